/**
 * Interned str objects for the names the VM looks up itself (dunders and a few
 * attributes), loaded once per thread after the image is attached.
 */
import { intern } from '../objects/str.js';

const NAMES = [
  '__init__', '__new__', '__repr__', '__str__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  '__hash__', '__len__', '__getitem__', '__setitem__', '__delitem__', '__contains__', '__iter__', '__next__',
  '__call__', '__bool__', '__enter__', '__exit__', '__getattr__', '__getattribute__', '__setattr__',
  '__delattr__', '__get__', '__set__', '__delete__', '__name__', '__qualname__', '__module__', '__doc__',
  '__dict__', '__class__', '__bases__', '__mro__', '__slots__', '__classcell__', '__builtins__', '__main__',
  '__format__', '__index__', '__int__', '__float__', '__neg__', '__pos__', '__abs__', '__invert__',
  '__reversed__', '__missing__', '__init_subclass__', '__set_name__', '__file__', '__package__',
  '__spec__', '__loader__', '__annotations__', '__traceback__', '__cause__', '__context__',
  '__suppress_context__', '__round__', '__divmod__', '__rdivmod__', '__length_hint__', '__self__',
  '__func__', '__wrapped__', '__code__', '__defaults__', '__kwdefaults__', '__closure__', '__globals__',
  'args', 'send', 'throw', 'close', 'value', 'code', 'keys', 'items', 'values', 'append', 'extend',
  'get', 'start', 'stop', 'step', 'real', 'imag', 'fget', 'fset', 'fdel', 'setter', 'getter', 'deleter',
  'mro', 'write', 'flush', '__abstractmethods__', '__build_class__',
] as const;

export type InternedName = (typeof NAMES)[number];

/** Interned name objects by their text. */
export const N = Object.fromEntries(NAMES.map((n) => [n, 0])) as Record<InternedName, number>;

/** Binary-operator dunders by NB_* oparg: [method, reflected, in-place]. */
export const BINARY_DUNDERS: readonly (readonly [string, string, string])[] = [
  ['__add__', '__radd__', '__iadd__'], ['__and__', '__rand__', '__iand__'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__'], ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__matmul__', '__rmatmul__', '__imatmul__'], ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'], ['__or__', '__ror__', '__ior__'],
  ['__pow__', '__rpow__', '__ipow__'], ['__rshift__', '__rrshift__', '__irshift__'],
  ['__sub__', '__rsub__', '__isub__'], ['__truediv__', '__rtruediv__', '__itruediv__'],
  ['__xor__', '__rxor__', '__ixor__'],
];

/** Interned [method, reflected, in-place] names by NB_* oparg (0..12). */
export const BINARY_NAMES: [number, number, number][] = [];

export function loadNames(): void {
  for (const n of NAMES) (N as Record<string, number>)[n] = intern(n);
  BINARY_NAMES.length = 0;
  for (const [m, r, i] of BINARY_DUNDERS) BINARY_NAMES.push([intern(m), intern(r), intern(i)]);
}
