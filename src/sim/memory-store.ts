/**
 * A StateStore in memory, with the same compare-and-swap rules as the GitHub Contents API
 * (git blob SHAs), for simulations that must be fast. A fault hook lets the simulator make
 * the "github" system fail for a while.
 */
import { gitBlobSha } from '../adapters/store/git-sha';
import { ConflictError } from '../core/errors';
import type { StateStore, StoredFile, WriteOptions } from '../ports/store';

export type StoreOperation = 'read' | 'write' | 'list';

export interface MemoryStoreOptions {
  readonly describe?: string;
  /** Called before every operation; throws to simulate an outage (TransientError, PermanentError). */
  readonly fault?: (operation: StoreOperation, path: string) => void;
  /** Called after every successful write. */
  readonly onWrite?: (path: string, message: string, sha: string) => void;
}

export class MemoryStore implements StateStore {
  readonly describe: string;
  private readonly files = new Map<string, StoredFile>();
  /** Commit messages in order, for tests and reports. */
  readonly commits: { path: string; message: string; sha: string }[] = [];

  constructor(private readonly options: MemoryStoreOptions = {}) {
    this.describe = options.describe ?? 'memory store';
  }

  async read(path: string): Promise<StoredFile | undefined> {
    this.options.fault?.('read', path);
    return this.files.get(path);
  }

  async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    this.options.fault?.('write', path);
    const current = this.files.get(path);
    if (options.sha === undefined && current) {
      throw new ConflictError(`${this.describe}: ${path} already exists; read it and pass its SHA to update it.`);
    }
    if (options.sha !== undefined && current?.sha !== options.sha) {
      throw new ConflictError(`${this.describe}: ${path} changed since it was read (SHA ${options.sha.slice(0, 7)} is stale).`);
    }
    const sha = gitBlobSha(content);
    this.files.set(path, { path, content, sha });
    this.commits.push({ path, message: options.message, sha });
    this.options.onWrite?.(path, options.message, sha);
    return { sha };
  }

  async list(prefix: string): Promise<string[]> {
    this.options.fault?.('list', prefix);
    return [...this.files.keys()].filter((p) => p.startsWith(prefix)).sort();
  }

  /** Every file, for writing a repository out (`krd simulate --out`). No fault applies. */
  snapshot(): StoredFile[] {
    return [...this.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  }
}
