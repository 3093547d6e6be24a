/**
 * The `gilvm` command.
 */
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { runScript } from '../host/run.js';
import { MIN_IMAGE_BYTES } from '../image/layout.js';

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
    .option('--timeout <seconds>', `stop the run after this many seconds (exit status 142)`, positiveNumber('--timeout'));

  common(program.command('run')
    .description('run a Python script; arguments after the script go to sys.argv')
    .argument('<script>', 'the Python file to run')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .option('--stats <file>', 'write run statistics as JSON to this file')
    .passThroughOptions())
    .action(async (script: string, args: string[], opts) => {
      process.exitCode = await runScript({
        script, args, imageMiB: opts.imageSize, timeoutSeconds: opts.timeout, statsFile: opts.stats,
      });
    });

  common(program.command('dis')
    .description("run a script, then print every code object's bytecode in CPython 3.12's dis layout")
    .argument('<script>', 'the Python file')
    .argument('[args...]', 'arguments for the script (sys.argv[1:])')
    .passThroughOptions())
    .action(async (script: string, args: string[], opts) => {
      process.exitCode = await runScript({
        script, args, imageMiB: opts.imageSize, timeoutSeconds: opts.timeout, dis: true,
      });
    });
  return program;
}

await buildProgram().parseAsync(process.argv);
