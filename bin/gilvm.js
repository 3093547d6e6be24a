#!/usr/bin/env node
// The gilvm command: runs the bundled CLI (npm run build writes dist/, scripts/bundle.js the bundle).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.bundle.mjs', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('gilvm: not built yet; run `npm run build` in the gilvm folder first\n');
  process.exit(70);
}
await import(cli.href);
