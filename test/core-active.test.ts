import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RED_VISIBLE_MS, isPastReleaseWindow, releaseActivity, releaseWindowEnd } from '../src/core/active';
import { parseReleaseDate } from '../src/core/release-date';
import { parseStateBoxText } from '../src/statebox/yaml';
import type { StateBox } from '../src/core/model';
import { ALL_BEFORE_ADVISORY, CHAIN_PASS, makeBox } from './helpers/fake-world';

// makeBox: release date 2025-Nov-04, so upstream's window ends at 2025-11-06T00:00Z.
const at = (iso: string) => new Date(iso);
const cas = (over: Record<string, unknown>) => ({ ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'In Progress' as const, started_at: '2025-11-03T00:00:00Z', ...over } });
const failed = (task: string, completedAt: string, over: Record<string, unknown> = {}) => ({
  ...CHAIN_PASS,
  [task]: { status: 'Fail' as const, started_at: completedAt, completed_at: completedAt, ...over },
});

describe('releaseActivity', () => {
  it.each<[string, StateBox, string, boolean, string, RegExp?]>([
    ['before the release date', makeBox({ tasks: {} }), '2025-11-01T00:00:00Z', true, 'in-window', /release date 2025-Nov-04: in upstream's window until 2025-11-06T00:00Z/],
    ['release date + 1 day, its last second', makeBox({ tasks: {} }), '2025-11-05T23:59:59Z', true, 'in-window'],
    ['00:00 UTC of release date + 2 days', makeBox({ tasks: {} }), '2025-11-06T00:00:00Z', false, 'past-window', /past its window \(release date 2025-Nov-04, until 2025-11-06T00:00Z\)/],
    ['no release date: in its window until one is set', makeBox({ tasks: {}, metadata: { release_date: undefined } }), '2099-01-01T00:00:00Z', true, 'in-window', /no release date/],
    ['shipped, even inside the window', makeBox({ tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } }), '2025-11-04T00:00:00Z', false, 'shipped'],
    ['a Red release inside its window is in-window', makeBox({ tasks: failed('push-to-cdn-staging', '2025-11-02T00:00:00Z') }), '2025-11-03T00:00:00Z', true, 'in-window'],

    // driver-work: a task this driver started, outcome not recorded.
    [
      'an async job of ours still running, a week later',
      makeBox({ tasks: { ...CHAIN_PASS, 'stage-testing': { status: 'In Progress', job: { id: '42', url: 'https://jenkins.example/42' } } } }),
      '2025-11-12T00:00:00Z',
      true,
      'driver-work',
      /stage-testing job 42 running/,
    ],
    [
      'change-advisory-status with our deadline, at the deadline itself (the timeout is not recorded yet)',
      makeBox({ tasks: cas({ deadline: '2025-11-05T00:00:00Z' }) }),
      '2025-11-06T00:00:00Z',
      true,
      'driver-work',
      /change-advisory-status waits for the prod advisory metadata until 2025-11-05T00:00Z/,
    ],
    ['… and long after, until its outcome is recorded', makeBox({ tasks: cas({ deadline: '2025-11-05T00:00:00Z' }) }), '2025-12-20T00:00:00Z', true, 'driver-work'],
    ['change-advisory-status In Progress with no deadline of ours (upstream)', makeBox({ tasks: cas({}) }), '2025-11-06T00:00:00Z', false, 'past-window'],
    [
      'an In Progress task whose job is only in upstream log text',
      makeBox({ tasks: { ...CHAIN_PASS, 'stage-testing': { status: 'In Progress', result: 'Prow job ID: 0a1b2c3d-0000-4000-8000-000000000000' } } }),
      '2025-11-06T00:00:00Z',
      false,
      'past-window',
    ],
    ['a job recorded on a finished task', makeBox({ tasks: { ...CHAIN_PASS, 'stage-testing': { status: 'Pass', job: { id: '42' } } } }), '2025-11-06T00:00:00Z', false, 'past-window'],
    [
      "a run's claim on change-advisory-status not yet recorded or adopted",
      makeBox({ tasks: ALL_BEFORE_ADVISORY, driver: { claims: { 'change-advisory-status': { run: 'r1', at: '2025-11-05T23:55:00Z' } } } }),
      '2025-11-06T00:05:00Z',
      true,
      'driver-work',
      /a run claimed change-advisory-status at 2025-11-05T23:55:00Z/,
    ],
    [
      'a claim on a task that has finished since',
      makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' }, driver: { claims: { 'push-to-cdn-staging': { run: 'r1', at: '2025-11-05T23:55:00Z' } } } }),
      '2025-11-06T00:05:00Z',
      false,
      'past-window',
    ],
    [
      'a task held for a person after a run died starting it, within 7 days',
      makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' }, driver: { unrecorded_starts: { 'stage-testing': { run: 'r1', at: '2025-11-05T10:00:00Z' } } } }),
      '2025-11-12T09:59:59Z',
      true,
      'driver-work',
      /stage-testing may have been started by a run that died/,
    ],
    [
      '… not after 7 days',
      makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' }, driver: { unrecorded_starts: { 'stage-testing': { run: 'r1', at: '2025-11-05T10:00:00Z' } } } }),
      '2025-11-12T10:00:00Z',
      false,
      'past-window',
    ],
    [
      'Red and a job of ours running: driver-work comes first',
      makeBox({ tasks: { ...failed('check-cve-tracker-bug', '2025-11-01T00:00:00Z'), 'stage-testing': { status: 'In Progress', job: { id: '7' } } } }),
      '2025-12-01T00:00:00Z',
      true,
      'driver-work',
    ],

    // red-visible: Red for less than 7 days, nobody acted since.
    [
      'the advisory deadline timed out just after the window',
      makeBox({ tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'Fail', started_at: '2025-11-03T00:00:00Z', completed_at: '2025-11-06T00:15:00Z', deadline: '2025-11-05T00:00:00Z' } } }),
      '2025-11-06T01:00:00Z',
      true,
      'red-visible',
      /Red since 2025-11-06T00:15Z, shown until a person acts or 2025-11-13T00:15Z/,
    ],
    [
      '… for 7 days, not more',
      makeBox({ tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'Fail', started_at: '2025-11-03T00:00:00Z', completed_at: '2025-11-06T00:15:00Z' } } }),
      '2025-11-13T00:15:00Z',
      false,
      'red-expired',
    ],
    [
      'Red by a blocker issue: since it was reported',
      makeBox({ tasks: CHAIN_PASS, issues: [{ issue: 'payload broken', reported_at: '2025-11-08T00:00:00Z' }] }),
      '2025-11-14T23:59:59Z',
      true,
      'red-visible',
      /Red since 2025-11-08T00:00Z/,
    ],
    [
      'the last failure counts: an older one and a newer one',
      makeBox({ tasks: { ...failed('check-cve-tracker-bug', '2025-10-20T00:00:00Z'), 'push-to-cdn-staging': { status: 'Fail', completed_at: '2025-11-07T00:00:00Z' } } }),
      '2025-11-10T00:00:00Z',
      true,
      'red-visible',
      /Red since 2025-11-07T00:00Z/,
    ],
    [
      'a person resolved an issue after the Red began',
      makeBox({
        tasks: failed('check-cve-tracker-bug', '2025-11-06T10:00:00Z'),
        issues: [{ issue: 'cve bug', reported_at: '2025-11-06T10:00:00Z', resolved: true, resolved_at: '2025-11-06T12:00:00Z', resolution: 'known' }],
      }),
      '2025-11-07T00:00:00Z',
      false,
      'red-handled',
      /a person acted at 2025-11-06T12:00:00Z/,
    ],
    [
      'a person retried a task after the Red began (reset_at stays after the retried task runs again)',
      makeBox({ tasks: { ...failed('check-cve-tracker-bug', '2025-11-06T10:00:00Z'), 'stage-testing': { status: 'Not Started', reset_at: '2025-11-06T11:00:00Z' } } }),
      '2025-11-07T00:00:00Z',
      false,
      'red-handled',
    ],
    [
      'a person acted before the Red began: still shown',
      makeBox({ tasks: { ...failed('check-cve-tracker-bug', '2025-11-06T10:00:00Z'), 'stage-testing': { status: 'Not Started', reset_at: '2025-11-06T09:00:00Z' } } }),
      '2025-11-07T00:00:00Z',
      true,
      'red-visible',
    ],
    [
      'Red only by a person rejecting a task',
      makeBox({ tasks: failed('analyze-promoted-build', '2025-11-06T10:00:00Z', { decided_by: 'alice' }) }),
      '2025-11-07T00:00:00Z',
      false,
      'red-handled',
    ],
  ])('%s', (_name, box, now, active, kind, why) => {
    const activity = releaseActivity(box, at(now));
    expect({ active: activity.active, kind: activity.kind }).toEqual({ active, kind });
    if (why) expect(activity.why).toMatch(why);
  });

  it('the 4.18.35 case: in change-advisory-status with our deadline while 4.18.36 is listed, through the timeout and 7 days of Red', () => {
    // Started at 00:00 UTC of release date − 1 day, 2 days long: the deadline is 00:00 of release date + 1 day.
    const box = makeBox({ release: '4.18.35', tasks: cas({ started_at: '2025-11-03T00:00:00Z', deadline: '2025-11-05T00:00:00Z' }) });
    const kinds = ['2025-11-04T12:00:00Z', '2025-11-05T00:00:00Z', '2025-11-06T00:00:00Z', '2025-11-09T00:00:00Z'].map((t) => releaseActivity(box, at(t)).kind);
    expect(kinds).toEqual(['in-window', 'in-window', 'driver-work', 'driver-work']);
    // The run at 2025-11-09 records the timeout: the release turns Red and stays listed a week.
    const timedOut = makeBox({ release: '4.18.35', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'Fail', completed_at: '2025-11-09T00:00:00Z', deadline: '2025-11-05T00:00:00Z' } } });
    expect(releaseActivity(timedOut, at('2025-11-15T23:59:59Z')).kind).toBe('red-visible');
    expect(releaseActivity(timedOut, at('2025-11-16T00:00:00Z')).kind).toBe('red-expired');
    // A late Pass is recorded by the run that sees it: shipped.
    const late = makeBox({ release: '4.18.35', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'Pass', completed_at: '2025-11-06T03:00:00Z' } } });
    expect(releaseActivity(late, at('2025-11-06T03:00:00Z')).kind).toBe('shipped');
  });

  it('RED_VISIBLE_MS is 7 days', () => {
    expect(RED_VISIBLE_MS).toBe(7 * 24 * 60 * 60_000);
  });
});

describe('releaseWindowEnd, isPastReleaseWindow', () => {
  it('the window ends at 00:00 UTC of release date + 2 days, in every date form upstream writes', () => {
    for (const date of ['2026-Jul-09', '2026-JUL-09', '2026-Jul-9', '2026-07-09']) {
      const box = makeBox({ metadata: { release_date: date } });
      expect(new Date(releaseWindowEnd(box)!).toISOString()).toBe('2026-07-11T00:00:00.000Z');
      expect(isPastReleaseWindow(box, at('2026-07-10T23:59:59Z'))).toBe(false);
      expect(isPastReleaseWindow(box, at('2026-07-11T00:00:00Z'))).toBe(true);
    }
    expect(releaseWindowEnd(makeBox({ metadata: { release_date: undefined } }))).toBeUndefined();
  });
});

describe("upstream's real StateBoxes (test/fixtures/statebox/upstream)", () => {
  const DIR = join(import.meta.dirname, 'fixtures', 'statebox', 'upstream');
  async function upstreamBoxes(): Promise<StateBox[]> {
    const boxes: StateBox[] = [];
    for (const y of await readdir(DIR)) {
      for (const f of (await readdir(join(DIR, y))).filter((n) => !n.endsWith('.z.yaml'))) {
        boxes.push(parseStateBoxText(await readFile(join(DIR, y, f), 'utf8'), f));
      }
    }
    return boxes;
  }
  const dateOf = (box: StateBox) => parseReleaseDate(box.metadata.release_date!)!.getTime();
  const DAY = 24 * 60 * 60_000;

  it('none is active three months after its release date (the abandoned ones are not revived)', async () => {
    const boxes = await upstreamBoxes();
    expect(boxes).toHaveLength(23);
    const active = boxes.filter((b) => releaseActivity(b, new Date(dateOf(b) + 90 * DAY)).active);
    expect(active.map((b) => b.release)).toEqual([]);
    // Including those left with change-advisory-status In Progress and no deadline of ours.
    const abandoned = boxes.filter((b) => b.tasks.some((t) => t.name === 'change-advisory-status' && t.status === 'In Progress'));
    expect(abandoned.map((b) => b.release).sort()).toEqual(['4.12.87', '4.12.88', '4.16.55']);
  });

  it('each is active on its release date unless it shipped', async () => {
    for (const box of await upstreamBoxes()) {
      const a = releaseActivity(box, new Date(dateOf(box)));
      expect(a.kind, box.release).toBe(box.tasks.some((t) => t.name === 'change-advisory-status' && t.status === 'Pass') ? 'shipped' : 'in-window');
    }
  });

  it('an abandoned one with a deadline or a job of ours recorded is active (driver-work)', async () => {
    const boxes = await upstreamBoxes();
    const b87 = boxes.find((b) => b.release === '4.12.87')!;
    const later = new Date(dateOf(b87) + 90 * DAY);
    const withDeadline: StateBox = { ...b87, tasks: b87.tasks.map((t) => (t.name === 'change-advisory-status' ? { ...t, deadline: '2026-04-10T00:00:00Z' } : t)) };
    expect(releaseActivity(withDeadline, later).kind).toBe('driver-work');
    const withJob: StateBox = { ...b87, tasks: b87.tasks.map((t) => (t.name === 'change-advisory-status' ? { ...t, job: { id: '99' } } : t)) };
    expect(releaseActivity(withJob, later)).toMatchObject({ active: true, kind: 'driver-work', why: expect.stringContaining('change-advisory-status job 99 running') });
  });

  it('4.16.64 (change-advisory-status timed out two days after its date) is listed as Red for 7 days, then not', async () => {
    const b64 = (await upstreamBoxes()).find((b) => b.release === '4.16.64')!;
    expect(releaseActivity(b64, at('2026-06-20T00:00:00Z')).kind).toBe('red-visible');
    expect(releaseActivity(b64, at('2026-06-26T09:46:00Z')).kind).toBe('red-visible');
    expect(releaseActivity(b64, at('2026-06-26T09:47:00Z')).kind).toBe('red-expired');
  });
});
