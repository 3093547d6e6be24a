// str methods and str repr/ascii, against CPython 3.11 (test/text/fixtures.json).
import test from 'ava';
import * as text from '../../src/objects/text/index.js';
import { Outcome, Val, compareAll, fixtures, fromHex, run } from './helpers.js';

function decode(a: Val): unknown {
  switch (a.t) {
    case 'none':
      return null;
    case 'int':
      return Number(fromHex(a.v));
    case 'tuple':
    case 'list':
      return a.v.map(decode);
    case 'str':
    case 'bool':
      return a.v;
    default:
      throw new Error(`unexpected argument ${JSON.stringify(a)}`);
  }
}

const METHODS: Record<string, (s: string, ...args: any[]) => unknown> = {
  split: text.strSplit,
  rsplit: text.strRsplit,
  splitlines: text.strSplitlines,
  strip: text.strStrip,
  lstrip: text.strLstrip,
  rstrip: text.strRstrip,
  partition: text.strPartition,
  rpartition: text.strRpartition,
  title: text.strTitle,
  capitalize: text.strCapitalize,
  swapcase: text.strSwapcase,
  casefold: text.strCasefold,
  upper: text.strUpper,
  lower: text.strLower,
  center: text.strCenter,
  ljust: text.strLjust,
  rjust: text.strRjust,
  zfill: text.strZfill,
  expandtabs: text.strExpandtabs,
  count: text.strCount,
  find: text.strFind,
  rfind: text.strRfind,
  index: text.strIndex,
  rindex: text.strRindex,
  replace: text.strReplace,
  startswith: text.strStartswith,
  endswith: text.strEndswith,
  isdigit: text.strIsdigit,
  isdecimal: text.strIsdecimal,
  isnumeric: text.strIsnumeric,
  isalpha: text.strIsalpha,
  isalnum: text.strIsalnum,
  isspace: text.strIsspace,
  isupper: text.strIsupper,
  islower: text.strIslower,
  istitle: text.strIstitle,
  isidentifier: text.strIsidentifier,
  isprintable: text.strIsprintable,
  isascii: text.strIsascii,
};

test('str methods', (t) => {
  const cases = fixtures<[string, string, Val[], Outcome]>('methods');
  const result = compareAll(
    cases,
    ([name, s, args]) => run(() => METHODS[name](s, ...args.map(decode))),
    ([, , , expected]) => expected,
  );
  t.deepEqual(result, { count: 0, first: [] });
});

test('repr and ascii of str', (t) => {
  const cases = fixtures<[string, string, string]>('repr');
  const result = compareAll(
    cases,
    ([s]) => ({ ok: [text.strRepr(s), text.strAscii(s)] }),
    ([, repr, ascii]) => ({ ok: [repr, ascii] }),
  );
  t.deepEqual(result, { count: 0, first: [] });
});
