/**
 * A release ART listed that has no StateBox yet. Upstream's `oar create-test-report` creates it
 * with what its ConfigStore reads from ART's build data (release_date, candidate_builds,
 * shipment_mr), and skips creation when a StateBox already exists: so the driver never writes
 * one first. It runs create-test-report, then reads what oar wrote. Only when the executor
 * created none does it build one from the tracking file, marked as the driver's own; a StateBox
 * of ours that lacks those fields waits for a person to add them (src/core/decide.ts).
 */
import { InputError, PermanentError, SetupError, errorMessage } from '../core/errors';
import { updateTask } from '../core/decide-update';
import { TASK_INFO } from '../core/tasks';
import { maskEmails } from '../core/mask';
import { isoSeconds } from '../core/time';
import { stateBoxPath } from '../core/version';
import { loadStateBox, type LoadedStateBox } from '../statebox/repository';
import type { StateBox } from '../core/model';
import { stateBoxFromTracking } from './active';
import type { DriverDeps, EventType } from './types';
import { CREATED_BY_DRIVER } from '../core/build-data';

type Emit = (type: EventType, detail: string, task?: string, status?: string) => void;

export interface FirstStep {
  /** The StateBox the executor created, as the store holds it (undefined: none was created). */
  readonly loaded: LoadedStateBox | undefined;
  /** The StateBox this run goes on with: create-test-report recorded in it. */
  readonly box: StateBox;
}

const TASK = 'create-test-report';

export async function createStateBox(deps: DriverDeps, release: string, emit: Emit, dryRun: boolean): Promise<FirstStep> {
  const { clock } = deps;
  // Never guess a release: ART must list it before anything runs for it (this throws otherwise).
  const draft = await stateBoxFromTracking(deps.store, release, clock.now());
  if (dryRun) {
    emit('decision', `dry run: would run ${TASK}, which creates the StateBox of ${release}`, TASK);
    return { loaded: undefined, box: draft };
  }
  const started_at = isoSeconds(clock.now());
  let outcome: { status: 'Pass' | 'Fail' | 'In Progress'; result: string };
  try {
    const out = await deps.executor.start(TASK, { release, statebox: draft });
    if (out.status === 'Wait') throw new InputError(`${TASK} of ${release} must wait: ${out.wait?.detail ?? out.output}`);
    outcome = { status: out.status, result: out.output.trim() || `${TASK_INFO[TASK].display}: ${out.status}` };
    emit('trigger', `ran ${TASK} (no StateBox yet: upstream creates it)`, TASK, out.status);
  } catch (err) {
    if (err instanceof SetupError || !(err instanceof PermanentError)) throw err;
    outcome = { status: 'Fail', result: `${TASK_INFO[TASK].display} failed: ${maskEmails(errorMessage(err))}` };
  }
  const loaded = await loadStateBox(deps.store, release);
  const base = loaded?.box ?? { ...draft, driver: { ...draft.driver, [CREATED_BY_DRIVER]: true } };
  if (loaded) emit('decision', `${TASK} created ${stateBoxPath(release)} with upstream's metadata`, TASK);
  else emit('decision', `${TASK} created no StateBox: built one from ${release}'s tracking-file entry`, TASK);
  const recorded = updateTask(base, TASK, { status: outcome.status, result: outcome.result, started_at, attempt: 1 }, clock.now());
  if (recorded.transition) emit('status', `${TASK} ${outcome.status}`, TASK, outcome.status);
  return { loaded, box: recorded.box };
}
