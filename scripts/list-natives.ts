// Prints the name of every built-in function and method gilvm registers, one per line
// (input for scripts/gen-call-flags.py).
import '../src/vm/runtime.js';
import { NATIVES } from '../src/vm/natives.js';

console.log(NATIVES.map((n) => n.name).join('\n'));
