/**
 * No notification is ever sent twice, whoever runs the driver and whatever fails.
 *
 * 1. stage: the run's notifications go into the StateBox's outbox (driver.unsent) owned by the
 *    run, in the same commit as the change that caused them; entries a failed send left behind
 *    are claimed in that commit too.
 * 2. The commit lands (compare-and-swap, merging on conflict). The merge keeps the owner of the
 *    commit that landed first (src/statebox/merge.ts), so of two runs that record the same
 *    message only one owns it. A run whose commit fails owns nothing and sends nothing: the
 *    next run derives the same change again and records it.
 * 3. send: the run sends what it owns in the StateBox as written, then confirms with one more
 *    write: sent keys move to driver.notified, failed sends lose their owner and wait for a
 *    later run (for up to a day).
 *
 * At most once: a run that dies (or loses its confirming write) between 2 and 3 may or may not
 * have sent its messages, and nothing can tell. Once its ownership expires, the next run gives
 * those messages up and says so in the log and the run's events, naming each one, instead of
 * sending them again; the Slack notifier also looks for the key in the release's thread before
 * posting, which is why a duplicate is worse than a rare message to check by hand.
 */
import { errorMessage } from '../core/errors';
import { isoSeconds, parseTimestamp } from '../core/time';
import type { Notification } from '../ports/notifier';
import { CLAIM_TTL_MS } from '../core/claims';
import type { StateBox } from '../core/model';
import { type Unsent, unowned, unsentOf, withUnsent } from '../statebox/unsent';
import { notifiedKeys } from './notifications';
import type { DriverDeps, EventType } from './types';

/** A notification that cannot be sent for this long is dropped. */
export const UNSENT_FOR_MS = 24 * 60 * 60_000;

type Emit = (type: EventType, detail: string, task?: string, status?: string) => void;

export interface Staged {
  /** The StateBox with this run's notifications recorded as owned by it. */
  readonly box: StateBox;
  /** Entries this run will send once its commit lands. */
  readonly owned: number;
  /** Entries dropped: unsent for a day. */
  readonly dropped: readonly Unsent[];
  /** Entries given up: their run died between recording and confirming them (at most once). */
  readonly abandoned: readonly Unsent[];
}

function withNotified(box: StateBox, keys: readonly string[]): StateBox {
  if (keys.length === 0) return box;
  const all = [...new Set([...notifiedKeys(box), ...keys])];
  return { ...box, driver: { ...box.driver, notified: all } };
}

/**
 * Records `fresh` (this run's new notifications) and the unsent entries it may send in `box`,
 * owned by `runId` from `now`. Entries another run owns are left to it while its claim lives.
 */
export function stageNotifications(box: StateBox, fresh: readonly Notification[], runId: string, now: Date): Staged {
  const claim = { run: runId, at: isoSeconds(now) };
  const done = new Set(notifiedKeys(box));
  const dropped: Unsent[] = [];
  const abandoned: Unsent[] = [];
  const outbox: Unsent[] = [];
  let owned = 0;
  for (const entry of unsentOf(box)) {
    if (done.has(entry.key)) continue;
    const at = parseTimestamp(entry.at);
    if (entry.run !== undefined && entry.run !== runId) {
      if (at !== undefined && now.getTime() - at < CLAIM_TTL_MS) {
        outbox.push(entry); // another run is sending it right now
        continue;
      }
      abandoned.push(entry);
      continue;
    }
    const since = parseTimestamp(entry.since);
    if (since !== undefined && now.getTime() - since > UNSENT_FOR_MS) {
      dropped.push(entry);
      continue;
    }
    outbox.push({ ...unowned(entry), ...claim });
    owned++;
  }
  const recorded = new Set([...done, ...outbox.map((e) => e.key)]);
  for (const n of fresh) {
    if (recorded.has(n.key)) continue;
    recorded.add(n.key);
    outbox.push({ key: n.key, kind: n.kind, text: n.text, ...(n.mentionOwner ? { mentionOwner: true } : {}), ...(n.broadcast ? { broadcast: true } : {}), since: claim.at, ...claim });
    owned++;
  }
  // Given up or dropped keys count as notified: nothing derives them again.
  const next = withNotified(withUnsent(box, outbox), [...dropped, ...abandoned].map((e) => e.key));
  return { box: next, owned, dropped, abandoned };
}

/** Says what staging gave up, in the log and as events: never silent. */
export function reportStaged(staged: Staged, release: string, deps: DriverDeps, emit: Emit): void {
  for (const entry of staged.dropped) {
    deps.log.warning(`${release}: dropping a notification that could not be sent for a day: ${entry.text}`);
    emit('error', `notification dropped after a day unsent (${entry.kind}): ${entry.text}`);
  }
  for (const entry of staged.abandoned) {
    const text = `notification ${entry.kind} recorded by run ${entry.run} at ${entry.at ?? '?'} was never confirmed as sent (the run died or lost its write); not sent again, so it is never posted twice; check the channel for it: ${entry.text}`;
    deps.log.warning(`${release}: ${text}`);
    emit('error', text);
  }
}

/** The entries of `box` that `runId` owns: recorded by its commit, to be sent now. */
export function ownedBy(box: StateBox, runId: string): Unsent[] {
  return unsentOf(box).filter((e) => e.run === runId);
}

/**
 * Sends what `runId` owns in `box` (the StateBox as its commit left it) and returns the box
 * that confirms it: sent keys in driver.notified, failed ones without an owner for a later run.
 * A notifier failure is a warning, never an error of the release.
 */
export async function sendOwned(deps: DriverDeps, box: StateBox, runId: string, owner: string | undefined, emit: Emit): Promise<{ box: StateBox; sent: number; failed: number }> {
  const notifier = deps.notifier;
  const mine = ownedBy(box, runId);
  if (!notifier || mine.length === 0) return { box, sent: 0, failed: 0 };
  const sent = new Set<string>();
  let thread = typeof box.driver?.slack_thread === 'string' ? box.driver.slack_thread : undefined;
  for (const entry of mine) {
    const message: Notification = {
      key: entry.key,
      release: box.release,
      kind: entry.kind,
      text: entry.text,
      ...(entry.mentionOwner ? { mentionOwner: true } : {}),
      ...(entry.broadcast ? { broadcast: true } : {}),
      ...(owner ? { owner } : {}),
    };
    try {
      const res = await notifier.notify(message, thread);
      sent.add(entry.key);
      if (res.thread) thread = res.thread;
      emit('notify', `${message.kind}: ${message.text}`);
    } catch (err) {
      deps.log.warning(`${box.release}: notification not sent (${message.kind}), will try again next run: ${errorMessage(err)}`);
      emit('error', `notification not sent (${message.kind}): ${errorMessage(err)}`);
    }
  }
  const outbox = unsentOf(box).flatMap((e) => (e.run !== runId ? [e] : sent.has(e.key) ? [] : [unowned(e)]));
  let confirmed = withNotified(withUnsent(box, outbox), [...sent]);
  if (thread && thread !== confirmed.driver?.slack_thread) confirmed = { ...confirmed, driver: { ...confirmed.driver, slack_thread: thread } };
  return { box: confirmed, sent: sent.size, failed: mine.length - sent.size };
}
