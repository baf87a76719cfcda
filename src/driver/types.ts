import type { Clock } from '../ports/clock';
import type { Executor } from '../ports/executor';
import type { Logger } from '../ports/logger';
import type { Notifier } from '../ports/notifier';
import type { RunEvent } from '../ports/run';
import type { StateStore } from '../ports/store';
import type { Analyzer, WorldProbes } from '../ports/world';

// The types a run shares with the ports and the core, re-exported where the driver's users look for them.
export { DEFAULT_DRIVER_CONFIG, type DriverConfig, type Overall } from '../core/config';
export type { Logger } from '../ports/logger';
export type { CommandReply, EventType, HumanCommand, ReleaseRunResult, RunEvent, RunResult } from '../ports/run';

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
