/**
 * Attribute access: descriptors, instance dicts, class attributes, __getattr__.
 * CPython: Objects/object.c (PyObject_GenericGetAttr, PyObject_GenericSetAttr),
 * Objects/typeobject.c (type_getattro, type_setattro), Objects/descrobject.c.
 */
import { I } from '../image/memory.js';
import {
  EXC_DICT, FUNC_DICT, INSTANCE_DICT, INSTANCE_FLAG, INSTANCE_FLAGS, SHARED_KEYS_MAX, TYPE_SHARED_KEYS,
  INSTANCE_SLOTS, Kind, MEMBER_INDEX, MEMBER_NAME, MODULE_DICT, MODULE_NAME, OB_TYPE,
  PROP_FDEL, PROP_FGET, PROP_FSET, TYPE_DICT, TYPE_FLAG, TYPE_FLAGS, WRAPPED_FUNC, DESCR_ID, DESCR_NAME,
} from '../objects/layout.js';
import { NONE, T } from '../objects/statics.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { call } from './call.js';
import { isHeapType, isSubtype, typeLookup, typeModified, typeName, typeNameOf, typeOf } from '../objects/type.js';
import { dictGetStr, dictLength, dictPop, dictSetItem, newDict } from '../objects/dict.js';
import { strValue } from '../objects/str.js';
import { newMethod, newNative } from '../objects/function.js';
import { specialAttribute, setSpecialAttribute } from './special.js';
import { kindOf } from './abstract.js';
import { superGetAttr } from './classes.js';
import { isPending, pendingException, takeException } from './errors.js';

function isDataDescriptor(d: number): boolean {
  if ((d & 1) === 1) return false;
  const k = (I[d] >> 3) & 127;
  if (k === Kind.Property || k === Kind.Member) return true;
  const t = I[d + OB_TYPE];
  return isHeapType(t) && (typeLookup(t, N.__set__) !== 0 || typeLookup(t, N.__delete__) !== 0);
}

/**
 * The value of descriptor `d` (found in the MRO of `type`) accessed through `obj`
 * (0 for access through the class itself). CPython: the tp_descr_get slots.
 */
export function bindDescriptor(d: number, obj: number, type: number): number {
  if ((d & 1) === 1) return d;
  switch ((I[d] >> 3) & 127) {
    case Kind.Function: return obj === 0 ? d : newMethod(d, obj);
    case Kind.MethodDescr: return obj === 0 ? d : newNative(I[d + DESCR_ID], obj, I[d + DESCR_NAME], 0);
    case Kind.ClassMethod: return bindClassMethod(I[d + WRAPPED_FUNC], type);
    case Kind.StaticMethod: return I[d + WRAPPED_FUNC];
    case Kind.Property: {
      if (obj === 0) return d;
      const fget = I[d + PROP_FGET];
      if (fget === 0 || fget === NONE) raise('AttributeError', `property of '${typeName(type)}' object has no getter`);
      return call(fget, [obj]);
    }
    case Kind.Member: return obj === 0 ? d : memberGet(d, obj);
    case Kind.Instance: {
      const t = I[d + OB_TYPE];
      const get = typeLookup(t, N.__get__);
      return get === 0 ? d : call(get, [d, obj === 0 ? NONE : obj, type]);
    }
    default: return d;
  }
}

function bindClassMethod(func: number, type: number): number {
  if (kindOf(func) === Kind.MethodDescr) return newNative(I[func + DESCR_ID], type, I[func + DESCR_NAME], 0);
  return newMethod(func, type);
}

function memberGet(d: number, obj: number): number {
  const v = I[obj + INSTANCE_SLOTS + I[d + MEMBER_INDEX]];
  if (v === 0) raise('AttributeError', `'${typeNameOf(obj)}' object has no attribute '${strValue(I[d + MEMBER_NAME])}'`);
  return v;
}

/** The dict holding `o`'s own attributes, or 0 (create: make one if the object may have one). */
export function instanceDict(o: number, create: boolean): number {
  if ((o & 1) === 1) return 0;
  let field: number;
  switch ((I[o] >> 3) & 127) {
    case Kind.Instance:
      if ((I[I[o + OB_TYPE] + TYPE_FLAGS] & TYPE_FLAG.instancesHaveDict) === 0) return 0;
      field = INSTANCE_DICT;
      break;
    case Kind.Exception: field = EXC_DICT; break;
    case Kind.Function: field = FUNC_DICT; break;
    case Kind.Module: return I[o + MODULE_DICT];
    case Kind.Type: return I[o + TYPE_DICT];
    default: return 0;
  }
  let d = I[o + field];
  if (d === 0 && create) {
    d = newDict();
    I[o + field] = d;
  }
  return d;
}

/** getattr(o, name); raises AttributeError. CPython: PyObject_GetAttr. */
export function getAttr(o: number, name: number): number {
  const v = getAttrOrZero(o, name);
  if (v === 0) return attributeError(o, name);
  return v;
}

/** getattr(o, name), or 0 when missing (no AttributeError raised by the generic path). */
export function getAttrOrZero(o: number, name: number): number {
  const t = typeOf(o);
  const k = kindOf(o);
  if (k === Kind.Type) return typeGetAttr(o, name);
  if (k === Kind.Super) {
    const v = superGetAttr(o, name);
    if (v !== 0) return v;
  }
  if (k === Kind.Module) {
    const v = dictGetStr(I[o + MODULE_DICT], name);
    if (v !== 0) return v;
  }
  if (isHeapType(t) && (I[t + TYPE_FLAGS] & TYPE_FLAG.hasCustomAttributeAccess) !== 0) {
    const ga = typeLookup(t, N.__getattribute__);
    if (ga !== 0 && ga !== typeLookup(T.object, N.__getattribute__)) return callGetattribute(ga, o, name);
  }
  const v = genericGetAttrOrZero(o, name);
  if (v !== 0) return v;
  if (isHeapType(t) && (I[t + TYPE_FLAGS] & TYPE_FLAG.hasGetattr) !== 0) {
    const ga = typeLookup(t, N.__getattr__);
    if (ga !== 0) return call(bindDescriptor(ga, o, t), [name]);
  }
  return 0;
}

/**
 * object.__getattribute__ without raising: data descriptors of the type, then the
 * instance dict, then other class attributes, then the built-in special attributes;
 * 0 when missing. CPython: PyObject_GenericGetAttr.
 */
export function genericGetAttrOrZero(o: number, name: number): number {
  const t = typeOf(o);
  const d = typeLookup(t, name);
  if (d !== 0 && isDataDescriptor(d)) return bindDescriptor(d, o, t);
  const dict = instanceDict(o, false);
  if (dict !== 0) {
    const v = dictGetStr(dict, name);
    if (v !== 0) return v;
  }
  if (d !== 0) return bindDescriptor(d, o, t);
  return specialAttribute(o, strValue(name));
}

function callGetattribute(ga: number, o: number, name: number): number {
  return call(bindDescriptor(ga, o, typeOf(o)), [name]);
}

/** Attribute access on a class: metatype data descriptors, then the class's MRO. CPython: type_getattro. */
function typeGetAttr(t: number, name: number): number {
  const meta = typeOf(t);
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== 0 && isDataDescriptor(metaAttr)) return bindDescriptor(metaAttr, t, meta);
  const d = typeLookup(t, name);
  if (d !== 0) {
    const k = kindOf(d);
    if (k === Kind.Function || k === Kind.MethodDescr || k === Kind.Property || k === Kind.Member) return d;
    return bindDescriptor(d, 0, t);
  }
  const special = specialAttribute(t, strValue(name));
  if (special !== 0) return special;
  if (metaAttr !== 0) return bindDescriptor(metaAttr, t, meta);
  return 0;
}

export function attributeError(o: number, name: number): never {
  const attr = strValue(name);
  const k = kindOf(o);
  if (k === Kind.Type) raise('AttributeError', `type object '${typeName(o)}' has no attribute '${attr}'`);
  if (k === Kind.Module) raise('AttributeError', `module '${strValue(I[o + MODULE_NAME])}' has no attribute '${attr}'`);
  return raise('AttributeError', `'${typeNameOf(o)}' object has no attribute '${attr}'`);
}

/**
 * The LOAD_ATTR method form: [method, self] when `name` is a plain method of type(o)
 * that the call can receive unbound, else [0, the attribute]. CPython: _PyObject_GetMethod.
 */
export function loadMethod(o: number, name: number, out: Int32Array): void {
  const t = typeOf(o);
  if (!(isHeapType(t) && (I[t + TYPE_FLAGS] & TYPE_FLAG.hasCustomAttributeAccess) !== 0) && kindOf(o) !== Kind.Type) {
    const d = typeLookup(t, name);
    if (d !== 0 && (d & 1) === 0) {
      const k = (I[d] >> 3) & 127;
      if (k === Kind.Function || k === Kind.MethodDescr) {
        const dict = instanceDict(o, false);
        if (dict === 0 || dictGetStr(dict, name) === 0) {
          out[0] = d;
          out[1] = o;
          return;
        }
      }
    }
  }
  const attr = getAttr(o, name); // may run Python code that reuses `out`
  out[0] = 0;
  out[1] = attr;
}

/** setattr(o, name, v); v = 0 deletes. CPython: PyObject_SetAttr. */
export function setAttr(o: number, name: number, v: number): void {
  const t = typeOf(o);
  const k = kindOf(o);
  if (k === Kind.Type) return typeSetAttr(o, name, v);
  if (isHeapType(t) && (I[t + TYPE_FLAGS] & TYPE_FLAG.hasCustomAttributeAccess) !== 0) {
    const hook = typeLookup(t, v === 0 ? N.__delattr__ : N.__setattr__);
    const base = typeLookup(T.object, v === 0 ? N.__delattr__ : N.__setattr__);
    if (hook !== 0 && hook !== base) {
      call(bindDescriptor(hook, o, t), v === 0 ? [name] : [name, v]);
      return;
    }
  }
  genericSetAttr(o, name, v);
}

/** object.__setattr__: data descriptors, then the instance dict. */
export function genericSetAttr(o: number, name: number, v: number): void {
  const t = typeOf(o);
  const d = typeLookup(t, name);
  if (d !== 0 && (d & 1) === 0) {
    const dk = (I[d] >> 3) & 127;
    if (dk === Kind.Property) return propertySet(d, o, v, name);
    if (dk === Kind.Member) {
      if (v === 0 && I[o + INSTANCE_SLOTS + I[d + MEMBER_INDEX]] === 0) attributeError(o, name);
      I[o + INSTANCE_SLOTS + I[d + MEMBER_INDEX]] = v;
      return;
    }
    if (dk === Kind.Instance && isDataDescriptor(d)) {
      const hook = typeLookup(I[d + OB_TYPE], v === 0 ? N.__delete__ : N.__set__);
      call(hook, v === 0 ? [d, o] : [d, o, v]);
      return;
    }
  }
  const k = kindOf(o);
  const special = k === Kind.Exception || k === Kind.Function || (k === Kind.Instance && name === N.__class__);
  if (special && setSpecialAttribute(o, strValue(name), v)) return;
  const dict = instanceDict(o, true);
  if (dict === 0) {
    if (d !== 0) raise('AttributeError', `'${typeNameOf(o)}' object attribute '${strValue(name)}' is read-only`);
    attributeError(o, name);
  }
  if (v === 0) {
    if (dictPop(dict, name) === 0) attributeError(o, name);
  } else {
    if (k === Kind.Instance) noteSharedKey(o, name);
    dictSetItem(dict, name, v);
  }
}

/**
 * Records an instance attribute name in its class's shared keys (CPython 3.12 adds it
 * to ht_cached_keys), which the *_INSTANCE_VALUE and METHOD_WITH_VALUES forms index
 * and version. When the shared keys are full, this instance's dict is materialized.
 */
export function noteSharedKey(o: number, name: number): void {
  if ((I[o + INSTANCE_FLAGS] & INSTANCE_FLAG.dictMaterialized) !== 0) return;
  const t = I[o + OB_TYPE];
  let keys = I[t + TYPE_SHARED_KEYS];
  if (keys === 0) {
    keys = newDict();
    I[t + TYPE_SHARED_KEYS] = keys;
  }
  if (dictGetStr(keys, name) !== 0) return;
  const n = dictLength(keys);
  if (n >= SHARED_KEYS_MAX) I[o + INSTANCE_FLAGS] |= INSTANCE_FLAG.dictMaterialized;
  else dictSetItem(keys, name, (n << 1) | 1);
}

function propertySet(d: number, o: number, v: number, name: number): void {
  const f = I[d + (v === 0 ? PROP_FDEL : PROP_FSET)];
  if (f === 0 || f === NONE) {
    const what = v === 0 ? 'deleter' : 'setter';
    raise('AttributeError', `property '${strValue(name)}' of '${typeNameOf(o)}' object has no ${what}`);
  }
  call(f, v === 0 ? [o] : [o, v]);
}

function typeSetAttr(t: number, name: number, v: number): void {
  if (!isHeapType(t)) {
    raise('TypeError', `cannot set '${strValue(name)}' attribute of immutable type '${typeName(t)}'`);
  }
  if (setSpecialAttribute(t, strValue(name), v)) return;
  if (v === 0) {
    if (dictPop(I[t + TYPE_DICT], name) === 0) attributeError(t, name);
  } else {
    dictSetItem(I[t + TYPE_DICT], name, v);
  }
  updateAttributeFlags(t, strValue(name));
  typeModified(t);
}

/** Keeps TYPE_FLAG.hasGetattr / hasCustomAttributeAccess in step with the class dict. */
export function updateAttributeFlags(t: number, name: string): void {
  if (name === '__getattr__') I[t + TYPE_FLAGS] |= TYPE_FLAG.hasGetattr;
  if (name === '__getattribute__' || name === '__setattr__' || name === '__delattr__') {
    I[t + TYPE_FLAGS] |= TYPE_FLAG.hasCustomAttributeAccess;
  }
}

export function hasAttr(o: number, name: number): boolean {
  try {
    return getAttrOrZero(o, name) !== 0;
  } catch (e) {
    if (isAttributeErrorPending(e)) return false;
    throw e;
  }
}

/** True (and the exception cleared) if `e` is a pending AttributeError. */
export function isAttributeErrorPending(e: unknown): boolean {
  if (!isPending(e)) return false;
  const exc = pendingException();
  if (!isSubtype(typeOf(exc), T.AttributeError)) return false;
  takeException();
  return true;
}

