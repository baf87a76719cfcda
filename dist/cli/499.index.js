export const id = 499;
export const ids = [499];
export const modules = {

/***/ 73499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   testResultEvaluateCommand: () => (/* binding */ testResultEvaluateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_bo3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52191);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _args__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71604);
/* harmony import */ var _specs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52633);
/**
 * `krd test-result evaluate FILE… [--json] [--require-accepted]`: the BO3 verdict of test-result
 * files from their job data; with --require-accepted, exit 1 unless every file is accepted.
 */







// Enough files in flight to hide disk latency, few enough never to hit the open-file limit.
const CONCURRENCY = 64;
async function evaluateFile(file, cwd) {
    try {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8');
        const parsed = (0,_core_bo3__WEBPACK_IMPORTED_MODULE_2__/* .parseTestResultText */ .Ch)(text, file);
        return { file, evaluation: (0,_core_bo3__WEBPACK_IMPORTED_MODULE_2__/* .evaluateTestResult */ .N7)(parsed, file), manuallyPromoted: (0,_core_bo3__WEBPACK_IMPORTED_MODULE_2__/* .isManuallyPromoted */ .IB)(parsed) };
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { file, error: `${file}: no such file.` };
        if (code === 'EISDIR')
            return { file, error: `${file} is a directory, not a test-result file.` };
        if (code === 'EACCES')
            return { file, error: `${file} cannot be read (permission denied).` };
        return { file, error: (0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err) };
    }
}
async function evaluateAll(files, cwd) {
    const results = new Array(files.length);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const i = next++;
            results[i] = await evaluateFile(files[i], cwd);
        }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
    return results;
}
/** Accepted by BO3, or promoted by hand over a rejection (as upstream and the driver count it). */
function countsAsAccepted(r) {
    return r.evaluation.accepted === true || r.manuallyPromoted;
}
function jsonLine(file, e, manuallyPromoted) {
    return JSON.stringify({
        file,
        build: e.build,
        aggregated: e.aggregated,
        accepted: e.accepted,
        ...(manuallyPromoted ? { manual_promotion: true } : {}),
        jobs: e.jobs.map((j) => ({ name: j.name, verdict: j.verdict, runs: j.runs, successes: j.successes })),
    });
}
function verdictWords(e, manuallyPromoted) {
    const count = (v) => e.jobs.filter((j) => j.verdict === v).length;
    const total = `${e.jobs.length} job${e.jobs.length === 1 ? '' : 's'}`;
    if (!e.aggregated)
        return `not aggregated yet (${count('pending')} of ${total} pending)`;
    if (e.accepted)
        return `ACCEPTED (all ${total} pass)`;
    const rejected = `NOT ACCEPTED (${count('fail')} of ${total} failed BO3)`;
    return manuallyPromoted ? `${rejected}, but Accepted (Manually Promoted) in the file` : rejected;
}
function plainReport(file, e, manuallyPromoted) {
    const lines = [`${file}: build ${e.build}: ${verdictWords(e, manuallyPromoted)}`];
    if (e.jobs.length) {
        lines.push(`  ${'VERDICT'.padEnd(8)} ${'RUNS'.padStart(4)} ${'OK'.padStart(3)}  JOB`);
        for (const j of e.jobs) {
            lines.push(`  ${j.verdict.padEnd(8)} ${String(j.runs).padStart(4)} ${String(j.successes).padStart(3)}  ${j.name}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
const testResultEvaluateCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_5__/* .TEST_RESULT_EVALUATE */ .$6,
    async run(args, io) {
        const parsed = (0,_args__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_5__/* .TEST_RESULT_EVALUATE */ .$6, args, true);
        const files = parsed.positionals;
        if (files.length === 0)
            throw new _io__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e('Name at least one test-result file.');
        const results = await evaluateAll(files, io.cwd);
        let failed = 0;
        const notAccepted = [];
        const out = [];
        for (const r of results) {
            if ('error' in r) {
                failed++;
                io.stderr(`krd test-result evaluate: ${r.error}\n`);
            }
            else {
                if (!countsAsAccepted(r))
                    notAccepted.push(r.file);
                out.push(parsed.values.json ? `${jsonLine(r.file, r.evaluation, r.manuallyPromoted)}\n` : plainReport(r.file, r.evaluation, r.manuallyPromoted));
            }
        }
        io.stdout(out.join(''));
        if (parsed.values['require-accepted'] && notAccepted.length > 0) {
            const shown = notAccepted.length > 5 ? `${notAccepted.slice(0, 5).join(', ')} and ${notAccepted.length - 5} more` : notAccepted.join(', ');
            const evaluated = results.length - failed;
            const verb = notAccepted.length === 1 ? 'is' : 'are';
            io.stderr(`krd test-result evaluate: ${notAccepted.length} of ${evaluated} file${evaluated === 1 ? '' : 's'} ${verb} not accepted (--require-accepted): ${shown}.\n`);
            return 1;
        }
        return failed > 0 ? 1 : 0;
    },
};


/***/ }),

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


/***/ })

};
