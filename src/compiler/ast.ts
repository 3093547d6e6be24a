/**
 * The abstract syntax tree produced by the parser, mirroring Python 3.11's `ast` module.
 *
 * Every node is a plain object whose `kind` field holds the name of the Python class
 * (`'BinOp'`, `'FunctionDef'`, ...), and whose other fields carry the same names as
 * in Python, so that `ast.dump` output and the CPython documentation can be read
 * directly against these types. Optional Python fields (`expr?`) are `null` when absent,
 * never `undefined`.
 *
 * Positions follow Python's ast: `lineno`/`end_lineno` are 1-based, `col_offset`/
 * `end_col_offset` are 0-based. Unlike CPython (which counts UTF-8 bytes) columns count
 * UTF-16 code units of the source line, which is the same for ASCII source.
 *
 * Deliberate differences from Python's ast:
 * - `Constant` has no `kind` field (Python's `'u'` marker for u-prefixed strings), since
 *   `kind` is our discriminant; nothing in the compiler needs it.
 * - `type_comment` fields and `Module.type_ignores` are left out.
 * - The out-of-scope syntax (async, await, match, try*, type aliases) has no nodes.
 */

/** A source range, carried by every stmt, expr, excepthandler, arg, keyword and alias. */
export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------
// Operators and contexts (Python's singleton operator classes, as string literals)
// ---------------------------------------------------------------------------

export type ExprContext = 'Load' | 'Store' | 'Del';

export type BoolOperator = 'And' | 'Or';

export type BinaryOperator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';

export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';

export type CompareOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------

/** The value of `...` in a `Constant` node. */
export const Ellipsis: unique symbol = Symbol('Ellipsis');
export type EllipsisMarker = typeof Ellipsis;

/**
 * What a `Constant` can hold: `null` is None, `bigint` is every int literal (whatever
 * its size), `number` is every float literal, `boolean` is True/False.
 */
export type ConstantValue = null | boolean | bigint | number | string | EllipsisMarker;

/** `FormattedValue.conversion`: -1 for none, else the char code of `s`, `r` or `a`. */
export type Conversion = -1 | 115 | 114 | 97;

// ---------------------------------------------------------------------------
// Module
// ---------------------------------------------------------------------------

export interface Module {
  kind: 'Module';
  body: Stmt[];
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

export interface FunctionDef extends Position {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Position {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Position {
  kind: 'Return';
  value: Expr | null;
}

export interface Delete extends Position {
  kind: 'Delete';
  targets: Expr[];
}

/** `a = b = value` has `targets: [a, b]`. */
export interface Assign extends Position {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Position {
  kind: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: BinaryOperator;
  value: Expr;
}

/** `simple` is 1 when the target is a bare name not in parentheses, as in Python. */
export interface AnnAssign extends Position {
  kind: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  simple: 0 | 1;
}

export interface For extends Position {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Position {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `elif` is an `If` alone in the `orelse` of the previous one. */
export interface If extends Position {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface With extends Position {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
}

export interface Raise extends Position {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface Try extends Position {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Position {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Import extends Position {
  kind: 'Import';
  names: Alias[];
}

/** `from . import x` has `module: null`, `level: 1`. */
export interface ImportFrom extends Position {
  kind: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}

export interface Global extends Position {
  kind: 'Global';
  names: string[];
}

export interface Nonlocal extends Position {
  kind: 'Nonlocal';
  names: string[];
}

/** An expression used as a statement. */
export interface ExprStmt extends Position {
  kind: 'Expr';
  value: Expr;
}

export interface Pass extends Position {
  kind: 'Pass';
}

export interface Break extends Position {
  kind: 'Break';
}

export interface Continue extends Position {
  kind: 'Continue';
}

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

/** `a and b and c` is one node with `values: [a, b, c]`. */
export interface BoolOp extends Position {
  kind: 'BoolOp';
  op: BoolOperator;
  values: Expr[];
}

/** The walrus `target := value`. */
export interface NamedExpr extends Position {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}

export interface BinOp extends Position {
  kind: 'BinOp';
  left: Expr;
  op: BinaryOperator;
  right: Expr;
}

export interface UnaryOp extends Position {
  kind: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Position {
  kind: 'Lambda';
  args: Arguments;
  body: Expr;
}

/** `body if test else orelse`. */
export interface IfExp extends Position {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** A `**d` entry has a `null` key and `d` as its value. */
export interface Dict extends Position {
  kind: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetDisplay extends Position {
  kind: 'Set';
  elts: Expr[];
}

export interface ListComp extends Position {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Position {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Position {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Position {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Yield extends Position {
  kind: 'Yield';
  value: Expr | null;
}

export interface YieldFrom extends Position {
  kind: 'YieldFrom';
  value: Expr;
}

/** `a < b <= c` is `left: a, ops: ['Lt', 'LtE'], comparators: [b, c]`. */
export interface Compare extends Position {
  kind: 'Compare';
  left: Expr;
  ops: CompareOperator[];
  comparators: Expr[];
}

/** `*xs` among `args` is a `Starred`; `**kw` is a `Keyword` with `arg: null`. */
export interface Call extends Position {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

/**
 * One `{...}` replacement field of an f-string. `format_spec` is a `JoinedStr` (the
 * spec may itself hold replacement fields), or `null` when there is no `:spec`.
 */
export interface FormattedValue extends Position {
  kind: 'FormattedValue';
  value: Expr;
  conversion: Conversion;
  format_spec: JoinedStr | null;
}

/** An f-string: string `Constant`s and `FormattedValue`s, in order. */
export interface JoinedStr extends Position {
  kind: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}

export interface Constant extends Position {
  kind: 'Constant';
  value: ConstantValue;
}

export interface Attribute extends Position {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

/** `a[1:2]` has a `Slice` as its `slice`; `a[1, 2]` has a `Tuple`. */
export interface Subscript extends Position {
  kind: 'Subscript';
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Position {
  kind: 'Starred';
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Position {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
}

export interface List extends Position {
  kind: 'List';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Position {
  kind: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}

/** Only ever appears as `Subscript.slice` or inside a `Tuple` that is one. */
export interface Slice extends Position {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetDisplay
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ---------------------------------------------------------------------------
// Helper nodes (Python's lower-case classes)
// ---------------------------------------------------------------------------

/** One `for target in iter if ...` clause; `is_async` is always 0 here. */
export interface Comprehension {
  kind: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: 0 | 1;
}

/** `except type as name:`; a bare `except:` has `type: null`. */
export interface ExceptHandler extends Position {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

/**
 * A parameter list. `defaults` belong to the last positional parameters
 * (`posonlyargs` then `args`); `kw_defaults` has one entry per `kwonlyargs` entry,
 * `null` where that parameter has no default.
 */
export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

export interface Arg extends Position {
  kind: 'arg';
  arg: string;
  annotation: Expr | null;
}

/** `arg=value` in a call or class header; `**value` has `arg: null`. */
export interface Keyword extends Position {
  kind: 'keyword';
  arg: string | null;
  value: Expr;
}

/** `import name as asname`; `from m import *` has one alias named `'*'`. */
export interface Alias extends Position {
  kind: 'alias';
  name: string;
  asname: string | null;
}

export interface WithItem {
  kind: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}

/** Every node kind, for generic walkers. */
export type Node = Module | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem;
