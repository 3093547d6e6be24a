/**
 * The formatting protocols on VM objects: format(v, spec) (f-strings, format(), str.format's
 * fields), `str % args`, and the str.format / format_map template engine. The text itself
 * comes from the pure helpers of src/objects/text; this module supplies the objects.
 * CPython: Objects/abstract.c (PyObject_Format), Objects/typeobject.c (object___format__),
 * Objects/unicodeobject.c (PyUnicode_Format), Objects/stringlib/unicode_format.h.
 */
import { I } from '../image/memory.js';
import { Kind, OB_TYPE } from '../objects/layout.js';
import { T } from '../objects/statics.js';
import { floatValue } from '../objects/float.js';
import { intValue, newInt } from '../objects/int.js';
import { newStr, strValue } from '../objects/str.js';
import { tupleItems } from '../objects/tuple.js';
import { isHeapType, typeLookup, typeNameOf } from '../objects/type.js';
import {
  type FieldItem, type FormatItem, type NumberProtocol, type NumberValue, type PercentOps,
  formatFloat, formatInt, formatStr, parseFormatString, percentFormat,
} from '../objects/text/index.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { call } from './call.js';
import { bindDescriptor, getAttr } from './attr.js';
import { indexValue, kindOf, repr, str } from './abstract.js';
import { subscript } from './subscript.js';
import { floatOf, intOf, keyError, oneArg, rooted, strArg, text } from './methods/common.js';
import type { NativeFn } from './natives.js';

// ---- format(v, spec) ------------------------------------------------------------------

/**
 * format(v, spec) as a JS string: a class's own __format__ if it defines one, else the
 * built-in __format__ of v's type. CPython: PyObject_Format.
 */
export function formatObject(v: number, spec: string): string {
  if ((v & 1) === 1) return spec === '' ? String(v >> 1) : text(() => formatInt(v >> 1, spec));
  const t = I[v + OB_TYPE];
  if (t === T.str && spec === '') return strValue(v);
  if (isHeapType(t)) {
    const m = typeLookup(t, N.__format__);
    if (m !== 0 && kindOf(m) !== Kind.MethodDescr) {
      const r = call(bindDescriptor(m, v, t), [newStr(spec)]);
      if (kindOf(r) !== Kind.Str) raise('TypeError', `__format__ must return a str, not ${typeNameOf(r)}`);
      return strValue(r);
    }
  }
  return builtinFormat(v, spec);
}

/**
 * The __format__ of the built-in types: int, bool, float and str by the format-spec
 * mini-language; every other type takes only the empty spec, meaning str(v).
 * CPython: long__format__, float___format__, unicode___format__, object___format__.
 */
function builtinFormat(v: number, spec: string): string {
  if (spec === '') return str(v);
  switch (kindOf(v)) {
    case Kind.Int: case Kind.Bool: return text(() => formatInt(intValue(v), spec, typeNameOf(v)));
    case Kind.Float: return text(() => formatFloat(floatValue(v), spec, typeNameOf(v)));
    case Kind.Str: return text(() => formatStr(strValue(v), spec, typeNameOf(v)));
    default: return raise('TypeError', `unsupported format string passed to ${typeNameOf(v)}.__format__`);
  }
}

/** A type's __format__(spec) method. CPython: long__format__, float___format__, unicode___format__, object___format__. */
export function formatMethod(owner: string): NativeFn {
  return oneArg(`${owner}.__format__`, (self, spec) => {
    return newStr(builtinFormat(self, strArg(spec, '__format__() argument must be str')));
  });
}

/** ascii(v): repr(v) with every non-ASCII character escaped. CPython: PyObject_ASCII. */
export function asciiOf(v: number): string {
  const r = repr(v);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

// ---- str % args -----------------------------------------------------------------------

/** `a` as a number for a % conversion (see NumberProtocol), or null. */
function percentNumber(a: number, protocol: NumberProtocol): NumberValue | null {
  const k = kindOf(a);
  if (k === Kind.Float) return { kind: 'float', value: floatValue(a) };
  if (k === Kind.Str) return null;
  if (protocol === 'float') {
    const x = floatOf(a);
    return x === undefined ? null : { kind: 'float', value: x };
  }
  if (protocol === 'index') {
    const isInt = k === Kind.Int || k === Kind.Bool;
    return isInt || typeLookup(I[a + OB_TYPE], N.__index__) !== 0 ? { kind: 'int', value: indexValue(a) } : null;
  }
  const n = intOf(a);
  return n === undefined ? null : { kind: 'int', value: n };
}

const PERCENT_OPS: PercentOps<number> = {
  getItem: (mapping, key) => subscript(mapping, newStr(key)),
  str,
  repr,
  ascii: asciiOf,
  asStr: (a) => (kindOf(a) === Kind.Str ? strValue(a) : null),
  toNumber: percentNumber,
  typeName: typeNameOf,
  isInt: (a) => kindOf(a) === Kind.Int || kindOf(a) === Kind.Bool,
};

/** Whether `%` treats `v` as a mapping: it has __getitem__ and is neither a tuple nor a str. CPython: PyMapping_Check. */
function isPercentMapping(v: number): boolean {
  switch (kindOf(v)) {
    case Kind.Dict: case Kind.List: case Kind.Range: return true;
    case Kind.Tuple: case Kind.Str: return false;
    default: return (v & 1) === 0 && isHeapType(I[v + OB_TYPE]) && typeLookup(I[v + OB_TYPE], N.__getitem__) !== 0;
  }
}

/** fmt % args for a str `fmt`: a new str. CPython: PyUnicode_Format. */
export function percentFormatObject(fmtStr: number, args: number): number {
  const operand = {
    value: args,
    tuple: kindOf(args) === Kind.Tuple ? tupleItems(args) : null,
    isMapping: isPercentMapping(args),
  };
  return newStr(text(() => percentFormat(strValue(fmtStr), operand, PERCENT_OPS)));
}

// ---- str.format / str.format_map -------------------------------------------------------

/** Where a template's fields come from: str.format's arguments, or format_map's mapping. */
export interface FieldSource {
  /** The positional argument `index` (raises when there is none). */
  positional(index: number): number;
  /** The keyword argument `name` (raises when there is none). */
  keyword(name: string): number;
}

/** Expands a str.format template. CPython: Objects/stringlib/unicode_format.h, build_string. */
export function formatTemplate(template: string, source: FieldSource): string {
  return expand(parseFormatString(template), source);
}

function expand(items: FormatItem[], source: FieldSource): string {
  let out = '';
  for (const item of items) {
    if (item.kind === 'literal') out += item.text;
    else if (item.kind === 'error') raise(item.error.pyType, item.error.message);
    else out += renderField(item, source);
  }
  return out;
}

/** One replacement field, in CPython's order: lookup, accessors, conversion, spec, format. */
function renderField(field: FieldItem, source: FieldSource): string {
  const first = field.first;
  if (first.kind === 'error') raise(first.error.pyType, first.error.message);
  let v = first.kind === 'index' ? source.positional(first.index) : source.keyword(first.name);
  for (const acc of field.accessors) {
    if (acc.kind === 'error') raise(acc.error.pyType, acc.error.message);
    if (acc.kind === 'attr') v = getAttr(v, newStr(acc.name));
    else v = subscript(v, typeof acc.key === 'number' ? newInt(acc.key) : newStr(acc.key));
  }
  if (field.conversionError !== null) raise(field.conversionError.pyType, field.conversionError.message);
  const converted = field.conversion === 'r' ? repr(v) : field.conversion === 's' ? str(v)
    : field.conversion === 'a' ? asciiOf(v) : null;
  // The spec's own fields may run Python code: keep v (perhaps fresh from an accessor) alive.
  const spec = field.nestedSpec === null ? field.spec : rooted(v, () => expand(field.nestedSpec!, source));
  return converted === null ? formatObject(v, spec) : text(() => formatStr(converted, spec));
}

/** The fields of str.format(*args, **kwargs): arguments I[args .. args+npos) and keywords. */
export function argumentSource(args: number, npos: number, kwnames: number, kwvalues: number): FieldSource {
  return {
    positional(index) {
      if (index >= npos) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
      return I[args + index];
    },
    keyword(name) {
      const names = kwnames === 0 ? [] : tupleItems(kwnames);
      for (let k = 0; k < names.length; k++) if (strValue(names[k]) === name) return I[kwvalues + k];
      return keyError(newStr(name));
    },
  };
}

/** The fields of str.format_map(mapping): keywords only, looked up with mapping[name]. */
export function mappingSource(mapping: number): FieldSource {
  return {
    positional: () => raise('ValueError', 'Format string contains positional fields'),
    keyword: (name) => subscript(mapping, newStr(name)),
  };
}
