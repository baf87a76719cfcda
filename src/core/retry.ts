import { TransientError } from './errors';
import type { Clock } from '../ports/clock';

export interface RetryOptions {
  readonly clock: Clock;
  /** Wait before each retry; its length is the number of retries (default 1, 2, 4 minutes). */
  readonly backoffMs: readonly number[];
  /** Called before each retry's wait, e.g. to log a warning. */
  readonly onRetry?: (err: TransientError, attempt: number, delayMs: number) => void;
}

/**
 * Runs `fn`, retrying transient errors after each backoff (or after the server's
 * retry-after when that is longer). Any other error, and the last transient one once the
 * retries are spent, is thrown to the caller, which decides what it means for the task.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const backoff = options.backoffMs[attempt - 1];
      if (!(err instanceof TransientError) || backoff === undefined) throw err;
      const delay = Math.max(backoff, err.retryAfterMs ?? 0);
      options.onRetry?.(err, attempt, delay);
      await options.clock.sleep(delay);
    }
  }
}
