/**
 * Which releases a run drives, in which order. Releases named by a person (dispatch, comment)
 * come first. The others rotate with the run number, so when the operations budget cannot
 * cover every release, the ones left out this run lead a later one: no release starves.
 */
import { activeReleases } from '../driver/active';
import type { HumanCommand, Logger } from '../driver/types';
import type { StateStore } from '../ports/store';

/** The list turned so it starts at `offset` (modulo its length). */
export function rotate<T>(items: readonly T[], offset: number): T[] {
  if (items.length === 0) return [];
  const k = ((offset % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export interface PlanOptions {
  /** The releases input: when set, only these (plus named ones) are driven. */
  readonly configured: readonly string[];
  readonly commands: readonly HumanCommand[];
  readonly runNumber: number;
  readonly now: Date;
  readonly log?: Logger;
}

export async function releasesToDrive(store: StateStore, opts: PlanOptions): Promise<string[]> {
  const named = opts.commands.flatMap((c) => (c.release === undefined ? [] : [c.release]));
  const rest = opts.configured.length > 0 ? opts.configured : await activeReleases(store, opts.now, [], opts.log ? { log: opts.log } : {});
  return [...new Set([...named, ...rotate(rest, opts.runNumber)])];
}
