/**
 * Async tasks a dead run may have started without recording the job
 * (`driver.unrecorded_starts.{task}`: the run and time of its claim). A run claims a task before
 * starting it (src/core/claims.ts); when its claim expires unrecorded, the engine asks the
 * executor for the job (`findJob`). An executor that cannot tell (the oar CLI) leaves no safe
 * choice: starting the task again may run the job twice, never starting it may stall the
 * release. So the engine records the expired claim here and the task waits for a person, who
 * checks the job system, then records the job (`/release:record-job`, which sets the task In
 * Progress with that job) or retries the task. Both commands remove the record (a retry after it
 * voids it as well, as it voids claims).
 */
import { type Claim, retriedAfter, taskClaimsOf, withTaskClaims, withoutTaskClaims } from './claims';
import type { StateBox } from './model';

const KEY = 'unrecorded_starts';

/** The well-formed records, by task (anything else under the key is ignored). */
export function unrecordedStartsOf(box: StateBox | undefined): Record<string, Claim> {
  return taskClaimsOf(box, KEY);
}

/**
 * The record that holds `task` for a person, if it still does: not when the task was retried
 * after it, nor once the task has a status past Not Started (a person recorded the job, accepted
 * or rejected the task).
 */
export function unrecordedStart(box: StateBox, task: string): Claim | undefined {
  const entry = unrecordedStartsOf(box)[task];
  if (!entry || retriedAfter(box, task, entry.at)) return undefined;
  const status = box.tasks.find((t) => t.name === task)?.status;
  return status === undefined || status === 'Not Started' ? entry : undefined;
}

/** The box with `claim` recorded as an unrecorded start of `task`. */
export function withUnrecordedStart(box: StateBox, task: string, claim: Claim): StateBox {
  return withTaskClaims(box, KEY, [task], { run: claim.run, at: claim.at });
}

/** The box without the records of `tasks`; an emptied map (and an emptied `driver`) goes too. */
export function withoutUnrecordedStarts(box: StateBox, tasks: readonly string[]): StateBox {
  return withoutTaskClaims(box, KEY, tasks);
}

/** The box without records that no longer hold their task (retried, recorded, decided). */
export function withoutSettledUnrecordedStarts(box: StateBox): StateBox {
  const settled = Object.keys(unrecordedStartsOf(box)).filter((task) => unrecordedStart(box, task) === undefined);
  return withoutUnrecordedStarts(box, settled);
}
