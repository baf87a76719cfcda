/**
 * What one run knows about the outside systems, so that a broken setup or an outage costs a
 * run seconds and never a release:
 *
 * - A setup error (our program, credential or server missing or refused: SetupError) ends the
 *   run. From then on every call to an outside system throws that same error and every
 *   StateBox write is refused, so nothing more happens and nothing more is written.
 * - A system that keeps failing is down for this run: once two calls in a row have spent
 *   their retries (or it asked for a wait longer than a run sits out), it is not called again
 *   in this run; the next cron run is the long retry.
 * - A store's transient errors are final: its own client retried them already (Octokit's
 *   plugins), so no withRetry around a store call retries them again (core/retry.ts). Two in
 *   a row and the store is down for the run: the run stops and leaves the rest to the next.
 */
import { SetupError, TransientError, errorMessage, setupErrorIn } from '../core/errors';
import { RetryLaterError, alreadyRetried } from '../core/retry';
import type { Executor } from '../ports/executor';
import type { StateStore } from '../ports/store';
import type { Analyzer, WorldProbes } from '../ports/world';
import type { DriverDeps } from './types';

/** Calls in a row that spent their retries before a system counts as down for the run. */
export const FAILED_CALLS_BEFORE_DOWN = 2;

/** The systems behind each probe, as people know them. */
const PROBE_SYSTEMS: Record<keyof WorldProbes, string> = {
  promotion: 'the Release Controller',
  stageReleaseSucceeded: 'GitLab',
  rhcosSecurityAlerts: 'Errata Tool',
  prodMetadataAccessible: 'the prod advisory metadata',
  signatureMatches: 'the signature mirror',
};

export class RunGuard {
  private setup: SetupError | undefined;
  private readonly down = new Map<string, Error>();
  private readonly failures = new Map<string, number>();
  private readonly attemptsPerCall: number;

  /** `retries`: how many times one call is retried in this run (the length of the run's backoff). */
  constructor(retries: number) {
    this.attemptsPerCall = Math.max(0, retries) + 1;
  }

  /** The setup error that ends this run, once one was met. */
  get setupError(): SetupError | undefined {
    return this.setup;
  }

  /** The systems not called again in this run, with the error that put them there. */
  get downSystems(): ReadonlyMap<string, Error> {
    return this.down;
  }

  /** Records a setup error (the first one stands) and returns the one that ends the run. */
  failSetup(err: SetupError): SetupError {
    this.setup ??= err;
    return this.setup;
  }

  /** `system` is not called again in this run. */
  markDown(system: string, err: Error): void {
    if (!this.down.has(system)) this.down.set(system, err);
  }

  /** Calls `system` through `fn`, unless the run is over (setup error) or the system is down. */
  async call<T>(system: string, fn: () => Promise<T>): Promise<T> {
    if (this.setup) throw this.setup;
    const down = this.down.get(system);
    if (down) {
      throw new RetryLaterError(`${capitalized(system)} is not answering in this run (${errorMessage(down).replace(/\.$/, '')}); it is not called again until the next run.`, undefined, { cause: down });
    }
    try {
      const value = await fn();
      this.failures.delete(system);
      return value;
    } catch (err) {
      const setup = setupErrorIn(err);
      if (setup) throw this.failSetup(setup);
      if (err instanceof RetryLaterError) this.markDown(system, err);
      else if (err instanceof TransientError) {
        const failed = (this.failures.get(system) ?? 0) + 1;
        this.failures.set(system, failed);
        if (failed >= FAILED_CALLS_BEFORE_DOWN * this.attemptsPerCall) this.markDown(system, err);
      }
      throw err;
    }
  }

  /**
   * The dependencies this run's releases use: the executor, the analyzer and the probes called
   * through `call`; the stores' transient errors final, and StateBox writes refused once the
   * run met a setup error.
   */
  guard(deps: DriverDeps): DriverDeps {
    return {
      ...deps,
      store: this.store(deps.store, true),
      record: this.store(deps.record, false),
      executor: this.executor(deps.executor),
      probes: this.probes(deps.probes),
      ...(deps.analyzer ? { analyzer: this.analyzer(deps.analyzer) } : {}),
    };
  }

  private executor(e: Executor): Executor {
    const system = 'the executor';
    const findJob = e.findJob?.bind(e);
    return {
      start: (task, ctx) => this.call(system, () => e.start(task, ctx)),
      poll: (task, ctx) => this.call(system, () => e.poll(task, ctx)),
      ...(findJob ? { findJob: (task, ctx) => this.call(system, () => findJob(task, ctx)) } : {}),
    };
  }

  private analyzer(a: Analyzer): Analyzer {
    return { analyze: (build) => this.call('the analyzer', () => a.analyze(build)) };
  }

  private probes(p: WorldProbes): WorldProbes {
    return {
      promotion: (release) => this.call(PROBE_SYSTEMS.promotion, () => p.promotion(release)),
      stageReleaseSucceeded: (mr) => this.call(PROBE_SYSTEMS.stageReleaseSucceeded, () => p.stageReleaseSucceeded(mr)),
      rhcosSecurityAlerts: (id) => this.call(PROBE_SYSTEMS.rhcosSecurityAlerts, () => p.rhcosSecurityAlerts(id)),
      prodMetadataAccessible: (release) => this.call(PROBE_SYSTEMS.prodMetadataAccessible, () => p.prodMetadataAccessible(release)),
      signatureMatches: (digest) => this.call(PROBE_SYSTEMS.signatureMatches, () => p.signatureMatches(digest)),
    };
  }

  /**
   * A store call: its transient errors are final (its client retried them), and two in a row
   * (or a wait too long for a run) put the store down for the run, which then stops driving
   * releases (driveOnce leaves the rest to the next run on a RetryLaterError).
   */
  private async callStore<T>(system: string, fn: () => Promise<T>): Promise<T> {
    const down = this.down.get(system);
    if (down) throw new RetryLaterError(`${system} is not answering in this run (${errorMessage(down).replace(/\.$/, '')}); it is not called again until the next run.`, undefined, { cause: down });
    try {
      const value = await fn();
      this.failures.delete(system);
      return value;
    } catch (err) {
      const final = alreadyRetried(err);
      if (final instanceof RetryLaterError) this.markDown(system, final);
      else if (final instanceof TransientError) {
        const failed = (this.failures.get(system) ?? 0) + 1;
        this.failures.set(system, failed);
        if (failed >= FAILED_CALLS_BEFORE_DOWN) this.markDown(system, final);
      }
      throw final;
    }
  }

  private store(s: StateStore, statebox: boolean): StateStore {
    const system = `The store ${s.describe}`;
    const final = <T>(fn: () => Promise<T>): Promise<T> => this.callStore(system, fn);
    const readMany = s.readMany?.bind(s);
    return {
      describe: s.describe,
      read: (path) => final(() => s.read(path)),
      list: (prefix) => final(() => s.list(prefix)),
      write: async (path, content, options) => {
        if (statebox && this.setup) throw this.setup;
        return final(() => s.write(path, content, options));
      },
      ...(readMany ? { readMany: (paths: readonly string[]) => final(() => readMany(paths)) } : {}),
    };
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
