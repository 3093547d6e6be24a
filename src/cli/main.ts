/**
 * The `gilvm` command.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { packagePath } from '../root.js';
import { resumeSnapshot, runScript } from '../host/run.js';
import { OUTPUT_MODES, runScripts, type OutputMode } from '../host/multirun.js';
import { statsCommand } from '../tools/statsreport.js';
import { parseSpecializerConfig, type SpecializerConfig } from '../vm/counters.js';
import { expectationMet, formatStressReport, runVmStress } from '../stress/vmstress.js';
import { STRESS_MODES, type StressMode } from '../stress/tearing.js';
import { findRaces, formatRaceReport, settings } from '../stress/races.js';
import { SCHEDULE_POINTS, SCHEDULES, type Schedule, type SchedulePoints } from '../gil/seeded.js';
import { GIL_POLICIES, MIN_IMAGE_BYTES, type GilPolicyName } from '../image/layout.js';
import { DEFAULT_CHECK_INTERVAL } from '../gil/policy.js';
import { writeTimeline } from '../tools/timeline.js';
import { QUICK, runStudy, type StudyOptions } from '../tools/study/study.js';
import { WORKLOADS, type Workload } from '../tools/study/schema.js';
import type { Timeline } from '../tools/study/schema.js';
import { profileScript, readProfile, warmStartSites } from '../tools/profile/profile.js';
import type { WarmStartSites } from '../vm/warmstart.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function positiveNumber(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${what} must be a positive number`);
    return n;
  };
}

function positiveInteger(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${what} must be a positive integer`);
    return n;
  };
}

const stressMode = (value: string) => choice('--mode', STRESS_MODES)(value);

/** The policies a user may pick (seeded is gilvm stress's own scheduler). */
const USER_GIL_POLICIES = GIL_POLICIES.filter((p) => p !== 'seeded');
type UserGilPolicy = Exclude<GilPolicyName, 'seeded'>;
const gilPolicy = choice('--gil-policy', USER_GIL_POLICIES);
const GIL_POLICY_HELP = 'how threads take turns: cpython (3.2+: drop requests after the switch interval, forced switching), ' +
  'legacy (Python 2: release and re-take every --check-interval instructions), fifo (waiters served in arrival order), ' +
  'io-priority (a thread back from a blocking call goes first, CPU-bound threads served after one interval)';

function specializerConfig(value: string): SpecializerConfig {
  try {
    return parseSpecializerConfig(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function imageSize(value: string): number {
  const n = positiveNumber('--image-size')(value);
  if (n * 1024 * 1024 < MIN_IMAGE_BYTES) throw new InvalidArgumentError(`--image-size must be at least ${MIN_IMAGE_BYTES / 1024 / 1024} (MiB)`);
  return n;
}

function list<T extends string>(what: string, values: readonly T[]) {
  return (value: string): T[] => value.split(',').map((v) => choice(what, values)(v.trim()));
}

function numberList(what: string, integers = false) {
  return (value: string): number[] => value.split(',').map((v) => (integers ? positiveInteger(what) : positiveNumber(what))(v.trim()));
}

/** An option holding a comma-separated list, whose default --help shows as the user would type it. */
function listOption<T>(flags: string, description: string, parse: (value: string) => T[], defaults: T[]): Option {
  return new Option(flags, description).argParser(parse).default(defaults, defaults.join(','));
}

function warmStart(file: string): WarmStartSites {
  try {
    return warmStartSites(readProfile(file));
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function choice<T extends string>(what: string, values: readonly T[]) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`${what} must be one of ${values.join(', ')}`);
    return value as T;
  };
}

interface StressCliOptions {
  mode?: StressMode; threads: number; seconds: number; seed: number; switchInterval: number; json?: boolean;
  runs: number; jobs: number; schedule: Schedule; switchPoints: SchedulePoints; replay?: number; timeout: number;
  gilPolicy?: UserGilPolicy;
}

async function stressCommand(script: string | undefined, args: string[], o: StressCliOptions): Promise<number> {
  if ((script === undefined) === (o.mode === undefined)) {
    process.stderr.write('gilvm stress: give either --mode MODE (the torn-read test) or a script (the race finder)\n');
    return 2;
  }
  const print = (text: string) => process.stdout.write(text);
  if (script !== undefined && o.gilPolicy !== undefined) {
    process.stderr.write('gilvm stress: the race finder schedules threads with its own seeded policy; --gil-policy is for --mode gil\n');
    return 2;
  }
  if (o.mode !== undefined) {
    const report = await runVmStress({ ...o, mode: o.mode, gilPolicy: o.gilPolicy ?? 'cpython' });
    print(o.json === true ? JSON.stringify(report, null, 2) + '\n' : formatStressReport(report, o.switchInterval));
    return expectationMet(report) ? 0 : 1;
  }
  const race = { script: script!, args, runs: o.runs, seed: o.seed, jobs: o.jobs, schedule: o.schedule, points: o.switchPoints, timeoutSeconds: o.timeout };
  if (o.replay !== undefined) return runScript({ script: script!, args, timeoutSeconds: o.timeout, seeded: settings(race, o.replay) });
  const report = await findRaces(race);
  const hint = `gilvm stress ${script} --replay SEED --schedule ${o.schedule} --switch-points ${o.switchPoints}`;
  print(o.json === true ? JSON.stringify(report, null, 2) + '\n' : formatRaceReport(report, hint));
  return report.outcomes.length > 1 ? 1 : 0;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('gilvm')
    .description('A Python 3.11 VM whose bytecode, objects and frames live in one SharedArrayBuffer, run by Node.js worker threads.')
    .version(packageVersion(), '-V, --version', 'print the gilvm version')
    .enablePositionalOptions()
    .showHelpAfterError();

  // The options that still apply to a program already started (gilvm resume takes these).
  const runningOptions = (cmd: Command) => cmd
    .option('--timeout <seconds>', `stop the run after this many seconds (exit status 142)`, positiveNumber('--timeout'))
    .option('--stats <file>', 'write run statistics (instructions, specialization) as JSON to this file')
    .option('--audit', 'check at every write to a code unit that the writer holds the GIL (an internal error otherwise)')
    .option('--switch-interval <seconds>', "the GIL's switch interval, as sys.setswitchinterval (default 0.005)", positiveNumber('--switch-interval'))
    .option('--gil-policy <name>', GIL_POLICY_HELP, gilPolicy, 'cpython')
    .option('--check-interval <n>', '--gil-policy legacy: instructions between releases (Python 2\'s sys.setcheckinterval)', positiveInteger('--check-interval'), DEFAULT_CHECK_INTERVAL)
    .option('--timeline <file>', 'record what each thread did with the GIL (running, waiting, blocked; drop requests, forced switches, specializations, deopts): FILE.html draws it, FILE.json holds the events in Chrome trace format (Perfetto)');
  const common = (cmd: Command) => runningOptions(cmd
    .option('--image-size <MiB>', 'size of the shared image in MiB (default 256, at least 8)', imageSize)
    .option('--no-specialize', 'keep every instruction in its generic form (no quickening, no inline caches)')
    .option('--specializer-config <list>',
      'adaptive counter constants, e.g. warmup=1,warmup-backoff=1,cooldown=52,cooldown-backoff=0,max-backoff=12 (CPython 3.12\'s are the defaults)',
      specializerConfig)
    .option('--warm-start <profile.json>', 'start the sites that specialized in a profile written by gilvm profile with their counters at zero, so they specialize on their first execution', warmStart));
  const runningValues = (opts: Record<string, unknown>) => ({
    gilPolicy: opts.gilPolicy as UserGilPolicy,
    checkInterval: opts.checkInterval as number,
    onTimeline: typeof opts.timeline === 'string' ? (t: Timeline) => writeTimeline(opts.timeline as string, t, `gilvm timeline`) : undefined,
    timeoutSeconds: opts.timeout as number | undefined,
    statsFile: opts.stats as string | undefined,
    audit: opts.audit === true,
    switchInterval: opts.switchInterval as number | undefined,
  });
  const runOptions = (opts: Record<string, unknown>) => ({
    ...runningValues(opts),
    imageMiB: opts.imageSize as number | undefined,
    specialize: opts.specialize as boolean,
    specializerConfig: opts.specializerConfig as SpecializerConfig | undefined,
    warmStart: opts.warmStart as WarmStartSites | undefined,
  });
  common(program.command('run')
    .description('run a Python script; arguments after the script go to sys.argv. Several scripts (the leading ' +
      'arguments ending in .py, globs included; arguments for them after --) run at once, in one image under one GIL ' +
      '(--shared) or each in its own (--isolated), and a summary follows')
    .argument('<script...>', 'the Python file(s) to run, then the arguments for sys.argv[1:]')
    .option('--shared', 'several scripts: all in one image under one GIL, each as its own __main__ in its own thread (the default)')
    .option('--isolated', 'several scripts: each in its own image with its own GIL and workers, in parallel')
    .option('--jobs <n>', 'several scripts: at most this many at once (default: the number of cores with --isolated, all with --shared)', positiveInteger('--jobs'))
    .option('--output <mode>', 'several scripts: grouped (each script\'s output as a block when it ends), prefix (lines as they come, prefixed [name]) or files (see --output-dir)', choice('--output', OUTPUT_MODES), 'grouped')
    .option('--output-dir <dir>', 'with --output files: write NAME.stdout and NAME.stderr for each script in this folder')
    .passThroughOptions())
    .action(async (words: string[], opts) => {
      const split = words.indexOf('--');
      const head = split < 0 ? words : words.slice(0, split);
      let count = 1;
      while (count < head.length && /\.py$|[*?]/.test(head[count])) count++;
      const scripts = head.slice(0, count);
      const args = [...head.slice(count), ...(split < 0 ? [] : words.slice(split + 1))];
      if (scripts.length === 1 && !/[*?]/.test(scripts[0])) {
        process.exitCode = await runScript({ script: scripts[0], args, ...runOptions(opts) });
        return;
      }
      if (opts.timeline !== undefined) {
        process.stderr.write('gilvm run: --timeline records one script\'s run; give one script\n');
        process.exitCode = 2;
        return;
      }
      if (opts.shared === true && opts.isolated === true) {
        process.stderr.write('gilvm run: --shared and --isolated exclude each other\n');
        process.exitCode = 2;
        return;
      }
      if (opts.output === 'files' && opts.outputDir === undefined) {
        process.stderr.write('gilvm run: --output files needs --output-dir DIR\n');
        process.exitCode = 2;
        return;
      }
      process.exitCode = await runScripts({
        scripts, args, ...runOptions(opts), isolated: opts.isolated === true, jobs: opts.jobs as number | undefined,
        output: opts.output as OutputMode, outputDir: opts.outputDir as string | undefined,
      });
    });

  common(program.command('dis')
    .description("run a script, then print every code object's bytecode in CPython 3.12's dis layout")
    .argument('<script>', 'the Python file')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .option('--adaptive', 'show the quickened instructions (specialized forms) as the run left them')
    .option('--show-caches', 'show each inline cache unit with its field name (and value, with --adaptive)')
    .passThroughOptions())
    .action(async (script: string, args: string[], opts) => {
      process.exitCode = await runScript({
        script, args, ...runOptions(opts), dis: { adaptive: opts.adaptive === true, showCaches: opts.showCaches === true },
      });
    });
  common(program.command('profile')
    .description('run a script and record what the specializer did, site by site and over time: writes DIR/profile.json and ' +
      'DIR/profile.html (the source as a heat map of specialized, failed and adaptive sites; the warm-up timeline with deopts; ' +
      'the type-stability report: sites whose types flip, and what would make them stable), and its two pictures alone: ' +
      'DIR/heatmap.svg and DIR/warmup.svg')
    .argument('<script>', 'the Python file')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .option('--out <dir>', 'where the profile, its page and its pictures go', 'profile-out')
    .addHelpText('after', '\nOptions may follow the script; arguments for the script that look like options go after --.'))
    .action(async (script: string, args: string[], opts) => {
      process.exitCode = await profileScript({ script, args, ...runOptions(opts) }, opts.out as string);
    });
  runningOptions(program.command('resume')
    .description('continue a program from the file that gilvm.snapshot(FILE) wrote: the snapshot() call returns True ' +
      'and the program goes on, its instructions already specialized. --stats counts only what happens after resuming. ' +
      'The image keeps its size, its specializer settings (--no-specialize, --specializer-config and --image-size do not apply) ' +
      'and, without --switch-interval, its switch interval; ' +
      'a timed wait or sleep that was under way starts over. A file that is not a snapshot of this gilvm build, ' +
      'is truncated or fails its checksum is refused with exit status 2, without running anything')
    .argument('<file>', 'a snapshot written by gilvm.snapshot(path)'))
    .action(async (file: string, opts) => {
      process.exitCode = await resumeSnapshot(file, runningValues(opts));
    });
  program.command('stress')
    .description('stress-test thread safety. With --mode: the torn-read test of quickening (threads execute and rewrite ' +
      'the same instructions; exit 0 when the mode shows what it should: gil, publish: no torn read; unsafe: torn reads). ' +
      'With a script: run it --runs times under seeded schedules and print each distinct outcome with its first seed ' +
      '(exit 1 when the runs disagree: a race); --replay SEED runs one schedule again, exactly')
    .argument('[script]', 'a Python script to search for races')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .option('--mode <mode>', 'the torn-read test: gil (rewrites under the GIL), unsafe (no GIL: the deliberate race) or publish (no GIL, a publication protocol)', stressMode)
    .option('--threads <n>', '--mode: threads (workers) executing and rewriting', positiveInteger('--threads'), 4)
    .option('--seconds <s>', '--mode: how long each thread runs', positiveNumber('--seconds'), 8)
    .option('--switch-interval <seconds>', "--mode gil: the GIL's switch interval", positiveNumber('--switch-interval'), 0.001)
    .option('--gil-policy <name>', `--mode gil: ${GIL_POLICY_HELP} (default cpython)`, gilPolicy)
    .option('--seed <n>', 'the first seed (script runs use seed, seed+1, ...)', positiveInteger('--seed'), 1)
    .option('--runs <n>', 'script: how many runs', positiveInteger('--runs'), 100)
    .option('--jobs <n>', 'script: runs at once, each on its own image', positiveInteger('--jobs'), 2)
    .option('--schedule <name>', `script: ${SCHEDULES.join(', ')} (PCT: random priorities with d-1 = 2 change points)`, choice('--schedule', SCHEDULES), 'random')
    .option('--switch-points <where>', 'script: where a thread may be preempted: every instruction, or only at eval-breaker check points as in CPython', choice('--switch-points', SCHEDULE_POINTS), 'instruction')
    .option('--replay <seed>', "script: run the schedule of this seed once, with the script's own output and exit status", positiveInteger('--replay'))
    .option('--timeout <seconds>', 'script: a run that takes longer is stopped and counted as a timeout', positiveNumber('--timeout'), 60)
    .option('--json', 'print one JSON object instead of the report')
    .addHelpText('after', '\nOptions may follow the script; arguments for the script that look like options go after --.')
    .action(async (script: string | undefined, args: string[], opts: StressCliOptions) => {
      process.exitCode = await stressCommand(script, args, opts);
    });
  program.command('study')
    .description('study the GIL: run the workloads (cpu: CPU-bound threads; convoy: an echo beside CPU-bound threads; ' +
      'handoff: lock and event ping-pong) over GIL policies, switch intervals and thread counts, under gilvm and, with ' +
      '--compare-cpython, a real CPython; writes results.json, results.csv and report.html (charts, findings, a GIL timeline). ' +
      'Ctrl-C keeps what is done')
    .option('--quick', `a small matrix in under 3 minutes: cpu at 1, 5 and 20 ms with 1 and 2 threads, convoy and handoff at 5 ms, policies ${QUICK.policies.join(', ')}`)
    .addOption(listOption('--workloads <list>', 'comma-separated: cpu, convoy, handoff', list('--workloads', WORKLOADS), [...WORKLOADS]))
    .addOption(listOption('--policies <list>', 'comma-separated GIL policies for gilvm\'s runs', list('--policies', USER_GIL_POLICIES), [...USER_GIL_POLICIES]))
    .option('--gil-policy <name>', 'one policy: the same as --policies NAME', gilPolicy)
    .addOption(listOption('--intervals <list>', 'switch intervals in seconds', numberList('--intervals'), [0.0005, 0.001, 0.005, 0.02, 0.05]))
    .addOption(listOption('--threads <list>', 'cpu: numbers of CPU-bound threads', numberList('--threads', true), [1, 2, 4]))
    .option('--seconds <s>', 'measurement window of each run', positiveNumber('--seconds'), 1)
    .option('--repeat <n>', 'runs per cell (the rows hold their medians)', positiveInteger('--repeat'), 1)
    .option('--compare-cpython <python>', 'also run every cell under this Python (e.g. python3), the same scripts')
    .option('--out <dir>', 'where results and the report go', 'study-out')
    .action(async (opts, cmd: Command) => {
      const quick = opts.quick === true;
      const o: StudyOptions = {
        quick, seconds: opts.seconds as number, repeat: opts.repeat as number, out: opts.out as string,
        compareCpython: opts.compareCpython as string | undefined, version: packageVersion(),
        workloads: opts.workloads as Workload[], intervals: opts.intervals as number[],
        policies: opts.gilPolicy !== undefined ? [opts.gilPolicy as string]
          : quick && cmd.getOptionValueSource('policies') === 'default' ? QUICK.policies : opts.policies as string[],
        threads: quick ? QUICK.threads : opts.threads as number[],
      };
      process.exitCode = await runStudy(o, ['gilvm', ...process.argv.slice(2)].join(' '));
    });
  program.command('stats')
    .description('print a --stats file as tables (executions and miss ratios, specialization per family, failure kinds, effectiveness), or the difference between two')
    .argument('<file>', 'a JSON file written by --stats')
    .argument('[head]', 'a second file: print head against the first (base)')
    .action((file: string, head: string | undefined) => {
      process.exitCode = statsCommand(head === undefined ? [file] : [file, head]);
    });
  return program;
}

await buildProgram().parseAsync(process.argv);
