/**
 * `gilvm run --warm-start PROFILE.json`: the sites that specialized in a recorded profile
 * start with their adaptive counters at zero, so they specialize on their first execution
 * instead of after the warm-up. A site is named across runs by its code object (file,
 * qualified name, first line) and its unit number, which the same source compiles to again.
 */
import { I } from '../image/memory.js';
import { CODE_FILENAME, CODE_FIRSTLINENO, CODE_QUALNAME } from '../objects/layout.js';
import { strValue } from '../objects/str.js';

/** Unit numbers of warm sites, by code key. */
export type WarmStartSites = Record<string, number[]>;

export function codeKey(filename: string, qualname: string, firstLine: number): string {
  return `${filename}:${firstLine}:${qualname}`;
}

let warm: Map<string, Set<number>> | null = null;

/** Each worker, when it attaches a thread. */
export function attachWarmStart(sites: WarmStartSites | undefined): void {
  warm = sites === undefined ? null : new Map(Object.entries(sites).map(([key, units]) => [key, new Set(units)]));
}

/** The warm units of a code object being quickened, or null. */
export function warmUnits(code: number): Set<number> | null {
  if (warm === null) return null;
  return warm.get(codeKey(strValue(I[code + CODE_FILENAME]), strValue(I[code + CODE_QUALNAME]), I[code + CODE_FIRSTLINENO])) ?? null;
}
