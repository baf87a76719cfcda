/** What an email address becomes in anything we write to a StateBox (upstream's convention). */
export const EMAIL_MASK = '[EMAIL_REDACTED]';

// local@domain.tld; the dotted domain with a letter TLD keeps image digests (`img@sha256:…`) and
// Slack channel refs out of it.
const EMAIL_RE = /(?:mailto:)?[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}\b/g;

/** Replaces every email address in text with `[EMAIL_REDACTED]`; idempotent. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL_RE, EMAIL_MASK);
}

/** maskEmails for optional StateBox fields (null and undefined pass through). */
export function maskOptional<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? maskEmails(text) : text) as T;
}
