export const id = 43;
export const ids = [43];
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

/***/ 12693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ simulatedCollaborators),
/* harmony export */   w: () => (/* binding */ routeComments)
/* harmony export */ });
/* harmony import */ var _triggers_commands__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28275);
/* harmony import */ var _triggers_permission__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15058);


const SIM_REPO = { owner: 'openshift', repo: 'release-tests' };
/** The collaborator permission API as the scenario's comments describe each user; `fault` simulates GitHub down. */
function simulatedCollaborators(permissions, fault) {
    return {
        rest: {
            repos: {
                getCollaboratorPermissionLevel: async ({ username }) => {
                    fault(`GET collaborator permission of ${username}`);
                    const permission = permissions.get(username);
                    if (permission === undefined)
                        throw new Error(`HTTP 404: ${username} is not a collaborator`);
                    return { data: { permission, role_name: permission } };
                },
            },
        },
    };
}
const firstLine = (body) => (body.split(/\r?\n/, 1)[0] ?? '').trim().slice(0, 120);
/** Turns the comments of `release` posted in this run's window into commands and notes. */
async function routeComments(release, comments, api) {
    const commands = [];
    const notes = [];
    for (const c of comments) {
        const parsed = (0,_triggers_commands__WEBPACK_IMPORTED_MODULE_0__/* .parseCommand */ .RM)(c.body);
        if (parsed === undefined) {
            notes.push({ release, type: 'decision', detail: `comment by ${c.user} is not a /release: command; ignored` });
            continue;
        }
        const permission = await (0,_triggers_permission__WEBPACK_IMPORTED_MODULE_1__/* .getActorPermission */ .tn)(api, SIM_REPO, c.user);
        if (!(0,_triggers_permission__WEBPACK_IMPORTED_MODULE_1__/* .hasPermission */ ._m)(permission)) {
            notes.push({
                release,
                type: 'decision',
                detail: `ignored "${firstLine(c.body)}" from ${c.user}: ${c.user} has ${permission === 'none' ? 'no' : permission} permission; ${_triggers_permission__WEBPACK_IMPORTED_MODULE_1__/* .REQUIRED_PERMISSION */ .gK} or more is needed`,
            });
            continue;
        }
        if ((0,_triggers_commands__WEBPACK_IMPORTED_MODULE_0__/* .isCommandError */ .ch)(parsed)) {
            notes.push({ release, type: 'error', detail: `comment by ${c.user} not understood: ${parsed.error}` });
            continue;
        }
        commands.push((0,_triggers_commands__WEBPACK_IMPORTED_MODULE_0__/* .withActor */ .o2)(parsed, c.user));
    }
    return { commands, notes };
}


/***/ }),

/***/ 44293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ stableNumber),
/* harmony export */   Zx: () => (/* binding */ stableHex),
/* harmony export */   tm: () => (/* binding */ stableUuid)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Deterministic ids for simulated jobs and threads: the same scenario gives the same ids. */

/** `length` hex digits derived from `seed` (sha256, repeated when more are needed). */
function stableHex(seed, length) {
    let out = '';
    for (let i = 0; out.length < length; i++)
        out += (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${i}:${seed}`).digest('hex');
    return out.slice(0, length);
}
/** A UUID-shaped id (Prow job ids look like this). */
function stableUuid(seed) {
    const h = stableHex(seed, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** A number in [min, min + span) derived from `seed`. */
function stableNumber(seed, min, span) {
    return min + (parseInt(stableHex(seed, 12), 16) % span);
}


/***/ }),

/***/ 10872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ MemoryStore)
/* harmony export */ });
/* harmony import */ var _adapters_store_git_sha__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20829);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * A StateStore in memory, with the same compare-and-swap rules as the GitHub Contents API
 * (git blob SHAs), for simulations that must be fast. A fault hook lets the simulator make
 * the "github" system fail for a while.
 */


class MemoryStore {
    options;
    describe;
    files = new Map();
    /** Commit messages in order, for tests and reports. */
    commits = [];
    constructor(options = {}) {
        this.options = options;
        this.describe = options.describe ?? 'memory store';
    }
    async read(path) {
        this.options.fault?.('read', path);
        return this.files.get(path);
    }
    async write(path, content, options) {
        this.options.fault?.('write', path);
        const current = this.files.get(path);
        if (options.sha === undefined && current) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(`${this.describe}: ${path} already exists; read it and pass its SHA to update it.`);
        }
        if (options.sha !== undefined && current?.sha !== options.sha) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(`${this.describe}: ${path} changed since it was read (SHA ${options.sha.slice(0, 7)} is stale).`);
        }
        const sha = (0,_adapters_store_git_sha__WEBPACK_IMPORTED_MODULE_0__/* .gitBlobSha */ .A)(content);
        this.files.set(path, { path, content, sha });
        this.commits.push({ path, message: options.message, sha });
        this.options.onWrite?.(path, options.message, sha);
        return { sha };
    }
    async list(prefix) {
        this.options.fault?.('list', prefix);
        return [...this.files.keys()].filter((p) => p.startsWith(prefix)).sort();
    }
    /** Every file, for writing a repository out (`krd simulate --out`). No fault applies. */
    snapshot() {
        return [...this.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    }
}


/***/ }),

/***/ 46315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ObservedStore)
/* harmony export */ });
/* harmony import */ var _statebox_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32544);

const STATEBOX_RE = /^_releases\/\d+\.\d+\/statebox\/[^/]+\.yaml$/;
class ObservedStore {
    inner;
    options;
    describe;
    constructor(inner, options) {
        this.inner = inner;
        this.options = options;
        this.describe = inner.describe;
    }
    async read(path) {
        this.options.fault?.(`GET ${path}`);
        return this.inner.read(path);
    }
    async write(path, content, options) {
        this.options.fault?.(`PUT ${path}`);
        const out = await this.inner.write(path, content, options);
        if (STATEBOX_RE.test(path) && this.options.onStateBox)
            this.options.onStateBox((0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseStateBoxText */ .DN)(content, path));
        return out;
    }
    async list(prefix) {
        this.options.fault?.(`GET tree ${prefix}`);
        return this.inner.list(prefix);
    }
}


/***/ }),

/***/ 51001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ taskTable),
/* harmony export */   Ez: () => (/* binding */ checkExpectations),
/* harmony export */   IH: () => (/* binding */ reportRelease),
/* harmony export */   LC: () => (/* binding */ parseExpectations),
/* harmony export */   kq: () => (/* binding */ formatSummary)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41514);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_overall__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53686);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58881);
/* harmony import */ var _statebox_yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32544);
/**
 * The report of a simulation (CONTRACT.md, `krd simulate --json`), its plain-text summary, and
 * the check of a scenario's `*.expect.yaml` (keys: overall, tasks, not_pass, never_started).
 */






/** A release's part of the report, from its final StateBox (undefined: the driver never created one). */
function reportRelease(box) {
    if (!box)
        return { overall: 'In Progress', tasks: {} };
    const tasks = {};
    for (const t of box.tasks) {
        tasks[t.name] = { status: t.status, started_at: t.started_at ?? null, completed_at: t.completed_at ?? null };
    }
    return { overall: (0,_core_overall__WEBPACK_IMPORTED_MODULE_2__/* .overallStatus */ .gX)(box), tasks };
}
// ---------------------------------------------------------------------------------------------
// Plain text
const pad = (s, n) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
/** The task table of one release: flow tasks in flow order, then any others the StateBox holds. */
function taskTable(release, triggers = {}) {
    const names = [..._core_tasks__WEBPACK_IMPORTED_MODULE_3__/* .FLOW_TASKS */ .K6.filter((t) => t in release.tasks || (triggers[t] ?? 0) > 0), ...Object.keys(release.tasks).filter((t) => !_core_tasks__WEBPACK_IMPORTED_MODULE_3__/* .FLOW_TASKS */ .K6.includes(t))];
    const flowMissing = _core_tasks__WEBPACK_IMPORTED_MODULE_3__/* .FLOW_TASKS */ .K6.filter((t) => !names.includes(t));
    const rows = [
        ['task', 'status', 'started', 'completed', 'starts'],
        ...names.map((name) => {
            const t = release.tasks[name];
            return [name, t?.status ?? 'Not Started', short(t?.started_at), short(t?.completed_at), String(triggers[name] ?? 0)];
        }),
        ...flowMissing.map((name) => [name, 'Not Started', '-', '-', '0']),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => pad(cell, widths[i])).join('  ').trimEnd());
}
function short(ts) {
    return ts ? ts.replace('T', ' ').replace(/:\d{2}Z$/, 'Z') : '-';
}
/** What `krd simulate` prints without --json. */
function formatSummary(report) {
    const lines = [`Scenario ${report.scenario}: ${report.runs} run${report.runs === 1 ? '' : 's'}, ${report.events.length} events.`];
    for (const [name, release] of Object.entries(report.releases)) {
        const triggers = report.triggers[name] ?? {};
        const notifies = report.events.filter((e) => e.release === name && e.type === 'notify').length;
        const errors = report.events.filter((e) => e.release === name && e.type === 'error').length;
        lines.push('', `${name}: ${release.overall}  (${notifies} notification${notifies === 1 ? '' : 's'}, ${errors} error event${errors === 1 ? '' : 's'})`);
        lines.push(...taskTable(release, triggers).map((l) => `  ${l}`));
    }
    return `${lines.join('\n')}\n`;
}
// ---------------------------------------------------------------------------------------------
// Expectations
const byRelease = (inner) => zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), inner).default({});
const expectSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    overall: byRelease(zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['Green', 'Red', 'In Progress'])),
    tasks: byRelease(zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['Not Started', 'In Progress', 'Pass', 'Fail']))),
    not_pass: byRelease(zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP())),
    never_started: byRelease(zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP())),
    /** Each task's first start came after every task listed for it had completed. */
    starts_after: byRelease(zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()))),
    /** How many Slack messages of each kind (red, green, gate, task-fail, …) the release got. */
    notifications: byRelease(zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative())),
});
/** Parses an `*.expect.yaml`; errors name the file and the key. */
function parseExpectations(text, source = 'expect file') {
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) ?? {};
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source}: not valid YAML: ${err.message.split('\n')[0]}.`);
    }
    const parsed = expectSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source}: ${(0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .fieldPath */ .cn)(issue.path) || '(top level)'}: ${issue.message}.`);
    }
    return parsed.data;
}
/**
 * What differs between a report and the expectations, one sentence each (empty: all met).
 * `never_started`: the task has no start time, is not In Progress/Pass/Fail and was never triggered.
 */
function checkExpectations(report, expect) {
    const problems = [];
    const release = (name) => {
        const r = report.releases[name];
        if (!r)
            problems.push(`${name}: not in the report (releases: ${Object.keys(report.releases).join(', ') || 'none'})`);
        return r;
    };
    for (const [name, overall] of Object.entries(expect.overall)) {
        const r = release(name);
        if (r && r.overall !== overall)
            problems.push(`${name}: overall is ${r.overall}, expected ${overall}`);
    }
    for (const [name, tasks] of Object.entries(expect.tasks)) {
        const r = release(name);
        if (!r)
            continue;
        for (const [task, status] of Object.entries(tasks)) {
            const actual = r.tasks[task]?.status ?? 'Not Started';
            if (actual !== status)
                problems.push(`${name}: ${task} is ${actual}, expected ${status}`);
        }
    }
    for (const [name, tasks] of Object.entries(expect.not_pass)) {
        const r = release(name);
        if (!r)
            continue;
        for (const task of tasks)
            if (r.tasks[task]?.status === 'Pass')
                problems.push(`${name}: ${task} is Pass, expected anything but Pass`);
    }
    for (const [name, tasks] of Object.entries(expect.never_started)) {
        const r = release(name);
        if (!r)
            continue;
        for (const task of tasks) {
            const t = r.tasks[task];
            const starts = report.triggers[name]?.[task] ?? 0;
            if ((t && (t.status !== 'Not Started' || t.started_at)) || starts > 0) {
                problems.push(`${name}: ${task} started (status ${t?.status ?? 'Not Started'}, ${starts} start call${starts === 1 ? '' : 's'}), expected never started`);
            }
        }
    }
    for (const [name, order] of Object.entries(expect.starts_after)) {
        const r = release(name);
        if (!r)
            continue;
        for (const [task, before] of Object.entries(order)) {
            const first = firstStart(report, name, task);
            if (first === undefined) {
                problems.push(`${name}: ${task} never started, expected it to start after ${before.join(', ')}`);
                continue;
            }
            for (const earlier of before) {
                const done = r.tasks[earlier]?.completed_at;
                if (!done || Date.parse(done) > Date.parse(first)) {
                    problems.push(`${name}: ${task} started at ${first}, before ${earlier} completed (${done ?? 'never'})`);
                }
            }
        }
    }
    for (const [name, kinds] of Object.entries(expect.notifications)) {
        if (!release(name))
            continue;
        for (const [kind, count] of Object.entries(kinds)) {
            const sent = report.events.filter((e) => e.release === name && e.type === 'notify' && e.detail.startsWith(`${kind}:`)).length;
            if (sent !== count)
                problems.push(`${name}: ${sent} ${kind} notification(s), expected ${count}`);
        }
    }
    return problems;
}
/** When a task first started: its first trigger, or its first status event (gates start without one). */
function firstStart(report, release, task) {
    return report.events.find((e) => e.release === release && e.task === task && (e.type === 'trigger' || (e.type === 'status' && e.status !== 'Not Started')))?.at;
}


/***/ }),

/***/ 35109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  df: () => (/* binding */ loadScenario),
  Mo: () => (/* binding */ parseScenario),
  q8: () => (/* binding */ taskOutcome)
});

// UNUSED EXPORTS: CRASH_POINTS, FAULT_KINDS, FAULT_SYSTEMS, PERMISSIONS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/tasks.ts
var tasks = __webpack_require__(58881);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/statebox/yaml.ts + 1 modules
var yaml = __webpack_require__(32544);
;// CONCATENATED MODULE: ./src/sim/duration.ts
/** Scenario durations: `30s`, `15m`, `6h`, `2d` and combinations such as `3d2h` or `1h30m`. */
const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };
const UNITS = ['d', 'h', 'm', 's'];
// Units in falling order, each at most once: `3d2h` yes, `2h3d` and `1h1h` no.
const DURATION_RE = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
/** Milliseconds of a duration, or undefined when the text is not one. */
function parseDuration(text) {
    if (typeof text !== 'string')
        return undefined;
    const m = DURATION_RE.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    let ms = 0;
    UNITS.forEach((unit, i) => {
        const n = m[i + 1];
        if (n !== undefined)
            ms += Number(n) * UNIT_MS[unit];
    });
    return Number.isSafeInteger(ms) ? ms : undefined;
}
/** The shortest duration text for `ms` (whole seconds): 90_000 → `1m30s`, 0 → `0s`. */
function formatDuration(ms) {
    let rest = Math.max(0, Math.round(ms / 1000)) * 1000;
    if (rest === 0)
        return '0s';
    let out = '';
    for (const unit of UNITS) {
        const n = Math.floor(rest / UNIT_MS[unit]);
        if (n > 0)
            out += `${n}${unit}`;
        rest -= n * UNIT_MS[unit];
    }
    return out;
}

// EXTERNAL MODULE: ./src/sim/seed.ts
var seed = __webpack_require__(20346);
;// CONCATENATED MODULE: ./src/sim/scenario.ts
/**
 * The scenario format of CONTRACT.md: a simulated outside world on a clock. Parsed with zod on
 * every load; a bad scenario names the key and says why, e.g.
 * `releases[0].world.promoted_at: "6x" is not a duration such as 15m or 2d`.
 */









/** The systems of CONTRACT.md, then our extensions: GitLab (stage-release), Errata (alerts, prod metadata), the signature mirror. */
const FAULT_SYSTEMS = ['github', 'executor', 'release-controller', 'test-results', 'slack', 'sheets', 'gitlab', 'errata', 'mirror'];
const FAULT_KINDS = ['http-500', 'http-429', 'timeout', 'auth'];
const CRASH_POINTS = ['after-trigger', 'before-commit'];
const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));
function oneOf(values) {
    return schemas/* enum */.k5n(values, { error: (issue) => `${show(issue.input)} is not one of ${values.join(', ')}` });
}
/** A duration after `start` (or a length), in milliseconds. */
const duration = schemas/* unknown */.L5J().transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined) {
        const message = value === undefined ? 'is required: a duration such as 15m or 2d' : `${show(value)} is not a duration such as 15m or 2d`;
        ctx.addIssue({ code: 'custom', message });
        return core/* NEVER */.tm;
    }
    return ms;
});
const positiveDuration = duration.refine((ms) => ms > 0, 'must be longer than 0s');
const scenario_text = (what) => schemas/* string */.YjP({ error: (issue) => `${show(issue.input)} is not ${what}` }).min(1, `${what} must not be empty`);
const startTime = schemas/* unknown */.L5J().transform((value, ctx) => {
    const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : value instanceof Date ? value.getTime() : NaN;
    if (Number.isNaN(ms)) {
        const message = value === undefined ? 'is required: a time such as 2025-11-01T00:00:00Z' : `${show(value)} is not a time such as 2025-11-01T00:00:00Z`;
        ctx.addIssue({ code: 'custom', message });
        return core/* NEVER */.tm;
    }
    return ms;
});
const testResultPlan = schemas/* strictObject */.rej({
    exists_at: duration.optional(),
    aggregated_at: duration.optional(),
    accepted: schemas/* boolean */.zMY({ error: (i) => `${show(i.input)} is not true or false` }).default(true),
    recommendation: oneOf(['ACCEPT', 'REJECT']).optional(),
    reasoning: schemas/* string */.YjP().optional(),
});
const outcome = oneOf(['Pass', 'Fail']);
const taskPlan = schemas/* strictObject */.rej({
    /** Extension: a list gives the outcome of each attempt (after /release:retry); the last repeats. */
    result: schemas/* union */.KCZ([outcome, schemas/* array */.YOg(outcome).min(1)]).default('Pass'),
    duration: duration.default(60_000),
});
const taskPlans = schemas/* record */.g1P(schemas/* string */.YjP(), taskPlan).superRefine((plans, ctx) => {
    for (const name of Object.keys(plans)) {
        if (!tasks/* FLOW_TASKS */.K6.includes(name)) {
            ctx.addIssue({ code: 'custom', path: [name], message: `${show(name)} is not a flow task (${tasks/* FLOW_TASKS */.K6.join(', ')})` });
        }
    }
});
const scenario_alert = schemas/* looseObject */._H3({ name: scenario_text('an alert name'), blocking: schemas/* boolean */.zMY().default(true), text: schemas/* string */.YjP().optional() });
const world = schemas/* strictObject */.rej({
    promoted_at: duration.optional(),
    stage_release_at: duration.optional(),
    prod_metadata_at: duration.optional(),
    /** Extension: the Release Controller phase before promotion (default Ready). */
    phase_before_promotion: schemas/* string */.YjP().default('Ready'),
    /** Extension: whether the mirror signature matches the release digest (default true). */
    signature_matches: schemas/* boolean */.zMY().default(true),
    rhcos_alerts: schemas/* array */.YOg(scenario_alert).default([]),
    test_results: schemas/* strictObject */.rej({ candidate: testResultPlan.optional(), promoted: testResultPlan.optional() }).default({}),
    tasks: taskPlans.default({}),
    /**
     * What ART's build data gives upstream's create-test-report for a release that has no
     * StateBox (upstream's ConfigStore): defaults to a Konflux release due 3 days after the start.
     */
    build_data: schemas/* strictObject */.rej({
        release_date: schemas/* string */.YjP().optional(),
        candidate_build: schemas/* string */.YjP().optional(),
        shipment_mr: schemas/* string */.YjP().nullable().optional(),
    })
        .default({}),
});
const comment = schemas/* strictObject */.rej({
    at: duration,
    user: scenario_text('a user name'),
    permission: oneOf(PERMISSIONS),
    body: schemas/* string */.YjP(),
});
const release = schemas/* strictObject */.rej({
    release: schemas/* unknown */.L5J().transform((value, ctx) => {
        if (!(0,version/* isRelease */.MU)(value)) {
            ctx.addIssue({ code: 'custom', message: `${show(value)} is not a release such as 4.20.1 (quote it if YAML reads it as a number)` });
            return core/* NEVER */.tm;
        }
        return value;
    }),
    statebox: schemas/* looseObject */._H3({}).optional(),
    world: world.default(() => world.parse({})),
    comments: schemas/* array */.YOg(comment).default([]),
});
const fault = schemas/* strictObject */.rej({ system: oneOf(FAULT_SYSTEMS), from: duration, to: duration, kind: oneOf(FAULT_KINDS) })
    .refine((f) => f.to > f.from, { path: ['to'], message: 'must be after from' });
const crash = schemas/* strictObject */.rej({ at: duration, point: oneOf(CRASH_POINTS) });
/** The action inputs a simulation uses; other inputs (tokens, URLs) are accepted and ignored. */
const config = schemas/* looseObject */._H3({
    owner: schemas/* string */.YjP().optional(),
    'ai-decisions': oneOf(['auto', 'advisory']).default('auto'),
    'dry-run': schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* enum */.k5n(['true', 'false'])], { error: (i) => `${show(i.input)} is not true or false` })
        .transform((v) => v === true || v === 'true')
        .default(false),
    /** Runs drive the active releases as a cron run does (default: every scenario release by name, as a dispatch does). */
    cron: schemas/* boolean */.zMY().default(false),
});
const MAX_RUNS = 100_000;
const scenarioSchema = schemas/* strictObject */.rej({
    name: scenario_text('a scenario name'),
    start: startTime,
    every: positiveDuration,
    until: positiveDuration,
    config: config.default(() => config.parse({})),
    releases: schemas/* array */.YOg(release).min(1, 'a scenario needs at least one release'),
    faults: schemas/* array */.YOg(fault).default([]),
    crashes: schemas/* array */.YOg(crash).default([]),
})
    .superRefine((s, ctx) => {
    if (s.until / s.every > MAX_RUNS) {
        ctx.addIssue({ code: 'custom', path: ['until'], message: `gives more than ${MAX_RUNS} runs at every ${s.every / 1000}s; shorten it or run less often` });
    }
    const seen = new Set();
    s.releases.forEach((r, i) => {
        if (seen.has(r.release))
            ctx.addIssue({ code: 'custom', path: ['releases', i, 'release'], message: `${r.release} is listed twice` });
        seen.add(r.release);
        const named = r.statebox?.['release'];
        if (named !== undefined && named !== r.release) {
            ctx.addIssue({ code: 'custom', path: ['releases', i, 'statebox', 'release'], message: `${show(named)} differs from the release ${r.release}` });
        }
    });
});
/** The outcome and duration of attempt `attempt` (1-based) of a task. */
function taskOutcome(world, task, attempt = 1) {
    const plan = world.tasks[task];
    if (!plan)
        return { result: 'Pass', duration: 60_000 };
    const results = Array.isArray(plan.result) ? plan.result : [plan.result];
    return { result: results[Math.min(attempt, results.length) - 1] ?? 'Pass', duration: plan.duration };
}
/** Parses scenario YAML text; errors name `source`, then the line (YAML) or the key (schema). */
function parseScenario(textIn, source = 'scenario') {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(textIn, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const { line, col } = lines.linePos(yamlError.pos[0]);
        throw new errors/* InputError */.dz(`${source}:${line}:${col}: ${yamlError.message.split('\n')[0]} (not valid YAML).`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${source}: ${(0,errors/* errorMessage */.gJ)(err).split('\n')[0]} (not valid YAML).`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new errors/* InputError */.dz(`${source}: a scenario is a mapping with name, start, every, until and releases.`);
    }
    const parsed = scenarioSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = (0,yaml/* fieldPath */.cn)(issue.path) || '(top level)';
        let message = issue.message;
        if (issue.code === 'unrecognized_keys')
            message = `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
        if (issue.code === 'invalid_type' && issue.input === undefined)
            message = 'is required';
        throw new errors/* InputError */.dz(`${source}: ${where}: ${message}.`);
    }
    const s = parsed.data;
    const releases = s.releases.map((r) => ({ ...r, comments: [...r.comments].sort((a, b) => a.at - b.at) }));
    // A starting StateBox must be a valid one; find out now rather than in the middle of a run.
    releases.forEach((r, i) => (0,seed/* initialStateBox */.z)(r, s.start, i, source));
    return { ...s, releases, source };
}
/** Loads a scenario from a file path, or from YAML text when `input` has more than one line. */
function loadScenario(input) {
    if (input.includes('\n'))
        return parseScenario(input, 'scenario');
    let content;
    try {
        content = (0,external_node_fs_.readFileSync)(input, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* InputError */.dz(`Cannot read the scenario ${input}: ${code === 'ENOENT' ? 'no such file' : (0,errors/* errorMessage */.gJ)(err)}.`);
    }
    return parseScenario(content, input);
}


/***/ }),

/***/ 20346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ seedStore),
/* harmony export */   z: () => (/* binding */ initialStateBox)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22334);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83323);
/* harmony import */ var _core_model__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44146);
/* harmony import */ var _statebox_yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32544);
/* harmony import */ var _ids__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44293);
/**
 * What the repository holds when a scenario starts: each release's y-stream tracking file
 * (so the driver can find and create releases as in production) and the StateBox the
 * scenario starts from, if it gives one.
 */






/** The StateBox a scenario release starts from, or undefined when the driver must create it. */
function initialStateBox(r, start, index, source = 'scenario') {
    if (!r.statebox)
        return undefined;
    const at = (0,_core_time__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(start));
    const draft = { schema_version: '1.0', release: r.release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [], ...r.statebox };
    const parsed = _core_model__WEBPACK_IMPORTED_MODULE_3__/* .stateBoxSchema */ .qA.safeParse(draft);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source}: releases[${index}].statebox.${(0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .fieldPath */ .cn)(issue.path)}: ${issue.message}.`);
    }
    return parsed.data;
}
/** The tracking-file entry ART would have added: advisories and the release Jira. */
function trackingEntry(r, box) {
    if (box) {
        return {
            ...(box.metadata.advisory_ids ? { advisories: { ...box.metadata.advisory_ids } } : {}),
            ...(box.metadata.jira_ticket ? { release_jira: box.metadata.jira_ticket } : {}),
        };
    }
    const rpm = (0,_ids__WEBPACK_IMPORTED_MODULE_5__/* .stableNumber */ .Vh)(`advisory:${r.release}`, 150_000, 40_000);
    return { advisories: { rpm, rhcos: rpm + 1 }, release_jira: `ART-${(0,_ids__WEBPACK_IMPORTED_MODULE_5__/* .stableNumber */ .Vh)(`jira:${r.release}`, 10_000, 9_000)}` };
}
/**
 * Writes the tracking files and starting StateBoxes of the scenario into `store`, adding only what
 * it does not hold yet: what the store holds always wins (an existing tracking-file entry, other
 * entries and fields of the file, an existing StateBox), and a file the scenario adds nothing to is
 * never rewritten. So `krd drive --world FILE --store DIR` on a directory that already holds a
 * repository never replaces its advisories or StateBoxes with invented ones. Returns each starting
 * StateBox of the scenario as the store holds it afterwards.
 */
async function seedStore(store, scenario) {
    const boxes = [];
    const byY = new Map();
    for (const [i, r] of scenario.releases.entries()) {
        const box = initialStateBox(r, scenario.start, i, scenario.source);
        if (box)
            boxes.push(box);
        const y = (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .yStream */ .uq)(r.release);
        const releases = byY.get(y) ?? {};
        releases[r.release] = trackingEntry(r, box);
        byY.set(y, releases);
    }
    for (const [y, releases] of byY) {
        await onConflictAgain(async () => {
            const path = (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .trackingFilePath */ .Xx)(y);
            const existing = await store.read(path);
            let file = {};
            let held = {};
            if (existing) {
                const where = `${store.describe}: ${path}`;
                const parsed = (0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseFileText */ .ER)(existing.content, where);
                if (parsed.kind !== 'tracking')
                    throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where} is not a y-stream tracking file (no "releases:" map); the scenario ${scenario.name} leaves it as it is.`);
                file = parsed.data;
                held = parsed.data.releases;
            }
            const added = Object.entries(releases).filter(([release]) => !Object.hasOwn(held, release));
            if (added.length === 0)
                return; // the file already names every release of the scenario: left as it is
            const merged = Object.fromEntries([...Object.entries(held), ...added].sort(([a], [b]) => (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .compareReleases */ .c0)(a, b)));
            const content = (0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeYaml */ .k_)({ ...file, releases: merged });
            await store.write(path, content, { sha: existing?.sha, message: `${y}: add ${added.map(([r]) => r).join(', ')} (scenario ${scenario.name})` });
        });
    }
    const held = [];
    for (const box of boxes) {
        const path = (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(box.release);
        held.push(await onConflictAgain(async () => {
            const existing = await store.read(path);
            // A StateBox already there (a later `krd drive --world` step, a real repository, a racing run) wins.
            if (existing)
                return (0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseStateBoxText */ .DN)(existing.content, `${store.describe}: ${path}`);
            await store.write(path, (0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeStateBox */ .nG)(box), { sha: undefined, message: `${box.release}: StateBox of the scenario ${scenario.name}` });
            return box;
        }));
    }
    return held;
}
/** Runs a read-then-write again when another writer (a racing `krd drive --world`) got there first. */
async function onConflictAgain(step, attempts = 5) {
    for (let i = 1;; i += 1) {
        try {
            return await step();
        }
        catch (err) {
            if (!(err instanceof _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConflictError */ .fK) || i >= attempts)
                throw err;
        }
    }
}


/***/ }),

/***/ 27043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dw: () => (/* binding */ CrashPlan),
  zL: () => (/* binding */ driverConfig),
  Hb: () => (/* binding */ runSimulation)
});

// UNUSED EXPORTS: SimulatedCrash, silentLogger, simulate

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/tasks.ts
var tasks = __webpack_require__(58881);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/driver/drive.ts + 7 modules
var drive = __webpack_require__(65948);
// EXTERNAL MODULE: ./src/driver/types.ts
var types = __webpack_require__(27439);
// EXTERNAL MODULE: ./src/ports/clock.ts
var ports_clock = __webpack_require__(83810);
// EXTERNAL MODULE: ./src/statebox/yaml.ts + 1 modules
var yaml = __webpack_require__(32544);
// EXTERNAL MODULE: ./src/sim/comments.ts
var comments = __webpack_require__(12693);
// EXTERNAL MODULE: ./src/sim/memory-store.ts
var memory_store = __webpack_require__(10872);
// EXTERNAL MODULE: ./src/sim/observed-store.ts
var observed_store = __webpack_require__(46315);
// EXTERNAL MODULE: ./src/sim/report.ts
var sim_report = __webpack_require__(51001);
// EXTERNAL MODULE: ./src/sim/seed.ts
var seed = __webpack_require__(20346);
// EXTERNAL MODULE: ./src/core/overall.ts
var overall = __webpack_require__(53686);
;// CONCATENATED MODULE: ./src/sim/sheets.ts
/**
 * The Google Sheets mirror of a simulation: after each StateBox write the release's row is
 * updated (a `notify` event). A Sheets fault is a warning and never blocks the flow.
 */


class SheetsSink {
    world;
    /** Cells last written per release: task → status, plus the overall status. */
    rows = new Map();
    /** Updates that reached the sheet, for tests. */
    updates = 0;
    constructor(world) {
        this.world = world;
    }
    async mirror(box, say) {
        const row = this.rows.get(box.release) ?? new Map();
        const cells = new Map([['overall', (0,overall/* overallStatus */.gX)(box)], ...box.tasks.map((t) => [t.name, t.status])]);
        const changed = [...cells].filter(([k, v]) => row.get(k) !== v).map(([k, v]) => `${k} ${v}`);
        if (changed.length === 0)
            return;
        try {
            this.world.faults.check('sheets', `update the row of ${box.release}`);
        }
        catch (err) {
            say('error', `sheets mirror not updated (a warning, the flow goes on): ${(0,errors/* errorMessage */.gJ)(err)}`);
            return;
        }
        this.rows.set(box.release, cells);
        this.updates += 1;
        say('notify', `sheets: row of ${box.release} updated: ${changed.join(', ')}`);
    }
}

// EXTERNAL MODULE: ./src/sim/world.ts + 2 modules
var sim_world = __webpack_require__(4868);
;// CONCATENATED MODULE: ./src/sim/simulate.ts
/**
 * Runs a scenario to its end: one production driver run (driveOnce) every `every` on a fake
 * clock, against the simulated world, until all releases are Green or Red with nothing in
 * flight, or `until`. Deterministic: no wall clock, no unseeded randomness.
 */














/** Thrown by a crash hook: the run dies at that point, as the scenario asked. */
class SimulatedCrash extends Error {
    release;
    name = 'SimulatedCrash';
    constructor(message, release) {
        super(message);
        this.release = release;
    }
}
const silentLogger = { info: () => undefined, warning: () => undefined, error: () => undefined, debug: () => undefined };
/** The driver configuration a scenario asks for (`config:` holds the action's input names). */
function driverConfig(scenario) {
    const owner = scenario.config.owner;
    return { ...types/* DEFAULT_DRIVER_CONFIG */.E, ...(owner ? { owner } : {}), aiDecisions: scenario.config['ai-decisions'], dryRun: scenario.config['dry-run'] };
}
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Crashes armed from their time; each fires once, at the first run at or after it that reaches its point. */
class CrashPlan {
    scenario;
    runTime;
    fired = new Set();
    constructor(scenario, runTime) {
        this.scenario = scenario;
        this.runTime = runTime;
    }
    hooks() {
        return {
            afterTrigger: (release, task) => this.maybeCrash('after-trigger', release, `after starting ${task}`),
            beforeCommit: (release) => this.maybeCrash('before-commit', release, 'before committing the StateBox'),
        };
    }
    maybeCrash(point, release, where) {
        const i = this.scenario.crashes.findIndex((c, j) => !this.fired.has(j) && c.point === point && this.runTime() >= this.scenario.start + c.at);
        if (i < 0)
            return;
        this.fired.add(i);
        throw new SimulatedCrash(`the run died ${where} (simulated crash); what it did not write is lost`, release);
    }
}
async function readBox(store, release) {
    const file = await store.read((0,version/* stateBoxPath */._S)(release));
    return file ? (0,yaml/* parseStateBoxText */.DN)(file.content, (0,version/* stateBoxPath */._S)(release)) : undefined;
}
function finished(box) {
    if (!box)
        return false;
    const overall = (0,sim_report/* reportRelease */.IH)(box).overall;
    if (overall === 'In Progress')
        return false;
    return !box.tasks.some((t) => (0,tasks/* isFlowTask */.mS)(t.name) && t.status === 'In Progress');
}
async function runSimulation(scenario, options = {}) {
    const clock = new ports_clock/* FakeClock */.O(scenario.start);
    const world = new sim_world/* SimWorld */.W({ scenario, clock });
    const base = options.store ?? new memory_store/* MemoryStore */.n({ describe: `simulated repository (${scenario.name})` });
    // The world learns what StateBoxes recorded from each run's results (parsing every write again would double the cost).
    const store = new observed_store/* ObservedStore */.S(base, { fault: (what) => world.faults.check('github', what) });
    const seeded = await (0,seed/* seedStore */.P)(base, scenario);
    for (const box of seeded)
        world.observe(box);
    const events = [];
    let run = 0;
    let runStart = scenario.start;
    const crashes = new CrashPlan(scenario, () => runStart);
    const sheets = new SheetsSink(world);
    const permissions = new Map();
    for (const r of scenario.releases)
        for (const c of r.comments)
            permissions.set(c.user, c.permission);
    const collaborators = (0,comments/* simulatedCollaborators */.m)(permissions, (what) => world.faults.check('github', what));
    const deps = world.driverDeps(store, options.log ?? silentLogger, {
        events: (e) => events.push({ ...e, run }),
        hooks: crashes.hooks(),
    });
    const config = driverConfig(scenario);
    const names = scenario.releases.map((r) => r.release);
    const lastComment = Math.max(-1, ...scenario.releases.flatMap((r) => r.comments.map((c) => c.at)));
    const boxes = new Map();
    for (let offset = 0; offset < scenario.until; offset += scenario.every) {
        run += 1;
        runStart = scenario.start + offset;
        clock.set(runStart);
        const firstEvent = events.length;
        const say = (release, type, detail) => {
            events.push({ at: iso(clock.now().getTime()), run, release, type, detail });
        };
        // Comments posted since the previous run reach this one (as the issue_comment trigger would).
        const commands = [];
        for (const r of scenario.releases) {
            const due = r.comments.filter((c) => c.at <= offset && c.at > offset - scenario.every);
            if (due.length === 0)
                continue;
            const routed = await (0,comments/* routeComments */.w)(r.release, due, collaborators);
            for (const note of routed.notes)
                say(note.release, note.type, note.detail);
            commands.push(...routed.commands);
        }
        let results;
        let crashed;
        try {
            // Every run drives the scenario's releases by name (as a dispatch does), or, with `cron: true`,
            // the active releases as a cron run finds them.
            const result = await (0,drive/* driveOnce */.wO)(deps, { ...(scenario.config.cron ? {} : { releases: names }), commands, config, runId: `sim-run-${run}` });
            results = result.releases;
        }
        catch (err) {
            if (!(err instanceof SimulatedCrash))
                throw err;
            crashed = (0,errors/* errorMessage */.gJ)(err);
            say(err.release, 'error', crashed);
        }
        for (const r of results ?? [])
            if (r.wrote)
                await sheets.mirror(r.statebox, (type, detail) => say(r.release, type, detail));
        options.onRun?.({ run, at: iso(runStart), events: events.slice(firstEvent), ...(results ? { results } : {}), ...(crashed ? { crashed } : {}) });
        // What the repository holds now: the run's own view when it wrote or read cleanly, else a fresh read.
        for (const name of names) {
            const r = results?.find((x) => x.release === name && !x.error);
            const box = r ? r.statebox : await readBox(base, name);
            boxes.set(name, box);
            if (box)
                world.observe(box);
        }
        const commentsLeft = lastComment > offset;
        if (!commentsLeft && names.every((n) => finished(boxes.get(n))))
            break;
    }
    for (const name of names)
        boxes.set(name, await readBox(base, name));
    const triggers = {};
    for (const name of names)
        triggers[name] = Object.fromEntries(world.triggers.get(name) ?? new Map());
    const report = {
        scenario: scenario.name,
        runs: run,
        releases: Object.fromEntries(names.map((n) => [n, (0,sim_report/* reportRelease */.IH)(boxes.get(n))])),
        triggers,
        events,
    };
    return { report, boxes, store: base, world };
}
/** Runs a scenario and returns its report (CONTRACT.md). */
async function simulate(scenario, options = {}) {
    return (await runSimulation(scenario, options)).report;
}


/***/ }),

/***/ 4868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ SimWorld)
});

// UNUSED EXPORTS: releaseDigest

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/bo3.ts
var bo3 = __webpack_require__(52191);
// EXTERNAL MODULE: ./src/core/tasks.ts
var tasks = __webpack_require__(58881);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/core/release-date.ts
var release_date = __webpack_require__(90387);
// EXTERNAL MODULE: ./src/statebox/edit.ts
var edit = __webpack_require__(10184);
// EXTERNAL MODULE: ./src/statebox/yaml.ts + 1 modules
var yaml = __webpack_require__(32544);
// EXTERNAL MODULE: ./src/adapters/exec/status-line.ts
var status_line = __webpack_require__(59851);
// EXTERNAL MODULE: ./src/adapters/exec/oar-cli.ts
var oar_cli = __webpack_require__(56185);
;// CONCATENATED MODULE: ./src/sim/faults.ts
/** Faults of outside systems on the simulated clock: each turns into the error a real adapter throws. */

/** How people know each system, and the credential an auth failure points at. */
const SYSTEMS = {
    github: { name: 'GitHub', credential: 'GITHUB_TOKEN' },
    executor: { name: 'the oar executor', credential: 'the job API token (JENKINS_USER/JENKINS_TOKEN)' },
    'release-controller': { name: 'the Release Controller', credential: 'the Release Controller access token' },
    'test-results': { name: 'the record branch (test results)', credential: 'GITHUB_TOKEN' },
    slack: { name: 'Slack', credential: 'SLACK_BOT_TOKEN' },
    sheets: { name: 'Google Sheets', credential: 'the Google service account key (GCP_SA_FILE)' },
    gitlab: { name: 'GitLab', credential: 'GITLAB_TOKEN' },
    errata: { name: 'Errata Tool', credential: 'the Kerberos ticket (kinit)' },
    mirror: { name: 'the signature mirror', credential: 'the mirror access' },
};
/**
 * The error a real adapter would throw for this fault. An auth fault is one of our credentials
 * refused: a setup error, which ends the run without changing any StateBox (no task fails).
 */
function faultError(system, kind, what) {
    const { name, credential } = SYSTEMS[system];
    switch (kind) {
        case 'http-500':
            return new errors/* TransientError */.N_(`${name} answered HTTP 500 to ${what} (simulated fault).`);
        case 'http-429':
            return new errors/* TransientError */.N_(`${name} rate-limited ${what} (HTTP 429, retry after 60s; simulated fault).`, 60_000);
        case 'timeout':
            return new errors/* TransientError */.N_(`${name} did not answer ${what} within 30s (simulated fault).`);
        case 'auth':
            return new errors/* SetupError */.w3(`${name} rejected ${credential} for ${what} (HTTP 401): renew the credential (simulated fault).`);
    }
}
/** The faults of a scenario, checked against the clock on every call to an outside system. */
class FaultSchedule {
    faults;
    clock;
    start;
    /** How many calls each system refused, for reports and tests. */
    refused = new Map();
    constructor(faults, clock, start) {
        this.faults = faults;
        this.clock = clock;
        this.start = start;
    }
    /** The fault active on `system` now, if any (`from` inclusive, `to` exclusive). */
    active(system) {
        const offset = this.clock.now().getTime() - this.start;
        return this.faults.find((f) => f.system === system && offset >= f.from && offset < f.to);
    }
    /** Throws the fault's error when `system` is down now. */
    check(system, what) {
        const fault = this.active(system);
        if (!fault)
            return;
        this.refused.set(system, (this.refused.get(system) ?? 0) + 1);
        throw faultError(system, fault.kind, what);
    }
}

// EXTERNAL MODULE: ./src/sim/ids.ts
var ids = __webpack_require__(44293);
// EXTERNAL MODULE: ./src/adapters/store/git-sha.ts
var git_sha = __webpack_require__(20829);
;// CONCATENATED MODULE: ./src/sim/record.ts
/**
 * The simulated `record` branch: test-result files (`_releases/ocp-test-result-{build}-amd64.json`)
 * that appear, run and aggregate as the world's clock says. The job data is realistic enough
 * that BO3 (src/core/bo3.ts) computes the same verdict the file claims.
 */





/**
 * Where a build's results stand `offset` ms after the scenario start: no file before
 * `exists_at`; jobs running (no `aggregated` field) for the first half of the wait; retries
 * still running (`aggregated: false`) for the second half; aggregated from `aggregated_at`.
 */
function testResultPhase(plan, offset) {
    if (plan?.exists_at === undefined || offset < plan.exists_at)
        return 'missing';
    if (plan.aggregated_at === undefined)
        return 'running';
    const aggregatedAt = Math.max(plan.aggregated_at, plan.exists_at);
    if (offset >= aggregatedAt)
        return 'aggregated';
    return offset < plan.exists_at + (aggregatedAt - plan.exists_at) / 2 ? 'running' : 'aggregating';
}
const PLATFORMS = {
    candidate: ['aws-ipi', 'azure-ipi-fips', 'gcp-ipi', 'aws-ipi-disruptive', 'upgrade-from-stable-{prev}-gcp-ipi'],
    promoted: ['upgrade-from-stable-{prev}-aws-ipi', 'upgrade-from-stable-{y}-azure-ipi-fips', 'upgrade-from-stable-{y}-gcp-ipi'],
};
/** Blocking job names as the y-stream's `ocp-{y}-test-jobs-amd64.json` would list them. */
function blockingJobNames(release, kind) {
    const y = (0,version/* yStream */.uq)(release);
    const [major, minor] = y.split('.').map(Number);
    const prev = `${major}.${Math.max(0, minor - 1)}`;
    const stream = kind === 'promoted' ? `stable-${y}-` : '';
    return PLATFORMS[kind].map((p) => {
        const platform = p.replace('{prev}', prev).replace('{y}', y);
        const body = platform.startsWith('upgrade') && kind === 'candidate' ? `stable-${y}-${platform}` : `${stream}${platform}`;
        return `periodic-ci-openshift-openshift-tests-private-release-${y}-automated-release-${body}-f999`;
    });
}
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
function prowRun(jobName, seed, startMs, state, tookMs) {
    const id = (0,ids/* stableUuid */.tm)(seed);
    const number = BigInt(`0x${(0,ids/* stableHex */.Zx)(`${seed}#n`, 12)}`) % 1000000000n + 1800000000000000000n;
    const run = {
        jobID: id,
        jobURL: `https://qe-private-deck-ci.apps.ci.l2s4.p1.openshiftapps.com/view/gs/qe-private-deck/logs/${jobName}/${number}`,
        jobStartTime: iso(startMs),
    };
    if (state !== 'pending') {
        run.jobState = state;
        run.jobCompletionTime = iso(startMs + tookMs);
    }
    else {
        run.jobState = 'pending';
    }
    return run;
}
/**
 * The file's content in a phase. Accepted builds pass every job (one of them only after BO3
 * retries); rejected ones have a job that failed its first run and then 1 of 2 retries.
 */
function testResultJson(source, phase, startMs) {
    const plan = source.plan;
    const existsMs = startMs + (plan.exists_at ?? 0);
    const names = blockingJobNames(source.release, source.kind);
    const flaky = 1; // the job that needs retries
    const result = names.map((jobName, i) => {
        const seed = `${source.build}/${jobName}`;
        const first = (state) => prowRun(jobName, seed, existsMs + i * 5_000, state, 2 * 3_600_000);
        if (phase === 'running')
            return { jobName, firstJob: first('pending'), retriedJobs: [] };
        const lastPending = phase === 'aggregating' && i === names.length - 1;
        if (i !== flaky)
            return { jobName, firstJob: first(lastPending ? 'pending' : 'success'), retriedJobs: [] };
        const retry = (n, state) => prowRun(jobName, `${seed}#retry${n}`, existsMs + 2 * 3_600_000 + n * 60_000, state, 2 * 3_600_000);
        if (phase === 'aggregating')
            return { jobName, firstJob: first('failure'), retriedJobs: [retry(1, 'pending'), retry(2, 'pending')] };
        const second = plan.accepted ? 'success' : 'failure';
        return { jobName, firstJob: first('failure'), retriedJobs: [retry(1, 'success'), retry(2, second)] };
    });
    const build = {
        name: source.build,
        phase: 'Accepted',
        pullSpec: source.kind === 'promoted'
            ? `quay.io/openshift-release-dev/ocp-release:${source.build}-x86_64`
            : `registry.ci.openshift.org/ocp/release:${source.build}`,
        downloadURL: `https://openshift-release-artifacts.apps.ci.l2s4.p1.openshiftapps.com/${source.build}`,
    };
    if (phase === 'running')
        return { result, build };
    if (phase === 'aggregating')
        return { result, build, aggregated: false, accepted: false };
    return { result, build, aggregated: true, accepted: plan.accepted };
}
/** The record branch as a read-only StateStore whose files follow the clock. */
class SimRecordStore {
    options;
    describe = 'simulated record branch';
    cache = new Map();
    constructor(options) {
        this.options = options;
    }
    /** The phase a build's results are in now. */
    phaseOf(build) {
        return testResultPhase(this.options.resolve(build)?.plan, this.options.clock.now().getTime() - this.options.start);
    }
    async read(path) {
        this.options.fault?.(`read ${path}`);
        const m = /^_releases\/ocp-test-result-(.+)-amd64\.json$/.exec(path);
        const source = m?.[1] ? this.options.resolve(m[1]) : undefined;
        if (!source || (0,bo3/* testResultPath */.lv)(source.build) !== path)
            return undefined;
        const phase = testResultPhase(source.plan, this.options.clock.now().getTime() - this.options.start);
        if (phase === 'missing')
            return undefined;
        const key = `${path}#${phase}`;
        let file = this.cache.get(key);
        if (!file) {
            const content = `${JSON.stringify(testResultJson(source, phase, this.options.start), null, 2)}\n`;
            file = { path, content, sha: (0,git_sha/* gitBlobSha */.A)(content) };
            this.cache.set(key, file);
        }
        return file;
    }
    async write(path, _content, _options) {
        throw new errors/* PermanentError */.Dr(`${this.describe}: ${path} is written by the test aggregator, not by the driver.`);
    }
    async list(prefix) {
        this.options.fault?.(`list ${prefix}`);
        const out = [];
        for (const build of this.options.builds()) {
            const path = (0,bo3/* testResultPath */.lv)(build);
            if (path.startsWith(prefix) && (await this.read(path)))
                out.push(path);
        }
        return out.sort();
    }
}

// EXTERNAL MODULE: ./src/sim/scenario.ts + 1 modules
var scenario = __webpack_require__(35109);
;// CONCATENATED MODULE: ./src/sim/world.ts
/**
 * The simulated outside world behind the same ports the real adapters implement: Release
 * Controller, GitLab stage-release, Errata alerts, prod metadata, the signature mirror, the
 * record branch, the oar executor, the analyzer and Slack. Everything follows one clock and
 * the scenario; nothing here decides the flow (that is the production driver's job).
 */













/** The tasks the shipment MR's stage-release pipeline holds back (the flow table says which). */
const STAGE_RELEASE_TASKS = (0,tasks/* tasksWaitingOn */.Dv)('stage-release');
const SYSTEM = 'The simulated oar CLI';
const world_iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** The digest the Release Controller reports for a release. */
function releaseDigest(release) {
    return `sha256:${(0,ids/* stableHex */.Zx)(`digest:${release}`, 64)}`;
}
class SimWorld {
    scenario;
    clock;
    faults;
    record;
    probes;
    executor;
    analyzer;
    notifier;
    /** Start calls that reached the executor, per release and task. */
    triggers = new Map();
    jobs = [];
    /** Slack messages sent, in order. */
    notifications = [];
    /** Metadata of each release as its StateBox last said (for probes that get only an MR or an id). */
    metadata = new Map();
    /** The repository the driver reads, where create-test-report creates a missing StateBox. */
    repository;
    /** Job ids a StateBox has recorded: findJob no longer offers them as "already started". */
    recordedJobs = new Set();
    /** The driver's dependencies with this world as every outside system. */
    driverDeps(store, log, extra) {
        // The simulated oar writes the StateBox it creates into the same repository, as upstream's does.
        this.repository = store;
        const { record, executor, probes, analyzer, notifier, clock } = this;
        return { store, record, executor, probes, analyzer, notifier, clock, log, ...extra };
    }
    constructor(options) {
        this.scenario = options.scenario;
        this.clock = options.clock;
        this.faults = new FaultSchedule(this.scenario.faults, this.clock, this.scenario.start);
        for (const r of this.scenario.releases) {
            const given = r.statebox?.['metadata'];
            if (given && typeof given === 'object')
                this.metadata.set(r.release, given);
        }
        this.record = new SimRecordStore({
            clock: this.clock,
            start: this.scenario.start,
            resolve: (build) => this.testResultSource(build),
            builds: () => this.knownBuilds(),
            fault: (what) => this.faults.check('test-results', what),
        });
        this.probes = this.makeProbes();
        this.executor = this.makeExecutor();
        this.analyzer = this.makeAnalyzer();
        this.notifier = this.makeNotifier();
    }
    /** Milliseconds since the scenario start. */
    offset() {
        return this.clock.now().getTime() - this.scenario.start;
    }
    reached(ms) {
        return ms !== undefined && this.offset() >= ms;
    }
    releaseOf(name) {
        return this.scenario.releases.find((r) => r.release === name);
    }
    /** Learns what a StateBox says (metadata, recorded jobs); the simulator calls it on every write. */
    observe(box) {
        this.metadata.set(box.release, box.metadata);
        for (const task of box.tasks)
            if (task.job?.id)
                this.recordedJobs.add(`${box.release}/${task.name}/${task.job.id}`);
    }
    triggerCount(release, task) {
        return this.triggers.get(release)?.get(task) ?? 0;
    }
    countTrigger(release, task) {
        const perTask = this.triggers.get(release) ?? new Map();
        this.triggers.set(release, perTask);
        const n = (perTask.get(task) ?? 0) + 1;
        perTask.set(task, n);
        return n;
    }
    releaseByMetadata(match) {
        for (const r of this.scenario.releases) {
            const m = this.metadata.get(r.release);
            if (m && match(m))
                return r;
        }
        return undefined;
    }
    knownBuilds() {
        const candidates = [...this.metadata.values()].flatMap((m) => m.candidate_builds?.['x86_64'] ?? []);
        return [...new Set([...this.scenario.releases.map((r) => r.release), ...candidates])].filter(bo3/* isTestBuild */.rC);
    }
    /** Which scenario release a build's test results belong to: the release itself, or its candidate nightly. */
    testResultSource(build) {
        const promoted = this.releaseOf(build);
        if (promoted)
            return { build, release: build, kind: 'promoted', plan: promoted.world.test_results.promoted };
        if (!(0,bo3/* isTestBuild */.rC)(build))
            return undefined;
        const candidate = this.releaseByMetadata((m) => m.candidate_builds?.['x86_64'] === build) ??
            // A nightly nobody recorded yet: the scenario's only release of that y-stream owns it.
            this.scenario.releases.find((r) => build.startsWith(`${(0,version/* yStream */.uq)(r.release)}.0-0.nightly-`));
        if (!candidate)
            return undefined;
        return { build, release: candidate.release, kind: 'candidate', plan: candidate.world.test_results.candidate };
    }
    // ---------------------------------------------------------------------------------------------
    // Probes
    makeProbes() {
        return {
            promotion: async (release) => {
                this.faults.check('release-controller', `GET release ${release}`);
                const r = this.releaseOf(release);
                if (!r)
                    return undefined;
                const phase = this.reached(r.world.promoted_at) ? 'Accepted' : r.world.phase_before_promotion;
                return { phase, digest: releaseDigest(release) };
            },
            stageReleaseSucceeded: async (shipmentMr) => {
                this.faults.check('gitlab', `GET merge request ${shipmentMr}`);
                const r = this.releaseByMetadata((m) => m.shipment_mr === shipmentMr);
                if (!r)
                    throw new errors/* PermanentError */.Dr(`GitLab has no merge request ${shipmentMr} (HTTP 404).`);
                return this.reached(r.world.stage_release_at);
            },
            rhcosSecurityAlerts: async (rhcosAdvisoryId) => {
                this.faults.check('errata', `GET security alerts of advisory ${rhcosAdvisoryId}`);
                const r = this.releaseByMetadata((m) => m.advisory_ids?.['rhcos'] === rhcosAdvisoryId);
                if (!r)
                    throw new errors/* PermanentError */.Dr(`Errata Tool has no advisory ${rhcosAdvisoryId} (HTTP 404).`);
                return r.world.rhcos_alerts.map((a) => ({ ...a, name: a.name, blocking: a.blocking }));
            },
            prodMetadataAccessible: async (release) => {
                this.faults.check('errata', `GET prod advisory metadata of ${release}`);
                return this.reached(this.releaseOf(release)?.world.prod_metadata_at);
            },
            signatureMatches: async (digest) => {
                this.faults.check('mirror', `GET signature of ${digest}`);
                const r = this.scenario.releases.find((x) => releaseDigest(x.release) === digest);
                return r ? r.world.signature_matches : false;
            },
        };
    }
    // ---------------------------------------------------------------------------------------------
    // Executor: answers as the oar CLI prints, read by the same status-line parser as production.
    makeExecutor() {
        return {
            start: (task, ctx) => this.start(task, ctx),
            poll: (task, ctx) => this.poll(task, ctx),
            findJob: async (task, ctx) => {
                this.faults.check('executor', `look up ${task} jobs of ${ctx.release}`);
                // A job is "already started" when no StateBox has recorded it yet and it is not from before a retry.
                const notBefore = ctx.notBefore ? Date.parse(ctx.notBefore) : Number.NEGATIVE_INFINITY;
                const job = [...this.jobs].reverse().find((j) => j.release === ctx.release && j.task === task);
                if (!job || job.triggeredAt < notBefore || this.recordedJobs.has(`${job.release}/${job.task}/${job.id}`))
                    return undefined;
                return { jobId: job.id, jobUrl: job.url };
            },
        };
    }
    konflux(ctx) {
        return typeof ctx.statebox.metadata.shipment_mr === 'string' && ctx.statebox.metadata.shipment_mr !== '';
    }
    async start(task, ctx) {
        this.faults.check('executor', `start ${task} of ${ctx.release}`);
        (0,oar_cli/* taskRequest */.Vy)(task, ctx, 'start'); // the same validation the real executors apply
        // The attempt: counted here, and from the StateBox for a fresh process (`krd drive --world`, one step each).
        const recorded = ctx.statebox.tasks.find((t) => t.name === task);
        const again = task === 'change-advisory-status' && recorded?.status === 'In Progress';
        const counted = this.countTrigger(ctx.release, task);
        const attempt = again ? (recorded?.attempt ?? counted) : Math.max(counted, (recorded?.attempt ?? 0) + 1);
        const world = this.releaseOf(ctx.release)?.world;
        if (!world)
            throw new errors/* PermanentError */.Dr(`The simulated world knows no release ${ctx.release}.`);
        const plan = (0,scenario/* taskOutcome */.q8)(world, task, attempt);
        const now = this.clock.now().getTime();
        const lines = [];
        const log = (text, at = this.clock.now().getTime()) => {
            lines.push(`${world_iso(at)}: INFO: ${text}`);
        };
        const status = (s, at) => log(`task [${tasks/* TASK_INFO */.xA[task].display}] status is changed to [${s}]`, at);
        if (task === 'create-test-report' && plan.result === 'Pass')
            lines.push(...(await this.createStateBox(ctx.release, world)).map((l) => `${world_iso(now)}: INFO: ${l}`));
        if (STAGE_RELEASE_TASKS.includes(task) && this.konflux(ctx) && !this.reached(world.stage_release_at)) {
            log(`stage-release pipeline is not completed yet for MR ${ctx.statebox.metadata.shipment_mr}`);
            return this.interpret(task, lines);
        }
        if ((0,tasks/* isAsyncTask */.QS)(task)) {
            const job = this.newJob(ctx, task, now, attempt);
            status('In Progress');
            log(this.triggerLine(task, job, ctx));
            return this.interpret(task, lines);
        }
        status('In Progress', now);
        if (task === 'change-advisory-status') {
            // As upstream's command: advisories move only when the prod metadata URL answers, else a detached checker starts.
            log(`approved shipment MR ${ctx.statebox.metadata.shipment_mr ?? '(no shipment MR)'}`);
            if (plan.result === 'Fail' && !again) {
                log('ERROR: cannot move advisories to REL_PREP: advisory is not in QE state');
                status('Fail');
            }
            else if (this.reached(world.prod_metadata_at)) {
                log('prod advisory metadata is accessible; advisories moved QE → REL_PREP');
                status('Pass');
            }
            else
                log('Background metadata checker process started. Task status will be updated when metadata URL becomes accessible.');
            return this.interpret(task, lines);
        }
        // A synchronous task takes its time inside the run.
        await this.clock.sleep(plan.duration);
        lines.push(...this.syncLines(task, ctx, plan.result).map((t) => `${world_iso(this.clock.now().getTime())}: ${t}`));
        status(plan.result);
        return this.interpret(task, lines);
    }
    async poll(task, ctx) {
        this.faults.check('executor', `poll ${task} of ${ctx.release}`);
        if (task === 'change-advisory-status') {
            const accessible = this.reached(this.releaseOf(ctx.release)?.world.prod_metadata_at);
            const lines = [`${world_iso(this.clock.now().getTime())}: INFO: prod advisory metadata ${accessible ? 'is accessible; advisories moved QE → REL_PREP' : 'not accessible yet'}`];
            if (accessible)
                lines.push(`${world_iso(this.clock.now().getTime())}: INFO: task [Change Advisory Status] status is changed to [Pass]`);
            else
                lines.push(`${world_iso(this.clock.now().getTime())}: INFO: task [Change Advisory Status] status is changed to [In Progress]`);
            return this.interpret(task, lines);
        }
        (0,oar_cli/* taskRequest */.Vy)(task, ctx, 'poll');
        const world = this.releaseOf(ctx.release)?.world;
        if (!world)
            throw new errors/* PermanentError */.Dr(`The simulated world knows no release ${ctx.release}.`);
        const recorded = ctx.statebox.tasks.find((t) => t.name === task);
        const jobId = ctx.jobId ?? recorded?.job?.id;
        if (jobId)
            this.recordedJobs.add(`${ctx.release}/${task}/${jobId}`);
        const job = [...this.jobs].reverse().find((j) => j.release === ctx.release && j.task === task && (jobId === undefined || j.id === jobId));
        // A fresh process (`krd drive --world`) knows a job only from the StateBox: its trigger time.
        const now = this.clock.now().getTime();
        const fromBox = Date.parse(recorded?.job?.triggered_at ?? recorded?.started_at ?? '');
        const triggeredAt = job?.triggeredAt ?? (Number.isNaN(fromBox) ? now : fromBox);
        const attempt = job?.attempt ?? recorded?.attempt ?? Math.max(1, this.triggerCount(ctx.release, task));
        const plan = (0,scenario/* taskOutcome */.q8)(world, task, attempt);
        const done = now - triggeredAt >= plan.duration;
        const lines = [`${world_iso(now)}: INFO: task [${tasks/* TASK_INFO */.xA[task].display}] status is changed to [In Progress]`];
        lines.push(`${world_iso(now)}: INFO: ${this.pollLine(task, jobId, done ? plan.result : undefined)}`);
        if (done)
            lines.push(`${world_iso(now)}: INFO: task [${tasks/* TASK_INFO */.xA[task].display}] status is changed to [${plan.result}]`);
        return this.interpret(task, lines);
    }
    /**
     * Upstream's create-test-report: when the release has no StateBox, create it with the metadata
     * of its ConfigStore (the tracking file's advisories and Jira, and ART's build data: release
     * date, candidate build, shipment MR); when one exists, leave it.
     */
    async createStateBox(release, world) {
        const store = this.repository;
        const path = (0,version/* stateBoxPath */._S)(release);
        if (!store)
            return [];
        if (await store.read(path))
            return [`StateBox already exists for ${release} at ${path}`];
        const tracking = await store.read((0,version/* trackingFilePath */.Xx)((0,version/* yStream */.uq)(release)));
        const parsed = tracking ? (0,yaml/* parseReleaseFileText */.ER)(tracking.content, path) : undefined;
        const entry = parsed?.kind === 'tracking' ? parsed.data.releases[release] : undefined;
        const data = world.build_data;
        const date = data.release_date ?? (0,release_date/* formatReleaseDate */.n)(new Date(this.scenario.start + 3 * 24 * 60 * 60_000));
        const y = (0,version/* yStream */.uq)(release);
        const shipment = data.shipment_mr === undefined ? `https://gitlab.example/ocp-shipment-data/-/merge_requests/${(0,ids/* stableNumber */.Vh)(`mr:${release}`, 100, 900)}` : data.shipment_mr;
        const metadata = {
            ...(entry?.release_jira ? { jira_ticket: entry.release_jira } : {}),
            ...(entry?.advisories ? { advisory_ids: { ...entry.advisories } } : {}),
            release_date: date,
            candidate_builds: { x86_64: data.candidate_build ?? `${y}.0-0.nightly-${new Date(this.scenario.start).toISOString().slice(0, 10)}-000000` },
            ...(shipment !== null ? { shipment_mr: shipment } : {}),
        };
        const box = (0,edit/* newStateBox */.vS)(release, metadata, this.clock.now());
        try {
            await store.write(path, (0,yaml/* serializeStateBox */.nG)(box), { sha: undefined, message: `Initialize StateBox for release ${release}` });
        }
        catch (err) {
            if (!(err instanceof errors/* ConflictError */.fK))
                throw err;
            return [`StateBox already exists for ${release} at ${path}`];
        }
        this.observe(box);
        return [`Initializing StateBox for new release ${release}`, `StateBox initialized successfully for ${release} at ${path}`];
    }
    interpret(task, lines) {
        return (0,status_line/* interpretRun */.rq)(task, { output: lines.join('\n'), exitCode: 0 }, SYSTEM);
    }
    newJob(ctx, task, now, attempt) {
        const seed = `${ctx.release}/${task}/${now}`;
        let id;
        let url;
        if (task === 'image-consistency-check') {
            id = (0,ids/* stableUuid */.tm)(seed);
            url = `https://qe-private-deck-ci.apps.ci.l2s4.p1.openshiftapps.com/view/gs/qe-private-deck/logs/periodic-ci-openshift-release-tests-main-image-consistency-check/${(0,ids/* stableNumber */.Vh)(seed, 1_900_000_000, 99_999_999)}`;
        }
        else if (task === 'stage-testing') {
            id = String((0,ids/* stableNumber */.Vh)(seed, 1000, 8999));
            url = `https://jenkins-csb-openshift-qe-mastern.dno.corp.redhat.com/job/zstreams/job/Stage-Pipeline/${id}/`;
        }
        else {
            id = String((0,ids/* stableNumber */.Vh)(seed, 100_000, 899_999));
            url = `https://errata.devel.redhat.com/push_results/${id}`;
        }
        const job = { release: ctx.release, task, id, url, triggeredAt: now, attempt };
        this.jobs.push(job);
        return job;
    }
    triggerLine(task, job, ctx) {
        switch (task) {
            case 'image-consistency-check':
                return `Triggered image consistency check Prow job: ${job.id}\nProw job URL: ${job.url}`;
            case 'stage-testing':
                return `triggered stage pipeline for ${ctx.release}: ${job.url}`;
            default: {
                const ids = Object.values(ctx.statebox.metadata.advisory_ids ?? {}).join(', ');
                return `triggered push job id: ${job.id} for advisories ${ids || '(none)'} to target <cdn_stage>`;
            }
        }
    }
    pollLine(task, jobId, result) {
        const state = result === undefined ? 'RUNNING' : result === 'Pass' ? 'SUCCESS' : 'FAILURE';
        switch (task) {
            case 'image-consistency-check':
                return `Prow job ${jobId ?? '(unknown)'} state: ${result === undefined ? 'pending' : result === 'Pass' ? 'success' : 'failure'}`;
            case 'stage-testing':
                return `build status of zstreams/Stage-Pipeline/${jobId ?? '?'} is ${state}`;
            default:
                return `push job for target <cdn_stage> is ${result === undefined ? 'RUNNING' : result === 'Pass' ? 'COMPLETE' : 'FAILED'}`;
        }
    }
    syncLines(task, ctx, result) {
        const m = ctx.statebox.metadata;
        const advisories = Object.values(m.advisory_ids ?? {});
        const fail = result === 'Fail';
        switch (task) {
            case 'create-test-report':
                return fail
                    ? ['ERROR: cannot create the test report worksheet: quota exceeded']
                    : [`INFO: test report url: https://docs.google.com/spreadsheets/d/${(0,ids/* stableHex */.Zx)(ctx.release, 44)}`];
            case 'take-ownership':
                return fail
                    ? [`ERROR: cannot update the QA owner of advisory ${advisories[0] ?? '?'}: advisory is locked`]
                    : advisories.map((a) => `INFO: QA Owner of advisory ${a} is updated to ${ctx.owner ?? 'the owner'}`);
            case 'check-cve-tracker-bug':
                return fail
                    ? [`ERROR: found new CVE tracker bugs not attached to advisories: OCPBUGS-${(0,ids/* stableNumber */.Vh)(ctx.release, 10000, 80000)}`]
                    : ['INFO: no new CVE tracker bug found in either advisories or shipments'];
            case 'image-signed-check':
                return fail
                    ? [`ERROR: signature of ${releaseDigest(ctx.release)} does not match`]
                    : [`INFO: signature of ${releaseDigest(ctx.release)} is verified`];
            default:
                return [`INFO: ${task} ${fail ? 'failed' : 'done'}`];
        }
    }
    // ---------------------------------------------------------------------------------------------
    // Analyzer and Slack
    makeAnalyzer() {
        return {
            analyze: async (build) => {
                this.faults.check('executor', `analyze the test results of ${build}`);
                const source = this.testResultSource(build);
                if (!source?.plan)
                    throw new errors/* PermanentError */.Dr(`The analyzer found no test results for ${build}.`);
                const recommendation = source.plan.recommendation ?? (source.plan.accepted ? 'ACCEPT' : 'REJECT');
                const reasoning = source.plan.reasoning ??
                    (recommendation === 'ACCEPT'
                        ? `Build ${build} analysis: ACCEPTED WITH WAIVER. One blocking job failed BO3 on infrastructure timeouts (different tests failed on each retry). Assessment: platform flakiness, not a product defect. Confidence: HIGH.`
                        : `Build ${build} analysis: REJECTED. One blocking job failed its first run and a retry with the same test failures. Assessment: likely product regression. Confidence: MEDIUM.`);
                return { recommendation, reasoning };
            },
        };
    }
    makeNotifier() {
        return {
            notify: async (message, thread) => {
                this.faults.check('slack', `chat.postMessage for ${message.release}`);
                const ts = thread ?? `${Math.floor(this.clock.now().getTime() / 1000)}.${String((0,ids/* stableNumber */.Vh)(message.release, 100, 899)).padStart(6, '0')}`;
                // The driver reports each message sent as a `notify` event; the world only keeps them.
                this.notifications.push({ at: world_iso(this.clock.now().getTime()), message, thread: ts });
                return { thread: ts };
            },
        };
    }
}


/***/ }),

/***/ 15058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _m: () => (/* binding */ hasPermission),
/* harmony export */   gK: () => (/* binding */ REQUIRED_PERMISSION),
/* harmony export */   tn: () => (/* binding */ getActorPermission)
/* harmony export */ });
/* unused harmony exports PERMISSION_LADDER, isPermission, permissionRank */
/* harmony import */ var _adapters_github_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4807);
/**
 * Who may command the driver: collaborators with write permission or more, asked of the
 * collaborator permission API. Fails closed: any error or unknown answer counts as `none`.
 */

const PERMISSION_LADDER = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
const REQUIRED_PERMISSION = 'write';
function isPermission(value) {
    return typeof value === 'string' && PERMISSION_LADDER.includes(value);
}
function permissionRank(p) {
    return PERMISSION_LADDER.indexOf(p);
}
function hasPermission(actual, required = REQUIRED_PERMISSION) {
    return permissionRank(actual) >= permissionRank(required);
}
/**
 * The actor's level on the ladder. `role_name` distinguishes triage and maintain (the legacy
 * `permission` field folds them into read and write); a custom role falls back to `permission`.
 */
async function getActorPermission(api, repo, actor, log) {
    try {
        const { data } = await api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: actor });
        const role = data.role_name?.toLowerCase();
        if (isPermission(role))
            return role;
        const legacy = data.permission?.toLowerCase();
        if (isPermission(legacy))
            return legacy;
        log?.warning(`The collaborator permission API gave ${actor} an unknown permission ${JSON.stringify(data.permission)}: treated as none.`);
        return 'none';
    }
    catch (err) {
        log?.warning(`Could not read ${actor}'s permission on ${repo.owner}/${repo.repo} (${(0,_adapters_github_errors__WEBPACK_IMPORTED_MODULE_0__.githubMessage)(err)}): treated as none.`);
        return 'none';
    }
}


/***/ })

};
