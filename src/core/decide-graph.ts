import { FLOW_TASKS, tasksAfter, tasksBefore, type FlowTask, type TaskStatus } from './tasks';
import type { StateBox, StateBoxTask } from './model';

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
    // analyze-candidate-build starts with the flow: a task past the sequential chain started means upstream skipped it.
    const candidates = task === 'analyze-candidate-build' ? laterTasks('check-rhcos-security-alerts') : laterTasks(task);
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

/**
 * Whether a person's accept or reject may apply to a task: only a task that is Fail or waits for
 * a person (a gate awaiting a decision, a task held for a person). Otherwise the words that say
 * what the task waits on instead, so a decision never lets a task skip the graph.
 */
export function decisionRefusal(box: StateBox, task: FlowTask, heldForPerson: boolean): string | undefined {
  const record = findTask(box, task);
  if (record?.status === 'Fail' || record?.awaits_decision === true || heldForPerson) return undefined;
  const views = viewTasks(box);
  const view = views.get(task);
  if (record?.status === 'Pass') return 'is already Pass';
  if (view?.kind === 'assumed' || view?.kind === 'skipped') return `is ${view.kind === 'skipped' ? 'skipped for this release' : 'counted as done'}`;
  if (record?.status === 'In Progress') {
    const job = record.job?.url ?? record.job?.id;
    return `is In Progress${job ? ` (job ${job})` : ''} and waits for its own result`;
  }
  const pending = prerequisites(task).filter((p) => !isDone(views.get(p)));
  if (pending.length > 0) return `has not started: it waits for ${pending.join(', ')} to pass`;
  return 'has not started: it starts on the next step once what it waits on outside is ready';
}
