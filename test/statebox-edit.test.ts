import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/core/errors';
import { isoSeconds, parseTimestamp } from '../src/core/time';
import { addIssue, newStateBox, resolveIssue, upsertTask } from '../src/statebox/edit';
import { insertTaskInFlowOrder } from '../src/core/model';
import { type StateBox, type StateBoxTask, stateBoxSchema } from '../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';

const NOW = new Date('2026-07-02T06:56:05.789Z');
const NOW_TEXT = '2026-07-02T06:56:05Z';
const real = (f: string): StateBox => {
  const path = join(import.meta.dirname, 'fixtures/statebox/upstream', f);
  return parseStateBoxText(readFileSync(path, 'utf8'), path);
};
const valid = (b: StateBox) => {
  expect(stateBoxSchema.safeParse(b).success).toBe(true);
  expect(parseStateBoxText(serializeStateBox(b), 'x.yaml')).toStrictEqual(b);
  return b;
};
const names = (b: StateBox) => b.tasks.map((t) => t.name);
const t = (name: string): StateBoxTask => ({ name, status: 'Pass', started_at: null, completed_at: null, result: null });

describe('isoSeconds', () => {
  it('writes UTC to the second, no millis', () => {
    expect(isoSeconds(NOW)).toBe(NOW_TEXT);
    expect(isoSeconds(new Date(Date.UTC(2026, 0, 3, 4, 5, 6)))).toBe('2026-01-03T04:05:06Z');
  });
  it('rejects an invalid date with a clear error', () => {
    expect(() => isoSeconds(new Date('nope'))).toThrow(InputError);
    expect(() => isoSeconds(new Date('nope'))).toThrow('Cannot write Invalid Date as a timestamp: it is not a valid date.');
  });
  it('parseTimestamp reads what StateBoxes hold and nothing else', () => {
    expect(parseTimestamp(NOW_TEXT)).toBe(Date.parse(NOW_TEXT));
    expect(parseTimestamp('2026-07-02T06:56:05.5Z')).toBe(Date.parse('2026-07-02T06:56:05.5Z'));
    for (const bad of [null, undefined, '', '2026-07-02', '2026-07-02 06:56:05', '2026-13-02T06:56:05Z']) expect(parseTimestamp(bad)).toBeUndefined();
  });
});

describe('newStateBox', () => {
  it('creates an empty StateBox, schema 1.0, timestamps to the second', () => {
    const b = valid(newStateBox('4.20.1', { jira_ticket: 'ART-1', advisory_ids: { rpm: 1 }, release_date: '2026-Jan-13' }, NOW));
    expect(b).toEqual({
      schema_version: '1.0',
      release: '4.20.1',
      created_at: NOW_TEXT,
      updated_at: NOW_TEXT,
      metadata: { jira_ticket: 'ART-1', advisory_ids: { rpm: 1 }, release_date: '2026-Jan-13' },
      tasks: [],
      issues: [],
    });
    expect(serializeStateBox(b)).toBe(
      "schema_version: '1.0'\nrelease: 4.20.1\ncreated_at: '2026-07-02T06:56:05Z'\nupdated_at: '2026-07-02T06:56:05Z'\nmetadata:\n  jira_ticket: ART-1\n  advisory_ids:\n    rpm: 1\n  release_date: 2026-Jan-13\ntasks: []\nissues: []\n",
    );
  });

  it('does not share the metadata object it was given', () => {
    const metadata = { advisory_ids: { rpm: 1 } };
    const b = newStateBox('5.0.0-ec.3', metadata, NOW);
    metadata.advisory_ids.rpm = 2;
    expect(b.metadata.advisory_ids).toEqual({ rpm: 1 });
  });

  it.each(['../../x', '4.20', '', '4.20.1;rm -rf /'])('rejects the release %j', (release) => {
    expect(() => newStateBox(release, {}, NOW)).toThrow(InputError);
  });

  it('rejects bad metadata naming the field', () => {
    expect(() => newStateBox('4.20.1', { release_date: 'someday' }, NOW)).toThrow('Cannot create the StateBox of 4.20.1: metadata.release_date: expected a date such as 2026-Jan-13.');
  });
});

describe('addIssue', () => {
  const b = real('4.16/4.16.65.yaml');

  it('appends an unresolved issue as upstream writes it, and bumps updated_at', () => {
    const out = valid(addIssue(b, { text: 'Stage release failed', blocker: true, tasks: ['stage-testing'], now: NOW }));
    expect(out.issues.at(-1)).toEqual({ issue: 'Stage release failed', reported_at: NOW_TEXT, resolved: false, resolution: null, blocker: true, related_tasks: ['stage-testing'] });
    expect(out.updated_at).toBe(NOW_TEXT);
    expect(b.issues).toEqual([]); // pure
    expect(serializeStateBox(out)).toContain("issues:\n- issue: Stage release failed\n  reported_at: '2026-07-02T06:56:05Z'\n  resolved: false\n  resolution: null\n  blocker: true\n  related_tasks:\n  - stage-testing\n");
  });

  it('masks emails in the text', () => {
    const out = addIssue(b, { text: 'Ask alice.smith+qe@redhat.com or <bob@example.org>', blocker: false, now: NOW });
    expect(out.issues.at(-1)!.issue).toBe('Ask [EMAIL_REDACTED] or <[EMAIL_REDACTED]>');
  });

  it('rejects empty text', () => {
    expect(() => addIssue(b, { text: '  ', blocker: false, now: NOW })).toThrow('Cannot add an issue to 4.16.65: the issue text is empty.');
  });
});

describe('resolveIssue', () => {
  const b = real('5.0/5.0.0-ec.3.yaml'); // one open issue

  it('resolves by 1-based index with text and time', () => {
    const out = valid(resolveIssue(b, 1, 'Advisory moved to QE by jane@redhat.com', NOW));
    expect(out.issues[0]).toMatchObject({ resolved: true, resolution: 'Advisory moved to QE by [EMAIL_REDACTED]', resolved_at: NOW_TEXT, issue: b.issues[0]!.issue });
    expect(out.updated_at).toBe(NOW_TEXT);
    expect(b.issues[0]!.resolved).toBe(false); // pure
  });

  it.each([0, 2, -1, 1.5, Number.NaN])('rejects index %s as out of range', (i) => {
    expect(() => resolveIssue(b, i, 'x', NOW)).toThrow(`Issue ${i} does not exist in the StateBox of 5.0.0-ec.3: expected 1 to 1.`);
  });

  it('says so when there are no issues at all', () => {
    expect(() => resolveIssue(real('4.16/4.16.65.yaml'), 1, 'x', NOW)).toThrow('Issue 1 does not exist in the StateBox of 4.16.65: it has no issues.');
  });

  it('rejects an issue already resolved', () => {
    const once = resolveIssue(b, 1, 'done', NOW);
    expect(() => resolveIssue(once, 1, 'again', NOW)).toThrow(`Issue 1 of 5.0.0-ec.3 is already resolved (at ${NOW_TEXT}).`);
  });

  it('rejects an empty resolution', () => {
    expect(() => resolveIssue(b, 1, '', NOW)).toThrow(InputError);
  });
});

describe('upsertTask', () => {
  it('updates an existing task in place, masking emails in the result', () => {
    const b = real('5.0/5.0.0-ec.3.yaml');
    const out = valid(upsertTask(b, 'stage-testing', { status: 'Pass', completed_at: NOW_TEXT, result: 'done, mailed qe@redhat.com' }, NOW));
    expect(names(out)).toEqual(names(b));
    expect(out.tasks.find((x) => x.name === 'stage-testing')).toMatchObject({ status: 'Pass', completed_at: NOW_TEXT, result: 'done, mailed [EMAIL_REDACTED]', started_at: '2026-06-30T14:35:41Z' });
    expect(out.updated_at).toBe(NOW_TEXT);
    expect(b.tasks.find((x) => x.name === 'stage-testing')!.status).toBe('In Progress'); // pure
  });

  it('creates a missing task as Not Started in flow order', () => {
    const b = real('5.0/5.0.0-ec.3.yaml'); // take-ownership, image-consistency-check, stage-testing, analyze-promoted-build
    const out = valid(upsertTask(b, 'push-to-cdn-staging', { status: 'In Progress', started_at: NOW_TEXT }, NOW));
    expect(names(out)).toEqual(['take-ownership', 'push-to-cdn-staging', 'image-consistency-check', 'stage-testing', 'analyze-promoted-build']);
    expect(out.tasks[1]).toEqual({ name: 'push-to-cdn-staging', status: 'In Progress', started_at: NOW_TEXT, completed_at: null, result: null });
    const fresh = upsertTask(b, 'change-advisory-status', {}, NOW);
    expect(fresh.tasks.at(-1)).toEqual({ name: 'change-advisory-status', status: 'Not Started', started_at: null, completed_at: null, result: null });
  });

  it('puts the first flow task first and unknown tasks last', () => {
    const b = real('5.0/5.0.0-ec.3.yaml');
    expect(names(upsertTask(b, 'create-test-report', {}, NOW))[0]).toBe('create-test-report');
    expect(names(upsertTask(b, 'update-bug-list', {}, NOW)).at(-1)).toBe('update-bug-list');
  });

  it('a field patched to undefined is removed (a reset drops the old job)', () => {
    let b = upsertTask(real('5.0/5.0.0-ec.3.yaml'), 'stage-testing', { job: { id: '1672', url: 'https://jenkins/1672/' }, deadline: NOW_TEXT }, NOW);
    expect(b.tasks.find((x) => x.name === 'stage-testing')!.job).toEqual({ id: '1672', url: 'https://jenkins/1672/' });
    b = upsertTask(b, 'stage-testing', { status: 'Not Started', job: undefined, deadline: undefined, decided_by: 'alice' }, NOW);
    const st = b.tasks.find((x) => x.name === 'stage-testing')!;
    expect(st).not.toHaveProperty('job');
    expect(st).not.toHaveProperty('deadline');
    expect(st).toMatchObject({ status: 'Not Started', decided_by: 'alice' });
    valid(b);
  });

  it('rejects an empty task name', () => {
    expect(() => upsertTask(real('5.0/5.0.0-ec.3.yaml'), ' ', {}, NOW)).toThrow(InputError);
  });

  it('insertTaskInFlowOrder skips over tasks outside the flow', () => {
    const tasks = [t('take-ownership'), t('check-greenwave-cvp-tests'), t('stage-testing')];
    expect(insertTaskInFlowOrder(tasks, t('push-to-cdn-staging')).map((x) => x.name)).toEqual(['take-ownership', 'check-greenwave-cvp-tests', 'push-to-cdn-staging', 'stage-testing']);
    expect(insertTaskInFlowOrder([], t('stage-testing')).map((x) => x.name)).toEqual(['stage-testing']);
    expect(insertTaskInFlowOrder(tasks, t('change-advisory-status')).at(-1)!.name).toBe('change-advisory-status');
  });
});
