// A stand-in for a Python thread, for test/gil/policies.test.ts, in one of two roles:
//   spin:  takes the GIL and does `slices` slices of work, with an eval-breaker check
//          point between slices (drop requests, legacy's ticks), checking from the inside
//          that it is the only one running;
//   queue: (optionally first a blocking call, which makes it IO-class for io-priority)
//          then takes the GIL and appends its index to the order log; or, as `holder`,
//          takes it first and keeps it until `expectQueued` threads are queued and
//          `expectDropRequests` drop requests were raised. Each
//          signals 1 in its ready word when it is set up and takes the GIL only once the
//          test has stored GO there, so the test decides the order of arrival.
import { parentPort, workerData } from 'node:worker_threads';
import { attachImage, I } from '../../src/image/memory.js';
import { IS_GIL_DROP_REQUESTS, IS_GIL_HOLDER, IS_GIL_QUEUED } from '../../src/image/layout.js';
import { setCurrentThread } from '../../src/vm/thread.js';
import { checkPoint, dropGil, takeGil, RELEASE } from '../../src/gil/gil.js';

export interface PolicyJob {
  image: SharedArrayBuffer;
  index: number;
  role: 'spin' | 'holder' | 'queue';
  /** Image words for the test: [inside, ready flags..., order count, order log...] (see policies.test.ts). */
  scratch: number;
  slices?: number;
  expectQueued?: number;
  /** The holder also waits for this many drop requests (at most HANG_GUARD_MS: a guard, not a timing). */
  expectDropRequests?: number;
  blockFirst?: boolean;
}

const job = workerData as PolicyJob;
attachImage(job.image);
setCurrentThread(job.index);
const inside = job.scratch;
const ready = job.scratch + 1 + job.index;
const orderCount = job.scratch + 16;
const orderLog = job.scratch + 17;
let violations = 0;
let sink = 0;

/** How long a holder waits for drop requests that do not come: then the test's assertion fails instead of hanging. */
const HANG_GUARD_MS = 10_000;
/** The test's go-ahead, stored in this thread's ready word. */
const GO = 3;
const signal = (value: number) => {
  Atomics.store(I, ready, value);
  Atomics.notify(I, ready);
};

if (job.role === 'spin') {
  takeGil();
  for (let s = 0; s < job.slices!; s++) {
    if (Atomics.add(I, inside, 1) !== 0) violations++;
    if (Atomics.load(I, IS_GIL_HOLDER) !== job.index + 1) violations++;
    for (let k = 0; k < 20_000; k++) sink += k & 7;
    Atomics.sub(I, inside, 1);
    checkPoint();
  }
  dropGil(RELEASE.exit);
} else {
  if (job.blockFirst === true) {
    takeGil();
    dropGil(RELEASE.block);
  }
  signal(1);
  while (Atomics.load(I, ready) !== GO) Atomics.wait(I, ready, 1);
  takeGil();
  if (job.role === 'holder') {
    signal(2);
    const guard = Date.now() + HANG_GUARD_MS;
    const waiting = () => Atomics.load(I, IS_GIL_QUEUED) < job.expectQueued! ||
      (Atomics.load(I, IS_GIL_DROP_REQUESTS) < (job.expectDropRequests ?? 0) && Date.now() < guard);
    while (waiting()) Atomics.wait(I, ready, 2, 1);
  } else {
    I[orderLog + I[orderCount]++] = job.index;
  }
  dropGil(RELEASE.exit);
}
parentPort!.postMessage({ violations, sink });
