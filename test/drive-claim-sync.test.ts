/**
 * No synchronous task run twice by racing runs: the engine claims create-test-report,
 * take-ownership, the checks and image-signed-check in the StateBox (compare-and-swap on the
 * SHA it read) before running them, as it does for jobs (test/drive-claim.test.ts). Runs race
 * on a real LocalStore and on the local GitHub API; crashes are the driver's crash hooks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveOnce } from '../src/driver/drive';
import type { DriverDeps, RunResult } from '../src/driver/types';
import type { StateStore, WriteOptions } from '../src/ports/store';
import { CLAIM_TTL_MS } from '../src/core/claims';
import { serializeStateBox } from '../src/statebox/yaml';
import { CANDIDATE, CHAIN_PASS, MINUTE, config, fakeWorld, makeBox, testResultJson, testResultPathOf, writeBox, writeRepoFile, type FakeWorld, type LocalRepos } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';
import { PATH, PassThroughStore, RELEASE, ReadBeforeWriteStore, barrier, boxOf, claimsIn, dieOnce, githubStore, ofType, racingRepos, removeRepos, task } from './helpers/racing-runs';

let disk: LocalRepos;

beforeEach(async () => {
  disk = await racingRepos();
  await writeRepoFile(disk.recordDir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: true }));
});
afterEach(() => removeRepos(disk));

const boxIn = (s: StateStore = disk.store) => boxOf(s);
const claimCommits = (r: RunResult) => ofType(r, 'commit').filter((e) => e.detail.includes(': claim on '));

/** Records the commit message of every StateBox write. */
class CountingStore extends PassThroughStore {
  readonly writes: string[] = [];
  override write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    if (path === PATH) this.writes.push(options.message);
    return this.inner.write(path, content, options);
  }
}

function world(options: Parameters<typeof fakeWorld>[2] = {}, s: StateStore = disk.store): FakeWorld {
  return fakeWorld(s, disk.record, options);
}

const drive = (deps: DriverDeps, runId: string) => driveOnce(deps, { releases: [RELEASE], config: config(), runId });

/** create-test-report is the next synchronous task (the candidate gate settles in the same run). */
const fresh = () => makeBox({ tasks: {} });
/** take-ownership is the next synchronous task. */
const ownershipDue = () => makeBox({ tasks: { 'create-test-report': 'Pass', 'analyze-candidate-build': 'Pass' } });

describe('two runs at the same moment run a synchronous task once', () => {
  it('on a LocalStore: both read before either writes; one claims and runs create-test-report, the other leaves it alone', async () => {
    await writeBox(disk.repo, fresh());
    const w = world();
    const arrive = barrier(2);
    const [a, b] = await Promise.all(['cron', 'comment'].map((runId) => drive({ ...w.deps, store: new ReadBeforeWriteStore(disk.store, arrive) }, runId)));
    expect(w.executor.startsOf('create-test-report')).toBe(1);
    const claimers = [a!, b!].filter((r) => claimCommits(r).some((e) => e.detail.includes('claim on create-test-report')));
    expect(claimers).toHaveLength(1);
    const loser = claimers[0] === a ? b! : a!;
    expect(ofType(loser, 'trigger')).toEqual([]);
    expect(ofType(loser, 'wait').filter((e) => e.task === 'create-test-report').map((e) => e.detail)).toEqual([
      expect.stringMatching(/^(another run is starting create-test-report \(claimed at 2025-11-01T00:00:00Z\)|another run or a person changed the StateBox meanwhile and create-test-report is no longer due); this run leaves it alone$/),
    ]);
    const final = await boxIn();
    expect(task(final, 'create-test-report')?.status).toBe('Pass');
    expect(claimsIn(final)).toBeUndefined();
    // Its Pass was announced once, by the run that ran it.
    expect(w.notifier.sent.filter((s) => s.message.key.startsWith(`${RELEASE}:task:create-test-report:Pass`))).toHaveLength(1);
  });

  it('three runs at once on a LocalStore: still one run of take-ownership', async () => {
    await writeBox(disk.repo, ownershipDue());
    const w = world();
    const arrive = barrier(3);
    const runs = await Promise.all(['r1', 'r2', 'r3'].map((runId) => drive({ ...w.deps, store: new ReadBeforeWriteStore(disk.store, arrive) }, runId)));
    expect(w.executor.startsOf('take-ownership')).toBe(1);
    expect(runs.flatMap((r) => ofType(r, 'trigger')).map((e) => e.task)).toEqual(['take-ownership']);
    expect(task(await boxIn(), 'take-ownership')?.status).toBe('Pass');
  });

  it('on the GitHub API: one claim commit, every write with the SHA it read, the race seen as a 409', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [PATH]: serializeStateBox(ownershipDue()) } });
    const github = (): StateStore => githubStore(gh);
    const w = world({}, github());
    const arrive = barrier(2);
    const [a, b] = await Promise.all(['run-a', 'run-b'].map((runId) => drive({ ...w.deps, store: new ReadBeforeWriteStore(github(), arrive) }, runId)));
    expect(w.executor.startsOf('take-ownership')).toBe(1);
    expect(gh.commits.filter((c) => c.message.includes('claim take-ownership'))).toHaveLength(1);
    const puts = gh.requests.filter((r) => r.method === 'PUT');
    expect(puts.every((r) => typeof (r.body as { sha?: unknown }).sha === 'string')).toBe(true);
    expect(puts.filter((r) => r.status === 409)).toHaveLength(1);
    // The winner: claim, result, notification sent. The loser wrote nothing.
    expect(gh.commits.map((c) => c.message)).toEqual([
      `${RELEASE}: claim take-ownership before starting it (krd drive)`,
      `${RELEASE}: take-ownership new → Pass (krd drive)`,
      `${RELEASE}: notifications: 1 sent (krd drive)`,
    ]);
    expect([a!, b!].map((r) => r.releases[0]?.wrote).sort()).toEqual([false, true]);
    const final = await boxIn(github());
    expect(task(final, 'take-ownership')?.status).toBe('Pass');
    expect(claimsIn(final)).toBeUndefined();
    expect(w.notifier.kinds()).toEqual(['task-pass']);
  });
});

describe('what a synchronous claim costs', () => {
  it('one claim write, only in a run that runs a synchronous task; idle runs write nothing', async () => {
    await writeBox(disk.repo, ownershipDue());
    const counted = new CountingStore(disk.store);
    const w = world({}, counted);
    w.probes.promotionPhase = 'Ready';
    await drive(w.deps, 'first');
    expect(counted.writes).toEqual([
      `${RELEASE}: claim take-ownership before starting it (krd drive)`,
      `${RELEASE}: take-ownership new → Pass (krd drive)`,
      `${RELEASE}: notifications: 1 sent (krd drive)`,
    ]);
    // The next runs each run the next check: one claim each, never more.
    await drive(w.deps, 'second');
    await drive(w.deps, 'third');
    expect(counted.writes.filter((m) => m.includes(': claim '))).toEqual([
      `${RELEASE}: claim take-ownership before starting it (krd drive)`,
      `${RELEASE}: claim check-cve-tracker-bug before starting it (krd drive)`,
      `${RELEASE}: claim check-rhcos-security-alerts before starting it (krd drive)`,
    ]);
    // push-to-cdn-staging started, nothing else is due until it finishes: idle runs write nothing.
    await drive(w.deps, 'fourth');
    const before = counted.writes.length;
    w.clock.advance(5 * MINUTE);
    const idle = await drive(w.deps, 'idle');
    expect(idle.releases[0]?.wrote).toBe(false);
    expect(counted.writes).toHaveLength(before);
  });

  it('the jobs due in the same run are claimed in one write (the chain done: the push and the image consistency check)', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } }));
    const w = world();
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const r = await drive(w.deps, 'both');
    expect(claimCommits(r).map((e) => e.detail)).toEqual([`wrote ${PATH}: claim on push-to-cdn-staging, image-consistency-check before starting (attempt 1)`]);
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(w.executor.startsOf('image-consistency-check')).toBe(1);
  });

  it('the executor says wait: the claim is released in the same run and the next run runs the task', async () => {
    await writeBox(disk.repo, ownershipDue());
    const w = world({ behaviour: { 'take-ownership': { wait: 'Jira is read-only until 02:00' } } });
    const r = await drive(w.deps, 'r');
    expect(r.releases[0]?.waits).toContain('take-ownership: Jira is read-only until 02:00');
    expect(claimsIn(await boxIn())).toBeUndefined();
    w.executor.behaviour['take-ownership'] = {};
    w.clock.advance(MINUTE);
    await drive(w.deps, 's');
    expect(task(await boxIn(), 'take-ownership')?.status).toBe('Pass');
  });
});

describe('crashes around a synchronous claim', () => {
  it('dies after claiming, before running: the claim holds other runs off for 15 minutes, then the task runs once', async () => {
    await writeBox(disk.repo, ownershipDue());
    const w = world({ hooks: dieOnce('afterClaim') });
    await expect(drive(w.deps, 'dies')).rejects.toThrow('simulated crash (afterClaim)');
    expect(w.executor.starts).toEqual([]);
    expect(claimsIn(await boxIn())).toEqual({ 'take-ownership': { run: 'dies', at: '2025-11-01T00:00:00Z' } });

    w.clock.advance(CLAIM_TTL_MS - MINUTE);
    const waiting = await drive(w.deps, 'next');
    expect(w.executor.starts).toEqual([]);
    expect(waiting.releases[0]).toMatchObject({ wrote: false });
    expect(waiting.releases[0]?.waits).toContain('take-ownership: another run is starting take-ownership (claimed at 2025-11-01T00:00:00Z); this run leaves it alone');

    w.clock.advance(MINUTE);
    await drive(w.deps, 'later');
    expect(w.executor.startsOf('take-ownership')).toBe(1);
    const final = await boxIn();
    expect(task(final, 'take-ownership')?.status).toBe('Pass');
    expect(claimsIn(final)).toBeUndefined();
  });

  it.each(['afterTrigger', 'beforeCommit'] as const)('dies %s running it: not run again while the claim lives, run again (the result was never recorded) once it expires', async (point) => {
    await writeBox(disk.repo, ownershipDue());
    const w = world({ hooks: dieOnce(point) });
    await expect(drive(w.deps, 'dies')).rejects.toThrow(`simulated crash (${point})`);
    expect(w.executor.startsOf('take-ownership')).toBe(1);
    expect(task(await boxIn(), 'take-ownership')).toBeUndefined();

    w.clock.advance(5 * MINUTE);
    const waiting = await drive(w.deps, 'next');
    expect(ofType(waiting, 'trigger')).toEqual([]);
    expect(waiting.releases[0]?.waits.join('\n')).toContain('another run is starting take-ownership');

    w.clock.advance(10 * MINUTE);
    const retried = await drive(w.deps, 'later');
    expect(ofType(retried, 'trigger').map((e) => e.task)).toEqual(['take-ownership']);
    expect(w.executor.startsOf('take-ownership')).toBe(2);
    const final = await boxIn();
    expect(task(final, 'take-ownership')?.status).toBe('Pass');
    expect(claimsIn(final)).toBeUndefined();
    // The run that died never committed, so its result was announced once, by the run that did.
    expect(w.notifier.sent.filter((s) => s.message.key.startsWith(`${RELEASE}:task:take-ownership:Pass`))).toHaveLength(1);
  });

  it('an executor without findJob (the oar CLI) changes nothing here: the expired claim is run again, never held for a person', async () => {
    await writeBox(disk.repo, ownershipDue());
    const w = world({ hooks: dieOnce('afterTrigger'), findJob: false });
    await expect(drive(w.deps, 'dies')).rejects.toThrow('simulated crash (afterTrigger)');
    w.clock.advance(CLAIM_TTL_MS);
    const retried = await drive(w.deps, 'later');
    expect(ofType(retried, 'trigger').map((e) => e.task)).toEqual(['take-ownership']);
    expect(retried.releases[0]?.waits.join('\n')).not.toContain('waits for a person');
    expect(w.executor.startsOf('take-ownership')).toBe(2);
    const final = await boxIn();
    expect(task(final, 'take-ownership')?.status).toBe('Pass');
    expect(claimsIn(final)).toBeUndefined();
    expect(final.driver?.['unrecorded_starts']).toBeUndefined();
  });
});
