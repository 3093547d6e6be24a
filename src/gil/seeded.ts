/**
 * The seeded scheduler: a GIL policy under which every scheduling decision comes from a
 * seed, so that a run of a threaded program can be replayed exactly (`gilvm stress
 * script.py`, `--replay SEED`). gil.ts calls this policy when IS_GIL_POLICY is
 * GIL_POLICY.seeded.
 *
 * Words (interpreter state; the holder writes them, Atomics for the hand-off):
 *   IS_SCHED_NEXT          index + 1 of the thread whose turn it is; 0 when nobody can run
 *   IS_SCHED_BUDGET        preemption points left to the holder
 *   IS_SCHED_RNG           the xorshift state every decision draws from
 *   IS_SCHED_CLOCK_US      the virtual clock (Float64): time.sleep, lock timeouts and the
 *                          time module's clocks read it, so that time cannot leak in
 *   IS_SCHED_KIND          strategy | preemption points (SCHEDULE, SCHEDULE_POINTS)
 *   IS_SCHED_CHANGES_LEFT, IS_SCHED_NEXT_CHANGE, IS_SCHED_STEP   PCT's change points
 *   per thread: TS_WAIT, TS_WAIT_WORD, TS_WAIT_VALUE, TS_WAIT_DEADLINE_US (what it waits
 *   for), TS_SCHED_PRIORITY (PCT)
 *
 * Invariants:
 * - A thread takes the GIL only when IS_SCHED_NEXT names it; only the holder sets
 *   IS_SCHED_NEXT (when it gives the GIL up), so the GIL goes where the decision says,
 *   whatever the timing of the workers.
 * - Every decision is a function of the image: which threads can run (a waiter can when
 *   the word it waits on no longer holds its value, or its virtual deadline has passed; a
 *   thread that is starting can, and runs once its worker attaches) and the RNG word.
 *   Nothing reads a real clock, and a blocked thread never wakes on its own: the holder
 *   tests its condition.
 * - Preemption points are counted, not timed: every instruction (SCHEDULE_POINTS.instruction)
 *   or CPython's eval-breaker check points (RESUME, JUMP_BACKWARD). Each advances the
 *   virtual clock by a fixed step.
 * - When nobody can run and some waiter has a deadline, the clock jumps to the earliest;
 *   when nobody can run at all, IS_SCHED_NEXT is 0 and the GIL stays free: every live
 *   thread then waits without a timeout, which the host reports as a deadlock.
 * - A preemption point is the policy's atInstruction: at every instruction
 *   (SCHEDULE_POINTS.instruction) or at the eval breaker's check points, where the
 *   schedulePoint bit stays set.
 * - A thread that exits marks its row TS_WAIT_EXITED before its last hand-over, so no
 *   decision picks it again (start_new_thread clears the mark when the row is reused).
 */
import { F64, I } from '../image/memory.js';
import { appendFileSync } from 'node:fs';
import {
  EVAL_BREAKER, GIL_POLICY, HDR_MAX_THREADS, IS_GIL_POLICY, IS_EVAL_BREAKER, IS_GIL_LOCKED, IS_SCHED_BUDGET, IS_SCHED_CHANGES_LEFT,
  IS_SCHED_CLOCK_US, IS_SCHED_KIND, IS_SCHED_NEXT, IS_SCHED_NEXT_CHANGE, IS_SCHED_RNG, IS_SCHED_STEP, THREAD_STATE,
  TS_SCHED_PRIORITY, TS_STATE, TS_WAIT, TS_WAIT_DEADLINE_US, TS_WAIT_EXITED, TS_WAIT_NONE, TS_WAIT_TIMED,
  TS_WAIT_UNTIMED, TS_WAIT_VALUE, TS_WAIT_WORD,
} from '../image/layout.js';
import { threadRow } from '../image/threads.js';
import { RELEASE, type GilPolicy } from './policy.js';

export const SCHEDULES = ['random', 'pct', 'interval-jitter'] as const;
export type Schedule = (typeof SCHEDULES)[number];
export const SCHEDULE_POINTS = ['instruction', 'eval-breaker'] as const;
export type SchedulePoints = (typeof SCHEDULE_POINTS)[number];

export interface SeededSettings {
  schedule: Schedule;
  points: SchedulePoints;
  seed: number;
}

/** Mean preemption points between decisions, per kind of point. */
const MEAN_BUDGET = { instruction: 40, 'eval-breaker': 4 } as const;
/** interval-jitter: CPython's 5 ms interval, in points, with up to ±50% jitter. */
const INTERVAL_POINTS = { instruction: 2000, 'eval-breaker': 100 } as const;
/** Virtual microseconds per preemption point (instructions are ~50 ns on this machine). */
const CLOCK_STEP_US = { instruction: 0.05, 'eval-breaker': 1 } as const;
/** PCT: bug depth d (d - 1 priority change points), spread over about this many points. */
const PCT_DEPTH = 3;
const PCT_SPAN = { instruction: 200_000, 'eval-breaker': 5_000 } as const;

/** Stores the settings in a new image (the host, before any thread runs). */
export function storeSeededSettings(image: Int32Array, s: SeededSettings): void {
  image[IS_SCHED_KIND] = SCHEDULES.indexOf(s.schedule) | (SCHEDULE_POINTS.indexOf(s.points) << 4);
  image[IS_SCHED_RNG] = (s.seed * 0x9e3779b1) | 0 || 1;
  image[IS_SCHED_NEXT] = 1; // the main thread (index 0) runs first
  if (s.points === 'eval-breaker') image[IS_EVAL_BREAKER] |= EVAL_BREAKER.schedulePoint;
  // The main thread's first slice, and PCT's first change point, also come from the seed.
  const first = xorshift32(image[IS_SCHED_RNG]);
  const second = xorshift32(first);
  image[IS_SCHED_BUDGET] = 1 + ((first >>> 0) % (2 * MEAN_BUDGET[s.points]));
  image[IS_SCHED_CHANGES_LEFT] = PCT_DEPTH - 1;
  image[IS_SCHED_NEXT_CHANGE] = 1 + ((second >>> 0) % PCT_SPAN[s.points]);
  image[IS_SCHED_RNG] = second;
}

/** The next state of a xorshift32 generator (never 0 from a nonzero state). */
export function xorshift32(x: number): number {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return x | 0;
}

/** True when this image runs under the seeded scheduler (IS_GIL_POLICY). */
export function isSeeded(): boolean {
  return I[IS_GIL_POLICY] === GIL_POLICY.seeded;
}

const schedule = () => SCHEDULES[I[IS_SCHED_KIND] & 15];
const points = () => SCHEDULE_POINTS[I[IS_SCHED_KIND] >> 4];

function draw(): number {
  I[IS_SCHED_RNG] = xorshift32(I[IS_SCHED_RNG]);
  return I[IS_SCHED_RNG] >>> 0;
}

export function virtualNowMs(): number {
  return F64[IS_SCHED_CLOCK_US >> 1] / 1000;
}

/** True when thread `index` could run now (see the invariants). */
function canRun(index: number): boolean {
  const row = threadRow(I, index);
  const state = Atomics.load(I, row + TS_STATE);
  if (state === THREAD_STATE.starting || state === THREAD_STATE.launching) return true;
  if (state !== THREAD_STATE.running) return false;
  const wait = Atomics.load(I, row + TS_WAIT);
  if (wait === TS_WAIT_NONE) return true;
  if (wait === TS_WAIT_EXITED) return false;
  if (Atomics.load(I, I[row + TS_WAIT_WORD]) !== I[row + TS_WAIT_VALUE]) return true;
  return wait === TS_WAIT_TIMED && F64[(row + TS_WAIT_DEADLINE_US) >> 1] <= F64[IS_SCHED_CLOCK_US >> 1];
}

function runnable(): number[] {
  const out: number[] = [];
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) if (canRun(i)) out.push(i);
  return out;
}

/** The earliest virtual deadline of a timed waiter, or Infinity. */
function earliestDeadline(): number {
  let earliest = Infinity;
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    if (Atomics.load(I, row + TS_STATE) === THREAD_STATE.running && Atomics.load(I, row + TS_WAIT) === TS_WAIT_TIMED) {
      earliest = Math.min(earliest, F64[(row + TS_WAIT_DEADLINE_US) >> 1]);
    }
  }
  return earliest;
}

function priority(index: number): number {
  const row = threadRow(I, index);
  // Distinct random priorities above the change points' (which are 1..PCT_DEPTH - 1).
  if (I[row + TS_SCHED_PRIORITY] === 0) I[row + TS_SCHED_PRIORITY] = PCT_DEPTH + 1 + (draw() % 1_000_000) * 128 + index;
  return I[row + TS_SCHED_PRIORITY];
}

/** The thread to run next among `candidates` (not empty), after `current` held the GIL. */
function pick(candidates: number[], current: number): number {
  switch (schedule()) {
    case 'random':
      return candidates[draw() % candidates.length];
    case 'pct': {
      let best = candidates[0];
      for (const c of candidates) if (priority(c) > priority(best)) best = c;
      return best;
    }
    case 'interval-jitter': {
      // Round robin: the next thread after the current one that can run.
      const after = candidates.find((c) => c > current);
      return after ?? candidates[0];
    }
  }
}

function slice(): number {
  const p = points();
  if (schedule() === 'interval-jitter') return Math.max(1, Math.round(INTERVAL_POINTS[p] * (0.5 + (draw() % 1000) / 1000)));
  return 1 + (draw() % (2 * MEAN_BUDGET[p]));
}

/**
 * The decision, by the holder `me` as it gives the GIL up (or at a preemption point):
 * sets IS_SCHED_NEXT and the next holder's budget. Returns the thread chosen, or -1.
 */
/** GILVM_TRACE_SCHED=FILE appends every decision to FILE (a debug switch: two runs of a seed must match). */
const traceFile = process.env.GILVM_TRACE_SCHED;

function decide(me: number): number {
  for (;;) {
    const candidates = runnable();
    if (candidates.length > 0) {
      const next = pick(candidates, me);
      I[IS_SCHED_BUDGET] = slice();
      if (traceFile !== undefined) appendFileSync(traceFile, `holder ${me} can run ${candidates} -> ${next}, budget ${I[IS_SCHED_BUDGET]}\n`);
      return next;
    }
    const earliest = earliestDeadline();
    if (earliest === Infinity) return -1;
    F64[IS_SCHED_CLOCK_US >> 1] = earliest;
  }
}

/** takeGil's seeded form: waits for this thread's turn, then takes the free GIL. */
function takeTurn(me: number): void {
  for (;;) {
    const next = Atomics.load(I, IS_SCHED_NEXT);
    if (next === me + 1 && Atomics.compareExchange(I, IS_GIL_LOCKED, 0, 1) === 0) return;
    Atomics.wait(I, IS_SCHED_NEXT, next, next === me + 1 ? 1 : Infinity);
  }
}

/** Frees the GIL for thread `next` (-1: nobody can run) and wakes it. */
function release(next: number): void {
  Atomics.store(I, IS_GIL_LOCKED, 0);
  Atomics.store(I, IS_SCHED_NEXT, next + 1);
  Atomics.notify(I, IS_SCHED_NEXT);
}

/** dropGil's seeded form: decides who runs next, frees the GIL and wakes that thread. */
function handOver(me: number, final: boolean): void {
  if (final) Atomics.store(I, threadRow(I, me) + TS_WAIT, TS_WAIT_EXITED);
  release(decide(me));
}

/** Before a seeded waitWithoutGil: records what the thread waits for. */
export function recordWait(me: number, word: number, value: number, timeoutMs: number): void {
  const row = threadRow(I, me);
  I[row + TS_WAIT_VALUE] = value;
  F64[(row + TS_WAIT_DEADLINE_US) >> 1] = timeoutMs < 0 ? Infinity : F64[IS_SCHED_CLOCK_US >> 1] + timeoutMs * 1000;
  Atomics.store(I, row + TS_WAIT_WORD, word);
  Atomics.store(I, row + TS_WAIT, timeoutMs < 0 ? TS_WAIT_UNTIMED : TS_WAIT_TIMED);
}

/**
 * A preemption point of the holder `me`: advances the clock and, when its budget is spent
 * or PCT's change point comes, decides again. Returns the thread to run next (`me`: go on).
 */
function decideAtPoint(me: number): number {
  F64[IS_SCHED_CLOCK_US >> 1] += CLOCK_STEP_US[points()];
  if (schedule() === 'pct') {
    const step = ++I[IS_SCHED_STEP];
    if (I[IS_SCHED_CHANGES_LEFT] > 0 && step >= I[IS_SCHED_NEXT_CHANGE]) {
      // A change point: the running thread drops below every other.
      I[threadRow(I, me) + TS_SCHED_PRIORITY] = I[IS_SCHED_CHANGES_LEFT]--;
      I[IS_SCHED_NEXT_CHANGE] = step + 1 + (draw() % PCT_SPAN[points()]);
      I[IS_SCHED_BUDGET] = 0;
    }
  }
  if (--I[IS_SCHED_BUDGET] > 0) return me;
  return decide(me);
}

/** The thread decideAtPoint chose, for the drop that follows a preemption. */
let chosenAtPoint = -1;

export const seededPolicy: GilPolicy = {
  take: takeTurn,
  drop(me, why) {
    if (why === RELEASE.preempt) release(chosenAtPoint);
    else handOver(me, why === RELEASE.exit);
  },
  atInstruction(me) {
    chosenAtPoint = decideAtPoint(me);
    return chosenAtPoint !== me;
  },
  countsInstructions: () => points() === 'instruction',
};
