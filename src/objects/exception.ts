/** BaseException and subclasses. CPython: Objects/exceptions.c. */
import { I } from '../image/memory.js';
import { allocObject } from '../image/heap.js';
import {
  EXC_ARGS, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK, EXC_VALUE, EXC_WORDS, Kind,
  TB_CODE, TB_LASTI, TB_LINENO, TB_NEXT,
} from './layout.js';
import { FALSE, NONE, T } from './statics.js';
import { newTuple } from './tuple.js';
import { isSubtype } from './type.js';

export function newException(type: number, args: readonly number[]): number {
  const e = allocObject(Kind.Exception, type, EXC_WORDS);
  I[e + EXC_ARGS] = newTuple(args);
  I[e + EXC_SUPPRESS_CONTEXT] = FALSE;
  if (isSubtype(type, T.StopIteration) || isSubtype(type, T.SystemExit)) {
    // StopIteration.value and SystemExit.code: the single argument, else None (or the args tuple).
    I[e + EXC_VALUE] = args.length === 0 ? NONE : args.length === 1 ? args[0] : I[e + EXC_ARGS];
  }
  return e;
}

export function isException(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && ((I[v] >> 3) & 127) === Kind.Exception;
}

/** Prepends a traceback entry for (code, lasti, lineno) to the exception's __traceback__. */
export function addTraceback(exc: number, code: number, lasti: number, lineno: number): void {
  const tb = allocObject(Kind.Traceback, T.traceback, 6);
  I[tb + TB_LASTI] = lasti;
  I[tb + TB_LINENO] = lineno;
  I[tb + TB_CODE] = code;
  I[tb + TB_NEXT] = I[exc + EXC_TRACEBACK] === NONE ? 0 : I[exc + EXC_TRACEBACK];
  I[exc + EXC_TRACEBACK] = tb;
}

