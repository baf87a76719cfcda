import { ConflictError, PermanentError } from '../../core/errors';
import type { OperationsBudget } from '../../driver/budget';
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

interface ContentFile {
  type?: string;
  sha?: string;
  content?: string;
  encoding?: string;
}

/**
 * StateBox files in a GitHub repository through the REST Contents API (read with `ref`, PUT with
 * the blob SHA that was read and `branch`: one commit per changed file) and the Git trees API
 * for listings. A stale SHA answers 409 (or 422 when the file appeared meanwhile): ConflictError.
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
