/** The `dis` module: dis.dis(x) prints what `gilvm dis` prints. CPython: Lib/dis.py. */
import { I } from '../image/memory.js';
import { FUNC_CODE, Kind, METHOD_FUNC } from '../objects/layout.js';
import { NONE } from '../objects/statics.js';
import { defineModule } from './natives.js';
import { parseArgs } from './args.js';
import { raise } from './errors.js';
import { isTrue, kindOf } from './abstract.js';
import { typeNameOf } from '../objects/type.js';
import { disassembleAll } from '../bytecode/dis.js';
import { writeOutput } from './output.js';

function codeOf(x: number): number {
  switch (kindOf(x)) {
    case Kind.Code: return x;
    case Kind.Function: return I[x + FUNC_CODE];
    case Kind.Method: return codeOf(I[x + METHOD_FUNC]);
    default: return raise('TypeError', `don't know how to disassemble ${typeNameOf(x)} objects`);
  }
}

defineModule('dis', {
  dis: (_self, args, nargs, kwnames) => {
    const [x, , , showCaches, adaptive] = parseArgs('dis', args, nargs, kwnames, ['x', 'file', 'depth', 'show_caches', 'adaptive'], 1);
    writeOutput(1, disassembleAll(codeOf(x), { adaptive: adaptive !== 0 && isTrue(adaptive), showCaches: showCaches !== 0 && isTrue(showCaches) }));
    return NONE;
  },
});
