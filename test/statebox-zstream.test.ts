/**
 * Every StateBox on upstream's z-stream branch (openshift/release-tests, `_releases/*\/statebox/`,
 * copied whole into test/fixtures/statebox/zstream) reads, checks and round-trips through fmt;
 * the timestamps they hold, in every form upstream wrote, stay exactly as written.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LocalStore } from '../src/adapters/store/local';
import { stateBoxPath } from '../src/core/version';
import { addIssue, upsertTask } from '../src/statebox/edit';
import { loadStateBox, updateStateBox } from '../src/statebox/repository';
import { parseReleaseFileText, parseStateBoxText, serializeReleaseFile, serializeStateBox } from '../src/statebox/yaml';
import { krdRun } from './helpers/krd-run';

const ZSTREAM = join(import.meta.dirname, 'fixtures/statebox/zstream');
const files = readdirSync(ZSTREAM)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const read = (f: string): string => readFileSync(join(ZSTREAM, f), 'utf8');

/** Every `key: 'timestamp'` line of a file, as written (the keys StateBoxes stamp). */
function timestampLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*-?\s*(created_at|updated_at|started_at|completed_at|reported_at|resolved_at|triggered_at|deadline): '/.test(l));
}

describe('every StateBox on upstream z-stream', () => {
  it('is here: 150 files, named by their release', () => {
    expect(files).toHaveLength(150);
    for (const f of files) expect(/^release: (.+)$/m.exec(read(f))?.[1], f).toBe(f.replace(/\.yaml$/, ''));
  });

  it('validates, and fmt prints YAML that loads deep-equal to it (YAML 1.2 and 1.1), stable', () => {
    for (const f of files) {
      const text = read(f);
      const parsed = parseReleaseFileText(text, f);
      expect(parsed.kind, f).toBe('statebox');
      const out = serializeReleaseFile(parsed);
      expect(parse(out), f).toStrictEqual(parse(text));
      expect(parse(out, { version: '1.1' }), f).toStrictEqual(parse(text, { version: '1.1' }));
      expect(serializeReleaseFile(parseReleaseFileText(out, f)), f).toBe(out);
    }
  });

  it('keeps every timestamp line exactly as written', () => {
    for (const f of files) {
      const text = read(f);
      const out = serializeStateBox(parseStateBoxText(text, f));
      expect(timestampLines(out), f).toEqual(timestampLines(text));
    }
  });

  it('holds the forms this must read: Python isoformat() with microseconds and +00:00, and qe_owner: null', () => {
    const all = files.map(read).join('\n');
    expect(all).toMatch(/created_at: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00'/);
    expect(all).toMatch(/reported_at: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00'/);
    expect(all).toMatch(/qe_owner: null/);
  });
});

describe('krd statebox check and fmt on the real files (in-process)', () => {
  const krd = (args: string[]) => krdRun(args, { cwd: ZSTREAM });

  it('check: all 150 valid, exit 0', async () => {
    const r = await krd(['statebox', 'check', '--json', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { files: { file: string; valid: boolean }[] };
    expect(report.files.filter((x) => !x.valid)).toEqual([]);
    expect(report.files).toHaveLength(150);
  });

  it('fmt of the files with offset timestamps and qe_owner: null: exit 0, same data', async () => {
    for (const f of ['4.13.62.yaml', '4.17.45.yaml', '4.19.20.yaml', '4.20.6.yaml']) {
      const r = await krd(['statebox', 'fmt', f]);
      expect(r.code, f).toBe(0);
      expect(parse(r.stdout), f).toStrictEqual(parse(read(f)));
    }
  });
});

describe('writes of unrelated fields leave real timestamps as written', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'krd-zstream-write-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('an issue added and a task result changed through updateStateBox keep created_at and the old issue reported_at', async () => {
    const release = '4.20.6'; // created_at and one reported_at in isoformat() form; qe_owner: null
    const path = stateBoxPath(release);
    await mkdir(join(dir, path, '..'), { recursive: true });
    const original = read(`${release}.yaml`);
    await writeFile(join(dir, path), original);
    const store = new LocalStore(dir);
    const now = new Date('2026-01-02T03:04:05.678Z');

    const result = await updateStateBox(
      store,
      release,
      (box) => upsertTask(addIssue(box, { text: 'a new problem', blocker: false, tasks: [], now }), 'image-signed-check', { result: 'rechecked by a test' }, now),
      'test: unrelated edits',
    );
    expect(result.written).toBe(true);

    const written = await readFile(join(dir, path), 'utf8');
    expect(written).toContain("created_at: '2025-11-27T11:02:55.266929+00:00'");
    expect(written).toContain("reported_at: '2025-11-28T05:54:20.987694+00:00'");
    expect(written).toContain('qe_owner: null');
    // What we write ourselves is upstream's current form, seconds and Z.
    expect(written).toContain("updated_at: '2026-01-02T03:04:05Z'");
    expect(written).toContain("reported_at: '2026-01-02T03:04:05Z'");
    // Every other timestamp line of the file is still there, as written.
    const before = timestampLines(original).filter((l) => !l.startsWith('updated_at:'));
    const after = timestampLines(written);
    for (const line of before) expect(after).toContain(line);

    const reloaded = await loadStateBox(store, release);
    expect(reloaded?.box.metadata.qe_owner).toBeNull();
  });
});
