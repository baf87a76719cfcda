import { InputError, errorMessage } from '../core/errors';
import { releaseActivity, type ActiveKind } from '../core/active';
import { compareReleases, isRelease, parseRelease, stateBoxPath, trackingFilePath, yStream } from '../core/version';
import { newStateBox } from '../statebox/edit';
import { parseReleaseFileText, parseStateBoxText } from '../statebox/yaml';
import type { StateBox, StateBoxMetadata, TrackingFile } from '../core/model';
import type { StateStore, StoredFile } from '../ports/store';
import type { Logger } from './types';

export { isPastReleaseWindow } from '../core/active';

const TRACKING_RE = /^_releases\/(\d+\.\d+)\/\1\.z\.yaml$/;

type TrackingEntry = TrackingFile['releases'][string];

async function readTracking(store: StateStore, y: string, prefetched?: ReadonlyMap<string, StoredFile>): Promise<TrackingFile | undefined> {
  const path = trackingFilePath(y);
  const file = prefetched?.get(path) ?? (await store.read(path));
  if (!file) return undefined;
  const parsed = parseReleaseFileText(file.content, `${store.describe}: ${path}`);
  if (parsed.kind !== 'tracking') throw new InputError(`${store.describe}: ${path} is not a y-stream tracking file (no releases map).`);
  return parsed.data;
}

/**
 * What a store can give of these files in fewer calls than one read each (nothing when it
 * cannot batch); a run-cached store keeps them, so the step's own reads cost nothing.
 */
async function readAhead(store: StateStore, paths: readonly string[]): Promise<ReadonlyMap<string, StoredFile>> {
  return paths.length > 0 && store.readMany ? store.readMany(paths) : new Map();
}

/** The tracking file's entry for a release (`_releases/4.20/4.20.z.yaml` → releases → 4.20.1). */
export async function trackingEntry(store: StateStore, release: string): Promise<TrackingEntry | undefined> {
  const tracking = await readTracking(store, yStream(release));
  return tracking?.releases[release];
}

/**
 * A new StateBox for a release that has none yet, from its tracking-file entry: advisories and
 * the ART Jira ticket. Never guesses: a release the tracking file does not list is an error.
 */
export async function stateBoxFromTracking(store: StateStore, release: string, now: Date): Promise<StateBox> {
  const entry = await trackingEntry(store, release);
  if (!entry) {
    throw new InputError(
      `${release} has no StateBox (${stateBoxPath(release)}) and is not listed in ${trackingFilePath(yStream(release))} of ${store.describe}: check the version, or wait until ART adds it.`,
    );
  }
  const metadata: StateBoxMetadata = {
    ...(entry.release_jira ? { jira_ticket: entry.release_jira } : {}),
    ...(entry.advisories ? { advisory_ids: { ...entry.advisories } } : {}),
  };
  return newStateBox(release, metadata, now);
}

/** Checks a release named by a person: a valid version that has a StateBox or a tracking entry. */
export async function validateNamedRelease(store: StateStore, name: string): Promise<string> {
  const release = parseRelease(name.trim()).text;
  if (await store.read(stateBoxPath(release))) return release;
  if (await trackingEntry(store, release)) return release;
  throw new InputError(
    `${release} has no StateBox (${stateBoxPath(release)}) and is not listed in ${trackingFilePath(yStream(release))} of ${store.describe}: check the version.`,
  );
}


export interface ActiveOptions {
  readonly log?: Logger;
}

/**
 * How many listed releases of each y-stream, newest first among those with a StateBox, are read
 * to decide whether they are active. The tracking file holds no dates (advisories and the Jira
 * ticket only), so only a StateBox tells whether a release is in its window, has work of this
 * driver in flight or turned Red this week. A y-stream ships about once a week and ART lists
 * the next z-stream (with its StateBox) about a week ahead: the newest is the coming release,
 * the one before may still be in change-advisory-status or Red, the third covers a week more.
 * An older release is never looked at (upstream's abandoned StateBoxes stay abandoned), unless
 * named.
 */
export const CANDIDATES_PER_Y_STREAM = 3;

/** A release a run reads and shows, and why it is listed. */
export interface ActiveRelease {
  readonly release: string;
  /**
   * `in-window`, `driver-work`, `red-visible` (src/core/active.ts); `unreadable`: the newest
   * StateBox of its y-stream could not be read or parsed (listed so the run reports it);
   * `named`: asked for explicitly.
   */
  readonly reason: ActiveKind | 'unreadable' | 'named';
  readonly why: string;
}

/** The newest CANDIDATES_PER_Y_STREAM releases the tracking file lists that have a StateBox, newest first. */
function candidatesOf(tracking: TrackingFile | undefined, y: string, paths: ReadonlySet<string>): string[] {
  const listed = Object.keys(tracking?.releases ?? {}).filter((r) => isRelease(r) && yStream(r) === y && paths.has(stateBoxPath(r)));
  return listed.sort(compareReleases).reverse().slice(0, CANDIDATES_PER_Y_STREAM);
}

/**
 * The releases a run drives, with why each is listed: of each y-stream tracking file
 * (`_releases/{y}/{y}.z.yaml`), the listed releases whose StateBox exists and that are active
 * by src/core/active.ts (in upstream's window, work of this driver in flight, or Red this
 * week), among the newest CANDIDATES_PER_Y_STREAM with a StateBox; plus the releases named
 * explicitly (validated, never guessed). A newest StateBox that does not parse stays in the
 * list (the run reports it); an older one is only warned about. Y-streams in version order,
 * then releases in version order.
 *
 * Reads: one listing, then the tracking files, then every candidate's StateBox, each group in
 * one batch when the store can (GitHub: GraphQL), else one read per file.
 */
export async function findActiveReleases(store: StateStore, now: Date, named: readonly string[] = [], options: ActiveOptions = {}): Promise<ActiveRelease[]> {
  const paths = await store.list('_releases/');
  const existing = new Set(paths);
  const ys = paths.flatMap((p) => TRACKING_RE.exec(p)?.[1] ?? []).sort((a, b) => compareReleases(`${a}.0`, `${b}.0`));
  const trackingFiles = await readAhead(store, ys.map(trackingFilePath));
  const candidates: string[][] = [];
  for (const y of ys) {
    try {
      candidates.push(candidatesOf(await readTracking(store, y, trackingFiles), y, existing));
    } catch (err) {
      options.log?.warning(`Skipping y-stream ${y}: ${errorMessage(err)}`);
    }
  }
  const boxes = await readAhead(store, candidates.flat().map(stateBoxPath));
  const found: ActiveRelease[] = [];
  for (const newestFirst of candidates) {
    const ofY: ActiveRelease[] = [];
    for (const [i, release] of newestFirst.entries()) {
      try {
        const file = boxes.get(stateBoxPath(release)) ?? (await store.read(stateBoxPath(release)));
        if (!file) continue;
        const activity = releaseActivity(parseStateBoxText(file.content, file.path), now);
        if (activity.active) ofY.push({ release, reason: activity.kind, why: activity.why });
      } catch (err) {
        options.log?.warning(`${release}: ${errorMessage(err)}`);
        if (i === 0) ofY.push({ release, reason: 'unreadable', why: `its StateBox could not be read: ${errorMessage(err)}` });
      }
    }
    found.push(...ofY.reverse());
  }
  for (const name of named) {
    const release = await validateNamedRelease(store, name);
    if (!found.some((f) => f.release === release)) found.push({ release, reason: 'named', why: 'named explicitly' });
  }
  return found;
}

/** The names of findActiveReleases, in its order. */
export async function activeReleases(store: StateStore, now: Date, named: readonly string[] = [], options: ActiveOptions = {}): Promise<string[]> {
  return (await findActiveReleases(store, now, named, options)).map((a) => a.release);
}
