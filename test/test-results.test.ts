import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTestResult } from '../src/driver/test-results';
import { InputError, TransientError } from '../src/core/errors';
import type { StateStore, StoredFile } from '../src/ports/store';
import { shared } from './helpers/shared';

const RECORD_DIR = shared('fixtures/upstream/record');

/** The record branch as a directory of real files, read-only, recording every path read. */
class RecordDir implements StateStore {
  readonly reads: string[] = [];
  constructor(readonly dir: string) {}
  get describe(): string {
    return `dir ${this.dir}`;
  }
  async read(path: string): Promise<StoredFile | undefined> {
    this.reads.push(path);
    try {
      const content = await readFile(join(this.dir, path), 'utf8');
      const sha = createHash('sha1').update(`blob ${Buffer.byteLength(content)}\0${content}`).digest('hex');
      return { path, content, sha };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }
  async write(): Promise<{ sha: string }> {
    throw new Error('the record branch is read-only here');
  }
  async list(): Promise<string[]> {
    return [];
  }
}

let dir: string;
let store: RecordDir;
const put = (build: string, content: unknown) =>
  writeFile(join(dir, `_releases/ocp-test-result-${build}-amd64.json`), typeof content === 'string' ? content : JSON.stringify(content));
const fixture = async (name: string) => JSON.parse(await readFile(join(RECORD_DIR, name), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-record-'));
  await mkdir(join(dir, '_releases'));
  for (const f of ['ocp-test-result-4.12.60-amd64.json', 'ocp-test-result-4.12.84-amd64.json', 'ocp-test-result-4.12.0-0.nightly-2026-07-02-012625-amd64.json']) {
    await copyFile(join(RECORD_DIR, f), join(dir, '_releases', f));
  }
  store = new RecordDir(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTestResult', () => {
  it('says missing when the build has no file yet', async () => {
    expect(await readTestResult(store, '4.20.1')).toEqual({ state: 'missing', path: '_releases/ocp-test-result-4.20.1-amd64.json' });
  });

  it('tells a file without `aggregated` apart (aggregation not started), with the BO3 view so far', async () => {
    const obs = await readTestResult(store, '4.12.0-0.nightly-2026-07-02-012625');
    expect(obs.state).toBe('no-aggregated-field');
    if (obs.state !== 'no-aggregated-field') return;
    expect(obs.evaluation).toMatchObject({ aggregated: false, accepted: null });
    expect(obs.evaluation.jobs.filter((j) => j.verdict === 'pending')).toHaveLength(1);
  });

  it('tells `aggregated: false` apart (still aggregating)', async () => {
    await put('4.20.2', { ...(await fixture('ocp-test-result-4.12.60-amd64.json')), aggregated: false, accepted: false });
    const obs = await readTestResult(store, '4.20.2');
    expect(obs.state).toBe('not-aggregated');
  });

  it('reports an aggregated, accepted file with the per-job verdicts', async () => {
    const obs = await readTestResult(store, '4.12.60');
    expect(obs).toMatchObject({ state: 'aggregated', accepted: true, path: '_releases/ocp-test-result-4.12.60-amd64.json' });
    if (obs.state === 'aggregated') expect(obs.evaluation.jobs.every((j) => j.verdict === 'pass')).toBe(true);
  });

  it('reports an aggregated, not accepted file', async () => {
    const obs = await readTestResult(store, '4.12.84');
    expect(obs).toMatchObject({ state: 'aggregated', accepted: false, evaluation: { build: '4.12.84', accepted: false } });
    if (obs.state === 'aggregated') expect(obs.evaluation.jobs.map((j) => j.verdict)).toEqual(['pass', 'fail', 'fail']);
  });

  it("uses the file's own `accepted`, as upstream does, and keeps our BO3 evaluation beside it", async () => {
    await put('4.20.3', { ...(await fixture('ocp-test-result-4.12.84-amd64.json')), accepted: true }); // e.g. a manual promotion
    const obs = await readTestResult(store, '4.20.3');
    expect(obs).toMatchObject({ state: 'aggregated', accepted: true, evaluation: { accepted: false } });
  });

  it('counts an aggregated file without `accepted` as not accepted (the analyzer decides)', async () => {
    const { accepted: _drop, ...rest } = await fixture('ocp-test-result-4.12.60-amd64.json');
    await put('4.20.4', rest);
    expect(await readTestResult(store, '4.20.4')).toMatchObject({ state: 'aggregated', accepted: false });
  });

  it('validates the build before building a path, and reads nothing for a bad one', async () => {
    const before = store.reads.length;
    for (const bad of ['../../etc/passwd', '4.20.1/../../x', '4.20', '4.20.1-amd64', '']) {
      await expect(readTestResult(store, bad)).rejects.toThrow(InputError);
    }
    expect(store.reads.length).toBe(before);
  });

  it('names the store and path when the file is not JSON or not a test-result file', async () => {
    await put('4.20.5', '{"result": [');
    await expect(readTestResult(store, '4.20.5')).rejects.toThrow(
      new RegExp(`^dir ${dir}: _releases/ocp-test-result-4\\.20\\.5-amd64\\.json is not valid JSON`),
    );
    await put('4.20.6', { result: 'nope', build: { name: '4.20.6' }, aggregated: true });
    await expect(readTestResult(store, '4.20.6')).rejects.toThrow(/ocp-test-result-4\.20\.6-amd64\.json is not a test-result file: result: /);
  });

  it('lets errors of the store itself pass through unchanged', async () => {
    const failing: StateStore = {
      describe: 'github o/r@record',
      read: async () => {
        throw new TransientError('GitHub answered 503.');
      },
      write: async () => ({ sha: '' }),
      list: async () => [],
    };
    await expect(readTestResult(failing, '4.20.1')).rejects.toThrow(TransientError);
  });
});
