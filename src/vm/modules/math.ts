/**
 * The math module. CPython: Modules/mathmodule.c.
 *
 * Floating-point functions follow CPython's math_1 rules: a NaN out of a non-NaN argument
 * is a "math domain error" (ValueError); an infinity out of a finite argument is a
 * "math range error" (OverflowError) for functions that can overflow, a domain error for
 * the others. Integer functions (isqrt, gcd, factorial, comb, ...) are exact.
 */
import { I } from '../../image/memory.js';
import { Kind } from '../../objects/layout.js';
import { FALSE, NONE, TRUE, bool } from '../../objects/statics.js';
import { floatValue, newFloat } from '../../objects/float.js';
import { intValue, newInt, newIntBig, newIntFrom } from '../../objects/int.js';
import { intern } from '../../objects/str.js';
import { dictSetItem } from '../../objects/dict.js';
import { newTuple } from '../../objects/tuple.js';
import { listItems, listLength } from '../../objects/list.js';
import { isHeapType, typeLookup, typeName, typeNameOf, typeOf } from '../../objects/type.js';
import { defineModule, type NativeFn } from '../natives.js';
import { kwCount, parseArgs, positional } from '../args.js';
import { raise } from '../errors.js';
import { call } from '../call.js';
import { bindDescriptor } from '../attr.js';
import { indexValue, kindOf } from '../abstract.js';
import { getIter, iterNext, iterateToList } from '../iter.js';
import { NB, binaryOp } from '../number.js';
import { N } from '../names.js';
import { popRoots, pushRoot, pushRootWords } from '../roots.js';
import * as libm from './libm.js';
import { copysign, frexp, ldexp, signBit } from './libm.js';

// ---- conversions shared with builtins, sys, random and time -------------------------------

/** An int-like's value as the nearest double. CPython: PyLong_AsDouble. */
export function intToDouble(v: number): number {
  const d = Number(intValue(v));
  if (!Number.isFinite(d)) raise('OverflowError', 'int too large to convert to float');
  return d;
}

/** A real number argument as a double: float, int, __float__, __index__. CPython: PyFloat_AsDouble. */
export function toDouble(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const k = kindOf(v);
  if (k === Kind.Float) return floatValue(v);
  if (k === Kind.Int || k === Kind.Bool) return intToDouble(v);
  const t = typeOf(v);
  const f = typeLookup(t, N.__float__);
  if (f !== 0) {
    const r = call(bindDescriptor(f, v, t), []);
    if (kindOf(r) !== Kind.Float) raise('TypeError', `${typeName(t)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    return floatValue(r);
  }
  if (typeLookup(t, N.__index__) !== 0) return Number(indexValue(v));
  return raise('TypeError', `must be real number, not ${typeNameOf(v)}`);
}

/** An integral double as a Python int. CPython: PyLong_FromDouble. */
export function intFromDouble(x: number): number {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
  return Number.isSafeInteger(x) ? newInt(x) : newIntBig(BigInt(x));
}

/** type(v).name bound to v when a class statement's type defines it (built-in kinds are handled directly). */
export function userSpecial(v: number, name: string): number {
  const t = typeOf(v);
  if (!isHeapType(t)) return 0;
  const m = typeLookup(t, intern(name));
  return m === 0 ? 0 : bindDescriptor(m, v, t);
}

const isInf = (x: number) => x === Infinity || x === -Infinity;

// ---- floating point -----------------------------------------------------------------------

const domainError = (): never => raise('ValueError', 'math domain error');
const rangeError = (): never => raise('OverflowError', 'math range error');

/** A float result checked by CPython's math_1 rules. */
function checked(x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (isInf(r) && Number.isFinite(x)) return canOverflow ? rangeError() : domainError();
  return newFloat(r);
}

/** One-argument float functions: [name, libm function, can overflow]. CPython: math_1. */
const UNARY: readonly (readonly [string, (x: number) => number, boolean])[] = [
  ['acos', libm.acos, false], ['acosh', libm.acosh, false], ['asin', libm.asin, false],
  ['asinh', libm.asinh, false], ['atan', libm.atan, false], ['atanh', Math.atanh, false],
  ['cbrt', Math.cbrt, false], ['cos', libm.cos, false], ['cosh', libm.cosh, true],
  ['exp', libm.exp, true], ['exp2', libm.exp2, true], ['expm1', Math.expm1, true],
  ['fabs', Math.abs, false], ['log1p', Math.log1p, false], ['sin', libm.sin, false],
  ['sinh', libm.sinh, true], ['sqrt', Math.sqrt, false], ['tan', libm.tan, false],
  ['tanh', Math.tanh, false],
];

function oneArg(name: string, args: number, nargs: number, kwnames: number): number {
  return positional(`math.${name}`, args, nargs, kwnames, 1, 1)[0];
}

function twoArgs(name: string, args: number, nargs: number, kwnames: number): [number, number] {
  const [a, b] = positional(name, args, nargs, kwnames, 2, 2);
  return [a, b];
}

/** log of a positive double, with CPython's m_log special cases. */
function mLog(x: number, fn: (x: number) => number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (!(x > 0)) domainError();
  return fn(x);
}

/**
 * fn(v) for a log function: ints too large for a double are split as m * 2**e first.
 * CPython: loghelper.
 */
function logOf(v: number, fn: (x: number) => number): number {
  const k = kindOf(v);
  if (k === Kind.Int || k === Kind.Bool) {
    const n = intValue(v);
    if (n <= 0) domainError();
    const d = Number(n);
    if (Number.isFinite(d)) return fn(d);
    const [m, e] = frexpBig(n as bigint);
    return fn(m) + fn(2.0) * e;
  }
  return mLog(toDouble(v), fn);
}

/** A positive bigint as m * 2**e with 0.5 <= m < 1, m correctly rounded. CPython: _PyLong_Frexp. */
function frexpBig(n: bigint): [number, number] {
  const bits = n.toString(2).length;
  const shift = BigInt(bits - 1000);
  let top = n >> shift;
  if (top << shift !== n) top |= 1n; // sticky bit: keeps the rounding of Number() exact
  let m = Number(top) / 2 ** 1000;
  let e = bits;
  if (m === 1) {
    m = 0.5;
    e++;
  }
  return [m, e];
}

/** CPython: math_pow, which handles the IEEE special values itself. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = libm.pow(x, y);
  if (Number.isNaN(r)) domainError();
  if (!Number.isFinite(r)) return x === 0 ? domainError() : rangeError();
  return r;
}

/** atan2 with the IEEE special values decided first. CPython: m_atan2. */
function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (isInf(y)) return copysign(isInf(x) ? (signBit(x) ? 0.75 : 0.25) * Math.PI : 0.5 * Math.PI, y);
  if (isInf(x) || y === 0) return copysign(signBit(x) ? Math.PI : 0, y);
  return libm.atan2(y, x);
}

/** CPython: m_remainder (IEEE 754 remainder). */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) domainError();
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    const r = m < c ? m : m > c ? -c : m - 2 * ((0.5 * (ax - m)) % ay);
    return copysign(1, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) domainError();
  return x;
}

/** CPython: math_fmod. */
function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
  return r;
}

const T27 = 134217729.0; // 2**27 + 1, Veltkamp-Dekker splitting

/**
 * sqrt(sum(x*x for x in vec)), accurate to within 1 ulp: lossless scaling, exact
 * squares by splitting, compensated sums and a final correction of the square root.
 * CPython 3.11: vector_norm.
 */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  let frac3 = 0.0;
  const add = (x: number, which: 1 | 2 | 3) => {
    const old = csum;
    csum += x;
    const err = old - csum + x;
    if (which === 1) frac1 += err;
    else if (which === 2) frac2 += err;
    else frac3 += err;
  };
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    for (const v of vec) add((v / max) * (v / max), 1);
    return max * Math.sqrt(csum - 1.0 + frac1);
  }
  const scale = 2 ** -maxE;
  for (const v of vec) {
    const x = v * scale;
    const t = x * T27;
    const hi = t - (t - x);
    const lo = x - hi;
    add(hi * hi, 1);
    add(2.0 * hi * lo, 2);
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  const t = h * T27;
  const hi = t - (t - h);
  const lo = h - hi;
  add(-hi * hi, 1);
  add(-2.0 * hi * lo, 2);
  add(-lo * lo, 3);
  const x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

/** Absolute values of coordinates, their maximum and whether one is NaN, for vectorNorm. */
function magnitudes(values: readonly number[]): [number[], number, boolean] {
  let max = 0;
  let foundNan = false;
  const vec = values.map((v) => {
    const x = Math.abs(toDouble(v));
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
    return x;
  });
  return [vec, max, foundNan];
}

/**
 * Exact sum of doubles: Shewchuk's partials, with CPython's handling of infinities,
 * NaNs and intermediate overflow, and its half-even correction. CPython: math_fsum.
 */
function fsum(iterable: number): number {
  const it = getIter(iterable);
  const mark = pushRoot(it);
  const partials: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  try {
    for (let item = iterNext(it); item !== 0; item = iterNext(it)) {
      const xsave = toDouble(item);
      let x = xsave;
      let n = 0;
      for (let y of partials) {
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0.0) partials[n++] = lo;
        x = hi;
      }
      if (x !== 0.0 && !Number.isFinite(x)) {
        // From a NaN or an infinity among the items, or an overflow of finite ones.
        if (Number.isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
        if (isInf(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else if (x !== 0.0) {
        partials[n++] = x;
      }
      partials.length = n;
    }
  } finally {
    popRoots(mark);
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) raise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  return roundPartials(partials);
}

/** The sum of fsum's non-overlapping partials, correctly rounded (half even across partials). */
function roundPartials(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0.0;
  let hi = partials[--n];
  let lo = 0.0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0.0) break;
  }
  if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
    const y = lo * 2.0;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

// ---- integers ---------------------------------------------------------------------------

type Int = number | bigint;

const big = (n: Int) => (typeof n === 'bigint' ? n : BigInt(n));
const absInt = (n: Int): Int => (n < 0 ? -n : n);

function gcd2(a: Int, b: Int): Int {
  a = absInt(a);
  b = absInt(b);
  if (typeof a === 'number' && typeof b === 'number') {
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  let x = big(a);
  let y = big(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** floor(sqrt(n)) of a non-negative int. */
function isqrt(n: Int): Int {
  if (typeof n === 'number' && n < 2 ** 52) {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  const m = big(n);
  let x = 1n << BigInt(Math.ceil(m.toString(2).length / 2));
  for (;;) {
    const y = (x + m / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** lo * (lo+1) * ... * hi by binary splitting (1 when lo > hi). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

const LLONG_MAX = (1n << 63n) - 1n;

function nonNegative(v: number, what: string): bigint {
  const n = big(indexValue(v));
  if (n < 0n) raise('ValueError', `${what} must be a non-negative integer`);
  return n;
}

/** n! / (n-k)! for 0 <= k <= n. */
function permutations(n: bigint, k: bigint): bigint {
  return rangeProduct(n - k + 1n, n);
}

function combinations(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (n - k < k) k = n - k;
  if (k > LLONG_MAX) raise('OverflowError', `min(n - k, k) must not exceed ${LLONG_MAX}`);
  return permutations(n, k) / rangeProduct(1n, k);
}

/** An iterable's items multiplied onto `start`. CPython: math_prod_impl. */
function product(iterable: number, start: number): number {
  const roots = pushRootWords(2);
  try {
    const it = getIter(iterable);
    I[roots - 1] = it;
    let acc = start;
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      acc = binaryOp(acc, v, NB.Multiply);
      I[roots - 2] = acc;
    }
    return acc;
  } finally {
    popRoots(roots);
  }
}

/** floor() or ceil(): floats and ints directly, else __floor__ / __ceil__, else via float. */
function rounding(name: '__floor__' | '__ceil__', fn: (x: number) => number): NativeFn {
  return (_self, args, nargs, kwnames) => {
    const v = oneArg(name.slice(2, -2), args, nargs, kwnames);
    const k = kindOf(v);
    const m = userSpecial(v, name);
    if (m !== 0) return call(m, []);
    if (k === Kind.Int || k === Kind.Bool) return newIntFrom(intValue(v));
    return intFromDouble(fn(toDouble(v)));
  };
}

defineModule('math', {
  ...Object.fromEntries(UNARY.map(([name, fn, canOverflow]): [string, NativeFn] => [
    name,
    (_self, args, nargs, kwnames) => {
      const x = toDouble(oneArg(name, args, nargs, kwnames));
      return checked(x, fn(x), canOverflow);
    },
  ])),
  floor: rounding('__floor__', Math.floor),
  ceil: rounding('__ceil__', Math.ceil),
  trunc: (_self, args, nargs, kwnames) => {
    const v = oneArg('trunc', args, nargs, kwnames);
    const m = userSpecial(v, '__trunc__');
    if (m !== 0) return call(m, []);
    const k = kindOf(v);
    if (k === Kind.Int || k === Kind.Bool) return newIntFrom(intValue(v));
    if (k === Kind.Float) return intFromDouble(Math.trunc(floatValue(v)));
    return raise('TypeError', `type ${typeNameOf(v)} doesn't define __trunc__ method`);
  },
  log: (_self, args, nargs, kwnames) => {
    if (kwCount(kwnames) > 0) raise('TypeError', 'math.log() takes no keyword arguments');
    if (nargs < 1 || nargs > 2) raise('TypeError', 'math.log requires 1 to 2 arguments');
    const num = logOf(I[args], libm.log);
    if (nargs === 1) return newFloat(num);
    const den = logOf(I[args + 1], libm.log);
    if (den === 0) raise('ZeroDivisionError', 'float division by zero');
    return newFloat(num / den);
  },
  log2: (_self, args, nargs, kwnames) => newFloat(logOf(oneArg('log2', args, nargs, kwnames), libm.log2)),
  log10: (_self, args, nargs, kwnames) => newFloat(logOf(oneArg('log10', args, nargs, kwnames), libm.log10)),
  pow: (_self, args, nargs, kwnames) => {
    const [x, y] = twoArgs('pow', args, nargs, kwnames);
    return newFloat(mathPow(toDouble(x), toDouble(y)));
  },
  atan2: (_self, args, nargs, kwnames) => {
    const [y, x] = twoArgs('atan2', args, nargs, kwnames);
    return newFloat(atan2(toDouble(y), toDouble(x)));
  },
  copysign: (_self, args, nargs, kwnames) => {
    const [x, y] = twoArgs('copysign', args, nargs, kwnames);
    return newFloat(copysign(toDouble(x), toDouble(y)));
  },
  fmod: (_self, args, nargs, kwnames) => {
    const [x, y] = twoArgs('fmod', args, nargs, kwnames);
    return newFloat(fmod(toDouble(x), toDouble(y)));
  },
  remainder: (_self, args, nargs, kwnames) => {
    const [x, y] = twoArgs('remainder', args, nargs, kwnames);
    return newFloat(remainder(toDouble(x), toDouble(y)));
  },
  ldexp: (_self, args, nargs, kwnames) => {
    const [xv, e] = twoArgs('ldexp', args, nargs, kwnames);
    const x = toDouble(xv);
    const r = ldexp(x, indexValue(e));
    if (isInf(r) && !isInf(x)) rangeError();
    return newFloat(r);
  },
  frexp: (_self, args, nargs, kwnames) => {
    const [m, e] = frexp(toDouble(oneArg('frexp', args, nargs, kwnames)));
    return newTuple([newFloat(m), newInt(e)]);
  },
  modf: (_self, args, nargs, kwnames) => {
    const x = toDouble(oneArg('modf', args, nargs, kwnames));
    if (!Number.isFinite(x)) return newTuple([newFloat(Number.isNaN(x) ? x : copysign(0, x)), newFloat(x)]);
    const whole = Math.trunc(x);
    return newTuple([newFloat(copysign(x - whole, x)), newFloat(copysign(whole, x))]);
  },
  degrees: (_self, args, nargs, kwnames) => newFloat(toDouble(oneArg('degrees', args, nargs, kwnames)) * (180.0 / Math.PI)),
  radians: (_self, args, nargs, kwnames) => newFloat(toDouble(oneArg('radians', args, nargs, kwnames)) * (Math.PI / 180.0)),
  isfinite: (_self, args, nargs, kwnames) => bool(Number.isFinite(toDouble(oneArg('isfinite', args, nargs, kwnames)))),
  isnan: (_self, args, nargs, kwnames) => bool(Number.isNaN(toDouble(oneArg('isnan', args, nargs, kwnames)))),
  isinf: (_self, args, nargs, kwnames) => {
    return bool(isInf(toDouble(oneArg('isinf', args, nargs, kwnames))));
  },
  isclose: (_self, args, nargs, kwnames) => {
    const npos = nargs - kwCount(kwnames);
    if (npos > 2) raise('TypeError', `isclose() takes exactly 2 positional arguments (${npos} given)`);
    const [av, bv, relv, absv] = parseArgs('isclose', args, nargs, kwnames, ['a', 'b', 'rel_tol', 'abs_tol'], 2);
    const a = toDouble(av);
    const b = toDouble(bv);
    const relTol = relv === 0 ? 1e-9 : toDouble(relv);
    const absTol = absv === 0 ? 0.0 : toDouble(absv);
    if (relTol < 0 || absTol < 0) raise('ValueError', 'tolerances must be non-negative');
    if (a === b) return TRUE;
    if (isInf(a) || isInf(b)) return FALSE;
    const diff = Math.abs(b - a);
    return bool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
  },
  hypot: (_self, args, nargs, kwnames) => {
    if (kwCount(kwnames) > 0) raise('TypeError', 'hypot() takes no keyword arguments');
    return newFloat(vectorNorm(...magnitudes(Array.from(I.subarray(args, args + nargs)))));
  },
  dist: (_self, args, nargs, kwnames) => {
    const [p, q] = twoArgs('dist', args, nargs, kwnames);
    const pl = iterateToList(p);
    const mark = pushRoot(pl);
    let ps: number[], qs: number[];
    try {
      const ql = iterateToList(q);
      pushRoot(ql);
      if (listLength(pl) !== listLength(ql)) raise('ValueError', 'both points must have the same number of dimensions');
      ps = listItems(pl).map(toDouble);
      qs = listItems(ql).map(toDouble);
    } finally {
      popRoots(mark);
    }
    const diffs = ps.map((x, i) => Math.abs(x - qs[i]));
    const max = diffs.reduce((m, d) => (d > m ? d : m), 0);
    return newFloat(vectorNorm(diffs, max, diffs.some(Number.isNaN)));
  },
  fsum: (_self, args, nargs, kwnames) => newFloat(fsum(oneArg('fsum', args, nargs, kwnames))),
  prod: (_self, args, nargs, kwnames) => {
    const npos = nargs - kwCount(kwnames);
    if (npos !== 1) raise('TypeError', `prod() takes exactly 1 positional argument (${npos} given)`);
    const [iterable, start] = parseArgs('prod', args, nargs, kwnames, ['iterable', 'start'], 1);
    return product(iterable, start === 0 ? newInt(1) : start);
  },
  isqrt: (_self, args, nargs, kwnames) => {
    const n = indexValue(oneArg('isqrt', args, nargs, kwnames));
    if (n < 0) raise('ValueError', 'isqrt() argument must be nonnegative');
    return newIntFrom(isqrt(n));
  },
  gcd: (_self, args, nargs, kwnames) => {
    if (kwCount(kwnames) > 0) raise('TypeError', 'gcd() takes no keyword arguments');
    let g: Int = 0;
    for (let i = 0; i < nargs; i++) g = gcd2(g, indexValue(I[args + i]));
    return newIntFrom(g);
  },
  lcm: (_self, args, nargs, kwnames) => {
    if (kwCount(kwnames) > 0) raise('TypeError', 'lcm() takes no keyword arguments');
    let l = 1n;
    for (let i = 0; i < nargs; i++) {
      const n = big(absInt(indexValue(I[args + i])));
      l = l === 0n || n === 0n ? 0n : (l / big(gcd2(l, n))) * n;
    }
    return newIntBig(l);
  },
  factorial: (_self, args, nargs, kwnames) => {
    const n = big(indexValue(oneArg('factorial', args, nargs, kwnames)));
    if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
    if (n > LLONG_MAX) raise('OverflowError', `factorial() argument should not exceed ${LLONG_MAX}`);
    return newIntBig(rangeProduct(1n, n));
  },
  comb: (_self, args, nargs, kwnames) => {
    const [n, k] = twoArgs('comb', args, nargs, kwnames);
    return newIntBig(combinations(nonNegative(n, 'n'), nonNegative(k, 'k')));
  },
  perm: (_self, args, nargs, kwnames) => {
    const [nv, kv] = positional('perm', args, nargs, kwnames, 1, 2);
    const n = nonNegative(nv, 'n');
    const k = kv === undefined || kv === NONE ? n : nonNegative(kv, 'k');
    return newIntBig(k > n ? 0n : permutations(n, k));
  },
}, (dict) => {
  for (const [name, value] of [['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN]] as const) {
    dictSetItem(dict, intern(name), newFloat(value));
  }
});
