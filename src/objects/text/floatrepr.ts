/**
 * Float to text exactly as CPython 3.11 writes it: repr/str, the fixed, exponent and general
 * formats of format() and %, and round().
 *
 * CPython gets its digits from David Gay's dtoa (Python/dtoa.c), correctly rounded with
 * round-half-even on the exact binary value. Here the digits come from the engine's
 * Number.prototype.toString/toFixed/toExponential, which are also correctly rounded but break
 * exact ties away from zero and stop at 100 digits. Exact ties can only happen when the exact
 * decimal expansion of the double ends right after the cut, which a look at the binary exponent
 * tells cheaply; those cases, and the large precisions, use the exact expansion computed with
 * BigInt.
 */
import { overflowError, valueError } from './errors.js';

/**
 * The decimal digits of a finite double's magnitude, as dtoa returns them:
 * |x| ≈ 0.DIGITS × 10^decpt. `digits` has no trailing zeros; '' stands for a value that rounded
 * to zero (then decpt is minus the number of requested fraction digits).
 */
export interface Digits {
  digits: string;
  decpt: number;
}

const scratch = new DataView(new ArrayBuffer(8));

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** The exponent e of |x| = m × 2^e with m odd (x finite and non-zero). */
function lowBitExponent(x: number): number {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const e0 = (biased === 0 ? 1 : biased) - 1075;
  if (lo !== 0) return e0 + ctz32(lo);
  const hiMantissa = (hi & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  return e0 + 32 + ctz32(hiMantissa);
}

/** The exact decimal expansion of |x| (x finite and non-zero). */
function exactDigits(x: number): Digits {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const hiMantissa = (hi & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  let m = (BigInt(hiMantissa) << 32n) | BigInt(lo);
  let e = (biased === 0 ? 1 : biased) - 1075;
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (e >= 0) {
    const s = (m << BigInt(e)).toString();
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  // m × 2^e = m × 5^-e / 10^-e; the product is odd and ends in 5, so has no trailing zero.
  const s = (m * 5n ** BigInt(-e)).toString();
  return { digits: s, decpt: s.length + e };
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Rounds an exact digit string to `keep` digits, half to even. */
function roundExact(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt };
  const first = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (first !== 5) up = first > 5;
  else if (keep + 1 < digits.length) up = true; // digits has no trailing zeros: more follows
  else up = keep > 0 && (digits.charCodeAt(keep - 1) & 1) === 1;
  const kept = digits.slice(0, keep);
  if (!up) return { digits: stripTrailingZeros(kept), decpt };
  let i = keep - 1;
  while (i >= 0 && kept.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1), decpt };
}

/** Digits of a string written by Number.prototype.toString/toFixed/toExponential. */
function parseJsDigits(s: string): Digits {
  let exp = 0;
  let mantissa = s;
  const ei = s.indexOf('e');
  if (ei >= 0) {
    exp = +s.slice(ei + 1);
    mantissa = s.slice(0, ei);
  }
  const dot = mantissa.indexOf('.');
  const intLen = dot < 0 ? mantissa.length : dot;
  const all = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 48) start++;
  let end = all.length;
  while (end > start && all.charCodeAt(end - 1) === 48) end--;
  return { digits: all.slice(start, end), decpt: intLen - start + exp };
}

/**
 * The shortest digits that round-trip (dtoa mode 0). x finite and positive.
 * CPython: Python/dtoa.c, _Py_dg_dtoa mode 0.
 */
export function shortestDigits(x: number): Digits {
  return parseJsDigits(String(x));
}

/**
 * |x| correctly rounded to `ndigits` digits after the decimal point (dtoa mode 3; ndigits may
 * be negative). x finite and non-zero.
 * CPython: Python/dtoa.c, _Py_dg_dtoa mode 3.
 */
export function fixedDigits(x: number, ndigits: number): Digits {
  const ax = Math.abs(x);
  let r: Digits;
  if (ndigits >= 0 && ndigits <= 100 && ax < 1e21 && lowBitExponent(ax) !== -(ndigits + 1)) {
    r = parseJsDigits(ax.toFixed(ndigits));
  } else {
    const exact = exactDigits(ax);
    r = roundExact(exact, exact.decpt + ndigits);
  }
  if (r.digits === '') r.decpt = -ndigits;
  return r;
}

/**
 * |x| correctly rounded to `ndigits` >= 1 significant digits (dtoa mode 2). x finite and
 * non-zero. CPython: Python/dtoa.c, _Py_dg_dtoa mode 2.
 */
export function precisionDigits(x: number, ndigits: number): Digits {
  const ax = Math.abs(x);
  if (ndigits <= 101) {
    const s = ax.toExponential(ndigits - 1);
    const exp = +s.slice(s.indexOf('e') + 1);
    // A tie needs the first dropped digit to be the last digit of the exact expansion, whose
    // position is the binary exponent of the lowest set bit; exp may be one too big when the
    // rounding carried into a new digit.
    const e = lowBitExponent(ax);
    if (exp - ndigits !== e && exp - 1 - ndigits !== e) {
      const r = parseJsDigits(s);
      r.decpt = exp + 1;
      return r;
    }
  }
  return roundExact(exactDigits(ax), ndigits);
}

/** Flags of doubleToString. CPython: Include/pystrtod.h, Py_DTSF_*. */
export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

function expSuffix(upper: boolean, exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
}

/**
 * A double in one of the formats 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (repr; precision must be 0),
 * with the DTSF_* flags.
 * CPython: Python/pystrtod.c, PyOS_double_to_string and format_float_short.
 */
export function doubleToString(x: number, code: string, precision: number, flags = 0): string {
  let upper = false;
  let kind: 'e' | 'f' | 'g' | 'r';
  switch (code) {
    case 'E':
      upper = true;
    // falls through
    case 'e':
      kind = 'e';
      precision++;
      break;
    case 'F':
      upper = true;
    // falls through
    case 'f':
      kind = 'f';
      break;
    case 'G':
      upper = true;
    // falls through
    case 'g':
      kind = 'g';
      if (precision === 0) precision = 1;
      break;
    case 'r':
      kind = 'r';
      if (precision !== 0) throw new Error(`doubleToString: precision ${precision} with 'r'`);
      break;
    default:
      throw new Error(`doubleToString: bad format code ${JSON.stringify(code)}`);
  }
  const alt = (flags & DTSF_ALT) !== 0;
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x || x === Infinity || x === -Infinity) {
    if (x !== x) negative = false;
    const sign = negative ? '-' : flags & DTSF_SIGN ? '+' : '';
    const word = x !== x ? 'nan' : 'inf';
    return sign + (upper ? word.toUpperCase() : word);
  }
  const ax = negative ? -x : x;

  // Fast paths: the engine's own fixed and exponent formats when no exact tie is involved.
  if (kind === 'f' && ax !== 0 && precision <= 100 && ax < 1e21 && lowBitExponent(ax) !== -(precision + 1)) {
    let s = ax.toFixed(precision);
    if (alt && precision === 0) s += '.';
    if (negative && flags & DTSF_NO_NEG_0 && !/[1-9]/.test(s)) negative = false;
    return (negative ? '-' : flags & DTSF_SIGN ? '+' : '') + s;
  }

  if (kind === 'e' && ax !== 0 && precision <= 101) {
    const s = ax.toExponential(precision - 1);
    const ei = s.indexOf('e');
    const exp = +s.slice(ei + 1);
    const e = lowBitExponent(ax);
    if (exp - precision !== e && exp - 1 - precision !== e) {
      const mantissa = alt && precision === 1 ? s.slice(0, ei) + '.' : s.slice(0, ei);
      return (negative ? '-' : flags & DTSF_SIGN ? '+' : '') + mantissa + expSuffix(upper, exp);
    }
  }

  let d: Digits;
  if (ax === 0) d = { digits: '0', decpt: 1 };
  else if (kind === 'r') d = shortestDigits(ax);
  else if (kind === 'f') d = fixedDigits(ax, precision);
  else d = precisionDigits(ax, precision);
  if (negative && flags & DTSF_NO_NEG_0 && (d.digits === '' || d.digits === '0')) negative = false;
  return (negative ? '-' : flags & DTSF_SIGN ? '+' : '') + layoutDigits(d, kind, precision, flags, upper);
}

/** Places the decimal point, zero padding and exponent. CPython: format_float_short. */
function layoutDigits(d: Digits, kind: 'e' | 'f' | 'g' | 'r', precision: number, flags: number, upper: boolean): string {
  const digits = d.digits;
  const nd = digits.length;
  let decpt = d.decpt;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  let useExp = false;
  let vEnd = nd;
  switch (kind) {
    case 'e':
      useExp = true;
      vEnd = precision;
      break;
    case 'f':
      vEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (!useExp && addDot0) vEnd = Math.max(vEnd, decpt + 1);
  else vEnd = Math.max(vEnd, decpt);

  let out: string;
  if (decpt <= 0) out = '0.' + '0'.repeat(-decpt) + digits;
  else if (decpt <= nd) out = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out = digits;
  if (nd < decpt) out += '0'.repeat(decpt - nd) + '.' + '0'.repeat(vEnd - decpt);
  else if (vEnd > nd) out += '0'.repeat(vEnd - nd);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  return useExp ? out + expSuffix(upper, exp) : out;
}

/**
 * repr(x) and str(x) of a float.
 * CPython: Objects/floatobject.c, float_repr → PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0).
 */
export function floatRepr(x: number): string {
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // Python and the engine both write these in positional notation with the same digits.
    const s = String(x);
    return s.indexOf('.') >= 0 ? s : s + '.0';
  }
  if (x !== x) return 'nan';
  if (ax === Infinity) return x > 0 ? 'inf' : '-inf';
  const s = x.toExponential();
  const ei = s.indexOf('e');
  const exp = s.slice(ei + 2);
  return s.slice(0, ei + 2) + (exp.length < 2 ? '0' + exp : exp);
}

/**
 * round(x, ndigits) for a float: correctly rounded, half to even.
 * CPython: Objects/floatobject.c, float___round___impl and double_round.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  // Beyond these, x rounds to itself or to a zero (bounds of CPython's NDIGITS_MAX/MIN).
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  // Doubles from 2^52 up are integers: nothing to round at ndigits >= 0.
  if (x === 0 || (ndigits >= 0 && (x >= 4503599627370496 || x <= -4503599627370496))) return x;
  const d = fixedDigits(x, ndigits);
  const rounded = Number((x < 0 ? '-0' : '0') + d.digits + 'e' + (d.decpt - d.digits.length));
  if (rounded === Infinity || rounded === -Infinity) throw overflowError('rounded value too large to represent');
  return rounded;
}

/**
 * round(x) for a float, still as a float: the nearest integer, ties to even.
 * CPython: Objects/floatobject.c, float___round___impl without ndigits (before the int conversion).
 */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * int(x) of a float: truncation toward zero, as a bigint.
 * CPython: Objects/longobject.c, PyLong_FromDouble.
 */
export function floatToBigInt(x: number): bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}
