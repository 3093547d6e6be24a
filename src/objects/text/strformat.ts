/**
 * Parsing of str.format / str.format_map templates into literal text and replacement fields.
 * CPython: Objects/stringlib/unicode_format.h (MarkupIterator, parse_field, field_name_split,
 * FieldNameIterator, build_string).
 *
 * CPython parses while it formats, so an error in the template surfaces only after the fields
 * before it were evaluated (and their own errors take precedence). To keep that order the
 * parse never throws: errors are items, raised by the VM when it reaches them.
 */
import { TextError, valueError } from './errors.js';
import { decimalValue } from './unicode.js';

/** Literal text to copy. */
export interface LiteralItem {
  kind: 'literal';
  text: string;
}

/** An error the VM raises when it reaches this item (after the items before it). */
export interface ErrorItem {
  kind: 'error';
  error: TextError;
}

/**
 * The first part of a field name: a positional index (written, or automatic for an empty name),
 * a keyword, or an error raised before any lookup.
 */
export type FieldFirst =
  | { kind: 'index'; index: number }
  | { kind: 'keyword'; name: string }
  | { kind: 'error'; error: TextError };

/**
 * One accessor after the first part: `.name` (getattr), `[key]` (getitem with an int key when
 * the key is all decimal digits, else a str key), or an error raised when reached.
 */
export type FieldAccessor =
  | { kind: 'attr'; name: string }
  | { kind: 'item'; key: number | string }
  | { kind: 'error'; error: TextError };

/**
 * A replacement field. The VM evaluates it in CPython's order:
 * 1. `first` (raise its error, or look up args[index] / kwargs[name]: IndexError
 *    "Replacement index %d out of range for positional args tuple", KeyError(name));
 * 2. `accessors` in order;
 * 3. `conversionError` if set, else the conversion (repr/str/ascii) if any;
 * 4. the spec: `spec` as is, or, when `nestedSpec` is set, the concatenation of its items
 *    evaluated recursively (same rules, same automatic numbering already applied);
 * 5. format(value, spec).
 */
export interface FieldItem {
  kind: 'field';
  /** The field name as written, e.g. '0.attr[key]'. */
  name: string;
  first: FieldFirst;
  accessors: FieldAccessor[];
  conversion: 'r' | 's' | 'a' | null;
  conversionError: TextError | null;
  /** The format spec as written (with any nested fields unexpanded). */
  spec: string;
  /** When the spec contains replacement fields: the items that build it. */
  nestedSpec: FormatItem[] | null;
}

export type FormatItem = LiteralItem | FieldItem | ErrorItem;

/** CPython: AutoNumber. */
interface AutoNumber {
  state: 'init' | 'auto' | 'manual';
  next: number;
}

const SSIZE_MAX = 9223372036854775807n;

/**
 * Parses a str.format template (recursion depth 2, as CPython's build_string).
 * CPython: Objects/stringlib/unicode_format.h, build_string → output_markup.
 */
export function parseFormatString(s: string): FormatItem[] {
  return parseTemplate(s, 2, { state: 'init', next: 0 });
}

function parseTemplate(s: string, depth: number, auto: AutoNumber): FormatItem[] {
  const items: FormatItem[] = [];
  if (depth <= 0) {
    items.push({ kind: 'error', error: valueError('Max string recursion exceeded') });
    return items;
  }
  const end = s.length;
  let pos = 0;
  let literal = '';
  const flush = (): void => {
    if (literal !== '') {
      items.push({ kind: 'literal', text: literal });
      literal = '';
    }
  };
  const fail = (message: string): FormatItem[] => {
    flush();
    items.push({ kind: 'error', error: valueError(message) });
    return items;
  };
  // CPython: MarkupIterator_next.
  while (pos < end) {
    let i = pos;
    let c = 0;
    while (i < end) {
      c = s.charCodeAt(i++);
      if (c === 123 || c === 125) break;
      c = 0;
    }
    const atEnd = i >= end;
    if (c === 125 && (atEnd || s.charCodeAt(i) !== 125)) return fail("Single '}' encountered in format string");
    if (c === 123 && atEnd) return fail("Single '{' encountered in format string");
    if (c === 0) {
      literal += s.slice(pos, i);
      pos = i;
      break;
    }
    if (s.charCodeAt(i) === c) {
      // '{{' or '}}': a literal brace
      literal += s.slice(pos, i);
      pos = i + 1;
      continue;
    }
    literal += s.slice(pos, i - 1);
    pos = i;
    // A field: CPython parse_field.
    const nameStart = pos;
    let t = 0;
    while (pos < end) {
      t = s.charCodeAt(pos++);
      if (t === 123) return fail("unexpected '{' in field name");
      if (t === 91) {
        while (pos < end && s.charCodeAt(pos) !== 93) pos++;
        t = 0;
        continue;
      }
      if (t === 125 || t === 58 || t === 33) break;
      t = 0;
    }
    const name = s.slice(nameStart, t === 0 ? pos : pos - 1);
    let conversionChar = '';
    let spec = '';
    let needsExpanding = false;
    if (t === 33 || t === 58) {
      if (t === 33) {
        if (pos >= end) return fail('end of string while looking for conversion specifier');
        const cp = s.codePointAt(pos)!;
        conversionChar = String.fromCodePoint(cp);
        pos += cp > 0xffff ? 2 : 1;
        if (pos < end) {
          const next = s.charCodeAt(pos++);
          if (next === 125) t = 125;
          else if (next !== 58) return fail("expected ':' after conversion specifier");
        }
      }
      if (t !== 125) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const sc = s.charCodeAt(pos++);
          if (sc === 123) {
            needsExpanding = true;
            count++;
          } else if (sc === 125 && --count === 0) {
            closed = true;
            break;
          }
        }
        if (!closed) return fail("unmatched '{' in format spec");
        spec = s.slice(specStart, pos - 1);
      }
    } else if (t !== 125) {
      return fail("expected '}' before end of string");
    }
    flush();
    items.push(makeField(name, conversionChar, spec, needsExpanding, depth, auto));
  }
  flush();
  return items;
}

function conversionOf(c: string): 'r' | 's' | 'a' | null {
  return c === 'r' || c === 's' || c === 'a' ? c : null;
}

function makeField(
  name: string,
  conversionChar: string,
  spec: string,
  needsExpanding: boolean,
  depth: number,
  auto: AutoNumber,
): FieldItem {
  const { first, accessors } = splitFieldName(name, auto);
  let conversionError: TextError | null = null;
  if (conversionChar !== '' && conversionOf(conversionChar) === null) {
    const cp = conversionChar.codePointAt(0)!;
    const shown = cp > 32 && cp < 127 ? conversionChar : '\\x' + cp.toString(16);
    conversionError = valueError(`Unknown conversion specifier ${shown}`);
  }
  return {
    kind: 'field',
    name,
    first,
    accessors,
    conversion: conversionOf(conversionChar),
    conversionError,
    spec,
    nestedSpec: needsExpanding ? parseTemplate(spec, depth - 1, auto) : null,
  };
}

/** The value of an all-decimal-digits string, -1 if it is not one, or an error. CPython: get_integer. */
function getInteger(s: string): number | TextError {
  if (s === '') return -1;
  let value = 0n;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const d = decimalValue(cp);
    if (d < 0) return -1;
    value = value * 10n + BigInt(d);
    if (value > SSIZE_MAX) return valueError('Too many decimal digits in format string');
    i += cp > 0xffff ? 2 : 1;
  }
  return Number(value);
}

/** CPython: field_name_split and FieldNameIterator_next. */
function splitFieldName(name: string, auto: AutoNumber): { first: FieldFirst; accessors: FieldAccessor[] } {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const firstText = name.slice(0, i);
  const accessors: FieldAccessor[] = [];
  const index = getInteger(firstText);
  if (index instanceof TextError) return { first: { kind: 'error', error: index }, accessors };
  const empty = firstText === '';
  const numeric = empty || index !== -1;
  let first: FieldFirst;
  if (numeric) {
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) {
      const error = valueError('cannot switch from manual field specification to automatic field numbering');
      return { first: { kind: 'error', error }, accessors };
    }
    if (auto.state === 'auto' && !empty) {
      const error = valueError('cannot switch from automatic field numbering to manual field specification');
      return { first: { kind: 'error', error }, accessors };
    }
    first = { kind: 'index', index: empty ? auto.next++ : (index as number) };
  } else {
    first = { kind: 'keyword', name: firstText };
  }
  // The rest: .attr and [key], each error ending the list.
  const end = name.length;
  while (i < end) {
    const c = name[i++];
    if (c === '.') {
      const start = i;
      while (i < end && name[i] !== '.' && name[i] !== '[') i++;
      if (i === start) {
        accessors.push({ kind: 'error', error: valueError('Empty attribute in format string') });
        break;
      }
      accessors.push({ kind: 'attr', name: name.slice(start, i) });
    } else if (c === '[') {
      const start = i;
      while (i < end && name[i] !== ']') i++;
      if (i >= end) {
        accessors.push({ kind: 'error', error: valueError("Missing ']' in format string") });
        break;
      }
      const key = name.slice(start, i);
      i++;
      const keyIndex = getInteger(key);
      if (keyIndex instanceof TextError) {
        accessors.push({ kind: 'error', error: keyIndex });
        break;
      }
      if (key === '') {
        accessors.push({ kind: 'error', error: valueError('Empty attribute in format string') });
        break;
      }
      accessors.push({ kind: 'item', key: keyIndex === -1 ? key : keyIndex });
    } else {
      const error = valueError("Only '.' or '[' may follow ']' in format field specifier");
      accessors.push({ kind: 'error', error });
      break;
    }
  }
  return { first, accessors };
}
