import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalStore } from '../src/adapters/store/local';
import { SetupError } from '../src/core/errors';
import { stateBoxPath } from '../src/core/version';
import { driveOnce } from '../src/driver/drive';
import type { StateBox } from '../src/core/model';
import { parseStateBoxText } from '../src/statebox/yaml';
import { worldDeps } from '../src/sim/drive-world';
import { MemoryStore } from '../src/sim/memory-store';
import { Narrator, isQuiet } from '../src/sim/narrate';
import { loadScenario, parseScenario } from '../src/sim/scenario';
import { DEMO_SCENARIO } from '../src/sim/scenarios/demo';
import { seedStore } from '../src/sim/seed';
import { type RunRecord, runSimulation, silentLogger, simulate } from '../src/sim/simulate';
import { shared } from './helpers/shared';

const SCENARIOS = join(__dirname, '../scenarios');
const scenario = (name: string) => loadScenario(join(SCENARIOS, `${name}.yaml`));
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'krd-sim-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('simulate: the report of CONTRACT.md', () => {
  it('has exactly the contract keys, events with run numbers in order and simulated times', async () => {
    const report = await simulate(loadScenario(shared('scenarios/happy-path.yaml')));
    expect(Object.keys(report).sort()).toEqual(['events', 'releases', 'runs', 'scenario', 'triggers']);
    expect(report.scenario).toBe('happy-path-4.20.1');
    expect(Object.keys(report.releases)).toEqual(['4.20.1']);
    const release = report.releases['4.20.1']!;
    expect(Object.keys(release).sort()).toEqual(['overall', 'tasks']);
    for (const task of Object.values(release.tasks)) expect(Object.keys(task).sort()).toEqual(['completed_at', 'started_at', 'status']);
    const types = new Set(['trigger', 'status', 'wait', 'notify', 'decision', 'error', 'commit']);
    let lastRun = 0;
    for (const e of report.events) {
      expect(Object.keys(e).every((k) => ['at', 'run', 'release', 'type', 'task', 'status', 'detail'].includes(k))).toBe(true);
      expect(types.has(e.type)).toBe(true);
      expect(e.at).toMatch(/^2025-11-0\dT\d{2}:\d{2}:\d{2}Z$/);
      expect(e.run).toBeGreaterThanOrEqual(lastRun);
      lastRun = e.run;
    }
    // Every sync and async task the executor runs was started exactly once; change-advisory-status
    // runs a second time once the prod metadata answers (only oar moves the advisories).
    expect(report.triggers['4.20.1']).toEqual({
      'create-test-report': 1,
      'take-ownership': 1,
      'check-cve-tracker-bug': 1,
      'push-to-cdn-staging': 1,
      'image-consistency-check': 1,
      'stage-testing': 1,
      'image-signed-check': 1,
      'change-advisory-status': 2,
    });
    // A trigger event for each start, a commit event for each write, status events for each change.
    expect(report.events.filter((e) => e.type === 'trigger').length).toBe(9);
    expect(report.events.filter((e) => e.type === 'status' && e.task === 'stage-testing').map((e) => e.status)).toEqual(['In Progress', 'Pass']);
    expect(report.events.filter((e) => e.type === 'notify' && e.detail.startsWith('green:')).length).toBe(1);
  });

  it('stops early once every release is Green or Red with nothing in flight', async () => {
    const report = await simulate(loadScenario(shared('scenarios/happy-path.yaml')));
    // prod metadata appears at 3d2h: run 297 (15-minute runs from 0) ships it, and that is the last.
    expect(report.runs).toBe(297);
    expect(report.events.at(-1)!.at).toBe('2025-11-04T02:00:00Z');
  });

  // How long it takes is a figure of `npm run bench`, never asserted here.
  it('runs all 576 runs of a six-day scenario that never finishes', async () => {
    const report = await simulate(scenario('promotion-never'));
    expect(report.runs).toBe(576);
  });

  it('gives the same report whatever store holds the StateBoxes (memory or a local directory)', async () => {
    const s = parseScenario(DEMO_SCENARIO, 'demo');
    const inMemory = await simulate(s, { store: new MemoryStore() });
    const onDisk = await simulate(s, { store: new LocalStore(tempDir()) });
    expect(onDisk).toEqual(inMemory);
  });
});

describe('simulate: the rules of release-flow.md, seen from the report', () => {
  it('a crash after a trigger loses nothing already written and never triggers a job twice', async () => {
    const { report, store } = await runSimulation(scenario('crash-after-trigger'));
    const crashes = report.events.filter((e) => e.type === 'error' && e.detail.includes('simulated crash'));
    expect(crashes.map((e) => e.detail)).toEqual([
      expect.stringContaining('after starting push-to-cdn-staging'),
      expect.stringContaining('after starting image-consistency-check'),
      expect.stringContaining('before committing the StateBox'),
    ]);
    expect(report.triggers['4.20.5']).toMatchObject({ 'push-to-cdn-staging': 1, 'image-consistency-check': 1, 'stage-testing': 1 });
    const adopted = report.events.filter((e) => e.type === 'decision' && /^Adopted job/.test(e.detail));
    expect(adopted.map((e) => e.task)).toEqual(['push-to-cdn-staging', 'image-consistency-check']);
    // The job recorded is the one started by the run that died.
    const box = parseStateBoxText((await store.read(stateBoxPath('4.20.5')))!.content, 'x');
    const trigger = report.events.find((e) => e.type === 'trigger' && e.task === 'push-to-cdn-staging')!;
    expect(trigger.detail).toContain(box.tasks.find((t) => t.name === 'push-to-cdn-staging')!.job!.id);
  });

  it('ignores a comment from a user without write permission, and says so', async () => {
    const { report, boxes } = await runSimulation(scenario('comment-without-permission'));
    const said = report.events.filter((e) => e.type === 'decision' && e.detail.includes('mallory'));
    expect(said).toEqual([
      expect.objectContaining({ release: '4.18.32', at: '2025-12-15T13:00:00Z', detail: expect.stringMatching(/ignored .*mallory: mallory has read permission; write or more is needed/) }),
    ]);
    expect(report.events.some((e) => e.type === 'decision' && /comment by bob is not a \/release: command/.test(e.detail))).toBe(true);
    const gate = boxes.get('4.18.32')!.tasks.find((t) => t.name === 'analyze-promoted-build')!;
    expect(gate.status).toBe('Fail');
    expect(gate.decided_by).toBeUndefined();
  });

  it('records the human accept of a rejected gate with who and why', async () => {
    const { report, boxes } = await runSimulation(scenario('promoted-reject-human-accept'));
    const gate = boxes.get('4.18.31')!.tasks.find((t) => t.name === 'analyze-promoted-build')!;
    expect(gate.status).toBe('Pass');
    expect(gate.decided_by).toBe('alice');
    expect(gate.result).toContain('known flake OCPBUGS-61234');
    const statuses = report.events.filter((e) => e.type === 'status' && e.task === 'analyze-promoted-build').map((e) => e.status);
    expect(statuses).toEqual(['In Progress', 'Fail', 'Pass']);
  });

  it('fails change-advisory-status when its deadline passes, with a warning first', async () => {
    const report = await simulate(scenario('advisory-deadline'));
    const task = report.releases['4.19.22']!.tasks['change-advisory-status']!;
    expect(task.status).toBe('Fail');
    // Deadline: two days after it started.
    expect(Date.parse(task.completed_at!) - Date.parse(task.started_at!)).toBe(2 * 24 * 3_600_000);
    const kinds = report.events.filter((e) => e.type === 'notify').map((e) => e.detail.split(':')[0]);
    expect(kinds.indexOf('deadline')).toBeGreaterThan(-1);
    expect(kinds.indexOf('deadline')).toBeLessThan(kinds.lastIndexOf('red'));
  });

  it('survives a transient fault on every system: retried, reported, nothing failed or corrupted', async () => {
    const { report, store } = await runSimulation(scenario('transient-faults'));
    const release = report.releases['4.20.6']!;
    expect(release.overall).toBe('Green');
    expect(Object.values(release.tasks).every((t) => t.status === 'Pass')).toBe(true);
    const errors = report.events.filter((e) => e.type === 'error').map((e) => e.detail);
    for (const system of ['GitHub', 'oar executor', 'Slack', 'Google Sheets', 'Release Controller', 'GitLab', 'record branch', 'Errata Tool']) {
      expect(errors.some((d) => d.includes(system)), `an error event names ${system}`).toBe(true);
    }
    const box = parseStateBoxText((await store.read(stateBoxPath('4.20.6')))!.content, 'x');
    expect(box.issues.filter((i) => i.blocker)).toEqual([]);
    expect(report.triggers['4.20.6']).toMatchObject({ 'push-to-cdn-staging': 1, 'image-consistency-check': 1, 'stage-testing': 1 });
    // Every notification refused during the Slack outage was sent later.
    expect(report.events.some((e) => e.type === 'notify' && e.detail === 'task-pass: 4.20.6: Take Ownership passed.')).toBe(true);
  });

  it('turns an auth fault on the executor into a setup error: the run fails with its sentence, no task fails, every StateBox stays as it was', async () => {
    const text = `${DEMO_SCENARIO.replace(/faults:[\s\S]*$/, '')}faults:\n  - {system: executor, from: 0s, to: 1h, kind: auth}\n`;
    const scenario = parseScenario(text, 'auth');
    const store = new MemoryStore({ describe: 'auth' });
    const pristine = new MemoryStore({ describe: 'pristine' });
    await seedStore(pristine, scenario);
    // The first run meets the refused credential (after claiming create-test-report) and stops:
    // the simulation ends there with the error, as a run of the action would.
    const err = await runSimulation(scenario, { store }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SetupError);
    expect((err as Error).message).toMatch(/^the oar executor rejected the job API token .* \(HTTP 401\): renew the credential \(simulated fault\)\.$/);
    // The run claimed create-test-report before it met the refused credential, then released the claim.
    expect(store.commits.filter((c) => c.path === stateBoxPath('4.20.1')).map((c) => c.message)).toEqual([
      expect.stringContaining('StateBox of the scenario'),
      '4.20.1: claim create-test-report before starting it (krd drive)',
      '4.20.1: release the claim on create-test-report: the run stopped on a setup error, nothing started (krd drive)',
    ]);
    for (const release of ['4.20.1', '4.19.22']) {
      const path = stateBoxPath(release);
      // Byte for byte what the scenario seeded.
      expect((await store.read(path))?.content, release).toBe((await pristine.read(path))?.content);
      const box = parseStateBoxText((await store.read(path))!.content, path);
      expect(box.tasks.filter((t) => t.status === 'Fail')).toEqual([]);
      expect(box.driver?.['claims']).toBeUndefined();
    }
  });

  it('a run in the window of an executor auth fault changes nothing and says so once in Slack; the first run after it goes on', async () => {
    const text = `${DEMO_SCENARIO.replace(/faults:[\s\S]*$/, '')}faults:\n  - {system: executor, from: 0s, to: 1h, kind: auth}\n`;
    const scenario = parseScenario(text, 'auth-steps');
    const store = new MemoryStore({ describe: 'steps' });
    const step = async (at: string) => {
      const run = await worldDeps(scenario, at, store, silentLogger);
      return { run, result: driveOnce(run.deps, { releases: run.releases, commands: run.commands, config: run.config }) };
    };
    const first = await step('2025-11-03T08:00:00Z');
    await first.result.catch(() => undefined);
    const before = await Promise.all(['4.20.1', '4.19.22'].map(async (r) => (await store.read(stateBoxPath(r)))?.content));
    for (const at of ['2025-11-03T08:15:00Z', '2025-11-03T08:30:00Z']) {
      const { run, result } = await step(at);
      await expect(result).rejects.toBeInstanceOf(SetupError);
      expect(await Promise.all(['4.20.1', '4.19.22'].map(async (r) => (await store.read(stateBoxPath(r)))?.content))).toEqual(before);
      // Each run tells Slack with the key of the day; the Slack notifier posts a key once (test/drive-setup.test.ts).
      expect(run.world.notifications.map((n) => n.message.key)).toEqual(['setup:2025-11-03']);
      expect(run.world.notifications[0]?.message.text).toMatch(/^The release driver stopped before changing anything: the oar executor rejected/);
    }
    const after = await step('2025-11-03T09:00:00Z');
    const result = await after.result;
    const box = result.releases.find((r) => r.release === '4.20.1')!.statebox;
    expect(box.tasks.find((t) => t.name === 'create-test-report')?.status).toBe('Pass');
  });

  it('in dry-run mode counts and says what it would do, and starts and writes nothing', async () => {
    const text = DEMO_SCENARIO.replace('  ai-decisions: auto\n', '  ai-decisions: auto\n  dry-run: true\n');
    const { report, store } = await runSimulation(parseScenario(text, 'dry'));
    expect(report.triggers).toEqual({ '4.20.1': {}, '4.19.22': {} });
    expect(report.events.some((e) => e.type === 'decision' && e.detail.startsWith('dry run: would'))).toBe(true);
    expect(report.events.filter((e) => e.type === 'commit')).toEqual([]);
    // Only what the scenario seeded is in the repository.
    const box = parseStateBoxText((await store.read(stateBoxPath('4.20.1')))!.content, 'x');
    expect(box.tasks).toEqual([]);
  });

  it("drives several y-streams at once; a missing StateBox is created by upstream's create-test-report with ART's build data", async () => {
    const report = await simulate(scenario('several-y-streams'));
    expect(report.events.some((e) => e.release === '4.18.33' && e.type === 'decision' && e.detail.includes("with upstream's metadata"))).toBe(true);
    expect(report.releases['4.20.7']!.overall).toBe('Green');
    expect(report.releases['4.19.23']!.overall).toBe('Red');
    expect(report.triggers['4.19.23']!['stage-testing']).toBe(1);
  });

  it('never puts an email address into a StateBox', async () => {
    const { store } = await runSimulation(parseScenario(DEMO_SCENARIO, 'demo'));
    for (const release of ['4.20.1', '4.19.22']) {
      const text = (await store.read(stateBoxPath(release)))!.content;
      expect(text).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
      expect(text).toContain('[EMAIL_REDACTED]');
    }
  });

  it('mirrors every StateBox write to Sheets as a notify event; a Sheets outage is only a warning', async () => {
    const report = await simulate(scenario('transient-faults'));
    const sheets = report.events.filter((e) => e.type === 'notify' && e.detail.startsWith('sheets:'));
    const refused = report.events.filter((e) => e.type === 'error' && e.detail.startsWith('sheets mirror not updated'));
    expect(sheets.length).toBeGreaterThan(3);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => Date.parse(e.at) < Date.parse('2025-12-01T06:00:00Z'))).toBe(true);
  });
});

describe('narration', () => {
  it('folds runs where nothing happened into one line that says what they waited on', async () => {
    const runs: RunRecord[] = [];
    const lines: string[] = [];
    const narrator = new Narrator((l) => lines.push(l));
    await simulate(parseScenario(DEMO_SCENARIO, 'demo'), {
      onRun: (r) => {
        runs.push(r);
        narrator.add(r);
      },
    });
    narrator.end();
    const quiet = runs.filter(isQuiet).length;
    const folded = lines.flatMap((l) => /… (\d+) quiet runs? \((.+)\)$/.exec(l) ?? []);
    const counted = lines.map((l) => /… (\d+) quiet runs? /.exec(l)?.[1]).filter(Boolean).reduce((a, n) => a + Number(n), 0);
    expect(quiet).toBeGreaterThan(100);
    expect(counted).toBe(quiet);
    expect(folded.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith('Run ')).length).toBe(runs.length - quiet);
    expect(lines.some((l) => l.includes('waiting on build not promoted yet'))).toBe(true);
    expect(lines.some((l) => l.includes('▶ started stage-testing'))).toBe(true);
    expect(lines.some((l) => l.includes('ignored') && l.includes('mallory'))).toBe(true);
  });
});

describe('worldDeps: stepping through a scenario by hand', () => {
  it('reaches the same end as simulate, one fresh world per step, jobs known only from the StateBox', async () => {
    const s = loadScenario(shared('scenarios/happy-path.yaml'));
    const expected = await simulate(s);
    const dir = tempDir();
    let box: StateBox | undefined;
    for (let offset = 0; offset < s.until; offset += s.every) {
      const store = new LocalStore(dir); // a fresh store and world each step: only the directory carries state
      const run = await worldDeps(join(shared('scenarios'), 'happy-path.yaml'), new Date(s.start + offset), store, silentLogger);
      const result = await driveOnce(run.deps, { releases: run.releases, commands: run.commands, config: run.config });
      box = result.releases[0]!.statebox;
      if (result.releases[0]!.overall !== 'In Progress') break;
    }
    const statuses = Object.fromEntries(box!.tasks.map((t) => [t.name, t.status]));
    expect(statuses).toEqual(Object.fromEntries(Object.entries(expected.releases['4.20.1']!.tasks).map(([k, v]) => [k, v.status])));
    const onDisk = parseStateBoxText((await new LocalStore(dir).read(stateBoxPath('4.20.1')))!.content, 'x');
    expect(onDisk.tasks.find((t) => t.name === 'stage-testing')!.completed_at).toBe(expected.releases['4.20.1']!.tasks['stage-testing']!.completed_at);
  });

  it('remembers attempts across fresh worlds, nothing kept in memory between them: a task scripted [Fail, Pass] passes on its retry, as under simulate', async () => {
    const file = join(SCENARIOS, 'stage-testing-retry.yaml');
    const s = loadScenario(file);
    const expected = await simulate(s);
    const dir = tempDir();
    let box: StateBox | undefined;
    for (let offset = 0; offset < s.until; offset += s.every) {
      const run = await worldDeps(file, new Date(s.start + offset), new LocalStore(dir), silentLogger);
      const result = await driveOnce(run.deps, { releases: run.releases, commands: run.commands, config: run.config });
      box = result.releases[0]!.statebox;
      if (result.releases[0]!.overall === 'Green') break;
    }
    expect(expected.releases['4.19.24']!.overall).toBe('Green');
    const stage = box!.tasks.find((t) => t.name === 'stage-testing')!;
    expect(stage).toMatchObject({ status: 'Pass', attempt: 2 });
    expect(box!.tasks.find((t) => t.name === 'change-advisory-status')?.status).toBe('Pass');
  });

  it('hands over comments posted since the previous tick, ignoring those without permission', async () => {
    const dir = tempDir();
    const file = join(SCENARIOS, 'comment-without-permission.yaml');
    const warnings: string[] = [];
    const log = { ...silentLogger, warning: (m: string) => warnings.push(m) };
    const early = await worldDeps(file, '2025-12-15T12:45:00Z', new LocalStore(dir), log);
    expect(early.notes).toEqual([]);
    const atComment = await worldDeps(file, '2025-12-15T13:00:00Z', new LocalStore(dir), log);
    expect(atComment.commands).toEqual([]);
    expect(atComment.notes.map((n) => n.detail)).toEqual([expect.stringMatching(/ignored .* from mallory: mallory has read permission/)]);
    expect(warnings.some((w) => w.includes('mallory'))).toBe(true);
    const human = await worldDeps(join(SCENARIOS, 'promoted-reject-human-accept.yaml'), '2025-12-15T13:10:00Z', new LocalStore(tempDir()), silentLogger);
    expect(human.commands).toEqual([expect.objectContaining({ kind: 'accept', release: '4.18.31', task: 'analyze-promoted-build', by: 'alice' })]);
  });

  it('refuses a time before the scenario starts or that is not a time', async () => {
    const file = shared('scenarios/happy-path.yaml');
    await expect(worldDeps(file, '2025-10-31T00:00:00Z', new LocalStore(tempDir()), silentLogger)).rejects.toThrow(/before the start of the scenario happy-path-4\.20\.1/);
    await expect(worldDeps(file, 'yesterday', new LocalStore(tempDir()), silentLogger)).rejects.toThrow(/is not a time/);
  });
});
