/**
 * Raising and unwinding: RAISE_VARARGS, exception context chaining, the exception
 * table lookup, traceback entries, and turning JS errors into Python exceptions.
 * CPython: Python/ceval.c (do_raise, exception_unwind, get_exception_handler),
 * Python/errors.c (_PyErr_SetObject's context chaining).
 */
import { I } from '../image/memory.js';
import { FR_SP, FRAME_HEADER_WORDS, TS_CUR_EXC, TS_EXC_INFO } from '../image/layout.js';
import {
  CODE_EXCTABLE, CODE_NLOCALSPLUS, CODE_POSITIONS, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, } from '../objects/layout.js';
import { NONE, S, T, TRUE } from '../objects/statics.js';
import { TS } from './thread.js';
import { raise, raiseObject } from './errors.js';
import { call } from './call.js';
import { isSubtype, isType, typeOf } from '../objects/type.js';
import { addTraceback, isException, newException } from '../objects/exception.js';
import { OutOfImageMemory } from '../image/heap.js';
import { smallInt } from '../objects/int.js';
import { newStr } from '../objects/str.js';
import { TextError } from '../objects/text/index.js';
import { PySyntaxError } from '../compiler/parser.js';
import { CompilerRecursionError } from '../compiler/index.js';
import { typeName as typeNameOfType } from '../objects/type.js';

/** Thrown for a bug inside gilvm: reported as an internal error with the Python location. */
export class InternalError extends Error {
  constructor(message: string, readonly cause: unknown, readonly code: number, readonly instr: number) {
    super(message);
  }
}

/** An exception instance from `raise X` where X is a class or an instance. */
export function exceptionInstance(v: number): number {
  if (isType(v) && isSubtype(v, T.BaseException)) {
    const e = call(v, []);
    if (!isException(e)) raise('TypeError', `calling ${typeNameOfType(v)} should have returned an instance of BaseException, not ${typeNameOfType(typeOf(e))}`);
    return e;
  }
  if (isException(v)) return v;
  return raise('TypeError', 'exceptions must derive from BaseException');
}

/** RAISE_VARARGS: 0 = re-raise the handled exception, 1 = raise exc, 2 = raise exc from cause. */
export function raiseVarargs(sp: number, oparg: number): never {
  if (oparg === 0) {
    const active = I[TS + TS_EXC_INFO];
    if (active === 0) raise('RuntimeError', 'No active exception to reraise');
    return raiseObject(active);
  }
  const exc = exceptionInstance(I[sp - oparg]);
  if (oparg === 2) {
    const causeV = I[sp - 1];
    let cause = 0;
    if (causeV !== NONE) {
      cause = isType(causeV) || isException(causeV) ? exceptionInstance(causeV) : raise('TypeError', 'exception causes must derive from BaseException');
    }
    I[exc + EXC_CAUSE] = cause;
    I[exc + EXC_SUPPRESS_CONTEXT] = TRUE;
  }
  return raiseNew(exc);
}

/** Raises `exc`, chaining the exception being handled as its __context__. */
export function raiseNew(exc: number): never {
  chainContext(exc);
  return raiseObject(exc);
}

/** CPython: _PyErr_SetObject sets __context__ and breaks cycles. */
export function chainContext(exc: number): void {
  const active = I[TS + TS_EXC_INFO];
  if (active === 0 || active === exc) return;
  // Avoid a cycle: cut the chain where it reaches exc.
  let o = active;
  while (o !== 0) {
    const ctx = I[o + EXC_CONTEXT];
    if (ctx === exc) {
      I[o + EXC_CONTEXT] = 0;
      break;
    }
    o = ctx;
  }
  I[exc + EXC_CONTEXT] = active;
}

/** The source line of code unit `instr` (-1 when it has none). */
export function lineOf(code: number, instr: number): number {
  return I[I[code + CODE_POSITIONS] + 2 + 4 * instr];
}

/**
 * Handles the pending exception in `frame` raised at `instr`: adds a traceback entry
 * (unless re-raised), then looks up the exception table at `instr`. With a handler,
 * sets FR_SP to the handler's stack (`lasti` and the exception pushed) and returns its
 * code unit; else -1. CPython: ceval.c, exception_unwind.
 */
export function unwindTo(frame: number, code: number, instr: number, lasti: number, reraise: boolean): number {
  const exc = I[TS + TS_CUR_EXC];
  if (!reraise) {
    if (I[TS + TS_EXC_INFO] !== 0 && I[exc + EXC_CONTEXT] === 0) chainContext(exc);
    addTraceback(exc, code, instr, lineOf(code, instr));
  }
  const table = I[code + CODE_EXCTABLE];
  const entries = I[table + 1];
  for (let i = 0; i < entries; i++) {
    const row = table + 2 + 5 * i;
    if (instr >= I[row] && instr < I[row + 1]) {
      let sp = frame + FRAME_HEADER_WORDS + I[code + CODE_NLOCALSPLUS] + I[row + 3];
      if (I[row + 4] !== 0) I[sp++] = smallInt(lasti);
      I[sp++] = exc;
      I[frame + FR_SP] = sp;
      return I[row + 2];
    }
  }
  return -1;
}

/**
 * A JS error thrown inside the eval loop becomes a pending Python exception when it is
 * one of the VM's limits (JS stack depth, image memory); anything else is a gilvm bug.
 */
export function convertJsError(e: unknown, code: number, instr: number): void {
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    I[TS + TS_CUR_EXC] = newException(T.RecursionError, [newStr('maximum recursion depth exceeded')]);
    return;
  }
  if (e instanceof OutOfImageMemory) {
    I[TS + TS_CUR_EXC] = S.memoryErrorInstance;
    I[S.memoryErrorInstance + 4 /* EXC_TRACEBACK */] = 0;
    I[S.memoryErrorInstance + EXC_CONTEXT] = 0;
    return;
  }
  if (e instanceof TextError) {
    I[TS + TS_CUR_EXC] = newException(T[e.pyType], [newStr(e.message)]);
    return;
  }
  // An imported module that does not compile.
  if (e instanceof PySyntaxError) {
    I[TS + TS_CUR_EXC] = newException(T[e.type], [newStr(e.msg)]);
    return;
  }
  if (e instanceof CompilerRecursionError) {
    I[TS + TS_CUR_EXC] = newException(T.RecursionError, [newStr(e.message)]);
    return;
  }
  if (e instanceof InternalError) throw e;
  throw new InternalError(e instanceof Error ? e.message : String(e), e, code, instr);
}

