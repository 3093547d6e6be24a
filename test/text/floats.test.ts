// Float repr, float format specs and round(), against CPython 3.11 (test/text/fixtures.json).
import test from 'ava';
import {
  floatRepr,
  floatToBigInt,
  formatFloat,
  percentFormat,
  roundFloat,
  roundHalfEven,
} from '../../src/objects/text/index.js';
import { Outcome, Val, compareAll, fixtures, fromBits, percentOps, pyHex, run, toBits } from './helpers.js';

test('repr and str of floats', (t) => {
  const cases = fixtures<[string, string, string]>('floatRepr');
  const result = compareAll(
    cases,
    ([bits]) => ({ ok: floatRepr(fromBits(bits)) }),
    ([, repr]) => ({ ok: repr }),
  );
  t.deepEqual(result, { count: 0, first: [] });
  t.true(cases.length > 1000);
});

test('format(float, spec)', (t) => {
  const cases = fixtures<[string, string, Outcome]>('formatFloat');
  const result = compareAll(
    cases,
    ([bits, spec]) => run(() => formatFloat(fromBits(bits), spec)),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('exact ties round half to even, in format() and %', (t) => {
  const cases = fixtures<[string, string, Outcome]>('formatTies');
  const result = compareAll(
    cases,
    ([bits, spec]) =>
      run(() => {
        if (!spec.startsWith('%')) return formatFloat(fromBits(bits), spec);
        const arg: Val = { t: 'float', v: bits };
        return percentFormat(spec, { value: arg, tuple: null, isMapping: false }, percentOps);
      }),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
  t.true(cases.length > 1000);
});

test('round(float) and round(float, ndigits)', (t) => {
  const cases = fixtures<[string, number | null, Outcome]>('roundFloat');
  const result = compareAll(
    cases,
    ([bits, nd]) =>
      run(() => {
        const x = fromBits(bits);
        return nd === null ? pyHex(floatToBigInt(roundHalfEven(x))) : toBits(roundFloat(x, nd));
      }),
    ([, , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('a few well-known values', (t) => {
  t.is(floatRepr(0.1 + 0.2), '0.30000000000000004');
  t.is(floatRepr(1e22), '1e+22');
  t.is(floatRepr(1e-7), '1e-07');
  t.is(floatRepr(-0), '-0.0');
  t.is(formatFloat(2.5, '.0f'), '2');
  t.is(formatFloat(2.675, '.2f'), '2.67');
  t.is(formatFloat(0.25, '.1f'), '0.2');
  t.is(roundFloat(2.675, 2), 2.67);
  t.is(roundFloat(0.125, 2), 0.12);
});
