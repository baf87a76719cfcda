import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { gitBlobSha } from '../src/adapters/store/git-sha';
import { LocalStore } from '../src/adapters/store/local';
import { ConflictError, InputError, TransientError } from '../src/core/errors';

const FILE = '_releases/4.20/statebox/4.20.1.yaml';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-local-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length + 1)).sort();
}

/** The pid of a process that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('LocalStore: the repository layout and compare-and-swap on the blob SHA', () => {
  test('creates, reads and updates files under DIR exactly where the repository has them', async () => {
    const store = new LocalStore(dir);
    expect(store.describe).toBe(`dir ${dir}`);
    expect(await store.read(FILE)).toBeUndefined();
    const created = await store.write(FILE, 'one\n', { sha: undefined, message: 'create' });
    expect(created.sha).toBe(gitBlobSha('one\n'));
    expect(await readFile(join(dir, FILE), 'utf8')).toBe('one\n');
    const read = await store.read(FILE);
    expect(read).toEqual({ path: FILE, content: 'one\n', sha: created.sha });
    const updated = await store.write(FILE, 'two\n', { sha: created.sha, message: 'update' });
    expect(updated.sha).toBe(gitBlobSha('two\n'));
    expect(await readFile(join(dir, FILE), 'utf8')).toBe('two\n');
  });

  test('the SHA of a file written by someone else is its git blob SHA', async () => {
    await mkdir(join(dir, '_releases/4.20/statebox'), { recursive: true });
    await writeFile(join(dir, FILE), 'hello\n');
    expect((await new LocalStore(dir).read(FILE))?.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  test('a stale SHA is a ConflictError and leaves the file as the other writer left it', async () => {
    const store = new LocalStore(dir);
    const first = await store.write(FILE, 'base\n', { sha: undefined, message: 'm' });
    await store.write(FILE, 'theirs\n', { sha: first.sha, message: 'm' });
    const err = await store.write(FILE, 'ours\n', { sha: first.sha, message: 'm' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toContain(`${FILE} in dir ${dir} changed since it was read`);
    expect(await readFile(join(dir, FILE), 'utf8')).toBe('theirs\n');
  });

  test('creating a file that exists, or updating one that was deleted, is a ConflictError', async () => {
    const store = new LocalStore(dir);
    const { sha } = await store.write(FILE, 'x\n', { sha: undefined, message: 'm' });
    await expect(store.write(FILE, 'y\n', { sha: undefined, message: 'm' })).rejects.toThrow(/already exists/);
    await rm(join(dir, FILE));
    await expect(store.write(FILE, 'y\n', { sha, message: 'm' })).rejects.toThrow(ConflictError);
    expect(await store.read(FILE)).toBeUndefined();
  });

  test('many concurrent writers in one process: exactly one wins each SHA, no update lost', async () => {
    const store = new LocalStore(dir);
    await store.write(FILE, '', { sha: undefined, message: 'm' });
    // Each writer appends its line with read + CAS, retrying on conflict.
    const writer = async (n: number) => {
      for (;;) {
        const current = (await store.read(FILE))!;
        try {
          await store.write(FILE, `${current.content}${n}\n`, { sha: current.sha, message: 'm' });
          return;
        } catch (err) {
          if (!(err instanceof ConflictError)) throw err;
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, (_, i) => writer(i)));
    const lines = (await readFile(join(dir, FILE), 'utf8')).trim().split('\n').map(Number);
    expect(lines.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(await filesUnder(dir)).toEqual([FILE]); // no lock or temp file left behind
  });

  test('a directory where a file should be is an input error naming it', async () => {
    await mkdir(join(dir, FILE), { recursive: true });
    const store = new LocalStore(dir);
    await expect(store.read(FILE)).rejects.toThrow(`Cannot read ${FILE} in dir ${dir}: it is a directory.`);
    await expect(store.write(FILE, 'x', { sha: undefined, message: 'm' })).rejects.toThrow(InputError);
  });

  test('lists files under a prefix, never lock, temp, hidden or unreadable names', async () => {
    const store = new LocalStore(dir);
    await store.write(FILE, 'a', { sha: undefined, message: 'm' });
    await store.write('_releases/4.20/4.20.z.yaml', 'b', { sha: undefined, message: 'm' });
    await store.write('_releases/4.19/statebox/4.19.9.yaml', 'c', { sha: undefined, message: 'm' });
    await writeFile(join(dir, 'README.md'), 'd');
    await writeFile(join(dir, `${FILE}.krd-lock`), '{}');
    await writeFile(join(dir, '_releases/4.20/statebox/.4.20.1.yaml.krd-tmp-1-abc'), 'half');
    expect(await store.list('_releases/4.20')).toEqual(['_releases/4.20/4.20.z.yaml', FILE]);
    expect(await store.list('_releases/')).toEqual(['_releases/4.19/statebox/4.19.9.yaml', '_releases/4.20/4.20.z.yaml', FILE]);
    await mkdir(join(dir, '.git/objects'), { recursive: true });
    await writeFile(join(dir, '.git/objects/ab'), 'git');
    await writeFile(join(dir, '_releases/4.20/notes with spaces.md'), 'e');
    expect(await store.list('')).toEqual(['README.md', '_releases/4.19/statebox/4.19.9.yaml', '_releases/4.20/4.20.z.yaml', FILE]);
    expect(await store.list('_releases/4.99/')).toEqual([]);
    expect(await new LocalStore(join(dir, 'missing')).list('_releases/')).toEqual([]);
  });
});

describe('LocalStore: a writer killed mid-write', () => {
  test('leaves the file whole (old or new version, never half) and its lock is recovered', async () => {
    // A child process rewrites a 2 MB file as fast as it can; it is SIGKILLed in the middle.
    const script = `
      import { LocalStore } from ${JSON.stringify(join(import.meta.dirname, '../src/adapters/store/local.ts'))};
      const store = new LocalStore(process.argv[1]);
      const path = ${JSON.stringify(FILE)};
      for (let n = 0; ; n += 1) {
        const current = await store.read(path);
        await store.write(path, \`v\${n}\\n\`.repeat(300_000), { sha: current?.sha, message: 'm' });
        process.stdout.write(\`\${n}\\n\`);
      }`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => {
      let seen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.split('\n').length > 4) resolve();
      });
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));

    const text = await readFile(join(dir, FILE), 'utf8');
    const n = /^v(\d+)\n/.exec(text)?.[1];
    expect(n).toBeDefined();
    expect(text).toBe(`v${n}\n`.repeat(300_000));

    // Whatever the child held (its lock, a temp file) does not block the next writer or show in listings.
    const store = new LocalStore(dir, { sleep: async () => undefined });
    const current = (await store.read(FILE))!;
    await store.write(FILE, 'after\n', { sha: current.sha, message: 'm' });
    expect(await readFile(join(dir, FILE), 'utf8')).toBe('after\n');
    expect(await store.list('')).toEqual([FILE]);
  }, 30_000);
});

describe('LocalStore: paths stay inside DIR', () => {
  test('absolute paths, "..", empty segments and odd characters are refused before touching the disk', async () => {
    const store = new LocalStore(join(dir, 'store'));
    const bad = ['/etc/passwd', '../outside.yaml', '_releases/../../outside.yaml', '_releases/./x', 'a//b', 'a\\b', 'C:/x', '', 'a/b c', 'x\u0000y'];
    for (const path of bad) {
      await expect(store.read(path)).rejects.toThrow(InputError);
      await expect(store.write(path, 'x', { sha: undefined, message: 'm' })).rejects.toThrow(InputError);
    }
    await expect(store.list('../')).rejects.toThrow(InputError);
    expect(await filesUnder(dir)).toEqual([]);
  });

  test('a symbolic link that leads outside DIR is refused', async () => {
    const outside = join(dir, 'outside');
    const root = join(dir, 'store');
    await mkdir(outside);
    await mkdir(join(root, '_releases'), { recursive: true });
    await symlink(outside, join(root, '_releases/4.20'));
    const store = new LocalStore(root);
    await expect(store.write(FILE, 'x', { sha: undefined, message: 'm' })).rejects.toThrow(/leads outside/);
    await expect(store.read(FILE)).rejects.toThrow(/leads outside/);
    expect(await filesUnder(outside)).toEqual([]);
  });
});

describe('LocalStore: the lock', () => {
  const lockOf = () => join(dir, `${FILE}.krd-lock`);

  async function placeLock(owner: { pid: number; host: string; token: string }, ageMs = 0): Promise<void> {
    await mkdir(join(dir, '_releases/4.20/statebox'), { recursive: true });
    await writeFile(lockOf(), JSON.stringify(owner));
    if (ageMs > 0) {
      const then = new Date(Date.now() - ageMs);
      await utimes(lockOf(), then, then);
    }
  }

  test('a lock left by a writer that died is removed and the write goes through', async () => {
    await placeLock({ pid: await deadPid(), host: hostname(), token: 'dead' });
    const store = new LocalStore(dir, { sleep: async () => undefined });
    await store.write(FILE, 'x\n', { sha: undefined, message: 'm' });
    expect(await readFile(join(dir, FILE), 'utf8')).toBe('x\n');
    expect(await filesUnder(dir)).toEqual([FILE]);
  });

  test('a lock older than the stale age is broken even when its pid is alive', async () => {
    await placeLock({ pid: process.pid, host: hostname(), token: 'old' }, 60_000);
    const store = new LocalStore(dir, { staleLockMs: 30_000, sleep: async () => undefined });
    await store.write(FILE, 'x\n', { sha: undefined, message: 'm' });
    expect(await filesUnder(dir)).toEqual([FILE]);
  });

  test('a live, fresh lock makes the writer wait, then give up with a TransientError naming the holder', async () => {
    await placeLock({ pid: process.pid, host: hostname(), token: 'alive' });
    const waits: number[] = [];
    const store = new LocalStore(dir, { lockTimeoutMs: 500, sleep: async (ms) => void waits.push(ms) });
    const err = await store.write(FILE, 'x\n', { sha: undefined, message: 'm' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(new RegExp(`stayed locked by another writer \\(pid ${process.pid} on `));
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(500);
    expect(await readFile(lockOf(), 'utf8')).toContain('alive'); // not ours to remove
    expect(await filesUnder(dir)).toEqual([`${FILE}.krd-lock`]);
  });

  test('a lock released while waiting lets the writer in', async () => {
    await placeLock({ pid: process.pid, host: hostname(), token: 'soon' });
    let waited = 0;
    const store = new LocalStore(dir, {
      sleep: async () => {
        waited += 1;
        if (waited === 3) await rm(lockOf());
      },
    });
    await store.write(FILE, 'x\n', { sha: undefined, message: 'm' });
    expect(waited).toBe(3);
    expect(await readFile(join(dir, FILE), 'utf8')).toBe('x\n');
  });
});
