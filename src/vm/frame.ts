/**
 * Frames: pushing a Python function's frame on the thread stack and binding its
 * arguments (positional, keyword, defaults, *args, **kwargs, keyword-only), with
 * CPython's error messages. CPython: Python/ceval.c (initialize_locals),
 * Include/internal/pycore_frame.h.
 */
import { I } from '../image/memory.js';
import {
  FR_BUILTINS, FR_CODE, FR_FLAGS, FR_FUNC, FR_GEN, FR_GLOBALS, FR_IP, FR_LOCALS, FR_PREVIOUS, FR_SIZE,
  FR_SP, FRAME_HEADER_WORDS, IS_RECURSION_LIMIT, TS_DEPTH, TS_FRAME, TS_ROOTS_TOP, TS_STACK_TOP,
} from '../image/layout.js';
import {
  CODE_ARGCOUNT, CODE_FLAGS, CODE_KWONLY, CODE_LOCALSPLUS_NAMES, CODE_NLOCALSPLUS, CODE_POSONLY,
  CODE_QUALNAME, CODE_STACKSIZE, FUNC_BUILTINS, FUNC_CODE, FUNC_DEFAULTS, FUNC_GLOBALS, FUNC_KWDEFAULTS,
  TUPLE_ITEMS, TUPLE_LENGTH,
} from '../objects/layout.js';
import { CO } from '../bytecode/opcodes.js';
import { TS } from './thread.js';
import { raise } from './errors.js';
import { strEquals, strValue } from '../objects/str.js';
import { tupleFromWords } from '../objects/tuple.js';
import { dictGetItem, dictSetItem, newDict } from '../objects/dict.js';


/** Words a frame of code object `code` needs. */
export function frameSize(code: number): number {
  return (FRAME_HEADER_WORDS + I[code + CODE_NLOCALSPLUS] + I[code + CODE_STACKSIZE] + 1) & ~1;
}

/**
 * Pushes a frame for `func` on the thread stack (not yet current) and binds the
 * arguments I[args .. args+nargs) with keyword names `kwnames` (a tuple or 0; their
 * values are the last len(kwnames) arguments). Raises RecursionError at the limit.
 */
export function pushFunctionFrame(func: number, args: number, nargs: number, kwnames: number, flags: number): number {
  const frame = newFunctionFrame(func, flags, 0);
  try {
    bindArguments(func, I[func + FUNC_CODE], frame + FRAME_HEADER_WORDS, args, nargs, kwnames);
  } catch (e) {
    popFrame(frame);
    throw e;
  }
  return frame;
}

/**
 * Pushes a frame for a function whose parameters are all positional (no *args, **kwargs
 * or keyword-only ones) with `nargs` arguments from I[args ..], filling the missing ones
 * from its defaults. The caller (a specialized CALL, LOAD_ATTR_PROPERTY,
 * BINARY_SUBSCR_GETITEM) has checked the count against the cached function version.
 */
export function pushPositionalFrame(func: number, args: number, nargs: number, flags: number): number {
  const frame = newFunctionFrame(func, flags, nargs);
  const code = I[func + FUNC_CODE];
  const locals = frame + FRAME_HEADER_WORDS;
  for (let i = 0; i < nargs; i++) I[locals + i] = I[args + i];
  const argcount = I[code + CODE_ARGCOUNT];
  if (nargs < argcount) {
    const defaults = I[func + FUNC_DEFAULTS];
    const first = I[defaults + TUPLE_LENGTH] - (argcount - nargs);
    for (let i = nargs; i < argcount; i++) I[locals + i] = I[defaults + TUPLE_ITEMS + first + i - nargs];
  }
  return frame;
}

/** A frame for `func`, whose caller sets its first `filled` locals. */
function newFunctionFrame(func: number, flags: number, filled: number): number {
  return allocFrame(I[func + FUNC_CODE], func, I[func + FUNC_GLOBALS], I[func + FUNC_BUILTINS], 0, flags, filled);
}

/**
 * Reserves a frame for `code` at the top of the thread stack and sets its header. Its
 * locals are cleared (unbound) from `filled` on: the caller sets the ones before. A call
 * writes each header word once and clears only the locals no argument fills.
 */
function allocFrame(code: number, func: number, globals: number, builtins: number, locals: number, flags: number, filled: number): number {
  const ts = TS;
  const depth = I[ts + TS_DEPTH] + 1;
  if (depth > I[IS_RECURSION_LIMIT]) raise('RecursionError', 'maximum recursion depth exceeded');
  const frame = I[ts + TS_STACK_TOP];
  const size = frameSize(code);
  if (frame + size >= I[ts + TS_ROOTS_TOP]) raise('RecursionError', 'maximum recursion depth exceeded');
  I[ts + TS_DEPTH] = depth;
  I[ts + TS_STACK_TOP] = frame + size;
  const stack = frame + FRAME_HEADER_WORDS + I[code + CODE_NLOCALSPLUS];
  I[frame + FR_CODE] = code;
  I[frame + FR_FUNC] = func;
  I[frame + FR_GLOBALS] = globals;
  I[frame + FR_BUILTINS] = builtins;
  I[frame + FR_LOCALS] = locals;
  I[frame + FR_PREVIOUS] = I[ts + TS_FRAME];
  I[frame + FR_IP] = 0;
  I[frame + FR_SP] = stack;
  I[frame + FR_FLAGS] = flags;
  I[frame + FR_SIZE] = size;
  I[frame + FR_GEN] = 0;
  for (let i = frame + FRAME_HEADER_WORDS + filled; i < stack; i++) I[i] = 0;
  return frame;
}

/** Pops a stack frame (the topmost one) off the thread stack. */
export function popFrame(frame: number): void {
  I[TS + TS_STACK_TOP] = frame;
  I[TS + TS_DEPTH]--;
}

/** A frame that runs `code` with a locals dict (module and class bodies). */
export function pushCodeFrame(code: number, globals: number, builtins: number, locals: number, flags: number): number {
  return allocFrame(code, 0, globals, builtins, locals, flags, 0);
}

function qualname(code: number): string {
  return strValue(I[code + CODE_QUALNAME]);
}

/** CPython: initialize_locals. */
function bindArguments(func: number, code: number, locals: number, args: number, nargs: number, kwnames: number): void {
  const argcount = I[code + CODE_ARGCOUNT];
  const kwonly = I[code + CODE_KWONLY];
  const flags = I[code + CODE_FLAGS];
  const nkw = kwnames === 0 ? 0 : I[kwnames + TUPLE_LENGTH];
  const npos = nargs - nkw;
  // Fast path: exactly the positional parameters.
  if (nkw === 0 && npos === argcount && kwonly === 0 && (flags & (CO.VARARGS | CO.VARKEYWORDS)) === 0) {
    for (let i = 0; i < npos; i++) I[locals + i] = I[args + i];
    return;
  }
  const total = argcount + kwonly;
  let kwdict = 0;
  if ((flags & CO.VARKEYWORDS) !== 0) {
    kwdict = newDict();
    I[locals + total + ((flags & CO.VARARGS) !== 0 ? 1 : 0)] = kwdict;
  }
  const ncopy = npos < argcount ? npos : argcount;
  I.copyWithin(locals, args, args + ncopy);
  if ((flags & CO.VARARGS) !== 0) {
    I[locals + total] = npos > argcount ? tupleFromWords(args + argcount, npos - argcount) : tupleFromWords(0, 0);
  }
  if (nkw > 0) bindKeywords(code, locals, args + npos, kwnames, nkw, kwdict, total);
  if (npos > argcount && (flags & CO.VARARGS) === 0) tooManyPositional(func, code, npos, locals);
  if (npos < argcount || kwonly > 0) fillDefaults(func, code, locals, npos, argcount, kwonly);
}

function bindKeywords(code: number, locals: number, values: number, kwnames: number, nkw: number, kwdict: number, total: number): void {
  const names = I[code + CODE_LOCALSPLUS_NAMES] + TUPLE_ITEMS;
  const posonly = I[code + CODE_POSONLY];
  const posonlyPassed: string[] = [];
  for (let k = 0; k < nkw; k++) {
    const key = I[kwnames + TUPLE_ITEMS + k];
    let j = posonly;
    while (j < total && !strEquals(I[names + j], key)) j++;
    if (j < total) {
      if (I[locals + j] !== 0) {
        raise('TypeError', `${qualname(code)}() got multiple values for argument '${strValue(key)}'`);
      }
      I[locals + j] = I[values + k];
      continue;
    }
    if (kwdict === 0) {
      for (let p = 0; p < posonly; p++) {
        if (strEquals(I[names + p], key)) posonlyPassed.push(strValue(key));
      }
      if (posonlyPassed.length > 0) {
        raise('TypeError', `${qualname(code)}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(', ')}'`);
      }
      raise('TypeError', `${qualname(code)}() got an unexpected keyword argument '${strValue(key)}'`);
    }
    if (dictGetItem(kwdict, key) !== 0) {
      raise('TypeError', `${qualname(code)}() got multiple values for keyword argument '${strValue(key)}'`);
    }
    dictSetItem(kwdict, key, I[values + k]);
  }
}

function fillDefaults(func: number, code: number, locals: number, npos: number, argcount: number, kwonly: number): void {
  const defaults = I[func + FUNC_DEFAULTS];
  const ndefaults = defaults === 0 ? 0 : I[defaults + TUPLE_LENGTH];
  const firstDefault = argcount - ndefaults;
  const missing: string[] = [];
  const names = I[code + CODE_LOCALSPLUS_NAMES] + TUPLE_ITEMS;
  for (let j = npos; j < argcount; j++) {
    if (I[locals + j] !== 0) continue;
    if (j >= firstDefault) I[locals + j] = I[defaults + TUPLE_ITEMS + j - firstDefault];
    else missing.push(strValue(I[names + j]));
  }
  if (missing.length > 0) missingArguments(code, missing, 'positional');
  const kwdefaults = I[func + FUNC_KWDEFAULTS];
  for (let j = argcount; j < argcount + kwonly; j++) {
    if (I[locals + j] !== 0) continue;
    const d = kwdefaults === 0 ? 0 : dictGetItem(kwdefaults, I[names + j]);
    if (d !== 0) I[locals + j] = d;
    else missing.push(strValue(I[names + j]));
  }
  if (missing.length > 0) missingArguments(code, missing, 'keyword-only');
}

function missingArguments(code: number, missing: string[], kind: string): never {
  const quoted = missing.map((m) => `'${m}'`);
  const list = quoted.length === 1 ? quoted[0]
    : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}`
      : `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const s = missing.length === 1 ? '' : 's';
  return raise('TypeError', `${qualname(code)}() missing ${missing.length} required ${kind} argument${s}: ${list}`);
}

function tooManyPositional(func: number, code: number, npos: number, locals: number): never {
  const argcount = I[code + CODE_ARGCOUNT];
  const defaults = I[func + FUNC_DEFAULTS];
  const ndefaults = defaults === 0 ? 0 : I[defaults + TUPLE_LENGTH];
  const atLeast = argcount - ndefaults;
  const plural = (n: number) => (n === 1 ? '' : 's');
  const takes = ndefaults > 0 ? `from ${atLeast} to ${argcount} positional arguments` : `${argcount} positional argument${plural(argcount)}`;
  let kwGiven = 0;
  const kwonly = I[code + CODE_KWONLY];
  for (let j = argcount; j < argcount + kwonly; j++) if (I[locals + j] !== 0) kwGiven++;
  const given = kwGiven > 0
    ? `${npos} positional argument${plural(npos)} (and ${kwGiven} keyword-only argument${plural(kwGiven)}) were given`
    : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
  return raise('TypeError', `${qualname(code)}() takes ${takes} but ${given}`);
}

