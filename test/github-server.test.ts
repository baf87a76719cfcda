// The fake GitHub must answer like GitHub, or the tests built on it prove nothing: these pin its
// behaviour with plain fetch calls (no Octokit), as a client would see it on the wire.
import { describe, expect, test } from 'vitest';
import { gitBlobSha } from '../src/adapters/store/git-sha';
import { startGitHubServer } from './helpers/github-server';

const FILE = '_releases/4.20/statebox/4.20.1.yaml';

async function call(url: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const res = await fetch(url, {
    ...rest,
    headers: { authorization: 'token t0k', accept: 'application/vnd.github+json', ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(rest.headers as Record<string, string> | undefined) },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // raw content
  }
  return { status: res.status, headers: res.headers, body: body as Record<string, unknown> & unknown[] };
}

describe('github-server: Contents API', () => {
  test('GET returns base64 content with the git blob SHA; the raw media type returns the text', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [FILE]: 'release: 4.20.1\n' } });
    const res = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`);
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('file');
    expect(res.body.encoding).toBe('base64');
    expect(Buffer.from(String(res.body.content), 'base64').toString('utf8')).toBe('release: 4.20.1\n');
    expect(res.body.sha).toBe(gitBlobSha('release: 4.20.1\n'));
    expect(res.headers.get('content-type')).toContain('application/json');
    const raw = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`, { headers: { accept: 'application/vnd.github.raw+json' } });
    expect(raw.body).toBe('release: 4.20.1\n');
  });

  test('the blob SHA is git\'s: matches `git hash-object` for a known value', () => {
    // printf 'hello\n' | git hash-object --stdin
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  test('a missing file is 404 with GitHub\'s JSON error; an unknown ref names the ref', async () => {
    await using gh = await startGitHubServer({ token: 't0k' });
    const missing = await call(`${gh.url}/repos/octo/releases/contents/nope.yaml`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ message: 'Not Found', documentation_url: expect.stringContaining('docs.github.com') });
    const badRef = await call(`${gh.url}/repos/octo/releases/contents/nope.yaml?ref=zzz`);
    expect(badRef.status).toBe(404);
    expect(badRef.body.message).toBe('No commit found for the ref zzz');
  });

  test('a directory lists its entries', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { 'a/b/c.yaml': 'x', 'a/d.yaml': 'y' } });
    const res = await call(`${gh.url}/repos/octo/releases/contents/a`);
    expect((res.body as unknown as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ['b', 'dir'],
      ['d.yaml', 'file'],
    ]);
  });

  test('PUT creates (201), updates with the current sha (200), and commits per ref', async () => {
    await using gh = await startGitHubServer({ token: 't0k', branches: { 'z-stream': {} } });
    const content = Buffer.from('one\n').toString('base64');
    const created = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`, { method: 'PUT', json: { message: 'add', content, branch: 'z-stream' } });
    expect(created.status).toBe(201);
    const sha = (created.body.content as { sha: string }).sha;
    expect(sha).toBe(gitBlobSha('one\n'));
    const updated = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`, {
      method: 'PUT',
      json: { message: 'change', content: Buffer.from('two\n').toString('base64'), sha, branch: 'z-stream' },
    });
    expect(updated.status).toBe(200);
    expect(gh.getFile(FILE, 'z-stream')).toBe('two\n');
    expect(gh.getFile(FILE)).toBeUndefined();
    expect(gh.commits.map((c) => [c.ref, c.message])).toEqual([
      ['z-stream', 'add'],
      ['z-stream', 'change'],
    ]);
  });

  test('PUT with a stale sha is 409; without a sha on an existing file 422; unknown branch 404; missing message 422', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [FILE]: 'now\n' } });
    const content = Buffer.from('mine\n').toString('base64');
    const stale = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`, { method: 'PUT', json: { message: 'm', content, sha: gitBlobSha('before\n') } });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toContain('does not match');
    const noSha = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`, { method: 'PUT', json: { message: 'm', content } });
    expect(noSha.status).toBe(422);
    expect(noSha.body.message).toContain('"sha" wasn\'t supplied');
    const noBranch = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`, { method: 'PUT', json: { message: 'm', content, branch: 'gone' } });
    expect(noBranch.status).toBe(404);
    const noMessage = await call(`${gh.url}/repos/octo/releases/contents/${FILE}`, { method: 'PUT', json: { content, sha: gitBlobSha('now\n') } });
    expect(noMessage.status).toBe(422);
    expect(gh.getFile(FILE)).toBe('now\n');
    expect(gh.commits).toEqual([]);
  });
});

describe('github-server: repository, trees, auth, rate-limit headers', () => {
  test('GET /repos/{o}/{r} gives the default branch', async () => {
    await using gh = await startGitHubServer({ token: 't0k', defaultBranch: 'z-stream' });
    const res = await call(`${gh.url}/repos/octo/releases`);
    expect(res.body).toMatchObject({ default_branch: 'z-stream', full_name: 'octo/releases' });
  });

  test('git trees: recursive lists blobs and trees; not recursive only the top; empty repository 409', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { 'a/b/c.yaml': 'x', 'top.md': 'y' } });
    const deep = await call(`${gh.url}/repos/octo/releases/git/trees/main?recursive=1`);
    expect((deep.body.tree as { path: string; type: string }[]).map((e) => `${e.type}:${e.path}`)).toEqual(['tree:a', 'tree:a/b', 'blob:a/b/c.yaml', 'blob:top.md']);
    expect(deep.body.truncated).toBe(false);
    const flat = await call(`${gh.url}/repos/octo/releases/git/trees/main`);
    expect((flat.body.tree as { path: string }[]).map((e) => e.path)).toEqual(['a', 'top.md']);
    await using empty = await startGitHubServer({ token: 't0k' });
    const none = await call(`${empty.url}/repos/octo/releases/git/trees/main?recursive=1`);
    expect(none.status).toBe(409);
    expect(none.body.message).toBe('Git Repository is empty.');
    const unknown = await call(`${gh.url}/repos/octo/releases/git/trees/nope?recursive=1`);
    expect(unknown.status).toBe(404);
  });

  test('a large tree is truncated when asked to', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { 'a/1': '1', 'a/2': '2', 'a/3': '3' }, truncateTreesOver: 2 });
    const res = await call(`${gh.url}/repos/octo/releases/git/trees/main?recursive=1`);
    expect(res.body.truncated).toBe(true);
    expect((res.body.tree as unknown[]).length).toBe(2);
  });

  test('a wrong or missing token is 401; every answer carries x-ratelimit-* headers that count down', async () => {
    await using gh = await startGitHubServer({ token: 't0k', rateLimit: 2 });
    const bad = await call(`${gh.url}/repos/octo/releases`, { headers: { authorization: 'token nope' } });
    expect(bad.status).toBe(401);
    expect(bad.body.message).toBe('Bad credentials');
    const none = await fetch(`${gh.url}/repos/octo/releases`);
    expect(none.status).toBe(401);
    const first = await call(`${gh.url}/repos/octo/releases`);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    await call(`${gh.url}/repos/octo/releases`);
    const limited = await call(`${gh.url}/repos/octo/releases`);
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.body.message).toContain('API rate limit exceeded');
  });
});

describe('github-server: comments, reactions, permissions', () => {
  test('comments paginate with per_page and a Link header, and can be created and updated', async () => {
    await using gh = await startGitHubServer({ token: 't0k' });
    for (let i = 1; i <= 5; i += 1) gh.addComment(7, `comment ${i}`, 'alice');
    const page1 = await call(`${gh.url}/repos/octo/releases/issues/7/comments?per_page=2`);
    expect((page1.body as unknown as { body: string }[]).map((c) => c.body)).toEqual(['comment 1', 'comment 2']);
    expect(page1.headers.get('link')).toContain('page=2>; rel="next"');
    expect(page1.headers.get('link')).toContain('page=3>; rel="last"');
    const page3 = await call(`${gh.url}/repos/octo/releases/issues/7/comments?per_page=2&page=3`);
    expect((page3.body as unknown as { body: string }[]).map((c) => c.body)).toEqual(['comment 5']);
    expect(page3.headers.get('link')).not.toContain('rel="next"');
    const created = await call(`${gh.url}/repos/octo/releases/issues/7/comments`, { method: 'POST', json: { body: 'bot says hi' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ body: 'bot says hi', user: { login: 'github-actions[bot]' } });
    const id = created.body.id as number;
    const updated = await call(`${gh.url}/repos/octo/releases/issues/comments/${id}`, { method: 'PATCH', json: { body: 'edited' } });
    expect(updated.status).toBe(200);
    expect(gh.comments.find((c) => c.id === id)?.body).toBe('edited');
    const gone = await call(`${gh.url}/repos/octo/releases/issues/comments/999999`, { method: 'PATCH', json: { body: 'x' } });
    expect(gone.status).toBe(404);
    const noBody = await call(`${gh.url}/repos/octo/releases/issues/7/comments`, { method: 'POST', json: {} });
    expect(noBody.status).toBe(422);
  });

  test('reactions: created once per user and content, unknown content 422', async () => {
    await using gh = await startGitHubServer({ token: 't0k' });
    const c = gh.addComment(3, '/release:status', 'alice');
    const first = await call(`${gh.url}/repos/octo/releases/issues/comments/${c.id}/reactions`, { method: 'POST', json: { content: 'eyes' } });
    expect(first.status).toBe(201);
    const again = await call(`${gh.url}/repos/octo/releases/issues/comments/${c.id}/reactions`, { method: 'POST', json: { content: 'eyes' } });
    expect(again.status).toBe(200);
    const bad = await call(`${gh.url}/repos/octo/releases/issues/comments/${c.id}/reactions`, { method: 'POST', json: { content: 'party' } });
    expect(bad.status).toBe(422);
    expect(gh.reactions.map((r) => r.content)).toEqual(['eyes']);
  });

  test('collaborator permission: legacy `permission` plus exact `role_name`; strangers have none', async () => {
    await using gh = await startGitHubServer({ token: 't0k', permissions: { alice: 'maintain' } });
    gh.setPermission('bob', 'triage');
    const alice = await call(`${gh.url}/repos/octo/releases/collaborators/alice/permission`);
    expect(alice.body).toMatchObject({ permission: 'write', role_name: 'maintain', user: { login: 'alice' } });
    const bob = await call(`${gh.url}/repos/octo/releases/collaborators/bob/permission`);
    expect(bob.body).toMatchObject({ permission: 'read', role_name: 'triage' });
    const eve = await call(`${gh.url}/repos/octo/releases/collaborators/eve/permission`);
    expect(eve.body).toMatchObject({ permission: 'none' });
  });
});

describe('github-server: faults and recording', () => {
  test('injected faults hit only matching requests, the given number of times, GitHub-style', async () => {
    await using gh = await startGitHubServer({ token: 't0k', files: { [FILE]: 'x\n' } });
    gh.inject({ status: 500, times: 2, match: { method: 'PUT' } });
    gh.inject({ status: 429, retryAfter: 7, match: { path: /\/git\/trees\// } });
    gh.inject({ status: 403, kind: 'primary-rate-limit', retryAfter: 30, match: (r) => r.path.endsWith('/releases') });
    expect(gh.pendingFaults()).toBe(4);
    expect((await call(`${gh.url}/repos/octo/releases/contents/${FILE}`)).status).toBe(200);
    const tree = await call(`${gh.url}/repos/octo/releases/git/trees/main?recursive=1`);
    expect(tree.status).toBe(429);
    expect(tree.headers.get('retry-after')).toBe('7');
    expect(tree.body.message).toMatch(/secondary rate limit/);
    const repo = await call(`${gh.url}/repos/octo/releases`);
    expect(repo.status).toBe(403);
    expect(repo.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(repo.headers.get('x-ratelimit-reset'));
    expect(reset * 1000 - Date.now()).toBeGreaterThan(25_000);
    const put = () => call(`${gh.url}/repos/octo/releases/contents/${FILE}`, { method: 'PUT', json: { message: 'm', content: 'eA==', sha: gitBlobSha('x\n') } });
    expect((await put()).status).toBe(500);
    expect((await put()).status).toBe(500);
    expect((await put()).status).toBe(200);
    expect(gh.pendingFaults()).toBe(0);
  });

  test('a 403 fault is "Resource not accessible by integration"; a reset fault drops the connection', async () => {
    await using gh = await startGitHubServer({ token: 't0k' });
    gh.inject({ status: 403 });
    const denied = await call(`${gh.url}/repos/octo/releases`);
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe('Resource not accessible by integration');
    gh.inject({ status: 'reset' });
    await expect(fetch(`${gh.url}/repos/octo/releases`, { headers: { authorization: 'token t0k' } })).rejects.toThrow();
  });

  test('every request is recorded with method, decoded path, query, headers, parsed body and status', async () => {
    await using gh = await startGitHubServer({ token: 't0k' });
    await call(`${gh.url}/repos/octo/releases/contents/_releases%2F4.20%2Fx.yaml?ref=main`);
    await call(`${gh.url}/repos/octo/releases/issues/1/comments`, { method: 'POST', json: { body: 'hi' } });
    expect(gh.requests.map((r) => [r.method, r.path, r.query, r.status])).toEqual([
      ['GET', '/repos/octo/releases/contents/_releases/4.20/x.yaml', { ref: 'main' }, 404],
      ['POST', '/repos/octo/releases/issues/1/comments', {}, 201],
    ]);
    expect(gh.requests[1]!.headers.authorization).toBe('token t0k');
    expect(gh.requests[1]!.body).toEqual({ body: 'hi' });
  });

  test('other repositories, unknown routes and GraphQL are 404', async () => {
    await using gh = await startGitHubServer({ token: 't0k' });
    expect((await call(`${gh.url}/repos/other/repo`)).status).toBe(404);
    expect((await call(`${gh.url}/repos/octo/releases/pulls`)).status).toBe(404);
    expect((await call(`${gh.url}/graphql`, { method: 'POST', json: { query: '{viewer{login}}' } })).status).toBe(404);
  });

  test('disposal closes the server', async () => {
    let url = '';
    {
      await using gh = await startGitHubServer();
      url = gh.url;
      expect((await fetch(`${url}/repos/octo/releases`)).status).toBe(200);
    }
    await expect(fetch(`${url}/repos/octo/releases`)).rejects.toThrow();
  });
});
