import { describe, expect, it } from 'vitest';
import { ConflictError, PermanentError, SetupError, TransientError } from '../src/core/errors';
import { evaluateTestResult, testResultPath } from '../src/core/bo3';
import { readTestResult } from '../src/driver/test-results';
import { FakeClock } from '../src/ports/clock';
import type { ExecContext } from '../src/ports/executor';
import type { StateBox } from '../src/core/model';
import { MemoryStore } from '../src/sim/memory-store';
import { testResultPhase } from '../src/sim/record';
import { parseScenario } from '../src/sim/scenario';
import { initialStateBox } from '../src/sim/seed';
import { SimWorld, releaseDigest } from '../src/sim/world';

const H = 3_600_000;
const START = Date.parse('2025-11-01T00:00:00Z');
const CANDIDATE = '4.20.0-0.nightly-2025-10-28-123456';
const MR = 'https://gitlab.example/ocp-shipment-data/-/merge_requests/297';

function scenarioText(extra = ''): string {
  return `name: world-test
start: 2025-11-01T00:00:00Z
every: 15m
until: 6d
config: {owner: qe@example.com}
releases:
  - release: 4.20.1
    statebox:
      metadata:
        jira_ticket: ART-1
        advisory_ids: {rpm: 155454, rhcos: 155455}
        release_date: 2025-Nov-04
        candidate_builds: {x86_64: ${CANDIDATE}}
        shipment_mr: ${MR}
    world:
      promoted_at: 6h
      stage_release_at: 5h
      prod_metadata_at: 3d
      rhcos_alerts: [{name: RHSA-1, blocking: true}, {name: RHSA-2, blocking: false}]
      test_results:
        candidate: {exists_at: 0s, aggregated_at: 0s, accepted: false, recommendation: ACCEPT}
        promoted: {exists_at: 7h, aggregated_at: 13h, accepted: true}
      tasks:
        create-test-report: {result: Pass, duration: 5m}
        push-to-cdn-staging: {result: Pass, duration: 45m}
        stage-testing: {result: [Fail, Pass], duration: 3h}
        check-cve-tracker-bug: {result: Fail}
${extra}`;
}

function setup(extra = '') {
  const scenario = parseScenario(scenarioText(extra), 'world-test');
  const clock = new FakeClock(START);
  const world = new SimWorld({ scenario, clock });
  const box = initialStateBox(scenario.releases[0]!, START, 0)!;
  world.observe(box);
  const at = (ms: number): void => clock.set(START + ms);
  const ctx = (b: StateBox = box, more: Partial<ExecContext> = {}): ExecContext => ({ release: '4.20.1', statebox: b, ...more });
  return { scenario, clock, world, box, at, ctx };
}

describe('simulated record branch', () => {
  it('goes missing → running → aggregating → aggregated, and BO3 agrees with the file at every step', async () => {
    const { world, at } = setup();
    const states: string[] = [];
    for (const hours of [0, 6.9, 7, 9.9, 10, 12.9, 13, 40]) {
      at(hours * H);
      const obs = await readTestResult(world.record, '4.20.1');
      states.push(obs.state);
      if (obs.state === 'missing') continue;
      const file = JSON.parse((await world.record.read(testResultPath('4.20.1')))!.content) as Record<string, unknown>;
      const bo3 = evaluateTestResult(file);
      // The file's own claim and our BO3 evaluation of its jobs never disagree.
      expect(bo3.aggregated).toBe(file['aggregated'] === true);
      if (obs.state === 'aggregated') expect(bo3.accepted).toBe(obs.accepted);
      expect(bo3.jobs.length).toBe(3);
      expect(bo3.jobs[0]!.name).toMatch(/^periodic-ci-openshift-openshift-tests-private-release-4\.20-automated-release-stable-4\.20-upgrade-from-stable-4\.19-aws-ipi-f999$/);
    }
    expect(states).toEqual(['missing', 'missing', 'no-aggregated-field', 'no-aggregated-field', 'not-aggregated', 'not-aggregated', 'aggregated', 'aggregated']);
  });

  it('writes a rejected build whose flaky job fails BO3 (1 of 2 retries)', async () => {
    const { world, at } = setup();
    at(H);
    const obs = await readTestResult(world.record, CANDIDATE);
    expect(obs.state).toBe('aggregated');
    if (obs.state !== 'aggregated') return;
    expect(obs.accepted).toBe(false);
    expect(obs.evaluation.accepted).toBe(false);
    const failed = obs.evaluation.jobs.filter((j) => j.verdict === 'fail');
    expect(failed).toEqual([expect.objectContaining({ runs: 3, successes: 1 })]);
  });

  it('gives the same file (and SHA) for the same phase, a new one when the phase changes', async () => {
    const { world, at } = setup();
    at(7 * H);
    const a = await world.record.read(testResultPath('4.20.1'));
    at(8 * H);
    const b = await world.record.read(testResultPath('4.20.1'));
    at(13 * H);
    const c = await world.record.read(testResultPath('4.20.1'));
    expect(b!.sha).toBe(a!.sha);
    expect(c!.sha).not.toBe(a!.sha);
    expect(await world.record.list('_releases/')).toEqual([testResultPath(CANDIDATE), testResultPath('4.20.1')]);
    at(H);
    expect(await world.record.list('_releases/')).toEqual([testResultPath(CANDIDATE)]);
  });

  it('has no file for unknown builds and refuses writes', async () => {
    const { world } = setup();
    expect(await world.record.read(testResultPath('4.19.7'))).toBeUndefined();
    expect(await world.record.read('_releases/other.json')).toBeUndefined();
    await expect(world.record.write('_releases/x.json', '{}', { sha: undefined, message: 'x' })).rejects.toBeInstanceOf(PermanentError);
  });

  it('never aggregates without aggregated_at, never exists without exists_at', () => {
    expect(testResultPhase({ exists_at: 0, accepted: true }, 10 * 24 * H)).toBe('running');
    expect(testResultPhase({ accepted: true }, 10 * 24 * H)).toBe('missing');
    expect(testResultPhase(undefined, 0)).toBe('missing');
    // aggregated_at before exists_at: aggregated as soon as it exists.
    expect(testResultPhase({ exists_at: 5 * H, aggregated_at: H, accepted: true }, 5 * H)).toBe('aggregated');
  });

  it('answers test-results faults with the error a real store would throw', async () => {
    const { world, at } = setup('faults:\n  - {system: test-results, from: 1h, to: 2h, kind: http-500}\n');
    at(H);
    await expect(readTestResult(world.record, '4.20.1')).rejects.toBeInstanceOf(TransientError);
    at(2 * H);
    await expect(readTestResult(world.record, '4.20.1')).resolves.toEqual({ state: 'missing', path: testResultPath('4.20.1') });
  });
});

describe('simulated probes', () => {
  it('promotes at promoted_at with the release digest', async () => {
    const { world, at } = setup();
    at(6 * H - 1);
    expect(await world.probes.promotion('4.20.1')).toEqual({ phase: 'Ready', digest: releaseDigest('4.20.1') });
    at(6 * H);
    expect(await world.probes.promotion('4.20.1')).toEqual({ phase: 'Accepted', digest: releaseDigest('4.20.1') });
    expect(await world.probes.promotion('4.99.1')).toBeUndefined();
    expect(await world.probes.signatureMatches(releaseDigest('4.20.1'))).toBe(true);
    expect(await world.probes.signatureMatches('sha256:0')).toBe(false);
  });

  it('answers stage-release, alerts and prod metadata from the scenario, by the StateBox metadata', async () => {
    const { world, at } = setup();
    at(5 * H - 1);
    expect(await world.probes.stageReleaseSucceeded(MR)).toBe(false);
    at(5 * H);
    expect(await world.probes.stageReleaseSucceeded(MR)).toBe(true);
    await expect(world.probes.stageReleaseSucceeded('https://gitlab.example/x/-/merge_requests/1')).rejects.toThrow(/no merge request/);
    expect((await world.probes.rhcosSecurityAlerts(155455)).map((a) => [a.name, a.blocking])).toEqual([
      ['RHSA-1', true],
      ['RHSA-2', false],
    ]);
    await expect(world.probes.rhcosSecurityAlerts(1)).rejects.toBeInstanceOf(PermanentError);
    expect(await world.probes.prodMetadataAccessible('4.20.1')).toBe(false);
    at(3 * 24 * H);
    expect(await world.probes.prodMetadataAccessible('4.20.1')).toBe(true);
  });

  it('turns each fault kind into the right error, only within [from, to)', async () => {
    const { world, at } = setup(`faults:
  - {system: release-controller, from: 1h, to: 2h, kind: http-500}
  - {system: release-controller, from: 2h, to: 3h, kind: http-429}
  - {system: release-controller, from: 3h, to: 4h, kind: timeout}
  - {system: release-controller, from: 4h, to: 5h, kind: auth}
`);
    const errorAt = async (hours: number): Promise<unknown> => {
      at(hours * H);
      return world.probes.promotion('4.20.1').then(
        () => undefined,
        (err: unknown) => err,
      );
    };
    expect(await errorAt(0.99)).toBeUndefined();
    const e500 = await errorAt(1);
    expect(e500).toBeInstanceOf(TransientError);
    expect((e500 as Error).message).toMatch(/Release Controller answered HTTP 500/);
    const e429 = await errorAt(2.5);
    expect(e429).toBeInstanceOf(TransientError);
    expect((e429 as TransientError).retryAfterMs).toBe(60_000);
    expect(await errorAt(3)).toBeInstanceOf(TransientError);
    const auth = await errorAt(4);
    // One of our credentials refused: a setup error (the run stops, no task fails).
    expect(auth).toBeInstanceOf(SetupError);
    expect((auth as Error).message).toMatch(/rejected .*HTTP 401/);
    expect(await errorAt(5)).toBeUndefined();
    expect(world.faults.refused.get('release-controller')).toBe(4);
  });
});

describe('simulated executor', () => {
  it('runs a synchronous task in its duration on the clock and counts the start', async () => {
    const { world, clock, ctx } = setup();
    const out = await world.executor.start('create-test-report', ctx());
    expect(out.status).toBe('Pass');
    expect(out.output).toMatch(/task \[Create Test Report\] status is changed to \[Pass\]/);
    expect(clock.now().getTime()).toBe(START + 5 * 60_000);
    expect(world.triggerCount('4.20.1', 'create-test-report')).toBe(1);
  });

  it('reports a failing synchronous task as the oar CLI does', async () => {
    const { world, ctx } = setup();
    const out = await world.executor.start('check-cve-tracker-bug', ctx());
    expect(out.status).toBe('Fail');
    expect(out.output).toMatch(/OCPBUGS-\d+/);
  });

  it('names the owner in take-ownership and refuses one that is not an email (as production does)', async () => {
    const { world, ctx } = setup();
    const out = await world.executor.start('take-ownership', ctx(undefined, { owner: 'qe@example.com' }));
    expect(out.status).toBe('Pass');
    // The executor's output goes through production parsing, which masks the email.
    expect(out.output).toMatch(/QA Owner of advisory 155454 is updated to \[EMAIL_REDACTED\]/);
    expect(out.output).not.toContain('qe@example.com');
    await expect(world.executor.start('take-ownership', ctx())).rejects.toThrow(/needs the owner's email/);
  });

  it('starts an async job, finishes it after its duration, each attempt with its own outcome', async () => {
    const { world, at, ctx, box } = setup();
    at(6 * H);
    const started = await world.executor.start('stage-testing', ctx());
    expect(started.status).toBe('In Progress');
    expect(started.jobId).toMatch(/^\d+$/);
    expect(started.jobUrl).toBe(`https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/${started.jobId}/`);
    const running = await world.executor.poll('stage-testing', ctx(box, { jobId: started.jobId! }));
    expect(running.status).toBe('In Progress');
    at(9 * H);
    expect((await world.executor.poll('stage-testing', ctx(box, { jobId: started.jobId! }))).status).toBe('Fail');
    // Second attempt (after /release:retry): Pass.
    const again = await world.executor.start('stage-testing', ctx());
    at(12 * H);
    expect((await world.executor.poll('stage-testing', ctx(box, { jobId: again.jobId! }))).status).toBe('Pass');
    expect(world.triggerCount('4.20.1', 'stage-testing')).toBe(2);
  });

  it('derives a job from the StateBox alone (a fresh `krd drive --world` process)', async () => {
    const { scenario, box } = setup();
    const clock = new FakeClock(START + 3 * H);
    const fresh = new SimWorld({ scenario, clock });
    const withJob: StateBox = {
      ...box,
      tasks: [{ name: 'push-to-cdn-staging', status: 'In Progress', started_at: '2025-11-01T02:30:00Z', job: { id: '123456', triggered_at: '2025-11-01T02:30:00Z' } }],
    };
    expect((await fresh.executor.poll('push-to-cdn-staging', { release: '4.20.1', statebox: withJob })).status).toBe('In Progress');
    clock.set(START + 3 * H + 15 * 60_000);
    expect((await fresh.executor.poll('push-to-cdn-staging', { release: '4.20.1', statebox: withJob })).status).toBe('Pass');
  });

  it('says Wait (not Fail) for stage-release tasks before stage-release succeeded', async () => {
    const { world, at, ctx } = setup();
    at(4 * H);
    const out = await world.executor.start('image-consistency-check', ctx());
    expect(out.status).toBe('Wait');
    expect(out.wait?.on).toBe('stage-release');
    expect(out.wait?.detail).toMatch(/stage-release pipeline is not completed yet/);
    at(5 * H);
    const ok = await world.executor.start('image-consistency-check', ctx());
    expect(ok.status).toBe('In Progress');
    expect(ok.jobId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('finds a job nobody recorded (crash after trigger), but not a recorded one nor one older than a retry', async () => {
    const { world, at, ctx, box } = setup();
    at(H);
    const started = await world.executor.start('push-to-cdn-staging', ctx());
    expect(await world.executor.findJob!('push-to-cdn-staging', ctx())).toEqual({ jobId: started.jobId, jobUrl: `https://errata.devel.redhat.com/push_results/${started.jobId}` });
    expect(await world.executor.findJob!('push-to-cdn-staging', ctx(box, { notBefore: '2025-11-01T02:00:00Z' }))).toBeUndefined();
    world.observe({ ...box, tasks: [{ name: 'push-to-cdn-staging', status: 'In Progress', job: { id: started.jobId! } }] });
    expect(await world.executor.findJob!('push-to-cdn-staging', ctx())).toBeUndefined();
    expect(await world.executor.findJob!('stage-testing', ctx())).toBeUndefined();
  });

  it('does not count a start refused by an executor fault', async () => {
    const { world, at, ctx } = setup('faults:\n  - {system: executor, from: 0s, to: 1h, kind: auth}\n');
    await expect(world.executor.start('create-test-report', ctx())).rejects.toBeInstanceOf(SetupError);
    expect(world.triggerCount('4.20.1', 'create-test-report')).toBe(0);
    await expect(world.analyzer.analyze(CANDIDATE)).rejects.toBeInstanceOf(SetupError);
    at(H);
    await expect(world.executor.start('create-test-report', ctx())).resolves.toMatchObject({ status: 'Pass' });
  });

  it('approves the shipment MR for change-advisory-status and passes once prod metadata is accessible', async () => {
    const { world, at, ctx } = setup();
    at(2 * 24 * H);
    const out = await world.executor.start('change-advisory-status', ctx());
    expect(out.status).toBe('In Progress');
    expect(out.output).toContain(`approved shipment MR ${MR}`);
    expect((await world.executor.poll('change-advisory-status', ctx())).status).toBe('In Progress');
    at(3 * 24 * H);
    expect((await world.executor.poll('change-advisory-status', ctx())).status).toBe('Pass');
  });
});

describe('simulated analyzer and Slack', () => {
  it('recommends as the scenario says, REJECT by default for unaccepted builds', async () => {
    const { world } = setup();
    expect((await world.analyzer.analyze(CANDIDATE)).recommendation).toBe('ACCEPT');
    expect((await world.analyzer.analyze('4.20.1')).recommendation).toBe('ACCEPT');
    const reject = parseScenario(scenarioText().replace('accepted: true}', 'accepted: false}'), 'x');
    const w = new SimWorld({ scenario: reject, clock: new FakeClock(START) });
    const verdict = await w.analyzer.analyze('4.20.1');
    expect(verdict.recommendation).toBe('REJECT');
    expect(verdict.reasoning).toMatch(/REJECTED/);
    await expect(w.analyzer.analyze('4.19.3')).rejects.toThrow(/no test results for 4\.19\.3/);
  });

  it('keeps one thread per release and fails during a Slack fault', async () => {
    const { world, at } = setup('faults:\n  - {system: slack, from: 1h, to: 2h, kind: http-429}\n');
    const msg = { key: 'k1', release: '4.20.1', kind: 'green' as const, text: 'shipped' };
    const first = await world.notifier.notify(msg, undefined);
    expect(first.thread).toMatch(/^\d+\.\d{6}$/);
    expect((await world.notifier.notify({ ...msg, key: 'k2' }, first.thread)).thread).toBe(first.thread);
    at(H);
    await expect(world.notifier.notify({ ...msg, key: 'k3' }, first.thread)).rejects.toBeInstanceOf(TransientError);
    expect(world.notifications.map((n) => n.message.key)).toEqual(['k1', 'k2']);
  });
});

describe('MemoryStore', () => {
  it('compares and swaps on git blob SHAs like the Contents API', async () => {
    const store = new MemoryStore();
    const { sha } = await store.write('a/b.yaml', 'hello\n', { sha: undefined, message: 'create' });
    // `git hash-object` of "hello\n".
    expect(sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    await expect(store.write('a/b.yaml', 'x', { sha: undefined, message: 'again' })).rejects.toBeInstanceOf(ConflictError);
    await expect(store.write('a/b.yaml', 'x', { sha: 'deadbeef', message: 'stale' })).rejects.toBeInstanceOf(ConflictError);
    await expect(store.write('a/c.yaml', 'x', { sha: 'deadbeef', message: 'missing' })).rejects.toBeInstanceOf(ConflictError);
    await store.write('a/b.yaml', 'bye\n', { sha, message: 'update' });
    expect((await store.read('a/b.yaml'))!.content).toBe('bye\n');
    expect(await store.list('a/')).toEqual(['a/b.yaml']);
    expect(await store.list('z/')).toEqual([]);
    expect(store.commits.map((c) => c.message)).toEqual(['create', 'update']);
  });

  it('fails every operation while its fault hook says so', async () => {
    let down = true;
    const store = new MemoryStore({ fault: () => { if (down) throw new TransientError('GitHub answered HTTP 500'); } });
    await expect(store.read('x')).rejects.toBeInstanceOf(TransientError);
    await expect(store.write('x', 'y', { sha: undefined, message: 'm' })).rejects.toBeInstanceOf(TransientError);
    await expect(store.list('')).rejects.toBeInstanceOf(TransientError);
    down = false;
    await store.write('x', 'y', { sha: undefined, message: 'm' });
    expect(await store.list('')).toEqual(['x']);
  });
});
