import { describe, expect, it } from 'vitest';
import { decide, type Action, type Decision, type Observations, type TestResultState } from '../src/core/decide';
import { overallStatus } from '../src/core/overall';
import { ALL_BEFORE_ADVISORY, CANDIDATE, CHAIN_PASS, DAY, HOUR, MR, T0, config, makeBox, type BoxSpec } from './helpers/fake-world';

const ok = <T>(value: T) => ({ ok: true as const, value });
const accepted = { promotion: ok({ phase: 'Accepted' }) };
const promotedAndStaged: Observations = { ...accepted, stageRelease: ok(true) };
const resultOk: TestResultState = { state: 'aggregated', accepted: true };
const resultBad: TestResultState = { state: 'aggregated', accepted: false };
/** Observations that satisfy every outside condition. */
const allGood: Observations = { ...promotedAndStaged, promotedTestResult: ok(resultOk), candidateTestResult: ok(resultOk), prodMetadata: ok(false) };

function run(spec: BoxSpec, obs: Observations = allGood, now: Date = T0, over = {}, options = {}): Decision {
  return decide(makeBox(spec), obs, now, config(over), options);
}
const types = (d: Decision, type: Action['type']) => d.actions.filter((a) => a.type === type).map((a) => ('task' in a ? a.task : a.type));
const runs = (d: Decision) => types(d, 'run');
const triggers = (d: Decision) => types(d, 'trigger');
const polls = (d: Decision) => types(d, 'poll');
const updates = (d: Decision) => d.actions.flatMap((a) => (a.type === 'update' ? [{ task: a.task, ...a.patch }] : []));
const stateOf = (d: Decision, task: string) => d.tasks.find((t) => t.task === task);

describe('decide: the table of release-flow.md, one row at a time', () => {
  it.each<[string, Record<string, 'Pass'>, string]>([
    ['create-test-report', {}, 'runs first, when the release is active'],
    ['take-ownership', { 'create-test-report': 'Pass' }, 'runs after create-test-report Pass'],
    ['check-cve-tracker-bug', { 'create-test-report': 'Pass', 'take-ownership': 'Pass' }, 'runs after take-ownership Pass'],
    ['check-rhcos-security-alerts', { 'create-test-report': 'Pass', 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass' }, 'Konflux: after check-cve'],
  ])('%s %s', (task, tasks) => {
    const d = run({ tasks });
    expect(runs(d)).toEqual([task]);
  });

  it('runs at most one synchronous task per run: a retried chain task goes first, nothing after it starts meanwhile', () => {
    // take-ownership retried while everything after it passed: image-signed-check waits for the chain again.
    const d = run({ tasks: { ...ALL_BEFORE_ADVISORY, 'take-ownership': 'Not Started', 'image-signed-check': 'Not Started' } });
    expect(runs(d)).toEqual(['take-ownership']);
    expect(stateOf(d, 'image-signed-check')).toEqual({ task: 'image-signed-check', state: 'pending' });
  });

  it.each([
    ['take-ownership', { 'create-test-report': 'In Progress' }],
    ['check-cve-tracker-bug', { 'create-test-report': 'Pass', 'take-ownership': 'Not Started' }],
  ] as const)('%s does not run before its prerequisite passes', (task, tasks) => {
    expect(runs(run({ tasks }))).not.toContain(task);
  });

  describe('take-ownership owner', () => {
    const tasks = { 'create-test-report': 'Pass' } as const;
    it('uses the drive command owner first', () => {
      const d = run({ tasks, driver: { owner: 'cmd@example.com' }, metadata: { qe_owner: 'meta@example.com' } });
      expect(d.actions).toContainEqual({ type: 'run', task: 'take-ownership', owner: 'cmd@example.com' });
    });
    it('then the metadata qe_owner', () => {
      const d = run({ tasks, metadata: { qe_owner: 'meta@example.com' } });
      expect(d.actions).toContainEqual({ type: 'run', task: 'take-ownership', owner: 'meta@example.com' });
    });
    it('then the configured owner', () => {
      expect(run({ tasks }).actions).toContainEqual({ type: 'run', task: 'take-ownership', owner: 'qe@example.com' });
    });
    it('waits, and says so, when there is none', () => {
      const d = run({ tasks }, allGood, T0, { owner: undefined });
      expect(runs(d)).toEqual([]);
      expect(d.waits).toContain('take-ownership: no owner: name one with /release:drive RELEASE EMAIL (or --owner), metadata qe_owner or the owner input');
    });
  });

  it('check-cve-tracker-bug Fail is honoured: Red, nothing new starts', () => {
    const d = run({ tasks: { 'create-test-report': 'Pass', 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Fail' } });
    expect(d.overall).toBe('Red');
    expect(d.stopped).toBe(true);
    expect(runs(d)).toEqual([]);
    expect(triggers(d)).toEqual([]);
    expect(d.waits[0]).toMatch(/^stopped \(Red\): check-cve-tracker-bug failed/);
  });

  describe('push-to-cdn-staging', () => {
    it('starts after check-rhcos-security-alerts Pass on Konflux releases', () => {
      expect(triggers(run({ tasks: CHAIN_PASS }))).toContain('push-to-cdn-staging');
    });
    it('does not start while check-rhcos-security-alerts has not passed (Konflux)', () => {
      const { 'check-rhcos-security-alerts': _, ...withoutRhcos } = CHAIN_PASS;
      expect(triggers(run({ tasks: { ...withoutRhcos, 'check-rhcos-security-alerts': 'Not Started' } }))).not.toContain('push-to-cdn-staging');
    });
    it('starts after check-cve-tracker-bug Pass when not Konflux', () => {
      const d = run({ konflux: false, tasks: { 'create-test-report': 'Pass', 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass' } });
      expect(triggers(d)).toContain('push-to-cdn-staging');
      expect(runs(d)).toEqual([]);
    });
  });

  describe('non-Konflux releases (no shipment_mr)', () => {
    const tasks = { 'create-test-report': 'Pass', 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass' } as const;
    it('skip check-rhcos-security-alerts and say so', () => {
      const d = run({ konflux: false, tasks });
      expect(runs(d)).not.toContain('check-rhcos-security-alerts');
      expect(stateOf(d, 'check-rhcos-security-alerts')?.state).toBe('skipped');
      expect(d.notes).toContain('check-rhcos-security-alerts skipped: not a Konflux release (no shipment_mr in the metadata)');
    });
    it('do not wait on stage-release: image-consistency-check starts on promotion alone, stage-release never probed', () => {
      const d = run({ konflux: false, tasks }, { promotion: ok({ phase: 'Accepted' }), promotedTestResult: ok(resultOk), candidateTestResult: ok(resultOk) });
      expect(triggers(d)).toContain('image-consistency-check');
      expect(d.needs).not.toContain('stageRelease');
    });
    it('Konflux releases do run check-rhcos-security-alerts', () => {
      expect(runs(run({ tasks }))).toEqual(['check-rhcos-security-alerts']);
    });
  });

  describe('analyze-candidate-build', () => {
    it('starts immediately, on a brand-new release', () => {
      const d = run({}, {});
      expect(d.needs).toContain('candidateTestResult');
    });
    it('passes when the candidate build tests are accepted', () => {
      expect(updates(run({}))).toContainEqual(expect.objectContaining({ task: 'analyze-candidate-build', status: 'Pass' }));
    });
    it('never gates: image-signed-check runs while it is still In Progress', () => {
      const { 'image-signed-check': _, ...rest } = ALL_BEFORE_ADVISORY;
      const d = run({ tasks: { ...rest, 'analyze-candidate-build': 'In Progress' } }, { ...allGood, candidateTestResult: ok({ state: 'missing' }) });
      expect(runs(d)).toEqual(['image-signed-check']);
    });
    it('a REJECT (Fail) is Red and stops the release like any other Fail', () => {
      const { 'image-signed-check': _, ...rest } = ALL_BEFORE_ADVISORY;
      const d = run({ tasks: { ...rest, 'analyze-candidate-build': 'Fail' } });
      expect(d.overall).toBe('Red');
      expect(runs(d)).toEqual([]);
    });
    it('waits, saying why, when the metadata has no candidate build', () => {
      const d = run({ metadata: { candidate_builds: {} } }, {});
      expect(d.waits).toContain('analyze-candidate-build: no x86_64 candidate build in the StateBox metadata');
      expect(d.needs).not.toContain('candidateTestResult');
    });
  });

  describe('image-consistency-check', () => {
    const tasks = CHAIN_PASS;
    it('starts on the first run after promotion (Konflux: and stage-release)', () => {
      expect(triggers(run({ tasks }, promotedAndStaged))).toContain('image-consistency-check');
    });
    it('waits for the sequential chain: a fresh release promoted already starts nothing but create-test-report', () => {
      const d = run({}, promotedAndStaged);
      expect(triggers(d)).toEqual([]);
      expect(runs(d)).toEqual(['create-test-report']);
      expect(stateOf(d, 'image-consistency-check')?.state).toBe('pending');
      expect(stateOf(d, 'analyze-promoted-build')?.state).toBe('pending');
      expect(updates(d).filter((u) => u.task === 'analyze-promoted-build')).toEqual([]);
    });
    it.each([
      ['check-rhcos-security-alerts', { 'create-test-report': 'Pass', 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass' }, {}],
      ['check-cve-tracker-bug (no shipment MR)', { 'create-test-report': 'Pass', 'take-ownership': 'Pass' }, { shipment_mr: '' }],
    ] as const)('starts only after %s passes', (_last, tasks, metadata) => {
      const d = run({ tasks, metadata }, promotedAndStaged);
      expect(triggers(d)).toEqual([]);
      expect(d.needs).not.toContain('promotion');
    });
    it.each([
      [{ promotion: ok(undefined) }, 'build 4.20.1 is not on the Release Controller yet'],
      [{ promotion: ok({ phase: 'Ready' }) }, 'build not promoted yet (phase Ready)'],
      [{ promotion: ok({ phase: 'Rejected' }) }, 'build not promoted yet (phase Rejected)'],
      [{ ...accepted, stageRelease: ok(false) }, `stage-release pipeline of ${MR} not succeeded yet`],
      [{ promotion: { ok: false as const, message: 'HTTP 503' } }, 'could not check the promotion of 4.20.1 on the Release Controller, will retry next run: HTTP 503'],
    ])('waits: %j', (obs, reason) => {
      const d = run({ tasks }, obs);
      expect(triggers(d)).not.toContain('image-consistency-check');
      expect(d.waits.find((w) => w.includes(reason))).toMatch(/^image-consistency-check/);
    });
    it('asks for the promotion before anything else, and stage-release only once promoted', () => {
      expect(run({ tasks }, {}).needs).toEqual(expect.arrayContaining(['promotion']));
      expect(run({ tasks }, {}).needs).not.toContain('stageRelease');
      expect(run({ tasks }, accepted).needs).toContain('stageRelease');
    });
  });

  describe('stage-testing', () => {
    it('never starts before push-to-cdn-staging is Pass, and says it waits for it', () => {
      const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'In Progress', 'image-consistency-check': 'Pass' } }, promotedAndStaged);
      expect(triggers(d)).not.toContain('stage-testing');
      expect(d.waits).toContain('stage-testing, image-signed-check, change-advisory-status: waits for push-to-cdn-staging to pass');
    });
    it('starts once push-to-cdn-staging Pass, promotion Accepted and stage-release succeeded', () => {
      expect(triggers(run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' } }, promotedAndStaged))).toContain('stage-testing');
    });
    it('waits on stage-release even when push passed (Konflux)', () => {
      const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' } }, { ...accepted, stageRelease: ok(false) });
      expect(triggers(d)).toEqual([]);
      expect(d.waits).toContain(`image-consistency-check, stage-testing: stage-release pipeline of ${MR} not succeeded yet`);
    });
    it('waits on promotion even when push passed', () => {
      const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' } }, { promotion: ok({ phase: 'Ready' }) });
      expect(triggers(d)).toEqual([]);
      expect(d.waits).toContain('image-consistency-check, stage-testing, analyze-promoted-build: build not promoted yet (phase Ready)');
    });
  });

  describe('analyze-promoted-build (the gate)', () => {
    const tasks = { ...CHAIN_PASS, 'push-to-cdn-staging': 'In Progress' } as const;
    const gate = (obs: Observations, over = {}, options = {}) => run({ tasks }, { ...promotedAndStaged, candidateTestResult: ok(resultOk), ...obs }, T0, over, options);
    it('is not evaluated before promotion', () => {
      const d = run({ tasks }, { promotion: ok({ phase: 'Ready' }) });
      expect(d.needs).not.toContain('promotedTestResult');
      expect(updates(d).filter((u) => u.task === 'analyze-promoted-build')).toEqual([]);
    });
    it.each([
      [{ state: 'missing' }, 'analyze-promoted-build: test result file for 4.20.1 not created yet'],
      [{ state: 'no-aggregated-field' }, 'analyze-promoted-build: tests of 4.20.1 still running, aggregation not started'],
      [{ state: 'not-aggregated' }, 'analyze-promoted-build: tests of 4.20.1 still aggregating'],
    ] as const)('three distinct waits: %j', (result, text) => {
      const d = gate({ promotedTestResult: ok(result) });
      expect(d.waits).toContain(text);
      expect(updates(d)).toContainEqual(expect.objectContaining({ task: 'analyze-promoted-build', status: 'In Progress' }));
    });
    it('accepted: true → Pass, with the per-job verdicts in the result', () => {
      const d = gate({ promotedTestResult: ok({ state: 'aggregated', accepted: true, evaluation: { jobs: [{ name: 'upgrade-aws', verdict: 'pass', runs: 3, successes: 2 }] } }) });
      const u = updates(d).find((x) => x.task === 'analyze-promoted-build');
      expect(u?.status).toBe('Pass');
      expect(u?.result).toContain('upgrade-aws pass (2/3)');
    });
    it('accepted: false → the analyzer decides (auto)', () => {
      const d = gate({ promotedTestResult: ok(resultBad) });
      expect(d.actions).toContainEqual(expect.objectContaining({ type: 'analyze', task: 'analyze-promoted-build', build: '4.20.1', advisory: false }));
    });
    it('accepted: false with ai-decisions advisory → waits for a human, the analyzer only advises once', () => {
      const d = gate({ promotedTestResult: ok(resultBad) }, { aiDecisions: 'advisory' });
      expect(d.actions).toContainEqual(expect.objectContaining({ type: 'analyze', task: 'analyze-promoted-build', build: '4.20.1', advisory: true }));
      expect(updates(d)).toContainEqual({ task: 'analyze-promoted-build', awaits_decision: true });
      expect(d.waits.find((w) => w.startsWith('analyze-promoted-build'))).toContain('waits for a human decision (ai-decisions is advisory)');
      const advised = run(
        { tasks: { ...tasks, 'analyze-promoted-build': { status: 'In Progress', result: 'Analyzer recommendation: ACCEPT. flakes', analyzer_advice: 'ACCEPT', awaits_decision: true } } },
        { ...promotedAndStaged, candidateTestResult: ok(resultOk), promotedTestResult: ok(resultBad) },
        T0,
        { aiDecisions: 'advisory' },
      );
      expect(advised.actions.filter((a) => a.type === 'analyze')).toEqual([]);
      expect(advised.waits.find((w) => w.startsWith('analyze-promoted-build'))).toContain('the analyzer recommends ACCEPT');
    });
    it('accepted: false without an analyzer → waits for a human, says so', () => {
      const d = gate({ promotedTestResult: ok(resultBad) }, {}, { analyzer: false });
      expect(d.actions.filter((a) => a.type === 'analyze')).toEqual([]);
      expect(d.waits.find((w) => w.startsWith('analyze-promoted-build'))).toContain('(no analyzer configured)');
    });
    it('REJECT recorded as Fail → Red and stopped; running async tasks are still polled', () => {
      const d = run({ tasks: { ...tasks, 'analyze-promoted-build': 'Fail' } });
      expect(d.overall).toBe('Red');
      expect(polls(d)).toEqual(['push-to-cdn-staging']);
      expect(triggers(d)).toEqual([]);
    });
  });

  describe('image-signed-check', () => {
    it('runs only after the gate and all three async tasks Pass', () => {
      const { 'image-signed-check': _, ...ready } = ALL_BEFORE_ADVISORY;
      expect(runs(run({ tasks: ready }))).toEqual(['image-signed-check']);
    });
    it.each(['analyze-promoted-build', 'push-to-cdn-staging', 'image-consistency-check', 'stage-testing'])('does not run while %s is In Progress', (task) => {
      const { 'image-signed-check': _, ...ready } = ALL_BEFORE_ADVISORY;
      const d = run({ tasks: { ...ready, [task]: 'In Progress' } }, { ...allGood, promotedTestResult: ok({ state: 'not-aggregated' }) });
      expect(runs(d)).toEqual([]);
      expect(d.waits.find((w) => w.startsWith('image-signed-check'))).toMatch(new RegExp(`^image-signed-check(, change-advisory-status)?: waits for ${task} to pass`));
    });
  });

  describe('change-advisory-status', () => {
    const tasks = ALL_BEFORE_ADVISORY;
    it('never before 00:00 UTC of release date − 1 day, and says until when', () => {
      const d = run({ tasks }, allGood, new Date('2025-11-02T23:59:59Z'));
      expect(runs(d)).toEqual([]);
      expect(d.waits).toContain('change-advisory-status: waits until 2025-11-03T00:00Z (release date − 1 day)');
    });
    it('starts at 00:00 UTC of release date − 1 day', () => {
      expect(runs(run({ tasks }, allGood, new Date('2025-11-03T00:00:00Z')))).toEqual(['change-advisory-status']);
    });
    it('reads every release_date form upstream writes', () => {
      expect(runs(run({ tasks, metadata: { release_date: '2025-NOV-4' } }, allGood, new Date('2025-11-03T00:00:00Z')))).toEqual(['change-advisory-status']);
    });
    it('waits without a release date', () => {
      const box = makeBox({ tasks });
      delete box.metadata.release_date;
      const d = decide(box, allGood, new Date('2030-01-01T00:00:00Z'), config());
      expect(d.waits).toContain('change-advisory-status: no release_date in the StateBox metadata');
    });
    it('does not start before image-signed-check Pass', () => {
      const { 'image-signed-check': _, ...rest } = tasks;
      expect(runs(run({ tasks: { ...rest, 'image-signed-check': 'Fail' } }, allGood, new Date('2025-11-03T00:00:00Z')))).toEqual([]);
    });
    describe('In Progress', () => {
      const started = '2025-11-03T00:10:00Z';
      const deadline = '2025-11-05T00:10:00Z';
      const inProgress = { ...tasks, 'change-advisory-status': { status: 'In Progress' as const, started_at: started, deadline } };
      it('metadata accessible → runs oar change-advisory-status again; never Pass on its own probe', () => {
        const d = run({ tasks: inProgress }, { prodMetadata: ok(true) }, new Date('2025-11-04T00:00:00Z'));
        expect(runs(d)).toEqual(['change-advisory-status']);
        expect(updates(d).filter((u) => u.task === 'change-advisory-status')).toEqual([]);
      });
      it('metadata accessible on a Red release → nothing runs', () => {
        const d = run({ tasks: { ...inProgress, 'stage-testing': 'Fail' } }, { prodMetadata: ok(true) }, new Date('2025-11-04T00:00:00Z'));
        expect(runs(d)).toEqual([]);
      });
      it('not accessible before the deadline → waits, naming the deadline', () => {
        const d = run({ tasks: inProgress }, { prodMetadata: ok(false) }, new Date('2025-11-04T00:00:00Z'));
        expect(updates(d)).toEqual([]);
        expect(d.waits).toContain('change-advisory-status: prod advisory metadata not accessible yet (ART prod-release pipeline); deadline 2025-11-05T00:10Z');
        expect(d.signals.deadlineSoon).toBeUndefined();
      });
      it('a warning signal shortly before the deadline', () => {
        const d = run({ tasks: inProgress }, { prodMetadata: ok(false) }, new Date('2025-11-04T20:00:00Z'));
        expect(d.signals.deadlineSoon).toEqual({ deadline });
      });
      it('deadline passed → Fail "Timeout reached after 2 days"', () => {
        const d = run({ tasks: inProgress }, { prodMetadata: ok(false) }, new Date('2025-11-05T00:10:00Z'));
        const u = updates(d).find((x) => x.task === 'change-advisory-status');
        expect(u?.status).toBe('Fail');
        expect(u?.result).toMatch(/^Timeout reached after 2 days/);
      });
      it('deadline passed but the check failed → waits for a real answer, no Fail', () => {
        const d = run({ tasks: inProgress }, { prodMetadata: { ok: false, message: 'timeout' } }, new Date('2025-11-06T00:00:00Z'));
        expect(updates(d)).toEqual([]);
      });
      it('a file upstream wrote without a deadline gets started_at + 2 days, recorded', () => {
        const legacy = { ...tasks, 'change-advisory-status': { status: 'In Progress' as const, started_at: started } };
        const d = run({ tasks: legacy }, { prodMetadata: ok(false) }, new Date('2025-11-04T00:00:00Z'));
        expect(updates(d)).toContainEqual({ task: 'change-advisory-status', deadline: '2025-11-05T00:10:00Z' });
      });
      it('is still checked when the release is Red (it is running)', () => {
        const d = run({ tasks: inProgress, issues: [{ blocker: true, resolved: false }] }, {}, new Date('2025-11-04T00:00:00Z'));
        expect(d.stopped).toBe(true);
        expect(d.needs).toEqual(['prodMetadata']);
      });
    });
  });
});

describe('decide: overall, stops and never-regress', () => {
  it('Green exactly when change-advisory-status is Pass; then nothing more (shipped), nothing probed', () => {
    const d = run({ tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass', 'stage-testing': 'In Progress', 'analyze-candidate-build': 'Fail' } });
    expect(d.overall).toBe('Green');
    expect(d.shipped).toBe(true);
    expect(d.actions).toEqual([]);
    expect(d.needs).toEqual([]);
    expect(d.waits).toEqual(['shipped: change-advisory-status passed, nothing more to do']);
  });

  it('Red on an unresolved blocker issue; a resolved or non-blocker issue is not Red', () => {
    expect(run({ tasks: CHAIN_PASS, issues: [{ blocker: true, resolved: false }] }).overall).toBe('Red');
    expect(run({ tasks: CHAIN_PASS, issues: [{ blocker: true, resolved: true }] }).overall).toBe('In Progress');
    expect(run({ tasks: CHAIN_PASS, issues: [{ blocker: false, resolved: false }] }).overall).toBe('In Progress');
  });

  it('Red stops every new start and probe, but running async jobs are still polled', () => {
    const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'In Progress', 'image-consistency-check': 'In Progress' }, issues: [{ blocker: true, resolved: false }] }, {});
    expect(polls(d)).toEqual(['push-to-cdn-staging', 'image-consistency-check']);
    expect(triggers(d)).toEqual([]);
    expect(runs(d)).toEqual([]);
    expect(d.needs).toEqual([]);
  });

  it('never polls or restarts a Pass task (Pass never regresses)', () => {
    const d = run({ tasks: ALL_BEFORE_ADVISORY });
    expect(polls(d)).toEqual([]);
    expect(triggers(d)).toEqual([]);
    expect(updates(d).filter((u) => u.status !== undefined)).toEqual([]);
  });

  it('task names the flow does not run are kept untouched and never judged', () => {
    const d = run({ tasks: { ...CHAIN_PASS, 'check-greenwave-cvp-tests': 'Fail', 'update-bug-list': 'In Progress' } });
    expect(d.overall).toBe('In Progress');
    expect(d.actions.some((a) => 'task' in a && (a.task as string) === 'check-greenwave-cvp-tests')).toBe(false);
    expect(d.tasks.map((t) => t.task)).not.toContain('update-bug-list');
  });

  it('overallStatus agrees with decide', () => {
    const box = makeBox({ tasks: { 'create-test-report': 'Fail' } });
    expect(overallStatus(box)).toBe('Red');
  });
});

describe('decide: StateBoxes upstream wrote', () => {
  it('unrecorded earlier tasks count as done when a later one has started, and it says so', () => {
    const d = run({ tasks: { 'take-ownership': 'Pass', 'stage-testing': 'In Progress' } }, {});
    for (const t of ['create-test-report', 'check-cve-tracker-bug', 'check-rhcos-security-alerts', 'push-to-cdn-staging', 'analyze-candidate-build']) {
      expect(stateOf(d, t)?.state).toBe('assumed-done');
    }
    expect(d.notes).toContain('create-test-report not recorded; counted as done because take-ownership has started');
    expect(runs(d)).toEqual([]);
    expect(d.needs).not.toContain('candidateTestResult');
  });

  it('never runs them retroactively, but runs what a later task still needs', () => {
    const d = run({ tasks: { 'take-ownership': 'Pass' } }, {});
    expect(stateOf(d, 'create-test-report')?.state).toBe('assumed-done');
    expect(runs(d)).toEqual(['check-cve-tracker-bug']);
  });

  it('a recorded Not Started task (a retry) is not assumed done', () => {
    const d = run({ tasks: { 'create-test-report': 'Not Started', 'take-ownership': 'Pass' } }, {});
    expect(runs(d)).toEqual(['create-test-report']);
  });

  it('a brand-new StateBox runs create-test-report and asks only what the first tasks need', () => {
    const d = run({}, {});
    expect(runs(d)).toEqual(['create-test-report']);
    expect(new Set(d.needs)).toEqual(new Set(['candidateTestResult']));
  });

  it('job ids upstream kept only in log text are moved into the job field', () => {
    const result = '2026-07-02T18:16:00Z: INFO: triggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>';
    const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass', 'stage-testing': { status: 'In Progress', result } } });
    expect(updates(d)).toContainEqual({ task: 'stage-testing', job: { id: '1674', url: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/' } });
    const prow = 'Checking image consistency check Prow job status for job ID: 5731af54-29e0-4711-ab72-ed7f4461a2b3';
    const d2 = run({ tasks: { ...CHAIN_PASS, 'image-consistency-check': { status: 'In Progress', result: prow } } });
    expect(updates(d2)).toContainEqual({ task: 'image-consistency-check', job: { id: '5731af54-29e0-4711-ab72-ed7f4461a2b3' } });
  });
});

describe('decide: only probe what the release waits on', () => {
  it('never probes promotion once a task that needs it has started', () => {
    const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass', 'image-consistency-check': 'In Progress', 'analyze-candidate-build': 'Pass' } }, { stageRelease: ok(true), promotedTestResult: ok(resultOk) });
    expect(d.needs).toEqual([]);
    expect(triggers(d)).toEqual(['stage-testing']);
  });

  it('never probes test results of a gate that is decided', () => {
    const d = run({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'analyze-promoted-build': 'Pass', 'image-consistency-check': 'Pass', 'push-to-cdn-staging': 'In Progress' } }, {});
    expect(d.needs).toEqual([]);
  });

  it('does not probe stage-release while promotion is pending', () => {
    expect(run({ tasks: CHAIN_PASS }, { promotion: ok({ phase: 'Ready' }), candidateTestResult: ok(resultOk) }).needs).toEqual([]);
  });

  it('asks for the prod metadata only while change-advisory-status is In Progress', () => {
    expect(run({ tasks: ALL_BEFORE_ADVISORY }, {}, new Date('2025-11-03T00:00:00Z')).needs).toEqual([]);
  });
});

describe('decide: signals for people', () => {
  it('an async task far beyond its expected duration is reported as stuck', () => {
    const started = new Date(T0.getTime() - 4 * HOUR).toISOString().replace('.000', '');
    const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'In Progress', started_at: started, job: { id: '42', url: 'https://jenkins.example/42/' } } } });
    expect(d.signals.stuck).toEqual([expect.objectContaining({ task: 'push-to-cdn-staging', since: started })]);
    expect(d.waits).toContain('push-to-cdn-staging: looks stuck: in progress for 4h, usually done within 1h; check job https://jenkins.example/42/; /release:retry restarts it');
    const fresh = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-10-31T23:00:00Z' } } });
    expect(fresh.signals.stuck).toEqual([]);
  });

  it('remembers when the wait on stage-release began, and flags it once it is long', () => {
    const first = run({ tasks: CHAIN_PASS }, { ...accepted, stageRelease: ok(false) });
    expect(first.actions).toContainEqual({ type: 'stage-release-wait', since: '2025-11-01T00:00:00Z' });
    expect(first.signals.stageReleaseWait?.overdue).toBe(false);
    const later = run({ tasks: CHAIN_PASS, driver: { stage_release_waiting_since: '2025-10-31T00:00:00Z' } }, { ...accepted, stageRelease: ok(false) });
    expect(later.actions.filter((a) => a.type === 'stage-release-wait')).toEqual([]);
    expect(later.signals.stageReleaseWait).toEqual({ since: '2025-10-31T00:00:00Z', mr: MR, overdue: true });
    expect(later.waits.join('\n')).toContain('waiting for 1d: check the MR pipeline with ART');
    const over = run({ tasks: CHAIN_PASS, driver: { stage_release_waiting_since: '2025-10-31T00:00:00Z' } }, promotedAndStaged);
    expect(over.actions).toContainEqual({ type: 'stage-release-wait', since: undefined });
  });

  it('the candidate build is read from candidate_builds.x86_64', () => {
    const d = run({}, { candidateTestResult: ok({ state: 'missing' }) });
    expect(d.waits).toContain(`analyze-candidate-build: test result file for ${CANDIDATE} not created yet`);
  });

  it('each wait text appears once per reason, listing the tasks that share it', () => {
    const d = run({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Pass' } }, { promotion: ok({ phase: 'Ready' }), candidateTestResult: ok(resultOk) });
    expect(d.waits.filter((w) => w.includes('not promoted'))).toHaveLength(1);
  });

  it('uses the date to the day for deadlines far off', () => {
    const d = run({ tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'In Progress', started_at: '2025-11-03T00:00:00Z' } } }, { prodMetadata: ok(false) }, new Date(Date.parse('2025-11-03T00:00:00Z') + DAY));
    expect(d.waits.join()).toContain('deadline 2025-11-05T00:00Z');
  });
});
