// Scratch in-process runner (not a test): runs a Python file through the compiler and the eval loop.
import { readFileSync } from 'node:fs';
import { createImage } from '../../src/image/create.js';
import { attachImage, I, U8 } from '../../src/image/memory.js';
import {
  HDR_OUTPUT_BYTES, HDR_OUTPUT_START, HDR_STACK_WORDS, HDR_STACKS_START, OUT_CONSUMED, OUT_WRITTEN, OUTPUT_HEADER_WORDS,
  TS_ROOTS_TOP, TS_STACK_BASE, TS_STACK_LIMIT, TS_STACK_TOP, FRAME_FLAG, IS_GC_THRESHOLD, IS_GC_RUNS, TS_STATE, THREAD_STATE, IS_EVAL_BREAKER, EVAL_BREAKER,
} from '../../src/image/layout.js';
import { setCurrentThread, TS } from '../../src/vm/thread.js';
import { initializeThreadStatics } from '../../src/vm/bootstrap.js';
import '../../src/vm/methods/index.js';
import '../../src/vm/builtins.js';
import '../../src/vm/generator.js';
import { BUILD_CLASS } from '../../src/vm/classes.js';
import { intern, newStr } from '../../src/objects/str.js';
import { EXCEPTION_TYPES, S, T, loadStatics, setStatic, type BuiltinTypeName } from '../../src/objects/statics.js';
import { takeException, isPending } from '../../src/vm/errors.js';
import { newType } from '../../src/objects/type.js';
import { Kind, MODULE_DICT, TYPE_DICT, TYPE_FLAG } from '../../src/objects/layout.js';
import { METHODS, MODULES, NATIVES } from '../../src/vm/natives.js';
import { newMethodDescr, newNative, newWrapper } from '../../src/objects/function.js';
import { dictSetItem, newDict } from '../../src/objects/dict.js';
import { newException } from '../../src/objects/exception.js';
import { newModule } from '../../src/vm/imports.js';
import { compileSource } from '../../src/compiler/index.js';
import { loadCode } from '../../src/vm/loader.js';
import { pushCodeFrame } from '../../src/vm/frame.js';
import { runFrame } from '../../src/vm/interp.js';
import { formatException, registerSource } from '../../src/vm/traceback.js';

const sab = createImage({ sizeBytes: 64 * 1024 * 1024, maxThreads: 2, stackWords: 1 << 20, outputBytes: 1 << 22 });
attachImage(sab);
setCurrentThread(0);
const base = I[HDR_STACKS_START];
I[TS + TS_STACK_BASE] = base; I[TS + TS_STACK_TOP] = base; I[TS + TS_STACK_LIMIT] = base + I[HDR_STACK_WORDS];
I[TS + TS_ROOTS_TOP] = base + I[HDR_STACK_WORDS];
I[TS + TS_STATE] = THREAD_STATE.running;
try { initializeThreadStatics(); } catch (e) { if (!isPending(e)) throw e; takeException(); }
if (T.BaseException === 0) {
  for (const [name, b] of EXCEPTION_TYPES) {
    const bases = b === '' ? [T.object] : [(T as any)[b]];
    const flags = TYPE_FLAG.baseType | TYPE_FLAG.isException | TYPE_FLAG.instancesHaveDict;
    setStatic(name, newType(T.type, name, bases, Kind.Exception, flags));
    loadStatics();
  }
  setStatic('memoryErrorInstance', newException(T.MemoryError, []));
  for (const m of METHODS) {
    const owner = T[m.owner as BuiltinTypeName];
    const name = intern(m.name);
    const descr = newMethodDescr(m.id, owner, name);
    const value = m.kind === 'method' ? descr : m.kind === 'classmethod' ? newWrapper(Kind.ClassMethod, T.classmethod, descr)
      : newWrapper(Kind.StaticMethod, T.staticmethod, newNative(m.id, 0, name, 0));
    dictSetItem(I[owner + TYPE_DICT], name, value);
  }
  setStatic('modulesDict', newDict());
  loadStatics();
  const builtins = newModule('builtins');
  const bdict = I[builtins + MODULE_DICT];
  setStatic('builtinsModule', builtins);
  setStatic('builtinsDict', bdict);
  loadStatics();
  dictSetItem(S.modulesDict, intern('builtins'), builtins);
  for (const name of ['object', 'type', 'int', 'bool', 'float', 'str', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range', 'slice',
    'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed']) dictSetItem(bdict, intern(name), (T as any)[name]);
  for (const [name] of EXCEPTION_TYPES) dictSetItem(bdict, intern(name), T[name]);
  dictSetItem(bdict, intern('NotImplemented'), S.NotImplemented);
  const def = MODULES.get('builtins')!;
  for (const [fname, id] of def.functions) { const n = intern(fname); dictSetItem(bdict, n, newNative(id, 0, n, intern('builtins'))); }
  dictSetItem(bdict, intern('__build_class__'), newNative(BUILD_CLASS, 0, intern('__build_class__'), 0));
  def.init?.(bdict);
}

function drain(): void {
  const start = I[HDR_OUTPUT_START];
  const cap = I[HDR_OUTPUT_BYTES];
  const b = (start + OUTPUT_HEADER_WORDS) * 4;
  let pos = I[start + OUT_CONSUMED];
  const end = I[start + OUT_WRITTEN];
  const get = () => U8[b + (pos++ & (cap - 1))];
  while (pos !== end) {
    const fd = get();
    const n = get() | (get() << 8) | (get() << 16) | (get() << 24);
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = get();
    (fd === 1 ? process.stdout : process.stderr).write(bytes);
  }
  I[start + OUT_CONSUMED] = pos;
}

if (process.env.GC_STRESS === 'always') {
  // The breaker never clears its collection request: a collection at every safe point.
  const and = Atomics.and;
  (Atomics as any).and = (ta: Int32Array, i: number, v: number) => (i === IS_EVAL_BREAKER && v === ~EVAL_BREAKER.gcRequested ? 0 : and(ta as any, i, v));
  Atomics.or(I, IS_EVAL_BREAKER, EVAL_BREAKER.gcRequested);
} else if (process.env.GC_STRESS) {
  // Every native call asks for a collection at the next safe point.
  for (let i = 0; i < NATIVES.length; i++) {
    const { name, fn } = NATIVES[i];
    NATIVES[i] = { name, fn: (self, args, nargs, kw) => { Atomics.or(I, IS_EVAL_BREAKER, EVAL_BREAKER.gcRequested); return fn(self, args, nargs, kw); } };
  }
}
const file = process.argv[2];
const source = readFileSync(file, 'utf8');
registerSource('x.py', source);
const main = newModule('__main__');
const globals = I[main + MODULE_DICT];
dictSetItem(globals, intern('__builtins__'), S.builtinsModule);
dictSetItem(globals, intern('__name__'), newStr('__main__'));
const t0 = performance.now();
try {
  runFrame(pushCodeFrame(loadCode(compileSource(source, 'x.py')), globals, S.builtinsDict, globals, FRAME_FLAG.entry | FRAME_FLAG.hasLocalsDict));
  drain();
  if (process.env.TIMING) process.stderr.write(`run: ${(performance.now() - t0).toFixed(0)} ms\n`);
  if (process.env.GC_STRESS) process.stderr.write(`gc runs: ${I[IS_GC_RUNS]}\n`);
} catch (e) {
  drain();
  if (!isPending(e)) throw e;
  process.stderr.write(formatException(takeException()));
  process.exitCode = 1;
}
