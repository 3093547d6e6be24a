/**
 * Object layouts: the one place that says which word of which object holds what.
 *
 * Every heap block starts with a header word:
 *
 *     31                   10 9       3 2   1  0
 *    +-----------------------+---------+-----+----+
 *    | size in words / 2     |  kind   | blk |mark|
 *    +-----------------------+---------+-----+----+
 *
 * `blk` is the block kind (BLOCK.*). A Python object (BLOCK.object) has its type at
 * word 1 and its layout kind (KIND.*) in the header, so `kindOf(o)` is one load. Each
 * layout puts its raw (non-value) words first and its value words after, from
 * `SCAN_FROM[kind]` to the end of the block: that is all the collector needs to know.
 * Raw arrays: BLOCK.values (word 1 = capacity, then values, all scanned) and
 * BLOCK.data (word 1 free for the owner, never scanned).
 */

export const enum BLOCK { object = 0, values = 1, data = 2, free = 3 }
export const HEADER_MARK = 1;
export const SIZE_SHIFT = 10;
export const KIND_SHIFT = 3;
export const KIND_MASK = 127;
/** Largest block: 2^22 * 2 words (32 MiB). */
export const MAX_BLOCK_WORDS = (1 << 22) * 2 - 2;

/** Layout kinds. ORDER: SCAN_FROM below is indexed by these numbers. */
export const enum Kind {
  None = 0, // raw blocks, free blocks
  Singleton = 1, // None, NotImplemented, Ellipsis, the set dummy
  Bool = 2,
  Int = 3, // arbitrary precision; small ints are tagged values, never heap objects
  Float = 4,
  Str = 5,
  Tuple = 6,
  List = 7,
  Dict = 8,
  Set = 9, // set and frozenset
  Range = 10,
  Slice = 11,
  Type = 12,
  Instance = 13,
  Function = 14,
  Code = 15,
  Cell = 16,
  Method = 17, // bound method of a Python function
  Native = 18, // built-in function, possibly bound to a self
  MethodDescr = 19, // built-in method of a built-in type, unbound
  Generator = 20,
  Module = 21,
  Exception = 22,
  Traceback = 23,
  Property = 24,
  StaticMethod = 25,
  ClassMethod = 26,
  Super = 27,
  Iter = 28, // every built-in iterator; its type says which
  DictView = 29,
  Member = 30, // __slots__ member descriptor
  Lock = 31, // threading primitives (issue 5)
  Count = 32,
}

// ---- field offsets, per kind ---------------------------------------------------------
export const OB_HEADER = 0;
export const OB_TYPE = 1;

export const BOOL_VALUE = 2; // raw 0 / 1

/** The range of small ints: tagged values (odd words) hold 31-bit ints. */
export const SMALL_MAX = 0x3fffffff;
export const SMALL_MIN = -0x40000000;
export const INT_NLIMBS = 2; // raw: sign * number of 32-bit limbs (little-endian)
export const INT_LIMBS = 4;

export const FLOAT_VALUE_WORD = 2; // the double lives at words 2-3 (F64 index o/2 + 1)

export const STR_LENGTH = 2; // raw: UTF-16 code units
export const STR_HASH = 3; // raw: cached hash, -1 when not computed yet
/** raw: 0 = not scanned yet, 1 = every character is one code unit, 2 = has surrogate pairs. */
export const STR_ASTRAL = 4;
export const STR_DATA = 5; // code units, two per word

export const TUPLE_LENGTH = 2;
export const TUPLE_ITEMS = 4; // values; word 3 unused to keep items even-aligned

export const LIST_LENGTH = 2;
export const LIST_ITEMS = 3; // BLOCK.values array: [header, capacity, items...]
export const VALUES_CAPACITY = 1;
export const VALUES_START = 2;

/** CPython: Objects/dictobject.c (compact, insertion-ordered dict). */
export const DICT_USED = 2; // live entries
export const DICT_NENTRIES = 3; // entries ever appended (live + deleted)
export const DICT_TABLE_SIZE = 4; // index slots, a power of two
export const DICT_KEYS_VERSION = 5; // 0 = not assigned; reset on insert of a new key / delete
export const DICT_INDICES = 6; // BLOCK.data: Int32 slots, -1 empty, -2 deleted, else entry number
export const DICT_ENTRIES = 7; // BLOCK.values: (hash as tagged int, key, value) triples
export const DICT_ENTRY_WORDS = 3;

/** CPython: Objects/setobject.c (open addressing, linear probes then perturbation). */
export const SET_USED = 2;
export const SET_FILL = 3; // used + dummies
export const SET_MASK = 4;
export const SET_TABLE = 5; // BLOCK.values: (hash as tagged int, key) pairs; key 0 empty, DUMMY deleted

export const RANGE_START = 2;
export const RANGE_STOP = 3;
export const RANGE_STEP = 4;
export const RANGE_LENGTH = 5;

export const SLICE_START = 2;
export const SLICE_STOP = 3;
export const SLICE_STEP = 4;

/** CPython: Include/cpython/object.h (PyTypeObject), as far as gilvm needs it. */
export const TYPE_LAYOUT = 2; // raw: the Kind its instances have
export const TYPE_FLAGS = 3; // raw: TYPE_FLAG bits
export const TYPE_VERSION = 4; // raw: tp_version_tag, 0 = none
export const TYPE_NSLOTS = 5; // raw: __slots__ value words in instances (after INSTANCE_SLOTS)
export const TYPE_NAME = 6;
export const TYPE_QUALNAME = 7;
export const TYPE_DICT = 8;
export const TYPE_BASES = 9;
export const TYPE_MRO = 10;
export const TYPE_BASE = 11; // the solid base whose layout instances share
export const TYPE_MODULE = 12;
export const TYPE_GETITEM = 13; // cached Python __getitem__ for BINARY_SUBSCR_GETITEM
export const TYPE_SUBCLASSES = 14; // list of direct subclasses (type_modified walks it), or 0
export const TYPE_GETITEM_VERSION = 15; // func_version of TYPE_GETITEM, as a tagged small int
/**
 * The names instances of this class have had as attributes, in first-seen order:
 * a dict name -> index (CPython's ht_cached_keys, the shared keys of split dicts). Its
 * keys version changes when a new name is added; at most SHARED_KEYS_MAX names.
 */
export const TYPE_SHARED_KEYS = 16;
export const TYPE_WORDS = 18;
export const SHARED_KEYS_MAX = 30;

export const enum TYPE_FLAG {
  heapType = 1, // defined by a class statement
  baseType = 2, // may be subclassed
  instancesHaveDict = 4,
  isException = 8,
  /** Defines __getattr__ somewhere in the MRO: attribute misses call it. */
  hasGetattr = 16,
  /** Defines __getattribute__, __setattr__ or a data descriptor that LOAD_ATTR must respect. */
  hasCustomAttributeAccess = 32,
}

/**
 * An instance's attributes live in its dict (0 until the first one is set). Until Python
 * code asks for `__dict__` (or the class's shared keys overflow), the dict stands for
 * CPython 3.12's inline values, indexed by the class's shared keys: the specializer
 * then uses the *_INSTANCE_VALUE forms; once materialized, the *_WITH_HINT forms.
 */
export const INSTANCE_FLAGS = 2; // raw: INSTANCE_FLAG bits
export const INSTANCE_DICT = 3;
export const INSTANCE_SLOTS = 4;
export const enum INSTANCE_FLAG { dictMaterialized = 1 }

export const FUNC_VERSION = 2; // raw
export const FUNC_CODE = 4;
export const FUNC_GLOBALS = 5;
export const FUNC_BUILTINS = 6;
export const FUNC_NAME = 7;
export const FUNC_QUALNAME = 8;
export const FUNC_DEFAULTS = 9; // tuple or 0
export const FUNC_KWDEFAULTS = 10; // dict or 0
export const FUNC_CLOSURE = 11; // tuple of cells or 0
export const FUNC_DOC = 12;
export const FUNC_DICT = 13;
export const FUNC_MODULE = 14;
export const FUNC_WORDS = 16;

/** CPython: Include/cpython/code.h. Raw words first, then values. */
export const CODE_ARGCOUNT = 2;
export const CODE_POSONLY = 3;
export const CODE_KWONLY = 4;
export const CODE_FLAGS = 5;
export const CODE_NLOCALSPLUS = 6;
export const CODE_STACKSIZE = 7;
export const CODE_FIRSTLINENO = 8;
export const CODE_NUNITS = 9;
export const CODE_NCELLS = 10; // cells that are not arguments
export const CODE_NFREE = 11;
export const CODE_UNITS = 12; // BLOCK.data: the live (adaptive) code units
export const CODE_CONSTS = 13;
export const CODE_NAMES = 14;
export const CODE_LOCALSPLUS_NAMES = 15;
export const CODE_LOCALSPLUS_KINDS = 16; // BLOCK.data, one byte per slot
export const CODE_POSITIONS = 17; // BLOCK.data, 4 words per code unit
export const CODE_EXCTABLE = 18; // BLOCK.data: word 1 = entries, 5 words each (start, end, target, depth, lasti)
export const CODE_NAME = 19;
export const CODE_QUALNAME = 20;
export const CODE_FILENAME = 21;
export const CODE_WORDS = 22;
export const CODE_SCAN_FROM = CODE_UNITS;

export const CELL_VALUE = 2;

export const METHOD_FUNC = 2;
export const METHOD_SELF = 3;

export const NATIVE_ID = 2; // raw: index into the worker's native function table
export const NATIVE_SELF = 4; // bound self or 0
export const NATIVE_NAME = 5;
export const NATIVE_MODULE = 6; // module name str, or 0 for methods
export const NATIVE_WORDS = 8;

export const DESCR_ID = 2; // raw
export const DESCR_OWNER = 4;
export const DESCR_NAME = 5;

/** Generators carry their frame inline, after these words (CPython: _PyGenObject). */
export const GEN_STATE = 2; // raw: GEN_STATE_*
/** raw: where the loop whose FOR_ITER_GEN last resumed it goes on if it returns (its END_FOR). */
export const GEN_RETURN_IP = 3;
export const GEN_NAME = 4;
export const GEN_QUALNAME = 5;
export const GEN_FRAME = 6; // the frame starts here
export const GEN_STATE_CREATED = 0;
export const GEN_STATE_SUSPENDED = 1;
export const GEN_STATE_RUNNING = 2;
export const GEN_STATE_CLOSED = 3;

export const MODULE_DICT = 2;
export const MODULE_NAME = 3;
/** While the module's body runs: the importing thread's ident, a tagged int (0 after). */
export const MODULE_INITIALIZING = 4;
export const MODULE_WORDS = 6;

/** CPython: Include/cpython/pyerrors.h (PyBaseExceptionObject). */
export const EXC_DICT = 2;
export const EXC_ARGS = 3;
export const EXC_TRACEBACK = 4;
export const EXC_CONTEXT = 5;
export const EXC_CAUSE = 6;
export const EXC_SUPPRESS_CONTEXT = 7; // True / False
export const EXC_VALUE = 8; // StopIteration.value, SystemExit.code
export const EXC_WORDS = 10;

export const TB_LASTI = 2; // raw
export const TB_LINENO = 3; // raw
export const TB_NEXT = 4;
export const TB_CODE = 5;

export const PROP_FGET = 2;
export const PROP_FSET = 3;
export const PROP_FDEL = 4;
export const PROP_DOC = 5;

export const WRAPPED_FUNC = 2; // staticmethod, classmethod

export const SUPER_TYPE = 2;
export const SUPER_OBJ = 3;
export const SUPER_OBJ_TYPE = 4;

/** Built-in iterators: two raw words, then three values whose meaning the type gives. */
export const ITER_INDEX = 2; // raw
export const ITER_END = 3; // raw
export const ITER_A = 4;
export const ITER_B = 5;
export const ITER_C = 6;
export const ITER_WORDS = 8;

export const VIEW_DICT = 2;

export const MEMBER_INDEX = 2; // raw: slot number
export const MEMBER_NAME = 4;
export const MEMBER_OWNER = 5;

export const LOCK_STATE = 2; // raw, threading (issue 5)
export const LOCK_OWNER = 3; // raw
export const LOCK_COUNT = 4; // raw

/** First value word per kind; the collector scans from there to the end of the block. -1: nothing beyond the type. */
export const SCAN_FROM: readonly number[] = (() => {
  const t = new Array<number>(Kind.Count).fill(-1);
  t[Kind.Tuple] = TUPLE_ITEMS;
  t[Kind.List] = LIST_ITEMS;
  t[Kind.Dict] = DICT_INDICES;
  t[Kind.Set] = SET_TABLE;
  t[Kind.Range] = RANGE_START;
  t[Kind.Slice] = SLICE_START;
  t[Kind.Type] = TYPE_NAME;
  t[Kind.Instance] = INSTANCE_DICT;
  t[Kind.Function] = FUNC_CODE;
  t[Kind.Code] = CODE_SCAN_FROM;
  t[Kind.Cell] = CELL_VALUE;
  t[Kind.Method] = METHOD_FUNC;
  t[Kind.Native] = NATIVE_SELF;
  t[Kind.MethodDescr] = DESCR_OWNER;
  t[Kind.Generator] = GEN_NAME; // the collector treats the inline frame specially
  t[Kind.Module] = MODULE_DICT;
  t[Kind.Exception] = EXC_DICT;
  t[Kind.Traceback] = TB_NEXT;
  t[Kind.Property] = PROP_FGET;
  t[Kind.StaticMethod] = WRAPPED_FUNC;
  t[Kind.ClassMethod] = WRAPPED_FUNC;
  t[Kind.Super] = SUPER_TYPE;
  t[Kind.Iter] = ITER_A;
  t[Kind.DictView] = VIEW_DICT;
  t[Kind.Member] = MEMBER_NAME;
  return t;
})();

// Functions come after the last number constant, so that esbuild inlines every number
// (see the end of src/image/layout.ts).
export function header(sizeWords: number, block: number, kind: number): number {
  return ((sizeWords >>> 1) << SIZE_SHIFT) | (kind << KIND_SHIFT) | (block << 1);
}
