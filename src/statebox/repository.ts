/**
 * Loading and saving StateBox files through a StateStore with optimistic concurrency: a write
 * passes the SHA that was read; when another writer got there first, re-read, 3-way merge
 * (base = what we read, ours, theirs) and try again, a bounded number of times with jitter.
 * A file that does not parse is never written over: the StateBoxError (path and line) goes up.
 */
import { ConflictError, InputError } from '../core/errors';
import { stateBoxPath } from '../core/version';
import { type Clock, systemClock } from '../ports/clock';
import type { StateStore } from '../ports/store';
import { type MergeConflict, mergeStateBoxes } from './merge';
import type { StateBox } from '../core/model';
import { parseStateBoxText, serializeStateBox } from './yaml';
import { maskSecretsIn, maskText } from '../core/mask';

export const DEFAULT_SAVE_ATTEMPTS = 8;
/** Full jitter: attempt n waits a random time below min(cap, base·2^(n-1)). */
export const RETRY_BASE_MS = 100;
export const RETRY_CAP_MS = 3_000;

export interface LoadedStateBox {
  readonly box: StateBox;
  readonly sha: string;
  readonly text: string;
  readonly path: string;
}

/**
 * Reads and validates a release's StateBox; undefined when there is none. Throws StateBoxError
 * when it does not parse, or when its `release:` is another release's (a copied-forward file).
 */
export async function loadStateBox(store: StateStore, release: string): Promise<LoadedStateBox | undefined> {
  const path = stateBoxPath(release); // validates the release before any path is built
  const file = await store.read(path);
  if (!file) return undefined;
  return { box: parseStateBoxText(file.content, path, release), sha: file.sha, text: file.content, path };
}

export interface RetryOptions {
  /** Writes tried before giving up; default 8. */
  readonly maxAttempts?: number;
  /** Sleeps between attempts (FakeClock in tests). */
  readonly clock?: Clock;
  /** Random source for the jitter, in [0, 1). */
  readonly random?: () => number;
}

export interface SaveInput extends RetryOptions {
  /** The StateBox as it was read (undefined when creating one). */
  readonly base: StateBox | undefined;
  /** The SHA it was read at (undefined when creating: the write fails if the file exists). */
  readonly baseSha: string | undefined;
  readonly ours: StateBox;
  /** Commit message: what changed and why. */
  readonly message: string;
}

export interface SaveResult {
  /** The blob SHA of the file now in the store. */
  readonly sha: string;
  /** What the store now holds (ours, merged with whatever others wrote meanwhile). */
  readonly box: StateBox;
  /** Writes tried: 0 when nothing needed writing. */
  readonly attempts: number;
  readonly conflicts: MergeConflict[];
  /** False when the store already held this content, so nothing was written. */
  readonly written: boolean;
}

function jitterMs(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1)));
}

/**
 * Writes `ours` over the version read at `baseSha`. On a conflict: wait a jittered moment,
 * re-read, merge (base, ours, theirs), and write the merge at the new SHA; at most
 * `maxAttempts` writes. Writes nothing when the result equals what the store holds.
 */
export async function saveStateBox(store: StateStore, release: string, input: SaveInput): Promise<SaveResult> {
  const path = stateBoxPath(release);
  if (input.ours.release !== release) {
    throw new InputError(`Refusing to save the StateBox of ${input.ours.release} as ${path}: it belongs to ${release}.`);
  }
  const maxAttempts = Math.max(1, input.maxAttempts ?? DEFAULT_SAVE_ATTEMPTS);
  const clock = input.clock ?? systemClock;
  const random = input.random ?? Math.random;
  const conflicts: MergeConflict[] = [];

  let base = input.base;
  let sha = input.baseSha;
  let ours = input.ours;
  if (base !== undefined && sha !== undefined && serializeStateBox(ours) === serializeStateBox(base)) {
    return { sha, box: base, attempts: 0, conflicts, written: false };
  }

  for (let attempt = 1; ; attempt += 1) {
    try {
      // Every write of the driver passes here: a secret that reached any field (a job URL, metadata) is masked.
      const written = await store.write(path, serializeStateBox(maskSecretsIn(ours)), { sha, message: maskText(input.message) });
      return { sha: written.sha, box: ours, attempts: attempt, conflicts, written: true };
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      if (attempt >= maxAttempts) {
        throw new ConflictError(`Gave up saving ${path} to ${store.describe} after ${attempt} attempts: other writers kept changing it (${err.message})`, { cause: err });
      }
    }
    await clock.sleep(jitterMs(attempt, random));
    const theirsFile = await store.read(path);
    if (!theirsFile) {
      if (input.base !== undefined) {
        throw new ConflictError(`${path} was deleted from ${store.describe} while we were saving it; not recreating it.`);
      }
      sha = undefined; // we were creating it: try creating again
      continue;
    }
    const theirs = parseStateBoxText(theirsFile.content, path, release); // a broken (or another release's) file stops us here, untouched
    const merge = mergeStateBoxes(base, ours, theirs);
    conflicts.push(...merge.conflicts);
    if (serializeStateBox(merge.merged) === serializeStateBox(theirs)) {
      return { sha: theirsFile.sha, box: theirs, attempts: attempt, conflicts, written: false };
    }
    base = theirs;
    sha = theirsFile.sha;
    ours = merge.merged;
  }
}

export interface UpdateOptions extends RetryOptions {
  /** Builds the StateBox when there is none yet; without it a missing StateBox is an InputError. */
  readonly create?: () => StateBox;
}

/** Read-modify-write: loads the StateBox, applies `mutate` (a pure edit) and saves with merge-on-conflict. */
export async function updateStateBox(
  store: StateStore,
  release: string,
  mutate: (box: StateBox) => StateBox,
  message: string,
  options: UpdateOptions = {},
): Promise<SaveResult> {
  const loaded = await loadStateBox(store, release);
  let base: StateBox | undefined = loaded?.box;
  let start: StateBox;
  if (loaded) {
    start = loaded.box;
  } else if (options.create) {
    start = options.create();
    base = undefined;
  } else {
    throw new InputError(`There is no StateBox for ${release}: ${stateBoxPath(release)} does not exist in ${store.describe}.`);
  }
  const ours = mutate(start);
  return saveStateBox(store, release, {
    base,
    baseSha: loaded?.sha,
    ours,
    message,
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
}
