/** tuple's methods and constructor. CPython: Objects/tupleobject.c (tuple_methods, tuple_new_impl). */
import { I } from '../../image/memory.js';
import { LIST_LENGTH, OB_TYPE, TUPLE_ITEMS, TUPLE_LENGTH } from '../../objects/layout.js';
import { T } from '../../objects/statics.js';
import { allocTuple, tupleFromWords, tupleItem } from '../../objects/tuple.js';
import { listBase } from '../../objects/list.js';
import { defineConstructor, defineMethods } from '../natives.js';
import { iterateToList } from '../iter.js';
import { sequenceSearchMethods, someArgs } from './common.js';

defineMethods('tuple', sequenceSearchMethods('tuple', TUPLE_LENGTH, tupleItem, () => 'tuple.index(x): x not in tuple'));

/** A tuple of class `cls` with the words I[from .. from+n). */
function tupleOfType(cls: number, from: number, n: number): number {
  if (cls === T.tuple) return tupleFromWords(from, n);
  const t = allocTuple(n);
  I[t + OB_TYPE] = cls;
  I.copyWithin(t + TUPLE_ITEMS, from, from + n);
  return t;
}

/** tuple(iterable=()); an exact tuple argument is returned as it is. CPython: tuple_new_impl. */
defineConstructor('tuple', someArgs('tuple', 0, 1, (cls, args, nargs) => {
  if (nargs === 0) return tupleOfType(cls, 0, 0);
  const iterable = I[args];
  if ((iterable & 1) === 0 && I[iterable + OB_TYPE] === T.tuple && cls === T.tuple) return iterable;
  const items = iterateToList(iterable);
  return tupleOfType(cls, listBase(items), I[items + LIST_LENGTH]);
}));
