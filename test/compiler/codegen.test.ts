// The code generator against CPython 3.12: instruction sequences, line numbers,
// exception tables and stack sizes for the snippets in test/compiler/fixtures/codegen.json
// (made by scripts/gen-codegen-fixtures.py); structural invariants of every code object
// it emits; and the compile-time SyntaxErrors, with CPython 3.11's positions.
import test from 'ava';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELLIPSIS, LOCALS_KIND, type CodeDesc, type Const } from '../../src/bytecode/code.js';
import { CACHE_UNITS_BY_NUMBER, CO, OPCODE_BY_NAME, OPCODE_BY_NUMBER } from '../../src/bytecode/opcodes.js';
import { compileSource } from '../../src/compiler/index.js';
import { PySyntaxError } from '../../src/compiler/parser.js';

interface CodeFixture {
  qualname: string;
  stacksize: number;
  instructions: [opname: string, argument: string, line: number][];
  exceptions: [start: number, end: number, target: number, depth: number, lasti: boolean][];
}

/** A file beside this test, or in the source tree when run from dist/test/compiler/. */
function sourcePath(relative: string): string {
  const beside = new URL(relative, import.meta.url);
  if (existsSync(beside)) return fileURLToPath(beside);
  return fileURLToPath(new URL(`../../../test/compiler/${relative}`, import.meta.url));
}

const fixtures: Record<string, { src: string; code: CodeFixture[] }> = JSON.parse(
  readFileSync(sourcePath('fixtures/codegen.json'), 'utf8'),
);

// ---------------------------------------------------------------------------
// Describing code objects as the fixture generator describes CPython's
// ---------------------------------------------------------------------------

/** A code object and its nested ones, depth first in co_consts order. */
function allCode(code: CodeDesc): CodeDesc[] {
  const nested = code.consts.filter((c): c is CodeDesc => isCode(c)).flatMap(allCode);
  return [code, ...nested];
}

function isCode(c: Const): c is CodeDesc {
  return typeof c === 'object' && c !== null && (c as CodeDesc).kind === 'code';
}

/** Python's repr of a float. */
function floatRepr(v: number): string {
  if (Object.is(v, -0)) return '-0.0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  const [mantissa, e] = v.toExponential().split('e');
  const exp = Number(e);
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = v < 0 ? '-' : '';
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** The generator's const_text. */
function constText(c: Const): string {
  if (c === null) return 'None';
  if (c === ELLIPSIS) return 'Ellipsis';
  if (typeof c === 'boolean') return c ? 'True' : 'False';
  if (typeof c === 'bigint') return `int ${c}`;
  if (typeof c === 'number') return `float ${floatRepr(c)}`;
  if (typeof c === 'string') return `str ${JSON.stringify(c)}`;
  if (isCode(c)) return `<code ${c.qualname}>`;
  return `(${c.tuple.map(constText).join(', ')})`;
}

interface Decoded {
  /** Code unit of the instruction itself (after any EXTENDED_ARG prefixes). */
  index: number;
  /** Code unit where the instruction starts (its first prefix, if any). */
  start: number;
  op: number;
  arg: number;
  /** Code unit after the instruction and its caches. */
  next: number;
}

/** The instructions of a code object, EXTENDED_ARG prefixes included as their own. */
function decode(code: CodeDesc): Decoded[] {
  const out: Decoded[] = [];
  let ext = 0;
  let start = 0;
  for (let i = 0; i < code.code.length; ) {
    const op = code.code[i] & 0xff;
    const arg = (code.code[i] >> 8) | (ext << 8);
    const next = i + 1 + CACHE_UNITS_BY_NUMBER[op];
    out.push({ index: i, start: op === EXTENDED_ARG ? i : start, op, arg, next });
    ext = op === EXTENDED_ARG ? arg : 0;
    i = next;
    if (op !== EXTENDED_ARG) start = i;
  }
  return out;
}

const EXTENDED_ARG = OPCODE_BY_NAME.get('EXTENDED_ARG')!.number;
const FLAG_BITS: Record<string, number> = { LOAD_GLOBAL: 1, LOAD_ATTR: 1, LOAD_SUPER_ATTR: 3 };

/** Where a jump lands in CPython's view (dis's argval): FOR_ITER's is its END_FOR. */
function jumpTarget(d: Decoded): number {
  const row = OPCODE_BY_NUMBER[d.op]!;
  return row.jump === 'backward' ? d.next - d.arg : d.next + d.arg;
}

function argumentText(code: CodeDesc, d: Decoded): string {
  const row = OPCODE_BY_NUMBER[d.op]!;
  if (row.number < 90) return '';
  if (row.arg === 'const') return constText(code.consts[d.arg]);
  if (row.jump !== 'none') return `to ${jumpTarget(d) * 2}`;
  if (row.name in FLAG_BITS) {
    const bits = FLAG_BITS[row.name];
    return `${code.names[d.arg >> (bits === 3 ? 2 : 1)]}|${d.arg & bits}`;
  }
  if (row.arg === 'name') return code.names[d.arg];
  if (row.arg === 'local' || row.arg === 'free') return code.localsplusNames[d.arg];
  return String(d.arg);
}

function describe(code: CodeDesc): CodeFixture {
  return {
    qualname: code.qualname,
    stacksize: code.stacksize,
    instructions: decode(code).map((d) => [
      OPCODE_BY_NUMBER[d.op]!.name,
      argumentText(code, d),
      code.positions[d.index].lineno,
    ]),
    exceptions: code.exceptionTable.map((e) => [e.start * 2, e.end * 2, e.target * 2, e.depth, e.lasti]),
  };
}

for (const [name, fixture] of Object.entries(fixtures)) {
  test(`same bytecode as CPython 3.12: ${name}`, (t) => {
    const ours = allCode(compileSource(fixture.src, 'x.py')).map(describe);
    t.deepEqual(
      ours.map((c) => c.qualname),
      fixture.code.map((c) => c.qualname),
    );
    ours.forEach((code, i) => t.deepEqual(code, fixture.code[i], code.qualname));
  });
}

// ---------------------------------------------------------------------------
// Invariants of every code object
// ---------------------------------------------------------------------------

/**
 * Checks a code object's structure: known opcodes, zeroed caches, jumps and handlers
 * landing on instruction starts, and a stack depth that never goes negative nor above
 * co_stacksize and is the same on every path into an instruction.
 */
function checkCode(code: CodeDesc): string[] {
  const problems: string[] = [];
  const fail = (msg: string) => problems.push(`${code.qualname}: ${msg}`);
  if (code.positions.length !== code.code.length) fail('one position per code unit');
  const instrs = decode(code);
  const starts = new Set(instrs.map((d) => d.start));
  for (const d of instrs) {
    const row = OPCODE_BY_NUMBER[d.op];
    if (!row || d.op === 0) fail(`unknown opcode ${d.op} at ${d.index}`);
    for (let i = d.index + 1; i < d.next; i++) if (code.code[i] !== 0) fail(`cache unit ${i} not zero`);
    if (row && row.jump !== 'none') {
      for (const target of jumpTargets(d)) if (!starts.has(target)) fail(`jump at ${d.index} to ${target}`);
    }
  }
  let previousEnd = 0;
  for (const e of code.exceptionTable) {
    if (!starts.has(e.start) || !(starts.has(e.end) || e.end === code.code.length)) fail(`handler range ${e.start}-${e.end}`);
    if (!starts.has(e.target)) fail(`handler target ${e.target}`);
    if (e.start < previousEnd || e.end <= e.start) fail(`handler ranges out of order at ${e.start}`);
    if (e.depth < 0) fail(`handler depth ${e.depth}`);
    previousEnd = e.end;
  }
  checkStackDepth(code, instrs, fail);
  return problems;
}

/** Where an instruction may continue at run time when it jumps (FOR_ITER skips END_FOR). */
function jumpTargets(d: Decoded): number[] {
  const target = jumpTarget(d);
  return OPCODE_BY_NUMBER[d.op]!.name === 'FOR_ITER' ? [target, target + 1] : [target];
}

/**
 * Walks the bytecode as the interpreter runs it, with the opcode table's stack effects:
 * FOR_ITER's exit skips END_FOR, and a handler is entered with the table's depth plus
 * what it pushes.
 */
function checkStackDepth(code: CodeDesc, instrs: Decoded[], fail: (msg: string) => void): void {
  const indexOf = new Map(instrs.map((d, i) => [d.index, i]));
  const depths: (number | undefined)[] = [];
  const work: number[] = [];
  const reach = (unit: number, depth: number) => {
    const i = indexOf.get(unit);
    if (i === undefined) return fail(`no instruction at ${unit}`);
    if (depth > code.stacksize) fail(`stack depth ${depth} above ${code.stacksize} at ${unit}`);
    if (depths[i] === undefined) {
      depths[i] = depth;
      work.push(i);
    } else if (depths[i] !== depth) {
      fail(`depths ${depth} and ${depths[i]} at ${unit}`);
    }
  };
  reach(0, code.flags & CO.GENERATOR ? 1 : 0);
  while (work.length > 0) {
    const i = work.pop()!;
    const d = instrs[i];
    const row = OPCODE_BY_NUMBER[d.op]!;
    const depth = depths[i]!;
    for (const e of code.exceptionTable) {
      if (d.index < e.start || d.index >= e.end) continue;
      if (e.depth > depth) fail(`handler depth ${e.depth} above ${depth} at ${d.index}`);
      reach(e.target, e.depth + (e.lasti ? 2 : 1));
    }
    if (depth < row.pops(d.arg)) fail(`negative stack depth at ${row.name} ${d.index}`);
    if (row.jump !== 'none') {
      const targets = jumpTargets(d);
      reach(targets[targets.length - 1], depth + (row.jumpEffect ? row.jumpEffect(d.arg) : 0));
    }
    if (!row.terminates && i + 1 < instrs.length) reach(instrs[i + 1].index, depth - row.pops(d.arg) + row.pushes(d.arg));
  }
}

function programSources(): string[] {
  const root = sourcePath('../programs');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.py')) files.push(full);
    }
  };
  if (existsSync(root)) walk(root);
  return files.sort();
}

test('every code object is well formed (fixtures and test programs)', (t) => {
  const sources = [
    ...Object.values(fixtures).map((f) => f.src),
    ...programSources().map((file) => readFileSync(file, 'utf8')),
  ];
  let checked = 0;
  for (const src of sources) {
    let module: CodeDesc;
    try {
      module = compileSource(src, 'x.py');
    } catch (e) {
      if (e instanceof PySyntaxError) continue; // the test programs about syntax errors
      throw e;
    }
    for (const code of allCode(module)) {
      t.deepEqual(checkCode(code), []);
      checked++;
    }
  }
  t.true(checked > 100);
});

// ---------------------------------------------------------------------------
// Code object metadata
// ---------------------------------------------------------------------------

function codeNamed(module: CodeDesc, qualname: string): CodeDesc {
  const found = allCode(module).find((c) => c.qualname === qualname);
  if (!found) throw new Error(`no code object ${qualname}`);
  return found;
}

test('qualnames, flags, argument counts and localsplus layout', (t) => {
  const module = compileSource(
    [
      'def f(a, b=1, /, c=2, *args, d, **kw):',
      '    x = a',
      '    def g():',
      '        return a, x',
      '    return g',
      'class C:',
      '    def m(self):',
      '        return super().m()',
      '    def gen(self):',
      '        yield [i for i in self]',
      '',
    ].join('\n'),
    'x.py',
  );
  const f = codeNamed(module, 'f');
  t.is(f.argcount, 3);
  t.is(f.posonlyargcount, 2);
  t.is(f.kwonlyargcount, 1);
  t.is(f.flags, CO.OPTIMIZED | CO.NEWLOCALS | CO.VARARGS | CO.VARKEYWORDS);
  t.deepEqual(f.localsplusNames, ['a', 'b', 'c', 'd', 'args', 'kw', 'g', 'x']);
  t.is(f.localsplusKinds[0], LOCALS_KIND.local | LOCALS_KIND.cell);
  t.is(f.localsplusKinds[7], LOCALS_KIND.cell);
  const g = codeNamed(module, 'f.<locals>.g');
  t.is(g.flags, CO.OPTIMIZED | CO.NEWLOCALS | CO.NESTED);
  t.deepEqual(g.localsplusNames, ['a', 'x']);
  t.deepEqual(g.localsplusKinds, [LOCALS_KIND.free, LOCALS_KIND.free]);
  const c = codeNamed(module, 'C');
  t.deepEqual(c.localsplusNames, ['__class__']);
  t.deepEqual(codeNamed(module, 'C.m').localsplusNames, ['self', '__class__']);
  const gen = codeNamed(module, 'C.gen');
  t.truthy(gen.flags & CO.GENERATOR);
  const listcomp = codeNamed(module, 'C.gen.<locals>.<listcomp>');
  t.is(listcomp.argcount, 1);
  t.deepEqual(listcomp.localsplusNames, ['.0', 'i']);
  t.is(listcomp.firstlineno, 10);
});

test('comprehensions are nested functions called with the outermost iterator', (t) => {
  const module = compileSource('xs = [1]\nys = [x * 2 for x in xs if x]\n', 'x.py');
  const names = decode(module).map((d) => OPCODE_BY_NUMBER[d.op]!.name);
  t.deepEqual(names.slice(4, 11), ['LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_NAME', 'GET_ITER', 'CALL', 'STORE_NAME', 'RETURN_CONST']);
  const listcomp = codeNamed(module, '<listcomp>');
  t.deepEqual(
    decode(listcomp).map((d) => OPCODE_BY_NUMBER[d.op]!.name),
    ['RESUME', 'BUILD_LIST', 'LOAD_FAST', 'FOR_ITER', 'STORE_FAST', 'LOAD_FAST', 'POP_JUMP_IF_TRUE', 'JUMP_BACKWARD',
      'LOAD_FAST', 'LOAD_CONST', 'BINARY_OP', 'LIST_APPEND', 'JUMP_BACKWARD', 'END_FOR', 'RETURN_VALUE'],
  );
});

// ---------------------------------------------------------------------------
// Compile-time errors (messages and positions from CPython 3.11.7)
// ---------------------------------------------------------------------------

const ERRORS: [src: string, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number][] = [
  ['def f():\n    x = 1\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration", 4, 5, 4, 13],
  ['x = 1\nglobal x\n', "name 'x' is assigned to before global declaration", 2, 1, 2, 9],
  ['def f():\n    def g():\n        nonlocal x\n    return g\n', "no binding for nonlocal 'x' found", 3, 9, 3, 19],
  ['nonlocal x\n', 'nonlocal declaration not allowed at module level', 1, 1, 1, 11],
  ['class C:\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2, 5, 2, 15],
  ['x = 1\nreturn x\n', "'return' outside function", 2, 1, 2, 9],
  ['class C:\n    return 1\n', "'return' outside function", 2, 5, 2, 13],
  ['x = 1\nyield x\n', "'yield' outside function", 2, 1, 2, 8],
  ['class C:\n    x = yield 1\n', "'yield' outside function", 2, 9, 2, 16],
  ['x = 1\nbreak\n', "'break' outside loop", 2, 1, 2, 6],
  ['for x in y:\n    def f():\n        break\n', "'break' outside loop", 3, 9, 3, 14],
  ['while 1:\n    class C:\n        break\n', "'break' outside loop", 3, 9, 3, 14],
  ['x = 1\nif x:\n    continue\n', "'continue' not properly in loop", 3, 5, 3, 13],
  ['def f(a, b):\n    global b\n', "name 'b' is parameter and global", 2, 5, 2, 13],
  ['def f(a, b,\n      a):\n    pass\n', "duplicate argument 'a' in function definition", 2, 7, 2, 8],
  ['x = 1\nf = lambda a, a: 1\n', "duplicate argument 'a' in function definition", 2, 15, 2, 16],
  ['def g():\n    def f(a):\n        nonlocal a\n', "name 'a' is parameter and nonlocal", 3, 9, 3, 19],
  ['def g():\n    x=1\n    def f():\n        global x\n        nonlocal x\n', "name 'x' is nonlocal and global", 4, 9, 4, 17],
  ['def f():\n    from m import *\n', 'import * only allowed at module level', 2, 19, 2, 20],
  ['def f():\n    return [(yield x) for x in y]\n', "'yield' inside list comprehension", 2, 14, 2, 21],
  ['class C:\n    y = [(z := x) for x in range(3)]\n', 'assignment expression within a comprehension cannot be used in a class body', 2, 11, 2, 12],
  ['def f():\n    return [x := 1 for x in range(3)]\n', "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 13, 2, 14],
  ["try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", "default 'except:' must be last", 3, 1, 4, 9],
  // The symbol table runs over the whole module before code generation.
  ['break\ndef f():\n    def g():\n        nonlocal q\n', "no binding for nonlocal 'q' found", 4, 9, 4, 19],
  ['*a = 1\n', 'starred assignment target must be in a list or tuple', 1, 1, 1, 3],
  ['a, *b, *c = d\n', 'multiple starred expressions in assignment', 1, 1, 1, 10],
  ['x = *a\n', "can't use starred expression here", 1, 5, 1, 7],
  ['f(a=1, a=2)\n', 'keyword argument repeated: a', 1, 8, 1, 11],
  ['def f(__debug__): pass\n', 'cannot assign to __debug__', 1, 1, 1, 23],
  ['def f():\n    global x\n    x: int = 1\n', "annotated name 'x' can't be global", 3, 5, 3, 15],
];

for (const [src, msg, lineno, offset, endLineno, endOffset] of ERRORS) {
  test(`SyntaxError: ${msg} (${JSON.stringify(src)})`, (t) => {
    const error = t.throws(() => compileSource(src, 'x.py'), { instanceOf: PySyntaxError });
    t.like(error, { type: 'SyntaxError', msg, filename: 'x.py', lineno, offset, end_lineno: endLineno, end_offset: endOffset });
    t.is(error!.text, `${src.split('\n')[lineno - 1]}\n`);
  });
}
