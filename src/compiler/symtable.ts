/**
 * The symbol table: which names each scope binds, uses, declares global or nonlocal,
 * and, after analysis, whether each name is a fast local, a global, a cell or a free
 * variable.
 *
 * CPython: Python/symtable.c (3.11), re-implemented. Two passes, as CPython:
 *
 * 1. `SymbolTableBuilder` walks the AST once, creating one `SymbolTableEntry` per
 *    module, class, function, lambda and comprehension, and records raw facts about
 *    each name as DEF_* flags ("assigned here", "a parameter", "used", "declared
 *    global"...). The errors that depend only on the order of statements ("used prior
 *    to global declaration", "duplicate argument") are raised during this walk.
 * 2. `analyzeBlock` then walks the entries top-down, passing each child the names bound
 *    by its enclosing functions, and decides the scope of every name. A child's free
 *    variables flow back up: the function that binds them turns them into cells.
 *    "no binding for nonlocal" is raised here, after the whole walk, as in CPython.
 *
 * Comprehensions always get their own function scope (the Python 3.11 behaviour, which
 * gilvm keeps so that tracebacks show `<listcomp>`), with the outermost iterable passed
 * in as the implicit parameter `.0`.
 */

import type * as ast from './ast.js';
import { PySyntaxError, sourceLines } from './tokenizer.js';

// ---------------------------------------------------------------------------
// Flags and scopes (CPython: Include/internal/pycore_symtable.h)
// ---------------------------------------------------------------------------

/** Assigned with `global`. */
export const DEF_GLOBAL = 1;
/** Assigned in this block. */
export const DEF_LOCAL = 2;
/** A formal parameter. */
export const DEF_PARAM = 4;
/** Declared `nonlocal`. */
export const DEF_NONLOCAL = 8;
/** Read in this block. */
export const USE = 16;
/** Free in a method, and bound or global in the class around it. */
export const DEF_FREE_CLASS = 64;
/** Bound by an import. */
export const DEF_IMPORT = 128;
/** An annotated name (`x: int`). */
export const DEF_ANNOT = 256;
/** A comprehension's iteration variable. */
export const DEF_COMP_ITER = 512;
/** Any of the binding flags. */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The scope analysis assigns to a name (CPython's LOCAL, GLOBAL_EXPLICIT, ...). */
export const enum Scope {
  /** The name is unknown to the block (CPython returns 0 for it). */
  None = 0,
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

export type BlockType = 'module' | 'class' | 'function';

/** Which kind of comprehension a comprehension scope compiles, for error messages. */
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

/** A node that opens a scope, the key under which its entry is stored. */
export type ScopeNode = ast.Module | ast.FunctionDef | ast.ClassDef | ast.Lambda | ComprehensionNode;
export type ComprehensionNode = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

type Located = ast.Position;

/**
 * One scope. CPython: PySTEntryObject.
 */
export class SymbolTableEntry {
  /** Raw DEF_* flags per name, in first-seen order (the order errors are found in). */
  readonly symbols = new Map<string, number>();
  /** The scope of each name, filled in by the analysis. */
  readonly scopes = new Map<string, Scope>();
  /** Parameter names in co_varnames order: positional, keyword-only, *args, **kwargs. */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** Where each global/nonlocal name was first declared, for analysis errors. */
  readonly directives = new Map<string, Located>();
  /** True inside a function, or inside anything nested in one (CO_NESTED). */
  readonly nested: boolean;
  generator = false;
  varargs = false;
  varkeywords = false;
  /** A method uses `super` or `__class__`, so the class body needs a `__class__` cell. */
  needsClassClosure = false;
  /** Set on comprehension scopes. */
  comprehension: ComprehensionKind | null = null;
  /** While visiting a comprehension's iteration targets. */
  compIterTarget = false;
  /** Depth of comprehension iterable expressions being visited in this block. */
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    parent: SymbolTableEntry | null,
  ) {
    this.nested = parent !== null && (parent.nested || parent.type === 'function');
  }

  /** CPython: _PyST_IsFunctionLike (functions, lambdas and comprehensions). */
  get isFunctionLike(): boolean {
    return this.type === 'function';
  }

  /** CPython: _PyST_GetScope. */
  getScope(name: string): Scope {
    return this.scopes.get(name) ?? Scope.None;
  }

  /** CPython: _PyST_GetSymbol. */
  getFlags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** Names with a cell in this scope, sorted (CPython's dictbytype order). */
  cellvars(): string[] {
    return this.namesWhere((name) => this.getScope(name) === Scope.Cell);
  }

  /** Free names, sorted; includes class-level names that a method closes over. */
  freevars(): string[] {
    return this.namesWhere((name) => this.getScope(name) === Scope.Free || (this.getFlags(name) & DEF_FREE_CLASS) !== 0);
  }

  private namesWhere(test: (name: string) => boolean): string[] {
    return [...this.symbols.keys()].filter(test).sort(compareCodePoints);
  }
}

/** Python's string ordering (by code point), which `dictbytype` sorts with. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The symbol tables of one module. CPython: struct symtable. */
export class SymbolTable {
  constructor(
    readonly top: SymbolTableEntry,
    private readonly entries: ReadonlyMap<ScopeNode, SymbolTableEntry>,
  ) {}

  /** CPython: PySymtable_Lookup. */
  lookup(node: ScopeNode): SymbolTableEntry {
    const entry = this.entries.get(node);
    if (!entry) throw new Error(`internal compiler error: no symbol table for ${node.kind}`);
    return entry;
  }
}

// ---------------------------------------------------------------------------
// Name mangling
// ---------------------------------------------------------------------------

/**
 * Private name mangling: inside class `C`, `__x` becomes `_C__x`.
 * CPython: Objects/typeobject.c, _Py_Mangle.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  // Dunder names and dotted (import) names are left alone.
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/**
 * Builds a SyntaxError pointing at a node's range, as CPython's
 * PyErr_RangedSyntaxLocationObject does (1-based offsets).
 */
export function syntaxErrorAt(msg: string, filename: string, source: string, at: Located): PySyntaxError {
  const text = sourceLines(source)[at.lineno - 1] ?? null;
  return new PySyntaxError({
    type: 'SyntaxError',
    msg,
    filename,
    lineno: at.lineno,
    offset: at.col_offset + 1,
    text,
    end_lineno: at.end_lineno,
    end_offset: at.end_col_offset + 1,
  });
}

const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;

// ---------------------------------------------------------------------------
// Pass 1: collecting facts
// ---------------------------------------------------------------------------

/**
 * Builds and analyzes the symbol tables of a module.
 * CPython: _PySymtable_Build.
 */
export function buildSymbolTable(module: ast.Module, filename: string, source: string): SymbolTable {
  const builder = new SymbolTableBuilder(filename, source);
  const top = builder.visitModule(module);
  analyzeBlock(top, null, new Set(), new Set(), builder);
  return new SymbolTable(top, builder.entries);
}

class SymbolTableBuilder {
  readonly entries = new Map<ScopeNode, SymbolTableEntry>();
  /** The entries being visited, innermost last (CPython's st_stack). */
  private readonly stack: SymbolTableEntry[] = [];
  /** The class name used for mangling (CPython's st_private). */
  private privateName: string | null = null;
  private top!: SymbolTableEntry;

  constructor(
    private readonly filename: string,
    private readonly source: string,
  ) {}

  error(msg: string, at: Located): PySyntaxError {
    return syntaxErrorAt(msg, this.filename, this.source, at);
  }

  private get cur(): SymbolTableEntry {
    return this.stack[this.stack.length - 1];
  }

  visitModule(module: ast.Module): SymbolTableEntry {
    this.top = this.enterBlock('top', 'module', module);
    this.visitStmts(module.body);
    this.exitBlock();
    return this.top;
  }

  /** CPython: symtable_enter_block. */
  private enterBlock(name: string, type: BlockType, node: ScopeNode): SymbolTableEntry {
    const parent = this.stack.length > 0 ? this.cur : null;
    const entry = new SymbolTableEntry(name, type, parent);
    this.entries.set(node, entry);
    parent?.children.push(entry);
    this.stack.push(entry);
    return entry;
  }

  private exitBlock(): void {
    this.stack.pop();
  }

  /** CPython: symtable_add_def. */
  private addDef(name: string, flag: number, at: Located): void {
    this.addDefIn(this.cur, name, flag, at);
  }

  /** CPython: symtable_add_def_helper. */
  private addDefIn(entry: SymbolTableEntry, name: string, flag: number, at: Located): void {
    const mangled = mangle(this.privateName, name);
    let flags = entry.symbols.get(mangled);
    if (flags !== undefined) {
      if (flag & DEF_PARAM && flags & DEF_PARAM) {
        throw this.error(`duplicate argument '${name}' in function definition`, at);
      }
      flags |= flag;
    } else {
      flags = flag;
    }
    if (entry.compIterTarget) {
      if (flags & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, at);
      }
      flags |= DEF_COMP_ITER;
    }
    entry.symbols.set(mangled, flags);
    if (flag & DEF_PARAM) {
      entry.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.top.symbols.set(mangled, (this.top.symbols.get(mangled) ?? 0) | flag);
    }
  }

  /** CPython: symtable_lookup. */
  private lookupFlags(name: string): number {
    return this.cur.getFlags(mangle(this.privateName, name));
  }

  private recordDirective(name: string, at: Located): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, at);
  }

  private visitStmts(stmts: readonly ast.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitExprs(exprs: readonly (ast.Expr | null)[]): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  /** CPython: symtable_visit_stmt. */
  private visitStmt(s: ast.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        this.visitFunctionDef(s);
        break;
      case 'ClassDef':
        this.visitClassDef(s);
        break;
      case 'Return':
        if (s.value) this.visitExpr(s.value);
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case 'Raise':
        if (s.exc) this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
        break;
      case 'Try':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const alias of s.names) this.visitAlias(alias);
        break;
      case 'Global':
        for (const name of s.names) this.declareGlobal(name, s);
        break;
      case 'Nonlocal':
        for (const name of s.names) this.declareNonlocal(name, s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'With':
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private visitFunctionDef(s: ast.FunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.args.defaults);
    this.visitExprs(s.args.kw_defaults);
    this.visitAnnotations(s.args, s.returns);
    this.visitExprs(s.decorator_list);
    this.enterBlock(s.name, 'function', s);
    this.visitParams(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
  }

  private visitClassDef(s: ast.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.visitExprs(s.decorator_list);
    this.enterBlock(s.name, 'class', s);
    const saved = this.privateName;
    this.privateName = s.name;
    this.visitStmts(s.body);
    this.privateName = saved;
    this.exitBlock();
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    const target = s.target;
    if (target.kind === 'Name') {
      const cur = this.lookupFlags(target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
        throw this.error((cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT)(target.id), s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitExpr(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  private declareGlobal(name: string, s: ast.Global): void {
    const cur = this.lookupFlags(name);
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      const msg =
        cur & DEF_PARAM ? GLOBAL_PARAM : cur & USE ? GLOBAL_AFTER_USE : cur & DEF_ANNOT ? GLOBAL_ANNOT : GLOBAL_AFTER_ASSIGN;
      throw this.error(msg(name), s);
    }
    this.addDef(name, DEF_GLOBAL, s);
    this.recordDirective(name, s);
  }

  private declareNonlocal(name: string, s: ast.Nonlocal): void {
    const cur = this.lookupFlags(name);
    if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      const msg =
        cur & DEF_PARAM
          ? NONLOCAL_PARAM
          : cur & USE
            ? NONLOCAL_AFTER_USE
            : cur & DEF_ANNOT
              ? NONLOCAL_ANNOT
              : NONLOCAL_AFTER_ASSIGN;
      throw this.error(msg(name), s);
    }
    this.addDef(name, DEF_NONLOCAL, s);
    this.recordDirective(name, s);
  }

  private visitExceptHandler(h: ast.ExceptHandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  /** CPython: symtable_visit_alias. `import a.b` binds `a`. */
  private visitAlias(a: ast.Alias): void {
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') throw this.error('import * only allowed at module level', a);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot === -1 ? name : name.slice(0, dot), DEF_IMPORT, a);
  }

  /** CPython: symtable_visit_annotations (evaluated in the enclosing scope). */
  private visitAnnotations(args: ast.Arguments, returns: ast.Expr | null): void {
    for (const arg of [...args.posonlyargs, ...args.args]) if (arg.annotation) this.visitExpr(arg.annotation);
    if (args.vararg?.annotation) this.visitExpr(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitExpr(args.kwarg.annotation);
    for (const arg of args.kwonlyargs) if (arg.annotation) this.visitExpr(arg.annotation);
    if (returns) this.visitExpr(returns);
  }

  /** CPython: symtable_visit_arguments. */
  private visitParams(args: ast.Arguments): void {
    for (const arg of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(arg.arg, DEF_PARAM, arg);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** CPython: symtable_visit_expr. */
  private visitExpr(e: ast.Expr): void {
    switch (e.kind) {
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'NamedExpr':
        this.visitNamedExpr(e);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', 'function', e);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'ListComp':
        this.visitComprehension(e, 'listcomp', 'list', e.elt, null);
        break;
      case 'SetComp':
        this.visitComprehension(e, 'setcomp', 'set', e.elt, null);
        break;
      case 'DictComp':
        this.visitComprehension(e, 'dictcomp', 'dict', e.key, e.value);
        break;
      case 'GeneratorExp':
        this.visitComprehension(e, 'genexpr', 'generator', e.elt, null);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) throw this.error(`'yield' inside ${describeComprehension(this.cur.comprehension)}`, e);
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        this.visitExprs([e.lower, e.upper, e.step]);
        break;
      case 'Name':
        this.visitName(e);
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  private visitName(e: ast.Name): void {
    this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
    // A zero-argument super() needs the __class__ cell of the enclosing class.
    if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') this.addDef('__class__', USE, e);
  }

  /** CPython: symtable_handle_namedexpr. */
  private visitNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /**
   * A walrus inside a comprehension binds in the nearest enclosing function (or the
   * module), not in the comprehension. CPython: symtable_extend_namedexpr_scope.
   */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const entry = this.stack[i];
      if (entry.comprehension) {
        if (entry.getFlags(name) & DEF_COMP_ITER) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (entry.type === 'function') {
        this.addDef(name, entry.getFlags(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefIn(entry, name, DEF_LOCAL, target);
        return;
      }
      if (entry.type === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefIn(entry, name, DEF_GLOBAL, target);
        return;
      }
      throw this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }

  /** CPython: symtable_handle_comprehension. */
  private visitComprehension(
    e: ComprehensionNode,
    scopeName: string,
    kind: ComprehensionKind,
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const [outermost, ...rest] = e.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const entry = this.enterBlock(scopeName, 'function', e);
    entry.comprehension = kind;
    this.addDef('.0', DEF_PARAM, e);
    entry.compIterTarget = true;
    this.visitExpr(outermost.target);
    entry.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const gen of rest) this.visitComprehensionClause(gen);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    entry.generator = kind === 'generator';
    this.exitBlock();
  }

  /** CPython: symtable_visit_comprehension. */
  private visitComprehensionClause(gen: ast.Comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(gen.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(gen.iter);
    this.cur.compIterExpr--;
    this.visitExprs(gen.ifs);
  }
}

function describeComprehension(kind: ComprehensionKind): string {
  return kind === 'generator' ? 'generator expression' : `${kind} comprehension`;
}

// ---------------------------------------------------------------------------
// Pass 2: analysis
// ---------------------------------------------------------------------------

interface ErrorSink {
  error(msg: string, at: Located): PySyntaxError;
}

/**
 * Decides the scope of every name in `entry` and its children.
 *
 * `bound` holds the names bound by enclosing function scopes (null at module level),
 * `global` the names declared global above. Free names found in this block and its
 * children are added to `free`, for the parent to turn into cells.
 * CPython: analyze_block.
 */
function analyzeBlock(
  entry: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  errors: ErrorSink,
): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newBound = new Set<string>();
  // Class bindings are invisible to nested functions, so the sets passed down from a
  // class are computed before its own names are analyzed.
  if (entry.type === 'class') {
    addAll(newGlobal, global);
    if (bound) addAll(newBound, bound);
  }
  for (const [name, flags] of entry.symbols) analyzeName(entry, name, flags, bound, local, free, global, errors);
  if (entry.type !== 'class') {
    if (entry.type === 'function') addAll(newBound, local);
    if (bound) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add('__class__');
  }

  const newFree = new Set<string>();
  for (const child of entry.children) {
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), errors);
    addAll(newFree, childFree);
  }

  if (entry.type === 'function') analyzeCells(entry, newFree);
  else if (entry.type === 'class' && newFree.delete('__class__')) entry.needsClassClosure = true;
  updateSymbols(entry, bound, newFree);
  addAll(free, newFree);
}

/** CPython: analyze_name. */
function analyzeName(
  entry: SymbolTableEntry,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  errors: ErrorSink,
): void {
  const directiveError = (msg: string) => errors.error(msg, entry.directives.get(name)!);
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw directiveError(`name '${name}' is nonlocal and global`);
    entry.scopes.set(name, Scope.GlobalExplicit);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) throw directiveError('nonlocal declaration not allowed at module level');
    if (!bound.has(name)) throw directiveError(`no binding for nonlocal '${name}' found`);
    entry.scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    entry.scopes.set(name, Scope.Local);
    local.add(name);
    global.delete(name);
    return;
  }
  // A binding in an enclosing function makes the name free; else it is a global.
  if (bound?.has(name)) {
    entry.scopes.set(name, Scope.Free);
    free.add(name);
    return;
  }
  entry.scopes.set(name, Scope.GlobalImplicit);
}

/**
 * A local that a child uses as a free variable becomes a cell here, and stops being
 * free above this block. CPython: analyze_cells.
 */
function analyzeCells(entry: SymbolTableEntry, free: Set<string>): void {
  for (const [name, scope] of entry.scopes) {
    if (scope === Scope.Local && free.has(name)) {
      entry.scopes.set(name, Scope.Cell);
      free.delete(name);
    }
  }
}

/**
 * Records the free variables of children that pass through this block. A class that
 * binds such a name itself marks it DEF_FREE_CLASS: the class body has both a local and
 * a free variable of that name. CPython: update_symbols.
 */
function updateSymbols(entry: SymbolTableEntry, bound: Set<string> | null, free: Set<string>): void {
  for (const name of free) {
    const flags = entry.symbols.get(name);
    if (flags !== undefined) {
      if (entry.type === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) entry.symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    entry.symbols.set(name, 0);
    entry.scopes.set(name, Scope.Free);
  }
}

function addAll<T>(into: Set<T>, from: Iterable<T>): void {
  for (const x of from) into.add(x);
}
