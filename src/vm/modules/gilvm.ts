/**
 * The `gilvm` module: gilvm's own features for Python code. snapshot(path) saves the image
 * for `gilvm resume` (src/image/snapshot.ts has the format and the resume protocol).
 */
import { defineModule } from '../natives.js';
import { oneArg } from '../methods/common.js';
import { kindOf } from '../abstract.js';
import { Kind } from '../../objects/layout.js';
import { FALSE } from '../../objects/statics.js';
import { strValue } from '../../objects/str.js';
import { raise } from '../errors.js';
import { saveSnapshot, SnapshotRefused } from '../../image/snapshot.js';
import { getScriptDirectory } from '../imports.js';
import { knownSources } from '../traceback.js';

defineModule('gilvm', {
  /** Returns False here, and True in the process that `gilvm resume FILE` starts from the file. */
  snapshot: oneArg('gilvm.snapshot', (_self, path) => {
    if (kindOf(path) !== Kind.Str) raise('TypeError', 'gilvm.snapshot() argument must be a str path');
    try {
      saveSnapshot(strValue(path), { scriptDirectory: getScriptDirectory(), sources: knownSources() });
    } catch (e) {
      if (e instanceof SnapshotRefused) raise('RuntimeError', `gilvm.snapshot(): ${e.message}`);
      // The file could not be written (a Node error with an errno code).
      if ((e as NodeJS.ErrnoException).code !== undefined) raise('OSError', `gilvm.snapshot(): ${(e as Error).message}`);
      throw e;
    }
    return FALSE;
  }),
});
