/**
 * What comes from outside stays data (issue 13; SECURITY.md §9). Each test tries the attack:
 *
 *  1. secrets printed by others: a fake oar prints the action's own token, the credentials it
 *     was handed (SLACK_BOT_TOKEN, JIRA_TOKEN, …) and tokens of any shape; none of them reaches
 *     the StateBox, a commit, the status comment, the job summary, Slack or the log;
 *  2. markup and mentions: `<img>`, links, `<!channel>` and `@org/team` from a comment, an
 *     Errata alert name or oar's output are shown, never rendered, linked or notified; NEL and
 *     LINE/PARAGRAPH SEPARATOR never reach the log;
 *  3. the status comment is ours: only comments the token's own identity wrote are edited.
 *
 * Real things throughout: the local GitHub and Slack API servers, the action's run() with the
 * runner's environment, the fake oar as a child process, a temp dir per test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import { actionLogger, logLine } from '../src/action/log';
import { OAR_REQUIRED_ENV, OAR_SECRET_ENV, childEnv, isSecretEnvName } from '../src/adapters/exec/child-env';
import { createOctokit } from '../src/adapters/github/octokit';
import { ZWJ, mdCode, mdText, slackText } from '../src/adapters/notify/markup';
import { ACTIONS_BOT, releaseMarker, upsertReleaseComment, writtenBy } from '../src/adapters/notify/pr-comment';
import { releaseView } from '../src/adapters/notify/release-view';
import { renderSummary } from '../src/adapters/notify/summary';
import { SlackNotifier } from '../src/adapters/notify/slack';
import { EMAIL_MASK, SECRET_MASK, forgetSecretsForTests, maskEmails, maskSecrets, maskSecretsIn, maskText, registerSecrets, secretParts } from '../src/core/mask';
import { stateBoxPath } from '../src/core/version';
import type { Logger } from '../src/driver/types';
import { STATEBOX_REF, SUMMARY, TOKEN, boxOn, closeWorlds, commented, env, factoriesOf, replies, world } from './helpers/action-env';
import { CHAIN_PASS, makeBox } from './helpers/fake-world';
import { startGitHubServer, type GitHubServer } from './helpers/github-server';
import { startSlackServer } from './helpers/slack-server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FAKE_OAR = join(ROOT, 'test/helpers/fake-oar.mjs');
const NOW = new Date('2025-11-01T06:00:00Z');

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'krd-outside-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await closeWorlds();
  forgetSecretsForTests();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(() => rmSync(SUMMARY, { force: true }));

/** Markdown without its fenced blocks and inline code spans: what GitHub renders as markup. */
function rendered(md: string): string {
  const unfenced = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, '');
  // Code spans as CommonMark reads them: a run of n backticks up to the next run of exactly n.
  let out = '';
  let i = 0;
  const runEnd = (from: number): number => {
    let j = from;
    while (unfenced[j] === '`') j++;
    return j;
  };
  while (i < unfenced.length) {
    if (unfenced[i] !== '`' || unfenced[i - 1] === '\\') {
      out += unfenced[i++];
      continue;
    }
    const open = runEnd(i);
    let k = open;
    let close = -1;
    while (k < unfenced.length && close < 0) {
      if (unfenced[k] === '`') {
        const end = runEnd(k);
        if (end - k === open - i) close = k;
        k = end;
      } else k++;
    }
    if (close < 0) {
      out += unfenced.slice(i, open);
      i = open;
    } else i = close + (open - i);
  }
  return out;
}
/** `@name` or `@org/team` that GitHub would turn into a notification. */
const LIVE_MENTION = /(^|[^A-Za-z0-9_.+-])@(?!\u200d)[A-Za-z0-9]/;

// ---------------------------------------------------------------------------------------------
// 1. Secrets printed by others

describe('one mask for everything written: known secret values and token shapes', () => {
  it.each([
    ["python's headers: {'Authorization': 'token ghs_x'}", "headers={'Authorization': 'token ghs_16C7e42F292c6912E7710c838347Ae178B4a', 'Accept': 'json'}", "headers={'Authorization': 'token [SECRET_REDACTED]', 'Accept': 'json'}"],
    ['a header line', 'Authorization: Bearer abcdefghijklmnop.qrstuvwx', 'Authorization: Bearer [SECRET_REDACTED]'],
    ['a GitLab header', 'PRIVATE-TOKEN: glpat-abcdefghij0123456789', 'PRIVATE-TOKEN: [SECRET_REDACTED]'],
    ['a classic PAT', 'using ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123 now', `using ${SECRET_MASK} now`],
    ['a fine-grained PAT', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', SECRET_MASK],
    ['a Slack bot token', 'SLACK xoxb-1234567890-0987654321-AbCdEfGhIjKl', `SLACK ${SECRET_MASK}`],
    ['a Slack user token', 'xoxp-1111-2222-3333-abcdef', SECRET_MASK],
    ['a Slack app token', 'xapp-1-A0123-456-abcdef', SECRET_MASK],
    ['a bare Bearer', 'curl -H "x: Bearer abcdefghijklmnopqrst"', 'curl -H "x: Bearer [SECRET_REDACTED]"'],
    ['credentials in a URL', 'GET https://bot:hunter2hunter2@jenkins.example/job/7', 'GET https://[SECRET_REDACTED]@jenkins.example/job/7'],
    ['a token in a query', 'https://prow.example/run?job=x&access_token=abc123def', 'https://prow.example/run?job=x&access_token=[SECRET_REDACTED]'],
    ['a JWT', 'id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJlLXNpZw', `id ${SECRET_MASK}`],
    ['a PEM key', 'key -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY----- done', `key ${SECRET_MASK} done`],
  ])('masks %s', (_what, text, masked) => {
    expect(maskText(text)).toBe(masked);
    expect(maskText(masked)).toBe(masked);
  });

  it.each([
    'task [Stage Testing] status is changed to [Fail]',
    'GitHub token not found. Set GITHUB_TOKEN environment variable.',
    'Authorization failed: 401',
    'quay.io/openshift-release-dev/ocp-release@sha256:f97848303f52c86e6ccb87612f9a8dab42891a8036ccb2965255630b9253aee7',
    'https://jenkins.example/job/Stage-Pipeline/1663/',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(maskText(text)).toBe(text);
  });

  it('every value registered at startup is masked wherever it appears: whole, line by line, inside JSON and URLs', () => {
    const pem = '-----BEGIN RSA KEY-----\nLINE-ONE-abcdefgh\nLINE-TWO-ijklmnop\n-----END RSA KEY-----';
    registerSecrets(['plain-Secret-0001', 'with "quote" + slash/0002', pem, 'short']);
    const text = `a plain-Secret-0001 b ${JSON.stringify({ v: 'with "quote" + slash/0002' })} c ?x=${encodeURIComponent('with "quote" + slash/0002')} d LINE-TWO-ijklmnop e short`;
    const masked = maskText(text);
    expect(masked).toBe(`a ${SECRET_MASK} b {"v":"${SECRET_MASK}"} c ?x=${SECRET_MASK} d ${SECRET_MASK} e short`);
    // Short values would mask ordinary words: never registered.
    expect(secretParts('short')).toEqual([]);
  });

  it('maskEmails, which every StateBox writer calls, is the full mask', () => {
    registerSecrets(['jira-Secret-0202']);
    expect(maskEmails('owner qe@example.com, token jira-Secret-0202, xoxb-1234567890-abcdefgh')).toBe(`owner ${EMAIL_MASK}, token ${SECRET_MASK}, ${SECRET_MASK}`);
  });

  it('maskSecretsIn masks every string of a structure (a StateBox before it is serialized), emails and keys kept', () => {
    registerSecrets(['jira-Secret-0202']);
    const plain = { release: '4.20.1', tasks: [{ name: 'x', result: 'ok' }], owner: 'qe@example.com' };
    expect(maskSecretsIn(plain)).toBe(plain);
    const leaky = { ...plain, tasks: [{ name: 'x', job: { url: 'https://u:jira-Secret-0202@ci.example/1' } }], metadata: { note: 'xoxb-1234567890-abcdefgh' } };
    expect(maskSecretsIn(leaky)).toEqual({ ...plain, tasks: [{ name: 'x', job: { url: `https://${SECRET_MASK}@ci.example/1` } }], metadata: { note: SECRET_MASK } });
  });

  it('the log gets secrets masked but emails kept', () => {
    registerSecrets(['jira-Secret-0202']);
    expect(maskSecrets('qe@example.com jira-Secret-0202')).toBe(`qe@example.com ${SECRET_MASK}`);
  });

  it('names that hold secrets, as child-env.ts declares them; their values are registered when handed to a child', () => {
    expect(OAR_SECRET_ENV).toEqual(expect.arrayContaining(['OAR_JWK', 'JIRA_TOKEN', 'SLACK_BOT_TOKEN', 'JENKINS_TOKEN', 'GITLAB_TOKEN', 'GITHUB_TOKEN', 'APITOKEN', 'SLACK_APP_TOKEN', 'GOOGLE_APP_PASSWD']));
    for (const plain of ['JIRA_USERNAME', 'GCP_SA_FILE', 'JENKINS_USER', 'OAR_SLACK_CHANNEL']) expect(OAR_SECRET_ENV).not.toContain(plain);
    for (const name of ['ANTHROPIC_API_KEY', 'CLAUDE_CODE_OAUTH_TOKEN', 'INPUT_GOOGLE-CREDENTIALS', 'MY_SECRET', 'DB_PASSWORD', 'GH_PAT']) expect(isSecretEnvName(name), name).toBe(true);
    for (const name of ['PATH', 'HOME', 'GCP_SA_FILE', 'JIRA_USERNAME', 'JENKINS_USER', 'KEYCLOAK_URL', 'PWD', 'KUBECONFIG']) expect(isSecretEnvName(name), name).toBe(false);
    const handed = childEnv({ PATH: '/usr/bin:/bin', JIRA_TOKEN: 'jira-Secret-0202', JIRA_USERNAME: 'qe-bot@example.com', NOT_FOR_OAR_TOKEN: 'never-handed-0303' }, 'oar');
    expect(handed).toEqual({ PATH: '/usr/bin:/bin', JIRA_TOKEN: 'jira-Secret-0202', JIRA_USERNAME: 'qe-bot@example.com' });
    expect(maskSecrets('jira-Secret-0202 /usr/bin:/bin never-handed-0303')).toBe(`${SECRET_MASK} /usr/bin:/bin never-handed-0303`);
  });
});

/** The credentials oar is handed in the attack below: every name oar needs, secret values for the secret ones. */
const OAR_SECRETS: Readonly<Record<string, string>> = {
  OAR_JWK: 'oar-jwk-Secret-0201',
  JIRA_TOKEN: 'jira-Secret-0202',
  SLACK_BOT_TOKEN: 'xoxb-oar-Secret-0203',
  JENKINS_TOKEN: 'jenkins-Secret-0204',
  GITLAB_TOKEN: 'glpat-oar-Secret-0205',
  GITHUB_TOKEN: 'ghs_oar_Secret_0206',
  APITOKEN: 'prow-Secret-0207',
};
/** The rest of what oar needs (the run's preflight checks every name), values that are no secrets. */
const OAR_PLAIN: Readonly<Record<string, string>> = Object.fromEntries(OAR_REQUIRED_ENV.filter((v) => !(v.name in OAR_SECRETS)).map((v) => [v.name, `plain-${v.name.toLowerCase()}`]));
/** Secrets oar prints that nobody registered: only their shape gives them away. */
const FOREIGN = ['ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123', 'xoxp-1111-2222-3333-foreign', 'hunter2hunter2'];
const ATTACK_LINE = '<!channel> Errata alert <img src=x onerror=alert(1)> [click](https://evil.example) ask @octo-org/release-team';

/** oar for create-test-report: prints what it knows, then fails; its last line is markup. */
function leakyOar(dir: string): string {
  const stderr = [
    `2025-11-01 06:00:00 DEBUG github: GET /repos/openshift/release-tests headers={'Authorization': 'token ${TOKEN}', 'Accept': 'application/vnd.github+json'}`,
    `2025-11-01 06:00:00 DEBUG statebox written with ${TOKEN}`,
    `2025-11-01 06:00:01 DEBUG env: ${Object.entries(OAR_SECRETS).map(([k, v]) => `${k}=${v}`).join(' ')}`,
    `2025-11-01 06:00:02 DEBUG found ${FOREIGN[0]} and ${FOREIGN[1]} in ~/.config; jenkins at https://jenkins-bot:${FOREIGN[2]}@jenkins.example/job/Stage-Pipeline/`,
    '2025-11-01 06:00:03 INFO task [Create Test Report] status is changed to [Fail]',
    ATTACK_LINE,
  ].join('\n');
  const responses = join(dir, 'responses.json');
  writeFileSync(responses, JSON.stringify({ 'create-test-report': { stderr: `${stderr}\n`, exit: 1 } }));
  return responses;
}

describe('a fake oar printing secrets: none of them is written or sent anywhere', () => {
  it('the action token, the credentials oar was handed and foreign tokens reach no StateBox, commit, status comment, summary, Slack message or log line', async () => {
    const dir = tempDir();
    const w = await world([makeBox({ tasks: {} })]);
    await using slack = await startSlackServer();
    const saved = { ...process.env };
    const added = { ...OAR_SECRETS, ...OAR_PLAIN, FAKE_OAR_RESPONSES: leakyOar(dir) };
    try {
      await using e = env(w, 'schedule', {}, {
        'oar-command': `${process.execPath} ${FAKE_OAR}`,
        'analyzer-command': `${process.execPath} ${FAKE_OAR} --analyze {build}`,
        'oar-env': 'FAKE_OAR_RESPONSES',
        'slack-channel': slack.channel,
        'slack-token': slack.token,
        'status-issue': '7',
      }, { vars: { SLACK_API_URL: slack.apiUrl } });
      // After env(): it clears the runner's GITHUB_TOKEN / SLACK_BOT_TOKEN (and restores them).
      Object.assign(process.env, added);
      await run(factoriesOf(w, ['executor']));

      const box = boxOn(w, '4.20.1');
      const result = box.tasks.find((t) => t.name === 'create-test-report')?.result ?? '';
      expect(box.tasks.find((t) => t.name === 'create-test-report')?.status).toBe('Fail');
      expect(result).toContain(`headers={'Authorization': 'token ${SECRET_MASK}'`);
      expect(result).toContain(`DEBUG statebox written with ${SECRET_MASK}`);

      const secrets = [TOKEN, slack.token, ...Object.values(OAR_SECRETS), ...FOREIGN];
      const places: [string, string][] = [
        ['StateBox', w.gh.getFile(stateBoxPath('4.20.1'), STATEBOX_REF) ?? ''],
        ['commits', w.gh.commits.map((c) => c.message).join('\n')],
        ['status comment', replies(w).filter((c) => c.issue_number === 7).map((c) => c.body).join('\n')],
        ['job summary', e.summary()],
        ['Slack', slack.messages.map((m) => m.text).join('\n')],
        // The runner masks what ::add-mask:: registered; every other line must not show a secret.
        ['log', e.stdout().split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')],
      ];
      for (const [where, text] of places) {
        expect(text, where).not.toBe('');
        for (const secret of secrets) expect(text.includes(secret), `${where} shows ${secret}`).toBe(false);
      }
      expect(replies(w).filter((c) => c.issue_number === 7)[0]?.body).toContain(SECRET_MASK);
      expect(e.summary()).toContain(SECRET_MASK);

      // oar's credentials were registered with the runner too (core.setSecret), each once.
      const masks = e.stdout().split('\n').filter((l) => l.startsWith('::add-mask::'));
      for (const value of Object.values(OAR_SECRETS)) expect(masks.filter((m) => m === `::add-mask::${value}`), value).toHaveLength(1);

      // The last line of oar's output is the Slack message's detail: shown, not obeyed.
      const slackText = slack.messages.map((m) => m.text).join('\n');
      expect(slackText).toContain('&lt;!channel&gt; Errata alert &lt;img src=x onerror=alert(1)&gt;');
      expect(slackText).not.toMatch(/<!(channel|here|everyone)/);
      expect(slackText).not.toContain('<img');
      // In the status comment and the summary the output is fenced: nothing outside a fence is markup from oar.
      for (const md of [replies(w).find((c) => c.issue_number === 7)?.body ?? '', e.summary()]) {
        expect(md).toContain(ATTACK_LINE);
        expect(rendered(md)).not.toContain('<img');
        expect(rendered(md)).not.toMatch(LIVE_MENTION);
        expect(rendered(md)).not.toContain('](https://evil');
      }
    } finally {
      for (const k of Object.keys(added)) if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Markup and mentions

const HOSTILE = '<img src=x onerror=alert(1)> [click](https://evil.example) ![p](https://evil.example/p.png) <https://evil.example> `code` @octo-org/release-team @mallory';

describe('text from outside is shown, never rendered: no HTML, link, image or mention goes live', () => {
  it('mdText, mdCode and slackText keep every character readable and nothing live', () => {
    const text = mdText(HOSTILE);
    expect(text).toBe(
      `&lt;img src=x onerror=alert(1)&gt; [click]\\(https://evil.example) !\\[p]\\(https://evil.example/p.png) &lt;https://evil.example&gt; \\\`code\\\` @${ZWJ}octo-org/release-team @${ZWJ}mallory`,
    );
    expect(mdCode('a `tick` and\nnext line\u2028third')).toBe('``a `tick` and next line third``');
    expect(slackText('<!channel> <@U123> <https://evil|click> & more')).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt; &amp; more');
  });

  it('a /release:resolve text and an Errata alert name are inline code in the status comment and the summary', async () => {
    const w = await world([makeBox({ tasks: { ...CHAIN_PASS }, issues: [{ issue: `Errata alert ${HOSTILE}`, blocker: true }] })]);
    const body = `/release:resolve 4.20.1 1 "fixed: ${HOSTILE.replace(/"/g, '')}"`;
    await using e = env(w, 'issue_comment', commented(w, { body, user: 'alice' }), { 'status-issue': '7' });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(boxOn(w, '4.20.1').issues[0]).toMatchObject({ resolved: true, resolution: expect.stringContaining('<img src=x') });
    const status = replies(w).find((c) => c.issue_number === 7)?.body ?? '';
    for (const [where, md] of [['status comment', status], ['summary', e.summary()]] as const) {
      expect(md, where).toContain('`Errata alert <img src=x onerror=alert(1)>');
      expect(md, where).toContain('`fixed: <img src=x onerror=alert(1)>');
      const live = rendered(md);
      expect(live, where).not.toContain('<img');
      expect(live, where).not.toMatch(LIVE_MENTION);
      expect(live, where).not.toContain('](https://evil');
      expect(live, where).not.toContain('<https://evil');
    }
    // The reply to the command addresses the commenter and nobody else.
    const reply = replies(w).find((c) => c.issue_number === 5)?.body ?? '';
    expect(reply.startsWith('@alice ')).toBe(true);
    expect(rendered(reply.slice('@alice'.length))).not.toMatch(LIVE_MENTION);
  });

  it('a fragment of a comment echoed in a "not understood" reply is escaped; its log line is one line', async () => {
    const w = await world([makeBox({ tasks: { ...CHAIN_PASS } })]);
    const body = '/release:accept 4.20.1 "<img src=x onerror=alert(1)> @octo-org/team\u2028::error::injected\u0085::add-mask::x" because';
    await using e = env(w, 'issue_comment', commented(w, { body, user: 'alice' }));
    await run(w.factories);
    const reply = replies(w).find((c) => c.issue_number === 5)?.body ?? '';
    expect(reply).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(reply).not.toContain('<img');
    expect(reply.slice('@alice'.length)).not.toMatch(LIVE_MENTION);
    expect(reply).not.toMatch(/[\u0085\u2028\u2029]/);
    const out = e.stdout();
    expect(out).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(out.split(/\r?\n/).filter((l) => /^::(error|add-mask)::(injected|x)/.test(l))).toEqual([]);
    expect(e.infos().join('\n')).toContain('Did not understand the command of alice');
    // The reason goes to the job summary as well: escaped there too.
    expect(rendered(e.summary())).not.toContain('<img');
    expect(rendered(e.summary())).not.toMatch(LIVE_MENTION);
  });

  it('log lines: NEL, LINE and PARAGRAPH SEPARATOR are stripped like CR and LF; no line starts a workflow command', () => {
    expect(logLine('a\u0085::error::b\u2028::add-mask::c\u2029d\r\ne\u001b[31mf')).toBe('a ::error::b ::add-mask::c d e[31mf');
    expect(logLine('::stop-commands::x')).toBe(':\u200b:stop-commands::x');
    const chunks: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => void chunks.push(chunk)) as unknown as typeof process.stdout.write;
    try {
      actionLogger.info('done\u2028::error::forged');
    } finally {
      process.stdout.write = write;
    }
    expect(chunks.join('')).toBe('done ::error::forged\n');
  });

  it('Slack: <!channel>, links and user mentions in a notification stay text; only our owner mention is live; secrets masked', async () => {
    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    registerSecrets([slack.token]); // a secret this process knows
    const n = new SlackNotifier({ token: slack.token, channel: slack.channel, slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    await n.notify(
      {
        key: '4.20.1:task:stage-testing:Fail:x',
        release: '4.20.1',
        kind: 'task-fail',
        text: `4.20.1: Stage Testing FAILED. <!channel> <!here> <@U0BOSS> <https://evil.example|log> & ${slack.token} xoxb-1234567890-foreign`,
        mentionOwner: true,
        owner: 'qe@example.com',
      },
      undefined,
    );
    expect(slack.messages.map((m) => m.text)).toEqual([
      `<@U0QE> 4.20.1: Stage Testing FAILED. &lt;!channel&gt; &lt;!here&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|log&gt; &amp; ${SECRET_MASK} ${SECRET_MASK}`,
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. The status comment is ours

function octokit(gh: GitHubServer, token: string) {
  return createOctokit({ token, baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false, retries: 1 });
}
function warnings(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: () => undefined, debug: () => undefined, error: (m) => lines.push(m), warning: (m) => lines.push(m) };
}
const box = () => makeBox({ tasks: { ...CHAIN_PASS } });
const upsert = (gh: GitHubServer, token: string, log?: Logger) =>
  upsertReleaseComment({ octokit: octokit(gh, token), owner: gh.owner, repo: gh.repo, issueNumber: 7, view: releaseView(box(), { now: NOW }), now: NOW, ...(log ? { log } : {}) });

describe('the status comment is ours: only comments the token\'s identity wrote are edited', () => {
  it('GITHUB_TOKEN (GET /user is 403 for it): a reader\'s comment opening with the marker is left alone; ours is created, then updated', async () => {
    await using gh = await startGitHubServer({ token: 'ghs_installation', permissions: { mallory: 'read' } });
    const forged = gh.addComment(7, `${releaseMarker('4.20.1')}\nall green, ship it`, 'mallory');
    const first = await upsert(gh, 'ghs_installation');
    expect(first.action).toBe('created');
    expect(forged.body).toBe(`${releaseMarker('4.20.1')}\nall green, ship it`);
    const ours = gh.comments.find((c) => c.id === first.commentId)!;
    expect(ours.user.login).toBe(ACTIONS_BOT);
    expect(gh.requests.filter((r) => r.path === '/user').map((r) => r.status)).toEqual([403]);
    // The next run finds its own comment, never the forged one.
    ours.body = `${releaseMarker('4.20.1')}\nolder`;
    const second = await upsert(gh, 'ghs_installation');
    expect(second).toMatchObject({ action: 'updated', commentId: ours.id });
    expect(forged.body).toBe(`${releaseMarker('4.20.1')}\nall green, ship it`);
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/${gh.owner}/${gh.repo}/issues/comments/${ours.id}`]);
  });

  it('a user token (GET /user answers its login): only that login\'s comments count, not github-actions[bot]\'s', async () => {
    await using gh = await startGitHubServer({ token: 'ghp_user', login: 'release-bot' });
    const actions = gh.addComment(7, `${releaseMarker('4.20.1')}\nfrom another workflow`, ACTIONS_BOT);
    const mine = gh.addComment(7, `${releaseMarker('4.20.1')}\nold`, 'release-bot');
    const res = await upsert(gh, 'ghp_user');
    expect(res).toMatchObject({ action: 'updated', commentId: mine.id });
    expect(actions.body).toBe(`${releaseMarker('4.20.1')}\nfrom another workflow`);
    expect(gh.requests.filter((r) => r.path === '/user').map((r) => r.status)).toEqual([200]);
  });

  it('when the identity cannot be learnt, nothing is edited or created: a warning', async () => {
    await using gh = await startGitHubServer({ token: 'ghs_installation' });
    const forged = gh.addComment(7, `${releaseMarker('4.20.1')}\nforged`, 'mallory');
    gh.inject({ status: 500, times: 5, match: { path: '/user' } });
    const log = warnings();
    const res = await upsert(gh, 'ghs_installation', log);
    expect(res.action).toBe('failed');
    expect(log.lines).toEqual([expect.stringContaining('Status comment of 4.20.1 not written')]);
    expect(gh.comments).toEqual([forged]);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it.each([
    ['our login, user token', { user: { login: 'Release-Bot' } }, { kind: 'user', login: 'release-bot' }, true],
    ['someone else, user token', { user: { login: 'mallory' } }, { kind: 'user', login: 'release-bot' }, false],
    ['github-actions[bot], app token', { user: { login: ACTIONS_BOT }, performed_via_github_app: { slug: 'github-actions' } }, { kind: 'app' }, true],
    ['an app bot through its own app, app token', { user: { login: 'krd-app[bot]' }, performed_via_github_app: { slug: 'krd-app' } }, { kind: 'app' }, true],
    ['a person, app token', { user: { login: 'mallory' }, performed_via_github_app: null }, { kind: 'app' }, false],
    ['a person claiming an app, app token', { user: { login: 'mallory' }, performed_via_github_app: { slug: 'mallory' } }, { kind: 'app' }, false],
    ['no author (a deleted account)', { user: null }, { kind: 'app' }, false],
  ] as const)('writtenBy: %s', (_what, comment, identity, ours) => {
    expect(writtenBy(comment, identity)).toBe(ours);
  });
});

// The renderer on its own: the same escaping without a run, for the table and the details.
describe('the renderer escapes what a StateBox holds', () => {
  it('a task outside the flow, a job link, a result: no markup from outside, a bad URL is no link', () => {
    const b = makeBox({
      tasks: {
        ...CHAIN_PASS,
        '<img src=x>@octo-org/team': { status: 'Fail', result: `${HOSTILE}\nend` },
        'push-to-cdn-staging': { status: 'In Progress', job: { id: '7](javascript:alert(1))', url: 'javascript:alert(1)' } },
      },
      metadata: { shipment_mr: 'javascript:alert(1)', jira_ticket: 'ART-1 <b>x</b>' },
    });
    const md = renderSummary([{ release: '4.20.1', overall: 'In Progress', statebox: b, waits: [`wait on @octo-org/team <b>now</b>`], wrote: false }], { now: NOW });
    const live = rendered(md);
    // javascript: may be read, never followed: no link to it, the bad job URL and shipment MR are text.
    expect(live).not.toMatch(/<img|<b>|\]\(javascript/);
    expect(live).not.toMatch(LIVE_MENTION);
    expect(md).toContain(`| &lt;img src=x&gt;@${ZWJ}octo-org/team (not run by this flow) |`);
    expect(md).toContain('| 7]\\(javascript:alert(1)) |');
    expect(md).toContain('shipment MR `javascript:alert(1)`');
    expect(md).toContain(`- wait on @${ZWJ}octo-org/team &lt;b&gt;now&lt;/b&gt;`);
  });
});
