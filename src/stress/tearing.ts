/**
 * The torn-read stress test of `gilvm stress --mode gil|unsafe|publish`: threads execute
 * and rewrite the same instruction sites of real code objects, and every execution checks
 * that what it read of an instruction is one consistent write.
 *
 * Each thread, in a loop, picks a site at random and either executes it (reads the opcode
 * first, then the counter and caches, as the eval loop does, and validates them) or
 * rewrites it through codewrite.ts as the specializer does: a specialization (caches,
 * then the opcode, then the cooldown counter), a failed attempt (back to the generic form
 * with a backed-off counter; the caches stay, as in CPython) or a miss (the counter
 * counts down).
 *
 * A specialization is stamped with a 16-bit write number w: every cache unit holds an
 * invertible encoding of (w, unit), and the opcode is the family's form number
 * w mod (number of forms). So a reader can tell, from the units alone, whether a
 * specialized instruction shows exactly one write:
 * - every unit of a multi-unit field (a 32-bit version, a 64-bit pointer) decodes to the
 *   same w (else: a split field),
 * - every field decodes to the same w (else: caches of two writes),
 * - the opcode is the form of that w (else: the opcode of another write),
 * - the counter has the cooldown's backoff bits (else: the counter of a failed attempt).
 * A generic opcode is the adaptive form, whatever its caches hold: always acceptable.
 *
 * Modes: `gil` executes and rewrites only while holding the GIL (switching at the switch
 * interval, with --audit's check on every write); `unsafe` uses no GIL, so the threads
 * race (the deliberate bug that shows the detector works); `publish` uses no GIL and the
 * sequence-lock protocol of publish.ts (an execution that overlaps a rewrite runs the
 * generic form, so it is not checked).
 */
import { I, U16 } from '../image/memory.js';
import { IS_SPECIALIZE_COOLDOWN } from '../image/layout.js';
import { CACHE_LAYOUTS, DEOPT, OPCODES, OPCODE_BY_NUMBER } from '../bytecode/opcodes.js';
import { decrementCounter, specializationFailed, specialized, writeCache16, writeCache32 } from '../vm/codewrite.js';
import { COUNTER_STEP, counterBackoff } from '../vm/counters.js';
import { checkPoint } from '../gil/gil.js';
import { beginRead, beginRewrite, endRewrite, readWasStable } from './publish.js';
import { xorshift32 } from '../gil/seeded.js';

export type StressMode = 'gil' | 'unsafe' | 'publish';
export const STRESS_MODES: readonly StressMode[] = ['gil', 'unsafe', 'publish'];

/** What one execution saw. The first two are acceptable; the rest are torn reads. */
export const OUTCOMES = [
  { name: 'adaptive', label: 'generic (adaptive) form', torn: false },
  { name: 'specialized', label: 'specialized, opcode + counter + caches of one write', torn: false },
  { name: 'split_field', label: 'a multi-unit cache field from two writes', torn: true },
  { name: 'mixed_caches', label: 'cache fields from two writes', torn: true },
  { name: 'opcode_of_other_write', label: 'opcode of another write than its caches', torn: true },
  { name: 'counter_of_failed_attempt', label: "specialized opcode with a failed attempt's counter", torn: true },
] as const;
export const OUTCOME = { adaptive: 0, specialized: 1, splitField: 2, mixedCaches: 3, opcodeOfOtherWrite: 4, staleCounter: 5 } as const;

export interface TornExample {
  kind: string;
  /** The instruction's index in its code object's units. */
  offset: number;
  opcode: string;
  /** The opcode word, the counter and every cache unit, as read (hex). */
  units: string[];
}

export interface StressCounts {
  checked: number;
  specializations: number;
  deopts: number;
  misses: number;
  /** publish: executions that overlapped a rewrite and ran the generic form instead (not checked). */
  overlapped: number;
  /** Executions per outcome, indexed as OUTCOMES. */
  outcomes: number[];
  examples: TornExample[];
}

export interface StressThreadOptions {
  mode: StressMode;
  seed: number;
  seconds: number;
  /** Per site: the U16 index of its instruction (code base + offset), and the offset alone. */
  siteUnits: Int32Array;
  siteOffsets: Int32Array;
  /** publish: the image word of site 0's sequence word. */
  seqBase: number;
}

// ---- The stamp: an invertible map of (write number, unit) to a unit's value. ----
const MUL = 0x9e3b;
const MUL_INV = (() => {
  let x = MUL; // Newton's iteration doubles the correct low bits each step.
  for (let i = 0; i < 4; i++) x = Math.imul(x, 2 - Math.imul(MUL, x));
  return x & 0xffff;
})();
const unitKey = (unit: number) => Math.imul(unit, 0x2c1b) & 0xffff;
export const stampUnit = (w: number, unit: number) => Math.imul(w ^ unitKey(unit), MUL) & 0xffff;
export const writeOfUnit = (value: number, unit: number) => (Math.imul(value, MUL_INV) & 0xffff) ^ unitKey(unit);

/** A family's cache fields after the counter: [first unit after the opcode, width]. */
export interface Family {
  fields: [number, number][];
  units: number;
  forms: number[];
}

const FAMILIES = new Map<number, Family>();
for (const row of OPCODES) {
  if (row.family !== row.name || row.cache === 'none') continue;
  const fields: [number, number][] = [];
  let unit = 1;
  for (const [name, width] of Object.entries(CACHE_LAYOUTS[row.cache]) as [string, number][]) {
    if (name !== 'counter') fields.push([unit, width]);
    unit += width;
  }
  const forms = OPCODES.filter((r) => r.family === row.name && r.name !== row.name).map((r) => r.number);
  if (forms.length > 0) FAMILIES.set(row.number, { fields, units: unit, forms });
}

const familyOf = (u: number) => FAMILIES.get(DEOPT[U16[u] & 255])!;
/** The family of a generic opcode the stress test rewrites (undefined for others). */
export const stressedFamily = (opcode: number): Family | undefined => FAMILIES.get(opcode);
const formOf = (family: Family, w: number) => family.forms[w % family.forms.length];

/** The units of one read: the opcode word first, then the counter and caches, as the eval loop reads them. */
const seen = new Uint16Array(16);

export function readSite(u: number, family: Family): Uint16Array {
  for (let k = 0; k < family.units; k++) seen[k] = U16[u + k];
  return seen;
}

/** Classifies one read's units (under the GIL, or a stable publish read): an OUTCOME. */
export function classify(units: Uint16Array, family: Family, cooldown: number): number {
  const opcode = units[0] & 255;
  if (DEOPT[opcode] === opcode) return OUTCOME.adaptive;
  let w = -1;
  let mixed = false;
  for (const [first, width] of family.fields) {
    const fieldWrite = writeOfUnit(units[first], first);
    for (let k = 1; k < width; k++) if (writeOfUnit(units[first + k], first + k) !== fieldWrite) return OUTCOME.splitField;
    if (w < 0) w = fieldWrite;
    else if (fieldWrite !== w) mixed = true;
  }
  if (mixed) return OUTCOME.mixedCaches;
  if (w >= 0 && formOf(family, w) !== opcode) return OUTCOME.opcodeOfOtherWrite;
  if (counterBackoff(units[1]) !== counterBackoff(cooldown)) return OUTCOME.staleCounter;
  return OUTCOME.specialized;
}

/** A specialization stamped with write number `w` (every cache field, then the opcode and counter). */
export function stampedSpecialization(u: number, w: number): void {
  const family = familyOf(u);
  for (const [first, width] of family.fields) {
    for (let k = 0; k < width; k += 2) {
      if (width - k === 1) writeCache16(u, first + k, stampUnit(w, first + k));
      else writeCache32(u, first + k, stampUnit(w, first + k) | (stampUnit(w, first + k + 1) << 16));
    }
  }
  specialized(u, 0, formOf(family, w));
}

const REWRITE_ONE_IN = 8;
const DEADLINE_CHECK_EVERY = 4096;
const EXAMPLES_PER_KIND = 3;

/** One stress thread's loop, until its time is up. In `gil` mode the caller holds the GIL. */
export function runStressThread(o: StressThreadOptions): StressCounts {
  const counts: StressCounts = {
    checked: 0, specializations: 0, deopts: 0, misses: 0, overlapped: 0, outcomes: OUTCOMES.map(() => 0), examples: [],
  };
  const n = o.siteUnits.length;
  const cooldown = I[IS_SPECIALIZE_COOLDOWN];
  const underGil = o.mode === 'gil';
  const published = o.mode === 'publish';
  const deadline = performance.now() + o.seconds * 1000;
  let state = o.seed | 0 || 1;
  const random = () => {
    state = xorshift32(state);
    return state >>> 0;
  };
  for (let i = 0; ; i++) {
    if (i % DEADLINE_CHECK_EVERY === 0 && performance.now() >= deadline) break;
    if (underGil) checkPoint();
    const r = random();
    const site = r % n;
    const u = o.siteUnits[site];
    if ((r >>> 24) % REWRITE_ONE_IN === 0) {
      if (published && !beginRewrite(o.seqBase, site)) continue;
      const kind = (r >>> 16) & 3;
      if (kind <= 1) {
        stampedSpecialization(u, random() & 0xffff);
        counts.specializations++;
      } else if (kind === 2) {
        specializationFailed(u, 0, 0);
        counts.deopts++;
      } else if (DEOPT[U16[u] & 255] !== (U16[u] & 255) && U16[u + 1] >= COUNTER_STEP) {
        decrementCounter(u, 0);
        counts.misses++;
      }
      if (published) endRewrite(o.seqBase, site);
      continue;
    }
    const family = familyOf(u);
    if (published) {
      const seq = beginRead(o.seqBase, site);
      if (seq >= 0) readSite(u, family);
      if (seq < 0 || !readWasStable(o.seqBase, site, seq)) {
        counts.overlapped++;
        continue;
      }
    } else {
      readSite(u, family);
    }
    const outcome = classify(seen, family, cooldown);
    counts.checked++;
    counts.outcomes[outcome]++;
    if (OUTCOMES[outcome].torn && counts.outcomes[outcome] <= EXAMPLES_PER_KIND) {
      counts.examples.push(example(OUTCOMES[outcome].name, family, o.siteOffsets[site]));
    }
  }
  return counts;
}

/** The torn read's units, as `seen` holds them. */
function example(kind: string, family: Family, offset: number): TornExample {
  const units = Array.from(seen.subarray(0, family.units), (v) => v.toString(16).padStart(4, '0'));
  return { kind, offset, opcode: OPCODE_BY_NUMBER[seen[0] & 255]?.name ?? String(seen[0] & 255), units };
}
