/**
 * dict: CPython's compact, insertion-ordered hash table. An index table (open
 * addressing, CPython's perturbed probe sequence) points into an append-only array of
 * (hash, key, value) entries, so iteration follows insertion order.
 * CPython: Objects/dictobject.c.
 *
 * Hashes are stored as tagged small ints so the collector can scan the entries array.
 * The keys version (DICT_KEYS_VERSION) is what LOAD_GLOBAL's caches compare: it drops to
 * 0 when a key is added or removed, never when a value is overwritten.
 */
import { I } from '../image/memory.js';
import { allocData, allocObject, allocValues } from '../image/heap.js';
import {
  DICT_ENTRIES, DICT_ENTRY_WORDS, DICT_INDICES, DICT_KEYS_VERSION, DICT_NENTRIES, DICT_TABLE_SIZE,
  DICT_USED, Kind, OB_TYPE, VALUES_START,
} from './layout.js';
import { T } from './statics.js';
import { hashOf, richEq } from '../vm/abstract.js';
import { strEquals, strHash } from './str.js';

const EMPTY = -1;
const DELETED = -2;
const MIN_SIZE = 8;

export function isDict(o: number): boolean {
  return (o & 1) === 0 && o !== 0 && (I[o] >> 3 & 127) === Kind.Dict;
}

export function newDict(expected = 0): number {
  let size = MIN_SIZE;
  while (usable(size) < expected) size <<= 1;
  const d = allocObject(Kind.Dict, T.dict, 8);
  I[d + DICT_TABLE_SIZE] = size;
  I[d + DICT_INDICES] = newIndices(size);
  I[d + DICT_ENTRIES] = allocValues(usable(size) * DICT_ENTRY_WORDS);
  return d;
}

function usable(size: number): number {
  return ((size << 1) / 3) | 0;
}

function newIndices(size: number): number {
  const ix = allocData(size);
  I.fill(EMPTY, ix + 2, ix + 2 + size);
  return ix;
}

export function dictLength(d: number): number {
  return I[d + DICT_USED];
}

/** Entry number of `key` (with hash `h`), or -1. May run Python __eq__. */
export function dictLookup(d: number, key: number, h: number): number {
  const mask = I[d + DICT_TABLE_SIZE] - 1;
  const ix = I[d + DICT_INDICES] + 2;
  const entries = I[d + DICT_ENTRIES] + VALUES_START;
  const tagged = (h << 1) | 1;
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    const e = I[ix + i];
    if (e === EMPTY) return -1;
    if (e >= 0) {
      const at = entries + e * DICT_ENTRY_WORDS;
      const k = I[at + 1];
      if (k === key) return e;
      if (I[at] === tagged && keysEqual(k, key)) return e;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

function keysEqual(stored: number, key: number): boolean {
  if ((stored & key & 1) === 1) return false; // distinct small ints
  if ((stored & 1) === 0 && (key & 1) === 0 && I[stored + OB_TYPE] === T.str && I[key + OB_TYPE] === T.str) {
    return strEquals(stored, key);
  }
  return richEq(stored, key);
}

/** The value for `key`, or 0 when absent. */
export function dictGetItem(d: number, key: number): number {
  const e = dictLookup(d, key, hashOf(key));
  return e < 0 ? 0 : I[I[d + DICT_ENTRIES] + VALUES_START + e * DICT_ENTRY_WORDS + 2];
}

/** The entry number of str key `key`, or -1 (the specializer's index and hint). Never runs Python code. */
export function dictLookupStrIndex(d: number, key: number): number {
  const h = strHash(key);
  const mask = I[d + DICT_TABLE_SIZE] - 1;
  const ix = I[d + DICT_INDICES] + 2;
  const entries = I[d + DICT_ENTRIES] + VALUES_START;
  const tagged = (h << 1) | 1;
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    const e = I[ix + i];
    if (e === EMPTY) return -1;
    if (e >= 0) {
      const k = I[entries + e * DICT_ENTRY_WORDS + 1];
      if (k === key || (I[entries + e * DICT_ENTRY_WORDS] === tagged && (k & 1) === 0 && I[k + OB_TYPE] === T.str && strEquals(k, key))) {
        return e;
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Lookup of a str key; 0 when absent. Never runs Python code. */
export function dictGetStr(d: number, key: number): number {
  const e = dictLookupStrIndex(d, key);
  return e < 0 ? 0 : I[I[d + DICT_ENTRIES] + VALUES_START + e * DICT_ENTRY_WORDS + 2];
}

export function dictSetItem(d: number, key: number, value: number): void {
  dictSetItemHashed(d, key, hashOf(key), value);
}

export function dictSetItemHashed(d: number, key: number, h: number, value: number): void {
  const e = dictLookup(d, key, h);
  const entries = I[d + DICT_ENTRIES];
  if (e >= 0) {
    I[entries + VALUES_START + e * DICT_ENTRY_WORDS + 2] = value;
    return;
  }
  let n = I[d + DICT_NENTRIES];
  if (n >= usable(I[d + DICT_TABLE_SIZE])) {
    resize(d, growthSize(I[d + DICT_USED] + 1));
    n = I[d + DICT_NENTRIES];
  }
  insertNew(d, key, h, value, n);
  I[d + DICT_KEYS_VERSION] = 0;
}

/** CPython's GROWTH_RATE: used * 3, rounded up to a power of two. */
function growthSize(used: number): number {
  let size = MIN_SIZE;
  while (size < used * 3) size <<= 1;
  return size;
}

function insertNew(d: number, key: number, h: number, value: number, n: number): void {
  const at = I[d + DICT_ENTRIES] + VALUES_START + n * DICT_ENTRY_WORDS;
  I[at] = (h << 1) | 1;
  I[at + 1] = key;
  I[at + 2] = value;
  const mask = I[d + DICT_TABLE_SIZE] - 1;
  const ix = I[d + DICT_INDICES] + 2;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I[ix + i] >= 0) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  I[ix + i] = n;
  I[d + DICT_NENTRIES] = n + 1;
  I[d + DICT_USED]++;
}

/** Rebuilds the table with `size` index slots, dropping deleted entries. */
function resize(d: number, size: number): void {
  const oldEntries = I[d + DICT_ENTRIES] + VALUES_START;
  const oldCount = I[d + DICT_NENTRIES];
  const entries = allocValues(usable(size) * DICT_ENTRY_WORDS);
  const indices = newIndices(size);
  I[d + DICT_TABLE_SIZE] = size;
  I[d + DICT_INDICES] = indices;
  I[d + DICT_ENTRIES] = entries;
  I[d + DICT_NENTRIES] = 0;
  I[d + DICT_USED] = 0;
  for (let e = 0; e < oldCount; e++) {
    const at = oldEntries + e * DICT_ENTRY_WORDS;
    if (I[at + 1] === 0) continue;
    insertNew(d, I[at + 1], I[at] >> 1, I[at + 2], I[d + DICT_NENTRIES]);
  }
  I[d + DICT_KEYS_VERSION] = 0;
}

/** Removes `key`; returns its value, or 0 when it was absent. */
export function dictPop(d: number, key: number): number {
  const h = hashOf(key);
  const e = dictLookup(d, key, h);
  if (e < 0) return 0;
  return removeEntry(d, e, h);
}

function removeEntry(d: number, e: number, h: number): number {
  const mask = I[d + DICT_TABLE_SIZE] - 1;
  const ix = I[d + DICT_INDICES] + 2;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I[ix + i] !== e) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  I[ix + i] = DELETED;
  const at = I[d + DICT_ENTRIES] + VALUES_START + e * DICT_ENTRY_WORDS;
  const value = I[at + 2];
  I[at] = 0;
  I[at + 1] = 0;
  I[at + 2] = 0;
  I[d + DICT_USED]--;
  I[d + DICT_KEYS_VERSION] = 0;
  return value;
}

/** Removes and returns the last entry as [key, value], or null when empty. */
export function dictPopLast(d: number): [number, number] | null {
  const entries = I[d + DICT_ENTRIES] + VALUES_START;
  for (let e = I[d + DICT_NENTRIES] - 1; e >= 0; e--) {
    const at = entries + e * DICT_ENTRY_WORDS;
    const key = I[at + 1];
    if (key === 0) continue;
    const value = removeEntry(d, e, I[at] >> 1);
    I[d + DICT_NENTRIES] = e;
    return [key, value];
  }
  return null;
}

export function dictClear(d: number): void {
  I[d + DICT_TABLE_SIZE] = MIN_SIZE;
  I[d + DICT_INDICES] = newIndices(MIN_SIZE);
  I[d + DICT_ENTRIES] = allocValues(usable(MIN_SIZE) * DICT_ENTRY_WORDS);
  I[d + DICT_NENTRIES] = 0;
  I[d + DICT_USED] = 0;
  I[d + DICT_KEYS_VERSION] = 0;
}

/**
 * Walks the entries from position `pos`: returns the next live entry's position, or -1.
 * Read its key and value with dictEntryKey / dictEntryValue.
 */
export function dictNext(d: number, pos: number): number {
  const entries = I[d + DICT_ENTRIES] + VALUES_START;
  const n = I[d + DICT_NENTRIES];
  for (let e = pos; e < n; e++) if (I[entries + e * DICT_ENTRY_WORDS + 1] !== 0) return e;
  return -1;
}

export function dictEntryKey(d: number, e: number): number {
  return I[I[d + DICT_ENTRIES] + VALUES_START + e * DICT_ENTRY_WORDS + 1];
}

export function dictEntryValue(d: number, e: number): number {
  return I[I[d + DICT_ENTRIES] + VALUES_START + e * DICT_ENTRY_WORDS + 2];
}

export function dictEntryHash(d: number, e: number): number {
  return I[I[d + DICT_ENTRIES] + VALUES_START + e * DICT_ENTRY_WORDS] >> 1;
}

/** Every (key, value) pair, for JS code that does not run Python code in between. */
export function dictItems(d: number): [number, number][] {
  const out: [number, number][] = [];
  for (let e = dictNext(d, 0); e >= 0; e = dictNext(d, e + 1)) out.push([dictEntryKey(d, e), dictEntryValue(d, e)]);
  return out;
}

/** Copies every entry of `src` into `dst`. */
export function dictUpdate(dst: number, src: number): void {
  for (let e = dictNext(src, 0); e >= 0; e = dictNext(src, e + 1)) {
    dictSetItemHashed(dst, dictEntryKey(src, e), dictEntryHash(src, e), dictEntryValue(src, e));
  }
}

export function dictCopy(src: number): number {
  const d = newDict(I[src + DICT_USED]);
  dictUpdate(d, src);
  return d;
}

/** The keys version, assigning a fresh one if it has none. CPython: _PyDictKeys_GetVersionForCurrentState. */
export function dictKeysVersion(d: number, nextVersionWord: number): number {
  let v = I[d + DICT_KEYS_VERSION];
  if (v === 0) {
    v = I[nextVersionWord]++;
    I[d + DICT_KEYS_VERSION] = v;
  }
  return v;
}

