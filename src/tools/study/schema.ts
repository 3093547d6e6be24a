/**
 * The shapes `gilvm study` and `gilvm run --timeline` write and draw: one source of truth
 * for results.json / results.csv rows and for the decoded GIL timeline.
 */

export const WORKLOADS = ['cpu', 'convoy', 'handoff'] as const;
export type Workload = (typeof WORKLOADS)[number];

/**
 * One cell of the study's matrix: the medians over its repeats. A measure that does not
 * apply to the row's workload (or could not be measured) is null.
 */
export interface StudyRow {
  runtime: 'gilvm' | 'cpython';
  /** e.g. "gilvm 0.1.0" or "CPython 3.11.7". */
  version: string;
  workload: Workload;
  /** The GIL policy (gilvm only; null for CPython). */
  policy: string | null;
  interval_s: number;
  /** CPU-bound spinner threads in the run (cpu: the k threads measured; convoy, handoff: bystanders). */
  cpu_threads: number;
  /** All Python threads of the run, main thread included. */
  threads: number;
  /** handoff only: "lock" or "event"; null otherwise. */
  primitive: string | null;
  repeats: number;
  /** convoy: echo round trips per second, and their latency. */
  io_ops_s: number | null;
  latency_p50_us: number | null;
  latency_p99_us: number | null;
  /** cpu: loop iterations per second of all threads together, and that against one thread (same runtime, policy, interval). */
  iters_s: number | null;
  throughput_rel: number | null;
  /** cpu: changes of GIL owner per second, the owners' hold times, the longest wait of a thread for its next turn, Jain's index of GIL time. */
  switches_s: number | null;
  hold_ms_p50: number | null;
  wait_ms_max: number | null;
  jain: number | null;
  /** handoff: round trip A -> B -> A. */
  rtt_mean_us: number | null;
  rtt_p50_us: number | null;
}

/** The columns of results.csv, in order (every StudyRow key). */
export const STUDY_COLUMNS: readonly (keyof StudyRow)[] = [
  'runtime', 'version', 'workload', 'policy', 'interval_s', 'cpu_threads', 'threads', 'primitive', 'repeats',
  'io_ops_s', 'latency_p50_us', 'latency_p99_us', 'iters_s', 'throughput_rel', 'switches_s', 'hold_ms_p50',
  'wait_ms_max', 'jain', 'rtt_mean_us', 'rtt_p50_us',
];

/** What a thread is doing over a span of a GIL timeline. */
export type ThreadActivity = 'running' | 'waiting' | 'blocked';

/** Instantaneous events marked on a lane. */
export type TimelineMarkKind = 'drop_request' | 'forced_switch' | 'specialize' | 'deopt';

/** A decoded GIL timeline: times in microseconds from the start of the run. */
export interface Timeline {
  /** Lanes, one per Python thread that ran. */
  threads: { index: number; name: string }[];
  spans: { thread: number; activity: ThreadActivity; start_us: number; end_us: number }[];
  marks: { thread: number; kind: TimelineMarkKind; t_us: number; detail: string }[];
  /** End of the run, microseconds. */
  end_us: number;
  /** Events the recorder had no room for (the timeline is then cut short). */
  dropped: number;
}
