/**
 * float's methods and constructor. CPython: Objects/floatobject.c (float_methods,
 * float_new_impl, float_as_integer_ratio_impl, float_hex).
 */
import { I } from '../../image/memory.js';
import { Kind, OB_TYPE } from '../../objects/layout.js';
import { T, bool } from '../../objects/statics.js';
import { floatValue, newFloat } from '../../objects/float.js';
import { newIntFrom } from '../../objects/int.js';
import { newStr, strValue } from '../../objects/str.js';
import { newTuple } from '../../objects/tuple.js';
import { typeNameOf } from '../../objects/type.js';
import { parseFloatText } from '../../objects/text/index.js';
import { defineConstructor, defineMethods } from '../natives.js';
import { raise } from '../errors.js';
import { kindOf } from '../abstract.js';
import { formatMethod } from '../formatting.js';
import { floatOf, noArgs, oneArg, someArgs, strArg, text } from './common.js';
import { call } from '../call.js';

const bits = new DataView(new ArrayBuffer(8));

/** The parts of a finite double: sign, biased exponent (0 for zero and subnormals) and 52-bit fraction. */
function decompose(x: number): { negative: boolean; exponent: number; fraction: bigint } {
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  return {
    negative: hi >>> 31 === 1,
    exponent: (hi >>> 20) & 0x7ff,
    fraction: (BigInt(hi & 0xfffff) << 32n) | BigInt(bits.getUint32(4)),
  };
}

/** x as the exact ratio of two ints, the denominator a power of two. CPython: float_as_integer_ratio_impl. */
function asIntegerRatio(self: number): number {
  const x = floatValue(self);
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  const { negative, exponent, fraction } = decompose(x);
  let mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  let power = (exponent === 0 ? 1 : exponent) - 1075; // x = mantissa * 2**power
  while (power < 0 && mantissa !== 0n && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    power++;
  }
  if (mantissa === 0n) power = 0;
  const numerator = power > 0 ? mantissa << BigInt(power) : mantissa;
  const denominator = power < 0 ? 1n << BigInt(-power) : 1n;
  return newTuple([newIntFrom(negative ? -numerator : numerator), newIntFrom(denominator)]);
}

/** x in hexadecimal: [-]0x1.<13 hex digits>p<exponent>. CPython: float_hex. */
function hex(self: number): number {
  const x = floatValue(self);
  if (Number.isNaN(x)) return newStr('nan');
  if (!Number.isFinite(x)) return newStr(x > 0 ? 'inf' : '-inf');
  const { negative, exponent, fraction } = decompose(x);
  const sign = negative ? '-' : '';
  if (exponent === 0 && fraction === 0n) return newStr(`${sign}0x0.0p+0`);
  const lead = exponent === 0 ? '0' : '1';
  const e = exponent === 0 ? -1022 : exponent - 1023;
  return newStr(`${sign}0x${lead}.${fraction.toString(16).padStart(13, '0')}p${e < 0 ? '-' : '+'}${Math.abs(e)}`);
}

defineMethods('float', {
  is_integer: noArgs('float.is_integer', (self) => bool(Number.isInteger(floatValue(self)))),
  as_integer_ratio: noArgs('float.as_integer_ratio', asIntegerRatio),
  hex: noArgs('float.hex', hex),
  conjugate: noArgs('float.conjugate', (self) => (I[self + OB_TYPE] === T.float ? self : newFloat(floatValue(self)))),
  __format__: formatMethod('float'),
});

const HEX_FLOAT = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;
const HEX_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * The double nearest to a hexadecimal string (ties to even), as float.hex() writes them.
 * CPython: float_fromhex.
 */
function parseHexFloat(text: string): number {
  const t = text.trim();
  const special = HEX_SPECIAL.exec(t);
  if (special !== null) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  const m = HEX_FLOAT.exec(t);
  if (m === null || m[2] + (m[3] ?? '') === '') raise('ValueError', 'invalid hexadecimal floating-point string');
  const fraction = m[3] ?? '';
  const mantissa = BigInt('0x0' + m[2] + fraction);
  const sign = m[1] === '-' ? -1 : 1;
  if (mantissa === 0n) return sign * 0;
  let exponent = Number(m[4] ?? '0') - 4 * fraction.length; // value = mantissa * 2**exponent
  const top = mantissa.toString(2).length + exponent; // value < 2**top
  if (top > 1024) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  const drop = Math.max(top - 53, -1074) - exponent; // low bits beyond the double's precision
  let q = mantissa;
  if (drop > 0) {
    q = mantissa >> BigInt(drop);
    const rest = mantissa - (q << BigInt(drop));
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q++;
    exponent += drop;
  }
  const x = Number(q) * 2 ** exponent;
  if (x === Infinity) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  return sign * x;
}

/** float.fromhex(s): cls(the value) for a subclass. CPython: float_fromhex. */
const fromhex = oneArg('float.fromhex', (cls, arg) => {
  const x = newFloat(parseHexFloat(strArg(arg, 'fromhex() argument must be str')));
  return cls === T.float ? x : call(cls, [x]);
});

defineMethods('float', { fromhex }, 'classmethod');

/** float(x=0.0). CPython: float_new_impl, PyFloat_FromString, PyNumber_Float. */
defineConstructor('float', someArgs('float', 0, 1, (cls, args, nargs) => {
  const x = nargs === 0 ? 0 : I[args];
  if (cls === T.float && (x & 1) === 0 && x !== 0 && I[x + OB_TYPE] === T.float) return x;
  let value: number | undefined = 0;
  if (x !== 0) value = kindOf(x) === Kind.Str ? text(() => parseFloatText(strValue(x))) : floatOf(x);
  if (value === undefined) raise('TypeError', `float() argument must be a string or a real number, not '${typeNameOf(x)}'`);
  const f = newFloat(value);
  I[f + OB_TYPE] = cls;
  return f;
}));
