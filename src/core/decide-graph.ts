import { FLOW_TASKS, tasksAfter, tasksBefore, type FlowTask, type TaskStatus } from './tasks';
import type { StateBox, StateBoxTask } from '../statebox/schema';

/** Konflux releases have a shipment MR: they run check-rhcos-security-alerts and wait on stage-release. */
export function isKonflux(box: StateBox): boolean {
  return typeof box.metadata.shipment_mr === 'string' && box.metadata.shipment_mr.trim() !== '';
}

/**
 * Flow tasks that must be done before a task may start: every task before it in the graph
 * (src/core/tasks.ts TASK_INFO), at that moment. Outside conditions are in decide.
 */
export function prerequisites(task: FlowTask): readonly FlowTask[] {
  return tasksBefore(task);
}

/** Every task that (transitively) needs `task` done first. */
export function laterTasks(task: FlowTask): FlowTask[] {
  return tasksAfter(task);
}

export type TaskView =
  | { readonly kind: 'recorded'; readonly record: StateBoxTask; readonly status: TaskStatus }
  | { readonly kind: 'absent' }
  /** Not recorded, but a later task has started: upstream ran it without recording it. */
  | { readonly kind: 'assumed'; readonly because: FlowTask }
  /** Not part of this release's flow (check-rhcos-security-alerts without a shipment MR). */
  | { readonly kind: 'skipped' };

function started(record: StateBoxTask | undefined): boolean {
  return record !== undefined && record.status !== 'Not Started';
}

export function findTask(box: StateBox, name: string): StateBoxTask | undefined {
  return box.tasks.find((t) => t.name === name);
}

/**
 * How the flow sees each task. Real StateBoxes never record create-test-report or
 * check-rhcos-security-alerts and some lack analyze-candidate-build or analyze-promoted-build:
 * when a later task has started, those count as done and are never run retroactively.
 */
export function viewTasks(box: StateBox): Map<FlowTask, TaskView> {
  const konflux = isKonflux(box);
  const views = new Map<FlowTask, TaskView>();
  for (const task of FLOW_TASKS) {
    const record = findTask(box, task);
    if (record) {
      views.set(task, { kind: 'recorded', record, status: record.status });
      continue;
    }
    if (task === 'check-rhcos-security-alerts' && !konflux) {
      views.set(task, { kind: 'skipped' });
      continue;
    }
    // analyze-candidate-build starts with the flow: any other started task means it was skipped upstream.
    const candidates =
      task === 'analyze-candidate-build' ? FLOW_TASKS.filter((t) => t !== task) : laterTasks(task);
    const because = candidates.find((t) => started(findTask(box, t)));
    views.set(task, because ? { kind: 'assumed', because } : { kind: 'absent' });
  }
  return views;
}

/** Done for the purpose of starting later tasks: Pass, assumed done, or skipped. */
export function isDone(view: TaskView | undefined): boolean {
  if (!view) return false;
  return view.kind === 'assumed' || view.kind === 'skipped' || (view.kind === 'recorded' && view.status === 'Pass');
}

export function statusOf(view: TaskView | undefined): TaskStatus | undefined {
  return view?.kind === 'recorded' ? view.status : undefined;
}
