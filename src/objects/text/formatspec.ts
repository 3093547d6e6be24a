/**
 * The format-spec mini-language of format(), str.format and f-strings, for int, float and str:
 *   [[fill]align][sign][z][#][0][width][grouping_option][.precision][type]
 * CPython: Python/formatter_unicode.c.
 */
import { TextError, overflowError, valueError } from './errors.js';
import { DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, doubleToString, floatRepr } from './floatrepr.js';
import { IntValue, groupDigits, intDigits, intToDecimal } from './inttext.js';
import { cpLength, decimalValue, hasSurrogates } from './unicode.js';

/** A parsed format spec. CPython: InternalFormatSpec. */
export interface FormatSpec {
  /** The fill character (one code point). */
  fill: string;
  /** '<' '>' '=' '^': given, or the default of the formatted type. */
  align: string;
  /** '+' '-' ' ', or '' when not given. */
  sign: string;
  /** The 'z' option: negative zero becomes zero. */
  noNegZero: boolean;
  /** The '#' option. */
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** ',' or '_', or '' for none. */
  grouping: string;
  /** Digits per group: 3, or 4 for '_' with b o x X. */
  groupSize: number;
  /** -1 when not given. */
  precision: number;
  /** The presentation type, or the default of the formatted type ('' for float). */
  type: string;
}

const INT_MAX = 2147483647;
const SSIZE_MAX = 9223372036854775807n;
const LONG_MAX = SSIZE_MAX;

function isAlign(c: string): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** The character as CPython prints it in messages: itself if printable ASCII, else \xNN. */
function charForMessage(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

/** CPython: unknown_presentation_type. */
export function unknownFormatCode(type: string, typeName: string): TextError {
  return valueError(`Unknown format code '${charForMessage(type)}' for object of type '${typeName}'`);
}

/** Reads decimal digits (any Unicode Nd) from `pos`; returns [value, next position]. CPython: get_integer. */
function readInteger(spec: string, pos: number): [number, number] {
  let value = 0;
  let big: bigint | null = null;
  let i = pos;
  while (i < spec.length) {
    const cp = spec.codePointAt(i)!;
    const d = decimalValue(cp);
    if (d < 0) break;
    if (big === null && value < 1e15) value = value * 10 + d;
    else {
      big = (big ?? BigInt(value)) * 10n + BigInt(d);
      if (big > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return [big === null ? value : Number(big), i];
}

/**
 * Parses a format spec for a type whose default presentation type and alignment are given;
 * `typeName` is the type's name for messages.
 * CPython: parse_internal_render_format_spec.
 */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: string, typeName: string): FormatSpec {
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: '',
    groupSize: 3,
    precision: -1,
    type: defaultType,
  };
  const end = spec.length;
  let pos = 0;
  let fillGiven = false;
  let alignGiven = false;

  // [[fill]align]: the fill may be any code point, astral ones included.
  const firstLen = end > 0 && spec.codePointAt(0)! > 0xffff ? 2 : 1;
  if (end > firstLen && isAlign(spec[firstLen])) {
    f.fill = spec.slice(0, firstLen);
    f.align = spec[firstLen];
    fillGiven = alignGiven = true;
    pos = firstLen + 1;
  } else if (end > 0 && isAlign(spec[0])) {
    f.align = spec[0];
    alignGiven = true;
    pos = 1;
  }
  if (pos < end && (spec[pos] === '+' || spec[pos] === '-' || spec[pos] === ' ')) f.sign = spec[pos++];
  if (pos < end && spec[pos] === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (pos < end && spec[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillGiven && pos < end && spec[pos] === '0') {
    f.fill = '0';
    // Zero padding means '=' alignment for numbers only (those aligned right by default).
    if (!alignGiven && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let start = pos;
  [f.width, pos] = readInteger(spec, pos);
  if (pos === start) f.width = -1;
  if (pos < end && spec[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && spec[pos] === '_') {
    if (f.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < end && spec[pos] === ',' && f.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < end && spec[pos] === '.') {
    pos++;
    start = pos;
    [f.precision, pos] = readInteger(spec, pos);
    if (pos === start) throw valueError('Format specifier missing precision');
  }
  if (pos < end) {
    const typeLen = spec.codePointAt(pos)! > 0xffff ? 2 : 1;
    if (end - pos > typeLen) {
      throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
    f.type = spec.slice(pos);
  }
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.grouping === '_') {
          f.groupSize = 4;
          break;
        }
      // falls through
      default:
        throw valueError(`Cannot specify '${f.grouping}' with '${charForMessage(f.type)}'.`);
    }
  }
  return f;
}

// Parsed specs of the three types, by spec text: programs format with few distinct specs.
// The parsed objects are never modified. Specs that fail to parse are not kept.
const floatSpecs = new Map<string, FormatSpec>();
const intSpecs = new Map<string, FormatSpec>();
const strSpecs = new Map<string, FormatSpec>();

function cachedSpec(cache: Map<string, FormatSpec>, spec: string, defaultType: string, typeName: string): FormatSpec {
  let f = cache.get(spec);
  if (f === undefined) {
    f = parseFormatSpec(spec, defaultType, defaultType === 's' ? '<' : '>', typeName);
    if (cache.size >= 512) cache.clear();
    cache.set(spec, f);
  }
  return f;
}

/** Pads `s` (of `len` code points) to the width. CPython: calc_padding and fill_padding. */
function pad(s: string, len: number, f: FormatSpec): string {
  if (f.width <= len) return s;
  const total = f.width - len;
  let left: number;
  if (f.align === '>') left = total;
  else if (f.align === '^') left = Math.floor(total / 2);
  else left = 0;
  return f.fill.repeat(left) + s + f.fill.repeat(total - left);
}

/**
 * Lays out a number: sign, prefix, digits (grouped and zero-padded), remainder (decimal point,
 * fraction, exponent, '%', or the character of 'c'), and padding.
 * CPython: calc_number_widths and fill_number.
 */
function layoutNumber(
  negative: boolean,
  prefix: string,
  digits: string,
  remainder: string,
  f: FormatSpec,
  upper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const remainderLen = remainder.length > 1 && hasSurrogates(remainder) ? cpLength(remainder) : remainder.length;
  const nonDigits = sign.length + prefix.length + remainderLen;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  let grouped = '';
  if (digits !== '') {
    grouped = groupDigits(digits, minWidth, f.grouping, f.groupSize);
  }
  if (upper) {
    prefix = prefix.toUpperCase();
    grouped = grouped.toUpperCase();
  }
  const padding = f.width - (nonDigits + grouped.length);
  let left = '';
  let inner = '';
  let right = '';
  if (padding > 0) {
    switch (f.align) {
      case '<':
        right = f.fill.repeat(padding);
        break;
      case '^':
        left = f.fill.repeat(Math.floor(padding / 2));
        right = f.fill.repeat(padding - Math.floor(padding / 2));
        break;
      case '=':
        inner = f.fill.repeat(padding);
        break;
      default:
        left = f.fill.repeat(padding);
    }
  }
  return left + sign + prefix + inner + grouped + remainder + right;
}

/**
 * format(s, spec) for a str. `typeName` names the type in error messages (a str subclass).
 * CPython: Objects/unicodeobject.c, unicode___format__ → _PyUnicode_FormatAdvancedWriter.
 */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = cachedSpec(strSpecs, spec, 's', typeName);
  if (f.type !== 's') throw unknownFormatCode(f.type, typeName);
  return formatStrWith(s, f);
}

/** CPython: format_string_internal. */
export function formatStrWith(s: string, f: FormatSpec): string {
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  if (f.width < 0 && f.precision < 0) return s;
  const astral = hasSurrogates(s);
  let len = astral ? cpLength(s) : s.length;
  if (f.precision >= 0 && len > f.precision) {
    s = astral ? sliceCodePoints(s, f.precision) : s.slice(0, f.precision);
    len = f.precision;
  }
  return pad(s, len, f);
}

function sliceCodePoints(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return s.slice(0, i);
}

/**
 * format(v, spec) for an int. With an empty spec this is str(v); for a subclass (bool) the VM
 * should call str() itself in that case, as CPython does. `typeName` names the type in messages.
 * CPython: Objects/longobject.c, long__format__ → _PyLong_FormatAdvancedWriter.
 */
export function formatInt(v: IntValue, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimal(v);
  const f = cachedSpec(intSpecs, spec, 'd', typeName);
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntWith(v, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatWith(intToFloat(v), f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
}

/**
 * float(v) of an int: correctly rounded, OverflowError when too large.
 * CPython: Objects/longobject.c, PyLong_AsDouble.
 */
export function intToFloat(v: IntValue): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw overflowError('int too large to convert to float');
  return x;
}

/** CPython: format_long_internal. */
export function formatIntWith(v: IntValue, f: FormatSpec): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const negative = typeof v === 'bigint' ? v < 0n : v < 0;
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    const big = typeof v === 'bigint' ? v : BigInt(v);
    if (big > LONG_MAX || big < -LONG_MAX - 1n) throw overflowError('Python int too large to convert to C long');
    if (big < 0n || big > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(false, '', '', String.fromCodePoint(Number(big)), f, false);
  }
  let base: 2 | 8 | 10 | 16 = 10;
  let prefix = '';
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = '0x';
      break;
  }
  // 'n' is 'd' with the locale's grouping, and CPython runs in the C locale: no grouping.
  const digits = intDigits(v, base);
  return layoutNumber(negative, f.alternate ? prefix : '', digits, '', f, f.type === 'X');
}

/**
 * format(x, spec) for a float. `typeName` names the type in messages (a float subclass).
 * CPython: Objects/floatobject.c, float___format___impl → _PyFloat_FormatAdvancedWriter.
 */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = cachedSpec(floatSpecs, spec, '', typeName);
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatWith(x, f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
}

/** CPython: format_float_internal. */
export function formatFloatWith(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw valueError('precision too big');
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNegZero) flags |= DTSF_NO_NEG_0;
  let type = f.type;
  let defaultPrecision = 6;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let percent = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    percent = true;
  }
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = flags === DTSF_ADD_DOT_0 && type === 'r' ? floatRepr(x) : doubleToString(x, type, precision, flags);
  if (percent) s += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') return s;
  const negative = s.charCodeAt(0) === 45;
  if (negative) s = s.slice(1);
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return layoutNumber(negative, '', s.slice(0, i), s.slice(i), f, false);
}
