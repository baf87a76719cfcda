/**
 * Cron mode stepped by hand: `krd drive --world` one fresh process per tick on a directory, then
 * `krd status` without --release, as a release engineer would check the flow issue's cases
 * (a superseded z-stream still driven, a deadline past the window recorded and shown Red).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../src/adapters/store/local';
import { run as cli } from '../src/cli/main';
import { isoSeconds } from '../src/core/time';
import { driveOnce } from '../src/driver/drive';
import { worldDeps } from '../src/sim/drive-world';
import { loadScenario } from '../src/sim/scenario';
import { silentLogger, simulate } from '../src/sim/simulate';
import { checkExpectations, parseExpectations } from '../src/sim/report';

const SCENARIOS = join(__dirname, '../scenarios');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-cron-steps-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function status(now: string): Promise<{ code: number; out: string }> {
  let out = '';
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), env: {}, cwd: dir, isTTY: false };
  const code = await cli(['status', '--store', dir, '--now', now], io);
  return { code, out };
}

/** Steps the scenario tick by tick as cron runs (no release named) until `until`, then returns the last tick. */
async function step(file: string, until: number): Promise<string> {
  const s = loadScenario(file);
  let at = s.start;
  for (; at < s.start + until; at += s.every) {
    const w = await worldDeps(file, new Date(at), new LocalStore(dir), silentLogger);
    expect(w.releases).toEqual([]);
    await driveOnce(w.deps, { releases: w.releases, commands: w.commands, config: w.config });
  }
  return isoSeconds(new Date(at));
}

describe('cron mode, step by step', () => {
  it('a superseded z-stream in change-advisory-status is still found, run again and shipped; krd status lists both', async () => {
    const file = join(SCENARIOS, 'superseded-z-stream.yaml');
    const first = await step(file, 15 * 60_000);
    const before = await status(first);
    expect(before.out).toContain('4.18.35  In Progress');
    expect(before.out).toContain('4.18.36  In Progress');
    await step(file, 11 * 60 * 60_000);
    const expected = parseExpectations(readFileSync(file.replace(/\.yaml$/, '.expect.yaml'), 'utf8'));
    expect(checkExpectations(await simulate(loadScenario(file)), expected)).toEqual([]);
    const box = (await new LocalStore(dir).read('_releases/4.18/statebox/4.18.35.yaml'))!.content;
    expect(box).toMatch(/- name: change-advisory-status\n\s+status: Pass/);
  });

  it('a deadline past the window is recorded as its timeout Fail; krd status shows the Red release and exits 1', async () => {
    const file = join(SCENARIOS, 'deadline-after-window.yaml');
    const last = await step(file, 7 * 60 * 60_000);
    const shown = await status(last);
    expect(shown.code).toBe(1);
    expect(shown.out).toContain('4.19.31');
    expect(shown.out).toContain('Red');
    expect(shown.out).toContain('4.19.31 is Red: change-advisory-status failed');
  });
});
