/**
 * The GIL: one lock word in the image that every Python thread takes before running
 * bytecode. CPython: Python/ceval_gil.c. This is the plain lock; the switch interval,
 * drop requests and policies (issues 5 and 7) build on these words.
 *
 * Invariants:
 * - IS_GIL_LOCKED is 1 exactly while some thread holds the GIL; IS_GIL_HOLDER is then
 *   that thread's index + 1, and 0 while the GIL is free.
 * - Only the holder executes bytecode, allocates, collects, or writes code units
 *   (codewrite.ts checks the last one under --audit).
 * - Every access to these words is an Atomics operation: taking the GIL is an acquire,
 *   dropping it a release, so the next holder sees every plain store of the previous one.
 */
import { I } from '../image/memory.js';
import { IS_GIL_HOLDER, IS_GIL_LOCKED } from '../image/layout.js';
import { threadIndex } from '../vm/thread.js';

export function takeGil(): void {
  while (Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) !== 0) Atomics.wait(I, IS_GIL_LOCKED, 1);
  Atomics.store(I, IS_GIL_HOLDER, threadIndex + 1);
}

export function dropGil(): void {
  Atomics.store(I, IS_GIL_HOLDER, 0);
  Atomics.store(I, IS_GIL_LOCKED, 0);
  Atomics.notify(I, IS_GIL_LOCKED, 1);
}
