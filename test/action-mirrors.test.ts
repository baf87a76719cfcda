/**
 * What a run tells people besides the StateBox, end to end through run(): Slack (the real
 * notifier against a local Slack Web API), the Google Sheets test report (the real mirror
 * against a local Sheets API) and one status comment per release on the status issue. All of
 * them are mirrors: a failure is a warning, never a failed run; a dry run sends nothing.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../src/action/main';
import { SUMMARY, closeWorlds, env, replies, world, writes, type World } from './helpers/action-env';
import { makeBox, permanent } from './helpers/fake-world';
import { startSheetsServer, type SheetsServer } from './helpers/sheets-server';
import { startSlackServer, type SlackServer } from './helpers/slack-server';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

const REPORT = '1ReportSpreadsheetId';

async function mirrors(): Promise<{ w: World; slack: SlackServer; sheets: SheetsServer; inputs: Record<string, string>; vars: Record<string, string> }> {
  const w = await world([makeBox({ tasks: {} })]);
  const slack = await startSlackServer();
  const sheets = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
  // The local Slack and Sheets servers, named in the run's environment as they would be for any API root.
  const vars = { SLACK_API_URL: slack.apiUrl, KRD_SHEETS_API_URL: sheets.url };
  const inputs = {
    'slack-channel': slack.channel,
    'slack-token': slack.token,
    'sheet-id': REPORT,
    'google-credentials': sheets.token,
    'status-issue': '7',
  };
  return { w, slack, sheets, inputs, vars };
}

describe('mirrors after a run', () => {
  it('posts to Slack, fills the test report and keeps one status comment per release up to date', async () => {
    const { w, slack, sheets, inputs, vars } = await mirrors();
    // create-test-report fails for good: the release turns Red and the owner is told.
    w.executor.behaviour['create-test-report'] = { errors: [permanent('Jira rejected the token (401)')] };
    {
      await using e = env(w, 'schedule', {}, inputs, { vars });
      await run(w.factories);
      expect(e.errors()).toEqual([expect.stringContaining('create-test-report')]);
      expect(e.warnings()).toEqual([]);
    }
    expect(slack.messages.length).toBeGreaterThan(0);
    expect(slack.messages.map((m) => m.text).join('\n')).toContain('4.20.1');
    expect(sheets.requests.filter((r) => r.path.endsWith('values:batchUpdate'))).toHaveLength(1);
    expect([...(sheets.spreadsheets.get(REPORT)?.get('4.20.1')?.values() ?? [])]).toContain('Red');
    const status = replies(w).filter((c) => c.issue_number === 7);
    expect(status).toHaveLength(1);
    expect(status[0]?.body).toMatch(/^<!-- krd/);
    expect(status[0]?.body).toContain('4.20.1');

    // The next run updates the same comment instead of adding one.
    w.clock.advance(15 * 60_000);
    await using _again = env(w, 'schedule', {}, inputs, { runNumber: 2, vars });
    await run(w.factories);
    expect(replies(w).filter((c) => c.issue_number === 7)).toHaveLength(1);
  });

  it('a Sheets or comment failure is a warning; the run and the StateBox are not affected', async () => {
    const { w, sheets, inputs, vars } = await mirrors();
    sheets.inject({ status: 403, times: 5 });
    w.gh.inject({ status: 403, times: 5, match: { path: /\/issues\/7\/comments/ } });
    await using e = env(w, 'schedule', {}, inputs, { vars });
    await run(w.factories);
    expect(e.errors()).toEqual([]);
    expect(e.exitCode()).toBeUndefined();
    // The claim on create-test-report, the step, the notifications recorded as sent.
    expect(w.gh.commits.map((c) => c.message.replace(/^\S+ /, ''))).toEqual([
      'claim create-test-report before starting it (krd drive)',
      expect.stringContaining('create-test-report new →'),
      expect.stringMatching(/^notifications: \d+ sent/),
    ]);
    const warnings = e.warnings().join('\n');
    expect(warnings).toMatch(/Sheets|test report/);
    expect(warnings).toContain('pull-requests: write');
  });

  it('a dry run sends nothing anywhere', async () => {
    const { w, slack, sheets, inputs, vars } = await mirrors();
    w.executor.behaviour['create-test-report'] = { errors: [permanent('Jira rejected the token (401)')] };
    await using _e = env(w, 'schedule', {}, { ...inputs, 'dry-run': 'true' }, { vars });
    await run(w.factories);
    expect(writes(w)).toEqual([]);
    expect(slack.messages).toEqual([]);
    expect(sheets.requests).toEqual([]);
  });
});
