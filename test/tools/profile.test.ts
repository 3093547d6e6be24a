// `gilvm profile` agrees with the run's own --stats counters, its heat map shows every line
// that ran, its type-stability report names the site whose types flip, it follows threads,
// and --warm-start makes recorded sites specialize sooner. Runs in process with runImage.
import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImage, type RunOptions } from '../../src/host/run.js';
import type { RunStats } from '../../src/host/stats.js';
import { ProfileRecording } from '../../src/tools/profile/record.js';
import { heatMapSvg, isUnstable, renderProfileHtml, stabilityAdvice } from '../../src/tools/profile/report.js';
import { warmStartSites } from '../../src/tools/profile/profile.js';
import type { Profile } from '../../src/tools/profile/schema.js';
import { parseSpecializerConfig } from '../../src/vm/counters.js';

const WORK = mkdtempSync(join(tmpdir(), 'gilvm-profile-'));

// Line 11 adds float + int and float + float in turn; line 16 reads .x from two classes; line 26
// calls a new comprehension function each time.
const POLYMORPHIC = `class A:
    def __init__(self):
        self.x = 1

class B:
    def __init__(self):
        self.y = 0
        self.x = 2

def add(a, b):
    return a + b

def total(objs):
    s = 0
    for o in objs:
        s += o.x
    return s

n = 0
for i in range(4000):
    n = add(n, i if i % 2 == 0 else 0.5)
objs = [A() if i % 3 else B() for i in range(1500)]
print(total(objs), n)

def squares(k):
    return [j * j for j in range(k)]

m = 0
for _ in range(200):
    m += len(squares(3))
print(m)
`;

const THREADED = `import threading

class P:
    def __init__(self, v):
        self.v = v

def work(k, out):
    total = 0
    items = [P(i) for i in range(100)]
    for r in range(100):
        for it in items:
            total += it.v * k
    out[k] = total

out = {}
ts = [threading.Thread(target=work, args=(k, out)) for k in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
`;

function script(name: string, text: string): string {
  const file = join(WORK, name);
  writeFileSync(file, text);
  return file;
}

async function profileRun(file: string, extra: Partial<RunOptions> = {}): Promise<{ profile: Profile; stats: RunStats; out: string }> {
  const recording = new ProfileRecording();
  let out = '';
  const [outcome] = await runImage({
    timeoutSeconds: 60, profile: recording, ...extra,
    output: { stdout: (b) => { out += Buffer.from(b).toString(); }, stderr: () => {} },
  }, [{ script: file, args: [] }]);
  return { profile: recording.profile(file, [file], outcome.status), stats: outcome.stats!, out };
}

const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

function assertAgreesWithStats(t: import('ava').ExecutionContext, profile: Profile, stats: RunStats): void {
  t.is(profile.dropped_events, 0);
  t.is(profile.unprofiled_codes, 0);
  for (const [family, f] of Object.entries(stats.specialization)) {
    const sites = profile.sites.filter((s) => s.family === family);
    const events = (kinds: string[]) => profile.events.filter((e) => kinds.includes(e.kind) && (e.site < 0 || profile.sites[e.site].family === family));
    t.is(events(['specialize', 'respecialize']).filter((e) => e.site >= 0).length, f.success, `${family}: one event per success`);
    t.is(events(['deopt']).length, f.deopt, `${family}: one event per deopt`);
    t.is(sum(sites, (s) => s.successes), f.success, `${family}: successes`);
    t.is(sum(sites, (s) => s.failures), f.failure, `${family}: failures`);
    t.is(sum(sites, (s) => s.misses), f.miss, `${family}: misses`);
    t.is(sum(sites, (s) => s.hits), f.hit, `${family}: hits`);
    t.is(sum(sites, (s) => s.executions), f.executions, `${family}: executions`);
  }
  const instructions = sum(stats.threads, (th) => th.instructions);
  const onLines = sum(Object.values(profile.lines), (lines) => sum(Object.values(lines), (n) => n));
  t.is(onLines + profile.unlined_instructions, instructions, 'every instruction is counted');
  t.true(profile.unlined_instructions < 10, 'only a few instructions belong to no line');
  for (const th of profile.threads) {
    const last = profile.samples.filter((s) => s.thread === th.index).pop();
    t.is(last?.instructions, stats.threads.find((r) => r.name === th.name)?.instructions, `${th.name}: the last sample has all its instructions`);
  }
}

test('a profile agrees with --stats, and its type-stability report names the sites whose types flip', async (t) => {
  const file = script('poly.py', POLYMORPHIC);
  const { profile, stats, out } = await profileRun(file);
  t.is(out, '2000 3999000.0\n600\n');
  t.is(profile.status, 0);
  assertAgreesWithStats(t, profile, stats);
  const unstable = profile.sites.filter(isUnstable);
  t.deepEqual([...new Set(unstable.map((s) => `${s.line} ${s.family}`))].sort(), ['11 BINARY_OP', '16 LOAD_ATTR', '26 CALL']);
  const add = unstable.find((s) => s.line === 11)!;
  t.true(add.deopts > 0 && add.misses > 0);
  t.deepEqual(add.types.filter((ty) => ty.executions > 100).map((ty) => ty.types).sort(), ['float, float', 'float, int']);
  t.regex(stabilityAdvice(add), /\(float, int\) 50\.\d%.*\(float, float\) 50\.\d%.* in `a \+ b` at line 11/);
  const attr = unstable.find((s) => s.line === 16)!;
  t.deepEqual(attr.types.map((ty) => ty.types).sort(), ['A', 'B']);
  t.regex(stabilityAdvice(attr), /A 66\.\d%, B 33\.\d% in `o\.x` at line 16/);
  t.true(profile.events.some((e) => e.kind === 'respecialize' && e.site === profile.sites.indexOf(add)), 'the flips re-specialize');
  t.regex(stabilityAdvice(unstable.find((s) => s.line === 26)!), /A new function object is called each time in `\[j \* j for j in range\(k\)\]` at line 26/);
});

test('the heat map has a row for every line that ran, and the page has the heat map, the warm-up chart and the report', async (t) => {
  const file = script('poly_heat.py', POLYMORPHIC);
  const { profile } = await profileRun(file);
  const svg = heatMapSvg(file, profile, true);
  const ran = [...svg.matchAll(/class="ln">(\d+)<\/text>(?:<text[^>]*class="count">[^<]*<\/text>)?<text[^>]*class="ran"/g)].map((m) => Number(m[1]));
  t.deepEqual(ran.sort((a, b) => a - b), Object.keys(profile.lines[file]).map(Number).sort((a, b) => a - b));
  t.true(ran.length >= 18, 'most lines of the program ran');
  t.regex(svg, /<title>poly_heat\.py:11 BINARY_OP -&gt; /, 'a site span tells its numbers');
  const html = await renderProfileHtml(profile);
  for (const heading of ['Heat map', 'Warm-up', 'Type stability', 'Sites']) t.true(html.includes(`<h2>${heading}</h2>`), heading);
  t.is((html.match(/<svg/g) ?? []).length, 2, 'one heat map and one warm-up chart for one thread');
});

test('a threaded program: events carry their thread, and each thread has its samples', async (t) => {
  const file = script('threads.py', THREADED);
  const { profile, stats, out } = await profileRun(file);
  t.is(out, '[(1, 495000), (2, 990000), (3, 1485000)]\n');
  assertAgreesWithStats(t, profile, stats);
  t.deepEqual(profile.threads.map((th) => th.name), ['MainThread', 'Thread-1 (work)', 'Thread-2 (work)', 'Thread-3 (work)']);
  const vLoad = profile.sites.find((s) => s.line === 12 && s.family === 'LOAD_ATTR')!;
  t.true(vLoad.hits > 0);
  t.true(profile.events.some((e) => e.thread !== 0 && e.kind === 'specialize'), 'threads other than main specialize');
  const html = await renderProfileHtml(profile);
  t.true(html.includes('<h3>Per thread</h3>'));
});

test('--warm-start: the sites a profile saw specialize start at zero, so fewer executions wait for the warm-up', async (t) => {
  const file = script('warm.py', POLYMORPHIC);
  // A long warm-up makes the difference large; with CPython's (one execution) it is one execution per site.
  const specializerConfig = parseSpecializerConfig('warmup=100');
  const cold = await profileRun(file, { specializerConfig });
  const warmStart = warmStartSites(cold.profile);
  t.true(Object.values(warmStart).flat().length >= 5);
  const warm = await profileRun(file, { specializerConfig, warmStart });
  t.is(warm.out, cold.out);
  const deferred = (s: RunStats) => sum(Object.values(s.specialization), (f) => f.deferred);
  const hits = (s: RunStats) => sum(Object.values(s.specialization), (f) => f.hit);
  t.true(deferred(warm.stats) < deferred(cold.stats) - 500, `deferred: ${deferred(cold.stats)} cold, ${deferred(warm.stats)} warm`);
  t.true(hits(warm.stats) > hits(cold.stats) + 500, `hits: ${hits(cold.stats)} cold, ${hits(warm.stats)} warm`);
});
