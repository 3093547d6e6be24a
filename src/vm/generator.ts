/**
 * Generators: resuming the frame a generator owns (a nested run of the eval loop),
 * send/throw/close, and the StopIteration protocol. CPython: Objects/genobject.c.
 */
import { I } from '../image/memory.js';
import { FR_FLAGS, FR_PREVIOUS, FR_SP, FRAME_FLAG, TS_CUR_EXC, TS_DEPTH, TS_FRAME } from '../image/layout.js';
import {
  EXC_VALUE, GEN_FRAME, GEN_STATE, GEN_STATE_CLOSED, GEN_STATE_CREATED, GEN_STATE_RUNNING,
} from '../objects/layout.js';
import { NONE, T } from '../objects/statics.js';
import { TS } from './thread.js';
import { isPending, pendingException, raise, raiseObject, takeException } from './errors.js';
import { resumeFrame } from './interp.js';
import { defineMethods } from './natives.js';
import { positional } from './args.js';
import { isSubtype, isType, typeOf } from '../objects/type.js';
import { newException } from '../objects/exception.js';
import { call } from './call.js';

/**
 * Resumes `gen`, sending `value` (or raising the pending exception when `throwing`).
 * Returns the yielded value, or the return value once the generator has finished
 * (its state is then GEN_STATE_CLOSED).
 */
function resume(gen: number, value: number, throwing: boolean): number {
  const state = I[gen + GEN_STATE];
  if (state === GEN_STATE_RUNNING) raise('ValueError', 'generator already executing');
  const frame = gen + GEN_FRAME;
  if (state === GEN_STATE_CREATED && value !== NONE && !throwing) {
    raise('TypeError', "can't send non-None value to a just-started generator");
  }
  if (!throwing) I[I[frame + FR_SP]++] = value;
  I[frame + FR_PREVIOUS] = I[TS + TS_FRAME];
  I[frame + FR_FLAGS] = FRAME_FLAG.entry | FRAME_FLAG.ownedByGenerator;
  I[gen + GEN_STATE] = GEN_STATE_RUNNING;
  I[TS + TS_DEPTH]++;
  return resumeFrame(frame, throwing);
}

/** next(gen) for the iterator protocol: the yielded value, or 0 once exhausted. */
export function generatorNext(gen: number): number {
  if (I[gen + GEN_STATE] === GEN_STATE_CLOSED) return 0;
  const v = resume(gen, NONE, false);
  return I[gen + GEN_STATE] === GEN_STATE_CLOSED ? 0 : v;
}

/** gen.send(value) as SEND uses it: yielded value, or the return value when closed now. */
export function generatorSend(gen: number, value: number): number {
  if (I[gen + GEN_STATE] === GEN_STATE_CLOSED) return NONE;
  return resume(gen, value, false);
}

/** Raises StopIteration(value) for a generator that returned `value` to a send/next call. */
function stopIteration(value: number): never {
  const exc = newException(T.StopIteration, value === NONE ? [] : [value]);
  I[exc + EXC_VALUE] = value;
  return raiseObject(exc);
}

function send(gen: number, value: number): number {
  if (I[gen + GEN_STATE] === GEN_STATE_CLOSED) return stopIteration(NONE);
  const v = resume(gen, value, false);
  if (I[gen + GEN_STATE] === GEN_STATE_CLOSED) return stopIteration(v);
  return v;
}

/** gen.throw(exc): raises exc at the suspended yield. */
export function generatorThrow(gen: number, exc: number): number {
  if (isType(exc)) exc = call(exc, []);
  if (I[gen + GEN_STATE] === GEN_STATE_CLOSED || I[gen + GEN_STATE] === GEN_STATE_CREATED) {
    I[gen + GEN_STATE] = GEN_STATE_CLOSED;
    return raiseObject(exc);
  }
  I[TS + TS_CUR_EXC] = exc;
  const v = resume(gen, NONE, true);
  if (I[gen + GEN_STATE] === GEN_STATE_CLOSED) return stopIteration(v);
  return v;
}

/** gen.close(): GeneratorExit at the yield; the generator must not yield again. */
export function generatorClose(gen: number): void {
  const state = I[gen + GEN_STATE];
  if (state === GEN_STATE_CLOSED) return;
  if (state === GEN_STATE_CREATED) {
    I[gen + GEN_STATE] = GEN_STATE_CLOSED;
    return;
  }
  try {
    generatorThrow(gen, newException(T.GeneratorExit, []));
  } catch (e) {
    if (isPending(e)) {
      const t = typeOf(pendingException());
      if (isSubtype(t, T.GeneratorExit) || isSubtype(t, T.StopIteration)) {
        takeException();
        return;
      }
    }
    throw e;
  }
  raise('RuntimeError', 'generator ignored GeneratorExit');
}

defineMethods('generator', {
  send: (self, args, nargs, kw) => send(self, positional('send', args, nargs, kw, 1, 1)[0]),
  throw: (self, args, nargs, kw) => generatorThrow(self, positional('throw', args, nargs, kw, 1, 3)[0]),
  close: (self, args, nargs, kw) => {
    positional('close', args, nargs, kw, 0, 0);
    generatorClose(self);
    return NONE;
  },
  __next__: (self) => send(self, NONE),
  __iter__: (self) => self,
});
