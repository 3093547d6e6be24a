// int(str, base), float(str), int to text and round(int, n), against CPython 3.11
// (test/text/fixtures.json).
import test from 'ava';
import { intToString, parseFloatText, parseIntLiteral, roundInt } from '../../src/objects/text/index.js';
import { Outcome, compareAll, fixtures, fromHex, pyHex, run, toBits } from './helpers.js';

test('int(str, base)', (t) => {
  const cases = fixtures<[string, number, Outcome]>('parseInt');
  const result = compareAll(
    cases,
    ([s, base]) => run(() => pyHex(parseIntLiteral(s, base))),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('float(str)', (t) => {
  const cases = fixtures<[string, Outcome]>('parseFloat');
  const result = compareAll(
    cases,
    ([s]) =>
      run(() => {
        const x = parseFloatText(s);
        // CPython keeps the sign of '-nan'; JS NaN has no observable sign, so compare NaN as NaN.
        return x !== x ? 'nan' : toBits(x);
      }),
    ([, expected]) => {
      if ('ok' in expected && /^.ff8|^.ff0000000000000[1-9a-f]/.test(String(expected.ok))) {
        const bits = String(expected.ok);
        if (/^[7f]ff[89a-f]/.test(bits)) return { ok: 'nan' };
      }
      return expected;
    },
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('str, hex, oct and bin of ints', (t) => {
  const cases = fixtures<[string, Outcome, string, string, string]>('intText');
  const result = compareAll(
    cases,
    ([v]) => {
      const big = fromHex(v);
      return run(() => [run(() => intToString(big)), intToString(big, 16), intToString(big, 8), intToString(big, 2)]);
    },
    ([, str, hex, oct, bin]) => ({ ok: [str, hex, oct, bin] }),
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('round(int, ndigits)', (t) => {
  const cases = fixtures<[string, number | null, Outcome]>('roundInt');
  const result = compareAll(
    cases,
    ([v, nd]) => run(() => pyHex(roundInt(fromHex(v), nd ?? 0))),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});
