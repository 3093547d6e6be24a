/**
 * The eval breaker: what the eval loop does at its check points (RESUME and
 * JUMP_BACKWARD, as in CPython 3.12) when another thread or the allocator has set a bit
 * in IS_EVAL_BREAKER: collect, drop the GIL for a waiter, raise KeyboardInterrupt. The caller has saved FR_SP and FR_IP, so every live value is in
 * the image: this is the only place a collection runs.
 * CPython: Python/ceval_gil.c (_Py_HandlePending).
 *
 * Invariants:
 * - Every write to IS_EVAL_BREAKER is an Atomics operation (or, and), and so is every read
 *   that acts on its bits (handleEvalBreaker, checkSignals, the policies).
 * - The eval loop polls the word with a plain read at each check point, as CPython polls
 *   eval_breaker with a relaxed load: Atomics.load is a ~7 ns call on Node 20 (its TurboFan
 *   does not inline it) against ~1 ns, and the poll runs at every call and loop iteration
 *   (3-7% of the benchmarks' time). By the JS memory model's letter a compiler may hoist a
 *   plain read out of a loop, which Atomics.load forbids. Here that cannot delay a request
 *   for long: evalLoop returns to its driver every RESTART_EVERY (512) check points, and each
 *   new activation reads the word afresh. (V8 does not hoist it at all: the loop stores into
 *   the same Int32Array at unknown indices and calls out.) handleEvalBreaker then reads the
 *   word again with Atomics.load before acting on it.
 */
import { I } from '../image/memory.js';
import { EVAL_BREAKER, IS_EVAL_BREAKER, PARKED, TS_PARKED } from '../image/layout.js';
import { collectGarbage } from '../image/gc.js';
import { raiseType } from './errors.js';
import { T } from '../objects/statics.js';
import { gcRoots } from './gcroots.js';
import { preemptionCheck, yieldGil } from '../gil/gil.js';
import { threadIndex, TS } from './thread.js';

/** Runs a collection; only at a safe point (every live value in the image). */
export function collectNow(): void {
  Atomics.and(I, IS_EVAL_BREAKER, ~EVAL_BREAKER.gcRequested);
  collectGarbage(gcRoots());
}

export function handleEvalBreaker(): void {
  const bits = Atomics.load(I, IS_EVAL_BREAKER);
  if ((bits & EVAL_BREAKER.gcRequested) !== 0) collectNow();
  // A waiter's switch interval ran out: hand the GIL over, then wait for it again.
  // While it waits, its frame is saved at the check point, so gilvm.snapshot can save the
  // image and a resumed image can run the check point again.
  if ((bits & EVAL_BREAKER.gilDropRequest) !== 0) {
    I[TS + TS_PARKED] = PARKED.checkPoint;
    yieldGil();
    I[TS + TS_PARKED] = PARKED.no;
  }
  // The seeded scheduler's preemption points are the check points (gilvm stress).
  if ((bits & EVAL_BREAKER.schedulePoint) !== 0) preemptionCheck();
  checkSignals();
}

/**
 * A pending Ctrl-C becomes KeyboardInterrupt in the main thread, as CPython handles signals
 * there: at eval-breaker check points, and when a blocking wait of the main thread wakes
 * (the host notifies the word it waits on).
 */
export function checkSignals(): void {
  if (threadIndex !== 0 || (Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.signal) === 0) return;
  Atomics.and(I, IS_EVAL_BREAKER, ~EVAL_BREAKER.signal);
  raiseType(T.KeyboardInterrupt, []);
}
