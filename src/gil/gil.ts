/**
 * The GIL's entry points for the interpreter: take, drop, wait without it, and the
 * preemption points of policies that count instructions. What every policy shares is here
 * (hold and wait times, the holder and switch words, the counters, the timeline); how a
 * thread gets the GIL is the policy's, one file each (policy.ts has the contract):
 * cpython.ts (the default), legacy.ts, fifo.ts, io-priority.ts, seeded.ts (gilvm stress).
 *
 * Words (interpreter state, every access an Atomics operation):
 *   IS_GIL_LOCKED          1 while some thread holds the GIL, 0 when it is free
 *   IS_GIL_HOLDER          the holder's thread index + 1, 0 while free (--audit reads it)
 *   IS_GIL_LAST_HOLDER     index + 1 of the thread that holds or last held it
 *   IS_GIL_SWITCH_NUMBER   +1 each time the GIL goes to another thread than the last holder
 *   IS_GIL_POLICY          the policy (GIL_POLICIES), set by the host before any thread runs
 *   EVAL_BREAKER.gilDropRequest  a waiter's request that the holder drop, polled by the
 *                          holder at RESUME and JUMP_BACKWARD (a plain read: breaker.ts)
 *   IS_GIL_ACQUISITIONS    counter; policies count drop requests, forced switches, futile wake-ups
 *   TS_GIL_WAIT_S, TS_GIL_HOLD_S, TS_GIL_ACQUISITIONS  per thread, in its own row (plain
 *     stores: only the thread itself writes them)
 *
 * Invariants:
 * - One holder: HOLDER is set right after the policy's take returns and cleared right
 *   before its drop, by the holder only.
 * - Taking is an acquire and releasing a release (seq-cst Atomics), so each holder sees
 *   every plain store of the previous holders: the image needs no other lock.
 * - Taking the GIL clears a pending drop request (it was for the previous holder).
 */
import { F64, I } from '../image/memory.js';
import {
  EVAL_BREAKER, IS_EVAL_BREAKER, IS_GIL_ACQUISITIONS, IS_GIL_HOLDER, IS_GIL_LAST_HOLDER, IS_GIL_LOCKED, IS_GIL_POLICY,
  IS_GIL_SWITCH_NUMBER, TS_GIL_ACQUISITIONS, TS_BLOCKED_S, TS_GIL_HOLD_S, TS_GIL_WAIT_S, TS_WAIT, TS_WAIT_NONE,
  TS_WAIT_TIMED, TS_WAIT_UNTIMED, TS_WAIT_WORD, PARKED, TS_PARKED,
} from '../image/layout.js';
import { threadIndex, TS } from '../vm/thread.js';
import { EVENT, record } from '../vm/eventlog.js';
import { RELEASE, type GilPolicy, type Release } from './policy.js';
import { cpythonPolicy } from './cpython.js';
import { isSeeded, recordWait, seededPolicy, virtualNowMs } from './seeded.js';
import { legacyPolicy } from './legacy.js';
import { fifoPolicy } from './fifo.js';
import { ioPriorityPolicy } from './io-priority.js';
import { forgetQueuedThread } from './queue.js';

export { RELEASE } from './policy.js';

/** Indexed by IS_GIL_POLICY, in the order of GIL_POLICIES. */
const POLICIES: readonly GilPolicy[] = [cpythonPolicy, seededPolicy, legacyPolicy, fifoPolicy, ioPriorityPolicy];

const policy = (): GilPolicy => POLICIES[I[IS_GIL_POLICY]];

/** Milliseconds for timeouts and sleeps: the seeded scheduler's virtual clock, or the real one. */
export function gilNowMs(): number {
  return isSeeded() ? virtualNowMs() : performance.now();
}

/** When this thread last took the GIL (performance.now()), for its hold time. */
let takenAt = 0;

export function takeGil(): void {
  const asked = performance.now();
  record(EVENT.waitGil, 0);
  policy().take(threadIndex);
  startHolding(asked);
}

/**
 * A resumed image (gilvm resume, src/image/snapshot.ts) starts with the GIL taken for this
 * thread by the host: it becomes the holder without asking the policy.
 */
export function adoptGil(): void {
  startHolding(performance.now());
}

function startHolding(asked: number): void {
  takenAt = performance.now();
  record(EVENT.takeGil, 0);
  F64[(TS + TS_GIL_WAIT_S) >> 1] += (takenAt - asked) / 1000;
  I[TS + TS_GIL_ACQUISITIONS]++;
  const me = threadIndex + 1;
  if (Atomics.load(I, IS_GIL_LAST_HOLDER) !== me) {
    Atomics.store(I, IS_GIL_LAST_HOLDER, me);
    Atomics.add(I, IS_GIL_SWITCH_NUMBER, 1);
    Atomics.notify(I, IS_GIL_SWITCH_NUMBER);
  }
  Atomics.store(I, IS_GIL_HOLDER, me);
  Atomics.add(I, IS_GIL_ACQUISITIONS, 1);
  Atomics.and(I, IS_EVAL_BREAKER, ~EVAL_BREAKER.gilDropRequest);
}

/** Releases the GIL; `why` tells the policy what the thread goes on to do. */
export function dropGil(why: Release): void {
  F64[(TS + TS_GIL_HOLD_S) >> 1] += (performance.now() - takenAt) / 1000;
  Atomics.store(I, IS_GIL_HOLDER, 0);
  record(EVENT.dropGil, why);
  policy().drop(threadIndex, why);
}

/** At a drop request (or a legacy tick): let another thread in, then queue up again. */
export function yieldGil(): void {
  dropGil(RELEASE.yield);
  takeGil();
}

/** True when the image's policy needs preemptionCheck before every instruction (legacy, seeded per instruction). */
export function countsInstructions(): boolean {
  return policy().countsInstructions?.() ?? false;
}

/**
 * A preemption point (the caller saved its frame): before instruction `op` in the eval
 * loop, or -1 at an eval-breaker check point. The policy may take the GIL away here.
 */
export function preemptionCheck(op = -1): void {
  const p = policy();
  if (p.atInstruction?.(threadIndex, op) !== true) return;
  dropGil(RELEASE.preempt);
  takeGil();
}

/**
 * An eval-breaker check point of code that runs under the GIL outside the eval loop (the
 * torn-read test): honours a drop request, and counts as an instruction for the policies
 * that count them.
 */
export function checkPoint(): void {
  if ((Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.gilDropRequest) !== 0) yieldGil();
  else preemptionCheck();
}

/**
 * A blocking call (lock wait, sleep): waits on image word `word` while it holds `value`, for at
 * most `timeoutMs` (negative: no limit), without the GIL, and takes it back after. The
 * thread's row says it is waiting (TS_WAIT, read by deadlock detection) and counts the
 * time (TS_BLOCKED_S). The caller keeps no object only in JS locals: everything it
 * needs afterwards is in the image (other threads may run the collector meanwhile).
 */
export function waitWithoutGil(word: number, value: number, timeoutMs: number): void {
  // gilvm.snapshot may save the image meanwhile; it decides whether the call can be restarted.
  I[TS + TS_PARKED] = PARKED.blocked;
  try {
    waitForWord(word, value, timeoutMs);
  } finally {
    I[TS + TS_PARKED] = PARKED.no;
  }
}

function waitForWord(word: number, value: number, timeoutMs: number): void {
  if (isSeeded()) {
    // The scheduler tests the condition itself and gives this thread a turn once it holds;
    // the thread counts as waiting until then, so no decision depends on when it wakes.
    recordWait(threadIndex, word, value, timeoutMs);
    dropGil(RELEASE.block);
    takeGil();
    Atomics.store(I, TS + TS_WAIT, TS_WAIT_NONE);
    return;
  }
  Atomics.store(I, TS + TS_WAIT, timeoutMs < 0 ? TS_WAIT_UNTIMED : TS_WAIT_TIMED);
  Atomics.store(I, TS + TS_WAIT_WORD, word);
  const start = performance.now();
  dropGil(RELEASE.block);
  try {
    Atomics.wait(I, word, value, timeoutMs < 0 ? Infinity : timeoutMs);
  } finally {
    F64[(TS + TS_BLOCKED_S) >> 1] += (performance.now() - start) / 1000;
    Atomics.store(I, TS + TS_WAIT, TS_WAIT_NONE);
    takeGil();
  }
}

/**
 * The host's recovery when the worker of thread `index` died: if it held the GIL, the GIL
 * is released for the others (no forced switch: the dead thread cannot wait for one), and
 * it leaves the GIL queue of the fifo and io-priority policies. Works on the host's own
 * view of the image.
 */
export function releaseGilOfDeadThread(image: Int32Array, index: number): void {
  if (Atomics.compareExchange(image, IS_GIL_HOLDER, index + 1, 0) === index + 1) {
    Atomics.store(image, IS_GIL_LOCKED, 0);
    Atomics.notify(image, IS_GIL_LOCKED, 1);
  }
  forgetQueuedThread(image, index);
}
