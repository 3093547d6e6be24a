/**
 * Each thread's Python stack read straight from the image, for reports made while no
 * thread runs (the host's deadlock report). Frames are listed outermost first, as in a
 * traceback.
 */
import { I } from '../image/memory.js';
import {
  FR_CODE, FR_IP, FR_PREVIOUS, HDR_MAX_THREADS, TS_FRAME, TS_IDENT,
  TS_STATE,
} from '../image/layout.js';
import { CODE_FILENAME, CODE_NAME } from '../objects/layout.js';
import { strValue } from '../objects/str.js';
import { lineOf } from './raise.js';
import { isLive, threadRow } from '../image/threads.js';
import { threadName } from './thread.js';

export function threadStacks(): string {
  let out = '';
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    if (!isLive(Atomics.load(I, row + TS_STATE))) continue;
    out += `Thread ${threadName(i)} (ident ${I[row + TS_IDENT]}), most recent call last:\n`;
    const frames: string[] = [];
    for (let frame = I[row + TS_FRAME]; frame !== 0; frame = I[frame + FR_PREVIOUS]) {
      const code = I[frame + FR_CODE];
      frames.unshift(`  File "${strValue(I[code + CODE_FILENAME])}", line ${lineOf(code, Math.max(0, I[frame + FR_IP]))}, in ${strValue(I[code + CODE_NAME])}\n`);
    }
    out += frames.join('');
  }
  return out;
}
