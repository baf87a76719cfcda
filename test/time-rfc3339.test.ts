/** StateBox timestamps: every RFC 3339 form reads and compares by instant; we write `…SSZ`. */
import { describe, expect, it } from 'vitest';
import { isTimestamp, isoSeconds, parseTimestamp } from '../src/core/time';
import { mergeStateBoxes } from '../src/statebox/merge';
import type { StateBox } from '../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';

const ms = (iso: string): number => new Date(iso).getTime();

describe('parseTimestamp', () => {
  it('reads Z, offsets and fractions of any length, as the same instant', () => {
    const instant = ms('2025-11-27T17:00:56.350Z');
    for (const text of [
      '2025-11-27T17:00:56.350495+00:00', // Python isoformat(), in real created_at / reported_at
      '2025-11-27T17:00:56.350Z',
      '2025-11-27T17:00:56.35Z',
      '2025-11-27T17:00:56.350999999Z', // past the millisecond: dropped, not rounded
      '2025-11-27T18:00:56.350+01:00',
      '2025-11-27T12:30:56.350-04:30',
      '2025-11-27t17:00:56.350z', // RFC 3339 letters are case-insensitive
      '2025-11-27T17:00:56.350-00:00',
    ]) {
      expect(parseTimestamp(text), text).toBe(instant);
    }
    expect(parseTimestamp('2025-11-28T06:19:44Z')).toBe(ms('2025-11-28T06:19:44Z'));
    expect(parseTimestamp('2025-11-28T00:30:00+05:30')).toBe(ms('2025-11-27T19:00:00Z'));
  });

  it('checks every field, where Date.parse would not', () => {
    for (const bad of [
      '2025-02-29T00:00:00Z', // not a leap year
      '2025-02-30T00:00:00Z',
      '2025-04-31T00:00:00Z',
      '2025-13-01T00:00:00Z',
      '2025-00-01T00:00:00Z',
      '2025-01-00T00:00:00Z',
      '2025-01-01T24:00:00Z',
      '2025-01-01T23:60:00Z',
      '2025-01-01T23:59:60Z',
      '2025-01-01T00:00:00+24:00',
      '2025-01-01T00:00:00+01:60',
    ]) {
      expect(parseTimestamp(bad), bad).toBeUndefined();
    }
    expect(parseTimestamp('2024-02-29T00:00:00Z')).toBe(ms('2024-02-29T00:00:00Z'));
    expect(parseTimestamp('2000-02-29T00:00:00Z')).toBe(ms('2000-02-29T00:00:00Z'));
    expect(parseTimestamp('1900-02-29T00:00:00Z')).toBeUndefined();
  });

  it('refuses what is not RFC 3339', () => {
    for (const bad of [
      null,
      undefined,
      '',
      '2025-11-27',
      '2025-11-27 17:00:56Z', // a space is not RFC 3339's separator
      '2025-11-27T17:00Z',
      '2025-11-27T17:00:56', // no offset: local time of nobody knows where
      '2025-11-27T17:00:56+0000',
      '2025-11-27T17:00:56.Z',
      ' 2025-11-27T17:00:56Z',
      '2025-11-27T17:00:56Z\n',
      '20251127T170056Z',
      '+02025-11-27T17:00:56Z',
    ]) {
      expect(parseTimestamp(bad), JSON.stringify(bad)).toBeUndefined();
      expect(isTimestamp(bad)).toBe(false);
    }
  });

  it('reads years below 100 as written (Date.UTC would add 1900)', () => {
    expect(new Date(parseTimestamp('0050-06-01T00:00:00Z')!).getUTCFullYear()).toBe(50);
  });
});

describe('isoSeconds', () => {
  it("writes upstream's current form YYYY-MM-DDTHH:MM:SSZ, which parseTimestamp reads back", () => {
    const text = isoSeconds(new Date('2026-07-02T06:56:05.789Z'));
    expect(text).toBe('2026-07-02T06:56:05Z');
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(parseTimestamp(text)).toBe(ms('2026-07-02T06:56:05Z'));
  });
});

function box(stamps: { created: string; updated: string; started: string; reported: string }): StateBox {
  return {
    schema_version: '1.0',
    release: '4.20.1',
    created_at: stamps.created,
    updated_at: stamps.updated,
    metadata: { qe_owner: null },
    tasks: [{ name: 'take-ownership', status: 'Pass', started_at: stamps.started, completed_at: stamps.started, result: 'ok' }],
    issues: [{ issue: 'x', reported_at: stamps.reported, resolved: false, resolution: null, blocker: false, related_tasks: [] }],
  } as StateBox;
}

describe('StateBox timestamp fields', () => {
  it('validate in every RFC 3339 form and round-trip unchanged', () => {
    const b = box({ created: '2025-11-27T17:00:56.350495+00:00', updated: '2025-11-28T06:19:44Z', started: '2025-11-27t18:00:00.5-01:00', reported: '2025-11-28T05:54:20.987694+05:30' });
    const text = serializeStateBox(b);
    const again = parseStateBoxText(text, 'offsets.yaml');
    expect(again).toStrictEqual(b);
    expect(text).toContain("created_at: '2025-11-27T17:00:56.350495+00:00'");
    expect(text).toContain("started_at: '2025-11-27t18:00:00.5-01:00'");
    expect(text).toContain("reported_at: '2025-11-28T05:54:20.987694+05:30'");
  });

  it('refuse a non-timestamp with the field and the form we write', () => {
    const text = serializeStateBox(box({ created: '2025-11-27 17:00:56', updated: '2025-11-28T06:19:44Z', started: '2025-11-28T06:19:44Z', reported: '2025-11-28T06:19:44Z' }));
    expect(() => parseStateBoxText(text, 'bad.yaml')).toThrow(/^bad\.yaml: created_at: expected a UTC timestamp such as 2026-01-13T08:30:00Z, got "2025-11-27 17:00:56" \(line 3\)\.$/);
  });

  it('merge compares by instant across forms: the later updated_at wins, the earlier created_at', () => {
    const base = box({ created: '2025-11-27T17:00:00Z', updated: '2025-11-27T17:00:00Z', started: '2025-11-27T17:00:00Z', reported: '2025-11-27T17:00:00Z' });
    // 18:30+01:00 is 17:30Z, earlier than 17:45Z although it sorts later as text.
    const ours = { ...base, updated_at: '2025-11-27T18:30:00.000000+01:00' };
    const theirs = { ...base, updated_at: '2025-11-27T17:45:00Z' };
    expect(mergeStateBoxes(base, ours, theirs).merged.updated_at).toBe('2025-11-27T17:45:00Z');

    // Both sides created the file: the earlier creation is kept, as written.
    const oursNew = { ...base, created_at: '2025-11-27T18:10:00.123456+01:00' }; // 17:10Z
    const theirsNew = { ...base, created_at: '2025-11-27T17:20:00Z' };
    expect(mergeStateBoxes(undefined, oursNew, theirsNew).merged.created_at).toBe('2025-11-27T18:10:00.123456+01:00');
  });
});
