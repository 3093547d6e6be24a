/** Creating a fresh image: the SharedArrayBuffer and its header (the host does this). */
import {
  computeRegions, DEFAULT_LAYOUT, HDR_HEAP_END, HDR_HEAP_START, HDR_MAGIC, HDR_MAX_THREADS, HDR_OUTPUT_BYTES,
  HDR_OUTPUT_START, HDR_SIZE_WORDS, HDR_STACK_WORDS, HDR_STACKS_START, HDR_STATS_START, HDR_THREADS_START, HDR_VERSION,
  IMAGE_MAGIC, IS_HEAP_TOP, LAYOUT_VERSION, type LayoutOptions,
} from './layout.js';

export function createImage(options: Partial<LayoutOptions> = {}): SharedArrayBuffer {
  const opts = { ...DEFAULT_LAYOUT, ...options };
  if ((opts.outputBytes & (opts.outputBytes - 1)) !== 0) throw new RangeError('output ring size must be a power of two');
  const r = computeRegions(opts);
  const sab = new SharedArrayBuffer(r.sizeWords * 4);
  const I = new Int32Array(sab);
  I[HDR_MAGIC] = IMAGE_MAGIC;
  I[HDR_VERSION] = LAYOUT_VERSION;
  I[HDR_SIZE_WORDS] = r.sizeWords;
  I[HDR_MAX_THREADS] = opts.maxThreads;
  I[HDR_STACK_WORDS] = opts.stackWords;
  I[HDR_THREADS_START] = r.threadsStart;
  I[HDR_OUTPUT_START] = r.outputStart;
  I[HDR_OUTPUT_BYTES] = opts.outputBytes;
  I[HDR_STATS_START] = r.statsStart;
  I[HDR_STACKS_START] = r.stacksStart;
  I[HDR_HEAP_START] = r.heapStart;
  I[HDR_HEAP_END] = r.heapEnd;
  I[IS_HEAP_TOP] = r.heapStart;
  return sab;
}
