#!/usr/bin/env node
/**
 * `npm run bench`: every figure of docs/benchmarks.md, measured in one run, one line each.
 *
 *   node bench/run.mjs [--json] [--only drive|cli] [--dist DIR]
 *
 * - GitHub requests, StateBox writes and wall time of one run over 50 active releases against
 *   the local GitHub API server (bench/drive.ts, run with tsx);
 * - the bundled CLI: cold start, bundle sizes, `krd test-result evaluate` on the upstream
 *   record fixtures, `krd simulate` over six days of 15-minute runs.
 *
 * Uses the bundles in dist/ when they are built, else the sources through tsx; `--dist DIR` (or
 * KRD_BENCH_DIST) measures bundles built elsewhere, laid out like dist/ (DIR/index.js, DIR/cli/index.js),
 * such as `npx ncc build src/action.ts -o .tmp/dist && npx ncc build src/cli.ts -o .tmp/dist/cli`.
 * Figures are measured, never asserted: the tests prove behaviour, this prints numbers. Environment: KRD_BENCH_REPEATS
 * (timed repetitions, default 3 for runs and 11 for cold starts), KRD_BENCH_RECORD_DIR (test
 * result files, default ../shared/fixtures/upstream/record beside the clone, else test/fixtures/drive).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import process from 'node:process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : process.env.KRD_BENCH_DIST;
const REPEATS = Number(process.env.KRD_BENCH_REPEATS ?? 3);
const COLD_STARTS = Math.max(5, Number(process.env.KRD_BENCH_REPEATS ?? 11));

const DIST = resolve(ROOT, distArg ?? 'dist');
const distName = DIST.startsWith(`${ROOT}/`) ? DIST.slice(ROOT.length + 1) : DIST;
const DIST_CLI = join(DIST, 'cli/index.js');
const DIST_ACTION = join(DIST, 'index.js');
if (distArg && !existsSync(DIST_CLI)) {
  process.stderr.write(`bench: ${DIST_CLI} does not exist: build the bundles into ${distName} first.\n`);
  process.exit(2);
}
const built = existsSync(DIST_CLI);
/** How to start the CLI: the bundle when built, else the sources through tsx. */
const krd = built ? [DIST_CLI] : ['--import', 'tsx', join(ROOT, 'src/cli.ts')];
const krdName = built ? `${distName}/cli/index.js` : 'src/cli.ts via tsx (dist/ not built)';

function print(f) {
  if (asJson) {
    process.stdout.write(`${JSON.stringify(f)}\n`);
    return;
  }
  const target = f.target !== undefined ? `  [target ${f.target}]` : '';
  const detail = f.detail ? `  (${f.detail})` : '';
  // A figure with a numeric bound says so when it misses it.
  const missed = typeof f.max === 'number' && typeof f.value === 'number' && f.value > f.max ? `  MISSES ITS TARGET (over ${f.max})` : '';
  process.stdout.write(`${f.figure}: ${f.value} ${f.unit}${target}${missed}${detail}\n`);
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Wall time of a child process in ms; throws when it fails. */
function timed(argv, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = performance.now() - t0;
  if (r.status !== (options.expectStatus ?? 0)) {
    throw new Error(`node ${argv.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  }
  return { ms, stdout: r.stdout };
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

function benchDrive() {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/drive.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KRD_BENCH_REPEATS: String(REPEATS) },
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of out.split('\n')) if (line.trim() !== '') print(JSON.parse(line));
}

function benchColdStart() {
  timed([...krd, '--help']); // warm the file cache
  const ms = [];
  for (let i = 0; i < COLD_STARTS; i++) ms.push(timed([...krd, '--help']).ms);
  print({ figure: `cold start: node ${krdName} --help (median of ${COLD_STARTS})`, value: Math.round(median(ms)), unit: 'ms' });
  const base = [];
  for (let i = 0; i < COLD_STARTS; i++) base.push(timed(['-e', '0']).ms);
  print({ figure: `for comparison: node -e 0 (median of ${COLD_STARTS})`, value: Math.round(median(base)), unit: 'ms' });
}

function benchSizes() {
  if (!existsSync(DIST_ACTION)) {
    print({ figure: `${distName}/index.js size`, value: 'n/a', unit: '', detail: 'not built: npm run build' });
    return;
  }
  const main = statSync(DIST_ACTION).size;
  print({ figure: `${distName}/index.js size (the action)`, value: (main / 1024 / 1024).toFixed(2), unit: 'MiB', detail: `${main} bytes, ${kib(gzipSync(readFileSync(DIST_ACTION)).length)} gzipped` });
  const total = jsTotal(DIST);
  print({ figure: `${distName}/*.js total (the action with its lazy chunks)`, value: (total.bytes / 1024 / 1024).toFixed(2), unit: 'MiB', detail: `${total.files} files` });
  if (built) {
    const cli = statSync(DIST_CLI).size;
    const all = jsTotal(join(DIST, 'cli'));
    print({ figure: `${distName}/cli/index.js size (what every krd command loads)`, value: Math.round(cli / 1024), unit: 'KiB', detail: `${cli} bytes; ${(all.bytes / 1024 / 1024).toFixed(2)} MiB with the ${all.files - 1} chunks the commands load on demand` });
  }
}

function jsTotal(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) };
}

function recordFiles() {
  const dirs = [process.env.KRD_BENCH_RECORD_DIR, join(ROOT, '../shared/fixtures/upstream/record'), join(ROOT, 'test/fixtures/drive')].filter(Boolean);
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => /^ocp-test-result-.+\.json$/.test(f)).map((f) => join(dir, f));
    if (files.length) return { dir, files };
  }
  throw new Error('No test-result files found: set KRD_BENCH_RECORD_DIR.');
}

function benchTestResults() {
  const { dir, files } = recordFiles();
  const runs = [];
  let lines = 0;
  for (let i = 0; i < REPEATS; i++) {
    const r = timed([...krd, 'test-result', 'evaluate', ...files, '--json']);
    runs.push(r.ms);
    lines = r.stdout.trim().split('\n').length;
  }
  print({ figure: `krd test-result evaluate on ${files.length} files of ${dir} (one call, median of ${REPEATS})`, value: Math.round(median(runs)), unit: 'ms', detail: `${lines} JSON lines` });

  // CONTRACT.md: hundreds of files in one call well under a second.
  const tmp = mkdtempSync(join(tmpdir(), 'krd-bench-record-'));
  try {
    const many = [];
    for (let copy = 0; copy < Math.ceil(400 / files.length); copy++) {
      for (const f of files) {
        const to = join(tmp, `${copy}-${f.split('/').pop()}`);
        copyFileSync(f, to);
        many.push(to);
      }
    }
    const big = [];
    for (let i = 0; i < REPEATS; i++) big.push(timed([...krd, 'test-result', 'evaluate', ...many, '--json']).ms);
    print({ figure: `krd test-result evaluate on ${many.length} files (one call, median of ${REPEATS})`, value: Math.round(median(big)), unit: 'ms', target: 'well under 1000 ms', max: 1000 });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function benchSimulate() {
  const scenarios = [join(ROOT, 'bench/six-days.yaml'), join(ROOT, 'scenarios/promoted-before-chain.yaml')].filter((f) => existsSync(f));
  for (const file of scenarios) {
    const runs = [];
    let report;
    for (let i = 0; i < REPEATS; i++) {
      const r = timed([...krd, 'simulate', file, '--json']);
      runs.push(r.ms);
      report = JSON.parse(r.stdout);
    }
    const overall = Object.entries(report.releases).map(([rel, r]) => `${rel} ${r.overall}`).join(', ');
    const name = file.startsWith(ROOT) ? file.slice(ROOT.length + 1) : file;
    print({
      figure: `krd simulate ${name} (every 15m, until 6d; median of ${REPEATS})`,
      value: Math.round(median(runs)),
      unit: 'ms',
      detail: `${report.runs} runs, ${(median(runs) / report.runs).toFixed(1)} ms per run, ${report.events.length} events; ${overall}`,
    });
  }
}

const started = performance.now();
if (!asJson) process.stdout.write(`krd benchmarks (node ${process.version}, ${krdName})\n`);
if (!only || only === 'drive') benchDrive();
if (!only || only === 'cli') {
  benchColdStart();
  benchSizes();
  benchTestResults();
  benchSimulate();
}
if (!asJson) process.stdout.write(`done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
