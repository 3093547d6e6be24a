/**
 * Running a script: the host builds the image, starts Python's MainThread in a worker
 * from the pool, prints the worker's output in order, and returns the exit status.
 * The Node main thread never runs Python code.
 */
import { statSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { resolve } from 'node:path';
import { Piscina } from 'piscina';
import { packagePath } from '../root.js';
import { Semaphore } from 'async-mutex';
import { createImage } from '../image/create.js';
import {
  EVAL_BREAKER, HDR_BUILD, HDR_MAX_THREADS, IS_EVAL_BREAKER, IS_LAUNCH_REQUESTS, IS_PARKED_IDLE, IS_PARKS_ARRIVED, IS_THREAD_STARTS,
  THREAD_STATE, TS_IDENT, TS_STATE, TS_WAIT_WORD, layoutFor,
} from '../image/layout.js';
import { claimStartingRow, rowLaunchedBy, stopParkedWorkers, threadRow } from '../image/threads.js';
import { OutputDrain, processSinks, type OutputSinks } from './output.js';
import { buildStats, threadName, type RunStats } from './stats.js';
import { EXIT_DEADLOCK, watchForDeadlock } from './deadlock.js';
import { releaseGilOfDeadThread } from '../gil/gil.js';
import type { DisOptions, ResumeTask, RunInstruments, RunMainTask, RunThreadTask, ThreadResult, ThreadTask } from './messages.js';
import type { WarmStartSites } from '../vm/warmstart.js';
import { loadSnapshot, prepareResume, SnapshotError } from '../image/snapshot.js';
import { CPYTHON_312, storeSpecializerSettings, type SpecializerConfig } from '../vm/counters.js';
import { IS_NEXT_THREAD_IDENT, SPECIALIZE, TS_SCRIPT, type GilPolicyName } from '../image/layout.js';
import { storeGilPolicy } from '../gil/policy.js';
import { createEventLog, decodeEventLog } from '../vm/eventlog.js';
import type { Timeline } from '../tools/study/schema.js';
import { storeSeededSettings, type SeededSettings } from '../gil/seeded.js';

export interface RunOptions {
  script: string;
  args: string[];
  imageMiB?: number;
  timeoutSeconds?: number;
  statsFile?: string;
  dis?: DisOptions;
  /** Quicken and specialize (default true; --no-specialize turns it off). */
  specialize?: boolean;
  specializerConfig?: SpecializerConfig;
  /** Check every code-unit write against the GIL holder (--audit). */
  audit?: boolean;
  /** The GIL's switch interval in seconds (default CPython's 0.005). */
  switchInterval?: number;
  /** Run under the seeded scheduler (gilvm stress): every switch decided by the seed. */
  seeded?: SeededSettings;
  /** Where the program's stdout and stderr, and gilvm's own reports, go (default: the process's). */
  output?: OutputSinks;
  /** Receives the run's statistics (as --stats writes them) when the run ends. */
  onStats?: (stats: RunStats) => void;
  /** The GIL policy (default cpython); `seeded` overrides it. */
  gilPolicy?: GilPolicyName;
  /** legacy: instructions between releases (default Python 2's 100). */
  checkInterval?: number;
  /** Record the GIL timeline (--timeline) and hand it over when the run ends. */
  onTimeline?: (timeline: Timeline) => void | Promise<void>;
  /** Record a site profile (gilvm profile; implies statistics). */
  profile?: ProfileRecorder;
  /** --warm-start: sites whose counters start at zero. */
  warmStart?: WarmStartSites;
}

/** What `gilvm profile` hooks into a run: its buffers, and the image once the run has ended. */
export interface ProfileRecorder {
  readonly buffer: SharedArrayBuffer;
  readonly eventLog: SharedArrayBuffer;
  /** While the run goes on: called every few milliseconds. */
  sample(): void;
  /** After every worker has stopped. */
  finish(image: SharedArrayBuffer, stats: RunStats): void | Promise<void>;
}

/** How often a profile samples the threads' totals. */
export const PROFILE_SAMPLE_MS = 10;

/** Slots of the timeline's event log (32 bytes each): about a minute of a busy convoy. */
const EVENT_LOG_SLOTS = 1 << 21;

/** Exit status when --timeout stops a run (128 + SIGALRM), distinct from timeout(1)'s 124. */
export const EXIT_TIMEOUT = 142;
export const EXIT_INTERRUPTED = 130;
/** A gilvm bug: an internal error in the VM, or a worker that died. */
export const EXIT_INTERNAL_ERROR = 70;

const WORKER_FILE = packagePath('dist', 'workers', 'entry.cjs');

/** This gilvm build's id for HDR_BUILD: a CRC-32 of the bundle the workers run (scripts/bundle.js). */
function buildId(): number {
  return crc32(readFileSync(packagePath('dist', 'workers', 'thread.bundle.mjs'))) | 0;
}

/** Checks the script as CPython does before running; returns an exit status, or 0 to go on. */
export function checkScript(path: string): number {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    process.stderr.write(`gilvm: can't open file '${resolve(path)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  if (isDir) {
    process.stderr.write(`gilvm: can't find '__main__' module in '${path}'\n`);
    return 1;
  }
  const bytes = readFileSync(path);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = bytes.findIndex((b) => b >= 0x80);
    const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
    const hex = bytes[bad].toString(16);
    process.stderr.write(`  File "${path}", line ${line}\nSyntaxError: Non-UTF-8 code starting with '\\x${hex}' in file ${path} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`);
    return 1;
  }
  return 0;
}

/**
 * Gives the Python threads that _thread.start_new_thread sets up their workers, by the
 * protocol of src/image/threads.ts: keeps a spare parked worker once the program starts
 * threads, and launches `starting` rows as pool tasks itself while no parked worker is idle.
 */
class ThreadLauncher {
  private readonly I: Int32Array;
  private stopped = false;
  private parksSubmitted = 0;
  private died: (report: string) => void = () => {};
  /** Resolves with a report when a thread's worker dies (the run must stop). */
  readonly death = new Promise<string>((resolve) => {
    this.died = resolve;
  });

  constructor(
    private readonly image: SharedArrayBuffer,
    private readonly instruments: RunInstruments,
    private readonly pool: Piscina<ThreadTask, ThreadResult>,
  ) {
    this.I = new Int32Array(image);
  }

  async watch(): Promise<void> {
    let seen = Atomics.load(this.I, IS_LAUNCH_REQUESTS);
    while (!this.stopped) {
      this.launch();
      const wait = Atomics.waitAsync(this.I, IS_LAUNCH_REQUESTS, seen);
      if (wait.async) await wait.value;
      seen = Atomics.load(this.I, IS_LAUNCH_REQUESTS);
    }
  }

  stop(): void {
    this.stopped = true;
    stopParkedWorkers(this.I);
  }

  private launch(): void {
    const I = this.I;
    if (Atomics.load(I, IS_THREAD_STARTS) === 0) return;
    const parksOnTheirWay = this.parksSubmitted - Atomics.load(I, IS_PARKS_ARRIVED);
    if (Atomics.load(I, IS_PARKED_IDLE) + parksOnTheirWay === 0) this.park();
    if (Atomics.load(I, IS_PARKED_IDLE) !== 0) return;
    for (let index = claimStartingRow(I, 0); index >= 0; index = claimStartingRow(I, 0)) this.run({ kind: 'thread', threadIndex: index });
  }

  /** Runs a thread other than a script's main thread in a new pool task; its worker's death stops the run. */
  run(task: TaskBody<RunThreadTask> | TaskBody<ResumeTask>): void {
    this.pool.run({ ...task, image: this.image, ...this.instruments }).catch((e: unknown) => this.bury(task.threadIndex, e));
  }

  private park(): void {
    const parkId = this.parksSubmitted++;
    this.pool.run({ kind: 'park', image: this.image, ...this.instruments, parkId })
      .catch((e: unknown) => this.bury(rowLaunchedBy(this.I, parkId), e));
  }

  /**
   * A worker died running row `index` (-1: a parked worker between threads): free what
   * the thread held so nobody waits for it for ever (the GIL, its row), and say which
   * thread it was and why. The run stops.
   */
  private bury(index: number, e: unknown): void {
    if (this.stopped) return;
    const I = this.I;
    const why = e instanceof Error ? (process.env.GILVM_DEBUG ? e.stack ?? e.message : e.message) : String(e);
    if (index < 0) return this.died(`gilvm: internal error: a parked worker died: ${why}\n`);
    releaseGilOfDeadThread(I, index);
    const row = threadRow(I, index);
    Atomics.store(I, row + TS_STATE, THREAD_STATE.finished);
    Atomics.notify(I, row + TS_STATE);
    this.died(`gilvm: internal error: the worker running thread ${I[row + TS_IDENT]} died: ${why}\n`);
  }
}

export async function runScript(opts: RunOptions): Promise<number> {
  const early = checkScript(opts.script);
  if (early !== 0) return early;
  const [result] = await runImage(opts, [{ script: opts.script, args: opts.args }]);
  deliverStats(result, opts);
  return result.status;
}

/** One script of a run: script k runs as thread row k of the image (k = 0: the main thread). */
export interface ScriptSpec {
  script: string;
  args: string[];
}

export interface ScriptOutcome {
  status: number;
  /** From the start of the run to the end of the script's main thread. */
  wall_s: number;
  /** The run's statistics (all scripts' threads; ThreadStats.script tells them apart), if asked for. */
  stats?: RunStats;
}

/**
 * Runs scripts in one image under one GIL, each as its own `__main__` in its own thread
 * (gilvm run --shared; one script is a plain run). Resolves with each script's outcome
 * when all have ended; a deadlock, a timeout or a dead worker ends the scripts still
 * running with that status.
 */
export async function runImage(opts: Omit<RunOptions, 'script' | 'args'>, scripts: ScriptSpec[], jobs = scripts.length): Promise<ScriptOutcome[]> {
  const image = createImage(opts.imageMiB ? layoutFor(opts.imageMiB * 1024 * 1024) : {});
  const I = new Int32Array(image);
  I[HDR_BUILD] = buildId();
  const flags = (opts.specialize === false ? 0 : SPECIALIZE.enabled) | (opts.audit === true ? SPECIALIZE.audit : 0) |
    (wantsStats(opts) ? SPECIALIZE.stats : 0);
  storeSpecializerSettings(I, flags, opts.specializerConfig ?? CPYTHON_312);
  storeGilPolicy(I, opts.seeded !== undefined ? 'seeded' : opts.gilPolicy ?? 'cpython', opts.checkInterval);
  if (opts.seeded !== undefined) storeSeededSettings(I, opts.seeded);
  reserveScriptRows(I, scripts.length);
  // CPython names the main script by its absolute path in tracebacks; `python -m dis`
  // shows the path as given.
  const mains = scripts.map((spec, k): TaskBody<RunMainTask> => ({
    kind: 'main', threadIndex: k, path: spec.script, displayName: opts.dis ? spec.script : resolve(spec.script),
    argv: [spec.script, ...spec.args], dis: opts.dis ?? false, switchInterval: opts.switchInterval,
  }));
  return driveImage(image, opts, mains, [], jobs);
}

export type ResumeOptions = Pick<RunOptions, 'timeoutSeconds' | 'statsFile' | 'audit' | 'switchInterval' | 'gilPolicy' |
  'checkInterval' | 'output' | 'onStats' | 'onTimeline'>;

/** Exit status when a snapshot file is refused (the same as a usage error): nothing ran. */
export const EXIT_BAD_SNAPSHOT = 2;

/**
 * `gilvm resume FILE`: continues the program saved by gilvm.snapshot in a new image
 * (src/image/snapshot.ts has the protocol); the run goes on as runImage's does.
 */
export async function resumeSnapshot(file: string, opts: ResumeOptions): Promise<number> {
  let loaded;
  try {
    loaded = loadSnapshot(readFileSync(file), buildId());
  } catch (e) {
    if (!(e instanceof SnapshotError) && (e as NodeJS.ErrnoException).code === undefined) throw e;
    const why = e instanceof SnapshotError ? e.message : `cannot be read: ${(e as Error).message}`;
    (opts.output ?? processSinks).stderr(Buffer.from(`gilvm resume: ${file} ${why}; nothing was run\n`), 0);
    return EXIT_BAD_SNAPSHOT;
  }
  const { image, meta } = loaded;
  const threads = prepareResume(new Int32Array(image), {
    stats: wantsStats(opts), audit: opts.audit === true, gilPolicy: opts.gilPolicy ?? 'cpython',
    checkInterval: opts.checkInterval, switchInterval: opts.switchInterval,
  });
  const [main, ...others] = threads.map((t): TaskBody<ResumeTask> => ({
    kind: 'resume', threadIndex: t.index, holdsGil: t.holdsGil, scriptDirectory: meta.scriptDirectory, sources: meta.sources,
  }));
  const [result] = await driveImage(image, opts, [main], others, 1);
  deliverStats(result, opts);
  return result.status;
}

/** A task as the host builds it, before the run's image and instruments are added. */
type TaskBody<T extends ThreadTask> = Omit<T, 'image' | keyof RunInstruments>;

/** A one-script run's statistics, to --stats FILE and to onStats. */
function deliverStats(result: ScriptOutcome, opts: Pick<RunOptions, 'statsFile' | 'onStats'>): void {
  if (result.stats === undefined) return;
  if (opts.statsFile !== undefined) writeFileSync(opts.statsFile, JSON.stringify(result.stats, null, 2) + '\n');
  opts.onStats?.(result.stats);
}

function wantsStats(opts: Pick<RunOptions, 'statsFile' | 'onStats' | 'profile'>): boolean {
  return opts.statsFile !== undefined || opts.onStats !== undefined || opts.profile !== undefined;
}

/**
 * Runs a prepared image: the scripts' main threads (`mains`, whose outcomes are returned,
 * at most `jobs` at once) and `threads` already in the image (a resumed image's), with the
 * pool, the thread launcher, the output, the deadlock watch, the timeout and Ctrl-C.
 */
async function driveImage(
  image: SharedArrayBuffer, opts: Omit<RunOptions, 'script' | 'args'>, mains: (TaskBody<RunMainTask> | TaskBody<ResumeTask>)[],
  threads: TaskBody<ResumeTask>[], jobs: number,
): Promise<ScriptOutcome[]> {
  const I = new Int32Array(image);
  const pool = new Piscina<ThreadTask, ThreadResult>({
    filename: WORKER_FILE,
    minThreads: 1,
    // One worker per Python thread that can be alive at once, and the spare parked
    // worker with one more on its way: the pool is never the limit.
    maxThreads: I[HDR_MAX_THREADS] + 2,
    idleTimeout: 60_000,
    resourceLimits: { stackSizeMb: 64 },
  });
  const wantStats = wantsStats(opts);
  const eventLog = opts.profile?.eventLog ?? (opts.onTimeline !== undefined ? createEventLog(EVENT_LOG_SLOTS) : undefined);
  const instruments: RunInstruments = { eventLog, profile: opts.profile?.buffer, warmStart: opts.warmStart };
  const sinks = opts.output ?? processSinks;
  const report = (text: string) => sinks.stderr(Buffer.from(text), 0);
  const drain = new OutputDrain(image, sinks);
  const launcher = new ThreadLauncher(image, instruments, pool);
  const sampler = opts.profile === undefined ? undefined : setInterval(() => opts.profile!.sample(), PROFILE_SAMPLE_MS);
  const started = performance.now();
  let interrupted = 0;
  let wakeMain: NodeJS.Timeout | undefined;
  const onSigint = () => {
    interrupted++;
    if (interrupted === 1) {
      Atomics.or(I, IS_EVAL_BREAKER, EVAL_BREAKER.signal);
      // The main thread may be blocked in a lock wait or a sleep: wake it to raise there.
      // It may also be about to block (past its last check, not yet waiting), when a
      // notify is lost, so notify again until it has taken the signal.
      const wake = () => {
        if ((Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.signal) === 0) return clearInterval(wakeMain);
        Atomics.notify(I, Atomics.load(I, threadRow(I, 0) + TS_WAIT_WORD));
      };
      wake();
      wakeMain = setInterval(wake, 10);
    }
    else void pool.destroy();
  };
  process.on('SIGINT', onSigint);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((res) => {
    if (opts.timeoutSeconds !== undefined) timer = setTimeout(() => res('timeout'), opts.timeoutSeconds * 1000);
  });
  const outcomes: (ScriptOutcome | undefined)[] = mains.map(() => undefined);
  // Set once a deadlock, timeout or dead worker ends the run: the tasks the pool then drops
  // get that outcome, not an internal error.
  let stopping = false;
  try {
    void launcher.watch();
    for (const task of threads) launcher.run(task);
    const deadlock = watchForDeadlock(image);
    // At most `jobs` scripts run at once; the others wait in their reserved rows.
    const limit = new Semaphore(jobs);
    const ends = mains.map((task, k) => limit.runExclusive(() => pool.run({ ...task, image, ...instruments })).then(
      (r) => { outcomes[k] = { status: r.status, wall_s: (performance.now() - started) / 1000 }; },
      async (e: unknown) => {
        if (stopping) return;
        if (interrupted <= 1) await report(`gilvm: internal error: the worker failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
        outcomes[k] = { status: interrupted > 1 ? EXIT_INTERRUPTED : EXIT_INTERNAL_ERROR, wall_s: (performance.now() - started) / 1000 };
      }));
    const allEnded = Promise.all(ends).then(() => 'ended' as const);
    const outcome = await Promise.race([
      allEnded, timedOut, deadlock.found.then((text) => ({ deadlock: text })), launcher.death.then((text) => ({ died: text })),
    ]);
    deadlock.stop();
    launcher.stop();
    stopping = outcome !== 'ended';
    let unfinished = 0;
    if (outcome === 'timeout') {
      await pool.destroy();
      await drain.finish();
      await report(`gilvm: timed out after ${opts.timeoutSeconds} s; the run was stopped\n`);
      unfinished = EXIT_TIMEOUT;
    } else if (outcome !== 'ended') {
      await drain.finish();
      await report('deadlock' in outcome ? outcome.deadlock : outcome.died);
      await pool.destroy();
      unfinished = 'deadlock' in outcome ? EXIT_DEADLOCK : EXIT_INTERNAL_ERROR;
    } else {
      await drain.finish();
    }
    clearInterval(sampler);
    const wall = (performance.now() - started) / 1000;
    // After a deadlock or a timeout every thread is blocked or stopped, so the image can be read.
    const stats = wantStats ? buildStats(image, wall) : undefined;
    if (opts.profile !== undefined) await opts.profile.finish(image, stats!);
    if (opts.onTimeline !== undefined) await opts.onTimeline(decodeEventLog(eventLog!, (index) => threadName(image, index), performance.timeOrigin + performance.now()));
    return outcomes.map((o) => ({ ...(o ?? { status: unfinished, wall_s: wall }), stats }));
  } finally {
    if (timer) clearTimeout(timer);
    clearInterval(wakeMain);
    clearInterval(sampler);
    process.off('SIGINT', onSigint);
    await pool.destroy();
  }
}

/**
 * Rows 1.. for the scripts after the first of a shared run: claimed by the host before any
 * thread runs (`launching`, so no parked worker takes them), with their idents and script
 * numbers; row 0 is the first script's main thread, as in a plain run.
 */
function reserveScriptRows(I: Int32Array, count: number): void {
  for (let k = 0; k < count; k++) {
    const row = threadRow(I, k);
    if (k > 0) I[row + TS_STATE] = THREAD_STATE.launching;
    I[row + TS_IDENT] = k + 1;
    I[row + TS_SCRIPT] = k;
  }
  I[IS_NEXT_THREAD_IDENT] = count;
}
