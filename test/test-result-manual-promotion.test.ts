/**
 * Test-result files a person promoted (`manual_promotion: true`, `accepted: false`): upstream
 * reads them as "Accepted (Manually Promoted)", so does the driver. The fixtures are every such
 * file on upstream's record branch (test/fixtures/test-results/manual-promotion). Also
 * `krd test-result evaluate --require-accepted` and its one-sentence errors.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTestResult } from '../src/driver/test-results';
import type { CliIO } from '../src/cli/io';
import { run } from '../src/cli/main';
import { isManuallyPromoted, parseTestResultText } from '../src/core/bo3';
import type { TestResultState } from '../src/core/decide';
import type { StateStore, StoredFile } from '../src/ports/store';
import { shared } from './helpers/shared';

const PROMOTED_DIR = join(import.meta.dirname, 'fixtures/test-results/manual-promotion');
const RECORD_DIR = shared('fixtures/upstream/record');
const PROMOTED = 'ocp-test-result-4.12.92-amd64.json'; // aggregated, accepted: false, manual_promotion: true
const PROMOTED_AND_ACCEPTED = 'ocp-test-result-4.16.30-amd64.json'; // accepted: true as well
const ACCEPTED = 'ocp-test-result-4.12.60-amd64.json';
const REJECTED = 'ocp-test-result-4.12.84-amd64.json';
const PENDING = 'ocp-test-result-4.12.0-0.nightly-2026-07-02-012625-amd64.json';

const buildOf = (file: string): string => file.replace(/^ocp-test-result-/, '').replace(/-amd64\.json$/, '');

/** A record branch: a directory of files read through the StateStore port. */
class RecordDir implements StateStore {
  constructor(readonly dir: string) {}
  get describe(): string {
    return `dir ${this.dir}`;
  }
  async read(path: string): Promise<StoredFile | undefined> {
    try {
      const content = await readFile(join(this.dir, path), 'utf8');
      return { path, content, sha: createHash('sha1').update(content).digest('hex') };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }
  async write(): Promise<{ sha: string }> {
    throw new Error('read-only');
  }
  async list(): Promise<string[]> {
    return [];
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-manual-promotion-'));
  await mkdir(join(dir, '_releases'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function putRecord(name: string, content: string): Promise<void> {
  await writeFile(join(dir, '_releases', name), content);
}

async function realJson(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(PROMOTED_DIR, name), 'utf8')) as Record<string, unknown>;
}

describe('readTestResult: a manual promotion counts as accepted', () => {
  it('every real promoted file on the record branch reads as aggregated and accepted', async () => {
    const names = (await readdir(PROMOTED_DIR)).filter((f) => f.endsWith('.json'));
    expect(names).toHaveLength(12);
    for (const name of names) await copyFile(join(PROMOTED_DIR, name), join(dir, '_releases', name));
    const store = new RecordDir(dir);
    for (const name of names) {
      const json = await realJson(name);
      const seen = await readTestResult(store, buildOf(name));
      expect(seen, name).toMatchObject({ state: 'aggregated', accepted: true });
      // Flagged only where the promotion is what made it accepted.
      if (json.accepted === false) expect(seen, name).toMatchObject({ manuallyPromoted: true });
      else expect(seen, name).not.toHaveProperty('manuallyPromoted');
    }
  });

  it('4.12.92: accepted: false in the file, BO3 rejects it, yet accepted as Manually Promoted', async () => {
    await copyFile(join(PROMOTED_DIR, PROMOTED), join(dir, '_releases', PROMOTED));
    const seen = await readTestResult(new RecordDir(dir), '4.12.92');
    expect(seen).toMatchObject({ state: 'aggregated', accepted: true, manuallyPromoted: true });
    if (seen.state !== 'aggregated') throw new Error('unreachable');
    expect(seen.evaluation.accepted).toBe(false); // the jobs alone say no
    // The flow reads it through TestResultState: the field reaches decide().
    const state: TestResultState = seen;
    expect(state).toMatchObject({ accepted: true, manuallyPromoted: true });
  });

  it('a promotion not yet re-aggregated (aggregated: false) is still a wait, as any file being aggregated', async () => {
    await putRecord(PROMOTED, JSON.stringify({ ...(await realJson(PROMOTED)), aggregated: false }));
    expect(await readTestResult(new RecordDir(dir), '4.12.92')).toMatchObject({ state: 'not-aggregated' });
  });

  it('only manual_promotion: true counts; false, "yes" or absent leave accepted: false', async () => {
    for (const value of [false, 'yes', 1, null, undefined]) {
      const json = { ...(await realJson(PROMOTED)), manual_promotion: value };
      await putRecord(PROMOTED, JSON.stringify(json));
      const seen = await readTestResult(new RecordDir(dir), '4.12.92');
      expect(seen, String(value)).toMatchObject({ state: 'aggregated', accepted: false });
      expect(seen, String(value)).not.toHaveProperty('manuallyPromoted');
    }
  });

  it('isManuallyPromoted: manual_promotion true over accepted false on an aggregated file', () => {
    const base = { result: [], build: { name: '4.20.1' } };
    expect(isManuallyPromoted(parseTestResultText(JSON.stringify({ ...base, aggregated: true, accepted: false, manual_promotion: true })))).toBe(true);
    expect(isManuallyPromoted(parseTestResultText(JSON.stringify({ ...base, aggregated: true, accepted: true, manual_promotion: true })))).toBe(false);
    expect(isManuallyPromoted(parseTestResultText(JSON.stringify({ ...base, aggregated: false, accepted: false, manual_promotion: true })))).toBe(false);
    expect(isManuallyPromoted(parseTestResultText(JSON.stringify({ ...base, manual_promotion: true })))).toBe(false);
  });
});

function captureIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env: {}, cwd, isTTY: false, out: () => out, err: () => err };
}

describe('krd test-result evaluate on promoted files', () => {
  beforeEach(async () => {
    await copyFile(join(PROMOTED_DIR, PROMOTED), join(dir, PROMOTED));
    await copyFile(join(PROMOTED_DIR, PROMOTED_AND_ACCEPTED), join(dir, PROMOTED_AND_ACCEPTED));
    for (const f of [ACCEPTED, REJECTED, PENDING]) await copyFile(join(RECORD_DIR, f), join(dir, f));
  });

  it('computes from job data alone and says the file records the promotion', async () => {
    const io = captureIO(dir);
    expect(await run(['test-result', 'evaluate', PROMOTED], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toMatch(/^ocp-test-result-4\.12\.92-amd64\.json: build 4\.12\.92: NOT ACCEPTED \(\d+ of 3 jobs failed BO3\), but Accepted \(Manually Promoted\) in the file\n/);
  });

  it('--json: accepted stays the BO3 verdict; manual_promotion: true is added', async () => {
    const io = captureIO(dir);
    expect(await run(['test-result', 'evaluate', '--json', PROMOTED, REJECTED], io)).toBe(0);
    const [promoted, rejected] = io.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(promoted).toMatchObject({ file: PROMOTED, build: '4.12.92', aggregated: true, accepted: false, manual_promotion: true });
    expect(rejected).toMatchObject({ file: REJECTED, accepted: false });
    expect(rejected).not.toHaveProperty('manual_promotion');
  });

  it('every real promoted file evaluates without an error', async () => {
    const names = (await readdir(PROMOTED_DIR)).filter((f) => f.endsWith('.json'));
    const io = captureIO(PROMOTED_DIR);
    expect(await run(['test-result', 'evaluate', '--json', '--require-accepted', ...names], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out().trim().split('\n')).toHaveLength(12);
  });
});

describe('krd test-result evaluate --require-accepted', () => {
  beforeEach(async () => {
    await copyFile(join(PROMOTED_DIR, PROMOTED), join(dir, PROMOTED));
    for (const f of [ACCEPTED, REJECTED, PENDING]) await copyFile(join(RECORD_DIR, f), join(dir, f));
  });

  it('exit 0 when every file is accepted, by BO3 or by a manual promotion', async () => {
    const io = captureIO(dir);
    expect(await run(['test-result', 'evaluate', '--require-accepted', ACCEPTED, PROMOTED], io)).toBe(0);
    expect(io.err()).toBe('');
  });

  it('exit 1 naming the rejected and the pending files in one sentence; the report is still printed', async () => {
    const io = captureIO(dir);
    expect(await run(['test-result', 'evaluate', '--require-accepted', ACCEPTED, REJECTED, PENDING], io)).toBe(1);
    expect(io.out().match(/^ocp-test-result-.*: build /gm)).toHaveLength(3);
    expect(io.err()).toBe(`krd test-result evaluate: 2 of 3 files are not accepted (--require-accepted): ${REJECTED}, ${PENDING}.\n`);
  });

  it('without the flag a rejected file is a verdict, not a failure: exit 0', async () => {
    const io = captureIO(dir);
    expect(await run(['test-result', 'evaluate', REJECTED, PENDING], io)).toBe(0);
  });

  it('an unknown option is a usage error (exit 2) in one sentence', async () => {
    const io = captureIO(dir);
    expect(await run(['test-result', 'evaluate', '--require-acepted', ACCEPTED], io)).toBe(2);
    expect(io.err()).toMatch(/^krd test-result evaluate: unknown option --require-acepted; did you mean --require-accepted\?\nUsage: krd test-result evaluate /);
  });
});

describe('krd test-result evaluate: an invalid file is one sentence, never a raw zod message', () => {
  const cases: [string, string, RegExp][] = [
    ['list.json', '[]', /^krd test-result evaluate: list\.json is not a test-result file: expected a JSON object with "result" \(the jobs\) and "build", got a list\.$/],
    ['no-result.json', '{"build": {"name": "4.20.1"}}', /^krd test-result evaluate: no-result\.json is not a test-result file: result: is required\.$/],
    ['result-map.json', '{"result": {}, "build": {"name": "4.20.1"}}', /^krd test-result evaluate: result-map\.json is not a test-result file: result: expected a list, got an object\.$/],
    ['no-first.json', '{"result": [{"jobName": "e2e"}], "build": {"name": "4.20.1"}}', /^krd test-result evaluate: no-first\.json is not a test-result file: result\[0\]\.firstJob: is required\.$/],
    ['state-number.json', '{"result": [{"jobName": "e2e", "firstJob": {"jobState": 3}}], "build": {"name": "4.20.1"}}', /: result\[0\]\.firstJob\.jobState: expected text, got 3\.$/],
    ['aggregated-text.json', '{"result": [], "build": {"name": "4.20.1"}, "aggregated": "yes"}', /: aggregated: expected true or false, got "yes"\.$/],
    ['empty-name.json', '{"result": [{"jobName": "", "firstJob": {}}], "build": {"name": "4.20.1"}}', /: result\[0\]\.jobName: must not be empty\.$/],
    ['broken.json', '{"result": [', /^krd test-result evaluate: broken\.json is not valid JSON: .+\.$/],
  ];

  it.each(cases)('%s', async (name, content, expected) => {
    await writeFile(join(dir, name), content);
    const io = captureIO(dir);
    expect(await run(['test-result', 'evaluate', name], io)).toBe(1);
    const lines = io.err().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(lines[0]).not.toMatch(/Invalid input|received|Too small/);
  });
});
