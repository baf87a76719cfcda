/**
 * `krd drive --world FILE --now ISO --store DIR`: one real driver run against the simulated
 * world as it stands at `now`, so a person can step through a scenario by hand. Each call is a
 * fresh process: the world is rebuilt from the scenario, and async jobs are known from what
 * the StateBox recorded (job id, triggered_at).
 */
import { InputError } from '../core/errors';
import { stateBoxPath } from '../core/version';
import type { DriverConfig, DriverDeps, HumanCommand, Logger, RunEvent } from '../driver/types';
import { FakeClock } from '../ports/clock';
import type { StateStore } from '../ports/store';
import { parseStateBoxText } from '../statebox/yaml';
import { isoSeconds } from '../core/time';
import { routeComments, simulatedCollaborators } from './comments';
import { ObservedStore } from './observed-store';
import { type Scenario, loadScenario } from './scenario';
import { seedStore } from './seed';
import { CrashPlan, driverConfig } from './simulate';
import { SimWorld } from './world';

export interface WorldRun {
  readonly deps: DriverDeps;
  readonly config: DriverConfig;
  /** The scenario's releases: a hand-stepped run drives each of them. */
  readonly releases: string[];
  /** Commands from the scenario's comments posted since the previous cron tick (`now − every`, `now`]. */
  readonly commands: HumanCommand[];
  /** What happened to comments that did not become commands (no permission, not understood). */
  readonly notes: RunEvent[];
  readonly scenario: Scenario;
  readonly world: SimWorld;
}

/** Builds the dependencies of one run at `now` against the world of `scenarioFile`, on `store`. */
export async function worldDeps(scenarioFile: string | Scenario, now: Date | string, store: StateStore, log: Logger): Promise<WorldRun> {
  const scenario = typeof scenarioFile === 'string' ? loadScenario(scenarioFile) : scenarioFile;
  const at = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(at.getTime())) throw new InputError(`--now ${JSON.stringify(String(now))} is not a time such as 2025-11-01T06:00:00Z.`);
  if (at.getTime() < scenario.start) {
    throw new InputError(`--now ${isoSeconds(at)} is before the start of the scenario ${scenario.name} (${isoSeconds(new Date(scenario.start))}).`);
  }
  const clock = new FakeClock(at);
  const world = new SimWorld({ scenario, clock });
  // The repository as the scenario starts it, unless an earlier step already made it.
  for (const box of await seedStore(store, scenario)) world.observe(box);
  for (const r of scenario.releases) {
    const file = await store.read(stateBoxPath(r.release));
    if (file) world.observe(parseStateBoxText(file.content, `${store.describe}: ${stateBoxPath(r.release)}`));
  }
  const observed = new ObservedStore(store, {
    fault: (what) => world.faults.check('github', what),
    onStateBox: (box) => world.observe(box),
  });

  const offset = at.getTime() - scenario.start;
  const inWindow = (ms: number): boolean => ms <= offset && ms > offset - scenario.every;
  const permissions = new Map<string, string>();
  for (const r of scenario.releases) for (const c of r.comments) permissions.set(c.user, c.permission);
  const collaborators = simulatedCollaborators(permissions, (what) => world.faults.check('github', what));
  const commands: HumanCommand[] = [];
  const notes: RunEvent[] = [];
  for (const r of scenario.releases) {
    const routed = await routeComments(r.release, r.comments.filter((c) => inWindow(c.at)), collaborators);
    commands.push(...routed.commands);
    for (const n of routed.notes) {
      notes.push({ at: isoSeconds(at), ...n });
      log.warning(`${n.release}: ${n.detail}`);
    }
  }

  // A crash of the scenario fires in the step whose window holds its time.
  const due: Scenario = { ...scenario, crashes: scenario.crashes.filter((c) => inWindow(c.at)) };
  const crashes = new CrashPlan(due, () => at.getTime());
  const deps = world.driverDeps(observed, log, { hooks: crashes.hooks() });
  const releases = scenario.config.cron ? [] : scenario.releases.map((r) => r.release);
  return { deps, config: driverConfig(scenario), releases, commands, notes, scenario, world };
}
