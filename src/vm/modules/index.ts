/**
 * The built-in modules, imported for their registrations. Natives are numbered in the
 * order they register, which must be the same in every worker: this list is that order
 * (a module's own imports register first, so each module comes after those it uses).
 */
import './math.js';
import './sys.js';
import '../builtins.js';
import './random.js';
import './time.js';
import './thread.js';
import './gilvm.js';
