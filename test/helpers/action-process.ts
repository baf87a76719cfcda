/**
 * The action as the runner starts it: `node src/action.ts` (here through tsx) in its own
 * process, with the runner's environment (GITHUB_* variables, the event, output and summary
 * files in a temp dir) and every input of action.yml as INPUT_*, defaults filled in.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionDefaults, parseOutputFile } from './action-env';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A port nothing listens on: the default for runs that must not reach GitHub. */
const NO_API = 'http://127.0.0.1:9';

export interface ActionProcessOptions {
  readonly event: string;
  readonly payload?: object;
  /** Input names as in action.yml; the rest take action.yml's defaults (the token none). */
  readonly inputs?: Record<string, string>;
  readonly apiUrl?: string;
  /** Variables added to (or replacing) the runner's, such as GITHUB_TOKEN. */
  readonly env?: NodeJS.ProcessEnv;
  /** `bundle`: the committed dist/index.js, what action.yml runs on node24; default: the sources. */
  readonly entry?: 'sources' | 'bundle';
}

export interface ActionProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export function runActionProcess(options: ActionProcessOptions): Promise<ActionProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'krd-action-proc-'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(options.payload ?? {}));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo/releases',
    GITHUB_API_URL: options.apiUrl ?? NO_API,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(''), ...options.inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    const args = options.entry === 'bundle' ? [join(ROOT, 'dist/index.js')] : ['--import', 'tsx', join(ROOT, 'src/action.ts')];
    execFile(process.execPath, args, { cwd: ROOT, env, timeout: 60_000 }, (err, stdout, stderr) => {
      // A child killed by the timeout has no numeric exit code: count it as a failure.
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
      const summary = readFileSync(files.summary, 'utf8');
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stdout, stderr, outputs, summary });
    });
  });
}
