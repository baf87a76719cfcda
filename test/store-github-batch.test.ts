/**
 * GitHubStore.readMany: several files in one GraphQL query, exactly as the Contents API gives them
 * (text and git blob SHA), and a quiet fallback to one REST read each wherever GraphQL cannot
 * answer: a REST-only server (404), a failing query, a file too large, a missing file.
 * RunCachedStore keeps what a batch read, so the run's own reads cost nothing.
 */
import { describe, expect, test } from 'vitest';
import { createOctokit } from '../src/adapters/github/octokit';
import { RunCachedStore } from '../src/adapters/store/cached';
import { BATCH_MAX_PATHS, BATCH_MIN_PATHS, GitHubStore } from '../src/adapters/store/github';
import { OperationsBudget } from '../src/ports/budget';
import { type GitHubServer, startGitHubServer } from './helpers/github-server';

const TOKEN = 't0k';
const pathOf = (i: number) => `_releases/4.${i}/statebox/4.${i}.1.yaml`;
const filesFor = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [pathOf(i + 1), `release: 4.${i + 1}.1\nnote: "ü ✓"\r\n`]));

function storeOn(gh: GitHubServer, opts: { ref?: string; budget?: OperationsBudget; owner?: string } = {}) {
  const octokit = createOctokit({ token: TOKEN, baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false });
  return new GitHubStore({ octokit, owner: opts.owner ?? gh.owner, repo: gh.repo, ...(opts.ref ? { ref: opts.ref } : {}), ...(opts.budget ? { budget: opts.budget } : {}) });
}

const graphqlRequests = (gh: GitHubServer) => gh.requests.filter((r) => r.path === '/graphql');

describe('GitHubStore.readMany', () => {
  test('reads many files in one query: the same text and blob SHA as one Contents read each', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, branches: { 'z-stream': filesFor(6) } });
    const store = storeOn(gh, { ref: 'z-stream' });
    const paths = Array.from({ length: 6 }, (_, i) => pathOf(i + 1));
    const batch = await store.readMany(paths);
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /graphql 200']);
    expect((gh.requests[0]!.body as { variables: Record<string, string> }).variables).toMatchObject({ owner: 'octo', name: 'releases', f0: `z-stream:${paths[0]}` });
    for (const path of paths) expect(batch.get(path)).toEqual(await store.read(path));
  });

  test('without a ref it reads the default branch, as read() does', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: filesFor(4) });
    const store = storeOn(gh);
    const batch = await store.readMany(Object.keys(filesFor(4)));
    expect([...batch.keys()]).toEqual(Object.keys(filesFor(4)));
    expect((graphqlRequests(gh)[0]!.body as { variables: Record<string, string> }).variables.f0).toBe(`HEAD:${pathOf(1)}`);
  });

  test(`fewer than ${BATCH_MIN_PATHS} paths: no request, read() fetches them`, async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: filesFor(3) });
    expect((await storeOn(gh).readMany(Object.keys(filesFor(3)))).size).toBe(0);
    expect(gh.requests).toEqual([]);
  });

  test(`more than ${BATCH_MAX_PATHS} paths: one query per ${BATCH_MAX_PATHS}, each charged to the budget`, async () => {
    const n = BATCH_MAX_PATHS * 2 + 1;
    await using gh = await startGitHubServer({ token: TOKEN, files: filesFor(n) });
    const budget = new OperationsBudget(1000);
    const batch = await storeOn(gh, { budget }).readMany(Object.keys(filesFor(n)));
    expect(batch.size).toBe(n);
    expect(graphqlRequests(gh)).toHaveLength(3);
    expect(budget.spent).toBe(3);
  });

  test('leaves out a missing file, a file over 1 MB and an unknown ref; never throws', async () => {
    const big = `x: "${'a'.repeat(1024 * 1024)}"\n`;
    await using gh = await startGitHubServer({ token: TOKEN, files: { ...filesFor(3), '_releases/big.yaml': big } });
    const store = storeOn(gh);
    const batch = await store.readMany([...Object.keys(filesFor(3)), '_releases/big.yaml', '_releases/missing.yaml']);
    expect([...batch.keys()]).toEqual(Object.keys(filesFor(3)));
    // The file GraphQL truncates goes to the Contents API, which refuses it as before.
    await expect(store.read('_releases/big.yaml')).rejects.toThrow(/too large for the Contents API/);
    expect((await storeOn(gh, { ref: 'no-such-branch' }).readMany(Object.keys(filesFor(3)).concat(pathOf(9)))).size).toBe(0);
  });

  test('another repository answers NOT_FOUND inside the data: nothing read, no error', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: filesFor(4) });
    expect((await storeOn(gh, { owner: 'someone-else' }).readMany(Object.keys(filesFor(4)))).size).toBe(0);
    expect(graphqlRequests(gh).map((r) => r.status)).toEqual([200]);
  });

  test('a server without GraphQL (404): nothing read, and the store asks no more in this run', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: filesFor(4), graphql: false });
    const store = storeOn(gh);
    expect((await store.readMany(Object.keys(filesFor(4)))).size).toBe(0);
    expect((await store.readMany(Object.keys(filesFor(4)))).size).toBe(0);
    expect(graphqlRequests(gh).map((r) => r.status)).toEqual([404]);
    expect((await store.read(pathOf(1)))?.content).toBe(filesFor(4)[pathOf(1)]);
  });

  test('a query that fails for a while (502) reads nothing this time and is tried again next time', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: filesFor(4) });
    gh.inject({ status: 502, times: 4, match: { method: 'POST', path: '/graphql' } });
    const store = storeOn(gh);
    expect((await store.readMany(Object.keys(filesFor(4)))).size).toBe(0);
    expect((await store.readMany(Object.keys(filesFor(4)))).size).toBe(4);
  });
});

describe('RunCachedStore over GitHubStore', () => {
  test('what a batch read is served from the cache; what it left out is read on its own, once', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: filesFor(5) });
    const store = new RunCachedStore(storeOn(gh));
    const paths = [...Object.keys(filesFor(5)), '_releases/missing.yaml'];
    const batch = await store.readMany(paths);
    expect(batch.size).toBe(5);
    for (const path of paths) await store.read(path);
    for (const path of paths) await store.read(path);
    expect(gh.requests.map((r) => `${r.method} ${r.path.split('/contents/')[1] ?? r.path}`)).toEqual(['POST /graphql', 'GET _releases/missing.yaml']);
    // Asked again, the batch comes from the cache: no request.
    expect((await store.readMany(paths)).size).toBe(5);
    expect(gh.requests).toHaveLength(2);
  });
});
