/**
 * Bootstrap: the first worker to attach to a fresh image creates the static objects
 * (built-in types, singletons, exception classes, the builtins module) and installs
 * every native method into its type's dict; later threads only load the statics table.
 * CPython: Objects/object.c (_PyTypes_InitTypes), Python/pylifecycle.c.
 */
import { I } from '../image/memory.js';
import {
  HDR_INIT_STATE, IS_GC_THRESHOLD, IS_NEXT_FUNC_VERSION, IS_NEXT_KEYS_VERSION, IS_NEXT_TYPE_VERSION,
  IS_RECURSION_LIMIT, IS_SWITCH_INTERVAL_US, HDR_HEAP_END, HDR_HEAP_START,
} from '../image/layout.js';
import { allocObject } from '../image/heap.js';
import { MIN_GC_THRESHOLD } from '../image/gc.js';
import {
  BOOL_VALUE, Kind, TYPE_BASE, TYPE_BASES, TYPE_DICT, TYPE_FLAG, TYPE_FLAGS, TYPE_LAYOUT, TYPE_MRO,
  TYPE_NAME, TYPE_QUALNAME, TYPE_WORDS, OB_TYPE,
} from '../objects/layout.js';
import {
  BUILTIN_TYPE_NAMES, EXCEPTION_TYPES, S, T, loadStatics, setStatic, type BuiltinTypeName,
} from '../objects/statics.js';
import { intern, newStr, resetStrCaches } from '../objects/str.js';
import { dictSetItem, newDict } from '../objects/dict.js';
import { newTuple } from '../objects/tuple.js';
import { newType, resetTypeCache } from '../objects/type.js';
import { newException } from '../objects/exception.js';
import { newMethodDescr, newNative, newWrapper } from '../objects/function.js';
import { loadNames } from './names.js';
import { METHODS, MODULES } from './natives.js';
import { BUILD_CLASS } from './classes.js';
import { newModule } from './imports.js';

const INIT_RAW = 0;
const INIT_BUSY = 1;
const INIT_READY = 2;

/** Instance layout of each built-in type. */
const LAYOUTS: Partial<Record<BuiltinTypeName, Kind>> = {
  object: Kind.Instance, type: Kind.Type, int: Kind.Int, bool: Kind.Bool, float: Kind.Float, str: Kind.Str,
  tuple: Kind.Tuple, list: Kind.List, dict: Kind.Dict, set: Kind.Set, frozenset: Kind.Set, range: Kind.Range,
  slice: Kind.Slice, NoneType: Kind.Singleton, NotImplementedType: Kind.Singleton, ellipsis: Kind.Singleton,
  set_dummy: Kind.Singleton, function: Kind.Function, code: Kind.Code, cell: Kind.Cell, method: Kind.Method,
  builtin_function_or_method: Kind.Native, method_descriptor: Kind.MethodDescr, generator: Kind.Generator,
  module: Kind.Module, traceback: Kind.Traceback, property: Kind.Property, staticmethod: Kind.StaticMethod,
  classmethod: Kind.ClassMethod, super: Kind.Super, dict_keys: Kind.DictView, dict_values: Kind.DictView,
  dict_items: Kind.DictView, member_descriptor: Kind.Member, lock: Kind.Lock,
};

/** Built-in types a class statement may derive from. */
const SUBCLASSABLE = new Set<string>(['object', 'type', 'int', 'float', 'str', 'tuple', 'list', 'dict', 'set', 'frozenset', 'property']);

/** Attaches this thread to an attached image: creates the statics if nobody has yet, then loads them. */
export function initializeThreadStatics(): void {
  // A worker may have run threads of another image: caches keyed by its offsets go.
  resetStrCaches();
  resetTypeCache();
  if (Atomics.compareExchange(I, HDR_INIT_STATE, INIT_RAW, INIT_BUSY) === INIT_RAW) {
    createStatics();
    Atomics.store(I, HDR_INIT_STATE, INIT_READY);
    Atomics.notify(I, HDR_INIT_STATE);
  } else {
    while (Atomics.load(I, HDR_INIT_STATE) !== INIT_READY) Atomics.wait(I, HDR_INIT_STATE, INIT_BUSY, 1000);
    loadStatics();
    loadNames();
  }
}

function createStatics(): void {
  I[IS_NEXT_TYPE_VERSION] = 1;
  I[IS_NEXT_KEYS_VERSION] = 2;
  I[IS_NEXT_FUNC_VERSION] = 1;
  I[IS_RECURSION_LIMIT] = 1000;
  I[IS_SWITCH_INTERVAL_US] = 5000;
  I[IS_GC_THRESHOLD] = Math.min(MIN_GC_THRESHOLD, (I[HDR_HEAP_END] - I[HDR_HEAP_START]) >> 2);

  // 1. Type objects first, bare, so that str, dict and tuple can be allocated.
  const typeType = allocObject(Kind.Type, 0, TYPE_WORDS);
  I[typeType + OB_TYPE] = typeType;
  for (const name of BUILTIN_TYPE_NAMES) {
    const t = name === 'type' ? typeType : allocObject(Kind.Type, typeType, TYPE_WORDS);
    I[t + TYPE_LAYOUT] = LAYOUTS[name] ?? Kind.Iter;
    I[t + TYPE_FLAGS] = SUBCLASSABLE.has(name) ? TYPE_FLAG.baseType : 0;
    setStatic(name, t);
  }
  loadStatics();
  setStatic('internTable', newDict());
  loadStatics();

  // 2. Names, dicts, bases and MROs.
  for (const name of BUILTIN_TYPE_NAMES) {
    const t = T[name];
    I[t + TYPE_NAME] = intern(name);
    I[t + TYPE_QUALNAME] = I[t + TYPE_NAME];
    I[t + TYPE_DICT] = newDict();
    const base = name === 'object' ? 0 : name === 'bool' ? T.int : T.object;
    I[t + TYPE_BASES] = newTuple(base === 0 ? [] : [base]);
    I[t + TYPE_BASE] = base;
    I[t + TYPE_MRO] = newTuple(name === 'object' ? [t] : name === 'bool' ? [t, T.int, T.object] : [t, T.object]);
  }

  // 3. Singletons.
  const singleton = (name: string, type: number) => setStatic(name, allocObject(Kind.Singleton, type, 2));
  singleton('None', T.NoneType);
  singleton('NotImplemented', T.NotImplementedType);
  singleton('Ellipsis', T.ellipsis);
  singleton('Dummy', T.set_dummy);
  for (const [name, value] of [['False', 0], ['True', 1]] as const) {
    const b = allocObject(Kind.Bool, T.bool, 4);
    I[b + BOOL_VALUE] = value;
    setStatic(name, b);
  }
  setStatic('emptyTuple', newTuple([]));
  loadStatics();
  setStatic('emptyStr', newStr(''));
  loadStatics();
  loadNames();

  // 4. Exception classes.
  for (const [name, base] of EXCEPTION_TYPES) {
    const bases = base === '' ? [T.object] : [T[base]];
    const flags = TYPE_FLAG.baseType | TYPE_FLAG.isException | TYPE_FLAG.instancesHaveDict;
    setStatic(name, newType(T.type, name, bases, Kind.Exception, flags));
    loadStatics();
  }
  setStatic('memoryErrorInstance', newException(T.MemoryError, []));

  // 5. Native methods into their types' dicts.
  for (const m of METHODS) {
    const owner = T[m.owner as BuiltinTypeName];
    if (owner === undefined) throw new Error(`methods registered for unknown type ${m.owner}`);
    const name = intern(m.name);
    const descr = newMethodDescr(m.id, owner, name);
    const value = m.kind === 'method' ? descr
      : m.kind === 'classmethod' ? newWrapper(Kind.ClassMethod, T.classmethod, descr)
        : newWrapper(Kind.StaticMethod, T.staticmethod, newNative(m.id, 0, name, 0));
    dictSetItem(I[owner + TYPE_DICT], name, value);
  }

  // 6. sys.modules and the builtins module.
  setStatic('modulesDict', newDict());
  loadStatics();
  const builtins = newModule('builtins');
  const bdict = I[builtins + 2 /* MODULE_DICT */];
  setStatic('builtinsModule', builtins);
  setStatic('builtinsDict', bdict);
  loadStatics();
  dictSetItem(S.modulesDict, intern('builtins'), builtins);
  for (const name of BUILTIN_TYPE_NAMES) {
    if (PUBLIC_TYPES.has(name)) dictSetItem(bdict, intern(name), T[name]);
  }
  for (const [name] of EXCEPTION_TYPES) dictSetItem(bdict, intern(name), T[name]);
  dictSetItem(bdict, intern('NotImplemented'), S.NotImplemented);
  dictSetItem(bdict, intern('Ellipsis'), S.Ellipsis);
  dictSetItem(bdict, intern('__build_class__'), newNative(BUILD_CLASS, 0, intern('__build_class__'), 0));
  const def = MODULES.get('builtins');
  if (def !== undefined) {
    for (const [fname, id] of def.functions) {
      const n = intern(fname);
      dictSetItem(bdict, n, newNative(id, 0, n, intern('builtins')));
    }
    def.init?.(bdict);
  }
}

/** Types the builtins module exposes by name (iterator types stay anonymous, as in CPython). */
const PUBLIC_TYPES = new Set<string>([
  'object', 'type', 'int', 'bool', 'float', 'str', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range', 'slice',
  'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed',
]);
