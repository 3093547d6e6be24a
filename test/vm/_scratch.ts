import { createImage } from '../../src/image/create.js';
import { attachImage, I } from '../../src/image/memory.js';
import { HDR_STACK_WORDS, HDR_STACKS_START, TS_ROOTS_TOP, TS_STACK_BASE, TS_STACK_LIMIT, TS_STACK_TOP } from '../../src/image/layout.js';
import { setCurrentThread, TS } from '../../src/vm/thread.js';
import { initializeThreadStatics } from '../../src/vm/bootstrap.js';
import '../../src/vm/methods/index.js';
import { call } from '../../src/vm/call.js';
import { getAttr } from '../../src/vm/attr.js';
import { intern, newStr } from '../../src/objects/str.js';
import { repr } from '../../src/vm/abstract.js';
import { EXCEPTION_TYPES, T, loadStatics, setStatic, type BuiltinTypeName } from '../../src/objects/statics.js';
import { takeException, isPending } from '../../src/vm/errors.js';
import { exceptionStr } from '../../src/vm/repr.js';
import { newType, typeNameOf } from '../../src/objects/type.js';
import { Kind, TYPE_DICT, TYPE_FLAG } from '../../src/objects/layout.js';
import { METHODS } from '../../src/vm/natives.js';
import { newMethodDescr, newNative, newWrapper } from '../../src/objects/function.js';
import { dictSetItem } from '../../src/objects/dict.js';
import { newException } from '../../src/objects/exception.js';

export function py(f: () => void) { try { f(); } catch (e) { if (isPending(e)) { const x = takeException(); console.log('EXC', typeNameOf(x), exceptionStr(x)); } else throw e; } }

const sab = createImage({ sizeBytes: 16 * 1024 * 1024, maxThreads: 2, stackWords: 65536, outputBytes: 4096 });
attachImage(sab);
setCurrentThread(0);
const base = I[HDR_STACKS_START];
I[TS + TS_STACK_BASE] = base; I[TS + TS_STACK_TOP] = base; I[TS + TS_STACK_LIMIT] = base + I[HDR_STACK_WORDS];
I[TS + TS_ROOTS_TOP] = base + I[HDR_STACK_WORDS];
py(() => initializeThreadStatics());
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
  loadStatics();
}
const s = newStr('a,b,,c');
py(() => console.log(repr(call(getAttr(s, intern('split')), [newStr(',')]))));
py(() => console.log(repr(call(T.list, [newStr('abc')]))));
