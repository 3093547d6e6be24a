/**
 * `gilvm stress script.py --runs N`: the race finder. It runs a user's threaded script N
 * times under the seeded scheduler (src/gil/seeded.ts), seed S, S+1, ..., each on its own
 * image, groups the runs by outcome (exit status, stdout, stderr) and prints a histogram
 * with the first seed of each outcome: more than one outcome means the result depends on
 * the schedule, i.e. a race. `--replay SEED` runs one schedule again, exactly.
 */
import { Semaphore } from 'async-mutex';
import { SingleBar } from 'cli-progress';
import { runScript } from '../host/run.js';
import type { SeededSettings, Schedule, SchedulePoints } from '../gil/seeded.js';
import { EXIT_DEADLOCK } from '../host/deadlock.js';

export interface RaceOptions {
  script: string;
  args: string[];
  runs: number;
  seed: number;
  jobs: number;
  schedule: Schedule;
  points: SchedulePoints;
  /** Per run; a run that takes longer counts as a timeout outcome. */
  timeoutSeconds: number;
}

export interface RunOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

export interface OutcomeGroup extends RunOutcome {
  count: number;
  seeds: number[];
}

export interface RaceReport {
  script: string;
  runs: number;
  schedule: Schedule;
  points: SchedulePoints;
  outcomes: OutcomeGroup[];
  elapsed_s: number;
}

/** Runs the script once under the schedule of `seed`, capturing everything it prints. */
export async function runSeeded(o: RaceOptions, seed: number): Promise<RunOutcome> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const status = await runScript({
    script: o.script, args: o.args, timeoutSeconds: o.timeoutSeconds,
    seeded: settings(o, seed),
    output: { stdout: (b) => { out.push(Buffer.from(b)); }, stderr: (b) => { err.push(Buffer.from(b)); } },
  });
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

export function settings(o: Pick<RaceOptions, 'schedule' | 'points'>, seed: number): SeededSettings {
  return { schedule: o.schedule, points: o.points, seed };
}

export async function findRaces(o: RaceOptions): Promise<RaceReport> {
  const started = performance.now();
  const groups = new Map<string, OutcomeGroup>();
  const limit = new Semaphore(o.jobs);
  // On a terminal only: a report piped to a file or another program gets no bar lines.
  const bar = process.stdout.isTTY && process.stderr.isTTY ? new SingleBar({ format: 'stress {bar} {value}/{total} runs, {outcomes} outcome(s), eta {eta}s', hideCursor: true }) : undefined;
  bar?.start(o.runs, 0, { outcomes: 0 });
  await Promise.all(Array.from({ length: o.runs }, (_, k) => limit.runExclusive(async () => {
    const seed = o.seed + k;
    const outcome = await runSeeded(o, seed);
    const key = JSON.stringify([outcome.status, outcome.stdout, outcome.stderr]);
    const group = groups.get(key) ?? { ...outcome, count: 0, seeds: [] };
    group.count++;
    group.seeds.push(seed);
    groups.set(key, group);
    bar?.increment(1, { outcomes: groups.size });
  })));
  bar?.stop();
  const outcomes = [...groups.values()].map((g) => ({ ...g, seeds: g.seeds.sort((a, b) => a - b) }));
  outcomes.sort((a, b) => b.count - a.count || a.seeds[0] - b.seeds[0]);
  return { script: o.script, runs: o.runs, schedule: o.schedule, points: o.points, outcomes, elapsed_s: (performance.now() - started) / 1000 };
}

function describeStatus(status: number): string {
  if (status === EXIT_DEADLOCK) return 'deadlock (exit 4)';
  if (status === 142) return 'timeout (exit 142)';
  return `exit ${status}`;
}

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1] : '';
}

/** A one-line view of an outcome: status, the end of stdout, the last line of stderr. */
function summary(g: RunOutcome): string {
  const out = g.stdout.trim().split('\n');
  const shown = out.length > 3 ? `... ${out.slice(-3).join(' | ')}` : out.join(' | ');
  const err = lastLine(g.stderr);
  return `${describeStatus(g.status)}; stdout: ${shown === '' ? '(none)' : shown}${err !== '' ? `; stderr: ${err}` : ''}`;
}

const SHOWN_OUTCOMES = 12;

export function formatRaceReport(r: RaceReport, replayHint: string): string {
  const lines: string[] = [];
  lines.push(`gilvm stress ${r.script}: ${r.runs} runs, schedule ${r.schedule}, preemption at every ${r.points === 'instruction' ? 'instruction' : 'eval-breaker check point'} (${r.elapsed_s.toFixed(1)} s, ${(r.runs / r.elapsed_s).toFixed(1)} runs/s)`);
  lines.push('');
  lines.push(`${'count'.padStart(7)}  ${'first seed'.padStart(10)}  outcome`);
  lines.push(`${'-'.repeat(7)}  ${'-'.repeat(10)}  -------`);
  for (const g of r.outcomes.slice(0, SHOWN_OUTCOMES)) lines.push(`${String(g.count).padStart(7)}  ${String(g.seeds[0]).padStart(10)}  ${summary(g)}`);
  if (r.outcomes.length > SHOWN_OUTCOMES) lines.push(`${' '.repeat(19)}  ... and ${r.outcomes.length - SHOWN_OUTCOMES} more outcomes (--json lists them all)`);
  lines.push('');
  if (r.outcomes.length === 1) {
    lines.push(`1 distinct outcome in ${r.runs} runs: no schedule-dependent result found.`);
  } else {
    lines.push(`${r.outcomes.length} distinct outcomes in ${r.runs} runs: the result depends on the schedule (a race).`);
    lines.push(`Replay one: ${replayHint.replace('SEED', String(r.outcomes[r.outcomes.length - 1].seeds[0]))}`);
  }
  return lines.join('\n') + '\n';
}
