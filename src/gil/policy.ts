/**
 * What a GIL policy is: how a thread takes the GIL and how it lets it go. gil.ts does
 * everything the policies share (hold and wait times, the holder and switch words, the
 * counters, the timeline) and calls the policy of the image's IS_GIL_POLICY for the rest.
 *
 * A policy's contract, whatever its algorithm:
 * - `take` returns only once the calling thread has won compareExchange(IS_GIL_LOCKED,
 *   0 -> 1), or was given the GIL with LOCKED still 1 by a policy that hands it over;
 *   nobody else runs bytecode until the matching `drop`.
 * - `drop` is called by the holder, after gil.ts cleared IS_GIL_HOLDER; it makes the GIL
 *   takeable (or hands it over) and wakes whoever the policy serves next.
 * - Every wait is an Atomics.wait on an image word that the waking side changes before it
 *   notifies, so no wake-up is lost.
 */
import { GIL_POLICIES, IS_GIL_CHECK_INTERVAL, IS_GIL_POLICY, IS_GIL_TICKER, type GilPolicyName } from '../image/layout.js';

/** Python 2's default check interval: instructions between the legacy policy's releases. */
export const DEFAULT_CHECK_INTERVAL = 100;

/** The host, in a new image before any thread runs: which policy takes turns, and legacy's check interval. */
export function storeGilPolicy(image: Int32Array, name: GilPolicyName, checkInterval = DEFAULT_CHECK_INTERVAL): void {
  image[IS_GIL_POLICY] = GIL_POLICIES.indexOf(name);
  image[IS_GIL_CHECK_INTERVAL] = checkInterval;
  image[IS_GIL_TICKER] = checkInterval;
}

/** Why the holder lets the GIL go. */
export const RELEASE = {
  /** The thread ends (no forced switch: nobody could wake it). */
  exit: 0,
  /** A blocking call (lock wait, sleep, join) that runs without the GIL. */
  block: 1,
  /** A drop request: the thread wants the GIL back at once. */
  yield: 2,
  /** The policy's own preemption point (legacy's tick, the seeded scheduler's choice): the thread wants it back at once. */
  preempt: 3,
} as const;
export type Release = (typeof RELEASE)[keyof typeof RELEASE];

export interface GilPolicy {
  take(me: number): void;
  drop(me: number, why: Release): void;
  /**
   * Policies that count instructions (legacy's ticks, the seeded scheduler's preemption
   * points): called before every instruction (`op`, or -1 at a check point outside the
   * eval loop); true when the holder must let the GIL go now.
   */
  atInstruction?(me: number, op: number): boolean;
  /** True when this image needs atInstruction before every instruction. */
  countsInstructions?(): boolean;
}
