/**
 * A small fetch wrapper for the outside systems the flow probes. It turns what went wrong into
 * the two error kinds the driver understands: TransientError (network, timeout, 5xx, 429 with
 * its retry-after) and PermanentError (401/403, naming the system and the credential).
 */
import { PermanentError, SetupError, TransientError } from '../core/errors';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface HttpTarget {
  /** The system in words people know: "Release Controller", "Errata Tool". */
  readonly system: string;
  /** The credential a 401/403 points at, e.g. "the GitLab token (gitlab-token)". */
  readonly credential?: string;
  readonly timeoutMs?: number;
  readonly fetch?: FetchLike;
  /** Now, for HTTP-date retry-after values; injectable for tests. */
  readonly now?: () => number;
}

export interface HttpRequest extends HttpTarget {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /**
   * Statuses handed back to the caller instead of thrown: a probe asking "is this URL
   * accessible yet?" reads 401/403/404 as "not yet".
   */
  readonly passStatuses?: readonly number[];
}

export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;

/** Milliseconds from a Retry-After header (seconds or an HTTP date), undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`; // never echo a query string: it may carry a token
  } catch {
    return 'an invalid URL';
  }
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err);
}

/**
 * Fetches `url`. Returns the response for 2xx/3xx, for 404 and other 4xx the caller handles,
 * and for any status in `passStatuses`; throws TransientError/PermanentError otherwise.
 */
export async function httpFetch(url: string, req: HttpRequest): Promise<Response> {
  const timeoutMs = req.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  const doFetch = req.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: req.method ?? 'GET',
      headers: req.headers,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (err) {
    if ((err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError') {
      throw new TransientError(`${req.system} did not answer within ${timeoutMs / 1000}s (${where(url)}).`, undefined, { cause: err });
    }
    throw new TransientError(`${req.system} is unreachable at ${where(url)} (${networkReason(err)}).`, undefined, { cause: err });
  }
  const { status } = response;
  if (req.passStatuses?.includes(status)) return response;
  if (status === 401 || status === 403) {
    await response.body?.cancel();
    const credential = req.credential ?? 'its credentials';
    // Our credential refused: a broken setup, not a failed task.
    throw new (req.credential ? SetupError : PermanentError)(
      `${req.system} refused the request with ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'} (${where(url)}): check ${credential}.`,
    );
  }
  if (status === 429 || status >= 500) {
    await response.body?.cancel();
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), (req.now ?? Date.now)());
    const hint = retryAfterMs !== undefined ? `; retry after ${Math.ceil(retryAfterMs / 1000)}s` : '';
    const what = status === 429 ? 'is rate limiting us (429)' : `answered ${status}`;
    throw new TransientError(`${req.system} ${what} at ${where(url)}${hint}.`, retryAfterMs);
  }
  return response;
}

/** Reads a body as JSON; a body that is not JSON is a TransientError (a proxy's error page, a cut stream). */
export async function readJson(response: Response, req: HttpTarget, url: string): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    throw new TransientError(`${req.system} stopped answering while sending ${where(url)} (${networkReason(err)}).`, undefined, { cause: err });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new TransientError(`${req.system} answered ${where(url)} with something that is not JSON.`);
  }
}

/**
 * GET a JSON document: undefined on 404, the parsed body on 2xx; any other status is a
 * PermanentError (our request is wrong and retrying will not fix it).
 */
export async function getJson(url: string, req: HttpRequest): Promise<unknown | undefined> {
  const response = await httpFetch(url, req);
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.status < 200 || response.status >= 300) {
    await response.body?.cancel();
    throw new PermanentError(`${req.system} answered ${response.status} for ${where(url)}.`);
  }
  return readJson(response, req, url);
}
