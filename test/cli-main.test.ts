import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main';

function io(env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), env, cwd: '/', isTTY: false } };
}

describe('krd itself', () => {
  it('--version prints the package version', async () => {
    const { out, io: cli } = io();
    expect(await run(['--version'], cli)).toBe(0);
    expect(out.stdout).toBe(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  });

  it('masks the secrets of its environment in everything it says on stderr', async () => {
    const token = 'a-jira-token-value-4242';
    const { out, io: cli } = io({ JIRA_TOKEN: token });
    // An unknown command echoes what it was given: the secret must not come back.
    expect(await run([token], cli)).toBe(2);
    expect(out.stderr).not.toContain(token);
    expect(out.stderr).toContain('unknown command');
  });
});
