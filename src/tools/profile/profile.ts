/**
 * `gilvm profile script.py --out DIR` (profile.json, profile.html, and its pictures alone), and reading a
 * profile back for `gilvm run --warm-start PROFILE.json`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkScript, runScript, type RunOptions } from '../../host/run.js';
import { codeKey, type WarmStartSites } from '../../vm/warmstart.js';
import { ProfileRecording } from './record.js';
import { heatMapSvg, profiledFiles, renderProfileHtml, warmupChart } from './report.js';
import { PROFILE_FORMAT, type Profile } from './schema.js';

/** Runs the script with a profile and writes DIR/profile.json and DIR/profile.html; returns the script's exit status. */
export async function profileScript(opts: RunOptions, out: string): Promise<number> {
  const early = checkScript(opts.script);
  if (early !== 0) return early;
  const recording = new ProfileRecording();
  const status = await runScript({ ...opts, profile: recording });
  const profile = recording.profile(resolve(opts.script), [opts.script, ...opts.args], status);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'profile.json'), JSON.stringify(profile) + '\n');
  writeFileSync(join(out, 'profile.html'), await renderProfileHtml(profile));
  // The two pictures alone, for documents that cannot embed the page.
  const { main } = profiledFiles(profile);
  if (main !== undefined) writeFileSync(join(out, 'heatmap.svg'), heatMapSvg(main, profile, true));
  writeFileSync(join(out, 'warmup.svg'), await warmupChart(profile, false));
  process.stderr.write(`gilvm profile: wrote profile.json, profile.html, heatmap.svg and warmup.svg in ${out}\n`);
  return status;
}

/** Reads a profile.json; throws a readable Error for anything else. */
export function readProfile(file: string): Profile {
  let profile: Profile;
  try {
    profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  } catch (e) {
    throw new Error(`${file}: ${e instanceof SyntaxError ? 'not JSON' : (e as Error).message}`);
  }
  if (profile?.format !== PROFILE_FORMAT || !Array.isArray(profile.sites)) {
    throw new Error(`${file}: not a profile written by gilvm profile (format ${PROFILE_FORMAT})`);
  }
  return profile;
}

/** The sites that specialized in a profile, for --warm-start. */
export function warmStartSites(profile: Profile): WarmStartSites {
  const sites: WarmStartSites = {};
  for (const s of profile.sites) {
    if (s.successes > 0) (sites[codeKey(s.file, s.code, s.first_line)] ??= []).push(s.unit);
  }
  return sites;
}
