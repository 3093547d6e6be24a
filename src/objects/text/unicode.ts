/**
 * Character classes with Python's definitions, on code points.
 * CPython: Objects/unicodectype.c (the _PyUnicode_Is* predicates) and Tools/unicode/makeunicodedata.py.
 *
 * ASCII is decided exactly by tables; other characters by JavaScript's Unicode property escapes
 * (the engine's Unicode version may be newer than CPython 3.11's 14.0), plus the generated
 * tables of unicodedata.ts for what the property escapes cannot express.
 */
import { DIGIT_EXTRA_RANGES, FOLD_SPECIAL, NUMERIC_EXTRA_RANGES, TITLE_SPECIAL } from './unicodedata.js';

const RE_LETTER = /\p{L}/u;
const RE_DECIMAL = /\p{Nd}/u;
const RE_NUMBER = /\p{N}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_CASED = /\p{Cased}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const RE_NOT_PRINTABLE = /[\p{C}\p{Z}]/u;
const RE_XID_START = /\p{XID_Start}/u;
const RE_XID_CONTINUE = /\p{XID_Continue}/u;

/** True for a surrogate code unit: strings without them index code points directly. */
export function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** The number of code points of `s` (Python's len). */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The code points of `s`. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

function inRanges(cp: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (cp < ranges[i]) return false;
    if (cp <= ranges[i + 1]) return true;
  }
  return false;
}

/** Python's str.isspace for one character. CPython: _PyUnicode_IsWhitespace. */
export function isSpace(cp: number): boolean {
  if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** The line boundaries of str.splitlines. CPython: _PyUnicode_IsLinebreak. */
export function isLinebreak(cp: number): boolean {
  return (
    (cp >= 10 && cp <= 13) ||
    (cp >= 0x1c && cp <= 0x1e) ||
    cp === 0x85 ||
    cp === 0x2028 ||
    cp === 0x2029
  );
}

/** The value of a decimal digit (category Nd), or -1. CPython: _PyUnicode_ToDecimalDigit. */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  if (!RE_DECIMAL.test(String.fromCodePoint(cp))) return -1;
  // Unicode assigns decimal digits in contiguous runs from 0 to 9.
  let start = cp;
  while (start > 0 && RE_DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

export function isDecimal(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_DECIMAL.test(String.fromCodePoint(cp));
}

export function isDigit(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return isDecimal(cp) || inRanges(cp, DIGIT_EXTRA_RANGES);
}

export function isNumeric(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_NUMBER.test(String.fromCodePoint(cp)) || inRanges(cp, NUMERIC_EXTRA_RANGES);
}

export function isAlpha(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return RE_LETTER.test(String.fromCodePoint(cp));
}

export function isAlnum(cp: number): boolean {
  return isAlpha(cp) || isNumeric(cp);
}

export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return RE_UPPER.test(String.fromCodePoint(cp));
}

export function isLower(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return RE_LOWER.test(String.fromCodePoint(cp));
}

export function isTitle(cp: number): boolean {
  if (cp < 128) return false;
  return RE_TITLE.test(String.fromCodePoint(cp));
}

export function isCased(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return RE_CASED.test(String.fromCodePoint(cp));
}

export function isCaseIgnorable(cp: number): boolean {
  if (cp < 128) return cp === 0x27 || cp === 0x2e || cp === 0x3a || cp === 0x5e || cp === 0x60;
  return RE_CASE_IGNORABLE.test(String.fromCodePoint(cp));
}

/** Python's str.isprintable for one character. CPython: _PyUnicode_IsPrintable. */
export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 0x20 && cp < 0x7f;
  return !RE_NOT_PRINTABLE.test(String.fromCodePoint(cp));
}

export function isXidStart(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return RE_XID_START.test(String.fromCodePoint(cp));
}

export function isXidContinue(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 95;
  return RE_XID_CONTINUE.test(String.fromCodePoint(cp));
}

/** The full upper-case mapping of one character. CPython: _PyUnicode_ToUpperFull. */
export function toUpperFull(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 97 && cp <= 122 ? cp - 32 : cp);
  return String.fromCodePoint(cp).toUpperCase();
}

/** The full lower-case mapping of one character, without context. CPython: _PyUnicode_ToLowerFull. */
export function toLowerFull(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  return String.fromCodePoint(cp).toLowerCase();
}

/** The full title-case mapping of one character. CPython: _PyUnicode_ToTitleFull. */
export function toTitleFull(cp: number): string {
  if (cp < 128) return toUpperFull(cp);
  return TITLE_SPECIAL.get(cp) ?? String.fromCodePoint(cp).toUpperCase();
}

/** The full case folding of one character. CPython: _PyUnicode_ToFoldedFull. */
export function toFoldedFull(cp: number): string {
  if (cp < 128) return toLowerFull(cp);
  return FOLD_SPECIAL.get(cp) ?? String.fromCodePoint(cp).toLowerCase();
}
