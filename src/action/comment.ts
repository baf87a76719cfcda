/**
 * A /release: comment, before and after the run: seen (eyes), who may act (write permission
 * or more, fail closed), refused or not understood (reaction + reply, nothing driven), and
 * afterwards what the command did. What a reply quotes (the parser's sentence with a fragment
 * of the comment, errors, waits, task names) is masked and escaped first (markup.ts): no HTML,
 * link, image or mention from outside goes live in our reply; the reasons logged are one line.
 */
import { mdCell, mdText } from '../adapters/notify/markup';
import { errorMessage } from '../core/errors';
import type { HumanCommand, Logger, RunResult } from '../driver/types';
import { isCommandError, withActor, type CommandError, type ParsedCommand } from '../triggers/commands';
import { commentFeedback, type Feedback, type FeedbackApi } from '../triggers/feedback';
import { getActorPermission, hasPermission, type CollaboratorApi } from '../triggers/permission';
import { notUnderstoodReply, outcomeReply, refusedReply } from '../triggers/replies';
import type { CommentRef } from '../triggers/route';
import { logLine } from './log';

export type AdmittedComment = { readonly allowed: true; readonly command: HumanCommand; readonly feedback: Feedback };
export type CommentGate =
  | AdmittedComment
  | { readonly allowed: false; readonly reason: string };

export interface CommentContext {
  readonly api: FeedbackApi & CollaboratorApi;
  readonly repo: { owner: string; repo: string };
  readonly comment: CommentRef;
  readonly parsed: ParsedCommand | CommandError;
  readonly log: Logger;
  readonly dryRun: boolean;
}

export async function admitComment(ctx: CommentContext): Promise<CommentGate> {
  const { comment } = ctx;
  const feedback = commentFeedback({ api: ctx.api, repo: ctx.repo, commentId: comment.id, issueNumber: comment.issueNumber, log: ctx.log, dryRun: ctx.dryRun });
  await feedback.react('eyes');
  const permission = await getActorPermission(ctx.api, ctx.repo, comment.user, ctx.log);
  if (!hasPermission(permission)) {
    await feedback.react('-1');
    await feedback.reply(refusedReply(comment.user, permission, `${ctx.repo.owner}/${ctx.repo.repo}`));
    return { allowed: false, reason: logLine(`Refused the command of ${comment.user}: they have ${permission} permission, write or more is needed.`) };
  }
  if (isCommandError(ctx.parsed)) {
    await feedback.react('confused');
    await feedback.reply(notUnderstoodReply(comment.user, mdText(ctx.parsed.error)));
    // The reason is logged and shown in the job summary: one line, and the fragment of the
    // comment the parser quotes is escaped for Markdown.
    return { allowed: false, reason: logLine(`Did not understand the command of ${comment.user}: ${mdText(ctx.parsed.error)}`) };
  }
  return { allowed: true, command: withActor(ctx.parsed, comment.user), feedback };
}

/** After the run: the reply and the closing reaction (rocket for drive, +1 otherwise, confused when refused). */
export async function answerComment(gate: AdmittedComment, result: RunResult, opts: { runUrl?: string; dryRun: boolean }): Promise<boolean> {
  const { body, ok } = outcomeReply(gate.command.by, gate.command, quotable(result), opts);
  await gate.feedback.reply(body);
  await gate.feedback.react(ok ? (gate.command.kind === 'drive' ? 'rocket' : '+1') : 'confused');
  return ok;
}

/** The run failed before it could apply the command: say so where the command was given. */
export async function answerFailure(gate: AdmittedComment, err: unknown): Promise<void> {
  await gate.feedback.reply(`@${gate.command.by} the run failed before /release:${gate.command.kind} was applied: ${mdText(errorMessage(err))}`);
  await gate.feedback.react('confused');
}

/**
 * The run's result as a reply quotes it (triggers/replies.ts): every text that may come from
 * outside (errors, waits, the driver's sentences, task names from the StateBox) masked and
 * escaped; `command` objects are kept, the reply is found by them.
 */
export function quotable(result: RunResult): RunResult {
  return {
    ...result,
    releases: result.releases.map((r) => ({
      ...r,
      waits: r.waits.map(mdText),
      ...(r.error !== undefined ? { error: mdText(r.error) } : {}),
      statebox: { ...r.statebox, tasks: r.statebox.tasks.map((t) => ({ ...t, name: mdCell(t.name) })) },
    })),
    ...(result.replies
      ? {
          replies: result.replies.map((a) => ({
            ...a,
            ...(a.reply !== undefined ? { reply: mdText(a.reply) } : {}),
            ...(a.error !== undefined ? { error: mdText(a.error) } : {}),
          })),
        }
      : {}),
  };
}
