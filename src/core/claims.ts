/**
 * Claims: a run's intent to start a task, written to the StateBox (`driver.claims.{task}`)
 * with a compare-and-swap write before the task starts. Two runs that read the same StateBox
 * both decide to start the same job; only one claim write can win, so only one starts it.
 * A claim lives for CLAIM_TTL_MS, or until the task is retried (reset_at after the claim);
 * the run that holds it removes it when it records the task's start.
 */
import { parseTimestamp } from './time';
import { driverEntry, isPlainObject, withDriverEntry } from './driver-section';
import type { StateBox, StateBoxTask } from './model';

export interface Claim {
  /** The run that claimed (random per run). */
  readonly run: string;
  /** When it claimed (StateBox timestamp). */
  readonly at: string;
}

/** Long enough for a run to start a job and write, short enough that a dead run delays a task only a little. */
export const CLAIM_TTL_MS = 15 * 60_000;

export function isClaim(v: unknown): v is Claim {
  return isPlainObject(v) && typeof v.run === 'string' && typeof v.at === 'string';
}

/**
 * Claims by task under `driver[key]`: the run's claims (`claims`) and, in the same shape, the
 * expired claims that hold a task for a person (`unrecorded_starts`, src/core/unrecorded.ts).
 * Only the well-formed ones; anything else under the key is ignored.
 */
export function taskClaimsOf(box: StateBox | undefined, key: string): Record<string, Claim> {
  const raw = driverEntry(box, key);
  if (!isPlainObject(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, c]) => isClaim(c))) as Record<string, Claim>;
}

/** The box with `claim` recorded under `driver[key]` for each task. */
export function withTaskClaims(box: StateBox, key: string, tasks: readonly string[], claim: Claim): StateBox {
  if (tasks.length === 0) return box;
  const raw = driverEntry(box, key);
  const current = isPlainObject(raw) ? raw : {};
  return withDriverEntry(box, key, { ...current, ...Object.fromEntries(tasks.map((t) => [t, claim])) });
}

/** The box without the entries of these tasks under `driver[key]`; an emptied map (and an emptied `driver`) goes too. */
export function withoutTaskClaims(box: StateBox, key: string, tasks: readonly string[]): StateBox {
  const raw = driverEntry(box, key);
  if (!isPlainObject(raw) || !tasks.some((t) => t in raw)) return box;
  const rest = Object.fromEntries(Object.entries(raw).filter(([t]) => !tasks.includes(t)));
  return withDriverEntry(box, key, Object.keys(rest).length ? rest : undefined);
}

/** The well-formed claims of a StateBox, by task (anything else under driver.claims is ignored). */
export function claimsOf(box: StateBox | undefined): Record<string, Claim> {
  return taskClaimsOf(box, 'claims');
}

/** The box with `claim` recorded for each task. */
export function withClaims(box: StateBox, tasks: readonly string[], claim: Claim): StateBox {
  return withTaskClaims(box, 'claims', tasks, claim);
}

/** The box without claims on these tasks; an emptied `claims` (and an emptied `driver`) goes too. */
export function withoutClaims(box: StateBox, tasks: readonly string[]): StateBox {
  return withoutTaskClaims(box, 'claims', tasks);
}

/** When `task` was last retried (`reset_at`, set by /release:retry), as the file holds it. */
export function resetAtOf(record: StateBoxTask | undefined): string | undefined {
  return typeof record?.['reset_at'] === 'string' ? (record['reset_at'] as string) : undefined;
}

/** Whether `task` was retried after `at`: what was claimed or held before then is void. */
export function retriedAfter(box: StateBox, task: string, at: string): boolean {
  const reset = parseTimestamp(resetAtOf(box.tasks.find((t) => t.name === task)));
  const when = parseTimestamp(at);
  return reset !== undefined && when !== undefined && reset > when;
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
  if (retriedAfter(box, task, claim.at)) return { state: 'void', claim };
  const at = parseTimestamp(claim.at);
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
