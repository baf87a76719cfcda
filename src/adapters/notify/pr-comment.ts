/**
 * One bot comment per PR (or issue) and release, upserted every run: a hidden marker
 * `<!-- krd:release=4.20.1 -->` opens the body; every page of comments is searched for it
 * (never only the first), then the comment is updated, or created when there is none. The
 * body stays within GitHub's 65,536 characters by trimming the oldest details first; the
 * status line always stays. A failure is a warning returned to the caller, never thrown:
 * a comment is a view, the release does not depend on it.
 */
import { errorMessage } from '../../core/errors';
import type { Logger, ReleaseRunResult } from '../../driver/types';
import { githubMessage, githubStatus, toGitHubError, type Octokit } from '../github/octokit';
import { viewOfResult, type ReleaseView } from './release-view';
import { renderReleaseMarkdown } from './summary';

/** GitHub refuses comment bodies longer than this. */
export const COMMENT_LIMIT = 65_536;

export function releaseMarker(release: string): string {
  return `<!-- krd:release=${release} -->`;
}

// The footer's time changes every run; a comment that differs only there is left alone.
const FOOTER_RE = /\n<sub>krd at [^\n]*<\/sub>\n?$/;

export interface CommentBodyOptions {
  readonly now: Date;
  readonly runUrl?: string;
  readonly limit?: number;
}

/** The comment body of a release: the marker, then its summary trimmed to fit. */
export function releaseCommentBody(view: ReleaseView, options: CommentBodyOptions): string {
  const marker = releaseMarker(view.release);
  const limit = (options.limit ?? COMMENT_LIMIT) - marker.length - 1;
  return `${marker}\n${renderReleaseMarkdown(view, { now: options.now, limit, ...(options.runUrl ? { runUrl: options.runUrl } : {}) })}`;
}

export type UpsertTarget = { readonly view: ReleaseView } | { readonly result: ReleaseRunResult };

export type UpsertCommentInput = UpsertTarget & {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  /** The PR (or issue) number. */
  readonly issueNumber: number;
  readonly now: Date;
  readonly runUrl?: string;
  readonly log?: Logger;
};

export interface UpsertCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged' | 'failed';
  readonly commentId?: number;
  readonly url?: string;
  /** Why it failed, in one sentence (also logged as a warning). */
  readonly warning?: string;
}

interface FoundComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

/** Searches every page of comments for the release's marker. */
async function findComment(input: UpsertCommentInput, marker: string): Promise<FoundComment | undefined> {
  const pages = input.octokit.paginate.iterator(input.octokit.rest.issues.listComments, {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    // startsWith: a person quoting the comment ("> <!-- krd…") is not the bot's comment.
    const hit = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
    if (hit) return { id: hit.id, body: hit.body ?? '', url: hit.html_url };
  }
  return undefined;
}

function failure(input: UpsertCommentInput, release: string, doing: string, err: unknown): string {
  const where = `#${input.issueNumber} in ${input.owner}/${input.repo}`;
  if (githubStatus(err) === 403 && !/rate limit/i.test(githubMessage(err))) {
    return `Could not ${doing} the status comment of ${release} on ${where}: 403 ${githubMessage(err)}; the token needs the "pull-requests: write" permission ("issues: write" when ${where} is an issue).`;
  }
  const mapped = toGitHubError(err, { action: `${doing} the status comment of ${release} on ${where}` });
  return `Status comment of ${release} not written: ${errorMessage(mapped)}`;
}

/** Creates or updates the release's comment; never throws. */
export async function upsertReleaseComment(input: UpsertCommentInput): Promise<UpsertCommentResult> {
  const view = 'view' in input ? input.view : viewOfResult(input.result, input.now);
  const marker = releaseMarker(view.release);
  const body = releaseCommentBody(view, { now: input.now, ...(input.runUrl ? { runUrl: input.runUrl } : {}) });
  const { octokit, owner, repo } = input;
  let doing = 'find';
  try {
    const existing = await findComment(input, marker);
    if (existing) {
      if (existing.body.replace(FOOTER_RE, '') === body.replace(FOOTER_RE, '')) {
        return { action: 'unchanged', commentId: existing.id, url: existing.url };
      }
      doing = 'update';
      const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
      return { action: 'updated', commentId: res.data.id, url: res.data.html_url };
    }
    doing = 'create';
    const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: input.issueNumber, body });
    return { action: 'created', commentId: res.data.id, url: res.data.html_url };
  } catch (err) {
    const warning = failure(input, view.release, doing, err);
    input.log?.warning(warning);
    return { action: 'failed', warning };
  }
}
