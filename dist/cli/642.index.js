export const id = 642;
export const ids = [642];
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

/***/ 88642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ISSUE_COMMANDS: () => (/* binding */ ISSUE_COMMANDS),
/* harmony export */   issueAddCommand: () => (/* binding */ issueAddCommand),
/* harmony export */   issueResolveCommand: () => (/* binding */ issueResolveCommand)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59239);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58881);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83323);
/* harmony import */ var _statebox_repository__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(956);
/* harmony import */ var _statebox_edit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10184);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71604);
/* harmony import */ var _args__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77593);
/* harmony import */ var _store_option__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92973);
/* harmony import */ var _specs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52633);
/**
 * `krd issue add` and `krd issue resolve`: record or resolve a StateBox issue in a local
 * directory or the repository. Each is a read-modify-write with merge on conflict, so any number
 * may run at once on the same release without losing an update.
 */










/** A short, email-free quote of free text for commit messages and output. */
function quote(text) {
    const line = (0,_core_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(text.trim()).split('\n')[0] ?? '';
    return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}
function checkTasks(box, tasks) {
    const known = new Set([..._core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .FLOW_TASKS */ .K6, ...box.tasks.map((t) => t.name)]);
    const unknown = tasks.filter((t) => !known.has(t));
    if (unknown.length > 0) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--task ${unknown.join(', ')} is not a task of ${box.release}; known tasks: ${[...known].join(', ')}.`);
    }
}
function indexOfIssue(box, issue) {
    if (!issue)
        return -1;
    return box.issues.findIndex((i) => i.issue === issue.issue && i.reported_at === issue.reported_at) + 1;
}
function afterSave(result) {
    const parts = [result.written ? `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}` : 'already there, nothing written'];
    if (result.conflicts.length > 0)
        parts.push(`${result.conflicts.length} merge conflict${result.conflicts.length === 1 ? '' : 's'} resolved`);
    return parts.join(', ');
}
const issueAddCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_8__/* .ISSUE_ADD */ .Uz,
    async run(args, io) {
        const { positionals, values } = (0,_args__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_8__/* .ISSUE_ADD */ .Uz, args, true);
        if (positionals.length !== 2) {
            throw new _io__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`expected RELEASE and TEXT, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'} (quote TEXT when it has spaces).`);
        }
        const release = (0,_core_version__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .BC)(positionals[0]).text; // before any path is built
        const text = positionals[1];
        if (text.trim() === '')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('The issue TEXT is empty.');
        const tasks = values.task ?? [];
        const blocker = values.blocker ?? false;
        const store = await (0,_store_option__WEBPACK_IMPORTED_MODULE_7__/* .openStore */ .Ch)(values, io);
        let added;
        const message = `StateBox ${release}: add ${blocker ? 'blocker ' : ''}issue ${quote(text)} (krd issue add)`;
        const result = await (0,_statebox_repository__WEBPACK_IMPORTED_MODULE_4__/* .updateStateBox */ .YO)(store, release, (box) => {
            checkTasks(box, tasks);
            const next = (0,_statebox_edit__WEBPACK_IMPORTED_MODULE_5__/* .addIssue */ .ZJ)(box, { text, blocker, tasks, now: new Date() });
            added = next.issues[next.issues.length - 1];
            return next;
        }, message);
        const index = indexOfIssue(result.box, added);
        io.stdout(`Added ${blocker ? 'blocker ' : ''}issue ${index > 0 ? `#${index} ` : ''}to ${release} in ${store.describe} (${afterSave(result)}).\n`);
        return 0;
    },
};
const issueResolveCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_8__/* .ISSUE_RESOLVE */ .VZ,
    async run(args, io) {
        const { positionals, values } = (0,_args__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_8__/* .ISSUE_RESOLVE */ .VZ, args, true);
        if (positionals.length !== 3) {
            throw new _io__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e(`expected RELEASE, INDEX and TEXT, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'} (quote TEXT when it has spaces).`);
        }
        const release = (0,_core_version__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .BC)(positionals[0]).text;
        const indexText = positionals[1];
        if (!/^[1-9]\d{0,5}$/.test(indexText))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`INDEX ${JSON.stringify(indexText)} is not an issue number: expected 1, 2, 3…`);
        const index = Number(indexText);
        const text = positionals[2];
        if (text.trim() === '')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('The resolution TEXT is empty.');
        const store = await (0,_store_option__WEBPACK_IMPORTED_MODULE_7__/* .openStore */ .Ch)(values, io);
        const message = `StateBox ${release}: resolve issue ${index}: ${quote(text)} (krd issue resolve)`;
        const result = await (0,_statebox_repository__WEBPACK_IMPORTED_MODULE_4__/* .updateStateBox */ .YO)(store, release, (box) => (0,_statebox_edit__WEBPACK_IMPORTED_MODULE_5__/* .resolveIssue */ .oy)(box, index, text, new Date()), message);
        io.stdout(`Resolved issue #${index} of ${release} in ${store.describe} (${afterSave(result)}).\n`);
        return 0;
    },
};
const ISSUE_COMMANDS = [issueAddCommand, issueResolveCommand];


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


/***/ })

};
