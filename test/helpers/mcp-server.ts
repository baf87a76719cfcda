/**
 * A real MCP server for tests: the SDK's McpServer behind StreamableHTTPServerTransport on
 * node:http (127.0.0.1, port 0), offering the `oar_*` tools of release-tests' mcp_server with
 * the same parameters and the same `format_result` text. Replies are scripted per tool.
 * With `transport: 'sse'` it speaks the older HTTP+SSE transport instead, as upstream's
 * server does (`mcp.run(transport="sse")`): GET /sse, POST /messages.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

/**
 * What the oar command printed and how it exited; `throws` makes the tool itself fail (isError).
 * `raw`: the text as the tool returns it, without format_result (oar_get_release_status's JSON).
 */
export interface ToolRun {
  readonly output: string;
  readonly exitCode?: number;
  readonly throws?: boolean;
  readonly raw?: boolean;
}

export type Fault = { readonly status: number; readonly retryAfter?: string } | 'hang';

export interface McpServerOptions {
  /** streamable (default): POST /mcp. sse: the deprecated HTTP+SSE transport at /sse. */
  readonly transport?: 'streamable' | 'sse';
  /**
   * Parameter name of the job of image-consistency-check: upstream's server declares
   * `oar_image_consistency_check(release, job_id=None)` and passes it as `-i` (default here);
   * older servers had build_number (`-n`, the Jenkins job).
   */
  readonly imageConsistencyJobParam?: 'build_number' | 'job_id';
  /** Requests must carry this header (e.g. authorization: Bearer x) or get 401. */
  readonly requireHeader?: { readonly name: string; readonly value: string };
  /** Tools to leave out, to test a server that lacks one. */
  readonly omitTools?: readonly string[];
}

export interface ToolCall {
  readonly tool: string;
  readonly args: Record<string, unknown>;
}

export interface TestMcpServer extends AsyncDisposable {
  readonly url: string;
  readonly calls: ToolCall[];
  /** Replies of a tool, one per call (the last one repeats). */
  script(tool: string, ...runs: ToolRun[]): void;
  /** Every HTTP request fails this way until cleared with inject(undefined). */
  inject(fault: Fault | undefined): void;
  readonly requests: number;
  /** Every HTTP request, in order. */
  readonly log: Array<{ readonly method: string; readonly path: string }>;
  close(): Promise<void>;
}

/** The server's format_result() of mcp_server/server.py. */
export function formatResult(run: ToolRun): string {
  const exitCode = run.exitCode ?? 0;
  const text = run.output.trim();
  if (exitCode === 0) return text ? `✓ Command succeeded\n\n${text}` : '✓ Command succeeded';
  return `✗ Command failed (exit code ${exitCode})\n\n${text || 'Unknown error'}`;
}

export async function startMcpServer(options: McpServerOptions = {}): Promise<TestMcpServer> {
  const scripts = new Map<string, { runs: ToolRun[]; next: number }>();
  const calls: ToolCall[] = [];
  let fault: Fault | undefined;
  let requests = 0;

  const reply = (tool: string, args: Record<string, unknown>) => {
    calls.push({ tool, args });
    const script = scripts.get(tool);
    const run = script?.runs[Math.min(script.next++, script.runs.length - 1)] ?? { output: `no reply scripted for ${tool}`, exitCode: 2 };
    if (run.throws) throw new Error(run.output);
    return { content: [{ type: 'text' as const, text: run.raw ? run.output : formatResult(run) }] };
  };

  const buildServer = (): McpServer => {
    const server = new McpServer({ name: 'release-tests', version: '1.0.0' });
    const release = z.string().describe('Z-stream release version (e.g., "4.19.1")');
    const job = z.string().optional();
    const tools: Array<[string, Record<string, z.ZodType>]> = [
      ['oar_create_test_report', { release }],
      ['oar_take_ownership', { release, email: z.string() }],
      ['oar_check_cve_tracker_bug', { release, notify: z.boolean().optional() }],
      ['oar_push_to_cdn_staging', { release }],
      ['oar_image_consistency_check', { release, [options.imageConsistencyJobParam ?? 'job_id']: job }],
      ['oar_stage_testing', { release, build_number: job }],
      ['oar_image_signed_check', { release }],
      ['oar_change_advisory_status', { release }],
      ['oar_check_greenwave_cvp_tests', { release }],
      ['oar_get_release_status', { release }],
    ];
    for (const [name, inputSchema] of tools) {
      if (options.omitTools?.includes(name)) continue;
      server.registerTool(name, { description: `${name} (test double of release-tests)`, inputSchema }, async (args: Record<string, unknown>) => reply(name, args));
    }
    return server;
  };

  const log: Array<{ method: string; path: string }> = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    requests++;
    log.push({ method: req.method ?? '', path: new URL(req.url ?? '/', 'http://x').pathname });
    if (fault === 'hang') return; // never answer; the client's timeout must fire
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) }).end(`injected ${fault.status}`);
      return;
    }
    const need = options.requireHeader;
    if (need && req.headers[need.name.toLowerCase()] !== need.value) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unauthorized' }));
      return;
    }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (options.transport === 'sse') return handleSse(path, req, res);
    if (path !== '/mcp') {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed.' }, id: null }));
      return;
    }
    // Stateless: a fresh server and transport per request, as the SDK's stateless example does.
    const server = buildServer();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };

  // The older transport: a session per GET /sse stream, its messages POSTed to /messages.
  const sseSessions = new Map<string, SSEServerTransport>();
  const handleSse = async (path: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (path === '/sse' && req.method === 'GET') {
      const transport = new SSEServerTransport('/messages', res);
      sseSessions.set(transport.sessionId, transport);
      res.on('close', () => sseSessions.delete(transport.sessionId));
      await buildServer().connect(transport);
      return;
    }
    if (path === '/messages' && req.method === 'POST') {
      const session = sseSessions.get(new URL(req.url ?? '/', 'http://x').searchParams.get('sessionId') ?? '');
      if (!session) {
        res.writeHead(404).end('unknown session');
        return;
      }
      await session.handlePostMessage(req, res);
      return;
    }
    res.writeHead(path === '/sse' ? 405 : 404).end();
  };

  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  const close = async () => {
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  return {
    url: `http://127.0.0.1:${port}/${options.transport === 'sse' ? 'sse' : 'mcp'}`,
    calls,
    script(tool, ...runs) {
      scripts.set(tool, { runs, next: 0 });
    },
    inject(f) {
      fault = f;
    },
    get requests() {
      return requests;
    },
    log,
    close,
    [Symbol.asyncDispose]: close,
  };
}
