#!/usr/bin/env node
// Benchmarks gilvm against CPython on scripts/bench/*.py.
//
//   node scripts/bench.js [--repeat N] [--filter SUBSTRING] [--json FILE] [--timeout SECONDS]
//
// For each benchmark it runs `python3 prog.py`, `node bin/gilvm.js run prog.py` and
// `node bin/gilvm.js run --no-specialize prog.py` interleaved (N times each, cwd =
// scripts/bench), keeps the best wall time of each, checks that gilvm printed exactly what
// CPython printed, and prints a table with the ratio gilvm/CPython, the specializer's
// speed-up (generic time / specialized time) and the geometric means of both.
// A benchmark gilvm fails (nonzero exit, signal, timeout) is reported as FAIL with the last
// line of its stderr; a wrong output is reported as MISMATCH. Either makes the exit status 1.
// Plain JavaScript on purpose: it needs nothing but `npm run build` for bin/gilvm.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, 'scripts', 'bench');
const GILVM = join(ROOT, 'bin', 'gilvm.js');
const PYTHON = process.env.PYTHON || 'python3';

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error('usage: node scripts/bench.js [--repeat N] [--filter SUBSTRING] [--json FILE] [--timeout SECONDS]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { repeat: 3, filter: '', json: null, timeout: 600 };
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

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const pyVersion = pythonVersion();
  console.log(`gilvm benchmarks: ${pyVersion} vs gilvm (node ${process.version}), best of ${opts.repeat}`);
  if (!/^Python 3\.11\./.test(pyVersion)) {
    console.log(`warning: the reference is CPython 3.11, '${PYTHON}' is ${pyVersion}`);
  }
  if (!existsSync(GILVM)) {
    console.log(`warning: ${GILVM} does not exist (run npm run build); every gilvm run will FAIL`);
  }

  const programs = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.py') && f.includes(opts.filter))
    .sort();
  if (programs.length === 0) {
    console.error(`bench: no benchmark in ${BENCH_DIR} matches '${opts.filter}'`);
    process.exit(2);
  }

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

  if (opts.json) {
    const report = {
      date: new Date().toISOString(),
      python: pyVersion,
      node: process.version,
      repeat: opts.repeat,
      filter: opts.filter,
      results,
      geomean,
      specialized_speedup: speedup,
    };
    writeFileSync(resolve(opts.json), JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwrote ${resolve(opts.json)}`);
  }

  process.exit(bad.length ? 1 : 0);
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

main();
