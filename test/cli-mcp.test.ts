/**
 * `krd mcp`: the driver as an MCP server, driven by the SDK's own Client, on a directory and on
 * the local GitHub API server. The server the command builds (createKrdMcpServer) runs in-process
 * over the SDK's in-memory transport; one real `node --import tsx src/cli.ts mcp …` process on
 * stdio shows what only a process can: the session ends when the client closes stdin, after its
 * calls answered, and the process exits 0. Reads and refusals write nothing (file bytes, server
 * writes); the write tools say the sentence a comment reply would. The outside systems of a drive
 * step are the fake oar and a local Release Controller, as in test/drive-cli.test.ts.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io';
import { type McpOptions, createKrdMcpServer } from '../src/cli/commands/mcp';
import { errorMessage } from '../src/core/errors';
import { applyCommand } from '../src/driver/commands';
import type { StateBox } from '../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { refusedReply } from '../src/triggers/replies';
import { CANDIDATE, makeBox, tempDir, testResultJson, testResultPathOf, writeBox, writeRepoFile, writeTracking } from './helpers/fake-world';
import { startGitHubServer, type GitHubServer } from './helpers/github-server';
import { startUserProxy } from './helpers/github-user-proxy';
import { type LocalReleaseController, fakeOarEnv, startReleaseController } from './helpers/working-tools';

const ROOT = join(import.meta.dirname, '..');
const FILE = '_releases/4.20/statebox/4.20.1.yaml';
const TRACKING = '_releases/4.20/4.20.z.yaml';
const TOKEN = 't0k';
const TOOLS = [
  'accept_task',
  'add_issue',
  'drive_release',
  'evaluate_test_results',
  'list_active_releases',
  'record_job',
  'reject_task',
  'release_status',
  'resolve_issue',
  'retry_task',
];

/**
 * 4.20.1 in its window (release date far ahead): the candidate gate failed (Red), the chain only
 * begun, so the next step after an accept runs take-ownership.
 */
const redBox = (): StateBox =>
  makeBox({
    tasks: { 'create-test-report': 'Pass', 'analyze-candidate-build': { status: 'Fail', result: 'Analyzer says REJECT' } },
    metadata: { release_date: '2099-Jan-05' },
  });

// A local Release Controller: 4.20.1 is not promoted yet.
let rc: LocalReleaseController;
beforeAll(async () => {
  rc = await startReleaseController(['4.20.1']);
});
afterAll(() => rc.close());

let dir: string;
let scratch: string;
beforeEach(async () => {
  dir = await tempDir('krd-cli-mcp-');
  scratch = await tempDir('krd-cli-mcp-oar-');
  const responses = {
    'take-ownership': { stderr: '2025-11-01T00:00:01Z: INFO: task [Take Ownership] status is changed to [In Progress]\n2025-11-01T00:00:05Z: INFO: task [Take Ownership] status is changed to [Pass]\n' },
  };
  await writeFile(join(scratch, 'responses.json'), JSON.stringify(responses));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

/** The environment of `krd drive` with the fake oar and the local Release Controller. */
function driveEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    NODE_OPTIONS: '',
    ...fakeOarEnv(scratch),
    KRD_ANALYZER_COMMAND: 'none',
    KRD_RELEASE_CONTROLLER_URL: rc.url,
    KRD_OWNER: 'qe@example.com',
    ...extra,
  };
}

interface Session {
  readonly client: Client;
  readonly stderr: () => string;
  close(): Promise<void>;
}

/**
 * The server `krd mcp --store STORE [--ref REF] [--as NAME]` serves (createKrdMcpServer, built as
 * the command builds it), in-process with this environment, connected to the SDK's Client over
 * the in-memory transport.
 */
async function connectKrdMcp(options: McpOptions, env: NodeJS.ProcessEnv): Promise<Session> {
  let stderr = '';
  const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), env, cwd: ROOT, isTTY: false };
  const server = createKrdMcpServer(options, io);
  const [a, b] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'krd-test', version: '1.0.0' });
  await Promise.all([server.connect(a), client.connect(b)]);
  return { client, stderr: () => stderr, close: () => client.close() };
}

interface CallResult {
  readonly text: string;
  readonly isError: boolean;
  readonly data: Record<string, unknown>;
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallResult> {
  const r = (await client.callTool({ name, arguments: args })) as { content: { type: string; text: string }[]; isError?: boolean; structuredContent?: Record<string, unknown> };
  return { text: r.content.map((c) => c.text).join('\n'), isError: r.isError === true, data: r.structuredContent ?? {} };
}

async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name)] = await readFile(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

/** The sentence applyCommand refuses with: the one a comment reply carries. */
function refusal(box: StateBox, task: string, by: string): string {
  try {
    applyCommand(box, { kind: 'accept', release: box.release, task, justification: 'ship it', by }, new Date());
  } catch (err) {
    return errorMessage(err);
  }
  throw new Error(`accepting ${task} was not refused`);
}

const taskOf = (box: StateBox, name: string) => box.tasks.find((t) => t.name === name);

describe('krd mcp on a directory (its server in-process, over the in-memory transport)', () => {
  it('lists, shows, evaluates, refuses, accepts, drives a step and retries; reads and refusals write nothing', async () => {
    await writeTracking(dir, '4.20', ['4.20.1']);
    await writeBox(dir, redBox());
    await writeRepoFile(dir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: false, jobs: 2 }));
    const mcp = await connectKrdMcp({ store: dir, as: 'alice' }, driveEnv());
    try {
      const { client } = mcp;
      const tools = (await client.listTools()).tools;
      expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
      for (const t of tools) {
        expect(t.description?.length, t.name).toBeGreaterThan(80);
        expect(t.inputSchema.type).toBe('object');
      }
      expect(tools.find((t) => t.name === 'accept_task')?.inputSchema.required).toEqual(['release', 'task', 'justification']);
      const untouched = await snapshot(dir);

      // Reads.
      const list = await call(client, 'list_active_releases');
      expect(list.isError).toBe(false);
      expect(list.data.releases).toEqual([expect.objectContaining({ release: '4.20.1', overall: 'Red', open_blockers: 0 })]);
      expect(list.text).toMatch(/^4\.20\.1: Red; waits on: /);

      const status = await call(client, 'release_status', { release: '4.20.1' });
      expect(status.isError).toBe(false);
      expect(status.text).toMatch(/^4\.20\.1: Red\n {2}listed: named explicitly; also active/);
      expect(status.text).toContain('    analyze-candidate-build: Fail');
      expect(status.data).toMatchObject({ release: '4.20.1', overall: 'Red', source: 'statebox', tasks: { 'analyze-candidate-build': { status: 'Fail' } } });

      const results = await call(client, 'evaluate_test_results', { build: CANDIDATE });
      expect(results.isError).toBe(false);
      // The file says aggregated and not accepted; BO3 of its job data: one failed run each, a retry pending.
      expect(results.data).toMatchObject({ build: CANDIDATE, state: 'aggregated', accepted: false, path: testResultPathOf(CANDIDATE), bo3: { aggregated: false, accepted: null } });
      expect((results.data.bo3 as { jobs: unknown[] }).jobs).toHaveLength(2);
      expect(results.text).toContain(`${testResultPathOf(CANDIDATE)} in dir ${dir}: aggregated and NOT ACCEPTED:`);
      expect(results.text).toContain('BO3 from the job data: not decided (2 of 2 jobs pending)');
      const missing = await call(client, 'evaluate_test_results', { build: '4.20.1' });
      expect(missing.data).toMatchObject({ state: 'missing' });

      const resources = await client.listResources();
      expect(resources.resources.map((r) => r.uri)).toEqual(['krd://statebox/4.20.1']);
      const yaml = await client.readResource({ uri: 'krd://statebox/4.20.1' });
      expect((yaml.contents[0] as { text: string }).text).toBe(await readFile(join(dir, FILE), 'utf8'));

      // Bad values are refused with the parser's own words.
      const bad = await call(client, 'release_status', { release: '../../etc' });
      expect(bad).toMatchObject({ isError: true, text: '"../../etc" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.' });
      const badTask = await call(client, 'accept_task', { release: '4.20.1', task: 'rm -rf', justification: 'x' });
      expect(badTask.isError).toBe(true);
      expect(await snapshot(dir)).toEqual(untouched);

      // An accept the rules refuse: the comment's sentence, nothing written.
      const refused = await call(client, 'accept_task', { release: '4.20.1', task: 'push-to-cdn-staging', justification: 'ship it' });
      expect(refused).toMatchObject({ isError: true, text: refusal(redBox(), 'push-to-cdn-staging', 'alice') });
      expect(refused.text).toContain('has not started: it waits for');
      expect(await snapshot(dir)).toEqual(untouched);

      // One that is recorded.
      const accepted = await call(client, 'accept_task', { release: '4.20.1', task: 'analyze-candidate-build', justification: 'known flake, TRT-1' });
      expect(accepted.isError).toBe(false);
      expect(accepted.text).toBe(`Accepted analyze-candidate-build of 4.20.1 (now Pass), recorded with alice's justification. Written to dir ${dir} (1 attempt).`);
      expect(accepted.data).toMatchObject({ release: '4.20.1', command: 'accept', by: 'alice', written: true, task: { name: 'analyze-candidate-build', status: 'Pass' } });
      let box = parseStateBoxText(await readFile(join(dir, FILE), 'utf8'), FILE);
      expect(taskOf(box, 'analyze-candidate-build')).toMatchObject({ status: 'Pass', decided_by: 'alice' });

      // A step: take-ownership runs through the fake oar with the owner of KRD_OWNER.
      const step = await call(client, 'drive_release', { release: '4.20.1' });
      expect(step.isError, step.text).toBe(false);
      expect(step.text).toMatch(/^4\.20\.1: In Progress, StateBox written\n/);
      expect(step.text).toContain('did: take-ownership → Pass');
      expect(Array.isArray(step.data.waits)).toBe(true);
      for (const w of step.data.waits as string[]) expect(step.text).toContain(`  waits: ${w}`);
      expect(step.data).toMatchObject({ release: '4.20.1', overall: 'In Progress', wrote: true, tasks: { 'take-ownership': { status: 'Pass' } } });
      const oar = (await readFile(join(scratch, 'calls.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { argv: string[] }).argv);
      expect(oar).toContainEqual(['-r', '4.20.1', 'take-ownership', '-e', 'qe@example.com']);

      // A retry.
      const retried = await call(client, 'retry_task', { release: '4.20.1', task: 'take-ownership' });
      expect(retried.isError).toBe(false);
      expect(retried.text).toMatch(/^take-ownership of 4\.20\.1 will start again on the next step\. Written to dir /);
      box = parseStateBoxText(await readFile(join(dir, FILE), 'utf8'), FILE);
      expect(taskOf(box, 'take-ownership')).toMatchObject({ status: 'Not Started', decided_by: 'alice' });

      // An issue, then its resolution by number.
      const issue = await call(client, 'add_issue', { release: '4.20.1', text: 'Stage registry flaky', blocker: true, tasks: ['stage-testing'] });
      expect(issue).toMatchObject({ isError: false, data: { issue: 1, written: true } });
      const resolved = await call(client, 'resolve_issue', { release: '4.20.1', issue: 1, text: 'registry fixed' });
      expect(resolved.text).toMatch(/^Issue 1 of 4\.20\.1 resolved\./);
      box = parseStateBoxText(await readFile(join(dir, FILE), 'utf8'), FILE);
      expect(box.issues[0]).toMatchObject({ issue: 'Stage registry flaky (reported by alice)', blocker: true, related_tasks: ['stage-testing'], resolved: true, resolution: 'registry fixed (resolved by alice)' });
    } finally {
      await mcp.close();
    }
    expect(mcp.stderr()).not.toMatch(/TypeError|ReferenceError|at .*\.ts:\d+/);
  }, 90_000);
});

describe('krd mcp ends its session only when the client closes stdin, and not before its calls answered', () => {
  it('a drive step asked just before end of input still answers, writes, and the process exits 0', async () => {
    await writeTracking(dir, '4.20', ['4.20.1']);
    await writeBox(dir, makeBox({ tasks: { 'create-test-report': 'Pass', 'analyze-candidate-build': 'Pass' }, metadata: { release_date: '2099-Jan-05' } }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'mcp', '--store', dir], { cwd: ROOT, env: driveEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => void (stdout += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    const send = (m: unknown) => child.stdin.write(`${JSON.stringify(m)}\n`);
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'pipe', version: '1' } } });
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'drive_release', arguments: { release: '4.20.1' } } });
    child.stdin.end();
    expect(await exited).toBe(0);
    const messages = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: number; result?: { structuredContent?: { wrote?: boolean } } });
    expect(messages.map((m) => m.id)).toEqual([1, 2]);
    expect(messages[1]?.result?.structuredContent?.wrote).toBe(true);
    const box = parseStateBoxText(await readFile(join(dir, FILE), 'utf8'), FILE);
    expect(taskOf(box, 'take-ownership')?.status).toBe('Pass');
  }, 60_000);
});

describe('krd mcp on the local GitHub API server (its server in-process, over the in-memory transport)', () => {
  const put = (gh: GitHubServer) => gh.requests.filter((q) => q.method === 'PUT').length;

  it('reads cost no write; a refused accept writes nothing; an accept, a step and a retry commit; read permission refuses', async () => {
    await using gh = await startGitHubServer({
      token: TOKEN,
      defaultBranch: 'z-stream',
      files: { [FILE]: serializeStateBox(redBox()), [TRACKING]: 'releases:\n  4.20.1:\n    advisories:\n      rpm: 170000\n      rhcos: 170001\n    release_jira: ART-20000\n' },
      branches: { record: { [testResultPathOf(CANDIDATE)]: testResultJson(CANDIDATE, { aggregated: true, accepted: true, jobs: 1 }) } },
      permissions: { alice: 'write' },
    });
    await using api = await startUserProxy(gh, { token: TOKEN, login: 'alice' });
    const mcp = await connectKrdMcp({ store: 'github', as: 'alice' }, driveEnv({ GITHUB_REPOSITORY: 'octo/releases', GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url }));
    try {
      const { client } = mcp;
      const list = await call(client, 'list_active_releases');
      expect(list.data.releases).toEqual([expect.objectContaining({ release: '4.20.1', overall: 'Red' })]);
      const status = await call(client, 'release_status', { release: '4.20.1' });
      expect(status.data).toMatchObject({ overall: 'Red' });
      const results = await call(client, 'evaluate_test_results', { build: CANDIDATE });
      expect(results.data).toMatchObject({ state: 'aggregated', accepted: true, store: 'github octo/releases@record' });
      expect((await client.readResource({ uri: 'krd://statebox/4.20.1' })).contents[0]).toMatchObject({ text: serializeStateBox(redBox()) });
      // The default branch was looked up once for the whole session.
      expect(gh.requests.filter((q) => q.path === '/repos/octo/releases')).toHaveLength(1);
      expect(put(gh)).toBe(0);

      const refused = await call(client, 'accept_task', { release: '4.20.1', task: 'push-to-cdn-staging', justification: 'ship it' });
      expect(refused).toMatchObject({ isError: true, text: refusal(redBox(), 'push-to-cdn-staging', 'alice') });
      expect(put(gh)).toBe(0);

      const accepted = await call(client, 'accept_task', { release: '4.20.1', task: 'analyze-candidate-build', justification: 'known flake' });
      expect(accepted.text).toBe("Accepted analyze-candidate-build of 4.20.1 (now Pass), recorded with alice's justification. Written to github octo/releases@z-stream (1 attempt).");
      expect(accepted.data).toMatchObject({ authorized_as: 'alice', permission: 'write' });
      expect(gh.commits.map((c) => c.message)).toEqual(['StateBox 4.20.1: accept analyze-candidate-build by alice (krd mcp accept_task)']);
      expect(api.userRequests).toBe(2); // the refused accept asked too: the permission comes first

      const step = await call(client, 'drive_release', { release: '4.20.1' });
      expect(step.isError, step.text).toBe(false);
      expect(step.text).toContain('did: take-ownership → Pass');
      const afterStep = parseStateBoxText(gh.getFile(FILE, 'z-stream')!, FILE);
      expect(taskOf(afterStep, 'take-ownership')?.status).toBe('Pass');

      const commits = gh.commits.length;
      const retried = await call(client, 'retry_task', { release: '4.20.1', task: 'take-ownership' });
      expect(retried.isError).toBe(false);
      expect(gh.commits.length).toBe(commits + 1);
      expect(gh.commits.at(-1)?.message).toBe('StateBox 4.20.1: retry take-ownership by alice (krd mcp retry_task)');

      // Permission taken away: the commenter's sentence, nothing written.
      gh.setPermission('alice', 'read');
      const writes = put(gh);
      const denied = await call(client, 'retry_task', { release: '4.20.1', task: 'take-ownership' });
      expect(denied).toMatchObject({ isError: true, text: refusedReply('alice', 'read', 'octo/releases') });
      const denied2 = await call(client, 'add_issue', { release: '4.20.1', text: 'x' });
      expect(denied2.isError).toBe(true);
      expect(put(gh)).toBe(writes);
    } finally {
      await mcp.close();
    }
  }, 90_000);
});

describe('krd mcp in-process (the same server over an in-memory transport)', () => {
  const connect = async (options: McpOptions): Promise<Client> => (await connectKrdMcp(options, {})).client;

  it('without --as every write tool is refused and nothing is written; reads still answer', async () => {
    await writeTracking(dir, '4.20', ['4.20.1']);
    await writeBox(dir, redBox());
    const before = await snapshot(dir);
    const client = await connect({ store: dir });
    try {
      const calls: [string, Record<string, unknown>][] = [
        ['accept_task', { release: '4.20.1', task: 'analyze-candidate-build', justification: 'x' }],
        ['reject_task', { release: '4.20.1', task: 'analyze-candidate-build', justification: 'x' }],
        ['retry_task', { release: '4.20.1', task: 'analyze-candidate-build' }],
        ['resolve_issue', { release: '4.20.1', issue: 1, text: 'x' }],
        ['record_job', { release: '4.20.1', task: 'stage-testing', job: '1811' }],
        ['add_issue', { release: '4.20.1', text: 'x' }],
      ];
      for (const [name, args] of calls) {
        const r = await call(client, name, args);
        expect(r.isError, name).toBe(true);
        expect(r.text).toBe(
          'krd mcp was started without --as NAME, so nobody can be recorded as the one who decides: write tools are refused and nothing was changed. Restart it with --as YOUR_NAME.',
        );
      }
      expect((await call(client, 'release_status', { release: '4.20.1' })).data).toMatchObject({ overall: 'Red' });
      expect(await snapshot(dir)).toEqual(before);
    } finally {
      await client.close();
    }
  });

  it('a release without a StateBox is an error result for status and for a decision, and creates nothing', async () => {
    await writeTracking(dir, '4.20', ['4.20.1']);
    const client = await connect({ store: dir, as: 'alice' });
    try {
      const status = await call(client, 'release_status', { release: '4.20.1' });
      expect(status.isError).toBe(true);
      expect(status.text).toContain(`error: 4.20.1 has no StateBox (${FILE}) in dir ${dir}.`);
      const retry = await call(client, 'retry_task', { release: '4.20.1', task: 'stage-testing' });
      expect(retry).toMatchObject({ isError: true, text: `There is no StateBox for 4.20.1: ${FILE} does not exist in dir ${dir}.` });
      expect(Object.keys(await snapshot(dir))).toEqual([join(dir, TRACKING)]);
    } finally {
      await client.close();
    }
  });
});
