/**
 * Executor over the release-tests MCP server (streamable HTTP): calls its `oar_*` tools and
 * reads their text output exactly like the CLI's: the server runs the same click commands and
 * returns their logs, then their prints, through `format_result` (the same status lines,
 * `[Not Started]` re-trigger requests, "already in state" skips, missing-variable lists).
 * One short connection per call: runs are minutes apart, and nothing is left open when a run
 * ends. Upstream's server still runs the older HTTP+SSE transport, so a 4xx to the streamable POST falls back to it (as the MCP spec's
 * backwards-compatibility section describes) and the choice is remembered.
 * `findJob` asks the server for the release status (`oar_get_release_status`): the output oar
 * recorded when it triggered a job names that job (upstream-status.ts).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport, SseError } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { InputError, PermanentError, SetupError, TransientError, errorMessage } from '../../core/errors';
import { isAsyncTask, type FlowTask } from '../../core/tasks';
import { parseRelease } from '../../core/version';
import type { ExecContext, ExecOutcome, Executor } from '../../ports/executor';
import type { FetchLike } from '../http';
import { taskRequest, type TaskRequest } from './oar-cli';
import { interpretRun, tail, type RawRun } from './status-line';
import { jobFromReleaseStatus, type FoundJob } from './upstream-status';

/** The MCP tool of each task (mcp_server/server.py). */
export const MCP_TOOLS: Partial<Record<FlowTask, string>> = {
  'create-test-report': 'oar_create_test_report',
  'take-ownership': 'oar_take_ownership',
  'check-cve-tracker-bug': 'oar_check_cve_tracker_bug',
  'push-to-cdn-staging': 'oar_push_to_cdn_staging',
  'image-consistency-check': 'oar_image_consistency_check',
  'stage-testing': 'oar_stage_testing',
  'image-signed-check': 'oar_image_signed_check',
  'change-advisory-status': 'oar_change_advisory_status',
};

export interface McpExecutorOptions {
  /** The server's streamable HTTP endpoint, e.g. http://mcp.example:8000/mcp */
  readonly url: string;
  /** Extra request headers (an Authorization header for a protected server). */
  readonly headers?: Record<string, string>;
  /** Per tool call; the server runs the oar command synchronously. Default 15 minutes. */
  readonly timeoutMs?: number;
  readonly fetch?: FetchLike;
}

/** The read-only tool that reports oar's StateBox of a release (tasks with their recorded output). */
export const RELEASE_STATUS_TOOL = 'oar_get_release_status';

const SYSTEM = 'The MCP server';
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
/** A status read answers in seconds; it must not hold a run as long as a task may. */
const STATUS_TIMEOUT_MS = 2 * 60_000;
/** The preflight's initialize and tools/list: a server that takes longer counts as not answering. */
const PREFLIGHT_TIMEOUT_MS = 30_000;
/** Nothing listens at the URL, or its host does not exist: our configuration, not an outage. */
const NOT_THERE = new Set(['ECONNREFUSED', 'ENOTFOUND']);

type ToolSchemas = Map<string, ReadonlySet<string>>;

/** The server's `format_result`: `✓ Command succeeded\n\n…` or `✗ Command failed (exit code N)\n\n…`. */
export function parseToolText(text: string, isError: boolean): RawRun {
  const failed = /^\s*✗\s*Command failed(?:\s*\(exit code (-?\d+)\))?/.exec(text);
  if (failed) return { output: text, exitCode: failed[1] !== undefined ? Number(failed[1]) : 1 };
  if (/^\s*✓\s*Command succeeded/.test(text)) return { output: text, exitCode: 0 };
  return { output: text, exitCode: isError ? 1 : undefined };
}

/** The text parts of a tool result, joined. */
function textOf(content: unknown): string {
  return (Array.isArray(content) ? (content as unknown[]) : [])
    .filter((c): c is { type: 'text'; text: string } => (c as { type?: unknown })?.type === 'text' && typeof (c as { text?: unknown }).text === 'string')
    .map((c) => c.text)
    .join('\n');
}

/** A streamable POST answered like this means the server only speaks HTTP+SSE. */
const SSE_ONLY_STATUSES = [400, 404, 405];

export class McpExecutor implements Executor {
  private readonly url: URL;
  private schemas?: ToolSchemas;
  private transportKind: 'streamable' | 'sse' | undefined;

  constructor(private readonly options: McpExecutorOptions) {
    try {
      this.url = new URL(options.url);
    } catch {
      throw new InputError(`${JSON.stringify(options.url)} is not an MCP server URL such as http://host:8000/mcp.`);
    }
    if (!/^https?:$/.test(this.url.protocol)) throw new InputError(`The MCP server URL must be http(s), not ${this.url.protocol}.`);
  }

  async start(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    return this.call(taskRequest(task, ctx, 'start'));
  }

  async poll(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    return this.call(taskRequest(task, ctx, 'poll'));
  }

  /**
   * A job of this task that upstream started and the StateBox does not record (a run died in
   * between). undefined when there is none, or when the server offers no status tool (older
   * servers: then oar's own guard against triggering twice is all there is). A status that
   * cannot be read throws (TransientError), so nothing is started on a guess.
   */
  async findJob(task: FlowTask, ctx: ExecContext): Promise<FoundJob | undefined> {
    const release = parseRelease(ctx.release).text;
    if (!isAsyncTask(task)) return undefined;
    const timeout = Math.min(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, STATUS_TIMEOUT_MS);
    return this.withClient(RELEASE_STATUS_TOOL, timeout, async (client, schemas) => {
      if (!schemas.has(RELEASE_STATUS_TOOL)) return undefined;
      const result = await client.callTool({ name: RELEASE_STATUS_TOOL, arguments: { release } }, undefined, { timeout });
      const text = textOf(result.content);
      const where = `${SYSTEM} (${RELEASE_STATUS_TOOL})`;
      if (result.isError === true) throw new TransientError(`${where} could not report the status of ${release}: ${tail(text)}.`);
      return jobFromReleaseStatus(text, task, { ...ctx, release }, where);
    });
  }

  /**
   * Before a run: the server answers `initialize` and `tools/list` and offers the oar tools.
   * A SetupError when nothing listens at the URL, the server refuses our token (401/403) or is
   * not the release-tests server; a TransientError when it fails or does not answer right now.
   */
  async preflight(): Promise<void> {
    const timeout = Math.min(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, PREFLIGHT_TIMEOUT_MS);
    const where = `${SYSTEM} at ${this.url.origin}`;
    const fix = 'mcp-url (KRD_MCP_URL for krd drive)';
    let client: Client | undefined;
    let schemas: ToolSchemas;
    try {
      client = await this.connect(timeout);
      schemas = await this.toolSchemas(client, timeout);
    } catch (err) {
      const status = httpStatusOf(err);
      if (status === 401 || status === 403 || (err as Error)?.name === 'UnauthorizedError') {
        throw new SetupError(
          `${where} refused our token${status ? ` (${status})` : ''}: set mcp-token (KRD_MCP_TOKEN for krd drive) to a valid bearer token of that server.`,
          { cause: err },
        );
      }
      const code = errnoOf(err);
      if (code && NOT_THERE.has(code)) {
        throw new SetupError(`Nothing answers at ${this.url.href} (${code}): start the MCP server of release-tests there, or set ${fix} to where it runs.`, { cause: err });
      }
      const classified = this.classify(err, 'initialize');
      if (classified instanceof TransientError) throw classified;
      throw new SetupError(`${classified.message.replace(/\.$/, '')}: check ${fix}.`, { cause: err });
    } finally {
      await client?.close().catch(() => undefined);
    }
    if (!Object.values(MCP_TOOLS).some((tool) => schemas.has(tool as string))) {
      throw new SetupError(`${where} offers none of the oar_* tools: set ${fix} to the MCP server of release-tests.`);
    }
  }

  /**
   * Tool arguments; the job parameter is whichever the server's tool declares. Upstream's
   * server declares `oar_image_consistency_check(release, job_id)` (passed to oar as `-i`, any
   * id) and `oar_stage_testing(release, build_number)` (`-n`); an older server with
   * build_number for image-consistency-check gets a numeric job there.
   */
  private toolArgs(req: TaskRequest, params: ReadonlySet<string>): Record<string, unknown> {
    const args: Record<string, unknown> = { release: req.release };
    if (req.owner) args.email = req.owner;
    if (req.task === 'check-cve-tracker-bug' && params.has('notify')) args.notify = true; // as the CLI does by default
    if (req.jobId) {
      const numeric = /^\d+$/.test(req.jobId);
      const key = params.has('job_id') && (!numeric || !params.has('build_number')) ? 'job_id' : 'build_number';
      args[key] = req.jobId;
    }
    return args;
  }

  private async call(req: TaskRequest): Promise<ExecOutcome> {
    const tool = MCP_TOOLS[req.task] as string;
    const timeout = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return this.withClient(tool, timeout, async (client, schemas) => {
      const params = schemas.get(tool);
      if (!params) throw new PermanentError(`${SYSTEM} at ${this.url.origin} does not offer the tool ${tool} (needed for ${req.task}).`);
      const result = await client.callTool({ name: tool, arguments: this.toolArgs(req, params) }, undefined, { timeout });
      return interpretRun(req.task, parseToolText(textOf(result.content), result.isError === true), `${SYSTEM} (${tool})`);
    });
  }

  /** One short connection: connect, learn the tools, run `fn`, close; SDK errors classified, naming `tool`. */
  private async withClient<T>(tool: string, timeout: number, fn: (client: Client, schemas: ToolSchemas) => Promise<T>): Promise<T> {
    let client: Client | undefined;
    try {
      client = await this.connect(timeout);
      return await fn(client, await this.toolSchemas(client, timeout));
    } catch (err) {
      throw this.classify(err, tool);
    } finally {
      await client?.close().catch(() => undefined);
    }
  }

  private transport(kind: 'streamable' | 'sse'): Transport {
    const opts = {
      requestInit: this.options.headers ? { headers: this.options.headers } : undefined,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    };
    return kind === 'sse' ? new SSEClientTransport(this.url, opts) : new StreamableHTTPClientTransport(this.url, opts);
  }

  /** Streamable HTTP first; HTTP+SSE when the server answers the POST with a 4xx other than 401/403. */
  private async connect(timeout: number): Promise<Client> {
    const kind = this.transportKind ?? 'streamable';
    const client = new Client({ name: 'konflux-release-driver', version: '1' });
    try {
      await client.connect(this.transport(kind), { timeout });
      this.transportKind = kind;
      return client;
    } catch (err) {
      await client.close().catch(() => undefined);
      const sseOnly = kind === 'streamable' && !this.transportKind && err instanceof StreamableHTTPError && SSE_ONLY_STATUSES.includes(err.code ?? 0);
      if (!sseOnly) throw err;
    }
    const sse = new Client({ name: 'konflux-release-driver', version: '1' });
    try {
      await sse.connect(this.transport('sse'), { timeout });
    } catch (err) {
      await sse.close().catch(() => undefined);
      throw err;
    }
    this.transportKind = 'sse';
    return sse;
  }

  private async toolSchemas(client: Client, timeout: number): Promise<ToolSchemas> {
    if (this.schemas) return this.schemas;
    const schemas: ToolSchemas = new Map();
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : undefined, { timeout });
      for (const t of page.tools) schemas.set(t.name, new Set(Object.keys(t.inputSchema.properties ?? {})));
      cursor = page.nextCursor;
    } while (cursor);
    this.schemas = schemas;
    return schemas;
  }

  /** Our own errors pass; the SDK's become Transient or Permanent, naming the server. */
  private classify(err: unknown, tool: string): Error {
    if (err instanceof TransientError || err instanceof PermanentError || err instanceof InputError) return err;
    const where = `${SYSTEM} at ${this.url.origin}`;
    if (err instanceof StreamableHTTPError) {
      const code = err.code ?? 0;
      if (code === 401 || code === 403) {
        return new SetupError(`${where} refused the request with ${code}: check the MCP server headers (mcp-headers, e.g. its Authorization token).`);
      }
      if (code === 429 || code >= 500 || code <= 0) return new TransientError(`${where} answered ${code > 0 ? code : 'badly'} while calling ${tool}.`, undefined, { cause: err });
      return new PermanentError(`${where} answered ${code} while calling ${tool}: ${errorMessage(err)}.`);
    }
    if (err instanceof McpError) {
      if (err.code === ErrorCode.RequestTimeout) return new TransientError(`${where} did not answer ${tool} in time.`, undefined, { cause: err });
      if (err.code === ErrorCode.ConnectionClosed) return new TransientError(`${where} closed the connection during ${tool}.`, undefined, { cause: err });
      if (err.code === ErrorCode.MethodNotFound || err.code === ErrorCode.InvalidParams) {
        return new PermanentError(`${where} rejected ${tool}: ${err.message}.`);
      }
      return new TransientError(`${where} failed ${tool}: ${err.message}.`, undefined, { cause: err });
    }
    if (err instanceof SseError || /^Error POSTing to endpoint \(HTTP \d{3}\)/.test(errorMessage(err))) {
      const code = err instanceof SseError ? (err.code ?? 0) : Number(/HTTP (\d{3})/.exec(errorMessage(err))?.[1]);
      if (code === 401 || code === 403) {
        return new SetupError(`${where} refused the request with ${code}: check the MCP server headers (mcp-headers, e.g. its Authorization token).`);
      }
      return new TransientError(`${where} failed ${tool} over HTTP+SSE${code ? ` (${code})` : ''}: ${errorMessage(err)}.`, undefined, { cause: err });
    }
    if ((err as Error)?.name === 'UnauthorizedError') {
      return new SetupError(`${where} requires authorization: check the MCP server headers (mcp-headers).`);
    }
    const cause = (err as { cause?: { code?: string } })?.cause?.code;
    return new TransientError(`${where} is unreachable (${cause ?? errorMessage(err)}).`, undefined, { cause: err });
  }
}

/** The HTTP status an SDK error reports (streamable HTTP, HTTP+SSE, or its message), if any. */
function httpStatusOf(err: unknown): number | undefined {
  if (err instanceof StreamableHTTPError || err instanceof SseError) return err.code && err.code > 0 ? err.code : undefined;
  const m = /\(HTTP (\d{3})\)/.exec(errorMessage(err));
  return m ? Number(m[1]) : undefined;
}

/** The errno code (ECONNREFUSED, …) somewhere in an error's cause chain. */
function errnoOf(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}
