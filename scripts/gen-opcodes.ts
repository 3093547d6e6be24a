// Writes src/bytecode/op.generated.ts, the `const enum Op` the interpreter switches on,
// from the opcode table (src/bytecode/opcodes.ts). tsc inlines const enum members as
// literal case labels, which V8 turns into one jump table. test/bytecode/opcodes.test.ts
// fails when the generated file is stale.
//   npx tsx scripts/gen-opcodes.ts          writes the file
//   npx tsx scripts/gen-opcodes.ts --print  prints it instead
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderOpEnum } from '../src/bytecode/openum.js';

const target = fileURLToPath(new URL('../src/bytecode/op.generated.ts', import.meta.url));
const text = renderOpEnum();
if (process.argv.includes('--print')) process.stdout.write(text);
else writeFileSync(target, text);
