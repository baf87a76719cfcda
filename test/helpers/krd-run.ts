/**
 * `krd ARGV` in this process: the CLI's own `run(argv, io)` (src/cli/main.ts) with captured
 * streams, the way src/cli.ts runs it in a real process, without the cost of starting one.
 *
 * Each call builds its world from what it is given and from the files it reads (the store, the
 * StateBoxes): the CLI keeps nothing in memory between runs but content-addressed parses and
 * the registry of secret values to mask. The environment is `env` (never process.env unless a
 * test passes it) and the working directory is `cwd` (never process.cwd()).
 *
 * The few things only a real process shows (exit codes through process.exitCode, a closed
 * stdout pipe, which modules a process loads, concurrent processes on one file) are tested
 * with real processes in their own files: cli-pipe, cli-lazy, store-local and the like.
 */
import { resolve } from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { run } from '../../src/cli/main';

/** The repository: the working directory of a run unless a test names another. */
export const KRD_ROOT = resolve(import.meta.dirname, '../..');

export interface KrdRunOptions {
  /** The run's environment (CliIO.env); default: empty. */
  readonly env?: NodeJS.ProcessEnv;
  /** The run's working directory (CliIO.cwd); default: the repository. */
  readonly cwd?: string;
  /** Whether stdout is a terminal (CliIO.isTTY); default: false, as when piped. */
  readonly isTTY?: boolean;
}

export interface KrdResult {
  /** The exit code run() returns (src/cli.ts sets process.exitCode to it). */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `krd ARGV` in-process and returns its exit code and everything it wrote. */
export async function krdRun(argv: readonly string[], options: KrdRunOptions = {}): Promise<KrdResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: options.env ?? {},
    cwd: options.cwd ?? KRD_ROOT,
    isTTY: options.isTTY ?? false,
  };
  const code = await run([...argv], io);
  return { code, stdout, stderr };
}

/**
 * Runs `body` with these variables set in process.env (undefined: removed), then puts every one
 * back as it was. For what a command reads from the process rather than from CliIO (`krd demo`
 * makes its temporary directory with os.tmpdir(), which reads TMPDIR). Tests of one file run one
 * after the other, so nothing else sees the change.
 */
export async function withProcessEnv<T>(vars: Readonly<Record<string, string | undefined>>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  const set = (values: Record<string, string | undefined>): void => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  set(vars);
  try {
    return await body();
  } finally {
    set(saved);
  }
}
