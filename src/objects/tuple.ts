/** tuple: length and items inline. CPython: Objects/tupleobject.c. */
import { I } from '../image/memory.js';
import { allocObject } from '../image/heap.js';
import { Kind, TUPLE_ITEMS, TUPLE_LENGTH } from './layout.js';
import { S, T } from './statics.js';

export function newTuple(items: readonly number[]): number {
  const n = items.length;
  if (n === 0 && S.emptyTuple !== 0) return S.emptyTuple;
  const o = allocTuple(n);
  for (let i = 0; i < n; i++) I[o + TUPLE_ITEMS + i] = items[i];
  return o;
}

/** A tuple of `n` NULL items for the caller to fill before anything else allocates... or not: NULLs are safe. */
export function allocTuple(n: number): number {
  const o = allocObject(Kind.Tuple, T.tuple, TUPLE_ITEMS + n);
  I[o + TUPLE_LENGTH] = n;
  return o;
}

/** A tuple made of I[from .. from+n). */
export function tupleFromWords(from: number, n: number): number {
  if (n === 0 && S.emptyTuple !== 0) return S.emptyTuple;
  const o = allocTuple(n);
  I.copyWithin(o + TUPLE_ITEMS, from, from + n);
  return o;
}

export function tupleLength(o: number): number {
  return I[o + TUPLE_LENGTH];
}

export function tupleItem(o: number, i: number): number {
  return I[o + TUPLE_ITEMS + i];
}

export function tupleItems(o: number): number[] {
  const n = I[o + TUPLE_LENGTH];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I[o + TUPLE_ITEMS + i];
  return out;
}

export function isTuple(o: number): boolean {
  return (o & 1) === 0 && o !== 0 && ((I[o] >> 3) & 127) === Kind.Tuple;
}

