import { InputError } from './errors';

/** A z-stream release such as 4.20.1 or 5.0.0-ec.3. */
export interface ReleaseVersion {
  readonly text: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Pre-release tag such as `ec.3` or `rc.1`; undefined for a GA z-stream. */
  readonly pre?: string;
}

// Strict on purpose: nothing that fails this can reach a path, a URL or a command line.
const RELEASE_RE = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,3})(?:-((?:ec|rc|fc)\.(?:0|[1-9]\d{0,2})))?$/;

export function parseRelease(input: unknown): ReleaseVersion {
  if (typeof input !== 'string' || input.length === 0) {
    throw new InputError('A release is required, such as 4.20.1 or 5.0.0-ec.3.');
  }
  const m = RELEASE_RE.exec(input);
  if (!m) {
    const shown = JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
    throw new InputError(`${shown} is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.`);
  }
  return {
    text: input,
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    ...(m[4] ? { pre: m[4] } : {}),
  };
}

export function isRelease(input: unknown): input is string {
  return typeof input === 'string' && RELEASE_RE.test(input);
}

/** The y-stream directory of a release: 4.20.1 → 4.20. */
export function yStream(release: string | ReleaseVersion): string {
  const v = typeof release === 'string' ? parseRelease(release) : release;
  return `${v.major}.${v.minor}`;
}

const Y_RE = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
export function isYStream(input: unknown): input is string {
  return typeof input === 'string' && Y_RE.test(input);
}

function comparePre(a?: string, b?: string): number {
  if (a === b) return 0;
  if (a === undefined) return 1; // GA sorts after its pre-releases
  if (b === undefined) return -1;
  const [ak = '', an = '0'] = a.split('.');
  const [bk = '', bn = '0'] = b.split('.');
  if (ak !== bk) return ak < bk ? -1 : 1; // ec < fc < rc
  return Number(an) - Number(bn);
}

/** Numeric ordering: 4.9.1 < 4.10.0 < 4.10.10; 5.0.0-ec.3 < 5.0.0. */
export function compareReleases(a: string | ReleaseVersion, b: string | ReleaseVersion): number {
  const x = typeof a === 'string' ? parseRelease(a) : a;
  const y = typeof b === 'string' ? parseRelease(b) : b;
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePre(x.pre, y.pre);
}

/** Where a release's StateBox lives in the repository. */
export function stateBoxPath(release: string): string {
  const v = parseRelease(release);
  return `_releases/${yStream(v)}/statebox/${v.text}.yaml`;
}

/** The tracking file of a y-stream: `_releases/4.20/4.20.z.yaml`. */
export function trackingFilePath(y: string): string {
  if (!isYStream(y)) throw new InputError(`${JSON.stringify(y)} is not a y-stream such as 4.20.`);
  return `_releases/${y}/${y}.z.yaml`;
}
