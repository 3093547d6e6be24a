// The GIL timeline (--timeline) agrees with the run's own counters: one running span per
// GIL acquisition, one mark per drop request, forced switch and specialization, and each
// thread's activities follow one another without overlap. Run in process with runImage.
import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runImage } from '../../src/host/run.js';
import type { RunStats } from '../../src/host/stats.js';
import type { Timeline } from '../../src/tools/study/schema.js';
import { chromeTrace } from '../../src/tools/timeline.js';

// Two CPU-bound threads at a 1 ms interval (drop requests, forced switches) beside a
// thread that blocks (lock waits and sleeps).
const PROGRAM = `
import threading, time
def spin(n):
    while n > 0:
        n -= 1
def sleeper():
    for _ in range(20):
        time.sleep(0.001)
threads = [threading.Thread(target=spin, args=(300000,)) for _ in range(2)] + [threading.Thread(target=sleeper)]
for t in threads: t.start()
for t in threads: t.join()
print("done")
`;

async function record(policy: 'cpython' | 'io-priority') {
  const script = join(mkdtempSync(join(tmpdir(), 'gilvm-timeline-')), 'prog.py');
  writeFileSync(script, PROGRAM);
  let timeline: Timeline | undefined;
  let stats: RunStats | undefined;
  let out = '';
  const [outcome] = await runImage({
    gilPolicy: policy, switchInterval: 0.001, timeoutSeconds: 60, onTimeline: (t) => { timeline = t; }, onStats: (s) => { stats = s; },
    output: { stdout: (b) => { out += Buffer.from(b).toString(); }, stderr: () => {} },
  }, [{ script, args: [] }]);
  return { status: outcome.status, out, timeline: timeline!, stats: outcome.stats ?? stats! };
}

for (const policy of ['cpython', 'io-priority'] as const) {
  test(`${policy}: the timeline's events match the stats counters`, async (t) => {
    const { status, out, timeline, stats } = await record(policy);
    t.is(status, 0);
    t.is(out, 'done\n');
    t.is(timeline.dropped, 0);
    const count = (pred: (x: { kind?: string; activity?: string }) => boolean, xs: { kind?: string; activity?: string }[]) => xs.filter(pred).length;
    t.is(count((s) => s.activity === 'running', timeline.spans), stats.gil.acquisitions, 'one running span per acquisition');
    t.is(count((m) => m.kind === 'drop_request', timeline.marks), stats.gil.drop_requests);
    t.is(count((m) => m.kind === 'forced_switch', timeline.marks), stats.gil.forced_switches);
    const successes = Object.values(stats.specialization).reduce((n, f) => n + f.success, 0);
    t.is(count((m) => m.kind === 'specialize', timeline.marks), successes, 'one mark per specialization');
    t.true(stats.gil.drop_requests > 0, 'the CPU-bound threads made each other ask');
    t.true(timeline.spans.some((s) => s.activity === 'blocked'), 'the sleeper shows blocked spans');
    t.deepEqual(timeline.threads.map((th) => th.name), ['MainThread', 'Thread-1 (spin)', 'Thread-2 (spin)', 'Thread-3 (sleeper)']);
    for (const th of timeline.threads) {
      const spans = timeline.spans.filter((s) => s.thread === th.index);
      t.true(spans.every((s, k) => s.end_us >= s.start_us && (k === 0 || s.start_us >= spans[k - 1].end_us)), `${th.name}: spans in order, none overlapping`);
    }
    const trace = chromeTrace(timeline) as { traceEvents: { ph: string }[] };
    t.is(trace.traceEvents.filter((e) => e.ph === 'X').length, timeline.spans.length, 'the Chrome trace has every span');
  });
}
