/**
 * The disassembler: code objects in the image printed in CPython 3.12's `dis` layout
 * (line numbers, byte offsets, jump-target marks, opname, oparg, argrepr, and the
 * exception table). CPython: Lib/dis.py.
 */
import { I, U16 } from '../image/memory.js';
import {
  CODE_CONSTS, CODE_EXCTABLE, CODE_FILENAME, CODE_FIRSTLINENO, CODE_LOCALSPLUS_NAMES, CODE_NAME, CODE_NAMES,
  CODE_NUNITS, CODE_POSITIONS, Kind, TUPLE_ITEMS, TUPLE_LENGTH,
} from '../objects/layout.js';
import {
  BINARY_OPS, CACHE_LAYOUTS, CACHE_UNITS_BY_NUMBER, COMPARE_OPS, DEOPT, FORMAT_CONVERSIONS, INTRINSIC_1, INTRINSIC_2,
  MAKE_FUNCTION_FLAGS, OPCODE_BY_NUMBER,
} from './opcodes.js';
import { Op } from './op.generated.js';
import { strValue } from '../objects/str.js';
import { address, reprOf } from '../vm/repr.js';
import { codeBase } from '../objects/function.js';

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/**
 * What to show: `adaptive` prints the live instructions (specialized forms, CPython's
 * dis(adaptive=True)), else their generic forms as co_code holds them; `showCaches`
 * adds a CACHE line per inline cache unit, naming each field (with its value when adaptive).
 */
export interface DisOptions {
  readonly adaptive: boolean;
  readonly showCaches: boolean;
}

const PLAIN: DisOptions = { adaptive: false, showCaches: false };

interface Instruction {
  offset: number; // in bytes, as dis prints
  unit: number;
  op: number;
  arg: number | null;
  lineStart: number | null;
}

export function codeHeader(code: number): string {
  return `<code object ${strValue(I[code + CODE_NAME])} at ${address(code)}, file "${strValue(I[code + CODE_FILENAME])}", line ${I[code + CODE_FIRSTLINENO]}>`;
}

/** `code` and every code object among its constants, depth first, as `dis.dis(module)` prints them. */
export function disassembleAll(code: number, options: DisOptions = PLAIN): string {
  let out = disassemble(code, options);
  for (const inner of nestedCode(code)) out += `\nDisassembly of ${codeHeader(inner)}:\n` + disassemble(inner, options);
  return out;
}

/** The code objects in `code`'s constants, and theirs, depth first. */
export function nestedCode(code: number): number[] {
  const consts = I[code + CODE_CONSTS];
  const out: number[] = [];
  for (let i = 0; i < I[consts + TUPLE_LENGTH]; i++) {
    const c = I[consts + TUPLE_ITEMS + i];
    if ((c & 1) === 0 && ((I[c] >> 3) & 127) === Kind.Code) out.push(c, ...nestedCode(c));
  }
  return out;
}

function decode(code: number, adaptive: boolean): Instruction[] {
  const base = codeBase(code);
  const n = I[code + CODE_NUNITS];
  const positions = I[code + CODE_POSITIONS] + 2;
  const out: Instruction[] = [];
  let lastLine = -1;
  let ext = 0;
  for (let u = 0; u < n;) {
    const word = U16[base + u];
    const op = adaptive ? word & 255 : DEOPT[word & 255];
    const oparg = (ext << 8) | (word >>> 8);
    const line = I[positions + 4 * u];
    let lineStart: number | null = null;
    if (line !== lastLine && line >= 0) {
      lineStart = line;
      lastLine = line;
    }
    out.push({ offset: u * 2, unit: u, op, arg: OPCODE_BY_NUMBER[op]?.arg !== 'none' ? oparg : null, lineStart });
    ext = op === Op.EXTENDED_ARG ? oparg : 0;
    u += 1 + CACHE_UNITS_BY_NUMBER[op];
  }
  return out;
}

/** Byte offset a jump at `ins` goes to (dis's "to N"). */
function jumpTarget(ins: Instruction): number {
  const row = OPCODE_BY_NUMBER[ins.op]!;
  const after = ins.unit + 1 + CACHE_UNITS_BY_NUMBER[ins.op];
  return 2 * (row.jump === 'backward' ? after - ins.arg! : after + ins.arg!);
}

function argRepr(code: number, ins: Instruction): string {
  const row = OPCODE_BY_NUMBER[ins.op];
  const arg = ins.arg;
  if (row === undefined || arg === null) return '';
  const name = (table: number, i: number) => strValue(I[I[code + table] + TUPLE_ITEMS + i]);
  switch (row.arg) {
    case 'const': return reprOf(I[I[code + CODE_CONSTS] + TUPLE_ITEMS + arg]);
    case 'name': return name(CODE_NAMES, arg);
    case 'local': case 'free': return name(CODE_LOCALSPLUS_NAMES, arg);
    case 'jump': return `to ${jumpTarget(ins)}`;
    case 'compare': return COMPARE_OPS[arg >> 4] ?? '';
    case 'binary': return BINARY_OPS[arg]?.[1] ?? '';
    case 'global': return ((arg & 1) === 1 ? 'NULL + ' : '') + name(CODE_NAMES, arg >> 1);
    case 'attr': return ((arg & 1) === 1 ? 'NULL|self + ' : '') + name(CODE_NAMES, arg >> 1);
    case 'superAttr': return ((arg & 1) === 1 ? 'NULL|self + ' : '') + name(CODE_NAMES, arg >> 2);
    case 'intrinsic1': return INTRINSIC_1[arg] ?? '';
    case 'intrinsic2': return INTRINSIC_2[arg] ?? '';
    case 'format': {
      const conv = FORMAT_CONVERSIONS[arg & 3];
      return [conv, (arg & 4) !== 0 ? 'with format' : ''].filter((s) => s !== '').join(', ');
    }
    default:
      if (ins.op === Op.MAKE_FUNCTION) {
        return Object.entries(MAKE_FUNCTION_FLAGS).filter(([, bit]) => (arg & bit) !== 0).map(([n]) => n).join(', ');
      }
      return '';
  }
}

/** One code object, without the "Disassembly of" heading. */
export function disassemble(code: number, options: DisOptions = PLAIN): string {
  const instructions = decode(code, options.adaptive);
  const targets = new Set<number>();
  for (const ins of instructions) if (OPCODE_BY_NUMBER[ins.op]?.jump !== 'none' && ins.arg !== null) targets.add(jumpTarget(ins));
  const table = exceptionTable(code);
  for (const e of table) targets.add(e.target);
  const maxLine = Math.max(0, ...instructions.map((i) => i.lineStart ?? 0));
  const lineWidth = Math.max(3, String(maxLine).length);
  const offsetWidth = Math.max(4, String(2 * (I[code + CODE_NUNITS] - 1)).length);
  const lines: string[] = [];
  instructions.forEach((ins, k) => {
    if (ins.lineStart !== null && k > 0) lines.push('');
    const fields = [
      ins.lineStart !== null ? String(ins.lineStart).padStart(lineWidth) : ' '.repeat(lineWidth),
      '   ',
      targets.has(ins.offset) ? '>>' : '  ',
      String(ins.offset).padStart(offsetWidth),
      (OPCODE_BY_NUMBER[ins.op]?.name ?? `<${ins.op}>`).padEnd(OPNAME_WIDTH),
    ];
    if (ins.arg !== null) fields.push(String(ins.arg).padStart(OPARG_WIDTH));
    const repr = argRepr(code, ins);
    if (repr !== '') fields.push(`(${repr})`);
    lines.push(fields.join(' ').trimEnd());
    if (options.showCaches) lines.push(...cacheLines(code, ins, options.adaptive, lineWidth, offsetWidth));
  });
  if (table.length > 0) {
    lines.push('ExceptionTable:');
    for (const e of table) lines.push(`  ${e.start} to ${e.end} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** One CACHE line per cache unit; a field's first unit shows its name and (little-endian) value. */
function cacheLines(code: number, ins: Instruction, adaptive: boolean, lineWidth: number, offsetWidth: number): string[] {
  const row = OPCODE_BY_NUMBER[ins.op];
  if (row === undefined) return [];
  const base = codeBase(code);
  const lines: string[] = [];
  let unit = ins.unit + 1;
  for (const [field, width] of Object.entries(CACHE_LAYOUTS[row.cache]) as [string, number][]) {
    let value = 0;
    for (let i = width - 1; i >= 0; i--) value = value * 0x10000 + (adaptive ? U16[base + unit + i] : 0);
    for (let i = 0; i < width; i++, unit++) {
      const prefix = [' '.repeat(lineWidth), '   ', '  ', String(unit * 2).padStart(offsetWidth), 'CACHE'.padEnd(OPNAME_WIDTH), '0'.padStart(OPARG_WIDTH)];
      lines.push(prefix.join(' ') + (i === 0 ? ` (${field}: ${value})` : ''));
    }
  }
  return lines;
}

function exceptionTable(code: number): { start: number; end: number; target: number; depth: number; lasti: boolean }[] {
  const t = I[code + CODE_EXCTABLE];
  const out = [];
  for (let i = 0; i < I[t + 1]; i++) {
    const row = t + 2 + 5 * i;
    out.push({ start: 2 * I[row], end: 2 * (I[row + 1] - 1), target: 2 * I[row + 2], depth: I[row + 3], lasti: I[row + 4] !== 0 });
  }
  return out;
}
