import { InputError, errorMessage } from '../core/errors';
import { maskSecrets, registerSecrets } from '../core/mask';
import { secretEnvValues } from '../adapters/exec/child-env';
import pkg from '../../package.json';
import { COMMANDS } from './commands/index';
import { type CliIO, type Command, UsageError, processIO } from './io';

function helpText(): string {
  // Usage on one line, what it does indented below: usages are too long for columns.
  // The first line of each summary; `krd COMMAND --help` shows the rest (its options).
  const lines = COMMANDS.flatMap((c) => [`  krd ${c.usage}`, `      ${c.summary.split('\n', 1)[0]}`]);
  return [
    'krd: drives OpenShift z-stream releases through the Konflux release flow.',
    '',
    'Usage: krd <command> [options]',
    '',
    ...lines,
    '',
    'Global options: --debug (stack traces), --help, --version',
    'Exit codes: 0 success, 1 check failed / invalid input / release Red, 2 usage error.',
    '',
  ].join('\n');
}

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  let best: { command: Command; rest: string[] } | undefined;
  for (const command of COMMANDS) {
    const n = command.path.length;
    if (argv.length >= n && command.path.every((w, i) => argv[i] === w)) {
      if (!best || n > best.command.path.length) best = { command, rest: argv.slice(n) };
    }
  }
  return best;
}

/** Runs the CLI and returns its exit code; the only place that turns errors into exit codes. */
export async function run(argv: string[] = process.argv.slice(2), given: CliIO = processIO()): Promise<number> {
  // The secrets of this environment are masked wherever the driver writes, and in what it says on stderr.
  registerSecrets(secretEnvValues(given.env));
  const io: CliIO = { ...given, stderr: (text) => given.stderr(maskSecrets(text)) };
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.stdout(helpText());
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === '--version' || args[0] === '-V') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const found = findCommand(args);
  if (!found) {
    io.stderr(`krd: unknown command "${args.slice(0, 2).join(' ')}". Run "krd --help" for the list.\n`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    io.stdout(`Usage: krd ${found.command.usage}\n\n${found.command.summary}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (err) {
    if (debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    if (err instanceof UsageError) {
      io.stderr(`krd ${found.command.path.join(' ')}: ${err.message}\nUsage: krd ${found.command.usage}\n`);
      return 2;
    }
    io.stderr(`krd ${found.command.path.join(' ')}: ${errorMessage(err)}\n`);
    return err instanceof InputError ? 1 : 1;
  }
}
