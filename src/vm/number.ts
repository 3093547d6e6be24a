/**
 * Binary and unary operators: the numeric tower (int, bool, float), the sequence
 * operators of str/list/tuple, set algebra, and the dunder protocol with reflected
 * operands for everything else. CPython: Objects/abstract.c (binary_op1),
 * longobject.c, floatobject.c.
 */
import { F64, I } from '../image/memory.js';
import { Kind, LIST_LENGTH, TUPLE_ITEMS, TUPLE_LENGTH } from '../objects/layout.js';
import { S, T } from '../objects/statics.js';
import { BINARY_NAMES, N } from './names.js';
import { raise } from './errors.js';
import { call } from './call.js';
import { isHeapType, isSubtype, typeLookup, typeName, typeNameOf, typeOf } from '../objects/type.js';
import { floatValue, newFloat } from '../objects/float.js';
import { addSubtract64, andWithMask, intToBigInt, intToNumber, intValue, multiplyExact, newInt, newIntBig, newIntFrom } from '../objects/int.js';
import { newStr, strConcat, strValue } from '../objects/str.js';
import { allocTuple } from '../objects/tuple.js';
import { listBase, listReserve, newList } from '../objects/list.js';
import { bindDescriptor } from './attr.js';
import { indexValue, kindOf, numericValue } from './abstract.js';
import { dictCopy, dictUpdate } from '../objects/dict.js';
import { setAlgebra } from './setops.js';
import { pow as libmPow } from './modules/libm.js';
import { newSet, setAdd } from '../objects/set.js';
import { iterateToArray } from './iter.js';
import { listExtend } from './listops.js';
import { percentFormatObject } from './formatting.js';

export const enum NB {
  Add = 0, And = 1, FloorDivide = 2, LShift = 3, MatMul = 4, Multiply = 5, Remainder = 6, Or = 7,
  Power = 8, RShift = 9, Subtract = 10, TrueDivide = 11, Xor = 12, InplaceOffset = 13,
}

const SYMBOLS = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^'];

/** The operator of an NB_* oparg, in-place or not (NB_INPLACE_ADD -> NB_ADD). */
export function withoutInplace(nb: number): number {
  return nb >= NB.InplaceOffset ? nb - NB.InplaceOffset : nb;
}

/** a <op> b for NB_* `nb` (in-place forms included). CPython: PyNumber_Add and friends. */
export function binaryOp(a: number, b: number, nb: number): number {
  const inplace = nb >= NB.InplaceOffset;
  const op = withoutInplace(nb);
  if ((a & b & 1) === 1) return smallIntOp(a >> 1, b >> 1, op);
  const f = op === NB.And ? andWithMask(a, b)
    : floatBinary(a, b, nb) || (op === NB.Add || op === NB.Subtract ? addSubtract64(a, b, op === NB.Subtract) : 0);
  if (f !== 0) return f;
  const ka = kindOf(a);
  const kb = kindOf(b);
  const heapA = (a & 1) === 0 && isHeapType(I[a + 1]);
  const heapB = (b & 1) === 0 && isHeapType(I[b + 1]);
  if (!heapA && !heapB) {
    const r = builtinBinary(a, b, ka, kb, op, inplace);
    if (r !== 0) return r;
    return unsupported(a, b, op, inplace);
  }
  if (inplace && heapA) {
    const m = typeLookup(I[a + 1], BINARY_NAMES[op][2]);
    if (m !== 0) {
      const r = call(bindDescriptor(m, a, I[a + 1]), [b]);
      if (r !== S.NotImplemented) return r;
    }
  }
  return dunderBinary(a, b, ka, kb, op, inplace);
}

/**
 * a <op> b by the built-in types' own rules only (int.__add__, str.__mul__ ... called as
 * methods): the result, or NotImplemented.
 */
export function builtinBinaryOp(a: number, b: number, nb: number): number {
  a = asBuiltinValue(a);
  b = asBuiltinValue(b);
  const r = builtinBinary(a, b, kindOf(a), kindOf(b), nb, false);
  return r === 0 ? S.NotImplemented : r;
}

/** An instance of a subclass of int, float or str as the plain built-in value it holds. */
export function asBuiltinValue(v: number): number {
  if ((v & 1) === 1 || !isHeapType(I[v + 1])) return v;
  switch (kindOf(v)) {
    case Kind.Int: return newIntFrom(intValue(v));
    case Kind.Float: return newFloat(floatValue(v));
    case Kind.Str: return newStr(strValue(v));
    default: return v;
  }
}

/** The dunder protocol: a.__op__(b), then b.__rop__(a); a subclass's reflected method goes first. */
function dunderBinary(a: number, b: number, ka: number, kb: number, op: number, inplace: boolean): number {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const [name, rname] = BINARY_NAMES[op];
  const ma = userMethod(ta, name);
  const mb = ta === tb ? 0 : userMethod(tb, rname);
  if (mb !== 0 && isSubtype(tb, ta)) {
    const r = call(bindDescriptor(mb, b, tb), [a]);
    if (r !== S.NotImplemented) return r;
  }
  if (ma !== 0) {
    const r = call(bindDescriptor(ma, a, ta), [b]);
    if (r !== S.NotImplemented) return r;
  } else {
    // A subclass of a built-in type without its own method: the built-in's behaviour.
    const x = asBuiltinValue(a), y = asBuiltinValue(b);
    const r = builtinBinary(x, y, kindOf(x), kindOf(y), op, inplace);
    if (r !== 0) return r;
  }
  if (mb !== 0 && !isSubtype(tb, ta)) {
    const r = call(bindDescriptor(mb, b, tb), [a]);
    if (r !== S.NotImplemented) return r;
  }
  if (ma !== 0 && mb === 0 && !isHeapType(tb)) {
    const x = asBuiltinValue(a);
    const r = builtinBinary(x, b, kindOf(x), kb, op, inplace);
    if (r !== 0) return r;
  }
  return unsupported(a, b, op, inplace);
}

/** A dunder defined by Python code in the type's MRO (built-in slots are handled by kind). */
function userMethod(t: number, name: number): number {
  if (!isHeapType(t)) return 0;
  const m = typeLookup(t, name);
  return m !== 0 && kindOf(m) !== Kind.MethodDescr ? m : 0;
}

function unsupported(a: number, b: number, op: number, inplace: boolean): never {
  const ta = typeNameOf(a);
  const tb = typeNameOf(b);
  if (op === NB.Add && kindOf(a) === Kind.Str && !isHeapType(typeOf(a))) {
    raise('TypeError', `can only concatenate str (not "${tb}") to str`);
  }
  if (op === NB.Add && (kindOf(a) === Kind.List || kindOf(a) === Kind.Tuple) && !isHeapType(typeOf(a))) {
    raise('TypeError', `can only concatenate ${ta} (not "${tb}") to ${ta}`);
  }
  if (op === NB.Multiply && (isSequence(a) || isSequence(b))) {
    raise('TypeError', `can't multiply sequence by non-int of type '${isSequence(a) ? tb : ta}'`);
  }
  const sym = op === NB.Power ? (inplace ? '**=' : '** or pow()') : SYMBOLS[op] + (inplace ? '=' : '');
  return raise('TypeError', `unsupported operand type(s) for ${sym}: '${ta}' and '${tb}'`);
}

function isSequence(v: number): boolean {
  const k = kindOf(v);
  return k === Kind.Str || k === Kind.List || k === Kind.Tuple;
}

/** Built-in operand types; 0 when the combination is not built in (NotImplemented). */
function builtinBinary(a: number, b: number, ka: number, kb: number, op: number, inplace: boolean): number {
  const x = numericValue(a, ka);
  if (x !== undefined) {
    const y = numericValue(b, kb);
    if (y !== undefined) return numberOp(x, y, ka === Kind.Float || kb === Kind.Float, op, ka, kb);
  }
  switch (ka) {
    case Kind.Str:
      if (op === NB.Add && kb === Kind.Str) return strConcat(a, b);
      if (op === NB.Multiply) return repeatOperand(b) === undefined ? 0 : newStr(strValue(a).repeat(repeatCount(b)));
      if (op === NB.Remainder) return percentFormatObject(a, b);
      return 0;
    case Kind.List:
      if (op === NB.Add && kb === Kind.List && !inplace) return concatList(a, b);
      if (op === NB.Add && inplace) {
        listExtend(a, b);
        return a;
      }
      if (op === NB.Multiply) return repeatOperand(b) === undefined ? 0 : repeatList(a, repeatCount(b), inplace);
      return 0;
    case Kind.Tuple:
      if (op === NB.Add && kb === Kind.Tuple) return concatTuple(a, b);
      if (op === NB.Multiply) return repeatOperand(b) === undefined ? 0 : repeatTuple(a, repeatCount(b));
      return 0;
    case Kind.Set:
      if (kb === Kind.DictView) return setAlgebra(a, viewAsSet(b), op, inplace);
      return kb === Kind.Set ? setAlgebra(a, b, op, inplace) : 0;
    case Kind.DictView:
      if (I[a + 1] === T.dict_values || (kb !== Kind.Set && kb !== Kind.DictView)) return 0;
      if (op !== NB.And && op !== NB.Or && op !== NB.Subtract && op !== NB.Xor) return 0;
      return setAlgebra(viewAsSet(a), kb === Kind.Set ? b : viewAsSet(b), op, false);
    case Kind.Dict:
      if (op === NB.Or && kb === Kind.Dict) {
        const d = inplace ? a : dictCopy(a);
        dictUpdate(d, b);
        return d;
      }
      return 0;
    default:
      break;
  }
  if (op === NB.Multiply && (ka === Kind.Int || ka === Kind.Bool)) {
    if (kb === Kind.Str || kb === Kind.List || kb === Kind.Tuple) return builtinBinary(b, a, kb, ka, op, false);
  }
  return 0;
}

/** A dict_keys / dict_items view as a new set, for the set operators views support. */
function viewAsSet(view: number): number {
  const s = newSet();
  for (const v of iterateToArray(view)) setAdd(s, v);
  return s;
}

function repeatOperand(b: number): number | undefined {
  const k = kindOf(b);
  return k === Kind.Int || k === Kind.Bool ? 1 : undefined;
}

function repeatCount(b: number): number {
  const n = indexValue(b);
  if (typeof n === 'bigint') return n > 0n ? raise('OverflowError', 'cannot fit \'int\' into an index-sized integer') : 0;
  return n < 0 ? 0 : n;
}

function concatList(a: number, b: number): number {
  const na = I[a + LIST_LENGTH];
  const nb = I[b + LIST_LENGTH];
  const out = newList(na + nb);
  const base = listBase(out);
  I.copyWithin(base, listBase(a), listBase(a) + na);
  I.copyWithin(base + na, listBase(b), listBase(b) + nb);
  I[out + LIST_LENGTH] = na + nb;
  return out;
}

function repeatList(a: number, n: number, inplace: boolean): number {
  const len = I[a + LIST_LENGTH];
  if (len * n > 0x3fffffff) raise('MemoryError', '');
  const out = inplace ? a : newList(len * n);
  listReserve(out, len * n);
  const src = listBase(a);
  const dst = listBase(out);
  for (let i = inplace ? 1 : 0; i < n; i++) I.copyWithin(dst + i * len, src, src + len);
  if (n === 0) I.fill(0, dst, dst + len);
  I[out + LIST_LENGTH] = len * n;
  return out;
}

function concatTuple(a: number, b: number): number {
  const na = I[a + TUPLE_LENGTH];
  const nb = I[b + TUPLE_LENGTH];
  const out = allocTuple(na + nb);
  I.copyWithin(out + TUPLE_ITEMS, a + TUPLE_ITEMS, a + TUPLE_ITEMS + na);
  I.copyWithin(out + TUPLE_ITEMS + na, b + TUPLE_ITEMS, b + TUPLE_ITEMS + nb);
  return out;
}

function repeatTuple(a: number, n: number): number {
  const len = I[a + TUPLE_LENGTH];
  if (n === 1) return a;
  const out = allocTuple(len * n);
  for (let i = 0; i < n; i++) I.copyWithin(out + TUPLE_ITEMS + i * len, a + TUPLE_ITEMS, a + TUPLE_ITEMS + len);
  return out;
}

// ---- numbers -------------------------------------------------------------------------

/** The operands of the float fast paths, as doubles (set by floatOperands). */
let fx = 0;
let fy = 0;

/**
 * Loads exact floats, or an exact float with a small int, into fx and fy; false for
 * any other pair (two small ints take the int paths).
 */
function floatOperands(a: number, b: number): boolean {
  if ((a & 1) === 0 && I[a + 1] === T.float) fx = F64[(a >> 1) + 1];
  else if ((a & 1) === 1) fx = a >> 1;
  else return false;
  if ((b & 1) === 0 && I[b + 1] === T.float) fy = F64[(b >> 1) + 1];
  else if ((b & 1) === 1 && (a & 1) === 0) fy = b >> 1;
  else return false;
  return true;
}

/** + - * / on floats (and a float with a small int): the result, or 0 when not applicable. */
function floatBinary(a: number, b: number, nb: number): number {
  if (!floatOperands(a, b)) return 0;
  switch (nb) {
    case NB.Add: case NB.Add + NB.InplaceOffset: return newFloat(fx + fy);
    case NB.Subtract: case NB.Subtract + NB.InplaceOffset: return newFloat(fx - fy);
    case NB.Multiply: case NB.Multiply + NB.InplaceOffset: return newFloat(fx * fy);
    case NB.TrueDivide: case NB.TrueDivide + NB.InplaceOffset: return fy === 0 ? 0 : newFloat(fx / fy);
    default: return 0;
  }
}

/** Both operands small ints (already untagged). */
export function smallIntOp(x: number, y: number, nb: number): number {
  const op = withoutInplace(nb);
  switch (op) {
    case NB.Add: return newInt(x + y);
    case NB.Subtract: return newInt(x - y);
    case NB.Multiply: return multiplyExact(x, y);
    case NB.And: return (x & y) * 2 + 1;
    case NB.Or: return (x | y) * 2 + 1;
    case NB.Xor: return (x ^ y) * 2 + 1;
    case NB.Remainder:
      if (y !== 0) {
        let r = x % y;
        if (r !== 0 && (r < 0) !== (y < 0)) r += y;
        return (r << 1) | 1;
      }
      break;
    case NB.FloorDivide:
      if (y !== 0) return newInt(Math.floor(x / y));
      break;
    case NB.RShift:
      if (y >= 0) return ((x >> (y > 31 ? 31 : y)) << 1) | 1;
      break;
    default:
      break;
  }
  return numberOp(x, y, false, op, Kind.Int, Kind.Int);
}

function numberOp(x: number | bigint, y: number | bigint, isFloat: boolean, op: number, ka: number, kb: number): number {
  if (isFloat) return floatOp(toDouble(x), toDouble(y), op, ka, kb);
  if (op === NB.TrueDivide) return newFloat(intTrueDivide(x, y));
  if (typeof x === 'number' && typeof y === 'number') {
    const r = safeIntOp(x, y, op);
    if (r !== undefined) return r;
  }
  return bigIntOp(BigInt(x), BigInt(y), op);
}

function toDouble(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const d = Number(v);
  if (!Number.isFinite(d)) raise('OverflowError', 'int too large to convert to float');
  return d;
}

/** Int arithmetic on exact JS numbers; undefined when the result might not be exact. */
function safeIntOp(x: number, y: number, op: number): number | undefined {
  switch (op) {
    case NB.Add: case NB.Subtract: {
      const r = op === NB.Add ? x + y : x - y;
      return Number.isSafeInteger(r) ? newInt(r) : undefined;
    }
    case NB.Multiply: {
      const r = x * y;
      if (Number.isSafeInteger(r)) return newInt(r);
      return Math.abs(x) < 0x100000000 && Math.abs(y) < 0x100000000 ? multiplyExact(x, y) : undefined;
    }
    case NB.FloorDivide: case NB.Remainder: {
      if (y === 0) raise('ZeroDivisionError', op === NB.FloorDivide ? 'integer division or modulo by zero' : 'integer modulo by zero');
      // Exact for safe integers: the double quotient is off by at most one, fixed below.
      let q = Math.floor(x / y);
      let r = x - q * y;
      if (y > 0 ? r < 0 : r > 0) {
        q -= 1;
        r += y;
      } else if (y > 0 ? r >= y : r <= y) {
        q += 1;
        r -= y;
      }
      return newInt(op === NB.Remainder ? r : q);
    }
    case NB.And: case NB.Or: case NB.Xor:
      if (x < 0 || y < 0) {
        if (Math.abs(x) > 0x7fffffff || Math.abs(y) > 0x7fffffff) return undefined;
        return newInt(op === NB.And ? x & y : op === NB.Or ? x | y : x ^ y);
      }
      return newInt(bitwiseNonNegative(x, y, op));
    case NB.LShift:
      if (y < 0) raise('ValueError', 'negative shift count');
      if (y < 31 && Math.abs(x) < 2 ** 21) return newInt(x * 2 ** y);
      return undefined;
    case NB.RShift:
      if (y < 0) raise('ValueError', 'negative shift count');
      return newInt(y > 53 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y));
    case NB.Power:
      if (y < 0) return floatOp(x, y, op, Kind.Int, Kind.Int);
      {
        const r = x ** y;
        return Number.isSafeInteger(r) ? newInt(r) : undefined;
      }
    default:
      return undefined;
  }
}

/** & | ^ of non-negative safe integers, on their high and low 32-bit halves. */
function bitwiseNonNegative(x: number, y: number, op: number): number {
  const xl = x % 0x100000000, yl = y % 0x100000000;
  const xh = (x - xl) / 0x100000000, yh = (y - yl) / 0x100000000;
  return bitwise32(xh, yh, op) * 0x100000000 + bitwise32(xl, yl, op);
}

/** &, | or ^ of two 32-bit halves, as an unsigned number. */
function bitwise32(a: number, b: number, op: number): number {
  return (op === NB.And ? a & b : op === NB.Or ? a | b : a ^ b) >>> 0;
}

function bigIntOp(x: bigint, y: bigint, op: number): number {
  switch (op) {
    case NB.Add: return newIntBig(x + y);
    case NB.Subtract: return newIntBig(x - y);
    case NB.Multiply: return newIntBig(x * y);
    case NB.FloorDivide: case NB.Remainder: {
      if (y === 0n) raise('ZeroDivisionError', op === NB.FloorDivide ? 'integer division or modulo by zero' : 'integer modulo by zero');
      let q = x / y;
      let r = x % y;
      if (r !== 0n && (r < 0n) !== (y < 0n)) {
        r += y;
        q -= 1n;
      }
      return newIntBig(op === NB.Remainder ? r : q);
    }
    case NB.And: return newIntBig(x & y);
    case NB.Or: return newIntBig(x | y);
    case NB.Xor: return newIntBig(x ^ y);
    case NB.LShift:
      if (y < 0n) raise('ValueError', 'negative shift count');
      if (y > 1_000_000n) raise('OverflowError', 'too many digits in integer');
      return newIntBig(x << y);
    case NB.RShift:
      if (y < 0n) raise('ValueError', 'negative shift count');
      return newIntBig(x >> y);
    case NB.Power:
      if (y < 0n) return floatOp(toDouble(x), toDouble(y), op, Kind.Int, Kind.Int);
      return newIntBig(x ** y);
    default:
      return raise('TypeError', `unsupported operand type(s) for ${SYMBOLS[op]}: 'int' and 'int'`);
  }
}

/** Correctly rounded int / int. */
function intTrueDivide(x: number | bigint, y: number | bigint): number {
  if (y === 0 || y === 0n) raise('ZeroDivisionError', 'division by zero');
  if (typeof x === 'number' && typeof y === 'number') return x / y;
  const bx = BigInt(x), by = BigInt(y);
  const q = Number(bx) / Number(by);
  if (Number.isFinite(q) && Math.abs(Number(bx)) < 2 ** 53 && Math.abs(Number(by)) < 2 ** 53) return q;
  // Scale so that the quotient carries 64 significant bits, then round once.
  const neg = (bx < 0n) !== (by < 0n);
  const ax = bx < 0n ? -bx : bx, ay = by < 0n ? -by : by;
  const shift = BigInt(Math.max(0, 64 - (ax.toString(2).length - ay.toString(2).length)));
  const scaled = (ax << shift) / ay;
  const result = Number(scaled) / 2 ** Number(shift);
  if (!Number.isFinite(result)) raise('OverflowError', 'integer division result too large for a float');
  return neg ? -result : result;
}

function floatOp(x: number, y: number, op: number, ka: number, kb: number): number {
  switch (op) {
    case NB.Add: return newFloat(x + y);
    case NB.Subtract: return newFloat(x - y);
    case NB.Multiply: return newFloat(x * y);
    case NB.TrueDivide:
      if (y === 0) raise('ZeroDivisionError', ka === Kind.Float ? 'float division by zero' : kb === Kind.Float ? 'float division by zero' : 'division by zero');
      return newFloat(x / y);
    case NB.FloorDivide: {
      if (y === 0) raise('ZeroDivisionError', 'float floor division by zero');
      return newFloat(floatDivmod(x, y)[0]);
    }
    case NB.Remainder: {
      if (y === 0) raise('ZeroDivisionError', 'float modulo');
      return newFloat(floatDivmod(x, y)[1]);
    }
    case NB.Power: return newFloat(floatPow(x, y));
    default: {
      const ta = ka === Kind.Float ? 'float' : typeName(ka === Kind.Bool ? T.bool : T.int);
      const tb = kb === Kind.Float ? 'float' : typeName(kb === Kind.Bool ? T.bool : T.int);
      return raise('TypeError', `unsupported operand type(s) for ${SYMBOLS[op]}: '${ta}' and '${tb}'`);
    }
  }
}

/** Python's float divmod: the remainder takes the divisor's sign. CPython: float_divmod. */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** CPython: float_pow's special cases. */
export function floatPow(x: number, y: number): number {
  if (x === 0 && y < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (x < 0 && Number.isFinite(x) && !Number.isInteger(y) && Number.isFinite(y)) {
    raise('ValueError', 'math domain error');
  }
  if (x === 1 || y === 0) return 1;
  const r = libmPow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

// ---- unary ---------------------------------------------------------------------------

export const enum Unary { Negative, Positive, Invert }
const UNARY_NAMES = ['__neg__', '__pos__', '__invert__'] as const;
const UNARY_SYMBOLS = ['-', '+', '~'];

/** -v, +v, ~v. CPython: PyNumber_Negative, PyNumber_Positive, PyNumber_Invert. */
export function unaryOp(v: number, op: Unary): number {
  if ((v & 1) === 1) {
    const n = v >> 1;
    return newInt(op === Unary.Negative ? -n : op === Unary.Positive ? n : ~n);
  }
  if (isHeapType(typeOf(v))) {
    const m = typeLookup(typeOf(v), N[UNARY_NAMES[op]]);
    if (m !== 0 && kindOf(m) !== Kind.MethodDescr) return call(bindDescriptor(m, v, typeOf(v)), []);
  }
  const r = builtinUnaryOp(v, op);
  return r !== 0 ? r : raise('TypeError', `bad operand type for unary ${UNARY_SYMBOLS[op]}: '${typeNameOf(v)}'`);
}

/** -v, +v, ~v by the built-in numeric types' own rules (int.__neg__ ...), or 0 when they have none. */
export function builtinUnaryOp(v: number, op: Unary): number {
  v = asBuiltinValue(v);
  if ((v & 1) === 1) return unaryOp(v, op);
  const k = kindOf(v);
  if (k === Kind.Int || k === Kind.Bool) {
    const n = intToNumber(v);
    if (!Number.isNaN(n)) return newInt(op === Unary.Negative ? -n : op === Unary.Positive ? n : -n - 1);
    const b = intToBigInt(v);
    return newIntBig(op === Unary.Negative ? -b : op === Unary.Positive ? b : ~b);
  }
  if (k === Kind.Float && op !== Unary.Invert) return op === Unary.Negative ? newFloat(-floatValue(v)) : newFloat(floatValue(v));
  return 0;
}

/** abs(v). */
export function absolute(v: number): number {
  const k = kindOf(v);
  if (!isHeapType(typeOf(v))) {
    if (k === Kind.Int || k === Kind.Bool) {
      const n = intToNumber(v);
      return Number.isNaN(n) ? newIntBig(intToBigInt(v) < 0n ? -intToBigInt(v) : intToBigInt(v)) : newInt(Math.abs(n));
    }
    if (k === Kind.Float) return newFloat(Math.abs(floatValue(v)));
  }
  const m = typeLookup(typeOf(v), N.__abs__);
  if (m !== 0) return call(bindDescriptor(m, v, typeOf(v)), []);
  return raise('TypeError', `bad operand type for abs(): '${typeNameOf(v)}'`);
}

