import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { krdRun } from './helpers/krd-run';

const ROOT = join(import.meta.dirname, '..');
const FIX = join(import.meta.dirname, 'fixtures/statebox');
const GOOD = join(FIX, 'upstream/4.16/4.16.65.yaml');
const TRACKING = join(FIX, 'upstream/4.16/4.16.z.yaml');
const BAD_STATUS = join(FIX, 'invalid/wrong-status.yaml');
const MALFORMED = join(FIX, 'invalid/malformed.yaml');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'krd-statebox-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('krd statebox fmt (in-process)', () => {
  it('prints a lossless, stable serialization', async () => {
    const r = await krdRun(['statebox', 'fmt', GOOD]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const original = await readFile(GOOD, 'utf8');
    expect(parse(r.stdout)).toStrictEqual(parse(original));
    const again = join(tmp, 'again.yaml');
    await writeFile(again, r.stdout);
    expect((await krdRun(['statebox', 'fmt', again])).stdout).toBe(r.stdout);
  });

  it('resolves FILE against the working directory', async () => {
    const r = await krdRun(['statebox', 'fmt', relative(FIX, GOOD)], { cwd: FIX });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^schema_version: '1\.0'\nrelease: 4\.16\.65\n/);
  });

  it('formats a y-stream tracking file too', async () => {
    const r = await krdRun(['statebox', 'fmt', TRACKING]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(await readFile(TRACKING, 'utf8'));
  });

  it('invalid StateBox: exit 1, one sentence naming the path and the field', async () => {
    const r = await krdRun(['statebox', 'fmt', BAD_STATUS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`krd statebox fmt: ${BAD_STATUS}: tasks[0].status: expected one of "Not Started", "In Progress", "Pass", "Fail", got "Done" (line 16).\n`);
  });

  it('malformed YAML: exit 1, the path and the line', async () => {
    const r = await krdRun(['statebox', 'fmt', MALFORMED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^krd statebox fmt: ${MALFORMED.replace(/[.]/g, '\\.')}:\\d+:\\d+: .+ \\(not valid YAML\\)\\.\\n$`));
  });

  it('missing file, directory, unreadable file: exit 1 with a clear error', async () => {
    const missing = await krdRun(['statebox', 'fmt', join(tmp, 'nope.yaml')]);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: `krd statebox fmt: Cannot read ${join(tmp, 'nope.yaml')}: no such file.\n` });
    const dir = await krdRun(['statebox', 'fmt', tmp]);
    expect(dir.code).toBe(1);
    expect(dir.stderr).toBe(`krd statebox fmt: Cannot read ${tmp}: it is a directory.\n`);
    if (process.getuid?.() !== 0) {
      const locked = join(tmp, 'locked.yaml');
      await writeFile(locked, 'a: 1\n');
      await chmod(locked, 0o000);
      const r = await krdRun(['statebox', 'fmt', locked]);
      expect(r.stderr).toBe(`krd statebox fmt: Cannot read ${locked}: permission denied.\n`);
    }
  });

  it.each([
    [[], 'expected exactly one FILE, got 0.'],
    [[GOOD, GOOD], 'expected exactly one FILE, got 2.'],
    [['--json', GOOD], 'unknown option --json.'],
  ])('wrong usage %j: exit 2 with the usage line', async (args, message) => {
    const r = await krdRun(['statebox', 'fmt', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`krd statebox fmt: ${message}\nUsage: krd statebox fmt FILE\n`);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await krdRun(['statebox', 'fmt', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: krd statebox fmt FILE');
  });
});

describe('krd statebox check (in-process)', () => {
  it('all valid: exit 0, one line per file', async () => {
    const r = await krdRun(['statebox', 'check', GOOD, TRACKING]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${GOOD}: valid\n${TRACKING}: valid (y-stream tracking file)\n`);
  });

  it('--json lists every file with its errors; exit 1 if any is invalid', async () => {
    const missing = join(tmp, 'missing.yaml');
    const r = await krdRun(['statebox', 'check', '--json', GOOD, BAD_STATUS, missing, MALFORMED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { files: { file: string; valid: boolean; errors: string[] }[] };
    expect(out.files.map((f) => [f.file, f.valid])).toEqual([
      [GOOD, true],
      [BAD_STATUS, false],
      [missing, false],
      [MALFORMED, false],
    ]);
    expect(out.files[0]!.errors).toEqual([]);
    expect(out.files[1]!.errors).toEqual([`${BAD_STATUS}: tasks[0].status: expected one of "Not Started", "In Progress", "Pass", "Fail", got "Done" (line 16).`]);
    expect(out.files[2]!.errors).toEqual([`Cannot read ${missing}: no such file.`]);
    expect(out.files[3]!.errors[0]).toMatch(/not valid YAML/);
    for (const f of out.files) expect(Object.keys(f).slice(0, 3)).toEqual(['file', 'valid', 'errors']);
  });

  it('reports every problem of a file, not just the first', async () => {
    const file = join(tmp, 'many.yaml');
    await writeFile(file, (await readFile(BAD_STATUS, 'utf8')).replace('release: 4.16.65', 'release: 4.16').replace('release_date: 2026-Jul-01', 'release_date: July'));
    const r = await krdRun(['statebox', 'check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(3);
    expect(r.stdout).toMatch(/^.*many\.yaml: invalid\n {2}.*release: expected string, got 4\.16 \(line 2\)\.\n/);
  });

  it('checks every real upstream file as valid', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(join(FIX, 'upstream'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(FIX, 'upstream', f));
    const r = await krdRun(['statebox', 'check', '--json', ...files]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: { valid: boolean }[] }).files.every((f) => f.valid)).toBe(true);
  });

  it('no FILE, or an unknown option: exit 2', async () => {
    expect((await krdRun(['statebox', 'check'])).code).toBe(2);
    expect((await krdRun(['statebox', 'check', '--json'])).code).toBe(2);
    const r = await krdRun(['statebox', 'check', '--yaml', GOOD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --yaml.');
  });
});

describe('krd statebox end to end', () => {
  it('fmt prints YAML that loads to the input, exit 0 (in-process)', async () => {
    const r = await krdRun(['statebox', 'fmt', GOOD], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toStrictEqual(parse(await readFile(GOOD, 'utf8')));
  });

  it('fmt of an invalid file: exit 1, one line on stderr, nothing on stdout (in-process)', async () => {
    const r = await krdRun(['statebox', 'fmt', BAD_STATUS], { env: { NO_COLOR: '1' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('tasks[0].status');
  });

  // The exit code a process ends with is set by src/cli.ts from run()'s: only a real process shows it.
  it('as a real child process, check --json and usage errors keep their exit codes', async () => {
    const exec = promisify(execFile);
    const cli = (args: string[]) =>
      exec(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    const dir = join(tmp, 'child');
    await mkdir(dir, { recursive: true });
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'schema_version: [\n');
    const r = await cli(['statebox', 'check', '--json', GOOD, bad]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files.map((f: { valid: boolean }) => f.valid)).toEqual([true, false]);
    expect((await cli(['statebox', 'fmt'])).code).toBe(2);
  });
});
