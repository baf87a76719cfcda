import { TransientError } from './errors';
import type { Clock } from '../ports/clock';

/** Longest wait a run sits out for a retry-after (longer than the default 4-minute backoff). */
export const DEFAULT_MAX_RETRY_WAIT_MS = 5 * 60_000;

export interface RetryOptions {
  readonly clock: Clock;
  /** Wait before each retry; its length is the number of retries (default 1, 2, 4 minutes). */
  readonly backoffMs: readonly number[];
  /** A retry-after longer than this is not waited out: the run leaves the work for a later run. */
  readonly maxWaitMs?: number;
  /** Called before each retry's wait, e.g. to log a warning. */
  readonly onRetry?: (err: TransientError, attempt: number, delayMs: number) => void;
}

/**
 * A system asked for a wait longer than a run should sit out (a rate limit that resets in
 * ten minutes): still transient, but the caller should stop calling that system this run.
 */
export class RetryLaterError extends TransientError {
  override readonly name: string = 'RetryLaterError';
}

/**
 * Runs `fn`, retrying transient errors after each backoff (or after the server's
 * retry-after when that is longer). Any other error, and the last transient one once the
 * retries are spent, is thrown to the caller, which decides what it means for the task.
 * A retry-after beyond `maxWaitMs` is thrown at once as a RetryLaterError.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const maxWait = options.maxWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof TransientError && (err.retryAfterMs ?? 0) > maxWait) {
        throw err instanceof RetryLaterError ? err : new RetryLaterError(err.message, err.retryAfterMs, { cause: err });
      }
      const backoff = options.backoffMs[attempt - 1];
      if (!(err instanceof TransientError) || backoff === undefined) throw err;
      const delay = Math.max(backoff, err.retryAfterMs ?? 0);
      options.onRetry?.(err, attempt, delay);
      await options.clock.sleep(delay);
    }
  }
}
