/**
 * `profile.html`: the source as a heat map of the specializer's work, the warm-up timeline,
 * and the type-stability report, from a Profile (schema.ts). Charts use the study's vega-lite
 * renderer (charts.ts); the page is self-contained.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml, formatNumber, htmlPage, htmlTable, renderSvg } from '../charts.js';
import type { Profile, ProfileSample, ProfileSite } from './schema.js';
import { PROFILE_SAMPLE_MS } from '../../host/run.js';

/** Background colors of a site: its hits, its generic executions after a failed attempt, and the rest (warming up, misses). */
const STATE_COLORS = { specialized: [134, 214, 140], failed: [244, 143, 143], adaptive: [255, 213, 110] } as const;
/** Points of the warm-up chart at most; finer samples are merged. */
const MAX_POINTS = 300;
/** Source lines of a library file shown around its executed lines. */
const CONTEXT_LINES = 1;

function percent(part: number, whole: number): string {
  if (whole === 0) return '–';
  if (part > 0 && part < whole / 1000) return '<0.1%';
  return `${(100 * part / whole).toFixed(part === whole || part === 0 ? 0 : 1)}%`;
}

/** A site's executions split three ways (they add up to its executions). */
function siteShares(s: ProfileSite): { specialized: number; failed: number; adaptive: number } {
  const total = Math.max(s.executions, 1);
  return { specialized: s.hits / total, failed: s.failed / total, adaptive: (s.adaptive + s.misses) / total };
}

function siteColor(s: ProfileSite): string {
  const shares = siteShares(s);
  const mix = [0, 1, 2].map((i) => Math.round(
    shares.specialized * STATE_COLORS.specialized[i] + shares.failed * STATE_COLORS.failed[i] + shares.adaptive * STATE_COLORS.adaptive[i]));
  return `rgb(${mix.join(',')})`;
}

function siteTitle(s: ProfileSite): string {
  const forms = s.forms.map((f) => `${f.name} ${formatNumber(f.executions)}`).join(', ');
  return `${s.family} -> ${s.final_form}\n${formatNumber(s.executions)} executions: ${percent(s.hits, s.executions)} specialized hits, ` +
    `${formatNumber(s.misses)} misses, ${formatNumber(s.deopts)} deopts, ${formatNumber(s.failures)} failed attempts` +
    (s.failure_kind !== null ? ` (last: ${s.failure_kind})` : '') + (forms !== '' ? `\nforms: ${forms}` : '') +
    (s.types.length > 0 ? `\ntypes: ${typeMix(s)}` : '');
}

/** The operand types a site saw with their shares, e.g. "(int, int) 51%, (float, float) 49%"; `least` leaves out rarer ones. */
function typeMix(s: ProfileSite, least = 0): string {
  const total = s.types.reduce((n, t) => n + t.executions, 0) + s.other_types;
  const parts = s.types.filter((t) => t.executions >= least * total)
    .map((t) => `${t.types.includes(',') ? `(${t.types})` : t.types} ${percent(t.executions, total)}`);
  if (s.other_types > 0) parts.push(`other types ${percent(s.other_types, total)}`);
  return parts.join(', ');
}

/** The source lines of a file as it is now, or none if it cannot be read. */
function sourceLines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
}

/** The source text of a site's span (its first line when it spans several). */
function snippet(s: ProfileSite): string {
  const text = sourceLines(s.file)[s.line - 1] ?? '';
  return text.slice(Math.max(0, s.col), s.end_line === s.line ? s.end_col : undefined).trim();
}

const location = (s: ProfileSite) => `${shortFile(s.file)}:${s.line}`;

function shortFile(file: string): string {
  return file.split('/').pop() ?? file;
}

/** Where each character of a line belongs: the innermost site span covering it, or -1. */
function spanOwners(text: string, lineNo: number, sites: { s: ProfileSite; index: number }[]): number[] {
  const owner = new Array<number>(text.length).fill(-1);
  const width = new Array<number>(text.length).fill(Infinity);
  for (const { s, index } of sites) {
    const start = Math.max(0, s.col);
    const end = s.end_line === lineNo ? Math.min(text.length, s.end_col) : text.length;
    for (let c = start; c < end; c++) {
      if (end - start < width[c]) {
        width[c] = end - start;
        owner[c] = index;
      }
    }
  }
  return owner;
}

// The heat map's geometry: a monospace font's advance is 0.6 em in the usual faces (DejaVu Sans Mono, Menlo, Consolas).
const FONT_PX = 13;
const CHAR_PX = FONT_PX * 0.6;
const LINE_PX = 18;
const GUTTER_PX = 150;

/**
 * The heat map of one file as an SVG (it opens alone too, and converts to a picture): every
 * line of the main script; for other files, the executed lines with a little context. The
 * gutter shows the line number and how many instructions it ran; hovering a span shows its
 * site's numbers, clicking it goes to the site's row.
 */
export function heatMapSvg(file: string, profile: Profile, whole: boolean): string {
  const executed = profile.lines[file] ?? {};
  const source = sourceLines(file);
  const sitesByLine = new Map<number, { s: ProfileSite; index: number }[]>();
  profile.sites.forEach((s, index) => {
    if (s.file !== file || s.line <= 0) return;
    sitesByLine.set(s.line, [...(sitesByLine.get(s.line) ?? []), { s, index }]);
  });
  const lineNumbers = Object.keys(executed).map(Number);
  const last = Math.max(source.length, ...lineNumbers);
  const shown = (n: number) => whole || lineNumbers.some((l) => Math.abs(l - n) <= CONTEXT_LINES);
  let body = '';
  let y = 0;
  let gap = false;
  let widest = 0;
  for (let n = 1; n <= last; n++) {
    if (!shown(n)) {
      gap = true;
      continue;
    }
    const baseline = (row: number) => row * LINE_PX + FONT_PX + 1;
    if (gap) body += `<text x="${GUTTER_PX}" y="${baseline(y++)}" class="gap">⋯</text>\n`;
    gap = false;
    const text = (source[n - 1] ?? '').replace(/\t/g, ' ');
    widest = Math.max(widest, text.length);
    const count = executed[n];
    const owners = spanOwners(text, n, sitesByLine.get(n) ?? []);
    const byIndex = new Map((sitesByLine.get(n) ?? []).map(({ s, index }) => [index, s]));
    for (let c = 0; c < text.length;) {
      let d = c;
      while (d < text.length && owners[d] === owners[c]) d++;
      const s = byIndex.get(owners[c]);
      if (s !== undefined) {
        body += `<a href="#site-${owners[c]}"><rect x="${GUTTER_PX + c * CHAR_PX}" y="${y * LINE_PX + 1}" width="${(d - c) * CHAR_PX}" ` +
          `height="${LINE_PX - 2}" rx="2" fill="${siteColor(s)}"><title>${escapeHtml(`${location(s)} ${siteTitle(s)}`)}</title></rect></a>\n`;
      }
      c = d;
    }
    body += `<text x="40" y="${baseline(y)}" class="ln">${n}</text>` +
      (count === undefined ? '' : `<text x="${GUTTER_PX - 12}" y="${baseline(y)}" class="count">${formatNumber(count)}</text>`) +
      `<text x="${GUTTER_PX}" y="${baseline(y)}" class="${count === undefined ? 'idle' : 'ran'}" xml:space="preserve">${escapeHtml(text)}</text>\n`;
    y++;
  }
  const width = GUTTER_PX + Math.max(40, widest) * CHAR_PX + 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y * LINE_PX + 4}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="${FONT_PX}">
<style>.ln { fill: #999; text-anchor: end; } .count { fill: #777; text-anchor: end; } .idle { fill: #888; } .ran { fill: #222; } .gap { fill: #bbb; } text { pointer-events: none; }</style>
<rect width="100%" height="100%" fill="#fff"/>
${body}</svg>`;
}

/** Summed over threads (or for one), per interval between samples: instruction rate and specialized share. */
interface Interval { t_ms: number; series: string; rate: number; share: number | null }

function intervals(samples: ProfileSample[], series: (thread: number) => string): Interval[] {
  const bySeries = new Map<string, ProfileSample[]>();
  const last = new Map<string, Map<number, ProfileSample>>();
  for (const s of [...samples].sort((a, b) => a.t_ms - b.t_ms)) {
    const name = series(s.thread);
    const threads = last.get(name) ?? new Map<number, ProfileSample>();
    last.set(name, threads);
    threads.set(s.thread, s);
    // The running sum over the threads of this series at this moment.
    const sum = { t_ms: s.t_ms, thread: -1, instructions: 0, adaptive: 0, specialized: 0, misses: 0 };
    for (const t of threads.values()) {
      sum.instructions += t.instructions;
      sum.adaptive += t.adaptive;
      sum.specialized += t.specialized;
      sum.misses += t.misses;
    }
    // Each series starts from zero one sampling period before its first sample.
    const list = bySeries.get(name) ?? [{ t_ms: Math.max(0, s.t_ms - PROFILE_SAMPLE_MS), thread: -1, instructions: 0, adaptive: 0, specialized: 0, misses: 0 }];
    if (list[list.length - 1].t_ms === s.t_ms) list[list.length - 1] = sum;
    else list.push(sum);
    bySeries.set(name, list);
  }
  const out: Interval[] = [];
  for (const [name, list] of bySeries) {
    const step = Math.max(1, Math.ceil((list.length - 1) / MAX_POINTS));
    for (let i = step; i < list.length; i += step) {
      const a = list[i - step], b = list[i];
      const dt = b.t_ms - a.t_ms;
      const adaptive = b.adaptive - a.adaptive;
      const hits = (b.specialized - b.misses) - (a.specialized - a.misses);
      out.push({ t_ms: b.t_ms, series: name, rate: dt > 0 ? (b.instructions - a.instructions) / dt / 1000 : 0, share: adaptive > 0 ? 100 * hits / adaptive : null });
    }
  }
  return out;
}

const EVENT_KINDS = ['specialize', 're-specialize', 'deopt'];
/** Bins of the specializer's events row: one bar per kind per bin keeps the picture small however many events there are. */
const EVENT_BINS = 200;

/** Per bin, each kind's count as a segment stacked on the kinds before it (y0..y1). */
function eventBins(profile: Profile, start: number, end: number): { start_ms: number; end_ms: number; kind: string; y0: number; y1: number }[] {
  const width = (end - start) / EVENT_BINS;
  const counts = Array.from({ length: EVENT_BINS }, () => EVENT_KINDS.map(() => 0));
  for (const e of profile.events) {
    if (e.kind === 'failure') continue;
    const bin = Math.min(EVENT_BINS - 1, Math.max(0, Math.floor((e.t_ms - start) / width)));
    counts[bin][EVENT_KINDS.indexOf(e.kind === 'respecialize' ? 're-specialize' : e.kind)]++;
  }
  return counts.flatMap((perKind, bin) => {
    let y = 0;
    return perKind.flatMap((count, k) => {
      if (count === 0) return [];
      y += count;
      return [{ start_ms: start + bin * width, end_ms: start + (bin + 1) * width, kind: EVENT_KINDS[k], y0: y - count, y1: y }];
    });
  });
}

export async function warmupChart(profile: Profile, perThread: boolean): Promise<string> {
  const names = new Map(profile.threads.map((t) => [t.index, t.name]));
  const values = intervals(profile.samples, perThread ? (t) => names.get(t) ?? `thread ${t}` : () => 'all threads');
  // From the first sample: before it, the workers were starting and no instruction ran.
  const times = profile.samples.map((s) => s.t_ms);
  const start = Math.max(0, Math.min(...times) - PROFILE_SAMPLE_MS), end = Math.max(start + 1, ...times);
  const x = { field: 't_ms', type: 'quantitative' as const, title: 'time since the run started (ms)', scale: { domain: [start, end], nice: false } };
  const color = { field: 'series', type: 'nominal' as const, title: perThread ? 'thread' : null, legend: perThread ? {} : null };
  const events = eventBins(profile, start, end);
  const spec: TopLevelSpec = {
    vconcat: [
      {
        width: 900, height: 160, data: { values },
        mark: { type: 'line', interpolate: 'step-before' },
        encoding: { x: { ...x, title: null }, y: { field: 'rate', type: 'quantitative', title: 'million instructions/s' }, color },
      },
      {
        // Intervals without adaptive instructions have no share: the line breaks there.
        width: 900, height: 160, data: { values },
        mark: { type: 'line', interpolate: 'step-before' },
        encoding: { x: { ...x, title: null }, y: { field: 'share', type: 'quantitative', title: 'specialized share (%)', scale: { domain: [0, 100] } }, color },
      },
      {
        width: 900, height: 80, data: { values: events },
        mark: { type: 'rect' },
        encoding: {
          x: { ...x, field: 'start_ms' }, x2: { field: 'end_ms' },
          y: { field: 'y0', type: 'quantitative', title: 'events' }, y2: { field: 'y1' },
          color: { field: 'kind', type: 'nominal', title: 'specializer', sort: EVENT_KINDS, scale: { domain: EVENT_KINDS, range: ['#1976d2', '#7b1fa2', '#d32f2f'] } },
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
  return renderSvg(spec);
}

/** A site whose types change: it deopted, or it took more than one specialized form. */
export function isUnstable(s: ProfileSite): boolean {
  return s.deopts > 0 || s.forms.length > 1;
}

/** What would make an unstable site stable, in words, from its family and the types it saw. */
export function stabilityAdvice(s: ProfileSite): string {
  // The kinds that matter: those of at least 1% of the executions.
  const mix = s.types.length > 0 ? typeMix(s, 0.01) : 'of several types';
  const where = `in \`${snippet(s)}\` at line ${s.line}`;
  const oneType = s.types.length === 1 && s.other_types === 0;
  switch (s.family) {
    case 'BINARY_OP': case 'COMPARE_OP':
      return `The operands are ${mix} ${where}. Give them one type (e.g. convert with float(...) once, before the loop), or keep the two kinds of work on separate lines.`;
    case 'LOAD_ATTR': case 'STORE_ATTR':
      return oneType
        ? `The object is always ${s.types[0].types} ${where}, but its class or its instances' attributes change (the type or keys version moves). Set every attribute in __init__, in the same order, and leave the class alone once made.`
        : `The object is ${mix} ${where}: the cache holds one class. Keep one class at this line (e.g. a method on each class instead of one function for all).`;
    case 'CALL':
      return oneType && s.types[0].types === 'function'
        ? `A new function object is called each time ${where} (a comprehension, lambda or nested def made per call), and the cache holds one function's version. Make the function once, outside the loop; CPython 3.12 inlines comprehensions (PEP 709), which removes this call.`
        : `The callable is ${mix} ${where}. Call one kind of callable here (e.g. always a function, or a bound method).`;
    case 'BINARY_SUBSCR': case 'STORE_SUBSCR':
      return `The container and index are ${mix} ${where}. Index one kind of container here.`;
    case 'FOR_ITER':
      return `The iterator is ${mix} ${where}. Loop over one kind of iterable here (e.g. always a list).`;
    case 'UNPACK_SEQUENCE':
      return `The sequence is ${mix} ${where}. Unpack one kind of sequence here (always tuples, or always lists).`;
    case 'LOAD_GLOBAL':
      return `A global or built-in this line reads is rebound while it runs ${where}. Bind it once, or copy it to a local before the loop.`;
    default:
      return `The types are ${mix} ${where}. Keep one type here.`;
  }
}

function stabilityTable(profile: Profile): string {
  const unstable = profile.sites.map((s, index) => ({ s, index })).filter(({ s }) => isUnstable(s)).sort((a, b) => b.s.misses - a.s.misses);
  if (unstable.length === 0) return '<p>No site changed its types: every specialized site kept its form.</p>';
  const respecializations = (index: number) => profile.events.filter((e) => e.site === index && e.kind === 'respecialize').length;
  return htmlTable(['site', 'code', 'family', 'forms taken', 'types seen', 'misses', 'deopts', 're-specializations', 'what would make it stable'],
    unstable.map(({ s, index }) => [
      location(s), snippet(s), s.family, s.forms.map((f) => f.name).join(', '), typeMix(s), s.misses, s.deopts, respecializations(index),
      stabilityAdvice(s),
    ]));
}

function sitesTable(profile: Profile): string {
  const rows = profile.sites.map((s, index) => ({ s, index })).sort((a, b) => b.s.executions - a.s.executions);
  return `<div class="wide"><table>\n<tr>${['site', 'code', 'family', 'final form', 'executions', 'specialized', 'misses', 'deopts', 'failed attempts', 'last failure']
    .map((h) => `<th>${h}</th>`).join('')}</tr>\n` + rows.map(({ s, index }) =>
    `<tr id="site-${index}"><td>${escapeHtml(location(s))}</td><td>${escapeHtml(s.code)}</td><td>${s.family}</td><td>${s.final_form}</td>` +
    `<td class="num">${formatNumber(s.executions)}</td><td class="num">${percent(s.hits, s.executions)}</td><td class="num">${formatNumber(s.misses)}</td>` +
    `<td class="num">${formatNumber(s.deopts)}</td><td class="num">${formatNumber(s.failures)}</td><td>${s.failure_kind ?? ''}</td></tr>\n`).join('') +
    '</table></div>';
}

/**
 * How long, from the first instruction, until the specialized share of an interval first
 * reached 90% of the whole run's share: milliseconds (to a sampling period) and
 * instructions; null if it never did.
 */
function warmupLag(profile: Profile): { ms: number; instructions: number } | null {
  const all = intervals(profile.samples, () => 'all');
  const final = overallShare(profile);
  const reached = all.find((i) => i.share !== null && i.share >= 0.9 * final);
  if (reached === undefined) return null;
  const start = Math.min(...profile.samples.map((s) => s.t_ms)) - PROFILE_SAMPLE_MS;
  const instructions = profile.samples.filter((s) => s.t_ms === reached.t_ms).reduce((n, s) => n + s.instructions, 0);
  return { ms: reached.t_ms - start, instructions };
}

/** Hits over executions of adaptive families, for the whole run. */
function overallShare(profile: Profile): number {
  const adaptive = profile.sites.reduce((n, s) => n + s.executions, 0);
  return adaptive === 0 ? 0 : 100 * profile.sites.reduce((n, s) => n + s.hits, 0) / adaptive;
}

function summary(profile: Profile): string {
  const count = (kind: string) => profile.events.filter((e) => e.kind === kind).length;
  const instructions = profile.stats.threads.reduce((n, t) => n + t.instructions, 0);
  const lag = warmupLag(profile);
  const never = profile.sites.filter((s) => s.successes === 0).length;
  const items: [string, string][] = [
    ['Run', `${escapeHtml([profile.script, ...profile.argv.slice(1)].join(' '))}: exit status ${profile.status}, ${profile.wall_s.toFixed(2)} s, ` +
      `${formatNumber(instructions)} instructions in ${profile.threads.length} thread(s)`],
    ['Specialized', `${overallShare(profile).toFixed(1)}% of the executions of adaptive instructions hit a specialized form`],
    ['Warm-up', lag === null ? 'the specialized share never reached 90% of the whole run\'s'
      : `the specialized share reached 90% of the whole run's within ${formatNumber(lag.ms)} ms of the first instruction (${formatNumber(lag.instructions)} instructions)`],
    ['Sites', `${profile.sites.length} adaptive sites ran; ${profile.sites.length - never} specialized, ${never} never did; ` +
      `${profile.sites.filter(isUnstable).length} changed types`],
    ['Specializer', `${count('specialize')} specializations, ${count('respecialize')} re-specializations, ${count('deopt')} deopts, ${count('failure')} failed attempts`],
  ];
  const notes = [];
  if (profile.dropped_events > 0) notes.push(`${profile.dropped_events} events did not fit in the event log; the timeline's marks end early.`);
  if (profile.unprofiled_codes > 0) notes.push(`${profile.unprofiled_codes} code objects were not profiled (the profile buffer was full).`);
  return `<dl>${items.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` + notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
}

const LEGEND_CSS = `<style>
.legend span { display: inline-block; padding: 0 0.5em; margin-right: 0.5em; border-radius: 2px; }
</style>`;

/** The files that ran, the main script first. */
export function profiledFiles(profile: Profile): { main: string | undefined; others: string[] } {
  const files = Object.keys(profile.lines).filter((f) => Object.keys(profile.lines[f]).length > 0);
  const main = files.find((f) => f === profile.script) ?? files[0];
  return { main, others: files.filter((f) => f !== main) };
}

export async function renderProfileHtml(profile: Profile): Promise<string> {
  const { main, others } = profiledFiles(profile);
  const legend = `<p class="legend"><span style="background:rgb(${STATE_COLORS.specialized.join(',')})">specialized</span>` +
    `<span style="background:rgb(${STATE_COLORS.failed.join(',')})">failed to specialize</span>` +
    `<span style="background:rgb(${STATE_COLORS.adaptive.join(',')})">adaptive (warming up, or missed)</span> ` +
    'A span mixes the colors by its share of executions; hover for the numbers, click for the site\'s row.</p>';
  const perThread = profile.threads.length > 1;
  return htmlPage(`gilvm profile: ${shortFile(profile.script)}`, `${LEGEND_CSS}
${summary(profile)}
<h2>Heat map</h2>
<p class="caption">Each instruction of an adaptive family (one the specializer can rewrite) is a span of the source, colored by
how its executions went; where spans nest, the innermost shows. Beside each line number: every instruction the line ran.</p>
${legend}
${main === undefined ? '<p>No line ran.</p>' : `<p><b>${escapeHtml(main)}</b></p><figure>${heatMapSvg(main, profile, true)}</figure>`}
${others.map((f) => `<details><summary>${escapeHtml(f)}</summary><figure>${heatMapSvg(f, profile, false)}</figure></details>`).join('\n')}
<h2>Warm-up</h2>
<p class="caption">Instructions per second and the share of adaptive instructions that hit a specialized form, per sampling
interval; below, the specializations, re-specializations and deopts in each of ${EVENT_BINS} bins. Warm-up is the climb at the start (the specializer and
V8's JIT both warm up); a deopt spike is a drop in the share when types change.</p>
<figure>${await warmupChart(profile, false)}</figure>
${perThread ? `<h3>Per thread</h3><figure>${await warmupChart(profile, true)}</figure>` : ''}
<h2>Type stability</h2>
<p class="caption">Sites whose operand types changed while the program ran: each change costs misses (the generic path runs
while the cached form no longer fits) and, once the site's counter runs out (53 misses with CPython's constants), a deopt and a
new specialization.</p>
${stabilityTable(profile)}
<h2>Sites</h2>
${sitesTable(profile)}`);
}
