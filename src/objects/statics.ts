/**
 * Static objects: the singletons and built-in types every thread needs by address.
 * The first worker allocates them (src/vm/bootstrap.ts) and records each offset in the
 * image's statics table (IS_STATICS); every thread then loads the table into `T` and
 * the singleton bindings below. ORDER: STATIC_NAMES is the table's slot order.
 */
import { I } from '../image/memory.js';
import { IS_STATICS, STATICS_CAPACITY } from '../image/layout.js';

/** Built-in exception classes: [name, base]. ORDER: bases before subclasses. */
export const EXCEPTION_TYPES = [
  ['BaseException', ''],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
] as const;

export type ExceptionName = (typeof EXCEPTION_TYPES)[number][0];

/** Built-in non-exception types, by the name `type.__name__` gives. */
export const BUILTIN_TYPE_NAMES = [
  'object', 'type', 'int', 'bool', 'float', 'str', 'tuple', 'list', 'dict', 'set', 'frozenset',
  'range', 'slice', 'NoneType', 'NotImplementedType', 'ellipsis', 'function', 'code', 'cell',
  'method', 'builtin_function_or_method', 'method_descriptor', 'generator', 'module',
  'traceback', 'property', 'staticmethod', 'classmethod', 'super',
  'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_ascii_iterator', 'range_iterator',
  'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'enumerate',
  'zip', 'map', 'filter', 'reversed', 'iterator', 'callable_iterator',
  'dict_keys', 'dict_values', 'dict_items', 'member_descriptor', 'set_dummy', 'lock',
] as const;

export type BuiltinTypeName = (typeof BUILTIN_TYPE_NAMES)[number];

/** Other static objects. */
export const SINGLETON_NAMES = [
  'None', 'True', 'False', 'NotImplemented', 'Ellipsis', 'Dummy',
  'builtinsModule', 'builtinsDict', 'modulesDict', 'internTable', 'memoryErrorInstance',
  'emptyTuple', 'emptyStr',
] as const;

export type SingletonName = (typeof SINGLETON_NAMES)[number];

export const STATIC_NAMES: readonly string[] = [...SINGLETON_NAMES, ...BUILTIN_TYPE_NAMES, ...EXCEPTION_TYPES.map((e) => e[0])];
if (STATIC_NAMES.length > STATICS_CAPACITY) throw new Error('statics table too small');

export const STATIC_SLOT: ReadonlyMap<string, number> = new Map(STATIC_NAMES.map((n, i) => [n, i]));

/** Built-in types and exception classes by name, loaded from the image. */
export const T = Object.fromEntries(
  [...BUILTIN_TYPE_NAMES, ...EXCEPTION_TYPES.map((e) => e[0])].map((n) => [n, 0]),
) as Record<BuiltinTypeName | ExceptionName, number>;

/** Singletons and interpreter-wide objects. */
export const S = Object.fromEntries(SINGLETON_NAMES.map((n) => [n, 0])) as Record<SingletonName, number>;

export let NONE = 0;
export let TRUE = 0;
export let FALSE = 0;

export function setStatic(name: string, o: number): void {
  I[IS_STATICS + STATIC_SLOT.get(name)!] = o;
}

/** Loads the statics table into T, S and the singleton bindings. */
export function loadStatics(): void {
  for (const [name, slot] of STATIC_SLOT) {
    const o = I[IS_STATICS + slot];
    if (name in S) (S as Record<string, number>)[name] = o;
    else (T as Record<string, number>)[name] = o;
  }
  NONE = S.None;
  TRUE = S.True;
  FALSE = S.False;
}

export function bool(b: boolean): number {
  return b ? TRUE : FALSE;
}
