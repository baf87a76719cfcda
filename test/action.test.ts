/**
 * The action's run() end to end, for each trigger, against the local GitHub API server
 * (contents, trees, comments, reactions, collaborator permission) with the environment the
 * runner sets: a real event file, GITHUB_* variables, inputs as INPUT_* read by the real
 * core.getInput, outputs and the job summary in real files. The outside systems other than
 * GitHub (jobs, probes, analyzer) are the fakes of test/helpers/fake-world.ts, injected
 * through run()'s overrides.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type RunOverrides } from '../src/action/main';
import { stateBoxPath } from '../src/core/version';
import type { StateBox } from '../src/statebox/schema';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { actionDefaults, actionEnv, commentEvent, type ActionEnv } from './helpers/action-env';
import { CHAIN_PASS, FakeAnalyzer, FakeExecutor, FakeProbes, T0, makeBox } from './helpers/fake-world';
import { FakeClock } from '../src/ports/clock';
import { startGitHubServer, type GitHubServer, type PermissionLevel } from './helpers/github-server';

const TOKEN = 'ghs_action_test';
// core.summary remembers the first summary path it sees: every test shares this one.
const SUMMARY = join(tmpdir(), `krd-action-summary-${process.pid}.md`);
const STATEBOX_REF = 'z-stream';

function tracking(y: string, releases: readonly string[]): string {
  const lines = ['releases:'];
  releases.forEach((r, i) => {
    lines.push(`  ${r}:`, '    advisories:', `      rpm: ${170000 + i * 2}`, `      rhcos: ${170001 + i * 2}`, `    release_jira: ART-${20000 + i}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Repository files on the statebox branch: a tracking file per y-stream and the given StateBoxes. */
function repoFiles(boxes: readonly StateBox[], extraTracked: Record<string, string[]> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  const byY = new Map<string, string[]>();
  for (const b of boxes) {
    const y = b.release.split('.').slice(0, 2).join('.');
    byY.set(y, [...(byY.get(y) ?? []), b.release]);
    files[stateBoxPath(b.release)] = serializeStateBox(b);
  }
  for (const [y, rs] of Object.entries(extraTracked)) byY.set(y, [...(byY.get(y) ?? []), ...rs]);
  for (const [y, rs] of byY) files[`_releases/${y}/${y}.z.yaml`] = tracking(y, rs);
  return files;
}

interface World {
  readonly gh: GitHubServer;
  readonly clock: FakeClock;
  readonly executor: FakeExecutor;
  readonly probes: FakeProbes;
  readonly analyzer: FakeAnalyzer;
  readonly overrides: RunOverrides;
}

const servers: GitHubServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function world(boxes: readonly StateBox[], opts: { permissions?: Record<string, PermissionLevel>; extraTracked?: Record<string, string[]> } = {}): Promise<World> {
  const gh = await startGitHubServer({
    token: TOKEN,
    branches: { [STATEBOX_REF]: repoFiles(boxes, opts.extraTracked), record: {} },
    permissions: { alice: 'write', ...opts.permissions },
  });
  servers.push(gh);
  const clock = new FakeClock(T0);
  const executor = new FakeExecutor(clock);
  const probes = new FakeProbes();
  const analyzer = new FakeAnalyzer();
  return { gh, clock, executor, probes, analyzer, overrides: { executor, probes, analyzer, clock, octokit: { retryAfterBaseMs: 1, spaceWrites: false } } };
}

function env(w: World, event: string, payload: Record<string, unknown>, inputs: Record<string, string> = {}, extra: { actor?: string; runNumber?: number } = {}): ActionEnv {
  return actionEnv({
    event,
    payload,
    inputs: { ...actionDefaults(TOKEN), 'statebox-ref': STATEBOX_REF, ...inputs },
    repository: `${w.gh.owner}/${w.gh.repo}`,
    apiUrl: w.gh.url,
    summaryPath: SUMMARY,
    ...extra,
  });
}

function boxOn(w: World, release: string): StateBox {
  const text = w.gh.getFile(stateBoxPath(release), STATEBOX_REF);
  if (text === undefined) throw new Error(`no StateBox for ${release}`);
  return parseStateBoxText(text, release);
}
const statusOf = (b: StateBox, task: string) => b.tasks.find((t) => t.name === task)?.status;
const writes = (w: World) => w.gh.requests.filter((r) => r.method !== 'GET');

describe('schedule', () => {
  it('drives every active release one step, commits its StateBox, sets outputs and the job summary', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'schedule', { schedule: '*/15 * * * *' });
    await run(w.overrides);
    expect(e.errors()).toEqual([]);
    expect(e.exitCode()).toBeUndefined();
    expect(w.executor.startsOf('create-test-report')).toBe(1);
    expect(w.gh.commits).toHaveLength(1);
    expect(w.gh.commits[0]).toMatchObject({ ref: STATEBOX_REF, path: stateBoxPath('4.20.1') });
    expect(statusOf(boxOn(w, '4.20.1'), 'create-test-report')).toBe('Pass');
    expect(e.outputs()).toEqual({ releases: '["4.20.1"]', status: '{"4.20.1":"In Progress"}' });
    const summary = e.summary();
    expect(summary).toContain('## Konflux release driver');
    expect(summary).toContain('| 4.20.1 | 🟡 In Progress |');
    expect(summary).toMatch(/GitHub operations: \d+ of 300\./);
    // Every request carried the token; nothing was written but the StateBox.
    expect(w.gh.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(writes(w).map((r) => r.method)).toEqual(['PUT']);
  });
});
