/**
 * The parser: tokens to the AST of ./ast.ts, for the Python 3.11 syntax of LANGUAGE.md.
 *
 * A hand-written recursive-descent parser that follows the structure of CPython's PEG
 * grammar, one method per grammar rule, with precedence climbing for binary operators.
 *
 * Syntax errors follow CPython 3.11, which parses a failing file a second time with
 * extra "invalid_" rules that produce specific messages. This parser checks for those
 * invalid forms where it would otherwise fail (or where CPython's rule would fire), and
 * otherwise reports "invalid syntax" where CPython would. Errors that CPython raises
 * later, in its symbol table and compiler ("'return' outside function", "'break' outside
 * loop", starred assignment rules, repeated keyword arguments...), are left to the
 * symbol table and code generator, which raise them in CPython's order.
 */
import * as ast from './ast.js';
import {
  EscapeError,
  PySyntaxError,
  decodeEscapes,
  locatedSyntaxError,
  normalizeNewlines,
  sourceLines,
  splitStringToken,
  tokenize,
  type SyntaxErrorType,
  type Token,
  withoutPrototype,
} from './tokenizer.js';

export { PySyntaxError, formatSyntaxError } from './tokenizer.js';

/** Parses a module. Throws PySyntaxError, and nothing else, on any input. */
export function parse(source: string, filename: string): ast.Module {
  const text = normalizeNewlines(source);
  const lines = sourceLines(text);
  try {
    return new Parser(tokenize(text, filename), lines, filename).parseModule();
  } catch (e) {
    // MAX_NESTING keeps deep sources within a normal stack; a thread with a much
    // smaller stack can still run out, which is reported like the nesting limit.
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      throw locatedSyntaxError('SyntaxError', TOO_COMPLEX, filename, lines, [1, 0], [1, -1]);
    }
    throw e;
  }
}

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

const LAYOUT_TOKENS = new Set<Token['type']>(['NEWLINE', 'INDENT', 'DEDENT']);

const SOFT_KEYWORDS = ['_', 'case', 'match'];

/** Tokens that may follow `print` in valid code and also start an expression. */
const LEGACY_PRINT_ARGUMENT_STARTS = new Set(['-', '+', '*', '[']);

/** Keywords that can begin an expression. */
const EXPRESSION_KEYWORDS = new Set(['not', 'lambda', 'True', 'False', 'None', 'await']);
const EXPRESSION_START_OPS = new Set(['(', '[', '{', '-', '+', '~', '...']);

const AUGMENTED_ASSIGN: Record<string, ast.BinaryOperator> = withoutPrototype({
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd', '|=': 'BitOr',
  '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
});

/** Binary operators (from bitwise_or to term) with their precedence, higher binding tighter. */
const BINARY_OPERATORS = new Map<string, { op: ast.BinaryOperator; precedence: number }>([
  ['|', { op: 'BitOr', precedence: 0 }],
  ['^', { op: 'BitXor', precedence: 1 }],
  ['&', { op: 'BitAnd', precedence: 2 }],
  ['<<', { op: 'LShift', precedence: 3 }],
  ['>>', { op: 'RShift', precedence: 3 }],
  ['+', { op: 'Add', precedence: 4 }],
  ['-', { op: 'Sub', precedence: 4 }],
  ['*', { op: 'Mult', precedence: 5 }],
  ['/', { op: 'Div', precedence: 5 }],
  ['//', { op: 'FloorDiv', precedence: 5 }],
  ['%', { op: 'Mod', precedence: 5 }],
  ['@', { op: 'MatMult', precedence: 5 }],
]);

const UNARY_OPS: Record<string, ast.UnaryOperator> = withoutPrototype({ '-': 'USub', '+': 'UAdd', '~': 'Invert' });

const COMPARE_OPS: Record<string, ast.CompareOperator> = withoutPrototype({
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', in: 'In', is: 'Is',
});

/** Expressions that bind less tightly than `|`, unless parenthesized. */
const LOOSER_THAN_BITWISE_OR = new Set(['Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Starred', 'Yield', 'YieldFrom']);

/** What kind of target a target check is for: assignment, `for`/comprehension, or `del`. */
type TargetsKind = 'star' | 'for' | 'del';

/** Something with a source range: a node or a token. */
type Span = ast.Position;

/** CPython's message for `name = value` where an expression is expected. */
const MAYBE_EQUALITY = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";

/** A marker thrown to abandon a speculative parse (see `Parser.attempt`). */
const NOT_PARSED = Symbol('not parsed');

const MAX_NESTING = 1000;
const TOO_COMPLEX = 'Python source too complex to parse';

/** An f-string may nest replacement fields in format specs this deep. */
const MAX_FSTRING_NESTING = 2;

class Parser {
  private pos = 0;
  /** The furthest token looked at, but for invalid_ rule look-aheads: "invalid syntax" is located there. */
  private furthest = 0;
  /** The furthest token looked at by any rule: an unclosed bracket is compared with its line. */
  private furthestRead = 0;
  /** The last token consumed. */
  private prev: Token;
  /** Nodes written between parentheses: `(a)`, `(a, b)`, `(x for x in y)`. */
  private readonly parenthesized = new WeakSet<ast.Expr>();
  /** How many expressions are being parsed inside one another (see enterNesting). */
  private nesting = 0;
  /** Above zero while parsing without CPython's invalid_ rules (expression_without_invalid). */
  private quiet = 0;
  /** The plain "invalid syntax" errors, which a speculative parse may back out of. */
  private readonly genericErrors = new WeakSet<PySyntaxError>();

  constructor(
    private readonly tokens: Token[],
    private readonly lines: string[],
    private readonly filename: string,
  ) {
    this.prev = tokens[0];
  }

  // =========================================================================
  // Tokens
  // =========================================================================

  /** The token `ahead` positions on; raises the tokenizer's error on reaching it. */
  private peek(ahead = 0): Token {
    const index = Math.min(this.pos + ahead, this.tokens.length - 1);
    if (index > this.furthest) this.furthest = index;
    if (index > this.furthestRead) this.furthestRead = index;
    const token = this.tokens[index];
    if (token.error) throw token.error;
    return token;
  }

  /** True when the next token is the operator or keyword `s`. */
  private at(s: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.string === s && (token.type === 'OP' || token.type === 'NAME');
  }

  private atType(type: Token['type']): boolean {
    return this.peek().type === type;
  }

  private advance(): Token {
    const token = this.peek();
    this.pos++;
    // Nodes end at their last significant token, never at a line break or dedent.
    if (!LAYOUT_TOKENS.has(token.type)) this.prev = token;
    return token;
  }

  private eat(s: string): Token | null {
    return this.at(s) ? this.advance() : null;
  }

  private expect(s: string): Token {
    if (!this.at(s)) throw this.invalidSyntax();
    return this.advance();
  }

  /** Like `expect`, for the tokens CPython's grammar marks as forced (`&&':'`). */
  private expectForced(s: string): Token {
    if (!this.at(s)) throw this.errorAtToken(`expected '${s}'`, this.peek());
    return this.advance();
  }

  private isName(token: Token): boolean {
    return token.type === 'NAME' && !KEYWORDS.has(token.string);
  }

  private expectName(): Token {
    if (!this.isName(this.peek())) throw this.invalidSyntax();
    return this.advance();
  }

  private canStartExpression(token: Token): boolean {
    if (token.type === 'NAME') return !KEYWORDS.has(token.string) || EXPRESSION_KEYWORDS.has(token.string);
    if (token.type === 'NUMBER' || token.type === 'STRING') return true;
    return token.type === 'OP' && EXPRESSION_START_OPS.has(token.string);
  }

  /**
   * Runs `parse` from the current token; if it fails with plain "invalid syntax", comes
   * back to that token and returns null. Specific errors (as raised by CPython's
   * invalid_ rules) and the tokenizer's are final.
   */
  private attempt<T>(parse: () => T): T | null {
    const saved = this.pos;
    const savedPrev = this.prev;
    try {
      return parse();
    } catch (e) {
      if (e !== NOT_PARSED && !(e instanceof PySyntaxError && this.genericErrors.has(e))) throw e;
      this.pos = saved;
      this.prev = savedPrev;
      return null;
    }
  }

  /**
   * Parses from token `index` as CPython's invalid_ rules look ahead, then comes back.
   * The tokens read do not count as read for locating "invalid syntax": CPython
   * locates it where its first pass, without these rules, stopped.
   */
  private lookAt<T>(index: number, parse: () => T): T | null {
    const saved = this.pos;
    const savedPrev = this.prev;
    const savedFurthest = this.furthest;
    this.pos = index;
    try {
      return this.attempt(parse);
    } finally {
      this.pos = saved;
      this.prev = savedPrev;
      this.furthest = savedFurthest;
    }
  }

  /** Like lookAt, without CPython's invalid_ rules (its expression_without_invalid). */
  private quietlyLookAt<T>(index: number, parse: () => T): T | null {
    this.quiet++;
    try {
      return this.lookAt(index, parse);
    } finally {
      this.quiet--;
    }
  }

  isTokenizerError(e: PySyntaxError): boolean {
    return e === this.tokens[this.tokens.length - 1].error;
  }

  // =========================================================================
  // Errors
  // =========================================================================

  private error(type: SyntaxErrorType, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number) {
    return locatedSyntaxError(type, msg, this.filename, this.lines, [lineno, offset], [endLineno, endOffset]);
  }

  /** An error spanning `from` to `to` (nodes or tokens). */
  private errorAt(msg: string, from: Span, to: Span = from, type: SyntaxErrorType = 'SyntaxError') {
    return this.error(type, msg, from.lineno, from.col_offset + 1, to.end_lineno, to.end_col_offset + 1);
  }

  /**
   * An error at a token. CPython's INDENT, DEDENT and ENDMARKER tokens have no column:
   * reading a script, it reports the indentation width for an INDENT and 0 for the
   * others (so that no caret is drawn).
   */
  private errorAtToken(msg: string, token: Token, type: SyntaxErrorType = 'SyntaxError') {
    if (token.type === 'INDENT') return this.error(type, msg, token.lineno, token.end_col_offset, token.lineno, -1);
    if (token.type === 'DEDENT' || token.type === 'ENDMARKER') return this.error(type, msg, token.lineno, 0, token.lineno, -1);
    return this.errorAt(msg, token, token, type);
  }

  /**
   * CPython's generic error, located at the furthest token read, as CPython's first
   * pass locates it; at an INDENT or DEDENT it is an IndentationError.
   */
  private invalidSyntax(): PySyntaxError {
    this.peek(); // the current token counts as read (and raises a tokenizer error there)
    return this.invalidSyntaxAt(this.tokens[this.furthest]);
  }

  /** The generic error at a given token, where CPython's first pass stops before this parser's. */
  private invalidSyntaxAt(token: Token): PySyntaxError {
    let error: PySyntaxError;
    if (token.type === 'INDENT') error = this.errorAtToken('unexpected indent', token, 'IndentationError');
    else if (token.type === 'DEDENT') error = this.errorAtToken('unexpected unindent', token, 'IndentationError');
    else error = this.errorAtToken('invalid syntax', token);
    this.genericErrors.add(error);
    return error;
  }

  /**
   * After a parser error CPython tokenizes the rest of the file, and a tokenizer error
   * found there wins; an unclosed bracket wins only if opened before the failing line.
   */
  private preferTokenizerError(e: PySyntaxError): PySyntaxError {
    const last = this.tokens[this.tokens.length - 1];
    if (!last.error || e === last.error || last.errorPriority === 'when-reached') return e;
    // CPython reports an unexpected indent without looking further.
    if (e.msg === 'unexpected indent' || e.msg === 'unexpected unindent') return e;
    if (last.errorPriority === 'overrides') return last.error;
    const failingLine = this.tokens[this.furthestRead].lineno;
    return failingLine > last.error.lineno ? last.error : e;
  }

  // =========================================================================
  // Node construction
  // =========================================================================

  /** Gives `fields` the range from `start` to the end of the last consumed token. */
  private finish<N extends { kind: string }>(start: Span, fields: N): N & ast.Position {
    return this.span(start, this.prev, fields);
  }

  /** Gives `fields` (a fresh object, or a node being moved) the range from `start` to `end`. */
  private span<N extends { kind: string }>(start: Span, end: Span, fields: N): N & ast.Position {
    // Assigned rather than spread into a new object: this is the parser's hottest code.
    const node = fields as N & ast.Position;
    node.lineno = start.lineno;
    node.col_offset = start.col_offset;
    node.end_lineno = end.end_lineno;
    node.end_col_offset = end.end_col_offset;
    return node;
  }

  // =========================================================================
  // Module and statements
  // =========================================================================

  parseModule(): ast.Module {
    try {
      const body: ast.Stmt[] = [];
      while (!this.atType('ENDMARKER')) body.push(...this.statement());
      return { kind: 'Module', body };
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      throw this.preferTokenizerError(this.isTokenizerError(e) ? e : this.secondPassError(e));
    }
  }

  /** The error CPython's second pass, with its invalid_ rules, reports for error `e`. */
  private secondPassError(e: PySyntaxError): PySyntaxError {
    try {
      return this.earlierLegacyPrint(e);
    } catch (other) {
      if (other instanceof PySyntaxError) return other;
      throw other;
    }
  }

  /**
   * CPython parses a failing file again with its invalid_ rules, which can fire on
   * valid code before the error: `print -1` is valid, but then reads as Python 2's
   * print statement, "Missing parentheses in call to 'print'".
   */
  private earlierLegacyPrint(e: PySyntaxError): PySyntaxError {
    for (let i = 0; i < this.furthest; i++) {
      const token = this.tokens[i];
      if (token.type !== 'NAME' || (token.string !== 'print' && token.string !== 'exec')) continue;
      const before = this.tokens[i - 1];
      const startsStatement = !before || LAYOUT_TOKENS.has(before.type) || before.string === ';';
      if (!startsStatement || !LEGACY_PRINT_ARGUMENT_STARTS.has(this.tokens[i + 1].string)) continue;
      const rest = this.lookAt(i + 1, () => this.starExpressions());
      if (rest) {
        return this.errorAt(`Missing parentheses in call to '${token.string}'. Did you mean ${token.string}(...)?`, token, rest);
      }
    }
    return e;
  }

  private statement(): ast.Stmt[] {
    const token = this.peek();
    if (token.type === 'OP' && token.string === '@') return [this.decorated()];
    if (token.type === 'NAME') {
      switch (token.string) {
        case 'def':
          return [this.functionDef([], token)];
        case 'class':
          return [this.classDef([], token)];
        case 'if':
          return [this.ifStatement()];
        case 'while':
          return [this.whileStatement()];
        case 'for':
          return [this.forStatement()];
        case 'try':
          return [this.tryStatement()];
        case 'with':
          return [this.withStatement()];
      }
    }
    return this.simpleStatements();
  }

  /** simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  private simpleStatements(): ast.Stmt[] {
    const statements = [this.simpleStatement()];
    while (this.eat(';') && !this.atType('NEWLINE')) statements.push(this.simpleStatement());
    if (!this.atType('NEWLINE')) throw this.invalidSyntax();
    this.advance();
    return statements;
  }

  private simpleStatement(): ast.Stmt {
    const token = this.peek();
    if (token.type === 'NAME') {
      switch (token.string) {
        case 'pass':
        case 'break':
        case 'continue':
          this.advance();
          return this.finish(token, { kind: token.string === 'pass' ? 'Pass' : token.string === 'break' ? 'Break' : 'Continue' });
        case 'return':
          return this.returnStatement();
        case 'raise':
          return this.raiseStatement();
        case 'global':
        case 'nonlocal':
          return this.globalStatement();
        case 'del':
          return this.delStatement();
        case 'assert':
          return this.assertStatement();
        case 'import':
          return this.importStatement();
        case 'from':
          return this.fromImportStatement();
      }
    }
    return this.expressionStatement();
  }

  // -------------------------------------------------------------------------
  // Assignments and expression statements
  // -------------------------------------------------------------------------

  /** An expression statement, or an assignment of any kind. */
  private expressionStatement(): ast.Stmt {
    const start = this.peek();
    const first = this.assignedValue();
    if (this.at('=')) return this.assignment(start, first);
    const augmented = AUGMENTED_ASSIGN[this.peek().string];
    if (augmented && this.peek().type === 'OP') return this.augmentedAssignment(start, first, augmented);
    if (this.at(':')) return this.annotatedAssignment(start, first);
    if (first.kind === 'Tuple' && !this.parenthesized.has(first)) this.checkJuxtaposedTargets();
    return this.finish(start, { kind: 'Expr', value: first });
  }

  /**
   * `a, b c = 1`: CPython's invalid_assignment rule reads lists of expressions that
   * follow one another (without commas between them) as named expressions, whose '='
   * checks may then fire.
   */
  private checkJuxtaposedTargets(): void {
    if (!this.canStartStarExpression()) return;
    this.lookAt(this.pos, () => {
      while (this.canStartStarExpression()) {
        do this.starNamedExpression();
        while (this.eat(',') && this.canStartStarExpression());
      }
    });
  }

  /** annotated_rhs: yield_expr | star_expressions */
  private assignedValue(): ast.Expr {
    return this.at('yield') ? this.yieldExpression() : this.starExpressions();
  }

  private assignment(start: Token, first: ast.Expr): ast.Assign {
    const parts = [first];
    /** Token index of each part after the first. */
    const partStarts: number[] = [];
    while (this.eat('=')) {
      partStarts.push(this.pos);
      try {
        parts.push(this.assignedValue());
      } catch (e) {
        // CPython reports a bad target before '=' even when what follows is bad too.
        if (this.genericErrors.has(e as PySyntaxError) && parts.some((part) => findInvalidTarget(part, 'star'))) {
          this.failAssignment(parts, partStarts[0]);
        }
        throw e;
      }
    }
    const value = parts.pop()!;
    if (parts.some((target) => findInvalidTarget(target, 'star'))) this.failAssignment(parts, partStarts[0]);
    return this.finish(start, { kind: 'Assign', targets: parts.map((target) => withContext(target, 'Store')), value });
  }

  /**
   * Raises CPython's error for an assignment with an invalid target. CPython first
   * reads the last element before the first '=' as a named expression (giving its
   * "Maybe you meant '=='" messages), then looks for the first invalid target.
   */
  private failAssignment(targets: ast.Expr[], valueStart: number): never {
    const first = targets[0];
    const last = first.kind === 'Tuple' && !this.parenthesized.has(first) ? first.elts[first.elts.length - 1] : first;
    const trailingComma = this.tokens[valueStart - 2].string === ',';
    const bareYield = (first.kind === 'Yield' || first.kind === 'YieldFrom') && !this.parenthesized.has(first);
    if (!trailingComma && !bareYield) this.checkEqualsInNamedExpression(last, valueStart);
    for (const target of targets) {
      if (target.kind === 'Yield' || target.kind === 'YieldFrom') {
        throw this.errorAt('assignment to yield expression not possible', target);
      }
      const invalid = findInvalidTarget(target, 'star');
      if (invalid) throw this.errorAt(`cannot assign to ${expressionName(invalid)}`, invalid);
    }
    throw this.invalidSyntax();
  }

  /**
   * CPython's invalid_named_expression rule, for `target = value` where an expression is
   * expected: raises when the value's leading bitwise_or is not followed by '=' or ':='.
   */
  private checkEqualsInNamedExpression(target: ast.Expr, valueStart: number): void {
    const isName = target.kind === 'Name' && !this.parenthesized.has(target);
    const isOther = target.kind !== 'Starred' && this.isBitwiseOrLevel(target) && !this.startsWithDisplayOrConstant(target);
    if (!isName && !isOther) return;
    const following = this.lookAt(valueStart, () => {
      const value = this.bitwiseOr();
      return { value, next: this.peek() };
    });
    if (!following || following.next.string === '=' || following.next.string === ':=') return;
    if (isName) throw this.errorAt(MAYBE_EQUALITY, target, following.value);
    throw this.errorAt(`cannot assign to ${expressionName(target)} here. Maybe you meant '==' instead of '='?`, target);
  }

  /** True when `e` can be what CPython's bitwise_or rule reads (an atom if parenthesized). */
  private isBitwiseOrLevel(e: ast.Expr): boolean {
    if (this.parenthesized.has(e)) return true;
    if (e.kind === 'UnaryOp') return e.op !== 'Not';
    return !LOOSER_THAN_BITWISE_OR.has(e.kind);
  }

  /** True when `e` begins with a list, tuple, generator expression, True, False or None. */
  private startsWithDisplayOrConstant(e: ast.Expr): boolean {
    const atom = this.leftmostAtom(e);
    if (atom.kind === 'List' || atom.kind === 'GeneratorExp') return true;
    if (atom.kind === 'Tuple') return this.parenthesized.has(atom);
    return atom.kind === 'Constant' && (atom.value === null || typeof atom.value === 'boolean');
  }

  private leftmostAtom(e: ast.Expr): ast.Expr {
    while (!this.parenthesized.has(e)) {
      const left = leftOperand(e);
      if (!left) break;
      e = left;
    }
    return e;
  }

  private augmentedAssignment(start: Token, target: ast.Expr, op: ast.BinaryOperator): ast.AugAssign {
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
      throw this.errorAt(`'${expressionName(target)}' is an illegal expression for augmented assignment`, target);
    }
    this.advance();
    const value = this.assignedValue();
    return this.finish(start, { kind: 'AugAssign', target: withContext(target, 'Store'), op, value });
  }

  private annotatedAssignment(start: Token, target: ast.Expr): ast.AnnAssign {
    const colon = this.advance();
    const validTarget = target.kind === 'Name' || target.kind === 'Attribute' || target.kind === 'Subscript';
    // CPython names a bad target only if an annotation follows.
    const annotation = validTarget ? this.expression() : this.attempt(() => this.expression());
    if (!annotation) throw this.invalidSyntaxAt(colon);
    if (target.kind === 'Tuple' && !this.parenthesized.has(target)) {
      throw this.errorAt('only single target (not tuple) can be annotated', target.elts[0]);
    }
    if (target.kind === 'List' || target.kind === 'Tuple') {
      throw this.errorAt(`only single target (not ${target.kind.toLowerCase()}) can be annotated`, target);
    }
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
      throw this.errorAt('illegal target for annotation', target);
    }
    const value = this.eat('=') ? this.assignedValue() : null;
    const simple = target.kind === 'Name' && !this.parenthesized.has(target) ? 1 : 0;
    return this.finish(start, { kind: 'AnnAssign', target: withContext(target, 'Store'), annotation, value, simple });
  }

  // -------------------------------------------------------------------------
  // Other simple statements
  // -------------------------------------------------------------------------

  private returnStatement(): ast.Return {
    const start = this.advance();
    const value = this.atStatementEnd() ? null : this.starExpressions();
    return this.finish(start, { kind: 'Return', value });
  }

  private atStatementEnd(): boolean {
    return this.atType('NEWLINE') || this.at(';');
  }

  private raiseStatement(): ast.Raise {
    const start = this.advance();
    if (this.atStatementEnd()) return this.finish(start, { kind: 'Raise', exc: null, cause: null });
    const exc = this.expression();
    const cause = this.eat('from') ? this.expression() : null;
    return this.finish(start, { kind: 'Raise', exc, cause });
  }

  private globalStatement(): ast.Global | ast.Nonlocal {
    const start = this.advance();
    const names = [this.expectName().string];
    while (this.eat(',')) names.push(this.expectName().string);
    return this.finish(start, { kind: start.string === 'global' ? 'Global' : 'Nonlocal', names });
  }

  private delStatement(): ast.Delete {
    const start = this.advance();
    const targetsStart = this.pos;
    const targets = this.attempt(() => this.delTargets());
    if (!targets || !this.atStatementEnd() || targets.some((target) => findInvalidTarget(target, 'del'))) {
      this.failDelete(targetsStart, targets !== null);
    }
    return this.finish(start, { kind: 'Delete', targets: targets.map((target) => withContext(target, 'Del')) });
  }

  /** del_targets: ','.del_target+ [','], checked by the caller. */
  private delTargets(): ast.Expr[] {
    const targets = [this.target()];
    while (this.eat(',') && this.canStartTarget()) targets.push(this.target());
    return targets;
  }

  private canStartTarget(): boolean {
    return this.at('*') || this.canStartExpression(this.peek());
  }

  /**
   * CPython's invalid_del_stmt: reads `del` star_expressions and names its bad target;
   * otherwise "invalid syntax" where the targets (read again if they failed) stop.
   */
  private failDelete(targetsStart: number, targetsRead: boolean): never {
    const whole = this.lookAt(targetsStart, () => this.starExpressions());
    const invalid = whole && findInvalidTarget(whole, 'del');
    if (invalid) throw this.errorAt(`cannot delete ${expressionName(invalid)}`, invalid);
    if (!targetsRead) this.delTargets();
    throw this.invalidSyntax();
  }

  private assertStatement(): ast.Assert {
    const start = this.advance();
    const test = this.expression();
    const msg = this.eat(',') ? this.expression() : null;
    return this.finish(start, { kind: 'Assert', test, msg });
  }

  /** import a.b as c, d */
  private importStatement(): ast.Import {
    const start = this.advance();
    const names = [this.dottedAlias()];
    while (this.eat(',')) names.push(this.dottedAlias());
    return this.finish(start, { kind: 'Import', names });
  }

  private dottedAlias(): ast.Alias {
    const start = this.peek();
    const name = this.dottedName();
    const asname = this.eat('as') ? this.expectName().string : null;
    return this.finish(start, { kind: 'alias', name, asname });
  }

  private dottedName(): string {
    let name = this.expectName().string;
    while (this.eat('.')) name += '.' + this.expectName().string;
    return name;
  }

  /** from ..a.b import (c as d, e) | from a import * */
  private fromImportStatement(): ast.ImportFrom {
    const start = this.advance();
    let level = 0;
    for (;;) {
      if (this.eat('.')) level += 1;
      else if (this.eat('...')) level += 3;
      else break;
    }
    const module = level > 0 && this.at('import') ? null : this.dottedName();
    this.expect('import');
    const names = this.importedNames();
    return this.finish(start, { kind: 'ImportFrom', module, names, level });
  }

  private importedNames(): ast.Alias[] {
    const star = this.eat('*');
    if (star) return [this.finish(star, { kind: 'alias', name: '*', asname: null })];
    const parenthesized = this.eat('(');
    const names = [this.importAlias()];
    while (this.eat(',')) {
      if (parenthesized && this.at(')')) break;
      if (!parenthesized && this.atStatementEnd()) {
        throw this.errorAtToken('trailing comma not allowed without surrounding parentheses', this.peek());
      }
      names.push(this.importAlias());
    }
    if (parenthesized) this.expect(')');
    return names;
  }

  private importAlias(): ast.Alias {
    const name = this.expectName();
    const asname = this.eat('as') ? this.expectName().string : null;
    return this.finish(name, { kind: 'alias', name: name.string, asname });
  }

  // -------------------------------------------------------------------------
  // Blocks
  // -------------------------------------------------------------------------

  /**
   * The body after a ':': an indented block, or simple statements on the same line.
   * `header` names the statement in CPython's "expected an indented block" message.
   */
  private block(header: string, headerLine: number): ast.Stmt[] {
    if (!this.atType('NEWLINE')) return this.simpleStatements();
    this.advance();
    if (!this.atType('INDENT')) {
      const msg = `expected an indented block after ${header} on line ${headerLine}`;
      throw this.errorAtToken(msg, this.peek(), 'IndentationError');
    }
    this.advance();
    const body: ast.Stmt[] = [];
    while (!this.atType('DEDENT')) body.push(...this.statement());
    this.advance();
    return body;
  }

  /** ':' then a block, with CPython's "expected ':'" when a line break comes first. */
  private colonAndBlock(header: string, headerToken: Token): ast.Stmt[] {
    if (!this.at(':')) {
      if (this.atType('NEWLINE')) throw this.errorAtToken("expected ':'", this.peek());
      throw this.invalidSyntax();
    }
    this.advance();
    return this.block(header, headerToken.lineno);
  }

  // -------------------------------------------------------------------------
  // Compound statements
  // -------------------------------------------------------------------------

  private ifStatement(): ast.If {
    const start = this.advance();
    const test = this.namedExpression();
    const body = this.colonAndBlock("'if' statement", start);
    return this.finish(start, { kind: 'If', test, body, orelse: this.elseOrElif() });
  }

  /** The rest of an if statement: `elif` becomes a nested If in `orelse`. */
  private elseOrElif(): ast.Stmt[] {
    const elif = this.peek();
    if (this.eat('elif')) {
      const test = this.namedExpression();
      const body = this.colonAndBlock("'elif' statement", elif);
      return [this.finish(elif, { kind: 'If', test, body, orelse: this.elseOrElif() })];
    }
    return this.elseBlock();
  }

  private elseBlock(): ast.Stmt[] {
    const elseToken = this.eat('else');
    if (!elseToken) return [];
    this.expectForced(':');
    return this.block("'else' statement", elseToken.lineno);
  }

  private whileStatement(): ast.While {
    const start = this.advance();
    const test = this.namedExpression();
    const body = this.colonAndBlock("'while' statement", start);
    return this.finish(start, { kind: 'While', test, body, orelse: this.elseBlock() });
  }

  private forStatement(): ast.For {
    const start = this.advance();
    const target = this.forTarget();
    const iter = this.starExpressions();
    const body = this.colonAndBlock("'for' statement", start);
    return this.finish(start, { kind: 'For', target, iter, body, orelse: this.elseBlock() });
  }

  /** star_targets 'in', for `for` statements and comprehensions. */
  private forTarget(): ast.Expr {
    const targetStart = this.pos;
    const target = this.attempt(() => this.targetList());
    if (!target || !this.at('in') || findInvalidTarget(target, 'for')) {
      // CPython's invalid_for_target reads star_expressions and names its bad target.
      const whole = this.lookAt(targetStart, () => this.starExpressions());
      const invalid = whole && findInvalidTarget(whole, 'for');
      if (invalid) throw this.errorAt(`cannot assign to ${expressionName(invalid)}`, invalid);
      if (!target) this.targetList();
      throw this.invalidSyntax();
    }
    this.advance();
    return withContext(target, 'Store');
  }

  /** Targets separated by commas (a bare tuple when there are several). */
  private targetList(): ast.Expr {
    const start = this.peek();
    const first = this.target();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',') && this.canStartTarget()) elts.push(this.target());
    return this.finish(start, { kind: 'Tuple', elts, ctx: 'Load' });
  }

  /**
   * One target, maybe starred: an atom with its trailers, as CPython's star_target rule
   * reads it (operators are left for the caller to reject).
   */
  private target(): ast.Expr {
    const star = this.eat('*');
    if (!star) return this.primary();
    const value = this.primary();
    return this.finish(star, { kind: 'Starred', value, ctx: 'Load' });
  }

  private withStatement(): ast.With {
    const start = this.advance();
    const items = this.attempt(() => this.parenthesizedWithItems()) ?? this.withItems();
    const body = this.colonAndBlock("'with' statement", start);
    return this.finish(start, { kind: 'With', items, body });
  }

  /** with (a as b, c as d): -- abandoned when the parentheses are an expression's. */
  private parenthesizedWithItems(): ast.WithItem[] {
    this.expect('(');
    const items = [this.withItem()];
    while (this.eat(',') && !this.at(')')) items.push(this.withItem());
    this.expect(')');
    if (!this.at(':')) throw NOT_PARSED;
    return items;
  }

  private withItems(): ast.WithItem[] {
    const items = [this.withItem()];
    while (this.eat(',')) items.push(this.withItem());
    return items;
  }

  private withItem(): ast.WithItem {
    const context_expr = this.expression();
    if (!this.eat('as')) return { kind: 'withitem', context_expr, optional_vars: null };
    const target = this.starTarget();
    if (!this.at(',') && !this.at(')') && !this.at(':')) {
      if (this.atType('NEWLINE')) throw this.errorAtToken("expected ':'", this.peek());
      throw this.invalidSyntax();
    }
    const invalid = findInvalidTarget(target, 'star');
    if (invalid) throw this.errorAt(`cannot assign to ${expressionName(invalid)}`, invalid);
    return { kind: 'withitem', context_expr, optional_vars: withContext(target, 'Store') };
  }

  /** star_target, read as an expression (CPython's invalid_with_item reads one too). */
  private starTarget(): ast.Expr {
    return this.at('*') ? this.target() : this.expression();
  }

  private tryStatement(): ast.Try {
    const start = this.advance();
    this.expectForced(':');
    const body = this.block("'try' statement", start.lineno);
    const handlers: ast.ExceptHandler[] = [];
    while (this.at('except')) handlers.push(this.exceptHandler());
    const orelse = handlers.length > 0 ? this.elseBlock() : [];
    let finalbody: ast.Stmt[] = [];
    const finallyToken = this.eat('finally');
    if (finallyToken) {
      this.expectForced(':');
      finalbody = this.block("'finally' statement", finallyToken.lineno);
    }
    if (handlers.length === 0 && !finallyToken) {
      throw this.errorAtToken("expected 'except' or 'finally' block", this.peek());
    }
    return this.finish(start, { kind: 'Try', body, handlers, orelse, finalbody });
  }

  private exceptHandler(): ast.ExceptHandler {
    const start = this.advance();
    if (this.at('*')) throw this.invalidSyntax();
    let type: ast.Expr | null = null;
    let name: string | null = null;
    if (!this.at(':') && !this.atType('NEWLINE')) {
      type = this.expression();
      if (this.at(',')) this.failUnparenthesizedExceptTypes(type);
      if (this.eat('as')) name = this.expectName().string;
    }
    const body = this.colonAndBlock("'except' statement", start);
    return this.finish(start, { kind: 'ExceptHandler', type, name, body });
  }

  /** except A, B: -- CPython 3.11 requires parentheses. */
  private failUnparenthesizedExceptTypes(first: ast.Expr): never {
    this.advance();
    const rest = this.attempt(() => this.starExpressions());
    if (rest && (this.at(':') || this.at('as'))) {
      throw this.errorAt('multiple exception types must be parenthesized', first, rest);
    }
    throw this.invalidSyntax();
  }

  // -------------------------------------------------------------------------
  // Functions and classes
  // -------------------------------------------------------------------------

  private decorated(): ast.FunctionDef | ast.ClassDef {
    const decorators: ast.Expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.namedExpression());
      if (!this.atType('NEWLINE')) throw this.invalidSyntax();
      this.advance();
    }
    const token = this.peek();
    if (this.at('def')) return this.functionDef(decorators, token);
    if (this.at('class')) return this.classDef(decorators, token);
    throw this.invalidSyntax();
  }

  private functionDef(decorator_list: ast.Expr[], start: Token): ast.FunctionDef {
    const def = this.advance();
    const name = this.expectName().string;
    this.expectForced('(');
    const args = this.parameters(')');
    this.expect(')');
    const returns = this.eat('->') ? this.expression() : null;
    this.expectForced(':');
    const body = this.block('function definition', def.lineno);
    return this.finish(start, { kind: 'FunctionDef', name, args, body, decorator_list, returns });
  }

  private classDef(decorator_list: ast.Expr[], start: Token): ast.ClassDef {
    const classToken = this.advance();
    const name = this.expectName().string;
    let bases: ast.Expr[] = [];
    let keywords: ast.Keyword[] = [];
    if (this.eat('(')) {
      if (!this.at(')')) ({ args: bases, keywords } = this.callArguments(true));
      this.expect(')');
    }
    const body = this.colonAndBlock('class definition', classToken);
    return this.finish(start, { kind: 'ClassDef', name, bases, keywords, body, decorator_list });
  }

  /**
   * A parameter list, up to (not including) `closer`: ')' for `def`, ':' for `lambda`
   * (whose parameters have no annotations).
   */
  private parameters(closer: ')' | ':'): ast.Arguments {
    const list: ParameterList = {
      posonlyargs: [], args: [], defaults: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null,
      star: null, slash: false,
    };
    while (!this.at(closer)) {
      this.parameterItem(list, closer);
      if (!this.at(closer)) this.expect(',');
    }
    const { posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults } = list;
    return { kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
  }

  /** One item of a parameter list: a name with its default, '/', '*', '*args' or '**kwargs'. */
  private parameterItem(list: ParameterList, closer: ')' | ':'): void {
    const token = this.peek();
    if (list.kwarg) throw this.errorAtToken('arguments cannot follow var-keyword argument', token);
    if (this.at('/')) return this.slashParameter(list);
    if (this.at('*')) return this.starParameter(list, closer);
    if (this.eat('**')) {
      list.kwarg = this.parameter(closer);
      if (this.at('=')) throw this.errorAtToken('var-keyword argument cannot have default value', this.peek());
      return;
    }
    if (this.at('(')) this.failParenthesizedParameter(closer);
    const arg = this.parameter(closer);
    const defaultValue = this.parameterDefault(closer);
    if (list.star) {
      list.kwonlyargs.push(arg);
      list.kw_defaults.push(defaultValue);
    } else if (defaultValue) {
      list.defaults.push(defaultValue);
      list.args.push(arg);
    } else {
      if (list.defaults.length > 0) throw this.errorAt('non-default argument follows default argument', arg);
      list.args.push(arg);
    }
  }

  /** NAME, with an annotation in a `def` (`*args` may have a starred one). */
  private parameter(closer: ')' | ':', starred = false): ast.Arg {
    const name = this.expectName();
    let annotation: ast.Expr | null = null;
    if (closer === ')' && this.eat(':')) annotation = starred ? this.starExpression() : this.expression();
    return this.finish(name, { kind: 'arg', arg: name.string, annotation });
  }

  private parameterDefault(closer: ')' | ':'): ast.Expr | null {
    const equals = this.eat('=');
    if (!equals) return null;
    if (closer === ')' && (this.at(')') || this.at(','))) throw this.errorAtToken('expected default value expression', equals);
    return this.expression();
  }

  private slashParameter(list: ParameterList): void {
    const slash = this.peek();
    if (list.slash) throw this.errorAtToken('/ may appear only once', slash);
    if (list.star) throw this.errorAtToken('/ must be ahead of *', slash);
    if (list.args.length === 0) {
      if (this.at(',', 1)) throw this.errorAtToken('at least one argument must precede /', slash);
      throw this.invalidSyntaxAt(slash);
    }
    this.advance();
    list.slash = true;
    list.posonlyargs.push(...list.args.splice(0));
  }

  private starParameter(list: ParameterList, closer: ')' | ':'): void {
    const star = this.peek();
    const next = this.peek(1);
    if (list.star) {
      if (this.isName(next) || next.string === ',') throw this.errorAtToken('* argument may appear only once', star);
      throw this.invalidSyntaxAt(star);
    }
    this.advance();
    list.star = star;
    if (this.isName(next)) {
      list.vararg = this.parameter(closer, true);
      if (this.at('=')) throw this.errorAtToken('var-positional argument cannot have default value', this.peek());
      return;
    }
    // A bare '*' must be followed by keyword-only parameters. CPython locates the
    // error at the '*' in a def, at the last token read in a lambda.
    const afterComma = this.at(',') && (this.at(closer, 1) || this.at('**', 1));
    if (this.at(closer) || afterComma) {
      const where = closer === ')' ? star : this.peek(afterComma ? 1 : 0);
      throw this.errorAtToken('named arguments must follow bare *', where);
    }
  }

  /** def f((a)): -- a parenthesized parameter, as CPython 3.11 reports it. */
  private failParenthesizedParameter(closer: ')' | ':'): never {
    const open = this.peek();
    const close = this.lookAt(this.pos, () => {
      this.advance();
      do this.expectName();
      while (this.eat(',') && !this.at(')'));
      return this.expect(')');
    });
    if (!close) throw this.invalidSyntaxAt(open);
    const what = closer === ')' ? 'Function parameters' : 'Lambda expression parameters';
    throw this.errorAt(`${what} cannot be parenthesized`, open, close);
  }

  // =========================================================================
  // Expressions
  // =========================================================================

  /** star_expressions: a bare tuple when there is a comma. */
  private starExpressions(): ast.Expr {
    const start = this.peek();
    const first = this.starExpression();
    if (!this.at(',')) return first;
    const elts = [first];
    while (this.eat(',') && this.canStartStarExpression()) elts.push(this.starExpression());
    return this.finish(start, { kind: 'Tuple', elts, ctx: 'Load' });
  }

  private canStartStarExpression(): boolean {
    return this.at('*') || this.canStartExpression(this.peek());
  }

  private starExpression(): ast.Expr {
    const star = this.eat('*');
    if (!star) return this.expression();
    const value = this.bitwiseOr();
    return this.finish(star, { kind: 'Starred', value, ctx: 'Load' });
  }

  /** star_named_expression, the elements of list, tuple and set displays. */
  private starNamedExpression(): ast.Expr {
    const star = this.eat('*');
    if (!star) return this.namedExpression();
    const value = this.bitwiseOr();
    return this.finish(star, { kind: 'Starred', value, ctx: 'Load' });
  }

  /** named_expression: NAME ':=' expression | expression */
  private namedExpression(): ast.Expr {
    const start = this.peek();
    if (this.isName(start) && this.at(':=', 1)) {
      this.advance();
      this.advance();
      const target = this.finishName(start, 'Store');
      const value = this.expression();
      return this.finish(start, { kind: 'NamedExpr', target, value });
    }
    const startIndex = this.pos;
    const e = this.expression();
    if (this.quiet === 0) this.checkInvalidNamedExpression(e, startIndex);
    return e;
  }

  /** CPython's invalid_named_expression rule: `x := ` on a non-name, or a stray '='. */
  private checkInvalidNamedExpression(e: ast.Expr, startIndex: number): void {
    if (this.at(':=')) {
      const walrus = this.pos;
      if (this.lookAt(walrus + 1, () => this.expression())) {
        throw this.errorAt(`cannot use assignment expressions with ${expressionName(e)}`, e);
      }
    }
    if (this.at('=')) {
      const nameOnly = e.kind === 'Name' && this.pos === startIndex + 1;
      if (nameOnly || this.isBitwiseOrLevel(e)) this.checkEqualsInNamedExpression(e, this.pos + 1);
    }
  }

  private finishName(token: Token, ctx: ast.ExprContext): ast.Name {
    return this.span(token, token, { kind: 'Name', id: token.string, ctx });
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  private expression(): ast.Expr {
    this.enterNesting();
    try {
      return this.unguardedExpression();
    } finally {
      this.nesting--;
    }
  }

  /**
   * Counts one level of nested expressions: a limit keeps the parser's recursion far
   * from the JavaScript stack's end (CPython has a similar limit, near 3000 levels).
   */
  private enterNesting(): void {
    if (++this.nesting > MAX_NESTING) {
      this.nesting = 0;
      throw this.errorAtToken(TOO_COMPLEX, this.peek());
    }
  }

  private unguardedExpression(): ast.Expr {
    if (this.at('lambda')) return this.lambda();
    const start = this.peek();
    const startIndex = this.pos;
    const body = this.disjunction();
    // As in PEG, a bad conditional expression falls back to its first part.
    const conditional = this.at('if') && this.attempt(() => this.conditional(start, body));
    if (conditional) return conditional;
    if (this.quiet === 0) this.checkMissingComma(body, startIndex);
    return body;
  }

  private conditional(start: Token, body: ast.Expr): ast.IfExp {
    this.advance();
    const test = this.disjunction();
    if (!this.at('else')) {
      if (!this.at(':') && this.quiet === 0) throw this.errorAt("expected 'else' after 'if' expression", body, test);
      throw this.invalidSyntax();
    }
    this.advance();
    const orelse = this.expression();
    return this.finish(start, { kind: 'IfExp', test, body, orelse });
  }

  /**
   * CPython's invalid_expression and invalid_legacy_expression rules, for an expression
   * followed directly by another: `[a b]` (a missing comma), or `print "x"`.
   */
  private checkMissingComma(a: ast.Expr, startIndex: number): void {
    if (!this.canStartExpression(this.peek())) return;
    const first = this.tokens[startIndex];
    const isPrint = a.kind === 'Name' && (a.id === 'print' || a.id === 'exec');
    // CPython 3.11 takes any prefix of a soft keyword for one (`c`, `ma`...).
    const softKeyword = first.type === 'NAME' && SOFT_KEYWORDS.some((keyword) => keyword.startsWith(first.string));
    const nameThenString = first.type === 'NAME' && this.tokens[startIndex + 1].type === 'STRING';
    if (!isPrint && !softKeyword && !nameThenString) {
      const b = this.quietlyLookAt(this.pos, () => {
        const e = this.expression();
        return { e, level: this.prev.level };
      });
      if (b && b.level > 0) throw this.errorAt('invalid syntax. Perhaps you forgot a comma?', a, b.e);
    }
    // invalid_legacy_expression reads what follows any name (raising the errors found
    // there), but complains itself only after print and exec.
    if (this.pos !== startIndex + 1 || first.type !== 'NAME' || this.at('(')) return;
    const rest = this.lookAt(this.pos, () => this.starExpressions());
    if (rest && isPrint) {
      throw this.errorAt(`Missing parentheses in call to '${first.string}'. Did you mean ${first.string}(...)?`, a, rest);
    }
  }

  private lambda(): ast.Lambda {
    const start = this.advance();
    const args = this.parameters(':');
    this.advance();
    const body = this.expression();
    return this.finish(start, { kind: 'Lambda', args, body });
  }

  private disjunction(): ast.Expr {
    return this.boolOperation('or', 'Or', () => this.conjunction());
  }

  private conjunction(): ast.Expr {
    return this.boolOperation('and', 'And', () => this.inversion());
  }

  private boolOperation(keyword: string, op: ast.BoolOperator, operand: () => ast.Expr): ast.Expr {
    const start = this.peek();
    const first = operand();
    const values = [first];
    for (let next = this.operand(keyword, operand); next; next = this.operand(keyword, operand)) values.push(next);
    if (values.length === 1) return first;
    return this.finish(start, { kind: 'BoolOp', op, values });
  }

  /**
   * An operator and its right operand, or null (reading nothing) if they are not there.
   * As in CPython's PEG parser, a bad right operand ends the expression before the
   * operator instead of failing it: `[a.b + ]` is `a.b` followed by junk.
   */
  private operand<T>(operator: string | (() => boolean), parse: () => T): T | null {
    const present = typeof operator === 'string' ? this.at(operator) : operator();
    if (!present) return null;
    return this.attempt(() => {
      if (typeof operator === 'string') this.advance();
      return parse();
    });
  }

  /** inversion: 'not' inversion | comparison (a loop: `not not ... x` can be long) */
  private inversion(): ast.Expr {
    const nots: Token[] = [];
    while (this.at('not')) nots.push(this.advance());
    let e = this.comparison();
    while (nots.length > 0) e = this.finish(nots.pop()!, { kind: 'UnaryOp', op: 'Not', operand: e });
    return e;
  }

  private comparison(): ast.Expr {
    const start = this.peek();
    const left = this.bitwiseOr();
    const ops: ast.CompareOperator[] = [];
    const comparators: ast.Expr[] = [];
    for (;;) {
      const next = this.peek().string;
      const pair =
        (next in COMPARE_OPS || next === 'not') &&
        this.attempt(() => {
          const op = this.compareOperator();
          return op && { op, comparator: this.bitwiseOr() };
        });
      if (!pair) break;
      ops.push(pair.op);
      comparators.push(pair.comparator);
    }
    if (ops.length === 0) return left;
    return this.finish(start, { kind: 'Compare', left, ops, comparators });
  }

  /** Consumes a comparison operator, `not in` and `is not` included. */
  private compareOperator(): ast.CompareOperator | null {
    const token = this.peek();
    if (token.type !== 'OP' && token.type !== 'NAME') return null;
    if (token.string === 'not') {
      if (!this.at('in', 1)) return null;
      this.advance();
      this.advance();
      return 'NotIn';
    }
    const op = COMPARE_OPS[token.string];
    if (!op) return null;
    this.advance();
    if (op === 'Is' && this.eat('not')) return 'IsNot';
    return op;
  }

  private bitwiseOr(): ast.Expr {
    return this.binaryOperation(0);
  }

  /**
   * Left-associative binary operators binding at least as tightly as `minPrecedence`,
   * by precedence climbing.
   */
  private binaryOperation(minPrecedence: number): ast.Expr {
    const start = this.peek();
    let left = this.factor();
    for (;;) {
      const token = this.peek();
      const operator = token.type === 'OP' ? BINARY_OPERATORS.get(token.string) : undefined;
      if (!operator || operator.precedence < minPrecedence) return left;
      const right = this.operand(token.string, () => this.binaryOperation(operator.precedence + 1));
      if (!right) return left;
      left = this.finish(start, { kind: 'BinOp', left, op: operator.op, right });
    }
  }

  /** factor: ('+' | '-' | '~') factor | power */
  private factor(): ast.Expr {
    const token = this.peek();
    const op = token.type === 'OP' ? UNARY_OPS[token.string] : undefined;
    if (!op) return this.power();
    this.advance();
    const operand = this.nestedFactor();
    return this.finish(token, { kind: 'UnaryOp', op, operand });
  }

  /** A factor inside a factor (`- - x`, `a ** b ** c`), counted as nesting. */
  private nestedFactor(): ast.Expr {
    this.enterNesting();
    try {
      return this.factor();
    } finally {
      this.nesting--;
    }
  }

  /** power: primary ['**' factor] (right-associative through factor). */
  private power(): ast.Expr {
    const start = this.peek();
    if (this.at('await')) throw this.invalidSyntax();
    const left = this.primary();
    const right = this.operand('**', () => this.nestedFactor());
    if (!right) return left;
    return this.finish(start, { kind: 'BinOp', left, op: 'Pow', right });
  }

  /** primary: atom followed by calls, subscripts and attributes. */
  private primary(): ast.Expr {
    const start = this.peek();
    let e = this.atom();
    for (;;) {
      const value = e;
      const trailer = this.operand(
        () => this.at('.') || this.at('(') || this.at('['),
        () => this.trailer(start, value),
      );
      if (!trailer) return e;
      e = trailer;
    }
  }

  /** `.name`, `(arguments)` or `[slices]` after `value`. */
  private trailer(start: Token, value: ast.Expr): ast.Expr {
    if (this.at('(')) return this.call(start, value);
    if (this.eat('.')) {
      const attr = this.expectName().string;
      return this.finish(start, { kind: 'Attribute', value, attr, ctx: 'Load' });
    }
    this.expect('[');
    const slice = this.slices();
    this.expect(']');
    return this.finish(start, { kind: 'Subscript', value, slice, ctx: 'Load' });
  }

  // -------------------------------------------------------------------------
  // Calls
  // -------------------------------------------------------------------------

  private call(start: Token, func: ast.Expr): ast.Call {
    const open = this.advance();
    const { args, keywords } = this.at(')') ? { args: [], keywords: [] } : this.callArguments();
    const close = this.expect(')');
    if (args.length === 1 && keywords.length === 0 && args[0].kind === 'GeneratorExp' && !this.parenthesized.has(args[0])) {
      // f(x for x in y): the generator expression takes the call's parentheses.
      args[0] = this.span(open, close, args[0]);
    }
    return this.finish(start, { kind: 'Call', func, args, keywords });
  }

  /**
   * The arguments of a call or class header, checked as CPython's grammar does. A
   * generator expression may be the sole argument of a call, never of a class header.
   */
  private callArguments(inClassHeader = false): { args: ast.Expr[]; keywords: ast.Keyword[] } {
    const args: ast.Expr[] = [];
    const keywords: ast.Keyword[] = [];
    let keywordSeen = false;
    let doubleStarSeen = false;
    do {
      if (this.at(')')) break;
      const start = this.peek();
      if (this.eat('**')) {
        const value = this.expression();
        keywords.push(this.finish(start, { kind: 'keyword' as const, arg: null, value }));
        doubleStarSeen = true;
      } else if (this.isName(start) && this.at('=', 1)) {
        keywords.push(this.keywordArgument());
        keywordSeen = true;
      } else if (this.at('*')) {
        if (doubleStarSeen) throw this.errorAtToken('iterable argument unpacking follows keyword argument unpacking', start);
        args.push(this.starredArgument());
      } else {
        const arg = this.positionalArgument(args.length + keywords.length === 0, inClassHeader);
        if (doubleStarSeen || keywordSeen) {
          // CPython reads all the arguments before complaining, and points after them.
          while (this.attempt(() => this.expect(',') && this.anyArgument()));
          const unpacking = doubleStarSeen ? ' unpacking' : '';
          throw this.errorAtToken(`positional argument follows keyword argument${unpacking}`, this.tokens[this.furthest]);
        }
        args.push(arg);
      }
    } while (this.eat(','));
    return { args, keywords };
  }

  /** Any one argument, for reading past arguments after an error. */
  private anyArgument(): ast.Expr | ast.Keyword {
    if (this.eat('**')) return this.expression();
    if (this.isName(this.peek()) && this.at('=', 1)) return this.keywordArgument();
    return this.at('*') ? this.starredArgument() : this.expression();
  }

  /** starred_expression: '*' expression (wider than star_expression's '*' bitwise_or). */
  private starredArgument(): ast.Expr {
    const star = this.advance();
    const value = this.expression();
    const starred = this.finish(star, { kind: 'Starred' as const, value, ctx: 'Load' as const });
    if (this.at('for')) throw this.errorAt('iterable unpacking cannot be used in comprehension', starred);
    return starred;
  }

  private keywordArgument(): ast.Keyword {
    const name = this.advance();
    const equals = this.advance();
    const value = this.expression();
    if (this.at('for') && this.quiet === 0 && this.lookAt(this.pos, () => this.forIfClauses())) {
      throw this.errorAt(MAYBE_EQUALITY, name, equals);
    }
    return this.finish(name, { kind: 'keyword', arg: name.string, value });
  }

  /** A positional argument: an expression, walrus or unparenthesized generator. */
  private positionalArgument(isFirst: boolean, inClassHeader: boolean): ast.Expr {
    const start = this.peek();
    const value = this.namedExpressionInCall();
    if (this.at('for')) return this.generatorArgument(start, value, isFirst, inClassHeader);
    if (this.at('=')) this.failKeywordArgument(value);
    return value;
  }

  /**
   * A generator expression as an argument: fine as the sole argument of a call.
   * CPython's first pass reads one only there, so other misplaced ones are located at
   * their 'for' unless CPython's invalid_arguments rule recognizes them.
   */
  private generatorArgument(start: Token, elt: ast.Expr, isFirst: boolean, inClassHeader: boolean): ast.Expr {
    const forToken = this.peek();
    if (!isFirst) {
      const genexp = this.lookAt(this.pos, () => this.comprehension(start, elt, 'GeneratorExp'));
      if (genexp) throw this.errorAt('Generator expression must be parenthesized', genexp);
      throw this.invalidSyntaxAt(forToken);
    }
    const genexp = this.comprehension(start, elt, 'GeneratorExp');
    if (this.at(',')) throw this.errorAt('Generator expression must be parenthesized', genexp);
    if (!this.at(')')) throw this.invalidSyntax();
    if (inClassHeader) throw this.invalidSyntaxAt(forToken);
    return genexp;
  }

  /** assignment_expression | expression, without the invalid '=' rules (kwargs use '='). */
  private namedExpressionInCall(): ast.Expr {
    const start = this.peek();
    if (this.isName(start) && this.at(':=', 1)) return this.namedExpression();
    return this.expression();
  }

  /** CPython's invalid_kwarg rule: `f(a.b=1)`, `f(True=1)`. */
  private failKeywordArgument(target: ast.Expr): never {
    const isKeyword = target.kind === 'Constant' && (target.value === null || typeof target.value === 'boolean');
    const msg = isKeyword
      ? `cannot assign to ${expressionName(target)}`
      : 'expression cannot contain assignment, perhaps you meant "=="?';
    throw this.errorAt(msg, target, this.peek());
  }

  // -------------------------------------------------------------------------
  // Subscripts
  // -------------------------------------------------------------------------

  /** slices: slice | ','.(slice | starred_expression)+ [','] */
  private slices(): ast.Expr {
    const start = this.peek();
    const first = this.sliceItem();
    if (!this.at(',') && first.kind !== 'Starred') return first;
    const elts = [first];
    while (this.eat(',') && !this.at(']')) elts.push(this.sliceItem());
    return this.finish(start, { kind: 'Tuple', elts, ctx: 'Load' });
  }

  private sliceItem(): ast.Expr {
    const start = this.peek();
    if (this.at('*')) return this.starExpression();
    const lower = this.at(':') ? null : this.namedExpression();
    if (!this.eat(':')) return lower!;
    const upper = this.atSliceBoundEnd() ? null : this.expression();
    let step: ast.Expr | null = null;
    if (this.eat(':')) step = this.atSliceBoundEnd() ? null : this.expression();
    return this.finish(start, { kind: 'Slice', lower, upper, step });
  }

  private atSliceBoundEnd(): boolean {
    return this.at(':') || this.at(',') || this.at(']');
  }

  // -------------------------------------------------------------------------
  // Atoms
  // -------------------------------------------------------------------------

  private atom(): ast.Expr {
    const token = this.peek();
    switch (token.type) {
      case 'NAME':
        return this.nameOrConstant(token);
      case 'NUMBER':
        // gilvm has no complex numbers.
        if (/[jJ]$/.test(token.string)) throw this.errorAtToken('complex literals are not supported', token);
        this.advance();
        return this.finish(token, { kind: 'Constant', value: parseNumber(token.string) });
      case 'STRING':
        return this.strings();
      case 'OP':
        if (token.string === '(') return this.parenthesizedAtom();
        if (token.string === '[') return this.listAtom();
        if (token.string === '{') return this.braceAtom();
        if (token.string === '...') {
          this.advance();
          return this.finish(token, { kind: 'Constant', value: ast.Ellipsis });
        }
    }
    throw this.invalidSyntax();
  }

  private nameOrConstant(token: Token): ast.Expr {
    const constants: Record<string, ast.ConstantValue> = withoutPrototype({ True: true, False: false, None: null });
    if (token.string in constants) {
      this.advance();
      return this.finish(token, { kind: 'Constant', value: constants[token.string] });
    }
    if (KEYWORDS.has(token.string)) throw this.invalidSyntax();
    this.advance();
    return this.finishName(token, 'Load');
  }

  /** '(' ... ')': a group, a tuple, a generator expression or a yield. */
  private parenthesizedAtom(): ast.Expr {
    const open = this.advance();
    if (this.eat(')')) return this.markParenthesized(this.finish(open, { kind: 'Tuple', elts: [], ctx: 'Load' }));
    if (this.at('**')) this.failDoubleStarred();
    if (this.at('yield')) {
      const value = this.yieldExpression();
      this.expect(')');
      return this.markParenthesized(value);
    }
    const first = this.starNamedExpression();
    this.checkStarredComprehension(first);
    if (this.at('for')) {
      const genexp = this.comprehension(open, first, 'GeneratorExp');
      this.expect(')');
      return this.markParenthesized(this.finish(open, genexp));
    }
    if (this.eat(')')) {
      if (first.kind === 'Starred') throw this.errorAt('cannot use starred expression here', first);
      return this.markParenthesized(first);
    }
    if (!this.at(',')) throw this.invalidSyntax();
    const elts = [first];
    while (this.eat(',') && !this.at(')')) elts.push(this.starNamedExpression());
    this.expect(')');
    return this.markParenthesized(this.finish(open, { kind: 'Tuple', elts, ctx: 'Load' }));
  }

  /** CPython's invalid_group rule: `(**x)`. */
  private failDoubleStarred(): never {
    const stars = this.peek();
    const closed = this.lookAt(this.pos + 1, () => this.expression() && this.expect(')'));
    if (!closed) throw this.invalidSyntaxAt(stars);
    throw this.errorAtToken('cannot use double starred expression here', stars);
  }

  private markParenthesized<E extends ast.Expr>(e: E): E {
    this.parenthesized.add(e);
    return e;
  }

  /** '[' ... ']': a list display or a list comprehension. */
  private listAtom(): ast.Expr {
    const open = this.advance();
    if (this.eat(']')) return this.finish(open, { kind: 'List', elts: [], ctx: 'Load' });
    const first = this.starNamedExpression();
    this.checkStarredComprehension(first);
    if (this.at('for')) {
      const listcomp = this.comprehension(open, first, 'ListComp');
      this.expect(']');
      return this.finish(open, listcomp);
    }
    const elts = [first];
    while (this.eat(',') && !this.at(']') && !this.at('for')) elts.push(this.starNamedExpression());
    this.expectClosing(']', elts);
    return this.finish(open, { kind: 'List', elts, ctx: 'Load' });
  }

  /**
   * Expects the closing bracket of a display; a comprehension after several elements
   * (or one and a comma) is CPython's "did you forget parentheses around the
   * comprehension target?".
   */
  private expectClosing(closer: string, elts: ast.Expr[]): void {
    if (this.at('for') && this.quiet === 0 && this.lookAt(this.pos, () => this.forIfClauses())) {
      const last = elts.length > 1 ? elts[elts.length - 1] : this.prev;
      if (elts.length > 1 || this.prev.string === ',') {
        throw this.errorAt('did you forget parentheses around the comprehension target?', elts[0], last);
      }
    }
    this.expect(closer);
  }

  /** '{' ... '}': a dict or set display, or a dict or set comprehension. */
  private braceAtom(): ast.Expr {
    const open = this.advance();
    if (this.eat('}')) return this.finish(open, { kind: 'Dict', keys: [], values: [] });
    if (this.at('**')) return this.dictDisplay(open, null);
    const first = this.starNamedExpression();
    if (this.at(':') && first.kind !== 'Starred') return this.dictDisplay(open, first);
    this.checkStarredComprehension(first);
    if (this.at('for')) {
      const setcomp = this.comprehension(open, first, 'SetComp');
      this.expect('}');
      return this.finish(open, setcomp);
    }
    const elts = [first];
    while (this.eat(',') && !this.at('}') && !this.at('for')) elts.push(this.starNamedExpression());
    this.expectClosing('}', elts);
    return this.finish(open, { kind: 'Set', elts });
  }

  /** The rest of a dict display or comprehension, whose first key (if any) is read. */
  private dictDisplay(open: Token, firstKey: ast.Expr | null): ast.Expr {
    const keys: (ast.Expr | null)[] = [];
    const values: ast.Expr[] = [];
    let key = firstKey;
    for (;;) {
      if (key) {
        const value = this.dictValue();
        if (keys.length === 0 && this.at('for')) {
          const dictcomp = this.dictComprehension(open, key, value);
          this.expect('}');
          return this.finish(open, dictcomp);
        }
        keys.push(key);
        values.push(value);
      } else {
        const stars = this.advance();
        const value = this.bitwiseOr();
        if (keys.length === 0 && this.at('for')) {
          throw this.errorAt('dict unpacking cannot be used in dict comprehension', stars, value);
        }
        keys.push(null);
        values.push(value);
      }
      if (!this.eat(',') || this.at('}')) break;
      key = this.at('**') ? null : this.dictKey();
    }
    this.expect('}');
    return this.finish(open, { kind: 'Dict', keys, values });
  }

  /**
   * A key after the first, which must be followed by ':'. CPython 3.11 says so even
   * when a missing comma would explain more (`{1: 2, a b}`).
   */
  private dictKey(): ast.Expr {
    this.quiet++;
    let key: ast.Expr;
    try {
      key = this.expression();
    } finally {
      this.quiet--;
    }
    if (!this.at(':')) {
      const { lineno, end_col_offset } = key;
      throw this.error('SyntaxError', "':' expected after dictionary key", lineno, end_col_offset, key.end_lineno, 0);
    }
    return key;
  }

  /** ':' and the value after a dict key. */
  private dictValue(): ast.Expr {
    const colon = this.expectForced(':');
    if (this.at('}') || this.at(',')) throw this.errorAtToken("expression expected after dictionary key and ':'", colon);
    const star = this.peek();
    if (this.eat('*')) {
      this.bitwiseOr();
      throw this.errorAt('cannot use a starred expression in a dictionary value', star, this.prev);
    }
    return this.expression();
  }

  /** `[*a for a in b]` and the like. */
  private checkStarredComprehension(first: ast.Expr): void {
    if (first.kind === 'Starred' && this.at('for')) {
      throw this.errorAt('iterable unpacking cannot be used in comprehension', first);
    }
  }

  // -------------------------------------------------------------------------
  // Comprehensions
  // -------------------------------------------------------------------------

  private comprehension<K extends 'ListComp' | 'SetComp' | 'GeneratorExp'>(
    start: Span,
    elt: ast.Expr,
    kind: K,
  ): { kind: K; elt: ast.Expr; generators: ast.Comprehension[] } & ast.Position {
    const generators = this.forIfClauses();
    return this.finish(start, { kind, elt, generators });
  }

  private dictComprehension(start: Span, key: ast.Expr, value: ast.Expr): ast.DictComp {
    return this.finish(start, { kind: 'DictComp', key, value, generators: this.forIfClauses() });
  }

  /** ('for' star_targets 'in' disjunction ('if' disjunction)*)+ */
  private forIfClauses(): ast.Comprehension[] {
    const generators: ast.Comprehension[] = [];
    while (this.at('for')) {
      this.advance();
      const target = this.forTarget();
      const iter = this.disjunction();
      const ifs: ast.Expr[] = [];
      while (this.eat('if')) ifs.push(this.disjunction());
      generators.push({ kind: 'comprehension', target, iter, ifs, is_async: 0 });
    }
    return generators;
  }

  // -------------------------------------------------------------------------
  // Yield
  // -------------------------------------------------------------------------

  private yieldExpression(): ast.Yield | ast.YieldFrom {
    const start = this.advance();
    if (this.eat('from')) {
      const value = this.expression();
      return this.finish(start, { kind: 'YieldFrom', value });
    }
    const value = this.canStartStarExpression() ? this.starExpressions() : null;
    return this.finish(start, { kind: 'Yield', value });
  }

  // -------------------------------------------------------------------------
  // Strings
  // -------------------------------------------------------------------------

  /** Adjacent string literals, concatenated: a Constant, or a JoinedStr with f-strings. */
  private strings(): ast.Expr {
    const first = this.peek();
    const tokens: Token[] = [];
    while (this.atType('STRING')) tokens.push(this.advance());
    const parts: (ast.Constant | ast.FormattedValue)[] = [];
    let isFString = false;
    for (const token of tokens) {
      const { prefix, body, bodyStart } = splitStringToken(token.string);
      if (prefix.includes('b')) throw this.errorAtToken('bytes literals are not supported', token);
      if (prefix.includes('f')) {
        isFString = true;
        const fstring = new FStringParser(this, token, body, bodyStart, prefix.includes('r'));
        parts.push(...fstring.parse());
      } else {
        parts.push(this.span(first, this.prev, { kind: 'Constant', value: this.decodeLiteral(body, prefix) }));
      }
    }
    if (!isFString) {
      const value = parts.map((part) => (part as ast.Constant).value).join('');
      return this.span(first, this.prev, { kind: 'Constant', value });
    }
    return this.span(first, this.prev, { kind: 'JoinedStr', values: mergeConstants(parts) });
  }

  /** Decodes a string body; errors are reported at the token after the literal, as CPython does. */
  decodeLiteral(body: string, prefix: string): string {
    if (prefix.includes('r')) return body;
    try {
      return decodeEscapes(body);
    } catch (e) {
      if (e instanceof EscapeError) throw this.errorAtNextToken(e.message);
      throw e;
    }
  }

  /** An error located at the token following the one just consumed. */
  errorAtNextToken(msg: string): PySyntaxError {
    return this.errorAtToken(msg, this.peek());
  }

  /** Parses the expression of an f-string replacement field (see FStringParser). */
  fstringExpression(text: string, line: number, col: number): ast.Expr {
    const source = `(${text})`;
    const tokens = tokenize(source, this.filename);
    const parser = new Parser(tokens, sourceLines(source), this.filename);
    let e: ast.Expr;
    try {
      e = parser.fstringBody();
    } catch (error) {
      if (!(error instanceof PySyntaxError)) throw error;
      throw relocateFStringError(error, line, parser.isTokenizerError(error));
    }
    return relocate(e, line, col);
  }

  /** The start rule for an f-string expression: star_expressions, alone. */
  private fstringBody(): ast.Expr {
    try {
      const e = this.starExpressions();
      if (this.atType('NEWLINE')) this.advance();
      if (!this.atType('ENDMARKER')) throw this.invalidSyntax();
      return e;
    } catch (e) {
      if (e instanceof PySyntaxError) throw this.preferTokenizerError(e);
      throw e;
    }
  }
}

/** A parameter list being read. */
interface ParameterList extends Omit<ast.Arguments, 'kind'> {
  /** The '*' read, if any: the names after it are keyword-only. */
  star: Token | null;
  slash: boolean;
}

// ===========================================================================
// F-strings
// ===========================================================================

type FStringPart = ast.Constant | ast.FormattedValue;

const CONVERSIONS: Record<string, ast.Conversion> = withoutPrototype({ s: 115, r: 114, a: 97 });
const CLOSING_BRACKETS: Record<string, string> = withoutPrototype({ ')': '(', ']': '[', '}': '{' });

/**
 * Splits the body of one f-string token into literal text and replacement fields,
 * with Python 3.11's rules: the expression of a field is found by scanning for its end
 * (skipping brackets and quoted strings), then parsed as `(expression)` on its own.
 * Errors about the f-string's structure are located at the token after the string, as
 * CPython 3.11 locates them.
 */
class FStringParser {
  private i = 0;

  constructor(
    private readonly parser: Parser,
    private readonly token: Token,
    private readonly body: string,
    private readonly bodyStart: number,
    private readonly raw: boolean,
  ) {}

  parse(): FStringPart[] {
    return this.parts(0);
  }

  /** Literal text and fields, up to the end of the body or, in a format spec, a '}'. */
  private parts(depth: number): FStringPart[] {
    const parts: FStringPart[] = [];
    let literal = '';
    while (this.i < this.body.length) {
      const c = this.body[this.i];
      const doubled = depth === 0 && this.body[this.i + 1] === c;
      if ((c === '{' || c === '}') && doubled) {
        literal += c;
        this.i += 2;
      } else if (c === '{') {
        parts.push(this.constant(literal), ...this.replacementField(depth));
        literal = '';
      } else if (c === '}') {
        if (depth > 0) break;
        throw this.fail("f-string: single '}' is not allowed");
      } else {
        literal += this.literalChunk();
      }
    }
    parts.push(this.constant(literal));
    return parts.filter((part) => part.kind !== 'Constant' || part.value !== '');
  }

  /** Literal text up to the next brace, escapes decoded (a `\N{...}` brace is not a field). */
  private literalChunk(): string {
    const from = this.i;
    while (this.i < this.body.length) {
      const c = this.body[this.i];
      if (c === '{' || c === '}') break;
      if (c === '\\' && !this.raw) {
        const escaped = this.body[this.i + 1];
        if (escaped === 'N' && this.body[this.i + 2] === '{') {
          const close = this.body.indexOf('}', this.i);
          this.i = close < 0 ? this.body.length : close + 1;
          continue;
        }
        if (escaped !== '{' && escaped !== '}') this.i++;
      }
      this.i++;
    }
    return this.parser.decodeLiteral(this.body.slice(from, this.i), this.raw ? 'r' : '');
  }

  private constant(value: string): ast.Constant {
    return this.located({ kind: 'Constant', value });
  }

  /** Parts of an f-string carry the range of the whole token, as in CPython 3.11. */
  private located<N extends { kind: string }>(fields: N): N & ast.Position {
    const node = fields as N & ast.Position;
    node.lineno = this.token.lineno;
    node.col_offset = this.token.col_offset;
    node.end_lineno = this.token.end_lineno;
    node.end_col_offset = this.token.end_col_offset;
    return node;
  }

  /** '{' expression ['='] ['!' conversion] [':' format_spec] '}' */
  private replacementField(depth: number): FStringPart[] {
    if (depth >= MAX_FSTRING_NESTING) throw this.fail('f-string: expressions nested too deeply');
    this.i++;
    const exprStart = this.i;
    this.skipExpression();
    const text = this.body.slice(exprStart, this.i);
    if (text.trim() === '') {
      const end = this.body[this.i];
      throw this.fail(end === '}' ? 'f-string: empty expression not allowed' : `f-string: expression required before '${end}'`);
    }
    const [line, col] = this.sourcePosition(exprStart);
    const value = this.parser.fstringExpression(text, line, col);

    let debugText = '';
    if (this.body[this.i] === '=') {
      this.i++;
      while (/\s/.test(this.body[this.i] ?? '')) this.i++;
      debugText = this.body.slice(exprStart, this.i);
    }
    let conversion: ast.Conversion = -1;
    if (this.body[this.i] === '!') {
      this.i++;
      if (this.i >= this.body.length) throw this.fail("f-string: expecting '}'");
      conversion = CONVERSIONS[this.body[this.i]] ?? this.failConversion();
      this.i++;
    }
    let format_spec: ast.JoinedStr | null = null;
    if (this.body[this.i] === ':') {
      this.i++;
      format_spec = this.located({ kind: 'JoinedStr' as const, values: this.parts(depth + 1) });
    }
    if (this.body[this.i] !== '}') throw this.fail("f-string: expecting '}'");
    this.i++;
    if (debugText && conversion === -1 && !format_spec) conversion = CONVERSIONS.r;
    const field = this.located({ kind: 'FormattedValue' as const, value, conversion, format_spec });
    return debugText ? [this.constant(debugText), field] : [field];
  }

  private failConversion(): never {
    throw this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }

  /** Moves to the end of a field's expression: a '!', ':', '=' or '}' outside brackets. */
  private skipExpression(): void {
    const brackets: string[] = [];
    while (this.i < this.body.length) {
      const c = this.body[this.i];
      if (c === '\\') throw this.fail('f-string expression part cannot include a backslash');
      if (c === "'" || c === '"') {
        this.skipQuoted(c);
        continue;
      }
      if (c === '#') throw this.fail("f-string expression part cannot include '#'");
      if (c === '(' || c === '[' || c === '{') brackets.push(c);
      else if (c === ')' || c === ']' || c === '}') {
        if (brackets.length === 0 && c === '}') return;
        this.closeBracket(brackets, c);
      } else if (brackets.length === 0 && '!:=<>'.includes(c)) {
        // '!=', '==', '<=', '>=', and lone '<' '>' are operators, not the end.
        if (this.body[this.i + 1] === '=' && c !== ':') this.i++;
        else if (c !== '<' && c !== '>') return;
      }
      this.i++;
    }
    if (brackets.length > 0) throw this.fail(`f-string: unmatched '${brackets[brackets.length - 1]}'`);
    throw this.fail("f-string: expecting '}'");
  }

  private closeBracket(brackets: string[], c: string): void {
    const open = brackets.pop();
    if (open === undefined) throw this.fail(`f-string: unmatched '${c}'`);
    if (open !== CLOSING_BRACKETS[c]) {
      throw this.fail(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
    }
  }

  /** Skips a string literal inside an expression. */
  private skipQuoted(quote: string): void {
    const closing = this.body.startsWith(quote.repeat(3), this.i) ? quote.repeat(3) : quote;
    const end = this.body.indexOf(closing, this.i + closing.length);
    if (end < 0) throw this.fail('f-string: unterminated string');
    const inner = this.body.slice(this.i, end);
    if (inner.includes('\\')) throw this.fail('f-string expression part cannot include a backslash');
    this.i = end + closing.length;
  }

  /** The source line and column of a body index. */
  private sourcePosition(index: number): [number, number] {
    const before = this.token.string.slice(0, this.bodyStart + index);
    const lastBreak = before.lastIndexOf('\n');
    const breaks = before.split('\n').length - 1;
    if (breaks === 0) return [this.token.lineno, this.token.col_offset + before.length];
    return [this.token.lineno + breaks, before.length - lastBreak - 1];
  }

  private fail(msg: string): PySyntaxError {
    return this.parser.errorAtNextToken(msg);
  }
}

/** Joins adjacent string constants of a JoinedStr, and drops empty ones. */
function mergeConstants(parts: FStringPart[]): FStringPart[] {
  const merged: FStringPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.kind === 'Constant' && last?.kind === 'Constant') {
      merged[merged.length - 1] = { ...last, value: `${last.value as string}${part.value as string}` };
    } else {
      merged.push(part);
    }
  }
  return merged.filter((part) => part.kind !== 'Constant' || part.value !== '');
}

/**
 * Moves the nodes of an f-string expression, parsed from `(text)` alone, to where the
 * text is in the source: `line`/`col` is where the text starts.
 */
function relocate(e: ast.Expr, line: number, col: number): ast.Expr {
  forEachPosition(e, (node) => {
    if (node.lineno === 1) node.col_offset += col - 1;
    if (node.end_lineno === 1) node.end_col_offset += col - 1;
    node.lineno += line - 1;
    node.end_lineno += line - 1;
  });
  return e;
}

function forEachPosition(value: unknown, visit: (node: ast.Position) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachPosition(item, visit);
  } else if (typeof value === 'object' && value !== null && 'kind' in value) {
    for (const field of Object.values(value)) forEachPosition(field, visit);
    if ('lineno' in value) visit(value as unknown as ast.Position);
  }
}

/**
 * An error in an f-string expression keeps its location in the `(text)` that was
 * parsed, on the f-string's line, with an "f-string: " prefix for parser errors: this
 * is what CPython 3.11 reports.
 */
function relocateFStringError(error: PySyntaxError, line: number, fromTokenizer: boolean): PySyntaxError {
  return new PySyntaxError({
    type: error.type,
    msg: fromTokenizer ? error.msg : `f-string: ${error.msg}`,
    filename: error.filename,
    lineno: error.lineno + line - 1,
    offset: error.offset,
    text: error.text,
    end_lineno: error.end_lineno + line - 1,
    end_offset: error.end_offset,
  });
}

// ===========================================================================
// Literals and targets
// ===========================================================================

/** The value of a NUMBER token's text: a bigint for every int, a number for every float. */
function parseNumber(literal: string): bigint | number {
  const text = literal.replace(/_/g, '');
  if (/^0[xXoObB]/.test(text)) return BigInt(text.toLowerCase());
  if (/[.eE]/.test(text)) return Number(text);
  return BigInt(text);
}

/**
 * The first part of `e` that cannot be assigned to (or deleted), as CPython's
 * _PyPegen_get_invalid_target finds it; null when `e` is a valid target.
 */
function findInvalidTarget(e: ast.Expr, kind: TargetsKind): ast.Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const invalid = findInvalidTarget(elt, kind);
        if (invalid) return invalid;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : findInvalidTarget(e.value, kind);
    case 'Compare':
      // `for a in b` reads as the comparison `a in b` when parsed as an expression.
      if (kind === 'for') return e.ops[0] === 'In' ? findInvalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    default:
      return e;
  }
}

/** How CPython's error messages name a kind of expression. */
function expressionName(e: ast.Expr): string {
  switch (e.kind) {
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (e.value === ast.Ellipsis) return 'ellipsis';
      return 'literal';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    default:
      return EXPRESSION_NAMES[e.kind];
  }
}

const EXPRESSION_NAMES: Record<ast.Expr['kind'], string> = {
  Attribute: 'attribute',
  Subscript: 'subscript',
  Starred: 'starred',
  Name: 'name',
  List: 'list',
  Tuple: 'tuple',
  Lambda: 'lambda',
  Call: 'function call',
  BoolOp: 'expression',
  BinOp: 'expression',
  UnaryOp: 'expression',
  GeneratorExp: 'generator expression',
  Yield: 'yield expression',
  YieldFrom: 'yield expression',
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  Dict: 'dict literal',
  Set: 'set display',
  JoinedStr: 'f-string expression',
  FormattedValue: 'f-string expression',
  Constant: 'literal',
  Compare: 'comparison',
  IfExp: 'conditional expression',
  NamedExpr: 'named expression',
  Slice: 'slice',
};

/** Sets the context of a target (and of the targets it contains). */
function withContext<E extends ast.Expr>(e: E, ctx: ast.ExprContext): E {
  const target = e as ast.Expr;
  switch (target.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      target.ctx = ctx;
      break;
    case 'Starred':
      target.ctx = ctx;
      withContext(target.value, ctx);
      break;
    case 'List':
    case 'Tuple':
      target.ctx = ctx;
      for (const elt of target.elts) withContext(elt, ctx);
      break;
  }
  return e;
}

/** The operand an unparenthesized expression starts with, if it starts with one. */
function leftOperand(e: ast.Expr): ast.Expr | null {
  switch (e.kind) {
    case 'Call':
      return e.func;
    case 'Attribute':
    case 'Subscript':
      return e.value;
    case 'BinOp':
      return e.left;
    case 'BoolOp':
      return e.values[0];
    case 'Compare':
      return e.left;
    case 'IfExp':
      return e.body;
    case 'Tuple':
      return e.elts[0] ?? null;
    default:
      return null;
  }
}
