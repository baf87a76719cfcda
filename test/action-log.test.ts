/**
 * The run's log tells what happened, per release, in a collapsible group (`::group::`): what
 * was polled, started or run, decided and written, who was told, what the release waits on;
 * a dry run says what it would have done. Through run() against the local GitHub server, the
 * outside world faked as in test/action.test.ts.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import type { FlowTask } from '../src/core/tasks';
import type { ExecContext, ExecOutcome } from '../src/ports/executor';
import { SUMMARY, closeWorlds, commented, env, world } from './helpers/action-env';
import { CHAIN_PASS, makeBox, permanent } from './helpers/fake-world';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

interface Group {
  readonly title: string;
  readonly lines: string[];
}

/** The `::group::` blocks a run printed, with their plain lines (workflow commands inside left out). */
function groups(stdout: string): Group[] {
  const out: Group[] = [];
  let current: Group | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const open = /^::group::(.*)$/.exec(line);
    if (open) {
      expect(current, 'a group opened inside another').toBeUndefined();
      current = { title: open[1] ?? '', lines: [] };
      out.push(current);
    } else if (line === '::endgroup::') {
      expect(current, 'a group closed that was not open').toBeDefined();
      current = undefined;
    } else if (current && line !== '' && !line.startsWith('::')) {
      current.lines.push(line);
    }
  }
  expect(current, 'a group left open').toBeUndefined();
  return out;
}

const RUNNING = { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '5', url: 'https://jenkins.example/job/5/' } } } as const;

describe('the run log', () => {
  it('one group per release: what ran and was written, what was polled, what each waits on', async () => {
    const w = await world([makeBox({ tasks: {} }), makeBox({ release: '4.19.7', tasks: RUNNING })]);
    await using e = env(w, 'schedule', {});
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    const [first, second, ...more] = groups(e.stdout());
    expect(more).toEqual([]);
    expect(first?.title).toBe('4.20.1: In Progress');
    expect(first?.lines).toEqual([
      'Ran: create-test-report → Pass',
      'Decided: analyze-candidate-build → In Progress (Waiting for the test results of 4.20.0-0.nightly-2025-10-28-123456.)',
      'Decided: create-test-report → Pass',
      'Waits on: take-ownership: no owner: name one with /release:drive RELEASE EMAIL (or --owner), metadata qe_owner or the owner input',
      'Waits on: analyze-candidate-build: test result file for 4.20.0-0.nightly-2025-10-28-123456 not created yet',
      'Wrote: _releases/4.20/statebox/4.20.1.yaml: claim on create-test-report before starting (attempt 1)',
      'Wrote: _releases/4.20/statebox/4.20.1.yaml: create-test-report new → Pass, analyze-candidate-build new → In Progress (attempt 1)',
    ]);
    expect(second).toEqual({
      title: '4.19.7: In Progress, StateBox unchanged',
      lines: [
        'Polled: push-to-cdn-staging (job https://jenkins.example/job/5/): In Progress',
        'Waits on: image-consistency-check, analyze-promoted-build: build 4.19.7 is not on the Release Controller yet',
        'Waits on: stage-testing, image-signed-check, change-advisory-status: waits for push-to-cdn-staging to pass',
      ],
    });
    // The run's closing line stays outside the groups.
    expect(e.infos().at(-1)).toMatch(/^Drove 2 release\(s\) with \d+ GitHub operation\(s\)\.$/);
  });

  it('a job started and a command applied are told in the group of their release', async () => {
    const w = await world([makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' }, issues: [{ issue: 'CDN flaky', blocker: false }] })]);
    w.probes.promotionPhase = 'Ready';
    await using e = env(w, 'issue_comment', commented(w, { body: '/release:resolve 4.20.1 1 CDN fixed', user: 'alice' }));
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    const [group] = groups(e.stdout());
    expect(group?.lines).toEqual(
      expect.arrayContaining([
        'Started: push-to-cdn-staging (job https://jenkins.example/job/100/) → In Progress',
        expect.stringMatching(/^Decided: resolve by alice: /),
        expect.stringMatching(/^Wrote: _releases\/4\.20\/statebox\/4\.20\.1\.yaml: push-to-cdn-staging new → In Progress/),
      ]),
    );
    expect(group?.lines.findIndex((l) => l.startsWith('Started:'))).toBeLessThan(group?.lines.findIndex((l) => l.startsWith('Decided:')) ?? -1);
  });

  it('a dry run lists what it would have done and says nothing was written', async () => {
    const w = await world([makeBox({ tasks: {} }), makeBox({ release: '4.19.7', tasks: RUNNING })]);
    await using e = env(w, 'schedule', {}, { 'dry-run': 'true' });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    const all = groups(e.stdout());
    expect(all.map((g) => g.title)).toEqual(['4.20.1: In Progress (dry run: nothing written)', '4.19.7: In Progress (dry run: nothing written)']);
    expect(all[0]?.lines).toContain('Would: run create-test-report');
    expect(all[1]?.lines[0]).toBe('Would: poll push-to-cdn-staging');
    expect(all.flatMap((g) => g.lines).filter((l) => /^(Wrote|Started|Ran|Polled):/.test(l))).toEqual([]);
  });

  it('a release that fails says why in its group; text from outside stays on one line and starts no workflow command', async () => {
    const w = await world([makeBox({ tasks: {} }), makeBox({ release: '4.19.7', tasks: RUNNING })]);
    w.executor.behaviour['create-test-report'] = { errors: [permanent('Jira said no\n::error::pwned')] };
    const poll = w.executor.poll.bind(w.executor);
    w.executor.poll = async (task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> =>
      task === 'push-to-cdn-staging' ? { status: 'Wait', output: 'waiting', wait: { on: 'stage-release', detail: 'stage-release not ready\n::add-mask::pwned' } } : poll(task, ctx);
    await using e = env(w, 'schedule', {});
    await run(w.factories);
    const [first, second] = groups(e.stdout());
    expect(first?.title).toBe('4.20.1: Red');
    expect(first?.lines).toContain('Error: run of create-test-report failed permanently: Jira said no ::error::pwned');
    expect(first?.lines).toContain('Decided: create-test-report → Fail (permanent error: Jira said no ::error::pwned)');
    expect(second?.lines).toContain('Polled: push-to-cdn-staging (job https://jenkins.example/job/5/): Wait');
    expect(second?.lines).toContain('Waits on: push-to-cdn-staging: stage-release not ready ::add-mask::pwned');
    // Nothing quoted became a command of its own.
    expect(e.stdout().split(/\r?\n/).filter((l) => /^\s*::(error|add-mask)::pwned/.test(l))).toEqual([]);
  });
});
