/** Errors carry a kind so the driver knows whether to retry next run or stop the release. */

/** Network failures, 5xx, 429: leave the task as it was and retry on a later run. */
export class TransientError extends Error {
  override readonly name: string = 'TransientError';
  constructor(message: string, readonly retryAfterMs?: number, options?: ErrorOptions) {
    super(message, options);
  }
}

/** Auth failures, invalid releases, task failures: mark the task Fail, the release Red, notify, stop. */
export class PermanentError extends Error {
  override readonly name = 'PermanentError';
}

/** Bad input from a user, a file or a scenario; the message is one clear sentence. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A compare-and-swap write lost: someone else wrote the file since it was read. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

export function isTransient(err: unknown): err is TransientError {
  return err instanceof TransientError;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
