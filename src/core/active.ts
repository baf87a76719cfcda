/**
 * Whether a release is active, and why, from its StateBox and the time alone (pure: no store,
 * no clock). An active release is read and shown by every run; a Red one is still stopped
 * (decide only records observations for it). Listing (which releases of a tracking file are
 * looked at) is src/driver/active.ts.
 *
 * The rule (release-flow.md, "Active releases"): a release whose StateBox exists and that has
 * not shipped is active while
 * - in-window: today ≤ release_date + 1 day, the whole day, i.e. until 00:00 UTC of
 *   release_date + 2 days (upstream's window); a StateBox without a release date counts as in
 *   its window;
 * - driver-work: past its window, a task this driver started has no outcome recorded yet: a task
 *   In Progress with a `job`, change-advisory-status In Progress with a recorded `deadline`, a
 *   run's claim on a task not finished (the next run records or adopts it), or an async task held
 *   for a person after a run died starting it (for 7 days after that claim);
 * - red-visible: past its window and Red, the Red began less than 7 days ago (the latest
 *   completed_at of a failed task, or reported_at of a blocker issue that makes it Red) and no
 *   person acted since (a `decided_by` on a task, a /release:retry's `reset_at`, an issue's
 *   resolved_at).
 * Upstream's StateBoxes carry no `job`, `deadline` or claims of ours: once their window and a
 * week of Red have passed they stay inactive however many tasks are left In Progress.
 */
import { hasShipped, overallStatus, redReasons } from './overall';
import { isoSeconds, parseTimestamp } from './time';
import { minuteTime } from './waits';
import { claimsOf, retriedAfter, resetAtOf } from './claims';
import { parseReleaseDate } from './release-date';
import { unrecordedStart, unrecordedStartsOf } from './unrecorded';
import type { StateBox, StateBoxTask } from './model';

const DAY_MS = 24 * 60 * 60_000;
/** How long a Red release (or a task held for a person) stays listed with nobody acting. */
export const RED_VISIBLE_MS = 7 * DAY_MS;

/** Why a release is active. */
export type ActiveKind = 'in-window' | 'driver-work' | 'red-visible';
/** Why it is not: shipped; past its window with no work of ours; Red for 7 days; Red and a person acted since. */
export type InactiveKind = 'shipped' | 'past-window' | 'red-expired' | 'red-handled';

export type Activity =
  | { readonly active: true; readonly kind: ActiveKind; readonly why: string }
  | { readonly active: false; readonly kind: InactiveKind; readonly why: string };

/** 00:00 UTC of release_date + 2 days: the end of upstream's window (today ≤ release_date + 1 day). */
export function releaseWindowEnd(box: StateBox): number | undefined {
  const date = box.metadata.release_date ? parseReleaseDate(box.metadata.release_date) : undefined;
  return date === undefined ? undefined : date.getTime() + 2 * DAY_MS;
}

/** Whether the release is past upstream's window; a StateBox without a release date never is. */
export function isPastReleaseWindow(box: StateBox, now: Date): boolean {
  const end = releaseWindowEnd(box);
  return end !== undefined && now.getTime() >= end;
}

/** The tasks this driver started whose outcome is not recorded yet, as reasons (empty: none). */
export function driverWork(box: StateBox, now: Date): string[] {
  const work: string[] = [];
  for (const t of box.tasks) {
    if (t.status !== 'In Progress') continue;
    const job = t.job && typeof t.job.id === 'string' && t.job.id !== '' ? t.job.id : undefined;
    if (job !== undefined) work.push(`${t.name} job ${job} running`);
    else if (t.name === 'change-advisory-status' && parseTimestamp(t.deadline) !== undefined) {
      work.push(`change-advisory-status waits for the prod advisory metadata until ${minuteTime(parseTimestamp(t.deadline)!)}`);
    }
  }
  for (const [task, claim] of Object.entries(claimsOf(box))) {
    const status = box.tasks.find((t) => t.name === task)?.status;
    if (status === 'Pass' || status === 'Fail' || retriedAfter(box, task, claim.at)) continue;
    work.push(`a run claimed ${task} at ${claim.at}; the next run records or adopts it`);
  }
  for (const task of Object.keys(unrecordedStartsOf(box))) {
    const held = unrecordedStart(box, task);
    const at = parseTimestamp(held?.at);
    if (!held || at === undefined || now.getTime() - at >= RED_VISIBLE_MS) continue;
    work.push(`${task} may have been started by a run that died (claimed at ${held.at}); waits for a person`);
  }
  return work;
}

/** When a task's human decision or retry happened, if it records one. */
function humanActionAt(t: StateBoxTask): number | undefined {
  const times: number[] = [];
  const reset = parseTimestamp(resetAtOf(t));
  if (reset !== undefined) times.push(reset);
  if (typeof t.decided_by === 'string' && t.decided_by !== '') {
    const at = parseTimestamp(t.completed_at) ?? parseTimestamp(t.started_at);
    if (at !== undefined) times.push(at);
  }
  return times.length ? Math.max(...times) : undefined;
}

/**
 * When the Red began, as far as the file tells: the latest completed_at of a failed task and
 * reported_at of a blocker issue that makes the release Red (each judged by overall.ts alone),
 * ignoring what a person decided (a reject is a person acting). Undefined: Red only by people's
 * decisions, or no time recorded.
 */
function redSince(box: StateBox): number | undefined {
  const times: number[] = [];
  for (const t of box.tasks) {
    if (t.decided_by || redReasons({ ...box, tasks: [t], issues: [] }).length === 0) continue;
    const at = parseTimestamp(t.completed_at) ?? parseTimestamp(t.started_at) ?? parseTimestamp(box.updated_at);
    if (at !== undefined) times.push(at);
  }
  for (const issue of box.issues) {
    if (redReasons({ ...box, tasks: [], issues: [issue] }).length === 0) continue;
    const at = parseTimestamp(issue.reported_at);
    if (at !== undefined) times.push(at);
  }
  return times.length ? Math.max(...times) : undefined;
}

/** The latest time a person acted on the release: a decision or retry on a task, a resolved issue. */
function personActedAt(box: StateBox): number | undefined {
  const times: number[] = [];
  for (const t of box.tasks) {
    const at = humanActionAt(t);
    if (at !== undefined) times.push(at);
  }
  for (const issue of box.issues) {
    const at = issue.resolved ? parseTimestamp(issue.resolved_at) : undefined;
    if (at !== undefined) times.push(at);
  }
  return times.length ? Math.max(...times) : undefined;
}

/** Whether `box`'s release is active at `now`, and why (or why not). */
export function releaseActivity(box: StateBox, now: Date): Activity {
  if (hasShipped(box)) return { active: false, kind: 'shipped', why: 'shipped: change-advisory-status passed' };
  const end = releaseWindowEnd(box);
  if (end === undefined) return { active: true, kind: 'in-window', why: 'no release date in the StateBox: in its window until one is set' };
  const date = box.metadata.release_date;
  if (now.getTime() < end) return { active: true, kind: 'in-window', why: `release date ${date}: in upstream's window until ${minuteTime(end)}` };

  const work = driverWork(box, now);
  if (work.length) return { active: true, kind: 'driver-work', why: `past its window (release date ${date}), work of this driver not finished: ${work.join('; ')}` };

  if (overallStatus(box) !== 'Red') {
    return { active: false, kind: 'past-window', why: `past its window (release date ${date}, until ${minuteTime(end)}) with no work of this driver in progress` };
  }
  const since = redSince(box);
  const acted = personActedAt(box);
  if (since === undefined || (acted !== undefined && acted >= since)) {
    const when = acted !== undefined ? ` at ${isoSeconds(new Date(acted))}` : '';
    return { active: false, kind: 'red-handled', why: `Red past its window (release date ${date}); a person acted${when}` };
  }
  const until = since + RED_VISIBLE_MS;
  if (now.getTime() >= until) {
    return { active: false, kind: 'red-expired', why: `Red since ${minuteTime(since)}, past its window (release date ${date}); nobody acted for 7 days` };
  }
  return { active: true, kind: 'red-visible', why: `Red since ${minuteTime(since)}, shown until a person acts or ${minuteTime(until)}` };
}
