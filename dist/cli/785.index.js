export const id = 785;
export const ids = [785];
export const modules = {

/***/ 13571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ releaseView),
/* harmony export */   Mj: () => (/* binding */ shortTime),
/* harmony export */   qu: () => (/* binding */ viewOfResult)
/* harmony export */ });
/* unused harmony export stateBoxWaits */
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);
/* harmony import */ var _core_decide__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48019);
/* harmony import */ var _core_job_ref__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35600);
/* harmony import */ var _core_decide_graph__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93326);
/* harmony import */ var _core_overall__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53686);
/* harmony import */ var _core_waits__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65297);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22334);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59239);
/* harmony import */ var _core_config__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84489);
/**
 * What people see about one release, computed once and drawn by every surface (job summary,
 * PR comment, Mermaid graph, terminal, `krd status --json`): task rows with times and job
 * links, the overall status, what it waits on, open blocker issues and the tasks counted as
 * done without a record. Pure: no I/O, the time is passed in. Every text from outside is
 * masked here (core/mask), whatever the StateBox or the run holds, so no surface shows a secret.
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
        return { id: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(record.job.id), ...(record.job.url ? { url: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(record.job.url) } : {}) };
    // Upstream kept job ids only in log text.
    const legacy = (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_2__/* .legacyJob */ .hI)(record.result);
    return legacy ? { id: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(legacy.id), ...(legacy.url ? { url: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(legacy.url) } : {}) } : undefined;
}
function durationOf(record, now) {
    const start = (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .parseTimestamp */ .EH)(record.started_at);
    if (start === undefined)
        return undefined;
    if (record.status === 'In Progress')
        return `running for ${(0,_core_waits__WEBPACK_IMPORTED_MODULE_5__/* .duration */ .p0)(now.getTime() - start)}`;
    const end = (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .parseTimestamp */ .EH)(record.completed_at);
    if (end === undefined || (record.status !== 'Pass' && record.status !== 'Fail'))
        return undefined;
    return (0,_core_waits__WEBPACK_IMPORTED_MODULE_5__/* .duration */ .p0)(end - start);
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
    const inFlow = (0,_core_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS)(name);
    const job = jobOf(record);
    const took = durationOf(record, now);
    const detail = state?.detail ?? (record.decided_by ? `decided by ${record.decided_by}` : undefined);
    return {
        task: record.name,
        display: (0,_core_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS)(name) ? _core_tasks__WEBPACK_IMPORTED_MODULE_0__/* .TASK_INFO */ .xA[name].display : name,
        status: record.status,
        tone: toneOf(record.status, state?.state),
        ...(record.started_at ? { startedAt: record.started_at } : {}),
        ...(record.completed_at && (record.status === 'Pass' || record.status === 'Fail') ? { completedAt: record.completed_at } : {}),
        ...(took ? { duration: took } : {}),
        ...(job ? { job } : {}),
        ...(typeof record.result === 'string' && record.result.trim() !== '' ? { result: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(record.result) } : {}),
        ...(detail ? { detail: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(detail) } : {}),
        inFlow,
        recorded: true,
    };
}
function rowsOf(box, decision, now) {
    const states = new Map(decision.tasks.map((t) => [t.task, t]));
    const rows = [];
    for (const task of _core_tasks__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_TASKS */ .K6) {
        const record = box.tasks.find((t) => t.name === task);
        const state = states.get(task);
        if (record) {
            rows.push(recordedRow(record, now, state));
            continue;
        }
        const display = _core_tasks__WEBPACK_IMPORTED_MODULE_0__/* .TASK_INFO */ .xA[task].display;
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
        if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS)(record.name))
            rows.push(recordedRow(record, now, undefined));
    return rows;
}
/**
 * What a release waits on, from its StateBox alone (no probing, for `krd status`): decide()
 * without observations, plus how long each running task has run, plus the outside checks
 * tasks wait on that only a run makes.
 */
function stateBoxWaits(box, decision, now) {
    const waits = [...decision.waitsOn];
    if (decision.shipped)
        return waits;
    const named = new Set(decision.waitsOn.flatMap((w) => w.tasks));
    for (const record of box.tasks) {
        if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS)(record.name) || record.status !== 'In Progress' || named.has(record.name))
            continue;
        const start = (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .parseTimestamp */ .EH)(record.job?.triggered_at ?? record.started_at);
        const job = jobOf(record);
        waits.push({ tasks: [record.name], on: 'running', detail: _core_waits__WEBPACK_IMPORTED_MODULE_5__/* .WAIT */ .C_.runningFor(start !== undefined ? now.getTime() - start : undefined, job?.url ?? job?.id) });
    }
    const unchecked = decision.tasks.filter((t) => t.state === 'waiting' && !t.detail).map((t) => t.task);
    if (unchecked.length > 0 && decision.needs.length > 0) {
        const checks = decision.needs.map((p) => CHECK_WORDS[p]).join(', ');
        waits.push({ tasks: unchecked, on: 'unchecked', detail: `wait on ${checks} (checked by each drive run, not by krd status)`, checks: [...decision.needs] });
    }
    return waits;
}
function masked(wait) {
    return { ...wait, detail: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(wait.detail) };
}
function issuesOf(box) {
    return box.issues.map((issue, i) => ({
        index: i + 1,
        text: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(issue.issue),
        blocker: issue.blocker,
        resolved: issue.resolved,
        reportedAt: issue.reported_at,
        ...(issue.resolved_at ? { resolvedAt: issue.resolved_at } : {}),
        ...(issue.resolution ? { resolution: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(issue.resolution) } : {}),
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
        const reasons = (0,_core_overall__WEBPACK_IMPORTED_MODULE_4__/* .redReasons */ .Z0)(box);
        return `${box.release} is Red: ${reasons.join('; ')} (${progress}); a human accept, retry or resolve clears it.`;
    }
    return `${box.release} is In Progress: ${progress}${running.length ? `, running: ${running.join(', ')}` : ''}.`;
}
/** The waits of a view: a run's (words, and data when it gave them), else the StateBox's own. */
function waitsOf(box, decision, options) {
    if (options.waits)
        return { waits: options.waits.map(_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC), waitsOn: (options.waitsOn ?? []).map(masked) };
    const waitsOn = stateBoxWaits(box, decision, options.now);
    return { waits: waitsOn.map((w) => (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)((0,_core_waits__WEBPACK_IMPORTED_MODULE_5__/* .waitLine */ .Aw)(w))), waitsOn: waitsOn.map(masked) };
}
/** The view of a release from its StateBox at `now`. */
function releaseView(box, options) {
    const decision = (0,_core_decide__WEBPACK_IMPORTED_MODULE_1__/* .decide */ .LD)(box, {}, options.now, options.config ?? _core_config__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_DRIVER_CONFIG */ .E, { analyzer: true });
    const rows = rowsOf(box, decision, options.now);
    const issues = issuesOf(box);
    const blockers = issues.filter((i) => i.blocker && !i.resolved);
    const metadata = box.metadata;
    return {
        release: box.release,
        overall: decision.overall,
        statusLine: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(statusLine(box, decision.overall, rows)),
        rows,
        ...waitsOf(box, decision, options),
        blockers,
        issues,
        notes: (options.notes ? [...options.notes] : [...decision.notes]).map(_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC),
        konflux: (0,_core_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .isKonflux */ .uu)(box),
        ...(typeof metadata.jira_ticket === 'string' ? { jira: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(metadata.jira_ticket) } : {}),
        ...(typeof metadata.shipment_mr === 'string' && metadata.shipment_mr.trim() !== '' ? { shipmentMr: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(metadata.shipment_mr) } : {}),
        ...(typeof metadata.release_date === 'string' ? { releaseDate: metadata.release_date } : {}),
        updatedAt: box.updated_at,
        ...(options.error ? { error: (0,_core_mask__WEBPACK_IMPORTED_MODULE_7__/* .maskText */ .gC)(options.error) } : {}),
    };
}
/** The view of a release as a drive run left it: its waits and notes are the run's own. */
function viewOfResult(result, now, config) {
    return releaseView(result.statebox, {
        now,
        waits: result.waits,
        ...(result.waitsOn ? { waitsOn: result.waitsOn } : {}),
        ...(result.notes ? { notes: result.notes } : {}),
        ...(result.error ? { error: result.error } : {}),
        ...(config ? { config } : {}),
    });
}
/** `2025-11-01 06:00Z` for tables: minute precision, no T. */
function shortTime(timestamp) {
    const ms = (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .parseTimestamp */ .EH)(timestamp);
    return ms === undefined ? '' : (0,_core_waits__WEBPACK_IMPORTED_MODULE_5__/* .minuteTime */ .oJ)(ms).replace('T', ' ');
}


/***/ }),

/***/ 80246:
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

/***/ 24058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ releaseJson)
/* harmony export */ });
/**
 * The JSON of one release. `extra` comes after release and overall (a command's own fields);
 * `overall` overrides the view's (a drive run's own verdict).
 */
function releaseJson(view, extra, overall) {
    return {
        release: view.release,
        overall: overall ?? view.overall,
        ...(extra ?? {}),
        tasks: Object.fromEntries(view.rows.filter((r) => r.recorded).map((r) => [r.task, { status: r.status, started_at: r.startedAt ?? null, completed_at: r.completedAt ?? null }])),
        waits: [...view.waits],
        blockers: view.blockers.map((b) => ({ index: b.index, issue: b.text, reported_at: b.reportedAt, related_tasks: [...b.tasks] })),
        notes: [...view.notes],
        ...(view.error ? { error: view.error } : {}),
    };
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


/***/ })

};
