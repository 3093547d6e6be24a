/**
 * Subscripts and slices: o[k], o[k] = v, del o[k] for the built-in containers, and
 * __getitem__/__setitem__/__delitem__ for everything else.
 * CPython: Objects/abstract.c (PyObject_GetItem), sliceobject.c (PySlice_AdjustIndices),
 * listobject.c (list_ass_subscript).
 */
import { I } from '../image/memory.js';
import {
  Kind, LIST_LENGTH, RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGE_STOP, SLICE_START, SLICE_STEP, SLICE_STOP,
  STR_LENGTH, TUPLE_ITEMS, TUPLE_LENGTH,
} from '../objects/layout.js';
import { NONE, T } from '../objects/statics.js';
import { N } from './names.js';
import { raise, raiseObject } from './errors.js';
import { call } from './call.js';
import { isHeapType, typeLookup, typeName, typeNameOf, typeOf } from '../objects/type.js';
import { intToNumber, newInt } from '../objects/int.js';
import { newStr, strHasAstral, strValue } from '../objects/str.js';
import { newTuple, tupleItem } from '../objects/tuple.js';
import { listBase, listFrom, listItem, listItems, listSetItem, listSplice } from '../objects/list.js';
import { dictGetItem, dictPop, dictSetItem } from '../objects/dict.js';
import { newException } from '../objects/exception.js';
import { allocObject } from '../image/heap.js';
import { bindDescriptor } from './attr.js';
import { indexValue, kindOf } from './abstract.js';
import { binaryOp } from './number.js';
import { iterateToArray } from './iter.js';

/** o[key]. */
export function subscript(o: number, key: number): number {
  const t = typeOf(o);
  if (isHeapType(t)) {
    const m = typeLookup(t, N.__getitem__);
    if (m !== 0 && kindOf(m) !== Kind.MethodDescr) return call(bindDescriptor(m, o, t), [key]);
    if (kindOf(o) === Kind.Dict) return dictSubscriptMissing(o, key, t);
  }
  return builtinSubscript(o, key);
}

/** o[key] by o's built-in layout, ignoring any __getitem__ a subclass defines (list.__getitem__ and friends). */
export function builtinSubscript(o: number, key: number): number {
  switch (kindOf(o)) {
    case Kind.List: {
      if (kindOf(key) === Kind.Slice) return listFrom(sliceWords(listBase(o), I[o + LIST_LENGTH], key));
      return listItem(o, sequenceIndex(key, I[o + LIST_LENGTH], 'list'));
    }
    case Kind.Tuple: {
      if (kindOf(key) === Kind.Slice) return newTuple(sliceWords(o + TUPLE_ITEMS, I[o + TUPLE_LENGTH], key));
      return tupleItem(o, sequenceIndex(key, I[o + TUPLE_LENGTH], 'tuple'));
    }
    case Kind.Str: {
      if (strHasAstral(o)) {
        const chars = Array.from(strValue(o));
        if (kindOf(key) === Kind.Slice) return newStr(sliceString(chars, key));
        return newStr(chars[sequenceIndex(key, chars.length, 'string')]);
      }
      const s = strValue(o);
      if (kindOf(key) === Kind.Slice) return newStr(sliceString(s, key));
      return newStr(s[sequenceIndex(key, I[o + STR_LENGTH], 'string')]);
    }
    case Kind.Dict: {
      const v = dictGetItem(o, key);
      if (v === 0) return raiseObject(newException(T.KeyError, [key]));
      return v;
    }
    case Kind.Range: return rangeSubscript(o, key);
    case Kind.Type: return raise('TypeError', `type '${typeName(o)}' is not subscriptable`);
    default: return raise('TypeError', `'${typeNameOf(o)}' object is not subscriptable`);
  }
}

function dictSubscriptMissing(o: number, key: number, t: number): number {
  const v = dictGetItem(o, key);
  if (v !== 0) return v;
  const missing = typeLookup(t, N.__missing__);
  if (missing !== 0) return call(bindDescriptor(missing, o, t), [key]);
  return raiseObject(newException(T.KeyError, [key]));
}

/** A non-negative in-range index for a sequence of `length`, or IndexError. */
function sequenceIndex(key: number, length: number, what: string): number {
  const k = kindOf(key);
  if (k !== Kind.Int && k !== Kind.Bool && typeLookup(typeOf(key), N.__index__) === 0) {
    raise('TypeError', `${what === 'string' ? 'string' : what} indices must be integers or slices, not ${typeNameOf(key)}`);
  }
  let i = indexValue(key);
  if (typeof i === 'bigint') return raise('IndexError', `cannot fit 'int' into an index-sized integer`);
  if (i < 0) i += length;
  if (i < 0 || i >= length) raise('IndexError', `${what} index out of range`);
  return i;
}

/** CPython: PySlice_Unpack + PySlice_AdjustIndices. Returns [start, stop, step, count]. */
export function sliceIndices(slice: number, length: number): [number, number, number, number] {
  const stepV = I[slice + SLICE_STEP];
  let step = 1;
  if (stepV !== NONE) {
    step = clampIndex(stepV);
    if (step === 0) raise('ValueError', 'slice step cannot be zero');
  }
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const adjust = (v: number, dflt: number) => {
    if (v === NONE) return dflt;
    let n = clampIndex(v);
    if (n < 0) {
      n += length;
      if (n < lower) n = lower;
    } else if (n > upper) {
      n = upper;
    }
    return n;
  };
  const start = adjust(I[slice + SLICE_START], step < 0 ? upper : lower);
  const stop = adjust(I[slice + SLICE_STOP], step < 0 ? lower : upper);
  let count = 0;
  if (step > 0 && start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, count];
}

function clampIndex(v: number): number {
  const k = kindOf(v);
  if (k !== Kind.Int && k !== Kind.Bool && typeLookup(typeOf(v), N.__index__) === 0) {
    raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  }
  const n = indexValue(v);
  if (typeof n === 'bigint') return n < 0n ? -0x7fffffff : 0x7fffffff;
  return n;
}

/** The items a slice selects from the `length` words at I[base...]. */
function sliceWords(base: number, length: number, slice: number): number[] {
  const [start, , step, count] = sliceIndices(slice, length);
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) out[i] = I[base + start + i * step];
  return out;
}

/** A slice of a string given as JS string (all BMP) or as an array of code points. */
function sliceString(s: string | string[], slice: number): string {
  const [start, , step, count] = sliceIndices(slice, s.length);
  if (step === 1) return typeof s === 'string' ? s.slice(start, start + count) : s.slice(start, start + count).join('');
  let out = '';
  for (let i = 0; i < count; i++) out += s[start + i * step];
  return out;
}

function rangeSubscript(r: number, key: number): number {
  const len = intToNumber(I[r + RANGE_LENGTH]);
  const start = I[r + RANGE_START];
  const step = I[r + RANGE_STEP];
  if (kindOf(key) === Kind.Slice) {
    const [s, e, st] = sliceIndices(key, len);
    const o = allocObject(Kind.Range, T.range, 6);
    I[o + RANGE_START] = binaryOp(start, binaryOp(newInt(s), step, 5), 0);
    I[o + RANGE_STOP] = binaryOp(start, binaryOp(newInt(e), step, 5), 0);
    I[o + RANGE_STEP] = binaryOp(step, newInt(st), 5);
    const [, , , count] = sliceIndices(key, len);
    I[o + RANGE_LENGTH] = newInt(count);
    return o;
  }
  const i = sequenceIndex(key, len, 'range object');
  return binaryOp(start, binaryOp(newInt(i), step, 5), 0);
}

/** o[key] = value. */
export function storeSubscript(o: number, key: number, value: number): void {
  const t = typeOf(o);
  if (isHeapType(t)) {
    const m = typeLookup(t, N.__setitem__);
    if (m !== 0 && kindOf(m) !== Kind.MethodDescr) {
      call(bindDescriptor(m, o, t), [key, value]);
      return;
    }
  }
  switch (kindOf(o)) {
    case Kind.Dict: dictSetItem(o, key, value); return;
    case Kind.List:
      if (kindOf(key) === Kind.Slice) return assignSlice(o, key, value);
      listSetItem(o, listAssignIndex(o, key), value);
      return;
    default:
      raise('TypeError', `'${typeNameOf(o)}' object does not support item assignment`);
  }
}

function listAssignIndex(o: number, key: number): number {
  const k = kindOf(key);
  if (k !== Kind.Int && k !== Kind.Bool) raise('TypeError', `list indices must be integers or slices, not ${typeNameOf(key)}`);
  const len = I[o + LIST_LENGTH];
  let i = indexValue(key);
  if (typeof i === 'bigint') return raise('IndexError', `cannot fit 'int' into an index-sized integer`);
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise('IndexError', 'list assignment index out of range');
  return i;
}

/** list[slice] = iterable. CPython: list_ass_slice / list_ass_subscript. */
function assignSlice(o: number, slice: number, value: number): void {
  const items = value === o ? listItems(o) : iterateToArray(value);
  const [start, stop, step, count] = sliceIndices(slice, I[o + LIST_LENGTH]);
  if (step === 1) {
    listSplice(o, start, Math.max(start, stop), items);
    return;
  }
  if (items.length !== count) {
    raise('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  for (let i = 0; i < count; i++) listSetItem(o, start + i * step, items[i]);
}

/** del o[key]. */
export function deleteSubscript(o: number, key: number): void {
  const t = typeOf(o);
  if (isHeapType(t)) {
    const m = typeLookup(t, N.__delitem__);
    if (m !== 0 && kindOf(m) !== Kind.MethodDescr) {
      call(bindDescriptor(m, o, t), [key]);
      return;
    }
  }
  switch (kindOf(o)) {
    case Kind.Dict:
      if (dictPop(o, key) === 0) raiseObject(newException(T.KeyError, [key]));
      return;
    case Kind.List: {
      if (kindOf(key) === Kind.Slice) return deleteSlice(o, key);
      const i = listAssignIndex(o, key);
      listSplice(o, i, i + 1, []);
      return;
    }
    default:
      raise('TypeError', `'${typeNameOf(o)}' object doesn't support item deletion`);
  }
}

function deleteSlice(o: number, slice: number): void {
  const [start, , step, count] = sliceIndices(slice, I[o + LIST_LENGTH]);
  if (count === 0) return;
  if (step === 1) {
    listSplice(o, start, start + count, []);
    return;
  }
  const doomed = new Set<number>();
  for (let i = 0; i < count; i++) doomed.add(start + i * step);
  const kept = listItems(o).filter((_, i) => !doomed.has(i));
  listSplice(o, 0, I[o + LIST_LENGTH], kept);
}
