// Bundles the worker's code (dist/workers/thread.js and the VM modules it imports) into
// one file, after tsc: a worker loads one module instead of ~100, which halves a cold
// worker's start-up (import: ~115 ms -> ~45 ms on the 2-core machine), and every new
// Python thread that needs a new worker pays that.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${root}dist/workers/thread.js`],
  outfile: `${root}dist/workers/thread.bundle.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
