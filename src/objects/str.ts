/**
 * str: immutable UTF-16 code units in the heap (gilvm indexes strings by code unit, so a
 * character outside the BMP counts as two). CPython: Objects/unicodeobject.c.
 *
 * Each thread keeps a cache of decoded JS strings keyed by heap offset (direct-mapped: a
 * slot per offset, no allocation; a Map's insertions were half of newStr's time); it is
 * dropped whenever the collector's epoch or the image changes (the host reads several
 * images in one process), so a reused offset never yields a stale string.
 * Interned strings (names in code objects, attribute names) are immortal: the intern
 * table in the image is a collector root, and each thread mirrors it in a JS Map.
 */
import { I, SAB, U16 } from '../image/memory.js';
import { IS_GC_EPOCH } from '../image/layout.js';
import { allocObject } from '../image/heap.js';
import { Kind, STR_ASTRAL, STR_DATA, STR_HASH, STR_LENGTH } from './layout.js';
import { S, T } from './statics.js';
import { dictGetStr, dictSetItem } from './dict.js';

const DECODED_SLOTS = 1 << 14;
/** The str offset whose string slot i holds (0: none; no object lives at offset 0). */
const decodedOffsets = new Int32Array(DECODED_SLOTS);
const decodedStrings: string[] = new Array<string>(DECODED_SLOTS).fill('');
let decodedEpoch = -1;
let decodedImage: SharedArrayBuffer | null = null;
const interned = new Map<string, number>();

/** A new str object holding the JS string `s`. */
export function newStr(s: string): number {
  const n = s.length;
  if (n === 0 && S.emptyStr !== 0) return S.emptyStr;
  const o = allocObject(Kind.Str, T.str, STR_DATA + ((n + 1) >> 1));
  I[o + STR_LENGTH] = n;
  I[o + STR_HASH] = -1;
  const base = (o + STR_DATA) * 2;
  for (let i = 0; i < n; i++) U16[base + i] = s.charCodeAt(i);
  // The JS string is at hand: remember it, so that reading the new str back is free.
  remember(o, s);
  return o;
}

/** The JS string of a str object. */
export function strValue(o: number): string {
  const slot = (o >> 1) & (DECODED_SLOTS - 1);
  if (decodedOffsets[slot] === o && I[IS_GC_EPOCH] === decodedEpoch && SAB === decodedImage) return decodedStrings[slot];
  const s = decode(o);
  remember(o, s);
  return s;
}

function remember(o: number, s: string): void {
  if (I[IS_GC_EPOCH] !== decodedEpoch || SAB !== decodedImage) {
    decodedOffsets.fill(0);
    decodedStrings.fill('');
    decodedEpoch = I[IS_GC_EPOCH];
    decodedImage = SAB;
  }
  const slot = (o >> 1) & (DECODED_SLOTS - 1);
  decodedOffsets[slot] = o;
  decodedStrings[slot] = s;
}

function decode(o: number): string {
  const n = I[o + STR_LENGTH];
  const base = (o + STR_DATA) * 2;
  if (n < 64) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(U16[base + i]);
    return s;
  }
  const parts: string[] = [];
  for (let i = 0; i < n; i += 4096) {
    parts.push(String.fromCharCode.apply(null, Array.from(U16.subarray(base + i, base + Math.min(n, i + 4096)))));
  }
  return parts.join('');
}

/** The str's hash (31-bit, cached in the object). String hashes are arbitrary in CPython too (randomized). */
export function strHash(o: number): number {
  let h = I[o + STR_HASH];
  if (h !== -1) return h;
  const n = I[o + STR_LENGTH];
  const base = (o + STR_DATA) * 2;
  h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ U16[base + i], 0x01000193);
  h = (h << 1) >> 1; // fit the tagged-int range the tables store
  if (h === -1) h = -2;
  I[o + STR_HASH] = h;
  return h;
}

/**
 * Whether the str holds characters outside the BMP (surrogate pairs). Python counts
 * and indexes code points, so such strings take the slower code-point paths; the
 * answer is computed once and kept in the object.
 */
export function strHasAstral(o: number): boolean {
  let flag = I[o + STR_ASTRAL];
  if (flag === 0) {
    flag = 1;
    const n = I[o + STR_LENGTH];
    const base = (o + STR_DATA) * 2;
    for (let i = 0; i < n; i++) {
      const u = U16[base + i];
      if (u >= 0xd800 && u <= 0xdbff && i + 1 < n && (U16[base + i + 1] & 0xfc00) === 0xdc00) {
        flag = 2;
        break;
      }
    }
    I[o + STR_ASTRAL] = flag;
  }
  return flag === 2;
}

/** len() of a str: its code points. */
export function strCodePointLength(o: number): number {
  return strHasAstral(o) ? Array.from(strValue(o)).length : I[o + STR_LENGTH];
}

/** Code-unit equality of two str objects. */
export function strEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const n = I[a + STR_LENGTH];
  if (n !== I[b + STR_LENGTH]) return false;
  const ha = I[a + STR_HASH];
  const hb = I[b + STR_HASH];
  if (ha !== -1 && hb !== -1 && ha !== hb) return false;
  const ba = (a + STR_DATA) * 2;
  const bb = (b + STR_DATA) * 2;
  for (let i = 0; i < n; i++) if (U16[ba + i] !== U16[bb + i]) return false;
  return true;
}

/** The interned (immortal, unique) str object for `s`. */
export function intern(s: string): number {
  let o = interned.get(s);
  if (o !== undefined) return o;
  const probe = newStr(s);
  o = dictGetStr(S.internTable, probe);
  if (o === 0) {
    o = probe;
    dictSetItem(S.internTable, o, o);
  }
  interned.set(s, o);
  return o;
}

/** Forgets this thread's interned-string map (a new image was attached). */
export function resetStrCaches(): void {
  interned.clear();
  decodedOffsets.fill(0);
  decodedStrings.fill('');
  decodedEpoch = -1;
}

/** Compares two str objects by code units: negative, zero or positive. */
export function strCompare(a: number, b: number): number {
  const na = I[a + STR_LENGTH];
  const nb = I[b + STR_LENGTH];
  const ba = (a + STR_DATA) * 2;
  const bb = (b + STR_DATA) * 2;
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const d = U16[ba + i] - U16[bb + i];
    if (d !== 0) return isSurrogate(U16[ba + i]) || isSurrogate(U16[bb + i]) ? codePointOrder(ba, na, bb, nb, i) : d;
  }
  return na - nb;
}

function isSurrogate(unit: number): boolean {
  return (unit & 0xf800) === 0xd800;
}

/**
 * The order of two strs' code units (at byte offsets ba and bb) that first differ at
 * unit i, where one is a surrogate: code units order astral characters below U+E000-U+FFFF,
 * Python orders code points. A pair may start one unit before, at an equal high surrogate.
 */
function codePointOrder(ba: number, na: number, bb: number, nb: number, i: number): number {
  const lowAt = (b: number) => (U16[b + i] & 0xfc00) === 0xdc00;
  const j = i > 0 && (U16[ba + i - 1] & 0xfc00) === 0xd800 && (lowAt(ba) || lowAt(bb)) ? i - 1 : i;
  return codePointAt(ba, na, j) - codePointAt(bb, nb, j);
}

/** The code point at unit i of n units from byte offset b: a surrogate pair's, or the unit's own. */
function codePointAt(b: number, n: number, i: number): number {
  const u = U16[b + i];
  if ((u & 0xfc00) === 0xd800 && i + 1 < n) {
    const w = U16[b + i + 1];
    if ((w & 0xfc00) === 0xdc00) return 0x10000 + ((u - 0xd800) << 10) + (w - 0xdc00);
  }
  return u;
}

/** Concatenation without decoding to JS strings. */
export function strConcat(a: number, b: number): number {
  const na = I[a + STR_LENGTH];
  const nb = I[b + STR_LENGTH];
  if (na === 0) return b;
  if (nb === 0) return a;
  const o = allocObject(Kind.Str, T.str, STR_DATA + ((na + nb + 1) >> 1));
  I[o + STR_LENGTH] = na + nb;
  I[o + STR_HASH] = -1;
  const dst = (o + STR_DATA) * 2;
  U16.copyWithin(dst, (a + STR_DATA) * 2, (a + STR_DATA) * 2 + na);
  U16.copyWithin(dst + na, (b + STR_DATA) * 2, (b + STR_DATA) * 2 + nb);
  return o;
}

/** The code unit at `i` (0 <= i < length). */
export function strCharCode(o: number, i: number): number {
  return U16[(o + STR_DATA) * 2 + i];
}
