/**
 * The action as the runner starts it: `node src/action.ts` (here through tsx) in its own
 * process, with the runner's environment, production wiring and no test seams. Covers what
 * needs no outside system besides GitHub: input validation and the exit code, leaving early,
 * and a refused comment against the local GitHub API server.
 */
import { describe, expect, it } from 'vitest';
import { commentEvent } from './helpers/action-env';
import { runActionProcess, type ActionProcessRun } from './helpers/action-process';
import { startGitHubServer } from './helpers/github-server';

const runAction = (event: string, payload: object, inputs: Record<string, string>, apiUrl?: string): Promise<ActionProcessRun> =>
  runActionProcess({ event, payload, inputs: { token: 'ghs_proc', ...inputs }, ...(apiUrl ? { apiUrl } : {}) });

const errorsOf = (out: string) => out.split('\n').filter((l) => l.startsWith('::error::'));

describe('the action process', () => {
  it('exits 1 with one ::error:: sentence on a bad input, and says it in the job summary', async () => {
    const r = await runAction('schedule', {}, { 'max-operations': 'many' });
    expect(r.code).toBe(1);
    expect(errorsOf(r.stdout)).toEqual(['::error::The max-operations input is "many"; accepted values: a whole number from 1 to 100000.']);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(r.summary).toContain('❌ The max-operations input is "many"');
  });

  it('the committed bundle (dist/index.js, what action.yml runs) answers the same bad input with the same exit code, sentence and summary', async () => {
    const run = (entry: 'sources' | 'bundle') => runActionProcess({ event: 'schedule', payload: {}, inputs: { token: 'ghs_proc', 'max-operations': 'many' }, entry });
    const [sources, bundle] = [await run('sources'), await run('bundle')];
    expect(bundle.code).toBe(1);
    expect(errorsOf(bundle.stdout)).toEqual(errorsOf(sources.stdout));
    expect(bundle.summary).toBe(sources.summary);
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
