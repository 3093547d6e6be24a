/**
 * The `cpython` GIL policy (the default): CPython's "new GIL" of 3.2 and later, on image
 * words with Atomics in place of CPython's mutex and condition variables.
 * CPython: Python/ceval_gil.c (take_gil, drop_gil); reference/cpython-gil.md section 1.
 *
 * Words: IS_GIL_LOCKED, IS_GIL_SWITCH_NUMBER, IS_GIL_LAST_HOLDER (gil.ts keeps the last
 * two), IS_SWITCH_INTERVAL_US, EVAL_BREAKER.gilDropRequest, IS_GIL_WAITERS, counters.
 *
 * Invariants:
 * - No queue, no priority: whoever wins compareExchange(LOCKED, 0 -> 1) gets the GIL.
 * - A waiter raises the drop request only when its wait timed out, the GIL is still held
 *   and SWITCH_NUMBER did not move during the wait (nobody was served meanwhile); a
 *   fresh full interval follows every wake-up.
 * - Forced switching: a holder that releases while a drop request is pending (and is not
 *   exiting) clears it and waits until SWITCH_NUMBER moves, i.e. until another thread
 *   has taken the GIL, so that it cannot win the GIL straight back.
 */
import { I } from '../image/memory.js';
import {
  EVAL_BREAKER, IS_EVAL_BREAKER, IS_GIL_DROP_REQUESTS, IS_GIL_FORCED_SWITCHES, IS_GIL_LAST_HOLDER, IS_GIL_LOCKED,
  IS_GIL_SWITCH_NUMBER, IS_GIL_WAITERS, IS_SWITCH_INTERVAL_US,
} from '../image/layout.js';
import { RELEASE, type GilPolicy, type Release } from './policy.js';
import { record, EVENT } from '../vm/eventlog.js';

/** The switch interval in milliseconds, at least 1 µs (CPython waits at least that). */
export function intervalMs(): number {
  return Math.max(Atomics.load(I, IS_SWITCH_INTERVAL_US), 1) / 1000;
}

/** Asks the holder to drop the GIL (it polls the eval breaker at its check points). */
export function raiseDropRequest(): void {
  Atomics.or(I, IS_EVAL_BREAKER, EVAL_BREAKER.gilDropRequest);
  Atomics.add(I, IS_GIL_DROP_REQUESTS, 1);
  record(EVENT.dropRequest, 0);
}

/** Frees the GIL and wakes one thread waiting on IS_GIL_LOCKED. */
export function unlock(): void {
  Atomics.store(I, IS_GIL_LOCKED, 0);
  Atomics.notify(I, IS_GIL_LOCKED, 1);
}

function take(): void {
  if (Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) return;
  Atomics.add(I, IS_GIL_WAITERS, 1);
  for (;;) {
    const seen = Atomics.load(I, IS_GIL_SWITCH_NUMBER);
    const woke = Atomics.wait(I, IS_GIL_LOCKED, 1, intervalMs());
    if (Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) break;
    if (woke === 'timed-out' && Atomics.load(I, IS_GIL_SWITCH_NUMBER) === seen) raiseDropRequest();
  }
  Atomics.sub(I, IS_GIL_WAITERS, 1);
}

function drop(me: number, why: Release): void {
  const seen = Atomics.load(I, IS_GIL_SWITCH_NUMBER);
  unlock();
  if (why === RELEASE.exit || (Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.gilDropRequest) === 0) return;
  if (Atomics.load(I, IS_GIL_LAST_HOLDER) !== me + 1) return;
  Atomics.and(I, IS_EVAL_BREAKER, ~EVAL_BREAKER.gilDropRequest);
  Atomics.add(I, IS_GIL_FORCED_SWITCHES, 1);
  record(EVENT.forcedSwitch, 0);
  // Until some take has made another thread the last holder (not-equal returns at once).
  while (Atomics.load(I, IS_GIL_LAST_HOLDER) === me + 1) Atomics.wait(I, IS_GIL_SWITCH_NUMBER, seen);
}

export const cpythonPolicy: GilPolicy = { take, drop };
