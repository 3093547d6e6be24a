/** list's methods and constructor. CPython: Objects/listobject.c (list_methods, list___init__). */
import { I } from '../../image/memory.js';
import { LIST_LENGTH, OB_TYPE } from '../../objects/layout.js';
import { NONE, T } from '../../objects/statics.js';
import {
  listAppend, listBase, listFromWords, listItem, listSetLength, listSplice, newList,
} from '../../objects/list.js';
import { defineConstructor, defineMethods } from '../natives.js';
import { raise } from '../errors.js';
import { repr, richEq } from '../abstract.js';
import { listExtend, listSort } from '../listops.js';
import {
  type Params, intFlag, kwArgs, noArgs, oneArg, rooted, sequenceSearchMethods, someArgs, ssizeArg,
} from './common.js';

/** A position argument of insert/pop: negative from the end. */
function position(v: number, length: number): number {
  const i = ssizeArg(v);
  return i < 0 ? i + length : i;
}

/** list.__init__(iterable=()): the list cleared, then extended. */
const init = someArgs('list', 0, 1, (self, args, nargs) => {
  listSetLength(self, 0);
  if (nargs === 1) listExtend(self, I[args]);
  return NONE;
});

const SORT_PARAMS: Params = { fname: 'sort', names: ['key', 'reverse'], posOnly: 0, minPos: 0, maxPos: 0 };

defineMethods('list', {
  append: oneArg('list.append', (self, v) => {
    listAppend(self, v);
    return NONE;
  }),
  extend: oneArg('list.extend', (self, iterable) => {
    listExtend(self, iterable);
    return NONE;
  }),
  insert: someArgs('list.insert', 2, 2, (self, args) => {
    const n = I[self + LIST_LENGTH];
    const i = Math.min(Math.max(position(I[args], n), 0), n);
    listSplice(self, i, i, [I[args + 1]]);
    return NONE;
  }),
  pop: someArgs('list.pop', 0, 1, (self, args, nargs) => {
    const n = I[self + LIST_LENGTH];
    if (n === 0) raise('IndexError', 'pop from empty list');
    const i = nargs === 0 ? n - 1 : position(I[args], n);
    if (i < 0 || i >= n) raise('IndexError', 'pop index out of range');
    const v = listItem(self, i);
    listSplice(self, i, i + 1, []);
    return v;
  }),
  remove: oneArg('list.remove', (self, value) => {
    for (let i = 0; i < I[self + LIST_LENGTH]; i++) {
      if (richEq(listItem(self, i), value)) {
        listSplice(self, i, i + 1, []);
        return NONE;
      }
    }
    return raise('ValueError', 'list.remove(x): x not in list');
  }),
  ...sequenceSearchMethods('list', LIST_LENGTH, listItem, (value) => `${repr(value)} is not in list`),
  sort: kwArgs(SORT_PARAMS, (self, [key, reverse]) => {
    listSort(self, key === NONE ? 0 : key, reverse !== 0 && intFlag(reverse));
    return NONE;
  }),
  reverse: noArgs('list.reverse', (self) => {
    const base = listBase(self);
    I.subarray(base, base + I[self + LIST_LENGTH]).reverse();
    return NONE;
  }),
  copy: noArgs('list.copy', (self) => listFromWords(listBase(self), I[self + LIST_LENGTH])),
  clear: noArgs('list.clear', (self) => {
    listSetLength(self, 0);
    return NONE;
  }),
  __init__: init,
});

/** list(iterable=()). A subclass's instance starts empty: its __init__ gets the arguments. CPython: list_vectorcall. */
defineConstructor('list', (cls, args, nargs, kwnames) => {
  const list = newList();
  if (cls !== T.list) {
    I[list + OB_TYPE] = cls;
    return list;
  }
  return rooted(list, () => {
    init(list, args, nargs, kwnames);
    return list;
  });
});
