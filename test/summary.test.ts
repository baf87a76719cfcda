import { FLOW_TASKS, TASK_INFO } from '../src/core/tasks';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SUMMARY_LIMIT_BYTES, renderShortSummary, renderSummary, writeJobSummary } from '../src/adapters/notify/summary';
import { mermaidGraph } from '../src/adapters/notify/mermaid';
import { releaseView } from '../src/adapters/notify/release-view';
import type { Logger, ReleaseRunResult } from '../src/driver/types';
import type { StateBox, StateBoxIssue } from '../src/core/model';
import { overallStatus } from '../src/core/overall';
import { ALL_BEFORE_ADVISORY, CHAIN_PASS, T0, makeBox, tempDir } from './helpers/fake-world';

const NOW = new Date('2025-11-01T06:00:00Z');
let dir: string;
let file: string;
const saved = process.env['GITHUB_STEP_SUMMARY'];

beforeAll(async () => {
  dir = await tempDir('krd-summary-');
  file = join(dir, 'step-summary.md');
  await writeFile(file, '');
  // core.summary keeps the path of the first write: one file for this whole test file.
  process.env['GITHUB_STEP_SUMMARY'] = file;
});
afterAll(async () => {
  if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
  else process.env['GITHUB_STEP_SUMMARY'] = saved;
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  core.summary.emptyBuffer();
  await rm(file, { recursive: true, force: true });
  await writeFile(file, '');
});

function result(box: StateBox, over: Partial<ReleaseRunResult> = {}): ReleaseRunResult {
  return { release: box.release, overall: overallStatus(box), statebox: box, waits: [], wrote: true, ...over };
}

function warnings(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: () => undefined, debug: () => undefined, error: () => undefined, warning: (m) => lines.push(m) };
}

const waiting = (): ReleaseRunResult =>
  result(
    makeBox({
      tasks: {
        ...CHAIN_PASS,
        'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T05:40:00Z', job: { id: '7', url: 'https://jenkins.example/job/7/' } },
        'analyze-candidate-build': 'Pass',
      },
    }),
    {
      waits: ['image-consistency-check, stage-testing, analyze-promoted-build: build not promoted yet (phase Ready)'],
      waitsOn: [{ tasks: ['image-consistency-check', 'stage-testing', 'analyze-promoted-build'], on: 'promotion', detail: 'build not promoted yet (phase Ready)' }],
    },
  );

const manyResolvedIssues = (count: number): StateBoxIssue[] =>
  Array.from({ length: count }, (_, i) => ({
    issue: `resolved issue ${i} ${'z'.repeat(300)}`,
    reported_at: '2025-10-30T00:00:00Z',
    resolved: true,
    resolution: 'done',
    resolved_at: '2025-10-31T00:00:00Z',
    blocker: false,
    related_tasks: [],
  }));

describe('writeJobSummary (core.summary into $GITHUB_STEP_SUMMARY)', () => {
  it('writes the full summary: heading, per release status, waits, table with job links, Mermaid graph', async () => {
    const res = await writeJobSummary([waiting()], { now: NOW, runUrl: 'https://github.com/o/r/actions/runs/1' });
    const text = await readFile(file, 'utf8');
    expect(res).toEqual({ written: 'full', bytes: Buffer.byteLength(text) });
    expect(text.startsWith('<h2>Konflux release driver</h2>\n\n## 🟡 4.20.1: In Progress\n\n**4.20.1 is In Progress: 5 of 11 tasks done, running: push-to-cdn-staging.**\n')).toBe(true);
    expect(text).toContain('**Waits on:**\n- image-consistency-check, stage-testing, analyze-promoted-build: build not promoted yet (phase Ready)\n');
    expect(text).toContain('| Push to CDN Staging | 🔄 In Progress | 2025-11-01 05:40Z |  | running for 20m | [7](https://jenkins.example/job/7/) |');
    expect(text).toContain('```mermaid\nflowchart TD\n');
    // The promotion checkpoint waits (the run's data says so); push-to-cdn-staging runs.
    expect(text).toMatch(/class [^\n]*\bpromoted\b[^\n]* waiting\n/);
    expect(text).toContain('  class push_to_cdn_staging running\n');
    expect(text).toContain('<sub>krd at 2025-11-01T06:00Z · [workflow run](https://github.com/o/r/actions/runs/1)</sub>');
    // Written and flushed.
    expect(core.summary.stringify()).toBe('');
  });

  it('appends to what earlier steps wrote', async () => {
    await writeFile(file, 'earlier step\n');
    await writeJobSummary([waiting()], { now: NOW });
    expect((await readFile(file, 'utf8')).startsWith('earlier step\n<h2>Konflux release driver</h2>')).toBe(true);
  });

  it('over 1 MiB: the short version instead, saying why', async () => {
    const big = result({ ...makeBox({ tasks: CHAIN_PASS }), issues: manyResolvedIssues(4000) });
    expect(Buffer.byteLength(renderSummary([big], { now: NOW }))).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    const res = await writeJobSummary([big, waiting()], { now: NOW });
    const text = await readFile(file, 'utf8');
    expect(res.written).toBe('short');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text).toMatch(/_The full summary \(\d+ KiB\) is over GitHub's 1024 KiB limit: short version below._/);
    expect(text).toContain('**4.20.1 is In Progress: 4 of 11 tasks done.**');
    expect(text).toContain('**Waits on:**\n- image-consistency-check, stage-testing, analyze-promoted-build: build not promoted yet (phase Ready)');
    expect(text).not.toContain('```mermaid');
    expect(text).not.toContain('resolved issue 0');
  });

  it('a short version still too big is cut to the limit', async () => {
    const blockers: StateBoxIssue[] = Array.from({ length: 50 }, (_, i) => ({ issue: `blocker ${i} ${'b'.repeat(200)}`, reported_at: '2025-10-30T00:00:00Z', resolved: false, resolution: null, blocker: true, related_tasks: [] }));
    const res = await writeJobSummary([result({ ...makeBox({ tasks: CHAIN_PASS }), issues: blockers })], { now: NOW, limitBytes: 4096 });
    const text = await readFile(file, 'utf8');
    expect(res.written).toBe('short');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
    expect(text).toContain('**4.20.1 is Red: blocker issue #1 unresolved');
    expect(text).toContain('_…trimmed._');
  });

  it('outside GitHub Actions (no GITHUB_STEP_SUMMARY): nothing written, nothing thrown', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    try {
      expect(await writeJobSummary([waiting()], { now: NOW })).toEqual({ written: 'none', bytes: 0 });
    } finally {
      process.env['GITHUB_STEP_SUMMARY'] = file;
    }
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('a summary file that cannot be written is a warning, never a failed run', async () => {
    await rm(file, { force: true });
    await mkdir(file); // a directory where the file should be
    const log = warnings();
    const res = await writeJobSummary([waiting()], { now: NOW, log });
    expect(res.written).toBe('none');
    expect(res.warning).toMatch(/^Could not write the job summary to GITHUB_STEP_SUMMARY \(.*step-summary\.md\): /);
    expect(log.lines).toEqual([res.warning]);
    expect(core.summary.stringify()).toBe('');
  });
});

describe('renderSummary and renderShortSummary', () => {
  it('no release: says so', () => {
    expect(renderSummary([], { now: NOW })).toBe('No active release this run.\n\n<sub>krd at 2025-11-01T06:00Z</sub>\n');
  });

  it('several releases, an error, skipped releases', () => {
    const text = renderSummary(
      [waiting(), result(makeBox({ release: '4.19.9', tasks: {} }), { error: 'The StateBox of 4.19.9 cannot be used, left untouched: bad YAML', wrote: false })],
      { now: NOW, skipped: ['4.18.3'] },
    );
    expect(text).toContain('\n\n---\n\n## 🟡 4.19.9: In Progress');
    expect(text).toContain('> ⚠️ The StateBox of 4.19.9 cannot be used, left untouched: bad YAML');
    expect(text).toContain('Left for the next run (operations budget spent): 4.18.3.');
    // One footer for the whole run.
    expect(text.match(/<sub>krd at/g)).toHaveLength(1);
  });

  it('open blockers with the command that resolves them; other open issues; unrecorded tasks as notes', () => {
    const box = makeBox({
      tasks: { 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass' },
      issues: [
        { issue: 'stage pipeline | broken', blocker: true, related_tasks: ['stage-testing'] },
        { issue: 'RHCOS alert', blocker: false },
      ],
    });
    const text = renderSummary([result(box)], { now: NOW });
    // Issue texts are quoted from outside: inline code, nothing in them rendered (markup.ts).
    expect(text).toContain('**Open blocker issues:**\n- #1 `stage pipeline | broken` (reported 2025-11-01 00:00Z; tasks: stage-testing): `/release:resolve 4.20.1 1 <text>`');
    expect(text).toContain('**Other open issues:**\n- #2 `RHCOS alert` (reported 2025-11-01 00:00Z): `/release:resolve 4.20.1 2 <text>`');
    expect(text).toContain('| Create Test Report | ☑️ Done (unrecorded) |');
    expect(text).toContain('**Notes:**\n- create-test-report not recorded; counted as done because take-ownership has started');
  });

  it('results are fenced safely and long ones show their end', () => {
    const box = makeBox({ tasks: { 'take-ownership': { status: 'Fail', result: `start\n${'x'.repeat(5000)}\nrun \`\`\`oar\`\`\` by hand | then retry` } } });
    const text = renderSummary([result(box)], { now: NOW });
    expect(text).toContain('````text\n…');
    expect(text).toContain('run ```oar``` by hand | then retry\n````');
    expect(text).not.toContain('start\n');
  });

  it('the short version: status line, waits, blockers; no table, graph or results', () => {
    const text = renderShortSummary([waiting()], { now: NOW });
    expect(text).toBe(
      [
        '## 🟡 4.20.1: In Progress',
        '',
        '**4.20.1 is In Progress: 5 of 11 tasks done, running: push-to-cdn-staging.**',
        '',
        'Jira [ART-14188](https://issues.redhat.com/browse/ART-14188) · [shipment MR](https://gitlab.example/ocp-shipment-data/-/merge_requests/297) · release date 2025-Nov-04 · StateBox updated 2025-11-01 00:00Z',
        '',
        '**Waits on:**',
        '- image-consistency-check, stage-testing, analyze-promoted-build: build not promoted yet (phase Ready)',
        '',
        '<sub>krd at 2025-11-01T06:00Z</sub>',
        '',
      ].join('\n'),
    );
  });
});

describe('release view', () => {
  it('rows: durations, job links from fields or from upstream log text, tasks outside the flow last', () => {
    const box = makeBox({
      tasks: {
        ...CHAIN_PASS,
        'stage-testing': { status: 'Pass', started_at: '2025-11-01T01:00:00Z', completed_at: '2025-11-01T05:07:00Z', result: 'build status of https://jenkins.example/job/zstreams/job/Stage-Pipeline/1663/ is SUCCESS' },
        'check-greenwave-cvp-tests': 'Pass',
      },
    });
    const view = releaseView(box, { now: NOW });
    const row = view.rows.find((r) => r.task === 'stage-testing');
    expect(row).toMatchObject({ status: 'Pass', tone: 'pass', duration: '4h 7m', job: { id: '1663', url: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1663/' }, recorded: true });
    expect(view.rows.at(-1)).toMatchObject({ task: 'check-greenwave-cvp-tests', inFlow: false });
    expect(view.rows.filter((r) => r.inFlow)).toHaveLength(11);
  });

  it('a release that is not Konflux: the RHCOS check is skipped and the graph has no stage-release checkpoint', () => {
    const view = releaseView(makeBox({ konflux: false, tasks: { 'take-ownership': 'Pass' } }), { now: NOW });
    expect(view.rows.find((r) => r.task === 'check-rhcos-security-alerts')).toMatchObject({ status: 'Skipped', tone: 'skipped' });
    const graph = mermaidGraph(view);
    expect(graph).not.toContain('stage_release');
    expect(graph).not.toContain('check_rhcos_security_alerts');
    expect(graph).toContain('  check_cve_tracker_bug --> push_to_cdn_staging\n');
  });

  it("the graph's edges are the FLOW table's: each task's `after` and the checkpoints of its `waitsOn`, nothing else between tasks", () => {
    const graph = mermaidGraph(releaseView(makeBox({ tasks: CHAIN_PASS }), { now: NOW }));
    const id = (t: string) => t.replace(/-/g, '_');
    const edges = graph.split('\n').filter((l) => l.includes(' --> ')).map((l) => l.trim());
    const expected = FLOW_TASKS.flatMap((t) => TASK_INFO[t].after.map((p) => `${id(p)} --> ${id(t)}`));
    expect(edges.filter((e) => FLOW_TASKS.some((t) => e.startsWith(`${id(t)} `)))).toEqual(expect.arrayContaining(expected));
    expect(edges.filter((e) => FLOW_TASKS.some((t) => e.startsWith(`${id(t)} `)))).toHaveLength(expected.length);
    const checkpoint = { promotion: 'promoted', 'stage-release': 'stage_release', 'test-results': 'test_results', 'release-date': 'release_date' } as const;
    for (const t of FLOW_TASKS.filter((x) => TASK_INFO[x].kind !== 'parallel')) {
      for (const c of TASK_INFO[t].waitsOn) expect(edges).toContain(`${checkpoint[c]} --> ${id(t)}`);
    }
  });

  it('the graph: one classDef per status and every node in one class', () => {
    const box = makeBox({
      tasks: {
        ...ALL_BEFORE_ADVISORY,
        'stage-testing': 'Fail',
        'image-signed-check': 'Not Started',
      },
    });
    const graph = mermaidGraph(releaseView(box, { now: T0 }));
    for (const tone of ['pass', 'fail', 'running', 'waiting', 'notstarted', 'assumed', 'skipped']) expect(graph).toContain(`  classDef ${tone} `);
    expect(graph).toContain('  stage_testing["Stage Testing<br/>Fail"]');
    expect(graph).toMatch(/\n {2}class [^\n]*\bstage_testing\b[^\n]* fail\n/);
    // Promotion and stage-release passed (tasks after them started); the release date not reached yet.
    expect(graph).toMatch(/\n {2}class [^\n]*\bpromoted\b,[^\n]*\bstage_release\b[^\n]* pass\n/);
    expect(graph).toMatch(/\n {2}class [^\n]*\brelease_date\b[^\n]* notstarted$/);
    const classed = [...graph.matchAll(/^ {2}class (\S+) \w+$/gm)].flatMap((m) => (m[1] as string).split(','));
    expect(new Set(classed).size).toBe(classed.length);
    expect(classed).toHaveLength(11 + 4);
  });
});
