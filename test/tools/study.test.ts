// `gilvm study` end to end on a small matrix (a few seconds): results.json rows have the
// schema's columns and measured values, results.csv holds the same rows, report.html its
// charts and findings, and the convoy's timeline is written; plus the findings computed
// from rows. The values are not asserted against numbers (they are timings), only their
// presence and their relations that hold by construction.
import test from 'ava';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { STUDY_COLUMNS, type StudyRow } from '../../src/tools/study/schema.js';
import { findings, parseMeasures } from '../../src/tools/study/study.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

test('a small study writes rows of the schema, the CSV, the report with its charts, and the convoy timeline', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'gilvm-study-'));
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'gilvm.js'), 'study', '--workloads', 'cpu,convoy',
    '--policies', 'cpython,io-priority', '--intervals', '0.005', '--threads', '1,2', '--seconds', '0.3', '--out', out], { timeout: 120_000 });
  const rows = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as StudyRow[];
  // cpu at 1 and 2 threads, convoy beside 0, 1 and 2 CPU threads, for each of two policies.
  t.is(rows.length, 2 * (2 + 3));
  for (const r of rows) t.deepEqual(Object.keys(r).sort(), [...STUDY_COLUMNS].sort());
  const cpu = rows.filter((r) => r.workload === 'cpu');
  t.true(cpu.every((r) => r.iters_s! > 0 && r.runtime === 'gilvm'), 'every cpu row measured its iterations');
  t.true(cpu.filter((r) => r.cpu_threads === 1).every((r) => r.throughput_rel === 1), 'throughput is relative to one thread');
  t.true(cpu.filter((r) => r.cpu_threads === 2).every((r) => r.switches_s! > 0 && r.jain! > 0 && r.jain! <= 1), 'two threads switch');
  t.true(rows.filter((r) => r.workload === 'convoy').every((r) => r.io_ops_s! > 0 && r.latency_p99_us! >= r.latency_p50_us!));
  const csv = readFileSync(join(out, 'results.csv'), 'utf8').trimEnd().split('\n');
  t.is(csv[0], STUDY_COLUMNS.join(','));
  t.is(csv.length, rows.length + 1);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  for (const title of ['Findings', 'GIL switches per second', 'Convoy: I/O round trips per second', 'GIL timeline', 'All results']) t.true(html.includes(title), title);
  t.true((html.match(/<svg/g) ?? []).length >= 5, 'charts and the timeline are inline SVG');
  t.true(existsSync(join(out, 'timeline-convoy.json')));
  t.true(stdout.includes("Convoy, gilvm's cpython policy at 5 ms"), 'the findings are printed');
});

test('parseMeasures reads the last line of key=value pairs, nan as null', (t) => {
  t.deepEqual(parseMeasures('noise\nio_ops_s=12.5 latency_p50_us=nan jain=1\n'), { io_ops_s: 12.5, latency_p50_us: null, jain: 1 });
});

test('findings compare the convoy alone and beside a CPU-bound thread, and the policies', (t) => {
  const base = Object.fromEntries(STUDY_COLUMNS.map((c) => [c, null])) as unknown as StudyRow;
  const convoy = (policy: string, cpu_threads: number, io_ops_s: number): StudyRow =>
    ({ ...base, runtime: 'gilvm', version: 'gilvm 0.1.0', workload: 'convoy', policy, interval_s: 0.005, cpu_threads, io_ops_s });
  const lines = findings([convoy('cpython', 0, 10000), convoy('cpython', 1, 500), convoy('io-priority', 0, 9000), convoy('io-priority', 1, 4500)]);
  t.is(lines.length, 2);
  t.regex(lines[0], /10,000 echo round trips\/s alone, 500 next to one CPU-bound thread: 20\.0x lower/);
  t.regex(lines[1], /4,500 round trips\/s, 9\.00x the cpython policy's, 50\.0% of its own rate alone/);
});
