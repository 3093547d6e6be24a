/**
 * The site profile behind `gilvm profile`: for each instruction of each code object that
 * ran, how often it ran and in which form, its misses, what the specializer did with it and
 * the operand types it saw; for each thread, running totals that the host samples into the
 * warm-up timeline. The specializer's outcomes also go to the event log (eventlog.ts) with
 * their site, thread, time and instruction count.
 *
 * It is a SharedArrayBuffer of its own, not part of the image: it is measurement, not
 * interpreter state, and a run without a profile pays one null check per frame entry.
 *
 * Layout (the header and the code table are Int32 words, the rest Float64 words):
 *   Int32 [0] the next free Float64 word for unit records, [1] the capacity in Float64
 *   words, [2] code objects not profiled (the table or the record area was full).
 *   Code table from Int32 word CODE_TABLE: CODE_SLOTS slots of (cb, code, base, units),
 *   open addressing on cb (the image U16 index of the code's unit 0).
 *   Thread totals from Float64 word THREAD_TOTALS: TOTAL_WORDS per thread row.
 *   Unit records from Float64 word UNITS_START: UNIT_WORDS per code unit (U_* fields).
 *
 * Invariants:
 * - Only the GIL holder writes (the eval loop and the specializer run holding it), so plain
 *   stores suffice, and a code object's record is allocated once, by the first thread
 *   that enters it.
 * - A site is identified by its code object's cb and its unit number; when the collector
 *   frees a code object and another one is loaded at the same cb, the new one gets a fresh
 *   record (the table slot is taken over), so counts never mix.
 * - The host reads unit records and the code table only after every worker has stopped. It
 *   samples the thread totals while the run goes on: each total only grows, and one
 *   sample may be a few instructions behind another.
 */
import { I } from '../image/memory.js';
import { DEFAULT_LAYOUT } from '../image/layout.js';
import { CODE_NUNITS } from '../objects/layout.js';
import { CACHE_UNITS_BY_NUMBER, DEOPT } from '../bytecode/opcodes.js';
import { Op } from '../bytecode/op.generated.js';
import { typeOf } from '../objects/type.js';
import { EVENT, record } from './eventlog.js';
import { threadIndex } from './thread.js';

const CODE_TABLE = 4;
const CODE_SLOTS = 1 << 14;
const CODE_SLOT_WORDS = 4;
const THREAD_TOTALS = (CODE_TABLE + CODE_SLOTS * CODE_SLOT_WORDS) >> 1;
/** Every thread row an image can have. */
const MAX_PROFILED_THREADS = DEFAULT_LAYOUT.maxThreads;
/** Per thread: instructions, executions of adaptive families, of specialized forms, misses. */
const TOTAL_WORDS = 4;
const T_INSTRUCTIONS = 0, T_ADAPTIVE = 1, T_SPECIALIZED = 2, T_MISSES = 3;
const UNITS_START = THREAD_TOTALS + MAX_PROFILED_THREADS * TOTAL_WORDS;

/** What the specializer last did at a site: its generic executions count as warming up or as failed. */
const SITE_STATE = { adaptive: 0, specialized: 1, failed: 2 } as const;

// Fields of a unit record (the instruction's first unit; prefixes and caches stay empty).
export const U_EXECUTIONS = 0;
/** Executions in a specialized form, misses included. */
export const U_SPECIALIZED = 1;
export const U_MISSES = 2;
/** Executions of the generic form while the last attempt had failed. */
export const U_FAILED = 3;
export const U_STATE = 4;
export const U_SUCCESSES = 5;
export const U_FAILURES = 6;
export const U_DEOPTS = 7;
/** The site's misses when it was last specialized: a deopt's episode is the difference. */
const U_MISSES_AT_SUCCESS = 8;
export const U_LAST_FAILURE_KIND = 9;
/** FORM_SLOTS slots of (opcode, executions, misses), for the specialized forms the site took. */
export const U_FORMS = 10;
export const FORM_SLOTS = 3;
/** TYPE_SLOTS slots of (type of the first operand, of the second or 0, executions). */
export const U_TYPES = U_FORMS + FORM_SLOTS * 3;
export const TYPE_SLOTS = 4;
/** Executions whose operand types did not fit in the type slots. */
export const U_OTHER_TYPES = U_TYPES + TYPE_SLOTS * 3;
/** Executions of a specialized form beyond the form slots. */
export const U_OTHER_FORMS = U_OTHER_TYPES + 1;
export const UNIT_WORDS = U_OTHER_FORMS + 1;

/** Float64 words of a profile buffer: records for about a million code units. */
const DEFAULT_CAPACITY = 1 << 25;

export function createProfileBuffer(capacityWords = DEFAULT_CAPACITY): SharedArrayBuffer {
  const sab = new SharedArrayBuffer(capacityWords * 8);
  const w = new Int32Array(sab);
  w[0] = UNITS_START;
  w[1] = capacityWords;
  return sab;
}

/** Which opcodes go through the specializer (CACHE_UNITS of the family > 0), and which are its specialized forms. */
const ADAPTIVE_FAMILY = new Uint8Array(256).map((_, op) => (CACHE_UNITS_BY_NUMBER[DEOPT[op]] > 0 ? 1 : 0));
const SPECIALIZED_FORM = new Uint8Array(256).map((_, op) => (ADAPTIVE_FAMILY[op] === 1 && DEOPT[op] !== op ? 1 : 0));

export function isAdaptiveFamily(op: number): boolean {
  return ADAPTIVE_FAMILY[op] === 1;
}

let P: Float64Array | null = null;
let W: Int32Array | null = null;

/** Each worker, when it attaches a thread: the run's profile buffer, or undefined. */
export function attachProfile(sab: SharedArrayBuffer | undefined): void {
  P = sab === undefined ? null : new Float64Array(sab);
  W = sab === undefined ? null : new Int32Array(sab);
}

export function profiling(): boolean {
  return P !== null;
}

function slotOf(cb: number): number {
  const w = W!;
  let h = Math.imul(cb, 0x9e3779b1) >>> 18;
  for (let probes = 0; probes < CODE_SLOTS; probes++, h = (h + 1) & (CODE_SLOTS - 1)) {
    const at = CODE_TABLE + h * CODE_SLOT_WORDS;
    if (w[at] === cb || w[at] === 0) return at;
  }
  return -1;
}

/**
 * The Float64 index of unit 0's record of the code object `code` (with units at `cb`),
 * allocated on its first entry; 0 when it cannot be profiled (the buffer is full).
 */
export function profileBase(code: number, cb: number): number {
  const w = W!;
  const at = slotOf(cb);
  if (at < 0) return 0;
  if (w[at] === cb && w[at + 1] === code) return w[at + 2];
  const units = I[code + CODE_NUNITS];
  const base = w[0];
  if (base + units * UNIT_WORDS > w[1]) {
    w[2]++;
    return 0;
  }
  w[0] = base + units * UNIT_WORDS;
  w[at] = cb;
  w[at + 1] = code;
  w[at + 2] = base;
  w[at + 3] = units;
  return base;
}

/** The record of instruction `at` of the code at `cb`, or -1 when that code is not profiled. */
function recordOf(cb: number, at: number): number {
  const slot = slotOf(cb);
  return slot < 0 || W![slot] !== cb ? -1 : W![slot + 2] + at * UNIT_WORDS;
}

/**
 * One execution of the instruction at unit `instr` (opcode `op`) of the code whose records
 * start at `base`; `sp` is the stack pointer before it runs, for the operand types.
 */
export function countInstruction(base: number, instr: number, op: number, oparg: number, sp: number): void {
  const p = P!;
  const u = base + instr * UNIT_WORDS;
  const totals = THREAD_TOTALS + threadIndex * TOTAL_WORDS;
  p[u + U_EXECUTIONS]++;
  p[totals + T_INSTRUCTIONS]++;
  if (ADAPTIVE_FAMILY[op] === 0) return;
  p[totals + T_ADAPTIVE]++;
  if (SPECIALIZED_FORM[op] === 1) {
    p[u + U_SPECIALIZED]++;
    p[totals + T_SPECIALIZED]++;
    const form = formSlot(p, u, op);
    if (form < 0) p[u + U_OTHER_FORMS]++;
    else p[form + 1]++;
  } else if (p[u + U_STATE] === SITE_STATE.failed) {
    p[u + U_FAILED]++;
  }
  countTypes(p, u, DEOPT[op], oparg, sp);
}

/** The (opcode, executions, misses) slot of a specialized form at a site, taken on first use; -1 when all are taken. */
function formSlot(p: Float64Array, u: number, op: number): number {
  for (let k = 0; k < FORM_SLOTS; k++) {
    const at = u + U_FORMS + 3 * k;
    if (p[at] === op) return at;
    if (p[at] === 0) {
      p[at] = op;
      return at;
    }
  }
  return -1;
}

/** Counts the types of the operands the family's specializer looks at (a second type of 0: none) in the site's type slots. */
function countTypes(p: Float64Array, u: number, family: number, oparg: number, sp: number): void {
  let a = 0, b = 0;
  switch (family) {
    case Op.BINARY_OP: case Op.COMPARE_OP: case Op.BINARY_SUBSCR: case Op.STORE_SUBSCR:
      a = typeAt(sp - 2); b = typeAt(sp - 1); break;
    case Op.LOAD_ATTR: case Op.STORE_ATTR: case Op.FOR_ITER: case Op.UNPACK_SEQUENCE:
      a = typeAt(sp - 1); break;
    case Op.SEND: case Op.LOAD_SUPER_ATTR: // the receiver; super's class
      a = typeAt(sp - 2); break;
    case Op.CALL: {
      // [callable or NULL, self or callable, args...]: the callable is the lower one unless it is NULL.
      const bottom = I[sp - oparg - 2];
      a = typeAt(bottom !== 0 ? sp - oparg - 2 : sp - oparg - 1);
      break;
    }
    default:
      return; // LOAD_GLOBAL: its guards are dict versions, not types
  }
  for (let k = 0; k < TYPE_SLOTS; k++) {
    const at = u + U_TYPES + 3 * k;
    if (p[at + 2] === 0) {
      p[at] = a;
      p[at + 1] = b;
    } else if (p[at] !== a || p[at + 1] !== b) {
      continue;
    }
    p[at + 2]++;
    return;
  }
  p[u + U_OTHER_TYPES]++;
}

function typeAt(slot: number): number {
  const v = I[slot];
  return v === 0 ? 0 : typeOf(v);
}

/** The specializer wrote `opcode` at unit `at` (codewrite.ts). With or without a profile, the event log gets it. */
export function onSpecialized(cb: number, at: number, opcode: number): void {
  const u = P === null ? -1 : recordOf(cb, at);
  if (u >= 0) {
    const p = P!;
    p[u + U_SUCCESSES]++;
    p[u + U_STATE] = SITE_STATE.specialized;
    p[u + U_MISSES_AT_SUCCESS] = p[u + U_MISSES];
  }
  record(EVENT.specialize, opcode, cb + at);
}

/** The specializer gave up on the instruction at unit `at` (family `generic`) for reason `kind`. */
export function onFailure(cb: number, at: number, generic: number, kind: number): void {
  const u = P === null ? -1 : recordOf(cb, at);
  if (u >= 0) {
    const p = P!;
    p[u + U_FAILURES]++;
    p[u + U_STATE] = SITE_STATE.failed;
    p[u + U_LAST_FAILURE_KIND] = kind;
  }
  record(EVENT.specializeFail, kind, cb + at, generic);
}

/** A guard of the specialized `op` at unit `at` failed; `deopt`: its counter ran out, so the next execution re-specializes. */
export function onMiss(cb: number, at: number, op: number, deopt: boolean): void {
  const p = P;
  if (p === null) {
    if (deopt) record(EVENT.deopt, op, cb + at);
    return;
  }
  p[THREAD_TOTALS + threadIndex * TOTAL_WORDS + T_MISSES]++;
  const u = recordOf(cb, at);
  if (u < 0) return;
  p[u + U_MISSES]++;
  const form = formSlot(p, u, op);
  if (form >= 0) p[form + 2]++;
  if (!deopt) return;
  p[u + U_DEOPTS]++;
  p[u + U_STATE] = SITE_STATE.adaptive;
  record(EVENT.deopt, op, cb + at, p[u + U_MISSES] - p[u + U_MISSES_AT_SUCCESS]);
}

/** The thread totals of row `thread` (a Float64 view of the buffer), for the host's samples. */
export function threadTotals(p: Float64Array, thread: number): number[] {
  const at = THREAD_TOTALS + thread * TOTAL_WORDS;
  return [p[at + T_INSTRUCTIONS], p[at + T_ADAPTIVE], p[at + T_SPECIALIZED], p[at + T_MISSES]];
}

/** The profiled code objects: (cb, code, base, units) per used slot of the code table. */
export function profiledCodes(sab: SharedArrayBuffer): { cb: number; code: number; base: number; units: number }[] {
  const w = new Int32Array(sab);
  const out = [];
  for (let k = 0; k < CODE_SLOTS; k++) {
    const at = CODE_TABLE + k * CODE_SLOT_WORDS;
    if (w[at] !== 0) out.push({ cb: w[at], code: w[at + 1], base: w[at + 2], units: w[at + 3] });
  }
  return out;
}

/** Code objects that got no record (the table or the buffer was full). */
export function unprofiledCodes(sab: SharedArrayBuffer): number {
  return new Int32Array(sab)[2];
}
