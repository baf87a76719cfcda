/**
 * One recognizer of job references (issue 15): src/core/job-ref.ts reads a job from a person's
 * input (parseJobRef) and from upstream's old log text (legacyJob); the executors' reader
 * (status-line extractJob) returns the same JobRef and builds on the same patterns.
 */
import { describe, expect, it } from 'vitest';
import { JENKINS_JOB, PROW_JOB_ID, jobRef, legacyJob, parseJobRef, type JobRef } from '../src/core/job-ref';
import { extractJob } from '../src/adapters/exec/status-line';

const STAGE_URL = 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/';
const PROW_ID = '227f5f68-ae68-4038-b601-12b15816be62';

describe('one JobRef, three readers', () => {
  it('a Stage-Pipeline build reads the same from a person, from upstream log text and from oar output', () => {
    const expected: JobRef = { id: '1674', url: STAGE_URL };
    expect(parseJobRef('stage-testing', STAGE_URL)).toEqual(expected);
    expect(legacyJob(`2026-07-02T18:16:00Z: INFO: triggered stage pipeline job: <${STAGE_URL}>`)).toEqual(expected);
    expect(extractJob(`triggered stage pipeline job: <${STAGE_URL}>`, 'stage-testing')).toEqual(expected);
  });

  it('a Prow job id reads the same from a person, from upstream log text and from oar output', () => {
    expect(parseJobRef('image-consistency-check', PROW_ID)).toEqual({ id: PROW_ID });
    expect(legacyJob(`Checking image consistency check Prow job status for job ID: ${PROW_ID}`)).toEqual({ id: PROW_ID });
    expect(extractJob(`Checking image consistency check Prow job status for job ID: ${PROW_ID}`, 'image-consistency-check')).toEqual({ id: PROW_ID });
  });

  it('the shared patterns: the Prow job id is a UUID, the Jenkins jobs are the ones a person may name', () => {
    expect(new RegExp(`^${PROW_JOB_ID}$`, 'i').test(PROW_ID)).toBe(true);
    expect(new RegExp(`^${PROW_JOB_ID}$`, 'i').test('None')).toBe(false);
    expect(JENKINS_JOB).toEqual({ 'image-consistency-check': 'image-consistency-check', 'stage-testing': 'Stage-Pipeline' });
    expect(parseJobRef('image-consistency-check', 'https://jenkins.example/job/image-consistency-check/3529/')).toEqual({
      id: '3529',
      url: 'https://jenkins.example/job/image-consistency-check/3529/',
    });
  });

  it('jobRef leaves out an absent URL', () => {
    expect(jobRef('7')).toEqual({ id: '7' });
    expect(Object.keys(jobRef('7', ''))).toEqual(['id']);
    expect(jobRef('7', 'https://x.example/7/')).toEqual({ id: '7', url: 'https://x.example/7/' });
  });
});

describe('legacyJob: the job upstream wrote into a result', () => {
  it.each<[string, string | null | undefined, JobRef | undefined]>([
    ['nothing', undefined, undefined],
    ['null', null, undefined],
    ['text without a job', 'Stage testing passed', undefined],
    ['a Stage-Pipeline URL without its slash', 'Jenkins job: https://jenkins.example/job/zstreams/job/Stage-Pipeline/1500', { id: '1500', url: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1500' }],
    ['a Prow job line', `Triggered image consistency check Prow job: ${PROW_ID}`, { id: PROW_ID }],
    ['a job ID line', `job ID: ${PROW_ID.toUpperCase()}`, { id: PROW_ID.toUpperCase() }],
    ['a bare build path (only the executors read those)', 'build status of zstreams/Stage-Pipeline/1449 is SUCCESS', undefined],
  ])('%s', (_name, text, expected) => {
    expect(legacyJob(text)).toEqual(expected);
  });
});

describe('extractJob: the job oar printed, as the core JobRef', () => {
  it('nothing printed, no job', () => {
    expect(extractJob('task [Stage Testing] status is changed to [In Progress]', 'stage-testing')).toBeUndefined();
    expect(extractJob('Triggered image consistency check Prow job: None', 'image-consistency-check')).toBeUndefined();
  });
});
