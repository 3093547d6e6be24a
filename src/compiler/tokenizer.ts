/**
 * The tokenizer: source text to a list of tokens, as CPython 3.11's tokenizer does it.
 *
 * - INDENT/DEDENT come from a stack of indentation columns (tabs to multiples of 8), with
 *   a second stack at tab size 1 to detect inconsistent tabs and spaces (TabError).
 * - Blank lines, comment-only lines and line breaks inside brackets produce no token
 *   (CPython's NL and COMMENT are dropped: the parser never needs them).
 * - A string literal is one STRING token holding its exact source text, prefix and
 *   quotes included; an f-string too (Python 3.11 rules). The parser decodes them with
 *   `decodeEscapes` when it consumes them, so that decoding errors are raised in the
 *   same order as CPython raises them.
 * - A tokenizer error does not throw: it ends the list with an ERRORTOKEN carrying the
 *   error, which the parser raises when it reaches it, or when it fails earlier (see
 *   ErrorPriority).
 *
 * Token columns are 0-based and count UTF-16 code units; lines are 1-based. The offsets
 * of a PySyntaxError are 1-based and count code points, as CPython's do.
 */

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInfo {
  type: SyntaxErrorType;
  msg: string;
  filename: string;
  lineno: number;
  /** 1-based column, as CPython reports it. */
  offset: number;
  /** The source line, with its line break (CPython's `SyntaxError.text`). */
  text: string | null;
  end_lineno: number;
  end_offset: number;
}

/** A Python SyntaxError (or one of its subclasses), with CPython's fields. */
export class PySyntaxError extends Error {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly filename: string;
  readonly lineno: number;
  readonly offset: number;
  readonly text: string | null;
  readonly end_lineno: number;
  readonly end_offset: number;

  constructor(info: SyntaxErrorInfo) {
    super(`${info.msg} (${info.filename}, line ${info.lineno})`);
    this.name = info.type;
    this.type = info.type;
    this.msg = info.msg;
    this.filename = info.filename;
    this.lineno = info.lineno;
    this.offset = info.offset;
    this.text = info.text;
    this.end_lineno = info.end_lineno;
    this.end_offset = info.end_offset;
  }
}

/**
 * A PySyntaxError located in `lines` (the source, as `sourceLines` splits it), from
 * 1-based offsets in UTF-16 code units: CPython reports them in code points.
 */
export function locatedSyntaxError(
  type: SyntaxErrorType,
  msg: string,
  filename: string,
  lines: string[],
  [lineno, offset]: [number, number],
  [endLineno, endOffset]: [number, number],
): PySyntaxError {
  const text = lines[lineno - 1] ?? null;
  return new PySyntaxError({
    type,
    msg,
    filename,
    lineno,
    offset: codePointOffset(text, offset),
    text,
    end_lineno: endLineno,
    end_offset: codePointOffset(lines[endLineno - 1] ?? null, endOffset),
  });
}

/** A 1-based column in UTF-16 code units as a column in code points. */
function codePointOffset(line: string | null, offset: number): number {
  if (line === null || offset <= 1) return offset;
  const surrogatePairs = line.slice(0, offset - 1).match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g);
  return offset - (surrogatePairs?.length ?? 0);
}

/**
 * What CPython 3.11 prints on stderr for an uncaught SyntaxError in a script: the file
 * and line, the source line without its indentation, a caret line, and the message.
 */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) out += formatErrorText(e, e.text);
  return out + `${e.type}: ${e.msg}\n`;
}

/** The source line and its carets, laid out as CPython's traceback printer does. */
function formatErrorText(e: PySyntaxError, line: string): string {
  const lineSize = line.length;
  // CPython draws a range only for SyntaxError itself; its subclasses get one caret.
  let endOffset = e.type === 'SyntaxError' ? e.end_offset : -1;
  // A range spanning several lines is underlined up to the end of its first line.
  if (e.type === 'SyntaxError' && e.end_lineno > e.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > e.offset ? endOffset - e.offset : 1;

  const indent = /^[ \t\f]*/.exec(line)![0].length;
  const text = line.slice(indent).replace(/\n$/, '');
  const column = Math.min(e.offset - 1 - indent, text.length);
  let out = `    ${text}\n`;
  // A caret left of the stripped text (an indentation error) is not drawn at all.
  if (column >= 0) out += `    ${' '.repeat(column)}${'^'.repeat(carets)}\n`;
  return out;
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

export type TokenType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER' | 'ERRORTOKEN';

export interface Token {
  type: TokenType;
  /** The exact source text (empty for NEWLINE at end of file, INDENT, DEDENT, ENDMARKER). */
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** The bracket nesting depth just after this token. */
  level: number;
  /** Only on an ERRORTOKEN: the error to raise. */
  error?: PySyntaxError;
  /** Only on an ERRORTOKEN: see ErrorPriority. */
  errorPriority?: ErrorPriority;
}

/**
 * How a tokenizer error competes with a parser error found earlier in the file. CPython
 * tokenizes the rest of the file after a parser error: then 'overrides' errors (bad
 * literals, brackets, characters) replace the parser's; an 'unclosed-bracket' error
 * does if the bracket was opened on a line before the one the parser failed on; and
 * 'when-reached' errors (indentation, line continuation) only count if the parser
 * reaches them.
 */
export type ErrorPriority = 'overrides' | 'unclosed-bracket' | 'when-reached';

/** Where one bracket was opened. */
interface OpenBracket {
  char: string;
  lineno: number;
  col: number;
}

const MAX_INDENT_LEVELS = 100;
const MAX_BRACKET_LEVELS = 200;
const TAB_SIZE = 8;

const THREE_CHAR_OPERATORS = new Set(['**=', '//=', '>>=', '<<=', '...']);
const TWO_CHAR_OPERATORS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  // Not an operator in Python 3, but one token, which the parser rejects.
  '<>',
]);
const CLOSING_TO_OPENING: Record<string, string> = withoutPrototype({ ')': '(', ']': '[', '}': '{' });

/** Letters that may follow a number directly when they start a keyword: `1if x else y`. */
const KEYWORDS_AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);

const isDigit = (c: string) => c >= '0' && c <= '9';
const isHexDigit = (c: string) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isAsciiIdentifierStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isAsciiIdentifierChar = (c: string) => isAsciiIdentifierStart(c) || isDigit(c);
/** Python's identifier characters (XID_Start/XID_Continue, near enough) for one code point. */
const isIdentifierStart = (c: string) => isAsciiIdentifierStart(c) || (c > '\x7f' && /^\p{ID_Start}$/u.test(c));
const isIdentifierChar = (c: string) => isAsciiIdentifierChar(c) || (c > '\x7f' && /^\p{ID_Continue}$/u.test(c));

/** Splits source into lines, each ending with '\n' (the last one is given one too). */
export function sourceLines(source: string): string[] {
  const lines = source.split(/\r\n?|\n/).map((line) => line + '\n');
  if (lines[lines.length - 1] === '\n') lines.pop();
  return lines;
}

/** Normalizes line breaks: CPython reads source files with universal newlines. */
export function normalizeNewlines(source: string): string {
  return source.replace(/\r\n?/g, '\n');
}

/**
 * Tokenizes a whole module. The list always ends with ENDMARKER, or with an ERRORTOKEN
 * when the source has a lexical error (see the module comment).
 */
export function tokenize(source: string, filename: string): Token[] {
  return new Tokenizer(normalizeNewlines(source), filename).run();
}

/** Raised internally to stop tokenizing; turned into the final ERRORTOKEN. */
class StopTokenizing {
  constructor(readonly token: Token) {}
}

class Tokenizer {
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];
  private readonly indents = [0];
  /** Indentation columns counting a tab as one column, to detect TabError. */
  private readonly altIndents = [0];
  private readonly brackets: OpenBracket[] = [];
  private readonly lines: string[];
  /** True when the current line has produced a token (so its end is a NEWLINE). */
  private lineHasTokens = false;
  /** Where the last comment started. */
  private commentStart = -1;
  /** Where the line starts that began the lines being read (see checkContinuation). */
  private chunkStart = 0;

  constructor(
    private readonly src: string,
    private readonly filename: string,
  ) {
    this.lines = sourceLines(src);
  }

  run(): Token[] {
    try {
      this.tokenizeAll();
    } catch (stop) {
      if (!(stop instanceof StopTokenizing)) throw stop;
      this.tokens.push(stop.token);
    }
    return this.tokens;
  }

  private tokenizeAll(): void {
    let atLineStart = true;
    for (;;) {
      if (atLineStart && this.brackets.length === 0) {
        if (this.readIndentation()) continue;
        atLineStart = false;
      }
      this.skipSpaces();
      const c = this.src[this.pos];
      if (c === undefined) return this.finish();
      if (c === '#') {
        this.skipComment();
      } else if (c === '\n') {
        this.endLine();
        atLineStart = this.brackets.length === 0;
      } else if (c === '\\') {
        this.readContinuation();
      } else {
        this.readToken(c);
        this.lineHasTokens = true;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Lines and indentation
  // -------------------------------------------------------------------------

  private get col(): number {
    return this.pos - this.lineStart;
  }

  private skipSpaces(): void {
    for (;;) {
      const c = this.src[this.pos];
      if (c !== ' ' && c !== '\t' && c !== '\f') return;
      this.pos++;
    }
  }

  private skipComment(): void {
    this.commentStart = this.pos;
    while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
  }

  /**
   * At a '\n': a NEWLINE token if the line is a logical line's end, then the next line.
   * Like CPython's, the token starts at a comment before the line break, and ends at it.
   */
  private endLine(): void {
    if (this.brackets.length === 0 && this.lineHasTokens) {
      const from = this.commentStart >= this.lineStart ? this.commentStart : this.pos;
      this.push('NEWLINE', from, this.pos, '\n');
      this.lineHasTokens = false;
    }
    this.nextLine();
  }

  /** Moves past a '\n'; `joined` when a backslash joins the next line to this one. */
  private nextLine(joined = false): void {
    this.pos++;
    this.lineno++;
    this.lineStart = this.pos;
    if (!joined) this.chunkStart = this.pos;
  }

  /** A backslash must be followed by a line break, which joins the two lines. */
  private readContinuation(): void {
    this.checkContinuation();
    this.pos++;
    this.nextLine(true);
  }

  private checkContinuation(): void {
    const next = this.src[this.pos + 1];
    // CPython counts this column from the start of the lines read as one chunk (joined
    // by backslashes or a multi-line string), not from the start of the line.
    const offset = this.pos - this.chunkStart + 2;
    if (next === undefined || this.pos + 2 >= this.src.length) {
      this.failWhenReached('SyntaxError', 'unexpected EOF while parsing', offset);
    }
    if (next !== '\n') this.failWhenReached('SyntaxError', 'unexpected character after line continuation character', offset);
  }

  /**
   * Measures the indentation at the start of a line and emits INDENT/DEDENT. Returns
   * true when the line was blank (whitespace, maybe a comment) and has been skipped.
   */
  private readIndentation(): boolean {
    let col = 0;
    let altCol = 0;
    for (;; this.pos++) {
      const c = this.src[this.pos];
      if (c === ' ') {
        col++;
        altCol++;
      } else if (c === '\t') {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altCol++;
      } else if (c === '\f') {
        col = altCol = 0;
      } else {
        break;
      }
    }
    const c = this.src[this.pos];
    if (c === '#' || c === '\n' || c === undefined) {
      if (c === '#') this.skipComment();
      if (this.src[this.pos] === '\n') this.nextLine();
      return c !== undefined;
    }
    // CPython reads a backslash that starts a line before changing the indentation.
    if (c === '\\') this.checkContinuation();
    this.changeIndentation(col, altCol);
    return false;
  }

  private changeIndentation(col: number, altCol: number): void {
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altCol !== this.altIndents[top]) this.failTab();
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT_LEVELS) {
        this.failWhenReached('IndentationError', 'too many levels of indentation', this.col);
      }
      if (altCol <= this.altIndents[top]) this.failTab();
      this.indents.push(col);
      this.altIndents.push(altCol);
      this.push('INDENT', this.lineStart, this.pos, '');
    } else {
      // The error comes before any DEDENT, as in CPython.
      if (!this.indents.includes(col)) {
        const lineLength = this.lines[this.lineno - 1].length - 1;
        this.failWhenReached('IndentationError', 'unindent does not match any outer indentation level', lineLength + 1);
      }
      while (col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.push('DEDENT', this.pos, this.pos, '');
      }
      if (altCol !== this.altIndents[this.altIndents.length - 1]) this.failTab();
    }
  }

  private failTab(): never {
    this.failWhenReached('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
  }

  /** End of input: close the last logical line and all indentation levels. */
  private finish(): void {
    const open = this.brackets[this.brackets.length - 1];
    if (open) {
      const error = this.error('SyntaxError', `'${open.char}' was never closed`, open.lineno, open.col + 1);
      this.throwErrorToken(error, 'unclosed-bracket');
    }
    // CPython reports errors at end of file at the end of the last line.
    this.lineno = Math.max(1, this.lines.length);
    this.lineStart = this.pos - (this.lines[this.lineno - 1] ?? '\n').length + 1;
    if (this.lineHasTokens) this.push('NEWLINE', this.pos, this.pos, '');
    for (let i = 1; i < this.indents.length; i++) this.push('DEDENT', this.pos, this.pos, '');
    this.push('ENDMARKER', this.pos, this.pos, '');
  }

  // -------------------------------------------------------------------------
  // Tokens
  // -------------------------------------------------------------------------

  private readToken(c: string): void {
    if (isIdentifierStart(this.charAt(this.pos))) return this.readNameOrString();
    if (isDigit(c) || (c === '.' && isDigit(this.src[this.pos + 1] ?? ''))) return this.readNumber();
    if (c === '"' || c === "'") return this.readString(this.pos);
    if (c > '\x7f') return this.failInvalidCharacter(this.charAt(this.pos));
    this.readOperator();
  }

  /** The character (code point, maybe two UTF-16 units) at `pos`, or '' at the end. */
  private charAt(pos: number): string {
    const code = this.src.codePointAt(pos);
    return code === undefined ? '' : String.fromCodePoint(code);
  }

  private readNameOrString(): void {
    const start = this.pos;
    for (let c = this.charAt(this.pos); c && isIdentifierChar(c); c = this.charAt(this.pos)) this.pos += c.length;
    const next = this.charAt(this.pos);
    if ((next === '"' || next === "'") && STRING_PREFIXES.has(this.src.slice(start, this.pos).toLowerCase())) {
      return this.readString(start);
    }
    if (next > '\x7f' && !isIdentifierChar(next)) this.failInvalidCharacter(next);
    const name = this.src.slice(start, this.pos);
    // Python identifiers are compared in NFKC normal form.
    this.push('NAME', start, this.pos, name.normalize('NFKC'));
  }

  private failInvalidCharacter(c: string): never {
    const code = c.codePointAt(0)!;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    const printable = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(c);
    const msg = printable ? `invalid character '${c}' (U+${hex})` : `invalid non-printable character U+${hex}`;
    this.fail('SyntaxError', msg, this.col + 1);
  }

  private readOperator(): void {
    const start = this.pos;
    const three = this.src.slice(start, start + 3);
    const two = this.src.slice(start, start + 2);
    const op = THREE_CHAR_OPERATORS.has(three) ? three : TWO_CHAR_OPERATORS.has(two) ? two : this.src[start];
    if (op === '(' || op === '[' || op === '{') this.openBracket(op);
    else if (op === ')' || op === ']' || op === '}') this.closeBracket(op);
    this.pos += op.length;
    this.push('OP', start, this.pos, op);
  }

  private openBracket(char: string): void {
    if (this.brackets.length >= MAX_BRACKET_LEVELS) {
      this.fail('SyntaxError', 'too many nested parentheses', this.col + 1);
    }
    this.brackets.push({ char, lineno: this.lineno, col: this.col });
  }

  private closeBracket(char: string): void {
    const open = this.brackets.pop();
    if (!open) this.fail('SyntaxError', `unmatched '${char}'`, this.col + 1);
    if (open.char !== CLOSING_TO_OPENING[char]) {
      const where = open.lineno === this.lineno ? '' : ` on line ${open.lineno}`;
      const msg = `closing parenthesis '${char}' does not match opening parenthesis '${open.char}'${where}`;
      this.fail('SyntaxError', msg, this.col + 1);
    }
  }

  // -------------------------------------------------------------------------
  // Numbers
  // -------------------------------------------------------------------------

  /**
   * Reads a numeric literal. Error columns follow CPython: a missing digit is reported
   * at the character where the digit was expected, a stray letter at that letter.
   */
  private readNumber(): void {
    const start = this.pos;
    const c = this.src[this.pos];
    const next = (this.src[this.pos + 1] ?? '').toLowerCase();
    if (c === '0' && (next === 'x' || next === 'o' || next === 'b')) {
      this.readRadixNumber(next);
    } else if (c === '0') {
      this.readZeroPrefixedNumber();
    } else {
      this.readDecimalNumber();
    }
    this.push('NUMBER', start, this.pos, this.src.slice(start, this.pos));
  }

  private readRadixNumber(radixLetter: string): void {
    const name = { x: 'hexadecimal', o: 'octal', b: 'binary' }[radixLetter]!;
    const isRadixDigit = { x: isHexDigit, o: (c: string) => c >= '0' && c <= '7', b: (c: string) => c === '0' || c === '1' }[
      radixLetter
    ]!;
    this.pos += 2;
    do {
      if (this.src[this.pos] === '_') this.pos++;
      if (!isRadixDigit(this.src[this.pos] ?? '')) {
        if (isDigit(this.src[this.pos] ?? '')) {
          this.fail('SyntaxError', `invalid digit '${this.src[this.pos]}' in ${name} literal`, this.col + 1);
        }
        this.fail('SyntaxError', `invalid ${name} literal`, this.col);
      }
      while (isRadixDigit(this.src[this.pos] ?? '')) this.pos++;
    } while (this.src[this.pos] === '_');
    if (isDigit(this.src[this.pos] ?? '')) {
      this.fail('SyntaxError', `invalid digit '${this.src[this.pos]}' in ${name} literal`, this.col + 1);
    }
    this.checkEndOfNumber(`invalid ${name} literal`);
  }

  /** `0`, `00`, `0_0`, `0.5`, `0e1`, `09.5` are fine; `0123` is not. */
  private readZeroPrefixedNumber(): void {
    const start = this.pos;
    this.readDigits();
    const zerosEnd = this.pos;
    const allZeros = /^[0_]*$/.test(this.src.slice(start, zerosEnd));
    const c = this.src[this.pos];
    if (c === '.' || c === 'e' || c === 'E' || c === 'j' || c === 'J') return this.readDecimalNumber(start);
    if (!allZeros) {
      const zerosRun = /^[0_]*/.exec(this.src.slice(start, zerosEnd))![0].length;
      const col = start - this.lineStart;
      this.fail(
        'SyntaxError',
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        col + 1,
        col + zerosRun + 1,
      );
    }
    this.checkEndOfNumber('invalid decimal literal');
  }

  /** Digits with single underscores between them; the cursor is on a digit. */
  private readDigits(): void {
    for (;;) {
      while (isDigit(this.src[this.pos] ?? '')) this.pos++;
      if (this.src[this.pos] !== '_') return;
      this.pos++;
      if (!isDigit(this.src[this.pos] ?? '')) this.fail('SyntaxError', 'invalid decimal literal', this.col);
    }
  }

  /** Reads the rest of a decimal int or float; `readFrom` is where its digits start. */
  private readDecimalNumber(readFrom = this.pos): void {
    this.pos = readFrom;
    if (this.src[this.pos] !== '.') this.readDigits();
    if (this.src[this.pos] === '.') {
      this.pos++;
      if (isDigit(this.src[this.pos] ?? '')) this.readDigits();
    }
    const e = this.src[this.pos];
    if (e === 'e' || e === 'E') this.readExponent();
    const j = this.src[this.pos];
    if (j === 'j' || j === 'J') this.pos++;
    this.checkEndOfNumber('invalid decimal literal');
  }

  private readExponent(): void {
    const ePos = this.pos;
    this.pos++;
    const sign = this.src[this.pos];
    if (sign === '+' || sign === '-') {
      this.pos++;
      if (!isDigit(this.src[this.pos] ?? '')) this.fail('SyntaxError', 'invalid decimal literal', this.col);
    } else if (!isDigit(sign ?? '')) {
      // Not an exponent after all: the number ends before the 'e' (`1else`, or an error).
      this.pos = ePos;
      return;
    }
    this.readDigits();
  }

  /** A number may not run into a name, except a keyword: `1if x else y` is valid. */
  private checkEndOfNumber(msg: string): void {
    const c = this.src[this.pos];
    if (c === undefined || !isIdentifierChar(c)) return;
    const rest = this.src.slice(this.pos);
    if (KEYWORDS_AFTER_NUMBER.some((keyword) => rest.startsWith(keyword))) return;
    this.fail('SyntaxError', msg, this.col);
  }

  // -------------------------------------------------------------------------
  // Strings
  // -------------------------------------------------------------------------

  /** Reads a string literal whose prefix starts at `start`; the cursor is on the quote. */
  private readString(begin: number): void {
    const startLine = this.lineno;
    const startCol = begin - this.lineStart;
    const quote = this.src[this.pos];
    const triple = this.src.startsWith(quote.repeat(3), this.pos);
    const closing = triple ? quote.repeat(3) : quote;
    this.pos += closing.length;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined || (c === '\n' && !triple)) this.failUnterminated(triple, startLine, startCol);
      if (this.src.startsWith(closing, this.pos)) break;
      if (c === '\\' && this.src[this.pos + 1] !== undefined) this.pos++;
      if (this.src[this.pos] === '\n') {
        this.lineno++;
        this.lineStart = this.pos + 1;
      }
      this.pos++;
    }
    this.pos += closing.length;
    this.pushFrom('STRING', startLine, startCol, this.src.slice(begin, this.pos));
  }

  private failUnterminated(triple: boolean, startLine: number, startCol: number): never {
    // The error is "detected" on the line of the last character read.
    const detectedAt = this.src[this.pos - 1] === '\n' && this.pos === this.src.length ? this.lineno - 1 : this.lineno;
    const kind = triple ? 'triple-quoted string literal' : 'string literal';
    const msg = `unterminated ${kind} (detected at line ${detectedAt})`;
    this.throwErrorToken(this.error('SyntaxError', msg, startLine, startCol + 1));
  }

  // -------------------------------------------------------------------------
  // Output
  // -------------------------------------------------------------------------

  private push(type: TokenType, from: number, to: number, string: string): void {
    this.tokens.push({
      type,
      string,
      lineno: this.lineno,
      col_offset: from - this.lineStart,
      end_lineno: this.lineno,
      end_col_offset: to - this.lineStart,
      level: this.brackets.length,
    });
  }

  /** Pushes a token that may span lines and ends at the cursor. */
  private pushFrom(type: TokenType, lineno: number, col: number, string: string): void {
    this.tokens.push({
      type,
      string,
      lineno,
      col_offset: col,
      end_lineno: this.lineno,
      end_col_offset: this.col,
      level: this.brackets.length,
    });
  }

  private error(type: SyntaxErrorType, msg: string, lineno: number, offset: number, endOffset = offset): PySyntaxError {
    return locatedSyntaxError(type, msg, this.filename, this.lines, [lineno, offset], [lineno, endOffset]);
  }

  /** Fails at the current line; `offset` is 1-based. */
  private fail(type: SyntaxErrorType, msg: string, offset: number, endOffset = offset): never {
    this.throwErrorToken(this.error(type, msg, this.lineno, offset, endOffset));
  }

  private failWhenReached(type: SyntaxErrorType, msg: string, offset: number, endOffset = offset): never {
    this.throwErrorToken(this.error(type, msg, this.lineno, offset, endOffset), 'when-reached');
  }

  private throwErrorToken(error: PySyntaxError, errorPriority: ErrorPriority = 'overrides'): never {
    throw new StopTokenizing({
      type: 'ERRORTOKEN',
      string: '',
      lineno: error.lineno,
      col_offset: error.offset - 1,
      end_lineno: error.end_lineno,
      end_col_offset: error.end_offset - 1,
      level: this.brackets.length,
      error,
      errorPriority,
    });
  }

}

// ---------------------------------------------------------------------------
// String literal contents
// ---------------------------------------------------------------------------

/** A STRING token taken apart. */
export interface StringParts {
  /** The prefix in lower case, letters sorted: '', 'b', 'br', 'f', 'fr', 'r', 'u'. */
  prefix: string;
  /** The text between the quotes, undecoded. */
  body: string;
  /** Where the body starts in the token text. */
  bodyStart: number;
}

export function splitStringToken(text: string): StringParts {
  const quoteAt = text.search(/['"]/);
  const prefix = [...text.slice(0, quoteAt).toLowerCase()].sort().join('');
  const quoteLength = text.startsWith(text[quoteAt].repeat(3), quoteAt) && text.length - quoteAt >= 6 ? 3 : 1;
  const bodyStart = quoteAt + quoteLength;
  return { prefix, body: text.slice(bodyStart, text.length - quoteLength), bodyStart };
}

/**
 * A bad escape sequence, with CPython's message; `start`/`end` are the inclusive
 * positions in the string body that the message reports.
 */
export class EscapeError extends Error {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${reason}`);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = withoutPrototype({
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
});

const HEX_ESCAPE_LENGTHS: Record<string, number> = withoutPrototype({ x: 2, u: 4, U: 8 });
const HEX_ESCAPE_NAMES: Record<string, string> = withoutPrototype({ x: '\\xXX', u: '\\uXXXX', U: '\\UXXXXXXXX' });

/**
 * Decodes the escape sequences of a non-raw string body. An unknown escape such as
 * `\d` stays as it is, backslash included, as in CPython. Throws EscapeError.
 */
export function decodeEscapes(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const backslash = body.indexOf('\\', i);
    if (backslash < 0 || backslash === body.length - 1) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, backslash);
    const [decoded, end] = decodeEscape(body, backslash);
    out += decoded;
    i = end;
  }
  return out;
}

/** Decodes the escape at `body[at]` (a backslash); returns its value and where it ends. */
function decodeEscape(body: string, at: number): [string, number] {
  const c = body[at + 1];
  if (c in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[c], at + 2];
  if (c >= '0' && c <= '7') {
    const digits = /^[0-7]{1,3}/.exec(body.slice(at + 1))![0];
    return [String.fromCharCode(parseInt(digits, 8)), at + 1 + digits.length];
  }
  if (c in HEX_ESCAPE_LENGTHS) return decodeHexEscape(body, at);
  if (c === 'N') return decodeNamedEscape(body, at);
  return ['\\' + c, at + 2];
}

function decodeHexEscape(body: string, at: number): [string, number] {
  const letter = body[at + 1];
  const length = HEX_ESCAPE_LENGTHS[letter];
  let end = at + 2;
  while (end < at + 2 + length && isHexDigit(body[end] ?? '')) end++;
  if (end < at + 2 + length) throw new EscapeError(at, end - 1, `truncated ${HEX_ESCAPE_NAMES[letter]} escape`);
  const code = parseInt(body.slice(at + 2, end), 16);
  if (code > 0x10ffff) throw new EscapeError(at, end - 1, 'illegal Unicode character');
  return [String.fromCodePoint(code), end];
}

/** `\N{name}`: character names are not in this VM, so every name is unknown. */
function decodeNamedEscape(body: string, at: number): [string, number] {
  const close = body.indexOf('}', at);
  if (body[at + 2] !== '{' || close < 0) throw new EscapeError(at, at + 1, 'malformed \\N character escape');
  throw new EscapeError(at, close, 'unknown Unicode character name');
}

/**
 * A lookup table with no prototype: source text such as `valueOf` or `constructor` must
 * not find Object.prototype's members.
 */
export function withoutPrototype<T>(table: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, table);
}
