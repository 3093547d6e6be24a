/**
 * range's and slice's constructors and methods. A range keeps start, stop, step and its
 * length as Python ints, so big bounds work; membership of ints is arithmetic.
 * CPython: Objects/rangeobject.c (range_new, compute_range_length, range_contains_long,
 * range_index, range_count), Objects/sliceobject.c (slice_new, slice_indices).
 */
import { I } from '../../image/memory.js';
import { allocObject } from '../../image/heap.js';
import {
  Kind, OB_TYPE, RANGE_LENGTH, RANGE_START, RANGE_STEP, RANGE_STOP, SLICE_START, SLICE_STEP, SLICE_STOP,
} from '../../objects/layout.js';
import { NONE, T, bool } from '../../objects/statics.js';
import { intValue, newInt, newIntFrom } from '../../objects/int.js';
import { newTuple } from '../../objects/tuple.js';
import { defineConstructor, defineMethods, type NativeFn } from '../natives.js';
import { raise } from '../errors.js';
import { indexValue, repr, richEq } from '../abstract.js';
import { sliceIndices } from '../subscript.js';
import { oneArg, slotArgs, someArgs, someItem, ssizeArg } from './common.js';

/** The number of items. CPython: compute_range_length. */
function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return stop < start ? (start - stop - 1n) / -step + 1n : 0n;
}

/** range(stop) / range(start, stop[, step]). CPython: range_new, range_from_array. */
defineConstructor('range', someArgs('range', 1, 3, (_cls, args, nargs) => {
  const values = [];
  for (let i = 0; i < nargs; i++) values.push(indexValue(I[args + i]));
  const [start, stop, step] = nargs === 1 ? [0, values[0], 1] : [values[0], values[1], nargs === 3 ? values[2] : 1];
  if (step == 0) raise('ValueError', 'range() arg 3 must not be zero');
  let length: number | bigint;
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number' &&
      Math.abs(start) < 0x40000000 && Math.abs(stop) < 0x40000000 && Math.abs(step) < 0x40000000) {
    length = step > 0 ? (start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0)
      : (stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0);
  } else {
    length = rangeLength(BigInt(start), BigInt(stop), BigInt(step));
  }
  const r = allocObject(Kind.Range, T.range, 6);
  I[r + RANGE_START] = newIntFrom(start);
  I[r + RANGE_STOP] = newIntFrom(stop);
  I[r + RANGE_STEP] = newIntFrom(step);
  I[r + RANGE_LENGTH] = newIntFrom(length);
  return r;
}));

/** Exactly an int or a bool: the values whose membership is computed. CPython: PyLong_CheckExact || PyBool_Check. */
function isPlainInt(v: number): boolean {
  return (v & 1) === 1 || I[v + OB_TYPE] === T.int || I[v + OB_TYPE] === T.bool;
}

/** The position of the int `v` in range r, or -1n. CPython: range_contains_long, range_index. */
function positionOf(r: number, v: number): bigint {
  const start = BigInt(intValue(I[r + RANGE_START]));
  const stop = BigInt(intValue(I[r + RANGE_STOP]));
  const step = BigInt(intValue(I[r + RANGE_STEP]));
  const x = BigInt(intValue(v));
  const inside = step > 0n ? start <= x && x < stop : stop < x && x <= start;
  return inside && (x - start) % step === 0n ? (x - start) / step : -1n;
}

/** Iterates r comparing each item with ==: the fallback for values that are not ints. CPython: _PySequence_IterSearch. */
function searchByEquality(r: number, v: number, countAll: boolean): number {
  let i = 0;
  let n = 0;
  const found = someItem(r, (item) => {
    if (richEq(item, v)) {
      if (!countAll) return true;
      n++;
    }
    i++;
    return false;
  });
  return countAll ? n : found ? i : -1;
}

const contains: NativeFn = slotArgs('__contains__', 1, (self, args) => {
  const v = I[args];
  return bool(isPlainInt(v) ? positionOf(self, v) >= 0n : searchByEquality(self, v, false) >= 0);
});

defineMethods('range', {
  index: oneArg('range.index', (self, v) => {
    if (isPlainInt(v)) {
      const i = positionOf(self, v);
      if (i < 0n) raise('ValueError', `${repr(v)} is not in range`);
      return newIntFrom(i);
    }
    const i = searchByEquality(self, v, false);
    if (i < 0) raise('ValueError', 'sequence.index(x): x not in sequence');
    return newInt(i);
  }),
  count: oneArg('range.count', (self, v) => {
    if (isPlainInt(v)) return newInt(positionOf(self, v) >= 0n ? 1 : 0);
    return newInt(searchByEquality(self, v, true));
  }),
  __contains__: contains,
});

/** slice(stop) / slice(start, stop[, step]). CPython: slice_new. */
defineConstructor('slice', someArgs('slice', 1, 3, (_cls, args, nargs) => {
  const s = allocObject(Kind.Slice, T.slice, 6);
  I[s + SLICE_START] = nargs === 1 ? NONE : I[args];
  I[s + SLICE_STOP] = nargs === 1 ? I[args] : I[args + 1];
  I[s + SLICE_STEP] = nargs === 3 ? I[args + 2] : NONE;
  return s;
}));

defineMethods('slice', {
  /** slice.indices(length): (start, stop, step) for a sequence of that length. CPython: slice_indices. */
  indices: oneArg('slice.indices', (self, length) => {
    const n = ssizeArg(length);
    if (n < 0) raise('ValueError', 'length should not be negative');
    const [start, stop, step] = sliceIndices(self, n);
    return newTuple([newInt(start), newInt(stop), newInt(step)]);
  }),
});
