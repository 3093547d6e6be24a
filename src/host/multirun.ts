/**
 * `gilvm run a.py b.py ...`: several scripts in one command. `--isolated`: each script
 * gets its own image and GIL and its own workers (like per-interpreter GILs), so they run
 * in parallel on the machine's cores; at most `--jobs` at once, the rest queue on an
 * async-mutex Semaphore. Each script's output is kept apart (grouped, prefixed or in
 * files), and a summary compares the total wall time with the sum of the scripts'.
 * One script's failure, timeout or deadlock ends only that script (its own image).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Semaphore } from 'async-mutex';
import { runScript, type RunOptions } from './run.js';
import type { OutputSinks } from './output.js';
import type { RunStats } from './stats.js';

export type OutputMode = 'grouped' | 'prefix' | 'files';
export const OUTPUT_MODES: readonly OutputMode[] = ['grouped', 'prefix', 'files'];

export interface MultiRunOptions extends Omit<RunOptions, 'script' | 'output' | 'onStats' | 'statsFile'> {
  scripts: string[];
  jobs?: number;
  output: OutputMode;
  /** For `--output files`. */
  outputDir?: string;
  statsFile?: string;
}

interface ScriptResult {
  script: string;
  status: number;
  wall_s: number;
  instructions: number;
  gil_wait_s: number;
  stats?: RunStats;
}

/** Expands `*` and `?` in a script's file name (shells usually do it; quoted globs reach us). */
export function expandScripts(patterns: string[]): string[] {
  return patterns.flatMap((p) => {
    const name = basename(p);
    if (!/[*?]/.test(name)) return [p];
    const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    const dir = dirname(p);
    let entries: string[] = [];
    try {
      entries = readdirSync(dir).filter((f) => re.test(f)).sort();
    } catch {
      // A pattern that matches nothing stays as it is, and its run reports the missing file.
    }
    return entries.length > 0 ? entries.map((f) => (dir === '.' && !p.startsWith('./') ? f : join(dir, f))) : [p];
  });
}

/** Display names: the file names, with the folder when two scripts share a name. */
function labels(scripts: string[]): string[] {
  return scripts.map((s) => (scripts.filter((t) => basename(t) === basename(s)).length > 1 ? s : basename(s)));
}

/** Line-buffered writer that puts `[name] ` before every line, for `--output prefix`. */
function prefixer(name: string, write: (text: string) => void): { sink: (b: Uint8Array) => void; flush: () => void } {
  let pending = '';
  return {
    sink: (b) => {
      const lines = (pending + Buffer.from(b).toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) write(`[${name}] ${line}\n`);
    },
    flush: () => {
      if (pending !== '') write(`[${name}] ${pending}\n`);
      pending = '';
    },
  };
}

export async function runScripts(o: MultiRunOptions): Promise<number> {
  // Each run reports its statistics back; only the combined file is written.
  const { statsFile: _combined, ...perScript } = o;
  const scripts = expandScripts(o.scripts);
  const names = labels(scripts);
  const jobs = o.jobs ?? availableParallelism();
  const limit = new Semaphore(jobs);
  const started = performance.now();
  if (o.output === 'files') mkdirSync(o.outputDir!, { recursive: true });
  const results = await Promise.all(scripts.map((script, k) => limit.runExclusive(async (): Promise<ScriptResult> => {
    const name = names[k];
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const toStdout = prefixer(name, (t) => process.stdout.write(t));
    const toStderr = prefixer(name, (t) => process.stderr.write(t));
    const sinks: OutputSinks = o.output === 'prefix'
      ? { stdout: toStdout.sink, stderr: toStderr.sink }
      : { stdout: (b) => { out.push(Buffer.from(b)); }, stderr: (b) => { err.push(Buffer.from(b)); } };
    let stats: RunStats | undefined;
    const t0 = performance.now();
    const status = await runScript({ ...perScript, script, output: sinks, onStats: (s) => { stats = s; } });
    const wall = (performance.now() - t0) / 1000;
    toStdout.flush();
    toStderr.flush();
    if (o.output === 'grouped') {
      process.stdout.write(`==> ${name} (exit ${status}) <==\n`);
      process.stdout.write(Buffer.concat(out));
      process.stderr.write(Buffer.concat(err));
    } else if (o.output === 'files') {
      writeFileSync(join(o.outputDir!, `${name.replace(/[/\\]/g, '_')}.stdout`), Buffer.concat(out));
      writeFileSync(join(o.outputDir!, `${name.replace(/[/\\]/g, '_')}.stderr`), Buffer.concat(err));
    }
    const threads = stats?.threads ?? [];
    return {
      script: name, status, wall_s: wall, stats,
      instructions: threads.reduce((n, t) => n + t.instructions, 0),
      gil_wait_s: threads.reduce((n, t) => n + t.gil_wait_s, 0),
    };
  })));
  const total = (performance.now() - started) / 1000;
  process.stderr.write(summary(results, total, jobs));
  if (o.statsFile !== undefined) {
    const sum = results.reduce((n, r) => n + r.wall_s, 0);
    writeFileSync(o.statsFile, JSON.stringify({
      mode: 'isolated', jobs, wall_s: total, sum_wall_s: sum,
      instructions: results.reduce((n, r) => n + r.instructions, 0),
      scripts: results.map((r) => ({ script: r.script, status: r.status, wall_s: r.wall_s, stats: r.stats ?? null })),
    }, null, 2) + '\n');
  }
  return results.reduce((worst, r) => Math.max(worst, r.status), 0);
}

function summary(results: ScriptResult[], total: number, jobs: number): string {
  const width = Math.max(6, ...results.map((r) => r.script.length));
  const row = (cells: string[]) => `${cells[0].padEnd(width)}  ${cells.slice(1).map((c) => c.padStart(12)).join('  ')}\n`;
  let text = '\n' + row(['script', 'exit status', 'wall s', 'instructions', 'GIL wait s']);
  text += row(['-'.repeat(width), ...Array(4).fill('-'.repeat(12))]);
  for (const r of results) text += row([r.script, String(r.status), r.wall_s.toFixed(2), String(r.instructions), r.gil_wait_s.toFixed(3)]);
  const sum = results.reduce((n, r) => n + r.wall_s, 0);
  text += `${results.length} scripts, isolated (one image and GIL each), --jobs ${jobs}: ${total.toFixed(2)} s in all against ` +
    `${sum.toFixed(2)} s summed over the scripts: ${(sum / total).toFixed(2)}x\n`;
  return text;
}
