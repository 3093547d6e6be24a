#!/usr/bin/env node
// Measures a warm start (README: Warm starts): examples/warmup.py's request loop run cold
// (`gilvm run`) against resumed from a snapshot taken after WARMUP requests (`gilvm resume`)
// and against started with the counters of a recorded profile's sites at zero
// (`gilvm run --warm-start`, the profile of a cold run of N requests).
//
//   node scripts/warmup.js [--requests N] [--warmup W] [--repeat R]
//
// For each, interleaved R times, it keeps the median of: the time to the first 10, 100 ...
// N requests (measured by the program from when serving starts), the process's wall time,
// and from --stats: the specializations made and the specialized fraction (executions of
// specialized forms / executions of specializable instructions). Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '1000' }, warmup: { type: 'string', default: '2000' }, repeat: { type: 'string', default: '5' } } });
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GILVM = join(ROOT, 'bin', 'gilvm.js');
const PROGRAM = join(ROOT, 'examples', 'warmup.py');
const dir = mkdtempSync(join(tmpdir(), 'gilvm-warmup-'));
const snapshot = join(dir, 'warm.snap');

function gilvm(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [GILVM, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gilvm ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { stdout: r.stdout, wallMs: performance.now() - start };
}

/** One measured run: times to the first K requests, wall time, and the --stats figures. */
function measure(args) {
  const stats = join(dir, 'stats.json');
  const { stdout, wallMs } = gilvm([args[0], '--stats', stats, ...args.slice(1)]);
  const firsts = Object.fromEntries([...stdout.matchAll(/first (\d+) requests: ([\d.]+) ms/g)].map((m) => [m[1], Number(m[2])]));
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  let specialized = 0, specializable = 0, specializations = 0;
  for (const [family, f] of Object.entries(s.specialization)) {
    specializable += f.executions;
    specialized += f.executions - (s.instructions[family]?.execution_count ?? 0);
    specializations += f.success;
  }
  return { firsts, wallMs, fraction: specialized / specializable, specializations };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  gilvm(['run', PROGRAM, values.requests, '--snapshot', snapshot, values.warmup]);
  gilvm(['profile', '--out', dir, PROGRAM, values.requests]);
  const runs = { cold: [], resumed: [], 'warm-start': [] };
  for (let i = 0; i < Number(values.repeat); i++) {
    runs.cold.push(measure(['run', PROGRAM, values.requests]));
    runs.resumed.push(measure(['resume', snapshot]));
    runs['warm-start'].push(measure(['run', '--warm-start', join(dir, 'profile.json'), PROGRAM, values.requests]));
  }
  const marks = Object.keys(runs.cold[0].firsts);
  console.log(`examples/warmup.py, ${values.requests} requests, snapshot after ${values.warmup}; median of ${values.repeat}`);
  console.log(['', ...marks.map((k) => `first ${k} (ms)`), 'process wall (ms)', 'specializations', 'specialized fraction'].join('\t'));
  for (const [name, rs] of Object.entries(runs)) {
    console.log([name, ...marks.map((k) => median(rs.map((r) => r.firsts[k])).toFixed(1)), median(rs.map((r) => r.wallMs)).toFixed(0),
      median(rs.map((r) => r.specializations)), median(rs.map((r) => r.fraction)).toFixed(3)].join('\t'));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
