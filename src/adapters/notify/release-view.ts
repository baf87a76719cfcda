/**
 * What people see about one release, computed once and drawn by every surface (job summary,
 * PR comment, Mermaid graph, terminal, `krd status --json`): task rows with times and job
 * links, the overall status, what it waits on, open blocker issues and the tasks counted as
 * done without a record. Pure: no I/O, the time is passed in. Every text from outside is
 * masked here (core/mask), whatever the StateBox or the run holds, so no surface shows a secret.
 */
import { FLOW_TASKS, TASK_INFO, isFlowTask, type TaskStatus } from '../../core/tasks';
import { decide, type Decision, type Probe, type TaskStateKind } from '../../core/decide';
import { legacyJob, type JobRef } from '../../core/job-ref';
import { isKonflux } from '../../core/decide-graph';
import { redReasons } from '../../core/overall';
import { WAIT, duration, minuteTime, waitLine, type Wait } from '../../core/waits';
import { parseTimestamp } from '../../core/time';
import { maskText } from '../../core/mask';
import { DEFAULT_DRIVER_CONFIG, type DriverConfig, type Overall } from '../../core/config';
import type { ReleaseRunResult } from '../../ports/run';
import type { StateBox, StateBoxTask } from '../../core/model';

/** A task's status as shown: the StateBox status, or why there is none. */
export type RowStatus = TaskStatus | 'Done (unrecorded)' | 'Skipped';

/** How a row is drawn: one Mermaid class and one terminal colour per tone. */
export type RowTone = 'pass' | 'fail' | 'running' | 'waiting' | 'notstarted' | 'assumed' | 'skipped';

export interface TaskRow {
  readonly task: string;
  readonly display: string;
  readonly status: RowStatus;
  readonly tone: RowTone;
  /** StateBox timestamps, as recorded. */
  readonly startedAt?: string;
  readonly completedAt?: string;
  /** `4h 7m` for a finished task, `running for 20m` for one in progress. */
  readonly duration?: string;
  readonly job?: JobRef;
  /** The task's result text as recorded, masked again (core/mask: secrets, token shapes, emails). */
  readonly result?: string;
  /** Plain words: why it waits, why it counts as done, that it looks stuck. */
  readonly detail?: string;
  /** False for task names this flow does not run (kept from upstream files). */
  readonly inFlow: boolean;
  /** The StateBox has a record of this task. */
  readonly recorded: boolean;
}

export interface IssueRow {
  /** 1-based, as `/release:resolve` takes it. */
  readonly index: number;
  readonly text: string;
  readonly blocker: boolean;
  readonly resolved: boolean;
  readonly reportedAt: string;
  readonly resolvedAt?: string;
  readonly resolution?: string;
  readonly tasks: readonly string[];
}

export interface ReleaseView {
  readonly release: string;
  readonly overall: Overall;
  /** One sentence, never trimmed: overall status and progress. */
  readonly statusLine: string;
  readonly rows: readonly TaskRow[];
  readonly waits: readonly string[];
  /**
   * What the release waits on as data (core/waits.ts Wait): the graph and the view read this,
   * never the words. Empty when the waits came as words only (a run result without its data).
   */
  readonly waitsOn: readonly Wait[];
  /** Unresolved blocker issues: they keep the release Red. */
  readonly blockers: readonly IssueRow[];
  /** Every issue, resolved ones included. */
  readonly issues: readonly IssueRow[];
  /** Tasks counted as done without a record, tasks skipped. */
  readonly notes: readonly string[];
  readonly konflux: boolean;
  readonly jira?: string;
  readonly shipmentMr?: string;
  readonly releaseDate?: string;
  readonly updatedAt: string;
  /** The run could not use this release (unreadable StateBox, write failed). */
  readonly error?: string;
}

export interface ViewOptions {
  readonly now: Date;
  /** What the release waits on, as a run found it; derived from the StateBox alone when absent. */
  readonly waits?: readonly string[];
  /** The same as data (Decision.waitsOn); none when `waits` is given without it. */
  readonly waitsOn?: readonly Wait[];
  readonly notes?: readonly string[];
  readonly error?: string;
  readonly config?: DriverConfig;
}

const CHECK_WORDS: Record<Probe, string> = {
  promotion: 'the build promotion on the Release Controller',
  stageRelease: 'the stage-release pipeline of the shipment MR',
  promotedTestResult: 'the promoted build test results',
  candidateTestResult: 'the candidate build test results',
  prodMetadata: 'the prod advisory metadata',
};

function jobOf(record: StateBoxTask): JobRef | undefined {
  if (record.job) return { id: maskText(record.job.id), ...(record.job.url ? { url: maskText(record.job.url) } : {}) };
  // Upstream kept job ids only in log text.
  const legacy = legacyJob(record.result);
  return legacy ? { id: maskText(legacy.id), ...(legacy.url ? { url: maskText(legacy.url) } : {}) } : undefined;
}

function durationOf(record: StateBoxTask, now: Date): string | undefined {
  const start = parseTimestamp(record.started_at);
  if (start === undefined) return undefined;
  if (record.status === 'In Progress') return `running for ${duration(now.getTime() - start)}`;
  const end = parseTimestamp(record.completed_at);
  if (end === undefined || (record.status !== 'Pass' && record.status !== 'Fail')) return undefined;
  return duration(end - start);
}

function toneOf(status: TaskStatus, state: TaskStateKind | undefined): RowTone {
  if (status === 'Pass') return 'pass';
  if (status === 'Fail') return 'fail';
  if (status === 'In Progress') return 'running';
  return state === 'waiting' ? 'waiting' : 'notstarted';
}

function recordedRow(record: StateBoxTask, now: Date, state: { state: TaskStateKind; detail?: string } | undefined): TaskRow {
  const name = record.name;
  const inFlow = isFlowTask(name);
  const job = jobOf(record);
  const took = durationOf(record, now);
  const detail = state?.detail ?? (record.decided_by ? `decided by ${record.decided_by}` : undefined);
  return {
    task: record.name,
    display: isFlowTask(name) ? TASK_INFO[name].display : name,
    status: record.status,
    tone: toneOf(record.status, state?.state),
    ...(record.started_at ? { startedAt: record.started_at } : {}),
    ...(record.completed_at && (record.status === 'Pass' || record.status === 'Fail') ? { completedAt: record.completed_at } : {}),
    ...(took ? { duration: took } : {}),
    ...(job ? { job } : {}),
    ...(typeof record.result === 'string' && record.result.trim() !== '' ? { result: maskText(record.result) } : {}),
    ...(detail ? { detail: maskText(detail) } : {}),
    inFlow,
    recorded: true,
  };
}

function rowsOf(box: StateBox, decision: Decision, now: Date): TaskRow[] {
  const states = new Map(decision.tasks.map((t) => [t.task as string, t]));
  const rows: TaskRow[] = [];
  for (const task of FLOW_TASKS) {
    const record = box.tasks.find((t) => t.name === task);
    const state = states.get(task);
    if (record) {
      rows.push(recordedRow(record, now, state));
      continue;
    }
    const display = TASK_INFO[task].display;
    if (state?.state === 'assumed-done') {
      rows.push({ task, display, status: 'Done (unrecorded)', tone: 'assumed', ...(state.detail ? { detail: state.detail } : {}), inFlow: true, recorded: false });
    } else if (state?.state === 'skipped') {
      rows.push({ task, display, status: 'Skipped', tone: 'skipped', detail: 'not a Konflux release', inFlow: true, recorded: false });
    } else {
      rows.push({ task, display, status: 'Not Started', tone: toneOf('Not Started', state?.state), ...(state?.detail ? { detail: state.detail } : {}), inFlow: true, recorded: false });
    }
  }
  // Tasks this flow does not run (check-greenwave-cvp-tests, …) are shown as recorded, last.
  for (const record of box.tasks) if (!isFlowTask(record.name)) rows.push(recordedRow(record, now, undefined));
  return rows;
}

/**
 * What a release waits on, from its StateBox alone (no probing, for `krd status`): decide()
 * without observations, plus how long each running task has run, plus the outside checks
 * tasks wait on that only a run makes.
 */
export function stateBoxWaits(box: StateBox, decision: Decision, now: Date): Wait[] {
  const waits = [...decision.waitsOn];
  if (decision.shipped) return waits;
  const named = new Set(decision.waitsOn.flatMap((w) => w.tasks));
  for (const record of box.tasks) {
    if (!isFlowTask(record.name) || record.status !== 'In Progress' || named.has(record.name)) continue;
    const start = parseTimestamp(record.job?.triggered_at ?? record.started_at);
    const job = jobOf(record);
    waits.push({ tasks: [record.name], on: 'running', detail: WAIT.runningFor(start !== undefined ? now.getTime() - start : undefined, job?.url ?? job?.id) });
  }
  const unchecked = decision.tasks.filter((t) => t.state === 'waiting' && !t.detail).map((t) => t.task);
  if (unchecked.length > 0 && decision.needs.length > 0) {
    const checks = decision.needs.map((p) => CHECK_WORDS[p]).join(', ');
    waits.push({ tasks: unchecked, on: 'unchecked', detail: `wait on ${checks} (checked by each drive run, not by krd status)`, checks: [...decision.needs] });
  }
  return waits;
}

function masked(wait: Wait): Wait {
  return { ...wait, detail: maskText(wait.detail) };
}

function issuesOf(box: StateBox): IssueRow[] {
  return box.issues.map((issue, i) => ({
    index: i + 1,
    text: maskText(issue.issue),
    blocker: issue.blocker,
    resolved: issue.resolved,
    reportedAt: issue.reported_at,
    ...(issue.resolved_at ? { resolvedAt: issue.resolved_at } : {}),
    ...(issue.resolution ? { resolution: maskText(issue.resolution) } : {}),
    tasks: issue.related_tasks ?? [],
  }));
}

function statusLine(box: StateBox, overall: Overall, rows: readonly TaskRow[]): string {
  const flow = rows.filter((r) => r.inFlow && r.status !== 'Skipped');
  const done = flow.filter((r) => r.status === 'Pass' || r.status === 'Done (unrecorded)').length;
  const running = flow.filter((r) => r.status === 'In Progress').map((r) => r.task);
  const progress = `${done} of ${flow.length} tasks done`;
  if (overall === 'Green') return `${box.release} is Green: the release has shipped (${progress}).`;
  if (overall === 'Red') {
    const reasons = redReasons(box);
    return `${box.release} is Red: ${reasons.join('; ')} (${progress}); a human accept, retry or resolve clears it.`;
  }
  return `${box.release} is In Progress: ${progress}${running.length ? `, running: ${running.join(', ')}` : ''}.`;
}

/** The waits of a view: a run's (words, and data when it gave them), else the StateBox's own. */
function waitsOf(box: StateBox, decision: Decision, options: ViewOptions): Pick<ReleaseView, 'waits' | 'waitsOn'> {
  if (options.waits) return { waits: options.waits.map(maskText), waitsOn: (options.waitsOn ?? []).map(masked) };
  const waitsOn = stateBoxWaits(box, decision, options.now);
  return { waits: waitsOn.map((w) => maskText(waitLine(w))), waitsOn: waitsOn.map(masked) };
}

/** The view of a release from its StateBox at `now`. */
export function releaseView(box: StateBox, options: ViewOptions): ReleaseView {
  const decision = decide(box, {}, options.now, options.config ?? DEFAULT_DRIVER_CONFIG, { analyzer: true });
  const rows = rowsOf(box, decision, options.now);
  const issues = issuesOf(box);
  const blockers = issues.filter((i) => i.blocker && !i.resolved);
  const metadata = box.metadata;
  return {
    release: box.release,
    overall: decision.overall,
    statusLine: maskText(statusLine(box, decision.overall, rows)),
    rows,
    ...waitsOf(box, decision, options),
    blockers,
    issues,
    notes: (options.notes ? [...options.notes] : [...decision.notes]).map(maskText),
    konflux: isKonflux(box),
    ...(typeof metadata.jira_ticket === 'string' ? { jira: maskText(metadata.jira_ticket) } : {}),
    ...(typeof metadata.shipment_mr === 'string' && metadata.shipment_mr.trim() !== '' ? { shipmentMr: maskText(metadata.shipment_mr) } : {}),
    ...(typeof metadata.release_date === 'string' ? { releaseDate: metadata.release_date } : {}),
    updatedAt: box.updated_at,
    ...(options.error ? { error: maskText(options.error) } : {}),
  };
}

/** The view of a release as a drive run left it: its waits and notes are the run's own. */
export function viewOfResult(result: ReleaseRunResult, now: Date, config?: DriverConfig): ReleaseView {
  return releaseView(result.statebox, {
    now,
    waits: result.waits,
    ...(result.waitsOn ? { waitsOn: result.waitsOn } : {}),
    ...(result.notes ? { notes: result.notes } : {}),
    ...(result.error ? { error: result.error } : {}),
    ...(config ? { config } : {}),
  });
}

/** `2025-11-01 06:00Z` for tables: minute precision, no T. */
export function shortTime(timestamp: string | undefined): string {
  const ms = parseTimestamp(timestamp);
  return ms === undefined ? '' : minuteTime(ms).replace('T', ' ');
}
