/** The compiler's entry point: source text to a code object description. */
import type { CodeDesc } from '../bytecode/code.js';
import { compile } from './codegen.js';
import { parse } from './parser.js';

export function compileSource(source: string, filename: string): CodeDesc {
  return compile(parse(source, filename), filename, source);
}
