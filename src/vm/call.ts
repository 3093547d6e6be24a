/**
 * Calling any callable from JS: Python functions (a new frame run by a nested eval
 * loop), natives, method descriptors, bound methods, classes, objects with __call__.
 * The eval loop's CALL pushes Python frames itself and comes here for everything else.
 * CPython: Objects/call.c, Objects/typeobject.c (type_call, object_new, object_init).
 */
import { I } from '../image/memory.js';
import { FRAME_FLAG } from '../image/layout.js';
import {
  DESCR_ID, DESCR_NAME, DESCR_OWNER, INSTANCE_SLOTS, Kind, METHOD_FUNC, METHOD_SELF, NATIVE_ID,
  NATIVE_SELF, TUPLE_LENGTH, TYPE_FLAG, TYPE_FLAGS, TYPE_LAYOUT, TYPE_NSLOTS,
} from '../objects/layout.js';
import { NONE, T } from '../objects/statics.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { CONSTRUCTORS, NATIVES } from './natives.js';
import { allocObject } from '../image/heap.js';
import { isHeapType, isSubtype, typeLookup, typeName, typeNameOf, typeOf } from '../objects/type.js';
import { strValue } from '../objects/str.js';
import { newException } from '../objects/exception.js';
import { popRoots, pushRootWords } from './roots.js';
import { pushFunctionFrame } from './frame.js';
import { runFrame } from './interp.js';
import { bindDescriptor } from './attr.js';
import { kindOf } from './abstract.js';

/**
 * callable(*args) with keyword names `kwnames` for the last arguments. The callable,
 * the names and the arguments stay rooted during the call: callers often pass objects
 * they have just made (a bound method, a names tuple).
 */
export function call(callable: number, args: readonly number[], kwnames = 0): number {
  const n = args.length;
  const mark = pushRootWords(n + 2);
  const base = mark - n;
  I[base - 2] = callable;
  I[base - 1] = kwnames;
  for (let i = 0; i < n; i++) I[base + i] = args[i];
  try {
    return callVector(callable, base, n, kwnames);
  } finally {
    popRoots(mark);
  }
}

/** callable(I[args .. args+nargs)). CPython: PyObject_Vectorcall. */
export function callVector(callable: number, args: number, nargs: number, kwnames: number): number {
  switch (kindOf(callable)) {
    case Kind.Function:
      return runFrame(pushFunctionFrame(callable, args, nargs, kwnames, FRAME_FLAG.entry));
    case Kind.Native:
      return NATIVES[I[callable + NATIVE_ID]].fn(I[callable + NATIVE_SELF], args, nargs, kwnames);
    case Kind.MethodDescr:
      return callMethodDescr(callable, args, nargs, kwnames);
    case Kind.Method:
      return callWithSelf(I[callable + METHOD_FUNC], I[callable + METHOD_SELF], args, nargs, kwnames);
    case Kind.Type:
      return callType(callable, args, nargs, kwnames);
    default: {
      const t = typeOf(callable);
      const m = isHeapType(t) ? typeLookup(t, N.__call__) : 0;
      if (m === 0) return raise('TypeError', `'${typeNameOf(callable)}' object is not callable`);
      return callWithSelf(m, callable, args, nargs, kwnames);
    }
  }
}

/** func(self, *args): copies the arguments behind `self` on the root stack. */
export function callWithSelf(func: number, self: number, args: number, nargs: number, kwnames: number): number {
  const mark = pushRootWords(nargs + 1);
  const base = mark - nargs - 1;
  I[base] = self;
  I.copyWithin(base + 1, args, args + nargs);
  try {
    return callVector(func, base, nargs + 1, kwnames);
  } finally {
    popRoots(mark);
  }
}

function callMethodDescr(descr: number, args: number, nargs: number, kwnames: number): number {
  const owner = I[descr + DESCR_OWNER];
  const name = () => strValue(I[descr + DESCR_NAME]);
  if (nargs - (kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH]) < 1) {
    raise('TypeError', `unbound method ${typeName(owner)}.${name()}() needs an argument`);
  }
  const self = I[args];
  if (typeOf(self) !== owner && !isSubtype(typeOf(self), owner)) {
    raise('TypeError', `descriptor '${name()}' for '${typeName(owner)}' objects doesn't apply to a '${typeNameOf(self)}' object`);
  }
  return NATIVES[I[descr + DESCR_ID]].fn(self, args + 1, nargs - 1, kwnames);
}

/** cls(*args): a metaclass's __call__ if it defines one, else type.__call__. */
export function callType(cls: number, args: number, nargs: number, kwnames: number): number {
  const meta = typeOf(cls);
  if (meta !== T.type && isHeapType(meta)) {
    const m = typeLookup(meta, N.__call__);
    if (m !== 0 && kindOf(m) === Kind.Function) return callWithSelf(m, cls, args, nargs, kwnames);
  }
  return typeCall(cls, args, nargs, kwnames);
}

/** type.__call__: __new__ then __init__. CPython: type_call. */
export function typeCall(cls: number, args: number, nargs: number, kwnames: number): number {
  if (cls === T.type && nargs === 1 && kwnames === 0) return typeOf(I[args]);
  const newMethod = typeLookup(cls, N.__new__);
  const newKind = newMethod === 0 ? -1 : kindOf(newMethod);
  let obj: number;
  if (newKind === Kind.Function || (newKind === Kind.StaticMethod && kindOf(I[newMethod + 2]) === Kind.Function)) {
    const fn = newKind === Kind.Function ? newMethod : bindDescriptor(newMethod, 0, cls);
    obj = callWithSelf(fn, cls, args, nargs, kwnames);
    if (!isSubtype(typeOf(obj), cls)) return obj;
  } else {
    obj = builtinNew(cls, args, nargs, kwnames);
    if (!isHeapType(cls)) return obj;
  }
  const init = typeLookup(cls, N.__init__);
  if (init !== 0 && kindOf(init) === Kind.Function) {
    const r = callWithSelf(init, obj, args, nargs, kwnames);
    if (r !== NONE) raise('TypeError', `__init__() should return None, not '${typeNameOf(r)}'`);
  } else if (init !== 0 && kindOf(init) === Kind.MethodDescr && I[init + DESCR_OWNER] !== T.object) {
    NATIVES[I[init + DESCR_ID]].fn(obj, args, nargs, kwnames);
  } else if (nargs > 0 && newKind !== Kind.Function && newKind !== Kind.StaticMethod) {
    if (I[cls + TYPE_LAYOUT] === Kind.Instance) raise('TypeError', `${typeName(cls)}() takes no arguments`);
  }
  return obj;
}

/**
 * The Python __init__ function of class `cls` when CALL may allocate the instance itself
 * and run __init__ inline: a class statement's plain class whose metaclass is `type`,
 * whose __new__ is object's and whose __init__ is a Python function. Else 0.
 */
export function pythonInitOf(cls: number): number {
  if (!isHeapType(cls) || typeOf(cls) !== T.type || I[cls + TYPE_LAYOUT] !== Kind.Instance) return 0;
  const newMethod = typeLookup(cls, N.__new__);
  if (newMethod === 0 || kindOf(newMethod) !== Kind.StaticMethod || kindOf(I[newMethod + 2]) === Kind.Function) return 0;
  const init = typeLookup(cls, N.__init__);
  return init !== 0 && kindOf(init) === Kind.Function ? init : 0;
}

/** Instances of built-in layouts: the type's JS constructor, or the layout's plain allocation. */
function builtinNew(cls: number, args: number, nargs: number, kwnames: number): number {
  let base = cls;
  while (isHeapType(base)) base = baseOf(base);
  const layout = I[cls + TYPE_LAYOUT];
  if (layout === Kind.Exception) return newException(cls, argsTuple(args, nargs, kwnames));
  if (layout === Kind.Instance) return newInstance(cls);
  const ctor = CONSTRUCTORS.get(typeName(base));
  if (ctor === undefined) return raise('TypeError', `cannot create '${typeName(cls)}' instances`);
  return ctor(cls, args, nargs, kwnames);
}

function baseOf(t: number): number {
  return I[t + 11 /* TYPE_BASE */];
}

function argsTuple(args: number, nargs: number, kwnames: number): number[] {
  const n = nargs - (kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH]);
  return Array.from(I.subarray(args, args + n));
}

/** A plain instance of a class statement's type. CPython: object_new. */
export function newInstance(cls: number): number {
  return allocObject(Kind.Instance, cls, INSTANCE_SLOTS + I[cls + TYPE_NSLOTS]);
}

/** Whether instances of `cls` carry a __dict__. */
export function instancesHaveDict(cls: number): boolean {
  return (I[cls + TYPE_FLAGS] & TYPE_FLAG.instancesHaveDict) !== 0;
}

