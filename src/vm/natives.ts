/**
 * Built-in functions and methods implemented in JS. The image refers to them by index
 * (NATIVE_ID / DESCR_ID), so every thread must register them in the same order: they
 * are registered while modules load, and every worker loads the same modules in the
 * same order (src/vm/runtime.ts imports them all).
 *
 * Calling convention: fn(self, args, nargs, kwnames) with the arguments in the image at
 * I[args .. args+nargs); the last len(kwnames) of them are keyword values named by the
 * tuple `kwnames` (0 when there are none). `self` is the bound object or 0. A native
 * returns a value (never 0) or raises (src/vm/errors.ts).
 */
export type NativeFn = (self: number, args: number, nargs: number, kwnames: number) => number;

export interface NativeDef {
  readonly name: string;
  readonly fn: NativeFn;
}

export const NATIVES: NativeDef[] = [];

export function registerNative(name: string, fn: NativeFn): number {
  NATIVES.push({ name, fn });
  return NATIVES.length - 1;
}

/** How a method row is installed in its type's dict. */
export type MethodKind = 'method' | 'classmethod' | 'staticmethod';

export interface MethodDef {
  readonly owner: string; // the built-in type's name, as in statics.ts
  readonly name: string;
  readonly id: number;
  readonly kind: MethodKind;
}

export const METHODS: MethodDef[] = [];

/** Registers methods of a built-in type: rows of name and function (CPython: PyMethodDef tables). */
export function defineMethods(owner: string, rows: Record<string, NativeFn>, kind: MethodKind = 'method'): void {
  for (const [name, fn] of Object.entries(rows)) {
    METHODS.push({ owner, name, id: registerNative(`${owner}.${name}`, fn), kind });
  }
}

/** A type's constructor: builds an instance of `cls` (the type itself or a subclass). */
export type Constructor = (cls: number, args: number, nargs: number, kwnames: number) => number;

export const CONSTRUCTORS = new Map<string, Constructor>();

export function defineConstructor(typeName: string, ctor: Constructor): void {
  CONSTRUCTORS.set(typeName, ctor);
}

export interface ModuleDef {
  readonly name: string;
  readonly functions: ReadonlyArray<readonly [string, number]>; // name, native id
  /** Fills in the module's other attributes (constants, types) once its dict exists. */
  readonly init?: (dict: number) => void;
}

export const MODULES = new Map<string, ModuleDef>();

/** Registers a built-in module whose functions are natives. */
export function defineModule(name: string, functions: Record<string, NativeFn>, init?: (dict: number) => void): void {
  MODULES.set(name, {
    name,
    functions: Object.entries(functions).map(([fname, fn]) => [fname, registerNative(`${name}.${fname}`, fn)] as const),
    init,
  });
}
