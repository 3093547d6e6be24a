/**
 * What a worker does with a task from the host: attach, run, report.
 */
import { readFileSync } from 'node:fs';
import type { ResumeTask, ThreadResult, ThreadTask } from '../host/messages.js';
import { attachThread, finishShutdown, runMainBody, runMainScript, reportUncaught } from './runtime.js';
import { disassembleAll } from '../bytecode/dis.js';
import { writeOutput } from './output.js';
import { I } from '../image/memory.js';
import { FR_FLAGS, FRAME_FLAG, IS_SWITCH_INTERVAL_US, THREAD_STATE, TS_STATE } from '../image/layout.js';
import { TS } from './thread.js';
import { dropGil, RELEASE } from '../gil/gil.js';
import { runStartedThread, runThreadBody } from './modules/thread.js';
import { bottomFrame, resumePoint } from '../image/snapshot.js';
import { continueFrame } from './interp.js';
import { setScriptDirectory } from './imports.js';
import { registerSource } from './traceback.js';
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
  if (task.kind === 'resume') return resumeThread(task);
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

/**
 * Continues a thread of a resumed image (src/image/snapshot.ts) in this new worker: its
 * frames from where the snapshot left them, then what its runner does after its bottom
 * frame returns (the main thread's: report, wait for the other threads, exit status).
 */
function resumeThread(task: ResumeTask): ThreadResult {
  attachThread(task.image, task.threadIndex, { holdsGil: task.holdsGil });
  setScriptDirectory(task.scriptDirectory);
  for (const [name, text] of task.sources) registerSource(name, text);
  const { frame, ip } = resumePoint();
  const rest = () => {
    continueFrame(frame, ip);
  };
  let status = 0;
  // The main thread's bottom frame is the __main__ module's body, or threading._shutdown's.
  if (task.threadIndex === 0) status = (I[bottomFrame(frame) + FR_FLAGS] & FRAME_FLAG.hasLocalsDict) !== 0 ? runMainBody(rest) : finishShutdown(rest);
  else runThreadBody(rest);
  finishThread();
  return { status };
}

/** The thread's row is done (joiners waiting on the state word wake up), and the GIL goes. */
function finishThread(): void {
  Atomics.store(I, TS + TS_STATE, THREAD_STATE.finished);
  Atomics.notify(I, TS + TS_STATE);
  dropGil(RELEASE.exit);
}
