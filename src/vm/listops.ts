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
import { strCompare } from '../objects/str.js';

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
      timsort(order, lessThanFor(keys));
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

/**
 * The sort's `<` on indices into `keys`, chosen once from the keys' types as CPython's
 * pre-sort check does: small ints compare as their tagged words (unsafe_long_compare),
 * plain strs by code points (unsafe_latin_compare), tuples by their first items
 * when those differ and are all of one such type (unsafe_tuple_compare); anything else,
 * and tuples whose first items are equal, by the comparison protocol.
 */
function lessThanFor(keys: number[]): LessThan {
  const generic: LessThan = (x, y) => compareBool(keys[x], keys[y], Cmp.Lt);
  const kind = commonKind(keys, 0);
  if (kind === KeyKind.SmallInt) return (x, y) => keys[x] < keys[y];
  if (kind === KeyKind.Str) return (x, y) => strCompare(keys[x], keys[y]) < 0;
  if (kind !== KeyKind.Tuple) return generic;
  const firstKind = commonKind(keys, TUPLE_ITEMS);
  if (firstKind === KeyKind.SmallInt) {
    return (x, y) => {
      const a = I[keys[x] + TUPLE_ITEMS], b = I[keys[y] + TUPLE_ITEMS];
      return a !== b ? a < b : generic(x, y);
    };
  }
  if (firstKind === KeyKind.Str) {
    return (x, y) => {
      const c = strCompare(I[keys[x] + TUPLE_ITEMS], I[keys[y] + TUPLE_ITEMS]);
      return c !== 0 ? c < 0 : generic(x, y);
    };
  }
  return generic;
}

const enum KeyKind { Mixed, SmallInt, Str, Tuple }

/** What all `keys` are (or, with `item` = TUPLE_ITEMS, all their first items): one kind, or Mixed. */
function commonKind(keys: number[], item: number): KeyKind {
  let kind = KeyKind.Mixed;
  for (let i = 0; i < keys.length; i++) {
    const v = item === 0 ? keys[i] : I[keys[i] + item];
    const k = (v & 1) === 1 ? KeyKind.SmallInt
      : I[v + OB_TYPE] === T.str ? KeyKind.Str
        : I[v + OB_TYPE] === T.tuple && I[v + TUPLE_LENGTH] > 0 ? KeyKind.Tuple : KeyKind.Mixed;
    if (k === KeyKind.Mixed || (i > 0 && k !== kind)) return KeyKind.Mixed;
    kind = k;
  }
  return kind;
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

/** Merges the sorted a[lo..mid) and a[mid..hi) stably, from a copy of the left run (CPython's merge_lo, without galloping). */
function merge(a: number[], lt: LessThan, lo: number, mid: number, hi: number): void {
  if (!lt(a[mid], a[mid - 1])) return; // already in order
  const left = a.slice(lo, mid);
  let i = 0;
  let j = mid;
  let k = lo;
  try {
    while (i < left.length && j < hi) {
      const v = lt(a[j], left[i]) ? a[j++] : left[i++];
      a[k++] = v;
    }
  } finally {
    // Also when lt raised: the left items not merged yet fill the gap, so that `a` stays a permutation.
    while (i < left.length) a[k++] = left[i++];
  }
}
