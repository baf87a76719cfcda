import type { FlowTask } from '../core/tasks';
import type { StateBox } from '../core/model';
import type { WaitOn } from '../core/waits';

/** A wait the executor reports (oar: the stage-release pipeline is not done): what it is on, in the executor's words. */
export interface ExecWait {
  readonly on: WaitOn;
  readonly detail: string;
}

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
  /** With status 'Wait': what the task waits on, and the executor's words for it. */
  readonly wait?: ExecWait;
  /**
   * Set (with status 'Fail') when oar asks for the task to be triggered again: it printed
   * `task [Image Consistency Check] status is changed to [Not Started]`, which upstream's
   * image-consistency-check does when a poll finds its Prow job `aborted` or `error`
   * ("Prow job {id} ended with state 'aborted', resetting for re-trigger"). `jobId` is then the
   * job that ended. The driver re-triggers once and records that it did; a second retrigger of
   * the same task stays the Fail it is. A driver that ignores this field records a Fail, never
   * loops.
   */
  readonly retrigger?: { readonly reason: string };
}

/**
 * Runs flow tasks. Throws TransientError (retry later), SetupError (our program, credential
 * or server is missing or refused: the run stops, no task fails) or PermanentError (Fail the task).
 * `start` on a sync task runs it to completion; on an async task it triggers the job and
 * returns In Progress with a job id. `poll` checks an async job. `findJob` looks up a job
 * already started for this release and task (idempotent triggers after a crash).
 * `preflight`, called once at the start of a run before any StateBox is read or written,
 * checks that the executor answers and has what it needs (its program, its variables, its
 * server): a SetupError naming what is missing and how to fix it, a TransientError when it
 * does not answer right now.
 */
export interface Executor {
  start(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome>;
  poll(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome>;
  findJob?(task: FlowTask, ctx: ExecContext): Promise<{ jobId: string; jobUrl?: string } | undefined>;
  preflight?(): Promise<void>;
}
