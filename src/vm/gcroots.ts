/**
 * The collector's roots, all in the image: the statics table, and per live thread its
 * exception state, frames (walked from TS_FRAME through FR_PREVIOUS) and temporary roots.
 */
import { I } from '../image/memory.js';
import {
  FR_PREVIOUS, HDR_MAX_THREADS, HDR_STACK_WORDS, HDR_STACKS_START, IS_STATICS,
  STATICS_CAPACITY, THREAD_STATE, TS_CUR_EXC, TS_EXC_INFO, TS_FRAME, TS_NAME,
  TS_ROOTS_TOP, TS_STATE, TS_THREAD_OBJ,
} from '../image/layout.js';
import { markFrame, type MarkFn } from '../image/gc.js';
import { threadRow } from '../image/threads.js';

export function gcRoots(): (mark: MarkFn) => void {
  return markAllRoots;
}

function markAllRoots(mark: MarkFn): void {
  for (let i = 0; i < STATICS_CAPACITY; i++) mark(I[IS_STATICS + i]);
  const maxThreads = I[HDR_MAX_THREADS];
  for (let t = 0; t < maxThreads; t++) {
    const ts = threadRow(I, t);
    const state = Atomics.load(I, ts + TS_STATE);
    if (state === THREAD_STATE.free) continue;
    mark(I[ts + TS_CUR_EXC]);
    mark(I[ts + TS_EXC_INFO]);
    mark(I[ts + TS_THREAD_OBJ]);
    mark(I[ts + TS_NAME]);
    for (let f = I[ts + TS_FRAME]; f !== 0; f = I[f + FR_PREVIOUS]) markFrame(f, mark);
    const limit = I[HDR_STACKS_START] + (t + 1) * I[HDR_STACK_WORDS];
    for (let r = I[ts + TS_ROOTS_TOP]; r < limit; r++) mark(I[r]);
  }
}
