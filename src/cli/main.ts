/**
 * The `gilvm` command.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { runScript } from '../host/run.js';
import { statsCommand } from '../tools/statsreport.js';
import { MIN_IMAGE_BYTES } from '../image/layout.js';
import { parseSpecializerConfig, type SpecializerConfig } from '../vm/counters.js';
import { expectationMet, formatStressReport, runVmStress } from '../stress/vmstress.js';
import { STRESS_MODES, type StressMode } from '../stress/tearing.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
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

function stressMode(value: string): StressMode {
  if (!(STRESS_MODES as readonly string[]).includes(value)) throw new InvalidArgumentError(`--mode must be one of ${STRESS_MODES.join(', ')}`);
  return value as StressMode;
}

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

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('gilvm')
    .description('A Python 3.11 VM whose bytecode, objects and frames live in one SharedArrayBuffer, run by Node.js worker threads.')
    .version(packageVersion(), '-V, --version', 'print the gilvm version')
    .enablePositionalOptions()
    .showHelpAfterError();

  const common = (cmd: Command) => cmd
    .option('--image-size <MiB>', 'size of the shared image in MiB (default 256, at least 8)', imageSize)
    .option('--timeout <seconds>', `stop the run after this many seconds (exit status 142)`, positiveNumber('--timeout'))
    .option('--stats <file>', 'write run statistics (instructions, specialization) as JSON to this file')
    .option('--no-specialize', 'keep every instruction in its generic form (no quickening, no inline caches)')
    .option('--specializer-config <list>',
      'adaptive counter constants, e.g. warmup=1,warmup-backoff=1,cooldown=52,cooldown-backoff=0,max-backoff=12 (CPython 3.12\'s are the defaults)',
      specializerConfig)
    .option('--audit', 'check at every write to a code unit that the writer holds the GIL (an internal error otherwise)')
    .option('--switch-interval <seconds>', "the GIL's switch interval, as sys.setswitchinterval (default 0.005)", positiveNumber('--switch-interval'));
  const runOptions = (opts: Record<string, unknown>) => ({
    imageMiB: opts.imageSize as number | undefined,
    timeoutSeconds: opts.timeout as number | undefined,
    statsFile: opts.stats as string | undefined,
    specialize: opts.specialize as boolean,
    specializerConfig: opts.specializerConfig as SpecializerConfig | undefined,
    audit: opts.audit === true,
    switchInterval: opts.switchInterval as number | undefined,
  });

  common(program.command('run')
    .description('run a Python script; arguments after the script go to sys.argv')
    .argument('<script>', 'the Python file to run')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .passThroughOptions())
    .action(async (script: string, args: string[], opts) => {
      process.exitCode = await runScript({ script, args, ...runOptions(opts) });
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
  program.command('stress')
    .description('torn-read stress test of quickening: threads execute and rewrite the same instructions and check every ' +
      'execution saw one consistent write. Exit status 0 when the mode shows what it should (gil, publish: no torn read; ' +
      'unsafe: torn reads), 1 otherwise')
    .requiredOption('--mode <mode>', 'gil (rewrites under the GIL), unsafe (no GIL: the deliberate race) or publish (no GIL, a publication protocol)', stressMode)
    .option('--threads <n>', 'threads (workers) executing and rewriting', positiveInteger('--threads'), 4)
    .option('--seconds <s>', 'how long each thread runs', positiveNumber('--seconds'), 8)
    .option('--seed <n>', "seed of the threads' choices of sites and rewrites", positiveInteger('--seed'), 1)
    .option('--switch-interval <seconds>', "gil mode: the GIL's switch interval", positiveNumber('--switch-interval'), 0.001)
    .option('--json', 'print one JSON object instead of the report')
    .action(async (opts: { mode: StressMode; threads: number; seconds: number; seed: number; switchInterval: number; json?: boolean }) => {
      const report = await runVmStress(opts);
      process.stdout.write(opts.json === true
        ? JSON.stringify(report, null, 2) + '\n'
        : formatStressReport(report, opts.switchInterval));
      process.exitCode = expectationMet(report) ? 0 : 1;
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
