/**
 * A local GitHub REST API for tests: a node:http server on 127.0.0.1 (port 0) that answers the
 * way api.github.com does (status codes, JSON errors `{message, documentation_url, status}`,
 * x-ratelimit-* headers), keeps repository files in memory so SHA conflicts can be provoked on
 * purpose, and records every request.
 *
 *   await using gh = await startGitHubServer({ token: 't0k', files: { 'a.yaml': 'x: 1\n' } });
 *   const octokit = createOctokit({ token: 't0k', baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false });
 *
 * Options (all optional): owner ('octo'), repo ('releases'), defaultBranch ('main'), token (when
 * set, requests must send `authorization: token|Bearer <token>`, else 401 "Bad credentials"),
 * files (path → text on the default branch), branches (ref → {path → text}), rateLimit (requests
 * before a primary-rate-limit 403; default 5000), login (the token's user, 'github-actions[bot]'),
 * permissions (user → admin|maintain|write|triage|read|none), truncateTreesOver (entries after
 * which a recursive tree answers `truncated: true`), now (a clock for timestamps), graphql (default
 * true; false: every POST /graphql answers 404, a server with only the REST API).
 *
 * Routes (anything else: 404 `Not Found`):
 *   GET   /user                                            → {login, id, type: 'User'} when `login` is a user's; 403
 *                                                            "Resource not accessible by integration" when it is a bot
 *                                                            (`…[bot]`: an installation token such as GITHUB_TOKEN, as GitHub answers)
 *   GET   /repos/{o}/{r}                                   → {default_branch, full_name, …}
 *   GET   /repos/{o}/{r}/contents/{path}?ref=              → file {type, encoding: base64, content, sha (git blob SHA)}
 *                                                            (over 1 MB: encoding "none", empty content, as GitHub does),
 *                                                            directory listing (array), 404 `Not Found`,
 *                                                            404 `No commit found for the ref X` for an unknown ref;
 *                                                            `accept: application/vnd.github.raw+json` → the raw text
 *   PUT   /repos/{o}/{r}/contents/{path}  {message, content, sha?, branch?}
 *                                                          → 201 created / 200 updated {content: {sha}, commit: {sha, message}};
 *                                                            409 `{path} does not match {sha}` on a stale sha,
 *                                                            422 `Invalid request. "sha" wasn't supplied.` for an existing file,
 *                                                            422 for a missing message/content, 404 `Branch X not found`
 *   GET   /repos/{o}/{r}/git/trees/{ref}?recursive=1       → {sha, tree: [{path, type: blob|tree, sha, mode}], truncated}
 *   GET   /repos/{o}/{r}/issues/{n}/comments?per_page&page → array (per_page ≤ 100, default 30) + Link header
 *   POST  /repos/{o}/{r}/issues/{n}/comments  {body}       → 201 comment (user = options.login; a `…[bot]` author has
 *                                                            performed_via_github_app {slug}, anyone else null, as GitHub)
 *   GET|PATCH|DELETE /repos/{o}/{r}/issues/comments/{id}   → comment / 200 updated / 204
 *   POST  /repos/{o}/{r}/issues/comments/{id}/reactions {content} → 201 (200 if that user already reacted so)
 *   GET   /repos/{o}/{r}/collaborators/{user}/permission   → {permission (legacy: admin|write|read|none), role_name, user}
 *   POST  /graphql  {query, variables}: only file reads, as GitHubStore.readMany sends them:
 *         repository(owner: $owner, name: $name) { alias: object(expression: $var) { ... on Blob { oid text isBinary isTruncated } } … }
 *         with `ref:path` expressions → {data: {repository: {alias: blob | null}}} (null: no such ref or file; over
 *         1 MB: isTruncated); another repository → repository null with a NOT_FOUND error; any other query: 404
 *
 * Handle:
 *   url, owner, repo, defaultBranch
 *   files: Map<ref, Map<path, text>>   (read or change directly; getFile/setFile/deleteFile are shortcuts)
 *   commits: [{ref, path, message, sha, blobSha}] for every successful PUT, in order
 *   requests: [{method, path, query, headers, body, status, at}] for every request (body parsed as JSON when it is)
 *   inject({status, times?, retryAfter?, match?, kind?, message?}): the next `times` (default 1)
 *       matching requests fail. status 500/502/503 → server error; 429 → secondary rate limit
 *       (GitHub's message, `retry-after` when retryAfter is given); 403 → `kind: 'forbidden'`
 *       (default, "Resource not accessible by integration") or `kind: 'primary-rate-limit'`
 *       (x-ratelimit-remaining 0, reset in retryAfter seconds) or `kind: 'secondary-rate-limit'`;
 *       409/401/404/422 → that status with a GitHub-like message; status 'reset' destroys the
 *       socket (a network failure). match: {method?, path?: string (pathname prefix) | RegExp} or
 *       a predicate on the recorded request.
 *   pendingFaults(): how many injected failures are still to happen
 *   setPermission(user, level); addComment(issue, body, user?) → comment; comments; reactions
 *   close(); [Symbol.asyncDispose]
 */
import { createHash } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gitBlobSha } from '../../src/adapters/store/git-sha';

export type PermissionLevel = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  token?: string;
  files?: Record<string, string>;
  branches?: Record<string, Record<string, string>>;
  rateLimit?: number;
  login?: string;
  permissions?: Record<string, PermissionLevel>;
  truncateTreesOver?: number;
  now?: () => Date;
  graphql?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Decoded pathname, e.g. `/repos/octo/releases/contents/_releases/4.20/statebox/4.20.1.yaml`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status?: number;
  /** Date.now() when the request arrived (to check retry waits). */
  at: number;
}

export interface Fault {
  status: 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503 | 'reset';
  times?: number;
  /** Seconds, sent as `retry-after` (secondary limits) or used for `x-ratelimit-reset` (primary). */
  retryAfter?: number;
  match?: { method?: string; path?: string | RegExp } | ((req: RecordedRequest) => boolean);
  kind?: 'forbidden' | 'primary-rate-limit' | 'secondary-rate-limit';
  message?: string;
}

export interface IssueComment {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: { login: string; id: number; type: string };
  /** The app a bot's comment was made through (GitHub Actions for github-actions[bot]); null for people. */
  performed_via_github_app: { id: number; slug: string; name: string } | null;
  created_at: string;
  updated_at: string;
  html_url: string;
  url: string;
  issue_url: string;
  author_association: string;
}

export interface Reaction {
  id: number;
  comment_id: number;
  content: string;
  user: { login: string };
  created_at: string;
}

export interface Commit {
  ref: string;
  path: string;
  message: string;
  sha: string;
  blobSha: string;
}

export interface GitHubServer {
  readonly url: string;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly files: Map<string, Map<string, string>>;
  readonly commits: Commit[];
  readonly requests: RecordedRequest[];
  readonly comments: IssueComment[];
  readonly reactions: Reaction[];
  inject(fault: Fault): void;
  pendingFaults(): number;
  getFile(path: string, ref?: string): string | undefined;
  setFile(path: string, content: string, ref?: string): void;
  deleteFile(path: string, ref?: string): void;
  setPermission(user: string, level: PermissionLevel): void;
  addComment(issue: number, body: string, user?: string): IssueComment;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';
const REACTIONS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']);
// GitHub's `permission` field keeps the legacy three levels; `role_name` has the real one.
const LEGACY_PERMISSION: Record<PermissionLevel, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Base64 the way the Contents API sends it: wrapped at 60 characters. */
function wrappedBase64(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const owner = options.owner ?? 'octo';
  const repo = options.repo ?? 'releases';
  const defaultBranch = options.defaultBranch ?? 'main';
  const login = options.login ?? 'github-actions[bot]';
  const now = options.now ?? (() => new Date());
  const rateLimit = options.rateLimit ?? 5000;
  let remaining = rateLimit;
  // Rate-limit resets are wall-clock times the client compares with its own Date.now().
  const resetAt = Math.floor(Date.now() / 1000) + 3600;

  const files = new Map<string, Map<string, string>>();
  files.set(defaultBranch, new Map(Object.entries(options.files ?? {})));
  for (const [ref, content] of Object.entries(options.branches ?? {})) files.set(ref, new Map(Object.entries(content)));
  const heads = new Map<string, string>();
  for (const ref of files.keys()) heads.set(ref, sha1(`initial ${ref}`));
  const commits: Commit[] = [];
  const requests: RecordedRequest[] = [];
  const comments: IssueComment[] = [];
  const reactions: Reaction[] = [];
  const faults: (Fault & { left: number })[] = [];
  const permissions = new Map(Object.entries(options.permissions ?? {}));
  let nextId = 1000;
  let baseUrl = '';

  const repoPath = `/repos/${owner}/${repo}`;

  function filesOf(ref: string | undefined, missing: () => HttpError): Map<string, string> {
    const map = files.get(ref ?? defaultBranch);
    if (!map) throw missing();
    return map;
  }

  function matches(fault: Fault, req: RecordedRequest): boolean {
    const m = fault.match;
    if (!m) return true;
    if (typeof m === 'function') return m(req);
    if (m.method && m.method.toUpperCase() !== req.method) return false;
    if (m.path instanceof RegExp) return m.path.test(req.path);
    if (typeof m.path === 'string') return req.path.startsWith(m.path);
    return true;
  }

  function faultError(fault: Fault, req: RecordedRequest): HttpError {
    const status = fault.status as number;
    if (status === 429 || (status === 403 && fault.kind === 'secondary-rate-limit')) {
      return new HttpError(
        status,
        fault.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {},
      );
    }
    if (status === 403 && fault.kind === 'primary-rate-limit') {
      const reset = Math.floor(Date.now() / 1000) + (fault.retryAfter ?? 60);
      return new HttpError(403, fault.message ?? `API rate limit exceeded for user ID 1.`, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
      });
    }
    const messages: Record<number, string> = {
      401: 'Bad credentials',
      403: 'Resource not accessible by integration',
      404: 'Not Found',
      409: `${req.path.split('/contents/')[1] ?? 'resource'} does not match`,
      422: 'Validation Failed',
      500: 'Server Error',
      502: 'Bad Gateway',
      503: 'Service Unavailable',
    };
    return new HttpError(status, fault.message ?? messages[status] ?? 'Error');
  }

  function checkAuth(req: IncomingMessage): void {
    if (options.token === undefined) return;
    const header = req.headers.authorization;
    if (!header) throw new HttpError(401, 'Requires authentication');
    const m = /^(token|bearer)\s+(.+)$/i.exec(header);
    if (!m || m[2] !== options.token) throw new HttpError(401, 'Bad credentials');
  }

  // ---- Contents API

  function getContents(path: string, ref: string | undefined, raw: boolean): { status: number; body: unknown; text?: string } {
    const map = filesOf(ref, () => new HttpError(404, `No commit found for the ref ${ref}`));
    const content = map.get(path);
    if (content !== undefined) {
      if (raw) return { status: 200, body: undefined, text: content };
      const sha = gitBlobSha(content);
      // Like GitHub: files over 1 MB come without content (encoding "none"); the raw media type still works.
      const tooLarge = Buffer.byteLength(content) > 1024 * 1024;
      const url = `${baseUrl}${repoPath}/contents/${path}?ref=${ref ?? defaultBranch}`;
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: tooLarge ? 'none' : 'base64',
          size: Buffer.byteLength(content),
          name: path.split('/').pop(),
          path,
          content: tooLarge ? '' : wrappedBase64(content),
          sha,
          url,
          git_url: `${baseUrl}${repoPath}/git/blobs/${sha}`,
          html_url: `https://github.com/${owner}/${repo}/blob/${ref ?? defaultBranch}/${path}`,
          download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref ?? defaultBranch}/${path}`,
          _links: { self: url },
        },
      };
    }
    const dir = path === '' ? '' : `${path}/`;
    const children = new Map<string, { type: 'file' | 'dir'; path: string; content?: string }>();
    for (const [p, c] of map) {
      if (!p.startsWith(dir)) continue;
      const [head, ...rest] = p.slice(dir.length).split('/');
      children.set(head!, rest.length === 0 ? { type: 'file', path: p, content: c } : { type: 'dir', path: `${dir}${head}` });
    }
    if (children.size === 0) throw new HttpError(404, 'Not Found');
    return {
      status: 200,
      body: [...children.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, e]) => ({
          type: e.type,
          name,
          path: e.path,
          sha: e.type === 'file' ? gitBlobSha(e.content!) : sha1(`tree ${e.path}`),
          size: e.type === 'file' ? Buffer.byteLength(e.content!) : 0,
        })),
    };
  }

  function putContents(path: string, body: unknown): { status: number; body: unknown } {
    const input = (body ?? {}) as { message?: unknown; content?: unknown; sha?: unknown; branch?: unknown };
    if (typeof input.message !== 'string' || input.message === '') throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
    if (typeof input.content !== 'string') throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
    if (!/^[A-Za-z0-9+/=\s]*$/.test(input.content)) throw new HttpError(422, 'content is not valid Base64');
    const ref = typeof input.branch === 'string' ? input.branch : defaultBranch;
    const map = filesOf(ref, () => new HttpError(404, `Branch ${ref} not found`));
    const current = map.get(path);
    if (current !== undefined && input.sha === undefined) throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (input.sha !== undefined && (current === undefined || gitBlobSha(current) !== input.sha)) {
      throw new HttpError(409, `${path} does not match ${String(input.sha)}`);
    }
    const text = Buffer.from(input.content, 'base64').toString('utf8');
    map.set(path, text);
    const blobSha = gitBlobSha(text);
    const commitSha = sha1(`${heads.get(ref)} ${path} ${blobSha} ${input.message}`);
    heads.set(ref, commitSha);
    commits.push({ ref, path, message: input.message, sha: commitSha, blobSha });
    return {
      status: current === undefined ? 201 : 200,
      body: {
        content: { name: path.split('/').pop(), path, sha: blobSha, size: Buffer.byteLength(text), type: 'file' },
        commit: { sha: commitSha, message: input.message, parents: [] },
      },
    };
  }

  // ---- Git trees

  function getTree(ref: string, recursive: boolean): { status: number; body: unknown } {
    const map = files.get(ref) ?? [...files.entries()].find(([r]) => heads.get(r) === ref)?.[1];
    if (!map) throw new HttpError(404, 'Not Found');
    if (map.size === 0 && files.size === 1) throw new HttpError(409, 'Git Repository is empty.');
    const entries = new Map<string, { path: string; type: 'blob' | 'tree'; sha: string; mode: string; size?: number }>();
    for (const [p, c] of map) {
      const parts = p.split('/');
      if (!recursive && parts.length > 1) {
        entries.set(parts[0]!, { path: parts[0]!, type: 'tree', sha: sha1(`tree ${parts[0]}`), mode: '040000' });
        continue;
      }
      for (let i = 1; i < parts.length; i += 1) {
        const dir = parts.slice(0, i).join('/');
        entries.set(dir, { path: dir, type: 'tree', sha: sha1(`tree ${dir}`), mode: '040000' });
      }
      entries.set(p, { path: p, type: 'blob', sha: gitBlobSha(c), mode: '100644', size: Buffer.byteLength(c) });
    }
    let tree = [...entries.values()].sort((a, b) => a.path.localeCompare(b.path));
    const limit = options.truncateTreesOver;
    const truncated = limit !== undefined && tree.length > limit;
    if (truncated) tree = tree.slice(0, limit);
    return { status: 200, body: { sha: sha1(`root ${ref}`), url: `${baseUrl}${repoPath}/git/trees/${ref}`, tree, truncated } };
  }

  // ---- Issue comments and reactions

  function appOf(bot: string): { id: number; slug: string; name: string } {
    const slug = bot.slice(0, -'[bot]'.length);
    return slug === 'github-actions' ? { id: 15368, slug, name: 'GitHub Actions' } : { id: 900000 + slug.length, slug, name: slug };
  }

  function newComment(issue: number, body: string, user: string): IssueComment {
    const id = (nextId += 1);
    const at = now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const comment: IssueComment = {
      id,
      node_id: `IC_${id}`,
      issue_number: issue,
      body,
      user: { login: user, id: 1, type: user.endsWith('[bot]') ? 'Bot' : 'User' },
      performed_via_github_app: user.endsWith('[bot]') ? appOf(user) : null,
      created_at: at,
      updated_at: at,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      url: `${baseUrl}${repoPath}/issues/comments/${id}`,
      issue_url: `${baseUrl}${repoPath}/issues/${issue}`,
      author_association: permissions.get(user) === 'admin' ? 'OWNER' : permissions.has(user) ? 'COLLABORATOR' : 'NONE',
    };
    comments.push(comment);
    return comment;
  }

  function listComments(issue: number, query: Record<string, string>): { status: number; body: unknown; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(query.page ?? 1) || 1);
    const all = comments.filter((c) => c.issue_number === issue);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number) => `<${baseUrl}${repoPath}/issues/${issue}/comments?per_page=${perPage}&page=${p}>`;
    const links: string[] = [];
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  function findComment(id: number): IssueComment {
    const comment = comments.find((c) => c.id === id);
    if (!comment) throw new HttpError(404, 'Not Found');
    return comment;
  }

  function bodyText(body: unknown): string {
    const text = (body as { body?: unknown } | undefined)?.body;
    if (typeof text !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
    return text;
  }

  // ---- GraphQL: file reads only

  const BLOB_QUERY_RE = /^query \([^)]*\) \{\s*repository\(owner: \$owner, name: \$name\) \{([\s\S]*)\}\s*\}$/;
  const OBJECT_RE = /(\w+): object\(expression: \$(\w+)\) \{ \.\.\. on Blob \{ oid text isBinary isTruncated \} \}/g;

  function graphql(body: unknown): Answer {
    const { query, variables = {} } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    const m = options.graphql === false || typeof query !== 'string' ? null : BLOB_QUERY_RE.exec(query.trim());
    if (!m) throw new HttpError(404, 'Not Found');
    if (variables.owner !== owner || variables.name !== repo) {
      const message = `Could not resolve to a Repository with the name '${String(variables.owner)}/${String(variables.name)}'.`;
      return { status: 200, body: { data: { repository: null }, errors: [{ type: 'NOT_FOUND', path: ['repository'], message }] } };
    }
    const objects: Record<string, unknown> = {};
    for (const [, alias, name] of m[1]!.matchAll(OBJECT_RE)) {
      const expression = String(variables[name!]);
      const colon = expression.indexOf(':');
      const ref = expression.slice(0, colon);
      const text = files.get(ref === 'HEAD' ? defaultBranch : ref)?.get(expression.slice(colon + 1));
      const truncated = text !== undefined && Buffer.byteLength(text) > 1024 * 1024;
      objects[alias!] = text === undefined ? null : { oid: gitBlobSha(text), text: truncated ? text.slice(0, 1024 * 1024) : text, isBinary: false, isTruncated: truncated };
    }
    return { status: 200, body: { data: { repository: objects } } };
  }

  // ---- Router

  type Answer = { status: number; body?: unknown; text?: string; headers?: Record<string, string> };

  function route(req: IncomingMessage, rec: RecordedRequest): Answer {
    const { method, path, query } = rec;
    if (path === '/graphql' && method === 'POST') return graphql(rec.body);
    if (path === '/user' && method === 'GET') {
      // An installation token (GITHUB_TOKEN, a GitHub App's) has no user: GitHub answers 403.
      if (login.endsWith('[bot]')) throw new HttpError(403, 'Resource not accessible by integration');
      return { status: 200, body: { login, id: 7, type: 'User' } };
    }
    if (path !== repoPath && !path.startsWith(`${repoPath}/`)) throw new HttpError(404, 'Not Found');
    const rest = path.slice(repoPath.length);
    if (rest === '' && method === 'GET') {
      return {
        status: 200,
        body: {
          id: 1,
          name: repo,
          full_name: `${owner}/${repo}`,
          owner: { login: owner },
          private: true,
          default_branch: defaultBranch,
          permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
        },
      };
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/contents\/(.+)$/.exec(rest))) {
      const filePath = m[1]!;
      if (method === 'GET') {
        const raw = /vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept ?? ''));
        return getContents(filePath, query.ref, raw);
      }
      if (method === 'PUT') return putContents(filePath, rec.body);
    }
    if ((m = /^\/git\/trees\/(.+)$/.exec(rest)) && method === 'GET') {
      return getTree(m[1]!, query.recursive !== undefined && query.recursive !== '0' && query.recursive !== 'false');
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (method === 'GET') return listComments(issue, query);
      if (method === 'POST') return { status: 201, body: newComment(issue, bodyText(rec.body), login) };
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = findComment(Number(m[1]));
      if (method === 'GET') return { status: 200, body: comment };
      if (method === 'PATCH') {
        comment.body = bodyText(rec.body);
        comment.updated_at = now().toISOString().replace(/\.\d{3}Z$/, 'Z');
        return { status: 200, body: comment };
      }
      if (method === 'DELETE') {
        comments.splice(comments.indexOf(comment), 1);
        return { status: 204 };
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)\/reactions$/.exec(rest)) && method === 'POST') {
      const comment = findComment(Number(m[1]));
      const content = (rec.body as { content?: unknown } | undefined)?.content;
      if (typeof content !== 'string' || !REACTIONS.has(content)) throw new HttpError(422, 'Validation Failed');
      const existing = reactions.find((r) => r.comment_id === comment.id && r.content === content && r.user.login === login);
      if (existing) return { status: 200, body: existing };
      const reaction: Reaction = { id: (nextId += 1), comment_id: comment.id, content, user: { login }, created_at: now().toISOString() };
      reactions.push(reaction);
      return { status: 201, body: reaction };
    }
    if ((m = /^\/collaborators\/([^/]+)\/permission$/.exec(rest)) && method === 'GET') {
      const user = m[1]!;
      const level = permissions.get(user) ?? 'none';
      return { status: 200, body: { permission: LEGACY_PERMISSION[level], role_name: level, user: { login: user } } };
    }
    throw new HttpError(404, 'Not Found');
  }

  function rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, remaining)),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(rateLimit - Math.max(0, remaining)),
      'x-ratelimit-resource': 'core',
    };
  }

  function send(res: ServerResponse, rec: RecordedRequest, answer: Answer): void {
    rec.status = answer.status;
    const headers: Record<string, string> = { ...rateHeaders(), 'x-github-request-id': sha1(String(requests.length)).slice(0, 16).toUpperCase(), ...answer.headers };
    if (answer.status === 204) {
      res.writeHead(204, headers).end();
    } else if (answer.text !== undefined) {
      res.writeHead(answer.status, { ...headers, 'content-type': 'application/vnd.github.raw; charset=utf-8' }).end(answer.text);
    } else {
      res.writeHead(answer.status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body));
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw === '' ? undefined : raw;
    try {
      if (raw !== '') body = JSON.parse(raw);
    } catch {
      // not JSON: keep the text
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const rec: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      body,
      at: Date.now(),
    };
    requests.push(rec);
    try {
      const fault = faults.find((f) => f.left > 0 && matches(f, rec));
      if (fault) {
        fault.left -= 1;
        if (fault.status === 'reset') {
          rec.status = 0;
          req.socket.destroy();
          return;
        }
        throw faultError(fault, rec);
      }
      checkAuth(req);
      remaining -= 1;
      if (remaining < 0) {
        throw new HttpError(403, 'API rate limit exceeded for user ID 1.', { 'x-ratelimit-remaining': '0' });
      }
      send(res, rec, route(req, rec));
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      send(res, rec, {
        status: err.status,
        body: { message: err.message, documentation_url: DOCS, status: String(err.status) },
        headers: err.headers,
      });
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `test server bug: ${String(err)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  return {
    url: baseUrl,
    owner,
    repo,
    defaultBranch,
    files,
    commits,
    requests,
    comments,
    reactions,
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    pendingFaults: () => faults.reduce((n, f) => n + f.left, 0),
    getFile: (path, ref) => files.get(ref ?? defaultBranch)?.get(path),
    setFile(path, content, ref) {
      const key = ref ?? defaultBranch;
      if (!files.has(key)) {
        files.set(key, new Map());
        heads.set(key, sha1(`initial ${key}`));
      }
      files.get(key)!.set(path, content);
    },
    deleteFile: (path, ref) => void files.get(ref ?? defaultBranch)?.delete(path),
    setPermission: (user, level) => void permissions.set(user, level),
    addComment: (issue, body, user = 'someone') => newComment(issue, body, user),
    close,
    [Symbol.asyncDispose]: close,
  };
}
