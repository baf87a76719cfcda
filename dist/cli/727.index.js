export const id = 727;
export const ids = [727];
export const modules = {

/***/ 8881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ej: () => (/* binding */ isAllowedTransition),
/* harmony export */   Hi: () => (/* binding */ TASK_STATUSES),
/* harmony export */   K6: () => (/* binding */ FLOW_TASKS),
/* harmony export */   QS: () => (/* binding */ isAsyncTask),
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

/***/ 7024:
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
/* harmony import */ var _driver_section__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7024);
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
function canonicalStateBox(box) {
    const top = ordered(box, TOP_ORDER);
    if ((0,_driver_section__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(top.metadata))
        top.metadata = ordered(top.metadata, METADATA_ORDER);
    if (Array.isArray(top.tasks))
        top.tasks = top.tasks.map((t) => ((0,_driver_section__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(t) ? ordered(t, TASK_ORDER) : t));
    if (Array.isArray(top.issues))
        top.issues = top.issues.map((i) => ((0,_driver_section__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(i) ? ordered(i, ISSUE_ORDER) : i));
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
