/**
 * The `gilvm` command.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { runScript } from '../host/run.js';
import { statsCommand } from '../tools/statsreport.js';
import { MIN_IMAGE_BYTES } from '../image/layout.js';
import { parseSpecializerConfig, type SpecializerConfig } from '../vm/counters.js';

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
