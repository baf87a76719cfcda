import { describe, expect, it } from 'vitest';
import { applyCommand } from '../src/driver/commands';
import { decide } from '../src/core/decide';
import { overallStatus } from '../src/core/overall';
import { InputError } from '../src/core/errors';
import { ALL_BEFORE_ADVISORY, CHAIN_PASS, T0, config, makeBox } from './helpers/fake-world';

const now = new Date('2025-11-02T10:00:00Z');
const task = (box: ReturnType<typeof makeBox>, name: string) => box.tasks.find((t) => t.name === name);

describe('applyCommand', () => {
  it('accept: a failed gate becomes Pass, who and why recorded, emails masked, Red cleared', () => {
    const box = makeBox({ tasks: { ...CHAIN_PASS, 'analyze-promoted-build': { status: 'Fail', result: 'Analyzer recommendation: REJECT. install failures' } } });
    expect(overallStatus(box)).toBe('Red');
    const out = applyCommand(box, { kind: 'accept', release: '4.20.1', task: 'analyze-promoted-build', justification: 'known flake, ask bob@redhat.com', by: 'alice' }, now);
    const t = task(out.box, 'analyze-promoted-build');
    expect(t?.status).toBe('Pass');
    expect(t?.decided_by).toBe('alice');
    expect(t?.result).toContain('Accepted by alice at 2025-11-02T10:00:00Z: known flake, ask [EMAIL_REDACTED]');
    expect(t?.result).toContain('Previous result (Fail):\nAnalyzer recommendation: REJECT. install failures');
    expect(t?.completed_at).toBe('2025-11-02T10:00:00Z');
    expect(overallStatus(out.box)).toBe('In Progress');
    expect(out.transitions).toEqual([{ task: 'analyze-promoted-build', from: 'Fail', to: 'Pass' }]);
    expect(out.reply).toMatch(/^Accepted analyze-promoted-build of 4.20.1/);
  });

  it('accept works on a gate waiting for a human decision (In Progress)', () => {
    const box = makeBox({ tasks: { 'analyze-promoted-build': { status: 'In Progress', awaits_decision: true } } });
    const out = applyCommand(box, { kind: 'accept', release: '4.20.1', task: 'analyze-promoted-build', justification: 'waived', by: 'alice' }, now);
    expect(task(out.box, 'analyze-promoted-build')?.status).toBe('Pass');
  });

  it('reject: Fail with the reason; the release is Red', () => {
    const box = makeBox({ tasks: { 'analyze-promoted-build': { status: 'In Progress', awaits_decision: true } } });
    const out = applyCommand(box, { kind: 'reject', release: '4.20.1', task: 'analyze-promoted-build', reason: 'real regression', by: 'carol@example.com' }, now);
    const t = task(out.box, 'analyze-promoted-build');
    expect(t?.status).toBe('Fail');
    expect(t?.decided_by).toBe('[EMAIL_REDACTED]');
    expect(t?.result).toContain('Rejected by [EMAIL_REDACTED]');
    expect(overallStatus(out.box)).toBe('Red');
  });

  describe('a decision never skips the graph: accept and reject settle only a Fail or a wait for a person', () => {
    const stageTestingRunning = { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass', 'image-consistency-check': 'Pass', 'analyze-promoted-build': 'Pass', 'stage-testing': { status: 'In Progress', job: { id: '1674' } } } as const;
    it.each([
      ['accept', 'image-signed-check', stageTestingRunning, 'image-signed-check of 4.20.1 has not started: it waits for stage-testing to pass; /release:accept applies only to a task that is Fail or waits for a person\'s decision, so nothing changed.'],
      ['reject', 'image-signed-check', stageTestingRunning, 'image-signed-check of 4.20.1 has not started: it waits for stage-testing to pass; /release:reject applies only'],
      ['accept', 'stage-testing', stageTestingRunning, 'stage-testing of 4.20.1 is In Progress (job 1674) and waits for its own result'],
      ['accept', 'change-advisory-status', stageTestingRunning, 'change-advisory-status of 4.20.1 has not started: it waits for stage-testing, image-signed-check to pass'],
      ['accept', 'analyze-promoted-build', { ...CHAIN_PASS, 'analyze-promoted-build': 'In Progress' }, 'analyze-promoted-build of 4.20.1 is In Progress and waits for its own result'],
      ['reject', 'push-to-cdn-staging', { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' }, 'push-to-cdn-staging of 4.20.1 is already Pass'],
    ] as const)('%s %s while it waits on something else: refused, saying what it waits on', (kind, target, tasks, words) => {
      const box = makeBox({ tasks });
      const cmd = kind === 'accept'
        ? { kind, release: '4.20.1', task: target, justification: 'ship it', by: 'alice' } as const
        : { kind, release: '4.20.1', task: target, reason: 'no', by: 'alice' } as const;
      expect(() => applyCommand(box, cmd, now)).toThrow(InputError);
      expect(() => applyCommand(box, cmd, now)).toThrow(words);
    });
    it('a task held for a person (a run died after claiming it) may be accepted', () => {
      const box = makeBox({ tasks: CHAIN_PASS, driver: { unrecorded_starts: { 'push-to-cdn-staging': { run: 'dead', at: '2025-11-01T00:00:00Z' } } } });
      const out = applyCommand(box, { kind: 'accept', release: '4.20.1', task: 'push-to-cdn-staging', justification: 'pushed by hand', by: 'alice' }, now);
      expect(task(out.box, 'push-to-cdn-staging')?.status).toBe('Pass');
    });
    it('after a refused accept the next decision still does not start image-signed-check', () => {
      const box = makeBox({ tasks: stageTestingRunning });
      expect(() => applyCommand(box, { kind: 'accept', release: '4.20.1', task: 'image-signed-check', justification: 'x', by: 'a' }, now)).toThrow();
      const d = decide(box, {}, now, config());
      expect(d.actions.filter((a) => a.type === 'run')).toEqual([]);
    });
  });

  it('accept of a task already Pass changes nothing', () => {
    const box = makeBox({ tasks: { 'push-to-cdn-staging': 'Pass' } });
    const out = applyCommand(box, { kind: 'accept', release: '4.20.1', task: 'push-to-cdn-staging', justification: 'x', by: 'a' }, now);
    expect(out.box).toBe(box);
    expect(out.reply).toContain('already Pass');
  });

  it('retry: Not Started, job and times cleared, and the next decision starts it again', () => {
    const box = makeBox({
      tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'Fail', job: { id: '7', url: 'https://j/7' }, result: 'aborted' } },
    });
    const out = applyCommand(box, { kind: 'retry', release: '4.20.1', task: 'push-to-cdn-staging', by: 'alice' }, now);
    const t = task(out.box, 'push-to-cdn-staging');
    expect(t?.status).toBe('Not Started');
    expect(t?.job).toBeUndefined();
    expect(t?.started_at).toBeNull();
    expect(t?.completed_at).toBeNull();
    expect(t?.['reset_at']).toBe('2025-11-02T10:00:00Z');
    expect(t?.result).toContain('Retry requested by alice');
    const d = decide(out.box, {}, now, config());
    expect(d.actions).toContainEqual({ type: 'trigger', task: 'push-to-cdn-staging' });
  });

  it('retry of change-advisory-status drops the old deadline; a restart records a fresh one', () => {
    const box = makeBox({
      tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'Fail', deadline: '2025-11-05T00:00:00Z', result: 'Timeout reached after 2 days' } },
    });
    const out = applyCommand(box, { kind: 'retry', release: '4.20.1', task: 'change-advisory-status', by: 'alice' }, new Date('2025-11-05T08:00:00Z'));
    expect(task(out.box, 'change-advisory-status')?.deadline).toBeUndefined();
    expect(out.reply).toContain('fresh 2-day deadline');
    expect(overallStatus(out.box)).toBe('In Progress');
    const d = decide(out.box, {}, new Date('2025-11-05T08:00:00Z'), config());
    expect(d.actions).toContainEqual({ type: 'run', task: 'change-advisory-status' });
  });

  it('resolve: resolves the issue (1-based), recording who; the blocker no longer makes it Red', () => {
    const box = makeBox({ issues: [{ issue: 'advisory in NEW_FILES', blocker: true, resolved: false }] });
    expect(overallStatus(box)).toBe('Red');
    const out = applyCommand(box, { kind: 'resolve', release: '4.20.1', issue: 1, text: 'advisory dropped', by: 'alice' }, now);
    expect(out.box.issues[0]).toMatchObject({ resolved: true, resolution: 'advisory dropped (resolved by alice)', resolved_at: '2025-11-02T10:00:00Z' });
    expect(overallStatus(out.box)).toBe('In Progress');
  });

  it('drive with an owner records it for take-ownership', () => {
    const box = makeBox({ tasks: { 'create-test-report': 'Pass' } });
    const out = applyCommand(box, { kind: 'drive', release: '4.20.1', owner: 'dana@example.com', by: 'dana' }, now);
    expect(out.box.driver?.owner).toBe('dana@example.com');
    expect(decide(out.box, {}, T0, config()).actions).toContainEqual({ type: 'run', task: 'take-ownership', owner: 'dana@example.com' });
    expect(out.reply).not.toContain('dana@example.com');
  });

  it.each([
    [{ kind: 'accept', release: '4.20.1', task: 'no-such-task', justification: 'x', by: 'a' }, /"no-such-task" is not a task of the release flow/],
    [{ kind: 'accept', release: '4.20.1', task: 'stage-testing', justification: '  ', by: 'a' }, /needs a justification/],
    [{ kind: 'reject', release: '4.20.1', task: 'stage-testing', reason: '', by: 'a' }, /needs a reason/],
    [{ kind: 'resolve', release: '4.20.1', issue: 3, text: 'x', by: 'a' }, /Issue 3 does not exist/],
    [{ kind: 'retry', release: '4.20.2', task: 'stage-testing', by: 'a' }, /names release 4.20.2/],
  ] as const)('refuses %j clearly', (cmd, message) => {
    const box = makeBox({ tasks: { 'stage-testing': 'Fail' } });
    expect(() => applyCommand(box, cmd, now)).toThrow(InputError);
    expect(() => applyCommand(box, cmd, now)).toThrow(message);
  });

  it('status changes nothing and answers with the overall status', () => {
    const box = makeBox({});
    const out = applyCommand(box, { kind: 'status', release: '4.20.1', by: 'a' }, now);
    expect(out.box).toBe(box);
    expect(out.reply).toBe('4.20.1 is In Progress.');
  });
});
