/**
 * Waits are data (issue 15): decide() says what each wait is on (Decision.waitsOn) and renders
 * its words from that (Decision.waits); the Mermaid graph and the release view read the data,
 * never the words.
 */
import { describe, expect, it } from 'vitest';
import { decide, type Decision, type Observations } from '../src/core/decide';
import { waitLine, type Wait, type WaitOn } from '../src/core/waits';
import { withUnrecordedStart } from '../src/core/unrecorded';
import { CREATED_BY_DRIVER } from '../src/core/build-data';
import { mermaidGraph } from '../src/adapters/notify/mermaid';
import { releaseView, stateBoxWaits, viewOfResult } from '../src/adapters/notify/release-view';
import { overallStatus } from '../src/core/overall';
import type { StateBox } from '../src/core/model';
import type { FlowTask } from '../src/core/tasks';
import { ALL_BEFORE_ADVISORY, CHAIN_PASS, HOUR, T0, config, makeBox, type BoxSpec } from './helpers/fake-world';

const ok = <T>(value: T) => ({ ok: true as const, value });
const failed = { ok: false as const, message: 'HTTP 503' };
const accepted: Observations = { promotion: ok({ phase: 'Accepted' }) };

interface Case {
  readonly spec: BoxSpec | ((box: StateBox) => StateBox);
  readonly obs?: Observations;
  readonly now?: Date;
  readonly options?: { analyzer?: boolean };
  readonly over?: Parameters<typeof config>[0];
  /** The wait expected among Decision.waitsOn: what it is on and one task it names (none: the release as a whole). */
  readonly on: WaitOn;
  readonly task?: FlowTask;
  readonly checks?: readonly string[];
}

function decideCase(c: Case): Decision {
  const box = typeof c.spec === 'function' ? c.spec(makeBox({ tasks: CHAIN_PASS })) : makeBox(c.spec);
  return decide(box, c.obs ?? {}, c.now ?? T0, config(c.over), c.options ?? { analyzer: true });
}

const CASES: Readonly<Record<string, Case>> = {
  'build not promoted yet': { spec: { tasks: CHAIN_PASS }, obs: { promotion: ok({ phase: 'Ready' }) }, on: 'promotion', task: 'image-consistency-check' },
  'build not on the Release Controller': { spec: { tasks: CHAIN_PASS }, obs: { promotion: ok(undefined) }, on: 'promotion', task: 'analyze-promoted-build' },
  'stage-release pipeline not succeeded': { spec: { tasks: CHAIN_PASS }, obs: { ...accepted, stageRelease: ok(false) }, on: 'stage-release', task: 'image-consistency-check' },
  'test result file missing': { spec: { tasks: CHAIN_PASS }, obs: { candidateTestResult: ok({ state: 'missing' }) }, on: 'test-results', task: 'analyze-candidate-build' },
  'tests still aggregating': {
    spec: { tasks: CHAIN_PASS },
    obs: { ...accepted, promotedTestResult: ok({ state: 'not-aggregated' }) },
    on: 'test-results',
    task: 'analyze-promoted-build',
  },
  'before the release date − 1 day': { spec: { tasks: ALL_BEFORE_ADVISORY }, on: 'release-date', task: 'change-advisory-status' },
  'prod advisory metadata not accessible': {
    spec: { tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'In Progress' } },
    obs: { prodMetadata: ok(false) },
    on: 'prod-metadata',
    task: 'change-advisory-status',
  },
  'prod advisory metadata accessible: runs again': {
    spec: { tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'In Progress' } },
    obs: { prodMetadata: ok(true) },
    on: 'prod-metadata',
    task: 'change-advisory-status',
  },
  'a prerequisite task runs': { spec: { tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'In Progress' } }, on: 'tasks', task: 'stage-testing' },
  'a sync task waits for the one before it': { spec: { tasks: { 'create-test-report': 'In Progress' } }, on: 'tasks', task: 'take-ownership' },
  'no owner': { spec: { tasks: { 'create-test-report': 'Pass' } }, over: { owner: undefined }, on: 'person', task: 'take-ownership' },
  'tests not accepted: a person decides': {
    spec: { tasks: CHAIN_PASS },
    obs: { candidateTestResult: ok({ state: 'aggregated', accepted: false }) },
    options: { analyzer: false },
    on: 'person',
    task: 'analyze-candidate-build',
  },
  'a dead run may have started the job': {
    spec: (box) => withUnrecordedStart(box, 'push-to-cdn-staging', { run: 'run-1', at: '2025-10-31T23:00:00Z' }),
    on: 'person',
    task: 'push-to-cdn-staging',
  },
  'held by a blocker issue': {
    spec: { tasks: CHAIN_PASS, issues: [{ issue: 'advisories still in NEW_FILES', blocker: true, resolved: false, related_tasks: ['push-to-cdn-staging'] }] },
    on: 'blocker',
    task: 'push-to-cdn-staging',
  },
  'a job far beyond its usual time': {
    spec: { tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T00:00:00Z' } } },
    now: new Date(T0.getTime() + 4 * HOUR),
    on: 'stuck',
    task: 'push-to-cdn-staging',
  },
  'the promotion could not be checked': { spec: { tasks: CHAIN_PASS }, obs: { promotion: failed }, on: 'check-failed', task: 'image-consistency-check', checks: ['promotion'] },
  'the stage-release pipeline could not be checked': {
    spec: { tasks: CHAIN_PASS },
    obs: { ...accepted, stageRelease: failed },
    on: 'check-failed',
    task: 'image-consistency-check',
    checks: ['stageRelease'],
  },
  'the test results could not be checked': {
    spec: { tasks: CHAIN_PASS },
    obs: { candidateTestResult: failed },
    on: 'check-failed',
    task: 'analyze-candidate-build',
    checks: ['candidateTestResult'],
  },
  'the prod advisory metadata could not be checked': {
    spec: { tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'In Progress' } },
    obs: { prodMetadata: failed },
    on: 'check-failed',
    task: 'change-advisory-status',
    checks: ['prodMetadata'],
  },
  'a StateBox of the driver lacks build data': {
    spec: { konflux: false, tasks: { 'create-test-report': 'Pass', 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass' }, driver: { [CREATED_BY_DRIVER]: true } },
    on: 'build-data',
    task: 'push-to-cdn-staging',
  },
  'no candidate build in the metadata': { spec: { tasks: CHAIN_PASS, metadata: { candidate_builds: {} } }, on: 'build-data', task: 'analyze-candidate-build' },
  'no release date in the metadata': { spec: { tasks: ALL_BEFORE_ADVISORY, metadata: { release_date: undefined } }, on: 'build-data', task: 'change-advisory-status' },
  'Red: a task failed': { spec: { tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Fail' } }, on: 'stopped' },
  shipped: { spec: { tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } }, on: 'shipped' },
};

describe('decide: each wait says what it is on', () => {
  it.each(Object.entries(CASES))('%s', (_name, c) => {
    const d = decideCase(c);
    const match = d.waitsOn.find((w) => w.on === c.on && (c.task ? w.tasks.includes(c.task) : w.tasks.length === 0));
    expect(match, JSON.stringify(d.waitsOn, null, 2)).toBeDefined();
    if (c.checks) expect(match?.checks).toEqual(c.checks);
    else expect(match).not.toHaveProperty('checks');
    // The words are rendered from the data, line for line, in order.
    expect(d.waits).toEqual(d.waitsOn.map(waitLine));
  });

  it('the table covers every kind decide() produces', () => {
    const produced = new Set(Object.values(CASES).map((c) => c.on));
    const decideKinds: WaitOn[] = [
      'promotion',
      'stage-release',
      'test-results',
      'release-date',
      'prod-metadata',
      'tasks',
      'person',
      'blocker',
      'stuck',
      'check-failed',
      'build-data',
      'stopped',
      'shipped',
    ];
    expect([...produced].sort()).toEqual([...decideKinds].sort());
  });

  it('tasks sharing a reason share one wait, in the order decide met them; the release as a whole names no task', () => {
    const d = decideCase({ spec: { tasks: { ...CHAIN_PASS, 'stage-testing': 'Fail' } }, obs: { promotion: ok({ phase: 'Ready' }) }, on: 'stopped' });
    expect(d.waitsOn[0]).toMatchObject({ tasks: [], on: 'stopped' });
    const promotion = decideCase({ spec: { tasks: CHAIN_PASS }, obs: { promotion: ok({ phase: 'Ready' }) }, on: 'promotion' });
    expect(promotion.waitsOn.filter((w) => w.on === 'promotion')).toEqual([
      { tasks: ['image-consistency-check', 'analyze-promoted-build'], on: 'promotion', detail: 'build not promoted yet (phase Ready)' },
    ]);
    expect(promotion.waits).toContain('image-consistency-check, analyze-promoted-build: build not promoted yet (phase Ready)');
  });
});

describe('waitLine', () => {
  it('renders `tasks: detail`, the detail alone for the release, and a running job as a sentence about its task', () => {
    expect(waitLine({ tasks: ['stage-testing', 'image-signed-check'], on: 'tasks', detail: 'waits for push-to-cdn-staging to pass' })).toBe(
      'stage-testing, image-signed-check: waits for push-to-cdn-staging to pass',
    );
    expect(waitLine({ tasks: [], on: 'shipped', detail: 'shipped: change-advisory-status passed, nothing more to do' })).toBe(
      'shipped: change-advisory-status passed, nothing more to do',
    );
    expect(waitLine({ tasks: ['stage-testing'], on: 'running', detail: 'running for 2h (job 1674)' })).toBe('stage-testing running for 2h (job 1674)');
  });
});

/** The tone of a Mermaid node (its `class` line). */
function toneOf(graph: string, id: string): string | undefined {
  for (const [, ids, tone] of graph.matchAll(/^ {2}class (\S+) (\w+)$/gm)) if ((ids ?? '').split(',').includes(id)) return tone;
  return undefined;
}

describe('the Mermaid graph colours checkpoints from the data', () => {
  // Nothing after the chain has started: no checkpoint is passed by a started task.
  const box = makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } });
  const result = (waits: string[], waitsOn?: Wait[]) => ({ release: box.release, overall: overallStatus(box), statebox: box, waits, wrote: true, ...(waitsOn ? { waitsOn } : {}) });

  it('a wait on promotion paints the promotion checkpoint whatever its words say', () => {
    const reworded: Wait = { tasks: ['image-consistency-check'], on: 'promotion', detail: 'the payload has not gone green yet' };
    const graph = mermaidGraph(viewOfResult(result([waitLine(reworded)], [reworded]), T0));
    expect(toneOf(graph, 'promoted')).toBe('waiting');
    expect(toneOf(graph, 'stage_release')).toBe('notstarted');
    expect(toneOf(graph, 'test_results')).toBe('notstarted');
    expect(toneOf(graph, 'release_date')).toBe('notstarted');
  });

  it('words alone paint nothing, even words that name every checkpoint', () => {
    const words = ['image-consistency-check: build not promoted yet; stage-release pipeline; test results aggregating; release date'];
    const graph = mermaidGraph(viewOfResult(result(words), T0));
    for (const id of ['promoted', 'stage_release', 'test_results', 'release_date']) expect(toneOf(graph, id)).toBe('notstarted');
    // Words that are about something else do not paint a checkpoint when the data says what they are on.
    const blocker: Wait = { tasks: ['stage-testing'], on: 'blocker', detail: 'held by blocker issue #1 (stage-release pipeline broken)' };
    expect(toneOf(mermaidGraph(viewOfResult(result([waitLine(blocker)], [blocker]), T0)), 'stage_release')).toBe('notstarted');
  });

  it('a check that failed or was not made paints the checkpoint it is about', () => {
    const checks: Wait[] = [
      { tasks: ['image-consistency-check'], on: 'check-failed', detail: 'x', checks: ['stageRelease'] },
      { tasks: ['analyze-promoted-build'], on: 'unchecked', detail: 'y', checks: ['promotedTestResult'] },
    ];
    const graph = mermaidGraph(viewOfResult(result(['x', 'y'], checks), T0));
    expect(toneOf(graph, 'stage_release')).toBe('waiting');
    expect(toneOf(graph, 'test_results')).toBe('waiting');
    expect(toneOf(graph, 'promoted')).toBe('notstarted');
  });

  it('a release date wait paints the release date checkpoint; a missing release date (build data) does not', () => {
    const date: Wait = { tasks: ['change-advisory-status'], on: 'release-date', detail: 'soon' };
    const missing: Wait = { tasks: ['change-advisory-status'], on: 'build-data', detail: 'no release date known' };
    expect(toneOf(mermaidGraph(viewOfResult(result(['soon'], [date]), T0)), 'release_date')).toBe('waiting');
    expect(toneOf(mermaidGraph(viewOfResult(result(['no release date known'], [missing]), T0)), 'release_date')).toBe('notstarted');
  });

  it('the view of a StateBox alone carries its waits as data (krd status)', () => {
    const view = releaseView(box, { now: T0 });
    expect(view.waits).toEqual(view.waitsOn.map(waitLine));
    // Promotion is only checked by a drive run: the tasks that wait on it are listed as unchecked.
    expect(view.waitsOn).toContainEqual(expect.objectContaining({ on: 'unchecked', checks: expect.arrayContaining(['promotion']) }));
    expect(toneOf(mermaidGraph(view), 'promoted')).toBe('waiting');
  });
});

describe('the release view names tasks from the data', () => {
  const box = makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-10-31T22:00:00Z', job: { id: '98765' } } } });
  const base = decide(box, {}, T0, config(), { analyzer: true });

  it('a running task named by a wait in the data gets no running line, whatever the words say', () => {
    const decision: Decision = {
      ...base,
      waits: ['reworded: something else entirely'],
      waitsOn: [{ tasks: ['push-to-cdn-staging'], on: 'stuck', detail: 'reworded: something else entirely' }],
    };
    expect(stateBoxWaits(box, decision, T0).filter((w) => w.on === 'running')).toEqual([]);
  });

  it('a running task the data does not name gets its running line, even when the words start with its name', () => {
    const decision: Decision = { ...base, waits: ['push-to-cdn-staging: looks like a wait line'], waitsOn: [] };
    const waits = stateBoxWaits(box, decision, T0);
    expect(waits).toContainEqual({ tasks: ['push-to-cdn-staging'], on: 'running', detail: 'running for 2h (job 98765)' });
    expect(waits.map(waitLine)).toContain('push-to-cdn-staging running for 2h (job 98765)');
  });
});
