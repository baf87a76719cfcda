/**
 * An async task a dead run may have started without recording the job, with an executor that
 * cannot look it up (src/core/unrecorded.ts): when the record holds the task, what decide
 * says about it, how /release:retry clears it, and the notifications it (and a new blocker
 * issue) give rise to. The engine around it is in test/drive-claim.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../src/core/decide';
import { applyCommand } from '../src/driver/commands';
import { notificationsFor } from '../src/driver/notifications';
import { addIssue } from '../src/statebox/edit';
import type { StateBox } from '../src/core/model';
import { unrecordedStart, unrecordedStartsOf, withUnrecordedStart, withoutSettledUnrecordedStarts, withoutUnrecordedStarts } from '../src/core/unrecorded';
import { CHAIN_PASS, T0, config, makeBox, type TaskSpec } from './helpers/fake-world';

const AT = '2025-11-01T00:00:00Z';
const HELD = { run: 'dies', at: AT };
const NOW = new Date('2025-11-01T00:20:00Z');

function heldBox(task: string, spec?: TaskSpec, others: Record<string, TaskSpec> = {}): StateBox {
  return makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', ...others, ...(spec ? { [task]: spec } : {}) }, driver: { unrecorded_starts: { [task]: HELD } } });
}

describe('unrecordedStart: does the record still hold the task?', () => {
  it.each<{ case: string; spec?: TaskSpec; held: boolean }>([
    { case: 'task not recorded', held: true },
    { case: 'Not Started', spec: 'Not Started', held: true },
    { case: 'Not Started, retried before the claim', spec: { status: 'Not Started', reset_at: '2025-10-31T23:00:00Z' }, held: true },
    { case: 'retried after the claim', spec: { status: 'Not Started', reset_at: '2025-11-01T00:10:00Z' }, held: false },
    { case: 'a person recorded the job', spec: { status: 'In Progress', job: { id: '7' } }, held: false },
    { case: 'accepted', spec: { status: 'Pass', decided_by: 'alice' }, held: false },
    { case: 'rejected', spec: { status: 'Fail', decided_by: 'alice' }, held: false },
  ])('$case → held: $held', ({ spec, held }) => {
    const box = heldBox('push-to-cdn-staging', spec);
    expect(unrecordedStart(box, 'push-to-cdn-staging')).toEqual(held ? HELD : undefined);
    expect(unrecordedStartsOf(withoutSettledUnrecordedStarts(box))).toEqual(held ? { 'push-to-cdn-staging': HELD } : {});
  });

  it('malformed entries are ignored; removing the last record removes an emptied driver section', () => {
    const box = makeBox({ driver: { unrecorded_starts: { 'stage-testing': 'yesterday', 'push-to-cdn-staging': HELD } } });
    expect(unrecordedStartsOf(box)).toEqual({ 'push-to-cdn-staging': HELD });
    const added = withUnrecordedStart(makeBox(), 'stage-testing', { ...HELD, extra: 1 } as typeof HELD);
    expect(added.driver).toEqual({ unrecorded_starts: { 'stage-testing': HELD } });
    expect(withoutUnrecordedStarts(added, ['stage-testing']).driver).toBeUndefined();
    const kept = { ...added, driver: { ...added.driver, notified: ['k'] } };
    expect(withoutUnrecordedStarts(kept, ['stage-testing']).driver).toEqual({ notified: ['k'] });
  });
});

describe('decide: a held task waits for a person and is never triggered', () => {
  it.each([
    ['push-to-cdn-staging', "the stage push jobs of the release's advisories in the Errata Tool"],
    ['image-consistency-check', 'Prow for the image consistency check job'],
    ['stage-testing', 'Jenkins for the Stage-Pipeline build'],
  ] as const)('%s: the wait names the job system, the run and the command', (task, where) => {
    // Everything else it needs is there: without the record it would be triggered now.
    const box = heldBox(task, undefined, task === 'stage-testing' ? { 'push-to-cdn-staging': 'Pass' } : {});
    const obs = { promotion: { ok: true, value: { phase: 'Accepted' } }, stageRelease: { ok: true, value: true } } as const;
    expect(decide(withoutUnrecordedStarts(box, [task]), obs, NOW, config()).actions).toContainEqual({ type: 'trigger', task });
    const d = decide(box, obs, NOW, config());
    const reason = `waits for a person: run dies may have started it at 2025-11-01T00:00Z and died before recording its job; check ${where}, then /release:record-job 4.20.1 ${task} JOB to record the job it started, or /release:retry 4.20.1 ${task} to start it again`;
    expect(d.actions.filter((a) => a.type === 'trigger' && a.task === task)).toEqual([]);
    expect(d.waits).toContain(`${task}: ${reason}`);
    expect(d.tasks.find((t) => t.task === task)).toEqual({ task, state: 'waiting', detail: reason });
    expect(d.signals.unrecordedStarts).toEqual([{ task, run: 'dies', at: AT, text: reason }]);
    expect(d.overall).toBe('In Progress');
  });

  it('without the record the same StateBox triggers the task, and no signal is given', () => {
    const box = withoutUnrecordedStarts(heldBox('push-to-cdn-staging'), ['push-to-cdn-staging']);
    const d = decide(box, {}, NOW, config());
    expect(d.actions).toContainEqual({ type: 'trigger', task: 'push-to-cdn-staging' });
    expect(d.signals.unrecordedStarts).toBeUndefined();
  });
});

describe('/release:retry clears it', () => {
  it('removes the record, says what the task was waiting for, and the next decide triggers it', () => {
    const out = applyCommand(heldBox('stage-testing'), { kind: 'retry', release: '4.20.1', task: 'stage-testing', by: 'alice' }, NOW);
    expect(out.box.driver).toBeUndefined();
    const record = out.box.tasks.find((t) => t.name === 'stage-testing');
    expect(record).toMatchObject({ status: 'Not Started', reset_at: '2025-11-01T00:20:00Z', decided_by: 'alice' });
    expect(record?.result).toBe(`Retry requested by alice at 2025-11-01T00:20:00Z (was waiting for a person: run dies may have started it at ${AT} without recording its job).`);
    expect(out.reply).toBe('stage-testing of 4.20.1 will start again on the next step.');
  });

  it('leaves the records of other tasks alone', () => {
    const box = withUnrecordedStart(heldBox('stage-testing'), 'image-consistency-check', HELD);
    const out = applyCommand(box, { kind: 'retry', release: '4.20.1', task: 'stage-testing', by: 'alice' }, NOW);
    expect(unrecordedStartsOf(out.box)).toEqual({ 'image-consistency-check': HELD });
  });
});

describe('notifications', () => {
  it('a held task is announced once, keyed by the dead run and its claim', () => {
    const box = heldBox('push-to-cdn-staging');
    const decision = decide(box, {}, NOW, config());
    const first = notificationsFor({ before: box, after: box, decision, alerts: [], owner: 'qe@example.com' });
    expect(first.map((n) => [n.key, n.kind, n.mentionOwner])).toEqual([[`4.20.1:unrecorded-start:push-to-cdn-staging:dies@${AT}`, 'waiting', true]]);
    expect(first[0]?.text).toMatch(/^4\.20\.1: push-to-cdn-staging waits for a person: run dies may have started it at 2025-11-01T00:00Z .* \/release:retry 4\.20\.1 push-to-cdn-staging to start it again\.$/);
    const sent = { ...box, driver: { ...box.driver, notified: first.map((n) => n.key) } };
    expect(notificationsFor({ before: sent, after: sent, decision, alerts: [], owner: undefined })).toEqual([]);
  });

  it('the Red message for a blocker issue a run adds has the same key whenever the run stamped it; a recurrence gets a new one', () => {
    const before = makeBox({ tasks: { ...CHAIN_PASS } });
    const red = (b: StateBox, after: StateBox) => notificationsFor({ before: b, after, decision: decide(after, {}, NOW, config()), alerts: [], owner: undefined }).filter((n) => n.kind === 'red');
    const a = red(before, addIssue(before, { text: 'Cannot check the promotion: HTTP 401', blocker: true, now: T0 }));
    const b = red(before, addIssue(before, { text: 'Cannot check the promotion: HTTP 401', blocker: true, now: new Date(T0.getTime() + 40_000) }));
    expect(a).toHaveLength(1);
    expect(a[0]?.key).toMatch(/^4\.20\.1:red:issue#[0-9a-f]{12}\.0$/);
    expect(b.map((n) => n.key)).toEqual(a.map((n) => n.key));
    // The same text again after it was resolved: another occasion, another message.
    const resolved = { ...before, issues: [{ issue: 'Cannot check the promotion: HTTP 401', reported_at: AT, resolved: true, resolution: 'rotated', blocker: true, related_tasks: [] }] };
    const again = red(resolved, addIssue(resolved, { text: 'Cannot check the promotion: HTTP 401', blocker: true, now: NOW }));
    expect(again.map((n) => n.key)).toEqual([a[0]!.key.replace(/\.0$/, '.1')]);
  });
});
