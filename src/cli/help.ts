/**
 * What `krd --help`, `krd help COMMAND` and `krd COMMAND --help` print, from the specs alone
 * (commands/specs.ts): no command module loads for help.
 */
import { optionWords } from './args';
import type { CommandSpec } from './io';
import { GROUPS } from './commands/specs';

/** `  NAME  what` lines, the second column aligned. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, what]) => `  ${name.padEnd(width)}  ${what}`);
}

/** Everything about one command: usage, what it does, every option and environment setting on its own line. */
export function commandHelp(spec: CommandSpec): string {
  const options = [...Object.entries(spec.options).map(([name, o]) => [optionWords(name, o), o.help] as const), ['--help', 'show this help'] as const];
  const lines = [`Usage: krd ${spec.usage}`, '', spec.summary, '', 'Options:', ...table(options)];
  const env = Object.entries(spec.env ?? {});
  if (env.length) lines.push('', 'Environment:', ...table(env));
  if (spec.more?.length) lines.push('', ...spec.more);
  return `${lines.join('\n')}\n`;
}

/** The first words of the commands of two words: `statebox`, `test-result`, `issue`. */
export function groupsOf(commands: readonly CommandSpec[]): string[] {
  return [...new Set(commands.filter((c) => c.path.length > 1).map((c) => c.path[0]!))];
}

/** A group of commands (`krd statebox --help`): its subcommands, each with its usage and summary. */
export function groupHelp(group: string, commands: readonly CommandSpec[]): string {
  const members = commands.filter((c) => c.path.length > 1 && c.path[0] === group);
  return [
    `Usage: krd ${group} ${members.map((c) => c.path[1]).join('|')} …`,
    '',
    ...(GROUPS[group] ? [GROUPS[group], ''] : []),
    'Commands:',
    ...members.flatMap((c) => [`  krd ${c.usage}`, `      ${c.summary.split('\n', 1)[0]}`]),
    '',
    `Run "krd help ${group} COMMAND" (or "krd ${group} COMMAND --help") for its options and environment.`,
    '',
  ].join('\n');
}

/** `krd --help`: one usage line and one summary line per command. */
export function mainHelp(commands: readonly CommandSpec[]): string {
  // Usage on one line, what it does indented below: usages are too long for columns.
  const lines = commands.flatMap((c) => [`  krd ${c.usage}`, `      ${c.summary.split('\n', 1)[0]}`]);
  return [
    'krd: drives OpenShift z-stream releases through the Konflux release flow.',
    '',
    'Usage: krd <command> [options]',
    '',
    ...lines,
    '',
    'Run "krd help COMMAND" (or "krd COMMAND --help") for its options and the environment settings it reads.',
    'Global options: --debug (stack traces), --help, --version',
    'Exit codes: 0 success, 1 check failed / invalid input / release Red, 2 usage error.',
    '',
  ].join('\n');
}
