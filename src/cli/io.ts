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

/** One option of a command: how it is parsed (node:util parseArgs) and what help says of it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once; the values are collected in order. */
  readonly multiple?: boolean;
  /** What follows a string option in help, e.g. `DIR|github`. */
  readonly value?: string;
  /** One line: what it does, its default. */
  readonly help: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What help shows of a command, and the options it parses (src/cli/commands/specs.ts). */
export interface CommandSpec {
  /** Words that select it, e.g. ['statebox', 'fmt']. */
  readonly path: readonly string[];
  readonly usage: string;
  /** What it does; `krd --help` shows its first line. */
  readonly summary: string;
  /** Every option it takes, by long name (without the dashes). */
  readonly options: OptionSpecs;
  /** The environment settings it reads, by name: what each does. */
  readonly env?: Readonly<Record<string, string>>;
  /** More lines `krd help COMMAND` shows after the options and the environment. */
  readonly more?: readonly string[];
}

export interface Command extends CommandSpec {
  /** Returns the exit code. Throws InputError (exit 1) or UsageError (exit 2). */
  run(args: string[], io: CliIO): Promise<number>;
}
