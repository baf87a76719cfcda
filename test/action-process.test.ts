/**
 * The action as the runner starts it: `node src/action.ts` (here through tsx) in its own
 * process, with the runner's environment, production wiring and no test seams. Covers what
 * needs no outside system besides GitHub: input validation and the exit code, leaving early,
 * and a refused comment against the local GitHub API server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { actionDefaults, commentEvent, parseOutputFile } from './helpers/action-env';
import { startGitHubServer } from './helpers/github-server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

function runAction(event: string, payload: object, inputs: Record<string, string>, apiUrl = 'http://127.0.0.1:9'): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'krd-action-proc-'));
  dirs.push(dir);
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo/releases',
    GITHUB_API_URL: apiUrl,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
  };
  for (const [name, value] of Object.entries({ ...actionDefaults('ghs_proc'), ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'src/action.ts')], { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr, outputs: parseOutputFile(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') });
    });
  });
}

const errorsOf = (out: string) => out.split('\n').filter((l) => l.startsWith('::error::'));

describe('the action process', () => {
  it('exits 1 with one ::error:: sentence on a bad input, and says it in the job summary', async () => {
    const r = await runAction('schedule', {}, { 'max-operations': 'many' });
    expect(r.code).toBe(1);
    expect(errorsOf(r.stdout)).toEqual(['::error::The max-operations input is "many"; accepted values: a whole number from 1 to 100000.']);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(r.summary).toContain('❌ The max-operations input is "many"');
  });

  it('exits 0 with one info line when the event is not ours', async () => {
    const r = await runAction('issue_comment', commentEvent({ body: 'thanks!' }), {});
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('::'))).toEqual(['Ignoring the comment: its first line is not a /release: command.']);
    expect(r.summary).toBe('');
  });

  it('refuses a reader against the GitHub API: reactions and a reply, no StateBox touched, exit 0', async () => {
    await using gh = await startGitHubServer({ token: 'ghs_proc', permissions: { rita: 'read' } });
    const comment = gh.addComment(3, '/release:retry 4.20.1 stage-testing', 'rita');
    const r = await runAction('issue_comment', commentEvent({ body: comment.body, user: 'rita', id: comment.id, issue: 3 }), {}, gh.url);
    expect(r.code).toBe(0);
    expect(gh.reactions.map((x) => x.content)).toEqual(['eyes', '-1']);
    expect(gh.comments.filter((c) => c.user.login === 'github-actions[bot]').map((c) => c.body)).toEqual([
      '@rita you need write permission on octo/releases to run release commands (you have read); nothing was changed.',
    ]);
    expect(gh.requests.filter((q) => q.path.includes('/contents/'))).toEqual([]);
    expect(gh.commits).toEqual([]);
  });
});
