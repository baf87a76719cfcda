/**
 * BO3 ("best of three") evaluation of a test-result file from the `record` branch
 * (`_releases/ocp-test-result-{build}-amd64.json`), computed exactly as upstream's
 * TestResultAggregator does (openshift/release-tests prow/job/controller.py), from the job
 * data alone: the `aggregated`/`accepted` already in the file are ignored here.
 */
import { z } from 'zod';
import { InputError } from './errors';
import { isRelease } from './version';

export type JobVerdict = 'pass' | 'fail' | 'pending';

export interface JobEvaluation {
  readonly name: string;
  readonly verdict: JobVerdict;
  /** The first run plus every retry. */
  readonly runs: number;
  /** Runs whose jobState is `success`, first run included. */
  readonly successes: number;
}

export interface TestResultEvaluation {
  readonly build: string;
  /** Every job has a decided verdict (and there is at least one job). */
  readonly aggregated: boolean;
  /** Every job passes; null while not aggregated. */
  readonly accepted: boolean | null;
  readonly jobs: readonly JobEvaluation[];
}

// A Prow run as the aggregator records it. A freshly triggered run holds only `jobID`.
const prowRunSchema = z.looseObject({
  jobID: z.string().optional(),
  jobURL: z.string().optional(),
  jobState: z.string().optional(),
  jobStartTime: z.string().nullable().optional(),
  jobCompletionTime: z.string().nullable().optional(),
});

const jobSchema = z.looseObject({
  jobName: z.string().min(1),
  firstJob: prowRunSchema,
  retriedJobs: z.array(prowRunSchema).nullable().optional(),
});

export const testResultFileSchema = z.looseObject({
  result: z.array(jobSchema),
  build: z.looseObject({ name: z.string().min(1) }),
  aggregated: z.boolean().optional(),
  accepted: z.boolean().optional(),
  // Read as upstream reads it (isManuallyPromoted); any value is allowed, only `true` counts.
  manual_promotion: z.unknown().optional(),
});

export type TestResultFile = z.infer<typeof testResultFileSchema>;
type ProwRun = z.infer<typeof prowRunSchema>;
type TestJob = z.infer<typeof jobSchema>;

/**
 * Python 3 `round(x)` for a float: nearest integer, ties to even (banker's rounding).
 * `x - floor(x)` is exact for doubles, so the tie test sees the same value Python does.
 */
export function pythonRound(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Successful retries a failed job needs: upstream's `round((len(retriedJobs) + 1.1) / 2)`. */
export function requiredRetrySuccesses(retries: number): number {
  return pythonRound((retries + 1.1) / 2);
}

const isCompleted = (run: ProwRun): boolean => Boolean(run.jobCompletionTime);
const isSuccess = (run: ProwRun): boolean => run.jobState === 'success';

/**
 * Upstream's TestJobResult: a job passes when its first run succeeded, or when it was retried,
 * every retry has completed and enough retries succeeded. It is decided (fail) once every run
 * has completed without passing; until then it is pending.
 */
export function evaluateJob(job: TestJob): JobEvaluation {
  const retries = job.retriedJobs ?? [];
  const retriesCompleted = retries.every(isCompleted);
  const retrySuccesses = retries.filter(isSuccess).length;
  const retryPassed = retries.length > 0 && retriesCompleted && retrySuccesses >= requiredRetrySuccesses(retries.length);
  const passed = isSuccess(job.firstJob) || retryPassed;
  const completed = isCompleted(job.firstJob) && retriesCompleted;
  return {
    name: job.jobName,
    verdict: passed ? 'pass' : completed ? 'fail' : 'pending',
    runs: 1 + retries.length,
    successes: (isSuccess(job.firstJob) ? 1 : 0) + retrySuccesses,
  };
}

const KIND_WORDS: Readonly<Record<string, string>> = { object: 'an object', array: 'a list', string: 'text', boolean: 'true or false', number: 'a number' };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let cur = json;
  for (const key of path) cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, key) ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  return cur;
}

/** A zod issue in words, as StateBox errors say them (`result[0].firstJob: is required`), never zod's "Invalid input: …". */
function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  const value = valueAt(json, issue.path);
  if (where === '') return `expected a JSON object with "result" (the jobs) and "build", got ${kindOf(value)}`;
  if (value === undefined) return `${where}: is required`;
  if (issue.code === 'invalid_type') return `${where}: expected ${KIND_WORDS[issue.expected] ?? issue.expected}, got ${kindOf(value)}`;
  if (issue.code === 'too_small' && value === '') return `${where}: must not be empty`;
  return `${where}: not valid, got ${kindOf(value)}`;
}

/** Validates parsed JSON as a test-result file; the error is one sentence naming `source` and the bad field. */
export function parseTestResultFile(json: unknown, source = 'test result'): TestResultFile {
  const parsed = testResultFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InputError(`${source} is not a test-result file: ${first ? describeIssue(first, json) : 'it does not match the format'}.`);
  }
  return parsed.data;
}

/** Parses the text of a test-result file (JSON), with errors naming `source`. */
export function parseTestResultText(text: string, source = 'test result'): TestResultFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${source} is not valid JSON: ${(err as Error).message}.`);
  }
  return parseTestResultFile(json, source);
}

/**
 * A person promoted the build although its tests were not accepted (`oar` / the job controller's
 * promote_test_results_for_build writes `manual_promotion: true`, keeping `accepted: false`).
 * Upstream counts it as accepted: the dashboard shows "Accepted (Manually Promoted)"
 * (tools/auto_release_test_dashboard.py get_col_state), the aggregator labels the payload
 * Accepted (prow/job/controller.py TestResultAggregator.start, `is_qe_accepted() or
 * __is_test_result_promoted_manually`), and the checker sends no rejection
 * (tools/auto_release_test_result_checker.py check_file). Upstream tests the key's presence;
 * we ask for `true`, the only value it writes, on an aggregated file (`accepted: true` needs no
 * promotion).
 */
export function isManuallyPromoted(file: TestResultFile): boolean {
  // Promoting also sets `aggregated: false` until the aggregator's next pass: a wait until then.
  return file.manual_promotion === true && file.accepted === false && file.aggregated === true;
}

/** The BO3 verdict of a whole file, ignoring any `aggregated`/`accepted` it already holds. */
export function evaluateTestResult(json: unknown, source?: string): TestResultEvaluation {
  const file = parseTestResultFile(json, source);
  const jobs = file.result.map(evaluateJob);
  // Upstream never marks an empty result as aggregated (total > 0).
  const aggregated = jobs.length > 0 && jobs.every((j) => j.verdict !== 'pending');
  return {
    build: file.build.name,
    aggregated,
    accepted: aggregated ? jobs.every((j) => j.verdict === 'pass') : null,
    jobs,
  };
}

// Strict on purpose: the build ends up in a repository path.
const NIGHTLY_RE = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.0-0\.nightly-\d{4}-\d{2}-\d{2}-\d{6}$/;

/** A build whose test results upstream records: a release (4.20.1) or an amd64 nightly (4.20.0-0.nightly-2025-10-28-123456). */
export function isTestBuild(build: unknown): build is string {
  return typeof build === 'string' && (isRelease(build) || NIGHTLY_RE.test(build));
}

/** Where the test results of a build live on the record branch. */
export function testResultPath(build: string): string {
  if (!isTestBuild(build)) {
    const text = String(build);
    const shown = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
    throw new InputError(`${shown} is not a build: expected a release such as 4.20.1 or a nightly such as 4.20.0-0.nightly-2025-10-28-123456.`);
  }
  return `_releases/ocp-test-result-${build}-amd64.json`;
}
