// Warm starts: gilvm.snapshot(path) and `gilvm resume FILE` (src/image/snapshot.ts).
//
// A snapshot run goes on after the snapshot as if nothing happened, so its output is the
// uninterrupted run's; the resumed run must print exactly what the snapshot run printed
// after the snapshot (snapshot() returns True there instead of False).
import test from 'ava';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import { describe, ROOT, runGilvm, type Run } from './gilvm.js';

const WORK = mkdtempSync(join(tmpdir(), 'gilvm-snapshot-test-'));

test.after.always(() => {
  rmSync(WORK, { recursive: true, force: true });
});

function gilvm(args: string[]): Promise<Run> {
  return runGilvm(args, { cwd: WORK });
}

function program(name: string, source: string): string {
  writeFileSync(join(WORK, name), source);
  return name;
}

const MARK = 'snapshot() returned ';

/** Snapshots `source` and resumes it: both runs, and what the snapshot run printed after the snapshot. */
async function snapshotAndResume(name: string, source: string): Promise<{ run: Run; resumed: Run; after: string }> {
  const file = program(`${name}.py`, source);
  const snap = join(WORK, `${name}.snap`);
  const run = await gilvm(['run', file, snap]);
  const resumed = await gilvm(['resume', snap]);
  const at = run.stdout.indexOf(MARK);
  return { run, resumed, after: at < 0 ? '<no snapshot line>' : run.stdout.slice(at) };
}

test('single thread: the resumed run prints what the uninterrupted run printed after the snapshot, with the same traceback and status', async (t) => {
  const { run, resumed, after } = await snapshotAndResume('single', `
import gilvm, sys
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
def numbers():
    for i in range(10):
        yield i * i
def total(points):
    t = 0
    for p in points:
        t += p.norm1()
    return t
points = [Point(i, -i) for i in range(100)]
it = numbers()
print("before", total(points), next(it), next(it))
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print("${MARK}" + str(gilvm.snapshot(sys.argv[1])))
print("after", total(points), list(it), bump(), bump(), sorted({3: 'c', 1: 'a'}.items()))
def fail(n):
    raise ValueError(f"late failure {n}")
fail(total(points[:3]))
`);
  t.is(run.status, 1, describe(run));
  t.true(run.stdout.startsWith('before 9900 0 1\n'), describe(run));
  t.true(after.startsWith(`${MARK}False\nafter 9900 [4, 9, 16, 25, 36, 49, 64, 81] 1 2 [(1, 'a'), (3, 'c')]\n`), describe(run));
  t.is(resumed.status, 1, describe(resumed));
  t.is(resumed.stdout, after.replace(`${MARK}False`, `${MARK}True`), describe(resumed));
  t.is(resumed.stderr, run.stderr);
  t.regex(resumed.stderr, /line 26, in fail\n\s+raise ValueError\(f"late failure \{n\}"\)\nValueError: late failure 6\n$/);
});

test('threads blocked on a queue, a with-lock, a lock with a timeout keyword and a sleep, and one spinning, all go on after a resume', async (t) => {
  const { run, resumed, after } = await snapshotAndResume('threads', `
import gilvm, queue, sys, threading, time
jobs = queue.Queue()
results = []
gate = threading.Lock()
gate.acquire()
keyword_gate = threading.Lock()
keyword_gate.acquire()
ready = threading.Semaphore(0)
def worker():
    ready.release()
    while (item := jobs.get()) is not None:
        results.append(item * item)
def with_lock():
    ready.release()
    with gate:
        results.append("with")
def keyword():
    ready.release()
    results.append(("keyword", keyword_gate.acquire(timeout=60)))
def sleeper():
    ready.release()
    time.sleep(0.2)
    results.append("slept")
def spinner():
    ready.release()
    n = 0
    for i in range(2_000_000):
        n += i & 3
    results.append(("spun", n))
threads = [threading.Thread(target=f) for f in (worker, worker, with_lock, keyword, sleeper, spinner)]
for th in threads:
    th.start()
for th in threads:
    ready.acquire()
time.sleep(0.05)
late = threading.Thread(target=lambda: results.append("late"))
print("${MARK}" + str(gilvm.snapshot(sys.argv[1])))
late.start()
for i in range(5):
    jobs.put(i)
jobs.put(None)
jobs.put(None)
gate.release()
keyword_gate.release()
for th in threads + [late]:
    th.join()
print(sorted(results, key=repr))
print("alive", threading.active_count())
`);
  t.is(run.status, 0, describe(run));
  t.is(after, `${MARK}False\n['late', 'slept', 'with', ('keyword', True), ('spun', 3000000), 0, 1, 16, 4, 9]\nalive 1\n`, describe(run));
  t.is(resumed.status, 0, describe(resumed));
  t.is(resumed.stdout, after.replace(`${MARK}False`, `${MARK}True`), describe(resumed));
});

test('a blocked call with keyword arguments is restarted with them: acquire(timeout=...) still times out after a resume', async (t) => {
  // Restarted without its KW_NAMES, the call would be acquire(0.3): a wait without timeout,
  // and with the main thread waiting for it, a deadlock (exit 4).
  const { run, resumed, after } = await snapshotAndResume('keywords', `
import gilvm, sys, threading, time
never = threading.Lock()
never.acquire()
done = threading.Lock()
done.acquire()
started = threading.Event()
def timed():
    started.set()
    print("timed acquire:", never.acquire(timeout=0.3))
    done.release()
threading.Thread(target=timed).start()
started.wait()
time.sleep(0.05)
print("${MARK}" + str(gilvm.snapshot(sys.argv[1])))
done.acquire()
`);
  t.is(run.status, 0, describe(run));
  t.is(after, `${MARK}False\ntimed acquire: False\n`, describe(run));
  t.is(resumed.status, 0, describe(resumed));
  t.is(resumed.stdout, after.replace(`${MARK}False`, `${MARK}True`), describe(resumed));
});

test('a started thread snapshots while the main thread waits for it in threading._shutdown: the resumed run ends with the script\'s exit status', async (t) => {
  const { run, resumed, after } = await snapshotAndResume('shutdown', `
import gilvm, sys, threading, time
ended = threading.Event()
def background():
    ended.wait()
    time.sleep(0.05)
    print("${MARK}" + str(gilvm.snapshot(sys.argv[1])))
    print("background done")
threading.Thread(target=background).start()
print("main script ends")
ended.set()
raise SystemExit(5)
`);
  t.is(run.status, 5, describe(run));
  t.is(run.stdout, `main script ends\n${MARK}False\nbackground done\n`);
  t.is(resumed.status, 5, describe(resumed));
  t.is(resumed.stdout, after.replace(`${MARK}False`, `${MARK}True`), describe(resumed));
});

test('--stats of a resumed run count only what happened after resuming: fewer specializations, a larger specialized fraction', async (t) => {
  const warmup = join(ROOT, 'examples', 'warmup.py');
  const snap = join(WORK, 'warmup.snap');
  const figures = (file: string) => {
    const s = JSON.parse(readFileSync(join(WORK, file), 'utf8')) as {
      specialization: Record<string, { success: number; executions: number }>;
      instructions: Record<string, { execution_count: number }>;
    };
    let specializations = 0, specialized = 0, specializable = 0;
    for (const [family, f] of Object.entries(s.specialization)) {
      specializations += f.success;
      specializable += f.executions;
      specialized += f.executions - (s.instructions[family]?.execution_count ?? 0);
    }
    return { specializations, fraction: specialized / specializable };
  };
  const cold = await gilvm(['run', '--stats', 'cold.json', warmup, '10']);
  t.is(cold.status, 0, describe(cold));
  const saved = await gilvm(['run', warmup, '10', '--snapshot', snap, '200']);
  t.is(saved.status, 0, describe(saved));
  const resumed = await gilvm(['resume', '--stats', 'resumed.json', snap]);
  t.is(resumed.status, 0, describe(resumed));
  t.regex(resumed.stdout, /^resumed\nfirst 10 requests: [\d.]+ ms\nchecksum 26\n$/);
  const [c, r] = [figures('cold.json'), figures('resumed.json')];
  t.true(r.specializations < c.specializations / 2, `cold ${c.specializations}, resumed ${r.specializations}`);
  t.true(r.fraction > c.fraction, `cold ${c.fraction}, resumed ${r.fraction}`);
});

test('a corrupted, truncated, foreign, other-version or other-build snapshot is refused with exit status 2 and nothing runs', async (t) => {
  const file = program('tiny.py', 'import gilvm, sys\nprint("ran", gilvm.snapshot(sys.argv[1]))\n');
  const snap = join(WORK, 'tiny.snap');
  const made = await gilvm(['run', file, snap]);
  t.is(made.status, 0, describe(made));
  const bytes = readFileSync(snap);
  const variant = (name: string, content: Buffer) => {
    writeFileSync(join(WORK, name), content);
    return name;
  };
  const flipped = Buffer.from(bytes);
  flipped[Math.floor(flipped.length / 2)] ^= 0x40;
  const otherLayout = Buffer.from(bytes);
  otherLayout.writeUInt32LE(otherLayout.readUInt32LE(12) + 1, 12);
  // The image's HDR_BUILD word (13) of another build, with the checksum made right again.
  const otherBuild = Buffer.from(bytes);
  const firstSegment = 24 + 4 + ((otherBuild.readUInt32LE(24) + 3) & ~3);
  otherBuild.writeInt32LE(otherBuild.readInt32LE(firstSegment + 8 + 13 * 4) ^ 1, firstSegment + 8 + 13 * 4);
  otherBuild.writeUInt32LE(crc32(otherBuild.subarray(24)), 20);
  const cases: [string, RegExp][] = [
    [variant('build.snap', otherBuild), /build\.snap was written by another build of gilvm/],
    [variant('flipped.snap', flipped), /flipped\.snap is corrupted \(its checksum does not match\); nothing was run/],
    [variant('truncated.snap', bytes.subarray(0, bytes.length - 1000)), /truncated\.snap is truncated \(\d+ of \d+ bytes\); nothing was run/],
    [file, /tiny\.py is not a gilvm snapshot; nothing was run/],
    [variant('layout.snap', otherLayout), /layout\.snap was written by another gilvm \(snapshot format 1, image layout \d+; this one reads format 1, layout \d+\)/],
  ];
  for (const [name, message] of cases) {
    const r = await gilvm(['resume', name]);
    t.is(r.status, 2, `${name}: ${describe(r)}`);
    t.is(r.stdout, '', name);
    t.regex(r.stderr, message, name);
  }
  const intact = await gilvm(['resume', snap]);
  t.is(intact.stdout, 'ran True\n', describe(intact));
});

test('snapshot() is refused with a RuntimeError naming the thread inside a sort key, a generator run by list() and a call through map(), and writes no file', async (t) => {
  const file = program('refused.py', `
import gilvm
snap = "refused.snap"
def attempt(what, fn):
    try:
        fn()
        print(what, "saved")
    except RuntimeError as e:
        print(what, e)
def in_key(x):
    gilvm.snapshot(snap)
    return x
def generator():
    yield gilvm.snapshot(snap)
attempt("key:", lambda: sorted([2, 1], key=in_key))
attempt("generator:", lambda: list(generator()))
attempt("map:", lambda: list(map(gilvm.snapshot, [snap])))
`);
  const r = await gilvm(['run', file]);
  t.is(r.status, 0, describe(r));
  const builtin = "is running Python code called by a built-in (a sort key, a generator driven by list(), an imported module's body, ...): a resumed image cannot continue the built-in";
  t.is(r.stdout, [
    `key: gilvm.snapshot(): MainThread ${builtin}`,
    `generator: gilvm.snapshot(): MainThread ${builtin}`,
    'map: gilvm.snapshot(): MainThread must call gilvm.snapshot(path) directly, not through f(*args) or another built-in',
    '',
  ].join('\n'), describe(r));
  t.false(existsSync(join(WORK, 'refused.snap')));
});

test('snapshot() is refused while another thread is blocked inside a native call it cannot restart', async (t) => {
  const file = program('refused_thread.py', `
import gilvm, threading, time
lock = threading.Lock()
lock.acquire()
blocked = threading.Thread(target=lambda: list(map(lock.acquire, [True])), name="in-builtin")
blocked.start()
# Until the thread blocks, it stands at a check point, where a snapshot may be taken.
for tries in range(500):
    try:
        gilvm.snapshot("refused_thread.snap")
    except RuntimeError as e:
        print(e)
        break
    time.sleep(0.01)
lock.release()
blocked.join()
`);
  const r = await gilvm(['run', file]);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, 'gilvm.snapshot(): in-builtin is blocked inside a native call that a resumed image cannot restart ' +
    '(it can restart lock.acquire(), `with lock:` and time.sleep() in Python code)\n', describe(r));
});

test('gilvm resume --help names the options that apply and the exit status of a refused file', async (t) => {
  const r = await gilvm(['resume', '--help']);
  t.is(r.status, 0, describe(r));
  for (const option of ['--stats', '--timeline', '--timeout', '--gil-policy', '--switch-interval', '--audit']) t.true(r.stdout.includes(option), option);
  t.notRegex(r.stdout, /^\s+--(image-size|no-specialize|specializer-config)/m);
  t.regex(r.stdout.replace(/\s+/g, ' '), /refused with exit status 2/);
});
