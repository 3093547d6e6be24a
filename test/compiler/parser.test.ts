// The parser against CPython 3.11: ASTs, syntax errors and their stderr rendering,
// from test/compiler/fixtures/ast.json (made by scripts/gen-ast-fixtures.py).
import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import * as ast from '../../src/compiler/ast.js';
import { PySyntaxError, formatSyntaxError, parse } from '../../src/compiler/parser.js';

interface ErrorFixture {
  src: string;
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number;
  end_offset: number;
  stderr: string;
}

interface Fixtures {
  valid: { src: string; ast: unknown }[];
  errors: ErrorFixture[];
}

/** The fixture file, beside this test, or in the source tree when run from dist/test/compiler/. */
function fixturePath(): URL {
  const beside = new URL('fixtures/ast.json', import.meta.url);
  return existsSync(beside) ? beside : new URL('../../../test/compiler/fixtures/ast.json', import.meta.url);
}

const fixtures: Fixtures = JSON.parse(readFileSync(fixturePath(), 'utf8'));

const POSITION_FIELDS = new Set(['lineno', 'col_offset', 'end_lineno', 'end_col_offset']);

/** Our AST in the JSON shape the fixture generator gives CPython's (see to_json there). */
function toJson(node: unknown, withPositions = true): unknown {
  if (Array.isArray(node)) return node.map((item) => toJson(item, withPositions));
  if (typeof node !== 'object' || node === null) return node;
  const fields = node as Record<string, unknown>;
  const out: Record<string, unknown> = { _type: fields.kind };
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'kind' || POSITION_FIELDS.has(name)) continue;
    out[name] =
      fields.kind === 'Constant' && name === 'value'
        ? constantJson(value as ast.ConstantValue)
        : toJson(value, withPositions && fields.kind !== 'JoinedStr');
  }
  if (withPositions && 'lineno' in fields) {
    out._pos = [fields.lineno, fields.col_offset, fields.end_lineno, fields.end_col_offset];
  }
  return out;
}

function constantJson(value: ast.ConstantValue): unknown {
  if (value === ast.Ellipsis) return { ellipsis: true };
  if (typeof value === 'bigint') return { int: value.toString() };
  if (typeof value === 'number') return { float: Number.isFinite(value) ? value : value > 0 ? 'inf' : '-inf' };
  return value;
}

/** A test title showing the snippet, invisible characters escaped. */
function show(src: string): string {
  return JSON.stringify(src).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function parseError(src: string): PySyntaxError | null {
  try {
    parse(src, 'x.py');
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
}

for (const { src, ast: expected } of fixtures.valid) {
  test(`parses ${show(src)}`, (t) => {
    t.deepEqual(toJson(parse(src, 'x.py')), expected);
  });
}

function checkError(t: import('ava').ExecutionContext, e: PySyntaxError | null, expected: ErrorFixture) {
  if (!e) return t.fail('no SyntaxError');
  t.deepEqual(
    { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset },
    { type: expected.type, msg: expected.msg, lineno: expected.lineno, offset: expected.offset },
  );
  t.is(formatSyntaxError(e), expected.stderr);
}

for (const expected of fixtures.errors) {
  test(`rejects ${show(expected.src)}`, (t) => {
    checkError(t, parseError(expected.src), expected);
  });
}

test('accepts CRLF line endings', (t) => {
  t.deepEqual(toJson(parse('if x:\r\n    y = 1\r\n', 'x.py')), toJson(parse('if x:\n    y = 1\n', 'x.py')));
});

test('every int literal is a bigint, every float literal a number', (t) => {
  const module = parse('a = 1\nb = 10 ** 30\nc = 1.0\nd = 0xff', 'x.py');
  const values = module.body.map((stmt) => {
    const value = (stmt as ast.Assign).value;
    return value.kind === 'Constant' ? value.value : (value as ast.BinOp).right;
  });
  t.deepEqual(values.map((v) => typeof v), ['bigint', 'object', 'number', 'bigint']);
});

test('a SyntaxError carries the source line as its text', (t) => {
  const e = parseError('x = 1\ny = (1,\n');
  t.is(e?.text, 'y = (1,\n');
  t.is(e?.filename, 'x.py');
});

test('parses a 1000-line file well under 50 ms', (t) => {
  const chunk = [
    'class Point:',
    '    def __init__(self, x, y=0, *args, **kwargs):',
    '        self.x, self.y = x, y',
    '    def norm(self):',
    "        return f'{self.x:>10} {self.y!r}' if self.x else [i ** 2 for i in range(10) if i % 2]",
    '',
    'def main():',
    '    total = 0',
    '    for i in range(100):',
    '        try:',
    '            total += {"a": i, **extra}["a"] // 3',
    '        except (KeyError, ValueError) as e:',
    '            raise RuntimeError("bad") from e',
    '        finally:',
    '            pass',
    '    with open(path) as f, lock:',
    '        data = f.read()[1:-1:2]',
    '    return lambda a, *, b=1: a + b',
    '',
    '',
  ];
  const source = Array.from({ length: 50 }, () => chunk.join('\n')).join('\n');
  t.is(source.split('\n').length, 1000);
  for (let i = 0; i < 10; i++) parse(source, 'x.py');
  // The best of several runs, so that other processes' load does not count.
  let best = Infinity;
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    parse(source, 'x.py');
    best = Math.min(best, performance.now() - start);
  }
  t.true(best < 50, `took ${best.toFixed(1)} ms`);
});
