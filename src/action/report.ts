/**
 * What a run tells the workflow: outputs (releases driven, status per release) and the job
 * summary, written in `finally` so a failed run still explains itself.
 */
import * as core from '@actions/core';
import { SUMMARY_TITLE, writeJobSummary } from '../adapters/notify/summary';
import { errorMessage } from '../core/errors';
import type { OperationsBudget } from '../ports/budget';
import type { Overall, RunResult } from '../driver/types';
import { mdText } from '../adapters/notify/markup';

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

/** The lines about the run itself: trigger, why it left early, budget, error. */
export function renderRunFacts(run: RunRecord): string {
  const lines: string[] = [];
  if (run.trigger) lines.push(`Trigger: ${run.trigger}${run.dryRun ? ' (dry run: nothing written)' : ''}.`);
  if (run.leftEarly) lines.push(run.leftEarly);
  if (run.result?.skipped?.length && run.budget) lines.push(`⚠️ ${budgetMessage(run.budget, run.result.skipped)}`);
  if (run.budget) lines.push(`GitHub operations: ${run.budget.spent} of ${run.budget.limit}.`);
  if (run.error !== undefined) lines.push(`❌ ${mdText(errorMessage(run.error))}`);
  return lines.map((l) => `${l}\n`).join('\n');
}

/**
 * Writes the job summary: the releases (the shared renderer, with its size guard) and then
 * the facts of the run. A summary that cannot be written is a warning; the run's result stands.
 */
export async function writeRunSummary(run: RunRecord, opts: { now: Date; runUrl?: string }): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    if (run.result) {
      await writeJobSummary(run.result.releases, {
        now: opts.now,
        ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
        ...(run.result.skipped?.length ? { skipped: run.result.skipped } : {}),
        log: { info: core.info, warning: core.warning, error: core.error, debug: core.debug },
      });
      await core.summary.addRaw(`\n${renderRunFacts(run)}`).write();
    } else {
      await core.summary.addHeading(SUMMARY_TITLE, 2).addEOL().addRaw(renderRunFacts(run)).write();
    }
  } catch (err) {
    core.summary.emptyBuffer();
    core.warning(`Could not write the job summary: ${errorMessage(err)}`);
  }
}
