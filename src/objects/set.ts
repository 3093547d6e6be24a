/**
 * set and frozenset: open addressing with CPython's probe sequence (a run of linear
 * probes, then perturbation) and resize policy, so that a set of small ints iterates in
 * the same order as in CPython. CPython: Objects/setobject.c.
 */
import { I } from '../image/memory.js';
import { allocObject, allocValues } from '../image/heap.js';
import { Kind, SET_FILL, SET_MASK, SET_TABLE, SET_USED, VALUES_START } from './layout.js';
import { S, T } from './statics.js';
import { hashOf, richEq } from '../vm/abstract.js';

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;

/**
 * CPython's probe sequence shifts a 64-bit `perturb` (the hash as size_t). Only its low
 * 32 bits reach the index, but a negative hash shifts ones in from the high half, so
 * each probe loop carries the high word too (`hi`, 0 or all ones).
 */
function nextProbe(i: number, mask: number, lo: number, hi: number): number {
  return (i * 5 + 1 + (((lo >>> 5) | ((hi & 31) << 27)) >>> 0)) & mask;
}

export function newSet(type = T.set): number {
  const o = allocObject(Kind.Set, type, 6);
  I[o + SET_MASK] = MIN_SIZE - 1;
  I[o + SET_TABLE] = allocValues(MIN_SIZE * 2);
  return o;
}

function slotKey(table: number, i: number): number {
  return I[table + VALUES_START + 2 * i + 1];
}

/** Slot index holding `key`, or -1. */
export function setLookup(o: number, key: number, h: number): number {
  const mask = I[o + SET_MASK];
  const table = I[o + SET_TABLE];
  const tagged = (h << 1) | 1;
  let i = h & mask;
  let lo = h >>> 0;
  let hi = h < 0 ? 0xffffffff : 0;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const at = table + VALUES_START + 2 * j;
      const k = I[at + 1];
      if (k === 0) return -1;
      if (k === key || (I[at] === tagged && k !== S.Dummy && richEq(k, key))) return j;
      if (probes-- === 0) break;
      j++;
    }
    i = nextProbe(i, mask, lo, hi);
    lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
    hi >>>= 5;
  }
}

export function setContains(o: number, key: number): boolean {
  return setLookup(o, key, hashOf(key)) >= 0;
}

/** Adds `key`; returns false if it was already there. */
export function setAdd(o: number, key: number): boolean {
  return setAddHashed(o, key, hashOf(key));
}

export function setAddHashed(o: number, key: number, h: number): boolean {
  if (setLookup(o, key, h) >= 0) return false;
  const mask = I[o + SET_MASK];
  const table = I[o + SET_TABLE];
  let i = h & mask;
  let lo = h >>> 0;
  let hi = h < 0 ? 0xffffffff : 0;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const at = table + VALUES_START + 2 * j;
      const k = I[at + 1];
      if (k === 0 || k === S.Dummy) {
        if (k === 0) I[o + SET_FILL]++;
        I[at] = (h << 1) | 1;
        I[at + 1] = key;
        I[o + SET_USED]++;
        if (k === 0 && I[o + SET_FILL] * 5 >= mask * 3) {
          const used = I[o + SET_USED];
          setResize(o, used > 50000 ? used * 2 : used * 4);
        }
        return true;
      }
      if (probes-- === 0) break;
      j++;
    }
    i = nextProbe(i, mask, lo, hi);
    lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
    hi >>>= 5;
  }
}

/** A fresh table for at least `minUsed` keys, live keys reinserted in table order. CPython: set_table_resize. */
export function setResize(o: number, minUsed: number): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size <<= 1;
  const oldTable = I[o + SET_TABLE];
  const oldSize = I[o + SET_MASK] + 1;
  const table = allocValues(size * 2);
  const mask = size - 1;
  I[o + SET_TABLE] = table;
  I[o + SET_MASK] = mask;
  I[o + SET_FILL] = I[o + SET_USED];
  for (let s = 0; s < oldSize; s++) {
    const at = oldTable + VALUES_START + 2 * s;
    const key = I[at + 1];
    if (key === 0 || key === S.Dummy) continue;
    setInsertClean(table, mask, key, I[at]);
  }
}

/** Puts a key known to be absent into the first free slot of its probe sequence. CPython: set_insert_clean. */
export function setInsertClean(table: number, mask: number, key: number, taggedHash: number): void {
  const h = taggedHash >> 1;
  let i = h & mask;
  let lo = h >>> 0;
  let hi = h < 0 ? 0xffffffff : 0;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const at = table + VALUES_START + 2 * j;
      if (I[at + 1] === 0) {
        I[at] = taggedHash;
        I[at + 1] = key;
        return;
      }
      if (probes-- === 0) break;
      j++;
    }
    i = nextProbe(i, mask, lo, hi);
    lo = ((lo >>> 5) | ((hi & 31) << 27)) >>> 0;
    hi >>>= 5;
  }
}

/** Removes `key`; returns false if it was absent. */
export function setDiscard(o: number, key: number): boolean {
  const j = setLookup(o, key, hashOf(key));
  if (j < 0) return false;
  const at = I[o + SET_TABLE] + VALUES_START + 2 * j;
  I[at] = -1;
  I[at + 1] = S.Dummy;
  I[o + SET_USED]--;
  return true;
}

export function setClear(o: number): void {
  I[o + SET_MASK] = MIN_SIZE - 1;
  I[o + SET_TABLE] = allocValues(MIN_SIZE * 2);
  I[o + SET_USED] = 0;
  I[o + SET_FILL] = 0;
}

/** Next occupied slot at or after `pos`, or -1. */
export function setNext(o: number, pos: number): number {
  const size = I[o + SET_MASK] + 1;
  const table = I[o + SET_TABLE];
  for (let j = pos; j < size; j++) {
    const k = slotKey(table, j);
    if (k !== 0 && k !== S.Dummy) return j;
  }
  return -1;
}

export function setSlotKey(o: number, j: number): number {
  return slotKey(I[o + SET_TABLE], j);
}

export function setItems(o: number): number[] {
  const out: number[] = [];
  for (let j = setNext(o, 0); j >= 0; j = setNext(o, j + 1)) out.push(setSlotKey(o, j));
  return out;
}

/** Removes and returns an arbitrary element (CPython pops in table order), or 0 when empty. */
export function setPop(o: number): number {
  const j = setNext(o, 0);
  if (j < 0) return 0;
  const key = setSlotKey(o, j);
  const at = I[o + SET_TABLE] + VALUES_START + 2 * j;
  I[at] = -1;
  I[at + 1] = S.Dummy;
  I[o + SET_USED]--;
  return key;
}
