/**
 * The specializer: called by a generic instruction whose adaptive counter reached zero,
 * it looks at the operands and rewrites the instruction into one of its family's
 * specialized forms (writing the caches first), or records why it cannot and backs off.
 * CPython 3.12: Python/specialize.c (_Py_Specialize_*). The decisions, and the failure
 * kinds counted for `--stats`, follow CPython's so that `dis --adaptive` prints what
 * CPython 3.12 prints for the same code.
 *
 * Every write goes through codewrite.ts. The specializer never runs Python code and
 * never raises: it only reads types, dicts and versions.
 */
import { I, U16 } from '../image/memory.js';
import { IS_NEXT_KEYS_VERSION } from '../image/layout.js';
import {
  CODE_ARGCOUNT, CODE_FLAGS, CODE_KWONLY, DESCR_ID, DESCR_OWNER, FUNC_CODE, FUNC_DEFAULTS, FUNC_VERSION,
  INSTANCE_DICT, INSTANCE_FLAG, INSTANCE_FLAGS, Kind, LIST_LENGTH, MEMBER_INDEX, METHOD_FUNC, MODULE_DICT,
  NATIVE_ID, OB_TYPE, PROP_FGET, TUPLE_LENGTH, TYPE_FLAG, TYPE_FLAGS, TYPE_GETITEM, TYPE_GETITEM_VERSION,
  TYPE_SHARED_KEYS, INSTANCE_SLOTS, WRAPPED_FUNC, EXC_DICT, FUNC_DICT,
} from '../objects/layout.js';
import { NONE, T } from '../objects/statics.js';
import { Op } from '../bytecode/op.generated.js';
import { CO } from '../bytecode/opcodes.js';
import { isHeapType, typeLookup, typeOf, typeVersion } from '../objects/type.js';
import { dictGetStr, dictKeysVersion, dictLookupStrIndex, newDict } from '../objects/dict.js';
import { N } from './names.js';
import { kindOf } from './abstract.js';
import { isExactInt } from '../objects/int.js';
import { NATIVES } from './natives.js';
import { CALL_FLAGS } from './callflags.generated.js';
import { specializationFailed, specialized, writeCache16, writeCache32 } from './codewrite.js';
import { BINARY_OP_FAIL, FAIL } from './failkinds.js';

/** Built-in types whose tp_vectorcall CPython 3.12 sets (CALL_BUILTIN_CLASS applies to them). */
const VECTORCALL_TYPES = [
  'bool', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'list', 'map', 'range', 'reversed', 'set',
  'super', 'tuple', 'type',
];

// ---- BINARY_OP, COMPARE_OP -----------------------------------------------------------

export function specializeBinaryOp(cb: number, at: number, oparg: number, lhs: number, rhs: number, locals: number): void {
  const op = oparg >= 13 ? oparg - 13 : oparg; // NB_INPLACE_X = NB_X + 13
  const t = typeOf(lhs);
  if (t === typeOf(rhs)) {
    if (op === 0) {
      if (t === T.str) {
        const next = U16[cb + at + 2];
        const toStore = (next & 255) === Op.STORE_FAST || (next & 255) === Op.STORE_FAST__LOAD_FAST;
        return specialized(cb, at, toStore && I[locals + (next >>> 8)] === lhs ? Op.BINARY_OP_INPLACE_ADD_UNICODE : Op.BINARY_OP_ADD_UNICODE);
      }
      if (t === T.int) return specialized(cb, at, Op.BINARY_OP_ADD_INT);
      if (t === T.float) return specialized(cb, at, Op.BINARY_OP_ADD_FLOAT);
    } else if (op === 5 || op === 10) {
      if (t === T.int) return specialized(cb, at, op === 5 ? Op.BINARY_OP_MULTIPLY_INT : Op.BINARY_OP_SUBTRACT_INT);
      if (t === T.float) return specialized(cb, at, op === 5 ? Op.BINARY_OP_MULTIPLY_FLOAT : Op.BINARY_OP_SUBTRACT_FLOAT);
    }
  }
  const [different, same] = BINARY_OP_FAIL[op];
  let kind = t !== typeOf(rhs) ? different : same;
  if (op === 1 && t === typeOf(rhs) && t === T.int) kind = 12; // AND_INT
  if (op === 11 && t === typeOf(rhs) && t === T.float) kind = 26; // TRUE_DIVIDE_FLOAT
  specializationFailed(cb, at, kind);
}

export function specializeCompareOp(cb: number, at: number, oparg: number, lhs: number, rhs: number): void {
  const t = typeOf(lhs);
  if (t !== typeOf(rhs)) {
    const kind = t === T.float && typeOf(rhs) === T.int ? FAIL.COMPARE_OP_FLOAT_LONG
      : t === T.int && typeOf(rhs) === T.float ? FAIL.COMPARE_OP_LONG_FLOAT : FAIL.COMPARE_OP_DIFFERENT_TYPES;
    return specializationFailed(cb, at, kind);
  }
  if (t === T.float) return specialized(cb, at, Op.COMPARE_OP_FLOAT);
  if (t === T.int) {
    // Compact ints are the tagged ones.
    if ((lhs & rhs & 1) === 1) return specialized(cb, at, Op.COMPARE_OP_INT);
    return specializationFailed(cb, at, FAIL.COMPARE_OP_BIG_INT);
  }
  if (t === T.str) {
    const cmp = oparg >> 4;
    if (cmp === 2 || cmp === 3) return specialized(cb, at, Op.COMPARE_OP_STR);
    return specializationFailed(cb, at, FAIL.COMPARE_OP_STRING);
  }
  const kind = t === T.tuple ? FAIL.COMPARE_OP_TUPLE : t === T.list ? FAIL.COMPARE_OP_LIST
    : t === T.set || t === T.frozenset ? FAIL.COMPARE_OP_SET : t === T.bool ? FAIL.COMPARE_OP_BOOL
      : isHeapType(t) && typeLookup(t, N.__eq__) === typeLookup(T.object, N.__eq__) ? FAIL.COMPARE_OP_BASEOBJECT : FAIL.OTHER;
  specializationFailed(cb, at, kind);
}

// ---- subscripts, unpacking, iteration ------------------------------------------------

export function specializeBinarySubscr(cb: number, at: number, container: number, sub: number): void {
  const t = typeOf(container);
  if (t === T.list || t === T.tuple) {
    if (isExactInt(sub)) {
      if ((sub & 1) === 1 && sub >= 0) return specialized(cb, at, t === T.list ? Op.BINARY_SUBSCR_LIST_INT : Op.BINARY_SUBSCR_TUPLE_INT);
      return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
    }
    const slice = typeOf(sub) === T.slice;
    return specializationFailed(cb, at, !slice ? FAIL.OTHER : t === T.list ? FAIL.SUBSCR_LIST_SLICE : FAIL.SUBSCR_TUPLE_SLICE);
  }
  if (t === T.dict) return specialized(cb, at, Op.BINARY_SUBSCR_DICT);
  const getitem = typeLookup(t, N.__getitem__);
  if (getitem !== 0 && kindOf(getitem) === Kind.Function) {
    if (!isHeapType(t)) return specializationFailed(cb, at, FAIL.SUBSCR_NOT_HEAP_TYPE);
    const fail = simpleFunctionFailure(getitem, 2);
    if (fail >= 0) return specializationFailed(cb, at, fail);
    // Cached on the type; typeModified clears it (CPython: ht->_spec_cache.getitem).
    I[t + TYPE_GETITEM] = getitem;
    I[t + TYPE_GETITEM_VERSION] = (I[getitem + FUNC_VERSION] << 1) | 1;
    return specialized(cb, at, Op.BINARY_SUBSCR_GETITEM);
  }
  let kind: number = FAIL.OTHER;
  if (t === T.str) kind = isExactInt(sub) ? FAIL.SUBSCR_STRING_INT : typeOf(sub) === T.slice ? FAIL.SUBSCR_STRING_SLICE : FAIL.OTHER;
  else if (t === T.range && isExactInt(sub)) kind = FAIL.SUBSCR_SEQUENCE_INT;
  specializationFailed(cb, at, kind);
}

export function specializeStoreSubscr(cb: number, at: number, container: number, sub: number): void {
  const t = typeOf(container);
  if (t === T.list) {
    if (isExactInt(sub)) {
      if ((sub & 1) === 1 && sub >= 0 && sub >> 1 < I[container + LIST_LENGTH]) return specialized(cb, at, Op.STORE_SUBSCR_LIST_INT);
      return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
    }
    return specializationFailed(cb, at, typeOf(sub) === T.slice ? FAIL.SUBSCR_LIST_SLICE : FAIL.OTHER);
  }
  if (t === T.dict) return specialized(cb, at, Op.STORE_SUBSCR_DICT);
  let kind: number = FAIL.OTHER;
  const setitem = typeLookup(t, N.__setitem__);
  if (isHeapType(t) && kindOf(container) === Kind.Dict && setitem === typeLookup(T.dict, N.__setitem__)) {
    kind = FAIL.SUBSCR_DICT_SUBCLASS_NO_OVERRIDE;
  } else if (setitem !== 0 && kindOf(setitem) === Kind.Function) {
    kind = functionKind(setitem) < 0 ? FAIL.SUBSCR_PY_SIMPLE : FAIL.SUBSCR_PY_OTHER;
  }
  specializationFailed(cb, at, kind);
}

export function specializeUnpackSequence(cb: number, at: number, oparg: number, seq: number): void {
  const t = typeOf(seq);
  if (t === T.tuple) {
    if (I[seq + TUPLE_LENGTH] !== oparg) return specializationFailed(cb, at, FAIL.EXPECTED_ERROR);
    return specialized(cb, at, oparg === 2 ? Op.UNPACK_SEQUENCE_TWO_TUPLE : Op.UNPACK_SEQUENCE_TUPLE);
  }
  if (t === T.list) {
    if (I[seq + LIST_LENGTH] !== oparg) return specializationFailed(cb, at, FAIL.EXPECTED_ERROR);
    return specialized(cb, at, Op.UNPACK_SEQUENCE_LIST);
  }
  const isSequence = t === T.str || t === T.range || typeLookup(t, N.__getitem__) !== 0;
  const isIterator = typeLookup(t, N.__next__) !== 0 || kindOf(seq) === Kind.Iter || kindOf(seq) === Kind.Generator;
  specializationFailed(cb, at, isSequence ? FAIL.UNPACK_SEQUENCE_SEQUENCE : isIterator ? FAIL.UNPACK_SEQUENCE_ITERATOR : FAIL.OTHER);
}

const ITER_FAIL_BY_TYPE: readonly (readonly [string, number])[] = [
  ['generator', FAIL.ITER_GENERATOR], ['list_iterator', FAIL.ITER_LIST], ['tuple_iterator', FAIL.ITER_TUPLE],
  ['set_iterator', FAIL.ITER_SET], ['str_iterator', FAIL.ITER_STRING], ['str_ascii_iterator', FAIL.ITER_ASCII_STRING],
  ['range_iterator', FAIL.ITER_RANGE], ['dict_keyiterator', FAIL.ITER_DICT_KEYS],
  ['dict_itemiterator', FAIL.ITER_DICT_ITEMS], ['dict_valueiterator', FAIL.ITER_DICT_VALUES],
  ['enumerate', FAIL.ITER_ENUMERATE], ['map', FAIL.ITER_MAP], ['zip', FAIL.ITER_ZIP], ['iterator', FAIL.ITER_SEQ_ITER],
  ['list_reverseiterator', FAIL.ITER_REVERSED_LIST], ['callable_iterator', FAIL.ITER_CALLABLE],
];

/** CPython: _PySpecialization_ClassifyIterator. */
function iteratorFailure(it: number): number {
  const t = typeOf(it);
  for (const [name, kind] of ITER_FAIL_BY_TYPE) {
    const type = (T as Record<string, number>)[name];
    if (type !== undefined && type === t) return kind;
  }
  return FAIL.OTHER;
}

export function specializeForIter(cb: number, at: number, it: number): void {
  const t = typeOf(it);
  if (t === T.list_iterator) return specialized(cb, at, Op.FOR_ITER_LIST);
  if (t === T.tuple_iterator) return specialized(cb, at, Op.FOR_ITER_TUPLE);
  if (t === T.range_iterator) return specialized(cb, at, Op.FOR_ITER_RANGE);
  if (t === T.generator) return specialized(cb, at, Op.FOR_ITER_GEN);
  specializationFailed(cb, at, iteratorFailure(it));
}

export function specializeSend(cb: number, at: number, receiver: number): void {
  if (typeOf(receiver) === T.generator) return specialized(cb, at, Op.SEND_GEN);
  specializationFailed(cb, at, iteratorFailure(receiver));
}

// ---- globals and attributes ----------------------------------------------------------

export function specializeLoadGlobal(cb: number, at: number, globals: number, builtins: number, name: number): void {
  const index = dictLookupStrIndex(globals, name);
  if (index >= 0) {
    if (index > 0xffff) return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
    const version = dictKeysVersion(globals, IS_NEXT_KEYS_VERSION);
    if (version > 0xffff) return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
    writeCache16(cb, at + 2, index);
    writeCache16(cb, at + 3, version);
    return specialized(cb, at, Op.LOAD_GLOBAL_MODULE);
  }
  const bindex = dictLookupStrIndex(builtins, name);
  if (bindex < 0) return specializationFailed(cb, at, FAIL.EXPECTED_ERROR);
  if (bindex > 0xffff) return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
  const globalsVersion = dictKeysVersion(globals, IS_NEXT_KEYS_VERSION);
  const builtinsVersion = dictKeysVersion(builtins, IS_NEXT_KEYS_VERSION);
  if (globalsVersion > 0xffff || builtinsVersion > 0xffff) return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
  writeCache16(cb, at + 2, bindex);
  writeCache16(cb, at + 3, globalsVersion);
  writeCache16(cb, at + 4, builtinsVersion);
  specialized(cb, at, Op.LOAD_GLOBAL_BUILTIN);
}

/** What a name found (or not) on a type is, for attribute access. CPython: DescriptorClassification. */
const enum Descr {
  Overriding, Method, Property, ObjectSlot, OtherSlot, NonOverriding, BuiltinClassMethod, PythonClassMethod,
  NonDescriptor, Mutable, Absent, DunderClass, GetSetOverridden, GetattributeIsPythonFunction,
}

const descrOut = { descr: 0 };

/** CPython: analyze_descriptor. Sets descrOut.descr. */
function analyzeDescriptor(t: number, name: number, store: boolean): Descr {
  let hasGetattr = false;
  descrOut.descr = 0;
  if (isHeapType(t)) {
    const flags = I[t + TYPE_FLAGS];
    if (store) {
      if ((flags & TYPE_FLAG.hasCustomAttributeAccess) !== 0 &&
        (typeLookup(t, N.__setattr__) !== typeLookup(T.object, N.__setattr__) ||
          typeLookup(t, N.__delattr__) !== typeLookup(T.object, N.__delattr__))) return Descr.GetSetOverridden;
    } else {
      hasGetattr = (flags & TYPE_FLAG.hasGetattr) !== 0;
      const ga = typeLookup(t, N.__getattribute__);
      if ((flags & TYPE_FLAG.hasCustomAttributeAccess) !== 0 && ga !== typeLookup(T.object, N.__getattribute__)) {
        if (!hasGetattr && ga !== 0 && kindOf(ga) === Kind.Function) {
          descrOut.descr = ga;
          return Descr.GetattributeIsPythonFunction;
        }
        return Descr.GetSetOverridden;
      }
    }
  } else if (t === T.super) {
    return Descr.GetSetOverridden;
  }
  const d = typeLookup(t, name);
  descrOut.descr = d;
  if (d === 0) return name === N.__class__ ? Descr.DunderClass : Descr.Absent;
  if ((d & 1) === 1) return Descr.NonDescriptor;
  if (isHeapType(I[d + OB_TYPE])) return Descr.Mutable;
  switch (kindOf(d)) {
    case Kind.Member: return Descr.ObjectSlot;
    case Kind.Property: return hasGetattr ? Descr.GetSetOverridden : Descr.Property;
    case Kind.Function: case Kind.MethodDescr: return Descr.Method;
    case Kind.ClassMethod: return kindOf(I[d + WRAPPED_FUNC]) === Kind.MethodDescr ? Descr.BuiltinClassMethod : Descr.PythonClassMethod;
    case Kind.StaticMethod: return Descr.NonOverriding;
    default: return Descr.NonDescriptor;
  }
}

/** CPython: load_attr_fail_kind. */
function loadAttrFailure(kind: Descr): number {
  switch (kind) {
    case Descr.Overriding: return FAIL.ATTR_OVERRIDING_DESCRIPTOR;
    case Descr.Method: return FAIL.ATTR_METHOD;
    case Descr.Property: return FAIL.ATTR_PROPERTY;
    case Descr.ObjectSlot: return FAIL.ATTR_OBJECT_SLOT;
    case Descr.OtherSlot: return FAIL.ATTR_NON_OBJECT_SLOT;
    case Descr.Mutable: return FAIL.ATTR_MUTABLE_CLASS;
    case Descr.GetSetOverridden: case Descr.GetattributeIsPythonFunction: return FAIL.OVERRIDDEN;
    case Descr.BuiltinClassMethod: return FAIL.ATTR_BUILTIN_CLASS_METHOD;
    case Descr.PythonClassMethod: return FAIL.ATTR_CLASS_METHOD_OBJ;
    case Descr.NonOverriding: return FAIL.ATTR_NON_OVERRIDING_DESCRIPTOR;
    case Descr.NonDescriptor: return FAIL.ATTR_NOT_DESCRIPTOR;
    case Descr.Absent: return FAIL.ATTR_INSTANCE_ATTRIBUTE;
    default: return FAIL.OTHER;
  }
}

/** Instances whose attributes live in a dict standing for CPython's inline values (Py_TPFLAGS_MANAGED_DICT). */
export function hasManagedDict(o: number): boolean {
  return kindOf(o) === Kind.Instance && (I[I[o + OB_TYPE] + TYPE_FLAGS] & TYPE_FLAG.instancesHaveDict) !== 0;
}

/** The index of `name` in the class's shared keys, or -1. */
export function sharedKeysIndex(t: number, name: number): number {
  const keys = I[t + TYPE_SHARED_KEYS];
  if (keys === 0) return -1;
  const v = dictGetStr(keys, name);
  return v === 0 ? -1 : v >> 1;
}

/** The *_INSTANCE_VALUE or *_WITH_HINT form for an attribute in the instance's own dict. CPython: specialize_dict_access. */
function specializeDictAccess(cb: number, at: number, owner: number, name: number, valuesOp: number, hintOp: number): void {
  const t = I[owner + OB_TYPE];
  if (!hasManagedDict(owner)) return specializationFailed(cb, at, FAIL.ATTR_NOT_MANAGED_DICT);
  let index: number;
  let op: number;
  if ((I[owner + INSTANCE_FLAGS] & INSTANCE_FLAG.dictMaterialized) === 0) {
    index = sharedKeysIndex(t, name);
    if (index < 0) return specializationFailed(cb, at, FAIL.ATTR_NOT_IN_KEYS);
    op = valuesOp;
  } else {
    const dict = I[owner + INSTANCE_DICT];
    if (dict === 0) return specializationFailed(cb, at, FAIL.NO_DICT);
    index = dictLookupStrIndex(dict, name);
    if (index < 0) return specializationFailed(cb, at, FAIL.ATTR_NOT_IN_DICT);
    op = hintOp;
  }
  if (index > 0xffff) return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
  writeCache32(cb, at + 2, typeVersion(t));
  writeCache16(cb, at + 4, index);
  specialized(cb, at, op);
}

/** -1 for a function CALL can enter with positional arguments only, else the failure kind. CPython: function_kind. */
function functionKind(func: number): number {
  const code = I[func + FUNC_CODE];
  const flags = I[code + CODE_FLAGS];
  if ((flags & (CO.VARARGS | CO.VARKEYWORDS)) !== 0 || I[code + CODE_KWONLY] !== 0) return FAIL.CODE_COMPLEX_PARAMETERS;
  if ((flags & CO.OPTIMIZED) === 0) return FAIL.CODE_NOT_OPTIMIZED;
  return -1;
}

/** -1 if `func` is a simple function of exactly `argcount` parameters, else the failure kind. */
function simpleFunctionFailure(func: number, argcount: number): number {
  const kind = functionKind(func);
  if (kind >= 0) return kind;
  return I[I[func + FUNC_CODE] + CODE_ARGCOUNT] === argcount ? -1 : FAIL.WRONG_NUMBER_ARGUMENTS;
}

export function specializeLoadAttr(cb: number, at: number, oparg: number, owner: number, name: number): void {
  const t = typeOf(owner);
  const k = kindOf(owner);
  if (k === Kind.Module && t === T.module) return specializeModuleAttr(cb, at, owner, name);
  if (k === Kind.Type) return specializeClassAttr(cb, at, owner, name);
  const kind = analyzeDescriptor(t, name, false);
  const descr = descrOut.descr;
  const version = typeVersion(t);
  switch (kind) {
    case Descr.Method:
      if ((oparg & 1) === 0) return specializationFailed(cb, at, FAIL.ATTR_METHOD);
      return specializeLoadMethod(cb, at, owner, t, version, name, descr);
    case Descr.Property: {
      if ((oparg & 1) === 1) return specializationFailed(cb, at, FAIL.ATTR_METHOD);
      const fget = I[descr + PROP_FGET];
      if (fget === 0 || fget === NONE) return specializationFailed(cb, at, FAIL.EXPECTED_ERROR);
      if ((fget & 1) === 1 || kindOf(fget) !== Kind.Function) return specializationFailed(cb, at, FAIL.ATTR_PROPERTY_NOT_PY_FUNCTION);
      return specializeFrameAttr(cb, at, version, fget, 1, Op.LOAD_ATTR_PROPERTY);
    }
    case Descr.ObjectSlot:
      writeCache32(cb, at + 2, version);
      writeCache16(cb, at + 4, INSTANCE_SLOTS + I[descr + MEMBER_INDEX]);
      return specialized(cb, at, Op.LOAD_ATTR_SLOT);
    case Descr.DunderClass:
      writeCache32(cb, at + 2, version);
      writeCache16(cb, at + 4, OB_TYPE);
      return specialized(cb, at, Op.LOAD_ATTR_SLOT);
    case Descr.GetattributeIsPythonFunction:
      return specializeFrameAttr(cb, at, version, descr, 2, Op.LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN);
    case Descr.NonOverriding:
      return specializationFailed(cb, at, hasManagedDict(owner) ? FAIL.ATTR_CLASS_ATTR_DESCRIPTOR : FAIL.ATTR_NOT_MANAGED_DICT);
    case Descr.NonDescriptor:
      return specializationFailed(cb, at, hasManagedDict(owner) ? FAIL.ATTR_CLASS_ATTR_SIMPLE : FAIL.ATTR_NOT_MANAGED_DICT);
    case Descr.Absent:
      return specializeDictAccess(cb, at, owner, name, Op.LOAD_ATTR_INSTANCE_VALUE, Op.LOAD_ATTR_WITH_HINT);
    case Descr.BuiltinClassMethod:
      return specializationFailed(cb, at, FAIL.ATTR_BUILTIN_CLASS_METHOD_OBJ);
    case Descr.GetSetOverridden:
      return specializationFailed(cb, at, FAIL.OVERRIDDEN);
    default:
      return specializationFailed(cb, at, loadAttrFailure(kind));
  }
}

/** The LOAD_ATTR forms that push a frame for a Python function of `argcount` parameters (a getter, __getattribute__). */
function specializeFrameAttr(cb: number, at: number, version: number, func: number, argcount: number, op: number): void {
  const fail = simpleFunctionFailure(func, argcount);
  if (fail >= 0) return specializationFailed(cb, at, fail);
  writeCache32(cb, at + 2, version);
  writeCache32(cb, at + 4, I[func + FUNC_VERSION]);
  writeCache32(cb, at + 6, func);
  specialized(cb, at, op);
}

function specializeModuleAttr(cb: number, at: number, module: number, name: number): void {
  const dict = I[module + MODULE_DICT];
  if (dictLookupStrIndex(dict, N.__getattr__) >= 0) return specializationFailed(cb, at, FAIL.ATTR_MODULE_ATTR_NOT_FOUND);
  const index = dictLookupStrIndex(dict, name);
  if (index < 0) return specializationFailed(cb, at, FAIL.ATTR_MODULE_ATTR_NOT_FOUND);
  if (index > 0xffff) return specializationFailed(cb, at, FAIL.OUT_OF_RANGE);
  writeCache32(cb, at + 2, dictKeysVersion(dict, IS_NEXT_KEYS_VERSION));
  writeCache16(cb, at + 4, index);
  specialized(cb, at, Op.LOAD_ATTR_MODULE);
}

function specializeClassAttr(cb: number, at: number, cls: number, name: number): void {
  if (typeOf(cls) !== T.type || typeLookup(T.type, name) !== 0) return specializationFailed(cb, at, FAIL.ATTR_METACLASS_ATTRIBUTE);
  const kind = analyzeDescriptor(cls, name, false);
  const version = typeVersion(cls);
  if (kind === Descr.Method || kind === Descr.NonDescriptor) {
    writeCache32(cb, at + 2, version);
    writeCache32(cb, at + 6, descrOut.descr);
    return specialized(cb, at, Op.LOAD_ATTR_CLASS);
  }
  specializationFailed(cb, at, kind === Descr.Absent || kind === Descr.DunderClass ? FAIL.EXPECTED_ERROR : loadAttrFailure(kind));
}

/** CPython: specialize_attr_loadmethod. */
function specializeLoadMethod(cb: number, at: number, owner: number, t: number, version: number, name: number, descr: number): void {
  let op: number;
  if (hasManagedDict(owner)) {
    if ((I[owner + INSTANCE_FLAGS] & INSTANCE_FLAG.dictMaterialized) !== 0) return specializationFailed(cb, at, FAIL.ATTR_HAS_MANAGED_DICT);
    if (sharedKeysIndex(t, name) >= 0) return specializationFailed(cb, at, FAIL.ATTR_SHADOWED);
    writeCache32(cb, at + 4, sharedKeysVersion(t));
    op = Op.LOAD_ATTR_METHOD_WITH_VALUES;
  } else {
    const dictWord = lazyDictWord(owner);
    if (dictWord < 0) op = Op.LOAD_ATTR_METHOD_NO_DICT;
    else if (I[owner + dictWord] !== 0) return specializationFailed(cb, at, FAIL.ATTR_NOT_MANAGED_DICT);
    else op = Op.LOAD_ATTR_METHOD_LAZY_DICT;
  }
  writeCache32(cb, at + 2, version);
  writeCache32(cb, at + 6, descr);
  specialized(cb, at, op);
}

/** The word of an object's own dict when it is created on first use (CPython: tp_dictoffset), or -1. */
export function lazyDictWord(o: number): number {
  switch (kindOf(o)) {
    case Kind.Exception: return EXC_DICT;
    case Kind.Function: return FUNC_DICT;
    default: return -1;
  }
}

/**
 * The keys version of the class's shared keys (CPython: ht_cached_keys' dk_version). A
 * class whose instances never had an attribute gets its (empty) shared keys here, as
 * CPython's classes have them from the start.
 */
function sharedKeysVersion(t: number): number {
  if (I[t + TYPE_SHARED_KEYS] === 0) I[t + TYPE_SHARED_KEYS] = newDict();
  return dictKeysVersion(I[t + TYPE_SHARED_KEYS], IS_NEXT_KEYS_VERSION);
}

export function specializeStoreAttr(cb: number, at: number, owner: number, name: number): void {
  const t = typeOf(owner);
  if (kindOf(owner) === Kind.Module) return specializationFailed(cb, at, FAIL.OVERRIDDEN);
  const kind = analyzeDescriptor(t, name, true);
  const descr = descrOut.descr;
  const version = typeVersion(t);
  switch (kind) {
    case Descr.ObjectSlot:
      writeCache32(cb, at + 2, version);
      writeCache16(cb, at + 4, INSTANCE_SLOTS + I[descr + MEMBER_INDEX]);
      return specialized(cb, at, Op.STORE_ATTR_SLOT);
    case Descr.Absent:
      return specializeDictAccess(cb, at, owner, name, Op.STORE_ATTR_INSTANCE_VALUE, Op.STORE_ATTR_WITH_HINT);
    case Descr.DunderClass: case Descr.OtherSlot:
      return specializationFailed(cb, at, FAIL.ATTR_NON_OBJECT_SLOT);
    case Descr.GetattributeIsPythonFunction: case Descr.GetSetOverridden:
      return specializationFailed(cb, at, FAIL.OVERRIDDEN);
    case Descr.BuiltinClassMethod:
      return specializationFailed(cb, at, FAIL.ATTR_BUILTIN_CLASS_METHOD_OBJ);
    case Descr.NonOverriding:
      return specializationFailed(cb, at, FAIL.ATTR_CLASS_ATTR_DESCRIPTOR);
    case Descr.NonDescriptor:
      return specializationFailed(cb, at, FAIL.ATTR_CLASS_ATTR_SIMPLE);
    default:
      return specializationFailed(cb, at, loadAttrFailure(kind));
  }
}

export function specializeLoadSuperAttr(cb: number, at: number, globalSuper: number, cls: number): void {
  if (globalSuper !== T.super) return specializationFailed(cb, at, FAIL.SUPER_SHADOWED);
  if (kindOf(cls) !== Kind.Type) return specializationFailed(cb, at, FAIL.SUPER_BAD_CLASS);
  specialized(cb, at, (U16[cb + at] >>> 8 & 1) === 1 ? Op.LOAD_SUPER_ATTR_METHOD : Op.LOAD_SUPER_ATTR_ATTR);
}

// ---- CALL ----------------------------------------------------------------------------

/** CPython's METH_* calling conventions that CALL specializes on. */
const enum CallKind { Other, O, Fast, FastKeywords, NoArgs, VarArgs, VarArgsKeywords }

const CALL_KINDS: Record<string, CallKind> = {
  O: CallKind.O, FASTCALL: CallKind.Fast, 'KEYWORDS|FASTCALL': CallKind.FastKeywords, NOARGS: CallKind.NoArgs,
  VARARGS: CallKind.VarArgs, 'VARARGS|KEYWORDS': CallKind.VarArgsKeywords,
};

/** The calling convention of each native id (callflags.generated.ts), set by initCallTables. */
let callKinds = new Uint8Array(0);
/** Native ids of the built-ins with CALL forms of their own. */
let lenId = -1, isinstanceId = -1, appendId = -1;

/** Builds the tables CALL's guards read; called when a worker attaches an image, after every module registered its natives. */
export function initCallTables(): void {
  callKinds = Uint8Array.from(NATIVES, (n) => CALL_KINDS[CALL_FLAGS[n.name] ?? ''] ?? CallKind.Other);
  const id = (name: string) => NATIVES.findIndex((n) => n.name === name);
  lenId = id('builtins.len');
  isinstanceId = id('builtins.isinstance');
  appendId = id('list.append');
}

function callKindOf(id: number): CallKind {
  return callKinds[id];
}

let vectorcallTypes: Set<number> | null = null;

export function hasVectorcall(t: number): boolean {
  vectorcallTypes ??= new Set(VECTORCALL_TYPES.map((name) => (T as Record<string, number>)[name]));
  return vectorcallTypes.has(t);
}

/**
 * `callable` is what CALL would call: the bottom slot if it holds a method (then `self`
 * is the slot above it), else the slot above; nargs counts self.
 */
export function specializeCall(cb: number, at: number, oparg: number, bottom: number, above: number, nargs: number, kwnames: number): void {
  const callable = bottom !== 0 ? bottom : above;
  const k = kindOf(callable);
  const t = typeOf(callable);
  if (t === T.builtin_function_or_method) return specializeNativeCall(cb, at, callable, nargs, kwnames);
  if (k === Kind.Function) return specializePyCall(cb, at, callable, nargs, kwnames, false);
  if (k === Kind.Type) return specializeClassCall(cb, at, oparg, callable, nargs, kwnames);
  if (t === T.method_descriptor) return specializeMethodDescriptor(cb, at, oparg, callable, nargs, kwnames);
  if (k === Kind.Method) {
    const func = I[callable + METHOD_FUNC];
    if (kindOf(func) === Kind.Function) return specializePyCall(cb, at, func, nargs + 1, kwnames, true);
    return specializationFailed(cb, at, FAIL.CALL_BOUND_METHOD);
  }
  specializationFailed(cb, at, FAIL.OTHER);
}

function specializePyCall(cb: number, at: number, func: number, nargs: number, kwnames: number, boundMethod: boolean): void {
  if (kwnames !== 0) return specializationFailed(cb, at, FAIL.CALL_KWNAMES);
  const kind = functionKind(func);
  if (kind >= 0) return specializationFailed(cb, at, kind);
  const argcount = I[I[func + FUNC_CODE] + CODE_ARGCOUNT];
  const defaults = I[func + FUNC_DEFAULTS];
  const minArgs = argcount - (defaults === 0 ? 0 : I[defaults + TUPLE_LENGTH]);
  if (minArgs < 0 || nargs > argcount || nargs < minArgs) return specializationFailed(cb, at, FAIL.WRONG_NUMBER_ARGUMENTS);
  if (argcount !== nargs && boundMethod) return specializationFailed(cb, at, FAIL.CALL_BOUND_METHOD);
  writeCache32(cb, at + 2, I[func + FUNC_VERSION]);
  specialized(cb, at, argcount === nargs ? (boundMethod ? Op.CALL_BOUND_METHOD_EXACT_ARGS : Op.CALL_PY_EXACT_ARGS) : Op.CALL_PY_WITH_DEFAULTS);
}

function specializeNativeCall(cb: number, at: number, callable: number, nargs: number, kwnames: number): void {
  const id = I[callable + NATIVE_ID];
  switch (callKindOf(id)) {
    case CallKind.O:
      if (kwnames !== 0) return specializationFailed(cb, at, FAIL.CALL_KWNAMES);
      if (nargs !== 1) return specializationFailed(cb, at, FAIL.WRONG_NUMBER_ARGUMENTS);
      return specialized(cb, at, id === lenId ? Op.CALL_NO_KW_LEN : Op.CALL_NO_KW_BUILTIN_O);
    case CallKind.Fast:
      if (kwnames !== 0) return specializationFailed(cb, at, FAIL.CALL_KWNAMES);
      return specialized(cb, at, nargs === 2 && id === isinstanceId ? Op.CALL_NO_KW_ISINSTANCE : Op.CALL_NO_KW_BUILTIN_FAST);
    case CallKind.FastKeywords:
      return specialized(cb, at, Op.CALL_BUILTIN_FAST_WITH_KEYWORDS);
    case CallKind.VarArgs: return specializationFailed(cb, at, FAIL.CALL_CFUNC_VARARGS);
    case CallKind.VarArgsKeywords: return specializationFailed(cb, at, FAIL.CALL_CFUNC_VARARGS_KEYWORDS);
    case CallKind.NoArgs: return specializationFailed(cb, at, FAIL.CALL_CFUNC_NOARGS);
    default: return specializationFailed(cb, at, FAIL.CALL_BAD_CALL_FLAGS);
  }
}

function specializeClassCall(cb: number, at: number, oparg: number, cls: number, nargs: number, kwnames: number): void {
  if (isHeapType(cls)) {
    const ownNew = typeLookup(cls, N.__new__) !== typeLookup(T.object, N.__new__);
    return specializationFailed(cb, at, ownNew ? FAIL.CALL_CLASS_MUTABLE : FAIL.CALL_PYTHON_CLASS);
  }
  if (cls === T.object) return specializationFailed(cb, at, FAIL.CALL_PYTHON_CLASS);
  if (nargs === 1 && kwnames === 0 && oparg === 1) {
    if (cls === T.str) return specialized(cb, at, Op.CALL_NO_KW_STR_1);
    if (cls === T.type) return specialized(cb, at, Op.CALL_NO_KW_TYPE_1);
    if (cls === T.tuple) return specialized(cb, at, Op.CALL_NO_KW_TUPLE_1);
  }
  if (hasVectorcall(cls)) return specialized(cb, at, Op.CALL_BUILTIN_CLASS);
  specializationFailed(cb, at, cls === T.str ? FAIL.CALL_STR : FAIL.CALL_CLASS_NO_VECTORCALL);
}

function specializeMethodDescriptor(cb: number, at: number, oparg: number, descr: number, nargs: number, kwnames: number): void {
  if (kwnames !== 0) return specializationFailed(cb, at, FAIL.CALL_KWNAMES);
  const id = I[descr + DESCR_ID];
  switch (callKindOf(id)) {
    case CallKind.NoArgs:
      if (nargs !== 1) return specializationFailed(cb, at, FAIL.WRONG_NUMBER_ARGUMENTS);
      return specialized(cb, at, Op.CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS);
    case CallKind.O: {
      if (nargs !== 2) return specializationFailed(cb, at, FAIL.WRONG_NUMBER_ARGUMENTS);
      const popNext = (U16[cb + at + 4] & 255) === Op.POP_TOP;
      const isAppend = id === appendId && I[descr + DESCR_OWNER] === T.list;
      return specialized(cb, at, isAppend && oparg === 1 && popNext ? Op.CALL_NO_KW_LIST_APPEND : Op.CALL_NO_KW_METHOD_DESCRIPTOR_O);
    }
    case CallKind.Fast: return specialized(cb, at, Op.CALL_NO_KW_METHOD_DESCRIPTOR_FAST);
    case CallKind.FastKeywords: return specialized(cb, at, Op.CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS);
    case CallKind.VarArgs: return specializationFailed(cb, at, FAIL.CALL_METH_DESCR_VARARGS);
    case CallKind.VarArgsKeywords: return specializationFailed(cb, at, FAIL.CALL_METH_DESCR_VARARGS_KEYWORDS);
    default: return specializationFailed(cb, at, FAIL.OTHER);
  }
}

/** CALL_NO_KW_LIST_APPEND's guard: list.append called on exactly a list. */
export function isListAppend(callable: number, self: number): boolean {
  return (callable & 1) === 0 && I[callable + OB_TYPE] === T.method_descriptor && I[callable + DESCR_ID] === appendId &&
    (self & 1) === 0 && I[self + OB_TYPE] === T.list;
}

/**
 * The guards of the CALL forms that call a built-in (a type, a function or a method
 * descriptor): `callable` with `nargs` arguments at I[args..] (self first for a method).
 */
export function callGuard(op: number, callable: number, nargs: number): boolean {
  if ((callable & 1) !== 0) return false;
  const t = I[callable + OB_TYPE];
  switch (op) {
    case Op.CALL_NO_KW_TYPE_1: return callable === T.type && nargs === 1;
    case Op.CALL_NO_KW_STR_1: return callable === T.str && nargs === 1;
    case Op.CALL_NO_KW_TUPLE_1: return callable === T.tuple && nargs === 1;
    case Op.CALL_BUILTIN_CLASS: return kindOf(callable) === Kind.Type && hasVectorcall(callable);
    case Op.CALL_NO_KW_BUILTIN_O: return t === T.builtin_function_or_method && callKindOf(I[callable + NATIVE_ID]) === CallKind.O && nargs === 1;
    case Op.CALL_NO_KW_BUILTIN_FAST: return t === T.builtin_function_or_method && callKindOf(I[callable + NATIVE_ID]) === CallKind.Fast;
    case Op.CALL_BUILTIN_FAST_WITH_KEYWORDS: return t === T.builtin_function_or_method && callKindOf(I[callable + NATIVE_ID]) === CallKind.FastKeywords;
    default: return t === T.builtin_function_or_method && I[callable + NATIVE_ID] === isinstanceId && nargs === 2;
  }
}

/** CALL_NO_KW_LEN's guard: the callable is the built-in len. */
export function isLen(callable: number): boolean {
  return (callable & 1) === 0 && I[callable + OB_TYPE] === T.builtin_function_or_method && I[callable + NATIVE_ID] === lenId;
}

/** The METHOD_DESCRIPTOR forms' guard: a built-in method of the right convention, called on an instance of exactly its type. */
export function methodDescriptorGuard(op: number, callable: number, self: number, nargs: number): boolean {
  if ((callable & 1) !== 0 || I[callable + OB_TYPE] !== T.method_descriptor || nargs < 1) return false;
  if (((self & 1) === 1 ? T.int : I[self + OB_TYPE]) !== I[callable + DESCR_OWNER]) return false;
  const kind = callKinds[I[callable + DESCR_ID]];
  switch (op) {
    case Op.CALL_NO_KW_METHOD_DESCRIPTOR_O: return kind === CallKind.O && nargs === 2;
    case Op.CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS: return kind === CallKind.NoArgs && nargs === 1;
    case Op.CALL_NO_KW_METHOD_DESCRIPTOR_FAST: return kind === CallKind.Fast;
    default: return kind === CallKind.FastKeywords;
  }
}
