import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeStateBox } from '../src/statebox/yaml';
import { ALL_BEFORE_ADVISORY, CHAIN_PASS, makeBox, tempDir, writeBox, writeRepoFile, writeTracking } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';
import { krdRun } from './helpers/krd-run';
import { startSheetsServer } from './helpers/sheets-server';

const execFileP = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const NOW = '2025-11-01T06:00:00Z';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

let dir: string;
beforeEach(async () => {
  dir = await tempDir('krd-status-');
  await writeTracking(dir, '4.20', ['4.20.0', '4.20.1']);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const running = () =>
  makeBox({
    tasks: {
      ...CHAIN_PASS,
      'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T05:40:00Z', job: { id: '7', url: 'https://jenkins.example/job/7/' } },
      'analyze-candidate-build': 'Pass',
    },
  });

describe('krd status', () => {
  it('prints each active release: overall, status line, waits from the StateBox alone, task table', async () => {
    await writeBox(dir, running());
    const r = await krdRun(['status', '--store', dir, '--now', NOW], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(
      r.stdout.startsWith(
        "4.20.1  In Progress\n  4.20.1 is In Progress: 5 of 11 tasks done, running: push-to-cdn-staging.\n  listed: release date 2025-Nov-04: in upstream's window until 2025-11-06T00:00Z\n",
      ),
    ).toBe(true);
    expect(r.stdout).toMatch(/ {4}- stage-testing, image-signed-check[a-z, -]*: waits for push-to-cdn-staging to pass\n {4}- push-to-cdn-staging running for 20m \(job https:\/\/jenkins\.example\/job\/7\/\)\n/);
    // Promotion is not probed: the waits say which check a drive run makes.
    expect(r.stdout).toContain(
      '    - image-consistency-check, analyze-promoted-build: wait on the build promotion on the Release Controller (checked by each drive run, not by krd status)',
    );
    expect(r.stdout).toMatch(/ {2}push-to-cdn-staging +In Progress +2025-11-01 05:40Z +running for 20m +https:\/\/jenkins\.example\/job\/7\//);
    expect(r.stderr).toBe('');
  });

  it('--json: {releases: [{release, overall, tasks, waits, blockers}]}', async () => {
    await writeBox(dir, makeBox({ tasks: { 'take-ownership': 'Pass', 'check-cve-tracker-bug': { status: 'Fail', started_at: '2025-11-01T01:00:00Z', completed_at: '2025-11-01T01:05:00Z' } }, issues: [{ issue: 'CVE tracker missing', blocker: true }] }));
    const r = await krdRun(['status', '--store', dir, '--now', NOW, '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      releases: [
        {
          release: '4.20.1',
          overall: 'Red',
          source: 'statebox',
          listed: { reason: 'in-window', why: "release date 2025-Nov-04: in upstream's window until 2025-11-06T00:00Z" },
          tasks: {
            'take-ownership': { status: 'Pass', started_at: '2025-11-01T00:00:00Z', completed_at: '2025-11-01T00:00:00Z' },
            'check-cve-tracker-bug': { status: 'Fail', started_at: '2025-11-01T01:00:00Z', completed_at: '2025-11-01T01:05:00Z' },
          },
          waits: ['stopped (Red): check-cve-tracker-bug failed; blocker issue #1 unresolved: CVE tracker missing; a human accept, retry or resolve clears it'],
          blockers: [{ index: 1, issue: 'CVE tracker missing', reported_at: '2025-11-01T00:00:00Z', related_tasks: [] }],
          notes: [
            'create-test-report not recorded; counted as done because take-ownership has started',
            ],
        },
      ],
    });
  });

  it('exit 0 for Green and In Progress, 1 as soon as one release is Red', async () => {
    await writeTracking(dir, '4.19', ['4.19.9']);
    await writeBox(dir, running());
    await writeBox(dir, makeBox({ release: '4.19.9', tasks: { 'take-ownership': 'Fail' } }));
    const both = await krdRun(['status', '--store', dir, '--now', NOW], { cwd: dir });
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('4.19.9  Red');
    expect(both.stdout).toContain('\n\n4.20.1  In Progress');
    const one = await krdRun(['status', '--store', dir, '--now', NOW, '--release', '4.20.1'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout).not.toContain('4.19.9');
  });

  it('a shipped release is no longer active but shows when named', async () => {
    await writeBox(dir, makeBox({ tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } }));
    const active = await krdRun(['status', '--store', dir, '--now', NOW], { cwd: dir });
    expect(active.code).toBe(0);
    expect(active.stdout).toMatch(/^No active release in dir /);
    const named = await krdRun(['status', '--store', dir, '--now', NOW, '--release', '4.20.1'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('  listed: named explicitly; not active (shipped): shipped: change-advisory-status passed\n');
    expect(named.stdout).toContain('4.20.1  Green\n  4.20.1 is Green: the release has shipped (11 of 11 tasks done).');
    expect(named.stdout).toContain('    - shipped: change-advisory-status passed, nothing more to do');
  });

  it('shows a Red release past its window for 7 days (exit 1), saying why it is listed; then no active release (exit 0)', async () => {
    // change-advisory-status timed out at 2025-11-06T00:15Z, just after the window (until 2025-11-06T00:00Z).
    const cas = { status: 'Fail' as const, started_at: '2025-11-03T00:00:00Z', completed_at: '2025-11-06T00:15:00Z', deadline: '2025-11-05T00:00:00Z' };
    await writeBox(dir, makeBox({ tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': cas } }));
    const red = await krdRun(['status', '--store', dir, '--now', '2025-11-12T00:00:00Z'], { cwd: dir });
    expect(red.code).toBe(1);
    expect(red.stdout.split('\n').slice(0, 3)).toEqual([
      '4.20.1  Red',
      expect.stringContaining('4.20.1 is Red'),
      '  listed: Red since 2025-11-06T00:15Z, shown until a person acts or 2025-11-13T00:15Z',
    ]);
    const json = await krdRun(['status', '--store', dir, '--now', '2025-11-12T00:00:00Z', '--json'], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ releases: [{ release: '4.20.1', overall: 'Red', listed: { reason: 'red-visible' } }] });
    const week = await krdRun(['status', '--store', dir, '--now', '2025-11-13T00:15:00Z'], { cwd: dir });
    expect(week.code).toBe(0);
    expect(week.stdout).toMatch(/^No active release in dir \S+ \(a release listed in _releases\/\{y\}\/\{y\}\.z\.yaml is active when/);
    // Named, it still shows, and says why it is no longer listed.
    const named = await krdRun(['status', '--store', dir, '--now', '2025-11-13T00:15:00Z', '--release', '4.20.1'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('  listed: named explicitly; not active (red-expired): Red since 2025-11-06T00:15Z');
  });

  it('an older release of the same y-stream with work of this driver in progress is shown beside the newer one', async () => {
    const cas = { status: 'In Progress' as const, started_at: '2025-11-03T00:00:00Z', deadline: '2025-11-05T00:00:00Z' };
    await writeBox(dir, makeBox({ release: '4.20.0', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': cas } }));
    await writeBox(dir, makeBox({ tasks: {}, metadata: { release_date: '2025-Nov-11' } }));
    const r = await krdRun(['status', '--store', dir, '--now', '2025-11-06T06:00:00Z', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { releases: { release: string; listed: { reason: string; why: string } }[] };
    expect(out.releases.map((x) => [x.release, x.listed.reason])).toEqual([
      ['4.20.0', 'driver-work'],
      ['4.20.1', 'in-window'],
    ]);
    expect(out.releases[0]?.listed.why).toBe(
      'past its window (release date 2025-Nov-04), work of this driver not finished: change-advisory-status waits for the prod advisory metadata until 2025-11-05T00:00Z',
    );
  });

  it('colours a terminal, not when NO_COLOR is set', async () => {
    await writeBox(dir, running());
    const tty = await krdRun(['status', '--store', dir, '--now', NOW], { cwd: dir, isTTY: true });
    expect(tty.stdout).toContain('\u001b[1;33mIn Progress\u001b[0m');
    const noColor = await krdRun(['status', '--store', dir, '--now', NOW], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ANSI);
  });

  it('a named release without a StateBox: said plainly, exit 1', async () => {
    const r = await krdRun(['status', '--store', dir, '--now', NOW, '--release', '4.20.2', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { releases: { release: string; error: string; source: string }[] };
    expect(out.releases[0]).toMatchObject({ release: '4.20.2', source: 'none', error: `4.20.2 has no StateBox (_releases/4.20/statebox/4.20.2.yaml) in dir ${dir}.` });
  });

  it('a release without a StateBox is read from the Google Sheets test report when one is configured', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { REPORT: { '4.20.2': { B1: 'Red', B8: 'Pass', B13: 'Pass', B14: 'Fail' } } } });
    const env = { KRD_SHEETS_SPREADSHEET_ID: 'REPORT', KRD_SHEETS_TOKEN: gs.token, KRD_SHEETS_API_URL: gs.url };
    const r = await krdRun(['status', '--store', dir, '--now', NOW, '--release', '4.20.2', '--json'], { cwd: dir, env });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { releases: Record<string, unknown>[] };
    expect(out.releases[0]).toMatchObject({
      release: '4.20.2',
      overall: 'Red',
      source: 'sheets',
      tasks: {
        'take-ownership': { status: 'Pass', started_at: null, completed_at: null },
        'check-cve-tracker-bug': { status: 'Pass', started_at: null, completed_at: null },
        'push-to-cdn-staging': { status: 'Fail', started_at: null, completed_at: null },
      },
    });
    expect((out.releases[0]?.['notes'] as string[])[0]).toContain('statuses read from the Google Sheets test report (worksheet "4.20.2", overall Red)');
    expect(gs.requests).toHaveLength(1);
  });

  it('the Sheets fallback failing is a warning on stderr; the release still shows its error', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { REPORT: {} } });
    const env = { KRD_SHEETS_SPREADSHEET_ID: 'REPORT', KRD_SHEETS_TOKEN: gs.token, KRD_SHEETS_API_URL: gs.url };
    const r = await krdRun(['status', '--store', dir, '--now', NOW, '--release', '4.20.2'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('warning: The test report REPORT has no worksheet "4.20.2": no statuses of 4.20.2 in Google Sheets either.\n');
    expect(r.stdout).toContain('problem: 4.20.2 has no StateBox');
  });

  it('a StateBox that does not parse: its path and line, exit 1; the other releases still show', async () => {
    await writeTracking(dir, '4.19', ['4.19.9']);
    await writeBox(dir, running());
    await writeRepoFile(dir, '_releases/4.19/statebox/4.19.9.yaml', 'release: 4.19.9\ntasks: [\n');
    const r = await krdRun(['status', '--store', dir, '--now', NOW], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/4\.19\.9 {2}In Progress\n[\s\S]*problem: _releases\/4\.19\/statebox\/4\.19\.9\.yaml:\d+:\d+: /);
    expect(r.stdout).toContain('4.20.1  In Progress');
  });

  it('usage errors exit 2, bad values exit 1', async () => {
    expect((await krdRun(['status', '--bogus'], { cwd: dir })).code).toBe(2);
    expect((await krdRun(['status', '--store', dir, '--now', 'yesterday'], { cwd: dir })).stderr).toContain('--now "yesterday" is not a time');
    const bad = await krdRun(['status', '--store', dir, '--release', '4.20'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect((await krdRun(['status', '--store', `${dir}/nope`], { cwd: dir })).code).toBe(1);
  });

  it('without --store it reads the current directory', async () => {
    await writeBox(dir, running());
    const r = await krdRun(['status', '--now', NOW], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4.20.1  In Progress');
  });

  it('--store github reads the StateBoxes through the Contents API', async () => {
    await using gh = await startGitHubServer({
      token: 't0k',
      files: {
        '_releases/4.20/4.20.z.yaml': 'releases:\n  4.20.1:\n    advisories:\n      rpm: 1\n',
        '_releases/4.20/statebox/4.20.1.yaml': serializeStateBox(running()),
      },
    });
    const env = { GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, GITHUB_TOKEN: 't0k', GITHUB_API_URL: gh.url };
    const r = await krdRun(['status', '--store', 'github', '--now', NOW, '--json'], { cwd: dir, env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { releases: { release: string; overall: string }[] };
    expect(out.releases.map((x) => `${x.release} ${x.overall}`)).toEqual(['4.20.1 In Progress']);
    expect(gh.requests.every((q) => q.method === 'GET')).toBe(true);
  });

  it('as a real process: piped output is plain, exit code 1 for Red', async () => {
    await writeBox(dir, makeBox({ tasks: { 'take-ownership': 'Fail' } }));
    const err = await execFileP(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli.ts'), 'status', '--store', dir, '--now', NOW], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
    }).catch((e: unknown) => e as { code: number; stdout: string; stderr: string });
    expect((err as { code: number }).code).toBe(1);
    const stdout = (err as { stdout: string }).stdout;
    expect(stdout).not.toMatch(ANSI);
    expect(stdout.startsWith('4.20.1  Red\n  4.20.1 is Red: take-ownership failed')).toBe(true);
  });
});
