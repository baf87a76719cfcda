/**
 * Runs a scenario to its end: one production driver run (driveOnce) every `every` on a fake
 * clock, against the simulated world, until all releases are Green or Red with nothing in
 * flight, or `until`. Deterministic: no wall clock, no unseeded randomness.
 */
import { errorMessage } from '../core/errors';
import { isFlowTask } from '../core/tasks';
import { stateBoxPath } from '../core/version';
import { driveOnce } from '../driver/drive';
import { DEFAULT_DRIVER_CONFIG, type CrashHooks, type DriverConfig, type HumanCommand, type Logger, type ReleaseRunResult } from '../driver/types';
import { FakeClock } from '../ports/clock';
import type { StateStore } from '../ports/store';
import type { StateBox } from '../core/model';
import { parseStateBoxText } from '../statebox/yaml';
import { routeComments, simulatedCollaborators } from './comments';
import { MemoryStore } from './memory-store';
import { ObservedStore } from './observed-store';
import { type Report, type ReportEvent, reportRelease } from './report';
import type { CrashPoint, Scenario, ScenarioComment } from './scenario';
import { seedStore } from './seed';
import { SheetsSink } from './sheets';
import { SimWorld } from './world';

/** Thrown by a crash hook: the run dies at that point, as the scenario asked. */
export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
  constructor(
    message: string,
    readonly release: string,
  ) {
    super(message);
  }
}

/** What one run did, for narration and progress. */
export interface RunRecord {
  readonly run: number;
  readonly at: string;
  readonly events: readonly ReportEvent[];
  /** undefined when the run crashed. */
  readonly results?: readonly ReleaseRunResult[];
  readonly crashed?: string;
}

export interface SimulateOptions {
  /** Where StateBoxes live; default an in-memory store. The demo passes a LocalStore on a temp dir. */
  readonly store?: StateStore;
  /** Called after every run. */
  readonly onRun?: (run: RunRecord) => void;
  /** Driver log lines; default: silent. */
  readonly log?: Logger;
}

export interface SimulationResult {
  readonly report: Report;
  /** Final StateBox of each release (undefined when none was created). */
  readonly boxes: ReadonlyMap<string, StateBox | undefined>;
  readonly store: StateStore;
  readonly world: SimWorld;
}

export const silentLogger: Logger = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined };

/** The driver configuration a scenario asks for (`config:` holds the action's input names). */
export function driverConfig(scenario: Scenario): DriverConfig {
  const owner = scenario.config.owner;
  return { ...DEFAULT_DRIVER_CONFIG, ...(owner ? { owner } : {}), aiDecisions: scenario.config['ai-decisions'], dryRun: scenario.config['dry-run'] };
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Crashes armed from their time; each fires once, at the first run at or after it that reaches its point. */
export class CrashPlan {
  private readonly fired = new Set<number>();
  constructor(
    private readonly scenario: Scenario,
    private readonly runTime: () => number,
  ) {}

  hooks(): CrashHooks {
    return {
      afterTrigger: (release, task) => this.maybeCrash('after-trigger', release, `after starting ${task}`),
      beforeCommit: (release) => this.maybeCrash('before-commit', release, 'before committing the StateBox'),
    };
  }

  private maybeCrash(point: CrashPoint, release: string, where: string): void {
    const i = this.scenario.crashes.findIndex((c, j) => !this.fired.has(j) && c.point === point && this.runTime() >= this.scenario.start + c.at);
    if (i < 0) return;
    this.fired.add(i);
    throw new SimulatedCrash(`the run died ${where} (simulated crash); what it did not write is lost`, release);
  }
}

async function readBox(store: StateStore, release: string): Promise<StateBox | undefined> {
  const file = await store.read(stateBoxPath(release));
  return file ? parseStateBoxText(file.content, stateBoxPath(release)) : undefined;
}

function finished(box: StateBox | undefined): boolean {
  if (!box) return false;
  const overall = reportRelease(box).overall;
  if (overall === 'In Progress') return false;
  return !box.tasks.some((t) => isFlowTask(t.name) && t.status === 'In Progress');
}

export async function runSimulation(scenario: Scenario, options: SimulateOptions = {}): Promise<SimulationResult> {
  const clock = new FakeClock(scenario.start);
  const world = new SimWorld({ scenario, clock });
  const base = options.store ?? new MemoryStore({ describe: `simulated repository (${scenario.name})` });
  // The world learns what StateBoxes recorded from each run's results (parsing every write again would double the cost).
  const store = new ObservedStore(base, { fault: (what) => world.faults.check('github', what) });
  const seeded = await seedStore(base, scenario);
  for (const box of seeded) world.observe(box);

  const events: ReportEvent[] = [];
  let run = 0;
  let runStart = scenario.start;
  const crashes = new CrashPlan(scenario, () => runStart);
  const sheets = new SheetsSink(world);
  const permissions = new Map<string, string>();
  for (const r of scenario.releases) for (const c of r.comments) permissions.set(c.user, c.permission);
  const collaborators = simulatedCollaborators(permissions, (what) => world.faults.check('github', what));
  const deps = world.driverDeps(store, options.log ?? silentLogger, {
    events: (e) => events.push({ ...e, run }),
    hooks: crashes.hooks(),
  });
  const config = driverConfig(scenario);
  const names = scenario.releases.map((r) => r.release);
  const lastComment = Math.max(-1, ...scenario.releases.flatMap((r) => r.comments.map((c) => c.at)));
  const boxes = new Map<string, StateBox | undefined>();

  for (let offset = 0; offset < scenario.until; offset += scenario.every) {
    run += 1;
    runStart = scenario.start + offset;
    clock.set(runStart);
    const firstEvent = events.length;
    const say = (release: string, type: ReportEvent['type'], detail: string): void => {
      events.push({ at: iso(clock.now().getTime()), run, release, type, detail });
    };

    // Comments posted since the previous run reach this one (as the issue_comment trigger would).
    const commands: HumanCommand[] = [];
    for (const r of scenario.releases) {
      const due = r.comments.filter((c: ScenarioComment) => c.at <= offset && c.at > offset - scenario.every);
      if (due.length === 0) continue;
      const routed = await routeComments(r.release, due, collaborators);
      for (const note of routed.notes) say(note.release, note.type, note.detail);
      commands.push(...routed.commands);
    }

    let results: readonly ReleaseRunResult[] | undefined;
    let crashed: string | undefined;
    try {
      // Every run drives the scenario's releases by name (as a dispatch does), or, with `cron: true`,
      // the active releases as a cron run finds them.
      const result = await driveOnce(deps, { ...(scenario.config.cron ? {} : { releases: names }), commands, config, runId: `sim-run-${run}` });
      results = result.releases;
    } catch (err) {
      if (!(err instanceof SimulatedCrash)) throw err;
      crashed = errorMessage(err);
      say(err.release, 'error', crashed);
    }
    for (const r of results ?? []) if (r.wrote) await sheets.mirror(r.statebox, (type, detail) => say(r.release, type, detail));
    options.onRun?.({ run, at: iso(runStart), events: events.slice(firstEvent), ...(results ? { results } : {}), ...(crashed ? { crashed } : {}) });

    // What the repository holds now: the run's own view when it wrote or read cleanly, else a fresh read.
    for (const name of names) {
      const r = results?.find((x) => x.release === name && !x.error);
      const box = r ? r.statebox : await readBox(base, name);
      boxes.set(name, box);
      if (box) world.observe(box);
    }
    const commentsLeft = lastComment > offset;
    if (!commentsLeft && names.every((n) => finished(boxes.get(n)))) break;
  }

  for (const name of names) boxes.set(name, await readBox(base, name));
  const triggers: Report['triggers'] = {};
  for (const name of names) triggers[name] = Object.fromEntries(world.triggers.get(name) ?? new Map());
  const report: Report = {
    scenario: scenario.name,
    runs: run,
    releases: Object.fromEntries(names.map((n) => [n, reportRelease(boxes.get(n))])),
    triggers,
    events,
  };
  return { report, boxes, store: base, world };
}

/** Runs a scenario and returns its report (CONTRACT.md). */
export async function simulate(scenario: Scenario, options: SimulateOptions = {}): Promise<Report> {
  return (await runSimulation(scenario, options)).report;
}
