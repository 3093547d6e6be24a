// Runs a Python script on this thread, without a worker: for profiling with
// `node --cpu-prof` (a worker's profile would be separate). scripts/profile.js uses it.
//   node scripts/run-in-process.js script.py
import { readFileSync } from 'node:fs';
import { createImage } from '../dist/src/image/create.js';
import { attachThread, runMainScript } from '../dist/src/vm/runtime.js';
import { OutputDrain } from '../dist/src/host/output.js';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: node scripts/run-in-process.js script.py\n');
  process.exit(2);
}
const image = createImage({});
const drain = new OutputDrain(image);
attachThread(image, 0);
const started = performance.now();
const { status } = runMainScript(path, path, readFileSync(path, 'utf8'), [path]);
await drain.finish();
process.stderr.write(`gilvm: ${path} ran in ${(performance.now() - started).toFixed(0)} ms, exit status ${status}\n`);
process.exit(status);
