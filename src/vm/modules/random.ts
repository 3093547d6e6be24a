/**
 * The random module: CPython's Mersenne Twister (MT19937, seeded the same way) under the
 * algorithms of Lib/random.py, so that `random.seed(n)` gives CPython's very numbers.
 * CPython: Modules/_randommodule.c, Lib/random.py.
 *
 * Where the state lives: every thread must share one generator, so its state is in the
 * image, in a BLOCK.data block (raw 32-bit words, never scanned) referenced from the one
 * slot of a `Random` instance. The collector marks a block reached from a value word, so
 * the instance keeps its state alive, and Python code never sees the slot. As in CPython,
 * the module's functions are methods bound to the hidden instance `random._inst`, and
 * `random.Random(x)` makes independent generators.
 *
 * State block words (after the header): STATE_INDEX = position of the next state word
 * (624: twist first); STATE_MT.. = the 624 state words; GAUSS_PENDING = 1 when gauss()
 * has a second value saved, at GAUSS_VALUE (a double, 8-byte aligned since blocks start
 * at even words).
 */
import { createHash, randomFillSync } from 'node:crypto';
import { F64, I } from '../../image/memory.js';
import { allocData, allocObject } from '../../image/heap.js';
import { INSTANCE_SLOTS, Kind, LIST_LENGTH, TUPLE_ITEMS, TYPE_FLAG, TYPE_NSLOTS } from '../../objects/layout.js';
import { NONE, T } from '../../objects/statics.js';
import { floatValue, newFloat } from '../../objects/float.js';
import { intValue, newInt, newIntBig, newIntFrom } from '../../objects/int.js';
import { intern, newStr, strValue } from '../../objects/str.js';
import { listAppend, listBase, listItems, newList } from '../../objects/list.js';
import { dictSetItem } from '../../objects/dict.js';
import { newType, typeDict, typeOf } from '../../objects/type.js';
import { newMethodDescr, newNative } from '../../objects/function.js';
import { defineModule, registerNative, type NativeFn } from '../natives.js';
import { kwCount } from '../args.js';
import { raise } from '../errors.js';
import { indexValue, kindOf, lengthOf } from '../abstract.js';
import { iterateToList } from '../iter.js';
import { storeSubscript, subscript } from '../subscript.js';
import { popRoots, pushRoot, pushRootWords } from '../roots.js';
import { noArgs, oneArg } from '../methods/common.js';
import { numericHash } from '../builtins.js';
import { toDouble } from './math.js';
import { N } from '../names.js';
import * as libm from './libm.js';

// ---- the generator state in the image -----------------------------------------------------

const MT_N = 624;
const MT_M = 397;
const STATE_INDEX = 1;
const STATE_MT = 2;
const GAUSS_PENDING = STATE_MT + MT_N;
const GAUSS_VALUE = GAUSS_PENDING + 2;
const BLOCK_WORDS = GAUSS_VALUE + 2;
const STATE_SLOT = INSTANCE_SLOTS;

/** The state block of a Random instance, made (and seeded from the OS) on first use. */
function stateOf(self: number): number {
  let st = I[self + STATE_SLOT];
  if (st === 0) {
    st = allocData(BLOCK_WORDS - 2); // allocData adds the 2-word header
    I[self + STATE_SLOT] = st;
    seedFromEntropy(st);
  }
  return st;
}

/** CPython: init_genrand. */
function initGenrand(st: number, s: number): void {
  const mt = st + STATE_MT;
  I[mt] = s;
  for (let i = 1; i < MT_N; i++) {
    const prev = I[mt + i - 1] >>> 0;
    I[mt + i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
  }
  I[st + STATE_INDEX] = MT_N;
}

/** CPython: init_by_array (all arithmetic modulo 2**32). */
function initByArray(st: number, key: ArrayLike<number>): void {
  initGenrand(st, 19650218);
  const mt = st + STATE_MT;
  let i = 1;
  let j = 0;
  for (let k = Math.max(MT_N, key.length); k > 0; k--) {
    const prev = I[mt + i - 1] >>> 0;
    I[mt + i] = ((I[mt + i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) >>> 0) + key[j] + j;
    i++;
    j++;
    if (i >= MT_N) {
      I[mt] = I[mt + MT_N - 1];
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = MT_N - 1; k > 0; k--) {
    const prev = I[mt + i - 1] >>> 0;
    I[mt + i] = ((I[mt + i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) >>> 0) - i;
    i++;
    if (i >= MT_N) {
      I[mt] = I[mt + MT_N - 1];
      i = 1;
    }
  }
  I[mt] = 0x80000000; // MSB set: a non-zero initial state
  I[st + GAUSS_PENDING] = 0;
}

/** The next 32-bit output. CPython: genrand_uint32. */
function genrand(st: number): number {
  const mt = st + STATE_MT;
  let i = I[st + STATE_INDEX];
  if (i >= MT_N) {
    for (let k = 0; k < MT_N; k++) {
      const y = (I[mt + k] & 0x80000000) | (I[mt + ((k + 1) % MT_N)] & 0x7fffffff);
      I[mt + k] = I[mt + ((k + MT_M) % MT_N)] ^ (y >>> 1) ^ ((y & 1) === 0 ? 0 : 0x9908b0df);
    }
    i = 0;
  }
  I[st + STATE_INDEX] = i + 1;
  let y = I[mt + i];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A double in [0, 1) with 53 random bits. CPython: random_random. */
function random(st: number): number {
  const a = genrand(st) >>> 5;
  const b = genrand(st) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

type Int = number | bigint;

/** k random bits (a number up to 32 bits, a bigint beyond). CPython: _random_Random_getrandbits_impl. */
function getrandbits(st: number, k: number): Int {
  if (k === 0) return 0;
  if (k <= 32) return genrand(st) >>> (32 - k);
  let r = 0n;
  for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
    r |= BigInt(k < 32 ? genrand(st) >>> (32 - k) : genrand(st)) << shift;
  }
  return r;
}

/** A random int in [0, n) for n > 0. Lib/random.py: _randbelow_with_getrandbits. */
function randbelow(st: number, n: Int): Int {
  const k = typeof n === 'number' && n <= 0xffffffff ? 32 - Math.clz32(n) : BigInt(n).toString(2).length;
  for (;;) {
    const r = getrandbits(st, k);
    if (r < n) return r;
  }
}

// ---- seeding --------------------------------------------------------------------------------

function seedFromEntropy(st: number): void {
  initByArray(st, randomFillSync(new Uint32Array(MT_N)));
}

/** Seeds from a non-negative int: its 32-bit chunks, least significant first. CPython: random_seed. */
function seedInt(st: number, n: bigint): void {
  const key: number[] = [];
  do {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  initByArray(st, key);
}

/** Lib/random.py's seed(a, version): str through SHA-512 (version 2), floats through hash(). */
function seed(st: number, a: number, version: number): void {
  if (a === 0 || a === NONE) return seedFromEntropy(st);
  const k = kindOf(a);
  if (k === Kind.Int || k === Kind.Bool) {
    const n = BigInt(intValue(a));
    return seedInt(st, n < 0n ? -n : n);
  }
  if (k === Kind.Str) return seedInt(st, version === 1 ? strSeedV1(strValue(a)) : strSeedV2(strValue(a)));
  if (k !== Kind.Float) raise('TypeError', 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  // The C seed of a non-int: hash(a) cast to an unsigned 64-bit number.
  return seedInt(st, BigInt.asUintN(64, numericHash(a) ?? 0n));
}

/** int.from_bytes(s.encode() + sha512(s.encode()).digest()). */
function strSeedV2(s: string): bigint {
  const bytes = Buffer.from(s, 'utf8');
  const all = Buffer.concat([bytes, createHash('sha512').update(bytes).digest()]);
  return BigInt('0x' + all.toString('hex'));
}

/** The version-1 string seed of Python 2's random. */
function strSeedV1(s: string): bigint {
  const codes = [...s].map((c) => BigInt(c.codePointAt(0)!));
  let x = codes.length > 0 ? codes[0] << 7n : 0n;
  for (const c of codes) x = BigInt.asUintN(64, 1000003n * x) ^ c;
  return x ^ BigInt(codes.length);
}

// ---- argument binding -----------------------------------------------------------------------

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The arguments of a method Lib/random.py defines in Python, bound with Python's own
 * messages ("Random.randint() missing 1 required positional argument: 'b'"): one word
 * per parameter (self excluded), 0 when not given. The last `kwOnly` are keyword-only.
 */
function pyArgs(
  qualname: string, args: number, nargs: number, kwnames: number, params: readonly string[], required: number, kwOnly = 0,
): number[] {
  const nkw = kwCount(kwnames);
  const npos = nargs - nkw;
  const maxPos = params.length - kwOnly;
  if (npos > maxPos) {
    const takes = required === maxPos ? plural(maxPos + 1, 'positional argument') : `from ${required + 1} to ${maxPos + 1} positional arguments`;
    raise('TypeError', `${qualname}() takes ${takes} but ${npos + 1} ${npos === 0 ? 'was' : 'were'} given`);
  }
  const out = new Array<number>(params.length).fill(0);
  for (let i = 0; i < npos; i++) out[i] = I[args + i];
  for (let k = 0; k < nkw; k++) {
    const name = strValue(I[kwnames + TUPLE_ITEMS + k]);
    const j = params.indexOf(name);
    if (j < 0) raise('TypeError', `${qualname}() got an unexpected keyword argument '${name}'`);
    if (out[j] !== 0) raise('TypeError', `${qualname}() got multiple values for argument '${name}'`);
    out[j] = I[args + npos + k];
  }
  const missing = params.slice(0, required).filter((_, i) => out[i] === 0).map((p) => `'${p}'`);
  if (missing.length > 0) {
    const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    raise('TypeError', `${qualname}() missing ${plural(missing.length, 'required positional argument')}: ${names}`);
  }
  return out;
}

/** A method row whose parameters bind as a Python function's do. */
function method(name: string, params: readonly string[], required: number, body: (st: number, a: number[]) => number, kwOnly = 0): NativeFn {
  return (self, args, nargs, kwnames) => body(stateOf(self), pyArgs(`Random.${name}`, args, nargs, kwnames, params, required, kwOnly));
}

const given = (v: number) => v !== 0 && v !== NONE;
const double = (v: number, dflt: number) => (v === 0 ? dflt : toDouble(v));

// ---- randrange and the sequence functions ---------------------------------------------------

/** An int argument of randrange; integral floats are still accepted (deprecated in 3.10). */
function rangeArg(v: number, what: string): bigint {
  if (kindOf(v) === Kind.Float) {
    const x = floatValue(v);
    if (!Number.isInteger(x)) raise('ValueError', `non-integer ${what} for randrange()`);
    return BigInt(x);
  }
  return BigInt(indexValue(v));
}

/** Python's a // b for bigints. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Lib/random.py: Random.randrange. */
function randrange(st: number, startV: number, stopV: number, stepV: number): number {
  const start = rangeArg(startV, 'arg 1');
  if (!given(stopV)) {
    if (stepV !== 0 && !(kindOf(stepV) === Kind.Int && intValue(stepV) === 1)) raise('TypeError', 'Missing a non-None stop argument');
    if (start > 0n) return newIntFrom(randbelow(st, start));
    raise('ValueError', 'empty range for randrange()');
  }
  const stop = rangeArg(stopV, 'stop');
  const width = stop - start;
  const step = stepV === 0 ? 1n : rangeArg(stepV, 'step');
  if (step === 1n) {
    if (width > 0n) return newIntBig(start + BigInt(randbelow(st, width)));
    raise('ValueError', `empty range for randrange() (${start}, ${stop}, ${width})`);
  }
  if (step === 0n) raise('ValueError', 'zero step for randrange()');
  const n = floorDiv(step > 0n ? width + step - 1n : width + step + 1n, step);
  if (n <= 0n) raise('ValueError', 'empty range for randrange()');
  return newIntBig(start + step * BigInt(randbelow(st, n)));
}

/** seq[i] through the sequence protocol. */
const itemAt = (seq: number, i: number) => subscript(seq, newInt(i));

/** Lib/random.py: Random.shuffle (x[i], x[j] = x[j], x[i], from the end). */
function shuffle(st: number, x: number): void {
  const n = lengthOf(x);
  if (typeOf(x) === T.list) {
    const base = listBase(x);
    for (let i = n - 1; i > 0; i--) {
      const j = randbelow(st, i + 1) as number;
      [I[base + i], I[base + j]] = [I[base + j], I[base + i]];
    }
    return;
  }
  const roots = pushRootWords(2);
  try {
    for (let i = n - 1; i > 0; i--) {
      const ki = newInt(i);
      const kj = newInt(randbelow(st, i + 1) as number);
      I[roots - 1] = subscript(x, kj);
      I[roots - 2] = subscript(x, ki);
      storeSubscript(x, ki, I[roots - 1]);
      storeSubscript(x, kj, I[roots - 2]);
    }
  } finally {
    popRoots(roots);
  }
}

/** The positions Lib/random.py's sample() picks from a population of n: k of them, in order. */
function samplePositions(st: number, n: number, k: number): number[] {
  if (!(k >= 0 && k <= n)) raise('ValueError', 'Sample larger than population or is negative');
  const result: number[] = [];
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(libm.log(k * 3) / libm.log(4));
  if (n <= setsize) {
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i++) {
      const j = randbelow(st, n - i) as number;
      result.push(pool[j]);
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = randbelow(st, n) as number;
      while (selected.has(j)) j = randbelow(st, n) as number;
      selected.add(j);
      result.push(j);
    }
  }
  return result;
}

/** Where x goes in the sorted `a[0:hi]`, after any items equal to it. Lib/bisect.py: bisect_right. */
function bisectRight(a: readonly number[], x: number, hi = a.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** An iterable's numbers as doubles (rooted while __float__ methods run). */
function doublesOf(iterable: number): number[] {
  const items = iterateToList(iterable);
  const mark = pushRoot(items);
  try {
    return listItems(items).map(toDouble);
  } finally {
    popRoots(mark);
  }
}

/** Running totals (itertools.accumulate), as doubles. */
function accumulate(values: readonly number[]): number[] {
  let total = 0;
  return values.map((v) => (total += v));
}

/** A new list of population[next()] for k positions, each fetched as soon as it is drawn (rooted while __getitem__ runs). */
function pick(population: number, k: number, next: () => number): number {
  const out = newList(Math.max(k, 0));
  const mark = pushRoot(out);
  try {
    for (let i = 0; i < k; i++) listAppend(out, itemAt(population, next()));
  } finally {
    popRoots(mark);
  }
  return out;
}

/** pick() of positions already drawn. */
function pickAll(population: number, positions: readonly number[]): number {
  let i = 0;
  return pick(population, positions.length, () => positions[i++]);
}

function isSequence(v: number): boolean {
  const k = kindOf(v);
  return k === Kind.List || k === Kind.Tuple || k === Kind.Str || k === Kind.Range;
}

/** Lib/random.py: Random.sample, counts included. */
function sample(st: number, population: number, kV: number, countsV: number): number {
  if (!isSequence(population)) raise('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = lengthOf(population);
  const k = Number(indexValue(kV));
  if (!given(countsV)) return pickAll(population, samplePositions(st, n, k));
  const counts = iterateToList(countsV);
  const mark = pushRoot(counts);
  let cum: number[];
  try {
    if (I[counts + LIST_LENGTH] !== n) raise('ValueError', 'The number of counts does not match the population');
    if (!listItems(counts).every((c) => kindOf(c) === Kind.Int || kindOf(c) === Kind.Bool)) raise('TypeError', 'Counts must be integers');
    cum = accumulate(doublesOf(counts));
  } finally {
    popRoots(mark);
  }
  const total = cum.pop()!;
  if (total <= 0) raise('ValueError', 'Total of counts must be greater than zero');
  return pickAll(population, samplePositions(st, total, k).map((s) => bisectRight(cum, s)));
}

/** Lib/random.py: Random.choices. */
function choices(st: number, population: number, weightsV: number, cumV: number, kV: number): number {
  const n = lengthOf(population);
  const k = kV === 0 ? 1 : Number(indexValue(kV));
  let cum: number[];
  if (!given(cumV)) {
    if (!given(weightsV)) return pick(population, k, () => Math.floor(random(st) * n));
    if (kindOf(weightsV) === Kind.Int) raise('TypeError', `The number of choices must be a keyword argument: k=${intValue(weightsV)}`);
    cum = accumulate(doublesOf(weightsV));
  } else {
    if (given(weightsV)) raise('TypeError', 'Cannot specify both weights and cumulative weights');
    cum = doublesOf(cumV);
  }
  if (cum.length !== n) raise('ValueError', 'The number of weights does not match the population');
  if (n === 0) raise('IndexError', 'list index out of range');
  const total = cum[n - 1];
  if (total <= 0) raise('ValueError', 'Total of weights must be greater than zero');
  if (!Number.isFinite(total)) raise('ValueError', 'Total of weights must be finite');
  return pick(population, k, () => bisectRight(cum, random(st) * total, n - 1));
}

// ---- continuous distributions --------------------------------------------------------------

const TWOPI = 2.0 * Math.PI;
const NV_MAGICCONST = (4 * libm.exp(-0.5)) / Math.sqrt(2.0);

/** Lib/random.py: Random.gauss (Box-Muller, the second value saved in the state block). */
function gauss(st: number, mu: number, sigma: number): number {
  const saved = (st + GAUSS_VALUE) >> 1;
  let z: number;
  if (I[st + GAUSS_PENDING] === 1) {
    z = F64[saved];
    I[st + GAUSS_PENDING] = 0;
  } else {
    const x2pi = random(st) * TWOPI;
    const g2rad = Math.sqrt(-2.0 * libm.log(1.0 - random(st)));
    z = libm.cos(x2pi) * g2rad;
    F64[saved] = libm.sin(x2pi) * g2rad;
    I[st + GAUSS_PENDING] = 1;
  }
  return mu + z * sigma;
}

/** Lib/random.py: Random.normalvariate (Kinderman and Monahan). */
function normalvariate(st: number, mu: number, sigma: number): number {
  for (;;) {
    const u1 = random(st);
    const u2 = 1.0 - random(st);
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    if ((z * z) / 4.0 <= -libm.log(u2)) return mu + z * sigma;
  }
}

/** Lib/random.py: Random.triangular; `lowV` itself when high == low. */
function triangular(st: number, lowV: number, highV: number, modeV: number): number {
  let u = random(st);
  let low = double(lowV, 0.0);
  let high = double(highV, 1.0);
  if (given(modeV) && high === low) return lowV === 0 ? newFloat(low) : lowV;
  let c = given(modeV) ? (toDouble(modeV) - low) / (high - low) : 0.5;
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  return newFloat(low + (high - low) * Math.sqrt(u * c));
}

// ---- the Random type and the module ---------------------------------------------------------

const RANDOM_METHODS: Record<string, NativeFn> = {
  __init__: method('__init__', ['x'], 0, (st, [x]) => {
    seed(st, x, 2);
    return NONE;
  }),
  seed: method('seed', ['a', 'version'], 0, (st, [a, version]) => {
    seed(st, a, version === 0 ? 2 : Number(indexValue(version)));
    return NONE;
  }),
  random: noArgs('Random.random', (self) => newFloat(random(stateOf(self)))),
  getrandbits: oneArg('Random.getrandbits', (self, kV) => {
    const k = indexValue(kV);
    if (k < 0) raise('ValueError', 'number of bits must be non-negative');
    if (k > 0x7fffffff) raise('OverflowError', 'Python int too large to convert to C int');
    return newIntFrom(getrandbits(stateOf(self), Number(k)));
  }),
  randrange: method('randrange', ['start', 'stop', 'step'], 1, (st, [start, stop, step]) => randrange(st, start, stop, step)),
  randint: method('randint', ['a', 'b'], 2, (st, [a, b]) => {
    const stop = newIntBig(rangeArg(b, 'stop') + 1n);
    return randrange(st, a, stop, 0);
  }),
  choice: method('choice', ['seq'], 1, (st, [seq]) => {
    const n = lengthOf(seq);
    if (n === 0) raise('IndexError', 'Cannot choose from an empty sequence');
    return itemAt(seq, randbelow(st, n) as number);
  }),
  shuffle: method('shuffle', ['x'], 1, (st, [x]) => {
    shuffle(st, x);
    return NONE;
  }),
  sample: method('sample', ['population', 'k', 'counts'], 2, (st, [population, k, counts]) => sample(st, population, k, counts), 1),
  choices: method('choices', ['population', 'weights', 'cum_weights', 'k'], 1,
    (st, [population, weights, cum, k]) => choices(st, population, weights, cum, k), 2),
  uniform: method('uniform', ['a', 'b'], 2, (st, [a, b]) => {
    const x = toDouble(a);
    return newFloat(x + (toDouble(b) - x) * random(st));
  }),
  triangular: method('triangular', ['low', 'high', 'mode'], 0, (st, [low, high, mode]) => triangular(st, low, high, mode)),
  gauss: method('gauss', ['mu', 'sigma'], 0, (st, [mu, sigma]) => newFloat(gauss(st, double(mu, 0.0), double(sigma, 1.0)))),
  normalvariate: method('normalvariate', ['mu', 'sigma'], 0,
    (st, [mu, sigma]) => newFloat(normalvariate(st, double(mu, 0.0), double(sigma, 1.0)))),
  expovariate: method('expovariate', ['lambd'], 1, (st, [lambd]) => {
    const l = toDouble(lambd);
    if (l === 0) raise('ZeroDivisionError', 'float division by zero');
    return newFloat(-libm.log(1.0 - random(st)) / l);
  }),
};

const METHOD_IDS = Object.entries(RANDOM_METHODS).map(([name, fn]) => [name, registerNative(`Random.${name}`, fn)] as const);

/** Functions of the module: methods of `_inst`, as Lib/random.py binds them. */
const MODULE_FUNCTIONS = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices',
  'normalvariate', 'expovariate', 'gauss', 'getrandbits',
];

/**
 * random.Random, a class as in CPython (Lib/random.py defines it in Python): instances
 * have a __dict__, subclasses work, and Random(x) runs __init__, which seeds.
 */
function createRandomType(): number {
  const flags = TYPE_FLAG.heapType | TYPE_FLAG.baseType | TYPE_FLAG.instancesHaveDict;
  const type = newType(T.type, 'Random', [T.object], Kind.Instance, flags);
  I[type + TYPE_NSLOTS] = 1;
  dictSetItem(typeDict(type), N.__module__, newStr('random'));
  for (const [name, id] of METHOD_IDS) dictSetItem(typeDict(type), intern(name), newMethodDescr(id, type, intern(name)));
  return type;
}

defineModule('random', {}, (dict) => {
  const type = createRandomType();
  const inst = allocObject(Kind.Instance, type, INSTANCE_SLOTS + 1);
  stateOf(inst);
  dictSetItem(dict, intern('Random'), type);
  dictSetItem(dict, intern('_inst'), inst);
  for (const [name, id] of METHOD_IDS) {
    if (MODULE_FUNCTIONS.includes(name)) dictSetItem(dict, intern(name), newNative(id, inst, intern(name), 0));
  }
});
