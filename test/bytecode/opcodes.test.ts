// Invariants of the opcode table (src/bytecode/opcodes.ts), the single source of truth.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CACHE_UNITS_BY_NUMBER, HAVE_ARGUMENT, OPCODES, OPCODE_BY_NAME, cacheUnits } from '../../src/bytecode/opcodes.js';
import { renderOpEnum } from '../../src/bytecode/openum.js';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/dist\/$/, '');

test('names and numbers are unique and fit in a byte', (t) => {
  t.is(new Set(OPCODES.map((r) => r.name)).size, OPCODES.length);
  t.is(new Set(OPCODES.map((r) => r.number)).size, OPCODES.length);
  for (const r of OPCODES) t.true(r.number >= 0 && r.number < 256, r.name);
});

test('cache units per family are CPython 3.12 counts', (t) => {
  // reference/cpython-specializer.md section 2.
  const expected: Record<string, number> = {
    LOAD_GLOBAL: 4, LOAD_ATTR: 9, STORE_ATTR: 4, CALL: 3, BINARY_OP: 1, BINARY_SUBSCR: 1, COMPARE_OP: 1,
    STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, FOR_ITER: 1, SEND: 1, LOAD_SUPER_ATTR: 1,
  };
  for (const r of OPCODES) t.is(cacheUnits(r.cache), expected[r.family] ?? 0, r.name);
  for (const r of OPCODES) t.is(CACHE_UNITS_BY_NUMBER[r.number], cacheUnits(r.cache));
});

test('every member of a family has the size and stack effect of its generic instruction', (t) => {
  for (const r of OPCODES) {
    const generic = OPCODE_BY_NAME.get(r.family);
    t.truthy(generic, `${r.name}'s family ${r.family} has a row`);
    t.is(cacheUnits(r.cache), cacheUnits(generic!.cache), r.name);
    for (const oparg of [0, 1, 2, 3, 7, 255, 256 + 3]) {
      t.is(r.pushes(oparg) - r.pops(oparg), generic!.pushes(oparg) - generic!.pops(oparg), `${r.name} oparg ${oparg}`);
    }
  }
});

test('stack effects match CPython 3.12 for representative opargs', (t) => {
  // Values from dis.stack_effect in CPython 3.12.1.
  const cases: [string, number, number][] = [
    ['LOAD_FAST', 0, 1], ['STORE_FAST', 0, -1], ['BINARY_OP', 0, -1], ['CALL', 2, -3], ['BUILD_LIST', 3, -2],
    ['BUILD_MAP', 2, -3], ['LOAD_GLOBAL', 1, 2], ['LOAD_GLOBAL', 0, 1], ['LOAD_ATTR', 1, 1], ['LOAD_ATTR', 0, 0],
    ['UNPACK_SEQUENCE', 3, 2], ['UNPACK_EX', 0x0102, 3], ['MAKE_FUNCTION', 9, -2], ['FOR_ITER', 0, 1],
    ['RERAISE', 1, -1], ['COPY', 1, 1], ['SWAP', 2, 0], ['CALL_FUNCTION_EX', 1, -3], ['FORMAT_VALUE', 4, -1],
    ['LIST_APPEND', 2, -1], ['MAP_ADD', 2, -2], ['BEFORE_WITH', 0, 1], ['WITH_EXCEPT_START', 0, 1],
    ['LOAD_SUPER_ATTR', 1, -1], ['RETURN_VALUE', 0, -1], ['PUSH_EXC_INFO', 0, 1], ['SEND', 0, 0],
  ];
  for (const [name, oparg, effect] of cases) {
    const r = OPCODE_BY_NAME.get(name)!;
    t.is(r.pushes(oparg) - r.pops(oparg), effect, `${name} ${oparg}`);
  }
});

test('opargs are taken from HAVE_ARGUMENT on, as in CPython', (t) => {
  for (const r of OPCODES) t.is(r.arg !== 'none', r.number >= HAVE_ARGUMENT, r.name);
});

test('op.generated.ts is up to date with the table', (t) => {
  const file = readFileSync(`${root}src/bytecode/op.generated.ts`, 'utf8');
  t.is(file, renderOpEnum(), 'run: npx tsx scripts/gen-opcodes.ts');
});
