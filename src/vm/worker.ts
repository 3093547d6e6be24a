/**
 * What a worker does with a task from the host: attach, run, report.
 */
import { readFileSync } from 'node:fs';
import type { ThreadResult, ThreadTask } from '../host/messages.js';
import { attachThread, runMainScript, reportUncaught } from './runtime.js';
import { disassembleAll } from '../bytecode/dis.js';
import { writeOutput } from './output.js';
import { I } from '../image/memory.js';
import { IS_SWITCH_INTERVAL_US, THREAD_STATE, TS_STATE } from '../image/layout.js';
import { TS } from './thread.js';
import { dropGil, RELEASE } from '../gil/gil.js';
import { runStartedThread } from './modules/thread.js';
import { parkForThreads } from '../image/threads.js';
import { attachEventLog } from './eventlog.js';
import { attachProfile } from './profile.js';
import { attachWarmStart } from './warmstart.js';

export function runThreadTask(task: ThreadTask): ThreadResult {
  attachEventLog(task.eventLog);
  attachProfile(task.profile);
  attachWarmStart(task.warmStart);
  if (task.kind === 'park') {
    parkForThreads(new Int32Array(task.image), task.parkId, (index) => runThread(task.image, index));
    return { status: 0 };
  }
  if (task.kind === 'thread') {
    runThread(task.image, task.threadIndex);
    return { status: 0 };
  }
  attachThread(task.image, task.threadIndex);
  if (task.switchInterval !== undefined) Atomics.store(I, IS_SWITCH_INTERVAL_US, Math.max(1, Math.floor(task.switchInterval * 1e6)));
  const source = readFileSync(task.path, 'utf8');
  let { status, moduleCode } = runMainScript(task.path, task.displayName, source, [...task.argv]);
  if (task.dis && moduleCode !== 0) {
    try {
      writeOutput(1, disassembleAll(moduleCode, task.dis));
    } catch (e) {
      status = reportUncaught(e);
    }
  }
  finishThread();
  return { status };
}

/** Runs the thread that _thread.start_new_thread set up in row `index`. */
function runThread(image: SharedArrayBuffer, index: number): void {
  attachThread(image, index);
  try {
    runStartedThread();
  } finally {
    finishThread();
  }
}

/** The thread's row is done (joiners waiting on the state word wake up), and the GIL goes. */
function finishThread(): void {
  Atomics.store(I, TS + TS_STATE, THREAD_STATE.finished);
  Atomics.notify(I, TS + TS_STATE);
  dropGil(RELEASE.exit);
}
