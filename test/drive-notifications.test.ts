import { describe, expect, it } from 'vitest';
import { notificationsFor } from '../src/driver/notifications';
import { decide, type Decision } from '../src/core/decide';
import { ALL_BEFORE_ADVISORY, CHAIN_PASS, T0, config, makeBox, type BoxSpec } from './helpers/fake-world';

const quiet: Decision = decide(makeBox({ tasks: ALL_BEFORE_ADVISORY }), {}, T0, config());
const boxes = (before: BoxSpec, after: BoxSpec) => ({ before: makeBox(before), after: makeBox(after) });

describe('notificationsFor', () => {
  it('says nothing when nothing changed', () => {
    const { before, after } = boxes({ tasks: CHAIN_PASS }, { tasks: CHAIN_PASS });
    expect(notificationsFor({ before, after, decision: quiet, alerts: [], owner: 'qe@example.com' })).toEqual([]);
  });

  it('never replays history: a StateBox read for the first time with everything Pass posts nothing', () => {
    const box = makeBox({ tasks: ALL_BEFORE_ADVISORY });
    expect(notificationsFor({ before: box, after: box, decision: quiet, alerts: [], owner: undefined })).toEqual([]);
  });

  it('task Pass and task Fail (Fail mentions the owner), plus Red once', () => {
    const { before, after } = boxes(
      { tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'In Progress', 'image-consistency-check': 'In Progress' } },
      { tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass', 'image-consistency-check': { status: 'Fail', result: 'line 1\n240 images, 3 unhealthy' } } },
    );
    const out = notificationsFor({ before, after, decision: quiet, alerts: [], owner: 'qe@example.com' });
    expect(out.map((n) => n.kind)).toEqual(['task-pass', 'task-fail', 'red']);
    expect(out[1]).toMatchObject({ mentionOwner: true, owner: 'qe@example.com', text: '4.20.1: Image Consistency Check FAILED. 240 images, 3 unhealthy' });
    expect(out[2]?.text).toContain('image-consistency-check failed');
    // Red is news for the whole channel; a task's result stays in the release's thread.
    expect(out.map((n) => n.broadcast ?? false)).toEqual([false, false, true]);
  });

  it('the gate result is its own kind, Pass or Fail', () => {
    const pass = boxes({ tasks: { 'analyze-promoted-build': 'In Progress' } }, { tasks: { 'analyze-promoted-build': 'Pass' } });
    expect(notificationsFor({ ...pass, decision: quiet, alerts: [], owner: undefined }).map((n) => n.kind)).toEqual(['gate']);
    const fail = boxes({ tasks: { 'analyze-promoted-build': 'In Progress' } }, { tasks: { 'analyze-promoted-build': { status: 'Fail', result: 'Analyzer recommendation: REJECT. etcd regression' } } });
    const out = notificationsFor({ ...fail, decision: quiet, alerts: [], owner: 'qe@example.com' });
    expect(out.map((n) => n.kind)).toEqual(['gate', 'red']);
    expect(out[0]?.text).toContain('gate FAILED');
    expect(out[0]?.text).toContain('etcd regression');
  });

  it('a release Red from a blocker issue gets the same one Red message, also when it was Red before the run read it', () => {
    const blocker = { issue: 'Shipment MR 297 closed by mistake', reported_at: '2025-11-01T02:00:00Z', resolved: false, resolution: null, resolved_at: null, blocker: true, related_tasks: [] };
    const box = { ...makeBox({ tasks: CHAIN_PASS }), issues: [blocker] };
    const out = notificationsFor({ before: box, after: box, decision: quiet, alerts: [], owner: 'qe@example.com' });
    expect(out.map((n) => n.kind)).toEqual(['red']);
    expect(out[0]).toMatchObject({ mentionOwner: true, text: expect.stringContaining('blocker issue #1 unresolved: Shipment MR 297 closed by mistake') });
    // Recorded once: the next run reads the same reasons and says nothing.
    const sent = { ...box, driver: { notified: [out[0]!.key] } };
    expect(notificationsFor({ before: sent, after: sent, decision: quiet, alerts: [], owner: 'qe@example.com' })).toEqual([]);
    // A blocker tied to a task holds that task only: no Red message.
    const held = { ...box, issues: [{ ...blocker, related_tasks: ['push-to-cdn-staging'] }] };
    expect(notificationsFor({ before: held, after: held, decision: quiet, alerts: [], owner: undefined })).toEqual([]);
  });

  it('the Red message of a Fail keeps its key from the run that recorded it to the runs that read it', () => {
    const { before, after } = boxes({ tasks: CHAIN_PASS }, { tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'Fail', started_at: '2025-11-01T01:00:00Z' } } });
    const red = notificationsFor({ before, after, decision: quiet, alerts: [], owner: undefined }).find((n) => n.kind === 'red')!;
    const later = notificationsFor({ before: after, after, decision: quiet, alerts: [], owner: undefined }).find((n) => n.kind === 'red')!;
    expect(later.key).toBe(red.key);
  });

  it("after a person's accept the gate-passed message quotes the person's reason, not the analyzer's REJECT", () => {
    const pass = boxes(
      { tasks: { 'analyze-promoted-build': { status: 'Fail', result: 'Promoted build 4.20.1: blocking jobs failed BO3.\nAnalyzer recommendation: REJECT. etcd regression' } } },
      {
        tasks: {
          'analyze-promoted-build': {
            status: 'Pass',
            decided_by: 'alice',
            result: 'Accepted by alice at 2025-11-02T10:00:00Z: known flake OCPBUGS-9\nPrevious result (Fail):\nAnalyzer recommendation: REJECT. etcd regression',
          },
        },
      },
    );
    const gate = notificationsFor({ ...pass, decision: quiet, alerts: [], owner: undefined }).find((n) => n.kind === 'gate')!;
    expect(gate.text).toContain('Accepted by alice at 2025-11-02T10:00:00Z: known flake OCPBUGS-9');
    expect(gate.text).not.toContain('REJECT');
  });

  it('Green when change-advisory-status passes', () => {
    const { before, after } = boxes(
      { tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'In Progress' } },
      { tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } },
    );
    const out = notificationsFor({ before, after, decision: quiet, alerts: [], owner: undefined });
    expect(out.map((n) => [n.kind, n.broadcast ?? false])).toEqual([['task-pass', false], ['green', true]]);
  });

  it('drops keys already recorded in the StateBox (a rerun or a merge never posts twice)', () => {
    const { before, after } = boxes({ tasks: { 'push-to-cdn-staging': 'In Progress' } }, { tasks: { 'push-to-cdn-staging': 'Pass' } });
    const first = notificationsFor({ before, after, decision: quiet, alerts: [], owner: undefined });
    expect(first).toHaveLength(1);
    const recorded = { ...after, driver: { notified: [first[0]!.key] } };
    expect(notificationsFor({ before, after: recorded, decision: quiet, alerts: [], owner: undefined })).toEqual([]);
  });

  it('keys are stable for the same attempt and differ after a retry', () => {
    const inProgress = { status: 'In Progress' as const, started_at: '2025-11-01T01:00:00Z' };
    const a = boxes({ tasks: { 'stage-testing': inProgress } }, { tasks: { 'stage-testing': { status: 'Fail', started_at: '2025-11-01T01:00:00Z' } } });
    const retried = { 'stage-testing': { status: 'In Progress' as const, started_at: '2025-11-02T01:00:00Z', reset_at: '2025-11-02T00:00:00Z' } };
    const b = boxes({ tasks: retried }, { tasks: { 'stage-testing': { ...retried['stage-testing'], status: 'Fail' } } });
    const ka = notificationsFor({ ...a, decision: quiet, alerts: [], owner: undefined })[0]?.key;
    const ka2 = notificationsFor({ ...a, decision: quiet, alerts: [], owner: undefined })[0]?.key;
    const kb = notificationsFor({ ...b, decision: quiet, alerts: [], owner: undefined })[0]?.key;
    expect(ka).toBe('4.20.1:task:stage-testing:Fail:started=2025-11-01T01:00:00Z');
    expect(ka).toBe(ka2);
    expect(kb).toBe('4.20.1:task:stage-testing:Fail:reset=2025-11-02T00:00:00Z,started=2025-11-02T01:00:00Z');
  });

  it('two runs that record the same result at different moments derive the same key (they read the same StateBox)', () => {
    // A gate settled by two racing runs: each stamps its own started_at on a task it creates.
    const before = makeBox({ tasks: CHAIN_PASS });
    const at = (t: string) => makeBox({ tasks: { ...CHAIN_PASS, 'analyze-promoted-build': { status: 'Pass', started_at: t } } });
    const keys = ['2025-11-01T17:00:30Z', '2025-11-01T17:00:35Z'].map((t) => notificationsFor({ before, after: at(t), decision: quiet, alerts: [], owner: undefined }).map((n) => n.key));
    expect(keys[0]).toEqual(['4.20.1:task:analyze-promoted-build:Pass:']);
    expect(keys[1]).toEqual(keys[0]);
    // A retry opens a new attempt: its result has a key of its own.
    const retried = makeBox({ tasks: { ...CHAIN_PASS, 'analyze-promoted-build': { status: 'Not Started', reset_at: '2025-11-02T00:00:00Z' } } });
    const again = makeBox({ tasks: { ...CHAIN_PASS, 'analyze-promoted-build': { status: 'Pass', started_at: '2025-11-02T00:10:00Z', reset_at: '2025-11-02T00:00:00Z' } } });
    expect(notificationsFor({ before: retried, after: again, decision: quiet, alerts: [], owner: undefined })[0]?.key).toBe('4.20.1:task:analyze-promoted-build:Pass:reset=2025-11-02T00:00:00Z');
  });

  it('drops keys waiting in the outbox (driver.unsent) as well as those sent', () => {
    const { before, after } = boxes({ tasks: { 'push-to-cdn-staging': 'In Progress' } }, { tasks: { 'push-to-cdn-staging': 'Pass' } });
    const [first] = notificationsFor({ before, after, decision: quiet, alerts: [], owner: undefined });
    const waiting = { ...after, driver: { unsent: [{ key: first!.key, kind: 'task-pass', text: first!.text, since: '2025-11-01T00:00:00Z', run: 'r', at: '2025-11-01T00:00:00Z' }] } };
    expect(notificationsFor({ before, after: waiting, decision: quiet, alerts: [], owner: undefined })).toEqual([]);
  });

  it('stuck tasks, a long stage-release wait and a near deadline', () => {
    const box = makeBox({ tasks: CHAIN_PASS });
    const decision: Decision = {
      ...quiet,
      signals: {
        stuck: [{ task: 'stage-testing', since: '2025-10-30T00:00:00Z', text: 'looks stuck' }],
        stageReleaseWait: { since: '2025-10-31T00:00:00Z', mr: 'https://mr/1', overdue: true },
        deadlineSoon: { deadline: '2025-11-05T00:00:00Z' },
      },
    };
    const out = notificationsFor({ before: box, after: box, decision, alerts: [], owner: undefined });
    expect(out.map((n) => n.kind)).toEqual(['stuck', 'waiting', 'deadline']);
    expect(out[1]?.text).toContain('https://mr/1');
    const notOverdue = { ...decision, signals: { stuck: [], stageReleaseWait: { since: '2025-10-31T00:00:00Z', mr: 'x', overdue: false } } };
    expect(notificationsFor({ before: box, after: box, decision: notOverdue, alerts: [], owner: undefined })).toEqual([]);
  });

  it('blocking RHCOS alerts', () => {
    const box = makeBox({});
    const out = notificationsFor({ before: box, after: box, decision: quiet, alerts: [{ advisory: 155455, alerts: [{ name: 'missing_cve', blocking: true }] }], owner: undefined });
    expect(out).toEqual([expect.objectContaining({ kind: 'alert', key: '4.20.1:alert:rhcos:155455:missing_cve' })]);
    expect(out[0]?.text).toContain('secalert@redhat.com');
  });
});
