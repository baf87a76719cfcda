/**
 * A broken setup fails the run, not the release (issue 11), and one outside system down costs a
 * run seconds, not minutes (issue 15). driveOnce on a LocalStore in a temp directory, a fake
 * clock that counts every wait (never sleeps), fake or real outside systems (Slack on 127.0.0.1).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SlackNotifier } from '../src/adapters/notify/slack';
import { SetupError, TransientError } from '../src/core/errors';
import { DEFAULT_MAX_RETRY_WAIT_MS, RUN_RETRY_BACKOFF_MS } from '../src/core/retry';
import { stateBoxPath } from '../src/core/version';
import { driveOnce, preflight, setupNotificationKey } from '../src/driver/drive';
import type { DriverConfig, DriverDeps } from '../src/driver/types';
import type { ExecContext, ExecOutcome, Executor } from '../src/ports/executor';
import type { StateStore } from '../src/ports/store';
import type { FlowTask } from '../src/core/tasks';
import { CHAIN_PASS, T0, config, fakeWorld, localRepos, makeBox, writeBox, type FakeWorld, type LocalRepos } from './helpers/fake-world';
import { startSlackServer } from './helpers/slack-server';

const total = (sleeps: readonly number[]): number => sleeps.reduce((a, b) => a + b, 0);
const TWO_MINUTES = 2 * 60_000;

let disk: LocalRepos;

/** Every StateBox file of the repository, byte for byte. */
async function snapshot(releases: readonly string[]): Promise<string[]> {
  return Promise.all(releases.map((r) => readFile(join(disk.repo, stateBoxPath(r)), 'utf8')));
}

/** A store that counts what is asked of it. */
class CountingStore implements StateStore {
  reads = 0;
  writes = 0;
  constructor(private readonly inner: StateStore) {}
  get describe(): string {
    return this.inner.describe;
  }
  read(path: string) {
    this.reads++;
    return this.inner.read(path);
  }
  list(prefix: string) {
    this.reads++;
    return this.inner.list(prefix);
  }
  write(path: string, content: string, options: Parameters<StateStore['write']>[2]) {
    this.writes++;
    return this.inner.write(path, content, options);
  }
}

/** An executor that answers nothing but `fail` (and counts the calls). */
class BrokenExecutor implements Executor {
  calls = 0;
  preflights = 0;
  preflight?: () => Promise<void>;
  constructor(
    private readonly fail: () => Error,
    withPreflight: boolean,
  ) {
    if (withPreflight) {
      this.preflight = async () => {
        this.preflights++;
        throw this.fail();
      };
    }
  }
  async start(_task: FlowTask, _ctx: ExecContext): Promise<ExecOutcome> {
    this.calls++;
    throw this.fail();
  }
  async poll(_task: FlowTask, _ctx: ExecContext): Promise<ExecOutcome> {
    this.calls++;
    throw this.fail();
  }
}

async function worldWith(executor: Executor, store?: StateStore): Promise<{ w: FakeWorld; deps: DriverDeps }> {
  const w = fakeWorld(store ?? disk.store, disk.record);
  return { w, deps: { ...w.deps, executor } };
}

const releases = (n: number): string[] => Array.from({ length: n }, (_, i) => `4.20.${i + 1}`);

describe('a setup error ends the run and changes no StateBox', () => {
  it('met in the middle of the run (an executor call refused our credential): no task fails, the claim it wrote is released, no later release is driven, Slack hears it once', async () => {
    disk = await localRepos();
    const names = ['4.20.1', '4.20.2'];
    for (const release of names) await writeBox(disk.repo, makeBox({ release, tasks: {} }));
    const before = await snapshot(names);
    const setup = new SetupError('Jira rejected JIRA_TOKEN (401): renew JIRA_TOKEN in the secrets of the workflow.');
    const executor = new BrokenExecutor(() => setup, false);
    const { w, deps } = await worldWith(executor);

    const err = await driveOnce(deps, { releases: names, config: config() }).catch((e: unknown) => e);
    expect(err).toBe(setup);
    expect(executor.calls).toBe(1); // the first release's create-test-report; the second release was not driven
    expect(w.clock.sleeps).toEqual([]); // a setup error is never retried
    expect(await snapshot(names)).toEqual(before);
    // Only the setup message, keyed by the day: no task-fail, no red.
    expect(w.notifier.sent.map((s) => [s.message.key, s.thread])).toEqual([[setupNotificationKey(T0), undefined]]);
    expect(w.notifier.sent[0]?.message.text).toBe(`The release driver stopped before changing anything: ${setup.message}`);
  });

  it('met by the preflight: nothing is read or written, the executor runs nothing', async () => {
    disk = await localRepos();
    await writeBox(disk.repo, makeBox({ tasks: {} }));
    const store = new CountingStore(disk.store);
    const executor = new BrokenExecutor(() => new SetupError('The oar CLI "oar" is not installed or not on PATH: install it.'), true);
    const { w, deps } = await worldWith(executor, store);
    await expect(driveOnce(deps, { config: config() })).rejects.toThrow('The oar CLI "oar" is not installed or not on PATH: install it.');
    expect([store.reads, store.writes, executor.preflights, executor.calls]).toEqual([0, 0, 1, 0]);
    expect(w.notifier.sent).toHaveLength(1);
  });

  it('in a dry run it still fails the run, and tells nobody', async () => {
    disk = await localRepos();
    await writeBox(disk.repo, makeBox({ tasks: {} }));
    const executor = new BrokenExecutor(() => new SetupError('The MCP server at http://127.0.0.1:9 refused our token (401): set mcp-token.'), true);
    const { w, deps } = await worldWith(executor);
    await expect(driveOnce(deps, { config: config({ dryRun: true }) })).rejects.toBeInstanceOf(SetupError);
    expect(w.notifier.sent).toEqual([]);
  });

  it('an error of the preflight that is neither transient nor a setup error is taken as one (the run cannot tell it is safe)', async () => {
    disk = await localRepos();
    const executor = new BrokenExecutor(() => new TypeError('oops'), true);
    const { deps } = await worldWith(executor);
    const err = await preflight(deps, config()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SetupError);
    expect((err as Error).message).toBe('Checking the executor before the run failed: oops');
  });

  it('tells Slack at most once a day: two runs the same day post one message, the next day one more (the real Slack notifier on a local Slack)', async () => {
    disk = await localRepos();
    await using slack = await startSlackServer();
    const run = async (at: Date) => {
      // Each run is a new process: a new notifier that knows only what the channel holds.
      const notifier = new SlackNotifier({ token: slack.token, channel: slack.channel, slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
      const executor = new BrokenExecutor(() => new SetupError('The oar CLI "oar" is not installed or not on PATH: install it.'), true);
      const { w, deps } = await worldWith(executor);
      w.clock.set(at);
      await expect(driveOnce({ ...deps, notifier }, { config: config() })).rejects.toBeInstanceOf(SetupError);
    };
    await run(T0);
    await run(new Date(T0.getTime() + 15 * 60_000));
    await run(new Date(T0.getTime() + 23 * 60 * 60_000));
    expect(slack.messages.map((m) => m.metadata?.event_payload['key'])).toEqual([setupNotificationKey(T0)]);
    await run(new Date(T0.getTime() + 25 * 60 * 60_000));
    expect(slack.messages.map((m) => m.metadata?.event_payload['key'])).toEqual(['setup:2025-11-01', 'setup:2025-11-02']);
    expect(slack.messages[0]?.text).toBe('The release driver stopped before changing anything: The oar CLI "oar" is not installed or not on PATH: install it.');
  });
});

describe('one outside system down: the run ends within two minutes of waiting (fake clock), nothing fails', () => {
  const down = () => new TransientError('the executor answered 503 Service Unavailable');

  it.each([
    ['the default configuration, the executor found down by its preflight', config(), true],
    ['the default configuration, the executor down from its first call', config(), false],
    ['the run backoff (2 s, 5 s), the executor down from its first call', config({ retryBackoffMs: RUN_RETRY_BACKOFF_MS }), false],
  ] as [string, DriverConfig, boolean][])('50 releases, %s', async (_name, cfg, withPreflight) => {
    disk = await localRepos();
    const names = releases(50);
    for (const release of names) await writeBox(disk.repo, makeBox({ release, tasks: {} }));
    const executor = new BrokenExecutor(down, withPreflight);
    const { w, deps } = await worldWith(executor);

    const result = await driveOnce(deps, { releases: names, config: cfg });

    expect(total(w.clock.sleeps)).toBeLessThan(TWO_MINUTES);
    expect(Math.max(0, ...w.clock.sleeps)).toBeLessThanOrEqual(DEFAULT_MAX_RETRY_WAIT_MS);
    // Two calls spend their retries, then the executor is not called again in this run.
    expect(executor.calls + executor.preflights).toBeLessThanOrEqual(2 * (cfg.retryBackoffMs.length + 1));
    // Said clearly, once, at the end of the run.
    expect(w.log.of('warning').filter((m) => m.startsWith('The executor was not answering in this run (the executor answered 503 Service Unavailable)'))).toHaveLength(1);
    // Every release was looked at; none is in error, none failed a task.
    expect(result.releases.map((r) => r.release)).toEqual(names);
    expect(result.releases.filter((r) => r.error)).toEqual([]);
    for (const r of result.releases) {
      expect(r.statebox.tasks.filter((t) => t.status === 'Fail')).toEqual([]);
      expect(r.statebox.driver?.['claims']).toBeUndefined();
    }
  });

  it('50 releases with the Release Controller down: its probe is given up after two calls, the rest of each step goes on', async () => {
    disk = await localRepos();
    const names = releases(50);
    // Each waits on the promotion (push-to-cdn-staging is next once the chain passed).
    for (const release of names) await writeBox(disk.repo, makeBox({ release, tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } }));
    const w = fakeWorld(disk.store, disk.record);
    let calls = 0;
    const probes = { ...w.probes, promotion: async () => {
      calls++;
      throw new TransientError('the Release Controller answered 502');
    } };
    const result = await driveOnce({ ...w.deps, probes: probes as unknown as DriverDeps['probes'] }, { releases: names, config: config() });
    expect(total(w.clock.sleeps)).toBeLessThan(TWO_MINUTES);
    expect(calls).toBeLessThanOrEqual(2 * (config().retryBackoffMs.length + 1));
    expect(result.releases.filter((r) => r.error)).toEqual([]);
    expect(w.log.of('warning').some((m) => m.startsWith('The Release Controller was not answering in this run'))).toBe(true);
  });

  it('a StateBox store that fails two reads in a row (after its client\'s own retries) stops the run; the rest is left for the next run', async () => {
    disk = await localRepos();
    const names = releases(50);
    for (const release of names) await writeBox(disk.repo, makeBox({ release, tasks: {} }));
    let reads = 0;
    const failing: StateStore = {
      describe: 'github octo/releases@z-stream',
      read: async () => {
        reads++;
        throw new TransientError('GitHub failed while trying to read a StateBox: 502 Bad Gateway.');
      },
      list: (prefix) => disk.store.list(prefix),
      write: (path, content, options) => disk.store.write(path, content, options),
    };
    const w = fakeWorld(failing, disk.record);
    const result = await driveOnce(w.deps, { releases: names, config: config() });
    // Two reads (GitHub's own client retried each), no wait of ours, then GitHub is left alone.
    expect(reads).toBe(2);
    expect(w.clock.sleeps).toEqual([]);
    expect(result.releases).toHaveLength(50);
    expect(result.releases.filter((r) => r.error?.includes('GitHub failed while trying to read a StateBox: 502 Bad Gateway'))).toHaveLength(50);
    expect(result.releases.filter((r) => r.error?.includes('is not answering in this run'))).toHaveLength(48);
  });
});
