/**
 * What the commenter sees: a reaction (eyes = seen, rocket/+1 = done, -1 = refused,
 * confused = not understood or failed) and one reply saying what happened. Feedback never
 * steers the run: a failed reaction or reply is a warning.
 */
import { githubMessage } from '../adapters/github/octokit';
import type { Logger } from '../driver/types';

export type Reaction = 'eyes' | '+1' | '-1' | 'rocket' | 'confused';

/** The slice of Octokit feedback needs. */
export interface FeedbackApi {
  readonly rest: {
    readonly reactions: {
      createForIssueComment(params: { owner: string; repo: string; comment_id: number; content: Reaction }): Promise<unknown>;
    };
    readonly issues: {
      createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<unknown>;
    };
  };
}

/** GitHub refuses comment bodies above this. */
export const MAX_COMMENT_CHARS = 65_536;

export interface Feedback {
  react(content: Reaction): Promise<void>;
  reply(body: string): Promise<void>;
}

function status(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | undefined)?.status;
  return typeof s === 'number' ? s : undefined;
}

function permissionHint(err: unknown, what: string): string {
  return status(err) === 403 ? ` (the token needs ${what}: write permission; add it to the workflow's permissions)` : '';
}

export function truncateComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = '\n\n…(shortened: the full report is in the job summary)';
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

/**
 * Feedback on one comment. In dry-run it writes nothing and logs what it would have done,
 * like actions/stale's debugOnly.
 */
export function commentFeedback(opts: {
  api: FeedbackApi;
  repo: { owner: string; repo: string };
  commentId: number;
  issueNumber: number;
  log: Pick<Logger, 'info' | 'warning'>;
  dryRun: boolean;
}): Feedback {
  const { api, repo, commentId, issueNumber, log, dryRun } = opts;
  return {
    async react(content) {
      if (dryRun) return log.info(`Dry run: would react ${content} to comment ${commentId}.`);
      try {
        await api.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
      } catch (err) {
        log.warning(`Could not add the ${content} reaction to comment ${commentId}: ${githubMessage(err)}${permissionHint(err, 'issues')}.`);
      }
    },
    async reply(body) {
      if (dryRun) return log.info(`Dry run: would reply on #${issueNumber}: ${body.split('\n', 1)[0]}`);
      try {
        await api.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: truncateComment(body) });
      } catch (err) {
        log.warning(`Could not reply on #${issueNumber}: ${githubMessage(err)}${permissionHint(err, 'issues and pull-requests')}.`);
      }
    },
  };
}
