/**
 * The one masking function of everything we write or send: StateBoxes (task results, issues,
 * decisions, errors), commits, the PR status comment and replies, the job summary, Slack,
 * `krd status` and our log lines. Text from outside (oar's output, the analyzer's reasoning,
 * comments, error messages of other systems) may quote a secret: `maskText` replaces
 *
 *  - every secret value this process knows: registered once at startup by the wiring (the
 *    action's secret inputs in src/action/deps.ts; each secret-looking variable handed to a
 *    child process in src/adapters/exec/child-env.ts, for the action and `krd drive` alike);
 *  - well-known token shapes whoever they belong to: GitHub (`ghp_…`, `gho_…`, `ghu_…`,
 *    `ghs_…`, `ghr_…`, `github_pat_…`), GitLab `glpat-…`, Slack `xox[abprs]-…` and `xapp-…`,
 *    Google `ya29.…`, Anthropic `sk-ant-…`, JWTs, PEM private keys, `Bearer …`, the values of
 *    `Authorization:` / `PRIVATE-TOKEN:` / `X-Api-Key:` headers, `?token=`-like query
 *    parameters and the user info of URLs (`https://user:pass@host`);
 *  - email addresses (upstream's `[EMAIL_REDACTED]` convention for StateBoxes).
 *
 * `maskEmails` is the historic name every StateBox writer calls: it is `maskText`.
 */

/** What an email address becomes in anything we write to a StateBox (upstream's convention). */
export const EMAIL_MASK = '[EMAIL_REDACTED]';
/** What a secret (a known value or a token shape) becomes. */
export const SECRET_MASK = '[SECRET_REDACTED]';

// local@domain.tld. The domain must be dotted with a letter TLD, which keeps image digests
// (`img@sha256:…`), `@here` and `user@localhost` out. The local part is optional and stops at
// quotes, braces and `|`, so `<mailto:a@b.io|a@b.io>` keeps its Slack markup.
const EMAIL_RE = /(?:mailto:)?[A-Za-z0-9.!#$%&*+/=?^_~-]{0,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g;

/** Shorter values are not registered: they would mask ordinary words. */
export const MIN_SECRET_CHARS = 8;

/**
 * Token shapes, each replaced whole (`SECRET_MASK`) or, with a prefix group, after the prefix
 * (`Bearer [SECRET_REDACTED]`). Each is linear: bounded repetitions, no nested quantifiers.
 */
const SHAPES: readonly { re: RegExp; keep?: true }[] = [
  // PEM private keys, JSON-escaped (\n) or not.
  { re: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{0,20000}(?:-----END [A-Z ]{0,40}PRIVATE KEY-----)?/g },
  { re: /\bgithub_pat_[A-Za-z0-9_]{20,255}/g },
  { re: /\bgh[pousr]_[A-Za-z0-9]{20,255}/g },
  { re: /\bglpat-[A-Za-z0-9_-]{20,255}/g },
  { re: /\bxox[abprs]-[A-Za-z0-9-]{8,255}/g },
  { re: /\bxapp-[A-Za-z0-9-]{8,255}/g },
  { re: /\bya29\.[A-Za-z0-9_-]{20,2048}/g },
  { re: /\bsk-ant-[A-Za-z0-9_-]{20,255}/g },
  // JWTs: header.payload.signature, the first two base64url JSON objects.
  { re: /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,4096}/g },
  // Header values, quoted or not: `Authorization: token …`, `'Authorization': 'Bearer …'`,
  // `PRIVATE-TOKEN: …`; the scheme word stays, the credential goes.
  {
    re: /(\b(?:proxy-)?authorization["']?\s{0,8}[:=]\s{0,8}["']?(?:(?:bearer|token|basic|digest|negotiate)\s{1,8})?)[^\s"',;]{8,4096}/gi,
    keep: true,
  },
  { re: /(\b(?:private-token|x-api-key|api-key|x-auth-token|x-gitlab-token)["']?\s{0,8}[:=]\s{0,8}["']?)[^\s"',;]{8,4096}/gi, keep: true },
  { re: /(\bbearer\s{1,8})[A-Za-z0-9._~+/=-]{8,4096}/gi, keep: true },
  // Query parameters that carry credentials.
  { re: /([?&](?:access_token|token|api_key|apikey|private_token|password|passwd|secret|sig|signature)=)[^&\s#"'<>]{1,4096}/gi, keep: true },
  // The user info of a URL with a password: https://user:pass@host → https://[SECRET_REDACTED]@host.
  { re: /(\b[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/)[^\s/@:"'<>]{0,256}:[^\s/@"'<>]{1,256}(?=@)/g, keep: true },
];

// ---- The registry of known secret values

const known = new Set<string>();
let longestFirst: string[] = [];
let listener: ((part: string) => void) | undefined;

/**
 * What to register for one secret value: the value, each of its lines (a log line or a
 * message may quote one line of a PEM key), the `private_key` of a service-account JSON as it
 * reads once parsed, and the forms the value takes inside JSON text and URLs.
 */
export function secretParts(value: string | undefined | null): string[] {
  if (typeof value !== 'string') return [];
  const parts = new Set<string>();
  const add = (text: string): void => {
    const t = text.trim();
    if (t.length < MIN_SECRET_CHARS) return;
    parts.add(t);
    const json = JSON.stringify(t).slice(1, -1);
    if (json !== t) parts.add(json);
    let encoded = t;
    try {
      encoded = encodeURIComponent(t);
    } catch {
      // a lone surrogate: no URL form
    }
    if (encoded !== t) parts.add(encoded);
  };
  const addWithLines = (text: string): void => {
    add(text);
    for (const line of text.split(/\r\n|[\r\n\u0085\u2028\u2029]|\\n/)) add(line);
  };
  addWithLines(value);
  if (value.trim().startsWith('{')) {
    try {
      const key = (JSON.parse(value) as { private_key?: unknown }).private_key;
      if (typeof key === 'string') addWithLines(key);
    } catch {
      // not JSON: the value and its lines are enough
    }
  }
  return [...parts];
}

/**
 * Remembers secret values so that `maskText` replaces them wherever they appear. Returns the
 * parts that were new (the action hands those to core.setSecret as well).
 */
export function registerSecrets(values: Iterable<string | undefined | null>): string[] {
  const added: string[] = [];
  for (const value of values) {
    for (const part of secretParts(value)) {
      if (known.has(part)) continue;
      known.add(part);
      added.push(part);
    }
  }
  if (added.length > 0) {
    longestFirst = [...known].sort((a, b) => b.length - a.length);
    if (listener) for (const part of added) listener(part);
  }
  return added;
}

/** One value: registerSecrets([value]). */
export function registerSecret(value: string | undefined | null): string[] {
  return registerSecrets([value]);
}

/**
 * Called with each part registered from now on (the action passes core.setSecret, so the
 * runner masks them in every log line too); undefined stops it.
 */
export function onSecretRegistered(fn: ((part: string) => void) | undefined): void {
  listener = fn;
}

/** How many parts are registered (for tests and `krd` diagnostics). */
export function registeredSecretCount(): number {
  return known.size;
}

/** Forgets every registered value (tests only: a process keeps its secrets for its life). */
export function forgetSecretsForTests(): void {
  known.clear();
  longestFirst = [];
  listener = undefined;
}

// ---- Masking

/** Replaces known secret values and token shapes; emails stay. What our log lines get. */
export function maskSecrets(text: string): string {
  let out = text;
  for (const secret of longestFirst) if (out.includes(secret)) out = out.split(secret).join(SECRET_MASK);
  for (const { re, keep } of SHAPES) out = keep ? out.replace(re, (_m, prefix: string) => `${prefix}${SECRET_MASK}`) : out.replace(re, SECRET_MASK);
  return out;
}

/** Replaces every email address with `[EMAIL_REDACTED]` (and nothing else); idempotent. */
export function maskEmailAddresses(text: string): string {
  // `https://[SECRET_REDACTED]@host` (masked user info) keeps its host.
  return text.replace(EMAIL_RE, (match: string, offset: number) =>
    match.startsWith('@') && text.slice(Math.max(0, offset - SECRET_MASK.length), offset) === SECRET_MASK ? match : EMAIL_MASK,
  );
}

/**
 * THE masking function: known secret values, token shapes, then email addresses. Idempotent.
 * Every writer calls it, directly or through `maskEmails`.
 */
export function maskText(text: string): string {
  return maskEmailAddresses(maskSecrets(text));
}

/**
 * The name StateBox writers have always called (src/statebox/edit.ts, src/core/decide-update.ts,
 * the executors, …): it masks secrets too now, so each of them masks in full.
 */
export function maskEmails(text: string): string {
  return maskText(text);
}

/** maskText for optional StateBox fields (null and undefined pass through). */
export function maskOptional<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? maskText(text) : text) as T;
}

/**
 * `maskSecrets` on every string inside plain data (objects, arrays), keys kept, emails kept:
 * for a writer that serializes a whole structure (a StateBox) whose fields may hold an email on
 * purpose. Returns the same value when nothing changed.
 */
export function maskSecretsIn<T>(value: T): T {
  if (typeof value === 'string') return maskSecrets(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((v: unknown) => maskSecretsIn(v));
    return (items.some((v, i) => v !== value[i]) ? items : value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const m = maskSecretsIn(v);
      if (m !== v) changed = true;
      out[k] = m;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
