/**
 * No notification sent twice (src/driver/outbox.ts): a run records what it will send in its
 * commit, owned by it (driver.unsent), sends only once that commit landed, then records what
 * went out. Racing runs on the local GitHub API, commits that fail or whose answer is lost,
 * a confirming write that fails, a run that dies while sending; and the pieces on their own
 * (the merge keeps the owner of the first commit, staging).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TransientError } from '../src/core/errors';
import { driveOnce } from '../src/driver/drive';
import { stageNotifications } from '../src/driver/outbox';
import type { DriverDeps } from '../src/driver/types';
import type { Notification, Notifier, NotifyResult } from '../src/ports/notifier';
import type { StateStore, WriteOptions } from '../src/ports/store';
import { CLAIM_TTL_MS } from '../src/core/claims';
import { mergeStateBoxes } from '../src/statebox/merge';
import type { StateBox } from '../src/core/model';
import { unsentOf, type Unsent } from '../src/statebox/unsent';
import { serializeStateBox } from '../src/statebox/yaml';
import { CHAIN_PASS, HOUR, MINUTE, T0, config, fakeWorld, makeBox, writeBox, type FakeWorld, type LocalRepos } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';
import { PATH, PassThroughStore, RELEASE, ReadBeforeWriteStore, barrier, boxOf, githubStore, ofType, racingRepos, removeRepos } from './helpers/racing-runs';

const PASS_KEY = `${RELEASE}:task:push-to-cdn-staging:Pass:started=2025-11-01T00:00:00Z`;
let disk: LocalRepos;

beforeEach(async () => {
  disk = await racingRepos();
});
afterEach(() => removeRepos(disk));

/** push-to-cdn-staging runs job 1, which has finished: the next run records Pass and announces it. */
const jobDone = (driver?: Record<string, unknown>) =>
  makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } } }, ...(driver ? { driver } : {}) });

function world(s: StateStore = disk.store): FakeWorld {
  const w = fakeWorld(s, disk.record);
  w.executor.jobs.push({ id: '1', task: 'push-to-cdn-staging', release: RELEASE, startedAt: T0.getTime() - HOUR });
  w.probes.promotionPhase = 'Ready';
  return w;
}

const boxIn = (s: StateStore = disk.store) => boxOf(s);
const drive = (deps: DriverDeps, runId: string, dryRun = false) => driveOnce(deps, { releases: [RELEASE], config: config(dryRun ? { dryRun: true } : {}), runId });

/** A store wrapper: `fail(message, landed)` decides, per StateBox write, whether it fails and whether it lands first. */
class FaultyStore extends PassThroughStore {
  readonly writes: string[] = [];
  constructor(
    inner: StateStore,
    private readonly fault: (message: string) => 'ok' | 'refuse' | 'lose-answer',
  ) {
    super(inner);
  }
  override async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    if (path !== PATH) return this.inner.write(path, content, options);
    this.writes.push(options.message);
    const what = this.fault(options.message);
    if (what === 'refuse') throw new TransientError(`GitHub answered 502 to PUT ${path} (test).`);
    const out = await this.inner.write(path, content, options);
    if (what === 'lose-answer') throw new TransientError(`the answer to PUT ${path} was lost (test; the commit landed).`);
    return out;
  }
}

/** A notifier that hangs on its first message: the runner is killed while sending. */
class HangingNotifier implements Notifier {
  readonly sent: Notification[] = [];
  private hung = false;
  notify(message: Notification): Promise<NotifyResult> {
    if (!this.hung) {
      this.hung = true;
      return new Promise<NotifyResult>(() => undefined);
    }
    this.sent.push(message);
    return Promise.resolve({ thread: 'thread-1' });
  }
}

describe('a notification goes out only after the commit that records it', () => {
  it('records it as the run’s own in the commit, sends it, then records it as sent', async () => {
    await writeBox(disk.repo, jobDone());
    const counted = new FaultyStore(disk.store, () => 'ok');
    const w = world(counted);
    const seen: StateBox[] = [];
    w.notifier.notify = async (message, thread) => {
      // While sending, the StateBox already holds the message, owned by this run.
      seen.push(await boxIn());
      w.notifier.sent.push({ message, thread });
      return { thread: 'thread-1' };
    };
    const r = await drive(w.deps, 'run-1');
    expect(unsentOf(seen[0])).toEqual([{ key: PASS_KEY, kind: 'task-pass', text: `${RELEASE}: Push to CDN Staging passed.`, since: '2025-11-01T00:00:00Z', run: 'run-1', at: '2025-11-01T00:00:00Z' }]);
    expect(counted.writes).toEqual([`${RELEASE}: push-to-cdn-staging In Progress → Pass (krd drive)`, `${RELEASE}: notifications: 1 sent (krd drive)`]);
    expect(ofType(r, 'commit').map((e) => e.detail)).toEqual([
      `wrote ${PATH}: push-to-cdn-staging In Progress → Pass (attempt 1)`,
      `wrote ${PATH}: notifications 1 sent (attempt 1)`,
    ]);
    const final = await boxIn();
    expect(final.driver).toMatchObject({ notified: [PASS_KEY], slack_thread: 'thread-1' });
    expect(final.driver?.['unsent']).toBeUndefined();
  });

  it('a commit the store refuses: nothing sent; the next run records it again and sends it once', async () => {
    await writeBox(disk.repo, jobDone());
    let refuse = true;
    const w = world(new FaultyStore(disk.store, (m) => (m.includes('→ Pass') && refuse ? ((refuse = false), 'refuse') : 'ok')));
    const failed = await drive(w.deps, 'fails');
    expect(failed.releases[0]?.error).toMatch(/could not write .*502/);
    expect(w.notifier.sent).toEqual([]);
    w.clock.advance(15 * MINUTE);
    await drive(w.deps, 'next');
    expect(w.notifier.sent.map((s) => s.message.key)).toEqual([PASS_KEY]);
    expect((await boxIn()).driver?.notified).toEqual([PASS_KEY]);
  });

  it('a commit whose answer was lost: read again, found landed with the run’s messages, sent once', async () => {
    await writeBox(disk.repo, jobDone());
    let lose = true;
    const w = world(new FaultyStore(disk.store, (m) => (m.includes('→ Pass') && lose ? ((lose = false), 'lose-answer') : 'ok')));
    const r = await drive(w.deps, 'lost');
    expect(r.releases[0]).toMatchObject({ wrote: true });
    expect(r.releases[0]?.error).toBeUndefined();
    expect(ofType(r, 'commit')[0]?.detail).toContain('the StateBox read again shows the commit landed');
    expect(w.notifier.sent.map((s) => s.message.key)).toEqual([PASS_KEY]);
    w.clock.advance(15 * MINUTE);
    await drive(w.deps, 'next');
    expect(w.notifier.sent).toHaveLength(1);
    expect((await boxIn()).driver?.notified).toEqual([PASS_KEY]);
  });

  it('a dry run writes nothing, sends nothing and says how many it would send', async () => {
    // A dry run polls nothing; a message left by a failed send is what it would send.
    await writeBox(disk.repo, jobDone({ unsent: [{ key: 'k', kind: 'task-pass', text: 'waiting', since: '2025-11-01T00:00:00Z' }] }));
    const counted = new FaultyStore(disk.store, () => 'ok');
    const w = world(counted);
    const r = await drive(w.deps, 'dry', true);
    expect(counted.writes).toEqual([]);
    expect(w.notifier.sent).toEqual([]);
    expect(ofType(r, 'decision').map((e) => e.detail)).toContain(`dry run: would write ${PATH} and send 1 notification(s)`);
  });
});

describe('at most once when a run cannot say whether it sent', () => {
  it('the write that records the send fails: sent once; a later run leaves it while the owner may live, then gives it up, saying so', async () => {
    await writeBox(disk.repo, jobDone());
    const w = world(new FaultyStore(disk.store, (m) => (m.includes('notifications:') ? 'refuse' : 'ok')));
    const r = await drive(w.deps, 'sender');
    expect(w.notifier.sent.map((s) => s.message.key)).toEqual([PASS_KEY]);
    // No retries around the store (its client retries: src/core/retry.ts), then a warning: the release is not in error.
    expect(w.clock.sleeps).toEqual([]);
    expect(r.releases[0]?.error).toBeUndefined();
    expect(ofType(r, 'error').map((e) => e.detail)).toEqual([expect.stringMatching(/^could not record in .* which notifications were sent \(1 sent\): .*they stay recorded as this run's and are not sent again$/)]);
    expect(unsentOf(await boxIn())).toEqual([expect.objectContaining({ key: PASS_KEY, run: 'sender' })]);

    const quiet = await drive(w.deps, 'soon'); // 7 minutes after the claim: the owner may still be sending
    expect(quiet.releases[0]?.wrote).toBe(false);

    w.clock.set(T0.getTime() + CLAIM_TTL_MS);
    const later = await drive(w.deps, 'later');
    expect(w.notifier.sent).toHaveLength(1);
    expect(ofType(later, 'error').map((e) => e.detail)).toEqual([
      `notification task-pass recorded by run sender at 2025-11-01T00:00:00Z was never confirmed as sent (the run died or lost its write); not sent again, so it is never posted twice; check the channel for it: ${RELEASE}: Push to CDN Staging passed.`,
    ]);
    expect(w.log.of('warning').join('\n')).toContain('was never confirmed as sent');
    const final = await boxIn();
    expect(final.driver?.notified).toEqual([PASS_KEY]);
    expect(final.driver?.['unsent']).toBeUndefined();
  });

  it('the runner dies while sending: never sent by another run; given up, with a warning, once the claim expired', async () => {
    await writeBox(disk.repo, jobDone());
    const w = world();
    const hanging = new HangingNotifier();
    void drive({ ...w.deps, notifier: hanging }, 'killed');
    // Its commit lands, then it hangs in the notifier (killed there).
    for (let i = 0; i < 50 && unsentOf(await boxIn()).length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(unsentOf(await boxIn())).toEqual([expect.objectContaining({ key: PASS_KEY, run: 'killed' })]);

    w.clock.advance(10 * MINUTE);
    const soon = await drive({ ...w.deps, notifier: hanging }, 'soon');
    expect(soon.releases[0]?.wrote).toBe(false);
    w.clock.advance(5 * MINUTE);
    const later = await drive({ ...w.deps, notifier: hanging }, 'later');
    expect(hanging.sent).toEqual([]);
    expect(ofType(later, 'error').map((e) => e.detail).join('\n')).toContain('recorded by run killed at 2025-11-01T00:00:00Z was never confirmed as sent');
    expect((await boxIn()).driver).toMatchObject({ notified: [PASS_KEY] });
    expect((await boxIn()).driver?.['unsent']).toBeUndefined();
  });
});

describe('racing runs', () => {
  it('on the GitHub API: two runs see the job finish; both commits record the message, one run sends it', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [PATH]: serializeStateBox(jobDone()) } });
    const github = (): StateStore => githubStore(gh);
    const w = world(github());
    // Both runs read before either writes.
    const arrive = barrier(2);
    const racing = (): StateStore => new ReadBeforeWriteStore(github(), arrive);
    const runs = await Promise.all(['a', 'b'].map((runId) => drive({ ...w.deps, store: racing() }, runId)));
    expect(w.notifier.sent.map((s) => s.message.key)).toEqual([PASS_KEY]);
    expect(runs.flatMap((r) => ofType(r, 'notify'))).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PUT' && r.status === 409).length).toBeGreaterThan(0);
    const final = await boxIn(github());
    expect(final.driver?.notified).toEqual([PASS_KEY]);
    expect(final.driver?.['unsent']).toBeUndefined();
  });
});

describe('older StateBoxes and failed sends', () => {
  it('entries without an owner (a failed send, or written by an older driver) are claimed by the next commit and sent once', async () => {
    const old: Unsent = { key: 'k-old', kind: 'task-fail', text: `${RELEASE}: Stage Testing FAILED.`, mentionOwner: true, since: '2025-10-31T12:00:00Z' };
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1' } } }, driver: { unsent: [old] } }));
    const w = world();
    w.executor.behaviour['push-to-cdn-staging'] = { durationMs: 10 * HOUR };
    const r = await drive(w.deps, 'r');
    expect(w.notifier.sent.map((s) => [s.message.key, s.message.mentionOwner, s.message.owner])).toEqual([['k-old', true, 'qe@example.com']]);
    expect(r.releases[0]?.wrote).toBe(true);
    expect((await boxIn()).driver).toEqual({ notified: ['k-old'], slack_thread: 'thread-1' });
    // Nothing more to do: the next run writes nothing.
    w.clock.advance(15 * MINUTE);
    expect((await drive(w.deps, 's')).releases[0]?.wrote).toBe(false);
  });
});

describe('the pieces', () => {
  const entry = (run?: string, at = '2025-11-01T00:00:00Z'): Unsent => ({ key: 'k', kind: 'task-pass', text: 't', since: '2025-11-01T00:00:00Z', ...(run ? { run, at } : {}) });
  const withDriver = (driver?: Record<string, unknown>) => makeBox({ tasks: CHAIN_PASS, ...(driver ? { driver } : {}) });

  it('merge: two commits record the same message for different runs: the one in the store (landed first) keeps it', () => {
    const base = withDriver();
    const merged = mergeStateBoxes(base, withDriver({ unsent: [entry('ours')] }), withDriver({ unsent: [entry('theirs')] }));
    expect(unsentOf(merged.merged)).toEqual([entry('theirs')]);
    expect(merged.conflicts.map((c) => c.where)).toEqual(['driver.unsent[k]']);
    // Two runs claiming an unowned entry again (a failed send): the same rule.
    const waiting = withDriver({ unsent: [entry()] });
    expect(unsentOf(mergeStateBoxes(waiting, withDriver({ unsent: [entry('ours')] }), withDriver({ unsent: [entry('theirs')] })).merged)).toEqual([entry('theirs')]);
  });

  it('merge: a key the other side sent (in notified) leaves the outbox, whoever recorded it', () => {
    const base = withDriver();
    const ours = withDriver({ unsent: [entry('ours')] });
    const theirs = withDriver({ notified: ['k'], slack_thread: '1.1' });
    expect(mergeStateBoxes(base, ours, theirs).merged.driver).toEqual({ notified: ['k'], slack_thread: '1.1' });
    expect(mergeStateBoxes(base, theirs, ours).merged.driver).toEqual({ notified: ['k'], slack_thread: '1.1' });
  });

  it('merge: one-sided changes stand (a new entry, a release after a failed send, a sent one removed)', () => {
    const owned = withDriver({ unsent: [entry('r')] });
    expect(unsentOf(mergeStateBoxes(withDriver(), owned, withDriver({ owner: 'x' })).merged)).toEqual([entry('r')]);
    expect(unsentOf(mergeStateBoxes(owned, withDriver({ unsent: [entry()] }), owned).merged)).toEqual([entry()]);
    expect(mergeStateBoxes(owned, owned, withDriver({ notified: ['k'] })).merged.driver).toEqual({ notified: ['k'] });
  });

  it('stage: owns new messages and unowned entries, leaves another live run’s, gives up an expired one, drops a day-old one', () => {
    const now = new Date(T0.getTime() + 20 * MINUTE);
    const box = withDriver({
      notified: ['sent'],
      unsent: [
        { ...entry(), key: 'retry' },
        { ...entry('other', '2025-11-01T00:10:00Z'), key: 'live' },
        { ...entry('dead', '2025-11-01T00:04:00Z'), key: 'expired' },
        { ...entry(), key: 'stale', since: '2025-10-30T00:00:00Z' },
        { ...entry(), key: 'sent' },
      ],
    });
    const fresh: Notification[] = [
      { key: 'new', release: RELEASE, kind: 'green', text: 'Green' },
      { key: 'live', release: RELEASE, kind: 'task-pass', text: 'dup' },
    ];
    const staged = stageNotifications(box, fresh, 'me', now);
    expect(staged.owned).toBe(2);
    expect(staged.abandoned.map((e) => e.key)).toEqual(['expired']);
    expect(staged.dropped.map((e) => e.key)).toEqual(['stale']);
    expect(unsentOf(staged.box).map((e) => [e.key, e.run])).toEqual([
      ['retry', 'me'],
      ['live', 'other'],
      ['new', 'me'],
    ]);
    expect(staged.box.driver?.notified).toEqual(['sent', 'stale', 'expired']);
    // Nothing to record: the StateBox is returned as it was.
    const plain = withDriver({ notified: ['sent'] });
    expect(stageNotifications(plain, [], 'me', now).box).toBe(plain);
  });
});
