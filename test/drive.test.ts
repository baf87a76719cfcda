import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { driveOnce } from '../src/driver/drive';
import { RUN_RETRY_BACKOFF_MS } from '../src/core/retry';
import { OperationsBudget } from '../src/ports/budget';
import { loadStateBox, updateStateBox } from '../src/statebox/repository';
import { addIssue } from '../src/statebox/edit';
import { stateBoxPath } from '../src/core/version';
import type { StateBox } from '../src/core/model';
import type { HumanCommand, RunResult } from '../src/driver/types';
import {
  CANDIDATE,
  CHAIN_PASS,
  HOUR,
  MINUTE,
  T0,
  config,
  fakeWorld,
  permanent,
  setHappyPathWorld,
  localRepos,
  makeBox,
  testResultJson,
  testResultPathOf,
  transient,
  writeBox,
  writeRepoFile,
  writeTracking,
  type LocalRepos,
  type FakeWorld,
  type TaskBehaviour,
} from './helpers/fake-world';
import type { FlowTask } from '../src/core/tasks';
import type { StateStore, WriteOptions } from '../src/ports/store';

let disk: LocalRepos;

beforeEach(async () => {
  disk = await localRepos();
  await writeTracking(disk.repo, '4.20', ['4.20.0', '4.20.1']);
});


async function box(release = '4.20.1'): Promise<StateBox> {
  const loaded = await loadStateBox(disk.store, release);
  if (!loaded) throw new Error(`no StateBox for ${release}`);
  return loaded.box;
}
const status = (b: StateBox, task: string) => b.tasks.find((t) => t.name === task)?.status;
const ofType = (r: RunResult, type: string) => r.events.filter((e) => e.type === type);

async function setResult(build: string, spec: Parameters<typeof testResultJson>[1]): Promise<void> {
  await writeRepoFile(disk.recordDir, testResultPathOf(build), testResultJson(build, spec));
}

function world(options: { behaviour?: Partial<Record<FlowTask, TaskBehaviour>>; findJob?: boolean; analyzer?: boolean; hooks?: FakeWorld['deps']['hooks'] } = {}): FakeWorld {
  return fakeWorld(disk.store, disk.record, options);
}

describe('driveOnce end to end on a LocalStore', () => {
  it('drives a Konflux release from a new StateBox to Green, one step per run, each job triggered once', async () => {
    await writeBox(disk.repo, makeBox({ tasks: {} }));
    const w = world({ behaviour: { 'push-to-cdn-staging': { durationMs: 45 * MINUTE }, 'image-consistency-check': { durationMs: 100 * MINUTE }, 'stage-testing': { durationMs: 3 * HOUR } } });
    await setResult(CANDIDATE, { aggregated: true, accepted: true });
    const runs: RunResult[] = [];
    for (let i = 0; i < 6 * 24 * 4; i++) {
      const t = i * 15 * MINUTE;
      await setHappyPathWorld(w, t, setResult);
      const r = await driveOnce(w.deps, { config: config() });
      runs.push(r);
      if (r.releases[0]?.overall === 'Green') break;
    }
    const final = await box();
    expect(runs.at(-1)?.releases[0]?.overall).toBe('Green');
    for (const task of ['create-test-report', 'take-ownership', 'check-cve-tracker-bug', 'check-rhcos-security-alerts', 'push-to-cdn-staging', 'analyze-candidate-build', 'image-consistency-check', 'stage-testing', 'analyze-promoted-build', 'image-signed-check', 'change-advisory-status']) {
      expect(status(final, task), task).toBe('Pass');
    }
    for (const task of ['push-to-cdn-staging', 'image-consistency-check', 'stage-testing', 'image-signed-check', 'take-ownership'] as const) {
      expect(w.executor.startsOf(task), task).toBe(1);
    }
    // change-advisory-status: started once, run again once the prod metadata answered (oar's own Pass).
    expect(w.executor.startsOf('change-advisory-status')).toBe(2);
    // One synchronous task per run at most.
    const sync = new Set(['create-test-report', 'take-ownership', 'check-cve-tracker-bug', 'check-rhcos-security-alerts', 'image-signed-check', 'change-advisory-status']);
    for (const r of runs) {
      const started = ofType(r, 'status').filter((e) => sync.has(e.task ?? '') && (e.status === 'Pass' || e.status === 'In Progress') && !(e.task === 'change-advisory-status' && e.status === 'Pass'));
      expect(started.length).toBeLessThanOrEqual(1);
    }
    // take-ownership used the configured owner.
    expect(w.executor.starts.find((s) => s.task === 'take-ownership')?.ctx.owner).toBe('qe@example.com');
    // stage-testing started only after push-to-cdn-staging passed, image-consistency-check on the first run after promotion.
    const st = w.executor.starts.find((s) => s.task === 'stage-testing')!;
    const icc = w.executor.starts.find((s) => s.task === 'image-consistency-check')!;
    expect(Date.parse(icc.at)).toBe(T0.getTime() + 6 * HOUR);
    expect(Date.parse(st.at)).toBeGreaterThanOrEqual(Date.parse(final.tasks.find((t) => t.name === 'push-to-cdn-staging')!.completed_at!));
    // change-advisory-status started at 00:00 UTC of release date − 1 day, with a 2-day deadline.
    const cas = final.tasks.find((t) => t.name === 'change-advisory-status')!;
    expect(cas.started_at).toBe('2025-11-03T00:00:00Z');
    expect(cas.deadline).toBe('2025-11-05T00:00:00Z');
    // Jobs are in fields; notifications went out once each; Green announced.
    expect(final.tasks.find((t) => t.name === 'stage-testing')?.job?.id).toMatch(/^\d+$/);
    const keys = w.notifier.sent.map((s) => s.message.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(w.notifier.kinds()).toContain('green');
    expect(final.driver?.notified).toEqual(keys);
    expect(final.driver?.slack_thread).toBe('thread-1');
    // Runs where nothing changed wrote nothing.
    const idle = runs.filter((r) => ofType(r, 'status').length === 0 && ofType(r, 'notify').length === 0 && !r.events.some((e) => e.type === 'decision'));
    expect(idle.length).toBeGreaterThan(0);
    for (const r of idle) expect(r.releases[0]?.wrote).toBe(false);
  });

  it('a run where nothing changed writes nothing and posts nothing', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '5' } } } }));
    const before = await readFile(join(disk.repo, stateBoxPath('4.20.1')), 'utf8');
    const w = world();
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config() });
    expect(r.releases[0]?.wrote).toBe(false);
    expect(ofType(r, 'commit')).toEqual([]);
    expect(w.notifier.sent).toEqual([]);
    expect(await readFile(join(disk.repo, stateBoxPath('4.20.1')), 'utf8')).toBe(before);
    expect(r.releases[0]?.waits).toEqual([
      'image-consistency-check, analyze-promoted-build: build not promoted yet (phase Ready)',
      'stage-testing, image-signed-check, change-advisory-status: waits for push-to-cdn-staging to pass',
    ]);
    expect(w.executor.polls.map((p) => p.task)).toEqual(['push-to-cdn-staging']);
  });

  it('emits events with the clock time: trigger, status, wait, commit', async () => {
    await writeBox(disk.repo, makeBox({ tasks: CHAIN_PASS }));
    const w = world();
    w.probes.promotionPhase = 'Ready';
    await setResult(CANDIDATE, { aggregated: true, accepted: true });
    const r = await driveOnce(w.deps, { config: config() });
    expect(ofType(r, 'trigger')).toEqual([expect.objectContaining({ at: '2025-11-01T00:00:00Z', release: '4.20.1', task: 'push-to-cdn-staging' })]);
    // analyze-candidate-build is not recorded and nothing past the sequential chain has started: it is decided now.
    expect(ofType(r, 'status').map((e) => [e.task, e.status])).toEqual([
      ['analyze-candidate-build', 'Pass'],
      ['push-to-cdn-staging', 'In Progress'],
    ]);
    expect(ofType(r, 'wait').length).toBeGreaterThan(0);
    // The claim on the job before it started, then the write that records it.
    expect(ofType(r, 'commit').map((e) => e.detail)).toEqual([
      `wrote ${stateBoxPath('4.20.1')}: claim on push-to-cdn-staging before starting (attempt 1)`,
      `wrote ${stateBoxPath('4.20.1')}: push-to-cdn-staging new → In Progress, analyze-candidate-build new → Pass (attempt 1)`,
      `wrote ${stateBoxPath('4.20.1')}: notifications 1 sent (attempt 1)`,
    ]);
    expect(w.events).toEqual(r.events);
  });
});

describe('idempotent triggers and crashes', () => {
  it('a run that dies after triggering does not trigger a second job next run: it adopts the first', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } }));
    let crash = true;
    const w = world({
      hooks: {
        afterTrigger: () => {
          if (crash) {
            crash = false;
            throw new Error('simulated crash after trigger');
          }
        },
      },
    });
    w.probes.promotionPhase = 'Ready';
    await expect(driveOnce(w.deps, { config: config() })).rejects.toThrow('simulated crash after trigger');
    expect(status(await box(), 'push-to-cdn-staging')).toBeUndefined();
    w.clock.advance(15 * MINUTE);
    const r = await driveOnce(w.deps, { config: config() });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    const b = await box();
    expect(status(b, 'push-to-cdn-staging')).toBe('In Progress');
    expect(b.tasks.find((t) => t.name === 'push-to-cdn-staging')?.job?.id).toBe(w.executor.jobs[0]?.id);
    expect(ofType(r, 'decision').map((e) => e.detail).join()).toContain('Adopted job');
  });

  it('a crash before the commit posts nothing; the next run posts each notification once', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } }, 'analyze-candidate-build': 'Pass' } }));
    let crash = true;
    const w = world({
      hooks: {
        beforeCommit: () => {
          if (crash) {
            crash = false;
            throw new Error('simulated crash before commit');
          }
        },
      },
    });
    w.executor.jobs.push({ id: '1', task: 'push-to-cdn-staging', release: '4.20.1', startedAt: T0.getTime() - HOUR });
    w.probes.promotionPhase = 'Ready';
    await expect(driveOnce(w.deps, { config: config() })).rejects.toThrow('simulated crash before commit');
    expect(w.notifier.sent).toEqual([]);
    expect(status(await box(), 'push-to-cdn-staging')).toBe('In Progress');
    await driveOnce(w.deps, { config: config() });
    await driveOnce(w.deps, { config: config() });
    expect(w.notifier.sent.map((s) => s.message.kind)).toEqual(['task-pass']);
    expect(status(await box(), 'push-to-cdn-staging')).toBe('Pass');
  });

  it('without findJob a crash after trigger is still never re-triggered when the job id was recorded', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } }));
    const w = world({ findJob: false });
    w.probes.promotionPhase = 'Ready';
    await driveOnce(w.deps, { config: config() });
    w.clock.advance(15 * MINUTE);
    await driveOnce(w.deps, { config: config() });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(w.executor.polls.length).toBe(1);
  });
});

describe('errors', () => {
  it('transient errors are retried on the clock with the run\'s short backoff (seconds: the next run is the long retry)', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } } } }));
    const w = world({ behaviour: { 'push-to-cdn-staging': { errors: [transient(), transient()] } } });
    w.executor.jobs.push({ id: '1', task: 'push-to-cdn-staging', release: '4.20.1', startedAt: T0.getTime() - HOUR });
    w.probes.promotionPhase = 'Ready';
    await driveOnce(w.deps, { config: config({ retryBackoffMs: RUN_RETRY_BACKOFF_MS }) });
    expect(w.clock.sleeps).toEqual([2_000, 5_000]);
    expect(status(await box(), 'push-to-cdn-staging')).toBe('Pass');
    expect(w.log.of('warning').filter((m) => m.includes('HTTP 503'))).toHaveLength(2);
  });

  it('a transient error that persists leaves the task as it was, reports it, and the next run retries', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } } } }));
    const w = world({ behaviour: { 'push-to-cdn-staging': { errors: [1, 2, 3].map(() => transient('HTTP 502 Bad Gateway', 3_000)) } } });
    w.executor.jobs.push({ id: '1', task: 'push-to-cdn-staging', release: '4.20.1', startedAt: T0.getTime() - HOUR });
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config({ retryBackoffMs: RUN_RETRY_BACKOFF_MS }) });
    // The retry-after (3 s) where it is longer than the backoff (2 s, then 5 s).
    expect(w.clock.sleeps).toEqual([3_000, 5_000]);
    expect(status(await box(), 'push-to-cdn-staging')).toBe('In Progress');
    expect(r.releases[0]?.wrote).toBe(false);
    expect(ofType(r, 'error').map((e) => e.detail)).toEqual([expect.stringContaining('still failing after retries, the task stays as it was and the next run tries again: HTTP 502 Bad Gateway')]);
    await driveOnce(w.deps, { config: config() });
    expect(status(await box(), 'push-to-cdn-staging')).toBe('Pass');
  });

  it('a permanent error fails the task, turns the release Red, notifies the owner and stops it', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } }));
    const w = world({ behaviour: { 'push-to-cdn-staging': { errors: [permanent()] } } });
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config() });
    const b = await box();
    expect(status(b, 'push-to-cdn-staging')).toBe('Fail');
    expect(b.tasks.find((t) => t.name === 'push-to-cdn-staging')?.result).toContain('the job API token is invalid');
    expect(r.releases[0]?.overall).toBe('Red');
    expect(w.notifier.sent.map((s) => [s.message.kind, s.message.mentionOwner, s.message.owner])).toEqual([
      ['task-fail', true, 'qe@example.com'],
      ['red', true, 'qe@example.com'],
    ]);
    expect(w.clock.sleeps).toEqual([]);
    // Stopped: later runs start nothing, even once promoted.
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const next = await driveOnce(w.deps, { config: config() });
    expect(ofType(next, 'trigger')).toEqual([]);
    expect(w.executor.starts).toEqual([]);
  });

  it('a StateBox that does not parse is reported and left untouched; the other releases go on', async () => {
    await writeTracking(disk.repo, '4.19', ['4.19.5']);
    await writeBox(disk.repo, makeBox({ release: '4.19.5', tasks: {} }));
    const broken = 'schema_version: "1.0"\nrelease: 4.20.1\ntasks: [\n';
    await writeRepoFile(disk.repo, stateBoxPath('4.20.1'), broken);
    const w = world();
    const r = await driveOnce(w.deps, { config: config() });
    const bad = r.releases.find((x) => x.release === '4.20.1');
    expect(bad?.error).toContain('cannot be used, left untouched');
    expect(bad?.error).toContain('4.20.1.yaml');
    expect(ofType(r, 'error').some((e) => e.release === '4.20.1')).toBe(true);
    expect(await readFile(join(disk.repo, stateBoxPath('4.20.1')), 'utf8')).toBe(broken);
    expect(r.releases.find((x) => x.release === '4.19.5')?.wrote).toBe(true);
  });

  it('a permanent probe failure becomes a blocker issue once (Red), not a task failure', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass' } }));
    const w = world();
    w.probes.errors['promotion'] = [permanent('Release Controller answered 401: renew the token')];
    const r = await driveOnce(w.deps, { config: config() });
    const b = await box();
    expect(b.issues).toEqual([expect.objectContaining({ blocker: true, resolved: false, issue: expect.stringContaining('renew the token') })]);
    expect(r.releases[0]?.overall).toBe('Red');
    expect(b.tasks.every((t) => t.status !== 'Fail')).toBe(true);
  });

  it('a notifier failure is a warning; the message waits in the StateBox and goes out once on a later run', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } } } }));
    const w = world();
    w.executor.jobs.push({ id: '1', task: 'push-to-cdn-staging', release: '4.20.1', startedAt: T0.getTime() - HOUR });
    w.notifier.failNext = 2;
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config() });
    expect(r.releases[0]?.wrote).toBe(true);
    expect(status(await box(), 'push-to-cdn-staging')).toBe('Pass');
    expect(w.log.of('warning').join()).toContain('notification not sent (task-pass), will try again next run: Slack: 503');
    expect((await box()).driver?.notified).toBeUndefined();
    expect((await box()).driver?.['unsent']).toEqual([expect.objectContaining({ kind: 'task-pass', since: '2025-11-01T00:00:00Z' })]);
    // Still failing: the run claims the message in a commit, tries once more and gives it back.
    w.clock.advance(15 * MINUTE);
    const again = await driveOnce(w.deps, { config: config() });
    expect(w.notifier.sent).toEqual([]);
    expect((await box()).driver?.['unsent']).toEqual([expect.not.objectContaining({ run: expect.anything() })]);
    expect(again.releases[0]?.wrote).toBe(true);
    // Slack is back: sent once, moved from unsent to notified.
    w.clock.advance(15 * MINUTE);
    await driveOnce(w.deps, { config: config() });
    await driveOnce(w.deps, { config: config() });
    expect(w.notifier.kinds()).toEqual(['task-pass']);
    const b = await box();
    expect(b.driver?.['unsent']).toBeUndefined();
    expect(b.driver?.notified).toEqual([w.notifier.sent[0]?.message.key]);
  });

  it('an unsent notification is dropped, with a warning, after a day', async () => {
    await writeBox(
      disk.repo,
      makeBox({
        tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } } },
        driver: { unsent: [{ key: 'k1', kind: 'task-pass', text: 'old news', since: '2025-10-30T00:00:00Z' }] },
      }),
    );
    const w = world();
    w.executor.jobs.push({ id: '1', task: 'push-to-cdn-staging', release: '4.20.1', startedAt: T0.getTime() });
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config() });
    expect(w.notifier.sent).toEqual([]);
    expect(w.log.of('warning').join()).toContain('dropping a notification that could not be sent for a day: old news');
    expect(r.releases[0]?.wrote).toBe(true);
    expect((await box()).driver?.['unsent']).toBeUndefined();
  });
});

describe('releases, commands and budget', () => {
  it('a named release without a StateBox is created from the tracking file', async () => {
    const w = world();
    const r = await driveOnce(w.deps, { releases: ['4.20.1'], config: config() });
    const b = await box();
    expect(b.metadata).toEqual({ jira_ticket: 'ART-20001', advisory_ids: { rpm: 170002, rhcos: 170003 } });
    expect(status(b, 'create-test-report')).toBe('Pass');
    expect(r.releases[0]?.notes ?? []).toEqual(['check-rhcos-security-alerts skipped: not a Konflux release (no shipment_mr in the metadata)']);
  });

  it('a named release the tracking file does not list is a clear error, never a guess', async () => {
    const w = world();
    const r = await driveOnce(w.deps, { releases: ['4.20.9'], config: config() });
    expect(r.releases[0]?.error).toMatch(/4\.20\.9 has no StateBox .* and is not listed in _releases\/4\.20\/4\.20\.z\.yaml/);
    expect(await loadStateBox(disk.store, '4.20.9')).toBeUndefined();
    const bad = await driveOnce(w.deps, { releases: ['4.20'], config: config() });
    expect(bad.releases[0]?.error).toContain('is not a release');
  });

  it('applies commands first and replies; an accepted gate lets the flow go on', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': 'Pass', 'stage-testing': 'Pass', 'analyze-promoted-build': { status: 'Fail', result: 'REJECT' } } }));
    const w = world();
    const commands: HumanCommand[] = [
      { kind: 'accept', release: '4.20.1', task: 'analyze-promoted-build', justification: 'known flake OCPBUGS-1', by: 'alice' },
      { kind: 'retry', release: '4.20.1', task: 'nope', by: 'bob' },
    ];
    const r = await driveOnce(w.deps, { commands, config: config() });
    const b = await box();
    expect(status(b, 'analyze-promoted-build')).toBe('Pass');
    expect(b.tasks.find((t) => t.name === 'analyze-promoted-build')?.decided_by).toBe('alice');
    expect(status(b, 'image-signed-check')).toBe('Pass');
    expect(r.replies?.map((x) => (x.error ? 'error' : 'ok'))).toEqual(['ok', 'error']);
    expect(w.notifier.kinds()).toContain('gate');
  });

  it('stops cleanly between releases when the operations budget is spent, naming max-operations', async () => {
    await writeTracking(disk.repo, '4.19', ['4.19.5']);
    await writeBox(disk.repo, makeBox({ release: '4.19.5', tasks: {} }));
    await writeBox(disk.repo, makeBox({ tasks: {} }));
    const budget = new OperationsBudget(1);
    const w = world();
    const original = w.deps;
    const deps = { ...original, events: (e: Parameters<NonNullable<typeof original.events>>[0]) => { budget.consume(); original.events?.(e); } };
    const r = await driveOnce(deps, { config: config(), budget });
    expect(r.releases.map((x) => x.release)).toEqual(['4.19.5']);
    expect(r.releases[0]?.wrote).toBe(true);
    expect(r.skipped).toEqual(['4.20.1']);
    expect(w.log.of('warning').join()).toContain('max-operations');
  });

  it('merges with a concurrent change made while the run worked', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } }));
    const w = world();
    w.probes.promotionPhase = 'Ready';
    // Someone adds an issue between our read and our write.
    const racing = new RacingStore(disk.store, () => updateStateBox(disk.store, '4.20.1', (b) => addIssue(b, { text: 'found by a person', blocker: false, now: T0 }), 'person'));
    const r = await driveOnce({ ...w.deps, store: racing }, { config: config() });
    const b = await box();
    expect(b.issues.map((i) => i.issue)).toEqual(['found by a person']);
    expect(status(b, 'push-to-cdn-staging')).toBe('In Progress');
    // The claim write lost to the person's write, decided again on it and claimed at the second attempt.
    expect(ofType(r, 'commit')).toHaveLength(2);
    expect(ofType(r, 'commit')[0]?.detail).toMatch(/claim on push-to-cdn-staging .*attempt 2/);
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
  });
});

/** A store whose first StateBox write loses a race: someone else writes just before it. */
class RacingStore implements StateStore {
  private raced = false;
  readonly describe: string;
  constructor(
    private readonly inner: StateStore,
    private readonly before: () => Promise<unknown>,
  ) {
    this.describe = inner.describe;
  }
  read(path: string) {
    return this.inner.read(path);
  }
  list(prefix: string) {
    return this.inner.list(prefix);
  }
  async write(path: string, content: string, options: WriteOptions) {
    if (!this.raced && path.includes('/statebox/')) {
      this.raced = true;
      await this.before();
    }
    return this.inner.write(path, content, options);
  }
}

describe('real StateBoxes upstream wrote', () => {
  const fixture = async (name: string) => readFile(join(__dirname, 'fixtures', 'drive', name), 'utf8');
  async function seed(release: string, file: string): Promise<void> {
    await writeRepoFile(disk.repo, stateBoxPath(release), await fixture(file));
  }

  it('4.12.93: polls stage-testing with the Jenkins job id from its log, records it in the job field, leaves other tasks alone', async () => {
    await seed('4.12.93', '4.12.93.yaml');
    const w = world({ behaviour: { 'stage-testing': { result: 'Pass' } } });
    w.clock.set('2026-07-02T20:00:00Z');
    const r = await driveOnce(w.deps, { releases: ['4.12.93'], config: config() });
    expect(w.executor.polls).toEqual([expect.objectContaining({ task: 'stage-testing', ctx: expect.objectContaining({ jobId: '1674' }) })]);
    const b = await box('4.12.93');
    expect(b.tasks.find((t) => t.name === 'stage-testing')?.job).toEqual({ id: '1674', url: 'https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/1674/' });
    expect(r.releases[0]?.notes).toEqual(expect.arrayContaining(['create-test-report not recorded; counted as done because take-ownership has started']));
    // Upstream's own results are kept as they were.
    const original = (await fixture('4.12.93.yaml')).includes('job for target <cdn_stage> is COMPLETE');
    expect(original).toBe(true);
    expect(b.tasks.find((t) => t.name === 'push-to-cdn-staging')?.result).toContain('job for target <cdn_stage> is COMPLETE');
  });

  it('5.0.0-ec.3: a blocker tied to push-to-cdn-staging holds that task and what follows it, as a wait naming the issue; not Red; the running stage-testing is still polled', async () => {
    await seed('5.0.0-ec.3', '5.0.0-ec.3.yaml');
    const w = world();
    w.clock.set('2026-06-30T20:00:00Z');
    const r = await driveOnce(w.deps, { releases: ['5.0.0-ec.3'], config: config() });
    expect(r.releases[0]?.overall).toBe('In Progress');
    expect(r.releases[0]?.waits.join('\n')).toContain(
      'held by blocker issue #1 (Advisories in abnormal state (NEW_FILES instead of QE): 168422): /release:resolve 5.0.0-ec.3 1 <text> once it is fixed',
    );
    expect(w.executor.polls.map((p) => [p.task, p.ctx.jobId])).toEqual([['stage-testing', '1672']]);
    expect(w.executor.starts.map((s) => s.task)).not.toContain('push-to-cdn-staging');
    expect(w.executor.starts.map((s) => s.task)).not.toContain('image-signed-check');
  });

  it('5.0.0-ec.3: a blocker that names no task stops the whole release (Red); the running stage-testing is still polled; nothing new starts', async () => {
    await seed('5.0.0-ec.3', '5.0.0-ec.3.yaml');
    const path = join(disk.repo, stateBoxPath('5.0.0-ec.3'));
    await writeFile(path, (await readFile(path, 'utf8')).replace(/related_tasks:\n {2}- push-to-cdn-staging\n/, ''));
    const w = world();
    w.clock.set('2026-06-30T20:00:00Z');
    const r = await driveOnce(w.deps, { releases: ['5.0.0-ec.3'], config: config() });
    expect(r.releases[0]?.overall).toBe('Red');
    expect(w.executor.polls.map((p) => [p.task, p.ctx.jobId])).toEqual([['stage-testing', '1672']]);
    expect(w.executor.starts).toEqual([]);
    expect(w.probes.calls).toEqual([]);
  });

  it('4.16.62: shipped (change-advisory-status Pass) with a stale In Progress task: nothing more to do, nothing written', async () => {
    await seed('4.16.62', '4.16.62.yaml');
    const w = world();
    const r = await driveOnce(w.deps, { releases: ['4.16.62'], config: config() });
    expect(r.releases[0]).toMatchObject({ overall: 'Green', wrote: false, waits: ['shipped: change-advisory-status passed, nothing more to do'] });
    expect(w.executor.polls).toEqual([]);
    expect(w.probes.calls).toEqual([]);
  });

  it('4.12.87: change-advisory-status In Progress without a deadline: started_at + 2 days, then Fail when it passed, Red, owner told', async () => {
    await seed('4.12.87', '4.12.87.yaml');
    const w = world();
    w.clock.set('2026-04-09T00:00:00Z');
    const r1 = await driveOnce(w.deps, { releases: ['4.12.87'], config: config() });
    const cas = (await box('4.12.87')).tasks.find((t) => t.name === 'change-advisory-status');
    expect(cas?.deadline).toBe('2026-04-10T05:55:28Z');
    expect(cas?.status).toBe('In Progress');
    expect(r1.releases[0]?.waits.join()).toContain('deadline 2026-04-10T05:55Z');
    w.clock.set('2026-04-10T01:00:00Z');
    await driveOnce(w.deps, { releases: ['4.12.87'], config: config() });
    expect(w.notifier.kinds()).toEqual(['deadline']);
    await driveOnce(w.deps, { releases: ['4.12.87'], config: config() });
    expect(w.notifier.kinds()).toEqual(['deadline']);
    w.clock.set('2026-04-10T06:00:00Z');
    const r2 = await driveOnce(w.deps, { releases: ['4.12.87'], config: config() });
    expect(status(await box('4.12.87'), 'change-advisory-status')).toBe('Fail');
    expect(r2.releases[0]?.overall).toBe('Red');
    expect(w.notifier.kinds()).toEqual(['deadline', 'task-fail', 'red']);
  });

  it('4.16.61 (no tasks, no candidate builds): starts from the beginning', async () => {
    await seed('4.16.61', '4.16.61.yaml');
    const w = world();
    w.clock.set('2026-05-06T04:00:00Z');
    const r = await driveOnce(w.deps, { releases: ['4.16.61'], config: config() });
    expect(w.executor.starts.map((s) => s.task)).toEqual(['create-test-report']);
    expect(r.releases[0]?.waits).toContain('analyze-candidate-build: no x86_64 candidate build in the StateBox metadata');
  });

  it('4.12.84 (Red: change-advisory-status Fail): a retry restarts it with a fresh deadline', async () => {
    await seed('4.12.84', '4.12.84.yaml');
    const w = world();
    w.clock.set('2026-01-20T10:00:00Z');
    const r = await driveOnce(w.deps, { releases: ['4.12.84'], commands: [{ kind: 'retry', release: '4.12.84', task: 'change-advisory-status', by: 'alice' }], config: config() });
    const cas = (await box('4.12.84')).tasks.find((t) => t.name === 'change-advisory-status');
    expect(cas?.status).toBe('In Progress');
    expect(cas?.deadline).toBe('2026-01-22T10:00:00Z');
    expect(r.releases[0]?.overall).toBe('In Progress');
    expect(w.executor.startsOf('change-advisory-status')).toBe(1);
  });
});
