/**
 * One bot comment per PR (or issue) and release, upserted every run: a hidden marker
 * `<!-- krd:release=4.20.1 -->` opens the body; every page of comments is searched for it
 * (never only the first) among the comments the token's own identity wrote (`writtenBy`: a
 * comment anybody else starts with the marker is never edited), then the comment is updated,
 * or created when there is none. Text from outside in the body is masked and escaped by the
 * renderer (summary.ts, markup.ts). The
 * body stays within GitHub's 65,536 characters by trimming the oldest details first; the
 * status line always stays. A failure is a warning returned to the caller, never thrown:
 * a comment is a view, the release does not depend on it.
 */
import { errorMessage } from '../../core/errors';
import type { Logger } from '../../ports/logger';
import type { ReleaseRunResult } from '../../ports/run';
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

/**
 * Who the token writes comments as. `GET /user` answers the login of a user token (a PAT, a
 * machine user). An installation token of a GitHub App, the workflow's GITHUB_TOKEN included,
 * gets 403 "Resource not accessible by integration" there (the REST API has no "who am I" for
 * it); its comments are authored by the app's bot: `github-actions[bot]` for GITHUB_TOKEN,
 * `<slug>[bot]` with `performed_via_github_app.slug` for another app.
 */
export type TokenIdentity = { readonly kind: 'user'; readonly login: string } | { readonly kind: 'app' };

/** The bot that authors comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

const identities = new WeakMap<Octokit, Promise<TokenIdentity>>();

/** The token's identity, asked once per client (one GET /user per run); a failure is thrown, not cached. */
export function tokenIdentity(octokit: Octokit): Promise<TokenIdentity> {
  let known = identities.get(octokit);
  if (!known) {
    known = (async (): Promise<TokenIdentity> => {
      try {
        const res = await octokit.rest.users.getAuthenticated();
        return { kind: 'user', login: res.data.login };
      } catch (err) {
        if (githubStatus(err) === 403) return { kind: 'app' };
        throw err;
      }
    })();
    identities.set(octokit, known);
    known.catch(() => identities.delete(octokit));
  }
  return known;
}

interface CommentAuthor {
  readonly user?: { readonly login?: string } | null;
  readonly performed_via_github_app?: { readonly slug?: string } | null;
}

/**
 * Whether a comment was written by the token's own identity: only those are ever edited, so a
 * comment anybody else posts starting with the marker is never taken for ours. User token: the
 * author is its login. App token: the author is `github-actions[bot]`, or the bot of the app the
 * comment was performed via (`<slug>[bot]`); no person's login can end in `[bot]`.
 */
export function writtenBy(comment: CommentAuthor, identity: TokenIdentity): boolean {
  const login = comment.user?.login;
  if (!login) return false;
  if (identity.kind === 'user') return login.toLowerCase() === identity.login.toLowerCase();
  if (login === ACTIONS_BOT) return true;
  const slug = comment.performed_via_github_app?.slug;
  return typeof slug === 'string' && slug !== '' && login === `${slug}[bot]`;
}

/** Searches every page of comments for the release's marker in a comment of our own. */
async function findComment(input: UpsertCommentInput, marker: string): Promise<FoundComment | undefined> {
  const identity = await tokenIdentity(input.octokit);
  const pages = input.octokit.paginate.iterator(input.octokit.rest.issues.listComments, {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    // startsWith: a person quoting the comment ("> <!-- krd…") is not the bot's comment; and a
    // comment that starts with the marker is ours only when our identity wrote it.
    const hit = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker) && writtenBy(c, identity));
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
