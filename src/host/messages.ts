/** Messages between the host (Node main thread) and the workers. Both sides import these. */

import type { WarmStartSites } from '../vm/warmstart.js';

/** What a run records, or starts from, besides its image: every worker of the run gets the same. */
export interface RunInstruments {
  /** The event log, when a timeline or a profile is recorded (vm/eventlog.ts). */
  readonly eventLog?: SharedArrayBuffer;
  /** The site profile of `gilvm profile` (vm/profile.ts). */
  readonly profile?: SharedArrayBuffer;
  /** --warm-start: the sites whose counters start at zero (vm/warmstart.ts). */
  readonly warmStart?: WarmStartSites;
}

/** What every task carries: the run's image and its instruments. */
interface RunTask extends RunInstruments {
  readonly image: SharedArrayBuffer;
}

export interface RunMainTask extends RunTask {
  readonly kind: 'main';
  readonly threadIndex: number;
  /** Path to open. */
  readonly path: string;
  /** How the script is named in tracebacks and sys.argv[0] (as given on the command line). */
  readonly displayName: string;
  readonly argv: readonly string[];
  /** After running, disassemble every code object of the module (`gilvm dis`), false for none. */
  readonly dis: DisOptions | false;
  /** sys.setswitchinterval before the script starts (--switch-interval), in seconds. */
  readonly switchInterval?: number;
}

/** A Python thread that _thread.start_new_thread set up in row `threadIndex` of the thread table. */
export interface RunThreadTask extends RunTask {
  readonly kind: 'thread';
  readonly threadIndex: number;
}

/**
 * A thread of a resumed image (gilvm resume): continue its frames where the snapshot left
 * them (src/image/snapshot.ts), then end it as its runner would have.
 */
export interface ResumeTask extends RunTask {
  readonly kind: 'resume';
  readonly threadIndex: number;
  /** The snapshot's caller: the host gave it the GIL. */
  readonly holdsGil: boolean;
  /** Worker-local state the snapshot recorded. */
  readonly scriptDirectory: string;
  readonly sources: readonly (readonly [string, string])[];
}

/** A parked worker: runs the threads it claims until the run ends (src/image/threads.ts). */
export interface ParkTask extends RunTask {
  readonly kind: 'park';
  /** The host's number for this park task, written into the rows it launches. */
  readonly parkId: number;
}

export type ThreadTask = RunMainTask | RunThreadTask | ResumeTask | ParkTask;

export interface ThreadResult {
  readonly status: number;
}

/** What `dis` shows: the live (quickened) instructions, and the inline cache units. */
export interface DisOptions {
  readonly adaptive: boolean;
  readonly showCaches: boolean;
}
