/**
 * Benchmark: GitHub requests, StateBox writes and wall time of one run over 50 active releases,
 * measured against the local GitHub API server (test/helpers/github-server.ts).
 *
 *   - the action's run(), as the cron workflow runs it (run-cached stores, batched reads, claims);
 *   - the same on a server without GraphQL (every POST /graphql answers 404: the REST fallback);
 *   - driveOnce on a run-cached GitHubStore, as `krd drive --store github` wires it.
 *
 * Prints one JSON object per figure on stdout (bench/run.mjs formats them). Not a test: the
 * figures are measured, never asserted.
 */
import { performance } from 'node:perf_hooks';
import { Octokit as PlainOctokit } from '@octokit/rest';
import { run } from '../src/action/main';
import { createOctokit } from '../src/adapters/github/octokit';
import { RunCachedStore } from '../src/adapters/store/cached';
import { GitHubStore } from '../src/adapters/store/github';
import { driveOnce } from '../src/driver/drive';
import type { StateBox } from '../src/core/model';
import { STATEBOX_REF, TOKEN, closeWorlds, env, world, type World } from '../test/helpers/action-env';
import { CHAIN_PASS, RecordingLogger, config, makeBox } from '../test/helpers/fake-world';
import { startGitHubServer, type RecordedRequest } from '../test/helpers/github-server';

const RELEASES = Array.from({ length: 50 }, (_, i) => `4.${i + 1}.3`);
const REPEATS = Number(process.env.KRD_BENCH_REPEATS ?? 3);

interface Counts {
  requests: number;
  listings: number;
  /** GraphQL queries (batched file reads), and the files they asked for. */
  graphql: number;
  graphqlRefused: number;
  batchedFiles: number;
  trackingReads: number;
  stateboxReads: number;
  recordReads: number;
  stateboxWrites: number;
  claimWrites: number;
  /** PUTs refused with 409 (a stale SHA): the write re-reads, merges and tries again. */
  conflicts: number;
  other: number;
}

function classify(requests: readonly RecordedRequest[]): Counts {
  const c: Counts = {
    requests: requests.length,
    listings: 0,
    graphql: 0,
    graphqlRefused: 0,
    batchedFiles: 0,
    trackingReads: 0,
    stateboxReads: 0,
    recordReads: 0,
    stateboxWrites: 0,
    claimWrites: 0,
    conflicts: 0,
    other: 0,
  };
  for (const r of requests) {
    const contents = r.path.split('/contents/')[1];
    if (r.method === 'POST' && r.path === '/graphql') {
      if (r.status === 200) {
        c.graphql++;
        c.batchedFiles += Object.keys((r.body as { variables?: Record<string, unknown> } | undefined)?.variables ?? {}).filter((k) => /^f\d+$/.test(k)).length;
      } else c.graphqlRefused++;
    } else if (r.method === 'GET' && r.path.includes('/git/trees/')) c.listings++;
    else if (r.method === 'GET' && contents && /^_releases\/[\d.]+\/[\d.]+\.z\.yaml$/.test(contents)) c.trackingReads++;
    else if (r.method === 'GET' && contents?.includes('/statebox/')) c.stateboxReads++;
    else if (r.method === 'GET' && contents?.startsWith('_releases/ocp-test-result-')) c.recordReads++;
    else if (r.method === 'PUT' && contents?.includes('/statebox/')) {
      if (r.status === 409) c.conflicts++;
      else if (/claim /.test(String((r.body as { message?: unknown } | undefined)?.message))) c.claimWrites++;
      else c.stateboxWrites++;
    } else c.other++;
  }
  return c;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type Setup = (w: World) => void;

const idleBox = (release: string): StateBox =>
  makeBox({ release, tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': { status: 'In Progress', job: { id: '5' } } } });
/** Nothing changes: push-to-cdn-staging runs, the promotion is not Accepted yet. */
const waitingForPromotion: Setup = (w) => {
  w.probes.promotionPhase = 'Ready';
};
/** Every release runs its next synchronous task (create-test-report). */
const freshBox = (release: string): StateBox => makeBox({ release, tasks: {} });
/** Every release starts an async job (push-to-cdn-staging): a claim, then the step's write. */
const readyToPushBox = (release: string): StateBox => makeBox({ release, tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass' } });
/**
 * The fake executor's findJob does not look at the release (test/helpers/fake-world.ts), so
 * with many releases it would offer the first release's job to the others; jobs are looked up
 * by the claim instead.
 */
const startingJobs: Setup = (w) => {
  w.probes.promotionPhase = 'Ready';
  w.executor.findJob = undefined;
};

interface Measured {
  counts: Counts;
  ms: number[];
}

/** A server that offers only REST: every GraphQL query answers 404, as CONTRACT.md allows. */
const withoutGraphQL =
  (setup: Setup): Setup =>
  (w) => {
    setup(w);
    w.gh.inject({ status: 404, times: 1_000_000, match: { method: 'POST', path: '/graphql' } });
  };

async function measureAction(boxOf: (r: string) => StateBox, setup: Setup): Promise<Measured> {
  const ms: number[] = [];
  let counts: Counts | undefined;
  for (let i = 0; i < REPEATS; i++) {
    const w = await world(RELEASES.map(boxOf));
    setup(w);
    const e = env(w, 'schedule', {}, { 'max-operations': '100000' });
    try {
      const t0 = performance.now();
      await run(w.factories);
      ms.push(performance.now() - t0);
      const errors = e.errors();
      if (errors.length) throw new Error(`the run failed: ${errors.join('; ')}`);
      counts = classify(w.gh.requests);
    } finally {
      e.exitCode();
      await e[Symbol.asyncDispose]();
      await closeWorlds();
    }
  }
  return { counts: counts!, ms };
}

async function measureDriveOnce(boxOf: (r: string) => StateBox, setup: Setup): Promise<Measured> {
  const ms: number[] = [];
  let counts: Counts | undefined;
  for (let i = 0; i < REPEATS; i++) {
    const w = await world(RELEASES.map(boxOf));
    setup(w);
    try {
      // As src/cli/commands/drive.ts wires `--store github`: one run's view of each branch.
      const octokit = createOctokit({ token: TOKEN, baseUrl: w.gh.url, retryAfterBaseMs: 1, spaceWrites: false });
      const store = new RunCachedStore(new GitHubStore({ octokit, owner: w.gh.owner, repo: w.gh.repo, ref: STATEBOX_REF }));
      const record = new RunCachedStore(new GitHubStore({ octokit, owner: w.gh.owner, repo: w.gh.repo, ref: 'record' }));
      const deps = { store, record, executor: w.executor, probes: w.probes, analyzer: w.analyzer, clock: w.clock, log: new RecordingLogger() };
      const t0 = performance.now();
      const result = await driveOnce(deps, { config: config() });
      ms.push(performance.now() - t0);
      const failed = result.releases.filter((r) => r.error);
      if (failed.length) throw new Error(`driveOnce failed: ${failed[0]!.error}`);
      counts = classify(w.gh.requests);
    } finally {
      await closeWorlds();
    }
  }
  return { counts: counts!, ms };
}

function emit(figure: string, value: number | string, unit: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ figure, value, unit, ...extra })}\n`);
}

function breakdown(c: Counts): string {
  const parts = [
    `${c.listings} listing`,
    c.graphql ? `${c.graphql} GraphQL queries reading ${c.batchedFiles} files` : '',
    c.graphqlRefused ? `${c.graphqlRefused} GraphQL query refused (404)` : '',
    c.trackingReads ? `${c.trackingReads} tracking-file reads` : '',
    c.stateboxReads ? `${c.stateboxReads} StateBox reads` : '',
    c.recordReads ? `${c.recordReads} record reads` : '',
    `${c.stateboxWrites} StateBox writes`,
    c.claimWrites ? `${c.claimWrites} claim writes` : '',
    c.conflicts ? `${c.conflicts} writes refused with 409` : '',
    c.other ? `${c.other} other` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** ms per sequential GET of one file: createOctokit (retry + throttling plugins) and a plain Octokit. */
async function clientOverhead(): Promise<{ krd: number; plain: number }> {
  await using gh = await startGitHubServer({ token: TOKEN, files: { 'a.yaml': 'x: 1\n' } });
  const clients = {
    krd: createOctokit({ token: TOKEN, baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false }),
    plain: new PlainOctokit({ auth: TOKEN, baseUrl: gh.url }),
  };
  const out = { krd: 0, plain: 0 };
  for (const [name, client] of Object.entries(clients) as [keyof typeof clients, (typeof clients)[keyof typeof clients]][]) {
    await client.rest.repos.getContent({ owner: gh.owner, repo: gh.repo, path: 'a.yaml' }); // warm up
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) await client.rest.repos.getContent({ owner: gh.owner, repo: gh.repo, path: 'a.yaml' });
    out[name] = (performance.now() - t0) / 100;
  }
  return out;
}

async function main(): Promise<void> {
  const n = RELEASES.length;
  const writesOf = (c: Counts) => c.stateboxWrites + c.claimWrites;

  const idle = await measureAction(idleBox, waitingForPromotion);
  emit('action run(), 50 releases, nothing changed: HTTP requests', idle.counts.requests, 'requests', {
    target: `≤ ${1 + n} (one listing + one read per release)`,
    max: 1 + n,
    detail: breakdown(idle.counts),
  });
  emit('action run(), 50 releases, nothing changed: StateBox writes', writesOf(idle.counts), 'writes', { target: '0', max: 0 });
  emit('action run(), 50 releases, nothing changed: wall time (median)', Math.round(median(idle.ms)), 'ms', { runs: REPEATS });

  const rest = await measureAction(idleBox, withoutGraphQL(waitingForPromotion));
  emit('action run(), 50 releases, nothing changed, server without GraphQL: HTTP requests', rest.counts.requests, 'requests', {
    detail: breakdown(rest.counts),
  });
  emit('action run(), 50 releases, nothing changed, server without GraphQL: StateBox writes', writesOf(rest.counts), 'writes', { target: '0', max: 0 });

  const sync = await measureAction(freshBox, () => undefined);
  emit('action run(), 50 releases each advancing one sync task: HTTP requests per release', +(sync.counts.requests / n).toFixed(2), 'requests', {
    detail: breakdown(sync.counts),
  });
  emit('action run(), 50 releases each advancing one sync task: StateBox writes per release', writesOf(sync.counts) / n, 'writes', { target: '2 (the claim, then the step)', max: 2 });
  emit('action run(), 50 releases each advancing one sync task: wall time (median)', Math.round(median(sync.ms)), 'ms', { runs: REPEATS });

  const async = await measureAction(readyToPushBox, startingJobs);
  emit('action run(), 50 releases each starting an async job: HTTP requests per release', +(async.counts.requests / n).toFixed(2), 'requests', {
    detail: breakdown(async.counts),
  });
  emit('action run(), 50 releases each starting an async job: StateBox writes per release', writesOf(async.counts) / n, 'writes', {
    detail: `${async.counts.claimWrites / n} claim + ${async.counts.stateboxWrites / n} step write, and ${async.counts.conflicts / n} write refused with 409`,
  });
  emit('action run(), 50 releases each starting an async job: wall time (median)', Math.round(median(async.ms)), 'ms', { runs: REPEATS });

  const cli = await measureDriveOnce(idleBox, waitingForPromotion);
  emit('krd drive --store github (driveOnce on run-cached GitHubStores), 50 releases, nothing changed: HTTP requests', cli.counts.requests, 'requests', {
    target: `≤ ${1 + n}`,
    max: 1 + n,
    detail: breakdown(cli.counts),
  });
  emit('krd drive --store github, 50 releases, nothing changed: StateBox writes', writesOf(cli.counts), 'writes', { target: '0', max: 0 });
  emit('krd drive --store github, 50 releases, nothing changed: wall time (median)', Math.round(median(cli.ms)), 'ms', { runs: REPEATS });

  const overhead = await clientOverhead();
  emit('GitHub client time per request against the local server (createOctokit)', +overhead.krd.toFixed(1), 'ms', {
    detail: `a plain Octokit takes ${overhead.plain.toFixed(1)} ms: the rest is the retry and throttling plugins' scheduling, small next to api.github.com's latency`,
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`bench/drive.ts: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
