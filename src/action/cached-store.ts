/**
 * One run's view of a store: each file is fetched at most once per run (finding the active
 * releases, validating a named one and loading it for the step all read the same StateBox),
 * which keeps the operations budget for real work. Safe with optimistic writes: a write passes
 * the SHA that was read; a successful write refreshes the entry, a failed one (a conflict)
 * drops it so the merge re-reads what the server holds now.
 */
import type { StateStore, StoredFile, WriteOptions } from '../ports/store';

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
      this.files.set(path, cached);
      // A failed read is not remembered: the next caller tries again.
      cached.catch(() => {
        if (this.files.get(path) === cached) this.files.delete(path);
      });
    }
    return cached;
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
}
