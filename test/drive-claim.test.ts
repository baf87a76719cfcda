/**
 * No job started twice, whoever calls driveOnce: the engine claims a job (and
 * change-advisory-status) in the StateBox with a compare-and-swap write before starting it.
 * Runs race on a real LocalStore and on the local GitHub API; crashes are the driver's crash hooks.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { driveOnce } from '../src/driver/drive';
import { DEFAULT_MAX_RETRY_WAIT_MS } from '../src/core/retry';
import type { DriverDeps, HumanCommand } from '../src/driver/types';
import type { StateStore, WriteOptions } from '../src/ports/store';
import { updateStateBox } from '../src/statebox/repository';
import { updateTask } from '../src/core/decide-update';
import { CLAIM_TTL_MS } from '../src/core/claims';
import { claimRefusal } from '../src/driver/claim';
import { releaseView } from '../src/adapters/notify/release-view';
import type { StateBox } from '../src/core/model';
import { serializeStateBox } from '../src/statebox/yaml';
import { ALL_BEFORE_ADVISORY, CANDIDATE, CHAIN_PASS, MINUTE, T0, config, fakeWorld, makeBox, testResultJson, transient, testResultPathOf, writeBox, writeRepoFile, type FakeWorld, type LocalRepos } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';
import { PATH, PassThroughStore, RELEASE, ReadBeforeWriteStore, barrier, boxOf, claimsIn, dieOnce, githubStore, ofType, racingRepos, removeRepos, task } from './helpers/racing-runs';
import { shared } from './helpers/shared';

/** The driver section less the memory of what the driver recorded (src/statebox/recorded.ts): claims and holds are gone. */
function withoutMemory(driver: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!driver) return undefined;
  const { recorded: _memory, ...rest } = driver;
  return Object.keys(rest).length ? rest : undefined;
}

let disk: LocalRepos;

beforeEach(async () => {
  disk = await racingRepos();
  await writeRepoFile(disk.recordDir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: true }));
});
afterEach(() => removeRepos(disk));

/** push-to-cdn-staging is the next thing to start. */
const readyForCdn = (extra: Parameters<typeof makeBox>[0] = {}) => makeBox({ ...extra, tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', ...extra.tasks } });

const boxIn = (s: StateStore = disk.store) => boxOf(s);

/** Runs `before` just ahead of the n-th StateBox write (another writer getting there first). */
class InterleavingStore extends PassThroughStore {
  readonly writes: string[] = [];
  constructor(
    inner: StateStore,
    private readonly at: number,
    private readonly before: () => Promise<unknown>,
  ) {
    super(inner);
  }
  override async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    if (path === PATH) {
      this.writes.push(options.message);
      if (this.writes.length === this.at) await this.before();
    }
    return this.inner.write(path, content, options);
  }
}

function world(options: Parameters<typeof fakeWorld>[2] = {}, s: StateStore = disk.store): FakeWorld {
  return fakeWorld(s, disk.record, options);
}

const drive = (deps: DriverDeps, extra: { commands?: HumanCommand[]; runId?: string; dryRun?: boolean } = {}) =>
  driveOnce(deps, { releases: [RELEASE], config: config(extra.dryRun ? { dryRun: true } : {}), ...(extra.commands ? { commands: extra.commands } : {}), ...(extra.runId ? { runId: extra.runId } : {}) });

describe('two runs at the same moment start each job once', () => {
  it('on a LocalStore: both read before either writes; one claims and starts, the other leaves it and neither loses an update', async () => {
    await writeBox(disk.repo, readyForCdn({ issues: [{ issue: 'CDN flaky last week', blocker: false }] }));
    const w = world();
    w.probes.promotionPhase = 'Ready';
    const arrive = barrier(2);
    const resolve: HumanCommand = { kind: 'resolve', release: RELEASE, issue: 1, text: 'CDN fixed', by: 'alice' };
    const [a, b] = await Promise.all([
      drive({ ...w.deps, store: new ReadBeforeWriteStore(disk.store, arrive) }, { runId: 'cron' }),
      drive({ ...w.deps, store: new ReadBeforeWriteStore(disk.store, arrive) }, { runId: 'comment', commands: [resolve] }),
    ]);
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    const final = await boxIn();
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', job: { id: w.executor.jobs[0]!.id } });
    expect(final.issues[0]).toMatchObject({ resolved: true });
    // The claim did its job and was released when the job was recorded.
    expect(withoutMemory(final.driver)).toBeUndefined();
    // Exactly one run claimed; the other said why it left the job alone.
    const claimers = [a, b].filter((r) => ofType(r, 'commit').some((e) => e.detail.includes('claim on push-to-cdn-staging')));
    expect(claimers).toHaveLength(1);
    const loser = claimers[0] === a ? b : a;
    expect(ofType(loser, 'trigger')).toEqual([]);
    expect(ofType(loser, 'wait').filter((e) => e.task === 'push-to-cdn-staging').map((e) => e.detail)).toEqual([
      expect.stringMatching(/^(another run is starting push-to-cdn-staging \(claimed at 2025-11-01T00:00:00Z\)|another run or a person changed the StateBox meanwhile and push-to-cdn-staging is no longer due); this run leaves it alone$/),
    ]);
    expect(loser.releases[0]?.waits.join('\n')).toContain('push-to-cdn-staging: another run');
  });

  it('three runs at once on a LocalStore: still one start', async () => {
    await writeBox(disk.repo, readyForCdn());
    const w = world();
    w.probes.promotionPhase = 'Ready';
    const arrive = barrier(3);
    const runs = await Promise.all(['r1', 'r2', 'r3'].map((runId) => drive({ ...w.deps, store: new ReadBeforeWriteStore(disk.store, arrive) }, { runId })));
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(runs.flatMap((r) => ofType(r, 'trigger'))).toHaveLength(1);
    expect(task(await boxIn(), 'push-to-cdn-staging')?.job?.id).toBe(w.executor.jobs[0]!.id);
  });

  it('on the GitHub API: one claim commit, every write with the SHA it read, the race seen as a 409', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [PATH]: serializeStateBox(readyForCdn()) } });
    const github = (): StateStore => githubStore(gh);
    const w = world({}, github());
    w.probes.promotionPhase = 'Ready';
    const arrive = barrier(2);
    const [a, b] = await Promise.all([
      drive({ ...w.deps, store: new ReadBeforeWriteStore(github(), arrive) }, { runId: 'run-a' }),
      drive({ ...w.deps, store: new ReadBeforeWriteStore(github(), arrive) }, { runId: 'run-b' }),
    ]);
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(gh.commits.filter((c) => c.message.includes('claim push-to-cdn-staging'))).toHaveLength(1);
    const puts = gh.requests.filter((r) => r.method === 'PUT');
    expect(puts.every((r) => typeof (r.body as { sha?: unknown }).sha === 'string')).toBe(true);
    expect(puts.filter((r) => r.status === 409)).toHaveLength(1);
    // The winner wrote twice (claim, then the job); the loser wrote nothing: it had nothing else to do.
    expect(gh.commits).toHaveLength(2);
    expect([a, b].map((r) => r.releases[0]?.wrote).sort()).toEqual([false, true]);
    const final = await boxIn(github());
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', job: { id: w.executor.jobs[0]!.id } });
    expect(withoutMemory(final.driver)).toBeUndefined();
  });

  it('two jobs due at once are claimed in one write, and each starts once when runs race', async () => {
    await writeBox(disk.repo, readyForCdn({ tasks: { 'push-to-cdn-staging': 'Pass' } }));
    const w = world();
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const arrive = barrier(2);
    const [a, b] = await Promise.all(['x', 'y'].map((runId) => drive({ ...w.deps, store: new ReadBeforeWriteStore(disk.store, arrive) }, { runId })));
    expect(w.executor.startsOf('image-consistency-check')).toBe(1);
    expect(w.executor.startsOf('stage-testing')).toBe(1);
    const claims = [a!, b!].flatMap((r) => ofType(r, 'commit').filter((e) => e.detail.includes('claim on')).map((e) => e.detail));
    expect(claims).toEqual([`wrote ${PATH}: claim on image-consistency-check, stage-testing before starting (attempt 1)`]);
    const final = await boxIn();
    expect([task(final, 'image-consistency-check')?.status, task(final, 'stage-testing')?.status]).toEqual(['In Progress', 'In Progress']);
  });

  it('a run that starts a job writes twice; a run with nothing to start pays no claim', async () => {
    await writeBox(disk.repo, readyForCdn());
    const counted = new InterleavingStore(disk.store, 0, async () => undefined);
    const w = world({}, counted);
    w.probes.promotionPhase = 'Ready';
    await drive(w.deps, { runId: 'first' });
    expect(counted.writes).toEqual([`${RELEASE}: claim push-to-cdn-staging before starting it (krd drive)`, expect.stringContaining('push-to-cdn-staging new → In Progress')]);
    w.clock.advance(5 * MINUTE);
    await drive(w.deps, { runId: 'second' });
    expect(counted.writes).toHaveLength(2);
  });
});

describe('another writer between the read and the claim', () => {
  it('a job another run recorded meanwhile: decided again on it, not started', async () => {
    await writeBox(disk.repo, readyForCdn());
    const other = async () =>
      updateStateBox(disk.store, RELEASE, (b) => updateTask(b, 'push-to-cdn-staging', { status: 'In Progress', job: { id: '42' } }, T0).box, 'other run');
    const w = world({}, new InterleavingStore(disk.store, 1, other));
    w.probes.promotionPhase = 'Ready';
    const r = await drive(w.deps, { runId: 'late' });
    expect(w.executor.starts).toEqual([]);
    expect(ofType(r, 'wait').filter((e) => e.task === 'push-to-cdn-staging').map((e) => e.detail)).toEqual([
      'another run or a person changed the StateBox meanwhile and push-to-cdn-staging is no longer due; this run leaves it alone',
    ]);
    expect(task(await boxIn(), 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', job: { id: '42' } });
  });

  it('a fresh claim by another run meanwhile: waits and says so', async () => {
    await writeBox(disk.repo, readyForCdn());
    const other = async () => updateStateBox(disk.store, RELEASE, (b) => ({ ...b, driver: { claims: { 'push-to-cdn-staging': { run: 'other', at: '2025-11-01T00:00:00Z' } } } }), 'other run claims');
    const w = world({}, new InterleavingStore(disk.store, 1, other));
    w.probes.promotionPhase = 'Ready';
    const r = await drive(w.deps, { runId: 'late' });
    expect(w.executor.starts).toEqual([]);
    expect(r.releases[0]?.waits).toContain('push-to-cdn-staging: another run is starting push-to-cdn-staging (claimed at 2025-11-01T00:00:00Z); this run leaves it alone');
    expect(claimsIn(await boxIn())).toEqual({ 'push-to-cdn-staging': { run: 'other', at: '2025-11-01T00:00:00Z' } });
  });

  it('an unrelated change meanwhile: claims again on top of it and starts the job, keeping the change', async () => {
    await writeBox(disk.repo, readyForCdn());
    const person = async () => updateStateBox(disk.store, RELEASE, (b) => ({ ...b, metadata: { ...b.metadata, qe_owner: 'bob' } }), 'person');
    const interleaved = new InterleavingStore(disk.store, 1, person);
    const w = world({}, interleaved);
    w.probes.promotionPhase = 'Ready';
    const r = await drive(w.deps, { runId: 'late' });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(ofType(r, 'commit').map((e) => e.detail)).toEqual([expect.stringContaining('claim on push-to-cdn-staging before starting (attempt 2)'), expect.stringContaining('(attempt 1)')]);
    const final = await boxIn();
    expect(final.metadata.qe_owner).toBe('bob');
    expect(task(final, 'push-to-cdn-staging')?.status).toBe('In Progress');
    expect(withoutMemory(final.driver)).toBeUndefined();
  });

  it('a change after the claim and before the last write is merged as before', async () => {
    await writeBox(disk.repo, readyForCdn());
    const person = async () => updateStateBox(disk.store, RELEASE, (b) => ({ ...b, metadata: { ...b.metadata, qe_owner: 'carol' } }), 'person');
    const w = world({}, new InterleavingStore(disk.store, 2, person));
    w.probes.promotionPhase = 'Ready';
    const r = await drive(w.deps, { runId: 'run' });
    expect(ofType(r, 'commit').at(-1)?.detail).toContain('attempt 2');
    const final = await boxIn();
    expect(final.metadata.qe_owner).toBe('carol');
    expect(task(final, 'push-to-cdn-staging')?.job?.id).toBe(w.executor.jobs[0]!.id);
    expect(withoutMemory(final.driver)).toBeUndefined();
  });

  it('a claim write the store refuses (not a race) starts nothing and reports it', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [PATH]: serializeStateBox(readyForCdn()) } });
    const github = githubStore(gh);
    gh.inject({ status: 403, times: 5, match: { method: 'PUT' } });
    const w = world({}, github);
    w.probes.promotionPhase = 'Ready';
    const r = await drive(w.deps, { runId: 'run' });
    expect(w.executor.starts).toEqual([]);
    expect(ofType(r, 'error').map((e) => e.detail)).toEqual([expect.stringMatching(/^could not claim push-to-cdn-staging in the StateBox, nothing started; the next run tries again: .*Resource not accessible by integration/)]);
    expect(r.releases[0]?.waits.some((x) => x.startsWith('push-to-cdn-staging: could not claim push-to-cdn-staging, so it was not started'))).toBe(true);
    expect(gh.commits).toEqual([]);
  });
});

describe('crashes around the claim', () => {
  it('dies after claiming, before starting: the claim holds other runs off for 15 minutes, then the job starts once (findJob finds none)', async () => {
    await writeBox(disk.repo, readyForCdn());
    const w = world({ hooks: dieOnce('afterClaim') });
    w.probes.promotionPhase = 'Ready';
    await expect(drive(w.deps, { runId: 'dies' })).rejects.toThrow('simulated crash (afterClaim)');
    expect(w.executor.starts).toEqual([]);
    const claimed = await boxIn();
    expect(claimsIn(claimed)).toEqual({ 'push-to-cdn-staging': { run: 'dies', at: '2025-11-01T00:00:00Z' } });
    expect(task(claimed, 'push-to-cdn-staging')).toBeUndefined();

    w.clock.advance(CLAIM_TTL_MS - MINUTE);
    const waiting = await drive(w.deps, { runId: 'next' });
    expect(w.executor.starts).toEqual([]);
    expect(waiting.releases[0]).toMatchObject({ wrote: false });
    expect(waiting.releases[0]?.waits).toContain('push-to-cdn-staging: another run is starting push-to-cdn-staging (claimed at 2025-11-01T00:00:00Z); this run leaves it alone');

    w.clock.advance(MINUTE);
    await drive(w.deps, { runId: 'later' });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    const final = await boxIn();
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', job: { id: w.executor.jobs[0]!.id } });
    expect(withoutMemory(final.driver)).toBeUndefined();
  });

  it.each(['afterTrigger', 'beforeCommit'] as const)('dies %s an async job: never a second start; the job is adopted once the claim expires', async (point) => {
    await writeBox(disk.repo, readyForCdn());
    const w = world({ hooks: dieOnce(point) });
    w.probes.promotionPhase = 'Ready';
    await expect(drive(w.deps, { runId: 'dies' })).rejects.toThrow(`simulated crash (${point})`);
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    w.clock.advance(5 * MINUTE);
    const waiting = await drive(w.deps, { runId: 'next' });
    expect(ofType(waiting, 'trigger')).toEqual([]);
    expect(waiting.releases[0]?.waits.join('\n')).toContain('another run is starting push-to-cdn-staging');
    w.clock.advance(10 * MINUTE);
    const adopting = await drive(w.deps, { runId: 'later' });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(ofType(adopting, 'decision').map((e) => e.detail).join('\n')).toContain(`Adopted job https://jenkins.example/job/${w.executor.jobs[0]!.id}/`);
    const final = await boxIn();
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', job: { id: w.executor.jobs[0]!.id } });
    expect(withoutMemory(final.driver)).toBeUndefined();
  });

  it('change-advisory-status approved by a run that died before committing is not started again: waited on, then adopted', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...ALL_BEFORE_ADVISORY } }));
    const w = world({ hooks: dieOnce('beforeCommit'), start: new Date('2025-11-03T00:00:00Z') });
    await expect(drive(w.deps, { runId: 'dies' })).rejects.toThrow('simulated crash (beforeCommit)');
    expect(w.executor.startsOf('change-advisory-status')).toBe(1);
    expect(claimsIn(await boxIn())).toEqual({ 'change-advisory-status': { run: 'dies', at: '2025-11-03T00:00:00Z' } });

    w.clock.advance(5 * MINUTE);
    const waiting = await drive(w.deps, { runId: 'next' });
    expect(waiting.releases[0]?.waits).toContain('change-advisory-status: another run is starting change-advisory-status (claimed at 2025-11-03T00:00:00Z); this run leaves it alone');
    expect(waiting.releases[0]?.wrote).toBe(false);

    w.clock.advance(10 * MINUTE);
    const adopting = await drive(w.deps, { runId: 'later' });
    expect(w.executor.startsOf('change-advisory-status')).toBe(1);
    const cas = task(await boxIn(), 'change-advisory-status')!;
    expect(cas).toMatchObject({ status: 'In Progress', deadline: '2025-11-05T00:00:00Z' });
    expect(cas.result).toMatch(/^Adopted: a run claimed change-advisory-status at 2025-11-03T00:00:00Z and died before recording it; .* \/release:retry 4\.20\.1 change-advisory-status\.$/);
    expect(ofType(adopting, 'status').map((e) => [e.task, e.status])).toEqual([['change-advisory-status', 'In Progress']]);
    expect((await boxIn()).driver?.['claims']).toBeUndefined();

    w.clock.advance(15 * MINUTE);
    w.probes.prodMetadata = true;
    const shipped = await drive(w.deps, { runId: 'ships' });
    expect(shipped.releases[0]?.overall).toBe('Green');
    // Run again once the prod metadata answered (oar moves the advisories); the adopted deadline stays.
    expect(w.executor.startsOf('change-advisory-status')).toBe(2);
    expect(task(await boxIn(), 'change-advisory-status')).toMatchObject({ status: 'Pass', deadline: '2025-11-05T00:00:00Z' });
  });

  it('a /release:retry after a claim voids it: the task starts again at once', async () => {
    await writeBox(disk.repo, readyForCdn({ driver: { claims: { 'push-to-cdn-staging': { run: 'dead', at: '2025-11-01T00:00:00Z' } } } }));
    const w = world();
    w.probes.promotionPhase = 'Ready';
    w.clock.advance(MINUTE);
    const blocked = await drive(w.deps, { runId: 'a' });
    expect(blocked.releases[0]?.waits.join('\n')).toContain('another run is starting push-to-cdn-staging');
    const retry: HumanCommand = { kind: 'retry', release: RELEASE, task: 'push-to-cdn-staging', by: 'alice' };
    w.clock.advance(MINUTE);
    await drive(w.deps, { runId: 'b', commands: [retry] });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    const final = await boxIn();
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', reset_at: '2025-11-01T00:02:00Z' });
    expect(withoutMemory(final.driver)).toBeUndefined();
  });
});

const HELD_CDN =
  'push-to-cdn-staging: waits for a person: run dies may have started it at 2025-11-01T00:00Z and died before recording its job; ' +
  "check the stage push jobs of the release's advisories in the Errata Tool, then /release:record-job 4.20.1 push-to-cdn-staging JOB to record the job it started, or /release:retry 4.20.1 push-to-cdn-staging to start it again";
const unrecordedIn = (b: StateBox) => b.driver?.['unrecorded_starts'];

describe('an executor without findJob (the oar CLI): an expired claim on a job waits for a person', () => {
  it.each(['afterClaim', 'afterTrigger', 'beforeCommit'] as const)('dies %s: once the claim expires nothing starts; the wait is said in waits, krd status, Slack and the log, once', async (point) => {
    await writeBox(disk.repo, readyForCdn());
    const w = world({ hooks: dieOnce(point), findJob: false });
    w.probes.promotionPhase = 'Ready';
    await expect(drive(w.deps, { runId: 'dies' })).rejects.toThrow(`simulated crash (${point})`);
    const started = w.executor.startsOf('push-to-cdn-staging');
    expect(started).toBe(point === 'afterClaim' ? 0 : 1);

    w.clock.advance(CLAIM_TTL_MS);
    const held = await drive(w.deps, { runId: 'next' });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(started);
    expect(ofType(held, 'trigger')).toEqual([]);
    expect(held.releases[0]?.waits).toContain(HELD_CDN);
    expect(ofType(held, 'decision').filter((e) => e.task === 'push-to-cdn-staging').map((e) => e.detail)).toEqual([
      'push-to-cdn-staging may have been started by run dies at 2025-11-01T00:00:00Z, which died before recording its job, and the executor cannot look the job up: nothing started; a person checks the job system, then /release:record-job 4.20.1 push-to-cdn-staging JOB records the job it finds, or /release:retry 4.20.1 push-to-cdn-staging starts the task again',
    ]);
    const box = await boxIn();
    // The expired claim became the record that holds the task; the task itself is not written.
    expect(claimsIn(box)).toBeUndefined();
    expect(unrecordedIn(box)).toEqual({ 'push-to-cdn-staging': { run: 'dies', at: '2025-11-01T00:00:00Z' } });
    expect(task(box, 'push-to-cdn-staging')).toBeUndefined();
    // krd status reads the same wait from the StateBox alone.
    const view = releaseView(box, { now: w.clock.now() });
    expect(view.waits).toContain(HELD_CDN);
    expect(view.rows.find((r) => r.task === 'push-to-cdn-staging')?.detail).toBe(HELD_CDN.replace('push-to-cdn-staging: ', ''));
    expect(view.overall).toBe('In Progress');

    w.clock.advance(15 * MINUTE);
    const again = await drive(w.deps, { runId: 'again' });
    expect(again.releases[0]).toMatchObject({ wrote: false });
    expect(again.releases[0]?.waits).toContain(HELD_CDN);
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(started);
    expect(w.notifier.sent.filter((s) => s.message.kind === 'waiting').map((s) => s.message.key)).toEqual([`${RELEASE}:unrecorded-start:push-to-cdn-staging:dies@2025-11-01T00:00:00Z`]);
    expect(w.log.of('warning').filter((m) => m.includes('died before recording its job'))).toHaveLength(1);
  });

  it('/release:retry clears it: the job starts afresh in that run, once, and the record goes', async () => {
    await writeBox(disk.repo, readyForCdn({ driver: { unrecorded_starts: { 'push-to-cdn-staging': { run: 'dies', at: '2025-11-01T00:00:00Z' } } } }));
    const w = world({ findJob: false });
    w.probes.promotionPhase = 'Ready';
    w.clock.advance(20 * MINUTE);
    const retry: HumanCommand = { kind: 'retry', release: RELEASE, task: 'push-to-cdn-staging', by: 'alice' };
    const r = await drive(w.deps, { runId: 'retry', commands: [retry] });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(r.releases[0]?.waits.join('\n')).not.toContain('waits for a person');
    const final = await boxIn();
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', job: { id: w.executor.jobs[0]!.id }, reset_at: '2025-11-01T00:20:00Z' });
    expect(withoutMemory(final.driver)).toBeUndefined();
    // The person is told what happens next.
    const replies = r.replies?.map((x) => x.reply);
    expect(replies).toEqual(['push-to-cdn-staging of 4.20.1 will start again on the next step.']);
  });

  it('a person records the job instead: it is polled, never started, and the record goes', async () => {
    await writeBox(disk.repo, readyForCdn({ driver: { unrecorded_starts: { 'push-to-cdn-staging': { run: 'dies', at: '2025-11-01T00:00:00Z' } } } }));
    const w = world({ findJob: false });
    w.probes.promotionPhase = 'Ready';
    w.executor.jobs.push({ id: '77', task: 'push-to-cdn-staging', release: RELEASE, startedAt: T0.getTime() });
    await updateStateBox(disk.store, RELEASE, (b) => updateTask(b, 'push-to-cdn-staging', { status: 'In Progress', job: { id: '77' } }, T0).box, 'a person records the job');
    w.clock.advance(20 * MINUTE);
    const r = await drive(w.deps, { runId: 'after' });
    expect(w.executor.starts).toEqual([]);
    expect(w.executor.polls.map((p) => p.ctx.jobId)).toEqual(['77']);
    expect(r.releases[0]?.waits.join('\n')).not.toContain('waits for a person');
    const final = await boxIn();
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ job: { id: '77' } });
    expect(unrecordedIn(final)).toBeUndefined();
  });

  it('with findJob nothing changes: the expired claim is taken over, the job found is adopted, nothing waits for a person', async () => {
    await writeBox(disk.repo, readyForCdn());
    const w = world({ hooks: dieOnce('afterTrigger') });
    w.probes.promotionPhase = 'Ready';
    await expect(drive(w.deps, { runId: 'dies' })).rejects.toThrow('simulated crash (afterTrigger)');
    w.clock.advance(CLAIM_TTL_MS);
    const r = await drive(w.deps, { runId: 'next' });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(r.releases[0]?.waits.join('\n')).not.toContain('waits for a person');
    expect(w.notifier.sent.filter((s) => s.message.kind === 'waiting')).toEqual([]);
    const final = await boxIn();
    expect(task(final, 'push-to-cdn-staging')).toMatchObject({ status: 'In Progress', job: { id: w.executor.jobs[0]!.id } });
    expect(withoutMemory(final.driver)).toBeUndefined();
  });

  it('a run that lost the claim race and then sees an expired claim on a job does not take it over without findJob', () => {
    const box = readyForCdn({ driver: { claims: { 'push-to-cdn-staging': { run: 'dead', at: '2025-11-01T00:00:00Z' } } } });
    const later = new Date(T0.getTime() + CLAIM_TTL_MS);
    expect(claimRefusal(box, 'push-to-cdn-staging', later, 'me', false)).toBe(
      'run dead claimed push-to-cdn-staging at 2025-11-01T00:00:00Z and never recorded it; it may have started the job, which this executor cannot look up, so nothing starts and the next run asks a person',
    );
    expect(claimRefusal(box, 'push-to-cdn-staging', later, 'me', true)).toBeUndefined();
    const sync = readyForCdn({ driver: { claims: { 'image-signed-check': { run: 'dead', at: '2025-11-01T00:00:00Z' } } } });
    expect(claimRefusal(sync, 'image-signed-check', later, 'me', false)).toBeUndefined();
  });
});

describe('the claim itself', () => {
  it('is stamped when it is written, after the retries earlier in the run, with the run id given', async () => {
    await writeBox(disk.repo, readyForCdn({ tasks: { 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } } } }));
    const w = world({ hooks: dieOnce('afterClaim'), behaviour: { 'push-to-cdn-staging': { errors: [transient(), transient()] } } });
    w.executor.jobs.push({ id: '1', task: 'push-to-cdn-staging', release: '4.20.1', startedAt: T0.getTime() - 2 * 60 * MINUTE });
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    await expect(drive(w.deps, { runId: 'slow-run' })).rejects.toThrow('simulated crash (afterClaim)');
    // The run's two backoffs (each at most what a run sits out) passed before the claim was written.
    const waits = config().retryBackoffMs.slice(0, 2).map((ms) => Math.min(ms, DEFAULT_MAX_RETRY_WAIT_MS));
    expect(w.clock.sleeps).toEqual(waits);
    const at = new Date(T0.getTime() + waits[0]! + waits[1]!).toISOString().replace(/\.000Z$/, 'Z');
    expect(at).not.toBe('2025-11-01T00:00:00Z');
    expect(claimsIn(await boxIn())).toEqual({
      'image-consistency-check': { run: 'slow-run', at },
      'stage-testing': { run: 'slow-run', at },
    });
  });
});

describe('claims cost nothing when nothing starts', () => {
  it('the executor says wait: the claim is released in the same run, the StateBox ends as it was', async () => {
    const start = readyForCdn();
    await writeBox(disk.repo, start);
    const w = world({ behaviour: { 'push-to-cdn-staging': { wait: 'CDN maintenance until 02:00' } } });
    w.probes.promotionPhase = 'Ready';
    const r = await drive(w.deps, { runId: 'r' });
    expect(r.releases[0]?.waits).toContain('push-to-cdn-staging: CDN maintenance until 02:00');
    expect(ofType(r, 'commit')).toHaveLength(2);
    const final = await boxIn();
    expect(withoutMemory(final.driver)).toBeUndefined();
    expect(final.tasks).toEqual(start.tasks);
    // The next run is not held off by a claim.
    w.executor.behaviour['push-to-cdn-staging'] = {};
    w.clock.advance(MINUTE);
    await drive(w.deps, { runId: 's' });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
  });

  it('a dry run claims nothing and writes nothing', async () => {
    await writeBox(disk.repo, readyForCdn());
    const counted = new InterleavingStore(disk.store, 0, async () => undefined);
    const w = world({}, counted);
    w.probes.promotionPhase = 'Ready';
    const r = await drive(w.deps, { dryRun: true });
    expect(counted.writes).toEqual([]);
    expect(w.executor.starts).toEqual([]);
    expect(ofType(r, 'decision').map((e) => e.detail)).toContain('dry run: would trigger push-to-cdn-staging');
  });
});

describe('the simulator', () => {
  it('reports each claim write as a commit event saying it is a claim', async () => {
    const { simulate } = await import('../src/sim/simulate');
    const { loadScenario } = await import('../src/sim/scenario');
    const report = await simulate(loadScenario(shared('scenarios/happy-path.yaml')));
    const claims = report.events.filter((e) => e.type === 'commit' && e.detail.includes(': claim on '));
    expect(claims.map((e) => e.detail.replace(/^.*claim on (.*) before starting.*$/, '$1'))).toEqual([
      'create-test-report',
      'take-ownership',
      'check-cve-tracker-bug',
      'check-rhcos-security-alerts',
      'push-to-cdn-staging',
      'image-consistency-check, stage-testing',
      'image-signed-check',
      'change-advisory-status',
      'change-advisory-status',
    ]);
    const { 'change-advisory-status': advisory, ...once } = report.triggers['4.20.1']!;
    expect(Object.values(once).every((n) => n === 1)).toBe(true);
    expect(advisory).toBe(2);
  });
});
