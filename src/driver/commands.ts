import { InputError } from '../core/errors';
import { FLOW_TASKS, isFlowTask, type TaskStatus } from '../core/tasks';
import { maskEmails } from '../core/mask';
import { overallStatus } from '../core/overall';
import { isoSeconds } from '../core/time';
import { updateTask } from '../core/decide-update';
import { resolveIssue } from '../statebox/edit';
import { unrecordedStart, withoutUnrecordedStarts } from '../statebox/unrecorded';
import type { StateBox } from '../statebox/schema';
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
      const held = unrecordedStart(box, task);
      const was = held ? `waiting for a person: run ${held.run} may have started it at ${held.at} without recording its job` : (current?.status ?? 'not recorded');
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
      // A person checked a job a dead run may have started (src/statebox/unrecorded.ts): start it afresh.
      return {
        box: withoutUnrecordedStarts({ ...r.box, tasks }, [task]),
        reply: `${task} of ${release} will start again on the next step${task === 'change-advisory-status' ? ' with a fresh 2-day deadline' : ''}.`,
        transitions: r.transition ? [{ task, ...r.transition }] : [],
      };
    }
    case 'resolve': {
      const text = required(cmd.text, 'a resolution text', 'resolve');
      const next = resolveIssue(box, cmd.issue, `${text} (resolved by ${by})`, now);
      return { box: next, reply: `Issue ${cmd.issue} of ${release} resolved.`, transitions: [] };
    }
  }
}
