// The adaptive counter (src/vm/counters.ts) against CPython 3.12's measured behaviour
// (reference/cpython-specializer.md section 3).
import test from 'ava';
import {
  backedOff, counterBackoff, counterValue, COUNTER_STEP, CPYTHON_312, parseSpecializerConfig, rawCounter,
} from '../../src/vm/counters.js';

/** The executions (1-based) at which a generic instruction calls the specializer, if every attempt fails. */
function attempts(executions: number, config = CPYTHON_312): number[] {
  let raw = rawCounter(config.warmup, config.warmupBackoff);
  const at: number[] = [];
  for (let n = 1; n <= executions; n++) {
    if (counterValue(raw) === 0) {
      at.push(n);
      raw = backedOff(raw, config.maxBackoff);
    }
    raw -= COUNTER_STEP; // the generic body (re-dispatched after a failure) counts down
  }
  return at;
}

test('3.12 constants and raw encodings', (t) => {
  t.is(rawCounter(CPYTHON_312.warmup, CPYTHON_312.warmupBackoff), 0x0011);
  t.is(rawCounter(CPYTHON_312.cooldown, CPYTHON_312.cooldownBackoff), 0x0340);
  t.is(counterValue(0x0340), 52);
  t.is(counterBackoff(0x0011), 1);
});

test('a never-specializable site is attempted at executions 2, 5, 12, 27 ... 4084, then every 4095', (t) => {
  const at = attempts(4084 + 3 * 4095);
  t.deepEqual(at.slice(0, 11), [2, 5, 12, 27, 58, 121, 248, 503, 1014, 2037, 4084]);
  t.deepEqual(at.slice(11), [4084 + 4095, 4084 + 2 * 4095, 4084 + 3 * 4095]);
});

test('backoff grows the wait to 2^b - 1 and stops at the maximum', (t) => {
  let raw = rawCounter(0, 1);
  const waits: number[] = [];
  for (let i = 0; i < 14; i++) {
    raw = backedOff(raw, 12);
    waits.push(counterValue(raw));
  }
  t.deepEqual(waits, [3, 7, 15, 31, 63, 127, 255, 511, 1023, 2047, 4095, 4095, 4095, 4095]);
});

test('after success, the 53rd miss finds the counter at zero', (t) => {
  let raw = rawCounter(CPYTHON_312.cooldown, CPYTHON_312.cooldownBackoff);
  let miss = 0;
  while (counterValue(raw) !== 0) {
    miss++;
    raw -= COUNTER_STEP;
  }
  t.is(miss + 1, 53);
});

test('--specializer-config parses, defaults to CPython, and rejects nonsense', (t) => {
  t.deepEqual(parseSpecializerConfig(''), CPYTHON_312);
  t.deepEqual(parseSpecializerConfig('warmup=8,cooldown=10,max-backoff=4'), { ...CPYTHON_312, warmup: 8, cooldown: 10, maxBackoff: 4 });
  t.deepEqual(attempts(40, parseSpecializerConfig('warmup=3,max-backoff=2')), [4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40]);
  t.throws(() => parseSpecializerConfig('warmup=x'), { message: /bad --specializer-config item 'warmup=x'/ });
  t.throws(() => parseSpecializerConfig('speed=3'), { message: /keys: warmup, warmup-backoff/ });
  t.throws(() => parseSpecializerConfig('cooldown=5000'), { message: /cooldown must be at most 4095/ });
});
