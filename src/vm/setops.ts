/**
 * Set algebra, shared by the operators `| & - ^` (and their in-place forms) and the set
 * methods. A result takes the base type of the left operand (set or frozenset, never a
 * subclass). Operations that hash or compare may run Python code (__hash__, __eq__, a
 * generator), so fresh sets are kept as temporary roots while they are filled.
 * CPython: Objects/setobject.c, Objects/dictobject.c (dictviews_or and friends).
 */
import { I } from '../image/memory.js';
import { DICT_USED, Kind, SET_FILL, SET_MASK, SET_TABLE, SET_USED, VALUES_START } from '../objects/layout.js';
import { S, T } from '../objects/statics.js';
import {
  newSet, setAdd, setAddHashed, setClear, setContains, setDiscard, setInsertClean, setLookup, setNext, setResize,
  setSlotKey,
} from '../objects/set.js';
import { dictEntryHash, dictEntryKey, dictNext } from '../objects/dict.js';
import { isSubtype, typeOf } from '../objects/type.js';
import { contains, kindOf, lengthOf } from './abstract.js';
import { forEachItem, rooted, someItem } from './methods/common.js';

/** The NB_* numbers of the four set operators. */
const OR = 7;
const AND = 1;
const SUBTRACT = 10;
const XOR = 12;

function isAnySet(v: number): boolean {
  return kindOf(v) === Kind.Set;
}

/** set or frozenset: the type of the sets an operation on `s` makes. CPython: make_new_set_basetype. */
export function setBaseType(s: number): number {
  return isSubtype(typeOf(s), T.frozenset) ? T.frozenset : T.set;
}

function isMutableSet(s: number): boolean {
  return isSubtype(typeOf(s), T.set);
}

/** The stored hash of the key in slot j. */
function slotHash(s: number, j: number): number {
  return I[I[s + SET_TABLE] + VALUES_START + 2 * j] >> 1;
}

/** Runs fn with the fresh set `s` rooted, and returns s. */
function filling(s: number, fn: () => void): number {
  return rooted(s, () => {
    fn();
    return s;
  });
}

// ---- building and updating -------------------------------------------------------------

/** A new set of `type` holding the items of `iterable`. CPython: make_new_set. */
export function setFromIterable(type: number, iterable: number): number {
  const s = newSet(type);
  return filling(s, () => setUpdate(s, iterable));
}

/** s |= iterable. CPython: set_update_internal (sets and dicts reuse their stored hashes). */
export function setUpdate(s: number, iterable: number): void {
  const k = kindOf(iterable);
  if (k === Kind.Set) {
    mergeSet(s, iterable);
  } else if (k === Kind.Dict && typeOf(iterable) === T.dict) {
    presize(s, I[iterable + DICT_USED]);
    for (let e = dictNext(iterable, 0); e >= 0; e = dictNext(iterable, e + 1)) {
      setAddHashed(s, dictEntryKey(iterable, e), dictEntryHash(iterable, e));
    }
  } else {
    forEachItem(iterable, (key) => setAdd(s, key));
  }
}

// ---- table sizing as CPython's merges do it -----------------------------------------------
// set.ts grows a table one insertion at a time; CPython's merges size it once for both sets
// first, and a set's iteration order (visible when int sets are printed) follows its table size.

/** One big resize before adding `n` keys, if they could fill the table. CPython: set_merge's first step. */
function presize(s: number, n: number): void {
  if ((I[s + SET_FILL] + n) * 5 >= I[s + SET_MASK] * 3) setResize(s, (I[s + SET_USED] + n) * 2);
}

/** s |= other for a set `other`. CPython: set_merge. */
function mergeSet(s: number, other: number): void {
  const used = I[other + SET_USED];
  if (other === s || used === 0) return;
  presize(s, used);
  const from = I[other + SET_TABLE];
  const size = I[other + SET_MASK] + 1;
  if (I[s + SET_FILL] === 0) {
    // An empty target: a table of the same size without dummies is copied slot for slot, else
    // every key goes in clean.
    const table = I[s + SET_TABLE];
    const mask = I[s + SET_MASK];
    const sameLayout = mask === size - 1 && I[other + SET_FILL] === used;
    for (let j = 0; j < size; j++) {
      const key = I[from + VALUES_START + 2 * j + 1];
      if (key === 0 || key === S.Dummy) continue;
      if (sameLayout) {
        I[table + VALUES_START + 2 * j] = I[from + VALUES_START + 2 * j];
        I[table + VALUES_START + 2 * j + 1] = key;
      } else {
        setInsertClean(table, mask, key, I[from + VALUES_START + 2 * j]);
      }
    }
    I[s + SET_FILL] = used;
    I[s + SET_USED] = used;
    return;
  }
  for (let j = setNext(other, 0); j >= 0; j = setNext(other, j + 1)) {
    setAddHashed(s, setSlotKey(other, j), slotHash(other, j));
  }
}

/** A new set of `type` with the items of the set `s`. CPython: set_copy. */
export function setCopy(s: number, type: number): number {
  const copy = newSet(type);
  return filling(copy, () => setUpdate(copy, s));
}

/** Swaps in the contents of `from` (a fresh set) as the contents of `s`. */
function replaceContents(s: number, from: number): void {
  I[s + SET_USED] = I[from + SET_USED];
  I[s + SET_FILL] = I[from + SET_FILL];
  I[s + SET_MASK] = I[from + SET_MASK];
  I[s + SET_TABLE] = I[from + SET_TABLE];
}

// ---- the four operations ---------------------------------------------------------------------

/** s & other, a new set. CPython: set_intersection. */
function setIntersection(s: number, other: number): number {
  const result = newSet(setBaseType(s));
  return filling(result, () => {
    if (isAnySet(other)) {
      const [small, large] = I[other + SET_USED] > I[s + SET_USED] ? [s, other] : [other, s];
      for (let j = setNext(small, 0); j >= 0; j = setNext(small, j + 1)) {
        const key = setSlotKey(small, j);
        const h = slotHash(small, j);
        if (setLookup(large, key, h) >= 0) setAddHashed(result, key, h);
      }
    } else {
      forEachItem(other, (key) => {
        if (setContains(s, key)) setAdd(result, key);
      });
    }
  });
}

/** s - other, a new set. CPython: set_difference. */
export function setDifference(s: number, other: number): number {
  const type = setBaseType(s);
  const k = kindOf(other);
  const otherIsSized = k === Kind.Set || (k === Kind.Dict && typeOf(other) === T.dict);
  if (!otherIsSized || I[s + SET_USED] >> 2 > I[other + SET_USED]) {
    const copy = setCopy(s, type);
    return filling(copy, () => setDifferenceUpdate(copy, other));
  }
  const result = newSet(type);
  return filling(result, () => {
    for (let j = setNext(s, 0); j >= 0; j = setNext(s, j + 1)) {
      const key = setSlotKey(s, j);
      if (!contains(other, key)) setAddHashed(result, key, slotHash(s, j));
    }
  });
}

/** s ^ other, a new set: other's items, updated with s. CPython: set_symmetric_difference. */
export function setSymmetricDifference(s: number, other: number): number {
  const result = setFromIterable(setBaseType(s), other);
  return filling(result, () => setSymmetricDifferenceUpdate(result, s));
}

/** s -= other. CPython: set_difference_update_internal. */
export function setDifferenceUpdate(s: number, other: number): void {
  if (s === other) {
    setClear(s);
    return;
  }
  if (isAnySet(other)) {
    for (let j = setNext(other, 0); j >= 0; j = setNext(other, j + 1)) setDiscard(s, setSlotKey(other, j));
  } else {
    forEachItem(other, (key) => setDiscard(s, key));
  }
  // More than a quarter dummies: rebuilt without them.
  const used = I[s + SET_USED];
  if (I[s + SET_FILL] - used > I[s + SET_MASK] / 4) setResize(s, used > 50000 ? used * 2 : used * 4);
}

/** s &= other: the intersection replaces s's contents. CPython: set_intersection_update. */
export function setIntersectionUpdate(s: number, other: number): void {
  replaceContents(s, setIntersection(s, other));
}

/** s ^= other. CPython: set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(s: number, other: number): void {
  if (s === other) {
    setClear(s);
    return;
  }
  const toggle = (key: number) => {
    if (!setDiscard(s, key)) setAdd(s, key);
  };
  if (isAnySet(other)) {
    for (let j = setNext(other, 0); j >= 0; j = setNext(other, j + 1)) toggle(setSlotKey(other, j));
  } else {
    const items = setFromIterable(setBaseType(s), other);
    filling(items, () => {
      for (let j = setNext(items, 0); j >= 0; j = setNext(items, j + 1)) toggle(setSlotKey(items, j));
    });
  }
}

// ---- comparisons ----------------------------------------------------------------------------

/** Every item of the set `a` is in the set `b`. */
function allIn(a: number, b: number): boolean {
  for (let j = setNext(a, 0); j >= 0; j = setNext(a, j + 1)) {
    if (setLookup(b, setSlotKey(a, j), slotHash(a, j)) < 0) return false;
  }
  return true;
}

/** s.issubset(other). CPython: set_issubset. */
export function setIsSubset(s: number, other: number): boolean {
  if (!isAnySet(other)) {
    const tmp = setFromIterable(T.set, other);
    return rooted(tmp, () => setIsSubset(s, tmp));
  }
  return I[s + SET_USED] <= I[other + SET_USED] && allIn(s, other);
}

/** s.issuperset(other). CPython: set_issuperset. */
export function setIsSuperset(s: number, other: number): boolean {
  if (isAnySet(other)) return setIsSubset(other, s);
  return !someItem(other, (key) => !setContains(s, key));
}

/** s.isdisjoint(other), for a set or a dict view `s`. CPython: set_isdisjoint, dictviews_isdisjoint. */
export function setIsDisjoint(s: number, other: number): boolean {
  if (s === other) return lengthOf(s) === 0;
  if (isAnySet(s) && isAnySet(other)) {
    const [small, large] = I[other + SET_USED] > I[s + SET_USED] ? [s, other] : [other, s];
    for (let j = setNext(small, 0); j >= 0; j = setNext(small, j + 1)) {
      if (setLookup(large, setSlotKey(small, j), slotHash(small, j)) >= 0) return false;
    }
    return true;
  }
  return !someItem(other, (key) => contains(s, key));
}

// ---- the operators ----------------------------------------------------------------------------

/** keys() and items() views take part in set algebra; values() views do not. */
function isSetLikeView(v: number): boolean {
  return kindOf(v) === Kind.DictView && typeOf(v) !== T.dict_values;
}

/**
 * a | b, a & b, a - b, a ^ b (op in NB_* numbering) on two sets, or with a keys/items view on
 * either side; `inplace` mutates a set `a` and returns it (a frozenset gets a new one).
 * Returns 0 (NotImplemented) for other operators and operands.
 */
export function setAlgebra(a: number, b: number, op: number, inplace: boolean): number {
  if (!(isAnySet(a) && isAnySet(b))) return isSetLikeView(a) || isSetLikeView(b) ? viewAlgebra(a, b, op) : 0;
  if (inplace && isMutableSet(a)) {
    switch (op) {
      case OR: setUpdate(a, b); return a;
      case AND: setIntersectionUpdate(a, b); return a;
      case SUBTRACT: setDifferenceUpdate(a, b); return a;
      case XOR: setSymmetricDifferenceUpdate(a, b); return a;
      default: return 0;
    }
  }
  switch (op) {
    case OR: {
      const result = setCopy(a, setBaseType(a));
      return filling(result, () => setUpdate(result, b));
    }
    case AND: return setIntersection(a, b);
    case SUBTRACT: return setDifference(a, b);
    case XOR: return setSymmetricDifference(a, b);
    default: return 0;
  }
}

/** A view operand: set(a), then the in-place operation with b. CPython: dictviews_or, _sub, _xor, _PyDictView_Intersect. */
function viewAlgebra(a: number, b: number, op: number): number {
  if (op !== OR && op !== AND && op !== SUBTRACT && op !== XOR) return 0;
  const result = setFromIterable(T.set, a);
  return filling(result, () => {
    if (op === OR) setUpdate(result, b);
    else if (op === AND) setIntersectionUpdate(result, b);
    else if (op === SUBTRACT) setDifferenceUpdate(result, b);
    else setSymmetricDifferenceUpdate(result, b);
  });
}
