/**
 * `krd accept|reject|retry|resolve|record-job`: the comment commands from a terminal. Same parser,
 * same `applyCommand`, same sentences as a comment reply; written with updateStateBox. In-process
 * through the CLI's run() (test/helpers/krd-run.ts); one real process at the end, for which
 * packages it loads.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { errorMessage } from '../src/core/errors';
import { applyCommand } from '../src/driver/commands';
import type { HumanCommand } from '../src/driver/types';
import type { StateBox } from '../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { isCommandError, parseCommand } from '../src/triggers/commands';
import { refusedReply } from '../src/triggers/replies';
import { CHAIN_PASS, makeBox, writeBox } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';
import { startUserProxy } from './helpers/github-user-proxy';
import { krdRun } from './helpers/krd-run';

const ROOT = resolve(import.meta.dirname, '..');
const FILE = '_releases/4.20/statebox/4.20.1.yaml';
const TOKEN = 't0k';
const JOB = 'https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/1811/';

/** A Red release: the candidate gate failed, the chain passed, nothing after it started. */
const redBox = (): StateBox =>
  makeBox({
    tasks: { ...CHAIN_PASS, 'analyze-candidate-build': { status: 'Fail', result: 'Analyzer says REJECT' } },
    issues: [{ issue: 'Stage registry flaky', blocker: false }],
  });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-cli-decision-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readBox = async () => parseStateBoxText(await readFile(join(dir, FILE), 'utf8'), FILE);
const task = (box: StateBox, name: string) => box.tasks.find((t) => t.name === name);

async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name)] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

/** What applyCommand answers for this command on this box: the sentence a comment reply carries. */
function commentRefusal(box: StateBox, line: string, by: string): string {
  const parsed = parseCommand(line);
  if (parsed === undefined) throw new Error('not a command');
  if (isCommandError(parsed)) return parsed.error;
  try {
    applyCommand(box, { ...parsed, by } as HumanCommand, new Date());
  } catch (err) {
    return errorMessage(err);
  }
  throw new Error(`${line} was not refused`);
}

describe('krd accept / reject / retry / resolve / record-job on a directory', () => {
  test('accept a failed gate: Pass, decided_by and the justification recorded; the reply is the comment reply', async () => {
    await writeBox(dir, redBox());
    const r = await krdRun(['accept', '4.20.1', 'analyze-candidate-build', 'known', 'flake,', 'see', 'TRT-1', '--store', dir, '--as', 'alice']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      `Accepted analyze-candidate-build of 4.20.1 (now Pass), recorded with alice's justification. Written to dir ${dir} (1 attempt).\n`,
    );
    const t = task(await readBox(), 'analyze-candidate-build');
    expect(t).toMatchObject({ status: 'Pass', decided_by: 'alice' });
    // More words join the justification, as in a comment.
    expect(t?.result).toMatch(/^Accepted by alice at \S+: known flake, see TRT-1\nPrevious result \(Fail\):\nAnalyzer says REJECT$/);
  });

  test('an accept of a task that neither failed nor waits for a person: exit 1, the comment sentence, not a byte written', async () => {
    await writeBox(dir, redBox());
    const before = await snapshot(dir);
    const r = await krdRun(['accept', '4.20.1', 'push-to-cdn-staging', 'ship it', '--store', dir, '--as', 'alice']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sentence = commentRefusal(redBox(), '/release:accept 4.20.1 push-to-cdn-staging ship it', 'alice');
    expect(sentence).toContain("applies only to a task that is Fail or waits for a person's decision, so nothing changed");
    expect(r.stderr).toBe(`krd accept: ${sentence}\n`);
    expect(await snapshot(dir)).toEqual(before);
  });

  test('reject, retry, resolve (#N like a comment) and record-job each write once and say what they did', async () => {
    await writeBox(dir, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'stage-testing': 'Not Started', 'analyze-promoted-build': { status: 'In Progress', awaits_decision: true } }, issues: [{ issue: 'registry flaky' }] }));
    const env = { GITHUB_ACTOR: 'bob' };

    const rejected = await krdRun(['reject', '4.20.1', 'analyze-promoted-build', 'two jobs fail for real', '--store', dir], { env });
    expect(rejected.stdout).toMatch(/^Rejected analyze-promoted-build of 4\.20\.1 \(now Fail\), recorded with bob's reason\. Written to dir .* \(1 attempt\)\.\n$/);
    expect(task(await readBox(), 'analyze-promoted-build')).toMatchObject({ status: 'Fail', decided_by: 'bob' });

    const retried = await krdRun(['retry', '4.20.1', 'analyze-promoted-build', '--store', dir], { env });
    expect(retried.stdout).toMatch(/^analyze-promoted-build of 4\.20\.1 will start again on the next step\. Written to/);
    expect(task(await readBox(), 'analyze-promoted-build')).toMatchObject({ status: 'Not Started', decided_by: 'bob' });

    const resolved = await krdRun(['resolve', '4.20.1', '#1', 'registry fixed', '--store', dir], { env });
    expect(resolved.stdout).toMatch(/^Issue 1 of 4\.20\.1 resolved\. Written to/);
    expect((await readBox()).issues[0]).toMatchObject({ resolved: true, resolution: 'registry fixed (resolved by bob)' });

    const recorded = await krdRun(['record-job', '4.20.1', 'stage-testing', JOB, '--store', dir], { env });
    expect(recorded.stdout).toMatch(/^Recorded job .*Stage-Pipeline\/1811\/ for stage-testing of 4\.20\.1 \(now In Progress\)/);
    expect(task(await readBox(), 'stage-testing')).toMatchObject({ status: 'In Progress', job: { id: '1811' } });

    // The same record-job again changes nothing and writes nothing.
    const before = await snapshot(dir);
    const again = await krdRun(['record-job', '4.20.1', 'stage-testing', JOB, '--store', dir], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing changed. Nothing written to dir');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('who decides: --as, else GITHUB_ACTOR, else git config user.name (run without a shell), else a clear refusal', async () => {
    const home = await mkdtemp(join(tmpdir(), 'krd-cli-decision-home-'));
    try {
      const gitEnv = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1' };
      await writeBox(dir, redBox());
      const none = await krdRun(['reject', '4.20.1', 'analyze-candidate-build', 'really broken', '--store', dir], { env: gitEnv, cwd: dir });
      expect(none.code).toBe(1);
      expect(none.stderr).toBe('krd reject: Nobody to record as the one who decides: give --as NAME (or set GITHUB_ACTOR, or git config user.name).\n');

      await writeFile(join(home, '.gitconfig'), '[user]\n\tname = Grace Hopper $(touch pwned)\n');
      const git = await krdRun(['accept', '4.20.1', 'analyze-candidate-build', 'known flake', '--store', dir], { env: gitEnv, cwd: dir });
      expect(git.code).toBe(0);
      expect(task(await readBox(), 'analyze-candidate-build')?.decided_by).toBe('Grace Hopper $(touch pwned)');
      expect(await readdir(dir)).not.toContain('pwned');

      const actor = await krdRun(['retry', '4.20.1', 'analyze-candidate-build', '--store', dir], { env: { ...gitEnv, GITHUB_ACTOR: 'octocat' }, cwd: dir });
      expect(actor.code).toBe(0);
      expect(task(await readBox(), 'analyze-candidate-build')?.decided_by).toBe('octocat');

      const as = await krdRun(['retry', '4.20.1', 'analyze-candidate-build', '--store', dir, '--as', 'carol'], { env: { ...gitEnv, GITHUB_ACTOR: 'octocat' }, cwd: dir });
      expect(as.code).toBe(0);
      expect(task(await readBox(), 'analyze-candidate-build')?.decided_by).toBe('carol');
      // An email as the name is masked like a commenter's.
      await krdRun(['retry', '4.20.1', 'analyze-candidate-build', '--store', dir, '--as', 'dan@example.com'], { cwd: dir });
      expect(task(await readBox(), 'analyze-candidate-build')?.decided_by).not.toContain('example.com');
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  test('bad values get the comment parser\'s sentence, exit 1, and change nothing', async () => {
    await writeBox(dir, redBox());
    const before = await snapshot(dir);
    const cases: [string[], string][] = [
      [['accept', '4.20', 'analyze-candidate-build', 'x'], '/release:accept 4.20 analyze-candidate-build x'],
      [['accept', '4.20.1;rm -rf /', 'analyze-candidate-build', 'x'], '/release:accept "4.20.1;rm -rf /" analyze-candidate-build x'],
      [['reject', '4.20.1', 'rm-rf', 'x'], '/release:reject 4.20.1 rm-rf x'],
      [['accept', '4.20.1', 'analyze-candidate-build', '   '], '/release:accept 4.20.1 analyze-candidate-build'],
      [['record-job', '4.20.1', 'take-ownership', '12'], '/release:record-job 4.20.1 take-ownership 12'],
      [['record-job', '4.20.1', 'stage-testing', 'file:///etc/passwd'], '/release:record-job 4.20.1 stage-testing file:///etc/passwd'],
      [['resolve', '4.20.1', 'one', 'x'], '/release:resolve 4.20.1 one x'],
    ];
    for (const [argv, line] of cases) {
      const r = await krdRun([...argv, '--store', dir, '--as', 'alice']);
      expect(r.code, argv.join(' ')).toBe(1);
      const parsed = parseCommand(line);
      expect(isCommandError(parsed), line).toBe(true);
      expect(r.stderr).toBe(`krd ${argv[0]}: ${(parsed as { error: string }).error}\n`);
    }
    // A refusal of the rules, past the parser: an issue that does not exist.
    const noIssue = await krdRun(['resolve', '4.20.1', '7', 'x', '--store', dir, '--as', 'alice']);
    expect(noIssue.stderr).toBe(`krd resolve: ${commentRefusal(redBox(), '/release:resolve 4.20.1 7 x', 'alice')}\n`);
    // A line break cannot smuggle a second line past the parser: it is one word, and no release.
    const smuggled = await krdRun(['accept', '4.20.1\n/release:accept', 'analyze-candidate-build', 'x', '--store', dir, '--as', 'alice']);
    expect(smuggled.code).toBe(1);
    expect(smuggled.stderr).toContain('is not a release');
    const control = await krdRun(['accept', '4.20.1', 'analyze-candidate-build', 'x\u001b[2J', '--store', dir, '--as', 'alice']);
    expect(control.stderr).toBe('krd accept: The command contains control characters.\n');
    const badName = await krdRun(['accept', '4.20.1', 'analyze-candidate-build', 'x', '--store', dir, '--as', 'eve\nfake log line']);
    expect(badName.stderr).toBe('krd accept: --as contains control characters.\n');
    expect(await snapshot(dir)).toEqual(before);
  });

  test('a missing StateBox is refused, nothing created', async () => {
    const r = await krdRun(['retry', '4.20.9', 'stage-testing', '--store', dir, '--as', 'alice']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`krd retry: There is no StateBox for 4.20.9: _releases/4.20/statebox/4.20.9.yaml does not exist in dir ${dir}.\n`);
    expect(await snapshot(dir)).toEqual({});
  });

  test('usage errors exit 2 with the usage line: missing --store, argument count, unknown option', async () => {
    await writeBox(dir, redBox());
    const cases: [string[], RegExp][] = [
      [['accept', '4.20.1', 'analyze-candidate-build', 'x', '--as', 'a'], /--store DIR\|github is required/],
      [['accept', '4.20.1', 'analyze-candidate-build', '--store', dir], /expected RELEASE, TASK and JUSTIFICATION, got 2 arguments/],
      [['retry', '4.20.1', 'stage-testing', 'now', '--store', dir], /expected RELEASE and TASK, got 3 arguments/],
      [['record-job', '4.20.1', 'stage-testing', '--store', dir], /expected RELEASE, TASK and JOB/],
      [['resolve', '4.20.1', '1', '--store', dir, '--force'], /unknown option --force/],
      [['retry', '4.20.1', 'stage-testing', '--store', dir, '--ref', 'main'], /--ref only applies to --store github/],
    ];
    for (const [argv, message] of cases) {
      const r = await krdRun(argv, { env: { GITHUB_ACTOR: 'a' } });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(`Usage: krd ${argv[0]} `);
    }
  });

  test('--help shows the usage and every option on its own line', async () => {
    for (const name of ['accept', 'reject', 'retry', 'resolve', 'record-job']) {
      const r = await krdRun([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: krd ${name} RELEASE`);
      expect(r.stdout).toMatch(/\n {2}--store DIR\|github .*\n/);
      expect(r.stdout).toMatch(/\n {2}--ref REF .*\n/);
      expect(r.stdout).toMatch(/\n {2}--as NAME .*\n/);
    }
    const help = await krdRun(['--help']);
    expect(help.stdout).toContain('  krd accept RELEASE TASK JUSTIFICATION… --store DIR|github [--ref REF] [--as NAME]\n');
    expect(help.stdout).toContain('  krd mcp [--store DIR|github] [--ref REF] [--as NAME]\n');
    // The main help keeps one line per command: the options are in `krd COMMAND --help`.
    expect(help.stdout).not.toContain('  --as NAME');
  });
});

describe('krd accept and its twins with --store github: the token\'s user needs write permission', () => {
  const envFor = (url: string): NodeJS.ProcessEnv => ({ GITHUB_REPOSITORY: 'octo/releases', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: url, GITHUB_ACTOR: 'alice' });
  const writes = (gh: { requests: { method: string }[] }) => gh.requests.filter((q) => q.method === 'PUT').length;

  test('write permission: GET /user, the permission, then one SHA-checked commit saying who and what', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, defaultBranch: 'z-stream', files: { [FILE]: serializeStateBox(redBox()) }, permissions: { alice: 'write' } });
    await using api = await startUserProxy(gh, { token: TOKEN, login: 'alice' });
    const r = await krdRun(['accept', '4.20.1', 'analyze-candidate-build', 'known flake', '--store', 'github'], { env: envFor(api.url) });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe("Accepted analyze-candidate-build of 4.20.1 (now Pass), recorded with alice's justification. Written to github octo/releases@z-stream (1 attempt).\n");
    expect(api.userRequests).toBe(1);
    expect(gh.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /repos/octo/releases',
      'GET /repos/octo/releases/collaborators/alice/permission',
      `GET /repos/octo/releases/contents/${FILE}`,
      `PUT /repos/octo/releases/contents/${FILE}`,
    ]);
    expect(gh.commits).toEqual([expect.objectContaining({ ref: 'z-stream', path: FILE, message: 'StateBox 4.20.1: accept analyze-candidate-build by alice (krd accept)' })]);
    expect(task(parseStateBoxText(gh.getFile(FILE, 'z-stream')!, FILE), 'analyze-candidate-build')).toMatchObject({ status: 'Pass', decided_by: 'alice' });
  });

  test('read permission: refused with the sentence a commenter gets, exit 1, the StateBox not even read', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: serializeStateBox(redBox()) }, permissions: { mallory: 'read' } });
    await using api = await startUserProxy(gh, { token: TOKEN, login: 'mallory' });
    const r = await krdRun(['retry', '4.20.1', 'analyze-candidate-build', '--store', 'github', '--ref', 'main', '--as', 'alice'], { env: envFor(api.url) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`krd retry: ${refusedReply('mallory', 'read', 'octo/releases')}\n`);
    expect(writes(gh)).toBe(0);
    expect(gh.requests.some((q) => q.path.includes('/contents/'))).toBe(false);
  });

  test('fails closed: a token whose user cannot be read (an installation token), or a permission API error, refuses', async () => {
    await using gh = await startGitHubServer({ token: TOKEN, files: { [FILE]: serializeStateBox(redBox()) }, permissions: { alice: 'admin' } });
    await using installation = await startUserProxy(gh, { token: TOKEN, login: 'alice', userStatus: 403 });
    const r = await krdRun(['accept', '4.20.1', 'analyze-candidate-build', 'x', '--store', 'github', '--ref', 'main'], { env: envFor(installation.url) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'krd accept: Could not tell whose token GITHUB_TOKEN is (GET /user: Resource not accessible by integration), so its write permission on octo/releases is unknown; nothing was changed. Use a personal or fine-grained token of someone with write permission.\n',
    );

    await using api = await startUserProxy(gh, { token: TOKEN, login: 'alice' });
    gh.inject({ status: 404, match: { path: '/repos/octo/releases/collaborators/' } });
    const broken = await krdRun(['accept', '4.20.1', 'analyze-candidate-build', 'x', '--store', 'github', '--ref', 'main'], { env: envFor(api.url) });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`krd accept: ${refusedReply('alice', 'none', 'octo/releases')}\n`);
    expect(writes(gh)).toBe(0);
  });
});

describe('krd accept, and what a real process of it loads', () => {
  test('a real process of retry on a directory exits 0 and loads neither Octokit nor the MCP SDK; accept exits 0, a refusal exits 1 with one line', async () => {
    await writeBox(dir, redBox());
    const exec = promisify(execFile);
    const log = join(dir, 'imports.log');
    // Which packages a command loads only a process shows (test/helpers/record-imports.mjs).
    await exec(process.execPath, ['--import', './test/helpers/record-imports.mjs', '--import', 'tsx', 'src/cli.ts', 'retry', '4.20.1', 'stage-testing', '--store', dir, '--as', 'alice'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, KRD_IMPORT_LOG: log, NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    const loaded = new Set((await readFile(log, 'utf8')).split('\n'));
    for (const client of ['@octokit/rest', '@modelcontextprotocol/sdk', '@slack/web-api', '@googleapis/sheets']) expect(loaded.has(client), client).toBe(false);
    await rm(log);
    await writeBox(dir, redBox());
    const cli = (args: string[]) => krdRun(args, { env: { PATH: process.env.PATH } });
    const refused = await cli(['accept', '4.20.1', 'stage-testing', 'ship it', '--store', dir, '--as', 'alice']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^krd accept: stage-testing of 4\.20\.1 has not started: .*so nothing changed\.\n$/);
    const { code, stdout } = await cli(['accept', '4.20.1', 'analyze-candidate-build', 'known flake', '--store', dir, '--as', 'alice']);
    expect(code).toBe(0);
    expect(stdout).toContain("Accepted analyze-candidate-build of 4.20.1 (now Pass), recorded with alice's justification.");
    expect(task(await readBox(), 'analyze-candidate-build')?.status).toBe('Pass');
  }, 60_000);
});
