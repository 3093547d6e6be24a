/**
 * The GIL: CPython's "new GIL" (3.2 and later) on words of the image, with Atomics in
 * place of CPython's mutex and condition variables. CPython: Python/ceval_gil.c
 * (take_gil, drop_gil); reference/cpython-gil.md section 1.
 *
 * Words (interpreter state, every access an Atomics operation):
 *   IS_GIL_LOCKED          1 while some thread holds the GIL, 0 when it is free
 *   IS_GIL_HOLDER          the holder's thread index + 1, 0 while free (--audit reads it)
 *   IS_GIL_LAST_HOLDER     index + 1 of the thread that holds or last held it
 *   IS_GIL_SWITCH_NUMBER   +1 each time the GIL goes to another thread than the last holder
 *   IS_GIL_WAITERS         threads inside takeGil waiting for it
 *   IS_SWITCH_INTERVAL_US  a waiter's patience before it asks the holder to drop
 *   EVAL_BREAKER.gilDropRequest  the request, polled by the holder at RESUME and JUMP_BACKWARD
 *   IS_GIL_ACQUISITIONS, IS_GIL_DROP_REQUESTS, IS_GIL_FORCED_SWITCHES  counters
 *   TS_GIL_WAIT_S, TS_GIL_HOLD_S, TS_GIL_ACQUISITIONS  per thread, in its own row (plain
 *     stores: only the thread itself writes them)
 *
 * Invariants:
 * - One holder: only the thread whose compareExchange(LOCKED, 0 -> 1) succeeded runs
 *   until it stores LOCKED = 0. HOLDER is set right after taking and cleared right before
 *   releasing, by the holder only.
 * - Taking is an acquire and releasing a release (seq-cst Atomics), so each holder sees
 *   every plain store of the previous holders: the image needs no other lock.
 * - A waiter raises the drop request only when its wait timed out, the GIL is still held
 *   and SWITCH_NUMBER did not move during the wait (nobody was served meanwhile); a
 *   fresh full interval follows every wake-up. No queue, no priority: whoever wins the
 *   compareExchange gets the GIL.
 * - Forced switching: a holder that releases while a drop request is pending (and is not
 *   exiting) clears it and waits until SWITCH_NUMBER moves, i.e. until another thread
 *   has taken the GIL, so that it cannot win the GIL straight back.
 * - Taking the GIL clears a pending drop request (it was for the previous holder).
 * - Under IS_GIL_POLICY = GIL_POLICY.seeded (gilvm stress), seeded.ts decides who takes the
 *   GIL and when the holder gives it up; LOCKED and HOLDER keep their meaning, the switch
 *   interval and drop requests are not used.
 */
import { F64, I } from '../image/memory.js';
import {
  EVAL_BREAKER, IS_EVAL_BREAKER, IS_GIL_ACQUISITIONS, IS_GIL_DROP_REQUESTS, IS_GIL_FORCED_SWITCHES, IS_GIL_HOLDER,
  IS_GIL_LAST_HOLDER, IS_GIL_LOCKED, IS_GIL_SWITCH_NUMBER, IS_GIL_WAITERS, IS_SWITCH_INTERVAL_US, TS_GIL_ACQUISITIONS,
  TS_BLOCKED_S, TS_GIL_HOLD_S, TS_GIL_WAIT_S, TS_WAIT, TS_WAIT_NONE, TS_WAIT_TIMED, TS_WAIT_UNTIMED, TS_WAIT_WORD,
} from '../image/layout.js';
import { threadIndex, TS } from '../vm/thread.js';
import { decideAtPoint, handOver, isSeeded as seeded, recordWait, release, takeTurn, virtualNowMs } from './seeded.js';

/** Milliseconds for timeouts and sleeps: the seeded scheduler's virtual clock, or the real one. */
export function gilNowMs(): number {
  return seeded() ? virtualNowMs() : performance.now();
}

/** When this thread last took the GIL (performance.now()), for its hold time. */
let takenAt = 0;

export function takeGil(): void {
  const asked = performance.now();
  if (seeded()) takeTurn(threadIndex);
  else if (Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) !== 0) waitForGil();
  takenAt = performance.now();
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

/** Waits, one switch interval at a time, until this thread's compareExchange wins. */
function waitForGil(): void {
  Atomics.add(I, IS_GIL_WAITERS, 1);
  for (;;) {
    const seen = Atomics.load(I, IS_GIL_SWITCH_NUMBER);
    const intervalMs = Math.max(Atomics.load(I, IS_SWITCH_INTERVAL_US), 1) / 1000;
    const woke = Atomics.wait(I, IS_GIL_LOCKED, 1, intervalMs);
    if (Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) break;
    if (woke === 'timed-out' && Atomics.load(I, IS_GIL_SWITCH_NUMBER) === seen) {
      Atomics.or(I, IS_EVAL_BREAKER, EVAL_BREAKER.gilDropRequest);
      Atomics.add(I, IS_GIL_DROP_REQUESTS, 1);
    }
  }
  Atomics.sub(I, IS_GIL_WAITERS, 1);
}

/**
 * Releases the GIL. `final` is the release at thread exit, which does not wait for the
 * hand-off (CPython skips the forced switch there too).
 */
export function dropGil(final: boolean): void {
  const me = threadIndex + 1;
  const seen = Atomics.load(I, IS_GIL_SWITCH_NUMBER);
  endHold();
  if (seeded()) return handOver(threadIndex, final);
  Atomics.store(I, IS_GIL_LOCKED, 0);
  Atomics.notify(I, IS_GIL_LOCKED, 1);
  if (final || (Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.gilDropRequest) === 0) return;
  if (Atomics.load(I, IS_GIL_LAST_HOLDER) !== me) return;
  Atomics.and(I, IS_EVAL_BREAKER, ~EVAL_BREAKER.gilDropRequest);
  Atomics.add(I, IS_GIL_FORCED_SWITCHES, 1);
  // Until some takeGil has made another thread the last holder (not-equal returns at once).
  while (Atomics.load(I, IS_GIL_LAST_HOLDER) === me) Atomics.wait(I, IS_GIL_SWITCH_NUMBER, seen);
}

/**
 * A blocking call (lock wait, sleep): waits on image word `word` while it holds `value`, for at
 * most `timeoutMs` (negative: no limit), without the GIL, and takes it back after. The
 * thread's row says it is waiting (TS_WAIT, read by deadlock detection) and counts the
 * time (TS_BLOCKED_S). The caller keeps no object only in JS locals: everything it
 * needs afterwards is in the image (other threads may run the collector meanwhile).
 */
export function waitWithoutGil(word: number, value: number, timeoutMs: number): void {
  if (seeded()) {
    // The scheduler tests the condition itself and gives this thread a turn once it holds;
    // the thread counts as waiting until then, so no decision depends on when it wakes.
    recordWait(threadIndex, word, value, timeoutMs);
    dropGil(false);
    takeGil();
    Atomics.store(I, TS + TS_WAIT, TS_WAIT_NONE);
    return;
  }
  Atomics.store(I, TS + TS_WAIT, timeoutMs < 0 ? TS_WAIT_UNTIMED : TS_WAIT_TIMED);
  Atomics.store(I, TS + TS_WAIT_WORD, word);
  const start = performance.now();
  dropGil(false);
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
 * is released for the others (no forced switch: the dead thread cannot wait for one).
 * Works on the host's own view of the image.
 */
export function releaseGilOfDeadThread(image: Int32Array, index: number): void {
  if (Atomics.compareExchange(image, IS_GIL_HOLDER, index + 1, 0) !== index + 1) return;
  Atomics.store(image, IS_GIL_LOCKED, 0);
  Atomics.notify(image, IS_GIL_LOCKED, 1);
}

/**
 * A preemption point under the seeded scheduler (the caller saved its frame): the GIL goes
 * to the thread the scheduler chooses, and this thread waits for its next turn.
 */
export function preemptionCheck(): void {
  const next = decideAtPoint(threadIndex);
  if (next === threadIndex) return;
  endHold();
  release(next);
  takeGil();
}

/** The holder's last step before it lets the GIL go: its hold time counted, HOLDER cleared. */
function endHold(): void {
  F64[(TS + TS_GIL_HOLD_S) >> 1] += (performance.now() - takenAt) / 1000;
  Atomics.store(I, IS_GIL_HOLDER, 0);
}

/** At an eval-breaker check point with the drop request set: let the waiter in, then queue up again. */
export function yieldGil(): void {
  dropGil(false);
  takeGil();
}
