/**
 * The adaptive counter in the first cache unit of every specializable instruction, and
 * the specializer's settings. CPython 3.12: Include/internal/pycore_code.h
 * (adaptive_counter_bits, adaptive_counter_backoff, ADAPTIVE_WARMUP_*, ADAPTIVE_COOLDOWN_*).
 *
 *     15                 4 3       0
 *    +--------------------+---------+
 *    |  value (12 bits)   | backoff |   value counts down; backoff is the exponent of
 *    +--------------------+---------+   the next wait after a failed attempt
 *
 * The generic form of an instruction is its adaptive form (3.12): when the value is zero
 * it calls the specializer, else it decrements the value (backoff bits untouched) and
 * runs the generic path. Success sets the cooldown (52 in 3.12), which the misses of the
 * specialized form count down; the 53rd miss finds zero and re-specializes. A failed
 * attempt raises backoff b to min(b + 1, max) and waits 2^b - 1 executions.
 */
import { I } from '../image/memory.js';
import {
  IS_SPECIALIZE_COOLDOWN, IS_SPECIALIZE_FLAGS, IS_SPECIALIZE_MAX_BACKOFF, IS_SPECIALIZE_WARMUP, SPECIALIZE,
} from '../image/layout.js';

import { BACKOFF_BITS } from './counterbits.js';

export { BACKOFF_BITS, COUNTER_STEP } from './counterbits.js';
const BACKOFF_MASK = (1 << BACKOFF_BITS) - 1;
const MAX_VALUE = (1 << (16 - BACKOFF_BITS)) - 1;

export function rawCounter(value: number, backoff: number): number {
  return (value << BACKOFF_BITS) | backoff;
}

export function counterValue(raw: number): number {
  return raw >>> BACKOFF_BITS;
}

export function counterBackoff(raw: number): number {
  return raw & BACKOFF_MASK;
}

/** The counter after a failed attempt: the next attempt comes 2^b - 1 executions later. */
export function backedOff(raw: number, maxBackoff: number): number {
  const backoff = Math.min(counterBackoff(raw) + 1, maxBackoff);
  return rawCounter((1 << backoff) - 1, backoff);
}

/** The specializer's constants, CPython 3.12's by default. */
export interface SpecializerConfig {
  /** Executions before the first attempt (ADAPTIVE_WARMUP_VALUE) and its backoff exponent. */
  warmup: number;
  warmupBackoff: number;
  /** Misses a specialized form tolerates before re-specializing (ADAPTIVE_COOLDOWN_VALUE). */
  cooldown: number;
  cooldownBackoff: number;
  /** Largest backoff exponent (MAX_BACKOFF_VALUE): the longest wait is 2^max - 1. */
  maxBackoff: number;
}

export const CPYTHON_312: SpecializerConfig = { warmup: 1, warmupBackoff: 1, cooldown: 52, cooldownBackoff: 0, maxBackoff: 12 };

const CONFIG_KEYS: Record<string, keyof SpecializerConfig> = {
  warmup: 'warmup', 'warmup-backoff': 'warmupBackoff', cooldown: 'cooldown',
  'cooldown-backoff': 'cooldownBackoff', 'max-backoff': 'maxBackoff',
};

/** Parses `--specializer-config` ("warmup=1,cooldown=52,..."); throws a readable Error. */
export function parseSpecializerConfig(text: string): SpecializerConfig {
  const config = { ...CPYTHON_312 };
  for (const item of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^([a-z-]+)=(\d+)$/.exec(item);
    const key = m === null ? undefined : CONFIG_KEYS[m[1]];
    if (m === null || key === undefined) {
      throw new Error(`bad --specializer-config item '${item}' (keys: ${Object.keys(CONFIG_KEYS).join(', ')})`);
    }
    config[key] = Number(m[2]);
  }
  const limits: [keyof SpecializerConfig, number][] = [
    ['warmup', MAX_VALUE], ['cooldown', MAX_VALUE], ['warmupBackoff', 12], ['cooldownBackoff', 12], ['maxBackoff', 12],
  ];
  for (const [key, max] of limits) {
    if (config[key] > max) throw new Error(`--specializer-config: ${key} must be at most ${max}`);
  }
  return config;
}

/** Writes the settings into an image (the host does this once, before any thread runs). */
export function storeSpecializerSettings(image: Int32Array, flags: number, config: SpecializerConfig): void {
  image[IS_SPECIALIZE_FLAGS] = flags;
  image[IS_SPECIALIZE_WARMUP] = rawCounter(config.warmup, config.warmupBackoff);
  image[IS_SPECIALIZE_COOLDOWN] = rawCounter(config.cooldown, config.cooldownBackoff);
  image[IS_SPECIALIZE_MAX_BACKOFF] = config.maxBackoff;
}

export function specializing(): boolean {
  return (I[IS_SPECIALIZE_FLAGS] & SPECIALIZE.enabled) !== 0;
}
