/**
 * The only code that writes code units after compilation: quickening, specialization,
 * de-specialization and the adaptive counters. CPython 3.12: Python/specialize.c
 * (_PyCode_Quicken, the SPECIALIZATION_FAIL / success tails) and ceval's counter macros.
 *
 * Invariants (the stress tester, issue 6, checks them from outside):
 * - Only the GIL holder writes. `--audit` (SPECIALIZE.audit) asserts it on every write.
 * - Only the opcode byte of an instruction changes, never its oparg or a prefix.
 * - A specialization writes its cache fields first, then the opcode, then the counter,
 *   so that a reader holding the GIL never sees a specialized opcode with stale caches.
 * - A specialized opcode is never written beside a zero version: versions start at 1.
 *
 * Code units are addressed as U16 indices: `cb` is the index of a code object's unit 0
 * (interp.ts computes it once per frame), `at` an instruction's unit number.
 */
import { onFailure, onSpecialized } from './profile.js';
import { I, U16 } from '../image/memory.js';
import {
  IS_GIL_HOLDER, IS_SPECIALIZE_COOLDOWN, IS_SPECIALIZE_FLAGS, IS_SPECIALIZE_MAX_BACKOFF, IS_SPECIALIZE_WARMUP,
  SPECIALIZE,
} from '../image/layout.js';
import { CODE_NUNITS } from '../objects/layout.js';
import { codeBase } from '../objects/function.js';
import { CACHE_UNITS_BY_NUMBER, DEOPT } from '../bytecode/opcodes.js';
import { Op } from '../bytecode/op.generated.js';
import { backedOff, counterBackoff, COUNTER_STEP, rawCounter } from './counters.js';
import { warmUnits } from './warmstart.js';
import { countFailure, countSuccess } from './stats.js';
import { threadIndex } from './thread.js';

/** --audit, read once per thread from the image (the counter decrement is on every generic execution). */
let auditing = false;

export function attachCodeWriter(): void {
  auditing = (I[IS_SPECIALIZE_FLAGS] & SPECIALIZE.audit) !== 0;
}

function assertWriter(): void {
  if (auditing && Atomics.load(I, IS_GIL_HOLDER) !== threadIndex + 1) {
    throw new Error(`audit: thread ${threadIndex} wrote a code unit without holding the GIL (holder: ${Atomics.load(I, IS_GIL_HOLDER) - 1})`);
  }
}

/**
 * A new code object: every counter starts at warm-up (at zero for the sites --warm-start
 * names) and adjacent LOAD_FAST / LOAD_CONST / STORE_FAST pairs become superinstructions
 * (the second instruction stays, so jumps to it still work). Does nothing under
 * --no-specialize.
 */
export function quicken(code: number): void {
  if ((I[IS_SPECIALIZE_FLAGS] & SPECIALIZE.enabled) === 0) return;
  assertWriter();
  const cb = codeBase(code);
  const n = I[code + CODE_NUNITS];
  const warmup = I[IS_SPECIALIZE_WARMUP];
  const warm = warmUnits(code);
  let op = 0;
  for (let at = 0; at < n; at++) {
    const previous = op;
    op = DEOPT[U16[cb + at] & 255];
    const caches = CACHE_UNITS_BY_NUMBER[op];
    if (caches > 0) {
      U16[cb + at + 1] = warm?.has(at) === true ? rawCounter(0, counterBackoff(warmup)) : warmup;
      at += caches;
      continue;
    }
    const fused = superinstruction(previous, op);
    if (fused !== 0) U16[cb + at - 1] = (U16[cb + at - 1] & 0xff00) | fused;
  }
}

function superinstruction(first: number, second: number): number {
  switch ((first << 8) | second) {
    case (Op.LOAD_CONST << 8) | Op.LOAD_FAST: return Op.LOAD_CONST__LOAD_FAST;
    case (Op.LOAD_FAST << 8) | Op.LOAD_CONST: return Op.LOAD_FAST__LOAD_CONST;
    case (Op.LOAD_FAST << 8) | Op.LOAD_FAST: return Op.LOAD_FAST__LOAD_FAST;
    case (Op.STORE_FAST << 8) | Op.LOAD_FAST: return Op.STORE_FAST__LOAD_FAST;
    case (Op.STORE_FAST << 8) | Op.STORE_FAST: return Op.STORE_FAST__STORE_FAST;
    default: return 0;
  }
}

/** The generic form counts down instead of specializing (the counter is not zero). */
export function decrementCounter(cb: number, at: number): void {
  assertWriter();
  U16[cb + at + 1] -= COUNTER_STEP;
}

/** Cache field writes; each must be followed by `specialized` for the same instruction. */
export function writeCache16(cb: number, unit: number, value: number): void {
  assertWriter();
  U16[cb + unit] = value;
}

/** A 32-bit cache field: two units, low half first (native little-endian, as CPython's write_u32). */
export function writeCache32(cb: number, unit: number, value: number): void {
  assertWriter();
  U16[cb + unit] = value & 0xffff;
  U16[cb + unit + 1] = value >>> 16;
}

/** Publishes a specialization after its caches: the opcode, then the cooldown counter. */
export function specialized(cb: number, at: number, opcode: number): void {
  assertWriter();
  U16[cb + at] = (U16[cb + at] & 0xff00) | opcode;
  U16[cb + at + 1] = I[IS_SPECIALIZE_COOLDOWN];
  countSuccess(DEOPT[opcode]);
  onSpecialized(cb, at, opcode);
}

/** The specializer gave up: back to the generic opcode, and wait longer before the next attempt. */
export function specializationFailed(cb: number, at: number, kind: number): void {
  assertWriter();
  const generic = DEOPT[U16[cb + at] & 255];
  U16[cb + at] = (U16[cb + at] & 0xff00) | generic;
  U16[cb + at + 1] = backedOff(U16[cb + at + 1], I[IS_SPECIALIZE_MAX_BACKOFF]);
  countFailure(generic, kind);
  onFailure(cb, at, generic, kind);
}
