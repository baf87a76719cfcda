import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { krdRun } from './helpers/krd-run';
import { shared } from './helpers/shared';

const RECORD_DIR = shared('fixtures/upstream/record');
const ACCEPTED = 'ocp-test-result-4.12.60-amd64.json';
const REJECTED = 'ocp-test-result-4.12.84-amd64.json';
const PENDING = 'ocp-test-result-4.12.0-0.nightly-2026-07-02-012625-amd64.json';

interface Line {
  file: string;
  build: string;
  aggregated: boolean;
  accepted: boolean | null;
  jobs: Array<{ name: string; verdict: string; runs: number; successes: number }>;
}
const lines = (text: string): Line[] => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-test-result-'));
  for (const f of [ACCEPTED, REJECTED, PENDING]) await copyFile(join(RECORD_DIR, f), join(dir, f));
  await writeFile(join(dir, 'broken.json'), '{"result": [');
  await writeFile(join(dir, 'wrong-shape.json'), JSON.stringify({ result: [{ jobName: 'a' }], build: { name: '4.20.1' } }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('krd test-result evaluate --json', () => {
  it('prints one JSON line per file with the contract shape, in argument order', async () => {
    const r = await krdRun(['test-result', 'evaluate', REJECTED, ACCEPTED, PENDING, '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [rejected, accepted, pending] = lines(r.stdout);
    expect(Object.keys(rejected ?? {})).toEqual(['file', 'build', 'aggregated', 'accepted', 'jobs']);
    expect(rejected).toMatchObject({ file: REJECTED, build: '4.12.84', aggregated: true, accepted: false });
    expect(rejected?.jobs.map((j) => j.verdict)).toEqual(['pass', 'fail', 'fail']);
    expect(rejected?.jobs[1]).toMatchObject({ runs: 3, successes: 1 });
    expect(Object.keys(rejected?.jobs[0] ?? {})).toEqual(['name', 'verdict', 'runs', 'successes']);
    expect(accepted).toMatchObject({ file: ACCEPTED, build: '4.12.60', aggregated: true, accepted: true });
    // The unaggregated nightly: accepted is null, one job still pending.
    expect(pending).toMatchObject({ build: '4.12.0-0.nightly-2026-07-02-012625', aggregated: false, accepted: null });
    expect(pending?.jobs.filter((j) => j.verdict === 'pending')).toHaveLength(1);
  });

  it('computes the verdict from the jobs even when the file claims otherwise', async () => {
    const json = JSON.parse(await readFile(join(dir, REJECTED), 'utf8')) as Record<string, unknown>;
    await writeFile(join(dir, 'lying.json'), JSON.stringify({ ...json, aggregated: true, accepted: true }));
    const r = await krdRun(['test-result', 'evaluate', '--json', 'lying.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toMatchObject({ aggregated: true, accepted: false });
  });

  it('reports bad and missing files on stderr, still reports the others, and exits 1', async () => {
    const r = await krdRun(['test-result', 'evaluate', '--json', 'broken.json', ACCEPTED, 'missing.json', 'wrong-shape.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => l.file)).toEqual([ACCEPTED]);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/broken\.json is not valid JSON/);
    expect(errors[1]).toMatch(/missing\.json: no such file/);
    expect(errors[2]).toMatch(/wrong-shape\.json is not a test-result file: result\[0\]\.firstJob/);
  });

  it('evaluates hundreds of files in one call well under a second', async () => {
    const many = await mkdtemp(join(tmpdir(), 'krd-many-'));
    try {
      const sources = (await readdir(RECORD_DIR)).filter((f) => f.endsWith('.json'));
      const names: string[] = [];
      for (let i = 0; i < 400; i++) {
        const name = join(many, `r${i}.json`);
        await copyFile(join(RECORD_DIR, sources[i % sources.length] as string), name);
        names.push(name);
      }
      // How long it takes is a figure of `npm run bench` (never asserted here: machines are busy).
      const r = await krdRun(['test-result', 'evaluate', '--json', ...names], { cwd: many });
      expect(r.code).toBe(0);
      expect(lines(r.stdout)).toHaveLength(400);
    } finally {
      await rm(many, { recursive: true, force: true });
    }
  });
});

describe('krd test-result evaluate (plain)', () => {
  it('prints a readable verdict and a per-job table', async () => {
    const r = await krdRun(['test-result', 'evaluate', REJECTED, PENDING], { cwd: dir });
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain(`${REJECTED}: build 4.12.84: NOT ACCEPTED (2 of 3 jobs failed BO3)`);
    expect(out).toContain(`${PENDING}: build 4.12.0-0.nightly-2026-07-02-012625: not aggregated yet (1 of 5 jobs pending)`);
    expect(out).toMatch(/VERDICT\s+RUNS\s+OK\s+JOB/);
    expect(out).toMatch(/\n {2}fail {8}3 {3}1 {2}periodic-ci-\S+gcp-ipi-custom-type-f999\n/);
  });

  it('says ACCEPTED when every job passes', async () => {
    const r = await krdRun(['test-result', 'evaluate', ACCEPTED], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ocp-test-result-4\.12\.60-amd64\.json: build 4\.12\.60: ACCEPTED \(all \d+ jobs pass\)/);
  });

  it('is a usage error (exit 2) without files or with an unknown option', async () => {
    const r = await krdRun(['test-result', 'evaluate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Name at least one test-result file/);
    const r2 = await krdRun(['test-result', 'evaluate', '--yaml', ACCEPTED], { cwd: dir });
    expect(r2.code).toBe(2);
  });
});

// What only a process shows: the exit code src/cli.ts sets, the two real streams, and the working
// directory processIO() takes from the process (relative FILEs, run from a temp directory).
describe('krd test-result evaluate as a real process', () => {
  it('prints JSON Lines on stdout, errors on stderr, exit code 1 for a missing file', async () => {
    const exec = promisify(execFile);
    const cli = join(process.cwd(), 'src/cli.ts');
    // Resolve tsx from the project: the process runs in a temp directory.
    const tsx = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
    const err = await exec(process.execPath, ['--import', tsx, cli, 'test-result', 'evaluate', '--json', ACCEPTED, 'nope.json'], { cwd: dir }).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(lines(err?.stdout ?? '')).toMatchObject([{ file: ACCEPTED, accepted: true }]);
    expect(err?.stderr).toMatch(/nope\.json: no such file/);
    expect(err?.stderr).not.toMatch(/\n\s+at /); // one sentence, no stack trace
  });
});
