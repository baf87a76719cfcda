/**
 * One run's view of a store: each file is fetched at most once per run (finding the active
 * releases, validating a named one and loading it for the step all read the same StateBox),
 * which keeps the operations budget for real work. Used by the action and by `krd drive`/`krd
 * status`. Safe with optimistic writes: a write passes the SHA that was read; a successful write
 * refreshes the entry, a failed one (a conflict) drops it so the merge re-reads what the server
 * holds now.
 */
import type { StateStore, StoredFile, WriteOptions } from '../../ports/store';

export class RunCachedStore implements StateStore {
  readonly describe: string;
  private readonly files = new Map<string, Promise<StoredFile | undefined>>();
  private readonly listings = new Map<string, Promise<string[]>>();

  constructor(private readonly inner: StateStore) {
    this.describe = inner.describe;
  }

  read(path: string): Promise<StoredFile | undefined> {
    let cached = this.files.get(path);
    if (!cached) {
      cached = this.inner.read(path);
      this.remember(path, cached);
    }
    return cached;
  }

  /**
   * The cached files, and the others through the inner store's batch read when it has one
   * (remembered like reads). A path neither gives is left out: `read` fetches it on its own.
   */
  async readMany(paths: readonly string[]): Promise<ReadonlyMap<string, StoredFile>> {
    const found = new Map<string, StoredFile>();
    const missing: string[] = [];
    for (const path of new Set(paths)) {
      const cached = this.files.get(path);
      if (!cached) {
        missing.push(path);
        continue;
      }
      const file = await cached.catch(() => undefined);
      if (file) found.set(path, file);
    }
    if (missing.length === 0 || !this.inner.readMany) return found;
    const batch = await this.inner.readMany(missing);
    for (const [path, file] of batch) {
      // A read that started meanwhile keeps its entry: one view of each file per run.
      if (!this.files.has(path)) this.files.set(path, Promise.resolve(file));
      found.set(path, file);
    }
    return found;
  }

  async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    this.files.delete(path);
    const written = await this.inner.write(path, content, options);
    this.files.set(path, Promise.resolve({ path, content, sha: written.sha }));
    if (!options.sha) this.listings.clear(); // a new file changes listings
    return written;
  }

  list(prefix: string): Promise<string[]> {
    let cached = this.listings.get(prefix);
    if (!cached) {
      cached = this.inner.list(prefix);
      this.listings.set(prefix, cached);
      cached.catch(() => {
        if (this.listings.get(prefix) === cached) this.listings.delete(prefix);
      });
    }
    return cached.then((paths) => [...paths]);
  }

  private remember(path: string, pending: Promise<StoredFile | undefined>): void {
    this.files.set(path, pending);
    // A failed read is not remembered: the next caller tries again.
    pending.catch(() => {
      if (this.files.get(path) === pending) this.files.delete(path);
    });
  }
}
