/**
 * Temporary roots: how JS code keeps an object alive across a call into Python code
 * (which may reach a safe point and collect). Push, call, then pop back to the mark.
 *
 *   const mark = pushRoot(list);
 *   ... call(...) ...
 *   popRoots(mark);
 *
 * The roots live at the top of the thread's stack region, growing down (layout.ts).
 */
import { I } from '../image/memory.js';
import { TS_ROOTS_TOP, TS_STACK_TOP } from '../image/layout.js';
import { TS } from './thread.js';
import { raise } from './errors.js';

/** Pushes `v`; returns the mark to pop back to (the top before this push). */
export function pushRoot(v: number): number {
  const top = I[TS + TS_ROOTS_TOP];
  if (top - 1 <= I[TS + TS_STACK_TOP]) raise('RecursionError', 'maximum recursion depth exceeded');
  I[top - 1] = v;
  I[TS + TS_ROOTS_TOP] = top - 1;
  return top;
}

/** Pushes `n` words (set to NULL); returns the mark. The words start at the returned value minus n. */
export function pushRootWords(n: number): number {
  const top = I[TS + TS_ROOTS_TOP];
  if (top - n <= I[TS + TS_STACK_TOP]) raise('RecursionError', 'maximum recursion depth exceeded');
  I.fill(0, top - n, top);
  I[TS + TS_ROOTS_TOP] = top - n;
  return top;
}

export function popRoots(mark: number): void {
  I[TS + TS_ROOTS_TOP] = mark;
}

