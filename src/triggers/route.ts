/**
 * From the runner's event to what this run does: drive (cron, dispatch), handle a comment
 * command, or leave early with one sentence saying why the event is not ours.
 */
import { InputError } from '../core/errors';
import { isRelease } from '../core/version';
import type { HumanCommand } from '../driver/types';
import { parseCommand, type CommandError, type ParsedCommand } from './commands';

export interface CommentRef {
  readonly id: number;
  /** Issue or pull request number the comment is on (replies go there). */
  readonly issueNumber: number;
  readonly user: string;
}

export type Route =
  | { readonly kind: 'ignore'; readonly reason: string }
  | {
      readonly kind: 'drive';
      readonly trigger: 'schedule' | 'workflow_dispatch';
      /** A dispatch naming a release becomes a drive command from the actor. */
      readonly commands: readonly HumanCommand[];
      /** A dispatch owner with no release: the default owner for this run. */
      readonly owner?: string;
    }
  | { readonly kind: 'comment'; readonly comment: CommentRef; readonly parsed: ParsedCommand | CommandError };

export interface RouteOptions {
  readonly allowEditedComments: boolean;
  readonly allowBots: boolean;
}

export interface RouteEvent {
  readonly name: string;
  readonly payload: Record<string, unknown>;
  readonly actor: string;
}

const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** workflow_dispatch inputs `release` and `owner`, validated (a bad one fails the run). */
function dispatchRoute(event: RouteEvent): Route {
  const inputs = record(event.payload.inputs) ?? {};
  const release = text(inputs.release);
  const owner = text(inputs.owner);
  const releaseOk = release === undefined || isRelease(release);
  if (!releaseOk) {
    throw new InputError(`The workflow_dispatch input release is ${JSON.stringify(String(release).slice(0, 60))}; accepted values: a release such as 4.20.1 or 5.0.0-ec.3, or empty for every active release.`);
  }
  if (owner !== undefined && !EMAIL_RE.test(owner)) {
    throw new InputError(`The workflow_dispatch input owner is ${JSON.stringify(owner.slice(0, 60))}; accepted values: an email address such as qe@example.com, or empty.`);
  }
  const by = event.actor || 'workflow_dispatch';
  if (release === undefined) return { kind: 'drive', trigger: 'workflow_dispatch', commands: [], ...(owner ? { owner } : {}) };
  return { kind: 'drive', trigger: 'workflow_dispatch', commands: [{ kind: 'drive', release, ...(owner ? { owner } : {}), by }] };
}

export function isBot(user: Record<string, unknown> | undefined): boolean {
  const login = typeof user?.login === 'string' ? user.login : '';
  return user?.type === 'Bot' || login.endsWith('[bot]');
}

function commentRoute(event: RouteEvent, options: RouteOptions): Route {
  const action = event.payload.action;
  const allowed = options.allowEditedComments ? ['created', 'edited'] : ['created'];
  if (typeof action !== 'string' || !allowed.includes(action)) {
    const hint = action === 'edited' ? ' (set allow-edited-comments: true to act on edits)' : '';
    return { kind: 'ignore', reason: `Ignoring the issue_comment event: the comment was ${String(action)}, only ${allowed.join(' or ')} comments are handled${hint}.` };
  }
  const comment = record(event.payload.comment);
  const issue = record(event.payload.issue);
  const user = record(comment?.user);
  const body = comment?.body;
  const id = comment?.id;
  const issueNumber = issue?.number;
  const login = typeof user?.login === 'string' ? user.login : '';
  if (typeof body !== 'string' || typeof id !== 'number' || typeof issueNumber !== 'number' || login === '') {
    return { kind: 'ignore', reason: 'Ignoring the issue_comment event: its payload has no comment body, id, author or issue number.' };
  }
  const parsed = parseCommand(body);
  if (parsed === undefined) return { kind: 'ignore', reason: 'Ignoring the comment: its first line is not a /release: command.' };
  if (isBot(user) && !options.allowBots) {
    return { kind: 'ignore', reason: `Ignoring the comment of bot ${login} (set allow-bots: true to accept commands from bots).` };
  }
  return { kind: 'comment', comment: { id, issueNumber, user: login }, parsed };
}

export function routeEvent(event: RouteEvent, options: RouteOptions): Route {
  switch (event.name) {
    case 'schedule':
      return { kind: 'drive', trigger: 'schedule', commands: [] };
    case 'workflow_dispatch':
      return dispatchRoute(event);
    case 'issue_comment':
      return commentRoute(event, options);
    default:
      return {
        kind: 'ignore',
        reason: `Ignoring the ${event.name || 'unnamed'} event: this action runs on schedule, workflow_dispatch and issue_comment.`,
      };
  }
}
