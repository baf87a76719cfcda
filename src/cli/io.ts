/** What a CLI command may touch: streams and env are injected so tests run commands in-process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly isTTY: boolean;
}

export const processIO = (): CliIO => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});

/** A usage error: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** What `krd --help` shows of a command (src/cli/commands/specs.ts). */
export interface CommandSpec {
  /** Words that select it, e.g. ['statebox', 'fmt']. */
  readonly path: readonly string[];
  readonly usage: string;
  readonly summary: string;
}

export interface Command extends CommandSpec {
  /** Returns the exit code. Throws InputError (exit 1) or UsageError (exit 2). */
  run(args: string[], io: CliIO): Promise<number>;
}
