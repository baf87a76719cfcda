import { isFlowTask } from './tasks';
import type { StateBox } from '../statebox/schema';
import type { Overall } from '../driver/types';

/** The release has shipped: change-advisory-status passed and nothing more is to be done. */
export function hasShipped(box: StateBox): boolean {
  return box.tasks.some((t) => t.name === 'change-advisory-status' && t.status === 'Pass');
}

/** Why a release is Red: failed flow tasks and unresolved blocker issues (1-based issue numbers). */
export function redReasons(box: StateBox): string[] {
  const reasons: string[] = [];
  for (const t of box.tasks) {
    // Task names this flow does not run (check-greenwave-cvp-tests, …) are kept but never judged.
    if (isFlowTask(t.name) && t.status === 'Fail') reasons.push(`${t.name} failed`);
  }
  box.issues.forEach((issue, i) => {
    if (issue.blocker && !issue.resolved) reasons.push(`blocker issue #${i + 1} unresolved: ${issue.issue}`);
  });
  return reasons;
}

/**
 * Overall status, derived and never stored: Green exactly when change-advisory-status is Pass
 * (the release shipped, whatever analyze-candidate-build said); otherwise Red on any failed
 * task or unresolved blocker issue; otherwise In Progress.
 */
export function overallStatus(box: StateBox): Overall {
  if (hasShipped(box)) return 'Green';
  return redReasons(box).length > 0 ? 'Red' : 'In Progress';
}
