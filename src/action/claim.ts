/**
 * Intent recorded before a job starts. Two runs that read the same StateBox at the same moment
 * would both decide to trigger the same async job; looking the job up first (findJob) cannot
 * close that window. So before an async task starts, the run claims it in the StateBox with a
 * compare-and-swap write (`driver.claims.{task}`). Of two racing runs exactly one write wins;
 * the other re-reads, sees the claim (or the task already moving) and waits instead of
 * starting a second job. A claim expires so a run that died after claiming does not block the
 * task for long, and a /release:retry after it lets a fresh attempt claim again.
 */
import { ConflictError, errorMessage } from '../core/errors';
import { ASYNC_TASKS, type FlowTask } from '../core/tasks';
import { isoSeconds, parseTimestamp } from '../core/time';
import { stateBoxPath } from '../core/version';
import type { Logger } from '../driver/types';
import type { Clock } from '../ports/clock';
import type { ExecContext, ExecOutcome, Executor } from '../ports/executor';
import type { StateStore } from '../ports/store';
import { loadStateBox } from '../statebox/repository';
import type { StateBox } from '../statebox/schema';
import { serializeStateBox } from '../statebox/yaml';

export const CLAIM_TTL_MS = 15 * 60_000;
const CLAIM_ATTEMPTS = 3;

interface Claim {
  readonly run: string;
  readonly at: string;
}

function claimsOf(box: StateBox): Record<string, Claim> {
  const claims = (box.driver as { claims?: unknown } | undefined)?.claims;
  return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, Claim>) : {};
}

export interface ClaimOptions {
  /** Identifies this run; a claim by the same run is ours. */
  readonly runId: string;
  readonly clock: Clock;
  readonly log: Logger;
  readonly ttlMs?: number;
}

export class ClaimingExecutor implements Executor {
  readonly findJob?: Executor['findJob'];

  /** `store` must be the uncached store: a claim is decided on what the server holds now. */
  constructor(
    private readonly inner: Executor,
    private readonly store: StateStore,
    private readonly options: ClaimOptions,
  ) {
    if (inner.findJob) this.findJob = inner.findJob.bind(inner);
  }

  poll(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    return this.inner.poll(task, ctx);
  }

  async start(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    if (!(ASYNC_TASKS as readonly string[]).includes(task)) return this.inner.start(task, ctx);
    const refused = await this.claim(task, ctx);
    if (refused) return { status: 'Wait', output: refused, waitReason: refused };
    return this.inner.start(task, ctx);
  }

  /** undefined when this run holds the claim; otherwise why it must not start the job. */
  private async claim(task: FlowTask, ctx: ExecContext): Promise<string | undefined> {
    const path = stateBoxPath(ctx.release);
    const ttl = this.options.ttlMs ?? CLAIM_TTL_MS;
    for (let attempt = 1; attempt <= CLAIM_ATTEMPTS; attempt++) {
      const loaded = await loadStateBox(this.store, ctx.release);
      if (!loaded) return undefined; // created in this very run: nothing on the server to race on yet
      const now = this.options.clock.now();
      const current = loaded.box.tasks.find((t) => t.name === task);
      const seen = ctx.statebox.tasks.find((t) => t.name === task);
      // A retry in this run (reset_at) makes older progress on the server history, not news.
      const resetAt = parseTimestamp(seen?.reset_at as string | undefined);
      const since = (at: string | null | undefined): boolean => {
        const t = parseTimestamp(at);
        return resetAt === undefined || t === undefined || t > resetAt;
      };
      if (current && (current.status === 'In Progress' || current.status === 'Pass') && current.status !== seen?.status && since(current.started_at)) {
        return `another run moved ${task} to ${current.status} meanwhile; this run leaves it alone`;
      }
      if (current?.job?.id && current.job.id !== seen?.job?.id && since(current.job.triggered_at)) {
        return `another run started ${task} (job ${current.job.id}) meanwhile; this run leaves it alone`;
      }
      const claims = claimsOf(loaded.box);
      const held = claims[task];
      const heldAt = parseTimestamp(held?.at);
      const serverResetAt = parseTimestamp(current?.reset_at as string | undefined) ?? resetAt;
      const live = held && held.run !== this.options.runId && heldAt !== undefined && now.getTime() - heldAt < ttl && !(serverResetAt !== undefined && serverResetAt > heldAt);
      if (live) return `another run is starting ${task} (claimed at ${held.at}); this run leaves it alone`;

      const claimed: StateBox = { ...loaded.box, driver: { ...loaded.box.driver, claims: { ...claims, [task]: { run: this.options.runId, at: isoSeconds(now) } } } };
      try {
        await this.store.write(path, serializeStateBox(claimed), { sha: loaded.sha, message: `${ctx.release}: claim ${task} before starting it (krd drive)` });
        return undefined;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        this.options.log.debug(`${ctx.release}: claiming ${task} lost a race (attempt ${attempt}): ${errorMessage(err)}`);
      }
    }
    return `could not claim ${task}: other runs kept changing the StateBox; the next run tries again`;
  }
}
