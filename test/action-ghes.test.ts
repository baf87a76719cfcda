/**
 * GitHub Enterprise Server: the API is not at the root of a host but under `/api/v3` (REST) and
 * `/api/graphql` (GraphQL). A proxy on 127.0.0.1 serves the local GitHub server only there and
 * answers 404 anywhere else, so a run that drives releases through it used the github-api-url
 * input for every call, the batched GraphQL reads included, and never the runner's
 * GITHUB_API_URL.
 */
import { rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import { stateBoxPath } from '../src/core/version';
import { SUMMARY, closeWorlds, env, world } from './helpers/action-env';
import { CHAIN_PASS, makeBox } from './helpers/fake-world';
import type { GitHubServer } from './helpers/github-server';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

interface BasePathProxy extends AsyncDisposable {
  readonly url: string;
  /** Paths asked, as the client sent them. */
  readonly paths: string[];
}

/** `{prefix}/…` → `/…` and `{graphql}` → `/graphql` on the GitHub server; anything else 404. */
async function basePathProxy(gh: GitHubServer, prefix: string, graphql: string): Promise<BasePathProxy> {
  const target = new URL(gh.url);
  const paths: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    paths.push(url);
    const path = url.startsWith(`${prefix}/`) ? url.slice(prefix.length) : url === graphql ? '/graphql' : undefined;
    if (path === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }));
      return;
    }
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths, [Symbol.asyncDispose]: close };
}

const idleReleases = ['4.17.9', '4.18.9', '4.19.7'];
const idle = (release: string) => makeBox({ release, tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '5' } } } });

describe('github-api-url', () => {
  it.each([
    ['GitHub Enterprise Server (/api/v3, GraphQL at /api/graphql)', '/api/v3', '/api/graphql'],
    ['any other base path (GraphQL at {base}/graphql)', '/github/api', '/github/api/graphql'],
  ])('%s: every call goes under the base path, batched reads included', async (_what, prefix, graphql) => {
    // Four y-streams: the tracking files and the StateBoxes are read in batches (GraphQL).
    const w = await world([...idleReleases.map(idle), makeBox({ tasks: {} })]);
    w.probes.promotionPhase = 'Ready';
    await using proxy = await basePathProxy(w.gh, prefix, graphql);
    await using e = env(w, 'schedule', {}, { 'github-api-url': `${proxy.url}${prefix}/` });
    // The runner's own API URL leads nowhere: only the input is used.
    process.env.GITHUB_API_URL = 'http://127.0.0.1:9';
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(proxy.paths.length).toBeGreaterThan(0);
    expect(proxy.paths.every((p) => p.startsWith(`${prefix}/`) || p === graphql)).toBe(true);
    expect(proxy.paths).toContain(graphql);
    // Everything the server saw came through the proxy.
    expect(w.gh.requests).toHaveLength(proxy.paths.length);
    expect(w.gh.commits.map((c) => c.path)).toContain(stateBoxPath('4.20.1'));
  });

  it('a plain-http API elsewhere than this machine is refused before any request', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'schedule', {}, { 'github-api-url': 'http://ghe.example.com/api/v3' });
    await run(w.factories);
    expect(e.errors()).toEqual([expect.stringMatching(/^The github-api-url input is "http:\/\/ghe\.example\.com\/api\/v3"; accepted values: the https URL/)]);
    expect(e.exitCode()).toBe(1);
    expect(w.gh.requests).toEqual([]);
  });
});
