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
import { newInt } from '../../objects/int.js';
import { defineMethods, type NativeFn } from '../natives.js';
import { asBuiltinValue, builtinBinaryOp } from '../number.js';
import { builtinRichCompare, Cmp, contains, kindOf, lengthOf } from '../abstract.js';
import { builtinSubscript } from '../subscript.js';
import { BINARY_DUNDERS } from '../names.js';
import { slotArgs } from './common.js';

/** __add__, __radd__, ... for the operators a built-in type supports. */
function arithmeticSlots(ops: readonly number[]): Record<string, NativeFn> {
  const rows: Record<string, NativeFn> = {};
  for (const nb of ops) {
    const [name, reflected] = BINARY_DUNDERS[nb];
    rows[name] = slotArgs(name, 1, (self, args) => builtinBinaryOp(self, I[args], nb));
    rows[reflected] = slotArgs(reflected, 1, (self, args) => builtinBinaryOp(I[args], self, nb));
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

const INTS = [Kind.Int, Kind.Bool];
defineMethods('int', { ...arithmeticSlots(INT_OPS), ...comparisonSlots(INTS), ...reprSlot });
defineMethods('float', { ...arithmeticSlots(FLOAT_OPS), ...comparisonSlots([...INTS, Kind.Float]), ...reprSlot });
defineMethods('str', { ...arithmeticSlots([...SEQUENCE_OPS, 6]), ...comparisonSlots([Kind.Str]), ...containerSlots(), ...reprSlot });
defineMethods('list', { ...arithmeticSlots(SEQUENCE_OPS), ...comparisonSlots([Kind.List]), ...containerSlots(), ...reprSlot });
defineMethods('tuple', { ...arithmeticSlots(SEQUENCE_OPS), ...comparisonSlots([Kind.Tuple]), ...containerSlots(), ...reprSlot });
defineMethods('dict', reprSlot);
for (const iterator of ['list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_ascii_iterator', 'range_iterator',
  'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'enumerate', 'zip', 'map', 'filter',
  'reversed', 'iterator', 'callable_iterator']) {
  defineMethods(iterator, iteratorSlots);
}
