import { InputError } from '../core/errors';
import { legacyJob, parseJobRef } from '../core/job-ref';
import { ASYNC_TASKS, FLOW_TASKS, isAsyncTask, isFlowTask, type FlowTask, type TaskStatus } from '../core/tasks';
import { decisionRefusal } from '../core/decide-graph';
import { maskEmails } from '../core/mask';
import { overallStatus } from '../core/overall';
import { isoSeconds } from '../core/time';
import { updateTask } from '../core/decide-update';
import { CLAIM_TTL_MS, claimState, withoutClaims } from '../core/claims';
import { resolveIssue } from '../statebox/edit';
import { unrecordedStart, withoutUnrecordedStarts } from '../core/unrecorded';
import type { StateBox } from '../core/model';
import type { HumanCommand } from './types';

export interface CommandOutcome {
  readonly box: StateBox;
  /** One sentence for the person who asked (PR comment reply, CLI output). */
  readonly reply: string;
  /** Status changes the command made, for status events. */
  readonly transitions: readonly { readonly task: string; readonly from: TaskStatus | undefined; readonly to: TaskStatus }[];
}

function flowTask(release: string, task: string): string {
  if (!isFlowTask(task)) {
    throw new InputError(`${JSON.stringify(task)} is not a task of the release flow of ${release}: expected one of ${FLOW_TASKS.join(', ')}.`);
  }
  return task;
}

function required(text: string, what: string, command: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError(`/release:${command} needs ${what}: it is recorded in the StateBox.`);
  return trimmed;
}

/** Older result text kept under a human decision so the evidence it overrode stays readable. */
function previously(from: TaskStatus | undefined, result: string | null | undefined): string {
  const before = (result ?? '').trim();
  return before ? `\nPrevious result (${from ?? 'not recorded'}):\n${before}` : '';
}

/**
 * Applies a person's command (already parsed and authorized) to a StateBox. Who and why are
 * recorded in the task (`decided_by`, result text), emails masked. Pure: returns a new box.
 */
export function applyCommand(box: StateBox, cmd: HumanCommand, now: Date): CommandOutcome {
  if (cmd.release !== undefined && cmd.release !== box.release) {
    throw new InputError(`The command names release ${cmd.release} but was applied to the StateBox of ${box.release}.`);
  }
  const by = maskEmails(cmd.by);
  const release = box.release;
  switch (cmd.kind) {
    case 'status':
      return { box, reply: `${release} is ${overallStatus(box)}.`, transitions: [] };
    case 'drive': {
      if (!cmd.owner) return { box, reply: `Driving ${release} (requested by ${by}).`, transitions: [] };
      const owner = cmd.owner.trim();
      const next = box.driver?.owner === owner ? box : { ...box, driver: { ...box.driver, owner } };
      return { box: next, reply: `Driving ${release} with owner ${maskEmails(owner)} (requested by ${by}).`, transitions: [] };
    }
    case 'accept':
    case 'reject': {
      const task = flowTask(release, cmd.task);
      const why = cmd.kind === 'accept' ? required(cmd.justification, 'a justification', 'accept') : required(cmd.reason, 'a reason', 'reject');
      const to: TaskStatus = cmd.kind === 'accept' ? 'Pass' : 'Fail';
      const current = box.tasks.find((t) => t.name === task);
      if (current?.status === to) {
        return { box, reply: `${task} of ${release} is already ${to}; nothing changed.`, transitions: [] };
      }
      // A decision never skips the graph: it settles a Fail or a wait for a person, nothing else.
      const refusal = decisionRefusal(box, task as FlowTask, unrecordedStart(box, task) !== undefined);
      if (refusal) {
        throw new InputError(
          `${task} of ${release} ${refusal}; /release:${cmd.kind} applies only to a task that is Fail or waits for a person's decision, so nothing changed.`,
        );
      }
      const verb = cmd.kind === 'accept' ? 'Accepted' : 'Rejected';
      const r = updateTask(
        box,
        task,
        { status: to, decided_by: by, result: `${verb} by ${by} at ${isoSeconds(now)}: ${why}${previously(current?.status, current?.result)}` },
        now,
        { human: true },
      );
      return {
        box: r.box,
        reply: `${verb} ${task} of ${release} (now ${to}), recorded with ${by}'s ${cmd.kind === 'accept' ? 'justification' : 'reason'}.`,
        transitions: r.transition ? [{ task, ...r.transition }] : [],
      };
    }
    case 'retry': {
      const task = flowTask(release, cmd.task);
      const current = box.tasks.find((t) => t.name === task);
      const was = statusBefore(box, task, current?.status);
      const r = updateTask(
        box,
        task,
        {
          status: 'Not Started',
          decided_by: by,
          result: `Retry requested by ${by} at ${isoSeconds(now)} (was ${was}).${previously(current?.status, current?.result)}`,
        },
        now,
        { human: true, reset: true },
      );
      // Jobs started before this moment belong to the old attempt: never adopt them.
      const tasks = r.box.tasks.map((t) => (t.name === task ? { ...t, reset_at: isoSeconds(now) } : t));
      // A person checked a job a dead run may have started (src/core/unrecorded.ts): start it afresh.
      return {
        box: withoutUnrecordedStarts({ ...r.box, tasks }, [task]),
        reply: `${task} of ${release} will start again on the next step${task === 'change-advisory-status' ? ' with a fresh 2-day deadline' : ''}.`,
        transitions: r.transition ? [{ task, ...r.transition }] : [],
      };
    }
    case 'record-job':
      return recordJob(box, cmd, by, now);
    case 'resolve': {
      const text = required(cmd.text, 'a resolution text', 'resolve');
      const next = resolveIssue(box, cmd.issue, `${text} (resolved by ${by})`, now);
      return { box: next, reply: `Issue ${cmd.issue} of ${release} resolved.`, transitions: [] };
    }
  }
}

/**
 * `/release:record-job`: a person found the job of an async task in Jenkins, Prow or the Errata
 * Tool (typically one a dead run started without recording it, src/core/unrecorded.ts) and
 * records it. The task becomes In Progress with that job, so the next step polls it instead of
 * starting one; the hold for a person and any claim on the task go. A recorded job is never
 * replaced (a retry clears it), and a finished task is left alone.
 */
function recordJob(box: StateBox, cmd: Extract<HumanCommand, { kind: 'record-job' }>, by: string, now: Date): CommandOutcome {
  const release = box.release;
  const task = flowTask(release, cmd.task);
  if (!isAsyncTask(task)) {
    throw new InputError(`${task} starts no job, so there is none to record: /release:record-job is for ${ASYNC_TASKS.join(', ')}.`);
  }
  const job = parseJobRef(task, cmd.job);
  const named = job.url ?? job.id;
  const current = box.tasks.find((t) => t.name === task);
  if (current?.status === 'Pass' || current?.status === 'Fail') {
    throw new InputError(`${task} of ${release} is already ${current.status}, so its job is over and nothing was recorded; /release:retry ${release} ${task} starts it again.`);
  }
  const recorded = current?.job ?? legacyJob(current?.result);
  if (recorded && recorded.id !== job.id) {
    throw new InputError(
      `${task} of ${release} already records job ${recorded.url ?? recorded.id}, and a recorded job is never replaced; nothing was recorded. ` +
        `If that job is wrong, /release:retry ${release} ${task} clears it and starts the task again.`,
    );
  }
  if (recorded && current?.job && current.status === 'In Progress') {
    return { box, reply: `${task} of ${release} already records job ${current.job.url ?? current.job.id}; nothing changed.`, transitions: [] };
  }
  // A live claim: a run is starting the task right now and records its own job.
  const { state, claim } = claimState(box, task, now, '');
  if (state === 'live') {
    const until = isoSeconds(new Date(Date.parse(claim!.at) + CLAIM_TTL_MS));
    throw new InputError(
      `run ${claim!.run} claimed ${task} of ${release} at ${claim!.at} and may be starting its job right now; nothing was recorded. Look again after ${until}.`,
    );
  }
  const was = statusBefore(box, task, current?.status);
  const r = updateTask(
    box,
    task,
    {
      status: 'In Progress',
      decided_by: by,
      job: { id: job.id, ...(job.url ? { url: job.url } : {}) },
      result: `Job ${named} recorded by ${by} at ${isoSeconds(now)} (was ${was}); it is polled, not started again.${previously(current?.status, current?.result)}`,
    },
    now,
    { human: true },
  );
  // An In Progress task without a start time (files upstream wrote) starts now.
  const tasks = r.box.tasks.map((t) => (t.name === task && !t.started_at ? { ...t, started_at: isoSeconds(now) } : t));
  return {
    box: withoutClaims(withoutUnrecordedStarts({ ...r.box, tasks }, [task]), [task]),
    reply: `Recorded job ${named} for ${task} of ${release} (now In Progress): the next step polls it and does not start ${task} again.`,
    transitions: r.transition ? [{ task, ...r.transition }] : [],
  };
}

/** What a task was before a human command, in words for its result text. */
function statusBefore(box: StateBox, task: string, status: string | undefined): string {
  const held = unrecordedStart(box, task);
  return held ? `waiting for a person: run ${held.run} may have started it at ${held.at} without recording its job` : (status ?? 'not recorded');
}
