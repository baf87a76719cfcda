/**
 * What the driver itself recorded, kept in the StateBox's driver section (`driver.recorded.{task}`)
 * because `oar` writes the same file: on a conflict upstream's save merges by putting its own,
 * possibly stale, copy of each task over ours (oar/core/statebox.py `_merge_states`), so a Pass
 * the driver wrote can come back as In Progress and a job reference can vanish. And when the
 * stage-release pipeline is not done, oar logs ERROR lines and may record Fail where the driver
 * sees a wait. The next run puts back what the driver knows, and says so.
 */
import { parseTimestamp } from '../core/time';
import { resetAtOf } from '../core/claims';
import { driverEntry, isPlainObject, withDriverEntry } from '../core/driver-section';
import type { JobRecord, StateBox, StateBoxTask } from '../core/model';

const KEY = 'recorded';
/** How much of a result the memory keeps: enough to say what it was, not a second log. */
const RESULT_TAIL = 400;

export type Recorded =
  /** A final status the driver wrote (with its times and job). */
  | { readonly status: 'Pass' | 'Fail'; readonly at: string; readonly started_at?: string | null; readonly completed_at?: string | null; readonly job?: JobRecord; readonly result?: string }
  /** A job the driver recorded for a running task. */
  | { readonly status: 'In Progress'; readonly at: string; readonly job: JobRecord }
  /** The executor said wait (stage-release not done): not a Fail, whatever oar wrote. */
  | { readonly status: 'Wait'; readonly at: string; readonly reason: string };

export function recordedOf(box: StateBox): Record<string, Recorded> {
  const entry = driverEntry(box, KEY);
  if (!isPlainObject(entry)) return {};
  const out: Record<string, Recorded> = {};
  for (const [task, value] of Object.entries(entry)) {
    if (isPlainObject(value) && typeof value['status'] === 'string' && typeof value['at'] === 'string') out[task] = value as unknown as Recorded;
  }
  return out;
}

function withRecordedMap(box: StateBox, map: Record<string, Recorded>): StateBox {
  return withDriverEntry(box, KEY, Object.keys(map).length ? map : undefined);
}

/** Remembers what the driver recorded for `task` (a wait only the first time: its start matters, and a quiet run writes nothing). */
export function remember(box: StateBox, task: string, entry: Recorded): StateBox {
  const map = recordedOf(box);
  if (entry.status === 'Wait' && map[task]?.status === 'Wait') return box;
  return withRecordedMap(box, { ...map, [task]: entry });
}

/** The memory of a task that just recorded a final status or a job. */
export function outcomeOf(task: StateBoxTask, at: string): Recorded | undefined {
  if (task.status === 'Pass' || task.status === 'Fail') {
    const result = task.result ?? '';
    return {
      status: task.status,
      at,
      started_at: task.started_at ?? null,
      completed_at: task.completed_at ?? null,
      ...(task.job ? { job: task.job } : {}),
      ...(result ? { result: result.length > RESULT_TAIL ? `…${result.slice(-RESULT_TAIL)}` : result } : {}),
    };
  }
  if (task.status === 'In Progress' && task.job) return { status: 'In Progress', at, job: task.job };
  return undefined;
}

/**
 * Remembers the final status or the job `task` holds now, when that is news (another status or
 * job than remembered): a quiet run writes nothing.
 */
export function rememberOutcome(box: StateBox, name: string, at: string): StateBox {
  const task = box.tasks.find((t) => t.name === name);
  const memory = task ? outcomeOf(task, at) : undefined;
  if (!memory) return box;
  const known = recordedOf(box)[name];
  const jobOf = (r: Recorded | undefined): string | undefined => (r && 'job' in r ? r.job?.id : undefined);
  if (known?.status === memory.status && jobOf(known) === jobOf(memory)) return box;
  return remember(box, name, memory);
}

export interface Restored {
  readonly task: string;
  /** One sentence: what was found and what was put back. */
  readonly text: string;
}

/**
 * Puts back what the driver recorded where another writer regressed it: a Pass or Fail back to
 * In Progress (or gone), a job reference dropped, a Fail recorded over the driver's wait. A
 * person's retry (reset_at after the memory) or decision ends the memory instead.
 */
export function restoreRegressions(box: StateBox): { box: StateBox; restored: Restored[] } {
  const map = recordedOf(box);
  const keep: Record<string, Recorded> = {};
  const restored: Restored[] = [];
  let tasks = box.tasks;
  const put = (name: string, fields: Partial<StateBoxTask>): void => {
    const exists = tasks.some((t) => t.name === name);
    const base: StateBoxTask = { name, status: 'Not Started', started_at: null, completed_at: null, result: null };
    tasks = exists ? tasks.map((t) => (t.name === name ? { ...t, ...fields } : t)) : [...tasks, { ...base, ...fields }];
  };
  for (const [name, entry] of Object.entries(map)) {
    const task = tasks.find((t) => t.name === name);
    const since = parseTimestamp(entry.at) ?? 0;
    const resetAt = parseTimestamp(resetAtOf(task));
    if ((resetAt !== undefined && resetAt >= since) || (task?.decided_by !== undefined && task.status !== entry.status)) continue;
    if (entry.status === 'Pass' || entry.status === 'Fail') {
      keep[name] = entry;
      if (task && task.status !== 'In Progress' && task.status !== 'Not Started') continue;
      const was = task?.status ?? 'gone';
      put(name, {
        status: entry.status,
        started_at: entry.started_at ?? null,
        completed_at: entry.completed_at ?? null,
        ...(entry.job ? { job: entry.job } : {}),
        result: `${entry.result ?? ''}\n(Restored by the driver: another writer had put ${name} back to ${was}; the driver recorded ${entry.status} at ${entry.at}.)`.trim(),
      });
      restored.push({ task: name, text: `${name} was ${was} after another writer's save; restored the ${entry.status} the driver recorded at ${entry.at}` });
      continue;
    }
    if (entry.status === 'In Progress') {
      if (task?.status === 'In Progress' && !task.job) {
        put(name, { job: entry.job });
        restored.push({ task: name, text: `${name} lost its job reference in another writer's save; restored job ${entry.job.url ?? entry.job.id}` });
      }
      if (!task || task.status === 'In Progress') keep[name] = entry;
      continue;
    }
    // A wait: oar's Fail over it is its reading of ERROR lines, not the task's result.
    const { reason } = entry as Extract<Recorded, { status: 'Wait' }>;
    if (task?.status === 'Fail' && task.decided_by === undefined) {
      put(name, { status: 'Not Started', started_at: null, completed_at: null, result: `Waiting, not failed: ${reason} (oar recorded Fail; the driver's wait wins).` });
      restored.push({ task: name, text: `${name} was recorded Fail by oar while it waits (${reason}); the driver's wait wins` });
      keep[name] = entry;
      continue;
    }
    if (!task || task.status === 'Not Started') keep[name] = entry;
  }
  const next = withRecordedMap({ ...box, tasks }, keep);
  return { box: restored.length || JSON.stringify(keep) !== JSON.stringify(map) ? next : box, restored };
}
