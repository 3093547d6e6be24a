/**
 * `profile.json`, the file `gilvm profile` writes, in one place. The report (report.ts)
 * and `--warm-start` read it.
 */
import type { RunStats } from '../../host/stats.js';

export const PROFILE_FORMAT = 1;

/** One instruction of an adaptive family (one that has an adaptive counter) that ran. */
export interface ProfileSite {
  file: string;
  /** The code object's qualified name and first line: with `unit`, the site's name across runs. */
  code: string;
  first_line: number;
  /** The instruction's code unit (CPython's offset is twice this). */
  unit: number;
  line: number;
  end_line: number;
  col: number;
  end_col: number;
  family: string;
  /** The opcode the run left there: a specialized form, or the family's generic form. */
  final_form: string;
  executions: number;
  /** Executions of a specialized form whose guards held. */
  hits: number;
  misses: number;
  /** Executions of the generic form after the last specialization attempt failed. */
  failed: number;
  /** The other executions of the generic form: warming up, or waiting to re-specialize after a deopt. */
  adaptive: number;
  successes: number;
  failures: number;
  deopts: number;
  /** The last failure's SPEC_FAIL kind (without the prefix), if any attempt failed. */
  failure_kind: string | null;
  forms: { name: string; executions: number; misses: number }[];
  /** Executions of specialized forms beyond the three kept per site. */
  other_forms: number;
  /** The operand types the specializer looks at (first, and second for binary forms), by executions. */
  types: { types: string; executions: number }[];
  /** Executions whose operand types are beyond the four kinds kept per site. */
  other_types: number;
}

export type ProfileEventKind = 'specialize' | 'respecialize' | 'failure' | 'deopt';

export interface ProfileEvent {
  t_ms: number;
  thread: number;
  /** The thread's instruction count at the event. */
  instructions: number;
  kind: ProfileEventKind;
  /** Index into `sites`, or -1 for a site of a code object that was not profiled or no longer exists. */
  site: number;
  /** specialize, respecialize, deopt: the specialized form; failure: the SPEC_FAIL kind. */
  detail: string;
  /** deopt: the misses since the site was specialized. */
  misses?: number;
}

/** A thread's running totals at one moment (cumulative since the start). */
export interface ProfileSample {
  t_ms: number;
  thread: number;
  instructions: number;
  /** Executions of adaptive families, and of their specialized forms (misses included), and misses. */
  adaptive: number;
  specialized: number;
  misses: number;
}

export interface Profile {
  format: number;
  script: string;
  argv: string[];
  status: number;
  wall_s: number;
  threads: { index: number; name: string }[];
  sites: ProfileSite[];
  /** Instruction executions per line: file -> line -> executions. */
  lines: Record<string, Record<string, number>>;
  /** Executions of instructions that belong to no line (a module's RESUME, compiler-made cleanup code), as in co_lines. */
  unlined_instructions: number;
  events: ProfileEvent[];
  samples: ProfileSample[];
  /** Events that did not fit in the log, and code objects that got no record. */
  dropped_events: number;
  unprofiled_codes: number;
  stats: RunStats;
}
