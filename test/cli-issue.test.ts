import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addIssue, newStateBox } from '../src/statebox/edit';
import type { StateBox } from '../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { type GitHubServer, startGitHubServer } from './helpers/github-server';
import { krdRun } from './helpers/krd-run';

const execFileP = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const RELEASE = '4.20.1';
const FILE = '_releases/4.20/statebox/4.20.1.yaml';
const T0 = new Date('2026-01-10T08:00:00Z');
const TOKEN = 't0k';

function freshBox(): StateBox {
  return newStateBox(RELEASE, { jira_ticket: 'ART-1', release_date: '2026-Jan-13' }, T0);
}

// Each test has a parent directory of its own: nothing looks at the shared temporary directory.
let parent: string;
let dir: string;
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'krd-cli-issue-'));
  dir = join(parent, 'repo');
  await mkdir(dir);
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function seed(box: StateBox = freshBox()): Promise<string> {
  await mkdir(join(dir, '_releases/4.20/statebox'), { recursive: true });
  const text = serializeStateBox(box);
  await writeFile(join(dir, FILE), text);
  return text;
}

const readBox = async () => parseStateBoxText(await readFile(join(dir, FILE), 'utf8'), FILE);

async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name)] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('krd issue add / resolve on a local directory', () => {
  test('adds a blocker issue tied to tasks, masking emails; resolves it by its number', async () => {
    await seed();
    const added = await krdRun(['issue', 'add', RELEASE, 'Signature mismatch, ask jane.doe@example.com', '--blocker', '--task', 'stage-testing', '--task', 'image-signed-check', '--store', dir]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toBe(`Added blocker issue #1 to 4.20.1 in dir ${dir} (1 attempt).\n`);
    let box = await readBox();
    expect(box.issues).toEqual([
      expect.objectContaining({
        issue: 'Signature mismatch, ask [EMAIL_REDACTED]',
        blocker: true,
        resolved: false,
        related_tasks: ['stage-testing', 'image-signed-check'],
      }),
    ]);

    const resolved = await krdRun(['issue', 'resolve', RELEASE, '1', 'Re-signed by ART', '--store', dir]);
    expect(resolved).toMatchObject({ code: 0, stderr: '' });
    expect(resolved.stdout).toContain('Resolved issue #1 of 4.20.1');
    box = await readBox();
    expect(box.issues[0]).toMatchObject({ resolved: true, resolution: 'Re-signed by ART' });
    expect(box.issues[0]!.resolved_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  test('--store DIR is resolved against the working directory', async () => {
    await seed();
    const r = await krdRun(['issue', 'add', RELEASE, 'relative store works', '--store', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((await readBox()).issues).toHaveLength(1);
  });

  test('bad release names change nothing and exit 1', async () => {
    const original = await seed();
    const before = await snapshot(dir);
    for (const bad of ['../../x', '4.20.1;rm -rf /', '4.20', '', '4.20.1/../../../etc']) {
      const add = await krdRun(['issue', 'add', bad, 'text', '--store', dir]);
      expect(add.code, bad).toBe(1);
      expect(add.stderr).toMatch(/is not a release|A release is required/);
      expect(add.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      const res = await krdRun(['issue', 'resolve', bad, '1', 'text', '--store', dir]);
      expect(res.code, bad).toBe(1);
    }
    expect(await snapshot(dir)).toEqual(before);
    expect(await readFile(join(dir, FILE), 'utf8')).toBe(original);
    expect(await readdir(join(dir, '..'))).not.toContain('x');
  });

  test('a missing StateBox is a clear error, exit 1, and creates nothing', async () => {
    await mkdir(join(dir, '_releases'), { recursive: true });
    const r = await krdRun(['issue', 'add', '4.20.9', 'text', '--store', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`krd issue add: There is no StateBox for 4.20.9: _releases/4.20/statebox/4.20.9.yaml does not exist in dir ${dir}.\n`);
    expect(await snapshot(dir)).toEqual({});
  });

  test('a StateBox that does not parse is left byte for byte; the error names path and line', async () => {
    await mkdir(join(dir, '_releases/4.20/statebox'), { recursive: true });
    const broken = "schema_version: '1.0'\nrelease: 4.20.1\nissues: [\n";
    await writeFile(join(dir, FILE), broken);
    const r = await krdRun(['issue', 'add', RELEASE, 'text', '--store', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^krd issue add: _releases\/4\.20\/statebox\/4\.20\.1\.yaml:\d+:\d+: .*not valid YAML/);
    expect(await readFile(join(dir, FILE), 'utf8')).toBe(broken);
  });

  test('invalid input: unknown task, bad or out-of-range INDEX, already resolved, empty text', async () => {
    await seed(addIssue(freshBox(), { text: 'one', blocker: false, now: T0 }));
    const before = await snapshot(dir);
    const task = await krdRun(['issue', 'add', RELEASE, 'x', '--task', 'rm-rf', '--store', dir]);
    expect(task.code).toBe(1);
    expect(task.stderr).toContain('--task rm-rf is not a task of 4.20.1');
    const notNumber = await krdRun(['issue', 'resolve', RELEASE, 'one', 'x', '--store', dir]);
    expect(notNumber.code).toBe(1);
    expect(notNumber.stderr).toContain('INDEX "one" is not an issue number');
    const range = await krdRun(['issue', 'resolve', RELEASE, '2', 'x', '--store', dir]);
    expect(range.code).toBe(1);
    expect(range.stderr).toContain('Issue 2 does not exist in the StateBox of 4.20.1: expected 1 to 1.');
    const empty = await krdRun(['issue', 'add', RELEASE, '   ', '--store', dir]);
    expect(empty.code).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
    await krdRun(['issue', 'resolve', RELEASE, '1', 'done', '--store', dir]);
    const again = await krdRun(['issue', 'resolve', RELEASE, '1', 'again', '--store', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already resolved');
  });

  test('usage errors exit 2: missing --store, --ref on a directory, wrong argument count, unknown option', async () => {
    await seed();
    const cases: [string[], RegExp][] = [
      [['issue', 'add', RELEASE, 'x'], /--store DIR\|github is required/],
      [['issue', 'add', RELEASE, 'x', '--store', dir, '--ref', 'main'], /--ref only applies to --store github/],
      [['issue', 'add', RELEASE, 'two', 'words', '--store', dir], /expected RELEASE and TEXT, got 3 arguments/],
      [['issue', 'resolve', RELEASE, '1', '--store', dir], /expected RELEASE, INDEX and TEXT/],
      [['issue', 'add', RELEASE, 'x', '--store', dir, '--force'], /unknown option --force/],
    ];
    for (const [argv, message] of cases) {
      const r = await krdRun(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Usage: krd issue');
    }
  });

  test('a store directory that does not exist is an input error', async () => {
    const r = await krdRun(['issue', 'add', RELEASE, 'x', '--store', join(dir, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not a directory');
  });

  test('a release with shell characters: exit 1, one line on stderr', async () => {
    await seed();
    const err = await krdRun(['issue', 'add', '4.20.1;rm -rf /', 'x', '--store', dir]);
    expect(err.code).toBe(1);
    expect(err.stderr).toBe('krd issue add: "4.20.1;rm -rf /" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.\n');
  });
});

describe('krd issue with --store github', () => {
  const envFor = (gh: GitHubServer, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
    GITHUB_TOKEN: TOKEN,
    GITHUB_API_URL: gh.url,
    ...extra,
  });

  test('uses the default branch from GET /repos, commits once with a message saying what and why', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, defaultBranch: 'z-stream', files: { [FILE]: serializeStateBox(freshBox()) } });
    const r = await krdRun(['issue', 'add', RELEASE, 'Stage testing flaky', '--blocker', '--store', 'github'], { env: envFor(gh) });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('Added blocker issue #1 to 4.20.1 in github octo/releases@z-stream (1 attempt).\n');
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo/releases' });
    expect(gh.commits).toEqual([expect.objectContaining({ ref: 'z-stream', path: FILE, message: 'StateBox 4.20.1: add blocker issue "Stage testing flaky" (krd issue add)' })]);
    expect(parseStateBoxText(gh.getFile(FILE, 'z-stream')!, FILE).issues[0]).toMatchObject({ issue: 'Stage testing flaky', blocker: true });

    const resolved = await krdRun(['issue', 'resolve', RELEASE, '1', 'rerun passed', '--store', 'github'], { env: envFor(gh) });
    expect(resolved.code).toBe(0);
    expect(gh.commits[1]!.message).toBe('StateBox 4.20.1: resolve issue 1: "rerun passed" (krd issue resolve)');
  });

  test('--ref picks the branch; no default-branch lookup', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, branches: { 'z-stream': { [FILE]: serializeStateBox(freshBox()) } } });
    const r = await krdRun(['issue', 'add', RELEASE, 'x', '--store', 'github', '--ref', 'z-stream'], { env: envFor(gh) });
    expect(r.code).toBe(0);
    expect(gh.requests.map((q) => `${q.method} ${q.path}`)).toEqual([`GET /repos/octo/releases/contents/${FILE}`, `PUT /repos/octo/releases/contents/${FILE}`]);
    expect(gh.requests[0]!.query).toEqual({ ref: 'z-stream' });
  });

  test('a conflict with a concurrent writer is merged, not lost', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: serializeStateBox(freshBox()) } });
    // Another writer commits right after our read: our first PUT is stale.
    let injected = false;
    gh.inject({
      status: 409,
      match: (req) => {
        if (req.method !== 'PUT' || injected) return false;
        injected = true;
        gh.setFile(FILE, serializeStateBox(addIssue(freshBox(), { text: 'theirs', blocker: false, now: T0 })));
        return true;
      },
    });
    const r = await krdRun(['issue', 'add', RELEASE, 'ours', '--store', 'github', '--ref', 'main'], { env: envFor(gh) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(2 attempts)');
    expect(parseStateBoxText(gh.getFile(FILE)!, FILE).issues.map((i) => i.issue).sort()).toEqual(['ours', 'theirs']);
  });

  test('a bad release makes no request at all', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: serializeStateBox(freshBox()) } });
    for (const bad of ['../../x', '4.20.1;rm -rf /', '4.20', '']) {
      expect((await krdRun(['issue', 'add', bad, 'x', '--store', 'github'], { env: envFor(gh) })).code).toBe(1);
    }
    expect(gh.requests).toEqual([]);
  });

  test('401 is a clear permanent error naming GITHUB_TOKEN, exit 1, one line, no stack', async () => {
    await using gh = await startGitHubServer({ token: 'the-real-token', files: { [FILE]: serializeStateBox(freshBox()) } });
    const r = await krdRun(['issue', 'add', RELEASE, 'x', '--store', 'github', '--ref', 'main'], { env: envFor(gh) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^krd issue add: GitHub rejected the GitHub token \(GITHUB_TOKEN\) while trying to read _releases\/4\.20\/statebox\/4\.20\.1\.yaml from octo\/releases@main: 401 Bad credentials\. Set a valid token\.\n$/);
    expect(gh.getFile(FILE)).toBe(serializeStateBox(freshBox()));
  });

  test('missing or malformed environment is named', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const noToken = await krdRun(['issue', 'add', RELEASE, 'x', '--store', 'github'], { env: envFor(gh, { GITHUB_TOKEN: '' }) });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toContain('GITHUB_TOKEN is not set');
    const noRepo = await krdRun(['issue', 'add', RELEASE, 'x', '--store', 'github'], { env: envFor(gh, { GITHUB_REPOSITORY: undefined }) });
    expect(noRepo.stderr).toContain('GITHUB_REPOSITORY is not set');
    const badRepo = await krdRun(['issue', 'add', RELEASE, 'x', '--store', 'github'], { env: envFor(gh, { GITHUB_REPOSITORY: '../etc' }) });
    expect(badRepo.stderr).toContain('is not of the form owner/repo');
    const badRef = await krdRun(['issue', 'add', RELEASE, 'x', '--store', 'github', '--ref', '../main'], { env: envFor(gh) });
    expect(badRef.code).toBe(1);
    expect(badRef.stderr).toContain('is not a valid branch name');
    expect(gh.requests).toEqual([]);
  });

  test('a missing StateBox in the repository is a clear error, exit 1', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const r = await krdRun(['issue', 'add', RELEASE, 'x', '--store', 'github', '--ref', 'main'], { env: envFor(gh) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`There is no StateBox for 4.20.1: ${FILE} does not exist in github octo/releases@main.`);
  });
});

describe('krd issue as real processes', () => {
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    execFileP(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 });

  test('8 concurrent processes add issues to one release in a local directory: none lost, file valid, nothing left over', async () => {
    await seed(addIssue(freshBox(), { text: 'pre-existing', blocker: true, now: T0 }));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => cli(['issue', 'add', RELEASE, `issue from process ${i}`, ...(i % 2 ? ['--blocker'] : []), '--store', dir])),
    );
    const failures = outcomes.filter((o) => o.status === 'rejected');
    expect(failures, JSON.stringify(failures)).toEqual([]);
    const box = await readBox();
    expect(box.issues.map((i) => i.issue).sort()).toEqual(['pre-existing', ...Array.from({ length: 8 }, (_, i) => `issue from process ${i}`)].sort());
    expect(box.issues.find((i) => i.issue === 'issue from process 1')?.blocker).toBe(true);
    expect(Object.keys(await snapshot(dir))).toEqual([join(dir, FILE)]);
  }, 90_000);

  test('--store github works from a real process and the process exits on its own', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: serializeStateBox(freshBox()) } });
    const { stdout } = await cli(['issue', 'add', RELEASE, 'from a child', '--store', 'github'], {
      GITHUB_REPOSITORY: 'octo/releases',
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: gh.url,
    });
    expect(stdout).toContain('Added issue #1 to 4.20.1 in github octo/releases@main');
    expect(parseStateBoxText(gh.getFile(FILE)!, FILE).issues[0]?.issue).toBe('from a child');
  }, 60_000);
});
