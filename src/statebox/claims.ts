/**
 * Claims: a run's intent to start a task, written to the StateBox (`driver.claims.{task}`)
 * with a compare-and-swap write before the task starts. Two runs that read the same StateBox
 * both decide to start the same job; only one claim write can win, so only one starts it.
 * A claim lives for CLAIM_TTL_MS, or until the task is retried (reset_at after the claim);
 * the run that holds it removes it when it records the task's start.
 */
import { parseTimestamp } from '../core/time';
import type { StateBox } from './schema';

export interface Claim {
  /** The run that claimed (random per run). */
  readonly run: string;
  /** When it claimed (StateBox timestamp). */
  readonly at: string;
}

/** Long enough for a run to start a job and write, short enough that a dead run delays a task only a little. */
export const CLAIM_TTL_MS = 15 * 60_000;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function isClaim(v: unknown): v is Claim {
  return isObj(v) && typeof v.run === 'string' && typeof v.at === 'string';
}

/** The well-formed claims of a StateBox, by task (anything else under driver.claims is ignored). */
export function claimsOf(box: StateBox | undefined): Record<string, Claim> {
  const raw = (box?.driver as Obj | undefined)?.['claims'];
  if (!isObj(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, c]) => isClaim(c))) as Record<string, Claim>;
}

/** The box with `claim` recorded for each task. */
export function withClaims(box: StateBox, tasks: readonly string[], claim: Claim): StateBox {
  if (tasks.length === 0) return box;
  const driver = (box.driver ?? {}) as Obj;
  const claims = isObj(driver['claims']) ? driver['claims'] : {};
  return { ...box, driver: { ...driver, claims: { ...claims, ...Object.fromEntries(tasks.map((t) => [t, claim])) } } };
}

/** The box without claims on these tasks; an emptied `claims` (and an emptied `driver`) goes too. */
export function withoutClaims(box: StateBox, tasks: readonly string[]): StateBox {
  const driver = box.driver as Obj | undefined;
  const claims = driver?.['claims'];
  if (!driver || !isObj(claims) || !tasks.some((t) => t in claims)) return box;
  const rest = Object.fromEntries(Object.entries(claims).filter(([t]) => !tasks.includes(t)));
  const { claims: _dropped, ...others } = driver;
  const nextDriver = Object.keys(rest).length ? { ...others, claims: rest } : others;
  if (Object.keys(nextDriver).length === 0) {
    const { driver: _gone, ...noDriver } = box;
    return noDriver as StateBox;
  }
  return { ...box, driver: nextDriver };
}

/**
 * What a claim on `task` means to the run `runId` at `now`:
 * none (no claim), void (the task was retried after it), ours, live (another run is starting
 * the task), expired (its run died or stalled: the task's start was never recorded).
 */
export type ClaimState = 'none' | 'void' | 'ours' | 'live' | 'expired';

export function claimState(box: StateBox, task: string, now: Date, runId: string, ttlMs = CLAIM_TTL_MS): { state: ClaimState; claim?: Claim } {
  const claim = claimsOf(box)[task];
  if (!claim) return { state: 'none' };
  const at = parseTimestamp(claim.at);
  const record = box.tasks.find((t) => t.name === task);
  const resetAt = parseTimestamp(typeof record?.['reset_at'] === 'string' ? (record['reset_at'] as string) : undefined);
  if (at !== undefined && resetAt !== undefined && resetAt > at) return { state: 'void', claim };
  if (claim.run === runId) return { state: 'ours', claim };
  if (at !== undefined && now.getTime() - at < ttlMs) return { state: 'live', claim };
  return { state: 'expired', claim };
}

/**
 * Which of two different claims on one task stands: the earliest, unless it had expired when
 * the later one was made (then the later run rightly took over).
 */
export function earliestLiveClaim(a: Claim, b: Claim, ttlMs = CLAIM_TTL_MS): Claim {
  const ta = parseTimestamp(a.at);
  const tb = parseTimestamp(b.at);
  if (ta === undefined) return b;
  if (tb === undefined) return a;
  const [early, late] = ta <= tb ? [a, b] : [b, a];
  return Math.abs(tb - ta) < ttlMs ? early : late;
}
