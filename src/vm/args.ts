/**
 * Argument parsing for natives (CPython: Python/getargs.c, the Argument Clinic checks).
 *
 *   const [sep, end] = parseArgs('print', args, nargs, kwnames, ['sep', 'end'], 0, 0);
 *
 * returns one value per parameter (0 when not given). `required` parameters must be
 * given; the first `positionalOnly` may not be passed by keyword; anything beyond the
 * listed parameters is an error with CPython's wording.
 */
import { I } from '../image/memory.js';
import { TUPLE_ITEMS, TUPLE_LENGTH } from '../objects/layout.js';
import { raise } from './errors.js';
import { strValue } from '../objects/str.js';

export function kwCount(kwnames: number): number {
  return kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH];
}

export function parseArgs(
  fname: string, args: number, nargs: number, kwnames: number, params: readonly string[],
  required: number, positionalOnly = 0,
): number[] {
  const nkw = kwCount(kwnames);
  const npos = nargs - nkw;
  const out = new Array<number>(params.length).fill(0);
  if (npos > params.length) {
    if (params.length === 0) raise('TypeError', `${fname}() takes no arguments (${npos} given)`);
    const most = params.length === 1 ? 'exactly one argument' : `at most ${params.length} arguments`;
    raise('TypeError', `${fname}() takes ${most} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = I[args + i];
  for (let k = 0; k < nkw; k++) {
    const key = strValue(I[kwnames + TUPLE_ITEMS + k]);
    const j = params.indexOf(key);
    if (j < positionalOnly) {
      raise('TypeError', `${fname}() got an unexpected keyword argument '${key}'`);
    }
    if (out[j] !== 0) raise('TypeError', `argument for ${fname}() given by name ('${key}') and position (${j + 1})`);
    out[j] = I[args + npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === 0) {
      if (nkw === 0 && required === params.length && params.length === 1) {
        raise('TypeError', `${fname}() takes exactly one argument (${npos} given)`);
      }
      raise('TypeError', `${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** Positional arguments only, with a count check: CPython's "expected at most N arguments, got M". */
export function positional(fname: string, args: number, nargs: number, kwnames: number, min: number, max: number): number[] {
  if (kwCount(kwnames) > 0) raise('TypeError', `${fname}() takes no keyword arguments`);
  if (nargs < min || nargs > max) {
    if (min === max) {
      raise('TypeError', min === 1 ? `${fname}() takes exactly one argument (${nargs} given)` : `${fname} expected ${min} arguments, got ${nargs}`);
    }
    if (nargs < min) raise('TypeError', `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${nargs}`);
    raise('TypeError', `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${nargs}`);
  }
  const out = new Array<number>(nargs);
  for (let i = 0; i < nargs; i++) out[i] = I[args + i];
  return out;
}
