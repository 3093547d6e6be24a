/**
 * float: a boxed double (CPython: Objects/floatobject.c). The double sits at words 2-3
 * of the object, 8-byte aligned because blocks start at even words.
 */
import { F64, I } from '../image/memory.js';
import { allocObjectFilled } from '../image/heap.js';
import { Kind } from './layout.js';
import { T } from './statics.js';

export function newFloat(x: number): number {
  const o = allocObjectFilled(Kind.Float, T.float, 4);
  F64[(o >> 1) + 1] = x;
  return o;
}

export function floatValue(o: number): number {
  return F64[(o >> 1) + 1];
}

export function isFloat(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && ((I[v] >> 3) & 127) === Kind.Float;
}

const TWO_32 = 2 ** 32;

/** CPython's float hash agrees with int hash on integral values; others get a mixed hash of the bits. */
export function floatHash(x: number): number {
  if (Number.isInteger(x)) {
    if (Math.abs(x) < 0x40000000) return x === -1 ? -2 : x;
    // Large integral floats hash like the equal int would; keep it cheap and consistent.
    const h = Number(BigInt.asIntN(31, BigInt(x) % ((1n << 61n) - 1n)));
    return h === -1 ? -2 : h;
  }
  if (Number.isNaN(x)) return 0;
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  const m = x * TWO_32;
  let h = Math.imul((m | 0) ^ ((m / TWO_32) | 0), 0x9e3779b1);
  h = (h << 1) >> 1;
  return h === -1 ? -2 : h;
}

