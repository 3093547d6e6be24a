// Differential tests: every test/programs/**/*.py is run with `node bin/gilvm.js run <name>.py`
// (cwd = the program's folder) and must reproduce what CPython 3.11 did, as recorded by
// scripts/gen-expected.sh next to the program:
//   <name>.out     stdout, compared byte for byte
//   <name>.status  the expected exit status (0 when the file is absent)
//   <name>.err     the expected last non-empty line of stderr (only checked when present;
//                  an empty .err means stderr must have no non-empty line)
// Every program runs twice: specialized with --audit (every code-unit write checked against
// the GIL holder), and with --no-specialize (the generic interpreter): both must match.
// The folders in GC_STRESS_FOLDERS run a third time with GILVM_GC_STRESS=1 (a collection
// at every safe point), which makes a missing collector root fail at once.
// This file runs compiled from dist/test/, so the project root is two levels up.
import test from 'ava';
import { Semaphore } from 'async-mutex';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { OPCODE_BY_NAME } from '../src/bytecode/opcodes.js';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

function findRoot(): string {
  const twoUp = fileURLToPath(new URL('../..', import.meta.url));
  if (existsSync(join(twoUp, 'test', 'programs'))) return twoUp;
  // Run from source through tsx (GILVM_TEST_SRC=1): this file is test/programs.test.ts.
  const oneUp = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(join(oneUp, 'test', 'programs'))) return oneUp;
  return twoUp;
}

const ROOT = findRoot();
const PROGRAMS = join(ROOT, 'test', 'programs');
const GILVM = join(ROOT, 'bin', 'gilvm.js');
const TIMEOUT_MS = 60_000;
const MAX_BUFFER = 256 * 1024 * 1024;

// Two cores: run at most two gilvm processes at a time, whatever ava's own concurrency is.
const processes = new Semaphore(2);

function findPrograms(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findPrograms(full));
    else if (entry.isFile() && entry.name.endsWith('.py')) out.push(full);
  }
  return out.sort();
}

function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1] : '';
}

interface RunResult {
  stdout: Buffer;
  stderr: Buffer;
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError?: string;
}

/** Areas whose programs build and drop many objects while Python code runs from built-ins. */
const GC_STRESS_FOLDERS = ['classes', 'closures', 'dunders', 'exceptions', 'extra', 'generators', 'threads'];

/** How a program is run: specialized and audited, generic, or specialized under GC stress. */
type Mode = 'audit' | 'generic' | 'gcStress';

const MODE_ARGS: Record<Mode, string[]> = { audit: ['--audit'], generic: ['--no-specialize'], gcStress: [] };

async function runGilvm(program: string, mode: Mode): Promise<RunResult> {
  const gcStress = mode === 'gcStress';
  const options = {
    cwd: dirname(program),
    env: gcStress ? { ...process.env, GILVM_GC_STRESS: '1' } : process.env,
    encoding: 'buffer' as const,
    timeout: TIMEOUT_MS,
    maxBuffer: MAX_BUFFER,
  };
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [GILVM, 'run', ...MODE_ARGS[mode], basename(program)], options);
    return { stdout, stderr, status: 0, signal: null, timedOut: false };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & {
      stdout?: Buffer;
      stderr?: Buffer;
      code?: number | string | null;
      signal?: string | null;
      killed?: boolean;
    };
    const stdout = Buffer.isBuffer(e.stdout) ? e.stdout : Buffer.alloc(0);
    const stderr = Buffer.isBuffer(e.stderr) ? e.stderr : Buffer.alloc(0);
    if (typeof e.code === 'number') {
      return { stdout, stderr, status: e.code, signal: e.signal ?? null, timedOut: false };
    }
    return {
      stdout,
      stderr,
      status: null,
      signal: e.signal ?? null,
      timedOut: Boolean(e.killed) && e.signal === 'SIGTERM',
      spawnError: typeof e.code === 'string' ? `${e.code}: ${e.message}` : e.message,
    };
  }
}

const programs = existsSync(PROGRAMS) ? findPrograms(PROGRAMS) : [];

if (programs.length === 0) {
  test('differential test corpus exists', (t) => {
    t.fail(`no .py programs found under ${PROGRAMS}`);
  });
}

for (const program of programs) {
  const name = relative(PROGRAMS, program).split('\\').join('/');
  registerProgram(program, name, 'audit');
  // specialize/ programs print dis(adaptive=True): their expected output is CPython 3.12's quickened code.
  if (!name.startsWith('specialize/')) registerProgram(program, `${name} [--no-specialize]`, 'generic');
  const form = basename(program, '.py').toUpperCase();
  if (name.startsWith('specialize/') && OPCODE_BY_NAME.get(form)?.family !== form && OPCODE_BY_NAME.has(form)) registerHitCheck(program, form);
  if (GC_STRESS_FOLDERS.includes(name.split('/')[0])) registerProgram(program, `${name} [GILVM_GC_STRESS=1]`, 'gcStress');
}

/** A program named after a specialized form: that form must run, and hit, by --stats. */
function registerHitCheck(program: string, form: string): void {
  test(`${relative(PROGRAMS, program)} [--stats: ${form} hits]`, async (t) => {
    const statsFile = join(tmpdir(), `gilvm-hits-${process.pid}-${form}.json`);
    const result = await processes.runExclusive(() =>
      execFileAsync(process.execPath, [GILVM, 'run', '--stats', statsFile, basename(program)], { cwd: dirname(program), timeout: TIMEOUT_MS }));
    t.truthy(result);
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { instructions: Record<string, { execution_count: number; miss?: number }> };
    const counts = stats.instructions[form];
    t.truthy(counts, `${form} never ran`);
    t.true((counts?.execution_count ?? 0) - (counts?.miss ?? 0) > 0, `${form}: ${JSON.stringify(counts)}`);
  });
}

function registerProgram(program: string, name: string, mode: Mode): void {
  const base = program.slice(0, -'.py'.length);
  test(name, async (t) => {
    const outFile = `${base}.out`;
    if (!existsSync(outFile)) {
      t.fail(`missing ${relative(ROOT, outFile)}: run scripts/gen-expected.sh`);
      return;
    }
    const expectedOut = readFileSync(outFile);
    const statusFile = `${base}.status`;
    const expectedStatus = existsSync(statusFile) ? Number.parseInt(readFileSync(statusFile, 'utf8').trim(), 10) : 0;
    const errFile = `${base}.err`;
    const expectedErr = existsSync(errFile) ? readFileSync(errFile, 'utf8').replace(/\r?\n$/, '') : undefined;

    const result = await processes.runExclusive(() => runGilvm(program, mode));
    const stderrText = result.stderr.toString('utf8');
    const stderrTail = lastNonEmptyLine(stderrText);

    if (result.timedOut) {
      t.fail(`gilvm timed out after ${TIMEOUT_MS / 1000} s; stderr: ${stderrTail}`);
      return;
    }
    if (result.status === null) {
      t.fail(
        `gilvm did not exit normally (signal ${result.signal ?? 'none'}${result.spawnError ? `, ${result.spawnError}` : ''}); stderr: ${stderrTail}`,
      );
      return;
    }

    // A readable diff first, then the exact byte comparison.
    const context = `gilvm exit status ${result.status}, last stderr line: ${stderrTail || '<none>'}`;
    t.is(result.stdout.toString('utf8'), expectedOut.toString('utf8'), `stdout differs from CPython (${context})`);
    t.true(result.stdout.equals(expectedOut), `stdout bytes differ from CPython (${context})`);
    t.is(result.status, expectedStatus, `exit status differs from CPython; stderr: ${stderrTail}`);
    if (expectedErr !== undefined) {
      t.is(stderrTail, expectedErr, 'last line of stderr differs from CPython');
    }
  });
}
