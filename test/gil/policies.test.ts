// The GIL policies (src/gil/*.ts) with real worker threads on one image: for each, one
// holder at a time and the counters add up; then what tells them apart, on small
// deterministic scenarios: fifo serves in arrival order, io-priority serves a thread back
// from a blocking call first and asks the holder to drop at once, legacy switches without
// drop requests. The switch interval is 10 s where a timed drop request would blur the
// scenario. Assertions are on results and invariants, never on timings.
import test from 'ava';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { createImage } from '../../src/image/create.js';
import {
  HDR_HEAP_START, HDR_MAX_THREADS, IS_GIL_ACQUISITIONS, IS_GIL_DROP_REQUESTS, IS_GIL_FORCED_SWITCHES, IS_GIL_HOLDER,
  IS_GIL_LOCKED, IS_GIL_QUEUED, IS_GIL_SWITCH_NUMBER, IS_GIL_WAITERS, IS_SWITCH_INTERVAL_US, TS_GIL_ACQUISITIONS, IS_GIL_QUEUE_ARRIVALS,
  type GilPolicyName,
} from '../../src/image/layout.js';
import { threadRow } from '../../src/image/threads.js';
import { storeGilPolicy } from '../../src/gil/policy.js';
import type { PolicyJob } from './policyworker.js';

function setUp(policy: GilPolicyName, intervalUs: number, checkInterval?: number) {
  const image = createImage({ sizeBytes: 16 * 1024 * 1024, maxThreads: 8 });
  const I = new Int32Array(image);
  storeGilPolicy(I, policy, checkInterval);
  I[IS_SWITCH_INTERVAL_US] = intervalUs;
  return { image, I, scratch: I[HDR_HEAP_START] };
}

function start(job: PolicyJob): Promise<{ violations: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./policyworker.js', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(1);
}

function sumOfThreadAcquisitions(I: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) sum += I[threadRow(I, i) + TS_GIL_ACQUISITIONS];
  return sum;
}

const POLICIES: [GilPolicyName, number | undefined][] = [['cpython', undefined], ['legacy', 3], ['fifo', undefined], ['io-priority', undefined]];

for (const [policy, checkInterval] of POLICIES) {
  test(`${policy}: three CPU-bound threads, one holder at a time, everyone finishes, the counters add up`, async (t) => {
    const { image, I, scratch } = setUp(policy, 300, checkInterval);
    const reports = await Promise.all([0, 1, 2].map((index) => start({ image, index, role: 'spin', scratch, slices: 40 })));
    t.deepEqual(reports.map((r) => r.violations), [0, 0, 0], 'never two threads inside, never a holder word naming another thread');
    t.true(I[IS_GIL_SWITCH_NUMBER] >= 3, 'each thread took the GIL');
    t.is(I[IS_GIL_ACQUISITIONS], sumOfThreadAcquisitions(I), 'the global count is the sum of the threads\' counts');
    t.deepEqual([I[IS_GIL_LOCKED], I[IS_GIL_HOLDER], I[IS_GIL_WAITERS], I[IS_GIL_QUEUED]], [0, 0, 0, 0], 'released at the end, nobody waiting or queued');
    if (policy === 'legacy') t.deepEqual([I[IS_GIL_DROP_REQUESTS], I[IS_GIL_FORCED_SWITCHES]], [0, 0], 'legacy never asks the holder to drop');
    if (policy !== 'cpython') t.is(I[IS_GIL_FORCED_SWITCHES], 0, 'only the cpython policy has forced switches');
  });
}

/**
 * Thread 0 holds the GIL while the others arrive in the order given (each waits until the
 * previous one is queued), and until `expectDropRequests` drop requests were raised (an
 * arrival counts itself as queued before it decides to ask, so a holder that left at once
 * would leave nobody to ask); returns the order in which they then got the GIL, and the
 * drop requests raised in the whole scenario.
 */
async function queueScenario(policy: GilPolicyName, arrivals: { index: number; blockFirst: boolean }[], expectDropRequests: number, intervalUs = 10_000_000) {
  const { image, I, scratch } = setUp(policy, intervalUs);
  const ready = (index: number) => scratch + 1 + index;
  const go = (index: number) => {
    Atomics.store(I, ready(index), 3);
    Atomics.notify(I, ready(index));
  };
  const done = [start({ image, index: 0, role: 'holder', scratch, expectQueued: arrivals.length, expectDropRequests }),
    ...arrivals.map((a) => start({ image, index: a.index, role: 'queue', scratch, blockFirst: a.blockFirst }))];
  await until(() => [0, ...arrivals.map((a) => a.index)].every((i) => Atomics.load(I, ready(i)) === 1));
  go(0);
  await until(() => Atomics.load(I, ready(0)) === 2);
  for (const [k, a] of arrivals.entries()) {
    go(a.index);
    // Its arrival number is given (a counter, so a poll cannot miss it as it could the row's word).
    await until(() => Atomics.load(I, IS_GIL_QUEUE_ARRIVALS) === k + 1);
  }
  await Promise.all(done);
  // Nobody asks once the holder has gone (a 10 s interval; an IO-class head asks only a
  // CPU-bound holder), so the count at the end is the one the arrivals made.
  const dropRequests = Atomics.load(I, IS_GIL_DROP_REQUESTS);
  const order = Array.from({ length: I[scratch + 16] }, (_, k) => I[scratch + 17 + k]);
  return { order, dropRequests };
}

test('fifo: the waiters get the GIL in the order they asked for it', async (t) => {
  const { order, dropRequests } = await queueScenario('fifo', [3, 1, 4, 2].map((index) => ({ index, blockFirst: false })), 0);
  t.deepEqual(order, [3, 1, 4, 2]);
  t.is(dropRequests, 0, 'with a 10 s interval nobody grew impatient');
});

test('fifo: a thread back from a blocking call waits its turn like any other', async (t) => {
  const { order, dropRequests } = await queueScenario('fifo', [{ index: 1, blockFirst: false }, { index: 2, blockFirst: true }], 0);
  t.deepEqual(order, [1, 2]);
  t.is(dropRequests, 0);
});

test('io-priority: a thread back from a blocking call goes ahead of a CPU-bound one that queued earlier, and asks the CPU-bound holder to drop at once', async (t) => {
  const { order, dropRequests } = await queueScenario('io-priority', [{ index: 1, blockFirst: false }, { index: 2, blockFirst: true }], 1);
  t.deepEqual(order, [2, 1]);
  t.is(dropRequests, 1, 'the IO-class arrival asked the holder to drop without waiting an interval');
});

test('io-priority: among IO-class threads, arrival order', async (t) => {
  const { order, dropRequests } = await queueScenario('io-priority', [{ index: 2, blockFirst: true }, { index: 1, blockFirst: true }], 1);
  t.deepEqual(order, [2, 1]);
  t.is(dropRequests, 1, 'only the head asks, and a pending request is not raised again');
});

test('io-priority: CPU-bound threads that waited longer than the interval rank with IO-class ones by arrival, so neither kind starves the other', async (t) => {
  // A 1 µs interval: every queued CPU-bound thread is past its starvation bound. The first
  // version served them all before the older IO-class thread, which never got a turn
  // beside several spinners.
  const io = (index: number) => ({ index, blockFirst: true });
  const cpu = (index: number) => ({ index, blockFirst: false });
  t.deepEqual((await queueScenario('io-priority', [cpu(1), io(2), cpu(3)], 0, 1)).order, [1, 2, 3]);
  t.deepEqual((await queueScenario('io-priority', [io(2), cpu(1), cpu(3)], 0, 1)).order, [2, 1, 3]);
});
