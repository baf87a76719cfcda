export const id = 713;
export const ids = [713];
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

/***/ 8713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clockFrom: () => (/* binding */ clockFrom),
/* harmony export */   driveCommand: () => (/* binding */ driveCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
/* harmony import */ var _driver_drive__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3492);
/* harmony import */ var _driver_types__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7439);
/* harmony import */ var _ports_clock__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3810);
/* harmony import */ var _adapters_store_cached__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(246);
/* harmony import */ var _store_option__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2973);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1604);
/* harmony import */ var _specs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2633);










/** A clock that starts at `--now` and moves with real time (real adapters still sleep for real). */
function clockFrom(now) {
    if (!now)
        return _ports_clock__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .m;
    const offset = now.getTime() - Date.now();
    return { now: () => new Date(Date.now() + offset), sleep: _ports_clock__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .m.sleep };
}
function parseNow(text) {
    if (text === undefined)
        return undefined;
    const ms = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(ms)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--now ${JSON.stringify(text)} is not a time: expected ISO 8601 such as 2025-11-03T00:00:00Z.`);
    }
    return new Date(ms);
}
function stderrLogger(io) {
    return {
        info: (m) => io.stderr(`${m}\n`),
        warning: (m) => io.stderr(`warning: ${m}\n`),
        error: (m) => io.stderr(`error: ${m}\n`),
        debug: () => undefined,
    };
}
async function wire(values, io, log, now) {
    const storeArg = values['store'];
    const ref = values['ref'];
    const world = values['world'];
    // One run's view of each store, as the action has: every file is fetched once per run.
    const store = storeArg ? new _adapters_store_cached__WEBPACK_IMPORTED_MODULE_8__/* .RunCachedStore */ .V(await (0,_store_option__WEBPACK_IMPORTED_MODULE_6__/* .openStore */ .Ch)({ store: storeArg, ref }, io, { log })) : undefined;
    if (world) {
        if (!store)
            throw new _io__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e('--world FILE needs --store DIR: the directory that keeps the StateBoxes between steps.');
        // The outside systems are simulated as they stand at --now (the simulator's own module).
        const sim = await Promise.all(/* import() */[__webpack_require__.e(185), __webpack_require__.e(43), __webpack_require__.e(598)]).then(__webpack_require__.bind(__webpack_require__, 3598));
        return sim.worldDeps(world, now ?? new Date(), store, log);
    }
    if (!store || !storeArg)
        throw new _io__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e('--store DIR|github is required (or --world FILE to simulate the outside systems).');
    const record = await recordStore(storeArg, store, io, log);
    // The real adapters (Slack, the MCP SDK, the probes) load only here: --world never needs them.
    const { buildDriverDeps, settingsFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(965), __webpack_require__.e(185), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 4805));
    const deps = buildDriverDeps(settingsFromEnv(io.env, { store, record, log, clock: clockFrom(now) }));
    const owner = io.env['KRD_OWNER']?.trim();
    return { deps, config: { ..._driver_types__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DRIVER_CONFIG */ .E, ...(owner ? { owner } : {}) }, releases: [], commands: [] };
}
/**
 * Test-result files: the `record` branch (KRD_RECORD_REF) of the same repository, or for a
 * local store the directory KRD_RECORD_DIR (default: the store's own directory).
 */
async function recordStore(storeArg, store, io, log) {
    if (storeArg === 'github')
        return new _adapters_store_cached__WEBPACK_IMPORTED_MODULE_8__/* .RunCachedStore */ .V(await (0,_store_option__WEBPACK_IMPORTED_MODULE_6__/* .openStore */ .Ch)({ store: 'github', ref: io.env['KRD_RECORD_REF']?.trim() || 'record' }, io, { log }));
    const dir = io.env['KRD_RECORD_DIR']?.trim();
    if (!dir)
        return store;
    return new _adapters_store_cached__WEBPACK_IMPORTED_MODULE_8__/* .RunCachedStore */ .V(await (0,_store_option__WEBPACK_IMPORTED_MODULE_6__/* .openStore */ .Ch)({ store: dir }, io, { log }));
}
function describe(result) {
    const lines = [];
    if (result.releases.length === 0)
        lines.push('No active release to drive.');
    for (const r of result.releases) {
        lines.push(`${r.release}: ${r.overall}${r.error ? ' (error)' : ''}${r.wrote ? ', StateBox written' : ', nothing to write'}`);
        if (r.error)
            lines.push(`  error: ${r.error}`);
        for (const e of result.events.filter((x) => x.release === r.release)) {
            if (e.type === 'trigger' || e.type === 'status' || e.type === 'decision' || e.type === 'notify' || e.type === 'error') {
                const what = e.type === 'status' ? `${e.task} → ${e.status}: ${e.detail}` : `${e.task ? `${e.task}: ` : ''}${e.detail}`;
                lines.push(`  ${e.type === 'error' ? 'problem' : e.type === 'notify' ? 'told' : 'did'}: ${what}`);
            }
        }
        for (const w of r.waits)
            lines.push(`  waits: ${w}`);
        for (const n of r.notes ?? [])
            lines.push(`  note: ${n}`);
    }
    for (const reply of result.replies ?? []) {
        lines.push(`${reply.command.kind} ${'release' in reply.command ? (reply.command.release ?? '') : ''}: ${reply.error ? `refused: ${reply.error}` : reply.reply}`);
    }
    if (result.skipped?.length)
        lines.push(`Left for the next run (operations budget spent): ${result.skipped.join(', ')}`);
    return `${lines.join('\n')}\n`;
}
function asJson(result) {
    return `${JSON.stringify({
        releases: result.releases.map((r) => ({
            release: r.release,
            overall: r.overall,
            wrote: r.wrote,
            ...(r.error ? { error: r.error } : {}),
            waits: r.waits,
            notes: r.notes ?? [],
            tasks: Object.fromEntries(r.statebox.tasks.map((t) => [t.name, t.status])),
        })),
        events: result.events,
        replies: (result.replies ?? []).map((x) => ({ command: x.command.kind, ...(x.reply ? { reply: x.reply } : {}), ...(x.error ? { error: x.error } : {}) })),
        ...(result.skipped?.length ? { skipped: result.skipped } : {}),
    })}\n`;
}
const driveCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_7__/* .DRIVE */ .RN,
    async run(args, io) {
        let values;
        try {
            ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
                args,
                allowPositionals: false,
                strict: true,
                options: {
                    release: { type: 'string', multiple: true },
                    store: { type: 'string' },
                    ref: { type: 'string' },
                    world: { type: 'string' },
                    now: { type: 'string' },
                    owner: { type: 'string' },
                    json: { type: 'boolean', default: false },
                },
            }));
        }
        catch (err) {
            throw new _io__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .e((0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
        }
        const now = parseNow(values['now']);
        const named = (values['release'] ?? []).map((r) => (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .parseRelease */ .BC)(r).text);
        const owner = values['owner']?.trim();
        const log = stderrLogger(io);
        const wired = await wire(values, io, log, now);
        let config = wired.config;
        const releases = named.length ? named : [...wired.releases];
        const commands = [...wired.commands];
        if (owner) {
            // Like a dispatch input: it names the owner of the releases named; without names, the default owner.
            if (releases.length)
                for (const release of releases)
                    commands.push({ kind: 'drive', release, owner, by: 'krd drive --owner' });
            else
                config = { ...config, owner };
        }
        const result = await (0,_driver_drive__WEBPACK_IMPORTED_MODULE_3__/* .driveOnce */ .w)(wired.deps, { ...(releases.length ? { releases } : {}), commands, config });
        io.stdout(values['json'] ? asJson(result) : describe(result));
        return result.releases.some((r) => r.overall === 'Red' || r.error) ? 1 : 0;
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
