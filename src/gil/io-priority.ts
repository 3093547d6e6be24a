/**
 * The `io-priority` GIL policy (gilvm's, after Beazley's proposal on bpo-7946 and the
 * spirit of Nir Aides' BFS patch): a thread coming back from a blocking call gets the GIL
 * ahead of CPU-bound threads, which cures the convoy effect. reference/cpython-gil.md 8.2.
 *
 * - A thread is IO-class when its last release was a blocking call (lock wait, sleep,
 *   join), CPU-class when it last let the GIL go on request (a new thread is CPU-class).
 * - An IO-class thread at the head of the queue while a CPU-class thread holds the GIL
 *   asks it to drop at once (as it queues, or when the CPU-class thread takes over), and
 *   the queue serves IO-class threads first (oldest first).
 * - The bound on starvation: a CPU-class thread queued for longer than the switch
 *   interval ranks with the IO-class threads, by arrival, and its turn is protected
 *   (IS_GIL_PROTECTED_TURN): IO arrivals then wait a tenth of the interval before they ask
 *   (IO_PATIENCE). So a CPU-bound thread next to an I/O thread that is always busy still
 *   gets a turn after about one interval.
 * The queue and its invariants: queue.ts. TS_GIL_CLASS and IS_GIL_PROTECTED_TURN are
 * written by the holder only (or by the thread itself before it queues).
 */
import { I } from '../image/memory.js';
import { EVAL_BREAKER, GIL_CLASS, IS_EVAL_BREAKER, IS_GIL_HOLDER, IS_GIL_PROTECTED_TURN, TS_GIL_CLASS } from '../image/layout.js';
import { threadRow } from '../image/threads.js';
import { intervalMs, raiseDropRequest } from './cpython.js';
import { RELEASE } from './policy.js';
import { queuedForMs, queuedPolicy } from './queue.js';

const gilClass = (index: number) => Atomics.load(I, threadRow(I, index) + TS_GIL_CLASS);
/** The part of the switch interval an IO-class head waits for a protected CPU-bound turn to end. */
const IO_PATIENCE = 0.1;

const starving = (index: number) => gilClass(index) === GIL_CLASS.cpu && queuedForMs(index) > intervalMs();

export const ioPriorityPolicy = queuedPolicy({
  head(queued) {
    // IO-class threads and starving CPU-bound ones by arrival: a starving CPU-bound thread
    // cannot pass an IO-class thread that has waited longer (with several CPU-bound threads
    // one of them is always starving, and the IO-class thread would wait for ever).
    return queued.find((t) => gilClass(t) === GIL_CLASS.io || starving(t)) ?? queued[0];
  },
  headWaits(me) {
    const holder = Atomics.load(I, IS_GIL_HOLDER) - 1;
    if (gilClass(me) === GIL_CLASS.io && holder >= 0 && gilClass(holder) === GIL_CLASS.cpu &&
      Atomics.load(I, IS_GIL_PROTECTED_TURN) === 0 && (Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.gilDropRequest) === 0) raiseDropRequest();
  },
  releasing(me, why) {
    Atomics.store(I, IS_GIL_PROTECTED_TURN, 0);
    if (why !== RELEASE.exit) Atomics.store(I, threadRow(I, me) + TS_GIL_CLASS, why === RELEASE.block ? GIL_CLASS.io : GIL_CLASS.cpu);
  },
  served(me) {
    if (starving(me)) Atomics.store(I, IS_GIL_PROTECTED_TURN, 1);
  },
  patienceMs(me) {
    // Short timed waits cost every wake-up (measured: lock hand-offs 2x slower), so only
    // during a protected turn.
    const protectedTurn = Atomics.load(I, IS_GIL_PROTECTED_TURN) === 1;
    return gilClass(me) === GIL_CLASS.io && protectedTurn ? intervalMs() * IO_PATIENCE : intervalMs();
  },
});
