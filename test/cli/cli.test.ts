// The `gilvm` command seen from outside: bad input (syntax errors, tracebacks, recursion,
// memory, --timeout, Ctrl-C, unreadable files), sys.argv and sys.exit, --help, --stats,
// `gilvm dis` against CPython 3.12, and running through npx from another folder.
//
// Every case runs `node <root>/bin/gilvm.js ...` as a child process, at most two at a time
// (the machine has two cores). Python programs are written into a temp folder by the test;
// the `dis` fixtures are committed in test/cli/fixtures/dis/ (scripts/gen-dis-fixtures.sh).
// Expected stderr texts were taken from CPython 3.11 (`python3`), with the file name as
// given on the command line where CPython prints an absolute path.
//
// How the command is run (and the project root found) is in gilvm.ts.
import test, { type ExecutionContext } from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, GILVM, isProjectRoot, processes, ROOT, runGilvm, spawnAndCollect, type Run, type RunOptions } from './gilvm.js';

const DIS_FIXTURES = join(ROOT, 'test', 'cli', 'fixtures', 'dis');
const WORK = mkdtempSync(join(tmpdir(), 'gilvm-cli-test-'));

test.after.always(() => {
  rmSync(WORK, { recursive: true, force: true });
});

/** Runs `node bin/gilvm.js ...args` (cwd: the temp folder unless given). */
function gilvm(args: string[], opts: Partial<RunOptions> = {}): Promise<Run> {
  return runGilvm(args, { cwd: WORK, ...opts });
}

/** Writes a Python program (text or raw bytes) into the temp folder; returns its file name. */
function program(name: string, source: string | Uint8Array): string {
  writeFileSync(join(WORK, name), source);
  return name;
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

function lastLine(text: string): string {
  const all = lines(text);
  return all.length > 0 ? all[all.length - 1] : '';
}

/**
 * A traceback without CPython 3.11's `^^^^`/`~~~^~~` position markers: the tests check the
 * frames, their source lines, the chaining messages and the exception line, not the markers.
 */
/**
 * CPython 3.11 names the script by its absolute path in tracebacks and syntax errors
 * (`python3 x.py` prints `File "/.../x.py"`); the expected texts below are written with
 * the bare file name and get the folder here.
 */
function absolute(expected: string): string {
  return expected.replaceAll('File "', `File "${WORK}/`);
}

function withoutMarkers(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*[\^~]+\s*$/.test(line))
    .join('\n');
}

test('the project root is found from the compiled test', (t) => {
  t.true(isProjectRoot(ROOT), ROOT);
  t.false(/[\\/]dist[\\/]?$/.test(ROOT), ROOT);
  t.true(existsSync(GILVM));
});

// ---------------------------------------------------------------------------------------
// Syntax and indentation errors: CPython's full message, exit 1, nothing runs.

const syntaxCases: Array<{ name: string; source: string; stderr: string }> = [
  {
    name: 'unclosed_paren',
    source: 'print("before")\nx = (1,\ny = 2\n',
    stderr: '  File "syntax_unclosed_paren.py", line 2\n    x = (1,\n        ^\nSyntaxError: \'(\' was never closed\n',
  },
  {
    name: 'invalid_syntax',
    source: 'print("before")\nx = 1 +\n',
    stderr: '  File "syntax_invalid_syntax.py", line 2\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n',
  },
  {
    name: 'expected_indent',
    source: 'print("before")\nif True:\nprint("x")\n',
    stderr:
      '  File "syntax_expected_indent.py", line 3\n    print("x")\n    ^\n' +
      "IndentationError: expected an indented block after 'if' statement on line 2\n",
  },
  {
    name: 'unexpected_indent',
    source: 'print("before")\ndef f():\n    return 1\n      x = 2\n',
    stderr: '  File "syntax_unexpected_indent.py", line 4\n    x = 2\nIndentationError: unexpected indent\n',
  },
  {
    name: 'unindent_mismatch',
    source: 'print("before")\nfor x in range(3):\n    pass\n  print(x)\n',
    stderr:
      '  File "syntax_unindent_mismatch.py", line 4\n    print(x)\n            ^\n' +
      'IndentationError: unindent does not match any outer indentation level\n',
  },
];

for (const c of syntaxCases) {
  test(`syntax error: ${c.name}`, async (t) => {
    const file = program(`syntax_${c.name}.py`, c.source);
    const r = await gilvm(['run', file]);
    t.is(r.status, 1, describe(r));
    t.is(r.stdout, '', 'nothing may run before a syntax error is reported');
    t.is(r.stderr, absolute(c.stderr));
  });
}

// ---------------------------------------------------------------------------------------
// Uncaught exceptions: the traceback, the output before it, exit 1.

const tracebackCases: Array<{ name: string; source: string; stdout: string; stderr: string }> = [
  {
    name: 'key_error_in_nested_calls',
    source: [
      'def lookup(d, k):',
      '    return d[k]',
      '',
      'def outer():',
      "    return lookup({'a': 1}, 'nope')",
      '',
      'print("start")',
      'outer()',
      'print("never")',
      '',
    ].join('\n'),
    stdout: 'start\n',
    stderr: [
      'Traceback (most recent call last):',
      '  File "tb_key_error_in_nested_calls.py", line 8, in <module>',
      '    outer()',
      '  File "tb_key_error_in_nested_calls.py", line 5, in outer',
      "    return lookup({'a': 1}, 'nope')",
      '  File "tb_key_error_in_nested_calls.py", line 2, in lookup',
      '    return d[k]',
      "KeyError: 'nope'",
      '',
    ].join('\n'),
  },
  {
    name: 'raise_from',
    source: [
      'def parse(s):',
      '    try:',
      '        return int(s)',
      '    except ValueError as e:',
      '        raise RuntimeError("bad input") from e',
      '',
      'print("start")',
      'parse("x")',
      '',
    ].join('\n'),
    stdout: 'start\n',
    stderr: [
      'Traceback (most recent call last):',
      '  File "tb_raise_from.py", line 3, in parse',
      '    return int(s)',
      "ValueError: invalid literal for int() with base 10: 'x'",
      '',
      'The above exception was the direct cause of the following exception:',
      '',
      'Traceback (most recent call last):',
      '  File "tb_raise_from.py", line 8, in <module>',
      '    parse("x")',
      '  File "tb_raise_from.py", line 5, in parse',
      '    raise RuntimeError("bad input") from e',
      'RuntimeError: bad input',
      '',
    ].join('\n'),
  },
  {
    name: 'during_handling',
    source: [
      'def cleanup():',
      '    try:',
      "        {}['k']",
      '    except KeyError:',
      '        1 / 0',
      '',
      'print("start")',
      'cleanup()',
      '',
    ].join('\n'),
    stdout: 'start\n',
    stderr: [
      'Traceback (most recent call last):',
      '  File "tb_during_handling.py", line 3, in cleanup',
      "    {}['k']",
      "KeyError: 'k'",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "tb_during_handling.py", line 8, in <module>',
      '    cleanup()',
      '  File "tb_during_handling.py", line 5, in cleanup',
      '    1 / 0',
      'ZeroDivisionError: division by zero',
      '',
    ].join('\n'),
  },
  {
    // A bare `raise` re-raises with the original traceback: no frame for the `raise` line.
    name: 'bare_reraise',
    source: [
      'def parse(s):',
      '    try:',
      '        return int(s)',
      '    except ValueError:',
      '        print("handling")',
      '        raise',
      'parse("x")',
      '',
    ].join('\n'),
    stdout: 'handling\n',
    stderr: [
      'Traceback (most recent call last):',
      '  File "tb_bare_reraise.py", line 7, in <module>',
      '    parse("x")',
      '  File "tb_bare_reraise.py", line 3, in parse',
      '    return int(s)',
      "ValueError: invalid literal for int() with base 10: 'x'",
      '',
    ].join('\n'),
  },
];

for (const c of tracebackCases) {
  test(`traceback: ${c.name}`, async (t) => {
    const file = program(`tb_${c.name}.py`, c.source);
    const r = await gilvm(['run', file]);
    t.is(r.status, 1, describe(r));
    t.is(r.stdout, c.stdout, 'output printed before the exception is kept');
    t.is(withoutMarkers(r.stderr), absolute(c.stderr));
  });
}

// CPython 3.11's position markers themselves (text from python3 3.11.7).
test('traceback: position markers under binary operations, subscripts and calls', async (t) => {
  const file = program('tb_markers.py', [
    'data = {"a": [1, 2]}',
    'def get(k, i):',
    '    return data[k][i] * 10',
    'def div(a, b):',
    '    return a / b + get("a", 1)',
    'print(get("a", 1))',
    'try:',
    '    div(1, 0)',
    'except ZeroDivisionError:',
    '    pass',
    'print(get("a", 5))',
    '',
  ].join('\n'));
  const r = await gilvm(['run', file]);
  t.is(r.status, 1, describe(r));
  t.is(r.stderr, absolute([
    'Traceback (most recent call last):',
    '  File "tb_markers.py", line 11, in <module>',
    '    print(get("a", 5))',
    '          ^^^^^^^^^^^',
    '  File "tb_markers.py", line 3, in get',
    '    return data[k][i] * 10',
    '           ~~~~~~~^^^',
    'IndexError: list index out of range',
    '',
  ].join('\n')));
});

// ---------------------------------------------------------------------------------------
// Recursion limit.

test('RecursionError at the recursion limit is catchable and the program goes on', async (t) => {
  const file = program(
    'recursion.py',
    [
      'import sys',
      'print(sys.getrecursionlimit())',
      'def down(n):',
      '    return down(n + 1)',
      'def depth(n):',
      '    try:',
      '        return depth(n + 1)',
      '    except RecursionError:',
      '        return n',
      'try:',
      '    down(0)',
      'except RecursionError as e:',
      '    print("caught:", e)',
      'sys.setrecursionlimit(200)',
      'print(sys.getrecursionlimit())',
      'print(150 < depth(0) < 200)',
      'sys.setrecursionlimit(3000)',
      'print(2900 < depth(0) < 3000)',
      'print("done")',
      '',
    ].join('\n'),
  );
  const r = await gilvm(['run', file]);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, '1000\ncaught: maximum recursion depth exceeded\n200\nTrue\nTrue\ndone\n');
  t.is(r.stderr, '');
});

// ---------------------------------------------------------------------------------------
// Image memory: a catchable MemoryError, allocation after freeing, and garbage 10x the image.

test('MemoryError is catchable, and after dropping the data the program allocates again', async (t) => {
  const file = program(
    'memory_error.py',
    [
      'data = []',
      'try:',
      '    while True:',
      '        data.append([0] * 1000)',
      'except MemoryError:',
      '    print("MemoryError caught")',
      'n = len(data)',
      // Each chunk holds 1000 references (at least 4000 bytes): a 16 MiB image holds fewer than 4200.
      'print(100 < n < 4200)',
      'data.clear()',
      'data = None',
      'again = [[i] * 1000 for i in range(n // 2)]',
      'print(len(again) == n // 2, sum(len(x) for x in again) == (n // 2) * 1000)',
      'print("done")',
      '',
    ].join('\n'),
  );
  const r = await gilvm(['run', '--image-size', '16', file]);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, 'MemoryError caught\nTrue\nTrue True\ndone\n');
  t.is(r.stderr, '');
});

// ~2200 iterations of a 10000-item list (>= 40000 bytes) and a 20000-character string
// (>= 40000 bytes): more than 170 MB of short-lived objects, over 10x a 16 MiB image.
const garbageRun = (() => {
  let run: Promise<{ r: Run; stats: string }> | undefined;
  return () => {
    run ??= (async () => {
      const file = program(
        'garbage.py',
        [
          'total = 0',
          'for i in range(2200):',
          '    chunk = [i] * 10000',
          "    s = 'ab' * 10000",
          '    total += len(chunk) + len(s)',
          'print(total)',
          '',
        ].join('\n'),
      );
      const stats = join(WORK, 'garbage-stats.json');
      const r = await gilvm(['run', '--image-size', '16', '--stats', stats, file]);
      return { r, stats };
    })();
    return run;
  };
})();

test('a program allocating 10x the image size in garbage finishes', async (t) => {
  const { r } = await garbageRun();
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, '66000000\n');
  t.is(r.stderr, '');
});

test('--stats: gc_runs > 0 and size_bytes is the --image-size for a garbage-heavy program', async (t) => {
  const { r, stats } = await garbageRun();
  t.is(r.status, 0, describe(r));
  t.true(existsSync(stats), 'the stats file was written');
  if (!existsSync(stats)) return;
  const s = JSON.parse(readFileSync(stats, 'utf8')) as { image?: Record<string, unknown> };
  t.is(s.image?.size_bytes, 16 * 1024 * 1024);
  t.is(typeof s.image?.gc_runs, 'number');
  t.true((s.image?.gc_runs as number) > 0, `gc_runs: ${String(s.image?.gc_runs)}`);
});

// ---------------------------------------------------------------------------------------
// --timeout and Ctrl-C.

const loopForever = 'print("ready", flush=True)\nwhile True:\n    pass\n';

test('--timeout stops the run with a message and exit status 142', async (t) => {
  const file = program('timeout_loop.py', loopForever);
  const r = await gilvm(['run', '--timeout', '1', file]);
  t.false(r.hung, describe(r));
  t.is(r.status, 142, describe(r));
  t.not(r.status, 124);
  t.is(r.stdout, 'ready\n', 'output before the timeout is kept');
  t.regex(r.stderr, /^gilvm: .*timed out/m);
});

test('SIGINT raises KeyboardInterrupt: traceback and exit status 130', async (t) => {
  const file = program('sigint_loop.py', loopForever);
  let sent = false;
  const r = await gilvm(['run', file], {
    onStdout: (out, child) => {
      if (!sent && out.includes('ready\n')) {
        sent = true;
        child.kill('SIGINT');
      }
    },
  });
  t.true(sent, `"ready" never arrived: ${describe(r)}`);
  t.false(r.hung, describe(r));
  t.is(r.status, 130, describe(r));
  t.is(r.stdout, 'ready\n');
  t.is(lines(r.stderr)[0], 'Traceback (most recent call last):', describe(r));
  t.is(lastLine(r.stderr), 'KeyboardInterrupt');
});

for (const [what, source] of [
  ['joining a thread', 'import threading, time\nt = threading.Thread(target=time.sleep, args=(30,), daemon=True)\nt.start()\nprint("ready", flush=True)\nt.join()\n'],
  ['in time.sleep', 'import time\nprint("ready", flush=True)\ntime.sleep(30)\n'],
] as const) {
  test(`SIGINT while the main thread is blocked ${what} raises KeyboardInterrupt there`, async (t) => {
    const file = program(`sigint_${what.split(' ')[0]}.py`, source);
    let sent = false;
    const r = await gilvm(['run', '--timeout', '20', file], {
      onStdout: (out, child) => {
        if (!sent && out.includes('ready\n')) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    t.true(sent, describe(r));
    t.is(r.status, 130, describe(r));
    t.is(lastLine(r.stderr), 'KeyboardInterrupt');
  });
}

// ---------------------------------------------------------------------------------------
// Files that cannot be run.

test('a file that does not exist: exit 2, "can\'t open file"', async (t) => {
  const r = await gilvm(['run', 'no_such_program.py']);
  t.is(r.status, 2, describe(r));
  t.is(r.stdout, '');
  t.regex(r.stderr, /can't open file '[^']*no_such_program\.py': \[Errno 2\] No such file or directory/);
});

test('a directory: exit 1', async (t) => {
  mkdirSync(join(WORK, 'a_folder'), { recursive: true });
  const r = await gilvm(['run', 'a_folder']);
  t.is(r.status, 1, describe(r));
  t.is(r.stdout, '');
  t.regex(r.stderr, /can't find '__main__' module in '[^']*a_folder'/);
});

test('a non-UTF-8 file: exit 1, SyntaxError "Non-UTF-8 code", nothing runs', async (t) => {
  const file = program(
    'latin1.py',
    Buffer.concat([Buffer.from('print("before")\nx = "', 'utf8'), Buffer.from([0xff]), Buffer.from('"\n', 'utf8')]),
  );
  const r = await gilvm(['run', file]);
  t.is(r.status, 1, describe(r));
  t.is(r.stdout, '');
  t.regex(
    lastLine(r.stderr),
    /^SyntaxError: Non-UTF-8 code starting with '\\xff' in file \S*latin1\.py on line 2, but no encoding declared; see https:\/\/peps\.python\.org\/pep-0263\/ for details$/,
  );
});

// ---------------------------------------------------------------------------------------
// sys.argv and sys.exit.

test('sys.argv is the script and its arguments, options after the script included', async (t) => {
  const file = program('argv.py', 'import sys\nprint(sys.argv)\n');
  const r = await gilvm(['run', file, 'a', 'b', '-x', '--timeout', '5']);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, "['argv.py', 'a', 'b', '-x', '--timeout', '5']\n");
});

test('sys.argv for `gilvm run prog.py a b`', async (t) => {
  const file = program('prog.py', 'import sys\nprint(sys.argv)\n');
  const r = await gilvm(['run', file, 'a', 'b']);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, "['prog.py', 'a', 'b']\n");
  t.is(r.stderr, '');
});

test('sys.exit(3) exits 3', async (t) => {
  const file = program('exit3.py', 'import sys\nprint("out")\nsys.exit(3)\nprint("not reached")\n');
  const r = await gilvm(['run', file]);
  t.is(r.status, 3, describe(r));
  t.is(r.stdout, 'out\n');
  t.is(r.stderr, '');
});

test('sys.exit("msg") prints msg on stderr and exits 1', async (t) => {
  const file = program('exit_msg.py', 'import sys\nprint("out")\nsys.exit("msg here")\n');
  const r = await gilvm(['run', file]);
  t.is(r.status, 1, describe(r));
  t.is(r.stdout, 'out\n');
  t.is(r.stderr, 'msg here\n');
});

// ---------------------------------------------------------------------------------------
// Help and option errors.

test('gilvm --help exits 0 and lists the commands', async (t) => {
  const r = await gilvm(['--help']);
  t.is(r.status, 0, describe(r));
  t.regex(r.stdout, /Usage: gilvm/);
  t.regex(r.stdout, /^\s+run\b/m);
  t.regex(r.stdout, /^\s+dis\b/m);
});

test('gilvm run --help exits 0 and describes the options', async (t) => {
  const r = await gilvm(['run', '--help']);
  t.is(r.status, 0, describe(r));
  t.regex(r.stdout, /Usage: gilvm run/);
  for (const option of ['--stats', '--image-size', '--timeout']) {
    t.regex(r.stdout, new RegExp(`^\\s+${option}\\b.*\\S.*\\S`, 'm'), `${option} is described`);
  }
});

test('gilvm dis --help exits 0 and describes the options', async (t) => {
  const r = await gilvm(['dis', '--help']);
  t.is(r.status, 0, describe(r));
  t.regex(r.stdout, /Usage: gilvm dis/);
  for (const option of ['--image-size', '--timeout']) {
    t.regex(r.stdout, new RegExp(`^\\s+${option}\\b.*\\S.*\\S`, 'm'), `${option} is described`);
  }
});

test('an unknown option exits non-zero with a message', async (t) => {
  const file = program('unused.py', 'print("should not run")\n');
  const r = await gilvm(['run', '--bogus', file]);
  t.not(r.status, 0, describe(r));
  t.not(r.status, null, describe(r));
  t.is(r.stdout, '');
  t.regex(r.stderr, /unknown option '--bogus'/);
});

test('an unknown command exits non-zero with a message', async (t) => {
  const r = await gilvm(['frob']);
  t.not(r.status, 0, describe(r));
  t.not(r.status, null, describe(r));
  t.regex(r.stderr, /unknown command 'frob'/);
});

test('an invalid --image-size exits non-zero with a message', async (t) => {
  const file = program('unused2.py', 'print("should not run")\n');
  const r = await gilvm(['run', '--image-size', 'abc', file]);
  t.not(r.status, 0, describe(r));
  t.not(r.status, null, describe(r));
  t.is(r.stdout, '');
  t.regex(r.stderr, /--image-size/);
});

// ---------------------------------------------------------------------------------------
// --stats on a small program.

test('--stats writes wall_s, instruction counts and the image section', async (t) => {
  const file = program('adds.py', 't = 0\nfor i in range(1000):\n    t = t + i\nprint(t)\n');
  const stats = join(WORK, 'adds-stats.json');
  const r = await gilvm(['run', '--stats', stats, file]);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, '499500\n');
  t.true(existsSync(stats), 'the stats file was written');
  if (!existsSync(stats)) return;
  const s = JSON.parse(readFileSync(stats, 'utf8')) as Record<string, unknown>;
  t.is(typeof s.wall_s, 'number');
  t.true((s.wall_s as number) >= 0);
  const instructions = s.instructions as Record<string, { execution_count: number; miss?: number }>;
  t.is(typeof instructions, 'object');
  t.is(instructions.RESUME?.execution_count, 1);
  // `t = t + i` runs 1000 times: once generic (warm-up), then BINARY_OP_ADD_INT (with the specializer's re-dispatch).
  t.is(instructions.BINARY_OP?.execution_count, 2);
  t.is(instructions.BINARY_OP_ADD_INT?.execution_count, 999);
  t.is(instructions.BINARY_OP_ADD_INT?.miss, 0);
  for (const [name, count] of Object.entries(instructions)) {
    t.true(/^[A-Z_][A-Z0-9_]*$/.test(name) && Number.isInteger(count.execution_count) && count.execution_count > 0, `${name}: ${JSON.stringify(count)}`);
  }
  const family = (s.specialization as Record<string, Record<string, number>>).BINARY_OP;
  t.like(family, { success: 1, failure: 0, hit: 999, miss: 0, deopt: 0, deferred: 1, executions: 1001 });
  // One thread: it took the GIL once (a switch from nobody), and nobody asked it to drop.
  t.like(s.gil, { policy: 'cpython', switch_interval_s: 0.005, acquisitions: 1, switches: 1, drop_requests: 0, forced_switches: 0 });
  const threads = s.threads as { name: string; ident: number; instructions: number; gil_acquisitions: number; blocked_s: number }[];
  t.is(threads.length, 1);
  t.like(threads[0], { name: 'MainThread', ident: 1, gil_acquisitions: 1, blocked_s: 0 });
  // Every instruction the run counted was this thread's.
  t.is(threads[0].instructions, Object.values(instructions).reduce((n, c) => n + c.execution_count, 0));
  const image = s.image as Record<string, unknown>;
  t.is(typeof image, 'object');
  for (const key of ['size_bytes', 'used_bytes', 'gc_runs']) {
    t.true(Number.isInteger(image[key]) && (image[key] as number) >= 0, `image.${key}: ${String(image[key])}`);
  }
  t.true((image.size_bytes as number) > 0);
  t.true((image.used_bytes as number) <= (image.size_bytes as number));
});

// ---------------------------------------------------------------------------------------
// The specializer's counters, seen through --stats (reference/cpython-specializer.md).

type Stats = { instructions: Record<string, { execution_count: number; miss?: number }>; specialization: Record<string, Record<string, unknown>> };

async function statsOf(t: ExecutionContext, name: string, source: string, extra: string[] = []): Promise<Stats | undefined> {
  const file = program(name, source);
  const stats = join(WORK, `${name}.json`);
  const r = await gilvm(['run', '--stats', stats, ...extra, file]);
  t.is(r.status, 0, describe(r));
  if (!existsSync(stats)) return undefined;
  return JSON.parse(readFileSync(stats, 'utf8')) as Stats;
}

test('--stats: a never-specializable site is attempted 11 times in 5000 executions (2, 5, 12 ... 4084)', async (t) => {
  const s = await statsOf(t, 'never.py', 'a = [1]\nfor i in range(5000):\n    b = a + a\n');
  t.like(s?.specialization.BINARY_OP, { success: 0, failure: 11, failure_kinds: { BINARY_OP_ADD_OTHER: 11 }, hit: 0, deferred: 5000 });
});

test('--stats: int then float at one site: 53 misses, one deopt, two specializations', async (t) => {
  const source = 'def f(a, b):\n    return a + b\nfor i in range(10):\n    f(i, 1)\nfor i in range(100):\n    f(0.5, 1.5)\n';
  const s = await statsOf(t, 'flip.py', source);
  t.like(s?.specialization.BINARY_OP, { success: 2, failure: 0, miss: 53, deopt: 1 });
  t.like(s?.instructions.BINARY_OP_ADD_INT, { miss: 53 });
  // The 53rd float call re-specializes; it and the 47 after it hit.
  t.like(s?.instructions.BINARY_OP_ADD_FLOAT, { execution_count: 48, miss: 0 });
});

test('--stats: a method of a class whose instances have no attributes hits every time (LOAD_ATTR_METHOD_WITH_VALUES)', async (t) => {
  const source = 'class C:\n    def m(self):\n        return 1\ndef f(o):\n    return o.m()\nc = C()\nfor i in range(100):\n    f(c)\n';
  const s = await statsOf(t, 'nokeys.py', source);
  t.like(s?.instructions.LOAD_ATTR_METHOD_WITH_VALUES, { execution_count: 99, miss: 0 });
});

test('--stats: invalidation after warming (a class attribute, __getattr__, a shadowed builtin) deopts, re-specializes, and stays correct', async (t) => {
  const source = [
    'class C:', '    def __init__(self):', '        self.x = 1', '    def m(self):', '        return 1',
    'def call(o):', '    return o.m()', 'def read(o):', '    return o.x', 'def size(s):', '    return len(s)',
    'c = C()', 'before = [call(c) + read(c) + size("ab") for _ in range(10)]',
    'C.m = lambda self: 2', 'C.__getattr__ = lambda self, name: 0', 'len = lambda s: 40',
    'after = [call(c) + read(c) + size("ab") for _ in range(60)]', 'print(before[-1], after[0], after[-1])', '',
  ].join('\n');
  const file = program('invalidate.py', source);
  const statsFile = join(WORK, 'invalidate.json');
  const r = await gilvm(['run', '--stats', statsFile, file]);
  t.is(r.stdout, '4 43 43\n', describe(r));
  const s = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
  // Each changed site misses 52 times on its stale cache, and the 53rd miss re-specializes it.
  t.like(s.instructions.LOAD_ATTR_METHOD_WITH_VALUES, { miss: 53 });
  t.like(s.instructions.LOAD_ATTR_INSTANCE_VALUE, { miss: 53 });
  t.like(s.instructions.LOAD_GLOBAL_BUILTIN, { miss: 53 });
  t.like(s.specialization.LOAD_ATTR, { deopt: 2 });
  t.like(s.specialization.LOAD_GLOBAL, { deopt: 1 });
  t.true(s.instructions.LOAD_GLOBAL_MODULE.execution_count > 0, 'the shadowing global is loaded by LOAD_GLOBAL_MODULE');
});

test('--stats: two CPU-bound threads take turns through drop requests', async (t) => {
  const source = [
    'import sys, threading', 'sys.setswitchinterval(0.001)', 'counts = [0, 0]',
    'def spin(k):', '    n = 0', '    for i in range(200000):', '        n += i & 3', '    counts[k] = n',
    'ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]',
    'for th in ts:', '    th.start()', 'for th in ts:', '    th.join()', 'print(counts)', '',
  ].join('\n');
  const file = program('spin2.py', source);
  const statsFile = join(WORK, 'spin2.json');
  const r = await gilvm(['run', '--stats', statsFile, '--audit', file]);
  t.is(r.stdout, '[300000, 300000]\n', describe(r));
  const gil = (JSON.parse(readFileSync(statsFile, 'utf8')) as { gil: Record<string, number | string> }).gil;
  // Main starts each thread and waits for it while it spins: the GIL must change hands.
  t.true((gil.switches as number) >= 3, JSON.stringify(gil));
  t.true((gil.drop_requests as number) >= 1, JSON.stringify(gil));
  t.is(gil.switch_interval_s, 0.001);
  const threads = (JSON.parse(readFileSync(statsFile, 'utf8')) as { threads: { name: string; gil_acquisitions: number }[] }).threads;
  t.deepEqual(threads.map((th) => th.name), ['MainThread', 'Thread-1 (spin)', 'Thread-2 (spin)']);
  t.is(threads.reduce((n, th) => n + th.gil_acquisitions, 0), gil.acquisitions as number);
});

// Each spinner runs until it has seen the other one move three times (or the other is
// done): it can only finish if the GIL keeps changing hands while both spin.
const takeTurns = [
  'import threading', 'moved = [0, 0]', 'seen = [0, 0]', 'done = [False, False]',
  'def spin(me):', '    other = 1 - me', '    last = moved[other]',
  '    while seen[me] < 3 and not done[other]:', '        moved[me] += 1',
  '        if moved[other] != last:', '            last = moved[other]', '            seen[me] += 1',
  '    done[me] = True',
  'ts = [threading.Thread(target=spin, args=(k,)) for k in range(2)]',
  'for th in ts:', '    th.start()', 'for th in ts:', '    th.join()',
  'print(max(seen) >= 3, min(seen) >= 1)', '',
].join('\n');
for (const interval of ['0.0005', '0.001', '0.005', '0.02', '0.05']) {
  test(`two CPU-bound threads both make progress at a ${Number(interval) * 1000} ms switch interval, one GIL holder at a time`, async (t) => {
    const file = program(`take_turns_${interval}.py`, takeTurns);
    const statsFile = join(WORK, `take_turns_${interval}.json`);
    const r = await gilvm(['run', '--audit', '--timeout', '60', '--switch-interval', interval, '--stats', statsFile, file]);
    t.is(r.stdout, 'True True\n', describe(r));
    t.is(r.status, 0, describe(r));
    const gil = (JSON.parse(readFileSync(statsFile, 'utf8')) as { gil: { drop_requests: number; forced_switches: number } }).gil;
    // The spinners never block: only drop requests can have moved the GIL between them.
    t.true(gil.drop_requests >= 3, JSON.stringify(gil));
    // A yield takes the forced-switch wait only if the request is still pending after the
    // unlock; a waiter that is quicker takes the GIL and clears it first (CPython's drop_gil
    // has the same race), so only the bound is certain.
    t.true(gil.forced_switches <= gil.drop_requests, JSON.stringify(gil));
  });
}

test('--switch-interval sets sys.getswitchinterval(); a non-positive value is refused', async (t) => {
  const file = program('interval.py', 'import sys\nprint(sys.getswitchinterval())\n');
  t.is((await gilvm(['run', '--switch-interval', '0.02', file])).stdout, '0.02\n');
  t.is((await gilvm(['run', file])).stdout, '0.005\n');
  const bad = await gilvm(['run', '--switch-interval', '0', file]);
  t.not(bad.status, 0);
  t.regex(bad.stderr, /--switch-interval must be a positive number/);
});

test('a deadlock between two threads is reported with every thread\'s stack, and the run exits with status 4', async (t) => {
  const source = [
    'import threading', 'a = threading.Lock()', 'b = threading.Lock()', 'ready = threading.Barrier(2)',
    'def one():', '    with a:', '        ready.wait()', '        with b:', '            pass',
    'def two():', '    with b:', '        ready.wait()', '        with a:', '            pass',
    't1 = threading.Thread(target=one, name="first")', 't2 = threading.Thread(target=two, name="second")',
    't1.start()', 't2.start()', 'print("started")', 't1.join()', 'print("never")', '',
  ].join('\n');
  const r = await gilvm(['run', '--timeout', '30', program('deadlock.py', source)]);
  t.is(r.status, 4, describe(r));
  t.is(r.stdout, 'started\n');
  t.regex(r.stderr, /^Deadlock detected: every thread is blocked/);
  t.regex(r.stderr, /Thread MainThread \(ident 1\)[^]*deadlock\.py", line 20, in <module>/);
  t.regex(r.stderr, /Thread first \(ident \d+\)[^]*deadlock\.py", line 8, in one/);
  t.regex(r.stderr, /Thread second \(ident \d+\)[^]*deadlock\.py", line 13, in two/);
});

test('a worker that dies holding the GIL: the host frees the GIL, says which thread died, and exits 70', async (t) => {
  const source = 'import threading\nt = threading.Thread(target=print)\nt.start()\nt.join()\nprint("joined")\n';
  const r = await gilvm(['run', '--timeout', '30', program('dies.py', source)], { env: { ...process.env, GILVM_DEBUG_KILL_THREAD: '2' } });
  t.is(r.status, 70, describe(r));
  t.regex(r.stderr, /gilvm: internal error: the worker running thread 2 died: worker exited with code: 1/);
  t.notRegex(r.stdout, /joined/);
});

test('an exception that ends a thread prints CPython\'s "Exception in thread NAME:" report and the main thread goes on', async (t) => {
  const source = 'import threading\ndef work(n):\n    return 10 // n\nt = threading.Thread(target=work, args=(0,), name="divider")\nt.start()\nt.join()\nprint("main goes on")\n';
  const r = await gilvm(['run', program('thread_error.py', source)]);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, 'main goes on\n');
  const report = lines(withoutMarkers(r.stderr));
  t.is(report[0], 'Exception in thread divider:');
  t.is(report[1], 'Traceback (most recent call last):');
  // After threading.py's own frames (_bootstrap, run), as in CPython: the thread's frame and the error.
  t.is(report.slice(-3).join('\n'), absolute('  File "thread_error.py", line 3, in work\n    return 10 // n\nZeroDivisionError: integer division or modulo by zero'));
});

test('threads that only wait with timeouts are not a deadlock', async (t) => {
  const source = 'import threading\ne = threading.Event()\nprint(e.wait(0.6))\nl = threading.Lock()\nl.acquire()\nprint(l.acquire(timeout=0.6))\n';
  const r = await gilvm(['run', program('timeouts.py', source)]);
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, 'False\nFalse\n');
});

test('--no-specialize: only generic instructions run, and no specialization is counted', async (t) => {
  const s = await statsOf(t, 'generic.py', 'def f(a, b):\n    return a + b\nfor i in range(100):\n    f(i, 1)\n', ['--no-specialize']);
  t.truthy(s);
  for (const name of Object.keys(s?.instructions ?? {})) t.false(/_(INT|FLOAT|MODULE|BUILTIN|RANGE|EXACT_ARGS)$|__/.test(name), name);
  t.like(s?.specialization.BINARY_OP, { success: 0, failure: 0, hit: 0, deferred: 0, executions: 100 });
});

test('--audit: the run checks every code-unit write against the GIL holder and passes', async (t) => {
  const s = await statsOf(t, 'audited.py', 'class C:\n    def __init__(self):\n        self.x = 1\nt = 0\nfor i in range(200):\n    t += C().x\nprint(t)\n', ['--audit']);
  t.true((s?.specialization.STORE_ATTR?.success as number) > 0);
});

test('--specializer-config: a longer warm-up delays the first specialization; bad values are refused', async (t) => {
  const s = await statsOf(t, 'warm.py', 'for i in range(100):\n    i + 1\n', ['--specializer-config', 'warmup=9']);
  t.like(s?.specialization.BINARY_OP, { success: 1, deferred: 9, hit: 91 });
  const bad = await gilvm(['run', '--specializer-config', 'warmup=lots', program('x.py', 'pass\n')]);
  t.not(bad.status, 0);
  t.regex(bad.stderr, /bad --specializer-config item 'warmup=lots'/);
});

test('gilvm dis --adaptive --show-caches prints the quickened code with named cache fields', async (t) => {
  const file = program('cached.py', 'def f(a, b):\n    return a + b\nf(1, 2)\nf(3, 4)\n');
  const r = await gilvm(['dis', '--adaptive', '--show-caches', file]);
  t.is(r.status, 0, describe(r));
  t.regex(r.stdout, /LOAD_FAST__LOAD_FAST +0 \(a\)/);
  t.regex(r.stdout, /BINARY_OP_ADD_INT +0 \(\+\)\n +\d+ CACHE +0 \(counter: 832\)/);
  // The module's own call sites ran once each: still generic, counters at warm-up minus one.
  t.regex(r.stdout, /CALL +2\n +\d+ CACHE +0 \(counter: 1\)\n/);
  const plain = await gilvm(['dis', '--show-caches', file]);
  t.regex(plain.stdout, /BINARY_OP +0 \(\+\)\n +\d+ CACHE +0 \(counter: 0\)/);
  t.notRegex(plain.stdout, /LOAD_FAST__LOAD_FAST|_INT/);
});

test('gilvm stats prints the tables of a --stats file, and the difference between two', async (t) => {
  const source = 'def f(a, b):\n    return a + b\nfor i in range(300):\n    f(i, 1)\n';
  const file = program('tables.py', source);
  const head = join(WORK, 'tables-head.json');
  const base = join(WORK, 'tables-base.json');
  t.is((await gilvm(['run', '--stats', head, file])).status, 0);
  t.is((await gilvm(['run', '--no-specialize', '--stats', base, file])).status, 0);
  const r = await gilvm(['stats', head]);
  t.is(r.status, 0, describe(r));
  t.regex(r.stdout, /BINARY_OP_ADD_INT +299 +0 +0\.0%/);
  t.regex(r.stdout, /Specialization effectiveness/);
  t.regex(r.stdout, /BINARY_OP +301 +299 +0 +0 +1 +1 +0/);
  const diff = await gilvm(['stats', base, head]);
  t.is(diff.status, 0, describe(diff));
  t.regex(diff.stdout, /BINARY_OP_ADD_INT +0 +299 +299/);
  t.regex(diff.stdout, /BINARY_OP\.hit +0 +299 +299/);
  const bad = await gilvm(['stats', file]);
  t.is(bad.status, 1);
  t.regex(bad.stderr, /^gilvm stats: /);
});

// ---------------------------------------------------------------------------------------
// gilvm dis against CPython 3.12's `python -m dis` (test/cli/fixtures/dis/funcs.dis).

function normaliseAddresses(text: string): string {
  return text.replace(/ at 0x[0-9a-fA-F]+/g, ' at 0xADDR');
}

/** The listing of one function: its `Disassembly of <code object NAME at` line up to the next code object. */
function functionListing(dis: string, name: string): string | undefined {
  const all = dis.split('\n');
  const start = all.findIndex((line) => line.startsWith(`Disassembly of <code object ${name} at `));
  if (start < 0) return undefined;
  let end = all.findIndex((line, i) => i > start && line.startsWith('Disassembly of '));
  if (end < 0) end = all.length;
  return all.slice(start, end).join('\n').trimEnd();
}

const disRun = (() => {
  let run: Promise<Run> | undefined;
  return () => (run ??= gilvm(['dis', 'funcs.py'], { cwd: DIS_FIXTURES }));
})();

test('gilvm dis prints CPython 3.12 layout for `def add(a, b): return a + b`', async (t) => {
  const r = await disRun();
  t.is(r.status, 0, describe(r));
  const add = functionListing(r.stdout, 'add');
  t.truthy(add, `no listing of add:\n${r.stdout}`);
  if (add === undefined) return;
  t.regex(add, /^Disassembly of <code object add at 0x[0-9a-f]+, file "funcs\.py", line 1>:$/m);
  const addLines = add.split('\n');
  for (const line of [
    '  1           0 RESUME                   0',
    '  2           2 LOAD_FAST                0 (a)',
    '              4 LOAD_FAST                1 (b)',
    '              6 BINARY_OP                0 (+)',
    '             10 RETURN_VALUE',
  ]) {
    t.true(addLines.includes(line), `missing line ${JSON.stringify(line)} in:\n${add}`);
  }
});

// Functions whose bytecode gilvm and CPython 3.12 agree on exactly. (A list comprehension is
// left out: CPython 3.12 inlines it (PEP 709), gilvm keeps 3.11's separate <listcomp> code object.)
for (const name of ['add', 'total', 'sign', 'safe_div', 'greet']) {
  test(`gilvm dis matches CPython 3.12 for ${name}()`, async (t) => {
    const expectedFile = join(DIS_FIXTURES, 'funcs.dis');
    t.true(existsSync(expectedFile), 'run scripts/gen-dis-fixtures.sh');
    if (!existsSync(expectedFile)) return;
    const expected = functionListing(readFileSync(expectedFile, 'utf8'), name);
    t.truthy(expected, `${name} is missing from funcs.dis: run scripts/gen-dis-fixtures.sh`);
    const r = await disRun();
    t.is(r.status, 0, describe(r));
    t.is(functionListing(normaliseAddresses(r.stdout), name), expected);
  });
}

// ---------------------------------------------------------------------------------------
// npx from another folder.

test('npx --prefix PROJECT --no-install gilvm run works from another folder', async (t) => {
  const folder = basename(WORK);
  writeFileSync(join(WORK, 'npx_prog.py'), 'import sys\nprint("hello", sys.argv)\n');
  const script = `${folder}/npx_prog.py`;
  const localNpx = join(dirname(process.execPath), 'npx');
  const npx = existsSync(localNpx) ? localNpx : 'npx';
  const r = await processes.runExclusive(() =>
    spawnAndCollect(npx, ['--prefix', ROOT, '--no-install', 'gilvm', 'run', script, 'q'], { cwd: tmpdir() }),
  );
  t.is(r.status, 0, describe(r));
  t.is(r.stdout, `hello ['${script}', 'q']\n`);
});

// `gilvm stress --mode`: the torn-read stress test of quickening (src/stress/).
const STRESS_KEYS = ['mode', 'threads', 'seconds', 'checked', 'specializations', 'deopts', 'torn', 'torn_kinds', 'examples'];

for (const [mode, seconds] of [['gil', '1'], ['publish', '1'], ['unsafe', '2']] as const) {
  // Serial: these keep every core busy for seconds, which would starve the GIL tests that run beside them.
  test.serial(`stress --mode ${mode}: ${mode === 'unsafe' ? 'torn reads are found (the detector works)' : 'no torn read'}, and the JSON has the documented fields`, async (t) => {
    const r = await gilvm(['stress', '--mode', mode, '--seconds', seconds, '--threads', '4', '--json']);
    t.is(r.status, 0, describe(r));
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const key of STRESS_KEYS) t.true(key in report, key);
    t.like(report, { mode, threads: 4, seconds: Number(seconds) });
    t.true((report.checked as number) > 0 && (report.specializations as number) > 0 && (report.deopts as number) > 0);
    const kinds = report.torn_kinds as Record<string, number>;
    t.is(Object.values(kinds).reduce((a, b) => a + b, 0), report.torn as number);
    if (mode === 'unsafe') {
      t.true((report.torn as number) > 0);
      t.true((report.examples as unknown[]).length > 0);
    } else {
      t.is(report.torn, 0);
    }
  });
}

for (const policy of ['legacy', 'fifo', 'io-priority']) {
  test.serial(`stress --mode gil --gil-policy ${policy}: no torn read, and every code-unit write by the GIL holder (--audit)`, async (t) => {
    const r = await gilvm(['stress', '--mode', 'gil', '--gil-policy', policy, '--seconds', '0.5', '--threads', '3', '--json']);
    t.is(r.status, 0, describe(r));
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    t.like(report, { mode: 'gil', gil_policy: policy, torn: 0 });
    t.true((report.checked as number) > 0 && (report.specializations as number) > 0);
  });
}

test.serial('stress: the text report has the outcome table and a verdict; a bad mode is a usage error', async (t) => {
  const r = await gilvm(['stress', '--mode', 'gil', '--seconds', '0.3', '--threads', '2']);
  t.is(r.status, 0, describe(r));
  t.regex(r.stdout, /specialized, opcode \+ counter \+ caches of one write +\d+ +acceptable/);
  t.regex(r.stdout, /a multi-unit cache field from two writes +0 +forbidden/);
  t.regex(r.stdout, /^verdict: OK: 0 torn reads in \d+ checked executions$/m);
  const bad = await gilvm(['stress', '--mode', 'sometimes']);
  t.not(bad.status, 0);
  t.regex(bad.stderr, /--mode must be one of gil, unsafe, publish/);
});

// `gilvm stress script.py`: the race finder under the seeded scheduler (src/gil/seeded.ts).
const UNLOCKED_COUNTER = [
  'import threading', 'counter = 0', 'def work():', '    global counter', '    for _ in range(2000):',
  '        counter += 1', 'ts = [threading.Thread(target=work) for _ in range(3)]',
  'for t in ts: t.start()', 'for t in ts: t.join()', 'print(counter)', '',
].join('\n');

test('stress script: the unsynchronized counter loses updates under some seeds, and a seed replays exactly', async (t) => {
  const script = program('race_counter.py', UNLOCKED_COUNTER);
  const r = await gilvm(['stress', script, '--runs', '8', '--json']);
  t.is(r.status, 1, describe(r));
  const report = JSON.parse(r.stdout) as { runs: number; outcomes: { count: number; seeds: number[]; stdout: string; status: number }[] };
  t.is(report.runs, 8);
  t.is(report.outcomes.reduce((n, o) => n + o.count, 0), 8);
  const lost = report.outcomes.find((o) => Number(o.stdout) < 6000);
  t.truthy(lost, 'a total below 3 x 2000: a lost update');
  // The first seed of that outcome gives the same output every time.
  const replays = await Promise.all(Array.from({ length: 10 }, () => gilvm(['stress', script, '--replay', String(lost!.seeds[0])])));
  for (const replay of replays) {
    t.is(replay.status, 0, describe(replay));
    t.is(replay.stdout, lost!.stdout);
  }
});

test('stress script: a correctly locked counter gives 1 distinct outcome', async (t) => {
  const script = program('locked_counter.py', UNLOCKED_COUNTER.replace('import threading', 'import threading\nlock = threading.Lock()')
    .replace('        counter += 1', '        with lock:\n            counter += 1'));
  const r = await gilvm(['stress', script, '--runs', '6']);
  t.is(r.status, 0, describe(r));
  t.regex(r.stdout, /^ +6 +1 +exit 0; stdout: 6000$/m);
  t.regex(r.stdout, /1 distinct outcome in 6 runs/);
});

test('stress script: a lock-order deadlock that only some schedules reach is an outcome, not a hang', async (t) => {
  const script = program('lock_order.py', [
    'import threading', 'a = threading.Lock()', 'b = threading.Lock()',
    'def one():', '    with a:', '        for i in range(30): pass', '        with b: pass',
    'def two():', '    with b:', '        for i in range(30): pass', '        with a: pass',
    't1 = threading.Thread(target=one)', 't2 = threading.Thread(target=two)',
    't1.start(); t2.start()', 't1.join(); t2.join()', 'print("done")', '',
  ].join('\n'));
  const r = await gilvm(['stress', script, '--runs', '20', '--json']);
  const outcomes = (JSON.parse(r.stdout) as { outcomes: { status: number; stdout: string; stderr: string }[] }).outcomes;
  t.true(outcomes.some((o) => o.status === 0 && o.stdout === 'done\n'));
  const deadlock = outcomes.find((o) => o.status === 4);
  t.truthy(deadlock, describe(r));
  t.regex(deadlock!.stderr, /^Deadlock detected/);
});

// `gilvm run a.py b.py ...`: several scripts, each in its own image (src/host/multirun.ts).
test('several scripts: each output is a block headed by its script, the summary lists them, and the exit status is the worst', async (t) => {
  const a = program('multi_a.py', 'import sys\nprint("a says", sys.argv[1:])\n');
  const b = program('multi_b.py', 'import sys\nprint("b out")\nprint("b err", file=sys.stderr)\nsys.exit(3)\n');
  const r = await gilvm(['run', '--isolated', a, b, '--', 'x']);
  t.is(r.status, 3, describe(r));
  t.true(r.stdout.includes("==> multi_a.py (exit 0) <==\na says ['x']\n"), r.stdout);
  t.true(r.stdout.includes('==> multi_b.py (exit 3) <==\nb out\n'), r.stdout);
  t.regex(r.stderr, /^b err$/m);
  t.regex(r.stderr, /^multi_a\.py +0 +[\d.]+ +\d+ +[\d.]+$/m);
  t.regex(r.stderr, /^multi_b\.py +3 +/m);
  t.regex(r.stderr, /2 scripts, isolated \(one image and GIL each\)/);
});

test('several scripts: --output prefix puts [name] before every line; --output files writes one file per stream', async (t) => {
  const a = program('pre_a.py', 'print("one")\nprint("two")\n');
  const b = program('pre_b.py', 'import sys\nprint("three", file=sys.stderr)\n');
  const r = await gilvm(['run', '--output', 'prefix', a, b]);
  t.is(r.status, 0, describe(r));
  t.true(r.stdout.includes('[pre_a.py] one\n[pre_a.py] two\n'), r.stdout);
  t.regex(r.stderr, /^\[pre_b\.py\] three$/m);
  const dir = join(WORK, 'multi-out');
  const f = await gilvm(['run', '--output', 'files', '--output-dir', dir, a, b]);
  t.is(f.status, 0, describe(f));
  t.is(readFileSync(join(dir, 'pre_a.py.stdout'), 'utf8'), 'one\ntwo\n');
  t.is(readFileSync(join(dir, 'pre_b.py.stderr'), 'utf8'), 'three\n');
  const missing = await gilvm(['run', '--output', 'files', a, b]);
  t.is(missing.status, 2);
  t.regex(missing.stderr, /--output files needs --output-dir DIR/);
});

test('several scripts: --jobs 1 runs them in order, and a deadlocked script ends alone while the others finish', async (t) => {
  const slow = program('order_slow.py', 'x = 0\nfor i in range(300000):\n    x += i\nprint("slow done")\n');
  const fast = program('order_fast.py', 'print("fast done")\n');
  const stuck = program('order_stuck.py', 'import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n');
  const r = await gilvm(['run', '--isolated', '--jobs', '1', slow, stuck, fast]);
  t.is(r.status, 4, describe(r));
  const order = [...r.stdout.matchAll(/^==> (\S+) \(exit (\d+)\) <==$/gm)].map((m) => `${m[1]} ${m[2]}`);
  t.deepEqual(order, ['order_slow.py 0', 'order_stuck.py 4', 'order_fast.py 0']);
  t.regex(r.stdout, /slow done[^]*fast done/);
  t.regex(r.stderr, /Deadlock detected/);
});

test('several scripts: --stats records each script and the totals', async (t) => {
  const a = program('stats_a.py', 'print(sum(range(1000)))\n');
  const b = program('stats_b.py', 'print(max(range(10)))\n');
  const file = join(WORK, 'multi-stats.json');
  const r = await gilvm(['run', '--isolated', '--stats', file, a, b]);
  t.is(r.status, 0, describe(r));
  const s = JSON.parse(readFileSync(file, 'utf8')) as { mode: string; instructions: number; scripts: { script: string; status: number }[]; runs: { threads: { instructions: number }[] }[] };
  t.is(s.mode, 'isolated');
  t.deepEqual(s.scripts.map((x) => [x.script, x.status]), [['stats_a.py', 0], ['stats_b.py', 0]]);
  t.is(s.instructions, s.runs.reduce((n, run) => n + run.threads.reduce((m, th) => m + th.instructions, 0), 0));
  t.true(s.instructions > 0);
});

test('several scripts, --shared (the default): threaded scripts share one image and GIL, each with its own output and status', async (t) => {
  const threaded = (tag: string) => [
    'import threading', 'res = []',
    'def w(k):', '    s = 0', '    for i in range(20000):', '        s += i', '    res.append((k, s))',
    'ts = [threading.Thread(target=w, args=(k,)) for k in range(3)]',
    'for t in ts: t.start()', 'for t in ts: t.join()',
    `print("${tag}", sorted(res), threading.current_thread().name)`, '',
  ].join('\n');
  const a = program('shared_a.py', threaded('A'));
  const b = program('shared_b.py', threaded('B'));
  const stuck = program('shared_stuck.py', 'import threading\nl = threading.Lock()\nl.acquire()\nprint("stuck")\nl.acquire()\n');
  const file = join(WORK, 'shared-stats.json');
  const r = await gilvm(['run', '--stats', file, a, stuck, b]);
  t.is(r.status, 4, describe(r));
  const sums = '[(0, 199990000), (1, 199990000), (2, 199990000)]';
  t.true(r.stdout.includes(`==> shared_a.py (exit 0) <==\nA ${sums} MainThread\n`), r.stdout);
  t.true(r.stdout.includes(`==> shared_b.py (exit 0) <==\nB ${sums} MainThread\n`), r.stdout);
  t.true(r.stdout.includes('==> shared_stuck.py (exit 4) <==\nstuck\n'), r.stdout);
  t.regex(r.stderr, /3 scripts, shared \(one image, one GIL\)/);
  const s = JSON.parse(readFileSync(file, 'utf8')) as { mode: string; scripts: { script: string; status: number; instructions: number }[]; run: { threads: { script: number }[] } };
  t.is(s.mode, 'shared');
  t.deepEqual(s.scripts.map((x) => [x.script, x.status]), [['shared_a.py', 0], ['shared_stuck.py', 4], ['shared_b.py', 0]]);
  // Each threaded script ran its main thread and three threads in the one image.
  t.is(s.run.threads.filter((th) => th.script === 0).length, 4);
  t.is(s.run.threads.filter((th) => th.script === 2).length, 4);
  t.true(s.scripts[0].instructions > 0 && s.scripts[2].instructions > 0);
});

test('several scripts: --timeout stops a script that runs too long, and the others keep their results', async (t) => {
  const slow = program('timeout_slow.py', 'import time\ntime.sleep(30)\nprint("never")\n');
  const fast = program('timeout_fast.py', 'print("fast done")\n');
  const r = await gilvm(['run', '--isolated', '--timeout', '1', slow, fast]);
  t.is(r.status, 142, describe(r));
  t.true(r.stdout.includes('==> timeout_fast.py (exit 0) <==\nfast done\n'), r.stdout);
  t.true(r.stdout.includes('==> timeout_slow.py (exit 142) <=='), r.stdout);
  t.regex(r.stderr, /timed out after 1 s/);
});

// gilvm profile and run --warm-start.
test('profile SCRIPT --out DIR writes the profile, its page and pictures with the script\'s status; run --warm-start reads it and refuses other files', async (t) => {
  const file = program('profile_exit.py', ['import sys', 'n = 0', 'for i in range(1000):', '    n += i', 'print(n)', 'sys.exit(3)', ''].join('\n'));
  const out = join(WORK, 'profile-out');
  const r = await gilvm(['profile', file, '--out', out]);
  t.is(r.status, 3, describe(r));
  t.is(r.stdout, '499500\n');
  t.regex(r.stderr, /gilvm profile: wrote profile\.json, profile\.html, heatmap\.svg and warmup\.svg in /);
  for (const name of ['profile.json', 'profile.html', 'heatmap.svg', 'warmup.svg']) t.true(existsSync(join(out, name)), name);
  const profile = JSON.parse(readFileSync(join(out, 'profile.json'), 'utf8')) as { status: number; sites: { family: string; line: number }[] };
  t.is(profile.status, 3);
  t.true(profile.sites.some((s) => s.family === 'BINARY_OP' && s.line === 4));
  const warm = await gilvm(['run', '--warm-start', join(out, 'profile.json'), file]);
  t.is(warm.status, 3, describe(warm));
  t.is(warm.stdout, '499500\n');
  const notProfile = await gilvm(['run', '--warm-start', join(out, 'heatmap.svg'), file]);
  t.is(notProfile.status, 1);
  t.regex(notProfile.stderr, /heatmap\.svg: not JSON/);
  writeFileSync(join(WORK, 'other.json'), '{"format": 9}');
  const other = await gilvm(['run', '--warm-start', join(WORK, 'other.json'), file]);
  t.regex(other.stderr, /other\.json: not a profile written by gilvm profile/);
});

// --gil-policy and --timeline on `gilvm run`.
test('run --gil-policy NAME runs threads under that policy (--stats says which); a bad or internal policy is a usage error', async (t) => {
  const file = program('policy_threads.py', [
    'import threading', 'total = []', 'def work(k):', '    n = 0', '    for i in range(20000):', '        n += i', '    total.append(n)',
    'ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]', 'for t in ts: t.start()', 'for t in ts: t.join()', 'print(len(total), total[0])', '',
  ].join('\n'));
  for (const policy of ['cpython', 'legacy', 'fifo', 'io-priority']) {
    const stats = join(WORK, `policy_${policy}.json`);
    const r = await gilvm(['run', '--gil-policy', policy, '--check-interval', '50', '--stats', stats, file]);
    t.is(r.stdout, '3 199990000\n', describe(r));
    t.is((JSON.parse(readFileSync(stats, 'utf8')) as { gil: { policy: string } }).gil.policy, policy);
  }
  for (const bad of ['seeded', 'fair']) {
    const r = await gilvm(['run', '--gil-policy', bad, file]);
    t.is(r.status, 1);
    t.regex(r.stderr, /--gil-policy must be one of cpython, legacy, fifo, io-priority/);
  }
});

test('run --timeline FILE.json writes a Chrome trace with a lane per thread; .html a page with the chart; several scripts are refused', async (t) => {
  const file = program('timeline_threads.py', [
    'import threading, time', 'def nap():', '    time.sleep(0.01)', 't = threading.Thread(target=nap)', 't.start()', 't.join()', 'print("ok")', '',
  ].join('\n'));
  const json = join(WORK, 'timeline.json');
  const r = await gilvm(['run', '--timeline', json, file]);
  t.is(r.stdout, 'ok\n', describe(r));
  const trace = JSON.parse(readFileSync(json, 'utf8')) as { traceEvents: { ph: string; name: string; args?: { name: string } }[] };
  t.deepEqual(trace.traceEvents.filter((e) => e.ph === 'M').map((e) => e.args!.name), ['MainThread', 'Thread-1 (nap)']);
  t.true(trace.traceEvents.some((e) => e.ph === 'X' && e.name === 'blocked'), 'the sleep and the join are blocked spans');
  const html = join(WORK, 'timeline.html');
  t.is((await gilvm(['run', '--timeline', html, file])).status, 0);
  t.regex(readFileSync(html, 'utf8'), /<svg[\s\S]*Thread-1 \(nap\)/);
  const several = await gilvm(['run', '--timeline', json, file, file]);
  t.is(several.status, 2);
  t.regex(several.stderr, /--timeline records one script's run/);
});
