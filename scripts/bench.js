#!/usr/bin/env node
// Benchmarks gilvm against CPython on scripts/bench/*.py.
//
//   node scripts/bench.js [--repeat N] [--filter SUBSTRING] [--json FILE] [--timeout SECONDS] [--no-threads] [--no-scripts]
//
// For each benchmark it runs `python3 prog.py`, `node bin/gilvm.js run prog.py` and
// `node bin/gilvm.js run --no-specialize prog.py` interleaved (N times each, cwd =
// scripts/bench), keeps the best wall time of each, checks that gilvm printed exactly what
// CPython printed, and prints a table with the ratio gilvm/CPython, the specializer's
// speed-up (generic time / specialized time) and the geometric means of both.
// A benchmark gilvm fails (nonzero exit, signal, timeout) is reported as FAIL with the last
// line of its stderr; a wrong output is reported as MISMATCH. Either makes the exit status 1.
//
// Then the threads table (skipped with --no-threads; --filter threads runs only it): the
// GIL study's workloads/handoff.py and cpu.py and scripts/bench/threads/thread_start.py under
// both, each printing key=value measurements: Lock
// and Event hand-off round trips against the floor (two Node workers ping-ponging with
// Atomics.wait/notify, measured in this run), Thread start+join, and the switch rate and
// fairness of two CPU-bound threads at 1, 5 and 20 ms switch intervals. Best of N runs.
//
// Then the several-scripts table (skipped with --no-scripts; --filter scripts runs only it):
// 2, 4 and 8 copies of scripts/bench/scripts/cpu.py run one after another, in one image
// (`gilvm run --shared`) and in one image each (`--isolated`), and the start-up cost of a
// run against starting the CPython binary itself. Best of N runs.
// Plain JavaScript on purpose: it needs nothing but `npm run build` for bin/gilvm.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, 'scripts', 'bench');
const GILVM = join(ROOT, 'bin', 'gilvm.js');
const WORKLOADS = join(ROOT, 'workloads');
const PYTHON = process.env.PYTHON || 'python3';

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error('usage: node scripts/bench.js [--repeat N] [--filter SUBSTRING] [--json FILE] [--timeout SECONDS] [--no-threads] [--no-scripts]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { repeat: 3, filter: '', json: null, timeout: 600, threads: true, scripts: true };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--repeat': {
        const n = Number(next());
        if (!Number.isInteger(n) || n < 1) usage('--repeat must be a positive integer');
        opts.repeat = n;
        break;
      }
      case '--filter':
        opts.filter = next();
        break;
      case '--no-threads':
        opts.threads = false;
        break;
      case '--no-scripts':
        opts.scripts = false;
        break;
      case '--json':
        opts.json = next();
        break;
      case '--timeout': {
        const s = Number(next());
        if (!(s > 0)) usage('--timeout must be a positive number of seconds');
        opts.timeout = s;
        break;
      }
      case '-h':
      case '--help':
        usage();
        break;
      default:
        usage(`unknown argument ${arg}`);
    }
  }
  return opts;
}

function lastLine(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return '';
  const last = lines[lines.length - 1];
  // A crash of the host (an uncaught JS exception) ends with "Node.js vX.Y.Z": report the
  // JS error line instead, it says more.
  if (/^Node\.js v\d/.test(last)) {
    const jsError = lines.find((l) => /^[A-Za-z]*Error\b/.test(l));
    if (jsError) return `${jsError} (host crash)`;
  }
  return last;
}

// Runs one process, returns { ok, seconds, stdout, error }.
function timed(command, args, timeoutSeconds) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, {
    cwd: BENCH_DIR,
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutSeconds * 1000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const stdout = r.stdout ? r.stdout.toString('utf8') : '';
  const stderr = r.stderr ? r.stderr.toString('utf8') : '';
  let error = null;
  if (r.error) {
    error = r.error.code === 'ETIMEDOUT' ? `timeout after ${timeoutSeconds} s` : String(r.error.message || r.error);
  } else if (r.signal) {
    error = `killed by ${r.signal}`;
  } else if (r.status !== 0) {
    error = `exit status ${r.status}`;
  }
  if (error) {
    const tail = lastLine(stderr);
    if (tail) error += `: ${tail}`;
  }
  return { ok: error === null, seconds, stdout, error };
}

function pythonVersion() {
  const r = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
  if (r.error) return `${PYTHON} not found (${r.error.code || r.error.message})`;
  return (r.stdout || r.stderr || '').trim();
}

function fmtSeconds(s) {
  return s === null ? '-' : s.toFixed(3);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const pyVersion = pythonVersion();
  console.log(`gilvm benchmarks: ${pyVersion} vs gilvm (node ${process.version}), best of ${opts.repeat}`);
  if (!/^Python 3\.11\./.test(pyVersion)) {
    console.log(`warning: the reference is CPython 3.11, '${PYTHON}' is ${pyVersion}`);
  }
  if (!existsSync(GILVM)) {
    console.log(`warning: ${GILVM} does not exist (run npm run build); every gilvm run will FAIL`);
  }

  const programs = opts.filter === 'threads' || opts.filter === 'scripts' ? [] : readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.py') && f.includes(opts.filter))
    .sort();
  const runThreads = opts.threads && (opts.filter === '' || opts.filter === 'threads');
  const runScripts = opts.scripts && (opts.filter === '' || opts.filter === 'scripts');
  if (programs.length === 0 && !runThreads && !runScripts) {
    console.error(`bench: no benchmark in ${BENCH_DIR} matches '${opts.filter}'`);
    process.exit(2);
  }
  const single = programs.length > 0 ? singleThreadBenchmarks(programs, opts) : null;
  const threads = runThreads ? await threadBenchmarks(opts) : null;
  const scripts = runScripts ? scriptBenchmarks(opts) : null;

  if (opts.json) {
    const report = {
      date: new Date().toISOString(),
      python: pyVersion,
      node: process.version,
      repeat: opts.repeat,
      filter: opts.filter,
      ...single,
      threads,
      scripts,
    };
    writeFileSync(resolve(opts.json), JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwrote ${resolve(opts.json)}`);
  }

  process.exit((single?.failed ?? 0) + (threads?.failed ?? 0) + (scripts?.failed ?? 0) > 0 ? 1 : 0);
}
/** The single-threaded programs of scripts/bench: times, ratios and the table. */
function singleThreadBenchmarks(programs, opts) {
  const results = [];
  for (const prog of programs) {
    const name = prog.replace(/\.py$/, '');
    process.stdout.write(`running ${name} ...`);
    let pyBest = null;
    let gvBest = null;
    let genericBest = null;
    let pyOut = null;
    let pyError = null;
    let gvError = null;
    let mismatch = null;
    for (let i = 0; i < opts.repeat; i++) {
      if (pyError === null) {
        const py = timed(PYTHON, [prog], opts.timeout);
        if (!py.ok) {
          pyError = py.error;
        } else {
          if (pyOut === null) pyOut = py.stdout;
          else if (py.stdout !== pyOut) pyError = 'CPython output is not deterministic';
          pyBest = pyBest === null ? py.seconds : Math.min(pyBest, py.seconds);
        }
      }
      if (gvError === null) {
        const gv = timed(process.execPath, [GILVM, 'run', prog], opts.timeout);
        if (!gv.ok) {
          gvError = gv.error;
        } else {
          gvBest = gvBest === null ? gv.seconds : Math.min(gvBest, gv.seconds);
          if (pyOut !== null && gv.stdout !== pyOut && mismatch === null) {
            mismatch = describeMismatch(pyOut, gv.stdout);
          }
        }
      }
      if (gvError === null) {
        const generic = timed(process.execPath, [GILVM, 'run', '--no-specialize', prog], opts.timeout);
        if (!generic.ok) gvError = `--no-specialize: ${generic.error}`;
        else {
          genericBest = genericBest === null ? generic.seconds : Math.min(genericBest, generic.seconds);
          if (pyOut !== null && generic.stdout !== pyOut && mismatch === null) {
            mismatch = `--no-specialize: ${describeMismatch(pyOut, generic.stdout)}`;
          }
        }
      }
      process.stdout.write('.');
    }
    process.stdout.write('\n');
    let status = 'ok';
    if (pyError !== null) status = 'CPYTHON FAIL';
    else if (gvError !== null) status = 'FAIL';
    else if (mismatch !== null) status = 'MISMATCH';
    const ratio = pyBest !== null && gvBest !== null && gvError === null ? gvBest / pyBest : null;
    results.push({
      name,
      cpython_s: pyBest,
      gilvm_s: gvError === null ? gvBest : null,
      generic_s: gvError === null ? genericBest : null,
      ratio,
      speedup: gvError === null ? genericBest / gvBest : null,
      status,
      error: pyError ?? gvError ?? mismatch,
    });
  }

  const ok = results.filter((r) => r.ratio !== null && r.status === 'ok');
  const mean = (key) => (ok.length ? Math.exp(ok.reduce((acc, r) => acc + Math.log(r[key]), 0) / ok.length) : null);
  const geomean = mean('ratio');
  const speedup = mean('speedup');

  const header = ['benchmark', 'CPython s', 'gilvm s', '--no-specialize s', 'gilvm/CPython', 'specialized speed-up', 'status'];
  const times = (x) => (x === null ? '-' : x.toFixed(2) + 'x');
  const rows = results.map((r) => [
    r.name,
    fmtSeconds(r.cpython_s),
    fmtSeconds(r.gilvm_s),
    fmtSeconds(r.generic_s),
    times(r.ratio),
    times(r.speedup),
    r.status === 'ok' ? 'ok' : `*** ${r.status} ***`,
  ]);
  rows.push(['geometric mean', '', '', '', times(geomean), times(speedup), `${ok.length}/${results.length} ok`]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log('');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.slice(0, -1).forEach((row) => console.log(line(row)));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(rows[rows.length - 1]));

  const bad = results.filter((r) => r.status !== 'ok');
  if (bad.length) {
    console.log('');
    for (const r of bad) console.log(`${r.status} ${r.name}: ${r.error}`);
  }
  return { results, geomean, specialized_speedup: speedup, failed: bad.length };

}


function describeMismatch(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const show = (s) => (s === undefined ? '<missing>' : JSON.stringify(s.length > 80 ? s.slice(0, 80) + '...' : s));
      return `output differs at line ${i + 1}: CPython ${show(a[i])}, gilvm ${show(b[i])}`;
    }
  }
  return 'output differs';
}


// ---- threads -------------------------------------------------------------------------

const SWITCH_INTERVALS = [0.001, 0.005, 0.02];

/** The key=value pairs a thread benchmark printed. */
function measurements(stdout) {
  const values = {};
  for (const [, key, value] of stdout.matchAll(/(\w+)=(-?[\d.]+(?:e[-+]?\d+)?)/g)) values[key] = Number(value);
  return values;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Runs `program args` (a path from scripts/bench/) `repeat` times under CPython and gilvm, interleaved: the median of each key. */
function measureBoth(program, args, opts) {
  const runs = { cpython: [], gilvm: [] };
  const errors = {};
  for (let i = 0; i < opts.repeat; i++) {
    for (const [who, command, argv] of [
      ['cpython', PYTHON, [program, ...args]],
      ['gilvm', process.execPath, [GILVM, 'run', program, ...args]],
    ]) {
      const r = timed(command, argv, opts.timeout);
      if (r.ok) runs[who].push(measurements(r.stdout));
      else errors[who] = r.error;
    }
  }
  const summary = (list) => (list.length === 0 ? null : Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(list.map((m) => m[k]))])));
  return { cpython: summary(runs.cpython), gilvm: summary(runs.gilvm), errors };
}

/** The floor of a hand-off: a round trip between two workers through Atomics.wait/notify, in µs (mean, p50). */
async function atomicsRoundTrip(n) {
  const { Worker } = await import('node:worker_threads');
  const words = new Int32Array(new SharedArrayBuffer(8)); // [0]: A -> B, [1]: B -> A
  const side = (source) => new Worker(`const { workerData, parentPort } = require('node:worker_threads');
    const w = new Int32Array(workerData.sab), n = workerData.n;
    ${source}`, { eval: true, workerData: { sab: words.buffer, n } });
  const b = side(`for (let i = 0; i < n; i++) {
      Atomics.wait(w, 0, 0); Atomics.store(w, 0, 0);
      Atomics.store(w, 1, 1); Atomics.notify(w, 1);
    }`);
  const a = side(`const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      Atomics.store(w, 0, 1); Atomics.notify(w, 0);
      Atomics.wait(w, 1, 0); Atomics.store(w, 1, 0);
      times.push((performance.now() - t0) * 1000);
    }
    times.splice(0, n / 5);
    parentPort.postMessage(times);`);
  const times = await new Promise((resolve, reject) => a.once('message', resolve).once('error', reject));
  await Promise.all([a.terminate(), b.terminate()]);
  return { mean: times.reduce((x, y) => x + y, 0) / times.length, p50: median(times) };
}

/** The threads table: hand-offs against the floor and CPython, thread start, switch rates. */
async function threadBenchmarks(opts) {
  console.log('\nthreads (medians of the runs; targets from issue 5):');
  const floor = await atomicsRoundTrip(20000);
  process.stdout.write('running workloads/handoff.py, threads/thread_start.py, workloads/cpu.py ...');
  // The GIL study's workloads (workloads/): hand-offs with no bystander, two CPU-bound threads.
  const handoff = measureBoth(join(WORKLOADS, 'handoff.py'), ['0.005', '0', '2'], opts);
  const start = measureBoth(join('threads', 'thread_start.py'), [], opts);
  const switches = SWITCH_INTERVALS.map((interval) => [interval, measureBoth(join(WORKLOADS, 'cpu.py'), [String(interval), '2', '1'], opts)]);
  process.stdout.write('\n\n');

  const rows = [];
  const failures = [];
  const row = (name, m, key, target, check) => {
    const py = m.cpython?.[key] ?? null;
    const gv = m.gilvm?.[key] ?? null;
    const ok = gv !== null && check(gv, py);
    if (m.errors.gilvm) failures.push(`${name}: gilvm: ${m.errors.gilvm}`);
    if (m.errors.cpython) failures.push(`${name}: CPython: ${m.errors.cpython}`);
    rows.push({ name, cpython: py, gilvm: gv, target, met: ok });
  };
  row('Lock round trip, mean µs', handoff, 'lock_rtt_mean_us', `≤ 2x floor (${(2 * floor.mean).toFixed(1)})`, (gv) => gv <= 2 * floor.mean);
  row('Event round trip, mean µs', handoff, 'event_rtt_mean_us', `≤ 2x floor (${(2 * floor.mean).toFixed(1)})`, (gv) => gv <= 2 * floor.mean);
  row('Thread start+join, mean µs', start, 'mean_us', '≤ 1000', (gv) => gv <= 1000);
  for (const [interval, m] of switches) {
    const ms = interval * 1000;
    row(`switches/s at ${ms} ms`, m, 'switches_s', 'CPython ±25%', (gv, py) => py !== null && Math.abs(gv / py - 1) <= 0.25);
    // Jain's index of the two threads' GIL time: 0.9 is one thread getting half of the other's share.
    row(`fairness (Jain) at ${ms} ms`, m, 'jain', '≥ 0.9', (gv) => gv >= 0.9);
  }

  const fmt = (x) => (x === null ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(x < 1 ? 3 : 1));
  const header = ['measurement', 'CPython', 'gilvm', 'gilvm/CPython', 'target', 'met'];
  const cells = rows.map((r) => [
    r.name, fmt(r.cpython), fmt(r.gilvm), r.cpython && r.gilvm !== null ? (r.gilvm / r.cpython).toFixed(2) + 'x' : '-', r.target, r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 0 || i === 4 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ').trimEnd();
  console.log(`floor: Atomics.wait/notify round trip between two workers: mean ${floor.mean.toFixed(1)} µs, p50 ${floor.p50.toFixed(1)} µs`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  cells.forEach((c) => console.log(line(c)));
  if (failures.length) {
    console.log('');
    failures.forEach((f) => console.log(`FAIL ${f}`));
  }
  return { floor_us: floor, rows, failed: failures.length };
}


// ---- several scripts -------------------------------------------------------------------

const SCRIPT_COUNTS = [2, 4, 8];

/** The CPython binary itself (a version manager's shim adds ~0.3 s to every start). */
function pythonBinary() {
  const r = spawnSync(PYTHON, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : PYTHON;
}

/** The best wall time of `repeat` runs of `gilvm run ARGS` (null if any failed). */
function bestGilvm(args, opts) {
  let best = Infinity;
  for (let i = 0; i < opts.repeat; i++) {
    const r = timed(process.execPath, [GILVM, 'run', ...args], opts.timeout);
    if (!r.ok) return null;
    best = Math.min(best, r.seconds);
  }
  return best;
}

/** Copies of one CPU-bound script: one after another, sharing an image, in images of their own. */
function scriptBenchmarks(opts) {
  console.log('\nseveral scripts (best of the runs; each is scripts/bench/scripts/cpu.py):');
  const cpu = join('scripts', 'cpu.py');
  const one = bestGilvm([cpu], opts);
  const rows = SCRIPT_COUNTS.map((n) => {
    process.stdout.write(`running ${n} scripts ...`);
    const files = Array(n).fill(cpu);
    const row = { scripts: n, sequential_s: one === null ? null : one * n, shared_s: bestGilvm(['--shared', ...files], opts), isolated_s: bestGilvm(['--isolated', ...files], opts) };
    process.stdout.write('\r\x1b[K');
    return row;
  });
  const empty = bestGilvm([join('scripts', 'empty.py')], opts);
  const python = pythonBinary();
  let pythonStart = Infinity;
  for (let i = 0; i < opts.repeat; i++) pythonStart = Math.min(pythonStart, timed(python, ['-c', 'pass'], opts.timeout).seconds);
  const ratio = (a, b) => (a === null || b === null ? '-' : `${(a / b).toFixed(2)}x`);
  const header = ['scripts', 'one after another s', 'shared s', 'isolated s', 'isolated speed-up', 'shared vs sequential'];
  const table = rows.map((r) => [String(r.scripts), fmtSeconds(r.sequential_s), fmtSeconds(r.shared_s), fmtSeconds(r.isolated_s),
    ratio(r.shared_s, r.isolated_s), ratio(r.sequential_s, r.shared_s)]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log(`(the sequential time is ${SCRIPT_COUNTS.length > 0 ? 'n x' : ''} one run of ${fmtSeconds(one)} s; speed-ups are throughput: shared time / isolated time, sequential time / shared time)`);
  console.log(`start-up: gilvm run of an empty script ${fmtSeconds(empty)} s; ${python} -c pass ${fmtSeconds(pythonStart)} s (${ratio(empty, pythonStart)})`);
  const failed = rows.filter((r) => r.shared_s === null || r.isolated_s === null).length + (one === null ? 1 : 0);
  return { rows, one_s: one, empty_s: empty, python_start_s: pythonStart, failed };
}

await main();
