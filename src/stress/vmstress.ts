/**
 * `gilvm stress --mode gil|unsafe|publish`: the host side of the torn-read stress test
 * (the loop and the checks are in tearing.ts). It builds a small image, compiles the
 * scenario's Python code into it, collects every specializable instruction with caches,
 * starts the threads and reports what their executions saw.
 */
import { Worker } from 'node:worker_threads';
import { packagePath } from '../root.js';
import { createImage } from '../image/create.js';
import { I, U16 } from '../image/memory.js';
import { allocData } from '../image/heap.js';
import { IS_SWITCH_INTERVAL_US, SPECIALIZE } from '../image/layout.js';
import { CODE_NUNITS } from '../objects/layout.js';
import { nestedCode } from '../bytecode/dis.js';
import { codeBase } from '../objects/function.js';
import { compileSource } from '../compiler/index.js';
import { loadCode } from '../vm/loader.js';
import { attachThread } from '../vm/runtime.js';
import { dropGil, RELEASE } from '../gil/gil.js';
import { storeGilPolicy } from '../gil/policy.js';
import type { GilPolicyName } from '../image/layout.js';
import { CPYTHON_312, storeSpecializerSettings } from '../vm/counters.js';
import { CACHE_UNITS_BY_NUMBER, OPCODE_BY_NUMBER } from '../bytecode/opcodes.js';
import { OUTCOMES, stressedFamily, type StressCounts, type StressMode } from './tearing.js';
import type { StressWorkerData } from './worker.js';

/** The code the threads execute and rewrite: attribute, global, call, subscript and operator sites. */
export const SCENARIO = `
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Node:
    kind = 'node'
    def __init__(self, value):
        self.value = value
        self.next = None
    def total(self):
        return self.value + (self.next.total() if self.next is not None else 0)
LIMIT = 10
def work(items, point, node):
    acc = 0
    for i, item in enumerate(items):
        if i < LIMIT and item != point.x:
            acc += item * point.y - len(items)
        node.value = items[i % 3] + acc
        point.x, point.y = point.y, point.x
        acc = max(acc, node.total()) + isinstance(node, Node)
    return acc, str(acc), tuple(items), Node.kind
`;

export interface StressOptions {
  mode: StressMode;
  threads: number;
  seconds: number;
  seed: number;
  switchInterval: number;
  /** The GIL policy of `gil` mode. */
  gilPolicy: GilPolicyName;
}

export interface StressReport {
  mode: StressMode;
  gil_policy: GilPolicyName | null;
  threads: number;
  seconds: number;
  seed: number;
  sites: number;
  /** The instruction families of the sites. */
  families: string[];
  checked: number;
  specializations: number;
  deopts: number;
  misses: number;
  overlapped: number;
  torn: number;
  torn_kinds: Record<string, number>;
  outcomes: Record<string, number>;
  examples: StressCounts['examples'];
  elapsed_s: number;
}

/** Every instruction of a stressed family: [U16 index of the instruction, its offset in its code]. */
export function collectSites(module: number): [number, number][] {
  const sites: [number, number][] = [];
  for (const code of [module, ...nestedCode(module)]) {
    const cb = codeBase(code);
    for (let at = 0; at < I[code + CODE_NUNITS]; at += 1 + CACHE_UNITS_BY_NUMBER[U16[cb + at] & 255]) {
      if (stressedFamily(U16[cb + at] & 255) !== undefined) sites.push([cb + at, at]);
    }
  }
  return sites;
}

function runWorker(data: StressWorkerData): Promise<StressCounts> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(packagePath('dist', 'src', 'stress', 'worker.js'), { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`stress worker ${data.index} exited with code ${code}`)));
  });
}

export async function runVmStress(o: StressOptions): Promise<StressReport> {
  const image = createImage({ sizeBytes: 16 * 1024 * 1024, maxThreads: o.threads + 1 });
  const flags = SPECIALIZE.enabled | (o.mode === 'gil' ? SPECIALIZE.audit : 0);
  storeSpecializerSettings(new Int32Array(image), flags, CPYTHON_312);
  storeGilPolicy(new Int32Array(image), o.gilPolicy);
  // The host is thread 0 while it builds the scenario, then lets the GIL go for good.
  attachThread(image, 0);
  I[IS_SWITCH_INTERVAL_US] = Math.max(1, Math.round(o.switchInterval * 1e6));
  const sites = collectSites(loadCode(compileSource(SCENARIO, '<stress>')));
  const seqBase = allocData(sites.length) + 2;
  dropGil(RELEASE.exit);
  const siteUnits = Int32Array.from(sites, ([u]) => u);
  const siteOffsets = Int32Array.from(sites, ([, at]) => at);
  const started = performance.now();
  const all = await Promise.all(Array.from({ length: o.threads }, (_, k) => runWorker({
    image, index: k + 1, mode: o.mode, seed: o.seed * 7919 + k + 1, seconds: o.seconds, siteUnits, siteOffsets, seqBase,
  })));
  const sum = (f: (c: StressCounts) => number) => all.reduce((n, c) => n + f(c), 0);
  const outcomes: Record<string, number> = {};
  const tornKinds: Record<string, number> = {};
  OUTCOMES.forEach((outcome, i) => {
    const n = sum((c) => c.outcomes[i]);
    outcomes[outcome.name] = n;
    if (outcome.torn && n > 0) tornKinds[outcome.name] = n;
  });
  return {
    mode: o.mode,
    gil_policy: o.mode === 'gil' ? o.gilPolicy : null,
    threads: o.threads,
    seconds: o.seconds,
    seed: o.seed,
    sites: sites.length,
    families: [...new Set(sites.map(([u]) => OPCODE_BY_NUMBER[U16[u] & 255]!.family))].sort(),
    checked: sum((c) => c.checked),
    specializations: sum((c) => c.specializations),
    deopts: sum((c) => c.deopts),
    misses: sum((c) => c.misses),
    overlapped: sum((c) => c.overlapped),
    torn: Object.values(tornKinds).reduce((a, b) => a + b, 0),
    torn_kinds: tornKinds,
    outcomes,
    examples: all.flatMap((c) => c.examples).slice(0, 10),
    elapsed_s: (performance.now() - started) / 1000,
  };
}

/** The torn count a correct run of the mode shows: none, except for the deliberate bug. */
export function expectationMet(r: StressReport): boolean {
  return r.mode === 'unsafe' ? r.torn > 0 : r.torn === 0;
}

const PROTOCOLS: Record<StressMode, string> = {
  gil: 'executions and rewrites only while holding the GIL (CPython\'s rule), every write audited',
  unsafe: 'no GIL: executions and rewrites race (the deliberate bug; torn reads are expected)',
  publish: 'no GIL: rewrites inside a per-site sequence lock; an execution that overlaps one runs generic (src/stress/publish.ts)',
};

function rate(n: number, seconds: number): string {
  const r = n / seconds;
  return r >= 1e6 ? `${(r / 1e6).toFixed(2)}M/s` : r >= 1e3 ? `${(r / 1e3).toFixed(1)}k/s` : `${r.toFixed(0)}/s`;
}

export function formatStressReport(r: StressReport, switchInterval: number): string {
  const lines: string[] = [];
  lines.push(`gilvm stress --mode ${r.mode}: ${r.threads} threads, ${r.seconds} s, seed ${r.seed}` +
    (r.mode === 'gil' ? `, GIL policy ${r.gil_policy}, switch interval ${switchInterval * 1000} ms` : ''));
  lines.push(`scenario: the threads execute and rewrite the same ${r.sites} instruction sites of real code objects`);
  lines.push(`  (${r.families.join(', ')}):`);
  lines.push('  specializations stamped so that a reader can tell one write from a mix, failed attempts');
  lines.push('  back to the generic form, misses counting down the counter.');
  lines.push(`protocol: ${PROTOCOLS[r.mode]}`);
  lines.push('');
  const width = Math.max(...OUTCOMES.map((o) => o.label.length));
  lines.push(`${'outcome'.padEnd(width)}  ${'count'.padStart(12)}  expect`);
  lines.push(`${'-'.repeat(width)}  ${'-'.repeat(12)}  ----------`);
  for (const o of OUTCOMES) {
    lines.push(`${o.label.padEnd(width)}  ${String(r.outcomes[o.name]).padStart(12)}  ${o.torn ? 'forbidden' : 'acceptable'}`);
  }
  if (r.mode === 'publish') lines.push(`${'overlapped a rewrite: ran generic, not checked'.padEnd(width)}  ${String(r.overlapped).padStart(12)}  interesting`);
  lines.push('');
  lines.push(`rates: ${rate(r.checked, r.elapsed_s)} checked executions, ${rate(r.specializations + r.deopts, r.elapsed_s)} rewrites` +
    ` (${r.specializations} specializations, ${r.deopts} deopts, ${r.misses} misses in ${r.elapsed_s.toFixed(1)} s)`);
  for (const e of r.examples.slice(0, 3)) lines.push(`example: ${e.kind} at offset ${e.offset}: ${e.opcode} [${e.units.join(' ')}]`);
  const verdict = r.mode === 'unsafe'
    ? (r.torn > 0 ? `detector works: ${r.torn} torn reads (${Object.entries(r.torn_kinds).map(([k, n]) => `${k} ${n}`).join(', ')})`
      : 'NO torn read seen: the detector found nothing where the race should show (run longer or with more threads)')
    : (r.torn === 0 ? `OK: 0 torn reads in ${r.checked} checked executions` : `FAILED: ${r.torn} torn reads`);
  lines.push(`verdict: ${verdict}`);
  return lines.join('\n') + '\n';
}
