/**
 * An in-memory outside world for engine tests: StateBox builders, an Executor whose jobs run
 * on the test's clock, probes that read plain fields, an analyzer and a notifier that record
 * every call. Not the scenario simulator (src/sim): just enough to pin each rule down.
 */
import type { WaitOn } from '../../src/core/waits';
import { FakeClock } from '../../src/ports/clock';
import { PermanentError, TransientError } from '../../src/core/errors';
import { ASYNC_TASKS, type FlowTask, type TaskStatus } from '../../src/core/tasks';
import { DEFAULT_DRIVER_CONFIG, type DriverConfig, type DriverDeps, type Logger, type RunEvent } from '../../src/driver/types';
import type { ExecContext, ExecOutcome, Executor } from '../../src/ports/executor';
import type { Notification, Notifier, NotifyResult } from '../../src/ports/notifier';
import type { StateStore } from '../../src/ports/store';
import type { Analyzer, AnalyzerVerdict, Promotion, SecurityAlert, WorldProbes } from '../../src/ports/world';
import type { StateBox, StateBoxIssue, StateBoxTask } from '../../src/core/model';

export const T0 = new Date('2025-11-01T00:00:00Z');
export const MR = 'https://gitlab.example/ocp-shipment-data/-/merge_requests/297';
export const CANDIDATE = '4.20.0-0.nightly-2025-10-28-123456';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export type TaskSpec = TaskStatus | (Partial<StateBoxTask> & { status: TaskStatus });

export interface BoxSpec {
  readonly release?: string;
  readonly konflux?: boolean;
  readonly tasks?: Partial<Record<string, TaskSpec>>;
  readonly issues?: readonly Partial<StateBoxIssue>[];
  readonly metadata?: Record<string, unknown>;
  readonly driver?: Record<string, unknown>;
}

/** A StateBox like the driver writes, release date 2025-Nov-04; tasks in the order given. */
export function makeBox(spec: BoxSpec = {}): StateBox {
  const at = '2025-11-01T00:00:00Z';
  const tasks = Object.entries(spec.tasks ?? {}).map(([name, s]): StateBoxTask => {
    const t = typeof s === 'string' ? { status: s } : (s as Partial<StateBoxTask> & { status: TaskStatus });
    const started = t.status === 'Not Started' ? null : at;
    return {
      name,
      started_at: started,
      completed_at: t.status === 'Pass' || t.status === 'Fail' ? at : null,
      result: null,
      ...t,
    };
  });
  return {
    schema_version: '1.0',
    release: spec.release ?? '4.20.1',
    created_at: at,
    updated_at: at,
    metadata: {
      jira_ticket: 'ART-14188',
      advisory_ids: { rpm: 155454, rhcos: 155455 },
      release_date: '2025-Nov-04',
      candidate_builds: { x86_64: CANDIDATE },
      ...(spec.konflux === false ? {} : { shipment_mr: MR }),
      ...spec.metadata,
    },
    tasks,
    issues: (spec.issues ?? []).map((i) => ({
      issue: 'something',
      reported_at: at,
      resolved: false,
      resolution: null,
      blocker: true,
      related_tasks: [],
      ...i,
    })),
    ...(spec.driver ? { driver: spec.driver } : {}),
  };
}

/** Every task before `upTo` (exclusive) in the Konflux chain, Pass. */
export const CHAIN_PASS = {
  'create-test-report': 'Pass',
  'take-ownership': 'Pass',
  'check-cve-tracker-bug': 'Pass',
  'check-rhcos-security-alerts': 'Pass',
} as const satisfies Record<string, TaskStatus>;

/** Everything up to image-signed-check Pass (change-advisory-status not started). */
export const ALL_BEFORE_ADVISORY = {
  ...CHAIN_PASS,
  'analyze-candidate-build': 'Pass',
  'push-to-cdn-staging': 'Pass',
  'image-consistency-check': 'Pass',
  'stage-testing': 'Pass',
  'analyze-promoted-build': 'Pass',
  'image-signed-check': 'Pass',
} as const satisfies Record<string, TaskStatus>;

export const config = (over: Partial<DriverConfig> = {}): DriverConfig => ({ ...DEFAULT_DRIVER_CONFIG, owner: 'qe@example.com', ...over });

// ---------------------------------------------------------------------------------------------
// Test-result files on the record branch

export interface ResultSpec {
  readonly aggregated?: boolean;
  readonly accepted?: boolean;
  /** Number of jobs; each passes on its first run when `accepted`, else fails. */
  readonly jobs?: number;
}

/** A test-result file in upstream's format. */
export function testResultJson(build: string, spec: ResultSpec): string {
  const jobs = Array.from({ length: spec.jobs ?? 1 }, (_, i) => ({
    jobName: `periodic-ci-upgrade-job-${i + 1}`,
    firstJob: { jobID: `job-${i + 1}`, jobState: spec.accepted === false ? 'failure' : 'success' },
    retriedJobs: [],
  }));
  return JSON.stringify({
    result: jobs,
    build: { name: build, phase: 'Accepted' },
    ...(spec.aggregated === undefined ? {} : { aggregated: spec.aggregated }),
    ...(spec.accepted === undefined ? {} : { accepted: spec.accepted }),
  });
}

export function testResultPathOf(build: string): string {
  return `_releases/ocp-test-result-${build}-amd64.json`;
}

// ---------------------------------------------------------------------------------------------
// Executor

/** How a task behaves: a job that finishes after `duration` with `result`, or a scripted error. */
export interface TaskBehaviour {
  readonly result?: 'Pass' | 'Fail';
  readonly durationMs?: number;
  /** The executor answers Wait with this reason (e.g. stage-release not ready). */
  readonly wait?: string;
  /** What the executor says the wait is on (default: it does not say). */
  readonly waitOn?: WaitOn;
  /** Errors thrown by the next calls, in order (then normal behaviour). */
  readonly errors?: Error[];
  /** Each finished job asks for a re-trigger (upstream's `[Not Started]` after an aborted Prow job), this many times. */
  retriggers?: number;
}

interface Job {
  readonly id: string;
  readonly task: FlowTask;
  readonly release: string;
  readonly startedAt: number;
}

/** Jobs run on the clock: started by `start`, finished when `poll` sees their time has come. */
export class FakeExecutor implements Executor {
  readonly starts: { task: FlowTask; ctx: ExecContext; at: string }[] = [];
  readonly polls: { task: FlowTask; ctx: ExecContext }[] = [];
  readonly jobs: Job[] = [];
  private nextId = 100;
  /** Provide findJob (idempotent triggers); off by default to test both paths. */
  findJob?: Executor['findJob'];

  constructor(
    private readonly clock: FakeClock,
    readonly behaviour: Partial<Record<FlowTask, TaskBehaviour>> = {},
    withFindJob = true,
  ) {
    if (withFindJob) {
      this.findJob = async (task, ctx) => {
        const notBefore = ctx.notBefore ? Date.parse(ctx.notBefore) : -Infinity;
        const recorded = ctx.statebox.tasks.find((t) => t.name === task)?.job?.id;
        const job = [...this.jobs].reverse().find((j) => j.task === task && j.release === ctx.release && j.startedAt >= notBefore && j.id !== recorded);
        return job ? { jobId: job.id, jobUrl: `https://jenkins.example/job/${job.id}/` } : undefined;
      };
    }
  }

  private throwScripted(task: FlowTask): void {
    const errors = this.behaviour[task]?.errors;
    const err = errors?.shift();
    if (err) throw err;
  }

  async start(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    this.throwScripted(task);
    const b = this.behaviour[task] ?? {};
    if (b.wait) return { status: 'Wait', output: b.wait, wait: { on: b.waitOn ?? 'executor', detail: b.wait } };
    this.starts.push({ task, ctx, at: this.clock.now().toISOString() });
    if ((ASYNC_TASKS as readonly string[]).includes(task)) {
      const id = String(this.nextId++);
      this.jobs.push({ id, task, release: ctx.release, startedAt: this.clock.now().getTime() });
      return {
        status: 'In Progress',
        output: `task [${task}] status is changed to [In Progress]\ntriggered job ${id} for ${ctx.owner ?? 'someone'}`,
        jobId: id,
        jobUrl: `https://jenkins.example/job/${id}/`,
      };
    }
    if (task === 'change-advisory-status') {
      // As upstream: run again once the driver saw the prod metadata answer, oar moves the advisories and says Pass.
      const again = ctx.statebox.tasks.some((t) => t.name === task && t.status === 'In Progress');
      if (again) return { status: 'Pass', output: 'advisories moved to REL_PREP\ntask [Change Advisory Status] status is changed to [Pass]' };
      return { status: 'In Progress', output: 'Successfully approved MR 297; Background metadata checker process started.' };
    }
    const result = b.result ?? 'Pass';
    return { status: result, output: `task [${task}] status is changed to [${result}]${ctx.owner ? ` owner ${ctx.owner}` : ''}` };
  }

  async poll(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    this.polls.push({ task, ctx });
    this.throwScripted(task);
    const b = this.behaviour[task] ?? {};
    const job = this.jobs.find((j) => j.id === ctx.jobId) ?? [...this.jobs].reverse().find((j) => j.task === task && j.release === ctx.release);
    if (!job) return { status: 'In Progress', output: 'no job known' };
    const done = this.clock.now().getTime() - job.startedAt >= (b.durationMs ?? 30 * MINUTE);
    if (!done) return { status: 'In Progress', output: `job ${job.id} running` };
    if (b.retriggers) {
      b.retriggers -= 1;
      const reason = `Prow job ${job.id} ended with state 'aborted', resetting for re-trigger`;
      return { status: 'Fail', output: `${reason}\ntask [${task}] status is changed to [Not Started]`, jobId: job.id, retrigger: { reason } };
    }
    const result = b.result ?? 'Pass';
    return { status: result, output: `task [${task}] status is changed to [${result}]`, jobId: job.id };
  }

  startsOf(task: FlowTask): number {
    return this.starts.filter((s) => s.task === task).length;
  }
}

// ---------------------------------------------------------------------------------------------
// Probes, analyzer, notifier

export class FakeProbes implements WorldProbes {
  promotionPhase: string | undefined = undefined;
  stageRelease = false;
  prodMetadata = false;
  alerts: SecurityAlert[] = [];
  readonly calls: string[] = [];
  /** Errors thrown by the next calls of a probe, in order. */
  readonly errors: Partial<Record<string, Error[]>> = {};

  private call(name: string): void {
    this.calls.push(name);
    const err = this.errors[name]?.shift();
    if (err) throw err;
  }
  async promotion(): Promise<Promotion | undefined> {
    this.call('promotion');
    return this.promotionPhase === undefined ? undefined : { phase: this.promotionPhase };
  }
  async stageReleaseSucceeded(): Promise<boolean> {
    this.call('stageRelease');
    return this.stageRelease;
  }
  async rhcosSecurityAlerts(): Promise<SecurityAlert[]> {
    this.call('rhcosSecurityAlerts');
    return this.alerts;
  }
  async prodMetadataAccessible(): Promise<boolean> {
    this.call('prodMetadata');
    return this.prodMetadata;
  }
  async signatureMatches(): Promise<boolean> {
    this.call('signature');
    return true;
  }
  count(name: string): number {
    return this.calls.filter((c) => c === name).length;
  }
}

export class FakeAnalyzer implements Analyzer {
  readonly calls: string[] = [];
  constructor(public verdict: AnalyzerVerdict = { recommendation: 'ACCEPT', reasoning: 'failures are known flakes' }) {}
  async analyze(build: string): Promise<AnalyzerVerdict> {
    this.calls.push(build);
    return this.verdict;
  }
}

export class RecordingNotifier implements Notifier {
  readonly sent: { message: Notification; thread: string | undefined }[] = [];
  failNext = 0;
  async notify(message: Notification, thread: string | undefined): Promise<NotifyResult> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new TransientError('Slack: 503 Service Unavailable');
    }
    this.sent.push({ message, thread });
    return { thread: thread ?? 'thread-1' };
  }
  kinds(): string[] {
    return this.sent.map((s) => s.message.kind);
  }
}

export class RecordingLogger implements Logger {
  readonly lines: { level: string; message: string }[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  of(level: string): string[] {
    return this.lines.filter((l) => l.level === level).map((l) => l.message);
  }
}

export interface FakeWorld {
  readonly clock: FakeClock;
  readonly executor: FakeExecutor;
  readonly probes: FakeProbes;
  readonly analyzer: FakeAnalyzer;
  readonly notifier: RecordingNotifier;
  readonly log: RecordingLogger;
  readonly events: RunEvent[];
  readonly deps: DriverDeps;
}

export function fakeWorld(
  store: StateStore,
  record: StateStore,
  options: { start?: Date; behaviour?: Partial<Record<FlowTask, TaskBehaviour>>; findJob?: boolean; analyzer?: boolean; hooks?: DriverDeps['hooks'] } = {},
): FakeWorld {
  const clock = new FakeClock(options.start ?? T0);
  const executor = new FakeExecutor(clock, options.behaviour ?? {}, options.findJob ?? true);
  const probes = new FakeProbes();
  const analyzer = new FakeAnalyzer();
  const notifier = new RecordingNotifier();
  const log = new RecordingLogger();
  const events: RunEvent[] = [];
  const deps: DriverDeps = {
    store,
    record,
    executor,
    probes,
    ...(options.analyzer === false ? {} : { analyzer }),
    notifier,
    clock,
    log,
    events: (e) => events.push(e),
    ...(options.hooks ? { hooks: options.hooks } : {}),
  };
  return { clock, executor, probes, analyzer, notifier, log, events, deps };
}

export const transient = (message = 'HTTP 503 from the executor', retryAfterMs?: number): TransientError => new TransientError(message, retryAfterMs);
export const permanent = (message = 'HTTP 401 from Jenkins: the job API token is invalid'): PermanentError => new PermanentError(message);

// ---------------------------------------------------------------------------------------------
// A repository laid out on disk (LocalStore), for driveOnce end to end

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serializeStateBox } from '../../src/statebox/yaml';
import { LocalStore } from '../../src/adapters/store/local';

export async function tempDir(prefix = 'krd-drive-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeRepoFile(dir: string, path: string, content: string): Promise<void> {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), content);
}

export async function writeBox(dir: string, box: StateBox): Promise<void> {
  const [major, minor] = box.release.split('.');
  await writeRepoFile(dir, `_releases/${major}.${minor}/statebox/${box.release}.yaml`, serializeStateBox(box));
}

/** `_releases/{y}/{y}.z.yaml` listing the given releases with advisories and a Jira ticket. */
export async function writeTracking(dir: string, y: string, releases: readonly string[]): Promise<void> {
  const lines = ['releases:'];
  releases.forEach((r, i) => {
    lines.push(`  ${r}:`, '    advisories:', `      rpm: ${170000 + i * 2}`, `      rhcos: ${170001 + i * 2}`, `    release_jira: ART-${20000 + i}`);
  });
  await writeRepoFile(dir, `_releases/${y}/${y}.z.yaml`, `${lines.join('\n')}\n`);
}

/** The releases repository and the record repository (test results), each in a fresh temp dir behind a LocalStore. */
export interface LocalRepos {
  readonly repo: string;
  readonly recordDir: string;
  readonly store: LocalStore;
  readonly record: LocalStore;
}

export async function localRepos(): Promise<LocalRepos> {
  const repo = await tempDir();
  const recordDir = await tempDir('krd-record-');
  return { repo, recordDir, store: new LocalStore(repo), record: new LocalStore(recordDir) };
}

/**
 * The outside world of ../shared/scenarios/happy-path.yaml at `t` ms after the start:
 * stage-release at 5h, promotion at 6h, promoted results at 7h (aggregated 13h), prod
 * metadata at 3d2h. `setResult` writes a test-result file to the record store.
 */
export async function setHappyPathWorld(
  w: FakeWorld,
  t: number,
  setResult: (build: string, spec: ResultSpec) => Promise<void>,
): Promise<void> {
  w.clock.set(T0.getTime() + t);
  w.probes.stageRelease = t >= 5 * HOUR;
  w.probes.promotionPhase = t >= 6 * HOUR ? 'Accepted' : 'Ready';
  if (t === 7 * HOUR) await setResult('4.20.1', {});
  if (t === 13 * HOUR) await setResult('4.20.1', { aggregated: true, accepted: true });
  w.probes.prodMetadata = t >= 3 * DAY + 2 * HOUR;
}
