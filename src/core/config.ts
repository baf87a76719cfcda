import { RUN_RETRY_BACKOFF_MS } from './retry';

/** A release's overall status, derived from its StateBox (src/core/overall.ts), never stored. */
export type Overall = 'Green' | 'Red' | 'In Progress';

/** How the driver decides: the settings the action's inputs and the CLI's environment give it. */
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
