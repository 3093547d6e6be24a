/**
 * The iterator protocol and the built-in iterators (one layout, Kind.Iter; the type
 * says which iterator it is). iterNext returns 0 at exhaustion instead of raising
 * StopIteration, as CPython's tp_iternext does. CPython: Objects/iterobject.c,
 * listobject.c, rangeobject.c, dictobject.c, enumobject.c, bltinmodule.c (zip, map, filter).
 */
import { I } from '../image/memory.js';
import { allocObject } from '../image/heap.js';
import {
  DICT_USED, ITER_A, ITER_B, ITER_C, ITER_END, ITER_INDEX, ITER_WORDS, Kind, LIST_LENGTH, RANGE_LENGTH,
  RANGE_START, RANGE_STEP, SET_USED, STR_LENGTH, TUPLE_ITEMS, TUPLE_LENGTH, VIEW_DICT,
} from '../objects/layout.js';
import { NONE, T } from '../objects/statics.js';
import { N } from './names.js';
import { isPending, pendingException, raise, takeException } from './errors.js';
import { call } from './call.js';
import { isSubtype, typeLookup, typeNameOf, typeOf } from '../objects/type.js';
import { listAppend, listBase, listFromWords, listItem, listItems, newList } from '../objects/list.js';
import { popRoots, pushRoot } from './roots.js';
import { allocTuple, tupleItem, newTuple, tupleLength } from '../objects/tuple.js';
import { dictEntryKey, dictEntryValue, dictNext } from '../objects/dict.js';
import { setNext, setSlotKey } from '../objects/set.js';
import { intToNumber, newInt } from '../objects/int.js';
import { newStr, strCharCode, strHasAstral, strValue } from '../objects/str.js';
import { bindDescriptor } from './attr.js';
import { kindOf, isTrue } from './abstract.js';
import { generatorNext } from './generator.js';
import { binaryOp } from './number.js';
import { richEq as richEqual } from './abstract.js';
import { subscript } from './subscript.js';

export function newIter(type: number, a: number, b = 0, c = 0): number {
  const it = allocObject(Kind.Iter, type, ITER_WORDS);
  I[it + ITER_A] = a;
  I[it + ITER_B] = b;
  I[it + ITER_C] = c;
  return it;
}

/** iter(o). CPython: PyObject_GetIter. */
export function getIter(o: number): number {
  switch (kindOf(o)) {
    case Kind.List: if (I[o + 1] === T.list) return newIter(T.list_iterator, o); break;
    case Kind.Tuple: if (I[o + 1] === T.tuple) return newIter(T.tuple_iterator, o); break;
    case Kind.Range: return rangeIter(o);
    case Kind.Str: if (I[o + 1] === T.str) return strIter(o); break;
    case Kind.Dict: if (I[o + 1] === T.dict) return dictIter(T.dict_keyiterator, o); break;
    case Kind.Set: if (I[o + 1] === T.set || I[o + 1] === T.frozenset) return setIter(o); break;
    case Kind.DictView: return viewIter(o);
    case Kind.Iter: case Kind.Generator: return o;
    default: break;
  }
  const t = typeOf(o);
  const m = typeLookup(t, N.__iter__);
  if (m !== 0 && m !== NONE) {
    const it = call(bindDescriptor(m, o, t), []);
    if (!isIterator(it)) raise('TypeError', `iter() returned non-iterator of type '${typeNameOf(it)}'`);
    return it;
  }
  if (m === 0 && typeLookup(t, N.__getitem__) !== 0) return newIter(T.iterator, o);
  // A built-in subclass without its own __iter__ iterates as its base does.
  const k = kindOf(o);
  if (k === Kind.List) return newIter(T.list_iterator, o);
  if (k === Kind.Tuple) return newIter(T.tuple_iterator, o);
  if (k === Kind.Dict) return dictIter(T.dict_keyiterator, o);
  if (k === Kind.Set) return setIter(o);
  if (k === Kind.Str) return strIter(o);
  return raise('TypeError', `'${typeNameOf(o)}' object is not iterable`);
}

/** A str iterator; a string with surrogate pairs iterates a list of its code points instead. */
function strIter(s: number): number {
  if (!strHasAstral(s)) return newIter(T.str_ascii_iterator, s);
  return newIter(T.list_iterator, listFromStrings(Array.from(strValue(s))));
}

function listFromStrings(chars: string[]): number {
  const list = newList(chars.length);
  for (const c of chars) listAppend(list, newStr(c));
  return list;
}

function isIterator(o: number): boolean {
  const k = kindOf(o);
  return k === Kind.Iter || k === Kind.Generator || typeLookup(typeOf(o), N.__next__) !== 0;
}

function rangeIter(r: number): number {
  const len = intToNumber(I[r + RANGE_LENGTH]);
  if (!(len <= 0x7fffffff)) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  const it = newIter(T.range_iterator, I[r + RANGE_START], I[r + RANGE_STEP]);
  I[it + ITER_END] = len;
  return it;
}

function dictIter(type: number, d: number): number {
  const it = newIter(type, d);
  I[it + ITER_END] = I[d + DICT_USED];
  return it;
}

function setIter(s: number): number {
  const it = newIter(T.set_iterator, s);
  I[it + ITER_END] = I[s + SET_USED];
  return it;
}

function viewIter(view: number): number {
  const t = typeOf(view);
  const type = t === T.dict_keys ? T.dict_keyiterator : t === T.dict_values ? T.dict_valueiterator : T.dict_itemiterator;
  return dictIter(type, I[view + VIEW_DICT]);
}

/** next(it), or 0 when exhausted. CPython: PyIter_Next. */
export function iterNext(it: number): number {
  const k = kindOf(it);
  if (k === Kind.Iter) return builtinNext(it);
  if (k === Kind.Generator) return generatorNext(it);
  const t = typeOf(it);
  const m = typeLookup(t, N.__next__);
  if (m === 0) raise('TypeError', `'${typeNameOf(it)}' object is not an iterator`);
  try {
    return call(bindDescriptor(m, it, t), []);
  } catch (e) {
    if (isStopIteration(e)) return 0;
    throw e;
  }
}

/** True (and the exception cleared) if `e` is a pending StopIteration. */
export function isStopIteration(e: unknown): boolean {
  if (!isPending(e) || !isSubtype(typeOf(pendingException()), T.StopIteration)) return false;
  takeException();
  return true;
}

function builtinNext(it: number): number {
  const t = I[it + 1];
  const i = I[it + ITER_INDEX];
  const a = I[it + ITER_A];
  if (t === T.list_iterator) {
    if (a === 0 || i >= I[a + LIST_LENGTH]) return exhaust(it);
    I[it + ITER_INDEX] = i + 1;
    return listItem(a, i);
  }
  if (t === T.range_iterator) {
    if (i >= I[it + ITER_END]) return 0;
    I[it + ITER_INDEX] = i + 1;
    const start = a, step = I[it + ITER_B];
    if ((start & step & 1) === 1) return newInt((start >> 1) + i * (step >> 1));
    return binaryOp(start, binaryOp(newInt(i), step, 5), 0);
  }
  if (t === T.tuple_iterator) {
    if (a === 0 || i >= I[a + TUPLE_LENGTH]) return exhaust(it);
    I[it + ITER_INDEX] = i + 1;
    return tupleItem(a, i);
  }
  if (t === T.dict_keyiterator || t === T.dict_valueiterator || t === T.dict_itemiterator) return dictNextItem(it, t, a, i);
  if (t === T.str_ascii_iterator) {
    if (a === 0 || i >= I[a + STR_LENGTH]) return exhaust(it);
    I[it + ITER_INDEX] = i + 1;
    return newStr(String.fromCharCode(strCharCode(a, i)));
  }
  if (t === T.set_iterator) {
    if (a === 0) return 0;
    if (I[a + SET_USED] !== I[it + ITER_END]) raise('RuntimeError', 'Set changed size during iteration');
    const j = setNext(a, i);
    if (j < 0) return exhaust(it);
    I[it + ITER_INDEX] = j + 1;
    return setSlotKey(a, j);
  }
  if (t === T.list_reverseiterator) {
    // ITER_INDEX counts down from len - 1; ITER_END is 1 once exhausted.
    if (a === 0 || I[it + ITER_END] === 1) return 0;
    if (i < 0 || i >= I[a + LIST_LENGTH]) return exhaust(it);
    I[it + ITER_INDEX] = i - 1;
    if (i === 0) I[it + ITER_END] = 1;
    return listItem(a, i);
  }
  return otherNext(it, t, a, i);
}

/** FOR_ITER found `it` exhausted: a list or tuple iterator lets go of its sequence, as CPython's do. */
export function endIteration(it: number): void {
  if ((it & 1) === 0 && (I[it + 1] === T.list_iterator || I[it + 1] === T.tuple_iterator)) I[it + ITER_A] = 0;
}

function exhaust(it: number): number {
  I[it + ITER_A] = 0;
  return 0;
}

function dictNextItem(it: number, t: number, d: number, i: number): number {
  if (d === 0) return 0;
  if (I[d + DICT_USED] !== I[it + ITER_END]) {
    I[it + ITER_END] = -1;
    raise('RuntimeError', 'dictionary changed size during iteration');
  }
  const e = dictNext(d, i);
  if (e < 0) return exhaust(it);
  I[it + ITER_INDEX] = e + 1;
  if (t === T.dict_keyiterator) return dictEntryKey(d, e);
  if (t === T.dict_valueiterator) return dictEntryValue(d, e);
  return newTuple([dictEntryKey(d, e), dictEntryValue(d, e)]);
}

function otherNext(it: number, t: number, a: number, i: number): number {
  if (t === T.enumerate) {
    const v = iterNext(a);
    if (v === 0) return 0;
    const count = I[it + ITER_B];
    I[it + ITER_B] = (count & 1) === 1 && count < 0x7ffffffd ? count + 2 : binaryOp(count, newInt(1), 0);
    return newTuple([count, v]);
  }
  if (t === T.zip) return zipNext(it, a);
  if (t === T.map) {
    const iters = I[it + ITER_B];
    const n = tupleLength(iters);
    const args: number[] = [];
    for (let j = 0; j < n; j++) {
      const v = iterNext(tupleItem(iters, j));
      if (v === 0) return 0;
      args.push(v);
    }
    return call(a, args);
  }
  if (t === T.filter) {
    const inner = I[it + ITER_B];
    for (;;) {
      const v = iterNext(inner);
      if (v === 0) return 0;
      if (a === NONE ? isTrue(v) : isTrue(call(a, [v]))) return v;
    }
  }
  if (t === T.reversed || t === T.iterator) return sequenceNext(it, t, a, i);
  if (t === T.callable_iterator) {
    if (a === 0) return 0;
    const v = call(a, []);
    if (richEqual(v, I[it + ITER_B])) return exhaust(it);
    return v;
  }
  return raise('TypeError', `'${typeNameOf(it)}' object is not an iterator`);
}

/**
 * The next tuple of a zip. ITER_END is 1 once exhausted; ITER_INDEX is 1 for
 * zip(strict=True), which checks that every argument ends together. The tuple is
 * filled in place, so items already taken stay rooted while later iterators run.
 * CPython: Python/bltinmodule.c, zip_next.
 */
function zipNext(it: number, iters: number): number {
  const n = tupleLength(iters);
  if (n === 0 || I[it + ITER_END] === 1) return 0;
  const result = allocTuple(n);
  const mark = pushRoot(result);
  try {
    for (let j = 0; j < n; j++) {
      const v = iterNext(tupleItem(iters, j));
      if (v === 0) {
        I[it + ITER_END] = 1;
        if (I[it + ITER_INDEX] === 1) checkStrictEnd(iters, j);
        return 0;
      }
      I[result + TUPLE_ITEMS + j] = v;
    }
    return result;
  } finally {
    popRoots(mark);
  }
}

/** zip(strict=True) ran out at argument j: every argument must be exhausted at the same time. */
function checkStrictEnd(iters: number, j: number): void {
  const plural = (k: number) => (k === 1 ? 'argument 1' : `arguments 1-${k}`);
  if (j > 0) raise('ValueError', `zip() argument ${j + 1} is shorter than ${plural(j)}`);
  for (let k = 1; k < tupleLength(iters); k++) {
    if (iterNext(tupleItem(iters, k)) !== 0) raise('ValueError', `zip() argument ${k + 1} is longer than ${plural(k)}`);
  }
}

/** Iteration through __getitem__ (forward until IndexError, or backward for reversed()). */
function sequenceNext(it: number, t: number, seq: number, i: number): number {
  if (seq === 0) return 0;
  if (t === T.reversed) {
    if (i < 0) return exhaust(it);
    I[it + ITER_INDEX] = i - 1;
    return subscript(seq, newInt(i));
  }
  try {
    const v = subscript(seq, newInt(i));
    I[it + ITER_INDEX] = i + 1;
    return v;
  } catch (e) {
    if (isPending(e) && (isSubtype(typeOf(pendingException()), T.IndexError) || isSubtype(typeOf(pendingException()), T.StopIteration))) {
      takeException();
      return exhaust(it);
    }
    throw e;
  }
}

/**
 * A new list of every item of an iterable. The list is a temporary root while the
 * iteration runs Python code (generators, __next__), so the collector keeps the items.
 */
export function iterateToList(o: number): number {
  if (kindOf(o) === Kind.List || kindOf(o) === Kind.Tuple) {
    if (I[o + 1] === T.list) return listFromWords(listBase(o), I[o + LIST_LENGTH]);
    if (I[o + 1] === T.tuple) return listFromWords(o + TUPLE_ITEMS, I[o + TUPLE_LENGTH]);
  }
  const out = newList();
  const mark = pushRoot(out);
  const it = getIter(o);
  pushRoot(it);
  for (let v = iterNext(it); v !== 0; v = iterNext(it)) listAppend(out, v);
  popRoots(mark);
  return out;
}

/**
 * Every item of an iterable as a JS array. Safe only if the caller runs no Python code
 * while it holds the array (or roots what it needs).
 */
export function iterateToArray(o: number): number[] {
  return listItems(iterateToList(o));
}
