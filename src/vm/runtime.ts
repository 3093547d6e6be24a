/**
 * A thread's life inside a worker: attach to the image, take a row of the thread table,
 * and run Python code: the main script as `__main__`, printing an uncaught exception as
 * CPython does and turning SystemExit into the exit status.
 */
import { attachImage, I, SAB } from '../image/memory.js';
import {
  HDR_STACK_WORDS, HDR_STACKS_START, THREAD_STATE, TS_CUR_EXC, TS_DEPTH, TS_EXC_INFO, TS_FRAME, TS_IDENT,
  TS_ROOTS_TOP, TS_STACK_BASE, TS_WAIT, TS_WAIT_NONE, TS_STACK_LIMIT, TS_STACK_TOP, TS_STATE, FRAME_FLAG, IS_NEXT_THREAD_IDENT,
  GIL_CLASS, TS_GIL_CLASS, IS_EXIT_STATUS,
} from '../image/layout.js';
import { EXC_VALUE, MODULE_DICT } from '../objects/layout.js';
import { NONE, S, T } from '../objects/statics.js';
import { setCurrentThread, TS } from './thread.js';
import { adoptGil, takeGil } from '../gil/gil.js';
import { attachStats } from './stats.js';
import { attachCodeWriter } from './codewrite.js';
import { initCallTables } from './specialize.js';
import { initializeThreadStatics } from './bootstrap.js';
import { isPending, takeException } from './errors.js';
import { InternalError } from './raise.js';
import { CompilerRecursionError, compileSource } from '../compiler/index.js';
import { PySyntaxError, formatSyntaxError } from '../compiler/parser.js';
import { loadCode } from './loader.js';
import { pushCodeFrame } from './frame.js';
import { runFrame } from './interp.js';
import { formatException, registerSource } from './traceback.js';
import { writeOutput } from './output.js';
import { dictGetStr, dictSetItem } from '../objects/dict.js';
import { call } from './call.js';
import { intern, newStr, strValue } from '../objects/str.js';
import { importModule, newModule, setScriptDirectory } from './imports.js';
import { isSubtype, typeOf } from '../objects/type.js';
import { intToNumber } from '../objects/int.js';
import { kindOf, str } from './abstract.js';
import { Kind } from '../objects/layout.js';
import { N } from './names.js';
import { lineOf } from './raise.js';
import { CODE_NAME, CODE_FILENAME } from '../objects/layout.js';
import './methods/index.js';
import './modules/index.js';
import './generator.js';
import './classes.js';
import './dismodule.js';
import { setArgv } from './modules/sys.js';
import { dirname } from 'node:path';

/** Exit status for a gilvm bug (EX_SOFTWARE), so it is never mistaken for a Python error. */
export const EXIT_INTERNAL_ERROR = 70;

/**
 * Attaches this worker to the image as Python thread `index`. A thread of a resumed image
 * (gilvm resume, `resumed`) already has its row and its stack, and may hold the GIL already.
 */
export function attachThread(sab: SharedArrayBuffer, index: number, resumed?: { holdsGil: boolean }): void {
  // A pooled worker that already ran a thread of this image still holds the image's
  // statics, names and interned strings (all rooted in the image): only a new image
  // needs them loaded.
  const newImage = sab !== SAB;
  attachImage(sab);
  setCurrentThread(index);
  // A new thread is CPU-bound for the io-priority policy, whatever the row's last thread was.
  Atomics.store(I, TS + TS_GIL_CLASS, GIL_CLASS.cpu);
  if (resumed?.holdsGil === true) adoptGil();
  else takeGil();
  attachStats();
  attachCodeWriter();
  if (resumed === undefined) {
    const base = I[HDR_STACKS_START] + index * I[HDR_STACK_WORDS];
    I[TS + TS_STACK_BASE] = base;
    I[TS + TS_STACK_TOP] = base;
    I[TS + TS_STACK_LIMIT] = base + I[HDR_STACK_WORDS];
    I[TS + TS_ROOTS_TOP] = base + I[HDR_STACK_WORDS];
    I[TS + TS_FRAME] = 0;
    I[TS + TS_DEPTH] = 0;
    I[TS + TS_CUR_EXC] = 0;
    I[TS + TS_EXC_INFO] = 0;
    // A reused row may still carry the seeded scheduler's exit mark of its last thread.
    Atomics.store(I, TS + TS_WAIT, TS_WAIT_NONE);
    // A thread started by _thread.start_new_thread, or a script the host started in a shared
    // image (gilvm run --shared), already has its ident.
    if (I[TS + TS_IDENT] === 0) I[TS + TS_IDENT] = Atomics.add(I, IS_NEXT_THREAD_IDENT, 1) + 1;
    Atomics.store(I, TS + TS_STATE, THREAD_STATE.running);
  }
  if (newImage) {
    initCallTables();
    initializeThreadStatics();
  }
}

export interface MainResult {
  status: number;
  /** The module's code object, for `gilvm dis` (0 when it did not compile). */
  moduleCode: number;
}

/** Runs the main script as __main__. Never throws for Python-level failures. */
export function runMainScript(filename: string, displayName: string, source: string, argv: string[]): MainResult {
  setScriptDirectory(dirname(filename));
  setArgv(argv);
  let desc;
  try {
    desc = compileSource(source, displayName);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      writeOutput(2, formatSyntaxError(e));
      return { status: 1, moduleCode: 0 };
    }
    if (e instanceof CompilerRecursionError) {
      writeOutput(2, `RecursionError: ${e.message}\n`);
      return { status: 1, moduleCode: 0 };
    }
    throw e;
  }
  registerSource(displayName, source);
  const main = newModule('__main__');
  const globals = I[main + MODULE_DICT];
  dictSetItem(globals, N.__file__, newStr(displayName));
  dictSetItem(globals, N.__builtins__, S.builtinsModule);
  dictSetItem(S.modulesDict, intern('__main__'), main);
  importModule('sys');
  const code = loadCode(desc);
  const status = runMainBody(() => runFrame(pushCodeFrame(code, globals, S.builtinsDict, globals, FRAME_FLAG.entry | FRAME_FLAG.hasLocalsDict)));
  return { status, moduleCode: code };
}

/**
 * Runs the main module's body (`body`: all of it, or the rest of it in a resumed image),
 * then ends the main thread as CPython does: reports an uncaught exception and waits for
 * the non-daemon threads. Returns the exit status.
 */
export function runMainBody(body: () => void): number {
  let status = 0;
  try {
    body();
  } catch (e) {
    status = reportUncaught(e);
  }
  return waitForThreads(status);
}

/**
 * Before the main thread ends, threading._shutdown() waits for the non-daemon threads,
 * as CPython's interpreter shutdown does (only if the program imported threading).
 */
function waitForThreads(status: number): number {
  const threading = dictGetStr(S.modulesDict, intern('threading'));
  if (threading === 0) return status;
  // In the image, for a resumed image that continues inside _shutdown.
  I[IS_EXIT_STATUS] = status;
  return finishShutdown(() => {
    const shutdown = dictGetStr(I[threading + MODULE_DICT], intern('_shutdown'));
    if (shutdown !== 0) call(shutdown, []);
  });
}

/**
 * Runs threading._shutdown (`body`: the call, or the rest of it in a resumed image) and
 * returns the main thread's exit status: the script's, or else that of an exception
 * escaping _shutdown.
 */
export function finishShutdown(body: () => void): number {
  const status = I[IS_EXIT_STATUS];
  try {
    body();
    return status;
  } catch (e) {
    const late = reportUncaught(e);
    return status !== 0 ? status : late;
  }
}

/** Prints an exception that reached the top of a thread; returns the exit status it means. */
export function reportUncaught(e: unknown): number {
  if (e instanceof InternalError) {
    const where = e.code !== 0 ? ` (at ${strValue(I[e.code + CODE_FILENAME])}, line ${lineOf(e.code, e.instr)}, in ${strValue(I[e.code + CODE_NAME])})` : '';
    const detail = e.cause instanceof Error && e.cause.stack ? `\n${e.cause.stack}` : '';
    writeOutput(2, `gilvm: internal error: ${e.message}${where}${process.env.GILVM_DEBUG ? detail : ''}\n`);
    return EXIT_INTERNAL_ERROR;
  }
  if (!isPending(e)) throw e;
  const exc = takeException();
  if (isSubtype(typeOf(exc), T.SystemExit)) return systemExitStatus(exc);
  writeOutput(2, formatException(exc));
  return isSubtype(typeOf(exc), T.KeyboardInterrupt) ? 130 : 1;
}

/** CPython: handle_system_exit. */
function systemExitStatus(exc: number): number {
  const code = I[exc + EXC_VALUE];
  if (code === 0 || code === NONE) return 0;
  if (kindOf(code) === Kind.Int || kindOf(code) === Kind.Bool) return intToNumber(code) & 0xff;
  writeOutput(2, str(code) + '\n');
  return 1;
}
