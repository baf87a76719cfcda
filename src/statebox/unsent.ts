/**
 * Notifications not sent yet (`driver.unsent`): the outbox of a release. A notification is
 * recorded here, owned by the run whose commit records it (`run`, `at`), before it is sent;
 * that run sends it only once its commit has landed, then moves the key to `driver.notified`
 * (sent) or drops the owner (the send failed: a later run claims it again in its own commit).
 * Of two runs that record the same key, the merge keeps the first commit's owner, so only one
 * run ever sends it. See src/driver/outbox.ts.
 */
import type { Notification } from '../ports/notifier';
import { driverEntry, isPlainObject, withDriverEntry } from '../core/driver-section';
import type { StateBox } from '../core/model';

export interface Unsent {
  readonly key: string;
  readonly kind: Notification['kind'];
  readonly text: string;
  readonly mentionOwner?: boolean;
  readonly broadcast?: boolean;
  /** When it was first recorded; a notification that cannot be sent for a day is dropped. */
  readonly since: string;
  /** The run that owns sending it (its commit recorded the claim), and when it claimed it. */
  readonly run?: string;
  readonly at?: string;
}

export function isUnsent(v: unknown): v is Unsent {
  return isPlainObject(v) && typeof v.key === 'string' && typeof v.text === 'string' && typeof v.kind === 'string';
}

/** The well-formed entries of `driver.unsent` (anything else there is ignored). */
export function unsentOf(box: StateBox | undefined): Unsent[] {
  const list = driverEntry(box, 'unsent');
  return Array.isArray(list) ? list.filter(isUnsent) : [];
}

/** The box with `driver.unsent` set to `list` (removed when empty; an emptied driver section goes too). */
export function withUnsent(box: StateBox, list: readonly Unsent[]): StateBox {
  return withDriverEntry(box, 'unsent', list.length ? [...list] : undefined);
}

/** The entry without an owner: waiting for a run to claim and send it. */
export function unowned(entry: Unsent): Unsent {
  const { run: _run, at: _at, ...rest } = entry;
  return rest;
}
