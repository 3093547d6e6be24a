/**
 * The event log behind `gilvm run --timeline`: what each thread did with the GIL, and the
 * specializer's rewrites, with times. It lives in its own SharedArrayBuffer, not in the
 * image (it is not interpreter state), which the host creates and hands to every worker.
 *
 * Layout: Int32 word 0 = the next free slot, word 1 = capacity in slots; Float64 1 = the
 * run's start (epoch ms); from byte 16, 32-byte slots: Float64 time in µs since the start,
 * Int32 kind | thread << 8, Int32 argument, Int32 site (the instruction's code unit as a
 * U16 index of the image, -1 for none), Int32 detail, Float64 the thread's instruction
 * count (with --stats or a profile, else 0).
 *
 * Invariants:
 * - A writer owns the slot it got from Atomics.add on word 0: appends need no lock and
 *   work with or without the GIL. Slots past the capacity are not written; the host counts
 *   them as dropped.
 * - The host reads the log only after every worker of the run has stopped.
 * - Times come from performance.timeOrigin + performance.now(), the same clock in every
 *   worker, so events of different threads can be ordered.
 */
import { threadIndex, TS } from './thread.js';
import { F64 } from '../image/memory.js';
import { TS_INSTRUCTIONS } from '../image/layout.js';
import { OPCODES } from '../bytecode/opcodes.js';
import { RELEASE } from '../gil/policy.js';
import type { Timeline, ThreadActivity } from '../tools/study/schema.js';

export const EVENT = {
  /** The thread asks for the GIL. */
  waitGil: 1,
  takeGil: 2,
  /** The argument is the Release reason. */
  dropGil: 3,
  /** This thread asked the holder to drop. */
  dropRequest: 4,
  /** The holder waits until another thread has taken the GIL (cpython policy). */
  forcedSwitch: 5,
  /** The argument is the specialized opcode written. */
  specialize: 6,
  /** The argument is the specialized opcode that went back to its adaptive form; the detail, its misses since it was specialized. */
  deopt: 7,
  /** The specializer gave up: the argument is the SPEC_FAIL kind, the detail the family's generic opcode. */
  specializeFail: 8,
} as const;

/** One event as the host reads it back. */
export interface LoggedEvent {
  t_us: number;
  kind: number;
  thread: number;
  arg: number;
  site: number;
  detail: number;
  instructions: number;
}

const HEADER_BYTES = 16;
const SLOT_BYTES = 32;

export function createEventLog(slots: number): SharedArrayBuffer {
  const sab = new SharedArrayBuffer(HEADER_BYTES + slots * SLOT_BYTES);
  new Int32Array(sab)[1] = slots;
  new Float64Array(sab)[1] = performance.timeOrigin + performance.now();
  return sab;
}

let words: Int32Array | null = null;
let times: Float64Array | null = null;
let startMs = 0;

/** Each worker, when it attaches a thread: the run's log, or undefined when no timeline is recorded. */
export function attachEventLog(sab: SharedArrayBuffer | undefined): void {
  words = sab === undefined ? null : new Int32Array(sab);
  times = sab === undefined ? null : new Float64Array(sab);
  startMs = times === null ? 0 : times[1];
}

export function record(kind: number, arg: number, site = -1, detail = 0): void {
  if (words === null) return;
  const slot = Atomics.add(words, 0, 1);
  if (slot >= words[1]) return;
  const at = (HEADER_BYTES + slot * SLOT_BYTES) >> 2;
  times![at >> 1] = (performance.timeOrigin + performance.now() - startMs) * 1000;
  words[at + 2] = kind | (threadIndex << 8);
  words[at + 3] = arg;
  words[at + 4] = site;
  words[at + 5] = detail;
  times![(at >> 1) + 3] = F64[(TS + TS_INSTRUCTIONS) >> 1];
}

/** A finished run's events in time order, and how many did not fit. */
export function readEventLog(sab: SharedArrayBuffer): { events: LoggedEvent[]; dropped: number; startMs: number } {
  const w = new Int32Array(sab);
  const f = new Float64Array(sab);
  const used = Math.min(w[0], w[1]);
  const events = Array.from({ length: used }, (_, slot) => {
    const at = (HEADER_BYTES + slot * SLOT_BYTES) >> 2;
    return {
      t_us: f[at >> 1], kind: w[at + 2] & 255, thread: w[at + 2] >> 8, arg: w[at + 3], site: w[at + 4], detail: w[at + 5],
      instructions: f[(at >> 1) + 3],
    };
  }).sort((a, b) => a.t_us - b.t_us);
  return { events, dropped: w[0] - used, startMs: f[1] };
}

const OPNAME = new Map(OPCODES.map((r) => [r.number, r.name]));

/** The host's reading of a finished run's log: spans per thread and marks. `names` gives each thread's lane title. */
export function decodeEventLog(sab: SharedArrayBuffer, name: (thread: number) => string, endMs: number): Timeline {
  const { events, dropped, startMs } = readEventLog(sab);
  const timeline: Timeline = { threads: [], spans: [], marks: [], end_us: (endMs - startMs) * 1000, dropped };
  const open = new Map<number, { activity: ThreadActivity; start_us: number }>();
  const close = (thread: number, t: number) => {
    const span = open.get(thread);
    if (span !== undefined) timeline.spans.push({ thread, ...span, end_us: t });
    open.delete(thread);
  };
  for (const e of events) {
    if (!timeline.threads.some((th) => th.index === e.thread)) timeline.threads.push({ index: e.thread, name: name(e.thread) });
    switch (e.kind) {
      case EVENT.waitGil: close(e.thread, e.t_us); open.set(e.thread, { activity: 'waiting', start_us: e.t_us }); break;
      case EVENT.takeGil: close(e.thread, e.t_us); open.set(e.thread, { activity: 'running', start_us: e.t_us }); break;
      case EVENT.dropGil:
        close(e.thread, e.t_us);
        if (e.arg === RELEASE.block) open.set(e.thread, { activity: 'blocked', start_us: e.t_us });
        break;
      case EVENT.dropRequest: timeline.marks.push({ thread: e.thread, kind: 'drop_request', t_us: e.t_us, detail: '' }); break;
      case EVENT.forcedSwitch: timeline.marks.push({ thread: e.thread, kind: 'forced_switch', t_us: e.t_us, detail: '' }); break;
      case EVENT.specialize: timeline.marks.push({ thread: e.thread, kind: 'specialize', t_us: e.t_us, detail: OPNAME.get(e.arg) ?? '' }); break;
      case EVENT.deopt: timeline.marks.push({ thread: e.thread, kind: 'deopt', t_us: e.t_us, detail: OPNAME.get(e.arg) ?? '' }); break;
    }
  }
  for (const thread of [...open.keys()]) close(thread, timeline.end_us);
  timeline.threads.sort((a, b) => a.index - b.index);
  return timeline;
}
