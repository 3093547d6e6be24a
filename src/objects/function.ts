/**
 * Functions, code objects, cells, bound methods, built-in functions and method
 * descriptors. CPython: Objects/funcobject.c, codeobject.c, cellobject.c,
 * classobject.c, methodobject.c, descrobject.c.
 */
import { I } from '../image/memory.js';
import { allocObject } from '../image/heap.js';
import { IS_NEXT_FUNC_VERSION } from '../image/layout.js';
import {
  CELL_VALUE, CODE_NAME, CODE_UNITS, DESCR_ID, DESCR_NAME, DESCR_OWNER, FUNC_BUILTINS, FUNC_CODE, FUNC_DOC,
  FUNC_GLOBALS, FUNC_MODULE, FUNC_NAME, FUNC_QUALNAME, FUNC_VERSION, FUNC_WORDS, Kind,
  METHOD_FUNC, METHOD_SELF, NATIVE_ID, NATIVE_MODULE, NATIVE_NAME, NATIVE_SELF, NATIVE_WORDS, WRAPPED_FUNC,
} from './layout.js';
import { NONE, T } from './statics.js';

export function newFunction(code: number, globals: number, builtins: number, qualname: number, module: number): number {
  const f = allocObject(Kind.Function, T.function, FUNC_WORDS);
  I[f + FUNC_CODE] = code;
  I[f + FUNC_GLOBALS] = globals;
  I[f + FUNC_BUILTINS] = builtins;
  I[f + FUNC_NAME] = I[code + CODE_NAME];
  I[f + FUNC_QUALNAME] = qualname;
  I[f + FUNC_DOC] = NONE;
  I[f + FUNC_MODULE] = module;
  I[f + FUNC_VERSION] = I[IS_NEXT_FUNC_VERSION]++;
  return f;
}


/** A changed __code__ or __defaults__ must not match old CALL caches. CPython: func_version reset. */
export function funcInvalidateVersion(f: number): void {
  I[f + FUNC_VERSION] = I[IS_NEXT_FUNC_VERSION]++;
}

/** The U16 index of code object `code`'s first code unit. */
export function codeBase(code: number): number {
  return (I[code + CODE_UNITS] + 2) * 2;
}

export function newCell(value: number): number {
  const c = allocObject(Kind.Cell, T.cell, 4);
  I[c + CELL_VALUE] = value;
  return c;
}

export function newMethod(func: number, self: number): number {
  const m = allocObject(Kind.Method, T.method, 4);
  I[m + METHOD_FUNC] = func;
  I[m + METHOD_SELF] = self;
  return m;
}

export function newNative(id: number, self: number, name: number, module: number): number {
  const o = allocObject(Kind.Native, T.builtin_function_or_method, NATIVE_WORDS);
  I[o + NATIVE_ID] = id;
  I[o + NATIVE_SELF] = self;
  I[o + NATIVE_NAME] = name;
  I[o + NATIVE_MODULE] = module;
  return o;
}

export function newMethodDescr(id: number, owner: number, name: number): number {
  const o = allocObject(Kind.MethodDescr, T.method_descriptor, 6);
  I[o + DESCR_ID] = id;
  I[o + DESCR_OWNER] = owner;
  I[o + DESCR_NAME] = name;
  return o;
}

/** staticmethod / classmethod / property wrappers share the first value word. */
export function newWrapper(kind: Kind, type: number, func: number): number {
  const o = allocObject(kind, type, 4);
  I[o + WRAPPED_FUNC] = func;
  return o;
}


