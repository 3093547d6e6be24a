/**
 * The error type of the text helpers. The VM turns it into the Python exception named by
 * `pyType`, with `message` as its argument.
 */
export type TextErrorType = 'ValueError' | 'TypeError' | 'OverflowError';

export class TextError extends Error {
  constructor(
    public readonly pyType: TextErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'TextError';
  }
}

export function valueError(message: string): TextError {
  return new TextError('ValueError', message);
}

export function typeError(message: string): TextError {
  return new TextError('TypeError', message);
}

export function overflowError(message: string): TextError {
  return new TextError('OverflowError', message);
}
