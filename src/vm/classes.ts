/**
 * Class statements: __build_class__, type(name, bases, dict) (CPython's type_new), and
 * the descriptor types a class body uses: property, staticmethod, classmethod, super,
 * __slots__ members. CPython: Python/bltinmodule.c (builtin___build_class__),
 * Objects/typeobject.c (type_new), Objects/descrobject.c (property), funcobject.c.
 */
import { I } from '../image/memory.js';
import { FR_FLAGS, FR_LOCALS, FRAME_FLAG } from '../image/layout.js';
import {
  CELL_VALUE, Kind, MEMBER_INDEX, MEMBER_NAME, MEMBER_OWNER, PROP_DOC, PROP_FDEL, PROP_FGET, PROP_FSET,
  SUPER_OBJ, SUPER_OBJ_TYPE, SUPER_TYPE, TYPE_FLAG, TYPE_FLAGS, TYPE_LAYOUT, TYPE_NSLOTS, TUPLE_ITEMS, TYPE_DICT,
} from '../objects/layout.js';
import { NONE, S, T } from '../objects/statics.js';
import { listFrom as newListOf } from '../objects/list.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { allocObject } from '../image/heap.js';
import { isHeapType, isSubtype, isType, newType, typeLookup, typeMro, typeName, typeNameOf, typeOf, typeSetQualname } from '../objects/type.js';
import { dictCopy, dictGetStr, dictItems, dictPop, dictSetItem, isDict, newDict } from '../objects/dict.js';
import { intern, newStr, strValue } from '../objects/str.js';
import { tupleItems } from '../objects/tuple.js';
import { newWrapper } from '../objects/function.js';
import { call, typeCall } from './call.js';
import { pushFunctionFrame } from './frame.js';
import { runFrame } from './interp.js';
import { parseArgs, kwCount } from './args.js';
import { defineConstructor, defineMethods, registerNative } from './natives.js';
import { bindDescriptor, updateAttributeFlags } from './attr.js';
import { kindOf } from './abstract.js';
import { iterateToArray } from './iter.js';
import { superLookup } from './ops.js';
import { popRoots, pushRoot } from './roots.js';
import { newTuple as newTupleOf } from '../objects/tuple.js';

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds). */
export const BUILD_CLASS = registerNative('builtins.__build_class__', (_self, args, nargs, kwnames) => {
  const nkw = kwCount(kwnames);
  const npos = nargs - nkw;
  if (npos < 2) raise('TypeError', '__build_class__: not enough arguments');
  const body = I[args];
  const name = I[args + 1];
  const bases = Array.from(I.subarray(args + 2, args + npos));
  let meta = 0;
  const classKw: ClassKeywords = { names: [], values: [] };
  for (let k = 0; k < nkw; k++) {
    const key = I[kwnames + TUPLE_ITEMS + k];
    if (strValue(key) === 'metaclass') meta = I[args + npos + k];
    else {
      classKw.names.push(key);
      classKw.values.push(I[args + npos + k]);
    }
  }
  if (meta === 0) meta = bases.length > 0 ? mostDerivedMetaclass(bases) : T.type;
  const ns = newDict();
  const mark = pushRoot(ns);
  const frame = pushFunctionFrame(body, 0, 0, 0, FRAME_FLAG.entry | FRAME_FLAG.hasLocalsDict);
  I[frame + FR_LOCALS] = ns;
  I[frame + FR_FLAGS] |= FRAME_FLAG.hasLocalsDict;
  const cell = runFrame(frame);
  pushRoot(cell); // the metaclass runs Python code before the cell is filled in
  const cls = meta === T.type
    ? createClass(T.type, strValue(name), bases, ns, classKw)
    : call(meta, [name, newTupleOf(bases), ns, ...classKw.values], keywordNames(classKw));
  if (cell !== NONE && kindOf(cell) === Kind.Cell) I[cell + CELL_VALUE] = cls;
  popRoots(mark);
  return cls;
});

/** Keyword arguments of a class statement other than metaclass=, for __init_subclass__. */
interface ClassKeywords {
  names: number[];
  values: number[];
}

const NO_KEYWORDS: ClassKeywords = { names: [], values: [] };

function keywordNames(kw: ClassKeywords): number {
  return kw.names.length === 0 ? 0 : newTupleOf(kw.names);
}

function mostDerivedMetaclass(bases: number[]): number {
  let winner = T.type;
  for (const b of bases) {
    const m = typeOf(b);
    if (isSubtype(m, winner)) winner = m;
    else if (!isSubtype(winner, m)) raise('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns). CPython: type_new. */
export function createClass(meta: number, name: string, bases: number[], ns: number, kw = NO_KEYWORDS): number {
  for (const b of bases) {
    if (!isType(b)) raise('TypeError', `bases must be types`);
    if ((I[b + TYPE_FLAGS] & TYPE_FLAG.baseType) === 0) raise('TypeError', `type '${typeName(b)}' is not an acceptable base type`);
  }
  if (bases.length === 0) bases = [T.object];
  const dict = dictCopy(ns);
  const qualname = dictPop(dict, N.__qualname__);
  dictPop(dict, N.__classcell__);
  const slots = dictGetStr(dict, N.__slots__);
  let flags = TYPE_FLAG.heapType | TYPE_FLAG.baseType;
  const baseNslots = Math.max(...bases.map((b) => I[b + TYPE_NSLOTS]));
  const inheritsDict = bases.some((b) => (I[b + TYPE_FLAGS] & TYPE_FLAG.instancesHaveDict) !== 0);
  const slotNames = slots === 0 ? [] : slotList(slots);
  if (slots === 0 || inheritsDict || slotNames.includes('__dict__')) flags |= TYPE_FLAG.instancesHaveDict;
  const isException = bases.some((b) => isSubtype(b, T.BaseException));
  if (isException) flags |= TYPE_FLAG.isException;
  wrapImplicitClassMethods(dict);
  // A class that defines __eq__ but not __hash__ is unhashable. CPython: type_new's hash inheritance.
  if (dictGetStr(dict, N.__eq__) !== 0 && dictGetStr(dict, N.__hash__) === 0) dictSetItem(dict, N.__hash__, NONE);
  const t = newType(meta, name, bases, layoutOf(bases), flags, dict);
  if (qualname !== 0) typeSetQualname(t, qualname);
  let nslots = baseNslots;
  for (const s of slotNames) {
    if (s === '__dict__') continue;
    dictSetItem(dict, intern(s), newMember(nslots++, s, t));
  }
  I[t + TYPE_NSLOTS] = nslots;
  const mark = pushRoot(t); // __set_name__ and __init_subclass__ run Python code
  try {
    finishClass(t, dict, kw);
  } finally {
    popRoots(mark);
  }
  return t;
}

/** The steps of type_new that run Python code, once the class exists. */
function finishClass(t: number, dict: number, kw: ClassKeywords): void {
  for (const klass of typeMro(t)) {
    if (!isHeapType(klass)) continue;
    for (const [k] of dictItems(I[klass + TYPE_DICT])) if (kindOf(k) === Kind.Str) updateAttributeFlags(t, strValue(k));
  }
  setNames(t, dict);
  initSubclass(t, kw);
}

function slotList(slots: number): string[] {
  const items = kindOf(slots) === Kind.Str ? [slots] : iterateToArray(slots);
  return items.map((s) => {
    if (kindOf(s) !== Kind.Str) raise('TypeError', `__slots__ items must be strings, not '${typeNameOf(s)}'`);
    return strValue(s);
  });
}

function layoutOf(bases: number[]): number {
  for (const b of bases) if (I[b + TYPE_LAYOUT] !== Kind.Instance) return I[b + TYPE_LAYOUT];
  return Kind.Instance;
}

/** __init_subclass__ and __class_getitem__ are implicit classmethods; __new__ an implicit staticmethod. */
function wrapImplicitClassMethods(dict: number): void {
  for (const name of ['__init_subclass__', '__class_getitem__']) {
    const key = intern(name);
    const f = dictGetStr(dict, key);
    if (f !== 0 && kindOf(f) === Kind.Function) dictSetItem(dict, key, newWrapper(Kind.ClassMethod, T.classmethod, f));
  }
  const f = dictGetStr(dict, N.__new__);
  if (f !== 0 && kindOf(f) === Kind.Function) dictSetItem(dict, N.__new__, newWrapper(Kind.StaticMethod, T.staticmethod, f));
}

function newMember(index: number, name: string, owner: number): number {
  const m = allocObject(Kind.Member, T.member_descriptor, 6);
  I[m + MEMBER_INDEX] = index;
  I[m + MEMBER_NAME] = intern(name);
  I[m + MEMBER_OWNER] = owner;
  return m;
}

/** Calls __set_name__(owner, name) on class attributes that define it. */
function setNames(t: number, dict: number): void {
  for (const [k, v] of dictItems(dict)) {
    const vt = typeOf(v);
    if (!isHeapType(vt)) continue;
    const m = typeLookup(vt, N.__set_name__);
    if (m !== 0) call(bindDescriptor(m, v, vt), [t, k]);
  }
}

/** super(t, t).__init_subclass__(**kw): the nearest definition above the new class. CPython: init_subclass. */
function initSubclass(t: number, kw: ClassKeywords): void {
  const m = superLookup(t, t, intern('__init_subclass__'));
  if (m !== 0 && kindOf(m) === Kind.ClassMethod && kindOf(I[m + 2]) === Kind.Function) {
    call(bindDescriptor(m, 0, t), kw.values, keywordNames(kw));
  } else if (kw.names.length > 0) {
    raise('TypeError', `${typeName(t)}.__init_subclass__() takes no keyword arguments`);
  }
}

// ---- type(), property, staticmethod, classmethod, super ------------------------------

defineConstructor('type', (cls, args, nargs, kwnames) => typeNew(cls, args, nargs, kwnames));

/** type.__new__(metatype, name, bases, dict), reached through super() in a metaclass. */
defineMethods('type', {
  __new__: (_self, args, nargs, kwnames) => {
    if (nargs < 1 || !isType(I[args])) raise('TypeError', 'type.__new__(X): X is not a type object');
    return typeNew(I[args], args + 1, nargs - 1, kwnames);
  },
}, 'staticmethod');

/** type(obj) or type(name, bases, dict) for metatype `cls`. CPython: type_new. */
function typeNew(cls: number, args: number, nargs: number, kwnames: number): number {
  const [a, bases, ns] = parseArgs('type', args, nargs, kwnames, ['object', 'bases', 'dict'], 1);
  if (bases === 0) return typeOf(a);
  if (ns === 0) raise('TypeError', 'type() takes 1 or 3 arguments');
  if (kindOf(a) !== Kind.Str) raise('TypeError', `type.__new__() argument 1 must be str, not ${typeNameOf(a)}`);
  if (!isDict(ns)) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeNameOf(ns)}`);
  const t = createClass(cls, strValue(a), tupleItems(bases), ns);
  if (dictGetStr(I[t + TYPE_DICT], N.__module__) === 0) dictSetItem(I[t + TYPE_DICT], N.__module__, newStr('__main__'));
  return t;
}

/** type(None)(), type(NotImplemented)(), type(...)() return the singleton. */
defineConstructor('NoneType', () => NONE);
defineConstructor('NotImplementedType', () => S.NotImplemented);
defineConstructor('ellipsis', () => S.Ellipsis);

defineMethods('type', {
  mro: (self) => newListOf(typeMro(self)),
  __call__: (self, args, nargs, kwnames) => typeCall(self, args, nargs, kwnames),
  // type.__init__ accepts what type() accepts and does nothing more (type.__new__ did the work).
  __init__: () => NONE,
});

defineConstructor('property', (cls, args, nargs, kwnames) => {
  const [fget, fset, fdel, doc] = parseArgs('property', args, nargs, kwnames, ['fget', 'fset', 'fdel', 'doc'], 0);
  return newProperty(cls, fget, fset, fdel, doc);
});

function newProperty(cls: number, fget: number, fset: number, fdel: number, doc: number): number {
  const p = allocObject(Kind.Property, cls, 6);
  I[p + PROP_FGET] = fget || NONE;
  I[p + PROP_FSET] = fset || NONE;
  I[p + PROP_FDEL] = fdel || NONE;
  let d = doc || NONE;
  if (d === NONE && fget !== 0 && fget !== NONE && kindOf(fget) === Kind.Function) d = I[fget + 12 /* FUNC_DOC */] || NONE;
  I[p + PROP_DOC] = d;
  return p;
}

defineMethods('property', {
  getter: (self, args) => newProperty(typeOf(self), I[args], I[self + PROP_FSET], I[self + PROP_FDEL], I[self + PROP_DOC]),
  setter: (self, args) => newProperty(typeOf(self), I[self + PROP_FGET], I[args], I[self + PROP_FDEL], I[self + PROP_DOC]),
  deleter: (self, args) => newProperty(typeOf(self), I[self + PROP_FGET], I[self + PROP_FSET], I[args], I[self + PROP_DOC]),
  __get__: (self, args) => (I[args] === NONE ? self : call(I[self + PROP_FGET], [I[args]])),
});

defineConstructor('staticmethod', (cls, args, nargs, kwnames) => {
  const [f] = parseArgs('staticmethod', args, nargs, kwnames, ['function'], 1);
  return newWrapper(Kind.StaticMethod, cls, f);
});

defineConstructor('classmethod', (cls, args, nargs, kwnames) => {
  const [f] = parseArgs('classmethod', args, nargs, kwnames, ['function'], 1);
  return newWrapper(Kind.ClassMethod, cls, f);
});

defineConstructor('super', (cls, args, nargs, kwnames) => {
  const [type, obj] = parseArgs('super', args, nargs, kwnames, ['type', 'obj'], 0);
  if (type === 0) raise('RuntimeError', 'super(): no arguments');
  if (!isType(type)) raise('TypeError', `super() argument 1 must be a type, not ${typeNameOf(type)}`);
  const s = allocObject(Kind.Super, cls, 6);
  I[s + SUPER_TYPE] = type;
  I[s + SUPER_OBJ] = obj || NONE;
  I[s + SUPER_OBJ_TYPE] = obj === 0 || obj === NONE ? 0 : isType(obj) && isSubtype(obj, type) ? obj : typeOf(obj);
  if (obj !== 0 && obj !== NONE && !isSubtype(I[s + SUPER_OBJ_TYPE], type)) {
    raise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  }
  return s;
});

/** Attribute lookup through a super object. CPython: super_getattro. */
export function superGetAttr(s: number, name: number): number {
  const start = I[s + SUPER_OBJ_TYPE];
  if (start === 0) return 0;
  const found = superLookup(start, I[s + SUPER_TYPE], name);
  if (found === 0) return 0;
  const obj = I[s + SUPER_OBJ];
  return bindDescriptor(found, obj === start ? 0 : obj, start);
}

