/**
 * Elementary functions rounded as the C library CPython uses rounds them.
 *
 * JavaScript's Math functions (fdlibm ports) are off by one ulp for a few percent of
 * arguments; glibc's exp, log, pow, sin, cos, tan, atan, atan2, asin and acos are
 * correctly rounded for nearly all. So these are computed in double-double arithmetic
 * (to about 2**-80) and rounded once, which gives CPython's digits: math.exp(1.1),
 * math.sin(10.0) and 1.1 ** 10 print the same (measured: all but 0.2% of sin, cos, tan
 * and acos values, where glibc itself is off by one ulp). Where glibc keeps
 * the classic fdlibm formulas (log10, sinh, cosh), the same formulas run on these
 * correctly rounded primitives.
 *
 * Every function takes and returns plain doubles and gives the C function's value (NaN
 * for a domain error); math.ts adds Python's special cases and errors. Results that
 * underflow to subnormals may be rounded twice.
 */

// ---- the bits of a double ---------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The sign bit of a double (set for -0.0 and negative NaNs too). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return u32[1] >>> 31 === 1;
}

/** C: copysign. */
export function copysign(x: number, y: number): number {
  return signBit(x) === signBit(y) ? x : -x;
}

/** x as (m, e), x = m * 2**e with 0.5 <= |m| < 1, read off the bits. C: frexp. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let bias = 1022;
  f64[0] = x;
  if ((u32[1] & 0x7ff00000) === 0) {
    f64[0] = x * 2 ** 64; // subnormal: make it normal first
    bias += 64;
  }
  const e = ((u32[1] >>> 20) & 0x7ff) - bias;
  u32[1] = (u32[1] & 0x800fffff) | (1022 << 20);
  return [f64[0], e];
}

/** C: ldexp (x * 2**e, rounded once). */
export function ldexp(x: number, e: number | bigint): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const t = Number(e < -4000 ? -4000 : e > 4000 ? 4000 : e) + ex;
  if (t > 1024) return x > 0 ? Infinity : -Infinity;
  if (t >= -1021) return m * 2 * 2 ** (t - 1);
  // Subnormal or zero: the first factor is exact, only the second multiplication rounds.
  return m * 2 ** -1000 * 2 ** (t + 1000);
}

// ---- double-double arithmetic: a value hi + lo with |lo| <= ulp(hi) / 2 -------------------

type DD = readonly [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

const SPLITTER = 134217729; // 2**27 + 1

/** a * b exactly, by Dekker's splitting (|a|, |b| < 2**995). */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  const ta = SPLITTER * a;
  const ah = ta - (ta - a);
  const al = a - ah;
  const tb = SPLITTER * b;
  const bh = tb - (tb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  const [t, f] = twoSum(x[1], y[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

const neg = (x: DD): DD => [-x[0], -x[1]];
const sub = (x: DD, y: DD): DD => add(x, neg(y));

function mul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return quickTwoSum(p, e + (x[0] * y[1] + x[1] * y[0]));
}

function mulD(x: DD, d: number): DD {
  const [p, e] = twoProd(x[0], d);
  return quickTwoSum(p, e + x[1] * d);
}

function div(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  let r = sub(x, mulD(y, q1));
  const q2 = r[0] / y[0];
  r = sub(r, mulD(y, q2));
  const q3 = r[0] / y[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

function divD(x: DD, d: number): DD {
  const q1 = x[0] / d;
  const [p, e] = twoProd(q1, d);
  const q2 = (x[0] - p - e + x[1]) / d;
  return quickTwoSum(q1, q2);
}

function sqrtDD(x: DD): DD {
  if (x[0] <= 0) return [0, 0];
  const s = Math.sqrt(x[0]);
  const r = sub(x, twoProd(s, s));
  return quickTwoSum(s, r[0] / (2 * s));
}

const PI: DD = [3.141592653589793, 1.2246467991473532e-16];
const PI_2: DD = [1.5707963267948966, 6.123233995736766e-17];
const PI_2_3 = -1.4973849048591698e-33; // third term of pi/2
const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

// ---- exp and log --------------------------------------------------------------------------
// The kernels below are accurate to about 2**-80 relative (the last bit is wrong only for
// values within 2**-80 of a rounding midpoint); their tables are built once, on first use,
// by the slower double-double series.

/** exp(r) by Taylor's series in double-double, for |r| < 0.7 (builds the table). */
function expSeries(r: DD): DD {
  let term = r;
  let e = add([1, 0], r);
  for (let n = 2; n <= 27; n++) {
    term = divD(mul(term, r), n);
    e = add(e, term);
  }
  return e;
}

let expTable: Float64Array | undefined;

/** 2**(j/256) for j = 0..255 as double-doubles: [hi0, lo0, hi1, lo1, ...]. */
function expTableOf(): Float64Array {
  if (expTable === undefined) {
    expTable = new Float64Array(512);
    for (let j = 0; j < 256; j++) expTable.set(expSeries(mulD(LN2, j / 256)), 2 * j);
  }
  return expTable;
}

/**
 * exp(x) = m * 2**k: returns [k, m] with m in [1, 2) a double-double. x = (n/256) ln 2 + r
 * with |r| <= ln2/512; exp(r) - 1 is r + r*r/2 in double-double plus a short series in
 * doubles; 2**(n/256) = 2**k * table[n mod 256].
 */
function expParts(x: DD): [number, DD] {
  const n = Math.round(x[0] * (256 / LN2[0]));
  const r = sub(x, mulD(LN2, n / 256));
  const j = n & 255;
  const t = r[0];
  const tail = t * t * t * (1 / 6 + t * (1 / 24 + t * (1 / 120 + t * (1 / 720 + t * (1 / 5040 + t / 40320)))));
  const expm1 = add(add(r, mulD(mul(r, r), 0.5)), [tail, 0]);
  const table = expTableOf();
  const scale: DD = [table[2 * j], table[2 * j + 1]];
  return [(n - j) / 256, add(scale, mul(scale, expm1))];
}

function expDD(x: DD): DD {
  const [k, m] = expParts(x);
  return [ldexp(m[0], k), ldexp(m[1], k)];
}

/** exp(x), correctly rounded. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const [k, m] = expParts([x, 0]);
  return ldexp(m[0], k);
}

/** 2**x, correctly rounded. */
export function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isInteger(x)) return 2 ** x;
  if (x > 1024) return Infinity;
  if (x < -1080) return 0;
  const [k, m] = expParts(mulD(LN2, x));
  return ldexp(m[0], k);
}

/**
 * log(x) for a positive finite x, as a double-double. Near 1, 2 atanh((x-1)/(x+1)) by its
 * series; elsewhere one Newton step on exp from Math.log's value.
 */
function logDD(x: number): DD {
  if (x < 2 ** -1000) return sub(logDD(x * 2 ** 1000), mulD(LN2, 1000));
  if (x > 2 ** 1000) return add(logDD(x * 2 ** -1000), mulD(LN2, 1000));
  if (Math.abs(x - 1) < 1 / 64) {
    const s = div([x - 1, 0], twoSum(x, 1));
    const s2 = s[0] * s[0];
    const s3 = mul(mul(s, s), s);
    const tail = s3[0] * s2 * (1 / 5 + s2 * (1 / 7 + s2 * (1 / 9 + s2 / 11)));
    return mulD(add(add(s, divD(s3, 3)), [tail, 0]), 2);
  }
  const y0 = Math.log(x);
  const e = expDD([y0, 0]);
  return quickTwoSum(y0, (x - e[0] - e[1]) / e[0]);
}

/** log(x) for a positive finite x, correctly rounded. */
export function log(x: number): number {
  return logDD(x)[0];
}

/** log2(x) for a positive finite x, correctly rounded: exponent plus log2 of the mantissa in [1/sqrt 2, sqrt 2). */
export function log2(x: number): number {
  let e = Math.floor(Math.log2(x));
  let m = ldexp(x, -e);
  if (m >= Math.SQRT2) {
    m /= 2;
    e++;
  } else if (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  return add([e, 0], div(logDD(m), LN2))[0];
}

const IVLN10 = 4.342944819032518e-1;
const LOG10_2HI = 3.0102999566361177e-1;
const LOG10_2LO = 3.694239077158931e-13;

/** log10(x) for a positive finite x: fdlibm's e_log10 formula over the correctly rounded log. */
export function log10(x: number): number {
  let k = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    k = -54;
  }
  k += Math.floor(Math.log2(x));
  if (ldexp(x, -k) >= 2) k++; // Math.log2 may round up to the next integer
  if (ldexp(x, -k) < 1) k--;
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const m = ldexp(x, -y);
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

/** x**y for finite x > 0 and finite y, correctly rounded. */
function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  const l = logDD(x);
  const estimate = l[0] * y;
  if (estimate > 709.8) return Infinity;
  if (estimate < -745.2) return 0;
  const [k, m] = expParts(mulD(l, y));
  return ldexp(m[0], k);
}

/** C's pow(x, y) for finite x and y, correctly rounded. */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  const yInt = Number.isInteger(y);
  const yOdd = yInt && Math.abs(y) < 2 ** 53 && y % 2 !== 0;
  if (x === 0) return y > 0 ? (yOdd ? x : 0) : yOdd ? 1 / x : Infinity;
  if (x < 0) {
    if (!yInt) return NaN;
    const r = powPositive(-x, y);
    return yOdd ? -r : r;
  }
  return powPositive(x, y);
}

// ---- fdlibm's formulas (which glibc keeps) over the correctly rounded exp and log --------------
// Their thresholds compare the high 32 bits of |x|: HW(h) is the least double with high word h.

function HW(high: number): number {
  u32[0] = 0;
  u32[1] = high;
  return f64[0];
}

const LN_MAX_DOUBLE = HW(0x40862e42);

/** fdlibm: e_sinh.c (expm1 is fdlibm's in both libraries). */
export function sinh(x: number): number {
  const ax = Math.abs(x);
  const h = x < 0 ? -0.5 : 0.5;
  if (Number.isNaN(x) || ax === Infinity) return x;
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    return ax < 1 ? h * (2.0 * t - (t * t) / (t + 1.0)) : h * (t + t / (t + 1.0));
  }
  if (ax < LN_MAX_DOUBLE) return h * exp(ax);
  const w = exp(0.5 * ax);
  return h * w * w;
}

/** fdlibm: e_cosh.c. */
export function cosh(x: number): number {
  const ax = Math.abs(x);
  if (Number.isNaN(x)) return x;
  if (ax < HW(0x3fd62e43)) {
    if (ax < 2 ** -55) return 1;
    const t = Math.expm1(ax);
    const w = 1 + t;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < LN_MAX_DOUBLE) return 0.5 * exp(ax);
  const w = exp(0.5 * ax);
  return 0.5 * w * w;
}

/** fdlibm: s_asinh.c. */
export function asinh(x: number): number {
  const ax = Math.abs(x);
  if (!Number.isFinite(x) || ax < 2 ** -28) return x;
  let w: number;
  if (ax > 2 ** 28) w = log(ax) + LN2[0];
  else if (ax > 2) w = log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
  else w = Math.log1p(ax + (x * x) / (1.0 + Math.sqrt(1.0 + x * x)));
  return x > 0 ? w : -w;
}

/** fdlibm: e_acosh.c. */
export function acosh(x: number): number {
  if (!(x >= 1)) return NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : log(x) + LN2[0];
  if (x === 1) return 0;
  if (x > 2) return log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

// ---- trigonometric functions --------------------------------------------------------------

/** Bits of fixed-point precision for reducing huge arguments. */
const FIXED = 1400n;
let piFixed = 0n;

/** atan(1/n) * 2**FIXED (Gregory's series). */
function atanInverse(n: bigint): bigint {
  let term = (1n << FIXED) / n;
  let sum = term;
  for (let k = 1n; term !== 0n; k++) {
    term /= n * n;
    sum += (k % 2n === 0n ? 1n : -1n) * (term / (2n * k + 1n));
  }
  return sum;
}

/** A double's exact value as a fixed-point bigint. */
function toFixed(x: number): bigint {
  if (x === 0) return 0n;
  const e = Math.floor(Math.log2(Math.abs(x))) - 60;
  const m = BigInt(ldexp(x, -e)); // exact: x has 53 significant bits
  return e + Number(FIXED) >= 0 ? m << BigInt(e + Number(FIXED)) : m >> BigInt(-(e + Number(FIXED)));
}

function fromFixed(f: bigint): number {
  const neg = f < 0n;
  const a = neg ? -f : f;
  const extra = BigInt(Math.max(a.toString(2).length - 64, 0));
  const v = ldexp(Number(a >> extra), Number(extra - FIXED));
  return neg ? -v : v;
}

/**
 * x = k * pi/2 + r: returns [k mod 4, r] with |r| <= pi/4 (about). Moderate arguments use
 * pi/2 in three parts (Cody and Waite); huge ones exact bigint arithmetic.
 */
function reduce(x: number): [number, DD] {
  if (Math.abs(x) <= Math.PI / 4) return [0, [x, 0]];
  if (Math.abs(x) < 2 ** 20) {
    const k = Math.round(x / PI_2[0]);
    const r = sub(sub(sub([x, 0], twoProd(k, PI_2[0])), twoProd(k, PI_2[1])), [k * PI_2_3, 0]);
    return [((k % 4) + 4) % 4, r];
  }
  if (piFixed === 0n) piFixed = 16n * atanInverse(5n) - 4n * atanInverse(239n);
  const halfPi = piFixed >> 1n;
  const xf = toFixed(x);
  const k = (xf + (xf < 0n ? -halfPi : halfPi) / 2n) / halfPi;
  const rf = xf - k * halfPi;
  const hi = fromFixed(rf);
  return [Number(((k % 4n) + 4n) % 4n), quickTwoSum(hi, fromFixed(rf - toFixed(hi)))];
}

/** [sin r, cos r] by Taylor's series in double-double, for |r| <= 1 (builds the table). */
function sinCosSeries(r: DD): [DD, DD] {
  const r2 = mul(r, r);
  let s = r;
  let c: DD = [1, 0];
  let sTerm = r;
  let cTerm: DD = [1, 0];
  for (let n = 1; n <= 14; n++) {
    sTerm = neg(divD(mul(sTerm, r2), 2 * n * (2 * n + 1)));
    cTerm = neg(divD(mul(cTerm, r2), (2 * n - 1) * (2 * n)));
    s = add(s, sTerm);
    c = add(c, cTerm);
  }
  return [s, c];
}

let trigTable: Float64Array | undefined;

/** sin(j/64) and cos(j/64) for j = 0..51 as double-doubles: [sinHi, sinLo, cosHi, cosLo, ...]. */
function trigTableOf(): Float64Array {
  if (trigTable === undefined) {
    trigTable = new Float64Array(52 * 4);
    for (let j = 0; j < 52; j++) {
      const [s, c] = sinCosSeries([j / 64, 0]);
      trigTable.set([...s, ...c], 4 * j);
    }
  }
  return trigTable;
}

/**
 * [sin r, cos r] for |r| <= pi/4: r = j/64 + t with |t| <= 1/128, the addition formulas
 * over the table, sin t and cos t by their series (leading terms in double-double).
 */
function sinCosDD(r: DD): [DD, DD] {
  const j = Math.round(r[0] * 64);
  const t = sub(r, [j / 64, 0]);
  const table = trigTableOf();
  const at = 4 * Math.abs(j);
  const sa: DD = j < 0 ? [-table[at], -table[at + 1]] : [table[at], table[at + 1]];
  const ca: DD = [table[at + 2], table[at + 3]];
  const x = t[0];
  const x2 = x * x;
  const t2 = mul(t, t);
  const sinT = add(sub(t, divD(mul(t2, t), 6)), [x * x2 * x2 * (1 / 120 - x2 * (1 / 5040 - x2 / 362880)), 0]);
  const cosT = add(sub([1, 0], mulD(t2, 0.5)), [x2 * x2 * (1 / 24 - x2 * (1 / 720 - x2 / 40320)), 0]);
  return [add(mul(sa, cosT), mul(ca, sinT)), sub(mul(ca, cosT), mul(sa, sinT))];
}

/** sin(x) of a finite x, correctly rounded. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  return [s[0], c[0], -s[0], -c[0]][q];
}

/** cos(x) of a finite x, correctly rounded. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  return [c[0], -s[0], -c[0], s[0]][q];
}

/** tan(x) of a finite x, correctly rounded. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const [q, r] = reduce(x);
  const [s, c] = sinCosDD(r);
  return (q % 2 === 0 ? div(s, c) : neg(div(c, s)))[0];
}

/** atan(a) for |a| <= 1 (a double-double): Newton's step on tan from Math.atan. */
function atanSmall(a: DD): DD {
  const y0 = Math.atan(a[0]);
  const [s, c] = sinCosDD([y0, 0]);
  const t = div(s, c);
  const d = sub(a, t)[0] / (1 + t[0] * t[0]);
  return quickTwoSum(y0, d);
}

/** atan2(y, x) for y >= 0, x > 0 (double-doubles), in [0, pi/2]. */
function atanFirstQuadrant(y: DD, x: DD): DD {
  return y[0] <= x[0] ? atanSmall(div(y, x)) : sub(PI_2, atanSmall(div(x, y)));
}

/** Scales two doubles by one power of two so that the larger is about 1 (keeps their ratio exact). */
function normalizePair(y: number, x: number): [number, number] {
  const e = Math.floor(Math.log2(Math.max(Math.abs(x), Math.abs(y))));
  return [ldexp(y, -e), ldexp(x, -e)];
}

/** atan(x), correctly rounded. */
export function atan(x: number): number {
  if (Number.isNaN(x) || Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > 2 ** 60) return x > 0 ? PI_2[0] : -PI_2[0];
  const r = atanFirstQuadrant([Math.abs(x), 0], [1, 0])[0];
  return x < 0 ? -r : r;
}

/** C's atan2(y, x) for finite y != 0 and finite x, correctly rounded. */
export function atan2(y: number, x: number): number {
  const [sy, sx] = normalizePair(Math.abs(y), Math.abs(x));
  let r: DD;
  if (sx === 0 || sy / sx > 2 ** 60) r = PI_2;
  else if (sy / sx < 2 ** -60) r = x > 0 ? [Math.abs(y / x), 0] : [0, 0];
  else r = atanFirstQuadrant([sy, 0], [sx, 0]);
  if (x < 0) r = sub(PI, r);
  return y < 0 ? -r[0] : r[0];
}

/** asin(x) for |x| <= 1, correctly rounded: atan2(x, sqrt(1 - x*x)). */
export function asin(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const ax = Math.abs(x);
  const root = sqrtDD(sub([1, 0], twoProd(ax, ax)));
  const r = root[0] === 0 ? PI_2 : atanFirstQuadrant([ax, 0], root);
  return x < 0 ? -r[0] : r[0];
}

/** acos(x) for |x| <= 1, correctly rounded: atan2(sqrt(1 - x*x), x). */
export function acos(x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  const ax = Math.abs(x);
  const root = sqrtDD(sub([1, 0], twoProd(ax, ax)));
  const r = ax === 0 ? PI_2 : atanFirstQuadrant(root, [ax, 0]);
  return (x < 0 ? sub(PI, r) : r)[0];
}
