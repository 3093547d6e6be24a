/**
 * The Python thread this JS thread (worker) is running: the offset of its row in the
 * image's thread table. Set once by the worker before it runs any Python code.
 */
import { I } from '../image/memory.js';
import { threadRow } from '../image/threads.js';

/** Word offset of the current thread's row in the thread table. */
export let TS = 0;
export let threadIndex = -1;

export function setCurrentThread(index: number): void {
  threadIndex = index;
  TS = threadRow(I, index);
}
