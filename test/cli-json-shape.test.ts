/**
 * One JSON shape for a release (issue 14): `krd drive --json` and `krd status --json` show each
 * release with the same fields and the same task shape (src/cli/release-json.ts); drive adds what
 * the run did (wrote, error) and the run's events, status where it read the release and why it is
 * listed. In-process, on a simulated world (--world): no network, no child process.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { krdRun } from './helpers/krd-run';
import { oneReleaseScenario } from './helpers/scenario-text';

const SCENARIO = oneReleaseScenario('json-shape', '2d');

type TaskJson = { status: string; started_at: string | null; completed_at: string | null };
interface ReleaseJson {
  release: string;
  overall: string;
  tasks: Record<string, TaskJson>;
  waits: string[];
  blockers: unknown[];
  notes: string[];
  [extra: string]: unknown;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-json-shape-'));
  await mkdir(join(dir, 'repo'));
  await writeFile(join(dir, 'world.yaml'), SCENARIO);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const krd = (argv: string[]) => krdRun(argv, { cwd: dir });

const COMMON = ['release', 'overall', 'tasks', 'waits', 'blockers', 'notes'];

describe('krd drive --json and krd status --json: one shape for a release', () => {
  it('the same fields and the same tasks (name → status, started_at, completed_at); drive adds wrote, status adds source and listed', async () => {
    const now = '2025-11-01T00:15:00Z';
    expect((await krd(['drive', '--world', 'world.yaml', '--store', 'repo', '--now', '2025-11-01T00:00:00Z'])).code).toBe(0);
    const drive = await krd(['drive', '--world', 'world.yaml', '--store', 'repo', '--now', now, '--json']);
    expect(drive.stderr).toBe('');
    expect(drive.code).toBe(0);
    const driven = JSON.parse(drive.stdout) as { releases: ReleaseJson[]; events: unknown[]; replies: unknown[] };
    const status = await krd(['status', '--store', 'repo', '--now', now, '--json']);
    expect(status.stderr).toBe('');
    const shown = JSON.parse(status.stdout) as { releases: ReleaseJson[] };

    const d = driven.releases[0]!;
    const s = shown.releases[0]!;
    expect(Object.keys(d)).toEqual(['release', 'overall', 'wrote', ...COMMON.slice(2)]);
    expect(Object.keys(s)).toEqual(['release', 'overall', 'source', 'listed', ...COMMON.slice(2)]);
    expect(d.wrote).toBe(true);
    expect(Array.isArray(driven.events)).toBe(true);
    // What the run left is what status reads back: the same tasks, field for field.
    expect(d.tasks).toEqual(s.tasks);
    expect(d.tasks['take-ownership']).toEqual({ status: 'Pass', started_at: expect.any(String), completed_at: expect.any(String) });
    for (const t of Object.values(d.tasks)) expect(Object.keys(t)).toEqual(['status', 'started_at', 'completed_at']);
    expect(d.overall).toBe(s.overall);
    expect(d.blockers).toEqual(s.blockers);
  });
});
