/** Errors carry a kind so the driver knows whether to retry next run, stop the release or stop the run. */

/** Network failures, 5xx, 429: leave the task as it was and retry on a later run. */
export class TransientError extends Error {
  override readonly name: string = 'TransientError';
  constructor(message: string, readonly retryAfterMs?: number, options?: ErrorOptions) {
    super(message, options);
  }
}

/** Invalid releases, task failures: mark the task Fail, the release Red, notify, stop. */
export class PermanentError extends Error {
  override readonly name: string = 'PermanentError';
}

/**
 * Our own setup is broken: a program we run is missing (ENOENT), a credential of ours is
 * refused (401/403) or missing, our MCP server refuses connections. Nothing about a release is
 * wrong, so no task fails and no StateBox changes: the run stops with exit 1 and this one
 * sentence, which names what is missing and how to fix it. A PermanentError for code that does
 * not know the difference: it is never retried.
 */
export class SetupError extends PermanentError {
  override readonly name: string = 'SetupError';
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

/** The SetupError `err` is or wraps (its `cause` chain), if any. */
export function setupErrorIn(err: unknown): SetupError | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) if (e instanceof SetupError) return e;
  return undefined;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
