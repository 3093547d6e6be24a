/**
 * The Python thread this JS thread (worker) is running: the offset of its row in the
 * image's thread table. Set once by the worker before it runs any Python code.
 */
import { I } from '../image/memory.js';
import { threadRow } from '../image/threads.js';
import { TS_IDENT, TS_NAME } from '../image/layout.js';
import { strValue } from '../objects/str.js';

/** Word offset of the current thread's row in the thread table. */
export let TS = 0;
export let threadIndex = -1;

export function setCurrentThread(index: number): void {
  threadIndex = index;
  TS = threadRow(I, index);
}

/** Thread `index`'s name in the attached image: what threading set, else MainThread for row 0, else "thread IDENT". */
export function threadName(index: number): string {
  const row = threadRow(I, index);
  return I[row + TS_NAME] !== 0 ? strValue(I[row + TS_NAME]) : index === 0 ? 'MainThread' : `thread ${I[row + TS_IDENT]}`;
}
