export const id = 599;
export const ids = [599,887];
export const modules = {

/***/ 4807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ githubStatus),
/* harmony export */   Bd: () => (/* binding */ isGitHubRequestError),
/* harmony export */   JR: () => (/* binding */ rateLimitWaitMs),
/* harmony export */   githubMessage: () => (/* binding */ githubMessage)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * What GitHub's errors say, read from Octokit's RequestError by shape: no Octokit import, so
 * code that only reads errors (comment permissions in a simulation) does not load the client.
 */

function isGitHubRequestError(err) {
    return err instanceof Error && typeof err.status === 'number';
}
function githubStatus(err) {
    return isGitHubRequestError(err) ? err.status : undefined;
}
/** GitHub's own explanation (`{"message": ...}`), else the client's. */
function githubMessage(err) {
    if (isGitHubRequestError(err)) {
        const data = err.response?.data;
        if (data && typeof data.message === 'string' && data.message !== '')
            return data.message.replace(/\.$/, '');
    }
    return (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err).replace(/\.$/, '');
}
/** Milliseconds until GitHub lets us call again, when the error is a rate limit. */
function rateLimitWaitMs(err, now = Date.now()) {
    if (!isGitHubRequestError(err) || (err.status !== 403 && err.status !== 429))
        return undefined;
    const headers = err.response?.headers ?? {};
    const retryAfter = Number(headers['retry-after']);
    const limited = err.status === 429 || headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(githubMessage(err)) || Number.isFinite(retryAfter);
    if (!limited)
        return undefined;
    if (Number.isFinite(retryAfter) && retryAfter >= 0)
        return retryAfter * 1000;
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset) && reset > 0)
        return Math.max(0, reset * 1000 - now);
    return 60_000;
}


/***/ }),

/***/ 42887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* reexport safe */ _errors__WEBPACK_IMPORTED_MODULE_1__.AV),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   hg: () => (/* reexport safe */ _errors__WEBPACK_IMPORTED_MODULE_1__.githubMessage),
/* harmony export */   resolveGitHubApiUrl: () => (/* binding */ resolveGitHubApiUrl),
/* harmony export */   toGitHubError: () => (/* binding */ toGitHubError)
/* harmony export */ });
/* unused harmony exports DEFAULT_GITHUB_API_URL, DO_NOT_RETRY */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80969);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4807);
/**
 * The one Octokit factory (changesets/action `src/octokit.ts`): the REST client with the retry
 * plugin for transient failures and the throttling plugin for rate limits, both bounded. A 409
 * or 422 is never retried by a plugin: the StateBox store re-reads and merges instead.
 * Every HTTP attempt, reads and plugin retries included, is charged to the optional budget.
 */





const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** Statuses the retry plugin leaves alone: client errors, conflicts (merged by the store), rate limits (throttling's job). */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
// Registered before the retry and throttling plugins, so its hook sits innermost and sees every attempt.
function budgetPlugin(octokit, options) {
    const budget = options.budget;
    if (budget)
        octokit.hook.before('request', () => budget.consume());
}
const KrdOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(budgetPlugin, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
/**
 * Stands in for throttling's shared write and notification groups when writes need no spacing.
 * The plugin only calls `group.key(id).schedule(options, noop)` on them to wait for its turn.
 */
const unspacedWrites = { key: () => ({ schedule: async () => undefined }) };
/**
 * Octokit's own log: its request logger reports every failed attempt as an error, even the ones
 * the plugins then retry successfully; those stay at debug level and the caller reports what
 * finally happened.
 */
function octokitLog(log) {
    const noop = () => undefined;
    return {
        debug: log ? (m) => log.debug(m) : noop,
        info: log ? (m) => log.debug(m) : noop,
        warn: log ? (m) => log.warning(m) : (m) => console.warn(m),
        error: log ? (m) => log.debug(m) : noop,
    };
}
function resolveGitHubApiUrl(baseUrl, env = process.env) {
    const url = baseUrl || env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL;
    return url.replace(/\/+$/, '');
}
function createOctokit(options) {
    const log = options.log;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const baseMs = options.retryAfterBaseMs ?? 1000;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const onLimit = (kind) => (retryAfter, req, _octokit, retryCount) => {
        const again = retryCount < rateLimitRetries && retryAfter <= maxWait;
        log?.warning(`GitHub ${kind} hit on ${req.method} ${req.url}; ${again ? `retrying after ${retryAfter} s` : 'not retrying in this run'}.`);
        return again;
    };
    const timedFetch = (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    return new KrdOctokit({
        auth: options.token,
        baseUrl: resolveGitHubApiUrl(options.baseUrl),
        userAgent: 'konflux-release-driver',
        budget: options.budget,
        log: octokitLog(log),
        request: { fetch: timedFetch },
        retry: { retries: options.retries ?? 3, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: baseMs },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: baseMs,
            ...(options.spaceWrites === false ? { write: unspacedWrites, notifications: unspacedWrites } : {}),
        },
    });
}
// ---------------------------------------------------------------------------------------------
// Errors
// Reading GitHub's errors needs no Octokit: ./errors, which the simulator imports without it.

/**
 * Turns what Octokit threw (after its plugins gave up) into our error kinds: 401/403 →
 * PermanentError naming the token and permission; rate limits, 5xx and network failures →
 * TransientError; 409 → ConflictError; other 4xx → PermanentError. Other errors pass through.
 */
function toGitHubError(err, context) {
    if (!(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isGitHubRequestError */ .Bd)(err))
        return err instanceof Error ? err : new Error(String(err));
    const credential = context.credential ?? 'the GitHub token (GITHUB_TOKEN)';
    const why = (0,_errors__WEBPACK_IMPORTED_MODULE_1__.githubMessage)(err);
    const status = err.status;
    const wait = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .rateLimitWaitMs */ .JR)(err);
    if (wait !== undefined) {
        return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`GitHub rate limit reached while trying to ${context.action} (${status} ${why}); retry in ${Math.ceil(wait / 1000)} s.`, wait, { cause: err });
    }
    if (status === 401) {
        return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`GitHub rejected ${credential} while trying to ${context.action}: 401 ${why}. Set a valid token.`, { cause: err });
    }
    if (status === 403) {
        const needs = context.permission ? `; it needs the "${context.permission}" permission` : '';
        return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`GitHub refused to ${context.action} with ${credential}: 403 ${why}${needs}.`, { cause: err });
    }
    if (status === 409)
        return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConflictError */ .fK(`GitHub reported a conflict while trying to ${context.action}: 409 ${why}.`, { cause: err });
    if (status >= 500 || !err.response) {
        const what = err.response ? `${status} ${why}` : `no answer (${why})`;
        return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`GitHub failed while trying to ${context.action}: ${what}.`, undefined, { cause: err });
    }
    if (status === 404) {
        return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`GitHub could not find what was needed to ${context.action}: 404 ${why} (it does not exist, or ${credential} cannot see it).`, { cause: err });
    }
    return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`GitHub refused to ${context.action}: ${status} ${why}.`, { cause: err });
}


/***/ }),

/***/ 67599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BATCH_MAX_PATHS: () => (/* binding */ BATCH_MAX_PATHS),
/* harmony export */   BATCH_MIN_PATHS: () => (/* binding */ BATCH_MIN_PATHS),
/* harmony export */   GitHubStore: () => (/* binding */ GitHubStore)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _github_octokit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42887);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11042);



/** Fewer paths than this are read one REST call each: a batch pays when it replaces several reads. */
const BATCH_MIN_PATHS = 4;
/** Paths per GraphQL query: a bounded response whatever the number of releases. */
const BATCH_MAX_PATHS = 50;
/**
 * StateBox files in a GitHub repository through the REST Contents API (read with `ref`, PUT with
 * the blob SHA that was read and `branch`: one commit per changed file) and the Git trees API
 * for listings; several files at once through GraphQL when the server offers it (readMany).
 * A stale SHA answers 409 (or 422 when the file appeared meanwhile): ConflictError.
 */
class GitHubStore {
    describe;
    octokit;
    owner;
    repo;
    ref;
    budget;
    credential;
    defaultBranch;
    /** False once GraphQL failed in a way that will not change (404, 401, 403, 400): REST only from then on. */
    graphql = true;
    constructor(options) {
        this.octokit = options.octokit;
        this.owner = options.owner;
        this.repo = options.repo;
        this.ref = options.ref || undefined;
        this.budget = options.budget;
        this.credential = options.credential;
        this.describe = `github ${this.owner}/${this.repo}${this.ref ? `@${this.ref}` : ''}`;
    }
    async read(path) {
        (0,_paths__WEBPACK_IMPORTED_MODULE_2__/* .checkStorePath */ .vG)(path);
        this.budget?.consume();
        let data;
        try {
            const res = await this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ...(this.ref ? { ref: this.ref } : {}) });
            data = res.data;
        }
        catch (err) {
            if ((0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubStatus */ .AV)(err) === 404 && !/no commit found/i.test((0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(err)))
                return undefined;
            throw this.error(err, `read ${path} from ${this.where()}`, 'contents: read');
        }
        const file = data;
        if (Array.isArray(data) || file.type !== 'file' || typeof file.sha !== 'string') {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`${path} in ${this.where()} is not a file.`);
        }
        if (file.encoding !== 'base64' || typeof file.content !== 'string') {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`${path} in ${this.where()} is too large for the Contents API (encoding "${file.encoding ?? 'none'}").`);
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
    async readMany(paths) {
        const unique = [...new Set(paths)].map(_paths__WEBPACK_IMPORTED_MODULE_2__/* .checkStorePath */ .vG);
        const found = new Map();
        if (unique.length < BATCH_MIN_PATHS)
            return found;
        for (let i = 0; i < unique.length && this.graphql; i += BATCH_MAX_PATHS) {
            for (const file of await this.queryBlobs(unique.slice(i, i + BATCH_MAX_PATHS)))
                found.set(file.path, file);
        }
        return found;
    }
    async queryBlobs(paths) {
        const names = paths.map((_, i) => `f${i}`);
        const query = [
            `query (${['$owner: String!', '$name: String!', ...names.map((n) => `$${n}: String!`)].join(', ')}) {`,
            '  repository(owner: $owner, name: $name) {',
            ...names.map((n) => `    ${n}: object(expression: $${n}) { ... on Blob { oid text isBinary isTruncated } }`),
            '  }',
            '}',
        ].join('\n');
        const variables = { owner: this.owner, name: this.repo };
        names.forEach((n, i) => (variables[n] = `${this.ref ?? 'HEAD'}:${paths[i]}`));
        this.budget?.consume();
        let data;
        try {
            data = await this.octokit.graphql(query, variables);
        }
        catch (err) {
            // GitHub answers a query with errors (a path it cannot resolve) with the data it has.
            data = err.data;
            const status = (0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubStatus */ .AV)(err);
            if (status === 400 || status === 401 || status === 404 || (status === 403 && !/rate limit/i.test((0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(err))))
                this.graphql = false;
        }
        const repository = data?.repository;
        if (!repository)
            return [];
        const files = [];
        names.forEach((n, i) => {
            const blob = repository[n];
            if (!blob || typeof blob.oid !== 'string' || typeof blob.text !== 'string' || blob.isBinary === true || blob.isTruncated !== false)
                return;
            files.push({ path: paths[i], content: blob.text, sha: blob.oid });
        });
        return files;
    }
    async write(path, content, options) {
        (0,_paths__WEBPACK_IMPORTED_MODULE_2__/* .checkStorePath */ .vG)(path);
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
            if (!sha)
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`GitHub accepted the write of ${path} to ${this.where()} but returned no blob SHA.`);
            return { sha };
        }
        catch (err) {
            const status = (0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubStatus */ .AV)(err);
            if (status === 409 || status === 422) {
                const stale = options.sha ? `the SHA ${options.sha} we read is stale` : 'the file exists and no SHA was given';
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConflictError */ .fK(`${path} in ${this.where()} changed since it was read: ${stale} (GitHub ${status}: ${(0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(err)}).`, { cause: err });
            }
            throw this.error(err, `write ${path} to ${this.where()}`, 'contents: write');
        }
    }
    /** Files under `prefix` at the ref; names a store path cannot have (spaces, `.github/…`) are left out. */
    async list(prefix) {
        const dirPrefix = (0,_paths__WEBPACK_IMPORTED_MODULE_2__/* .checkStorePrefix */ .Ez)(prefix);
        const ref = await this.resolvedRef();
        this.budget?.consume();
        let tree;
        let truncated;
        try {
            const res = await this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: ref, recursive: '1' });
            tree = res.data.tree;
            truncated = res.data.truncated;
        }
        catch (err) {
            // An empty repository has no tree yet.
            if ((0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubStatus */ .AV)(err) === 409 && /empty/i.test((0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubMessage */ .hg)(err)))
                return [];
            throw this.error(err, `list ${dirPrefix || 'the files'} in ${this.where()}`, 'contents: read');
        }
        if (truncated && dirPrefix !== '')
            return this.walkContents(dirPrefix.slice(0, -1));
        if (truncated)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`The file tree of ${this.where()} is too large to list in one call; list a directory instead.`);
        return tree
            .filter((e) => e.type === 'blob' && typeof e.path === 'string' && e.path.startsWith(dirPrefix) && (0,_paths__WEBPACK_IMPORTED_MODULE_2__/* .isStorePath */ .zP)(e.path))
            .map((e) => e.path)
            .sort();
    }
    /** Fallback for trees GitHub truncates: walk the directory with the Contents API. */
    async walkContents(dir) {
        const out = [];
        const pending = [dir];
        while (pending.length > 0) {
            const current = pending.pop();
            this.budget?.consume();
            let data;
            try {
                data = (await this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path: current, ...(this.ref ? { ref: this.ref } : {}) })).data;
            }
            catch (err) {
                if ((0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__/* .githubStatus */ .AV)(err) === 404)
                    continue;
                throw this.error(err, `list ${current} in ${this.where()}`, 'contents: read');
            }
            if (!Array.isArray(data))
                continue;
            for (const entry of data) {
                if (entry.type === 'dir')
                    pending.push(entry.path);
                else if (entry.type === 'file' && (0,_paths__WEBPACK_IMPORTED_MODULE_2__/* .isStorePath */ .zP)(entry.path))
                    out.push(entry.path);
            }
        }
        return out.sort();
    }
    /** The ref to list: the configured one, else the default branch (asked once). */
    resolvedRef() {
        if (this.ref)
            return Promise.resolve(this.ref);
        this.defaultBranch ??= this.fetchDefaultBranch();
        return this.defaultBranch;
    }
    async fetchDefaultBranch() {
        this.budget?.consume();
        try {
            const res = await this.octokit.rest.repos.get({ owner: this.owner, repo: this.repo });
            return res.data.default_branch;
        }
        catch (err) {
            this.defaultBranch = undefined;
            throw this.error(err, `look up the default branch of ${this.owner}/${this.repo}`, 'contents: read');
        }
    }
    where() {
        return `${this.owner}/${this.repo}${this.ref ? `@${this.ref}` : ''}`;
    }
    error(err, action, permission) {
        return (0,_github_octokit__WEBPACK_IMPORTED_MODULE_1__.toGitHubError)(err, { action, permission, ...(this.credential ? { credential: this.credential } : {}) });
    }
}


/***/ })

};
