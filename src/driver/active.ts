import { InputError, errorMessage } from '../core/errors';
import { hasShipped } from '../core/overall';
import { compareReleases, isRelease, parseRelease, stateBoxPath, trackingFilePath, yStream } from '../core/version';
import { parseReleaseDate } from '../statebox/release-date';
import { newStateBox } from '../statebox/edit';
import { parseReleaseFileText, parseStateBoxText } from '../statebox/yaml';
import type { StateBox, StateBoxMetadata, TrackingFile } from '../statebox/schema';
import type { StateStore, StoredFile } from '../ports/store';
import type { Logger } from './types';

const TRACKING_RE = /^_releases\/(\d+\.\d+)\/\1\.z\.yaml$/;
const DAY_MS = 24 * 60 * 60_000;

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

/** A release stops being active one day after its release date. */
export function isPastReleaseWindow(box: StateBox, now: Date): boolean {
  const date = box.metadata.release_date ? parseReleaseDate(box.metadata.release_date) : undefined;
  return date !== undefined && now.getTime() >= date.getTime() + DAY_MS;
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
 * The releases a run drives: the latest release of each y-stream tracking file
 * (`_releases/{y}/{y}.z.yaml`) whose StateBox exists, that has not shipped and whose
 * release date + 1 day has not passed; plus the releases named explicitly (validated, never
 * guessed). A StateBox that does not parse stays in the list: the run reports it.
 *
 * Reads: one listing, then the tracking files, then the StateBoxes of the latest releases, each
 * group in one batch when the store can (GitHub: GraphQL), else one read per file.
 */
export async function activeReleases(store: StateStore, now: Date, named: readonly string[] = [], options: ActiveOptions = {}): Promise<string[]> {
  const paths = await store.list('_releases/');
  const ys = paths.flatMap((p) => TRACKING_RE.exec(p)?.[1] ?? []).sort((a, b) => compareReleases(`${a}.0`, `${b}.0`));
  const trackingFiles = await readAhead(store, ys.map(trackingFilePath));
  const latest: string[] = [];
  for (const y of ys) {
    let tracking: TrackingFile | undefined;
    try {
      tracking = await readTracking(store, y, trackingFiles);
    } catch (err) {
      options.log?.warning(`Skipping y-stream ${y}: ${errorMessage(err)}`);
      continue;
    }
    const listed = Object.keys(tracking?.releases ?? {}).filter((r) => isRelease(r) && yStream(r) === y);
    const release = listed.sort(compareReleases).pop();
    if (release && paths.includes(stateBoxPath(release))) latest.push(release);
  }
  const boxes = await readAhead(store, latest.map(stateBoxPath));
  const found: string[] = [];
  for (const release of latest) {
    try {
      const file = boxes.get(stateBoxPath(release)) ?? (await store.read(stateBoxPath(release)));
      const box = file ? parseStateBoxText(file.content, file.path) : undefined;
      if (!box || hasShipped(box) || isPastReleaseWindow(box, now)) continue;
    } catch (err) {
      options.log?.warning(`${release}: ${errorMessage(err)}`);
    }
    found.push(release);
  }
  for (const name of named) {
    const release = await validateNamedRelease(store, name);
    if (!found.includes(release)) found.push(release);
  }
  return found;
}
