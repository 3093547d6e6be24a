/**
 * Counters for `--stats`, kept in the image's STATS region (layout.ts, STAT_*) so that
 * every thread counts into the same table under the GIL. `statsTable` is null unless the
 * run asked for statistics, so the eval loop pays one null check per instruction.
 */
import { F64, I } from '../image/memory.js';
import {
  HDR_STATS_START, IS_SPECIALIZE_FLAGS, SPECIALIZE, STAT_DEFERRED, STAT_DEOPT, STAT_FAILURE, STAT_FAILURE_KINDS,
  STAT_MISS, STAT_ROW, STAT_SUCCESS, STATS_WORDS,
} from '../image/layout.js';
import { DEOPT } from '../bytecode/opcodes.js';

/** Float64 view of the STATS region: row `op * STAT_ROW`, or null when not counting. */
export let statsTable: Float64Array | null = null;

/** Called once per thread after the image is attached. */
export function attachStats(): void {
  statsTable = (I[IS_SPECIALIZE_FLAGS] & SPECIALIZE.stats) === 0
    ? null
    : F64.subarray(I[HDR_STATS_START] >> 1, (I[HDR_STATS_START] + STATS_WORDS) >> 1);
}

/** A specialized form's guard failed: a miss on it and on its family, a deopt if the counter ran out. */
export function countMiss(op: number, counterIsZero: boolean): void {
  if (statsTable === null) return;
  const family = DEOPT[op] * STAT_ROW;
  statsTable[op * STAT_ROW + STAT_MISS]++;
  statsTable[family + STAT_MISS]++;
  if (counterIsZero) statsTable[family + STAT_DEOPT]++;
}

/** The generic form counted down instead of calling the specializer. */
export function countDeferred(family: number): void {
  if (statsTable !== null) statsTable[family * STAT_ROW + STAT_DEFERRED]++;
}

export function countSuccess(family: number): void {
  if (statsTable !== null) statsTable[family * STAT_ROW + STAT_SUCCESS]++;
}

export function countFailure(family: number, kind: number): void {
  if (statsTable === null) return;
  statsTable[family * STAT_ROW + STAT_FAILURE]++;
  statsTable[family * STAT_ROW + STAT_FAILURE_KINDS + kind]++;
}
