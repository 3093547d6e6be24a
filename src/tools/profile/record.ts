/**
 * Recording a profile (`gilvm profile`): the buffers a run writes into (vm/profile.ts and
 * vm/eventlog.ts), the samples taken while it runs, and their reading into a Profile once
 * every worker has stopped.
 */
import { attachImage, I, U16 } from '../../image/memory.js';
import { DEFAULT_LAYOUT } from '../../image/layout.js';
import { CODE_FILENAME, CODE_FIRSTLINENO, CODE_NUNITS, CODE_POSITIONS, CODE_QUALNAME, Kind } from '../../objects/layout.js';
import { codeBase } from '../../objects/function.js';
import { strValue } from '../../objects/str.js';
import { typeName } from '../../objects/type.js';
import { DEOPT, OPCODE_BY_NUMBER } from '../../bytecode/opcodes.js';
import { createEventLog, EVENT, readEventLog, type LoggedEvent } from '../../vm/eventlog.js';
import {
  createProfileBuffer, FORM_SLOTS, isAdaptiveFamily, profiledCodes, threadTotals, TYPE_SLOTS, U_DEOPTS, U_EXECUTIONS,
  U_FAILED, U_FAILURES, U_FORMS, U_LAST_FAILURE_KIND, U_MISSES, U_OTHER_FORMS, U_OTHER_TYPES, U_SPECIALIZED, U_SUCCESSES, U_TYPES,
  unprofiledCodes, UNIT_WORDS,
} from '../../vm/profile.js';
import { failureKindName } from '../../vm/failkinds.js';
import { threadName, type RunStats } from '../../host/stats.js';
import type { ProfileRecorder } from '../../host/run.js';
import { PROFILE_FORMAT, type Profile, type ProfileEvent, type ProfileSample, type ProfileSite } from './schema.js';

/** Event log slots for a profile (32 bytes each): specializations, failures and deopts, and the GIL's events. */
const PROFILE_EVENT_SLOTS = 1 << 22;

const opname = (op: number) => OPCODE_BY_NUMBER[op]?.name ?? `<${op}>`;

export class ProfileRecording implements ProfileRecorder {
  readonly buffer = createProfileBuffer();
  readonly eventLog = createEventLog(PROFILE_EVENT_SLOTS);
  private readonly startMs = new Float64Array(this.eventLog)[1];
  private readonly totals = new Float64Array(this.buffer);
  private readonly samples: ProfileSample[] = [];
  private result: Omit<Profile, 'script' | 'argv' | 'status'> | null = null;

  sample(): void {
    const t_ms = performance.timeOrigin + performance.now() - this.startMs;
    for (let thread = 0; thread < DEFAULT_LAYOUT.maxThreads; thread++) {
      const [instructions, adaptive, specialized, misses] = threadTotals(this.totals, thread);
      // A row that has run is sampled to the end: its idle times show as a zero rate.
      if (instructions === 0) continue;
      this.samples.push({ t_ms, thread, instructions, adaptive, specialized, misses });
    }
  }

  finish(image: SharedArrayBuffer, stats: RunStats): void {
    this.sample();
    this.dropIdleTail();
    attachImage(image);
    const { sites, siteAt, lines, unlined } = readSites(this.buffer);
    const log = readEventLog(this.eventLog);
    const events = profileEvents(log.events, siteAt);
    const threads = [...new Set([...this.samples.map((s) => s.thread), ...events.map((e) => e.thread)])].sort((a, b) => a - b)
      .map((index) => ({ index, name: threadName(image, index) }));
    this.result = {
      format: PROFILE_FORMAT, wall_s: stats.wall_s, threads, sites, lines, unlined_instructions: unlined, events, samples: this.samples,
      dropped_events: log.dropped, unprofiled_codes: unprofiledCodes(this.buffer), stats,
    };
  }

  /** Samples after the last instruction (the workers winding down) add nothing but a flat tail: drop them. */
  private dropIdleTail(): void {
    const totals = new Map<number, number>();
    for (const s of this.samples) totals.set(s.t_ms, (totals.get(s.t_ms) ?? 0) + s.instructions);
    const times = [...totals.keys()];
    let last = times.length - 1;
    while (last > 0 && totals.get(times[last]) === totals.get(times[last - 1])) last--;
    const end = times[last];
    this.samples.splice(0, this.samples.length, ...this.samples.filter((s) => s.t_ms <= end));
  }

  /** The profile, once the run has ended. */
  profile(script: string, argv: string[], status: number): Profile {
    if (this.result === null) throw new Error('the profiled run did not finish');
    return { script, argv, status, ...this.result };
  }
}

/** The adaptive sites that ran, with a map from their image unit index (cb + unit) to their index, and executions per line. */
function readSites(buffer: SharedArrayBuffer): { sites: ProfileSite[]; siteAt: Map<number, number>; lines: Profile['lines']; unlined: number } {
  const P = new Float64Array(buffer);
  const sites: ProfileSite[] = [];
  const siteAt = new Map<number, number>();
  const lines: Profile['lines'] = {};
  let unlined = 0;
  for (const { cb, code, base, units } of profiledCodes(buffer)) {
    // A code object collected before the end leaves a record nobody can name: skip it.
    if (((I[code] >> 3) & 127) !== Kind.Code || codeBase(code) !== cb || I[code + CODE_NUNITS] !== units) continue;
    const file = strValue(I[code + CODE_FILENAME]);
    const qualname = strValue(I[code + CODE_QUALNAME]);
    const positions = I[code + CODE_POSITIONS] + 2;
    const perLine = (lines[file] ??= {});
    for (let unit = 0; unit < units; unit++) {
      const u = base + unit * UNIT_WORDS;
      const executions = P[u + U_EXECUTIONS];
      if (executions === 0) continue;
      const [line, endLine, col, endCol] = [I[positions + 4 * unit], I[positions + 4 * unit + 1], I[positions + 4 * unit + 2], I[positions + 4 * unit + 3]];
      if (line > 0) perLine[line] = (perLine[line] ?? 0) + executions;
      else unlined += executions;
      const op = U16[cb + unit] & 255;
      if (!isAdaptiveFamily(op)) continue;
      const family = opname(DEOPT[op]);
      const misses = P[u + U_MISSES];
      const specialized = P[u + U_SPECIALIZED];
      const failed = P[u + U_FAILED];
      const forms = [];
      for (let k = 0; k < FORM_SLOTS; k++) {
        const at = u + U_FORMS + 3 * k;
        if (P[at] !== 0) forms.push({ name: opname(P[at]), executions: P[at + 1], misses: P[at + 2] });
      }
      const types = [];
      for (let k = 0; k < TYPE_SLOTS; k++) {
        const at = u + U_TYPES + 3 * k;
        if (P[at + 2] === 0) continue;
        const names = [P[at], P[at + 1]].filter((t, i) => i === 0 || t !== 0).map((t) => (t === 0 ? 'NULL' : typeName(t)));
        types.push({ types: names.join(', '), executions: P[at + 2] });
      }
      siteAt.set(cb + unit, sites.length);
      sites.push({
        file, code: qualname, first_line: I[code + CODE_FIRSTLINENO], unit, line, end_line: endLine, col, end_col: endCol, family,
        final_form: opname(op), executions, hits: specialized - misses, misses, failed,
        adaptive: executions - specialized - failed, successes: P[u + U_SUCCESSES], failures: P[u + U_FAILURES],
        deopts: P[u + U_DEOPTS],
        failure_kind: P[u + U_FAILURES] > 0 ? failureKindName(family, P[u + U_LAST_FAILURE_KIND]) : null,
        forms, other_forms: P[u + U_OTHER_FORMS], types: types.sort((a, b) => b.executions - a.executions), other_types: P[u + U_OTHER_TYPES],
      });
    }
  }
  return { sites, siteAt, lines, unlined };
}

/** The specializer's events, each tied to its site; a specialization after the first at a site is a re-specialization. */
function profileEvents(logged: LoggedEvent[], siteAt: Map<number, number>): ProfileEvent[] {
  const specializedBefore = new Set<number>();
  const out: ProfileEvent[] = [];
  for (const e of logged) {
    if (e.kind !== EVENT.specialize && e.kind !== EVENT.specializeFail && e.kind !== EVENT.deopt) continue;
    const site = siteAt.get(e.site) ?? -1;
    const base = { t_ms: e.t_us / 1000, thread: e.thread, instructions: e.instructions, site };
    if (e.kind === EVENT.specialize) {
      out.push({ ...base, kind: specializedBefore.has(e.site) ? 'respecialize' : 'specialize', detail: opname(e.arg) });
      specializedBefore.add(e.site);
    } else if (e.kind === EVENT.deopt) {
      out.push({ ...base, kind: 'deopt', detail: opname(e.arg), misses: e.detail });
    } else {
      out.push({ ...base, kind: 'failure', detail: failureKindName(opname(e.detail), e.arg) });
    }
  }
  return out;
}
