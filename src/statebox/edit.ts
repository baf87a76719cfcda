import { InputError } from '../core/errors';
import { maskEmails, maskOptional } from '../core/mask';
import { isoSeconds } from '../core/time';
import { parseRelease } from '../core/version';
import { fieldPath } from './yaml';
import { type StateBox, type StateBoxIssue, type StateBoxMetadata, type StateBoxTask, insertTaskInFlowOrder, metadataSchema } from '../core/model';

// Pure edits: each returns a new StateBox and leaves its input untouched, so a failed write can
// be retried by re-applying the same edit to a fresh read.

export const SCHEMA_VERSION = '1.0';

export function newStateBox(release: string, metadata: StateBoxMetadata, now: Date): StateBox {
  const version = parseRelease(release);
  const checked = metadataSchema.safeParse(metadata);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InputError(`Cannot create the StateBox of ${version.text}: metadata.${fieldPath(issue.path)}: ${issue.message}.`);
  }
  const at = isoSeconds(now);
  return {
    schema_version: SCHEMA_VERSION,
    release: version.text,
    created_at: at,
    updated_at: at,
    metadata: structuredClone(metadata),
    tasks: [],
    issues: [],
  };
}

export interface NewIssue {
  text: string;
  blocker: boolean;
  tasks?: readonly string[];
  now: Date;
}

/** An issue's text as a StateBox keeps it: trimmed, emails masked. */
export function issueTextOf(text: string): string {
  return maskEmails(text.trim());
}

export function addIssue(box: StateBox, { text, blocker, tasks = [], now }: NewIssue): StateBox {
  const issueText = issueTextOf(text);
  if (issueText === '') throw new InputError(`Cannot add an issue to ${box.release}: the issue text is empty.`);
  const issue: StateBoxIssue = {
    issue: issueText,
    reported_at: isoSeconds(now),
    resolved: false,
    resolution: null,
    blocker,
    related_tasks: [...tasks],
  };
  return { ...box, updated_at: isoSeconds(now), issues: [...box.issues, issue] };
}

/** Resolves issue number `index`, counted from 1 as people see them in summaries. */
export function resolveIssue(box: StateBox, index: number, text: string, now: Date): StateBox {
  const count = box.issues.length;
  if (!Number.isInteger(index) || index < 1 || index > count) {
    const range = count === 0 ? 'it has no issues' : `expected 1 to ${count}`;
    throw new InputError(`Issue ${index} does not exist in the StateBox of ${box.release}: ${range}.`);
  }
  const current = box.issues[index - 1]!;
  if (current.resolved) {
    throw new InputError(`Issue ${index} of ${box.release} is already resolved${current.resolved_at ? ` (at ${current.resolved_at})` : ''}.`);
  }
  const resolution = maskEmails(text.trim());
  if (resolution === '') throw new InputError(`Cannot resolve issue ${index} of ${box.release}: the resolution text is empty.`);
  const resolved: StateBoxIssue = { ...current, resolved: true, resolution, resolved_at: isoSeconds(now) };
  const issues = box.issues.map((issue, i) => (i === index - 1 ? resolved : issue));
  return { ...box, updated_at: isoSeconds(now), issues };
}

/** A change to a task; a field set to `undefined` is removed (a reset drops the old job). */
export type TaskPatch = { [K in keyof Omit<StateBoxTask, 'name'>]?: StateBoxTask[K] | undefined } & Record<string, unknown>;

function applyPatch(task: StateBoxTask, patch: TaskPatch): StateBoxTask {
  const out: Record<string, unknown> = { ...task };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'name') continue;
    if (value === undefined) delete out[key];
    else out[key] = key === 'result' ? maskOptional(value as string | null) : value;
  }
  return out as StateBoxTask;
}

/** Updates a task, creating it (Not Started, in flow order) when the StateBox lacks it. */
export function upsertTask(box: StateBox, name: string, patch: TaskPatch, now: Date): StateBox {
  if (name.trim() === '') throw new InputError(`Cannot update a task of ${box.release}: the task name is empty.`);
  const existing = box.tasks.findIndex((t) => t.name === name);
  let tasks: StateBoxTask[];
  if (existing >= 0) {
    tasks = box.tasks.map((t, i) => (i === existing ? applyPatch(t, patch) : t));
  } else {
    const fresh: StateBoxTask = { name, status: 'Not Started', started_at: null, completed_at: null, result: null };
    tasks = insertTaskInFlowOrder(box.tasks, applyPatch(fresh, patch));
  }
  return { ...box, updated_at: isoSeconds(now), tasks };
}
