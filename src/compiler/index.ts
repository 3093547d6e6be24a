/** The compiler's entry point: source text to a code object description. */
import type { CodeDesc } from '../bytecode/code.js';
import { compile } from './codegen.js';
import { parse } from './parser.js';

/**
 * Source nested too deeply for the code generator's recursion (the parser accepts up to
 * 1000 levels). CPython raises RecursionError "maximum recursion depth exceeded during
 * compilation" here.
 */
export class CompilerRecursionError extends Error {
  constructor() {
    super('maximum recursion depth exceeded during compilation');
  }
}

export function compileSource(source: string, filename: string): CodeDesc {
  const tree = parse(source, filename);
  try {
    return compile(tree, filename, source);
  } catch (e) {
    if (e instanceof RangeError && /call stack/.test(e.message)) throw new CompilerRecursionError();
    throw e;
  }
}
