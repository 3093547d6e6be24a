/**
 * dict's methods, views and constructor. CPython: Objects/dictobject.c (mapp_methods,
 * dict_update_arg, dict_merge, dict_merge_from_seq2, dict_fromkeys, dictviews_isdisjoint).
 */
import { I } from '../../image/memory.js';
import { allocObject } from '../../image/heap.js';
import { DICT_USED, ITER_END, ITER_INDEX, Kind, LIST_LENGTH, OB_TYPE, TUPLE_LENGTH, VIEW_DICT } from '../../objects/layout.js';
import { NONE, T, bool } from '../../objects/statics.js';
import {
  dictClear, dictCopy, dictGetItem, dictItems, dictLength, dictLookup, dictPop, dictPopLast, dictSetItem, dictUpdate,
  dictSetItemHashed, dictEntryValue, newDict,
} from '../../objects/dict.js';
import { newInt } from '../../objects/int.js';
import { newStr } from '../../objects/str.js';
import { newTuple, tupleItem } from '../../objects/tuple.js';
import { listFrom, listItem } from '../../objects/list.js';
import { isHeapType, typeLookup, typeOf } from '../../objects/type.js';
import { defineConstructor, defineMethods, type NativeFn } from '../natives.js';
import { raise } from '../errors.js';
import { call } from '../call.js';
import { bindDescriptor, getAttrOrZero } from '../attr.js';
import { hashOf, kindOf } from '../abstract.js';
import { getIter, iterateToList, iterNext, newIter } from '../iter.js';
import { subscript, storeSubscript } from '../subscript.js';
import { N } from '../names.js';
import { popRoots, pushRootWords } from '../roots.js';
import { setIsDisjoint } from '../setops.js';
import { arityError, catching, forEachItem, keyError, noArgs, oneArg, rooted, slotArgs, someArgs } from './common.js';

function newView(type: number, d: number): number {
  const view = allocObject(Kind.DictView, type, 4);
  I[view + VIEW_DICT] = d;
  return view;
}

// ---- update ------------------------------------------------------------------------------

/**
 * d.update(arg): a dict, anything with keys() (a mapping), or an iterable of pairs.
 * CPython: dict_update_arg.
 */
export function dictUpdateFrom(d: number, arg: number): void {
  if (kindOf(arg) === Kind.Dict && !overridesIter(arg)) {
    dictUpdate(d, arg);
    return;
  }
  const keys = getAttrOrZero(arg, N.keys);
  if (keys !== 0) mergeMapping(d, arg, keys);
  else mergePairs(d, arg);
}

/** A dict subclass defining its own __iter__ is merged through keys(), as in CPython's dict_merge. */
function overridesIter(d: number): boolean {
  const t = typeOf(d);
  return isHeapType(t) && kindOf(typeLookup(t, N.__iter__)) !== Kind.MethodDescr;
}

/** for k in mapping.keys(): d[k] = mapping[k]. CPython: dict_merge (the generic path). */
function mergeMapping(d: number, mapping: number, keysMethod: number): void {
  const keys = iterateToList(call(keysMethod, []));
  const mark = pushRootWords(2);
  const slots = mark - 2;
  I[slots] = keys;
  try {
    for (let i = 0; i < I[keys + LIST_LENGTH]; i++) {
      const key = listItem(keys, i);
      I[slots + 1] = subscript(mapping, key);
      dictSetItem(d, key, I[slots + 1]);
    }
  } finally {
    popRoots(mark);
  }
}

/** d[k] = v for every (k, v) of an iterable of pairs. CPython: dict_merge_from_seq2. */
function mergePairs(d: number, iterable: number): void {
  const it = getIter(iterable);
  const mark = pushRootWords(2);
  const slots = mark - 2;
  I[slots] = it;
  try {
    for (let i = 0, item = iterNext(it); item !== 0; i++, item = iterNext(it)) {
      I[slots + 1] = item;
      const pair = asSequence(item, i);
      I[slots + 1] = pair;
      const k = kindOf(pair);
      const n = k === Kind.Tuple ? I[pair + TUPLE_LENGTH] : I[pair + LIST_LENGTH];
      if (n !== 2) raise('ValueError', `dictionary update sequence element #${i} has length ${n}; 2 is required`);
      const get = k === Kind.Tuple ? tupleItem : listItem;
      dictSetItem(d, get(pair, 0), get(pair, 1));
    }
  } finally {
    popRoots(mark);
  }
}

/** An update element as a tuple or list; any TypeError becomes CPython's message. CPython: PySequence_Fast. */
function asSequence(item: number, i: number): number {
  const t = (item & 1) === 0 ? I[item + OB_TYPE] : 0;
  if (t === T.tuple || t === T.list) return item;
  return catching(T.TypeError, () => iterateToList(item), () => {
    return raise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
  });
}

/** update([arg], **kwargs) and dict.__init__, with `name` in the count message. CPython: dict_update_common. */
function updateMethod(name: string): NativeFn {
  return (self, args, nargs, kwnames) => {
    const nkw = kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH];
    const npos = nargs - nkw;
    if (npos > 1) arityError(name, npos, 0, 1);
    if (npos === 1) dictUpdateFrom(self, I[args]);
    for (let k = 0; k < nkw; k++) dictSetItem(self, tupleItem(kwnames, k), I[args + npos + k]);
    return NONE;
  };
}

const init = updateMethod('dict');

// ---- the methods ---------------------------------------------------------------------------

/** dict.fromkeys(iterable, value=None): cls() filled with d[key] = value. CPython: _PyDict_FromKeys. */
const fromkeys = someArgs('dict.fromkeys', 1, 2, (cls, args, nargs) => {
  const value = nargs > 1 ? I[args + 1] : NONE;
  const d = cls === T.dict ? newDict() : call(cls, []);
  const exact = (d & 1) === 0 && I[d + OB_TYPE] === T.dict;
  return rooted(d, () => {
    forEachItem(I[args], (key) => (exact ? dictSetItem(d, key, value) : storeSubscript(d, key, value)));
    return d;
  });
});

/** d[key] with __missing__ for subclasses. CPython: dict_subscript. */
function getItem(self: number, key: number): number {
  const v = dictGetItem(self, key);
  if (v !== 0) return v;
  const t = typeOf(self);
  if (isHeapType(t)) {
    const missing = typeLookup(t, N.__missing__);
    if (missing !== 0) return call(bindDescriptor(missing, self, t), [key]);
  }
  return keyError(key);
}

defineMethods('dict', {
  get: someArgs('dict.get', 1, 2, (self, args, nargs) => dictGetItem(self, I[args]) || (nargs > 1 ? I[args + 1] : NONE)),
  setdefault: someArgs('dict.setdefault', 1, 2, (self, args, nargs) => {
    const key = I[args];
    const h = hashOf(key);
    const e = dictLookup(self, key, h);
    if (e >= 0) return dictEntryValue(self, e);
    const value = nargs > 1 ? I[args + 1] : NONE;
    dictSetItemHashed(self, key, h, value);
    return value;
  }),
  pop: someArgs('dict.pop', 1, 2, (self, args, nargs) => dictPop(self, I[args]) || (nargs > 1 ? I[args + 1] : keyError(I[args]))),
  popitem: noArgs('dict.popitem', (self) => {
    const last = dictPopLast(self);
    if (last === null) return keyError(newStr('popitem(): dictionary is empty'));
    return newTuple(last);
  }),
  keys: noArgs('dict.keys', (self) => newView(T.dict_keys, self)),
  values: noArgs('dict.values', (self) => newView(T.dict_values, self)),
  items: noArgs('dict.items', (self) => newView(T.dict_items, self)),
  update: updateMethod('update'),
  copy: noArgs('dict.copy', dictCopy),
  clear: noArgs('dict.clear', (self) => {
    dictClear(self);
    return NONE;
  }),
  __init__: init,
  __getitem__: oneArg('dict.__getitem__', getItem),
  __setitem__: slotArgs('__setitem__', 2, (self, args) => {
    dictSetItem(self, I[args], I[args + 1]);
    return NONE;
  }, true),
  __delitem__: slotArgs('__delitem__', 1, (self, args) => (dictPop(self, I[args]) === 0 ? keyError(I[args]) : NONE)),
  __contains__: slotArgs('__contains__', 1, (self, args) => bool(dictLookup(self, I[args], hashOf(I[args])) >= 0)),
  __len__: slotArgs('__len__', 0, (self) => newInt(dictLength(self))),
  __iter__: slotArgs('__iter__', 0, (self) => {
    const it = newIter(T.dict_keyiterator, self);
    I[it + ITER_END] = I[self + DICT_USED];
    return it;
  }),
});

defineMethods('dict', { fromkeys }, 'classmethod');

/**
 * A reverse iterator over a snapshot of a dict's keys, values or items (gilvm has no
 * reverse dict iterator type; CPython's dict_reversekeyiterator and friends walk the dict).
 */
function reversedSnapshot(items: number[]): number {
  const it = newIter(T.list_reverseiterator, listFrom(items));
  I[it + ITER_INDEX] = items.length - 1;
  return it;
}

/** The entries a view shows: keys, values or (key, value) tuples. */
function viewEntries(view: number): number[] {
  const entries = dictItems(I[view + VIEW_DICT]);
  const t = typeOf(view);
  if (t === T.dict_keys) return entries.map(([k]) => k);
  if (t === T.dict_values) return entries.map(([, v]) => v);
  return entries.map((pair) => newTuple(pair));
}

defineMethods('dict', { __reversed__: noArgs('dict.__reversed__', (self) => reversedSnapshot(dictItems(self).map(([k]) => k))) });

for (const view of ['dict_keys', 'dict_values', 'dict_items'] as const) {
  defineMethods(view, { __reversed__: noArgs(`${view}.__reversed__`, (self) => reversedSnapshot(viewEntries(self))) });
  if (view !== 'dict_values') {
    defineMethods(view, { isdisjoint: oneArg(`${view}.isdisjoint`, (self, other) => bool(setIsDisjoint(self, other))) });
  }
}

/** dict(mapping_or_iterable, **kwargs). A subclass's instance starts empty: its __init__ gets the arguments. */
defineConstructor('dict', (cls, args, nargs, kwnames) => {
  const d = newDict();
  if (cls !== T.dict) {
    I[d + OB_TYPE] = cls;
    return d;
  }
  return rooted(d, () => {
    init(d, args, nargs, kwnames);
    return d;
  });
});
