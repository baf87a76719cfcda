/**
 * For tests of runs that race on one StateBox (claims, the notification outbox): the release
 * they drive and its repositories on disk, store wrappers that hold a write back or watch it,
 * a barrier, a crash hook that fires once, and a GitHub store on the local API server.
 */
import { rm } from 'node:fs/promises';
import { createOctokit } from '../../src/adapters/github/octokit';
import { GitHubStore } from '../../src/adapters/store/github';
import { stateBoxPath } from '../../src/core/version';
import type { CrashHooks, RunResult } from '../../src/driver/types';
import type { StateStore, StoredFile, WriteOptions } from '../../src/ports/store';
import { loadStateBox } from '../../src/statebox/repository';
import type { StateBox } from '../../src/core/model';
import { localRepos, writeTracking, type LocalRepos } from './fake-world';
import type { GitHubServer } from './github-server';

export const RELEASE = '4.20.1';
export const PATH = stateBoxPath(RELEASE);

/** The repositories on disk with RELEASE tracked (no StateBox yet). */
export async function racingRepos(): Promise<LocalRepos> {
  const disk = await localRepos();
  await writeTracking(disk.repo, '4.20', [RELEASE]);
  return disk;
}

export async function removeRepos(disk: LocalRepos): Promise<void> {
  for (const dir of [disk.repo, disk.recordDir]) await rm(dir, { recursive: true, force: true });
}

export async function boxOf(store: StateStore): Promise<StateBox> {
  const loaded = await loadStateBox(store, RELEASE);
  if (!loaded) throw new Error(`no StateBox for ${RELEASE}`);
  return loaded.box;
}
export const task = (b: StateBox, name: string) => b.tasks.find((t) => t.name === name);
export const ofType = (r: RunResult, type: string) => r.events.filter((e) => e.type === type);
export const claimsIn = (b: StateBox) => (b.driver as { claims?: Record<string, { run: string; at: string }> } | undefined)?.claims;

/** A store on the local GitHub API server: no waiting between writes, quick retries. */
export function githubStore(gh: GitHubServer, token = 't0k'): GitHubStore {
  return new GitHubStore({ octokit: createOctokit({ token, baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false }), owner: gh.owner, repo: gh.repo });
}

/** Opens once `parties` callers have arrived; each waits for all. */
export function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    if (++arrived >= parties) open();
    await gate;
  };
}

/** A hook that throws the first time only: the run dies there. */
export function dieOnce(point: keyof CrashHooks): CrashHooks {
  let armed = true;
  const die = () => {
    if (armed) {
      armed = false;
      throw new Error(`simulated crash (${point})`);
    }
  };
  return { [point]: die };
}

/** Passes everything to `inner`; a subclass changes what happens on a write. */
export class PassThroughStore implements StateStore {
  readonly describe: string;
  constructor(protected readonly inner: StateStore) {
    this.describe = inner.describe;
  }
  read(path: string): Promise<StoredFile | undefined> {
    return this.inner.read(path);
  }
  list(prefix: string): Promise<string[]> {
    return this.inner.list(prefix);
  }
  write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    return this.inner.write(path, content, options);
  }
}

/** One run's view of a shared store whose first StateBox write waits until every run has read and decided. */
export class ReadBeforeWriteStore extends PassThroughStore {
  private waited = false;
  constructor(
    inner: StateStore,
    private readonly arrive: () => Promise<void>,
  ) {
    super(inner);
  }
  override async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    if (!this.waited && path === PATH) {
      this.waited = true;
      await this.arrive();
    }
    return this.inner.write(path, content, options);
  }
}
