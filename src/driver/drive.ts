import { waitLine } from '../core/waits';
import { randomUUID } from 'node:crypto';
import { SetupError, TransientError, errorMessage, setupErrorIn } from '../core/errors';
import { overallStatus } from '../core/overall';
import { ownerOf } from '../core/decide';
import { isoSeconds } from '../core/time';
import { RetryLaterError, withRetry } from '../core/retry';
import { stateBoxPath } from '../core/version';
import { claimsOf, withoutClaims } from '../core/claims';
import { loadStateBox, saveStateBox, type SaveResult } from '../statebox/repository';
import type { StateBox } from '../core/model';
import type { StateStore } from '../ports/store';
import { activeReleases, validateNamedRelease } from './active';
import { createStateBox } from './create';
import { applyCommand } from './commands';
import { StateBoxSlot } from './claim';
import { ReleaseStep, RunAborted } from './drive-release';
import { notificationsFor } from './notifications';
import { ownedBy, reportStaged, sendOwned, stageNotifications } from './outbox';
import { RunGuard } from './run-guard';
import type { OperationsBudget } from '../ports/budget';
import type { CommandReply, DriverConfig, DriverDeps, EventType, HumanCommand, ReleaseRunResult, RunEvent, RunResult } from './types';

export interface DriveOptions {
  /** Drive exactly these releases (validated); default: every active release. */
  readonly releases?: readonly string[];
  /** Commands from people, already parsed and authorized; their releases are driven too. */
  readonly commands?: readonly HumanCommand[];
  readonly config: DriverConfig;
  /** Checked between releases, never in the middle of one. */
  readonly budget?: OperationsBudget;
  /** Names this run in the claims it writes; default a random id (the simulator passes its run number). */
  readonly runId?: string;
  /** What `preflight` found, when the caller ran it before reading anything; default: driveOnce runs it first. */
  readonly preflight?: RunGuard;
}

/** What may be checked before a run: the executor (Executor.preflight) and the analyzer (CommandAnalyzer.preflight). */
interface Checked {
  preflight?(): Promise<void>;
}

/** The day a setup message is about: at most one Slack message per day says the setup is broken. */
export function setupNotificationKey(now: Date): string {
  return `setup:${now.toISOString().slice(0, 10)}`;
}

/**
 * Before a run reads or writes any StateBox: the executor answers and has what it needs, the
 * analyzer's program is there. A SetupError (after telling Slack, once a day) ends the run
 * before it touched anything; a system that does not answer right now (after the run's short
 * retries) is down for this run: nothing that needs it is called, the next run tries again.
 * Returns what the run knows about the outside systems, for driveOnce.
 */
export async function preflight(deps: DriverDeps, config: DriverConfig): Promise<RunGuard> {
  const guard = new RunGuard(config.retryBackoffMs.length);
  const parts: [string, Checked | undefined][] = [
    ['the executor', deps.executor],
    ['the analyzer', deps.analyzer as Checked | undefined],
  ];
  try {
    for (const [system, part] of parts) {
      const check = part?.preflight?.bind(part);
      if (!check) continue;
      try {
        await withRetry(() => guard.call(system, check), {
          clock: deps.clock,
          backoffMs: config.retryBackoffMs,
          onRetry: (err, attempt, delay) => deps.log.warning(`Checking ${system}: ${err.message} (attempt ${attempt}, retrying in ${Math.round(delay / 1000)}s)`),
        });
      } catch (err) {
        if (setupErrorIn(err)) throw guard.failSetup(setupErrorIn(err)!);
        if (!(err instanceof TransientError)) throw guard.failSetup(new SetupError(`Checking ${system} before the run failed: ${errorMessage(err)}`, { cause: err }));
        guard.markDown(system, err);
        deps.log.warning(`${system.charAt(0).toUpperCase()}${system.slice(1)} does not answer (${errorMessage(err).replace(/\.$/, '')}): nothing that needs it runs in this run; the next run tries again.`);
      }
    }
  } catch (err) {
    if (err instanceof SetupError) await tellSetup(deps, config, err);
    throw err;
  }
  return guard;
}

/**
 * Tells Slack that the setup is broken, at most once a day: the message goes straight to the
 * notifier (no StateBox may change) with a key per day, and the notifier does not post a key
 * it finds among the channel's latest messages. A failure to tell is a warning.
 */
async function tellSetup(deps: DriverDeps, config: DriverConfig, err: SetupError): Promise<void> {
  if (!deps.notifier || config.dryRun) return;
  try {
    await deps.notifier.notify(
      { key: setupNotificationKey(deps.clock.now()), release: 'all', kind: 'stuck', text: `The release driver stopped before changing anything: ${err.message}` },
      undefined,
    );
  } catch (e) {
    deps.log.warning(`Could not tell Slack that the setup is broken: ${errorMessage(e)}`);
  }
}

type Emit = (type: EventType, detail: string, task?: string, status?: string) => void;

function withoutTimestamp(box: StateBox | undefined): string {
  if (!box) return '';
  const { updated_at: _ignored, ...rest } = box;
  return JSON.stringify(rest);
}

function placeholder(release: string, at: string): StateBox {
  return { schema_version: '1.0', release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [] };
}

/**
 * One run: check the setup first (preflight), then for each release (the active ones, or
 * those named), load its StateBox once, apply people's commands, take one step and commit it
 * (merging on conflict) with the notifications it owes; once that commit landed, send them and
 * record that they went out (src/driver/outbox.ts). Tasks with effects outside the StateBox
 * are claimed before they start (src/driver/claim.ts). A broken StateBox is reported and left
 * alone; the other releases go on. A setup error (SetupError) ends the run: this release's
 * step is dropped (a claim it wrote is released), no other release is driven, and the error is
 * thrown for the caller to exit 1 with its sentence.
 */
export async function driveOnce(raw: DriverDeps, opts: DriveOptions): Promise<RunResult> {
  const guard = opts.preflight ?? (await preflight(raw, opts.config));
  const deps = guard.guard(raw);
  const events: RunEvent[] = [];
  const replies: CommandReply[] = [];
  const results: ReleaseRunResult[] = [];
  const commands = opts.commands ?? [];
  const emitFor =
    (release: string): Emit =>
    (type, detail, task, status) => {
      const event: RunEvent = { at: isoSeconds(deps.clock.now()), release, type, ...(task ? { task } : {}), ...(status ? { status } : {}), detail };
      events.push(event);
      deps.events?.(event);
    };
  const failed = (release: string, err: unknown): void => {
    const message = errorMessage(err);
    emitFor(release)('error', message);
    deps.log.error(`${release}: ${message}`);
    results.push({ release, overall: 'In Progress', statebox: placeholder(release, isoSeconds(deps.clock.now())), waits: [], wrote: false, error: message });
  };

  // Active releases first, then those a person or the releases input named. A named release is
  // checked only when its turn comes, so checking is charged to the budget like driving: a run
  // over budget has driven the releases it could check, in this order, and leaves the rest.
  const named = [...(opts.releases ?? []), ...commands.flatMap((c) => c.release ?? [])];
  const queue: { name: string; check: boolean }[] = [];
  if (!opts.releases?.length) for (const release of await activeReleases(deps.store, deps.clock.now(), [], { log: deps.log })) queue.push({ name: release, check: false });
  for (const name of new Set(named)) if (!queue.some((q) => q.name === name)) queue.push({ name, check: true });
  if (queue.length === 0) deps.log.info('No active release to drive.');

  const runId = opts.runId ?? randomUUID();
  const driven = new Set<string>();
  let skipped: string[] = [];
  for (const [i, { name, check }] of queue.entries()) {
    if (opts.budget?.exhausted) {
      skipped = queue.slice(i).map((q) => q.name);
      deps.log.warning(
        `The operations budget of this run is spent (${opts.budget.spent} of ${opts.budget.limit}); ${listed(skipped)} left for the next run. Raise the max-operations input to drive more releases per run.`,
      );
      break;
    }
    let release = name;
    if (check) {
      try {
        release = await validateNamedRelease(deps.store, name);
      } catch (err) {
        // A refusal for this release only: the run goes on for the others.
        if (!results.some((r) => r.release === name)) failed(name, err);
        for (const command of commands.filter((c) => c.release === name)) replies.push({ command, error: errorMessage(err) });
        continue;
      }
    }
    if (driven.has(release)) continue;
    driven.add(release);
    try {
      const mine = commands.filter((c) => c.release === release);
      results.push(await driveRelease(deps, { release, runId, guard, store: raw.store }, mine, opts.config, emitFor(release), replies));
    } catch (err) {
      // A crash hook fired: the run dies here, as the simulator asked.
      if (err instanceof RunAborted) throw err.original;
      const setup = guard.setupError ?? setupErrorIn(err);
      if (setup) {
        await tellSetup(raw, opts.config, guard.failSetup(setup));
        throw guard.setupError;
      }
      failed(release, err);
      // GitHub will not answer for a while (a far rate-limit reset): stop calling it this run.
      const later = retryLaterIn(err);
      if (later) {
        skipped = queue.slice(i + 1).map((q) => q.name);
        if (skipped.length) {
          deps.log.warning(`${later.message} ${listed(skipped)} left for the next run.`);
        }
        break;
      }
    }
  }
  for (const [system, err] of guard.downSystems) {
    deps.log.warning(`${system.charAt(0).toUpperCase()}${system.slice(1)} was not answering in this run (${errorMessage(err).replace(/\.$/, '')}); what needs it waits for the next run.`);
  }
  return { releases: results, events, replies, ...(skipped.length ? { skipped } : {}) };
}

interface ReleaseRun {
  readonly release: string;
  readonly runId: string;
  readonly guard: RunGuard;
  /** The StateBox store itself, for releasing a claim once the guarded one refuses writes. */
  readonly store: StateStore;
}

async function driveRelease(
  deps: DriverDeps,
  { release, runId, guard, store }: ReleaseRun,
  commands: readonly HumanCommand[],
  config: DriverConfig,
  emit: Emit,
  replies: CommandReply[],
): Promise<ReleaseRunResult> {
  const { clock, log } = deps;
  // No retries around the store here: its client retried already (core/retry.ts, RetriedError).
  let loaded: Awaited<ReturnType<typeof loadStateBox>>;
  try {
    loaded = await loadStateBox(deps.store, release);
  } catch (err) {
    throw new Error(`The StateBox of ${release} cannot be used, left untouched: ${errorMessage(err)}`, { cause: err });
  }
  let box: StateBox;
  // No StateBox yet: upstream's create-test-report creates it (src/driver/create.ts).
  const creating = !loaded;
  if (loaded) box = loaded.box;
  else ({ loaded, box } = await createStateBox(deps, release, emit, config.dryRun));
  const before = loaded?.box;

  for (const command of commands) {
    try {
      const out = applyCommand(box, command, clock.now());
      box = out.box;
      replies.push({ command, reply: out.reply });
      emit('decision', `${command.kind} by ${command.by}: ${out.reply}`);
      for (const t of out.transitions) emit('status', `${command.kind} by ${command.by}`, t.task, t.to);
    } catch (err) {
      replies.push({ command, error: errorMessage(err) });
      emit('error', `${command.kind} by ${command.by} refused: ${errorMessage(err)}`);
    }
  }

  const slot = new StateBoxSlot(deps.store, release, loaded, runId);
  let step: Awaited<ReturnType<ReleaseStep['run']>>;
  try {
    step = await new ReleaseStep(deps, config, box, emit, slot, creating && !config.dryRun).run();
  } catch (err) {
    // A setup error the step let through: the claim it may have written goes all the same.
    if (guard.setupError ?? setupErrorIn(err)) await releaseClaims(store, release, slot, runId, deps);
    throw err;
  }
  if (guard.setupError) {
    // The setup is broken, not the release: nothing of this step is kept.
    await releaseClaims(store, release, slot, runId, deps);
    throw guard.setupError;
  }
  box = step.box;
  const waitsOn = [...step.decision.waitsOn, ...step.actedWaits];
  for (const wait of step.decision.waits) emit('wait', wait);
  const result = (statebox: StateBox, wrote: boolean, error?: string): ReleaseRunResult => ({
    release,
    overall: overallStatus(statebox),
    statebox,
    waits: waitsOn.map(waitLine),
    waitsOn,
    wrote,
    ...(error ? { error } : {}),
    ...(step.decision.notes.length ? { notes: step.decision.notes } : {}),
  });

  const owner = ownerOf(box, config);
  // Notifications are recorded in the commit and sent only after it landed (src/driver/outbox.ts).
  const staged = deps.notifier
    ? stageNotifications(box, notificationsFor({ before, after: box, decision: step.decision, alerts: step.alerts, owner }), runId, clock.now())
    : undefined;
  // A claim written this run is always followed by the write that records the start or releases it.
  if (!slot.claimed && withoutTimestamp(before) === withoutTimestamp(staged?.box ?? box)) return result(box, false);
  if (config.dryRun) {
    emit('decision', `dry run: would write ${stateBoxPath(release)} and send ${staged?.owned ?? 0} notification(s)`);
    return result(box, false);
  }

  callHook(() => deps.hooks?.beforeCommit?.(release));
  if (staged) {
    reportStaged(staged, release, deps, emit);
    box = staged.box;
  }
  // What the store holds: as read, or as this run's claim write left it.
  if (withoutTimestamp(slot.base) === withoutTimestamp(box)) return result(box, false);
  box = { ...box, updated_at: isoSeconds(clock.now()) };

  const changes = statusChanges(before, box);
  let saved: SaveResult;
  try {
    saved = await saveStateBox(deps.store, release, {
      base: slot.base,
      baseSha: slot.sha,
      ours: box,
      message: `${release}: ${changes.length ? changes.join(', ') : 'driver bookkeeping'} (krd drive)`,
      clock,
    });
    for (const c of saved.conflicts) emit('decision', `merged a concurrent change at ${c.where}: ${c.resolution}`);
    emit('commit', `wrote ${stateBoxPath(release)}${changes.length ? `: ${changes.join(', ')}` : ''} (attempt ${saved.attempts})`);
  } catch (err) {
    const landed = staged?.owned ? await landedDespite(deps, release, runId) : undefined;
    if (!landed) {
      // Nothing recorded, so nothing is sent: the next run derives the same notifications again.
      const message = `could not write ${stateBoxPath(release)}: ${errorMessage(err)}`;
      emit('error', message);
      log.error(`${release}: ${message}`);
      return result(box, false, message);
    }
    emit('commit', `wrote ${stateBoxPath(release)}${changes.length ? `: ${changes.join(', ')}` : ''} (the answer was lost: ${errorMessage(err)}; the StateBox read again shows the commit landed)`);
    saved = landed;
  }
  return result(await sendAndConfirm(deps, release, saved, runId, owner, emit), true);
}

/**
 * A write that failed may still have landed (its answer lost on the way back). The notifications
 * it recorded as this run's tell: read the StateBox again once, and if they are there, the
 * commit is this run's and so is sending them. Otherwise (or when the read fails too) undefined.
 */
async function landedDespite(deps: DriverDeps, release: string, runId: string): Promise<SaveResult | undefined> {
  try {
    const fresh = await loadStateBox(deps.store, release);
    if (!fresh || ownedBy(fresh.box, runId).length === 0) return undefined;
    return { sha: fresh.sha, box: fresh.box, attempts: 1, conflicts: [], written: true };
  } catch {
    return undefined;
  }
}

/**
 * Sends the notifications this run's commit recorded as its own, then writes which went out.
 * When that write fails the messages stay recorded as this run's: never sent again.
 */
async function sendAndConfirm(deps: DriverDeps, release: string, saved: SaveResult, runId: string, owner: string | undefined, emit: Emit): Promise<StateBox> {
  const { clock, log } = deps;
  if (ownedBy(saved.box, runId).length === 0) return saved.box;
  const out = await sendOwned(deps, saved.box, runId, owner, emit);
  const confirmed = { ...out.box, updated_at: isoSeconds(clock.now()) };
  const what = [out.sent ? `${out.sent} sent` : '', out.failed ? `${out.failed} to send again later` : ''].filter(Boolean).join(', ');
  try {
    const done = await saveStateBox(deps.store, release, { base: saved.box, baseSha: saved.sha, ours: confirmed, message: `${release}: notifications: ${what} (krd drive)`, clock });
    emit('commit', `wrote ${stateBoxPath(release)}: notifications ${what} (attempt ${done.attempts})`);
    return done.box;
  } catch (err) {
    const message = `could not record in ${stateBoxPath(release)} which notifications were sent (${what}): ${errorMessage(err)}; they stay recorded as this run's and are not sent again`;
    emit('error', message);
    log.warning(`${release}: ${message}`);
    return saved.box;
  }
}

/**
 * A claim this run wrote before it met a setup error: written back without it, so that the
 * next run is not held up for 15 minutes by a run that started nothing. A failure to release
 * it is a warning (the claim then expires as a dead run's would).
 */
async function releaseClaims(store: StateStore, release: string, slot: StateBoxSlot, runId: string, deps: DriverDeps): Promise<void> {
  if (!slot.claimed || !slot.base) return;
  const mine = Object.entries(claimsOf(slot.base)).flatMap(([task, claim]) => (claim.run === runId ? [task] : []));
  if (mine.length === 0) return;
  try {
    await saveStateBox(store, release, {
      base: slot.base,
      baseSha: slot.sha,
      ours: withoutClaims(slot.base, mine),
      message: `${release}: release the claim on ${mine.join(', ')}: the run stopped on a setup error, nothing started (krd drive)`,
      clock: deps.clock,
    });
  } catch (err) {
    deps.log.warning(`${release}: could not release the claim on ${mine.join(', ')} (${errorMessage(err)}); it expires in 15 minutes.`);
  }
}

function callHook(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    throw new RunAborted(err);
  }
}

function statusChanges(before: StateBox | undefined, after: StateBox): string[] {
  return after.tasks.flatMap((t) => {
    const was = before?.tasks.find((b) => b.name === t.name)?.status;
    return was === t.status ? [] : [`${t.name} ${was ?? 'new'} → ${t.status}`];
  });
}

/** The RetryLaterError behind `err`, if any: a wait too long for this run. */
function retryLaterIn(err: unknown): RetryLaterError | undefined {
  for (let e: unknown = err; e instanceof Error; e = e.cause) if (e instanceof RetryLaterError) return e;
  return undefined;
}

/** A list of releases for a log line: the first ten, then how many more. */
function listed(releases: readonly string[]): string {
  return releases.length > 10 ? `${releases.slice(0, 10).join(', ')} and ${releases.length - 10} more` : releases.join(', ');
}
