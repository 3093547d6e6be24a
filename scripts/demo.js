// `npm start`: runs examples/demo.py under gilvm, then disassembles it, so a newcomer
// sees both what runs and the CPython 3.12 bytecode it runs as.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const gilvm = (args) => spawnSync(process.execPath, [`${root}bin/gilvm.js`, ...args], { stdio: 'inherit', cwd: root });

console.log('== gilvm run examples/demo.py ==\n');
const run = gilvm(['run', 'examples/demo.py']);
console.log('\n== gilvm dis examples/demo.py (the function add) ==\n');
const dis = spawnSync(process.execPath, [`${root}bin/gilvm.js`, 'dis', 'examples/demo.py'], { cwd: root, encoding: 'utf8' });
const text = dis.stdout ?? '';
const start = text.indexOf('Disassembly of <code object add');
console.log(start >= 0 ? text.slice(start).split('\n\nDisassembly')[0] : text);
if (dis.stderr) process.stderr.write(dis.stderr);
process.exitCode = run.status || dis.status || 0;
