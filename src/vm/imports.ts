/**
 * `import`: built-in modules (registered with defineModule) are created on first
 * import; otherwise NAME.py next to the main script is compiled and run as a module.
 * Every module is cached in sys.modules. CPython: Python/import.c.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../root.js';
import { join } from 'node:path';
import { I } from '../image/memory.js';
import { MODULE_DICT, MODULE_INITIALIZING, MODULE_NAME, MODULE_WORDS, Kind } from '../objects/layout.js';
import { NONE, S, T } from '../objects/statics.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { MODULES } from './natives.js';
import { allocObject } from '../image/heap.js';
import { dictGetStr, dictPop, dictSetItem, newDict } from '../objects/dict.js';
import { intern, newStr } from '../objects/str.js';
import { newNative } from '../objects/function.js';
import { compileSource } from '../compiler/index.js';
import { loadCode } from './loader.js';
import { pushCodeFrame } from './frame.js';
import { runFrame } from './interp.js';
import { registerSource } from './traceback.js';
import { FRAME_FLAG, IS_IMPORTS_DONE, TS_IDENT } from '../image/layout.js';
import { TS } from './thread.js';
import { kindOf } from './abstract.js';
import { waitWithoutGil } from '../gil/gil.js';
import { checkSignals } from './breaker.js';

let scriptDirectory = '.';

/** Where `import NAME` looks for NAME.py (the main script's folder). */
export function setScriptDirectory(dir: string): void {
  scriptDirectory = dir;
}

export function getScriptDirectory(): string {
  return scriptDirectory;
}

export function newModule(name: string): number {
  const m = allocObject(Kind.Module, T.module, MODULE_WORDS);
  const d = newDict();
  I[m + MODULE_DICT] = d;
  I[m + MODULE_NAME] = newStr(name);
  dictSetItem(d, N.__name__, I[m + MODULE_NAME]);
  dictSetItem(d, N.__doc__, NONE);
  dictSetItem(d, N.__package__, NONE);
  return m;
}

/** The module object for `name`, importing it if needed. */
export function importModule(name: string, _frame = 0): number {
  const key = intern(name);
  const cached = waitForInitialization(key);
  if (cached !== 0) return cached;
  const def = MODULES.get(name);
  if (def !== undefined) {
    const m = newModule(name);
    dictSetItem(S.modulesDict, key, m);
    const d = I[m + MODULE_DICT];
    for (const [fname, id] of def.functions) {
      const fn = intern(fname);
      dictSetItem(d, fn, newNative(id, 0, fn, I[m + MODULE_NAME]));
    }
    def.init?.(d);
    return m;
  }
  return importSourceModule(name, key);
}

/** gilvm's Python library (lib/*.py in the project: threading, queue). */
const LIBRARY = packagePath('lib');

function importSourceModule(name: string, key: number): number {
  let source: string | undefined;
  let path = '';
  // The script's folder first, then the library, as sys.path puts them.
  for (const dir of [scriptDirectory, LIBRARY]) {
    path = join(dir, name.replaceAll('.', '/') + '.py');
    try {
      source = readFileSync(path, 'utf8');
      break;
    } catch {
      source = undefined;
    }
  }
  if (source === undefined) return raise('ModuleNotFoundError', `No module named '${name}'`);
  const m = newModule(name);
  dictSetItem(I[m + MODULE_DICT], N.__file__, newStr(path));
  dictSetItem(S.modulesDict, key, m);
  I[m + MODULE_INITIALIZING] = (I[TS + TS_IDENT] << 1) | 1;
  try {
    executeModuleSource(m, source, path);
  } catch (e) {
    // As in CPython, a module whose body raised is not left in sys.modules.
    if (dictGetStr(S.modulesDict, key) === m) dictPop(S.modulesDict, key);
    throw e;
  } finally {
    I[m + MODULE_INITIALIZING] = 0;
    Atomics.add(I, IS_IMPORTS_DONE, 1);
    Atomics.notify(I, IS_IMPORTS_DONE);
  }
  return m;
}

/**
 * sys.modules[key], once no other thread is still running its body: CPython's module lock.
 * The thread that runs the body gets the module as it is (a circular import); another
 * waits without the GIL until a module body finishes, and looks again. 0 if absent.
 */
function waitForInitialization(key: number): number {
  for (;;) {
    const seen = Atomics.load(I, IS_IMPORTS_DONE);
    const m = dictGetStr(S.modulesDict, key);
    if (m === 0 || kindOf(m) !== Kind.Module) return m;
    const owner = I[m + MODULE_INITIALIZING];
    if (owner === 0 || owner >> 1 === I[TS + TS_IDENT]) return m;
    waitWithoutGil(IS_IMPORTS_DONE, seen, -1);
    checkSignals();
  }
}

/** Compiles and runs `source` as the body of module object `module`. */
function executeModuleSource(module: number, source: string, filename: string): void {
  registerSource(filename, source);
  const code = loadCode(compileSource(source, filename));
  const globals = I[module + MODULE_DICT];
  if (dictGetStr(globals, N.__builtins__) === 0) dictSetItem(globals, N.__builtins__, S.builtinsModule);
  const frame = pushCodeFrame(code, globals, S.builtinsDict, globals, FRAME_FLAG.entry | FRAME_FLAG.hasLocalsDict);
  runFrame(frame);
}

