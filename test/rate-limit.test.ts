/**
 * GitHub's limits, end to end against the local GitHub API server: a run that meets a
 * secondary rate limit (429 / 403 with retry-after) or a primary one (403, remaining 0,
 * x-ratelimit-reset) waits as long as GitHub says when that is short, and goes on; when the
 * reset is far away it does not sit there; a run that spends its operations budget stops
 * between releases and the next run carries on.
 *
 * Waits are real but tiny: the Octokit plugins count a "second" as 1 ms here
 * (createOctokit's retryAfterBaseMs, the action's `octokit` override). The driver's own retries
 * sleep on a FakeClock, which records every wait it was asked for.
 *
 * Already proven elsewhere (not repeated): the store-level retry-after and reset waits, and the
 * budget charging every HTTP attempt (test/store-github.test.ts); the action's budget stop with
 * rotation across runs (test/action.test.ts "the operations budget").
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { run } from '../src/action/main';
import { createOctokit } from '../src/adapters/github/octokit';
import { GitHubStore } from '../src/adapters/store/github';
import { TransientError } from '../src/core/errors';
import { stateBoxPath } from '../src/core/version';
import { OperationsBudget } from '../src/ports/budget';
import { driveOnce } from '../src/driver/drive';
import type { DriverDeps } from '../src/driver/types';
import { STATEBOX_REF, SUMMARY, TOKEN, boxOn, closeWorlds, env, statusOf, world, writes, type World } from './helpers/action-env';
import { RecordingLogger, config, makeBox } from './helpers/fake-world';
import type { Fault, RecordedRequest } from './helpers/github-server';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

const three = () => [makeBox({ release: '4.18.9', tasks: {} }), makeBox({ release: '4.19.7', tasks: {} }), makeBox({ tasks: {} })];
const RELEASES = ['4.18.9', '4.19.7', '4.20.1'];
const putOf = (release: string) => (r: RecordedRequest) => r.method === 'PUT' && r.path.endsWith(stateBoxPath(release));
/** The driver's own waits (FakeClock) longer than a minute: a run must never sit out a far reset. */
const longWaits = (w: World) => w.clock.sleeps.filter((ms) => ms >= 60_000);

/** driveOnce on plain GitHubStores, as `krd drive --store github` wires it. */
function cliDeps(w: World, budget?: OperationsBudget): { deps: DriverDeps; log: RecordingLogger } {
  const octokit = createOctokit({ token: TOKEN, baseUrl: w.gh.url, retryAfterBaseMs: 1, spaceWrites: false, ...(budget ? { budget } : {}) });
  const log = new RecordingLogger();
  const deps: DriverDeps = {
    store: new GitHubStore({ octokit, owner: w.gh.owner, repo: w.gh.repo, ref: STATEBOX_REF }),
    record: new GitHubStore({ octokit, owner: w.gh.owner, repo: w.gh.repo, ref: 'record' }),
    executor: w.executor,
    probes: w.probes,
    analyzer: w.analyzer,
    clock: w.clock,
    log,
  };
  return { deps, log };
}

describe('a short rate limit in the middle of a run is waited out, then the run goes on', () => {
  const limits: [string, Fault, number][] = [
    ['a secondary rate limit: 429 with retry-after 40', { status: 429, retryAfter: 40 }, 40],
    ['a secondary rate limit: 403 with retry-after 25', { status: 403, kind: 'secondary-rate-limit', retryAfter: 25 }, 25],
    ['a primary rate limit: 403, x-ratelimit-remaining 0, reset in 2 s', { status: 403, kind: 'primary-rate-limit', retryAfter: 2 }, 1],
  ];

  it.each(limits)('%s, on the StateBox commit of the second release', async (_name, fault, atLeastMs) => {
    const w = await world(three());
    w.gh.inject({ ...fault, match: putOf('4.19.7') });
    await using e = env(w, 'schedule', {}, { 'max-operations': '1000' });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(e.exitCode()).toBeUndefined();
    // The refused write (the claim on create-test-report) was tried again after the wait GitHub
    // asked for (1 ms per second here), and landed; then the step's commit.
    const puts = w.gh.requests.filter(putOf('4.19.7'));
    expect(puts.map((r) => r.status)).toEqual([fault.status, 200, 200]);
    expect(puts[1]!.at - puts[0]!.at).toBeGreaterThanOrEqual(atLeastMs - 1);
    for (const r of RELEASES) expect(statusOf(boxOn(w, r), 'create-test-report')).toBe('Pass');
    expect(e.warnings().some((m) => /GitHub (secondary )?rate limit hit on PUT .*; retrying after \d+ s\./.test(m))).toBe(true);
    expect(longWaits(w)).toEqual([]);
  });
});

describe('a rate limit that resets much later', () => {
  const farLimit = (match: Fault['match']): Fault => ({ status: 403, kind: 'primary-rate-limit', retryAfter: 600, times: 1000, match });

  it('the action run does not wait for it, writes nothing, says when to expect GitHub back; the next run resumes', async () => {
    const w = await world(three());
    let limited = true;
    w.gh.inject(farLimit((r) => limited && r.path.includes('/statebox/')));
    {
      await using e = env(w, 'schedule', {}, {}, { runNumber: 1 });
      await run(w.factories);
      expect(writes(w)).toEqual([]);
      expect(w.executor.starts).toEqual([]);
      expect(longWaits(w)).toEqual([]);
      // Every release the run could not read is named with the wait GitHub announced; after the
      // first refusal the store is not called again in this run (src/driver/run-guard.ts).
      const refused = e.errors().filter((m) => /^[\d.]+: (The store github .* is not answering in this run \()?GitHub rate limit reached while trying to read .*retry in 600 s/.test(m));
      expect(refused).toHaveLength(3);
      expect(refused.filter((m) => m.includes('is not answering in this run'))).toHaveLength(2);
      // Bounded: the listing, the tracking files, then one refused read per release and per place that reads it.
      expect(w.gh.requests.length).toBeLessThanOrEqual(1 + 3 + 2 * 3);
    }
    // The limit has reset: the next run drives every release.
    limited = false;
    {
      await using e = env(w, 'schedule', {}, {}, { runNumber: 2 });
      await run(w.factories);
      expect(e.errors()).toEqual([]);
      for (const r of RELEASES) expect(statusOf(boxOn(w, r), 'create-test-report')).toBe('Pass');
    }
  });

  // A store's error asking for a wait beyond what a run sits out (10 s, src/core/retry.ts) is a
  // RetryLaterError (src/driver/run-guard.ts); driveOnce then stops calling GitHub and leaves the
  // other releases for the next run.
  it('driveOnce on GitHubStores (krd drive) does not sit out a reset 10 minutes away: it leaves the rest for the next run', async () => {
    const w = await world(three());
    let reads = 0;
    // The StateBox of the first release reads fine once (finding the active releases), then the limit hits.
    w.gh.inject(farLimit((r) => r.method === 'GET' && r.path.endsWith(stateBoxPath('4.18.9')) && ++reads >= 2));
    const { deps } = cliDeps(w);
    const result = await driveOnce(deps, { config: config() });
    expect(longWaits(w)).toEqual([]);
    expect(result.releases.find((r) => r.release === '4.18.9')?.error).toMatch(/rate limit/);
    expect(result.skipped ?? []).toEqual(['4.19.7', '4.20.1']);
  });

  it('the driver waits out a short retry-after of an outside system, within its backoff', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    w.executor.behaviour['create-test-report'] = { errors: [new TransientError('the executor answered 429; retry after 8 s', 8_000)] };
    const { deps } = cliDeps(w);
    const result = await driveOnce(deps, { releases: ['4.20.1'], config: config({ retryBackoffMs: [2_000, 5_000] }) });
    expect(result.releases[0]?.error).toBeUndefined();
    // The first backoff (2 s) is shorter than what the system asked: the wait is its 8 s.
    expect(w.clock.sleeps).toEqual([8_000]);
    expect(statusOf(boxOn(w, '4.20.1'), 'create-test-report')).toBe('Pass');
  });

  it('the driver does not sit out a retry-after of a minute: the task stays as it was for the next run', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    w.executor.behaviour['create-test-report'] = { errors: [new TransientError('the executor answered 429; retry after 90 s', 90_000)] };
    const { deps } = cliDeps(w);
    const result = await driveOnce(deps, { releases: ['4.20.1'], config: config() });
    expect(w.clock.sleeps).toEqual([]);
    expect(result.events.filter((e) => e.type === 'error').map((e) => e.detail)).toEqual([expect.stringContaining('the task stays as it was and the next run tries again: the executor answered 429')]);
    expect(statusOf(boxOn(w, '4.20.1'), 'create-test-report')).not.toBe('Fail');
  });
});

describe('the operations budget', () => {
  it('stops driveOnce between releases, never in the middle of one, and the next run drives the rest', async () => {
    const w = await world(three());
    const budget = new OperationsBudget(9);
    const { deps, log } = cliDeps(w, budget);
    const first = await driveOnce(deps, { config: config(), budget });
    // Listing, three tracking files, three StateBoxes (7), then the first release's step (its reads and its commit) overruns the 9.
    expect(first.releases.map((r) => r.release)).toEqual(['4.18.9']);
    expect(first.releases[0]?.wrote).toBe(true);
    expect(first.skipped).toEqual(['4.19.7', '4.20.1']);
    expect(budget.spent).toBe(w.gh.requests.length);
    expect(log.of('warning')).toEqual([expect.stringMatching(/^The operations budget of this run is spent \(\d+ of 9\); 4\.19\.7, 4\.20\.1 left for the next run\./)]);
    // The releases left alone are untouched; the one driven is whole.
    // (The claim on create-test-report, then the step.)
    expect(w.gh.commits.map((c) => c.path)).toEqual([stateBoxPath('4.18.9'), stateBoxPath('4.18.9')]);
    expect(statusOf(boxOn(w, '4.18.9'), 'create-test-report')).toBe('Pass');

    // The next run, with a fresh budget, takes the releases left over.
    const next = new OperationsBudget(100);
    const second = await driveOnce(cliDeps(w, next).deps, { releases: first.skipped, config: config(), budget: next });
    expect(second.skipped).toBeUndefined();
    for (const r of RELEASES) expect(statusOf(boxOn(w, r), 'create-test-report')).toBe('Pass');
    expect(w.executor.startsOf('create-test-report')).toBe(3);
  });

  it('a budget spent while a release is being driven lets that release finish and commit', async () => {
    const w = await world(three());
    const budget = new OperationsBudget(8);
    const { deps } = cliDeps(w, budget);
    const result = await driveOnce(deps, { config: config(), budget });
    expect(budget.spent).toBeGreaterThan(budget.limit);
    expect(result.releases).toHaveLength(1);
    expect(result.releases[0]?.wrote).toBe(true);
    expect(statusOf(boxOn(w, '4.18.9'), 'create-test-report')).toBe('Pass');
  });
});
