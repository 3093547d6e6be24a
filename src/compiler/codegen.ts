/**
 * The code generator: AST → CPython 3.12 bytecode, as `CodeDesc` objects.
 *
 * CPython: Python/compile.c (code generation), Python/flowgraph.c (the control-flow
 * graph and its optimizations) and Python/assemble.c (offsets, exception table), all
 * of 3.12, re-implemented. The pipeline for each code object is CPython's:
 *
 * 1. Code generation (`CodeGenerator`) emits instructions into basic blocks. Jumps and
 *    exception-handling setup are still pseudo-instructions: JUMP, JUMP_NO_INTERRUPT,
 *    SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH and POP_BLOCK. Every instruction carries
 *    the source range of the AST node it came from, or NO_LOCATION.
 * 2. The flow-graph passes (`optimizeCodeUnit`) give each instruction the exception
 *    handler in force at that point, fold constants and jumps, remove unreachable code,
 *    insert LOAD_FAST_CHECK where a local may be unbound, move exception handlers
 *    ("cold" blocks) to the end, and give every instruction a line number.
 * 3. Assembly (`assemble`) inserts the MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR
 *    prologue, computes the stack depth, turns pseudo-instructions into real ones,
 *    resolves jump offsets (with EXTENDED_ARG until the sizes converge) and writes the
 *    code units, their zeroed inline caches, positions and the exception table.
 *
 * The output matches CPython 3.12's instruction for instruction, with the deliberate
 * differences listed at `compile` below.
 */

import type * as ast from './ast.js';
import { Ellipsis as AST_ELLIPSIS } from './ast.js';
import { ELLIPSIS, LOCALS_KIND } from '../bytecode/code.js';
import type { CodeDesc, Const, ConstTuple, ExceptionTableEntry, Position } from '../bytecode/code.js';
import {
  BINARY_OPS,
  CACHE_UNITS_BY_NUMBER,
  CO,
  COMPARE_OPS,
  COMPARE_OUTCOMES,
  FORMAT_CONVERSIONS,
  FVS_HAVE_SPEC,
  INTRINSIC_1,
  MAKE_FUNCTION_FLAGS,
  NB_INPLACE_OFFSET,
  OPCODE_BY_NUMBER,
  RESUME_KINDS,
} from '../bytecode/opcodes.js';
import { Op } from '../bytecode/op.generated.js';
import { PySyntaxError } from './tokenizer.js';
import {
  DEF_IMPORT,
  Scope,
  buildSymbolTable,
  mangle,
  syntaxErrorAt,
  type ComprehensionKind,
  type ComprehensionNode,
  type ScopeNode,
  type SymbolTable,
  type SymbolTableEntry,
} from './symtable.js';

// ===========================================================================
// Source locations
// ===========================================================================

/**
 * A source range; `lineno` -1 means "no location" (CPython's NO_LOCATION). An AST node
 * is its own location, so that emitting an instruction allocates nothing for it.
 */
type Loc = Readonly<ast.Position>;

const NO_LOCATION: Loc = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

/** CPython: LOC(node). */
function locOf(n: ast.Position): Loc {
  return n;
}

/** CPython: LOCATION(lineno, end_lineno, col, end_col). */
function location(lineno: number, endLineno: number, col: number, endCol: number): Loc {
  return { lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol };
}

// ===========================================================================
// Opcodes: pseudo-instructions and classification
// ===========================================================================

/**
 * Pseudo-instructions, numbered above every real opcode. They exist only until
 * assembly. CPython: Lib/opcode.py, "pseudo opcodes".
 */
const enum Pseudo {
  SETUP_FINALLY = 256,
  SETUP_CLEANUP,
  SETUP_WITH,
  POP_BLOCK,
  JUMP,
  JUMP_NO_INTERRUPT,
}

const OP_JUMP = 1;
const OP_BLOCK_PUSH = 2;
const OP_SCOPE_EXIT = 4;
const OP_UNCONDITIONAL_JUMP = 8;
const OP_HAS_CONST = 16;

/** Per opcode (real and pseudo) a mask of the OP_* properties above. */
const OP_FLAGS: Uint8Array = (() => {
  const flags = new Uint8Array(Pseudo.JUMP_NO_INTERRUPT + 1);
  for (const row of OPCODE_BY_NUMBER) {
    if (!row) continue;
    let f = 0;
    if (row.jump !== 'none') f |= OP_JUMP;
    if (row.terminates) f |= row.jump === 'none' ? OP_SCOPE_EXIT : OP_UNCONDITIONAL_JUMP;
    if (row.arg === 'const') f |= OP_HAS_CONST;
    flags[row.number] = f;
  }
  flags[Pseudo.SETUP_FINALLY] = flags[Pseudo.SETUP_CLEANUP] = flags[Pseudo.SETUP_WITH] = OP_BLOCK_PUSH;
  flags[Pseudo.JUMP] = flags[Pseudo.JUMP_NO_INTERRUPT] = OP_JUMP | OP_UNCONDITIONAL_JUMP;
  return flags;
})();

/** CPython: IS_JUMP_OPCODE (conditional and unconditional jumps, FOR_ITER, SEND). */
const isJump = (op: number) => (OP_FLAGS[op] & OP_JUMP) !== 0;
/** CPython: IS_BLOCK_PUSH_OPCODE (the SETUP_* pseudo-instructions). */
const isBlockPush = (op: number) => (OP_FLAGS[op] & OP_BLOCK_PUSH) !== 0;
/** CPython: HAS_TARGET. */
const hasTarget = (op: number) => (OP_FLAGS[op] & (OP_JUMP | OP_BLOCK_PUSH)) !== 0;
/** CPython: IS_SCOPE_EXIT_OPCODE (returns and raises). */
const isScopeExit = (op: number) => (OP_FLAGS[op] & OP_SCOPE_EXIT) !== 0;
/** CPython: IS_UNCONDITIONAL_JUMP_OPCODE. */
const isUnconditionalJump = (op: number) => (OP_FLAGS[op] & OP_UNCONDITIONAL_JUMP) !== 0;
/** CPython: HAS_CONST (LOAD_CONST, RETURN_CONST, KW_NAMES). */
const hasConst = (op: number) => (OP_FLAGS[op] & OP_HAS_CONST) !== 0;
/** CPython: IS_TERMINATOR_OPCODE: nothing may follow it in its basic block. */
const isTerminator = (op: number) => isJump(op) || isScopeExit(op);

/**
 * Stack effect of an instruction, when it falls through or when it jumps.
 * CPython: compile.c, stack_effect.
 */
function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Pseudo.SETUP_FINALLY:
    case Pseudo.SETUP_WITH:
      // The handler runs with the value stack restored plus the exception pushed
      // (for SETUP_WITH, restored to below __enter__'s result, plus lasti and the
      // exception: also one more than at the SETUP).
      return jump ? 1 : 0;
    case Pseudo.SETUP_CLEANUP:
      return jump ? 2 : 0; // lasti and the exception
    case Pseudo.POP_BLOCK:
    case Pseudo.JUMP:
    case Pseudo.JUMP_NO_INTERRUPT:
      return 0;
  }
  const row = OPCODE_BY_NUMBER[op]!;
  if (jump && row.jumpEffect) {
    // In the graph FOR_ITER jumps to its END_FOR, which the interpreter skips when the
    // iterator is exhausted: the graph's target depth is one END_FOR above the runtime one.
    const skipped = op === Op.FOR_ITER ? OPCODE_BY_NUMBER[Op.END_FOR]!.pops(0) : 0;
    return row.jumpEffect(arg) + skipped;
  }
  return row.pushes(arg) - row.pops(arg);
}

/** Code units an instruction occupies, with its EXTENDED_ARG prefixes and caches. */
function instrSize(op: number, arg: number): number {
  const extendedArgs = (arg > 0xffffff ? 1 : 0) + (arg > 0xffff ? 1 : 0) + (arg > 0xff ? 1 : 0);
  return extendedArgs + 1 + CACHE_UNITS_BY_NUMBER[op];
}

function intrinsic1(name: (typeof INTRINSIC_1)[number]): number {
  return INTRINSIC_1.indexOf(name);
}

// ===========================================================================
// The control-flow graph
// ===========================================================================

/** One instruction of the graph. CPython: cfg_instr. */
interface Instr {
  op: number;
  arg: number;
  /** The jump or handler target of a HAS_TARGET instruction. */
  target: Block | null;
  loc: Loc;
  /** The exception handler in force, set by labelExceptionTargets. */
  except: Block | null;
}

const UNSET_DEPTH = -1;

/** A basic block. CPython: basicblock. */
class Block {
  instrs: Instr[] = [];
  /** The block laid out after this one. */
  next: Block | null = null;
  /** Whether code generation used this block as a label (a possible jump target). */
  readonly labeled: boolean;
  /** The target of a SETUP_* instruction. */
  exceptHandler = false;
  /** The handler wants lasti pushed (SETUP_CLEANUP, SETUP_WITH). */
  preserveLasti = false;
  /** Only reachable through exception handling: laid out at the end. */
  cold = false;
  /** Reachable from the entry without exception handling. */
  warm = false;
  visited = false;
  predecessors = 0;
  startDepth = UNSET_DEPTH;
  /** Code-unit offset, set when jumps are resolved. */
  offset = 0;
  /** Bit i set: local i may be unbound on entry (locals 0-31 here, 32-63 in unsafeHigh). */
  unsafeLow = 0;
  unsafeHigh = 0;
  /** The handler stack on entry, while labelExceptionTargets runs. */
  exceptStack: Block[] | null = null;

  constructor(labeled: boolean) {
    this.labeled = labeled;
  }

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }

  /** CPython: BB_HAS_FALLTHROUGH. */
  get hasFallthrough(): boolean {
    const last = this.last;
    return !last || !(isScopeExit(last.op) || isUnconditionalJump(last.op));
  }

  /** CPython: basicblock_exits_scope. */
  get exitsScope(): boolean {
    const last = this.last;
    return last !== undefined && isScopeExit(last.op);
  }
}

function blocks(entry: Block): Block[] {
  const all: Block[] = [];
  for (let b: Block | null = entry; b; b = b.next) all.push(b);
  return all;
}

function clearVisited(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) b.visited = false;
}

/**
 * Emits instructions into blocks. A new block starts at each label and after each
 * terminator. CPython: cfg_builder.
 */
class CfgBuilder {
  readonly entry = new Block(false);
  private current = this.entry;

  newLabel(): Block {
    return new Block(true);
  }

  /** Lays out `label` next and continues emitting into it. CPython: USE_LABEL. */
  useLabel(label: Block): void {
    this.current.next = label;
    this.current = label;
  }

  add(op: number, arg: number, loc: Loc, target: Block | null = null): void {
    const last = this.current.last;
    if (last && isTerminator(last.op)) {
      const block = new Block(false);
      this.current.next = block;
      this.current = block;
    }
    this.current.instrs.push({ op, arg, target, loc, except: null });
  }

  /** Inserts an instruction at the very start of the code (the generator wrapper). */
  insertAtStart(op: number, target: Block, loc: Loc): void {
    this.entry.instrs.unshift({ op, arg: 0, target, loc, except: null });
  }
}

// ===========================================================================
// Constants
// ===========================================================================

const codeIds = new WeakMap<CodeDesc, number>();
let nextCodeId = 0;

function isCode(c: Const): c is CodeDesc {
  return typeof c === 'object' && c !== null && (c as CodeDesc).kind === 'code';
}

/**
 * A key under which equal constants share one co_consts slot: as CPython's
 * _PyCode_ConstantKey, 1, 1.0 and True stay distinct, and so do 0.0 and -0.0.
 */
function constKey(c: Const): string {
  if (c === null) return 'N';
  if (c === ELLIPSIS) return 'E';
  switch (typeof c) {
    case 'boolean':
      return c ? 'T' : 'F';
    case 'bigint':
      return `i${c}`;
    case 'number':
      return Object.is(c, -0) ? 'f-0' : `f${c}`;
    case 'string':
      return `s${c}`;
  }
  if (isCode(c)) {
    let id = codeIds.get(c);
    if (id === undefined) codeIds.set(c, (id = nextCodeId++));
    return `c${id}`;
  }
  return `t${JSON.stringify((c as ConstTuple).tuple.map(constKey))}`;
}

function constTuple(items: readonly Const[]): ConstTuple {
  return { tuple: items };
}

/** Python truthiness of a constant. */
function constTruth(c: Const): boolean {
  if (c === null) return false;
  switch (typeof c) {
    case 'boolean':
      return c;
    case 'bigint':
      return c !== 0n;
    case 'number':
      return c !== 0;
    case 'string':
      return c.length > 0;
  }
  if (c === ELLIPSIS || isCode(c)) return true;
  return (c as ConstTuple).tuple.length > 0;
}

function astConstant(value: ast.ConstantValue): Const {
  return value === AST_ELLIPSIS ? ELLIPSIS : value;
}

/** The integer value of a number-like constant (bools count as ints), or undefined. */
function asInteger(c: Const): bigint | undefined {
  if (typeof c === 'bigint') return c;
  if (typeof c === 'boolean') return c ? 1n : 0n;
  return undefined;
}

/** Folds a unary operator applied to a constant. CPython: ast_opt.c, fold_unaryop. */
function foldUnary(op: ast.UnaryOperator, c: Const): Const | undefined {
  const int = asInteger(c);
  switch (op) {
    case 'Not':
      return !constTruth(c);
    case 'USub':
      return typeof c === 'number' ? -c : int === undefined ? undefined : -int;
    case 'UAdd':
      return typeof c === 'number' ? c : int;
    case 'Invert':
      return int === undefined ? undefined : ~int;
  }
}

/** Folded results may not grow beyond these sizes. CPython: ast_opt.c, MAX_*_SIZE. */
const MAX_INT_BITS = 128n;
const MAX_COLLECTION_SIZE = 256n;
const MAX_STR_SIZE = 4096n;

function bitLength(v: bigint): bigint {
  return BigInt((v < 0n ? -v : v).toString(2).length) - (v === 0n ? 1n : 0n);
}

/** Python's floor division and modulo on ints (the divisor is not zero). */
function floorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** `n * seq` for a string or tuple, within CPython's size limits. CPython: safe_multiply. */
function repeat(seq: string | ConstTuple, n: bigint): Const | undefined {
  const size = BigInt(typeof seq === 'string' ? seq.length : seq.tuple.length);
  const limit = typeof seq === 'string' ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
  if (size > 0n && (n < 0n || n > limit / size)) return undefined;
  const count = n < 0n ? 0 : Number(n);
  if (typeof seq === 'string') return seq.repeat(count);
  return constTuple(Array.from({ length: count }, () => seq.tuple).flat());
}

function isTuple(c: Const): c is ConstTuple {
  return typeof c === 'object' && c !== null && !isCode(c);
}

/** Significant bits of a double. */
const DOUBLE_BITS = 53n;

/**
 * `a / b` for ints, correctly rounded (half to even) as Python computes it; undefined
 * where the result would be subnormal or overflow, which are left to run time.
 * CPython: Objects/longobject.c, long_true_divide.
 */
function trueDivide(a: bigint, b: bigint): number | undefined {
  const negative = a < 0n !== b < 0n;
  let n = a < 0n ? -a : a;
  let d = b < 0n ? -b : b;
  if (n === 0n) return negative ? -0 : 0;
  // Scale so that the integer quotient has at least DOUBLE_BITS + 2 bits.
  const shift = bitLength(d) - bitLength(n) + DOUBLE_BITS + 2n;
  if (shift > 0n) n <<= shift;
  else d <<= -shift;
  let q = n / d;
  const sticky = n % d !== 0n;
  const extra = bitLength(q) - DOUBLE_BITS;
  const low = q & ((1n << extra) - 1n);
  const half = 1n << (extra - 1n);
  q >>= extra;
  if (low > half || (low === half && (sticky || (q & 1n) === 1n))) q += 1n;
  const exponent = Number(extra - shift);
  const magnitude = Number(q) * 2 ** exponent;
  if (!Number.isFinite(magnitude) || magnitude < 2 ** -1022) return undefined;
  return negative ? -magnitude : magnitude;
}

/** A binary operator on two ints (bools count as ints). CPython: ast_opt.c, fold_binop. */
function foldIntBinary(op: ast.BinaryOperator, a: bigint, b: bigint): Const | undefined {
  switch (op) {
    case 'Add':
      return a + b;
    case 'Sub':
      return a - b;
    case 'Mult':
      return a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_BITS ? undefined : a * b;
    case 'FloorDiv':
      return b === 0n ? undefined : floorDivMod(a, b)[0];
    case 'Mod':
      return b === 0n ? undefined : floorDivMod(a, b)[1];
    case 'Pow':
      if (b < 0n) return undefined; // a float result
      return a !== 0n && b > 0n && bitLength(a) > MAX_INT_BITS / b ? undefined : a ** b;
    case 'LShift':
      if (b < 0n) return undefined;
      return a !== 0n && (b > MAX_INT_BITS || bitLength(a) > MAX_INT_BITS - b) ? undefined : a << b;
    case 'RShift':
      return b < 0n ? undefined : a >> b;
    case 'BitAnd':
      return a & b;
    case 'BitOr':
      return a | b;
    case 'BitXor':
      return a ^ b;
    case 'Div':
      return b === 0n ? undefined : trueDivide(a, b);
    case 'MatMult':
      return undefined;
  }
}

/** An int as a float, unless too large (Python raises OverflowError then). */
function toFloat(i: bigint | undefined): number | undefined {
  if (i === undefined) return undefined;
  const x = Number(i);
  return Number.isFinite(x) ? x : undefined;
}

/**
 * Float arithmetic (one operand may be an int), as Python computes it. Powers are left
 * to run time: C's pow() and JavaScript's Math.pow may differ in the last bit.
 * CPython: Objects/floatobject.c, float_rem and float_floor_div.
 */
function foldFloatBinary(op: ast.BinaryOperator, a: number, b: number): Const | undefined {
  switch (op) {
    case 'Add':
      return a + b;
    case 'Sub':
      return a - b;
    case 'Mult':
      return a * b;
    case 'Div':
      return b === 0 ? undefined : a / b;
    case 'Mod':
      return b === 0 ? undefined : floatDivmod(a, b)[1];
    case 'FloorDiv':
      return b === 0 ? undefined : floatDivmod(a, b)[0];
    default:
      return undefined;
  }
}

/** Python's divmod() on floats (JavaScript's `%` is C's fmod). */
function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    floorDiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floorDiv, mod];
}

/**
 * A binary operator on two constants, when the result is certain and small: int and
 * float arithmetic, string and tuple concatenation and repetition.
 * CPython: ast_opt.c, fold_binop (the `%`-formatting rewrite is not done).
 */
function foldBinary(op: ast.BinaryOperator, left: Const, right: Const): Const | undefined {
  const a = asInteger(left);
  const b = asInteger(right);
  if (a !== undefined && b !== undefined) {
    const bothBools = typeof left === 'boolean' && typeof right === 'boolean';
    const result = foldIntBinary(op, a, b);
    if (bothBools && typeof result === 'bigint' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
      return result !== 0n;
    }
    return result;
  }
  const x = typeof left === 'number' ? left : toFloat(a);
  const y = typeof right === 'number' ? right : toFloat(b);
  if (x !== undefined && y !== undefined) return foldFloatBinary(op, x, y);
  if (op === 'Add' && typeof left === 'string' && typeof right === 'string') return left + right;
  if (op === 'Add' && isTuple(left) && isTuple(right)) return constTuple([...left.tuple, ...right.tuple]);
  if (op === 'Mult') {
    if ((typeof left === 'string' || isTuple(left)) && b !== undefined) return repeat(left, b);
    if ((typeof right === 'string' || isTuple(right)) && a !== undefined) return repeat(right, a);
  }
  return undefined;
}

/**
 * The constant an expression folds to, if any, as CPython's AST optimizer would see it:
 * literals, `__debug__`, unary and binary operators on constants (`-1`, `60 * 60`) and
 * tuples of constants. CPython: Python/ast_opt.c (that subset of it).
 */
function foldedConstant(e: ast.Expr): Const | undefined {
  switch (e.kind) {
    case 'Constant':
      return astConstant(e.value);
    case 'Name':
      return e.ctx === 'Load' && e.id === '__debug__' ? true : undefined;
    case 'UnaryOp': {
      const operand = foldedConstant(e.operand);
      return operand === undefined ? undefined : foldUnary(e.op, operand);
    }
    case 'BinOp': {
      const left = foldedConstant(e.left);
      const right = left === undefined ? undefined : foldedConstant(e.right);
      return right === undefined ? undefined : foldBinary(e.op, left!, right);
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return undefined;
      const items: Const[] = [];
      for (const elt of e.elts) {
        const item = foldedConstant(elt);
        if (item === undefined) return undefined;
        items.push(item);
      }
      return constTuple(items);
    }
    default:
      return undefined;
  }
}

const isConstantExpr = (e: ast.Expr) => foldedConstant(e) !== undefined;

const INVERTED_COMPARISON: Partial<Record<ast.CompareOperator, ast.CompareOperator>> = {
  Is: 'IsNot',
  IsNot: 'Is',
  In: 'NotIn',
  NotIn: 'In',
};

/**
 * `not a in b` is `a not in b` (and likewise for `is`); the other comparisons cannot be
 * inverted safely. The result has the comparison's position. CPython: ast_opt.c,
 * fold_unaryop.
 */
function invertedComparison(e: ast.UnaryOp): ast.Compare | null {
  const operand = e.operand;
  if (e.op !== 'Not' || operand.kind !== 'Compare' || operand.ops.length !== 1) return null;
  const inverted = INVERTED_COMPARISON[operand.ops[0]];
  return inverted ? { ...operand, ops: [inverted] } : null;
}

/** A position for nodes the optimizer makes up (CPython gives them -1 everywhere). */
const NO_POSITION: ast.Position = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

/** At most this many digits in a width or precision. CPython: ast_opt.c, MAXDIGITS. */
const MAX_FORMAT_DIGITS = 3;

/**
 * `'%s: %r' % (a, b)` with a literal tuple becomes the f-string `f'{a!s}: {b!r}'`, when
 * every conversion is %s, %r or %a (with an optional width and precision) and the
 * counts match. CPython: ast_opt.c, optimize_format.
 */
function formatAsJoinedStr(e: ast.BinOp): ast.JoinedStr | null {
  if (e.op !== 'Mod' || e.right.kind !== 'Tuple' || isConstantExpr(e.right)) return null;
  const fmt = foldedConstant(e.left);
  const items = e.right.elts;
  if (typeof fmt !== 'string' || items.some((elt) => elt.kind === 'Starred')) return null;
  const values: (ast.Constant | ast.FormattedValue)[] = [];
  let pos = 0;
  let count = 0;
  for (;;) {
    const literal = /^(?:[^%]|%%)*/.exec(fmt.slice(pos))![0];
    if (literal) values.push({ kind: 'Constant', value: literal.replace(/%%/g, '%'), ...NO_POSITION });
    pos += literal.length;
    if (pos >= fmt.length) break;
    if (count >= items.length) return null;
    const unit = parseFormatUnit(fmt, pos + 1, items[count++]);
    if (!unit) return null;
    values.push(unit.value);
    pos = unit.end;
  }
  if (count < items.length) return null;
  return { kind: 'JoinedStr', values, ...positionOf(e) };
}

function positionOf(n: ast.Position): ast.Position {
  return { lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
}

/** One `%[flags][width][.prec](s|r|a)` unit. CPython: simple_format_arg_parse, parse_format. */
function parseFormatUnit(fmt: string, start: number, arg: ast.Expr): { value: ast.FormattedValue; end: number } | null {
  const m = /^([-+ #0]*)(\d*)(?:\.(\d*))?([sra])/.exec(fmt.slice(start));
  if (!m || m[2].length >= MAX_FORMAT_DIGITS || (m[3] ?? '').length >= MAX_FORMAT_DIGITS) return null;
  const [, flags, width, prec, conversion] = m;
  let spec = '';
  if (!flags.includes('-') && Number(width) > 0) spec += '>';
  if (width) spec += String(Number(width));
  if (prec !== undefined) spec += `.${Number(prec)}`;
  const formatSpec: ast.JoinedStr | null = spec
    ? { kind: 'JoinedStr', values: [{ kind: 'Constant', value: spec, ...NO_POSITION }], ...NO_POSITION }
    : null;
  const value: ast.FormattedValue = {
    kind: 'FormattedValue',
    value: arg,
    conversion: conversion.charCodeAt(0) as ast.Conversion,
    format_spec: formatSpec,
    ...positionOf(arg),
  };
  return { value, end: start + m[0].length };
}

/**
 * An iterable in `for`, a comprehension or the right of `in`: a list display is
 * compiled as a tuple there. CPython: ast_opt.c, fold_iter.
 */
function iterableView(e: ast.Expr): ast.Expr {
  if (e.kind !== 'List' || e.elts.some((elt) => elt.kind === 'Starred')) return e;
  return { ...e, kind: 'Tuple' };
}

/** The docstring of a body, if its first statement is a string literal. */
function docstringOf(body: readonly ast.Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
    return first.value.value;
  }
  return null;
}

/** Whether a module or class body has an annotated assignment. CPython: find_ann. */
function hasAnnotations(stmts: readonly ast.Stmt[]): boolean {
  return stmts.some((s) => {
    switch (s.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'While':
      case 'If':
        return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With':
        return hasAnnotations(s.body);
      case 'Try':
        return (
          s.handlers.some((h) => hasAnnotations(h.body)) ||
          hasAnnotations(s.body) ||
          hasAnnotations(s.finalbody) ||
          hasAnnotations(s.orelse)
        );
      default:
        return false;
    }
  });
}

// ===========================================================================
// Compilation units
// ===========================================================================

type UnitKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** A frame block: the enclosing constructs a `return`, `break` or `continue` unwinds. */
type FBlock =
  | { readonly type: 'WHILE_LOOP' | 'FOR_LOOP'; readonly block: Block; readonly exit: Block }
  | { readonly type: 'TRY_EXCEPT' | 'FINALLY_END' | 'EXCEPTION_HANDLER' | 'POP_VALUE' }
  | { readonly type: 'FINALLY_TRY'; readonly finalbody: readonly ast.Stmt[] }
  | { readonly type: 'WITH'; readonly stmt: ast.With }
  | { readonly type: 'HANDLER_CLEANUP'; readonly name: string | null };

type LoopFBlock = Extract<FBlock, { type: 'WHILE_LOOP' | 'FOR_LOOP' }>;

/** CPython: CO_MAXBLOCKS. */
const MAX_FBLOCKS = 20;
/** Beyond this many values, sequences are built incrementally. CPython: STACK_USE_GUIDELINE. */
const STACK_USE_GUIDELINE = 30;

function indexMap(names: readonly string[], offset = 0): Map<string, number> {
  return new Map(names.map((name, i) => [name, i + offset]));
}

/** The index of `key`, adding it at the end if new. CPython: dict_add_o. */
function dictAdd(map: Map<string, number>, key: string): number {
  let index = map.get(key);
  if (index === undefined) map.set(key, (index = map.size));
  return index;
}

/** The state of one code object being compiled. CPython: struct compiler_unit. */
class Unit {
  readonly cfg = new CfgBuilder();
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names = new Map<string, number>();
  /** Parameters first, then other fast locals in the order code generation meets them. */
  readonly varnames: Map<string, number>;
  /** Cell and free variables share one index space: cells first (CPython's layout). */
  readonly cellvars: Map<string, number>;
  readonly freevars: Map<string, number>;
  readonly fblocks: FBlock[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  qualname: string;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly kind: UnitKind,
    readonly name: string,
    readonly firstlineno: number,
    /** The class name used for private name mangling. */
    public privateName: string | null,
  ) {
    this.qualname = name;
    this.varnames = indexMap(ste.varnames);
    const cells = ste.cellvars();
    if (ste.needsClassClosure) cells.push('__class__');
    this.cellvars = indexMap(cells);
    this.freevars = indexMap(ste.freevars(), cells.length);
  }

  /** CPython: compiler_add_const. */
  addConst(c: Const): number {
    const key = constKey(c);
    let index = this.constIndex.get(key);
    if (index === undefined) {
      index = this.consts.length;
      this.consts.push(c);
      this.constIndex.set(key, index);
    }
    return index;
  }
}

/** A mutable location, for the unwinding functions that make it artificial. */
interface LocRef {
  loc: Loc;
}

type BuildOps = readonly [build: number, add: number, extend: number];
const LIST_OPS: BuildOps = [Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND];
const SET_OPS: BuildOps = [Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE];

/** The symbols opcodes.ts names operators by, to look their opargs up there. */
const COMPARISON_SYMBOLS: Partial<Record<ast.CompareOperator, (typeof COMPARE_OPS)[number]>> = {
  Lt: '<',
  LtE: '<=',
  Eq: '==',
  NotEq: '!=',
  Gt: '>',
  GtE: '>=',
};

const OPERATOR_SYMBOLS: Record<ast.BinaryOperator, string> = {
  Add: '+',
  Sub: '-',
  Mult: '*',
  MatMult: '@',
  Div: '/',
  Mod: '%',
  Pow: '**',
  LShift: '<<',
  RShift: '>>',
  BitOr: '|',
  BitXor: '^',
  BitAnd: '&',
  FloorDiv: '//',
};

/** BINARY_OP's oparg (CPython's NB_* numbering); the in-place forms follow the plain ones. */
function binaryOpArg(op: ast.BinaryOperator, inplace: boolean): number {
  const plain = BINARY_OPS.findIndex(([, symbol]) => symbol === OPERATOR_SYMBOLS[op]);
  return inplace ? plain + NB_INPLACE_OFFSET : plain;
}

const CONVERSION_NAMES: Record<ast.Conversion, (typeof FORMAT_CONVERSIONS)[number]> = {
  [-1]: '',
  115: 'str',
  114: 'repr',
  97: 'ascii',
};

/** FORMAT_VALUE's conversion bits for `!s`, `!r`, `!a` (char codes) or none (-1). */
function formatConversion(conversion: ast.Conversion): number {
  return FORMAT_CONVERSIONS.indexOf(CONVERSION_NAMES[conversion]);
}

/**
 * If an attribute access spans several lines, start its location at the attribute
 * name, so that tracebacks point there. CPython: update_start_location_to_match_attr.
 */
function updateStartLocationToMatchAttr(loc: Loc, attr: ast.Attribute): Loc {
  if (loc.lineno === attr.end_lineno) return loc;
  const lineno = attr.end_lineno;
  const len = attr.attr.length;
  let col = -1;
  let endCol = -1;
  if (len <= attr.end_col_offset) {
    col = attr.end_col_offset - len;
    endCol = loc.end_col_offset;
  }
  const endLineno = Math.max(lineno, loc.end_lineno);
  if (lineno === endLineno) endCol = Math.max(col, endCol);
  return location(lineno, endLineno, col, endCol);
}

// ===========================================================================
// Code generation
// ===========================================================================

/** Walks the AST and emits instructions. CPython: compile.c, struct compiler. */
class CodeGenerator {
  /** The unit being compiled; its enclosing units are on `stack`. */
  private u!: Unit;
  private readonly stack: Unit[] = [];

  constructor(
    private readonly st: SymbolTable,
    private readonly filename: string,
    private readonly source: string,
  ) {}

  /** CPython: compiler_mod. */
  compileModule(module: ast.Module): CodeDesc {
    this.enterScope('<module>', 'module', module, 1);
    const first = module.body[0];
    this.body(first ? locOf(first) : location(1, 1, 0, 0), module.body);
    return this.optimizeAndAssemble(true);
  }

  // -------------------------------------------------------------------------
  // Emitting
  // -------------------------------------------------------------------------

  private addOp(op: number, arg: number, loc: Loc): void {
    this.u.cfg.add(op, arg, loc);
  }

  private addJump(op: number, target: Block, loc: Loc): void {
    this.u.cfg.add(op, 0, loc, target);
  }

  private newLabel(): Block {
    return this.u.cfg.newLabel();
  }

  private useLabel(label: Block): void {
    this.u.cfg.useLabel(label);
  }

  private loadConst(c: Const, loc: Loc): void {
    this.addOp(Op.LOAD_CONST, this.u.addConst(c), loc);
  }

  /** The co_names index of a (mangled) name. CPython: compiler_addop_name. */
  private nameIndex(name: string): number {
    return dictAdd(this.u.names, mangle(this.u.privateName, name));
  }

  private addNameOp(op: number, name: string, loc: Loc): void {
    this.addOp(op, this.nameIndex(name), loc);
  }

  /** LOAD_ATTR; the method form pushes (method, self) or (NULL, attribute). */
  private loadAttr(loc: Loc, name: string, method: boolean): void {
    this.addOp(Op.LOAD_ATTR, (this.nameIndex(name) << 1) | (method ? 1 : 0), loc);
  }

  /** LOAD_SUPER_ATTR: oparg bit 0 is the method form, bit 1 the two-argument form. */
  private loadSuperAttr(loc: Loc, name: string, method: boolean, twoArgs: boolean): void {
    this.addOp(Op.LOAD_SUPER_ATTR, (this.nameIndex(name) << 2) | (twoArgs ? 2 : 0) | (method ? 1 : 0), loc);
  }

  private error(msg: string, loc: Loc): PySyntaxError {
    return syntaxErrorAt(msg, this.filename, this.source, loc);
  }

  // -------------------------------------------------------------------------
  // Scopes
  // -------------------------------------------------------------------------

  /** CPython: compiler_enter_scope. Every code object starts with RESUME. */
  private enterScope(name: string, kind: UnitKind, node: ScopeNode, lineno: number): void {
    const parent = this.stack.length > 0 || kind !== 'module' ? this.u : null;
    const unit = new Unit(this.st.lookup(node), kind, name, lineno, parent?.privateName ?? null);
    if (parent) this.stack.push(parent);
    this.u = unit;
    let loc = location(lineno, lineno, 0, 0);
    if (kind === 'module') loc = { ...loc, lineno: 0 };
    else unit.qualname = this.qualname(unit);
    this.addOp(Op.RESUME, RESUME_KINDS.start, loc);
  }

  private exitScope(): void {
    this.u = this.stack.pop()!;
  }

  /**
   * `f.<locals>.g` for a function in a function, `C.m` for a method; a function
   * declared `global` in its parent is named as if at module level.
   * CPython: compiler_set_qualname.
   */
  private qualname(u: Unit): string {
    if (this.stack.length <= 1) return u.name;
    const parent = this.stack[this.stack.length - 1];
    if (u.kind === 'function' || u.kind === 'class') {
      const scope = parent.ste.getScope(mangle(parent.privateName, u.name));
      if (scope === Scope.GlobalExplicit) return u.name;
    }
    const base = parent.kind === 'function' || parent.kind === 'lambda' ? `${parent.qualname}.<locals>` : parent.qualname;
    return `${base}.${u.name}`;
  }

  /** CPython: compute_code_flags. */
  private codeFlags(): number {
    const ste = this.u.ste;
    if (!ste.isFunctionLike) return 0;
    let flags = CO.OPTIMIZED | CO.NEWLOCALS;
    if (ste.nested) flags |= CO.NESTED;
    if (ste.generator) flags |= CO.GENERATOR;
    if (ste.varargs) flags |= CO.VARARGS;
    if (ste.varkeywords) flags |= CO.VARKEYWORDS;
    return flags;
  }

  /**
   * Ends the unit with `return None` (or a bare RETURN_VALUE), then optimizes and
   * assembles it. CPython: optimize_and_assemble.
   */
  private optimizeAndAssemble(addNone: boolean): CodeDesc {
    const flags = this.codeFlags();
    if (addNone) this.loadConst(null, NO_LOCATION);
    this.addOp(Op.RETURN_VALUE, 0, NO_LOCATION);
    return assemble(this.u, flags, this.filename);
  }

  private pushFBlock(loc: Loc, fblock: FBlock): void {
    if (this.u.fblocks.length >= MAX_FBLOCKS) throw this.error('too many statically nested blocks', loc);
    this.u.fblocks.push(fblock);
  }

  private popFBlock(): void {
    this.u.fblocks.pop();
  }

  /** Which kind of variable a name is in the current unit. CPython: get_ref_type. */
  private refType(name: string): Scope {
    if (this.u.kind === 'class' && name === '__class__') return Scope.Cell;
    const scope = this.u.ste.getScope(name);
    if (scope === Scope.None) throw new Error(`internal compiler error: unknown scope for '${name}'`);
    return scope;
  }

  // -------------------------------------------------------------------------
  // Names
  // -------------------------------------------------------------------------

  private checkForbiddenName(loc: Loc, name: string, ctx: ast.ExprContext): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') throw this.error('cannot assign to __debug__', loc);
    if (ctx === 'Del') throw this.error('cannot delete __debug__', loc);
  }

  /**
   * Loads, stores or deletes a variable with the instruction its scope calls for:
   * *_FAST for function locals, *_DEREF for cells and free variables, *_GLOBAL for
   * globals seen from a function, *_NAME in module and class bodies.
   * CPython: compiler_nameop.
   */
  private nameop(loc: Loc, name: string, ctx: ast.ExprContext): void {
    this.checkForbiddenName(loc, name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.getScope(mangled);
    const functionLike = u.ste.isFunctionLike;
    if (scope === Scope.Free || scope === Scope.Cell) {
      const index = (scope === Scope.Free ? u.freevars : u.cellvars).get(mangled)!;
      this.derefOp(loc, index, ctx);
    } else if (scope === Scope.Local && functionLike) {
      const op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
      this.addOp(op, dictAdd(u.varnames, mangled), loc);
    } else if (scope === Scope.GlobalExplicit || (scope === Scope.GlobalImplicit && functionLike)) {
      const index = dictAdd(u.names, mangled);
      if (ctx === 'Load') this.addOp(Op.LOAD_GLOBAL, index << 1, loc);
      else this.addOp(ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, index, loc);
    } else {
      const op = ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
      this.addOp(op, dictAdd(u.names, mangled), loc);
    }
  }

  /** A class body reads a free variable from its namespace first, then the cell. */
  private derefOp(loc: Loc, index: number, ctx: ast.ExprContext): void {
    if (ctx === 'Load' && this.u.ste.type === 'class') {
      this.addOp(Op.LOAD_LOCALS, 0, loc);
      this.addOp(Op.LOAD_FROM_DICT_OR_DEREF, index, loc);
      return;
    }
    const op = ctx === 'Load' ? Op.LOAD_DEREF : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
    this.addOp(op, index, loc);
  }

  // -------------------------------------------------------------------------
  // Statements
  // -------------------------------------------------------------------------

  /**
   * A module or class body: SETUP_ANNOTATIONS if anything is annotated, the docstring
   * stored as `__doc__`, then the statements. CPython: compiler_body.
   */
  private body(loc: Loc, stmts: readonly ast.Stmt[]): void {
    if (hasAnnotations(stmts)) this.addOp(Op.SETUP_ANNOTATIONS, 0, loc);
    let i = 0;
    if (docstringOf(stmts) !== null) {
      i = 1;
      this.visitExpr((stmts[0] as ast.ExprStmt).value);
      this.nameop(NO_LOCATION, '__doc__', 'Store');
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  private visitStmts(stmts: readonly ast.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  /** CPython: compiler_visit_stmt. */
  private visitStmt(s: ast.Stmt): void {
    const loc = locOf(s);
    switch (s.kind) {
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return':
        return this.returnStmt(s);
      case 'Delete':
        return this.visitExprs(s.targets);
      case 'Assign':
        this.visitExpr(s.value);
        s.targets.forEach((target, i) => {
          if (i < s.targets.length - 1) this.addOp(Op.COPY, 1, loc);
          this.visitExpr(target);
        });
        return;
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'For':
        return this.forStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'If':
        return this.ifStmt(s);
      case 'Raise':
        return this.raiseStmt(s);
      case 'Try':
        return s.finalbody.length > 0 ? this.tryFinally(s) : this.tryExcept(s);
      case 'Assert':
        return this.assertStmt(s);
      case 'Import':
        return this.importStmt(s);
      case 'ImportFrom':
        return this.importFrom(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        return this.exprStmt(s);
      case 'Pass':
        return this.addOp(Op.NOP, 0, loc);
      case 'Break':
        return this.breakStmt(loc);
      case 'Continue':
        return this.continueStmt(loc);
      case 'With':
        return this.withStmt(s, 0);
    }
  }

  /** CPython: compiler_stmt_expr. A constant statement (a stray string) leaves a NOP. */
  private exprStmt(s: ast.ExprStmt): void {
    if (isConstantExpr(s.value)) {
      this.addOp(Op.NOP, 0, locOf(s));
      return;
    }
    this.visitExpr(s.value);
    this.addOp(Op.POP_TOP, 0, NO_LOCATION);
  }

  private raiseStmt(s: ast.Raise): void {
    let n = 0;
    if (s.exc) {
      this.visitExpr(s.exc);
      n++;
      if (s.cause) {
        this.visitExpr(s.cause);
        n++;
      }
    }
    this.addOp(Op.RAISE_VARARGS, n, locOf(s));
  }

  /** CPython: compiler_function. */
  private functionDef(s: ast.FunctionDef): void {
    this.checkDebugArgs(locOf(s), s.args);
    this.visitExprs(s.decorator_list);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    const loc = locOf(s);
    let flags = this.defaultArguments(loc, s.args);
    if (this.annotations(loc, s.args, s.returns)) flags |= MAKE_FUNCTION_FLAGS.annotations;
    this.functionBody(s, flags, firstlineno);
    this.applyDecorators(s.decorator_list);
    this.nameop(loc, s.name, 'Store');
  }

  /** A function's code object: consts[0] is its docstring or None. CPython: compiler_function_body. */
  private functionBody(s: ast.FunctionDef, flags: number, firstlineno: number): void {
    this.enterScope(s.name, 'function', s, firstlineno);
    const docstring = docstringOf(s.body);
    this.u.addConst(docstring);
    this.setArgCounts(s.args);
    for (let i = docstring === null ? 0 : 1; i < s.body.length; i++) this.visitStmt(s.body[i]);
    if (this.u.ste.generator) this.wrapInStopIterationHandler();
    const code = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(locOf(s), code, flags);
  }

  private setArgCounts(args: ast.Arguments): void {
    this.u.argcount = args.posonlyargs.length + args.args.length; // co_argcount counts positional-only parameters too
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
  }

  /** Parameters named `__debug__`; reported at the definition, as CPython 3.11 does. */
  private checkDebugArgs(loc: Loc, args: ast.Arguments): void {
    const all = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
    for (const arg of all) if (arg) this.checkForbiddenName(loc, arg.arg, 'Store');
  }

  /**
   * Turns a StopIteration escaping a generator body into a RuntimeError (PEP 479): a
   * SETUP_CLEANUP before everything, whose handler calls INTRINSIC_STOPITERATION_ERROR.
   * CPython: wrap_in_stopiteration_handler.
   */
  private wrapInStopIterationHandler(): void {
    const handler = this.newLabel();
    this.u.cfg.insertAtStart(Pseudo.SETUP_CLEANUP, handler, NO_LOCATION);
    this.loadConst(null, NO_LOCATION);
    this.addOp(Op.RETURN_VALUE, 0, NO_LOCATION);
    this.useLabel(handler);
    this.addOp(Op.CALL_INTRINSIC_1, intrinsic1('INTRINSIC_STOPITERATION_ERROR'), NO_LOCATION);
    this.addOp(Op.RERAISE, 1, NO_LOCATION);
  }

  /** Pushes the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags. */
  private defaultArguments(loc: Loc, args: ast.Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      this.visitExprs(args.defaults);
      this.addOp(Op.BUILD_TUPLE, args.defaults.length, loc);
      flags |= MAKE_FUNCTION_FLAGS.defaults;
    }
    if (this.kwonlyDefaults(loc, args)) flags |= MAKE_FUNCTION_FLAGS.kwdefaults;
    return flags;
  }

  /** CPython: compiler_visit_kwonlydefaults. */
  private kwonlyDefaults(loc: Loc, args: ast.Arguments): boolean {
    const keys: string[] = [];
    args.kwonlyargs.forEach((arg, i) => {
      const value = args.kw_defaults[i];
      if (!value) return;
      keys.push(mangle(this.u.privateName, arg.arg));
      this.visitExpr(value);
    });
    if (keys.length === 0) return false;
    this.loadConst(constTuple(keys), loc);
    this.addOp(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
    return true;
  }

  /** Pushes a tuple of (name, annotation) pairs, if any. CPython: compiler_visit_annotations. */
  private annotations(loc: Loc, args: ast.Arguments, returns: ast.Expr | null): boolean {
    let count = 0;
    const annotate = (name: string, annotation: ast.Expr | null) => {
      if (!annotation) return;
      this.loadConst(mangle(this.u.privateName, name), loc);
      if (annotation.kind === 'Starred') {
        this.visitExpr(annotation.value);
        this.addOp(Op.UNPACK_SEQUENCE, 1, loc);
      } else {
        this.visitExpr(annotation);
      }
      count += 2;
    };
    for (const arg of [...args.args, ...args.posonlyargs]) annotate(arg.arg, arg.annotation);
    if (args.vararg) annotate(args.vararg.arg, args.vararg.annotation);
    for (const arg of args.kwonlyargs) annotate(arg.arg, arg.annotation);
    if (args.kwarg) annotate(args.kwarg.arg, args.kwarg.annotation);
    annotate('return', returns);
    if (count === 0) return false;
    this.addOp(Op.BUILD_TUPLE, count, loc);
    return true;
  }

  private applyDecorators(decorators: readonly ast.Expr[]): void {
    for (let i = decorators.length - 1; i >= 0; i--) this.addOp(Op.CALL, 0, locOf(decorators[i]));
  }

  /**
   * Pushes a function made from `code`: its free variables are passed as a tuple of
   * this unit's cells (LOAD_CLOSURE). CPython: compiler_make_closure.
   */
  private makeClosure(loc: Loc, code: CodeDesc, flags: number): void {
    const frees = code.localsplusNames.filter((_, i) => code.localsplusKinds[i] & LOCALS_KIND.free);
    if (frees.length > 0) {
      for (const name of frees) {
        const cells = this.refType(name) === Scope.Cell ? this.u.cellvars : this.u.freevars;
        const index = cells.get(name);
        if (index === undefined) throw new Error(`internal compiler error: no closure cell for '${name}'`);
        this.addOp(Op.LOAD_CLOSURE, index, loc);
      }
      flags |= MAKE_FUNCTION_FLAGS.closure;
      this.addOp(Op.BUILD_TUPLE, frees.length, loc);
    }
    this.loadConst(code, loc);
    this.addOp(Op.MAKE_FUNCTION, flags, loc);
  }

  /** `C = __build_class__(<body function>, 'C', *bases, **keywords)`. CPython: compiler_class. */
  private classDef(s: ast.ClassDef): void {
    this.visitExprs(s.decorator_list);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    const code = this.classBody(s, firstlineno);
    const loc = locOf(s);
    this.addOp(Op.PUSH_NULL, 0, loc);
    this.addOp(Op.LOAD_BUILD_CLASS, 0, loc);
    this.makeClosure(loc, code, 0);
    this.loadConst(s.name, loc);
    this.validateKeywords(loc, s.keywords);
    this.callHelper(loc, 2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.nameop(loc, s.name, 'Store');
  }

  /**
   * The class body sets `__module__` and `__qualname__`, runs the statements, and
   * returns the `__class__` cell (also stored as `__classcell__`) if a method needs it.
   * CPython: compiler_class_body.
   */
  private classBody(s: ast.ClassDef, firstlineno: number): CodeDesc {
    this.enterScope(s.name, 'class', s, firstlineno);
    const loc = location(firstlineno, firstlineno, 0, 0);
    this.u.privateName = s.name;
    this.nameop(loc, '__name__', 'Load');
    this.nameop(loc, '__module__', 'Store');
    this.loadConst(this.u.qualname, loc);
    this.nameop(loc, '__qualname__', 'Store');
    this.body(loc, s.body);
    if (this.u.ste.needsClassClosure) {
      this.addOp(Op.LOAD_CLOSURE, this.u.cellvars.get('__class__')!, NO_LOCATION);
      this.addOp(Op.COPY, 1, NO_LOCATION);
      this.nameop(NO_LOCATION, '__classcell__', 'Store');
    } else {
      this.loadConst(null, NO_LOCATION);
    }
    this.addOp(Op.RETURN_VALUE, 0, NO_LOCATION);
    const code = this.optimizeAndAssemble(true);
    this.exitScope();
    return code;
  }

  /** CPython: compiler_return. */
  private returnStmt(s: ast.Return): void {
    const value = s.value;
    const constant = value ? foldedConstant(value) : undefined;
    const preserveTos = value !== null && constant === undefined;
    const ref: LocRef = { loc: locOf(s) };
    if (!this.u.ste.isFunctionLike) throw this.error("'return' outside function", ref.loc);
    if (preserveTos) {
      this.visitExpr(value);
    } else if (value) {
      // An instruction carrying the value's line, for tracing.
      ref.loc = locOf(value);
      this.addOp(Op.NOP, 0, ref.loc);
    }
    if (!value || value.lineno !== s.lineno) {
      ref.loc = locOf(s);
      this.addOp(Op.NOP, 0, ref.loc);
    }
    this.unwindFBlockStack(ref, preserveTos, false);
    if (!value) this.loadConst(null, ref.loc);
    else if (!preserveTos) this.loadConst(constant!, ref.loc);
    this.addOp(Op.RETURN_VALUE, 0, ref.loc);
  }

  /** CPython: compiler_break. */
  private breakStmt(loc: Loc): void {
    const ref: LocRef = { loc };
    this.addOp(Op.NOP, 0, loc);
    const loop = this.unwindFBlockStack(ref, false, true);
    if (!loop) throw this.error("'break' outside loop", loc);
    this.unwindFBlock(ref, loop, false);
    this.addJump(Pseudo.JUMP, loop.exit, ref.loc);
  }

  /** CPython: compiler_continue. */
  private continueStmt(loc: Loc): void {
    const ref: LocRef = { loc };
    this.addOp(Op.NOP, 0, loc);
    const loop = this.unwindFBlockStack(ref, false, true);
    if (!loop) throw this.error("'continue' not properly in loop", loc);
    this.addJump(Pseudo.JUMP, loop.block, ref.loc);
  }

  /**
   * Emits the code that leaves one frame block early: pops a loop's iterator, runs a
   * `finally` body, calls a context manager's `__exit__`... If `preserveTos`, the value
   * on top of the stack (a return value) is kept above what is popped.
   * CPython: compiler_unwind_fblock.
   */
  private unwindFBlock(ref: LocRef, fblock: FBlock, preserveTos: boolean): void {
    const swapIfPreserving = () => {
      if (preserveTos) this.addOp(Op.SWAP, 2, ref.loc);
    };
    switch (fblock.type) {
      case 'WHILE_LOOP':
      case 'EXCEPTION_HANDLER':
        return;
      case 'FOR_LOOP':
      case 'POP_VALUE':
        swapIfPreserving();
        this.addOp(Op.POP_TOP, 0, ref.loc);
        return;
      case 'TRY_EXCEPT':
        this.addOp(Pseudo.POP_BLOCK, 0, ref.loc);
        return;
      case 'FINALLY_TRY':
        // This POP_BLOCK gets the line number of the unwinding statement.
        this.addOp(Pseudo.POP_BLOCK, 0, ref.loc);
        if (preserveTos) this.pushFBlock(ref.loc, { type: 'POP_VALUE' });
        this.visitStmts(fblock.finalbody);
        if (preserveTos) this.popFBlock();
        // The finally body should appear to run after the unwinding statement.
        ref.loc = NO_LOCATION;
        return;
      case 'FINALLY_END':
        swapIfPreserving();
        this.addOp(Op.POP_TOP, 0, ref.loc); // exc_value
        swapIfPreserving();
        this.addOp(Pseudo.POP_BLOCK, 0, ref.loc);
        this.addOp(Op.POP_EXCEPT, 0, ref.loc);
        return;
      case 'WITH':
        ref.loc = locOf(fblock.stmt);
        this.addOp(Pseudo.POP_BLOCK, 0, ref.loc);
        swapIfPreserving();
        this.callExitWithNones(ref.loc);
        this.addOp(Op.POP_TOP, 0, ref.loc);
        ref.loc = NO_LOCATION;
        return;
      case 'HANDLER_CLEANUP':
        if (fblock.name !== null) this.addOp(Pseudo.POP_BLOCK, 0, ref.loc);
        swapIfPreserving();
        this.addOp(Pseudo.POP_BLOCK, 0, ref.loc);
        this.addOp(Op.POP_EXCEPT, 0, ref.loc);
        if (fblock.name !== null) this.clearExceptName(ref.loc, fblock.name);
        return;
    }
  }

  /**
   * Unwinds the frame blocks from the innermost outwards; with `toLoop`, stops at the
   * innermost loop and returns it. CPython: compiler_unwind_fblock_stack.
   */
  private unwindFBlockStack(ref: LocRef, preserveTos: boolean, toLoop: boolean): LoopFBlock | null {
    const fblocks = this.u.fblocks;
    const top = fblocks[fblocks.length - 1];
    if (!top) return null;
    if (toLoop && (top.type === 'WHILE_LOOP' || top.type === 'FOR_LOOP')) return top;
    fblocks.pop();
    this.unwindFBlock(ref, top, preserveTos);
    const loop = this.unwindFBlockStack(ref, preserveTos, toLoop);
    fblocks.push(top);
    return loop;
  }

  /** CPython: compiler_if. */
  private ifStmt(s: ast.If): void {
    const end = this.newLabel();
    const next = s.orelse.length > 0 ? this.newLabel() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length > 0) {
      this.addJump(Pseudo.JUMP, end, NO_LOCATION);
      this.useLabel(next);
      this.visitStmts(s.orelse);
    }
    this.useLabel(end);
  }

  /** CPython: compiler_for. FOR_ITER jumps to END_FOR when exhausted. */
  private forStmt(s: ast.For): void {
    const loc = locOf(s);
    const start = this.newLabel();
    const body = this.newLabel();
    const cleanup = this.newLabel();
    const end = this.newLabel();
    this.pushFBlock(loc, { type: 'FOR_LOOP', block: start, exit: end });
    this.visitExpr(iterableView(s.iter));
    this.addOp(Op.GET_ITER, 0, loc);
    this.useLabel(start);
    this.addJump(Op.FOR_ITER, cleanup, loc);
    this.useLabel(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.addJump(Pseudo.JUMP, start, NO_LOCATION);
    this.useLabel(cleanup);
    this.addOp(Op.END_FOR, 0, NO_LOCATION);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  /** CPython: compiler_while. The test is repeated at the bottom of the loop. */
  private whileStmt(s: ast.While): void {
    const loop = this.newLabel();
    const body = this.newLabel();
    const end = this.newLabel();
    const anchor = this.newLabel();
    this.useLabel(loop);
    this.pushFBlock(locOf(s), { type: 'WHILE_LOOP', block: loop, exit: end });
    this.jumpIf(s.test, anchor, false);
    this.useLabel(body);
    this.visitStmts(s.body);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.useLabel(anchor);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  /**
   * try/finally: the finally body is emitted twice, once for the normal path and once
   * as the exception handler, which re-raises. CPython: compiler_try_finally.
   */
  private tryFinally(s: ast.Try): void {
    const loc = locOf(s);
    const body = this.newLabel();
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.addJump(Pseudo.SETUP_FINALLY, end, loc);
    this.useLabel(body);
    this.pushFBlock(loc, { type: 'FINALLY_TRY', finalbody: s.finalbody });
    if (s.handlers.length > 0) this.tryExcept(s);
    else this.visitStmts(s.body);
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.addJump(Pseudo.JUMP, exit, NO_LOCATION);

    this.useLabel(end);
    this.addJump(Pseudo.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.addOp(Op.PUSH_EXC_INFO, 0, NO_LOCATION);
    this.pushFBlock(NO_LOCATION, { type: 'FINALLY_END' });
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.addOp(Op.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  /**
   * try/except/else. The handlers run with the exception pushed (PUSH_EXC_INFO), each
   * testing it with CHECK_EXC_MATCH; a named handler's body is itself wrapped so that
   * the name is deleted however the body exits. CPython: compiler_try_except.
   */
  private tryExcept(s: ast.Try): void {
    const loc = locOf(s);
    const body = this.newLabel();
    let except = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    this.addJump(Pseudo.SETUP_FINALLY, except, loc);
    this.useLabel(body);
    this.pushFBlock(loc, { type: 'TRY_EXCEPT' });
    this.visitStmts(s.body);
    this.popFBlock();
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.visitStmts(s.orelse);
    this.addJump(Pseudo.JUMP, end, NO_LOCATION);

    this.useLabel(except);
    this.addJump(Pseudo.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.addOp(Op.PUSH_EXC_INFO, 0, NO_LOCATION);
    this.pushFBlock(loc, { type: 'EXCEPTION_HANDLER' });
    s.handlers.forEach((handler, i) => {
      const hloc = locOf(handler);
      if (!handler.type && i < s.handlers.length - 1) throw this.error("default 'except:' must be last", hloc);
      except = this.newLabel();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addOp(Op.CHECK_EXC_MATCH, 0, hloc);
        this.addJump(Op.POP_JUMP_IF_FALSE, except, hloc);
      }
      if (handler.name !== null) this.namedHandlerBody(handler, handler.name, end);
      else this.anonymousHandlerBody(handler, end);
      this.useLabel(except);
    });
    this.popFBlock();
    this.addOp(Op.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(end);
  }

  /** `except E as name:` runs its body as `try: body finally: name = None; del name`. */
  private namedHandlerBody(handler: ast.ExceptHandler, name: string, end: Block): void {
    const hloc = locOf(handler);
    const cleanupEnd = this.newLabel();
    const cleanupBody = this.newLabel();
    this.nameop(hloc, name, 'Store');
    this.addJump(Pseudo.SETUP_CLEANUP, cleanupEnd, hloc);
    this.useLabel(cleanupBody);
    this.pushFBlock(hloc, { type: 'HANDLER_CLEANUP', name });
    this.visitStmts(handler.body);
    this.popFBlock();
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.addOp(Op.POP_EXCEPT, 0, NO_LOCATION);
    this.clearExceptName(NO_LOCATION, name);
    this.addJump(Pseudo.JUMP, end, NO_LOCATION);
    this.useLabel(cleanupEnd);
    this.clearExceptName(NO_LOCATION, name);
    this.addOp(Op.RERAISE, 1, NO_LOCATION);
  }

  private anonymousHandlerBody(handler: ast.ExceptHandler, end: Block): void {
    const hloc = locOf(handler);
    const cleanupBody = this.newLabel();
    this.addOp(Op.POP_TOP, 0, hloc); // exc_value
    this.useLabel(cleanupBody);
    this.pushFBlock(hloc, { type: 'HANDLER_CLEANUP', name: null });
    this.visitStmts(handler.body);
    this.popFBlock();
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.addOp(Op.POP_EXCEPT, 0, NO_LOCATION);
    this.addJump(Pseudo.JUMP, end, NO_LOCATION);
  }

  /** `name = None; del name`, so that the exception does not outlive its handler. */
  private clearExceptName(loc: Loc, name: string): void {
    this.loadConst(null, loc);
    this.nameop(loc, name, 'Store');
    this.nameop(loc, name, 'Del');
  }

  /** [exc_info, lasti, exc] → restore the previous exception and re-raise. */
  private popExceptAndReraise(loc: Loc): void {
    this.addOp(Op.COPY, 3, loc);
    this.addOp(Op.POP_EXCEPT, 0, loc);
    this.addOp(Op.RERAISE, 1, loc);
  }

  private callExitWithNones(loc: Loc): void {
    this.loadConst(null, loc);
    this.loadConst(null, loc);
    this.loadConst(null, loc);
    this.addOp(Op.CALL, 2, loc);
  }

  /**
   * `with` (one item per recursion level): BEFORE_WITH pushes the bound `__exit__` and
   * the result of `__enter__`; the handler calls `__exit__` via WITH_EXCEPT_START and
   * re-raises unless it returned true. CPython: compiler_with.
   */
  private withStmt(s: ast.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.visitExpr(item.context_expr);
    const loc = locOf(s);
    this.addOp(Op.BEFORE_WITH, 0, loc);
    this.addJump(Pseudo.SETUP_WITH, final, loc);
    this.useLabel(block);
    this.pushFBlock(loc, { type: 'WITH', stmt: s });
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addOp(Op.POP_TOP, 0, loc);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.withStmt(s, pos + 1);
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.popFBlock();
    this.callExitWithNones(loc);
    this.addOp(Op.POP_TOP, 0, loc);
    this.addJump(Pseudo.JUMP, exit, loc);

    this.useLabel(final);
    this.addJump(Pseudo.SETUP_CLEANUP, cleanup, loc);
    this.addOp(Op.PUSH_EXC_INFO, 0, loc);
    this.addOp(Op.WITH_EXCEPT_START, 0, loc);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  /** CPython: compiler_with_except_finish. */
  private withExceptFinish(cleanup: Block): void {
    const suppress = this.newLabel();
    const exit = this.newLabel();
    this.addJump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
    this.addOp(Op.RERAISE, 2, NO_LOCATION);
    this.useLabel(suppress);
    this.addOp(Op.POP_TOP, 0, NO_LOCATION); // exc_value
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.addOp(Op.POP_EXCEPT, 0, NO_LOCATION);
    this.addOp(Op.POP_TOP, 0, NO_LOCATION);
    this.addOp(Op.POP_TOP, 0, NO_LOCATION);
    this.addJump(Pseudo.JUMP, exit, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  /** CPython: compiler_assert. */
  private assertStmt(s: ast.Assert): void {
    const loc = locOf(s);
    const end = this.newLabel();
    this.jumpIf(s.test, end, true);
    this.addOp(Op.LOAD_ASSERTION_ERROR, 0, loc);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addOp(Op.CALL, 0, loc);
    }
    this.addOp(Op.RAISE_VARARGS, 1, loc);
    this.useLabel(end);
  }

  /** `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule. CPython: compiler_import. */
  private importStmt(s: ast.Import): void {
    const loc = locOf(s);
    for (const alias of s.names) {
      this.loadConst(0n, loc);
      this.loadConst(null, loc);
      this.addNameOp(Op.IMPORT_NAME, alias.name, loc);
      if (alias.asname !== null) {
        this.importAs(loc, alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf('.');
        this.nameop(loc, dot === -1 ? alias.name : alias.name.slice(0, dot), 'Store');
      }
    }
  }

  /** CPython: compiler_import_as. */
  private importAs(loc: Loc, name: string, asname: string): void {
    const [, ...attrs] = name.split('.');
    attrs.forEach((attr, i) => {
      this.addOp(Op.IMPORT_FROM, dictAdd(this.u.names, attr), loc);
      if (i < attrs.length - 1) {
        this.addOp(Op.SWAP, 2, loc);
        this.addOp(Op.POP_TOP, 0, loc);
      }
    });
    this.nameop(loc, asname, 'Store');
    if (attrs.length > 0) this.addOp(Op.POP_TOP, 0, loc);
  }

  /** CPython: compiler_from_import. */
  private importFrom(s: ast.ImportFrom): void {
    const loc = locOf(s);
    this.loadConst(BigInt(s.level), loc);
    this.loadConst(constTuple(s.names.map((alias) => alias.name)), loc);
    this.addNameOp(Op.IMPORT_NAME, s.module ?? '', loc);
    if (s.names[0]?.name === '*') {
      this.addOp(Op.CALL_INTRINSIC_1, intrinsic1('INTRINSIC_IMPORT_STAR'), loc);
      this.addOp(Op.POP_TOP, 0, NO_LOCATION);
      return;
    }
    for (const alias of s.names) {
      this.addNameOp(Op.IMPORT_FROM, alias.name, loc);
      this.nameop(loc, alias.asname ?? alias.name, 'Store');
    }
    this.addOp(Op.POP_TOP, 0, loc); // the module
  }

  /** CPython: compiler_augassign. The target's container is evaluated once. */
  private augAssign(s: ast.AugAssign): void {
    const target = s.target;
    let loc = locOf(target);
    switch (target.kind) {
      case 'Attribute':
        this.visitExpr(target.value);
        this.addOp(Op.COPY, 1, loc);
        this.loadAttr(updateStartLocationToMatchAttr(loc, target), target.attr, false);
        break;
      case 'Subscript':
        this.visitExpr(target.value);
        if (isTwoElementSlice(target.slice)) {
          this.slice(target.slice);
          this.addOp(Op.COPY, 3, loc);
          this.addOp(Op.COPY, 3, loc);
          this.addOp(Op.COPY, 3, loc);
          this.addOp(Op.BINARY_SLICE, 0, loc);
        } else {
          this.visitExpr(target.slice);
          this.addOp(Op.COPY, 2, loc);
          this.addOp(Op.COPY, 2, loc);
          this.addOp(Op.BINARY_SUBSCR, 0, loc);
        }
        break;
      case 'Name':
        this.nameop(loc, target.id, 'Load');
        break;
    }
    this.visitExpr(s.value);
    this.addOp(Op.BINARY_OP, binaryOpArg(s.op, true), locOf(s));
    loc = locOf(target);
    switch (target.kind) {
      case 'Attribute':
        loc = updateStartLocationToMatchAttr(loc, target);
        this.addOp(Op.SWAP, 2, loc);
        this.addNameOp(Op.STORE_ATTR, target.attr, loc);
        break;
      case 'Subscript':
        if (isTwoElementSlice(target.slice)) {
          this.addOp(Op.SWAP, 4, loc);
          this.addOp(Op.SWAP, 3, loc);
          this.addOp(Op.SWAP, 2, loc);
          this.addOp(Op.STORE_SLICE, 0, loc);
        } else {
          this.addOp(Op.SWAP, 3, loc);
          this.addOp(Op.SWAP, 2, loc);
          this.addOp(Op.STORE_SUBSCR, 0, loc);
        }
        break;
      case 'Name':
        this.nameop(loc, target.id, 'Store');
        break;
    }
  }

  /**
   * `target: annotation [= value]`. Only module and class bodies evaluate annotations;
   * a simple name's annotation is stored in `__annotations__`. CPython: compiler_annassign.
   */
  private annAssign(s: ast.AnnAssign): void {
    const loc = locOf(s);
    const target = s.target;
    const evaluatesAnnotations = this.u.kind === 'module' || this.u.kind === 'class';
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(target);
    }
    switch (target.kind) {
      case 'Name':
        this.checkForbiddenName(loc, target.id, 'Store');
        if (s.simple && evaluatesAnnotations) {
          this.visitExpr(s.annotation);
          this.addNameOp(Op.LOAD_NAME, '__annotations__', loc);
          this.loadConst(mangle(this.u.privateName, target.id), loc);
          this.addOp(Op.STORE_SUBSCR, 0, loc);
        }
        break;
      case 'Attribute':
        this.checkForbiddenName(loc, target.attr, 'Store');
        if (!s.value) this.evaluateAndPop(target.value);
        break;
      case 'Subscript':
        if (!s.value) {
          this.evaluateAndPop(target.value);
          this.evaluateSubscriptAndPop(target.slice);
        }
        break;
    }
    if (!s.simple && evaluatesAnnotations) this.evaluateAndPop(s.annotation);
  }

  /** CPython: check_ann_expr. */
  private evaluateAndPop(e: ast.Expr): void {
    this.visitExpr(e);
    this.addOp(Op.POP_TOP, 0, locOf(e));
  }

  /** CPython: check_ann_subscr. */
  private evaluateSubscriptAndPop(e: ast.Expr): void {
    if (e.kind === 'Slice') {
      for (const part of [e.lower, e.upper, e.step]) if (part) this.evaluateAndPop(part);
    } else if (e.kind === 'Tuple') {
      for (const elt of e.elts) this.evaluateSubscriptAndPop(elt);
    } else {
      this.evaluateAndPop(e);
    }
  }

  // -------------------------------------------------------------------------
  // Expressions
  // -------------------------------------------------------------------------

  private visitExprs(exprs: readonly ast.Expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  /** CPython: compiler_visit_expr1. */
  private visitExpr(e: ast.Expr): void {
    const loc = locOf(e);
    const constant = foldedConstant(e);
    if (constant !== undefined) {
      this.loadConst(constant, loc);
      return;
    }
    switch (e.kind) {
      case 'NamedExpr':
        this.visitExpr(e.value);
        this.addOp(Op.COPY, 1, loc);
        this.visitExpr(e.target);
        return;
      case 'BoolOp':
        return this.boolOp(e);
      case 'BinOp': {
        const formatted = formatAsJoinedStr(e);
        if (formatted) return this.joinedStr(formatted);
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.addOp(Op.BINARY_OP, binaryOpArg(e.op, false), loc);
        return;
      }
      case 'UnaryOp':
        return this.unaryOp(e);
      case 'Lambda':
        return this.lambda(e);
      case 'IfExp':
        return this.ifExp(e);
      case 'Dict':
        return this.dict(e);
      case 'Set':
        return this.starUnpack(loc, e.elts, 0, SET_OPS, false);
      case 'ListComp':
        return this.comprehension(e, 'list', '<listcomp>', e.elt, null);
      case 'SetComp':
        return this.comprehension(e, 'set', '<setcomp>', e.elt, null);
      case 'DictComp':
        return this.comprehension(e, 'dict', '<dictcomp>', e.key, e.value);
      case 'GeneratorExp':
        return this.comprehension(e, 'generator', '<genexpr>', e.elt, null);
      case 'Yield':
        if (!this.u.ste.isFunctionLike) throw this.error("'yield' outside function", loc);
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(null, loc);
        this.addYield(loc);
        return;
      case 'YieldFrom':
        if (!this.u.ste.isFunctionLike) throw this.error("'yield' outside function", loc);
        this.visitExpr(e.value);
        this.addOp(Op.GET_YIELD_FROM_ITER, 0, loc);
        this.loadConst(null, loc);
        this.addYieldFrom(loc);
        return;
      case 'Compare':
        return this.compare(e);
      case 'Call':
        return this.call(e);
      case 'JoinedStr':
        return this.joinedStr(e);
      case 'FormattedValue':
        return this.formattedValue(e);
      case 'Attribute':
        return this.attribute(e);
      case 'Subscript':
        return this.subscript(e);
      case 'Starred':
        throw this.error(
          e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here",
          loc,
        );
      case 'Slice':
        this.addOp(Op.BUILD_SLICE, this.slice(e), loc);
        return;
      case 'Name':
        return this.nameop(loc, e.id, e.ctx);
      case 'List':
        return this.sequence(e, false);
      case 'Tuple':
        return this.sequence(e, true);
    }
  }

  private unaryOp(e: ast.UnaryOp): void {
    const comparison = invertedComparison(e);
    if (comparison) return this.compare(comparison);
    const loc = locOf(e);
    this.visitExpr(e.operand);
    switch (e.op) {
      case 'UAdd':
        return this.addOp(Op.CALL_INTRINSIC_1, intrinsic1('INTRINSIC_UNARY_POSITIVE'), loc);
      case 'USub':
        return this.addOp(Op.UNARY_NEGATIVE, 0, loc);
      case 'Invert':
        return this.addOp(Op.UNARY_INVERT, 0, loc);
      case 'Not':
        return this.addOp(Op.UNARY_NOT, 0, loc);
    }
  }

  /** YIELD_VALUE (its oparg, the handler depth, is filled in later), then RESUME 1. */
  private addYield(loc: Loc): void {
    this.addOp(Op.YIELD_VALUE, 0, loc);
    this.addOp(Op.RESUME, RESUME_KINDS.afterYield, loc);
  }

  /**
   * The `yield from` loop: SEND the value in; YIELD_VALUE what comes out; on return,
   * END_SEND leaves the result. An exception thrown in while suspended goes through
   * CLEANUP_THROW. CPython: compiler_add_yield_from.
   */
  private addYieldFrom(loc: Loc): void {
    const send = this.newLabel();
    const fail = this.newLabel();
    const exit = this.newLabel();
    this.useLabel(send);
    this.addJump(Op.SEND, exit, loc);
    this.addJump(Pseudo.SETUP_FINALLY, fail, loc);
    this.addOp(Op.YIELD_VALUE, 0, loc);
    this.addOp(Pseudo.POP_BLOCK, 0, NO_LOCATION);
    this.addOp(Op.RESUME, RESUME_KINDS.afterYieldFrom, loc);
    this.addJump(Pseudo.JUMP_NO_INTERRUPT, send, loc);
    this.useLabel(fail);
    this.addOp(Op.CLEANUP_THROW, 0, loc);
    this.useLabel(exit);
    this.addOp(Op.END_SEND, 0, loc);
  }

  /** `a and b`: COPY the value, jump out with it if decided, else POP_TOP it. CPython: compiler_boolop. */
  private boolOp(e: ast.BoolOp): void {
    const loc = locOf(e);
    const jump = e.op === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
    const end = this.newLabel();
    const last = e.values.length - 1;
    for (let i = 0; i < last; i++) {
      this.visitExpr(e.values[i]);
      this.addOp(Op.COPY, 1, loc);
      this.addJump(jump, end, loc);
      this.addOp(Op.POP_TOP, 0, loc);
    }
    this.visitExpr(e.values[last]);
    this.useLabel(end);
  }

  /** CPython: compiler_ifexp. */
  private ifExp(e: ast.IfExp): void {
    const end = this.newLabel();
    const next = this.newLabel();
    this.jumpIf(e.test, next, false);
    this.visitExpr(e.body);
    this.addJump(Pseudo.JUMP, end, NO_LOCATION);
    this.useLabel(next);
    this.visitExpr(e.orelse);
    this.useLabel(end);
  }

  /**
   * Jumps to `next` if `e` is truthy (`cond`) or falsy (`!cond`), compiling `not`,
   * `and`/`or`, conditional expressions and comparison chains into jumps instead of
   * values. CPython: compiler_jump_if.
   */
  private jumpIf(e: ast.Expr, next: Block, cond: boolean): void {
    switch (e.kind) {
      case 'UnaryOp': {
        const comparison = invertedComparison(e);
        if (comparison) return this.jumpIf(comparison, next, cond);
        if (e.op === 'Not' && !isConstantExpr(e)) return this.jumpIf(e.operand, next, !cond);
        break;
      }
      case 'BoolOp':
        return this.jumpIfBoolOp(e, next, cond);
      case 'IfExp': {
        const end = this.newLabel();
        const next2 = this.newLabel();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.addJump(Pseudo.JUMP, end, NO_LOCATION);
        this.useLabel(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useLabel(end);
        return;
      }
      case 'Compare':
        if (e.ops.length > 1) return this.jumpIfCompareChain(e, next, cond);
        break;
    }
    this.visitExpr(e);
    this.addJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, locOf(e));
  }

  private jumpIfBoolOp(e: ast.BoolOp, next: Block, cond: boolean): void {
    const isOr = e.op === 'Or';
    const next2 = isOr === cond ? next : this.newLabel();
    const last = e.values.length - 1;
    for (let i = 0; i < last; i++) this.jumpIf(e.values[i], next2, isOr);
    this.jumpIf(e.values[last], next, cond);
    if (next2 !== next) this.useLabel(next2);
  }

  private jumpIfCompareChain(e: ast.Compare, next: Block, cond: boolean): void {
    const loc = locOf(e);
    const cleanup = this.newLabel();
    const n = e.ops.length - 1;
    this.visitExpr(e.left);
    for (let i = 0; i < n; i++) {
      this.visitExpr(this.comparator(e, i));
      this.addOp(Op.SWAP, 2, loc);
      this.addOp(Op.COPY, 2, loc);
      this.addCompare(loc, e.ops[i]);
      this.addJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    }
    this.visitExpr(this.comparator(e, n));
    this.addCompare(loc, e.ops[n]);
    this.addJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, loc);
    const end = this.newLabel();
    this.addJump(Pseudo.JUMP, end, NO_LOCATION);
    this.useLabel(cleanup);
    this.addOp(Op.POP_TOP, 0, loc);
    if (!cond) this.addJump(Pseudo.JUMP, next, NO_LOCATION);
    this.useLabel(end);
  }

  /** The i-th right operand, with the last one of `in` seen as a tuple if a list. */
  private comparator(e: ast.Compare, i: number): ast.Expr {
    const last = e.ops.length - 1;
    const op = e.ops[last];
    return i === last && (op === 'In' || op === 'NotIn') ? iterableView(e.comparators[i]) : e.comparators[i];
  }

  /** CPython: compiler_addcompare. */
  private addCompare(loc: Loc, op: ast.CompareOperator): void {
    switch (op) {
      case 'Is':
      case 'IsNot':
        return this.addOp(Op.IS_OP, op === 'IsNot' ? 1 : 0, loc);
      case 'In':
      case 'NotIn':
        return this.addOp(Op.CONTAINS_OP, op === 'NotIn' ? 1 : 0, loc);
      default: {
        const cmp = COMPARE_OPS.indexOf(COMPARISON_SYMBOLS[op]!);
        this.addOp(Op.COMPARE_OP, (cmp << 4) | COMPARE_OUTCOMES[cmp], loc);
      }
    }
  }

  /**
   * A chain `a < b < c` keeps each middle operand with SWAP/COPY and short-circuits to a
   * cleanup that drops it. CPython: compiler_compare.
   */
  private compare(e: ast.Compare): void {
    const loc = locOf(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(this.comparator(e, 0));
      this.addCompare(loc, e.ops[0]);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.visitExpr(this.comparator(e, i));
      this.addOp(Op.SWAP, 2, loc);
      this.addOp(Op.COPY, 2, loc);
      this.addCompare(loc, e.ops[i]);
      this.addOp(Op.COPY, 1, loc);
      this.addJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
      this.addOp(Op.POP_TOP, 0, loc);
    }
    this.visitExpr(this.comparator(e, n));
    this.addCompare(loc, e.ops[n]);
    const end = this.newLabel();
    this.addJump(Pseudo.JUMP, end, NO_LOCATION);
    this.useLabel(cleanup);
    this.addOp(Op.SWAP, 2, loc);
    this.addOp(Op.POP_TOP, 0, loc);
    this.useLabel(end);
  }

  /** CPython: compiler_lambda. Its consts[0] is None, so it never has a docstring. */
  private lambda(e: ast.Lambda): void {
    const loc = locOf(e);
    this.checkDebugArgs(loc, e.args);
    const flags = this.defaultArguments(loc, e.args);
    this.enterScope('<lambda>', 'lambda', e, e.lineno);
    this.u.addConst(null);
    this.setArgCounts(e.args);
    this.visitExpr(e.body);
    let code: CodeDesc;
    if (this.u.ste.generator) {
      code = this.optimizeAndAssemble(false);
    } else {
      this.addOp(Op.RETURN_VALUE, 0, location(e.lineno, e.lineno, 0, 0));
      code = this.optimizeAndAssemble(true);
    }
    this.exitScope();
    this.makeClosure(loc, code, flags);
  }

  /**
   * A comprehension is a nested function called at once with the outermost iterator as
   * its argument `.0` (the Python 3.11 scheme, kept for `<listcomp>` in tracebacks).
   * CPython: compiler_comprehension, non-inlined path.
   */
  private comprehension(
    e: ComprehensionNode,
    kind: ComprehensionKind,
    name: string,
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const loc = locOf(e);
    this.enterScope(name, 'comprehension', e, e.lineno);
    if (kind !== 'generator') {
      const build = kind === 'list' ? Op.BUILD_LIST : kind === 'set' ? Op.BUILD_SET : Op.BUILD_MAP;
      this.addOp(build, 0, loc);
    }
    this.comprehensionGenerator(loc, e.generators, 0, 0, elt, value, kind);
    if (kind !== 'generator') this.addOp(Op.RETURN_VALUE, 0, loc);
    else this.wrapInStopIterationHandler();
    const code = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(loc, code, 0);
    this.visitExpr(iterableView(e.generators[0].iter));
    this.addOp(Op.GET_ITER, 0, loc);
    this.addOp(Op.CALL, 0, loc);
  }

  /**
   * One `for ... in ... if ...` clause, recursing into the next; the innermost appends
   * (or yields) the element. `depth` counts the iterators on the stack.
   * CPython: compiler_sync_comprehension_generator.
   */
  private comprehensionGenerator(
    loc: Loc,
    generators: readonly ast.Comprehension[],
    index: number,
    depth: number,
    elt: ast.Expr,
    value: ast.Expr | null,
    kind: ComprehensionKind,
  ): void {
    const gen = generators[index];
    let start: Block | null = this.newLabel();
    const ifCleanup = this.newLabel();
    const anchor = this.newLabel();
    if (index === 0) {
      // The outermost iterator arrives as the implicit argument `.0`.
      this.u.argcount = 1;
      this.addOp(Op.LOAD_FAST, 0, loc);
    } else {
      const iter = iterableView(gen.iter);
      const single = singleElement(iter);
      if (single) {
        // `for y in [expr]` just binds y = expr, without a loop.
        this.visitExpr(single);
        start = null;
      } else {
        this.visitExpr(iter);
        this.addOp(Op.GET_ITER, 0, loc);
      }
    }
    if (start) {
      depth++;
      this.useLabel(start);
      this.addJump(Op.FOR_ITER, anchor, loc);
    }
    this.visitExpr(gen.target);
    for (const test of gen.ifs) this.jumpIf(test, ifCleanup, false);
    if (index + 1 < generators.length) {
      this.comprehensionGenerator(loc, generators, index + 1, depth, elt, value, kind);
    }
    let eltLoc = locOf(elt);
    if (index + 1 >= generators.length) {
      this.visitExpr(elt);
      switch (kind) {
        case 'generator':
          this.addYield(eltLoc);
          this.addOp(Op.POP_TOP, 0, eltLoc);
          break;
        case 'list':
          this.addOp(Op.LIST_APPEND, depth + 1, eltLoc);
          break;
        case 'set':
          this.addOp(Op.SET_ADD, depth + 1, eltLoc);
          break;
        case 'dict':
          this.visitExpr(value!);
          eltLoc = location(elt.lineno, value!.end_lineno, elt.col_offset, value!.end_col_offset);
          this.addOp(Op.MAP_ADD, depth + 1, eltLoc);
          break;
      }
    }
    this.useLabel(ifCleanup);
    if (start) {
      this.addJump(Pseudo.JUMP, start, eltLoc);
      this.useLabel(anchor);
      this.addOp(Op.END_FOR, 0, NO_LOCATION);
    }
  }

  /** CPython: compiler_joined_str. */
  private joinedStr(e: ast.JoinedStr): void {
    const loc = locOf(e);
    if (e.values.length > STACK_USE_GUIDELINE) {
      this.loadConst('', loc);
      this.loadAttr(loc, 'join', true);
      this.addOp(Op.BUILD_LIST, 0, loc);
      for (const value of e.values) {
        this.visitExpr(value);
        this.addOp(Op.LIST_APPEND, 1, loc);
      }
      this.addOp(Op.CALL, 1, loc);
      return;
    }
    this.visitExprs(e.values);
    if (e.values.length !== 1) this.addOp(Op.BUILD_STRING, e.values.length, loc);
  }

  /** CPython: compiler_formatted_value. */
  private formattedValue(e: ast.FormattedValue): void {
    this.visitExpr(e.value);
    let oparg = formatConversion(e.conversion);
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      oparg |= FVS_HAVE_SPEC;
    }
    this.addOp(Op.FORMAT_VALUE, oparg, locOf(e));
  }

  private attribute(e: ast.Attribute): void {
    let loc = locOf(e);
    if (e.ctx === 'Load' && this.canOptimizeSuperCall(e)) {
      const superCall = e.value as ast.Call;
      this.loadArgsForSuper(superCall);
      this.loadSuperAttr(loc, e.attr, false, superCall.args.length > 0);
      this.addOp(Op.NOP, 0, updateStartLocationToMatchAttr(loc, e));
      return;
    }
    this.visitExpr(e.value);
    loc = updateStartLocationToMatchAttr(loc, e);
    switch (e.ctx) {
      case 'Load':
        return this.loadAttr(loc, e.attr, false);
      case 'Store':
        this.checkForbiddenName(loc, e.attr, 'Store');
        return this.addNameOp(Op.STORE_ATTR, e.attr, loc);
      case 'Del':
        return this.addNameOp(Op.DELETE_ATTR, e.attr, loc);
    }
  }

  /** CPython: compiler_subscript. `a[i:j]` uses BINARY_SLICE / STORE_SLICE. */
  private subscript(e: ast.Subscript): void {
    const loc = locOf(e);
    this.visitExpr(e.value);
    if (isTwoElementSlice(e.slice) && e.ctx !== 'Del') {
      this.slice(e.slice);
      this.addOp(e.ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, 0, loc);
      return;
    }
    this.visitExpr(e.slice);
    const op = e.ctx === 'Load' ? Op.BINARY_SUBSCR : e.ctx === 'Store' ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR;
    this.addOp(op, 0, loc);
  }

  /** Pushes a slice's bounds (None when missing); returns how many. CPython: compiler_slice. */
  private slice(s: ast.Slice): number {
    for (const part of [s.lower, s.upper]) {
      if (part) this.visitExpr(part);
      else this.loadConst(null, locOf(s));
    }
    if (!s.step) return 2;
    this.visitExpr(s.step);
    return 3;
  }

  /** List and tuple displays, or unpacking targets. CPython: compiler_list, compiler_tuple. */
  private sequence(e: ast.List | ast.Tuple, tuple: boolean): void {
    const loc = locOf(e);
    if (e.ctx === 'Store') {
      this.unpack(loc, e.elts);
      for (const elt of e.elts) this.visitExpr(elt.kind === 'Starred' ? elt.value : elt);
    } else if (e.ctx === 'Load') {
      this.starUnpack(loc, e.elts, 0, LIST_OPS, tuple);
    } else {
      this.visitExprs(e.elts);
    }
  }

  /** UNPACK_SEQUENCE, or UNPACK_EX with one starred target. CPython: unpack_helper. */
  private unpack(loc: Loc, elts: readonly ast.Expr[]): void {
    const star = elts.findIndex((elt) => elt.kind === 'Starred');
    if (star === -1) {
      this.addOp(Op.UNPACK_SEQUENCE, elts.length, loc);
      return;
    }
    if (elts.some((elt, i) => i > star && elt.kind === 'Starred')) {
      throw this.error('multiple starred expressions in assignment', loc);
    }
    const after = elts.length - star - 1;
    if (star >= 1 << 8 || after >= 0x7fffffff >> 8) {
      throw this.error('too many expressions in star-unpacking assignment', loc);
    }
    this.addOp(Op.UNPACK_EX, star + (after << 8), loc);
  }

  /**
   * Builds a list, tuple or set display (after `pushed` values already on the stack):
   * all at once if small and without `*x`, else incrementally with *_APPEND/*_EXTEND.
   * CPython: starunpack_helper.
   */
  private starUnpack(loc: Loc, elts: readonly ast.Expr[], pushed: number, ops: BuildOps, tuple: boolean): void {
    const [build, add, extend] = ops;
    const n = elts.length;
    // A set of constants would be a frozenset constant in CPython; gilvm has no
    // frozenset constants, so it builds the set from its elements instead.
    if (n > 2 && ops !== SET_OPS && elts.every(isConstantExpr)) {
      const folded = constTuple(elts.map((elt) => foldedConstant(elt)!));
      if (tuple && pushed === 0) {
        this.loadConst(folded, loc);
        return;
      }
      this.addOp(build, pushed, loc);
      this.loadConst(folded, loc);
      this.addOp(extend, 1, loc);
      if (tuple) this.addOp(Op.CALL_INTRINSIC_1, intrinsic1('INTRINSIC_LIST_TO_TUPLE'), loc);
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((elt) => elt.kind === 'Starred');
    if (!seenStar && !big) {
      this.visitExprs(elts);
      this.addOp(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
      return;
    }
    let built = false;
    if (big) {
      this.addOp(build, pushed, loc);
      built = true;
    }
    elts.forEach((elt, i) => {
      if (elt.kind === 'Starred') {
        if (!built) {
          this.addOp(build, i + pushed, loc);
          built = true;
        }
        this.visitExpr(elt.value);
        this.addOp(extend, 1, loc);
      } else {
        this.visitExpr(elt);
        if (built) this.addOp(add, 1, loc);
      }
    });
    if (tuple) this.addOp(Op.CALL_INTRINSIC_1, intrinsic1('INTRINSIC_LIST_TO_TUPLE'), loc);
  }

  /** CPython: compiler_dict. `**d` entries are merged with DICT_UPDATE. */
  private dict(e: ast.Dict): void {
    const loc = locOf(e);
    let haveDict = false;
    let elements = 0;
    const flush = (begin: number, end: number) => {
      this.subdict(e, begin, end);
      if (haveDict) this.addOp(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
      elements = 0;
    };
    e.values.forEach((value, i) => {
      if (e.keys[i] === null) {
        if (elements > 0) flush(i - elements, i);
        if (!haveDict) {
          this.addOp(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        this.visitExpr(value);
        this.addOp(Op.DICT_UPDATE, 1, loc);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        flush(i - elements, i + 1);
      } else {
        elements++;
      }
    });
    if (elements > 0) flush(e.values.length - elements, e.values.length);
    if (!haveDict) this.addOp(Op.BUILD_MAP, 0, loc);
  }

  /** Entries begin..end of a dict display. CPython: compiler_subdict. */
  private subdict(e: ast.Dict, begin: number, end: number): void {
    const loc = locOf(e);
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end) as ast.Expr[];
    if (n > 1 && !big && keys.every(isConstantExpr)) {
      this.visitExprs(e.values.slice(begin, end));
      this.loadConst(constTuple(keys.map((key) => foldedConstant(key)!)), loc);
      this.addOp(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.addOp(Op.BUILD_MAP, 0, loc);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.addOp(Op.MAP_ADD, 1, loc);
    }
    if (!big) this.addOp(Op.BUILD_MAP, n, loc);
  }

  // -------------------------------------------------------------------------
  // Calls
  // -------------------------------------------------------------------------

  /** CPython: validate_keywords. `loc` is the call's, where 3.11 reports `__debug__`. */
  private validateKeywords(loc: Loc, keywords: readonly ast.Keyword[]): void {
    keywords.forEach((key, i) => {
      if (key.arg === null) return;
      this.checkForbiddenName(loc, key.arg, 'Store');
      for (const other of keywords.slice(i + 1)) {
        if (other.arg === key.arg) throw this.error(`keyword argument repeated: ${key.arg}`, locOf(other));
      }
    });
  }

  /** `PUSH_NULL; <callable>; <args>; CALL`, or the method-call form. CPython: compiler_call. */
  private call(e: ast.Call): void {
    this.validateKeywords(locOf(e), e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.addOp(Op.PUSH_NULL, 0, locOf(e.func));
    this.visitExpr(e.func);
    this.callHelper(locOf(e), 0, e.args, e.keywords);
  }

  /**
   * `obj.meth(args)` loads the method with LOAD_ATTR's method form, which leaves
   * (method, self) so no bound method is created; `super().meth(args)` uses
   * LOAD_SUPER_ATTR. Not for `*args`/`**kwargs` calls or modules imported at top level.
   * CPython: maybe_optimize_method_call.
   */
  private maybeOptimizeMethodCall(e: ast.Call): boolean {
    const meth = e.func;
    if (meth.kind !== 'Attribute' || meth.ctx !== 'Load') return false;
    if (this.isImportOriginated(meth.value)) return false;
    const nargs = e.args.length;
    const nkw = e.keywords.length;
    if (nargs + nkw + (nkw > 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((arg) => arg.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
    let loc = locOf(meth);
    if (this.canOptimizeSuperCall(meth)) {
      const superCall = meth.value as ast.Call;
      this.loadArgsForSuper(superCall);
      this.loadSuperAttr(loc, meth.attr, true, superCall.args.length > 0);
      loc = updateStartLocationToMatchAttr(loc, meth);
      this.addOp(Op.NOP, 0, loc);
    } else {
      this.visitExpr(meth.value);
      loc = updateStartLocationToMatchAttr(loc, meth);
      this.loadAttr(loc, meth.attr, true);
    }
    this.visitExprs(e.args);
    if (nkw > 0) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.kwNames(loc, e.keywords);
    }
    this.addOp(Op.CALL, nargs + nkw, updateStartLocationToMatchAttr(locOf(e), meth));
    return true;
  }

  /** Whether `e` names something imported at module level. CPython: is_import_originated. */
  private isImportOriginated(e: ast.Expr): boolean {
    return e.kind === 'Name' && (this.st.top.getFlags(e.id) & DEF_IMPORT) !== 0;
  }

  /**
   * `super().attr` and `super(C, self).attr` compile to LOAD_SUPER_ATTR when `super` is
   * the builtin and, for the zero-argument form, the function has a first argument and
   * a `__class__` cell. CPython: can_optimize_super_call.
   */
  private canOptimizeSuperCall(attr: ast.Attribute): boolean {
    const e = attr.value;
    if (e.kind !== 'Call' || e.func.kind !== 'Name' || e.func.id !== 'super') return false;
    if (attr.attr === '__class__' || e.keywords.length > 0) return false;
    if (this.u.ste.getScope('super') !== Scope.GlobalImplicit) return false;
    if (this.st.top.getScope('super') !== Scope.None) return false;
    if (e.args.length === 2) return e.args.every((arg) => arg.kind !== 'Starred');
    if (e.args.length !== 0) return false;
    if (this.u.argcount === 0 && this.u.posonlyargcount === 0) return false;
    return this.u.ste.getScope('__class__') === Scope.Free;
  }

  /** Pushes `super`, the class and `self` for LOAD_SUPER_ATTR. CPython: load_args_for_super. */
  private loadArgsForSuper(e: ast.Call): void {
    this.nameop(locOf(e.func), 'super', 'Load');
    if (e.args.length === 2) {
      this.visitExprs(e.args);
      return;
    }
    const loc = locOf(e);
    this.nameop(loc, '__class__', 'Load');
    this.nameop(loc, this.u.varnames.keys().next().value!, 'Load');
  }

  /** KW_NAMES with the tuple of keyword names. CPython: compiler_call_simple_kw_helper. */
  private kwNames(loc: Loc, keywords: readonly ast.Keyword[]): void {
    this.addOp(Op.KW_NAMES, this.u.addConst(constTuple(keywords.map((k) => k.arg!))), loc);
  }

  /**
   * The arguments and the call, after the callable (and `n` extra arguments, for a
   * class) are on the stack. With `*args` or `**kwargs` the arguments are packed into a
   * tuple and a dict for CALL_FUNCTION_EX. CPython: compiler_call_helper.
   */
  private callHelper(loc: Loc, n: number, args: readonly ast.Expr[], keywords: readonly ast.Keyword[]): void {
    const simple =
      args.length + keywords.length * 2 <= STACK_USE_GUIDELINE &&
      args.every((arg) => arg.kind !== 'Starred') &&
      keywords.every((k) => k.arg !== null);
    if (simple) {
      this.visitExprs(args);
      if (keywords.length > 0) {
        for (const k of keywords) this.visitExpr(k.value);
        this.kwNames(loc, keywords);
      }
      this.addOp(Op.CALL, n + args.length + keywords.length, loc);
      return;
    }
    const only = args[0];
    if (n === 0 && args.length === 1 && only.kind === 'Starred') this.visitExpr(only.value);
    else this.starUnpack(loc, args, n, LIST_OPS, true);
    if (keywords.length > 0) this.keywordsDict(loc, keywords);
    this.addOp(Op.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0, loc);
  }

  /** The keyword arguments of CALL_FUNCTION_EX as one dict. */
  private keywordsDict(loc: Loc, keywords: readonly ast.Keyword[]): void {
    let haveDict = false;
    let seen = 0;
    const flush = (end: number) => {
      this.subkwargs(loc, keywords, end - seen, end);
      if (haveDict) this.addOp(Op.DICT_MERGE, 1, loc);
      haveDict = true;
      seen = 0;
    };
    keywords.forEach((kw, i) => {
      if (kw.arg !== null) {
        seen++;
        return;
      }
      if (seen > 0) flush(i);
      if (!haveDict) {
        this.addOp(Op.BUILD_MAP, 0, loc);
        haveDict = true;
      }
      this.visitExpr(kw.value);
      this.addOp(Op.DICT_MERGE, 1, loc);
    });
    if (seen > 0) flush(keywords.length);
  }

  /** Named keyword arguments begin..end as a dict. CPython: compiler_subkwargs. */
  private subkwargs(loc: Loc, keywords: readonly ast.Keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const slice = keywords.slice(begin, end);
    if (n > 1 && !big) {
      for (const kw of slice) this.visitExpr(kw.value);
      this.loadConst(constTuple(slice.map((kw) => kw.arg!)), loc);
      this.addOp(Op.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.addOp(Op.BUILD_MAP, 0, NO_LOCATION);
    for (const kw of slice) {
      this.loadConst(kw.arg!, loc);
      this.visitExpr(kw.value);
      if (big) this.addOp(Op.MAP_ADD, 1, NO_LOCATION);
    }
    if (!big) this.addOp(Op.BUILD_MAP, n, loc);
  }
}

function isTwoElementSlice(e: ast.Expr): e is ast.Slice {
  return e.kind === 'Slice' && e.step === null;
}

/** The only element of a one-element list or tuple display that is not a constant. */
function singleElement(iter: ast.Expr): ast.Expr | null {
  if ((iter.kind !== 'List' && iter.kind !== 'Tuple') || iter.elts.length !== 1 || isConstantExpr(iter)) return null;
  const elt = iter.elts[0];
  return elt.kind === 'Starred' ? null : elt;
}

// ===========================================================================
// Flow-graph passes
// ===========================================================================

/**
 * Gives each instruction the handler of the innermost SETUP_* in force, turning the
 * SETUP_* and POP_BLOCK pseudo-instructions into per-instruction facts (later: exception
 * table ranges). YIELD_VALUE's oparg becomes the handler-stack depth.
 * CPython: flowgraph.c, label_exception_targets.
 */
function labelExceptionTargets(entry: Block): void {
  clearVisited(entry);
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack: Block[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack[stack.length - 1] ?? null;
    const visit = (target: Block, entryStack: Block[]) => {
      target.exceptStack = entryStack;
      target.visited = true;
      todo.push(target);
    };
    for (const instr of b.instrs) {
      const target = instr.target;
      if (isBlockPush(instr.op)) {
        if (!target!.visited) visit(target!, stack!.slice());
        if (instr.op !== Pseudo.SETUP_FINALLY) target!.preserveLasti = true;
        stack!.push(target!);
        handler = target;
      } else if (instr.op === Pseudo.POP_BLOCK) {
        stack!.pop();
        handler = stack![stack!.length - 1] ?? null;
      } else if (isJump(instr.op)) {
        instr.except = handler;
        if (!target!.visited) {
          if (b.hasFallthrough) {
            visit(target!, stack!.slice());
          } else {
            visit(target!, stack!);
            stack = null;
          }
        }
      } else {
        if (instr.op === Op.YIELD_VALUE) instr.arg = stack!.length;
        instr.except = handler;
      }
    }
    if (b.hasFallthrough && b.next && !b.next.visited) visit(b.next, stack!);
  }
}

/** Counts predecessors, marking what is reachable. CPython: mark_reachable. */
function markReachable(entry: Block): void {
  clearVisited(entry);
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = true;
    if (b.next && b.hasFallthrough) {
      if (!b.next.visited) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (!hasTarget(instr.op)) continue;
      const target = instr.target!;
      if (!target.visited) stack.push(target);
      target.predecessors++;
    }
  }
}

/** Unlinks empty blocks and retargets jumps to them. CPython: eliminate_empty_basic_blocks. */
function eliminateEmptyBlocks(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    let next: Block | null = b.next;
    while (next && next.instrs.length === 0) next = next.next;
    b.next = next;
  }
  for (let b: Block | null = entry; b; b = b.next) {
    for (const instr of b.instrs) {
      if (!hasTarget(instr.op)) continue;
      let target = instr.target!;
      while (target.instrs.length === 0) target = target.next!;
      instr.target = target;
    }
  }
}

function setNop(instr: Instr): void {
  instr.op = Op.NOP;
  instr.arg = 0;
  instr.target = null;
}

/**
 * Removes NOPs that carry no line number of their own: a NOP survives only where it
 * is the sole instruction of its line. CPython: remove_redundant_nops.
 */
function removeRedundantNops(b: Block): void {
  let prevLineno = -1;
  const instrs = b.instrs;
  let kept = 0;
  for (let i = 0; i < instrs.length; i++) {
    const instr = instrs[i];
    const lineno = instr.loc.lineno;
    if (instr.op === Op.NOP && isRedundantNop(b, i, lineno, prevLineno)) continue;
    instrs[kept++] = instr;
    prevLineno = lineno;
  }
  instrs.length = kept;
}

function isRedundantNop(b: Block, i: number, lineno: number, prevLineno: number): boolean {
  if (lineno < 0 || prevLineno === lineno) return true;
  const instrs = b.instrs;
  if (i < instrs.length - 1) {
    const next = instrs[i + 1];
    if (next.loc.lineno === lineno) return true;
    if (next.loc.lineno < 0) {
      next.loc = instrs[i].loc;
      return true;
    }
    return false;
  }
  let next = b.next;
  while (next && next.instrs.length === 0) next = next.next;
  return next !== null && next.instrs[0].loc.lineno === lineno;
}

/**
 * Removes NOPs, and pairs that cancel out (`LOAD_CONST; POP_TOP`, `COPY 1; POP_TOP`),
 * until nothing changes. CPython: remove_redundant_nops_and_pairs.
 */
function removeRedundantNopsAndPairs(entry: Block): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: Instr | null = null;
    for (let b: Block | null = entry; b; b = b.next) {
      removeRedundantNops(b);
      if (b.labeled) prev = null; // a jump target: what precedes it may not run first
      for (const instr of b.instrs) {
        if (instr.op === Op.POP_TOP && prev && (prev.op === Op.LOAD_CONST || (prev.op === Op.COPY && prev.arg === 1))) {
          setNop(prev);
          setNop(instr);
          done = false;
        }
        prev = instr;
      }
      if ((prev && isJump(prev.op)) || !b.hasFallthrough) prev = null;
    }
  }
}

/** A jump to the next block is a NOP. CPython: remove_redundant_jumps. */
function removeRedundantJumps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const last: Instr = b.last!;
    if (isUnconditionalJump(last.op) && last.target === b.next) setNop(last);
  }
}

/** CPython: MAX_COPY_SIZE. */
const MAX_COPY_SIZE = 4;

/**
 * A jump to a small block that returns or raises is replaced by a copy of that block.
 * CPython: inline_small_exit_blocks.
 */
function inlineSmallExitBlocks(b: Block): void {
  const last = b.last;
  if (!last || !isUnconditionalJump(last.op)) return;
  const target = last.target!;
  if (target.exitsScope && target.instrs.length <= MAX_COPY_SIZE) {
    setNop(last);
    b.instrs.push(...target.instrs.map((instr) => ({ ...instr })));
  }
}

/**
 * A jump to an unconditional jump goes straight to its target, if that does not
 * lose a line number. CPython: jump_thread.
 */
function jumpThread(instr: Instr, target: Instr, op: number): boolean {
  if ((instr.loc.lineno === target.loc.lineno || target.loc.lineno === -1) && instr.target !== target.target) {
    instr.target = target.target;
    instr.op = op;
    return true;
  }
  return false;
}

/** Constants, mutable while the graph is optimized (folding adds tuples). */
class ConstPool {
  private readonly index = new Map<string, number>();

  constructor(readonly items: Const[]) {
    items.forEach((c, i) => this.index.set(constKey(c), i));
  }

  add(c: Const): number {
    const key = constKey(c);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(c);
      this.index.set(key, i);
    }
    return i;
  }
}

/**
 * `LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n` → `LOAD_CONST (c1, ..., cn)`.
 * CPython: fold_tuple_on_constants.
 */
function foldTupleOnConstants(instrs: Instr[], buildIndex: number, n: number, consts: ConstPool): void {
  const first = buildIndex - n;
  for (let i = first; i < buildIndex; i++) if (instrs[i].op !== Op.LOAD_CONST) return;
  const items = instrs.slice(first, buildIndex).map((instr) => consts.items[instr.arg]);
  for (let i = first; i < buildIndex; i++) setNop(instrs[i]);
  instrs[buildIndex].op = Op.LOAD_CONST;
  instrs[buildIndex].arg = consts.add(constTuple(items));
}

/**
 * Replaces a run of SWAPs (and NOPs) by the shortest run with the same effect.
 * CPython: swaptimize. Returns the index of the run's last instruction.
 */
function swaptimize(b: Block, start: number): number {
  const instrs = b.instrs;
  let depth = instrs[start].arg;
  let len = 1;
  let more = false;
  for (; start + len < instrs.length; len++) {
    const instr = instrs[start + len];
    if (instr.op === Op.SWAP) {
      depth = Math.max(depth, instr.arg);
      more = true;
    } else if (instr.op !== Op.NOP) {
      break;
    }
  }
  if (!more) return start;
  // Simulate the run on a model stack, then emit the cycles of the permutation.
  const stack = Array.from({ length: depth }, (_, i) => i);
  for (let i = 0; i < len; i++) {
    const instr = instrs[start + i];
    if (instr.op !== Op.SWAP) continue;
    const top = stack[0];
    stack[0] = stack[instr.arg - 1];
    stack[instr.arg - 1] = top;
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        const instr = instrs[start + current--];
        instr.op = Op.SWAP;
        instr.arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const next = stack[j];
      stack[j] = VISITED;
      j = next;
    }
  }
  while (current >= 0) setNop(instrs[start + current--]);
  return start + len - 1;
}

const isSwappable = (op: number) => op === Op.STORE_FAST || op === Op.POP_TOP;
const storesTo = (instr: Instr) => (instr.op === Op.STORE_FAST ? instr.arg : -1);

/** CPython: next_swappable_instruction. */
function nextSwappable(b: Block, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const instr = b.instrs[i];
    // Reordering across lines would change which names are bound at a line event.
    if (lineno >= 0 && instr.loc.lineno !== lineno) return -1;
    if (instr.op === Op.NOP) continue;
    return isSwappable(instr.op) ? i : -1;
  }
  return -1;
}

/**
 * `SWAP 2; STORE_FAST a; STORE_FAST b` → `STORE_FAST b; STORE_FAST a`: swap the
 * instructions instead of the stack items. CPython: apply_static_swaps.
 */
function applyStaticSwaps(b: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || isSwappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(b.instrs[j]);
    const storeK = storesTo(b.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const store = storesTo(b.instrs[idx]);
        if (store >= 0 && (store === storeJ || store === storeK)) return;
      }
    }
    setNop(swap);
    [b.instrs[j], b.instrs[k]] = [b.instrs[k], b.instrs[j]];
  }
}

/**
 * Peephole optimizations within one block: constant conditions, `x is None` jumps,
 * RETURN_CONST, constant tuples, swaps, jump threading and PUSH_NULL + LOAD_GLOBAL.
 * CPython: optimize_basic_block.
 */
function optimizeBasicBlock(b: Block, consts: ConstPool): void {
  const instrs = b.instrs;
  const NOP_INSTR: Instr = { op: Op.NOP, arg: 0, target: null, loc: NO_LOCATION, except: null };
  let target = NOP_INSTR;
  let op = 0;
  let arg = 0;
  for (let i = 0; i < instrs.length; i++) {
    const inst = instrs[i];
    const isCopyOfLoadConst = op === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      op = inst.op;
      arg = inst.arg;
      target = hasTarget(op) ? inst.target!.instrs[0] : NOP_INSTR;
    }
    const next = instrs[i + 1];
    const nextOp = next ? next.op : 0;
    switch (op) {
      case Op.LOAD_CONST:
        i = optimizeLoadConst(instrs, i, arg, nextOp, consts);
        break;
      case Op.BUILD_TUPLE:
        if (nextOp === Op.UNPACK_SEQUENCE && arg === next.arg && arg >= 1 && arg <= 3) {
          // BUILD_TUPLE n; UNPACK_SEQUENCE n is nothing, or a SWAP.
          setNop(inst);
          if (arg === 1) setNop(next);
          else next.op = Op.SWAP;
          continue;
        }
        if (i >= arg) foldTupleOnConstants(instrs, i, arg, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Pseudo.JUMP:
        if (target.op === Pseudo.JUMP && jumpThread(inst, target, inst.op)) i--;
        break;
      case Op.SWAP:
        if (arg === 1) {
          setNop(inst);
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i);
        break;
      case Op.PUSH_NULL:
        if (nextOp === Op.LOAD_GLOBAL && (next.arg & 1) === 0) {
          setNop(inst);
          next.arg |= 1;
        }
        break;
    }
  }
}

/** The LOAD_CONST cases of optimize_basic_block; returns the index to continue from. */
function optimizeLoadConst(instrs: Instr[], i: number, arg: number, nextOp: number, consts: ConstPool): number {
  const inst = instrs[i];
  switch (nextOp) {
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE: {
      // A constant condition: the jump is always or never taken.
      const jumpIfTrue = nextOp === Op.POP_JUMP_IF_TRUE;
      setNop(inst);
      if (constTruth(consts.items[arg]) === jumpIfTrue) instrs[i + 1].op = Pseudo.JUMP;
      else setNop(instrs[i + 1]);
      return i;
    }
    case Op.IS_OP: {
      // `x is None` / `x is not None` followed by a jump: POP_JUMP_IF_[NOT_]NONE.
      const jump = instrs[i + 2];
      if (consts.items[arg] === null && jump && (jump.op === Op.POP_JUMP_IF_FALSE || jump.op === Op.POP_JUMP_IF_TRUE)) {
        const invert = instrs[i + 1].arg;
        setNop(inst);
        setNop(instrs[i + 1]);
        jump.op = invert ^ (jump.op === Op.POP_JUMP_IF_FALSE ? 1 : 0) ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
      }
      return i;
    }
    case Op.RETURN_VALUE:
      setNop(inst);
      instrs[i + 1].op = Op.RETURN_CONST;
      instrs[i + 1].arg = arg;
      return i + 1;
    default:
      return i;
  }
}

/**
 * Folding, jump threading, dead-code removal. Code shrinks by turning instructions
 * into NOPs, removed at the end. CPython: optimize_cfg.
 */
function optimizeCfg(entry: Block, consts: ConstPool): void {
  eliminateEmptyBlocks(entry);
  for (let b: Block | null = entry; b; b = b.next) inlineSmallExitBlocks(b);
  for (let b: Block | null = entry; b; b = b.next) optimizeBasicBlock(b, consts);
  removeRedundantNopsAndPairs(entry);
  for (let b: Block | null = entry; b; b = b.next) inlineSmallExitBlocks(b);
  markReachable(entry);
  for (let b: Block | null = entry; b; b = b.next) if (b.predecessors === 0) b.instrs = [];
  for (let b: Block | null = entry; b; b = b.next) removeRedundantNops(b);
  eliminateEmptyBlocks(entry);
  removeRedundantJumps(entry);
}

/**
 * Drops constants no instruction uses (keeping consts[0], which may be the docstring)
 * and renumbers the rest. CPython: remove_unused_consts.
 */
function removeUnusedConsts(entry: Block, consts: Const[]): Const[] {
  if (consts.length === 0) return consts;
  const used = new Uint8Array(consts.length);
  used[0] = 1;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const instr of b.instrs) if (hasConst(instr.op)) used[instr.arg] = 1;
  }
  const renumber = new Int32Array(consts.length).fill(-1);
  const kept: Const[] = [];
  consts.forEach((c, i) => {
    if (used[i]) {
      renumber[i] = kept.length;
      kept.push(c);
    }
  });
  for (let b: Block | null = entry; b; b = b.next) {
    for (const instr of b.instrs) if (hasConst(instr.op)) instr.arg = renumber[instr.arg];
  }
  return kept;
}

/** The first 64 locals are tracked across blocks; CPython uses a uint64_t mask. */
const TRACKED_LOCALS = 64;

type MaybePush = (b: Block, low: number, high: number) => void;

/**
 * Turns LOAD_FAST into LOAD_FAST_CHECK wherever the local may be unbound (never
 * assigned on some path, or deleted): only the checked form raises UnboundLocalError.
 * CPython: add_checks_for_loads_of_uninitialized_variables.
 */
function addChecksForUnboundLocals(entry: Block, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > TRACKED_LOCALS) scanManyLocals(entry, nlocals);
  const tracked = Math.min(nlocals, TRACKED_LOCALS);
  clearVisited(entry);
  const stack: Block[] = [];
  const maybePush: MaybePush = (b, low, high) => {
    if ((b.unsafeLow | low) === b.unsafeLow && (b.unsafeHigh | high) === b.unsafeHigh) return;
    b.unsafeLow |= low;
    b.unsafeHigh |= high;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  };
  let low = 0;
  let high = 0;
  for (let i = nparams; i < tracked; i++) {
    if (i < 32) low |= 1 << i;
    else high |= 1 << (i - 32);
  }
  maybePush(entry, low, high);
  // DELETE_FAST anywhere makes its local unsafe: scan every block once.
  for (let b: Block | null = entry; b; b = b.next) scanBlockForLocals(b, maybePush);
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, maybePush);
  }
}

/** CPython: scan_block_for_locals. */
function scanBlockForLocals(b: Block, maybePush: MaybePush): void {
  let low = b.unsafeLow;
  let high = b.unsafeHigh;
  for (const instr of b.instrs) {
    if (instr.except) maybePush(instr.except, low, high);
    const arg = instr.arg;
    if (arg >= TRACKED_LOCALS) continue;
    const lowBit = arg < 32 ? 1 << arg : 0;
    const highBit = arg < 32 ? 0 : 1 << (arg - 32);
    switch (instr.op) {
      case Op.DELETE_FAST:
        low |= lowBit;
        high |= highBit;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK:
        low &= ~lowBit;
        high &= ~highBit;
        break;
      case Op.LOAD_FAST:
        if (low & lowBit || high & highBit) instr.op = Op.LOAD_FAST_CHECK;
        low &= ~lowBit;
        high &= ~highBit;
        break;
    }
  }
  if (b.next && b.hasFallthrough) maybePush(b.next, low, high);
  const last = b.last;
  if (last && isJump(last.op)) maybePush(last.target!, low, high);
}

/**
 * Locals beyond the first 64 are only tracked within a block: a load not preceded by
 * a store or load in the same block is checked. CPython: fast_scan_many_locals.
 */
function scanManyLocals(entry: Block, nlocals: number): void {
  const states = new Int32Array(nlocals - TRACKED_LOCALS);
  let blocknum = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    blocknum++;
    for (const instr of b.instrs) {
      const i = instr.arg - TRACKED_LOCALS;
      if (i < 0) continue;
      switch (instr.op) {
        case Op.DELETE_FAST:
          states[i] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[i] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[i] !== blocknum) instr.op = Op.LOAD_FAST_CHECK;
          states[i] = blocknum;
          break;
      }
    }
  }
}

/** Blocks reachable from the entry by normal control flow. CPython: mark_warm. */
function markWarm(entry: Block): void {
  clearVisited(entry);
  const stack: Block[] = [entry];
  entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.warm = true;
    for (const s of successors(b)) {
      if (!s.visited) {
        s.visited = true;
        stack.push(s);
      }
    }
  }
}

/** Where control goes after a block (jumps always end their block). */
function successors(b: Block): Block[] {
  const out: Block[] = [];
  if (b.next && b.hasFallthrough) out.push(b.next);
  const last = b.last;
  if (last && isJump(last.op)) out.push(last.target!);
  return out;
}

/** Blocks reachable only through exception handlers. CPython: mark_cold. */
function markCold(entry: Block): void {
  markWarm(entry);
  clearVisited(entry);
  const stack = blocks(entry).filter((b) => b.exceptHandler);
  for (const b of stack) b.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.cold = true;
    for (const s of successors(b)) {
      if (!s.warm && !s.visited) {
        s.visited = true;
        stack.push(s);
      }
    }
  }
}

function explicitJumpBlock(target: Block, loc: Loc): Block {
  const block = new Block(false);
  block.instrs.push({ op: Pseudo.JUMP, arg: 0, target, loc, except: null });
  return block;
}

/**
 * Moves the cold blocks (exception handlers) after all the warm ones, so the normal
 * path is straight-line code. CPython: push_cold_blocks_to_end.
 */
function pushColdBlocksToEnd(entry: Block): void {
  // Without exception handlers nothing is cold.
  if (!entry.next || !blocks(entry).some((b) => b.exceptHandler)) return;
  markCold(entry);
  // A cold block falling through into a warm one gets an explicit jump instead.
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.cold && b.hasFallthrough && b.next?.warm) {
      const jump = explicitJumpBlock(b.next, NO_LOCATION);
      jump.cold = true;
      jump.next = b.next;
      b.next = jump;
    }
  }
  const warm: Block[] = [];
  const cold: Block[] = [];
  for (const b of blocks(entry)) (b.cold ? cold : warm).push(b);
  const order = [...warm, ...cold];
  order.forEach((b, i) => (b.next = order[i + 1] ?? null));
  if (cold.length > 0) removeRedundantJumps(entry);
}

/** A return or raise without a line number. CPython: is_exit_without_lineno. */
function isExitWithoutLineno(b: Block): boolean {
  return b.exitsScope && b.instrs.every((instr) => instr.loc.lineno < 0);
}

/**
 * Gives each exit block without a line number its own copy per jump to it, so each
 * copy can take the line of its one predecessor. CPython: duplicate_exits_without_lineno.
 */
function duplicateExitsWithoutLineno(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last!;
    if (!isJump(last.op)) continue;
    const target = last.target!;
    if (isExitWithoutLineno(target) && target.predecessors > 1) {
      const copy = new Block(false);
      copy.instrs = target.instrs.map((instr) => ({ ...instr }));
      copy.instrs[0].loc = last.loc;
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  // The remaining ones are only reached by falling through.
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.hasFallthrough && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].loc = b.last!.loc;
    }
  }
}

/**
 * An instruction without a line takes the previous one's; a block with a single
 * predecessor inherits its last line. CPython: propagate_line_numbers.
 */
function propagateLineNumbers(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last;
    if (!last) continue;
    let prev = NO_LOCATION;
    for (const instr of b.instrs) {
      if (instr.loc.lineno < 0) instr.loc = prev;
      else prev = instr.loc;
    }
    if (b.hasFallthrough && b.next && b.next.predecessors === 1 && b.next.instrs[0].loc.lineno < 0) {
      b.next.instrs[0].loc = prev;
    }
    if (isJump(last.op)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs[0].loc.lineno < 0) target.instrs[0].loc = prev;
    }
  }
}

/** Returns still without a line get the last line seen before them. CPython: guarantee_lineno_for_exits. */
function guaranteeLinenoForExits(entry: Block, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: Block | null = entry; b; b = b.next) {
    const last = b.last;
    if (!last) continue;
    if (last.loc.lineno >= 0) {
      lineno = last.loc.lineno;
    } else if (last.op === Op.RETURN_VALUE) {
      for (const instr of b.instrs) instr.loc = { ...NO_LOCATION, lineno };
    }
  }
}

/** CPython: _PyCfg_OptimizeCodeUnit. Returns the final constants. */
function optimizeCodeUnit(u: Unit, nlocals: number): Const[] {
  const entry = u.cfg.entry;
  for (const b of blocks(entry)) {
    for (const instr of b.instrs) if (isBlockPush(instr.op)) instr.target!.exceptHandler = true;
  }
  labelExceptionTargets(entry);
  const pool = new ConstPool([...u.consts]);
  optimizeCfg(entry, pool);
  const consts = removeUnusedConsts(entry, pool.items);
  addChecksForUnboundLocals(entry, nlocals, u.ste.varnames.length);
  pushColdBlocksToEnd(entry);
  duplicateExitsWithoutLineno(entry);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, u.firstlineno);
  return consts;
}

// ===========================================================================
// Assembly
// ===========================================================================

const DEREF_OPS: ReadonlySet<number> = new Set([
  Op.MAKE_CELL,
  Op.LOAD_CLOSURE,
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_FROM_DICT_OR_DEREF,
]);

interface Localsplus {
  readonly names: string[];
  readonly kinds: number[];
}

/**
 * Lays out the fast-locals array: locals (arguments first), then cells that are not
 * arguments, then free variables. Inserts the prologue (COPY_FREE_VARS, one MAKE_CELL
 * per cell, RETURN_GENERATOR + POP_TOP for generators) and renumbers the *_DEREF
 * opargs from cell/free indices to localsplus indices. CPython: prepare_localsplus.
 */
function prepareLocalsplus(u: Unit, entry: Block, flags: number): Localsplus {
  const nlocals = u.varnames.size;
  const cells = [...u.cellvars.keys()];
  const frees = [...u.freevars.keys()];
  // The localsplus index of each cell/free index (an argument's cell is the argument).
  const fixed = [...cells, ...frees].map((_, i) => nlocals + i);
  cells.forEach((name, i) => {
    const arg = u.varnames.get(name);
    if (arg !== undefined) fixed[i] = arg;
  });
  insertPrefixInstructions(u, entry, fixed, cells.length, frees.length, flags);
  let dropped = 0;
  fixed.forEach((index, i) => {
    if (index === nlocals + i) fixed[i] -= dropped;
    else dropped++;
  });
  for (let b: Block | null = entry; b; b = b.next) {
    for (const instr of b.instrs) if (DEREF_OPS.has(instr.op)) instr.arg = fixed[instr.arg];
  }
  const names = [...u.varnames.keys()];
  const kinds = names.map((name) => LOCALS_KIND.local | (u.cellvars.has(name) ? LOCALS_KIND.cell : 0));
  for (const name of cells) {
    if (u.varnames.has(name)) continue;
    names.push(name);
    kinds.push(LOCALS_KIND.cell);
  }
  for (const name of frees) {
    names.push(name);
    kinds.push(LOCALS_KIND.free);
  }
  return { names, kinds };
}

/** CPython: insert_prefix_instructions. The MAKE_CELL opargs are fixed up afterwards. */
function insertPrefixInstructions(u: Unit, entry: Block, fixed: number[], ncells: number, nfrees: number, flags: number): void {
  const prefix: Instr[] = [];
  const instr = (op: number, arg: number, loc: Loc): Instr => ({ op, arg, target: null, loc, except: null });
  if (nfrees > 0) prefix.push(instr(Op.COPY_FREE_VARS, nfrees, NO_LOCATION));
  const cellsInLocalsplusOrder = Array.from({ length: ncells }, (_, i) => i).sort((a, b) => fixed[a] - fixed[b]);
  for (const cell of cellsInLocalsplusOrder) prefix.push(instr(Op.MAKE_CELL, cell, NO_LOCATION));
  if (flags & CO.GENERATOR) {
    prefix.push(instr(Op.RETURN_GENERATOR, 0, location(u.firstlineno, u.firstlineno, -1, -1)));
    prefix.push(instr(Op.POP_TOP, 0, NO_LOCATION));
  }
  entry.instrs.unshift(...prefix);
}

/**
 * The maximum stack depth, walking the graph from the entry; each handler is entered
 * at the depth its SETUP_* records. CPython: _PyCfg_Stackdepth.
 */
function stackDepth(entry: Block, flags: number): number {
  for (let b: Block | null = entry; b; b = b.next) b.startDepth = UNSET_DEPTH;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (b.startDepth !== UNSET_DEPTH) return;
    b.startDepth = depth;
    stack.push(b);
  };
  // A generator starts with the value RETURN_GENERATOR's POP_TOP discards.
  push(entry, flags & CO.GENERATOR ? 1 : 0);
  let maxDepth = 0;
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let fallsThrough = true;
    for (const instr of b.instrs) {
      const newDepth = depth + stackEffect(instr.op, instr.arg, false);
      if (newDepth < 0) throw new Error(`internal compiler error: negative stack depth at ${OPCODE_BY_NUMBER[instr.op]?.name}`);
      maxDepth = Math.max(maxDepth, newDepth);
      if (hasTarget(instr.op)) {
        const targetDepth = depth + stackEffect(instr.op, instr.arg, true);
        maxDepth = Math.max(maxDepth, targetDepth);
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(instr.op) || isScopeExit(instr.op)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough && b.next) push(b.next, depth);
  }
  return maxDepth;
}

/** SETUP_* and POP_BLOCK become NOPs (and mostly vanish). CPython: _PyCfg_ConvertPseudoOps. */
function convertPseudoOps(entry: Block): void {
  for (let b: Block | null = entry; b; b = b.next) {
    for (const instr of b.instrs) if (isBlockPush(instr.op) || instr.op === Pseudo.POP_BLOCK) setNop(instr);
    removeRedundantNops(b);
  }
}

const REVERSED_JUMP: Partial<Record<number, number>> = {
  [Op.POP_JUMP_IF_FALSE]: Op.POP_JUMP_IF_TRUE,
  [Op.POP_JUMP_IF_TRUE]: Op.POP_JUMP_IF_FALSE,
  [Op.POP_JUMP_IF_NONE]: Op.POP_JUMP_IF_NOT_NONE,
  [Op.POP_JUMP_IF_NOT_NONE]: Op.POP_JUMP_IF_NONE,
};

/**
 * Picks JUMP_FORWARD or JUMP_BACKWARD for each JUMP. Conditional jumps only go forward
 * in 3.12: a backward one becomes the reversed condition jumping over a new
 * JUMP_BACKWARD. CPython: normalize_jumps.
 */
function normalizeJumps(entry: Block): void {
  clearVisited(entry);
  for (let b: Block | null = entry; b; b = b.next) {
    b.visited = true;
    const last = b.last;
    if (!last || !isJump(last.op)) continue;
    const forward = !last.target!.visited;
    if (last.op === Pseudo.JUMP) {
      last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    } else if (last.op === Pseudo.JUMP_NO_INTERRUPT) {
      last.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
    } else if (!forward && REVERSED_JUMP[last.op] !== undefined) {
      const jump = explicitJumpBlock(last.target!, last.loc);
      last.op = REVERSED_JUMP[last.op]!;
      last.target = b.next;
      jump.next = b.next;
      b.next = jump;
    }
  }
}

/**
 * Sets block offsets and jump opargs (relative to the end of the jump's caches), again
 * until no oparg changes size. CPython: resolve_jump_offsets.
 */
function resolveJumpOffsets(entry: Block): void {
  let changed = true;
  while (changed) {
    let total = 0;
    for (let b: Block | null = entry; b; b = b.next) {
      b.offset = total;
      for (const instr of b.instrs) total += instrSize(instr.op, instr.arg);
    }
    changed = false;
    for (let b: Block | null = entry; b; b = b.next) {
      let offset = b.offset;
      for (const instr of b.instrs) {
        const size = instrSize(instr.op, instr.arg);
        offset += size;
        if (!isJump(instr.op)) continue;
        const target = instr.target!.offset;
        instr.arg = target < offset ? offset - target : target - offset;
        if (instrSize(instr.op, instr.arg) !== size) changed = true;
      }
    }
  }
}

/** The code units (EXTENDED_ARG prefixes, instructions, zeroed caches) and their positions. */
function emitCode(entry: Block): { code: Uint16Array; positions: Position[] } {
  let size = 0;
  for (let b: Block | null = entry; b; b = b.next) for (const instr of b.instrs) size += instrSize(instr.op, instr.arg);
  const code = new Uint16Array(size);
  const positions: Position[] = new Array(size);
  const converted = new Map<Loc, Position>();
  let unit = 0;
  for (let b: Block | null = entry; b; b = b.next) {
    for (const { op, arg, loc } of b.instrs) {
      let position = converted.get(loc);
      if (!position) {
        position = { lineno: loc.lineno, endLineno: loc.end_lineno, col: loc.col_offset, endCol: loc.end_col_offset };
        converted.set(loc, position);
      }
      const start = unit;
      const end = unit + instrSize(op, arg);
      for (let shift = 24; shift > 0; shift -= 8) {
        if (arg >>> shift !== 0) code[unit++] = Op.EXTENDED_ARG | (((arg >>> shift) & 0xff) << 8);
      }
      code[unit] = op | ((arg & 0xff) << 8); // the caches stay zero
      positions.fill(position, start, end);
      unit = end;
    }
  }
  return { code, positions };
}

/**
 * One entry per run of instructions with the same handler. The depth excludes what
 * the handler pushes (the exception, and lasti). CPython: assemble_exception_table.
 */
function buildExceptionTable(entry: Block): ExceptionTableEntry[] {
  const table: ExceptionTableEntry[] = [];
  let handler: Block | null = null;
  let start = 0;
  let offset = 0;
  const close = () => {
    if (!handler) return;
    const lasti = handler.preserveLasti;
    table.push({ start, end: offset, target: handler.offset, depth: handler.startDepth - 1 - (lasti ? 1 : 0), lasti });
  };
  for (let b: Block | null = entry; b; b = b.next) {
    for (const instr of b.instrs) {
      if (instr.except !== handler) {
        close();
        start = offset;
        handler = instr.except;
      }
      offset += instrSize(instr.op, instr.arg);
    }
  }
  close();
  return table;
}

/** CPython: optimize_and_assemble_code_unit. */
function assemble(u: Unit, flags: number, filename: string): CodeDesc {
  const entry = u.cfg.entry;
  const consts = optimizeCodeUnit(u, u.varnames.size);
  const localsplus = prepareLocalsplus(u, entry, flags);
  const stacksize = stackDepth(entry, flags);
  convertPseudoOps(entry);
  normalizeJumps(entry);
  resolveJumpOffsets(entry);
  const { code, positions } = emitCode(entry);
  return {
    kind: 'code',
    name: u.name,
    qualname: u.qualname,
    filename,
    firstlineno: u.firstlineno,
    argcount: u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    localsplusNames: localsplus.names,
    localsplusKinds: localsplus.kinds,
    names: [...u.names.keys()],
    consts,
    code,
    positions,
    exceptionTable: buildExceptionTable(entry),
    stacksize,
  };
}

// ===========================================================================
// Entry point
// ===========================================================================

/**
 * Compiles a module's AST to its code object (nested code objects are among the
 * constants). Throws PySyntaxError for the errors CPython raises at compile time.
 *
 * The bytecode is CPython 3.12's, instruction for instruction, except:
 * - list, set and dict comprehensions are separate functions (`<listcomp>`, ...)
 *   called with the outermost iterator, as in 3.11, instead of being inlined;
 * - of the AST optimizer, only constant tuples, unary operators on constants (`-1`),
 *   `__debug__` and list displays in `for`/`in` becoming tuples are folded: binary
 *   operations on constants (`1 + 2`), constant subscripts and `not (a in b)` are
 *   compiled as written;
 * - sets of constants are built element by element (BUILD_SET) where CPython loads a
 *   frozenset constant, since gilvm's constants have no frozenset;
 * - no SyntaxWarnings are issued.
 */
export function compile(module: ast.Module, filename: string, source: string): CodeDesc {
  const symbols = buildSymbolTable(module, filename, source);
  return new CodeGenerator(symbols, filename, source).compileModule(module);
}
