/**
 * Builds the real DriverDeps from configuration: which executor runs tasks (the oar CLI or
 * an MCP server), the HTTP probes, the analyzer command and Slack when configured. Entry
 * points (krd drive, the action) read their inputs, then call buildDriverDeps.
 */
import { CommandAnalyzer, DEFAULT_ANALYZER_COMMAND } from './adapters/exec/analyzer-command';
import { OAR_REQUIRED_ENV, childEnv } from './adapters/exec/child-env';
import { McpExecutor } from './adapters/exec/mcp';
import { OarCliExecutor } from './adapters/exec/oar-cli';
import { HttpProbes, type HttpProbesOptions } from './adapters/probes/http-probes';
import { SlackNotifier } from './adapters/notify/slack';
import { systemClock, type Clock } from './ports/clock';
import type { Executor } from './ports/executor';
import type { Notifier } from './ports/notifier';
import type { StateStore } from './ports/store';
import type { Analyzer } from './ports/world';
import type { CrashHooks, DriverDeps, Logger, RunEvent } from './driver/types';
import { systemSettingsFromEnv, type SystemSettings } from './settings-schema';

/** The outside systems (src/settings-schema.ts, from the action's inputs or krd's environment) and the run's own parts. */
export interface WiringSettings extends Omit<SystemSettings, 'probes' | 'passEnv' | 'secrets'> {
  /** StateBox files (the z-stream branch, or a directory). */
  readonly store: StateStore;
  /** Test-result files (the record branch, or a directory). */
  readonly record: StateStore;
  readonly probes?: HttpProbesOptions;
  /** Further variables the configuration hands each child explicitly (oar-env, analyzer-env). */
  readonly passEnv?: SystemSettings['passEnv'];
  readonly log: Logger;
  readonly clock?: Clock;
  readonly events?: (event: RunEvent) => void;
  readonly hooks?: CrashHooks;
  /**
   * Where the oar and analyzer child processes take their environment from (default: this
   * process's). They never get all of it: an allow-list, plus the names in `passEnv`.
   */
  readonly env?: NodeJS.ProcessEnv;
}

export function buildDriverDeps(settings: WiringSettings): DriverDeps {
  const source = settings.env ?? process.env;
  const executor: Executor =
    settings.executor.kind === 'mcp'
      ? new McpExecutor({
          url: settings.executor.url,
          ...(settings.executor.headers ? { headers: settings.executor.headers } : {}),
          ...(settings.executor.timeoutMs ? { timeoutMs: settings.executor.timeoutMs } : {}),
        })
      : new OarCliExecutor({
          ...(settings.executor.command ? { command: settings.executor.command } : {}),
          timeoutMs: settings.executor.timeoutMs,
          env: childEnv(source, 'oar', settings.passEnv?.oar),
          // Variables the oar CLI cannot run without: a run whose oar would not get one stops before it starts.
          requiredEnv: OAR_REQUIRED_ENV.map((v) => v.name),
        });
  const analyzer: Analyzer | undefined = settings.analyzer
    ? new CommandAnalyzer({
        command: settings.analyzer.command ?? DEFAULT_ANALYZER_COMMAND,
        timeoutMs: settings.analyzer.timeoutMs,
        env: childEnv(source, 'analyzer', settings.passEnv?.analyzer),
      })
    : undefined;
  const notifier: Notifier | undefined = settings.slack
    ? new SlackNotifier({
        token: settings.slack.token,
        channel: settings.slack.channel,
        log: settings.log,
        ...(settings.slack.apiUrl ? { slackApiUrl: settings.slack.apiUrl } : {}),
      })
    : undefined;
  return {
    store: settings.store,
    record: settings.record,
    executor,
    probes: new HttpProbes({ ...settings.probes, log: settings.log }),
    ...(analyzer ? { analyzer } : {}),
    ...(notifier ? { notifier } : {}),
    clock: settings.clock ?? systemClock,
    log: settings.log,
    ...(settings.events ? { events: settings.events } : {}),
    ...(settings.hooks ? { hooks: settings.hooks } : {}),
  };
}

/** The variables `krd drive` reads (one list: src/settings.ts, shown by `krd drive --help`). */
export { WIRING_ENV } from './settings';

/** krd's outside systems from its environment (the same schema as the action's inputs: src/settings-schema.ts). */
export function settingsFromEnv(
  env: NodeJS.ProcessEnv,
  base: Pick<WiringSettings, 'store' | 'record' | 'log'> & Partial<Pick<WiringSettings, 'clock' | 'events' | 'hooks'>>,
): WiringSettings {
  const { secrets: _secrets, ...systems } = systemSettingsFromEnv(env);
  return { ...base, env, ...systems };
}
