/**
 * `krd … | head`: when the reader closes the pipe early the CLI stops quietly (no EPIPE stack
 * trace, no non-zero exit of its own), as Unix tools do. A real bash pipeline into `head`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'krd-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a closed stdout pipe', () => {
  it('krd simulate six-days --json | head -c 10: the CLI exits 0 without an EPIPE error', async () => {
    const errFile = join(dir, 'stderr');
    // Fixed arguments; the paths reach the script through the environment, never its text.
    const script = 'set -o pipefail; "$NODE" --import tsx src/cli.ts simulate bench/six-days.yaml --json 2>"$ERR_FILE" | head -c 10; echo " exit=$?"';
    const { stdout } = await exec('bash', ['-c', script], { env: { ...process.env, NODE: process.execPath, ERR_FILE: errFile } });
    expect(stdout.trim()).toBe('{"scenario exit=0');
    expect(readFileSync(errFile, 'utf8')).toBe('');
  }, 30_000);
});
