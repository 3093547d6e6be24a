// printf-style `%` formatting, against CPython 3.11 (test/text/fixtures.json).
import test from 'ava';
import { percentFormat } from '../../src/objects/text/index.js';
import { Outcome, Val, compareAll, fixtures, percentOps, run } from './helpers.js';

test('str % args', (t) => {
  const cases = fixtures<[string, Val, Outcome]>('percent');
  const result = compareAll(
    cases,
    ([fmt, args]) =>
      run(() =>
        percentFormat(
          fmt,
          {
            value: args,
            tuple: args.t === 'tuple' ? args.v : null,
            isMapping: args.t === 'dict' || args.t === 'list',
          },
          percentOps,
        ),
      ),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});
