/**
 * `import`: built-in modules (registered with defineModule) are created on first
 * import; otherwise NAME.py next to the main script is compiled and run as a module.
 * Every module is cached in sys.modules. CPython: Python/import.c.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { I } from '../image/memory.js';
import { MODULE_DICT, MODULE_NAME, Kind } from '../objects/layout.js';
import { NONE, S, T } from '../objects/statics.js';
import { N } from './names.js';
import { raise } from './errors.js';
import { MODULES } from './natives.js';
import { allocObject } from '../image/heap.js';
import { dictGetStr, dictSetItem, newDict } from '../objects/dict.js';
import { intern, newStr } from '../objects/str.js';
import { newNative } from '../objects/function.js';
import { compileSource } from '../compiler/index.js';
import { loadCode } from './loader.js';
import { pushCodeFrame } from './frame.js';
import { runFrame } from './interp.js';
import { registerSource } from './traceback.js';
import { FRAME_FLAG } from '../image/layout.js';

let scriptDirectory = '.';

/** Where `import NAME` looks for NAME.py (the main script's folder). */
export function setScriptDirectory(dir: string): void {
  scriptDirectory = dir;
}

export function newModule(name: string): number {
  const m = allocObject(Kind.Module, T.module, 4);
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
  const cached = dictGetStr(S.modulesDict, key);
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

/**
 * gilvm's Python library (lib/*.py in the project: threading, queue), found from this
 * file whether it runs compiled (dist/src/vm) or from source (src/vm).
 */
const LIBRARY = [new URL('../../../lib/', import.meta.url), new URL('../../lib/', import.meta.url)]
  .map((u) => fileURLToPath(u)).find((dir) => existsSync(join(dir, 'threading.py'))) ?? '';

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
  executeModuleSource(m, source, path);
  return m;
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

