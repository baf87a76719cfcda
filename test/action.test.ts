/**
 * The action's run() end to end, for each trigger, against the local GitHub API server
 * (contents, trees, comments, reactions, collaborator permission) with the environment the
 * runner sets: a real event file, GITHUB_* variables, inputs as INPUT_* read by the real
 * core.getInput, outputs and the job summary in real files. The outside systems other than
 * GitHub (jobs, probes, analyzer) are the fakes of test/helpers/fake-world.ts, injected
 * through run()'s factories.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import { stateBoxPath } from '../src/core/version';
import { STATEBOX_REF, SUMMARY, TOKEN, boxOn, closeWorlds, commentEvent, commentId, commented, env, replies, statusOf, world, writes, type World } from './helpers/action-env';
import { CHAIN_PASS, makeBox } from './helpers/fake-world';
import type { PermissionLevel, RecordedRequest } from './helpers/github-server';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

describe('schedule', () => {
  it('drives every active release one step, commits its StateBox, sets outputs and the job summary', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'schedule', { schedule: '*/15 * * * *' });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(e.exitCode()).toBeUndefined();
    expect(w.executor.startsOf('create-test-report')).toBe(1);
    // The claim on create-test-report, then the step.
    expect(w.gh.commits).toHaveLength(2);
    expect(w.gh.commits[0]).toMatchObject({ ref: STATEBOX_REF, path: stateBoxPath('4.20.1') });
    expect(statusOf(boxOn(w, '4.20.1'), 'create-test-report')).toBe('Pass');
    expect(e.outputs()).toEqual({ releases: '["4.20.1"]', status: '{"4.20.1":"In Progress"}' });
    const summary = e.summary();
    expect(summary).toContain('<h2>Konflux release driver</h2>');
    expect(summary).toContain('## 🟡 4.20.1: In Progress');
    expect(summary).toContain('| Create Test Report | ✅ Pass |');
    expect(summary).toContain('Trigger: schedule.');
    expect(summary).toMatch(/GitHub operations: \d+ of 300\./);
    // Every request carried the token; nothing was written but the StateBox.
    expect(w.gh.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(writes(w).map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });
});

describe('workflow_dispatch', () => {
  it('creates the StateBox of a named release from its tracking-file advisories and Jira ticket, with the owner given', async () => {
    // ART listed 4.20.2 in the tracking file; it has no StateBox yet.
    const w = await world([makeBox({ tasks: {} })], { extraTracked: { '4.20': ['4.20.2'] } });
    await using e = env(w, 'workflow_dispatch', { inputs: { release: '4.20.2', owner: 'qe@example.com' } }, {}, { actor: 'alice' });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    const created = boxOn(w, '4.20.2');
    expect(created.metadata).toMatchObject({ jira_ticket: 'ART-20001', advisory_ids: { rpm: 170002, rhcos: 170003 } });
    expect(created.driver?.owner).toBe('qe@example.com');
    expect(statusOf(created, 'create-test-report')).toBe('Pass');
    // 4.20.1 is inside its window too: a dispatch drives the named release and every active one.
    expect(JSON.parse(e.outputs().releases ?? '')).toEqual(['4.20.2', '4.20.1']);
  });

  it('drives every active release when no release is given', async () => {
    const w = await world([makeBox({ tasks: {} }), makeBox({ release: '4.19.7', tasks: {} })]);
    await using e = env(w, 'workflow_dispatch', { inputs: { release: '', owner: '' } });
    await run(w.factories);
    expect(JSON.parse(e.outputs().releases ?? '').sort()).toEqual(['4.19.7', '4.20.1']);
    // Each: the claim on create-test-report, then the step.
    expect(w.gh.commits.map((c) => c.path).sort()).toEqual([stateBoxPath('4.19.7'), stateBoxPath('4.19.7'), stateBoxPath('4.20.1'), stateBoxPath('4.20.1')]);
  });

  it('fails with one sentence on a bad dispatch input, before any request', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'workflow_dispatch', { inputs: { release: '4.20.1; rm -rf /' } });
    await run(w.factories);
    expect(e.errors()).toEqual(['The workflow_dispatch input release is "4.20.1; rm -rf /"; accepted values: a release such as 4.20.1 or 5.0.0-ec.3, or empty for every active release.']);
    expect(e.exitCode()).toBe(1);
    expect(w.gh.requests).toEqual([]);
  });

  it('a release nobody tracks fails the run with one sentence naming it; nothing is written', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'workflow_dispatch', { inputs: { release: '4.21.0' } });
    await run(w.factories);
    expect(e.errors().at(-1)).toMatch(/^4\.21\.0 could not be driven: 4\.21\.0 has no StateBox \(_releases\/4\.21\/statebox\/4\.21\.0\.yaml\) and is not listed in _releases\/4\.21\/4\.21\.z\.yaml/);
    expect(e.exitCode()).toBe(1);
    expect(w.gh.getFile(stateBoxPath('4.21.0'), STATEBOX_REF)).toBeUndefined();
  });
});

describe('a bad input', () => {
  it.each([
    [{ 'ai-decisions': 'yolo' }, 'The ai-decisions input is "yolo"; accepted values: auto, advisory.'],
    [{ 'max-operations': '-5' }, 'The max-operations input is "-5"; accepted values: a whole number from 1 to 100000.'],
    [{ executor: 'mcp' }, 'The mcp-url input is required when executor is mcp; accepted values: the MCP server URL such as https://mcp.example/mcp.'],
  ])('fails the run with one sentence, touches nothing, and the summary says why (%j)', async (inputs, sentence) => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'schedule', {}, inputs);
    await run(w.factories);
    expect(e.errors()).toEqual([sentence]);
    expect(e.exitCode()).toBe(1);
    expect(w.gh.requests).toEqual([]);
    expect(e.summary()).toContain(`❌ ${sentence}`);
  });
});

describe('issue_comment', () => {
  const red = () =>
    makeBox({
      tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'Fail', result: 'job 9 failed: CDN timeout' } },
    });

  it('a writer retries a failed task: eyes, the change committed, a reply saying what happened, +1', async () => {
    const w = await world([red()]);
    const payload = commented(w, { body: '/release:retry 4.20.1 push-to-cdn-staging\nthe CDN is back', user: 'alice', issue: 12 });
    const id = commentId(payload);
    await using e = env(w, 'issue_comment', payload);
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(w.gh.reactions.map((r) => [r.comment_id, r.content])).toEqual([
      [id, 'eyes'],
      [id, '+1'],
    ]);
    // Retried (reset_at recorded) and, its prerequisites met, triggered again in the same step.
    const task = boxOn(w, '4.20.1').tasks.find((t) => t.name === 'push-to-cdn-staging');
    expect(task).toMatchObject({ status: 'In Progress', reset_at: '2025-11-01T00:00:00Z', job: { id: '100' } });
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(replies(w)).toHaveLength(1);
    expect(replies(w)[0]?.issue_number).toBe(12);
    expect(replies(w)[0]?.body).toMatch(/^@alice push-to-cdn-staging of 4\.20\.1 will start again on the next step\./);
    expect(replies(w)[0]?.body).toContain('**4.20.1** is');
    expect(replies(w)[0]?.body).toContain('[Run log](https://github.example/octo/releases/actions/runs/4242)');
  });

  it('/release:drive with an owner answers with a rocket', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'issue_comment', commented(w, { body: '/release:drive 4.20.1 owner@example.com', user: 'alice' }));
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
    expect(boxOn(w, '4.20.1').driver?.owner).toBe('owner@example.com');
    expect(replies(w)[0]?.body).toContain('Driving 4.20.1 with owner [EMAIL_REDACTED] (requested by alice).');
  });

  it('/release:status replies with the state of every active release', async () => {
    const w = await world([red(), makeBox({ release: '4.19.7', tasks: {} })]);
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:status', user: 'alice' }));
    await run(w.factories);
    const body = replies(w)[0]?.body ?? '';
    expect(body).toContain('**4.20.1** is 🔴 Red.');
    expect(body).toContain('**4.19.7** is 🟡 In Progress.');
    expect(body).toContain('| push-to-cdn-staging | Fail |');
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1']);
  });

  it('/release:drive naming an unlisted release: a refusal for that release only, no status claimed; the run goes on for the others', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'issue_comment', commented(w, { body: '/release:drive 4.20.9', user: 'alice' }));
    await run(w.factories);
    const body = replies(w)[0]?.body ?? '';
    expect(body).toMatch(/^@alice \/release:drive was not applied: 4\.20\.9 has no StateBox/);
    expect(body).not.toMatch(/\*\*4\.20\.9\*\* is/);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(statusOf(boxOn(w, '4.20.1'), 'create-test-report')).toBe('Pass');
    expect(e.errors().join('\n')).toContain('4.20.9');
  });

  it('/release:status is read-only: no step, no executor call, no commit, and the reply does not contradict itself', async () => {
    const w = await world([red(), makeBox({ release: '4.19.7', tasks: {} })]);
    const before = { files: JSON.stringify(boxOn(w, '4.20.1')) };
    await using e = env(w, 'issue_comment', commented(w, { body: '/release:status 4.20.1', user: 'alice' }));
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    const body = replies(w)[0]?.body ?? '';
    expect(body).toMatch(/^@alice Status of 1 release, read from the StateBox: nothing was run or written\./);
    expect(body).toContain('**4.20.1** is 🔴 Red.');
    expect(body).not.toContain('In Progress.');
    expect(body).not.toContain('4.19.7');
    // Nothing ran: 4.19.7 would have started create-test-report on a drive.
    expect(w.executor.starts).toEqual([]);
    expect(w.executor.polls).toEqual([]);
    expect(JSON.stringify(boxOn(w, '4.20.1'))).toBe(before.files);
    expect(boxOn(w, '4.19.7').tasks).toEqual([]);
  });

  it('an unauthorized commenter changes nothing: no StateBox read or commit, refused reaction and a reply', async () => {
    const w = await world([red()], { permissions: { mallory: 'read' } });
    const payload = commented(w, { body: '/release:accept 4.20.1 push-to-cdn-staging trust me', user: 'mallory' });
    const id = commentId(payload);
    await using e = env(w, 'issue_comment', payload);
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(e.exitCode()).toBeUndefined();
    expect(w.gh.commits).toEqual([]);
    expect(w.gh.requests.filter((r) => r.path.includes('/contents/') || r.path.includes('/git/trees/'))).toEqual([]);
    expect(w.executor.starts).toEqual([]);
    expect(w.gh.reactions.map((r) => [r.comment_id, r.content])).toEqual([
      [id, 'eyes'],
      [id, '-1'],
    ]);
    expect(replies(w).map((c) => c.body)).toEqual(['@mallory you need write permission on octo/releases to run release commands (you have read); nothing was changed.']);
    expect(e.infos()).toContain('Refused the command of mallory: they have read permission, write or more is needed.');
  });

  it.each<[PermissionLevel, boolean]>([
    ['none', false],
    ['read', false],
    ['triage', false],
    ['write', true],
    ['maintain', true],
    ['admin', true],
  ])('the permission ladder: %s may act: %s', async (level, allowed) => {
    const w = await world([red()], { permissions: { carol: level } });
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:retry 4.20.1 push-to-cdn-staging', user: 'carol' }));
    await run(w.factories);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', allowed ? '+1' : '-1']);
    expect(w.gh.commits.length > 0).toBe(allowed);
  });

  it('fails closed when the permission API errors: refused, with a warning', async () => {
    const w = await world([red()]);
    w.gh.inject({ status: 500, times: 20, match: { path: /\/collaborators\// } });
    await using e = env(w, 'issue_comment', commented(w, { body: '/release:retry 4.20.1 push-to-cdn-staging', user: 'alice' }));
    await run(w.factories);
    expect(w.gh.commits).toEqual([]);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', '-1']);
    expect(e.warnings().join('\n')).toMatch(/Could not read alice's permission on octo\/releases .*treated as none\./);
    expect(replies(w)[0]?.body).toContain('(you have none)');
  });

  it('a malformed command from a writer is answered with why and the usage; nothing changes', async () => {
    const w = await world([red()]);
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:accept 4.20.1 push-to-cdn-staging', user: 'alice' }));
    await run(w.factories);
    expect(w.gh.commits).toEqual([]);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    const body = replies(w)[0]?.body ?? '';
    expect(body).toMatch(/^@alice \/release:accept RELEASE TASK JUSTIFICATION needs a justification: it is recorded in the StateBox\. Nothing was changed\./);
    expect(body).toContain('- `/release:resolve RELEASE ISSUE# TEXT`');
  });

  it('a command the driver refuses (no such issue) is answered with the reason and a confused reaction', async () => {
    const w = await world([red()]);
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:resolve 4.20.1 4 fixed', user: 'alice' }));
    await run(w.factories);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(replies(w)[0]?.body).toMatch(/^@alice \/release:resolve was not applied: /);
  });

  it.each([
    ['a comment that is not a command', commentEvent({ body: 'Looks good to me' }), {}, 'Ignoring the comment: its first line is not a /release: command.'],
    ['a bot', commentEvent({ body: '/release:status', user: 'renovate[bot]' }), {}, 'Ignoring the comment of bot renovate[bot] (set allow-bots: true to accept commands from bots).'],
    [
      'an edited comment',
      commentEvent({ body: '/release:status', action: 'edited' }),
      {},
      'Ignoring the issue_comment event: the comment was edited, only created comments are handled (set allow-edited-comments: true to act on edits).',
    ],
    ['a deleted comment even when edits are allowed', commentEvent({ body: '/release:status', action: 'deleted' }), { 'allow-edited-comments': 'true' }, 'Ignoring the issue_comment event: the comment was deleted, only created or edited comments are handled.'],
  ])('leaves early on %s with one info line and no request', async (_what, payload, inputs, line) => {
    const w = await world([red()]);
    await using e = env(w, 'issue_comment', payload, inputs);
    await run(w.factories);
    expect(e.infos()).toEqual([line]);
    expect(e.errors()).toEqual([]);
    expect(w.gh.requests).toEqual([]);
    expect(e.summary()).toBe('');
  });

  it('acts on edited comments and bots when configured', async () => {
    const w = await world([red()], { permissions: { 'ci-helper[bot]': 'write' } });
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:retry 4.20.1 push-to-cdn-staging', user: 'ci-helper[bot]', action: 'edited' }), {
      'allow-edited-comments': 'true',
      'allow-bots': 'true',
    });
    await run(w.factories);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', '+1']);
    // The retried job is claimed (one commit), then started and recorded (another).
    expect(w.gh.commits.map((c) => c.message)).toEqual(['4.20.1: claim push-to-cdn-staging before starting it (krd drive)', expect.stringContaining('push-to-cdn-staging')]);
  });

  it('a failed reaction only warns: the command still runs and is answered', async () => {
    const w = await world([red()]);
    w.gh.inject({ status: 403, times: 5, match: { path: /\/reactions$/ } });
    const payload = commented(w, { body: '/release:retry 4.20.1 push-to-cdn-staging', user: 'alice' });
    const id = commentId(payload);
    await using e = env(w, 'issue_comment', payload);
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    // The retried job is claimed (one commit), then started and recorded (another).
    expect(w.gh.commits.map((c) => c.message)).toEqual(['4.20.1: claim push-to-cdn-staging before starting it (krd drive)', expect.stringContaining('push-to-cdn-staging')]);
    expect(replies(w)).toHaveLength(1);
    expect(e.warnings().filter((m) => m.startsWith('Could not add the'))).toEqual([
      `Could not add the eyes reaction to comment ${id}: Resource not accessible by integration (the token needs issues: write permission; add it to the workflow's permissions).`,
      `Could not add the +1 reaction to comment ${id}: Resource not accessible by integration (the token needs issues: write permission; add it to the workflow's permissions).`,
    ]);
  });

  it('a run that fails before applying the command says so on the comment and fails the job', async () => {
    const w = await world([red()]);
    // The repository listing keeps failing (after the client's own retries).
    w.gh.inject({ status: 503, times: 50, match: { path: /\/git\/trees\// } });
    await using e = env(w, 'issue_comment', commented(w, { body: '/release:retry 4.20.1 push-to-cdn-staging', user: 'alice' }));
    await run(w.factories);
    expect(e.exitCode()).toBe(1);
    expect(e.errors().at(-1)).toMatch(/^GitHub failed while trying to list _releases\/ in octo\/releases@z-stream: 503/);
    expect(w.gh.commits).toEqual([]);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
    expect(replies(w)[0]?.body).toMatch(/^@alice the run failed before \/release:retry was applied: GitHub failed while trying to list/);
    expect(e.summary()).toContain('❌ GitHub failed');
  });

  it('the comment body is data: quotes, backticks and $() reach the StateBox as text only', async () => {
    const w = await world([red()]);
    const why = 'it is `fine` $(touch /tmp/pwned) "quoted" ; rm -rf / mail me at x@example.com';
    await using _e = env(w, 'issue_comment', commented(w, { body: `/release:accept 4.20.1 push-to-cdn-staging ${why}`, user: 'alice' }));
    await run(w.factories);
    const task = boxOn(w, '4.20.1').tasks.find((t) => t.name === 'push-to-cdn-staging');
    expect(task?.status).toBe('Pass');
    expect(task?.result).toContain('it is `fine` $(touch /tmp/pwned) quoted ; rm -rf / mail me at [EMAIL_REDACTED]');
  });
});

describe('dry-run', () => {
  it('counts operations but writes nothing: no commit, no job, no reaction, no reply', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'schedule', {}, { 'dry-run': 'true' });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(writes(w)).toEqual([]);
    expect(w.executor.starts).toEqual([]);
    expect(e.infos()).toContain('Dry run: operations are counted, nothing is written (no commit, no comment, no job started).');
    expect(e.summary()).toContain('Trigger: schedule (dry run: nothing written).');
    const reads = w.gh.requests.length;
    expect(reads).toBeGreaterThan(0);
    expect(e.summary()).toContain(`GitHub operations: ${reads} of 300.`);
    expect(e.infos()).toContain(`Drove 1 release(s) with ${reads} GitHub operation(s).`);
  });

  it('answers a comment in the log only', async () => {
    const w = await world([makeBox({ tasks: {} })], { permissions: { mallory: 'read' } });
    await using e = env(w, 'issue_comment', commented(w, { body: '/release:status', user: 'mallory' }), { 'dry-run': 'true' });
    await run(w.factories);
    expect(writes(w)).toEqual([]);
    expect(e.infos().filter((l) => l.startsWith('Dry run: would'))).toEqual([
      expect.stringMatching(/^Dry run: would react eyes to comment \d+\.$/),
      expect.stringMatching(/^Dry run: would react -1 to comment \d+\.$/),
      'Dry run: would reply on #5: @mallory you need write permission on octo/releases to run release commands (you have read); nothing was changed.',
    ]);
  });
});

describe('the operations budget', () => {
  const three = () => [makeBox({ release: '4.18.9', tasks: {} }), makeBox({ release: '4.19.7', tasks: {} }), makeBox({ tasks: {} })];

  it('stops cleanly between releases, says so naming max-operations, and later runs drive the rest', async () => {
    const w = await world(three());
    const drivenBy: string[][] = [];
    for (const runNumber of [1, 2, 3]) {
      const before = w.gh.commits.length;
      // Listing, three tracking files, three StateBoxes, then one release's own work.
      await using e = env(w, 'schedule', {}, { 'max-operations': '9' }, { runNumber });
      await run(w.factories);
      expect(e.errors()).toEqual([]);
      expect(e.exitCode()).toBeUndefined();
      expect(e.warnings().filter((m) => m.includes('max-operations'))).toEqual([expect.stringMatching(/left for the next run\. Raise the max-operations input/)]);
      expect(e.summary()).toMatch(/⚠️ Stopped after \d+ GitHub operations \(max-operations is 9\): .+ left for the next run; raise max-operations to drive more releases per run\./);
      drivenBy.push(w.gh.commits.slice(before).map((c) => c.path));
      // A release is either written whole, in one commit, or not touched: every file parses.
      for (const r of ['4.18.9', '4.19.7', '4.20.1']) expect(() => boxOn(w, r)).not.toThrow();
    }
    for (const paths of drivenBy) expect(paths.length).toBeGreaterThanOrEqual(1);
    // Rotation: across the three runs every release got its step.
    expect(new Set(drivenBy.flat())).toEqual(new Set(['4.18.9', '4.19.7', '4.20.1'].map(stateBoxPath)));
    for (const r of ['4.18.9', '4.19.7', '4.20.1']) expect(statusOf(boxOn(w, r), 'create-test-report')).toBe('Pass');
  });

  it('10,000 named releases with max-operations 50: checking them is charged to the budget, the run stays bounded and drives the releases it could check, in order', async () => {
    const w = await world(three());
    const bogus = Array.from({ length: 9_999 }, (_, i) => `4.${30 + (i % 60)}.${100 + Math.floor(i / 60)}`);
    await using e = env(w, 'schedule', {}, { 'max-operations': '50', releases: ['4.20.1', ...bogus].join(' ') }, { runNumber: 0 });
    await run(w.factories);
    // Each name checked is refused on its own line (never guessed); only as many as the budget allowed.
    expect(e.errors().length).toBeLessThan(30);
    expect(e.errors().every((m) => /has no StateBox .* check the version/.test(m) || /could not be driven|failed/.test(m))).toBe(true);
    // Bounded: the budget and a few requests of the step under way, never one per name.
    expect(w.gh.requests.length).toBeLessThan(60);
    expect(JSON.parse(e.outputs().releases ?? '[]')).toContain('4.20.1');
    expect(statusOf(boxOn(w, '4.20.1'), 'create-test-report')).toBe('Pass');
    expect(e.warnings().filter((m) => m.includes('max-operations'))).toEqual([expect.stringMatching(/4\.\d+\.\d+ and \d+ more left for the next run/)]);
  });

  it('a release named in a comment is driven first when the budget allows only one', async () => {
    const w = await world(three());
    await using _e = env(w, 'issue_comment', commented(w, { body: '/release:drive 4.20.1', user: 'alice' }), { 'max-operations': '10' }, { runNumber: 1 });
    await run(w.factories);
    expect(w.gh.commits.map((c) => c.path)).toEqual([stateBoxPath('4.20.1'), stateBoxPath('4.20.1')]);
    expect(w.gh.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
  });
});

/** Resolves for both callers once two have arrived (later callers pass straight through). */
function twoPartyBarrier(): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    arrived++;
    if (arrived >= 2) open();
    await gate;
  };
}

describe('many releases, and runs at the same moment', () => {
  const idleBox = (release: string) =>
    makeBox({ release, tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '5' } } } });
  const fifty = Array.from({ length: 50 }, (_, i) => `4.${i + 1}.3`);
  /** A request as one word: the tree listing, a GraphQL query, or the file a Contents call reads. */
  const requestKind = (r: RecordedRequest) =>
    r.path.includes('/git/trees/') ? 'listing' : r.path === '/graphql' ? `graphql ${r.status}` : `${r.method} ${r.path.split('/contents/')[1] ?? r.path}`;

  async function idleRun(w: World, inputs: Record<string, string> = {}): Promise<void> {
    w.probes.promotionPhase = 'Ready';
    await using e = env(w, 'schedule', {}, { 'max-operations': '1000', ...inputs });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(writes(w).filter((r) => r.path !== '/graphql')).toEqual([]);
    expect(w.executor.starts).toEqual([]);
    expect(JSON.parse(e.outputs().releases ?? '[]')).toHaveLength(50);
    expect(Object.values(JSON.parse(e.outputs().status ?? '{}') as Record<string, string>).every((s) => s === 'In Progress')).toBe(true);
  }

  it('a run over 50 active releases where nothing changed writes nothing, in one listing and two batched reads', async () => {
    const w = await world(fifty.map(idleBox));
    await idleRun(w);
    // The target is one listing plus one read per release (51); GraphQL reads the 50 tracking
    // files in one query and the 50 StateBoxes in another, and the step reads them from the run's cache.
    expect(w.gh.requests.length).toBeLessThanOrEqual(51);
    expect(w.gh.requests.map(requestKind)).toEqual(['listing', 'graphql 200', 'graphql 200']);
    const variables = w.gh.requests.slice(1).map((r) => Object.keys((r.body as { variables: Record<string, string> }).variables).length - 2);
    expect(variables).toEqual([50, 50]);
  });

  it('a dry run over the same 50 releases reads them in the same batches', async () => {
    const w = await world(fifty.map(idleBox));
    await idleRun(w, { 'dry-run': 'true' });
    expect(w.gh.requests.map(requestKind)).toEqual(['listing', 'graphql 200', 'graphql 200']);
  });

  it('on a server without GraphQL the same run reads each file once over REST and still writes nothing', async () => {
    const w = await world(fifty.map(idleBox));
    w.gh.inject({ status: 404, times: 1000, match: { method: 'POST', path: '/graphql' } });
    await idleRun(w);
    // One refused query (the store then stops asking), the listing, 50 tracking files, 50 StateBoxes.
    const kinds = w.gh.requests.map(requestKind);
    expect(kinds.filter((k) => k.startsWith('graphql'))).toEqual(['graphql 404']);
    expect(kinds.filter((k) => k.startsWith('GET _releases/'))).toHaveLength(100);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(w.gh.requests).toHaveLength(102);
  });

  it('two runs started at the same moment lose no update and start no job twice', async () => {
    const box = makeBox({
      tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' },
      issues: [{ issue: 'CDN flaky last week', blocker: false }],
    });
    const w = await world([box]);
    w.probes.promotionPhase = 'Ready';
    // Both runs have read the StateBox before either asks the Release Controller, so both
    // decide on the same state: a true race, not two runs one after the other.
    const barrier = twoPartyBarrier();
    const promotion = w.probes.promotion.bind(w.probes);
    w.probes.promotion = async () => {
      await barrier();
      return promotion();
    };
    // run() reads its whole environment before its first await, as a runner process would.
    const cron = env(w, 'schedule', {}, {}, { runNumber: 7 });
    const first = run(w.factories);
    const comment = env(w, 'issue_comment', commented(w, { body: '/release:resolve 4.20.1 1 CDN fixed', user: 'alice' }), {}, { runNumber: 8 });
    const second = run(w.factories);
    await Promise.all([first, second]);
    await comment[Symbol.asyncDispose]();
    await cron[Symbol.asyncDispose]();
    const b = boxOn(w, '4.20.1');
    // The comment's update and the cron's step are both in the file.
    expect(b.issues[0]).toMatchObject({ resolved: true });
    expect(b.issues[0]?.resolution).toContain('CDN fixed (resolved by alice)');
    expect(statusOf(b, 'push-to-cdn-staging')).toBe('In Progress');
    expect(w.executor.startsOf('push-to-cdn-staging')).toBe(1);
    expect(b.tasks.find((t) => t.name === 'push-to-cdn-staging')?.job?.id).toBe('100');
    // One run claimed the job before starting it (the engine's claim write); the other lost the
    // claim and left it alone. The claim is released once the job is recorded.
    expect(w.gh.commits.filter((c) => c.message.includes('claim push-to-cdn-staging'))).toHaveLength(1);
    expect((b.driver as { claims?: object } | undefined)?.claims).toBeUndefined();
    // Every write went through the SHA it read; the races were merged (409 then retry), never overwritten.
    const puts = w.gh.requests.filter((r) => r.method === 'PUT');
    expect(puts.every((r) => typeof (r.body as { sha?: unknown }).sha === 'string')).toBe(true);
    expect(puts.some((r) => r.status === 409)).toBe(true);
  });
});
