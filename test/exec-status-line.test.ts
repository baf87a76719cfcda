import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  detectAuthFailure,
  detectMissingEnv,
  detectStageReleaseWait,
  displayNamesFor,
  extractJob,
  interpretRun,
  lastStatus,
  parseStatusLines,
  stripLogPrefix,
} from '../src/adapters/exec/status-line';
import { PermanentError, TransientError } from '../src/core/errors';
import { FLOW_TASKS, isFlowTask, type FlowTask } from '../src/core/tasks';
import { UPSTREAM_STATEBOX_DIR } from './helpers/shared';

const STATEBOX_DIR = UPSTREAM_STATEBOX_DIR;
const line = (text: string, at = '2026-04-23T10:58:11Z') => `${at}: INFO: ${text}`;
const status = (display: string, s: string) => line(`task [${display}] status is changed to [${s}]`);
const ok = (task: FlowTask, output: string) => interpretRun(task, { output, exitCode: 0 }, 'The oar CLI');

describe('status lines', () => {
  it('accepts the display names of TASK_INFO, the spec spellings and the task slug, ignoring case', () => {
    const cases: Array<[FlowTask, string]> = [
      ['create-test-report', 'Create test report'],
      ['create-test-report', 'Create Test Report'],
      ['take-ownership', 'Take ownership'],
      ['check-cve-tracker-bug', 'Check CVE tracker bugs'],
      ['check-cve-tracker-bug', 'Check CVE Tracker Bug'],
      ['push-to-cdn-staging', 'Push to CDN staging'],
      ['image-consistency-check', 'Image consistency check'],
      ['stage-testing', 'Stage testing'],
      ['image-signed-check', 'Image signature check'],
      ['image-signed-check', 'Image Signed Check'],
      ['change-advisory-status', 'change-advisory-status'],
    ];
    for (const [task, display] of cases) {
      expect(lastStatus(status(display, 'Pass'), task), display).toBe('Pass');
      expect(lastStatus(`task [${display.toUpperCase()}] STATUS IS CHANGED TO [in progress]`, task)).toBe('In Progress');
    }
  });

  it('lets the last status line of the task win and ignores other tasks', () => {
    const output = [status('Push to CDN Staging', 'In Progress'), status('Take Ownership', 'Fail'), status('Push to CDN Staging', 'Pass')].join('\n');
    expect(parseStatusLines(output, 'push-to-cdn-staging').map((s) => s.status)).toEqual(['In Progress', 'Pass']);
    expect(lastStatus(output, 'push-to-cdn-staging')).toBe('Pass');
    expect(lastStatus(output, 'take-ownership')).toBe('Fail');
    expect(lastStatus(output, 'stage-testing')).toBeUndefined();
  });

  it('gives every flow task distinct names (a status line never counts for two tasks)', () => {
    const seen = new Map<string, string>();
    for (const task of FLOW_TASKS) {
      for (const name of displayNamesFor(task)) {
        expect(seen.get(name) ?? task, name).toBe(task);
        seen.set(name, task);
      }
    }
  });

  it('strips both upstream log prefixes', () => {
    expect(stripLogPrefix('2026-04-23T10:58:11Z: INFO: hello')).toBe('hello');
    expect(stripLogPrefix('2026-04-29 09:44:09,107 - ERROR - boom')).toBe('boom');
  });
});

describe('job ids', () => {
  it('reads the Prow job of image-consistency-check and its URL', () => {
    const output = [
      status('Image Consistency Check', 'In Progress'),
      line('Triggered image consistency check Prow job: 4177fc76-8ef5-44d7-b614-e4cb3951300b'),
      line('Prow job URL: https://prow.ci.openshift.org/view/gs/test-platform-results/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/2047558723353710592'),
    ].join('\n');
    expect(extractJob(output, 'image-consistency-check')).toEqual({
      id: '4177fc76-8ef5-44d7-b614-e4cb3951300b',
      url: 'https://prow.ci.openshift.org/view/gs/test-platform-results/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/2047558723353710592',
    });
    // An error that mentions a Prow job carries no id.
    expect(extractJob(line('Failed to trigger image consistency check Prow job: Connection refused'), 'image-consistency-check')).toBeUndefined();
  });

  it('reads Jenkins build numbers from /Stage-Pipeline/{N}/ and /image-consistency-check/{N}/', () => {
    const stage = line('triggered stage pipeline job: <https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/1672/>');
    expect(extractJob(stage, 'stage-testing')).toEqual({
      id: '1672',
      url: 'https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/1672/',
    });
    expect(extractJob(line('build status of zstreams/Stage-Pipeline/1583 is SUCCESS'), 'stage-testing')).toEqual({ id: '1583' });
    const ic = line('Triggered image consistency check job: https://jenkins.example/job/image-consistency-check/3529/');
    expect(extractJob(ic, 'image-consistency-check')).toEqual({ id: '3529', url: 'https://jenkins.example/job/image-consistency-check/3529/' });
    // A Stage-Pipeline URL is not an image-consistency-check job.
    expect(extractJob(stage, 'image-consistency-check')).toBeUndefined();
  });

  it('reads push job ids when printed', () => {
    expect(extractJob(line('push job id: 98765 for target cdn_stage'), 'push-to-cdn-staging')).toEqual({ id: '98765' });
    expect(extractJob(line('push job for advisory 166197 is triggered'), 'push-to-cdn-staging')).toBeUndefined();
  });
});

describe('interpretRun', () => {
  it('returns the status with the output and the job', () => {
    const output = [
      line('Stage release succeeded (verified by label)'),
      status('Stage Testing', 'In Progress'),
      line('triggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>'),
    ].join('\n');
    expect(ok('stage-testing', output)).toEqual({
      status: 'In Progress',
      output,
      jobId: '1674',
      jobUrl: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/',
    });
  });

  it('turns stage-release-not-ready into Wait, never Fail', () => {
    const output = [
      status('Image Consistency Check', 'In Progress'),
      line('oar.core.exceptions.ShipmentDataException: Stage release pipeline is not completed yet', '2026-04-24T02:08:42Z').replace('INFO', 'ERROR'),
      status('Image Consistency Check', 'Fail'),
    ].join('\n');
    const outcome = interpretRun('image-consistency-check', { output, exitCode: 1 }, 'The oar CLI');
    expect(outcome.status).toBe('Wait');
    expect(outcome.wait).toEqual({ on: 'stage-release', detail: 'oar.core.exceptions.ShipmentDataException: Stage release pipeline is not completed yet' });
    expect(ok('stage-testing', line('stage release pipeline is not success, will not trigger stage test'))).toMatchObject({ status: 'Wait' });
    // In Progress logged before the check, then the exception without a Fail line: still a wait.
    const noFail = [status('Image Consistency Check', 'In Progress'), line('ShipmentDataException: Stage release pipeline is not completed yet')].join('\n');
    expect(interpretRun('image-consistency-check', { output: noFail, exitCode: 1 }, 'The oar CLI').status).toBe('Wait');
    // A wait reported earlier in the output, then a trigger that went through: not a wait.
    const later = [line('Stage release pipeline is not completed yet'), status('Stage Testing', 'In Progress')].join('\n');
    expect(ok('stage-testing', later).status).toBe('In Progress');
    expect(ok('stage-testing', line('MR stage-release pipeline has not succeeded yet'))).toMatchObject({ status: 'Wait' });
    expect(detectStageReleaseWait(line('ShipmentDataException: MR not found'), 'stage-testing')).toBe('ShipmentDataException: MR not found');
    // Tasks that do not depend on stage-release never wait for it.
    expect(detectStageReleaseWait(line('Stage release pipeline is not completed yet'), 'push-to-cdn-staging')).toBeUndefined();
  });

  it('keeps a Fail status line as Fail', () => {
    const output = [status('Check CVE Tracker Bug', 'In Progress'), line('Found 1 missed CVE tracker bugs'), status('Check CVE Tracker Bug', 'Fail')].join('\n');
    expect(ok('check-cve-tracker-bug', output).status).toBe('Fail');
  });

  it('throws TransientError when no status line says what happened', () => {
    expect(() => ok('stage-testing', line('there is pending job in the queue, please try again later'))).toThrow(TransientError);
    expect(() => interpretRun('take-ownership', { output: '', exitCode: 1 }, 'The oar CLI')).toThrow(/printed no status line for take-ownership \(exit code 1\)/);
    expect(() => interpretRun('take-ownership', { output: line('requests.exceptions.ConnectionError: Max retries exceeded'), exitCode: 1 }, 'The oar CLI')).toThrow(
      /hit a network problem/,
    );
  });

  it('throws PermanentError naming the credential on authentication failures', () => {
    const jira = [status('Take Ownership', 'In Progress'), line('jira.exceptions.JIRAError: HTTP 401 Unauthorized url: https://issues.redhat.com/rest/api/2/issue'), status('Take Ownership', 'Fail')].join('\n');
    expect(() => interpretRun('take-ownership', { output: jira, exitCode: 1 }, 'The oar CLI')).toThrow(PermanentError);
    expect(() => interpretRun('take-ownership', { output: jira, exitCode: 1 }, 'The oar CLI')).toThrow(/renew JIRA_TOKEN \(the API token of JIRA_USERNAME\) \(jira\.exceptions\.JIRAError: HTTP 401 Unauthorized/);
    // oar/cli/cmd_group.py's list of what validate_environment found missing names each variable (not "renew").
    const env = ['Missing required environment variables for OAR CLI:', '  - JENKINS_TOKEN: Required for Jenkins job operations (JenkinsHelper)', '  - GITLAB_TOKEN: Required for GitLab/Konflux shipment operations (ShipmentData)']
      .map((l) => line(l).replace('INFO', 'ERROR'))
      .join('\n');
    expect(() => interpretRun('stage-testing', { output: env, exitCode: 1 }, 'The oar CLI')).toThrow(/^The oar CLI cannot run stage-testing: oar needs JENKINS_TOKEN, GITLAB_TOKEN, which are not set/);
    const krb = line('No valid Kerberos ticket found. Please run: kinit');
    expect(detectAuthFailure(krb)?.credential).toBe('the Kerberos ticket (kinit)');
    expect(detectAuthFailure(line('jenkins.JenkinsException: Error in request. Possibly authentication failed [401]: Unauthorized'))?.credential).toBe('JENKINS_USER/JENKINS_TOKEN');
  });

  it('does not take routine warnings or job numbers for credential failures', () => {
    const output = [
      line('Optional environment variable not set: SLACK_APP_TOKEN').replace('INFO', 'WARNING'),
      line('build status of zstreams/Stage-Pipeline/401 is SUCCESS'),
      status('Stage Testing', 'Pass'),
    ].join('\n');
    expect(ok('stage-testing', output)).toMatchObject({ status: 'Pass', jobId: '401' });
    expect(detectAuthFailure(output)).toBeUndefined();
  });

  it('reads upstream skips of tasks its own StateBox shows as started or passed', () => {
    expect(ok('image-consistency-check', line('Image consistency check already Pass, skipping')).status).toBe('Pass');
    expect(ok('image-consistency-check', line('Image consistency check already In Progress, skipping')).status).toBe('In Progress');
    expect(ok('stage-testing', line('stage testing already triggered and in progress, no need to trigger again')).status).toBe('In Progress');
  });

  it('takes a create-test-report that only says where the report is as Pass (recent upstream prints no status)', () => {
    expect(ok('create-test-report', line('StateBox already exists for 4.20.1 at _releases/4.20/statebox/4.20.1.yaml')).status).toBe('Pass');
    expect(ok('create-test-report', line('StateBox initialized successfully for 4.20.1 at _releases/4.20/statebox/4.20.1.yaml')).status).toBe('Pass');
    expect(() => interpretRun('create-test-report', { output: line('StateBox already exists'), exitCode: 1 }, 'The oar CLI')).toThrow(TransientError);
  });

  it('treats a timeout as transient unless the job was already triggered', () => {
    expect(() => interpretRun('push-to-cdn-staging', { output: status('Push to CDN Staging', 'In Progress'), exitCode: undefined, timedOut: true }, 'The oar CLI')).toThrow(
      /did not finish push-to-cdn-staging in time/,
    );
    const triggered = [status('Stage Testing', 'In Progress'), line('triggered stage pipeline job: <https://j/job/zstreams/job/Stage-Pipeline/9/>')].join('\n');
    expect(interpretRun('stage-testing', { output: triggered, exitCode: undefined, timedOut: true }, 'The oar CLI')).toMatchObject({ status: 'In Progress', jobId: '9' });
  });
});

describe('every task result of the real StateBox files (fixtures)', () => {
  const cases: Array<{ where: string; task: FlowTask; status: string; result: string }> = [];
  for (const y of readdirSync(STATEBOX_DIR)) {
    for (const f of readdirSync(join(STATEBOX_DIR, y)).filter((n) => !n.endsWith('.z.yaml'))) {
      const box = parse(readFileSync(join(STATEBOX_DIR, y, f), 'utf8')) as { tasks?: Array<{ name: string; status: string; result?: string }> };
      for (const t of box.tasks ?? []) {
        if (isFlowTask(t.name) && t.result && /status is changed to/i.test(t.result)) {
          cases.push({ where: `${f} ${t.name}`, task: t.name, status: t.status, result: t.result });
        }
      }
    }
  }

  it('has plenty of real outputs to check', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it('reads the status upstream recorded from each output', () => {
    for (const c of cases) expect(ok(c.task, c.result).status, c.where).toBe(c.status);
  });

  it('finds no missing variable and no re-trigger request in any of them', () => {
    for (const c of cases) {
      expect(detectMissingEnv(c.result), c.where).toBeUndefined();
      expect(ok(c.task, c.result).retrigger, c.where).toBeUndefined();
    }
  });
});
