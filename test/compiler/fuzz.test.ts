// Property tests: on any input the compiler (parser and code generator) returns a code
// object or throws a PySyntaxError with a usable location (or, for sources nested beyond
// what the code generator can recurse through, CompilerRecursionError), never anything else.
import test from 'ava';
import fc from 'fast-check';
import { PySyntaxError, formatSyntaxError } from '../../src/compiler/parser.js';
import { CompilerRecursionError, compileSource } from '../../src/compiler/index.js';

const PIECES = [
  'x', 'y', 'foo', '_', 'print', 'self', 'valueOf', 'constructor', '__proto__', 'toString', '0', '1', '42', '0x1f', '1.5', '1e3', '1_0', '"s"', "'t'", '"""doc"""',
  "f'{x}'", 'f"{a!r:>{w}}"', 'r"\\d"', '(', ')', '[', ']', '{', '}', ',', ':', ';', '.', '=', '==', '+', '-', '*',
  '**', '/', '//', '%', '@', '<', '>', '<=', '!=', '->', ':=', '+=', '|', '&', '^', '~', '<<', '>>', '...', '\\',
  '#c', 'if', 'elif', 'else', 'while', 'for', 'in', 'not', 'and', 'or', 'is', 'def', 'class', 'return', 'yield',
  'from', 'import', 'as', 'try', 'except', 'finally', 'raise', 'with', 'lambda', 'pass', 'break', 'continue',
  'global', 'nonlocal', 'del', 'assert', 'True', 'False', 'None', ' ', ' ', '    ', '\t', '\n', '\n', '\n    ',
];

const PROGRAMS = [
  'def f(a, b=1, *args, c, **kw):\n    return a + b\n',
  'class A(B, metaclass=M):\n    x = 1\n    def m(self):\n        return [i for i in self if i]\n',
  'for i in range(10):\n    if i % 2:\n        continue\n    print(f"{i:>3}", end="")\nelse:\n    pass\n',
  'try:\n    x = {"a": 1, **d}\nexcept (KeyError, ValueError) as e:\n    raise RuntimeError("x") from e\nfinally:\n    pass\n',
  'with open(p) as f, lock:\n    data = f.read()[1:-1:2]\n',
  'x = lambda a, /, b, *, c=2: (yield a)\nwhile (n := n - 1) > 0: del a[0], b.c\n',
  'a, *b = c = d if e else g\nassert a, "msg"\nglobal q\nx += 1; y @= 2\n',
  'from ..m import (a as b, c)\nimport x.y as z\nprint(*a, sep="", **k)\n',
  '@dec(1)\ndef g():\n    yield from h()\n    s = """multi\nline""" \'more\' f"{x=}"\n',
];

function expectParseOrSyntaxError(source: string): boolean {
  try {
    compileSource(source, 'fuzz.py');
    return true;
  } catch (e) {
    if (e instanceof CompilerRecursionError) return true;
    if (!(e instanceof PySyntaxError)) throw e;
    if (!Number.isInteger(e.lineno) || e.lineno < 1) throw new Error(`bad lineno ${e.lineno} for ${JSON.stringify(source)}`);
    if (!Number.isInteger(e.offset)) throw new Error(`bad offset ${e.offset} for ${JSON.stringify(source)}`);
    formatSyntaxError(e);
    return true;
  }
}

test('random token soup parses or raises a located SyntaxError', (t) => {
  const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
  fc.assert(fc.property(soup, expectParseOrSyntaxError), { numRuns: 500 });
  t.pass();
});

/** A program with a few characters deleted, inserted or replaced. */
const mutatedProgram = fc
  .tuple(
    fc.constantFrom(...PROGRAMS),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'()[]{}:,=."\'\\\n #*fx1 \t')),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([program, edits]) =>
    edits.reduce((source, [at, edit, char]) => {
      const i = at % (source.length + 1);
      if (edit === 'delete') return source.slice(0, i) + source.slice(i + 1);
      if (edit === 'insert') return source.slice(0, i) + char + source.slice(i);
      return source.slice(0, i) + char + source.slice(i + 1);
    }, program),
  );

test('mutated programs parse or raise a located SyntaxError', (t) => {
  fc.assert(fc.property(mutatedProgram, expectParseOrSyntaxError), { numRuns: 500 });
  t.pass();
});

test('arbitrary strings parse or raise a located SyntaxError', (t) => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), expectParseOrSyntaxError), { numRuns: 200 });
  t.pass();
});

test('deeply nested sources parse or raise a PySyntaxError', (t) => {
  const deep = [
    '-'.repeat(5000) + 'x',
    'not '.repeat(5000) + 'x',
    'x' + '**x'.repeat(5000),
    'lambda: '.repeat(5000) + 'x',
    'x if y else '.repeat(5000) + 'x',
    '('.repeat(300) + 'x' + ')'.repeat(300),
    '(lambda: '.repeat(199) + 'x' + ')'.repeat(199),
    'x' + '.a'.repeat(20000) + '[0]'.repeat(5000) + '(x)'.repeat(5000),
    Array.from({ length: 120 }, (_, i) => ' '.repeat(i) + 'if x:\n').join('') + ' '.repeat(120) + 'pass\n',
  ];
  for (const source of deep) t.true(expectParseOrSyntaxError(source));
});
