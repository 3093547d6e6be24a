// Runs a Python script on this thread, without a worker: for profiling with
// `node --cpu-prof` (a worker's profile would be separate). scripts/profile.js uses it.
//   node scripts/run-in-process.js script.py          (GILVM_NO_SPECIALIZE=1: the generic interpreter)
import { readFileSync } from 'node:fs';
import { createImage } from '../dist/src/image/create.js';
import { attachThread, runMainScript } from '../dist/src/vm/runtime.js';
import { OutputDrain } from '../dist/src/host/output.js';
import { CPYTHON_312, storeSpecializerSettings } from '../dist/src/vm/counters.js';
import { SPECIALIZE } from '../dist/src/image/layout.js';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: node scripts/run-in-process.js script.py\n');
  process.exit(2);
}
const image = createImage({});
storeSpecializerSettings(new Int32Array(image), process.env.GILVM_NO_SPECIALIZE === '1' ? 0 : SPECIALIZE.enabled, CPYTHON_312);
const drain = new OutputDrain(image);
attachThread(image, 0);
const started = performance.now();
const { status } = runMainScript(path, path, readFileSync(path, 'utf8'), [path]);
await drain.finish();
process.stderr.write(`gilvm: ${path} ran in ${(performance.now() - started).toFixed(0)} ms, exit status ${status}\n`);
process.exit(status);
