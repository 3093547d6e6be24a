// `npm start`: runs examples/demo.py under gilvm, then shows what the specializer made of
// it: the quickened bytecode of one function (`gilvm dis --adaptive`, CPython 3.12's
// format), the specialization statistics of the run and its GIL counters (`gilvm stats`);
// then the convoy effect under two GIL policies, with a GIL timeline to open; then a
// profile of a request loop whose types change halfway (heat map, warm-up, type stability).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const gilvm = (args, encoding) => spawnSync(process.execPath, [`${root}bin/gilvm.js`, ...args], encoding
  ? { cwd: root, encoding }
  : { cwd: root, stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'gilvm-demo-'));
const statsFile = join(dir, 'stats.json');

console.log('== gilvm run --stats stats.json examples/demo.py ==\n');
const run = gilvm(['run', '--stats', statsFile, 'examples/demo.py']);

console.log('\n== gilvm dis --adaptive examples/demo.py (the function add, as the run left it) ==\n');
const dis = gilvm(['dis', '--adaptive', 'examples/demo.py'], 'utf8');
const text = dis.stdout ?? '';
const start = text.indexOf('Disassembly of <code object add');
console.log(start >= 0 ? text.slice(start).split('\n\nDisassembly')[0] : text);
if (dis.stderr) process.stderr.write(dis.stderr);

console.log('\n== gilvm stats stats.json (the specializer at work) ==\n');
const stats = gilvm(['stats', statsFile], 'utf8');
const tables = stats.stdout ?? '';
const from = tables.indexOf('Specialization\n');
const to = tables.indexOf('\n\n', from);
console.log(from >= 0 ? tables.slice(from, to) : tables);
console.log('\n' + tables.slice(tables.indexOf('Specialization effectiveness')).trimEnd());
console.log('\n(the GIL table: the two threads at the end of the demo took turns through drop requests)');
if (stats.stderr) process.stderr.write(stats.stderr);
rmSync(dir, { recursive: true, force: true });

console.log('\n== the convoy effect: echo round trips through two queues beside one CPU-bound thread, 5 ms interval ==');
console.log('   (workloads/convoy.py; `gilvm study --quick --compare-cpython python3` measures the whole matrix)\n');
const timeline = join(mkdtempSync(join(tmpdir(), 'gilvm-demo-')), 'convoy-timeline.html');
let convoyStatus = 0;
for (const [policy, extra] of [['cpython', ['--timeline', timeline]], ['io-priority', []]]) {
  const alone = gilvm(['run', '--gil-policy', policy, 'workloads/convoy.py', '0.005', '0', '0.5'], 'utf8');
  const crowded = gilvm(['run', '--gil-policy', policy, ...extra, 'workloads/convoy.py', '0.005', '1', '0.5'], 'utf8');
  const ops = (r) => Number(/io_ops_s=([\d.]+)/.exec(r.stdout ?? '')?.[1] ?? NaN);
  console.log(`--gil-policy ${policy.padEnd(11)} alone ${ops(alone).toFixed(0).padStart(6)} round trips/s, ` +
    `beside a CPU-bound thread ${ops(crowded).toFixed(0).padStart(6)}/s (${(ops(alone) / ops(crowded)).toFixed(1)}x fewer)`);
  convoyStatus ||= alone.status || crowded.status;
}
console.log(`\nThe GIL timeline of the cpython policy's run (who held the GIL, who waited, drop requests): ${timeline}`);

console.log('\n== gilvm profile examples/requests.py (prices turn float halfway: which sites flip?) ==\n');
const profileDir = mkdtempSync(join(tmpdir(), 'gilvm-demo-profile-'));
const profile = gilvm(['profile', 'examples/requests.py', '--out', profileDir], 'utf8');
process.stdout.write(profile.stdout ?? '');
const report = JSON.parse(readFileSync(join(profileDir, 'profile.json'), 'utf8'));
for (const s of report.sites.filter((site) => site.deopts > 0).sort((a, b) => b.misses - a.misses)) {
  const types = s.types.map((t) => t.types.includes(',') ? `(${t.types})` : t.types).join(' ');
  console.log(`line ${String(s.line).padStart(2)} ${s.family.padEnd(10)} ${String(s.deopts).padStart(4)} deopts, types seen: ${types}`);
}
console.log(`\nThe heat map, warm-up timeline and type-stability report: ${join(profileDir, 'profile.html')}`);
process.exitCode = run.status || dis.status || stats.status || convoyStatus || profile.status || 0;
