/**
 * Text to numbers: int(str, base) and float(str).
 * CPython: Objects/longobject.c (PyLong_FromUnicodeObject, PyLong_FromString),
 * Objects/floatobject.c (PyFloat_FromString) and Python/pystrtod.c.
 */
import { valueError } from './errors.js';
import { getIntMaxStrDigits } from './inttext.js';
import { strRepr } from './strmethods.js';
import { decimalValue, isSpace } from './unicode.js';

/**
 * Rewrites non-ASCII whitespace to ' ' and non-ASCII decimal digits to ASCII ones; any other
 * non-ASCII character makes the text invalid (returns null).
 * CPython: _PyUnicode_TransformDecimalAndSpaceToASCII.
 */
function toAsciiDigitsAndSpaces(text: string): string | null {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c < 127) out += String.fromCharCode(c);
    else if (isSpace(c)) out += ' ';
    else {
      const d = decimalValue(c);
      if (d < 0) return null;
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** The repr of the text for messages, cut at `limit` characters like CPython's %.200R. */
function reprForMessage(text: string, limit: number): string {
  const r = strRepr(text);
  if (r.length <= limit) return r;
  return [...r].slice(0, limit).join('');
}

/**
 * int(text, base): base 0 (prefix auto-detection) or 2..36.
 * CPython: Objects/longobject.c, PyLong_FromUnicodeObject → PyLong_FromString, and the base
 * check of long_new_impl.
 */
export function parseIntLiteral(text: string, base = 10): bigint {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const invalid = () => valueError(`invalid literal for int() with base ${base}: ${reprForMessage(text, 200)}`);
  const s = toAsciiDigitsAndSpaces(text);
  if (s === null) throw invalid();
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  let b = base;
  let errorIfNonzero = false;
  const p1 = s[i + 1];
  if (b === 0) {
    if (s[i] !== '0') b = 10;
    else if (p1 === 'x' || p1 === 'X') b = 16;
    else if (p1 === 'o' || p1 === 'O') b = 8;
    else if (p1 === 'b' || p1 === 'B') b = 2;
    else {
      // A C-style octal literal: only zeros are allowed.
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (
    s[i] === '0' &&
    ((b === 16 && (p1 === 'x' || p1 === 'X')) ||
      (b === 8 && (p1 === 'o' || p1 === 'O')) ||
      (b === 2 && (p1 === 'b' || p1 === 'B')))
  ) {
    i += 2;
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') throw invalid();
  const start = i;
  let digits = 0;
  let prevUnderscore = false;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) throw invalid();
      prevUnderscore = true;
    } else if (digitValue(c) < b) {
      digits++;
      prevUnderscore = false;
    } else break;
    i++;
  }
  if (prevUnderscore) throw invalid();
  const maxDigits = getIntMaxStrDigits();
  if ((b & (b - 1)) !== 0 && maxDigits > 0 && digits > maxDigits) {
    throw valueError(
      `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  if (i === start) throw invalid();
  const body = s.slice(start, i);
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw invalid();
  let value = parseDigits(body.indexOf('_') >= 0 ? body.replace(/_/g, '') : body, b);
  if (errorIfNonzero && value !== 0n) throw invalid();
  if (negative) value = -value;
  return value;
}

/** The value of clean digits in a base. */
function parseDigits(digits: string, base: number): bigint {
  if (digits.length <= 15 && base <= 10) return BigInt(parseInt(digits, base));
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt('0x' + digits);
    case 8:
      return BigInt('0o' + digits);
    case 2:
      return BigInt('0b' + digits);
  }
  // Other bases: chunks of digits that fit a double exactly.
  const chunk = Math.floor(Math.log(2 ** 53) / Math.log(base));
  let value = 0n;
  for (let k = 0; k < digits.length; k += chunk) {
    const part = digits.slice(k, k + chunk);
    value = value * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return value;
}

const FLOAT_SYNTAX = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * float(text).
 * CPython: Objects/floatobject.c, PyFloat_FromString; Python/pystrtod.c, _PyOS_ascii_strtod;
 * Python/pystrtod.c, _Py_string_to_number_with_underscores.
 */
export function parseFloatText(text: string): number {
  const invalid = () => valueError(`could not convert string to float: ${strRepr(text)}`);
  const ascii = toAsciiDigitsAndSpaces(text);
  if (ascii === null) throw invalid();
  let a = 0;
  let b = ascii.length;
  while (a < b && isAsciiSpace(ascii.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(ascii.charCodeAt(b - 1))) b--;
  let s = ascii.slice(a, b);
  if (s.indexOf('_') >= 0) {
    // Underscores only between digits.
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) !== 95) continue;
      const before = s.charCodeAt(i - 1);
      const after = s.charCodeAt(i + 1);
      if (!(before >= 48 && before <= 57) || !(after >= 48 && after <= 57)) throw invalid();
    }
    s = s.replace(/_/g, '');
  }
  if (FLOAT_SYNTAX.test(s)) return Number(s);
  const special = FLOAT_SPECIAL.exec(s);
  if (special === null) throw invalid();
  if (special[2].toLowerCase() === 'nan') return NaN;
  return special[1] === '-' ? -Infinity : Infinity;
}
