// The tokenizer: token streams, literal decoding, and its errors (as CPython 3.11 reports them).
import test from 'ava';
import {
  EscapeError,
  PySyntaxError,
  decodeEscapes,
  formatSyntaxError,
  splitStringToken,
  tokenize,
  type Token,
} from '../../src/compiler/tokenizer.js';

/** Tokens as compact strings: `TYPE:text` (text left out for layout tokens). */
function kinds(source: string): string[] {
  return tokenize(source, 'x.py').map((token) => (token.string && token.type !== 'NEWLINE' ? `${token.type}:${token.string}` : token.type));
}

function lastToken(source: string): Token {
  const tokens = tokenize(source, 'x.py');
  return tokens[tokens.length - 1];
}

function tokenError(source: string) {
  const error = lastToken(source).error;
  if (!error) throw new Error(`no tokenizer error for ${JSON.stringify(source)}`);
  return [error.type, error.msg, error.lineno, error.offset];
}

test('indentation produces INDENT and DEDENT tokens', (t) => {
  t.deepEqual(kinds('if x:\n    y\n    if z:\n        w\nv\n'), [
    'NAME:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT', 'NAME:y', 'NEWLINE', 'NAME:if', 'NAME:z', 'OP::', 'NEWLINE',
    'INDENT', 'NAME:w', 'NEWLINE', 'DEDENT', 'DEDENT', 'NAME:v', 'NEWLINE', 'ENDMARKER',
  ]);
});

test('dedents are closed at end of file, and a last line gets its NEWLINE', (t) => {
  t.deepEqual(kinds('if x:\n  y'), ['NAME:if', 'NAME:x', 'OP::', 'NEWLINE', 'INDENT', 'NAME:y', 'NEWLINE', 'DEDENT', 'ENDMARKER']);
});

test('blank lines and comment lines produce no tokens, whatever their indentation', (t) => {
  t.deepEqual(kinds('x = 1  # one\n\n      # deep comment\n   \ny\n'), [
    'NAME:x', 'OP:=', 'NUMBER:1', 'NEWLINE', 'NAME:y', 'NEWLINE', 'ENDMARKER',
  ]);
});

test('line breaks inside brackets and after a backslash join lines', (t) => {
  t.deepEqual(kinds('x = (1,\n  2)\ny = 1 + \\\n  2\n'), [
    'NAME:x', 'OP:=', 'OP:(', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:)', 'NEWLINE',
    'NAME:y', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2', 'NEWLINE', 'ENDMARKER',
  ]);
});

test('tokens carry their positions and bracket level', (t) => {
  const [name, open, number, close] = tokenize('f(\n  1)', 'x.py');
  t.like(name, { lineno: 1, col_offset: 0, end_col_offset: 1, level: 0 });
  t.like(open, { lineno: 1, col_offset: 1, level: 1 });
  t.like(number, { lineno: 2, col_offset: 2, end_col_offset: 3, level: 1 });
  t.like(close, { lineno: 2, col_offset: 3, level: 0 });
});

test('operators are read longest first', (t) => {
  t.deepEqual(kinds('a **= b // c -> ... := != <<= @'), [
    'NAME:a', 'OP:**=', 'NAME:b', 'OP://', 'NAME:c', 'OP:->', 'OP:...', 'OP::=', 'OP:!=', 'OP:<<=', 'OP:@', 'NEWLINE',
    'ENDMARKER',
  ]);
});

test('every numeric literal form is one NUMBER token', (t) => {
  const numbers = ['0', '00', '0_0', '123', '1_000', '0x1F', '0XaB_cd', '0o17', '0b1010', '1.5', '.5', '1.', '1e10', '1E-5', '1_0.5e+1_0', '09.5', '0e0', '1j'];
  for (const number of numbers) t.deepEqual(kinds(number), [`NUMBER:${number}`, 'NEWLINE', 'ENDMARKER'], number);
});

test('a number may run into a keyword but not into a name', (t) => {
  t.deepEqual(kinds('1if x else 2').slice(0, 2), ['NUMBER:1', 'NAME:if']);
  t.deepEqual(tokenError('x = 1abc'), ['SyntaxError', 'invalid decimal literal', 1, 5]);
});

test('bad numbers are reported as CPython reports them', (t) => {
  t.deepEqual(tokenError('1_'), ['SyntaxError', 'invalid decimal literal', 1, 2]);
  t.deepEqual(tokenError('1__0'), ['SyntaxError', 'invalid decimal literal', 1, 2]);
  t.deepEqual(tokenError('1e+'), ['SyntaxError', 'invalid decimal literal', 1, 3]);
  t.deepEqual(tokenError('0x'), ['SyntaxError', 'invalid hexadecimal literal', 1, 2]);
  t.deepEqual(tokenError('0o8'), ['SyntaxError', "invalid digit '8' in octal literal", 1, 3]);
  t.deepEqual(tokenError('0b12'), ['SyntaxError', "invalid digit '2' in binary literal", 1, 4]);
  t.deepEqual(tokenError('0b1g'), ['SyntaxError', 'invalid binary literal', 1, 3]);
  t.deepEqual(tokenError('0123'), [
    'SyntaxError',
    'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
    1,
    1,
  ]);
});

test('string literals of every form are one STRING token', (t) => {
  const strings = ["'a'", '"b"', "'''c\nd'''", '"""e"""', "r'\\d'", "R'x'", "u'x'", "f'{x}'", "rf'{x}'", "FR'x'", "b'x'", "''", "'\\''"];
  for (const string of strings) t.deepEqual(kinds(string), [`STRING:${string}`, 'NEWLINE', 'ENDMARKER'], string);
});

test('a string prefix that is not one is a name', (t) => {
  t.deepEqual(kinds("ur'x'").slice(0, 2), ['NAME:ur', "STRING:'x'"]);
});

test('unterminated strings say where they were detected', (t) => {
  t.deepEqual(tokenError('x = "abc'), ['SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5]);
  t.deepEqual(tokenError('x = "ab\\\ncd'), ['SyntaxError', 'unterminated string literal (detected at line 2)', 1, 5]);
  t.deepEqual(tokenError('x = """abc\n\ny'), [
    'SyntaxError',
    'unterminated triple-quoted string literal (detected at line 3)',
    1,
    5,
  ]);
});

test('bracket errors', (t) => {
  t.deepEqual(tokenError('x = )'), ['SyntaxError', "unmatched ')'", 1, 5]);
  t.deepEqual(tokenError('x = (]'), ['SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 6]);
  t.deepEqual(tokenError('x = (\n]'), [
    'SyntaxError',
    "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
    2,
    1,
  ]);
  const unclosed = lastToken('x = [1,\n 2');
  t.is(unclosed.errorPriority, 'unclosed-bracket');
  t.deepEqual([unclosed.error?.msg, unclosed.error?.lineno, unclosed.error?.offset], ["'[' was never closed", 1, 5]);
});

test('indentation errors', (t) => {
  t.deepEqual(tokenError('if 1:\n  x\n y\n'), ['IndentationError', 'unindent does not match any outer indentation level', 3, 3]);
  t.deepEqual(tokenError('if 1:\n\tx\n        y\n'), ['TabError', 'inconsistent use of tabs and spaces in indentation', 3, 1]);
});

test('a backslash must end its line', (t) => {
  t.deepEqual(tokenError('x = 1 \\ 2'), ['SyntaxError', 'unexpected character after line continuation character', 1, 8]);
  t.deepEqual(tokenError('x = 1 + \\\n'), ['SyntaxError', 'unexpected EOF while parsing', 1, 10]);
});

test('characters that cannot start a token', (t) => {
  t.deepEqual(tokenError('a €'), ['SyntaxError', "invalid character '€' (U+20AC)", 1, 3]);
  t.deepEqual(tokenError('a\u00a0b'), ['SyntaxError', 'invalid non-printable character U+00A0', 1, 2]);
});

test('identifiers are normalized to NFKC', (t) => {
  t.is(tokenize('ﬁ = 1', 'x.py')[0].string, 'fi');
});

test('splitStringToken separates prefix and body', (t) => {
  t.deepEqual(splitStringToken("Rf'''a{b}'''"), { prefix: 'fr', body: 'a{b}', bodyStart: 5 });
  t.deepEqual(splitStringToken('""'), { prefix: '', body: '', bodyStart: 1 });
  t.deepEqual(splitStringToken('""""""'), { prefix: '', body: '', bodyStart: 3 });
});

test('decodeEscapes decodes every escape and keeps unknown ones', (t) => {
  t.is(decodeEscapes('\\n\\t\\\\\\\'\\"\\a\\b\\f\\v\\r\\0'), '\n\t\\\'"\x07\b\f\v\r\0');
  t.is(decodeEscapes('\\101\\7\\777'), 'A\x07\u01ff');
  t.is(decodeEscapes('\\x41\\u00e9\\U0001F600'), 'Aé😀');
  t.is(decodeEscapes('\\d\\w\\'), '\\d\\w\\');
  t.is(decodeEscapes('a\\\nb'), 'ab');
});

test('decodeEscapes reports truncated escapes with their positions', (t) => {
  const error = t.throws(() => decodeEscapes('abc\\x1'), { instanceOf: EscapeError });
  t.is(error?.message, "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-5: truncated \\xXX escape");
  t.throws(() => decodeEscapes('\\u12'), { instanceOf: EscapeError, message: /position 0-3: truncated \\uXXXX escape/ });
  t.throws(() => decodeEscapes('\\N{DIGIT ONE}'), { instanceOf: EscapeError, message: /unknown Unicode character name/ });
});

test('formatSyntaxError renders what CPython prints', (t) => {
  const e = new PySyntaxError({
    type: 'SyntaxError',
    msg: "'(' was never closed",
    filename: 'x.py',
    lineno: 3,
    offset: 9,
    text: '    x = (1,\n',
    end_lineno: 3,
    end_offset: 0,
  });
  t.is(formatSyntaxError(e), '  File "x.py", line 3\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n');
});
