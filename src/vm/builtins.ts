/**
 * The builtins module's functions, and the constructors of the built-in iterator types
 * (enumerate, zip, map, filter, reversed), which the bootstrap exposes as classes.
 * CPython: Python/bltinmodule.c, Objects/enumobject.c.
 *
 * Values a native holds in JS across a call into Python code (key functions, __lt__,
 * generators) are kept in temporary roots; the arguments are rooted by the caller.
 */
import { I, U8 } from '../image/memory.js';
import { FR_CODE, FR_FLAGS, FR_GLOBALS, FR_LOCALS, FRAME_FLAG, FRAME_HEADER_WORDS, TS_FRAME } from '../image/layout.js';
import {
  CELL_VALUE, CODE_LOCALSPLUS_KINDS, CODE_LOCALSPLUS_NAMES, ITER_END, ITER_INDEX, Kind, LIST_LENGTH,
  MODULE_DICT, RANGE_LENGTH, RANGE_START, RANGE_STEP, TUPLE_ITEMS,
} from '../objects/layout.js';
import { NONE, S, T, bool } from '../objects/statics.js';
import { LOCALS_KIND } from '../bytecode/code.js';
import { floatValue, newFloat } from '../objects/float.js';
import { intToNumber, intValue, isExactInt, newInt, newIntBig, newIntFrom } from '../objects/int.js';
import { newStr, strValue } from '../objects/str.js';
import { allocTuple, newTuple, tupleItem, tupleItems, tupleLength } from '../objects/tuple.js';
import { listFrom } from '../objects/list.js';
import { dictItems, dictSetItem, newDict } from '../objects/dict.js';
import { isHeapType, isSubtype, isType, typeDict, typeLookup, typeMro, typeNameOf, typeOf } from '../objects/type.js';
import { roundFloat, roundHalfEven } from '../objects/text/floatrepr.js';
import { intToString, roundInt } from '../objects/text/inttext.js';
import { defineConstructor, defineModule, type NativeFn } from './natives.js';
import { kwCount, parseArgs, positional } from './args.js';
import { raise, raiseType } from './errors.js';
import { call } from './call.js';
import {
  bindDescriptor, getAttr, getAttrOrZero, hasAttr, instanceDict, isAttributeErrorPending, setAttr,
} from './attr.js';
import { Cmp, compareBool, hashOf, indexValue, isTrue, kindOf, lengthOf, repr, str } from './abstract.js';
import { getIter, iterNext, iterateToList, newIter } from './iter.js';
import { NB, absolute, binaryOp, floatDivmod } from './number.js';
import { N } from './names.js';
import { TS } from './thread.js';
import { popRoots, pushRoot, pushRootWords } from './roots.js';
import { writeOutput } from './output.js';
import { asciiOf, formatObject } from './formatting.js';
import { listSort } from './listops.js';
import { intFlag, text } from './methods/common.js';
import { intFromDouble, intToDouble, toDouble, userSpecial } from './modules/math.js';
import { frexp } from './modules/libm.js';
import { raiseSystemExit, standardStreamFd, sysAttribute } from './modules/sys.js';

// ---- argument helpers -------------------------------------------------------------------

/**
 * The keyword arguments named in `names` (0 when absent) of a function that also takes
 * *args; any other keyword is CPython's "'x' is an invalid keyword argument for f()".
 */
function keywordArgs(fname: string, args: number, nargs: number, kwnames: number, names: readonly string[]): number[] {
  const nkw = kwCount(kwnames);
  const out = new Array<number>(names.length).fill(0);
  for (let k = 0; k < nkw; k++) {
    const name = strValue(I[kwnames + TUPLE_ITEMS + k]);
    const j = names.indexOf(name);
    if (j < 0) raise('TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
    out[j] = I[args + nargs - nkw + k];
  }
  return out;
}

const one = (fname: string, args: number, nargs: number, kwnames: number) => positional(fname, args, nargs, kwnames, 1, 1)[0];

/** An attribute name argument of getattr / setattr / hasattr / delattr. */
function attrName(v: number): number {
  if (kindOf(v) !== Kind.Str) raise('TypeError', `attribute name must be string, not '${typeNameOf(v)}'`);
  return v;
}

const isIntKind = (v: number) => kindOf(v) === Kind.Int || kindOf(v) === Kind.Bool;

// ---- print --------------------------------------------------------------------------------

/** sep / end: None or a str. */
function textOption(name: string, v: number, dflt: string): string {
  if (v === 0 || v === NONE) return dflt;
  if (kindOf(v) !== Kind.Str) raise('TypeError', `${name} must be None or a string, not ${typeNameOf(v)}`);
  return strValue(v);
}

/** Whether str(v) may run Python code (which may print): anything but plain numbers and strings. */
function strMayRunCode(v: number): boolean {
  if ((v & 1) === 1) return false;
  const k = kindOf(v);
  return isHeapType(typeOf(v)) || !(k === Kind.Int || k === Kind.Float || k === Kind.Str || k === Kind.Bool || k === Kind.Singleton);
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False). CPython: builtin_print_impl. */
function print(args: number, nargs: number, kwnames: number): number {
  const [sepV, endV, fileV, flushV] = keywordArgs('print', args, nargs, kwnames, ['sep', 'end', 'file', 'flush']);
  const npos = nargs - kwCount(kwnames);
  const sep = textOption('sep', sepV, ' ');
  const end = textOption('end', endV, '\n');
  const file = fileV === 0 || fileV === NONE ? sysAttribute('stdout') : fileV;
  if (file === NONE) return NONE;
  const fd = file === 0 ? 1 : standardStreamFd(file);
  if (fd === 1 || fd === 2) {
    // One record for the whole line, flushed early only when str() may print on its own.
    let out = '';
    for (let i = 0; i < npos; i++) {
      if (i > 0) out += sep;
      const v = I[args + i];
      if (strMayRunCode(v)) {
        writeOutput(fd, out);
        out = '';
      }
      out += str(v);
    }
    writeOutput(fd, out + end);
    return NONE;
  }
  const roots = pushRootWords(2);
  try {
    I[roots - 1] = file;
    const write = getAttr(file, N.write);
    I[roots - 2] = write;
    for (let i = 0; i < npos; i++) {
      if (i > 0) call(write, [newStr(sep)]);
      call(write, [newStr(str(I[args + i]))]);
    }
    call(write, [newStr(end)]);
    if (flushV !== 0 && isTrue(flushV)) call(getAttr(file, N.flush), []);
  } finally {
    popRoots(roots);
  }
  return NONE;
}

// ---- min, max, sum, any, all, sorted ------------------------------------------------------

/** min() and max(): `op` is Cmp.Lt or Cmp.Gt; the first extreme item wins. CPython: min_max. */
function minMax(fname: string, op: Cmp, args: number, nargs: number, kwnames: number): number {
  const [key, dflt] = keywordArgs(fname, args, nargs, kwnames, ['key', 'default']);
  const npos = nargs - kwCount(kwnames);
  if (npos === 0) raise('TypeError', `${fname} expected at least 1 argument, got 0`);
  if (npos > 1 && dflt !== 0) raise('TypeError', `Cannot specify a default for ${fname}() with multiple positional arguments`);
  const keyFn = key === NONE ? 0 : key;
  // Roots: the iterator, the best item and its key.
  const roots = pushRootWords(3);
  try {
    const it = npos === 1 ? getIter(I[args]) : 0;
    I[roots - 1] = it;
    let i = 0;
    const next = () => (it !== 0 ? iterNext(it) : i < npos ? I[args + i++] : 0);
    let best = 0;
    let bestKey = 0;
    for (let v = next(); v !== 0; v = next()) {
      const k = keyFn === 0 ? v : call(keyFn, [v]);
      if (best === 0 || compareBool(k, bestKey, op)) {
        best = v;
        bestKey = k;
        I[roots - 2] = best;
        I[roots - 3] = bestKey;
      }
    }
    if (best !== 0) return best;
    if (dflt !== 0) return dflt;
    return raise('ValueError', `${fname}() arg is an empty sequence`);
  } finally {
    popRoots(roots);
  }
}

/** Exact ints and floats (and bools), whose sum CPython adds in C doubles once it is a float. */
function isPlainNumber(v: number): boolean {
  if ((v & 1) === 1) return true;
  const k = kindOf(v);
  return (k === Kind.Int || k === Kind.Float || k === Kind.Bool) && !isHeapType(typeOf(v));
}

/**
 * sum(iterable, /, start=0). While the total is an int that doubles hold exactly, exact ints
 * are added in a JS number, as CPython adds them in a C long (i_result); once it is a
 * float, plain numbers are added in a JS double, left to right, as CPython 3.11 does (no
 * compensated summation). CPython: builtin_sum_impl.
 */
function sum(args: number, nargs: number, kwnames: number): number {
  const npos = nargs - kwCount(kwnames);
  if (npos === 0) raise('TypeError', 'sum() takes at least 1 positional argument (0 given)');
  if (nargs > 2) raise('TypeError', `sum() takes at most 2 arguments (${nargs} given)`);
  const [startKw] = keywordArgs('sum', args, nargs, kwnames, ['start']);
  const start = npos === 2 ? I[args + 1] : startKw === 0 ? newInt(0) : startKw;
  if (kindOf(start) === Kind.Str) raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  const roots = pushRootWords(2);
  try {
    const it = getIter(I[args]);
    I[roots - 1] = it;
    let total = start;
    let n = start >> 1;
    let inInt = (start & 1) === 1; // the total is the int `n`, not yet boxed
    let f = 0;
    let inDouble = false; // the total is the float `f`, not yet boxed
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      if (inInt) {
        const m = n + (isExactInt(v) ? intToNumber(v) : NaN);
        if (Number.isSafeInteger(m)) {
          n = m;
          continue;
        }
        total = newInt(n);
        inInt = false;
      }
      if (inDouble) {
        if (isPlainNumber(v)) {
          f += kindOf(v) === Kind.Float ? floatValue(v) : intToDouble(v);
          continue;
        }
        total = newFloat(f);
        inDouble = false;
      }
      I[roots - 2] = v;
      total = binaryOp(total, v, NB.Add);
      I[roots - 2] = total;
      if (kindOf(total) === Kind.Float && !isHeapType(typeOf(total))) {
        f = floatValue(total);
        inDouble = true;
      }
    }
    return inInt ? newInt(n) : inDouble ? newFloat(f) : total;
  } finally {
    popRoots(roots);
  }
}

/** any() / all(): the first item whose truth is `stop` decides. */
function anyAll(fname: string, stop: boolean, args: number, nargs: number, kwnames: number): number {
  const it = getIter(one(fname, args, nargs, kwnames));
  const mark = pushRoot(it);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) if (isTrue(v) === stop) return bool(stop);
    return bool(!stop);
  } finally {
    popRoots(mark);
  }
}

/** sorted(iterable, /, *, key=None, reverse=False). CPython: builtin_sorted. */
function sorted(args: number, nargs: number, kwnames: number): number {
  const npos = nargs - kwCount(kwnames);
  if (npos !== 1) raise('TypeError', `sorted expected 1 argument, got ${npos}`);
  const [key, reverse] = keywordArgs('sort', args, nargs, kwnames, ['key', 'reverse']);
  const list = iterateToList(I[args]);
  const mark = pushRoot(list);
  try {
    listSort(list, key === NONE ? 0 : key, reverse !== 0 && intFlag(reverse));
  } finally {
    popRoots(mark);
  }
  return list;
}

// ---- type checks --------------------------------------------------------------------------

/** isinstance(obj, cls) for a class or a (nested) tuple of them. CPython: PyObject_IsInstance. */
function isInstanceOf(obj: number, cls: number): boolean {
  if (typeOf(obj) === cls) return true;
  if (isType(cls)) {
    const hook = userSpecial(cls, '__instancecheck__');
    return hook !== 0 ? isTrue(call(hook, [obj])) : isSubtype(typeOf(obj), cls);
  }
  if (kindOf(cls) === Kind.Tuple) return tupleItems(cls).some((c) => isInstanceOf(obj, c));
  return raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

/** issubclass(c, cls). CPython: PyObject_IsSubclass. */
function isSubclassOf(c: number, cls: number): boolean {
  if (isType(cls)) {
    const hook = userSpecial(cls, '__subclasscheck__');
    if (hook !== 0) return isTrue(call(hook, [c]));
    if (!isType(c)) raise('TypeError', 'issubclass() arg 1 must be a class');
    return isSubtype(c, cls);
  }
  if (kindOf(cls) === Kind.Tuple) return tupleItems(cls).some((t) => isSubclassOf(c, t));
  return raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

/** callable(v). CPython: PyCallable_Check (a tp_call slot). */
function isCallable(v: number): boolean {
  switch (kindOf(v)) {
    case Kind.Function: case Kind.Native: case Kind.MethodDescr: case Kind.Method: case Kind.Type:
    case Kind.StaticMethod:
      return true;
    default:
      return isHeapType(typeOf(v)) && typeLookup(typeOf(v), N.__call__) !== 0;
  }
}

// ---- hash ---------------------------------------------------------------------------------

const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;

/**
 * CPython's 64-bit hash of an int or a float: the value modulo 2**61 - 1, so that equal
 * numbers hash alike; undefined for other objects. hash() returns it, random.seed() uses
 * it. (Dicts and sets use the 31-bit hashes of abstract.ts.) CPython: Python/pyhash.c,
 * _Py_HashDouble, and long_hash.
 */
export function numericHash(v: number): bigint | undefined {
  let h: bigint;
  if (isIntKind(v)) {
    const n = BigInt(intValue(v));
    h = (n < 0n ? -n : n) % HASH_MODULUS;
    if (n < 0n) h = -h;
  } else if (kindOf(v) === Kind.Float) {
    const x = floatValue(v);
    if (Number.isNaN(x)) return undefined;
    if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
    // x = m * 2**e exactly, with m an integer of at most 53 bits; 2**61 = 1 (mod 2**61 - 1).
    const [fraction, exp] = frexp(Math.abs(x));
    const m = BigInt(fraction * 2 ** 53);
    const shift = BigInt((((exp - 53) % 61) + 61) % 61);
    h = (m << shift) % HASH_MODULUS;
    if (x < 0) h = -h;
  } else {
    return undefined;
  }
  return h === -1n ? -2n : h;
}

// ---- numbers ------------------------------------------------------------------------------

type IntValue = number | bigint;

/** Floor division and modulo of ints, with Python's signs. */
function intDivmod(x: IntValue, y: IntValue): [IntValue, IntValue] {
  if (y === 0 || y === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  if (typeof x === 'number' && typeof y === 'number' && Math.abs(x) <= 0x7fffffff && Math.abs(y) <= 0x7fffffff) {
    let r = x % y;
    if (r !== 0 && (r < 0) !== (y < 0)) r += y;
    return [(x - r) / y, r];
  }
  const a = BigInt(x);
  const b = BigInt(y);
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    r += b;
    q -= 1n;
  }
  return [q, r];
}

/**
 * a.__op__(b) then b.__rop__(a), for methods a class statement defined (a subclass's
 * reflected method first); 0 when none answers. CPython: binary_op1.
 */
function userBinary(a: number, b: number, name: string, rname: string): number {
  const ma = userSpecial(a, name);
  let mb = typeOf(a) === typeOf(b) ? 0 : userSpecial(b, rname);
  if (mb !== 0 && isSubtype(typeOf(b), typeOf(a))) {
    const r = call(mb, [a]);
    if (r !== S.NotImplemented) return r;
    mb = 0;
  }
  if (ma !== 0) {
    const r = call(ma, [b]);
    if (r !== S.NotImplemented) return r;
  }
  if (mb !== 0) {
    const r = call(mb, [a]);
    if (r !== S.NotImplemented) return r;
  }
  return 0;
}

/** divmod(a, b). CPython: builtin_divmod → int/float __divmod__. */
function divmod(a: number, b: number): number {
  const r = userBinary(a, b, '__divmod__', '__rdivmod__');
  if (r !== 0) return r;
  const ka = kindOf(a);
  const kb = kindOf(b);
  const isNumber = (k: number) => k === Kind.Int || k === Kind.Bool || k === Kind.Float;
  if (!isNumber(ka) || !isNumber(kb)) {
    raise('TypeError', `unsupported operand type(s) for divmod(): '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
  }
  if (ka === Kind.Float || kb === Kind.Float) {
    const x = toDouble(a);
    const y = toDouble(b);
    if (y === 0) raise('ZeroDivisionError', 'float divmod()');
    const [q, m] = floatDivmod(x, y);
    return newTuple([newFloat(q), newFloat(m)]);
  }
  const [q, m] = intDivmod(intValue(a), intValue(b));
  return newTuple([newIntFrom(q), newIntFrom(m)]);
}

/** The inverse of a modulo m (m > 0). */
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

/** pow(base, exp, mod) of ints; the result takes the sign of mod. CPython: long_pow. */
function powMod(base: bigint, exp: bigint, mod: bigint): bigint {
  if (mod === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
  const m = mod < 0n ? -mod : mod;
  if (exp < 0n) {
    base = modInverse(base, m);
    exp = -exp;
  }
  let b = ((base % m) + m) % m;
  let result = 1n % m;
  for (; exp > 0n; exp >>= 1n) {
    if ((exp & 1n) === 1n) result = (result * b) % m;
    b = (b * b) % m;
  }
  return mod < 0n && result !== 0n ? result + mod : result;
}

/** pow(base, exp, mod=None). CPython: builtin_pow_impl. */
function pow(args: number, nargs: number, kwnames: number): number {
  const [base, exp, mod] = parseArgs('pow', args, nargs, kwnames, ['base', 'exp', 'mod'], 2);
  if (mod === 0 || mod === NONE) return binaryOp(base, exp, NB.Power);
  const m = userSpecial(base, '__pow__');
  if (m !== 0) return call(m, [exp, mod]);
  if (!isIntKind(base) || !isIntKind(exp) || !isIntKind(mod)) {
    raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  return newIntBig(powMod(BigInt(intValue(base)), BigInt(intValue(exp)), BigInt(intValue(mod))));
}

/** round(number, ndigits=None). CPython: builtin_round_impl → int/float __round__. */
function round(args: number, nargs: number, kwnames: number): number {
  const [v, nd] = parseArgs('round', args, nargs, kwnames, ['number', 'ndigits'], 1);
  const ndigits = nd === NONE ? 0 : nd;
  const m = userSpecial(v, '__round__');
  if (m !== 0) return call(m, ndigits === 0 ? [] : [ndigits]);
  const k = kindOf(v);
  if (k === Kind.Int || k === Kind.Bool) {
    return ndigits === 0 ? newIntFrom(intValue(v)) : newIntBig(roundInt(intValue(v), indexValue(ndigits)));
  }
  if (k === Kind.Float) {
    const x = floatValue(v);
    if (ndigits === 0) return intFromDouble(roundHalfEven(x));
    const n = indexValue(ndigits);
    return newFloat(text(() => roundFloat(x, typeof n === 'bigint' ? (n > 0n ? 400 : -400) : n)));
  }
  return raise('TypeError', `type ${typeNameOf(v)} doesn't define __round__ method`);
}

/** chr(i): the character with code point i (a surrogate pair beyond the BMP). */
function chr(v: number): number {
  const n = indexValue(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(n));
}

/** ord(c): the code point of a one-character string (a surrogate pair counts as one). */
function ord(v: number): number {
  if (kindOf(v) !== Kind.Str) raise('TypeError', `ord() expected string of length 1, but ${typeNameOf(v)} found`);
  const s = strValue(v);
  const c = s.codePointAt(0);
  if (c === undefined || s.length !== (c > 0xffff ? 2 : 1)) {
    raise('TypeError', `ord() expected a character, but string of length ${[...s].length} found`);
  }
  return newInt(c);
}

/** bin(), oct(), hex(): an integer (__index__) with its base prefix. CPython: PyNumber_ToBase. */
function toBase(fname: string, base: 2 | 8 | 16): NativeFn {
  return (_self, args, nargs, kwnames) => newStr(intToString(indexValue(one(fname, args, nargs, kwnames)), base));
}

// ---- attributes ---------------------------------------------------------------------------

/** getattr(o, name[, default]): the default answers AttributeError only. */
function getattr(args: number, nargs: number, kwnames: number): number {
  const [o, nameV, dflt] = positional('getattr', args, nargs, kwnames, 2, 3);
  const name = attrName(nameV);
  if (dflt === undefined) return getAttr(o, name);
  try {
    const v = getAttrOrZero(o, name);
    return v === 0 ? dflt : v;
  } catch (e) {
    if (isAttributeErrorPending(e)) return dflt;
    throw e;
  }
}

/** vars(o): o.__dict__. */
function varsOf(o: number): number {
  try {
    return getAttr(o, N.__dict__);
  } catch (e) {
    if (isAttributeErrorPending(e)) raise('TypeError', 'vars() argument must have __dict__ attribute');
    throw e;
  }
}

/** locals() of the calling frame: its locals dict, or a new dict of its bound fast locals and cells. */
function currentLocals(): number {
  const frame = I[TS + TS_FRAME];
  if ((I[frame + FR_FLAGS] & FRAME_FLAG.hasLocalsDict) !== 0) return I[frame + FR_LOCALS];
  const code = I[frame + FR_CODE];
  const names = I[code + CODE_LOCALSPLUS_NAMES];
  const kinds = (I[code + CODE_LOCALSPLUS_KINDS] + 2) * 4;
  const d = newDict();
  for (let i = 0; i < tupleLength(names); i++) {
    let v = I[frame + FRAME_HEADER_WORDS + i];
    if (v !== 0 && (U8[kinds + i] & (LOCALS_KIND.cell | LOCALS_KIND.free)) !== 0 && kindOf(v) === Kind.Cell) {
      v = I[v + CELL_VALUE];
    }
    if (v !== 0) dictSetItem(d, tupleItem(names, i), v);
  }
  return d;
}

/** dir(o): the sorted names of o's own attributes and its class's. CPython: object___dir__, type___dir__. */
function dirOf(o: number): number {
  const custom = userSpecial(o, '__dir__');
  if (custom !== 0) {
    const names = call(custom, []);
    const mark = pushRoot(names);
    try {
      const list = iterateToList(names);
      pushRoot(list);
      listSort(list, 0, false);
      return list;
    } finally {
      popRoots(mark);
    }
  }
  const dicts: number[] = [];
  if (kindOf(o) === Kind.Module) {
    dicts.push(I[o + MODULE_DICT]);
  } else {
    const own = kindOf(o) === Kind.Type ? 0 : instanceDict(o, false);
    if (own !== 0) dicts.push(own);
    for (const t of typeMro(kindOf(o) === Kind.Type ? o : typeOf(o))) dicts.push(typeDict(t));
  }
  const keys = dicts.flatMap((d) => dictItems(d).map(([k]) => k)).filter((k) => kindOf(k) === Kind.Str);
  return sortedStrList(keys);
}

/** A new list of the distinct str objects of `names`, sorted (by code units, as str's <). */
function sortedStrList(names: readonly number[]): number {
  const byText = new Map<string, number>();
  for (const n of names) if (kindOf(n) === Kind.Str && !byText.has(strValue(n))) byText.set(strValue(n), n);
  return listFrom([...byText.keys()].sort().map((s) => byText.get(s)!));
}

// ---- the built-in iterator types ----------------------------------------------------------

/** A tuple of iter(x) for the arguments I[args .. args+n); rooted while __iter__ methods run. */
function iteratorsOf(args: number, n: number): number {
  const iters = allocTuple(n);
  const mark = pushRoot(iters);
  try {
    for (let i = 0; i < n; i++) I[iters + TUPLE_ITEMS + i] = getIter(I[args + i]);
  } finally {
    popRoots(mark);
  }
  return iters;
}

/** reversed(seq). CPython: reversed_new_impl (and list/range/dict __reversed__). */
function reversedOf(seq: number): number {
  const t = typeOf(seq);
  if (t === T.list) {
    const it = newIter(T.list_reverseiterator, seq);
    I[it + ITER_INDEX] = I[seq + LIST_LENGTH] - 1;
    return it;
  }
  if (t === T.range) return reversedRange(seq);
  if (t === T.dict) return reversedOf(listFrom(dictItems(seq).map(([k]) => k)));
  const m = typeLookup(t, N.__reversed__);
  if (m === NONE) raise('TypeError', `'${typeNameOf(seq)}' object is not reversible`);
  if (m !== 0) return call(bindDescriptor(m, seq, t), []);
  const k = kindOf(seq);
  const isSequence = k === Kind.Str || k === Kind.Tuple || k === Kind.List
    || (k !== Kind.Dict && typeLookup(t, N.__getitem__) !== 0);
  if (!isSequence) raise('TypeError', `'${typeNameOf(seq)}' object is not reversible`);
  const it = newIter(T.reversed, seq);
  I[it + ITER_INDEX] = lengthOf(seq) - 1;
  return it;
}

/** A range_iterator from the last item of `r` down to its first. CPython: range_reverse. */
function reversedRange(r: number): number {
  const len = intToNumber(I[r + RANGE_LENGTH]);
  if (!(len <= 0x7fffffff)) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  const step = I[r + RANGE_STEP];
  const last = binaryOp(I[r + RANGE_START], binaryOp(newInt(Math.max(len - 1, 0)), step, NB.Multiply), NB.Add);
  const it = newIter(T.range_iterator, last, binaryOp(newInt(0), step, NB.Subtract));
  I[it + ITER_END] = len;
  return it;
}

const iteratorTypes: Record<string, (args: number, nargs: number, kwnames: number) => number> = {
  enumerate: (args, nargs, kwnames) => {
    const [iterable, start] = parseArgs('enumerate', args, nargs, kwnames, ['iterable', 'start'], 1);
    const count = start === 0 ? newInt(0) : newIntFrom(indexValue(start));
    return newIter(T.enumerate, getIter(iterable), count);
  },
  zip: (args, nargs, kwnames) => {
    const [strict] = keywordArgs('zip', args, nargs, kwnames, ['strict']);
    const z = newIter(T.zip, iteratorsOf(args, nargs - kwCount(kwnames)));
    if (strict !== 0 && isTrue(strict)) I[z + ITER_INDEX] = 1;
    return z;
  },
  map: (args, nargs, kwnames) => {
    if (kwCount(kwnames) > 0) raise('TypeError', 'map() takes no keyword arguments');
    if (nargs < 2) raise('TypeError', 'map() must have at least two arguments.');
    return newIter(T.map, I[args], iteratorsOf(args + 1, nargs - 1));
  },
  filter: (args, nargs, kwnames) => {
    const [fn, iterable] = positional('filter', args, nargs, kwnames, 2, 2);
    return newIter(T.filter, fn, getIter(iterable));
  },
  reversed: (args, nargs, kwnames) => {
    if (kwCount(kwnames) > 0) raise('TypeError', 'reversed() takes no keyword arguments');
    return reversedOf(positional('reversed', args, nargs, 0, 1, 1)[0]);
  },
};

for (const [name, make] of Object.entries(iteratorTypes)) {
  defineConstructor(name, (_cls, args, nargs, kwnames) => make(args, nargs, kwnames));
}

// ---- the module ---------------------------------------------------------------------------

const rows: Record<string, NativeFn> = {
  abs: (_self, args, nargs, kwnames) => absolute(one('abs', args, nargs, kwnames)),
  all: (_self, args, nargs, kwnames) => anyAll('all', false, args, nargs, kwnames),
  any: (_self, args, nargs, kwnames) => anyAll('any', true, args, nargs, kwnames),
  ascii: (_self, args, nargs, kwnames) => newStr(asciiOf(one('ascii', args, nargs, kwnames))),
  bin: toBase('bin', 2),
  callable: (_self, args, nargs, kwnames) => bool(isCallable(one('callable', args, nargs, kwnames))),
  chr: (_self, args, nargs, kwnames) => chr(one('chr', args, nargs, kwnames)),
  delattr: (_self, args, nargs, kwnames) => {
    const [o, name] = positional('delattr', args, nargs, kwnames, 2, 2);
    setAttr(o, attrName(name), 0);
    return NONE;
  },
  dir: (_self, args, nargs, kwnames) => {
    const [o] = positional('dir', args, nargs, kwnames, 0, 1);
    return o === undefined ? sortedStrList(dictItems(currentLocals()).map(([k]) => k)) : dirOf(o);
  },
  divmod: (_self, args, nargs, kwnames) => {
    const [a, b] = positional('divmod', args, nargs, kwnames, 2, 2);
    return divmod(a, b);
  },
  exit: (_self, args, nargs, kwnames) => raiseSystemExit('exit', args, nargs, kwnames),
  format: (_self, args, nargs, kwnames) => {
    const [v, spec] = positional('format', args, nargs, kwnames, 1, 2);
    if (spec !== undefined && kindOf(spec) !== Kind.Str) {
      raise('TypeError', `format() argument 2 must be str, not ${typeNameOf(spec)}`);
    }
    return newStr(formatObject(v, spec === undefined ? '' : strValue(spec)));
  },
  getattr: (_self, args, nargs, kwnames) => getattr(args, nargs, kwnames),
  globals: (_self, args, nargs, kwnames) => {
    positional('globals', args, nargs, kwnames, 0, 0);
    return I[I[TS + TS_FRAME] + FR_GLOBALS];
  },
  hasattr: (_self, args, nargs, kwnames) => {
    const [o, name] = positional('hasattr', args, nargs, kwnames, 2, 2);
    return bool(hasAttr(o, attrName(name)));
  },
  hash: (_self, args, nargs, kwnames) => {
    const v = one('hash', args, nargs, kwnames);
    const exact = isHeapType(typeOf(v)) ? undefined : numericHash(v);
    return exact === undefined ? newInt(hashOf(v)) : newIntBig(exact);
  },
  hex: toBase('hex', 16),
  id: (_self, args, nargs, kwnames) => newIntFrom(one('id', args, nargs, kwnames) >>> 0),
  isinstance: (_self, args, nargs, kwnames) => {
    const [obj, cls] = positional('isinstance', args, nargs, kwnames, 2, 2);
    return bool(isInstanceOf(obj, cls));
  },
  issubclass: (_self, args, nargs, kwnames) => {
    const [c, cls] = positional('issubclass', args, nargs, kwnames, 2, 2);
    return bool(isSubclassOf(c, cls));
  },
  iter: (_self, args, nargs, kwnames) => {
    const [o, sentinel] = positional('iter', args, nargs, kwnames, 1, 2);
    if (sentinel === undefined) return getIter(o);
    if (!isCallable(o)) raise('TypeError', 'iter(v, w): v must be callable');
    return newIter(T.callable_iterator, o, sentinel);
  },
  len: (_self, args, nargs, kwnames) => newInt(lengthOf(one('len', args, nargs, kwnames))),
  locals: (_self, args, nargs, kwnames) => {
    positional('locals', args, nargs, kwnames, 0, 0);
    return currentLocals();
  },
  max: (_self, args, nargs, kwnames) => minMax('max', Cmp.Gt, args, nargs, kwnames),
  min: (_self, args, nargs, kwnames) => minMax('min', Cmp.Lt, args, nargs, kwnames),
  next: (_self, args, nargs, kwnames) => {
    const [it, dflt] = positional('next', args, nargs, kwnames, 1, 2);
    if (dflt !== undefined) {
      const v = iterNext(it);
      return v === 0 ? dflt : v;
    }
    if (kindOf(it) === Kind.Iter) {
      const v = iterNext(it);
      return v !== 0 ? v : raiseType(T.StopIteration, []);
    }
    // __next__ itself, so that its StopIteration (and a generator's return value) propagates as raised.
    const m = typeLookup(typeOf(it), N.__next__);
    if (m === 0) raise('TypeError', `'${typeNameOf(it)}' object is not an iterator`);
    return call(getAttr(it, N.__next__), []);
  },
  oct: toBase('oct', 8),
  ord: (_self, args, nargs, kwnames) => ord(one('ord', args, nargs, kwnames)),
  pow: (_self, args, nargs, kwnames) => pow(args, nargs, kwnames),
  print: (_self, args, nargs, kwnames) => print(args, nargs, kwnames),
  quit: (_self, args, nargs, kwnames) => raiseSystemExit('quit', args, nargs, kwnames),
  repr: (_self, args, nargs, kwnames) => newStr(repr(one('repr', args, nargs, kwnames))),
  round: (_self, args, nargs, kwnames) => round(args, nargs, kwnames),
  setattr: (_self, args, nargs, kwnames) => {
    const [o, name, v] = positional('setattr', args, nargs, kwnames, 3, 3);
    setAttr(o, attrName(name), v);
    return NONE;
  },
  sorted: (_self, args, nargs, kwnames) => sorted(args, nargs, kwnames),
  sum: (_self, args, nargs, kwnames) => sum(args, nargs, kwnames),
  vars: (_self, args, nargs, kwnames) => {
    const [o] = positional('vars', args, nargs, kwnames, 0, 1);
    return o === undefined ? currentLocals() : varsOf(o);
  },
};

defineModule('builtins', rows);
