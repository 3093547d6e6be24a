// The torn-read validator of `gilvm stress`: it accepts one consistent write and reports
// each kind of torn read when one is injected on purpose (so it cannot silently pass).
import test from 'ava';
import { createImage } from '../../src/image/create.js';
import { I, U16 } from '../../src/image/memory.js';
import { IS_SPECIALIZE_COOLDOWN, SPECIALIZE } from '../../src/image/layout.js';
import { attachThread } from '../../src/vm/runtime.js';
import { compileSource } from '../../src/compiler/index.js';
import { loadCode } from '../../src/vm/loader.js';
import { CPYTHON_312, storeSpecializerSettings } from '../../src/vm/counters.js';
import { specializationFailed } from '../../src/vm/codewrite.js';
import { OPCODE_BY_NAME } from '../../src/bytecode/opcodes.js';
import {
  classify, OUTCOME, readSite, stampedSpecialization, stampUnit, stressedFamily, writeOfUnit,
} from '../../src/stress/tearing.js';
import { collectSites, SCENARIO } from '../../src/stress/vmstress.js';

const image = createImage({ sizeBytes: 16 * 1024 * 1024, maxThreads: 2 });
storeSpecializerSettings(new Int32Array(image), SPECIALIZE.enabled, CPYTHON_312);
attachThread(image, 0);
const sites = collectSites(loadCode(compileSource(SCENARIO, '<stress>')));
const LOAD_ATTR = OPCODE_BY_NAME.get('LOAD_ATTR')!.number;
/** A LOAD_ATTR site: version (2 units), keys_version (2) and descr (4) after the counter. */
const [site] = sites.find(([u]) => (U16[u] & 255) === LOAD_ATTR)!;
const family = stressedFamily(LOAD_ATTR)!;

function outcomeAfter(inject: () => void): number {
  stampedSpecialization(site, 0x1234);
  inject();
  return classify(readSite(site, family), family, I[IS_SPECIALIZE_COOLDOWN]);
}

test('the stamp of a write number is invertible in every unit', (t) => {
  for (let unit = 1; unit < 10; unit++) {
    for (let w = 0; w < 0x10000; w += 7) t.is(writeOfUnit(stampUnit(w, unit), unit), w);
  }
});

test('the scenario has sites of every family with multi-unit caches', (t) => {
  const names = new Set(sites.map(([u]) => U16[u] & 255));
  for (const name of ['LOAD_ATTR', 'STORE_ATTR', 'LOAD_GLOBAL', 'CALL', 'BINARY_OP']) {
    t.true(names.has(OPCODE_BY_NAME.get(name)!.number), name);
  }
});

test('one consistent write is accepted; the generic form always is', (t) => {
  t.is(outcomeAfter(() => {}), OUTCOME.specialized);
  t.is(outcomeAfter(() => specializationFailed(site, 0, 0)), OUTCOME.adaptive);
});

test('each kind of torn read is reported when injected', (t) => {
  // The high half of the 32-bit version from another write.
  t.is(outcomeAfter(() => { U16[site + 3] = stampUnit(0x4321, 3); }), OUTCOME.splitField);
  // The whole keys_version field from another write.
  t.is(outcomeAfter(() => {
    U16[site + 4] = stampUnit(0x4321, 4);
    U16[site + 5] = stampUnit(0x4321, 5);
  }), OUTCOME.mixedCaches);
  // The opcode of another specialization than the one the caches belong to.
  t.is(outcomeAfter(() => {
    const other = family.forms.find((f) => f !== (U16[site] & 255))!;
    U16[site] = (U16[site] & 0xff00) | other;
  }), OUTCOME.opcodeOfOtherWrite);
  // A failed attempt's counter (backoff bits set) beside a specialized opcode.
  t.is(outcomeAfter(() => { U16[site + 1] |= 3; }), OUTCOME.staleCounter);
});
