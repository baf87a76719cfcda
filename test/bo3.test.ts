import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateJob,
  evaluateTestResult,
  isTestBuild,
  parseTestResultText,
  pythonRound,
  requiredRetrySuccesses,
  testResultPath,
} from '../src/core/bo3';
import { InputError } from '../src/core/errors';
import { shared } from './helpers/shared';

const RECORD_DIR = shared('fixtures/upstream/record');

// Builders: a run is `s`uccess, `f`ailure, `a`borted, `e`rror (all completed) or `p`ending.
type RunCode = 's' | 'f' | 'a' | 'e' | 'p';
const STATES: Record<RunCode, string> = { s: 'success', f: 'failure', a: 'aborted', e: 'error', p: 'pending' };
function run(code: RunCode, i = 0) {
  return {
    jobID: `id-${i}`,
    jobState: STATES[code],
    jobStartTime: '2026-01-01T00:00:00Z',
    ...(code === 'p' ? {} : { jobCompletionTime: '2026-01-01T01:00:00Z' }),
  };
}
function job(name: string, first: RunCode, retries: RunCode[] = []) {
  return { jobName: name, firstJob: run(first), retriedJobs: retries.map((c, i) => run(c, i + 1)) };
}
function file(jobs: unknown[], extra: Record<string, unknown> = {}) {
  return { result: jobs, build: { name: '4.20.1', phase: 'Accepted' }, ...extra };
}

const hasPython = spawnSync('python3', ['-c', 'print(1)']).status === 0;

describe('pythonRound', () => {
  it('rounds half to even like Python 3', () => {
    const cases: Array<[number, number]> = [
      [0.5, 0], [1.5, 2], [2.5, 2], [3.5, 4], [4.5, 4], [0.49999999999999994, 0],
      [1.55, 2], [1.05, 1], [2.05, 2], [2.55, 3], [1e15 + 0.5, 1e15], [7, 7], [6.4999, 6], [6.5001, 7],
    ];
    for (const [x, expected] of cases) expect(pythonRound(x), String(x)).toBe(expected);
  });

  it('matches upstream round((n + 1.1) / 2) for retry counts', () => {
    expect(Array.from({ length: 11 }, (_, n) => requiredRetrySuccesses(n))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6]);
  });

  it.skipIf(!hasPython)('agrees with the real python3 on random halves and retry counts', () => {
    const xs = fc.sample(fc.integer({ min: -2000, max: 2000 }).map((n) => n / 2), 200).concat(
      fc.sample(fc.double({ min: -1e6, max: 1e6, noNaN: true }), 200),
    );
    const script = 'import json,sys\nxs=json.load(sys.stdin)\nprint(json.dumps([round(x) for x in xs]+[round(float(n+1.1)/2) for n in range(60)]))';
    const out = spawnSync('python3', ['-c', script], { input: JSON.stringify(xs), encoding: 'utf8' });
    expect(out.status).toBe(0);
    const expected = JSON.parse(out.stdout) as number[];
    const ours = xs.map((x) => pythonRound(x) + 0).concat(Array.from({ length: 60 }, (_, n) => requiredRetrySuccesses(n)));
    expect(ours).toEqual(expected.map((x) => x + 0)); // +0 folds -0 into 0
  });
});

describe('evaluateJob', () => {
  const verdict = (first: RunCode, retries: RunCode[] = []) => evaluateJob(job('j', first, retries)).verdict;

  it('passes on a successful first run whatever the retries say', () => {
    expect(verdict('s')).toBe('pass');
    expect(verdict('s', ['f', 'p'])).toBe('pass');
  });

  it('passes a failed job when enough completed retries succeed (2 of 2, 1 of 1, 3 of 4)', () => {
    expect(verdict('f', ['s', 's'])).toBe('pass');
    expect(verdict('f', ['s'])).toBe('pass');
    expect(verdict('f', ['s', 's', 's', 'f'])).toBe('pass');
    expect(verdict('a', ['s', 's'])).toBe('pass');
  });

  it('fails when every run completed without enough successes (1 of 2, 2 of 4, 0 of 2)', () => {
    expect(verdict('f', ['s', 'f'])).toBe('fail');
    expect(verdict('f', ['f', 's'])).toBe('fail');
    expect(verdict('f', ['s', 's', 'f', 'f'])).toBe('fail');
    expect(verdict('f', ['f', 'f'])).toBe('fail');
  });

  it('counts a completed aborted or errored run as not successful', () => {
    expect(verdict('a')).toBe('fail');
    expect(verdict('e', ['f', 'e'])).toBe('fail');
  });

  it('is pending while any run has not completed and the job has not passed', () => {
    expect(verdict('p')).toBe('pending');
    expect(verdict('f', ['s', 'p'])).toBe('pending');
    expect(verdict('f', ['p', 'p'])).toBe('pending');
    // A freshly triggered run holds only its id.
    expect(evaluateJob({ jobName: 'j', firstJob: { jobID: 'x' } }).verdict).toBe('pending');
  });

  it('takes a failed first run without retries as decided, as upstream does from the data', () => {
    expect(verdict('f')).toBe('fail');
    expect(evaluateJob({ jobName: 'j', firstJob: run('f'), retriedJobs: null }).verdict).toBe('fail');
  });

  it('counts runs and successes across the first run and the retries', () => {
    expect(evaluateJob(job('j', 'f', ['s', 'f']))).toEqual({ name: 'j', verdict: 'fail', runs: 3, successes: 1 });
    expect(evaluateJob(job('k', 's'))).toEqual({ name: 'k', verdict: 'pass', runs: 1, successes: 1 });
  });

  it('never lets a pending retry turn into a fail, and a successful first run always passes (property)', () => {
    const code = fc.constantFrom<RunCode>('s', 'f', 'a', 'e', 'p');
    fc.assert(
      fc.property(code, fc.array(code, { maxLength: 6 }), (first, retries) => {
        const v = evaluateJob(job('j', first, retries));
        if (first === 's') expect(v.verdict).toBe('pass');
        if (first !== 's' && retries.includes('p')) expect(v.verdict).toBe('pending');
        expect(v.runs).toBe(1 + retries.length);
        expect(v.successes).toBe([first, ...retries].filter((c) => c === 's').length);
      }),
    );
  });
});

describe('evaluateTestResult', () => {
  it('ignores the aggregated and accepted already in the file', () => {
    const e = evaluateTestResult(file([job('a', 's'), job('b', 'f', ['f', 'f'])], { aggregated: true, accepted: true }));
    expect(e).toMatchObject({ build: '4.20.1', aggregated: true, accepted: false });
    const e2 = evaluateTestResult(file([job('a', 's')], { aggregated: false, accepted: false }));
    expect(e2).toMatchObject({ aggregated: true, accepted: true });
  });

  it('is not aggregated (accepted null) while any job is pending, nor when there are no jobs', () => {
    expect(evaluateTestResult(file([job('a', 'f', ['f', 'f']), job('b', 'f', ['s', 'p'])]))).toMatchObject({ aggregated: false, accepted: null });
    expect(evaluateTestResult(file([]))).toMatchObject({ aggregated: false, accepted: null, jobs: [] });
  });

  it('accepts when every job passes, first time or on retries', () => {
    const e = evaluateTestResult(file([job('a', 's'), job('b', 'f', ['s', 's'])]));
    expect(e.accepted).toBe(true);
    expect(e.jobs.map((j) => j.verdict)).toEqual(['pass', 'pass']);
  });

  it('rejects malformed files with an error naming the source and the field', () => {
    expect(() => evaluateTestResult({ build: { name: 'x' } }, 'f.json')).toThrow(InputError);
    expect(() => evaluateTestResult({ build: { name: 'x' } }, 'f.json')).toThrow(/^f\.json is not a test-result file: result: /);
    expect(() => evaluateTestResult(file([{ jobName: 'a', firstJob: 'nope' }]), 'g.json')).toThrow(/g\.json .*result\[0\]\.firstJob/);
    expect(() => evaluateTestResult({ result: [] }, 'h.json')).toThrow(/h\.json .*build/);
    expect(() => evaluateTestResult(file([job('a', 's')], { aggregated: 'yes' }), 'i.json')).toThrow(/i\.json .*aggregated/);
    expect(() => evaluateTestResult([], 'j.json')).toThrow(/j\.json is not a test-result file/);
    expect(() => parseTestResultText('{"result": [', 'k.json')).toThrow(/^k\.json is not valid JSON/);
  });
});

describe('every real file on the record branch (fixtures)', () => {
  const files = readdirSync(RECORD_DIR).filter((f) => f.endsWith('.json')).sort();
  const loaded = files.map((f) => ({ f, json: JSON.parse(readFileSync(join(RECORD_DIR, f), 'utf8')) as { aggregated?: boolean; accepted?: boolean } }));

  it('has aggregated files of both verdicts to check against', () => {
    const aggregated = loaded.filter((x) => x.json.aggregated === true);
    expect(aggregated.length).toBeGreaterThan(30);
    expect(aggregated.some((x) => x.json.accepted === true)).toBe(true);
    expect(aggregated.some((x) => x.json.accepted === false)).toBe(true);
  });

  for (const { f, json } of loaded) {
    it(`${f}: our verdict agrees with upstream's`, () => {
      const e = evaluateTestResult(json, f);
      if (json.aggregated === true) {
        expect(e.aggregated).toBe(true);
        expect(e.accepted).toBe(json.accepted);
      } else {
        // Upstream has not aggregated it: some job must still be pending for us too.
        expect(e.aggregated).toBe(false);
        expect(e.jobs.some((j) => j.verdict === 'pending')).toBe(true);
      }
    });
  }
});

describe('test-result builds and paths', () => {
  it('accepts releases and amd64 nightlies', () => {
    for (const b of ['4.20.1', '4.12.93', '5.0.0-ec.3', '4.20.0-0.nightly-2025-10-28-123456', '4.12.0-0.nightly-2026-07-02-012625']) {
      expect(isTestBuild(b), b).toBe(true);
    }
    expect(testResultPath('4.20.1')).toBe('_releases/ocp-test-result-4.20.1-amd64.json');
    expect(testResultPath('4.20.0-0.nightly-2025-10-28-123456')).toBe('_releases/ocp-test-result-4.20.0-0.nightly-2025-10-28-123456-amd64.json');
  });

  it('rejects anything else before it can reach a path', () => {
    const bad = ['', '4.20', '../4.20.1', '4.20.1/../../x', '4.20.1 ', '4.20.0-0.nightly-2025-10-28-12345', '4.20.0-0.nightly-arm64-2025-10-28-123456', '4.20.1-0.nightly-2025-10-28-123456', '04.20.1'];
    for (const b of bad) {
      expect(isTestBuild(b), b).toBe(false);
      expect(() => testResultPath(b), b).toThrow(InputError);
    }
    expect(isTestBuild(42)).toBe(false);
  });
});
