/**
 * Attributes that CPython implements as getset descriptors or members of built-in
 * types (`__class__`, `__name__`, `args`, `start`, ...). The generic lookup (attr.ts)
 * consults this table after the MRO and the instance dict.
 */
import { I } from '../image/memory.js';
import {
  CODE_ARGCOUNT, CODE_FILENAME, CODE_FIRSTLINENO, CODE_NAME, CODE_NAMES, CODE_QUALNAME, CODE_CONSTS,
  EXC_ARGS, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK, EXC_VALUE, FUNC_CLOSURE,
  FUNC_CODE, FUNC_DEFAULTS, FUNC_DICT, FUNC_DOC, FUNC_GLOBALS, FUNC_KWDEFAULTS, FUNC_MODULE, FUNC_NAME,
  FUNC_QUALNAME, GEN_NAME, GEN_QUALNAME, INSTANCE_DICT, INSTANCE_FLAG, INSTANCE_FLAGS, Kind, METHOD_FUNC, METHOD_SELF, MODULE_DICT,
  NATIVE_NAME, NATIVE_SELF, PROP_FDEL, PROP_FGET, PROP_FSET, PROP_DOC, RANGE_START, RANGE_STEP, RANGE_STOP,
  SLICE_START, SLICE_STEP, SLICE_STOP, TYPE_BASE, TYPE_BASES, TYPE_DICT, TYPE_MODULE, TYPE_MRO, TYPE_NAME,
  TYPE_QUALNAME, WRAPPED_FUNC, DESCR_NAME, DESCR_OWNER, TYPE_FLAG, TYPE_FLAGS, CODE_LOCALSPLUS_NAMES,
  GEN_STATE, GEN_STATE_RUNNING, OB_TYPE, TYPE_LAYOUT, TYPE_NSLOTS,
} from '../objects/layout.js';
import { FALSE, NONE, T, TRUE } from '../objects/statics.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { isHeapType, typeName, typeNameOf, typeOf } from '../objects/type.js';
import { dictGetStr, dictSetItem, newDict } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { kindOf, isTrue } from './abstract.js';
import { newStr } from '../objects/str.js';
import { smallInt } from '../objects/int.js';
import { funcInvalidateVersion } from '../objects/function.js';
import { isSubtype } from '../objects/type.js';

const orNone = (v: number) => (v === 0 ? NONE : v);

/** The special attribute `name` of `o`, or 0. */
export function specialAttribute(o: number, name: string): number {
  if (name === '__class__') return typeOf(o);
  const k = kindOf(o);
  switch (k) {
    case Kind.Type: return typeAttribute(o, name);
    case Kind.Function: return functionAttribute(o, name);
    case Kind.Method:
      if (name === '__func__') return I[o + METHOD_FUNC];
      if (name === '__self__') return I[o + METHOD_SELF];
      return specialAttribute(I[o + METHOD_FUNC], name);
    case Kind.Native:
      if (name === '__name__' || name === '__qualname__') return I[o + NATIVE_NAME];
      if (name === '__self__') return orNone(I[o + NATIVE_SELF]);
      return 0;
    case Kind.MethodDescr:
      if (name === '__name__') return I[o + DESCR_NAME];
      if (name === '__objclass__') return I[o + DESCR_OWNER];
      return 0;
    case Kind.Exception: return exceptionAttribute(o, name);
    case Kind.Int: case Kind.Bool:
      if (name === 'real' || name === 'numerator') return o;
      if (name === 'imag') return smallInt(0);
      if (name === 'denominator') return smallInt(1);
      return 0;
    case Kind.Float:
      if (name === 'real') return o;
      if (name === 'imag') return newFloat(0);
      return 0;
    case Kind.Range: return pick(name, ['start', 'stop', 'step'], [RANGE_START, RANGE_STOP, RANGE_STEP], o);
    case Kind.Slice: return pick(name, ['start', 'stop', 'step'], [SLICE_START, SLICE_STOP, SLICE_STEP], o);
    case Kind.Property: return pick(name, ['fget', 'fset', 'fdel', '__doc__'], [PROP_FGET, PROP_FSET, PROP_FDEL, PROP_DOC], o);
    case Kind.StaticMethod: case Kind.ClassMethod:
      return name === '__func__' || name === '__wrapped__' ? I[o + WRAPPED_FUNC] : 0;
    case Kind.Generator:
      if (name === 'gi_running') return I[o + GEN_STATE] === GEN_STATE_RUNNING ? TRUE : FALSE;
      if (name === '__name__') return I[o + GEN_NAME];
      if (name === '__qualname__') return I[o + GEN_QUALNAME];
      return 0;
    case Kind.Code: return codeAttribute(o, name);
    case Kind.Module: return name === '__dict__' ? I[o + MODULE_DICT] : 0;
    case Kind.Instance:
      if (name === '__dict__' && (I[typeOf(o) + TYPE_FLAGS] & TYPE_FLAG.instancesHaveDict) !== 0) {
        if (I[o + INSTANCE_DICT] === 0) I[o + INSTANCE_DICT] = newDict();
        // Python code now holds the dict itself: CPython materializes the inline values.
        I[o + INSTANCE_FLAGS] |= INSTANCE_FLAG.dictMaterialized;
        return I[o + INSTANCE_DICT];
      }
      return 0;
    default: return 0;
  }
}

function pick(name: string, names: string[], fields: number[], o: number): number {
  const i = names.indexOf(name);
  return i < 0 ? 0 : orNone(I[o + fields[i]]);
}

function typeAttribute(t: number, name: string): number {
  switch (name) {
    case '__name__': return I[t + TYPE_NAME];
    case '__qualname__': return I[t + TYPE_QUALNAME];
    case '__module__': return isHeapType(t) ? orNone(dictGetStr(I[t + TYPE_DICT], N.__module__)) : newStr('builtins');
    case '__mro__': return I[t + TYPE_MRO];
    case '__bases__': return I[t + TYPE_BASES];
    case '__base__': return orNone(I[t + TYPE_BASE]);
    case '__dict__': return I[t + TYPE_DICT];
    case '__doc__': return orNone(dictGetStr(I[t + TYPE_DICT], N.__doc__));
    default: return 0;
  }
}

function functionAttribute(f: number, name: string): number {
  switch (name) {
    case '__name__': return I[f + FUNC_NAME];
    case '__qualname__': return I[f + FUNC_QUALNAME];
    case '__module__': return orNone(I[f + FUNC_MODULE]);
    case '__doc__': return orNone(I[f + FUNC_DOC]);
    case '__code__': return I[f + FUNC_CODE];
    case '__defaults__': return orNone(I[f + FUNC_DEFAULTS]);
    case '__kwdefaults__': return orNone(I[f + FUNC_KWDEFAULTS]);
    case '__closure__': return orNone(I[f + FUNC_CLOSURE]);
    case '__globals__': return I[f + FUNC_GLOBALS];
    case '__dict__':
      if (I[f + FUNC_DICT] === 0) I[f + FUNC_DICT] = newDict();
      return I[f + FUNC_DICT];
    default: return 0;
  }
}

function exceptionAttribute(e: number, name: string): number {
  switch (name) {
    case 'args': return I[e + EXC_ARGS];
    case '__traceback__': return orNone(I[e + EXC_TRACEBACK]);
    case '__cause__': return orNone(I[e + EXC_CAUSE]);
    case '__context__': return orNone(I[e + EXC_CONTEXT]);
    case '__suppress_context__': return I[e + EXC_SUPPRESS_CONTEXT];
    case 'value': return typeOf(e) === T.StopIteration || isStopIterationLike(e) ? orNone(I[e + EXC_VALUE]) : 0;
    case 'code': return isSystemExitLike(e) ? orNone(I[e + EXC_VALUE]) : 0;
    default: return 0;
  }
}

const isStopIterationLike = (e: number) => isSubtype(typeOf(e), T.StopIteration);
const isSystemExitLike = (e: number) => isSubtype(typeOf(e), T.SystemExit);

function codeAttribute(c: number, name: string): number {
  switch (name) {
    case 'co_name': return I[c + CODE_NAME];
    case 'co_qualname': return I[c + CODE_QUALNAME];
    case 'co_filename': return I[c + CODE_FILENAME];
    case 'co_firstlineno': return smallInt(I[c + CODE_FIRSTLINENO]);
    case 'co_argcount': return smallInt(I[c + CODE_ARGCOUNT]);
    case 'co_consts': return I[c + CODE_CONSTS];
    case 'co_names': return I[c + CODE_NAMES];
    case 'co_varnames': return I[c + CODE_LOCALSPLUS_NAMES];
    default: return 0;
  }
}

/** obj.__class__ = cls, between classes with the same instance layout. CPython: object_set_class. */
function assignClass(o: number, cls: number): boolean {
  const old = typeOf(o);
  if (kindOf(cls) !== Kind.Type) raise('TypeError', `__class__ must be set to a class, not '${typeNameOf(cls)}' object`);
  if (!isHeapType(cls) || !isHeapType(old)) raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  const sameLayout = I[cls + TYPE_LAYOUT] === I[old + TYPE_LAYOUT] && I[cls + TYPE_NSLOTS] === I[old + TYPE_NSLOTS]
    && (I[cls + TYPE_FLAGS] & TYPE_FLAG.instancesHaveDict) === (I[old + TYPE_FLAGS] & TYPE_FLAG.instancesHaveDict);
  if (!sameLayout) raise('TypeError', `__class__ assignment: '${typeName(cls)}' object layout differs from '${typeName(old)}'`);
  I[o + OB_TYPE] = cls;
  return true;
}

/** Sets a special attribute; false when `name` is not special for `o` (v = 0 deletes). */
export function setSpecialAttribute(o: number, name: string, v: number): boolean {
  const k = kindOf(o);
  if (k === Kind.Exception) {
    switch (name) {
      case 'args': I[o + EXC_ARGS] = v; return true;
      case '__traceback__': I[o + EXC_TRACEBACK] = v === NONE ? 0 : v; return true;
      case '__cause__': I[o + EXC_CAUSE] = v === NONE ? 0 : v; I[o + EXC_SUPPRESS_CONTEXT] = TRUE; return true;
      case '__context__': I[o + EXC_CONTEXT] = v === NONE ? 0 : v; return true;
      case '__suppress_context__': I[o + EXC_SUPPRESS_CONTEXT] = isTrue(v) ? TRUE : FALSE; return true;
      default: return false;
    }
  }
  if (k === Kind.Instance && name === '__class__') return assignClass(o, v);
  if (k === Kind.Function) {
    const fields: Record<string, number> = {
      __name__: FUNC_NAME, __qualname__: FUNC_QUALNAME, __doc__: FUNC_DOC, __module__: FUNC_MODULE,
      __defaults__: FUNC_DEFAULTS, __kwdefaults__: FUNC_KWDEFAULTS, __code__: FUNC_CODE,
    };
    if (!Object.hasOwn(fields, name)) return false;
    const field = fields[name];
    I[o + field] = v === NONE && (field === FUNC_DEFAULTS || field === FUNC_KWDEFAULTS) ? 0 : v;
    if (field === FUNC_DEFAULTS || field === FUNC_KWDEFAULTS || field === FUNC_CODE) funcInvalidateVersion(o);
    return true;
  }
  if (k === Kind.Type && (name === '__name__' || name === '__qualname__')) {
    if (kindOf(v) !== Kind.Str) raise('TypeError', `can only assign string to ${name}`);
    I[o + (name === '__name__' ? TYPE_NAME : TYPE_QUALNAME)] = v;
    return true;
  }
  if (k === Kind.Type && name === '__module__') {
    I[o + TYPE_MODULE] = v;
    dictSetItem(I[o + TYPE_DICT], N.__module__, v);
    return true;
  }
  return false;
}

