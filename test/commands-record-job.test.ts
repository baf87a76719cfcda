/**
 * applyCommand for `/release:record-job`: a person records the job of an async task (typically
 * one held for a person after a run died before recording it, src/core/unrecorded.ts). The
 * task becomes In Progress with the job, the hold and any claim go, and decide then polls the
 * job instead of starting one. Refused: finished tasks, another job already recorded, tasks
 * that start no job, a job that is not one, a run starting the task right now.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../src/core/decide';
import { InputError } from '../src/core/errors';
import { applyCommand } from '../src/driver/commands';
import type { HumanCommand } from '../src/driver/types';
import { claimsOf, withClaims } from '../src/core/claims';
import type { StateBox } from '../src/core/model';
import { unrecordedStartsOf, withUnrecordedStart } from '../src/core/unrecorded';
import { CHAIN_PASS, config, makeBox, type TaskSpec } from './helpers/fake-world';

const AT = '2025-11-01T00:00:00Z';
const HELD = { run: 'dies', at: AT };
const NOW = new Date('2025-11-01T00:20:00Z');
const STAGE_URL = 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/';
const PROMOTED = { promotion: { ok: true, value: { phase: 'Accepted' } }, stageRelease: { ok: true, value: true } } as const;

const record = (task: string, job: string, by = 'alice'): HumanCommand => ({ kind: 'record-job', release: '4.20.1', task, job, by });
const taskOf = (box: StateBox, name: string) => box.tasks.find((t) => t.name === name);

/** stage-testing ready to start (everything before it passed), with `spec` and the hold when asked. */
function stageBox(spec?: TaskSpec, held = true): StateBox {
  const box = makeBox({
    tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': 'Pass', ...(spec ? { 'stage-testing': spec } : {}) },
  });
  return held ? withUnrecordedStart(box, 'stage-testing', HELD) : box;
}

function refusal(box: StateBox, cmd: HumanCommand): string {
  try {
    applyCommand(box, cmd, NOW);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('/release:record-job on a task held for a person', () => {
  it('records the job, sets In Progress, clears the hold; decide then polls it and never triggers', () => {
    const box = stageBox();
    expect(decide(box, PROMOTED, NOW, config()).waits.join('\n')).toContain('/release:record-job 4.20.1 stage-testing JOB');

    const out = applyCommand(box, record('stage-testing', STAGE_URL), NOW);
    const t = taskOf(out.box, 'stage-testing');
    expect(t).toMatchObject({ status: 'In Progress', job: { id: '1674', url: STAGE_URL }, started_at: '2025-11-01T00:20:00Z', completed_at: null, decided_by: 'alice' });
    expect(t?.job?.triggered_at).toBeUndefined();
    expect(t?.result).toBe(
      `Job ${STAGE_URL} recorded by alice at 2025-11-01T00:20:00Z (was waiting for a person: run dies may have started it at ${AT} without recording its job); it is polled, not started again.`,
    );
    expect(out.box.driver).toBeUndefined();
    expect(out.transitions).toEqual([{ task: 'stage-testing', from: undefined, to: 'In Progress' }]);
    expect(out.reply).toBe(`Recorded job ${STAGE_URL} for stage-testing of 4.20.1 (now In Progress): the next step polls it and does not start stage-testing again.`);

    const d = decide(out.box, PROMOTED, NOW, config());
    expect(d.actions).toContainEqual({ type: 'poll', task: 'stage-testing' });
    expect(d.actions.filter((a) => a.type === 'trigger')).toEqual([]);
    expect(d.signals.unrecordedStarts).toBeUndefined();
    expect(d.tasks.find((x) => x.task === 'stage-testing')).toEqual({ task: 'stage-testing', state: 'running', detail: `in progress since 2025-11-01T00:20Z (job ${STAGE_URL})` });
  });

  it.each([
    ['push-to-cdn-staging', 'https://errata.devel.redhat.com/push_results/123456', { id: '123456', url: 'https://errata.devel.redhat.com/push_results/123456' }],
    ['image-consistency-check', '227F5F68-AE68-4038-B601-12B15816BE62', { id: '227f5f68-ae68-4038-b601-12b15816be62' }],
    ['stage-testing', '1674', { id: '1674' }],
  ] as const)('%s: records %s as %j', (task, job, expected) => {
    const box = withUnrecordedStart(makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } }), task, HELD);
    const out = applyCommand(box, record(task, job), NOW);
    expect(taskOf(out.box, task)).toMatchObject({ status: 'In Progress', job: expected });
    expect(taskOf(out.box, task)?.job).toEqual(expected);
    expect(unrecordedStartsOf(out.box)).toEqual({});
  });

  it('masks an email address in who recorded it', () => {
    const out = applyCommand(stageBox(), record('stage-testing', '1674', 'carol@example.com'), NOW);
    expect(taskOf(out.box, 'stage-testing')?.decided_by).toBe('[EMAIL_REDACTED]');
    expect(taskOf(out.box, 'stage-testing')?.result).toMatch(/^Job 1674 recorded by \[EMAIL_REDACTED\] at /);
  });

  it('releases an expired claim of a dead run not yet turned into a hold, and leaves other tasks alone', () => {
    const other = withUnrecordedStart(stageBox(undefined, false), 'push-to-cdn-staging', HELD);
    const box = withClaims(withClaims(other, ['stage-testing'], HELD), ['image-signed-check'], { run: 'live', at: '2025-11-01T00:19:00Z' });
    const out = applyCommand(box, record('stage-testing', '1674'), NOW);
    expect(claimsOf(out.box)).toEqual({ 'image-signed-check': { run: 'live', at: '2025-11-01T00:19:00Z' } });
    expect(unrecordedStartsOf(out.box)).toEqual({ 'push-to-cdn-staging': HELD });
    expect(taskOf(out.box, 'stage-testing')?.result).toContain('(was not recorded)');
  });

  it('records the job of a task In Progress without one (upstream said "already triggered"), keeping when it started', () => {
    const box = stageBox({ status: 'In Progress', started_at: '2025-11-01T00:05:00Z', result: 'stage testing already triggered' }, false);
    const out = applyCommand(box, record('stage-testing', STAGE_URL), NOW);
    const t = taskOf(out.box, 'stage-testing');
    expect(t).toMatchObject({ status: 'In Progress', started_at: '2025-11-01T00:05:00Z', job: { id: '1674', url: STAGE_URL } });
    expect(t?.result).toContain('(was In Progress); it is polled, not started again.\nPrevious result (In Progress):\nstage testing already triggered');
    expect(out.transitions).toEqual([]);
  });

  it('gives a task In Progress that has no start time one', () => {
    const box = stageBox({ status: 'In Progress', started_at: null }, false);
    expect(taskOf(applyCommand(box, record('stage-testing', '1674'), NOW).box, 'stage-testing')?.started_at).toBe('2025-11-01T00:20:00Z');
  });

  it('the same job again changes nothing', () => {
    const box = stageBox({ status: 'In Progress', job: { id: '1674', url: STAGE_URL } }, false);
    const out = applyCommand(box, record('stage-testing', '1674'), NOW);
    expect(out.box).toBe(box);
    expect(out.reply).toBe(`stage-testing of 4.20.1 already records job ${STAGE_URL}; nothing changed.`);
  });
});

describe('/release:record-job refusals (nothing changes)', () => {
  it.each(['Pass', 'Fail'] as const)('a task already %s: its job is over, /release:retry is the way', (status) => {
    expect(refusal(stageBox({ status, job: { id: '1600' } }, false), record('stage-testing', '1674'))).toBe(
      `stage-testing of 4.20.1 is already ${status}, so its job is over and nothing was recorded; /release:retry 4.20.1 stage-testing starts it again.`,
    );
  });

  it('another job recorded already: never overwritten', () => {
    const box = stageBox({ status: 'In Progress', job: { id: '1600', url: 'https://jenkins.example/job/Stage-Pipeline/1600/' } }, false);
    expect(refusal(box, record('stage-testing', '1674'))).toBe(
      'stage-testing of 4.20.1 already records job https://jenkins.example/job/Stage-Pipeline/1600/, and a recorded job is never replaced; nothing was recorded. ' +
        'If that job is wrong, /release:retry 4.20.1 stage-testing clears it and starts the task again.',
    );
  });

  it('another job named in the log text upstream wrote counts as recorded', () => {
    const box = stageBox({ status: 'In Progress', result: 'Triggered https://jenkins.example/job/zstreams/job/Stage-Pipeline/1600/ ok' }, false);
    expect(refusal(box, record('stage-testing', '1674'))).toMatch(/^stage-testing of 4\.20\.1 already records job https:\/\/jenkins\.example\/job\/zstreams\/job\/Stage-Pipeline\/1600\/, and a recorded job is never replaced/);
    // The same job as the log text names: moved into the job field.
    expect(taskOf(applyCommand(box, record('stage-testing', '1600'), NOW).box, 'stage-testing')?.job).toEqual({ id: '1600' });
  });

  it.each(['take-ownership', 'change-advisory-status', 'analyze-promoted-build'])('%s starts no job', (task) => {
    expect(refusal(stageBox(), record(task, '1674'))).toBe(
      `${task} starts no job, so there is none to record: /release:record-job is for push-to-cdn-staging, image-consistency-check, stage-testing.`,
    );
  });

  it('a job that is not one (commands built elsewhere than the comment parser are checked too)', () => {
    expect(refusal(stageBox(), record('stage-testing', '1674; rm -rf /'))).toMatch(/^"1674; rm -rf \/" is not a job of stage-testing: give the Jenkins Stage-Pipeline build number/);
    expect(refusal(stageBox(), record('not-a-task', '1674'))).toMatch(/^"not-a-task" is not a task of the release flow of 4\.20\.1/);
  });

  it('a run that claimed the task minutes ago may be starting it right now', () => {
    const box = withClaims(stageBox(undefined, false), ['stage-testing'], { run: 'busy', at: '2025-11-01T00:15:00Z' });
    expect(refusal(box, record('stage-testing', '1674'))).toBe(
      'run busy claimed stage-testing of 4.20.1 at 2025-11-01T00:15:00Z and may be starting its job right now; nothing was recorded. Look again after 2025-11-01T00:30:00Z.',
    );
  });

  it('a command naming another release', () => {
    expect(refusal(stageBox(), { ...record('stage-testing', '1674'), release: '4.19.7' } as HumanCommand)).toMatch(/names release 4\.19\.7/);
  });
});
