/**
 * The `--stats FILE.json` schema, in one place, read from the image's STATS region after
 * a run (src/image/layout.ts, STAT_*). Later sections (gil, threads) are added here as
 * those features land. `gilvm stats` (src/tools/statsreport.ts) prints this file.
 */
import { OPCODES } from '../bytecode/opcodes.js';
import {
  GIL_POLICIES, IS_GIL_FUTILE_WAKEUPS, HDR_HEAP_START, HDR_SIZE_WORDS, IS_GIL_POLICY, TS_SCRIPT, HDR_STATS_START, IS_GC_RUNS, IS_GIL_ACQUISITIONS, IS_GIL_DROP_REQUESTS,
  IS_GIL_FORCED_SWITCHES, IS_GIL_SWITCH_NUMBER, IS_SWITCH_INTERVAL_US, HDR_MAX_THREADS,
  TS_BLOCKED_S, TS_GIL_ACQUISITIONS, TS_GIL_HOLD_S, TS_GIL_WAIT_S, TS_IDENT, TS_INSTRUCTIONS, IS_HEAP_TOP, IS_LIVE_WORDS, SPEC_FAIL_KINDS,
  STAT_DEFERRED, STAT_DEOPT, STAT_EXECUTIONS, STAT_FAILURE, STAT_FAILURE_KINDS, STAT_MISS, STAT_ROW, STAT_SUCCESS,
} from '../image/layout.js';
import { failureKindName } from '../vm/failkinds.js';
import { attachImage } from '../image/memory.js';
import { threadName as threadNameIn } from '../vm/thread.js';
import { threadRow } from '../image/threads.js';

/** CPython's pystats counters for one family (3.12 names). */
export interface FamilyStats {
  success: number;
  failure: number;
  /** Failures by SPEC_FAIL_* kind, without the SPEC_FAIL_ prefix. */
  failure_kinds: Record<string, number>;
  /** Executions of a specialized form whose guards held. */
  hit: number;
  /** Executions of a specialized form whose guards failed (the generic path ran). */
  miss: number;
  /** Misses that found the counter at zero and sent the instruction to the specializer. */
  deopt: number;
  /** Executions of the generic form that counted down instead of trying to specialize. */
  deferred: number;
  /** Executions of every form of the family, generic included. */
  executions: number;
}

export interface InstructionStats {
  execution_count: number;
  /** Specialized forms only: guard failures. Hits are execution_count - miss. */
  miss?: number;
}

/** The GIL's counters (src/gil/gil.ts). Issue 5 adds hold and wait times and per-thread rows. */
export interface GilStats {
  policy: string;
  switch_interval_s: number;
  /** Times a thread took the GIL. */
  acquisitions: number;
  /** Times the GIL went to another thread than its last holder. */
  switches: number;
  /** Waiters' requests that the holder drop the GIL (an interval ran out with no switch). */
  drop_requests: number;
  /** Releases that waited until another thread had taken the GIL. */
  forced_switches: number;
  /** Wake-ups of a waiter that found the GIL taken again (the legacy policy's "GIL battle"). */
  futile_wakeups: number;
  /** Sums over the threads. */
  hold_s: number;
  wait_s: number;
}

/** One Python thread (a row of the thread table that ran). */
export interface ThreadStats {
  name: string;
  ident: number;
  /** The script it belongs to when several scripts share the image (gilvm run --shared), else 0. */
  script: number;
  /** Instructions this thread executed. */
  instructions: number;
  gil_acquisitions: number;
  gil_wait_s: number;
  gil_hold_s: number;
  /** Time spent in blocking calls (lock waits, sleep) without the GIL. */
  blocked_s: number;
}

export interface RunStats {
  wall_s: number;
  /** Executions per instruction name (only instructions that ran), specialized forms included. */
  instructions: Record<string, InstructionStats>;
  /** Per specializable family (only families that ran). */
  specialization: Record<string, FamilyStats>;
  gil: GilStats;
  threads: ThreadStats[];
  image: {
    size_bytes: number;
    /** Bytes between the heap start and the allocation frontier at exit. */
    used_bytes: number;
    /** Bytes of live objects found by the last collection (0 if none ran). */
    live_bytes_at_last_gc: number;
    gc_runs: number;
  };
}

export function buildStats(image: SharedArrayBuffer, wallSeconds: number): RunStats {
  const I = new Int32Array(image);
  const threads = threadStats(image);
  const table = new Float64Array(image, I[HDR_STATS_START] * 4, 256 * STAT_ROW);
  const at = (op: number, field: number) => table[op * STAT_ROW + field];
  const instructions: Record<string, InstructionStats> = {};
  const specialization: Record<string, FamilyStats> = {};
  for (const row of OPCODES) {
    const executions = at(row.number, STAT_EXECUTIONS);
    const specializedForm = row.family !== row.name;
    if (executions > 0) {
      instructions[row.name] = specializedForm ? { execution_count: executions, miss: at(row.number, STAT_MISS) } : { execution_count: executions };
    }
    if (row.cache === 'none') continue;
    const generic = OPCODES.find((r) => r.name === row.family)!.number;
    const family = (specialization[row.family] ??= {
      success: at(generic, STAT_SUCCESS), failure: at(generic, STAT_FAILURE), failure_kinds: failureKinds(row.family, table, generic),
      hit: 0, miss: at(generic, STAT_MISS), deopt: at(generic, STAT_DEOPT), deferred: at(generic, STAT_DEFERRED), executions: 0,
    });
    family.executions += executions;
    if (specializedForm) family.hit += executions - at(row.number, STAT_MISS);
  }
  for (const [name, family] of Object.entries(specialization)) if (family.executions === 0) delete specialization[name];
  return {
    wall_s: wallSeconds,
    instructions,
    specialization,
    threads,
    gil: {
      policy: GIL_POLICIES[I[IS_GIL_POLICY]],
      hold_s: threads.reduce((t, th) => t + th.gil_hold_s, 0),
      wait_s: threads.reduce((t, th) => t + th.gil_wait_s, 0),
      switch_interval_s: I[IS_SWITCH_INTERVAL_US] / 1e6,
      acquisitions: I[IS_GIL_ACQUISITIONS],
      switches: I[IS_GIL_SWITCH_NUMBER],
      drop_requests: I[IS_GIL_DROP_REQUESTS],
      forced_switches: I[IS_GIL_FORCED_SWITCHES],
      futile_wakeups: I[IS_GIL_FUTILE_WAKEUPS],
    },
    image: {
      size_bytes: I[HDR_SIZE_WORDS] * 4,
      used_bytes: (I[IS_HEAP_TOP] - I[HDR_HEAP_START]) * 4,
      live_bytes_at_last_gc: I[IS_LIVE_WORDS] * 4,
      gc_runs: I[IS_GC_RUNS],
    },
  };
}

function failureKinds(family: string, table: Float64Array, generic: number): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (let k = 0; k < SPEC_FAIL_KINDS; k++) {
    const n = table[generic * STAT_ROW + STAT_FAILURE_KINDS + k];
    if (n > 0) kinds[failureKindName(family, k)] = n;
  }
  return kinds;
}

/** Thread `index`'s name: what threading set (row 0 is MainThread). Only once every thread has stopped. */
export function threadName(image: SharedArrayBuffer, index: number): string {
  attachImage(image);
  return threadNameIn(index);
}

/** The rows of the thread table that ran a thread. */
function threadStats(image: SharedArrayBuffer): ThreadStats[] {
  const I = new Int32Array(image);
  const F64 = new Float64Array(image, 0, image.byteLength >>> 3);
  const out: ThreadStats[] = [];
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    if (I[row + TS_GIL_ACQUISITIONS] === 0) continue;
    out.push({
      name: threadName(image, i),
      ident: I[row + TS_IDENT],
      script: I[row + TS_SCRIPT],
      instructions: F64[(row + TS_INSTRUCTIONS) >> 1],
      gil_acquisitions: I[row + TS_GIL_ACQUISITIONS],
      gil_wait_s: F64[(row + TS_GIL_WAIT_S) >> 1],
      gil_hold_s: F64[(row + TS_GIL_HOLD_S) >> 1],
      blocked_s: F64[(row + TS_BLOCKED_S) >> 1],
    });
  }
  return out;
}
