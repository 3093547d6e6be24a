// format(int, spec) and format(str, spec), against CPython 3.11 (test/text/fixtures.json).
import test from 'ava';
import { formatInt, formatStr } from '../../src/objects/text/index.js';
import { Outcome, compareAll, fixtures, fromHex, run } from './helpers.js';

test('format(int, spec) on bigints', (t) => {
  const cases = fixtures<[string, string, Outcome]>('formatInt');
  const result = compareAll(
    cases,
    ([v, spec]) => run(() => formatInt(fromHex(v), spec)),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('format(int, spec) on safe-integer numbers', (t) => {
  const cases = fixtures<[string, string, Outcome]>('formatInt').filter(([v]) => {
    const big = fromHex(v);
    return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= -BigInt(Number.MAX_SAFE_INTEGER);
  });
  const result = compareAll(
    cases,
    ([v, spec]) => run(() => formatInt(Number(fromHex(v)), spec)),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('format(str, spec)', (t) => {
  const cases = fixtures<[string, string, Outcome]>('formatStr');
  const result = compareAll(
    cases,
    ([s, spec]) => run(() => formatStr(s, spec)),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});
