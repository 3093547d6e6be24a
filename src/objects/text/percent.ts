/**
 * printf-style formatting of str: `fmt % args`.
 * CPython: Objects/unicodeobject.c, PyUnicode_Format (unicode_format_arg_parse,
 * unicode_format_arg_format, unicode_format_arg_output, mainformatlong, formatfloat, formatchar).
 */
import { overflowError, typeError, valueError } from './errors.js';
import { DTSF_ALT, doubleToString, floatToBigInt } from './floatrepr.js';
import { intDigits, intToDecimal } from './inttext.js';
import { cpLength, hasSurrogates } from './unicode.js';

/** A number handed over by the VM. */
export type NumberValue = { kind: 'int'; value: bigint | number } | { kind: 'float'; value: number };

/**
 * Which protocol a conversion uses, so the VM knows what to call on user objects:
 * - 'int' (%d %i %u): ints and bools as they are; floats as they are (truncated here); other
 *   objects through __int__ / __index__ (CPython: PyNumber_Long after PyNumber_Check).
 * - 'index' (%o %x %X %c): ints, bools and objects with __index__ as ints; a float may be
 *   returned as a float (it is then rejected here with CPython's message).
 * - 'float' (%e %E %f %F %g %G): floats; ints (converted here); other objects through __float__
 *   or __index__ (CPython: PyFloat_AsDouble).
 * Return null when the object does not support the protocol.
 */
export type NumberProtocol = 'int' | 'index' | 'float';

/** The right operand of `%`, described by the VM. */
export interface PercentOperand<A> {
  /** The right operand itself: the single argument when it is not a tuple, and the mapping of `%(key)`. */
  value: A;
  /** The items when the right operand is a tuple (or a tuple subclass), else null. */
  tuple: readonly A[] | null;
  /**
   * True when the right operand counts as a mapping: it has __getitem__ and is neither a tuple
   * nor a str (CPython: PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)).
   */
  isMapping: boolean;
}

/** What percentFormat needs from the VM to handle its objects. */
export interface PercentOps<A> {
  /** mapping[key] for `%(key)s`; throws the VM's exception (KeyError...) itself. */
  getItem(mapping: A, key: string): A;
  /** str(a), for %s. */
  str(a: A): string;
  /** repr(a), for %r. */
  repr(a: A): string;
  /** ascii(a), for %a. */
  ascii(a: A): string;
  /** The value when `a` is a str (or subclass), else null; for %c. */
  asStr(a: A): string | null;
  /** `a` as a number through the protocol, or null (see NumberProtocol). */
  toNumber(a: A, protocol: NumberProtocol): NumberValue | null;
  /** The type name of `a` for messages ('str', 'list', ...). */
  typeName(a: A): string;
  /** True when `a` is an int or an int subclass (bool included): what `*` accepts (CPython: PyLong_Check). */
  isInt(a: A): boolean;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const INT_MAX = 2147483647;
const SSIZE_MAX = 9223372036854775807;

/**
 * Formats `fmt % operand`.
 * CPython: Objects/unicodeobject.c, PyUnicode_Format.
 */
export function percentFormat<A>(fmt: string, operand: PercentOperand<A>, ops: PercentOps<A>): string {
  const isMapping = operand.isMapping;
  // The current argument source: a tuple, or a single value (arglen -1), as in CPython.
  let args: A = operand.value;
  let tuple: readonly A[] | null = operand.tuple;
  let arglen = tuple ? tuple.length : -1;
  let argidx = tuple ? 0 : -2;
  const nextArg = (): A => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? args : tuple![i];
    }
    throw typeError('not enough arguments for format string');
  };

  const n = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf('%', pos);
    if (pct < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (pct > pos) out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos < n && fmt.charCodeAt(pos) === 37) {
      out += '%';
      pos++;
      continue;
    }
    // cnt counts the characters not yet read, as CPython's fmtcnt does.
    let cnt = n - pos;
    let ch = '';
    let flags = 0;
    let width = -1;
    let prec = -1;

    if (pos < n && fmt.charCodeAt(pos) === 40) {
      if (!isMapping) throw typeError('format requires a mapping');
      pos++;
      cnt--;
      const keyStart = pos;
      let depth = 1;
      while (depth > 0 && --cnt >= 0) {
        const c = fmt.charCodeAt(pos);
        if (c === 41) depth--;
        else if (c === 40) depth++;
        pos++;
      }
      if (cnt < 0 || depth > 0) throw valueError('incomplete format key');
      args = ops.getItem(operand.value, fmt.slice(keyStart, pos - 1));
      tuple = null;
      arglen = -1;
      argidx = -2;
    }

    while (--cnt >= 0) {
      ch = fmt[pos++];
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
    }

    if (ch === '*') {
      const v = nextArg();
      width = starValue(v, ops, SSIZE_MAX);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (--cnt >= 0) ch = fmt[pos++];
    } else if (ch >= '0' && ch <= '9') {
      width = ch.charCodeAt(0) - 48;
      while (--cnt >= 0) {
        ch = fmt[pos++];
        if (ch < '0' || ch > '9') break;
        const d = ch.charCodeAt(0) - 48;
        if (width > (SSIZE_MAX - d) / 10) throw valueError('width too big');
        width = width * 10 + d;
      }
    }

    if (ch === '.') {
      prec = 0;
      if (--cnt >= 0) ch = fmt[pos++];
      if (ch === '*') {
        const v = nextArg();
        prec = starValue(v, ops, INT_MAX);
        if (prec < 0) prec = 0;
        if (--cnt >= 0) ch = fmt[pos++];
      } else if (ch >= '0' && ch <= '9') {
        prec = ch.charCodeAt(0) - 48;
        while (--cnt >= 0) {
          ch = fmt[pos++];
          if (ch < '0' || ch > '9') break;
          const d = ch.charCodeAt(0) - 48;
          if (prec > (INT_MAX - d) / 10) throw valueError('precision too big');
          prec = prec * 10 + d;
        }
      }
    }

    if (cnt >= 0 && (ch === 'h' || ch === 'l' || ch === 'L')) {
      if (--cnt >= 0) ch = fmt[pos++];
    }
    if (cnt < 0) throw valueError('incomplete format');

    // An astral conversion character: take the whole code point, for the message.
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && pos < n) {
      const low = fmt.charCodeAt(pos);
      if (low >= 0xdc00 && low <= 0xdfff) {
        ch += fmt[pos++];
      }
    }

    const v = nextArg();
    out += formatOne(fmt, pos, ch, v, flags, width, prec, ops);
  }

  if (argidx < arglen && !isMapping) throw typeError('not all arguments converted during string formatting');
  return out;
}

function starValue<A>(v: A, ops: PercentOps<A>, max: number): number {
  if (!ops.isInt(v)) throw typeError('* wants int');
  const num = ops.toNumber(v, 'index');
  const value = num === null ? 0 : num.value;
  const big = typeof value === 'bigint' ? value : BigInt(value);
  if (big > BigInt(max) || big < -BigInt(max) - 1n) {
    throw overflowError(
      max === INT_MAX ? 'Python int too large to convert to C int' : 'Python int too large to convert to C ssize_t',
    );
  }
  return Number(big);
}

/** One conversion: its text, padded. CPython: unicode_format_arg_format + _output. */
function formatOne<A>(
  fmt: string,
  pos: number,
  ch: string,
  v: A,
  flags: number,
  width: number,
  prec: number,
  ops: PercentOps<A>,
): string {
  let s: string;
  let numeric = false;
  switch (ch) {
    case 's':
    case 'r':
    case 'a':
      s = ch === 's' ? ops.str(v) : ch === 'r' ? ops.repr(v) : ops.ascii(v);
      break;
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      s = formatLong(v, ch, flags, prec, ops);
      numeric = true;
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const num = ops.toNumber(v, 'float');
      if (num === null) throw typeError(`must be real number, not ${ops.typeName(v)}`);
      const x = num.kind === 'float' ? num.value : intToDouble(num.value);
      s = doubleToString(x, ch, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
      numeric = true;
      break;
    }
    case 'c':
      s = formatChar(v, ops);
      break;
    default: {
      const cp = ch.codePointAt(0)!;
      const shown = cp >= 31 && cp <= 126 ? ch : '?';
      const index = hasSurrogates(fmt) ? cpLength(fmt.slice(0, pos)) - 1 : pos - 1;
      throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
    }
  }
  return output(s, ch, numeric, flags, width, prec);
}

function intToDouble(v: bigint | number): number {
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw overflowError('int too large to convert to float');
  return x;
}

/** CPython: mainformatlong and _PyUnicode_FormatLong. */
function formatLong<A>(v: A, ch: string, flags: number, prec: number, ops: PercentOps<A>): string {
  const indexOnly = ch === 'o' || ch === 'x' || ch === 'X';
  const num = ops.toNumber(v, indexOnly ? 'index' : 'int');
  if (num === null || (indexOnly && num.kind === 'float')) {
    const what = indexOnly ? 'an integer' : 'a real number';
    throw typeError(`%${ch} format: ${what} is required, not ${ops.typeName(v)}`);
  }
  const value = num.kind === 'float' ? floatToBigInt(num.value) : num.value;
  const negative = typeof value === 'bigint' ? value < 0n : value < 0;
  let digits: string;
  let prefix = '';
  if (ch === 'o') {
    digits = intDigits(value, 8);
    if (flags & F_ALT) prefix = '0o';
  } else if (ch === 'x' || ch === 'X') {
    digits = intDigits(value, 16);
    if (flags & F_ALT) prefix = '0x';
    if (ch === 'X') {
      digits = digits.toUpperCase();
      prefix = prefix.toUpperCase();
    }
  } else {
    const s = intToDecimal(value);
    digits = negative ? s.slice(1) : s;
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  return (negative ? '-' : '') + prefix + digits;
}

/** CPython: formatchar. */
function formatChar<A>(v: A, ops: PercentOps<A>): string {
  const s = ops.asStr(v);
  if (s !== null) {
    if (s.length === 1 || (s.length === 2 && cpLength(s) === 1)) return s;
    throw typeError('%c requires int or char');
  }
  const num = ops.toNumber(v, 'index');
  if (num === null || num.kind === 'float') throw typeError('%c requires int or char');
  const value = typeof num.value === 'bigint' ? num.value : BigInt(num.value);
  if (value < 0n || value > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(value));
}

/** Truncation, sign, prefix and padding. CPython: unicode_format_arg_output. */
function output(s: string, ch: string, numeric: boolean, flags: number, width: number, prec: number): string {
  const astral = hasSurrogates(s);
  let len = astral ? cpLength(s) : s.length;
  if (width <= len && (prec < 0 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return s;
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) {
    s = astral ? [...s].slice(0, prec).join('') : s.slice(0, prec);
    len = prec;
  }
  const fill = numeric && flags & F_ZERO && !(flags & F_LJUST) ? '0' : ' ';
  let sign = '';
  let body = s;
  if (numeric) {
    const c = s[0];
    if (c === '-' || c === '+') {
      sign = c;
      body = s.slice(1);
      len--;
    } else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  if (width < len) width = len;
  let prefix = '';
  if (sign !== '' && width > len) width--;
  if (flags & F_ALT && (ch === 'x' || ch === 'X' || ch === 'o')) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  const padding = width > len ? width - len : 0;
  if (flags & F_LJUST) return sign + prefix + body + ' '.repeat(padding);
  if (fill === '0') return sign + prefix + '0'.repeat(padding) + body;
  return ' '.repeat(padding) + sign + prefix + body;
}
