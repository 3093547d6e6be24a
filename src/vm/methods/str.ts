/**
 * str's methods and constructor. The text work is done by the pure helpers of
 * src/objects/text on decoded JS strings; this file checks arguments, converts them, and
 * builds the result objects. CPython: Objects/unicodeobject.c (unicode_methods, unicode_new).
 */
import { I, U16 } from '../../image/memory.js';
import { allocObject } from '../../image/heap.js';
import {
  KIND_MASK, KIND_SHIFT, Kind, LIST_LENGTH, OB_TYPE, STR_DATA, STR_HASH, STR_LENGTH, TUPLE_ITEMS, TUPLE_LENGTH,
} from '../../objects/layout.js';
import { NONE, T, bool } from '../../objects/statics.js';
import { newStr, strValue } from '../../objects/str.js';
import { newInt, smallInt } from '../../objects/int.js';
import { newTuple, tupleItems } from '../../objects/tuple.js';
import { listBase, newList } from '../../objects/list.js';
import { dictSetItem, dictNext, dictEntryKey, dictEntryValue, newDict } from '../../objects/dict.js';
import {
  strCapitalize, strCasefold, strCenter, strCount, strEndswith, strExpandtabs, strFind, strIndex,
  strIsalnum, strIsalpha, strIsascii, strIsdecimal, strIsdigit, strIsidentifier, strIslower, strIsnumeric,
  strIsprintable, strIsspace, strIstitle, strIsupper, strLjust, strLower, strLstrip, strPartition, strReplace,
  strRfind, strRindex, strRjust, strRpartition, strRsplit, strRstrip, strSplit, strSplitlines, strStartswith,
  strStrip, strSwapcase, strTitle, strUpper, strZfill,
} from '../../objects/text/index.js';
import { defineConstructor, defineMethods, type NativeFn } from '../natives.js';
import { raise } from '../errors.js';
import { typeNameOf, typeOf } from '../../objects/type.js';
import { kindOf, str, indexValue } from '../abstract.js';
import { getIter, iterateToList } from '../iter.js';
import { subscript } from '../subscript.js';
import { argumentSource, formatMethod, formatTemplate, mappingSource } from '../formatting.js';
import {
  type Params, catching, intFlag, isStrObject, kwArgs, noArgs, oneArg, opt, someArgs, sliceBound, ssizeArg, strArg, text,
  tupleArgs, unpackKeywords,
} from './common.js';

// ---- results -------------------------------------------------------------------------

/** A str object of `n` code units and type `type`, for the caller to fill. */
function allocStr(type: number, n: number): number {
  const o = allocObject(Kind.Str, type, STR_DATA + ((n + 1) >> 1));
  I[o + STR_LENGTH] = n;
  I[o + STR_HASH] = -1;
  return o;
}

/** The str `s`, of class `cls` (str or a subclass). */
function strOfType(cls: number, s: string): number {
  if (cls === T.str) return newStr(s);
  const o = allocStr(cls, s.length);
  const base = (o + STR_DATA) * 2;
  for (let i = 0; i < s.length; i++) U16[base + i] = s.charCodeAt(i);
  return o;
}

/** A method's str result: `self` itself when the text did not change and self is exactly a str. */
function strResult(self: number, before: string, after: string): number {
  return after === before && I[self + OB_TYPE] === T.str ? self : newStr(after);
}

/** A new list of str objects. */
function strList(parts: readonly string[]): number {
  const n = parts.length;
  const list = newList(n);
  const base = listBase(list);
  for (let i = 0; i < n; i++) I[base + i] = newStr(parts[i]);
  I[list + LIST_LENGTH] = n;
  return list;
}

function strTuple(parts: readonly string[]): number {
  return newTuple(parts.map(newStr));
}

// ---- argument conversions ----------------------------------------------------------------

/** The optional start/end of find, count, startswith...: None or absent means the default. */
function bounds(args: number, nargs: number, first: number): [number | null, number | null] {
  const start = opt(args, nargs, first);
  const end = opt(args, nargs, first + 1);
  return [start === 0 ? null : sliceBound(start, true), end === 0 ? null : sliceBound(end, true)];
}

/** The strip family's chars: None (whitespace) or a str. */
function stripChars(name: string, v: number): string | null {
  if (v === 0 || v === NONE) return null;
  if (!isStrObject(v)) raise('TypeError', `${name} arg must be None or str`);
  return strValue(v);
}

/** The fill character of ljust/rjust/center. */
function fillArg(v: number): string {
  if (v === 0) return ' ';
  if (!isStrObject(v)) raise('TypeError', `The fill character must be a unicode character, not ${typeNameOf(v)}`);
  return strValue(v);
}

/** A width (ljust, center, zfill...): lengths beyond what a str may hold are a MemoryError, as in CPython. */
function widthArg(v: number): number {
  const n = ssizeArg(v);
  if (n > 0x3fffffff) raise('MemoryError', '');
  return n;
}

/** The prefix argument of startswith/endswith: a str or a tuple of str. */
function affixArg(name: string, v: number): string | string[] {
  const k = kindOf(v);
  if (k === Kind.Str) return strValue(v);
  if (k !== Kind.Tuple) raise('TypeError', `${name} first arg must be str or a tuple of str, not ${typeNameOf(v)}`);
  return tupleItems(v).map((item) => strArg(item, `tuple for ${name} must only contain str`));
}

// ---- the methods -----------------------------------------------------------------------

/** The search methods: sub[, start[, end]]. CPython: any_find_slice, unicode_count. */
function searchMethod(name: string, search: (s: string, sub: string, start: number | null, end: number | null) => number): NativeFn {
  return tupleArgs(`str.${name}`, 1, 3, (self, args, nargs) => {
    const sub = strArg(I[args], 'must be str');
    const [start, end] = bounds(args, nargs, 1);
    return newInt(text(() => search(strValue(self), sub, start, end)));
  });
}

/** startswith / endswith. CPython: unicode_startswith, unicode_endswith. */
function affixMethod(name: string, test: typeof strStartswith): NativeFn {
  return tupleArgs(`str.${name}`, 1, 3, (self, args, nargs) => {
    const affix = affixArg(name, I[args]);
    const [start, end] = bounds(args, nargs, 1);
    return bool(test(strValue(self), affix, start, end));
  });
}

function stripMethod(name: string, strip: (s: string, chars: string | null) => string): NativeFn {
  return someArgs(`str.${name}`, 0, 1, (self, args, nargs) => {
    const s = strValue(self);
    return strResult(self, s, strip(s, stripChars(name, opt(args, nargs, 0))));
  });
}

function padMethod(qualname: string, pad: (s: string, width: number, fill: string) => string): NativeFn {
  return someArgs(qualname, 1, 2, (self, args, nargs) => {
    const width = widthArg(I[args]);
    const fill = fillArg(opt(args, nargs, 1));
    const s = strValue(self);
    return strResult(self, s, text(() => pad(s, width, fill)));
  });
}

/** The argument-free text transformations. */
function mapMethod(qualname: string, map: (s: string) => string): NativeFn {
  return noArgs(qualname, (self) => {
    const s = strValue(self);
    return strResult(self, s, map(s));
  });
}

function predicate(qualname: string, test: (s: string) => boolean): NativeFn {
  return noArgs(qualname, (self) => bool(test(strValue(self))));
}

const SPLIT_PARAMS: Params = { fname: 'split', names: ['sep', 'maxsplit'], posOnly: 0, minPos: 0, maxPos: 2 };
const RSPLIT_PARAMS: Params = { ...SPLIT_PARAMS, fname: 'rsplit' };

/** split / rsplit(sep=None, maxsplit=-1). CPython: unicode_split_impl, unicode_rsplit_impl. */
function splitMethod(p: Params, split: (s: string, sep: string | null, maxsplit: number) => string[]): NativeFn {
  return (self, args, nargs, kwnames) => {
    let sep: string | null = null;
    let maxsplit = -1;
    if (kwnames === 0 && nargs <= 1) {
      if (nargs === 1 && I[args] !== NONE) sep = strArg(I[args], 'must be str or None');
    } else {
      const [sepArg, maxArg] = unpackKeywords(p, args, nargs, kwnames);
      if (sepArg !== 0 && sepArg !== NONE) sep = strArg(sepArg, 'must be str or None');
      if (maxArg !== 0) maxsplit = ssizeArg(maxArg);
    }
    const fast = maxsplit < 0 && (sep === null || sep.length === 1) ? splitUnits(self, sep === null ? -1 : sep.charCodeAt(0)) : 0;
    return fast !== 0 ? fast : strList(text(() => split(strValue(self), sep, maxsplit)));
  };
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
}

/**
 * The common splits straight from the code units in the image, with no JS strings: at the
 * one-unit separator `sep`, or (sep -1) at runs of whitespace. Returns 0 for a whitespace
 * split of a non-ASCII string (left to the general path).
 * CPython: Objects/stringlib/split.h (split_char, split_whitespace).
 */
function splitUnits(self: number, sep: number): number {
  const units = U16;
  const n = I[self + STR_LENGTH];
  const src = (self + STR_DATA) * 2;
  // Pass 1 counts the parts, pass 2 makes them into a list of that size.
  let list = 0;
  let count = 0;
  const part = (from: number, to: number): void => {
    if (list !== 0) {
      const o = to - from === n && I[self + OB_TYPE] === T.str ? self : allocStr(T.str, to - from);
      if (o !== self) copyUnits(units, src + from, to - from, (o + STR_DATA) * 2);
      I[listBase(list) + count] = o;
    }
    count++;
  };
  for (let pass = 0; pass < 2; pass++) {
    if (pass === 1) {
      list = newList(count);
      I[list + LIST_LENGTH] = count;
      count = 0;
    }
    if (sep >= 0) {
      let from = 0;
      for (let i = 0; i < n; i++) {
        if (units[src + i] === sep) {
          part(from, i);
          from = i + 1;
        }
      }
      part(from, n);
      continue;
    }
    for (let i = 0; ; ) {
      while (i < n && isAsciiSpace(units[src + i])) i++;
      if (i === n) break;
      if (units[src + i] >= 128) return 0;
      const start = i;
      while (i < n && !isAsciiSpace(units[src + i])) {
        if (units[src + i] >= 128) return 0;
        i++;
      }
      part(start, i);
    }
  }
  return list;
}

/**
 * sep.join(iterable): lengths summed, then the code units copied once.
 * CPython: Objects/unicodeobject.c, _PyUnicode_JoinArray.
 */
function join(self: number, iterable: number): number {
  let items: number;
  let base: number;
  let n: number;
  const t = typeOf(iterable);
  if (t === T.list) {
    items = iterable;
    base = listBase(iterable);
    n = I[iterable + LIST_LENGTH];
  } else if (t === T.tuple) {
    items = iterable;
    base = iterable + TUPLE_ITEMS;
    n = I[iterable + TUPLE_LENGTH];
  } else {
    items = iterateToList(iterableOrRaise(iterable, 'can only join an iterable'));
    base = listBase(items);
    n = I[items + LIST_LENGTH];
  }
  if (n === 0) return newStr('');
  const words = I;
  const sepLen = words[self + STR_LENGTH];
  let total = sepLen * (n - 1);
  for (let i = 0; i < n; i++) {
    const item = words[base + i];
    if ((item & 1) === 1 || ((words[item] >> KIND_SHIFT) & KIND_MASK) !== Kind.Str) {
      raise('TypeError', `sequence item ${i}: expected str instance, ${typeNameOf(item)} found`);
    }
    total += words[item + STR_LENGTH];
  }
  if (n === 1 && words[words[base] + OB_TYPE] === T.str) return words[base];
  if (total > 0x3fffffff) raise('MemoryError', '');
  const out = allocStr(T.str, total);
  const units = U16;
  let at = (out + STR_DATA) * 2;
  const sepAt = (self + STR_DATA) * 2;
  for (let i = 0; i < n; i++) {
    if (i > 0) at = copyUnits(units, sepAt, sepLen, at);
    const item = words[base + i];
    at = copyUnits(units, (item + STR_DATA) * 2, words[item + STR_LENGTH], at);
  }
  return out;
}

/** Copies `n` code units from U16 index `from` to `to`; returns the end. Short runs by hand: cheaper than copyWithin. */
function copyUnits(units: Uint16Array, from: number, n: number, to: number): number {
  if (n > 16) units.copyWithin(to, from, from + n);
  else for (let k = 0; k < n; k++) units[to + k] = units[from + k];
  return to + n;
}

/** An iterator over `v`, or TypeError `message` when v is not iterable. CPython: PySequence_Fast's message. */
function iterableOrRaise(v: number, message: string): number {
  return catching(T.TypeError, () => getIter(v), () => raise('TypeError', message));
}

/** replace(old, new, count=-1). CPython: unicode_replace_impl. */
const replace = someArgs('str.replace', 2, 3, (self, args, nargs) => {
  const old = strArg(I[args], 'replace() argument 1 must be str');
  const replacement = strArg(I[args + 1], 'replace() argument 2 must be str');
  const count = nargs > 2 ? ssizeArg(I[args + 2]) : -1;
  const s = strValue(self);
  return strResult(self, s, strReplace(s, old, replacement, count));
});

/** removeprefix / removesuffix. */
function removeAffix(name: string, suffix: boolean): NativeFn {
  return oneArg(`str.${name}`, (self, arg) => {
    const affix = strArg(arg, `${name}() argument must be str`);
    const s = strValue(self);
    if (affix === '' || !(suffix ? s.endsWith(affix) : s.startsWith(affix))) return strResult(self, s, s);
    return newStr(suffix ? s.slice(0, s.length - affix.length) : s.slice(affix.length));
  });
}

function partitionMethod(name: string, partition: (s: string, sep: string) => string[]): NativeFn {
  return oneArg(`str.${name}`, (self, arg) => {
    const sep = strArg(arg, 'must be str');
    return strTuple(text(() => partition(strValue(self), sep)));
  });
}

const SPLITLINES_PARAMS: Params = { fname: 'splitlines', names: ['keepends'], posOnly: 0, minPos: 0, maxPos: 1 };
const EXPANDTABS_PARAMS: Params = { fname: 'expandtabs', names: ['tabsize'], posOnly: 0, minPos: 0, maxPos: 1 };

/** str.format(*args, **kwargs). CPython: do_string_format. */
function format(self: number, args: number, nargs: number, kwnames: number): number {
  const nkw = kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH];
  const source = argumentSource(args, nargs - nkw, kwnames, args + nargs - nkw);
  return newStr(formatTemplate(strValue(self), source));
}

/**
 * str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None.
 * CPython: unicode_maketrans_impl.
 */
const maketrans = someArgs('str.maketrans', 1, 3, (_self, args, nargs) => {
  const x = I[args];
  const table = newDict();
  if (nargs === 1) {
    if (kindOf(x) !== Kind.Dict) raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (let e = dictNext(x, 0); e >= 0; e = dictNext(x, e + 1)) {
      const key = dictEntryKey(x, e);
      let cp: number;
      if (kindOf(key) === Kind.Str) {
        const k = strValue(key);
        if (k.length !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
        cp = k.charCodeAt(0);
      } else if (kindOf(key) === Kind.Int || kindOf(key) === Kind.Bool) {
        dictSetItem(table, key, dictEntryValue(x, e));
        continue;
      } else {
        return raise('TypeError', 'keys in translate table must be strings or integers');
      }
      dictSetItem(table, smallInt(cp), dictEntryValue(x, e));
    }
    return table;
  }
  const from = strArg(x, 'maketrans() argument 1 must be str');
  const to = strArg(I[args + 1], 'maketrans() argument 2 must be str');
  if (from.length !== to.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
  for (let i = 0; i < from.length; i++) dictSetItem(table, smallInt(from.charCodeAt(i)), smallInt(to.charCodeAt(i)));
  if (nargs === 3) {
    const drop = strArg(I[args + 2], 'maketrans() argument 3 must be str');
    for (let i = 0; i < drop.length; i++) dictSetItem(table, smallInt(drop.charCodeAt(i)), NONE);
  }
  return table;
});

/**
 * str.translate(table): each character's code point looked up with table[cp]; a LookupError
 * keeps the character, None deletes it. CPython: unicode_translate, charmaptranslate_lookup.
 */
const translate = oneArg('str.translate', (self, table) => {
  const s = strValue(self);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const mapped = catching(T.LookupError, () => subscript(table, smallInt(s.charCodeAt(i))), () => 0);
    if (mapped === 0) out += s[i];
    else if (mapped !== NONE) out += translation(mapped);
  }
  return strResult(self, s, out);
});

/** What a translate table maps a character to: a str, or a code point. CPython: charmaptranslate_lookup. */
function translation(mapped: number): string {
  const k = kindOf(mapped);
  if (k === Kind.Str) return strValue(mapped);
  if (k !== Kind.Int && k !== Kind.Bool) raise('TypeError', 'character mapping must return integer, None or str');
  const cp = indexValue(mapped);
  if (typeof cp === 'bigint' || cp < 0 || cp > 0x10ffff) raise('ValueError', 'character mapping must be in range(0x110000)');
  return String.fromCodePoint(cp);
}

defineMethods('str', {
  split: splitMethod(SPLIT_PARAMS, strSplit),
  rsplit: splitMethod(RSPLIT_PARAMS, strRsplit),
  join: oneArg('str.join', join),
  strip: stripMethod('strip', strStrip),
  lstrip: stripMethod('lstrip', strLstrip),
  rstrip: stripMethod('rstrip', strRstrip),
  replace,
  find: searchMethod('find', strFind),
  rfind: searchMethod('rfind', strRfind),
  index: searchMethod('index', strIndex),
  rindex: searchMethod('rindex', strRindex),
  count: searchMethod('count', strCount),
  startswith: affixMethod('startswith', strStartswith),
  endswith: affixMethod('endswith', strEndswith),
  removeprefix: removeAffix('removeprefix', false),
  removesuffix: removeAffix('removesuffix', true),
  upper: mapMethod('str.upper', strUpper),
  lower: mapMethod('str.lower', strLower),
  title: mapMethod('str.title', strTitle),
  capitalize: mapMethod('str.capitalize', strCapitalize),
  swapcase: mapMethod('str.swapcase', strSwapcase),
  casefold: mapMethod('str.casefold', strCasefold),
  format,
  format_map: oneArg('str.format_map', (self, mapping) => newStr(formatTemplate(strValue(self), mappingSource(mapping)))),
  __format__: formatMethod('str'),
  isdigit: predicate('str.isdigit', strIsdigit),
  isdecimal: predicate('str.isdecimal', strIsdecimal),
  isnumeric: predicate('str.isnumeric', strIsnumeric),
  isalpha: predicate('str.isalpha', strIsalpha),
  isalnum: predicate('str.isalnum', strIsalnum),
  isspace: predicate('str.isspace', strIsspace),
  isupper: predicate('str.isupper', strIsupper),
  islower: predicate('str.islower', strIslower),
  istitle: predicate('str.istitle', strIstitle),
  isidentifier: predicate('str.isidentifier', strIsidentifier),
  isprintable: predicate('str.isprintable', strIsprintable),
  isascii: predicate('str.isascii', strIsascii),
  ljust: padMethod('str.ljust', strLjust),
  rjust: padMethod('str.rjust', strRjust),
  center: padMethod('str.center', strCenter),
  zfill: oneArg('str.zfill', (self, width) => {
    const s = strValue(self);
    return strResult(self, s, strZfill(s, widthArg(width)));
  }),
  partition: partitionMethod('partition', strPartition),
  rpartition: partitionMethod('rpartition', strRpartition),
  splitlines: kwArgs(SPLITLINES_PARAMS, (self, [keepends]) => {
    return strList(strSplitlines(strValue(self), keepends !== 0 && intFlag(keepends)));
  }),
  expandtabs: kwArgs(EXPANDTABS_PARAMS, (self, [tabsize]) => {
    const s = strValue(self);
    return strResult(self, s, strExpandtabs(s, tabsize === 0 ? 8 : ssizeArg(tabsize)));
  }),
  translate,
});

defineMethods('str', { maketrans }, 'staticmethod');

const STR_PARAMS: Params = { fname: 'str', names: ['object', 'encoding', 'errors'], posOnly: 0, minPos: 0, maxPos: 3 };

/** str(object='') and str subclasses. CPython: unicode_new_impl. */
defineConstructor('str', (cls, args, nargs, kwnames) => {
  const [obj, encoding, errors] = unpackKeywords(STR_PARAMS, args, nargs, kwnames);
  if (obj === 0) return strOfType(cls, '');
  if (encoding !== 0 || errors !== 0) {
    if (kindOf(obj) === Kind.Str) raise('TypeError', 'decoding str is not supported');
    raise('TypeError', `decoding to str: need a bytes-like object, ${typeNameOf(obj)} found`);
  }
  if (cls === T.str && (obj & 1) === 0 && I[obj + OB_TYPE] === T.str) return obj;
  return strOfType(cls, str(obj));
});
