/**
 * The methods every class inherits from `object`, and those of BaseException.
 * CPython: Objects/typeobject.c (object_methods, object_new, object_init,
 * object_richcompare, PyObject_GenericGetAttr's use as __getattribute__),
 * Objects/exceptions.c (BaseException_methods, BaseException_init, StopIteration_init,
 * SystemExit_init).
 */
import { I } from '../../image/memory.js';
import {
  EXC_ARGS, EXC_TRACEBACK, EXC_VALUE, Kind, OB_TYPE, TYPE_BASE, TYPE_LAYOUT, TUPLE_LENGTH,
} from '../../objects/layout.js';
import { NONE, S, T, TRUE, bool } from '../../objects/statics.js';
import { newInt } from '../../objects/int.js';
import { newStr } from '../../objects/str.js';
import { tupleFromWords, tupleItem, tupleItems } from '../../objects/tuple.js';
import { listAppend, newList } from '../../objects/list.js';
import { dictGetStr, dictSetItem } from '../../objects/dict.js';
import { newException } from '../../objects/exception.js';
import { isHeapType, isSubtype, isType, typeLookup, typeName, typeNameOf, typeOf } from '../../objects/type.js';
import { CONSTRUCTORS, defineMethods, type NativeFn } from '../natives.js';
import { raise } from '../errors.js';
import { call, newInstance } from '../call.js';
import { attributeError, bindDescriptor, genericGetAttrOrZero, genericSetAttr, getAttr, instanceDict } from '../attr.js';
import { identityHash, isTrue, kindOf, repr } from '../abstract.js';
import { defaultRepr, exceptionStr, reprOf, tupleRepr } from '../repr.js';
import { formatMethod } from '../formatting.js';
import { N } from '../names.js';
import { noArgs, oneArg, slotArgs } from './common.js';

/** object's own entry for `name` (a dunder), to tell whether a class overrides it. */
function objectEntry(name: number): number {
  return typeLookup(T.object, name);
}

function overrides(cls: number, name: number): boolean {
  return typeLookup(cls, name) !== objectEntry(name);
}

/** The built-in type whose layout instances of `cls` have (the first non-heap type up its bases). */
function solidBase(cls: number): number {
  let base = cls;
  while (isHeapType(base)) base = I[base + TYPE_BASE];
  return base;
}

/**
 * object.__new__(cls, *args, **kwargs): an instance of cls's layout. Arguments beyond cls are
 * an error unless cls overrides __init__ (and not __new__). Classes deriving from a built-in
 * type get that type's constructor, given the arguments unless the type's own __init__
 * takes them (list, dict, set start empty). CPython: object_new.
 */
const objectNew: NativeFn = (_self, args, nargs, kwnames) => {
  const nkw = kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH];
  if (nargs - nkw < 1) raise('TypeError', 'object.__new__(): not enough arguments');
  const cls = I[args];
  if (!isType(cls)) raise('TypeError', `object.__new__(X): X is not a type object (${typeNameOf(cls)})`);
  const rest = args + 1;
  const nrest = nargs - 1;
  switch (I[cls + TYPE_LAYOUT]) {
    case Kind.Instance:
      if (nrest > 0) {
        if (overrides(cls, N.__new__)) {
          raise('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
        }
        if (!overrides(cls, N.__init__)) raise('TypeError', `${typeName(cls)}() takes no arguments`);
      }
      return newInstance(cls);
    case Kind.Exception:
      return newException(cls, Array.from(I.subarray(rest, rest + nrest - nkw)));
    default: {
      const base = solidBase(cls);
      // A built-in type's own instances come from its constructor; object.__new__ serves the
      // subclasses (standing in for CPython's tuple.__new__, int.__new__... reached by super()).
      if (base === cls) raise('TypeError', `object.__new__(${typeName(cls)}) is not safe, use ${typeName(cls)}.__new__()`);
      const ctor = CONSTRUCTORS.get(typeName(base));
      if (ctor === undefined) raise('TypeError', `cannot create '${typeName(cls)}' instances`);
      return overrides(base, N.__init__) ? ctor(cls, rest, 0, 0) : ctor(cls, rest, nrest, kwnames);
    }
  }
};

/** object.__init__(self, *args, **kwargs): arguments are an error unless the class overrides __new__ only. CPython: object_init. */
const objectInit: NativeFn = (self, _args, nargs) => {
  if (nargs > 0) {
    const t = typeOf(self);
    if (overrides(t, N.__init__)) {
      raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (!overrides(t, N.__new__)) {
      raise('TypeError', `${typeName(t)}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return NONE;
};

/**
 * object.__getattribute__(self, name): never __getattr__. CPython: PyObject_GenericGetAttr.
 */
function genericGetAttr(o: number, name: number): number {
  const k = kindOf(o);
  if (k === Kind.Type || k === Kind.Module) return getAttr(o, name);
  return genericGetAttrOrZero(o, name) || attributeError(o, name);
}

/** An attribute name argument. */
function attrName(v: number): number {
  if (kindOf(v) !== Kind.Str) raise('TypeError', `attribute name must be string, not '${typeNameOf(v)}'`);
  return v;
}

/** object.__ne__: the inverse of type(self).__eq__, unless that is NotImplemented. CPython: object_richcompare. */
function objectNe(self: number, args: number): number {
  const t = typeOf(self);
  const eq = typeLookup(t, N.__eq__);
  const r = eq === objectEntry(N.__eq__) ? (self === I[args] ? TRUE : S.NotImplemented) : call(bindDescriptor(eq, self, t), [I[args]]);
  return r === S.NotImplemented ? r : bool(!isTrue(r));
}

function notImplemented(): number {
  return S.NotImplemented;
}

defineMethods('object', {
  __init__: objectInit,
  __repr__: slotArgs('__repr__', 0, (self) => newStr(defaultRepr(self))),
  __str__: slotArgs('__str__', 0, (self) => newStr(repr(self))),
  __hash__: slotArgs('__hash__', 0, (self) => newInt(identityHash(self))),
  __eq__: slotArgs('__eq__', 1, (self, args) => (self === I[args] ? TRUE : S.NotImplemented)),
  __ne__: slotArgs('__ne__', 1, objectNe),
  __lt__: slotArgs('__lt__', 1, notImplemented),
  __le__: slotArgs('__le__', 1, notImplemented),
  __gt__: slotArgs('__gt__', 1, notImplemented),
  __ge__: slotArgs('__ge__', 1, notImplemented),
  __getattribute__: slotArgs('__getattribute__', 1, (self, args) => genericGetAttr(self, attrName(I[args]))),
  __setattr__: slotArgs('__setattr__', 2, (self, args) => {
    genericSetAttr(self, attrName(I[args]), I[args + 1]);
    return NONE;
  }, true),
  __delattr__: slotArgs('__delattr__', 1, (self, args) => {
    genericSetAttr(self, attrName(I[args]), 0);
    return NONE;
  }),
  __format__: formatMethod('object'),
});

defineMethods('object', { __init_subclass__: noArgs('object.__init_subclass__', () => NONE) }, 'classmethod');
defineMethods('object', { __new__: objectNew }, 'staticmethod');

// ---- BaseException ----------------------------------------------------------------------------

/**
 * BaseException.__init__(*args): sets args (and StopIteration.value, SystemExit.code).
 * CPython: BaseException_init, StopIteration_init, SystemExit_init.
 */
const exceptionInit: NativeFn = (self, args, nargs, kwnames) => {
  if (kwnames !== 0) raise('TypeError', `${typeNameOf(self)}() takes no keyword arguments`);
  const argsTuple = tupleFromWords(args, nargs);
  I[self + EXC_ARGS] = argsTuple;
  const t = typeOf(self);
  if (isSubtype(t, T.StopIteration)) I[self + EXC_VALUE] = nargs > 0 ? I[args] : NONE;
  else if (isSubtype(t, T.SystemExit)) I[self + EXC_VALUE] = nargs === 0 ? NONE : nargs === 1 ? I[args] : argsTuple;
  return NONE;
};

/** CPython: BaseException_repr (the type's __name__, then the args). */
function exceptionRepr(e: number): string {
  const args = I[e + EXC_ARGS];
  const inner = kindOf(args) === Kind.Tuple && I[args + TUPLE_LENGTH] === 1 ? `(${reprOf(tupleItem(args, 0))})` : tupleRepr(tupleItems(args));
  return typeNameOf(e) + inner;
}

defineMethods('BaseException', {
  __init__: exceptionInit,
  __str__: slotArgs('__str__', 0, (self) => newStr(exceptionStr(self))),
  __repr__: slotArgs('__repr__', 0, (self) => newStr(exceptionRepr(self))),
  with_traceback: oneArg('BaseException.with_traceback', (self, tb) => {
    if (tb !== NONE && kindOf(tb) !== Kind.Traceback) raise('TypeError', '__traceback__ must be a traceback or None');
    I[self + EXC_TRACEBACK] = tb === NONE ? 0 : tb;
    return self;
  }),
  add_note: oneArg('BaseException.add_note', (self, note) => {
    if (kindOf(note) !== Kind.Str) raise('TypeError', `note must be a str, not '${typeNameOf(note)}'`);
    const dict = instanceDict(self, true);
    const name = newStr('__notes__');
    let notes = dictGetStr(dict, name);
    if (notes === 0) {
      notes = newList();
      dictSetItem(dict, name, notes);
    } else if ((notes & 1) === 1 || I[notes + OB_TYPE] !== T.list) {
      raise('TypeError', 'Cannot add note: __notes__ is not a list');
    }
    listAppend(notes, note);
    return NONE;
  }),
});
