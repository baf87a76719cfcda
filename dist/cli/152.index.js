export const id = 152;
export const ids = [152];
export const modules = {

/***/ 52191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ parseTestResultText),
/* harmony export */   IB: () => (/* binding */ isManuallyPromoted),
/* harmony export */   N7: () => (/* binding */ evaluateTestResult),
/* harmony export */   lv: () => (/* binding */ testResultPath),
/* harmony export */   rC: () => (/* binding */ isTestBuild)
/* harmony export */ });
/* unused harmony exports testResultFileSchema, pythonRound, requiredRetrySuccesses, evaluateJob, parseTestResultFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41514);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83323);
/**
 * BO3 ("best of three") evaluation of a test-result file from the `record` branch
 * (`_releases/ocp-test-result-{build}-amd64.json`), computed exactly as upstream's
 * TestResultAggregator does (openshift/release-tests prow/job/controller.py), from the job
 * data alone: the `aggregated`/`accepted` already in the file are ignored here.
 */



// A Prow run as the aggregator records it. A freshly triggered run holds only `jobID`.
const prowRunSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    jobID: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    jobURL: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    jobState: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    jobStartTime: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
    jobCompletionTime: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
});
const jobSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    jobName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    firstJob: prowRunSchema,
    retriedJobs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(prowRunSchema).nullable().optional(),
});
const testResultFileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    result: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(jobSchema),
    build: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }),
    aggregated: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    accepted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    // Read as upstream reads it (isManuallyPromoted); any value is allowed, only `true` counts.
    manual_promotion: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
});
/**
 * Python 3 `round(x)` for a float: nearest integer, ties to even (banker's rounding).
 * `x - floor(x)` is exact for doubles, so the tie test sees the same value Python does.
 */
function pythonRound(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
/** Successful retries a failed job needs: upstream's `round((len(retriedJobs) + 1.1) / 2)`. */
function requiredRetrySuccesses(retries) {
    return pythonRound((retries + 1.1) / 2);
}
const isCompleted = (run) => Boolean(run.jobCompletionTime);
const isSuccess = (run) => run.jobState === 'success';
/**
 * Upstream's TestJobResult: a job passes when its first run succeeded, or when it was retried,
 * every retry has completed and enough retries succeeded. It is decided (fail) once every run
 * has completed without passing; until then it is pending.
 */
function evaluateJob(job) {
    const retries = job.retriedJobs ?? [];
    const retriesCompleted = retries.every(isCompleted);
    const retrySuccesses = retries.filter(isSuccess).length;
    const retryPassed = retries.length > 0 && retriesCompleted && retrySuccesses >= requiredRetrySuccesses(retries.length);
    const passed = isSuccess(job.firstJob) || retryPassed;
    const completed = isCompleted(job.firstJob) && retriesCompleted;
    return {
        name: job.jobName,
        verdict: passed ? 'pass' : completed ? 'fail' : 'pending',
        runs: 1 + retries.length,
        successes: (isSuccess(job.firstJob) ? 1 : 0) + retrySuccesses,
    };
}
const KIND_WORDS = { object: 'an object', array: 'a list', string: 'text', boolean: 'true or false', number: 'a number' };
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    const shown = JSON.stringify(value);
    return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}
function valueAt(json, path) {
    let cur = json;
    for (const key of path)
        cur = cur !== null && typeof cur === 'object' && Object.hasOwn(cur, key) ? cur[key] : undefined;
    return cur;
}
/** A zod issue in words, as StateBox errors say them (`result[0].firstJob: is required`), never zod's "Invalid input: …". */
function describeIssue(issue, json) {
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    const value = valueAt(json, issue.path);
    if (where === '')
        return `expected a JSON object with "result" (the jobs) and "build", got ${kindOf(value)}`;
    if (value === undefined)
        return `${where}: is required`;
    if (issue.code === 'invalid_type')
        return `${where}: expected ${KIND_WORDS[issue.expected] ?? issue.expected}, got ${kindOf(value)}`;
    if (issue.code === 'too_small' && value === '')
        return `${where}: must not be empty`;
    return `${where}: not valid, got ${kindOf(value)}`;
}
/** Validates parsed JSON as a test-result file; the error is one sentence naming `source` and the bad field. */
function parseTestResultFile(json, source = 'test result') {
    const parsed = testResultFileSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} is not a test-result file: ${first ? describeIssue(first, json) : 'it does not match the format'}.`);
    }
    return parsed.data;
}
/** Parses the text of a test-result file (JSON), with errors naming `source`. */
function parseTestResultText(text, source = 'test result') {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} is not valid JSON: ${err.message}.`);
    }
    return parseTestResultFile(json, source);
}
/**
 * A person promoted the build although its tests were not accepted (`oar` / the job controller's
 * promote_test_results_for_build writes `manual_promotion: true`, keeping `accepted: false`).
 * Upstream counts it as accepted: the dashboard shows "Accepted (Manually Promoted)"
 * (tools/auto_release_test_dashboard.py get_col_state), the aggregator labels the payload
 * Accepted (prow/job/controller.py TestResultAggregator.start, `is_qe_accepted() or
 * __is_test_result_promoted_manually`), and the checker sends no rejection
 * (tools/auto_release_test_result_checker.py check_file). Upstream tests the key's presence;
 * we ask for `true`, the only value it writes, on an aggregated file (`accepted: true` needs no
 * promotion).
 */
function isManuallyPromoted(file) {
    // Promoting also sets `aggregated: false` until the aggregator's next pass: a wait until then.
    return file.manual_promotion === true && file.accepted === false && file.aggregated === true;
}
/** The BO3 verdict of a whole file, ignoring any `aggregated`/`accepted` it already holds. */
function evaluateTestResult(json, source) {
    const file = parseTestResultFile(json, source);
    const jobs = file.result.map(evaluateJob);
    // Upstream never marks an empty result as aggregated (total > 0).
    const aggregated = jobs.length > 0 && jobs.every((j) => j.verdict !== 'pending');
    return {
        build: file.build.name,
        aggregated,
        accepted: aggregated ? jobs.every((j) => j.verdict === 'pass') : null,
        jobs,
    };
}
// Strict on purpose: the build ends up in a repository path.
const NIGHTLY_RE = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.0-0\.nightly-\d{4}-\d{2}-\d{2}-\d{6}$/;
/** A build whose test results upstream records: a release (4.20.1) or an amd64 nightly (4.20.0-0.nightly-2025-10-28-123456). */
function isTestBuild(build) {
    return typeof build === 'string' && ((0,_version__WEBPACK_IMPORTED_MODULE_1__/* .isRelease */ .MU)(build) || NIGHTLY_RE.test(build));
}
/** Where the test results of a build live on the record branch. */
function testResultPath(build) {
    if (!isTestBuild(build)) {
        const text = String(build);
        const shown = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${shown} is not a build: expected a release such as 4.20.1 or a nightly such as 4.20.0-0.nightly-2025-10-28-123456.`);
    }
    return `_releases/ocp-test-result-${build}-amd64.json`;
}


/***/ }),

/***/ 7525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ updateTask)
/* harmony export */ });
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);
/* harmony import */ var _mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59239);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22334);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44146);




function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Applies a patch to the task named `name` (appending it when the StateBox does not have
 * it yet), keeping every other field and every other task as they were. started_at and
 * completed_at follow the status. Pure: returns a new StateBox.
 */
function updateTask(box, name, patch, now, options = {}) {
    const at = (0,_time__WEBPACK_IMPORTED_MODULE_2__/* .isoSeconds */ .nE)(now);
    const index = box.tasks.findIndex((t) => t.name === name);
    const before = index >= 0 ? box.tasks[index] : undefined;
    const from = before?.status;
    let refused;
    let status = patch.status;
    if (status !== undefined && !options.human && !(0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isAllowedTransition */ .Ej)(from, status)) {
        refused = `${name}: ${from} → ${status} is not an allowed transition; kept ${from}`;
        status = undefined;
    }
    const next = before ? { ...before } : { name, status: status ?? 'Not Started', started_at: null, completed_at: null, result: null };
    if (options.reset) {
        delete next.job;
        delete next.deadline;
        delete next.awaits_decision;
        delete next.analyzer_advice;
        delete next.retriggered_from;
        next.started_at = null;
        next.completed_at = null;
    }
    if (status !== undefined && (status !== from || options.reset)) {
        next.status = status;
        if (status === 'Not Started') {
            next.started_at = null;
            next.completed_at = null;
        }
        else {
            // Starting now (or again after a retry) opens a new attempt; finishing keeps when it began.
            const opened = patch.started_at ?? at;
            next.started_at = from === undefined || from === 'Not Started' || options.reset ? opened : (next.started_at ?? opened);
            next.completed_at = status === 'In Progress' ? null : at;
        }
    }
    if (patch.result !== undefined)
        next.result = (0,_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(patch.result);
    if (patch.job !== undefined && (next.job === undefined || options.human))
        next.job = patch.job;
    if (patch.deadline !== undefined)
        next.deadline = patch.deadline;
    // A task that moved on no longer waits for a person's decision.
    if (status !== undefined && status !== from)
        delete next.awaits_decision;
    if (patch.awaits_decision !== undefined) {
        if (patch.awaits_decision)
            next.awaits_decision = true;
        else
            delete next.awaits_decision;
    }
    if (patch.analyzer_advice !== undefined)
        next.analyzer_advice = patch.analyzer_advice;
    if (patch.attempt !== undefined)
        next.attempt = patch.attempt;
    if (patch.decided_by !== undefined)
        next.decided_by = (0,_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(patch.decided_by);
    else if (!options.human && status !== undefined && status !== from && next.decided_by !== undefined) {
        // An automatic change after a human decision (a retried task running again) is no longer theirs.
        delete next.decided_by;
    }
    const changed = !sameJson(before, next);
    if (!changed)
        return { box, changed: false, ...(refused ? { refused } : {}) };
    const tasks = index >= 0 ? box.tasks.map((t, i) => (i === index ? next : t)) : (0,_model__WEBPACK_IMPORTED_MODULE_3__/* .insertTaskInFlowOrder */ .kw)(box.tasks, next);
    return {
        box: { ...box, tasks },
        changed: true,
        ...(next.status !== from ? { transition: { from, to: next.status } } : {}),
        ...(refused ? { refused } : {}),
    };
}


/***/ }),

/***/ 94966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ applyCommand)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_job_ref__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35600);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58881);
/* harmony import */ var _core_decide_graph__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93326);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59239);
/* harmony import */ var _core_overall__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53686);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22334);
/* harmony import */ var _core_decide_update__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7525);
/* harmony import */ var _core_claims__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(91674);
/* harmony import */ var _statebox_edit__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10184);
/* harmony import */ var _core_unrecorded__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1468);











function flowTask(release, task) {
    if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isFlowTask */ .mS)(task)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${JSON.stringify(task)} is not a task of the release flow of ${release}: expected one of ${_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .FLOW_TASKS */ .K6.join(', ')}.`);
    }
    return task;
}
function required(text, what, command) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`/release:${command} needs ${what}: it is recorded in the StateBox.`);
    return trimmed;
}
/** Older result text kept under a human decision so the evidence it overrode stays readable. */
function previously(from, result) {
    const before = (result ?? '').trim();
    return before ? `\nPrevious result (${from ?? 'not recorded'}):\n${before}` : '';
}
/**
 * Applies a person's command (already parsed and authorized) to a StateBox. Who and why are
 * recorded in the task (`decided_by`, result text), emails masked. Pure: returns a new box.
 */
function applyCommand(box, cmd, now) {
    if (cmd.release !== undefined && cmd.release !== box.release) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The command names release ${cmd.release} but was applied to the StateBox of ${box.release}.`);
    }
    const by = (0,_core_mask__WEBPACK_IMPORTED_MODULE_4__/* .maskEmails */ ._g)(cmd.by);
    const release = box.release;
    switch (cmd.kind) {
        case 'status':
            return { box, reply: `${release} is ${(0,_core_overall__WEBPACK_IMPORTED_MODULE_5__/* .overallStatus */ .gX)(box)}.`, transitions: [] };
        case 'drive': {
            if (!cmd.owner)
                return { box, reply: `Driving ${release} (requested by ${by}).`, transitions: [] };
            const owner = cmd.owner.trim();
            const next = box.driver?.owner === owner ? box : { ...box, driver: { ...box.driver, owner } };
            return { box: next, reply: `Driving ${release} with owner ${(0,_core_mask__WEBPACK_IMPORTED_MODULE_4__/* .maskEmails */ ._g)(owner)} (requested by ${by}).`, transitions: [] };
        }
        case 'accept':
        case 'reject': {
            const task = flowTask(release, cmd.task);
            const why = cmd.kind === 'accept' ? required(cmd.justification, 'a justification', 'accept') : required(cmd.reason, 'a reason', 'reject');
            const to = cmd.kind === 'accept' ? 'Pass' : 'Fail';
            const current = box.tasks.find((t) => t.name === task);
            if (current?.status === to) {
                return { box, reply: `${task} of ${release} is already ${to}; nothing changed.`, transitions: [] };
            }
            // A decision never skips the graph: it settles a Fail or a wait for a person, nothing else.
            const refusal = (0,_core_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .decisionRefusal */ .vh)(box, task, (0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .unrecordedStart */ .G$)(box, task) !== undefined);
            if (refusal) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} of ${release} ${refusal}; /release:${cmd.kind} applies only to a task that is Fail or waits for a person's decision, so nothing changed.`);
            }
            const verb = cmd.kind === 'accept' ? 'Accepted' : 'Rejected';
            const r = (0,_core_decide_update__WEBPACK_IMPORTED_MODULE_7__/* .updateTask */ .l)(box, task, { status: to, decided_by: by, result: `${verb} by ${by} at ${(0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now)}: ${why}${previously(current?.status, current?.result)}` }, now, { human: true });
            return {
                box: r.box,
                reply: `${verb} ${task} of ${release} (now ${to}), recorded with ${by}'s ${cmd.kind === 'accept' ? 'justification' : 'reason'}.`,
                transitions: r.transition ? [{ task, ...r.transition }] : [],
            };
        }
        case 'retry': {
            const task = flowTask(release, cmd.task);
            const current = box.tasks.find((t) => t.name === task);
            const was = statusBefore(box, task, current?.status);
            const r = (0,_core_decide_update__WEBPACK_IMPORTED_MODULE_7__/* .updateTask */ .l)(box, task, {
                status: 'Not Started',
                decided_by: by,
                result: `Retry requested by ${by} at ${(0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now)} (was ${was}).${previously(current?.status, current?.result)}`,
            }, now, { human: true, reset: true });
            // Jobs started before this moment belong to the old attempt: never adopt them.
            const tasks = r.box.tasks.map((t) => (t.name === task ? { ...t, reset_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now) } : t));
            // A person checked a job a dead run may have started (src/core/unrecorded.ts): start it afresh.
            return {
                box: (0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .withoutUnrecordedStarts */ .x0)({ ...r.box, tasks }, [task]),
                reply: `${task} of ${release} will start again on the next step${task === 'change-advisory-status' ? ' with a fresh 2-day deadline' : ''}.`,
                transitions: r.transition ? [{ task, ...r.transition }] : [],
            };
        }
        case 'record-job':
            return recordJob(box, cmd, by, now);
        case 'resolve': {
            const text = required(cmd.text, 'a resolution text', 'resolve');
            const next = (0,_statebox_edit__WEBPACK_IMPORTED_MODULE_9__/* .resolveIssue */ .oy)(box, cmd.issue, `${text} (resolved by ${by})`, now);
            return { box: next, reply: `Issue ${cmd.issue} of ${release} resolved.`, transitions: [] };
        }
    }
}
/**
 * `/release:record-job`: a person found the job of an async task in Jenkins, Prow or the Errata
 * Tool (typically one a dead run started without recording it, src/core/unrecorded.ts) and
 * records it. The task becomes In Progress with that job, so the next step polls it instead of
 * starting one; the hold for a person and any claim on the task go. A recorded job is never
 * replaced (a retry clears it), and a finished task is left alone.
 */
function recordJob(box, cmd, by, now) {
    const release = box.release;
    const task = flowTask(release, cmd.task);
    if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isAsyncTask */ .QS)(task)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} starts no job, so there is none to record: /release:record-job is for ${_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .ASYNC_TASKS */ .wq.join(', ')}.`);
    }
    const job = (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_1__/* .parseJobRef */ .Yf)(task, cmd.job);
    const named = job.url ?? job.id;
    const current = box.tasks.find((t) => t.name === task);
    if (current?.status === 'Pass' || current?.status === 'Fail') {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} of ${release} is already ${current.status}, so its job is over and nothing was recorded; /release:retry ${release} ${task} starts it again.`);
    }
    const recorded = current?.job ?? (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_1__/* .legacyJob */ .hI)(current?.result);
    if (recorded && recorded.id !== job.id) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} of ${release} already records job ${recorded.url ?? recorded.id}, and a recorded job is never replaced; nothing was recorded. ` +
            `If that job is wrong, /release:retry ${release} ${task} clears it and starts the task again.`);
    }
    if (recorded && current?.job && current.status === 'In Progress') {
        return { box, reply: `${task} of ${release} already records job ${current.job.url ?? current.job.id}; nothing changed.`, transitions: [] };
    }
    // A live claim: a run is starting the task right now and records its own job.
    const { state, claim } = (0,_core_claims__WEBPACK_IMPORTED_MODULE_8__/* .claimState */ .Sg)(box, task, now, '');
    if (state === 'live') {
        const until = (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(new Date(Date.parse(claim.at) + _core_claims__WEBPACK_IMPORTED_MODULE_8__/* .CLAIM_TTL_MS */ .jn));
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`run ${claim.run} claimed ${task} of ${release} at ${claim.at} and may be starting its job right now; nothing was recorded. Look again after ${until}.`);
    }
    const was = statusBefore(box, task, current?.status);
    const r = (0,_core_decide_update__WEBPACK_IMPORTED_MODULE_7__/* .updateTask */ .l)(box, task, {
        status: 'In Progress',
        decided_by: by,
        job: { id: job.id, ...(job.url ? { url: job.url } : {}) },
        result: `Job ${named} recorded by ${by} at ${(0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now)} (was ${was}); it is polled, not started again.${previously(current?.status, current?.result)}`,
    }, now, { human: true });
    // An In Progress task without a start time (files upstream wrote) starts now.
    const tasks = r.box.tasks.map((t) => (t.name === task && !t.started_at ? { ...t, started_at: (0,_core_time__WEBPACK_IMPORTED_MODULE_6__/* .isoSeconds */ .nE)(now) } : t));
    return {
        box: (0,_core_claims__WEBPACK_IMPORTED_MODULE_8__/* .withoutClaims */ .gm)((0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .withoutUnrecordedStarts */ .x0)({ ...r.box, tasks }, [task]), [task]),
        reply: `Recorded job ${named} for ${task} of ${release} (now In Progress): the next step polls it and does not start ${task} again.`,
        transitions: r.transition ? [{ task, ...r.transition }] : [],
    };
}
/** What a task was before a human command, in words for its result text. */
function statusBefore(box, task, status) {
    const held = (0,_core_unrecorded__WEBPACK_IMPORTED_MODULE_10__/* .unrecordedStart */ .G$)(box, task);
    return held ? `waiting for a person: run ${held.run} may have started it at ${held.at} without recording its job` : (status ?? 'not recorded');
}


/***/ }),

/***/ 65948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wO: () => (/* binding */ driveOnce)
});

// UNUSED EXPORTS: preflight, setupNotificationKey

// EXTERNAL MODULE: ./src/core/waits.ts
var waits = __webpack_require__(65297);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/overall.ts
var core_overall = __webpack_require__(53686);
// EXTERNAL MODULE: ./src/core/decide.ts
var decide = __webpack_require__(48019);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
// EXTERNAL MODULE: ./src/core/retry.ts
var retry = __webpack_require__(27253);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/core/claims.ts
var claims = __webpack_require__(91674);
// EXTERNAL MODULE: ./src/statebox/repository.ts
var repository = __webpack_require__(956);
// EXTERNAL MODULE: ./src/driver/active.ts
var active = __webpack_require__(61346);
// EXTERNAL MODULE: ./src/core/decide-update.ts
var decide_update = __webpack_require__(7525);
// EXTERNAL MODULE: ./src/core/tasks.ts
var tasks = __webpack_require__(58881);
// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __webpack_require__(59239);
// EXTERNAL MODULE: ./src/core/build-data.ts
var build_data = __webpack_require__(31128);
;// CONCATENATED MODULE: ./src/driver/create.ts
/**
 * A release ART listed that has no StateBox yet. Upstream's `oar create-test-report` creates it
 * with what its ConfigStore reads from ART's build data (release_date, candidate_builds,
 * shipment_mr), and skips creation when a StateBox already exists: so the driver never writes
 * one first. It runs create-test-report, then reads what oar wrote. Only when the executor
 * created none does it build one from the tracking file, marked as the driver's own; a StateBox
 * of ours that lacks those fields waits for a person to add them (src/core/decide.ts).
 */









const TASK = 'create-test-report';
async function createStateBox(deps, release, emit, dryRun) {
    const { clock } = deps;
    // Never guess a release: ART must list it before anything runs for it (this throws otherwise).
    const draft = await (0,active/* stateBoxFromTracking */.A6)(deps.store, release, clock.now());
    if (dryRun) {
        emit('decision', `dry run: would run ${TASK}, which creates the StateBox of ${release}`, TASK);
        return { loaded: undefined, box: draft };
    }
    const started_at = (0,time/* isoSeconds */.nE)(clock.now());
    let outcome;
    try {
        const out = await deps.executor.start(TASK, { release, statebox: draft });
        if (out.status === 'Wait')
            throw new errors/* InputError */.dz(`${TASK} of ${release} must wait: ${out.wait?.detail ?? out.output}`);
        outcome = { status: out.status, result: out.output.trim() || `${tasks/* TASK_INFO */.xA[TASK].display}: ${out.status}` };
        emit('trigger', `ran ${TASK} (no StateBox yet: upstream creates it)`, TASK, out.status);
    }
    catch (err) {
        if (err instanceof errors/* SetupError */.w3 || !(err instanceof errors/* PermanentError */.Dr))
            throw err;
        outcome = { status: 'Fail', result: `${tasks/* TASK_INFO */.xA[TASK].display} failed: ${(0,mask/* maskEmails */._g)((0,errors/* errorMessage */.gJ)(err))}` };
    }
    const loaded = await (0,repository/* loadStateBox */.VH)(deps.store, release);
    const base = loaded?.box ?? { ...draft, driver: { ...draft.driver, [build_data/* CREATED_BY_DRIVER */.I]: true } };
    if (loaded)
        emit('decision', `${TASK} created ${(0,version/* stateBoxPath */._S)(release)} with upstream's metadata`, TASK);
    else
        emit('decision', `${TASK} created no StateBox: built one from ${release}'s tracking-file entry`, TASK);
    const recorded = (0,decide_update/* updateTask */.l)(base, TASK, { status: outcome.status, result: outcome.result, started_at, attempt: 1 }, clock.now());
    if (recorded.transition)
        emit('status', `${TASK} ${outcome.status}`, TASK, outcome.status);
    return { loaded, box: recorded.box };
}

// EXTERNAL MODULE: ./src/driver/commands.ts
var driver_commands = __webpack_require__(94966);
// EXTERNAL MODULE: ./src/statebox/merge.ts
var merge = __webpack_require__(37326);
// EXTERNAL MODULE: ./src/statebox/yaml.ts + 1 modules
var yaml = __webpack_require__(32544);
;// CONCATENATED MODULE: ./src/driver/claim.ts
/**
 * No job started and no synchronous task run twice, whoever runs the driver (the action,
 * `krd drive`, the simulator): before a run starts an async job or runs a synchronous task
 * (create-test-report, take-ownership, …, change-advisory-status), it claims the task in the
 * StateBox with a compare-and-swap write on the SHA it read. Of two runs that read the same
 * StateBox only one claim write wins. The loser does not merge and go on: it re-reads,
 * decides again on what is there now, and leaves alone every task another run claimed or
 * moved meanwhile. Only runs that start something pay this write (one per release and run:
 * the jobs due and the one synchronous task are claimed together); the run's normal write at
 * the end records the result and releases the claim. A claim whose run died expires after
 * CLAIM_TTL_MS: the task is then started again (a job found running is adopted), except
 * change-advisory-status, which is adopted as started, and an async task when the executor
 * cannot look its job up (no findJob: the oar CLI), which waits for a person
 * (src/core/unrecorded.ts).
 */









/** Claim writes tried (each after re-reading and deciding again) before leaving it to the next run. */
const CLAIM_ATTEMPTS = 3;
/** Tasks whose expired claim means "probably done, never recorded": adopted, not run again. */
const ADOPTED_ON_EXPIRY = new Set(['change-advisory-status']);
/**
 * Whether an expired claim on `task` must hold it for a person: an async task whose job a dead
 * run may have started, when the executor cannot find that job (no findJob).
 */
function heldOnExpiry(task, findsJobs) {
    return !findsJobs && (0,tasks/* isAsyncTask */.QS)(task);
}
/** Why a claim on `task` keeps this run from starting it, if it does. */
function claimRefusal(box, task, now, runId, findsJobs = true) {
    const { state, claim } = (0,claims/* claimState */.Sg)(box, task, now, runId);
    if (state === 'live')
        return `another run is starting ${task} (claimed at ${claim.at}); this run leaves it alone`;
    if (state === 'expired' && ADOPTED_ON_EXPIRY.has(task)) {
        return `a run claimed ${task} at ${claim.at} and never recorded it; the next run adopts it instead of starting it again`;
    }
    if (state === 'expired' && heldOnExpiry(task, findsJobs)) {
        return `run ${claim.run} claimed ${task} at ${claim.at} and never recorded it; it may have started the job, which this executor cannot look up, so nothing starts and the next run asks a person`;
    }
    return undefined;
}
/**
 * A release's StateBox as the store holds it, as far as this run knows: the final write starts
 * from `base` at `sha`. Claims move both forward, so that write records jobs and releases
 * claims without a second round trip.
 */
class StateBoxSlot {
    store;
    release;
    runId;
    base;
    sha;
    /** A claim was written: the final write must follow (to record the start or release the claim). */
    claimed = false;
    constructor(store, release, loaded, runId) {
        this.store = store;
        this.release = release;
        this.runId = runId;
        this.base = loaded?.box;
        this.sha = loaded?.sha;
    }
    /**
     * Claims `tasks` on `ours` (this run's StateBox, derived from `base`). Never throws for the
     * store: a task it could not claim is refused with the reason, and is not started.
     * When `merged` is returned, the caller's StateBox must become it (`base` moved to what the
     * store holds now).
     */
    async claim(tasks, ours, now, helpers) {
        const path = (0,version/* stateBoxPath */._S)(this.release);
        const refused = [];
        const claim = { run: this.runId, at: (0,time/* isoSeconds */.nE)(now) };
        let view = ours; // decides whose claims stand
        let merged;
        let want = [...tasks];
        let attempts = 0;
        const refuseRest = (reason) => {
            for (const task of want)
                refused.push({ task, reason: reason(task) });
            return { granted: [], refused, ...(merged ? { merged } : {}), attempts };
        };
        try {
            while (attempts < CLAIM_ATTEMPTS) {
                want = want.filter((task) => {
                    const reason = claimRefusal(view, task, now, this.runId, helpers.findsJobs);
                    if (reason)
                        refused.push({ task, reason });
                    return !reason;
                });
                if (want.length === 0)
                    break;
                attempts++;
                const content = (0,claims/* withClaims */.Qf)(this.base ?? ours, want, claim);
                const message = `${this.release}: claim ${want.join(', ')} before starting ${want.length > 1 ? 'them' : 'it'} (krd drive)`;
                const sha = this.sha;
                try {
                    const written = await helpers.retry(`claiming ${want.join(', ')}`, () => this.store.write(path, (0,yaml/* serializeStateBox */.nG)((0,mask/* maskSecretsIn */.Dl)(content)), { sha, message }));
                    this.base = content;
                    this.sha = written.sha;
                    this.claimed = true;
                    return { granted: want, refused, claim, ...(merged ? { merged } : {}), attempts };
                }
                catch (err) {
                    if (!(err instanceof errors/* ConflictError */.fK))
                        throw err;
                }
                // Lost the race: what did the other writer do? Decide again on that, never on what we read.
                const fresh = await helpers.retry(`re-reading ${path}`, () => (0,repository/* loadStateBox */.VH)(this.store, this.release));
                if (!fresh)
                    return refuseRest((task) => `${path} was deleted while this run was claiming ${task}; nothing started`);
                merged = (0,merge/* mergeStateBoxes */.x)(this.base, merged ?? ours, fresh.box).merged;
                // From here this run's StateBox is the merge, and the final write starts from what the store holds.
                this.base = fresh.box;
                this.sha = fresh.sha;
                view = merged;
                const still = new Set(helpers.redecide(merged));
                want = want.filter((task) => {
                    if (!still.has(task))
                        refused.push({ task, reason: `another run or a person changed the StateBox meanwhile and ${task} is no longer due; this run leaves it alone` });
                    return still.has(task);
                });
            }
            return refuseRest((task) => `could not claim ${task}: other runs kept changing the StateBox; the next run tries again`);
        }
        catch (err) {
            const result = refuseRest((task) => `could not claim ${task}, so it was not started; the next run tries again: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return { ...result, error: (0,errors/* errorMessage */.gJ)(err) };
        }
    }
}

// EXTERNAL MODULE: ./src/core/job-ref.ts
var job_ref = __webpack_require__(35600);
// EXTERNAL MODULE: ./src/driver/test-results.ts
var test_results = __webpack_require__(15555);
// EXTERNAL MODULE: ./src/statebox/edit.ts
var edit = __webpack_require__(10184);
// EXTERNAL MODULE: ./src/core/unrecorded.ts
var unrecorded = __webpack_require__(1468);
// EXTERNAL MODULE: ./src/core/driver-section.ts
var driver_section = __webpack_require__(67691);
;// CONCATENATED MODULE: ./src/statebox/recorded.ts
/**
 * What the driver itself recorded, kept in the StateBox's driver section (`driver.recorded.{task}`)
 * because `oar` writes the same file: on a conflict upstream's save merges by putting its own,
 * possibly stale, copy of each task over ours (oar/core/statebox.py `_merge_states`), so a Pass
 * the driver wrote can come back as In Progress and a job reference can vanish. And when the
 * stage-release pipeline is not done, oar logs ERROR lines and may record Fail where the driver
 * sees a wait. The next run puts back what the driver knows, and says so.
 */



const KEY = 'recorded';
/** How much of a result the memory keeps: enough to say what it was, not a second log. */
const RESULT_TAIL = 400;
function recordedOf(box) {
    const entry = (0,driver_section/* driverEntry */.ps)(box, KEY);
    if (!(0,driver_section/* isPlainObject */.Qd)(entry))
        return {};
    const out = {};
    for (const [task, value] of Object.entries(entry)) {
        if ((0,driver_section/* isPlainObject */.Qd)(value) && typeof value['status'] === 'string' && typeof value['at'] === 'string')
            out[task] = value;
    }
    return out;
}
function withRecordedMap(box, map) {
    return (0,driver_section/* withDriverEntry */.H9)(box, KEY, Object.keys(map).length ? map : undefined);
}
/** Remembers what the driver recorded for `task` (a wait only the first time: its start matters, and a quiet run writes nothing). */
function remember(box, task, entry) {
    const map = recordedOf(box);
    if (entry.status === 'Wait' && map[task]?.status === 'Wait')
        return box;
    return withRecordedMap(box, { ...map, [task]: entry });
}
/** The memory of a task that just recorded a final status or a job. */
function outcomeOf(task, at) {
    if (task.status === 'Pass' || task.status === 'Fail') {
        const result = task.result ?? '';
        return {
            status: task.status,
            at,
            started_at: task.started_at ?? null,
            completed_at: task.completed_at ?? null,
            ...(task.job ? { job: task.job } : {}),
            ...(result ? { result: result.length > RESULT_TAIL ? `…${result.slice(-RESULT_TAIL)}` : result } : {}),
        };
    }
    if (task.status === 'In Progress' && task.job)
        return { status: 'In Progress', at, job: task.job };
    return undefined;
}
/**
 * Remembers the final status or the job `task` holds now, when that is news (another status or
 * job than remembered): a quiet run writes nothing.
 */
function rememberOutcome(box, name, at) {
    const task = box.tasks.find((t) => t.name === name);
    const memory = task ? outcomeOf(task, at) : undefined;
    if (!memory)
        return box;
    const known = recordedOf(box)[name];
    const jobOf = (r) => (r && 'job' in r ? r.job?.id : undefined);
    if (known?.status === memory.status && jobOf(known) === jobOf(memory))
        return box;
    return remember(box, name, memory);
}
/**
 * Puts back what the driver recorded where another writer regressed it: a Pass or Fail back to
 * In Progress (or gone), a job reference dropped, a Fail recorded over the driver's wait. A
 * person's retry (reset_at after the memory) or decision ends the memory instead.
 */
function restoreRegressions(box) {
    const map = recordedOf(box);
    const keep = {};
    const restored = [];
    let tasks = box.tasks;
    const put = (name, fields) => {
        const exists = tasks.some((t) => t.name === name);
        const base = { name, status: 'Not Started', started_at: null, completed_at: null, result: null };
        tasks = exists ? tasks.map((t) => (t.name === name ? { ...t, ...fields } : t)) : [...tasks, { ...base, ...fields }];
    };
    for (const [name, entry] of Object.entries(map)) {
        const task = tasks.find((t) => t.name === name);
        const since = (0,time/* parseTimestamp */.EH)(entry.at) ?? 0;
        const resetAt = (0,time/* parseTimestamp */.EH)((0,claims/* resetAtOf */.cz)(task));
        if ((resetAt !== undefined && resetAt >= since) || (task?.decided_by !== undefined && task.status !== entry.status))
            continue;
        if (entry.status === 'Pass' || entry.status === 'Fail') {
            keep[name] = entry;
            if (task && task.status !== 'In Progress' && task.status !== 'Not Started')
                continue;
            const was = task?.status ?? 'gone';
            put(name, {
                status: entry.status,
                started_at: entry.started_at ?? null,
                completed_at: entry.completed_at ?? null,
                ...(entry.job ? { job: entry.job } : {}),
                result: `${entry.result ?? ''}\n(Restored by the driver: another writer had put ${name} back to ${was}; the driver recorded ${entry.status} at ${entry.at}.)`.trim(),
            });
            restored.push({ task: name, text: `${name} was ${was} after another writer's save; restored the ${entry.status} the driver recorded at ${entry.at}` });
            continue;
        }
        if (entry.status === 'In Progress') {
            if (task?.status === 'In Progress' && !task.job) {
                put(name, { job: entry.job });
                restored.push({ task: name, text: `${name} lost its job reference in another writer's save; restored job ${entry.job.url ?? entry.job.id}` });
            }
            if (!task || task.status === 'In Progress')
                keep[name] = entry;
            continue;
        }
        // A wait: oar's Fail over it is its reading of ERROR lines, not the task's result.
        const { reason } = entry;
        if (task?.status === 'Fail' && task.decided_by === undefined) {
            put(name, { status: 'Not Started', started_at: null, completed_at: null, result: `Waiting, not failed: ${reason} (oar recorded Fail; the driver's wait wins).` });
            restored.push({ task: name, text: `${name} was recorded Fail by oar while it waits (${reason}); the driver's wait wins` });
            keep[name] = entry;
            continue;
        }
        if (!task || task.status === 'Not Started')
            keep[name] = entry;
    }
    const next = withRecordedMap({ ...box, tasks }, keep);
    return { box: restored.length || JSON.stringify(keep) !== JSON.stringify(map) ? next : box, restored };
}

;// CONCATENATED MODULE: ./src/driver/drive-release.ts















/** A crash hook threw: the simulator (or a test) kills the run here, nothing may swallow it. */
class RunAborted extends Error {
    original;
    name = 'RunAborted';
    constructor(original) {
        super((0,errors/* errorMessage */.gJ)(original));
        this.original = original;
    }
}
const PROBE_WORDS = {
    promotion: 'the promotion on the Release Controller',
    stageRelease: 'the stage-release pipeline',
    promotedTestResult: 'the promoted build test results',
    candidateTestResult: 'the candidate build test results',
    prodMetadata: 'the prod advisory metadata',
};
/**
 * Starting a job or running a synchronous task has effects outside the StateBox (a job, a
 * report, a Jira change, an approved MR) that must never happen twice: claim first.
 */
function claimsBeforeStart(action) {
    return action.type === 'trigger' || action.type === 'run';
}
/**
 * One step of one release: probe what it waits on, poll running jobs, settle gates, start
 * newly unblocked async tasks and at most one synchronous task. Changes only the StateBox
 * in memory; the caller writes it.
 */
class ReleaseStep {
    deps;
    config;
    emit;
    slot;
    syncAlreadyRan;
    box;
    obs = {};
    probed = new Set();
    touched = new Set();
    alerts = [];
    actedWaits = [];
    release;
    constructor(deps, config, box, emit, 
    /** Where the StateBox is stored: starting a job claims it there first. Without it nothing is claimed. */
    slot, 
    /** This run already ran its synchronous task (create-test-report, which created the StateBox). */
    syncAlreadyRan = false) {
        this.deps = deps;
        this.config = config;
        this.emit = emit;
        this.slot = slot;
        this.syncAlreadyRan = syncAlreadyRan;
        this.box = box;
        this.release = box.release;
    }
    async run() {
        const now = this.deps.clock.now();
        // Records of unrecorded starts that a retry, a recorded job or a decision has settled go.
        this.box = (0,unrecorded/* withoutSettledUnrecordedStarts */.oU)(this.box);
        // oar writes this file too: what it regressed of ours (a Pass back to In Progress, a job dropped) is put back.
        const back = restoreRegressions(this.box);
        this.box = back.box;
        for (const r of back.restored) {
            this.emit('decision', r.text, r.task);
            this.deps.log.warning(`${this.release}: ${r.text}`);
        }
        // Phase 1: settle what is in flight (polls, gates, the advisory deadline).
        const first = await this.decideWithProbes(now);
        for (const action of first.actions) {
            if (action.type === 'poll' || action.type === 'analyze' || action.type === 'update' || action.type === 'stage-release-wait') {
                await this.execute(action);
            }
        }
        // Phase 2: with that settled, start what became unblocked, and one synchronous task.
        const second = await this.decideWithProbes(now);
        let ranSync = this.syncAlreadyRan;
        const chosen = [];
        for (const action of second.actions) {
            if (action.type === 'update' || action.type === 'stage-release-wait' || action.type === 'trigger')
                chosen.push(action);
            else if (action.type === 'run' && !ranSync && !this.touched.has(action.task)) {
                ranSync = true;
                chosen.push(action);
            }
        }
        // undefined: nothing is claimed (a dry run, or no store given), everything chosen goes ahead.
        const claimed = this.slot && !this.config.dryRun ? await this.claimStarts(chosen, now) : undefined;
        for (const action of chosen) {
            const mine = claimsBeforeStart(action) && claimed?.has(action.task);
            if (claimed && claimsBeforeStart(action) && !mine)
                continue;
            await this.execute(action);
            // The start is recorded (or it did not happen): the claim has done its job.
            if (mine)
                this.box = (0,claims/* withoutClaims */.gm)(this.box, [action.task]);
        }
        const final = (0,decide/* decide */.LD)(this.box, this.obs, now, this.config, { analyzer: Boolean(this.deps.analyzer) });
        return { box: this.box, decision: final, alerts: this.alerts, actedWaits: this.actedWaits };
    }
    /**
     * Claims the tasks about to start, jobs and the one synchronous task, in one write
     * (src/driver/claim.ts) and returns those this run may start. A task another run claimed or
     * moved meanwhile waits; an expired claim on change-advisory-status is adopted (its run most
     * likely approved the MR, then died); an expired claim on an async task whose job the executor
     * cannot look up holds the task for a person; any other expired claim is taken over.
     */
    async claimStarts(actions, now) {
        const slot = this.slot;
        // Claims are stamped and judged at the moment of writing (retries earlier in the run take time).
        const at = this.deps.clock.now();
        const findsJobs = Boolean(this.deps.executor.findJob);
        const wanted = [];
        for (const action of actions) {
            if (!claimsBeforeStart(action))
                continue;
            const { state, claim } = (0,claims/* claimState */.Sg)(this.box, action.task, at, slot.runId);
            if (state === 'expired' && ADOPTED_ON_EXPIRY.has(action.task))
                this.adoptClaimed(action.task, slot.runId);
            else if (state === 'expired' && heldOnExpiry(action.task, findsJobs))
                this.holdForPerson(action.task, claim);
            else
                wanted.push(action.task);
        }
        if (wanted.length === 0)
            return new Set();
        const result = await slot.claim(wanted, this.box, at, {
            redecide: (box) => (0,decide/* decide */.LD)(box, this.obs, now, this.config, { analyzer: Boolean(this.deps.analyzer) }).actions.filter(claimsBeforeStart).map((a) => a.task),
            retry: (what, fn) => this.retry(what, fn),
            findsJobs,
        });
        if (result.merged) {
            this.box = result.merged;
            this.emit('decision', 'another run wrote the StateBox meanwhile: read it again and decided again on what it holds now');
        }
        if (result.error) {
            this.emit('error', `could not claim ${wanted.join(', ')} in the StateBox, nothing started; the next run tries again: ${result.error}`);
            this.deps.log.warning(`${this.release}: could not claim ${wanted.join(', ')}: ${result.error}`);
        }
        for (const { task, reason } of result.refused) {
            this.actedWaits.push({ tasks: [task], on: 'claim', detail: reason });
            this.emit('wait', reason, task);
        }
        if (result.claim && result.granted.length) {
            this.box = (0,claims/* withClaims */.Qf)(this.box, result.granted, result.claim);
            this.emit('commit', `wrote ${(0,version/* stateBoxPath */._S)(this.release)}: claim on ${result.granted.join(', ')} before starting (attempt ${result.attempts})`);
            this.hook(() => this.deps.hooks?.afterClaim?.(this.release, result.granted));
        }
        return new Set(result.granted);
    }
    /** change-advisory-status claimed by a run that died before recording it: taken as started, never run twice. */
    adoptClaimed(task, runId) {
        const claim = (0,claims/* claimState */.Sg)(this.box, task, this.deps.clock.now(), runId).claim;
        const claimedAt = Date.parse(claim.at);
        // A run that claimed it to run it again (the prod metadata answered) keeps the first deadline.
        const deadline = this.task(task)?.deadline ?? (0,time/* isoSeconds */.nE)(new Date((Number.isNaN(claimedAt) ? this.deps.clock.now().getTime() : claimedAt) + decide/* ADVISORY_DEADLINE_MS */.A7));
        const text = `Adopted: a run claimed ${task} at ${claim.at} and died before recording it; it most likely approved the shipment MR, so it is not started again. Waiting for the prod advisory metadata until ${deadline}. If the MR is not approved, /release:retry ${this.release} ${task}.`;
        this.touched.add(task);
        this.emit('decision', text, task);
        this.update(task, { status: 'In Progress', result: text, deadline }, text);
        this.box = (0,claims/* withoutClaims */.gm)(this.box, [task]);
    }
    /**
     * An async task claimed by a run that died before recording it, with an executor that cannot
     * look up the job (no findJob): that run may have started it, so starting it again may run
     * it twice. Nothing starts; the task waits for a person (the wait, the notification and the
     * summary come from decide, which reads the record), and this warning is said once.
     */
    holdForPerson(task, claim) {
        this.touched.add(task);
        this.box = (0,claims/* withoutClaims */.gm)((0,unrecorded/* withUnrecordedStart */.oS)(this.box, task, claim), [task]);
        const text = `${task} may have been started by run ${claim.run} at ${claim.at}, which died before recording its job, and the executor cannot look the job up: nothing started; a person checks the job system, then /release:record-job ${this.release} ${task} JOB records the job it finds, or /release:retry ${this.release} ${task} starts the task again`;
        this.emit('decision', text, task);
        this.deps.log.warning(`${this.release}: ${text}`);
    }
    /** Decide, probe what the decision needs and has not seen, decide again until nothing new is needed. */
    async decideWithProbes(now) {
        for (;;) {
            const d = (0,decide/* decide */.LD)(this.box, this.obs, now, this.config, { analyzer: Boolean(this.deps.analyzer) });
            const fresh = d.needs.filter((p) => !this.probed.has(p));
            if (fresh.length === 0)
                return d;
            for (const probe of fresh) {
                this.probed.add(probe);
                this.obs[probe] = await this.observe(probe);
            }
        }
    }
    retry(what, fn) {
        return (0,retry/* withRetry */.bD)(fn, {
            clock: this.deps.clock,
            backoffMs: this.config.retryBackoffMs,
            onRetry: (err, attempt, delay) => this.deps.log.warning(`${this.release}: ${what}: ${err.message} (attempt ${attempt}, retrying in ${Math.round(delay / 1000)}s)`),
        });
    }
    async observe(probe) {
        const { probes, record } = this.deps;
        const box = this.box;
        const calls = {
            promotion: () => probes.promotion(this.release),
            stageRelease: () => probes.stageReleaseSucceeded(box.metadata.shipment_mr),
            promotedTestResult: () => (0,test_results/* readTestResult */.A)(record, this.release),
            candidateTestResult: () => (0,test_results/* readTestResult */.A)(record, (0,decide/* candidateBuild */.sM)(box)),
            prodMetadata: () => probes.prodMetadataAccessible(this.release),
        };
        try {
            return { ok: true, value: await this.retry(`checking ${PROBE_WORDS[probe]}`, calls[probe]) };
        }
        catch (err) {
            if (err instanceof errors/* SetupError */.w3)
                throw err;
            const message = (0,errors/* errorMessage */.gJ)(err);
            this.emit('error', `could not check ${PROBE_WORDS[probe]}: ${message}`);
            this.deps.log.warning(`${this.release}: could not check ${PROBE_WORDS[probe]}: ${message}`);
            if (err instanceof errors/* PermanentError */.Dr) {
                // Not a task failure but a broken credential or system: a blocker issue makes it Red, once.
                const text = `Cannot check ${PROBE_WORDS[probe]}: ${message}`;
                if (!this.box.issues.some((i) => !i.resolved && i.issue === (0,mask/* maskEmails */._g)(text))) {
                    this.box = (0,edit/* addIssue */.ZJ)(this.box, { text, blocker: true, tasks: [], now: this.deps.clock.now() });
                    this.emit('decision', `blocker issue added: ${text}`);
                }
            }
            return { ok: false, message };
        }
    }
    update(task, patch, why, human = false) {
        const r = (0,decide_update/* updateTask */.l)(this.box, task, patch, this.deps.clock.now(), { human });
        if (r.refused) {
            this.deps.log.warning(`${this.release}: ${r.refused}`);
            this.emit('decision', r.refused, task);
        }
        this.box = r.box;
        if (r.transition)
            this.emit('status', why, task, r.transition.to);
        // Remember a final status or a new job of ours, to put it back if another writer regresses it.
        if (!human && r.changed)
            this.box = rememberOutcome(this.box, task, (0,time/* isoSeconds */.nE)(this.deps.clock.now()));
    }
    /** The attempt a start of `task` opens: one more than the last recorded start. */
    nextAttempt(task) {
        return (this.task(task)?.attempt ?? 0) + 1;
    }
    task(name) {
        return this.box.tasks.find((t) => t.name === name);
    }
    context(task, owner) {
        const record = this.task(task);
        const jobId = record?.job?.id ?? (0,job_ref/* legacyJob */.hI)(record?.result)?.id;
        const notBefore = (0,claims/* resetAtOf */.cz)(record);
        return {
            release: this.release,
            statebox: this.box,
            ...(owner ? { owner } : {}),
            ...(jobId ? { jobId } : {}),
            ...(notBefore ? { notBefore } : {}),
        };
    }
    async execute(action) {
        switch (action.type) {
            case 'update':
                return this.update(action.task, action.patch, action.why);
            case 'stage-release-wait': {
                const driver = { ...this.box.driver };
                if (action.since === undefined)
                    delete driver['stage_release_waiting_since'];
                else
                    driver['stage_release_waiting_since'] = action.since;
                this.box = { ...this.box, driver };
                return;
            }
            case 'poll':
                return this.guard(action.task, 'poll', () => this.poll(action.task));
            case 'trigger':
                return this.guard(action.task, 'trigger', () => this.trigger(action.task));
            case 'run':
                return this.guard(action.task, 'run', () => this.runTask(action.task, action.owner));
            case 'analyze':
                return this.guard(action.task, 'analyze', () => this.analyze(action.task, action.build, action.advisory, action.evidence));
        }
    }
    /**
     * Runs one piece of work on a task and turns its error into what it means: transient (after
     * the retries) leaves the task as it was for the next run; permanent fails the task.
     */
    async guard(task, what, fn) {
        this.touched.add(task);
        if (this.config.dryRun && what !== 'analyze') {
            this.emit('decision', `dry run: would ${what} ${task}`, task);
            return;
        }
        try {
            await fn();
        }
        catch (err) {
            // A broken setup is not the task's failure: the run stops and keeps nothing of this step.
            if (err instanceof RunAborted || err instanceof errors/* SetupError */.w3)
                throw err;
            const message = (0,mask/* maskEmails */._g)((0,errors/* errorMessage */.gJ)(err));
            if (err instanceof errors/* PermanentError */.Dr || err instanceof errors/* InputError */.dz) {
                this.emit('error', `${what} of ${task} failed permanently: ${message}`, task);
                this.deps.log.error(`${this.release}: ${task}: ${message}`);
                this.update(task, { status: 'Fail', result: `${tasks/* TASK_INFO */.xA[task].display} failed: ${message}` }, `permanent error: ${message}`);
                return;
            }
            const kind = err instanceof errors/* TransientError */.N_ ? 'still failing after retries' : 'unexpected error';
            this.emit('error', `${what} of ${task}: ${kind}, the task stays as it was and the next run tries again: ${message}`, task);
            this.deps.log.warning(`${this.release}: ${task}: ${message} (${kind}; next run retries)`);
        }
    }
    hook(fn) {
        try {
            fn?.();
        }
        catch (err) {
            throw new RunAborted(err);
        }
    }
    jobPatch(outcome) {
        if (!outcome.jobId)
            return {};
        return { job: { id: outcome.jobId, ...(outcome.jobUrl ? { url: outcome.jobUrl } : {}), triggered_at: (0,time/* isoSeconds */.nE)(this.deps.clock.now()) } };
    }
    resultText(task, outcome) {
        return outcome.output.trim() !== '' ? outcome.output : `${tasks/* TASK_INFO */.xA[task].display}: ${outcome.status}`;
    }
    recordWait(task, outcome) {
        const wait = outcome.wait ?? { on: 'executor', detail: outcome.output.trim() || 'the executor says it must wait' };
        const reason = wait.detail;
        this.actedWaits.push({ tasks: [task], ...wait });
        this.emit('wait', reason, task);
        // oar may record Fail for what is a wait (it logs ERROR lines): the next run knows better.
        if (this.task(task)?.status !== 'In Progress')
            this.box = remember(this.box, task, { status: 'Wait', at: (0,time/* isoSeconds */.nE)(this.deps.clock.now()), reason });
    }
    async poll(task) {
        const before = this.task(task);
        const outcome = await this.retry(`polling ${task}`, () => this.deps.executor.poll(task, this.context(task)));
        if (outcome.status === 'Wait')
            return this.recordWait(task, outcome);
        if (outcome.retrigger && !before?.retriggered_from)
            return this.retriggerOnce(task, outcome.retrigger.reason, before);
        if (outcome.status === 'In Progress') {
            // Still running: nothing to write, unless the job id is news (never overwrite a recorded one).
            if (!before?.job && outcome.jobId)
                this.update(task, this.jobPatch(outcome), 'job recorded');
            return;
        }
        this.update(task, { status: outcome.status, result: this.resultText(task, outcome), ...this.jobPatch(outcome) }, `${task} ${outcome.status}`);
    }
    /**
     * Upstream asked for a new job (image-consistency-check printed `[Not Started]` after its Prow
     * job was aborted or errored): the task goes back to Not Started, the ended job is kept in
     * `retriggered_from`, and this run's second phase starts it again (claimed like any start).
     * Once only: a second request is the Fail it reports.
     */
    retriggerOnce(task, reason, before) {
        const ended = before?.job?.url ?? before?.job?.id ?? 'unknown';
        const text = `${reason}\nRe-triggering once, as upstream asks (ended job ${ended}); a second abort is a Fail.`;
        const r = (0,decide_update/* updateTask */.l)(this.box, task, { status: 'Not Started', result: text }, this.deps.clock.now(), { human: true, reset: true });
        const at = (0,time/* isoSeconds */.nE)(this.deps.clock.now());
        this.box = { ...r.box, tasks: r.box.tasks.map((t) => (t.name === task ? { ...t, retriggered_from: ended, reset_at: at } : t)) };
        this.emit('decision', `${task}: ${reason}; re-triggered once`, task);
        if (r.transition)
            this.emit('status', `re-trigger of ${task} (job ${ended} ended)`, task, r.transition.to);
    }
    async trigger(task) {
        const { executor } = this.deps;
        const ctx = this.context(task);
        const started = await this.retry(`starting ${task}`, async () => {
            const found = executor.findJob ? await executor.findJob(task, ctx) : undefined;
            return found ? { adopted: found } : { outcome: await executor.start(task, ctx) };
        });
        if ('adopted' in started) {
            const { jobId, jobUrl } = started.adopted;
            const text = `Adopted job ${jobUrl ?? jobId}, started earlier by a run that did not record it; not triggered again.`;
            this.emit('decision', text, task);
            this.update(task, { status: 'In Progress', result: text, attempt: this.nextAttempt(task), job: { id: jobId, ...(jobUrl ? { url: jobUrl } : {}), triggered_at: (0,time/* isoSeconds */.nE)(this.deps.clock.now()) } }, text);
            return;
        }
        const outcome = started.outcome;
        if (outcome.status === 'Wait')
            return this.recordWait(task, outcome);
        this.emit('trigger', `started ${task}${outcome.jobId ? ` (job ${outcome.jobUrl ?? outcome.jobId})` : ''}`, task, outcome.status);
        this.hook(() => this.deps.hooks?.afterTrigger?.(this.release, task));
        this.update(task, { status: outcome.status, result: this.resultText(task, outcome), attempt: this.nextAttempt(task), ...this.jobPatch(outcome) }, `${task} started`);
    }
    async runTask(task, owner) {
        // A synchronous task is recorded once it ran: it started now, not when it finished.
        const started_at = (0,time/* isoSeconds */.nE)(this.deps.clock.now());
        if (task === 'check-rhcos-security-alerts')
            return this.checkSecurityAlerts(started_at);
        // change-advisory-status In Progress runs again once the prod metadata answers: its deadline stays.
        const again = task === 'change-advisory-status' && this.task(task)?.status === 'In Progress';
        const outcome = await this.retry(`running ${task}`, () => this.deps.executor.start(task, this.context(task, owner)));
        if (outcome.status === 'Wait')
            return this.recordWait(task, outcome);
        this.emit('trigger', `ran ${task}${again ? ' again (prod metadata accessible)' : ''}`, task, outcome.status);
        this.hook(() => this.deps.hooks?.afterTrigger?.(this.release, task));
        const patch = { status: outcome.status, result: this.resultText(task, outcome), started_at, attempt: this.nextAttempt(task), ...this.jobPatch(outcome) };
        if (again && outcome.status === 'In Progress') {
            this.update(task, { result: patch.result }, 'advisories not moved yet: oar change-advisory-status still reports In Progress');
            return;
        }
        if (task === 'change-advisory-status' && outcome.status === 'In Progress') {
            // No detached checker: every later run checks the prod metadata until this deadline.
            const deadline = (0,time/* isoSeconds */.nE)(new Date(this.deps.clock.now().getTime() + decide/* ADVISORY_DEADLINE_MS */.A7));
            this.update(task, { ...patch, deadline }, `shipment MR approved; waiting for prod metadata until ${deadline}`);
            return;
        }
        this.update(task, patch, `${task} ${outcome.status}`);
    }
    /** Informational and always Pass (spec §4): blocking alerts become a non-blocker issue and a notification. */
    async checkSecurityAlerts(started_at) {
        const task = 'check-rhcos-security-alerts';
        const advisory = this.box.metadata.advisory_ids?.['rhcos'];
        if (advisory === undefined) {
            this.update(task, { status: 'Pass', started_at, result: 'No RHCOS advisory in the StateBox metadata: no security alerts to check.' }, 'no RHCOS advisory');
            return;
        }
        const alerts = await this.retry('checking RHCOS security alerts', () => this.deps.probes.rhcosSecurityAlerts(advisory));
        const blocking = alerts.filter((a) => a.blocking);
        if (blocking.length === 0) {
            this.update(task, { status: 'Pass', started_at, result: `No blocking security alerts on RHCOS advisory ${advisory} (${alerts.length} alert(s) in total).` }, 'no blocking alerts');
            return;
        }
        const lines = blocking.map((a) => `- ${a.name}: ${a.text ?? ''}${a.how_to_resolve ? ` How to resolve: ${a.how_to_resolve}` : ''}`.trim());
        const text = `Blocking security alert(s) on RHCOS advisory ${advisory}: ${blocking.map((a) => a.name).join(', ')}. Email secalert@redhat.com with the advisory id and the alert details; resolve this issue when done.`;
        const already = this.box.issues.some((i) => !i.resolved && i.issue === (0,mask/* maskEmails */._g)(text));
        if (!already)
            this.box = (0,edit/* addIssue */.ZJ)(this.box, { text, blocker: false, tasks: [task], now: this.deps.clock.now() });
        this.alerts.push({ advisory, alerts: blocking });
        this.update(task, { status: 'Pass', started_at, result: `BLOCKING SECURITY ALERT(S) on RHCOS advisory ${advisory}; the pipeline continues, follow-up required:\n${lines.join('\n')}` }, 'blocking alerts recorded as an issue');
    }
    /** The analyzer's verdict goes under the BO3 evidence it judged, never in its place. */
    async analyze(task, build, advisory, evidence) {
        const analyzer = this.deps.analyzer;
        if (!analyzer)
            return;
        const verdict = await this.retry(`analyzing ${build}`, () => analyzer.analyze(build));
        const result = `${evidence}\n${`${decide/* ADVICE_MARKER */.YD} ${verdict.recommendation}. ${verdict.reasoning}`.trim()}`;
        if (advisory) {
            this.emit('decision', `analyzer recommends ${verdict.recommendation} for ${build}; waiting for a human decision`, task);
            this.update(task, { result, analyzer_advice: verdict.recommendation }, 'analyzer advice recorded');
            return;
        }
        const status = verdict.recommendation === 'ACCEPT' ? 'Pass' : 'Fail';
        this.emit('decision', `analyzer says ${verdict.recommendation} for ${build}: ${task} ${status}`, task, status);
        this.update(task, { status, result }, `analyzer ${verdict.recommendation}`);
    }
}

// EXTERNAL MODULE: ./src/statebox/unsent.ts
var unsent = __webpack_require__(62953);
;// CONCATENATED MODULE: ./src/driver/notifications.ts







function task(box, name) {
    return box?.tasks.find((t) => t.name === name);
}
function cut(line, max = 300) {
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
/**
 * The line of a result that says why: a person's decision leads its result (the evidence it
 * overrode follows); a Fail is told by its last line containing `ERROR` (oar's `ERROR:` or
 * `- ERROR -` lines), otherwise by the last line of the log. oar's bookkeeping line
 * (`task [Stage Testing] status is changed to [Fail]`) only repeats the status: never quoted.
 */
function whyLine(record) {
    const lines = (record.result ?? '')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    if (record.decided_by !== undefined)
        return cut(lines[0] ?? '');
    const told = lines.filter((l) => !/status is changed to/i.test(l));
    const error = record.status === 'Fail' ? told.findLast((l) => l.includes('ERROR')) : undefined;
    return cut(error ?? told.at(-1) ?? '');
}
/**
 * Which attempt of a task a result belongs to, the same for every run that reads the same
 * StateBox, so that two runs racing to record the same result derive the same key: the retry
 * that opened the attempt (reset_at) and, when the attempt started in an earlier run, its
 * started_at. A start stamped by this very run is left out: racing runs stamp different times.
 */
function attemptOf(was, now) {
    const resetAt = (0,claims/* resetAtOf */.cz)(now);
    const reset = resetAt ? `reset=${resetAt}` : '';
    const startedEarlier = was !== undefined && was.status !== 'Not Started' && typeof was.started_at === 'string' && was.started_at === now.started_at;
    return [reset, startedEarlier ? `started=${was.started_at}` : ''].filter(Boolean).join(',');
}
/**
 * Which occurrence of an issue a Red message is about, the same for every run that reads the
 * same StateBox: an issue the run read keeps its reported_at; one it adds is named by its text
 * and how often that text was reported before (racing runs stamp different times, and the merge
 * keeps one of the two: src/statebox/merge.ts).
 */
function issueOccasion(box, issue) {
    const earlier = box.issues.slice(0, box.issues.indexOf(issue)).filter((i) => i.issue === issue.issue).length;
    return `issue#${(0,external_node_crypto_.createHash)('sha256').update(issue.issue).digest('hex').slice(0, 12)}.${earlier}`;
}
/**
 * What makes a release Red, named the same by every run that reads the same StateBox, however
 * the Red came (a Fail, a blocker added by `krd issue add --blocker`, a StateBox that starts Red):
 * the failed attempts (retry and start of each) and the blocker issues that stop it.
 */
function redOccasion(box) {
    return [
        ...box.tasks.filter((t) => (0,tasks/* isFlowTask */.mS)(t.name) && t.status === 'Fail').map((t) => `${t.name}@${[(0,claims/* resetAtOf */.cz)(t) ?? '', t.started_at ?? ''].join('/')}`),
        ...box.issues.filter((i) => i.blocker && !i.resolved && !(i.related_tasks ?? []).some(tasks/* isFlowTask */.mS)).map((i) => issueOccasion(box, i)),
    ].join(',');
}
/** Notifications already sent (or given up) for this release (their keys live in the StateBox). */
function notifiedKeys(box) {
    return Array.isArray(box.driver?.notified) ? box.driver.notified : [];
}
/**
 * What this run should tell people, each with a key that is stable across reruns: task
 * results and overall Red/Green come from status changes between what the run read and what
 * it writes; stuck tasks, long waits and a near deadline from the decision. Keys already in
 * the StateBox (sent, or waiting in the outbox: src/driver/outbox.ts) are dropped, so nothing
 * is ever posted twice.
 */
function notificationsFor(input) {
    const { before, after, decision, owner } = input;
    const release = after.release;
    const out = [];
    const add = (n) => {
        out.push({ ...n, release, ...(owner ? { owner } : {}) });
    };
    for (const name of tasks/* FLOW_TASKS */.K6) {
        const was = task(before, name);
        const now = task(after, name);
        if (!now || (now.status !== 'Pass' && now.status !== 'Fail') || was?.status === now.status)
            continue;
        const key = `${release}:task:${name}:${now.status}:${attemptOf(was, now)}`;
        const detail = whyLine(now);
        const display = tasks/* TASK_INFO */.xA[name].display;
        if (name === 'analyze-promoted-build') {
            add({
                key,
                kind: 'gate',
                text: now.status === 'Pass'
                    ? `${release}: gate passed, promoted build tests are acceptable. ${detail}`
                    : `${release}: gate FAILED, promoted build has blocking test failures; the release stops.${detail ? ` ${detail}` : ''}`,
                mentionOwner: now.status === 'Fail',
            });
        }
        else if (now.status === 'Pass') {
            const text = name === 'change-advisory-status'
                ? `${release}: ${display} passed: prod advisory metadata accessible, advisories QE → REL_PREP.`
                : `${release}: ${display} passed.`;
            add({ key, kind: 'task-pass', text });
        }
        else {
            add({ key, kind: 'task-fail', text: `${release}: ${display} FAILED.${detail ? ` ${detail}` : ''}`, mentionOwner: true });
        }
    }
    const wasOverall = before ? (0,core_overall/* overallStatus */.gX)(before) : 'In Progress';
    const overall = (0,core_overall/* overallStatus */.gX)(after);
    // One Red message for each set of reasons, whoever made it Red; its key tells whether it went out.
    if (overall === 'Red') {
        const reasons = (0,core_overall/* redReasons */.Z0)(after);
        add({
            key: `${release}:red:${redOccasion(after)}`,
            kind: 'red',
            text: `${release} is Red and stopped: ${reasons.join('; ')}. Manual intervention required (/release:accept, /release:retry or /release:resolve).`,
            mentionOwner: true,
            broadcast: true,
        });
    }
    if (overall === 'Green' && wasOverall !== 'Green') {
        add({
            key: `${release}:green:${task(after, 'change-advisory-status')?.started_at ?? ''}`,
            kind: 'green',
            text: `${release} is Green: the release completed successfully.`,
            broadcast: true,
        });
    }
    for (const finding of input.alerts) {
        const names = finding.alerts.map((a) => a.name);
        add({
            key: `${release}:alert:rhcos:${finding.advisory}:${names.join(',')}`,
            kind: 'alert',
            text: `${release}: blocking security alert(s) on RHCOS advisory ${finding.advisory}: ${names.join(', ')}. ` +
                'Email secalert@redhat.com with the advisory and the alert details; the pipeline continues.',
            mentionOwner: true,
        });
    }
    for (const held of decision.signals.unrecordedStarts ?? []) {
        add({
            key: `${release}:unrecorded-start:${held.task}:${held.run}@${held.at}`,
            kind: 'waiting',
            text: `${release}: ${held.task} ${held.text}.`,
            mentionOwner: true,
        });
    }
    for (const stuck of decision.signals.stuck) {
        add({ key: `${release}:stuck:${stuck.task}:${stuck.since}`, kind: 'stuck', text: `${release}: ${stuck.task} ${stuck.text}.`, mentionOwner: true });
    }
    const stage = decision.signals.stageReleaseWait;
    if (stage?.overdue) {
        const since = (0,time/* parseTimestamp */.EH)(stage.since);
        add({
            key: `${release}:stage-release-wait:${stage.since}`,
            kind: 'waiting',
            text: `${release}: still waiting for the stage-release pipeline of ${stage.mr}${since !== undefined ? ` since ${(0,waits/* minuteTime */.oJ)(since)}` : ''}; check it with ART.`,
            mentionOwner: true,
        });
    }
    const deadline = decision.signals.deadlineSoon;
    if (deadline) {
        add({
            key: `${release}:deadline:${deadline.deadline}`,
            kind: 'deadline',
            text: `${release}: change-advisory-status times out at ${deadline.deadline}: prod advisory metadata is still not accessible; check ART's prod-release pipeline.`,
            mentionOwner: true,
        });
    }
    const known = new Set([...notifiedKeys(after), ...(0,unsent/* unsentOf */.jd)(after).map((u) => u.key)]);
    return out.filter((n) => !known.has(n.key));
}

;// CONCATENATED MODULE: ./src/driver/outbox.ts
/**
 * No notification is ever sent twice, whoever runs the driver and whatever fails.
 *
 * 1. stage: the run's notifications go into the StateBox's outbox (driver.unsent) owned by the
 *    run, in the same commit as the change that caused them; entries a failed send left behind
 *    are claimed in that commit too.
 * 2. The commit lands (compare-and-swap, merging on conflict). The merge keeps the owner of the
 *    commit that landed first (src/statebox/merge.ts), so of two runs that record the same
 *    message only one owns it. A run whose commit fails owns nothing and sends nothing: the
 *    next run derives the same change again and records it.
 * 3. send: the run sends what it owns in the StateBox as written, then confirms with one more
 *    write: sent keys move to driver.notified, failed sends lose their owner and wait for a
 *    later run (for up to a day).
 *
 * At most once: a run that dies (or loses its confirming write) between 2 and 3 may or may not
 * have sent its messages, and nothing can tell. Once its ownership expires, the next run gives
 * those messages up and says so in the log and the run's events, naming each one, instead of
 * sending them again; the Slack notifier also looks for the key in the release's thread before
 * posting, which is why a duplicate is worse than a rare message to check by hand.
 */





/** A notification that cannot be sent for this long is dropped. */
const UNSENT_FOR_MS = 24 * 60 * 60_000;
function withNotified(box, keys) {
    if (keys.length === 0)
        return box;
    const all = [...new Set([...notifiedKeys(box), ...keys])];
    return { ...box, driver: { ...box.driver, notified: all } };
}
/**
 * Records `fresh` (this run's new notifications) and the unsent entries it may send in `box`,
 * owned by `runId` from `now`. Entries another run owns are left to it while its claim lives.
 */
function stageNotifications(box, fresh, runId, now) {
    const claim = { run: runId, at: (0,time/* isoSeconds */.nE)(now) };
    const done = new Set(notifiedKeys(box));
    const dropped = [];
    const abandoned = [];
    const outbox = [];
    let owned = 0;
    for (const entry of (0,unsent/* unsentOf */.jd)(box)) {
        if (done.has(entry.key))
            continue;
        const at = (0,time/* parseTimestamp */.EH)(entry.at);
        if (entry.run !== undefined && entry.run !== runId) {
            if (at !== undefined && now.getTime() - at < claims/* CLAIM_TTL_MS */.jn) {
                outbox.push(entry); // another run is sending it right now
                continue;
            }
            abandoned.push(entry);
            continue;
        }
        const since = (0,time/* parseTimestamp */.EH)(entry.since);
        if (since !== undefined && now.getTime() - since > UNSENT_FOR_MS) {
            dropped.push(entry);
            continue;
        }
        outbox.push({ ...(0,unsent/* unowned */.TA)(entry), ...claim });
        owned++;
    }
    const recorded = new Set([...done, ...outbox.map((e) => e.key)]);
    for (const n of fresh) {
        if (recorded.has(n.key))
            continue;
        recorded.add(n.key);
        outbox.push({ key: n.key, kind: n.kind, text: n.text, ...(n.mentionOwner ? { mentionOwner: true } : {}), ...(n.broadcast ? { broadcast: true } : {}), since: claim.at, ...claim });
        owned++;
    }
    // Given up or dropped keys count as notified: nothing derives them again.
    const next = withNotified((0,unsent/* withUnsent */.QB)(box, outbox), [...dropped, ...abandoned].map((e) => e.key));
    return { box: next, owned, dropped, abandoned };
}
/** Says what staging gave up, in the log and as events: never silent. */
function reportStaged(staged, release, deps, emit) {
    for (const entry of staged.dropped) {
        deps.log.warning(`${release}: dropping a notification that could not be sent for a day: ${entry.text}`);
        emit('error', `notification dropped after a day unsent (${entry.kind}): ${entry.text}`);
    }
    for (const entry of staged.abandoned) {
        const text = `notification ${entry.kind} recorded by run ${entry.run} at ${entry.at ?? '?'} was never confirmed as sent (the run died or lost its write); not sent again, so it is never posted twice; check the channel for it: ${entry.text}`;
        deps.log.warning(`${release}: ${text}`);
        emit('error', text);
    }
}
/** The entries of `box` that `runId` owns: recorded by its commit, to be sent now. */
function ownedBy(box, runId) {
    return (0,unsent/* unsentOf */.jd)(box).filter((e) => e.run === runId);
}
/**
 * Sends what `runId` owns in `box` (the StateBox as its commit left it) and returns the box
 * that confirms it: sent keys in driver.notified, failed ones without an owner for a later run.
 * A notifier failure is a warning, never an error of the release.
 */
async function sendOwned(deps, box, runId, owner, emit) {
    const notifier = deps.notifier;
    const mine = ownedBy(box, runId);
    if (!notifier || mine.length === 0)
        return { box, sent: 0, failed: 0 };
    const sent = new Set();
    let thread = typeof box.driver?.slack_thread === 'string' ? box.driver.slack_thread : undefined;
    for (const entry of mine) {
        const message = {
            key: entry.key,
            release: box.release,
            kind: entry.kind,
            text: entry.text,
            ...(entry.mentionOwner ? { mentionOwner: true } : {}),
            ...(entry.broadcast ? { broadcast: true } : {}),
            ...(owner ? { owner } : {}),
        };
        try {
            const res = await notifier.notify(message, thread);
            sent.add(entry.key);
            if (res.thread)
                thread = res.thread;
            emit('notify', `${message.kind}: ${message.text}`);
        }
        catch (err) {
            deps.log.warning(`${box.release}: notification not sent (${message.kind}), will try again next run: ${(0,errors/* errorMessage */.gJ)(err)}`);
            emit('error', `notification not sent (${message.kind}): ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const outbox = (0,unsent/* unsentOf */.jd)(box).flatMap((e) => (e.run !== runId ? [e] : sent.has(e.key) ? [] : [(0,unsent/* unowned */.TA)(e)]));
    let confirmed = withNotified((0,unsent/* withUnsent */.QB)(box, outbox), [...sent]);
    if (thread && thread !== confirmed.driver?.slack_thread)
        confirmed = { ...confirmed, driver: { ...confirmed.driver, slack_thread: thread } };
    return { box: confirmed, sent: sent.size, failed: mine.length - sent.size };
}

;// CONCATENATED MODULE: ./src/driver/run-guard.ts
/**
 * What one run knows about the outside systems, so that a broken setup or an outage costs a
 * run seconds and never a release:
 *
 * - A setup error (our program, credential or server missing or refused: SetupError) ends the
 *   run. From then on every call to an outside system throws that same error and every
 *   StateBox write is refused, so nothing more happens and nothing more is written.
 * - A system that keeps failing is down for this run: once two calls in a row have spent
 *   their retries (or it asked for a wait longer than a run sits out), it is not called again
 *   in this run; the next cron run is the long retry.
 * - A store's transient errors are final: its own client retried them already (Octokit's
 *   plugins), so no withRetry around a store call retries them again (core/retry.ts). Two in
 *   a row and the store is down for the run: the run stops and leaves the rest to the next.
 */


/** Calls in a row that spent their retries before a system counts as down for the run. */
const FAILED_CALLS_BEFORE_DOWN = 2;
/** The systems behind each probe, as people know them. */
const PROBE_SYSTEMS = {
    promotion: 'the Release Controller',
    stageReleaseSucceeded: 'GitLab',
    rhcosSecurityAlerts: 'Errata Tool',
    prodMetadataAccessible: 'the prod advisory metadata',
    signatureMatches: 'the signature mirror',
};
class RunGuard {
    setup;
    down = new Map();
    failures = new Map();
    attemptsPerCall;
    /** `retries`: how many times one call is retried in this run (the length of the run's backoff). */
    constructor(retries) {
        this.attemptsPerCall = Math.max(0, retries) + 1;
    }
    /** The setup error that ends this run, once one was met. */
    get setupError() {
        return this.setup;
    }
    /** The systems not called again in this run, with the error that put them there. */
    get downSystems() {
        return this.down;
    }
    /** Records a setup error (the first one stands) and returns the one that ends the run. */
    failSetup(err) {
        this.setup ??= err;
        return this.setup;
    }
    /** `system` is not called again in this run. */
    markDown(system, err) {
        if (!this.down.has(system))
            this.down.set(system, err);
    }
    /** Calls `system` through `fn`, unless the run is over (setup error) or the system is down. */
    async call(system, fn) {
        if (this.setup)
            throw this.setup;
        const down = this.down.get(system);
        if (down) {
            throw new retry/* RetryLaterError */.bF(`${capitalized(system)} is not answering in this run (${(0,errors/* errorMessage */.gJ)(down).replace(/\.$/, '')}); it is not called again until the next run.`, undefined, { cause: down });
        }
        try {
            const value = await fn();
            this.failures.delete(system);
            return value;
        }
        catch (err) {
            const setup = (0,errors/* setupErrorIn */.jo)(err);
            if (setup)
                throw this.failSetup(setup);
            if (err instanceof retry/* RetryLaterError */.bF)
                this.markDown(system, err);
            else if (err instanceof errors/* TransientError */.N_) {
                const failed = (this.failures.get(system) ?? 0) + 1;
                this.failures.set(system, failed);
                if (failed >= FAILED_CALLS_BEFORE_DOWN * this.attemptsPerCall)
                    this.markDown(system, err);
            }
            throw err;
        }
    }
    /**
     * The dependencies this run's releases use: the executor, the analyzer and the probes called
     * through `call`; the stores' transient errors final, and StateBox writes refused once the
     * run met a setup error.
     */
    guard(deps) {
        return {
            ...deps,
            store: this.store(deps.store, true),
            record: this.store(deps.record, false),
            executor: this.executor(deps.executor),
            probes: this.probes(deps.probes),
            ...(deps.analyzer ? { analyzer: this.analyzer(deps.analyzer) } : {}),
        };
    }
    executor(e) {
        const system = 'the executor';
        const findJob = e.findJob?.bind(e);
        return {
            start: (task, ctx) => this.call(system, () => e.start(task, ctx)),
            poll: (task, ctx) => this.call(system, () => e.poll(task, ctx)),
            ...(findJob ? { findJob: (task, ctx) => this.call(system, () => findJob(task, ctx)) } : {}),
        };
    }
    analyzer(a) {
        return { analyze: (build) => this.call('the analyzer', () => a.analyze(build)) };
    }
    probes(p) {
        return {
            promotion: (release) => this.call(PROBE_SYSTEMS.promotion, () => p.promotion(release)),
            stageReleaseSucceeded: (mr) => this.call(PROBE_SYSTEMS.stageReleaseSucceeded, () => p.stageReleaseSucceeded(mr)),
            rhcosSecurityAlerts: (id) => this.call(PROBE_SYSTEMS.rhcosSecurityAlerts, () => p.rhcosSecurityAlerts(id)),
            prodMetadataAccessible: (release) => this.call(PROBE_SYSTEMS.prodMetadataAccessible, () => p.prodMetadataAccessible(release)),
            signatureMatches: (digest) => this.call(PROBE_SYSTEMS.signatureMatches, () => p.signatureMatches(digest)),
        };
    }
    /**
     * A store call: its transient errors are final (its client retried them), and two in a row
     * (or a wait too long for a run) put the store down for the run, which then stops driving
     * releases (driveOnce leaves the rest to the next run on a RetryLaterError).
     */
    async callStore(system, fn) {
        const down = this.down.get(system);
        if (down)
            throw new retry/* RetryLaterError */.bF(`${system} is not answering in this run (${(0,errors/* errorMessage */.gJ)(down).replace(/\.$/, '')}); it is not called again until the next run.`, undefined, { cause: down });
        try {
            const value = await fn();
            this.failures.delete(system);
            return value;
        }
        catch (err) {
            const final = (0,retry/* alreadyRetried */.MQ)(err);
            if (final instanceof retry/* RetryLaterError */.bF)
                this.markDown(system, final);
            else if (final instanceof errors/* TransientError */.N_) {
                const failed = (this.failures.get(system) ?? 0) + 1;
                this.failures.set(system, failed);
                if (failed >= FAILED_CALLS_BEFORE_DOWN)
                    this.markDown(system, final);
            }
            throw final;
        }
    }
    store(s, statebox) {
        const system = `The store ${s.describe}`;
        const final = (fn) => this.callStore(system, fn);
        const readMany = s.readMany?.bind(s);
        return {
            describe: s.describe,
            read: (path) => final(() => s.read(path)),
            list: (prefix) => final(() => s.list(prefix)),
            write: async (path, content, options) => {
                if (statebox && this.setup)
                    throw this.setup;
                return final(() => s.write(path, content, options));
            },
            ...(readMany ? { readMany: (paths) => final(() => readMany(paths)) } : {}),
        };
    }
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/driver/drive.ts


















/** The day a setup message is about: at most one Slack message per day says the setup is broken. */
function setupNotificationKey(now) {
    return `setup:${now.toISOString().slice(0, 10)}`;
}
/**
 * Before a run reads or writes any StateBox: the executor answers and has what it needs, the
 * analyzer's program is there. A SetupError (after telling Slack, once a day) ends the run
 * before it touched anything; a system that does not answer right now (after the run's short
 * retries) is down for this run: nothing that needs it is called, the next run tries again.
 * Returns what the run knows about the outside systems, for driveOnce.
 */
async function preflight(deps, config) {
    const guard = new RunGuard(config.retryBackoffMs.length);
    const parts = [
        ['the executor', deps.executor],
        ['the analyzer', deps.analyzer],
    ];
    try {
        for (const [system, part] of parts) {
            const check = part?.preflight?.bind(part);
            if (!check)
                continue;
            try {
                await (0,retry/* withRetry */.bD)(() => guard.call(system, check), {
                    clock: deps.clock,
                    backoffMs: config.retryBackoffMs,
                    onRetry: (err, attempt, delay) => deps.log.warning(`Checking ${system}: ${err.message} (attempt ${attempt}, retrying in ${Math.round(delay / 1000)}s)`),
                });
            }
            catch (err) {
                if ((0,errors/* setupErrorIn */.jo)(err))
                    throw guard.failSetup((0,errors/* setupErrorIn */.jo)(err));
                if (!(err instanceof errors/* TransientError */.N_))
                    throw guard.failSetup(new errors/* SetupError */.w3(`Checking ${system} before the run failed: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err }));
                guard.markDown(system, err);
                deps.log.warning(`${system.charAt(0).toUpperCase()}${system.slice(1)} does not answer (${(0,errors/* errorMessage */.gJ)(err).replace(/\.$/, '')}): nothing that needs it runs in this run; the next run tries again.`);
            }
        }
    }
    catch (err) {
        if (err instanceof errors/* SetupError */.w3)
            await tellSetup(deps, config, err);
        throw err;
    }
    return guard;
}
/**
 * Tells Slack that the setup is broken, at most once a day: the message goes straight to the
 * notifier (no StateBox may change) with a key per day, and the notifier does not post a key
 * it finds among the channel's latest messages. A failure to tell is a warning.
 */
async function tellSetup(deps, config, err) {
    if (!deps.notifier || config.dryRun)
        return;
    try {
        await deps.notifier.notify({ key: setupNotificationKey(deps.clock.now()), release: 'all', kind: 'stuck', text: `The release driver stopped before changing anything: ${err.message}` }, undefined);
    }
    catch (e) {
        deps.log.warning(`Could not tell Slack that the setup is broken: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}
function withoutTimestamp(box) {
    if (!box)
        return '';
    const { updated_at: _ignored, ...rest } = box;
    return JSON.stringify(rest);
}
function placeholder(release, at) {
    return { schema_version: '1.0', release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [] };
}
/**
 * One run: check the setup first (preflight), then for each release (the active ones, or
 * those named), load its StateBox once, apply people's commands, take one step and commit it
 * (merging on conflict) with the notifications it owes; once that commit landed, send them and
 * record that they went out (src/driver/outbox.ts). Tasks with effects outside the StateBox
 * are claimed before they start (src/driver/claim.ts). A broken StateBox is reported and left
 * alone; the other releases go on. A setup error (SetupError) ends the run: this release's
 * step is dropped (a claim it wrote is released), no other release is driven, and the error is
 * thrown for the caller to exit 1 with its sentence.
 */
async function driveOnce(raw, opts) {
    const guard = opts.preflight ?? (await preflight(raw, opts.config));
    const deps = guard.guard(raw);
    const events = [];
    const replies = [];
    const results = [];
    const commands = opts.commands ?? [];
    const emitFor = (release) => (type, detail, task, status) => {
        const event = { at: (0,time/* isoSeconds */.nE)(deps.clock.now()), release, type, ...(task ? { task } : {}), ...(status ? { status } : {}), detail };
        events.push(event);
        deps.events?.(event);
    };
    const failed = (release, err) => {
        const message = (0,errors/* errorMessage */.gJ)(err);
        emitFor(release)('error', message);
        deps.log.error(`${release}: ${message}`);
        results.push({ release, overall: 'In Progress', statebox: placeholder(release, (0,time/* isoSeconds */.nE)(deps.clock.now())), waits: [], wrote: false, error: message });
    };
    // Active releases first, then those a person or the releases input named. A named release is
    // checked only when its turn comes, so checking is charged to the budget like driving: a run
    // over budget has driven the releases it could check, in this order, and leaves the rest.
    const named = [...(opts.releases ?? []), ...commands.flatMap((c) => c.release ?? [])];
    const queue = [];
    if (!opts.releases?.length)
        for (const release of await (0,active/* activeReleases */.Zs)(deps.store, deps.clock.now(), [], { log: deps.log }))
            queue.push({ name: release, check: false });
    for (const name of new Set(named))
        if (!queue.some((q) => q.name === name))
            queue.push({ name, check: true });
    if (queue.length === 0)
        deps.log.info('No active release to drive.');
    const runId = opts.runId ?? (0,external_node_crypto_.randomUUID)();
    const driven = new Set();
    let skipped = [];
    for (const [i, { name, check }] of queue.entries()) {
        if (opts.budget?.exhausted) {
            skipped = queue.slice(i).map((q) => q.name);
            deps.log.warning(`The operations budget of this run is spent (${opts.budget.spent} of ${opts.budget.limit}); ${listed(skipped)} left for the next run. Raise the max-operations input to drive more releases per run.`);
            break;
        }
        let release = name;
        if (check) {
            try {
                release = await (0,active/* validateNamedRelease */.H7)(deps.store, name);
            }
            catch (err) {
                // A refusal for this release only: the run goes on for the others.
                if (!results.some((r) => r.release === name))
                    failed(name, err);
                for (const command of commands.filter((c) => c.release === name))
                    replies.push({ command, error: (0,errors/* errorMessage */.gJ)(err) });
                continue;
            }
        }
        if (driven.has(release))
            continue;
        driven.add(release);
        try {
            const mine = commands.filter((c) => c.release === release);
            results.push(await driveRelease(deps, { release, runId, guard, store: raw.store }, mine, opts.config, emitFor(release), replies));
        }
        catch (err) {
            // A crash hook fired: the run dies here, as the simulator asked.
            if (err instanceof RunAborted)
                throw err.original;
            const setup = guard.setupError ?? (0,errors/* setupErrorIn */.jo)(err);
            if (setup) {
                await tellSetup(raw, opts.config, guard.failSetup(setup));
                throw guard.setupError;
            }
            failed(release, err);
            // GitHub will not answer for a while (a far rate-limit reset): stop calling it this run.
            const later = retryLaterIn(err);
            if (later) {
                skipped = queue.slice(i + 1).map((q) => q.name);
                if (skipped.length) {
                    deps.log.warning(`${later.message} ${listed(skipped)} left for the next run.`);
                }
                break;
            }
        }
    }
    for (const [system, err] of guard.downSystems) {
        deps.log.warning(`${system.charAt(0).toUpperCase()}${system.slice(1)} was not answering in this run (${(0,errors/* errorMessage */.gJ)(err).replace(/\.$/, '')}); what needs it waits for the next run.`);
    }
    return { releases: results, events, replies, ...(skipped.length ? { skipped } : {}) };
}
async function driveRelease(deps, { release, runId, guard, store }, commands, config, emit, replies) {
    const { clock, log } = deps;
    // No retries around the store here: its client retried already (core/retry.ts, RetriedError).
    let loaded;
    try {
        loaded = await (0,repository/* loadStateBox */.VH)(deps.store, release);
    }
    catch (err) {
        throw new Error(`The StateBox of ${release} cannot be used, left untouched: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
    let box;
    // No StateBox yet: upstream's create-test-report creates it (src/driver/create.ts).
    const creating = !loaded;
    if (loaded)
        box = loaded.box;
    else
        ({ loaded, box } = await createStateBox(deps, release, emit, config.dryRun));
    const before = loaded?.box;
    for (const command of commands) {
        try {
            const out = (0,driver_commands/* applyCommand */.s)(box, command, clock.now());
            box = out.box;
            replies.push({ command, reply: out.reply });
            emit('decision', `${command.kind} by ${command.by}: ${out.reply}`);
            for (const t of out.transitions)
                emit('status', `${command.kind} by ${command.by}`, t.task, t.to);
        }
        catch (err) {
            replies.push({ command, error: (0,errors/* errorMessage */.gJ)(err) });
            emit('error', `${command.kind} by ${command.by} refused: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const slot = new StateBoxSlot(deps.store, release, loaded, runId);
    let step;
    try {
        step = await new ReleaseStep(deps, config, box, emit, slot, creating && !config.dryRun).run();
    }
    catch (err) {
        // A setup error the step let through: the claim it may have written goes all the same.
        if (guard.setupError ?? (0,errors/* setupErrorIn */.jo)(err))
            await releaseClaims(store, release, slot, runId, deps);
        throw err;
    }
    if (guard.setupError) {
        // The setup is broken, not the release: nothing of this step is kept.
        await releaseClaims(store, release, slot, runId, deps);
        throw guard.setupError;
    }
    box = step.box;
    const waitsOn = [...step.decision.waitsOn, ...step.actedWaits];
    for (const wait of step.decision.waits)
        emit('wait', wait);
    const result = (statebox, wrote, error) => ({
        release,
        overall: (0,core_overall/* overallStatus */.gX)(statebox),
        statebox,
        waits: waitsOn.map(waits/* waitLine */.Aw),
        waitsOn,
        wrote,
        ...(error ? { error } : {}),
        ...(step.decision.notes.length ? { notes: step.decision.notes } : {}),
    });
    const owner = (0,decide/* ownerOf */.bf)(box, config);
    // Notifications are recorded in the commit and sent only after it landed (src/driver/outbox.ts).
    const staged = deps.notifier
        ? stageNotifications(box, notificationsFor({ before, after: box, decision: step.decision, alerts: step.alerts, owner }), runId, clock.now())
        : undefined;
    // A claim written this run is always followed by the write that records the start or releases it.
    if (!slot.claimed && withoutTimestamp(before) === withoutTimestamp(staged?.box ?? box))
        return result(box, false);
    if (config.dryRun) {
        emit('decision', `dry run: would write ${(0,version/* stateBoxPath */._S)(release)} and send ${staged?.owned ?? 0} notification(s)`);
        return result(box, false);
    }
    callHook(() => deps.hooks?.beforeCommit?.(release));
    if (staged) {
        reportStaged(staged, release, deps, emit);
        box = staged.box;
    }
    // What the store holds: as read, or as this run's claim write left it.
    if (withoutTimestamp(slot.base) === withoutTimestamp(box))
        return result(box, false);
    box = { ...box, updated_at: (0,time/* isoSeconds */.nE)(clock.now()) };
    const changes = statusChanges(before, box);
    let saved;
    try {
        saved = await (0,repository/* saveStateBox */.u3)(deps.store, release, {
            base: slot.base,
            baseSha: slot.sha,
            ours: box,
            message: `${release}: ${changes.length ? changes.join(', ') : 'driver bookkeeping'} (krd drive)`,
            clock,
        });
        for (const c of saved.conflicts)
            emit('decision', `merged a concurrent change at ${c.where}: ${c.resolution}`);
        emit('commit', `wrote ${(0,version/* stateBoxPath */._S)(release)}${changes.length ? `: ${changes.join(', ')}` : ''} (attempt ${saved.attempts})`);
    }
    catch (err) {
        const landed = staged?.owned ? await landedDespite(deps, release, runId) : undefined;
        if (!landed) {
            // Nothing recorded, so nothing is sent: the next run derives the same notifications again.
            const message = `could not write ${(0,version/* stateBoxPath */._S)(release)}: ${(0,errors/* errorMessage */.gJ)(err)}`;
            emit('error', message);
            log.error(`${release}: ${message}`);
            return result(box, false, message);
        }
        emit('commit', `wrote ${(0,version/* stateBoxPath */._S)(release)}${changes.length ? `: ${changes.join(', ')}` : ''} (the answer was lost: ${(0,errors/* errorMessage */.gJ)(err)}; the StateBox read again shows the commit landed)`);
        saved = landed;
    }
    return result(await sendAndConfirm(deps, release, saved, runId, owner, emit), true);
}
/**
 * A write that failed may still have landed (its answer lost on the way back). The notifications
 * it recorded as this run's tell: read the StateBox again once, and if they are there, the
 * commit is this run's and so is sending them. Otherwise (or when the read fails too) undefined.
 */
async function landedDespite(deps, release, runId) {
    try {
        const fresh = await (0,repository/* loadStateBox */.VH)(deps.store, release);
        if (!fresh || ownedBy(fresh.box, runId).length === 0)
            return undefined;
        return { sha: fresh.sha, box: fresh.box, attempts: 1, conflicts: [], written: true };
    }
    catch {
        return undefined;
    }
}
/**
 * Sends the notifications this run's commit recorded as its own, then writes which went out.
 * When that write fails the messages stay recorded as this run's: never sent again.
 */
async function sendAndConfirm(deps, release, saved, runId, owner, emit) {
    const { clock, log } = deps;
    if (ownedBy(saved.box, runId).length === 0)
        return saved.box;
    const out = await sendOwned(deps, saved.box, runId, owner, emit);
    const confirmed = { ...out.box, updated_at: (0,time/* isoSeconds */.nE)(clock.now()) };
    const what = [out.sent ? `${out.sent} sent` : '', out.failed ? `${out.failed} to send again later` : ''].filter(Boolean).join(', ');
    try {
        const done = await (0,repository/* saveStateBox */.u3)(deps.store, release, { base: saved.box, baseSha: saved.sha, ours: confirmed, message: `${release}: notifications: ${what} (krd drive)`, clock });
        emit('commit', `wrote ${(0,version/* stateBoxPath */._S)(release)}: notifications ${what} (attempt ${done.attempts})`);
        return done.box;
    }
    catch (err) {
        const message = `could not record in ${(0,version/* stateBoxPath */._S)(release)} which notifications were sent (${what}): ${(0,errors/* errorMessage */.gJ)(err)}; they stay recorded as this run's and are not sent again`;
        emit('error', message);
        log.warning(`${release}: ${message}`);
        return saved.box;
    }
}
/**
 * A claim this run wrote before it met a setup error: written back without it, so that the
 * next run is not held up for 15 minutes by a run that started nothing. A failure to release
 * it is a warning (the claim then expires as a dead run's would).
 */
async function releaseClaims(store, release, slot, runId, deps) {
    if (!slot.claimed || !slot.base)
        return;
    const mine = Object.entries((0,claims/* claimsOf */.ds)(slot.base)).flatMap(([task, claim]) => (claim.run === runId ? [task] : []));
    if (mine.length === 0)
        return;
    try {
        await (0,repository/* saveStateBox */.u3)(store, release, {
            base: slot.base,
            baseSha: slot.sha,
            ours: (0,claims/* withoutClaims */.gm)(slot.base, mine),
            message: `${release}: release the claim on ${mine.join(', ')}: the run stopped on a setup error, nothing started (krd drive)`,
            clock: deps.clock,
        });
    }
    catch (err) {
        deps.log.warning(`${release}: could not release the claim on ${mine.join(', ')} (${(0,errors/* errorMessage */.gJ)(err)}); it expires in 15 minutes.`);
    }
}
function callHook(fn) {
    try {
        fn();
    }
    catch (err) {
        throw new RunAborted(err);
    }
}
function statusChanges(before, after) {
    return after.tasks.flatMap((t) => {
        const was = before?.tasks.find((b) => b.name === t.name)?.status;
        return was === t.status ? [] : [`${t.name} ${was ?? 'new'} → ${t.status}`];
    });
}
/** The RetryLaterError behind `err`, if any: a wait too long for this run. */
function retryLaterIn(err) {
    for (let e = err; e instanceof Error; e = e.cause)
        if (e instanceof retry/* RetryLaterError */.bF)
            return e;
    return undefined;
}
/** A list of releases for a log line: the first ten, then how many more. */
function listed(releases) {
    return releases.length > 10 ? `${releases.slice(0, 10).join(', ')} and ${releases.length - 10} more` : releases.join(', ');
}


/***/ }),

/***/ 15555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readTestResult)
/* harmony export */ });
/* harmony import */ var _core_bo3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52191);
/** Reads a build's test-result file from the record branch through the StateStore port. */

/**
 * Throws InputError for an invalid build or a malformed file (naming the store and path);
 * errors of the store itself (TransientError, PermanentError) pass through.
 */
async function readTestResult(recordStore, build) {
    const path = (0,_core_bo3__WEBPACK_IMPORTED_MODULE_0__/* .testResultPath */ .lv)(build);
    const stored = await recordStore.read(path);
    if (!stored)
        return { state: 'missing', path };
    const source = `${recordStore.describe}: ${path}`;
    const file = (0,_core_bo3__WEBPACK_IMPORTED_MODULE_0__/* .parseTestResultText */ .Ch)(stored.content, source);
    const evaluation = (0,_core_bo3__WEBPACK_IMPORTED_MODULE_0__/* .evaluateTestResult */ .N7)(file, source);
    if (file.aggregated === undefined)
        return { state: 'no-aggregated-field', path, evaluation };
    if (!file.aggregated)
        return { state: 'not-aggregated', path, evaluation };
    if ((0,_core_bo3__WEBPACK_IMPORTED_MODULE_0__/* .isManuallyPromoted */ .IB)(file))
        return { state: 'aggregated', path, accepted: true, manuallyPromoted: true, evaluation };
    return { state: 'aggregated', path, accepted: file.accepted === true, evaluation };
}


/***/ }),

/***/ 27439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* reexport safe */ _core_config__WEBPACK_IMPORTED_MODULE_0__.E)
/* harmony export */ });
/* harmony import */ var _core_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84489);
// The types a run shares with the ports and the core, re-exported where the driver's users look for them.



/***/ })

};
