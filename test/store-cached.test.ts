import { afterEach, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { LocalStore } from '../src/adapters/store/local';
import { RunCachedStore } from '../src/adapters/store/cached';
import { ConflictError } from '../src/core/errors';
import { stateBoxPath } from '../src/core/version';
import type { StoredFile, StateStore, WriteOptions } from '../src/ports/store';
import { CHAIN_PASS, makeBox, tempDir, writeBox } from './helpers/fake-world';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function localStore(): Promise<LocalStore> {
  const dir = await tempDir('krd-cache-');
  dirs.push(dir);
  await writeBox(dir, makeBox({ tasks: { ...CHAIN_PASS } }));
  return new LocalStore(dir);
}

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
    const counting = new CountingStore(await localStore());
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

  it('forgets a file whose write failed, so the claim or the merge re-reads the server', async () => {
    const counting = new CountingStore(await localStore());
    const cached = new RunCachedStore(counting);
    const path = stateBoxPath('4.20.1');
    const first = await cached.read(path);
    counting.failNextWrite = true;
    await expect(cached.write(path, 'x: 1\n', { sha: first!.sha, message: 'm' })).rejects.toBeInstanceOf(ConflictError);
    await cached.read(path);
    expect(counting.reads).toBe(2);
  });
});
