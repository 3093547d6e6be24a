/**
 * Printing an uncaught exception as CPython does: the chain of causes and contexts,
 * then for each exception its traceback entries (file, line, function, source line)
 * and the `Type: message` line. CPython: Lib/traceback.py, Python/pythonrun.c.
 */
import { I } from '../image/memory.js';
import {
  CODE_FILENAME, CODE_NAME, CODE_POSITIONS, TB_LASTI, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK, TB_CODE, TB_LINENO,
  TB_NEXT, TYPE_QUALNAME,
} from '../objects/layout.js';
import { TRUE } from '../objects/statics.js';
import { strValue } from '../objects/str.js';
import { isHeapType, typeLookup, typeOf } from '../objects/type.js';
import { N } from './names.js';
import { str } from './abstract.js';
import { kindOf } from './abstract.js';
import { Kind } from '../objects/layout.js';
import { isPending, takeException } from './errors.js';
import { parse } from '../compiler/parser.js';
import { readFileSync } from 'node:fs';

const sources = new Map<string, string[]>();

/** Remembers a file's source so tracebacks can quote its lines. */
export function registerSource(filename: string, source: string): void {
  sources.set(filename, source.split(/\r\n|\r|\n/));
}

/** The sources this worker knows, as [filename, text] (gilvm.snapshot saves them for a resumed worker). */
export function knownSources(): [string, string][] {
  return [...sources].map(([name, lines]) => [name, lines.join('\n')]);
}

/**
 * Line `lineno` of `filename`. A worker only registered the sources it compiled, so a
 * thread quoting code another worker loaded reads the file, as CPython's linecache does.
 */
export function sourceLine(filename: string, lineno: number): string | undefined {
  let lines = sources.get(filename);
  if (lines === undefined) {
    try {
      lines = readFileSync(filename, 'utf8').split(/\r\n|\r|\n/);
    } catch {
      lines = [];
    }
    sources.set(filename, lines);
  }
  return lines[lineno - 1];
}

/** The whole report for an uncaught exception, ending with a newline. */
export function formatException(exc: number): string {
  const chain: [number, string][] = [];
  const seen = new Set<number>();
  let e = exc;
  let link = '';
  while (e !== 0 && !seen.has(e)) {
    seen.add(e);
    chain.unshift([e, link]);
    const cause = I[e + EXC_CAUSE];
    const context = I[e + EXC_CONTEXT];
    if (cause !== 0) {
      e = cause;
      link = '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (context !== 0 && I[e + EXC_SUPPRESS_CONTEXT] !== TRUE) {
      e = context;
      link = '\nDuring handling of the above exception, another exception occurred:\n\n';
    } else {
      e = 0;
    }
  }
  let out = '';
  // Each older exception carries the sentence that leads to the next newer one.
  for (const [e, link] of chain) out += formatOne(e) + link;
  return out;
}

function formatOne(exc: number): string {
  let out = '';
  let tb = I[exc + EXC_TRACEBACK];
  if (tb !== 0 && kindOf(tb) === Kind.Traceback) {
    out += 'Traceback (most recent call last):\n';
    for (; tb !== 0; tb = I[tb + TB_NEXT]) {
      const code = I[tb + TB_CODE];
      const file = strValue(I[code + CODE_FILENAME]);
      const line = I[tb + TB_LINENO];
      out += `  File "${file}", line ${line}, in ${strValue(I[code + CODE_NAME])}\n`;
      const text = sourceLine(file, line);
      if (text !== undefined && text.trim() !== '') {
        out += `    ${text.trim()}\n`;
        out += caretLine(text, code, I[tb + TB_LASTI]);
      }
    }
  }
  return out + exceptionOnlyLine(exc) + '\n';
}

/**
 * CPython 3.11's position markers under a traceback's source line: `^` under the failing
 * expression, or `~` for the operands and `^` for the operator of a binary operation
 * (and `~` for the value, `^` for `[...]` of a subscript). Nothing when the expression
 * is the whole line. CPython: Lib/traceback.py, StackSummary.format_frame_summary.
 */
function caretLine(text: string, code: number, lasti: number): string {
  const at = I[code + CODE_POSITIONS] + 2 + 4 * lasti;
  const [lineno, endLineno, col, endCol] = [I[at], I[at + 1], I[at + 2], I[at + 3]];
  if (col < 0 || endCol < 0) return '';
  const stripped = text.trim();
  const indent = text.length - text.trimStart().length;
  let end = endCol;
  let anchors: [number, number] | null = null;
  if (lineno === endLineno) anchors = caretAnchors(text.slice(col, endCol));
  else end = indent + stripped.length;
  const width = end - col;
  // A range that starts past its first line's text (e.g. a loop's back jump spanning lines) gets no markers.
  if (width <= 0 || col < indent) return '';
  if (!(width < stripped.length || (anchors !== null && anchors[1] - anchors[0] > 0))) return '';
  const marks = anchors === null
    ? '^'.repeat(width)
    : '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(width - anchors[1]);
  return `    ${' '.repeat(col - indent)}${marks}\n`;
}

/** [start, end) of the operator of a binary operation or the brackets of a subscript in `segment`. */
function caretAnchors(segment: string): [number, number] | null {
  let tree;
  try {
    tree = parse(segment, '<segment>');
  } catch {
    return null;
  }
  const stmt = tree.body.length === 1 ? tree.body[0] : undefined;
  if (stmt === undefined || stmt.kind !== 'Expr') return null;
  const e = stmt.value;
  if (e.kind === 'BinOp') {
    const between = segment.slice(e.left.end_col_offset, e.right.col_offset);
    let left = e.left.end_col_offset + (between.length - between.trimStart().length);
    let right = left + 1;
    const opIndex = left - e.left.end_col_offset;
    if (opIndex + 1 < between.length && !/\s/.test(between[opIndex + 1])) right++;
    while (left < segment.length && (/\s/.test(segment[left]) || segment[left] === ')' || segment[left] === '#')) {
      left++;
      right++;
    }
    return [left, right];
  }
  if (e.kind === 'Subscript') {
    let left = e.value.end_col_offset;
    let right = e.slice.end_col_offset + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return [left, right];
  }
  return null;
}

/** `Type: message`, or `Type` when the message is empty. CPython: traceback.format_exception_only. */
export function exceptionOnlyLine(exc: number): string {
  const t = typeOf(exc);
  let name = strValue(I[t + TYPE_QUALNAME]);
  if (isHeapType(t)) {
    const mod = typeLookup(t, N.__module__);
    const m = mod !== 0 && kindOf(mod) === Kind.Str ? strValue(mod) : '';
    if (m !== '' && m !== '__main__' && m !== 'builtins') name = `${m}.${name}`;
  }
  let message: string;
  try {
    message = str(exc);
  } catch (e) {
    if (!isPending(e)) throw e;
    takeException();
    message = '<exception str() failed>';
  }
  return message === '' ? name : `${name}: ${message}`;
}
