import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addIssue, resolveIssue, upsertTask } from '../src/statebox/edit';
import { type MergeConflict, mergeStateBoxes } from '../src/statebox/merge';
import { type StateBox, type StateBoxIssue, type StateBoxTask, stateBoxSchema } from '../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';

// Builders keep each case to the fields it is about.
const T0 = '2026-06-25T08:00:00Z';
const T1 = '2026-06-25T09:00:00Z';
const T2 = '2026-06-25T10:00:00Z';
const T3 = '2026-06-25T11:00:00Z';

function box(over: Partial<StateBox> & Record<string, unknown> = {}): StateBox {
  return {
    schema_version: '1.0',
    release: '4.20.1',
    created_at: T0,
    updated_at: T0,
    metadata: { jira_ticket: 'ART-1', advisory_ids: { rpm: 1, rhcos: 2 }, release_date: '2026-Jul-01' },
    tasks: [],
    issues: [],
    ...over,
  };
}

function task(name: string, status: StateBoxTask['status'], over: Partial<StateBoxTask> = {}): StateBoxTask {
  return { name, status, started_at: null, completed_at: null, result: null, ...over };
}

function issue(text: string, over: Partial<StateBoxIssue> = {}): StateBoxIssue {
  return { issue: text, reported_at: T0, resolved: false, resolution: null, blocker: true, related_tasks: [], ...over };
}

function withTasks(...tasks: StateBoxTask[]): StateBox {
  return box({ tasks });
}

function merge(base: StateBox | undefined, ours: StateBox, theirs: StateBox) {
  const result = mergeStateBoxes(base, ours, theirs);
  // Whatever the case, the result is a valid StateBox that serializes.
  expect(stateBoxSchema.safeParse(result.merged).success).toBe(true);
  expect(parseStateBoxText(serializeStateBox(result.merged), 'merged.yaml')).toStrictEqual(result.merged);
  return result;
}

const taskOf = (b: StateBox, name: string) => b.tasks.find((t) => t.name === name);
const wheres = (c: MergeConflict[]) => c.map((x) => x.where);

describe('mergeStateBoxes: tasks by name', () => {
  it('keeps tasks added on either side, in flow order', () => {
    const base = withTasks(task('take-ownership', 'Pass'));
    const ours = withTasks(task('take-ownership', 'Pass'), task('stage-testing', 'In Progress'));
    const theirs = withTasks(task('take-ownership', 'Pass'), task('push-to-cdn-staging', 'In Progress'), task('update-bug-list', 'Pass'));
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(merged.tasks.map((t) => t.name)).toEqual(['take-ownership', 'push-to-cdn-staging', 'stage-testing', 'update-bug-list']);
    expect(conflicts).toEqual([]);
  });

  it('one side changed a task, the other did not: the change wins silently', () => {
    const base = withTasks(task('stage-testing', 'In Progress', { started_at: T1 }));
    const ours = withTasks(task('stage-testing', 'Pass', { started_at: T1, completed_at: T2, result: 'done' }));
    for (const [o, t] of [
      [ours, base],
      [base, ours],
    ] as const) {
      const { merged, conflicts } = merge(base, o, t);
      expect(taskOf(merged, 'stage-testing')).toEqual(ours.tasks[0]);
      expect(conflicts).toEqual([]);
    }
  });

  it.each([
    ['ours', 'theirs'],
    ['theirs', 'ours'],
  ] as const)('In Progress vs Pass → Pass, and its run fields come with it (Pass on %s)', (passSide, _other) => {
    const base = withTasks(task('stage-testing', 'Not Started'));
    const pass = withTasks(task('stage-testing', 'Pass', { started_at: T1, completed_at: T2, result: 'build SUCCESS' }));
    const running = withTasks(task('stage-testing', 'In Progress', { started_at: T0, result: 'triggered' }));
    const [o, t] = passSide === 'ours' ? [pass, running] : [running, pass];
    const { merged, conflicts } = merge(base, o, t);
    expect(taskOf(merged, 'stage-testing')).toEqual(pass.tasks[0]);
    expect(conflicts).toEqual([]);
  });

  it('never Pass → In Progress by accident: a stale In Progress never beats a Pass', () => {
    const base = withTasks(task('push-to-cdn-staging', 'In Progress', { started_at: T0, result: 'pushing' }));
    const pass = withTasks(task('push-to-cdn-staging', 'Pass', { started_at: T0, completed_at: T2, result: 'COMPLETE' }));
    const stillRunning = withTasks(task('push-to-cdn-staging', 'In Progress', { started_at: T0, result: 'pushing\nstill pushing' }));
    for (const [o, t] of [
      [pass, stillRunning],
      [stillRunning, pass],
    ] as const) {
      const { merged } = merge(base, o, t);
      expect(taskOf(merged, 'push-to-cdn-staging')).toMatchObject({ status: 'Pass', completed_at: T2, result: 'COMPLETE' });
    }
  });

  it('Pass vs Fail is reported and resolved to Fail, the same whichever side holds it', () => {
    const base = withTasks(task('stage-testing', 'In Progress', { started_at: T0 }));
    const pass = withTasks(task('stage-testing', 'Pass', { started_at: T0, completed_at: T1, result: 'ok' }));
    const fail = withTasks(task('stage-testing', 'Fail', { started_at: T0, completed_at: T2, result: 'failed' }));
    const a = merge(base, pass, fail);
    const b = merge(base, fail, pass);
    for (const r of [a, b]) {
      expect(taskOf(r.merged, 'stage-testing')).toMatchObject({ status: 'Fail', completed_at: T2, result: 'failed' });
      expect(r.conflicts).toHaveLength(1);
      expect(r.conflicts[0]).toMatchObject({ where: 'tasks[stage-testing].status' });
      expect(r.conflicts[0]!.resolution).toMatch(/kept Fail/);
    }
    expect(a.conflicts[0]).toMatchObject({ ours: 'Pass', theirs: 'Fail' });
    expect(b.conflicts[0]).toMatchObject({ ours: 'Fail', theirs: 'Pass' });
  });

  it('a human decision wins over an automatic change, and is reported', () => {
    const base = withTasks(task('stage-testing', 'Fail', { started_at: T0, completed_at: T1, result: 'failed', job: { id: '1660' } }));
    const retried = withTasks(task('stage-testing', 'Not Started', { decided_by: 'alice' }));
    const driver = withTasks(task('stage-testing', 'Pass', { started_at: T0, completed_at: T2, result: 'passed on re-check', job: { id: '1660' } }));
    for (const [o, t, side] of [
      [retried, driver, 'ours'],
      [driver, retried, 'theirs'],
    ] as const) {
      const { merged, conflicts } = merge(base, o, t);
      expect(taskOf(merged, 'stage-testing')).toEqual(retried.tasks[0]);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]!.where).toBe('tasks[stage-testing].status');
      expect(conflicts[0]!.resolution).toBe(`kept Not Started from ${side}: a human decision (by alice) wins`);
    }
  });

  it('a human accept (decided_by) beats a driver Fail', () => {
    const base = withTasks(task('analyze-promoted-build', 'In Progress'));
    const accept = withTasks(task('analyze-promoted-build', 'Pass', { decided_by: 'bob', result: 'known flake', completed_at: T2 }));
    const reject = withTasks(task('analyze-promoted-build', 'Fail', { result: 'REJECT', completed_at: T1 }));
    const { merged, conflicts } = merge(base, reject, accept);
    expect(taskOf(merged, 'analyze-promoted-build')).toMatchObject({ status: 'Pass', decided_by: 'bob', result: 'known flake', completed_at: T2 });
    expect(conflicts.map((c) => c.resolution)).toEqual(['kept Pass from theirs: a human decision (by bob) wins']);
  });

  it('two different human decisions: reported, ours kept', () => {
    const base = withTasks(task('analyze-promoted-build', 'Fail'));
    const a = withTasks(task('analyze-promoted-build', 'Pass', { decided_by: 'alice' }));
    const b = withTasks(task('analyze-promoted-build', 'Not Started', { decided_by: 'bob' }));
    const { merged, conflicts } = merge(base, a, b);
    expect(taskOf(merged, 'analyze-promoted-build')).toMatchObject({ status: 'Pass', decided_by: 'alice' });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.resolution).toMatch(/both sides hold a human decision/);
  });

  it('a reset to Not Started without a human mark vs progress: reported, progress kept', () => {
    const base = withTasks(task('image-consistency-check', 'In Progress', { started_at: T0 }));
    const reset = withTasks(task('image-consistency-check', 'Not Started'));
    const done = withTasks(task('image-consistency-check', 'Pass', { started_at: T0, completed_at: T2 }));
    for (const [o, t] of [
      [reset, done],
      [done, reset],
    ] as const) {
      const { merged, conflicts } = merge(base, o, t);
      expect(taskOf(merged, 'image-consistency-check')).toEqual(done.tasks[0]);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]!.resolution).toMatch(/over a reset to Not Started/);
    }
  });

  it('same status, a field changed differently on both sides: reported, ours kept', () => {
    const base = withTasks(task('stage-testing', 'In Progress', { started_at: T0, result: 'a' }));
    const ours = withTasks(task('stage-testing', 'In Progress', { started_at: T0, result: 'a\nours' }));
    const theirs = withTasks(task('stage-testing', 'In Progress', { started_at: T0, result: 'a\ntheirs' }));
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(taskOf(merged, 'stage-testing')!.result).toBe('a\nours');
    expect(conflicts).toEqual([{ where: 'tasks[stage-testing].result', ours: 'a\nours', theirs: 'a\ntheirs', resolution: 'kept ours (the write being saved)' }]);
  });

  it('same status, different fields changed on each side: both kept', () => {
    const base = withTasks(task('change-advisory-status', 'In Progress', { started_at: T0 }));
    const ours = withTasks(task('change-advisory-status', 'In Progress', { started_at: T0, deadline: T3 }));
    const theirs = withTasks(task('change-advisory-status', 'In Progress', { started_at: T0, result: 'approved MR' }));
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(taskOf(merged, 'change-advisory-status')).toMatchObject({ deadline: T3, result: 'approved MR' });
    expect(conflicts).toEqual([]);
  });

  it('unknown task fields merge by key too', () => {
    const base = withTasks({ ...task('check-greenwave-cvp-tests', 'Pass'), note: 'x' } as StateBoxTask);
    const ours = withTasks({ ...task('check-greenwave-cvp-tests', 'Pass'), note: 'x', a: 1 } as StateBoxTask);
    const theirs = withTasks({ ...task('check-greenwave-cvp-tests', 'Pass'), note: 'y' } as StateBoxTask);
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(taskOf(merged, 'check-greenwave-cvp-tests')).toMatchObject({ note: 'y', a: 1 });
    expect(conflicts).toEqual([]);
  });

  it('a task removed on one side and untouched on the other is removed; removed vs changed is kept and reported', () => {
    const base = withTasks(task('take-ownership', 'Pass'), task('update-bug-list', 'Pass'));
    const removed = withTasks(task('take-ownership', 'Pass'));
    expect(merge(base, removed, base).merged.tasks.map((t) => t.name)).toEqual(['take-ownership']);
    expect(merge(base, base, removed).merged.tasks.map((t) => t.name)).toEqual(['take-ownership']);
    const changed = withTasks(task('take-ownership', 'Pass'), task('update-bug-list', 'Fail'));
    const a = merge(base, removed, changed);
    expect(taskOf(a.merged, 'update-bug-list')?.status).toBe('Fail');
    expect(wheres(a.conflicts)).toEqual(['tasks[update-bug-list]']);
    const b = merge(base, changed, removed);
    expect(taskOf(b.merged, 'update-bug-list')?.status).toBe('Fail');
    expect(wheres(b.conflicts)).toEqual(['tasks[update-bug-list]']);
  });
});

describe('mergeStateBoxes: job records', () => {
  const running = (job?: StateBoxTask['job']) => withTasks(task('stage-testing', 'In Progress', { started_at: T0, ...(job ? { job } : {}) }));

  it('a job recorded on one side is kept', () => {
    const base = running();
    const ours = running({ id: '1672', url: 'https://jenkins/1672', triggered_at: T1 });
    expect(merge(base, base, ours).merged.tasks[0]!.job).toEqual({ id: '1672', url: 'https://jenkins/1672', triggered_at: T1 });
    expect(merge(base, ours, base).merged.tasks[0]!.job).toEqual({ id: '1672', url: 'https://jenkins/1672', triggered_at: T1 });
  });

  it('two different jobs: the one triggered first is kept and the other reported', () => {
    const base = running();
    const early = running({ id: 'A', triggered_at: T1 });
    const late = running({ id: 'B', triggered_at: T2 });
    for (const [o, t] of [
      [early, late],
      [late, early],
    ] as const) {
      const { merged, conflicts } = merge(base, o, t);
      expect(merged.tasks[0]!.job!.id).toBe('A');
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]!.where).toBe('tasks[stage-testing].job');
      expect(conflicts[0]!.resolution).toMatch(/kept job A .*job B was started too/);
    }
  });

  it('details of the same job added on each side are combined', () => {
    const base = running({ id: 'A' });
    const { merged, conflicts } = merge(base, running({ id: 'A', url: 'u' }), running({ id: 'A', triggered_at: T1 }));
    expect(merged.tasks[0]!.job).toEqual({ id: 'A', url: 'u', triggered_at: T1 });
    expect(conflicts).toEqual([]);
  });

  it('the job follows the winning status: a losing side cannot swap it silently', () => {
    const base = running({ id: 'A', triggered_at: T0 });
    const passed = withTasks(task('stage-testing', 'Pass', { started_at: T0, completed_at: T2, job: { id: 'A', triggered_at: T0 } }));
    const swapped = running({ id: 'B', triggered_at: T1 });
    const { merged, conflicts } = merge(base, passed, swapped);
    expect(merged.tasks[0]).toMatchObject({ status: 'Pass', job: { id: 'A' } });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.resolution).toMatch(/kept job A .*job B from theirs is not tracked/);
  });

  it('a job dropped on one side while the other changed it is kept and reported', () => {
    const base = running({ id: 'A' });
    const dropped = withTasks(task('stage-testing', 'In Progress', { started_at: T0 }));
    const changed = running({ id: 'A', url: 'u' });
    const { merged, conflicts } = merge(base, dropped, changed);
    expect(merged.tasks[0]!.job).toEqual({ id: 'A', url: 'u' });
    expect(conflicts.map((c) => c.resolution)).toEqual(['kept job A: a job record is never dropped by a merge']);
  });
});

describe('mergeStateBoxes: issues by identity', () => {
  it('both sides add different issues: base order, then ours, then theirs', () => {
    const base = box({ issues: [issue('old')] });
    const ours = box({ issues: [issue('old'), issue('ours new', { reported_at: T1 })] });
    const theirs = box({ issues: [issue('old'), issue('theirs new', { reported_at: T1 }), issue('theirs second', { reported_at: T2 })] });
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(merged.issues.map((i) => i.issue)).toEqual(['old', 'ours new', 'theirs new', 'theirs second']);
    expect(conflicts).toEqual([]);
  });

  // Two runs that meet the same permanent error (a broken credential) each add its blocker issue,
  // stamped at their own time: one issue, with the reported_at of theirs (what the store holds).
  it.each([
    { case: 'same text, different times', ours: [issue('flaky', { reported_at: T1 })], theirs: [issue('flaky', { reported_at: T2 })], want: [['flaky', T2]] },
    { case: 'same time (already one identity)', ours: [issue('flaky', { reported_at: T1 })], theirs: [issue('flaky', { reported_at: T1 })], want: [['flaky', T1]] },
    { case: 'the same non-blocker (security alert) too', ours: [issue('alert', { reported_at: T1, blocker: false })], theirs: [issue('alert', { reported_at: T2, blocker: false })], want: [['alert', T2]] },
    { case: 'text differing only in surrounding space', ours: [issue('flaky\n', { reported_at: T1 })], theirs: [issue('flaky', { reported_at: T2 })], want: [['flaky', T2]] },
    { case: 'an email masked on one side only', ours: [issue('token of bob@example.com expired', { reported_at: T1 })], theirs: [issue('token of [EMAIL_REDACTED] expired', { reported_at: T2 })], want: [['token of [EMAIL_REDACTED] expired', T2]] },
    { case: 'twice on each side: paired one to one', ours: [issue('x', { reported_at: T1 }), issue('x', { reported_at: T2 })], theirs: [issue('x', { reported_at: T0 }), issue('x', { reported_at: T3 })], want: [['x', T0], ['x', T3]] },
    { case: 'more on one side: the extra stays', ours: [issue('x', { reported_at: T1 }), issue('x', { reported_at: T2 })], theirs: [issue('x', { reported_at: T3 })], want: [['x', T2], ['x', T3]] },
    { case: 'different texts stay two', ours: [issue('a', { reported_at: T1 })], theirs: [issue('b', { reported_at: T2 })], want: [['a', T1], ['b', T2]] },
    { case: 'blocker and non-blocker stay two', ours: [issue('x', { reported_at: T1 })], theirs: [issue('x', { reported_at: T2, blocker: false })], want: [['x', T1], ['x', T2]] },
  ])('issues added on both sides: $case', ({ ours, theirs, want }) => {
    const { merged } = merge(box(), box({ issues: ours }), box({ issues: theirs }));
    expect(merged.issues.map((i) => [i.issue, i.reported_at])).toEqual(want);
  });

  it('the same issue added on both sides is merged as one: resolved wins, related tasks unite, the merge says so', () => {
    const ours = box({ issues: [issue('Cannot check the promotion: HTTP 401', { reported_at: T1, related_tasks: ['a'] })] });
    const theirs = box({ issues: [issue('Cannot check the promotion: HTTP 401', { reported_at: T2, related_tasks: ['b'], resolved: true, resolution: 'token rotated', resolved_at: T3 })] });
    const { merged, conflicts } = merge(box(), ours, theirs);
    expect(merged.issues).toEqual([{ ...theirs.issues[0], related_tasks: ['a', 'b'] }]);
    expect(conflicts).toEqual([
      { where: `issues["Cannot check the promotion: HTTP 401" @ ${T2}]`, ours: T1, theirs: T2, resolution: `kept one issue reported at ${T2}: both sides added it` },
    ]);
  });

  it('the same text as an issue both sides read is a new issue (it happened again), not merged into the old one', () => {
    const old = issue('flaky', { reported_at: T0, resolved: true, resolution: 'fixed', resolved_at: T1 });
    const base = box({ issues: [old] });
    const { merged } = merge(base, box({ issues: [old, issue('flaky', { reported_at: T2 })] }), box({ issues: [old] }));
    expect(merged.issues.map((i) => [i.reported_at, i.resolved])).toEqual([
      [T0, true],
      [T2, false],
    ]);
  });

  it('an issue added on both sides keeps the place theirs gave it', () => {
    const base = box({ issues: [issue('old')] });
    const ours = box({ issues: [issue('old'), issue('dup', { reported_at: T1 }), issue('ours', { reported_at: T1 })] });
    const theirs = box({ issues: [issue('old'), issue('theirs', { reported_at: T2 }), issue('dup', { reported_at: T2 })] });
    expect(merge(base, ours, theirs).merged.issues.map((i) => i.issue)).toEqual(['old', 'ours', 'theirs', 'dup']);
  });

  it('the same issue added on both sides is kept once', () => {
    const same = box({ issues: [issue('x', { reported_at: T1 })] });
    expect(merge(box(), same, same).merged.issues).toHaveLength(1);
  });

  it('resolved wins over unresolved, with its resolution and time, and other changes still merge', () => {
    const base = box({ issues: [issue('blocker', { related_tasks: ['stage-testing'] })] });
    const resolved = box({ issues: [issue('blocker', { related_tasks: ['stage-testing'], resolved: true, resolution: 'fixed', resolved_at: T2 })] });
    const edited = box({ issues: [issue('blocker', { related_tasks: ['stage-testing'], blocker: false })] });
    for (const [o, t] of [
      [resolved, edited],
      [edited, resolved],
    ] as const) {
      const { merged, conflicts } = merge(base, o, t);
      expect(merged.issues[0]).toEqual({ ...resolved.issues[0], blocker: false });
      expect(conflicts).toEqual([]);
    }
  });

  it('resolved true wins even when both sides added the issue', () => {
    const open = box({ issues: [issue('x', { reported_at: T1 })] });
    const closed = box({ issues: [issue('x', { reported_at: T1, resolved: true, resolution: 'done', resolved_at: T2 })] });
    expect(merge(undefined, open, closed).merged.issues[0]).toMatchObject({ resolved: true, resolution: 'done', resolved_at: T2 });
    expect(merge(undefined, closed, open).merged.issues[0]).toMatchObject({ resolved: true, resolution: 'done', resolved_at: T2 });
  });

  it('resolved on both sides with different words: reported, ours kept', () => {
    const base = box({ issues: [issue('x')] });
    const a = box({ issues: [issue('x', { resolved: true, resolution: 'A', resolved_at: T1 })] });
    const b = box({ issues: [issue('x', { resolved: true, resolution: 'B', resolved_at: T2 })] });
    const { merged, conflicts } = merge(base, a, b);
    expect(merged.issues[0]).toMatchObject({ resolution: 'A', resolved_at: T1 });
    expect(conflicts.map((c) => c.where)).toEqual(['issues["x" @ 2026-06-25T08:00:00Z].resolution', 'issues["x" @ 2026-06-25T08:00:00Z].resolved_at']);
  });

  it('related_tasks changed on both sides become the union', () => {
    const base = box({ issues: [issue('x', { related_tasks: ['a'] })] });
    const { merged, conflicts } = merge(base, box({ issues: [issue('x', { related_tasks: ['a', 'b'] })] }), box({ issues: [issue('x', { related_tasks: ['c'] })] }));
    expect(merged.issues[0]!.related_tasks).toEqual(['a', 'b', 'c']);
    expect(conflicts).toEqual([]);
  });

  it('an issue removed on one side is removed; removed vs changed is kept and reported', () => {
    const base = box({ issues: [issue('x')] });
    expect(merge(base, box(), base).merged.issues).toEqual([]);
    const changed = box({ issues: [issue('x', { blocker: false })] });
    const { merged, conflicts } = merge(base, box(), changed);
    expect(merged.issues).toEqual(changed.issues);
    expect(conflicts).toHaveLength(1);
  });
});

describe('mergeStateBoxes: metadata, unknown keys, driver, timestamps', () => {
  it('metadata merges key by key, deeply', () => {
    const base = box();
    const ours = box({ metadata: { ...base.metadata, advisory_ids: { rpm: 10, rhcos: 2 } } });
    const theirs = box({ metadata: { ...base.metadata, advisory_ids: { rpm: 1, rhcos: 2, microshift: 3 }, qe_owner: 'qe@example.com' } });
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(merged.metadata).toEqual({ ...base.metadata, advisory_ids: { rpm: 10, rhcos: 2, microshift: 3 }, qe_owner: 'qe@example.com' });
    expect(conflicts).toEqual([]);
  });

  it('a metadata field changed differently on both sides is reported with its path', () => {
    const base = box();
    const { merged, conflicts } = merge(base, box({ metadata: { ...base.metadata, release_date: '2026-Jul-02' } }), box({ metadata: { ...base.metadata, release_date: '2026-Jul-03' } }));
    expect(merged.metadata.release_date).toBe('2026-Jul-02');
    expect(conflicts).toEqual([{ where: 'metadata.release_date', ours: '2026-Jul-02', theirs: '2026-Jul-03', resolution: 'kept ours (the write being saved)' }]);
  });

  it('unknown top-level keys merge by key', () => {
    const base = box({ extra: { a: 1 } });
    const { merged, conflicts } = merge(base, box({ extra: { a: 1, b: 2 }, mine: true }), box({ extra: { a: 5 }, yours: [1] }));
    expect(merged).toMatchObject({ extra: { a: 5, b: 2 }, mine: true, yours: [1] });
    expect(conflicts).toEqual([]);
    const clash = merge(base, box({ extra: 'x' }), box({ extra: 'y' }));
    expect(clash.conflicts.map((c) => c.where)).toEqual(['extra']);
  });

  it('driver.notified is a set union; other driver keys merge as usual', () => {
    const base = box({ driver: { notified: ['a'] } });
    const ours = box({ driver: { notified: ['a', 'b'], slack_thread: '111.1' } });
    const theirs = box({ driver: { notified: ['a', 'c'], slack_thread: '222.2', owner: 'qe' } });
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(merged.driver).toEqual({ notified: ['a', 'b', 'c'], slack_thread: '111.1', owner: 'qe' });
    expect(wheres(conflicts)).toEqual(['driver.slack_thread']);
    expect(merge(undefined, box(), box({ driver: { notified: ['x'] } })).merged.driver).toEqual({ notified: ['x'] });
  });

  it('updated_at is the later of the two; created_at the earlier when both created the file', () => {
    const { merged, conflicts } = merge(undefined, box({ created_at: T1, updated_at: T3 }), box({ created_at: T0, updated_at: T2 }));
    expect(merged.updated_at).toBe(T3);
    expect(merged.created_at).toBe(T0);
    expect(conflicts.map((c) => c.where)).toEqual(['created_at']);
    expect(merge(box(), box({ updated_at: T1 }), box({ updated_at: T2 })).merged.updated_at).toBe(T2);
  });

  it('no base (both sides created the file): everything from both sides is kept', () => {
    const ours = box({ tasks: [task('take-ownership', 'Pass')], issues: [issue('a')] });
    const theirs = box({ tasks: [task('check-cve-tracker-bug', 'In Progress')], issues: [issue('b')] });
    const { merged } = merge(undefined, ours, theirs);
    expect(merged.tasks.map((t) => t.name)).toEqual(['take-ownership', 'check-cve-tracker-bug']);
    expect(merged.issues.map((i) => i.issue)).toEqual(['a', 'b']);
  });

  it('does not modify its inputs', () => {
    const base = box({ tasks: [task('stage-testing', 'In Progress')], issues: [issue('x')] });
    const ours = box({ tasks: [task('stage-testing', 'Pass')], issues: [issue('x', { resolved: true, resolution: 'r', resolved_at: T1 })] });
    const theirs = box({ tasks: [task('stage-testing', 'Fail')], driver: { notified: ['k'] } });
    const copies = structuredClone([base, ours, theirs]);
    merge(base, ours, theirs);
    expect([base, ours, theirs]).toStrictEqual(copies);
  });
});

describe('mergeStateBoxes on real files (properties)', () => {
  const dir = join(import.meta.dirname, 'fixtures/statebox/upstream');
  const real = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.z.yaml'))
    .map((f) => parseStateBoxText(readFileSync(join(dir, f), 'utf8'), f));

  it('merging a file with itself, or with one unchanged side, changes nothing', () => {
    for (const b of real) {
      expect(mergeStateBoxes(b, b, b)).toEqual({ merged: b, conflicts: [] });
    }
  });

  // Independent edits through the edit API on each side never conflict and are all kept.
  const now = new Date('2026-07-10T00:00:00Z');
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('issue' as const), text: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '') }),
    fc.record({ kind: fc.constant('task' as const), name: fc.constantFrom('create-test-report', 'check-rhcos-security-alerts', 'my-extra-task') }),
  );

  it('one side edits, the other does not: the merge equals the edited side', () => {
    fc.assert(
      fc.property(fc.constantFrom(...real), edit, fc.boolean(), (b, e, oursEdits) => {
        const edited = e.kind === 'issue' ? addIssue(b, { text: e.text, blocker: false, now }) : upsertTask(b, e.name, { status: 'In Progress', started_at: '2026-07-10T00:00:00Z' }, now);
        const { merged, conflicts } = oursEdits ? mergeStateBoxes(b, edited, b) : mergeStateBoxes(b, b, edited);
        expect(conflicts).toEqual([]);
        expect(merged).toEqual(edited);
      }),
      { numRuns: 100 },
    );
  });

  it('both sides add an issue and resolve a different open one: all of it survives', () => {
    for (const b of real) {
      const ours = addIssue(b, { text: 'ours', blocker: true, now });
      const theirs = addIssue(b, { text: 'theirs', blocker: false, now: new Date('2026-07-10T00:00:01Z') });
      const open = b.issues.findIndex((i) => !i.resolved);
      const theirs2 = open >= 0 ? resolveIssue(theirs, open + 1, 'fixed', now) : theirs;
      const { merged, conflicts } = mergeStateBoxes(b, ours, theirs2);
      expect(conflicts).toEqual([]);
      expect(merged.issues.slice(-2).map((i) => i.issue)).toEqual(['ours', 'theirs']);
      if (open >= 0) expect(merged.issues[open]!.resolved).toBe(true);
    }
  });
});
