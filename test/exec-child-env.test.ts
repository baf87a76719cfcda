/**
 * What the oar CLI and the analyzer see of the driver's environment: the allow-list of
 * src/adapters/exec/child-env.ts (a table), then real child processes started through the
 * driver's wiring, which dump the environment they received.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OAR_OPTIONAL_ENV, OAR_REQUIRED_ENV, childEnv, envNameProblem, missingOarEnv, type ChildKind } from '../src/adapters/exec/child-env';
import { systemSettingsFromEnv } from '../src/settings-schema';
import { LocalStore } from '../src/adapters/store/local';
import { InputError } from '../src/core/errors';
import { buildDriverDeps, settingsFromEnv } from '../src/wiring';
import type { Logger } from '../src/driver/types';
import { writeEnvDumpScript } from './helpers/env-dump';
import { makeBox } from './helpers/fake-world';

/** Roughly what the action's process holds on a runner, secrets included. */
const RUNNER_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TZ: 'UTC',
  TMPDIR: '/tmp/x',
  HTTPS_PROXY: 'http://proxy:3128',
  no_proxy: 'localhost',
  NODE_EXTRA_CA_CERTS: '/etc/ca.pem',
  SSL_CERT_FILE: '/etc/ssl/cert.pem',
  REQUESTS_CA_BUNDLE: '/etc/ca.pem',
  KUBECONFIG: '/home/runner/.kube/config',
  KRB5CCNAME: 'FILE:/tmp/krb5cc',
  'INPUT_TOKEN': 'ghs_input',
  'INPUT_GITLAB-TOKEN': 'glpat-input',
  'INPUT_SLACK-TOKEN': 'xoxb-input',
  'INPUT_GOOGLE-CREDENTIALS': '{"private_key":"k"}',
  ACTIONS_RUNTIME_TOKEN: 'runtime-jwt',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example',
  GITHUB_TOKEN: 'ghs_env',
  GITHUB_ENV: '/runner/env',
  GITHUB_OUTPUT: '/runner/output',
  GITHUB_PATH: '/runner/path',
  GITHUB_STEP_SUMMARY: '/runner/summary',
  GITHUB_REPOSITORY: 'octo/releases',
  RUNNER_TEMP: '/runner/temp',
  OAR_JWK: 'oar-jwk',
  JIRA_TOKEN: 'jira',
  JIRA_USERNAME: 'qe@example.com',
  JENKINS_USER: 'qe',
  JENKINS_TOKEN: 'jenkins',
  GITLAB_TOKEN: 'glpat-env',
  GCP_SA_FILE: '/sa.json',
  SLACK_BOT_TOKEN: 'xoxb-env',
  APITOKEN: 'gangway',
  ANTHROPIC_API_KEY: 'sk-ant',
  CLAUDE_CODE_USE_VERTEX: '1',
  AWS_SECRET_ACCESS_KEY: 'aws-secret',
  UNRELATED: 'x',
};

describe('what oar needs (OAR_REQUIRED_ENV, OAR_OPTIONAL_ENV)', () => {
  // oar/core/configstore.py, ConfigStore.validate_environment(), as upstream main has it.
  const UPSTREAM_REQUIRED_VARS = `
        required_vars = {
            ENV_VAR_OAR_JWK: "Required for decrypting config_store.json (ConfigStore)",
            ENV_VAR_JIRA_TOKEN: "Required for Jira operations (JiraManager)",
            ENV_VAR_JIRA_USERNAME: "Required for Jira Cloud authentication (JiraManager)",
            ENV_VAR_GCP_SA_FILE: "Required for Google Sheets operations (WorksheetManager)",
            ENV_VAR_SLACK_BOT_TOKEN: "Required for Slack notifications (NotificationManager)",
            ENV_JENKINS_USER: "Required for Jenkins job operations (JenkinsHelper)",
            ENV_JENKINS_TOKEN: "Required for Jenkins job operations (JenkinsHelper)",
            ENV_VAR_GITLAB_TOKEN: "Required for GitLab/Konflux shipment operations (ShipmentData)",
        }
        optional_vars = {
            ENV_VAR_SLACK_APP_TOKEN: "Optional for Slack socket mode",
        }`;
  // oar/core/const.py: the constants' values.
  const CONST = { ENV_VAR_OAR_JWK: 'OAR_JWK', ENV_VAR_JIRA_TOKEN: 'JIRA_TOKEN', ENV_VAR_JIRA_USERNAME: 'JIRA_USERNAME', ENV_VAR_SLACK_BOT_TOKEN: 'SLACK_BOT_TOKEN', ENV_VAR_SLACK_APP_TOKEN: 'SLACK_APP_TOKEN', ENV_VAR_GITLAB_TOKEN: 'GITLAB_TOKEN', ENV_VAR_GCP_SA_FILE: 'GCP_SA_FILE', ENV_JENKINS_USER: 'JENKINS_USER', ENV_JENKINS_TOKEN: 'JENKINS_TOKEN' } as Record<string, string>;
  const upstream = (block: 'required_vars' | 'optional_vars') =>
    [...(UPSTREAM_REQUIRED_VARS.split(`${block} = {`)[1] ?? '').split('}')[0]!.matchAll(/(ENV_\w+):/g)].map((m) => CONST[m[1]!]);

  it('requires everything upstream\'s validate_environment requires, in its order, then GITHUB_TOKEN and APITOKEN', () => {
    const names = OAR_REQUIRED_ENV.map((v) => v.name);
    expect(names.slice(0, 8)).toEqual(upstream('required_vars'));
    expect(names.slice(8)).toEqual(['GITHUB_TOKEN', 'APITOKEN']);
    expect(OAR_OPTIONAL_ENV.map((v) => v.name)).toEqual(expect.arrayContaining(upstream('optional_vars')));
    for (const v of [...OAR_REQUIRED_ENV, ...OAR_OPTIONAL_ENV]) expect(v.purpose, v.name).toMatch(/\w{3,}/);
    expect(new Set(names.concat(OAR_OPTIONAL_ENV.map((v) => v.name))).size).toBe(names.length + OAR_OPTIONAL_ENV.length);
  });

  it('hands every one of them to the oar child, and none to the analyzer', () => {
    const all = Object.fromEntries([...OAR_REQUIRED_ENV, ...OAR_OPTIONAL_ENV].map((v) => [v.name, `value-of-${v.name}`]));
    expect(Object.keys(childEnv(all, 'oar')).sort()).toEqual(Object.keys(all).sort());
    expect(childEnv(all, 'analyzer')).toEqual({});
  });

  it('missingOarEnv names the required ones unset or empty, for a preflight', () => {
    const all = Object.fromEntries(OAR_REQUIRED_ENV.map((v) => [v.name, 'x']));
    expect(missingOarEnv(all)).toEqual([]);
    expect(missingOarEnv({ ...all, JIRA_USERNAME: undefined, GITHUB_TOKEN: '' })).toEqual(['JIRA_USERNAME', 'GITHUB_TOKEN']);
    expect(missingOarEnv({ ...all, SLACK_APP_TOKEN: undefined })).toEqual([]);
  });
});

describe('childEnv: the allow-list', () => {
  const common = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'HTTPS_PROXY', 'no_proxy', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'REQUESTS_CA_BUNDLE', 'KUBECONFIG', 'KRB5CCNAME'];

  // oar's own: what upstream's validate_environment requires, GITHUB_TOKEN (oar writes its StateBox) and APITOKEN (Prow).
  const oar = ['OAR_JWK', 'JIRA_TOKEN', 'JIRA_USERNAME', 'JENKINS_USER', 'JENKINS_TOKEN', 'GITLAB_TOKEN', 'GCP_SA_FILE', 'SLACK_BOT_TOKEN', 'GITHUB_TOKEN', 'APITOKEN'];

  it.each<[ChildKind, readonly string[], string[]]>([
    ['oar', [], [...common, ...oar]],
    ['oar', ['GITHUB_TOKEN'], [...common, ...oar]],
    ['analyzer', [], [...common, 'ANTHROPIC_API_KEY', 'CLAUDE_CODE_USE_VERTEX']],
    ['analyzer', ['aws_secret_access_key', 'NOT_SET'], [...common, 'ANTHROPIC_API_KEY', 'CLAUDE_CODE_USE_VERTEX', 'AWS_SECRET_ACCESS_KEY']],
    // Named explicitly, still never: inputs, runner tokens, file commands.
    ['oar', ['INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_ENV', 'github_output'], [...common, ...oar]],
  ])('%s with extra %j gets exactly its variables', (kind, extra, names) => {
    const env = childEnv(RUNNER_ENV, kind, extra);
    expect(Object.keys(env).sort()).toEqual([...names].sort());
    for (const name of names) expect(env[name]).toBe(RUNNER_ENV[name]);
  });

  it('never hands on an input, a runner token or a file command, whatever the case of the name', () => {
    const hostile: NodeJS.ProcessEnv = { input_token: 'a', 'Input_Gitlab-Token': 'b', actions_runtime_token: 'c', Github_Env: 'd', PATH: '/bin' };
    for (const kind of ['oar', 'analyzer'] as const) {
      expect(childEnv(hostile, kind, Object.keys(hostile))).toEqual({ PATH: '/bin' });
    }
  });

  it('the analyzer gets none of oar\'s credentials, oar none of the analyzer\'s', () => {
    expect(Object.keys(childEnv(RUNNER_ENV, 'analyzer')).filter((k) => /TOKEN|JWK|JENKINS|GCP/.test(k))).toEqual([]);
    expect(childEnv(RUNNER_ENV, 'oar')['ANTHROPIC_API_KEY']).toBeUndefined();
  });

  it('keeps the name as the environment spells it (Windows\' Path)', () => {
    expect(childEnv({ Path: 'C:\\bin', SystemRoot: 'C:\\Windows' }, 'oar')).toEqual({ Path: 'C:\\bin', SystemRoot: 'C:\\Windows' });
  });

  it.each([
    ['GITHUB_TOKEN', undefined],
    ['_X1', undefined],
    ['INPUT_TOKEN', 'is never passed on'],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'is never passed on'],
    ['GITHUB_STEP_SUMMARY', 'is never passed on'],
    ['1ABC', 'is not an environment variable name'],
    ['A=B', 'is not an environment variable name'],
    ['$(id)', 'is not an environment variable name'],
  ])('envNameProblem(%j)', (name, problem) => {
    const got = envNameProblem(name);
    if (problem === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(problem);
  });

  it('KRD_OAR_ENV splits on commas and spaces, dedupes, and a refusal names the setting', () => {
    expect(systemSettingsFromEnv({ KRD_OAR_ENV: 'GITHUB_TOKEN, JIRA_TOKEN  GITHUB_TOKEN\n' }).passEnv.oar).toEqual(['GITHUB_TOKEN', 'JIRA_TOKEN']);
    expect(() => systemSettingsFromEnv({ KRD_OAR_ENV: 'INPUT_TOKEN' })).toThrow(InputError);
    expect(() => systemSettingsFromEnv({ KRD_OAR_ENV: 'INPUT_TOKEN' })).toThrow(/^KRD_OAR_ENV has "INPUT_TOKEN", which is never passed on/);
  });
});

// ---------------------------------------------------------------------------------------------
// Real children, started through the driver's wiring as `krd drive` and the action start them.

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const quiet: Logger = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined };

async function wired(env: NodeJS.ProcessEnv, passEnv?: { oar?: string[]; analyzer?: string[] }) {
  const dir = await mkdtemp(join(tmpdir(), 'krd-child-env-'));
  dirs.push(dir);
  const script = writeEnvDumpScript(dir);
  const store = new LocalStore(dir);
  const deps = buildDriverDeps({
    store,
    record: store,
    executor: { kind: 'oar', command: [process.execPath, script, join(dir, 'oar.json')], timeoutMs: 20_000 },
    analyzer: { command: [process.execPath, script, join(dir, 'analyzer.json'), '--analyze', '{build}'], timeoutMs: 20_000 },
    log: quiet,
    env,
    ...(passEnv ? { passEnv } : {}),
  });
  const seen = async (which: 'oar' | 'analyzer') => JSON.parse(await readFile(join(dir, `${which}.json`), 'utf8')) as Record<string, string>;
  return { deps, seen };
}

describe('the oar and analyzer children started by buildDriverDeps', () => {
  const env: NodeJS.ProcessEnv = { ...RUNNER_ENV, PATH: process.env.PATH };

  it('get the allow-list only: no input, no runner token, no file command; GITHUB_TOKEN for oar alone', async () => {
    const { deps, seen } = await wired(env);
    expect((await deps.executor.start('create-test-report', { release: '4.20.1', statebox: makeBox() })).status).toBe('Pass');
    expect((await deps.analyzer!.analyze('4.20.1')).recommendation).toBe('ACCEPT');
    const oar = await seen('oar');
    const analyzer = await seen('analyzer');
    const secrets = ['ghs_input', 'glpat-input', 'xoxb-input', '{"private_key":"k"}', 'runtime-jwt', 'oidc-request'];
    for (const child of [oar, analyzer]) {
      // Node may add a variable or two of its own (NODE_* of the child), never ours.
      expect(Object.keys(child).filter((k) => /^(INPUT_|ACTIONS_|RUNNER_)/i.test(k) || (/^GITHUB_/i.test(k) && k !== 'GITHUB_TOKEN'))).toEqual([]);
      for (const secret of secrets) expect(Object.values(child)).not.toContain(secret);
      expect(child['PATH']).toBe(process.env.PATH);
      expect(child['HTTPS_PROXY']).toBe('http://proxy:3128');
    }
    // oar writes its own StateBox (GITHUB_TOKEN) and refuses to start without JIRA_USERNAME.
    expect(oar).toMatchObject({ OAR_JWK: 'oar-jwk', JIRA_TOKEN: 'jira', JIRA_USERNAME: 'qe@example.com', GITLAB_TOKEN: 'glpat-env', GITHUB_TOKEN: 'ghs_env' });
    expect(oar['ANTHROPIC_API_KEY']).toBeUndefined();
    expect(analyzer).toMatchObject({ ANTHROPIC_API_KEY: 'sk-ant' });
    expect(Object.keys(analyzer).filter((k) => ['OAR_JWK', 'JIRA_TOKEN', 'JIRA_USERNAME', 'GITLAB_TOKEN', 'SLACK_BOT_TOKEN', 'APITOKEN', 'GITHUB_TOKEN'].includes(k))).toEqual([]);
  });

  it('hand each child what the configuration names, and only that child', async () => {
    const { deps, seen } = await wired(env, { oar: ['GITHUB_REPOSITORY'], analyzer: ['AWS_SECRET_ACCESS_KEY'] });
    await deps.executor.start('create-test-report', { release: '4.20.1', statebox: makeBox() });
    await deps.analyzer!.analyze('4.20.1');
    expect((await seen('oar'))['GITHUB_REPOSITORY']).toBe('octo/releases');
    expect((await seen('analyzer'))['GITHUB_REPOSITORY']).toBeUndefined();
    expect((await seen('oar'))['AWS_SECRET_ACCESS_KEY']).toBeUndefined();
    expect((await seen('analyzer'))['AWS_SECRET_ACCESS_KEY']).toBe('aws-secret');
    expect((await seen('analyzer'))['GITHUB_TOKEN']).toBeUndefined();
  });

  it('krd drive reads the names from KRD_OAR_ENV and KRD_ANALYZER_ENV, and refuses one that is never passed', () => {
    const store = new LocalStore(tmpdir());
    const base = { store, record: store, log: quiet };
    expect(settingsFromEnv({ KRD_OAR_ENV: 'GITHUB_TOKEN,JIRA_TOKEN', KRD_ANALYZER_ENV: 'AWS_PROFILE' }, base).passEnv).toEqual({ oar: ['GITHUB_TOKEN', 'JIRA_TOKEN'], analyzer: ['AWS_PROFILE'] });
    expect(settingsFromEnv({}, base).passEnv).toEqual({});
    expect(() => settingsFromEnv({ KRD_ANALYZER_ENV: 'ACTIONS_RUNTIME_TOKEN' }, base)).toThrow(/^KRD_ANALYZER_ENV has "ACTIONS_RUNTIME_TOKEN", which is never passed on/);
  });
});
