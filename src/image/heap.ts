/**
 * The allocator: bump allocation at the heap top, plus free lists rebuilt by the
 * collector's sweep (exact-size lists for small blocks, one first-fit list for the rest).
 *
 * Invariants:
 * - Only the GIL holder allocates (the GIL's Atomics order every plain store here).
 * - Allocation never collects: it only asks for a collection (EVAL_BREAKER.gcRequested)
 *   once IS_ALLOC_SINCE_GC passes IS_GC_THRESHOLD. The collection runs at the next
 *   eval-breaker check, an instruction boundary where every live value is in the image.
 *   So JS code may hold object offsets in locals across allocations, never across a
 *   call that runs Python code (use the thread's temporary roots for that).
 * - A block is zeroed when it is handed out, so every value word starts as NULL.
 * - When no block fits, `OutOfImageMemory` is thrown; the interpreter turns it into a
 *   Python MemoryError.
 */
import { I } from './memory.js';
import {
  EVAL_BREAKER, HDR_HEAP_END, IS_ALLOC_SINCE_GC, IS_EVAL_BREAKER, IS_FREE_LARGE, IS_FREE_LISTS,
  IS_GC_THRESHOLD, IS_HEAP_TOP, SMALL_BLOCK_LIMIT,
} from './layout.js';
import { BLOCK, MAX_BLOCK_WORDS, SIZE_SHIFT, header } from '../objects/layout.js';

/**
 * GILVM_GC_STRESS=1 collects at every safe point after any allocation (a debug switch
 * that makes a missing root fail at once instead of once in a while).
 */
const gcStress = process.env.GILVM_GC_STRESS === '1';

/** Thrown when the heap has no block of the requested size. */
export class OutOfImageMemory extends Error {
  constructor(readonly words: number) {
    super(`image heap exhausted (wanted ${words} words)`);
  }
}

export function blockSize(o: number): number {
  return (I[o] >>> SIZE_SHIFT) << 1;
}

/**
 * Word offset of a free block of `words` (even) words, header not yet written: an
 * exact-size free block, else the first large free block that fits (split to size),
 * else the heap frontier. Freed memory is reused before the frontier moves: memory
 * past the frontier has never been touched, and the first touch of each page costs a
 * page fault (and grows the process), far more than splitting a free block.
 */
function take(words: number): number {
  if (words <= SMALL_BLOCK_LIMIT) {
    const head = IS_FREE_LISTS + words;
    const o = I[head];
    if (o !== 0) {
      I[head] = I[o + 1];
      return o;
    }
  }
  const o = takeLarge(words);
  if (o !== 0) return o;
  const top = I[IS_HEAP_TOP];
  if (top + words > I[HDR_HEAP_END]) throw new OutOfImageMemory(words);
  I[IS_HEAP_TOP] = top + words;
  return top;
}

/** First fit in the large-block list, splitting off the rest (which goes back to a list); 0 if none fits. */
function takeLarge(words: number): number {
  let prev = IS_FREE_LARGE;
  let o = I[prev];
  while (o !== 0) {
    const size = blockSize(o);
    if (size >= words) {
      I[prev === IS_FREE_LARGE ? prev : prev + 1] = I[o + 1];
      if (size > words) releaseBlock(o + words, size - words);
      return o;
    }
    prev = o;
    o = I[o + 1];
  }
  return 0;
}

/** Puts a free block on its list. Used by the sweep and by splitting. */
export function releaseBlock(o: number, words: number): void {
  I[o] = header(words, BLOCK.free, 0);
  const head = words <= SMALL_BLOCK_LIMIT ? IS_FREE_LISTS + words : IS_FREE_LARGE;
  I[o + 1] = I[head];
  I[head] = o;
}

function allocate(words: number, block: number, kind: number, clear: boolean): number {
  words = (words + 1) & ~1;
  if (words > MAX_BLOCK_WORDS) throw new OutOfImageMemory(words);
  let o: number;
  try {
    o = take(words);
  } catch (e) {
    // Ask for a collection at the next safe point, so that memory comes back.
    Atomics.or(I, IS_EVAL_BREAKER, EVAL_BREAKER.gcRequested);
    throw e;
  }
  if (clear) {
    if (words <= 16) {
      for (let i = o + 1; i < o + words; i++) I[i] = 0;
    } else {
      I.fill(0, o + 1, o + words);
    }
  }
  I[o] = header(words, block, kind);
  const since = I[IS_ALLOC_SINCE_GC] + words;
  I[IS_ALLOC_SINCE_GC] = since;
  if (since > I[IS_GC_THRESHOLD] || gcStress) Atomics.or(I, IS_EVAL_BREAKER, EVAL_BREAKER.gcRequested);
  return o;
}

/** A Python object of layout `kind` and type `type`, `words` long including header and type. */
export function allocObject(kind: number, type: number, words: number): number {
  const o = allocate(words, BLOCK.object, kind, true);
  I[o + 1] = type;
  return o;
}

/** allocObject for an object whose creator writes all of its `words` (even) at once: they are not cleared first. */
export function allocObjectFilled(kind: number, type: number, words: number): number {
  const o = allocate(words, BLOCK.object, kind, false);
  I[o + 1] = type;
  return o;
}

/** A raw array of `capacity` values (scanned by the collector), word 1 = capacity. */
export function allocValues(capacity: number): number {
  const o = allocate(capacity + 2, BLOCK.values, 0, true);
  I[o + 1] = capacity;
  return o;
}

/** A raw block of `words` data words after a 2-word header (never scanned). */
export function allocData(words: number): number {
  return allocate(words + 2, BLOCK.data, 0, true);
}
