/**
 * What GitHub's errors say, read from Octokit's RequestError by shape: no Octokit import, so
 * code that only reads errors (comment permissions in a simulation) does not load the client.
 */
import { errorMessage } from '../../core/errors';

/** The parts of an Octokit RequestError we read (duck-typed: the class is not a direct dependency). */
export interface GitHubRequestError {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

export function isGitHubRequestError(err: unknown): err is GitHubRequestError {
  return err instanceof Error && typeof (err as { status?: unknown }).status === 'number';
}

export function githubStatus(err: unknown): number | undefined {
  return isGitHubRequestError(err) ? err.status : undefined;
}

/** GitHub's own explanation (`{"message": ...}`), else the client's. */
export function githubMessage(err: unknown): string {
  if (isGitHubRequestError(err)) {
    const data = err.response?.data as { message?: unknown } | undefined;
    if (data && typeof data.message === 'string' && data.message !== '') return data.message.replace(/\.$/, '');
  }
  return errorMessage(err).replace(/\.$/, '');
}

/** Milliseconds until GitHub lets us call again, when the error is a rate limit. */
export function rateLimitWaitMs(err: unknown, now: number = Date.now()): number | undefined {
  if (!isGitHubRequestError(err) || (err.status !== 403 && err.status !== 429)) return undefined;
  const headers = err.response?.headers ?? {};
  const retryAfter = Number(headers['retry-after']);
  const limited = err.status === 429 || headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(githubMessage(err)) || Number.isFinite(retryAfter);
  if (!limited) return undefined;
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  return 60_000;
}
