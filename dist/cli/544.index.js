export const id = 544;
export const ids = [544];
export const modules = {

/***/ 67691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ withDriverEntry),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   ps: () => (/* binding */ driverEntry)
/* harmony export */ });
/** A mapping (not null, not an array): what YAML gives for a map. */
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** `driver[key]` as the file holds it (unchecked). */
function driverEntry(box, key) {
    return box?.driver?.[key];
}
/**
 * The box with `driver[key]` set to `value` (in its place, so an unchanged entry serializes the
 * same), or removed when `value` is undefined; a `driver` section left empty goes too. The box
 * itself when there is nothing to remove.
 */
function withDriverEntry(box, key, value) {
    if (value !== undefined)
        return { ...box, driver: { ...box.driver, [key]: value } };
    const driver = box.driver;
    if (!driver || !(key in driver))
        return box;
    const { [key]: _gone, ...rest } = driver;
    if (Object.keys(rest).length)
        return { ...box, driver: rest };
    const { driver: _empty, ...noDriver } = box;
    return noDriver;
}


/***/ }),

/***/ 44146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ trackingFileSchema),
/* harmony export */   R5: () => (/* binding */ metadataSchema),
/* harmony export */   kw: () => (/* binding */ insertTaskInFlowOrder),
/* harmony export */   qA: () => (/* binding */ stateBoxSchema)
/* harmony export */ });
/* unused harmony exports releaseDateSchema, jobSchema, taskSchema, issueSchema, driverSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41514);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83323);
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58881);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22334);
/* harmony import */ var _release_date__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90387);
/**
 * The StateBox model: its types and the zod schema that checks a file's data. The rules in
 * src/core read it; src/statebox reads and writes the file (YAML, merge, edits) into it.
 */





// Unknown keys are kept everywhere (z.looseObject): upstream adds fields we do not know.
// Any RFC 3339 timestamp validates and is kept as written (real files hold Python's
// isoformat() `2025-11-27T17:00:56.350495+00:00` beside `2025-11-28T06:19:44Z`). The message
// names the form we write.
const timestamp = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine(_time__WEBPACK_IMPORTED_MODULE_2__/* .isTimestamp */ .Fx, 'expected a UTC timestamp such as 2026-01-13T08:30:00Z');
const releaseDateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .refine((s) => (0,_release_date__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseDate */ .V)(s) !== undefined, 'expected a date such as 2026-Jan-13');
/** Our structured job record: ids never live only in log text. */
const jobSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    triggered_at: timestamp.optional(),
});
const taskSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_tasks__WEBPACK_IMPORTED_MODULE_1__/* .TASK_STATUSES */ .Hi),
    started_at: timestamp.nullable().optional(),
    completed_at: timestamp.nullable().optional(),
    result: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable().optional(),
    // Fields the driver adds (upstream ignores them):
    job: jobSchema.optional(),
    deadline: timestamp.optional(),
    decided_by: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    /** A gate that waits for a person's accept or reject (advisory mode, no analyzer). */
    awaits_decision: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    /** The analyzer's recommendation, recorded once in advisory mode. */
    analyzer_advice: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['ACCEPT', 'REJECT']).optional(),
    /** The job upstream asked to re-trigger (an aborted Prow job): re-triggered once, never again. */
    retriggered_from: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    /** Which start of the task this is: 1, then one more after each retry. */
    attempt: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive().optional(),
});
const issueSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    issue: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    reported_at: timestamp,
    resolved: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    resolution: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable().optional(),
    blocker: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    related_tasks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    resolved_at: timestamp.nullable().optional(),
});
const metadataSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    jira_ticket: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    advisory_ids: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int()).optional(),
    release_date: releaseDateSchema.optional(),
    candidate_builds: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    shipment_mr: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    qe_owner: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable().optional(), // null in real files before take-ownership
});
/** Bookkeeping of the driver itself: notification keys already sent, the Slack thread. */
const driverSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    notified: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).optional(),
    slack_thread: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    owner: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
});
const stateBoxSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    release: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine(_version__WEBPACK_IMPORTED_MODULE_0__/* .isRelease */ .MU, 'expected a release such as 4.20.1 or 5.0.0-ec.3'),
    created_at: timestamp,
    updated_at: timestamp,
    metadata: metadataSchema,
    tasks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(taskSchema),
    issues: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(issueSchema),
    driver: driverSchema.optional(),
});
/**
 * A y-stream tracking file (`_releases/4.20/4.20.z.yaml`): release → advisories and Jira.
 * Not a StateBox, but it sits beside them, so `krd statebox fmt/check` read it too.
 */
const trackingFileSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    releases: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
        advisories: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int()).optional(),
        release_jira: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    })),
});
function flowIndex(name) {
    return _tasks__WEBPACK_IMPORTED_MODULE_1__/* .FLOW_TASKS */ .K6.indexOf(name);
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


/***/ }),

/***/ 90387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseReleaseDate),
/* harmony export */   n: () => (/* binding */ formatReleaseDate)
/* harmony export */ });
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

/***/ 58881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ tasksWaitingOn),
/* harmony export */   Ej: () => (/* binding */ isAllowedTransition),
/* harmony export */   Hi: () => (/* binding */ TASK_STATUSES),
/* harmony export */   K6: () => (/* binding */ FLOW_TASKS),
/* harmony export */   QS: () => (/* binding */ isAsyncTask),
/* harmony export */   Tx: () => (/* binding */ statusRank),
/* harmony export */   Zy: () => (/* binding */ tasksAfter),
/* harmony export */   m5: () => (/* binding */ tasksBefore),
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
/**
 * The flow in one table: each task's kind, display name, the tasks before it and what outside
 * it waits on. The sequential chain ends at check-rhcos-security-alerts, which a release
 * without a shipment MR skips (it then counts as done): nothing after the chain starts before
 * it, only analyze-candidate-build runs from the start.
 */
const TASK_INFO = {
    'create-test-report': { kind: 'sync', display: 'Create Test Report', expectedMinutes: 5, after: [], waitsOn: [] },
    'take-ownership': { kind: 'sync', display: 'Take Ownership', expectedMinutes: 1, after: ['create-test-report'], waitsOn: [] },
    'check-cve-tracker-bug': { kind: 'sync', display: 'Check CVE Tracker Bug', expectedMinutes: 1, after: ['take-ownership'], waitsOn: [] },
    'check-rhcos-security-alerts': {
        kind: 'sync',
        display: 'Check RHCOS Security Alerts',
        expectedMinutes: 1,
        after: ['check-cve-tracker-bug'],
        waitsOn: [],
    },
    'push-to-cdn-staging': { kind: 'async', display: 'Push to CDN Staging', expectedMinutes: 60, after: ['check-rhcos-security-alerts'], waitsOn: [] },
    'analyze-candidate-build': { kind: 'parallel', display: 'Analyze Candidate Build', expectedMinutes: 30, after: [], waitsOn: ['test-results'] },
    'image-consistency-check': {
        kind: 'async',
        display: 'Image Consistency Check',
        expectedMinutes: 180,
        after: ['check-rhcos-security-alerts'],
        waitsOn: ['promotion', 'stage-release'],
    },
    'stage-testing': {
        kind: 'async',
        display: 'Stage Testing',
        expectedMinutes: 360,
        after: ['push-to-cdn-staging'],
        waitsOn: ['promotion', 'stage-release'],
    },
    'analyze-promoted-build': {
        kind: 'gate',
        display: 'Analyze Promoted Build',
        expectedMinutes: 30,
        after: ['check-rhcos-security-alerts'],
        waitsOn: ['promotion', 'test-results'],
    },
    'image-signed-check': {
        kind: 'sync',
        display: 'Image Signed Check',
        expectedMinutes: 5,
        after: ['analyze-promoted-build', 'push-to-cdn-staging', 'image-consistency-check', 'stage-testing'],
        waitsOn: [],
    },
    'change-advisory-status': {
        kind: 'sync+wait',
        display: 'Change Advisory Status',
        expectedMinutes: 2 * 24 * 60,
        after: ['image-signed-check'],
        waitsOn: ['release-date'],
    },
};
/** Every task before `task` in the graph, transitively, in flow order. */
function tasksBefore(task) {
    return [...BEFORE[task]];
}
/** Every task after `task` in the graph (that needs it done first), transitively, in flow order. */
function tasksAfter(task) {
    return [...AFTER[task]];
}
function closureBefore(task) {
    const found = new Set();
    const visit = (t) => {
        for (const p of TASK_INFO[t].after) {
            if (!found.has(p)) {
                found.add(p);
                visit(p);
            }
        }
    };
    visit(task);
    return FLOW_TASKS.filter((t) => found.has(t));
}
// The graph is fixed: its closures are computed once (decide() asks for them on every task).
const BEFORE = {};
for (const t of FLOW_TASKS)
    BEFORE[t] = closureBefore(t);
const AFTER = {};
for (const t of FLOW_TASKS)
    AFTER[t] = FLOW_TASKS.filter((u) => BEFORE[u].includes(t));
/** Tasks that wait on an outside condition (the simulator, the graph and the status view read this). */
function tasksWaitingOn(condition) {
    return FLOW_TASKS.filter((t) => TASK_INFO[t].waitsOn.includes(condition));
}
const ASYNC_TASKS = ['push-to-cdn-staging', 'image-consistency-check', 'stage-testing'];
function isAsyncTask(task) {
    return ASYNC_TASKS.includes(task);
}
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

/***/ 22334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   Fx: () => (/* binding */ isTimestamp),
/* harmony export */   nE: () => (/* binding */ isoSeconds)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * A UTC timestamp as we write it into StateBox files: `2026-06-25T08:30:43Z` (seconds, no
 * millis), the form upstream's `get_current_timestamp()` writes (oar/core/util.py).
 */
function isoSeconds(date) {
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot write ${String(date)} as a timestamp: it is not a valid date.`);
    }
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
// RFC 3339 date-time (section 5.6; its letters are case-insensitive). Real StateBoxes hold
// both `2025-11-28T06:19:44Z` and Python's isoformat() `2025-11-27T17:00:56.350495+00:00`.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (year, month) => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]);
/**
 * Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any fraction; digits past
 * the millisecond are dropped), or undefined when it is not one. Checks every field's range,
 * where Date.parse would take 2025-02-30 or 24:00 (seconds 60 is refused: no file holds one).
 */
function parseTimestamp(text) {
    if (typeof text !== 'string')
        return undefined;
    const m = RFC3339.exec(text);
    if (!m)
        return undefined;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59)
        return undefined;
    const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
    const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59)
        return undefined;
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, Number((m[7] ?? '').padEnd(3, '0').slice(0, 3))));
    date.setUTCFullYear(year); // Date.UTC would read years 0–99 as 1900–1999
    const sign = m[9] === '-' ? -1 : 1;
    return date.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}
/** True for a timestamp a StateBox may hold (RFC 3339); see parseTimestamp. */
function isTimestamp(text) {
    return typeof text === 'string' && parseTimestamp(text) !== undefined;
}


/***/ }),

/***/ 83323:
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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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

/***/ 32544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lr: () => (/* binding */ StateBoxError),
  cn: () => (/* binding */ fieldPath),
  ER: () => (/* binding */ parseReleaseFileText),
  DN: () => (/* binding */ parseStateBoxText),
  _8: () => (/* binding */ serializeReleaseFile),
  nG: () => (/* binding */ serializeStateBox),
  k_: () => (/* binding */ serializeYaml)
});

// UNUSED EXPORTS: releaseNamedByPath

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/core/driver-section.ts
var driver_section = __webpack_require__(67691);
;// CONCATENATED MODULE: ./src/statebox/plain-data.ts
/**
 * YAML a StateBox may not hold because a rewrite would not give it back as written: explicit
 * tags beyond the JSON-like core ones (`!!binary` loads as a Buffer, `!!set` as a Set, a local
 * `!tag` is dropped), keys that are not text (`1:` and `4.20:` come back as '1' and '4.2'), a
 * `__proto__` key (not a safe JavaScript property name) and the YAML 1.1 merge key `<<`, which
 * upstream's PyYAML merges and our YAML 1.2 reader keeps as a key. Such a file is refused with a
 * sentence naming the line, never changed silently. Keys such as `constructor` are plain data
 * and are kept (the code handling maps reads own properties only).
 */

const CORE = 'tag:yaml.org,2002:';
/** Tags that only say what the value already is: the data loads and writes back the same. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => CORE + t));
function shownTag(tag) {
    return tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag;
}
function shownKey(value) {
    if (value === null)
        return 'null';
    const text = typeof value === 'string' ? value : String(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/** Every construct that would not survive a rewrite, in document order. */
function nonPlainDataProblems(doc, lines, path) {
    const problems = [];
    const report = (node, what) => {
        const start = node?.range?.[0];
        if (start === undefined) {
            problems.push({ message: `${path}: ${what}` });
            return;
        }
        const { line, col } = lines.linePos(start);
        problems.push({ message: `${path}:${line}:${col}: ${what}`, at: { line, col } });
    };
    (0,dist/* visit */.YR)(doc, {
        Node(_key, node) {
            const tag = 'tag' in node ? node.tag : undefined;
            if (typeof tag === 'string' && !PLAIN_TAGS.has(tag)) {
                report(node, `the YAML tag ${shownTag(tag)} is not allowed in a StateBox: it holds plain data only (text, numbers, true/false, null, lists and mappings), and a rewrite would not keep the tag.`);
            }
        },
        Pair(_key, pair) {
            const key = pair.key;
            if (!(0,dist/* isScalar */.jn)(key)) {
                report(key, 'a key must be text, not a list, a mapping or an alias.');
            }
            else if (typeof key.value !== 'string') {
                const kind = key.value === null ? 'null' : `a ${typeof key.value}`;
                report(key, `the key ${shownKey(key.source ?? key.value)} is read as ${kind}, not text; quote it so every reader sees the same key.`);
            }
            else if (key.value === '__proto__') {
                report(key, 'a key named __proto__ is not allowed in a StateBox (JavaScript cannot hold it as plain data).');
            }
            else if (key.value === '<<' && key.type === 'PLAIN') {
                report(key, "<< is a YAML 1.1 merge key, which upstream's reader merges and ours does not; write the merged keys out.");
            }
        },
    });
    return problems;
}

// EXTERNAL MODULE: ./src/core/model.ts
var model = __webpack_require__(44146);
;// CONCATENATED MODULE: ./src/statebox/yaml.ts






/** A StateBox (or tracking) file that cannot be read: names the file and the line or the field. */
class StateBoxError extends errors/* InputError */.dz {
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
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const problems = doc.errors.map((e) => {
            const { line, col } = lines.linePos(e.pos[0]);
            return `${path}:${line}:${col}: ${firstLine(e.message)} (not valid YAML).`;
        });
        const first = lines.linePos(doc.errors[0].pos[0]);
        throw new StateBoxError(problems[0], { path, line: first.line, col: first.col, problems });
    }
    // Refused, not rewritten: tags, non-text keys, __proto__ and << would not survive our write.
    const notPlain = nonPlainDataProblems(doc, lines, path);
    const first = notPlain[0];
    if (first) {
        const problems = notPlain.map((p) => p.message);
        throw new StateBoxError(first.message, { path, ...first.at, problems });
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
// `_releases/{y}/statebox/{release}.yaml`, alone or after a store's name (`dir /x: _releases/…`).
const STATEBOX_PATH_RE = /(?:^|[\\/\s])_releases[\\/][^\\/]+[\\/]statebox[\\/]([^\\/]+)\.yaml$/;
/** The release a standard StateBox path names (its file name), or undefined for any other path. */
function releaseNamedByPath(path) {
    const stem = STATEBOX_PATH_RE.exec(path)?.[1];
    return stem !== undefined && (0,version/* isRelease */.MU)(stem) ? stem : undefined;
}
function validateStateBox(loaded, path, release) {
    const box = validate(model/* stateBoxSchema */.qA, loaded, path, 'a StateBox');
    // A file copied forward from another release would drive the wrong advisories: refuse it.
    if (release !== undefined && box.release !== release) {
        const line = lineOf(loaded, ['release']);
        return failWith(`${path}: release: the file says ${box.release}, but it is the StateBox of ${release}; a file copied from another release is not read${line !== undefined ? ` (line ${line})` : ''}.`, {
            path,
            field: 'release',
            ...(line !== undefined ? { line } : {}),
        });
    }
    return box;
}
/**
 * Parses and validates a StateBox; throws StateBoxError naming the path and the line or field.
 * `release` (by default the one a standard path names) must be the file's own `release:`.
 */
function parseStateBoxText(text, path, release = releaseNamedByPath(path)) {
    // A run (and the simulator, every tick) reads the same text again and again: parse it once.
    const key = `${release ?? ''}\0${text}`;
    const known = PARSED.get(key);
    if (known)
        return structuredClone(known);
    const box = validateStateBox(loadYaml(text, path), path, release);
    if (PARSED.size >= PARSED_MAX)
        PARSED.delete(PARSED.keys().next().value);
    PARSED.set(key, box);
    return structuredClone(box);
}
/** StateBoxes parsed lately, by release and text (a valid text only: a refusal names its path, so it is made again). */
const PARSED = new Map();
const PARSED_MAX = 200;
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
        return { kind: 'tracking', data: validate(model/* trackingFileSchema */.QZ, loaded, path, 'a y-stream tracking file') };
    }
    return { kind: 'statebox', box: validateStateBox(loaded, path, releaseNamedByPath(path)) };
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
    // Own keys only: `constructor` or `toString` in a file are data, not Object.prototype's.
    for (const key of order)
        if (Object.hasOwn(obj, key))
            out[key] = obj[key];
    for (const [key, value] of Object.entries(obj))
        if (!Object.hasOwn(out, key))
            out[key] = value;
    return out;
}
function canonicalStateBox(box) {
    const top = ordered(box, TOP_ORDER);
    if ((0,driver_section/* isPlainObject */.Qd)(top.metadata))
        top.metadata = ordered(top.metadata, METADATA_ORDER);
    if (Array.isArray(top.tasks))
        top.tasks = top.tasks.map((t) => ((0,driver_section/* isPlainObject */.Qd)(t) ? ordered(t, TASK_ORDER) : t));
    if (Array.isArray(top.issues))
        top.issues = top.issues.map((i) => ((0,driver_section/* isPlainObject */.Qd)(i) ? ordered(i, ISSUE_ORDER) : i));
    return top;
}
// A string that some YAML loader would read as something else must be quoted. Upstream's
// readers use YAML 1.1 (PyYAML: timestamps, yes/no, 0777, 1_000, 1:20); ours use 1.2 core
// (0o17). Quote for both so every loader gets the same string back.
const PLAIN_TESTS = [new dist/* Schema */.Sj({ schema: 'core' }), new dist/* Schema */.Sj({ schema: 'yaml-1.1' })].flatMap((schema) => schema.tags.flatMap((tag) => {
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
    const doc = new dist/* Document */.yo(data, { schema: 'core', aliasDuplicateObjects: false });
    (0,dist/* visit */.YR)(doc, {
        Scalar(_key, node) {
            if (typeof node.value === 'string' && !node.value.includes('\n') && readsAsNonString(node.value)) {
                node.type = dist/* Scalar */.X5.QUOTE_SINGLE;
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
