/**
 * Builds what one action run touches from its inputs: the Octokit client (every call charged
 * to the run's budget), the StateBox and record stores on their branches, and the real
 * executor, probes, analyzer and Slack through the driver's wiring. Tests replace the outside
 * systems (executor, probes, analyzer, notifier, clock) through `overrides`; GitHub itself is
 * always the one at the github-api-url input (default: the runner's GITHUB_API_URL); Octokit
 * asks its GraphQL API at `{github-api-url}/graphql` (GitHub Enterprise Server's `/api/v3`
 * root: `/api/graphql`).
 */
import * as core from '@actions/core';
import { createOctokit, type Octokit } from '../adapters/github/octokit';
import { GitHubStore } from '../adapters/store/github';
import type { OperationsBudget } from '../ports/budget';
import { buildDriverDeps } from '../wiring';
import type { DriverDeps, Logger } from '../driver/types';
import type { Clock } from '../ports/clock';
import type { Executor } from '../ports/executor';
import type { Notifier } from '../ports/notifier';
import type { StateStore } from '../ports/store';
import type { Analyzer, WorldProbes } from '../ports/world';
import { RunCachedStore } from '../adapters/store/cached';
import { onSecretRegistered, registerSecrets } from '../core/mask';
import type { ActionConfig } from './config';
import type { RunnerEvent } from './event';
import { linkedNotifier, watchCommits } from './links';
import { watchPolls, type PollRecord } from './run-log';

/** Seams for tests: outside systems other than GitHub. Production passes nothing. */
export interface RunOverrides {
  readonly executor?: Executor;
  readonly probes?: WorldProbes;
  /** null: no analyzer (unaccepted results wait for a person). */
  readonly analyzer?: Analyzer | null;
  readonly notifier?: Notifier;
  readonly clock?: Clock;
  /** Slack Web API root (a local server in tests). */
  readonly slackApiUrl?: string;
  /** Google Sheets API root (a local server in tests). */
  readonly sheetsRootUrl?: string;
  /** Octokit tuning for local servers (retry waits in ms instead of seconds, no write spacing). */
  readonly octokit?: { readonly retryAfterBaseMs?: number; readonly spaceWrites?: boolean };
}

export const TASK_TIMEOUT_MS = 30 * 60_000;
export const ANALYZER_TIMEOUT_MS = 30 * 60_000;

/**
 * The secrets of this run, registered with core/mask before anything runs, so that every
 * writer (StateBox, comments, summary, Slack, log) masks them wherever they show up, also when
 * another program prints them. The secret inputs were already registered with core.setSecret
 * by readConfig; each secret value registered after this (the secret-looking variables handed
 * to oar and the analyzer, see child-env.ts) is registered with core.setSecret as well.
 */
export function registerActionSecrets(config: ActionConfig, setSecret: (part: string) => void = core.setSecret): void {
  const google = config.googleCredentials;
  registerSecrets([
    config.token,
    config.mcpToken,
    config.errataToken,
    config.gitlabToken,
    config.slackToken,
    ...(google?.kind === 'access-token' ? [google.token] : []),
    ...(google?.kind === 'service-account' ? [JSON.stringify(google.json), typeof google.json['private_key'] === 'string' ? google.json['private_key'] : undefined] : []),
  ]);
  onSecretRegistered(setSecret);
}

export function actionOctokit(config: ActionConfig, event: RunnerEvent, budget: OperationsBudget, log: Logger, overrides: RunOverrides = {}): Octokit {
  registerActionSecrets(config);
  return createOctokit({
    token: config.token,
    baseUrl: config.githubApiUrl,
    budget,
    log,
    ...(overrides.octokit ?? {}),
  });
}

/** A store that refuses every write: dry runs must never commit, whatever the engine does. */
export function readOnlyStore(store: StateStore): StateStore {
  return {
    describe: `${store.describe} (dry run)`,
    read: (path) => store.read(path),
    list: (prefix) => store.list(prefix),
    ...(store.readMany ? { readMany: store.readMany.bind(store) } : {}),
    write: async (path) => {
      throw new Error(`Dry run: refused to write ${path} to ${store.describe}.`);
    },
  };
}

export function actionDeps(
  config: ActionConfig,
  event: RunnerEvent,
  octokit: Octokit,
  log: Logger,
  overrides: RunOverrides = {},
  polls?: PollRecord[],
): DriverDeps {
  registerActionSecrets(config);
  const commits = watchCommits(octokit);
  const repo = { octokit, owner: event.owner, repo: event.repo };
  const server = new GitHubStore({ ...repo, ...(config.stateboxRef ? { ref: config.stateboxRef } : {}) });
  const guarded = config.dryRun ? readOnlyStore(server) : server;
  const statebox = new RunCachedStore(guarded);
  const record = new RunCachedStore(new GitHubStore({ ...repo, ref: config.recordRef }));
  const wired = buildDriverDeps({
    store: statebox,
    record,
    executor:
      config.executor === 'mcp' && config.mcpUrl
        ? { kind: 'mcp', url: config.mcpUrl, timeoutMs: TASK_TIMEOUT_MS, ...(config.mcpToken ? { headers: { Authorization: `Bearer ${config.mcpToken}` } } : {}) }
        : { kind: 'oar', timeoutMs: TASK_TIMEOUT_MS, ...(config.oarCommand ? { command: config.oarCommand } : {}) },
    // analyzer-command: none turns it off (as KRD_ANALYZER_COMMAND=none): unaccepted results wait for a person.
    analyzer:
      overrides.analyzer === null || config.analyzerCommand?.join(' ') === 'none'
        ? false
        : { timeoutMs: ANALYZER_TIMEOUT_MS, ...(config.analyzerCommand ? { command: config.analyzerCommand } : {}) },
    probes: {
      ...(config.errataToken ? { errataToken: config.errataToken } : {}),
      gitlabUrl: config.gitlabUrl,
      ...(config.gitlabToken ? { gitlabToken: config.gitlabToken } : {}),
    },
    // The children get an allow-list of this process's environment plus the names these
    // inputs give: never INPUT_* or the runner's ACTIONS_* tokens, GITHUB_TOKEN only if named.
    passEnv: { oar: config.oarEnv, analyzer: config.analyzerEnv },
    ...(config.slackChannel && config.slackToken ? { slack: { token: config.slackToken, channel: config.slackChannel, ...(overrides.slackApiUrl ? { apiUrl: overrides.slackApiUrl } : {}) } } : {}),
    log,
    ...(overrides.clock ? { clock: overrides.clock } : {}),
  });
  const analyzer = overrides.analyzer === null ? undefined : (overrides.analyzer ?? wired.analyzer);
  const inner = overrides.notifier ?? wired.notifier;
  // Each message links to this run, the StateBox at the commit that recorded it and the task's job.
  const notifier = inner
    ? linkedNotifier(inner, { ...(event.runUrl ? { runUrl: event.runUrl } : {}), serverUrl: event.serverUrl, owner: event.owner, repo: event.repo, commits, store: statebox, log })
    : undefined;
  const { analyzer: _a, notifier: _n, ...rest } = wired;
  // The engine claims each job in the StateBox before starting it (src/driver/claim.ts): a claim
  // is a compare-and-swap write on the SHA this run read; a lost race drops the cached file.
  const chosen = overrides.executor ?? wired.executor;
  // The run log tells each poll, also one that finds a job still running (src/action/run-log.ts).
  const executor = polls ? watchPolls(chosen, polls) : chosen;
  return {
    ...rest,
    executor,
    ...(overrides.probes ? { probes: overrides.probes } : {}),
    ...(analyzer ? { analyzer } : {}),
    ...(notifier ? { notifier } : {}),
  };
}
