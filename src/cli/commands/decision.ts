/**
 * The comment commands from a terminal: `krd accept|reject RELEASE TASK JUSTIFICATION`, `krd retry
 * RELEASE TASK`, `krd resolve RELEASE ISSUE TEXT`, `krd record-job RELEASE TASK JOB`. Each is
 * parsed by the comment parser itself (the words become the `/release:` line a comment would
 * carry), applied by the driver's `applyCommand` (same rules, same sentences) and written with
 * `updateStateBox` (SHA-checked, merged on conflict: safe with any number of concurrent writers).
 *
 * Who decided: `--as NAME`, else GITHUB_ACTOR, else `git config user.name`. With `--store github`
 * the token's user (GET /user) must have write permission on the repository, as a commenter must
 * (the permission ladder of src/triggers/permission.ts); any error there refuses, nothing written.
 * `krd mcp` uses the same functions for its write tools.
 */
import { execFile } from 'node:child_process';
import { InputError, errorMessage } from '../../core/errors';
import { maskEmails } from '../../core/mask';
import { applyCommand, type CommandOutcome } from '../../driver/commands';
import type { HumanCommand } from '../../driver/types';
import type { StateStore } from '../../ports/store';
import { type SaveResult, updateStateBox } from '../../statebox/repository';
import type { StateBox } from '../../core/model';
import { isCommandError, parseCommandWords, withActor } from '../../triggers/commands';
import { getActorPermission, hasPermission } from '../../triggers/permission';
import { refusedReply } from '../../triggers/replies';
import { type CliIO, type Command, UsageError } from '../io';
import { parseCommandArgs } from '../args';
import { type StoreValues, openGitHub, openStore, stderrLogger } from '../store-option';
import { ACCEPT, RECORD_JOB, REJECT, RESOLVE, RETRY } from './specs';

/** The comment commands that change a StateBox, by their `/release:` name. */
export type DecisionName = 'accept' | 'reject' | 'retry' | 'resolve' | 'record-job';

/** A refusal: the sentence the comment reply would carry. Exit 1, nothing written. */
export class RefusedError extends InputError {}

// ---------------------------------------------------------------------------------------------
// Parsing: exactly as a comment

/**
 * The command a comment `/release:NAME WORDS…` by `by` would give, validated by the comment
 * parser's own checks; a RefusedError with the parser's sentence otherwise.
 */
export function parseDecision(name: DecisionName, words: readonly string[], by: string): HumanCommand {
  // A comment command is its first line: a line break would cut the command, so it becomes a space.
  const parsed = parseCommandWords(name, words.map((w) => w.replace(/\s*[\r\n]+\s*/g, ' ')));
  if (isCommandError(parsed)) throw new RefusedError(parsed.error);
  return withActor(parsed, by);
}

// ---------------------------------------------------------------------------------------------
// Who decides

// Control characters other than tab could fake lines in results and commit messages.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000a-\u001f\u007f]/;
export const MAX_ACTOR_CHARS = 100;

/** A name as it will be recorded (decided_by, result text); an InputError naming `what` if unusable. */
export function checkActor(name: string, what: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new InputError(`${what} is empty: name who decides.`);
  if (CONTROL_RE.test(trimmed)) throw new InputError(`${what} contains control characters.`);
  if (trimmed.length > MAX_ACTOR_CHARS) throw new InputError(`${what} is longer than ${MAX_ACTOR_CHARS} characters.`);
  return trimmed;
}

export interface Actor {
  readonly name: string;
  /** Where the name came from, for messages. */
  readonly from: '--as' | 'GITHUB_ACTOR' | 'git config user.name';
}

/** `git config user.name` in the working directory, run without a shell; undefined when unset or git is missing. */
export function gitUserName(io: CliIO): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['config', '--get', 'user.name'],
      { cwd: io.cwd, env: { ...io.env, PATH: io.env.PATH ?? process.env.PATH ?? '' }, timeout: 10_000, windowsHide: true, shell: false },
      (err, stdout) => resolve(err ? undefined : String(stdout).trim() || undefined),
    );
  });
}

/** Who decides: `--as NAME`, else GITHUB_ACTOR, else the git user; an InputError when none is known. */
export async function whoDecides(as: string | undefined, io: CliIO): Promise<Actor> {
  if (as !== undefined) return { name: checkActor(as, '--as'), from: '--as' };
  const actor = io.env.GITHUB_ACTOR?.trim();
  if (actor) return { name: checkActor(actor, 'GITHUB_ACTOR'), from: 'GITHUB_ACTOR' };
  const git = await gitUserName(io);
  if (git) return { name: checkActor(git, 'git config user.name'), from: 'git config user.name' };
  throw new InputError('Nobody to record as the one who decides: give --as NAME (or set GITHUB_ACTOR, or git config user.name).');
}

// ---------------------------------------------------------------------------------------------
// Where, and may they

export interface DecisionStore {
  readonly store: StateStore;
  /** With --store github: the token's user, who has write permission or more. */
  readonly authorized?: { readonly login: string; readonly permission: string };
}

/**
 * The store to write the decision to. With `--store github`, first the token's user (GET /user)
 * and their permission on the repository (the collaborator permission API): write or more, or a
 * RefusedError with the sentence a commenter would get. Fails closed: any error refuses.
 */
export async function openDecisionStore(values: StoreValues, io: CliIO): Promise<DecisionStore> {
  if (values.store !== 'github') return { store: await openStore(values, io) };
  const log = stderrLogger(io);
  const target = await openGitHub(values.ref, io, { log });
  const repo = `${target.owner}/${target.repo}`;
  let login: string;
  try {
    login = (await target.octokit.rest.users.getAuthenticated()).data.login;
  } catch (err) {
    const { githubMessage } = await import('../../adapters/github/errors');
    throw new RefusedError(
      `Could not tell whose token GITHUB_TOKEN is (GET /user: ${githubMessage(err)}), so its write permission on ${repo} is unknown; nothing was changed. ` +
        'Use a personal or fine-grained token of someone with write permission.',
    );
  }
  const permission = await getActorPermission(target.octokit, { owner: target.owner, repo: target.repo }, login, log);
  if (!hasPermission(permission)) throw new RefusedError(refusedReply(login, permission, repo));
  // The branch is known now: no second default-branch lookup.
  return { store: await openStore({ store: 'github', ref: target.ref }, io, { log }), authorized: { login, permission } };
}

// ---------------------------------------------------------------------------------------------
// Apply and write

export interface DecisionResult {
  /** The driver's sentence, as the comment reply has it. */
  readonly reply: string;
  readonly save: SaveResult;
  readonly transitions: CommandOutcome['transitions'];
  /** The StateBox as the store now holds it. */
  readonly box: StateBox;
}

function target(cmd: HumanCommand): string {
  switch (cmd.kind) {
    case 'accept':
    case 'reject':
    case 'retry':
    case 'record-job':
      return ` ${cmd.task}`;
    case 'resolve':
      return ` issue ${cmd.issue}`;
    default:
      return '';
  }
}

/**
 * Applies the command with `applyCommand` on the StateBox as read and writes it SHA-checked,
 * merging on conflict. A refusal of applyCommand (an accept of a task that neither failed nor
 * waits for a person, …) writes nothing and throws its sentence.
 */
export async function applyDecision(store: StateStore, cmd: HumanCommand, via: string, now: Date = new Date()): Promise<DecisionResult> {
  if (cmd.release === undefined) throw new InputError(`/release:${cmd.kind} needs a release.`);
  let outcome: CommandOutcome | undefined;
  const message = `StateBox ${cmd.release}: ${cmd.kind}${target(cmd)} by ${maskEmails(cmd.by)} (${via})`;
  const save = await updateStateBox(
    store,
    cmd.release,
    (box) => {
      try {
        outcome = applyCommand(box, cmd, now);
      } catch (err) {
        throw new RefusedError(errorMessage(err), { cause: err });
      }
      return outcome.box;
    },
    message,
  );
  return { reply: outcome!.reply, save, transitions: outcome!.transitions, box: save.box };
}

/** What the write did, in words. */
export function afterSave(result: SaveResult, where: string): string {
  if (!result.written) return `Nothing written to ${where}: it already held this.`;
  const parts = [`${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`];
  if (result.conflicts.length > 0) parts.push(`${result.conflicts.length} merge conflict${result.conflicts.length === 1 ? '' : 's'} resolved`);
  return `Written to ${where} (${parts.join(', ')}).`;
}

// ---------------------------------------------------------------------------------------------
// The commands

/** The specs of the five decision commands: the same options. */
type DecisionSpec = typeof ACCEPT | typeof REJECT | typeof RETRY | typeof RESOLVE | typeof RECORD_JOB;

interface Arity {
  readonly names: readonly string[];
  /** The last word is free text: more words join it, as in a comment. */
  readonly text: boolean;
}

function decisionCommand(spec: DecisionSpec, name: DecisionName, arity: Arity): Command {
  return {
    ...spec,
    async run(args: string[], io: CliIO): Promise<number> {
      const { positionals, values } = parseCommandArgs(spec, args, true);
      const n = arity.names.length;
      if (positionals.length < n || (!arity.text && positionals.length > n)) {
        const expected = `${arity.names.slice(0, -1).join(', ')} and ${arity.names[n - 1]}`;
        throw new UsageError(`expected ${expected}, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}.`);
      }
      if (values.store === undefined || values.store === '') throw new UsageError('--store DIR|github is required.');
      const actor = await whoDecides(values.as, io);
      // Parsed before any request: a bad release or task never reaches a path or the network.
      const cmd = parseDecision(name, positionals, actor.name);
      const { store } = await openDecisionStore(values, io);
      const done = await applyDecision(store, cmd, `krd ${name}`);
      io.stdout(`${done.reply} ${afterSave(done.save, store.describe)}\n`);
      return 0;
    },
  };
}

export const acceptCommand = decisionCommand(ACCEPT, 'accept', { names: ['RELEASE', 'TASK', 'JUSTIFICATION'], text: true });
export const rejectCommand = decisionCommand(REJECT, 'reject', { names: ['RELEASE', 'TASK', 'JUSTIFICATION'], text: true });
export const retryCommand = decisionCommand(RETRY, 'retry', { names: ['RELEASE', 'TASK'], text: false });
export const resolveCommand = decisionCommand(RESOLVE, 'resolve', { names: ['RELEASE', 'ISSUE', 'TEXT'], text: true });
export const recordJobCommand = decisionCommand(RECORD_JOB, 'record-job', { names: ['RELEASE', 'TASK', 'JOB'], text: false });
