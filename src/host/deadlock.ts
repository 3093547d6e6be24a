/**
 * Deadlock detection, from the host. A program is deadlocked when nobody holds the GIL
 * and every live thread waits without a timeout on a lock (TS_WAIT_UNTIMED, set by
 * _thread around its waits): only another thread could release the lock, and none runs.
 * The condition must hold at two looks 250 ms apart with no GIL acquisition between
 * them, so a hand-off in flight (a lock released, its waiter not yet awake) is not
 * mistaken for one.
 */
import { attachImage } from '../image/memory.js';
import {
  HDR_MAX_THREADS, IS_GIL_ACQUISITIONS, IS_GIL_LOCKED, THREAD_STATE, TS_STATE, TS_WAIT,
  TS_WAIT_UNTIMED,
} from '../image/layout.js';
import { isLive, threadRow } from '../image/threads.js';

/** Exit status of a run stopped by a detected deadlock. */
export const EXIT_DEADLOCK = 4;

const CHECK_MS = 250;

function everyThreadBlocked(I: Int32Array): boolean {
  if (Atomics.load(I, IS_GIL_LOCKED) !== 0) return false;
  let live = 0;
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    const state = Atomics.load(I, row + TS_STATE);
    if (!isLive(state)) continue;
    if (state !== THREAD_STATE.running || Atomics.load(I, row + TS_WAIT) !== TS_WAIT_UNTIMED) return false;
    live++;
  }
  return live > 0;
}

/** Resolves with the report (each thread's name and Python stack) when the program deadlocks. */
export function watchForDeadlock(image: SharedArrayBuffer): { found: Promise<string>; stop: () => void } {
  const I = new Int32Array(image);
  let timer: NodeJS.Timeout | undefined;
  const found = new Promise<string>((resolve) => {
    let acquisitionsWhenBlocked = -1;
    timer = setInterval(() => {
      if (!everyThreadBlocked(I)) {
        acquisitionsWhenBlocked = -1;
        return;
      }
      const acquisitions = Atomics.load(I, IS_GIL_ACQUISITIONS);
      if (acquisitions !== acquisitionsWhenBlocked) {
        acquisitionsWhenBlocked = acquisitions;
        return;
      }
      clearInterval(timer);
      // Nothing runs: the image can be read from here. The VM modules load only now.
      void import('../vm/stackreport.js').then(({ threadStacks }) => {
        attachImage(image);
        resolve('Deadlock detected: every thread is blocked waiting for a lock that only another blocked thread could release\n' + threadStacks());
      });
    }, CHECK_MS);
  });
  return { found, stop: () => clearInterval(timer) };
}
