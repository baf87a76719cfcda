/**
 * The environment the Actions runner gives a JavaScript action, in a temp dir: a real event
 * JSON file at GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the repository
 * and API URL, and inputs as INPUT_* variables so the real core.getInput reads them.
 * Captures what the action prints (workflow commands such as ::error:: included) and restores
 * everything on dispose.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ActionFactories } from '../../src/action/main';
import { createOctokit } from '../../src/adapters/github/octokit';
import { buildDriverDeps } from '../../src/wiring';
import { stateBoxPath } from '../../src/core/version';
import { FakeClock } from '../../src/ports/clock';
import type { StateBox } from '../../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../../src/statebox/yaml';
import { FakeAnalyzer, FakeExecutor, FakeProbes, T0 } from './fake-world';
import { startGitHubServer, type GitHubServer, type PermissionLevel } from './github-server';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface ActionEnvOptions {
  readonly event: string;
  readonly payload?: Record<string, unknown>;
  /** Input names as in action.yml (`max-operations`), values as the runner passes them. */
  readonly inputs?: Record<string, string>;
  readonly repository?: string;
  readonly apiUrl?: string;
  readonly actor?: string;
  readonly runNumber?: number;
  /** A fixed summary file: core.summary caches its path for the life of the module. */
  readonly summaryPath?: string;
  /** More variables of the run's environment (SLACK_API_URL, KRD_SHEETS_API_URL: the local servers). */
  readonly vars?: Record<string, string>;
}

export interface ActionEnv extends AsyncDisposable {
  readonly dir: string;
  readonly eventPath: string;
  readonly summaryPath: string;
  readonly outputPath: string;
  /** Every line the action printed to stdout since the env was set up. */
  stdout(): string;
  /** The `::error::` messages printed (what core.setFailed reports). */
  errors(): string[];
  /** The `::warning::` messages printed. */
  warnings(): string[];
  /** Lines that are not workflow commands (core.info). */
  infos(): string[];
  /** Outputs written with core.setOutput. */
  outputs(): Record<string, string>;
  summary(): string;
  /** process.exitCode as the run left it (then cleared so vitest is not affected). */
  exitCode(): number | undefined;
}

const INPUT_PREFIX = 'INPUT_';
const RUNNER_VARS = [
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_REPOSITORY',
  'GITHUB_API_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_OUTPUT',
  'GITHUB_ACTOR',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_TOKEN',
  'SLACK_BOT_TOKEN',
];

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Parses the GITHUB_OUTPUT file format `name<<DELIM\nvalue\nDELIM\n`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, delim] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '');
    out[name as string] = value.join('\n');
  }
  return out;
}

export function actionEnv(opts: ActionEnvOptions): ActionEnv {
  const dir = mkdtempSync(join(tmpdir(), 'krd-action-'));
  const eventPath = join(dir, 'event.json');
  const summaryPath = opts.summaryPath ?? join(dir, 'summary.md');
  const outputPath = join(dir, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(opts.payload ?? {}));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');

  const saved = new Map<string, string | undefined>();
  for (const key of Object.keys(process.env)) if (key.startsWith(INPUT_PREFIX)) saved.set(key, process.env[key]);
  for (const key of RUNNER_VARS) saved.set(key, process.env[key]);
  for (const key of saved.keys()) delete process.env[key];

  const set = (key: string, value: string): void => {
    if (!saved.has(key)) saved.set(key, process.env[key]);
    process.env[key] = value;
  };
  set('GITHUB_EVENT_NAME', opts.event);
  set('GITHUB_EVENT_PATH', eventPath);
  set('GITHUB_REPOSITORY', opts.repository ?? 'octo/releases');
  set('GITHUB_API_URL', opts.apiUrl ?? 'http://127.0.0.1:9');
  set('GITHUB_SERVER_URL', 'https://github.example');
  set('GITHUB_STEP_SUMMARY', summaryPath);
  set('GITHUB_OUTPUT', outputPath);
  set('GITHUB_ACTOR', opts.actor ?? 'octocat');
  set('GITHUB_RUN_ID', '4242');
  set('GITHUB_RUN_NUMBER', String(opts.runNumber ?? 1));
  // As the runner does: every input of action.yml is set, defaults included, by the workflow.
  for (const [name, value] of Object.entries(opts.inputs ?? {})) set(`${INPUT_PREFIX}${name.replace(/ /g, '_').toUpperCase()}`, value);
  for (const [name, value] of Object.entries(opts.vars ?? {})) set(name, value);

  const chunks: string[] = [];
  const realWrite = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    if (process.env.KRD_TEST_ECHO) return (realWrite as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
    return true;
  }) as typeof process.stdout.write;
  const previousExitCode = process.exitCode;
  let exitCode: number | undefined;
  let exitRead = false;

  const lines = (): string[] => chunks.join('').split(/\r?\n/).filter((l) => l !== '');
  const commands = (name: string): string[] =>
    lines()
      .flatMap((l) => {
        const m = new RegExp(`^::${name}(?: [^:]*)?::(.*)$`).exec(l);
        return m ? [unescapeCommand(m[1] ?? '')] : [];
      });

  return {
    dir,
    eventPath,
    summaryPath,
    outputPath,
    stdout: () => chunks.join(''),
    errors: () => commands('error'),
    warnings: () => commands('warning'),
    infos: () => lines().filter((l) => !l.startsWith('::')),
    outputs: () => parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: () => readFileSync(summaryPath, 'utf8'),
    exitCode: () => {
      if (!exitRead) {
        exitCode = typeof process.exitCode === 'number' ? process.exitCode : undefined;
        process.exitCode = previousExitCode;
        exitRead = true;
      }
      return exitCode;
    },
    async [Symbol.asyncDispose]() {
      process.stdout.write = realWrite;
      if (!exitRead) process.exitCode = previousExitCode;
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An issue_comment payload as GitHub sends it (the fields the action reads, plus noise). */
export function commentEvent(opts: {
  body: string;
  user?: string;
  userType?: 'User' | 'Bot';
  id?: number;
  issue?: number;
  action?: 'created' | 'edited' | 'deleted';
  pullRequest?: boolean;
}): Record<string, unknown> {
  const login = opts.user ?? 'alice';
  return {
    action: opts.action ?? 'created',
    comment: {
      id: opts.id ?? 1001,
      body: opts.body,
      user: { login, type: opts.userType ?? (login.endsWith('[bot]') ? 'Bot' : 'User') },
      author_association: 'MEMBER',
    },
    issue: {
      number: opts.issue ?? 5,
      title: 'Release 4.20.1',
      ...(opts.pullRequest === false ? {} : { pull_request: { url: 'https://api.github.example/pulls/5' } }),
    },
    repository: { full_name: 'octo/releases' },
    sender: { login, type: opts.userType ?? 'User' },
  };
}

/** The inputs the runner passes when a workflow sets none: action.yml's defaults (token given). */
export function actionDefaults(token = 'ghs_test'): Record<string, string> {
  const yml = parseYaml(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(yml.inputs).map(([name, spec]) => [name, name === 'token' ? token : (spec.default ?? '')]));
}

// ---------------------------------------------------------------------------------------------
// A repository on the local GitHub server and the fake outside world, for run() end to end

export const TOKEN = 'ghs_action_test';
// core.summary remembers the first summary path it sees: every test shares this one.
export const SUMMARY = join(tmpdir(), `krd-action-summary-${process.pid}.md`);
export const STATEBOX_REF = 'z-stream';

function tracking(y: string, releases: readonly string[]): string {
  const lines = ['releases:'];
  releases.forEach((r, i) => {
    lines.push(`  ${r}:`, '    advisories:', `      rpm: ${170000 + i * 2}`, `      rhcos: ${170001 + i * 2}`, `    release_jira: ART-${20000 + i}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Repository files on the statebox branch: a tracking file per y-stream and the given StateBoxes. */
export function repoFiles(boxes: readonly StateBox[], extraTracked: Record<string, string[]> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  const byY = new Map<string, string[]>();
  for (const b of boxes) {
    const y = b.release.split('.').slice(0, 2).join('.');
    byY.set(y, [...(byY.get(y) ?? []), b.release]);
    files[stateBoxPath(b.release)] = serializeStateBox(b);
  }
  for (const [y, rs] of Object.entries(extraTracked)) byY.set(y, [...(byY.get(y) ?? []), ...rs]);
  for (const [y, rs] of byY) files[`_releases/${y}/${y}.z.yaml`] = tracking(y, rs);
  return files;
}

export interface World {
  readonly gh: GitHubServer;
  readonly clock: FakeClock;
  readonly executor: FakeExecutor;
  readonly probes: FakeProbes;
  readonly analyzer: FakeAnalyzer;
  /** run()'s factories: GitHub at the local server, the fake executor, probes and analyzer. */
  readonly factories: ActionFactories;
}

const servers: GitHubServer[] = [];
/** Call from afterEach: closes every server world() started. */
export async function closeWorlds(): Promise<void> {
  for (const s of servers.splice(0)) await s.close();
}

type Faked = 'executor' | 'probes' | 'analyzer';

/**
 * run()'s factories for a world: Octokit at the world's local server (retry waits in
 * milliseconds, writes not spaced), the world's clock, and the world's fake executor, probes and
 * analyzer, except those named in `real`: those are what the settings build (the real oar CLI,
 * HTTP probes, analyzer command; `analyzer-command: none` builds none). Slack is always what
 * the settings build (SLACK_API_URL: a local Slack server).
 */
export function factoriesOf(w: Pick<World, 'clock' | Faked>, real: readonly Faked[] = []): ActionFactories {
  return {
    clock: w.clock,
    octokit: (options) => createOctokit({ ...options, retryAfterBaseMs: 1, spaceWrites: false }),
    driverDeps: (settings) => {
      const { analyzer, ...built } = buildDriverDeps(settings);
      const chosen = real.includes('analyzer') ? analyzer : w.analyzer;
      return {
        ...built,
        ...(real.includes('executor') ? {} : { executor: w.executor }),
        ...(real.includes('probes') ? {} : { probes: w.probes }),
        ...(chosen ? { analyzer: chosen } : {}),
      };
    },
  };
}

/** A repository on the local GitHub server plus the fake outside world, wired as run()'s factories. */
export async function world(boxes: readonly StateBox[], opts: { permissions?: Record<string, PermissionLevel>; extraTracked?: Record<string, string[]> } = {}): Promise<World> {
  const gh = await startGitHubServer({
    token: TOKEN,
    branches: { [STATEBOX_REF]: repoFiles(boxes, opts.extraTracked), record: {} },
    permissions: { alice: 'write', ...opts.permissions },
  });
  servers.push(gh);
  const clock = new FakeClock(T0);
  const executor = new FakeExecutor(clock);
  const probes = new FakeProbes();
  const analyzer = new FakeAnalyzer();
  return { gh, clock, executor, probes, analyzer, factories: factoriesOf({ clock, executor, probes, analyzer }) };
}

/** The runner's environment for one run against the world's server. */
export function env(w: World, event: string, payload: Record<string, unknown>, inputs: Record<string, string> = {}, extra: { actor?: string; runNumber?: number; vars?: Record<string, string> } = {}): ActionEnv {
  return actionEnv({
    event,
    payload,
    inputs: { ...actionDefaults(TOKEN), 'statebox-ref': STATEBOX_REF, ...inputs },
    repository: `${w.gh.owner}/${w.gh.repo}`,
    apiUrl: w.gh.url,
    summaryPath: SUMMARY,
    ...extra,
  });
}

export function boxOn(w: World, release: string): StateBox {
  const text = w.gh.getFile(stateBoxPath(release), STATEBOX_REF);
  if (text === undefined) throw new Error(`no StateBox for ${release}`);
  return parseStateBoxText(text, release);
}
/** Posts the comment on the server (so reactions have something to land on) and returns its event. */
export function commented(w: World, opts: Parameters<typeof commentEvent>[0]): Record<string, unknown> {
  const c = w.gh.addComment(opts.issue ?? 5, opts.body, opts.user ?? 'alice');
  return commentEvent({ ...opts, id: c.id });
}
export const commentId = (payload: Record<string, unknown>): number => (payload.comment as { id: number }).id;
export const statusOf = (b: StateBox, task: string) => b.tasks.find((t) => t.name === task)?.status;
/** Comments the action posted (the commenters' own comments are on the server too). */
export const replies = (w: World) => w.gh.comments.filter((c) => c.user.login === 'github-actions[bot]');
export const writes = (w: World) => w.gh.requests.filter((r) => r.method !== 'GET');

