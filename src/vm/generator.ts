/**
 * Generators: resuming the frame a generator owns (a nested run of the eval loop),
 * send/throw/close, and the StopIteration protocol. CPython: Objects/genobject.c.
 */
import { codeBase } from '../objects/function.js';
import { I } from '../image/memory.js';
import { FR_CODE, FR_FLAGS, FR_IP, FR_PREVIOUS, FR_SP, FRAME_FLAG, TS_CUR_EXC, TS_DEPTH, TS_FRAME } from '../image/layout.js';
import {
  EXC_VALUE, GEN_FRAME, GEN_RETURN_IP, GEN_STATE, GEN_STATE_CLOSED, GEN_STATE_CREATED, GEN_STATE_RUNNING,
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
import { U16 } from '../image/memory.js';
import { GEN_STATE_SUSPENDED, Kind } from '../objects/layout.js';
import { Op } from '../bytecode/op.generated.js';
import { popRoots, pushRoot } from './roots.js';
import { kindOf } from './abstract.js';
import { getAttr, getAttrOrZero, isAttributeErrorPending } from './attr.js';
import { N } from './names.js';

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

/**
 * FOR_ITER_GEN and SEND_GEN: the generator's frame becomes `caller`'s callee in the same
 * eval loop, with `sent` pushed, and is returned. If it returns, `caller` goes on at
 * `returnIp` (CPython: frame->return_offset).
 */
export function enterGenerator(gen: number, caller: number, sent: number, returnIp: number): number {
  const frame = gen + GEN_FRAME;
  I[gen + GEN_RETURN_IP] = returnIp;
  I[I[frame + FR_SP]++] = sent;
  I[frame + FR_PREVIOUS] = caller;
  I[frame + FR_FLAGS] = FRAME_FLAG.ownedByGenerator;
  I[gen + GEN_STATE] = GEN_STATE_RUNNING;
  I[TS + TS_DEPTH]++;
  return frame;
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
  const yf = delegate(gen);
  if (yf !== 0) {
    const mark = pushRoot(exc);
    try {
      if (isSubtype(typeOf(exc), T.GeneratorExit)) closeIterator(yf);
      else return throwIntoDelegate(gen, yf, exc);
    } catch (e) {
      // The sub-iterator raised something else: it goes on in this generator, at the yield.
      if (!isPending(e)) throw e;
      exc = takeException();
    } finally {
      popRoots(mark);
    }
  }
  I[TS + TS_CUR_EXC] = exc;
  const v = resume(gen, NONE, true);
  if (I[gen + GEN_STATE] === GEN_STATE_CLOSED) return stopIteration(v);
  return v;
}

/**
 * The iterator a generator suspended in `yield from` delegates to, or 0. It is the
 * receiver under the yielded value when the instruction after the YIELD_VALUE is
 * RESUME 2 (a yield from). CPython: genobject.c, _PyGen_yf.
 */
function delegate(gen: number): number {
  if (I[gen + GEN_STATE] !== GEN_STATE_SUSPENDED) return 0;
  const frame = gen + GEN_FRAME;
  const at = I[frame + FR_IP];
  const next = U16[codeBase(I[frame + FR_CODE]) + at + 1];
  if ((next & 255) !== Op.RESUME || next >> 8 < 2) return 0;
  return I[I[frame + FR_SP] - 1];
}


/**
 * gen.throw(exc) while gen is in `yield from yf`: yf gets the exception. If yf yields,
 * that is the result; if yf returns (StopIteration), its value becomes the value of the
 * `yield from` and gen runs on. CPython: genobject.c, _gen_throw.
 */
function throwIntoDelegate(gen: number, yf: number, exc: number): number {
  let yielded: number;
  try {
    yielded = kindOf(yf) === Kind.Generator ? generatorThrow(yf, exc) : call(getAttr(yf, N.throw), [exc]);
  } catch (e) {
    if (!isPending(e) || !isSubtype(typeOf(pendingException()), T.StopIteration)) throw e;
    const stop = takeException();
    const value = I[stop + EXC_VALUE] === 0 ? NONE : I[stop + EXC_VALUE];
    // Resume after the SEND loop: the YIELD_VALUE is followed by RESUME and
    // JUMP_BACKWARD_NO_INTERRUPT, then END_SEND, which keeps the value sent in.
    const frame = gen + GEN_FRAME;
    I[frame + FR_IP] += 2;
    return send(gen, value);
  }
  return yielded;
}

/** Closes the iterator of a `yield from`: gen.close(), or its close() method if it has one. */
function closeIterator(yf: number): void {
  if (kindOf(yf) === Kind.Generator) {
    generatorClose(yf);
    return;
  }
  const close = getAttrOrZeroSafe(yf, N.close);
  if (close !== 0) call(close, []);
}

function getAttrOrZeroSafe(o: number, name: number): number {
  try {
    return getAttrOrZero(o, name);
  } catch (e) {
    if (isAttributeErrorPending(e)) return 0;
    throw e;
  }
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
