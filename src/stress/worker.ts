/**
 * A worker of `gilvm stress --mode ...`: attaches the image as thread `index`, runs the
 * torn-read loop (tearing.ts) and posts its counts. In `gil` mode it holds the GIL the
 * whole time except when it hands it over at a drop request, as an interpreter thread does.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { attachImage } from '../image/memory.js';
import { setCurrentThread } from '../vm/thread.js';
import { attachCodeWriter } from '../vm/codewrite.js';
import { dropGil, takeGil, RELEASE } from '../gil/gil.js';
import { runStressThread, type StressThreadOptions } from './tearing.js';

export interface StressWorkerData extends StressThreadOptions {
  image: SharedArrayBuffer;
  index: number;
}

const data = workerData as StressWorkerData;
attachImage(data.image);
setCurrentThread(data.index);
attachCodeWriter();
if (data.mode === 'gil') takeGil();
const counts = runStressThread(data);
if (data.mode === 'gil') dropGil(RELEASE.exit);
parentPort!.postMessage(counts);
