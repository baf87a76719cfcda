import { RUN_RETRY_BACKOFF_MS } from '../core/retry';
import type { Clock } from '../ports/clock';
import type { Executor } from '../ports/executor';
import type { Notifier } from '../ports/notifier';
import type { StateStore } from '../ports/store';
import type { Analyzer, WorldProbes } from '../ports/world';
import type { StateBox } from '../statebox/schema';

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

export interface DriverConfig {
  /** Default owner email for take-ownership when neither a command nor the metadata names one. */
  readonly owner?: string;
  /** auto: the analyzer's ACCEPT/REJECT decides; advisory: a human decides. */
  readonly aiDecisions: 'auto' | 'advisory';
  /** Backoff before each retry of a transient error, in ms (default 2 s, then 5 s: the next cron run is the long retry). */
  readonly retryBackoffMs: readonly number[];
  /** Warn (summary, Slack) when waiting on stage-release longer than this. */
  readonly stageReleaseWarnMinutes: number;
  readonly dryRun: boolean;
}

export const DEFAULT_DRIVER_CONFIG: DriverConfig = {
  aiDecisions: 'auto',
  retryBackoffMs: RUN_RETRY_BACKOFF_MS,
  stageReleaseWarnMinutes: 12 * 60,
  dryRun: false,
};

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

/** Points where the simulator kills a run on purpose (crash tests). Production leaves them unset. */
export interface CrashHooks {
  /** After the claim write, before the claimed tasks start. */
  afterClaim?(release: string, tasks: readonly string[]): void;
  afterTrigger?(release: string, task: string): void;
  beforeCommit?(release: string): void;
}

/** Everything a run touches; production wires real adapters, tests and the simulator wire theirs. */
export interface DriverDeps {
  /** StateBox files (the z-stream branch). */
  readonly store: StateStore;
  /** Test-result files (the record branch). */
  readonly record: StateStore;
  readonly executor: Executor;
  readonly probes: WorldProbes;
  readonly analyzer?: Analyzer;
  readonly notifier?: Notifier;
  readonly clock: Clock;
  readonly log: Logger;
  readonly events?: (event: RunEvent) => void;
  readonly hooks?: CrashHooks;
}

export type Overall = 'Green' | 'Red' | 'In Progress';

export interface ReleaseRunResult {
  readonly release: string;
  readonly overall: Overall;
  /** The StateBox after this run (as written, or as read when nothing changed). */
  readonly statebox: StateBox;
  /** What the release waits on, in words a release engineer understands. */
  readonly waits: readonly string[];
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
