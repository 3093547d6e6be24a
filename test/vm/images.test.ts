// One thread of JS running programs of two images in turn, as a pooled worker does when it
// is handed a thread of another image: nothing cached for the first image may leak.
import test from 'ava';
import { createImage } from '../../src/image/create.js';
import { attachThread, runMainScript } from '../../src/vm/runtime.js';
import { OutputDrain } from '../../src/host/output.js';

async function run(source: string): Promise<string> {
  const image = createImage({ sizeBytes: 16 * 1024 * 1024, maxThreads: 4 });
  let out = '';
  const drain = new OutputDrain(image, { stdout: (b) => { out += Buffer.from(b).toString(); }, stderr: () => {} });
  attachThread(image, 0);
  runMainScript('prog.py', 'prog.py', source, ['prog.py']);
  await drain.finish();
  return out;
}

test('a second image gets its own type lookups, not those cached for the first one', async (t) => {
  // In the first image list gets the first type version; in the second, class D does, and a
  // stale (version, name) cache entry would hand D list's append.
  t.is(await run('l = []\nl.append(1)\nprint(l)\n'), '[1]\n');
  t.is(await run('class D:\n    pass\ntry:\n    print(D().append)\nexcept AttributeError as e:\n    print(e)\n'),
    "'D' object has no attribute 'append'\n");
});
