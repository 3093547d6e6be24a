/**
 * The collector's roots, all in the image: the statics table, and per thread row in use
 * its callable and name, and once a worker has attached it its exception state, frames
 * (walked from TS_FRAME through FR_PREVIOUS) and temporary roots.
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
    mark(I[ts + TS_THREAD_OBJ]);
    mark(I[ts + TS_NAME]);
    // A row that no worker has attached yet (starting, launching) has only its callable:
    // its frame, exception and temporary-root words are not set up (TS_ROOTS_TOP may be 0,
    // which would make every word of the image below the stack a root).
    if (state !== THREAD_STATE.running && state !== THREAD_STATE.finished) continue;
    mark(I[ts + TS_CUR_EXC]);
    mark(I[ts + TS_EXC_INFO]);
    for (let f = I[ts + TS_FRAME]; f !== 0; f = I[f + FR_PREVIOUS]) markFrame(f, mark);
    const limit = I[HDR_STACKS_START] + (t + 1) * I[HDR_STACK_WORDS];
    for (let r = I[ts + TS_ROOTS_TOP]; r < limit; r++) mark(I[r]);
  }
}
