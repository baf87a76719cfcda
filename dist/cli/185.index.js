export const id = 185;
export const ids = [185];
export const modules = {

/***/ 492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   xE: () => (/* binding */ parseEnvNames)
/* harmony export */ });
/* unused harmony exports neverPassed, envNameProblem, splitEnvNames */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/**
 * The environment of the oar CLI and the analyzer: an allow-list, never the driver's whole
 * environment. The action's process holds every input as INPUT_* (the GitHub token and the
 * other secrets), the runner's ACTIONS_* tokens and the file-command paths (GITHUB_ENV,
 * GITHUB_OUTPUT, …) through which a process can change later steps of the job. The analyzer
 * reads text from outside (test results) and could be talked into printing or sending what
 * its environment holds, so each child gets what any program needs plus its own credentials,
 * and whatever else the configuration names explicitly (the oar-env / analyzer-env inputs).
 */

/** What any program needs: paths, locale, time zone, temp dir, proxies, CA bundles, Kerberos, kubeconfig. */
const COMMON = {
    names: [
        'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'TERM', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'TMP', 'TEMP',
        'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY',
        'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE',
        'KRB5CCNAME', 'KRB5_CONFIG', 'KUBECONFIG',
        'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_RUNTIME_DIR',
        // Windows cannot start a program without these.
        'SYSTEMROOT', 'WINDIR', 'COMSPEC', 'PATHEXT', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'PROGRAMDATA',
    ],
    prefixes: ['LC_'],
};
/**
 * The oar CLI's own variables, as release-tests documents them (oar/core/const.py,
 * mcp_server/check_env.sh): its config key, Jira, Jenkins, GitLab, Google, Slack, Prow.
 * GITHUB_TOKEN (oar's own StateBox writes) is not among them: name it in oar-env to pass it.
 */
const OAR = {
    names: [
        'JIRA_TOKEN', 'JENKINS_USER', 'JENKINS_TOKEN', 'GITLAB_TOKEN', 'GCP_SA_FILE', 'GOOGLE_APP_PASSWD',
        'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'APITOKEN', 'VIRTUAL_ENV', 'PYTHONPATH',
    ],
    prefixes: ['OAR_'],
};
/** Claude Code's own variables (API key or OAuth token, model, Vertex/Bedrock switches). */
const ANALYZER = {
    names: ['CLOUD_ML_REGION'],
    prefixes: ['ANTHROPIC_', 'CLAUDE_', 'VERTEX_REGION_'],
};
const OWN = { oar: OAR, analyzer: ANALYZER };
/** The runner's file commands: a process that can write these changes the job's later steps. */
const FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
/** Never handed to a child, even when the configuration names them. */
function neverPassed(name) {
    const upper = name.toUpperCase();
    return upper.startsWith('INPUT_') || upper.startsWith('ACTIONS_') || FILE_COMMANDS.includes(upper);
}
function allowed(list, upper) {
    return list.names.includes(upper) || list.prefixes.some((p) => upper.startsWith(p));
}
/**
 * The environment for a `kind` child: from `env`, the common variables, the child's own, and
 * the `extra` names the configuration gives. Names compare case-insensitively (Windows' Path).
 */
function childEnv(env, kind, extra = []) {
    const named = new Set(extra.map((n) => n.toUpperCase()));
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || neverPassed(name))
            continue;
        const upper = name.toUpperCase();
        if (allowed(COMMON, upper) || allowed(OWN[kind], upper) || named.has(upper))
            out[name] = value;
    }
    return out;
}
const ENV_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** Why `name` cannot be passed on, or undefined when it can. */
function envNameProblem(name) {
    if (!ENV_NAME_RE.test(name))
        return 'is not an environment variable name';
    if (neverPassed(name))
        return 'is never passed on (inputs, the runner\'s ACTIONS_* tokens and file commands stay with the driver)';
    return undefined;
}
/** The names in `text` (separated by commas or spaces), once each, or the first that cannot be passed on. */
function splitEnvNames(text) {
    const names = text.split(/[\s,]+/).filter(Boolean);
    for (const name of names) {
        const problem = envNameProblem(name);
        if (problem)
            return { refused: name, problem };
    }
    return { names: [...new Set(names)] };
}
/** A list of variable names, separated by commas or spaces; `what` names the setting in errors. */
function parseEnvNames(text, what) {
    const split = splitEnvNames(text);
    if ('refused' in split) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} has ${JSON.stringify(split.refused)}, which ${split.problem}; give names of environment variables separated by commas or spaces.`);
    }
    return split.names;
}


/***/ }),

/***/ 6185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vy: () => (/* binding */ taskRequest),
/* harmony export */   YT: () => (/* binding */ OarCliExecutor),
/* harmony export */   mB: () => (/* binding */ runProgram)
/* harmony export */ });
/* unused harmony exports OAR_SUBCOMMANDS, oarArgs */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8881);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3323);
/* harmony import */ var _child_env__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(492);
/* harmony import */ var _status_line__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9851);
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
    return { task, release, jobId: ctx.jobId };
}
/**
 * The oar argument list: `oar -r 4.20.1 take-ownership -e owner@x`, polls with `-n N`
 * (Jenkins build number) or, for image-consistency-check with a Prow job, `--job-id ID`.
 */
function oarArgs(req) {
    const args = ['-r', req.release, OAR_SUBCOMMANDS[req.task]];
    if (req.owner)
        args.push('-e', req.owner);
    if (req.jobId) {
        const jenkins = /^\d+$/.test(req.jobId);
        args.push(jenkins || req.task !== 'image-consistency-check' ? '-n' : '--job-id', req.jobId);
    }
    return args;
}
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
                return reject(new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .PermanentError */ .Dr(`The ${opts.what} command ${JSON.stringify(program)} cannot be run (${e.code}): install it or configure its path.`));
            }
            if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                return reject(new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .PermanentError */ .Dr(`The ${opts.what} command printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB; last output: ${(0,_status_line__WEBPACK_IMPORTED_MODULE_5__/* .tail */ .RT)(output)}.`));
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
 * status query needs the job (`-n N`, `--job-id ID`); without one, `image-consistency-check`
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
    async run(req) {
        const run = await runProgram(this.command, oarArgs(req), {
            timeoutMs: this.options.timeoutMs,
            env: this.env,
            cwd: this.options.cwd,
            what: 'oar CLI',
        });
        return (0,_status_line__WEBPACK_IMPORTED_MODULE_5__/* .interpretRun */ .rq)(req.task, run, 'The oar CLI');
    }
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qo: () => (/* binding */ detectAuthFailure),
/* harmony export */   RC: () => (/* binding */ extractJob),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   rq: () => (/* binding */ interpretRun)
/* harmony export */ });
/* unused harmony exports displayNamesFor, parseStatusLines, lastStatus, detectStageReleaseWait, stripLogPrefix */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9239);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8881);
/**
 * Reading what the `oar` CLI (or its MCP server) printed: the status lines
 * `task [Display] status is changed to [Pass|Fail|In Progress]`, job ids, the
 * stage-release-not-ready wait, and credential failures. Shared by every executor.
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
    return [_core_tasks__WEBPACK_IMPORTED_MODULE_1__/* .TASK_INFO */ .xA[task].display, ...(DISPLAY_VARIANTS[task] ?? []), task].map(normalize);
}
const STATUS_RE = /task\s*\[([^\]\n]+)\]\s*status\s+is\s+changed\s+to\s*\[\s*(pass|fail|in\s*progress)\s*\]/gi;
function statusValue(raw) {
    const s = raw.toLowerCase().replace(/\s+/g, ' ');
    return s === 'pass' ? 'Pass' : s === 'fail' ? 'Fail' : 'In Progress';
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
// Jenkins build URLs end in `/{job}/{N}/`; the job's own name tells which task it belongs to.
const JENKINS_JOB = {
    'stage-testing': 'Stage-Pipeline',
    'image-consistency-check': 'image-consistency-check',
};
/** The job a trigger or poll printed (the last one mentioned), in fields rather than log text. */
function extractJob(output, task) {
    if (task === 'image-consistency-check') {
        const prow = lastMatch(output, /Prow job[^\n]{0,30}?\b([0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12})\b/i);
        if (prow?.[1]) {
            const url = lastMatch(output, /Prow job URL:\s*(https?:\/\/[^\s<>"']+)/i) ?? lastMatch(output, /Job state: \w*, URL:\s*(https?:\/\/[^\s<>"']+)/i);
            return { jobId: prow[1], ...(url?.[1] ? { jobUrl: url[1] } : {}) };
        }
    }
    const jenkinsJob = JENKINS_JOB[task];
    if (jenkinsJob) {
        const url = lastMatch(output, new RegExp(`(https?://[^\\s<>"']*/${jenkinsJob}/(\\d+))/?`));
        if (url?.[1] && url[2])
            return { jobId: url[2], jobUrl: `${url[1]}/` };
        const path = lastMatch(output, new RegExp(`\\b${jenkinsJob}/(\\d+)\\b`));
        if (path?.[1])
            return { jobId: path[1] };
    }
    if (task === 'push-to-cdn-staging') {
        const push = lastMatch(output, /push job (?:id[:\s]+|#)(\d+)/i);
        if (push?.[1])
            return { jobId: push[1] };
    }
    return {};
}
// What upstream prints when the shipment MR's stage-release pipeline has not succeeded yet.
const STAGE_RELEASE_WAIT = [/stage[- ]release pipeline (?:is not completed yet|has not succeeded yet|is not success\b)/i, /ShipmentDataException/];
const STAGE_RELEASE_TASKS = ['image-consistency-check', 'stage-testing'];
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
    [/jira/i, 'JIRA_TOKEN'],
    [/jenkins/i, 'JENKINS_USER/JENKINS_TOKEN'],
    [/gitlab/i, 'GITLAB_TOKEN'],
    [/slack/i, 'SLACK_BOT_TOKEN'],
    [/gangway|prow/i, 'APITOKEN (Prow/Gangway)'],
    [/google|sheets|gspread|gcp/i, 'GCP_SA_FILE'],
    [/github/i, 'GITHUB_TOKEN'],
    [/jwk|jwe|configstore/i, 'OAR_JWK'],
    [/kerberos|kinit|gss|negotiate|errata/i, 'the Kerberos ticket (kinit)'],
];
const ENV_NAME_RE = /\b([A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:TOKEN|PASSWD|PASSWORD|JWK|KEY|FILE|USER))\b/g;
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
// Upstream skips a trigger whose task its own StateBox already shows as started or passed.
const ALREADY_PASS_RE = /already\s+(?:pass(?:ed)?)\b/i;
const ALREADY_RUNNING_RE = /already\s+(?:in progress|triggered)/i;
// create-test-report prints no status line in recent upstream versions, only these.
const REPORT_READY_RE = /StateBox (?:already exists|initialized successfully)|existing worksheet|test report url|docs\.google\.com\/spreadsheets/i;
const NETWORK_RE = /timed out|timeout|connection (?:refused|reset|aborted)|temporarily unavailable|\b(?:502|503|504)\b|max retries exceeded|name resolution/i;
/** The last `n` non-empty lines, for error messages. */
function tail(text, n = 5, maxChars = 600) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(-n).join(' | ');
    return lines.length > maxChars ? `…${lines.slice(-maxChars)}` : lines;
}
/**
 * Turns one run's output into an outcome (emails masked), or throws:
 * PermanentError for a credential failure (named), TransientError when the output does not
 * say what happened (no status line, timeout, network trouble). `system` names the executor.
 */
function interpretRun(task, run, system) {
    // Everything read here may end up in a StateBox, an issue or a notification.
    const output = (0,_core_mask__WEBPACK_IMPORTED_MODULE_2__/* .maskEmails */ ._g)(run.output.trim());
    const lines = parseStatusLines(output, task);
    const status = lines.at(-1)?.status;
    const job = extractJob(output, task);
    const outcome = (s) => ({ status: s, output, ...job });
    // A trigger that printed In Progress with a job id did start the job, even if the command then hung.
    if (run.timedOut && !(status === 'In Progress' && job.jobId)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`${system} did not finish ${task} in time${output ? `; last output: ${tail(output)}` : ''}.`);
    }
    // Not ready unless a Pass/In Progress came after it (upstream logs In Progress before it checks).
    const wait = findStageReleaseWait(output, task);
    const lastGood = lines.filter((l) => l.status !== 'Fail').at(-1);
    if (wait && wait.line > (lastGood?.line ?? -1)) {
        return { status: 'Wait', output, waitReason: wait.reason };
    }
    if (status === 'Pass' || status === 'In Progress')
        return outcome(status);
    const auth = detectAuthFailure(output);
    if (auth) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .PermanentError */ .Dr(`${system} could not authenticate for ${task}: renew ${auth.credential} (${auth.evidence}).`);
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


/***/ })

};
