import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InputError } from '../src/core/errors';
import { parseReleaseDate } from '../src/core/release-date';
import type { StateBox } from '../src/core/model';
import {
  StateBoxError,
  parseReleaseFileText,
  parseStateBoxText,
  serializeReleaseFile,
  serializeStateBox,
  serializeYaml,
} from '../src/statebox/yaml';

const FIXTURES = join(import.meta.dirname, 'fixtures/statebox');
const UPSTREAM = join(FIXTURES, 'upstream');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f))
    .sort();
}

const all = yamlFiles(UPSTREAM);
const stateBoxFiles = all.filter((f) => !f.endsWith('.z.yaml'));
const trackingFiles = all.filter((f) => f.endsWith('.z.yaml'));
const read = (f: string) => readFileSync(f, 'utf8');
const name = (f: string) => relative(UPSTREAM, f);

/** Loads YAML the way upstream's Python readers do (YAML 1.1: timestamps, yes/no...). */
const loadYaml11 = (text: string): unknown => parse(text, { version: '1.1' });

describe('real upstream StateBox files', () => {
  it('are all here (the fixture set is complete)', () => {
    expect(stateBoxFiles.length).toBe(23);
    expect(trackingFiles.length).toBe(3);
  });

  it.each(stateBoxFiles.map((f) => [name(f), f]))('%s validates and round-trips losslessly', (_n, file) => {
    const text = read(file);
    const box = parseStateBoxText(text, file);
    const out = serializeStateBox(box);
    // Lossless: what we print loads to exactly what the file holds (unknown fields included).
    expect(parse(out)).toStrictEqual(parse(text));
    expect(parseStateBoxText(out, 'again.yaml')).toStrictEqual(box);
    // And YAML 1.1 readers (upstream) see the same data: timestamps stay strings.
    expect(loadYaml11(out)).toStrictEqual(parse(text));
    // Stable: serializing what we wrote changes nothing.
    expect(serializeStateBox(parseStateBoxText(out, 'again.yaml'))).toBe(out);
  });

  it.each(stateBoxFiles.map((f) => [name(f), f]))('%s keeps upstream layout', (_n, file) => {
    const out = serializeStateBox(parseStateBoxText(read(file), file));
    expect(out).toMatch(/^schema_version: '1\.0'\nrelease: /);
    expect(out).toMatch(/^created_at: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ'$/m);
    expect(out).toMatch(/^updated_at: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ'$/m);
    expect(out).not.toMatch(/^ {2}- name:/m); // list items level with their key
    expect(out).not.toMatch(/: ~$/m);
    for (const line of out.split('\n').filter((l) => /^\s+(started_at|completed_at|reported_at|resolved_at): /.test(l))) {
      expect(line).toMatch(/: ('\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ'|null)$/);
    }
  });

  it('writes a file exactly as upstream wrote it when upstream had nothing to fold', () => {
    for (const f of ['4.16/4.16.61.yaml', '4.12/4.12.84.yaml', '4.12/4.12.87.yaml', '4.16/4.16.58.yaml']) {
      const text = read(join(UPSTREAM, f));
      expect(serializeStateBox(parseStateBoxText(text, f))).toBe(text);
    }
  });

  it('prints multi-line results as |- block scalars, even where upstream used an escaped double-quoted string', () => {
    const file = join(UPSTREAM, '4.12/4.12.89.yaml');
    expect(read(file)).toContain('result: "Build test analysis completed');
    const out = serializeStateBox(parseStateBoxText(read(file), file));
    expect(out).toContain('  result: |-\n    Build test analysis completed - ALL TESTS PASSED ✓\n\n    Test Results Summary:\n');
    // Trailing spaces inside a line survive the block scalar.
    expect(parse(out).tasks.find((t: { result: string }) => t.result.startsWith('Build test')).result).toContain('(state=success)  \n3.');
  });

  it('reads release_date in every form upstream writes', () => {
    const box = parseStateBoxText(read(join(UPSTREAM, '4.16/4.16.65.yaml')), 'x');
    expect(box.metadata.release_date).toBe('2026-Jul-01');
    for (const [text, iso] of [
      ['2026-Jan-13', '2026-01-13'],
      ['2026-MAY-14', '2026-05-14'],
      ['2026-Feb-3', '2026-02-03'],
      ['2026-01-13', '2026-01-13'],
    ] as const) {
      expect(parseReleaseDate(text)?.toISOString().slice(0, 10)).toBe(iso);
      const doc = read(join(UPSTREAM, '4.16/4.16.65.yaml')).replace('release_date: 2026-Jul-01', `release_date: ${text}`);
      expect(parseStateBoxText(doc, 'x').metadata.release_date).toBe(text);
    }
    for (const bad of ['2026-Foo-13', '2026-Feb-30', '13-Jan-2026', 'soon']) expect(parseReleaseDate(bad)).toBeUndefined();
  });

  it('reads files saved with a BOM or CRLF line endings to the same data', () => {
    const text = read(join(UPSTREAM, '4.16/4.16.65.yaml'));
    const box = parseStateBoxText(text, 'x');
    expect(parseStateBoxText(`\ufeff${text}`, 'bom.yaml')).toStrictEqual(box);
    expect(parseStateBoxText(text.replace(/\n/g, '\r\n'), 'crlf.yaml')).toStrictEqual(box);
  });

  it('keeps unknown task names and unknown fields at every level', () => {
    const text = read(join(UPSTREAM, '4.16/4.16.65.yaml'))
      .replace('tasks:\n', 'tasks:\n- name: check-greenwave-cvp-tests\n  status: Pass\n  flavour: extra\n')
      .replace('metadata:\n', 'metadata:\n  microshift_bugs: [1, 2]\n')
      .replace("schema_version: '1.0'\n", "schema_version: '1.0'\nowner_notes:\n  when: '2026-01-01'\n  count: 3\n");
    const box = parseStateBoxText(text, 'x');
    const out = serializeStateBox(box);
    expect(parse(out)).toStrictEqual(parse(text));
    expect(box.tasks[0]).toMatchObject({ name: 'check-greenwave-cvp-tests', flavour: 'extra' });
    expect(out).toContain("  when: '2026-01-01'\n  count: 3\n");
  });
});

describe('y-stream tracking files beside the StateBoxes', () => {
  it.each(trackingFiles.map((f) => [name(f), f]))('%s is recognised and formatted losslessly', (_n, file) => {
    const text = read(file);
    const parsed = parseReleaseFileText(text, file);
    expect(parsed.kind).toBe('tracking');
    const out = serializeReleaseFile(parsed);
    expect(parse(out)).toStrictEqual(parse(text));
    expect(serializeReleaseFile(parseReleaseFileText(out, file))).toBe(out);
  });

  it('is not accepted where a StateBox is required', () => {
    const file = join(UPSTREAM, '4.16/4.16.z.yaml');
    expect(() => parseStateBoxText(read(file), file)).toThrow(/schema_version: is required/);
  });

  it('rejects a tracking file with a non-numeric advisory', () => {
    expect(() => parseReleaseFileText('releases:\n  4.16.1:\n    advisories:\n      rpm: abc\n', 't.z.yaml')).toThrow(
      't.z.yaml: releases.4.16.1.advisories.rpm: expected number, got "abc" (line 4).',
    );
  });
});

describe('invalid StateBoxes', () => {
  const bad = (f: string) => join(FIXTURES, 'invalid', f);
  const failure = (file: string): StateBoxError => {
    try {
      parseStateBoxText(read(file), file);
    } catch (err) {
      expect(err).toBeInstanceOf(StateBoxError);
      expect(err).toBeInstanceOf(InputError);
      return err as StateBoxError;
    }
    throw new Error(`${file} was accepted`);
  };

  it('wrong status value: names the field and its line', () => {
    const err = failure(bad('wrong-status.yaml'));
    expect(err.message).toBe(`${bad('wrong-status.yaml')}: tasks[0].status: expected one of "Not Started", "In Progress", "Pass", "Fail", got "Done" (line 16).`);
    expect(err.field).toBe('tasks[0].status');
    expect(err.line).toBe(16);
    expect(err.path).toBe(bad('wrong-status.yaml'));
  });

  it('wrong type for status', () => {
    const err = failure(bad('status-number.yaml'));
    expect(err.field).toBe('tasks[0].status');
    expect(err.message).toContain('got 3 (line 16)');
  });

  it('missing release', () => {
    const err = failure(bad('missing-release.yaml'));
    expect(err.message).toBe(`${bad('missing-release.yaml')}: release: is required.`);
    expect(err.field).toBe('release');
  });

  it('bad release_date', () => {
    const err = failure(bad('bad-release-date.yaml'));
    expect(err.field).toBe('metadata.release_date');
    expect(err.line).toBe(10);
    expect(err.message).toContain('expected a date such as 2026-Jan-13, got "2026-Jul-32"');
  });

  it('malformed YAML: path, line and column', () => {
    const err = failure(bad('malformed.yaml'));
    expect(err.message).toMatch(new RegExp(`^${bad('malformed.yaml').replace(/[.]/g, '\\.')}:\\d+:\\d+: .*quote.*\\(not valid YAML\\)\\.$`));
    expect(err.line).toBeGreaterThan(0);
    expect(err.field).toBeUndefined();
  });

  it('duplicate keys are a YAML error with the line of the second one', () => {
    const err = failure(bad('duplicate-key.yaml'));
    expect(err.line).toBe(14);
    expect(err.message).toContain('Map keys must be unique');
  });

  it('collects every problem, the first in the message', () => {
    const text = read(bad('wrong-status.yaml')).replace('release: 4.16.65', 'release: ../../x').replace("created_at: '2026-06-24T22:00:15Z'", 'created_at: yesterday');
    const err = (() => {
      try {
        parseStateBoxText(text, 'multi.yaml');
      } catch (e) {
        return e as StateBoxError;
      }
      throw new Error('accepted');
    })();
    expect(err.problems).toEqual([
      'multi.yaml: release: expected a release such as 4.20.1 or 5.0.0-ec.3, got "../../x" (line 2).',
      'multi.yaml: created_at: expected a UTC timestamp such as 2026-01-13T08:30:00Z, got "yesterday" (line 3).',
      'multi.yaml: tasks[0].status: expected one of "Not Started", "In Progress", "Pass", "Fail", got "Done" (line 16).',
    ]);
    expect(err.message).toBe(err.problems[0]);
  });

  it.each([
    ['', 'x.yaml: expected a YAML mapping (a StateBox), got an empty document.'],
    ['- a\n- b\n', 'x.yaml: expected a YAML mapping (a StateBox), got a list.'],
    ['just text\n', 'x.yaml: expected a YAML mapping (a StateBox), got "just text".'],
    ['a: *nowhere\n', 'x.yaml: Unresolved alias (the anchor must be set before the alias): nowhere (not valid YAML).'],
    ['a: 1\n---\nb: 2\n', 'x.yaml:2:1: Source contains multiple documents; please use YAML.parseAllDocuments() (not valid YAML).'],
  ])('%j is rejected with one clear sentence', (text, message) => {
    expect(() => parseStateBoxText(text, 'x.yaml')).toThrow(message);
  });

  it('a missing field of a task names the task entry and its line', () => {
    const text = read(join(UPSTREAM, '4.16/4.16.65.yaml')).replace('- name: check-cve-tracker-bug\n  status: Pass\n', '- name: check-cve-tracker-bug\n');
    expect(() => parseStateBoxText(text, 'x.yaml')).toThrow('x.yaml: tasks[1].status: is required (line 26).');
  });
});

describe('serializeYaml quoting', () => {
  const box = (extra: Partial<StateBox> & Record<string, unknown>): StateBox => ({
    ...parseStateBoxText(read(join(UPSTREAM, '4.16/4.16.61.yaml')), 'x'),
    ...extra,
  });

  it('keeps strings that look like other types as strings, for YAML 1.1 and 1.2 readers', () => {
    const tricky = ['yes', 'no', 'on', 'Off', 'y', 'N', 'true', 'null', '~', '', '0o17', '0x1F', '0777', '1_000', '1:20', '.inf', '.nan', '1e3', '5.0', '42', '-7', '2026-01-13', '2026-06-25T08:30:43Z', '2026-06-25 08:30:43', '=', '<<', '#x', '- a', 'a: b', ' lead', 'trail ', '@at', '`tick', '%pct', '*star', '&amp', '!bang', '|pipe', '>gt', "'q'", '"dq"', '[x]', '{y}'];
    const data = { values: tricky, keys: Object.fromEntries(tricky.filter((t) => t !== '').map((t) => [t, t])) };
    const out = serializeYaml(data);
    expect(parse(out)).toStrictEqual(data);
    expect(parse(out, { version: '1.1' })).toStrictEqual(data);
  });

  it('keeps numbers, booleans and nulls as they are', () => {
    const data = { num: 168996, neg: -3, f: 1.5, t: true, f2: false, z: null, list: [], map: {} };
    const out = serializeYaml(data);
    expect(out).toBe('num: 168996\nneg: -3\nf: 1.5\nt: true\nf2: false\nz: null\nlist: []\nmap: {}\n');
    expect(parse(out)).toStrictEqual(data);
  });

  it('never writes anchors for repeated objects', () => {
    const shared = { id: 'x' };
    const out = serializeYaml({ a: shared, b: shared });
    expect(out).not.toMatch(/[&*]/);
  });

  it('puts known keys in upstream order and keeps the rest after them', () => {
    const b = box({});
    const scrambled = {
      zeta: 1,
      issues: [{ blocker: false, resolved: false, issue: 'x', reported_at: '2026-01-01T00:00:00Z', note: 'a note' }],
      tasks: [{ result: null, status: 'Pass', name: 'take-ownership', extra: 1 }],
      metadata: { shipment_mr: 'u', jira_ticket: 'ART-1' },
      updated_at: b.updated_at,
      created_at: b.created_at,
      release: b.release,
      schema_version: '1.0',
    } as unknown as StateBox;
    const out = serializeStateBox(scrambled);
    expect(out).toBe(
      [
        "schema_version: '1.0'",
        'release: 4.16.61',
        "created_at: '2026-05-06T03:01:52Z'",
        "updated_at: '2026-05-06T12:02:27Z'",
        'metadata:',
        '  jira_ticket: ART-1',
        '  shipment_mr: u',
        'tasks:',
        '- name: take-ownership',
        '  status: Pass',
        '  result: null',
        '  extra: 1',
        'issues:',
        '- issue: x',
        "  reported_at: '2026-01-01T00:00:00Z'",
        '  resolved: false',
        '  blocker: false',
        '  note: a note',
        'zeta: 1',
        '',
      ].join('\n'),
    );
  });

  it('round-trips any text a result may hold (property)', () => {
    const base = box({});
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.constantFrom('INFO: done', '', '  indented', 'tail  ', 'a: b', '- item', '# hash', "it's", '"q"', '\t tab', 'ünï ✓'), { maxLength: 8 }).map((l) => l.join('\n')),
      fc.string({ unit: 'binary', maxLength: 80 }),
    );
    fc.assert(
      fc.property(text, fc.string({ maxLength: 30 }), (result, key) => {
        const b = { ...base, tasks: [{ name: 'stage-testing', status: 'Pass' as const, started_at: null, completed_at: null, result }], [`x_${key}`]: key };
        const out = serializeStateBox(b);
        expect(parse(out)).toStrictEqual(b);
        expect(parse(out, { version: '1.1' })).toStrictEqual(b);
        expect(serializeStateBox(parse(out))).toBe(out);
      }),
      { numRuns: 300 },
    );
  });

  it('writes multi-line text as |- and single-line timestamps single-quoted', () => {
    const b = box({ tasks: [{ name: 'stage-testing', status: 'In Progress', started_at: '2026-06-25T08:30:43Z', completed_at: null, result: 'line one\nline two' }] });
    const out = serializeStateBox(b);
    expect(out).toContain("- name: stage-testing\n  status: In Progress\n  started_at: '2026-06-25T08:30:43Z'\n  completed_at: null\n  result: |-\n    line one\n    line two\n");
  });
});
