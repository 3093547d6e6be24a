/**
 * What the built-in types' methods share: CPython's argument checks with their exact
 * wordings, argument conversions, temporary roots, and running the pure text helpers.
 *
 * The argument checks wrap a method's body into a native (CPython: the calling conventions
 * of Objects/methodobject.c and the checks of Python/getargs.c, 3.11 wording):
 *   noArgs     METH_NOARGS              "str.upper() takes no arguments (1 given)"
 *   oneArg     METH_O                   "list.append() takes exactly one argument (0 given)"
 *   someArgs   _PyArg_CheckPositional   "pop expected at most 1 argument, got 2"
 *   tupleArgs  PyArg_ParseTuple         "find() takes at least 1 argument (0 given)"
 *   kwArgs     _PyArg_UnpackKeywords    "'x' is an invalid keyword argument for split()"
 *   slotArgs   slot wrappers            "expected 1 argument, got 0"
 * The first four refuse keywords: "str.find() takes no keyword arguments".
 */
import { I } from '../../image/memory.js';
import { Kind, TUPLE_ITEMS, TUPLE_LENGTH } from '../../objects/layout.js';
import { NONE, T } from '../../objects/statics.js';
import { TextError } from '../../objects/text/errors.js';
import { floatToBigInt } from '../../objects/text/floatrepr.js';
import { intToFloat } from '../../objects/text/formatspec.js';
import { intValue, newInt } from '../../objects/int.js';
import { floatValue } from '../../objects/float.js';
import { strValue } from '../../objects/str.js';
import { isSubtype, typeLookup, typeNameOf, typeOf } from '../../objects/type.js';
import { isPending, pendingException, raise, raiseObject, takeException } from '../errors.js';
import { newException } from '../../objects/exception.js';
import { call } from '../call.js';
import { bindDescriptor } from '../attr.js';
import { indexValue, kindOf, richEq } from '../abstract.js';
import { N } from '../names.js';
import { getIter, iterNext } from '../iter.js';
import { popRoots, pushRoot } from '../roots.js';
import type { NativeFn } from '../natives.js';

/** Runs a text helper, raising its TextError as the Python exception it names. */
export function text<R>(fn: () => R): R {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TextError) raise(e.pyType, e.message);
    throw e;
  }
}

/** Raises KeyError(key). */
export function keyError(key: number): never {
  return raiseObject(newException(T.KeyError, [key]));
}

/** Runs fn; if it raises an instance of the exception class `type`, clears that and returns handler(). */
export function catching<R>(type: number, fn: () => R, handler: () => R): R {
  try {
    return fn();
  } catch (e) {
    if (!isPending(e) || !isSubtype(typeOf(pendingException()), type)) throw e;
    takeException();
    return handler();
  }
}

/** Runs `fn` with the fresh object `o` kept alive as a temporary root (Python code may collect). */
export function rooted<R>(o: number, fn: () => R): R {
  const mark = pushRoot(o);
  try {
    return fn();
  } finally {
    popRoots(mark);
  }
}

/**
 * Whether `test` holds for some item of `iterable`, stopping at the first; the iterator stays
 * rooted while Python code (a generator, __next__) runs.
 */
export function someItem(iterable: number, test: (item: number) => boolean): boolean {
  const it = getIter(iterable);
  const mark = pushRoot(it);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) if (test(v)) return true;
    return false;
  } finally {
    popRoots(mark);
  }
}

/** Calls fn(item) for every item of `iterable` (see someItem). */
export function forEachItem(iterable: number, fn: (item: number) => void): void {
  someItem(iterable, (item) => {
    fn(item);
    return false;
  });
}

// ---- argument checks -----------------------------------------------------------------

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function noKeywords(qualname: string): never {
  return raise('TypeError', `${qualname}() takes no keyword arguments`);
}

/** The method name of a qualified name: 'str.find' → 'find'. */
function shortName(qualname: string): string {
  return qualname.slice(qualname.lastIndexOf('.') + 1);
}

export function noArgs(qualname: string, fn: (self: number) => number): NativeFn {
  return (self, _args, nargs, kwnames) => {
    if (kwnames !== 0) noKeywords(qualname);
    if (nargs !== 0) raise('TypeError', `${qualname}() takes no arguments (${nargs} given)`);
    return fn(self);
  };
}

export function oneArg(qualname: string, fn: (self: number, arg: number) => number): NativeFn {
  return (self, args, nargs, kwnames) => {
    if (kwnames !== 0) noKeywords(qualname);
    if (nargs !== 1) raise('TypeError', `${qualname}() takes exactly one argument (${nargs} given)`);
    return fn(self, I[args]);
  };
}

/**
 * A slot wrapper (object.__eq__, dict.__len__...): exactly `n` positional arguments.
 * `unpack` selects PyArg_UnpackTuple's wording (__setattr__, __setitem__), which CPython
 * prints with an empty name. CPython: Objects/typeobject.c, check_num_args and the wrap_* functions.
 */
export function slotArgs(name: string, n: number, fn: (self: number, args: number) => number, unpack = false): NativeFn {
  return (self, args, nargs, kwnames) => {
    if (kwnames !== 0) raise('TypeError', `wrapper ${name}() takes no keyword arguments`);
    if (nargs !== n) raise('TypeError', `${unpack ? ' ' : ''}expected ${plural(n, 'argument')}, got ${nargs}`);
    return fn(self, args);
  };
}

/** The body of a method taking min..max positional arguments, read with `opt`. */
type PositionalBody = (self: number, args: number, nargs: number) => number;

/** CPython: _PyArg_CheckPositional. */
export function arityError(name: string, nargs: number, min: number, max: number): never {
  const fewer = nargs < min;
  const bound = min === max ? '' : fewer ? 'at least ' : 'at most ';
  return raise('TypeError', `${name} expected ${bound}${plural(fewer ? min : max, 'argument')}, got ${nargs}`);
}

export function someArgs(qualname: string, min: number, max: number, fn: PositionalBody): NativeFn {
  const name = shortName(qualname);
  return (self, args, nargs, kwnames) => {
    if (kwnames !== 0) noKeywords(qualname);
    if (nargs < min || nargs > max) arityError(name, nargs, min, max);
    return fn(self, args, nargs);
  };
}

/** CPython: PyArg_ParseTuple's count check (vgetargs1_impl). */
export function tupleArgs(qualname: string, min: number, max: number, fn: PositionalBody): NativeFn {
  const name = shortName(qualname);
  return (self, args, nargs, kwnames) => {
    if (kwnames !== 0) noKeywords(qualname);
    if (nargs < min || nargs > max) {
      const fewer = nargs < min;
      const bound = min === max ? 'exactly' : fewer ? 'at least' : 'at most';
      raise('TypeError', `${name}() takes ${bound} ${plural(fewer ? min : max, 'argument')} (${nargs} given)`);
    }
    return fn(self, args, nargs);
  };
}

/** Argument `i` of a positional call, or 0 when not given. */
export function opt(args: number, nargs: number, i: number): number {
  return i < nargs ? I[args + i] : 0;
}

/** A parameter list for kwArgs: names, how many are positional-only, required, and at most positional. */
export interface Params {
  readonly fname: string;
  readonly names: readonly string[];
  readonly posOnly: number;
  readonly minPos: number;
  readonly maxPos: number;
}

/**
 * Parses positional and keyword arguments into one word per parameter (0 when missing).
 * CPython: Python/getargs.c, _PyArg_UnpackKeywords (3.11 messages).
 */
export function unpackKeywords(p: Params, args: number, nargs: number, kwnames: number): number[] {
  const nkw = kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH];
  const npos = nargs - nkw;
  const max = p.names.length;
  const out = new Array<number>(max).fill(0);
  if (nargs > max) {
    const kw = npos === 0 ? 'keyword ' : '';
    raise('TypeError', `${p.fname}() takes at most ${max} ${kw}argument${max === 1 ? '' : 's'} (${nargs} given)`);
  }
  if (npos > p.maxPos) {
    if (p.maxPos === 0) raise('TypeError', `${p.fname}() takes no positional arguments`);
    const bound = Math.min(p.posOnly, p.minPos) < p.maxPos ? 'at most' : 'exactly';
    raise('TypeError', `${p.fname}() takes ${bound} ${plural(p.maxPos, 'positional argument')} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = I[args + i];
  let matched = 0;
  for (let k = 0; k < nkw; k++) {
    const j = p.names.indexOf(strValue(I[kwnames + TUPLE_ITEMS + k]));
    if (j >= p.posOnly && j >= npos) {
      out[j] = I[args + npos + k];
      matched++;
    }
  }
  for (let i = npos; i < p.minPos; i++) {
    if (out[i] === 0) raise('TypeError', `${p.fname}() missing required argument '${p.names[i]}' (pos ${i + 1})`);
  }
  if (matched < nkw) {
    for (let k = 0; k < nkw; k++) {
      const key = strValue(I[kwnames + TUPLE_ITEMS + k]);
      const j = p.names.indexOf(key);
      if (j >= p.posOnly && j < npos) {
        raise('TypeError', `argument for ${p.fname}() given by name ('${key}') and position (${j + 1})`);
      }
    }
    for (let k = 0; k < nkw; k++) {
      const key = strValue(I[kwnames + TUPLE_ITEMS + k]);
      const j = p.names.indexOf(key);
      if (j < p.posOnly) raise('TypeError', `'${key}' is an invalid keyword argument for ${p.fname}()`);
    }
  }
  return out;
}

/** A method whose parameters may be passed by keyword; `fn` gets one word per parameter (0 when missing). */
export function kwArgs(p: Params, fn: (self: number, a: number[]) => number): NativeFn {
  return (self, args, nargs, kwnames) => fn(self, unpackKeywords(p, args, nargs, kwnames));
}

// ---- argument conversions ------------------------------------------------------------

export function isStrObject(v: number): boolean {
  return kindOf(v) === Kind.Str;
}

/** A str argument's text, or TypeError "`what`, not int" (e.g. "must be str, not int"). */
export function strArg(v: number, what: string): string {
  if (kindOf(v) !== Kind.Str) raise('TypeError', `${what}, not ${typeNameOf(v)}`);
  return strValue(v);
}

const SSIZE_MAX = 9223372036854775807n;

/** A flag taken by CPython's `int` converter (splitlines' keepends, sort's reverse): nonzero through __index__. */
export function intFlag(v: number): boolean {
  const n = indexValue(v);
  return n !== 0 && n !== 0n;
}

/** An index-sized argument (__index__), as CPython's Py_ssize_t converter. */
export function ssizeArg(v: number): number {
  const n = indexValue(v);
  if (typeof n === 'number') return n;
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(n);
}

function hasIndex(v: number): boolean {
  const k = kindOf(v);
  return k === Kind.Int || k === Kind.Bool || typeLookup(typeOf(v), N.__index__) !== 0;
}

/**
 * A slice bound (start/end of find, count, index...): null for None when `noneOk`, big values
 * clamped. CPython: _PyEval_SliceIndex and _PyEval_SliceIndexNotNone.
 */
export function sliceBound(v: number, noneOk: boolean): number | null {
  if (v === NONE && noneOk) return null;
  if (!hasIndex(v)) {
    const none = noneOk ? 'None or ' : '';
    raise('TypeError', `slice indices must be integers or ${none}have an __index__ method`);
  }
  const n = indexValue(v);
  if (typeof n === 'number') return n;
  return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** [start, stop) of a sequence search after CPython's index adjustment (negative from the end, clamped). */
function searchWindow(start: number | null, stop: number | null, length: number): [number, number] {
  let lo = start ?? 0;
  let hi = stop ?? length;
  if (lo < 0) lo = Math.max(0, lo + length);
  if (hi < 0) hi = Math.max(0, hi + length);
  return [lo, Math.min(hi, length)];
}

// ---- the number protocol -------------------------------------------------------------

function isIntKind(v: number): boolean {
  const k = kindOf(v);
  return k === Kind.Int || k === Kind.Bool;
}

/** A float truncated toward zero, as an exact number or bigint. CPython: PyLong_FromDouble. */
function truncFloat(x: number): number | bigint {
  if (Number.isSafeInteger(Math.trunc(x))) return Math.trunc(x) + 0;
  return text(() => floatToBigInt(x));
}

/**
 * int(v) for a v that is not a str: ints, floats (truncated), then __int__ and __index__;
 * undefined when v supports none of them. CPython: PyNumber_Long.
 */
export function intOf(v: number): number | bigint | undefined {
  const k = kindOf(v);
  if (k === Kind.Int || k === Kind.Bool) return intValue(v);
  if (k === Kind.Float) return truncFloat(floatValue(v));
  const t = typeOf(v);
  const m = typeLookup(t, N.__int__);
  if (m !== 0) {
    const r = call(bindDescriptor(m, v, t), []);
    if (!isIntKind(r)) raise('TypeError', `__int__ returned non-int (type ${typeNameOf(r)})`);
    return intValue(r);
  }
  if (typeLookup(t, N.__index__) !== 0) return indexValue(v);
  return undefined;
}

/**
 * float(v) for a v that is not a str: floats, ints, then __float__ and __index__; undefined
 * when v supports none of them. CPython: PyNumber_Float.
 */
export function floatOf(v: number): number | undefined {
  const k = kindOf(v);
  if (k === Kind.Float) return floatValue(v);
  if (k === Kind.Int || k === Kind.Bool) return text(() => intToFloat(intValue(v)));
  const t = typeOf(v);
  const m = typeLookup(t, N.__float__);
  if (m !== 0) {
    const r = call(bindDescriptor(m, v, t), []);
    if (kindOf(r) !== Kind.Float) {
      raise('TypeError', `${typeNameOf(v)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    }
    return floatValue(r);
  }
  if (typeLookup(t, N.__index__) !== 0) return text(() => intToFloat(indexValue(v)));
  return undefined;
}

// ---- list and tuple search -----------------------------------------------------------------

/**
 * index(value[, start[, stop]]) and count(value) of a list or tuple: `lengthField` is the word
 * holding the length, re-read at each step because __eq__ may shrink a list.
 * CPython: list_index_impl, list_count, tupleindex, tuplecount.
 */
export function sequenceSearchMethods(
  owner: string, lengthField: number, item: (seq: number, i: number) => number, notFound: (value: number) => string,
): Record<string, NativeFn> {
  return {
    index: someArgs(`${owner}.index`, 1, 3, (self, args, nargs) => {
      const start = opt(args, nargs, 1);
      const stop = opt(args, nargs, 2);
      let [i, hi] = searchWindow(
        start === 0 ? null : sliceBound(start, false), stop === 0 ? null : sliceBound(stop, false), I[self + lengthField],
      );
      for (; i < hi && i < I[self + lengthField]; i++) if (richEq(item(self, i), I[args])) return newInt(i);
      return raise('ValueError', notFound(I[args]));
    }),
    count: oneArg(`${owner}.count`, (self, value) => {
      let n = 0;
      for (let i = 0; i < I[self + lengthField]; i++) if (richEq(item(self, i), value)) n++;
      return newInt(n);
    }),
  };
}
