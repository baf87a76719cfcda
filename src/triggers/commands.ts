/**
 * Comment commands (`/release:drive 4.20.1`, …) parsed as data: first line only, a tokenizer
 * with quoted arguments, caps on size, and every value validated before it reaches the
 * driver. Nothing here ever reaches a shell; releases and tasks that could reach a path are
 * checked against strict patterns.
 */
import { errorMessage } from '../core/errors';
import { parseJobRef } from '../core/job-ref';
import { ASYNC_TASKS, FLOW_TASKS, isAsyncTask, isFlowTask } from '../core/tasks';
import { parseRelease } from '../core/version';
import type { HumanCommand } from '../driver/types';

export const COMMAND_PREFIX = '/release:';
export const COMMAND_NAMES = ['drive', 'status', 'accept', 'reject', 'retry', 'record-job', 'resolve'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Limits that keep a hostile comment cheap to refuse. */
export const MAX_LINE_CHARS = 2000;
export const MAX_ARGS = 64;
export const MAX_ARG_CHARS = 1000;

/** One line per command, as shown in help replies and docs. */
export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  drive: '/release:drive RELEASE [OWNER_EMAIL]',
  status: '/release:status [RELEASE]',
  accept: '/release:accept RELEASE TASK JUSTIFICATION',
  reject: '/release:reject RELEASE TASK REASON',
  retry: '/release:retry RELEASE TASK',
  'record-job': '/release:record-job RELEASE TASK JOB',
  resolve: '/release:resolve RELEASE ISSUE# TEXT',
};

type WithoutBy<T> = T extends unknown ? Omit<T, 'by'> : never;
/** A HumanCommand before we know who asked. */
export type ParsedCommand = WithoutBy<HumanCommand>;
export interface CommandError {
  readonly error: string;
}

export function isCommandError(r: ParsedCommand | CommandError | undefined): r is CommandError {
  return r !== undefined && 'error' in r;
}

/** Attaches the commenter's login. */
export function withActor(cmd: ParsedCommand, by: string): HumanCommand {
  return { ...cmd, by } as HumanCommand;
}

const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
// Control characters other than tab have no business in a command and could fake log lines.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * Splits a line into words; "double" or 'single' quotes group words (quotes may sit inside a
 * word, as in owner="a b"), a backslash escapes the next character inside double quotes.
 * Throws on an unclosed quote or when a cap is exceeded.
 */
export function tokenize(line: string): string[] {
  if (line.length > MAX_LINE_CHARS) throw new Error(`The command line is longer than ${MAX_LINE_CHARS} characters.`);
  const words: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) current += line[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
    if (words.length > MAX_ARGS) throw new Error(`The command has more than ${MAX_ARGS} arguments.`);
    if (current.length > MAX_ARG_CHARS) throw new Error(`An argument is longer than ${MAX_ARG_CHARS} characters.`);
  }
  if (quote) throw new Error(`A ${quote === '"' ? 'double' : 'single'} quote is not closed.`);
  if (inWord) words.push(current);
  if (words.length > MAX_ARGS) throw new Error(`The command has more than ${MAX_ARGS} arguments.`);
  return words;
}

/** The first line of a comment, if it is a `/release:` command. */
export function commandLine(body: string): string | undefined {
  const first = (body.split(/\r?\n/, 1)[0] ?? '').trim();
  return first.startsWith(COMMAND_PREFIX) ? first : undefined;
}

function release(arg: string | undefined, name: CommandName): string {
  if (arg === undefined) throw new Error(`${COMMAND_USAGE[name]} needs a release such as 4.20.1.`);
  return parseRelease(arg).text;
}

function task(arg: string | undefined, name: CommandName): string {
  if (arg === undefined) throw new Error(`${COMMAND_USAGE[name]} needs a task, one of ${FLOW_TASKS.join(', ')}.`);
  if (!isFlowTask(arg)) {
    const shown = JSON.stringify(arg.length > 60 ? `${arg.slice(0, 60)}…` : arg);
    throw new Error(`${shown} is not a task of the release flow: expected one of ${FLOW_TASKS.join(', ')}.`);
  }
  return arg;
}

function text(args: readonly string[], what: string, name: CommandName): string {
  const joined = args.join(' ').trim();
  if (joined === '') throw new Error(`${COMMAND_USAGE[name]} needs ${what}: it is recorded in the StateBox.`);
  return joined;
}

function noMore(args: readonly string[], name: CommandName): void {
  if (args.length > 0) throw new Error(`${COMMAND_USAGE[name]} takes no more arguments; got ${JSON.stringify(args.join(' ').slice(0, 60))}.`);
}

/** An async job task and the job named for it, checked now so a bad one is answered at once. */
function recordJob(release: string, taskArg: string | undefined, args: readonly string[]): ParsedCommand {
  const [job, ...rest] = args;
  const name = 'record-job';
  const t = task(taskArg, name);
  if (!isAsyncTask(t)) throw new Error(`${COMMAND_USAGE[name]} is for the tasks that start a job (${ASYNC_TASKS.join(', ')}); ${t} starts none.`);
  if (job === undefined) throw new Error(`${COMMAND_USAGE[name]} needs the job: its build number, id or URL as Jenkins, Prow or the Errata Tool shows it.`);
  noMore(rest, name);
  parseJobRef(t, job);
  return { kind: 'record-job', release, task: t, job };
}

function issueNumber(arg: string | undefined): number {
  const m = arg === undefined ? null : /^#?([1-9]\d{0,5})$/.exec(arg);
  if (!m) throw new Error(`${COMMAND_USAGE.resolve} needs the issue number as shown in the status (1, 2, …)${arg === undefined ? '' : `; ${JSON.stringify(arg.slice(0, 20))} is not one`}.`);
  return Number(m[1]);
}

function build(name: CommandName, args: readonly string[]): ParsedCommand {
  const [a0, a1, ...rest] = args;
  switch (name) {
    case 'drive': {
      const r = release(a0, name);
      noMore(rest, name);
      if (a1 === undefined) return { kind: 'drive', release: r };
      if (!EMAIL_RE.test(a1)) throw new Error(`The owner of /release:drive must be an email address such as qe@example.com; ${JSON.stringify(a1.slice(0, 60))} is not one.`);
      return { kind: 'drive', release: r, owner: a1 };
    }
    case 'status': {
      if (a0 === undefined) return { kind: 'status' };
      const r = release(a0, name);
      noMore(a1 === undefined ? rest : [a1, ...rest], name);
      return { kind: 'status', release: r };
    }
    case 'accept':
      return { kind: 'accept', release: release(a0, name), task: task(a1, name), justification: text(rest, 'a justification', name) };
    case 'reject':
      return { kind: 'reject', release: release(a0, name), task: task(a1, name), reason: text(rest, 'a reason', name) };
    case 'retry': {
      const cmd = { kind: 'retry' as const, release: release(a0, name), task: task(a1, name) };
      noMore(rest, name);
      return cmd;
    }
    case 'record-job':
      return recordJob(release(a0, name), a1, rest);
    case 'resolve':
      return { kind: 'resolve', release: release(a0, name), issue: issueNumber(a1), text: text(rest, 'a resolution text', name) };
  }
}

/**
 * Parses a comment body. `undefined`: not a `/release:` command (not ours, stay silent).
 * `{error}`: ours but malformed; the sentence is safe to show the commenter.
 */
export function parseCommand(body: string): ParsedCommand | CommandError | undefined {
  const line = commandLine(body);
  if (line === undefined) return undefined;
  try {
    if (CONTROL_RE.test(line)) throw new Error('The command contains control characters.');
    const [head = '', ...args] = tokenize(line);
    return commandOf(head, args);
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

/**
 * The command `/release:NAME ARGS…` given as words already (krd's twins of the comment
 * commands): the checks and sentences of a comment line, without writing one to parse it back.
 */
export function parseCommandWords(name: string, args: readonly string[]): ParsedCommand | CommandError {
  try {
    if (args.some((a) => CONTROL_RE.test(a))) throw new Error('The command contains control characters.');
    if (args.length > MAX_ARGS) throw new Error(`The command has more than ${MAX_ARGS} arguments.`);
    if (args.some((a) => a.length > MAX_ARG_CHARS)) throw new Error(`An argument is longer than ${MAX_ARG_CHARS} characters.`);
    return commandOf(`${COMMAND_PREFIX}${name}`, args);
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

function commandOf(head: string, args: readonly string[]): ParsedCommand {
  const name = head.slice(COMMAND_PREFIX.length);
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) {
    const shown = JSON.stringify(head.length > 40 ? `${head.slice(0, 40)}…` : head);
    throw new Error(`${shown} is not a release command: use one of ${COMMAND_NAMES.map((n) => COMMAND_PREFIX + n).join(', ')}.`);
  }
  return build(name as CommandName, args);
}
