/**
 * Slack that people trust, end to end through run(): a failure quotes the line that says why
 * (oar's ERROR line, never its `status is changed to [Fail]` bookkeeping), the message is Block
 * Kit with a plain text fallback, and it links to the run, the StateBox at the commit that
 * recorded it and the task's job. The real notifier against the local Slack Web API.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import { stateBoxPath } from '../src/core/version';
import type { FlowTask } from '../src/core/tasks';
import type { ExecContext, ExecOutcome } from '../src/ports/executor';
import { SUMMARY, closeWorlds, env, world } from './helpers/action-env';
import { CHAIN_PASS, makeBox } from './helpers/fake-world';
import { startSlackServer } from './helpers/slack-server';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

const JOB = 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1663/';
const OAR_FAIL = [
  '2025-11-01T00:10:00Z: INFO: checking push job 1663',
  '2025-11-01T00:20:00Z: ERROR: push job for target <cdn_stage> is FAILURE & will not be retried',
  '2025-11-01T00:20:01Z: INFO: Failed to update the sheet',
  '2025-11-01T00:20:02Z: INFO: task [Push to CDN Staging] status is changed to [Fail]',
].join('\n');

type Block = { type: string; text?: { type: string; text: string; verbatim?: boolean }; elements?: { type: string; text: string }[] };

describe('a failure in Slack', () => {
  it('quotes the ERROR line, links the run, the StateBox at its commit and the job, as blocks with a text fallback', async () => {
    const w = await world([
      makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '1663', url: JOB } } } }),
    ]);
    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    // oar's poll ends the push job with a Fail whose last line only repeats the status.
    const poll = w.executor.poll.bind(w.executor);
    w.executor.poll = async (task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> =>
      task === 'push-to-cdn-staging' ? { status: 'Fail', output: OAR_FAIL, jobId: '1663', jobUrl: JOB } : poll(task, ctx);
    await using e = env(w, 'schedule', {}, { 'slack-channel': slack.channel, 'slack-token': slack.token, owner: 'qe@example.com' }, { vars: { SLACK_API_URL: slack.apiUrl } });
    await run(w.factories);
    expect(e.warnings()).toEqual([]);

    const why = '2025-11-01T00:20:00Z: ERROR: push job for target &lt;cdn_stage&gt; is FAILURE &amp; will not be retried';
    const posts = slack.calls('chat.postMessage');
    const texts = posts.map((p) => String(p.body['text']));
    expect(texts).toContain(`<@U0QE> 4.20.1: Push to CDN Staging FAILED. ${why}`);
    expect(texts.join('\n')).not.toContain('status is changed to');

    const post = posts[texts.indexOf(`<@U0QE> 4.20.1: Push to CDN Staging FAILED. ${why}`)]!;
    const step = w.gh.commits.find((c) => c.path === stateBoxPath('4.20.1') && c.message.includes('push-to-cdn-staging'))!;
    const statebox = `https://github.example/${w.gh.owner}/${w.gh.repo}/blob/${step.sha}/_releases/4.20/statebox/4.20.1.yaml`;
    const runUrl = `https://github.example/${w.gh.owner}/${w.gh.repo}/actions/runs/4242`;
    expect(post.body['blocks'] as Block[]).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: `<@U0QE> 4.20.1: Push to CDN Staging FAILED. ${why}`, verbatim: true } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `<${runUrl}|Run log> · <${statebox}|StateBox> · <${JOB}|Job>`, verbatim: true }] },
    ]);

    // The Red message is about the release, not a task: the run and the StateBox, no job.
    const red = posts.find((p) => String(p.body['text']).includes('is Red and stopped'))!;
    expect((red.body['blocks'] as Block[])[1]?.elements?.[0]?.text).toBe(`<${runUrl}|Run log> · <${statebox}|StateBox>`);
  });
});
