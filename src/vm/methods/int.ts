/**
 * int's and bool's methods and constructors. CPython: Objects/longobject.c (long_methods,
 * long_new_impl), Objects/boolobject.c (bool_vectorcall).
 */
import { I } from '../../image/memory.js';
import { allocObject } from '../../image/heap.js';
import { INT_LIMBS, INT_NLIMBS, Kind, OB_TYPE } from '../../objects/layout.js';
import { T, bool } from '../../objects/statics.js';
import { intValue, newInt, newIntFrom } from '../../objects/int.js';
import { strValue } from '../../objects/str.js';
import { newTuple } from '../../objects/tuple.js';
import { typeNameOf } from '../../objects/type.js';
import { parseIntLiteral } from '../../objects/text/index.js';
import { defineConstructor, defineMethods } from '../natives.js';
import { raise } from '../errors.js';
import { isTrue, kindOf } from '../abstract.js';
import { formatMethod } from '../formatting.js';
import { type Params, intOf, noArgs, someArgs, ssizeArg, text, unpackKeywords } from './common.js';

/** The binary digits of |v|. */
function binaryDigits(v: number): string {
  const n = intValue(v);
  return (n < 0 ? -n : n).toString(2);
}

/** int(v) of an int-like: v itself for an exact int (bool and subclasses give a plain int). */
function exactInt(v: number): number {
  return (v & 1) === 1 || I[v + OB_TYPE] === T.int ? v : newIntFrom(intValue(v));
}

defineMethods('int', {
  bit_length: noArgs('int.bit_length', (self) => newInt(intValue(self) == 0 ? 0 : binaryDigits(self).length)),
  bit_count: noArgs('int.bit_count', (self) => newInt(binaryDigits(self).replace(/0/g, '').length)),
  conjugate: noArgs('int.conjugate', exactInt),
  as_integer_ratio: noArgs('int.as_integer_ratio', (self) => newTuple([exactInt(self), newInt(1)])),
  __format__: formatMethod('int'),
});

/** An int of class `cls`: a plain int, or a heap object of the subclass holding the value's limbs. */
function intOfType(cls: number, value: number | bigint): number {
  if (cls === T.int) return newIntFrom(value);
  let mag = BigInt(value);
  const negative = mag < 0n;
  if (negative) mag = -mag;
  const limbs: number[] = [];
  for (; mag > 0n; mag >>= 32n) limbs.push(Number(mag & 0xffffffffn) | 0);
  const o = allocObject(Kind.Int, cls, INT_LIMBS + Math.max(1, limbs.length)); // zero keeps one (zero) limb word
  I[o + INT_NLIMBS] = negative ? -limbs.length : limbs.length;
  for (let i = 0; i < limbs.length; i++) I[o + INT_LIMBS + i] = limbs[i];
  return o;
}

const INT_PARAMS: Params = { fname: 'int', names: ['x', 'base'], posOnly: 1, minPos: 0, maxPos: 2 };

/** int(x=0, /, base=10). CPython: long_new_impl, PyNumber_Long. */
function intFromArgs(x: number, base: number): number | bigint {
  if (x === 0) {
    if (base !== 0) raise('TypeError', 'int() missing string argument');
    return 0;
  }
  if (base !== 0) {
    const b = ssizeArg(base);
    if ((b !== 0 && b < 2) || b > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    if (kindOf(x) !== Kind.Str) raise('TypeError', "int() can't convert non-string with explicit base");
    return text(() => parseIntLiteral(strValue(x), b));
  }
  if (kindOf(x) === Kind.Str) return text(() => parseIntLiteral(strValue(x), 10));
  const n = intOf(x);
  if (n === undefined) {
    raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(x)}'`);
  }
  return n;
}

defineConstructor('int', (cls, args, nargs, kwnames) => {
  const [x, base] = unpackKeywords(INT_PARAMS, args, nargs, kwnames);
  if (cls === T.int && base === 0 && x !== 0 && ((x & 1) === 1 || I[x + OB_TYPE] === T.int)) return x;
  return intOfType(cls, intFromArgs(x, base));
});

/** bool(x=False). CPython: bool_vectorcall. */
defineConstructor('bool', someArgs('bool', 0, 1, (_cls, args, nargs) => bool(nargs === 1 && isTrue(I[args]))));
