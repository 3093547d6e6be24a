// The study report and the GIL timeline page (src/tools/study/report.ts, src/tools/timeline.ts)
// on synthetic data: which charts appear, that the tables hold every row and the right totals,
// and that a timeline too long to draw span by span is binned and says so.
import test from 'ava';
import { renderStudyReport, type ReportInfo } from '../../src/tools/study/report.js';
import type { StudyRow, Timeline, Workload } from '../../src/tools/study/schema.js';
import { renderTimelineHtml } from '../../src/tools/timeline.js';

const INTERVALS = [0.001, 0.005];

function row(runtime: StudyRow['runtime'], policy: string | null, workload: Workload, interval_s: number, cpu_threads: number, measures: Partial<StudyRow>): StudyRow {
  return {
    runtime, version: runtime === 'gilvm' ? 'gilvm 0.1.0' : 'CPython 3.11.7', workload, policy, interval_s, cpu_threads,
    threads: cpu_threads + (workload === 'cpu' ? 1 : 2), primitive: null, repeats: 3,
    io_ops_s: null, latency_p50_us: null, latency_p99_us: null, iters_s: null, throughput_rel: null, switches_s: null,
    hold_ms_p50: null, wait_ms_max: null, jain: null, rtt_mean_us: null, rtt_p50_us: null, ...measures,
  };
}

/** gilvm under two policies and CPython; every workload at two intervals. */
function studyRows(): StudyRow[] {
  const runtimes: [StudyRow['runtime'], string | null][] = [['gilvm', 'cpython'], ['gilvm', 'io-priority'], ['cpython', null]];
  return runtimes.flatMap(([runtime, policy], s) => INTERVALS.flatMap((interval) => [
    ...[1, 2, 4].map((k) => row(runtime, policy, 'cpu', interval, k, {
      iters_s: 1e6 * k, throughput_rel: k === 1 ? 1 : 0.95 - s / 20, jain: k === 1 ? 1 : 0.9 + s / 50,
      switches_s: k === 1 ? null : 1 / interval, hold_ms_p50: interval * 1000, wait_ms_max: interval * 1000 * k,
    })),
    ...[0, 1, 2].map((k) => row(runtime, policy, 'convoy', interval, k, {
      io_ops_s: k === 0 ? 20000 : 150 / interval / k, latency_p50_us: 50 + 1e6 * interval * k, latency_p99_us: 80 + 2e6 * interval * k,
    })),
    ...['lock', 'event'].flatMap((primitive) => [0, 1].map((k) => ({
      ...row(runtime, policy, 'handoff', interval, k, { rtt_mean_us: 30 + 1e6 * interval * k, rtt_p50_us: 25 + 1e6 * interval * k }), primitive,
    }))),
  ]));
}

const INFO: ReportInfo = {
  title: 'GIL study', machine: 'test box, 8 cores', versions: ['gilvm 0.1.0', 'CPython 3.11.7'], command: 'gilvm study --quick',
  date: '2025-01-01', findings: ['io-priority keeps the echo at 20 000 ops/s & more'],
};

const CHART_TITLES = [
  'GIL switches per second (cpu workload)',
  'Convoy: I/O round trips per second',
  'Convoy: round-trip latency',
  'Convoy: I/O round trips per second by CPU-bound threads (interval 5 ms)',
  'Fairness and cost of switching (cpu workload)',
  'Hand-off round trip A -&gt; B -&gt; A',
  'GIL timeline of a convoy run',
];

const count = (s: string, needle: string) => s.split(needle).length - 1;

/** Two threads taking turns: MainThread runs 1.5 ms, then blocks 0.5 ms; Thread-1 waits while it runs. */
function turns(rounds: number): Timeline {
  const t: Timeline = { threads: [{ index: 0, name: 'MainThread' }, { index: 1, name: 'Thread-1' }], spans: [], marks: [], end_us: 2000 * rounds, dropped: 0 };
  for (let i = 0; i < rounds; i++) {
    const at = 2000 * i;
    t.spans.push({ thread: 0, activity: 'running', start_us: at, end_us: at + 1500 }, { thread: 0, activity: 'blocked', start_us: at + 1500, end_us: at + 2000 });
    t.spans.push({ thread: 1, activity: 'waiting', start_us: at, end_us: at + 1500 }, { thread: 1, activity: 'running', start_us: at + 1500, end_us: at + 2000 });
    t.marks.push({ thread: 1, kind: 'drop_request', t_us: at + 1000, detail: '' });
    if (i % 2 === 0) t.marks.push({ thread: 0, kind: 'specialize', t_us: at + 10, detail: 'LOAD_ATTR' });
  }
  return t;
}

test('the report draws each chart once, with its title, and tables every row', async (t) => {
  const rows = studyRows();
  const html = await renderStudyReport(rows, INFO, turns(3));
  t.is(count(html, '<svg'), CHART_TITLES.length);
  for (const title of CHART_TITLES) t.true(html.includes(`<h2>${title}</h2>`), title);
  t.is(count(html, '<tr>'), rows.length + 1);
  t.true(html.includes('<li>io-priority keeps the echo at 20 000 ops/s &amp; more</li>'));
  for (const label of ['gilvm cpython', 'gilvm io-priority', 'CPython 3.11.7']) t.true(html.includes(`>${label}</text>`), label);
  t.true(html.includes('<td class="num">–</td>'));
  t.true(html.includes('<code>gilvm study --quick</code>'));
  t.false(html.includes('<script'));
});

test('the report leaves out charts it has no rows for', async (t) => {
  const rows = studyRows().filter((r) => r.workload === 'cpu');
  const html = await renderStudyReport(rows, { ...INFO, findings: [] }, null);
  t.is(count(html, '<svg'), 2);
  t.true(html.includes('GIL switches per second'));
  t.false(html.includes('Convoy'));
  t.false(html.includes('<h2>Findings</h2>'));
  t.is(count(html, '<tr>'), rows.length + 1);
});

test('the convoy bars show every interval when 5 ms was not run', async (t) => {
  const rows = studyRows().filter((r) => r.workload === 'convoy').map((r) => ({ ...r, interval_s: r.interval_s * 2 }));
  const html = await renderStudyReport(rows, INFO, null);
  t.true(html.includes('by CPU-bound threads (interval 2 ms, 10 ms)'));
  t.true(html.includes('>interval 10 ms</text>'));
});

test('the timeline page sums each thread\'s time and marks', async (t) => {
  const html = await renderTimelineHtml(turns(3), 'timeline <test>');
  t.true(html.includes('<title>timeline &lt;test&gt;</title>'));
  t.is(count(html, '<svg'), 1);
  // thread, running / waiting / blocked ms, drop_request, forced_switch, specialize, deopt
  const cells = (values: (string | number)[]) =>
    `<tr>${values.map((v, i) => (i === 0 ? `<td>${v}</td>` : `<td class="num">${v}</td>`)).join('')}</tr>`;
  t.true(html.includes(cells(['MainThread', 4.5, 0, 1.5, 0, 0, 2, 0])));
  t.true(html.includes(cells(['Thread-1', 1.5, 4.5, 0, 3, 0, 0, 0])));
  t.false(html.includes('Aggregated'));
  t.false(html.includes('dropped'));
  t.true((await renderTimelineHtml({ ...turns(3), dropped: 7 }, 'cut')).includes('7 events were dropped'));
});

test('a timeline with more than 3000 spans is binned and says so', async (t) => {
  const rounds = 1000; // 4000 spans
  const html = await renderTimelineHtml(turns(rounds), 'long run');
  t.is(count(html, '<svg'), 1);
  t.true(html.includes('Aggregated: 4000 spans and 1500 marks'));
  // The table still sums the spans themselves, not the bins.
  t.true(html.includes('<td>MainThread</td><td class="num">1,500</td><td class="num">0</td><td class="num">500</td><td class="num">0</td>'));
  // One shape per span would be 4000 paths; binned, each lane has at most a few per bin.
  t.true(count(html, '<path') < 4000);
});
