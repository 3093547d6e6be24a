/**
 * The adaptive counter's field widths (src/vm/counters.ts describes the counter). A module
 * of numbers and nothing else, so that esbuild inlines them in the worker bundle (see the
 * end of src/image/layout.ts): the eval loop compares with COUNTER_STEP at every generic
 * execution of a specializable instruction.
 */
export const BACKOFF_BITS = 4;
/** One step of the value, in raw units. */
export const COUNTER_STEP = 1 << BACKOFF_BITS;
