import { randomUUID } from 'node:crypto';
import { errorMessage } from '../core/errors';
import { overallStatus } from '../core/overall';
import { ownerOf } from '../core/decide';
import { isoSeconds } from '../core/time';
import { RetryLaterError, withRetry } from '../core/retry';
import { stateBoxPath } from '../core/version';
import { loadStateBox, saveStateBox } from '../statebox/repository';
import type { StateBox } from '../statebox/schema';
import type { Notification } from '../ports/notifier';
import { activeReleases, stateBoxFromTracking, validateNamedRelease } from './active';
import { applyCommand } from './commands';
import { StateBoxSlot } from './claim';
import { ReleaseStep, RunAborted } from './drive-release';
import { notificationsFor, notifiedKeys } from './notifications';
import type { OperationsBudget } from './budget';
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

function commandRelease(cmd: HumanCommand): string | undefined {
  return cmd.release;
}

/**
 * One run: for each release (the active ones, or those named), load its StateBox once,
 * apply people's commands, take one step, notify, and write at most once (merging on
 * conflict). A broken StateBox is reported and left alone; the other releases go on.
 */
export async function driveOnce(deps: DriverDeps, opts: DriveOptions): Promise<RunResult> {
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

  const releases: string[] = [];
  const named = [...(opts.releases ?? []), ...commands.flatMap((c) => commandRelease(c) ?? [])];
  if (!opts.releases?.length) releases.push(...(await activeReleases(deps.store, deps.clock.now(), [], { log: deps.log })));
  for (const name of named) {
    try {
      const release = await validateNamedRelease(deps.store, name);
      if (!releases.includes(release)) releases.push(release);
    } catch (err) {
      if (!results.some((r) => r.release === name)) failed(name, err);
      for (const command of commands.filter((c) => c.release === name)) replies.push({ command, error: errorMessage(err) });
    }
  }
  if (releases.length === 0) deps.log.info('No active release to drive.');

  const runId = opts.runId ?? randomUUID();
  let skipped: string[] = [];
  for (const [i, release] of releases.entries()) {
    if (opts.budget?.exhausted) {
      skipped = releases.slice(i);
      deps.log.warning(
        `The operations budget of this run is spent (${opts.budget.spent} of ${opts.budget.limit}); ${skipped.join(', ')} left for the next run. Raise the max-operations input to drive more releases per run.`,
      );
      break;
    }
    try {
      const mine = commands.filter((c) => c.release === release);
      results.push(await driveRelease(deps, { release, runId }, mine, opts.config, emitFor(release), replies));
    } catch (err) {
      // A crash hook fired: the run dies here, as the simulator asked.
      if (err instanceof RunAborted) throw err.original;
      failed(release, err);
      // GitHub will not answer for a while (a far rate-limit reset): stop calling it this run.
      const later = retryLaterIn(err);
      if (later) {
        skipped = releases.slice(i + 1);
        if (skipped.length) {
          deps.log.warning(`${later.message} ${skipped.join(', ')} left for the next run.`);
        }
        break;
      }
    }
  }
  return { releases: results, events, replies, ...(skipped.length ? { skipped } : {}) };
}

async function driveRelease(
  deps: DriverDeps,
  { release, runId }: { release: string; runId: string },
  commands: readonly HumanCommand[],
  config: DriverConfig,
  emit: Emit,
  replies: CommandReply[],
): Promise<ReleaseRunResult> {
  const { clock, log } = deps;
  const retry = { clock, backoffMs: config.retryBackoffMs };
  let loaded: Awaited<ReturnType<typeof loadStateBox>>;
  try {
    loaded = await withRetry(() => loadStateBox(deps.store, release), retry);
  } catch (err) {
    throw new Error(`The StateBox of ${release} cannot be used, left untouched: ${errorMessage(err)}`, { cause: err });
  }
  const before = loaded?.box;
  let box = before ?? (await withRetry(() => stateBoxFromTracking(deps.store, release, clock.now()), retry));
  if (!before) emit('decision', `no StateBox yet: created one from ${release}'s tracking-file entry`);

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
  const step = await new ReleaseStep(deps, config, box, emit, slot).run();
  box = step.box;
  const waits = [...step.decision.waits, ...step.executorWaits];
  for (const wait of step.decision.waits) emit('wait', wait);
  const result = (statebox: StateBox, wrote: boolean, error?: string): ReleaseRunResult => ({
    release,
    overall: overallStatus(statebox),
    statebox,
    waits,
    wrote,
    ...(error ? { error } : {}),
    ...(step.decision.notes.length ? { notes: step.decision.notes } : {}),
  });

  const owner = ownerOf(box, config);
  const pending = deps.notifier
    ? [...unsentNotifications(box, owner, clock.now(), log), ...notificationsFor({ before, after: box, decision: step.decision, alerts: step.alerts, owner })]
    : [];
  // A claim written this run is always followed by the write that records the start or releases it.
  if (!slot.claimed && withoutTimestamp(before) === withoutTimestamp(box) && pending.length === 0 && unsentOf(box).length === 0) return result(box, false);
  if (config.dryRun) {
    emit('decision', `dry run: would write ${stateBoxPath(release)} and send ${pending.length} notification(s)`);
    return result(box, false);
  }

  callHook(() => deps.hooks?.beforeCommit?.(release));
  box = await notify(deps, box, pending, emit);
  // What the store holds: as read, or as this run's claim write left it.
  if (withoutTimestamp(slot.base) === withoutTimestamp(box)) return result(box, false);
  box = { ...box, updated_at: isoSeconds(clock.now()) };

  const changes = statusChanges(before, box);
  try {
    const saved = await saveStateBox(deps.store, release, {
      base: slot.base,
      baseSha: slot.sha,
      ours: box,
      message: `${release}: ${changes.length ? changes.join(', ') : 'driver bookkeeping'} (krd drive)`,
      clock,
    });
    for (const c of saved.conflicts) emit('decision', `merged a concurrent change at ${c.where}: ${c.resolution}`);
    emit('commit', `wrote ${stateBoxPath(release)}${changes.length ? `: ${changes.join(', ')}` : ''} (attempt ${saved.attempts})`);
    return result(saved.box, true);
  } catch (err) {
    const message = `could not write ${stateBoxPath(release)}: ${errorMessage(err)}`;
    emit('error', message);
    log.error(`${release}: ${message}`);
    return result(box, false, message);
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

/** A notification that could not be sent, kept in the StateBox and tried again for a day. */
interface Unsent {
  readonly key: string;
  readonly kind: Notification['kind'];
  readonly text: string;
  readonly mentionOwner?: boolean;
  readonly since: string;
}

const UNSENT_FOR_MS = 24 * 60 * 60_000;

function unsentOf(box: StateBox): Unsent[] {
  const list = box.driver?.['unsent'];
  return Array.isArray(list) ? (list.filter((u) => u && typeof u === 'object' && typeof u.key === 'string' && typeof u.text === 'string') as Unsent[]) : [];
}

/** Notifications earlier runs could not send (Slack down), still worth sending. */
function unsentNotifications(box: StateBox, owner: string | undefined, now: Date, log: DriverDeps['log']): Notification[] {
  const sent = new Set(notifiedKeys(box));
  return unsentOf(box).flatMap((u) => {
    if (sent.has(u.key)) return [];
    if (now.getTime() - Date.parse(u.since) > UNSENT_FOR_MS) {
      log.warning(`${box.release}: dropping a notification that could not be sent for a day: ${u.text}`);
      return [];
    }
    return [{ key: u.key, release: box.release, kind: u.kind, text: u.text, ...(u.mentionOwner ? { mentionOwner: true } : {}), ...(owner ? { owner } : {}) }];
  });
}

/**
 * Sends each notification; keys of those sent (and the Slack thread) go into the StateBox in
 * the same write as the change that caused them. A failure is a warning and never blocks: the
 * message waits in the StateBox (driver.unsent) for a later run, for up to a day.
 */
async function notify(deps: DriverDeps, box: StateBox, pending: readonly Notification[], emit: Emit): Promise<StateBox> {
  const notifier = deps.notifier;
  if (!notifier || (pending.length === 0 && unsentOf(box).length === 0)) return box;
  const sent = [...notifiedKeys(box)];
  const earlier = new Map(unsentOf(box).map((u) => [u.key, u]));
  const unsent: Unsent[] = [];
  let thread = typeof box.driver?.slack_thread === 'string' ? box.driver.slack_thread : undefined;
  for (const message of pending) {
    try {
      const res = await notifier.notify(message, thread);
      sent.push(message.key);
      if (res.thread) thread = res.thread;
      emit('notify', `${message.kind}: ${message.text}`);
    } catch (err) {
      deps.log.warning(`${box.release}: notification not sent (${message.kind}), will try again next run: ${errorMessage(err)}`);
      emit('error', `notification not sent (${message.kind}): ${errorMessage(err)}`);
      unsent.push({
        key: message.key,
        kind: message.kind,
        text: message.text,
        ...(message.mentionOwner ? { mentionOwner: true } : {}),
        since: earlier.get(message.key)?.since ?? isoSeconds(deps.clock.now()),
      });
    }
  }
  const driver: Record<string, unknown> = { ...box.driver, ...(sent.length ? { notified: sent } : {}), ...(thread ? { slack_thread: thread } : {}) };
  if (unsent.length) driver['unsent'] = unsent;
  else delete driver['unsent'];
  return { ...box, driver };
}

/** The RetryLaterError behind `err`, if any: a wait too long for this run. */
function retryLaterIn(err: unknown): RetryLaterError | undefined {
  for (let e: unknown = err; e instanceof Error; e = e.cause) if (e instanceof RetryLaterError) return e;
  return undefined;
}
