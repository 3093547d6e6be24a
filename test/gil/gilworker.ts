// A stand-in for a CPU-bound Python thread, for test/gil/gil.test.ts: it takes the GIL,
// works in slices, polls the eval breaker between slices as the eval loop does at
// JUMP_BACKWARD, and checks the GIL's invariants from the inside.
import { parentPort, workerData } from 'node:worker_threads';
import { attachImage, I } from '../../src/image/memory.js';
import { EVAL_BREAKER, IS_EVAL_BREAKER, IS_GIL_HOLDER } from '../../src/image/layout.js';
import { setCurrentThread } from '../../src/vm/thread.js';
import { dropGil, takeGil, yieldGil, RELEASE } from '../../src/gil/gil.js';

interface Job {
  image: SharedArrayBuffer;
  index: number;
  slices: number;
  /** Image words for the test: [inside, progress of thread 0, progress of thread 1, ...]. */
  scratch: number;
  threads: number;
}

const job = workerData as Job;
attachImage(job.image);
setCurrentThread(job.index);
const inside = job.scratch;
const progress = (i: number) => job.scratch + 1 + i;

let violations = 0;
/** How many times another thread had progressed while this one waited for the GIL. */
let othersProgressedWhileWaiting = 0;
let yields = 0;
let sink = 0;
takeGil();
// Work until every thread has done its slices. A thread progresses only while it holds the
// GIL, so this ends only if the GIL changes hands: a broken protocol hangs (and the test
// times out) instead of passing.
while (minimumProgress() < job.slices) {
  if (Atomics.add(I, inside, 1) !== 0) violations++;
  if (Atomics.load(I, IS_GIL_HOLDER) !== job.index + 1) violations++;
  for (let k = 0; k < 20_000; k++) sink += k & 7;
  Atomics.add(I, progress(job.index), 1);
  Atomics.sub(I, inside, 1);
  if ((Atomics.load(I, IS_EVAL_BREAKER) & EVAL_BREAKER.gilDropRequest) !== 0) {
    const before = othersProgress();
    yieldGil();
    yields++;
    if (othersProgress() !== before) othersProgressedWhileWaiting++;
  }
}
dropGil(RELEASE.exit);
parentPort!.postMessage({ violations, othersProgressedWhileWaiting, yields, sink });

function minimumProgress(): number {
  let least = Infinity;
  for (let i = 0; i < job.threads; i++) least = Math.min(least, Atomics.load(I, progress(i)));
  return least;
}

function othersProgress(): number {
  let total = 0;
  for (let i = 0; i < job.threads; i++) if (i !== job.index) total += Atomics.load(I, progress(i));
  return total;
}
