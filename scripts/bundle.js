// Bundles, after tsc, what a process loads at start-up into one module each, because
// loading ~100 modules one by one is slow on the 2-core machine:
// - the worker's code (dist/workers/thread.js and the VM modules it imports): a cold
//   worker's start-up halved (import: ~115 ms -> ~45 ms), and every new Python thread that
//   needs a new worker pays it;
// - the command line (dist/src/cli/main.js and the host modules it imports), which
//   bin/gilvm.js runs: ~70 ms less at every gilvm command. Installed packages stay
//   outside, loaded from node_modules as before.
// Tests import the separate modules of dist/src, which tsc writes.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: true, logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: [`${root}dist/workers/thread.js`], outfile: `${root}dist/workers/thread.bundle.mjs`, minifySyntax: true }),
  build({ ...common, entryPoints: [`${root}dist/src/cli/main.js`], outfile: `${root}dist/cli.bundle.mjs`, packages: 'external' }),
]);
