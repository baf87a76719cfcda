import { afterEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { LocalStore } from '../src/adapters/store/local';
import { ClaimingExecutor, CLAIM_TTL_MS } from '../src/action/claim';
import { RunCachedStore } from '../src/action/cached-store';
import { ConflictError } from '../src/core/errors';
import { stateBoxPath } from '../src/core/version';
import type { StoredFile, StateStore, WriteOptions } from '../src/ports/store';
import { loadStateBox } from '../src/statebox/repository';
import type { StateBox } from '../src/statebox/schema';
import { CHAIN_PASS, FakeExecutor, MINUTE, RecordingLogger, T0, makeBox, tempDir, writeBox } from './helpers/fake-world';
import { FakeClock } from '../src/ports/clock';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function setup(box: StateBox) {
  const dir = await tempDir('krd-claim-');
  dirs.push(dir);
  await writeBox(dir, box);
  const store = new LocalStore(dir);
  const clock = new FakeClock(T0);
  const inner = new FakeExecutor(clock);
  const log = new RecordingLogger();
  const executor = (runId: string) => new ClaimingExecutor(inner, store, { runId, clock, log });
  return { store, clock, inner, executor };
}

const ready = () => makeBox({ tasks: { ...CHAIN_PASS } });

describe('ClaimingExecutor', () => {
  it('claims an async task in the StateBox before starting it', async () => {
    const s = await setup(ready());
    const box = (await loadStateBox(s.store, '4.20.1'))!.box;
    const out = await s.executor('run-a').start('push-to-cdn-staging', { release: '4.20.1', statebox: box });
    expect(out.status).toBe('In Progress');
    expect(s.inner.startsOf('push-to-cdn-staging')).toBe(1);
    const after = (await loadStateBox(s.store, '4.20.1'))!.box;
    expect(after.driver).toEqual({ claims: { 'push-to-cdn-staging': { run: 'run-a', at: '2025-11-01T00:00:00Z' } } });
  });

  it('of two runs that read the same StateBox, only the first to claim starts the job', async () => {
    const s = await setup(ready());
    const box = (await loadStateBox(s.store, '4.20.1'))!.box;
    const [a, b] = await Promise.all([
      s.executor('run-a').start('push-to-cdn-staging', { release: '4.20.1', statebox: box }),
      s.executor('run-b').start('push-to-cdn-staging', { release: '4.20.1', statebox: box }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['In Progress', 'Wait']);
    expect(s.inner.startsOf('push-to-cdn-staging')).toBe(1);
    const waited = a.status === 'Wait' ? a : b;
    expect(waited.waitReason).toMatch(/^another run is starting push-to-cdn-staging \(claimed at 2025-11-01T00:00:00Z\); this run leaves it alone$/);
  });

  it('waits when another run already moved the task or recorded a job', async () => {
    const s = await setup(makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'In Progress', job: { id: '7' } } } }));
    const stale = ready();
    const out = await s.executor('run-b').start('push-to-cdn-staging', { release: '4.20.1', statebox: stale });
    expect(out).toMatchObject({ status: 'Wait', waitReason: 'another run moved push-to-cdn-staging to In Progress meanwhile; this run leaves it alone' });
    expect(s.inner.starts).toEqual([]);
  });

  it('a claim older than its time to live, or older than a retry, no longer blocks', async () => {
    const claimed = (at: string, resetAt?: string) =>
      makeBox({
        tasks: { ...CHAIN_PASS, ...(resetAt ? { 'push-to-cdn-staging': { status: 'Not Started', reset_at: resetAt } } : {}) },
        driver: { claims: { 'push-to-cdn-staging': { run: 'dead-run', at } } },
      });
    const fresh = await setup(claimed('2025-11-01T00:00:00Z'));
    fresh.clock.advance(CLAIM_TTL_MS - MINUTE);
    const box1 = (await loadStateBox(fresh.store, '4.20.1'))!.box;
    expect((await fresh.executor('run-b').start('push-to-cdn-staging', { release: '4.20.1', statebox: box1 })).status).toBe('Wait');
    fresh.clock.advance(2 * MINUTE);
    expect((await fresh.executor('run-b').start('push-to-cdn-staging', { release: '4.20.1', statebox: box1 })).status).toBe('In Progress');

    const retried = await setup(claimed('2025-11-01T00:00:00Z', '2025-11-01T00:05:00Z'));
    retried.clock.advance(6 * MINUTE);
    const box2 = (await loadStateBox(retried.store, '4.20.1'))!.box;
    expect((await retried.executor('run-c').start('push-to-cdn-staging', { release: '4.20.1', statebox: box2 })).status).toBe('In Progress');
  });

  it('passes sync tasks and polls straight through, and keeps findJob', async () => {
    const s = await setup(ready());
    const box = (await loadStateBox(s.store, '4.20.1'))!.box;
    const ex = s.executor('run-a');
    await ex.start('take-ownership', { release: '4.20.1', statebox: box, owner: 'qe@example.com' });
    expect((await loadStateBox(s.store, '4.20.1'))!.box.driver).toBeUndefined();
    expect(typeof ex.findJob).toBe('function');
    expect(new ClaimingExecutor({ start: s.inner.start.bind(s.inner), poll: s.inner.poll.bind(s.inner) }, s.store, { runId: 'x', clock: s.clock, log: new RecordingLogger() }).findJob).toBeUndefined();
  });
});

/** Counts reads and can make the next write lose a race. */
class CountingStore implements StateStore {
  readonly describe = 'counting';
  reads = 0;
  lists = 0;
  failNextWrite = false;
  constructor(private readonly inner: StateStore) {}
  async read(path: string): Promise<StoredFile | undefined> {
    this.reads++;
    return this.inner.read(path);
  }
  async list(prefix: string): Promise<string[]> {
    this.lists++;
    return this.inner.list(prefix);
  }
  async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new ConflictError('stale');
    }
    return this.inner.write(path, content, options);
  }
}

describe('RunCachedStore', () => {
  it('reads and lists each path once per run, and serves what it wrote', async () => {
    const s = await setup(ready());
    const counting = new CountingStore(s.store);
    const cached = new RunCachedStore(counting);
    const path = stateBoxPath('4.20.1');
    const first = await cached.read(path);
    await cached.read(path);
    await cached.list('_releases/');
    await cached.list('_releases/');
    expect([counting.reads, counting.lists]).toEqual([1, 1]);
    const written = await cached.write(path, 'x: 1\n', { sha: first!.sha, message: 'm' });
    expect(await cached.read(path)).toEqual({ path, content: 'x: 1\n', sha: written.sha });
    expect(counting.reads).toBe(1);
  });

  it('forgets a file whose write failed, so the merge re-reads the server', async () => {
    const s = await setup(ready());
    const counting = new CountingStore(s.store);
    const cached = new RunCachedStore(counting);
    const path = stateBoxPath('4.20.1');
    const first = await cached.read(path);
    counting.failNextWrite = true;
    await expect(cached.write(path, 'x: 1\n', { sha: first!.sha, message: 'm' })).rejects.toBeInstanceOf(ConflictError);
    await cached.read(path);
    expect(counting.reads).toBe(2);
  });
});
