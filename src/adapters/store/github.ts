import { ConflictError, PermanentError } from '../../core/errors';
import type { OperationsBudget } from '../../ports/budget';
import type { StateStore, StoredFile, WriteOptions } from '../../ports/store';
import { type Octokit, githubMessage, githubStatus, toGitHubError } from '../github/octokit';
import { checkStorePath, checkStorePrefix, isStorePath } from './paths';

export interface GitHubStoreOptions {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  /** Branch (or other ref) to read and commit to; the repository's default branch when absent. */
  readonly ref?: string;
  /**
   * Charged once per API call this store makes. Give the budget either here or to createOctokit
   * (which charges every HTTP attempt, plugin retries included), not to both.
   */
  readonly budget?: OperationsBudget;
  /** How a 401/403 names the credential; default "the GitHub token (GITHUB_TOKEN)". */
  readonly credential?: string;
}

/** Fewer paths than this are read one REST call each: a batch pays when it replaces several reads. */
export const BATCH_MIN_PATHS = 4;
/** Paths per GraphQL query: a bounded response whatever the number of releases. */
export const BATCH_MAX_PATHS = 50;

interface GraphQLBlob {
  oid?: unknown;
  text?: unknown;
  isBinary?: unknown;
  isTruncated?: unknown;
}

interface ContentFile {
  type?: string;
  sha?: string;
  content?: string;
  encoding?: string;
}

/**
 * StateBox files in a GitHub repository through the REST Contents API (read with `ref`, PUT with
 * the blob SHA that was read and `branch`: one commit per changed file) and the Git trees API
 * for listings; several files at once through GraphQL when the server offers it (readMany).
 * A stale SHA answers 409 (or 422 when the file appeared meanwhile): ConflictError.
 */
export class GitHubStore implements StateStore {
  readonly describe: string;
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;
  private readonly ref: string | undefined;
  private readonly budget: OperationsBudget | undefined;
  private readonly credential: string | undefined;
  private defaultBranch: Promise<string> | undefined;
  /** False once GraphQL failed in a way that will not change (404, 401, 403, 400): REST only from then on. */
  private graphql = true;

  constructor(options: GitHubStoreOptions) {
    this.octokit = options.octokit;
    this.owner = options.owner;
    this.repo = options.repo;
    this.ref = options.ref || undefined;
    this.budget = options.budget;
    this.credential = options.credential;
    this.describe = `github ${this.owner}/${this.repo}${this.ref ? `@${this.ref}` : ''}`;
  }

  async read(path: string): Promise<StoredFile | undefined> {
    checkStorePath(path);
    this.budget?.consume();
    let data: unknown;
    try {
      const res = await this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ...(this.ref ? { ref: this.ref } : {}) });
      data = res.data;
    } catch (err) {
      if (githubStatus(err) === 404 && !/no commit found/i.test(githubMessage(err))) return undefined;
      throw this.error(err, `read ${path} from ${this.where()}`, 'contents: read');
    }
    const file = data as ContentFile;
    if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
      throw new PermanentError(`${path} in ${this.where()} is not a file.`);
    }
    if (file.encoding !== 'base64' || typeof file.content !== 'string') {
      throw new PermanentError(`${path} in ${this.where()} is too large for the Contents API (encoding "${file.encoding ?? 'none'}").`);
    }
    return { path, content: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha };
  }

  /**
   * Several files in one GraphQL query per BATCH_MAX_PATHS paths (`object(expression: "ref:path")`
   * gives a blob's text and its git blob SHA, as the Contents API does). Best effort, never an
   * error: a server without GraphQL (404, as the REST-only contract allows), a failed query, a
   * missing, binary or truncated file all leave paths out, and `read` then fetches them one by one.
   * Fewer than BATCH_MIN_PATHS paths: nothing batched.
   */
  async readMany(paths: readonly string[]): Promise<ReadonlyMap<string, StoredFile>> {
    const unique = [...new Set(paths)].map(checkStorePath);
    const found = new Map<string, StoredFile>();
    if (unique.length < BATCH_MIN_PATHS) return found;
    for (let i = 0; i < unique.length && this.graphql; i += BATCH_MAX_PATHS) {
      for (const file of await this.queryBlobs(unique.slice(i, i + BATCH_MAX_PATHS))) found.set(file.path, file);
    }
    return found;
  }

  private async queryBlobs(paths: readonly string[]): Promise<StoredFile[]> {
    const names = paths.map((_, i) => `f${i}`);
    const query = [
      `query (${['$owner: String!', '$name: String!', ...names.map((n) => `$${n}: String!`)].join(', ')}) {`,
      '  repository(owner: $owner, name: $name) {',
      ...names.map((n) => `    ${n}: object(expression: $${n}) { ... on Blob { oid text isBinary isTruncated } }`),
      '  }',
      '}',
    ].join('\n');
    const variables: Record<string, string> = { owner: this.owner, name: this.repo };
    names.forEach((n, i) => (variables[n] = `${this.ref ?? 'HEAD'}:${paths[i]}`));
    this.budget?.consume();
    let data: unknown;
    try {
      data = await this.octokit.graphql(query, variables);
    } catch (err) {
      // GitHub answers a query with errors (a path it cannot resolve) with the data it has.
      data = (err as { data?: unknown }).data;
      const status = githubStatus(err);
      if (status === 400 || status === 401 || status === 404 || (status === 403 && !/rate limit/i.test(githubMessage(err)))) this.graphql = false;
    }
    const repository = (data as { repository?: Record<string, GraphQLBlob | null> | null } | undefined)?.repository;
    if (!repository) return [];
    const files: StoredFile[] = [];
    names.forEach((n, i) => {
      const blob = repository[n];
      if (!blob || typeof blob.oid !== 'string' || typeof blob.text !== 'string' || blob.isBinary === true || blob.isTruncated !== false) return;
      files.push({ path: paths[i]!, content: blob.text, sha: blob.oid });
    });
    return files;
  }

  async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    checkStorePath(path);
    this.budget?.consume();
    try {
      const res = await this.octokit.rest.repos.createOrUpdateFileContents({
        owner: this.owner,
        repo: this.repo,
        path,
        message: options.message,
        content: Buffer.from(content, 'utf8').toString('base64'),
        ...(options.sha ? { sha: options.sha } : {}),
        ...(this.ref ? { branch: this.ref } : {}),
      });
      const sha = res.data.content?.sha;
      if (!sha) throw new PermanentError(`GitHub accepted the write of ${path} to ${this.where()} but returned no blob SHA.`);
      return { sha };
    } catch (err) {
      const status = githubStatus(err);
      if (status === 409 || status === 422) {
        const stale = options.sha ? `the SHA ${options.sha} we read is stale` : 'the file exists and no SHA was given';
        throw new ConflictError(`${path} in ${this.where()} changed since it was read: ${stale} (GitHub ${status}: ${githubMessage(err)}).`, { cause: err });
      }
      throw this.error(err, `write ${path} to ${this.where()}`, 'contents: write');
    }
  }

  /** Files under `prefix` at the ref; names a store path cannot have (spaces, `.github/…`) are left out. */
  async list(prefix: string): Promise<string[]> {
    const dirPrefix = checkStorePrefix(prefix);
    const ref = await this.resolvedRef();
    this.budget?.consume();
    let tree: { path?: string; type?: string }[];
    let truncated: boolean;
    try {
      const res = await this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: ref, recursive: '1' });
      tree = res.data.tree;
      truncated = res.data.truncated;
    } catch (err) {
      // An empty repository has no tree yet.
      if (githubStatus(err) === 409 && /empty/i.test(githubMessage(err))) return [];
      throw this.error(err, `list ${dirPrefix || 'the files'} in ${this.where()}`, 'contents: read');
    }
    if (truncated && dirPrefix !== '') return this.walkContents(dirPrefix.slice(0, -1));
    if (truncated) throw new PermanentError(`The file tree of ${this.where()} is too large to list in one call; list a directory instead.`);
    return tree
      .filter((e) => e.type === 'blob' && typeof e.path === 'string' && e.path.startsWith(dirPrefix) && isStorePath(e.path))
      .map((e) => e.path as string)
      .sort();
  }

  /** Fallback for trees GitHub truncates: walk the directory with the Contents API. */
  private async walkContents(dir: string): Promise<string[]> {
    const out: string[] = [];
    const pending = [dir];
    while (pending.length > 0) {
      const current = pending.pop()!;
      this.budget?.consume();
      let data: unknown;
      try {
        data = (await this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path: current, ...(this.ref ? { ref: this.ref } : {}) })).data;
      } catch (err) {
        if (githubStatus(err) === 404) continue;
        throw this.error(err, `list ${current} in ${this.where()}`, 'contents: read');
      }
      if (!Array.isArray(data)) continue;
      for (const entry of data as { path: string; type: string }[]) {
        if (entry.type === 'dir') pending.push(entry.path);
        else if (entry.type === 'file' && isStorePath(entry.path)) out.push(entry.path);
      }
    }
    return out.sort();
  }

  /** The ref to list: the configured one, else the default branch (asked once). */
  private resolvedRef(): Promise<string> {
    if (this.ref) return Promise.resolve(this.ref);
    this.defaultBranch ??= this.fetchDefaultBranch();
    return this.defaultBranch;
  }

  private async fetchDefaultBranch(): Promise<string> {
    this.budget?.consume();
    try {
      const res = await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo });
      return res.data.default_branch;
    } catch (err) {
      this.defaultBranch = undefined;
      throw this.error(err, `look up the default branch of ${this.owner}/${this.repo}`, 'contents: read');
    }
  }

  private where(): string {
    return `${this.owner}/${this.repo}${this.ref ? `@${this.ref}` : ''}`;
  }

  private error(err: unknown, action: string, permission: string): Error {
    return toGitHubError(err, { action, permission, ...(this.credential ? { credential: this.credential } : {}) });
  }
}
