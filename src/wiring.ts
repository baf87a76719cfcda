/**
 * Builds the real DriverDeps from configuration: which executor runs tasks (the oar CLI or
 * an MCP server), the HTTP probes, the analyzer command and Slack when configured. Entry
 * points (krd drive, the action) read their inputs, then call buildDriverDeps.
 */
import { InputError, errorMessage } from './core/errors';
import { CommandAnalyzer, DEFAULT_ANALYZER_COMMAND } from './adapters/exec/analyzer-command';
import { OAR_REQUIRED_ENV, childEnv, parseEnvNames } from './adapters/exec/child-env';
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
import { tokenize } from './triggers/commands';

export type ExecutorSettings =
  | { readonly kind: 'oar'; readonly command?: readonly string[]; readonly timeoutMs: number }
  | { readonly kind: 'mcp'; readonly url: string; readonly headers?: Record<string, string>; readonly timeoutMs?: number };

export interface WiringSettings {
  /** StateBox files (the z-stream branch, or a directory). */
  readonly store: StateStore;
  /** Test-result files (the record branch, or a directory). */
  readonly record: StateStore;
  readonly executor: ExecutorSettings;
  /** The analyzer command (`{build}` is replaced), or false for none: unaccepted results then wait for a person. */
  readonly analyzer: { readonly command?: readonly string[]; readonly timeoutMs: number } | false;
  readonly probes?: HttpProbesOptions;
  readonly slack?: { readonly token: string; readonly channel: string; readonly apiUrl?: string };
  readonly log: Logger;
  readonly clock?: Clock;
  readonly events?: (event: RunEvent) => void;
  readonly hooks?: CrashHooks;
  /**
   * Where the oar and analyzer child processes take their environment from (default: this
   * process's). They never get all of it: an allow-list, plus the names in `passEnv`.
   */
  readonly env?: NodeJS.ProcessEnv;
  /** Further variables the configuration hands each child explicitly (oar-env, analyzer-env). */
  readonly passEnv?: { readonly oar?: readonly string[]; readonly analyzer?: readonly string[] };
  /**
   * Variables the oar CLI cannot run without: a run whose oar would not get one of them stops
   * before it starts (the executor's preflight). Default: OAR_REQUIRED_ENV of child-env.ts.
   */
  readonly requiredOarEnv?: readonly string[];
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
          requiredEnv: settings.requiredOarEnv ?? OAR_REQUIRED_ENV.map((v) => v.name),
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

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** A command from the environment: a JSON array of strings, or words separated by spaces. */
export function parseCommandSetting(name: string, text: string): string[] {
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InputError(`${name} is not a valid JSON array of strings.`);
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((p) => typeof p === 'string' && p !== '')) {
      throw new InputError(`${name} must be a non-empty JSON array of strings, such as ["oar"].`);
    }
    return parsed as string[];
  }
  // The same words as the action's input (src/action/config.ts): quotes group, never a shell.
  try {
    return tokenize(text);
  } catch (err) {
    throw new InputError(`${name} cannot be split into arguments (${errorMessage(err)}): words separated by spaces, quoted where needed, or a JSON array.`);
  }
}

function minutes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = envValue(env, name);
  if (text === undefined) return fallback * 60_000;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new InputError(`${name} must be a positive number of minutes, got ${JSON.stringify(text)}.`);
  return n * 60_000;
}

/** The variables `krd drive` reads (one list: src/settings.ts, shown by `krd drive --help`). */
export { WIRING_ENV } from './settings';

/** Reads the executor, analyzer, probe and Slack settings from environment variables. */
export function settingsFromEnv(
  env: NodeJS.ProcessEnv,
  base: Pick<WiringSettings, 'store' | 'record' | 'log'> & Partial<Pick<WiringSettings, 'clock' | 'events' | 'hooks'>>,
): WiringSettings {
  const kind = envValue(env, 'KRD_EXECUTOR') ?? 'oar';
  const taskTimeoutMs = minutes(env, 'KRD_TASK_TIMEOUT_MINUTES', 30);
  let executor: ExecutorSettings;
  if (kind === 'mcp') {
    const url = envValue(env, 'KRD_MCP_URL');
    if (!url) throw new InputError('KRD_EXECUTOR is mcp but KRD_MCP_URL is not set: give the URL of the OAR MCP server.');
    const token = envValue(env, 'KRD_MCP_TOKEN');
    executor = { kind: 'mcp', url, timeoutMs: taskTimeoutMs, ...(token ? { headers: { Authorization: `Bearer ${token}` } } : {}) };
  } else if (kind === 'oar') {
    const command = envValue(env, 'KRD_OAR_COMMAND');
    executor = { kind: 'oar', timeoutMs: taskTimeoutMs, ...(command ? { command: parseCommandSetting('KRD_OAR_COMMAND', command) } : {}) };
  } else {
    throw new InputError(`KRD_EXECUTOR must be oar or mcp, got ${JSON.stringify(kind)}.`);
  }
  const analyzerText = envValue(env, 'KRD_ANALYZER_COMMAND');
  const analyzer =
    analyzerText === 'none'
      ? (false as const)
      : {
          timeoutMs: minutes(env, 'KRD_ANALYZER_TIMEOUT_MINUTES', 30),
          ...(analyzerText ? { command: parseCommandSetting('KRD_ANALYZER_COMMAND', analyzerText) } : {}),
        };
  const token = envValue(env, 'SLACK_BOT_TOKEN');
  const channel = envValue(env, 'SLACK_CHANNEL');
  // SLACK_BOT_TOKEN alone is oar's own (it is among the variables oar needs): Slack is on with a channel.
  if (channel && !token) {
    throw new InputError('SLACK_CHANNEL is set but SLACK_BOT_TOKEN is not: set the Slack bot token too, or unset SLACK_CHANNEL.');
  }
  const slackApiUrl = envValue(env, 'SLACK_API_URL');
  const probeEnv: [keyof HttpProbesOptions, string][] = [
    ['releaseControllerUrl', 'KRD_RELEASE_CONTROLLER_URL'],
    ['errataUrl', 'KRD_ERRATA_URL'],
    ['errataToken', 'ERRATA_TOKEN'],
    ['gitlabToken', 'GITLAB_TOKEN'],
    ['gitlabUrl', 'KRD_GITLAB_URL'],
    ['mirrorUrl', 'KRD_MIRROR_URL'],
    ['releaseArtifactsUrl', 'KRD_RELEASE_ARTIFACTS_URL'],
    ['prodMetadataUrlTemplate', 'KRD_PROD_METADATA_URL'],
  ];
  const probes: Record<string, string> = {};
  for (const [key, name] of probeEnv) {
    const v = envValue(env, name);
    if (v) probes[key] = v;
  }
  const oarEnv = envValue(env, 'KRD_OAR_ENV');
  const analyzerEnv = envValue(env, 'KRD_ANALYZER_ENV');
  return {
    ...base,
    env,
    passEnv: {
      ...(oarEnv ? { oar: parseEnvNames(oarEnv, 'KRD_OAR_ENV') } : {}),
      ...(analyzerEnv ? { analyzer: parseEnvNames(analyzerEnv, 'KRD_ANALYZER_ENV') } : {}),
    },
    executor,
    analyzer,
    probes: probes as HttpProbesOptions,
    ...(token && channel ? { slack: { token, channel, ...(slackApiUrl ? { apiUrl: slackApiUrl } : {}) } } : {}),
  };
}
