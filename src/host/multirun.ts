/**
 * `gilvm run a.py b.py ...`: several scripts in one command.
 * - `--shared` (the default): the scripts run as separate `__main__` modules, each in its
 *   own thread, in ONE image under ONE GIL (like threads of one interpreter): they take
 *   turns, and the statistics show how they shared the GIL. Output records carry the
 *   writing thread's script (TS_SCRIPT), so each script's output is kept apart.
 * - `--isolated`: each script gets its own image and GIL and its own workers (like
 *   per-interpreter GILs), so they run in parallel on the machine's cores; at most
 *   `--jobs` at once, the rest queue on an async-mutex Semaphore.
 * Output is grouped, prefixed or written to files; a summary compares the total wall time
 * with the sum of the scripts'. A script's failure ends only that script; a deadlock or
 * timeout ends only its image's scripts that were still running.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Semaphore } from 'async-mutex';
import { checkScript, runImage, runScript, type RunOptions } from './run.js';
import type { RunStats } from './stats.js';

export type OutputMode = 'grouped' | 'prefix' | 'files';
export const OUTPUT_MODES: readonly OutputMode[] = ['grouped', 'prefix', 'files'];

export interface MultiRunOptions extends Omit<RunOptions, 'script' | 'output' | 'onStats' | 'statsFile'> {
  scripts: string[];
  /** One image and GIL for all the scripts (default), or one each. */
  isolated: boolean;
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

/** Keeps each script's output: grouped (printed when the script ends), prefixed (as it comes) or for files. */
class ScriptOutput {
  private readonly out: Buffer[] = [];
  private readonly err: Buffer[] = [];
  private readonly prefixedOut: ReturnType<typeof prefixer>;
  private readonly prefixedErr: ReturnType<typeof prefixer>;

  constructor(private readonly name: string, private readonly mode: OutputMode, private readonly dir?: string) {
    this.prefixedOut = prefixer(name, (t) => process.stdout.write(t));
    this.prefixedErr = prefixer(name, (t) => process.stderr.write(t));
  }

  stdout(b: Uint8Array): void {
    if (this.mode === 'prefix') this.prefixedOut.sink(b);
    else this.out.push(Buffer.from(b));
  }

  stderr(b: Uint8Array): void {
    if (this.mode === 'prefix') this.prefixedErr.sink(b);
    else this.err.push(Buffer.from(b));
  }

  /** The script ended with `status`. */
  end(status: number): void {
    this.prefixedOut.flush();
    this.prefixedErr.flush();
    if (this.mode === 'grouped') {
      process.stdout.write(`==> ${this.name} (exit ${status}) <==\n`);
      process.stdout.write(Buffer.concat(this.out));
      process.stderr.write(Buffer.concat(this.err));
    } else if (this.mode === 'files') {
      const file = join(this.dir!, this.name.replace(/[/\\]/g, '_'));
      writeFileSync(`${file}.stdout`, Buffer.concat(this.out));
      writeFileSync(`${file}.stderr`, Buffer.concat(this.err));
    }
  }
}

function result(script: string, status: number, wall: number, stats: RunStats | undefined, index: number): ScriptResult {
  const threads = (stats?.threads ?? []).filter((t) => t.script === index);
  return {
    script, status, wall_s: wall, stats,
    instructions: threads.reduce((n, t) => n + t.instructions, 0),
    gil_wait_s: threads.reduce((n, t) => n + t.gil_wait_s, 0),
  };
}

export async function runScripts(o: MultiRunOptions): Promise<number> {
  // Each run reports its statistics back; only the combined file is written.
  const { statsFile: _combined, ...perScript } = o;
  const scripts = expandScripts(o.scripts);
  const names = labels(scripts);
  const jobs = o.jobs ?? (o.isolated ? availableParallelism() : scripts.length);
  const started = performance.now();
  if (o.output === 'files') mkdirSync(o.outputDir!, { recursive: true });
  const outputs = names.map((name) => new ScriptOutput(name, o.output, o.outputDir));
  let results: ScriptResult[];
  if (o.isolated) {
    const limit = new Semaphore(jobs);
    results = await Promise.all(scripts.map((script, k) => limit.runExclusive(async () => {
      let stats: RunStats | undefined;
      const t0 = performance.now();
      const status = await runScript({
        ...perScript, script,
        output: { stdout: (b) => outputs[k].stdout(b), stderr: (b) => outputs[k].stderr(b) },
        onStats: (s) => { stats = s; },
      });
      outputs[k].end(status);
      return result(names[k], status, (performance.now() - t0) / 1000, stats, 0);
    })));
  } else {
    // A script that cannot start (missing, not UTF-8) fails alone; the others share the image.
    const early = scripts.map((script) => checkScript(script));
    const runnable = scripts.map((_, k) => k).filter((k) => early[k] === 0);
    const ended = await runImage({
      ...perScript,
      output: { stdout: (b, j) => outputs[runnable[j]].stdout(b), stderr: (b, j) => outputs[runnable[j]].stderr(b) },
      onStats: () => {},
    }, runnable.map((k) => ({ script: scripts[k], args: o.args })), jobs);
    results = scripts.map((_, k) => {
      const j = runnable.indexOf(k);
      const status = j < 0 ? early[k] : ended[j].status;
      outputs[k].end(status);
      return result(names[k], status, j < 0 ? 0 : ended[j].wall_s, j < 0 ? undefined : ended[j].stats, j);
    });
  }
  const total = (performance.now() - started) / 1000;
  process.stderr.write(summary(results, total, o.isolated ? `isolated (one image and GIL each), --jobs ${jobs}` : 'shared (one image, one GIL)'));
  if (o.statsFile !== undefined) {
    const sum = results.reduce((n, r) => n + r.wall_s, 0);
    writeFileSync(o.statsFile, JSON.stringify({
      mode: o.isolated ? 'isolated' : 'shared', jobs, wall_s: total, sum_wall_s: sum,
      instructions: results.reduce((n, r) => n + r.instructions, 0),
      scripts: results.map((r) => ({ script: r.script, status: r.status, wall_s: r.wall_s, instructions: r.instructions, gil_wait_s: r.gil_wait_s })),
      // Shared: one image, so one set of statistics for all; isolated: one per script.
      ...(o.isolated ? { runs: results.map((r) => r.stats ?? null) } : { run: results[0]?.stats ?? null }),
    }, null, 2) + '\n');
  }
  return results.reduce((worst, r) => Math.max(worst, r.status), 0);
}

function summary(results: ScriptResult[], total: number, how: string): string {
  const width = Math.max(6, ...results.map((r) => r.script.length));
  const row = (cells: string[]) => `${cells[0].padEnd(width)}  ${cells.slice(1).map((c) => c.padStart(12)).join('  ')}\n`;
  let text = '\n' + row(['script', 'exit status', 'wall s', 'instructions', 'GIL wait s']);
  text += row(['-'.repeat(width), ...Array(4).fill('-'.repeat(12))]);
  for (const r of results) text += row([r.script, String(r.status), r.wall_s.toFixed(2), String(r.instructions), r.gil_wait_s.toFixed(3)]);
  const sum = results.reduce((n, r) => n + r.wall_s, 0);
  text += `${results.length} scripts, ${how}: ${total.toFixed(2)} s in all against ` +
    `${sum.toFixed(2)} s summed over the scripts: ${(sum / total).toFixed(2)}x\n`;
  return text;
}
