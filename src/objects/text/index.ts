/**
 * CPython 3.11's text behaviour as pure functions on JS values: float and int to text, the
 * format-spec mini-language, % formatting, str.format parsing, str methods and number parsing.
 */
export * from './errors.js';
export * from './floatrepr.js';
export * from './inttext.js';
export * from './formatspec.js';
export * from './percent.js';
export * from './strformat.js';
export * from './strmethods.js';
export * from './numparse.js';
export {
  cpLength,
  decimalValue,
  isAlnum,
  isAlpha,
  isDecimal,
  isDigit,
  isNumeric,
  isPrintable,
  isSpace,
  isXidContinue,
  isXidStart,
} from './unicode.js';
