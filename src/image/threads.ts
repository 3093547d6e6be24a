/**
 * The thread table, and how a new Python thread gets a worker. One protocol, shared by
 * `_thread.start_new_thread` (in the starting thread's worker), parked workers and the
 * host's launcher (src/host/run.ts). Every function takes a view of the image, so the
 * host and the workers use the same code.
 *
 * A row's TS_STATE goes free → starting → launching → running → finished (→ starting ...):
 *   starting   start_new_thread filled the row (ident, the callable in TS_THREAD_OBJ),
 *              then bumped and notified IS_THREAD_STARTS.
 *   launching  a launcher claimed the row: a parked worker, which runs it at once, or the
 *              host, which runs it as a new pool task.
 *   running    a worker attached to the image as that thread (vm/runtime.ts attachThread).
 *   finished   the thread ended and dropped the GIL; joiners wake on TS_STATE. The row
 *              may be reused.
 *
 * Parked workers are pool tasks that wait on IS_THREAD_STARTS and claim `starting` rows
 * themselves: a thread starts in an already-loaded worker without a round trip through
 * the host's event loop and the pool's queue. After its thread, a parked worker parks
 * again. Each start wakes one parked worker; the host, waiting on IS_LAUNCH_REQUESTS, is
 * called only when no parked worker is idle (waking the host's event loop costs the
 * notifier ~0.1 ms).
 *
 * Invariants:
 * - A row runs in at most one worker: only the winner of compareExchange(starting →
 *   launching) runs it.
 * - No start is lost: a parked worker reads IS_THREAD_STARTS before it scans the rows
 *   and waits only while the count still has that value; start_new_thread bumps the count
 *   after the row is `starting`, and every waiter on the count is an idle parked worker,
 *   which scans when woken. When IS_PARKED_IDLE is 0 after a start, or becomes 0 by a
 *   claim, the host is called (IS_LAUNCH_REQUESTS, read the same way).
 * - The host claims rows only while no parked worker is idle, and keeps one spare parked
 *   worker once a program has started a thread, so that bursts still start (the pool
 *   grows) and sequences of short threads reuse warm workers.
 * - A parked worker writes its park id + 1 into the row's TS_LAUNCHER when it claims the
 *   row (the host writes 0), so the host can tell which thread a dead worker was running.
 * - IS_LAUNCH_STOPPED, set and notified at the end of a run, sends parked workers home.
 */
import {
  HDR_MAX_THREADS, HDR_THREADS_START, IS_LAUNCH_REQUESTS, IS_LAUNCH_STOPPED, IS_PARKED_IDLE, IS_PARKS_ARRIVED, IS_THREAD_STARTS,
  THREAD_STATE, THREAD_WORDS, TS_LAUNCHER, TS_STATE,
} from './layout.js';

/** The first word of thread `index`'s row. */
export function threadRow(I: Int32Array, index: number): number {
  return I[HDR_THREADS_START] + index * THREAD_WORDS;
}

export function threadState(I: Int32Array, index: number): number {
  return Atomics.load(I, threadRow(I, index) + TS_STATE);
}

/** A row that holds a thread that has not finished (starting, launching or running). */
export function isLive(state: number): boolean {
  return state !== THREAD_STATE.free && state !== THREAD_STATE.finished;
}

/**
 * A row for a new thread, now `starting` but not yet announced: a never-used row if any
 * (so that --stats keeps each thread's counters), else one whose thread finished; -1
 * when all are in use. Row 0 is the main thread's.
 */
export function claimFreeRow(I: Int32Array): number {
  for (const reusable of [THREAD_STATE.free, THREAD_STATE.finished]) {
    for (let i = 1; i < I[HDR_MAX_THREADS]; i++) {
      if (Atomics.compareExchange(I, threadRow(I, i) + TS_STATE, reusable, THREAD_STATE.starting) === reusable) return i;
    }
  }
  return -1;
}

/** Tells the launchers that a row became `starting`. */
export function announceStart(I: Int32Array): void {
  Atomics.add(I, IS_THREAD_STARTS, 1);
  Atomics.notify(I, IS_THREAD_STARTS, 1);
  if (Atomics.load(I, IS_PARKED_IDLE) === 0) callHost(I);
}

function callHost(I: Int32Array): void {
  Atomics.add(I, IS_LAUNCH_REQUESTS, 1);
  Atomics.notify(I, IS_LAUNCH_REQUESTS);
}

/** Claims a `starting` row for launcher `launcher` (a park id + 1, or 0 for the host): its index, or -1. */
export function claimStartingRow(I: Int32Array, launcher: number): number {
  for (let i = 1; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    if (Atomics.compareExchange(I, row + TS_STATE, THREAD_STATE.starting, THREAD_STATE.launching) === THREAD_STATE.starting) {
      Atomics.store(I, row + TS_LAUNCHER, launcher);
      return i;
    }
  }
  return -1;
}

/**
 * A parked worker's loop: claims `starting` rows and runs each with `run`, until the run
 * ends (IS_LAUNCH_STOPPED). `parkId` is the host's number for this park task.
 */
export function parkForThreads(I: Int32Array, parkId: number, run: (index: number) => void): void {
  Atomics.add(I, IS_PARKS_ARRIVED, 1);
  Atomics.add(I, IS_PARKED_IDLE, 1);
  for (;;) {
    const seen = Atomics.load(I, IS_THREAD_STARTS);
    if (Atomics.load(I, IS_LAUNCH_STOPPED) !== 0) break;
    const index = claimStartingRow(I, parkId + 1);
    if (index < 0) {
      Atomics.wait(I, IS_THREAD_STARTS, seen);
      continue;
    }
    // The last idle one: the host tops up the spares (and launches any other starting rows).
    if (Atomics.sub(I, IS_PARKED_IDLE, 1) === 1) callHost(I);
    run(index);
    Atomics.add(I, IS_PARKED_IDLE, 1);
  }
  Atomics.sub(I, IS_PARKED_IDLE, 1);
}

/** Ends every parked worker's loop (the run is over). */
export function stopParkedWorkers(I: Int32Array): void {
  Atomics.store(I, IS_LAUNCH_STOPPED, 1);
  Atomics.add(I, IS_THREAD_STARTS, 1);
  Atomics.notify(I, IS_THREAD_STARTS);
  callHost(I);
}

/** The thread a parked worker was running (its row index), or -1. */
export function rowLaunchedBy(I: Int32Array, parkId: number): number {
  for (let i = 1; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    if (I[row + TS_LAUNCHER] === parkId + 1 && isLive(Atomics.load(I, row + TS_STATE))) return i;
  }
  return -1;
}
