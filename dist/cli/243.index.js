export const id = 243;
export const ids = [243];
export const modules = {

/***/ 56185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ taskRequest),
/* harmony export */   YT: () => (/* binding */ OarCliExecutor),
/* harmony export */   mB: () => (/* binding */ runProgram)
/* harmony export */ });
/* unused harmony exports OAR_SUBCOMMANDS, oarArgs */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58881);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83323);
/* harmony import */ var _child_env__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60492);
/* harmony import */ var _program_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20374);
/* harmony import */ var _status_line__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59851);
/**
 * Executor over the `oar` CLI of openshift/release-tests: one child process per call, an
 * argument array (never a shell), a timeout, and the output read by status-line.ts.
 */







/** The oar subcommand of each task the CLI runs; the others the driver checks itself. */
const OAR_SUBCOMMANDS = {
    'create-test-report': 'create-test-report',
    'take-ownership': 'take-ownership',
    'check-cve-tracker-bug': 'check-cve-tracker-bug',
    'push-to-cdn-staging': 'push-to-cdn-staging',
    'image-consistency-check': 'image-consistency-check',
    'stage-testing': 'stage-testing',
    'image-signed-check': 'image-signed-check',
    'change-advisory-status': 'change-advisory-status',
};
const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
// A job id is a Jenkins build number or a Prow UUID; never something that looks like an option.
const JOB_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function taskRequest(task, ctx, mode) {
    const release = (0,_core_version__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .BC)(ctx.release).text;
    if (!OAR_SUBCOMMANDS[task]) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .PermanentError */ .Dr(`${task} is not an oar task: the driver checks it itself, no executor runs it.`);
    }
    if (task === 'take-ownership') {
        if (!ctx.owner || !EMAIL_RE.test(ctx.owner)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`take-ownership needs the owner's email address${ctx.owner ? `; ${JSON.stringify(ctx.owner)} is not one` : ''}.`);
        }
        return { task, release, owner: ctx.owner };
    }
    if (mode === 'start')
        return { task, release };
    if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isAsyncTask */ .QS)(task)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .PermanentError */ .Dr(`${task} is not an async task: there is no job to poll.`);
    }
    if (task === 'push-to-cdn-staging')
        return { task, release }; // upstream re-runs the same command
    if (!ctx.jobId) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .PermanentError */ .Dr(`Cannot poll ${task} of ${release}: no job id was recorded when it was triggered; retry the task to trigger it again.`);
    }
    if (!JOB_ID_RE.test(ctx.jobId))
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${JSON.stringify(ctx.jobId)} is not a job id.`);
    if (task === 'stage-testing' && !/^\d+$/.test(ctx.jobId)) {
        // oar's `-n/--build_number` is a click int: anything else ends in a usage error, not a status.
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .PermanentError */ .Dr(`stage-testing polls a Jenkins build number (oar's -n/--build_number); the recorded job ${JSON.stringify(ctx.jobId)} is not one: record the Stage-Pipeline build with /release:record-job.`);
    }
    return { task, release, jobId: ctx.jobId };
}
/**
 * The oar argument list, as upstream's click options take it: `oar -r 4.20.1 take-ownership -e
 * owner@x`; polls of stage-testing with `-n N` (its `-n/--build_number`, an int) and of
 * image-consistency-check with `-i ID` (its `-i/--job-id`, a Prow job; it has no `-n`), the
 * way release-tests' MCP server passes them.
 */
function oarArgs(req) {
    const args = ['-r', req.release, OAR_SUBCOMMANDS[req.task]];
    if (req.owner)
        args.push('-e', req.owner);
    if (req.jobId)
        args.push(req.task === 'image-consistency-check' ? '-i' : '-n', req.jobId);
    return args;
}
/** How long `oar --help` may take before a run counts oar as not answering. */
const PREFLIGHT_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
/** Runs a program with an argument array and exactly the environment given, collecting stdout and stderr in arrival order. */
function runProgram(command, args, opts) {
    const [program, ...lead] = command;
    if (!program)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The ${opts.what} command is empty.`);
    return new Promise((resolve, reject) => {
        const chunks = [];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(program, [...lead, ...args], { timeout: opts.timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, env: opts.env, cwd: opts.cwd, windowsHide: true }, (err) => {
            const output = chunks.join('');
            if (!err)
                return resolve({ output, exitCode: 0 });
            const e = err;
            if (e.code === 'ENOENT' || e.code === 'EACCES') {
                return reject(new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .SetupError */ .w3(`The ${opts.what} command ${JSON.stringify(program)} cannot be run (${e.code}): install it or configure its path.`));
            }
            if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                return reject(new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .PermanentError */ .Dr(`The ${opts.what} command printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB; last output: ${(0,_status_line__WEBPACK_IMPORTED_MODULE_6__/* .tail */ .RT)(output)}.`));
            }
            const timedOut = Boolean(e.killed) && e.signal !== null && e.signal !== undefined;
            resolve({ output, exitCode: typeof e.code === 'number' ? e.code : undefined, timedOut });
        });
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (c) => chunks.push(c));
        child.stderr?.on('data', (c) => chunks.push(c));
    });
}
/**
 * No `findJob`: the oar CLI cannot say which job a task of a release is running. Its only
 * status query needs the job (`-n N`, `-i ID`); without one, `image-consistency-check`
 * and `stage-testing` trigger a job unless oar's own StateBox (written by oar after the
 * command, with GITHUB_TOKEN) already shows the task In Progress or Pass, and then print
 * "already triggered" without the job. push-to-cdn-staging has no job to find: oar's poll of
 * it is the trigger command run again. So after a run died between starting a job and
 * recording it, only the engine can keep the job from starting twice (its claim in the
 * StateBox); see SECURITY.md. The MCP executor can tell (mcp.ts).
 */
class OarCliExecutor {
    options;
    command;
    env;
    constructor(options) {
        this.options = options;
        this.command = options.command?.length ? options.command : ['oar'];
        if (!(options.timeoutMs > 0))
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('The oar CLI timeout must be a positive number of milliseconds.');
        this.env = options.env ?? (0,_child_env__WEBPACK_IMPORTED_MODULE_4__/* .childEnv */ .gf)(process.env, 'oar');
    }
    async start(task, ctx) {
        return this.run(taskRequest(task, ctx, 'start'));
    }
    async poll(task, ctx) {
        return this.run(taskRequest(task, ctx, 'poll'));
    }
    /**
     * Before a run: the program is there (on the PATH oar gets), oar gets the variables it needs,
     * and `oar --help` answers with exit code 0. A SetupError names what is missing and how to
     * fix it; a TransientError when --help does not answer in time.
     */
    async preflight() {
        const program = this.command[0] ?? '';
        const fix = 'oar-command (KRD_OAR_COMMAND for krd drive)';
        if (!(0,_program_path__WEBPACK_IMPORTED_MODULE_5__/* .findProgram */ .K)(program, this.env, this.options.cwd)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .SetupError */ .w3(`The oar CLI ${JSON.stringify(program)} is not installed or not on PATH: install oar of openshift/release-tests on the runner (a step before this one), or set ${fix} to its path.`);
        }
        const missing = (this.options.requiredEnv ?? []).filter((name) => !this.env[name]?.trim());
        if (missing.length) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .SetupError */ .w3(`The oar CLI needs ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set: set ${missing.length > 1 ? 'them' : 'it'} in the env: of the step that runs the action (from secrets), or in the environment of krd drive.`);
        }
        let run;
        try {
            run = await runProgram(this.command, ['--help'], {
                timeoutMs: Math.min(this.options.timeoutMs, PREFLIGHT_TIMEOUT_MS),
                env: this.env,
                cwd: this.options.cwd,
                what: 'oar CLI',
            });
        }
        catch (err) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .SetupError */ .w3((0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err), { cause: err });
        }
        const shown = [...this.command, '--help'].join(' ');
        if (run.timedOut)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_(`The oar CLI did not answer \`${shown}\` in time.`);
        if (run.exitCode !== 0) {
            const code = run.exitCode === undefined ? 'was killed' : `exited with code ${run.exitCode}`;
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .SetupError */ .w3(`The oar CLI does not run: \`${shown}\` ${code}${run.output.trim() ? ` (${(0,_status_line__WEBPACK_IMPORTED_MODULE_6__/* .tail */ .RT)(run.output)})` : ''}; fix its installation or ${fix}.`);
        }
    }
    async run(req) {
        const run = await runProgram(this.command, oarArgs(req), {
            timeoutMs: this.options.timeoutMs,
            env: this.env,
            cwd: this.options.cwd,
            what: 'oar CLI',
        });
        return (0,_status_line__WEBPACK_IMPORTED_MODULE_6__/* .interpretRun */ .rq)(req.task, run, 'The oar CLI');
    }
}


/***/ }),

/***/ 20374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ findProgram)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where a program would be found, the way execFile finds it: a name with a path separator as
 * given (relative to `cwd`), any other name in the PATH of the environment the child gets.
 * For preflight checks: "is oar installed?" before a run touches anything.
 */


function executableFile(path) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
            return false;
        if (process.platform !== 'win32')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The path of `program` as a child with environment `env` would run it, or undefined when there is none. */
function findProgram(program, env, cwd = process.cwd()) {
    if (!program)
        return undefined;
    const windows = process.platform === 'win32';
    const extensions = windows ? ['', ...(env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
    const candidates = (base) => extensions.map((ext) => base + ext);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(program) || program.includes('/') || (windows && program.includes('\\'))) {
        return candidates((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, program)).find(executableFile);
    }
    const path = env['PATH'] ?? (windows ? env['Path'] : undefined) ?? '';
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const found = candidates((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir), program)).find(executableFile);
        if (found)
            return found;
    }
    return undefined;
}


/***/ }),

/***/ 59851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ detectAuthFailure),
/* harmony export */   RC: () => (/* binding */ extractJob),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   by: () => (/* binding */ lastStatus),
/* harmony export */   rq: () => (/* binding */ interpretRun)
/* harmony export */ });
/* unused harmony exports displayNamesFor, parseStatusLines, detectStageReleaseWait, stripLogPrefix, detectMissingEnv */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59239);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58881);
/* harmony import */ var _core_job_ref__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35600);
/**
 * Reading what the `oar` CLI (or its MCP server) printed: the status lines
 * `task [Display] status is changed to [Pass|Fail|In Progress|Not Started]`
 * (oar/core/util.py log_task_status), job ids, the stage-release-not-ready wait, missing
 * environment variables and credential failures. Shared by every executor.
 */




/** Names upstream has printed for each task (its const.py and the spec spell some differently). */
const DISPLAY_VARIANTS = {
    'create-test-report': ['Create test report'],
    'check-cve-tracker-bug': ['Check CVE tracker bugs'],
    'push-to-cdn-staging': ['Push to CDN staging'],
    'image-signed-check': ['Image signature check'],
};
const normalize = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Every display name that counts as `task`, normalized (case, spaces and dashes ignored). */
function displayNamesFor(task) {
    return [_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .TASK_INFO */ .xA[task].display, ...(DISPLAY_VARIANTS[task] ?? []), task].map(normalize);
}
const STATUS_RE = /task\s*\[([^\]\n]+)\]\s*status\s+is\s+changed\s+to\s*\[\s*(pass|fail|in\s*progress|not\s*started)\s*\]/gi;
function statusValue(raw) {
    const s = raw.toLowerCase().replace(/\s+/g, '');
    return s === 'pass' ? 'Pass' : s === 'fail' ? 'Fail' : s === 'notstarted' ? 'Not Started' : 'In Progress';
}
/** The status lines about `task`, in output order. */
function parseStatusLines(output, task) {
    const names = new Set(displayNamesFor(task));
    const found = [];
    output.split(/\r?\n/).forEach((text, line) => {
        for (const m of text.matchAll(STATUS_RE)) {
            const display = (m[1] ?? '').trim();
            if (names.has(normalize(display)))
                found.push({ display, status: statusValue(m[2] ?? ''), line });
        }
    });
    return found;
}
/** The status the task ended on: the last status line about it wins. */
function lastStatus(output, task) {
    return parseStatusLines(output, task).at(-1)?.status;
}
function lastMatch(output, re) {
    let last;
    for (const m of output.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)))
        last = m;
    return last;
}
// A Prow job id as upstream prints it (Gangway's execution id, a UUID); Python's None is no id.
const PROW_ID = String.raw `(?!None\b)([A-Za-z0-9][A-Za-z0-9._-]{0,99})`;
const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Where upstream's image-consistency-check names its Prow job (oar/cli/cmd_image_consistency_check.py,
 * prow/job/job.py), most telling first: the job this run triggered, the one it found still
 * running and left alone, the one it polled. A run that re-triggers names the old job too
 * ("Prow job {old} ended with state 'aborted', re-triggering"), and Python's prints on stdout
 * may arrive after its log lines on stderr, so order within the output decides nothing.
 */
const PROW_JOB_LINES = [
    [new RegExp(`Triggered image consistency check Prow job: ${PROW_ID}`), new RegExp(`Image consistency check job id: ${PROW_ID}`)],
    [new RegExp(`Prow job ${PROW_ID} already in state '`)],
    [new RegExp(`Checking image consistency check Prow job status for job ID: ${PROW_ID}`)],
];
const PROW_URL_RE = /(?:Prow job URL|Image consistency check job url|Job state: \w*, URL):\s*(https?:\/\/[^\s<>"']+)/i;
/** The image-consistency-check Prow job named in `output`, with its URL when printed. */
function prowJob(output) {
    for (const group of PROW_JOB_LINES) {
        let best;
        for (const re of group) {
            const m = lastMatch(output, re);
            if (m && (!best || m.index > best.index))
                best = m;
        }
        const id = best?.[1];
        if (!id)
            continue;
        // get_job_results prints `Job {id} results: {... 'jobURL': '…' ...}` (a Python dict).
        const results = lastMatch(output, new RegExp(`Job ${escapeRe(id)} results: [^\n]*?'jobURL': '(https?://[^'\\s]+)'`));
        const url = results?.[1] ?? lastMatch(output, PROW_URL_RE)?.[1];
        return (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_3__/* .jobRef */ .XB)(id, url);
    }
    const prow = lastMatch(output, new RegExp(String.raw `Prow job[^\n]{0,30}?\b(${_core_job_ref__WEBPACK_IMPORTED_MODULE_3__/* .PROW_JOB_ID */ .$e})\b`, 'i'));
    if (!prow?.[1])
        return undefined;
    return (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_3__/* .jobRef */ .XB)(prow[1], lastMatch(output, PROW_URL_RE)?.[1]);
}
/**
 * The job a trigger or poll printed (the last one mentioned), as the core's JobRef
 * (src/core/job-ref.ts, which also reads a person's input and upstream's old log text).
 * Jenkins build URLs end in `/{job}/{N}/`: the job's own name (core JENKINS_JOB) tells which task it belongs to.
 */
function extractJob(output, task) {
    if (task === 'image-consistency-check') {
        const prow = prowJob(output);
        if (prow)
            return prow;
    }
    const jenkinsJob = (0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isAsyncTask */ .QS)(task) ? _core_job_ref__WEBPACK_IMPORTED_MODULE_3__/* .JENKINS_JOB */ .nV[task] : undefined;
    if (jenkinsJob) {
        const url = lastMatch(output, new RegExp(`(https?://[^\\s<>"']*/${jenkinsJob}/(\\d+))/?`));
        if (url?.[1] && url[2])
            return (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_3__/* .jobRef */ .XB)(url[2], `${url[1]}/`);
        const path = lastMatch(output, new RegExp(`\\b${jenkinsJob}/(\\d+)\\b`));
        if (path?.[1])
            return (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_3__/* .jobRef */ .XB)(path[1]);
    }
    if (task === 'push-to-cdn-staging') {
        const push = lastMatch(output, /push job (?:id[:\s]+|#)(\d+)/i);
        if (push?.[1])
            return (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_3__/* .jobRef */ .XB)(push[1]);
    }
    return undefined;
}
// What upstream prints when the shipment MR's stage-release pipeline has not succeeded yet.
const STAGE_RELEASE_WAIT = [/stage[- ]release pipeline (?:is not completed yet|has not succeeded yet|is not success\b)/i, /ShipmentDataException/];
const STAGE_RELEASE_TASKS = (0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .tasksWaitingOn */ .Dv)('stage-release');
/** The last line saying the task waits for stage-release (tasks that depend on it only). */
function findStageReleaseWait(output, task) {
    if (!STAGE_RELEASE_TASKS.includes(task))
        return undefined;
    const lines = output.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const text = lines[i] ?? '';
        if (STAGE_RELEASE_WAIT.some((re) => re.test(text)))
            return { line: i, reason: stripLogPrefix(text) };
    }
    return undefined;
}
/** Why the task waits for stage-release, if the output says so. */
function detectStageReleaseWait(output, task) {
    return findStageReleaseWait(output, task)?.reason;
}
/** `2026-04-23T10:58:11Z: INFO: text` and `2026-04-29 09:44:09,107 - INFO - text` → `text`. */
function stripLogPrefix(line) {
    return line
        .replace(/^\s*\d{4}-\d{2}-\d{2}[T ][\d:,.]+Z?\s*(?::|-)\s*[A-Z]+\s*(?::|-)\s*/, '')
        .trim();
}
const AUTH_RE = /unauthori[sz]ed|authentication (?:failed|required|error)|invalid (?:api )?(?:token|key)|please run \/login|not logged in|token (?:has )?(?:expired|is invalid|was rejected|is not valid)|bad credentials|no valid kerberos ticket|kerberos (?:ticket|credentials?)[^\n]*(?:expired|not found|missing)|GSS(?:API)?(?:Error| failure)|\bkinit\b|missing required environment variables|(?:status|code|http)[^\n\d]{0,12}\b(?:401|403)\b|\b(?:401|403)\b[^\n]{0,12}(?:unauthori|forbidden|client error)/i;
// Which credential a failing line points at, most specific first.
const CREDENTIAL_HINTS = [
    [/jira/i, 'JIRA_TOKEN (the API token of JIRA_USERNAME)'],
    [/jenkins/i, 'JENKINS_USER/JENKINS_TOKEN'],
    [/gitlab/i, 'GITLAB_TOKEN'],
    [/slack/i, 'SLACK_BOT_TOKEN'],
    [/gangway|prow/i, 'APITOKEN (Prow/Gangway)'],
    [/google|sheets|gspread|gcp/i, 'GCP_SA_FILE'],
    [/github/i, 'GITHUB_TOKEN'],
    [/jwk|jwe|configstore/i, 'OAR_JWK'],
    [/kerberos|kinit|gss|negotiate|errata/i, 'the Kerberos ticket (kinit)'],
];
const ENV_NAME_RE = /\b([A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:TOKEN|PASSWD|PASSWORD|JWK|KEY|FILE|USER|USERNAME))\b/g;
/** A credential problem in the output: the first line that says so and what to renew. */
function detectAuthFailure(output) {
    const lines = output.split(/\r?\n/);
    const index = lines.findIndex((l) => AUTH_RE.test(l));
    if (index < 0)
        return undefined;
    const evidence = stripLogPrefix(lines[index] ?? '');
    // The line itself, then what follows it (upstream lists missing variables on the next lines).
    const context = lines.slice(index, index + 8).join('\n');
    const named = [...new Set([...context.matchAll(ENV_NAME_RE)].map((m) => m[1]))];
    if (named.length)
        return { credential: named.join(', '), evidence };
    const hint = CREDENTIAL_HINTS.find(([re]) => re.test(context));
    return { credential: hint ? hint[1] : 'the credentials of the oar CLI', evidence };
}
const VAR = String.raw `([A-Z][A-Z0-9_]{1,63})`;
// What upstream prints when a variable it needs is unset (each names the variable):
const MISSING_ENV_LINES = [
    // oar/core/configstore.py _get_env_var
    new RegExp(`system environment variable ${VAR} not found`),
    // oar/core/statebox.py, oar/core/release_discovery.py: "GitHub token not found. Set GITHUB_TOKEN environment variable."
    new RegExp(`\\b[Ss]et (?:the )?${VAR} environment variable`),
    // prow/job/job.py get_prow_headers / get_github_headers (then sys.exit(0), without a job)
    new RegExp(`No ${VAR} env var found`),
    // oar/core/util.py get_elliott_env, oar/image_consistency_check/shipment.py
    new RegExp(`\\b${VAR} environment variable is not set`),
    // oar/notificator/jira_notificator.py: "Please set the JIRA_TOKEN environment variable."
    // oar/core/notification.py MailClient: "cannot find google app password from env var GOOGLE_APP_PASSWD"
    new RegExp(`from env var ${VAR}\\b`),
];
// oar/cli/cmd_group.py: "Missing required environment variables for OAR CLI:", then "  - NAME: purpose" each.
const MISSING_REQUIRED_HEADER = /Missing required environment variables for OAR CLI/i;
const MISSING_REQUIRED_ITEM = new RegExp(`^\\s*-\\s+${VAR}\\b`);
// Not fatal: the optional-variable warning, and oar failing to write its own StateBox after the command ran.
const NOT_FATAL = /Optional environment variable not set|Failed to update StateBox/i;
/**
 * The environment variables oar says it cannot run without, or undefined. Reads the list
 * `oar -r …` logs before any command when its validate_environment fails, and the single
 * complaints of the modules that read a variable when they need it.
 */
function detectMissingEnv(output) {
    const lines = output.split(/\r?\n/);
    const names = [];
    let evidence;
    lines.forEach((raw, i) => {
        if (NOT_FATAL.test(raw))
            return;
        if (MISSING_REQUIRED_HEADER.test(raw)) {
            const items = [];
            for (const item of lines.slice(i + 1)) {
                const text = stripLogPrefix(item);
                const m = MISSING_REQUIRED_ITEM.exec(text);
                if (!m?.[1])
                    break;
                names.push(m[1]);
                items.push(text.replace(/^-\s+/, ''));
            }
            evidence ??= [stripLogPrefix(raw), items.join('; ')].filter(Boolean).join(' ');
            return;
        }
        for (const re of MISSING_ENV_LINES) {
            const m = re.exec(raw);
            if (m?.[1]) {
                evidence ??= stripLogPrefix(raw);
                names.push(m[1]);
            }
        }
    });
    if (evidence === undefined)
        return undefined;
    return { names: [...new Set(names)], evidence };
}
// Upstream skips a trigger whose task its own StateBox already shows as started or passed.
const ALREADY_PASS_RE = /already\s+(?:pass(?:ed)?)\b/i;
// stage-testing: "stage testing already triggered and in progress"; image-consistency-check:
// "Prow job {id} already in state 'triggered', skipping duplicate trigger" (also 'pending', and
// 'success' before the image health check: the next poll runs that).
const ALREADY_RUNNING_RE = /already\s+(?:in progress|triggered)|already in state '(?:triggered|pending|success)', skipping duplicate trigger/i;
// create-test-report prints no status line in recent upstream versions, only these.
const REPORT_READY_RE = /StateBox (?:already exists|initialized successfully)|existing worksheet|test report url|docs\.google\.com\/spreadsheets/i;
const NETWORK_RE = /timed out|timeout|connection (?:refused|reset|aborted)|temporarily unavailable|\b(?:502|503|504)\b|max retries exceeded|name resolution/i;
/** The last `n` non-empty lines, for error messages. */
function tail(text, n = 5, maxChars = 600) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(-n).join(' | ');
    return lines.length > maxChars ? `…${lines.slice(-maxChars)}` : lines;
}
/** Why oar reset the task to Not Started: the line before its status line that explains it. */
function retriggerReason(output, line) {
    const lines = output.split(/\r?\n/).slice(0, line).reverse();
    const why = lines.find((l) => /resetting for re-trigger|ended with state/i.test(l));
    return why ? stripLogPrefix(why) : 'oar reset the task to Not Started and asks for a new trigger';
}
/**
 * Turns one run's output into an outcome (emails masked), or throws:
 * PermanentError for a missing environment variable or a credential failure (named),
 * TransientError when the output does not say what happened (no status line, timeout, network
 * trouble). A status line `[Not Started]` comes back as Fail with `retrigger` set (see
 * ExecOutcome). `system` names the executor.
 */
function interpretRun(task, run, system) {
    // Everything read here may end up in a StateBox, an issue or a notification.
    const output = (0,_core_mask__WEBPACK_IMPORTED_MODULE_1__/* .maskEmails */ ._g)(run.output.trim());
    const lines = parseStatusLines(output, task);
    const last = lines.at(-1);
    const status = last?.status;
    const job = extractJob(output, task);
    const outcome = (s) => ({ status: s, output, ...(job ? { jobId: job.id, ...(job.url ? { jobUrl: job.url } : {}) } : {}) });
    // A trigger that printed In Progress with a job id did start the job, even if the command then hung.
    if (run.timedOut && !(status === 'In Progress' && job)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`${system} did not finish ${task} in time${output ? `; last output: ${tail(output)}` : ''}.`);
    }
    // Not ready unless a Pass/In Progress came after it (upstream logs In Progress before it checks).
    const wait = findStageReleaseWait(output, task);
    const lastGood = lines.filter((l) => l.status !== 'Fail').at(-1);
    if (wait && wait.line > (lastGood?.line ?? -1)) {
        return { status: 'Wait', output, wait: { on: 'stage-release', detail: wait.reason } };
    }
    // A variable oar needs is unset: nothing it printed counts, unless the task passed or a job
    // runs (an In Progress without a job is a trigger that died: Gangway without APITOKEN exits 0).
    const missing = detectMissingEnv(output);
    if (missing && status !== 'Pass' && !(status === 'In Progress' && job)) {
        const many = missing.names.length > 1;
        const names = missing.names.length ? missing.names.join(', ') : 'an environment variable';
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .SetupError */ .w3(`${system} cannot run ${task}: oar needs ${names}, which ${many ? 'are' : 'is'} not set (${missing.evidence}); set ${many ? 'them' : 'it'} in oar's environment.`);
    }
    if (status === 'Pass' || status === 'In Progress')
        return outcome(status);
    if (status === 'Not Started' && last) {
        return { ...outcome('Fail'), retrigger: { reason: retriggerReason(output, last.line) } };
    }
    const auth = detectAuthFailure(output);
    if (auth) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .SetupError */ .w3(`${system} could not authenticate for ${task}: renew ${auth.credential} (${auth.evidence}).`);
    }
    if (status === 'Fail')
        return outcome('Fail');
    if (ALREADY_PASS_RE.test(output))
        return outcome('Pass');
    if (ALREADY_RUNNING_RE.test(output))
        return outcome('In Progress');
    if (task === 'create-test-report' && run.exitCode === 0 && REPORT_READY_RE.test(output))
        return outcome('Pass');
    const code = run.exitCode === undefined ? '' : ` (exit code ${run.exitCode})`;
    const why = NETWORK_RE.test(output) ? 'hit a network problem' : 'printed no status line';
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`${system} ${why} for ${task}${code}${output ? `; last output: ${tail(output)}` : ''}.`);
}


/***/ }),

/***/ 28275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   ch: () => (/* binding */ isCommandError),
/* harmony export */   ij: () => (/* binding */ parseCommandWords),
/* harmony export */   o2: () => (/* binding */ withActor),
/* harmony export */   qw: () => (/* binding */ tokenize)
/* harmony export */ });
/* unused harmony exports COMMAND_PREFIX, COMMAND_NAMES, MAX_LINE_CHARS, MAX_ARGS, MAX_ARG_CHARS, COMMAND_USAGE, commandLine */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_job_ref__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35600);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58881);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83323);
/**
 * Comment commands (`/release:drive 4.20.1`, …) parsed as data: first line only, a tokenizer
 * with quoted arguments, caps on size, and every value validated before it reaches the
 * driver. Nothing here ever reaches a shell; releases and tasks that could reach a path are
 * checked against strict patterns.
 */




const COMMAND_PREFIX = '/release:';
const COMMAND_NAMES = ['drive', 'status', 'accept', 'reject', 'retry', 'record-job', 'resolve'];
/** Limits that keep a hostile comment cheap to refuse. */
const MAX_LINE_CHARS = 2000;
const MAX_ARGS = 64;
const MAX_ARG_CHARS = 1000;
/** One line per command, as shown in help replies and docs. */
const COMMAND_USAGE = {
    drive: '/release:drive RELEASE [OWNER_EMAIL]',
    status: '/release:status [RELEASE]',
    accept: '/release:accept RELEASE TASK JUSTIFICATION',
    reject: '/release:reject RELEASE TASK REASON',
    retry: '/release:retry RELEASE TASK',
    'record-job': '/release:record-job RELEASE TASK JOB',
    resolve: '/release:resolve RELEASE ISSUE# TEXT',
};
function isCommandError(r) {
    return r !== undefined && 'error' in r;
}
/** Attaches the commenter's login. */
function withActor(cmd, by) {
    return { ...cmd, by };
}
const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
// Control characters other than tab have no business in a command and could fake log lines.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f]/;
/**
 * Splits a line into words; "double" or 'single' quotes group words (quotes may sit inside a
 * word, as in owner="a b"), a backslash escapes the next character inside double quotes.
 * Throws on an unclosed quote or when a cap is exceeded.
 */
function tokenize(line) {
    if (line.length > MAX_LINE_CHARS)
        throw new Error(`The command line is longer than ${MAX_LINE_CHARS} characters.`);
    const words = [];
    let current = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && i + 1 < line.length)
                current += line[++i];
            else
                current += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
        if (words.length > MAX_ARGS)
            throw new Error(`The command has more than ${MAX_ARGS} arguments.`);
        if (current.length > MAX_ARG_CHARS)
            throw new Error(`An argument is longer than ${MAX_ARG_CHARS} characters.`);
    }
    if (quote)
        throw new Error(`A ${quote === '"' ? 'double' : 'single'} quote is not closed.`);
    if (inWord)
        words.push(current);
    if (words.length > MAX_ARGS)
        throw new Error(`The command has more than ${MAX_ARGS} arguments.`);
    return words;
}
/** The first line of a comment, if it is a `/release:` command. */
function commandLine(body) {
    const first = (body.split(/\r?\n/, 1)[0] ?? '').trim();
    return first.startsWith(COMMAND_PREFIX) ? first : undefined;
}
function release(arg, name) {
    if (arg === undefined)
        throw new Error(`${COMMAND_USAGE[name]} needs a release such as 4.20.1.`);
    return (0,_core_version__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .BC)(arg).text;
}
function task(arg, name) {
    if (arg === undefined)
        throw new Error(`${COMMAND_USAGE[name]} needs a task, one of ${_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .FLOW_TASKS */ .K6.join(', ')}.`);
    if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isFlowTask */ .mS)(arg)) {
        const shown = JSON.stringify(arg.length > 60 ? `${arg.slice(0, 60)}…` : arg);
        throw new Error(`${shown} is not a task of the release flow: expected one of ${_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .FLOW_TASKS */ .K6.join(', ')}.`);
    }
    return arg;
}
function text(args, what, name) {
    const joined = args.join(' ').trim();
    if (joined === '')
        throw new Error(`${COMMAND_USAGE[name]} needs ${what}: it is recorded in the StateBox.`);
    return joined;
}
function noMore(args, name) {
    if (args.length > 0)
        throw new Error(`${COMMAND_USAGE[name]} takes no more arguments; got ${JSON.stringify(args.join(' ').slice(0, 60))}.`);
}
/** An async job task and the job named for it, checked now so a bad one is answered at once. */
function recordJob(release, taskArg, args) {
    const [job, ...rest] = args;
    const name = 'record-job';
    const t = task(taskArg, name);
    if (!(0,_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .isAsyncTask */ .QS)(t))
        throw new Error(`${COMMAND_USAGE[name]} is for the tasks that start a job (${_core_tasks__WEBPACK_IMPORTED_MODULE_2__/* .ASYNC_TASKS */ .wq.join(', ')}); ${t} starts none.`);
    if (job === undefined)
        throw new Error(`${COMMAND_USAGE[name]} needs the job: its build number, id or URL as Jenkins, Prow or the Errata Tool shows it.`);
    noMore(rest, name);
    (0,_core_job_ref__WEBPACK_IMPORTED_MODULE_1__/* .parseJobRef */ .Yf)(t, job);
    return { kind: 'record-job', release, task: t, job };
}
function issueNumber(arg) {
    const m = arg === undefined ? null : /^#?([1-9]\d{0,5})$/.exec(arg);
    if (!m)
        throw new Error(`${COMMAND_USAGE.resolve} needs the issue number as shown in the status (1, 2, …)${arg === undefined ? '' : `; ${JSON.stringify(arg.slice(0, 20))} is not one`}.`);
    return Number(m[1]);
}
function build(name, args) {
    const [a0, a1, ...rest] = args;
    switch (name) {
        case 'drive': {
            const r = release(a0, name);
            noMore(rest, name);
            if (a1 === undefined)
                return { kind: 'drive', release: r };
            if (!EMAIL_RE.test(a1))
                throw new Error(`The owner of /release:drive must be an email address such as qe@example.com; ${JSON.stringify(a1.slice(0, 60))} is not one.`);
            return { kind: 'drive', release: r, owner: a1 };
        }
        case 'status': {
            if (a0 === undefined)
                return { kind: 'status' };
            const r = release(a0, name);
            noMore(a1 === undefined ? rest : [a1, ...rest], name);
            return { kind: 'status', release: r };
        }
        case 'accept':
            return { kind: 'accept', release: release(a0, name), task: task(a1, name), justification: text(rest, 'a justification', name) };
        case 'reject':
            return { kind: 'reject', release: release(a0, name), task: task(a1, name), reason: text(rest, 'a reason', name) };
        case 'retry': {
            const cmd = { kind: 'retry', release: release(a0, name), task: task(a1, name) };
            noMore(rest, name);
            return cmd;
        }
        case 'record-job':
            return recordJob(release(a0, name), a1, rest);
        case 'resolve':
            return { kind: 'resolve', release: release(a0, name), issue: issueNumber(a1), text: text(rest, 'a resolution text', name) };
    }
}
/**
 * Parses a comment body. `undefined`: not a `/release:` command (not ours, stay silent).
 * `{error}`: ours but malformed; the sentence is safe to show the commenter.
 */
function parseCommand(body) {
    const line = commandLine(body);
    if (line === undefined)
        return undefined;
    try {
        if (CONTROL_RE.test(line))
            throw new Error('The command contains control characters.');
        const [head = '', ...args] = tokenize(line);
        return commandOf(head, args);
    }
    catch (err) {
        return { error: (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) };
    }
}
/**
 * The command `/release:NAME ARGS…` given as words already (krd's twins of the comment
 * commands): the checks and sentences of a comment line, without writing one to parse it back.
 */
function parseCommandWords(name, args) {
    try {
        if (args.some((a) => CONTROL_RE.test(a)))
            throw new Error('The command contains control characters.');
        if (args.length > MAX_ARGS)
            throw new Error(`The command has more than ${MAX_ARGS} arguments.`);
        if (args.some((a) => a.length > MAX_ARG_CHARS))
            throw new Error(`An argument is longer than ${MAX_ARG_CHARS} characters.`);
        return commandOf(`${COMMAND_PREFIX}${name}`, args);
    }
    catch (err) {
        return { error: (0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err) };
    }
}
function commandOf(head, args) {
    const name = head.slice(COMMAND_PREFIX.length);
    if (!COMMAND_NAMES.includes(name)) {
        const shown = JSON.stringify(head.length > 40 ? `${head.slice(0, 40)}…` : head);
        throw new Error(`${shown} is not a release command: use one of ${COMMAND_NAMES.map((n) => COMMAND_PREFIX + n).join(', ')}.`);
    }
    return build(name, args);
}


/***/ })

};
