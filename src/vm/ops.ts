/**
 * Out-of-line bodies of the eval loop's larger instructions (interp.ts keeps the fast
 * cases inline). Each function names the instruction it implements; stack-shaped ones
 * take and return the stack pointer. CPython: Python/bytecodes.c.
 */
import { I } from '../image/memory.js';
import {
  FR_BUILTINS, FR_CODE, FR_FLAGS, FR_GEN, FR_GLOBALS, FR_LOCALS, FR_SIZE, FR_SP,
  FRAME_FLAG, FRAME_HEADER_WORDS,
} from '../image/layout.js';
import {
  CELL_VALUE, CODE_LOCALSPLUS_KINDS, CODE_LOCALSPLUS_NAMES, CODE_NAME, CODE_NLOCALSPLUS, CODE_QUALNAME,
  EXC_VALUE, FUNC_CLOSURE, FUNC_DEFAULTS, FUNC_KWDEFAULTS, GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_STATE,
  GEN_STATE_CLOSED, Kind, SLICE_START, SLICE_STEP, SLICE_STOP, TUPLE_ITEMS, TUPLE_LENGTH, MODULE_DICT,
  EXC_CAUSE, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK, FUNC_MODULE, FUNC_QUALNAME, FUNC_DOC, CODE_CONSTS,
} from '../objects/layout.js';
import { Op } from '../bytecode/op.generated.js';
import { FORMAT_CONVERSIONS } from '../bytecode/opcodes.js';
import { LOCALS_KIND } from '../bytecode/code.js';
import { NONE, T, TRUE } from '../objects/statics.js';
import { N } from './names.js';
import { raise, raiseObject, pendingException, isPending, takeException } from './errors.js';
import { call } from './call.js';
import { allocObject } from '../image/heap.js';
import { newFunction } from '../objects/function.js';
import { newStr, strValue } from '../objects/str.js';
import { newTuple, tupleItems } from '../objects/tuple.js';
import { listItems } from '../objects/list.js';
import { dictGetStr, dictNext, dictEntryKey, dictEntryValue, dictPop, dictSetItem, newDict, dictGetItem, isDict } from '../objects/dict.js';
import { newSet, setAdd } from '../objects/set.js';
import { newException, isException } from '../objects/exception.js';
import { isSubtype, isType, typeLookup, typeMro, typeNameOf, typeOf, typeName } from '../objects/type.js';
import { bindDescriptor, getAttr, getAttrOrZero } from './attr.js';
import { kindOf, lengthOf, repr, str } from './abstract.js';
import { getIter, iterNext, iterateToArray } from './iter.js';
import { subscript, storeSubscript } from './subscript.js';
import { listExtend } from './listops.js';
import { formatObject } from './formatting.js';
import { generatorSend } from './generator.js';
import { importModule } from './imports.js';
import { intToNumber, isExactInt, newInt, smallInt } from '../objects/int.js';
import { popRoots, pushRoot, pushRootWords } from './roots.js';
import { pushFunctionFrame } from './frame.js';
import { listFrom as listFromArray } from '../objects/list.js';
import { binaryOp, NB, unaryOp, Unary, withoutInplace } from './number.js';

// ---- names -------------------------------------------------------------------------

function localName(code: number, index: number): string {
  return strValue(I[I[code + CODE_LOCALSPLUS_NAMES] + TUPLE_ITEMS + index]);
}

/** LOAD_FAST of an unbound local. */
export function unboundLocal(code: number, index: number): never {
  return raise('UnboundLocalError', `cannot access local variable '${localName(code, index)}' where it is not associated with a value`);
}

/** LOAD_DEREF of an empty cell. */
export function unboundDeref(code: number, index: number): never {
  const kinds = I[code + CODE_LOCALSPLUS_KINDS];
  const isFree = (new Uint8Array(I.buffer, (kinds + 2) * 4, I[code + CODE_NLOCALSPLUS])[index] & LOCALS_KIND.free) !== 0;
  if (isFree) {
    raise('NameError', `cannot access free variable '${localName(code, index)}' where it is not associated with a value in enclosing scope`);
  }
  return unboundLocal(code, index);
}

function nameError(name: number): never {
  return raise('NameError', `name '${strValue(name)}' is not defined`);
}

/** The builtins lookup of LOAD_GLOBAL / LOAD_NAME. */
export function loadBuiltin(builtins: number, name: number): number {
  const v = dictGetStr(builtins, name);
  if (v === 0) nameError(name);
  return v;
}

export function deleteGlobal(frame: number, name: number): void {
  if (dictPop(I[frame + FR_GLOBALS], name) === 0) nameError(name);
}

/** LOAD_NAME: locals, then globals, then builtins. */
export function loadName(frame: number, name: number): number {
  const locals = I[frame + FR_LOCALS];
  let v = isDict(locals) ? dictGetStr(locals, name) : mappingGet(locals, name);
  if (v !== 0) return v;
  v = dictGetStr(I[frame + FR_GLOBALS], name);
  if (v !== 0) return v;
  return loadBuiltin(I[frame + FR_BUILTINS], name);
}

function mappingGet(mapping: number, key: number): number {
  try {
    return subscript(mapping, key);
  } catch (e) {
    if (isPending(e) && isSubtype(typeOf(pendingException()), T.KeyError)) {
      takeException();
      return 0;
    }
    throw e;
  }
}

export function storeName(frame: number, name: number, v: number): void {
  const locals = I[frame + FR_LOCALS];
  if (isDict(locals)) dictSetItem(locals, name, v);
  else storeSubscript(locals, name, v);
}

export function deleteName(frame: number, name: number): void {
  if (dictPop(I[frame + FR_LOCALS], name) === 0) nameError(name);
}

/** LOAD_FROM_DICT_OR_GLOBALS (class bodies with a custom namespace). */
export function loadFromDictOrGlobals(frame: number, mapping: number, name: number): number {
  const v = mappingGet(mapping, name);
  if (v !== 0) return v;
  const g = dictGetStr(I[frame + FR_GLOBALS], name);
  return g !== 0 ? g : loadBuiltin(I[frame + FR_BUILTINS], name);
}

/** LOAD_FROM_DICT_OR_DEREF (a class body reading a variable of the enclosing function). */
export function loadFromDictOrDeref(frame: number, mapping: number, index: number): number {
  const v = mappingGet(mapping, I[I[I[frame + FR_CODE] + CODE_LOCALSPLUS_NAMES] + TUPLE_ITEMS + index]);
  if (v !== 0) return v;
  const cell = I[frame + FRAME_HEADER_WORDS + index];
  const value = I[cell + CELL_VALUE];
  if (value === 0) unboundDeref(I[frame + FR_CODE], index);
  return value;
}

// ---- super -------------------------------------------------------------------------

/** LOAD_SUPER_ATTR: (global_super, class, self -- [meth, self] | [NULL, attr] | attr). */
export function loadSuperAttr(sp: number, name: number, oparg: number): number {
  const globalSuper = I[sp - 3];
  const cls = I[sp - 2];
  const self = I[sp - 1];
  sp -= 3;
  if (globalSuper !== T.super) {
    // `super` was rebound: call it as the code asked and look the name up on the result.
    const obj = call(globalSuper, (oparg & 2) !== 0 ? [cls, self] : []);
    if ((oparg & 1) !== 0) I[sp++] = 0;
    I[sp++] = getAttr(obj, name);
    return sp;
  }
  if (!isType(cls)) raise('TypeError', 'super() argument 1 must be a type, not ' + typeNameOf(cls));
  const startType = isType(self) && isSubtype(self, cls) ? self : typeOf(self);
  if (!isSubtype(startType, cls)) raise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  const found = superLookup(startType, cls, name);
  if (found === 0) raise('AttributeError', `'super' object has no attribute '${strValue(name)}'`);
  const k = kindOf(found);
  if ((oparg & 1) !== 0 && (k === Kind.Function || k === Kind.MethodDescr) && startType !== self) {
    I[sp++] = found;
    I[sp++] = self;
    return sp;
  }
  const v = bindDescriptor(found, startType === self ? 0 : self, startType);
  if ((oparg & 1) !== 0) I[sp++] = 0;
  I[sp++] = v;
  return sp;
}

/** The attribute `name` in the MRO of `start`, searching after `cls`. */
export function superLookup(start: number, cls: number, name: number): number {
  const mro = typeMro(start);
  let i = mro.indexOf(cls) + 1;
  for (; i < mro.length; i++) {
    const v = dictGetStr(I[mro[i] + 8 /* TYPE_DICT */], name);
    if (v !== 0) return v;
  }
  return 0;
}

// ---- building collections ------------------------------------------------------------

/** BINARY_SLICE: container[start:stop]. */
export function binarySlice(container: number, start: number, stop: number): number {
  return subscript(container, buildSlice(start, stop, NONE));
}

/** STORE_SLICE: container[start:stop] = v. */
export function storeSlice(container: number, start: number, stop: number, v: number): void {
  storeSubscript(container, buildSlice(start, stop, NONE), v);
}

export function buildSlice(start: number, stop: number, step: number): number {
  const o = allocObject(Kind.Slice, T.slice, 6);
  I[o + SLICE_START] = start;
  I[o + SLICE_STOP] = stop;
  I[o + SLICE_STEP] = step;
  return o;
}

// Hashing a key may run Python code (__hash__, __eq__): a collection being built is a
// temporary root until it is on the stack.

export function buildSet(sp: number, n: number): number {
  const s = newSet();
  const mark = pushRoot(s);
  for (let i = sp - n; i < sp; i++) setAdd(s, I[i]);
  popRoots(mark);
  sp -= n;
  I[sp++] = s;
  return sp;
}

export function buildMap(sp: number, n: number): number {
  const d = newDict(n);
  const mark = pushRoot(d);
  const base = sp - 2 * n;
  for (let i = 0; i < n; i++) dictSetItem(d, I[base + 2 * i], I[base + 2 * i + 1]);
  popRoots(mark);
  I[base] = d;
  return base + 1;
}

export function buildConstKeyMap(sp: number, n: number): number {
  const keys = I[sp - 1];
  const base = sp - 1 - n;
  const d = newDict(n);
  const mark = pushRoot(d);
  for (let i = 0; i < n; i++) dictSetItem(d, I[keys + TUPLE_ITEMS + i], I[base + i]);
  popRoots(mark);
  I[base] = d;
  return base + 1;
}

export function buildString(sp: number, n: number): number {
  let s = '';
  for (let i = sp - n; i < sp; i++) s += strValue(I[i]);
  sp -= n;
  I[sp++] = newStr(s);
  return sp;
}

/** SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE. */
export function collectionOp(op: number, sp: number, oparg: number): number {
  switch (op) {
    case Op.SET_ADD:
      setAdd(I[sp - 1 - oparg], I[sp - 1]);
      return sp - 1;
    case Op.MAP_ADD:
      dictSetItem(I[sp - 2 - oparg], I[sp - 2], I[sp - 1]);
      return sp - 2;
    case Op.LIST_EXTEND:
      listExtend(I[sp - 1 - oparg], I[sp - 1]);
      return sp - 1;
    case Op.SET_UPDATE:
      for (const v of iterateToArray(I[sp - 1])) setAdd(I[sp - 1 - oparg], v);
      return sp - 1;
    case Op.DICT_UPDATE:
      if (!isDict(I[sp - 1]) && getAttrOrZero(I[sp - 1], N.keys) === 0) {
        raise('TypeError', `'${typeNameOf(I[sp - 1])}' object is not a mapping`);
      }
      mergeMapping(I[sp - 1 - oparg], I[sp - 1], false);
      return sp - 1;
    default: // DICT_MERGE: **kwargs in a call; the callable sits below the collected arguments
      mergeMapping(I[sp - 1 - oparg], I[sp - 1], true, I[sp - 1 - oparg - 2]);
      return sp - 1;
  }
}

function mergeMapping(target: number, source: number, rejectDuplicates: boolean, func = 0): void {
  if (!isDict(source)) {
    if (getAttrOrZero(source, N.keys) === 0) {
      raise('TypeError', `${calleeName(func)} argument after ** must be a mapping, not ${typeNameOf(source)}`);
    }
    for (const k of iterateToArray(call(getAttr(source, N.keys), []))) dictSetItem(target, k, subscript(source, k));
    return;
  }
  for (let e = dictNext(source, 0); e >= 0; e = dictNext(source, e + 1)) {
    const k = dictEntryKey(source, e);
    if (rejectDuplicates && dictGetItem(target, k) !== 0) {
      raise('TypeError', `${calleeName(func)} got multiple values for keyword argument '${strValue(k)}'`);
    }
    dictSetItem(target, k, dictEntryValue(source, e));
  }
}

// ---- unpacking -------------------------------------------------------------------------

function unpackSource(v: number): number[] {
  if ((v & 1) === 0 && (I[v + 1] === T.list || I[v + 1] === T.tuple)) return iterateToArray(v);
  if (getIterSafe(v) === 0) raise('TypeError', `cannot unpack non-iterable ${typeNameOf(v)} object`);
  return iterateToArray(v);
}

function getIterSafe(v: number): number {
  try {
    return getIter(v);
  } catch (e) {
    if (isPending(e) && isSubtype(typeOf(pendingException()), T.TypeError)) {
      takeException();
      return 0;
    }
    throw e;
  }
}

/** UNPACK_SEQUENCE: the items pushed so that the first ends on top. */
export function unpackSequence(sp: number, n: number): number {
  const items = unpackSource(I[sp - 1]);
  if (items.length < n) raise('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
  if (items.length > n) raise('ValueError', `too many values to unpack (expected ${n})`);
  sp--;
  for (let i = n - 1; i >= 0; i--) I[sp++] = items[i];
  return sp;
}

/** UNPACK_EX: a, *b, c = ... */
export function unpackEx(sp: number, oparg: number): number {
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const items = unpackSource(I[sp - 1]);
  if (items.length < before + after) {
    raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  sp--;
  for (let i = items.length - 1; i >= items.length - after; i--) I[sp++] = items[i];
  I[sp++] = listFromArray(items.slice(before, items.length - after));
  for (let i = before - 1; i >= 0; i--) I[sp++] = items[i];
  return sp;
}

// ---- functions and calls -----------------------------------------------------------

/** MAKE_FUNCTION: (defaults?, kwdefaults?, annotations?, closure?, code -- function). */
export function makeFunction(frame: number, sp: number, oparg: number): number {
  const code = I[--sp];
  const closure = (oparg & 8) !== 0 ? I[--sp] : 0;
  if ((oparg & 4) !== 0) sp--; // annotations are not kept
  const kwdefaults = (oparg & 2) !== 0 ? I[--sp] : 0;
  const defaults = (oparg & 1) !== 0 ? I[--sp] : 0;
  const globals = I[frame + FR_GLOBALS];
  const f = newFunction(code, globals, I[frame + FR_BUILTINS], I[code + CODE_QUALNAME], dictGetStr(globals, N.__name__));
  I[f + FUNC_CLOSURE] = closure;
  // CPython 3.11's func_new: the docstring is co_consts[0] when that is a str.
  const consts = I[code + CODE_CONSTS];
  if (I[consts + TUPLE_LENGTH] > 0 && kindOf(I[consts + TUPLE_ITEMS]) === Kind.Str) I[f + FUNC_DOC] = I[consts + TUPLE_ITEMS];
  I[f + FUNC_DEFAULTS] = defaults;
  I[f + FUNC_KWDEFAULTS] = kwdefaults;
  I[sp++] = f;
  return sp;
}

/**
 * CALL_FUNCTION_EX: (NULL, func, args, kwargs? -- result). A Python function gets its frame
 * pushed, to run in the caller's eval loop as CPython 3.13 does (so a thread's frame chain
 * stays one JS call, which gilvm.snapshot needs): returns it, with the caller's FR_SP at the
 * result slot. Anything else is called here: its result is pushed, FR_SP saved, 0 returned.
 */
export function callFunctionEx(frame: number, sp: number, oparg: number): number {
  const kwargs = (oparg & 1) !== 0 ? I[--sp] : 0;
  let args = I[--sp];
  const func = I[--sp];
  sp--; // the NULL below the callable
  if (kindOf(args) !== Kind.Tuple) {
    if (getIterSafe(args) === 0) {
      raise('TypeError', `${calleeName(func)} argument after * must be an iterable, not ${typeNameOf(args)}`);
    }
    args = newTuple(iterateToArray(args));
    I[sp + 2] = args; // keep it where the collector sees it
  }
  const positional = tupleItems(args);
  const names: number[] = [];
  const values: number[] = [];
  if (kwargs !== 0 && kwargs !== NONE) {
    for (let e = dictNext(kwargs, 0); e >= 0; e = dictNext(kwargs, e + 1)) {
      const k = dictEntryKey(kwargs, e);
      if (kindOf(k) !== Kind.Str) raise('TypeError', 'keywords must be strings');
      names.push(k);
      values.push(dictEntryValue(kwargs, e));
    }
  }
  const kwnames = names.length > 0 ? newTuple(names) : 0;
  const argv = [...positional, ...values];
  if (kindOf(func) === Kind.Function) {
    // Binding copies the arguments into the new frame, and allocating never collects, so
    // the root words need to live only until then.
    const mark = pushRootWords(argv.length);
    I.set(argv, mark - argv.length);
    try {
      const callee = pushFunctionFrame(func, mark - argv.length, argv.length, kwnames, FRAME_FLAG.calledFromNonCall);
      I[frame + FR_SP] = sp;
      return callee;
    } finally {
      popRoots(mark);
    }
  }
  I[sp++] = call(func, argv, kwnames);
  I[frame + FR_SP] = sp;
  return 0;
}

/** How CPython names a callable in call errors. CPython: _PyObject_FunctionStr. */
function calleeName(func: number): string {
  if (kindOf(func) === Kind.Function) {
    const module = I[func + FUNC_MODULE];
    const qualname = strValue(I[func + FUNC_QUALNAME]);
    const prefix = module !== 0 && kindOf(module) === Kind.Str && strValue(module) !== 'builtins' ? strValue(module) + '.' : '';
    return `${prefix}${qualname}()`;
  }
  return typeNameOf(func) + ' object';
}

/** CALL_INTRINSIC_1. */
export function intrinsic1(frame: number, which: number, v: number): number {
  switch (which) {
    case 2: importStar(frame, v); return NONE; // INTRINSIC_IMPORT_STAR
    case 3: return stopIterationError(v); // INTRINSIC_STOPITERATION_ERROR
    case 5: return unaryPositive(v); // INTRINSIC_UNARY_POSITIVE
    case 6: return newTuple(listItems(v)); // INTRINSIC_LIST_TO_TUPLE
    default: throw new Error(`CALL_INTRINSIC_1 ${which} is not supported`);
  }
}

function unaryPositive(v: number): number {
  return unaryOp(v, Unary.Positive);
}

export function intrinsic2(which: number, _a: number, _b: number): number {
  throw new Error(`CALL_INTRINSIC_2 ${which} is not supported`);
}

/** A StopIteration escaping a generator becomes RuntimeError. CPython: _PyGen_SetStopIterationValue's counterpart in gen_send_ex. */
function stopIterationError(exc: number): number {
  if (isException(exc) && isSubtype(typeOf(exc), T.StopIteration)) {
    const err = newException(T.RuntimeError, [newStr('generator raised StopIteration')]);
    I[err + EXC_CAUSE] = exc;
    I[err + EXC_SUPPRESS_CONTEXT] = TRUE;
    I[err + 5 /* EXC_CONTEXT */] = exc;
    return err;
  }
  return exc;
}

function importStar(frame: number, module: number): void {
  const d = I[module + MODULE_DICT];
  for (let e = dictNext(d, 0); e >= 0; e = dictNext(d, e + 1)) {
    const k = dictEntryKey(d, e);
    if (!strValue(k).startsWith('_')) storeName(frame, k, dictEntryValue(d, e));
  }
}

// ---- generators ----------------------------------------------------------------------

/** RETURN_GENERATOR: moves the frame into a new generator object. CPython: _Py_MakeCoro + frame copy. */
export function makeGenerator(frame: number): number {
  const size = I[frame + FR_SIZE];
  const code = I[frame + FR_CODE];
  const gen = allocObject(Kind.Generator, T.generator, GEN_FRAME + size);
  const gf = gen + GEN_FRAME;
  I.copyWithin(gf, frame, frame + size);
  I[gf + FR_SP] = I[frame + FR_SP] - frame + gf;
  I[gf + FR_FLAGS] = FRAME_FLAG.entry | FRAME_FLAG.ownedByGenerator;
  I[gf + FR_GEN] = gen;
  I[gen + GEN_NAME] = I[code + CODE_NAME];
  I[gen + GEN_QUALNAME] = I[code + CODE_QUALNAME];
  return gen;
}

/**
 * a + b, a - b or a * b (`nb`: NB_ADD, NB_SUBTRACT or NB_MULTIPLY, in place or not) when both
 * are exact ints, else 0 (a miss).
 * Ints that doubles hold exactly, and results that stay exact, need no BigInt.
 */
export function exactIntBinary(a: number, b: number, nb: number): number {
  if (!isExactInt(a) || !isExactInt(b)) return 0;
  const x = intToNumber(a), y = intToNumber(b);
  const op = withoutInplace(nb);
  const r = op === NB.Add ? x + y : op === NB.Subtract ? x - y : x * y;
  return Number.isSafeInteger(r) ? newInt(r) : binaryOp(a, b, nb);
}

export function finishGenerator(gen: number): void {
  I[gen + GEN_STATE] = GEN_STATE_CLOSED;
}

/**
 * SEND: (receiver, value -- receiver, result). Returns true when the receiver is
 * exhausted (result is its return value; the jump to END_SEND follows).
 */
export function send(sp: number): boolean {
  const receiver = I[sp - 2];
  const value = I[sp - 1];
  if (kindOf(receiver) === Kind.Generator) {
    const r = generatorSend(receiver, value);
    if (I[receiver + GEN_STATE] === GEN_STATE_CLOSED) {
      I[sp - 1] = r;
      return true;
    }
    I[sp - 1] = r;
    return false;
  }
  try {
    if (value === NONE) {
      const r = iterNext(receiver);
      if (r === 0) {
        I[sp - 1] = NONE;
        return true;
      }
      I[sp - 1] = r;
      return false;
    }
    I[sp - 1] = call(getAttr(receiver, N.send), [value]);
    return false;
  } catch (e) {
    if (isPending(e) && isSubtype(typeOf(pendingException()), T.StopIteration)) {
      const exc = takeException();
      I[sp - 1] = I[exc + EXC_VALUE] === 0 ? NONE : I[exc + EXC_VALUE];
      return true;
    }
    throw e;
  }
}

/** CLEANUP_THROW: (sub_iter, last_sent, exc -- None, value) when exc is StopIteration, else re-raise. */
export function cleanupThrow(sp: number): number {
  const exc = I[sp - 1];
  if (isSubtype(typeOf(exc), T.StopIteration)) {
    const value = I[exc + EXC_VALUE] === 0 ? NONE : I[exc + EXC_VALUE];
    sp -= 3;
    I[sp++] = NONE;
    I[sp++] = value;
    return sp;
  }
  return raiseObject(exc);
}

// ---- exceptions and with -------------------------------------------------------------

/** CHECK_EXC_MATCH's test: `exc` against a class or a tuple of classes. */
export function exceptionMatches(exc: number, match: number): boolean {
  if (kindOf(match) === Kind.Tuple) {
    for (const m of tupleItems(match)) if (exceptionMatches(exc, m)) return true;
    return false;
  }
  if (!isType(match) || !isSubtype(match, T.BaseException)) {
    raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(typeOf(exc), match);
}

/** BEFORE_WITH: (mgr -- exit, enter_result). */
export function beforeWith(sp: number): number {
  const mgr = I[sp - 1];
  const t = typeOf(mgr);
  const enter = typeLookup(t, N.__enter__);
  const exit = typeLookup(t, N.__exit__);
  if (enter === 0 || exit === 0) {
    const missing = enter === 0 ? '' : " (missed __exit__ method)";
    raise('TypeError', `'${typeName(t)}' object does not support the context manager protocol${missing}`);
  }
  // The manager stays on the stack until __enter__ returns (CPython binds __exit__ first), so
  // that a resumed image can run this instruction again for a thread blocked in a lock's
  // __enter__ (src/image/snapshot.ts). Binding has no effect Python code can see, and
  // allocating never collects, so `res` is safe in a JS local meanwhile.
  const res = call(bindDescriptor(enter, mgr, t), []);
  I[sp - 1] = bindDescriptor(exit, mgr, t);
  I[sp++] = res;
  return sp;
}

/** WITH_EXCEPT_START: (exit, lasti, prev_exc, val -- exit, lasti, prev_exc, val, res). */
export function withExceptStart(sp: number): number {
  const exit = I[sp - 4];
  const val = I[sp - 1];
  const tb = I[val + EXC_TRACEBACK];
  return call(exit, [typeOf(val), val, tb === 0 ? NONE : tb]);
}

/** FORMAT_VALUE: conversion in the low bits, a format spec on the stack with bit 2. */
export function formatValue(sp: number, oparg: number): number {
  const spec = (oparg & 4) !== 0 ? strValue(I[--sp]) : '';
  let v = I[sp - 1];
  const conversion = FORMAT_CONVERSIONS[oparg & 3];
  if (conversion === 'str') v = newStr(str(v));
  else if (conversion === 'repr') v = newStr(repr(v));
  else if (conversion === 'ascii') v = newStr(asciiOf(repr(v)));
  if (spec === '' && I[v + 1] === T.str && (v & 1) === 0) {
    I[sp - 1] = v;
    return sp;
  }
  I[sp - 1] = newStr(formatObject(v, spec));
  return sp;
}

function asciiOf(s: string): string {
  return s.replace(/[^\x00-\x7f]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? '\\x' + n.toString(16).padStart(2, '0') : '\\u' + n.toString(16).padStart(4, '0');
  });
}

export function setupAnnotations(frame: number): void {
  const locals = I[frame + FR_LOCALS];
  if (dictGetStr(locals, N.__annotations__) === 0) dictSetItem(locals, N.__annotations__, newDict());
}

// ---- imports -------------------------------------------------------------------------

/** IMPORT_NAME: (level, fromlist -- module). */
export function importName(frame: number, name: number, level: number, fromlist: number): number {
  void level;
  void fromlist;
  return importModule(strValue(name), frame);
}

/** IMPORT_FROM: (module -- module, attr). */
export function importFrom(module: number, name: number): number {
  const v = getAttrOrZero(module, name);
  if (v !== 0) return v;
  const modName = strValue(dictGetStr(I[module + MODULE_DICT], N.__name__) || newStr('?'));
  return raise('ImportError', `cannot import name '${strValue(name)}' from '${modName}' (unknown location)`);
}

export function getLen(v: number): number {
  return smallInt(lengthOf(v));
}

export function unknownOpcode(op: number, instr: number): never {
  throw new Error(`unknown opcode ${op} at code unit ${instr}`);
}

