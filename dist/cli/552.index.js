export const id = 552;
export const ids = [552];
export const modules = {

/***/ 829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gitBlobSha)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The git blob SHA of a file's bytes: sha1("blob <byte length>\0<bytes>"). GitHub's Contents API
 * returns this SHA, so both stores compare-and-swap on the same value.
 */
function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 9239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _g: () => (/* binding */ maskEmails)
/* harmony export */ });
/* unused harmony exports EMAIL_MASK, maskOptional */
/** What an email address becomes in anything we write to a StateBox (upstream's convention). */
const EMAIL_MASK = '[EMAIL_REDACTED]';
// local@domain.tld. The domain must be dotted with a letter TLD, which keeps image digests
// (`img@sha256:…`), `@here` and `user@localhost` out. The local part is optional and stops at
// quotes, braces and `|`, so `<mailto:a@b.io|a@b.io>` keeps its Slack markup.
const EMAIL_RE = /(?:mailto:)?[A-Za-z0-9.!#$%&*+/=?^_~-]{0,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g;
/** Replaces every email address in text with `[EMAIL_REDACTED]`; idempotent. */
function maskEmails(text) {
    return text.replace(EMAIL_RE, EMAIL_MASK);
}
/** maskEmails for optional StateBox fields (null and undefined pass through). */
function maskOptional(text) {
    return (typeof text === 'string' ? maskEmails(text) : text);
}


/***/ }),

/***/ 8881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ isAllowedTransition),
/* harmony export */   Hi: () => (/* binding */ TASK_STATUSES),
/* harmony export */   K6: () => (/* binding */ FLOW_TASKS),
/* harmony export */   Tx: () => (/* binding */ statusRank),
/* harmony export */   mS: () => (/* binding */ isFlowTask),
/* harmony export */   wq: () => (/* binding */ ASYNC_TASKS),
/* harmony export */   xA: () => (/* binding */ TASK_INFO)
/* harmony export */ });
/** The tasks of the Konflux release flow, as named in StateBox files. */
const FLOW_TASKS = [
    'create-test-report',
    'take-ownership',
    'check-cve-tracker-bug',
    'check-rhcos-security-alerts',
    'push-to-cdn-staging',
    'analyze-candidate-build',
    'image-consistency-check',
    'stage-testing',
    'analyze-promoted-build',
    'image-signed-check',
    'change-advisory-status',
];
const TASK_INFO = {
    'create-test-report': { kind: 'sync', display: 'Create Test Report', expectedMinutes: 5 },
    'take-ownership': { kind: 'sync', display: 'Take Ownership', expectedMinutes: 1 },
    'check-cve-tracker-bug': { kind: 'sync', display: 'Check CVE Tracker Bug', expectedMinutes: 1 },
    'check-rhcos-security-alerts': { kind: 'sync', display: 'Check RHCOS Security Alerts', expectedMinutes: 1 },
    'push-to-cdn-staging': { kind: 'async', display: 'Push to CDN Staging', expectedMinutes: 60 },
    'analyze-candidate-build': { kind: 'parallel', display: 'Analyze Candidate Build', expectedMinutes: 30 },
    'image-consistency-check': { kind: 'async', display: 'Image Consistency Check', expectedMinutes: 180 },
    'stage-testing': { kind: 'async', display: 'Stage Testing', expectedMinutes: 360 },
    'analyze-promoted-build': { kind: 'gate', display: 'Analyze Promoted Build', expectedMinutes: 30 },
    'image-signed-check': { kind: 'sync', display: 'Image Signed Check', expectedMinutes: 5 },
    'change-advisory-status': { kind: 'sync+wait', display: 'Change Advisory Status', expectedMinutes: 2 * 24 * 60 },
};
const ASYNC_TASKS = ['push-to-cdn-staging', 'image-consistency-check', 'stage-testing'];
function isFlowTask(name) {
    return typeof name === 'string' && FLOW_TASKS.includes(name);
}
/** Statuses a StateBox task may hold. "Not Started" resets a task (used by /release:retry). */
const TASK_STATUSES = ['Not Started', 'In Progress', 'Pass', 'Fail'];
/**
 * Allowed status transitions. Pass and Fail are final except by an explicit human
 * decision (retry → Not Started, accept → Pass, reject → Fail), which the merge and
 * the engine treat separately. Never Pass → In Progress by accident.
 */
const AUTOMATIC_TRANSITIONS = {
    'Not Started': ['In Progress', 'Pass', 'Fail'],
    'In Progress': ['Pass', 'Fail'],
    Pass: [],
    Fail: [],
};
function isAllowedTransition(from, to) {
    if (from === undefined || from === to)
        return true;
    return AUTOMATIC_TRANSITIONS[from].includes(to);
}
/** Rank along the automatic transitions; used to pick a winner in a merge. */
function statusRank(s) {
    switch (s) {
        case undefined:
        case 'Not Started':
            return 0;
        case 'In Progress':
            return 1;
        case 'Pass':
        case 'Fail':
            return 2;
    }
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseTimestamp),
/* harmony export */   n: () => (/* binding */ isoSeconds)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** A UTC timestamp as StateBox files hold it: `2026-06-25T08:30:43Z` (seconds, no millis). */
function isoSeconds(date) {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot write ${String(date)} as a timestamp: it is not a valid date.`);
    }
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** Milliseconds since the epoch of a StateBox timestamp, or undefined when it is not one. */
function parseTimestamp(text) {
    if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(text))
        return undefined;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
}


/***/ }),

/***/ 3323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ parseRelease),
/* harmony export */   MU: () => (/* binding */ isRelease),
/* harmony export */   Xx: () => (/* binding */ trackingFilePath),
/* harmony export */   _S: () => (/* binding */ stateBoxPath),
/* harmony export */   c0: () => (/* binding */ compareReleases),
/* harmony export */   uq: () => (/* binding */ yStream)
/* harmony export */ });
/* unused harmony export isYStream */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

// Strict on purpose: nothing that fails this can reach a path, a URL or a command line.
const RELEASE_RE = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,3})(?:-((?:ec|rc|fc)\.(?:0|[1-9]\d{0,2})))?$/;
function parseRelease(input) {
    if (typeof input !== 'string' || input.length === 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('A release is required, such as 4.20.1 or 5.0.0-ec.3.');
    }
    const m = RELEASE_RE.exec(input);
    if (!m) {
        const shown = JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${shown} is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.`);
    }
    return {
        text: input,
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        ...(m[4] ? { pre: m[4] } : {}),
    };
}
function isRelease(input) {
    return typeof input === 'string' && RELEASE_RE.test(input);
}
/** The y-stream directory of a release: 4.20.1 → 4.20. */
function yStream(release) {
    const v = typeof release === 'string' ? parseRelease(release) : release;
    return `${v.major}.${v.minor}`;
}
const Y_RE = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;
function isYStream(input) {
    return typeof input === 'string' && Y_RE.test(input);
}
function comparePre(a, b) {
    if (a === b)
        return 0;
    if (a === undefined)
        return 1; // GA sorts after its pre-releases
    if (b === undefined)
        return -1;
    const [ak = '', an = '0'] = a.split('.');
    const [bk = '', bn = '0'] = b.split('.');
    if (ak !== bk)
        return ak < bk ? -1 : 1; // ec < fc < rc
    return Number(an) - Number(bn);
}
/** Numeric ordering: 4.9.1 < 4.10.0 < 4.10.10; 5.0.0-ec.3 < 5.0.0. */
function compareReleases(a, b) {
    const x = typeof a === 'string' ? parseRelease(a) : a;
    const y = typeof b === 'string' ? parseRelease(b) : b;
    return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePre(x.pre, y.pre);
}
/** Where a release's StateBox lives in the repository. */
function stateBoxPath(release) {
    const v = parseRelease(release);
    return `_releases/${yStream(v)}/statebox/${v.text}.yaml`;
}
/** The tracking file of a y-stream: `_releases/4.20/4.20.z.yaml`. */
function trackingFilePath(y) {
    if (!isYStream(y))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${JSON.stringify(y)} is not a y-stream such as 4.20.`);
    return `_releases/${y}/${y}.z.yaml`;
}


/***/ }),

/***/ 3810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ FakeClock),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = {
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** A clock that only moves when told to; `sleep` advances it instantly. */
class FakeClock {
    current;
    sleeps = [];
    constructor(start) {
        this.current = new Date(start).getTime();
    }
    now() {
        return new Date(this.current);
    }
    async sleep(ms) {
        this.sleeps.push(ms);
        this.current += ms;
    }
    set(to) {
        this.current = new Date(to).getTime();
    }
    advance(ms) {
        this.current += ms;
    }
}


/***/ }),

/***/ 9397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ withClaims),
/* harmony export */   Sg: () => (/* binding */ claimState),
/* harmony export */   UK: () => (/* binding */ earliestLiveClaim),
/* harmony export */   gm: () => (/* binding */ withoutClaims),
/* harmony export */   j_: () => (/* binding */ isClaim),
/* harmony export */   jn: () => (/* binding */ CLAIM_TTL_MS)
/* harmony export */ });
/* unused harmony export claimsOf */
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2334);
/**
 * Claims: a run's intent to start a task, written to the StateBox (`driver.claims.{task}`)
 * with a compare-and-swap write before the task starts. Two runs that read the same StateBox
 * both decide to start the same job; only one claim write can win, so only one starts it.
 * A claim lives for CLAIM_TTL_MS, or until the task is retried (reset_at after the claim);
 * the run that holds it removes it when it records the task's start.
 */

/** Long enough for a run to start a job and write, short enough that a dead run delays a task only a little. */
const CLAIM_TTL_MS = 15 * 60_000;
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isClaim(v) {
    return isObj(v) && typeof v.run === 'string' && typeof v.at === 'string';
}
/** The well-formed claims of a StateBox, by task (anything else under driver.claims is ignored). */
function claimsOf(box) {
    const raw = box?.driver?.['claims'];
    if (!isObj(raw))
        return {};
    return Object.fromEntries(Object.entries(raw).filter(([, c]) => isClaim(c)));
}
/** The box with `claim` recorded for each task. */
function withClaims(box, tasks, claim) {
    if (tasks.length === 0)
        return box;
    const driver = (box.driver ?? {});
    const claims = isObj(driver['claims']) ? driver['claims'] : {};
    return { ...box, driver: { ...driver, claims: { ...claims, ...Object.fromEntries(tasks.map((t) => [t, claim])) } } };
}
/** The box without claims on these tasks; an emptied `claims` (and an emptied `driver`) goes too. */
function withoutClaims(box, tasks) {
    const driver = box.driver;
    const claims = driver?.['claims'];
    if (!driver || !isObj(claims) || !tasks.some((t) => t in claims))
        return box;
    const rest = Object.fromEntries(Object.entries(claims).filter(([t]) => !tasks.includes(t)));
    const { claims: _dropped, ...others } = driver;
    const nextDriver = Object.keys(rest).length ? { ...others, claims: rest } : others;
    if (Object.keys(nextDriver).length === 0) {
        const { driver: _gone, ...noDriver } = box;
        return noDriver;
    }
    return { ...box, driver: nextDriver };
}
function claimState(box, task, now, runId, ttlMs = CLAIM_TTL_MS) {
    const claim = claimsOf(box)[task];
    if (!claim)
        return { state: 'none' };
    const at = (0,_core_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(claim.at);
    const record = box.tasks.find((t) => t.name === task);
    const resetAt = (0,_core_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(typeof record?.['reset_at'] === 'string' ? record['reset_at'] : undefined);
    if (at !== undefined && resetAt !== undefined && resetAt > at)
        return { state: 'void', claim };
    if (claim.run === runId)
        return { state: 'ours', claim };
    if (at !== undefined && now.getTime() - at < ttlMs)
        return { state: 'live', claim };
    return { state: 'expired', claim };
}
/**
 * Which of two different claims on one task stands: the earliest, unless it had expired when
 * the later one was made (then the later run rightly took over).
 */
function earliestLiveClaim(a, b, ttlMs = CLAIM_TTL_MS) {
    const ta = (0,_core_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(a.at);
    const tb = (0,_core_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .E)(b.at);
    if (ta === undefined)
        return b;
    if (tb === undefined)
        return a;
    const [early, late] = ta <= tb ? [a, b] : [b, a];
    return Math.abs(tb - ta) < ttlMs ? early : late;
}


/***/ }),

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZJ: () => (/* binding */ addIssue),
/* harmony export */   kw: () => (/* binding */ insertTaskInFlowOrder),
/* harmony export */   oy: () => (/* binding */ resolveIssue),
/* harmony export */   vS: () => (/* binding */ newStateBox)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSION, upsertTask */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9239);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8881);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3323);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(727);
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8335);







// Pure edits: each returns a new StateBox and leaves its input untouched, so a failed write can
// be retried by re-applying the same edit to a fresh read.
const SCHEMA_VERSION = '1.0';
function newStateBox(release, metadata, now) {
    const version = (0,_core_version__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .BC)(release);
    const checked = _schema__WEBPACK_IMPORTED_MODULE_5__/* .metadataSchema */ .R5.safeParse(metadata);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot create the StateBox of ${version.text}: metadata.${(0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .fieldPath */ .cn)(issue.path)}: ${issue.message}.`);
    }
    const at = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .n)(now);
    return {
        schema_version: SCHEMA_VERSION,
        release: version.text,
        created_at: at,
        updated_at: at,
        metadata: structuredClone(metadata),
        tasks: [],
        issues: [],
    };
}
function addIssue(box, { text, blocker, tasks = [], now }) {
    const issueText = (0,_core_mask__WEBPACK_IMPORTED_MODULE_6__/* .maskEmails */ ._g)(text.trim());
    if (issueText === '')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot add an issue to ${box.release}: the issue text is empty.`);
    const issue = {
        issue: issueText,
        reported_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .n)(now),
        resolved: false,
        resolution: null,
        blocker,
        related_tasks: [...tasks],
    };
    return { ...box, updated_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .n)(now), issues: [...box.issues, issue] };
}
/** Resolves issue number `index`, counted from 1 as people see them in summaries. */
function resolveIssue(box, index, text, now) {
    const count = box.issues.length;
    if (!Number.isInteger(index) || index < 1 || index > count) {
        const range = count === 0 ? 'it has no issues' : `expected 1 to ${count}`;
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Issue ${index} does not exist in the StateBox of ${box.release}: ${range}.`);
    }
    const current = box.issues[index - 1];
    if (current.resolved) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Issue ${index} of ${box.release} is already resolved${current.resolved_at ? ` (at ${current.resolved_at})` : ''}.`);
    }
    const resolution = (0,_core_mask__WEBPACK_IMPORTED_MODULE_6__/* .maskEmails */ ._g)(text.trim());
    if (resolution === '')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot resolve issue ${index} of ${box.release}: the resolution text is empty.`);
    const resolved = { ...current, resolved: true, resolution, resolved_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .n)(now) };
    const issues = box.issues.map((issue, i) => (i === index - 1 ? resolved : issue));
    return { ...box, updated_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .n)(now), issues };
}
function flowIndex(name) {
    return _core_tasks__WEBPACK_IMPORTED_MODULE_1__/* .FLOW_TASKS */ .K6.indexOf(name);
}
/**
 * Adds a task where the flow puts it: before the first existing flow task that comes later in
 * FLOW_TASKS; a task outside the flow (or last in it) is appended.
 */
function insertTaskInFlowOrder(tasks, task) {
    const mine = flowIndex(task.name);
    const at = mine < 0 ? -1 : tasks.findIndex((t) => flowIndex(t.name) > mine);
    return at < 0 ? [...tasks, task] : [...tasks.slice(0, at), task, ...tasks.slice(at)];
}
function applyPatch(task, patch) {
    const out = { ...task };
    for (const [key, value] of Object.entries(patch)) {
        if (key === 'name')
            continue;
        if (value === undefined)
            delete out[key];
        else
            out[key] = key === 'result' ? maskOptional(value) : value;
    }
    return out;
}
/** Updates a task, creating it (Not Started, in flow order) when the StateBox lacks it. */
function upsertTask(box, name, patch, now) {
    if (name.trim() === '')
        throw new InputError(`Cannot update a task of ${box.release}: the task name is empty.`);
    const existing = box.tasks.findIndex((t) => t.name === name);
    let tasks;
    if (existing >= 0) {
        tasks = box.tasks.map((t, i) => (i === existing ? applyPatch(t, patch) : t));
    }
    else {
        const fresh = { name, status: 'Not Started', started_at: null, completed_at: null, result: null };
        tasks = insertTaskInFlowOrder(box.tasks, applyPatch(fresh, patch));
    }
    return { ...box, updated_at: isoSeconds(now), tasks };
}


/***/ }),

/***/ 7326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ mergeStateBoxes)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8881);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2334);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9239);
/* harmony import */ var _edit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(184);
/* harmony import */ var _claims__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9397);
/* harmony import */ var _unsent__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2953);







const same = node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual;
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function has(obj, key) {
    return obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key);
}
class Merger {
    conflicts = [];
    conflict(where, ours, theirs, resolution) {
        this.conflicts.push({ where, ours, theirs, resolution });
    }
    /**
     * Three-way merge of any value: a change on one side wins over no change; maps merge key by
     * key; anything else changed differently on both sides is a conflict resolved to `prefer`.
     * Returns undefined for "absent" (a key deleted on one side and untouched on the other).
     */
    value(where, base, ours, theirs, prefer = 'ours', why = 'kept ours (the write being saved)') {
        if (same(ours, theirs))
            return ours;
        if (same(base, ours))
            return theirs;
        if (same(base, theirs))
            return ours;
        if (isObj(ours) && isObj(theirs) && (base === undefined || isObj(base))) {
            return this.map(where, base, ours, theirs, prefer, why);
        }
        this.conflict(where, ours, theirs, why);
        return prefer === 'ours' ? ours : theirs;
    }
    /** Key-by-key merge; key order: ours' keys, then keys only theirs has. */
    map(where, base, ours, theirs, prefer = 'ours', why, skip = []) {
        const out = {};
        const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((k) => !has(ours, k))];
        for (const key of keys) {
            if (skip.includes(key))
                continue;
            const merged = this.value(join(where, key), base?.[key], ours[key], theirs[key], prefer, why);
            if (merged !== undefined)
                out[key] = merged;
        }
        return out;
    }
}
function join(where, key) {
    return where === '' ? key : `${where}.${key}`;
}
// ---------------------------------------------------------------------------------------------
// Tasks
/** Fields that belong to one run of a task and so follow the side whose status won. */
const RUN_FIELDS = ['started_at', 'completed_at', 'result', 'deadline', 'decided_by'];
/** A side holds a new human decision when it set `decided_by` to something base did not have. */
function humanDecision(base, side) {
    return typeof side.decided_by === 'string' && side.decided_by !== '' && side.decided_by !== base?.decided_by;
}
function resolveStatus(m, where, base, ours, theirs) {
    const b = base?.status;
    const o = ours.status;
    const t = theirs.status;
    if (o === t)
        return { winner: 'ours', status: o };
    if (o === b)
        return { winner: 'theirs', status: t };
    if (t === b)
        return { winner: 'ours', status: o };
    const at = `${where}.status`;
    const humanOurs = humanDecision(base, ours);
    const humanTheirs = humanDecision(base, theirs);
    if (humanOurs !== humanTheirs) {
        const winner = humanOurs ? 'ours' : 'theirs';
        const task = winner === 'ours' ? ours : theirs;
        m.conflict(at, o, t, `kept ${task.status} from ${winner}: a human decision (by ${task.decided_by}) wins`);
        return { winner, status: task.status };
    }
    if (humanOurs && humanTheirs) {
        m.conflict(at, o, t, `kept ${o} from ours: both sides hold a human decision; check which one stands`);
        return { winner: 'ours', status: o };
    }
    // A reset to Not Started is a deliberate restart; another status set meanwhile is a real clash.
    if (b !== undefined && b !== 'Not Started' && (o === 'Not Started' || t === 'Not Started')) {
        const winner = o === 'Not Started' ? 'theirs' : 'ours';
        const status = winner === 'ours' ? o : t;
        m.conflict(at, o, t, `kept ${status} from ${winner} over a reset to Not Started: the task moved on meanwhile; retry again if the reset must stand`);
        return { winner, status };
    }
    const ro = (0,_core_tasks__WEBPACK_IMPORTED_MODULE_1__/* .statusRank */ .Tx)(o);
    const rt = (0,_core_tasks__WEBPACK_IMPORTED_MODULE_1__/* .statusRank */ .Tx)(t);
    if (ro !== rt) {
        // A later status along the allowed transitions wins (In Progress vs Pass → Pass).
        const [low, high, winner] = ro < rt ? [o, t, 'theirs'] : [t, o, 'ours'];
        if ((0,_core_tasks__WEBPACK_IMPORTED_MODULE_1__/* .isAllowedTransition */ .Ej)(low, high))
            return { winner, status: high };
    }
    // Pass vs Fail: two different outcomes for the same task. Keep Fail: it stops the release and
    // asks a human to look, which a wrong Pass would not.
    const winner = o === 'Fail' ? 'ours' : t === 'Fail' ? 'theirs' : 'ours';
    const status = winner === 'ours' ? o : t;
    m.conflict(at, o, t, `kept ${status} from ${winner}: both sides finished the task differently; check the job and decide`);
    return { winner, status };
}
function jobLabel(job) {
    return isObj(job) && typeof job.id === 'string' ? job.id : JSON.stringify(job);
}
/** A job record once set is never replaced by a different one without a report. */
function mergeJob(m, where, base, ours, theirs, winner) {
    const b = base?.job;
    const o = ours.job;
    const t = theirs.job;
    const at = `${where}.job`;
    if (same(o, t))
        return o;
    const oneSided = same(b, o) ? 'theirs' : same(b, t) ? 'ours' : undefined;
    if (oneSided) {
        const changed = oneSided === 'ours' ? o : t;
        // The side whose status lost may not swap the job of the run that won under it.
        if (oneSided !== winner && ours.status !== theirs.status && b !== undefined && changed !== undefined && changed.id !== b.id) {
            m.conflict(at, o, t, `kept job ${b.id} that goes with the status that won; job ${changed.id} from ${oneSided} is not tracked`);
            return b;
        }
        return changed;
    }
    if (o !== undefined && t !== undefined && o.id === t.id) {
        // Same job, details added on each side (url, triggered_at): merge them.
        return m.value(at, b, o, t, winner, `kept ${winner}' details of job ${o.id}`);
    }
    if (o === undefined || t === undefined) {
        // One side dropped the job (a reset) while the other recorded one: keep the record.
        const kept = (o ?? t);
        m.conflict(at, o, t, `kept job ${kept.id}: a job record is never dropped by a merge`);
        return kept;
    }
    // Two different jobs: keep the one triggered first (the other is a duplicate run), else the winner's.
    const to = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .E)(o.triggered_at);
    const tt = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .E)(t.triggered_at);
    const keep = to !== undefined && tt !== undefined && to !== tt ? (to < tt ? 'ours' : 'theirs') : winner;
    const kept = keep === 'ours' ? o : t;
    const other = keep === 'ours' ? t : o;
    m.conflict(at, o, t, `kept job ${jobLabel(kept)} from ${keep}; job ${jobLabel(other)} was started too and is not tracked`);
    return kept;
}
function mergeTask(m, base, ours, theirs) {
    const where = `tasks[${ours.name}]`;
    const { winner, status } = resolveStatus(m, where, base, ours, theirs);
    const statusesDiffer = ours.status !== theirs.status;
    const why = statusesDiffer ? `kept ${winner}' value: it goes with the status that won (${status})` : undefined;
    const b = base;
    const o = ours;
    const t = theirs;
    const merged = { name: ours.name, status };
    for (const key of RUN_FIELDS) {
        // When the statuses differ, the whole run of the winning status comes with it (a Pass keeps
        // its own started_at/result, never a mix with the losing run); otherwise merge field by field.
        const v = statusesDiffer ? (winner === 'ours' ? o : t)[key] : m.value(`${where}.${key}`, b?.[key], o[key], t[key], winner, why);
        if (v !== undefined)
            merged[key] = v;
    }
    const job = mergeJob(m, where, base, ours, theirs, winner);
    if (job !== undefined)
        merged.job = job;
    const rest = m.map(where, b, o, t, winner, why, ['name', 'status', 'job', ...RUN_FIELDS]);
    return { ...merged, ...rest };
}
function byName(tasks) {
    return new Map((tasks ?? []).map((t) => [t.name, t]));
}
function mergeTasks(m, base, ours, theirs) {
    const b = byName(base);
    const o = byName(ours);
    const t = byName(theirs);
    let out = [];
    for (const task of ours) {
        const other = t.get(task.name);
        const before = b.get(task.name);
        if (other)
            out.push(mergeTask(m, before, task, other));
        else if (!before)
            out.push(task); // added by ours
        else if (!same(before, task)) {
            m.conflict(`tasks[${task.name}]`, task, undefined, 'kept ours: theirs removed the task, ours changed it');
            out.push(task);
        } // else: theirs removed it, ours left it alone → removed
    }
    for (const task of theirs) {
        if (o.has(task.name))
            continue;
        const before = b.get(task.name);
        if (!before)
            out = (0,_edit__WEBPACK_IMPORTED_MODULE_3__/* .insertTaskInFlowOrder */ .kw)(out, task);
        else if (!same(before, task)) {
            m.conflict(`tasks[${task.name}]`, undefined, task, 'kept theirs: ours removed the task, theirs changed it');
            out = (0,_edit__WEBPACK_IMPORTED_MODULE_3__/* .insertTaskInFlowOrder */ .kw)(out, task);
        }
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// Issues
function issueKey(issue) {
    return `${issue.reported_at}\u0000${issue.issue}`;
}
function issueWhere(issue) {
    const text = issue.issue.split('\n')[0] ?? '';
    return `issues[${JSON.stringify(text.length > 50 ? `${text.slice(0, 50)}…` : text)} @ ${issue.reported_at}]`;
}
const RESOLUTION_FIELDS = ['resolved', 'resolution', 'resolved_at'];
/** A list used as a set: one-sided changes as usual, both-sided changes as a union. */
function mergeSet(base, ours, theirs, m, where) {
    if (same(ours, theirs))
        return ours;
    if (same(base, ours))
        return theirs;
    if (same(base, theirs))
        return ours;
    if (Array.isArray(ours) && Array.isArray(theirs))
        return [...new Set([...ours, ...theirs])];
    return m.value(where, base, ours, theirs);
}
function mergeIssue(m, base, ours, theirs) {
    const where = issueWhere(ours);
    const b = base;
    const o = ours;
    const t = theirs;
    // Resolved wins over unresolved, and its resolution text and time come with it.
    const resolvedSide = ours.resolved === theirs.resolved ? undefined : ours.resolved ? 'ours' : 'theirs';
    const merged = {};
    for (const key of [...Object.keys(o), ...Object.keys(t)]) {
        if (key in merged)
            continue;
        let v;
        if (resolvedSide && RESOLUTION_FIELDS.includes(key))
            v = (resolvedSide === 'ours' ? o : t)[key];
        else if (key === 'related_tasks')
            v = mergeSet(b?.[key], o[key], t[key], m, `${where}.${key}`);
        else
            v = m.value(`${where}.${key}`, b?.[key], o[key], t[key]);
        if (v !== undefined)
            merged[key] = v;
    }
    return merged;
}
/** An issue's text as the engine writes it (src/statebox/edit.ts addIssue: trimmed, emails masked). */
function issueText(issue) {
    return (0,_core_mask__WEBPACK_IMPORTED_MODULE_5__/* .maskEmails */ ._g)(issue.issue.trim());
}
/**
 * Issues both sides added with the same text (and blocker flag) at different times: two runs
 * that met the same problem (a broken credential) each reported it. They are one issue: ours'
 * key → theirs' key, one to one. Theirs' reported_at stands: theirs is what the store holds.
 */
function sameIssuesAdded(b, o, t) {
    const pairs = new Map();
    const taken = new Set();
    for (const [ok, oi] of o) {
        if (b.has(ok) || t.has(ok))
            continue;
        for (const [tk, ti] of t) {
            if (b.has(tk) || o.has(tk) || taken.has(tk))
                continue;
            if (issueText(ti) === issueText(oi) && ti.blocker === oi.blocker) {
                pairs.set(ok, tk);
                taken.add(tk);
                break;
            }
        }
    }
    return pairs;
}
function mergeIssues(m, base, ours, theirs) {
    const index = (list) => new Map((list ?? []).map((i) => [issueKey(i), i]));
    const b = index(base);
    const o = index(ours);
    const t = index(theirs);
    const pairs = sameIssuesAdded(b, o, t);
    const paired = new Map([...pairs].map(([ok, tk]) => [tk, o.get(ok)]));
    const out = [];
    const take = (key) => {
        if (pairs.has(key))
            return; // ours' copy of an issue theirs added too: merged where theirs has it
        const bi = b.get(key);
        const oi = o.get(key);
        const ti = t.get(key);
        const twin = paired.get(key);
        if (twin && ti) {
            m.conflict(issueWhere(ti), twin.reported_at, ti.reported_at, `kept one issue reported at ${ti.reported_at}: both sides added it`);
            out.push(mergeIssue(m, undefined, { ...twin, issue: ti.issue, reported_at: ti.reported_at }, ti));
        }
        else if (oi && ti)
            out.push(mergeIssue(m, bi, oi, ti));
        else if (oi ?? ti) {
            const only = (oi ?? ti);
            if (!bi)
                out.push(only); // new on one side
            else if (!same(bi, only)) {
                m.conflict(issueWhere(only), oi, ti, `kept the issue: one side removed it while the other changed it`);
                out.push(only);
            } // else removed on one side, untouched on the other → removed
        }
    };
    // Order: base order, then ours' new issues, then theirs' new issues.
    const seen = new Set();
    for (const key of [...b.keys(), ...o.keys(), ...t.keys()]) {
        if (seen.has(key))
            continue;
        seen.add(key);
        take(key);
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// The whole box
function laterTimestamp(a, b) {
    const ta = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .E)(a);
    const tb = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .E)(b);
    if (ta === undefined)
        return b;
    if (tb === undefined)
        return a;
    return tb > ta ? b : a;
}
function mergeDriver(m, base, ours, theirs) {
    if (ours === undefined && theirs === undefined)
        return undefined;
    const o = ours ?? {};
    const t = theirs ?? {};
    const out = m.map('driver', base, o, t, 'ours', undefined, ['notified', 'unsent', 'claims']);
    if (Array.isArray(o.notified) || Array.isArray(t.notified)) {
        // Notification keys only ever grow: the union never sends a message twice.
        const all = [o.notified, t.notified].filter(Array.isArray).flat();
        out.notified = [...new Set(all)];
    }
    const unsent = mergeUnsent(m, base?.unsent, o.unsent, t.unsent, new Set(Array.isArray(out.notified) ? out.notified : []));
    if (unsent !== undefined)
        out.unsent = unsent;
    const claims = mergeClaims(m, base?.claims, o.claims, t.claims);
    if (claims !== undefined)
        out.claims = claims;
    // A side that dropped the whole driver section (its last claim released) leaves no empty one behind.
    return Object.keys(out).length === 0 && (ours === undefined || theirs === undefined) ? undefined : out;
}
/**
 * Claims merge task by task: a claim one side made or released stands; a new claim beats the
 * release of an older one (its run has yet to record the start); of two different claims the
 * earliest live one wins, as it did the compare-and-swap write (src/statebox/claims.ts).
 */
function mergeClaims(m, base, ours, theirs) {
    if (ours === undefined && theirs === undefined)
        return undefined;
    if (!(ours === undefined || isObj(ours)) || !(theirs === undefined || isObj(theirs)) || !(base === undefined || isObj(base))) {
        return m.value('driver.claims', base, ours, theirs);
    }
    const b = base ?? {};
    const o = ours ?? {};
    const t = theirs ?? {};
    const out = {};
    for (const task of [...Object.keys(o), ...Object.keys(t).filter((k) => !has(o, k))]) {
        const where = `driver.claims.${task}`;
        const [bc, oc, tc] = [b[task], o[task], t[task]];
        let kept;
        if (same(oc, tc) || same(bc, tc))
            kept = oc;
        else if (same(bc, oc))
            kept = tc;
        else if (oc === undefined || tc === undefined) {
            kept = oc ?? tc;
            m.conflict(where, oc, tc, `kept the claim of run ${(0,_claims__WEBPACK_IMPORTED_MODULE_4__/* .isClaim */ .j_)(kept) ? kept.run : '?'}: a new claim outlives the release of an older one`);
        }
        else if ((0,_claims__WEBPACK_IMPORTED_MODULE_4__/* .isClaim */ .j_)(oc) && (0,_claims__WEBPACK_IMPORTED_MODULE_4__/* .isClaim */ .j_)(tc)) {
            kept = (0,_claims__WEBPACK_IMPORTED_MODULE_4__/* .earliestLiveClaim */ .UK)(oc, tc);
            m.conflict(where, oc, tc, `kept the claim of run ${kept.run}: the earliest live claim wins`);
        }
        else
            kept = m.value(where, bc, oc, tc);
        if (kept !== undefined)
            out[task] = kept;
    }
    return Object.keys(out).length ? out : undefined;
}
/**
 * The outbox (driver.unsent, src/statebox/unsent.ts) merges key by key. A key in the merged
 * `notified` is done (sent, or given up) and goes. Two different changes to one entry (two
 * runs claimed it to send it) keep theirs: theirs is what the store holds, the commit that
 * landed first, whose run owns the send; ours must not send it too.
 */
function mergeUnsent(m, base, ours, theirs, notified) {
    if (ours === undefined && theirs === undefined)
        return undefined;
    const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : undefined);
    const [b, o, t] = [list(base), list(ours), list(theirs)];
    if (!b || !o || !t)
        return m.value('driver.unsent', base, ours, theirs);
    const byKey = (entries) => new Map(entries.filter(_unsent__WEBPACK_IMPORTED_MODULE_6__/* .isUnsent */ .wt).map((e) => [e.key, e]));
    const [bk, ok, tk] = [byKey(b), byKey(o), byKey(t)];
    const out = [];
    for (const key of [...ok.keys(), ...[...tk.keys()].filter((k) => !ok.has(k))]) {
        if (notified.has(key))
            continue;
        const [be, oe, te] = [bk.get(key), ok.get(key), tk.get(key)];
        let kept;
        if (same(oe, te) || same(be, te))
            kept = oe;
        else if (same(be, oe))
            kept = te;
        else if (oe === undefined || te === undefined)
            kept = oe ?? te;
        else {
            kept = te;
            m.conflict(`driver.unsent[${key}]`, oe, te, `kept theirs: the run whose commit landed first sends ${key}, once`);
        }
        if (kept !== undefined)
            out.push(kept);
    }
    return out.length ? out : undefined;
}
function mergeCreatedAt(m, base, ours, theirs) {
    if (ours === theirs || base === theirs)
        return ours;
    if (base === ours)
        return theirs;
    // Both sides created the file: the earlier creation is the real one.
    const kept = laterTimestamp(ours, theirs) === ours ? theirs : ours;
    m.conflict('created_at', ours, theirs, `kept the earlier ${kept}: both sides created the file`);
    return kept;
}
/**
 * Three-way merge of StateBoxes (base = what both sides read; undefined when neither had a file).
 * Tasks merge by name, issues by (text, reported_at) (the same text added on both sides is one
 * issue, whenever each side reported it), maps key by key. Status clashes follow the
 * allowed transitions; everything else changed differently on both sides lands in `conflicts`.
 */
function mergeStateBoxes(base, ours, theirs) {
    const m = new Merger();
    const b = base;
    const o = ours;
    const t = theirs;
    const special = ['created_at', 'updated_at', 'metadata', 'tasks', 'issues', 'driver'];
    const rest = m.map('', b, o, t, 'ours', undefined, special);
    const merged = {
        ...rest,
        created_at: mergeCreatedAt(m, base?.created_at, ours.created_at, theirs.created_at),
        updated_at: laterTimestamp(ours.updated_at, theirs.updated_at),
        metadata: m.map('metadata', base?.metadata, ours.metadata, theirs.metadata),
        tasks: mergeTasks(m, base?.tasks, ours.tasks, theirs.tasks),
        issues: mergeIssues(m, base?.issues, ours.issues, theirs.issues),
    };
    const driver = mergeDriver(m, b?.driver, o.driver, t.driver);
    if (driver !== undefined)
        merged.driver = driver;
    // Keep ours' top-level key order (serialization puts known keys in upstream's order anyway).
    const orderedOut = {};
    for (const key of [...Object.keys(o), ...Object.keys(t)])
        if (key in merged && !(key in orderedOut))
            orderedOut[key] = merged[key];
    for (const key of Object.keys(merged))
        if (!(key in orderedOut))
            orderedOut[key] = merged[key];
    return { merged: orderedOut, conflicts: m.conflicts };
}


/***/ }),

/***/ 7324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseReleaseDate)
/* harmony export */ });
/* unused harmony export formatReleaseDate */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * Reads a StateBox `release_date` in every form upstream writes it
 * (`2026-Jan-13`, `2026-MAY-14`, `2026-Feb-3`) plus ISO `2026-01-13`.
 * Returns midnight UTC of that day, or undefined when it is not a date.
 */
function parseReleaseDate(text) {
    const m = /^(\d{4})-([A-Za-z]{3}|\d{1,2})-(\d{1,2})$/.exec(text.trim());
    if (!m)
        return undefined;
    const year = Number(m[1]);
    const monthText = m[2];
    const month = /^\d+$/.test(monthText) ? Number(monthText) - 1 : MONTHS.indexOf(monthText.toLowerCase());
    const day = Number(m[3]);
    if (month < 0 || month > 11)
        return undefined;
    const date = new Date(Date.UTC(year, month, day));
    // Reject 2026-Feb-31 and similar rather than rolling over into March.
    if (date.getUTCMonth() !== month || date.getUTCDate() !== day)
        return undefined;
    return date;
}
/** Formats a date the way upstream writes new files: `2026-Jan-13`. */
function formatReleaseDate(date) {
    const m = MONTHS[date.getUTCMonth()];
    return `${date.getUTCFullYear()}-${m[0].toUpperCase()}${m.slice(1)}-${String(date.getUTCDate()).padStart(2, '0')}`;
}


/***/ }),

/***/ 956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ loadStateBox),
/* harmony export */   YO: () => (/* binding */ updateStateBox),
/* harmony export */   u3: () => (/* binding */ saveStateBox)
/* harmony export */ });
/* unused harmony exports DEFAULT_SAVE_ATTEMPTS, RETRY_BASE_MS, RETRY_CAP_MS */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3323);
/* harmony import */ var _ports_clock__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3810);
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7326);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(727);
/**
 * Loading and saving StateBox files through a StateStore with optimistic concurrency: a write
 * passes the SHA that was read; when another writer got there first, re-read, 3-way merge
 * (base = what we read, ours, theirs) and try again, a bounded number of times with jitter.
 * A file that does not parse is never written over: the StateBoxError (path and line) goes up.
 */





const DEFAULT_SAVE_ATTEMPTS = 8;
/** Full jitter: attempt n waits a random time below min(cap, base·2^(n-1)). */
const RETRY_BASE_MS = 100;
const RETRY_CAP_MS = 3_000;
/** Reads and validates a release's StateBox; undefined when there is none. Throws StateBoxError when it does not parse. */
async function loadStateBox(store, release) {
    const path = (0,_core_version__WEBPACK_IMPORTED_MODULE_1__/* .stateBoxPath */ ._S)(release); // validates the release before any path is built
    const file = await store.read(path);
    if (!file)
        return undefined;
    return { box: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseStateBoxText */ .DN)(file.content, path), sha: file.sha, text: file.content, path };
}
function jitterMs(attempt, random) {
    return Math.floor(random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1)));
}
/**
 * Writes `ours` over the version read at `baseSha`. On a conflict: wait a jittered moment,
 * re-read, merge (base, ours, theirs), and write the merge at the new SHA; at most
 * `maxAttempts` writes. Writes nothing when the result equals what the store holds.
 */
async function saveStateBox(store, release, input) {
    const path = (0,_core_version__WEBPACK_IMPORTED_MODULE_1__/* .stateBoxPath */ ._S)(release);
    if (input.ours.release !== release) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Refusing to save the StateBox of ${input.ours.release} as ${path}: it belongs to ${release}.`);
    }
    const maxAttempts = Math.max(1, input.maxAttempts ?? DEFAULT_SAVE_ATTEMPTS);
    const clock = input.clock ?? _ports_clock__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .m;
    const random = input.random ?? Math.random;
    const conflicts = [];
    let base = input.base;
    let sha = input.baseSha;
    let ours = input.ours;
    if (base !== undefined && sha !== undefined && (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeStateBox */ .nG)(ours) === (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeStateBox */ .nG)(base)) {
        return { sha, box: base, attempts: 0, conflicts, written: false };
    }
    for (let attempt = 1;; attempt += 1) {
        try {
            const written = await store.write(path, (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeStateBox */ .nG)(ours), { sha, message: input.message });
            return { sha: written.sha, box: ours, attempts: attempt, conflicts, written: true };
        }
        catch (err) {
            if (!(err instanceof _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConflictError */ .fK))
                throw err;
            if (attempt >= maxAttempts) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConflictError */ .fK(`Gave up saving ${path} to ${store.describe} after ${attempt} attempts: other writers kept changing it (${err.message})`, { cause: err });
            }
        }
        await clock.sleep(jitterMs(attempt, random));
        const theirsFile = await store.read(path);
        if (!theirsFile) {
            if (input.base !== undefined) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConflictError */ .fK(`${path} was deleted from ${store.describe} while we were saving it; not recreating it.`);
            }
            sha = undefined; // we were creating it: try creating again
            continue;
        }
        const theirs = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseStateBoxText */ .DN)(theirsFile.content, path); // a broken file stops us here, untouched
        const merge = (0,_merge__WEBPACK_IMPORTED_MODULE_3__/* .mergeStateBoxes */ .x)(base, ours, theirs);
        conflicts.push(...merge.conflicts);
        if ((0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeStateBox */ .nG)(merge.merged) === (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeStateBox */ .nG)(theirs)) {
            return { sha: theirsFile.sha, box: theirs, attempts: attempt, conflicts, written: false };
        }
        base = theirs;
        sha = theirsFile.sha;
        ours = merge.merged;
    }
}
/** Read-modify-write: loads the StateBox, applies `mutate` (a pure edit) and saves with merge-on-conflict. */
async function updateStateBox(store, release, mutate, message, options = {}) {
    const loaded = await loadStateBox(store, release);
    let base = loaded?.box;
    let start;
    if (loaded) {
        start = loaded.box;
    }
    else if (options.create) {
        start = options.create();
        base = undefined;
    }
    else {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`There is no StateBox for ${release}: ${(0,_core_version__WEBPACK_IMPORTED_MODULE_1__/* .stateBoxPath */ ._S)(release)} does not exist in ${store.describe}.`);
    }
    const ours = mutate(start);
    return saveStateBox(store, release, {
        base,
        baseSha: loaded?.sha,
        ours,
        message,
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.random ? { random: options.random } : {}),
    });
}


/***/ }),

/***/ 8335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ trackingFileSchema),
/* harmony export */   R5: () => (/* binding */ metadataSchema),
/* harmony export */   qA: () => (/* binding */ stateBoxSchema)
/* harmony export */ });
/* unused harmony exports releaseDateSchema, jobSchema, taskSchema, issueSchema, driverSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5649);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3323);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8881);
/* harmony import */ var _release_date__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7324);




// Unknown keys are kept everywhere (z.looseObject): upstream adds fields we do not know.
const timestamp = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected a UTC timestamp such as 2026-01-13T08:30:00Z');
const releaseDateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .refine((s) => (0,_release_date__WEBPACK_IMPORTED_MODULE_3__/* .parseReleaseDate */ .V)(s) !== undefined, 'expected a date such as 2026-Jan-13');
/** Our structured job record: ids never live only in log text. */
const jobSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    triggered_at: timestamp.optional(),
});
const taskSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_core_tasks__WEBPACK_IMPORTED_MODULE_1__/* .TASK_STATUSES */ .Hi),
    started_at: timestamp.nullable().optional(),
    completed_at: timestamp.nullable().optional(),
    result: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
    // Fields the driver adds (upstream ignores them):
    job: jobSchema.optional(),
    deadline: timestamp.optional(),
    decided_by: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
const issueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    issue: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    reported_at: timestamp,
    resolved: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    resolution: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
    blocker: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    related_tasks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    resolved_at: timestamp.nullable().optional(),
});
const metadataSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    jira_ticket: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    advisory_ids: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int()).optional(),
    release_date: releaseDateSchema.optional(),
    candidate_builds: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    shipment_mr: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    qe_owner: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
/** Bookkeeping of the driver itself: notification keys already sent, the Slack thread. */
const driverSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    notified: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    slack_thread: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    owner: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
});
const stateBoxSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    release: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().refine(_core_version__WEBPACK_IMPORTED_MODULE_0__/* .isRelease */ .MU, 'expected a release such as 4.20.1 or 5.0.0-ec.3'),
    created_at: timestamp,
    updated_at: timestamp,
    metadata: metadataSchema,
    tasks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(taskSchema),
    issues: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(issueSchema),
    driver: driverSchema.optional(),
});
/**
 * A y-stream tracking file (`_releases/4.20/4.20.z.yaml`): release → advisories and Jira.
 * Not a StateBox, but it sits beside them, so `krd statebox fmt/check` read it too.
 */
const trackingFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    releases: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        advisories: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int()).optional(),
        release_jira: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })),
});


/***/ }),

/***/ 2953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ withUnsent),
/* harmony export */   TA: () => (/* binding */ unowned),
/* harmony export */   jd: () => (/* binding */ unsentOf),
/* harmony export */   wt: () => (/* binding */ isUnsent)
/* harmony export */ });
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isUnsent(v) {
    return isObj(v) && typeof v.key === 'string' && typeof v.text === 'string' && typeof v.kind === 'string';
}
/** The well-formed entries of `driver.unsent` (anything else there is ignored). */
function unsentOf(box) {
    const list = box?.driver?.['unsent'];
    return Array.isArray(list) ? list.filter(isUnsent) : [];
}
/** The box with `driver.unsent` set to `list` (removed when empty; an emptied driver section goes too). */
function withUnsent(box, list) {
    // Spreading keeps `unsent` where it was, so an unchanged outbox serializes the same.
    if (list.length)
        return { ...box, driver: { ...box.driver, unsent: [...list] } };
    if (box.driver === undefined || !('unsent' in box.driver))
        return box;
    const { unsent: _old, ...driver } = box.driver;
    if (Object.keys(driver).length)
        return { ...box, driver };
    const { driver: _gone, ...rest } = box;
    return rest;
}
/** The entry without an owner: waiting for a run to claim and send it. */
function unowned(entry) {
    const { run: _run, at: _at, ...rest } = entry;
    return rest;
}


/***/ }),

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ parseStateBoxText),
/* harmony export */   ER: () => (/* binding */ parseReleaseFileText),
/* harmony export */   _8: () => (/* binding */ serializeReleaseFile),
/* harmony export */   cn: () => (/* binding */ fieldPath),
/* harmony export */   k_: () => (/* binding */ serializeYaml),
/* harmony export */   lr: () => (/* binding */ StateBoxError),
/* harmony export */   nG: () => (/* binding */ serializeStateBox)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _schema__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8335);



/** A StateBox (or tracking) file that cannot be read: names the file and the line or the field. */
class StateBoxError extends _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
    path;
    line;
    col;
    /** Dotted path of the bad field, e.g. `tasks[3].status` (schema errors only). */
    field;
    /** Every problem found, one sentence each (the message holds the first). */
    problems;
    constructor(message, opts) {
        super(message);
        this.path = opts.path;
        if (opts.line !== undefined)
            this.line = opts.line;
        if (opts.col !== undefined)
            this.col = opts.col;
        if (opts.field !== undefined)
            this.field = opts.field;
        this.problems = opts.problems ?? [message];
    }
}
/** Parses YAML text (YAML 1.2 core schema, so `2026-06-25T08:30:43Z` stays a string). */
function loadYaml(text, path) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((e) => {
            const { line, col } = lines.linePos(e.pos[0]);
            return `${path}:${line}:${col}: ${firstLine(e.message)} (not valid YAML).`;
        });
        const first = lines.linePos(doc.errors[0].pos[0]);
        throw new StateBoxError(problems[0], { path, line: first.line, col: first.col, problems });
    }
    try {
        return { data: doc.toJS({ maxAliasCount: 100 }), doc, lines };
    }
    catch (err) {
        // Unresolved aliases and alias bombs surface here, after parsing.
        const message = `${path}: ${firstLine(err instanceof Error ? err.message : String(err))} (not valid YAML).`;
        throw new StateBoxError(message, { path });
    }
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
/** `['tasks', 3, 'status']` → `tasks[3].status`. */
function fieldPath(path) {
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}
function valueAt(data, path) {
    let cur = data;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    const shown = JSON.stringify(value) ?? String(value);
    return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}
function issueText(issue, data) {
    const value = valueAt(data, issue.path);
    if (value === undefined)
        return 'is required';
    switch (issue.code) {
        case 'invalid_type':
            return `expected ${issue.expected}, got ${describe(value)}`;
        case 'invalid_value':
            return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`;
        case 'too_small':
            return typeof value === 'string' && issue.minimum === 1 ? 'must not be empty' : `${issue.message}, got ${describe(value)}`;
        default:
            return `${issue.message.replace(/^Invalid input: /, '')}, got ${describe(value)}`;
    }
}
/** The line of the YAML node at a data path, when the document has one. */
function lineOf(loaded, path) {
    // Stop before the root: "line 1" for a missing top-level field would only confuse.
    for (let n = path.length; n >= 1; n--) {
        const node = loaded.doc.getIn(path.slice(0, n), true);
        const start = node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
        if (start !== undefined)
            return loaded.lines.linePos(start).line;
    }
    return undefined;
}
function validate(schema, loaded, path, what) {
    const { data } = loaded;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new StateBoxError(`${path}: expected a YAML mapping (${what}), got ${data === null || data === undefined ? 'an empty document' : describe(data)}.`, { path });
    }
    const result = schema.safeParse(data);
    if (result.success) {
        // Return the data as read: validated, with key order and unknown fields exactly as in the file.
        return data;
    }
    const found = result.error.issues.map((issue) => {
        const field = fieldPath(issue.path) || '(top level)';
        const line = lineOf(loaded, issue.path);
        return { field, line, text: `${path}: ${field}: ${issueText(issue, data)}${line !== undefined ? ` (line ${line})` : ''}.` };
    });
    const first = found[0];
    return failWith(first.text, {
        path,
        field: first.field,
        ...(first.line !== undefined ? { line: first.line } : {}),
        problems: found.map((f) => f.text),
    });
}
function failWith(message, opts) {
    throw new StateBoxError(message, opts);
}
/** Parses and validates a StateBox; throws StateBoxError naming the path and the line or field. */
function parseStateBoxText(text, path) {
    return validate(_schema__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxSchema */ .qA, loadYaml(text, path), path, 'a StateBox');
}
/** True for a y-stream tracking file (`releases:` map, no StateBox fields). */
function looksLikeTracking(data) {
    return (data !== null &&
        typeof data === 'object' &&
        !Array.isArray(data) &&
        'releases' in data &&
        !('schema_version' in data) &&
        !('tasks' in data));
}
/** Reads either a StateBox or a y-stream tracking file (they live side by side). */
function parseReleaseFileText(text, path) {
    const loaded = loadYaml(text, path);
    if (looksLikeTracking(loaded.data)) {
        return { kind: 'tracking', data: validate(_schema__WEBPACK_IMPORTED_MODULE_2__/* .trackingFileSchema */ .QZ, loaded, path, 'a y-stream tracking file') };
    }
    return { kind: 'statebox', box: validate(_schema__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxSchema */ .qA, loaded, path, 'a StateBox') };
}
// ---------------------------------------------------------------------------------------------
// Writing
// Key order upstream (PyYAML with sort_keys=False) writes; unknown keys follow in their own order.
const TOP_ORDER = ['schema_version', 'release', 'created_at', 'updated_at', 'metadata', 'tasks', 'issues', 'driver'];
const METADATA_ORDER = ['jira_ticket', 'advisory_ids', 'release_date', 'candidate_builds', 'shipment_mr', 'qe_owner'];
const TASK_ORDER = ['name', 'status', 'started_at', 'completed_at', 'result', 'job', 'deadline', 'decided_by'];
const ISSUE_ORDER = ['issue', 'reported_at', 'resolved', 'resolution', 'blocker', 'related_tasks', 'resolved_at'];
function ordered(obj, order) {
    const out = {};
    for (const key of order)
        if (key in obj)
            out[key] = obj[key];
    for (const [key, value] of Object.entries(obj))
        if (!(key in out))
            out[key] = value;
    return out;
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function canonicalStateBox(box) {
    const top = ordered(box, TOP_ORDER);
    if (isPlainObject(top.metadata))
        top.metadata = ordered(top.metadata, METADATA_ORDER);
    if (Array.isArray(top.tasks))
        top.tasks = top.tasks.map((t) => (isPlainObject(t) ? ordered(t, TASK_ORDER) : t));
    if (Array.isArray(top.issues))
        top.issues = top.issues.map((i) => (isPlainObject(i) ? ordered(i, ISSUE_ORDER) : i));
    return top;
}
// A string that some YAML loader would read as something else must be quoted. Upstream's
// readers use YAML 1.1 (PyYAML: timestamps, yes/no, 0777, 1_000, 1:20); ours use 1.2 core
// (0o17). Quote for both so every loader gets the same string back.
const PLAIN_TESTS = [new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .Sj({ schema: 'core' }), new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Schema */ .Sj({ schema: 'yaml-1.1' })].flatMap((schema) => schema.tags.flatMap((tag) => {
    const scalar = tag;
    return scalar.default && scalar.tag !== 'tag:yaml.org,2002:str' && scalar.test ? [scalar.test] : [];
}));
const YAML11_SPECIAL = new Set(['=', '<<']);
function readsAsNonString(text) {
    return YAML11_SPECIAL.has(text) || PLAIN_TESTS.some((re) => re.test(text));
}
/**
 * Serializes plain data the way upstream's PyYAML dump looks: 2-space indent, list items level
 * with their key, `null`, single quotes, multi-line text as `|-` block scalars, folded at 80.
 * Lossless: the text loads (YAML 1.1 or 1.2) to data deep-equal to the input.
 */
function serializeYaml(data) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo(data, { schema: 'core', aliasDuplicateObjects: false });
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_key, node) {
            if (typeof node.value === 'string' && !node.value.includes('\n') && readsAsNonString(node.value)) {
                node.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
            }
        },
    });
    return doc.toString({
        indent: 2,
        indentSeq: false,
        lineWidth: 80,
        minContentWidth: 20,
        singleQuote: true,
        blockQuote: 'literal',
        nullStr: 'null',
        trueStr: 'true',
        falseStr: 'false',
        flowCollectionPadding: false,
    });
}
/** Our serialization of a StateBox: known keys in upstream's order, everything else kept. */
function serializeStateBox(box) {
    return serializeYaml(canonicalStateBox(box));
}
/** Serializes whichever kind of release file was read. */
function serializeReleaseFile(file) {
    return file.kind === 'statebox' ? serializeStateBox(file.box) : serializeYaml(file.data);
}


/***/ })

};
