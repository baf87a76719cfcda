/**
 * The one Octokit factory (changesets/action `src/octokit.ts`): the REST client with the retry
 * plugin for transient failures and the throttling plugin for rate limits, both bounded. A 409
 * or 422 is never retried by a plugin: the StateBox store re-reads and merges instead.
 * Every HTTP attempt, reads and plugin retries included, is charged to the optional budget.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit as RestOctokit } from '@octokit/rest';
import { ConflictError, PermanentError, TransientError } from '../../core/errors';
import { githubMessage, isGitHubRequestError, rateLimitWaitMs } from './errors';
import type { OperationsBudget } from '../../ports/budget';
import type { Logger } from '../../ports/logger';

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** Statuses the retry plugin leaves alone: client errors, conflicts (merged by the store), rate limits (throttling's job). */
export const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

export interface CreateOctokitOptions {
  readonly token: string;
  /**
   * REST API root; defaults to GITHUB_API_URL, then https://api.github.com. The GraphQL API is
   * asked at `{baseUrl}/graphql`, or at `https://HOST/api/graphql` for a GitHub Enterprise
   * Server root `https://HOST/api/v3` (Octokit's own rule; test/action-ghes.test.ts).
   */
  readonly baseUrl?: string;
  /** Charged one operation per HTTP attempt. */
  readonly budget?: OperationsBudget;
  readonly log?: Logger;
  /** Retries of 5xx and network failures (retry plugin); default 3. */
  readonly retries?: number;
  /** Retries after a primary or secondary rate limit (throttling plugin); default 2. */
  readonly rateLimitRetries?: number;
  /** A rate limit that resets later than this is not waited for: the error goes to the caller. Default 60 s. */
  readonly maxRateLimitWaitSeconds?: number;
  /**
   * Milliseconds per "second" the plugins wait (retry-after, x-ratelimit-reset, backoff).
   * 1000 in production; tests pass 1 so a retry-after of 2 waits 2 ms.
   */
  readonly retryAfterBaseMs?: number;
  /**
   * Space writes as GitHub asks (one second between mutations, three between ones that notify,
   * such as comments). Default true; tests with many concurrent writers pass false.
   */
  readonly spaceWrites?: boolean;
  /** Per-request timeout; default 30 s. */
  readonly timeoutMs?: number;
}

// Registered before the retry and throttling plugins, so its hook sits innermost and sees every attempt.
function budgetPlugin(octokit: { hook: InstanceType<typeof RestOctokit>['hook'] }, options: { [option: string]: unknown }): void {
  const budget = options.budget as OperationsBudget | undefined;
  if (budget) octokit.hook.before('request', () => budget.consume());
}

const KrdOctokit = RestOctokit.plugin(budgetPlugin, retry, throttling);
export type Octokit = InstanceType<typeof KrdOctokit>;

/**
 * Stands in for throttling's shared write and notification groups when writes need no spacing.
 * The plugin only calls `group.key(id).schedule(options, noop)` on them to wait for its turn.
 */
const unspacedWrites = { key: () => ({ schedule: async () => undefined }) };

/**
 * Octokit's own log: its request logger reports every failed attempt as an error, even the ones
 * the plugins then retry successfully; those stay at debug level and the caller reports what
 * finally happened.
 */
function octokitLog(log: Logger | undefined) {
  const noop = () => undefined;
  return {
    debug: log ? (m: string) => log.debug(m) : noop,
    info: log ? (m: string) => log.debug(m) : noop,
    warn: log ? (m: string) => log.warning(m) : (m: string) => console.warn(m),
    error: log ? (m: string) => log.debug(m) : noop,
  };
}

export function resolveGitHubApiUrl(baseUrl: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = baseUrl || env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL;
  return url.replace(/\/+$/, '');
}

export function createOctokit(options: CreateOctokitOptions): Octokit {
  const log = options.log;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const baseMs = options.retryAfterBaseMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const again = retryCount < rateLimitRetries && retryAfter <= maxWait;
      log?.warning(`GitHub ${kind} hit on ${req.method} ${req.url}; ${again ? `retrying after ${retryAfter} s` : 'not retrying in this run'}.`);
      return again;
    };
  const timedFetch: typeof fetch = (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
  return new KrdOctokit({
    auth: options.token,
    baseUrl: resolveGitHubApiUrl(options.baseUrl),
    userAgent: 'konflux-release-driver',
    budget: options.budget,
    log: octokitLog(log),
    request: { fetch: timedFetch },
    retry: { retries: options.retries ?? 3, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: baseMs },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: baseMs,
      ...(options.spaceWrites === false ? { write: unspacedWrites as never, notifications: unspacedWrites as never } : {}),
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Errors

// Reading GitHub's errors needs no Octokit: ./errors, which the simulator imports without it.
export { githubMessage, githubStatus, isGitHubRequestError, rateLimitWaitMs } from './errors';


export interface GitHubErrorContext {
  /** What we were doing, as a phrase: "read _releases/4.20/statebox/4.20.1.yaml from owner/repo@main". */
  readonly action: string;
  /** The credential in the words of the user: defaults to "the GitHub token (GITHUB_TOKEN)". */
  readonly credential?: string;
  /** The permission the call needs, as in a workflow's `permissions:` block: "contents: write". */
  readonly permission?: string;
}

/**
 * Turns what Octokit threw (after its plugins gave up) into our error kinds: 401/403 →
 * PermanentError naming the token and permission; rate limits, 5xx and network failures →
 * TransientError; 409 → ConflictError; other 4xx → PermanentError. Other errors pass through.
 */
export function toGitHubError(err: unknown, context: GitHubErrorContext): Error {
  if (!isGitHubRequestError(err)) return err instanceof Error ? err : new Error(String(err));
  const credential = context.credential ?? 'the GitHub token (GITHUB_TOKEN)';
  const why = githubMessage(err);
  const status = err.status;
  const wait = rateLimitWaitMs(err);
  if (wait !== undefined) {
    return new TransientError(`GitHub rate limit reached while trying to ${context.action} (${status} ${why}); retry in ${Math.ceil(wait / 1000)} s.`, wait, { cause: err });
  }
  if (status === 401) {
    return new PermanentError(`GitHub rejected ${credential} while trying to ${context.action}: 401 ${why}. Set a valid token.`, { cause: err });
  }
  if (status === 403) {
    const needs = context.permission ? `; it needs the "${context.permission}" permission` : '';
    return new PermanentError(`GitHub refused to ${context.action} with ${credential}: 403 ${why}${needs}.`, { cause: err });
  }
  if (status === 409) return new ConflictError(`GitHub reported a conflict while trying to ${context.action}: 409 ${why}.`, { cause: err });
  if (status >= 500 || !err.response) {
    const what = err.response ? `${status} ${why}` : `no answer (${why})`;
    return new TransientError(`GitHub failed while trying to ${context.action}: ${what}.`, undefined, { cause: err });
  }
  if (status === 404) {
    return new PermanentError(`GitHub could not find what was needed to ${context.action}: 404 ${why} (it does not exist, or ${credential} cannot see it).`, { cause: err });
  }
  return new PermanentError(`GitHub refused to ${context.action}: ${status} ${why}.`, { cause: err });
}
