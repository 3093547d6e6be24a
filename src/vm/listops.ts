/**
 * The list operations the VM shares with the list methods: extend (`+=`, LIST_EXTEND,
 * list.extend) and sort (list.sort, sorted()). CPython: Objects/listobject.c (list_extend,
 * list_sort_impl) and Objects/listsort.txt.
 */
import { I } from '../image/memory.js';
import { allocValues } from '../image/heap.js';
import { LIST_ITEMS, LIST_LENGTH, OB_TYPE, TUPLE_ITEMS, TUPLE_LENGTH, VALUES_START } from '../objects/layout.js';
import { T } from '../objects/statics.js';
import { listAppend, listBase, listReserve } from '../objects/list.js';
import { raise } from './errors.js';
import { call } from './call.js';
import { Cmp, compareBool } from './abstract.js';
import { popRoots, pushRoot } from './roots.js';
import { forEachItem } from './methods/common.js';

/** list.extend(iterable). CPython: list_extend. */
export function listExtend(list: number, iterable: number): void {
  const t = (iterable & 1) === 0 ? I[iterable + OB_TYPE] : 0;
  if (t === T.list || t === T.tuple || iterable === list) {
    const isTuple = t === T.tuple;
    const n = isTuple ? I[iterable + TUPLE_LENGTH] : I[iterable + LIST_LENGTH];
    const len = I[list + LIST_LENGTH];
    listReserve(list, len + n);
    const from = isTuple ? iterable + TUPLE_ITEMS : listBase(iterable); // after the reserve: the list may be `iterable`
    I.copyWithin(listBase(list) + len, from, from + n);
    I[list + LIST_LENGTH] = len + n;
    return;
  }
  forEachItem(iterable, (v) => listAppend(list, v));
}

// ---- sorting -------------------------------------------------------------------------------

/**
 * Sorts `list` in place, stably: by `key(item)` when `key` is not 0, descending with `reverse`.
 * While it sorts, the list is empty (what Python code run by key or __lt__ sees); a list
 * changed meanwhile raises "list modified during sort" and gets the sorted items back.
 * CPython: list_sort_impl.
 */
export function listSort(list: number, key: number, reverse: boolean): void {
  const n = I[list + LIST_LENGTH];
  if (n < 2 && key === 0) return;
  const saved = I[list + LIST_ITEMS];
  const emptied = allocValues(0); // capacity 0: any append reallocates, so a change is always seen
  I[list + LIST_ITEMS] = emptied;
  I[list + LIST_LENGTH] = 0;
  const mark = pushRoot(saved);
  const items = Array.from(I.subarray(saved + VALUES_START, saved + VALUES_START + n));
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let keys = items;
  let reversed = false;
  let sorted = false;
  try {
    if (key !== 0) keys = computeKeys(key, items);
    if (key === 0 && sortSmallInts(items)) {
      if (reverse) items.reverse();
    } else {
      if (reverse) {
        order.reverse();
        reversed = true;
      }
      timsort(order, (x, y) => compareBool(keys[x], keys[y], Cmp.Lt));
    }
    sorted = true;
  } finally {
    if (reversed) order.reverse();
    for (let i = 0; i < n; i++) I[saved + VALUES_START + i] = items[order[i]];
    const modified = I[list + LIST_ITEMS] !== emptied || I[list + LIST_LENGTH] !== 0;
    I[list + LIST_ITEMS] = saved;
    I[list + LIST_LENGTH] = n;
    popRoots(mark);
    if (modified && sorted) raise('ValueError', 'list modified during sort');
  }
}

/** key(item) for every item, kept in a rooted values array while the key function runs. */
function computeKeys(key: number, items: number[]): number[] {
  const n = items.length;
  const block = allocValues(n);
  pushRoot(block); // popped with the sort's mark
  for (let i = 0; i < n; i++) I[block + VALUES_START + i] = call(key, [items[i]]);
  return Array.from(I.subarray(block + VALUES_START, block + VALUES_START + n));
}

/** Sorts `items` in place if they are all small ints: equal ones are identical words, so stability is moot. */
function sortSmallInts(items: number[]): boolean {
  for (let i = 0; i < items.length; i++) if ((items[i] & 1) === 0) return false;
  const words = Int32Array.from(items).sort(); // tagged words order like their values
  for (let i = 0; i < items.length; i++) items[i] = words[i];
  return true;
}

/** CPython: merge_compute_minrun. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** `<` on two of the values being sorted. */
export type LessThan = (x: number, y: number) => boolean;

/**
 * A stable in-place sort of `a` using only `lt`. Natural runs are found and extended to
 * minrun by binary insertion as CPython's timsort does (so short lists see CPython's exact
 * comparisons); runs are then merged pairwise. Every step leaves `a` a permutation of
 * itself, so an exception from `lt` leaves the list whole.
 */
export function timsort(a: number[], lt: LessThan): void {
  const n = a.length;
  if (n < 2) return;
  const minrun = minRun(n);
  let bounds: number[] = [0];
  for (let lo = 0; lo < n; ) {
    let hi = countRun(a, lt, lo, n);
    if (hi - lo < minrun) {
      const force = Math.min(n, lo + minrun);
      binaryInsertionSort(a, lt, lo, force, hi);
      hi = force;
    }
    bounds.push(hi);
    lo = hi;
  }
  while (bounds.length > 2) {
    const next = [0];
    for (let i = 0; i + 1 < bounds.length; i += 2) {
      if (i + 2 < bounds.length) {
        merge(a, lt, bounds[i], bounds[i + 1], bounds[i + 2]);
        next.push(bounds[i + 2]);
      } else {
        next.push(bounds[i + 1]);
      }
    }
    bounds = next;
  }
}

/** The end of the run starting at lo; a strictly descending run is reversed. CPython: count_run. */
function countRun(a: number[], lt: LessThan, lo: number, hi: number): number {
  let i = lo + 1;
  if (i === hi) return hi;
  if (lt(a[i], a[lo])) {
    for (i++; i < hi && lt(a[i], a[i - 1]); i++);
    for (let x = lo, y = i - 1; x < y; x++, y--) [a[x], a[y]] = [a[y], a[x]];
  } else {
    for (i++; i < hi && !lt(a[i], a[i - 1]); i++);
  }
  return i;
}

/** Sorts a[lo..hi) given that a[lo..start) is sorted. CPython: binarysort. */
function binaryInsertionSort(a: number[], lt: LessThan, lo: number, hi: number, start: number): void {
  for (let s = start; s < hi; s++) {
    const pivot = a[s];
    let l = lo;
    let r = s;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, a[p])) r = p;
      else l = p + 1;
    }
    for (let j = s; j > l; j--) a[j] = a[j - 1];
    a[l] = pivot;
  }
}

/** Merges the sorted a[lo..mid) and a[mid..hi), stably; a is only written once the merge is done. */
function merge(a: number[], lt: LessThan, lo: number, mid: number, hi: number): void {
  if (!lt(a[mid], a[mid - 1])) return; // already in order
  const out = new Array<number>(hi - lo);
  let i = lo;
  let j = mid;
  let k = 0;
  while (i < mid && j < hi) out[k++] = lt(a[j], a[i]) ? a[j++] : a[i++];
  while (i < mid) out[k++] = a[i++];
  while (j < hi) out[k++] = a[j++];
  for (k = 0; k < out.length; k++) a[lo + k] = out[k];
}
