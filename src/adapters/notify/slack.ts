/**
 * Slack through the Web API (`@slack/web-api` WebClient): one thread per release, the first
 * message opens it and its `ts` is the thread the driver keeps in the StateBox; failures
 * mention the owner (looked up by email, plain text when Slack does not know the address).
 *
 * Failures: `notify` THROWS (TransientError for rate limits, 5xx and network failures;
 * PermanentError for a bad token or a bot outside the channel, naming SLACK_BOT_TOKEN or the
 * channel). The driver catches it, logs a warning and leaves the notification's key out of the
 * StateBox, so the next run tries again; a Slack failure never blocks a release.
 *
 * No double posts: the engine dedupes by key; here a key already posted by this notifier is
 * not posted again, each message carries its key in Slack message metadata, a thread's keys
 * are read once before posting into it (a run that crashed after posting and before its
 * commit is not repeated), and a post is never retried blindly: when an attempt failed in a
 * way that may have reached Slack (5xx, network), the thread or channel is checked for the
 * key before posting again.
 *
 * Each message is Block Kit: a section with the sentence (the line that says why included) and,
 * when the notification carries them, a context line of links (the workflow run, the StateBox
 * at the commit that recorded the message, the task's job); `text` carries the same sentence as
 * the plain fallback Slack shows in notifications.
 */
import { ErrorCode, LogLevel, WebClient, type ChatPostMessageArguments, type Logger as SlackLogger, type RetryOptions } from '@slack/web-api';
import { PermanentError, TransientError, errorMessage } from '../../core/errors';
import type { Logger } from '../../ports/logger';
import type { Notification, Notifier, NotifyResult } from '../../ports/notifier';
import { slackEscape, slackText, webUrl } from './markup';

export const SLACK_EVENT_TYPE = 'krd_notification';

/** Slack's limit on a section's text (Block Kit). */
const SECTION_TEXT_MAX = 3000;

interface MrkdwnText {
  readonly type: 'mrkdwn';
  readonly text: string;
  /** No automatic links of bare URLs and channel names: only our own `<url|label>` links. */
  readonly verbatim: true;
}
export type SlackBlock = { readonly type: 'section'; readonly text: MrkdwnText } | { readonly type: 'context'; readonly elements: readonly MrkdwnText[] };

/**
 * A link target inside `<url|label>`: an http(s) URL (secrets masked), with what would end the link or the
 * label (`|`, `>`, `<`, spaces) percent-encoded and `&` escaped as Slack asks; else undefined.
 */
export function slackUrl(url: string | undefined): string | undefined {
  return webUrl(url)?.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20').replace(/&/g, '&amp;');
}

const LINK_LABELS = [
  ['run', 'Run log'],
  ['statebox', 'StateBox'],
  ['job', 'Job'],
] as const;

/**
 * The Block Kit of one message: `text` (already escaped, the owner's mention included) in a
 * section, then the notification's links in a context line.
 */
export function slackBlocks(message: Notification, text: string): SlackBlock[] {
  const section = text.length > SECTION_TEXT_MAX ? `${text.slice(0, SECTION_TEXT_MAX - 1)}…` : text;
  const blocks: SlackBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: section, verbatim: true } }];
  const links = LINK_LABELS.flatMap(([field, label]) => {
    const url = slackUrl(message.links?.[field]);
    return url ? [`<${url}|${label}>`] : [];
  });
  if (links.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join(' · '), verbatim: true }] });
  return blocks;
}

/** Quick and bounded: a Slack outage costs a run a few seconds, not the WebClient's default 30 minutes. */
export const DEFAULT_SLACK_RETRY: RetryOptions = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 4000, randomize: false };

export interface SlackNotifierOptions {
  readonly token: string;
  /** Channel id (C0123…) or name. */
  readonly channel: string;
  /** Web API base URL, default https://slack.com/api/ (tests point it at a local server). */
  readonly slackApiUrl?: string;
  /** The WebClient's retries of reads (user and thread lookups). Posts are never retried blindly. */
  readonly retryConfig?: RetryOptions;
  /** Attempts of one post, each after checking whether the previous one landed; default 2. */
  readonly postAttempts?: number;
  /** Per-request timeout, default 15 s. */
  readonly timeoutMs?: number;
  readonly log?: Logger;
}

type SlackCodedError = Error & {
  code?: string;
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
  original?: Error;
};

const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission', 'missing_scope']);
const CHANNEL_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

function slackCode(err: unknown): string | undefined {
  return (err as SlackCodedError | undefined)?.code;
}

/** Slack's own error code (`not_in_channel`, …) of an error or of the error it wraps. */
function platformCode(err: unknown): string | undefined {
  for (let e = err as SlackCodedError | undefined, depth = 0; e && depth < 3; e = e.cause as SlackCodedError | undefined, depth++) {
    if (e.code === ErrorCode.PlatformError) return e.data?.error;
  }
  return undefined;
}

// Connection failures that happen before anything is sent: the request never reached Slack.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** The attempt may have reached Slack and been applied (5xx, a connection lost mid-way). */
function mayHaveLanded(err: unknown): boolean {
  const code = slackCode(err);
  if (code === ErrorCode.HTTPError) return true;
  if (code !== ErrorCode.RequestError) return false;
  const cause = (err as SlackCodedError).original?.cause as { code?: string } | undefined;
  return !NOT_SENT.has(cause?.code ?? '');
}

/** Turns what the WebClient threw into our error kinds, in one sentence naming the credential or channel. */
export function slackError(err: unknown, method: string, channel: string): Error {
  const e = err as SlackCodedError;
  switch (e?.code) {
    case ErrorCode.RateLimitedError:
      return new TransientError(`Slack rate-limited ${method} (429); retry after ${e.retryAfter ?? '?'} s.`, (e.retryAfter ?? 60) * 1000, { cause: err });
    case ErrorCode.HTTPError:
      return new TransientError(`Slack failed on ${method}: HTTP ${e.statusCode ?? '?'}.`, undefined, { cause: err });
    case ErrorCode.RequestError:
      return new TransientError(`Slack did not answer ${method}: ${errorMessage(e.original ?? err)}.`, undefined, { cause: err });
    case ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (AUTH_ERRORS.has(code)) {
        return new PermanentError(`Slack rejected the bot token (SLACK_BOT_TOKEN) on ${method}: ${code}. Set a valid bot token with chat:write and users:read.email.`, { cause: err });
      }
      if (CHANNEL_ERRORS.has(code)) {
        return new PermanentError(`Slack refused ${method} in channel ${channel} (SLACK_CHANNEL): ${code}. Invite the bot to the channel (/invite @bot) or fix the channel id.`, { cause: err });
      }
      if (TRANSIENT_ERRORS.has(code)) return new TransientError(`Slack failed on ${method}: ${code}.`, undefined, { cause: err });
      return new PermanentError(`Slack refused ${method}: ${code}.`, { cause: err });
    }
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}

/** WebClient log lines go to our debug log: the notifier reports its own failures. */
function quietLogger(log: Logger | undefined): SlackLogger {
  let level = LogLevel.WARN;
  const debug = (...msg: unknown[]): void => log?.debug(`slack: ${msg.map(String).join(' ')}`);
  return { debug, info: debug, warn: debug, error: debug, setLevel: (l) => void (level = l), getLevel: () => level, setName: () => undefined };
}

interface SlackMessage {
  ts?: string;
  thread_ts?: string;
  metadata?: { event_type?: string; event_payload?: { key?: unknown } };
}

/** Notification keys found in messages → the thread each belongs to (its root ts). */
function keysIn(messages: readonly SlackMessage[] | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of messages ?? []) {
    const key = m.metadata?.event_type === SLACK_EVENT_TYPE ? m.metadata.event_payload?.key : undefined;
    const root = m.thread_ts ?? m.ts;
    if (typeof key === 'string' && root) found.set(key, root);
  }
  return found;
}

export class SlackNotifier implements Notifier {
  private readonly reader: WebClient;
  private readonly poster: WebClient;
  private readonly channel: string;
  private readonly postAttempts: number;
  private readonly log: Logger | undefined;
  /** Key → thread (root ts) of every message this notifier posted or found already posted. */
  private readonly posted = new Map<string, string>();
  private readonly threadsRead = new Set<string>();
  private channelRead = false;
  private readonly users = new Map<string, string | undefined>();

  constructor(options: SlackNotifierOptions) {
    if (!options.token.trim()) throw new PermanentError('Slack needs a bot token: SLACK_BOT_TOKEN is empty.');
    if (!options.channel.trim()) throw new PermanentError('Slack needs a channel: SLACK_CHANNEL is empty.');
    this.channel = options.channel.trim();
    this.postAttempts = Math.max(1, options.postAttempts ?? 2);
    this.log = options.log;
    const common = {
      ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl.endsWith('/') ? options.slackApiUrl : `${options.slackApiUrl}/` } : {}),
      logger: quietLogger(options.log),
      timeout: options.timeoutMs ?? 15_000,
      // A 429 goes back to the driver at once (next run tries again); nobody sleeps here.
      rejectRateLimitedCalls: true,
    };
    this.reader = new WebClient(options.token, { ...common, retryConfig: options.retryConfig ?? DEFAULT_SLACK_RETRY });
    // Posts are not idempotent: this client never retries, postOnce checks before trying again.
    this.poster = new WebClient(options.token, { ...common, retryConfig: { retries: 0 } });
  }

  async notify(message: Notification, thread: string | undefined): Promise<NotifyResult> {
    if (!this.posted.has(message.key)) {
      // Best effort: a run that posted and then crashed before its commit left the key in Slack.
      if (thread) await this.readThread(thread);
      else await this.readChannel();
    }
    const already = this.posted.get(message.key);
    if (already) return { thread: thread ?? already };
    const text = await this.textOf(message);
    let root: string;
    try {
      root = thread ?? (await this.postOnce(message, text, undefined));
      if (thread) await this.postOnce(message, text, thread);
    } catch (err) {
      // The recorded thread was deleted: start a new one rather than going silent.
      if (!thread || platformCode(err) !== 'thread_not_found') throw err;
      this.log?.warning(`Slack thread ${thread} of ${message.release} no longer exists; starting a new thread.`);
      root = await this.postOnce(message, text, undefined);
    }
    this.posted.set(message.key, root);
    return { thread: root };
  }

  /**
   * `<@U123> text` when Slack knows the owner's email; the address in plain text otherwise.
   * The text quotes outside systems (oar's output, Errata alert names, comments): it is masked
   * and escaped here, the one place every message passes, so `<!channel>` or `<url|text>` in it
   * stays text; the only markup is our own owner mention.
   */
  private async textOf(message: Notification): Promise<string> {
    const text = slackText(message.text.trim());
    if (!message.mentionOwner || !message.owner) return text;
    const owner = message.owner.trim();
    if (!owner.includes('@')) return `${slackEscape(owner)}: ${text}`;
    if (!this.users.has(owner)) {
      try {
        const res = await this.reader.users.lookupByEmail({ email: owner });
        this.users.set(owner, res.user?.id);
      } catch (err) {
        // users_not_found, a token without users:read.email, …: plain text is good enough.
        this.log?.debug(`slack: no Slack user for the owner (${errorMessage(slackError(err, 'users.lookupByEmail', this.channel))}); mentioning by address.`);
        this.users.set(owner, undefined);
      }
    }
    const id = this.users.get(owner);
    return id && /^[A-Z0-9]{1,40}$/.test(id) ? `<@${id}> ${text}` : `${slackEscape(owner)}: ${text}`;
  }

  /** Learns which notification keys a thread already holds; one read per thread, best effort. */
  private async readThread(thread: string, force = false): Promise<boolean> {
    if (this.threadsRead.has(thread) && !force) return true;
    try {
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const res = await this.reader.conversations.replies({
          channel: this.channel,
          ts: thread,
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        for (const key of keysIn(res.messages as SlackMessage[] | undefined).keys()) this.posted.set(key, thread);
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      this.threadsRead.add(thread);
      return true;
    } catch (err) {
      this.log?.debug(`slack: could not read thread ${thread} (${errorMessage(slackError(err, 'conversations.replies', this.channel))}).`);
      this.threadsRead.add(thread);
      return false;
    }
  }

  /** Learns the notification keys of the channel's latest messages (threads not known yet); once, best effort. */
  private async readChannel(since?: number): Promise<boolean> {
    if (this.channelRead && since === undefined) return true;
    try {
      const res = await this.reader.conversations.history({
        channel: this.channel,
        include_all_metadata: true,
        limit: 200,
        ...(since !== undefined ? { oldest: String(since) } : {}),
      });
      for (const [key, root] of keysIn(res.messages as SlackMessage[] | undefined)) this.posted.set(key, root);
      return true;
    } catch (err) {
      if (since !== undefined) throw err;
      this.log?.debug(`slack: could not read channel ${this.channel} (${errorMessage(slackError(err, 'conversations.history', this.channel))}).`);
      return false;
    } finally {
      this.channelRead = true;
    }
  }

  /** Did an earlier attempt land after all? Looks in the thread, or in the channel's latest messages. */
  private async landed(key: string, thread: string | undefined, sinceSeconds: number): Promise<string | undefined> {
    if (thread) {
      if (!(await this.readThread(thread, true))) throw new TransientError('the thread cannot be read');
    } else {
      await this.readChannel(sinceSeconds - 60);
    }
    return this.posted.get(key);
  }

  private async postOnce(message: Notification, text: string, thread: string | undefined): Promise<string> {
    const since = Math.floor(Date.now() / 1000);
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.postAttempts; attempt++) {
      if (attempt > 1) {
        let found: string | undefined;
        try {
          found = await this.landed(message.key, thread, since);
        } catch (err) {
          throw new TransientError(
            `Slack failed on chat.postMessage (${errorMessage(slackError(lastError, 'chat.postMessage', this.channel))}) and whether the message arrived cannot be checked (${errorMessage(slackError(err, 'conversations.history', this.channel))}); not posting again in this run.`,
            undefined,
            { cause: lastError },
          );
        }
        if (found) return found;
      }
      try {
        const common = {
          channel: this.channel,
          text,
          blocks: slackBlocks(message, text),
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: SLACK_EVENT_TYPE, event_payload: { key: message.key, release: message.release } },
        };
        // Whether a message is news for the whole channel is the message's (src/driver/notifications.ts).
        const args: ChatPostMessageArguments = thread
          ? message.broadcast
            ? { ...common, thread_ts: thread, reply_broadcast: true }
            : { ...common, thread_ts: thread }
          : common;
        const res = await this.poster.chat.postMessage(args);
        if (!res.ts) throw new TransientError('Slack answered chat.postMessage without a message ts.');
        return res.ts;
      } catch (err) {
        lastError = err;
        if (!mayHaveLanded(err)) break;
      }
    }
    throw slackError(lastError, 'chat.postMessage', this.channel);
  }
}
