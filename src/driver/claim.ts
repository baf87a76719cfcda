/**
 * No job started and no synchronous task run twice, whoever runs the driver (the action,
 * `krd drive`, the simulator): before a run starts an async job or runs a synchronous task
 * (create-test-report, take-ownership, …, change-advisory-status), it claims the task in the
 * StateBox with a compare-and-swap write on the SHA it read. Of two runs that read the same
 * StateBox only one claim write wins. The loser does not merge and go on: it re-reads,
 * decides again on what is there now, and leaves alone every task another run claimed or
 * moved meanwhile. Only runs that start something pay this write (one per release and run:
 * the jobs due and the one synchronous task are claimed together); the run's normal write at
 * the end records the result and releases the claim. A claim whose run died expires after
 * CLAIM_TTL_MS: the task is then started again (a job found running is adopted), except
 * change-advisory-status, which is adopted as started, and an async task when the executor
 * cannot look its job up (no findJob: the oar CLI), which waits for a person
 * (src/core/unrecorded.ts).
 */
import { ConflictError, errorMessage } from '../core/errors';
import { isoSeconds } from '../core/time';
import { stateBoxPath } from '../core/version';
import { isAsyncTask, type FlowTask } from '../core/tasks';
import type { StateStore } from '../ports/store';
import { type Claim, claimState, withClaims } from '../core/claims';
import { mergeStateBoxes } from '../statebox/merge';
import { loadStateBox, type LoadedStateBox } from '../statebox/repository';
import type { StateBox } from '../core/model';
import { serializeStateBox } from '../statebox/yaml';
import { maskSecretsIn } from '../core/mask';

/** Claim writes tried (each after re-reading and deciding again) before leaving it to the next run. */
export const CLAIM_ATTEMPTS = 3;

/** Tasks whose expired claim means "probably done, never recorded": adopted, not run again. */
export const ADOPTED_ON_EXPIRY: ReadonlySet<FlowTask> = new Set<FlowTask>(['change-advisory-status']);

/**
 * Whether an expired claim on `task` must hold it for a person: an async task whose job a dead
 * run may have started, when the executor cannot find that job (no findJob).
 */
export function heldOnExpiry(task: FlowTask, findsJobs: boolean): boolean {
  return !findsJobs && isAsyncTask(task);
}

export interface Refusal {
  readonly task: FlowTask;
  readonly reason: string;
}

export interface ClaimResult {
  readonly granted: readonly FlowTask[];
  readonly refused: readonly Refusal[];
  /** The claim written for the granted tasks. */
  readonly claim?: Claim;
  /** When another write came first: this run's StateBox merged with what the store holds now (claims not yet added). */
  readonly merged?: StateBox;
  /** Claim writes tried. */
  readonly attempts: number;
  /** The store failed (not a lost race): nothing was claimed. */
  readonly error?: string;
}

export interface ClaimHelpers {
  /** The tasks that are still to be started on this StateBox (the engine deciding again). */
  redecide(box: StateBox): readonly FlowTask[];
  /** Retries transient store errors (the run's backoff). */
  retry<T>(what: string, fn: () => Promise<T>): Promise<T>;
  /** Can the executor look up a job a dead run started (findJob)? Without it an expired async claim is not taken over. */
  readonly findsJobs: boolean;
}

/** Why a claim on `task` keeps this run from starting it, if it does. */
export function claimRefusal(box: StateBox, task: FlowTask, now: Date, runId: string, findsJobs = true): string | undefined {
  const { state, claim } = claimState(box, task, now, runId);
  if (state === 'live') return `another run is starting ${task} (claimed at ${claim!.at}); this run leaves it alone`;
  if (state === 'expired' && ADOPTED_ON_EXPIRY.has(task)) {
    return `a run claimed ${task} at ${claim!.at} and never recorded it; the next run adopts it instead of starting it again`;
  }
  if (state === 'expired' && heldOnExpiry(task, findsJobs)) {
    return `run ${claim!.run} claimed ${task} at ${claim!.at} and never recorded it; it may have started the job, which this executor cannot look up, so nothing starts and the next run asks a person`;
  }
  return undefined;
}

/**
 * A release's StateBox as the store holds it, as far as this run knows: the final write starts
 * from `base` at `sha`. Claims move both forward, so that write records jobs and releases
 * claims without a second round trip.
 */
export class StateBoxSlot {
  base: StateBox | undefined;
  sha: string | undefined;
  /** A claim was written: the final write must follow (to record the start or release the claim). */
  claimed = false;

  constructor(
    private readonly store: StateStore,
    private readonly release: string,
    loaded: LoadedStateBox | undefined,
    readonly runId: string,
  ) {
    this.base = loaded?.box;
    this.sha = loaded?.sha;
  }

  /**
   * Claims `tasks` on `ours` (this run's StateBox, derived from `base`). Never throws for the
   * store: a task it could not claim is refused with the reason, and is not started.
   * When `merged` is returned, the caller's StateBox must become it (`base` moved to what the
   * store holds now).
   */
  async claim(tasks: readonly FlowTask[], ours: StateBox, now: Date, helpers: ClaimHelpers): Promise<ClaimResult> {
    const path = stateBoxPath(this.release);
    const refused: Refusal[] = [];
    const claim: Claim = { run: this.runId, at: isoSeconds(now) };
    let view = ours; // decides whose claims stand
    let merged: StateBox | undefined;
    let want = [...tasks];
    let attempts = 0;
    const refuseRest = (reason: (task: FlowTask) => string): ClaimResult => {
      for (const task of want) refused.push({ task, reason: reason(task) });
      return { granted: [], refused, ...(merged ? { merged } : {}), attempts };
    };
    try {
      while (attempts < CLAIM_ATTEMPTS) {
        want = want.filter((task) => {
          const reason = claimRefusal(view, task, now, this.runId, helpers.findsJobs);
          if (reason) refused.push({ task, reason });
          return !reason;
        });
        if (want.length === 0) break;
        attempts++;
        const content = withClaims(this.base ?? ours, want, claim);
        const message = `${this.release}: claim ${want.join(', ')} before starting ${want.length > 1 ? 'them' : 'it'} (krd drive)`;
        const sha = this.sha;
        try {
          const written = await helpers.retry(`claiming ${want.join(', ')}`, () => this.store.write(path, serializeStateBox(maskSecretsIn(content)), { sha, message }));
          this.base = content;
          this.sha = written.sha;
          this.claimed = true;
          return { granted: want, refused, claim, ...(merged ? { merged } : {}), attempts };
        } catch (err) {
          if (!(err instanceof ConflictError)) throw err;
        }
        // Lost the race: what did the other writer do? Decide again on that, never on what we read.
        const fresh = await helpers.retry(`re-reading ${path}`, () => loadStateBox(this.store, this.release));
        if (!fresh) return refuseRest((task) => `${path} was deleted while this run was claiming ${task}; nothing started`);
        merged = mergeStateBoxes(this.base, merged ?? ours, fresh.box).merged;
        // From here this run's StateBox is the merge, and the final write starts from what the store holds.
        this.base = fresh.box;
        this.sha = fresh.sha;
        view = merged;
        const still = new Set(helpers.redecide(merged));
        want = want.filter((task) => {
          if (!still.has(task)) refused.push({ task, reason: `another run or a person changed the StateBox meanwhile and ${task} is no longer due; this run leaves it alone` });
          return still.has(task);
        });
      }
      return refuseRest((task) => `could not claim ${task}: other runs kept changing the StateBox; the next run tries again`);
    } catch (err) {
      const result = refuseRest((task) => `could not claim ${task}, so it was not started; the next run tries again: ${errorMessage(err)}`);
      return { ...result, error: errorMessage(err) };
    }
  }
}
