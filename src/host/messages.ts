/** Messages between the host (Node main thread) and the workers. Both sides import these. */

export interface RunMainTask {
  readonly kind: 'main';
  readonly image: SharedArrayBuffer;
  readonly threadIndex: number;
  /** Path to open. */
  readonly path: string;
  /** How the script is named in tracebacks and sys.argv[0] (as given on the command line). */
  readonly displayName: string;
  readonly argv: readonly string[];
  /** After running, disassemble every code object of the module (`gilvm dis`), false for none. */
  readonly dis: DisOptions | false;
}

export type ThreadTask = RunMainTask;

export interface ThreadResult {
  readonly status: number;
}

/** What `dis` shows: the live (quickened) instructions, and the inline cache units. */
export interface DisOptions {
  readonly adaptive: boolean;
  readonly showCaches: boolean;
}
