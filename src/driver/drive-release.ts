import type { Wait } from '../core/waits';
import { InputError, PermanentError, SetupError, TransientError, errorMessage } from '../core/errors';
import { TASK_INFO, type FlowTask } from '../core/tasks';
import { maskEmails } from '../core/mask';
import { isoSeconds } from '../core/time';
import { withRetry } from '../core/retry';
import { updateTask, type TaskPatch } from '../core/decide-update';
import { legacyJob } from '../core/job-ref';
import {
  ADVICE_MARKER,
  ADVISORY_DEADLINE_MS,
  candidateBuild,
  decide,
  type Action,
  type AsyncTask,
  type Decision,
  type GateTask,
  type Observations,
  type Observed,
  type Probe,
  type RunTask,
} from '../core/decide';
import { readTestResult } from './test-results';
import { stateBoxPath } from '../core/version';
import { addIssue } from '../statebox/edit';
import { type Claim, claimState, resetAtOf, withClaims, withoutClaims } from '../core/claims';
import { withUnrecordedStart, withoutSettledUnrecordedStarts } from '../core/unrecorded';
import { remember, rememberOutcome, restoreRegressions } from '../statebox/recorded';
import type { ExecContext, ExecOutcome } from '../ports/executor';
import type { StateBox, StateBoxTask } from '../core/model';
import type { AlertFinding } from './notifications';
import { ADOPTED_ON_EXPIRY, heldOnExpiry, type StateBoxSlot } from './claim';
import type { DriverConfig, DriverDeps, EventType } from './types';

/** A crash hook threw: the simulator (or a test) kills the run here, nothing may swallow it. */
export class RunAborted extends Error {
  override readonly name = 'RunAborted';
  constructor(readonly original: unknown) {
    super(errorMessage(original));
  }
}

export interface StepResult {
  readonly box: StateBox;
  /** The decision after this run's work: overall, waits, signals for notifications. */
  readonly decision: Decision;
  readonly alerts: readonly AlertFinding[];
  /** Waits met while acting, as data: the executor's (stage-release not ready, …) and tasks left to another run's claim. */
  readonly actedWaits: readonly Wait[];
}

type Emit = (type: EventType, detail: string, task?: string, status?: string) => void;

const PROBE_WORDS: Record<Probe, string> = {
  promotion: 'the promotion on the Release Controller',
  stageRelease: 'the stage-release pipeline',
  promotedTestResult: 'the promoted build test results',
  candidateTestResult: 'the candidate build test results',
  prodMetadata: 'the prod advisory metadata',
};

/**
 * Starting a job or running a synchronous task has effects outside the StateBox (a job, a
 * report, a Jira change, an approved MR) that must never happen twice: claim first.
 */
function claimsBeforeStart(action: Action): action is Extract<Action, { type: 'trigger' | 'run' }> {
  return action.type === 'trigger' || action.type === 'run';
}

/**
 * One step of one release: probe what it waits on, poll running jobs, settle gates, start
 * newly unblocked async tasks and at most one synchronous task. Changes only the StateBox
 * in memory; the caller writes it.
 */
export class ReleaseStep {
  private box: StateBox;
  private readonly obs: { -readonly [K in keyof Observations]: Observations[K] } = {};
  private readonly probed = new Set<Probe>();
  private readonly touched = new Set<string>();
  private readonly alerts: AlertFinding[] = [];
  private readonly actedWaits: Wait[] = [];
  private readonly release: string;

  constructor(
    private readonly deps: DriverDeps,
    private readonly config: DriverConfig,
    box: StateBox,
    private readonly emit: Emit,
    /** Where the StateBox is stored: starting a job claims it there first. Without it nothing is claimed. */
    private readonly slot?: StateBoxSlot,
    /** This run already ran its synchronous task (create-test-report, which created the StateBox). */
    private readonly syncAlreadyRan = false,
  ) {
    this.box = box;
    this.release = box.release;
  }

  async run(): Promise<StepResult> {
    const now = this.deps.clock.now();
    // Records of unrecorded starts that a retry, a recorded job or a decision has settled go.
    this.box = withoutSettledUnrecordedStarts(this.box);
    // oar writes this file too: what it regressed of ours (a Pass back to In Progress, a job dropped) is put back.
    const back = restoreRegressions(this.box);
    this.box = back.box;
    for (const r of back.restored) {
      this.emit('decision', r.text, r.task);
      this.deps.log.warning(`${this.release}: ${r.text}`);
    }
    // Phase 1: settle what is in flight (polls, gates, the advisory deadline).
    const first = await this.decideWithProbes(now);
    for (const action of first.actions) {
      if (action.type === 'poll' || action.type === 'analyze' || action.type === 'update' || action.type === 'stage-release-wait') {
        await this.execute(action);
      }
    }
    // Phase 2: with that settled, start what became unblocked, and one synchronous task.
    const second = await this.decideWithProbes(now);
    let ranSync = this.syncAlreadyRan;
    const chosen: Action[] = [];
    for (const action of second.actions) {
      if (action.type === 'update' || action.type === 'stage-release-wait' || action.type === 'trigger') chosen.push(action);
      else if (action.type === 'run' && !ranSync && !this.touched.has(action.task)) {
        ranSync = true;
        chosen.push(action);
      }
    }
    // undefined: nothing is claimed (a dry run, or no store given), everything chosen goes ahead.
    const claimed = this.slot && !this.config.dryRun ? await this.claimStarts(chosen, now) : undefined;
    for (const action of chosen) {
      const mine = claimsBeforeStart(action) && claimed?.has(action.task);
      if (claimed && claimsBeforeStart(action) && !mine) continue;
      await this.execute(action);
      // The start is recorded (or it did not happen): the claim has done its job.
      if (mine) this.box = withoutClaims(this.box, [action.task]);
    }
    const final = decide(this.box, this.obs, now, this.config, { analyzer: Boolean(this.deps.analyzer) });
    return { box: this.box, decision: final, alerts: this.alerts, actedWaits: this.actedWaits };
  }

  /**
   * Claims the tasks about to start, jobs and the one synchronous task, in one write
   * (src/driver/claim.ts) and returns those this run may start. A task another run claimed or
   * moved meanwhile waits; an expired claim on change-advisory-status is adopted (its run most
   * likely approved the MR, then died); an expired claim on an async task whose job the executor
   * cannot look up holds the task for a person; any other expired claim is taken over.
   */
  private async claimStarts(actions: readonly Action[], now: Date): Promise<Set<FlowTask>> {
    const slot = this.slot!;
    // Claims are stamped and judged at the moment of writing (retries earlier in the run take time).
    const at = this.deps.clock.now();
    const findsJobs = Boolean(this.deps.executor.findJob);
    const wanted: FlowTask[] = [];
    for (const action of actions) {
      if (!claimsBeforeStart(action)) continue;
      const { state, claim } = claimState(this.box, action.task, at, slot.runId);
      if (state === 'expired' && ADOPTED_ON_EXPIRY.has(action.task)) this.adoptClaimed(action.task, slot.runId);
      else if (state === 'expired' && heldOnExpiry(action.task, findsJobs)) this.holdForPerson(action.task, claim!);
      else wanted.push(action.task);
    }
    if (wanted.length === 0) return new Set();
    const result = await slot.claim(wanted, this.box, at, {
      redecide: (box) => decide(box, this.obs, now, this.config, { analyzer: Boolean(this.deps.analyzer) }).actions.filter(claimsBeforeStart).map((a) => a.task),
      retry: (what, fn) => this.retry(what, fn),
      findsJobs,
    });
    if (result.merged) {
      this.box = result.merged;
      this.emit('decision', 'another run wrote the StateBox meanwhile: read it again and decided again on what it holds now');
    }
    if (result.error) {
      this.emit('error', `could not claim ${wanted.join(', ')} in the StateBox, nothing started; the next run tries again: ${result.error}`);
      this.deps.log.warning(`${this.release}: could not claim ${wanted.join(', ')}: ${result.error}`);
    }
    for (const { task, reason } of result.refused) {
      this.actedWaits.push({ tasks: [task], on: 'claim', detail: reason });
      this.emit('wait', reason, task);
    }
    if (result.claim && result.granted.length) {
      this.box = withClaims(this.box, result.granted, result.claim);
      this.emit('commit', `wrote ${stateBoxPath(this.release)}: claim on ${result.granted.join(', ')} before starting (attempt ${result.attempts})`);
      this.hook(() => this.deps.hooks?.afterClaim?.(this.release, result.granted));
    }
    return new Set(result.granted);
  }

  /** change-advisory-status claimed by a run that died before recording it: taken as started, never run twice. */
  private adoptClaimed(task: FlowTask, runId: string): void {
    const claim = claimState(this.box, task, this.deps.clock.now(), runId).claim!;
    const claimedAt = Date.parse(claim.at);
    // A run that claimed it to run it again (the prod metadata answered) keeps the first deadline.
    const deadline =
      this.task(task)?.deadline ?? isoSeconds(new Date((Number.isNaN(claimedAt) ? this.deps.clock.now().getTime() : claimedAt) + ADVISORY_DEADLINE_MS));
    const text = `Adopted: a run claimed ${task} at ${claim.at} and died before recording it; it most likely approved the shipment MR, so it is not started again. Waiting for the prod advisory metadata until ${deadline}. If the MR is not approved, /release:retry ${this.release} ${task}.`;
    this.touched.add(task);
    this.emit('decision', text, task);
    this.update(task, { status: 'In Progress', result: text, deadline }, text);
    this.box = withoutClaims(this.box, [task]);
  }

  /**
   * An async task claimed by a run that died before recording it, with an executor that cannot
   * look up the job (no findJob): that run may have started it, so starting it again may run
   * it twice. Nothing starts; the task waits for a person (the wait, the notification and the
   * summary come from decide, which reads the record), and this warning is said once.
   */
  private holdForPerson(task: FlowTask, claim: Claim): void {
    this.touched.add(task);
    this.box = withoutClaims(withUnrecordedStart(this.box, task, claim), [task]);
    const text = `${task} may have been started by run ${claim.run} at ${claim.at}, which died before recording its job, and the executor cannot look the job up: nothing started; a person checks the job system, then /release:record-job ${this.release} ${task} JOB records the job it finds, or /release:retry ${this.release} ${task} starts the task again`;
    this.emit('decision', text, task);
    this.deps.log.warning(`${this.release}: ${text}`);
  }

  /** Decide, probe what the decision needs and has not seen, decide again until nothing new is needed. */
  private async decideWithProbes(now: Date): Promise<Decision> {
    for (;;) {
      const d = decide(this.box, this.obs, now, this.config, { analyzer: Boolean(this.deps.analyzer) });
      const fresh = d.needs.filter((p) => !this.probed.has(p));
      if (fresh.length === 0) return d;
      for (const probe of fresh) {
        this.probed.add(probe);
        (this.obs as Record<Probe, Observed<unknown>>)[probe] = await this.observe(probe);
      }
    }
  }

  private retry<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return withRetry(fn, {
      clock: this.deps.clock,
      backoffMs: this.config.retryBackoffMs,
      onRetry: (err, attempt, delay) =>
        this.deps.log.warning(`${this.release}: ${what}: ${err.message} (attempt ${attempt}, retrying in ${Math.round(delay / 1000)}s)`),
    });
  }

  private async observe(probe: Probe): Promise<Observed<unknown>> {
    const { probes, record } = this.deps;
    const box = this.box;
    const calls: Record<Probe, () => Promise<unknown>> = {
      promotion: () => probes.promotion(this.release),
      stageRelease: () => probes.stageReleaseSucceeded(box.metadata.shipment_mr as string),
      promotedTestResult: () => readTestResult(record, this.release),
      candidateTestResult: () => readTestResult(record, candidateBuild(box) as string),
      prodMetadata: () => probes.prodMetadataAccessible(this.release),
    };
    try {
      return { ok: true, value: await this.retry(`checking ${PROBE_WORDS[probe]}`, calls[probe]) };
    } catch (err) {
      if (err instanceof SetupError) throw err;
      const message = errorMessage(err);
      this.emit('error', `could not check ${PROBE_WORDS[probe]}: ${message}`);
      this.deps.log.warning(`${this.release}: could not check ${PROBE_WORDS[probe]}: ${message}`);
      if (err instanceof PermanentError) {
        // Not a task failure but a broken credential or system: a blocker issue makes it Red, once.
        const text = `Cannot check ${PROBE_WORDS[probe]}: ${message}`;
        if (!this.box.issues.some((i) => !i.resolved && i.issue === maskEmails(text))) {
          this.box = addIssue(this.box, { text, blocker: true, tasks: [], now: this.deps.clock.now() });
          this.emit('decision', `blocker issue added: ${text}`);
        }
      }
      return { ok: false, message };
    }
  }

  private update(task: string, patch: TaskPatch, why: string, human = false): void {
    const r = updateTask(this.box, task, patch, this.deps.clock.now(), { human });
    if (r.refused) {
      this.deps.log.warning(`${this.release}: ${r.refused}`);
      this.emit('decision', r.refused, task);
    }
    this.box = r.box;
    if (r.transition) this.emit('status', why, task, r.transition.to);
    // Remember a final status or a new job of ours, to put it back if another writer regresses it.
    if (!human && r.changed) this.box = rememberOutcome(this.box, task, isoSeconds(this.deps.clock.now()));
  }

  /** The attempt a start of `task` opens: one more than the last recorded start. */
  private nextAttempt(task: FlowTask): number {
    return (this.task(task)?.attempt ?? 0) + 1;
  }

  private task(name: string): StateBoxTask | undefined {
    return this.box.tasks.find((t) => t.name === name);
  }

  private context(task: FlowTask, owner?: string): ExecContext {
    const record = this.task(task);
    const jobId = record?.job?.id ?? legacyJob(record?.result)?.id;
    const notBefore = resetAtOf(record);
    return {
      release: this.release,
      statebox: this.box,
      ...(owner ? { owner } : {}),
      ...(jobId ? { jobId } : {}),
      ...(notBefore ? { notBefore } : {}),
    };
  }

  private async execute(action: Action): Promise<void> {
    switch (action.type) {
      case 'update':
        return this.update(action.task, action.patch, action.why);
      case 'stage-release-wait': {
        const driver = { ...this.box.driver };
        if (action.since === undefined) delete driver['stage_release_waiting_since'];
        else driver['stage_release_waiting_since'] = action.since;
        this.box = { ...this.box, driver };
        return;
      }
      case 'poll':
        return this.guard(action.task, 'poll', () => this.poll(action.task));
      case 'trigger':
        return this.guard(action.task, 'trigger', () => this.trigger(action.task));
      case 'run':
        return this.guard(action.task, 'run', () => this.runTask(action.task, action.owner));
      case 'analyze':
        return this.guard(action.task, 'analyze', () => this.analyze(action.task, action.build, action.advisory, action.evidence));
    }
  }

  /**
   * Runs one piece of work on a task and turns its error into what it means: transient (after
   * the retries) leaves the task as it was for the next run; permanent fails the task.
   */
  private async guard(task: FlowTask, what: string, fn: () => Promise<void>): Promise<void> {
    this.touched.add(task);
    if (this.config.dryRun && what !== 'analyze') {
      this.emit('decision', `dry run: would ${what} ${task}`, task);
      return;
    }
    try {
      await fn();
    } catch (err) {
      // A broken setup is not the task's failure: the run stops and keeps nothing of this step.
      if (err instanceof RunAborted || err instanceof SetupError) throw err;
      const message = maskEmails(errorMessage(err));
      if (err instanceof PermanentError || err instanceof InputError) {
        this.emit('error', `${what} of ${task} failed permanently: ${message}`, task);
        this.deps.log.error(`${this.release}: ${task}: ${message}`);
        this.update(task, { status: 'Fail', result: `${TASK_INFO[task].display} failed: ${message}` }, `permanent error: ${message}`);
        return;
      }
      const kind = err instanceof TransientError ? 'still failing after retries' : 'unexpected error';
      this.emit('error', `${what} of ${task}: ${kind}, the task stays as it was and the next run tries again: ${message}`, task);
      this.deps.log.warning(`${this.release}: ${task}: ${message} (${kind}; next run retries)`);
    }
  }

  private hook(fn: (() => void) | undefined): void {
    try {
      fn?.();
    } catch (err) {
      throw new RunAborted(err);
    }
  }

  private jobPatch(outcome: ExecOutcome): TaskPatch {
    if (!outcome.jobId) return {};
    return { job: { id: outcome.jobId, ...(outcome.jobUrl ? { url: outcome.jobUrl } : {}), triggered_at: isoSeconds(this.deps.clock.now()) } };
  }

  private resultText(task: FlowTask, outcome: ExecOutcome): string {
    return outcome.output.trim() !== '' ? outcome.output : `${TASK_INFO[task].display}: ${outcome.status}`;
  }

  private recordWait(task: FlowTask, outcome: ExecOutcome): void {
    const wait = outcome.wait ?? { on: 'executor', detail: outcome.output.trim() || 'the executor says it must wait' };
    const reason = wait.detail;
    this.actedWaits.push({ tasks: [task], ...wait });
    this.emit('wait', reason, task);
    // oar may record Fail for what is a wait (it logs ERROR lines): the next run knows better.
    if (this.task(task)?.status !== 'In Progress') this.box = remember(this.box, task, { status: 'Wait', at: isoSeconds(this.deps.clock.now()), reason });
  }

  private async poll(task: AsyncTask): Promise<void> {
    const before = this.task(task);
    const outcome = await this.retry(`polling ${task}`, () => this.deps.executor.poll(task, this.context(task)));
    if (outcome.status === 'Wait') return this.recordWait(task, outcome);
    if (outcome.retrigger && !before?.retriggered_from) return this.retriggerOnce(task, outcome.retrigger.reason, before);
    if (outcome.status === 'In Progress') {
      // Still running: nothing to write, unless the job id is news (never overwrite a recorded one).
      if (!before?.job && outcome.jobId) this.update(task, this.jobPatch(outcome), 'job recorded');
      return;
    }
    this.update(task, { status: outcome.status, result: this.resultText(task, outcome), ...this.jobPatch(outcome) }, `${task} ${outcome.status}`);
  }

  /**
   * Upstream asked for a new job (image-consistency-check printed `[Not Started]` after its Prow
   * job was aborted or errored): the task goes back to Not Started, the ended job is kept in
   * `retriggered_from`, and this run's second phase starts it again (claimed like any start).
   * Once only: a second request is the Fail it reports.
   */
  private retriggerOnce(task: AsyncTask, reason: string, before: StateBoxTask | undefined): void {
    const ended = before?.job?.url ?? before?.job?.id ?? 'unknown';
    const text = `${reason}\nRe-triggering once, as upstream asks (ended job ${ended}); a second abort is a Fail.`;
    const r = updateTask(this.box, task, { status: 'Not Started', result: text }, this.deps.clock.now(), { human: true, reset: true });
    const at = isoSeconds(this.deps.clock.now());
    this.box = { ...r.box, tasks: r.box.tasks.map((t) => (t.name === task ? { ...t, retriggered_from: ended, reset_at: at } : t)) };
    this.emit('decision', `${task}: ${reason}; re-triggered once`, task);
    if (r.transition) this.emit('status', `re-trigger of ${task} (job ${ended} ended)`, task, r.transition.to);
  }

  private async trigger(task: AsyncTask): Promise<void> {
    const { executor } = this.deps;
    const ctx = this.context(task);
    // Idempotent across crashes: a job started by a run that died before writing is adopted, not started twice.
    type Started = { adopted: { jobId: string; jobUrl?: string } } | { outcome: ExecOutcome };
    const started = await this.retry(`starting ${task}`, async (): Promise<Started> => {
      const found = executor.findJob ? await executor.findJob(task, ctx) : undefined;
      return found ? { adopted: found } : { outcome: await executor.start(task, ctx) };
    });
    if ('adopted' in started) {
      const { jobId, jobUrl } = started.adopted;
      const text = `Adopted job ${jobUrl ?? jobId}, started earlier by a run that did not record it; not triggered again.`;
      this.emit('decision', text, task);
      this.update(task, { status: 'In Progress', result: text, attempt: this.nextAttempt(task), job: { id: jobId, ...(jobUrl ? { url: jobUrl } : {}), triggered_at: isoSeconds(this.deps.clock.now()) } }, text);
      return;
    }
    const outcome = started.outcome;
    if (outcome.status === 'Wait') return this.recordWait(task, outcome);
    this.emit('trigger', `started ${task}${outcome.jobId ? ` (job ${outcome.jobUrl ?? outcome.jobId})` : ''}`, task, outcome.status);
    this.hook(() => this.deps.hooks?.afterTrigger?.(this.release, task));
    this.update(task, { status: outcome.status, result: this.resultText(task, outcome), attempt: this.nextAttempt(task), ...this.jobPatch(outcome) }, `${task} started`);
  }

  private async runTask(task: RunTask, owner: string | undefined): Promise<void> {
    // A synchronous task is recorded once it ran: it started now, not when it finished.
    const started_at = isoSeconds(this.deps.clock.now());
    if (task === 'check-rhcos-security-alerts') return this.checkSecurityAlerts(started_at);
    // change-advisory-status In Progress runs again once the prod metadata answers: its deadline stays.
    const again = task === 'change-advisory-status' && this.task(task)?.status === 'In Progress';
    const outcome = await this.retry(`running ${task}`, () => this.deps.executor.start(task, this.context(task, owner)));
    if (outcome.status === 'Wait') return this.recordWait(task, outcome);
    this.emit('trigger', `ran ${task}${again ? ' again (prod metadata accessible)' : ''}`, task, outcome.status);
    this.hook(() => this.deps.hooks?.afterTrigger?.(this.release, task));
    const patch: TaskPatch = { status: outcome.status, result: this.resultText(task, outcome), started_at, attempt: this.nextAttempt(task), ...this.jobPatch(outcome) };
    if (again && outcome.status === 'In Progress') {
      this.update(task, { result: patch.result }, 'advisories not moved yet: oar change-advisory-status still reports In Progress');
      return;
    }
    if (task === 'change-advisory-status' && outcome.status === 'In Progress') {
      // No detached checker: every later run checks the prod metadata until this deadline.
      const deadline = isoSeconds(new Date(this.deps.clock.now().getTime() + ADVISORY_DEADLINE_MS));
      this.update(task, { ...patch, deadline }, `shipment MR approved; waiting for prod metadata until ${deadline}`);
      return;
    }
    this.update(task, patch, `${task} ${outcome.status}`);
  }

  /** Informational and always Pass (spec §4): blocking alerts become a non-blocker issue and a notification. */
  private async checkSecurityAlerts(started_at: string): Promise<void> {
    const task = 'check-rhcos-security-alerts';
    const advisory = this.box.metadata.advisory_ids?.['rhcos'];
    if (advisory === undefined) {
      this.update(task, { status: 'Pass', started_at, result: 'No RHCOS advisory in the StateBox metadata: no security alerts to check.' }, 'no RHCOS advisory');
      return;
    }
    const alerts = await this.retry('checking RHCOS security alerts', () => this.deps.probes.rhcosSecurityAlerts(advisory));
    const blocking = alerts.filter((a) => a.blocking);
    if (blocking.length === 0) {
      this.update(task, { status: 'Pass', started_at, result: `No blocking security alerts on RHCOS advisory ${advisory} (${alerts.length} alert(s) in total).` }, 'no blocking alerts');
      return;
    }
    const lines = blocking.map((a) => `- ${a.name}: ${a.text ?? ''}${a.how_to_resolve ? ` How to resolve: ${a.how_to_resolve}` : ''}`.trim());
    const text = `Blocking security alert(s) on RHCOS advisory ${advisory}: ${blocking.map((a) => a.name).join(', ')}. Email secalert@redhat.com with the advisory id and the alert details; resolve this issue when done.`;
    const already = this.box.issues.some((i) => !i.resolved && i.issue === maskEmails(text));
    if (!already) this.box = addIssue(this.box, { text, blocker: false, tasks: [task], now: this.deps.clock.now() });
    this.alerts.push({ advisory, alerts: blocking });
    this.update(
      task,
      { status: 'Pass', started_at, result: `BLOCKING SECURITY ALERT(S) on RHCOS advisory ${advisory}; the pipeline continues, follow-up required:\n${lines.join('\n')}` },
      'blocking alerts recorded as an issue',
    );
  }

  /** The analyzer's verdict goes under the BO3 evidence it judged, never in its place. */
  private async analyze(task: GateTask, build: string, advisory: boolean, evidence: string): Promise<void> {
    const analyzer = this.deps.analyzer;
    if (!analyzer) return;
    const verdict = await this.retry(`analyzing ${build}`, () => analyzer.analyze(build));
    const result = `${evidence}\n${`${ADVICE_MARKER} ${verdict.recommendation}. ${verdict.reasoning}`.trim()}`;
    if (advisory) {
      this.emit('decision', `analyzer recommends ${verdict.recommendation} for ${build}; waiting for a human decision`, task);
      this.update(task, { result, analyzer_advice: verdict.recommendation }, 'analyzer advice recorded');
      return;
    }
    const status = verdict.recommendation === 'ACCEPT' ? 'Pass' : 'Fail';
    this.emit('decision', `analyzer says ${verdict.recommendation} for ${build}: ${task} ${status}`, task, status);
    this.update(task, { status, result }, `analyzer ${verdict.recommendation}`);
  }
}
