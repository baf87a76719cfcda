/**
 * WorldProbes over HTTP: Release Controller, the signature mirror, Errata Tool, GitLab and the
 * prod metadata URL. Every base URL is configurable so tests point them at a local server.
 */
import { z } from 'zod';
import { InputError, PermanentError, TransientError } from '../../core/errors';
import { parseRelease, yStream, type ReleaseVersion } from '../../core/version';
import type { Promotion, SecurityAlert, WorldProbes } from '../../ports/world';
import { type FetchLike, getJson, httpFetch } from '../http';

export interface HttpProbesOptions {
  /** Release Controller, default https://amd64.ocp.releases.ci.openshift.org */
  readonly releaseControllerUrl?: string;
  /**
   * Release stream of z-stream releases; `{major}` is replaced by the release's major version.
   * Default `{major}-stable` (4-stable, 5-stable), as upstream's util.py and
   * cmd_image_signed_check.py build it.
   */
  readonly releaseStream?: string;
  /** Signature mirror, default https://mirror.openshift.com */
  readonly mirrorUrl?: string;
  /** Errata Tool, default https://errata.devel.redhat.com */
  readonly errataUrl?: string;
  /** Sent as `Authorization: Bearer …` to Errata Tool when set. */
  readonly errataToken?: string;
  /**
   * The GitLab the token belongs to, default https://gitlab.cee.redhat.com. Only its origin
   * counts (scheme, host, port): a shipment MR there is read with the token, an MR on any
   * other host (a StateBox can name any URL) is read from that host without it.
   */
  readonly gitlabUrl?: string;
  /** Sent as PRIVATE-TOKEN to the configured GitLab only (needed for private shipment projects). */
  readonly gitlabToken?: string;
  /**
   * Where `{release}/release.txt` lives; its `Metadata: url:` is the prod metadata URL upstream
   * waits on. Default https://openshift-release-artifacts.apps.ci.l2s4.p1.openshiftapps.com
   */
  readonly releaseArtifactsUrl?: string;
  /**
   * Overrides the lookup above: the prod metadata URL itself, with `{release}` and `{y}`
   * substituted (e.g. a shipment YAML's `environments.prod.advisory.url`).
   */
  readonly prodMetadataUrlTemplate?: string;
  readonly fetch?: FetchLike;
  readonly timeoutMs?: number;
  /** Where warnings go (an MR that is not on the configured GitLab). */
  readonly log?: { warning(message: string): void };
}

export const DEFAULT_PROBE_URLS = {
  releaseControllerUrl: 'https://amd64.ocp.releases.ci.openshift.org',
  mirrorUrl: 'https://mirror.openshift.com',
  errataUrl: 'https://errata.devel.redhat.com',
  gitlabUrl: 'https://gitlab.cee.redhat.com',
  releaseArtifactsUrl: 'https://openshift-release-artifacts.apps.ci.l2s4.p1.openshiftapps.com',
} as const;

const releaseInfoSchema = z.looseObject({
  phase: z.string().min(1),
  changeLogJson: z
    .looseObject({ to: z.looseObject({ digest: z.string().optional() }).nullable().optional() })
    .nullable()
    .optional(),
});

const alertSchema = z.looseObject({
  name: z.string(),
  text: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  how_to_resolve: z.string().nullable().optional(),
  blocking: z.boolean(),
});

const securityAlertsSchema = z.looseObject({
  alerts: z.looseObject({ alerts: z.array(alertSchema).nullable().optional() }).nullable().optional(),
});

const mergeRequestSchema = z.looseObject({
  labels: z.array(z.union([z.string(), z.looseObject({ name: z.string() })])),
});

/** The Release Controller stream of z-stream releases, by major version: 4-stable, 5-stable. */
export const DEFAULT_RELEASE_STREAM = '{major}-stable';

/** The release stream of `release`: `template` with `{major}` replaced (default `{major}-stable`). */
export function releaseStreamOf(release: string | ReleaseVersion, template: string = DEFAULT_RELEASE_STREAM): string {
  const v = typeof release === 'string' ? parseRelease(release) : release;
  return template.replaceAll('{major}', String(v.major));
}

const DIGEST_RE = /^sha256:([0-9a-f]{64})$/;
const STAGE_RELEASE_LABELS = ['stage-release-success', 'prod-release-success'];

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/** Splits `https://host/group/project/-/merge_requests/123` into its API base, project and iid. */
export function parseMergeRequestUrl(url: string): { origin: string; project: string; iid: number } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`${JSON.stringify(url)} is not a merge request URL such as https://gitlab.example/group/project/-/merge_requests/12.`);
  }
  const m = /^\/(.+?)\/-\/merge_requests\/(\d+)\/?$/.exec(parsed.pathname);
  if (!/^https?:$/.test(parsed.protocol) || !m?.[1] || !m[2]) {
    throw new InputError(`${JSON.stringify(url)} is not a merge request URL such as https://gitlab.example/group/project/-/merge_requests/12.`);
  }
  return { origin: parsed.origin, project: decodeURIComponent(m[1]), iid: Number(m[2]) };
}

/** The origin (scheme, host, port) of the configured GitLab; an http(s) URL or an InputError. */
export function gitlabOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`${JSON.stringify(url)} is not a GitLab URL such as https://gitlab.cee.redhat.com.`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new InputError(`The GitLab URL must be http(s), not ${parsed.protocol}.`);
  return parsed.origin;
}

/** The `url:` under `Metadata:` in a release.txt (what `oc adm release info` prints). */
export function metadataUrlFromReleaseTxt(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*Metadata:\s*$/.test(l));
  if (start < 0) return undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // the section ended
    const m = /^\s+url:\s*(https?:\/\/\S+)\s*$/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

export class HttpProbes implements WorldProbes {
  private readonly rc: string;
  private readonly stream: string;
  private readonly mirror: string;
  private readonly errata: string;
  private readonly artifacts: string;
  /** Origin of the configured GitLab: the only place the GitLab token goes. */
  private readonly gitlabOrigin: string;
  private readonly warnedMrs = new Set<string>();

  constructor(private readonly options: HttpProbesOptions = {}) {
    this.gitlabOrigin = gitlabOrigin(options.gitlabUrl ?? DEFAULT_PROBE_URLS.gitlabUrl);
    this.rc = trimSlash(options.releaseControllerUrl ?? DEFAULT_PROBE_URLS.releaseControllerUrl);
    this.stream = options.releaseStream ?? DEFAULT_RELEASE_STREAM;
    this.mirror = trimSlash(options.mirrorUrl ?? DEFAULT_PROBE_URLS.mirrorUrl);
    this.errata = trimSlash(options.errataUrl ?? DEFAULT_PROBE_URLS.errataUrl);
    this.artifacts = trimSlash(options.releaseArtifactsUrl ?? DEFAULT_PROBE_URLS.releaseArtifactsUrl);
  }

  private common(system: string, credential?: string) {
    return { system, credential, fetch: this.options.fetch, timeoutMs: this.options.timeoutMs };
  }

  async promotion(release: string): Promise<Promotion | undefined> {
    const v = parseRelease(release);
    const url = `${this.rc}/api/v1/releasestream/${encodeURIComponent(releaseStreamOf(v, this.stream))}/release/${v.text}`;
    const body = await getJson(url, this.common('Release Controller'));
    if (body === undefined) return undefined; // not on the Release Controller yet
    const parsed = releaseInfoSchema.safeParse(body);
    if (!parsed.success) throw new TransientError(`Release Controller answered for ${v.text} without a phase.`);
    const digest = parsed.data.changeLogJson?.to?.digest;
    return { phase: parsed.data.phase, ...(digest ? { digest } : {}) };
  }

  async signatureMatches(digest: string): Promise<boolean> {
    const m = DIGEST_RE.exec(digest);
    if (!m) throw new InputError(`${JSON.stringify(digest)} is not an image digest such as sha256:<64 hex digits>.`);
    const url = `${this.mirror}/pub/openshift-v4/signatures/openshift/release/sha256=${m[1]}/signature-1`;
    const response = await httpFetch(url, { ...this.common('the signature mirror'), passStatuses: [403, 404] });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return true;
    if ([403, 404].includes(response.status)) return false;
    throw new PermanentError(`The signature mirror answered ${response.status} for ${digest}.`);
  }

  async rhcosSecurityAlerts(rhcosAdvisoryId: number): Promise<SecurityAlert[]> {
    if (!Number.isSafeInteger(rhcosAdvisoryId) || rhcosAdvisoryId <= 0) {
      throw new InputError(`${String(rhcosAdvisoryId)} is not an advisory id: expected a positive integer (metadata.advisory_ids.rhcos).`);
    }
    const url = `${this.errata}/api/v1/erratum/${rhcosAdvisoryId}/security_alerts`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.errataToken) headers.authorization = `Bearer ${this.options.errataToken}`;
    const body = await getJson(url, { ...this.common('Errata Tool', 'the Errata Tool token (errata-token)'), headers });
    if (body === undefined) {
      throw new PermanentError(`Errata Tool has no advisory ${rhcosAdvisoryId} (404): check metadata.advisory_ids.rhcos.`);
    }
    const parsed = securityAlertsSchema.safeParse(body);
    if (!parsed.success) throw new TransientError(`Errata Tool answered security alerts of ${rhcosAdvisoryId} in an unexpected shape.`);
    return (parsed.data.alerts?.alerts ?? []).map((a) => ({
      name: a.name,
      blocking: a.blocking,
      ...(a.text ? { text: a.text } : {}),
      ...(a.description ? { description: a.description } : {}),
      ...(a.how_to_resolve ? { how_to_resolve: a.how_to_resolve } : {}),
    }));
  }

  /**
   * Upstream reads the MR labels first: `stage-release-success` (or, later, `prod-release-success`).
   * The MR is read from its own host; the token goes with it only when that is the configured GitLab.
   */
  async stageReleaseSucceeded(shipmentMr: string): Promise<boolean> {
    const mr = parseMergeRequestUrl(shipmentMr);
    const trusted = mr.origin === this.gitlabOrigin;
    const url = `${mr.origin}/api/v4/projects/${encodeURIComponent(mr.project)}/merge_requests/${mr.iid}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (trusted && this.options.gitlabToken) headers['private-token'] = this.options.gitlabToken;
    // Printed as parsed, never as the StateBox spells it (it may hold line breaks URL parsing drops).
    if (!trusted) this.warnForeignMr(mr.origin, `${mr.origin}/${mr.project}/-/merge_requests/${mr.iid}`);
    const body = await getJson(url, { ...this.common('GitLab', trusted ? 'the GitLab token (gitlab-token)' : `metadata.shipment_mr: it is not on the configured GitLab (gitlab-url ${this.gitlabOrigin}), so no token was sent`), headers });
    if (body === undefined) {
      const hint = !trusted
        ? `check metadata.shipment_mr: it is not on the configured GitLab (${this.gitlabOrigin}, the gitlab-url input), so it was read without the GitLab token`
        : this.options.gitlabToken
          ? 'check metadata.shipment_mr'
          : 'check metadata.shipment_mr, or set the GitLab token (gitlab-token) if the project is private';
      throw new PermanentError(`GitLab has no merge request ${mr.project}!${mr.iid} (404): ${hint}.`);
    }
    const parsed = mergeRequestSchema.safeParse(body);
    if (!parsed.success) throw new TransientError(`GitLab answered merge request ${mr.project}!${mr.iid} without labels.`);
    const labels = parsed.data.labels.map((l) => (typeof l === 'string' ? l : l.name));
    return labels.some((l) => STAGE_RELEASE_LABELS.includes(l));
  }

  /** Once per MR and probes instance (a run): the token stays home, and someone should know why. */
  private warnForeignMr(origin: string, shipmentMr: string): void {
    if (this.warnedMrs.has(shipmentMr)) return;
    this.warnedMrs.add(shipmentMr);
    const token = this.options.gitlabToken ? '; the GitLab token is not sent there' : '';
    this.options.log?.warning(
      `The shipment MR ${shipmentMr} is not on the configured GitLab (${this.gitlabOrigin}, the gitlab-url input) but on ${origin}: it is read without credentials${token}.`,
    );
  }

  async prodMetadataAccessible(release: string): Promise<boolean> {
    const v = parseRelease(release);
    const url = this.options.prodMetadataUrlTemplate
      ? this.options.prodMetadataUrlTemplate.replaceAll('{release}', v.text).replaceAll('{y}', yStream(v))
      : await this.metadataUrlOf(v.text);
    if (url === undefined) return false;
    const response = await httpFetch(url, { ...this.common('the prod metadata URL'), passStatuses: [401, 403, 404, 410] });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300;
  }

  /** undefined while the release has no release.txt yet. */
  private async metadataUrlOf(release: string): Promise<string | undefined> {
    const url = `${this.artifacts}/${release}/release.txt`;
    const target = this.common('the release artifacts server');
    const response = await httpFetch(url, { ...target, passStatuses: [404] });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel();
      throw new PermanentError(`The release artifacts server answered ${response.status} for ${release}/release.txt.`);
    }
    const text = await response.text().catch((err: unknown) => {
      throw new TransientError(`The release artifacts server stopped answering while sending ${release}/release.txt.`, undefined, { cause: err });
    });
    const metadataUrl = metadataUrlFromReleaseTxt(text);
    if (!metadataUrl) {
      throw new PermanentError(`release.txt of ${release} names no metadata URL: set the prod metadata URL template (prod-metadata-url).`);
    }
    return metadataUrl;
  }
}

