/**
 * The words a release engineer reads in summaries, Slack and `krd drive`: what a release
 * waits on and why. Kept in one place so every surface says the same thing. What a wait is
 * about travels as data (`Wait`); the words are rendered from it (`waitLine`) and never read back.
 */
import type { FlowTask } from './tasks';
import type { Probe } from './decide';

/**
 * What a wait is on. Outside conditions: promotion, stage-release, test-results, release-date,
 * prod-metadata. Inside the flow: tasks (prerequisite tasks not done yet). A person: person
 * (a decision, a job to record, an owner to name), blocker (an unresolved blocker issue).
 * Something off: stuck (a job far beyond its usual time), check-failed (a probe failed; see
 * `checks`), build-data (StateBox metadata the flow needs is missing). The release as a whole:
 * stopped (Red), shipped. Only the views add: running (a job in progress) and unchecked (an
 * outside fact only a drive run checks; see `checks`). Met while a run acts: executor (the
 * executor said the task must wait without saying on what), claim (this run could not claim
 * the task: another run is starting it, or the claim write failed).
 */
export type WaitOn =
  | 'promotion'
  | 'stage-release'
  | 'test-results'
  | 'release-date'
  | 'prod-metadata'
  | 'tasks'
  | 'person'
  | 'blocker'
  | 'stuck'
  | 'check-failed'
  | 'build-data'
  | 'stopped'
  | 'shipped'
  | 'running'
  | 'unchecked'
  | 'executor'
  | 'claim';

/** One wait as data: the tasks it holds (none for the release as a whole), what it is on, its words. */
export interface Wait {
  readonly tasks: readonly FlowTask[];
  readonly on: WaitOn;
  /** The words after `tasks: ` (the whole line when it names no task). */
  readonly detail: string;
  /** check-failed and unchecked: the outside facts that could not be, or were not, checked. */
  readonly checks?: readonly Probe[];
}

/**
 * The line people read: `task, task: detail`, the detail alone for the release as a whole, and
 * a running job as a sentence about its task (`stage-testing running for 2h (job 1674)`).
 */
export function waitLine(wait: Wait): string {
  if (wait.tasks.length === 0) return wait.detail;
  return `${wait.tasks.join(', ')}${wait.on === 'running' ? ' ' : ': '}${wait.detail}`;
}

/** The outside condition each probe checks (candidate and promoted test results are both test results). */
export const PROBE_CONDITION: Readonly<Record<Probe, 'promotion' | 'stage-release' | 'test-results' | 'prod-metadata'>> = {
  promotion: 'promotion',
  stageRelease: 'stage-release',
  promotedTestResult: 'test-results',
  candidateTestResult: 'test-results',
  prodMetadata: 'prod-metadata',
};

/** `2025-11-03T00:00Z`: minute precision is enough for people. */
export function minuteTime(ms: number | Date): string {
  return new Date(ms).toISOString().slice(0, 16) + 'Z';
}

/** `2d 3h`, `5h 20m`, `45m`. */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  return `${m}m`;
}

/** The first line of a text, cut to a length that fits a wait line. */
export function firstLine(text: string, max = 120): string {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export const WAIT = {
  shipped: (): string => 'shipped: change-advisory-status passed, nothing more to do',
  stopped: (reasons: readonly string[]): string =>
    `stopped (Red): ${reasons.join('; ')}; a human accept, retry or resolve clears it`,
  notOnReleaseController: (release: string): string => `build ${release} is not on the Release Controller yet`,
  notPromoted: (phase: string): string => `build not promoted yet (phase ${phase})`,
  stageRelease: (mr: string): string => `stage-release pipeline of ${mr} not succeeded yet`,
  stageReleaseLong: (mr: string, waited: number): string =>
    `stage-release pipeline of ${mr} not succeeded yet, waiting for ${duration(waited)}: check the MR pipeline with ART`,
  checkFailed: (what: string, message: string): string => `could not check ${what}, will retry next run: ${message}`,
  noCandidateBuild: (): string => 'no x86_64 candidate build in the StateBox metadata',
  testFileMissing: (build: string): string => `test result file for ${build} not created yet`,
  aggregationNotStarted: (build: string): string => `tests of ${build} still running, aggregation not started`,
  aggregating: (build: string): string => `tests of ${build} still aggregating`,
  humanDecision: (task: string, release: string, why: string, advice?: string): string =>
    `tests not accepted; waits for a human decision (${why})${advice ? `; the analyzer recommends ${advice}` : ''}: ` +
    `/release:accept ${release} ${task} <justification> or /release:reject ${release} ${task} <reason>`,
  noOwner: (): string =>
    'no owner: name one with /release:drive RELEASE EMAIL (or --owner), metadata qe_owner or the owner input',
  waitsFor: (tasks: readonly string[]): string => `waits for ${tasks.join(', ')} to pass`,
  /** A running task as `krd status` sees it, without a run's probes (after the task's name). */
  runningFor: (for_: number | undefined, job: string | undefined): string =>
    `running${for_ !== undefined ? ` for ${duration(for_)}` : ''}${job ? ` (job ${job})` : ''}`,
  running: (since: string | undefined, job: string | undefined): string =>
    `in progress${since ? ` since ${since}` : ''}${job ? ` (job ${job})` : ''}`,
  stuck: (for_: number, expectedMinutes: number, job: string | undefined): string =>
    `looks stuck: in progress for ${duration(for_)}, usually done within ${duration(expectedMinutes * 60_000)}` +
    `${job ? `; check job ${job}` : ''}; /release:retry restarts it`,
  unrecordedStart: (task: string, release: string, run: string, at: string, where: string): string =>
    `waits for a person: run ${run} may have started it at ${at} and died before recording its job; ` +
    `check ${where}, then /release:record-job ${release} ${task} JOB to record the job it started, or /release:retry ${release} ${task} to start it again`,
  noReleaseDate: (): string => 'no release_date in the StateBox metadata',
  notBeforeDate: (trigger: number): string => `waits until ${minuteTime(trigger)} (release date − 1 day)`,
  prodMetadata: (deadline: number): string =>
    `prod advisory metadata not accessible yet (ART prod-release pipeline); deadline ${minuteTime(deadline)}`,
  noRhcosAdvisory: (): string => 'no RHCOS advisory in the StateBox metadata',
  missingBuildData: (fields: readonly string[]): string =>
    `the StateBox lacks ${fields.join(', ')}: oar create-test-report fills them from ART's build data when it creates the StateBox; add them to its metadata (shipment_mr: '' for a release without a shipment MR)`,
  heldByIssue: (issue: number, text: string, release: string): string =>
    `held by blocker issue #${issue} (${firstLine(text)}): /release:resolve ${release} ${issue} <text> once it is fixed`,
  prodMetadataReady: (): string => 'prod advisory metadata accessible: change-advisory-status runs again to move the advisories',
} as const;
