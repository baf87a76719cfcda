export const id = 778;
export const ids = [778];
export const modules = {

/***/ 53717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ LocalStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/* harmony import */ var _git_sha__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20829);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11042);








// Files the store itself creates beside the one it writes (temp files are hidden: `.name.krd-tmp-…`);
// listings never show them.
const LOCK_SUFFIX = '.krd-lock';
const TEMP_MARK = '.krd-tmp-';
const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
function errno(err) {
    return err?.code;
}
/**
 * A directory laid out like the repository (`DIR/_releases/{y}/statebox/{release}.yaml`).
 * Writes compare-and-swap on the git blob SHA of the file under a per-file lock (O_EXCL lock
 * file, stale locks recovered), and replace the file by an atomic rename of a fully written
 * temp file, so concurrent processes never lose an update or see half a file.
 * Local writes have no commits: the message is accepted and not stored.
 */
class LocalStore {
    root;
    describe;
    lockTimeoutMs;
    staleLockMs;
    sleep;
    constructor(dir, options = {}) {
        if (typeof dir !== 'string' || dir === '')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('The local store needs a directory.');
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(dir);
        this.describe = `dir ${this.root}`;
        this.lockTimeoutMs = options.lockTimeoutMs ?? 15_000;
        this.staleLockMs = options.staleLockMs ?? 30_000;
        this.sleep = options.sleep ?? realSleep;
    }
    async read(path) {
        const full = await this.resolveInside(path);
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(full);
        }
        catch (err) {
            if (errno(err) === 'ENOENT')
                return undefined;
            throw this.ioError('read', path, err);
        }
        return { path, content: bytes.toString('utf8'), sha: (0,_git_sha__WEBPACK_IMPORTED_MODULE_6__/* .gitBlobSha */ .A)(bytes) };
    }
    async write(path, content, options) {
        const full = await this.resolveInside(path, { createParent: true });
        const release = await this.lock(full, path);
        try {
            const current = await this.currentSha(full, path);
            if (current !== options.sha) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_5__/* .ConflictError */ .fK(current === undefined
                    ? `${path} in ${this.describe} was deleted after it was read (expected blob ${options.sha}).`
                    : options.sha === undefined
                        ? `${path} in ${this.describe} already exists (blob ${current}); read it before writing.`
                        : `${path} in ${this.describe} changed since it was read (blob ${options.sha} is now ${current}).`);
            }
            const bytes = Buffer.from(content, 'utf8');
            await this.replaceAtomically(full, path, bytes);
            return { sha: (0,_git_sha__WEBPACK_IMPORTED_MODULE_6__/* .gitBlobSha */ .A)(bytes) };
        }
        finally {
            await release();
        }
    }
    async list(prefix) {
        const dirPrefix = (0,_paths__WEBPACK_IMPORTED_MODULE_7__/* .checkStorePrefix */ .Ez)(prefix);
        const start = dirPrefix === '' ? this.root : await this.resolveInside(dirPrefix.slice(0, -1));
        const out = [];
        const walk = async (dir) => {
            let entries;
            try {
                entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true });
            }
            catch (err) {
                if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR')
                    return;
                throw this.ioError('list', (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(this.root, dir) || '.', err);
            }
            for (const entry of entries) {
                const full = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, entry.name);
                // Symbolic links are skipped (a listing never leaves the store), and so are names a store
                // path cannot have: hidden ones (.git, our temp files), lock files.
                if (entry.name.startsWith('.') || entry.name.endsWith(LOCK_SUFFIX))
                    continue;
                if (entry.isDirectory())
                    await walk(full);
                else if (entry.isFile()) {
                    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(this.root, full).split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join('/');
                    if ((0,_paths__WEBPACK_IMPORTED_MODULE_7__/* .isStorePath */ .zP)(path))
                        out.push(path);
                }
            }
        };
        await walk(start);
        return out.sort();
    }
    /** The absolute path of a validated store path; refuses anything a symlink would take outside the store. */
    async resolveInside(path, opts = {}) {
        (0,_paths__WEBPACK_IMPORTED_MODULE_7__/* .checkStorePath */ .vG)(path);
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(this.root, ...path.split('/'));
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(full);
        const [realRoot, realParent] = await Promise.all([realpathOrSelf(this.root), realpathOrSelf(parent)]);
        if (realParent !== realRoot && !realParent.startsWith(realRoot + node_path__WEBPACK_IMPORTED_MODULE_4__.sep)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`Store path "${path}" leads outside ${this.describe} (through a symbolic link).`);
        }
        if (opts.createParent) {
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(parent, { recursive: true });
            }
            catch (err) {
                throw this.ioError('create the directory of', path, err);
            }
        }
        return full;
    }
    async currentSha(full, path) {
        try {
            return (0,_git_sha__WEBPACK_IMPORTED_MODULE_6__/* .gitBlobSha */ .A)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(full));
        }
        catch (err) {
            if (errno(err) === 'ENOENT')
                return undefined;
            throw this.ioError('read', path, err);
        }
    }
    /** Writes the bytes to a temp file beside the target, flushes them, then renames over the target. */
    async replaceAtomically(full, path, bytes) {
        const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(full), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(full)}${TEMP_MARK}${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL, 0o644);
            try {
                await handle.writeFile(bytes);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, full);
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
            throw this.ioError('write', path, err);
        }
    }
    /** Takes the lock of one file; resolves to its release. */
    async lock(full, path) {
        const lockPath = full + LOCK_SUFFIX;
        const owner = { pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(), token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex') };
        const body = JSON.stringify(owner);
        let waited = 0;
        let delay = 5;
        for (;;) {
            try {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(lockPath, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL, 0o644);
                try {
                    await handle.writeFile(body);
                }
                finally {
                    await handle.close();
                }
                return async () => {
                    // Only remove the lock if it is still ours (a stale-lock breaker may have replaced it).
                    const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(lockPath, 'utf8').catch(() => undefined);
                    if (now === body)
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(lockPath).catch(() => undefined);
                };
            }
            catch (err) {
                if (errno(err) !== 'EEXIST')
                    throw this.ioError('lock', path, err);
            }
            if (await this.breakIfStale(lockPath))
                continue;
            if (waited >= this.lockTimeoutMs) {
                const holder = await readLockOwner(lockPath);
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_(`${path} in ${this.describe} stayed locked by another writer${holder ? ` (pid ${holder.pid} on ${holder.host})` : ''} for more than ${this.lockTimeoutMs} ms; lock file ${lockPath}.`);
            }
            const pause = delay + Math.floor(Math.random() * delay);
            await this.sleep(pause);
            waited += pause;
            delay = Math.min(delay * 2, 100);
        }
    }
    /**
     * Removes a lock whose writer died (same host, pid gone) or that is older than staleLockMs.
     * The lock is first renamed aside and checked to be the one judged stale, so a fresh lock
     * taken meanwhile by another writer is put back instead of deleted.
     */
    async breakIfStale(lockPath) {
        let text;
        let age;
        try {
            [text, age] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(lockPath, 'utf8'), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(lockPath).then((s) => Date.now() - s.mtimeMs)]);
        }
        catch (err) {
            return errno(err) === 'ENOENT'; // released meanwhile: try again at once
        }
        const holder = parseLockOwner(text);
        // An empty or unreadable lock younger than the stale age may be one being written right now.
        const dead = holder !== undefined && holder.host === (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)() && !processAlive(holder.pid);
        if (!dead && age <= this.staleLockMs)
            return false;
        const aside = `${lockPath}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.stale`;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(lockPath, aside);
        }
        catch (err) {
            return errno(err) === 'ENOENT';
        }
        const moved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(aside, 'utf8').catch(() => undefined);
        if (moved !== text) {
            // We moved a lock someone took after our check: give it back (link fails if a third took the lock).
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(aside, lockPath).catch(() => undefined);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(aside).catch(() => undefined);
        return true;
    }
    ioError(action, path, err) {
        const code = errno(err);
        const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (0,_core_errors__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(err);
        const message = `Cannot ${action} ${path} in ${this.describe}: ${why}.`;
        return code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'ENOTDIR' ? new _core_errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(message) : new _core_errors__WEBPACK_IMPORTED_MODULE_5__/* .TransientError */ .N_(message);
    }
}
async function realpathOrSelf(path) {
    // Walk up to the nearest existing ancestor: a file may be written into a directory not yet created.
    let current = path;
    const rest = [];
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(current), ...rest.reverse());
        }
        catch (err) {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(current);
            if (errno(err) !== 'ENOENT' || parent === current)
                return path;
            rest.push(current.slice(parent.length + (parent.endsWith(node_path__WEBPACK_IMPORTED_MODULE_4__.sep) ? 0 : 1)));
            current = parent;
        }
    }
}
function parseLockOwner(text) {
    try {
        const data = JSON.parse(text);
        return typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string'
            ? { pid: data.pid, host: data.host, token: data.token }
            : undefined;
    }
    catch {
        return undefined;
    }
}
async function readLockOwner(lockPath) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(lockPath, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : parseLockOwner(text);
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return errno(err) === 'EPERM'; // exists, owned by someone else
    }
}


/***/ }),

/***/ 11042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ checkStorePrefix),
/* harmony export */   vG: () => (/* binding */ checkStorePath),
/* harmony export */   zP: () => (/* binding */ isStorePath)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

// Only characters that appear in our repository paths (`_releases/4.20/statebox/4.20.1.yaml`,
// record files); anything else never reaches a file system or a URL.
const SEGMENT_RE = /^[A-Za-z0-9_+@=-][A-Za-z0-9._+@=-]*$/;
function describePath(path) {
    const text = String(path);
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
/**
 * Checks a repository-relative file path before a store touches it: relative, `/`-separated,
 * no `.`/`..` segments, no empty segments, no characters outside a safe set.
 */
function checkStorePath(path) {
    if (typeof path !== 'string' || path === '')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('A store path is required, such as _releases/4.20/statebox/4.20.1.yaml.');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\')) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Store path ${describePath(path)} must be relative to the store and use "/" separators.`);
    }
    for (const segment of path.split('/')) {
        if (segment === '..' || segment === '.') {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Store path ${describePath(path)} must not contain "${segment}": it has to stay inside the store.`);
        }
        if (!SEGMENT_RE.test(segment)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Store path ${describePath(path)} has an empty segment or a character outside letters, digits and "._+@=-".`);
        }
    }
    return path;
}
/** Checks a listing prefix: '' (everything) or a relative directory such as `_releases/` or `_releases/4.20`. */
function checkStorePrefix(prefix) {
    if (prefix === '')
        return '';
    const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
    checkStorePath(trimmed);
    return `${trimmed}/`;
}
/** True when `path` passes checkStorePath: listings only return paths the store can also read. */
function isStorePath(path) {
    try {
        checkStorePath(path);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 92973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   TD: () => (/* binding */ openRecordStore),
/* harmony export */   o6: () => (/* binding */ openGitHub)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _adapters_store_local__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53717);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71604);
/**
 * `--store DIR|github` and `--ref REF` (their help is in commands/specs.ts), shared by every
 * command that reads or writes StateBox files. `github` takes GITHUB_REPOSITORY, GITHUB_TOKEN and GITHUB_API_URL from the environment;
 * the ref defaults to the repository's default branch.
 */





// GitHub's own rules for owner and repository names.
const REPOSITORY_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// git check-ref-format, the parts that matter here.
const REF_RE = /^(?!\/|.*(?:\/\/|\.\.|@\{|\/\.|\.lock$|\/$))[A-Za-z0-9._\-/]{1,250}$/;
/** A Logger that writes warnings and errors to the command's stderr. */
function stderrLogger(io) {
    return {
        info: () => undefined,
        debug: () => undefined,
        warning: (m) => io.stderr(`warning: ${m}\n`),
        error: (m) => io.stderr(`error: ${m}\n`),
    };
}
/** Builds the store the options name. Throws UsageError when --store is missing, InputError for bad values. */
async function openStore(values, io, options = {}) {
    const choice = values.store;
    if (choice === undefined || choice === '')
        throw new _io__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('--store DIR|github is required.');
    if (values.ref !== undefined && !REF_RE.test(values.ref)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--ref ${JSON.stringify(values.ref)} is not a valid branch name.`);
    }
    if (choice === 'github')
        return openGitHubStore(values.ref, io, options);
    if (values.ref !== undefined)
        throw new _io__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('--ref only applies to --store github.');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, choice);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--store ${choice}: ${dir} is not a directory (use --store github for the repository).`);
    return new _adapters_store_local__WEBPACK_IMPORTED_MODULE_3__/* .LocalStore */ .V(dir);
}
/**
 * The client `--store github` uses, from GITHUB_REPOSITORY, GITHUB_TOKEN and GITHUB_API_URL, and
 * the branch (`ref`, else the default branch: one GET /repos). For commands that call GitHub
 * beyond the StateBox files (the permission ladder of `krd accept` and its twins).
 */
async function openGitHub(ref, io, options = {}) {
    if (ref !== undefined && !REF_RE.test(ref))
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--ref ${JSON.stringify(ref)} is not a valid branch name.`);
    const repository = io.env.GITHUB_REPOSITORY;
    if (!repository)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('GITHUB_REPOSITORY is not set: --store github needs it as owner/repo.');
    if (!REPOSITORY_RE.test(repository))
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`GITHUB_REPOSITORY ${JSON.stringify(repository)} is not of the form owner/repo.`);
    const token = io.env.GITHUB_TOKEN;
    if (!token)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('GITHUB_TOKEN is not set: --store github needs a token with the "contents: write" permission.');
    const [owner, repo] = repository.split('/');
    // Octokit and its plugins load only for --store github: a local store never pays for them.
    const { createOctokit, resolveGitHubApiUrl } = await Promise.all(/* import() */[__webpack_require__.e(930), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 42887));
    const octokit = createOctokit({
        ...options.octokit,
        token,
        baseUrl: resolveGitHubApiUrl(options.octokit?.baseUrl, io.env),
        ...(options.budget ? { budget: options.budget } : {}),
        log: options.log ?? stderrLogger(io),
    });
    return { octokit, owner, repo, ref: ref ?? (await defaultBranch(octokit, owner, repo)) };
}
async function openGitHubStore(ref, io, options) {
    const [target, { GitHubStore }] = await Promise.all([openGitHub(ref, io, options), Promise.all(/* import() */[__webpack_require__.e(930), __webpack_require__.e(599)]).then(__webpack_require__.bind(__webpack_require__, 67599))]);
    return new GitHubStore(target);
}
/**
 * Where the test-result files are, as `krd drive` reads them: for `--store github` the `record`
 * branch of the same repository (KRD_RECORD_REF), for a directory KRD_RECORD_DIR (default: the
 * store's own directory).
 */
async function openRecordStore(values, io, options = {}) {
    if (values.store === 'github')
        return openStore({ store: 'github', ref: io.env['KRD_RECORD_REF']?.trim() || 'record' }, io, options);
    const dir = io.env['KRD_RECORD_DIR']?.trim();
    return openStore({ store: dir || values.store }, io, options);
}
async function defaultBranch(octokit, owner, repo) {
    const { toGitHubError } = await Promise.all(/* import() */[__webpack_require__.e(930), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 42887));
    try {
        return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    }
    catch (err) {
        throw toGitHubError(err, { action: `look up the default branch of ${owner}/${repo}`, permission: 'contents: read' });
    }
}


/***/ }),

/***/ 93326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ isDone),
/* harmony export */   U: () => (/* binding */ viewTasks),
/* harmony export */   a4: () => (/* binding */ prerequisites),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   uu: () => (/* binding */ isKonflux),
/* harmony export */   vh: () => (/* binding */ decisionRefusal)
/* harmony export */ });
/* unused harmony exports laterTasks, findTask */
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);

/** Konflux releases have a shipment MR: they run check-rhcos-security-alerts and wait on stage-release. */
function isKonflux(box) {
    return typeof box.metadata.shipment_mr === 'string' && box.metadata.shipment_mr.trim() !== '';
}
/**
 * Flow tasks that must be done before a task may start: every task before it in the graph
 * (src/core/tasks.ts TASK_INFO), at that moment. Outside conditions are in decide.
 */
function prerequisites(task) {
    return (0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksBefore */ .m5)(task);
}
/** Every task that (transitively) needs `task` done first. */
function laterTasks(task) {
    return (0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksAfter */ .Zy)(task);
}
function started(record) {
    return record !== undefined && record.status !== 'Not Started';
}
function findTask(box, name) {
    return box.tasks.find((t) => t.name === name);
}
/**
 * How the flow sees each task. Real StateBoxes never record create-test-report or
 * check-rhcos-security-alerts and some lack analyze-candidate-build or analyze-promoted-build:
 * when a later task has started, those count as done and are never run retroactively.
 */
function viewTasks(box) {
    const konflux = isKonflux(box);
    const views = new Map();
    for (const task of _tasks__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_TASKS */ .K6) {
        const record = findTask(box, task);
        if (record) {
            views.set(task, { kind: 'recorded', record, status: record.status });
            continue;
        }
        if (task === 'check-rhcos-security-alerts' && !konflux) {
            views.set(task, { kind: 'skipped' });
            continue;
        }
        // analyze-candidate-build starts with the flow: a task past the sequential chain started means upstream skipped it.
        const candidates = task === 'analyze-candidate-build' ? laterTasks('check-rhcos-security-alerts') : laterTasks(task);
        const because = candidates.find((t) => started(findTask(box, t)));
        views.set(task, because ? { kind: 'assumed', because } : { kind: 'absent' });
    }
    return views;
}
/** Done for the purpose of starting later tasks: Pass, assumed done, or skipped. */
function isDone(view) {
    if (!view)
        return false;
    return view.kind === 'assumed' || view.kind === 'skipped' || (view.kind === 'recorded' && view.status === 'Pass');
}
function statusOf(view) {
    return view?.kind === 'recorded' ? view.status : undefined;
}
/**
 * Whether a person's accept or reject may apply to a task: only a task that is Fail or waits for
 * a person (a gate awaiting a decision, a task held for a person). Otherwise the words that say
 * what the task waits on instead, so a decision never lets a task skip the graph.
 */
function decisionRefusal(box, task, heldForPerson) {
    const record = findTask(box, task);
    if (record?.status === 'Fail' || record?.awaits_decision === true || heldForPerson)
        return undefined;
    const views = viewTasks(box);
    const view = views.get(task);
    if (record?.status === 'Pass')
        return 'is already Pass';
    if (view?.kind === 'assumed' || view?.kind === 'skipped')
        return `is ${view.kind === 'skipped' ? 'skipped for this release' : 'counted as done'}`;
    if (record?.status === 'In Progress') {
        const job = record.job?.url ?? record.job?.id;
        return `is In Progress${job ? ` (job ${job})` : ''} and waits for its own result`;
    }
    const pending = prerequisites(task).filter((p) => !isDone(views.get(p)));
    if (pending.length > 0)
        return `has not started: it waits for ${pending.join(', ')} to pass`;
    return 'has not started: it starts on the next step once what it waits on outside is ready';
}


/***/ }),

/***/ 7525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ updateTask)
/* harmony export */ });
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);
/* harmony import */ var _mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59239);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22334);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44146);




function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Applies a patch to the task named `name` (appending it when the StateBox does not have
 * it yet), keeping every other field and every other task as they were. started_at and
 * completed_at follow the status. Pure: returns a new StateBox.
 */
function updateTask(box, name, patch, now, options = {}) {
    const at = (0,_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(now);
    const index = box.tasks.findIndex((t) => t.name === name);
    const before = index >= 0 ? box.tasks[index] : undefined;
    const from = before?.status;
    let refused;
    let status = patch.status;
    if (status !== undefined && !options.human && !(0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isAllowedTransition */ .Ej)(from, status)) {
        refused = `${name}: ${from} → ${status} is not an allowed transition; kept ${from}`;
        status = undefined;
    }
    const next = before ? { ...before } : { name, status: status ?? 'Not Started', started_at: null, completed_at: null, result: null };
    if (options.reset) {
        delete next.job;
        delete next.deadline;
        delete next.awaits_decision;
        delete next.analyzer_advice;
        delete next.retriggered_from;
        next.started_at = null;
        next.completed_at = null;
    }
    if (status !== undefined && (status !== from || options.reset)) {
        next.status = status;
        if (status === 'Not Started') {
            next.started_at = null;
            next.completed_at = null;
        }
        else {
            // Starting now (or again after a retry) opens a new attempt; finishing keeps when it began.
            const opened = patch.started_at ?? at;
            next.started_at = from === undefined || from === 'Not Started' || options.reset ? opened : (next.started_at ?? opened);
            next.completed_at = status === 'In Progress' ? null : at;
        }
    }
    if (patch.result !== undefined)
        next.result = (0,_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(patch.result);
    if (patch.job !== undefined && (next.job === undefined || options.human))
        next.job = patch.job;
    if (patch.deadline !== undefined)
        next.deadline = patch.deadline;
    // A task that moved on no longer waits for a person's decision.
    if (status !== undefined && status !== from)
        delete next.awaits_decision;
    if (patch.awaits_decision !== undefined) {
        if (patch.awaits_decision)
            next.awaits_decision = true;
        else
            delete next.awaits_decision;
    }
    if (patch.analyzer_advice !== undefined)
        next.analyzer_advice = patch.analyzer_advice;
    if (patch.attempt !== undefined)
        next.attempt = patch.attempt;
    if (patch.decided_by !== undefined)
        next.decided_by = (0,_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(patch.decided_by);
    else if (!options.human && status !== undefined && status !== from && next.decided_by !== undefined) {
        // An automatic change after a human decision (a retried task running again) is no longer theirs.
        delete next.decided_by;
    }
    const changed = !sameJson(before, next);
    if (!changed)
        return { box, changed: false, ...(refused ? { refused } : {}) };
    const tasks = index >= 0 ? box.tasks.map((t, i) => (i === index ? next : t)) : (0,_model__WEBPACK_IMPORTED_MODULE_3__/* .insertTaskInFlowOrder */ .kw)(box.tasks, next);
    return {
        box: { ...box, tasks },
        changed: true,
        ...(next.status !== from ? { transition: { from, to: next.status } } : {}),
        ...(refused ? { refused } : {}),
    };
}


/***/ }),

/***/ 35600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ PROW_JOB_ID),
/* harmony export */   XB: () => (/* binding */ jobRef),
/* harmony export */   Yf: () => (/* binding */ parseJobRef),
/* harmony export */   hI: () => (/* binding */ legacyJob),
/* harmony export */   nV: () => (/* binding */ JENKINS_JOB)
/* harmony export */ });
/* unused harmony export MAX_JOB_CHARS */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58881);
/**
 * Reading the job an async task started (a Jenkins build, a Prow job, an Errata push job), in
 * one place and one type, wherever it is written:
 * - a person's input (`/release:record-job`): `parseJobRef`, checked against what each async
 *   task's job looks like before it reaches the StateBox and, from there, oar's argument list
 *   (`-n N`, `--job-id ID`); only a plain id or an https URL of the expected shape passes;
 * - upstream's log text in a StateBox result, from before jobs had their own field: `legacyJob`;
 * - an executor's output: src/adapters/exec/status-line.ts `extractJob`, which knows oar's own
 *   lines and builds on the patterns here (`PROW_JOB_ID`, `JENKINS_JOB`).
 */


/** A JobRef, without a `url` key when there is no URL. */
function jobRef(id, url) {
    return { id, ...(url ? { url } : {}) };
}
/** Longer than any real job URL; a longer argument is refused before any pattern runs. */
const MAX_JOB_CHARS = 300;
// A DNS host name (no user info, no IP address, no IDN tricks) and an optional port.
const HOST = String.raw `(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}(?::\d{1,5})?`;
// A Jenkins folder such as `job/zstreams/`: a name never starting with a dot (so never `..`).
const FOLDERS = String.raw `(?:job/[a-z0-9_-][a-z0-9._-]{0,99}/)*`;
// Pages of a build a person may have copied instead of the build itself.
const BUILD_PAGE = String.raw `(?:/(?:console|consoleFull|consoleText|display/redirect)?)?`;
const BUILD_NUMBER = String.raw `[1-9]\d{0,11}`;
const UUID = String.raw `[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}`;
/** A Prow job id (Gangway's execution id, a UUID), as a regular expression source; match it case-insensitively. */
const PROW_JOB_ID = UUID;
/** The Jenkins job whose builds (`…/job/{name}/{N}/`) belong to each task run on Jenkins. */
const JENKINS_JOB = {
    'image-consistency-check': 'image-consistency-check',
    'stage-testing': 'Stage-Pipeline',
};
function jenkinsBuild(job) {
    return new RegExp(`^(https://${HOST}/${FOLDERS}job/${job}/(${BUILD_NUMBER}))${BUILD_PAGE}$`, 'i');
}
const DIGITS_RE = new RegExp(`^${BUILD_NUMBER}$`);
const UUID_RE = new RegExp(`^${UUID}$`, 'i');
// Deck's prowjob.yaml link and gangway's execution URL both name the Prow job id.
const PROW_JOB_RE = new RegExp(`^https://${HOST}/(?:prowjob\\?prowjob=|v1/executions/)(${UUID})$`, 'i');
// Deck's build page names the build, not the Prow job: oar cannot poll that number.
const PROW_BUILD_PAGE_RE = new RegExp(`^https://${HOST}/view/`, 'i');
const ERRATA_PUSH_RE = new RegExp(`^https://${HOST}/(?:push/)?push_(?:results|jobs)/(${BUILD_NUMBER})/?$`, 'i');
const digits = { read: (text) => (DIGITS_RE.test(text) ? { id: text } : undefined) };
const prowId = { read: (text) => (UUID_RE.test(text) ? { id: text.toLowerCase() } : undefined) };
const prowUrl = {
    read: (text) => {
        const m = PROW_JOB_RE.exec(text);
        return m?.[1] ? { id: m[1].toLowerCase(), url: text } : undefined;
    },
};
const errataUrl = {
    read: (text) => {
        const m = ERRATA_PUSH_RE.exec(text);
        return m?.[1] ? { id: m[1], url: text } : undefined;
    },
};
function jenkinsUrl(job) {
    const re = jenkinsBuild(job);
    return {
        read: (text) => {
            const m = re.exec(text);
            // Kept as the build's own URL, as the executors record it (`…/Stage-Pipeline/1674/`).
            return m?.[1] && m[2] ? { id: m[2], url: `${m[1]}/` } : undefined;
        },
    };
}
const ACCEPTED = {
    'push-to-cdn-staging': {
        forms: [digits, errataUrl],
        expected: 'the Errata Tool push job id (123456) or its https URL (https://errata.example.com/push_results/123456)',
    },
    'image-consistency-check': {
        forms: [prowId, prowUrl, digits, jenkinsUrl(JENKINS_JOB['image-consistency-check'])],
        expected: 'the Prow job id (a UUID such as 227f5f68-ae68-4038-b601-12b15816be62, or the https URL of its prowjob.yaml page), ' +
            'or the Jenkins image-consistency-check build number (3529) or its https URL (https://jenkins.example.com/job/image-consistency-check/3529/)',
    },
    'stage-testing': {
        forms: [digits, jenkinsUrl(JENKINS_JOB['stage-testing'])],
        expected: 'the Jenkins Stage-Pipeline build number (1674) or its https URL (https://jenkins.example.com/job/zstreams/job/Stage-Pipeline/1674/)',
    },
};
/** The argument quoted for a refusal, short and with anything odd escaped. */
function shown(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
/** Why `text` is not a job, in one sentence a person can act on. */
function refusal(task, text) {
    const expected = `give ${ACCEPTED[task].expected}`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https:\/\//i.test(text)) {
        return `${shown(text)} is not a job of ${task}: only https URLs are accepted; ${expected}.`;
    }
    if (task === 'image-consistency-check' && PROW_BUILD_PAGE_RE.test(text)) {
        return `${shown(text)} is a Prow build page, which names the build and not the Prow job that oar polls; ${expected}.`;
    }
    return `${shown(text)} is not a job of ${task}: ${expected}.`;
}
/**
 * The job `text` names for `task`, or an InputError saying what is expected. Nothing but an
 * id of digits, a UUID (Prow) or an https URL of the task's job system passes.
 */
function parseJobRef(task, text) {
    if (!(0,_tasks__WEBPACK_IMPORTED_MODULE_1__/* .isAsyncTask */ .QS)(task)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} starts no job: only ${_tasks__WEBPACK_IMPORTED_MODULE_1__/* .ASYNC_TASKS */ .wq.join(', ')} do.`);
    }
    const trimmed = text.trim();
    if (trimmed === '')
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The job of ${task} is empty; give ${ACCEPTED[task].expected}.`);
    if (trimmed.length > MAX_JOB_CHARS) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The job of ${task} is longer than ${MAX_JOB_CHARS} characters; give ${ACCEPTED[task].expected}.`);
    }
    for (const form of ACCEPTED[task].forms) {
        const ref = form.read(trimmed);
        if (ref)
            return ref;
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(refusal(task, trimmed));
}
// Upstream kept job ids only in log text: its Prow job lines and the Stage-Pipeline build URL.
const LEGACY_PROW_RES = [
    new RegExp(String.raw `Prow job(?: status for job ID)?:?\s+(${PROW_JOB_ID})`, 'i'),
    new RegExp(String.raw `job ID:\s*(${PROW_JOB_ID})`, 'i'),
];
const LEGACY_JENKINS_RE = new RegExp(String.raw `<?(https?://\S+?/${JENKINS_JOB['stage-testing']}/(\d+)/?)>?(?:\s|$)`);
/** The job (and URL) upstream wrote into a task's result text, if any: polls then name the job. */
function legacyJob(result) {
    if (!result)
        return undefined;
    const jenkins = LEGACY_JENKINS_RE.exec(result);
    if (jenkins?.[1] && jenkins[2])
        return jobRef(jenkins[2], jenkins[1]);
    for (const re of LEGACY_PROW_RES) {
        const m = re.exec(result);
        if (m?.[1])
            return jobRef(m[1]);
    }
    return undefined;
}


/***/ }),

/***/ 53686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ redReasons),
/* harmony export */   _x: () => (/* binding */ hasShipped),
/* harmony export */   gX: () => (/* binding */ overallStatus),
/* harmony export */   jx: () => (/* binding */ blockerHolds)
/* harmony export */ });
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);

/** The release has shipped: change-advisory-status passed and nothing more is to be done. */
function hasShipped(box) {
    return box.tasks.some((t) => t.name === 'change-advisory-status' && t.status === 'Pass');
}
/** The flow tasks an issue names in `related_tasks`. */
function relatedFlowTasks(issue) {
    return (issue.related_tasks ?? []).filter(_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS);
}
/** An unresolved blocker that names no flow task stops the whole release. */
function stopsRelease(issue) {
    return issue.blocker && !issue.resolved && relatedFlowTasks(issue).length === 0;
}
/** Why a release is Red: failed flow tasks and unresolved blocker issues tied to no task (1-based issue numbers). */
function redReasons(box) {
    const reasons = [];
    for (const t of box.tasks) {
        // Task names this flow does not run (check-greenwave-cvp-tests, …) are kept but never judged.
        if ((0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS)(t.name) && t.status === 'Fail')
            reasons.push(`${t.name} failed`);
    }
    box.issues.forEach((issue, i) => {
        if (stopsRelease(issue))
            reasons.push(`blocker issue #${i + 1} unresolved: ${issue.issue}`);
    });
    return reasons;
}
/**
 * Tasks held by unresolved blocker issues with `related_tasks` (upstream's take-ownership adds
 * one tied to push-to-cdn-staging while advisories are in NEW_FILES): those tasks and every
 * task after them wait; the rest of the release goes on. The first holding issue is named.
 */
function blockerHolds(box) {
    const holds = new Map();
    box.issues.forEach((issue, i) => {
        if (!issue.blocker || issue.resolved)
            return;
        for (const task of relatedFlowTasks(issue)) {
            for (const held of [task, ...(0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksAfter */ .Zy)(task)]) {
                if (!holds.has(held))
                    holds.set(held, { issue: i + 1, text: issue.issue });
            }
        }
    });
    return holds;
}
/**
 * Overall status, derived and never stored: Green exactly when change-advisory-status is Pass
 * (the release shipped, whatever analyze-candidate-build said); otherwise Red on any failed
 * task or unresolved blocker issue tied to no task; otherwise In Progress.
 */
function overallStatus(box) {
    if (hasShipped(box))
        return 'Green';
    return redReasons(box).length > 0 ? 'Red' : 'In Progress';
}


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ unrecordedStart),
/* harmony export */   oS: () => (/* binding */ withUnrecordedStart),
/* harmony export */   oU: () => (/* binding */ withoutSettledUnrecordedStarts),
/* harmony export */   q9: () => (/* binding */ unrecordedStartsOf),
/* harmony export */   x0: () => (/* binding */ withoutUnrecordedStarts)
/* harmony export */ });
/* harmony import */ var _claims__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91674);
/**
 * Async tasks a dead run may have started without recording the job
 * (`driver.unrecorded_starts.{task}`: the run and time of its claim). A run claims a task before
 * starting it (src/core/claims.ts); when its claim expires unrecorded, the engine asks the
 * executor for the job (`findJob`). An executor that cannot tell (the oar CLI) leaves no safe
 * choice: starting the task again may run the job twice, never starting it may stall the
 * release. So the engine records the expired claim here and the task waits for a person, who
 * checks the job system, then records the job (`/release:record-job`, which sets the task In
 * Progress with that job) or retries the task. Both commands remove the record (a retry after it
 * voids it as well, as it voids claims).
 */

const KEY = 'unrecorded_starts';
/** The well-formed records, by task (anything else under the key is ignored). */
function unrecordedStartsOf(box) {
    return (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .taskClaimsOf */ .qM)(box, KEY);
}
/**
 * The record that holds `task` for a person, if it still does: not when the task was retried
 * after it, nor once the task has a status past Not Started (a person recorded the job, accepted
 * or rejected the task).
 */
function unrecordedStart(box, task) {
    const entry = unrecordedStartsOf(box)[task];
    if (!entry || (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .retriedAfter */ .Aw)(box, task, entry.at))
        return undefined;
    const status = box.tasks.find((t) => t.name === task)?.status;
    return status === undefined || status === 'Not Started' ? entry : undefined;
}
/** The box with `claim` recorded as an unrecorded start of `task`. */
function withUnrecordedStart(box, task, claim) {
    return (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .withTaskClaims */ .DZ)(box, KEY, [task], { run: claim.run, at: claim.at });
}
/** The box without the records of `tasks`; an emptied map (and an emptied `driver`) goes too. */
function withoutUnrecordedStarts(box, tasks) {
    return (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .withoutTaskClaims */ .rM)(box, KEY, tasks);
}
/** The box without records that no longer hold their task (retried, recorded, decided). */
function withoutSettledUnrecordedStarts(box) {
    const settled = Object.keys(unrecordedStartsOf(box)).filter((task) => unrecordedStart(box, task) === undefined);
    return withoutUnrecordedStarts(box, settled);
}


/***/ }),

/***/ 94966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ applyCommand)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_job_ref__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35600);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58881);
/* harmony import */ var _core_decide_graph__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93326);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59239);
/* harmony import */ var _core_overall__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53686);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22334);
/* harmony import */ var _core_decide_update__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7525);
/* harmony import */ var _core_claims__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(91674);
/* harmony import */ var _statebox_edit__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10184);
/* harmony import */ var _core_unrecorded__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1468);











function flowTask(release, task) {
    if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isFlowTask */ .mS)(task)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${JSON.stringify(task)} is not a task of the release flow of ${release}: expected one of ${_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .FLOW_TASKS */ .K6.join(', ')}.`);
    }
    return task;
}
function required(text, what, command) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`/release:${command} needs ${what}: it is recorded in the StateBox.`);
    return trimmed;
}
/** Older result text kept under a human decision so the evidence it overrode stays readable. */
function previously(from, result) {
    const before = (result ?? '').trim();
    return before ? `\nPrevious result (${from ?? 'not recorded'}):\n${before}` : '';
}
/**
 * Applies a person's command (already parsed and authorized) to a StateBox. Who and why are
 * recorded in the task (`decided_by`, result text), emails masked. Pure: returns a new box.
 */
function applyCommand(box, cmd, now) {
    if (cmd.release !== undefined && cmd.release !== box.release) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The command names release ${cmd.release} but was applied to the StateBox of ${box.release}.`);
    }
    const by = (0,_core_mask__WEBPACK_IMPORTED_MODULE_4__/* .maskEmails */ ._g)(cmd.by);
    const release = box.release;
    switch (cmd.kind) {
        case 'status':
            return { box, reply: `${release} is ${(0,_core_overall__WEBPACK_IMPORTED_MODULE_5__/* .overallStatus */ .gX)(box)}.`, transitions: [] };
        case 'drive': {
            if (!cmd.owner)
                return { box, reply: `Driving ${release} (requested by ${by}).`, transitions: [] };
            const owner = cmd.owner.trim();
            const next = box.driver?.owner === owner ? box : { ...box, driver: { ...box.driver, owner } };
            return { box: next, reply: `Driving ${release} with owner ${(0,_core_mask__WEBPACK_IMPORTED_MODULE_4__/* .maskEmails */ ._g)(owner)} (requested by ${by}).`, transitions: [] };
        }
        case 'accept':
        case 'reject': {
            const task = flowTask(release, cmd.task);
            const why = cmd.kind === 'accept' ? required(cmd.justification, 'a justification', 'accept') : required(cmd.reason, 'a reason', 'reject');
            const to = cmd.kind === 'accept' ? 'Pass' : 'Fail';
            const current = box.tasks.find((t) => t.name === task);
            if (current?.status === to) {
                return { box, reply: `${task} of ${release} is already ${to}; nothing changed.`, transitions: [] };
            }
            // A decision never skips the graph: it settles a Fail or a wait for a person, nothing else.
            const refusal = (0,_core_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .decisionRefusal */ .vh)(box, task, (0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .unrecordedStart */ .G$)(box, task) !== undefined);
            if (refusal) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} of ${release} ${refusal}; /release:${cmd.kind} applies only to a task that is Fail or waits for a person's decision, so nothing changed.`);
            }
            const verb = cmd.kind === 'accept' ? 'Accepted' : 'Rejected';
            const r = (0,_core_decide_update__WEBPACK_IMPORTED_MODULE_7__/* .updateTask */ .l)(box, task, { status: to, decided_by: by, result: `${verb} by ${by} at ${(0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now)}: ${why}${previously(current?.status, current?.result)}` }, now, { human: true });
            return {
                box: r.box,
                reply: `${verb} ${task} of ${release} (now ${to}), recorded with ${by}'s ${cmd.kind === 'accept' ? 'justification' : 'reason'}.`,
                transitions: r.transition ? [{ task, ...r.transition }] : [],
            };
        }
        case 'retry': {
            const task = flowTask(release, cmd.task);
            const current = box.tasks.find((t) => t.name === task);
            const was = statusBefore(box, task, current?.status);
            const r = (0,_core_decide_update__WEBPACK_IMPORTED_MODULE_7__/* .updateTask */ .l)(box, task, {
                status: 'Not Started',
                decided_by: by,
                result: `Retry requested by ${by} at ${(0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now)} (was ${was}).${previously(current?.status, current?.result)}`,
            }, now, { human: true, reset: true });
            // Jobs started before this moment belong to the old attempt: never adopt them.
            const tasks = r.box.tasks.map((t) => (t.name === task ? { ...t, reset_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now) } : t));
            // A person checked a job a dead run may have started (src/core/unrecorded.ts): start it afresh.
            return {
                box: (0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .withoutUnrecordedStarts */ .x0)({ ...r.box, tasks }, [task]),
                reply: `${task} of ${release} will start again on the next step${task === 'change-advisory-status' ? ' with a fresh 2-day deadline' : ''}.`,
                transitions: r.transition ? [{ task, ...r.transition }] : [],
            };
        }
        case 'record-job':
            return recordJob(box, cmd, by, now);
        case 'resolve': {
            const text = required(cmd.text, 'a resolution text', 'resolve');
            const next = (0,_statebox_edit__WEBPACK_IMPORTED_MODULE_9__/* .resolveIssue */ .oy)(box, cmd.issue, `${text} (resolved by ${by})`, now);
            return { box: next, reply: `Issue ${cmd.issue} of ${release} resolved.`, transitions: [] };
        }
    }
}
/**
 * `/release:record-job`: a person found the job of an async task in Jenkins, Prow or the Errata
 * Tool (typically one a dead run started without recording it, src/core/unrecorded.ts) and
 * records it. The task becomes In Progress with that job, so the next step polls it instead of
 * starting one; the hold for a person and any claim on the task go. A recorded job is never
 * replaced (a retry clears it), and a finished task is left alone.
 */
function recordJob(box, cmd, by, now) {
    const release = box.release;
    const task = flowTask(release, cmd.task);
    if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isAsyncTask */ .QS)(task)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} starts no job, so there is none to record: /release:record-job is for ${_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .ASYNC_TASKS */ .wq.join(', ')}.`);
    }
    const job = (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_1__/* .parseJobRef */ .Yf)(task, cmd.job);
    const named = job.url ?? job.id;
    const current = box.tasks.find((t) => t.name === task);
    if (current?.status === 'Pass' || current?.status === 'Fail') {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} of ${release} is already ${current.status}, so its job is over and nothing was recorded; /release:retry ${release} ${task} starts it again.`);
    }
    const recorded = current?.job ?? (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_1__/* .legacyJob */ .hI)(current?.result);
    if (recorded && recorded.id !== job.id) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} of ${release} already records job ${recorded.url ?? recorded.id}, and a recorded job is never replaced; nothing was recorded. ` +
            `If that job is wrong, /release:retry ${release} ${task} clears it and starts the task again.`);
    }
    if (recorded && current?.job && current.status === 'In Progress') {
        return { box, reply: `${task} of ${release} already records job ${current.job.url ?? current.job.id}; nothing changed.`, transitions: [] };
    }
    // A live claim: a run is starting the task right now and records its own job.
    const { state, claim } = (0,_core_claims__WEBPACK_IMPORTED_MODULE_8__/* .claimState */ .Sg)(box, task, now, '');
    if (state === 'live') {
        const until = (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(new Date(Date.parse(claim.at) + _core_claims__WEBPACK_IMPORTED_MODULE_8__/* .CLAIM_TTL_MS */ .jn));
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`run ${claim.run} claimed ${task} of ${release} at ${claim.at} and may be starting its job right now; nothing was recorded. Look again after ${until}.`);
    }
    const was = statusBefore(box, task, current?.status);
    const r = (0,_core_decide_update__WEBPACK_IMPORTED_MODULE_7__/* .updateTask */ .l)(box, task, {
        status: 'In Progress',
        decided_by: by,
        job: { id: job.id, ...(job.url ? { url: job.url } : {}) },
        result: `Job ${named} recorded by ${by} at ${(0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now)} (was ${was}); it is polled, not started again.${previously(current?.status, current?.result)}`,
    }, now, { human: true });
    // An In Progress task without a start time (files upstream wrote) starts now.
    const tasks = r.box.tasks.map((t) => (t.name === task && !t.started_at ? { ...t, started_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now) } : t));
    return {
        box: (0,_core_claims__WEBPACK_IMPORTED_MODULE_8__/* .withoutClaims */ .gm)((0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .withoutUnrecordedStarts */ .x0)({ ...r.box, tasks }, [task]), [task]),
        reply: `Recorded job ${named} for ${task} of ${release} (now In Progress): the next step polls it and does not start ${task} again.`,
        transitions: r.transition ? [{ task, ...r.transition }] : [],
    };
}
/** What a task was before a human command, in words for its result text. */
function statusBefore(box, task, status) {
    const held = (0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .unrecordedStart */ .G$)(box, task);
    return held ? `waiting for a person: run ${held.run} may have started it at ${held.at} without recording its job` : (status ?? 'not recorded');
}


/***/ })

};
