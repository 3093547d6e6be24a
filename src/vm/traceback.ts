/**
 * Printing an uncaught exception as CPython does: the chain of causes and contexts,
 * then for each exception its traceback entries (file, line, function, source line)
 * and the `Type: message` line. CPython: Lib/traceback.py, Python/pythonrun.c.
 * (gilvm does not print 3.11's ~~~^^^ position markers yet.)
 */
import { I } from '../image/memory.js';
import {
  CODE_FILENAME, CODE_NAME, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS_CONTEXT, EXC_TRACEBACK, TB_CODE, TB_LINENO,
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

const sources = new Map<string, string[]>();

/** Remembers a file's source so tracebacks can quote its lines. */
export function registerSource(filename: string, source: string): void {
  sources.set(filename, source.split(/\r\n|\r|\n/));
}

export function sourceLine(filename: string, lineno: number): string | undefined {
  return sources.get(filename)?.[lineno - 1];
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
      if (text !== undefined && text.trim() !== '') out += `    ${text.trim()}\n`;
    }
  }
  return out + exceptionOnlyLine(exc) + '\n';
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
