/**
 * Per-thread execution counters for `--stats`. The eval loop counts instruction
 * executions into `instructionCounts` when it is not null (one increment per
 * instruction, so it is off unless asked for).
 */
export let instructionCounts: Float64Array | null = null;

export function enableInstructionCounts(): void {
  instructionCounts = new Float64Array(256);
}
