/**
 * set's and frozenset's methods and constructors; the algebra itself is in ../setops.ts.
 * CPython: Objects/setobject.c (set_methods, frozenset_methods, set_new, set_init, frozenset_new).
 */
import { I } from '../../image/memory.js';
import { OB_TYPE } from '../../objects/layout.js';
import { NONE, T, bool } from '../../objects/statics.js';
import { newSet, setAdd, setClear, setDiscard, setPop } from '../../objects/set.js';
import { newStr } from '../../objects/str.js';
import { defineConstructor, defineMethods, type NativeFn } from '../natives.js';
import {
  setBaseType, setCopy, setDifference, setDifferenceUpdate, setFromIterable, setIntersectionUpdate, setIsDisjoint,
  setIsSubset, setIsSuperset, setSymmetricDifference, setSymmetricDifferenceUpdate, setUpdate,
} from '../setops.js';
import { keyError, noArgs, oneArg, rooted, someArgs } from './common.js';

/** A method taking any number of iterables. */
function manyArgs(qualname: string, fn: (self: number, args: number, nargs: number) => number): NativeFn {
  return someArgs(qualname, 0, Infinity, fn);
}

/** union / intersection / difference(*others): a copy of self, updated with each other in turn. */
function combining(qualname: string, update: (s: number, other: number) => void): NativeFn {
  return manyArgs(qualname, (self, args, nargs) => {
    const result = setCopy(self, setBaseType(self));
    return rooted(result, () => {
      for (let i = 0; i < nargs; i++) update(result, I[args + i]);
      return result;
    });
  });
}

/** update / intersection_update / difference_update(*others). */
function updating(qualname: string, update: (s: number, other: number) => void): NativeFn {
  return manyArgs(qualname, (self, args, nargs) => {
    for (let i = 0; i < nargs; i++) update(self, I[args + i]);
    return NONE;
  });
}

/** The methods frozenset shares with set, for the type `owner`. */
function readOnlyMethods(owner: 'set' | 'frozenset'): Record<string, NativeFn> {
  return {
    copy: noArgs(`${owner}.copy`, (self) => (I[self + OB_TYPE] === T.frozenset ? self : setCopy(self, setBaseType(self)))),
    union: combining(`${owner}.union`, setUpdate),
    intersection: combining(`${owner}.intersection`, setIntersectionUpdate),
    difference: manyArgs(`${owner}.difference`, (self, args, nargs) => {
      if (nargs === 0) return setCopy(self, setBaseType(self));
      const result = setDifference(self, I[args]);
      return rooted(result, () => {
        for (let i = 1; i < nargs; i++) setDifferenceUpdate(result, I[args + i]);
        return result;
      });
    }),
    symmetric_difference: oneArg(`${owner}.symmetric_difference`, setSymmetricDifference),
    issubset: oneArg(`${owner}.issubset`, (self, other) => bool(setIsSubset(self, other))),
    issuperset: oneArg(`${owner}.issuperset`, (self, other) => bool(setIsSuperset(self, other))),
    isdisjoint: oneArg(`${owner}.isdisjoint`, (self, other) => bool(setIsDisjoint(self, other))),
  };
}

/** set.__init__(iterable=()): cleared, then updated. */
const init = someArgs('set', 0, 1, (self, args, nargs) => {
  setClear(self);
  if (nargs === 1) setUpdate(self, I[args]);
  return NONE;
});

defineMethods('set', {
  add: oneArg('set.add', (self, key) => {
    setAdd(self, key);
    return NONE;
  }),
  remove: oneArg('set.remove', (self, key) => (setDiscard(self, key) ? NONE : keyError(key))),
  discard: oneArg('set.discard', (self, key) => {
    setDiscard(self, key);
    return NONE;
  }),
  pop: noArgs('set.pop', (self) => setPop(self) || keyError(newStr('pop from an empty set'))),
  clear: noArgs('set.clear', (self) => {
    setClear(self);
    return NONE;
  }),
  ...readOnlyMethods('set'),
  update: updating('set.update', setUpdate),
  intersection_update: updating('set.intersection_update', setIntersectionUpdate),
  difference_update: updating('set.difference_update', setDifferenceUpdate),
  symmetric_difference_update: oneArg('set.symmetric_difference_update', (self, other) => {
    setSymmetricDifferenceUpdate(self, other);
    return NONE;
  }),
  __init__: init,
});

defineMethods('frozenset', readOnlyMethods('frozenset'));

/** set(iterable=()). A subclass's instance starts empty: its __init__ gets the arguments. CPython: set_vectorcall. */
defineConstructor('set', (cls, args, nargs, kwnames) => {
  const s = newSet(cls);
  if (cls !== T.set) return s;
  return rooted(s, () => {
    init(s, args, nargs, kwnames);
    return s;
  });
});

/** frozenset(iterable=()); a frozenset argument is returned as it is. CPython: frozenset_new. */
defineConstructor('frozenset', someArgs('frozenset', 0, 1, (cls, args, nargs) => {
  if (nargs === 0) return newSet(cls);
  const iterable = I[args];
  if (cls === T.frozenset && (iterable & 1) === 0 && I[iterable + OB_TYPE] === T.frozenset) return iterable;
  return setFromIterable(cls, iterable);
}));
