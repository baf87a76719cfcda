import { TransientError } from './errors';
import type { Clock } from '../ports/clock';

/**
 * The longest wait a run sits out. In-run retries take seconds; the next cron run (minutes
 * later) is the long retry. A longer retry-after is not waited for (RetryLaterError), a longer
 * configured backoff is shortened to this.
 */
export const DEFAULT_MAX_RETRY_WAIT_MS = 10_000;

/** One call's retries within a run: three tries in seven seconds. */
export const RUN_RETRY_BACKOFF_MS: readonly number[] = [2_000, 5_000];

export interface RetryOptions {
  readonly clock: Clock;
  /** Wait before each retry; its length is the number of retries. Each wait is at most `maxWaitMs`. */
  readonly backoffMs: readonly number[];
  /** No wait longer than this: a longer retry-after leaves the work for a later run, a longer backoff is shortened. */
  readonly maxWaitMs?: number;
  /** Called before each retry's wait, e.g. to log a warning. */
  readonly onRetry?: (err: TransientError, attempt: number, delayMs: number) => void;
}

/**
 * A system asked for a wait longer than a run should sit out (a rate limit that resets in
 * ten minutes), or it is down for this run: still transient, but the caller should stop
 * calling that system this run.
 */
export class RetryLaterError extends TransientError {
  override readonly name: string = 'RetryLaterError';
}

/**
 * A transient error its own client has already retried (GitHub: Octokit's retry and throttling
 * plugins; the local store: its lock wait). No other layer retries it in this run: the next run does.
 */
export class RetriedError extends TransientError {
  override readonly name: string = 'RetriedError';
}

/**
 * What a store's error means to the layers above it: a transient error is final for this run
 * (RetriedError), or a RetryLaterError when it asks for a wait longer than `maxWaitMs`.
 * Anything else is returned as it is.
 */
export function alreadyRetried(err: unknown, maxWaitMs = DEFAULT_MAX_RETRY_WAIT_MS): unknown {
  if (!(err instanceof TransientError) || err instanceof RetryLaterError || err instanceof RetriedError) return err;
  const Kind = (err.retryAfterMs ?? 0) > maxWaitMs ? RetryLaterError : RetriedError;
  return new Kind(err.message, err.retryAfterMs, { cause: err });
}

/**
 * Runs `fn`, retrying transient errors after each backoff (or after the server's
 * retry-after when that is longer). Any other error, and the last transient one once the
 * retries are spent, is thrown to the caller, which decides what it means for the task.
 * A retry-after beyond `maxWaitMs` is thrown at once as a RetryLaterError; a RetryLaterError
 * or a RetriedError is never retried. Only executor and probe calls are wrapped in this: a
 * store's client retries on its own.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const maxWait = options.maxWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof RetryLaterError || err instanceof RetriedError) throw err;
      if (err instanceof TransientError && (err.retryAfterMs ?? 0) > maxWait) {
        throw new RetryLaterError(err.message, err.retryAfterMs, { cause: err });
      }
      const backoff = options.backoffMs[attempt - 1];
      if (!(err instanceof TransientError) || backoff === undefined) throw err;
      const delay = Math.max(Math.min(backoff, maxWait), err.retryAfterMs ?? 0);
      options.onRetry?.(err, attempt, delay);
      await options.clock.sleep(delay);
    }
  }
}
