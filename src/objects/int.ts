/**
 * int: small ints are tagged values (odd words, 31-bit); larger ones are heap objects
 * holding sign and 32-bit magnitude limbs. Arithmetic beyond the small range goes
 * through JS numbers while exact (|x| < 2^53) and BigInt beyond.
 * CPython: Objects/longobject.c. bool is a subclass of int (True, False are objects).
 */
import { I } from '../image/memory.js';
import { allocObject } from '../image/heap.js';
import { BOOL_VALUE, INT_LIMBS, INT_NLIMBS, Kind, SMALL_MAX, SMALL_MIN } from './layout.js';
import { T } from './statics.js';


export function smallInt(n: number): number {
  return (n << 1) | 1;
}

export function newInt(n: number): number {
  if (n >= SMALL_MIN && n <= SMALL_MAX && Number.isInteger(n)) return (n << 1) | 1;
  if (!Number.isSafeInteger(n)) return newIntBig(BigInt(n));
  const neg = n < 0;
  const mag = neg ? -n : n;
  const lo = mag % 0x100000000;
  const hi = (mag - lo) / 0x100000000;
  return newIntLimbs(neg, lo, hi);
}

/** A heap int from its sign and magnitude as two 32-bit halves (hi may be 0). */
function newIntLimbs(neg: boolean, lo: number, hi: number): number {
  const nlimbs = hi === 0 ? 1 : 2;
  const o = allocObject(Kind.Int, T.int, INT_LIMBS + nlimbs);
  I[o + INT_NLIMBS] = neg ? -nlimbs : nlimbs;
  I[o + INT_LIMBS] = lo | 0;
  if (nlimbs === 2) I[o + INT_LIMBS + 1] = hi | 0;
  return o;
}

/**
 * x * y for integers |x|, |y| < 2^32 whose product may pass 2^53: exact, without BigInt
 * (an LCG step such as `state * 1103515245` would otherwise go through two BigInt
 * conversions). The product (< 2^64) is built from 15-bit pieces whose partial products
 * doubles hold exactly.
 */
export function multiplyExact(x: number, y: number): number {
  const p = x * y;
  if (Number.isSafeInteger(p)) return newInt(p);
  const a = Math.abs(x), b = Math.abs(y);
  const p1 = Math.floor(a / 0x8000) * b; // < 2^49
  const p0 = (a % 0x8000) * b; // < 2^47
  // a * b = p1 * 2^15 + p0, with p1 * 2^15 = floor(p1 / 2^17) * 2^32 + (p1 mod 2^17) * 2^15.
  const low = (p1 % 0x20000) * 0x8000 + p0;
  const lo = low % 0x100000000;
  const hi = Math.floor(p1 / 0x20000) + (low - lo) / 0x100000000;
  return newIntLimbs(p < 0, lo, hi);
}

/**
 * a + b or a - b for exact ints of at most two limbs, without BigInt (an LCG step's
 * `state * K + C` passes 2^53 and would otherwise convert both operands to BigInt and
 * back). 0 when an operand or the result needs more than two limbs.
 */
export function addSubtract64(a: number, b: number, subtract: boolean): number {
  if (!split64(a)) return 0;
  const hiA = splitHi, loA = splitLo;
  if (!split64(b)) return 0;
  // Each operand is hi * 2^32 + lo with 0 <= lo < 2^32 and a signed hi: sums of halves stay exact.
  let lo = subtract ? loA - splitLo : loA + splitLo;
  let hi = subtract ? hiA - splitHi : hiA + splitHi;
  const carry = Math.floor(lo / 0x100000000);
  lo -= carry * 0x100000000;
  hi += carry;
  if (hi >= -0x200000 && hi < 0x200000) return newInt(hi * 0x100000000 + lo);
  if (hi >= 0) return hi < 0x100000000 ? newIntLimbs(false, lo, hi) : 0;
  // Negative: the magnitude's halves.
  const magHi = -hi - (lo === 0 ? 0 : 1);
  return magHi < 0x100000000 ? newIntLimbs(true, lo === 0 ? 0 : 0x100000000 - lo, magHi) : 0;
}

let splitHi = 0;
let splitLo = 0;

/** Sets splitHi and splitLo to an exact int's value as hi * 2^32 + lo; false beyond two limbs. */
function split64(v: number): boolean {
  if ((v & 1) === 1) {
    splitLo = (v >> 1) >>> 0;
    splitHi = v < 0 ? -1 : 0;
    return true;
  }
  if (I[v + 1] !== T.int) return false;
  const n = I[v + INT_NLIMBS];
  if (n > 2 || n < -2) return false;
  const lo = I[v + INT_LIMBS] >>> 0;
  const hi = n === 2 || n === -2 ? I[v + INT_LIMBS + 1] >>> 0 : 0;
  if (n > 0) {
    splitLo = lo;
    splitHi = hi;
  } else {
    splitLo = lo === 0 ? 0 : 0x100000000 - lo;
    splitHi = -hi - (lo === 0 ? 0 : 1);
  }
  return true;
}

/**
 * a & b when one operand is a non-negative int below 2^32 (a mask), without BigInt:
 * only the other operand's low 32 bits (two's complement) matter. 0 when not applicable.
 */
export function andWithMask(a: number, b: number): number {
  const m = maskValue(b);
  if (m >= 0) return andLow32(a, m);
  const n = maskValue(a);
  return n >= 0 ? andLow32(b, n) : 0;
}

/** The value of a non-negative int below 2^32, or -1. */
function maskValue(v: number): number {
  if ((v & 1) === 1) return v >= 0 ? v >> 1 : -1;
  if (I[v + 1] !== T.int || I[v + INT_NLIMBS] !== 1) return -1;
  return I[v + INT_LIMBS] >>> 0;
}

function andLow32(v: number, mask: number): number {
  let low: number;
  if ((v & 1) === 1) low = v >> 1;
  else if (I[v + 1] === T.int) low = I[v + INT_NLIMBS] < 0 ? -I[v + INT_LIMBS] | 0 : I[v + INT_LIMBS];
  else return 0;
  return newInt((low & mask) >>> 0);
}

/** An int whose type is exactly int (bool and subclasses excluded), as CPython's PyLong_CheckExact. */
export function isExactInt(v: number): boolean {
  return (v & 1) === 1 || I[v + 1] === T.int;
}

export function newIntBig(b: bigint): number {
  if (b >= -0x40000000n && b <= 0x3fffffffn) return (Number(b) << 1) | 1;
  const neg = b < 0n;
  let mag = neg ? -b : b;
  const limbs: number[] = [];
  while (mag > 0n) {
    limbs.push(Number(mag & 0xffffffffn) | 0);
    mag >>= 32n;
  }
  const o = allocObject(Kind.Int, T.int, INT_LIMBS + limbs.length);
  I[o + INT_NLIMBS] = neg ? -limbs.length : limbs.length;
  for (let i = 0; i < limbs.length; i++) I[o + INT_LIMBS + i] = limbs[i];
  return o;
}

/** Value of an int-like (int, bool, subclasses) as a JS number if exactly representable, else NaN. */
export function intToNumber(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  if (((I[v] >> 3) & 127) === Kind.Bool) return I[v + BOOL_VALUE];
  const n = I[v + INT_NLIMBS];
  const count = n < 0 ? -n : n;
  if (count > 2) return NaN;
  const lo = I[v + INT_LIMBS] >>> 0;
  const hi = count === 2 ? I[v + INT_LIMBS + 1] >>> 0 : 0;
  if (hi >= 0x200000) return NaN;
  const mag = hi * 0x100000000 + lo;
  return n < 0 ? -mag : mag;
}

export function intToBigInt(v: number): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  if (((I[v] >> 3) & 127) === Kind.Bool) return BigInt(I[v + BOOL_VALUE]);
  const n = I[v + INT_NLIMBS];
  const count = n < 0 ? -n : n;
  let mag = 0n;
  for (let i = count - 1; i >= 0; i--) mag = (mag << 32n) | BigInt(I[v + INT_LIMBS + i] >>> 0);
  return n < 0 ? -mag : mag;
}

/** An int-like as an exact JS number or BigInt, whichever is exact and cheapest. */
export function intValue(v: number): number | bigint {
  const n = intToNumber(v);
  return Number.isNaN(n) ? intToBigInt(v) : n;
}

/** A Python int from a JS number (must be an integer) or bigint. */
export function newIntFrom(x: number | bigint): number {
  return typeof x === 'bigint' ? newIntBig(x) : newInt(x);
}

const MODULUS = (1n << 61n) - 1n;

/** CPython's int hash: the value modulo 2^61 - 1 (kept to 31 bits here, see dict.ts). */
export function intHash(v: number): number {
  const n = intToNumber(v);
  let h: number;
  if (!Number.isNaN(n) && Math.abs(n) < 2 ** 61 - 1) {
    h = n;
  } else {
    const b = intToBigInt(v);
    const m = (b < 0n ? -b : b) % MODULUS;
    h = Number(BigInt.asIntN(32, b < 0n ? -m : m));
  }
  h = (h | 0) === h ? h : Number(BigInt.asIntN(32, BigInt(h)));
  h = (h << 1) >> 1;
  return h === -1 ? -2 : h;
}
