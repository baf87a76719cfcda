/** Deterministic ids for simulated jobs and threads: the same scenario gives the same ids. */
import { createHash } from 'node:crypto';

/** `length` hex digits derived from `seed` (sha256, repeated when more are needed). */
export function stableHex(seed: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += createHash('sha256').update(`${i}:${seed}`).digest('hex');
  return out.slice(0, length);
}

/** A UUID-shaped id (Prow job ids look like this). */
export function stableUuid(seed: string): string {
  const h = stableHex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A number in [min, min + span) derived from `seed`. */
export function stableNumber(seed: string, min: number, span: number): number {
  return min + (parseInt(stableHex(seed, 12), 16) % span);
}
