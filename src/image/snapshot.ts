/**
 * Warm starts: `gilvm.snapshot(path)` saves the image to a file, `gilvm resume FILE` runs
 * it again in a new process, where the snapshot() call returns True. The image is the
 * interpreter's whole state (code with its quickened instructions and inline caches, the
 * heap, the thread table, the frames), so a resumed program is already warm. What is not
 * in the image is each worker's JS state, above all its JS call stack: this file is
 * about what a new worker can rebuild.
 *
 * File format (all integers little-endian, as the image's words are):
 *   0   8 bytes  MAGIC ("GILVSNAP")
 *   8   u32      FORMAT_VERSION: this container's version
 *   12  u32      LAYOUT_VERSION of the image inside (src/image/layout.ts)
 *   16  u32      payload length in bytes
 *   20  u32      CRC-32 of the payload (node:zlib)
 *   24  payload: u32 meta length, the meta JSON (SnapshotMeta), padding to 4 bytes, then
 *                segments: u32 first word, u32 word count, the words. Words that no segment
 *                holds are zero.
 * A file whose magic, versions, length or checksum do not match, or whose image another
 * build of gilvm made (HDR_BUILD: natives and opcodes are numbered per build), is refused,
 * never run.
 *
 * When a snapshot can be taken (snapshotRefusal): the caller holds the GIL, so every
 * other thread stands still. A thread continues in a new worker only if its JS call stack
 * held nothing but the eval loop running its frame chain and the runner that started it:
 * - Its frame chain (TS_FRAME, FR_PREVIOUS) has one frame flagged FRAME_FLAG.entry, the
 *   bottom one. Python-to-Python calls stay in one eval loop; an entry frame above the
 *   bottom is Python code that a built-in called (a sort key, a generator run by list(),
 *   an imported module's body), and that built-in's JS frame cannot be saved.
 * - The runner below the bottom frame is known: the main thread's (row 0) ran the __main__
 *   module body (continued by runtime.ts runMainBody) or threading._shutdown (finishShutdown,
 *   the script's status in IS_EXIT_STATUS); a started thread's ran its function (continued
 *   by modules/thread.ts runThreadBody). The scripts of a shared run are refused.
 * - Where it stands is in its row's TS_PARKED, written by the thread itself:
 *   PARKED.snapshot   the caller. Its top frame's CALL of gilvm.snapshot is saved as
 *                     finished, True in the call's result slot: it resumes after the CALL.
 *   PARKED.checkPoint waiting for the GIL at RESUME or JUMP_BACKWARD, before the
 *                     instruction's effect: it resumes by running that instruction again.
 *   PARKED.blocked    in a blocking call (or taking the GIL back after one). Only the
 *                     built-ins in RESTARTABLE, called by the CALL instruction of its top
 *                     frame, or a lock's __enter__ called by BEFORE_WITH (which keeps the
 *                     manager on the stack until __enter__ returns), can be called again:
 *                     it resumes by running that instruction again (a CALL with the
 *                     KW_NAMES before it, whose operand the eval loop keeps in a JS local).
 *                     Any other blocking call is refused.
 *   PARKED.no         anywhere else without the GIL (a legacy GIL tick between two
 *                     instructions): refused.
 * - Rows not yet started (starting, launching) are started again by the new host;
 *   finished rows need nothing. The seeded scheduler of gilvm stress is refused.
 *
 * While the image is copied, other threads and the host still change a few words without
 * the GIL: the GIL's words and counters, the launcher's, the output ring's consumed count,
 * a waiting thread's TS_WAIT. Those are the words that resuming resets.
 *
 * At resume (prepareResume, on the host, before any worker runs): the GIL is held by the
 * caller's thread, nobody waits or is queued for it; no drop request, signal or parked
 * worker is pending; `launching` rows are `starting` again; output the first process
 * already printed is consumed; the statistics (STATS region, GIL and per-thread counters)
 * start from zero, so --stats counts only what happens after resuming. The specializer's
 * settings come from the image: a resumed run cannot change them. Worker-local JS state is
 * rebuilt from SnapshotMeta (the script's folder for imports, the sources for
 * tracebacks); sys.argv, random's state and thread idents are in the image, and
 * time.monotonic is the system's clock, which goes on across processes.
 */
import { crc32 } from 'node:zlib';
import { closeSync, openSync, writeSync } from 'node:fs';
import { I, U16, U8 } from './memory.js';
import {
  EVAL_BREAKER, FR_CODE, HDR_BUILD, FR_FLAGS, FR_IP, FR_PREVIOUS, FR_SP, FRAME_FLAG, GIL_CLASS, GIL_POLICY, HDR_HEAP_START,
  HDR_MAX_THREADS, HDR_OUTPUT_START, HDR_SIZE_WORDS, HDR_STACKS_START, HDR_STATS_START, IS_EVAL_BREAKER,
  IS_GC_RUNS, IS_GIL_ACQUISITIONS, IS_GIL_DROP_REQUESTS, IS_GIL_FORCED_SWITCHES,
  IS_GIL_FUTILE_WAKEUPS, IS_GIL_HOLDER, IS_GIL_LAST_HOLDER, IS_GIL_LOCKED, IS_GIL_POLICY, IS_GIL_PROTECTED_TURN,
  IS_GIL_QUEUE_ARRIVALS, IS_GIL_QUEUED, IS_GIL_SWITCH_NUMBER, IS_GIL_WAITERS, IS_HEAP_TOP,
  IS_LAUNCH_STOPPED, IS_PARKED_IDLE, IS_PARKS_ARRIVED, IS_SPECIALIZE_FLAGS, IS_SWITCH_INTERVAL_US, LAYOUT_VERSION,
  OUT_CONSUMED, OUT_WRITTEN, PARKED, SPECIALIZE, STATS_WORDS, THREAD_STATE, TS_BLOCKED_S, TS_FRAME,
  TS_GIL_ACQUISITIONS, TS_GIL_ARRIVAL, TS_GIL_CLASS, TS_GIL_HOLD_S, TS_GIL_WAIT_S, TS_INSTRUCTIONS,
  TS_PARKED, TS_ROOTS_TOP, TS_SCRIPT, TS_STACK_BASE, TS_STACK_LIMIT, TS_STACK_TOP, TS_STATE, TS_WAIT,
  TS_WAIT_NONE, TS_WAIT_WORD, type GilPolicyName,
} from './layout.js';
import { threadRow } from './threads.js';
import { Kind, METHOD_FUNC, NATIVE_ID, DESCR_ID } from '../objects/layout.js';
import { CACHE_UNITS_BY_NUMBER, DEOPT } from '../bytecode/opcodes.js';
import { Op } from '../bytecode/op.generated.js';
import { codeBase } from '../objects/function.js';
import { T, TRUE } from '../objects/statics.js';
import { typeOf } from '../objects/type.js';
import { NATIVES } from '../vm/natives.js';
import { kindOf } from '../vm/abstract.js';
import { threadIndex, threadName, TS } from '../vm/thread.js';
import { storeGilPolicy } from '../gil/policy.js';

const MAGIC = Buffer.from('GILVSNAP');
/** The container's version; the image inside has its own (LAYOUT_VERSION), checked too. */
const FORMAT_VERSION = 1;
const HEADER_BYTES = 24;

/** Worker-local JS state a resumed worker needs (the rest is in the image). */
export interface SnapshotMeta {
  imageBytes: number;
  /** Where `import NAME` looks first (the main script's folder). */
  scriptDirectory: string;
  /** The sources the snapshotting worker knew, for tracebacks: [filename, text]. */
  sources: [string, string][];
}

/**
 * The blocking built-ins a resumed image may call again: they change nothing before they
 * block. lock.acquire (like lock.__enter__, see parkedProblem) only tries the lock;
 * time.sleep starts its whole duration again (no time passes in a saved image).
 */
const RESTARTABLE = new Set(['lock.acquire', 'time.sleep']);

// ---- taking a snapshot (in the worker of the thread that calls gilvm.snapshot) --------------

/**
 * Writes the image to `path` as a resumed image must find it. Throws SnapshotRefused,
 * naming the thread and the reason, when it could not be resumed, and Node's error when
 * the file cannot be written.
 */
export function saveSnapshot(path: string, meta: Omit<SnapshotMeta, 'imageBytes'>): void {
  const refusal = snapshotRefusal();
  if (refusal !== undefined) throw new SnapshotRefused(refusal);
  const frame = I[TS + TS_FRAME];
  const call = instructionAt(I[frame + FR_CODE], I[frame + FR_IP]);
  // The saved image holds the call as done, with True as its result: the stack as CALL leaves it.
  const base = I[frame + FR_SP] - call.oparg - 2;
  const saved = [I[base], I[frame + FR_SP]];
  I[base] = TRUE;
  I[frame + FR_SP] = base + 1;
  I[TS + TS_PARKED] = PARKED.snapshot;
  try {
    writeSnapshot(path, { ...meta, imageBytes: I[HDR_SIZE_WORDS] * 4 });
  } finally {
    [I[base], I[frame + FR_SP]] = saved;
    I[TS + TS_PARKED] = PARKED.no;
  }
}

export class SnapshotRefused extends Error {}

/** Why the image cannot be saved now (naming the thread), or undefined. */
function snapshotRefusal(): string | undefined {
  if (I[IS_GIL_POLICY] === GIL_POLICY.seeded) return "not available under gilvm stress's seeded scheduler";
  if (Atomics.load(I, threadRow(I, 0) + TS_STATE) !== THREAD_STATE.running) return 'the main thread has ended';
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    if (I[row + TS_SCRIPT] !== 0) return 'not available in a shared run of several scripts (gilvm run --shared)';
    // Rows not yet started are started again at resume; finished ones need nothing.
    if (Atomics.load(I, row + TS_STATE) !== THREAD_STATE.running) continue;
    const problem = chainProblem(row) ?? (i === threadIndex ? callProblem(row) : parkedProblem(row));
    if (problem !== undefined) return `${threadName(i)} ${problem}`;
  }
  return undefined;
}

/** Why the frame chain of thread `row` cannot be continued by a new worker, or undefined. */
function chainProblem(row: number): string | undefined {
  for (let frame = I[row + TS_FRAME]; I[frame + FR_PREVIOUS] !== 0; frame = I[frame + FR_PREVIOUS]) {
    if ((I[frame + FR_FLAGS] & FRAME_FLAG.entry) !== 0) {
      return 'is running Python code called by a built-in (a sort key, a generator driven by list(), ' +
        "an imported module's body, ...): a resumed image cannot continue the built-in";
    }
  }
  return undefined;
}

/** The bottom frame of a chain (its runner's entry frame). */
export function bottomFrame(frame: number): number {
  while (I[frame + FR_PREVIOUS] !== 0) frame = I[frame + FR_PREVIOUS];
  return frame;
}

function callProblem(row: number): string | undefined {
  const frame = I[row + TS_FRAME];
  const at = instructionAt(I[frame + FR_CODE], I[frame + FR_IP]);
  if (DEOPT[at.op] === Op.CALL && calledBuiltin(frame, at.oparg) === 'gilvm.snapshot') return undefined;
  return 'must call gilvm.snapshot(path) directly, not through f(*args) or another built-in';
}

function parkedProblem(row: number): string | undefined {
  const parked = I[row + TS_PARKED];
  if (parked === PARKED.checkPoint) return undefined;
  if (parked === PARKED.no) return 'waits for the GIL between two instructions (a --gil-policy legacy tick), where a resumed image cannot continue it';
  const frame = I[row + TS_FRAME];
  const at = instructionAt(I[frame + FR_CODE], I[frame + FR_IP]);
  if (DEOPT[at.op] === Op.BEFORE_WITH && typeOf(I[I[frame + FR_SP] - 1]) === T.lock) return undefined;
  const callee = DEOPT[at.op] === Op.CALL ? calledBuiltin(frame, at.oparg) : '';
  if (RESTARTABLE.has(callee)) return undefined;
  const where = callee !== '' ? ` (${callee}())` : '';
  return `is blocked inside a native call${where} that a resumed image cannot restart ` +
    '(it can restart lock.acquire(), `with lock:` and time.sleep() in Python code)';
}

/** The built-in that the CALL at the top of `frame` calls ('' for anything else). */
function calledBuiltin(frame: number, oparg: number): string {
  const base = I[frame + FR_SP] - oparg - 2;
  let callable = I[base] !== 0 ? I[base] : I[base + 1];
  if (kindOf(callable) === Kind.Method) callable = I[callable + METHOD_FUNC];
  if (kindOf(callable) === Kind.Native) return NATIVES[I[callable + NATIVE_ID]].name;
  if (kindOf(callable) === Kind.MethodDescr) return NATIVES[I[callable + DESCR_ID]].name;
  return '';
}

/**
 * The instruction whose opcode unit is at `instr` in `code`: its opcode and oparg, where
 * to run it again from (its EXTENDED_ARG prefixes, and a KW_NAMES right before a CALL),
 * and where the next instruction starts. Decoded from the start of the code, because a
 * cache unit before `instr` can look like a prefix.
 */
function instructionAt(code: number, instr: number): { op: number; oparg: number; restart: number; next: number } {
  const cb = codeBase(code);
  let kwNamesAt = -1;
  for (let pos = 0; pos <= instr;) {
    const start = pos;
    let word = U16[cb + pos];
    let oparg = word >>> 8;
    while ((word & 255) === Op.EXTENDED_ARG) {
      word = U16[cb + ++pos];
      oparg = (oparg << 8) | (word >>> 8);
    }
    const op = word & 255;
    const next = pos + 1 + CACHE_UNITS_BY_NUMBER[op];
    if (pos === instr) return { op, oparg, restart: DEOPT[op] === Op.CALL && kwNamesAt >= 0 ? kwNamesAt : start, next };
    kwNamesAt = op === Op.KW_NAMES ? start : -1;
    pos = next;
  }
  throw new Error(`no instruction starts at code unit ${instr}`);
}

/** The word ranges [first, end) that hold the image's state (the rest is zero or unused). */
function liveSegments(): [number, number][] {
  const segments: [number, number][] = [[0, I[HDR_STACKS_START]]];
  for (let i = 0; i < I[HDR_MAX_THREADS]; i++) {
    const row = threadRow(I, i);
    if (Atomics.load(I, row + TS_STATE) !== THREAD_STATE.running) continue;
    segments.push([I[row + TS_STACK_BASE], I[row + TS_STACK_TOP]], [I[row + TS_ROOTS_TOP], I[row + TS_STACK_LIMIT]]);
  }
  segments.push([I[HDR_HEAP_START], I[IS_HEAP_TOP]]);
  return segments;
}

function writeSnapshot(path: string, meta: SnapshotMeta): void {
  const json = Buffer.from(JSON.stringify(meta));
  const metaPart = Buffer.alloc(4 + ((json.length + 3) & ~3));
  metaPart.writeUInt32LE(json.length, 0);
  json.copy(metaPart, 4);
  const parts: Uint8Array[] = [metaPart];
  for (const [first, end] of liveSegments()) {
    const head = Buffer.alloc(8);
    head.writeUInt32LE(first, 0);
    head.writeUInt32LE(end - first, 4);
    // A copy: the checksum and the file must see the same words, and other threads and the
    // host change a few without the GIL meanwhile (see prepareResume, which resets them).
    parts.push(head, Buffer.from(U8.subarray(first * 4, end * 4)));
  }
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(FORMAT_VERSION, 8);
  header.writeUInt32LE(LAYOUT_VERSION, 12);
  header.writeUInt32LE(parts.reduce((n, p) => n + p.length, 0), 16);
  header.writeUInt32LE(parts.reduce((crc, p) => crc32(p, crc), 0), 20);
  const fd = openSync(path, 'w');
  try {
    for (const p of [header, ...parts]) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
}

// ---- resuming (on the host, then in each resumed thread's worker) ------------------------------

/** A file that is not a snapshot this gilvm can run; the message completes "FILE ...". */
export class SnapshotError extends Error {}

/** Checks a snapshot file's header and checksum and rebuilds its image, which must come from gilvm build `build` (HDR_BUILD). */
export function loadSnapshot(file: Buffer, build: number): { image: SharedArrayBuffer; meta: SnapshotMeta } {
  if (file.length < HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new SnapshotError('is not a gilvm snapshot');
  const format = file.readUInt32LE(8);
  const layout = file.readUInt32LE(12);
  if (format !== FORMAT_VERSION || layout !== LAYOUT_VERSION) {
    throw new SnapshotError(`was written by another gilvm (snapshot format ${format}, image layout ${layout}; ` +
      `this one reads format ${FORMAT_VERSION}, layout ${LAYOUT_VERSION})`);
  }
  const payload = file.subarray(HEADER_BYTES);
  const length = file.readUInt32LE(16);
  if (payload.length < length) throw new SnapshotError(`is truncated (${file.length} of ${HEADER_BYTES + length} bytes)`);
  if (payload.length > length || crc32(payload) !== file.readUInt32LE(20)) throw new SnapshotError('is corrupted (its checksum does not match)');
  const metaLength = payload.readUInt32LE(0);
  const meta = JSON.parse(payload.subarray(4, 4 + metaLength).toString()) as SnapshotMeta;
  const image = new SharedArrayBuffer(meta.imageBytes);
  const words = new Int32Array(image);
  for (let at = 4 + ((metaLength + 3) & ~3); at < payload.length;) {
    const first = payload.readUInt32LE(at);
    const count = payload.readUInt32LE(at + 4);
    at += 8;
    words.set(new Int32Array(payload.buffer.slice(payload.byteOffset + at, payload.byteOffset + at + count * 4)), first);
    at += count * 4;
  }
  if (words[HDR_BUILD] !== build) throw new SnapshotError('was written by another build of gilvm (its built-ins and opcodes may be numbered differently)');
  return { image, meta };
}

export interface ResumeSettings {
  stats: boolean;
  audit: boolean;
  gilPolicy: GilPolicyName;
  checkInterval?: number;
  /** Seconds; undefined keeps the image's (the program may have set it). */
  switchInterval?: number;
}

/** A thread to continue: its row, and whether it is the one that holds the GIL at resume (the snapshot's caller). */
export interface ResumedThread {
  index: number;
  holdsGil: boolean;
}

/**
 * Makes a loaded image resumable as the comment at the top of this file says (GIL,
 * launcher, output, statistics) and returns the threads to continue, the main thread (row 0) first.
 */
export function prepareResume(image: Int32Array, settings: ResumeSettings): ResumedThread[] {
  const threads: ResumedThread[] = [];
  for (let i = 0; i < image[HDR_MAX_THREADS]; i++) {
    const row = threadRow(image, i);
    image[row + TS_WAIT] = TS_WAIT_NONE;
    image[row + TS_WAIT_WORD] = 0;
    image[row + TS_GIL_ARRIVAL] = 0;
    image[row + TS_GIL_CLASS] = GIL_CLASS.cpu;
    image[row + TS_GIL_ACQUISITIONS] = 0;
    for (const float64 of [TS_GIL_WAIT_S, TS_GIL_HOLD_S, TS_BLOCKED_S, TS_INSTRUCTIONS]) image[row + float64] = image[row + float64 + 1] = 0;
    const state = image[row + TS_STATE];
    if (state === THREAD_STATE.launching) image[row + TS_STATE] = THREAD_STATE.starting;
    if (state === THREAD_STATE.running) threads.push({ index: i, holdsGil: image[row + TS_PARKED] === PARKED.snapshot });
  }
  const holder = threads.find((t) => t.holdsGil)!.index;
  // The GIL: held by the snapshot's caller (which sets HOLDER itself), nobody waiting or queued.
  image[IS_GIL_LOCKED] = 1;
  image[IS_GIL_HOLDER] = 0;
  image[IS_GIL_LAST_HOLDER] = holder + 1;
  image[IS_GIL_WAITERS] = 0;
  image[IS_GIL_QUEUE_ARRIVALS] = 0;
  image[IS_GIL_QUEUED] = 0;
  image[IS_GIL_PROTECTED_TURN] = 0;
  storeGilPolicy(image, settings.gilPolicy, settings.checkInterval);
  if (settings.switchInterval !== undefined) image[IS_SWITCH_INTERVAL_US] = Math.max(1, Math.floor(settings.switchInterval * 1e6));
  image[IS_EVAL_BREAKER] &= EVAL_BREAKER.gcRequested;
  // No worker of the new process is parked yet.
  image[IS_PARKED_IDLE] = 0;
  image[IS_PARKS_ARRIVED] = 0;
  image[IS_LAUNCH_STOPPED] = 0;
  // The first process printed what was written before the snapshot.
  image[image[HDR_OUTPUT_START] + OUT_CONSUMED] = image[image[HDR_OUTPUT_START] + OUT_WRITTEN];
  // Statistics count from the resume on.
  image.fill(0, image[HDR_STATS_START], image[HDR_STATS_START] + STATS_WORDS);
  for (const counter of [IS_GIL_ACQUISITIONS, IS_GIL_DROP_REQUESTS, IS_GIL_FORCED_SWITCHES, IS_GIL_FUTILE_WAKEUPS, IS_GIL_SWITCH_NUMBER, IS_GC_RUNS]) image[counter] = 0;
  image[IS_SPECIALIZE_FLAGS] = (image[IS_SPECIALIZE_FLAGS] & SPECIALIZE.enabled) |
    (settings.audit ? SPECIALIZE.audit : 0) | (settings.stats ? SPECIALIZE.stats : 0);
  return threads;
}

/**
 * In a resumed thread's worker (attached, holding the GIL): the top frame of its chain and
 * the code unit it continues at, as its TS_PARKED says.
 */
export function resumePoint(): { frame: number; ip: number } {
  const parked = I[TS + TS_PARKED];
  I[TS + TS_PARKED] = PARKED.no;
  const frame = I[TS + TS_FRAME];
  const at = instructionAt(I[frame + FR_CODE], I[frame + FR_IP]);
  return { frame, ip: parked === PARKED.snapshot ? at.next : at.restart };
}
