/**
 * The GIL timeline of one run (`gilvm run --timeline FILE.html`, and one figure of the
 * study report): a lane per thread with what it was doing over time, and ticks for the
 * GIL's drop requests and forced switches and for specializations and deopts.
 */
import { writeFileSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml, htmlPage, htmlTable, renderSvg } from './charts.js';
import type { ThreadActivity, Timeline, TimelineMarkKind } from './study/schema.js';

const ACTIVITIES: ThreadActivity[] = ['running', 'waiting', 'blocked'];
const MARK_KINDS: TimelineMarkKind[] = ['drop_request', 'forced_switch', 'specialize', 'deopt'];
// Parallel to ACTIVITIES and MARK_KINDS: soft colors for the bars, strong ones for the ticks drawn over them.
const ACTIVITY_COLORS = ['#66bb6a', '#ffb74d', '#b0bec5'];
const MARK_COLORS = ['#d32f2f', '#7b1fa2', '#1976d2', '#212121'];

/**
 * Above this many spans or marks, one bar or tick each is a smear at 900 px wide and a
 * multi-megabyte SVG, so time is cut into BINS bins instead.
 */
const MAX_EVENTS = 3000;
const BINS = 400;

/**
 * What is drawn in a lane: rectangles for activities and rules for marks, both placed in
 * the lane's height by y0..y1 (0..1). A full-height bar is one span; in a binned timeline
 * the bars of one bin stack, each as high as its share of the bin.
 */
interface Shape { thread: string; kind: ThreadActivity | TimelineMarkKind; start_ms: number; end_ms: number; y0: number; y1: number; count: number }

function isAggregated(t: Timeline): boolean {
  return t.spans.length > MAX_EVENTS || t.marks.length > MAX_EVENTS;
}

function binWidthUs(t: Timeline): number {
  return Math.max(t.end_us, 1) / BINS;
}

function laneNames(t: Timeline): (thread: number) => string {
  const names = new Map(t.threads.map((th) => [th.index, th.name]));
  return (thread) => names.get(thread) ?? `thread ${thread}`;
}

/** Each kind of mark gets its own quarter of the lane, so marks of different kinds at one time stay apart. */
function markShape(thread: string, kind: TimelineMarkKind, t_ms: number): Shape {
  const k = MARK_KINDS.indexOf(kind);
  return { thread, kind, start_ms: t_ms, end_ms: t_ms, y0: 1 - (k + 1) / MARK_KINDS.length, y1: 1 - k / MARK_KINDS.length, count: 1 };
}

/** Every span a full-height bar and every mark a rule. */
function eachEvent(t: Timeline): Shape[] {
  const name = laneNames(t);
  return [
    ...t.spans.map((s) => ({ thread: name(s.thread), kind: s.activity, start_ms: s.start_us / 1000, end_ms: s.end_us / 1000, y0: 0, y1: 1, count: 1 })),
    ...t.marks.map((m) => markShape(name(m.thread), m.kind, m.t_us / 1000)),
  ];
}

/**
 * Per thread and bin, the activities' shares of the bin stacked (a run of bins with equal
 * shares is one bar), and per thread, bin and kind one rule carrying the number of marks.
 */
function binned(t: Timeline): Shape[] {
  const name = laneNames(t);
  const width = binWidthUs(t);
  const A = ACTIVITIES.length;
  const timeIn = new Map<number, Float64Array>(); // thread -> microseconds at [bin * A + activity]
  for (const s of t.spans) {
    let acc = timeIn.get(s.thread);
    if (acc === undefined) timeIn.set(s.thread, (acc = new Float64Array(BINS * A)));
    const a = ACTIVITIES.indexOf(s.activity);
    for (let b = Math.max(0, Math.floor(s.start_us / width)); b < BINS && b * width < s.end_us; b++) {
      acc[b * A + a] += Math.min(s.end_us, (b + 1) * width) - Math.max(s.start_us, b * width);
    }
  }
  const shapes: Shape[] = [];
  for (const [thread, acc] of timeIn) {
    let previous: Shape[] = [];
    for (let b = 0; b < BINS; b++) {
      const start_ms = (b * width) / 1000, end_ms = ((b + 1) * width) / 1000;
      let y0 = 0;
      const bars = ACTIVITIES.flatMap((kind, a) => {
        const share = acc[b * A + a] / width;
        if (share === 0) return [];
        y0 += share;
        return [{ thread: name(thread), kind, start_ms, end_ms, y0: y0 - share, y1: y0, count: 1 }];
      });
      const same = bars.length === previous.length && bars.every((bar, i) => bar.kind === previous[i].kind && bar.y1 === previous[i].y1);
      if (same) for (const bar of previous) bar.end_ms = end_ms;
      else shapes.push(...(previous = bars));
    }
  }
  const marks = new Map<string, Shape>();
  for (const m of t.marks) {
    const b = Math.min(BINS - 1, Math.max(0, Math.floor(m.t_us / width)));
    const key = `${m.thread} ${m.kind} ${b}`;
    const mark = marks.get(key);
    if (mark !== undefined) mark.count++;
    else marks.set(key, markShape(name(m.thread), m.kind, ((b + 0.5) * width) / 1000));
  }
  return [...shapes, ...marks.values()];
}

/** The timeline chart alone. */
export async function timelineSvg(t: Timeline): Promise<string> {
  const aggregated = isAggregated(t);
  const lanes = t.threads.map((th) => th.name);
  const x = { field: 'start_ms', type: 'quantitative' as const, title: 'time (ms)', scale: { domain: [0, t.end_us / 1000], nice: false } };
  const y = { field: 'y0', type: 'quantitative' as const, axis: null, scale: { domain: [0, 1] } };
  // One scale for activities and marks: separate ones would give each lane its own legends.
  const color = { field: 'kind', type: 'nominal' as const, title: null, scale: { domain: [...ACTIVITIES, ...MARK_KINDS], range: [...ACTIVITY_COLORS, ...MARK_COLORS] } };
  const spec: TopLevelSpec = {
    data: { values: aggregated ? binned(t) : eachEvent(t) },
    facet: { row: { field: 'thread', type: 'nominal', sort: lanes, title: null, header: { labelAngle: 0, labelAlign: 'left', labelOrient: 'left', labelPadding: 0, labelFontSize: 12 } } },
    spacing: 6,
    spec: {
      width: 900,
      height: 36,
      layer: [
        {
          transform: [{ filter: { field: 'kind', oneOf: ACTIVITIES } }],
          mark: { type: 'rect' },
          encoding: { x, x2: { field: 'end_ms' }, y, y2: { field: 'y1' }, color },
        },
        {
          transform: [{ filter: { field: 'kind', oneOf: MARK_KINDS } }],
          mark: { type: 'rule', strokeWidth: 1.5 },
          encoding: {
            x, y, y2: { field: 'y1' }, color,
            ...(aggregated && { opacity: { field: 'count', type: 'quantitative', title: 'marks per bin', scale: { type: 'log', range: [0.3, 1] } } }),
          },
        },
      ],
    },
  };
  return renderSvg(spec);
}

/** Sentences a reader of the chart must see: that it is aggregated, or cut short. */
export function timelineNotes(t: Timeline): string[] {
  const notes: string[] = [];
  if (isAggregated(t)) {
    notes.push(`Aggregated: ${t.spans.length} spans and ${t.marks.length} marks are too many to draw one by one, so the run is cut ` +
      `into ${BINS} bins of ${(binWidthUs(t) / 1000).toPrecision(3)} ms. Each bin stacks the activities by their share of it; ` +
      `a tick stands for all marks of its kind in its bin, darker for more.`);
  }
  if (t.dropped > 0) notes.push(`${t.dropped} events were dropped (the recorder ran out of room), so the timeline ends early.`);
  return notes;
}

/** Per thread: milliseconds in each activity and the number of marks of each kind. */
function summaryTable(t: Timeline): string {
  const rows = t.threads.map((th) => [
    th.name,
    ...ACTIVITIES.map((a) => t.spans.filter((s) => s.thread === th.index && s.activity === a).reduce((ms, s) => ms + (s.end_us - s.start_us) / 1000, 0)),
    ...MARK_KINDS.map((k) => t.marks.filter((m) => m.thread === th.index && m.kind === k).length),
  ]);
  return htmlTable(['thread', ...ACTIVITIES.map((a) => `${a} (ms)`), ...MARK_KINDS], rows);
}

export async function renderTimelineHtml(t: Timeline, title: string): Promise<string> {
  const notes = timelineNotes(t).map((n) => `<p class="note">${escapeHtml(n)}</p>\n`).join('');
  return htmlPage(title, `<p class="caption">One lane per thread over ${(t.end_us / 1000).toFixed(1)} ms. Bars: running holds the GIL, ` +
    `waiting wants it, blocked sleeps or waits on a lock or queue. Ticks: the GIL's drop requests and forced switches, ` +
    `and the specializer's specializations and deopts.</p>
${notes}<figure>${await timelineSvg(t)}</figure>
<h2>Per thread</h2>
${summaryTable(t)}`);
}

/** The timeline in Chrome's trace event format (opens in Perfetto and chrome://tracing): one track per thread. */
export function chromeTrace(t: Timeline): object {
  const events: object[] = t.threads.map((th) => ({ name: 'thread_name', ph: 'M', pid: 1, tid: th.index, args: { name: th.name } }));
  for (const s of t.spans) events.push({ name: s.activity, cat: 'gil', ph: 'X', pid: 1, tid: s.thread, ts: s.start_us, dur: s.end_us - s.start_us });
  for (const m of t.marks) events.push({ name: m.detail === '' ? m.kind : `${m.kind} ${m.detail}`, cat: m.kind, ph: 'i', s: 't', pid: 1, tid: m.thread, ts: m.t_us });
  return { traceEvents: events, displayTimeUnit: 'ms', otherData: { dropped_events: t.dropped } };
}

/** `--timeline FILE`: a page with the chart for .html, the raw events (Chrome trace format) for .json. */
export async function writeTimeline(file: string, t: Timeline, title: string): Promise<void> {
  const text = file.endsWith('.html') ? await renderTimelineHtml(t, title) : JSON.stringify(chromeTrace(t)) + '\n';
  writeFileSync(file, text);
}
