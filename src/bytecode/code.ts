/**
 * The compiler's output: a code object described in plain JS values. The VM's loader
 * (src/vm/loader.ts) writes it into the image as a code object; from then on the
 * image copy is the only truth (its bytecode is what the specializer rewrites).
 *
 * CPython: Include/cpython/code.h (PyCodeObject). Field names follow CPython's co_*.
 */

/** A compile-time constant. Ints are always bigint and floats always number, so the two never mix. */
export type Const = null | boolean | bigint | number | string | ConstTuple | CodeDesc | typeof ELLIPSIS;

export interface ConstTuple {
  readonly tuple: readonly Const[];
}

export const ELLIPSIS = Symbol('Ellipsis');

/** One row of the exception table (CPython 3.11+ "zero-cost" exceptions), in code units. */
export interface ExceptionTableEntry {
  /** First code unit covered. */
  readonly start: number;
  /** One past the last code unit covered. */
  readonly end: number;
  /** Code unit of the handler. */
  readonly target: number;
  /** Value-stack depth to unwind to before pushing the exception. */
  readonly depth: number;
  /** Whether the handler also wants the offset of the raising instruction pushed (lasti). */
  readonly lasti: boolean;
}

/** Source position of one code unit (cache units repeat their instruction's position). */
export interface Position {
  readonly lineno: number; // -1 when the instruction has no line (artificial code)
  readonly endLineno: number;
  readonly col: number; // 0-based, -1 unknown
  readonly endCol: number;
}

export interface CodeDesc {
  readonly kind: 'code';
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  /** CO_* flags (src/bytecode/opcodes.ts). */
  readonly flags: number;
  /**
   * Local variable names in "localsplus" order, as CPython 3.11+: plain locals and
   * arguments first (co_varnames), then cells that are not arguments, then free
   * variables. LOAD_FAST, LOAD_DEREF, MAKE_CELL, ... index into this list.
   */
  readonly localsplusNames: readonly string[];
  /** Per localsplus slot: a bitmask of LOCALS_KIND. */
  readonly localsplusKinds: readonly number[];
  readonly names: readonly string[];
  readonly consts: readonly Const[];
  /** Code units: opcode | oparg << 8, each instruction followed by its zeroed cache units. */
  readonly code: Uint16Array;
  /** One entry per code unit. */
  readonly positions: readonly Position[];
  readonly exceptionTable: readonly ExceptionTableEntry[];
  readonly stacksize: number;
}

/** Kinds of localsplus slots (CPython's CO_FAST_LOCAL / CELL / FREE). */
export const LOCALS_KIND = { local: 0x20, cell: 0x40, free: 0x80 } as const;
