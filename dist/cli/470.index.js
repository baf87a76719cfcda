export const id = 470;
export const ids = [470];
export const modules = {

/***/ 246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ RunCachedStore)
/* harmony export */ });
class RunCachedStore {
    inner;
    describe;
    files = new Map();
    listings = new Map();
    constructor(inner) {
        this.inner = inner;
        this.describe = inner.describe;
    }
    read(path) {
        let cached = this.files.get(path);
        if (!cached) {
            cached = this.inner.read(path);
            this.remember(path, cached);
        }
        return cached;
    }
    /**
     * The cached files, and the others through the inner store's batch read when it has one
     * (remembered like reads). A path neither gives is left out: `read` fetches it on its own.
     */
    async readMany(paths) {
        const found = new Map();
        const missing = [];
        for (const path of new Set(paths)) {
            const cached = this.files.get(path);
            if (!cached) {
                missing.push(path);
                continue;
            }
            const file = await cached.catch(() => undefined);
            if (file)
                found.set(path, file);
        }
        if (missing.length === 0 || !this.inner.readMany)
            return found;
        const batch = await this.inner.readMany(missing);
        for (const [path, file] of batch) {
            // A read that started meanwhile keeps its entry: one view of each file per run.
            if (!this.files.has(path))
                this.files.set(path, Promise.resolve(file));
            found.set(path, file);
        }
        return found;
    }
    async write(path, content, options) {
        this.files.delete(path);
        const written = await this.inner.write(path, content, options);
        this.files.set(path, Promise.resolve({ path, content, sha: written.sha }));
        if (!options.sha)
            this.listings.clear(); // a new file changes listings
        return written;
    }
    list(prefix) {
        let cached = this.listings.get(prefix);
        if (!cached) {
            cached = this.inner.list(prefix);
            this.listings.set(prefix, cached);
            cached.catch(() => {
                if (this.listings.get(prefix) === cached)
                    this.listings.delete(prefix);
            });
        }
        return cached.then((paths) => [...paths]);
    }
    remember(path, pending) {
        this.files.set(path, pending);
        // A failed read is not remembered: the next caller tries again.
        pending.catch(() => {
            if (this.files.get(path) === pending)
                this.files.delete(path);
        });
    }
}


/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ LocalStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4296);
/* harmony import */ var _git_sha__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(829);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1042);








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

/***/ 1042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ checkStorePrefix),
/* harmony export */   vG: () => (/* binding */ checkStorePath),
/* harmony export */   zP: () => (/* binding */ isStorePath)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

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

/***/ 7470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/driver/active.ts
var active = __webpack_require__(1346);
// EXTERNAL MODULE: ./src/statebox/repository.ts
var repository = __webpack_require__(956);
// EXTERNAL MODULE: ./src/core/tasks.ts
var tasks = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/core/decide.ts
var decide = __webpack_require__(8019);
// EXTERNAL MODULE: ./src/core/decide-graph.ts
var decide_graph = __webpack_require__(3326);
// EXTERNAL MODULE: ./src/core/overall.ts
var core_overall = __webpack_require__(3686);
// EXTERNAL MODULE: ./src/core/waits.ts
var core_waits = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/driver/types.ts
var types = __webpack_require__(7439);
;// CONCATENATED MODULE: ./src/adapters/notify/release-view.ts
/**
 * What people see about one release, computed once and drawn by every surface (job summary,
 * PR comment, Mermaid graph, terminal, `krd status --json`): task rows with times and job
 * links, the overall status, what it waits on, open blocker issues and the tasks counted as
 * done without a record. Pure: no I/O, the time is passed in.
 */







const CHECK_WORDS = {
    promotion: 'the build promotion on the Release Controller',
    stageRelease: 'the stage-release pipeline of the shipment MR',
    promotedTestResult: 'the promoted build test results',
    candidateTestResult: 'the candidate build test results',
    prodMetadata: 'the prod advisory metadata',
};
function jobOf(record) {
    if (record.job)
        return { id: record.job.id, ...(record.job.url ? { url: record.job.url } : {}) };
    // Upstream kept job ids only in log text.
    return (0,decide/* legacyJob */.hI)(record.result);
}
function durationOf(record, now) {
    const start = (0,time/* parseTimestamp */.E)(record.started_at);
    if (start === undefined)
        return undefined;
    if (record.status === 'In Progress')
        return `running for ${(0,core_waits/* duration */.p0)(now.getTime() - start)}`;
    const end = (0,time/* parseTimestamp */.E)(record.completed_at);
    if (end === undefined || (record.status !== 'Pass' && record.status !== 'Fail'))
        return undefined;
    return (0,core_waits/* duration */.p0)(end - start);
}
function toneOf(status, state) {
    if (status === 'Pass')
        return 'pass';
    if (status === 'Fail')
        return 'fail';
    if (status === 'In Progress')
        return 'running';
    return state === 'waiting' ? 'waiting' : 'notstarted';
}
function recordedRow(record, now, state) {
    const name = record.name;
    const inFlow = (0,tasks/* isFlowTask */.mS)(name);
    const job = jobOf(record);
    const took = durationOf(record, now);
    const detail = state?.detail ?? (record.decided_by ? `decided by ${record.decided_by}` : undefined);
    return {
        task: record.name,
        display: (0,tasks/* isFlowTask */.mS)(name) ? tasks/* TASK_INFO */.xA[name].display : name,
        status: record.status,
        tone: toneOf(record.status, state?.state),
        ...(record.started_at ? { startedAt: record.started_at } : {}),
        ...(record.completed_at && (record.status === 'Pass' || record.status === 'Fail') ? { completedAt: record.completed_at } : {}),
        ...(took ? { duration: took } : {}),
        ...(job ? { job } : {}),
        ...(typeof record.result === 'string' && record.result.trim() !== '' ? { result: record.result } : {}),
        ...(detail ? { detail } : {}),
        inFlow,
        recorded: true,
    };
}
function rowsOf(box, decision, now) {
    const states = new Map(decision.tasks.map((t) => [t.task, t]));
    const rows = [];
    for (const task of tasks/* FLOW_TASKS */.K6) {
        const record = box.tasks.find((t) => t.name === task);
        const state = states.get(task);
        if (record) {
            rows.push(recordedRow(record, now, state));
            continue;
        }
        const display = tasks/* TASK_INFO */.xA[task].display;
        if (state?.state === 'assumed-done') {
            rows.push({ task, display, status: 'Done (unrecorded)', tone: 'assumed', ...(state.detail ? { detail: state.detail } : {}), inFlow: true, recorded: false });
        }
        else if (state?.state === 'skipped') {
            rows.push({ task, display, status: 'Skipped', tone: 'skipped', detail: 'not a Konflux release', inFlow: true, recorded: false });
        }
        else {
            rows.push({ task, display, status: 'Not Started', tone: toneOf('Not Started', state?.state), ...(state?.detail ? { detail: state.detail } : {}), inFlow: true, recorded: false });
        }
    }
    // Tasks this flow does not run (check-greenwave-cvp-tests, …) are shown as recorded, last.
    for (const record of box.tasks)
        if (!(0,tasks/* isFlowTask */.mS)(record.name))
            rows.push(recordedRow(record, now, undefined));
    return rows;
}
function named(list, task) {
    return list.some((line) => (line.split(': ')[0] ?? '').split(', ').includes(task));
}
/**
 * What a release waits on, from its StateBox alone (no probing, for `krd status`): decide()
 * without observations, plus how long each running task has run, plus the outside checks
 * tasks wait on that only a run makes.
 */
function stateBoxWaits(box, decision, now) {
    const waits = [...decision.waits];
    if (decision.shipped)
        return waits;
    for (const record of box.tasks) {
        if (!(0,tasks/* isFlowTask */.mS)(record.name) || record.status !== 'In Progress' || named(waits, record.name))
            continue;
        const start = (0,time/* parseTimestamp */.E)(record.job?.triggered_at ?? record.started_at);
        const job = jobOf(record);
        waits.push(`${record.name} running${start !== undefined ? ` for ${(0,core_waits/* duration */.p0)(now.getTime() - start)}` : ''}${job ? ` (job ${job.url ?? job.id})` : ''}`);
    }
    const unchecked = decision.tasks.filter((t) => t.state === 'waiting' && !t.detail).map((t) => t.task);
    if (unchecked.length > 0 && decision.needs.length > 0) {
        const checks = decision.needs.map((p) => CHECK_WORDS[p]).join(', ');
        waits.push(`${unchecked.join(', ')}: wait on ${checks} (checked by each drive run, not by krd status)`);
    }
    return waits;
}
function issuesOf(box) {
    return box.issues.map((issue, i) => ({
        index: i + 1,
        text: issue.issue,
        blocker: issue.blocker,
        resolved: issue.resolved,
        reportedAt: issue.reported_at,
        ...(issue.resolved_at ? { resolvedAt: issue.resolved_at } : {}),
        ...(issue.resolution ? { resolution: issue.resolution } : {}),
        tasks: issue.related_tasks ?? [],
    }));
}
function statusLine(box, overall, rows) {
    const flow = rows.filter((r) => r.inFlow && r.status !== 'Skipped');
    const done = flow.filter((r) => r.status === 'Pass' || r.status === 'Done (unrecorded)').length;
    const running = flow.filter((r) => r.status === 'In Progress').map((r) => r.task);
    const progress = `${done} of ${flow.length} tasks done`;
    if (overall === 'Green')
        return `${box.release} is Green: the release has shipped (${progress}).`;
    if (overall === 'Red') {
        const reasons = (0,core_overall/* redReasons */.Z0)(box);
        return `${box.release} is Red: ${reasons.join('; ')} (${progress}); a human accept, retry or resolve clears it.`;
    }
    return `${box.release} is In Progress: ${progress}${running.length ? `, running: ${running.join(', ')}` : ''}.`;
}
/** The view of a release from its StateBox at `now`. */
function releaseView(box, options) {
    const decision = (0,decide/* decide */.LD)(box, {}, options.now, options.config ?? types/* DEFAULT_DRIVER_CONFIG */.E, { analyzer: true });
    const rows = rowsOf(box, decision, options.now);
    const issues = issuesOf(box);
    const blockers = issues.filter((i) => i.blocker && !i.resolved);
    const metadata = box.metadata;
    return {
        release: box.release,
        overall: decision.overall,
        statusLine: statusLine(box, decision.overall, rows),
        rows,
        waits: options.waits ? [...options.waits] : stateBoxWaits(box, decision, options.now),
        blockers,
        issues,
        notes: options.notes ? [...options.notes] : [...decision.notes],
        konflux: (0,decide_graph/* isKonflux */.uu)(box),
        ...(typeof metadata.jira_ticket === 'string' ? { jira: metadata.jira_ticket } : {}),
        ...(typeof metadata.shipment_mr === 'string' && metadata.shipment_mr.trim() !== '' ? { shipmentMr: metadata.shipment_mr } : {}),
        ...(typeof metadata.release_date === 'string' ? { releaseDate: metadata.release_date } : {}),
        updatedAt: box.updated_at,
        ...(options.error ? { error: options.error } : {}),
    };
}
/** The view of a release as a drive run left it: its waits and notes are the run's own. */
function viewOfResult(result, now, config) {
    return releaseView(result.statebox, {
        now,
        waits: result.waits,
        ...(result.notes ? { notes: result.notes } : {}),
        ...(result.error ? { error: result.error } : {}),
        ...(config ? { config } : {}),
    });
}
/** `2025-11-01 06:00Z` for tables: minute precision, no T. */
function shortTime(timestamp) {
    const ms = (0,time/* parseTimestamp */.E)(timestamp);
    return ms === undefined ? '' : (0,core_waits/* minuteTime */.oJ)(ms).replace('T', ' ');
}

// EXTERNAL MODULE: ./src/adapters/store/cached.ts
var cached = __webpack_require__(246);
;// CONCATENATED MODULE: ./src/adapters/notify/terminal.ts

/** Colour when writing to a terminal, unless NO_COLOR is set (to anything but empty) or TERM is dumb. */
function useColor(io) {
    const noColor = io.env['NO_COLOR'];
    return io.isTTY && (noColor === undefined || noColor === '') && io.env['TERM'] !== 'dumb';
}
const RESET = '\u001b[0m';
const TONE_SGR = {
    pass: '32',
    fail: '31',
    running: '36',
    waiting: '33',
    notstarted: '2',
    assumed: '32;2',
    skipped: '2',
};
const OVERALL_SGR = { Green: '1;32', Red: '1;31', 'In Progress': '1;33' };
function painter(color) {
    return color ? (sgr, text) => `\u001b[${sgr}m${text}${RESET}` : (_sgr, text) => text;
}
function table(view, paint) {
    const header = ['Task', 'Status', 'Started', 'Ended', 'Duration', 'Job'];
    const rows = view.rows.map((r) => ({
        tone: r.tone,
        cells: [
            r.inFlow ? r.task : `${r.task} (not run by this flow)`,
            r.status,
            shortTime(r.startedAt),
            shortTime(r.completedAt),
            r.duration ?? '',
            r.job ? (r.job.url ?? r.job.id) : '',
        ],
    }));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i].length)));
    // Pad first, colour after: escape codes must not count towards the column width.
    const line = (cells, tone) => `  ${cells
        .map((c, i) => {
        const padded = i === cells.length - 1 ? c : c.padEnd(widths[i]);
        return i === 1 && tone ? paint(TONE_SGR[tone], padded) : padded;
    })
        .join('  ')}`.trimEnd();
    return [paint('1', line(header)), ...rows.map((r) => line(r.cells, r.tone))];
}
/** One release, as lines of text. */
function renderReleaseTerminal(view, color) {
    const paint = painter(color);
    const lines = [`${paint('1', view.release)}  ${paint(OVERALL_SGR[view.overall], view.overall)}`, `  ${view.statusLine}`];
    const facts = [
        view.jira ? `Jira ${view.jira}` : '',
        view.shipmentMr ? `shipment MR ${view.shipmentMr}` : '',
        view.releaseDate ? `release date ${view.releaseDate}` : '',
    ].filter(Boolean);
    if (facts.length)
        lines.push(`  ${facts.join(' · ')}`);
    if (view.error)
        lines.push(`  ${paint('31', `problem: ${view.error}`)}`);
    lines.push('', '  Waits on:');
    lines.push(...(view.waits.length ? view.waits.map((w) => `    - ${w}`) : ['    - nothing; the next run takes the next step']));
    if (view.blockers.length) {
        lines.push('', `  ${paint('31', 'Open blocker issues:')}`);
        for (const b of view.blockers) {
            lines.push(`    #${b.index} ${b.text.replace(/\r?\n/g, ' ')} (reported ${shortTime(b.reportedAt)}${b.tasks.length ? `; tasks: ${b.tasks.join(', ')}` : ''})`);
            lines.push(`       resolve with: /release:resolve ${view.release} ${b.index} <text>`);
        }
    }
    const others = view.issues.filter((i) => !i.blocker && !i.resolved);
    if (others.length) {
        lines.push('', '  Other open issues:');
        for (const i of others)
            lines.push(`    #${i.index} ${i.text.replace(/\r?\n/g, ' ')} (reported ${shortTime(i.reportedAt)})`);
    }
    lines.push('', ...table(view, paint));
    if (view.notes.length)
        lines.push('', '  Notes:', ...view.notes.map((n) => `    - ${n}`));
    return `${lines.join('\n')}\n`;
}
/** Every release, separated by a blank line. */
function renderTerminal(views, color) {
    return views.map((v) => renderReleaseTerminal(v, color)).join('\n');
}

// EXTERNAL MODULE: ./src/cli/store-option.ts
var store_option = __webpack_require__(2973);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/commands/specs.ts
var specs = __webpack_require__(2633);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts
/**
 * `krd status`: the overall status, task table, waits and blockers of each active release (or
 * those named), from the StateBox files alone: nothing is probed, nothing is written. A
 * release without a StateBox is read from the Google Sheets test report when one is
 * configured: KRD_SHEETS_SPREADSHEET_ID (the report), KRD_SHEETS_TOKEN (an OAuth access token
 * that can read it), optionally KRD_SHEETS_MAPPING (JSON cell mapping, see sheets.ts) and
 * KRD_SHEETS_API_URL (tests). Exit 1 when a release is Red or cannot be read.
 */












function parseNow(text) {
    if (text === undefined)
        return new Date();
    const ms = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(ms)) {
        throw new errors/* InputError */.dz(`--now ${JSON.stringify(text)} is not a time: expected ISO 8601 such as 2025-11-03T00:00:00Z.`);
    }
    return new Date(ms);
}
/** A stand-in StateBox so a release with no StateBox is still shown (and why). */
function emptyBox(release, now) {
    const at = (0,time/* isoSeconds */.n)(now);
    return { schema_version: '1.0', release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [] };
}
async function sheetsFallback(io) {
    const spreadsheetId = io.env['KRD_SHEETS_SPREADSHEET_ID']?.trim();
    const accessToken = io.env['KRD_SHEETS_TOKEN']?.trim();
    if (!spreadsheetId || !accessToken)
        return undefined;
    // The Google client loads only when a report is configured.
    const { SheetsMirror, parseSheetMapping } = await Promise.all(/* import() */[__webpack_require__.e(144), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 4670));
    const rootUrl = io.env['KRD_SHEETS_API_URL']?.trim();
    const mapping = io.env['KRD_SHEETS_MAPPING']?.trim();
    return new SheetsMirror({
        spreadsheetId,
        accessToken,
        ...(rootUrl ? { rootUrl } : {}),
        ...(mapping ? { mapping: parseSheetMapping(mapping, 'KRD_SHEETS_MAPPING') } : {}),
        log: (0,store_option/* stderrLogger */.D7)(io),
    });
}
async function fromSheets(sheets, release, now, missing) {
    const { statuses } = await sheets.readStatuses(release);
    if (!statuses)
        return undefined;
    const box = {
        ...emptyBox(release, now),
        tasks: Object.entries(statuses.tasks).map(([name, status]) => ({ name, status, started_at: null, completed_at: null, result: null })),
    };
    const note = `${missing}; statuses read from the Google Sheets test report (worksheet "${statuses.worksheet}"${statuses.overall ? `, overall ${statuses.overall}` : ''}), which has no times.`;
    return { view: releaseView(box, { now, waits: ['not known without a StateBox'], notes: [note] }), source: 'sheets' };
}
async function statusOf(store, release, now, sheets) {
    try {
        const loaded = await (0,repository/* loadStateBox */.VH)(store, release);
        if (loaded)
            return { view: releaseView(loaded.box, { now }), source: 'statebox' };
        const missing = `${release} has no StateBox (${(0,version/* stateBoxPath */._S)(release)}) in ${store.describe}`;
        const fallback = sheets ? await fromSheets(sheets, release, now, missing) : undefined;
        return fallback ?? { view: releaseView(emptyBox(release, now), { now, waits: [], notes: [], error: `${missing}.` }), source: 'none' };
    }
    catch (err) {
        return { view: releaseView(emptyBox(release, now), { now, waits: [], notes: [], error: (0,errors/* errorMessage */.gJ)(err) }), source: 'none' };
    }
}
function asJson(entries) {
    const releases = entries.map(({ view, source }) => ({
        release: view.release,
        overall: view.overall,
        source,
        // The tasks as recorded (unrecorded ones are explained in notes), like `krd simulate --json`.
        tasks: Object.fromEntries(view.rows.filter((r) => r.recorded).map((r) => [r.task, { status: r.status, started_at: r.startedAt ?? null, completed_at: r.completedAt ?? null }])),
        waits: view.waits,
        blockers: view.blockers.map((b) => ({ index: b.index, issue: b.text, reported_at: b.reportedAt, related_tasks: b.tasks })),
        notes: view.notes,
        ...(view.error ? { error: view.error } : {}),
    }));
    return `${JSON.stringify({ releases })}\n`;
}
const statusCommand = {
    ...specs/* STATUS */.XQ,
    async run(args, io) {
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({
                args,
                allowPositionals: false,
                strict: true,
                options: { ...store_option/* STORE_OPTIONS */.n0, release: { type: 'string', multiple: true }, now: { type: 'string' }, json: { type: 'boolean', default: false } },
            }));
        }
        catch (err) {
            throw new cli_io/* UsageError */.e((0,errors/* errorMessage */.gJ)(err));
        }
        const now = parseNow(values.now);
        const named = (values.release ?? []).map((r) => (0,version/* parseRelease */.BC)(r.trim()).text);
        const log = (0,store_option/* stderrLogger */.D7)(io);
        // Without --store: the current directory, laid out like the repository.
        // Finding the active releases and showing them read the same StateBoxes: once each.
        const store = new cached/* RunCachedStore */.V(await (0,store_option/* openStore */.Ch)({ store: values.store ?? '.', ref: values.ref }, io, { log }));
        const sheets = await sheetsFallback(io);
        const releases = named.length ? [...new Set(named)] : await (0,active/* activeReleases */.Zs)(store, now, [], { log });
        const entries = [];
        for (const release of releases)
            entries.push(await statusOf(store, release, now, sheets));
        if (values.json) {
            io.stdout(asJson(entries));
        }
        else if (entries.length === 0) {
            io.stdout(`No active release in ${store.describe} (releases listed in _releases/{y}/{y}.z.yaml with a StateBox, not shipped, not past their date).\n`);
        }
        else {
            io.stdout(renderTerminal(entries.map((e) => e.view), useColor(io)));
        }
        return entries.some((e) => e.view.overall === 'Red' || e.view.error !== undefined) ? 1 : 0;
    },
};


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   D7: () => (/* binding */ stderrLogger),
/* harmony export */   n0: () => (/* binding */ STORE_OPTIONS)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _adapters_store_local__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3717);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);
/**
 * `--store DIR|github` and `--ref REF`, shared by every command that reads or writes StateBox
 * files. `github` takes GITHUB_REPOSITORY, GITHUB_TOKEN and GITHUB_API_URL from the environment;
 * the ref defaults to the repository's default branch.
 */





/** The parseArgs option specs; spread them into a command's options. */
const STORE_OPTIONS = {
    store: { type: 'string' },
    ref: { type: 'string' },
};
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
async function openGitHubStore(ref, io, options) {
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
    const [{ createOctokit, resolveGitHubApiUrl }, { GitHubStore }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(930), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 2887)), Promise.all(/* import() */[__webpack_require__.e(930), __webpack_require__.e(599)]).then(__webpack_require__.bind(__webpack_require__, 7599))]);
    const octokit = createOctokit({
        ...options.octokit,
        token,
        baseUrl: resolveGitHubApiUrl(options.octokit?.baseUrl, io.env),
        ...(options.budget ? { budget: options.budget } : {}),
        log: options.log ?? stderrLogger(io),
    });
    const branch = ref ?? (await defaultBranch(octokit, owner, repo));
    return new GitHubStore({ octokit, owner, repo, ref: branch });
}
async function defaultBranch(octokit, owner, repo) {
    const { toGitHubError } = await Promise.all(/* import() */[__webpack_require__.e(930), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 2887));
    try {
        return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    }
    catch (err) {
        throw toGitHubError(err, { action: `look up the default branch of ${owner}/${repo}`, permission: 'contents: read' });
    }
}


/***/ })

};
