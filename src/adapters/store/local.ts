import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile, readdir, realpath, rename, stat, unlink, link } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ConflictError, InputError, TransientError, errorMessage } from '../../core/errors';
import type { StateStore, StoredFile, WriteOptions } from '../../ports/store';
import { gitBlobSha } from './git-sha';
import { checkStorePath, checkStorePrefix, isStorePath } from './paths';

// Files the store itself creates beside the one it writes (temp files are hidden: `.name.krd-tmp-…`);
// listings never show them.
const LOCK_SUFFIX = '.krd-lock';
const TEMP_MARK = '.krd-tmp-';

export interface LocalStoreOptions {
  /** How long a writer waits for another writer's lock before giving up (TransientError). */
  readonly lockTimeoutMs?: number;
  /** A lock older than this is taken to belong to a writer that died. */
  readonly staleLockMs?: number;
  /** Waits between lock attempts; real time by default (the lock is held by other processes). */
  readonly sleep?: (ms: number) => Promise<void>;
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * A directory laid out like the repository (`DIR/_releases/{y}/statebox/{release}.yaml`).
 * Writes compare-and-swap on the git blob SHA of the file under a per-file lock (O_EXCL lock
 * file, stale locks recovered), and replace the file by an atomic rename of a fully written
 * temp file, so concurrent processes never lose an update or see half a file.
 * Local writes have no commits: the message is accepted and not stored.
 */
export class LocalStore implements StateStore {
  readonly root: string;
  readonly describe: string;
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(dir: string, options: LocalStoreOptions = {}) {
    if (typeof dir !== 'string' || dir === '') throw new InputError('The local store needs a directory.');
    this.root = resolve(dir);
    this.describe = `dir ${this.root}`;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 15_000;
    this.staleLockMs = options.staleLockMs ?? 30_000;
    this.sleep = options.sleep ?? realSleep;
  }

  async read(path: string): Promise<StoredFile | undefined> {
    const full = await this.resolveInside(path);
    let bytes: Buffer;
    try {
      bytes = await readFile(full);
    } catch (err) {
      if (errno(err) === 'ENOENT') return undefined;
      throw this.ioError('read', path, err);
    }
    return { path, content: bytes.toString('utf8'), sha: gitBlobSha(bytes) };
  }

  async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    const full = await this.resolveInside(path, { createParent: true });
    const release = await this.lock(full, path);
    try {
      const current = await this.currentSha(full, path);
      if (current !== options.sha) {
        throw new ConflictError(
          current === undefined
            ? `${path} in ${this.describe} was deleted after it was read (expected blob ${options.sha}).`
            : options.sha === undefined
              ? `${path} in ${this.describe} already exists (blob ${current}); read it before writing.`
              : `${path} in ${this.describe} changed since it was read (blob ${options.sha} is now ${current}).`,
        );
      }
      const bytes = Buffer.from(content, 'utf8');
      await this.replaceAtomically(full, path, bytes);
      return { sha: gitBlobSha(bytes) };
    } finally {
      await release();
    }
  }

  async list(prefix: string): Promise<string[]> {
    const dirPrefix = checkStorePrefix(prefix);
    const start = dirPrefix === '' ? this.root : await this.resolveInside(dirPrefix.slice(0, -1));
    const out: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') return;
        throw this.ioError('list', relative(this.root, dir) || '.', err);
      }
      for (const entry of entries) {
        const full = join(dir, entry.name);
        // Symbolic links are skipped (a listing never leaves the store), and so are names a store
        // path cannot have: hidden ones (.git, our temp files), lock files.
        if (entry.name.startsWith('.') || entry.name.endsWith(LOCK_SUFFIX)) continue;
        if (entry.isDirectory()) await walk(full);
        else if (entry.isFile()) {
          const path = relative(this.root, full).split(sep).join('/');
          if (isStorePath(path)) out.push(path);
        }
      }
    };
    await walk(start);
    return out.sort();
  }

  /** The absolute path of a validated store path; refuses anything a symlink would take outside the store. */
  private async resolveInside(path: string, opts: { createParent?: boolean } = {}): Promise<string> {
    checkStorePath(path);
    const full = resolve(this.root, ...path.split('/'));
    const parent = dirname(full);
    const [realRoot, realParent] = await Promise.all([realpathOrSelf(this.root), realpathOrSelf(parent)]);
    if (realParent !== realRoot && !realParent.startsWith(realRoot + sep)) {
      throw new InputError(`Store path "${path}" leads outside ${this.describe} (through a symbolic link).`);
    }
    if (opts.createParent) {
      try {
        await mkdir(parent, { recursive: true });
      } catch (err) {
        throw this.ioError('create the directory of', path, err);
      }
    }
    return full;
  }

  private async currentSha(full: string, path: string): Promise<string | undefined> {
    try {
      return gitBlobSha(await readFile(full));
    } catch (err) {
      if (errno(err) === 'ENOENT') return undefined;
      throw this.ioError('read', path, err);
    }
  }

  /** Writes the bytes to a temp file beside the target, flushes them, then renames over the target. */
  private async replaceAtomically(full: string, path: string, bytes: Buffer): Promise<void> {
    const temp = join(dirname(full), `.${basename(full)}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, full);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw this.ioError('write', path, err);
    }
  }

  /** Takes the lock of one file; resolves to its release. */
  private async lock(full: string, path: string): Promise<() => Promise<void>> {
    const lockPath = full + LOCK_SUFFIX;
    const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
    const body = JSON.stringify(owner);
    let waited = 0;
    let delay = 5;
    for (;;) {
      try {
        const handle = await open(lockPath, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
        try {
          await handle.writeFile(body);
        } finally {
          await handle.close();
        }
        return async () => {
          // Only remove the lock if it is still ours (a stale-lock breaker may have replaced it).
          const now = await readFile(lockPath, 'utf8').catch(() => undefined);
          if (now === body) await unlink(lockPath).catch(() => undefined);
        };
      } catch (err) {
        if (errno(err) !== 'EEXIST') throw this.ioError('lock', path, err);
      }
      if (await this.breakIfStale(lockPath)) continue;
      if (waited >= this.lockTimeoutMs) {
        const holder = await readLockOwner(lockPath);
        throw new TransientError(
          `${path} in ${this.describe} stayed locked by another writer${holder ? ` (pid ${holder.pid} on ${holder.host})` : ''} for more than ${this.lockTimeoutMs} ms; lock file ${lockPath}.`,
        );
      }
      const pause = delay + Math.floor(Math.random() * delay);
      await this.sleep(pause);
      waited += pause;
      delay = Math.min(delay * 2, 100);
    }
  }

  /**
   * Removes a lock whose writer died (same host, pid gone) or that is older than staleLockMs.
   * The lock is first renamed aside and checked to be the one judged stale, so a fresh lock
   * taken meanwhile by another writer is put back instead of deleted.
   */
  private async breakIfStale(lockPath: string): Promise<boolean> {
    let text: string;
    let age: number;
    try {
      [text, age] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath).then((s) => Date.now() - s.mtimeMs)]);
    } catch (err) {
      return errno(err) === 'ENOENT'; // released meanwhile: try again at once
    }
    const holder = parseLockOwner(text);
    // An empty or unreadable lock younger than the stale age may be one being written right now.
    const dead = holder !== undefined && holder.host === hostname() && !processAlive(holder.pid);
    if (!dead && age <= this.staleLockMs) return false;
    const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
    try {
      await rename(lockPath, aside);
    } catch (err) {
      return errno(err) === 'ENOENT';
    }
    const moved = await readFile(aside, 'utf8').catch(() => undefined);
    if (moved !== text) {
      // We moved a lock someone took after our check: give it back (link fails if a third took the lock).
      await link(aside, lockPath).catch(() => undefined);
    }
    await unlink(aside).catch(() => undefined);
    return true;
  }

  private ioError(action: string, path: string, err: unknown): Error {
    const code = errno(err);
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : errorMessage(err);
    const message = `Cannot ${action} ${path} in ${this.describe}: ${why}.`;
    return code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'ENOTDIR' ? new InputError(message) : new TransientError(message);
  }
}

async function realpathOrSelf(path: string): Promise<string> {
  // Walk up to the nearest existing ancestor: a file may be written into a directory not yet created.
  let current = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(await realpath(current), ...rest.reverse());
    } catch (err) {
      const parent = dirname(current);
      if (errno(err) !== 'ENOENT' || parent === current) return path;
      rest.push(current.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
      current = parent;
    }
  }
}

function parseLockOwner(text: string): LockOwner | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockOwner>;
    return typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string'
      ? { pid: data.pid, host: data.host, token: data.token }
      : undefined;
  } catch {
    return undefined;
  }
}

async function readLockOwner(lockPath: string): Promise<LockOwner | undefined> {
  const text = await readFile(lockPath, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseLockOwner(text);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errno(err) === 'EPERM'; // exists, owned by someone else
  }
}
