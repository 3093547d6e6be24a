/**
 * The Python thread this JS thread (worker) is running: the offset of its row in the
 * image's thread table. Set once by the worker before it runs any Python code.
 */
import { HDR_THREADS_START, THREAD_WORDS } from '../image/layout.js';
import { I } from '../image/memory.js';

/** Word offset of the current thread's row in the thread table. */
export let TS = 0;
export let threadIndex = -1;

export function setCurrentThread(index: number): void {
  threadIndex = index;
  TS = I[HDR_THREADS_START] + index * THREAD_WORDS;
}
