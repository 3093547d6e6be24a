/**
 * The image: one SharedArrayBuffer holding all interpreter state, seen as 32-bit words.
 *
 *   word 0    +------------------------------+
 *             | header (HDR_*)               |  magic, version, region offsets
 *   INTERP    | interpreter state (IS_*)     |  GIL block, eval breaker, version counters,
 *             |                              |  GC state, free lists, static objects
 *   THREADS   | thread table (TS_*)          |  MAX_THREADS rows of THREAD_WORDS
 *   OUTPUT    | output ring                  |  stdout/stderr bytes in GIL order
 *   STATS     | statistics (STAT_*)          |  float64 counters per opcode (--stats)
 *   STACKS    | thread stacks                |  frames: header, localsplus, value stack
 *   HEAP      | heap                         |  every Python object, code objects too
 *             +------------------------------+
 *
 * A value is one word: odd = small int (`v >> 1`), even non-zero = word offset of a heap
 * object, 0 = NULL. Heap blocks start at even word offsets, so a float's payload at +2 is
 * 8-byte aligned. This file is the single description of where things are; DESIGN.md
 * ("The image") describes it in prose.
 */

export const IMAGE_MAGIC = 0x47494c56; // "GILV"
export const LAYOUT_VERSION = 6;

// ---- header -------------------------------------------------------------------------
export const HDR_MAGIC = 0;
export const HDR_VERSION = 1;
export const HDR_SIZE_WORDS = 2;
/** 0 = raw, 1 = being initialized by the first worker, 2 = ready. */
export const HDR_INIT_STATE = 3;
export const HDR_MAX_THREADS = 4;
export const HDR_STACK_WORDS = 5;
export const HDR_THREADS_START = 6;
export const HDR_OUTPUT_START = 7;
export const HDR_OUTPUT_BYTES = 8;
export const HDR_STACKS_START = 9;
export const HDR_HEAP_START = 10;
export const HDR_HEAP_END = 11;
export const HDR_STATS_START = 12;
/**
 * Which gilvm build made the image (a CRC-32 of the worker bundle; the host sets it): a
 * snapshot refers to natives and opcodes by their numbers in that build.
 */
export const HDR_BUILD = 13;
export const HEADER_WORDS = 16;

// ---- interpreter state --------------------------------------------------------------
export const INTERP_START = HEADER_WORDS;
// GIL block (src/gil/gil.ts and one file per policy own the protocols and their invariants)
export const IS_GIL_LOCKED = INTERP_START + 0;
export const IS_GIL_HOLDER = INTERP_START + 1;
export const IS_GIL_SWITCH_NUMBER = INTERP_START + 2;
/** Index + 1 of the thread that holds or last held the GIL (the drop request itself is EVAL_BREAKER.gilDropRequest). */
export const IS_GIL_LAST_HOLDER = INTERP_START + 3;
export const IS_GIL_WAITERS = INTERP_START + 4;
export const IS_GIL_POLICY = INTERP_START + 5;
export const IS_SWITCH_INTERVAL_US = INTERP_START + 6;
/** Bit set of EVAL_BREAKER_*; written with Atomics, polled by a plain read at the check points (src/vm/breaker.ts). */
export const IS_EVAL_BREAKER = INTERP_START + 7;
// Version counters for the specializer (CPython: next_version_tag, dict keys version, func version)
export const IS_NEXT_TYPE_VERSION = INTERP_START + 8;
export const IS_NEXT_KEYS_VERSION = INTERP_START + 9;
export const IS_NEXT_FUNC_VERSION = INTERP_START + 10;
// Allocator and collector
export const IS_HEAP_TOP = INTERP_START + 11;
export const IS_GC_RUNS = INTERP_START + 12;
/** Bumped by every collection; workers drop caches keyed by heap offsets when it changes. */
export const IS_GC_EPOCH = INTERP_START + 13;
export const IS_ALLOC_SINCE_GC = INTERP_START + 14;
export const IS_GC_THRESHOLD = INTERP_START + 15;
export const IS_LIVE_WORDS = INTERP_START + 16;
export const IS_RECURSION_LIMIT = INTERP_START + 17;
/** The main script's exit status while threading._shutdown waits for the other threads (vm/runtime.ts). */
export const IS_EXIT_STATUS = INTERP_START + 18;
export const IS_NEXT_OBJECT_SERIAL = INTERP_START + 19;
export const IS_NEXT_THREAD_IDENT = INTERP_START + 20;
/** The specializer's settings (SPECIALIZE_* bits, raw adaptive counters, see vm/counters.ts). */
export const IS_SPECIALIZE_FLAGS = INTERP_START + 21;
export const IS_SPECIALIZE_WARMUP = INTERP_START + 22;
export const IS_SPECIALIZE_COOLDOWN = INTERP_START + 23;
export const IS_SPECIALIZE_MAX_BACKOFF = INTERP_START + 24;
/** GIL counters (src/gil/gil.ts): takes, drop requests raised, forced-switch waits. */
export const IS_GIL_ACQUISITIONS = INTERP_START + 25;
export const IS_GIL_DROP_REQUESTS = INTERP_START + 26;
export const IS_GIL_FORCED_SWITCHES = INTERP_START + 27;
/** The thread start protocol's words (src/image/threads.ts). */
export const IS_THREAD_STARTS = INTERP_START + 28;
export const IS_PARKED_IDLE = INTERP_START + 29;
export const IS_PARKS_ARRIVED = INTERP_START + 30;
export const IS_LAUNCH_STOPPED = INTERP_START + 31;
export const IS_LAUNCH_REQUESTS = INTERP_START + 32;
// The seeded scheduler (src/gil/seeded.ts owns the protocol), used when IS_GIL_POLICY is GIL_POLICY.seeded.
/** Index + 1 of the thread whose turn it is to take the GIL (0: nobody can run). */
export const IS_SCHED_NEXT = INTERP_START + 33;
export const IS_SCHED_RNG = INTERP_START + 34;
/** Preemption points left to the thread holding the GIL. */
export const IS_SCHED_BUDGET = INTERP_START + 35;
/** The strategy (SCHEDULE) and where preemption points are (SCHEDULE_POINTS), packed by seeded.ts. */
export const IS_SCHED_KIND = INTERP_START + 36;
/** PCT: priority changes left, and the preemption point count at which the next one happens. */
export const IS_SCHED_CHANGES_LEFT = INTERP_START + 37;
export const IS_SCHED_NEXT_CHANGE = INTERP_START + 38;
export const IS_SCHED_STEP = INTERP_START + 39;
/** Float64: the virtual clock in microseconds (even word). */
export const IS_SCHED_CLOCK_US = INTERP_START + 40;
/** Bumped and notified each time a module's body finishes: threads waiting for another's import wait on it. */
export const IS_IMPORTS_DONE = INTERP_START + 42;
// GIL policies other than cpython (src/gil/legacy.ts, queue.ts).
/** legacy: instructions left before the holder releases and re-takes the GIL (Python 2's _Py_Ticker), and the reset value (--check-interval). */
export const IS_GIL_TICKER = INTERP_START + 43;
export const IS_GIL_CHECK_INTERVAL = INTERP_START + 44;
/** fifo, io-priority: the last arrival number given to a queued thread, and how many threads are queued. */
export const IS_GIL_QUEUE_ARRIVALS = INTERP_START + 45;
export const IS_GIL_QUEUED = INTERP_START + 46;
/** io-priority: 1 while the holder is a CPU-bound thread served because it waited too long (arrivals do not cut its turn short). */
export const IS_GIL_PROTECTED_TURN = INTERP_START + 47;
/** Wake-ups of a waiter that found the GIL taken again (the "GIL battle" of the legacy policy). */
export const IS_GIL_FUTILE_WAKEUPS = INTERP_START + 48;
/** Free lists: exact-size lists for blocks of 2..SMALL_BLOCK_LIMIT words, then one list of larger blocks. */
export const IS_FREE_LISTS = INTERP_START + 49;
export const SMALL_BLOCK_LIMIT = 64;
export const IS_FREE_LARGE = IS_FREE_LISTS + SMALL_BLOCK_LIMIT + 1;
/** Static objects (None, True, builtin types, ...), see src/objects/statics.ts. */
export const IS_STATICS = IS_FREE_LARGE + 2;
export const STATICS_CAPACITY = 320;
export const INTERP_END = IS_STATICS + STATICS_CAPACITY;

/** Eval breaker bits. */
export const enum SPECIALIZE {
  /** Quicken code objects and specialize (off: --no-specialize). */
  enabled = 1,
  /** Check that every write to a code unit is made by the GIL holder (--audit). */
  audit = 2,
  /** Count executions, misses and specializer outcomes into the STATS region (--stats). */
  stats = 4,
}

export const enum EVAL_BREAKER {
  gcRequested = 1,
  gilDropRequest = 2,
  signal = 4, // a pending KeyboardInterrupt (SIGINT)
  /** Stays set under the seeded scheduler with eval-breaker preemption points: every check point is one. */
  schedulePoint = 8,
}

/** IS_GIL_POLICY values: the index in GIL_POLICIES (src/gil/gil.ts dispatches on it). */
export const enum GIL_POLICY { cpython = 0, seeded = 1, legacy = 2, fifo = 3, ioPriority = 4 }

// ---- thread table -------------------------------------------------------------------
/** Per-thread words (offsets within a row). */
export const TS_STATE = 0; // THREAD_STATE_*
export const TS_IDENT = 1;
export const TS_FRAME = 2; // current frame (word offset), 0 when idle
export const TS_STACK_BASE = 3;
export const TS_STACK_TOP = 4; // first free word of this thread's stack
export const TS_STACK_LIMIT = 5;
export const TS_CUR_EXC = 6; // the exception being raised (a root)
export const TS_EXC_INFO = 7; // the exception being handled (sys.exc_info), a root
export const TS_DEPTH = 8; // Python call depth, for RecursionError
/**
 * Temporary roots: values that JS code holds across a call into Python code. They grow
 * down from the top of the thread's stack region while frames grow up from its base;
 * [TS_ROOTS_TOP, TS_STACK_LIMIT) holds only values. The two meeting is a RecursionError.
 */
export const TS_ROOTS_TOP = 9;
export const TS_THREAD_OBJ = 10; // the threading.Thread object, if any
export const TS_NAME = 11; // str object
/** Who launched the thread: a parked worker's park id + 1, or 0 (src/image/threads.ts). */
export const TS_LAUNCHER = 12;
/** TS_WAIT_* while the thread waits without the GIL (deadlock detection reads it). */
export const TS_WAIT = 13;
export const TS_WAIT_NONE = 0;
export const TS_WAIT_UNTIMED = 1;
export const TS_WAIT_TIMED = 2;
/** The seeded scheduler's mark of a thread that has handed the GIL over for the last time. */
export const TS_WAIT_EXITED = 3;
/** Float64 per-thread counters (even word offsets, so F64[(row + X) / 2] is aligned): seconds and counts. */
export const TS_GIL_WAIT_S = 14;
export const TS_GIL_HOLD_S = 16;
export const TS_BLOCKED_S = 18;
export const TS_INSTRUCTIONS = 20; // counted only with --stats
export const TS_GIL_ACQUISITIONS = 22; // raw int
/** The image word the thread waits on without the GIL (the host notifies it on Ctrl-C). */
export const TS_WAIT_WORD = 24;
/** The word time.sleep waits on: nobody changes it, only the host's Ctrl-C wakes it. */
export const TS_SLEEP = 25;
/** The value TS_WAIT_WORD holds while the wait goes on (the seeded scheduler's test of a waiter). */
export const TS_WAIT_VALUE = 26;
/** The seeded scheduler's PCT priority of the thread (0: not yet given). */
export const TS_SCHED_PRIORITY = 27;
/** Float64: the virtual time a timed wait ends at, in microseconds (seeded scheduler). */
export const TS_WAIT_DEADLINE_US = 28;
/** Which script of a shared run (gilvm run --shared) the thread belongs to: its output and statistics go there. */
export const TS_SCRIPT = 30;
/** fifo, io-priority (src/gil/queue.ts): the thread's arrival number while it is queued for the GIL (0: not queued). */
export const TS_GIL_ARRIVAL = 31;
/** The word a queued thread waits on; the releaser bumps it to wake the thread it chose. */
export const TS_GIL_WAKE = 32;
/** io-priority: GIL_CLASS of the thread, from how it last let the GIL go. */
export const TS_GIL_CLASS = 33;
/** Float64: when the thread was queued (epoch milliseconds, the same clock in every worker). */
export const TS_GIL_QUEUED_AT_MS = 34;
/**
 * PARKED_*: where the thread stands while another one may save the image
 * (gilvm.snapshot, src/image/snapshot.ts says how each is resumed). Written by the
 * thread itself, with the GIL, right before it lets the GIL go and right after it has it back.
 */
export const TS_PARKED = 36;
export const THREAD_WORDS = 38;
export const enum PARKED {
  /** Holding the GIL, or without it somewhere a snapshot cannot resume from. */
  no = 0,
  /** Waiting for the GIL at an eval-breaker check point (RESUME, JUMP_BACKWARD), its frame saved. */
  checkPoint = 1,
  /** In a blocking call (waitWithoutGil), or taking the GIL back after one. */
  blocked = 2,
  /** The thread that saved the image: it resumes after its call of gilvm.snapshot. */
  snapshot = 3,
}
export const enum GIL_CLASS { cpu = 0, io = 1 }

/** A row's life, see src/image/threads.ts. */
export const enum THREAD_STATE { free = 0, starting = 1, launching = 2, running = 3, finished = 4 }

// ---- frames (in thread stacks, or inside generator objects) --------------------------
/** CPython: Include/internal/pycore_frame.h, _PyInterpreterFrame. */
export const FR_CODE = 0;
export const FR_FUNC = 1;
export const FR_GLOBALS = 2;
export const FR_BUILTINS = 3;
export const FR_LOCALS = 4; // dict for module and class bodies, else 0
export const FR_PREVIOUS = 5;
export const FR_IP = 6; // code unit index of the next instruction when suspended
export const FR_SP = 7; // absolute word index of the first free value-stack slot
export const FR_FLAGS = 8; // FRAME_FLAG_*
export const FR_SIZE = 9; // words in this frame, header included
export const FR_GEN = 10; // owning generator object, or 0
export const FRAME_HEADER_WORDS = 12; // even, so frames inside heap blocks stay aligned

export const enum FRAME_FLAG {
  /** The eval loop that runs this frame returns to JS when it returns (a call from a built-in). */
  entry = 1,
  ownedByGenerator = 2,
  /** Class body or module: names resolve through FR_LOCALS. */
  hasLocalsDict = 4,
  /** An __init__ run by CALL on a class: its caller gets the new instance, not the None it returns. */
  initCall = 8,
  /** Pushed by LOAD_ATTR_PROPERTY, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN or BINARY_SUBSCR_GETITEM: the caller resumes after that instruction's caches, not a CALL's. */
  calledFromNonCall = 16,
}

// ---- statistics ---------------------------------------------------------------------
/**
 * One row of float64 counters per opcode number; a family's counters sit in the row of
 * its generic opcode. CPython: Include/pystats.h (OpcodeStats, SpecializationStats).
 * Hits are not counted: a specialized form's hits are its executions minus its misses.
 */
export const STAT_EXECUTIONS = 0;
export const STAT_MISS = 1;
export const STAT_SUCCESS = 2;
export const STAT_FAILURE = 3;
export const STAT_DEFERRED = 4;
export const STAT_DEOPT = 5;
export const STAT_FAILURE_KINDS = 6;
export const SPEC_FAIL_KINDS = 36;
export const STAT_ROW = STAT_FAILURE_KINDS + SPEC_FAIL_KINDS;
/** The region's size in words (two per float64). */
export const STATS_WORDS = 256 * STAT_ROW * 2;

// ---- output ring --------------------------------------------------------------------
/** Bytes ever written / ever consumed; the ring holds [consumed, written). */
export const OUT_WRITTEN = 0;
export const OUT_CONSUMED = 1;
export const OUTPUT_HEADER_WORDS = 2;

// ---- below every number ----------------------------------------------------------------
// Values that are not numbers, and functions, come after the last number constant: esbuild
// inlines a constant only while the file has had nothing else before it (scripts/bundle.js),
// and the eval loop reads FR_SP, FR_IP and their kin at nearly every instruction.

/** The policies' names, by IS_GIL_POLICY value (GIL_POLICY). */
export const GIL_POLICIES = ['cpython', 'seeded', 'legacy', 'fifo', 'io-priority'] as const;
export type GilPolicyName = (typeof GIL_POLICIES)[number];

export interface LayoutOptions {
  sizeBytes: number;
  maxThreads: number;
  stackWords: number;
  outputBytes: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  sizeBytes: 256 * 1024 * 1024,
  maxThreads: 128,
  stackWords: 64 * 1024,
  outputBytes: 256 * 1024,
};

/** The smallest image gilvm accepts. */
export const MIN_IMAGE_BYTES = 8 * 1024 * 1024;

/**
 * Layout options for an image of `sizeBytes`: small images get fewer thread stacks, so
 * that stacks take at most a quarter of the image.
 */
export function layoutFor(sizeBytes: number): LayoutOptions {
  const stackBudget = Math.floor(sizeBytes / 4 / 4);
  const maxThreads = Math.max(4, Math.min(DEFAULT_LAYOUT.maxThreads, Math.floor(stackBudget / DEFAULT_LAYOUT.stackWords)));
  return { ...DEFAULT_LAYOUT, sizeBytes, maxThreads };
}

/** Where each region starts, in words, for an image of the given options. */
export function computeRegions(opts: LayoutOptions) {
  const sizeWords = Math.floor(opts.sizeBytes / 4) & ~1;
  const threadsStart = alignEven(INTERP_END);
  const outputStart = alignEven(threadsStart + opts.maxThreads * THREAD_WORDS);
  const statsStart = alignEven(outputStart + OUTPUT_HEADER_WORDS + Math.ceil(opts.outputBytes / 4));
  const stacksStart = alignEven(statsStart + STATS_WORDS);
  const heapStart = alignEven(stacksStart + opts.maxThreads * opts.stackWords);
  if (heapStart + 256 * 1024 > sizeWords) {
    throw new RangeError(`image of ${opts.sizeBytes} bytes is too small for ${opts.maxThreads} thread stacks`);
  }
  return { sizeWords, threadsStart, outputStart, statsStart, stacksStart, heapStart, heapEnd: sizeWords };
}

function alignEven(w: number): number {
  return (w + 1) & ~1;
}
