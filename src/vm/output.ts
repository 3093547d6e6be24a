/**
 * stdout and stderr of Python code: bytes appended to the image's output ring under
 * the GIL, so the host prints them in the order threads executed `print`.
 *
 * Ring protocol (the host side is src/host/output.ts):
 * - OUT_WRITTEN and OUT_CONSUMED count bytes ever written / ever consumed; the ring
 *   holds [consumed, written) at byte (written mod capacity).
 * - A record is 1 byte fd, 2 bytes script (the writing thread's TS_SCRIPT, for a shared
 *   run of several scripts), 4 bytes length (little-endian), then the UTF-8 payload.
 * - Only the GIL holder writes. It stores the payload, then Atomics.store(OUT_WRITTEN)
 *   and Atomics.notify on it; the host reads OUT_WRITTEN with Atomics, copies out,
 *   then Atomics.store(OUT_CONSUMED) and notifies. A writer that finds no room waits
 *   on OUT_CONSUMED (bounded waits, so a dead host cannot hang it forever silently).
 */
import { I, U8 } from '../image/memory.js';
import { HDR_OUTPUT_BYTES, HDR_OUTPUT_START, OUT_CONSUMED, OUT_WRITTEN, OUTPUT_HEADER_WORDS, TS_SCRIPT } from '../image/layout.js';
import { TS } from './thread.js';

const encoder = new TextEncoder();
export const RECORD_HEADER_BYTES = 7;

export function writeOutput(fd: 1 | 2, text: string): void {
  if (text.length === 0) return;
  writeBytes(fd, encoder.encode(text));
}

export function writeBytes(fd: 1 | 2, bytes: Uint8Array): void {
  const start = I[HDR_OUTPUT_START];
  const capacity = I[HDR_OUTPUT_BYTES];
  const maxChunk = (capacity >> 1) - RECORD_HEADER_BYTES;
  for (let off = 0; off < bytes.length; off += maxChunk) {
    const chunk = bytes.subarray(off, Math.min(bytes.length, off + maxChunk));
    writeRecord(start, capacity, fd, chunk);
  }
}

function writeRecord(start: number, capacity: number, fd: number, payload: Uint8Array): void {
  const need = RECORD_HEADER_BYTES + payload.length;
  const mask = capacity - 1; // a power of two: positions wrap with the 32-bit counters
  const written = Atomics.load(I, start + OUT_WRITTEN);
  for (;;) {
    const consumed = Atomics.load(I, start + OUT_CONSUMED);
    if (capacity - ((written - consumed) | 0) >= need) break;
    Atomics.wait(I, start + OUT_CONSUMED, consumed, 100);
  }
  const base = (start + OUTPUT_HEADER_WORDS) * 4;
  let pos = written;
  const put = (b: number) => {
    U8[base + (pos & mask)] = b;
    pos++;
  };
  put(fd);
  const script = I[TS + TS_SCRIPT];
  put(script & 255); put((script >>> 8) & 255);
  const n = payload.length;
  put(n & 255); put((n >>> 8) & 255); put((n >>> 16) & 255); put((n >>> 24) & 255);
  const at = pos & mask;
  const first = Math.min(n, capacity - at);
  U8.set(payload.subarray(0, first), base + at);
  if (first < n) U8.set(payload.subarray(first), base);
  pos += n;
  Atomics.store(I, start + OUT_WRITTEN, pos | 0);
  Atomics.notify(I, start + OUT_WRITTEN);
}
