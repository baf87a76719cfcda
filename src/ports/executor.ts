import type { FlowTask } from '../core/tasks';
import type { StateBox } from '../statebox/schema';

export interface ExecContext {
  readonly release: string;
  readonly statebox: StateBox;
  /** Owner email for take-ownership. */
  readonly owner?: string;
  /** Existing job id for polls of async tasks. */
  readonly jobId?: string;
  /** Set after a retry: `findJob` must not adopt a job triggered before this time (the old attempt). */
  readonly notBefore?: string;
}

/**
 * What an executor observed. `Wait` means a prerequisite outside our control is not
 * ready (stage-release not succeeded): never a Fail.
 */
export interface ExecOutcome {
  readonly status: 'Pass' | 'Fail' | 'In Progress' | 'Wait';
  /** Log text, emails already masked by the caller before it reaches a StateBox. */
  readonly output: string;
  readonly jobId?: string;
  readonly jobUrl?: string;
  readonly waitReason?: string;
}

/**
 * Runs flow tasks. Throws TransientError (retry later) or PermanentError (Fail the task).
 * `start` on a sync task runs it to completion; on an async task it triggers the job and
 * returns In Progress with a job id. `poll` checks an async job. `findJob` looks up a job
 * already started for this release and task (idempotent triggers after a crash).
 */
export interface Executor {
  start(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome>;
  poll(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome>;
  findJob?(task: FlowTask, ctx: ExecContext): Promise<{ jobId: string; jobUrl?: string } | undefined>;
}
