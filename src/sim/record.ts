/**
 * The simulated `record` branch: test-result files (`_releases/ocp-test-result-{build}-amd64.json`)
 * that appear, run and aggregate as the world's clock says. The job data is realistic enough
 * that BO3 (src/core/bo3.ts) computes the same verdict the file claims.
 */
import { PermanentError } from '../core/errors';
import { testResultPath } from '../core/bo3';
import { yStream } from '../core/version';
import type { Clock } from '../ports/clock';
import type { StateStore, StoredFile, WriteOptions } from '../ports/store';
import { gitBlobSha } from '../adapters/store/git-sha';
import type { TestResultPlan } from './scenario';
import { stableHex, stableUuid } from './ids';

export type TestResultPhase = 'missing' | 'running' | 'aggregating' | 'aggregated';

/** One build the world has test results for. */
export interface TestResultSource {
  readonly build: string;
  /** The release it belongs to (picks the y-stream's job names). */
  readonly release: string;
  readonly kind: 'candidate' | 'promoted';
  readonly plan: TestResultPlan | undefined;
}

/**
 * Where a build's results stand `offset` ms after the scenario start: no file before
 * `exists_at`; jobs running (no `aggregated` field) for the first half of the wait; retries
 * still running (`aggregated: false`) for the second half; aggregated from `aggregated_at`.
 */
export function testResultPhase(plan: TestResultPlan | undefined, offset: number): TestResultPhase {
  if (plan?.exists_at === undefined || offset < plan.exists_at) return 'missing';
  if (plan.aggregated_at === undefined) return 'running';
  const aggregatedAt = Math.max(plan.aggregated_at, plan.exists_at);
  if (offset >= aggregatedAt) return 'aggregated';
  return offset < plan.exists_at + (aggregatedAt - plan.exists_at) / 2 ? 'running' : 'aggregating';
}

const PLATFORMS = {
  candidate: ['aws-ipi', 'azure-ipi-fips', 'gcp-ipi', 'aws-ipi-disruptive', 'upgrade-from-stable-{prev}-gcp-ipi'],
  promoted: ['upgrade-from-stable-{prev}-aws-ipi', 'upgrade-from-stable-{y}-azure-ipi-fips', 'upgrade-from-stable-{y}-gcp-ipi'],
} as const;

/** Blocking job names as the y-stream's `ocp-{y}-test-jobs-amd64.json` would list them. */
export function blockingJobNames(release: string, kind: 'candidate' | 'promoted'): string[] {
  const y = yStream(release);
  const [major, minor] = y.split('.').map(Number) as [number, number];
  const prev = `${major}.${Math.max(0, minor - 1)}`;
  const stream = kind === 'promoted' ? `stable-${y}-` : '';
  return PLATFORMS[kind].map((p) => {
    const platform = p.replace('{prev}', prev).replace('{y}', y);
    const body = platform.startsWith('upgrade') && kind === 'candidate' ? `stable-${y}-${platform}` : `${stream}${platform}`;
    return `periodic-ci-openshift-openshift-tests-private-release-${y}-automated-release-${body}-f999`;
  });
}

interface ProwRun {
  jobID: string;
  jobURL: string;
  jobState?: string;
  jobStartTime: string;
  jobCompletionTime?: string;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function prowRun(jobName: string, seed: string, startMs: number, state: 'success' | 'failure' | 'pending', tookMs: number): ProwRun {
  const id = stableUuid(seed);
  const number = BigInt(`0x${stableHex(`${seed}#n`, 12)}`) % 1_000_000_000n + 1_800_000_000_000_000_000n;
  const run: ProwRun = {
    jobID: id,
    jobURL: `https://qe-private-deck-ci.apps.ci.l2s4.p1.openshiftapps.com/view/gs/qe-private-deck/logs/${jobName}/${number}`,
    jobStartTime: iso(startMs),
  };
  if (state !== 'pending') {
    run.jobState = state;
    run.jobCompletionTime = iso(startMs + tookMs);
  } else {
    run.jobState = 'pending';
  }
  return run;
}

/**
 * The file's content in a phase. Accepted builds pass every job (one of them only after BO3
 * retries); rejected ones have a job that failed its first run and then 1 of 2 retries.
 */
export function testResultJson(source: TestResultSource, phase: Exclude<TestResultPhase, 'missing'>, startMs: number): object {
  const plan = source.plan!;
  const existsMs = startMs + (plan.exists_at ?? 0);
  const names = blockingJobNames(source.release, source.kind);
  const flaky = 1; // the job that needs retries
  const result = names.map((jobName, i) => {
    const seed = `${source.build}/${jobName}`;
    const first = (state: 'success' | 'failure' | 'pending') => prowRun(jobName, seed, existsMs + i * 5_000, state, 2 * 3_600_000);
    if (phase === 'running') return { jobName, firstJob: first('pending'), retriedJobs: [] };
    const lastPending = phase === 'aggregating' && i === names.length - 1;
    if (i !== flaky) return { jobName, firstJob: first(lastPending ? 'pending' : 'success'), retriedJobs: [] };
    const retry = (n: number, state: 'success' | 'failure' | 'pending') =>
      prowRun(jobName, `${seed}#retry${n}`, existsMs + 2 * 3_600_000 + n * 60_000, state, 2 * 3_600_000);
    if (phase === 'aggregating') return { jobName, firstJob: first('failure'), retriedJobs: [retry(1, 'pending'), retry(2, 'pending')] };
    const second = plan.accepted ? 'success' : 'failure';
    return { jobName, firstJob: first('failure'), retriedJobs: [retry(1, 'success'), retry(2, second)] };
  });
  const build = {
    name: source.build,
    phase: 'Accepted',
    pullSpec:
      source.kind === 'promoted'
        ? `quay.io/openshift-release-dev/ocp-release:${source.build}-x86_64`
        : `registry.ci.openshift.org/ocp/release:${source.build}`,
    downloadURL: `https://openshift-release-artifacts.apps.ci.l2s4.p1.openshiftapps.com/${source.build}`,
  };
  if (phase === 'running') return { result, build };
  if (phase === 'aggregating') return { result, build, aggregated: false, accepted: false };
  return { result, build, aggregated: true, accepted: plan.accepted };
}

export interface RecordStoreOptions {
  /** The build a test-result file is about, or undefined when the world has none for it. */
  readonly resolve: (build: string) => TestResultSource | undefined;
  /** Every build the world knows (releases and candidate nightlies), for `list`. */
  readonly builds: () => readonly string[];
  readonly clock: Clock;
  readonly start: number;
  /** Throws to simulate an outage of the test-results system. */
  readonly fault?: (what: string) => void;
}

/** The record branch as a read-only StateStore whose files follow the clock. */
export class SimRecordStore implements StateStore {
  readonly describe = 'simulated record branch';
  private readonly cache = new Map<string, StoredFile>();

  constructor(private readonly options: RecordStoreOptions) {}

  /** The phase a build's results are in now. */
  phaseOf(build: string): TestResultPhase {
    return testResultPhase(this.options.resolve(build)?.plan, this.options.clock.now().getTime() - this.options.start);
  }

  async read(path: string): Promise<StoredFile | undefined> {
    this.options.fault?.(`read ${path}`);
    const m = /^_releases\/ocp-test-result-(.+)-amd64\.json$/.exec(path);
    const source = m?.[1] ? this.options.resolve(m[1]) : undefined;
    if (!source || testResultPath(source.build) !== path) return undefined;
    const phase = testResultPhase(source.plan, this.options.clock.now().getTime() - this.options.start);
    if (phase === 'missing') return undefined;
    const key = `${path}#${phase}`;
    let file = this.cache.get(key);
    if (!file) {
      const content = `${JSON.stringify(testResultJson(source, phase, this.options.start), null, 2)}\n`;
      file = { path, content, sha: gitBlobSha(content) };
      this.cache.set(key, file);
    }
    return file;
  }

  async write(path: string, _content: string, _options: WriteOptions): Promise<{ sha: string }> {
    throw new PermanentError(`${this.describe}: ${path} is written by the test aggregator, not by the driver.`);
  }

  async list(prefix: string): Promise<string[]> {
    this.options.fault?.(`list ${prefix}`);
    const out: string[] = [];
    for (const build of this.options.builds()) {
      const path = testResultPath(build);
      if (path.startsWith(prefix) && (await this.read(path))) out.push(path);
    }
    return out.sort();
  }
}
