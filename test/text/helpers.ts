// Shared helpers of the text tests: the fixtures written by scripts/gen-text-fixtures.py (CPython
// 3.11's answers), their value encodings, and a miniature object model standing in for the VM.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FormatItem,
  PercentOps,
  TextError,
  floatRepr,
  formatFloat,
  formatInt,
  formatStr,
  intToDecimal,
  strAscii,
  strRepr,
} from '../../src/objects/text/index.js';

export type Outcome = { ok: unknown } | { err: [string, string] };

function fixturePath(): string {
  const here = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures.json');
  return existsSync(here) ? here : join(process.cwd(), 'test', 'text', 'fixtures.json');
}

let cache: Record<string, unknown[]> | null = null;

/** One section of test/text/fixtures.json. */
export function fixtures<T = unknown[]>(section: string): T[] {
  cache ??= JSON.parse(readFileSync(fixturePath(), 'utf8')) as Record<string, unknown[]>;
  return cache[section] as T[];
}

/** A float from the hex of its 8 big-endian bytes. */
export function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) view.setUint8(i, parseInt(hex.slice(2 * i, 2 * i + 2), 16));
  return view.getFloat64(0);
}

/** The hex of a float's 8 big-endian bytes. */
export function toBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let s = '';
  for (let i = 0; i < 8; i++) s += view.getUint8(i).toString(16).padStart(2, '0');
  return s;
}

/** An int from Python's hex(). */
export function fromHex(s: string): bigint {
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}

/** Python's hex() of an int. */
export function pyHex(v: bigint): string {
  return v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16);
}

/** An error as the VM would raise it: a Python exception type and message. */
export class PyErr extends Error {
  constructor(
    public pyType: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs fn and describes its outcome like the fixtures do. */
export function run(fn: () => unknown): Outcome {
  try {
    return { ok: fn() };
  } catch (e) {
    if (e instanceof TextError || e instanceof PyErr) return { err: [e.pyType, e.message] };
    return { err: ['JSError', String(e)] };
  }
}

/** Compares every case; returns the mismatches (the first `limit`) and their count. */
export function compareAll<C>(
  cases: C[],
  actual: (c: C) => Outcome,
  expected: (c: C) => Outcome,
  limit = 25,
): { count: number; first: unknown[] } {
  const first: unknown[] = [];
  let count = 0;
  for (const c of cases) {
    const a = actual(c);
    const e = expected(c);
    if (JSON.stringify(a) !== JSON.stringify(e)) {
      count++;
      if (first.length < limit) first.push({ case: c, actual: a, expected: e });
    }
  }
  return { count, first };
}

// ---------------------------------------------------------------------------------------------
// The miniature object model: tagged values as written by the generator.

export type Val =
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'list'; v: Val[] }
  | { t: 'tuple'; v: Val[] }
  | { t: 'dict'; v: [Val, Val][] };

const TYPE_NAMES: Record<Val['t'], string> = {
  int: 'int',
  float: 'float',
  str: 'str',
  bool: 'bool',
  none: 'NoneType',
  list: 'list',
  tuple: 'tuple',
  dict: 'dict',
};

export function typeName(a: Val): string {
  return TYPE_NAMES[a.t];
}

function reprOf(a: Val, ascii: boolean): string {
  switch (a.t) {
    case 'str':
      return ascii ? strAscii(a.v) : strRepr(a.v);
    case 'list':
      return '[' + a.v.map((x) => reprOf(x, ascii)).join(', ') + ']';
    case 'tuple':
      return '(' + a.v.map((x) => reprOf(x, ascii)).join(', ') + (a.v.length === 1 ? ',)' : ')');
    case 'dict':
      return '{' + a.v.map(([k, x]) => reprOf(k, ascii) + ': ' + reprOf(x, ascii)).join(', ') + '}';
    default:
      return strOf(a);
  }
}

export function strOf(a: Val): string {
  switch (a.t) {
    case 'int':
      return intToDecimal(fromHex(a.v));
    case 'float':
      return floatRepr(fromBits(a.v));
    case 'str':
      return a.v;
    case 'bool':
      return a.v ? 'True' : 'False';
    case 'none':
      return 'None';
    default:
      return reprOf(a, false);
  }
}

export function reprVal(a: Val): string {
  return reprOf(a, false);
}

export function asciiVal(a: Val): string {
  return reprOf(a, true);
}

function sameKey(a: Val, b: Val): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** obj[key] for the model's list, tuple and dict. */
export function getItem(obj: Val, key: Val): Val {
  if (obj.t === 'dict') {
    const hit = obj.v.find(([k]) => sameKey(k, key));
    if (!hit) throw new PyErr('KeyError', reprVal(key));
    return hit[1];
  }
  if (obj.t === 'list' || obj.t === 'tuple') {
    if (key.t !== 'int') throw new PyErr('TypeError', `${obj.t} indices must be integers or slices, not ${typeName(key)}`);
    let i = Number(fromHex(key.v));
    if (i < 0) i += obj.v.length;
    if (i < 0 || i >= obj.v.length) throw new PyErr('IndexError', `${obj.t} index out of range`);
    return obj.v[i];
  }
  throw new PyErr('TypeError', `'${typeName(obj)}' object is not subscriptable`);
}

export const percentOps: PercentOps<Val> = {
  getItem: (mapping, key) => getItem(mapping, { t: 'str', v: key }),
  str: strOf,
  repr: reprVal,
  ascii: asciiVal,
  asStr: (a) => (a.t === 'str' ? a.v : null),
  toNumber: (a) => {
    if (a.t === 'int') return { kind: 'int', value: fromHex(a.v) };
    if (a.t === 'bool') return { kind: 'int', value: a.v ? 1n : 0n };
    if (a.t === 'float') return { kind: 'float', value: fromBits(a.v) };
    return null;
  },
  typeName,
  isInt: (a) => a.t === 'int' || a.t === 'bool',
};

/** format(value, spec) in the model. */
export function formatVal(a: Val, spec: string): string {
  switch (a.t) {
    case 'int':
      return formatInt(fromHex(a.v), spec);
    case 'bool':
      return spec === '' ? strOf(a) : formatInt(a.v ? 1n : 0n, spec, 'bool');
    case 'float':
      return formatFloat(fromBits(a.v), spec);
    case 'str':
      return formatStr(a.v, spec);
    default:
      if (spec !== '') throw new PyErr('TypeError', `unsupported format string passed to ${typeName(a)}.__format__`);
      return strOf(a);
  }
}

/** str.format in the model: evaluates parsed items the way the VM should. */
export function evalFormat(items: FormatItem[], args: Val[], kwargs: [Val, Val][]): string {
  let out = '';
  for (const item of items) {
    if (item.kind === 'literal') {
      out += item.text;
      continue;
    }
    if (item.kind === 'error') throw item.error;
    const first = item.first;
    let obj: Val;
    if (first.kind === 'error') throw first.error;
    if (first.kind === 'index') {
      if (first.index >= args.length) {
        throw new PyErr('IndexError', `Replacement index ${first.index} out of range for positional args tuple`);
      }
      obj = args[first.index];
    } else {
      const hit = kwargs.find(([k]) => k.t === 'str' && k.v === first.name);
      if (!hit) throw new PyErr('KeyError', strRepr(first.name));
      obj = hit[1];
    }
    for (const acc of item.accessors) {
      if (acc.kind === 'error') throw acc.error;
      if (acc.kind === 'attr') throw new PyErr('AttributeError', `no attribute ${acc.name}`);
      const key: Val = typeof acc.key === 'number' ? { t: 'int', v: pyHex(BigInt(acc.key)) } : { t: 'str', v: acc.key };
      obj = getItem(obj, key);
    }
    if (item.conversionError) throw item.conversionError;
    if (item.conversion === 'r') obj = { t: 'str', v: reprVal(obj) };
    else if (item.conversion === 's') obj = { t: 'str', v: strOf(obj) };
    else if (item.conversion === 'a') obj = { t: 'str', v: asciiVal(obj) };
    const spec = item.nestedSpec ? evalFormat(item.nestedSpec, args, kwargs) : item.spec;
    out += formatVal(obj, spec);
  }
  return out;
}
