/**
 * list: length plus a separately allocated items array that grows like CPython's
 * (over-allocation ~1/8). Unused item slots are always NULL, so the collector can scan
 * the whole array. CPython: Objects/listobject.c.
 */
import { I } from '../image/memory.js';
import { allocObject, allocValues } from '../image/heap.js';
import { Kind, LIST_ITEMS, LIST_LENGTH, VALUES_CAPACITY, VALUES_START } from './layout.js';
import { T } from './statics.js';

export function newList(capacity = 0): number {
  const o = allocObject(Kind.List, T.list, 4);
  I[o + LIST_ITEMS] = allocValues(capacity < 4 ? 4 : capacity);
  return o;
}

export function listFrom(items: readonly number[]): number {
  const o = newList(items.length);
  const base = I[o + LIST_ITEMS] + VALUES_START;
  for (let i = 0; i < items.length; i++) I[base + i] = items[i];
  I[o + LIST_LENGTH] = items.length;
  return o;
}

/** A list made of I[from .. from+n). */
export function listFromWords(from: number, n: number): number {
  const o = newList(n);
  I.copyWithin(I[o + LIST_ITEMS] + VALUES_START, from, from + n);
  I[o + LIST_LENGTH] = n;
  return o;
}

export function isList(o: number): boolean {
  return (o & 1) === 0 && o !== 0 && ((I[o] >> 3) & 127) === Kind.List;
}

export function listLength(o: number): number {
  return I[o + LIST_LENGTH];
}

export function listItem(o: number, i: number): number {
  return I[I[o + LIST_ITEMS] + VALUES_START + i];
}

export function listSetItem(o: number, i: number, v: number): void {
  I[I[o + LIST_ITEMS] + VALUES_START + i] = v;
}

/** Word index of item 0 (valid until the list next grows). */
export function listBase(o: number): number {
  return I[o + LIST_ITEMS] + VALUES_START;
}

/** Makes room for `n` items; CPython's growth pattern (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...). */
export function listReserve(o: number, n: number): void {
  const items = I[o + LIST_ITEMS];
  if (n <= I[items + VALUES_CAPACITY]) return;
  const capacity = (n + (n >> 3) + 6) & ~3;
  const grown = allocValues(capacity);
  const len = I[o + LIST_LENGTH];
  I.copyWithin(grown + VALUES_START, items + VALUES_START, items + VALUES_START + len);
  I[o + LIST_ITEMS] = grown;
}

export function listAppend(o: number, v: number): void {
  const n = I[o + LIST_LENGTH];
  let items = I[o + LIST_ITEMS];
  if (n >= I[items + VALUES_CAPACITY]) {
    listReserve(o, n + 1);
    items = I[o + LIST_ITEMS];
  }
  I[items + VALUES_START + n] = v;
  I[o + LIST_LENGTH] = n + 1;
}

/** Sets the length, NULLing dropped slots so the collector does not see stale values. */
export function listSetLength(o: number, n: number): void {
  const old = I[o + LIST_LENGTH];
  if (n > old) listReserve(o, n);
  else I.fill(0, I[o + LIST_ITEMS] + VALUES_START + n, I[o + LIST_ITEMS] + VALUES_START + old);
  I[o + LIST_LENGTH] = n;
}

export function listItems(o: number): number[] {
  const n = I[o + LIST_LENGTH];
  const base = I[o + LIST_ITEMS] + VALUES_START;
  return Array.from(I.subarray(base, base + n));
}

/** Replaces the items [lo, hi) with `items`. */
export function listSplice(o: number, lo: number, hi: number, items: readonly number[]): void {
  const n = I[o + LIST_LENGTH];
  const newLen = n - (hi - lo) + items.length;
  listReserve(o, newLen);
  const base = I[o + LIST_ITEMS] + VALUES_START;
  I.copyWithin(base + lo + items.length, base + hi, base + n);
  for (let i = 0; i < items.length; i++) I[base + lo + i] = items[i];
  if (newLen < n) I.fill(0, base + newLen, base + n);
  I[o + LIST_LENGTH] = newLen;
}
