/**
 * The `--stats FILE.json` schema, in one place. Later sections (specialization, gil,
 * threads) are added here as the features land.
 */
import { OPCODE_BY_NUMBER } from '../bytecode/opcodes.js';
import { HDR_HEAP_START, HDR_SIZE_WORDS, IS_GC_RUNS, IS_HEAP_TOP, IS_LIVE_WORDS } from '../image/layout.js';

export interface RunStats {
  wall_s: number;
  /** Executions per instruction name (only instructions that ran). */
  instructions: Record<string, number>;
  image: {
    size_bytes: number;
    /** Bytes between the heap start and the allocation frontier at exit. */
    used_bytes: number;
    /** Bytes of live objects found by the last collection (0 if none ran). */
    live_bytes_at_last_gc: number;
    gc_runs: number;
  };
}

export function buildStats(image: SharedArrayBuffer, wallSeconds: number, counts: number[] | null): RunStats {
  const I = new Int32Array(image);
  const instructions: Record<string, number> = {};
  counts?.forEach((n, op) => {
    if (n > 0) instructions[OPCODE_BY_NUMBER[op]?.name ?? `OPCODE_${op}`] = n;
  });
  return {
    wall_s: wallSeconds,
    instructions,
    image: {
      size_bytes: I[HDR_SIZE_WORDS] * 4,
      used_bytes: (I[IS_HEAP_TOP] - I[HDR_HEAP_START]) * 4,
      live_bytes_at_last_gc: I[IS_LIVE_WORDS] * 4,
      gc_runs: I[IS_GC_RUNS],
    },
  };
}
