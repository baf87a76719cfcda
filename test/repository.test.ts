import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createOctokit } from '../src/adapters/github/octokit';
import { GitHubStore } from '../src/adapters/store/github';
import { LocalStore } from '../src/adapters/store/local';
import { ConflictError, InputError } from '../src/core/errors';
import { FakeClock } from '../src/ports/clock';
import type { StateStore, StoredFile, WriteOptions } from '../src/ports/store';
import { DEFAULT_SAVE_ATTEMPTS, RETRY_CAP_MS, loadStateBox, saveStateBox, updateStateBox } from '../src/statebox/repository';
import { addIssue, newStateBox, resolveIssue, upsertTask } from '../src/statebox/edit';
import type { StateBox } from '../src/core/model';
import { StateBoxError, parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { type GitHubServer, startGitHubServer } from './helpers/github-server';

const RELEASE = '4.20.1';
const FILE = '_releases/4.20/statebox/4.20.1.yaml';
const T0 = new Date('2026-01-10T08:00:00Z');
const TOKEN = 't0k';

function freshBox(): StateBox {
  return newStateBox(RELEASE, { jira_ticket: 'ART-1', release_date: '2026-Jan-13', advisory_ids: { rpm: 1, rhcos: 2 } }, T0);
}

function githubStore(gh: GitHubServer): GitHubStore {
  const octokit = createOctokit({ token: TOKEN, baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false });
  return new GitHubStore({ octokit, owner: gh.owner, repo: gh.repo, ref: 'main' });
}

/** A store that lets a test act between a writer's read and its write ("someone else wrote meanwhile"). */
class InterleavingStore implements StateStore {
  readonly describe: string;
  writes = 0;
  constructor(
    private readonly inner: StateStore,
    private readonly beforeWrite: (n: number) => Promise<void>,
  ) {
    this.describe = inner.describe;
  }
  read(path: string): Promise<StoredFile | undefined> {
    return this.inner.read(path);
  }
  async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    this.writes += 1;
    await this.beforeWrite(this.writes);
    return this.inner.write(path, content, options);
  }
  list(prefix: string): Promise<string[]> {
    return this.inner.list(prefix);
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-repository-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seedLocal(text: string): Promise<LocalStore> {
  await mkdir(join(dir, '_releases/4.20/statebox'), { recursive: true });
  await writeFile(join(dir, FILE), text);
  return new LocalStore(dir);
}

describe('loadStateBox', () => {
  test('returns the parsed box, its SHA and text; undefined when there is none', async () => {
    const text = serializeStateBox(freshBox());
    const store = await seedLocal(text);
    const loaded = await loadStateBox(store, RELEASE);
    expect(loaded?.box.release).toBe(RELEASE);
    expect(loaded?.text).toBe(text);
    expect(loaded?.path).toBe(FILE);
    expect(loaded?.sha).toBe((await store.read(FILE))!.sha);
    expect(await loadStateBox(store, '4.20.2')).toBeUndefined();
  });

  test('a real upstream StateBox loads unchanged', async () => {
    const text = await readFile('test/fixtures/statebox/upstream/4.12/4.12.91.yaml', 'utf8');
    await mkdir(join(dir, '_releases/4.12/statebox'), { recursive: true });
    await writeFile(join(dir, '_releases/4.12/statebox/4.12.91.yaml'), text);
    const loaded = await loadStateBox(new LocalStore(dir), '4.12.91');
    expect(loaded?.box).toEqual(parseStateBoxText(text, 'x'));
  });

  test('a bad release is refused before any path is built', async () => {
    const reads: string[] = [];
    const store: StateStore = { describe: 'spy', read: async (p) => void reads.push(p), write: async () => ({ sha: '' }), list: async () => [] };
    for (const bad of ['../../x', '4.20.1;rm -rf /', '4.20', '', '4.20.1/../../x']) {
      await expect(loadStateBox(store, bad)).rejects.toThrow(InputError);
    }
    expect(reads).toEqual([]);
  });
});

describe('saveStateBox: optimistic writes with merge on conflict', () => {
  test('writes ours at the SHA read, in one attempt, when nobody else wrote', async () => {
    const store = await seedLocal(serializeStateBox(freshBox()));
    const loaded = (await loadStateBox(store, RELEASE))!;
    const ours = addIssue(loaded.box, { text: 'CVE tracker bug missing', blocker: true, now: T0 });
    const result = await saveStateBox(store, RELEASE, { base: loaded.box, baseSha: loaded.sha, ours, message: 'm', clock: new FakeClock(T0) });
    expect(result).toMatchObject({ attempts: 1, written: true, conflicts: [] });
    expect(await readFile(join(dir, FILE), 'utf8')).toBe(serializeStateBox(ours));
    expect(result.sha).toBe((await store.read(FILE))!.sha);
  });

  test('creates a StateBox when there was none (base and SHA undefined)', async () => {
    const store = new LocalStore(dir);
    const result = await saveStateBox(store, RELEASE, { base: undefined, baseSha: undefined, ours: freshBox(), message: 'create' });
    expect(result.written).toBe(true);
    expect((await loadStateBox(store, RELEASE))?.box).toEqual(freshBox());
  });

  test('nothing changed: nothing written', async () => {
    const text = serializeStateBox(freshBox());
    const store = new InterleavingStore(await seedLocal(text), async () => undefined);
    const loaded = (await loadStateBox(store, RELEASE))!;
    const result = await saveStateBox(store, RELEASE, { base: loaded.box, baseSha: loaded.sha, ours: structuredClone(loaded.box), message: 'm' });
    expect(result).toMatchObject({ attempts: 0, written: false, sha: loaded.sha });
    expect(store.writes).toBe(0);
  });

  test('on a conflict: sleeps a jittered moment on the clock, re-reads, merges both sides, writes at the new SHA', async () => {
    const local = await seedLocal(serializeStateBox(freshBox()));
    const loaded = (await loadStateBox(local, RELEASE))!;
    const store = new InterleavingStore(local, async (n) => {
      if (n !== 1) return;
      // Someone else adds an issue and finishes a task between our read and our write.
      await updateStateBox(local, RELEASE, (b) => upsertTask(addIssue(b, { text: 'theirs', blocker: false, now: T0 }), 'take-ownership', { status: 'Pass' }, T0), 'theirs');
    });
    const clock = new FakeClock(T0);
    const ours = addIssue(loaded.box, { text: 'ours', blocker: true, now: new Date('2026-01-10T08:01:00Z') });
    const result = await saveStateBox(store, RELEASE, { base: loaded.box, baseSha: loaded.sha, ours, message: 'm', clock, random: () => 0.5 });
    expect(result.attempts).toBe(2);
    expect(clock.sleeps).toEqual([50]); // half of the first jitter window (100 ms)
    const saved = (await loadStateBox(local, RELEASE))!.box;
    expect(saved.issues.map((i) => i.issue).sort()).toEqual(['ours', 'theirs']);
    expect(saved.tasks.find((t) => t.name === 'take-ownership')?.status).toBe('Pass');
    expect(result.box).toEqual(saved);
  });

  test('when the merge equals what the store holds, nothing more is written', async () => {
    const local = await seedLocal(serializeStateBox(freshBox()));
    const loaded = (await loadStateBox(local, RELEASE))!;
    const same = addIssue(loaded.box, { text: 'same edit', blocker: false, now: T0 });
    const store = new InterleavingStore(local, async (n) => {
      if (n === 1) await local.write(FILE, serializeStateBox(same), { sha: loaded.sha, message: 'twin' });
    });
    const result = await saveStateBox(store, RELEASE, { base: loaded.box, baseSha: loaded.sha, ours: same, message: 'm', clock: new FakeClock(T0) });
    expect(result).toMatchObject({ written: false, attempts: 1 });
    expect(store.writes).toBe(1);
  });

  test('two creators at once: the second merges into the first one\'s file', async () => {
    const local = new LocalStore(dir);
    const store = new InterleavingStore(local, async (n) => {
      if (n === 1) await saveStateBox(local, RELEASE, { base: undefined, baseSha: undefined, ours: addIssue(freshBox(), { text: 'first', blocker: false, now: T0 }), message: 'c1' });
    });
    const mine = addIssue(freshBox(), { text: 'second', blocker: false, now: T0 });
    await saveStateBox(store, RELEASE, { base: undefined, baseSha: undefined, ours: mine, message: 'c2', clock: new FakeClock(T0) });
    expect((await loadStateBox(local, RELEASE))!.box.issues.map((i) => i.issue).sort()).toEqual(['first', 'second']);
  });

  test('gives up after maxAttempts (default 8) with a ConflictError; jitter stays under the cap', async () => {
    const local = await seedLocal(serializeStateBox(freshBox()));
    const loaded = (await loadStateBox(local, RELEASE))!;
    let k = 0;
    const store = new InterleavingStore(local, async () => {
      k += 1;
      await updateStateBox(local, RELEASE, (b) => addIssue(b, { text: `other ${k}`, blocker: false, now: T0 }), 'other');
    });
    const clock = new FakeClock(T0);
    const ours = addIssue(loaded.box, { text: 'mine', blocker: false, now: T0 });
    const err = await saveStateBox(store, RELEASE, { base: loaded.box, baseSha: loaded.sha, ours, message: 'm', clock, random: () => 0.999 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toMatch(/Gave up saving _releases\/4\.20\/statebox\/4\.20\.1\.yaml .* after 8 attempts/);
    expect(store.writes).toBe(DEFAULT_SAVE_ATTEMPTS);
    expect(clock.sleeps).toHaveLength(DEFAULT_SAVE_ATTEMPTS - 1);
    expect(Math.max(...clock.sleeps)).toBeLessThan(RETRY_CAP_MS);
    expect(clock.sleeps[0]).toBeLessThan(clock.sleeps[3]!); // the window grows
    // Every other writer's update is there; ours is not (nothing overwritten).
    const issues = (await loadStateBox(local, RELEASE))!.box.issues.map((i) => i.issue);
    expect(issues).toHaveLength(8);
    expect(issues).not.toContain('mine');
  });

  test('a StateBox deleted while we save is not recreated', async () => {
    const local = await seedLocal(serializeStateBox(freshBox()));
    const loaded = (await loadStateBox(local, RELEASE))!;
    const store = new InterleavingStore(local, async (n) => {
      if (n === 1) await rm(join(dir, FILE));
    });
    const ours = addIssue(loaded.box, { text: 'x', blocker: false, now: T0 });
    await expect(saveStateBox(store, RELEASE, { base: loaded.box, baseSha: loaded.sha, ours, message: 'm', clock: new FakeClock(T0) })).rejects.toThrow(/was deleted .* not recreating it/);
    expect(await local.read(FILE)).toBeUndefined();
  });

  test('refuses to save one release\'s StateBox under another release', async () => {
    const store = new LocalStore(dir);
    await expect(saveStateBox(store, '4.20.2', { base: undefined, baseSha: undefined, ours: freshBox(), message: 'm' })).rejects.toThrow(InputError);
    expect(await store.list('')).toEqual([]);
  });
});

describe('a StateBox that does not parse is never overwritten', () => {
  const BROKEN = "schema_version: '1.0'\nrelease: 4.20.1\ntasks:\n  - name: take-ownership\n    status: [Pass\n";
  const INVALID = serializeStateBox(freshBox()).replace("release_date: '2026-Jan-13'", 'release_date: someday').replace('release_date: 2026-Jan-13', 'release_date: someday');

  test('local: load names the path and line; an update leaves the bytes as they were', async () => {
    await seedLocal(BROKEN);
    const store = new LocalStore(dir);
    const err = await updateStateBox(store, RELEASE, (b) => addIssue(b, { text: 'x', blocker: false, now: T0 }), 'm').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateBoxError);
    expect((err as StateBoxError).path).toBe(FILE);
    expect((err as StateBoxError).line).toBeGreaterThanOrEqual(5);
    expect((err as Error).message).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}:\\d+:\\d+: `));
    expect(await readFile(join(dir, FILE), 'utf8')).toBe(BROKEN);
  });

  test('a schema error names the field', async () => {
    expect(INVALID).toContain('release_date: someday');
    await seedLocal(INVALID);
    const err = await loadStateBox(new LocalStore(dir), RELEASE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateBoxError);
    expect((err as StateBoxError).field).toBe('metadata.release_date');
    expect((err as Error).message).toContain(`${FILE}: metadata.release_date`);
  });

  test('a file broken by someone else between our read and our write stops the merge, untouched', async () => {
    const local = await seedLocal(serializeStateBox(freshBox()));
    const loaded = (await loadStateBox(local, RELEASE))!;
    const store = new InterleavingStore(local, async (n) => {
      if (n === 1) await local.write(FILE, BROKEN, { sha: loaded.sha, message: 'broke it' });
    });
    const ours = addIssue(loaded.box, { text: 'x', blocker: false, now: T0 });
    await expect(saveStateBox(store, RELEASE, { base: loaded.box, baseSha: loaded.sha, ours, message: 'm', clock: new FakeClock(T0) })).rejects.toThrow(StateBoxError);
    expect(await readFile(join(dir, FILE), 'utf8')).toBe(BROKEN);
    expect(store.writes).toBe(1);
  });

  test('github: no PUT is sent and the bytes on the server are unchanged', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: BROKEN } });
    const err = await updateStateBox(githubStore(gh), RELEASE, (b) => addIssue(b, { text: 'x', blocker: false, now: T0 }), 'm').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateBoxError);
    expect((err as Error).message).toContain(FILE);
    expect((err as StateBoxError).line).toBeDefined();
    expect(gh.requests.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(gh.getFile(FILE)).toBe(BROKEN);
  });
});

describe('updateStateBox', () => {
  test('a missing StateBox is an InputError naming release, path and store; with create it is created', async () => {
    const store = new LocalStore(dir);
    await expect(updateStateBox(store, RELEASE, (b) => b, 'm')).rejects.toThrow(`There is no StateBox for 4.20.1: ${FILE} does not exist in dir ${dir}.`);
    const result = await updateStateBox(store, RELEASE, (b) => addIssue(b, { text: 'first', blocker: false, now: T0 }), 'm', { create: freshBox });
    expect(result.written).toBe(true);
    expect((await loadStateBox(store, RELEASE))!.box.issues).toHaveLength(1);
  });

  test('resolving by index survives a concurrent add', async () => {
    const local = await seedLocal(serializeStateBox(addIssue(freshBox(), { text: 'blocker one', blocker: true, now: T0 })));
    const store = new InterleavingStore(local, async (n) => {
      if (n === 1) await updateStateBox(local, RELEASE, (b) => addIssue(b, { text: 'late', blocker: false, now: T0 }), 'm');
    });
    await updateStateBox(store, RELEASE, (b) => resolveIssue(b, 1, 'fixed', T0), 'm', { clock: new FakeClock(T0) });
    const issues = (await loadStateBox(local, RELEASE))!.box.issues;
    expect(issues.map((i) => [i.issue, i.resolved])).toEqual([
      ['blocker one', true],
      ['late', false],
    ]);
  });
});

describe('8 concurrent writers on one release', () => {
  test('GitHub: each with its own Octokit and store, with injected 409/500/429: all 8 issues present, file valid', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: serializeStateBox(freshBox()) } });
    gh.inject({ status: 409, times: 3, match: { method: 'PUT' } });
    gh.inject({ status: 500, times: 3 });
    gh.inject({ status: 429, times: 2, retryAfter: 1 });
    // On a fake clock the jitter takes no time, so the writers stay in lock-step and only one
    // wins per round: the last needs 8 writes plus the injected 409s. Real jitter spreads them
    // (the 8-process CLI test runs on the default of 8).
    const clock = new FakeClock(T0);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        updateStateBox(
          githubStore(gh),
          RELEASE,
          (b) => addIssue(b, { text: `issue from writer ${i}`, blocker: i % 2 === 0, now: new Date(T0.getTime() + i * 1000) }),
          `StateBox ${RELEASE}: add issue from writer ${i}`,
          { clock, maxAttempts: 16 },
        ),
      ),
    );
    expect(gh.pendingFaults()).toBe(0);
    const final = parseStateBoxText(gh.getFile(FILE)!, FILE); // valid
    expect(final.issues.map((i) => i.issue).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `issue from writer ${i}`));
    expect(results.every((r) => r.written)).toBe(true);
    expect(gh.commits).toHaveLength(8); // one commit per writer, no blind overwrite
    expect(results.reduce((n, r) => n + r.attempts, 0)).toBeGreaterThan(8); // conflicts really happened
    expect(clock.sleeps.length).toBeGreaterThan(0);
  });

  test('local directory, in one process: all 8 issues present, file valid', async () => {
    await seedLocal(serializeStateBox(freshBox()));
    const clock = new FakeClock(T0);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        updateStateBox(new LocalStore(dir), RELEASE, (b) => addIssue(b, { text: `writer ${i}`, blocker: false, now: T0 }), 'm', { clock, maxAttempts: 16 }),
      ),
    );
    const final = parseStateBoxText(await readFile(join(dir, FILE), 'utf8'), FILE);
    expect(final.issues.map((i) => i.issue).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `writer ${i}`));
  });
});
