/**
 * The `_thread` module: starting threads and the lock type, on which threading.py
 * (lib/threading.py) is built. CPython: Modules/_threadmodule.c.
 *
 * start_new_thread fills a free row of the image's thread table (the callable and its
 * arguments in TS_THREAD_OBJ, state `starting`) and announces it; a parked worker or the
 * host launches it (src/image/threads.ts has the protocol), and the worker takes the GIL
 * and calls the function (runStartedThread below).
 *
 * A lock is one image word (LOCK_STATE, 0 free / 1 held), changed with Atomics. acquire
 * tries once with the GIL; if the lock is held it releases the GIL, waits on the word
 * (Atomics.wait, no busy waiting), and takes the GIL back before trying again.
 */
import { I } from '../../image/memory.js';
import { allocObject } from '../../image/heap.js';
import { HDR_MAX_THREADS, IS_NEXT_THREAD_IDENT, TS_IDENT, TS_NAME, TS_SCRIPT, TS_THREAD_OBJ } from '../../image/layout.js';
import { announceStart, claimFreeRow, isLive, threadRow, threadState } from '../../image/threads.js';
import { Kind, LOCK_STATE, TUPLE_ITEMS } from '../../objects/layout.js';
import { FALSE, NONE, T, TRUE } from '../../objects/statics.js';
import { defineMethods, defineModule } from '../natives.js';
import { parseArgs, positional } from '../args.js';
import { raise } from '../errors.js';
import { isTrue, kindOf, repr } from '../abstract.js';
import { newTuple } from '../../objects/tuple.js';
import { newInt } from '../../objects/int.js';
import { toDouble } from './math.js';
import { TS } from '../thread.js';
import { gilNowMs, waitWithoutGil } from '../../gil/gil.js';
import { checkSignals } from '../breaker.js';
import { call } from '../call.js';
import { isPending, takeException } from '../errors.js';
import { isSubtype, typeOf } from '../../objects/type.js';
import { formatException } from '../traceback.js';
import { writeOutput } from '../output.js';
import { strValue } from '../../objects/str.js';
import { iterateToArray } from '../iter.js';
import { dictItems } from '../../objects/dict.js';

function newLock(): number {
  return allocObject(Kind.Lock, T.lock, 6);
}

function checkLock(self: number): void {
  if (kindOf(self) !== Kind.Lock) raise('TypeError', "descriptor requires a '_thread.lock' object");
}

/** lock.acquire(blocking=True, timeout=-1): True if acquired. */
function acquire(lock: number, blocking: boolean, timeoutS: number): boolean {
  const word = lock + LOCK_STATE;
  if (Atomics.compareExchange(I, word, 0, 1) === 0) return true;
  if (!blocking) return false;
  const deadline = timeoutS < 0 ? Infinity : gilNowMs() + timeoutS * 1000;
  for (;;) {
    const left = deadline - gilNowMs();
    if (left <= 0) return false;
    waitWithoutGil(word, 1, left === Infinity ? -1 : left);
    checkSignals();
    if (Atomics.compareExchange(I, word, 0, 1) === 0) return true;
  }
}

function release(lock: number): void {
  if (Atomics.compareExchange(I, lock + LOCK_STATE, 1, 0) !== 1) raise('RuntimeError', 'release unlocked lock');
  Atomics.notify(I, lock + LOCK_STATE, 1);
}

function acquireArgs(fname: string, args: number, nargs: number, kwnames: number): [boolean, number] {
  const [blockingArg, timeoutArg] = parseArgs(fname, args, nargs, kwnames, ['blocking', 'timeout'], 0);
  const blocking = blockingArg === 0 || isTrue(blockingArg);
  const timeout = timeoutArg === 0 ? -1 : toDouble(timeoutArg);
  if (!blocking && timeout !== -1) raise('ValueError', "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raise('ValueError', 'timeout value must be positive');
  return [blocking, timeout];
}

defineMethods('lock', {
  acquire: (self, args, nargs, kwnames) => {
    checkLock(self);
    const [blocking, timeout] = acquireArgs('acquire', args, nargs, kwnames);
    return acquire(self, blocking, timeout) ? TRUE : FALSE;
  },
  release: (self, args, nargs, kwnames) => {
    checkLock(self);
    positional('release', args, nargs, kwnames, 0, 0);
    release(self);
    return NONE;
  },
  locked: (self, args, nargs, kwnames) => {
    checkLock(self);
    positional('locked', args, nargs, kwnames, 0, 0);
    return Atomics.load(I, self + LOCK_STATE) === 1 ? TRUE : FALSE;
  },
  __enter__: (self, args, nargs, kwnames) => {
    checkLock(self);
    positional('__enter__', args, nargs, kwnames, 0, 0);
    acquire(self, true, -1);
    return TRUE;
  },
  __exit__: (self) => {
    checkLock(self);
    release(self);
    return NONE;
  },
});

defineModule('_thread', {
  allocate_lock: (_self, args, nargs, kwnames) => {
    positional('allocate_lock', args, nargs, kwnames, 0, 0);
    return newLock();
  },
  get_ident: (_self, args, nargs, kwnames) => {
    positional('get_ident', args, nargs, kwnames, 0, 0);
    return newInt(I[TS + TS_IDENT]);
  },
  _count: (_self, args, nargs, kwnames) => {
    positional('_count', args, nargs, kwnames, 0, 0);
    let n = 0;
    for (let i = 1; i < I[HDR_MAX_THREADS]; i++) if (isLive(threadState(I, i))) n++;
    return newInt(n);
  },
  start_new_thread: (_self, args, nargs, kwnames) => {
    const [fn, fargs, given] = positional('start_new_thread', args, nargs, kwnames, 2, 3);
    const fkwargs = given ?? NONE;
    if (kindOf(fargs) !== Kind.Tuple) raise('TypeError', '2nd arg must be a tuple');
    if (fkwargs !== NONE && kindOf(fkwargs) !== Kind.Dict) raise('TypeError', 'optional 3rd arg must be a dictionary');
    const index = claimFreeRow(I);
    if (index < 0) raise('RuntimeError', "can't start new thread");
    const row = threadRow(I, index);
    const ident = Atomics.add(I, IS_NEXT_THREAD_IDENT, 1) + 1;
    I[row + TS_IDENT] = ident;
    I[row + TS_THREAD_OBJ] = newTuple([fn, fargs, fkwargs]);
    I[row + TS_NAME] = 0;
    I[row + TS_SCRIPT] = I[TS + TS_SCRIPT];
    announceStart(I);
    return newInt(ident);
  },
  /** gilvm's: the script (of a shared run, gilvm run --shared) the current thread belongs to; 0 otherwise. */
  _script: (_self, args, nargs, kwnames) => {
    positional('_script', args, nargs, kwnames, 0, 0);
    return newInt(I[TS + TS_SCRIPT]);
  },
  /** gilvm's: true in a script's main thread (started by the host, not by start_new_thread). */
  _is_script_main: (_self, args, nargs, kwnames) => {
    positional('_is_script_main', args, nargs, kwnames, 0, 0);
    return I[TS + TS_THREAD_OBJ] === 0 ? TRUE : FALSE;
  },
  /** gilvm's: the current thread's name (threading sets it), for deadlock reports. */
  _set_name: (_self, args, nargs, kwnames) => {
    const [name] = positional('_set_name', args, nargs, kwnames, 1, 1);
    I[TS + TS_NAME] = name;
    return NONE;
  },
  /** gilvm's: a header line and an exception's traceback on stderr (threading.excepthook's report). */
  _print_exception: (_self, args, nargs, kwnames) => {
    const [header, exc] = positional('_print_exception', args, nargs, kwnames, 2, 2);
    writeOutput(2, `${strValue(header)}\n${formatException(exc)}`);
    return NONE;
  },
});

/**
 * In the worker that launched a `starting` row (attached, holding the GIL): calls the
 * function. An exception other than SystemExit is reported as CPython 3.11's _thread does
 * (threading.Thread catches its own and reports them with threading.excepthook).
 */
export function runStartedThread(): void {
  // A debug switch for testing the host's handling of a worker that dies holding the GIL.
  if (process.env.GILVM_DEBUG_KILL_THREAD === String(I[TS + TS_IDENT])) process.exit(1);
  const job = I[TS + TS_THREAD_OBJ];
  const fn = I[job + TUPLE_ITEMS];
  const fargs = iterateToArray(I[job + TUPLE_ITEMS + 1]);
  const fkwargs = I[job + TUPLE_ITEMS + 2];
  runThreadBody(() => {
    if (fkwargs === NONE) call(fn, fargs);
    else {
      const items = dictItems(fkwargs);
      call(fn, [...fargs, ...items.map(([, v]) => v)], newTuple(items.map(([k]) => k)));
    }
  });
}

/**
 * Runs a started thread's function (`body`: the call, or the rest of it in a resumed image)
 * and reports an exception that escapes it.
 */
export function runThreadBody(body: () => void): void {
  try {
    body();
  } catch (e) {
    if (!isPending(e)) throw e;
    const exc = takeException();
    if (!isSubtype(typeOf(exc), T.SystemExit)) {
      const fn = I[I[TS + TS_THREAD_OBJ] + TUPLE_ITEMS];
      writeOutput(2, `Exception ignored in thread started by: ${repr(fn)}\n${formatException(exc)}`);
    }
  }
}
