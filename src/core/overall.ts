import { isFlowTask, tasksAfter, type FlowTask } from './tasks';
import type { StateBox, StateBoxIssue } from './model';
import type { Overall } from './config';

/** The release has shipped: change-advisory-status passed and nothing more is to be done. */
export function hasShipped(box: StateBox): boolean {
  return box.tasks.some((t) => t.name === 'change-advisory-status' && t.status === 'Pass');
}

/** The flow tasks an issue names in `related_tasks`. */
function relatedFlowTasks(issue: StateBoxIssue): FlowTask[] {
  return (issue.related_tasks ?? []).filter(isFlowTask);
}

/** An unresolved blocker that names no flow task stops the whole release. */
function stopsRelease(issue: StateBoxIssue): boolean {
  return issue.blocker && !issue.resolved && relatedFlowTasks(issue).length === 0;
}

/** Why a release is Red: failed flow tasks and unresolved blocker issues tied to no task (1-based issue numbers). */
export function redReasons(box: StateBox): string[] {
  const reasons: string[] = [];
  for (const t of box.tasks) {
    // Task names this flow does not run (check-greenwave-cvp-tests, …) are kept but never judged.
    if (isFlowTask(t.name) && t.status === 'Fail') reasons.push(`${t.name} failed`);
  }
  box.issues.forEach((issue, i) => {
    if (stopsRelease(issue)) reasons.push(`blocker issue #${i + 1} unresolved: ${issue.issue}`);
  });
  return reasons;
}

/** A blocker issue that holds some tasks: its 1-based number and text. */
export interface Hold {
  readonly issue: number;
  readonly text: string;
}

/**
 * Tasks held by unresolved blocker issues with `related_tasks` (upstream's take-ownership adds
 * one tied to push-to-cdn-staging while advisories are in NEW_FILES): those tasks and every
 * task after them wait; the rest of the release goes on. The first holding issue is named.
 */
export function blockerHolds(box: StateBox): Map<FlowTask, Hold> {
  const holds = new Map<FlowTask, Hold>();
  box.issues.forEach((issue, i) => {
    if (!issue.blocker || issue.resolved) return;
    for (const task of relatedFlowTasks(issue)) {
      for (const held of [task, ...tasksAfter(task)]) {
        if (!holds.has(held)) holds.set(held, { issue: i + 1, text: issue.issue });
      }
    }
  });
  return holds;
}

/**
 * Overall status, derived and never stored: Green exactly when change-advisory-status is Pass
 * (the release shipped, whatever analyze-candidate-build said); otherwise Red on any failed
 * task or unresolved blocker issue tied to no task; otherwise In Progress.
 */
export function overallStatus(box: StateBox): Overall {
  if (hasShipped(box)) return 'Green';
  return redReasons(box).length > 0 ? 'Red' : 'In Progress';
}
