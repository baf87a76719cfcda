/**
 * `krd drive --store github` and `krd status --store github` against the local GitHub API
 * server: one run's view of the repository (src/adapters/store/cached.ts), so each file is
 * fetched once per run, and the tracking files and StateBoxes of many releases in one GraphQL
 * query each, as the action does.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stateBoxPath } from '../src/core/version';
import { TOKEN, repoFiles } from './helpers/action-env';
import { FAKE_OAR, OAR_ENV } from './helpers/working-tools';
import { krdRun } from './helpers/krd-run';
import { makeBox } from './helpers/fake-world';
import { startGitHubServer, type GitHubServer, type RecordedRequest } from './helpers/github-server';

const NOW = '2025-11-01T06:00:00Z';
const servers: GitHubServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

// The outside systems other than GitHub, one local server for all of them: the Release
// Controller says no build is promoted yet; anything else is not found. Every request is recorded.
let outside: Server;
let outsideUrl: string;
const outsideRequests: string[] = [];
beforeAll(async () => {
  outside = createServer((req, res) => {
    outsideRequests.push(`${req.method} ${req.url}`);
    if (req.url?.startsWith('/api/v1/releasestream/')) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ phase: 'Ready' }));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => outside.listen(0, '127.0.0.1', resolve));
  outsideUrl = `http://127.0.0.1:${(outside.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => outside.close(() => resolve())));

/** Releases waiting for an owner for take-ownership: a run that reads everything and changes nothing. */
const waitingForOwner = (release: string) => makeBox({ release, tasks: { 'create-test-report': 'Pass', 'analyze-candidate-build': 'Pass' } });

async function repository(releases: readonly string[]): Promise<GitHubServer> {
  const gh = await startGitHubServer({ token: TOKEN, branches: { 'z-stream': repoFiles(releases.map(waitingForOwner)), record: {} } });
  servers.push(gh);
  return gh;
}

/** The environment of a run against `gh`. */
const githubEnv = (gh: GitHubServer): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  // oar gets what it needs (the preflight checks); it must not be asked to run any task here.
  ...OAR_ENV,
  GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
  GITHUB_TOKEN: TOKEN,
  GITHUB_API_URL: gh.url,
  KRD_ANALYZER_COMMAND: 'none',
  KRD_OAR_COMMAND: JSON.stringify([process.execPath, FAKE_OAR]),
  ...Object.fromEntries(
    ['KRD_RELEASE_CONTROLLER_URL', 'KRD_ERRATA_URL', 'KRD_GITLAB_URL', 'KRD_MIRROR_URL', 'KRD_RELEASE_ARTIFACTS_URL', 'KRD_PROD_METADATA_URL'].map((k) => [k, outsideUrl]),
  ),
});

const krd = (gh: GitHubServer, args: string[]) => krdRun([...args, '--store', 'github', '--ref', 'z-stream', '--now', NOW], { env: githubEnv(gh), cwd: process.cwd() });

const what = (r: RecordedRequest) => (r.path === '/graphql' ? `graphql ${r.status}` : r.path.includes('/git/trees/') ? 'listing' : `${r.method} ${r.path.split('/contents/')[1]}`);

describe('krd drive --store github', () => {
  it('over 50 active releases where nothing changes: one listing and two batched reads, no write', async () => {
    const releases = Array.from({ length: 50 }, (_, i) => `4.${i + 1}.3`);
    const gh = await repository(releases);
    const r = await krd(gh, ['drive', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { releases: { release: string; wrote: boolean; waits: string[] }[] };
    expect(out.releases.map((x) => x.release)).toEqual(releases);
    expect(out.releases.every((x) => !x.wrote && x.waits.some((w) => w.includes('take-ownership')))).toBe(true);
    // Target: one listing plus one read per release (51). Before the run-cached store, 151.
    expect(gh.requests.length).toBeLessThanOrEqual(51);
    expect(gh.requests.map(what)).toEqual(['listing', 'graphql 200', 'graphql 200']);
    expect(gh.commits).toEqual([]);
  });

  it('with few releases (no batch), each StateBox is read once: finding the active ones and driving them share the read', async () => {
    const gh = await repository(['4.18.9', '4.19.7', '4.20.1']);
    const r = await krd(gh, ['drive']);
    expect(r.code).toBe(0);
    const reads = gh.requests.map(what).filter((w) => w.startsWith('GET '));
    expect(reads.filter((p) => p.includes('/statebox/')).sort()).toEqual(['4.18.9', '4.19.7', '4.20.1'].map((x) => `GET ${stateBoxPath(x)}`));
    expect(new Set(reads).size).toBe(reads.length);
    expect(gh.requests).toHaveLength(1 + 3 + 3);
  });
});

describe('krd status --store github', () => {
  it('reads each StateBox once', async () => {
    const gh = await repository(['4.18.9', '4.19.7', '4.20.1']);
    const r = await krd(gh, ['status', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { releases: unknown[] }).releases).toHaveLength(3);
    const reads = gh.requests.map(what).filter((w) => w.startsWith('GET '));
    expect(new Set(reads).size).toBe(reads.length);
    expect(gh.requests).toHaveLength(1 + 3 + 3);
  });
});
