/**
 * Typed-array views over the image, created once per thread (worker or main) by
 * `attachImage`. Every module reads the image through these bindings; hot loops copy
 * them into locals.
 */
import { HDR_MAGIC, HDR_VERSION, IMAGE_MAGIC, LAYOUT_VERSION } from './layout.js';

export let SAB: SharedArrayBuffer;
export let I: Int32Array;
export let U16: Uint16Array;
export let U8: Uint8Array;
export let F64: Float64Array;

export function attachImage(sab: SharedArrayBuffer): void {
  // A pooled worker that ran a thread of this image keeps its views (and the code the
  // JIT compiled against them).
  if (sab === SAB) return;
  SAB = sab;
  I = new Int32Array(sab);
  U16 = new Uint16Array(sab);
  U8 = new Uint8Array(sab);
  F64 = new Float64Array(sab, 0, sab.byteLength >>> 3);
  if (I[HDR_MAGIC] !== IMAGE_MAGIC || I[HDR_VERSION] !== LAYOUT_VERSION) {
    throw new Error('not a gilvm image (bad magic or layout version)');
  }
}
