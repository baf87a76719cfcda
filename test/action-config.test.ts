import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_MAX_OPERATIONS, INPUT_NAMES, parseConfig, readConfig, secretParts, type RawInputs } from '../src/action/config';
import { InputError } from '../src/core/errors';
import { actionEnv } from './helpers/action-env';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
}
const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml;

/** The inputs as the runner passes them when a workflow sets nothing: action.yml's defaults. */
function defaults(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(actionYml.inputs).map(([name, spec]) => [name, name === 'token' ? 'ghs_test' : (spec.default ?? '')]),
  );
}

function failure(raw: RawInputs): string {
  try {
    parseConfig({ token: 't', ...raw });
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be refused`);
}

describe('action.yml', () => {
  it('runs dist/index.js on node24 and declares exactly the inputs config.ts reads', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    expect(actionYml.inputs.token?.default).toBe('${{ github.token }}');
    expect(Object.keys(actionYml.outputs).sort()).toEqual(['releases', 'status']);
    for (const [name, spec] of Object.entries(actionYml.inputs)) expect(spec.description.length, name).toBeGreaterThan(10);
  });
});

describe('readConfig', () => {
  it('reads action.yml defaults through core.getInput into the common case', async () => {
    await using _env = actionEnv({ event: 'schedule', inputs: defaults() });
    expect(readConfig()).toEqual({
      token: 'ghs_test',
      // The runner's GITHUB_API_URL (actionEnv's placeholder).
      githubApiUrl: 'http://127.0.0.1:9',
      stateboxRef: undefined,
      recordRef: 'record',
      releases: [],
      owner: undefined,
      aiDecisions: 'auto',
      systems: {
        executor: { kind: 'oar', timeoutMs: 30 * 60_000 },
        analyzer: { timeoutMs: 30 * 60_000 },
        probes: { gitlabUrl: 'https://gitlab.cee.redhat.com' },
        passEnv: {},
        secrets: [],
      },
      sheetId: undefined,
      googleCredentials: undefined,
      statusIssue: undefined,
      maxOperations: DEFAULT_MAX_OPERATIONS,
      dryRun: false,
      allowEditedComments: false,
      allowBots: false,
    });
  });

  it('normalises lists, flags, choices and command lines', async () => {
    await using _env = actionEnv({
      event: 'schedule',
      inputs: {
        ...defaults(),
        'statebox-ref': 'z-stream',
        releases: '4.20.1, 4.19.7\n4.20.1 5.0.0-ec.3',
        owner: 'qe@example.com',
        'ai-decisions': 'Advisory',
        'analyzer-command': `node analyze.js --build "{build}" 'two words'`,
        executor: 'mcp',
        'mcp-url': 'https://mcp.example/mcp',
        'max-operations': '50',
        'dry-run': 'True',
        'allow-edited-comments': 'TRUE',
        'allow-bots': 'false',
      },
    });
    const config = readConfig();
    expect(config.stateboxRef).toBe('z-stream');
    expect(config.releases).toEqual(['4.20.1', '4.19.7', '5.0.0-ec.3']);
    expect(config.aiDecisions).toBe('advisory');
    expect(config.systems.analyzer).toEqual({ command: ['node', 'analyze.js', '--build', '{build}', 'two words'], timeoutMs: 30 * 60_000 });
    expect(config.systems.executor).toEqual({ kind: 'mcp', url: 'https://mcp.example/mcp', timeoutMs: 30 * 60_000 });
    expect(config.maxOperations).toBe(50);
    expect([config.dryRun, config.allowEditedComments, config.allowBots]).toEqual([true, true, false]);
  });

  it('reads the GitLab URL and the variables handed to the children', () => {
    expect(parseConfig({ token: 't', 'gitlab-url': ' https://gitlab.example:8443 ', 'oar-env': 'GITHUB_TOKEN, JIRA_TOKEN\nGITHUB_TOKEN', 'analyzer-env': 'GOOGLE_APPLICATION_CREDENTIALS' }).systems).toMatchObject({
      probes: { gitlabUrl: 'https://gitlab.example:8443' },
      passEnv: { oar: ['GITHUB_TOKEN', 'JIRA_TOKEN'], analyzer: ['GOOGLE_APPLICATION_CREDENTIALS'] },
    });
  });

  it('reads Google credentials as a service account key or an access token, and the status issue', () => {
    const key = { type: 'service_account', client_email: 'bot@p.iam.gserviceaccount.com', private_key: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n' };
    expect(parseConfig({ token: 't', 'sheet-id': '1AbCdEfGhIjKlMnOp', 'google-credentials': JSON.stringify(key), 'status-issue': '#42' })).toMatchObject({
      sheetId: '1AbCdEfGhIjKlMnOp',
      googleCredentials: { kind: 'service-account', json: key },
      statusIssue: 42,
    });
    expect(parseConfig({ token: 't', 'sheet-id': '1AbCdEfGhIjKlMnOp', 'google-credentials': 'ya29.token' }).googleCredentials).toEqual({ kind: 'access-token', token: 'ya29.token' });
  });

  it('takes the GitHub API from the github-api-url input, else GITHUB_API_URL, else api.github.com', async () => {
    await using _env = actionEnv({ event: 'schedule', inputs: { ...defaults(), 'github-api-url': 'https://ghe.example.com/api/v3/' } });
    expect(readConfig().githubApiUrl).toBe('https://ghe.example.com/api/v3');
    process.env['INPUT_GITHUB-API-URL'] = '';
    process.env.GITHUB_API_URL = 'https://ghe.example.com/api/v3';
    expect(readConfig().githubApiUrl).toBe('https://ghe.example.com/api/v3');
    delete process.env.GITHUB_API_URL;
    expect(readConfig().githubApiUrl).toBe('https://api.github.com');
  });

  it('takes the Slack token from SLACK_BOT_TOKEN and masks secrets in the log', async () => {
    await using env = actionEnv({ event: 'schedule', inputs: { ...defaults(), 'slack-channel': '#releases' } });
    process.env.SLACK_BOT_TOKEN = 'xoxb-secret';
    const config = readConfig();
    expect(config.systems.slack).toEqual({ token: 'xoxb-secret', channel: '#releases' });
    expect(env.stdout()).toContain('::add-mask::xoxb-secret');
    expect(env.stdout()).toContain('::add-mask::ghs_test');
  });
});

describe('multi-line secrets are masked line by line', () => {
  const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----\n';
  const serviceAccount = JSON.stringify({ type: 'service_account', client_email: 'bot@p.iam.gserviceaccount.com', private_key: pem });

  it.each<[string, string | undefined, string[]]>([
    ['nothing', undefined, []],
    ['a one-line token: itself', 'ghs_abcdefgh', ['ghs_abcdefgh']],
    ['a service-account JSON: the JSON, its private key and each line of the key', serviceAccount, [serviceAccount, pem, '-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj', '-----END PRIVATE KEY-----']],
    ['a PEM given as is: each line too, short lines left out', 'abc\nMIIEvQIBADANBgkq\n', ['abc\nMIIEvQIBADANBgkq\n', 'MIIEvQIBADANBgkq']],
  ])('%s', (_name, value, parts) => {
    expect(secretParts(value)).toEqual(parts);
  });

  it('readConfig registers each line of the google-credentials key with the runner', async () => {
    await using env = actionEnv({ event: 'schedule', inputs: { ...defaults(), 'sheet-id': '1AbCdEfGhIjKlMnOp', 'google-credentials': serviceAccount } });
    readConfig();
    expect(env.stdout()).toContain('::add-mask::MIIEvQIBADANBgkqhkiG9w0BAQEFAASC');
    expect(env.stdout()).toContain('::add-mask::BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj');
  });
});

describe('parseConfig refuses a bad input with one sentence naming it and what it accepts', () => {
  it.each<[RawInputs, string]>([
    [{ 'ai-decisions': 'maybe' }, 'The ai-decisions input is "maybe"; accepted values: auto, advisory.'],
    [{ executor: 'jenkins' }, 'The executor input is "jenkins"; accepted values: oar, mcp.'],
    [{ 'dry-run': 'yes' }, 'The dry-run input is "yes"; accepted values: true, false.'],
    [{ 'allow-bots': '1' }, 'The allow-bots input is "1"; accepted values: true, false.'],
    [{ 'allow-edited-comments': 'on' }, 'The allow-edited-comments input is "on"; accepted values: true, false.'],
    [{ 'max-operations': '0' }, 'The max-operations input is "0"; accepted values: a whole number from 1 to 100000.'],
    [{ 'max-operations': 'lots' }, 'The max-operations input is "lots"; accepted values: a whole number from 1 to 100000.'],
    [{ releases: '4.20.1,4.20' }, 'The releases input has "4.20"; accepted values: releases such as 4.20.1 or 5.0.0-ec.3, separated by commas or spaces (empty: every active release).'],
    [{ owner: 'alice' }, 'The owner input is "alice"; accepted values: an email address such as qe@example.com.'],
    [{ 'statebox-ref': '../main' }, 'The statebox-ref input is "../main"; accepted values: a branch name such as z-stream (letters, digits, . _ / -).'],
    [{ 'record-ref': '-rf' }, 'The record-ref input is "-rf"; accepted values: a branch name such as z-stream (letters, digits, . _ / -).'],
    [{ 'mcp-url': 'file:///etc/passwd' }, 'The mcp-url input is "file:///etc/passwd"; accepted values: an http(s) URL such as https://mcp.example/mcp.'],
    [{ executor: 'mcp' }, 'The mcp-url input is required when executor is mcp; accepted values: the MCP server URL such as https://mcp.example/mcp.'],
    [{ 'slack-channel': '#rel' }, 'The slack-channel input is set but slack-token is empty; pass the Slack bot token from a secret as slack-token, or leave slack-channel empty.'],
    [{ 'sheet-id': 'abc/def' }, 'The sheet-id input is "abc/def"; accepted values: a Google Sheets id (letters, digits, - and _ from the sheet\'s URL).'],
    [{ 'sheet-id': '1AbCdEfGhIjKlMnOp' }, 'The sheet-id input is set but google-credentials is empty; pass a service account JSON key or an access token from a secret as google-credentials.'],
    [{ 'sheet-id': '1AbCdEfGhIjKlMnOp', 'google-credentials': '{"type": "service_account"}' }, 'The google-credentials input is not a usable service account key; accepted values: the JSON key of a service account (with client_email and private_key) or an OAuth access token.'],
    [{ 'status-issue': 'PR-4' }, 'The status-issue input is "PR-4"; accepted values: an issue or pull request number such as 42, or empty.'],
    [{ 'analyzer-command': 'claude "unclosed' }, 'The analyzer-command input cannot be split into arguments (A double quote is not closed.); accepted values: words separated by spaces, quoted where needed.'],
    [{ 'gitlab-url': 'gitlab.cee.redhat.com' }, 'The gitlab-url input is "gitlab.cee.redhat.com"; accepted values: an http(s) URL such as https://gitlab.cee.redhat.com.'],
    [{ 'gitlab-url': 'file:///etc/passwd' }, 'The gitlab-url input is "file:///etc/passwd"; accepted values: an http(s) URL such as https://gitlab.cee.redhat.com.'],
    [{ 'oar-env': 'JIRA_TOKEN INPUT_TOKEN' }, `The oar-env input has "INPUT_TOKEN", which is never passed on (inputs, the runner's ACTIONS_* tokens and file commands stay with the driver); accepted values: names of environment variables separated by commas or spaces.`],
    [{ 'analyzer-env': 'ACTIONS_RUNTIME_TOKEN' }, `The analyzer-env input has "ACTIONS_RUNTIME_TOKEN", which is never passed on (inputs, the runner's ACTIONS_* tokens and file commands stay with the driver); accepted values: names of environment variables separated by commas or spaces.`],
    [{ 'analyzer-env': 'github_env' }, `The analyzer-env input has "github_env", which is never passed on (inputs, the runner's ACTIONS_* tokens and file commands stay with the driver); accepted values: names of environment variables separated by commas or spaces.`],
    [{ 'oar-env': 'A=B' }, 'The oar-env input has "A=B", which is not an environment variable name; accepted values: names of environment variables separated by commas or spaces.'],
    ...['http://ghe.example.com/api/v3', 'ghe.example.com', 'ftp://ghe.example.com', 'https://user:pw@ghe.example.com/api/v3', 'https://ghe.example.com/api/v3?x=1', 'https://ghe.example.com/api/v3#f'].map(
      (url): [RawInputs, string] => [
        { 'github-api-url': url },
        `The github-api-url input is ${JSON.stringify(url)}; accepted values: the https URL of the GitHub REST API, such as https://api.github.com or https://github.example.com/api/v3 for GitHub Enterprise Server (empty: GITHUB_API_URL).`,
      ],
    ),
    [{ 'oar-command': '   ' }, `The oar-command input is empty; accepted values: a command line such as "oar" or "claude -p '/ci:analyze-build-test-results {build}'".`],
  ])('%j', (raw, message) => {
    const got = failure(raw);
    expect(got).toBe(message);
    expect(got.split(/(?<=[.;]) (?=[A-Z])/).length).toBeLessThanOrEqual(2);
    expect(got).not.toContain('\n');
  });

  it('needs a token', () => {
    expect(() => parseConfig({})).toThrow('The token input is empty; accepted values: a GitHub token, by default ${{ github.token }}.');
  });
});
