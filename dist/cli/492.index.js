export const id = 492;
export const ids = [492];
export const modules = {

/***/ 2191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ parseTestResultText),
/* harmony export */   N7: () => (/* binding */ evaluateTestResult),
/* harmony export */   lv: () => (/* binding */ testResultPath),
/* harmony export */   rC: () => (/* binding */ isTestBuild)
/* harmony export */ });
/* unused harmony exports testResultFileSchema, pythonRound, requiredRetrySuccesses, evaluateJob, parseTestResultFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5649);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _version__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3323);
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
function describeIssue(issue) {
    const where = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(top level)';
    return `${where}: ${issue.message}`;
}
/** Validates parsed JSON as a test-result file; the error names `source` and the bad field. */
function parseTestResultFile(json, source = 'test result') {
    const parsed = testResultFileSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${source} is not a test-result file: ${first ? describeIssue(first) : 'invalid'}.`);
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

/***/ 5600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ parseJobRef)
/* harmony export */ });
/* unused harmony export MAX_JOB_CHARS */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8881);
/**
 * The job a person names in `/release:record-job` (a Jenkins build, a Prow job, an Errata push
 * job), checked against what each async task's job looks like before it reaches the StateBox
 * and, from there, oar's argument list (`-n N`, `--job-id ID`). Only a plain id or an https
 * URL of the expected shape passes; the id is taken from it the way the executors take it
 * from oar's output (src/adapters/exec/status-line.ts extractJob).
 */


/** Longer than any real job URL; a longer argument is refused before any pattern runs. */
const MAX_JOB_CHARS = 300;
// A DNS host name (no user info, no IP address, no IDN tricks) and an optional port.
const HOST = String.raw `(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}(?::\d{1,5})?`;
// A Jenkins folder such as `job/zstreams/`: a name never starting with a dot (so never `..`).
const FOLDERS = String.raw `(?:job/[a-z0-9_-][a-z0-9._-]{0,99}/)*`;
// Pages of a build a person may have copied instead of the build itself.
const BUILD_PAGE = String.raw `(?:/(?:console|consoleFull|consoleText|display/redirect)?)?`;
const BUILD_NUMBER = String.raw `[1-9]\d{0,11}`;
const UUID = String.raw `[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}`;
function jenkinsBuild(job) {
    return new RegExp(`^(https://${HOST}/${FOLDERS}job/${job}/(${BUILD_NUMBER}))${BUILD_PAGE}$`, 'i');
}
const DIGITS_RE = new RegExp(`^${BUILD_NUMBER}$`);
const UUID_RE = new RegExp(`^${UUID}$`, 'i');
// Deck's prowjob.yaml link and gangway's execution URL both name the Prow job id.
const PROW_JOB_RE = new RegExp(`^https://${HOST}/(?:prowjob\\?prowjob=|v1/executions/)(${UUID})$`, 'i');
// Deck's build page names the build, not the Prow job: oar cannot poll that number.
const PROW_BUILD_PAGE_RE = new RegExp(`^https://${HOST}/view/`, 'i');
const ERRATA_PUSH_RE = new RegExp(`^https://${HOST}/(?:push/)?push_(?:results|jobs)/(${BUILD_NUMBER})/?$`, 'i');
const digits = { read: (text) => (DIGITS_RE.test(text) ? { id: text } : undefined) };
const prowId = { read: (text) => (UUID_RE.test(text) ? { id: text.toLowerCase() } : undefined) };
const prowUrl = {
    read: (text) => {
        const m = PROW_JOB_RE.exec(text);
        return m?.[1] ? { id: m[1].toLowerCase(), url: text } : undefined;
    },
};
const errataUrl = {
    read: (text) => {
        const m = ERRATA_PUSH_RE.exec(text);
        return m?.[1] ? { id: m[1], url: text } : undefined;
    },
};
function jenkinsUrl(job) {
    const re = jenkinsBuild(job);
    return {
        read: (text) => {
            const m = re.exec(text);
            // Kept as the build's own URL, as the executors record it (`…/Stage-Pipeline/1674/`).
            return m?.[1] && m[2] ? { id: m[2], url: `${m[1]}/` } : undefined;
        },
    };
}
const ACCEPTED = {
    'push-to-cdn-staging': {
        forms: [digits, errataUrl],
        expected: 'the Errata Tool push job id (123456) or its https URL (https://errata.example.com/push_results/123456)',
    },
    'image-consistency-check': {
        forms: [prowId, prowUrl, digits, jenkinsUrl('image-consistency-check')],
        expected: 'the Prow job id (a UUID such as 227f5f68-ae68-4038-b601-12b15816be62, or the https URL of its prowjob.yaml page), ' +
            'or the Jenkins image-consistency-check build number (3529) or its https URL (https://jenkins.example.com/job/image-consistency-check/3529/)',
    },
    'stage-testing': {
        forms: [digits, jenkinsUrl('Stage-Pipeline')],
        expected: 'the Jenkins Stage-Pipeline build number (1674) or its https URL (https://jenkins.example.com/job/zstreams/job/Stage-Pipeline/1674/)',
    },
};
/** The argument quoted for a refusal, short and with anything odd escaped. */
function shown(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
/** Why `text` is not a job, in one sentence a person can act on. */
function refusal(task, text) {
    const expected = `give ${ACCEPTED[task].expected}`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https:\/\//i.test(text)) {
        return `${shown(text)} is not a job of ${task}: only https URLs are accepted; ${expected}.`;
    }
    if (task === 'image-consistency-check' && PROW_BUILD_PAGE_RE.test(text)) {
        return `${shown(text)} is a Prow build page, which names the build and not the Prow job that oar polls; ${expected}.`;
    }
    return `${shown(text)} is not a job of ${task}: ${expected}.`;
}
/**
 * The job `text` names for `task`, or an InputError saying what is expected. Nothing but an
 * id of digits, a UUID (Prow) or an https URL of the task's job system passes.
 */
function parseJobRef(task, text) {
    if (!(0,_tasks__WEBPACK_IMPORTED_MODULE_1__/* .isAsyncTask */ .QS)(task)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} starts no job: only ${_tasks__WEBPACK_IMPORTED_MODULE_1__/* .ASYNC_TASKS */ .wq.join(', ')} do.`);
    }
    const trimmed = text.trim();
    if (trimmed === '')
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The job of ${task} is empty; give ${ACCEPTED[task].expected}.`);
    if (trimmed.length > MAX_JOB_CHARS) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The job of ${task} is longer than ${MAX_JOB_CHARS} characters; give ${ACCEPTED[task].expected}.`);
    }
    for (const form of ACCEPTED[task].forms) {
        const ref = form.read(trimmed);
        if (ref)
            return ref;
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(refusal(task, trimmed));
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ driveOnce)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/overall.ts
var core_overall = __webpack_require__(3686);
// EXTERNAL MODULE: ./src/core/decide.ts
var decide = __webpack_require__(8019);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(2334);
;// CONCATENATED MODULE: ./src/core/retry.ts

/** Longest wait a run sits out for a retry-after (longer than the default 4-minute backoff). */
const DEFAULT_MAX_RETRY_WAIT_MS = 5 * 60_000;
/**
 * A system asked for a wait longer than a run should sit out (a rate limit that resets in
 * ten minutes): still transient, but the caller should stop calling that system this run.
 */
class RetryLaterError extends errors/* TransientError */.N_ {
    name = 'RetryLaterError';
}
/**
 * Runs `fn`, retrying transient errors after each backoff (or after the server's
 * retry-after when that is longer). Any other error, and the last transient one once the
 * retries are spent, is thrown to the caller, which decides what it means for the task.
 * A retry-after beyond `maxWaitMs` is thrown at once as a RetryLaterError.
 */
async function withRetry(fn, options) {
    const maxWait = options.maxWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (err instanceof errors/* TransientError */.N_ && (err.retryAfterMs ?? 0) > maxWait) {
                throw err instanceof RetryLaterError ? err : new RetryLaterError(err.message, err.retryAfterMs, { cause: err });
            }
            const backoff = options.backoffMs[attempt - 1];
            if (!(err instanceof errors/* TransientError */.N_) || backoff === undefined)
                throw err;
            const delay = Math.max(backoff, err.retryAfterMs ?? 0);
            options.onRetry?.(err, attempt, delay);
            await options.clock.sleep(delay);
        }
    }
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/statebox/repository.ts
var repository = __webpack_require__(956);
// EXTERNAL MODULE: ./src/driver/active.ts
var active = __webpack_require__(1346);
// EXTERNAL MODULE: ./src/core/job-ref.ts
var job_ref = __webpack_require__(5600);
// EXTERNAL MODULE: ./src/core/tasks.ts
var core_tasks = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __webpack_require__(9239);
// EXTERNAL MODULE: ./src/statebox/edit.ts
var edit = __webpack_require__(184);
;// CONCATENATED MODULE: ./src/core/decide-update.ts




function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Applies a patch to the task named `name` (appending it when the StateBox does not have
 * it yet), keeping every other field and every other task as they were. started_at and
 * completed_at follow the status. Pure: returns a new StateBox.
 */
function updateTask(box, name, patch, now, options = {}) {
    const at = (0,time/* isoSeconds */.n)(now);
    const index = box.tasks.findIndex((t) => t.name === name);
    const before = index >= 0 ? box.tasks[index] : undefined;
    const from = before?.status;
    let refused;
    let status = patch.status;
    if (status !== undefined && !options.human && !(0,core_tasks/* isAllowedTransition */.Ej)(from, status)) {
        refused = `${name}: ${from} → ${status} is not an allowed transition; kept ${from}`;
        status = undefined;
    }
    const next = before ? { ...before } : { name, status: status ?? 'Not Started', started_at: null, completed_at: null, result: null };
    if (options.reset) {
        delete next.job;
        delete next.deadline;
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
            next.started_at = from === undefined || from === 'Not Started' || options.reset ? at : (next.started_at ?? at);
            next.completed_at = status === 'In Progress' ? null : at;
        }
    }
    if (patch.result !== undefined)
        next.result = (0,mask/* maskEmails */._g)(patch.result);
    if (patch.job !== undefined && (next.job === undefined || options.human))
        next.job = patch.job;
    if (patch.deadline !== undefined)
        next.deadline = patch.deadline;
    if (patch.decided_by !== undefined)
        next.decided_by = (0,mask/* maskEmails */._g)(patch.decided_by);
    else if (!options.human && status !== undefined && status !== from && next.decided_by !== undefined) {
        // An automatic change after a human decision (a retried task running again) is no longer theirs.
        delete next.decided_by;
    }
    const changed = !sameJson(before, next);
    if (!changed)
        return { box, changed: false, ...(refused ? { refused } : {}) };
    const tasks = index >= 0 ? box.tasks.map((t, i) => (i === index ? next : t)) : (0,edit/* insertTaskInFlowOrder */.kw)(box.tasks, next);
    return {
        box: { ...box, tasks },
        changed: true,
        ...(next.status !== from ? { transition: { from, to: next.status } } : {}),
        ...(refused ? { refused } : {}),
    };
}

// EXTERNAL MODULE: ./src/statebox/claims.ts
var claims = __webpack_require__(9397);
// EXTERNAL MODULE: ./src/statebox/unrecorded.ts
var unrecorded = __webpack_require__(1079);
;// CONCATENATED MODULE: ./src/driver/commands.ts











function flowTask(release, task) {
    if (!(0,core_tasks/* isFlowTask */.mS)(task)) {
        throw new errors/* InputError */.dz(`${JSON.stringify(task)} is not a task of the release flow of ${release}: expected one of ${core_tasks/* FLOW_TASKS */.K6.join(', ')}.`);
    }
    return task;
}
function required(text, what, command) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new errors/* InputError */.dz(`/release:${command} needs ${what}: it is recorded in the StateBox.`);
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
        throw new errors/* InputError */.dz(`The command names release ${cmd.release} but was applied to the StateBox of ${box.release}.`);
    }
    const by = (0,mask/* maskEmails */._g)(cmd.by);
    const release = box.release;
    switch (cmd.kind) {
        case 'status':
            return { box, reply: `${release} is ${(0,core_overall/* overallStatus */.gX)(box)}.`, transitions: [] };
        case 'drive': {
            if (!cmd.owner)
                return { box, reply: `Driving ${release} (requested by ${by}).`, transitions: [] };
            const owner = cmd.owner.trim();
            const next = box.driver?.owner === owner ? box : { ...box, driver: { ...box.driver, owner } };
            return { box: next, reply: `Driving ${release} with owner ${(0,mask/* maskEmails */._g)(owner)} (requested by ${by}).`, transitions: [] };
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
            const verb = cmd.kind === 'accept' ? 'Accepted' : 'Rejected';
            const r = updateTask(box, task, { status: to, decided_by: by, result: `${verb} by ${by} at ${(0,time/* isoSeconds */.n)(now)}: ${why}${previously(current?.status, current?.result)}` }, now, { human: true });
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
            const r = updateTask(box, task, {
                status: 'Not Started',
                decided_by: by,
                result: `Retry requested by ${by} at ${(0,time/* isoSeconds */.n)(now)} (was ${was}).${previously(current?.status, current?.result)}`,
            }, now, { human: true, reset: true });
            // Jobs started before this moment belong to the old attempt: never adopt them.
            const tasks = r.box.tasks.map((t) => (t.name === task ? { ...t, reset_at: (0,time/* isoSeconds */.n)(now) } : t));
            // A person checked a job a dead run may have started (src/statebox/unrecorded.ts): start it afresh.
            return {
                box: (0,unrecorded/* withoutUnrecordedStarts */.x0)({ ...r.box, tasks }, [task]),
                reply: `${task} of ${release} will start again on the next step${task === 'change-advisory-status' ? ' with a fresh 2-day deadline' : ''}.`,
                transitions: r.transition ? [{ task, ...r.transition }] : [],
            };
        }
        case 'record-job':
            return recordJob(box, cmd, by, now);
        case 'resolve': {
            const text = required(cmd.text, 'a resolution text', 'resolve');
            const next = (0,edit/* resolveIssue */.oy)(box, cmd.issue, `${text} (resolved by ${by})`, now);
            return { box: next, reply: `Issue ${cmd.issue} of ${release} resolved.`, transitions: [] };
        }
    }
}
/**
 * `/release:record-job`: a person found the job of an async task in Jenkins, Prow or the Errata
 * Tool (typically one a dead run started without recording it, src/statebox/unrecorded.ts) and
 * records it. The task becomes In Progress with that job, so the next step polls it instead of
 * starting one; the hold for a person and any claim on the task go. A recorded job is never
 * replaced (a retry clears it), and a finished task is left alone.
 */
function recordJob(box, cmd, by, now) {
    const release = box.release;
    const task = flowTask(release, cmd.task);
    if (!(0,core_tasks/* isAsyncTask */.QS)(task)) {
        throw new errors/* InputError */.dz(`${task} starts no job, so there is none to record: /release:record-job is for ${core_tasks/* ASYNC_TASKS */.wq.join(', ')}.`);
    }
    const job = (0,job_ref/* parseJobRef */.Y)(task, cmd.job);
    const named = job.url ?? job.id;
    const current = box.tasks.find((t) => t.name === task);
    if (current?.status === 'Pass' || current?.status === 'Fail') {
        throw new errors/* InputError */.dz(`${task} of ${release} is already ${current.status}, so its job is over and nothing was recorded; /release:retry ${release} ${task} starts it again.`);
    }
    const recorded = current?.job ?? (0,decide/* legacyJob */.hI)(current?.result);
    if (recorded && recorded.id !== job.id) {
        throw new errors/* InputError */.dz(`${task} of ${release} already records job ${recorded.url ?? recorded.id}, and a recorded job is never replaced; nothing was recorded. ` +
            `If that job is wrong, /release:retry ${release} ${task} clears it and starts the task again.`);
    }
    if (recorded && current?.job && current.status === 'In Progress') {
        return { box, reply: `${task} of ${release} already records job ${current.job.url ?? current.job.id}; nothing changed.`, transitions: [] };
    }
    // A live claim: a run is starting the task right now and records its own job.
    const { state, claim } = (0,claims/* claimState */.Sg)(box, task, now, '');
    if (state === 'live') {
        const until = (0,time/* isoSeconds */.n)(new Date(Date.parse(claim.at) + claims/* CLAIM_TTL_MS */.jn));
        throw new errors/* InputError */.dz(`run ${claim.run} claimed ${task} of ${release} at ${claim.at} and may be starting its job right now; nothing was recorded. Look again after ${until}.`);
    }
    const was = statusBefore(box, task, current?.status);
    const r = updateTask(box, task, {
        status: 'In Progress',
        decided_by: by,
        job: { id: job.id, ...(job.url ? { url: job.url } : {}) },
        result: `Job ${named} recorded by ${by} at ${(0,time/* isoSeconds */.n)(now)} (was ${was}); it is polled, not started again.${previously(current?.status, current?.result)}`,
    }, now, { human: true });
    // An In Progress task without a start time (files upstream wrote) starts now.
    const tasks = r.box.tasks.map((t) => (t.name === task && !t.started_at ? { ...t, started_at: (0,time/* isoSeconds */.n)(now) } : t));
    return {
        box: (0,claims/* withoutClaims */.gm)((0,unrecorded/* withoutUnrecordedStarts */.x0)({ ...r.box, tasks }, [task]), [task]),
        reply: `Recorded job ${named} for ${task} of ${release} (now In Progress): the next step polls it and does not start ${task} again.`,
        transitions: r.transition ? [{ task, ...r.transition }] : [],
    };
}
/** What a task was before a human command, in words for its result text. */
function statusBefore(box, task, status) {
    const held = (0,unrecorded/* unrecordedStart */.G$)(box, task);
    return held ? `waiting for a person: run ${held.run} may have started it at ${held.at} without recording its job` : (status ?? 'not recorded');
}

// EXTERNAL MODULE: ./src/statebox/merge.ts
var merge = __webpack_require__(7326);
// EXTERNAL MODULE: ./src/statebox/yaml.ts
var yaml = __webpack_require__(727);
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
 * (src/statebox/unrecorded.ts).
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
    return !findsJobs && (0,core_tasks/* isAsyncTask */.QS)(task);
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
        const claim = { run: this.runId, at: (0,time/* isoSeconds */.n)(now) };
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
                    const written = await helpers.retry(`claiming ${want.join(', ')}`, () => this.store.write(path, (0,yaml/* serializeStateBox */.nG)(content), { sha, message }));
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

// EXTERNAL MODULE: ./src/core/bo3.ts
var bo3 = __webpack_require__(2191);
;// CONCATENATED MODULE: ./src/adapters/test-results.ts
/** Reads a build's test-result file from the record branch through the StateStore port. */

/**
 * Throws InputError for an invalid build or a malformed file (naming the store and path);
 * errors of the store itself (TransientError, PermanentError) pass through.
 */
async function readTestResult(recordStore, build) {
    const path = (0,bo3/* testResultPath */.lv)(build);
    const stored = await recordStore.read(path);
    if (!stored)
        return { state: 'missing', path };
    const source = `${recordStore.describe}: ${path}`;
    const file = (0,bo3/* parseTestResultText */.Ch)(stored.content, source);
    const evaluation = (0,bo3/* evaluateTestResult */.N7)(file, source);
    if (file.aggregated === undefined)
        return { state: 'no-aggregated-field', path, evaluation };
    if (!file.aggregated)
        return { state: 'not-aggregated', path, evaluation };
    return { state: 'aggregated', path, accepted: file.accepted === true, evaluation };
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
    box;
    obs = {};
    probed = new Set();
    touched = new Set();
    alerts = [];
    executorWaits = [];
    release;
    constructor(deps, config, box, emit, 
    /** Where the StateBox is stored: starting a job claims it there first. Without it nothing is claimed. */
    slot) {
        this.deps = deps;
        this.config = config;
        this.emit = emit;
        this.slot = slot;
        this.box = box;
        this.release = box.release;
    }
    async run() {
        const now = this.deps.clock.now();
        // Records of unrecorded starts that a retry, a recorded job or a decision has settled go.
        this.box = (0,unrecorded/* withoutSettledUnrecordedStarts */.oU)(this.box);
        // Phase 1: settle what is in flight (polls, gates, the advisory deadline).
        const first = await this.decideWithProbes(now);
        for (const action of first.actions) {
            if (action.type === 'poll' || action.type === 'analyze' || action.type === 'update' || action.type === 'stage-release-wait') {
                await this.execute(action);
            }
        }
        // Phase 2: with that settled, start what became unblocked, and one synchronous task.
        const second = await this.decideWithProbes(now);
        let ranSync = false;
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
        return { box: this.box, decision: final, alerts: this.alerts, executorWaits: this.executorWaits };
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
            this.executorWaits.push(`${task}: ${reason}`);
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
        const deadline = (0,time/* isoSeconds */.n)(new Date((Number.isNaN(claimedAt) ? this.deps.clock.now().getTime() : claimedAt) + decide/* ADVISORY_DEADLINE_MS */.A7));
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
        return withRetry(fn, {
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
            promotedTestResult: () => readTestResult(record, this.release),
            candidateTestResult: () => readTestResult(record, (0,decide/* candidateBuild */.sM)(box)),
            prodMetadata: () => probes.prodMetadataAccessible(this.release),
        };
        try {
            return { ok: true, value: await this.retry(`checking ${PROBE_WORDS[probe]}`, calls[probe]) };
        }
        catch (err) {
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
        const r = updateTask(this.box, task, patch, this.deps.clock.now(), { human });
        if (r.refused) {
            this.deps.log.warning(`${this.release}: ${r.refused}`);
            this.emit('decision', r.refused, task);
        }
        this.box = r.box;
        if (r.transition)
            this.emit('status', why, task, r.transition.to);
    }
    task(name) {
        return this.box.tasks.find((t) => t.name === name);
    }
    context(task, owner) {
        const record = this.task(task);
        const jobId = record?.job?.id ?? (0,decide/* legacyJob */.hI)(record?.result)?.id;
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
                return this.guard(action.task, 'analyze', () => this.analyze(action.task, action.build, action.advisory));
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
            if (err instanceof RunAborted)
                throw err;
            const message = (0,mask/* maskEmails */._g)((0,errors/* errorMessage */.gJ)(err));
            if (err instanceof errors/* PermanentError */.Dr || err instanceof errors/* InputError */.dz) {
                this.emit('error', `${what} of ${task} failed permanently: ${message}`, task);
                this.deps.log.error(`${this.release}: ${task}: ${message}`);
                this.update(task, { status: 'Fail', result: `${core_tasks/* TASK_INFO */.xA[task].display} failed: ${message}` }, `permanent error: ${message}`);
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
        return { job: { id: outcome.jobId, ...(outcome.jobUrl ? { url: outcome.jobUrl } : {}), triggered_at: (0,time/* isoSeconds */.n)(this.deps.clock.now()) } };
    }
    resultText(task, outcome) {
        return outcome.output.trim() !== '' ? outcome.output : `${core_tasks/* TASK_INFO */.xA[task].display}: ${outcome.status}`;
    }
    recordWait(task, outcome) {
        const reason = outcome.waitReason ?? (outcome.output.trim() || 'the executor says it must wait');
        this.executorWaits.push(`${task}: ${reason}`);
        this.emit('wait', reason, task);
    }
    async poll(task) {
        const before = this.task(task);
        const outcome = await this.retry(`polling ${task}`, () => this.deps.executor.poll(task, this.context(task)));
        if (outcome.status === 'Wait')
            return this.recordWait(task, outcome);
        if (outcome.status === 'In Progress') {
            // Still running: nothing to write, unless the job id is news (never overwrite a recorded one).
            if (!before?.job && outcome.jobId)
                this.update(task, this.jobPatch(outcome), 'job recorded');
            return;
        }
        this.update(task, { status: outcome.status, result: this.resultText(task, outcome), ...this.jobPatch(outcome) }, `${task} ${outcome.status}`);
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
            this.update(task, { status: 'In Progress', result: text, job: { id: jobId, ...(jobUrl ? { url: jobUrl } : {}), triggered_at: (0,time/* isoSeconds */.n)(this.deps.clock.now()) } }, text);
            return;
        }
        const outcome = started.outcome;
        if (outcome.status === 'Wait')
            return this.recordWait(task, outcome);
        this.emit('trigger', `started ${task}${outcome.jobId ? ` (job ${outcome.jobUrl ?? outcome.jobId})` : ''}`, task, outcome.status);
        this.hook(() => this.deps.hooks?.afterTrigger?.(this.release, task));
        this.update(task, { status: outcome.status, result: this.resultText(task, outcome), ...this.jobPatch(outcome) }, `${task} started`);
    }
    async runTask(task, owner) {
        if (task === 'check-rhcos-security-alerts')
            return this.checkSecurityAlerts();
        const outcome = await this.retry(`running ${task}`, () => this.deps.executor.start(task, this.context(task, owner)));
        if (outcome.status === 'Wait')
            return this.recordWait(task, outcome);
        this.emit('trigger', `ran ${task}`, task, outcome.status);
        this.hook(() => this.deps.hooks?.afterTrigger?.(this.release, task));
        const patch = { status: outcome.status, result: this.resultText(task, outcome), ...this.jobPatch(outcome) };
        if (task === 'change-advisory-status' && outcome.status === 'In Progress') {
            // No detached checker: every later run checks the prod metadata until this deadline.
            const deadline = (0,time/* isoSeconds */.n)(new Date(this.deps.clock.now().getTime() + decide/* ADVISORY_DEADLINE_MS */.A7));
            this.update(task, { ...patch, deadline }, `shipment MR approved; waiting for prod metadata until ${deadline}`);
            return;
        }
        this.update(task, patch, `${task} ${outcome.status}`);
    }
    /** Informational and always Pass (spec §4): blocking alerts become a non-blocker issue and a notification. */
    async checkSecurityAlerts() {
        const task = 'check-rhcos-security-alerts';
        const advisory = this.box.metadata.advisory_ids?.['rhcos'];
        if (advisory === undefined) {
            this.update(task, { status: 'Pass', result: 'No RHCOS advisory in the StateBox metadata: no security alerts to check.' }, 'no RHCOS advisory');
            return;
        }
        const alerts = await this.retry('checking RHCOS security alerts', () => this.deps.probes.rhcosSecurityAlerts(advisory));
        const blocking = alerts.filter((a) => a.blocking);
        if (blocking.length === 0) {
            this.update(task, { status: 'Pass', result: `No blocking security alerts on RHCOS advisory ${advisory} (${alerts.length} alert(s) in total).` }, 'no blocking alerts');
            return;
        }
        const lines = blocking.map((a) => `- ${a.name}: ${a.text ?? ''}${a.how_to_resolve ? ` How to resolve: ${a.how_to_resolve}` : ''}`.trim());
        const text = `Blocking security alert(s) on RHCOS advisory ${advisory}: ${blocking.map((a) => a.name).join(', ')}. Email secalert@redhat.com with the advisory id and the alert details; resolve this issue when done.`;
        const already = this.box.issues.some((i) => !i.resolved && i.issue === (0,mask/* maskEmails */._g)(text));
        if (!already)
            this.box = (0,edit/* addIssue */.ZJ)(this.box, { text, blocker: false, tasks: [task], now: this.deps.clock.now() });
        this.alerts.push({ advisory, alerts: blocking });
        this.update(task, { status: 'Pass', result: `BLOCKING SECURITY ALERT(S) on RHCOS advisory ${advisory}; the pipeline continues, follow-up required:\n${lines.join('\n')}` }, 'blocking alerts recorded as an issue');
    }
    async analyze(task, build, advisory) {
        const analyzer = this.deps.analyzer;
        if (!analyzer)
            return;
        const verdict = await this.retry(`analyzing ${build}`, () => analyzer.analyze(build));
        const words = `${decide/* ADVICE_MARKER */.YD} ${verdict.recommendation}. ${verdict.reasoning}`.trim();
        if (advisory) {
            const previous = this.task(task)?.result ?? '';
            this.emit('decision', `analyzer recommends ${verdict.recommendation} for ${build}; waiting for a human decision`, task);
            this.update(task, { result: previous ? `${previous}\n${words}` : words }, 'analyzer advice recorded');
            return;
        }
        const status = verdict.recommendation === 'ACCEPT' ? 'Pass' : 'Fail';
        this.emit('decision', `analyzer says ${verdict.recommendation} for ${build}: ${task} ${status}`, task, status);
        this.update(task, { status, result: words }, `analyzer ${verdict.recommendation}`);
    }
}

// EXTERNAL MODULE: ./src/core/waits.ts
var waits = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/statebox/unsent.ts
var unsent = __webpack_require__(2953);
;// CONCATENATED MODULE: ./src/driver/notifications.ts







function task(box, name) {
    return box?.tasks.find((t) => t.name === name);
}
function lastLine(text, max = 300) {
    const line = (text ?? '').trim().split('\n').filter((l) => l.trim() !== '').pop() ?? '';
    return line.length > max ? `${line.slice(0, max)}…` : line;
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
function issueOccasion(before, issue) {
    if (before?.issues.some((i) => i.reported_at === issue.reported_at && i.issue === issue.issue))
        return `issue@${issue.reported_at}`;
    const earlier = before?.issues.filter((i) => i.issue === issue.issue).length ?? 0;
    return `issue#${(0,external_node_crypto_.createHash)('sha256').update(issue.issue).digest('hex').slice(0, 12)}.${earlier}`;
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
    for (const name of core_tasks/* FLOW_TASKS */.K6) {
        const was = task(before, name);
        const now = task(after, name);
        if (!now || (now.status !== 'Pass' && now.status !== 'Fail') || was?.status === now.status)
            continue;
        const key = `${release}:task:${name}:${now.status}:${attemptOf(was, now)}`;
        const detail = lastLine(now.result);
        const display = core_tasks/* TASK_INFO */.xA[name].display;
        if (name === 'analyze-promoted-build') {
            add({
                key,
                kind: 'gate',
                text: now.status === 'Pass'
                    ? `${release}: gate passed, promoted build tests are acceptable. ${detail}`
                    : `${release}: gate FAILED, promoted build has blocking test failures; the release stops. ${detail}`,
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
            add({ key, kind: 'task-fail', text: `${release}: ${display} FAILED. ${detail}`, mentionOwner: true });
        }
    }
    const wasOverall = before ? (0,core_overall/* overallStatus */.gX)(before) : 'In Progress';
    const overall = (0,core_overall/* overallStatus */.gX)(after);
    if (overall === 'Red' && wasOverall !== 'Red') {
        const reasons = (0,core_overall/* redReasons */.Z0)(after);
        const id = [
            ...after.tasks.filter((t) => t.status === 'Fail').map((t) => `${t.name}@${attemptOf(task(before, t.name), t)}`),
            ...after.issues.filter((i) => i.blocker && !i.resolved).map((i) => issueOccasion(before, i)),
        ].join(',');
        add({
            key: `${release}:red:${id}`,
            kind: 'red',
            text: `${release} is Red and stopped: ${reasons.join('; ')}. Manual intervention required (/release:accept, /release:retry or /release:resolve).`,
            mentionOwner: true,
        });
    }
    if (overall === 'Green' && wasOverall !== 'Green') {
        add({
            key: `${release}:green:${task(after, 'change-advisory-status')?.started_at ?? ''}`,
            kind: 'green',
            text: `${release} is Green: the release completed successfully.`,
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
        const since = (0,time/* parseTimestamp */.E)(stage.since);
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
    const claim = { run: runId, at: (0,time/* isoSeconds */.n)(now) };
    const done = new Set(notifiedKeys(box));
    const dropped = [];
    const abandoned = [];
    const outbox = [];
    let owned = 0;
    for (const entry of (0,unsent/* unsentOf */.jd)(box)) {
        if (done.has(entry.key))
            continue;
        const at = (0,time/* parseTimestamp */.E)(entry.at);
        if (entry.run !== undefined && entry.run !== runId) {
            if (at !== undefined && now.getTime() - at < claims/* CLAIM_TTL_MS */.jn) {
                outbox.push(entry); // another run is sending it right now
                continue;
            }
            abandoned.push(entry);
            continue;
        }
        const since = (0,time/* parseTimestamp */.E)(entry.since);
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
        outbox.push({ key: n.key, kind: n.kind, text: n.text, ...(n.mentionOwner ? { mentionOwner: true } : {}), since: claim.at, ...claim });
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

;// CONCATENATED MODULE: ./src/driver/drive.ts














function withoutTimestamp(box) {
    if (!box)
        return '';
    const { updated_at: _ignored, ...rest } = box;
    return JSON.stringify(rest);
}
function placeholder(release, at) {
    return { schema_version: '1.0', release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [] };
}
function commandRelease(cmd) {
    return cmd.release;
}
/**
 * One run: for each release (the active ones, or those named), load its StateBox once,
 * apply people's commands, take one step and commit it (merging on conflict) with the
 * notifications it owes; once that commit landed, send them and record that they went out
 * (src/driver/outbox.ts). Tasks with effects outside the StateBox are claimed before they
 * start (src/driver/claim.ts). A broken StateBox is reported and left alone; the other
 * releases go on.
 */
async function driveOnce(deps, opts) {
    const events = [];
    const replies = [];
    const results = [];
    const commands = opts.commands ?? [];
    const emitFor = (release) => (type, detail, task, status) => {
        const event = { at: (0,time/* isoSeconds */.n)(deps.clock.now()), release, type, ...(task ? { task } : {}), ...(status ? { status } : {}), detail };
        events.push(event);
        deps.events?.(event);
    };
    const failed = (release, err) => {
        const message = (0,errors/* errorMessage */.gJ)(err);
        emitFor(release)('error', message);
        deps.log.error(`${release}: ${message}`);
        results.push({ release, overall: 'In Progress', statebox: placeholder(release, (0,time/* isoSeconds */.n)(deps.clock.now())), waits: [], wrote: false, error: message });
    };
    const releases = [];
    const named = [...(opts.releases ?? []), ...commands.flatMap((c) => commandRelease(c) ?? [])];
    if (!opts.releases?.length)
        releases.push(...(await (0,active/* activeReleases */.Zs)(deps.store, deps.clock.now(), [], { log: deps.log })));
    for (const name of named) {
        try {
            const release = await (0,active/* validateNamedRelease */.H7)(deps.store, name);
            if (!releases.includes(release))
                releases.push(release);
        }
        catch (err) {
            if (!results.some((r) => r.release === name))
                failed(name, err);
            for (const command of commands.filter((c) => c.release === name))
                replies.push({ command, error: (0,errors/* errorMessage */.gJ)(err) });
        }
    }
    if (releases.length === 0)
        deps.log.info('No active release to drive.');
    const runId = opts.runId ?? (0,external_node_crypto_.randomUUID)();
    let skipped = [];
    for (const [i, release] of releases.entries()) {
        if (opts.budget?.exhausted) {
            skipped = releases.slice(i);
            deps.log.warning(`The operations budget of this run is spent (${opts.budget.spent} of ${opts.budget.limit}); ${skipped.join(', ')} left for the next run. Raise the max-operations input to drive more releases per run.`);
            break;
        }
        try {
            const mine = commands.filter((c) => c.release === release);
            results.push(await driveRelease(deps, { release, runId }, mine, opts.config, emitFor(release), replies));
        }
        catch (err) {
            // A crash hook fired: the run dies here, as the simulator asked.
            if (err instanceof RunAborted)
                throw err.original;
            failed(release, err);
            // GitHub will not answer for a while (a far rate-limit reset): stop calling it this run.
            const later = retryLaterIn(err);
            if (later) {
                skipped = releases.slice(i + 1);
                if (skipped.length) {
                    deps.log.warning(`${later.message} ${skipped.join(', ')} left for the next run.`);
                }
                break;
            }
        }
    }
    return { releases: results, events, replies, ...(skipped.length ? { skipped } : {}) };
}
async function driveRelease(deps, { release, runId }, commands, config, emit, replies) {
    const { clock, log } = deps;
    const retry = { clock, backoffMs: config.retryBackoffMs };
    let loaded;
    try {
        loaded = await withRetry(() => (0,repository/* loadStateBox */.VH)(deps.store, release), retry);
    }
    catch (err) {
        throw new Error(`The StateBox of ${release} cannot be used, left untouched: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
    const before = loaded?.box;
    let box = before ?? (await withRetry(() => (0,active/* stateBoxFromTracking */.A6)(deps.store, release, clock.now()), retry));
    if (!before)
        emit('decision', `no StateBox yet: created one from ${release}'s tracking-file entry`);
    for (const command of commands) {
        try {
            const out = applyCommand(box, command, clock.now());
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
    const step = await new ReleaseStep(deps, config, box, emit, slot).run();
    box = step.box;
    const waits = [...step.decision.waits, ...step.executorWaits];
    for (const wait of step.decision.waits)
        emit('wait', wait);
    const result = (statebox, wrote, error) => ({
        release,
        overall: (0,core_overall/* overallStatus */.gX)(statebox),
        statebox,
        waits,
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
    box = { ...box, updated_at: (0,time/* isoSeconds */.n)(clock.now()) };
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
        const landed = staged?.owned ? await landedDespite(deps, release, runId, config) : undefined;
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
    return result(await sendAndConfirm(deps, release, saved, runId, owner, config, emit), true);
}
/**
 * A write that failed may still have landed (its answer lost on the way back). The notifications
 * it recorded as this run's tell: read the StateBox again once, and if they are there, the
 * commit is this run's and so is sending them. Otherwise (or when the read fails too) undefined.
 */
async function landedDespite(deps, release, runId, config) {
    try {
        const fresh = await withRetry(() => (0,repository/* loadStateBox */.VH)(deps.store, release), { clock: deps.clock, backoffMs: config.retryBackoffMs });
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
async function sendAndConfirm(deps, release, saved, runId, owner, config, emit) {
    const { clock, log } = deps;
    if (ownedBy(saved.box, runId).length === 0)
        return saved.box;
    const out = await sendOwned(deps, saved.box, runId, owner, emit);
    const confirmed = { ...out.box, updated_at: (0,time/* isoSeconds */.n)(clock.now()) };
    const what = [out.sent ? `${out.sent} sent` : '', out.failed ? `${out.failed} to send again later` : ''].filter(Boolean).join(', ');
    try {
        const done = await withRetry(() => (0,repository/* saveStateBox */.u3)(deps.store, release, { base: saved.box, baseSha: saved.sha, ours: confirmed, message: `${release}: notifications: ${what} (krd drive)`, clock }), { clock, backoffMs: config.retryBackoffMs, onRetry: (err, attempt) => log.warning(`${release}: recording notifications: ${err.message} (attempt ${attempt})`) });
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
        if (e instanceof RetryLaterError)
            return e;
    return undefined;
}


/***/ })

};
