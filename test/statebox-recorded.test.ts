import { describe, expect, it } from 'vitest';
import { outcomeOf, recordedOf, remember, restoreRegressions } from '../src/statebox/recorded';
import { CHAIN_PASS, makeBox, type BoxSpec } from './helpers/fake-world';

const AT = '2025-11-01T10:00:00Z';
const passed = { name: 'stage-testing', status: 'Pass' as const, started_at: '2025-11-01T04:00:00Z', completed_at: AT, result: 'Stage-Pipeline 1674 SUCCESS', job: { id: '1674' } };

describe('what the driver recorded, put back when another writer regresses it', () => {
  const withMemory = (tasks: NonNullable<BoxSpec['tasks']>) => remember(makeBox({ tasks }), 'stage-testing', outcomeOf(passed, AT)!);

  it.each([
    ['In Progress (oar saved its stale copy)', { status: 'In Progress' as const, started_at: '2025-11-01T04:00:00Z', job: { id: '1674' } }],
    ['Not Started', 'Not Started' as const],
  ])('a Pass back to %s is restored, with times, job and a note', (_what, stale) => {
    const box = withMemory({ ...CHAIN_PASS, 'stage-testing': stale });
    const { box: fixed, restored } = restoreRegressions(box);
    const t = fixed.tasks.find((x) => x.name === 'stage-testing')!;
    expect(t).toMatchObject({ status: 'Pass', started_at: '2025-11-01T04:00:00Z', completed_at: AT, job: { id: '1674' } });
    expect(t.result).toContain('Stage-Pipeline 1674 SUCCESS');
    expect(t.result).toContain('Restored by the driver');
    expect(restored).toEqual([{ task: 'stage-testing', text: expect.stringContaining('restored the Pass the driver recorded at 2025-11-01T10:00:00Z') }]);
    // Said once: the restored box has nothing more to restore.
    expect(restoreRegressions(fixed).restored).toEqual([]);
  });

  it('a task dropped whole is put back', () => {
    const box = withMemory(CHAIN_PASS);
    expect(restoreRegressions(box).box.tasks.find((t) => t.name === 'stage-testing')?.status).toBe('Pass');
  });

  it("a person's retry after the memory ends it: nothing is restored", () => {
    const box = withMemory({ ...CHAIN_PASS, 'stage-testing': { status: 'Not Started', reset_at: '2025-11-01T11:00:00Z' } });
    const { box: after, restored } = restoreRegressions(box);
    expect(restored).toEqual([]);
    expect(recordedOf(after)['stage-testing']).toBeUndefined();
  });

  it('a dropped job reference of a running task is restored', () => {
    const running = { name: 'stage-testing', status: 'In Progress' as const, job: { id: '1674', url: 'https://jenkins/1674/' } };
    const box = remember(makeBox({ tasks: { ...CHAIN_PASS, 'stage-testing': 'In Progress' } }), 'stage-testing', outcomeOf(running, AT)!);
    const { box: fixed, restored } = restoreRegressions(box);
    expect(fixed.tasks.find((t) => t.name === 'stage-testing')?.job).toEqual({ id: '1674', url: 'https://jenkins/1674/' });
    expect(restored[0]?.text).toContain('restored job https://jenkins/1674/');
  });

  it("oar's Fail over a stage-release wait: the driver's wait wins, and says why", () => {
    const box = remember(
      makeBox({ tasks: { ...CHAIN_PASS, 'image-consistency-check': { status: 'Fail', result: 'ERROR: stage-release pipeline is not completed yet' } } }),
      'image-consistency-check',
      { status: 'Wait', at: AT, reason: 'stage-release pipeline of MR 297 not succeeded yet' },
    );
    const { box: fixed, restored } = restoreRegressions(box);
    const t = fixed.tasks.find((x) => x.name === 'image-consistency-check')!;
    expect(t.status).toBe('Not Started');
    expect(t.result).toBe("Waiting, not failed: stage-release pipeline of MR 297 not succeeded yet (oar recorded Fail; the driver's wait wins).");
    expect(restored[0]?.text).toContain("the driver's wait wins");
  });

  it('a wait is remembered once (its start), so a quiet run writes nothing', () => {
    const once = remember(makeBox({ tasks: CHAIN_PASS }), 'stage-testing', { status: 'Wait', at: AT, reason: 'r' });
    expect(remember(once, 'stage-testing', { status: 'Wait', at: '2025-11-01T11:00:00Z', reason: 'r' })).toBe(once);
  });

  it('a task as recorded needs nothing: the same box comes back', () => {
    const box = withMemory({ ...CHAIN_PASS, 'stage-testing': passed });
    expect(restoreRegressions(box).box).toBe(box);
  });
});
