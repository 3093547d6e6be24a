/**
 * `gilvm study`: runs the GIL workloads (workloads/*.py) over a matrix of policies,
 * switch intervals and CPU-bound thread counts, under gilvm and, with --compare-cpython,
 * under a real CPython, the same script each time, and writes results.json, results.csv
 * and report.html (charts, findings, the GIL timeline of one convoy run).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release } from 'node:os';
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import { PACKAGE_ROOT } from '../../root.js';
import { runImage } from '../../host/run.js';
import { writeTimeline } from '../timeline.js';
import { renderStudyReport } from './report.js';
import { STUDY_COLUMNS, type StudyRow, type Timeline, type Workload } from './schema.js';

const ROOT = PACKAGE_ROOT;
const GILVM = join(ROOT, 'bin', 'gilvm.js');
const workloadFile = (w: Workload) => join(ROOT, 'workloads', `${w}.py`);

export interface StudyOptions {
  quick: boolean;
  workloads: Workload[];
  policies: string[];
  intervals: number[];
  /** cpu: the thread counts measured. convoy and handoff take their bystanders from CONVOY_BYSTANDERS / HANDOFF_BYSTANDERS. */
  threads: number[];
  seconds: number;
  repeat: number;
  compareCpython?: string;
  out: string;
  version: string;
}

/** The matrix of --quick (issue 7): small enough for under 3 minutes, and still every finding. */
export const QUICK = {
  workloads: ['cpu', 'convoy', 'handoff'] as Workload[],
  policies: ['cpython', 'io-priority', 'legacy'],
  cpuIntervals: [0.001, 0.005, 0.02],
  otherIntervals: [0.005],
  threads: [1, 2],
};

const BYSTANDERS: Record<Workload, (o: StudyOptions) => number[]> = {
  cpu: (o) => o.threads,
  convoy: (o) => (o.quick ? [0, 1] : [0, 1, 2]),
  handoff: () => [0, 1],
};

/** One run of a workload: who runs it, and with what. */
interface Cell {
  runtime: 'gilvm' | 'cpython';
  policy: string | null;
  workload: Workload;
  interval: number;
  cpuThreads: number;
}

function cells(o: StudyOptions): Cell[] {
  const out: Cell[] = [];
  for (const workload of o.workloads) {
    const intervals = o.quick ? (workload === 'cpu' ? QUICK.cpuIntervals : QUICK.otherIntervals) : o.intervals;
    for (const interval of intervals) {
      for (const cpuThreads of BYSTANDERS[workload](o)) {
        for (const policy of o.policies) out.push({ runtime: 'gilvm', policy, workload, interval, cpuThreads });
        if (o.compareCpython !== undefined) out.push({ runtime: 'cpython', policy: null, workload, interval, cpuThreads });
      }
    }
  }
  return out;
}

const describe = (c: Cell) =>
  `${c.runtime === 'gilvm' ? `gilvm ${c.policy}` : 'CPython'} ${c.workload} at ${c.interval * 1000} ms, ${c.cpuThreads} CPU thread${c.cpuThreads === 1 ? '' : 's'}`;

/** The key=value pairs a workload printed on its last line ("nan" reads as null). */
export function parseMeasures(stdout: string): Record<string, number | null> {
  const last = stdout.trim().split('\n').pop() ?? '';
  const out: Record<string, number | null> = {};
  for (const pair of last.split(/\s+/)) {
    const [key, value] = pair.split('=');
    if (value === undefined) continue;
    const n = Number(value);
    out[key] = Number.isFinite(n) ? n : null;
  }
  return out;
}

/** The running child, so that Ctrl-C can stop it. */
let current: ReturnType<typeof spawn> | undefined;

function runCell(c: Cell, o: StudyOptions): Promise<Record<string, number | null>> {
  const args = [workloadFile(c.workload), String(c.interval), String(c.cpuThreads), String(o.seconds)];
  const [cmd, argv] = c.runtime === 'gilvm'
    ? [process.execPath, [GILVM, 'run', '--gil-policy', c.policy!, '--switch-interval', String(c.interval), '--timeout', String(o.seconds * 4 + 30), ...args]]
    : [o.compareCpython!, args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      current = undefined;
      if (code === 0) resolve(parseMeasures(stdout));
      else reject(new Error(`${describe(c)}: exit ${code ?? signal}\n${stderr.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s.length % 2 === 1 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The medians of a cell's repeats, as study rows (handoff gives one row per primitive). */
function rowsOf(c: Cell, repeats: Record<string, number | null>[], version: string): StudyRow[] {
  const m = (key: string) => median(repeats.map((r) => r[key]).filter((v): v is number => v !== null && v !== undefined));
  const base: StudyRow = {
    runtime: c.runtime, version, workload: c.workload, policy: c.policy, interval_s: c.interval, cpu_threads: c.cpuThreads,
    threads: c.cpuThreads + (c.workload === 'cpu' ? 1 : 2), primitive: null, repeats: repeats.length,
    io_ops_s: null, latency_p50_us: null, latency_p99_us: null, iters_s: null, throughput_rel: null, switches_s: null,
    hold_ms_p50: null, wait_ms_max: null, jain: null, rtt_mean_us: null, rtt_p50_us: null,
  };
  switch (c.workload) {
    case 'cpu':
      return [{ ...base, iters_s: m('iters_s'), switches_s: m('switches_s'), hold_ms_p50: m('hold_ms_p50'), wait_ms_max: m('wait_ms_max'), jain: m('jain') }];
    case 'convoy':
      return [{ ...base, io_ops_s: m('io_ops_s'), latency_p50_us: m('latency_p50_us'), latency_p99_us: m('latency_p99_us') }];
    case 'handoff':
      return ['lock', 'event'].map((p) => ({ ...base, primitive: p, rtt_mean_us: m(`${p}_rtt_mean_us`), rtt_p50_us: m(`${p}_rtt_p50_us`) }));
  }
}

/** cpu rows: throughput against one thread of the same runtime, policy and interval. */
function fillThroughput(rows: StudyRow[]): void {
  for (const r of rows) {
    if (r.workload !== 'cpu' || r.iters_s === null) continue;
    const one = rows.find((b) => b.workload === 'cpu' && b.runtime === r.runtime && b.policy === r.policy &&
      b.interval_s === r.interval_s && b.cpu_threads === 1);
    r.throughput_rel = one?.iters_s ? r.iters_s / one.iters_s : null;
  }
}

const csvCell = (v: unknown) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

function toCsv(rows: StudyRow[]): string {
  return [STUDY_COLUMNS.join(','), ...rows.map((r) => STUDY_COLUMNS.map((k) => csvCell(r[k])).join(','))].join('\n') + '\n';
}

const find = (rows: StudyRow[], q: Partial<StudyRow>) =>
  rows.find((r) => Object.entries(q).every(([k, v]) => r[k as keyof StudyRow] === v));
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));

/** The sentences the report leads with, computed from the rows (only those the rows support). */
export function findings(rows: StudyRow[]): string[] {
  const out: string[] = [];
  const convoy = (q: Partial<StudyRow>) => find(rows, { workload: 'convoy', interval_s: 0.005, ...q })?.io_ops_s ?? null;
  const alone = convoy({ runtime: 'gilvm', policy: 'cpython', cpu_threads: 0 });
  const crowded = convoy({ runtime: 'gilvm', policy: 'cpython', cpu_threads: 1 });
  if (alone !== null && crowded !== null && crowded > 0) {
    out.push(`Convoy, gilvm's cpython policy at 5 ms: ${fmt(alone)} echo round trips/s alone, ${fmt(crowded)} next to one CPU-bound thread: ${fmt(alone / crowded)}x lower.`);
  }
  const io = convoy({ runtime: 'gilvm', policy: 'io-priority', cpu_threads: 1 });
  if (io !== null && crowded !== null && crowded > 0) {
    const ioAlone = convoy({ runtime: 'gilvm', policy: 'io-priority', cpu_threads: 0 });
    out.push(`io-priority next to one CPU-bound thread: ${fmt(io)} round trips/s, ${fmt(io / crowded)}x the cpython policy's` +
      (ioAlone ? `, ${fmt((100 * io) / ioAlone)}% of its own rate alone.` : '.'));
  }
  const cpAlone = convoy({ runtime: 'cpython', cpu_threads: 0 });
  const cpCrowded = convoy({ runtime: 'cpython', cpu_threads: 1 });
  if (cpAlone !== null && cpCrowded !== null && cpCrowded > 0) {
    out.push(`CPython (${find(rows, { runtime: 'cpython' })!.version}) on the same convoy: ${fmt(cpAlone)} alone, ${fmt(cpCrowded)} next to one CPU-bound thread: ${fmt(cpAlone / cpCrowded)}x lower.`);
  }
  const battle = find(rows, { workload: 'cpu', runtime: 'gilvm', policy: 'legacy', interval_s: 0.005, cpu_threads: 2 });
  const modern = find(rows, { workload: 'cpu', runtime: 'gilvm', policy: 'cpython', interval_s: 0.005, cpu_threads: 2 });
  if (battle?.throughput_rel && modern?.throughput_rel) {
    out.push(`The GIL battle: two CPU-bound threads under legacy (release and re-take every 100 instructions) run at ${fmt(battle.throughput_rel)} ` +
      `of one thread's speed, against ${fmt(modern.throughput_rel)} under cpython; ${fmt(battle.switches_s ?? 0)} switches/s against ${fmt(modern.switches_s ?? 0)}.`);
  }
  for (const interval of [0.001, 0.005, 0.02]) {
    const g = find(rows, { workload: 'cpu', runtime: 'gilvm', policy: 'cpython', interval_s: interval, cpu_threads: 2 });
    const c = find(rows, { workload: 'cpu', runtime: 'cpython', interval_s: interval, cpu_threads: 2 });
    if (g?.switches_s && c?.switches_s) out.push(`Two CPU-bound threads at ${interval * 1000} ms: ${fmt(g.switches_s)} switches/s in gilvm, ${fmt(c.switches_s)} in CPython.`);
  }
  return out;
}

function pythonVersion(python: string): string {
  return 'CPython ' + execFileSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).trim();
}

/** The GIL timeline of one convoy run: gilvm's cpython policy, one CPU-bound thread, 5 ms. */
async function convoyTimeline(o: StudyOptions): Promise<Timeline | null> {
  let timeline: Timeline | null = null;
  const quiet = { stdout: async () => {}, stderr: async () => {} };
  await runImage({ gilPolicy: 'cpython', switchInterval: 0.005, output: quiet, timeoutSeconds: 30, onTimeline: (t) => { timeline = t; } },
    [{ script: workloadFile('convoy'), args: ['0.005', '1', String(Math.min(o.seconds, 1))] }]);
  return timeline;
}

export async function runStudy(o: StudyOptions, command: string): Promise<number> {
  mkdirSync(o.out, { recursive: true });
  const matrix = cells(o);
  const cpythonVersion = o.compareCpython !== undefined ? pythonVersion(o.compareCpython) : undefined;
  const version = (c: Cell) => (c.runtime === 'gilvm' ? `gilvm ${o.version}` : cpythonVersion!);
  const runs = matrix.length * o.repeat;
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'study {bar} {value}/{total} runs, eta {eta_formatted} | {what}', hideCursor: true, etaBuffer: 20 }) : undefined;
  bar?.start(runs + 1, 0, { what: '' });
  let stopped = false;
  const onSigint = () => {
    stopped = true;
    current?.kill('SIGKILL');
  };
  process.on('SIGINT', onSigint);
  const rows: StudyRow[] = [];
  let done = 0;
  let failures = 0;
  try {
    for (const c of matrix) {
      const repeats: Record<string, number | null>[] = [];
      for (let r = 0; r < o.repeat && !stopped; r++) {
        bar?.update(done, { what: describe(c) });
        try {
          repeats.push(await runCell(c, o));
        } catch (e) {
          if (stopped) break;
          failures++;
          bar?.stop();
          process.stderr.write(`gilvm study: ${(e as Error).message}\n`);
          bar?.start(runs + 1, done, { what: '' });
        }
        done++;
        if (bar === undefined) process.stderr.write(`[${done}/${runs}] ${describe(c)}\n`);
      }
      if (repeats.length > 0) rows.push(...rowsOf(c, repeats, version(c)));
      if (stopped) break;
    }
    fillThroughput(rows);
    bar?.update(done, { what: 'the GIL timeline of a convoy run' });
    const timeline = stopped || !o.workloads.includes('convoy') ? null : await convoyTimeline(o);
    if (timeline !== null) await writeTimeline(join(o.out, 'timeline-convoy.json'), timeline, '');
    bar?.update(runs + 1, { what: 'done' });
    bar?.stop();
    writeFileSync(join(o.out, 'results.json'), JSON.stringify(rows, null, 2) + '\n');
    writeFileSync(join(o.out, 'results.csv'), toCsv(rows));
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Linux ${release()}`;
    const html = await renderStudyReport(rows, {
      title: 'gilvm study: the GIL under its policies' + (cpythonVersion ? ` and ${cpythonVersion}` : ''),
      machine, versions: [`gilvm ${o.version}`, `Node.js ${process.version}`, ...(cpythonVersion ? [cpythonVersion] : [])],
      command, date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC', findings: findings(rows),
    }, timeline);
    writeFileSync(join(o.out, 'report.html'), html);
    process.stderr.write(`gilvm study: ${rows.length} rows${stopped ? ' (interrupted: what was done is kept)' : ''} in ${o.out}/ (results.json, results.csv, report.html)\n`);
    for (const f of findings(rows)) process.stdout.write(`- ${f}\n`);
    return stopped ? 130 : failures > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
