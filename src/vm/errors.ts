/**
 * Raising Python exceptions from JS. The exception object goes into the thread state
 * (TS_CUR_EXC, a collector root) and the JS stack unwinds with the PENDING sentinel,
 * which the eval loop catches to look up the exception table. CPython: Python/errors.c.
 */
import { I } from '../image/memory.js';
import { TS_CUR_EXC } from '../image/layout.js';
import { TS } from './thread.js';
import { T, type ExceptionName } from '../objects/statics.js';
import { newException } from '../objects/exception.js';
import { newStr } from '../objects/str.js';

/** Thrown (never allocated anew) when a Python exception is pending in TS_CUR_EXC. */
export const PENDING: Error = Object.freeze(new Error('gilvm: a Python exception is pending')) as Error;

export function isPending(e: unknown): boolean {
  return e === PENDING;
}

/** Raises an existing exception object. */
export function raiseObject(exc: number): never {
  I[TS + TS_CUR_EXC] = exc;
  throw PENDING;
}

/** GILVM_TRACE_RAISE=1 prints where every exception raised from JS comes from (a debug switch). */
const traceRaise = process.env.GILVM_TRACE_RAISE === '1';

/** Raises `type(message)`. */
export function raise(type: ExceptionName, message: string): never {
  if (traceRaise) process.stderr.write(`gilvm: raise ${type}: ${message}\n${new Error().stack}\n`);
  return raiseObject(newException(T[type], [newStr(message)]));
}

/** Raises an instance of the exception class object `typeObj` with the given args. */
export function raiseType(typeObj: number, args: number[]): never {
  return raiseObject(newException(typeObj, args));
}

/** The pending exception, which the caller now owns (the slot is cleared). */
export function takeException(): number {
  const exc = I[TS + TS_CUR_EXC];
  I[TS + TS_CUR_EXC] = 0;
  return exc;
}

export function pendingException(): number {
  return I[TS + TS_CUR_EXC];
}
