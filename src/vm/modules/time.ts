/**
 * The time module: clocks and sleep. CPython: Modules/timemodule.c.
 *
 * perf_counter and monotonic read the system's monotonic clock (process.hrtime), which
 * every worker shares; time() is the wall clock with sub-millisecond precision.
 */
import { indexValue, kindOf } from '../abstract.js';
import { Kind } from '../../objects/layout.js';
import { NONE } from '../../objects/statics.js';
import { floatValue, newFloat } from '../../objects/float.js';
import { newIntBig } from '../../objects/int.js';
import { defineModule, type NativeFn } from '../natives.js';
import { raise } from '../errors.js';
import { noArgs, oneArg } from '../methods/common.js';
import { gilNowMs, waitWithoutGil } from '../../gil/gil.js';
import { isSeeded, virtualNowMs } from '../../gil/seeded.js';
import { checkSignals } from '../breaker.js';
import { TS } from '../thread.js';
import { TS_SLEEP } from '../../image/layout.js';

/**
 * Blocks this worker for `seconds` without the GIL, as CPython's time.sleep does (it
 * waits on the thread's TS_SLEEP word, which only the host's Ctrl-C notifies). The caller's values are all
 * in the image (its arguments), so other threads may run and collect meanwhile.
 * sleep(0) too lets the GIL go once, as CPython's does: a waiting thread may take it.
 */
export function blockingSleep(seconds: number): void {
  const end = gilNowMs() + seconds * 1000;
  let left = seconds * 1000;
  do {
    waitWithoutGil(TS + TS_SLEEP, 0, Math.max(left, 0));
    checkSignals();
    left = end - gilNowMs();
  } while (left > 0);
}

/** Seconds as CPython's _PyTime_FromSecondsObject reads them (an int64 of nanoseconds). */
function seconds(v: number): number {
  let secs: number;
  if (kindOf(v) === Kind.Float) {
    secs = floatValue(v);
    if (Number.isNaN(secs)) raise('ValueError', 'Invalid value NaN (not a number)');
  } else {
    secs = Number(indexValue(v));
  }
  if (!(Math.abs(secs) * 1e9 < 2 ** 63)) raise('OverflowError', 'timestamp out of range for platform time_t');
  return secs;
}

/**
 * Under the seeded scheduler (gilvm stress) every clock is its virtual clock, from a
 * fixed epoch: a replayed run must not see time that the schedule did not decide.
 */
const SEEDED_EPOCH_NS = 1_700_000_000e9;
const monotonicNanoseconds = (): bigint =>
  isSeeded() ? BigInt(Math.round(virtualNowMs() * 1e6)) : process.hrtime.bigint();
const wallNanoseconds = () =>
  isSeeded() ? SEEDED_EPOCH_NS + virtualNowMs() * 1e6 : (performance.timeOrigin + performance.now()) * 1e6;

/** A clock function row: `time.<name>()` returning the clock's value. */
const clock = (name: string, read: () => number): NativeFn => noArgs(`time.${name}`, () => read());

defineModule('time', {
  time: clock('time', () => newFloat(wallNanoseconds() / 1e9)),
  time_ns: clock('time_ns', () => newIntBig(BigInt(Math.round(wallNanoseconds())))),
  perf_counter: clock('perf_counter', () => newFloat(Number(monotonicNanoseconds()) / 1e9)),
  perf_counter_ns: clock('perf_counter_ns', () => newIntBig(monotonicNanoseconds())),
  monotonic: clock('monotonic', () => newFloat(Number(monotonicNanoseconds()) / 1e9)),
  monotonic_ns: clock('monotonic_ns', () => newIntBig(monotonicNanoseconds())),
  process_time: clock('process_time', () => {
    const { user, system } = process.cpuUsage();
    return newFloat((user + system) / 1e6);
  }),
  process_time_ns: clock('process_time_ns', () => {
    const { user, system } = process.cpuUsage();
    return newIntBig(BigInt(user + system) * 1000n);
  }),
  sleep: oneArg('time.sleep', (_self, v) => {
    const secs = seconds(v);
    if (secs < 0) raise('ValueError', 'sleep length must be non-negative');
    blockingSleep(secs);
    return NONE;
  }),
});
