import { isAllowedTransition, type TaskStatus } from './tasks';
import { maskEmails } from './mask';
import { isoSeconds } from './time';
import { insertTaskInFlowOrder } from './model';
import type { JobRecord, StateBox, StateBoxTask } from './model';

/** A change to one task. Only the fields given change. */
export interface TaskPatch {
  readonly status?: TaskStatus;
  /** Log text or a decision's reasoning; emails are masked here. */
  readonly result?: string;
  readonly job?: JobRecord;
  readonly deadline?: string;
  readonly decided_by?: string;
  /** When it starts (a synchronous task is recorded after it ran: started_at is when it began). */
  readonly started_at?: string;
  /** The gate waits for a person's accept or reject. */
  readonly awaits_decision?: boolean;
  readonly analyzer_advice?: 'ACCEPT' | 'REJECT';
  /** Which start of the task this is (kept across retries, so the next start counts on). */
  readonly attempt?: number;
}

export interface UpdateOptions {
  /**
   * A human decision (accept, reject, retry): any transition is allowed and the job
   * record may be replaced or cleared. Automatic updates only move along allowed
   * transitions and never overwrite a job id.
   */
  readonly human?: boolean;
  /** Clear job, deadline and times: a retry. */
  readonly reset?: boolean;
}

export interface UpdateResult {
  readonly box: StateBox;
  readonly changed: boolean;
  /** The status before and after, when it changed. */
  readonly transition?: { readonly from: TaskStatus | undefined; readonly to: TaskStatus };
  /** Set when the patch asked for a transition that is not allowed (and was ignored). */
  readonly refused?: string;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Applies a patch to the task named `name` (appending it when the StateBox does not have
 * it yet), keeping every other field and every other task as they were. started_at and
 * completed_at follow the status. Pure: returns a new StateBox.
 */
export function updateTask(box: StateBox, name: string, patch: TaskPatch, now: Date, options: UpdateOptions = {}): UpdateResult {
  const at = isoSeconds(now);
  const index = box.tasks.findIndex((t) => t.name === name);
  const before: StateBoxTask | undefined = index >= 0 ? box.tasks[index] : undefined;
  const from = before?.status;
  let refused: string | undefined;
  let status = patch.status;
  if (status !== undefined && !options.human && !isAllowedTransition(from, status)) {
    refused = `${name}: ${from} → ${status} is not an allowed transition; kept ${from}`;
    status = undefined;
  }

  const next: StateBoxTask = before ? { ...before } : { name, status: status ?? 'Not Started', started_at: null, completed_at: null, result: null };
  if (options.reset) {
    delete next.job;
    delete next.deadline;
    delete next.awaits_decision;
    delete next.analyzer_advice;
    delete next.retriggered_from;
    next.started_at = null;
    next.completed_at = null;
  }
  if (status !== undefined && (status !== from || options.reset)) {
    next.status = status;
    if (status === 'Not Started') {
      next.started_at = null;
      next.completed_at = null;
    } else {
      // Starting now (or again after a retry) opens a new attempt; finishing keeps when it began.
      const opened = patch.started_at ?? at;
      next.started_at = from === undefined || from === 'Not Started' || options.reset ? opened : (next.started_at ?? opened);
      next.completed_at = status === 'In Progress' ? null : at;
    }
  }
  if (patch.result !== undefined) next.result = maskEmails(patch.result);
  if (patch.job !== undefined && (next.job === undefined || options.human)) next.job = patch.job;
  if (patch.deadline !== undefined) next.deadline = patch.deadline;
  // A task that moved on no longer waits for a person's decision.
  if (status !== undefined && status !== from) delete next.awaits_decision;
  if (patch.awaits_decision !== undefined) {
    if (patch.awaits_decision) next.awaits_decision = true;
    else delete next.awaits_decision;
  }
  if (patch.analyzer_advice !== undefined) next.analyzer_advice = patch.analyzer_advice;
  if (patch.attempt !== undefined) next.attempt = patch.attempt;
  if (patch.decided_by !== undefined) next.decided_by = maskEmails(patch.decided_by);
  else if (!options.human && status !== undefined && status !== from && next.decided_by !== undefined) {
    // An automatic change after a human decision (a retried task running again) is no longer theirs.
    delete next.decided_by;
  }

  const changed = !sameJson(before, next);
  if (!changed) return { box, changed: false, ...(refused ? { refused } : {}) };
  const tasks = index >= 0 ? box.tasks.map((t, i) => (i === index ? next : t)) : insertTaskInFlowOrder(box.tasks, next);
  return {
    box: { ...box, tasks },
    changed: true,
    ...(next.status !== from ? { transition: { from, to: next.status } } : {}),
    ...(refused ? { refused } : {}),
  };
}
