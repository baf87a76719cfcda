/**
 * Executor over the `oar` CLI of openshift/release-tests: one child process per call, an
 * argument array (never a shell), a timeout, and the output read by status-line.ts.
 */
import { execFile } from 'node:child_process';
import { InputError, PermanentError, SetupError, TransientError, errorMessage } from '../../core/errors';
import { isAsyncTask, type FlowTask } from '../../core/tasks';
import { parseRelease } from '../../core/version';
import type { ExecContext, ExecOutcome, Executor } from '../../ports/executor';
import { childEnv } from './child-env';
import { findProgram } from './program-path';
import { interpretRun, tail, type RawRun } from './status-line';

/** The oar subcommand of each task the CLI runs; the others the driver checks itself. */
export const OAR_SUBCOMMANDS: Partial<Record<FlowTask, string>> = {
  'create-test-report': 'create-test-report',
  'take-ownership': 'take-ownership',
  'check-cve-tracker-bug': 'check-cve-tracker-bug',
  'push-to-cdn-staging': 'push-to-cdn-staging',
  'image-consistency-check': 'image-consistency-check',
  'stage-testing': 'stage-testing',
  'image-signed-check': 'image-signed-check',
  'change-advisory-status': 'change-advisory-status',
};

const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
// A job id is a Jenkins build number or a Prow UUID; never something that looks like an option.
const JOB_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** What to ask for, validated: shared by the CLI and MCP executors. */
export interface TaskRequest {
  readonly task: FlowTask;
  readonly release: string;
  readonly owner?: string;
  /** Set for polls of jobs that have an id (image-consistency-check, stage-testing). */
  readonly jobId?: string;
}

export function taskRequest(task: FlowTask, ctx: ExecContext, mode: 'start' | 'poll'): TaskRequest {
  const release = parseRelease(ctx.release).text;
  if (!OAR_SUBCOMMANDS[task]) {
    throw new PermanentError(`${task} is not an oar task: the driver checks it itself, no executor runs it.`);
  }
  if (task === 'take-ownership') {
    if (!ctx.owner || !EMAIL_RE.test(ctx.owner)) {
      throw new InputError(`take-ownership needs the owner's email address${ctx.owner ? `; ${JSON.stringify(ctx.owner)} is not one` : ''}.`);
    }
    return { task, release, owner: ctx.owner };
  }
  if (mode === 'start') return { task, release };
  if (!isAsyncTask(task)) {
    throw new PermanentError(`${task} is not an async task: there is no job to poll.`);
  }
  if (task === 'push-to-cdn-staging') return { task, release }; // upstream re-runs the same command
  if (!ctx.jobId) {
    throw new PermanentError(`Cannot poll ${task} of ${release}: no job id was recorded when it was triggered; retry the task to trigger it again.`);
  }
  if (!JOB_ID_RE.test(ctx.jobId)) throw new InputError(`${JSON.stringify(ctx.jobId)} is not a job id.`);
  if (task === 'stage-testing' && !/^\d+$/.test(ctx.jobId)) {
    // oar's `-n/--build_number` is a click int: anything else ends in a usage error, not a status.
    throw new PermanentError(`stage-testing polls a Jenkins build number (oar's -n/--build_number); the recorded job ${JSON.stringify(ctx.jobId)} is not one: record the Stage-Pipeline build with /release:record-job.`);
  }
  return { task, release, jobId: ctx.jobId };
}

/**
 * The oar argument list, as upstream's click options take it: `oar -r 4.20.1 take-ownership -e
 * owner@x`; polls of stage-testing with `-n N` (its `-n/--build_number`, an int) and of
 * image-consistency-check with `-i ID` (its `-i/--job-id`, a Prow job; it has no `-n`), the
 * way release-tests' MCP server passes them.
 */
export function oarArgs(req: TaskRequest): string[] {
  const args = ['-r', req.release, OAR_SUBCOMMANDS[req.task] as string];
  if (req.owner) args.push('-e', req.owner);
  if (req.jobId) args.push(req.task === 'image-consistency-check' ? '-i' : '-n', req.jobId);
  return args;
}

export interface OarCliOptions {
  /** The program and leading arguments, default ['oar']. */
  readonly command?: readonly string[];
  readonly timeoutMs: number;
  /** The child's whole environment, used as given; default: the allow-list of child-env.ts over this process's. */
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Variables oar cannot run without; the preflight refuses a run whose oar would not get them. Default none. */
  readonly requiredEnv?: readonly string[];
}

/** How long `oar --help` may take before a run counts oar as not answering. */
const PREFLIGHT_TIMEOUT_MS = 60_000;

const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;

/** Runs a program with an argument array and exactly the environment given, collecting stdout and stderr in arrival order. */
export function runProgram(
  command: readonly string[],
  args: readonly string[],
  opts: { timeoutMs: number; env: NodeJS.ProcessEnv; cwd?: string; what: string },
): Promise<RawRun> {
  const [program, ...lead] = command;
  if (!program) throw new InputError(`The ${opts.what} command is empty.`);
  return new Promise((resolve, reject) => {
    const chunks: string[] = [];
    const child = execFile(
      program,
      [...lead, ...args],
      { timeout: opts.timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, env: opts.env, cwd: opts.cwd, windowsHide: true },
      (err) => {
        const output = chunks.join('');
        if (!err) return resolve({ output, exitCode: 0 });
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: unknown };
        if (e.code === 'ENOENT' || e.code === 'EACCES') {
          return reject(new SetupError(`The ${opts.what} command ${JSON.stringify(program)} cannot be run (${e.code}): install it or configure its path.`));
        }
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return reject(new PermanentError(`The ${opts.what} command printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB; last output: ${tail(output)}.`));
        }
        const timedOut = Boolean(e.killed) && e.signal !== null && e.signal !== undefined;
        resolve({ output, exitCode: typeof e.code === 'number' ? e.code : undefined, timedOut });
      },
    );
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (c: string) => chunks.push(c));
    child.stderr?.on('data', (c: string) => chunks.push(c));
  });
}

/**
 * No `findJob`: the oar CLI cannot say which job a task of a release is running. Its only
 * status query needs the job (`-n N`, `-i ID`); without one, `image-consistency-check`
 * and `stage-testing` trigger a job unless oar's own StateBox (written by oar after the
 * command, with GITHUB_TOKEN) already shows the task In Progress or Pass, and then print
 * "already triggered" without the job. push-to-cdn-staging has no job to find: oar's poll of
 * it is the trigger command run again. So after a run died between starting a job and
 * recording it, only the engine can keep the job from starting twice (its claim in the
 * StateBox); see SECURITY.md. The MCP executor can tell (mcp.ts).
 */
export class OarCliExecutor implements Executor {
  private readonly command: readonly string[];
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly options: OarCliOptions) {
    this.command = options.command?.length ? options.command : ['oar'];
    if (!(options.timeoutMs > 0)) throw new InputError('The oar CLI timeout must be a positive number of milliseconds.');
    this.env = options.env ?? childEnv(process.env, 'oar');
  }

  async start(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    return this.run(taskRequest(task, ctx, 'start'));
  }

  async poll(task: FlowTask, ctx: ExecContext): Promise<ExecOutcome> {
    return this.run(taskRequest(task, ctx, 'poll'));
  }

  /**
   * Before a run: the program is there (on the PATH oar gets), oar gets the variables it needs,
   * and `oar --help` answers with exit code 0. A SetupError names what is missing and how to
   * fix it; a TransientError when --help does not answer in time.
   */
  async preflight(): Promise<void> {
    const program = this.command[0] ?? '';
    const fix = 'oar-command (KRD_OAR_COMMAND for krd drive)';
    if (!findProgram(program, this.env, this.options.cwd)) {
      throw new SetupError(
        `The oar CLI ${JSON.stringify(program)} is not installed or not on PATH: install oar of openshift/release-tests on the runner (a step before this one), or set ${fix} to its path.`,
      );
    }
    const missing = (this.options.requiredEnv ?? []).filter((name) => !this.env[name]?.trim());
    if (missing.length) {
      throw new SetupError(
        `The oar CLI needs ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set: set ${missing.length > 1 ? 'them' : 'it'} in the env: of the step that runs the action (from secrets), or in the environment of krd drive.`,
      );
    }
    let run: RawRun;
    try {
      run = await runProgram(this.command, ['--help'], {
        timeoutMs: Math.min(this.options.timeoutMs, PREFLIGHT_TIMEOUT_MS),
        env: this.env,
        cwd: this.options.cwd,
        what: 'oar CLI',
      });
    } catch (err) {
      throw new SetupError(errorMessage(err), { cause: err });
    }
    const shown = [...this.command, '--help'].join(' ');
    if (run.timedOut) throw new TransientError(`The oar CLI did not answer \`${shown}\` in time.`);
    if (run.exitCode !== 0) {
      const code = run.exitCode === undefined ? 'was killed' : `exited with code ${run.exitCode}`;
      throw new SetupError(`The oar CLI does not run: \`${shown}\` ${code}${run.output.trim() ? ` (${tail(run.output)})` : ''}; fix its installation or ${fix}.`);
    }
  }

  private async run(req: TaskRequest): Promise<ExecOutcome> {
    const run = await runProgram(this.command, oarArgs(req), {
      timeoutMs: this.options.timeoutMs,
      env: this.env,
      cwd: this.options.cwd,
      what: 'oar CLI',
    });
    return interpretRun(req.task, run, 'The oar CLI');
  }
}
