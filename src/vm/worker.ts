/**
 * What a worker does with a task from the host: attach, run, report.
 */
import { readFileSync } from 'node:fs';
import type { ThreadResult, ThreadTask } from '../host/messages.js';
import { attachThread, runMainScript, reportUncaught } from './runtime.js';
import { disassembleAll } from '../bytecode/dis.js';
import { writeOutput } from './output.js';
import { I } from '../image/memory.js';
import { THREAD_STATE, TS_STATE } from '../image/layout.js';
import { TS } from './thread.js';
import { dropGil } from '../gil/gil.js';

export function runThreadTask(task: ThreadTask): ThreadResult {
  attachThread(task.image, task.threadIndex);
  const source = readFileSync(task.path, 'utf8');
  let { status, moduleCode } = runMainScript(task.path, task.displayName, source, [...task.argv]);
  if (task.dis && moduleCode !== 0) {
    try {
      writeOutput(1, disassembleAll(moduleCode, task.dis));
    } catch (e) {
      status = reportUncaught(e);
    }
  }
  Atomics.store(I, TS + TS_STATE, THREAD_STATE.finished);
  dropGil(true);
  return { status };
}
