import { FLOW_TASKS, TASK_INFO, isAsyncTask, tasksAfter, tasksWaitingOn, type AsyncTask, type FlowTask, type TaskStatus } from './tasks';
import { missingBuildData } from './build-data';
import { legacyJob } from './job-ref';
import { blockerHolds, hasShipped, overallStatus, redReasons } from './overall';
import { isDone, isKonflux, prerequisites, statusOf, viewTasks, type TaskView } from './decide-graph';
import { WAIT, minuteTime, waitLine, type Wait, type WaitOn } from './waits';
import { isoSeconds, parseTimestamp } from './time';
import type { TaskPatch } from './decide-update';
import { parseReleaseDate } from './release-date';
import { unrecordedStart } from './unrecorded';
import type { StateBox, StateBoxTask } from './model';
import type { Promotion } from '../ports/world';
import type { DriverConfig, Overall } from './config';

export type { AsyncTask } from './tasks';
export type GateTask = 'analyze-candidate-build' | 'analyze-promoted-build';
/** Tasks a run starts one at a time: the sync chain, image-signed-check and change-advisory-status. */
export type RunTask =
  | 'create-test-report'
  | 'take-ownership'
  | 'check-cve-tracker-bug'
  | 'check-rhcos-security-alerts'
  | 'image-signed-check'
  | 'change-advisory-status';

/** The outside facts a run can look at; `decide` asks for the ones it lacks in `needs`. */
export type Probe = 'promotion' | 'stageRelease' | 'promotedTestResult' | 'candidateTestResult' | 'prodMetadata';

/** A probe's answer, or why there is none (the probe failed after its retries). */
export type Observed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** A test-result file as the flow sees it (structurally the TestResultObservation of test-results.ts). */
export type TestResultState =
  | { readonly state: 'missing' }
  | { readonly state: 'no-aggregated-field' }
  | { readonly state: 'not-aggregated' }
  | {
      readonly state: 'aggregated';
      readonly accepted: boolean;
      /** `manual_promotion: true` with `accepted: false`: upstream reads it as "Accepted (Manually Promoted)". */
      readonly manuallyPromoted?: boolean;
      readonly evaluation?: { readonly jobs?: readonly { name: string; verdict: string; runs: number; successes: number }[] };
    };

export interface Observations {
  readonly promotion?: Observed<Promotion | undefined>;
  readonly stageRelease?: Observed<boolean>;
  readonly promotedTestResult?: Observed<TestResultState>;
  readonly candidateTestResult?: Observed<TestResultState>;
  readonly prodMetadata?: Observed<boolean>;
}

export interface DecideOptions {
  /** Is an analyzer configured? Without one, unaccepted test results wait for a human. */
  readonly analyzer?: boolean;
}

export type Action =
  | { readonly type: 'poll'; readonly task: AsyncTask }
  | { readonly type: 'trigger'; readonly task: AsyncTask }
  | { readonly type: 'run'; readonly task: RunTask; readonly owner?: string }
  | { readonly type: 'update'; readonly task: FlowTask; readonly patch: TaskPatch; readonly why: string }
  /** Ask the analyzer; `evidence` (the BO3 verdict per job) stays in the result under its reasoning. */
  | { readonly type: 'analyze'; readonly task: GateTask; readonly build: string; readonly advisory: boolean; readonly evidence: string }
  /** Remember when the wait on stage-release began (undefined: it is over, forget it). */
  | { readonly type: 'stage-release-wait'; readonly since: string | undefined };

export type TaskStateKind =
  | 'done'
  | 'assumed-done'
  | 'skipped'
  | 'failed'
  | 'running'
  | 'ready'
  | 'waiting'
  | 'pending'
  | 'stopped';

export interface TaskState {
  readonly task: FlowTask;
  readonly state: TaskStateKind;
  /** Plain words: why it waits, what runs, why it counts as done. */
  readonly detail?: string;
}

export interface Decision {
  readonly overall: Overall;
  readonly shipped: boolean;
  /** Red: nothing new starts; running async tasks and the advisory deadline are still checked. */
  readonly stopped: boolean;
  readonly tasks: readonly TaskState[];
  readonly actions: readonly Action[];
  /** What the release waits on, one line per reason (tasks sharing a reason share a line): `waitsOn` in words. */
  readonly waits: readonly string[];
  /** The same waits as data, in the same order: what each is on, the tasks it holds, its words. */
  readonly waitsOn: readonly Wait[];
  /** Facts worth saying once: tasks counted as done without a record, skipped tasks. */
  readonly notes: readonly string[];
  /** Observations decide would look at if it had them; the driver probes these and decides again. */
  readonly needs: readonly Probe[];
  readonly signals: Signals;
}

export interface Signals {
  readonly stuck: readonly { readonly task: FlowTask; readonly since: string; readonly text: string }[];
  /** Async tasks a dead run may have started without recording the job: a person must look (src/core/unrecorded.ts). */
  readonly unrecordedStarts?: readonly { readonly task: FlowTask; readonly run: string; readonly at: string; readonly text: string }[];
  readonly stageReleaseWait?: { readonly since: string; readonly mr: string; readonly overdue: boolean };
  readonly deadlineSoon?: { readonly deadline: string };
}

/** A task running this many times longer than usual is reported as stuck. */
export const STUCK_FACTOR = 3;
/** Warn this long before the change-advisory-status deadline expires. */
export const DEADLINE_WARNING_MS = 6 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** change-advisory-status gives ART's prod-release pipeline this long (upstream's 2-day checker). */
export const ADVISORY_DEADLINE_MS = 2 * DAY_MS;

/** Where a person looks for an async task's job. */
const JOB_SYSTEM: Readonly<Record<AsyncTask, string>> = {
  'push-to-cdn-staging': "the stage push jobs of the release's advisories in the Errata Tool",
  'image-consistency-check': 'Prow for the image consistency check job',
  'stage-testing': 'Jenkins for the Stage-Pipeline build',
};

/** The candidate build analysed by analyze-candidate-build (x86_64, upstream's default arch). */
export function candidateBuild(box: StateBox): string | undefined {
  const build = box.metadata.candidate_builds?.['x86_64'];
  return typeof build === 'string' && build.trim() !== '' ? build : undefined;
}

/** take-ownership's owner: the drive command or dispatch, else metadata qe_owner, else the configured default. */
export function ownerOf(box: StateBox, config: Pick<DriverConfig, 'owner'>): string | undefined {
  const fromCommand = typeof box.driver?.owner === 'string' ? box.driver.owner : undefined;
  return [fromCommand, box.metadata.qe_owner, config.owner].find((o): o is string => typeof o === 'string' && o.trim() !== '');
}

/** The moment change-advisory-status may start: 00:00 UTC of (release date − 1 day). */
export function advisoryStartTime(box: StateBox): number | undefined {
  const date = box.metadata.release_date ? parseReleaseDate(box.metadata.release_date) : undefined;
  return date ? date.getTime() - DAY_MS : undefined;
}

/** The change-advisory-status deadline: recorded, else (files upstream wrote) its start + 2 days. */
export function advisoryDeadline(task: StateBoxTask | undefined): number | undefined {
  const recorded = parseTimestamp(task?.deadline);
  if (recorded !== undefined) return recorded;
  const started = parseTimestamp(task?.started_at);
  return started === undefined ? undefined : started + ADVISORY_DEADLINE_MS;
}

function jobsLine(result: TestResultState): string {
  if (result.state !== 'aggregated') return '';
  const jobs = result.evaluation?.jobs ?? [];
  if (jobs.length === 0) return '';
  return ` Jobs: ${jobs.map((j) => `${j.name} ${j.verdict} (${j.successes}/${j.runs})`).join('; ')}.`;
}

/** Leads the analyzer's reasoning in a gate's result text. */
export const ADVICE_MARKER = 'Analyzer recommendation:';

interface Ctx {
  readonly box: StateBox;
  readonly obs: Observations;
  readonly now: number;
  readonly config: DriverConfig;
  readonly options: DecideOptions;
  readonly konflux: boolean;
  readonly stopped: boolean;
  readonly views: Map<FlowTask, TaskView>;
  /** Tasks held by a blocker issue with related tasks: they start nothing until it is resolved. */
  readonly holds: ReturnType<typeof blockerHolds>;
  /** Metadata a StateBox of the driver's own lacks: what depends on it (Konflux or not) waits. */
  readonly missing: readonly string[];
  readonly actions: Action[];
  readonly needs: Set<Probe>;
  readonly notes: string[];
  /** Keyed by the words: tasks sharing a reason share a wait. */
  readonly waits: Map<string, { on: WaitOn; tasks: FlowTask[]; checks?: readonly Probe[] }>;
  readonly states: TaskState[];
  runCandidate?: { task: RunTask; owner?: string };
  readonly stuck: { task: FlowTask; since: string; text: string }[];
  readonly unrecorded: { task: FlowTask; run: string; at: string; text: string }[];
  stageReleaseWait?: { since: string; mr: string; overdue: boolean };
  deadlineSoon?: { deadline: string };
  stageReleaseDone?: boolean;
}

/** When the driver first saw the release wait on stage-release (kept in the StateBox's driver section). */
export function stageReleaseWaitSince(box: StateBox): string | undefined {
  const since = box.driver?.['stage_release_waiting_since'];
  return typeof since === 'string' ? since : undefined;
}

/** What a task waits on and why, before the tasks that share it are known. */
interface Reason {
  readonly on: WaitOn;
  readonly detail: string;
  readonly checks?: readonly Probe[];
}

function wait(ctx: Ctx, task: FlowTask, reason: Reason): void {
  const known = ctx.waits.get(reason.detail);
  if (known) known.tasks.push(task);
  else ctx.waits.set(reason.detail, { on: reason.on, tasks: [task], ...(reason.checks ? { checks: reason.checks } : {}) });
}

const on = (kind: WaitOn, detail: string): Reason => ({ on: kind, detail });

/** What depends on the build data (Konflux or not): check-rhcos-security-alerts and every task after it. */
const NEEDS_BUILD_DATA: ReadonlySet<FlowTask> = new Set(['check-rhcos-security-alerts', ...tasksAfter('check-rhcos-security-alerts')]);

/** Why a task that has not started may not start though its prerequisites allow it: build data missing, a blocker tied to it. */
function holdOf(ctx: Ctx, task: FlowTask): Reason | undefined {
  if (ctx.missing.length > 0 && NEEDS_BUILD_DATA.has(task)) return on('build-data', WAIT.missingBuildData(ctx.missing));
  const hold = ctx.holds.get(task);
  return hold && !ctx.stopped ? on('blocker', WAIT.heldByIssue(hold.issue, hold.text, ctx.box.release)) : undefined;
}

function state(ctx: Ctx, task: FlowTask, kind: TaskStateKind, detail?: string): void {
  ctx.states.push({ task, state: kind, ...(detail ? { detail } : {}) });
}

/** A condition outside the StateBox: met, not met (with the reason), or not observed yet. */
type Condition = { met: true } | { met: false; reason?: Reason };

function observed<T>(ctx: Ctx, probe: Probe, value: Observed<T> | undefined, what: string): { value: T } | { reason?: Reason } {
  if (value === undefined) {
    ctx.needs.add(probe);
    return {};
  }
  return value.ok ? { value: value.value } : { reason: { on: 'check-failed', detail: WAIT.checkFailed(what, value.message), checks: [probe] } };
}

function promotionAccepted(ctx: Ctx): Condition {
  // A task that only starts after promotion has started: no need to ask the Release Controller again.
  const startedAfterPromotion = tasksWaitingOn('promotion').filter(isAsyncTask).some((t) => {
    const s = statusOf(ctx.views.get(t));
    return s === 'In Progress' || s === 'Pass' || s === 'Fail';
  });
  const gate = ctx.views.get('analyze-promoted-build');
  const gateStarted = gate?.kind === 'recorded' && gate.status !== 'Not Started' && !gate.record.decided_by;
  if (startedAfterPromotion || gateStarted) return { met: true };
  const o = observed(ctx, 'promotion', ctx.obs.promotion, `the promotion of ${ctx.box.release} on the Release Controller`);
  if (!('value' in o)) return { met: false, ...o };
  if (o.value === undefined) return { met: false, reason: on('promotion', WAIT.notOnReleaseController(ctx.box.release)) };
  return o.value.phase === 'Accepted' ? { met: true } : { met: false, reason: on('promotion', WAIT.notPromoted(o.value.phase)) };
}

function stageReleaseSucceeded(ctx: Ctx): Condition {
  if (!ctx.konflux) return { met: true };
  const mr = ctx.box.metadata.shipment_mr as string;
  const o = observed(ctx, 'stageRelease', ctx.obs.stageRelease, `the stage-release pipeline of ${mr}`);
  if (!('value' in o)) return { met: false, ...o };
  if (o.value) {
    if (stageReleaseWaitSince(ctx.box) !== undefined && !ctx.stageReleaseDone) {
      ctx.stageReleaseDone = true;
      ctx.actions.push({ type: 'stage-release-wait', since: undefined });
    }
    return { met: true };
  }
  // Remember when the wait began so a long wait is reported once, with the MR to look at.
  const recorded = stageReleaseWaitSince(ctx.box);
  const sinceMs = parseTimestamp(recorded);
  const since = sinceMs !== undefined ? (recorded as string) : isoSeconds(new Date(ctx.now));
  if (sinceMs === undefined && !ctx.stageReleaseWait) ctx.actions.push({ type: 'stage-release-wait', since });
  const waited = ctx.now - (sinceMs ?? ctx.now);
  const overdue = waited >= ctx.config.stageReleaseWarnMinutes * 60_000;
  ctx.stageReleaseWait = { since, mr, overdue };
  return { met: false, reason: on('stage-release', overdue ? WAIT.stageReleaseLong(mr, waited) : WAIT.stageRelease(mr)) };
}

/** Prerequisite tasks not done yet; waits are only worth saying for those running. */
function pendingPrerequisites(ctx: Ctx, task: FlowTask): { pending: FlowTask[]; running: FlowTask[] } {
  const pending = prerequisites(task).filter((p) => !isDone(ctx.views.get(p)));
  const running = pending.filter((p) => statusOf(ctx.views.get(p)) === 'In Progress');
  return { pending, running };
}

function checkStuck(ctx: Ctx, task: FlowTask, record: StateBoxTask): void {
  const since = record.job?.triggered_at ?? record.started_at ?? undefined;
  const start = parseTimestamp(since);
  if (start === undefined) return;
  const ran = ctx.now - start;
  const expected = TASK_INFO[task].expectedMinutes;
  if (ran > expected * STUCK_FACTOR * 60_000) {
    const text = WAIT.stuck(ran, expected, record.job?.url ?? record.job?.id);
    ctx.stuck.push({ task, since: since as string, text });
    wait(ctx, task, on('stuck', text));
  }
}

function decideAsync(ctx: Ctx, task: AsyncTask, view: TaskView): void {
  if (view.kind === 'recorded' && view.status === 'In Progress') {
    const record = view.record;
    // Running jobs are polled even when the release is Red: their results are still recorded.
    ctx.actions.push({ type: 'poll', task });
    if (!record.job) {
      const legacy = legacyJob(record.result);
      if (legacy) {
        ctx.actions.push({
          type: 'update',
          task,
          patch: { job: { id: legacy.id, ...(legacy.url ? { url: legacy.url } : {}) } },
          why: `job ${legacy.id} of ${task} found in its log text, kept in the job field`,
        });
      }
    }
    const startedAt = parseTimestamp(record.started_at);
    state(ctx, task, 'running', WAIT.running(startedAt ? minuteTime(startedAt) : undefined, record.job?.url ?? record.job?.id));
    checkStuck(ctx, task, record);
    return;
  }
  // A dead run may have started the job (its claim expired unrecorded, no findJob): never start it on a guess.
  const held = unrecordedStart(ctx.box, task);
  if (held) {
    const at = parseTimestamp(held.at);
    const reason = WAIT.unrecordedStart(task, ctx.box.release, held.run, at !== undefined ? minuteTime(at) : held.at, JOB_SYSTEM[task]);
    ctx.unrecorded.push({ task, run: held.run, at: held.at, text: reason });
    wait(ctx, task, on('person', reason));
    return state(ctx, task, 'waiting', reason);
  }
  if (ctx.stopped) return state(ctx, task, 'stopped');
  if (blockedByPrerequisites(ctx, task)) return;
  if (task !== 'push-to-cdn-staging') {
    for (const condition of [promotionAccepted, stageReleaseSucceeded]) {
      const c = condition(ctx);
      if (!c.met) {
        if (c.reason) wait(ctx, task, c.reason);
        return state(ctx, task, 'waiting', c.reason?.detail);
      }
    }
  }
  ctx.actions.push({ type: 'trigger', task });
  state(ctx, task, 'ready');
}

function decideGate(ctx: Ctx, task: GateTask, view: TaskView): void {
  const status = statusOf(view);
  // Red stops starting things; a gate already under way still records what the test results say.
  if (ctx.stopped && status !== 'In Progress') return state(ctx, task, 'stopped');
  const isPromoted = task === 'analyze-promoted-build';
  if (isPromoted && status !== 'In Progress') {
    if (blockedByPrerequisites(ctx, task)) return;
    const c = promotionAccepted(ctx);
    if (!c.met) {
      if (c.reason) wait(ctx, task, c.reason);
      return state(ctx, task, 'waiting', c.reason?.detail);
    }
  }
  const build = isPromoted ? ctx.box.release : candidateBuild(ctx.box);
  const startIfNew = (why: string): void => {
    if (status !== 'In Progress') ctx.actions.push({ type: 'update', task, patch: { status: 'In Progress', result: why }, why });
  };
  if (build === undefined) {
    const reason = WAIT.noCandidateBuild();
    startIfNew(`Waiting: ${reason}.`);
    wait(ctx, task, on('build-data', reason));
    return state(ctx, task, 'waiting', reason);
  }
  const o = isPromoted
    ? observed(ctx, 'promotedTestResult', ctx.obs.promotedTestResult, `the test results of ${build}`)
    : observed(ctx, 'candidateTestResult', ctx.obs.candidateTestResult, `the test results of ${build}`);
  if (!('value' in o)) {
    if (o.reason) {
      startIfNew(`Waiting for the test results of ${build}.`);
      wait(ctx, task, o.reason);
    }
    return state(ctx, task, 'waiting', o.reason?.detail);
  }
  const result = o.value;
  const label = isPromoted ? `Promoted build ${build}` : `Candidate build ${build}`;
  if (result.state !== 'aggregated') {
    const reason =
      result.state === 'missing'
        ? WAIT.testFileMissing(build)
        : result.state === 'no-aggregated-field'
          ? WAIT.aggregationNotStarted(build)
          : WAIT.aggregating(build);
    startIfNew(`Waiting for the test results of ${build}.`);
    wait(ctx, task, on('test-results', reason));
    return state(ctx, task, 'waiting', reason);
  }
  if (result.accepted) {
    const text = result.manuallyPromoted
      ? `${label}: Accepted (Manually Promoted): manual_promotion is true in the test result file (aggregated: true, accepted: false).${jobsLine(result)}`
      : `${label}: all blocking jobs passed BO3 (aggregated: true, accepted: true).${jobsLine(result)}`;
    ctx.actions.push({ type: 'update', task, patch: { status: 'Pass', result: text }, why: text });
    return state(ctx, task, 'ready', text);
  }
  const evidence = `${label}: blocking jobs failed BO3 (aggregated: true, accepted: false).${jobsLine(result)}`;
  const record = view.kind === 'recorded' ? view.record : undefined;
  if (ctx.config.aiDecisions === 'auto' && ctx.options.analyzer !== false) {
    startIfNew(`${evidence} Running the analyzer.`);
    ctx.actions.push({ type: 'analyze', task, build, advisory: false, evidence });
    return state(ctx, task, 'ready', `${evidence} Analyzer decides.`);
  }
  // advisory mode, or no analyzer: a person decides; the analyzer's advice is recorded once.
  const advice = record?.analyzer_advice;
  if (status !== 'In Progress') startIfNew(evidence);
  else if (!advice && record?.result !== evidence) ctx.actions.push({ type: 'update', task, patch: { result: evidence }, why: evidence });
  if (record?.awaits_decision !== true) {
    ctx.actions.push({ type: 'update', task, patch: { awaits_decision: true }, why: `${task} waits for a person's accept or reject` });
  }
  if (ctx.options.analyzer !== false && !advice) ctx.actions.push({ type: 'analyze', task, build, advisory: true, evidence });
  const why = ctx.options.analyzer === false ? 'no analyzer configured' : 'ai-decisions is advisory';
  const reason = WAIT.humanDecision(task, ctx.box.release, why, advice);
  wait(ctx, task, on('person', reason));
  return state(ctx, task, 'waiting', reason);
}

function decideAdvisory(ctx: Ctx, view: TaskView): void {
  const task = 'change-advisory-status';
  if (view.kind === 'recorded' && view.status === 'In Progress') {
    const deadline = advisoryDeadline(view.record) ?? ctx.now + ADVISORY_DEADLINE_MS;
    if (view.record.deadline === undefined) {
      ctx.actions.push({
        type: 'update',
        task,
        patch: { deadline: isoSeconds(new Date(deadline)) },
        why: `deadline ${minuteTime(deadline)} recorded (started + 2 days)`,
      });
    }
    const o = observed(ctx, 'prodMetadata', ctx.obs.prodMetadata, `the prod advisory metadata of ${ctx.box.release}`);
    if ('value' in o && o.value) {
      // Only oar moves the advisories (QE → REL_PREP) and says so: run it again, never write Pass on our own probe.
      if (ctx.stopped) return state(ctx, task, 'stopped', WAIT.prodMetadataReady());
      wait(ctx, task, on('prod-metadata', WAIT.prodMetadataReady()));
      return offerRun(ctx, task);
    }
    if ('value' in o && ctx.now >= deadline) {
      const text = `Timeout reached after 2 days: prod advisory metadata of ${ctx.box.release} still not accessible at the deadline ${minuteTime(deadline)}. Check the prod-release pipeline with ART, then /release:retry ${ctx.box.release} ${task}.`;
      ctx.actions.push({ type: 'update', task, patch: { status: 'Fail', result: text }, why: text });
      return state(ctx, task, 'ready', text);
    }
    if (deadline - ctx.now <= DEADLINE_WARNING_MS) ctx.deadlineSoon = { deadline: isoSeconds(new Date(deadline)) };
    const reason = 'reason' in o && o.reason ? o.reason : on('prod-metadata', WAIT.prodMetadata(deadline));
    wait(ctx, task, reason);
    return state(ctx, task, 'running', reason.detail);
  }
  if (ctx.stopped) return state(ctx, task, 'stopped');
  if (blockedByPrerequisites(ctx, task)) return;
  const start = advisoryStartTime(ctx.box);
  if (start === undefined) {
    wait(ctx, task, on('build-data', WAIT.noReleaseDate()));
    return state(ctx, task, 'waiting', WAIT.noReleaseDate());
  }
  if (ctx.now < start) {
    const reason = WAIT.notBeforeDate(start);
    wait(ctx, task, on('release-date', reason));
    return state(ctx, task, 'waiting', reason);
  }
  offerRun(ctx, task);
}

function offerRun(ctx: Ctx, task: RunTask, owner?: string): void {
  // One synchronous task per run: the first ready one in flow order; the others wait their turn.
  if (!ctx.runCandidate) {
    ctx.runCandidate = { task, ...(owner ? { owner } : {}) };
    state(ctx, task, 'ready');
  } else {
    state(ctx, task, 'pending', `runs after ${ctx.runCandidate.task}`);
  }
}

function decideSync(ctx: Ctx, task: Exclude<RunTask, 'change-advisory-status'>, view: TaskView): void {
  if (ctx.stopped) return state(ctx, task, statusOf(view) === 'In Progress' ? 'running' : 'stopped');
  const { pending, running } = pendingPrerequisites(ctx, task);
  if (pending.length > 0) {
    const detail = running.length > 0 ? WAIT.waitsFor(running) : undefined;
    if (detail) wait(ctx, task, on('tasks', detail));
    return state(ctx, task, detail ? 'waiting' : 'pending', detail);
  }
  if (task === 'take-ownership') {
    const owner = ownerOf(ctx.box, ctx.config);
    if (!owner) {
      wait(ctx, task, on('person', WAIT.noOwner()));
      return state(ctx, task, 'waiting', WAIT.noOwner());
    }
    return offerRun(ctx, task, owner);
  }
  offerRun(ctx, task);
}

/**
 * The flow rules in one pure function: given a StateBox, what the run observed and the
 * time, which tasks are done, which wait (and on what), and what this run does. It never
 * does I/O; the driver probes what `needs` lists, executes `actions` and decides again.
 */
export function decide(box: StateBox, obs: Observations, now: Date, config: DriverConfig, options: DecideOptions = {}): Decision {
  const overall = overallStatus(box);
  const base = { overall, notes: [] as string[], needs: [] as Probe[], signals: { stuck: [] } };
  if (hasShipped(box)) {
    const shipped: Wait = { tasks: [], on: 'shipped', detail: WAIT.shipped() };
    return { ...base, shipped: true, stopped: true, tasks: [], actions: [], waits: [waitLine(shipped)], waitsOn: [shipped] };
  }
  const ctx: Ctx = {
    box,
    obs,
    now: now.getTime(),
    config,
    options,
    konflux: isKonflux(box),
    stopped: overall === 'Red',
    views: viewTasks(box),
    holds: blockerHolds(box),
    missing: missingBuildData(box),
    actions: [],
    needs: new Set(),
    notes: [],
    waits: new Map(),
    states: [],
    stuck: [],
    unrecorded: [],
  };

  for (const task of FLOW_TASKS) {
    const view = ctx.views.get(task) as TaskView;
    if (view.kind === 'skipped') {
      ctx.notes.push(`${task} skipped: not a Konflux release (no shipment_mr in the metadata)`);
      state(ctx, task, 'skipped', 'not a Konflux release');
      continue;
    }
    if (view.kind === 'assumed') {
      ctx.notes.push(`${task} not recorded; counted as done because ${view.because} has started`);
      state(ctx, task, 'assumed-done', `not recorded; counted as done because ${view.because} has started`);
      continue;
    }
    const status: TaskStatus | undefined = statusOf(view);
    if (status === 'Pass') {
      state(ctx, task, 'done');
      continue;
    }
    if (status === 'Fail') {
      state(ctx, task, 'failed');
      continue;
    }
    const held = status === 'In Progress' ? undefined : holdOf(ctx, task);
    if (held) {
      wait(ctx, task, held);
      state(ctx, task, 'waiting', held.detail);
      continue;
    }
    if (isAsyncTask(task)) decideAsync(ctx, task, view);
    else if (task === 'analyze-candidate-build' || task === 'analyze-promoted-build') decideGate(ctx, task, view);
    else if (task === 'change-advisory-status') decideAdvisory(ctx, view);
    else decideSync(ctx, task as Exclude<RunTask, 'change-advisory-status'>, view);
  }
  if (ctx.runCandidate) ctx.actions.push({ type: 'run', ...ctx.runCandidate });

  const waitsOn: Wait[] = [...ctx.waits].map(([detail, w]) => ({ tasks: w.tasks, on: w.on, detail, ...(w.checks ? { checks: w.checks } : {}) }));
  if (ctx.stopped) waitsOn.unshift({ tasks: [], on: 'stopped', detail: WAIT.stopped(redReasons(box)) });
  return {
    overall,
    shipped: false,
    stopped: ctx.stopped,
    tasks: ctx.states,
    actions: ctx.actions,
    waits: waitsOn.map(waitLine),
    waitsOn,
    notes: ctx.notes,
    needs: [...ctx.needs],
    signals: {
      stuck: ctx.stuck,
      ...(ctx.unrecorded.length ? { unrecordedStarts: ctx.unrecorded } : {}),
      ...(ctx.stageReleaseWait ? { stageReleaseWait: ctx.stageReleaseWait } : {}),
      ...(ctx.deadlineSoon ? { deadlineSoon: ctx.deadlineSoon } : {}),
    },
  };
}

/** Records why a task cannot start yet (its prerequisites); true when it must wait. */
function blockedByPrerequisites(ctx: Ctx, task: FlowTask): boolean {
  const { pending, running } = pendingPrerequisites(ctx, task);
  if (pending.length === 0) return false;
  const detail = running.length > 0 ? WAIT.waitsFor(running) : undefined;
  if (detail) wait(ctx, task, on('tasks', detail));
  state(ctx, task, detail ? 'waiting' : 'pending', detail);
  return true;
}
