import { beforeEach, describe, expect, it } from 'vitest';
import { driveOnce } from '../src/driver/drive';
import { mermaidGraph } from '../src/adapters/notify/mermaid';
import { viewOfResult } from '../src/adapters/notify/release-view';
import { loadStateBox } from '../src/statebox/repository';
import type { StateBox } from '../src/core/model';
import {
  ALL_BEFORE_ADVISORY,
  CANDIDATE,
  CHAIN_PASS,
  HOUR,
  MINUTE,
  MR,
  T0,
  config,
  fakeWorld,
  localRepos,
  makeBox,
  testResultJson,
  testResultPathOf,
  writeBox,
  writeRepoFile,
  writeTracking,
  type LocalRepos,
} from './helpers/fake-world';

let disk: LocalRepos;

beforeEach(async () => {
  disk = await localRepos();
  await writeTracking(disk.repo, '4.20', ['4.20.1']);
});

async function box(): Promise<StateBox> {
  return (await loadStateBox(disk.store, '4.20.1'))!.box;
}
const task = (b: StateBox, name: string) => b.tasks.find((t) => t.name === name);

describe('check-rhcos-security-alerts', () => {
  it('always Pass; blocking alerts become a non-blocker issue and one notification', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { 'create-test-report': 'Pass', 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass', 'analyze-candidate-build': 'Pass' } }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Ready';
    w.probes.alerts = [
      { name: 'erratum_missing_notes_link', text: 'no notes link', blocking: false },
      { name: 'cve_missing', text: 'CVE-2025-1 not attached', how_to_resolve: 'attach it', blocking: true },
    ];
    const r = await driveOnce(w.deps, { config: config() });
    const b = await box();
    expect(task(b, 'check-rhcos-security-alerts')?.status).toBe('Pass');
    expect(task(b, 'check-rhcos-security-alerts')?.result).toContain('cve_missing: CVE-2025-1 not attached How to resolve: attach it');
    expect(b.issues).toEqual([expect.objectContaining({ blocker: false, resolved: false, related_tasks: ['check-rhcos-security-alerts'], issue: expect.stringContaining('RHCOS advisory 155455: cve_missing') })]);
    expect(r.releases[0]?.overall).toBe('In Progress');
    expect(w.notifier.kinds()).toEqual(['task-pass', 'alert']);
    // The next run moves on (push-to-cdn-staging) and says nothing more about the alert.
    await driveOnce(w.deps, { config: config() });
    expect(w.notifier.kinds()).toEqual(['task-pass', 'alert']);
    expect(task(await box(), 'push-to-cdn-staging')?.status).toBe('In Progress');
  });

  it('a release without an RHCOS advisory passes it without asking Errata', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'check-rhcos-security-alerts': 'Not Started' }, metadata: { advisory_ids: { rpm: 1 } } }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Ready';
    await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'check-rhcos-security-alerts')?.result).toBe('No RHCOS advisory in the StateBox metadata: no security alerts to check.');
    expect(w.probes.count('rhcosSecurityAlerts')).toBe(0);
  });
});

describe('gates with the analyzer', () => {
  it('analyze-candidate-build REJECT is a Fail: Red, owner told, the release stops', async () => {
    await writeRepoFile(disk.recordDir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: false }));
    await writeBox(disk.repo, makeBox({ tasks: {} }));
    const w = fakeWorld(disk.store, disk.record);
    w.analyzer.verdict = { recommendation: 'REJECT', reasoning: 'RECOMMENDATION: REJECT. etcd fails on every run' };
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config() });
    expect(w.analyzer.calls).toEqual([CANDIDATE]);
    const b = await box();
    expect(task(b, 'analyze-candidate-build')).toMatchObject({ status: 'Fail', result: expect.stringContaining('Analyzer recommendation: REJECT') });
    expect(r.releases[0]?.overall).toBe('Red');
    expect(w.notifier.sent.filter((s) => s.message.mentionOwner).map((s) => s.message.kind)).toEqual(['task-fail', 'red']);
    // The gate is settled before anything starts: Red, so not even create-test-report runs, now or later.
    await driveOnce(w.deps, { config: config() });
    expect(w.executor.starts).toEqual([]);
  });

  it('analyze-promoted-build ACCEPT passes with the reasoning recorded', async () => {
    await writeRepoFile(disk.recordDir, testResultPathOf('4.20.1'), testResultJson('4.20.1', { aggregated: true, accepted: false }));
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass' } }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    await driveOnce(w.deps, { config: config() });
    // The BO3 evidence stays, the analyzer's reasoning under it.
    expect(task(await box(), 'analyze-promoted-build')).toMatchObject({
      status: 'Pass',
      result: 'Promoted build 4.20.1: blocking jobs failed BO3 (aggregated: true, accepted: false). Jobs: periodic-ci-upgrade-job-1 pending (0/1).\nAnalyzer recommendation: ACCEPT. failures are known flakes',
    });
    expect(w.notifier.kinds()).toContain('gate');
  });

  it('ai-decisions advisory: the analyzer advises once, a person decides', async () => {
    await writeRepoFile(disk.recordDir, testResultPathOf('4.20.1'), testResultJson('4.20.1', { aggregated: true, accepted: false }));
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass' } }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const r1 = await driveOnce(w.deps, { config: config({ aiDecisions: 'advisory' }) });
    const r2 = await driveOnce(w.deps, { config: config({ aiDecisions: 'advisory' }) });
    expect(w.analyzer.calls).toEqual(['4.20.1']);
    const t = task(await box(), 'analyze-promoted-build');
    expect(t?.status).toBe('In Progress');
    expect(t?.result).toContain('Analyzer recommendation: ACCEPT. failures are known flakes');
    expect(r1.releases[0]?.waits.join()).toContain('waits for a human decision (ai-decisions is advisory)');
    expect(r2.releases[0]?.waits.join()).toContain('the analyzer recommends ACCEPT');
    expect(r2.releases[0]?.wrote).toBe(false);
    // The person accepts: Pass, and image-signed-check follows once the async tasks pass.
    const r3 = await driveOnce(w.deps, {
      config: config({ aiDecisions: 'advisory' }),
      commands: [{ kind: 'accept', release: '4.20.1', task: 'analyze-promoted-build', justification: 'flaky, OCPBUGS-9', by: 'alice' }],
    });
    expect(task(await box(), 'analyze-promoted-build')).toMatchObject({ status: 'Pass', decided_by: 'alice' });
    expect(r3.replies?.[0]?.reply).toContain('Accepted analyze-promoted-build');
  });

  it('without an analyzer an unaccepted result waits for a person and says so', async () => {
    await writeRepoFile(disk.recordDir, testResultPathOf('4.20.1'), testResultJson('4.20.1', { aggregated: true, accepted: false }));
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass' } }));
    const w = fakeWorld(disk.store, disk.record, { analyzer: false });
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const r = await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'analyze-promoted-build')?.status).toBe('In Progress');
    expect(r.releases[0]?.waits.join()).toContain('(no analyzer configured)');
  });

  it('the three test-result waits at the driver: missing, aggregation not started, aggregating, then Pass', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'In Progress' } }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const wait = async () => (await driveOnce(w.deps, { config: config() })).releases[0]?.waits.find((x) => x.startsWith('analyze-promoted-build'));
    expect(await wait()).toBe('analyze-promoted-build: test result file for 4.20.1 not created yet');
    await writeRepoFile(disk.recordDir, testResultPathOf('4.20.1'), testResultJson('4.20.1', {}));
    expect(await wait()).toBe('analyze-promoted-build: tests of 4.20.1 still running, aggregation not started');
    await writeRepoFile(disk.recordDir, testResultPathOf('4.20.1'), testResultJson('4.20.1', { aggregated: false }));
    expect(await wait()).toBe('analyze-promoted-build: tests of 4.20.1 still aggregating');
    await writeRepoFile(disk.recordDir, testResultPathOf('4.20.1'), testResultJson('4.20.1', { aggregated: true, accepted: true }));
    expect(await wait()).toBeUndefined();
    expect(task(await box(), 'analyze-promoted-build')?.status).toBe('Pass');
  });
});

describe('waits, stuck tasks, the advisory deadline', () => {
  it('an executor that answers Wait (stage-release) is a wait, never a Fail, and is retried next run', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'In Progress', 'analyze-promoted-build': 'Pass' } }));
    const w = fakeWorld(disk.store, disk.record, { behaviour: { 'image-consistency-check': { wait: 'MR stage-release pipeline has not succeeded yet', waitOn: 'stage-release' } } });
    w.probes.stageRelease = true;
    const r = await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'image-consistency-check')).toBeUndefined();
    expect(r.releases[0]?.waits).toContain('image-consistency-check: MR stage-release pipeline has not succeeded yet');
    // The executor's wait is data, as decide()'s are: the graph paints the stage-release checkpoint from it.
    expect(r.releases[0]?.waitsOn).toContainEqual({ tasks: ['image-consistency-check'], on: 'stage-release', detail: 'MR stage-release pipeline has not succeeded yet' });
    expect(mermaidGraph(viewOfResult(r.releases[0]!, w.clock.now()))).toMatch(/^ {2}class (?:\S+,)?stage_release(?:,\S+)? waiting$/m);
    delete w.executor.behaviour['image-consistency-check'];
    await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'image-consistency-check')?.status).toBe('In Progress');
  });

  it('waiting on stage-release longer than stageReleaseWarnMinutes is told once, with the MR', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'analyze-promoted-build': 'Pass' } }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = false;
    const cfg = config({ stageReleaseWarnMinutes: 60 });
    await driveOnce(w.deps, { config: cfg });
    expect((await box()).driver?.['stage_release_waiting_since']).toBe('2025-11-01T00:00:00Z');
    for (let i = 0; i < 8; i++) {
      w.clock.advance(15 * MINUTE);
      await driveOnce(w.deps, { config: cfg });
    }
    expect(w.notifier.sent.map((s) => s.message.kind)).toEqual(['waiting']);
    expect(w.notifier.sent[0]?.message.text).toContain(MR);
    expect(w.executor.starts).toEqual([]);
    // Stage-release succeeds: both tasks start and the wait is forgotten.
    w.probes.stageRelease = true;
    await driveOnce(w.deps, { config: cfg });
    const b = await box();
    expect(b.driver?.['stage_release_waiting_since']).toBeUndefined();
    expect(w.executor.starts.map((s) => s.task)).toEqual(['image-consistency-check', 'stage-testing']);
  });

  it('a task far beyond its expected duration is reported stuck once, then left to people', async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T00:00:00Z', job: { id: '7' } } } }));
    const w = fakeWorld(disk.store, disk.record, { behaviour: { 'push-to-cdn-staging': { durationMs: 100 * HOUR } } });
    w.executor.jobs.push({ id: '7', task: 'push-to-cdn-staging', release: '4.20.1', startedAt: T0.getTime() });
    w.probes.promotionPhase = 'Ready';
    w.clock.set(T0.getTime() + 2 * HOUR);
    await driveOnce(w.deps, { config: config() });
    expect(w.notifier.sent).toEqual([]);
    w.clock.set(T0.getTime() + 3 * HOUR + MINUTE);
    const r = await driveOnce(w.deps, { config: config() });
    expect(r.releases[0]?.waits.join()).toContain('push-to-cdn-staging: looks stuck: in progress for 3h 1m, usually done within 1h; check job 7');
    w.clock.set(T0.getTime() + 5 * HOUR);
    await driveOnce(w.deps, { config: config() });
    expect(w.notifier.kinds()).toEqual(['stuck']);
    expect(task(await box(), 'push-to-cdn-staging')?.status).toBe('In Progress');
  });

  it('change-advisory-status: approve, deadline = start + 2 days, accessible later → Pass, Green, told', async () => {
    await writeBox(disk.repo, makeBox({ tasks: ALL_BEFORE_ADVISORY }));
    const w = fakeWorld(disk.store, disk.record, { start: new Date('2025-11-03T06:00:00Z') });
    await driveOnce(w.deps, { config: config() });
    const started = task(await box(), 'change-advisory-status');
    expect(started).toMatchObject({ status: 'In Progress', started_at: '2025-11-03T06:00:00Z', deadline: '2025-11-05T06:00:00Z' });
    w.clock.advance(HOUR);
    const idle = await driveOnce(w.deps, { config: config() });
    expect(idle.releases[0]?.wrote).toBe(false);
    expect(w.probes.count('prodMetadata')).toBe(1);
    w.probes.prodMetadata = true;
    w.clock.advance(HOUR);
    const done = await driveOnce(w.deps, { config: config() });
    expect(done.releases[0]?.overall).toBe('Green');
    expect(w.notifier.kinds()).toEqual(['task-pass', 'green']);
    // Started once, then run again once the metadata answered: only oar's own Pass counts.
    expect(w.executor.startsOf('change-advisory-status')).toBe(2);
    expect(task(await box(), 'change-advisory-status')).toMatchObject({ status: 'Pass', started_at: '2025-11-03T06:00:00Z', deadline: '2025-11-05T06:00:00Z' });
    expect(task(await box(), 'change-advisory-status')?.result).toContain('advisories moved to REL_PREP');
    // Shipped: the next run does nothing at all.
    const after = await driveOnce(w.deps, { releases: ['4.20.1'], config: config() });
    expect(after.releases[0]?.wrote).toBe(false);
    expect(w.probes.count('prodMetadata')).toBe(2);
  });
});

describe('upstream asks for a re-trigger (an aborted Prow job)', () => {
  const iccRunning = () =>
    makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'In Progress' } });
  async function started(w: ReturnType<typeof fakeWorld>): Promise<void> {
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'image-consistency-check')?.status).toBe('In Progress');
    w.clock.advance(4 * HOUR);
  }

  it('re-triggers once in the same run, recorded with the ended job; the new job is polled to Pass', async () => {
    await writeBox(disk.repo, iccRunning());
    const w = fakeWorld(disk.store, disk.record, { behaviour: { 'image-consistency-check': { retriggers: 1 } } });
    await started(w);
    const first = task(await box(), 'image-consistency-check')!.job!.id;
    const r = await driveOnce(w.deps, { config: config() });
    expect(w.executor.startsOf('image-consistency-check')).toBe(2);
    const t = task(await box(), 'image-consistency-check')!;
    expect(t).toMatchObject({ status: 'In Progress', retriggered_from: `https://jenkins.example/job/${first}/` });
    expect(t.job?.id).not.toBe(first);
    expect(r.events.filter((e) => e.type === 'decision').map((e) => e.detail).join('\n')).toContain(`Prow job ${first} ended with state 'aborted'`);
    w.clock.advance(4 * HOUR);
    await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'image-consistency-check')?.status).toBe('Pass');
  });

  it('a second request is the Fail upstream reports: never loops', async () => {
    await writeBox(disk.repo, iccRunning());
    const w = fakeWorld(disk.store, disk.record, { behaviour: { 'image-consistency-check': { retriggers: 5 } } });
    await started(w);
    await driveOnce(w.deps, { config: config() });
    w.clock.advance(4 * HOUR);
    const r = await driveOnce(w.deps, { config: config() });
    expect(w.executor.startsOf('image-consistency-check')).toBe(2);
    expect(task(await box(), 'image-consistency-check')?.status).toBe('Fail');
    expect(r.releases[0]?.overall).toBe('Red');
  });
});

describe('two writers, one file: oar saves its stale copy of a task', () => {
  it("a stage-testing Pass put back to In Progress by oar's merge is restored in the next write, said once", async () => {
    await writeBox(disk.repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': 'Pass', 'stage-testing': { status: 'In Progress', job: { id: '77' } } } }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    w.executor.jobs.push({ id: '77', task: 'stage-testing', release: '4.20.1', startedAt: T0.getTime() });
    w.clock.advance(HOUR);
    await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'stage-testing')?.status).toBe('Pass');
    // oar's save: remote as base (our driver section stays), its stale task over ours.
    const stale = await box();
    await writeBox(disk.repo, { ...stale, tasks: stale.tasks.map((t) => (t.name === 'stage-testing' ? { ...t, status: 'In Progress' as const, completed_at: null } : t)) });
    w.clock.advance(15 * MINUTE);
    const r = await driveOnce(w.deps, { config: config() });
    expect(task(await box(), 'stage-testing')).toMatchObject({ status: 'Pass', job: { id: '77' } });
    const said = r.events.filter((e) => e.type === 'decision' && e.detail.includes('restored the Pass'));
    expect(said).toHaveLength(1);
    w.clock.advance(15 * MINUTE);
    const again = await driveOnce(w.deps, { config: config() });
    expect(again.events.filter((e) => e.detail.includes('restored'))).toEqual([]);
  });
});

describe('a release with no StateBox yet', () => {
  it("upstream's create-test-report creates it with ART's build data; the driver never writes one first", async () => {
    const w = fakeWorld(disk.store, disk.record);
    const seen: (string | undefined)[] = [];
    const start = w.executor.start.bind(w.executor);
    // As oar does: create-test-report writes the StateBox (ConfigStore metadata) when none exists.
    w.executor.start = async (t, ctx) => {
      if (t === 'create-test-report') {
        seen.push((await disk.store.read('_releases/4.20/statebox/4.20.1.yaml'))?.content);
        const created = makeBox({ tasks: {}, metadata: { qe_owner: null } });
        await writeBox(disk.repo, created);
      }
      return start(t, ctx);
    };
    const r = await driveOnce(w.deps, { releases: ['4.20.1'], config: config() });
    expect(seen).toEqual([undefined]);
    const b = await box();
    expect(b.metadata).toMatchObject({ shipment_mr: MR, release_date: expect.any(String), candidate_builds: { x86_64: CANDIDATE } });
    expect(task(b, 'create-test-report')).toMatchObject({ status: 'Pass', attempt: 1 });
    expect(b.driver?.['created_from_tracking_file']).toBeUndefined();
    // One synchronous task per run: take-ownership waits for the next run.
    expect(task(b, 'take-ownership')).toBeUndefined();
    expect(r.events.map((e) => e.detail).join('\n')).toContain("create-test-report created _releases/4.20/statebox/4.20.1.yaml with upstream's metadata");
  });

  it('when the executor creates none, the StateBox from the tracking file waits on the fields upstream would have filled, naming them', async () => {
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    await driveOnce(w.deps, { releases: ['4.20.1'], config: config() });
    let b = await box();
    expect(b.driver?.['created_from_tracking_file']).toBe(true);
    expect(b.metadata).toEqual({ jira_ticket: 'ART-20000', advisory_ids: { rpm: 170000, rhcos: 170001 } });
    let last;
    for (let i = 0; i < 4; i++) {
      w.clock.advance(15 * MINUTE);
      last = await driveOnce(w.deps, { releases: ['4.20.1'], config: config() });
    }
    b = await box();
    expect(task(b, 'check-cve-tracker-bug')?.status).toBe('Pass');
    expect(task(b, 'check-rhcos-security-alerts')).toBeUndefined();
    expect(task(b, 'push-to-cdn-staging')).toBeUndefined();
    expect(last!.releases[0]!.waits.join('\n')).toContain(
      "the StateBox lacks release_date, candidate_builds, shipment_mr: oar create-test-report fills them from ART's build data when it creates the StateBox; add them to its metadata",
    );
  });
});

describe('two releases of the same y-stream', () => {
  it('each has its own advisory deadline, checked by every run (no per-stream lock)', async () => {
    await writeTracking(disk.repo, '4.20', ['4.20.0', '4.20.1']);
    const cas = (started: string) => ({ ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'In Progress' as const, started_at: started, deadline: started.replace('03T', '05T') } });
    await writeBox(disk.repo, makeBox({ release: '4.20.0', tasks: cas('2025-11-03T00:00:00Z') }));
    await writeBox(disk.repo, makeBox({ tasks: cas('2025-11-03T12:00:00Z') }));
    const w = fakeWorld(disk.store, disk.record, { start: new Date('2025-11-05T06:00:00Z') });
    const r = await driveOnce(w.deps, { releases: ['4.20.0', '4.20.1'], config: config() });
    expect(r.releases.map((x) => [x.release, x.overall])).toEqual([
      ['4.20.0', 'Red'],
      ['4.20.1', 'In Progress'],
    ]);
    expect(w.probes.count('prodMetadata')).toBe(2);
    expect(task((await loadStateBox(disk.store, '4.20.0'))!.box, 'change-advisory-status')?.result).toMatch(/^Timeout reached after 2 days/);
  });
});

describe('what a run keeps and what it skips', () => {
  it('task names the flow does not run are kept untouched through a write', async () => {
    const b0 = makeBox({ tasks: { 'create-test-report': 'Pass', 'check-greenwave-cvp-tests': { status: 'Fail', result: 'greenwave says no' }, 'update-bug-list': 'In Progress' } });
    await writeBox(disk.repo, b0);
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config() });
    expect(r.releases[0]?.wrote).toBe(true);
    const b = await box();
    expect(task(b, 'check-greenwave-cvp-tests')).toEqual(task(b0, 'check-greenwave-cvp-tests'));
    expect(task(b, 'update-bug-list')).toEqual(task(b0, 'update-bug-list'));
    expect(r.releases[0]?.overall).toBe('In Progress');
  });

  it('dry run: decides and reports, starts nothing, writes nothing', async () => {
    await writeBox(disk.repo, makeBox({ tasks: CHAIN_PASS }));
    const w = fakeWorld(disk.store, disk.record);
    w.probes.promotionPhase = 'Ready';
    const r = await driveOnce(w.deps, { config: config({ dryRun: true }) });
    expect(w.executor.starts).toEqual([]);
    expect(r.releases[0]?.wrote).toBe(false);
    expect(r.events.filter((e) => e.type === 'decision').map((e) => e.detail)).toContain('dry run: would trigger push-to-cdn-staging');
    expect(task(await box(), 'push-to-cdn-staging')).toBeUndefined();
  });
});
