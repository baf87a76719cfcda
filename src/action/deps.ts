/**
 * Builds what one action run touches from its inputs: the Octokit client (every call charged
 * to the run's budget), the StateBox and record stores on their branches, and the executor,
 * probes, analyzer and Slack the settings name. What is built comes from factories
 * (`ActionFactories`): production passes the real ones; a test passes factories that build
 * fakes. GitHub itself is always the one at the github-api-url input (default: the runner's
 * GITHUB_API_URL); Octokit asks its GraphQL API at `{github-api-url}/graphql` (GitHub
 * Enterprise Server's `/api/v3` root: `/api/graphql`).
 */
import * as core from '@actions/core';
import { createOctokit, type CreateOctokitOptions, type Octokit } from '../adapters/github/octokit';
import { GitHubStore } from '../adapters/store/github';
import type { OperationsBudget } from '../ports/budget';
import { buildDriverDeps, type WiringSettings } from '../wiring';
import type { DriverDeps, Logger } from '../driver/types';
import { systemClock, type Clock } from '../ports/clock';
import type { StateStore } from '../ports/store';
import { RunCachedStore } from '../adapters/store/cached';
import { onSecretRegistered, registerSecrets } from '../core/mask';
import type { ActionConfig } from './config';
import type { RunnerEvent } from './event';
import { linkedNotifier, watchCommits } from './links';
import { watchPolls, type PollRecord } from './run-log';

/** How a run makes what it talks to: the real things in production, fakes in tests. */
export interface ActionFactories {
  /** The run's time (also the job summary's). */
  readonly clock: Clock;
  /** The GitHub client. */
  readonly octokit: (options: CreateOctokitOptions) => Octokit;
  /** The driver's dependencies from the settings: the executor, probes, analyzer and Slack they name. */
  readonly driverDeps: (settings: WiringSettings) => DriverDeps;
}

export const REAL_FACTORIES: ActionFactories = { clock: systemClock, octokit: createOctokit, driverDeps: buildDriverDeps };

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
    ...config.systems.secrets,
    ...(google?.kind === 'access-token' ? [google.token] : []),
    ...(google?.kind === 'service-account' ? [JSON.stringify(google.json), typeof google.json['private_key'] === 'string' ? google.json['private_key'] : undefined] : []),
  ]);
  onSecretRegistered(setSecret);
}

export function actionOctokit(config: ActionConfig, budget: OperationsBudget, log: Logger, make: ActionFactories = REAL_FACTORIES): Octokit {
  registerActionSecrets(config);
  return make.octokit({ token: config.token, baseUrl: config.githubApiUrl, budget, log });
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
  make: ActionFactories = REAL_FACTORIES,
  polls?: PollRecord[],
): DriverDeps {
  registerActionSecrets(config);
  const commits = watchCommits(octokit);
  const repo = { octokit, owner: event.owner, repo: event.repo };
  const server = new GitHubStore({ ...repo, ...(config.stateboxRef ? { ref: config.stateboxRef } : {}) });
  const guarded = config.dryRun ? readOnlyStore(server) : server;
  const statebox = new RunCachedStore(guarded);
  const record = new RunCachedStore(new GitHubStore({ ...repo, ref: config.recordRef }));
  const { secrets: _secrets, ...systems } = config.systems;
  const built = make.driverDeps({
    store: statebox,
    record,
    ...systems,
    // The children get an allow-list of this process's environment plus the names these
    // inputs give: never INPUT_* or the runner's ACTIONS_* tokens, GITHUB_TOKEN only if named.
    log,
    clock: make.clock,
  });
  // Each message links to this run, the StateBox at the commit that recorded it and the task's job.
  const notifier = built.notifier
    ? linkedNotifier(built.notifier, { ...(event.runUrl ? { runUrl: event.runUrl } : {}), serverUrl: event.serverUrl, owner: event.owner, repo: event.repo, commits, store: statebox, log })
    : undefined;
  // The engine claims each job in the StateBox before starting it (src/driver/claim.ts): a claim
  // is a compare-and-swap write on the SHA this run read; a lost race drops the cached file.
  // The run log tells each poll, also one that finds a job still running (src/action/run-log.ts).
  const executor = polls ? watchPolls(built.executor, polls) : built.executor;
  const { notifier: _n, ...rest } = built;
  return { ...rest, executor, ...(notifier ? { notifier } : {}) };
}
