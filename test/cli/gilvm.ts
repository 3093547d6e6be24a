// Running the `gilvm` command as a child process, for the CLI tests (cli.test.ts,
// snapshot.test.ts). This file runs compiled from dist/test/cli/, so the project root is
// three levels up.
import { Semaphore } from 'async-mutex';
import { spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function isProjectRoot(dir: string): boolean {
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg) || !existsSync(join(dir, 'bin', 'gilvm.js'))) return false;
  try {
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'gilvm';
  } catch {
    return false;
  }
}

function findRoot(): string {
  // Compiled: dist/test/cli/cli.test.js. From source through tsx (GILVM_TEST_SRC=1): test/cli/cli.test.ts.
  for (const up of ['../../..', '../..']) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (isProjectRoot(dir)) return dir;
  }
  return fileURLToPath(new URL('../../..', import.meta.url));
}

export const ROOT = findRoot();
export const GILVM = join(ROOT, 'bin', 'gilvm.js');
/** A guard against hangs only: a run that takes this long is killed and its test fails. */
const GUARD_MS = 30_000;

/** At most two children at a time (the machine has two cores). */
export const processes = new Semaphore(2);

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed by the hang guard. */
  hung: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each chunk of stdout and the child, e.g. to send it a signal. */
  onStdout?: (stdoutSoFar: string, child: ReturnType<typeof spawn>) => void;
}

export function spawnAndCollect(command: string, args: string[], opts: RunOptions): Promise<Run> {
  return new Promise((resolve) => {
    const spawnOpts: SpawnOptions = { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env };
    const child = spawn(command, args, spawnOpts);
    let stdout = '';
    let stderr = '';
    let hung = false;
    const guard = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, GUARD_MS);
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
      opts.onStdout?.(stdout, child);
    });
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (e) => {
      stderr += `\n<spawn error: ${e.message}>`;
    });
    child.on('close', (status, signal) => {
      clearTimeout(guard);
      resolve({ status, signal, stdout, stderr, hung });
    });
  });
}

/** Runs `node bin/gilvm.js ...args`. */
export function runGilvm(args: string[], opts: RunOptions): Promise<Run> {
  return processes.runExclusive(() => spawnAndCollect(process.execPath, [GILVM, ...args], opts));
}

/** A summary for assertion messages. */
export function describe(r: Run): string {
  return `status ${r.status}${r.signal ? `, signal ${r.signal}` : ''}${r.hung ? ', KILLED after hanging' : ''}\n--- stdout:\n${r.stdout}--- stderr:\n${r.stderr}`;
}
