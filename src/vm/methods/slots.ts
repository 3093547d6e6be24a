/**
 * Slot wrappers: the dunder methods of built-in types, so that `(3).__add__(4)`,
 * `list.__getitem__(l, 0)` and `super().__getitem__(i)` in a subclass work. Each calls
 * the built-in behaviour directly, never the subclass's override (that would recurse).
 * CPython: Objects/typeobject.c, slotdefs and the wrapper_descriptor type.
 */
import { I } from '../../image/memory.js';
import { bool, S, T } from '../../objects/statics.js';
import { Kind } from '../../objects/layout.js';
import { newStr } from '../../objects/str.js';
import { builtinRepr } from '../repr.js';
import { raiseType } from '../errors.js';
import { getIter, iterNext } from '../iter.js';
import { CONSTRUCTORS, defineMethods, type NativeFn } from '../natives.js';
import { floatValue } from '../../objects/float.js';
import { newInt, newIntFrom } from '../../objects/int.js';
import { floatToBigInt } from '../../objects/text/index.js';
import { isSubtype, isType } from '../../objects/type.js';
import { raise } from '../errors.js';
import { text } from './common.js';
import { absolute, asBuiltinValue, builtinBinaryOp, builtinUnaryOp, Unary } from '../number.js';
import { builtinRichCompare, Cmp, contains, isTrue, kindOf, lengthOf } from '../abstract.js';
import { builtinSubscript } from '../subscript.js';
import { BINARY_DUNDERS } from '../names.js';
import { slotArgs } from './common.js';

/**
 * __add__, __radd__, ... for the operators a built-in type supports; an operand of a
 * kind outside `accepts` (when given) gets NotImplemented, as (1).__sub__(1.0) does.
 */
function arithmeticSlots(ops: readonly number[], accepts?: readonly Kind[]): Record<string, NativeFn> {
  const rows: Record<string, NativeFn> = {};
  const accepted = (other: number) => accepts === undefined || accepts.includes(kindOf(other));
  for (const nb of ops) {
    const [name, reflected] = BINARY_DUNDERS[nb];
    rows[name] = slotArgs(name, 1, (self, args) => (accepted(I[args]) ? builtinBinaryOp(self, I[args], nb) : S.NotImplemented));
    rows[reflected] = slotArgs(reflected, 1, (self, args) => (accepted(I[args]) ? builtinBinaryOp(I[args], self, nb) : S.NotImplemented));
  }
  return rows;
}

const COMPARISONS: readonly [string, Cmp][] = [
  ['__lt__', Cmp.Lt], ['__le__', Cmp.Le], ['__eq__', Cmp.Eq], ['__ne__', Cmp.Ne], ['__gt__', Cmp.Gt], ['__ge__', Cmp.Ge],
];

/** Comparisons with `other` of the kinds the type's own slot accepts; NotImplemented for the rest. */
function comparisonSlots(accepts: readonly Kind[]): Record<string, NativeFn> {
  return Object.fromEntries(COMPARISONS.map(([name, op]) => [name, slotArgs(name, 1, (self, args) => {
    const other = I[args];
    if (!accepts.includes(kindOf(other))) return S.NotImplemented;
    return builtinRichCompare(asBuiltinValue(self), asBuiltinValue(other), op);
  })]));
}

/** __repr__ by the built-in layout (for super().__repr__() in a subclass). */
const reprSlot = { __repr__: slotArgs('__repr__', 0, (self) => newStr(builtinRepr(self))) };

/** The iterator protocol of the built-in iterators. */
const iteratorSlots: Record<string, NativeFn> = {
  __iter__: slotArgs('__iter__', 0, (self) => self),
  __next__: slotArgs('__next__', 0, (self) => {
    const v = iterNext(self);
    return v !== 0 ? v : raiseType(T.StopIteration, []);
  }),
};

/** __getitem__, __len__, __contains__, __iter__ of a built-in container. */
function containerSlots(): Record<string, NativeFn> {
  return {
    __getitem__: slotArgs('__getitem__', 1, (self, args) => builtinSubscript(self, I[args])),
    __len__: slotArgs('__len__', 0, (self) => newInt(lengthOf(self))),
    __contains__: slotArgs('__contains__', 1, (self, args) => bool(contains(self, I[args]))),
    __iter__: slotArgs('__iter__', 0, (self) => getIter(self)),
  };
}

// NB_* numbers (src/bytecode/opcodes.ts BINARY_OPS): add 0, and 1, floordiv 2, lshift 3,
// mul 5, mod 6, or 7, pow 8, rshift 9, sub 10, truediv 11, xor 12.
const INT_OPS = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12];
const FLOAT_OPS = [0, 2, 5, 6, 8, 10, 11];
const SEQUENCE_OPS = [0, 5];

/** __neg__, __pos__ (and __invert__ for ints), __abs__, __bool__. */
function numberSlots(withInvert: boolean): Record<string, NativeFn> {
  const rows: Record<string, NativeFn> = {
    __neg__: slotArgs('__neg__', 0, (self) => builtinUnaryOp(self, Unary.Negative)),
    __pos__: slotArgs('__pos__', 0, (self) => builtinUnaryOp(self, Unary.Positive)),
    __abs__: slotArgs('__abs__', 0, (self) => absolute(asBuiltinValue(self))),
    __bool__: slotArgs('__bool__', 0, (self) => bool(isTrue(asBuiltinValue(self)))),
  };
  if (withInvert) rows.__invert__ = slotArgs('__invert__', 0, (self) => builtinUnaryOp(self, Unary.Invert));
  return rows;
}

const INTS = [Kind.Int, Kind.Bool];
defineMethods('int', {
  ...arithmeticSlots(INT_OPS, INTS), ...comparisonSlots(INTS), ...numberSlots(true), ...reprSlot,
  __index__: slotArgs('__index__', 0, (self) => asBuiltinValue(self)),
  __int__: slotArgs('__int__', 0, (self) => asBuiltinValue(self)),
});
defineMethods('float', {
  ...arithmeticSlots(FLOAT_OPS, [...INTS, Kind.Float]), ...comparisonSlots([...INTS, Kind.Float]), ...numberSlots(false), ...reprSlot,
  __int__: slotArgs('__int__', 0, (self) => newIntFrom(text(() => floatToBigInt(floatValue(self))))),
  __float__: slotArgs('__float__', 0, (self) => asBuiltinValue(self)),
});
defineMethods('str', { __str__: slotArgs('__str__', 0, (self) => asBuiltinValue(self)) });

/** int.__new__(cls, ...) and friends: the type's constructor for `cls`. CPython: the tp_new slots. */
for (const typeName of ['int', 'float', 'str', 'tuple']) {
  defineMethods(typeName, {
    __new__: (_self, args, nargs, kwnames) => {
      if (nargs < 1) raise('TypeError', `${typeName}.__new__(): not enough arguments`);
      const cls = I[args];
      if (!isType(cls) || !isSubtype(cls, T[typeName as 'int'])) {
        raise('TypeError', `${typeName}.__new__(X): X is not a subtype of ${typeName}`);
      }
      return CONSTRUCTORS.get(typeName)!(cls, args + 1, nargs - 1, kwnames);
    },
  }, 'staticmethod');
}
defineMethods('str', { ...arithmeticSlots([...SEQUENCE_OPS, 6]), ...comparisonSlots([Kind.Str]), ...containerSlots(), ...reprSlot });
defineMethods('list', { ...arithmeticSlots(SEQUENCE_OPS), ...comparisonSlots([Kind.List]), ...containerSlots(), ...reprSlot });
defineMethods('tuple', { ...arithmeticSlots(SEQUENCE_OPS), ...comparisonSlots([Kind.Tuple]), ...containerSlots(), ...reprSlot });
defineMethods('dict', reprSlot);
for (const iterator of ['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_ascii_iterator', 'range_iterator',
  'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'enumerate', 'zip', 'map', 'filter',
  'reversed', 'iterator', 'callable_iterator']) {
  defineMethods(iterator, iteratorSlots);
}
