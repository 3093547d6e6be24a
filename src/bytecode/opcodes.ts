/**
 * The opcode table: the single source of truth for every instruction gilvm knows.
 *
 * CPython: Python/bytecodes.c and Lib/opcode.py (3.12). Names, numbers and inline-cache
 * unit counts are CPython 3.12's, so `dis` output and cache offsets match CPython's.
 *
 * Instruction format (see reference/cpython-specializer.md §1):
 *
 *     15            8 7             0
 *    +---------------+---------------+
 *    |     oparg     |    opcode     |   one 16-bit code unit
 *    +---------------+---------------+
 *    | cache unit 0 (adaptive counter) |  `cache` units follow, family-wide
 *    | ...                             |
 *
 * Up to three EXTENDED_ARG prefixes widen the oparg to 32 bits.
 *
 * Everything else derives from this table: `op.generated.ts` (the `const enum Op`
 * the interpreter switches on, written by scripts/gen-opcodes.ts; a test fails if it
 * is stale), the compiler's stack-depth computation, `dis`, and the invariant tests.
 */

/**
 * Inline cache layouts: field name -> width in 16-bit units, in order. Names and widths
 * are CPython 3.12's (`opcode._cache_format`), which `dis --show-caches` prints.
 * LOAD_ATTR's `keys_version` field also holds the values index, dict hint or slot
 * offset of the attribute forms (unit 3), as in CPython.
 */
export const CACHE_LAYOUTS = {
  none: {},
  counterOnly: { counter: 1 },
  loadGlobal: { counter: 1, index: 1, module_keys_version: 1, builtin_keys_version: 1 },
  loadAttr: { counter: 1, version: 2, keys_version: 2, descr: 4 },
  storeAttr: { counter: 1, version: 2, index: 1 },
  call: { counter: 1, func_version: 2 },
} as const satisfies Record<string, Record<string, number>>;

export type CacheLayoutName = keyof typeof CACHE_LAYOUTS;

/** Opcodes at or above this take an oparg (CPython 3.12's HAVE_ARGUMENT). */
export const HAVE_ARGUMENT = 90;

export type JumpKind = 'none' | 'forward' | 'backward';

/** What the oparg names, so that `dis` can print it (argrepr). */
export type ArgKind =
  | 'none'
  | 'const'
  | 'name'
  | 'local'
  | 'free'
  | 'jump'
  | 'compare'
  | 'binary'
  | 'attr' // LOAD_ATTR: name index << 1 | method flag
  | 'global' // LOAD_GLOBAL: name index << 1 | push-NULL flag
  | 'superAttr' // LOAD_SUPER_ATTR: name index << 2 | flags
  | 'intrinsic1'
  | 'intrinsic2'
  | 'format'
  | 'isOrContains'
  | 'raw';

export interface OpcodeRow {
  readonly name: string;
  readonly number: number;
  /** Values popped, as a function of the oparg. */
  readonly pops: (oparg: number) => number;
  /** Values pushed when the instruction falls through. */
  readonly pushes: (oparg: number) => number;
  /** Net stack effect when the jump is taken, if the instruction jumps conditionally. */
  readonly jumpEffect?: (oparg: number) => number;
  readonly cache: CacheLayoutName;
  readonly jump: JumpKind;
  readonly arg: ArgKind;
  /** The generic instruction whose family this is (its own name for a generic one). */
  readonly family: string;
  /** True for instructions after which control never falls through. */
  readonly terminates?: boolean;
  /**
   * A specialized form that also performs the instruction after it and skips it
   * (CPython's BINARY_OP_INPLACE_ADD_UNICODE, CALL_NO_KW_LIST_APPEND and the
   * superinstructions). Its own row keeps the generic stack effect: the table
   * describes the slot, and the skipped instruction's effect is its own row's.
   */
  readonly fusedWithNext?: boolean;
}

const n = (k: number) => () => k;
const arg = (oparg: number) => oparg;

type RowSpec = Omit<OpcodeRow, 'family' | 'cache' | 'jump' | 'arg'> &
  Partial<Pick<OpcodeRow, 'family' | 'cache' | 'jump' | 'arg'>>;

function row(spec: RowSpec): OpcodeRow {
  return {
    cache: 'none',
    jump: 'none',
    arg: spec.number >= HAVE_ARGUMENT ? 'raw' : 'none',
    family: spec.name,
    ...spec,
  };
}

/** MAKE_FUNCTION oparg flags (CPython 3.12). */
export const MAKE_FUNCTION_FLAGS = { defaults: 0x01, kwdefaults: 0x02, annotations: 0x04, closure: 0x08 } as const;

function popcount4(x: number): number {
  return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
}

/**
 * Generic instructions. Stack effects follow bytecodes.c's `(inputs -- outputs)`.
 * ORDER: by number, as CPython 3.12 numbers them.
 */
const GENERIC_OPCODES: readonly OpcodeRow[] = [
  row({ name: 'CACHE', number: 0, pops: n(0), pushes: n(0) }),
  row({ name: 'POP_TOP', number: 1, pops: n(1), pushes: n(0) }),
  row({ name: 'PUSH_NULL', number: 2, pops: n(0), pushes: n(1) }),
  row({ name: 'INTERPRETER_EXIT', number: 3, pops: n(1), pushes: n(0), terminates: true }),
  row({ name: 'END_FOR', number: 4, pops: n(2), pushes: n(0) }),
  row({ name: 'END_SEND', number: 5, pops: n(2), pushes: n(1) }),
  row({ name: 'NOP', number: 9, pops: n(0), pushes: n(0) }),
  row({ name: 'UNARY_NEGATIVE', number: 11, pops: n(1), pushes: n(1) }),
  row({ name: 'UNARY_NOT', number: 12, pops: n(1), pushes: n(1) }),
  row({ name: 'UNARY_INVERT', number: 15, pops: n(1), pushes: n(1) }),
  row({ name: 'BINARY_SUBSCR', number: 25, pops: n(2), pushes: n(1), cache: 'counterOnly' }),
  row({ name: 'BINARY_SLICE', number: 26, pops: n(3), pushes: n(1) }),
  row({ name: 'STORE_SLICE', number: 27, pops: n(4), pushes: n(0) }),
  row({ name: 'GET_LEN', number: 30, pops: n(1), pushes: n(2) }),
  row({ name: 'PUSH_EXC_INFO', number: 35, pops: n(1), pushes: n(2) }),
  row({ name: 'CHECK_EXC_MATCH', number: 36, pops: n(2), pushes: n(2) }),
  row({ name: 'WITH_EXCEPT_START', number: 49, pops: n(4), pushes: n(5) }),
  row({ name: 'BEFORE_WITH', number: 53, pops: n(1), pushes: n(2) }),
  row({ name: 'CLEANUP_THROW', number: 55, pops: n(3), pushes: n(2) }),
  row({ name: 'STORE_SUBSCR', number: 60, pops: n(3), pushes: n(0), cache: 'counterOnly' }),
  row({ name: 'DELETE_SUBSCR', number: 61, pops: n(2), pushes: n(0) }),
  row({ name: 'GET_ITER', number: 68, pops: n(1), pushes: n(1) }),
  row({ name: 'GET_YIELD_FROM_ITER', number: 69, pops: n(1), pushes: n(1) }),
  row({ name: 'LOAD_BUILD_CLASS', number: 71, pops: n(0), pushes: n(1) }),
  row({ name: 'LOAD_ASSERTION_ERROR', number: 74, pops: n(0), pushes: n(1) }),
  row({ name: 'RETURN_GENERATOR', number: 75, pops: n(0), pushes: n(0) }),
  row({ name: 'RETURN_VALUE', number: 83, pops: n(1), pushes: n(0), terminates: true }),
  row({ name: 'SETUP_ANNOTATIONS', number: 85, pops: n(0), pushes: n(0) }),
  row({ name: 'LOAD_LOCALS', number: 87, pops: n(0), pushes: n(1) }),
  row({ name: 'POP_EXCEPT', number: 89, pops: n(1), pushes: n(0) }),
  row({ name: 'STORE_NAME', number: 90, pops: n(1), pushes: n(0), arg: 'name' }),
  row({ name: 'DELETE_NAME', number: 91, pops: n(0), pushes: n(0), arg: 'name' }),
  row({ name: 'UNPACK_SEQUENCE', number: 92, pops: n(1), pushes: arg, cache: 'counterOnly' }),
  row({
    name: 'FOR_ITER', number: 93, pops: n(1), pushes: n(2), cache: 'counterOnly', jump: 'forward', arg: 'jump',
    // Exhausted: pops the iterator and jumps past the END_FOR.
    jumpEffect: n(-1),
  }),
  row({ name: 'UNPACK_EX', number: 94, pops: n(1), pushes: (o) => (o & 0xff) + (o >> 8) + 1 }),
  row({ name: 'STORE_ATTR', number: 95, pops: n(2), pushes: n(0), cache: 'storeAttr', arg: 'name' }),
  row({ name: 'DELETE_ATTR', number: 96, pops: n(1), pushes: n(0), arg: 'name' }),
  row({ name: 'STORE_GLOBAL', number: 97, pops: n(1), pushes: n(0), arg: 'name' }),
  row({ name: 'DELETE_GLOBAL', number: 98, pops: n(0), pushes: n(0), arg: 'name' }),
  row({ name: 'SWAP', number: 99, pops: arg, pushes: arg }),
  row({ name: 'LOAD_CONST', number: 100, pops: n(0), pushes: n(1), arg: 'const' }),
  row({ name: 'LOAD_NAME', number: 101, pops: n(0), pushes: n(1), arg: 'name' }),
  row({ name: 'BUILD_TUPLE', number: 102, pops: arg, pushes: n(1) }),
  row({ name: 'BUILD_LIST', number: 103, pops: arg, pushes: n(1) }),
  row({ name: 'BUILD_SET', number: 104, pops: arg, pushes: n(1) }),
  row({ name: 'BUILD_MAP', number: 105, pops: (o) => 2 * o, pushes: n(1) }),
  row({ name: 'LOAD_ATTR', number: 106, pops: n(1), pushes: (o) => 1 + (o & 1), cache: 'loadAttr', arg: 'attr' }),
  row({ name: 'COMPARE_OP', number: 107, pops: n(2), pushes: n(1), cache: 'counterOnly', arg: 'compare' }),
  row({ name: 'IMPORT_NAME', number: 108, pops: n(2), pushes: n(1), arg: 'name' }),
  row({ name: 'IMPORT_FROM', number: 109, pops: n(1), pushes: n(2), arg: 'name' }),
  row({ name: 'JUMP_FORWARD', number: 110, pops: n(0), pushes: n(0), jump: 'forward', arg: 'jump', terminates: true }),
  row({ name: 'POP_JUMP_IF_FALSE', number: 114, pops: n(1), pushes: n(0), jump: 'forward', arg: 'jump', jumpEffect: n(-1) }),
  row({ name: 'POP_JUMP_IF_TRUE', number: 115, pops: n(1), pushes: n(0), jump: 'forward', arg: 'jump', jumpEffect: n(-1) }),
  row({ name: 'LOAD_GLOBAL', number: 116, pops: n(0), pushes: (o) => 1 + (o & 1), cache: 'loadGlobal', arg: 'global' }),
  row({ name: 'IS_OP', number: 117, pops: n(2), pushes: n(1), arg: 'isOrContains' }),
  row({ name: 'CONTAINS_OP', number: 118, pops: n(2), pushes: n(1), arg: 'isOrContains' }),
  row({ name: 'RERAISE', number: 119, pops: (o) => 1 + o, pushes: arg, terminates: true }),
  row({ name: 'COPY', number: 120, pops: arg, pushes: (o) => o + 1 }),
  row({ name: 'RETURN_CONST', number: 121, pops: n(0), pushes: n(0), arg: 'const', terminates: true }),
  row({ name: 'BINARY_OP', number: 122, pops: n(2), pushes: n(1), cache: 'counterOnly', arg: 'binary' }),
  row({ name: 'SEND', number: 123, pops: n(2), pushes: n(2), cache: 'counterOnly', jump: 'forward', arg: 'jump', jumpEffect: n(0) }),
  row({ name: 'LOAD_FAST', number: 124, pops: n(0), pushes: n(1), arg: 'local' }),
  row({ name: 'STORE_FAST', number: 125, pops: n(1), pushes: n(0), arg: 'local' }),
  row({ name: 'DELETE_FAST', number: 126, pops: n(0), pushes: n(0), arg: 'local' }),
  row({ name: 'LOAD_FAST_CHECK', number: 127, pops: n(0), pushes: n(1), arg: 'local' }),
  row({ name: 'POP_JUMP_IF_NOT_NONE', number: 128, pops: n(1), pushes: n(0), jump: 'forward', arg: 'jump', jumpEffect: n(-1) }),
  row({ name: 'POP_JUMP_IF_NONE', number: 129, pops: n(1), pushes: n(0), jump: 'forward', arg: 'jump', jumpEffect: n(-1) }),
  row({ name: 'RAISE_VARARGS', number: 130, pops: arg, pushes: n(0), terminates: true }),
  row({ name: 'MAKE_FUNCTION', number: 132, pops: (o) => 1 + popcount4(o), pushes: n(1) }),
  row({ name: 'BUILD_SLICE', number: 133, pops: arg, pushes: n(1) }),
  row({ name: 'JUMP_BACKWARD_NO_INTERRUPT', number: 134, pops: n(0), pushes: n(0), jump: 'backward', arg: 'jump', terminates: true }),
  row({ name: 'MAKE_CELL', number: 135, pops: n(0), pushes: n(0), arg: 'free' }),
  row({ name: 'LOAD_CLOSURE', number: 136, pops: n(0), pushes: n(1), arg: 'free' }),
  row({ name: 'LOAD_DEREF', number: 137, pops: n(0), pushes: n(1), arg: 'free' }),
  row({ name: 'STORE_DEREF', number: 138, pops: n(1), pushes: n(0), arg: 'free' }),
  row({ name: 'DELETE_DEREF', number: 139, pops: n(0), pushes: n(0), arg: 'free' }),
  row({ name: 'JUMP_BACKWARD', number: 140, pops: n(0), pushes: n(0), jump: 'backward', arg: 'jump', terminates: true }),
  row({ name: 'LOAD_SUPER_ATTR', number: 141, pops: n(3), pushes: (o) => 1 + (o & 1), cache: 'counterOnly', arg: 'superAttr' }),
  row({ name: 'CALL_FUNCTION_EX', number: 142, pops: (o) => 3 + (o & 1), pushes: n(1) }),
  row({ name: 'LOAD_FAST_AND_CLEAR', number: 143, pops: n(0), pushes: n(1), arg: 'local' }),
  row({ name: 'EXTENDED_ARG', number: 144, pops: n(0), pushes: n(0) }),
  row({ name: 'LIST_APPEND', number: 145, pops: (o) => o + 1, pushes: arg }),
  row({ name: 'SET_ADD', number: 146, pops: (o) => o + 1, pushes: arg }),
  row({ name: 'MAP_ADD', number: 147, pops: (o) => o + 2, pushes: arg }),
  row({ name: 'COPY_FREE_VARS', number: 149, pops: n(0), pushes: n(0) }),
  row({ name: 'YIELD_VALUE', number: 150, pops: n(1), pushes: n(1) }),
  row({ name: 'RESUME', number: 151, pops: n(0), pushes: n(0) }),
  row({ name: 'FORMAT_VALUE', number: 155, pops: (o) => ((o & 0x04) === 0x04 ? 2 : 1), pushes: n(1), arg: 'format' }),
  row({ name: 'BUILD_CONST_KEY_MAP', number: 156, pops: (o) => o + 1, pushes: n(1) }),
  row({ name: 'BUILD_STRING', number: 157, pops: arg, pushes: n(1) }),
  row({ name: 'LIST_EXTEND', number: 162, pops: (o) => o + 1, pushes: arg }),
  row({ name: 'SET_UPDATE', number: 163, pops: (o) => o + 1, pushes: arg }),
  row({ name: 'DICT_MERGE', number: 164, pops: (o) => o + 1, pushes: arg }),
  row({ name: 'DICT_UPDATE', number: 165, pops: (o) => o + 1, pushes: arg }),
  row({ name: 'CALL', number: 171, pops: (o) => 2 + o, pushes: n(1), cache: 'call' }),
  row({ name: 'KW_NAMES', number: 172, pops: n(0), pushes: n(0), arg: 'const' }),
  row({ name: 'CALL_INTRINSIC_1', number: 173, pops: n(1), pushes: n(1), arg: 'intrinsic1' }),
  row({ name: 'CALL_INTRINSIC_2', number: 174, pops: n(2), pushes: n(1), arg: 'intrinsic2' }),
  row({ name: 'LOAD_FROM_DICT_OR_GLOBALS', number: 175, pops: n(1), pushes: n(1), arg: 'name' }),
  row({ name: 'LOAD_FROM_DICT_OR_DEREF', number: 176, pops: n(1), pushes: n(1), arg: 'free' }),
];

/**
 * CPython 3.12's specialized instructions: [family, name, number, fused with the next].
 * Numbers are 3.12's (`dis._all_opmap`). Each form inherits its family's stack effect,
 * cache layout, jump and oparg kind, so quickening and deopt rewrite only the opcode byte.
 */
const SPECIALIZED: readonly (readonly [string, string, number, boolean?])[] = [
  ['BINARY_OP', 'BINARY_OP_ADD_FLOAT', 6], ['BINARY_OP', 'BINARY_OP_ADD_INT', 7],
  ['BINARY_OP', 'BINARY_OP_ADD_UNICODE', 8], ['BINARY_OP', 'BINARY_OP_INPLACE_ADD_UNICODE', 10, true],
  ['BINARY_OP', 'BINARY_OP_MULTIPLY_FLOAT', 13], ['BINARY_OP', 'BINARY_OP_MULTIPLY_INT', 14],
  ['BINARY_OP', 'BINARY_OP_SUBTRACT_FLOAT', 16], ['BINARY_OP', 'BINARY_OP_SUBTRACT_INT', 18],
  ['BINARY_SUBSCR', 'BINARY_SUBSCR_DICT', 19], ['BINARY_SUBSCR', 'BINARY_SUBSCR_GETITEM', 20],
  ['BINARY_SUBSCR', 'BINARY_SUBSCR_LIST_INT', 21], ['BINARY_SUBSCR', 'BINARY_SUBSCR_TUPLE_INT', 22],
  ['CALL', 'CALL_PY_EXACT_ARGS', 23], ['CALL', 'CALL_PY_WITH_DEFAULTS', 24],
  ['CALL', 'CALL_BOUND_METHOD_EXACT_ARGS', 28], ['CALL', 'CALL_BUILTIN_CLASS', 29],
  ['CALL', 'CALL_BUILTIN_FAST_WITH_KEYWORDS', 34], ['CALL', 'CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 38],
  ['CALL', 'CALL_NO_KW_BUILTIN_FAST', 39], ['CALL', 'CALL_NO_KW_BUILTIN_O', 40],
  ['CALL', 'CALL_NO_KW_ISINSTANCE', 41], ['CALL', 'CALL_NO_KW_LEN', 42],
  ['CALL', 'CALL_NO_KW_LIST_APPEND', 43, true], ['CALL', 'CALL_NO_KW_METHOD_DESCRIPTOR_FAST', 44],
  ['CALL', 'CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS', 45], ['CALL', 'CALL_NO_KW_METHOD_DESCRIPTOR_O', 46],
  ['CALL', 'CALL_NO_KW_STR_1', 47], ['CALL', 'CALL_NO_KW_TUPLE_1', 48], ['CALL', 'CALL_NO_KW_TYPE_1', 56],
  ['COMPARE_OP', 'COMPARE_OP_FLOAT', 57], ['COMPARE_OP', 'COMPARE_OP_INT', 58], ['COMPARE_OP', 'COMPARE_OP_STR', 59],
  ['FOR_ITER', 'FOR_ITER_LIST', 62], ['FOR_ITER', 'FOR_ITER_TUPLE', 63], ['FOR_ITER', 'FOR_ITER_RANGE', 64],
  ['FOR_ITER', 'FOR_ITER_GEN', 65],
  ['LOAD_SUPER_ATTR', 'LOAD_SUPER_ATTR_ATTR', 66], ['LOAD_SUPER_ATTR', 'LOAD_SUPER_ATTR_METHOD', 67],
  ['LOAD_ATTR', 'LOAD_ATTR_CLASS', 70], ['LOAD_ATTR', 'LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN', 72],
  ['LOAD_ATTR', 'LOAD_ATTR_INSTANCE_VALUE', 73], ['LOAD_ATTR', 'LOAD_ATTR_MODULE', 76],
  ['LOAD_ATTR', 'LOAD_ATTR_PROPERTY', 77], ['LOAD_ATTR', 'LOAD_ATTR_SLOT', 78], ['LOAD_ATTR', 'LOAD_ATTR_WITH_HINT', 79],
  ['LOAD_ATTR', 'LOAD_ATTR_METHOD_LAZY_DICT', 80], ['LOAD_ATTR', 'LOAD_ATTR_METHOD_NO_DICT', 81],
  ['LOAD_ATTR', 'LOAD_ATTR_METHOD_WITH_VALUES', 82],
  ['LOAD_CONST', 'LOAD_CONST__LOAD_FAST', 84, true], ['LOAD_FAST', 'LOAD_FAST__LOAD_CONST', 86, true],
  ['LOAD_FAST', 'LOAD_FAST__LOAD_FAST', 88, true],
  ['LOAD_GLOBAL', 'LOAD_GLOBAL_BUILTIN', 111], ['LOAD_GLOBAL', 'LOAD_GLOBAL_MODULE', 112],
  ['STORE_ATTR', 'STORE_ATTR_INSTANCE_VALUE', 113], ['STORE_ATTR', 'STORE_ATTR_SLOT', 148],
  ['STORE_ATTR', 'STORE_ATTR_WITH_HINT', 153],
  ['STORE_FAST', 'STORE_FAST__LOAD_FAST', 154, true], ['STORE_FAST', 'STORE_FAST__STORE_FAST', 158, true],
  ['STORE_SUBSCR', 'STORE_SUBSCR_DICT', 159], ['STORE_SUBSCR', 'STORE_SUBSCR_LIST_INT', 160],
  ['UNPACK_SEQUENCE', 'UNPACK_SEQUENCE_LIST', 161], ['UNPACK_SEQUENCE', 'UNPACK_SEQUENCE_TUPLE', 166],
  ['UNPACK_SEQUENCE', 'UNPACK_SEQUENCE_TWO_TUPLE', 167],
  ['SEND', 'SEND_GEN', 168],
];

/** Every instruction: the generic ones, then the specialized forms of their families. */
export const OPCODES: readonly OpcodeRow[] = [
  ...GENERIC_OPCODES,
  ...SPECIALIZED.map(([family, name, number, fused]) => {
    const generic = GENERIC_OPCODES.find((r) => r.name === family)!;
    return { ...generic, name, number, family, ...(fused === true ? { fusedWithNext: true } : {}) };
  }),
];

/** Number of 16-bit cache units that follow an instruction of this layout. */
export function cacheUnits(layout: CacheLayoutName): number {
  let units = 0;
  for (const width of Object.values(CACHE_LAYOUTS[layout]) as number[]) units += width;
  return units;
}

export const OPCODE_BY_NAME: ReadonlyMap<string, OpcodeRow> = new Map(OPCODES.map((r) => [r.name, r]));
export const OPCODE_BY_NUMBER: readonly (OpcodeRow | undefined)[] = (() => {
  const table: (OpcodeRow | undefined)[] = new Array(256).fill(undefined);
  for (const r of OPCODES) table[r.number] = r;
  return table;
})();

/** The generic opcode of each opcode's family (itself for a generic one), CPython's _PyOpcode_Deopt. */
export const DEOPT: Uint8Array = (() => {
  const deopt = new Uint8Array(256);
  for (const r of OPCODES) deopt[r.number] = OPCODE_BY_NAME.get(r.family)!.number;
  return deopt;
})();

/** Cache units after each opcode number, for the interpreter and the code walker. */
export const CACHE_UNITS_BY_NUMBER: Uint8Array = (() => {
  const units = new Uint8Array(256);
  for (const r of OPCODES) units[r.number] = cacheUnits(r.cache);
  return units;
})();

/** BINARY_OP opargs (CPython's NB_* numbering) and the operator each prints as. */
export const BINARY_OPS: readonly (readonly [string, string])[] = [
  ['NB_ADD', '+'], ['NB_AND', '&'], ['NB_FLOOR_DIVIDE', '//'], ['NB_LSHIFT', '<<'],
  ['NB_MATRIX_MULTIPLY', '@'], ['NB_MULTIPLY', '*'], ['NB_REMAINDER', '%'], ['NB_OR', '|'],
  ['NB_POWER', '**'], ['NB_RSHIFT', '>>'], ['NB_SUBTRACT', '-'], ['NB_TRUE_DIVIDE', '/'],
  ['NB_XOR', '^'], ['NB_INPLACE_ADD', '+='], ['NB_INPLACE_AND', '&='],
  ['NB_INPLACE_FLOOR_DIVIDE', '//='], ['NB_INPLACE_LSHIFT', '<<='],
  ['NB_INPLACE_MATRIX_MULTIPLY', '@='], ['NB_INPLACE_MULTIPLY', '*='],
  ['NB_INPLACE_REMAINDER', '%='], ['NB_INPLACE_OR', '|='], ['NB_INPLACE_POWER', '**='],
  ['NB_INPLACE_RSHIFT', '>>='], ['NB_INPLACE_SUBTRACT', '-='],
  ['NB_INPLACE_TRUE_DIVIDE', '/='], ['NB_INPLACE_XOR', '^='],
];

/** In-place forms are numbered after the plain ones: NB_INPLACE_X = NB_X + this. */
export const NB_INPLACE_OFFSET = 13;

/** COMPARE_OP: oparg = comparison << 4 | mask of true outcomes (3.12 encoding). */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;
export const COMPARE_MASK = { unordered: 1, less: 2, greater: 4, equal: 8 } as const;
/** The outcome mask CPython's compiler stores in the low 4 bits for each comparison. */
export const COMPARE_OUTCOMES: readonly number[] = [
  COMPARE_MASK.less,
  COMPARE_MASK.less | COMPARE_MASK.equal,
  COMPARE_MASK.equal,
  COMPARE_MASK.unordered | COMPARE_MASK.less | COMPARE_MASK.greater,
  COMPARE_MASK.greater,
  COMPARE_MASK.greater | COMPARE_MASK.equal,
];

export const INTRINSIC_1 = [
  'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
  'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE',
] as const;
export const INTRINSIC_2 = ['INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR'] as const;

/** FORMAT_VALUE oparg: low 2 bits the conversion, bit 2 a format spec on the stack. */
export const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'] as const;
export const FVS_HAVE_SPEC = 0x04;

/** RESUME oparg: where the frame was entered from. */
export const RESUME_KINDS = { start: 0, afterYield: 1, afterYieldFrom: 2, afterAwait: 3 } as const;

/** Code object flags (CPython's CO_*). */
export const CO = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
} as const;
