import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CommandAnalyzer, DEFAULT_ANALYZER_COMMAND, parseRecommendation } from '../src/adapters/exec/analyzer-command';
import { InputError, PermanentError, TransientError } from '../src/core/errors';

const FAKE = resolve('test/helpers/fake-oar.mjs');

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** An analyzer whose command is the fake executable answering `response`; `calls()` are its argv lists. */
async function fakeAnalyzer(response: Record<string, unknown>, timeoutMs = 10_000) {
  const dir = await mkdtemp(join(tmpdir(), 'krd-fake-analyzer-'));
  dirs.push(dir);
  await writeFile(join(dir, 'responses.json'), JSON.stringify({ '*': response }));
  const log = join(dir, 'calls.jsonl');
  const analyzer = new CommandAnalyzer({
    command: [process.execPath, FAKE, '-p', '/ci:analyze-build-test-results {build} --arch amd64'],
    timeoutMs,
    env: { ...process.env, FAKE_OAR_RESPONSES: join(dir, 'responses.json'), FAKE_OAR_STATE: dir, FAKE_OAR_LOG: log },
  });
  const calls = async () =>
    (await readFile(log, 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { argv: string[] }).argv);
  return { analyzer, calls };
}

const ANALYSIS = [
  '## Test result analysis for 4.20.1',
  '',
  'BO3: azure-ipi-fips failed 1 of 3 runs; the failures are API server timeouts on Azure only.',
  'Owner: jane.doe@redhat.com',
  'Earlier draft said RECOMMENDATION: REJECT, but the retries show flakiness.',
  '',
  '**Final Recommendation:** ACCEPT',
  '',
].join('\n');

describe('CommandAnalyzer (real child process)', () => {
  it('substitutes {build} inside one argument and returns the last recommendation with the reasoning', async () => {
    const { analyzer, calls } = await fakeAnalyzer({ stdout: ANALYSIS });
    const verdict = await analyzer.analyze('4.20.1');
    expect(verdict.recommendation).toBe('ACCEPT');
    expect(verdict.reasoning).toContain('API server timeouts on Azure only');
    expect(verdict.reasoning).toContain('Owner: [EMAIL_REDACTED]');
    expect(await calls()).toEqual([['-p', '/ci:analyze-build-test-results 4.20.1 --arch amd64']]);
  });

  it('reads REJECT', async () => {
    const { analyzer } = await fakeAnalyzer({ stdout: 'Product bug in the installer.\nRECOMMENDATION: REJECT\n' });
    expect((await analyzer.analyze('4.20.0-0.nightly-2025-10-28-123456')).recommendation).toBe('REJECT');
  });

  it('throws TransientError when the output has no recommendation', async () => {
    const { analyzer } = await fakeAnalyzer({ stdout: 'I could not fetch the test results.\n' });
    await expect(analyzer.analyze('4.20.1')).rejects.toThrow(TransientError);
    await expect(analyzer.analyze('4.20.1')).rejects.toThrow(/gave no RECOMMENDATION: ACCEPT or REJECT for 4\.20\.1; last output: I could not fetch/);
  });

  it('throws TransientError with the stderr tail on a nonzero exit', async () => {
    const { analyzer } = await fakeAnalyzer({ stderr: 'line 1\nerror: overloaded, try again\n', exit: 3 });
    await expect(analyzer.analyze('4.20.1')).rejects.toThrow(/exited with code 3 while analysing 4\.20\.1: line 1 \| error: overloaded, try again/);
  });

  it('throws PermanentError when the analyzer cannot authenticate', async () => {
    const { analyzer } = await fakeAnalyzer({ stderr: 'Invalid API key · Please run /login\n', exit: 1 });
    const err = await analyzer.analyze('4.20.1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/could not authenticate: renew its API key or login \(Invalid API key/);
  });

  it('kills a hung analysis at the timeout and throws TransientError', async () => {
    const { analyzer } = await fakeAnalyzer({ stdout: 'thinking…\n', hang: true }, 400);
    await expect(analyzer.analyze('4.20.1')).rejects.toThrow(/did not finish analysing 4\.20\.1 within 0\.4s/);
  });

  it('throws PermanentError when the command does not exist, InputError for a bad build', async () => {
    const missing = new CommandAnalyzer({ command: ['/nonexistent/claude', '{build}'], timeoutMs: 5000 });
    await expect(missing.analyze('4.20.1')).rejects.toThrow(/The analyzer command "\/nonexistent\/claude" cannot be run \(ENOENT\)/);
    await expect(missing.analyze('4.20.1; rm -rf /')).rejects.toThrow(InputError);
  });

  it('defaults to the slash command through Claude Code, {build} as one argument', () => {
    const analyzer = new CommandAnalyzer({ timeoutMs: 1000 });
    expect(DEFAULT_ANALYZER_COMMAND[0]).toBe('claude');
    expect(analyzer.argv('4.20.1')).toEqual(['claude', '-p', '/ci:analyze-build-test-results 4.20.1']);
  });
});

describe('parseRecommendation', () => {
  it('finds explicit verdict lines, case-insensitively, the last one winning', () => {
    expect(parseRecommendation('Recommendation: accept')).toBe('ACCEPT');
    expect(parseRecommendation('### Verdict\nREJECT\n')).toBe('REJECT');
    expect(parseRecommendation('Decision - REJECTED (product bug)')).toBe('REJECT');
    expect(parseRecommendation('RECOMMENDATION: ACCEPT WITH WAIVER')).toBe('ACCEPT');
    expect(parseRecommendation('RECOMMENDATION: REJECT\n...\nRECOMMENDATION: ACCEPT')).toBe('ACCEPT');
    expect(parseRecommendation('`RECOMMENDATION`: **REJECT**')).toBe('REJECT');
  });

  it('ignores words that only contain the verdict', () => {
    expect(parseRecommendation('aggregated=true, accepted=false\nthe build was accepted by ART')).toBeUndefined();
    expect(parseRecommendation('We may accept or reject later.')).toBeUndefined();
  });
});
