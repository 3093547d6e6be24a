/**
 * The `legacy` GIL policy: Python 2's (and 3.1's) GIL. A plain lock, no switch interval,
 * no drop request, no forced switch: the holder counts down a ticker and, every
 * --check-interval instructions (default 100), releases the lock and takes it again at
 * once. On one core the release lets the OS run a waiter; on several the releaser, still
 * running, usually wins the lock back before the woken waiter gets to it, which goes
 * back to sleep: the "GIL battle" of futile wake-ups (IS_GIL_FUTILE_WAKEUPS counts them).
 * CPython 2.7: Python/ceval.c (_Py_Ticker, _Py_CheckInterval); reference/cpython-gil.md section 3.
 *
 * Invariants:
 * - Whoever wins compareExchange(LOCKED, 0 -> 1) holds the GIL; a waiter waits on LOCKED
 *   without a timeout, and each release wakes one waiter.
 * - IS_GIL_TICKER is written only by the holder. It counts instructions other than the
 *   cheap ones Python 2 dispatched without a tick (its LOAD_FAST, LOAD_CONST, STORE_FAST,
 *   POP_TOP, NOP, ROT/DUP and JUMP_FORWARD; here the families of the same roles).
 */
import { I } from '../image/memory.js';
import { IS_GIL_CHECK_INTERVAL, IS_GIL_FUTILE_WAKEUPS, IS_GIL_LOCKED, IS_GIL_TICKER, IS_GIL_WAITERS } from '../image/layout.js';
import { OPCODES } from '../bytecode/opcodes.js';
import { unlock } from './cpython.js';
import type { GilPolicy } from './policy.js';

const TICKLESS_FAMILIES = new Set(['LOAD_FAST', 'LOAD_CONST', 'STORE_FAST', 'POP_TOP', 'NOP', 'COPY', 'SWAP', 'JUMP_FORWARD']);
const TICKLESS = new Uint8Array(256);
for (const row of OPCODES) if (TICKLESS_FAMILIES.has(row.family)) TICKLESS[row.number] = 1;

function take(): void {
  if (Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) return;
  Atomics.add(I, IS_GIL_WAITERS, 1);
  for (;;) {
    Atomics.wait(I, IS_GIL_LOCKED, 1);
    if (Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) break;
    Atomics.add(I, IS_GIL_FUTILE_WAKEUPS, 1);
  }
  Atomics.sub(I, IS_GIL_WAITERS, 1);
}

function atInstruction(_me: number, op: number): boolean {
  if (op >= 0 && TICKLESS[op] === 1) return false;
  if (--I[IS_GIL_TICKER] >= 0) return false;
  I[IS_GIL_TICKER] = I[IS_GIL_CHECK_INTERVAL];
  // Nobody could take it: Python 2 released anyway, at the cost of an uncontended unlock and
  // lock; here a release and take cost microseconds (one thread ran at 40% speed).
  return Atomics.load(I, IS_GIL_WAITERS) > 0;
}

export const legacyPolicy: GilPolicy = {
  take,
  drop: unlock,
  atInstruction,
  countsInstructions: () => true,
};
