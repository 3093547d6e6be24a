// Profiles gilvm on one script (build first: npm run build) and prints the functions with
// the most self time, then the hottest lines of the eval loop.
//   node scripts/profile.js scripts/bench/nbody.py [--top N] [--lines FUNCTION] [-- gilvm run options]
// --lines names the function whose hottest lines are shown (default evalLoop).
// It profiles `gilvm run`, whose Python thread runs the worker bundle (one module, as the
// benchmarks run it): V8 compiles the separate modules of dist/src differently (every
// imported binding is a module variable with a hole check), and about twice as slowly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = process.argv[2];
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
const linesIndex = process.argv.indexOf('--lines');
const linesOf = linesIndex > 0 ? process.argv[linesIndex + 1] : 'evalLoop';
const dashes = process.argv.indexOf('--');
const runOptions = dashes > 0 ? process.argv.slice(dashes + 1) : [];
if (!script) {
  process.stderr.write('usage: node scripts/profile.js script.py [--top N]\n');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'gilvm-prof-'));
const started = performance.now();
const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(root, 'bin/gilvm.js'), 'run', ...runOptions, script], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`gilvm run ${[...runOptions, script].join(' ')}: ${(performance.now() - started).toFixed(0)} ms`);
// One profile per thread: the main thread's (the host) and the Python thread's worker.
const profile = readdirSync(dir)
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')))
  .find((p) => p.nodes.some((n) => n.callFrame.functionName === 'evalLoop'));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byFunction = new Map();
for (const [id, t] of selfTime) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + t);
}
const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
const pct = (t, of) => `${((100 * t) / of).toFixed(1).padStart(5)}%`;
console.log(`self time by function (${(total / 1000).toFixed(0)} ms sampled):`);
for (const [k, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(pct(t, total), k);

const lines = new Map();
for (const n of profile.nodes) {
  if (n.callFrame.functionName !== linesOf) continue;
  for (const { line, ticks } of n.positionTicks ?? []) lines.set(line, (lines.get(line) ?? 0) + ticks);
}
const ticks = [...lines.values()].reduce((a, b) => a + b, 0);
if (ticks > 0) {
  const source = readFileSync(join(root, 'dist/workers/thread.bundle.mjs'), 'utf8').split('\n');
  console.log(`\nhottest lines of ${linesOf} (dist/workers/thread.bundle.mjs):`);
  for (const [line, t] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(pct(t, ticks), String(line).padStart(5), source[line - 1].trim().slice(0, 90));
  }
}
