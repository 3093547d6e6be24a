/**
 * The object protocols: truth, hashing, equality and ordering, repr/str, length,
 * subscripts, membership and iteration. Built-in types are handled by kind in JS; a
 * class statement's types go through their dunder methods, found along the MRO.
 * CPython: Objects/object.c and Objects/abstract.c.
 */
import { I } from '../image/memory.js';
import { FALSE, NONE, S, T, TRUE, bool } from '../objects/statics.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { call } from './call.js';
import { isHeapType, typeLookup, typeName, typeNameOf, typeOf } from '../objects/type.js';
import { floatHash, floatValue } from '../objects/float.js';
import { intHash, intToBigInt, intToNumber, intValue } from '../objects/int.js';
import { strCodePointLength, strCompare, strEquals, strHash, strValue } from '../objects/str.js';
import { tupleItem } from '../objects/tuple.js';
import { listItem } from '../objects/list.js';
import { dictLookup } from '../objects/dict.js';
import { setContains } from '../objects/set.js';
import { bindDescriptor } from './attr.js';
import { exceptionStr, reprOf } from './repr.js';
import { getIter, iterNext } from './iter.js';
import { subscript } from './subscript.js';
import { popRoots, pushRoot } from './roots.js';
import { setItems as setItemsOf } from '../objects/set.js';
import { isSubtype as isSubtypeOf } from '../objects/type.js';
import { dictEntryKey, dictEntryValue, dictNext } from '../objects/dict.js';
import { RANGE_START, RANGE_STEP } from '../objects/layout.js';
import {
  BOOL_VALUE, DICT_USED, Kind, LIST_LENGTH, RANGE_LENGTH, SET_USED, STR_LENGTH, TUPLE_LENGTH,
} from '../objects/layout.js';

export function kindOf(v: number): number {
  return (v & 1) === 1 ? Kind.Int : (I[v] >> 3) & 127;
}

// ---- truth ---------------------------------------------------------------------------

/** CPython: PyObject_IsTrue. */
export function isTrue(v: number): boolean {
  if (v === TRUE) return true;
  if (v === FALSE || v === NONE) return false;
  if ((v & 1) === 1) return v !== 1;
  switch ((I[v] >> 3) & 127) {
    case Kind.Int: return true; // heap ints are never zero
    case Kind.Float: return floatValue(v) !== 0;
    case Kind.Str: return I[v + STR_LENGTH] !== 0;
    case Kind.List: return I[v + LIST_LENGTH] !== 0;
    case Kind.Tuple: return I[v + TUPLE_LENGTH] !== 0;
    case Kind.Dict: return I[v + DICT_USED] !== 0;
    case Kind.Set: return I[v + SET_USED] !== 0;
    case Kind.Range: return I[v + RANGE_LENGTH] !== 1;
    case Kind.Bool: return I[v + BOOL_VALUE] !== 0;
    case Kind.Instance:
    case Kind.Exception: return instanceTruth(v);
    default: return true;
  }
}

function instanceTruth(v: number): boolean {
  const t = typeOf(v);
  if (!isHeapType(t)) return true;
  const b = typeLookup(t, N.__bool__);
  if (b !== 0) {
    const r = call(bindDescriptor(b, v, t), []);
    if (r !== TRUE && r !== FALSE) raise('TypeError', `__bool__ should return bool, returned ${typeNameOf(r)}`);
    return r === TRUE;
  }
  const l = typeLookup(t, N.__len__);
  if (l !== 0) return lenResult(call(bindDescriptor(l, v, t), [])) !== 0;
  return true;
}

// ---- hashing -------------------------------------------------------------------------

/** CPython: PyObject_Hash (31-bit here; see dict.ts). */
export function hashOf(v: number): number {
  if ((v & 1) === 1) {
    const n = v >> 1;
    return n === -1 ? -2 : n;
  }
  switch ((I[v] >> 3) & 127) {
    case Kind.Str: return strHash(v);
    case Kind.Int: return intHash(v);
    case Kind.Bool: return I[v + BOOL_VALUE];
    case Kind.Float: return floatHash(floatValue(v));
    case Kind.Tuple: return tupleHash(v);
    case Kind.List: case Kind.Dict: return unhashable(v);
    case Kind.Set: return I[v + 1] === T.frozenset ? frozensetHash(v) : unhashable(v);
    case Kind.Instance: case Kind.Exception: return instanceHash(v);
    default: return identityHash(v);
  }
}

function unhashable(v: number): never {
  return raise('TypeError', `unhashable type: '${typeNameOf(v)}'`);
}

/** The hash of objects compared by identity (object.__hash__). */
export function identityHash(v: number): number {
  return (v >> 1) | 0;
}

function instanceHash(v: number): number {
  const t = typeOf(v);
  if (!isHeapType(t)) return identityHash(v);
  const h = typeLookup(t, N.__hash__);
  if (h === NONE) return unhashable(v);
  if (h === 0 || h === objectHashDescr()) return identityHash(v);
  const r = call(bindDescriptor(h, v, t), []);
  if (kindOf(r) !== Kind.Int) raise('TypeError', '__hash__ method should return an integer');
  return intHash(r);
}

function objectHashDescr(): number {
  return typeLookup(T.object, N.__hash__);
}

/** CPython 3.8+'s tuple hash (xxHash-based), on 32-bit lanes. */
function tupleHash(v: number): number {
  const n = I[v + TUPLE_LENGTH];
  let acc = 0x27d4eb2f | 0; // low word of XXPRIME_5
  for (let i = 0; i < n; i++) {
    const lane = hashOf(tupleItem(v, i));
    acc = (acc + Math.imul(lane, 0x85ebca77)) | 0;
    acc = (acc << 13) | (acc >>> 19);
    acc = Math.imul(acc, 0x9e3779b1);
  }
  acc = (acc + (n ^ (0x27d4eb2f ^ 3527539))) | 0;
  acc = (acc << 1) >> 1;
  return acc === -1 ? 1546275796 : acc;
}

function frozensetHash(v: number): number {
  let h = 0;
  for (const k of setItemsOf(v)) h ^= Math.imul(hashOf(k) ^ 89869747, 3644798167);
  h = (h << 1) >> 1;
  return h === -1 ? 590923713 : h;
}


// ---- comparison ----------------------------------------------------------------------

/** Comparison operators in COMPARE_OP order. */
export const enum Cmp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }
const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];
const CMP_SWAPPED = [Cmp.Gt, Cmp.Ge, Cmp.Eq, Cmp.Ne, Cmp.Lt, Cmp.Le];
const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;

function cmpOutcome(op: Cmp, d: number): boolean {
  switch (op) {
    case Cmp.Lt: return d < 0;
    case Cmp.Le: return d <= 0;
    case Cmp.Eq: return d === 0;
    case Cmp.Ne: return d !== 0;
    case Cmp.Gt: return d > 0;
    default: return d >= 0;
  }
}

/** a == b as a JS boolean. CPython: PyObject_RichCompareBool (identity implies equality). */
export function richEq(a: number, b: number): boolean {
  if (a === b) return true;
  return compareBool(a, b, Cmp.Eq);
}

export function compareBool(a: number, b: number, op: Cmp): boolean {
  const fast = fastCompare(a, b, op);
  if (fast !== undefined) return fast;
  const r = richCompare(a, b, op);
  return r === TRUE ? true : r === FALSE ? false : isTrue(r);
}

/** Numbers and strings compared without allocation; undefined when not applicable. */
function fastCompare(a: number, b: number, op: Cmp): boolean | undefined {
  if ((a & b & 1) === 1) return cmpOutcome(op, (a >> 1) - (b >> 1));
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === Kind.Str && kb === Kind.Str && isPlain(a) && isPlain(b)) {
    if (op === Cmp.Eq) return strEquals(a, b);
    if (op === Cmp.Ne) return !strEquals(a, b);
    return cmpOutcome(op, strCompare(a, b));
  }
  const na = numericValue(a, ka);
  if (na === undefined) return undefined;
  const nb = numericValue(b, kb);
  if (nb === undefined) return undefined;
  return compareNumbers(na, nb, op);
}

function isPlain(v: number): boolean {
  return !isHeapType(typeOf(v));
}

/** A number-like's exact value (JS number, or bigint for big ints), or undefined. */
export function numericValue(v: number, k = kindOf(v)): number | bigint | undefined {
  if (k === Kind.Int || k === Kind.Bool) {
    if ((v & 1) === 0 && isHeapType(I[v + 1])) return undefined;
    const n = intToNumber(v);
    return Number.isNaN(n) ? intToBigInt(v) : n;
  }
  if (k === Kind.Float && !isHeapType(I[v + 1])) return floatValue(v);
  return undefined;
}

function compareNumbers(x: number | bigint, y: number | bigint, op: Cmp): boolean {
  if (typeof x === typeof y) return cmpOutcome(op, x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN);
  // Mixed bigint and double: compare exactly (NaN is unordered).
  const xn = Number(x), yn = Number(y);
  if (Number.isNaN(xn) || Number.isNaN(yn)) return op === Cmp.Ne;
  if (xn !== yn) return cmpOutcome(op, xn < yn ? -1 : 1);
  if (!Number.isFinite(xn)) return cmpOutcome(op, typeof x === 'number' ? (xn > 0 ? 1 : -1) : (yn > 0 ? -1 : 1));
  const bx = typeof x === 'bigint' ? x : BigInt(x);
  const by = typeof y === 'bigint' ? y : BigInt(y);
  return cmpOutcome(op, bx < by ? -1 : bx > by ? 1 : 0);
}

/** CPython: PyObject_RichCompare, with the reflected-operand and subclass-first rules. */
export function richCompare(a: number, b: number, op: Cmp): number {
  const fast = fastCompare(a, b, op);
  if (fast !== undefined) return bool(fast);
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReflected = false;
  if (ta !== tb && isHeapType(tb) && isSubtypeOf(tb, ta)) {
    checkedReflected = true;
    const r = tryCompare(b, a, CMP_SWAPPED[op]);
    if (r !== S.NotImplemented) return r;
  }
  let r = tryCompare(a, b, op);
  if (r !== S.NotImplemented) return r;
  if (!checkedReflected) {
    r = tryCompare(b, a, CMP_SWAPPED[op]);
    if (r !== S.NotImplemented) return r;
  }
  if (op === Cmp.Eq) return bool(a === b);
  if (op === Cmp.Ne) return bool(a !== b);
  return raise('TypeError', `'${CMP_SYMBOLS[op]}' not supported between instances of '${typeName(ta)}' and '${typeName(tb)}'`);
}


/** One side of a comparison: the type's dunder, or the built-in comparison. */
function tryCompare(a: number, b: number, op: Cmp): number {
  const t = typeOf(a);
  if (isHeapType(t)) {
    const m = typeLookup(t, N[CMP_NAMES[op]]);
    if (m !== 0 && !isObjectDefault(m, op)) return call(bindDescriptor(m, a, t), [b]);
    if (op === Cmp.Ne) {
      const eq = typeLookup(t, N.__eq__);
      if (eq !== 0 && !isObjectDefault(eq, Cmp.Eq)) {
        const r = call(bindDescriptor(eq, a, t), [b]);
        return r === S.NotImplemented ? r : bool(!isTrue(r));
      }
    }
  }
  return builtinCompare(a, b, op);
}

function isObjectDefault(m: number, op: Cmp): boolean {
  return m === typeLookup(T.object, N[CMP_NAMES[op]]);
}

/** a <op> b by the built-in types' own rules only (int.__lt__ ... called as methods), or NotImplemented. */
export function builtinRichCompare(a: number, b: number, op: Cmp): number {
  const fast = fastCompareBuiltin(a, b, op);
  return fast !== undefined ? bool(fast) : builtinCompare(a, b, op);
}

/** fastCompare without the check that both operands are exactly built-in types. */
function fastCompareBuiltin(a: number, b: number, op: Cmp): boolean | undefined {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === Kind.Str && kb === Kind.Str) {
    if (op === Cmp.Eq) return strEquals(a, b);
    if (op === Cmp.Ne) return !strEquals(a, b);
    return cmpOutcome(op, strCompare(a, b));
  }
  const num = (v: number, k: number) => (k === Kind.Int || k === Kind.Bool ? intValue(v) : k === Kind.Float ? floatValue(v) : undefined);
  const x = num(a, ka);
  const y = x === undefined ? undefined : num(b, kb);
  return x === undefined || y === undefined ? undefined : compareNumbers(x, y, op);
}

/** Comparison of built-in sequences; NotImplemented for everything else. */
function builtinCompare(a: number, b: number, op: Cmp): number {
  const ka = kindOf(a);
  if (ka !== kindOf(b)) return S.NotImplemented;
  switch (ka) {
    case Kind.Tuple: case Kind.List: return sequenceCompare(a, b, ka, op);
    case Kind.Dict: return op === Cmp.Eq || op === Cmp.Ne ? bool(dictEquals(a, b) === (op === Cmp.Eq)) : S.NotImplemented;
    case Kind.Set: return setCompare(a, b, op);
    case Kind.Range: return op === Cmp.Eq || op === Cmp.Ne ? bool(rangeEquals(a, b) === (op === Cmp.Eq)) : S.NotImplemented;
    default: return S.NotImplemented;
  }
}

function sequenceCompare(a: number, b: number, k: number, op: Cmp): number {
  const lenA = k === Kind.Tuple ? I[a + TUPLE_LENGTH] : I[a + LIST_LENGTH];
  const lenB = k === Kind.Tuple ? I[b + TUPLE_LENGTH] : I[b + LIST_LENGTH];
  if ((op === Cmp.Eq || op === Cmp.Ne) && lenA !== lenB) return bool(op === Cmp.Ne);
  const item = k === Kind.Tuple ? tupleItem : listItem;
  let i = 0;
  for (; i < lenA && i < lenB; i++) {
    const x = item(a, i);
    const y = item(b, i);
    if (!richEq(x, y)) {
      if (op === Cmp.Eq) return FALSE;
      if (op === Cmp.Ne) return TRUE;
      return bool(compareBool(x, y, op));
    }
  }
  return bool(cmpOutcome(op, lenA - lenB));
}


function dictEquals(a: number, b: number): boolean {
  if (I[a + DICT_USED] !== I[b + DICT_USED]) return false;
  for (let e = dictNext(a, 0); e >= 0; e = dictNext(a, e + 1)) {
    const k = dictEntryKey(a, e);
    const other = dictLookup(b, k, hashOf(k));
    if (other < 0) return false;
    if (!richEq(dictEntryValue(a, e), dictEntryValue(b, other))) return false;
  }
  return true;
}

function setCompare(a: number, b: number, op: Cmp): number {
  const na = I[a + SET_USED];
  const nb = I[b + SET_USED];
  const aInB = () => setItemsOf(a).every((k) => setContains(b, k));
  const bInA = () => setItemsOf(b).every((k) => setContains(a, k));
  switch (op) {
    case Cmp.Eq: return bool(na === nb && aInB());
    case Cmp.Ne: return bool(!(na === nb && aInB()));
    case Cmp.Le: return bool(na <= nb && aInB());
    case Cmp.Lt: return bool(na < nb && aInB());
    case Cmp.Ge: return bool(na >= nb && bInA());
    default: return bool(na > nb && bInA());
  }
}


function rangeEquals(a: number, b: number): boolean {
  const n = I[a + RANGE_LENGTH];
  if (!richEq(n, I[b + RANGE_LENGTH])) return false;
  if (n === 1) return true;
  if (!richEq(I[a + RANGE_START], I[b + RANGE_START])) return false;
  return n === 3 || richEq(I[a + RANGE_STEP], I[b + RANGE_STEP]);
}

// ---- length, membership --------------------------------------------------------------

/** CPython: PyObject_Size. */
export function lengthOf(v: number): number {
  switch (kindOf(v)) {
    case Kind.Str: return strCodePointLength(v);
    case Kind.List: return I[v + LIST_LENGTH];
    case Kind.Tuple: return I[v + TUPLE_LENGTH];
    case Kind.Dict: return I[v + DICT_USED];
    case Kind.Set: return I[v + SET_USED];
    case Kind.Range: return lenResult(I[v + RANGE_LENGTH]);
    case Kind.DictView: return I[I[v + 2] + DICT_USED];
    default: {
      const m = typeLookup(typeOf(v), N.__len__);
      if (m === 0) return raise('TypeError', `object of type '${typeNameOf(v)}' has no len()`);
      return lenResult(call(bindDescriptor(m, v, typeOf(v)), []));
    }
  }
}

function lenResult(r: number): number {
  if (kindOf(r) !== Kind.Int) raise('TypeError', `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  const n = intToNumber(r);
  if (n < 0) raise('ValueError', '__len__() should return >= 0');
  if (!(n <= 0x7fffffff)) raise('OverflowError', "cannot fit 'int' into an index-sized integer");
  return n;
}

/** `item in container`. CPython: PySequence_Contains. */
export function contains(container: number, item: number): boolean {
  switch (kindOf(container)) {
    case Kind.Dict: return dictLookup(container, item, hashOf(item)) >= 0;
    case Kind.Set: return setContains(container, item);
    case Kind.Str: {
      if (kindOf(item) !== Kind.Str) {
        raise('TypeError', `'in <string>' requires string as left operand, not ${typeNameOf(item)}`);
      }
      return strValue(container).includes(strValue(item));
    }
    case Kind.List: {
      const n = I[container + LIST_LENGTH];
      for (let i = 0; i < n && i < I[container + LIST_LENGTH]; i++) if (richEq(listItem(container, i), item)) return true;
      return false;
    }
    case Kind.Tuple: {
      const n = I[container + TUPLE_LENGTH];
      for (let i = 0; i < n; i++) if (richEq(tupleItem(container, i), item)) return true;
      return false;
    }
    case Kind.DictView: return viewContains(container, item);
    default: break;
  }
  const m = typeLookup(typeOf(container), N.__contains__);
  if (m !== 0) return isTrue(call(bindDescriptor(m, container, typeOf(container)), [item]));
  return iteratorContains(getIter(container), item);
}

/** Whether iterator `it` yields something equal to `item`; it and each item stay rooted while __eq__ runs. */
function iteratorContains(it: number, item: number): boolean {
  const mark = pushRoot(it);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      pushRoot(v);
      if (richEq(v, item)) return true;
      popRoots(mark - 1);
    }
    return false;
  } finally {
    popRoots(mark);
  }
}

function viewContains(view: number, item: number): boolean {
  const d = I[view + 2];
  const t = typeOf(view);
  if (t === T.dict_keys) return dictLookup(d, item, hashOf(item)) >= 0;
  return iteratorContains(getIter(view), item);
}

// ---- text ------------------------------------------------------------------------------

/** repr(v) as a JS string. */
export function repr(v: number): string {
  return reprOf(v);
}

/** str(v) as a JS string. CPython: PyObject_Str. */
export function str(v: number): string {
  if ((v & 1) === 1) return String(v >> 1);
  const t = I[v + 1];
  if (t === T.str) return strValue(v);
  if (isHeapType(t)) {
    const m = typeLookup(t, N.__str__);
    if (m !== 0 && kindOf(m) === Kind.Function) {
      const r = call(bindDescriptor(m, v, t), []);
      if (kindOf(r) !== Kind.Str) raise('TypeError', `__str__ returned non-string (type ${typeNameOf(r)})`);
      return strValue(r);
    }
  }
  const k = (I[v] >> 3) & 127;
  if (k === Kind.Exception) return exceptionStr(v);
  if (k === Kind.Str) return strValue(v);
  return reprOf(v);
}

/** Index semantics (__index__): ints only. CPython: PyNumber_Index. */
export function indexValue(v: number): number | bigint {
  const k = kindOf(v);
  if (k === Kind.Int || k === Kind.Bool) {
    const n = intToNumber(v);
    return Number.isNaN(n) ? intToBigInt(v) : n;
  }
  const m = typeLookup(typeOf(v), N.__index__);
  if (m !== 0) return indexValue(call(bindDescriptor(m, v, typeOf(v)), []));
  return raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
}

export { subscript, getIter, iterNext };
