export const id = 331;
export const ids = [331];
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

/***/ 89331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/store/local.ts
var local = __webpack_require__(53717);
// EXTERNAL MODULE: ./src/core/overall.ts
var core_overall = __webpack_require__(53686);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
;// CONCATENATED MODULE: ./src/sim/narrate.ts
const MAX_DETAIL = 160;
/** Long links read badly in a story: an MR becomes `MR !297`, other links their last two segments. */
function shortenLinks(text) {
    return text
        .replace(/https?:\/\/\S+?\/merge_requests\/(\d+)\/?(?=[\s),;]|$)/g, 'MR !$1')
        .replace(/https?:\/\/[^\s)]+/g, (url) => `…/${url.replace(/\/+$/, '').split('/').slice(-2).join('/')}`);
}
function clip(text, max = MAX_DETAIL) {
    const one = shortenLinks(text).replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/** `2025-11-01T06:00:00Z` → `Sat 2025-11-01 06:00 UTC`. */
function humanTime(iso) {
    const d = new Date(iso);
    const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
    return `${day} ${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
/** One plain sentence for an event, or undefined for bookkeeping people need not read. */
function describeEvent(e) {
    switch (e.type) {
        case 'trigger':
            if (e.status === 'Pass' || e.status === 'Fail')
                return `▶ ran ${e.task ?? 'a task'}: ${e.status === 'Pass' ? '✔ passed' : '✘ FAILED'}`;
            return `▶ started ${e.task ?? 'a job'}${jobOf(e.detail)}`;
        case 'status': {
            const word = e.status === 'Pass' ? '✔ passed' : e.status === 'Fail' ? '✘ FAILED' : e.status === 'In Progress' ? '… is running' : `is now ${e.status}`;
            return `${e.task ?? 'task'} ${word}${e.detail && !e.detail.startsWith(`${e.task} `) ? ` (${clip(e.detail, 100)})` : ''}`;
        }
        case 'notify':
            // A passed task is already told by its status line; the sheet mirror is bookkeeping.
            if (e.detail.startsWith('sheets:') || e.detail.startsWith('task-pass:'))
                return undefined;
            return `✉ Slack: ${clip(e.detail)}`;
        case 'decision':
            return `• ${clip(e.detail)}`;
        case 'error':
            return `⚠ ${clip(e.detail)}`;
        case 'wait':
        case 'commit':
            return undefined;
    }
}
function jobOf(detail) {
    const m = /\(job ([^)]+)\)/.exec(detail);
    return m ? ` (job ${clip(m[1], 80)})` : '';
}
/** Status events that only repeat what the trigger line of the same run already said. */
function withoutEchoes(events) {
    const triggered = new Set(events.filter((e) => e.type === 'trigger').map((e) => `${e.task}/${e.status}`));
    return events.filter((e) => !(e.type === 'status' && triggered.has(`${e.task}/${e.status}`)));
}
/** Waits of a release, in short words, for "waiting on …". */
function waitsOf(events) {
    const out = new Map();
    for (const e of events) {
        if (e.type !== 'wait')
            continue;
        const list = out.get(e.release) ?? [];
        const text = clip(`${e.task ? `${e.task}: ` : ''}${e.detail}`, 140);
        if (!list.includes(text))
            list.push(text);
        out.set(e.release, list);
    }
    return out;
}
/** A run where nothing but waiting happened. */
function isQuiet(run) {
    return !run.crashed && run.events.every((e) => e.type === 'wait' || e.type === 'commit' || (e.type === 'notify' && e.detail.startsWith('sheets:')));
}
/** Short reason for a stretch of quiet runs: what each release waited on in the last one. */
function quietReason(run) {
    if (!run)
        return 'nothing to do';
    const parts = [];
    const byRelease = waitsOf(run.events);
    for (const [release, waits] of byRelease) {
        // "image-consistency-check, stage-testing: build not promoted yet" → "build not promoted yet"
        const first = waits[0].replace(/^[a-z-]+(?:, [a-z-]+)*: /, '');
        parts.push(`${byRelease.size > 1 ? `${release} ` : ''}waiting on ${clip(first, 90)}`);
    }
    return parts.length ? parts.join('; ') : 'nothing to do';
}
/**
 * Collects runs and writes the story as it goes: `write` gets whole lines. Quiet stretches are
 * written when the next eventful run (or the end) comes.
 */
class Narrator {
    write;
    quiet = [];
    lastWaits = new Map();
    constructor(write) {
        this.write = write;
    }
    add(run) {
        if (isQuiet(run)) {
            this.quiet.push(run);
            return;
        }
        this.flushQuiet();
        this.write(`Run ${run.run} · ${humanTime(run.at)}`);
        const releases = [...new Set(run.events.map((e) => e.release).filter((r) => r !== ''))];
        for (const release of releases) {
            const mine = withoutEchoes(run.events.filter((e) => e.release === release));
            const lines = mine.flatMap((e) => describeEvent(e) ?? []);
            const waits = waitsOf(mine).get(release) ?? [];
            const waitText = waits.join('; ');
            const showWaits = waits.length > 0 && this.lastWaits.get(release) !== waitText;
            if (waits.length > 0)
                this.lastWaits.set(release, waitText);
            if (lines.length === 0 && !showWaits)
                continue;
            this.write(`  ${release}:`);
            for (const line of lines)
                this.write(`    ${line}`);
            if (showWaits)
                for (const w of waits.slice(0, 4))
                    this.write(`    ⏳ waits: ${w}`);
        }
        if (run.crashed)
            this.write(`  💥 ${run.crashed}`);
    }
    /** Writes what is left (a trailing quiet stretch). */
    end() {
        this.flushQuiet();
    }
    flushQuiet() {
        const n = this.quiet.length;
        if (n === 0)
            return;
        const last = this.quiet[n - 1];
        this.write(`  … ${n} quiet run${n === 1 ? '' : 's'} (${quietReason(last)})`);
        this.quiet = [];
    }
}

// EXTERNAL MODULE: ./src/sim/report.ts
var sim_report = __webpack_require__(51001);
// EXTERNAL MODULE: ./src/sim/scenario.ts + 1 modules
var sim_scenario = __webpack_require__(35109);
;// CONCATENATED MODULE: ./src/sim/scenarios/demo.ts
/**
 * The bundled demo scenario (`krd demo`, `npm start`) as a string module, so the ncc bundle
 * carries it: a fresh clone needs no other file. Same text as demo.yaml beside it (a test
 * keeps the two equal).
 */
const DEMO_SCENARIO = "# The story `npm start` (krd demo) tells: two z-stream releases driven side by side for a week\n# of simulated time, one run every 15 minutes, against a simulated outside world.\n#\n# 4.20.1 (Konflux): the candidate nightly's tests are not accepted, the analyzer recommends\n#   ACCEPT (a known flake), RHCOS has a blocking security alert (informational: an issue and a\n#   notification), Slack is down for an hour, stage-release succeeds after promotion, and the\n#   release ships once the prod advisory metadata appears.\n# 4.19.22 (Konflux): the promoted build's tests fail and the analyzer says REJECT: Red. Mallory\n#   (read permission) tries to accept it and is ignored; Alice (write) reviews the failures\n#   and accepts the gate with a justification; the release goes on and ships.\nname: demo\nstart: 2025-11-03T08:00:00Z\nevery: 15m\nuntil: 5d\nconfig:\n  owner: qe-lead@example.com\n  ai-decisions: auto\nreleases:\n  - release: 4.20.1\n    statebox:\n      metadata:\n        jira_ticket: ART-14188\n        advisory_ids: {rpm: 155454, rhcos: 155455}\n        release_date: 2025-Nov-06\n        candidate_builds: {x86_64: 4.20.0-0.nightly-2025-10-31-123456}\n        shipment_mr: https://gitlab.cee.redhat.com/hybrid-platforms/art/ocp-shipment-data/-/merge_requests/297\n    world:\n      promoted_at: 5h\n      stage_release_at: 6h30m\n      prod_metadata_at: 2d4h\n      rhcos_alerts:\n        - {name: RHSA-2025:19001 kernel, blocking: true, text: \"CVE-2025-38001 is not fixed in the RHCOS build\"}\n      test_results:\n        candidate: {exists_at: 0s, aggregated_at: 1h, accepted: false, recommendation: ACCEPT}\n        promoted: {exists_at: 6h, aggregated_at: 11h, accepted: true}\n      tasks:\n        create-test-report: {result: Pass, duration: 4m}\n        push-to-cdn-staging: {result: Pass, duration: 50m}\n        image-consistency-check: {result: Pass, duration: 1h40m}\n        stage-testing: {result: Pass, duration: 3h}\n        image-signed-check: {result: Pass, duration: 2m}\n  - release: 4.19.22\n    statebox:\n      metadata:\n        jira_ticket: ART-14190\n        advisory_ids: {rpm: 155460, rhcos: 155461}\n        release_date: 2025-Nov-06\n        candidate_builds: {x86_64: 4.19.0-0.nightly-2025-10-31-010203}\n        shipment_mr: https://gitlab.cee.redhat.com/hybrid-platforms/art/ocp-shipment-data/-/merge_requests/298\n    world:\n      promoted_at: 3h\n      stage_release_at: 3h\n      prod_metadata_at: 2d2h\n      test_results:\n        candidate: {exists_at: 0s, aggregated_at: 0s, accepted: true}\n        promoted: {exists_at: 4h, aggregated_at: 9h, accepted: false, recommendation: REJECT}\n      tasks:\n        push-to-cdn-staging: {result: Pass, duration: 35m}\n        stage-testing: {result: Pass, duration: 2h30m}\n    comments:\n      - {at: 9h30m, user: mallory, permission: read, body: \"/release:accept 4.19.22 analyze-promoted-build ship it\"}\n      - {at: 10h10m, user: alice, permission: write,\n         body: \"/release:accept 4.19.22 analyze-promoted-build azure-ipi-fips failures are the known flake OCPBUGS-61234, not a regression\"}\nfaults:\n  - {system: slack, from: 2h, to: 3h, kind: http-500}\n";

// EXTERNAL MODULE: ./src/sim/simulate.ts + 1 modules
var simulate = __webpack_require__(27043);
;// CONCATENATED MODULE: ./src/sim/demo.ts
/**
 * `krd demo` (`npm start`): the bundled scenario on a temporary local store, told run by run,
 * ending with the summary a release engineer reads.
 */











function releaseSummary(name, box, report) {
    const release = (0,sim_report/* reportRelease */.IH)(box);
    const lines = [`${name}: ${release.overall}`];
    if (box) {
        const why = release.overall === 'Green'
            ? 'shipped: change-advisory-status passed, advisories moved to REL_PREP'
            : release.overall === 'Red'
                ? `stopped: ${(0,core_overall/* redReasons */.Z0)(box).join('; ')}`
                : 'still in progress';
        lines[0] += ` (${why})`;
    }
    lines.push(...(0,sim_report/* taskTable */.AX)(release, report.triggers[name]).map((l) => `  ${l}`));
    const issues = box?.issues ?? [];
    if (issues.length > 0) {
        lines.push('  issues:');
        issues.forEach((issue, i) => {
            const state = issue.resolved ? 'resolved' : issue.blocker ? 'OPEN, blocker' : 'open, not a blocker';
            lines.push(`    #${i + 1} (${state}) ${issue.issue.replace(/\s+/g, ' ').slice(0, 150)}`);
        });
    }
    const decided = (box?.tasks ?? []).filter((t) => typeof t.decided_by === 'string');
    for (const t of decided)
        lines.push(`  ${t.name} decided by ${t.decided_by} (justification kept in the StateBox)`);
    const sent = report.events.filter((e) => e.release === name && e.type === 'notify' && !e.detail.startsWith('sheets:')).length;
    const failedSends = report.events.filter((e) => e.release === name && e.type === 'error' && e.detail.startsWith('notification not sent')).length;
    lines.push(`  Slack: ${sent} message${sent === 1 ? '' : 's'} sent${failedSends ? `, ${failedSends} attempt${failedSends === 1 ? '' : 's'} failed during the outage and were sent later` : ''}.`);
    return lines;
}
async function runDemo(options) {
    const scenario = (0,sim_scenario/* parseScenario */.Mo)(DEMO_SCENARIO, 'the bundled demo scenario');
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmp ?? (0,external_node_os_.tmpdir)(), 'krd-demo-'));
    const out = (line) => options.write(`${line}\n`);
    try {
        out(`krd demo: ${scenario.releases.length} z-stream releases (${scenario.releases.map((r) => r.release).join(', ')}) driven by the real driver`);
        out(`against a simulated world, one run every ${scenario.every / 60_000} minutes from ${humanTime(new Date(scenario.start).toISOString())}.`);
        out(`StateBoxes live in a temporary local store: ${dir}`);
        out('');
        const narrator = new Narrator(out);
        const totalRuns = Math.ceil(scenario.until / scenario.every);
        const { report, boxes } = await (0,simulate/* runSimulation */.Hb)(scenario, {
            store: new local/* LocalStore */.V(dir),
            onRun: (run) => {
                options.progress?.(`run ${run.run}/${totalRuns} · ${humanTime(run.at)}`);
                narrator.add(run);
            },
        });
        narrator.end();
        options.progress?.('');
        out('');
        out(`Where it ended after ${report.runs} runs (${humanTime(report.events.at(-1)?.at ?? new Date(scenario.start).toISOString())}):`);
        out('');
        for (const r of scenario.releases) {
            for (const line of releaseSummary(r.release, boxes.get(r.release), report))
                out(line);
            out('');
        }
        const overall = scenario.releases.map((r) => `${r.release} ${boxes.get(r.release) ? (0,core_overall/* overallStatus */.gX)(boxes.get(r.release)) : 'In Progress'}`).join(', ');
        out(`Overall: ${overall}.`);
        if (options.keep) {
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'demo-scenario.yaml'), DEMO_SCENARIO);
            out(`The StateBoxes are kept in ${dir} (e.g. ${(0,external_node_path_.join)(dir, (0,version/* stateBoxPath */._S)(scenario.releases[0].release))}).`);
            out(`Step through the same world by hand: krd drive --world ${(0,external_node_path_.join)(dir, 'demo-scenario.yaml')} --store <empty dir> --now 2025-11-03T13:00:00Z`);
        }
        else {
            out('Run "krd demo --keep" to keep the StateBoxes, "krd simulate FILE" for your own scenarios.');
        }
        return { report, dir, kept: Boolean(options.keep) };
    }
    finally {
        if (!options.keep)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/commands/specs.ts
var specs = __webpack_require__(52633);
;// CONCATENATED MODULE: ./src/cli/commands/demo.ts



const demoCommand = {
    ...specs/* DEMO */.Ms,
    async run(args, io) {
        const keep = Boolean((0,cli_args/* parseCommandArgs */.Qx)(specs/* DEMO */.Ms, args, false).values.keep);
        // The progress line rewrites itself, so only on a terminal.
        const progress = io.isTTY ? (text) => io.stderr(text ? `\r\x1b[2K${text}` : '\r\x1b[2K') : undefined;
        await runDemo({ write: io.stdout, ...(progress ? { progress } : {}), keep });
        return 0;
    },
};


/***/ })

};
