/**
 * `krd issue add` and `krd issue resolve`: record or resolve a StateBox issue in a local
 * directory or the repository. Each is a read-modify-write with merge on conflict, so any number
 * may run at once on the same release without losing an update.
 */
import { InputError } from '../../core/errors';
import { maskEmails } from '../../core/mask';
import { FLOW_TASKS } from '../../core/tasks';
import { parseRelease } from '../../core/version';
import { type SaveResult, updateStateBox } from '../../statebox/repository';
import { addIssue, resolveIssue } from '../../statebox/edit';
import type { StateBox, StateBoxIssue } from '../../core/model';
import { type Command, UsageError } from '../io';
import { parseCommandArgs } from '../args';
import { openStore } from '../store-option';
import { ISSUE_ADD, ISSUE_RESOLVE } from './specs';

/** A short, email-free quote of free text for commit messages and output. */
function quote(text: string): string {
  const line = maskEmails(text.trim()).split('\n')[0] ?? '';
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

function checkTasks(box: StateBox, tasks: readonly string[]): void {
  const known = new Set<string>([...FLOW_TASKS, ...box.tasks.map((t) => t.name)]);
  const unknown = tasks.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new InputError(`--task ${unknown.join(', ')} is not a task of ${box.release}; known tasks: ${[...known].join(', ')}.`);
  }
}

function indexOfIssue(box: StateBox, issue: StateBoxIssue | undefined): number {
  if (!issue) return -1;
  return box.issues.findIndex((i) => i.issue === issue.issue && i.reported_at === issue.reported_at) + 1;
}

function afterSave(result: SaveResult): string {
  const parts = [result.written ? `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}` : 'already there, nothing written'];
  if (result.conflicts.length > 0) parts.push(`${result.conflicts.length} merge conflict${result.conflicts.length === 1 ? '' : 's'} resolved`);
  return parts.join(', ');
}

export const issueAddCommand: Command = {
  ...ISSUE_ADD,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(ISSUE_ADD, args, true);
    if (positionals.length !== 2) {
      throw new UsageError(`expected RELEASE and TEXT, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'} (quote TEXT when it has spaces).`);
    }
    const release = parseRelease(positionals[0]).text; // before any path is built
    const text = positionals[1]!;
    if (text.trim() === '') throw new InputError('The issue TEXT is empty.');
    const tasks = values.task ?? [];
    const blocker = values.blocker ?? false;
    const store = await openStore(values, io);
    let added: StateBoxIssue | undefined;
    const message = `StateBox ${release}: add ${blocker ? 'blocker ' : ''}issue ${quote(text)} (krd issue add)`;
    const result = await updateStateBox(
      store,
      release,
      (box) => {
        checkTasks(box, tasks);
        const next = addIssue(box, { text, blocker, tasks, now: new Date() });
        added = next.issues[next.issues.length - 1];
        return next;
      },
      message,
    );
    const index = indexOfIssue(result.box, added);
    io.stdout(`Added ${blocker ? 'blocker ' : ''}issue ${index > 0 ? `#${index} ` : ''}to ${release} in ${store.describe} (${afterSave(result)}).\n`);
    return 0;
  },
};

export const issueResolveCommand: Command = {
  ...ISSUE_RESOLVE,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(ISSUE_RESOLVE, args, true);
    if (positionals.length !== 3) {
      throw new UsageError(`expected RELEASE, INDEX and TEXT, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'} (quote TEXT when it has spaces).`);
    }
    const release = parseRelease(positionals[0]).text;
    const indexText = positionals[1]!;
    if (!/^[1-9]\d{0,5}$/.test(indexText)) throw new InputError(`INDEX ${JSON.stringify(indexText)} is not an issue number: expected 1, 2, 3…`);
    const index = Number(indexText);
    const text = positionals[2]!;
    if (text.trim() === '') throw new InputError('The resolution TEXT is empty.');
    const store = await openStore(values, io);
    const message = `StateBox ${release}: resolve issue ${index}: ${quote(text)} (krd issue resolve)`;
    const result = await updateStateBox(store, release, (box) => resolveIssue(box, index, text, new Date()), message);
    io.stdout(`Resolved issue #${index} of ${release} in ${store.describe} (${afterSave(result)}).\n`);
    return 0;
  },
};

export const ISSUE_COMMANDS: readonly Command[] = [issueAddCommand, issueResolveCommand];
