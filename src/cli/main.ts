import { InputError, errorMessage } from '../core/errors';
import { maskSecrets, registerSecrets } from '../core/mask';
import { secretEnvValues } from '../adapters/exec/child-env';
import pkg from '../../package.json';
import { COMMANDS } from './commands/index';
import { commandHelp, groupHelp, groupsOf, mainHelp } from './help';
import { type CliIO, type Command, UsageError, processIO } from './io';
import { either, nearest } from './suggest';

const isHelp = (arg: string | undefined): boolean => arg === '--help' || arg === '-h';

function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  let best: { command: Command; rest: string[] } | undefined;
  for (const command of COMMANDS) {
    const n = command.path.length;
    if (argv.length >= n && command.path.every((w, i) => argv[i] === w)) {
      if (!best || n > best.command.path.length) best = { command, rest: argv.slice(n) };
    }
  }
  return best;
}

/** The subcommands of a group (`fmt`, `check` of `statebox`). */
const subcommands = (group: string): string[] => COMMANDS.filter((c) => c.path.length > 1 && c.path[0] === group).map((c) => c.path[1]!);

/** `krd: unknown command "stauts". Did you mean "krd status"?` and the way to the list; exit 2. */
function unknownCommand(words: readonly string[], io: CliIO): number {
  const [first = '', second] = words;
  const groups = groupsOf(COMMANDS);
  let shown: string;
  let near: string[];
  if (groups.includes(first)) {
    // A group with an unknown or missing subcommand.
    const subs = subcommands(first);
    if (second === undefined || second.startsWith('-')) {
      io.stderr(`krd ${first}: name one of its commands: ${either(subs.map((s) => `krd ${first} ${s}`))}.\n\n${groupHelp(first, COMMANDS)}`);
      return 2;
    }
    shown = `${first} ${second}`;
    near = nearest(second, subs).map((s) => `${first} ${s}`);
  } else {
    shown = first;
    const top = [...new Set(COMMANDS.map((c) => c.path[0]!)), 'help'];
    near = nearest(first, top).map((word) => {
      // `krd statbox fmt` → `krd statebox fmt`: the subcommand given, or the nearest one.
      if (!groups.includes(word) || second === undefined || second.startsWith('-')) return word;
      const subs = subcommands(word);
      const sub = subs.includes(second) ? second : nearest(second, subs)[0];
      return sub ? `${word} ${sub}` : word;
    });
  }
  const hint = near.length ? ` Did you mean ${either(near, (n) => `"krd ${n}"`)}?` : '';
  io.stderr(`krd: unknown command "${shown}".${hint}\nRun "krd --help" for the list of commands.\n`);
  return 2;
}

/** `krd help [COMMAND]`. */
function help(words: readonly string[], io: CliIO): number {
  if (words.length === 0) {
    io.stdout(mainHelp(COMMANDS));
    return 0;
  }
  const found = findCommand(words);
  if (found && found.rest.length === 0) {
    io.stdout(commandHelp(found.command));
    return 0;
  }
  if (words.length === 1 && groupsOf(COMMANDS).includes(words[0]!)) {
    io.stdout(groupHelp(words[0]!, COMMANDS));
    return 0;
  }
  if (found) {
    io.stderr(`krd help: "${found.rest.join(' ')}" is not part of a command: krd help ${found.command.path.join(' ')} shows everything about it.\n`);
    return 2;
  }
  return unknownCommand(words, io);
}

/** Runs the CLI and returns its exit code; the only place that turns errors into exit codes. */
export async function run(argv: string[] = process.argv.slice(2), given: CliIO = processIO()): Promise<number> {
  // The secrets of this environment are masked wherever the driver writes, and in what it says on stderr.
  registerSecrets(secretEnvValues(given.env));
  const io: CliIO = { ...given, stderr: (text) => given.stderr(maskSecrets(text)) };
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  if (args.length === 0 || isHelp(args[0])) {
    io.stdout(mainHelp(COMMANDS));
    return args.length === 0 ? 2 : 0;
  }
  if (args[0] === 'help') return help(args.slice(1), io);
  if (args[0] === '--version' || args[0] === '-V') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  if (args[0]!.startsWith('-')) {
    const option = args[0]!;
    const near = nearest(option.replace(/^-+/, ''), ['help', 'version', 'debug']);
    const hint = near.length ? ` Did you mean ${either(near, (n) => `--${n}`)}?` : '';
    io.stderr(`krd: unknown option ${option}: options go after the command (krd COMMAND [options]).${hint}\nRun "krd --help" for the list of commands.\n`);
    return 2;
  }
  const found = findCommand(args);
  if (!found) {
    if (groupsOf(COMMANDS).includes(args[0]!) && isHelp(args[1])) {
      io.stdout(groupHelp(args[0]!, COMMANDS));
      return 0;
    }
    return unknownCommand(args, io);
  }
  if (found.rest.some(isHelp)) {
    io.stdout(commandHelp(found.command));
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
