/**
 * Two runs at once meet the same permanent error (a broken credential): each adds its blocker
 * issue, stamped at its own time. The merge keeps one issue (src/statebox/merge.ts) and both
 * runs derive the same key for the Red message (src/driver/notifications.ts), so it goes out
 * once. Runs race on a real LocalStore and on the local GitHub API.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveOnce } from '../src/driver/drive';
import type { DriverDeps, RunResult } from '../src/driver/types';
import { FakeClock } from '../src/ports/clock';
import type { StateStore } from '../src/ports/store';
import { serializeStateBox } from '../src/statebox/yaml';
import { CANDIDATE, CHAIN_PASS, T0, config, fakeWorld, makeBox, permanent, testResultJson, testResultPathOf, writeBox, writeRepoFile, type FakeWorld, type LocalRepos } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';
import { PATH, RELEASE, ReadBeforeWriteStore, barrier, boxOf, githubStore, ofType, racingRepos, removeRepos } from './helpers/racing-runs';

const CREDENTIAL = 'HTTP 401 from the Release Controller: the token in RC_TOKEN is invalid';
const ISSUE = `Cannot check the promotion on the Release Controller: ${CREDENTIAL}`;
let disk: LocalRepos;

beforeEach(async () => {
  disk = await racingRepos();
  await writeRepoFile(disk.recordDir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: true }));
});
afterEach(() => removeRepos(disk));

/** The next step needs the promotion (image-consistency-check, stage-testing, the gate); nothing else is due. */
const promotionNeeded = () => makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass' } });

/** Each run's first StateBox write waits until every run has read and decided. */
function racingStores(parties: number, make: () => StateStore): StateStore[] {
  const arrive = barrier(parties);
  return Array.from({ length: parties }, () => new ReadBeforeWriteStore(make(), arrive));
}

/** Both runs fail the promotion check for good; the second run's clock is 40 seconds ahead (another runner). */
function brokenCredentialWorld(s: StateStore): { w: FakeWorld; deps: (store: StateStore, n: number) => DriverDeps } {
  const w = fakeWorld(s, disk.record);
  w.probes.stageRelease = true;
  w.probes.errors['promotion'] = [permanent(CREDENTIAL), permanent(CREDENTIAL)];
  const later = new FakeClock(new Date(T0.getTime() + 40_000));
  return { w, deps: (runStore, n) => ({ ...w.deps, store: runStore, ...(n === 1 ? { clock: later } : {}) }) };
}

async function race(w: FakeWorld, deps: (store: StateStore, n: number) => DriverDeps, stores: StateStore[]): Promise<RunResult[]> {
  const runs = await Promise.all(stores.map((s, n) => driveOnce(deps(s, n), { releases: [RELEASE], config: config(), runId: `run-${n}` })));
  expect(w.probes.count('promotion')).toBe(2);
  return runs;
}

describe('two runs meet the same broken credential at once', () => {
  it('on a LocalStore: one blocker issue, one Red message', async () => {
    await writeBox(disk.repo, promotionNeeded());
    const { w, deps } = brokenCredentialWorld(disk.store);
    const runs = await race(w, deps, racingStores(2, () => disk.store));
    // Each run reported the issue in its own step.
    expect(runs.map((r) => ofType(r, 'decision').filter((e) => e.detail === `blocker issue added: ${ISSUE}`).length)).toEqual([1, 1]);
    const final = await boxOf(disk.store);
    expect(final.issues.map((i) => [i.issue, i.blocker, i.resolved])).toEqual([[ISSUE, true, false]]);
    expect(w.notifier.sent.filter((s) => s.message.kind === 'red')).toHaveLength(1);
    expect(runs.flatMap((r) => ofType(r, 'notify'))).toHaveLength(1);
    expect(final.driver?.['unsent']).toBeUndefined();
    // The run that merged says it kept one issue.
    expect(runs.flatMap((r) => ofType(r, 'decision')).filter((e) => e.detail.includes('kept one issue reported at'))).toHaveLength(1);
  });

  it('on the GitHub API: one blocker issue, one Red message, the race seen as a 409', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [PATH]: serializeStateBox(promotionNeeded()) } });
    const github = () => githubStore(gh);
    const { w, deps } = brokenCredentialWorld(github());
    await race(w, deps, racingStores(2, github));
    expect(gh.requests.filter((r) => r.method === 'PUT' && r.status === 409).length).toBeGreaterThan(0);
    const final = await boxOf(github());
    expect(final.issues.map((i) => i.issue)).toEqual([ISSUE]);
    expect(w.notifier.kinds()).toEqual(['red']);
    expect(final.driver?.notified).toHaveLength(1);
  });

  it('the next run, with the issue still open, adds no second one and sends nothing more', async () => {
    await writeBox(disk.repo, promotionNeeded());
    const { w, deps } = brokenCredentialWorld(disk.store);
    await race(w, deps, racingStores(2, () => disk.store));
    w.clock.advance(15 * 60_000);
    w.probes.errors['promotion'] = [permanent(CREDENTIAL)];
    await driveOnce(w.deps, { releases: [RELEASE], config: config(), runId: 'next' });
    expect((await boxOf(disk.store)).issues).toHaveLength(1);
    expect(w.notifier.sent).toHaveLength(1);
  });
});
