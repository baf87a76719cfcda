/**
 * What a run produces and takes: its events, the people's commands it applied, and each
 * release's result. The notifiers (summary, PR comment, Sheets) and the CLI read these.
 */
import type { StateBox } from '../core/model';
import type { Overall } from '../core/config';
import type { Wait } from '../core/waits';

export type EventType = 'trigger' | 'status' | 'wait' | 'notify' | 'decision' | 'error' | 'commit';

/** One thing that happened in a run; the simulator report lists these verbatim. */
export interface RunEvent {
  readonly at: string;
  readonly release: string;
  readonly type: EventType;
  readonly task?: string;
  readonly status?: string;
  readonly detail: string;
}

/** A command from a person (PR comment or dispatch), already parsed and authorized. */
export type HumanCommand =
  | { readonly kind: 'drive'; readonly release: string; readonly owner?: string; readonly by: string }
  | { readonly kind: 'status'; readonly release?: string; readonly by: string }
  | { readonly kind: 'accept'; readonly release: string; readonly task: string; readonly justification: string; readonly by: string }
  | { readonly kind: 'reject'; readonly release: string; readonly task: string; readonly reason: string; readonly by: string }
  | { readonly kind: 'retry'; readonly release: string; readonly task: string; readonly by: string }
  /** `job`: the build number, id or URL as the person gave it (src/core/job-ref.ts reads it). */
  | { readonly kind: 'record-job'; readonly release: string; readonly task: string; readonly job: string; readonly by: string }
  | { readonly kind: 'resolve'; readonly release: string; readonly issue: number; readonly text: string; readonly by: string };

export interface ReleaseRunResult {
  readonly release: string;
  readonly overall: Overall;
  /** The StateBox after this run (as written, or as read when nothing changed). */
  readonly statebox: StateBox;
  /** What the release waits on, in words a release engineer understands. */
  readonly waits: readonly string[];
  /**
   * What decide() found the release waits on, as data (Decision.waitsOn): the graph reads this,
   * never the words. The executor's own waits are in `waits` only.
   */
  readonly waitsOn?: readonly Wait[];
  readonly wrote: boolean;
  readonly error?: string;
  /** Facts worth saying: tasks counted as done without a record, tasks skipped (not Konflux). */
  readonly notes?: readonly string[];
}

/** The answer to a person's command, for a PR comment reply or the CLI. */
export interface CommandReply {
  readonly command: HumanCommand;
  /** One sentence: what the command did. */
  readonly reply?: string;
  /** Why it was refused (unknown task, no such issue, …). */
  readonly error?: string;
}

export interface RunResult {
  readonly releases: readonly ReleaseRunResult[];
  readonly events: readonly RunEvent[];
  readonly replies?: readonly CommandReply[];
  /** Releases left for the next run because the operations budget was spent. */
  readonly skipped?: readonly string[];
}
