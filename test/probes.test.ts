import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getJson, httpFetch, parseRetryAfter } from '../src/adapters/http';
import { HttpProbes, metadataUrlFromReleaseTxt, parseMergeRequestUrl, releaseStreamOf } from '../src/adapters/probes/http-probes';
import { InputError, PermanentError, TransientError } from '../src/core/errors';

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type Route = Reply | 'hang';

/** The outside world on 127.0.0.1: routes by path, every request recorded. */
async function startWorld(routes: Record<string, Route> = {}) {
  const requests: Array<{ method: string; url: string; headers: IncomingHttpHeaders }> = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const route = routes[req.url ?? ''] ?? { status: 404, body: { message: 'not found' } };
    if (route === 'hang') return;
    const body = route.body === undefined ? '' : typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
    res.writeHead(route.status, { 'content-type': typeof route.body === 'string' ? 'text/plain' : 'application/json', ...route.headers }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { base, routes, requests, close, [Symbol.asyncDispose]: close };
}

const DIGEST = `sha256:${'8f474f0cbba5f3f13bcee65257ac42d602fbe9ef9878f1c848d5ccb5e76e869e'}`;
const RC_PATH = '/api/v1/releasestream/4-stable/release/4.20.1';

function probesFor(base: string, extra: ConstructorParameters<typeof HttpProbes>[0] = {}) {
  return new HttpProbes({ releaseControllerUrl: base, mirrorUrl: base, errataUrl: base, gitlabUrl: base, releaseArtifactsUrl: `${base}/artifacts`, timeoutMs: 2000, ...extra });
}

describe('Release Controller: promotion', () => {
  it('reads the phase and the digest of changeLogJson.to', async () => {
    await using world = await startWorld({ [RC_PATH]: { status: 200, body: { name: '4.20.1', phase: 'Accepted', changeLogJson: { to: { digest: DIGEST } } } } });
    expect(await probesFor(world.base).promotion('4.20.1')).toEqual({ phase: 'Accepted', digest: DIGEST });
    expect(world.requests.map((r) => r.url)).toEqual([RC_PATH]);
  });

  it('asks the stream of the release\'s major version ({major}-stable, as upstream\'s util.py and image-signed-check do)', async () => {
    const v5 = '/api/v1/releasestream/5-stable/release/5.0.1';
    const v5ec = '/api/v1/releasestream/5-stable/release/5.0.0-ec.3';
    await using world = await startWorld({ [v5]: { status: 200, body: { phase: 'Accepted' } }, [v5ec]: { status: 200, body: { phase: 'Ready' } } });
    const probes = probesFor(world.base);
    expect(await probes.promotion('5.0.1')).toEqual({ phase: 'Accepted' });
    expect(await probes.promotion('5.0.0-ec.3')).toEqual({ phase: 'Ready' });
    expect(await probes.promotion('4.20.1')).toBeUndefined(); // 404 here: it asked 4-stable
    expect(world.requests.map((r) => r.url)).toEqual([v5, v5ec, RC_PATH]);
    expect(releaseStreamOf('4.12.92')).toBe('4-stable');
    expect(releaseStreamOf('5.1.0')).toBe('5-stable');
  });

  it('takes a configured stream, {major} replaced', async () => {
    await using world = await startWorld();
    await probesFor(world.base, { releaseStream: '{major}-stable-arm64' }).promotion('5.0.1');
    await probesFor(world.base, { releaseStream: 'custom' }).promotion('5.0.1');
    expect(world.requests.map((r) => r.url)).toEqual(['/api/v1/releasestream/5-stable-arm64/release/5.0.1', '/api/v1/releasestream/custom/release/5.0.1']);
  });

  it('reads a phase without a changelog', async () => {
    await using world = await startWorld({ [RC_PATH]: { status: 200, body: { name: '4.20.1', phase: 'Ready' } } });
    expect(await probesFor(world.base).promotion('4.20.1')).toEqual({ phase: 'Ready' });
  });

  it('says undefined (not on the controller yet) on 404', async () => {
    await using world = await startWorld();
    expect(await probesFor(world.base).promotion('4.20.1')).toBeUndefined();
  });

  it('is transient on 5xx, on 429 (with its retry-after), on a body without phase or not JSON', async () => {
    await using world = await startWorld();
    const probes = probesFor(world.base);
    world.routes[RC_PATH] = { status: 502 };
    await expect(probes.promotion('4.20.1')).rejects.toThrow(/^Release Controller answered 502 at http:\/\/127\.0\.0\.1:\d+\/api\/v1\/releasestream\/4-stable\/release\/4\.20\.1\.$/);
    world.routes[RC_PATH] = { status: 429, headers: { 'retry-after': '120' } };
    const limited = await probes.promotion('4.20.1').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(TransientError);
    expect((limited as TransientError).retryAfterMs).toBe(120_000);
    expect((limited as Error).message).toMatch(/is rate limiting us \(429\).*retry after 120s/);
    world.routes[RC_PATH] = { status: 200, body: { name: '4.20.1' } };
    await expect(probes.promotion('4.20.1')).rejects.toThrow(/answered for 4\.20\.1 without a phase/);
    world.routes[RC_PATH] = { status: 200, body: '<html>proxy error</html>' };
    await expect(probes.promotion('4.20.1')).rejects.toThrow(/with something that is not JSON/);
  });

  it('is transient when the controller does not answer in time or cannot be reached', async () => {
    await using world = await startWorld({ [RC_PATH]: 'hang' });
    await expect(probesFor(world.base, { timeoutMs: 200 }).promotion('4.20.1')).rejects.toThrow(/^Release Controller did not answer within 0\.2s/);
    const gone = await startWorld();
    await gone.close();
    const err = await probesFor(gone.base).promotion('4.20.1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/^Release Controller is unreachable at http:\/\/127\.0\.0\.1:\d+\/api\/v1\/.* \(ECONNREFUSED\)\.$/);
  });

  it('validates the release before any request', async () => {
    await using world = await startWorld();
    await expect(probesFor(world.base).promotion('4.20.1/../../x')).rejects.toThrow(InputError);
    expect(world.requests).toHaveLength(0);
  });
});

describe('signature mirror', () => {
  const path = '/pub/openshift-v4/signatures/openshift/release/sha256=8f474f0cbba5f3f13bcee65257ac42d602fbe9ef9878f1c848d5ccb5e76e869e/signature-1';

  it('is true when signature-1 exists for the digest, false when it does not', async () => {
    await using world = await startWorld({ [path]: { status: 200, body: 'binary-signature' } });
    const probes = probesFor(world.base);
    expect(await probes.signatureMatches(DIGEST)).toBe(true);
    expect(world.requests[0]?.url).toBe(path);
    world.routes[path] = { status: 404 };
    expect(await probes.signatureMatches(DIGEST)).toBe(false);
    world.routes[path] = { status: 500 };
    await expect(probes.signatureMatches(DIGEST)).rejects.toThrow(TransientError);
  });

  it('refuses something that is not a digest', async () => {
    await using world = await startWorld();
    await expect(probesFor(world.base).signatureMatches('sha256:../../etc')).rejects.toThrow(InputError);
    expect(world.requests).toHaveLength(0);
  });
});

describe('Errata Tool: RHCOS security alerts', () => {
  const path = '/api/v1/erratum/155455/security_alerts';
  const alerts = {
    id: 8885,
    alerts: {
      erratum_id: 'RHSA-2025:19002',
      alerts: [
        { name: 'erratum_missing_notes_link', text: 'Erratum does not contain link', description: 'The References field…', how_to_resolve: 'Add it', blocking: false },
        { name: 'cve_not_fixed', text: 'CVE not fixed', description: null, how_to_resolve: 'Email secalert', blocking: true },
      ],
      blocking: true,
    },
  };

  it('returns .alerts.alerts[] with their blocking flags, sending the token when configured', async () => {
    await using world = await startWorld({ [path]: { status: 200, body: alerts } });
    const found = await probesFor(world.base, { errataToken: 'et-token' }).rhcosSecurityAlerts(155455);
    expect(found).toEqual([
      { name: 'erratum_missing_notes_link', text: 'Erratum does not contain link', description: 'The References field…', how_to_resolve: 'Add it', blocking: false },
      { name: 'cve_not_fixed', text: 'CVE not fixed', how_to_resolve: 'Email secalert', blocking: true },
    ]);
    expect(world.requests[0]?.headers.authorization).toBe('Bearer et-token');
  });

  it('returns no alerts when the advisory has none', async () => {
    await using world = await startWorld({ [path]: { status: 200, body: { id: 1, alerts: null } } });
    expect(await probesFor(world.base).rhcosSecurityAlerts(155455)).toEqual([]);
  });

  it('is permanent on 401 (naming the credential) and on an unknown advisory', async () => {
    await using world = await startWorld({ [path]: { status: 401 } });
    const probes = probesFor(world.base, { errataToken: 'et-token' });
    const err = await probes.rhcosSecurityAlerts(155455).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/^Errata Tool refused the request with 401 Unauthorized .*: check the Errata Tool token \(errata-token\)\.$/);
    expect((err as Error).message).not.toContain('et-token');
    world.routes[path] = { status: 404 };
    await expect(probes.rhcosSecurityAlerts(155455)).rejects.toThrow(/has no advisory 155455 \(404\): check metadata\.advisory_ids\.rhcos/);
    await expect(probes.rhcosSecurityAlerts(-1)).rejects.toThrow(InputError);
  });
});

describe('GitLab: stage-release of the shipment MR', () => {
  const apiPath = '/api/v4/projects/hybrid-platforms%2Fart%2Focp-shipment-data/merge_requests/480';

  it('reads the MR labels through the API of the configured GitLab, with the token', async () => {
    await using world = await startWorld({ [apiPath]: { status: 200, body: { iid: 480, labels: ['lgtm', 'stage-release-success'] } } });
    const mr = `${world.base}/hybrid-platforms/art/ocp-shipment-data/-/merge_requests/480`;
    expect(await probesFor(world.base, { gitlabToken: 'glpat-x' }).stageReleaseSucceeded(mr)).toBe(true);
    expect(world.requests[0]).toMatchObject({ url: apiPath });
    expect(world.requests[0]?.headers['private-token']).toBe('glpat-x');
  });

  it('is false without the label, true once prod-release succeeded too', async () => {
    await using world = await startWorld({ [apiPath]: { status: 200, body: { iid: 480, labels: ['stage-release-failed'] } } });
    const mr = `${world.base}/hybrid-platforms/art/ocp-shipment-data/-/merge_requests/480`;
    const probes = probesFor(world.base);
    expect(await probes.stageReleaseSucceeded(mr)).toBe(false);
    world.routes[apiPath] = { status: 200, body: { labels: [{ name: 'prod-release-success' }] } };
    expect(await probes.stageReleaseSucceeded(mr)).toBe(true);
  });

  it('is permanent on 401/403 (naming the token) and on an MR it cannot see', async () => {
    await using world = await startWorld({ [apiPath]: { status: 403 } });
    const mr = `${world.base}/hybrid-platforms/art/ocp-shipment-data/-/merge_requests/480`;
    await expect(probesFor(world.base).stageReleaseSucceeded(mr)).rejects.toThrow(/^GitLab refused the request with 403 Forbidden .*check the GitLab token \(gitlab-token\)/);
    world.routes[apiPath] = { status: 404 };
    await expect(probesFor(world.base).stageReleaseSucceeded(mr)).rejects.toThrow(/GitLab has no merge request hybrid-platforms\/art\/ocp-shipment-data!480 \(404\).*set the GitLab token/);
  });

  it('parses merge request URLs strictly', () => {
    expect(parseMergeRequestUrl('https://gitlab.example/a/b/-/merge_requests/12/')).toEqual({ origin: 'https://gitlab.example', project: 'a/b', iid: 12 });
    for (const bad of ['https://gitlab.example/a/b/merge_requests/12', 'ftp://gitlab.example/a/-/merge_requests/1', 'not a url', 'https://gitlab.example/a/-/merge_requests/x']) {
      expect(() => parseMergeRequestUrl(bad), bad).toThrow(InputError);
    }
  });
});

describe('prod metadata URL', () => {
  const releaseTxt = (url: string) =>
    ['Name:           4.20.1', 'Digest:         sha256:abc', '', 'Metadata:', `  url: ${url}`, '', 'Component Versions:', '  kubernetes 1.33.5', ''].join('\n');

  it('follows release.txt to its metadata URL: not accessible, then accessible', async () => {
    await using world = await startWorld();
    world.routes['/artifacts/4.20.1/release.txt'] = { status: 200, body: releaseTxt(`${world.base}/errata/RHBA-2026:1234`) };
    world.routes['/errata/RHBA-2026:1234'] = { status: 404 };
    const probes = probesFor(world.base);
    expect(await probes.prodMetadataAccessible('4.20.1')).toBe(false);
    world.routes['/errata/RHBA-2026:1234'] = { status: 200, body: '<html>RHBA-2026:1234</html>' };
    expect(await probes.prodMetadataAccessible('4.20.1')).toBe(true);
    expect(world.requests.map((r) => r.url)).toEqual(['/artifacts/4.20.1/release.txt', '/errata/RHBA-2026:1234', '/artifacts/4.20.1/release.txt', '/errata/RHBA-2026:1234']);
  });

  it('is not accessible while the release has no release.txt; permanent when release.txt names no metadata URL', async () => {
    await using world = await startWorld();
    const probes = probesFor(world.base);
    expect(await probes.prodMetadataAccessible('4.20.1')).toBe(false);
    world.routes['/artifacts/4.20.1/release.txt'] = { status: 200, body: 'Name: 4.20.1\n' };
    await expect(probes.prodMetadataAccessible('4.20.1')).rejects.toThrow(/release\.txt of 4\.20\.1 names no metadata URL/);
  });

  it('uses a configured URL template instead, reading 401/403/404 as not yet and 5xx as transient', async () => {
    await using world = await startWorld({ '/prod/4.20/4.20.1.yaml': { status: 403 } });
    const probes = probesFor(world.base, { prodMetadataUrlTemplate: `${world.base}/prod/{y}/{release}.yaml` });
    expect(await probes.prodMetadataAccessible('4.20.1')).toBe(false);
    world.routes['/prod/4.20/4.20.1.yaml'] = { status: 200, body: 'ok' };
    expect(await probes.prodMetadataAccessible('4.20.1')).toBe(true);
    world.routes['/prod/4.20/4.20.1.yaml'] = { status: 503 };
    await expect(probes.prodMetadataAccessible('4.20.1')).rejects.toThrow(TransientError);
  });

  it('reads the Metadata section of release.txt only', () => {
    expect(metadataUrlFromReleaseTxt(releaseTxt('https://access.redhat.com/errata/RHSA-2026:1'))).toBe('https://access.redhat.com/errata/RHSA-2026:1');
    expect(metadataUrlFromReleaseTxt('Metadata:\nComponents:\n  url: https://x\n')).toBeUndefined();
    expect(metadataUrlFromReleaseTxt('Name: 4.20.1\n  url: https://x\n')).toBeUndefined();
  });
});

describe('http helpers', () => {
  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('30')).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('hands 404 to the caller, throws PermanentError for other 4xx, never echoes a query string', async () => {
    await using world = await startWorld({ '/bad?token=s3cret': { status: 400 }, '/x': { status: 404 } });
    expect(await getJson(`${world.base}/x`, { system: 'Thing' })).toBeUndefined();
    const err = await getJson(`${world.base}/bad?token=s3cret`, { system: 'Thing' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/^Thing answered 400 for http:\/\/127\.0\.0\.1:\d+\/bad\.$/);
    const passed = await httpFetch(`${world.base}/bad?token=s3cret`, { system: 'Thing', passStatuses: [400] });
    expect(passed.status).toBe(400);
  });
});
