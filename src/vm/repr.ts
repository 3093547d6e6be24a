/**
 * repr() and the built-in types' text forms. CPython: each type's tp_repr, and
 * Objects/object.c (PyObject_Repr), Objects/exceptions.c (BaseException_repr/str).
 */
import { I } from '../image/memory.js';
import {
  BOOL_VALUE, EXC_ARGS, Kind, MODULE_NAME, NATIVE_NAME, NATIVE_SELF, RANGE_START, RANGE_STEP,
  RANGE_STOP, SLICE_START, SLICE_STEP, SLICE_STOP, TYPE_QUALNAME, METHOD_FUNC, METHOD_SELF, FUNC_QUALNAME,
  GEN_QUALNAME, DESCR_NAME, DESCR_OWNER, VIEW_DICT, CODE_NAME, CODE_FILENAME, CODE_FIRSTLINENO,
} from '../objects/layout.js';
import { NONE, S, T } from '../objects/statics.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { call } from './call.js';
import { isHeapType, typeLookup, typeName, typeNameOf, typeOf } from '../objects/type.js';
import { floatValue } from '../objects/float.js';
import { intValue } from '../objects/int.js';
import { strValue } from '../objects/str.js';
import { tupleItems } from '../objects/tuple.js';
import { listItems } from '../objects/list.js';
import { dictItems } from '../objects/dict.js';
import { setItems } from '../objects/set.js';
import { floatRepr, intToDecimal, strRepr } from '../objects/text/index.js';
import { bindDescriptor } from './attr.js';
import { kindOf, str } from './abstract.js';
import { isSubtype } from '../objects/type.js';

/** Objects whose repr is being computed on this thread, to print recursive containers as [...]. */
const inProgress = new Set<number>();

export function reprOf(v: number): string {
  if ((v & 1) === 1) return String(v >> 1);
  const t = I[v + 1];
  if (isHeapType(t)) {
    const m = typeLookup(t, N.__repr__);
    if (m !== 0 && kindOf(m) === Kind.Function) {
      const r = call(bindDescriptor(m, v, t), []);
      if (kindOf(r) !== Kind.Str) raise('TypeError', `__repr__ returned non-string (type ${typeNameOf(r)})`);
      return strValue(r);
    }
  }
  return builtinRepr(v);
}

/** Fake but stable addresses for default reprs: the word offset scaled like a pointer. */
export function address(v: number): string {
  return '0x' + (0x7f0000000000 + v * 4).toString(16);
}

/** repr by v's built-in layout, ignoring a subclass's __repr__ (list.__repr__ and friends). */
export function builtinRepr(v: number): string {
  switch ((I[v] >> 3) & 127) {
    case Kind.Int: return intToDecimal(intValue(v));
    case Kind.Bool: return I[v + BOOL_VALUE] ? 'True' : 'False';
    case Kind.Float: return floatRepr(floatValue(v));
    case Kind.Str: return strRepr(strValue(v));
    case Kind.Singleton: return v === NONE ? 'None' : v === S.NotImplemented ? 'NotImplemented' : v === S.Ellipsis ? 'Ellipsis' : '<dummy>';
    case Kind.List: return guarded(v, '[...]', () => '[' + listItems(v).map(reprOf).join(', ') + ']');
    case Kind.Tuple: return guarded(v, '(...)', () => tupleRepr(tupleItems(v)));
    case Kind.Dict: return guarded(v, '{...}', () => dictRepr(v));
    case Kind.Set: return guarded(v, '...', () => setRepr(v));
    case Kind.Range: {
      const step = I[v + RANGE_STEP];
      const tail = step === 3 ? '' : `, ${reprOf(step)}`;
      return `range(${reprOf(I[v + RANGE_START])}, ${reprOf(I[v + RANGE_STOP])}${tail})`;
    }
    case Kind.Slice: return `slice(${reprOf(I[v + SLICE_START])}, ${reprOf(I[v + SLICE_STOP])}, ${reprOf(I[v + SLICE_STEP])})`;
    case Kind.Type: return typeRepr(v);
    case Kind.Function: return `<function ${strValue(I[v + FUNC_QUALNAME])} at ${address(v)}>`;
    case Kind.Method: return methodRepr(v);
    case Kind.Native: return nativeRepr(v);
    case Kind.MethodDescr: return `<method '${strValue(I[v + DESCR_NAME])}' of '${typeName(I[v + DESCR_OWNER])}' objects>`;
    case Kind.Module: return `<module '${strValue(I[v + MODULE_NAME])}'>`;
    case Kind.Exception: return exceptionRepr(v);
    case Kind.Generator: return `<generator object ${strValue(I[v + GEN_QUALNAME])} at ${address(v)}>`;
    case Kind.DictView: return guarded(v, '...', () => viewRepr(v));
    case Kind.Code: return `<code object ${strValue(I[v + CODE_NAME])} at ${address(v)}, file "${strValue(I[v + CODE_FILENAME])}", line ${I[v + CODE_FIRSTLINENO]}>`;
    case Kind.Cell: return `<cell at ${address(v)}>`;
    default: return defaultRepr(v);
  }
}

export function defaultRepr(v: number): string {
  const t = typeOf(v);
  return `<${qualifiedTypeName(t)} object at ${address(v)}>`;
}

/** `module.QualName` for heap types, the plain name for built-ins. */
export function qualifiedTypeName(t: number): string {
  if (!isHeapType(t)) return typeName(t);
  const m = typeLookup(t, N.__module__);
  const mod = m !== 0 && kindOf(m) === Kind.Str ? strValue(m) : '';
  const q = strValue(I[t + TYPE_QUALNAME]);
  return mod && mod !== 'builtins' ? `${mod}.${q}` : q;
}

function typeRepr(t: number): string {
  return `<class '${qualifiedTypeName(t)}'>`;
}

function guarded(v: number, recursive: string, render: () => string): string {
  if (inProgress.has(v)) return recursive;
  inProgress.add(v);
  try {
    return render();
  } finally {
    inProgress.delete(v);
  }
}

export function tupleRepr(items: number[]): string {
  if (items.length === 1) return `(${reprOf(items[0])},)`;
  return '(' + items.map(reprOf).join(', ') + ')';
}

function dictRepr(d: number): string {
  return '{' + dictItems(d).map(([k, val]) => `${reprOf(k)}: ${reprOf(val)}`).join(', ') + '}';
}

function setRepr(s: number): string {
  const items = setItems(s);
  const isFrozen = typeOf(s) === T.frozenset;
  const name = isHeapType(typeOf(s)) ? typeNameOf(s) : isFrozen ? 'frozenset' : 'set';
  if (items.length === 0) return `${name}()`;
  const body = '{' + items.map(reprOf).join(', ') + '}';
  return isFrozen || name !== 'set' ? `${name}(${body})` : body;
}

function viewRepr(view: number): string {
  const d = I[view + VIEW_DICT];
  const t = typeOf(view);
  const items = dictItems(d);
  const parts = t === T.dict_keys ? items.map(([k]) => reprOf(k))
    : t === T.dict_values ? items.map(([, v]) => reprOf(v))
      : items.map(([k, v]) => `(${reprOf(k)}, ${reprOf(v)})`);
  return `${typeNameOf(view)}([${parts.join(', ')}])`;
}

function methodRepr(m: number): string {
  const f = I[m + METHOD_FUNC];
  const name = kindOf(f) === Kind.Function ? strValue(I[f + FUNC_QUALNAME]) : '?';
  return `<bound method ${name} of ${reprOf(I[m + METHOD_SELF])}>`;
}

function nativeRepr(n: number): string {
  const name = strValue(I[n + NATIVE_NAME]);
  const self = I[n + NATIVE_SELF];
  if (self === 0 || kindOf(self) === Kind.Module) return `<built-in function ${name}>`;
  if (kindOf(self) === Kind.Type) return `<built-in method ${name} of type object at ${address(self)}>`;
  return `<built-in method ${name} of ${typeNameOf(self)} object at ${address(self)}>`;
}

/** CPython: BaseException_repr. */
function exceptionRepr(e: number): string {
  const args = tupleItems(I[e + EXC_ARGS]);
  const name = typeNameOf(e);
  if (args.length === 1) return `${name}(${reprOf(args[0])})`;
  return name + tupleRepr(args);
}

/** CPython: BaseException_str (and KeyError_str). */
export function exceptionStr(e: number): string {
  const args = tupleItems(I[e + EXC_ARGS]);
  if (args.length === 0) return '';
  if (args.length === 1) return typeOf(e) === T.KeyError || isKeyErrorSubclass(e) ? reprOf(args[0]) : str(args[0]);
  return tupleRepr(args);
}

function isKeyErrorSubclass(e: number): boolean {
  return isSubtype(typeOf(e), T.KeyError);
}
