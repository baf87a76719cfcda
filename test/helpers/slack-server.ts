/**
 * A local Slack Web API for tests: a node:http server on 127.0.0.1 (port 0) answering
 * `POST /api/{method}` the way slack.com does: form-encoded or JSON bodies, the token in
 * `Authorization: Bearer` (or a `token` field), HTTP 200 with `{ok: false, error}` for API
 * errors, 429 with `Retry-After` for rate limits. Messages are kept in memory and every
 * request is recorded.
 *
 *   await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
 *   new SlackNotifier({ token: slack.token, channel: slack.channel, slackApiUrl: slack.apiUrl });
 *
 * Methods: auth.test, chat.postMessage (channel_not_found, not_in_channel, no_text,
 * thread_not_found; metadata kept), users.lookupByEmail (users_not_found),
 * conversations.replies and conversations.history (metadata only with include_all_metadata,
 * `limit` + `cursor` pagination, `oldest`); anything else → unknown_method.
 *
 * inject({method?, status?, error?, retryAfter?, times?, afterApply?}): the next `times`
 * (default 1) matching calls fail: `status` 429 (with Retry-After), 500 or 503, or HTTP 200
 * with `{ok: false, error}`. `afterApply: true` fails only after the call took effect (the
 * message is stored, the answer lost), as when a gateway times out after Slack posted.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackServerOptions {
  token?: string;
  /** Channel id → is the bot a member. Default: {C0RELEASE: true}. */
  channels?: Record<string, boolean>;
  /** Email → user id. */
  users?: Record<string, string>;
  /** Seconds since the epoch for message timestamps; default the wall clock. */
  nowSeconds?: () => number;
}

export interface SlackRequest {
  method: string;
  contentType: string;
  authorization?: string;
  /** Parsed body: form fields as strings (JSON-looking ones parsed), or the JSON body. */
  body: Record<string, unknown>;
  status: number;
  error?: string;
}

export interface StoredMessage {
  ts: string;
  channel: string;
  text: string;
  thread_ts?: string;
  reply_broadcast?: boolean;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface SlackFault {
  method?: string;
  status?: 429 | 500 | 503;
  error?: string;
  retryAfter?: number;
  times?: number;
  afterApply?: boolean;
}

export interface SlackServer {
  readonly url: string;
  /** What to pass as slackApiUrl. */
  readonly apiUrl: string;
  readonly token: string;
  /** The default channel the bot is in. */
  readonly channel: string;
  readonly requests: SlackRequest[];
  readonly messages: StoredMessage[];
  inject(fault: SlackFault): void;
  /** Calls of one method, in order. */
  calls(method: string): SlackRequest[];
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

type Answer = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

class SlackApiError extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    // The WebClient sends objects (metadata, blocks) as JSON strings inside the form.
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

function bool(v: unknown): boolean {
  return v === true || v === 'true' || v === '1' || v === 1;
}

export async function startSlackServer(options: SlackServerOptions = {}): Promise<SlackServer> {
  const token = options.token ?? 'xoxb-test-token';
  const channels = new Map(Object.entries(options.channels ?? { C0RELEASE: true }));
  const users = new Map(Object.entries(options.users ?? {}));
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const requests: SlackRequest[] = [];
  const messages: StoredMessage[] = [];
  const faults: (SlackFault & { left: number })[] = [];
  let seq = 0;

  const visible = (m: StoredMessage, withMetadata: boolean): Record<string, unknown> => {
    const { metadata, channel: _channel, ...rest } = m;
    return { type: 'message', ...rest, ...(withMetadata && metadata ? { metadata } : {}) };
  };

  const page = (list: StoredMessage[], body: Record<string, unknown>): Record<string, unknown> => {
    const limit = Math.max(1, Math.min(1000, Number(body['limit'] ?? 100)));
    const start = Number(body['cursor'] ? Buffer.from(String(body['cursor']), 'base64').toString() : 0);
    const slice = list.slice(start, start + limit);
    const next = start + limit < list.length ? Buffer.from(String(start + limit)).toString('base64') : '';
    const withMetadata = bool(body['include_all_metadata']);
    return { ok: true, messages: slice.map((m) => visible(m, withMetadata)), has_more: next !== '', response_metadata: { next_cursor: next } };
  };

  const channelOf = (body: Record<string, unknown>): string => {
    const channel = String(body['channel'] ?? '');
    if (!channels.has(channel)) throw new SlackApiError('channel_not_found');
    if (!channels.get(channel)) throw new SlackApiError('not_in_channel');
    return channel;
  };

  const methods: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({ ok: true, user_id: 'UBOT', team: 'test' }),
    'chat.postMessage': (body) => {
      const channel = channelOf(body);
      const text = typeof body['text'] === 'string' ? body['text'] : '';
      if (!text && !body['blocks']) throw new SlackApiError('no_text');
      const threadTs = body['thread_ts'] === undefined ? undefined : String(body['thread_ts']);
      if (threadTs && !messages.some((m) => m.channel === channel && m.ts === threadTs && !m.thread_ts)) throw new SlackApiError('thread_not_found');
      seq += 1;
      const message: StoredMessage = {
        ts: `${nowSeconds()}.${String(seq).padStart(6, '0')}`,
        channel,
        text,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(bool(body['reply_broadcast']) ? { reply_broadcast: true } : {}),
        ...(body['metadata'] ? { metadata: body['metadata'] as StoredMessage['metadata'] } : {}),
      };
      messages.push(message);
      return { ok: true, channel, ts: message.ts, message: visible(message, false) };
    },
    'users.lookupByEmail': (body) => {
      const email = String(body['email'] ?? '');
      const id = users.get(email);
      if (!id) throw new SlackApiError('users_not_found');
      return { ok: true, user: { id, name: email.split('@')[0], profile: { email } } };
    },
    'conversations.replies': (body) => {
      const channel = channelOf(body);
      const ts = String(body['ts'] ?? '');
      const root = messages.find((m) => m.channel === channel && m.ts === ts);
      if (!root) throw new SlackApiError('thread_not_found');
      return page([root, ...messages.filter((m) => m.channel === channel && m.thread_ts === ts)], body);
    },
    'conversations.history': (body) => {
      const channel = channelOf(body);
      const oldest = Number(body['oldest'] ?? 0);
      const top = messages.filter((m) => m.channel === channel && (!m.thread_ts || m.reply_broadcast) && Number(m.ts) >= oldest);
      return page([...top].reverse(), body);
    },
  };

  const takeFault = (method: string): (SlackFault & { left: number }) | undefined => {
    const fault = faults.find((f) => f.left > 0 && (f.method === undefined || f.method === method));
    if (fault) fault.left -= 1;
    return fault;
  };

  const failWith = (fault: SlackFault): Answer => {
    if (fault.status === 429) return { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': String(fault.retryAfter ?? 30) } };
    if (fault.status) return { status: fault.status, body: { ok: false, error: 'internal_error' } };
    return { status: 200, body: { ok: false, error: fault.error ?? 'internal_error' } };
  };

  const answer = (method: string, rec: SlackRequest): Answer => {
    const auth = rec.authorization?.replace(/^Bearer\s+/i, '') ?? (typeof rec.body['token'] === 'string' ? rec.body['token'] : undefined);
    const fault = takeFault(method);
    if (fault && !fault.afterApply) return failWith(fault);
    if (!auth) return { status: 200, body: { ok: false, error: 'not_authed' } };
    if (auth !== token) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    const handler = methods[method];
    if (!handler) return { status: 200, body: { ok: false, error: 'unknown_method' } };
    let result: Answer;
    try {
      result = { status: 200, body: handler(rec.body) };
    } catch (err) {
      if (!(err instanceof SlackApiError)) throw err;
      result = { status: 200, body: { ok: false, error: err.message } };
    }
    return fault ? failWith(fault) : result;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const contentType = String(req.headers['content-type'] ?? '');
    const text = await readBody(req);
    const rec: SlackRequest = {
      method: url.pathname.replace(/^\/api\//, ''),
      contentType,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body: {},
      status: 0,
    };
    requests.push(rec);
    let result: Answer;
    try {
      rec.body = parseBody(text, contentType);
      result = req.method === 'POST' && url.pathname.startsWith('/api/') ? answer(rec.method, rec) : { status: 404, body: { ok: false, error: 'not_found' } };
    } catch {
      result = { status: 200, body: { ok: false, error: 'invalid_form_data' } };
    }
    rec.status = result.status;
    if (typeof result.body['error'] === 'string') rec.error = result.body['error'];
    res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...result.headers });
    res.end(JSON.stringify(result.body));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: String(err) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const close = (): Promise<void> => new Promise((resolve) => server.close(() => resolve()));
  return {
    url,
    apiUrl: `${url}/api/`,
    token,
    channel: [...channels.entries()].find(([, member]) => member)?.[0] ?? 'C0RELEASE',
    requests,
    messages,
    inject: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    calls: (method) => requests.filter((r) => r.method === method),
    close,
    [Symbol.asyncDispose]: close,
  };
}
