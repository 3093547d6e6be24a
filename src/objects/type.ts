/**
 * type: class objects, their C3 MRO, attribute lookup along the MRO, and version tags.
 * CPython: Objects/typeobject.c (type_new, mro_internal, _PyType_Lookup,
 * assign_version_tag, PyType_Modified).
 */
import { I } from '../image/memory.js';
import { allocObject } from '../image/heap.js';
import { IS_GC_EPOCH, IS_NEXT_TYPE_VERSION } from '../image/layout.js';
import {
  Kind, OB_TYPE, TYPE_BASE, TYPE_BASES, TYPE_DICT, TYPE_FLAG, TYPE_FLAGS, TYPE_LAYOUT, TYPE_MRO, TYPE_NAME, TYPE_QUALNAME, TYPE_SUBCLASSES, TYPE_VERSION, TYPE_WORDS,
  TYPE_GETITEM,
} from './layout.js';
import { T } from './statics.js';
import { dictGetStr, newDict } from './dict.js';
import { newStr, strValue } from './str.js';
import { newTuple, tupleItem, tupleItems, tupleLength } from './tuple.js';
import { listAppend, listItems, newList } from './list.js';
import { raise } from '../vm/errors.js';

export function typeOf(v: number): number {
  return (v & 1) === 1 ? T.int : I[v + OB_TYPE];
}

export function isType(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && ((I[v] >> 3) & 127) === Kind.Type;
}

export function typeName(t: number): string {
  return strValue(I[t + TYPE_NAME]);
}

/** `type(v).__name__`, for error messages. */
export function typeNameOf(v: number): string {
  return typeName(typeOf(v));
}

export function isHeapType(t: number): boolean {
  return (I[t + TYPE_FLAGS] & TYPE_FLAG.heapType) !== 0;
}

/**
 * Allocates a type object. `bases` empty means `object` (or nothing, for object itself).
 * The MRO is computed here; raises TypeError when C3 linearization fails.
 */
export function newType(
  metatype: number, name: string, bases: number[], layout: Kind, flags: number, dict = newDict(),
): number {
  const t = allocObject(Kind.Type, metatype, TYPE_WORDS);
  I[t + TYPE_LAYOUT] = layout;
  I[t + TYPE_FLAGS] = flags;
  I[t + TYPE_NAME] = newStr(name);
  I[t + TYPE_QUALNAME] = I[t + TYPE_NAME];
  I[t + TYPE_DICT] = dict;
  I[t + TYPE_BASES] = newTuple(bases);
  I[t + TYPE_BASE] = bases.length > 0 ? solidBase(bases) : 0;
  I[t + TYPE_MRO] = newTuple(computeMro(t, bases));
  for (const b of bases) addSubclass(b, t);
  return t;
}

function addSubclass(base: number, sub: number): void {
  if (I[base + TYPE_SUBCLASSES] === 0) I[base + TYPE_SUBCLASSES] = newList();
  listAppend(I[base + TYPE_SUBCLASSES], sub);
}

/** The base whose instance layout a new class shares (CPython's best_base, simplified). */
function solidBase(bases: number[]): number {
  let best = bases[0];
  for (const b of bases) {
    if (I[b + TYPE_LAYOUT] !== Kind.Instance && I[best + TYPE_LAYOUT] === Kind.Instance) best = b;
  }
  for (const b of bases) {
    const layout = I[b + TYPE_LAYOUT];
    if (layout !== Kind.Instance && layout !== I[best + TYPE_LAYOUT]) {
      raise('TypeError', 'multiple bases have instance lay-out conflict');
    }
  }
  return best;
}

/** C3 linearization. CPython: Objects/typeobject.c, mro_implementation. */
function computeMro(t: number, bases: number[]): number[] {
  if (bases.length === 0) return [t];
  const seqs = bases.map((b) => tupleItems(I[b + TYPE_MRO]));
  seqs.push([...bases]);
  const result = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let next = 0;
    for (const s of live) {
      const head = s[0];
      if (!live.some((other) => other.indexOf(head) > 0)) {
        next = head;
        break;
      }
    }
    if (next === 0) {
      // CPython's set_mro_error names the heads still waiting to be merged.
      const names = [...new Set(live.map((s) => s[0]))].map((b) => typeName(b)).join(', ');
      raise('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    result.push(next);
    for (const s of live) if (s[0] === next) s.shift();
  }
}

/**
 * This thread's attribute cache (CPython: the type attribute cache of typeobject.c):
 * (type version, name) -> lookup result. Versions are never reused, so a modified type
 * cannot hit; entries also hold heap offsets, so a collection empties the cache.
 */
const CACHE_SIZE = 4096;
const cacheVersion = new Int32Array(CACHE_SIZE);
const cacheName = new Int32Array(CACHE_SIZE);
const cacheValue = new Int32Array(CACHE_SIZE);
let cacheEpoch = -1;

/** Forgets every cached lookup: another image's versions and offsets mean nothing in this one. */
export function resetTypeCache(): void {
  cacheEpoch = -1;
}

/** `name` (a str object) looked up along the MRO of `t`; 0 when absent. CPython: _PyType_Lookup. */
export function typeLookup(t: number, name: number): number {
  const epoch = I[IS_GC_EPOCH];
  if (epoch !== cacheEpoch) {
    cacheVersion.fill(0);
    cacheEpoch = epoch;
  }
  const version = I[t + TYPE_VERSION] || typeVersion(t);
  const slot = Math.imul(version ^ Math.imul(name, 0x85ebca77), 0x9e3779b1) >>> 20;
  if (cacheVersion[slot] === version && cacheName[slot] === name) return cacheValue[slot];
  const value = lookupMro(t, name);
  cacheVersion[slot] = version;
  cacheName[slot] = name;
  cacheValue[slot] = value;
  return value;
}

function lookupMro(t: number, name: number): number {
  const mro = I[t + TYPE_MRO];
  const n = tupleLength(mro);
  for (let i = 0; i < n; i++) {
    const v = dictGetStr(I[tupleItem(mro, i) + TYPE_DICT], name);
    if (v !== 0) return v;
  }
  return 0;
}

/** Whether `t` is `base` or a subclass of it. */
export function isSubtype(t: number, base: number): boolean {
  if (t === base) return true;
  const mro = I[t + TYPE_MRO];
  const n = tupleLength(mro);
  for (let i = 0; i < n; i++) if (tupleItem(mro, i) === base) return true;
  return false;
}

/** The type's version tag, assigning a fresh one if it has none. CPython: assign_version_tag. */
export function typeVersion(t: number): number {
  let v = I[t + TYPE_VERSION];
  if (v === 0) {
    v = I[IS_NEXT_TYPE_VERSION]++;
    I[t + TYPE_VERSION] = v;
  }
  return v;
}

/** Invalidates the version tags of `t` and all its subclasses. CPython: PyType_Modified. */
export function typeModified(t: number): void {
  I[t + TYPE_VERSION] = 0;
  I[t + TYPE_GETITEM] = 0;
  const subs = I[t + TYPE_SUBCLASSES];
  if (subs !== 0) for (const s of listItems(subs)) typeModified(s);
}

export function typeDict(t: number): number {
  return I[t + TYPE_DICT];
}

export function typeMro(t: number): number[] {
  return tupleItems(I[t + TYPE_MRO]);
}

export function typeSetQualname(t: number, qualname: number): void {
  I[t + TYPE_QUALNAME] = qualname;
}

