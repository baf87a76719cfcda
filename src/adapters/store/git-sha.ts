import { createHash } from 'node:crypto';

/**
 * The git blob SHA of a file's bytes: sha1("blob <byte length>\0<bytes>"). GitHub's Contents API
 * returns this SHA, so both stores compare-and-swap on the same value.
 */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
