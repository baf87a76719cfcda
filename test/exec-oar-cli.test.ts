import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OarCliExecutor, oarArgs, taskRequest } from '../src/adapters/exec/oar-cli';
import { InputError, PermanentError, TransientError } from '../src/core/errors';
import type { ExecContext } from '../src/ports/executor';
import type { StateBox } from '../src/core/model';

const FAKE = resolve('test/helpers/fake-oar.mjs');
const at = (text: string, level = 'INFO') => `2026-07-02T18:16:00Z: ${level}: ${text}\n`;
const status = (display: string, s: string) => at(`task [${display}] status is changed to [${s}]`);

interface Response {
  stdout?: string;
  stderr?: string;
  exit?: number;
  hang?: boolean;
  signal?: string;
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A fake oar with the given responses per subcommand; `calls()` are the argv lists it received. */
async function fakeOar(responses: Record<string, Response | Response[]>, timeoutMs = 10_000, command?: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'krd-fake-oar-'));
  dirs.push(dir);
  await writeFile(join(dir, 'responses.json'), JSON.stringify(responses));
  const log = join(dir, 'calls.jsonl');
  const executor = new OarCliExecutor({
    command: command ?? [process.execPath, FAKE],
    timeoutMs,
    env: { ...process.env, FAKE_OAR_RESPONSES: join(dir, 'responses.json'), FAKE_OAR_STATE: dir, FAKE_OAR_LOG: log },
  });
  const calls = async (): Promise<string[][]> =>
    (await readFile(log, 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { argv: string[] }).argv);
  return { executor, calls };
}

const box = (release: string): StateBox => ({
  schema_version: '1.0',
  release,
  created_at: '2026-07-01T00:00:00Z',
  updated_at: '2026-07-01T00:00:00Z',
  metadata: {},
  tasks: [],
  issues: [],
});
const ctx = (extra: Partial<ExecContext> = {}): ExecContext => ({ release: '4.20.1', statebox: box('4.20.1'), ...extra });

describe('OarCliExecutor (real child processes)', () => {
  it('runs take-ownership with an argument array and reads Pass', async () => {
    const { executor, calls } = await fakeOar({
      'take-ownership': { stderr: status('Take Ownership', 'In Progress') + at('QA Owner of advisory 166197 is updated to owner@example.com') + status('Take Ownership', 'Pass') },
    });
    const outcome = await executor.start('take-ownership', ctx({ owner: 'owner@example.com' }));
    expect(outcome.status).toBe('Pass');
    expect(outcome.output).toContain('QA Owner of advisory 166197 is updated to [EMAIL_REDACTED]');
    expect(outcome.output).not.toContain('owner@example.com'); // the output is StateBox material
    expect(await calls()).toEqual([['-r', '4.20.1', 'take-ownership', '-e', 'owner@example.com']]);
  });

  it('never goes through a shell: arguments reach the program verbatim', async () => {
    const weird = '$(touch /tmp/krd-pwned); `id` && echo';
    const { executor, calls } = await fakeOar({ 'image-signed-check': { stderr: status('Image Signed Check', 'Pass') } }, 10_000, [process.execPath, FAKE, weird]);
    expect((await executor.start('image-signed-check', ctx())).status).toBe('Pass');
    expect(await calls()).toEqual([[weird, '-r', '4.20.1', 'image-signed-check']]);
  });

  it('runs the fake as an executable of its own (shebang), as a real oar would be', async () => {
    const { executor } = await fakeOar({ 'check-cve-tracker-bug': { stderr: status('Check CVE tracker bugs', 'Pass') } }, 10_000, [FAKE]);
    expect((await executor.start('check-cve-tracker-bug', ctx())).status).toBe('Pass');
  });

  it('triggers push-to-cdn-staging, then polls by re-running the same command', async () => {
    const { executor, calls } = await fakeOar({
      'push-to-cdn-staging': [
        { stderr: status('Push to CDN Staging', 'In Progress') + at('push job for advisory 166197 is triggered') },
        { stderr: status('Push to CDN Staging', 'In Progress') + at('push job for target <cdn_stage> is COMPLETE') + status('Push to CDN Staging', 'Pass') },
      ],
    });
    expect((await executor.start('push-to-cdn-staging', ctx())).status).toBe('In Progress');
    expect((await executor.poll('push-to-cdn-staging', ctx())).status).toBe('Pass');
    expect(await calls()).toEqual([
      ['-r', '4.20.1', 'push-to-cdn-staging'],
      ['-r', '4.20.1', 'push-to-cdn-staging'],
    ]);
  });

  it('keeps the Jenkins job of stage-testing in fields and polls it with -n', async () => {
    const { executor, calls } = await fakeOar({
      'stage-testing': [
        {
          stderr:
            at('Stage release succeeded (verified by label)') +
            status('Stage Testing', 'In Progress') +
            at('triggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>'),
        },
        { stderr: at('check stage job status according to job id: 1674') + at('build status of zstreams/Stage-Pipeline/1674 is SUCCESS') + status('Stage Testing', 'Pass') },
      ],
    });
    const started = await executor.start('stage-testing', ctx());
    expect(started).toMatchObject({ status: 'In Progress', jobId: '1674', jobUrl: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/' });
    const polled = await executor.poll('stage-testing', ctx({ jobId: started.jobId }));
    expect(polled).toMatchObject({ status: 'Pass', jobId: '1674' });
    expect((await calls())[1]).toEqual(['-r', '4.20.1', 'stage-testing', '-n', '1674']);
  });

  it('keeps the Prow job of image-consistency-check and polls it with -i (its -i/--job-id)', async () => {
    const id = 'c1a4265a-ea5c-42ad-a653-489087e1ad11';
    const { executor, calls } = await fakeOar({
      'image-consistency-check': [
        { stderr: status('Image Consistency Check', 'In Progress') + at(`Triggered image consistency check Prow job: ${id}`) + at('Prow job URL: https://prow.example/view/1') },
        { stderr: at(`Checking image consistency check Prow job status for job ID: ${id}`) + at('Job state: success, URL: https://prow.example/view/1') + status('Image Consistency Check', 'Pass') },
      ],
    });
    const started = await executor.start('image-consistency-check', ctx());
    expect(started).toMatchObject({ status: 'In Progress', jobId: id, jobUrl: 'https://prow.example/view/1' });
    expect((await executor.poll('image-consistency-check', ctx({ jobId: id }))).status).toBe('Pass');
    expect((await calls())[1]).toEqual(['-r', '4.20.1', 'image-consistency-check', '-i', id]);
  });

  it('an aborted Prow job: the poll is a Fail asking for one re-trigger; the next trigger is the new job, "already in state" the running one', async () => {
    const old = '3a89f19b-dfeb-4991-bb76-58250928152f';
    const fresh = 'c1a4265a-ea5c-42ad-a653-489087e1ad11';
    const url = (n: string) => `https://prow.ci.openshift.org/view/gs/test-platform-results/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/${n}`;
    const { executor, calls } = await fakeOar({
      'image-consistency-check': [
        // cmd_image_consistency_check.py check_job_status on `aborted` (logs on stderr, job.py's print on stdout)
        {
          stderr:
            at(`Checking image consistency check Prow job status for job ID: ${old}`) +
            at(`Job state: aborted, URL: ${url('2048659110030741504')}`) +
            at(`Prow job ${old} ended with state 'aborted', resetting for re-trigger`, 'WARNING') +
            status('Image Consistency Check', 'Not Started'),
          stdout: `Job ${old} results: {'jobID': '${old}', 'jobURL': '${url('2048659110030741504')}', 'jobState': 'aborted'}\n`,
        },
        // trigger_job: the old job ended, so it triggers a new one
        {
          stderr:
            at(`Prow job ${old} ended with state 'aborted', re-triggering`) +
            status('Image Consistency Check', 'In Progress') +
            at(`Triggered image consistency check Prow job: ${fresh}`) +
            at(`Prow job URL: ${url('2077000000000000001')}`),
          stdout: `Job ${old} results: {'jobID': '${old}', 'jobState': 'aborted'}\nImage consistency check job id: ${fresh}\n`,
        },
        // trigger_job again (a second driver run): the new job is still running
        { stderr: at(`Prow job ${fresh} already in state 'pending', skipping duplicate trigger`) },
      ],
    });
    const polled = await executor.poll('image-consistency-check', ctx({ jobId: old }));
    expect(polled).toMatchObject({ status: 'Fail', jobId: old, retrigger: { reason: `Prow job ${old} ended with state 'aborted', resetting for re-trigger` } });
    expect(await executor.start('image-consistency-check', ctx())).toMatchObject({ status: 'In Progress', jobId: fresh, jobUrl: url('2077000000000000001') });
    expect(await executor.start('image-consistency-check', ctx())).toMatchObject({ status: 'In Progress', jobId: fresh });
    expect(await calls()).toEqual([
      ['-r', '4.20.1', 'image-consistency-check', '-i', old],
      ['-r', '4.20.1', 'image-consistency-check'],
      ['-r', '4.20.1', 'image-consistency-check'],
    ]);
  });

  it('names the variable oar says is missing (JIRA_USERNAME), not a credential to renew', async () => {
    const { executor } = await fakeOar({
      // oar/cli/cmd_group.py when ConfigStore.validate_environment() fails, then sys.exit(1)
      'take-ownership': {
        stderr:
          at('Missing required environment variables for OAR CLI:', 'ERROR') +
          at('  - JIRA_USERNAME: Required for Jira Cloud authentication (JiraManager)', 'ERROR') +
          at('', 'ERROR') +
          at('Fix: Add these variables to ~/.bash_profile and run: source ~/.bash_profile', 'ERROR'),
        exit: 1,
      },
    });
    const err = await executor.start('take-ownership', ctx({ owner: 'qe@example.com' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/^The oar CLI cannot run take-ownership: oar needs JIRA_USERNAME, which is not set \(Missing required environment variables for OAR CLI: JIRA_USERNAME: Required for Jira Cloud authentication \(JiraManager\)\); set it in oar's environment\.$/);
  });

  it('reports stage-release not ready as Wait with its reason, never Fail', async () => {
    const { executor } = await fakeOar({
      'image-consistency-check': {
        stderr:
          status('Image Consistency Check', 'In Progress') +
          at('Failed to trigger image-consistency-check job: ShipmentDataException: Stage release pipeline is not completed yet', 'ERROR') +
          status('Image Consistency Check', 'Fail'),
        exit: 1,
      },
    });
    const outcome = await executor.start('image-consistency-check', ctx());
    expect(outcome).toMatchObject({ status: 'Wait', wait: { on: 'stage-release', detail: 'Failed to trigger image-consistency-check job: ShipmentDataException: Stage release pipeline is not completed yet' } });
  });

  it('reports a Fail status line as Fail', async () => {
    const { executor } = await fakeOar({
      'image-signed-check': { stderr: status('Image Signed Check', 'In Progress') + at('Visit release/mirror url failed', 'ERROR') + status('Image Signed Check', 'Fail'), exit: 1 },
    });
    expect((await executor.start('image-signed-check', ctx())).status).toBe('Fail');
  });

  it('throws TransientError when the command prints no status line', async () => {
    const { executor } = await fakeOar({ 'stage-testing': { stderr: at('there is pending job in the queue, please try again later') } });
    await expect(executor.start('stage-testing', ctx())).rejects.toThrow(TransientError);
    await expect(executor.start('stage-testing', ctx())).rejects.toThrow(/printed no status line for stage-testing \(exit code 0\); last output: .*pending job in the queue/);
  });

  it('throws PermanentError naming the credential when oar cannot authenticate', async () => {
    const { executor } = await fakeOar({
      'take-ownership': {
        stderr: status('Take Ownership', 'In Progress') + at('JIRAError: HTTP 401 Unauthorized: the JIRA_TOKEN has expired', 'ERROR') + status('Take Ownership', 'Fail'),
        exit: 1,
      },
    });
    const err = await executor.start('take-ownership', ctx({ owner: 'qe@example.com' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/^The oar CLI could not authenticate for take-ownership: renew JIRA_TOKEN/);
  });

  it('kills a hung command at the timeout and throws TransientError', async () => {
    const { executor } = await fakeOar({ 'change-advisory-status': { stderr: status('Change Advisory Status', 'In Progress'), hang: true } }, 400);
    await expect(executor.start('change-advisory-status', ctx())).rejects.toThrow(/did not finish change-advisory-status in time/);
  });

  it('throws TransientError for a command killed by a signal without saying anything', async () => {
    const { executor } = await fakeOar({ 'create-test-report': { signal: 'SIGKILL' } });
    await expect(executor.start('create-test-report', ctx())).rejects.toThrow(TransientError);
  });

  it('throws PermanentError when the oar program does not exist', async () => {
    const executor = new OarCliExecutor({ command: ['/nonexistent/oar'], timeoutMs: 5000 });
    await expect(executor.start('create-test-report', ctx())).rejects.toThrow(/The oar CLI command "\/nonexistent\/oar" cannot be run \(ENOENT\)/);
  });
});

describe('what the executors may be asked', () => {
  it('builds the oar argument lists of every task', () => {
    const args = (task: Parameters<typeof taskRequest>[0], mode: 'start' | 'poll', extra: Partial<ExecContext> = {}) => oarArgs(taskRequest(task, ctx(extra), mode));
    expect(args('create-test-report', 'start')).toEqual(['-r', '4.20.1', 'create-test-report']);
    expect(args('check-cve-tracker-bug', 'start')).toEqual(['-r', '4.20.1', 'check-cve-tracker-bug']);
    expect(args('change-advisory-status', 'start')).toEqual(['-r', '4.20.1', 'change-advisory-status']);
    // Upstream dropped -n for image-consistency-check: a numeric job goes with -i/--job-id too.
    expect(args('image-consistency-check', 'poll', { jobId: '3529' })).toEqual(['-r', '4.20.1', 'image-consistency-check', '-i', '3529']);
  });

  it('refuses requests that make no sense before running anything', async () => {
    const { executor, calls } = await fakeOar({});
    await expect(executor.start('take-ownership', ctx())).rejects.toThrow(InputError);
    await expect(executor.start('take-ownership', ctx({ owner: '--help' }))).rejects.toThrow(/is not one/);
    await expect(executor.start('create-test-report', ctx({ release: '4.20.1; rm -rf /' }))).rejects.toThrow(InputError);
    await expect(executor.start('check-rhcos-security-alerts', ctx())).rejects.toThrow(/is not an oar task/);
    await expect(executor.start('analyze-promoted-build', ctx())).rejects.toThrow(PermanentError);
    await expect(executor.poll('image-signed-check', ctx())).rejects.toThrow(/not an async task/);
    await expect(executor.poll('stage-testing', ctx())).rejects.toThrow(/no job id was recorded/);
    await expect(executor.poll('stage-testing', ctx({ jobId: '-rf' }))).rejects.toThrow(/is not a job id/);
    expect(await calls()).toEqual([]);
  });
});
