/**
 * The HTML report of `gilvm study`: the caller's findings, one chart per question the
 * study asks (each with what to look for), a table of every row, and how it was run.
 */
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml, formatNumber, htmlPage, htmlTable, renderSvg } from '../charts.js';
import { timelineNotes, timelineSvg } from '../timeline.js';
import { STUDY_COLUMNS, type StudyRow, type Timeline } from './schema.js';

/** What the report says about the run besides its rows; `findings` are sentences the caller computed from them. */
export interface ReportInfo {
  title: string;
  machine: string;
  versions: string[];
  command: string;
  date: string;
  findings: string[];
}

/** The interval the convoy bar chart shows when the study ran several: CPython's default. */
const DEFAULT_INTERVAL_S = 0.005;

/** "gilvm cpython", "gilvm io-priority", or CPython's version ("CPython 3.11.7"). */
function seriesLabel(r: StudyRow): string {
  return r.runtime === 'gilvm' ? `gilvm ${r.policy}` : r.version;
}

interface Point { series: string; cpu_threads: number; interval_s: number; value: number; panel: string }

/** One point per row that has `field`; `panel` names the small multiple it is drawn in. */
function points(rows: StudyRow[], field: keyof StudyRow, panel: (r: StudyRow) => string = () => ''): Point[] {
  return rows.flatMap((r) => {
    const value = r[field];
    return typeof value === 'number' ? [{ series: seriesLabel(r), cpu_threads: r.cpu_threads, interval_s: r.interval_s, value, panel: panel(r) }] : [];
  });
}

/** Encodings every study chart shares: the same color for a series in every chart, and small multiples by panel. */
function common(values: Point[], series: string[]) {
  return {
    color: { field: 'series', type: 'nominal' as const, title: null, scale: { domain: series } },
    ...(new Set(values.map((p) => p.panel)).size > 1 && { column: { field: 'panel', type: 'nominal' as const, title: null } }),
  };
}

/** A line per series and number of CPU-bound threads, against the switch interval. */
function linesOverInterval(values: Point[], series: string[], yTitle: string, yScale: 'log' | 'linear' = 'log'): TopLevelSpec {
  return {
    // A log scale cannot place a zero.
    data: { values: yScale === 'log' ? values.filter((p) => p.value > 0) : values },
    mark: { type: 'line', point: true },
    width: 320,
    height: 240,
    encoding: {
      x: { field: 'interval_s', type: 'quantitative', title: 'switch interval (s)', scale: { type: 'log' } },
      y: { field: 'value', type: 'quantitative', title: yTitle, scale: { type: yScale } },
      // Both on one field make one legend, whose symbols then tell the lines apart.
      strokeDash: { field: 'cpu_threads', type: 'nominal', title: 'CPU-bound threads' },
      shape: { field: 'cpu_threads', type: 'nominal', title: 'CPU-bound threads' },
      ...common(values, series),
    },
  };
}

/** Bars per number of CPU-bound threads, one per series side by side. */
function barsByThreads(values: Point[], series: string[], yTitle: string): TopLevelSpec {
  return {
    data: { values },
    mark: { type: 'bar' },
    height: 240,
    encoding: {
      x: { field: 'cpu_threads', type: 'ordinal', title: 'CPU-bound threads', axis: { labelAngle: 0 } },
      xOffset: { field: 'series', type: 'nominal', scale: { domain: series } },
      y: { field: 'value', type: 'quantitative', title: yTitle },
      ...common(values, series),
    },
  };
}

function figure(title: string, svg: string, caption: string): string {
  return `<h2>${escapeHtml(title)}</h2>\n<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>\n`;
}

export async function renderStudyReport(rows: StudyRow[], info: ReportInfo, timeline: Timeline | null): Promise<string> {
  const series = [...new Set(rows.map(seriesLabel))];
  const cpu = rows.filter((r) => r.workload === 'cpu');
  // One spinning thread never switches and is perfectly fair by definition.
  const contended = cpu.filter((r) => r.cpu_threads >= 2);
  const convoy = rows.filter((r) => r.workload === 'convoy');
  const handoff = rows.filter((r) => r.workload === 'handoff');
  const barRows = convoy.some((r) => r.interval_s === DEFAULT_INTERVAL_S) ? convoy.filter((r) => r.interval_s === DEFAULT_INTERVAL_S) : convoy;
  const barIntervals = [...new Set(barRows.map((r) => r.interval_s))];

  const charts: { title: string; caption: string; values: Point[]; spec: (values: Point[]) => TopLevelSpec }[] = [
    {
      title: 'GIL switches per second (cpu workload)',
      caption: 'A thread holding the GIL is asked to drop it after one switch interval, so with two or more CPU-bound threads ' +
        'the rate should follow 1/interval: a straight line of slope -1 on these log scales. A line that flattens at small ' +
        'intervals means a switch costs more than the interval. gilvm cpython and CPython should lie close together.',
      values: points(contended, 'switches_s'),
      spec: (v) => linesOverInterval(v, series, 'switches/s'),
    },
    {
      title: 'Convoy: I/O round trips per second',
      caption: 'A thread echoing over a socket while CPU-bound threads spin. Each time it blocks it gives up the GIL and may wait ' +
        'up to an interval to get it back, so under CPython\'s policy its rate falls as the interval grows (the convoy effect). ' +
        'A policy that favors I/O threads should keep its line high and flat.',
      values: points(convoy, 'io_ops_s'),
      spec: (v) => linesOverInterval(v, series, 'round trips/s'),
    },
    {
      title: 'Convoy: round-trip latency',
      caption: 'Median (p50) and 99th percentile (p99) of the echo\'s latency. Under the convoy effect both grow with the interval; ' +
        'the gap between p50 and p99 shows how uneven the waits for the GIL are.',
      values: [...points(convoy, 'latency_p50_us', () => 'p50'), ...points(convoy, 'latency_p99_us', () => 'p99')],
      spec: (v) => linesOverInterval(v, series, 'latency (µs)'),
    },
    {
      title: `Convoy: I/O round trips per second by CPU-bound threads (interval ${barIntervals.map((s) => `${formatNumber(s * 1000)} ms`).join(', ')})`,
      caption: 'The echo\'s rate with 0, 1, 2 ... spinning threads beside it. Under CPython\'s policy the first spinner costs the ' +
        'most; bars that stay level mean I/O is not starved by CPU-bound threads.',
      values: points(barRows, 'io_ops_s', (r) => `interval ${formatNumber(r.interval_s * 1000)} ms`),
      spec: (v) => barsByThreads(v, series, 'round trips/s'),
    },
    {
      title: 'Fairness and cost of switching (cpu workload)',
      caption: 'Jain\'s index of the threads\' GIL time is 1 when all got equal shares and 1/n when one got it all. Throughput ' +
        'relative to one thread is the loop rate of n threads together over that of one: below 1 is what switching costs.',
      values: [...points(contended, 'jain', () => 'Jain\'s index'), ...points(contended, 'throughput_rel', () => 'throughput relative to 1 thread')],
      spec: (v) => linesOverInterval(v, series, 'value', 'linear'),
    },
    {
      title: 'Hand-off round trip A -> B -> A',
      caption: 'Mean time for one thread to wake another through a lock or an event and be woken back, alone (0 CPU-bound threads) ' +
        'and beside a spinner. Alone it measures the wake-up path; beside a spinner each hop may wait for the GIL, up to an interval.',
      values: points(handoff, 'rtt_mean_us', (r) => r.primitive ?? ''),
      spec: (v) => linesOverInterval(v, series, 'round trip (µs)'),
    },
  ];

  let body = `<p class="caption">${escapeHtml(info.date)} · ${escapeHtml(info.machine)}</p>\n`;
  if (info.findings.length > 0) body += `<h2>Findings</h2>\n<ul>\n${info.findings.map((f) => `<li>${escapeHtml(f)}</li>\n`).join('')}</ul>\n`;
  for (const c of charts) {
    if (c.values.length > 0) body += figure(c.title, await renderSvg(c.spec(c.values)), c.caption);
  }
  if (timeline !== null) {
    body += figure('GIL timeline of a convoy run', await timelineSvg(timeline), [
      'One lane per thread: green while it holds the GIL, orange while it waits for it, grey while blocked in I/O, sleep or a lock. ' +
      'Look for the I/O thread waiting after each blocking call, and for the drop requests that end its waits.',
      ...timelineNotes(timeline),
    ].join(' '));
  }
  body += `<h2>All results</h2>\n${htmlTable([...STUDY_COLUMNS], rows.map((r) => STUDY_COLUMNS.map((c) => r[c])))}\n`;
  body += `<h2>How it was run</h2>\n<dl>
<dt>Machine</dt><dd>${escapeHtml(info.machine)}</dd>
<dt>Versions</dt><dd>${info.versions.map(escapeHtml).join('<br>')}</dd>
<dt>Command</dt><dd><code>${escapeHtml(info.command)}</code></dd>
<dt>Date</dt><dd>${escapeHtml(info.date)}</dd>
</dl>`;
  return htmlPage(info.title, body);
}
