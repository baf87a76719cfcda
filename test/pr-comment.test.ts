import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, releaseCommentBody, releaseMarker, upsertReleaseComment } from '../src/adapters/notify/pr-comment';
import { releaseView } from '../src/adapters/notify/release-view';
import { createOctokit } from '../src/adapters/github/octokit';
import type { Logger } from '../src/driver/types';
import type { StateBox, StateBoxIssue } from '../src/core/model';
import type { TaskStatus } from '../src/core/tasks';
import { CHAIN_PASS, T0, makeBox } from './helpers/fake-world';
import { startGitHubServer, type GitHubServer } from './helpers/github-server';

const TOKEN = 't0k';
const NOW = new Date('2025-11-01T06:00:00Z');
const PR = 42;

function octokit(gh: GitHubServer) {
  return createOctokit({ token: TOKEN, baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false, retries: 1 });
}

function warnings(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: () => undefined, debug: () => undefined, error: (m) => lines.push(m), warning: (m) => lines.push(m) };
}

const running = (): StateBox =>
  makeBox({
    tasks: {
      ...CHAIN_PASS,
      'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T05:40:00Z', job: { id: '7', url: 'https://jenkins.example/job/7/' } },
      'analyze-candidate-build': 'Pass',
    },
  });

function upsert(gh: GitHubServer, box: StateBox, over: { now?: Date; log?: Logger } = {}) {
  const now = over.now ?? NOW;
  return upsertReleaseComment({
    octokit: octokit(gh),
    owner: gh.owner,
    repo: gh.repo,
    issueNumber: PR,
    view: releaseView(box, { now }),
    now,
    runUrl: 'https://github.com/octo/releases/actions/runs/9',
    ...(over.log ? { log: over.log } : {}),
  });
}

const commentRequests = (gh: GitHubServer) => gh.requests.filter((r) => r.path.includes('/comments'));

describe('upsertReleaseComment', () => {
  it('creates one comment opening with the hidden marker, holding the release summary', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const res = await upsert(gh, running());
    expect(res.action).toBe('created');
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0]!.body;
    expect(body.startsWith('<!-- krd:release=4.20.1 -->\n## 🟡 4.20.1: In Progress\n\n**4.20.1 is In Progress: 5 of 11 tasks done, running: push-to-cdn-staging.**')).toBe(true);
    expect(body).toContain('| Push to CDN Staging | 🔄 In Progress | 2025-11-01 05:40Z |  | running for 20m | [7](https://jenkins.example/job/7/) |');
    expect(body).toContain('```mermaid\nflowchart TD');
    expect(body).toContain('[workflow run](https://github.com/octo/releases/actions/runs/9)');
    expect(res).toMatchObject({ commentId: gh.comments[0]!.id, url: gh.comments[0]!.html_url });
  });

  it('finds its comment on a later page among more than 100 comments and updates it (never a second one)', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    for (let i = 0; i < 130; i++) gh.addComment(PR, `comment ${i}`, i % 2 ? 'alice' : 'bob');
    // A person quoting the bot's comment is not the bot's comment.
    gh.addComment(PR, `> ${releaseMarker('4.20.1')}\n> old text\n\nlooks good`, 'alice');
    const mine = gh.addComment(PR, `${releaseMarker('4.20.1')}\nold summary`, 'github-actions[bot]');
    for (let i = 0; i < 20; i++) gh.addComment(PR, `later ${i}`, 'carol');
    const res = await upsert(gh, running());
    expect(res).toMatchObject({ action: 'updated', commentId: mine.id });
    expect(gh.comments).toHaveLength(152);
    expect(gh.comments.find((c) => c.id === mine.id)?.body).toContain('4.20.1 is In Progress');
    expect(commentRequests(gh).map((r) => `${r.method} ${r.query['page'] ?? ''}`)).toEqual(['GET ', 'GET 2', 'PATCH ']);
    expect(commentRequests(gh)[0]?.query['per_page']).toBe('100');
  });

  it('one comment per release: two releases on one PR each get and keep their own', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    await upsert(gh, running());
    await upsert(gh, makeBox({ release: '4.19.9', tasks: { 'create-test-report': 'Pass' } }));
    await upsert(gh, makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' } }));
    expect(gh.comments.map((c) => c.body.split('\n')[0])).toEqual(['<!-- krd:release=4.20.1 -->', '<!-- krd:release=4.19.9 -->']);
    expect(gh.comments[0]?.body).toContain('✅ Pass');
  });

  it('leaves the comment alone when only the time in its footer would change', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const box = makeBox({ tasks: CHAIN_PASS });
    await upsert(gh, box);
    const res = await upsert(gh, box, { now: new Date(NOW.getTime() + 15 * 60_000) });
    expect(res.action).toBe('unchanged');
    expect(commentRequests(gh).filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('a 403 is a warning naming the missing permission; nothing thrown', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    gh.inject({ status: 403, match: { method: 'POST', path: /\/comments$/ } });
    const log = warnings();
    const res = await upsert(gh, running(), { log });
    expect(res.action).toBe('failed');
    expect(res.warning).toBe(
      'Could not create the status comment of 4.20.1 on #42 in octo/releases: 403 Resource not accessible by integration; the token needs the "pull-requests: write" permission ("issues: write" when #42 in octo/releases is an issue).',
    );
    expect(log.lines).toEqual([res.warning]);
    expect(gh.comments).toHaveLength(0);
  });

  it('GitHub failing (500 after the retries) is a warning too', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    gh.inject({ status: 500, times: 5, match: { method: 'GET', path: /\/comments$/ } });
    const res = await upsert(gh, running());
    expect(res.action).toBe('failed');
    expect(res.warning).toMatch(/^Status comment of 4\.20\.1 not written: GitHub failed while trying to find the status comment of 4\.20\.1 on #42 in octo\/releases: 500/);
  });

  it('a bad token is a warning naming the token', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const res = await upsertReleaseComment({ octokit: createOctokit({ token: 'nope', baseUrl: gh.url, retries: 0 }), owner: gh.owner, repo: gh.repo, issueNumber: PR, view: releaseView(running(), { now: NOW }), now: NOW });
    expect(res.action).toBe('failed');
    expect(res.warning).toContain('GITHUB_TOKEN');
  });
});

describe('releaseCommentBody stays within 65,536 characters', () => {
  // Long results and a long history of resolved issues: far more than a comment holds.
  const huge = (): StateBox => {
    const box = makeBox({
      tasks: Object.fromEntries(
        Object.entries({ ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass', 'analyze-candidate-build': 'Pass' }).map(([name, status], i) => [
          name,
          { status: status as TaskStatus, started_at: `2025-11-01T0${i}:00:00Z`, completed_at: `2025-11-01T0${i}:30:00Z`, result: `${name} log\n${'x'.repeat(20_000)}\nend of ${name}` },
        ]),
      ),
    });
    const issues: StateBoxIssue[] = Array.from({ length: 400 }, (_, i) => ({
      issue: `old issue ${i} ${'y'.repeat(300)}`,
      reported_at: new Date(T0.getTime() - (400 - i) * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      resolved: true,
      resolution: `fixed ${i}`,
      resolved_at: new Date(T0.getTime() - (400 - i) * 3600_000 + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      blocker: i % 2 === 0,
      related_tasks: [],
    }));
    issues.push({ issue: 'current blocker: stage pipeline broken', reported_at: '2025-11-01T05:00:00Z', resolved: false, resolution: null, resolved_at: null, blocker: true, related_tasks: [] });
    return { ...box, issues };
  };

  it('trims the oldest details first; the status line, waits, blockers and table stay', () => {
    const body = releaseCommentBody(releaseView(huge(), { now: NOW }), { now: NOW });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 5000);
    expect(body).toContain('**4.20.1 is Red: blocker issue #401 unresolved: current blocker: stage pipeline broken');
    expect(body).toContain('**Open blocker issues:**\n- #401 `current blocker: stage pipeline broken');
    expect(body).toContain('| Task | Status | Started | Ended | Duration | Job |');
    expect(body).toContain('trimmed to fit');
    // The newest results survive, the oldest issues went first.
    expect(body).toContain('end of analyze-candidate-build');
    expect(body).not.toContain('old issue 0 ');
    // Each long result shows its end, not its beginning.
    expect(body).not.toContain('push-to-cdn-staging log');
  });

  it('a tiny limit still keeps the marker and the status line', () => {
    const body = releaseCommentBody(releaseView(huge(), { now: NOW }), { now: NOW, limit: 600 });
    expect(body.length).toBeLessThanOrEqual(600);
    expect(body.startsWith('<!-- krd:release=4.20.1 -->\n## 🔴 4.20.1: Red\n\n**4.20.1 is Red')).toBe(true);
  });

  it('a comment GitHub accepts: the huge release is created through the API', async () => {
    await using gh = await startGitHubServer({ token: TOKEN });
    const res = await upsert(gh, huge());
    expect(res.action).toBe('created');
    expect(gh.comments[0]!.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });
});
