/** Faults of outside systems on the simulated clock: each turns into the error a real adapter throws. */
import { SetupError, TransientError } from '../core/errors';
import type { Clock } from '../ports/clock';
import type { FaultKind, FaultSystem, ScenarioFault } from './scenario';

/** How people know each system, and the credential an auth failure points at. */
export const SYSTEMS: Readonly<Record<FaultSystem, { name: string; credential: string }>> = {
  github: { name: 'GitHub', credential: 'GITHUB_TOKEN' },
  executor: { name: 'the oar executor', credential: 'the job API token (JENKINS_USER/JENKINS_TOKEN)' },
  'release-controller': { name: 'the Release Controller', credential: 'the Release Controller access token' },
  'test-results': { name: 'the record branch (test results)', credential: 'GITHUB_TOKEN' },
  slack: { name: 'Slack', credential: 'SLACK_BOT_TOKEN' },
  sheets: { name: 'Google Sheets', credential: 'the Google service account key (GCP_SA_FILE)' },
  gitlab: { name: 'GitLab', credential: 'GITLAB_TOKEN' },
  errata: { name: 'Errata Tool', credential: 'the Kerberos ticket (kinit)' },
  mirror: { name: 'the signature mirror', credential: 'the mirror access' },
};

/**
 * The error a real adapter would throw for this fault. An auth fault is one of our credentials
 * refused: a setup error, which ends the run without changing any StateBox (no task fails).
 */
export function faultError(system: FaultSystem, kind: FaultKind, what: string): Error {
  const { name, credential } = SYSTEMS[system];
  switch (kind) {
    case 'http-500':
      return new TransientError(`${name} answered HTTP 500 to ${what} (simulated fault).`);
    case 'http-429':
      return new TransientError(`${name} rate-limited ${what} (HTTP 429, retry after 60s; simulated fault).`, 60_000);
    case 'timeout':
      return new TransientError(`${name} did not answer ${what} within 30s (simulated fault).`);
    case 'auth':
      return new SetupError(`${name} rejected ${credential} for ${what} (HTTP 401): renew the credential (simulated fault).`);
  }
}

/** The faults of a scenario, checked against the clock on every call to an outside system. */
export class FaultSchedule {
  /** How many calls each system refused, for reports and tests. */
  readonly refused = new Map<FaultSystem, number>();

  constructor(
    private readonly faults: readonly ScenarioFault[],
    private readonly clock: Clock,
    private readonly start: number,
  ) {}

  /** The fault active on `system` now, if any (`from` inclusive, `to` exclusive). */
  active(system: FaultSystem): ScenarioFault | undefined {
    const offset = this.clock.now().getTime() - this.start;
    return this.faults.find((f) => f.system === system && offset >= f.from && offset < f.to);
  }

  /** Throws the fault's error when `system` is down now. */
  check(system: FaultSystem, what: string): void {
    const fault = this.active(system);
    if (!fault) return;
    this.refused.set(system, (this.refused.get(system) ?? 0) + 1);
    throw faultError(system, fault.kind, what);
  }
}
