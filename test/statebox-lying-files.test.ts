/**
 * Files that lie (issue 13): a StateBox whose `release:` is not the one its path names (a file
 * copied forward), and YAML whose rewrite would change it (`__proto__` keys, `!!binary`, `!!set`,
 * other tags, non-text keys, `<<` merge keys) are refused with one sentence, never rewritten;
 * keys such as `constructor` are plain data and survive fmt, edits and merges.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LocalStore } from '../src/adapters/store/local';
import { stateBoxPath } from '../src/core/version';
import { addIssue, upsertTask } from '../src/statebox/edit';
import { mergeStateBoxes } from '../src/statebox/merge';
import { loadStateBox, updateStateBox } from '../src/statebox/repository';
import type { StateBox } from '../src/core/model';
import { StateBoxError, parseReleaseFileText, parseStateBoxText, releaseNamedByPath, serializeStateBox } from '../src/statebox/yaml';
import { krdRun } from './helpers/krd-run';

const NOW = new Date('2026-01-02T03:04:05Z');

/** A small valid StateBox; `extra` goes at the end of the top level, `task` inside the one task. */
function stateBoxText(release: string, { extra = '', metadata = '', task = '' } = {}): string {
  return [
    "schema_version: '1.0'",
    `release: ${release}`,
    "created_at: '2025-11-27T17:00:56.350495+00:00'",
    "updated_at: '2025-11-28T06:19:44Z'",
    'metadata:',
    '  jira_ticket: ART-1',
    '  qe_owner: null',
    metadata,
    'tasks:',
    '- name: take-ownership',
    '  status: Pass',
    "  started_at: '2025-11-28T06:19:44Z'",
    "  completed_at: '2025-11-28T06:19:44Z'",
    '  result: ok',
    task,
    'issues: []',
    extra,
  ]
    .filter((l) => l !== '')
    .join('\n')
    .concat('\n');
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-lying-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(path: string, text: string): Promise<string> {
  const full = join(dir, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, text);
  return full;
}

const krd = (args: string[]) => krdRun(args, { cwd: dir });

describe('a StateBox whose release: is not the one its path names', () => {
  const copied = stateBoxText('4.20.1'); // copied forward to 4.20.2's place, release: not updated
  const path = stateBoxPath('4.20.2');

  it('is refused where the driver loads it, as a broken file is, naming both releases and the line', async () => {
    await put(path, copied);
    const err = await loadStateBox(new LocalStore(dir), '4.20.2').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateBoxError);
    expect((err as StateBoxError).message).toBe(
      `${path}: release: the file says 4.20.1, but it is the StateBox of 4.20.2; a file copied from another release is not read (line 2).`,
    );
    expect(err).toMatchObject({ path, field: 'release', line: 2 });
  });

  it('is never written over: updateStateBox stops and the file keeps its bytes', async () => {
    const full = await put(path, copied);
    await expect(updateStateBox(new LocalStore(dir), '4.20.2', (b) => addIssue(b, { text: 'x', blocker: false, now: NOW }), 'test')).rejects.toThrow(StateBoxError);
    expect(await readFile(full, 'utf8')).toBe(copied);
  });

  it('krd statebox check reports it on a standard path (relative or absolute), exit 1', async () => {
    const full = await put(path, copied);
    for (const file of [path, full]) {
      const r = await krd(['statebox', 'check', file]);
      expect(r.code, file).toBe(1);
      expect(r.stdout).toBe(`${file}: invalid\n  ${file}: release: the file says 4.20.1, but it is the StateBox of 4.20.2; a file copied from another release is not read (line 2).\n`);
    }
    const json = await krd(['statebox', 'check', '--json', path]);
    expect(JSON.parse(json.stdout)).toEqual({ files: [{ file: path, valid: false, errors: [expect.stringContaining('the file says 4.20.1, but it is the StateBox of 4.20.2')] }] });
  });

  it('krd statebox fmt refuses it too: exit 1, one line on stderr, nothing printed', async () => {
    await put(path, copied);
    const r = await krd(['statebox', 'fmt', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('the file says 4.20.1, but it is the StateBox of 4.20.2');
  });

  it('the same text elsewhere (not a standard path) is just a valid StateBox', async () => {
    await put('copy.yaml', copied);
    await put('_releases/4.20/statebox/notes.yaml', copied); // a file name that is no release claims nothing
    await put(stateBoxPath('4.20.1'), copied);
    const r = await krd(['statebox', 'check', 'copy.yaml', '_releases/4.20/statebox/notes.yaml', stateBoxPath('4.20.1')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => l.endsWith(': valid'))).toBe(true);
  });

  it('releaseNamedByPath: the file name of _releases/{y}/statebox/{release}.yaml, also after a store name', () => {
    expect(releaseNamedByPath('_releases/4.20/statebox/4.20.2.yaml')).toBe('4.20.2');
    expect(releaseNamedByPath('/x/y/_releases/5.0/statebox/5.0.0-ec.3.yaml')).toBe('5.0.0-ec.3');
    expect(releaseNamedByPath('dir /tmp/x: _releases/4.20/statebox/4.20.2.yaml')).toBe('4.20.2');
    expect(releaseNamedByPath('C:\\repo\\_releases\\4.20\\statebox\\4.20.2.yaml')).toBe('4.20.2');
    expect(releaseNamedByPath('_releases/4.20/statebox/notes.yaml')).toBeUndefined();
    expect(releaseNamedByPath('my_releases/4.20/statebox/4.20.2.yaml')).toBeUndefined();
    expect(releaseNamedByPath('_releases/4.20/4.20.z.yaml')).toBeUndefined();
    expect(releaseNamedByPath('4.20.2.yaml')).toBeUndefined();
  });
});

/** YAML whose rewrite would change it: each is refused with the line and column of the culprit. */
const REFUSED: [string, { extra?: string; metadata?: string; task?: string }, RegExp][] = [
  ['__proto__ at the top', { extra: '__proto__:\n  polluted: true' }, /:15:1: a key named __proto__ is not allowed in a StateBox/],
  ['quoted __proto__ in metadata', { metadata: "  '__proto__': {polluted: true}" }, /:8:3: a key named __proto__ is not allowed/],
  ['__proto__ in a task', { task: '  __proto__:\n    status: Fail' }, /:14:3: a key named __proto__ is not allowed/],
  ['!!binary', { extra: 'blob: !!binary aGVsbG8=' }, /:15:\d+: the YAML tag !!binary is not allowed in a StateBox: it holds plain data only/],
  ['!!set', { metadata: '  owners: !!set {alice, bob}' }, /:8:\d+: the YAML tag !!set is not allowed/],
  ['!!omap', { extra: 'order: !!omap [{a: 1}, {b: 2}]' }, /the YAML tag !!omap is not allowed/],
  ['!!pairs', { extra: 'pairs: !!pairs [{a: 1}]' }, /the YAML tag !!pairs is not allowed/],
  ['!!timestamp', { extra: 'when: !!timestamp 2025-11-27' }, /the YAML tag !!timestamp is not allowed/],
  ['a local tag', { task: '  note: !secret value' }, /:14:\d+: the YAML tag !secret is not allowed/],
  ['a verbatim tag', { extra: 'x: !<tag:example.com,2026:thing> y' }, /the YAML tag tag:example\.com,2026:thing is not allowed/],
  ['a tagged task list', { extra: 'more: !!set\n  ? a' }, /the YAML tag !!set is not allowed/],
  ['<< merge key', { extra: 'base: &b {x: 1}\nother:\n  <<: *b\n  y: 2' }, /:17:3: << is a YAML 1\.1 merge key, which upstream's reader merges and ours does not/],
  ['a number key', { metadata: '  advisory_names:\n    155454: rpm' }, /:9:5: the key 155454 is read as a number, not text; quote it/],
  ['a float key that would come back as 4.2', { extra: '4.20: y-stream' }, /:15:1: the key 4\.20 is read as a number, not text/],
  ['a null key', { extra: '~: nothing' }, /the key ~ is read as null, not text/],
  ['a boolean key', { extra: 'true: yes' }, /the key true is read as a boolean, not text/],
  ['a list as a key', { extra: '? [a, b]\n: c' }, /:15:3: a key must be text, not a list, a mapping or an alias/],
];

describe('YAML a rewrite would change is refused, never rewritten', () => {
  it.each(REFUSED)('%s', async (_name, parts, expected) => {
    const text = stateBoxText('4.20.2', parts);
    expect(() => parseStateBoxText(text, 'f.yaml')).toThrow(StateBoxError);
    expect(() => parseStateBoxText(text, 'f.yaml')).toThrow(expected);

    // fmt: exit 1, one sentence, nothing printed.
    await put('f.yaml', text);
    const fmt = await krd(['statebox', 'fmt', 'f.yaml']);
    expect(fmt.code).toBe(1);
    expect(fmt.stdout).toBe('');
    expect(fmt.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(fmt.stderr).toMatch(expected);
    // check: the file is invalid.
    expect((await krd(['statebox', 'check', 'f.yaml'])).code).toBe(1);

    // The driver's path: refused on load, the file keeps its bytes.
    const full = await put(stateBoxPath('4.20.2'), text);
    await expect(updateStateBox(new LocalStore(dir), '4.20.2', (b) => addIssue(b, { text: 'x', blocker: false, now: NOW }), 'test')).rejects.toThrow(expected);
    expect(await readFile(full, 'utf8')).toBe(text);
  });

  it('pollutes nothing while refusing', () => {
    for (const [, parts] of REFUSED) expect(() => parseStateBoxText(stateBoxText('4.20.2', parts), 'f.yaml')).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('status');
  });

  it('names every problem, the first in the message', () => {
    const text = stateBoxText('4.20.2', { extra: 'a: !!binary aGVsbG8=\n__proto__: {}\n7: seven' });
    const err = (() => {
      try {
        parseStateBoxText(text, 'f.yaml');
      } catch (e) {
        return e as StateBoxError;
      }
      throw new Error('not refused');
    })();
    expect(err.problems).toHaveLength(3);
    expect(err.message).toBe(err.problems[0]);
    expect(err.message).toMatch(/^f\.yaml:15:\d+: the YAML tag !!binary/);
    expect(err).toMatchObject({ path: 'f.yaml', line: 15, col: expect.any(Number) });
  });
});

describe('keys that are names of Object.prototype are plain data and survive', () => {
  const parts = {
    extra: "constructor: built by hand\ntoString: 'yes'\nhasOwnProperty: 3",
    metadata: '  constructor: {by: alice}\n  valueOf: v',
    task: '  constructor: task note\n  isPrototypeOf: true',
  };
  const text = stateBoxText('4.20.2', parts).replace('issues: []', "issues:\n- issue: a problem\n  reported_at: '2025-11-28T05:54:20.987694+00:00'\n  resolved: false\n  blocker: false\n  constructor: issue note");

  it('fmt prints them all, loading deep-equal to the input', async () => {
    await put('f.yaml', text);
    const r = await krd(['statebox', 'fmt', 'f.yaml']);
    expect(r.code).toBe(0);
    // node's deep equality: vitest's would compare the `constructor` values as types.
    expect(isDeepStrictEqual(parse(r.stdout), parse(text))).toBe(true);
    expect(r.stdout).toContain('constructor: built by hand');
    expect(r.stdout).toContain('  constructor: task note');
    expect(r.stdout).toContain('  constructor: issue note');
  });

  it('explicit core tags only say what the value is: !!str 12 stays the text 12', () => {
    const box = parseReleaseFileText(stateBoxText('4.20.2', { extra: "n: !!str 12\nm: !!map {a: 1}\n'<<': quoted is only a key" }), 'f.yaml');
    expect(box.kind).toBe('statebox');
    const data = (box as { box: Record<string, unknown> }).box;
    expect(data.n).toBe('12');
    expect(data['<<']).toBe('quoted is only a key');
    expect(parse(serializeStateBox(data as StateBox))).toMatchObject({ n: '12', m: { a: 1 }, '<<': 'quoted is only a key' });
  });

  it('a driver write of unrelated fields keeps them', async () => {
    const full = await put(stateBoxPath('4.20.2'), text);
    const store = new LocalStore(dir);
    await updateStateBox(store, '4.20.2', (b) => upsertTask(addIssue(b, { text: 'new', blocker: false, now: NOW }), 'take-ownership', { result: 'again' }, NOW), 'test');
    const after = parse(await readFile(full, 'utf8')) as Record<string, unknown>;
    const before = parse(text) as Record<string, unknown>;
    expect(after.constructor).toBe('built by hand');
    expect(after.toString).toBe('yes');
    expect(after.hasOwnProperty).toBe(3);
    expect(isDeepStrictEqual(after.metadata, before.metadata)).toBe(true);
    expect((after.tasks as Record<string, unknown>[])[0]).toMatchObject({ constructor: 'task note', isPrototypeOf: true, result: 'again' });
    expect(isDeepStrictEqual((after.issues as unknown[])[0], (before.issues as unknown[])[0])).toBe(true);
  });

  it('a merge keeps them, and a side that removes one removes it (never Object itself)', () => {
    const base = parseStateBoxText(text, 'base.yaml');
    const ours = upsertTask(base, 'take-ownership', { result: 'ours' }, NOW);
    const theirs = addIssue(base, { text: 'theirs', blocker: false, now: NOW });
    const merged = mergeStateBoxes(base, ours, theirs).merged;
    const expected: Record<string, unknown> = {
      constructor: 'built by hand',
      toString: 'yes',
      metadata: { constructor: { by: 'alice' }, valueOf: 'v' },
      tasks: [{ constructor: 'task note', result: 'ours' }],
      issues: [{ constructor: 'issue note' }, { issue: 'theirs' }],
    };
    expect(parse(serializeStateBox(merged))).toMatchObject(expected);

    const { constructor: _dropped, ...metadataWithout } = base.metadata as Record<string, unknown>;
    const removed = { ...base, metadata: metadataWithout } as StateBox;
    const out = mergeStateBoxes(base, removed, theirs).merged;
    expect(Object.hasOwn(out.metadata, 'constructor')).toBe(false);
    expect(Object.keys((parse(serializeStateBox(out)) as { metadata: object }).metadata)).toEqual(['jira_ticket', 'qe_owner', 'valueOf']);
  });
});
