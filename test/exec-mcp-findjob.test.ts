/**
 * McpExecutor.findJob against the real MCP test server: the job upstream already started is
 * read from `oar_get_release_status` (oar's StateBox as JSON, each task's recorded output),
 * never triggered a second time; a status that cannot be read starts nothing. Then the engine
 * end to end: a run that died after starting stage-testing left the job unrecorded; the next
 * run adopts it from upstream's status instead of triggering again.
 */
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { McpExecutor, RELEASE_STATUS_TOOL } from '../src/adapters/exec/mcp';
import { OarCliExecutor } from '../src/adapters/exec/oar-cli';
import { LocalStore } from '../src/adapters/store/local';
import { InputError, TransientError } from '../src/core/errors';
import { driveOnce } from '../src/driver/drive';
import type { ExecContext } from '../src/ports/executor';
import { loadStateBox } from '../src/statebox/repository';
import type { StateBox } from '../src/core/model';
import { CANDIDATE, CHAIN_PASS, config, fakeWorld, makeBox, tempDir, testResultJson, testResultPathOf, writeBox, writeRepoFile, writeTracking } from './helpers/fake-world';
import { startMcpServer, type TestMcpServer } from './helpers/mcp-server';

const JENKINS = 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/';
const TRIGGERED = [
  '2026-07-02T18:16:00Z: INFO: job id is not set, will trigger stage testing',
  '2026-07-02T18:16:01Z: INFO: task [Stage Testing] status is changed to [In Progress]',
  `2026-07-02T18:16:05Z: INFO: triggered stage pipeline job: <${JENKINS}>`,
].join('\n');
const PROW = '4177fc76-8ef5-44d7-b614-e4cb3951300b';

/** What oar_get_release_status answers when oar's StateBox exists (statebox.to_json()). */
function upstreamStatus(tasks: Array<{ name: string; status: string; started_at?: string | null; result?: string | null }>): string {
  return JSON.stringify({
    schema_version: '1.0',
    release: '4.20.1',
    metadata: { jira_ticket: 'ART-1' },
    tasks: tasks.map((t) => ({ started_at: null, completed_at: null, result: null, ...t })),
    issues: [],
  });
}

function reply(server: TestMcpServer, text: string): void {
  server.script(RELEASE_STATUS_TOOL, { output: text, raw: true });
}

const box = makeBox({ tasks: {} });
const ctx = (extra: Partial<ExecContext> = {}): ExecContext => ({ release: '4.20.1', statebox: box, ...extra });

describe('McpExecutor.findJob: the job upstream already started', () => {
  it('names the job oar recorded for the task, from one read-only call and no trigger', async () => {
    await using server = await startMcpServer();
    reply(server, upstreamStatus([
      { name: 'take-ownership', status: 'Pass', result: 'done' },
      { name: 'stage-testing', status: 'In Progress', started_at: '2026-07-02T18:16:00Z', result: TRIGGERED },
    ]));
    expect(await new McpExecutor({ url: server.url }).findJob('stage-testing', ctx())).toEqual({ jobId: '1674', jobUrl: JENKINS });
    expect(server.calls).toEqual([{ tool: RELEASE_STATUS_TOOL, args: { release: '4.20.1' } }]);
  });

  it('finds a Prow job of image-consistency-check, and a job that already passed', async () => {
    await using server = await startMcpServer();
    reply(server, upstreamStatus([{ name: 'image-consistency-check', status: 'Pass', result: `Triggered image consistency check Prow job: ${PROW}\nJob state: SUCCESS` }]));
    expect(await new McpExecutor({ url: server.url }).findJob('image-consistency-check', ctx())).toEqual({ jobId: PROW });
  });

  it.each([
    ['the task failed (oar itself would trigger a new job)', [{ name: 'stage-testing', status: 'Fail', result: TRIGGERED }]],
    ['the task was never started', [{ name: 'stage-testing', status: 'Not Started' }]],
    ['the task is not there', [{ name: 'push-to-cdn-staging', status: 'Pass', result: 'push job id: 12' }]],
    ['the output names no job', [{ name: 'stage-testing', status: 'In Progress', result: 'there is pending job in the queue, please try again later' }]],
  ])('finds nothing when %s', async (_what, tasks) => {
    await using server = await startMcpServer();
    reply(server, upstreamStatus(tasks));
    expect(await new McpExecutor({ url: server.url }).findJob('stage-testing', ctx())).toBeUndefined();
  });

  it('never adopts a Prow job oar reset for a re-trigger (its StateBox says In Progress: the callback reads [Not Started] as no marker)', async () => {
    await using server = await startMcpServer();
    const reset = [
      `2026-07-02T18:16:00Z: INFO: Checking image consistency check Prow job status for job ID: ${PROW}`,
      '2026-07-02T18:16:00Z: INFO: Job state: aborted, URL: https://prow.ci.openshift.org/view/gs/test-platform-results/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/2048659110030741504',
      `2026-07-02T18:16:00Z: WARNING: Prow job ${PROW} ended with state 'aborted', resetting for re-trigger`,
      '2026-07-02T18:16:00Z: INFO: task [Image Consistency Check] status is changed to [Not Started]',
    ].join('\n');
    reply(server, upstreamStatus([{ name: 'image-consistency-check', status: 'In Progress', started_at: '2026-07-02T10:00:00Z', result: reset }]));
    expect(await new McpExecutor({ url: server.url }).findJob('image-consistency-check', ctx())).toBeUndefined();
  });

  it('does not offer the job the StateBox already records', async () => {
    await using server = await startMcpServer();
    reply(server, upstreamStatus([{ name: 'stage-testing', status: 'In Progress', result: TRIGGERED }]));
    const executor = new McpExecutor({ url: server.url });
    expect(await executor.findJob('stage-testing', ctx({ jobId: '1674' }))).toBeUndefined();
    const recorded: StateBox = makeBox({ tasks: { 'stage-testing': { status: 'Not Started', job: { id: '1674' } } } });
    expect(await executor.findJob('stage-testing', ctx({ statebox: recorded }))).toBeUndefined();
  });

  it('after a retry, only a job started since then belongs to this attempt', async () => {
    await using server = await startMcpServer();
    reply(server, upstreamStatus([{ name: 'stage-testing', status: 'In Progress', started_at: '2026-07-02T18:16:00Z', result: TRIGGERED }]));
    const executor = new McpExecutor({ url: server.url });
    expect(await executor.findJob('stage-testing', ctx({ notBefore: '2026-07-02T19:00:00Z' }))).toBeUndefined();
    expect(await executor.findJob('stage-testing', ctx({ notBefore: '2026-07-02T18:00:00Z' }))).toMatchObject({ jobId: '1674' });
    reply(server, upstreamStatus([{ name: 'stage-testing', status: 'In Progress', started_at: null, result: TRIGGERED }]));
    expect(await executor.findJob('stage-testing', ctx({ notBefore: '2026-07-02T18:00:00Z' }))).toBeUndefined(); // cannot tell: not adopted
  });

  it('finds nothing in the Sheet fallback, which holds statuses and no jobs', async () => {
    await using server = await startMcpServer();
    reply(server, JSON.stringify({ source: 'worksheet', release: '4.20.1', overall_status: 'Green', tasks: { 'stage-testing': 'In Progress' } }));
    expect(await new McpExecutor({ url: server.url }).findJob('stage-testing', ctx())).toBeUndefined();
  });

  it.each([
    ['reports an error', { output: JSON.stringify({ source: 'error', error: 'GitHub API error (status 502)', release: '4.20.1', tasks: {} }), raw: true }, /could not read the release status of 4\.20\.1: GitHub API error \(status 502\)/],
    ['answers text that is not JSON', { output: 'Error: ConfigStore initialization failed', raw: true }, /not JSON: Error: ConfigStore initialization failed/],
    ['answers JSON of another shape', { output: '[1,2]', raw: true }, /in an unexpected shape/],
    ['fails the tool itself', { output: 'boom', throws: true }, /could not report the status of 4\.20\.1/],
  ])('never guesses when the server %s: a TransientError, so nothing starts this run', async (_what, run, message) => {
    await using server = await startMcpServer();
    server.script(RELEASE_STATUS_TOOL, run);
    const err = await new McpExecutor({ url: server.url }).findJob('stage-testing', ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(message);
  });

  it('a server without the status tool cannot tell: nothing found, nothing triggered', async () => {
    await using server = await startMcpServer({ omitTools: [RELEASE_STATUS_TOOL] });
    expect(await new McpExecutor({ url: server.url }).findJob('stage-testing', ctx())).toBeUndefined();
    expect(server.calls).toEqual([]);
  });

  it('asks nothing for a task that has no job, and refuses a bad release before any request', async () => {
    await using server = await startMcpServer();
    const executor = new McpExecutor({ url: server.url });
    expect(await executor.findJob('take-ownership', ctx())).toBeUndefined();
    await expect(executor.findJob('stage-testing', ctx({ release: '4.20.1;id' }))).rejects.toThrow(InputError);
    expect(server.requests).toBe(0);
  });

  it('works over the older HTTP+SSE transport too', async () => {
    await using server = await startMcpServer({ transport: 'sse' });
    reply(server, upstreamStatus([{ name: 'stage-testing', status: 'In Progress', result: TRIGGERED }]));
    expect(await new McpExecutor({ url: server.url }).findJob('stage-testing', ctx())).toMatchObject({ jobId: '1674' });
  });
});

describe('the oar CLI executor has no findJob', () => {
  it('because oar cannot report the job of a task without being given it (SECURITY.md, oar-cli.ts)', () => {
    const executor = new OarCliExecutor({ command: [process.execPath, '-e', ''], timeoutMs: 1000 });
    expect('findJob' in executor).toBe(false);
  });
});

describe('the engine adopts the job upstream started instead of triggering it again', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });

  it('stage-testing started by a run that died before recording it: adopted from oar_get_release_status, oar_stage_testing never called', async () => {
    const repo = await tempDir('krd-mcp-adopt-');
    const recordDir = await tempDir('krd-mcp-adopt-record-');
    dirs.push(repo, recordDir);
    await writeTracking(repo, '4.20', ['4.20.1']);
    await writeRepoFile(recordDir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: true }));
    // Everything before the async jobs passed; image-consistency-check is already running.
    await writeBox(repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': { status: 'In Progress', job: { id: PROW } } } }));
    await using server = await startMcpServer();
    reply(server, upstreamStatus([{ name: 'stage-testing', status: 'In Progress', started_at: '2025-11-01T00:00:00Z', result: TRIGGERED }]));
    server.script('oar_image_consistency_check', { output: `Checking image consistency check Prow job status for job ID: ${PROW}\ntask [Image Consistency Check] status is changed to [In Progress]` });

    const store = new LocalStore(repo);
    const w = fakeWorld(store, new LocalStore(recordDir));
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const result = await driveOnce({ ...w.deps, executor: new McpExecutor({ url: server.url }) }, { releases: ['4.20.1'], config: config() });

    expect(result.releases[0]?.error).toBeUndefined();
    expect(server.calls.map((c) => c.tool)).not.toContain('oar_stage_testing');
    expect(server.calls.filter((c) => c.tool === RELEASE_STATUS_TOOL)).toEqual([{ tool: RELEASE_STATUS_TOOL, args: { release: '4.20.1' } }]);
    const stage = (await loadStateBox(store, '4.20.1'))?.box.tasks.find((t) => t.name === 'stage-testing');
    expect(stage).toMatchObject({ status: 'In Progress', job: { id: '1674', url: JENKINS } });
    expect(stage?.result).toMatch(/^Adopted job https:\/\/jenkins\.example\/.*not triggered again\.$/);
  });
});
