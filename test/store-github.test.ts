import { describe, expect, test, vi, afterEach } from 'vitest';
import { type CreateOctokitOptions, createOctokit } from '../src/adapters/github/octokit';
import { GitHubStore } from '../src/adapters/store/github';
import { gitBlobSha } from '../src/adapters/store/git-sha';
import { ConflictError, InputError, PermanentError, TransientError } from '../src/core/errors';
import { OperationsBudget } from '../src/ports/budget';
import { type GitHubServer, startGitHubServer } from './helpers/github-server';

const FILE = '_releases/4.20/statebox/4.20.1.yaml';
const TOKEN = 't0k';

function storeOn(gh: GitHubServer, opts: { ref?: string; octokit?: Partial<CreateOctokitOptions> } = {}) {
  const octokit = createOctokit({ token: TOKEN, baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false, ...opts.octokit });
  return new GitHubStore({ octokit, owner: gh.owner, repo: gh.repo, ...(opts.ref ? { ref: opts.ref } : {}) });
}

const puts = (gh: GitHubServer) => gh.requests.filter((r) => r.method === 'PUT');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('GitHubStore: Contents API reads and writes', () => {
  test('reads with ref, writes with the SHA read and branch, one commit per write with the caller\'s message', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, branches: { 'z-stream': { [FILE]: 'release: 4.20.1\n' } } });
    const store = storeOn(gh, { ref: 'z-stream' });
    expect(store.describe).toBe('github octo/releases@z-stream');
    const file = await store.read(FILE);
    expect(file).toEqual({ path: FILE, content: 'release: 4.20.1\n', sha: gitBlobSha('release: 4.20.1\n') });
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: `/repos/octo/releases/contents/${FILE}`, query: { ref: 'z-stream' } });
    expect(gh.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);

    const written = await store.write(FILE, 'release: 4.20.1\nx: 1\n', { sha: file!.sha, message: 'StateBox 4.20.1: add issue "x" (test)' });
    expect(written.sha).toBe(gitBlobSha('release: 4.20.1\nx: 1\n'));
    expect(puts(gh)[0]!.body).toMatchObject({
      message: 'StateBox 4.20.1: add issue "x" (test)',
      sha: file!.sha,
      branch: 'z-stream',
      content: Buffer.from('release: 4.20.1\nx: 1\n').toString('base64'),
    });
    expect(gh.commits).toHaveLength(1);
    expect(gh.commits[0]).toMatchObject({ ref: 'z-stream', path: FILE, message: 'StateBox 4.20.1: add issue "x" (test)' });
    expect(gh.getFile(FILE, 'z-stream')).toBe('release: 4.20.1\nx: 1\n');
  });

  test('a missing file reads as undefined; creating sends no sha', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const store = storeOn(gh);
    expect(await store.read(FILE)).toBeUndefined();
    await store.write(FILE, 'new\n', { sha: undefined, message: 'create' });
    expect(puts(gh)[0]!.body).not.toHaveProperty('sha');
    expect(puts(gh)[0]!.body).not.toHaveProperty('branch'); // no ref: GitHub's default branch
    expect(gh.getFile(FILE)).toBe('new\n');
  });

  test('multi-byte text survives the base64 round trip', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const store = storeOn(gh);
    const text = 'issue: "Zürich build — 日本語 ✓"\n';
    const { sha } = await store.write(FILE, text, { sha: undefined, message: 'm' });
    expect(await store.read(FILE)).toEqual({ path: FILE, content: text, sha });
  });

  test('an unknown ref is a PermanentError, not a missing file', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    await expect(storeOn(gh, { ref: 'gone' }).read(FILE)).rejects.toThrow(PermanentError);
    await expect(storeOn(gh, { ref: 'gone' }).read(FILE)).rejects.toThrow(/No commit found for the ref gone/);
  });

  test('a directory, or a file too large for the Contents API, is a PermanentError saying so', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x', 'big.yaml': 'y'.repeat(1024 * 1024 + 1) } });
    const store = storeOn(gh);
    await expect(store.read('_releases/4.20')).rejects.toThrow('_releases/4.20 in octo/releases is not a file.');
    await expect(store.read('big.yaml')).rejects.toThrow(/too large for the Contents API/);
  });

  test('paths are checked before any request', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const store = storeOn(gh);
    for (const bad of ['../x.yaml', '/etc/passwd', '_releases/../../x', 'a//b', 'a\\b', '']) {
      await expect(store.read(bad)).rejects.toThrow(InputError);
      await expect(store.write(bad, 'x', { sha: undefined, message: 'm' })).rejects.toThrow(InputError);
    }
    expect(gh.requests).toEqual([]);
  });
});

describe('GitHubStore: conflicts are ConflictError and never retried by the plugins', () => {
  test('a stale SHA is a ConflictError after exactly one PUT; the file is unchanged', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'theirs\n' } });
    const store = storeOn(gh);
    const err = await store.write(FILE, 'ours\n', { sha: gitBlobSha('what we read\n'), message: 'm' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toMatch(/_releases\/4\.20\/statebox\/4\.20\.1\.yaml in octo\/releases changed since it was read/);
    expect(puts(gh)).toHaveLength(1);
    expect(gh.getFile(FILE)).toBe('theirs\n');
  });

  test('creating a file that appeared meanwhile (422 "sha wasn\'t supplied") is a ConflictError', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'theirs\n' } });
    await expect(storeOn(gh).write(FILE, 'ours\n', { sha: undefined, message: 'm' })).rejects.toThrow(ConflictError);
    expect(puts(gh)).toHaveLength(1);
  });

  test('an injected 409 is not retried by the retry plugin', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    gh.inject({ status: 409 });
    await expect(storeOn(gh).write(FILE, 'y\n', { sha: gitBlobSha('x\n'), message: 'm' })).rejects.toThrow(ConflictError);
    expect(puts(gh)).toHaveLength(1);
    expect(gh.getFile(FILE)).toBe('x\n');
  });
});

describe('GitHubStore: credentials and permissions', () => {
  test('a rejected token (401) is a PermanentError naming GITHUB_TOKEN, with no retries', async () => {
    await using gh = await startGitHubServer({ token: 'the-real-one' });
    const err = await storeOn(gh).read(FILE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/GitHub rejected the GitHub token \(GITHUB_TOKEN\) while trying to read _releases\/4\.20\/statebox\/4\.20\.1\.yaml from octo\/releases: 401 Bad credentials/);
    expect(gh.requests).toHaveLength(1);
  });

  test('a 403 that is not a rate limit is a PermanentError naming the permission the write needs', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    gh.inject({ status: 403, match: { method: 'PUT' } });
    const err = await storeOn(gh).write(FILE, 'x', { sha: undefined, message: 'm' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toContain('403 Resource not accessible by integration');
    expect((err as Error).message).toContain('GITHUB_TOKEN');
    expect((err as Error).message).toContain('"contents: write" permission');
    expect(puts(gh)).toHaveLength(1);
  });
});

describe('GitHubStore: transient failures', () => {
  test('5xx answers are retried by the retry plugin with growing waits, then succeed', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    gh.inject({ status: 500, times: 2, match: { method: 'PUT' } });
    const store = storeOn(gh, { octokit: { retryAfterBaseMs: 10 } });
    await store.write(FILE, 'y\n', { sha: gitBlobSha('x\n'), message: 'm' });
    const tries = puts(gh);
    expect(tries.map((r) => r.status)).toEqual([500, 500, 200]);
    // The plugin waits (n+1)² × base: 10 ms, then 40 ms.
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(9);
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(39);
    expect(gh.getFile(FILE)).toBe('y\n');
  });

  test('5xx that persists past the retries is a TransientError; the retries are bounded', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    gh.inject({ status: 502, times: 100 });
    const err = await storeOn(gh, { octokit: { retries: 2 } }).read(FILE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/GitHub failed while trying to read .* 502 Bad Gateway/);
    expect(gh.requests).toHaveLength(3);
  });

  test('a dropped connection is retried; a network that stays down is a TransientError', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    gh.inject({ status: 'reset' });
    expect((await storeOn(gh).read(FILE))?.content).toBe('x\n');
    gh.inject({ status: 'reset', times: 10 });
    const err = await storeOn(gh, { octokit: { retries: 1 } }).read(FILE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/no answer/);
  });

  test('a secondary rate limit (429) is retried after its retry-after', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    gh.inject({ status: 429, retryAfter: 5 });
    const store = storeOn(gh, { octokit: { retryAfterBaseMs: 10 } });
    expect((await store.read(FILE))?.content).toBe('x\n');
    expect(gh.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(gh.requests[1]!.at - gh.requests[0]!.at).toBeGreaterThanOrEqual(49); // 5 "seconds" of 10 ms
  });

  test('a rate limit that persists is a TransientError carrying the wait', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    gh.inject({ status: 429, retryAfter: 3, times: 10 });
    const err = await storeOn(gh, { octokit: { rateLimitRetries: 2 } }).read(FILE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as TransientError).retryAfterMs).toBe(3000);
    expect((err as Error).message).toMatch(/GitHub rate limit reached while trying to read/);
    expect(gh.requests).toHaveLength(3); // the first try and two retries
  });

  test('a primary rate limit (403, remaining 0) waits for x-ratelimit-reset, unless the reset is too far away', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    gh.inject({ status: 403, kind: 'primary-rate-limit', retryAfter: 2 });
    expect((await storeOn(gh).read(FILE))?.content).toBe('x\n');
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);

    gh.inject({ status: 403, kind: 'primary-rate-limit', retryAfter: 600 });
    const before = gh.requests.length;
    const err = await storeOn(gh, { octokit: { maxRateLimitWaitSeconds: 60 } }).read(FILE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as TransientError).retryAfterMs).toBeGreaterThan(590_000);
    expect(gh.requests.length - before).toBe(1);
  });
});

describe('createOctokit: budget and base URL', () => {
  test('every HTTP attempt, plugin retries included, is charged to the budget', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    const budget = new OperationsBudget(100);
    const store = storeOn(gh, { octokit: { budget } });
    await store.read(FILE);
    expect(budget.spent).toBe(1);
    gh.inject({ status: 500 });
    await store.read(FILE);
    expect(budget.spent).toBe(3);
    expect(budget.spent).toBe(gh.requests.length);
  });

  test('by default writes are spaced one second apart (GitHub\'s guidance for mutations); reads are not', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const octokit = createOctokit({ token: TOKEN, baseUrl: gh.url, retryAfterBaseMs: 1 });
    const store = new GitHubStore({ octokit, owner: gh.owner, repo: gh.repo });
    const { sha } = await store.write(FILE, 'a\n', { sha: undefined, message: 'm' });
    await store.read(FILE);
    await store.write(FILE, 'b\n', { sha, message: 'm' });
    const [first, , second] = gh.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  test('with spaceWrites false, comment writes (which GitHub spaces by 3 s) are not held back; paginate follows Link', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const octokit = createOctokit({ token: TOKEN, baseUrl: gh.url, spaceWrites: false });
    for (let i = 0; i < 5; i += 1) await octokit.rest.issues.createComment({ owner: gh.owner, repo: gh.repo, issue_number: 4, body: `c${i}` });
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: gh.owner, repo: gh.repo, issue_number: 4, per_page: 2 });
    expect(all.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(gh.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  test('the base URL defaults to GITHUB_API_URL', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: 'x\n' } });
    vi.stubEnv('GITHUB_API_URL', `${gh.url}/`);
    const octokit = createOctokit({ token: TOKEN });
    const store = new GitHubStore({ octokit, owner: gh.owner, repo: gh.repo });
    expect((await store.read(FILE))?.content).toBe('x\n');
    expect(gh.requests).toHaveLength(1);
  });
});

describe('GitHubStore: listing with the Git trees API', () => {
  test('lists blobs under a prefix, at the ref', async () => {
    await using gh = await startGitHubServer({
      token: TOKEN,
      branches: { 'z-stream': { [FILE]: 'a', '_releases/4.20/4.20.z.yaml': 'b', '_releases/4.19/statebox/4.19.9.yaml': 'c', 'README.md': 'd', '_releases/4.20/odd name.md': 'e' } },
    });
    const store = storeOn(gh, { ref: 'z-stream' });
    expect(await store.list('_releases/4.20')).toEqual(['_releases/4.20/4.20.z.yaml', FILE]);
    expect(await store.list('_releases/')).toHaveLength(3);
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo/releases/git/trees/z-stream', query: { recursive: '1' } });
  });

  test('without a ref, the default branch is asked once', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, defaultBranch: 'trunk', files: { [FILE]: 'a' } });
    const store = storeOn(gh);
    expect(await store.list('_releases/')).toEqual([FILE]);
    expect(await store.list('_releases/')).toEqual([FILE]);
    expect(gh.requests.map((r) => r.path)).toEqual(['/repos/octo/releases', '/repos/octo/releases/git/trees/trunk', '/repos/octo/releases/git/trees/trunk']);
  });

  test('an empty repository lists nothing; a truncated tree falls back to walking the directory', async () => {
    await using empty = await startGitHubServer({ token: TOKEN });
    expect(await storeOn(empty, { ref: 'main' }).list('_releases/')).toEqual([]);

    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`_releases/4.20/statebox/4.20.${i}.yaml`, 'x']));
    await using big = await startGitHubServer({ token: TOKEN, files: { ...files, 'other/a': 'y' }, truncateTreesOver: 3 });
    const listed = await storeOn(big, { ref: 'main' }).list('_releases');
    expect(listed).toEqual(Object.keys(files).sort());
    expect(big.requests.some((r) => r.path === '/repos/octo/releases/contents/_releases')).toBe(true);
  });
});
