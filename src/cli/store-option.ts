/**
 * `--store DIR|github` and `--ref REF` (their help is in commands/specs.ts), shared by every
 * command that reads or writes StateBox files. `github` takes GITHUB_REPOSITORY, GITHUB_TOKEN and GITHUB_API_URL from the environment;
 * the ref defaults to the repository's default branch.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors';
import type { OperationsBudget } from '../ports/budget';
import type { Logger } from '../driver/types';
import type { StateStore } from '../ports/store';
import type { CreateOctokitOptions, Octokit } from '../adapters/github/octokit';
import type { GitHubStore } from '../adapters/store/github';
import { LocalStore } from '../adapters/store/local';
import { type CliIO, UsageError } from './io';

export interface StoreValues {
  readonly store?: string | undefined;
  readonly ref?: string | undefined;
}

export interface OpenStoreOptions {
  /** Charged for every GitHub request. */
  readonly budget?: OperationsBudget;
  readonly log?: Logger;
  /** Extra Octokit settings (tests shrink the retry waits). */
  readonly octokit?: Partial<Omit<CreateOctokitOptions, 'token' | 'budget' | 'log'>>;
}

// GitHub's own rules for owner and repository names.
const REPOSITORY_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// git check-ref-format, the parts that matter here.
const REF_RE = /^(?!\/|.*(?:\/\/|\.\.|@\{|\/\.|\.lock$|\/$))[A-Za-z0-9._\-/]{1,250}$/;

/** A Logger that writes warnings and errors to the command's stderr. */
export function stderrLogger(io: CliIO): Logger {
  return {
    info: () => undefined,
    debug: () => undefined,
    warning: (m) => io.stderr(`warning: ${m}\n`),
    error: (m) => io.stderr(`error: ${m}\n`),
  };
}

/** Builds the store the options name. Throws UsageError when --store is missing, InputError for bad values. */
export async function openStore(values: StoreValues, io: CliIO, options: OpenStoreOptions = {}): Promise<StateStore> {
  const choice = values.store;
  if (choice === undefined || choice === '') throw new UsageError('--store DIR|github is required.');
  if (values.ref !== undefined && !REF_RE.test(values.ref)) {
    throw new InputError(`--ref ${JSON.stringify(values.ref)} is not a valid branch name.`);
  }
  if (choice === 'github') return openGitHubStore(values.ref, io, options);
  if (values.ref !== undefined) throw new UsageError('--ref only applies to --store github.');
  const dir = resolve(io.cwd, choice);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new InputError(`--store ${choice}: ${dir} is not a directory (use --store github for the repository).`);
  return new LocalStore(dir);
}

/** The repository `--store github` names, with a client for it and the branch to use. */
export interface GitHubTarget {
  readonly octokit: Octokit;
  readonly owner: string;
  readonly repo: string;
  /** `--ref`, else the repository's default branch. */
  readonly ref: string;
}

/**
 * The client `--store github` uses, from GITHUB_REPOSITORY, GITHUB_TOKEN and GITHUB_API_URL, and
 * the branch (`ref`, else the default branch: one GET /repos). For commands that call GitHub
 * beyond the StateBox files (the permission ladder of `krd accept` and its twins).
 */
export async function openGitHub(ref: string | undefined, io: CliIO, options: OpenStoreOptions = {}): Promise<GitHubTarget> {
  if (ref !== undefined && !REF_RE.test(ref)) throw new InputError(`--ref ${JSON.stringify(ref)} is not a valid branch name.`);
  const repository = io.env.GITHUB_REPOSITORY;
  if (!repository) throw new InputError('GITHUB_REPOSITORY is not set: --store github needs it as owner/repo.');
  if (!REPOSITORY_RE.test(repository)) throw new InputError(`GITHUB_REPOSITORY ${JSON.stringify(repository)} is not of the form owner/repo.`);
  const token = io.env.GITHUB_TOKEN;
  if (!token) throw new InputError('GITHUB_TOKEN is not set: --store github needs a token with the "contents: write" permission.');
  const [owner, repo] = repository.split('/') as [string, string];
  // Octokit and its plugins load only for --store github: a local store never pays for them.
  const { createOctokit, resolveGitHubApiUrl } = await import('../adapters/github/octokit');
  const octokit: Octokit = createOctokit({
    ...options.octokit,
    token,
    baseUrl: resolveGitHubApiUrl(options.octokit?.baseUrl, io.env),
    ...(options.budget ? { budget: options.budget } : {}),
    log: options.log ?? stderrLogger(io),
  });
  return { octokit, owner, repo, ref: ref ?? (await defaultBranch(octokit, owner, repo)) };
}

async function openGitHubStore(ref: string | undefined, io: CliIO, options: OpenStoreOptions): Promise<GitHubStore> {
  const [target, { GitHubStore }] = await Promise.all([openGitHub(ref, io, options), import('../adapters/store/github')]);
  return new GitHubStore(target);
}

/**
 * Where the test-result files are, as `krd drive` reads them: for `--store github` the `record`
 * branch of the same repository (KRD_RECORD_REF), for a directory KRD_RECORD_DIR (default: the
 * store's own directory).
 */
export async function openRecordStore(values: StoreValues, io: CliIO, options: OpenStoreOptions = {}): Promise<StateStore> {
  if (values.store === 'github') return openStore({ store: 'github', ref: io.env['KRD_RECORD_REF']?.trim() || 'record' }, io, options);
  const dir = io.env['KRD_RECORD_DIR']?.trim();
  return openStore({ store: dir || values.store }, io, options);
}

async function defaultBranch(octokit: Octokit, owner: string, repo: string): Promise<string> {
  const { toGitHubError } = await import('../adapters/github/octokit');
  try {
    return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
  } catch (err) {
    throw toGitHubError(err, { action: `look up the default branch of ${owner}/${repo}`, permission: 'contents: read' });
  }
}
