/**
 * The collector: non-moving mark and sweep over the whole heap, run by the GIL holder
 * at a safe point (src/vm/breaker.ts). CPython uses reference counting plus a cycle
 * collector; gilvm has only the image, so it traces.
 *
 * Invariants (see heap.ts for the allocator's side):
 * - Every root is in the image; the caller passes a function that marks them all
 *   (statics, thread states, frames up to their saved FR_SP, temporary roots).
 * - A block's layout says where its values are (objects/layout.ts SCAN_FROM); value
 *   words hold only NULL, tagged ints or offsets of live blocks.
 * - After the sweep every unmarked block is on a free list, adjacent free blocks are
 *   merged, and IS_GC_EPOCH has changed (threads drop caches keyed by offsets).
 */
import { I } from './memory.js';
import {
  FR_BUILTINS, FR_CODE, FR_FUNC, FR_GEN, FR_GLOBALS, FR_LOCALS, FR_SP, FRAME_HEADER_WORDS, HDR_HEAP_END,
  HDR_HEAP_START, IS_ALLOC_SINCE_GC, IS_FREE_LARGE, IS_FREE_LISTS, IS_GC_EPOCH, IS_GC_RUNS, IS_GC_THRESHOLD,
  IS_HEAP_TOP, IS_LIVE_WORDS, SMALL_BLOCK_LIMIT,
} from './layout.js';
import { blockSize, releaseBlock } from './heap.js';
import { BLOCK, GEN_FRAME, GEN_NAME, GEN_QUALNAME, HEADER_MARK, Kind, KIND_MASK, KIND_SHIFT, MAX_BLOCK_WORDS, SCAN_FROM } from '../objects/layout.js';

export type MarkFn = (v: number) => void;

/**
 * The smallest collection threshold, in words allocated since the last collection: 2 MiB,
 * about a core's L2 cache. The sweep visits every block, so a program with little live
 * data sweeps memory it allocated recently, much of it still in cache (nbody: 4 MiB
 * 3.00 s, 2 MiB 2.86 s).
 */
export const MIN_GC_THRESHOLD = 1 << 19;

/** Usable free words below which the heap counts as nearly full. */
const NEARLY_FULL_WORDS = 1 << 16;

let stack: number[] = [];

/** GILVM_TRACE_GC=1 prints a line per collection (a debug switch). */
const traceGc = process.env.GILVM_TRACE_GC === '1';

function mark(v: number): void {
  if ((v & 1) === 0 && v !== 0 && (I[v] & HEADER_MARK) === 0) {
    I[v] |= HEADER_MARK;
    stack.push(v);
  }
}

/** Marks a frame's objects: header fields, locals and the value stack up to FR_SP. */
export function markFrame(f: number, markValue: MarkFn): void {
  markValue(I[f + FR_CODE]);
  markValue(I[f + FR_FUNC]);
  markValue(I[f + FR_GLOBALS]);
  markValue(I[f + FR_BUILTINS]);
  markValue(I[f + FR_LOCALS]);
  markValue(I[f + FR_GEN]);
  const end = I[f + FR_SP];
  for (let i = f + FRAME_HEADER_WORDS; i < end; i++) markValue(I[i]);
}

function scan(o: number): void {
  const size = blockSize(o);
  const block = (I[o] >> 1) & 3;
  if (block === BLOCK.values) {
    for (let i = o + 2; i < o + size; i++) mark(I[i]);
    return;
  }
  if (block !== BLOCK.object) return;
  mark(I[o + 1]);
  const kind = (I[o] >> KIND_SHIFT) & KIND_MASK;
  if (kind === Kind.Generator) {
    mark(I[o + GEN_NAME]);
    mark(I[o + GEN_QUALNAME]);
    markFrame(o + GEN_FRAME, mark);
    return;
  }
  const from = SCAN_FROM[kind];
  if (from < 0) return;
  for (let i = o + from; i < o + size; i++) mark(I[i]);
}

export interface GcResult {
  liveWords: number;
  freedWords: number;
  /** Words in the largest run of free blocks below the heap top. */
  largestFreeRun: number;
}

/** Collects garbage. `markRoots` calls its argument on every root value (and marks frames with markFrame). */
export function collectGarbage(markRoots: (markValue: MarkFn) => void): GcResult {
  stack = [];
  markRoots(mark);
  while (stack.length > 0) scan(stack.pop()!);
  stack = [];
  const result = sweep();
  I[IS_GC_RUNS]++;
  I[IS_GC_EPOCH]++;
  I[IS_ALLOC_SINCE_GC] = 0;
  I[IS_LIVE_WORDS] = result.liveWords;
  // Collect again after allocating as much as is live (the heap may double), but well
  // before the usable free space runs out: the free tail plus the largest free run, since
  // fragments may be too small for the next big block.
  // When that is nearly gone, collect at every safe point until memory comes back.
  const usable = I[HDR_HEAP_END] - I[IS_HEAP_TOP] + result.largestFreeRun;
  I[IS_GC_THRESHOLD] = usable < NEARLY_FULL_WORDS ? 0 : Math.min(Math.max(result.liveWords, MIN_GC_THRESHOLD), usable >> 1);
  if (traceGc) process.stderr.write(`gilvm: gc #${I[IS_GC_RUNS]}: live ${result.liveWords} freed ${result.freedWords} largest free run ${result.largestFreeRun} next after ${I[IS_GC_THRESHOLD]} words\n`);
  return result;
}

function sweep(): GcResult {
  for (let i = 0; i <= SMALL_BLOCK_LIMIT; i++) I[IS_FREE_LISTS + i] = 0;
  I[IS_FREE_LARGE] = 0;
  const top = I[IS_HEAP_TOP];
  let live = 0;
  let freed = 0;
  let runStart = -1;
  let largestFreeRun = 0;
  let o = I[HDR_HEAP_START];
  while (o < top) {
    const size = blockSize(o);
    const header = I[o];
    const isFree = ((header >> 1) & 3) === BLOCK.free;
    if (!isFree && (header & HEADER_MARK) !== 0) {
      I[o] = header & ~HEADER_MARK;
      live += size;
      if (runStart >= 0) {
        releaseRun(runStart, o);
        largestFreeRun = Math.max(largestFreeRun, o - runStart);
        runStart = -1;
      }
    } else {
      if (!isFree) freed += size;
      if (runStart < 0) runStart = o;
    }
    o += size;
  }
  if (runStart >= 0) {
    I.fill(0, runStart, top);
    I[IS_HEAP_TOP] = runStart;
  }
  return { liveWords: live, freedWords: freed, largestFreeRun };
}

function releaseRun(start: number, end: number): void {
  for (let at = start; at < end; at += MAX_BLOCK_WORDS) releaseBlock(at, Math.min(MAX_BLOCK_WORDS, end - at));
}
