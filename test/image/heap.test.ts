// The allocator and the collector on raw blocks, without the interpreter.
import test from 'ava';
import { createImage } from '../../src/image/create.js';
import { attachImage, I } from '../../src/image/memory.js';
import { OutOfImageMemory, allocData, allocValues, blockSize } from '../../src/image/heap.js';
import { collectGarbage, type MarkFn } from '../../src/image/gc.js';
import { HDR_HEAP_END, HDR_HEAP_START, IS_HEAP_TOP, IS_LIVE_WORDS } from '../../src/image/layout.js';
import { VALUES_START } from '../../src/objects/layout.js';

const SMALL = { sizeBytes: 8 * 1024 * 1024, maxThreads: 2, stackWords: 1024, outputBytes: 4096 };

function freshImage(): void {
  attachImage(createImage(SMALL));
}

/** A linked list of `n` value blocks (each holds the next in slot 0 and a small int in slot 1). */
function chain(n: number): number {
  let head = 0;
  for (let i = 0; i < n; i++) {
    const b = allocValues(2);
    I[b + VALUES_START] = head;
    I[b + VALUES_START + 1] = (i << 1) | 1;
    head = b;
  }
  return head;
}

function collectWithRoots(roots: number[]) {
  return collectGarbage((mark: MarkFn) => roots.forEach(mark));
}

test('blocks are even-aligned, zeroed and sized as asked', (t) => {
  freshImage();
  for (const words of [1, 2, 3, 10, 65, 1000]) {
    const b = allocData(words);
    t.is(b % 2, 0);
    t.true(blockSize(b) >= words + 2);
    for (let i = 2; i < words + 2; i++) t.is(I[b + i], 0);
  }
});

test('the collector keeps what is reachable and frees the rest', (t) => {
  freshImage();
  const kept = chain(100);
  chain(1000); // garbage
  const result = collectWithRoots([kept]);
  t.is(result.liveWords, 100 * 4);
  t.true(result.freedWords >= 1000 * 4);
  let n = 0;
  for (let b = kept; b !== 0; b = I[b + VALUES_START]) {
    t.is(I[b + VALUES_START + 1] >> 1, 99 - n);
    n++;
  }
  t.is(n, 100);
});

test('freed memory is reused: allocating 10x the heap in garbage never runs out', (t) => {
  freshImage();
  const heapWords = I[HDR_HEAP_END] - I[HDR_HEAP_START];
  const kept = chain(50);
  let allocated = 0;
  while (allocated < 10 * heapWords) {
    chain(1000);
    allocated += 4000;
    if (I[IS_HEAP_TOP] - I[HDR_HEAP_START] > heapWords / 2) collectWithRoots([kept]);
  }
  collectWithRoots([kept]);
  t.is(I[IS_LIVE_WORDS], 50 * 4);
});

test('a full heap throws OutOfImageMemory, and memory is usable again after the data is dropped', (t) => {
  freshImage();
  const blocks: number[] = [];
  t.throws(() => {
    for (;;) blocks.push(allocData(4096));
  }, { instanceOf: OutOfImageMemory });
  collectWithRoots([]);
  t.notThrows(() => allocData(4096 * 100));
});

test('a large free block is split and its rest reused', (t) => {
  freshImage();
  const big = allocData(10_000);
  const keep = allocValues(1);
  I[keep + VALUES_START] = 0;
  collectWithRoots([keep]);
  t.is(blockSize(big) > 0, true);
  const top = I[IS_HEAP_TOP];
  allocData(100);
  allocData(200);
  t.is(I[IS_HEAP_TOP], top, 'small blocks come from the freed large block, not the frontier');
});

test('after a collection, small blocks come from freed memory before the frontier moves', (t) => {
  freshImage();
  chain(1000); // garbage: one free run of 4000 words once collected
  const keep = allocValues(1);
  collectWithRoots([keep]);
  const top = I[IS_HEAP_TOP];
  for (let i = 0; i < 500; i++) allocValues(2);
  t.is(I[IS_HEAP_TOP], top, 'untouched memory past the frontier costs page faults; freed memory is reused first');
});
