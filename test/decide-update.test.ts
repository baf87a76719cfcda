import { describe, expect, it } from 'vitest';
import { updateTask } from '../src/core/decide-update';
import { makeBox } from './helpers/fake-world';

const now = new Date('2025-11-02T10:00:00Z');

describe('updateTask: status only moves along allowed transitions', () => {
  it.each([
    ['Pass', 'In Progress'],
    ['Pass', 'Not Started'],
    ['Fail', 'In Progress'],
    ['Fail', 'Pass'],
    ['In Progress', 'Not Started'],
  ] as const)('refuses %s → %s (automatic)', (from, to) => {
    const box = makeBox({ tasks: { 'stage-testing': from } });
    const r = updateTask(box, 'stage-testing', { status: to, result: 'already triggered' }, now);
    expect(r.refused).toContain(`${from} → ${to} is not an allowed transition`);
    expect(r.box.tasks[0]?.status).toBe(from);
    expect(r.transition).toBeUndefined();
  });

  it.each([
    [undefined, 'In Progress'],
    ['Not Started', 'Pass'],
    ['In Progress', 'Pass'],
    ['In Progress', 'Fail'],
  ] as const)('allows %s → %s', (from, to) => {
    const box = makeBox({ tasks: from ? { 'stage-testing': from } : {} });
    const r = updateTask(box, 'stage-testing', { status: to }, now);
    expect(r.transition).toEqual({ from, to });
    expect(r.box.tasks.find((t) => t.name === 'stage-testing')?.status).toBe(to);
  });

  it('never overwrites a recorded job id with later output', () => {
    const box = makeBox({ tasks: { 'stage-testing': { status: 'In Progress', job: { id: '1674', url: 'https://j/1674/' } } } });
    const r = updateTask(box, 'stage-testing', { status: 'Pass', job: { id: '9999' }, result: 'done' }, now);
    expect(r.box.tasks[0]?.job).toEqual({ id: '1674', url: 'https://j/1674/' });
    expect(r.box.tasks[0]?.status).toBe('Pass');
  });

  it('keeps started_at when finishing; sets completed_at; masks emails in results', () => {
    const box = makeBox({ tasks: { 'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T05:00:00Z' } } });
    const r = updateTask(box, 'push-to-cdn-staging', { status: 'Pass', result: 'owner qe@example.com notified' }, now);
    expect(r.box.tasks[0]).toMatchObject({ started_at: '2025-11-01T05:00:00Z', completed_at: '2025-11-02T10:00:00Z', result: 'owner [EMAIL_REDACTED] notified' });
  });

  it('a new task is inserted in flow order and unknown fields and tasks are kept', () => {
    const box = makeBox({ tasks: { 'take-ownership': 'Pass', 'check-greenwave-cvp-tests': { status: 'Pass', extra: 1 } as never, 'image-signed-check': 'Pass' } });
    const r = updateTask(box, 'push-to-cdn-staging', { status: 'In Progress' }, now);
    expect(r.box.tasks.map((t) => t.name)).toEqual(['take-ownership', 'check-greenwave-cvp-tests', 'push-to-cdn-staging', 'image-signed-check']);
    expect(r.box.tasks[1]).toMatchObject({ extra: 1 });
    expect(box.tasks).toHaveLength(3);
  });

  it('reports no change when nothing changes (no write)', () => {
    const box = makeBox({ tasks: { 'stage-testing': 'In Progress' } });
    const r = updateTask(box, 'stage-testing', { status: 'In Progress' }, now);
    expect(r.changed).toBe(false);
    expect(r.box).toBe(box);
  });

  it('an automatic change after a human decision drops decided_by', () => {
    const box = makeBox({ tasks: { 'stage-testing': { status: 'Not Started', decided_by: 'alice' } } });
    const r = updateTask(box, 'stage-testing', { status: 'In Progress' }, now);
    expect(r.box.tasks[0]?.decided_by).toBeUndefined();
  });
});
