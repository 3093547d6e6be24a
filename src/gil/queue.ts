/**
 * A queue of threads waiting for the GIL, the mechanism of the `fifo` and `io-priority`
 * policies (fifo.ts, io-priority.ts); each policy is an order on the queue (`head`).
 * reference/cpython-gil.md section 8.2.
 *
 * Words: per thread TS_GIL_ARRIVAL (its arrival number while queued, 0 when not),
 * TS_GIL_QUEUED_AT_MS, TS_GIL_WAKE (the word it waits on); IS_GIL_QUEUE_ARRIVALS (the
 * last arrival number given), IS_GIL_QUEUED (how many threads are queued), IS_GIL_LOCKED.
 *
 * Invariants:
 * - No barging: a thread takes a free GIL without queueing only while nobody is queued.
 *   Otherwise it queues, and only the queue's head (by the policy's order) may take the
 *   GIL with compareExchange(LOCKED, 0 -> 1). A holder that yields queues behind the others.
 * - No lost wake-up: a release frees LOCKED first, then finds the head and bumps and
 *   notifies its TS_GIL_WAKE. A waiter reads its wake word before it tests "am I the
 *   head and is the GIL free", so a release after that test changes the word it waits on
 *   (the wait returns at once), and an arrival the release's scan missed finds LOCKED
 *   already free when it tests.
 * - The head's patience is the switch interval (or the policy's patienceMs): when its wait
 *   times out with no switch since it started waiting, it asks the holder to drop, as a
 *   CPython waiter does.
 */
import { F64, I } from '../image/memory.js';
import {
  HDR_MAX_THREADS, IS_GIL_LOCKED, IS_GIL_QUEUE_ARRIVALS, IS_GIL_QUEUED, IS_GIL_SWITCH_NUMBER, IS_GIL_WAITERS,
  TS_GIL_ARRIVAL, TS_GIL_QUEUED_AT_MS, TS_GIL_WAKE,
} from '../image/layout.js';
import { threadRow } from '../image/threads.js';
import { intervalMs, raiseDropRequest } from './cpython.js';
import type { GilPolicy, Release } from './policy.js';

/** Milliseconds on a clock every worker shares (performance.now() starts at each worker's own origin). */
export function sharedNowMs(): number {
  return performance.timeOrigin + performance.now();
}

/** How a policy orders the queue, and what it does as threads arrive and leave. */
export interface QueueOrder {
  /** The queued thread to serve next (`queued` lists them, oldest arrival first). */
  head(queued: readonly number[]): number;
  /** The head `me` found the GIL taken (as it queues, and at each wake-up): io-priority may ask the holder to drop at once. */
  headWaits?(me: number): void;
  /** Before the holder `me` releases. */
  releasing?(me: number, why: Release): void;
  /** After `me` took the GIL from the queue. */
  served?(me: number): void;
  /** How long the head waits before it asks the holder to drop (default: the switch interval). */
  patienceMs?(me: number): number;
}

/** The queued threads, oldest arrival first. */
export function queuedThreads(image: Int32Array = I): number[] {
  const queued: number[] = [];
  for (let i = 0; i < image[HDR_MAX_THREADS]; i++) if (Atomics.load(image, threadRow(image, i) + TS_GIL_ARRIVAL) !== 0) queued.push(i);
  return queued.sort((a, b) => image[threadRow(image, a) + TS_GIL_ARRIVAL] - image[threadRow(image, b) + TS_GIL_ARRIVAL]);
}

/** How long thread `index` has been queued, in milliseconds. */
export function queuedForMs(index: number): number {
  return sharedNowMs() - F64[(threadRow(I, index) + TS_GIL_QUEUED_AT_MS) >> 1];
}

function headOf(order: QueueOrder): number {
  const queued = queuedThreads();
  return queued.length === 0 ? -1 : order.head(queued);
}

/** Wakes queued thread `head` (-1: nobody) to look at the queue again: to take the GIL, or to start counting its patience. */
export function wakeHead(head: number, image: Int32Array = I): void {
  if (head < 0) return;
  const wake = threadRow(image, head) + TS_GIL_WAKE;
  Atomics.add(image, wake, 1);
  Atomics.notify(image, wake);
}

export function queuedPolicy(order: QueueOrder): GilPolicy {
  return {
    take(me) {
      if (Atomics.load(I, IS_GIL_QUEUED) === 0 && Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) return;
      const row = threadRow(I, me);
      F64[(row + TS_GIL_QUEUED_AT_MS) >> 1] = sharedNowMs();
      Atomics.store(I, row + TS_GIL_ARRIVAL, Atomics.add(I, IS_GIL_QUEUE_ARRIVALS, 1) + 1);
      Atomics.add(I, IS_GIL_QUEUED, 1);
      Atomics.add(I, IS_GIL_WAITERS, 1);
      for (;;) {
        const wake = Atomics.load(I, row + TS_GIL_WAKE);
        const seen = Atomics.load(I, IS_GIL_SWITCH_NUMBER);
        const head = headOf(order) === me;
        if (head && Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) break;
        if (head) order.headWaits?.(me);
        // Only the head counts its patience; the others look again after an interval (an
        // order may change with time, as io-priority's does).
        const woke = Atomics.wait(I, row + TS_GIL_WAKE, wake, head ? order.patienceMs?.(me) ?? intervalMs() : intervalMs());
        if (woke === 'timed-out' && head && headOf(order) === me && Atomics.load(I, IS_GIL_LOCKED) === 1 &&
          Atomics.load(I, IS_GIL_SWITCH_NUMBER) === seen) raiseDropRequest();
      }
      Atomics.store(I, row + TS_GIL_ARRIVAL, 0);
      Atomics.sub(I, IS_GIL_QUEUED, 1);
      Atomics.sub(I, IS_GIL_WAITERS, 1);
      order.served?.(me);
      // The next head starts counting its patience now (io-priority's depends on this turn).
      wakeHead(headOf(order));
    },
    drop(me, why) {
      order.releasing?.(me, why);
      Atomics.store(I, IS_GIL_LOCKED, 0);
      wakeHead(headOf(order));
    },
  };
}

/**
 * The host's cleanup when the worker of thread `index` died: it leaves the queue, and if
 * it held the GIL (the caller freed LOCKED), every queued thread is woken to find the head.
 */
export function forgetQueuedThread(image: Int32Array, index: number): void {
  if (Atomics.exchange(image, threadRow(image, index) + TS_GIL_ARRIVAL, 0) !== 0) {
    Atomics.sub(image, IS_GIL_QUEUED, 1);
    Atomics.sub(image, IS_GIL_WAITERS, 1);
  }
  for (const waiter of queuedThreads(image)) wakeHead(waiter, image);
}
