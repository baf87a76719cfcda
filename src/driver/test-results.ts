/** Reads a build's test-result file from the record branch through the StateStore port. */
import { evaluateTestResult, isManuallyPromoted, parseTestResultText, testResultPath, type TestResultEvaluation } from '../core/bo3';
import type { StateStore } from '../ports/store';

/**
 * The four things a release can find on the record branch; the first three are distinct waits
 * (spec: "file not yet created", "aggregation not started", "still aggregating").
 */
export type TestResultObservation =
  | { readonly state: 'missing'; readonly path: string }
  | { readonly state: 'no-aggregated-field'; readonly path: string; readonly evaluation: TestResultEvaluation }
  | { readonly state: 'not-aggregated'; readonly path: string; readonly evaluation: TestResultEvaluation }
  | {
      readonly state: 'aggregated';
      readonly path: string;
      /** The file's own `accepted`, as upstream uses it (absent counts as not accepted), or a manual promotion. */
      readonly accepted: boolean;
      /** Accepted only because a person promoted the build: "Accepted (Manually Promoted)". */
      readonly manuallyPromoted?: true;
      /** Our BO3 evaluation of the same data, for per-job verdicts in summaries. */
      readonly evaluation: TestResultEvaluation;
    };

/**
 * Throws InputError for an invalid build or a malformed file (naming the store and path);
 * errors of the store itself (TransientError, PermanentError) pass through.
 */
export async function readTestResult(recordStore: StateStore, build: string): Promise<TestResultObservation> {
  const path = testResultPath(build);
  const stored = await recordStore.read(path);
  if (!stored) return { state: 'missing', path };
  const source = `${recordStore.describe}: ${path}`;
  const file = parseTestResultText(stored.content, source);
  const evaluation = evaluateTestResult(file, source);
  if (file.aggregated === undefined) return { state: 'no-aggregated-field', path, evaluation };
  if (!file.aggregated) return { state: 'not-aggregated', path, evaluation };
  if (isManuallyPromoted(file)) return { state: 'aggregated', path, accepted: true, manuallyPromoted: true, evaluation };
  return { state: 'aggregated', path, accepted: file.accepted === true, evaluation };
}
