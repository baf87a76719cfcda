/** A file as a store holds it: its text and the git blob SHA of that text. */
export interface StoredFile {
  readonly path: string;
  readonly content: string;
  /** Git blob SHA of `content` (sha1 of "blob <len>\0<content>"), used for compare-and-swap. */
  readonly sha: string;
}

export interface WriteOptions {
  /** The SHA that was read; undefined means "create, and fail if the file exists". */
  readonly sha: string | undefined;
  /** Commit message: what changed and why. */
  readonly message: string;
}

/**
 * Where StateBox files (and test-result files on the record ref) live.
 * Paths are repository-relative (`_releases/4.20/statebox/4.20.1.yaml`) and were
 * validated before they got here. `write` throws ConflictError when the SHA is stale.
 */
export interface StateStore {
  /** A short description for messages: `dir /tmp/x`, `github owner/repo@main`. */
  readonly describe: string;
  read(path: string): Promise<StoredFile | undefined>;
  write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }>;
  /** Every file path under `prefix` (a directory such as `_releases/`). */
  list(prefix: string): Promise<string[]>;
  /**
   * Optional: several files in fewer calls than one read each (GitHub: a GraphQL query). Returns
   * the files it could read; a path it leaves out may still exist, so read that one with `read`.
   */
  readMany?(paths: readonly string[]): Promise<ReadonlyMap<string, StoredFile>>;
}
