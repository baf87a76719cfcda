/**
 * A whole release as people see it: driveOnce takes 4.20.1 from a new StateBox to Green, with
 * the real Slack notifier against a local Slack, the Sheets mirror against a local Sheets API
 * after every run, the PR comment against a local GitHub and the job summary at the end. One
 * run loses its commit (a crash), and Slack is down for a while: still every message exactly once.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driveOnce } from '../src/driver/drive';
import { LocalStore } from '../src/adapters/store/local';
import { SlackNotifier } from '../src/adapters/notify/slack';
import { SheetsMirror } from '../src/adapters/notify/sheets';
import { upsertReleaseComment } from '../src/adapters/notify/pr-comment';
import { writeJobSummary } from '../src/adapters/notify/summary';
import { createOctokit } from '../src/adapters/github/octokit';
import { TransientError } from '../src/core/errors';
import { loadStateBox } from '../src/statebox/repository';
import type { StateStore, WriteOptions } from '../src/ports/store';
import type { DriverDeps, RunResult } from '../src/driver/types';
import { CANDIDATE, HOUR, MINUTE, T0, config, fakeWorld, setHappyPathWorld, makeBox, tempDir, testResultJson, testResultPathOf, writeBox, writeRepoFile, writeTracking } from './helpers/fake-world';
import { startSlackServer } from './helpers/slack-server';
import { startSheetsServer } from './helpers/sheets-server';
import { startGitHubServer } from './helpers/github-server';

/** A store whose next writes fail: the run posted its messages, then lost its commit. */
class LosingStore implements StateStore {
  failWrites = 0;
  constructor(private readonly inner: LocalStore) {}
  get describe(): string {
    return this.inner.describe;
  }
  read(path: string) {
    return this.inner.read(path);
  }
  list(prefix: string) {
    return this.inner.list(prefix);
  }
  async write(path: string, content: string, options: WriteOptions) {
    if (this.failWrites > 0) {
      this.failWrites -= 1;
      throw new TransientError(`the runner died before committing ${path}`);
    }
    return this.inner.write(path, content, options);
  }
}

let summaryDir: string;
const savedSummary = process.env['GITHUB_STEP_SUMMARY'];
beforeAll(async () => {
  summaryDir = await tempDir('krd-release-summary-');
  process.env['GITHUB_STEP_SUMMARY'] = join(summaryDir, 'summary.md');
  await writeFile(join(summaryDir, 'summary.md'), '');
  core.summary.emptyBuffer();
});
afterAll(async () => {
  if (savedSummary === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
  else process.env['GITHUB_STEP_SUMMARY'] = savedSummary;
  await rm(summaryDir, { recursive: true, force: true });
});

describe('a whole release, as people see it', () => {
  it('Slack messages, Sheet cells, PR comment and job summary from a new StateBox to Green', async () => {
    const repo = await tempDir();
    const recordDir = await tempDir('krd-record-');
    await writeTracking(repo, '4.20', ['4.20.0', '4.20.1']);
    await writeBox(repo, makeBox({ tasks: {} }));
    const setResult = (build: string, spec: Parameters<typeof testResultJson>[1]) => writeRepoFile(recordDir, testResultPathOf(build), testResultJson(build, spec));
    await setResult(CANDIDATE, { aggregated: true, accepted: true });

    await using slack = await startSlackServer({ users: { 'qe@example.com': 'U0QE' } });
    await using gs = await startSheetsServer({ spreadsheets: { REPORT: { '4.20.1': {} } } });
    await using gh = await startGitHubServer({ token: 't0k' });
    const store = new LosingStore(new LocalStore(repo));
    const w = fakeWorld(store, new LocalStore(recordDir), {
      behaviour: {
        'push-to-cdn-staging': { durationMs: 45 * MINUTE },
        'image-consistency-check': { durationMs: 100 * MINUTE },
        'stage-testing': { durationMs: 3 * HOUR, result: 'Fail' },
      },
    });
    const slackFor = () => new SlackNotifier({ token: slack.token, channel: slack.channel, slackApiUrl: slack.apiUrl, retryConfig: { retries: 1, minTimeout: 1, maxTimeout: 2 } });
    let deps: DriverDeps = { ...w.deps, notifier: slackFor() };
    const sheets = new SheetsMirror({ spreadsheetId: 'REPORT', accessToken: gs.token, rootUrl: gs.url, retries: 0 });
    const cellsPerRun: string[][] = [];

    let crashed = false;
    let outage = false;
    let retried = false;
    const runs: RunResult[] = [];
    for (let i = 0; i < 6 * 24 * 4 && runs.at(-1)?.releases[0]?.overall !== 'Green'; i++) {
      const t = i * 15 * MINUTE;
      await setHappyPathWorld(w, t, setResult);
      const box = (await loadStateBox(store, '4.20.1'))!.box;
      const push = box.tasks.find((x) => x.name === 'push-to-cdn-staging');
      const stage = box.tasks.find((x) => x.name === 'stage-testing');
      if (!crashed && push?.status === 'In Progress' && t - (Date.parse(push.started_at!) - T0.getTime()) >= 45 * MINUTE) {
        // This run posts "Push to CDN Staging passed", then dies before its commit.
        crashed = true;
        store.failWrites = 1;
      } else if (crashed && store.failWrites === 0 && !retried) {
        // The next run is a new process: a new notifier that knows nothing.
        retried = true;
        deps = { ...w.deps, notifier: slackFor() };
      }
      if (!outage && stage?.status === 'In Progress' && t - (Date.parse(stage.started_at!) - T0.getTime()) >= 3 * HOUR) {
        // Slack is down when stage-testing fails: the message waits for a later run.
        outage = true;
        slack.inject({ method: 'chat.postMessage', status: 503, times: 2 });
      }
      if (stage?.status === 'Fail' && !box.tasks.some((x) => x.name === 'stage-testing' && x.decided_by)) {
        // A person accepts the failed stage test run; the flow goes on.
        runs.push(await driveOnce(deps, { config: config(), commands: [{ kind: 'accept', release: '4.20.1', task: 'stage-testing', justification: 'known CDN flake, rerun green by hand', by: 'alice' }] }));
      } else {
        runs.push(await driveOnce(deps, { config: config() }));
      }
      const before = gs.requests.length;
      await sheets.mirror(runs.at(-1)!.releases.map((r) => r.statebox));
      cellsPerRun.push(
        gs.requests.slice(before).flatMap((r) => ((r.body as { data?: { range: string; values: string[][] }[] })?.data ?? []).map((d) => `${d.range}=${d.values[0]![0]}`)),
      );
    }
    expect(crashed && retried && outage).toBe(true);
    const final = runs.at(-1)!.releases[0]!;
    expect(final.overall).toBe('Green');

    // Slack: one thread, each message once, failures mention the owner, Red and Green broadcast.
    const root = slack.messages[0]!.ts;
    expect(slack.messages.slice(1).every((m) => m.thread_ts === root)).toBe(true);
    // Slack was down when stage-testing failed: that message went out on the next run, after
    // the Red one (posted in the same run once Slack answered again), and only once.
    expect(slack.messages.map((m) => `${m.reply_broadcast ? '[channel] ' : ''}${m.text}`)).toEqual([
      '4.20.1: Create Test Report passed.',
      '4.20.1: Analyze Candidate Build passed.',
      '4.20.1: Take Ownership passed.',
      '4.20.1: Check CVE Tracker Bug passed.',
      '4.20.1: Check RHCOS Security Alerts passed.',
      '4.20.1: Push to CDN Staging passed.',
      '4.20.1: Image Consistency Check passed.',
      '[channel] <@U0QE> 4.20.1 is Red and stopped: stage-testing failed. Manual intervention required (/release:accept, /release:retry or /release:resolve).',
      '<@U0QE> 4.20.1: Stage Testing FAILED.',
      '4.20.1: Stage Testing passed.',
      '4.20.1: gate passed, promoted build tests are acceptable. Promoted build 4.20.1: all blocking jobs passed BO3 (aggregated: true, accepted: true). Jobs: periodic-ci-upgrade-job-1 pass (1/1).',
      '4.20.1: Image Signed Check passed.',
      '4.20.1: Change Advisory Status passed: prod advisory metadata accessible, advisories QE → REL_PREP.',
      '[channel] 4.20.1 is Green: the release completed successfully.',
    ]);
    // The run that lost its commit sent nothing (messages go out only after their commit); the next run sent it.
    const lost = runs.findIndex((r) => r.releases[0]?.error?.includes('the runner died'));
    expect(lost).toBeGreaterThan(0);
    expect(runs[lost]!.events.some((e) => e.type === 'notify' && e.detail.includes('Push to CDN Staging passed'))).toBe(false);
    expect(runs[lost + 1]!.events.some((e) => e.type === 'notify' && e.detail.includes('Push to CDN Staging passed'))).toBe(true);
    // The outage was a warning, never an error of the release.
    expect(w.log.of('warning').some((m) => m.includes('Slack failed on chat.postMessage: HTTP 503'))).toBe(true);
    expect(runs.filter((r) => r.releases[0]?.error).map((r) => r.releases[0]?.error)).toHaveLength(1);
    expect(slack.calls('chat.postMessage').filter((r) => String(r.body['text']).includes('Push to CDN Staging'))).toHaveLength(1);
    const keys = slack.messages.map((m) => m.metadata?.event_payload['key']);
    expect(new Set(keys).size).toBe(keys.length);
    const saved = (await loadStateBox(store, '4.20.1'))!.box;
    expect(saved.driver?.slack_thread).toBe(root);
    expect(saved.driver?.notified).toEqual(keys);

    // Sheets: at most one values.batchUpdate per run; the cells as each run left them.
    const updates = gs.requests.filter((r) => r.path.endsWith('values:batchUpdate'));
    expect(updates.length).toBeLessThanOrEqual(runs.length);
    expect(updates.every((r) => r.status === 200)).toBe(true);
    const changes = new Map<string, string[]>();
    for (const cells of cellsPerRun) for (const c of cells) {
      const [range, value] = c.split('=') as [string, string];
      const seen = changes.get(range) ?? [];
      if (seen.at(-1) !== value) seen.push(value);
      changes.set(range, seen);
    }
    expect(Object.fromEntries(changes)).toEqual({
      "'4.20.1'!B1": ['Red', 'Green'],
      "'4.20.1'!B8": ['Pass'],
      "'4.20.1'!B10": ['In Progress', 'Pass'],
      "'4.20.1'!B11": ['Pass'],
      "'4.20.1'!B12": ['In Progress', 'Pass'],
      "'4.20.1'!B13": ['Pass'],
      "'4.20.1'!B14": ['In Progress', 'Pass'],
      "'4.20.1'!B15": ['In Progress', 'Fail', 'Pass'],
      "'4.20.1'!B16": ['Pass'],
      "'4.20.1'!B18": ['In Progress', 'Pass'],
    });
    expect(gs.cell('REPORT', '4.20.1', 'B1')).toBe('Green');

    // The PR comment: created once, then updated; the job summary: Green.
    const octokit = createOctokit({ token: 't0k', baseUrl: gh.url, retries: 0 });
    const first = await upsertReleaseComment({ octokit, owner: gh.owner, repo: gh.repo, issueNumber: 12, result: runs[3]!.releases[0]!, now: new Date(T0.getTime() + 45 * MINUTE) });
    const last = await upsertReleaseComment({ octokit, owner: gh.owner, repo: gh.repo, issueNumber: 12, result: final, now: w.clock.now() });
    expect([first.action, last.action]).toEqual(['created', 'updated']);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain('## 🟢 4.20.1: Green\n\n**4.20.1 is Green: the release has shipped (11 of 11 tasks done).**');
    expect(gh.comments[0]!.body).toContain('| Stage Testing | ✅ Pass |');
    await writeJobSummary([final], { now: w.clock.now() });
    const summary = await readFile(join(summaryDir, 'summary.md'), 'utf8');
    expect(summary).toContain('**Waits on:**\n- shipped: change-advisory-status passed, nothing more to do');
    expect(summary).toMatch(/\n {2}class [^\n]+ pass\n/);
    expect(summary).not.toMatch(/ (fail|running|waiting)\n/);

    await rm(repo, { recursive: true, force: true });
    await rm(recordDir, { recursive: true, force: true });
  });
});
