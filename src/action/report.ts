/**
 * What a run tells the workflow: outputs (releases driven, status per release) and the job
 * summary, written in `finally` so a failed run still explains itself.
 */
import * as core from '@actions/core';
import { errorMessage } from '../core/errors';
import type { OperationsBudget } from '../driver/budget';
import type { Overall, RunResult } from '../driver/types';

/** What the job summary needs to know about the run, filled in as the run goes. */
export interface RunRecord {
  trigger?: string;
  /** Why the run left early (event not ours, command refused). */
  leftEarly?: string;
  result?: RunResult;
  budget?: OperationsBudget;
  dryRun?: boolean;
  error?: unknown;
}

export function setRunOutputs(result: RunResult): void {
  const releases = result.releases.map((r) => r.release);
  const status: Record<string, Overall> = {};
  for (const r of result.releases) if (!r.error) status[r.release] = r.overall;
  core.setOutput('releases', JSON.stringify(releases));
  core.setOutput('status', JSON.stringify(status));
}

/** The sentence that says a run stopped on its budget, naming the input that raises it. */
export function budgetMessage(budget: OperationsBudget, skipped: readonly string[]): string {
  return `Stopped after ${budget.spent} GitHub operations (max-operations is ${budget.limit}): ${skipped.join(', ')} left for the next run; raise max-operations to drive more releases per run.`;
}

/** Releases that could not be driven, as one sentence for core.setFailed; undefined when none. */
export function releaseFailures(result: RunResult): string | undefined {
  const failed = result.releases.filter((r) => r.error);
  const first = failed[0];
  if (!first) return undefined;
  const more = failed.length > 1 ? ` (and ${failed.length - 1} more release(s) with errors, see the job summary)` : '';
  return `${first.release} could not be driven: ${first.error}${more}`;
}

const BADGE: Record<Overall, string> = { Green: '🟢 Green', Red: '🔴 Red', 'In Progress': '🟡 In Progress' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** The Markdown of the job summary; short enough by construction (one row per release). */
export function renderRunSummary(run: RunRecord): string {
  const lines: string[] = ['## Konflux release driver', ''];
  if (run.trigger) lines.push(`Trigger: ${run.trigger}${run.dryRun ? ' (dry run: nothing written)' : ''}`, '');
  if (run.leftEarly) lines.push(run.leftEarly, '');
  const result = run.result;
  if (result && result.releases.length > 0) {
    lines.push('| release | overall | waiting on | written |', '|---|---|---|---|');
    for (const r of result.releases) {
      const waits = r.error ? `error: ${r.error}` : r.waits.join('; ') || '—';
      lines.push(`| ${r.release} | ${r.error ? '⚠️ error' : BADGE[r.overall]} | ${cell(waits)} | ${r.wrote ? 'yes' : 'no'} |`);
    }
    lines.push('');
    const notes = result.releases.flatMap((r) => (r.notes ?? []).map((n) => `- ${r.release}: ${n}`));
    if (notes.length) lines.push('Notes:', ...notes, '');
  } else if (result) {
    lines.push('No active release to drive.', '');
  }
  if (result?.skipped?.length && run.budget) lines.push(`⚠️ ${budgetMessage(run.budget, result.skipped)}`, '');
  if (run.budget) lines.push(`GitHub operations: ${run.budget.spent} of ${run.budget.limit}.`, '');
  if (run.error !== undefined) lines.push(`❌ ${errorMessage(run.error)}`, '');
  return lines.join('\n');
}

/** Writes the job summary; a failure to write it is a warning (the run's own result stands). */
export async function writeRunSummary(run: RunRecord): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(renderRunSummary(run), true).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}
