/**
 * oar as it really runs (openshift/release-tests main): every fixture here is assembled from
 * the lines upstream's code prints, quoted with the file they come from.
 *
 * - Logging goes to stderr as `%(asctime)s: %(levelname)s: %(message)s` with
 *   `%Y-%m-%dT%H:%M:%SZ` (oar/core/const.py LOG_FORMAT, LOG_DATE_FORMAT); prow/job/job.py
 *   `print()`s to stdout, which Python buffers when it is a pipe, so it may arrive last.
 * - The MCP server returns the same text: captured logs first, then the click output
 *   (oar/core/log_capture.py merge_output), wrapped by format_result (mcp_server/server.py).
 */
import { describe, expect, it } from 'vitest';
import { oarArgs, taskRequest } from '../src/adapters/exec/oar-cli';
import { detectAuthFailure, detectMissingEnv, extractJob, interpretRun, lastStatus } from '../src/adapters/exec/status-line';
import { PermanentError } from '../src/core/errors';
import type { FlowTask } from '../src/core/tasks';
import type { ExecContext } from '../src/ports/executor';
import { makeBox } from './helpers/fake-world';

const TS = '2026-07-02T18:16:00Z';
const log = (level: 'INFO' | 'WARNING' | 'ERROR', message: string) => `${TS}: ${level}: ${message}`;
// oar/core/util.py log_task_status: logger.info(f"task [{display_name}] status is changed to [{status}]")
const taskStatus = (display: string, status: string) => log('INFO', `task [${display}] status is changed to [${status}]`);
const run = (task: FlowTask, output: string, exitCode = 0) => interpretRun(task, { output, exitCode }, 'The oar CLI');
const errorOf = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
};

const OLD = '3a89f19b-dfeb-4991-bb76-58250928152f';
const NEW = 'c1a4265a-ea5c-42ad-a653-489087e1ad11';
const urlOf = (build: string) => `https://prow.ci.openshift.org/view/gs/test-platform-results/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/${build}`;
const ICC = 'Image Consistency Check';

// prow/job/job.py _fetch_job_info: print(f"Job {job_id} results: {job_info_dict}") — a Python dict.
const results = (id: string, state: string, build: string) =>
  `Job ${id} results: {'jobName': 'periodic-ci-openshift-release-tests-main-image-consistency-check', 'payload': None, 'upgrade_from': None, 'upgrade_to': None, 'jobStartTime': '2026-07-02T18:15:58Z', 'jobID': '${id}', 'jobURL': '${urlOf(build)}', 'jobState': '${state}'}`;

/** oar/cli/cmd_image_consistency_check.py ImageConsistencyChecker.check_job_status, for a Prow job in `state`. */
function poll(id: string, state: string, build = '2048659110030741504'): string {
  const lines = [
    log('INFO', `Initialized StateBox for release 4.20.1 at openshift/release-tests/z-stream/_releases/4.20/statebox/4.20.1.yaml`),
    log('INFO', `Checking image consistency check Prow job status for job ID: ${id}`),
    log('INFO', `Job state: ${state}, URL: ${urlOf(build)}`),
  ];
  if (state === 'success') lines.push(log('INFO', 'Starting image health check for shipment MR 552'), taskStatus(ICC, 'Pass'));
  else if (state === 'triggered' || state === 'pending') lines.push(taskStatus(ICC, 'In Progress'));
  else if (state === 'aborted' || state === 'error') {
    lines.push(log('WARNING', `Prow job ${id} ended with state '${state}', resetting for re-trigger`), taskStatus(ICC, 'Not Started'));
  } else lines.push(taskStatus(ICC, 'Fail'));
  // Python's stdout (prints) after its stderr (logging): a pipe buffers it until exit.
  return [...lines, results(id, state, build)].join('\n');
}

describe('image-consistency-check asks for a re-trigger with [Not Started]', () => {
  it('reads the status line `[Not Started]` (util.log_task_status with TASK_STATUS_NOT_STARTED)', () => {
    expect(lastStatus(taskStatus(ICC, 'Not Started'), 'image-consistency-check')).toBe('Not Started');
  });

  it.each(['aborted', 'error'])('a poll of a Prow job that ended %s is a Fail that asks for one re-trigger, naming the job and why', (state) => {
    const outcome = run('image-consistency-check', poll(OLD, state));
    expect(outcome).toMatchObject({
      status: 'Fail',
      jobId: OLD,
      jobUrl: urlOf('2048659110030741504'),
      retrigger: { reason: `Prow job ${OLD} ended with state '${state}', resetting for re-trigger` },
    });
  });

  it('the same text from the MCP server (logs, then prints, in format_result) reads the same', () => {
    const text = `✓ Command succeeded\n\n${poll(OLD, 'aborted')}`;
    expect(interpretRun('image-consistency-check', { output: text, exitCode: 0 }, 'The MCP server')).toMatchObject({ status: 'Fail', jobId: OLD, retrigger: { reason: expect.stringContaining("ended with state 'aborted'") } });
  });

  it('Pass, In Progress and Fail of the other Prow states carry no retrigger', () => {
    expect(run('image-consistency-check', poll(OLD, 'success'))).toMatchObject({ status: 'Pass', jobId: OLD });
    expect(run('image-consistency-check', poll(OLD, 'pending'))).toMatchObject({ status: 'In Progress', jobId: OLD });
    const failed = run('image-consistency-check', poll(OLD, 'failure'));
    expect(failed).toMatchObject({ status: 'Fail', jobId: OLD });
    expect(failed.retrigger).toBeUndefined();
    for (const state of ['success', 'pending']) expect(run('image-consistency-check', poll(OLD, state)).retrigger).toBeUndefined();
  });

  it('a [Not Started] without upstream\'s explanation still asks for the re-trigger, with a reason of its own', () => {
    expect(run('image-consistency-check', taskStatus(ICC, 'Not Started')).retrigger?.reason).toMatch(/reset the task to Not Started/);
  });
});

describe('image-consistency-check triggers (ImageConsistencyChecker.trigger_job)', () => {
  it('"already in state \'triggered\', skipping duplicate trigger" is the running job, In Progress with its id', () => {
    for (const state of ['triggered', 'pending', 'success']) {
      // logger.info(f"Prow job {existing_job_id} already in state '{job_state}', skipping duplicate trigger")
      const output = [log('INFO', `Prow job ${OLD} already in state '${state}', skipping duplicate trigger`), results(OLD, state, '2048659110030741504')].join('\n');
      expect(run('image-consistency-check', output), state).toEqual({ status: 'In Progress', output, jobId: OLD, jobUrl: urlOf('2048659110030741504') });
    }
  });

  it('a new trigger: the job it triggered, its URL', () => {
    const output = [
      taskStatus(ICC, 'In Progress'),
      log('INFO', `Triggered image consistency check Prow job: ${NEW}`),
      log('INFO', `Prow job URL: ${urlOf('2077000000000000001')}`),
      log('INFO', 'sent slack message to <#team-qe-release>'),
      // prow/job/job.py run_image_consistency_check prints
      `Image consistency check job id: ${NEW}`,
      results(NEW, 'triggered', '2077000000000000001'),
      `Image consistency check job url: ${urlOf('2077000000000000001')}`,
    ].join('\n');
    expect(run('image-consistency-check', output)).toMatchObject({ status: 'In Progress', jobId: NEW, jobUrl: urlOf('2077000000000000001') });
  });

  it('after an aborted job it triggers anew: the new job, never the old one, whatever order the prints arrive in', () => {
    const logs = [
      log('INFO', `Prow job ${OLD} ended with state 'aborted', re-triggering`),
      taskStatus(ICC, 'In Progress'),
      log('INFO', `Triggered image consistency check Prow job: ${NEW}`),
      log('INFO', `Prow job URL: ${urlOf('2077000000000000001')}`),
    ];
    const prints = [results(OLD, 'aborted', '2048659110030741504'), `Image consistency check job id: ${NEW}`, results(NEW, 'triggered', '2077000000000000001')];
    for (const output of [[...logs, ...prints], [...prints, ...logs]].map((l) => l.join('\n'))) {
      expect(run('image-consistency-check', output)).toMatchObject({ status: 'In Progress', jobId: NEW, jobUrl: urlOf('2077000000000000001') });
    }
  });

  it('"already passed, skipping" is Pass', () => {
    expect(run('image-consistency-check', log('INFO', 'Image consistency check already passed, skipping')).status).toBe('Pass');
  });

  it('Python\'s None is never a job id', () => {
    expect(extractJob(log('INFO', 'Triggered image consistency check Prow job: None'), 'image-consistency-check')).toBeUndefined();
  });

  it('without APITOKEN oar logs In Progress, prints "No APITOKEN env var found, exit..." and exits 0: an error naming APITOKEN, not a job', () => {
    // cmd_image_consistency_check.py logs In Progress first; job.py get_prow_headers then sys.exit(0)s.
    const output = [taskStatus(ICC, 'In Progress'), 'No APITOKEN env var found, exit...'].join('\n');
    const err = errorOf(() => run('image-consistency-check', output, 0));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toBe('The oar CLI cannot run image-consistency-check: oar needs APITOKEN, which is not set (No APITOKEN env var found, exit...); set it in oar\'s environment.');
  });
});

describe('the job argument of each poll (click options)', () => {
  const ctx = (jobId: string): ExecContext => ({ release: '4.20.1', statebox: makeBox(), jobId });
  const args = (task: FlowTask, jobId: string) => oarArgs(taskRequest(task, ctx(jobId), 'poll'));

  it('image-consistency-check takes any job with -i/--job-id (it has no -n), numeric or a Prow UUID', () => {
    // @click.option("-i", "--job-id", type=str, help="Prow job ID to check status"); the MCP server passes ["-i", job_id].
    expect(args('image-consistency-check', NEW)).toEqual(['-r', '4.20.1', 'image-consistency-check', '-i', NEW]);
    expect(args('image-consistency-check', '3529')).toEqual(['-r', '4.20.1', 'image-consistency-check', '-i', '3529']);
  });

  it('stage-testing keeps -n/--build_number, an integer', () => {
    // @click.option("-n", "--build_number", type=int, help="provide build number to get job status")
    expect(args('stage-testing', '1674')).toEqual(['-r', '4.20.1', 'stage-testing', '-n', '1674']);
    expect(() => args('stage-testing', NEW)).toThrow(/stage-testing polls a Jenkins build number/);
  });
});

describe('missing environment variables name the variable', () => {
  // oar/cli/cmd_group.py, when ConfigStore.validate_environment() is not valid:
  //   logger.error("Missing required environment variables for OAR CLI:")
  //   for error in validation_result['errors']: logger.error(f"  - {error}")   # f"{var}: {desc}"
  //   logger.error("")
  //   logger.error("Fix: Add these variables to ~/.bash_profile and run: source ~/.bash_profile")
  //   sys.exit(1)
  const validateEnvironment = (...errors: string[]) =>
    [
      log('ERROR', 'Missing required environment variables for OAR CLI:'),
      ...errors.map((e) => log('ERROR', `  - ${e}`)),
      log('ERROR', ''),
      log('ERROR', 'Fix: Add these variables to ~/.bash_profile and run: source ~/.bash_profile'),
    ].join('\n');

  it('JIRA_USERNAME missing is "JIRA_USERNAME", not "renew JIRA_TOKEN"', () => {
    const output = validateEnvironment('JIRA_USERNAME: Required for Jira Cloud authentication (JiraManager)');
    const err = errorOf(() => run('take-ownership', output, 1));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toBe(
      "The oar CLI cannot run take-ownership: oar needs JIRA_USERNAME, which is not set (Missing required environment variables for OAR CLI: JIRA_USERNAME: Required for Jira Cloud authentication (JiraManager)); set it in oar's environment.",
    );
    expect(err.message).not.toMatch(/JIRA_TOKEN|renew/);
  });

  it('names every variable the list names, in its order', () => {
    const output = validateEnvironment(
      'OAR_JWK: Required for decrypting config_store.json (ConfigStore)',
      'JIRA_USERNAME: Required for Jira Cloud authentication (JiraManager)',
      'JENKINS_USER: Required for Jenkins job operations (JenkinsHelper)',
    );
    expect(detectMissingEnv(output)?.names).toEqual(['OAR_JWK', 'JIRA_USERNAME', 'JENKINS_USER']);
    expect(() => run('stage-testing', output, 1)).toThrow(/oar needs OAR_JWK, JIRA_USERNAME, JENKINS_USER, which are not set/);
  });

  it('the MCP server\'s failure text (the same log lines, then "✗ Command execution failed") names it too', () => {
    const text = [
      '✗ Command failed (exit code 1)',
      '',
      validateEnvironment('JIRA_USERNAME: Required for Jira Cloud authentication (JiraManager)'),
      '',
      '✗ Command execution failed',
      '',
      'Command: oar -r 4.20.1 take-ownership -e [EMAIL_REDACTED]',
      '',
      'Error: 1',
    ].join('\n');
    expect(() => interpretRun('take-ownership', { output: text, exitCode: 1 }, 'The MCP server (oar_take_ownership)')).toThrow(
      /^The MCP server \(oar_take_ownership\) cannot run take-ownership: oar needs JIRA_USERNAME, which is not set/,
    );
  });

  it.each<[string, string, string]>([
    // oar/core/statebox.py StateBox.__init__, raised through oar/cli/__main__.py's SystemExit(e) to stderr
    ['GitHub token not found. Set GITHUB_TOKEN environment variable.', 'GITHUB_TOKEN', 'stage-testing'],
    // oar/core/configstore.py ConfigStore._get_env_var
    ['oar.core.exceptions.ConfigStoreException: system environment variable OAR_JWK not found', 'OAR_JWK', 'create-test-report'],
    // oar/core/util.py get_elliott_env
    [log('ERROR', 'JIRA_USERNAME environment variable is not set. This is required for elliott to prevent silent failures when querying JIRA. Please set JIRA_USERNAME to your JIRA username.'), 'JIRA_USERNAME', 'check-cve-tracker-bug'],
    // oar/notificator/jira_notificator.py
    ['RuntimeError: JIRA username is missing or empty. Please set the JIRA_USERNAME environment variable.', 'JIRA_USERNAME', 'take-ownership'],
  ])('%j names %s', (line, name, task) => {
    expect(detectMissingEnv(line)?.names).toEqual([name]);
    expect(() => run(task as FlowTask, line, 1)).toThrow(new RegExp(`oar needs ${name}, which is not set`));
  });

  it('oar\'s optional-variable warning and its failure to write its own StateBox after a Pass are not fatal', () => {
    const output = [
      // oar/cli/cmd_group.py: logger.warning(f"Optional environment variable not set: {var}")
      log('WARNING', 'Optional environment variable not set: SLACK_APP_TOKEN'),
      taskStatus('Image Signed Check', 'Pass'),
      // oar/cli/cmd_group.py cli_result_callback: logger.warning(f"Failed to update StateBox for task '{command_name}': {e}")
      log('WARNING', "Failed to update StateBox for task 'image-signed-check': GitHub token not found. Set GITHUB_TOKEN environment variable."),
    ].join('\n');
    expect(detectMissingEnv(output)).toBeUndefined();
    expect(run('image-signed-check', output).status).toBe('Pass');
  });

  it('a running job counts even when a variable is reported missing after it started', () => {
    const output = [taskStatus('Stage Testing', 'In Progress'), log('INFO', 'triggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>'), 'GitHub token not found. Set GITHUB_TOKEN environment variable.'].join('\n');
    expect(run('stage-testing', output, 1)).toMatchObject({ status: 'In Progress', jobId: '1674' });
  });

  it('credential hints still name JIRA_USERNAME when a line names it', () => {
    expect(detectAuthFailure(log('ERROR', 'JIRAError: HTTP 401 Unauthorized: check JIRA_USERNAME and JIRA_TOKEN'))?.credential).toBe('JIRA_USERNAME, JIRA_TOKEN');
  });
});
