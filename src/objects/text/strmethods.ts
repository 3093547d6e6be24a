/**
 * The str methods that are pure functions of strings, with Python's semantics on JS strings.
 * Indices, lengths and widths count code points, as Python's do (a character outside the BMP is
 * one character); strings without surrogates take the direct code-unit paths.
 * CPython: Objects/unicodeobject.c and Objects/stringlib/ (split.h, find.h, count.h, transmogrify.h).
 */
import { typeError, valueError } from './errors.js';
import {
  cpLength,
  hasSurrogates,
  isAlnum,
  isAlpha,
  isCased,
  isCaseIgnorable,
  isDecimal,
  isDigit,
  isLinebreak,
  isLower,
  isNumeric,
  isPrintable,
  isSpace,
  isTitle,
  isUpper,
  isXidContinue,
  isXidStart,
  toFoldedFull,
  toLowerFull,
  toTitleFull,
  toUpperFull,
} from './unicode.js';

/** An optional index argument: null/undefined is Python's None (the default). */
export type OptIndex = number | null | undefined;

// ---------------------------------------------------------------------------------------------
// Index helpers

/** CPython: ADJUST_INDICES. */
function adjustIndices(start: OptIndex, end: OptIndex, len: number): [number, number] {
  let st = start ?? 0;
  let en = end ?? len;
  if (en > len) en = len;
  else if (en < 0) {
    en += len;
    if (en < 0) en = 0;
  }
  if (st < 0) {
    st += len;
    if (st < 0) st = 0;
  }
  return [st, en];
}

/** The code-unit offset of code point index `cp` (clamped to the string). */
function unitOffset(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The code point index of code-unit offset `unit`. */
function cpIndex(s: string, unit: number): number {
  return cpLength(s.slice(0, unit));
}

/** A slice of `s` by Python indices already adjusted: [unit start, unit end, cp length]. */
interface Window {
  us: number;
  ue: number;
  astral: boolean;
}

function window(s: string, st: number, en: number): Window {
  if (!hasSurrogates(s)) return { us: st, ue: en, astral: false };
  return { us: unitOffset(s, st), ue: unitOffset(s, en), astral: true };
}

// ---------------------------------------------------------------------------------------------
// Searching

/** str.find. CPython: any_find_slice. */
export function strFind(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const len = cpLength(s);
  const [st, en] = adjustIndices(start, end, len);
  const subLen = cpLength(sub);
  if (en - st < subLen) return -1;
  if (subLen === 0) return st;
  const w = window(s, st, en);
  const i = s.indexOf(sub, w.us);
  if (i < 0 || i + sub.length > w.ue) return -1;
  return w.astral ? cpIndex(s, i) : i;
}

/** str.rfind. */
export function strRfind(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const len = cpLength(s);
  const [st, en] = adjustIndices(start, end, len);
  const subLen = cpLength(sub);
  if (en - st < subLen) return -1;
  if (subLen === 0) return en;
  const w = window(s, st, en);
  const i = s.lastIndexOf(sub, w.ue - sub.length);
  if (i < 0 || i < w.us) return -1;
  return w.astral ? cpIndex(s, i) : i;
}

/** str.index: str.find raising ValueError. */
export function strIndex(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

/** str.rindex. */
export function strRindex(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw valueError('substring not found');
  return i;
}

/** str.count: non-overlapping occurrences. CPython: unicode_count_impl. */
export function strCount(s: string, sub: string, start?: OptIndex, end?: OptIndex): number {
  const len = cpLength(s);
  const [st, en] = adjustIndices(start, end, len);
  const subLen = cpLength(sub);
  if (en - st < subLen) return 0;
  if (subLen === 0) return en - st + 1;
  const w = window(s, st, en);
  let n = 0;
  let i = w.us;
  for (;;) {
    i = s.indexOf(sub, i);
    if (i < 0 || i + sub.length > w.ue) return n;
    n++;
    i += sub.length;
  }
}

/** One prefix/suffix test. CPython: tailmatch. */
function tailMatch(s: string, sub: string, start: OptIndex, end: OptIndex, suffix: boolean): boolean {
  const len = cpLength(s);
  let [st, en] = adjustIndices(start, end, len);
  const subLen = cpLength(sub);
  en -= subLen;
  if (en < st) return false;
  if (subLen === 0) return true;
  const w = window(s, st, en);
  return s.startsWith(sub, suffix ? w.ue : w.us);
}

/** str.startswith with a str or a tuple of str. */
export function strStartswith(s: string, prefix: string | readonly string[], start?: OptIndex, end?: OptIndex): boolean {
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, false);
  return prefix.some((p) => tailMatch(s, p, start, end, false));
}

/** str.endswith with a str or a tuple of str. */
export function strEndswith(s: string, suffix: string | readonly string[], start?: OptIndex, end?: OptIndex): boolean {
  if (typeof suffix === 'string') return tailMatch(s, suffix, start, end, true);
  return suffix.some((p) => tailMatch(s, p, start, end, true));
}

/**
 * str.replace(old, new, count): count < 0 replaces all.
 * CPython: Objects/unicodeobject.c, replace.
 */
export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  if (s.length < old.length) return s;
  if (count < 0) count = Infinity;
  else if (count === 0) return s;
  if (old === replacement) return s;
  if (old === '') {
    // Insert before every character and at the end, up to count times.
    let out = '';
    let i = 0;
    let n = 0;
    while (i < s.length && n < count) {
      const step = s.codePointAt(i)! > 0xffff ? 2 : 1;
      out += replacement + s.slice(i, i + step);
      i += step;
      n++;
    }
    if (n < count) return out + replacement;
    return out + s.slice(i);
  }
  if (count === Infinity) return s.split(old).join(replacement);
  let out = '';
  let i = 0;
  let n = 0;
  while (n < count) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + replacement;
    i = j + old.length;
    n++;
  }
  return n === 0 ? s : out + s.slice(i);
}

// ---------------------------------------------------------------------------------------------
// Splitting

function isSpaceUnit(c: number): boolean {
  return c < 128 ? (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) : isSpace(c);
}

/**
 * str.split(sep, maxsplit): sep null splits on runs of whitespace; maxsplit < 0 is unlimited.
 * CPython: Objects/stringlib/split.h, split_whitespace and split.
 */
export function strSplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  let max = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  const n = s.length;
  if (sep === null) {
    let i = 0;
    while (max-- > 0) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep === '') throw valueError('empty separator');
  if (max === Infinity) return s.split(sep);
  let i = 0;
  while (max-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** str.rsplit. CPython: Objects/stringlib/split.h, rsplit_whitespace and rsplit. */
export function strRsplit(s: string, sep: string | null = null, maxsplit = -1): string[] {
  if (maxsplit < 0) return strSplit(s, sep, -1);
  let max = maxsplit;
  const out: string[] = [];
  if (sep === null) {
    let i = s.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep === '') throw valueError('empty separator');
  let j = s.length;
  while (max-- > 0) {
    const k = j - sep.length;
    const pos = k < 0 ? -1 : s.lastIndexOf(sep, k);
    if (pos < 0) break;
    out.push(s.slice(pos + sep.length, j));
    j = pos;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** str.splitlines. CPython: Objects/stringlib/split.h, splitlines. */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLinebreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** str.partition. */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw valueError('empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return [s, '', ''];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.rpartition. */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === '') throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return ['', '', s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---------------------------------------------------------------------------------------------
// Stripping

/** CPython: do_strip (whitespace) and _PyUnicode_XStrip (chars); which: 0 left, 1 right, 2 both. */
function strip(s: string, chars: string | null, which: 0 | 1 | 2): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (which !== 1) while (i < j && isSpaceUnit(s.charCodeAt(i))) i++;
    if (which !== 0) while (j > i && isSpaceUnit(s.charCodeAt(j - 1))) j--;
  } else if (!hasSurrogates(chars)) {
    if (which !== 1) while (i < j && chars.indexOf(s[i]) >= 0) i++;
    if (which !== 0) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
  } else {
    const set = new Set<string>(chars);
    const cps = [...s];
    let a = 0;
    let b = cps.length;
    if (which !== 1) while (a < b && set.has(cps[a])) a++;
    if (which !== 0) while (b > a && set.has(cps[b - 1])) b--;
    return a === 0 && b === cps.length ? s : cps.slice(a, b).join('');
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** str.strip(chars); chars null strips whitespace. */
export function strStrip(s: string, chars: string | null = null): string {
  return strip(s, chars, 2);
}

export function strLstrip(s: string, chars: string | null = null): string {
  return strip(s, chars, 0);
}

export function strRstrip(s: string, chars: string | null = null): string {
  return strip(s, chars, 1);
}

// ---------------------------------------------------------------------------------------------
// Padding

function fillChar(fill: string): string {
  if (fill.length === 1 || (fill.length === 2 && cpLength(fill) === 1)) return fill;
  throw typeError('The fill character must be exactly one character long');
}

/** str.center. CPython: unicode_center_impl (the left margin favours odd widths). */
export function strCenter(s: string, width: number, fill = ' '): string {
  fill = fillChar(fill);
  const len = cpLength(s);
  if (len >= width) return s;
  const marg = width - len;
  const left = (marg >> 1) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

export function strLjust(s: string, width: number, fill = ' '): string {
  fill = fillChar(fill);
  const len = cpLength(s);
  return len >= width ? s : s + fill.repeat(width - len);
}

export function strRjust(s: string, width: number, fill = ' '): string {
  fill = fillChar(fill);
  const len = cpLength(s);
  return len >= width ? s : fill.repeat(width - len) + s;
}

/** str.zfill. CPython: unicode_zfill_impl. */
export function strZfill(s: string, width: number): string {
  const len = cpLength(s);
  if (len >= width) return s;
  const zeros = '0'.repeat(width - len);
  const c = s[0];
  if (c === '+' || c === '-') return c + zeros + s.slice(1);
  return zeros + s;
}

/** str.expandtabs. CPython: unicode_expandtabs_impl. */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(from, i);
      from = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else if (c === 10 || c === 13) {
      col = 0;
    } else if (!(isLowSurrogate(c) && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) {
      col++;
    }
  }
  return out + s.slice(from);
}

// ---------------------------------------------------------------------------------------------
// Case

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** The lower-case mapping of s[i] in context: the final-sigma rule. CPython: lower_ucs4. */
function lowerAt(cps: readonly number[], i: number): string {
  const c = cps[i];
  if (c === 0x3a3) return handleCapitalSigma(cps, i);
  return toLowerFull(c);
}

/** CPython: handle_capital_sigma. */
function handleCapitalSigma(cps: readonly number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  let final = j >= 0 && isCased(cps[j]);
  if (final && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorable(cps[j])) j++;
    final = j === cps.length || !isCased(cps[j]);
  }
  return final ? '\u03c2' : '\u03c3';
}

function toCodePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** str.upper. */
export function strUpper(s: string): string {
  return s.toUpperCase();
}

/** str.lower (with the final-sigma rule, as the engine's). */
export function strLower(s: string): string {
  return s.toLowerCase();
}

/** str.title. CPython: do_title. */
export function strTitle(s: string): string {
  if (ASCII_ONLY.test(s)) {
    let out = '';
    let prevCased = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const upper = c >= 65 && c <= 90;
      const lower = c >= 97 && c <= 122;
      if (prevCased) out += upper ? String.fromCharCode(c + 32) : s[i];
      else out += lower ? String.fromCharCode(c - 32) : s[i];
      prevCased = upper || lower;
    }
    return out;
  }
  const cps = toCodePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? lowerAt(cps, i) : toTitleFull(cps[i]);
    prevCased = isCased(cps[i]);
  }
  return out;
}

/** str.capitalize: the first character in title case, the rest lower. CPython: do_capitalize. */
export function strCapitalize(s: string): string {
  if (s === '') return s;
  const cps = toCodePoints(s);
  let out = toTitleFull(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** str.swapcase. CPython: do_swapcase. */
export function strSwapcase(s: string): string {
  const cps = toCodePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (isUpper(c)) out += lowerAt(cps, i);
    else if (isLower(c)) out += toUpperFull(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

/** str.casefold. CPython: do_casefold. */
export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of toCodePoints(s)) out += toFoldedFull(c);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Predicates

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (!pred(c)) return false;
    if (c > 0xffff) i++;
  }
  return true;
}

export function strIsspace(s: string): boolean {
  return all(s, isSpace);
}

export function strIsdigit(s: string): boolean {
  return all(s, isDigit);
}

export function strIsdecimal(s: string): boolean {
  return all(s, isDecimal);
}

export function strIsnumeric(s: string): boolean {
  return all(s, isNumeric);
}

export function strIsalpha(s: string): boolean {
  return all(s, isAlpha);
}

export function strIsalnum(s: string): boolean {
  return all(s, isAlnum);
}

/** str.isascii (True for ''). */
export function strIsascii(s: string): boolean {
  return ASCII_ONLY.test(s);
}

/** str.isprintable (True for ''). */
export function strIsprintable(s: string): boolean {
  return s === '' || all(s, isPrintable);
}

/** str.isupper. CPython: unicode_isupper_impl. */
export function strIsupper(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    if (isLower(c) || isTitle(c)) return false;
    if (!cased && isUpper(c)) cased = true;
  }
  return cased;
}

/** str.islower. CPython: unicode_islower_impl. */
export function strIslower(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    if (isUpper(c) || isTitle(c)) return false;
    if (!cased && isLower(c)) cased = true;
  }
  return cased;
}

/** str.istitle. CPython: unicode_istitle_impl. */
export function strIstitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of toCodePoints(s)) {
    if (isUpper(c) || isTitle(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

/** str.isidentifier. CPython: _PyUnicode_ScanIdentifier. */
export function strIsidentifier(s: string): boolean {
  if (s === '') return false;
  const cps = toCodePoints(s);
  if (!isXidStart(cps[0]) && cps[0] !== 0x5f) return false;
  for (let i = 1; i < cps.length; i++) if (!isXidContinue(cps[i])) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// repr and ascii

const PLAIN_REPR = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
const HEX = '0123456789abcdef';

function hexEscape(c: number): string {
  if (c <= 0xff) return '\\x' + HEX[c >> 4] + HEX[c & 15];
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/**
 * repr(s) of a str: single quotes unless s contains ' and no ", escapes for backslash, the
 * quote, \t \n \r, \xNN/\uNNNN/\UNNNNNNNN for the non-printable characters.
 * With `asciiOnly`, every non-ASCII character is escaped too (ascii()).
 * CPython: Objects/unicodeobject.c, unicode_repr (and PyObject_ASCII).
 */
export function strRepr(s: string, asciiOnly = false): string {
  if (PLAIN_REPR.test(s)) return "'" + s + "'";
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      c = s.codePointAt(i)!;
    }
    const width = c > 0xffff ? 2 : 1;
    if (c === 92) out += '\\\\';
    else if (c === 39 && quote === "'") out += "\\'";
    else if (c === 34 && quote === '"') out += '\\"';
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += hexEscape(c);
    else if (c < 0x7f) out += s[i];
    else if (!asciiOnly && isPrintable(c)) out += s.slice(i, i + width);
    else out += hexEscape(c);
    i += width - 1;
  }
  return out + quote;
}

/** ascii(s) of a str. CPython: PyObject_ASCII on a str. */
export function strAscii(s: string): string {
  return strRepr(s, true);
}
