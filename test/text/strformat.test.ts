// str.format templates, against CPython 3.11 (test/text/fixtures.json), evaluated by the
// miniature object model of helpers.ts the way the VM should evaluate them.
import test from 'ava';
import { parseFormatString } from '../../src/objects/text/index.js';
import { Outcome, Val, compareAll, evalFormat, fixtures, run } from './helpers.js';

test('str.format', (t) => {
  const cases = fixtures<[string, Val & { t: 'tuple' }, Val & { t: 'dict' }, Outcome]>('strFormat');
  const result = compareAll(
    cases,
    ([fmt, args, kwargs]) => run(() => evalFormat(parseFormatString(fmt), args.v, kwargs.v)),
    ([, , , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('parsed structure', (t) => {
  const items = parseFormatString('a{0.x[1][k]!r:>{1}}b{}');
  t.is(items.length, 4);
  const field = items[1];
  t.is(field.kind, 'field');
  if (field.kind !== 'field') return;
  t.deepEqual(field.first, { kind: 'index', index: 0 });
  t.deepEqual(field.accessors, [
    { kind: 'attr', name: 'x' },
    { kind: 'item', key: 1 },
    { kind: 'item', key: 'k' },
  ]);
  t.is(field.conversion, 'r');
  t.is(field.spec, '>{1}');
  t.is(field.nestedSpec?.length, 2);
  const last = items[3];
  t.is(last.kind, 'field');
  if (last.kind === 'field') t.is(last.first.kind, 'error');
});
