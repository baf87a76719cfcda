import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/core/errors';
import { formatDuration, parseDuration } from '../src/sim/duration';
import { loadScenario, parseScenario, taskOutcome } from '../src/sim/scenario';
import { shared } from './helpers/shared';

const H = 3_600_000;
const D = 24 * H;

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 15 * 60_000],
    ['6h', 6 * H],
    ['2d', 2 * D],
    ['3d2h', 3 * D + 2 * H],
    ['1h30m', H + 30 * 60_000],
    ['1d2h3m4s', D + 2 * H + 3 * 60_000 + 4000],
    ['0s', 0],
    ['100m', 100 * 60_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['6x', '', 'h', '2h3d', '1h1h', '-5m', '1.5h', '15 m', 'm15', '15', 'PT15M'])('%j is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each([900, null, undefined, true, {}])('non-string %j is not a duration', (value) => {
    expect(parseDuration(value)).toBeUndefined();
  });

  it('formatDuration and parseDuration agree on every whole-second duration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * D / 1000 }), (seconds) => {
        expect(parseDuration(formatDuration(seconds * 1000))).toBe(seconds * 1000);
      }),
    );
  });
});

const base = `name: x
start: 2025-11-01T00:00:00Z
every: 15m
until: 6d
`;

function errorOf(text: string): string {
  try {
    parseScenario(text, 's.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('expected the scenario to be refused');
}

describe('parseScenario', () => {
  it('loads every shared scenario, durations in milliseconds after start', () => {
    const s = loadScenario(shared('scenarios/happy-path.yaml'));
    expect(s.name).toBe('happy-path-4.20.1');
    expect(s.start).toBe(Date.parse('2025-11-01T00:00:00Z'));
    expect(s.every).toBe(15 * 60_000);
    expect(s.until).toBe(6 * D);
    const r = s.releases[0]!;
    expect(r.release).toBe('4.20.1');
    expect(r.world.promoted_at).toBe(6 * H);
    expect(r.world.prod_metadata_at).toBe(3 * D + 2 * H);
    expect(r.world.test_results.promoted).toMatchObject({ exists_at: 7 * H, aggregated_at: 13 * H, accepted: true });
    expect(taskOutcome(r.world, 'stage-testing')).toEqual({ result: 'Pass', duration: 3 * H });
    // A task the scenario does not mention: Pass after a minute.
    expect(taskOutcome(r.world, 'take-ownership')).toEqual({ result: 'Pass', duration: 60_000 });
    expect(s.config).toMatchObject({ owner: 'qe@example.com', 'ai-decisions': 'auto' });
    expect(s.faults).toEqual([]);
    expect(s.crashes).toEqual([]);
  });

  it('keeps strings as strings (release_date, release, build names)', () => {
    const s = loadScenario(shared('scenarios/promoted-reject.yaml'));
    const meta = s.releases[0]!.statebox!['metadata'] as Record<string, unknown>;
    expect(meta['release_date']).toBe('2025-Dec-04');
    expect(s.releases[0]!.release).toBe('4.18.30');
  });

  it('reads a file path or YAML text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'krd-scenario-'));
    const file = join(dir, 'one.yaml');
    writeFileSync(file, `${base}releases:\n  - release: 4.20.1\n`);
    expect(loadScenario(file).source).toBe(file);
    expect(loadScenario(`${base}releases:\n  - release: 4.20.1\n`).source).toBe('scenario');
    expect(() => loadScenario(join(dir, 'missing.yaml'))).toThrow(/Cannot read the scenario .*missing\.yaml: no such file\./);
  });

  it('sorts comments into time order and parses faults and crashes', () => {
    const s = parseScenario(
      `${base}releases:
  - release: 4.20.1
    comments:
      - {at: 13h, user: alice, permission: write, body: "/release:status"}
      - {at: 2h, user: bob, permission: read, body: "hello"}
faults:
  - {system: github, from: 2h, to: 3h, kind: http-500}
crashes:
  - {at: 7h, point: after-trigger}
`,
      's.yaml',
    );
    expect(s.releases[0]!.comments.map((c) => c.user)).toEqual(['bob', 'alice']);
    expect(s.faults).toEqual([{ system: 'github', from: 2 * H, to: 3 * H, kind: 'http-500' }]);
    expect(s.crashes).toEqual([{ at: 7 * H, point: 'after-trigger' }]);
  });

  it('takes a list of outcomes per attempt (extension), the last one repeating', () => {
    const s = parseScenario(`${base}releases:\n  - release: 4.20.1\n    world: {tasks: {stage-testing: {result: [Fail, Pass], duration: 2h}}}\n`);
    const w = s.releases[0]!.world;
    expect(taskOutcome(w, 'stage-testing', 1)).toEqual({ result: 'Fail', duration: 2 * H });
    expect(taskOutcome(w, 'stage-testing', 2)).toEqual({ result: 'Pass', duration: 2 * H });
    expect(taskOutcome(w, 'stage-testing', 5)).toEqual({ result: 'Pass', duration: 2 * H });
  });

  it.each([
    [`${base}releases:\n  - release: 4.20.1\n    world: {promoted_at: 6x}\n`, 's.yaml: releases[0].world.promoted_at: "6x" is not a duration such as 15m or 2d.'],
    [`${base}releases:\n  - release: 4.20.1\n    world: {promted_at: 6h}\n`, 's.yaml: releases[0].world: unknown key "promted_at".'],
    [`${base}releases:\n  - release: '4.20'\n`, 's.yaml: releases[0].release: "4.20" is not a release such as 4.20.1 (quote it if YAML reads it as a number).'],
    [`name: x\nstart: 2025-11-01\nevery: 15m\nuntil: 6d\nreleases:\n  - release: 4.20.1\n`, 's.yaml: start: "2025-11-01" is not a time such as 2025-11-01T00:00:00Z.'],
    [`name: x\nstart: 2025-11-01T00:00:00Z\nuntil: 6d\nreleases:\n  - release: 4.20.1\n`, 's.yaml: every: is required: a duration such as 15m or 2d.'],
    [`name: x\nstart: 2025-11-01T00:00:00Z\nevery: 0s\nuntil: 6d\nreleases:\n  - release: 4.20.1\n`, 's.yaml: every: must be longer than 0s.'],
    [`${base}releases: []\n`, 's.yaml: releases: a scenario needs at least one release.'],
    [`${base}releases:\n  - release: 4.20.1\n  - release: 4.20.1\n`, 's.yaml: releases[1].release: 4.20.1 is listed twice.'],
    [`${base}releases:\n  - release: 4.20.1\nfaults:\n  - {system: gitlub, from: 1h, to: 2h, kind: auth}\n`, 's.yaml: faults[0].system: "gitlub" is not one of github, executor, release-controller, test-results, slack, sheets, gitlab, errata, mirror.'],
    [`${base}releases:\n  - release: 4.20.1\nfaults:\n  - {system: github, from: 3h, to: 2h, kind: auth}\n`, 's.yaml: faults[0].to: must be after from.'],
    [`${base}releases:\n  - release: 4.20.1\nfaults:\n  - {system: github, from: 1h, to: 2h, kind: 503}\n`, 's.yaml: faults[0].kind: 503 is not one of http-500, http-429, timeout, auth.'],
    [`${base}releases:\n  - release: 4.20.1\ncrashes:\n  - {at: 1h, point: mid-air}\n`, 's.yaml: crashes[0].point: "mid-air" is not one of after-trigger, before-commit.'],
    [`${base}releases:\n  - release: 4.20.1\n    world: {tasks: {stage-test: {result: Pass}}}\n`, 's.yaml: releases[0].world.tasks.stage-test: "stage-test" is not a flow task'],
    [`${base}releases:\n  - release: 4.20.1\n    world: {tasks: {stage-testing: {result: Maybe}}}\n`, 's.yaml: releases[0].world.tasks.stage-testing.result: '],
    [`${base}releases:\n  - release: 4.20.1\n    comments:\n      - {at: 1h, user: a, permission: owner, body: x}\n`, 's.yaml: releases[0].comments[0].permission: "owner" is not one of none, read, triage, write, maintain, admin.'],
    [`${base}releases:\n  - release: 4.20.1\n    statebox: {release: 4.20.2}\n`, 's.yaml: releases[0].statebox.release: "4.20.2" differs from the release 4.20.1.'],
    [`${base}releases:\n  - release: 4.20.1\n    statebox: {metadata: {release_date: tomorrow}}\n`, 's.yaml: releases[0].statebox.metadata.release_date: expected a date such as 2026-Jan-13.'],
    [`name: x\nstart: 2025-11-01T00:00:00Z\nevery: 1s\nuntil: 30d\nreleases:\n  - release: 4.20.1\n`, 's.yaml: until: gives more than 100000 runs'],
    [`${base}bogus: 1\nreleases:\n  - release: 4.20.1\n`, 's.yaml: (top level): unknown key "bogus".'],
    ['name: [x\n', 's.yaml:2:1: '],
    ['- just\n- a list\n', 's.yaml: a scenario is a mapping'],
  ])('refuses a bad scenario, naming the key: %#', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });
});
