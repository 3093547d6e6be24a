/**
 * The sys module. CPython: Python/sysmodule.c.
 *
 * The interpreter-wide settings (recursion limit, switch interval) live in the image's
 * interpreter state, so every thread sees one value. sys.stdout and sys.stderr are
 * instances of a small built-in type whose write() appends to the image's output ring,
 * in GIL order; print() writes there directly while they are the current streams.
 */
import { I } from '../../image/memory.js';
import { IS_RECURSION_LIMIT, IS_SWITCH_INTERVAL_US, TS_DEPTH, TS_EXC_INFO } from '../../image/layout.js';
import { allocObject } from '../../image/heap.js';
import {
  DESCR_ID, EXC_TRACEBACK, EXC_VALUE, INSTANCE_SLOTS, Kind, MODULE_DICT, OB_TYPE, PROP_FGET, TYPE_NSLOTS,
} from '../../objects/layout.js';
import { FALSE, NONE, S, T } from '../../objects/statics.js';
import { newFloat } from '../../objects/float.js';
import { newInt, newIntBig, smallInt } from '../../objects/int.js';
import { intern, newStr, strValue } from '../../objects/str.js';
import { newTuple, tupleItem } from '../../objects/tuple.js';
import { listFrom } from '../../objects/list.js';
import { dictGetStr, dictSetItem } from '../../objects/dict.js';
import { newType, typeDict, typeLookup, typeNameOf, typeOf } from '../../objects/type.js';
import { newException } from '../../objects/exception.js';
import { newMethodDescr, newNative } from '../../objects/function.js';
import { cpLength } from '../../objects/text/unicode.js';
import { defineModule, registerNative } from '../natives.js';
import { positional } from '../args.js';
import { noArgs, oneArg, strArg } from '../methods/common.js';
import { raise, raiseObject } from '../errors.js';
import { indexValue, kindOf } from '../abstract.js';
import { writeOutput } from '../output.js';
import { TS } from '../thread.js';
import { N } from '../names.js';
import { toDouble } from './math.js';

// ---- the standard streams -------------------------------------------------------------------

/** The file descriptor a stream object stands for (slot 0), as a tagged small int. */
const STREAM_FD_SLOT = INSTANCE_SLOTS;

function streamFdOf(self: number): 1 | 2 {
  const fd = I[self + STREAM_FD_SLOT] >> 1;
  if (fd !== 1 && fd !== 2) raise('ValueError', 'I/O operation on uninitialized object');
  return fd;
}

/** The methods of sys.stdout / sys.stderr. CPython: Modules/_io/textio.c (TextIOWrapper). */
const STREAM_METHODS = [
  ['write', registerNative('TextIOWrapper.write', oneArg('TextIOWrapper.write', (self, s) => {
    const text = strArg(s, 'write() argument must be str');
    writeOutput(streamFdOf(self), text);
    return newInt(cpLength(text));
  }))],
  ['flush', registerNative('TextIOWrapper.flush', noArgs('TextIOWrapper.flush', (self) => {
    streamFdOf(self);
    return NONE; // the output ring is the host's to drain
  }))],
  ['fileno', registerNative('TextIOWrapper.fileno', noArgs('TextIOWrapper.fileno', (self) => newInt(streamFdOf(self))))],
  ['isatty', registerNative('TextIOWrapper.isatty', noArgs('TextIOWrapper.isatty', (self) => {
    streamFdOf(self);
    return FALSE; // the host collects the output: never a terminal as far as Python code knows
  }))],
] as const;

const WRITE_ID = STREAM_METHODS[0][1];

/** The stream type and its two instances, for sys.stdout / sys.stderr and their __ dunder copies. */
function createStreams(dict: number): void {
  const type = newType(T.type, 'TextIOWrapper', [T.object], Kind.Instance, 0);
  I[type + TYPE_NSLOTS] = 1;
  for (const [name, id] of STREAM_METHODS) {
    dictSetItem(typeDict(type), intern(name), newMethodDescr(id, type, intern(name)));
  }
  dictSetItem(typeDict(type), intern('encoding'), newStr('utf-8'));
  for (const [name, fd] of [['stdout', 1], ['stderr', 2]] as const) {
    const stream = allocObject(Kind.Instance, type, INSTANCE_SLOTS + 1);
    I[stream + STREAM_FD_SLOT] = smallInt(fd);
    dictSetItem(dict, intern(name), stream);
    dictSetItem(dict, intern(`__${name}__`), stream);
  }
}

/**
 * 1 or 2 when `o` is one of sys's own stdout / stderr objects (under whatever name it is
 * bound now), else 0: print() then writes to the output ring without a method call.
 */
export function standardStreamFd(o: number): 0 | 1 | 2 {
  if (kindOf(o) !== Kind.Instance) return 0;
  const write = typeLookup(typeOf(o), N.write);
  if (write === 0 || kindOf(write) !== Kind.MethodDescr || I[write + DESCR_ID] !== WRITE_ID) return 0;
  return streamFdOf(o);
}

/** sys.<name> as it is now: 0 when sys is not imported or has no such attribute. */
export function sysAttribute(name: string): number {
  const sys = dictGetStr(S.modulesDict, intern('sys'));
  if (sys === 0 || kindOf(sys) !== Kind.Module) return 0;
  return dictGetStr(I[sys + MODULE_DICT], intern(name));
}

// ---- argv ---------------------------------------------------------------------------------

let argv: readonly string[] = [''];

const argvList = () => listFrom(argv.map(newStr));

/** Sets sys.argv (the script path, then its arguments); the host calls this before running the script. */
export function setArgv(list: readonly string[]): void {
  argv = [...list];
  if (S.modulesDict === 0) return;
  const sys = dictGetStr(S.modulesDict, intern('sys'));
  if (sys !== 0) dictSetItem(I[sys + MODULE_DICT], intern('argv'), argvList());
}

// ---- exit -----------------------------------------------------------------------------------

/** Raises SystemExit(code); `code` (None when absent) becomes its .code. CPython: sys_exit_impl. */
export function raiseSystemExit(fname: string, args: number, nargs: number, kwnames: number): never {
  const [code] = positional(fname, args, nargs, kwnames, 0, 1);
  const exc = newException(T.SystemExit, code === undefined ? [] : [code]);
  I[exc + EXC_VALUE] = code ?? NONE;
  return raiseObject(exc);
}

// ---- version_info ---------------------------------------------------------------------------

const VERSION = [3, 11, 7, 'final', 0] as const;
const VERSION_FIELDS = ['major', 'minor', 'micro', 'releaselevel', 'serial'] as const;

/** The getter of version_info's named fields: the native's bound self is the field's index. */
const VERSION_FIELD = registerNative('version_info.field', (self, args) => tupleItem(I[args], self >> 1));

/**
 * sys.version_info: a tuple of a tuple subtype whose fields are also attributes
 * (version_info.major ...). CPython: a structseq.
 */
function versionInfo(): number {
  const type = newType(T.type, 'version_info', [T.tuple], Kind.Tuple, 0);
  VERSION_FIELDS.forEach((name, i) => {
    const getter = allocObject(Kind.Property, T.property, 6);
    I[getter + PROP_FGET] = newNative(VERSION_FIELD, smallInt(i), intern(name), 0);
    dictSetItem(typeDict(type), intern(name), getter);
  });
  const info = newTuple(VERSION.map((v) => (typeof v === 'number' ? newInt(v) : newStr(v))));
  I[info + OB_TYPE] = type;
  return info;
}

// ---- the module -----------------------------------------------------------------------------

/** An int argument that must fit a C int. */
function cInt(v: number): number {
  const n = indexValue(v);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
  return n;
}

defineModule('sys', {
  exit: (_self, args, nargs, kwnames) => raiseSystemExit('exit', args, nargs, kwnames),
  getrecursionlimit: (_self, args, nargs, kwnames) => {
    positional('getrecursionlimit', args, nargs, kwnames, 0, 0);
    return newInt(I[IS_RECURSION_LIMIT]);
  },
  setrecursionlimit: (_self, args, nargs, kwnames) => {
    const limit = cInt(positional('setrecursionlimit', args, nargs, kwnames, 1, 1)[0]);
    if (limit < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
    const depth = I[TS + TS_DEPTH];
    if (depth >= limit) {
      raise('RecursionError', `cannot set the recursion limit to ${limit} at the recursion depth ${depth}: the limit is too low`);
    }
    I[IS_RECURSION_LIMIT] = limit;
    return NONE;
  },
  getswitchinterval: (_self, args, nargs, kwnames) => {
    positional('getswitchinterval', args, nargs, kwnames, 0, 0);
    return newFloat(1e-6 * Atomics.load(I, IS_SWITCH_INTERVAL_US));
  },
  setswitchinterval: (_self, args, nargs, kwnames) => {
    const seconds = toDouble(positional('setswitchinterval', args, nargs, kwnames, 1, 1)[0]);
    if (!(seconds > 0)) raise('ValueError', 'switch interval must be strictly positive');
    // Microseconds, truncated as CPython's (unsigned long) cast does; the GIL waits at least 1.
    Atomics.store(I, IS_SWITCH_INTERVAL_US, Math.min(Math.floor(1e6 * seconds), 0x7fffffff));
    return NONE;
  },
  exc_info: (_self, args, nargs, kwnames) => {
    positional('exc_info', args, nargs, kwnames, 0, 0);
    const exc = I[TS + TS_EXC_INFO];
    if (exc === 0 || exc === NONE) return newTuple([NONE, NONE, NONE]);
    return newTuple([typeOf(exc), exc, I[exc + EXC_TRACEBACK] || NONE]);
  },
  exception: (_self, args, nargs, kwnames) => {
    positional('exception', args, nargs, kwnames, 0, 0);
    return I[TS + TS_EXC_INFO] || NONE;
  },
  getdefaultencoding: (_self, args, nargs, kwnames) => {
    positional('getdefaultencoding', args, nargs, kwnames, 0, 0);
    return newStr('utf-8');
  },
  intern: (_self, args, nargs, kwnames) => {
    const [s] = positional('intern', args, nargs, kwnames, 1, 1);
    if (typeOf(s) !== T.str) raise('TypeError', `intern() argument must be str, not ${typeNameOf(s)}`);
    return intern(strValue(s));
  },
}, (dict) => {
  const set = (name: string, v: number) => dictSetItem(dict, intern(name), v);
  set('argv', argvList());
  set('modules', S.modulesDict);
  set('path', listFrom([newStr('')]));
  set('maxsize', newIntBig((1n << 63n) - 1n));
  set('maxunicode', newInt(0x10ffff));
  set('platform', newStr(process.platform));
  set('byteorder', newStr(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'little' : 'big'));
  set('version', newStr(`${VERSION.slice(0, 3).join('.')} (gilvm)`));
  set('hexversion', newInt(0x030b07f0));
  set('version_info', versionInfo());
  createStreams(dict);
});
