/**
 * The publication protocol of `gilvm stress --mode publish`: rewriting an instruction's
 * opcode and caches while other threads execute it, with no GIL at all. It is a sequence
 * lock per instruction site, in the spirit of free-threaded CPython's and RustPython's
 * answers to the same problem (readers validate, writers never block readers).
 *
 * Words: one sequence word per site, in an image data block (`seqBase + site`).
 *
 * Invariants:
 * - A writer owns a site while its sequence word is odd: it enters with a
 *   compareExchange from an even value s to s + 1 (a writer that loses skips its
 *   rewrite; writers never wait) and leaves with Atomics.store(s + 2).
 * - Between entering and leaving, the writer makes the ordinary writes of codewrite.ts
 *   (caches, then the opcode, then the counter); plain stores, ordered for readers by the
 *   two seq-cst stores around them.
 * - A reader loads the word (Atomics.load), reads the code units with plain loads, and
 *   loads the word again. It may trust what it read only if both loads gave the same
 *   even value. So a trusted read holds the units of exactly one write: never torn.
 * - Readers never wait: when a rewrite overlapped, the execution runs the generic form
 *   (it needs only the family, which a rewrite never changes), as a miss would.
 */
import { I } from '../image/memory.js';

/** Takes site `site` for a rewrite; false if another writer holds it (the rewrite is skipped). */
export function beginRewrite(seqBase: number, site: number): boolean {
  const seq = Atomics.load(I, seqBase + site);
  return (seq & 1) === 0 && Atomics.compareExchange(I, seqBase + site, seq, seq + 1) === seq;
}

export function endRewrite(seqBase: number, site: number): void {
  Atomics.store(I, seqBase + site, Atomics.load(I, seqBase + site) + 1);
}

/** The sequence value to read under, or -1 while a rewrite is in progress. */
export function beginRead(seqBase: number, site: number): number {
  const seq = Atomics.load(I, seqBase + site);
  return (seq & 1) === 0 ? seq : -1;
}

/** True if nothing was rewritten since `beginRead` returned `seq`. */
export function readWasStable(seqBase: number, site: number, seq: number): boolean {
  return Atomics.load(I, seqBase + site) === seq;
}
