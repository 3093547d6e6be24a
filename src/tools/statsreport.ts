/**
 * `gilvm stats FILE.json [HEAD.json]`: the specialization statistics of a `--stats` file
 * as tables in the shape of CPython's Tools/scripts/summarize_stats.py, or the difference
 * between two files (base, head and head - base for every number).
 */
import { readFileSync } from 'node:fs';
import { OPCODE_BY_NAME } from '../bytecode/opcodes.js';
import type { RunStats } from '../host/stats.js';

type Row = (string | number)[];

function table(title: string, header: string[], rows: Row[]): string {
  if (rows.length === 0) return `${title}\n  (none)\n`;
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? format(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [title, line(cells[0]), '  ' + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

function format(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The tables for one run. */
export function renderStats(stats: RunStats): string {
  const executions = Object.entries(stats.instructions)
    .sort((a, b) => b[1].execution_count - a[1].execution_count)
    .map(([name, c]) => [name, c.execution_count, c.miss === undefined ? '' : c.miss, c.miss === undefined ? '' : percent(c.miss, c.execution_count)]);
  let out = table('Execution counts', ['instruction', 'count', 'miss', 'miss ratio'], executions);
  const families = Object.entries(stats.specialization).sort((a, b) => b[1].executions - a[1].executions);
  out += '\n' + table('Specialization', ['family', 'executions', 'hit', 'miss', 'deopt', 'deferred', 'success', 'failure'],
    families.map(([name, f]) => [name, f.executions, f.hit, f.miss, f.deopt, f.deferred, f.success, f.failure]));
  for (const [name, f] of families) {
    const kinds = Object.entries(f.failure_kinds).sort((a, b) => b[1] - a[1]);
    if (kinds.length > 0) out += '\n' + table(`${name} failure kinds`, ['kind', 'count', 'ratio'], kinds.map(([k, n]) => [`SPEC_FAIL_${k}`, n, percent(n, f.failure)]));
  }
  // Basic: instructions with no specialized forms; Not specialized: generic forms of
  // specializable families plus misses; Specialized: hits (summarize_stats.py's split).
  let basic = 0, notSpecialized = 0, specialized = 0;
  for (const [name, c] of Object.entries(stats.instructions)) {
    const family = OPCODE_BY_NAME.get(name)?.family ?? name;
    if (stats.specialization[family] === undefined) basic += c.execution_count;
    else if (family === name) notSpecialized += c.execution_count;
    else {
      specialized += c.execution_count - (c.miss ?? 0);
      notSpecialized += c.miss ?? 0;
    }
  }
  const total = basic + notSpecialized + specialized;
  out += '\n' + table('Specialization effectiveness', ['instructions', 'count', 'ratio'], [
    ['Basic', basic, percent(basic, total)], ['Not specialized', notSpecialized, percent(notSpecialized, total)],
    ['Specialized', specialized, percent(specialized, total)],
  ]);
  if (stats.gil !== undefined) {
    const g = stats.gil;
    out += '\n' + table(`GIL (${g.policy}, switch interval ${g.switch_interval_s * 1000} ms)`, ['counter', 'count'], [
      ['acquisitions', g.acquisitions], ['switches', g.switches], ['drop requests', g.drop_requests], ['forced switches', g.forced_switches],
    ]);
    out += '\n' + table('Threads', ['thread', 'ident', 'instructions', 'GIL takes', 'GIL wait s', 'GIL hold s', 'blocked s'],
      (stats.threads ?? []).map((th) => [th.name, th.ident, th.instructions, th.gil_acquisitions,
        th.gil_wait_s.toFixed(3), th.gil_hold_s.toFixed(3), th.blocked_s.toFixed(3)]));
  }
  return out;
}

/** base vs head: every family counter and instruction count with its change. */
export function renderDiff(base: RunStats, head: RunStats): string {
  const names = [...new Set([...Object.keys(base.instructions), ...Object.keys(head.instructions)])].sort();
  const rows = names.map((n) => {
    const a = base.instructions[n]?.execution_count ?? 0, b = head.instructions[n]?.execution_count ?? 0;
    return [n, a, b, b - a];
  }).filter((r) => r[3] !== 0);
  let out = table('Execution counts (base, head, change)', ['instruction', 'base', 'head', 'change'], rows);
  const families = [...new Set([...Object.keys(base.specialization), ...Object.keys(head.specialization)])].sort();
  const fields = ['executions', 'hit', 'miss', 'deopt', 'deferred', 'success', 'failure'] as const;
  const famRows: Row[] = [];
  for (const f of families) {
    for (const field of fields) {
      const a = base.specialization[f]?.[field] ?? 0, b = head.specialization[f]?.[field] ?? 0;
      if (a !== b) famRows.push([`${f}.${field}`, a, b, b - a]);
    }
  }
  out += '\n' + table('Specialization (base, head, change)', ['counter', 'base', 'head', 'change'], famRows);
  return out;
}

export function statsCommand(files: string[]): number {
  const load = (f: string) => {
    const stats = JSON.parse(readFileSync(f, 'utf8')) as RunStats;
    if (typeof stats.instructions !== 'object' || typeof stats.specialization !== 'object') {
      throw new Error(`${f}: not a gilvm --stats file (no instructions/specialization sections)`);
    }
    return stats;
  };
  try {
    const [base, head] = files.map(load);
    process.stdout.write(head === undefined ? renderStats(base) : renderDiff(base, head));
    return 0;
  } catch (e) {
    process.stderr.write(`gilvm stats: ${(e as Error).message}\n`);
    return 1;
  }
}
