export const id = 552;
export const ids = [552];
export const modules = {

/***/ 20829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gitBlobSha)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
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

/***/ 91674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ retriedAfter),
/* harmony export */   DZ: () => (/* binding */ withTaskClaims),
/* harmony export */   Qf: () => (/* binding */ withClaims),
/* harmony export */   Sg: () => (/* binding */ claimState),
/* harmony export */   UK: () => (/* binding */ earliestLiveClaim),
/* harmony export */   cz: () => (/* binding */ resetAtOf),
/* harmony export */   ds: () => (/* binding */ claimsOf),
/* harmony export */   gm: () => (/* binding */ withoutClaims),
/* harmony export */   j_: () => (/* binding */ isClaim),
/* harmony export */   jn: () => (/* binding */ CLAIM_TTL_MS),
/* harmony export */   qM: () => (/* binding */ taskClaimsOf),
/* harmony export */   rM: () => (/* binding */ withoutTaskClaims)
/* harmony export */ });
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22334);
/* harmony import */ var _driver_section__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67691);
/**
 * Claims: a run's intent to start a task, written to the StateBox (`driver.claims.{task}`)
 * with a compare-and-swap write before the task starts. Two runs that read the same StateBox
 * both decide to start the same job; only one claim write can win, so only one starts it.
 * A claim lives for CLAIM_TTL_MS, or until the task is retried (reset_at after the claim);
 * the run that holds it removes it when it records the task's start.
 */


/** Long enough for a run to start a job and write, short enough that a dead run delays a task only a little. */
const CLAIM_TTL_MS = 15 * 60_000;
function isClaim(v) {
    return (0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(v) && typeof v.run === 'string' && typeof v.at === 'string';
}
/**
 * Claims by task under `driver[key]`: the run's claims (`claims`) and, in the same shape, the
 * expired claims that hold a task for a person (`unrecorded_starts`, src/core/unrecorded.ts).
 * Only the well-formed ones; anything else under the key is ignored.
 */
function taskClaimsOf(box, key) {
    const raw = (0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .driverEntry */ .ps)(box, key);
    if (!(0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw))
        return {};
    return Object.fromEntries(Object.entries(raw).filter(([, c]) => isClaim(c)));
}
/** The box with `claim` recorded under `driver[key]` for each task. */
function withTaskClaims(box, key, tasks, claim) {
    if (tasks.length === 0)
        return box;
    const raw = (0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .driverEntry */ .ps)(box, key);
    const current = (0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw) ? raw : {};
    return (0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .withDriverEntry */ .H9)(box, key, { ...current, ...Object.fromEntries(tasks.map((t) => [t, claim])) });
}
/** The box without the entries of these tasks under `driver[key]`; an emptied map (and an emptied `driver`) goes too. */
function withoutTaskClaims(box, key, tasks) {
    const raw = (0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .driverEntry */ .ps)(box, key);
    if (!(0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw) || !tasks.some((t) => t in raw))
        return box;
    const rest = Object.fromEntries(Object.entries(raw).filter(([t]) => !tasks.includes(t)));
    return (0,_driver_section__WEBPACK_IMPORTED_MODULE_1__/* .withDriverEntry */ .H9)(box, key, Object.keys(rest).length ? rest : undefined);
}
/** The well-formed claims of a StateBox, by task (anything else under driver.claims is ignored). */
function claimsOf(box) {
    return taskClaimsOf(box, 'claims');
}
/** The box with `claim` recorded for each task. */
function withClaims(box, tasks, claim) {
    return withTaskClaims(box, 'claims', tasks, claim);
}
/** The box without claims on these tasks; an emptied `claims` (and an emptied `driver`) goes too. */
function withoutClaims(box, tasks) {
    return withoutTaskClaims(box, 'claims', tasks);
}
/** When `task` was last retried (`reset_at`, set by /release:retry), as the file holds it. */
function resetAtOf(record) {
    return typeof record?.['reset_at'] === 'string' ? record['reset_at'] : undefined;
}
/** Whether `task` was retried after `at`: what was claimed or held before then is void. */
function retriedAfter(box, task, at) {
    const reset = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(resetAtOf(box.tasks.find((t) => t.name === task)));
    const when = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(at);
    return reset !== undefined && when !== undefined && reset > when;
}
function claimState(box, task, now, runId, ttlMs = CLAIM_TTL_MS) {
    const claim = claimsOf(box)[task];
    if (!claim)
        return { state: 'none' };
    if (retriedAfter(box, task, claim.at))
        return { state: 'void', claim };
    const at = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(claim.at);
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
    const ta = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(a.at);
    const tb = (0,_time__WEBPACK_IMPORTED_MODULE_0__/* .parseTimestamp */ .EH)(b.at);
    if (ta === undefined)
        return b;
    if (tb === undefined)
        return a;
    const [early, late] = ta <= tb ? [a, b] : [b, a];
    return Math.abs(tb - ta) < ttlMs ? early : late;
}


/***/ }),

/***/ 83810:
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

/***/ 10184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oz: () => (/* binding */ issueTextOf),
/* harmony export */   ZJ: () => (/* binding */ addIssue),
/* harmony export */   oy: () => (/* binding */ resolveIssue),
/* harmony export */   vS: () => (/* binding */ newStateBox)
/* harmony export */ });
/* unused harmony exports SCHEMA_VERSION, upsertTask */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59239);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22334);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83323);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32544);
/* harmony import */ var _core_model__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44146);






// Pure edits: each returns a new StateBox and leaves its input untouched, so a failed write can
// be retried by re-applying the same edit to a fresh read.
const SCHEMA_VERSION = '1.0';
function newStateBox(release, metadata, now) {
    const version = (0,_core_version__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .BC)(release);
    const checked = _core_model__WEBPACK_IMPORTED_MODULE_5__/* .metadataSchema */ .R5.safeParse(metadata);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot create the StateBox of ${version.text}: metadata.${(0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .fieldPath */ .cn)(issue.path)}: ${issue.message}.`);
    }
    const at = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(now);
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
/** An issue's text as a StateBox keeps it: trimmed, emails masked. */
function issueTextOf(text) {
    return (0,_core_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(text.trim());
}
function addIssue(box, { text, blocker, tasks = [], now }) {
    const issueText = issueTextOf(text);
    if (issueText === '')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot add an issue to ${box.release}: the issue text is empty.`);
    const issue = {
        issue: issueText,
        reported_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(now),
        resolved: false,
        resolution: null,
        blocker,
        related_tasks: [...tasks],
    };
    return { ...box, updated_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(now), issues: [...box.issues, issue] };
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
    const resolution = (0,_core_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(text.trim());
    if (resolution === '')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Cannot resolve issue ${index} of ${box.release}: the resolution text is empty.`);
    const resolved = { ...current, resolved: true, resolution, resolved_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(now) };
    const issues = box.issues.map((issue, i) => (i === index - 1 ? resolved : issue));
    return { ...box, updated_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(now), issues };
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

/***/ 37326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ mergeStateBoxes)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58881);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22334);
/* harmony import */ var _edit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10184);
/* harmony import */ var _core_model__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44146);
/* harmony import */ var _core_claims__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91674);
/* harmony import */ var _unsent__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62953);
/* harmony import */ var _core_driver_section__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67691);








const same = node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual;
function has(obj, key) {
    return obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key);
}
/** `obj[key]` when obj holds that key itself: a `constructor` key is data, never Object.prototype's. */
function own(obj, key) {
    return has(obj, key) ? obj[key] : undefined;
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
        if ((0,_core_driver_section__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(ours) && (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(theirs) && (base === undefined || (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(base))) {
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
            const merged = this.value(join(where, key), own(base, key), own(ours, key), own(theirs, key), prefer, why);
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
    return (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(job) && typeof job.id === 'string' ? job.id : JSON.stringify(job);
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
    const to = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(o.triggered_at);
    const tt = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(t.triggered_at);
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
            out = (0,_core_model__WEBPACK_IMPORTED_MODULE_4__/* .insertTaskInFlowOrder */ .kw)(out, task);
        else if (!same(before, task)) {
            m.conflict(`tasks[${task.name}]`, undefined, task, 'kept theirs: ours removed the task, theirs changed it');
            out = (0,_core_model__WEBPACK_IMPORTED_MODULE_4__/* .insertTaskInFlowOrder */ .kw)(out, task);
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
        if (has(merged, key))
            continue;
        let v;
        if (resolvedSide && RESOLUTION_FIELDS.includes(key))
            v = own(resolvedSide === 'ours' ? o : t, key);
        else if (key === 'related_tasks')
            v = mergeSet(own(b, key), own(o, key), own(t, key), m, `${where}.${key}`);
        else
            v = m.value(`${where}.${key}`, own(b, key), own(o, key), own(t, key));
        if (v !== undefined)
            merged[key] = v;
    }
    return merged;
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
            if ((0,_edit__WEBPACK_IMPORTED_MODULE_3__/* .issueTextOf */ .Oz)(ti.issue) === (0,_edit__WEBPACK_IMPORTED_MODULE_3__/* .issueTextOf */ .Oz)(oi.issue) && ti.blocker === oi.blocker) {
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
    const ta = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(a);
    const tb = (0,_core_time__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(b);
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
 * earliest live one wins, as it did the compare-and-swap write (src/core/claims.ts).
 */
function mergeClaims(m, base, ours, theirs) {
    if (ours === undefined && theirs === undefined)
        return undefined;
    if (!(ours === undefined || (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(ours)) || !(theirs === undefined || (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(theirs)) || !(base === undefined || (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_6__/* .isPlainObject */ .Qd)(base))) {
        return m.value('driver.claims', base, ours, theirs);
    }
    const b = base ?? {};
    const o = ours ?? {};
    const t = theirs ?? {};
    const out = {};
    for (const task of [...Object.keys(o), ...Object.keys(t).filter((k) => !has(o, k))]) {
        const where = `driver.claims.${task}`;
        const [bc, oc, tc] = [own(b, task), own(o, task), own(t, task)];
        let kept;
        if (same(oc, tc) || same(bc, tc))
            kept = oc;
        else if (same(bc, oc))
            kept = tc;
        else if (oc === undefined || tc === undefined) {
            kept = oc ?? tc;
            m.conflict(where, oc, tc, `kept the claim of run ${(0,_core_claims__WEBPACK_IMPORTED_MODULE_5__/* .isClaim */ .j_)(kept) ? kept.run : '?'}: a new claim outlives the release of an older one`);
        }
        else if ((0,_core_claims__WEBPACK_IMPORTED_MODULE_5__/* .isClaim */ .j_)(oc) && (0,_core_claims__WEBPACK_IMPORTED_MODULE_5__/* .isClaim */ .j_)(tc)) {
            kept = (0,_core_claims__WEBPACK_IMPORTED_MODULE_5__/* .earliestLiveClaim */ .UK)(oc, tc);
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
    const byKey = (entries) => new Map(entries.filter(_unsent__WEBPACK_IMPORTED_MODULE_7__/* .isUnsent */ .wt).map((e) => [e.key, e]));
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
        if (has(merged, key) && !has(orderedOut, key))
            orderedOut[key] = merged[key];
    for (const key of Object.keys(merged))
        if (!has(orderedOut, key))
            orderedOut[key] = merged[key];
    return { merged: orderedOut, conflicts: m.conflicts };
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
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83323);
/* harmony import */ var _ports_clock__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83810);
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37326);
/* harmony import */ var _yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32544);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59239);
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
/**
 * Reads and validates a release's StateBox; undefined when there is none. Throws StateBoxError
 * when it does not parse, or when its `release:` is another release's (a copied-forward file).
 */
async function loadStateBox(store, release) {
    const path = (0,_core_version__WEBPACK_IMPORTED_MODULE_1__/* .stateBoxPath */ ._S)(release); // validates the release before any path is built
    const file = await store.read(path);
    if (!file)
        return undefined;
    return { box: (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseStateBoxText */ .DN)(file.content, path, release), sha: file.sha, text: file.content, path };
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
            // Every write of the driver passes here: a secret that reached any field (a job URL, metadata) is masked.
            const written = await store.write(path, (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .serializeStateBox */ .nG)((0,_core_mask__WEBPACK_IMPORTED_MODULE_5__/* .maskSecretsIn */ .Dl)(ours)), { sha, message: (0,_core_mask__WEBPACK_IMPORTED_MODULE_5__/* .maskText */ .gC)(input.message) });
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
        const theirs = (0,_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseStateBoxText */ .DN)(theirsFile.content, path, release); // a broken (or another release's) file stops us here, untouched
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

/***/ 62953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ withUnsent),
/* harmony export */   TA: () => (/* binding */ unowned),
/* harmony export */   jd: () => (/* binding */ unsentOf),
/* harmony export */   wt: () => (/* binding */ isUnsent)
/* harmony export */ });
/* harmony import */ var _core_driver_section__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67691);

function isUnsent(v) {
    return (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(v) && typeof v.key === 'string' && typeof v.text === 'string' && typeof v.kind === 'string';
}
/** The well-formed entries of `driver.unsent` (anything else there is ignored). */
function unsentOf(box) {
    const list = (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_0__/* .driverEntry */ .ps)(box, 'unsent');
    return Array.isArray(list) ? list.filter(isUnsent) : [];
}
/** The box with `driver.unsent` set to `list` (removed when empty; an emptied driver section goes too). */
function withUnsent(box, list) {
    return (0,_core_driver_section__WEBPACK_IMPORTED_MODULE_0__/* .withDriverEntry */ .H9)(box, 'unsent', list.length ? [...list] : undefined);
}
/** The entry without an owner: waiting for a run to claim and send it. */
function unowned(entry) {
    const { run: _run, at: _at, ...rest } = entry;
    return rest;
}


/***/ })

};
