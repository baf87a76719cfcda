import { describe, expect, it } from 'vitest';
import { McpExecutor, parseToolText } from '../src/adapters/exec/mcp';
import { InputError, PermanentError, TransientError } from '../src/core/errors';
import type { ExecContext } from '../src/ports/executor';
import type { StateBox } from '../src/core/model';
import { startMcpServer } from './helpers/mcp-server';

const at = (text: string, level = 'INFO') => `2026-07-02T18:16:00Z: ${level}: ${text}`;
const status = (display: string, s: string) => at(`task [${display}] status is changed to [${s}]`);
const lines = (...l: string[]) => l.join('\n');

const box: StateBox = {
  schema_version: '1.0',
  release: '4.20.1',
  created_at: '2026-07-01T00:00:00Z',
  updated_at: '2026-07-01T00:00:00Z',
  metadata: {},
  tasks: [],
  issues: [],
};
const ctx = (extra: Partial<ExecContext> = {}): ExecContext => ({ release: '4.20.1', statebox: box, ...extra });

describe('McpExecutor against a real MCP server', () => {
  it('calls oar_take_ownership with the release and the owner, and reads Pass', async () => {
    await using server = await startMcpServer();
    server.script('oar_take_ownership', { output: lines(status('Take Ownership', 'In Progress'), status('Take Ownership', 'Pass')) });
    const outcome = await new McpExecutor({ url: server.url }).start('take-ownership', ctx({ owner: 'qe@example.com' }));
    expect(outcome.status).toBe('Pass');
    expect(outcome.output).toMatch(/^✓ Command succeeded/);
    expect(server.calls).toEqual([{ tool: 'oar_take_ownership', args: { release: '4.20.1', email: 'qe@example.com' } }]);
  });

  it('triggers stage-testing, keeps the job, and polls it with build_number', async () => {
    await using server = await startMcpServer();
    server.script(
      'oar_stage_testing',
      { output: lines(status('Stage Testing', 'In Progress'), at('triggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>')) },
      { output: lines(at('build status of zstreams/Stage-Pipeline/1674 is SUCCESS'), status('Stage Testing', 'Pass')) },
    );
    const executor = new McpExecutor({ url: server.url });
    const started = await executor.start('stage-testing', ctx());
    expect(started).toMatchObject({ status: 'In Progress', jobId: '1674', jobUrl: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/' });
    expect((await executor.poll('stage-testing', ctx({ jobId: '1674' }))).status).toBe('Pass');
    expect(server.calls.map((c) => c.args)).toEqual([{ release: '4.20.1' }, { release: '4.20.1', build_number: '1674' }]);
  });

  it('passes the job of image-consistency-check as job_id, Prow UUID or number, as upstream\'s server declares it', async () => {
    // mcp_server/server.py: async def oar_image_consistency_check(release: str, job_id: str = None) → args.extend(["-i", job_id])
    await using server = await startMcpServer();
    const id = '4177fc76-8ef5-44d7-b614-e4cb3951300b';
    server.script('oar_image_consistency_check', { output: lines(at(`Checking image consistency check Prow job status for job ID: ${id}`), status('Image Consistency Check', 'Pass')) });
    const executor = new McpExecutor({ url: server.url });
    expect((await executor.poll('image-consistency-check', ctx({ jobId: id }))).status).toBe('Pass');
    expect((await executor.poll('image-consistency-check', ctx({ jobId: '3529' }))).status).toBe('Pass');
    expect(server.calls.map((c) => c.args)).toEqual([{ release: '4.20.1', job_id: id }, { release: '4.20.1', job_id: '3529' }]);
  });

  it('an older server that declares build_number for image-consistency-check gets its Jenkins number there', async () => {
    await using server = await startMcpServer({ imageConsistencyJobParam: 'build_number' });
    server.script('oar_image_consistency_check', { output: lines(at('build status of image-consistency-check/3529 is SUCCESS'), status('Image Consistency Check', 'Pass')) });
    expect((await new McpExecutor({ url: server.url }).poll('image-consistency-check', ctx({ jobId: '3529' }))).status).toBe('Pass');
    expect(server.calls[0]?.args).toEqual({ release: '4.20.1', build_number: '3529' });
  });

  it('reads upstream\'s words through the tool output too: [Not Started] asks for a re-trigger, "already in state" is the running job', async () => {
    await using server = await startMcpServer();
    const old = '3a89f19b-dfeb-4991-bb76-58250928152f';
    // invoke_oar_command merges the captured logs, then click's output (job.py's prints), and format_result wraps them.
    server.script(
      'oar_image_consistency_check',
      {
        output: lines(
          at(`Checking image consistency check Prow job status for job ID: ${old}`),
          at(`Job state: error, URL: https://prow.ci.openshift.org/view/gs/test-platform-results/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/2048659110030741504`),
          at(`Prow job ${old} ended with state 'error', resetting for re-trigger`, 'WARNING'),
          status('Image Consistency Check', 'Not Started'),
          `Job ${old} results: {'jobID': '${old}', 'jobState': 'error'}`,
        ),
      },
      { output: at(`Prow job ${old} already in state 'triggered', skipping duplicate trigger`) },
    );
    const executor = new McpExecutor({ url: server.url });
    expect(await executor.poll('image-consistency-check', ctx({ jobId: old }))).toMatchObject({
      status: 'Fail',
      jobId: old,
      retrigger: { reason: `Prow job ${old} ended with state 'error', resetting for re-trigger` },
    });
    expect(await executor.start('image-consistency-check', ctx())).toMatchObject({ status: 'In Progress', jobId: old });
    expect(server.calls.map((c) => c.args)).toEqual([{ release: '4.20.1', job_id: old }, { release: '4.20.1' }]);
  });

  it('names the variable oar lacks when the server\'s oar refuses to run', async () => {
    await using server = await startMcpServer();
    // cmd_group.py's validate_environment failure inside CliRunner: SystemExit(1) becomes "✗ Command execution failed".
    server.script('oar_take_ownership', {
      output: lines(
        at('Missing required environment variables for OAR CLI:', 'ERROR'),
        at('  - JIRA_USERNAME: Required for Jira Cloud authentication (JiraManager)', 'ERROR'),
        at('', 'ERROR'),
        at('Fix: Add these variables to ~/.bash_profile and run: source ~/.bash_profile', 'ERROR'),
        '',
        '✗ Command execution failed',
        '',
        'Command: oar -r 4.20.1 take-ownership -e qe@example.com',
        '',
        'Error: 1',
      ),
      exitCode: 1,
    });
    const err = await new McpExecutor({ url: server.url }).start('take-ownership', ctx({ owner: 'qe@example.com' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/^The MCP server \(oar_take_ownership\) cannot run take-ownership: oar needs JIRA_USERNAME, which is not set/);
  });

  it('asks check-cve-tracker-bug to notify, as the CLI does by default', async () => {
    await using server = await startMcpServer();
    server.script('oar_check_cve_tracker_bug', { output: status('Check CVE Tracker Bug', 'Pass') });
    await new McpExecutor({ url: server.url }).start('check-cve-tracker-bug', ctx());
    expect(server.calls[0]?.args).toEqual({ release: '4.20.1', notify: true });
  });

  it('reads a failed command: Fail, or Wait when stage-release is not ready', async () => {
    await using server = await startMcpServer();
    server.script('oar_image_signed_check', { output: lines(status('Image Signed Check', 'In Progress'), status('Image Signed Check', 'Fail')), exitCode: 1 });
    server.script('oar_stage_testing', { output: lines(at('MR stage-release pipeline has not succeeded yet')), exitCode: 1 });
    const executor = new McpExecutor({ url: server.url });
    expect((await executor.start('image-signed-check', ctx())).status).toBe('Fail');
    expect(await executor.start('stage-testing', ctx())).toMatchObject({ status: 'Wait', wait: { on: 'stage-release', detail: 'MR stage-release pipeline has not succeeded yet' } });
  });

  it('throws TransientError when the tool output has no status line', async () => {
    await using server = await startMcpServer();
    server.script('oar_push_to_cdn_staging', { output: at('checking push job status for advisory 166197 ...') });
    await expect(new McpExecutor({ url: server.url }).start('push-to-cdn-staging', ctx())).rejects.toThrow(
      /The MCP server \(oar_push_to_cdn_staging\) printed no status line for push-to-cdn-staging \(exit code 0\)/,
    );
  });

  it('throws PermanentError naming the credential when the tool fails to authenticate', async () => {
    await using server = await startMcpServer();
    server.script('oar_create_test_report', { output: 'gspread.exceptions.APIError: 401 Unauthorized: invalid token for Google Sheets', throws: true });
    const err = await new McpExecutor({ url: server.url }).start('create-test-report', ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/could not authenticate for create-test-report: renew GCP_SA_FILE/);
  });

  it('sends the configured headers; without them a protected server is a PermanentError naming them', async () => {
    await using server = await startMcpServer({ requireHeader: { name: 'authorization', value: 'Bearer s3cret' } });
    server.script('oar_image_signed_check', { output: status('Image Signed Check', 'Pass') });
    const denied = await new McpExecutor({ url: server.url }).start('image-signed-check', ctx()).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermanentError);
    expect((denied as Error).message).toMatch(/refused the request with 401: check the MCP server headers/);
    expect((denied as Error).message).not.toContain('s3cret');
    const allowed = new McpExecutor({ url: server.url, headers: { authorization: 'Bearer s3cret' } });
    expect((await allowed.start('image-signed-check', ctx())).status).toBe('Pass');
  });

  it('turns 5xx and 429 into TransientError', async () => {
    await using server = await startMcpServer();
    server.inject({ status: 503 });
    await expect(new McpExecutor({ url: server.url }).start('image-signed-check', ctx())).rejects.toThrow(TransientError);
    server.inject({ status: 429, retryAfter: '30' });
    await expect(new McpExecutor({ url: server.url }).start('image-signed-check', ctx())).rejects.toThrow(/answered 429/);
  });

  it('turns a server that never answers into TransientError at the timeout', async () => {
    await using server = await startMcpServer();
    server.inject('hang');
    await expect(new McpExecutor({ url: server.url, timeoutMs: 300 }).start('image-signed-check', ctx())).rejects.toThrow(TransientError);
  });

  it('turns an unreachable server into TransientError', async () => {
    const server = await startMcpServer();
    const url = server.url;
    await server.close();
    const err = await new McpExecutor({ url }).start('image-signed-check', ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/^The MCP server at http:\/\/127\.0\.0\.1:\d+ is unreachable/);
  });

  it('throws PermanentError when the server lacks the tool, before calling anything', async () => {
    await using server = await startMcpServer({ omitTools: ['oar_change_advisory_status'] });
    await expect(new McpExecutor({ url: server.url }).start('change-advisory-status', ctx())).rejects.toThrow(/does not offer the tool oar_change_advisory_status/);
    expect(server.calls).toEqual([]);
  });

  it('validates its URL and requests', async () => {
    expect(() => new McpExecutor({ url: 'not a url' })).toThrow(InputError);
    expect(() => new McpExecutor({ url: 'file:///etc/passwd' })).toThrow(/must be http\(s\)/);
    await using server = await startMcpServer();
    await expect(new McpExecutor({ url: server.url }).start('take-ownership', ctx())).rejects.toThrow(InputError);
    expect(server.requests).toBe(0);
  });
});

describe('McpExecutor against an HTTP+SSE server (what upstream runs)', () => {
  it('falls back to HTTP+SSE when the streamable POST is refused, and remembers it', async () => {
    await using server = await startMcpServer({ transport: 'sse' });
    server.script('oar_push_to_cdn_staging', { output: status('Push to CDN Staging', 'In Progress') }, { output: status('Push to CDN Staging', 'Pass') });
    const executor = new McpExecutor({ url: server.url });
    expect((await executor.start('push-to-cdn-staging', ctx())).status).toBe('In Progress');
    expect(server.log[0]).toEqual({ method: 'POST', path: '/sse' }); // the streamable attempt, refused with 405
    const before = server.log.length;
    expect((await executor.poll('push-to-cdn-staging', ctx())).status).toBe('Pass');
    expect(server.log.slice(before).some((r) => r.method === 'POST' && r.path === '/sse')).toBe(false);
    expect(server.calls.map((c) => c.tool)).toEqual(['oar_push_to_cdn_staging', 'oar_push_to_cdn_staging']);
  });

  it('sends the headers over HTTP+SSE too, and a refusal is a PermanentError', async () => {
    await using server = await startMcpServer({ transport: 'sse', requireHeader: { name: 'authorization', value: 'Bearer s3cret' } });
    server.script('oar_image_signed_check', { output: status('Image Signed Check', 'Pass') });
    await expect(new McpExecutor({ url: server.url }).start('image-signed-check', ctx())).rejects.toThrow(PermanentError);
    const allowed = new McpExecutor({ url: server.url, headers: { authorization: 'Bearer s3cret' } });
    expect((await allowed.start('image-signed-check', ctx())).status).toBe('Pass');
  });
});

describe('parseToolText', () => {
  it('reads the exit code of format_result', () => {
    expect(parseToolText('✗ Command failed (exit code 2)\n\nboom', false)).toMatchObject({ exitCode: 2 });
    expect(parseToolText('✓ Command succeeded\n\nok', false)).toMatchObject({ exitCode: 0 });
    expect(parseToolText('Error executing tool: boom', true)).toMatchObject({ exitCode: 1 });
    expect(parseToolText('something', false)).toMatchObject({ exitCode: undefined });
  });
});
