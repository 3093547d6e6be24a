// Invariants of the opcode table (src/bytecode/opcodes.ts), the single source of truth.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CACHE_UNITS_BY_NUMBER, DEOPT, HAVE_ARGUMENT, OPCODES, OPCODE_BY_NAME, cacheUnits } from '../../src/bytecode/opcodes.js';
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

test('FOR_ITER and SEND have as many caches: a generator they resume inline yields back past either', (t) => {
  t.is(cacheUnits(OPCODE_BY_NAME.get('SEND')!.cache), cacheUnits(OPCODE_BY_NAME.get('FOR_ITER')!.cache));
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

test('generic opcodes take an oparg from HAVE_ARGUMENT on, specialized ones as their family does', (t) => {
  for (const r of OPCODES) {
    const generic = OPCODE_BY_NAME.get(r.family)!;
    t.is(r.arg !== 'none', generic.number >= HAVE_ARGUMENT, r.name);
  }
});

test('the specialized forms are CPython 3.12.1\'s, with its numbers', (t) => {
  // opcode._specializations and dis._all_opmap of CPython 3.12.1.
  const expected: Record<string, [string, number][]> = {
    BINARY_OP: [['BINARY_OP_ADD_FLOAT', 6], ['BINARY_OP_ADD_INT', 7], ['BINARY_OP_ADD_UNICODE', 8],
      ['BINARY_OP_INPLACE_ADD_UNICODE', 10], ['BINARY_OP_MULTIPLY_FLOAT', 13], ['BINARY_OP_MULTIPLY_INT', 14],
      ['BINARY_OP_SUBTRACT_FLOAT', 16], ['BINARY_OP_SUBTRACT_INT', 18]],
    BINARY_SUBSCR: [['BINARY_SUBSCR_DICT', 19], ['BINARY_SUBSCR_GETITEM', 20], ['BINARY_SUBSCR_LIST_INT', 21],
      ['BINARY_SUBSCR_TUPLE_INT', 22]],
    CALL: [['CALL_PY_EXACT_ARGS', 23], ['CALL_PY_WITH_DEFAULTS', 24], ['CALL_BOUND_METHOD_EXACT_ARGS', 28],
      ['CALL_BUILTIN_CLASS', 29], ['CALL_BUILTIN_FAST_WITH_KEYWORDS', 34],
      ['CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 38], ['CALL_NO_KW_BUILTIN_FAST', 39],
      ['CALL_NO_KW_BUILTIN_O', 40], ['CALL_NO_KW_ISINSTANCE', 41], ['CALL_NO_KW_LEN', 42],
      ['CALL_NO_KW_LIST_APPEND', 43], ['CALL_NO_KW_METHOD_DESCRIPTOR_FAST', 44],
      ['CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS', 45], ['CALL_NO_KW_METHOD_DESCRIPTOR_O', 46],
      ['CALL_NO_KW_STR_1', 47], ['CALL_NO_KW_TUPLE_1', 48], ['CALL_NO_KW_TYPE_1', 56]],
    COMPARE_OP: [['COMPARE_OP_FLOAT', 57], ['COMPARE_OP_INT', 58], ['COMPARE_OP_STR', 59]],
    FOR_ITER: [['FOR_ITER_LIST', 62], ['FOR_ITER_TUPLE', 63], ['FOR_ITER_RANGE', 64], ['FOR_ITER_GEN', 65]],
    LOAD_SUPER_ATTR: [['LOAD_SUPER_ATTR_ATTR', 66], ['LOAD_SUPER_ATTR_METHOD', 67]],
    LOAD_ATTR: [['LOAD_ATTR_CLASS', 70], ['LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN', 72], ['LOAD_ATTR_INSTANCE_VALUE', 73],
      ['LOAD_ATTR_MODULE', 76], ['LOAD_ATTR_PROPERTY', 77], ['LOAD_ATTR_SLOT', 78], ['LOAD_ATTR_WITH_HINT', 79],
      ['LOAD_ATTR_METHOD_LAZY_DICT', 80], ['LOAD_ATTR_METHOD_NO_DICT', 81], ['LOAD_ATTR_METHOD_WITH_VALUES', 82]],
    LOAD_CONST: [['LOAD_CONST__LOAD_FAST', 84]],
    LOAD_FAST: [['LOAD_FAST__LOAD_CONST', 86], ['LOAD_FAST__LOAD_FAST', 88]],
    LOAD_GLOBAL: [['LOAD_GLOBAL_BUILTIN', 111], ['LOAD_GLOBAL_MODULE', 112]],
    STORE_ATTR: [['STORE_ATTR_INSTANCE_VALUE', 113], ['STORE_ATTR_SLOT', 148], ['STORE_ATTR_WITH_HINT', 153]],
    STORE_FAST: [['STORE_FAST__LOAD_FAST', 154], ['STORE_FAST__STORE_FAST', 158]],
    STORE_SUBSCR: [['STORE_SUBSCR_DICT', 159], ['STORE_SUBSCR_LIST_INT', 160]],
    UNPACK_SEQUENCE: [['UNPACK_SEQUENCE_LIST', 161], ['UNPACK_SEQUENCE_TUPLE', 166], ['UNPACK_SEQUENCE_TWO_TUPLE', 167]],
    SEND: [['SEND_GEN', 168]],
  };
  const actual: Record<string, [string, number][]> = {};
  for (const r of OPCODES) if (r.family !== r.name) (actual[r.family] ??= []).push([r.name, r.number]);
  t.deepEqual(actual, expected);
  for (const r of OPCODES) t.is(DEOPT[r.number], OPCODE_BY_NAME.get(r.family)!.number, r.name);
});

test('fused forms are the ones that also perform the next instruction', (t) => {
  const fused = OPCODES.filter((r) => r.fusedWithNext === true).map((r) => r.name).sort();
  t.deepEqual(fused, ['BINARY_OP_INPLACE_ADD_UNICODE', 'CALL_NO_KW_LIST_APPEND', 'LOAD_CONST__LOAD_FAST',
    'LOAD_FAST__LOAD_CONST', 'LOAD_FAST__LOAD_FAST', 'STORE_FAST__LOAD_FAST', 'STORE_FAST__STORE_FAST']);
});

test('op.generated.ts is up to date with the table', (t) => {
  const file = readFileSync(`${root}src/bytecode/op.generated.ts`, 'utf8');
  t.is(file, renderOpEnum(), 'run: npx tsx scripts/gen-opcodes.ts');
});
