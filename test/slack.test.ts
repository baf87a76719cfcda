import { describe, expect, it } from 'vitest';
import { SlackNotifier, SLACK_EVENT_TYPE, type SlackNotifierOptions } from '../src/adapters/notify/slack';
import { PermanentError, TransientError } from '../src/core/errors';
import type { Notification } from '../src/ports/notifier';
import type { Logger } from '../src/driver/types';
import { startSlackServer, type SlackServer } from './helpers/slack-server';

/** WebClient retries of reads: bounded and quick in tests. */
const FAST = { retries: 1, minTimeout: 1, maxTimeout: 2, factor: 1 };

function notifier(slack: SlackServer, over: Partial<SlackNotifierOptions> = {}): SlackNotifier {
  return new SlackNotifier({ token: slack.token, channel: slack.channel, slackApiUrl: slack.apiUrl, retryConfig: FAST, ...over });
}

const pass = (task = 'Take Ownership', key = `4.20.1:task:${task}:Pass:2025-11-01T00:00:00Z`): Notification => ({
  key,
  release: '4.20.1',
  kind: 'task-pass',
  text: `4.20.1: ${task} passed.`,
});

const failure = (key = '4.20.1:task:stage-testing:Fail:2025-11-01T02:00:00Z'): Notification => ({
  key,
  release: '4.20.1',
  kind: 'task-fail',
  text: '4.20.1: Stage Testing FAILED. build status of zstreams/Stage-Pipeline/1663 is FAILURE',
  mentionOwner: true,
  owner: 'qe@example.com',
});

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warning: (m) => lines.push(`warning ${m}`), error: (m) => lines.push(`error ${m}`), debug: (m) => lines.push(`debug ${m}`) };
}

describe('SlackNotifier: one thread per release', () => {
  it('the first message opens the thread (its ts is the thread); later ones reply in it', async () => {
    await using slack = await startSlackServer();
    const n = notifier(slack);
    const first = await n.notify(pass('Take Ownership'), undefined);
    expect(first.thread).toBe(slack.messages[0]?.ts);
    const second = await n.notify(pass('Check CVE Tracker Bug'), first.thread);
    expect(second.thread).toBe(first.thread);
    expect(slack.messages.map((m) => ({ text: m.text, thread_ts: m.thread_ts }))).toEqual([
      { text: '4.20.1: Take Ownership passed.', thread_ts: undefined },
      { text: '4.20.1: Check CVE Tracker Bug passed.', thread_ts: first.thread },
    ]);
    // Each message carries its key, so a later run can tell it was sent.
    expect(slack.messages[1]?.metadata).toEqual({
      event_type: SLACK_EVENT_TYPE,
      event_payload: { key: '4.20.1:task:Check CVE Tracker Bug:Pass:2025-11-01T00:00:00Z', release: '4.20.1' },
    });
    const post = slack.calls('chat.postMessage')[0]!;
    expect(post.authorization).toBe(`Bearer ${slack.token}`);
    expect(post.contentType).toContain('application/x-www-form-urlencoded');
    expect(post.body).toMatchObject({ channel: 'C0RELEASE', unfurl_links: 'false' });
  });

  it('a message marked broadcast (Red, Green: src/driver/notifications.ts) goes from the thread to the channel too', async () => {
    await using slack = await startSlackServer();
    const n = notifier(slack);
    const { thread } = await n.notify(pass(), undefined);
    await n.notify({ key: 'k-red', release: '4.20.1', kind: 'red', text: '4.20.1 is Red and stopped.', broadcast: true }, thread);
    await n.notify({ key: 'k-pass', release: '4.20.1', kind: 'task-pass', text: 'x' }, thread);
    expect(slack.messages.map((m) => m.reply_broadcast ?? false)).toEqual([false, true, false]);
  });

  it('a deleted thread: the message starts a new thread and its ts is returned', async () => {
    await using slack = await startSlackServer();
    const log = recordingLog();
    const n = notifier(slack, { log });
    const res = await n.notify(pass(), '1700000000.000001');
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0]?.thread_ts).toBeUndefined();
    expect(res.thread).toBe(slack.messages[0]?.ts);
    expect(log.lines.some((l) => l.startsWith('warning Slack thread 1700000000.000001 of 4.20.1 no longer exists'))).toBe(true);
  });
});

describe('SlackNotifier: mentions the owner on failure', () => {
  it('looks the owner up by email once and mentions the Slack user', async () => {
    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    const n = notifier(slack);
    const { thread } = await n.notify(failure('k1'), undefined);
    await n.notify(failure('k2'), thread);
    expect(slack.messages.map((m) => m.text)).toEqual([
      '<@U0QE> 4.20.1: Stage Testing FAILED. build status of zstreams/Stage-Pipeline/1663 is FAILURE',
      '<@U0QE> 4.20.1: Stage Testing FAILED. build status of zstreams/Stage-Pipeline/1663 is FAILURE',
    ]);
    expect(slack.calls('users.lookupByEmail')).toHaveLength(1);
    expect(slack.calls('users.lookupByEmail')[0]?.body).toMatchObject({ email: 'qe@example.com' });
  });

  it('an owner Slack does not know (users_not_found) is named in plain text', async () => {
    await using slack = await startSlackServer();
    await notifier(slack).notify(failure(), undefined);
    expect(slack.messages[0]?.text).toBe('qe@example.com: 4.20.1: Stage Testing FAILED. build status of zstreams/Stage-Pipeline/1663 is FAILURE');
    expect(slack.calls('users.lookupByEmail')[0]?.error).toBe('users_not_found');
  });

  it('a lookup that fails once is retried by the WebClient (bounded, quick)', async () => {
    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    slack.inject({ method: 'users.lookupByEmail', status: 500 });
    await notifier(slack).notify(failure(), undefined);
    expect(slack.calls('users.lookupByEmail').map((r) => r.status)).toEqual([500, 200]);
    expect(slack.messages[0]?.text.startsWith('<@U0QE> ')).toBe(true);
  });

  it('a lookup that keeps failing falls back to plain text after the bounded retries', async () => {
    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    slack.inject({ method: 'users.lookupByEmail', status: 503, times: 5 });
    await notifier(slack).notify(failure(), undefined);
    expect(slack.calls('users.lookupByEmail')).toHaveLength(2);
    expect(slack.messages[0]?.text.startsWith('qe@example.com: ')).toBe(true);
  });

  it('no mention when the notification does not ask for one', async () => {
    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    await notifier(slack).notify({ ...pass(), owner: 'qe@example.com' }, undefined);
    expect(slack.messages[0]?.text).toBe('4.20.1: Take Ownership passed.');
    expect(slack.calls('users.lookupByEmail')).toHaveLength(0);
  });
});

describe('SlackNotifier: never posts a key twice', () => {
  it('the same key twice to one notifier: one post', async () => {
    await using slack = await startSlackServer();
    const n = notifier(slack);
    const a = await n.notify(pass(), undefined);
    const b = await n.notify(pass(), a.thread);
    const c = await n.notify(pass(), undefined);
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
    expect([b.thread, c.thread]).toEqual([a.thread, a.thread]);
  });

  it('after a crash (a new notifier, the key not recorded): the key is found in the thread, not posted again', async () => {
    await using slack = await startSlackServer();
    const { thread } = await notifier(slack).notify(pass('Take Ownership'), undefined);
    await notifier(slack).notify(pass('Check CVE Tracker Bug'), thread);
    // The run that posted these died before its commit: the next run sends both again.
    const next = notifier(slack);
    expect(await next.notify(pass('Check CVE Tracker Bug'), thread)).toEqual({ thread });
    expect(slack.messages).toHaveLength(2);
    expect(slack.calls('conversations.replies')).toHaveLength(2);
  });

  it('after a crash that lost the thread too: the thread is found in the channel by its first key', async () => {
    await using slack = await startSlackServer();
    const { thread } = await notifier(slack).notify(pass('Take Ownership'), undefined);
    const next = notifier(slack);
    expect(await next.notify(pass('Take Ownership'), undefined)).toEqual({ thread });
    expect(slack.messages).toHaveLength(1);
    expect(slack.calls('conversations.history')[0]?.body).toMatchObject({ include_all_metadata: 'true', channel: 'C0RELEASE' });
  });

  it('a post whose answer was lost (500 after Slack stored it) is found, not posted again', async () => {
    await using slack = await startSlackServer();
    slack.inject({ method: 'chat.postMessage', status: 500, afterApply: true });
    const res = await notifier(slack).notify(pass(), undefined);
    expect(slack.messages).toHaveLength(1);
    expect(slack.calls('chat.postMessage').map((r) => r.status)).toEqual([500]);
    expect(res.thread).toBe(slack.messages[0]?.ts);
  });

  it('a reply whose answer was lost is found in the thread', async () => {
    await using slack = await startSlackServer();
    const n = notifier(slack);
    const { thread } = await n.notify(pass('Take Ownership'), undefined);
    slack.inject({ method: 'chat.postMessage', status: 503, afterApply: true });
    await n.notify(pass('Check CVE Tracker Bug'), thread);
    expect(slack.messages.map((m) => m.text)).toEqual(['4.20.1: Take Ownership passed.', '4.20.1: Check CVE Tracker Bug passed.']);
  });

  it('a post that failed with a 500 before reaching Slack is posted once more, after checking', async () => {
    await using slack = await startSlackServer();
    slack.inject({ method: 'chat.postMessage', status: 500 });
    await notifier(slack).notify(pass(), undefined);
    expect(slack.calls('chat.postMessage').map((r) => r.status)).toEqual([500, 200]);
    expect(slack.messages).toHaveLength(1);
  });
});

describe('SlackNotifier: failures throw for the driver to log, never block', () => {
  it('bot not in the channel: PermanentError naming the channel and the fix; one attempt', async () => {
    await using slack = await startSlackServer({ channels: { C0RELEASE: true, C0OTHER: false } });
    const err = await notifier(slack, { channel: 'C0OTHER' }).notify(pass(), undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toBe(
      'Slack refused chat.postMessage in channel C0OTHER (SLACK_CHANNEL): not_in_channel. Invite the bot to the channel (/invite @bot) or fix the channel id.',
    );
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it('an unknown channel: channel_not_found, PermanentError', async () => {
    await using slack = await startSlackServer();
    await expect(notifier(slack, { channel: 'C0NOPE' }).notify(pass(), undefined)).rejects.toThrow(/C0NOPE \(SLACK_CHANNEL\): channel_not_found/);
  });

  it('a bad token: PermanentError naming SLACK_BOT_TOKEN', async () => {
    await using slack = await startSlackServer();
    const err = await notifier(slack, { token: 'xoxb-wrong' }).notify(pass(), undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/^Slack rejected the bot token \(SLACK_BOT_TOKEN\) on chat.postMessage: invalid_auth\./);
  });

  it('rate limited (429 Retry-After): TransientError carrying the wait, at once, without sleeping or retrying', async () => {
    await using slack = await startSlackServer();
    slack.inject({ method: 'chat.postMessage', status: 429, retryAfter: 30 });
    const err = await notifier(slack).notify(pass(), undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as TransientError).retryAfterMs).toBe(30_000);
    expect((err as Error).message).toBe('Slack rate-limited chat.postMessage (429); retry after 30 s.');
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
    expect(slack.messages).toHaveLength(0);
  });

  it('Slack down (500 on every post): TransientError after the bounded attempts, nothing posted', async () => {
    await using slack = await startSlackServer();
    slack.inject({ method: 'chat.postMessage', status: 500, times: 10 });
    const err = await notifier(slack, { postAttempts: 3 }).notify(pass(), undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toBe('Slack failed on chat.postMessage: HTTP 500.');
    expect(slack.calls('chat.postMessage')).toHaveLength(3);
    // Before each new attempt the channel was checked for the key.
    expect(slack.calls('conversations.history').length).toBeGreaterThanOrEqual(2);
  });

  it('a failed post whose arrival cannot be checked is not posted again in this run', async () => {
    await using slack = await startSlackServer();
    const n = notifier(slack);
    const { thread } = await n.notify(pass('Take Ownership'), undefined);
    slack.inject({ method: 'chat.postMessage', status: 500 });
    slack.inject({ method: 'conversations.replies', status: 500, times: 4 });
    const err = await n.notify(pass('Check CVE Tracker Bug'), thread).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/whether the message arrived cannot be checked.*not posting again in this run/);
    expect(slack.calls('chat.postMessage')).toHaveLength(2);
  });

  it('Slack unreachable: TransientError (network), nothing hangs', async () => {
    const slack = await startSlackServer();
    const apiUrl = slack.apiUrl;
    await slack.close();
    const err = await new SlackNotifier({ token: 't', channel: 'C1', slackApiUrl: apiUrl, retryConfig: FAST }).notify(pass(), undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/^Slack did not answer chat.postMessage: /);
  });

  it('an empty token or channel is refused when configured', () => {
    expect(() => new SlackNotifier({ token: ' ', channel: 'C1' })).toThrow('SLACK_BOT_TOKEN is empty');
    expect(() => new SlackNotifier({ token: 'x', channel: '' })).toThrow('SLACK_CHANNEL is empty');
  });
});

describe('SlackNotifier: Block Kit with a plain text fallback', () => {
  type Block = { type: string; text?: { type: string; text: string; verbatim?: boolean }; elements?: { type: string; text: string; verbatim?: boolean }[] };
  const blocksOf = (slack: SlackServer, i = 0) => slack.calls('chat.postMessage')[i]?.body['blocks'] as Block[];

  it('every message is a section with the same sentence as its text; no links, no context line', async () => {
    await using slack = await startSlackServer();
    await notifier(slack).notify(pass(), undefined);
    expect(slack.calls('chat.postMessage')[0]?.body['text']).toBe('4.20.1: Take Ownership passed.');
    expect(blocksOf(slack)).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: '4.20.1: Take Ownership passed.', verbatim: true } }]);
  });

  it('links the run, the StateBox and the job in a context line; the fallback text keeps the mention and the why', async () => {
    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    const links = {
      run: 'https://github.com/octo/releases/actions/runs/42',
      statebox: 'https://github.com/octo/releases/blob/0123456789abcdef0123456789abcdef01234567/_releases/4.20/statebox/4.20.1.yaml',
      job: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1663/',
    };
    await notifier(slack).notify({ ...failure(), links }, undefined);
    const text = '<@U0QE> 4.20.1: Stage Testing FAILED. build status of zstreams/Stage-Pipeline/1663 is FAILURE';
    expect(slack.calls('chat.postMessage')[0]?.body['text']).toBe(text);
    expect(blocksOf(slack)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `<${links.run}|Run log> · <${links.statebox}|StateBox> · <${links.job}|Job>`, verbatim: true }] },
    ]);
  });

  it('a link from outside cannot end the link, add markup or be anything but http(s)', async () => {
    await using slack = await startSlackServer();
    await notifier(slack).notify({ ...pass(), links: { job: 'https://jenkins.example/job/1/?a=1&b=<!channel>|click me', run: 'javascript:alert(1)' } }, undefined);
    expect(blocksOf(slack)[1]?.elements?.[0]?.text).toBe('<https://jenkins.example/job/1/?a=1&amp;b=%3C!channel%3E%7Cclick%20me|Job>');
  });

  it('the sentence is escaped the same in the blocks and the text: &, < and > stay text', async () => {
    await using slack = await startSlackServer();
    await notifier(slack).notify({ ...pass(), text: '4.20.1: ERROR: <!channel> & <https://evil.example|log> ' }, undefined);
    const escaped = '4.20.1: ERROR: &lt;!channel&gt; &amp; &lt;https://evil.example|log&gt;';
    expect(slack.calls('chat.postMessage')[0]?.body['text']).toBe(escaped);
    expect(blocksOf(slack)[0]?.text?.text).toBe(escaped);
  });
});
