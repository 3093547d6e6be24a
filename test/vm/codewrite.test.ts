// The one writer of code units (src/vm/codewrite.ts), in process: quickening, the write
// order of a specialization, and --audit refusing a write by a thread that does not hold the GIL.
import test from 'ava';
import { createImage } from '../../src/image/create.js';
import { SPECIALIZE } from '../../src/image/layout.js';
import { attachThread } from '../../src/vm/runtime.js';
import { U16 } from '../../src/image/memory.js';
import { CPYTHON_312, storeSpecializerSettings } from '../../src/vm/counters.js';
import { codeBase } from '../../src/objects/function.js';
import { attachCodeWriter, decrementCounter, quicken, specializationFailed, specialized, writeCache32 } from '../../src/vm/codewrite.js';
import { compileSource } from '../../src/compiler/index.js';
import { loadCode } from '../../src/vm/loader.js';
import { dropGil, takeGil, RELEASE } from '../../src/gil/gil.js';
import { CODE_CONSTS, TUPLE_ITEMS } from '../../src/objects/layout.js';
import { I } from '../../src/image/memory.js';
import { Op } from '../../src/bytecode/op.generated.js';

// One image for the file: attachThread sets module state that a second image would confuse.
const image = createImage({ sizeBytes: 16 * 1024 * 1024, maxThreads: 4 });
storeSpecializerSettings(new Int32Array(image), SPECIALIZE.enabled | SPECIALIZE.audit, CPYTHON_312);
attachThread(image, 0);

/** The code object of `def f(a, b): return a + b` and its unit base; BINARY_OP is at unit 3. */
function addFunction(): { cb: number; code: number } {
  const module = loadCode(compileSource('def f(a, b):\n    return a + b\n', 'x.py'));
  const code = I[I[module + CODE_CONSTS] + TUPLE_ITEMS];
  return { cb: codeBase(code), code };
}

test('quickening sets warm-up counters and installs the superinstruction', (t) => {
  const { cb } = addFunction();
  t.is(U16[cb + 1] & 255, Op.LOAD_FAST__LOAD_FAST);
  t.is(U16[cb + 3] & 255, Op.BINARY_OP);
  t.is(U16[cb + 4], 0x0011);
});

test('a specialization writes the opcode byte only, and the cooldown counter', (t) => {
  const { cb } = addFunction();
  const oparg = U16[cb + 3] >> 8;
  specialized(cb, 3, Op.BINARY_OP_ADD_INT);
  t.is(U16[cb + 3], (oparg << 8) | Op.BINARY_OP_ADD_INT);
  t.is(U16[cb + 4], 0x0340);
  specializationFailed(cb, 3, 0);
  t.is(U16[cb + 3], (oparg << 8) | Op.BINARY_OP);
  t.is(U16[cb + 4], 0x0011, 'from the cooldown (backoff 0), a failure backs off to b = 1: one execution');
});

test('--audit refuses a write from a thread that does not hold the GIL, and allows it again after', (t) => {
  const { cb, code } = addFunction();
  quicken(code);
  attachCodeWriter();
  dropGil(RELEASE.exit);
  try {
    t.throws(() => decrementCounter(cb, 3), { message: /audit: thread 0 wrote a code unit without holding the GIL/ });
    t.throws(() => writeCache32(cb, 5, 1234), { message: /without holding the GIL/ });
  } finally {
    takeGil();
  }
  t.notThrows(() => decrementCounter(cb, 3));
});
