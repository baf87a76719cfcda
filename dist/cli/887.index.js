export const id = 887;
export const ids = [887];
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


/***/ })

};
