/**
 * The event the runner hands us: GITHUB_EVENT_NAME, the payload at GITHUB_EVENT_PATH, the
 * repository, the web root (the API URL is the github-api-url input: src/action/config.ts).
 * Read inside run() (never at import time, unlike the `@actions/github` context singleton) so
 * each run, and each test, sees its own environment.
 */
import { readFileSync } from 'node:fs';
import { InputError, errorMessage } from '../core/errors';

export interface RunnerEvent {
  readonly name: string;
  readonly payload: Record<string, unknown>;
  readonly owner: string;
  readonly repo: string;
  /** Who triggered the run (GITHUB_ACTOR). */
  readonly actor: string;
  /** The GitHub web root (GITHUB_SERVER_URL), for links to files and runs. */
  readonly serverUrl: string;
  readonly runNumber: number;
  /** Link to this run, for replies. */
  readonly runUrl?: string;
}

const REPO_RE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

export function readRunnerEvent(env: NodeJS.ProcessEnv = process.env): RunnerEvent {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const m = REPO_RE.exec(repository);
  if (!m) throw new InputError(`GITHUB_REPOSITORY is ${JSON.stringify(repository)}; expected owner/repo (the runner sets it).`);
  let payload: Record<string, unknown> = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
    } catch (err) {
      throw new InputError(`The event payload at GITHUB_EVENT_PATH ${path} cannot be read: ${errorMessage(err)}`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner: m[1] as string,
    repo: m[2] as string,
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl,
    runNumber: Number.parseInt(env.GITHUB_RUN_NUMBER ?? '0', 10) || 0,
    ...(runId ? { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` } : {}),
  };
}
