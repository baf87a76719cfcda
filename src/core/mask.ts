/** What an email address becomes in anything we write to a StateBox (upstream's convention). */
export const EMAIL_MASK = '[EMAIL_REDACTED]';

// local@domain.tld. The domain must be dotted with a letter TLD, which keeps image digests
// (`img@sha256:…`), `@here` and `user@localhost` out. The local part is optional and stops at
// quotes, braces and `|`, so `<mailto:a@b.io|a@b.io>` keeps its Slack markup.
const EMAIL_RE = /(?:mailto:)?[A-Za-z0-9.!#$%&*+/=?^_~-]{0,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g;

/** Replaces every email address in text with `[EMAIL_REDACTED]`; idempotent. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL_RE, EMAIL_MASK);
}

/** maskEmails for optional StateBox fields (null and undefined pass through). */
export function maskOptional<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? maskEmails(text) : text) as T;
}
