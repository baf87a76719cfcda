/**
 * The GitLab token goes to the configured GitLab only. Two real servers on 127.0.0.1: one is
 * the configured GitLab, the other a host a StateBox's shipment_mr could name. Each records
 * the headers it received.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROBE_URLS, HttpProbes, gitlabOrigin } from '../src/adapters/probes/http-probes';
import { InputError, PermanentError } from '../src/core/errors';

const TOKEN = 'glpat-Secret-0042';
const PROJECT = 'hybrid-platforms/art/ocp-shipment-data';
const API_PATH = `/api/v4/projects/${encodeURIComponent(PROJECT)}/merge_requests/480`;

/** A GitLab double: the MR's labels at its API path, 404 elsewhere (or `status` for every request). */
async function startGitLab(options: { labels?: string[]; status?: number } = {}) {
  const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (options.status) return void res.writeHead(options.status, { 'content-type': 'application/json' }).end('{"message":"no"}');
    if (req.url !== API_PATH) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"404 Not found"}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ iid: 480, labels: options.labels ?? ['stage-release-success'] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { origin, seen, mr: `${origin}/${PROJECT}/-/merge_requests/480`, [Symbol.asyncDispose]: close };
}

/** null: no token configured at all. */
function probes(gitlabUrl: string, token: string | null = TOKEN) {
  const warnings: string[] = [];
  const p = new HttpProbes({ gitlabUrl, ...(token ? { gitlabToken: token } : {}), timeoutMs: 2000, log: { warning: (m) => warnings.push(m) } });
  return { p, warnings };
}

const tokenHeaders = (h: IncomingHttpHeaders) => [h['private-token'], h.authorization].filter((v) => v !== undefined);

describe('GitLab token: only to the configured GitLab', () => {
  it('sends PRIVATE-TOKEN to the configured GitLab, and nothing to the host a StateBox names instead', async () => {
    await using gitlab = await startGitLab();
    await using foreign = await startGitLab({ labels: ['stage-release-success'] });
    const { p, warnings } = probes(gitlab.origin);

    expect(await p.stageReleaseSucceeded(gitlab.mr)).toBe(true);
    expect(gitlab.seen.map((r) => r.url)).toEqual([API_PATH]);
    expect(gitlab.seen[0]?.headers['private-token']).toBe(TOKEN);
    expect(warnings).toEqual([]);

    // The foreign MR is still read (a public MR can be), from its own host, without credentials.
    expect(await p.stageReleaseSucceeded(foreign.mr)).toBe(true);
    expect(foreign.seen.map((r) => r.url)).toEqual([API_PATH]);
    expect(foreign.seen.map((r) => tokenHeaders(r.headers))).toEqual([[]]);
    expect(JSON.stringify(foreign.seen)).not.toContain(TOKEN);
    expect(gitlab.seen).toHaveLength(1); // nothing about the foreign MR reached the configured GitLab
    expect(warnings).toEqual([
      `The shipment MR ${foreign.mr} is not on the configured GitLab (${gitlab.origin}, the gitlab-url input) but on ${foreign.origin}: it is read without credentials; the GitLab token is not sent there.`,
    ]);
    expect(warnings.join('')).not.toContain(TOKEN);
  });

  it('warns once per MR and run, however often it is read', async () => {
    await using gitlab = await startGitLab();
    await using foreign = await startGitLab();
    const { p, warnings } = probes(gitlab.origin);
    for (let i = 0; i < 3; i++) await p.stageReleaseSucceeded(foreign.mr);
    expect(foreign.seen).toHaveLength(3);
    expect(foreign.seen.every((r) => tokenHeaders(r.headers).length === 0)).toBe(true);
    expect(warnings).toHaveLength(1);
  });

  it('names the MR in the warning as parsed, not as the StateBox spells it (no line break reaches the log)', async () => {
    await using gitlab = await startGitLab();
    await using foreign = await startGitLab();
    const { p, warnings } = probes(gitlab.origin);
    const spelled = `  ${foreign.mr.replace('ocp-shipment', 'ocp-ship\nment').replace('merge_requests', 'merge_\trequests')}\n`;
    expect(await p.stageReleaseSucceeded(spelled)).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`The shipment MR ${foreign.mr} is not on the configured GitLab`);
    expect(warnings[0]).not.toMatch(/[\r\n\t]/);
  });

  it('compares scheme, host and port exactly: the same host on another port, or by another name, is foreign', async () => {
    await using gitlab = await startGitLab();
    await using otherPort = await startGitLab();
    const { p } = probes(gitlab.origin);
    await p.stageReleaseSucceeded(otherPort.mr);
    expect(otherPort.seen[0]?.headers['private-token']).toBeUndefined();

    // localhost names the same machine, but it is not the origin configured.
    const byName = gitlab.mr.replace('127.0.0.1', 'localhost');
    await p.stageReleaseSucceeded(byName);
    expect(gitlab.seen.at(-1)?.headers['private-token']).toBeUndefined();

    // A path or a trailing slash on the configured URL does not matter: only its origin counts.
    const withPath = probes(`${gitlab.origin}/some/path/`).p;
    await withPath.stageReleaseSucceeded(gitlab.mr);
    expect(gitlab.seen.at(-1)?.headers['private-token']).toBe(TOKEN);
  });

  it('by default the configured GitLab is gitlab.cee.redhat.com: an MR on any local host gets no token', async () => {
    await using foreign = await startGitLab();
    const warnings: string[] = [];
    const p = new HttpProbes({ gitlabToken: TOKEN, timeoutMs: 2000, log: { warning: (m) => warnings.push(m) } });
    expect(await p.stageReleaseSucceeded(foreign.mr)).toBe(true);
    expect(foreign.seen[0]?.headers['private-token']).toBeUndefined();
    expect(DEFAULT_PROBE_URLS.gitlabUrl).toBe('https://gitlab.cee.redhat.com');
    expect(warnings[0]).toContain('(https://gitlab.cee.redhat.com, the gitlab-url input)');
  });

  it('a foreign host that refuses or hides the MR is reported as a wrong shipment_mr, not as a bad token', async () => {
    await using gitlab = await startGitLab();
    await using refusing = await startGitLab({ status: 401 });
    const { p } = probes(gitlab.origin);
    const refused = await p.stageReleaseSucceeded(refusing.mr).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PermanentError);
    expect((refused as Error).message).toMatch(/refused the request with 401 .*check metadata\.shipment_mr: it is not on the configured GitLab \(gitlab-url http:\/\/127\.0\.0\.1:\d+\), so no token was sent\.$/);

    await using hiding = await startGitLab();
    const missing = `${hiding.origin}/other/project/-/merge_requests/1`;
    await expect(p.stageReleaseSucceeded(missing)).rejects.toThrow(/GitLab has no merge request other\/project!1 \(404\): check metadata\.shipment_mr: it is not on the configured GitLab/);
    expect(hiding.seen[0]?.headers['private-token']).toBeUndefined();
  });

  it('without a token nothing is sent anywhere, and the warning does not mention one', async () => {
    await using gitlab = await startGitLab();
    await using foreign = await startGitLab();
    const { p, warnings } = probes(gitlab.origin, null);
    await p.stageReleaseSucceeded(gitlab.mr);
    await p.stageReleaseSucceeded(foreign.mr);
    expect([...gitlab.seen, ...foreign.seen].map((r) => tokenHeaders(r.headers))).toEqual([[], []]);
    expect(warnings).toEqual([expect.stringMatching(/: it is read without credentials\.$/)]);
  });

  it('refuses a configured GitLab that is not an http(s) URL', () => {
    expect(gitlabOrigin('https://gitlab.example:8443/x/')).toBe('https://gitlab.example:8443');
    expect(gitlabOrigin('https://GitLab.Example:443')).toBe('https://gitlab.example');
    for (const bad of ['gitlab.example', 'file:///etc/passwd', 'ftp://gitlab.example']) {
      expect(() => new HttpProbes({ gitlabUrl: bad }), bad).toThrow(InputError);
    }
  });
});
