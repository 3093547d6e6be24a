/**
 * The gilvm package's folder (the one holding its package.json), found by walking up from
 * this module. The answer is the same whether the code runs from dist/src, from src (tsx)
 * or inside one of the bundles in dist/ (scripts/bundle.js), where a module's own relative
 * paths no longer hold.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`gilvm: no package.json above ${start}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, from its root: packagePath('dist', 'workers', 'entry.cjs'). */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}
