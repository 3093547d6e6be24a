/**
 * Integers to text: str/repr, hex/oct/bin, digit grouping, and round() with negative ndigits.
 * CPython: Objects/longobject.c (long_to_decimal_string, long_format_binary, long_round) and
 * Objects/stringlib/localeutil.h (_PyUnicode_InsertThousandsGrouping).
 */
import { valueError } from './errors.js';

/** A Python int as the VM may hold it: a bigint, or a number that is an integer. */
export type IntValue = bigint | number;

/** The limit of sys.set_int_max_str_digits (0: no limit). CPython: _PY_LONG_DEFAULT_MAX_STR_DIGITS. */
let maxStrDigits = 4300;

/** sys.get_int_max_str_digits(). */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n): n is 0 or at least 640 (the caller checks). */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

function toBig(v: IntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/**
 * str(v) of an int, with the max-str-digits check.
 * CPython: Objects/longobject.c, long_to_decimal_string_internal.
 */
export function intToDecimal(v: IntValue): string {
  if (typeof v === 'number' && v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER) {
    return v === 0 ? '0' : String(v);
  }
  const s = toBig(v).toString();
  if (maxStrDigits > 0 && s.length - (s.charCodeAt(0) === 45 ? 1 : 0) > maxStrDigits) {
    throw valueError(
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return s;
}

/**
 * The digits of |v| in base 2, 8, 10 or 16 (lower case), without sign or prefix.
 * Base 10 applies the max-str-digits check.
 */
export function intDigits(v: IntValue, base: 2 | 8 | 10 | 16): string {
  if (base === 10) {
    const s = intToDecimal(v);
    return s.charCodeAt(0) === 45 ? s.slice(1) : s;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v)) return Math.abs(v).toString(base);
  const b = toBig(v);
  return (b < 0n ? -b : b).toString(base);
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/**
 * An int in base 10 (as str()), or in base 2, 8 or 16 with the prefix of bin(), oct() and hex():
 * hex(-31) is '-0x1f'.
 * CPython: Objects/longobject.c, long_format_binary (via PyNumber_ToBase).
 */
export function intToString(v: IntValue, base: 2 | 8 | 10 | 16 = 10): string {
  if (base === 10) return intToDecimal(v);
  const negative = typeof v === 'bigint' ? v < 0n : v < 0;
  return (negative ? '-' : '') + PREFIX[base] + intDigits(v, base);
}

/**
 * Inserts separators every `groupSize` digits from the right, and zero-pads the digits (with
 * separators) to at least `minWidth` characters; the result may overshoot minWidth by one
 * character, as CPython's does ('0,001,234' for width 8).
 * An empty separator means no grouping: only the zero padding.
 * CPython: Objects/stringlib/localeutil.h, _PyUnicode_InsertThousandsGrouping.
 */
export function groupDigits(digits: string, minWidth: number, sep: string, groupSize: number): string {
  if (sep === '') {
    return minWidth > digits.length ? '0'.repeat(minWidth - digits.length) + digits : digits;
  }
  let remaining = digits.length;
  let width = Math.max(0, minWidth);
  let pos = digits.length;
  const groups: string[] = [];
  for (;;) {
    const len = Math.min(groupSize, Math.max(remaining, width, 1));
    const nChars = Math.max(0, Math.min(remaining, len));
    const nZeros = Math.max(0, len - remaining);
    groups.push((nZeros > 0 ? '0'.repeat(nZeros) : '') + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    width -= len;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return groups.reverse().join(sep);
}

/**
 * round(v, ndigits) for an int: v itself when ndigits >= 0, else v rounded to a multiple of
 * 10^-ndigits, ties to even.
 * CPython: Objects/longobject.c, int___round___impl.
 */
export function roundInt(v: IntValue, ndigits: IntValue): bigint {
  const big = toBig(v);
  const nd = toBig(ndigits);
  if (nd >= 0n) return big;
  const k = -nd;
  const magnitude = big < 0n ? -big : big;
  // |v| < 10^(k-1) <= half of 10^k: rounds to zero (and 10^k would be needlessly huge).
  if (k > BigInt(magnitude.toString().length) + 1n) return 0n;
  const pow = 10n ** k;
  let q = big / pow;
  let r = big % pow;
  if (r < 0n) {
    // floor division, as divmod_near starts from
    q -= 1n;
    r += pow;
  }
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) r -= pow;
  return big - r;
}
