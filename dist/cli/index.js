#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 60492:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ OAR_REQUIRED_ENV),
/* harmony export */   O1: () => (/* binding */ splitEnvNames),
/* harmony export */   gf: () => (/* binding */ childEnv),
/* harmony export */   yp: () => (/* binding */ secretEnvValues)
/* harmony export */ });
/* unused harmony exports OAR_OPTIONAL_ENV, missingOarEnv, neverPassed, isSecretEnvName, OAR_SECRET_ENV, envNameProblem */
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(59239);
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
 * What the oar CLI of openshift/release-tests cannot run without. The first eight are the
 * `required_vars` of `ConfigStore.validate_environment()` (oar/core/configstore.py), which
 * `oar -r …` checks before any command (oar/cli/cmd_group.py): one missing and oar logs
 * "Missing required environment variables for OAR CLI:" with a `  - NAME: purpose` line each
 * and exits 1. GITHUB_TOKEN and APITOKEN are not checked up front but needed all the same:
 * every workflow command builds oar's StateBox (oar/core/statebox.py raises "GitHub token not
 * found. Set GITHUB_TOKEN environment variable."), and image-consistency-check triggers its Prow
 * job through Gangway with APITOKEN (prow/job/job.py prints "No APITOKEN env var found,
 * exit..." and exits 0 without a job).
 */
const OAR_REQUIRED_ENV = [
    { name: 'OAR_JWK', purpose: 'key that decrypts oar\'s bundled config store (oar/core/configstore.json)' },
    { name: 'JIRA_TOKEN', purpose: 'Jira API token: the release ticket, CVE tracker bugs, QE ownership' },
    { name: 'JIRA_USERNAME', purpose: 'Jira Cloud user (email) the token belongs to; also elliott\'s JIRA_EMAIL when that is unset' },
    { name: 'GCP_SA_FILE', purpose: 'path of the Google service-account JSON file for the test report sheet' },
    { name: 'SLACK_BOT_TOKEN', purpose: 'Slack bot token for oar\'s notifications' },
    { name: 'JENKINS_USER', purpose: 'Jenkins user for the Stage-Pipeline job (stage-testing)' },
    { name: 'JENKINS_TOKEN', purpose: 'Jenkins API token of JENKINS_USER' },
    { name: 'GITLAB_TOKEN', purpose: 'GitLab token for the Konflux shipment MR (gitlab.cee.redhat.com)' },
    { name: 'GITHUB_TOKEN', purpose: 'GitHub token with write access to openshift/release-tests: oar reads and writes the StateBox on its z-stream branch itself' },
    { name: 'APITOKEN', purpose: 'Prow/Gangway token that triggers the image-consistency-check Prow job' },
];
/** What oar uses when present and runs without. */
const OAR_OPTIONAL_ENV = [
    { name: 'SLACK_APP_TOKEN', purpose: 'Slack socket mode (oar warns "Optional environment variable not set: SLACK_APP_TOKEN" without it)' },
    { name: 'JIRA_EMAIL', purpose: 'Jira user of elliott, which oar runs for bug lists; defaults to JIRA_USERNAME' },
    { name: 'OAR_SLACK_CHANNEL', purpose: 'Slack channel for the full logs of a completion notice' },
    { name: 'OAR_SLACK_THREAD', purpose: 'Slack thread in OAR_SLACK_CHANNEL for those logs' },
    { name: 'GOOGLE_APP_PASSWD', purpose: 'Gmail app password of oar\'s mail client (unused upstream today: its mail client is disabled)' },
];
/** The names in OAR_REQUIRED_ENV that `env` lacks or holds empty (what oar's own check would refuse). */
function missingOarEnv(env) {
    return OAR_REQUIRED_ENV.map((v) => v.name).filter((name) => !env[name]);
}
/**
 * The oar CLI's own variables: the two lists above, its Python environment, and the OAR_*
 * prefix. Also Kerberos (KRB5CCNAME, in COMMON) for Errata Tool.
 */
const OAR = {
    names: [...OAR_REQUIRED_ENV, ...OAR_OPTIONAL_ENV].map((v) => v.name).concat(['VIRTUAL_ENV', 'PYTHONPATH']),
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
// A name whose value is a secret: one of its words (split at _ and -) ends with one of these.
// OAR_JWK, JIRA_TOKEN, APITOKEN, GOOGLE_APP_PASSWD, ANTHROPIC_API_KEY, INPUT_GOOGLE-CREDENTIALS, GH_PAT.
const SECRET_WORD_RE = /(?:TOKEN|KEY|KEYS|PASSWD|PASSWORD|SECRET|SECRETS|JWK|CREDENTIAL|CREDENTIALS|PAT|COOKIE)$/;
/** Whether a variable's value is a secret, by its name. */
function isSecretEnvName(name) {
    return name.toUpperCase().split(/[_-]+/).some((word) => SECRET_WORD_RE.test(word));
}
/** The names among the documented oar variables whose values are secrets. */
const OAR_SECRET_ENV = [...OAR_REQUIRED_ENV, ...OAR_OPTIONAL_ENV].map((v) => v.name).filter(isSecretEnvName);
/** The values of the secret-looking variables of `env`. */
function secretEnvValues(env) {
    return Object.entries(env).flatMap(([name, value]) => (value && isSecretEnvName(name) ? [value] : []));
}
/**
 * The environment for a `kind` child: from `env`, the common variables, the child's own, and
 * the `extra` names the configuration gives. Names compare case-insensitively (Windows' Path).
 * The secret-looking values it hands on are registered with core/mask, so whatever the child
 * prints of them is masked before it is written anywhere (StateBox, comment, summary, Slack).
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
    (0,_core_mask__WEBPACK_IMPORTED_MODULE_0__/* .registerSecrets */ .dg)(secretEnvValues(out));
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


/***/ }),

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   RI: () => (/* binding */ optionWords)
/* harmony export */ });
/* unused harmony exports GLOBAL_OPTIONS, unknownOption */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(71604);
/* harmony import */ var _suggest__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77472);
/**
 * The one option parser of every command: node:util parseArgs over the options its spec lists
 * (commands/specs.ts), with usage errors in one sentence that name the nearest option.
 */



/** Options every command takes (main.ts handles them before the command runs). */
const GLOBAL_OPTIONS = ['help', 'debug'];
/** `--name VALUE` as help and errors show it. */
function optionWords(name, spec) {
    return spec.type === 'string' ? `--${name} ${spec.value ?? 'VALUE'}` : `--${name}`;
}
/** The parseArgs options of a spec: its types, nothing else. */
function parseArgsOptions(options) {
    const config = {};
    for (const [name, o] of Object.entries(options))
        config[name] = o.multiple ? { type: o.type, multiple: true } : { type: o.type };
    return config;
}
/** `unknown option --relase; did you mean --release?`, or without a near option just `unknown option --x.` */
function unknownOption(option, known) {
    const word = option.replace(/^-+/, '').split('=', 1)[0] ?? '';
    const near = (0,_suggest__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .pA)(word, [...known, ...GLOBAL_OPTIONS]);
    return near.length ? `unknown option ${option}; did you mean ${(0,_suggest__WEBPACK_IMPORTED_MODULE_1__/* .either */ .gP)(near, (n) => `--${n}`)}?` : `unknown option ${option}.`;
}
/** The sentence of a parseArgs error: the nearest option for an unknown one. */
function usageMessage(err, spec) {
    const e = err;
    const message = e instanceof Error ? e.message : String(err);
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? '';
        return unknownOption(option, Object.keys(spec.options));
    }
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        const arg = /Unexpected argument '([^']*)'/.exec(message)?.[1] ?? '';
        return `Unexpected argument ${JSON.stringify(arg)}: krd ${spec.path.join(' ')} takes only options.`;
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        const missing = /Option '(?:-\w, )?--([\w-]+) <value>' argument missing/.exec(message);
        const option = missing?.[1] === undefined ? undefined : spec.options[missing[1]];
        if (missing && option)
            return `--${missing[1]} needs a value: ${optionWords(missing[1], option)}.`;
        const flag = /Option '(?:-\w, )?--([\w-]+)' does not take an argument/.exec(message);
        if (flag)
            return `--${flag[1]} takes no value: give --${flag[1]} alone.`;
    }
    return message;
}
/**
 * Parses `args` with exactly the options `spec` lists (strict: anything else is a usage error
 * naming the nearest option). `positionals`: whether the command takes arguments besides options.
 */
function parseCommandArgs(spec, args, positionals) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options: parseArgsOptions(spec.options), allowPositionals: positionals, strict: true });
    }
    catch (err) {
        throw new _io__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(usageMessage(err, spec), { cause: err });
    }
}


/***/ }),

/***/ 52633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ TEST_RESULT_EVALUATE),
/* harmony export */   FA: () => (/* binding */ ACCEPT),
/* harmony export */   Ms: () => (/* binding */ DEMO),
/* harmony export */   Nz: () => (/* binding */ STATEBOX_FMT),
/* harmony export */   RN: () => (/* binding */ DRIVE),
/* harmony export */   TQ: () => (/* binding */ MCP),
/* harmony export */   Uz: () => (/* binding */ ISSUE_ADD),
/* harmony export */   VZ: () => (/* binding */ ISSUE_RESOLVE),
/* harmony export */   XQ: () => (/* binding */ STATUS),
/* harmony export */   _A: () => (/* binding */ RECORD_JOB),
/* harmony export */   fd: () => (/* binding */ GROUPS),
/* harmony export */   kh: () => (/* binding */ STATEBOX_CHECK),
/* harmony export */   lt: () => (/* binding */ SIMULATE),
/* harmony export */   p6: () => (/* binding */ RETRY),
/* harmony export */   vo: () => (/* binding */ RESOLVE),
/* harmony export */   yV: () => (/* binding */ REJECT)
/* harmony export */ });
/* unused harmony export WIRING_SETTINGS */
/* harmony import */ var _settings__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58750);
/**
 * What help shows of each command and the options it parses, apart from the code that runs it:
 * a command's module, and the clients it imports (Octokit, Slack, Google Sheets, the MCP SDK),
 * load only when that command runs (index.ts), so `--help` and the light commands start fast.
 *
 * One place: each command parses exactly the options listed here (../args.ts), and `krd help
 * COMMAND` and `krd COMMAND --help` print them, with the environment settings it reads (../help.ts).
 */

const STORE_USAGE = '--store DIR|github [--ref REF]';
// ---------------------------------------------------------------------------------------------
// Options and settings several commands share
const store = (what) => ({
    type: 'string',
    value: 'DIR|github',
    help: `where the StateBoxes are: a directory laid out like the repository, or the repository (GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL)${what}`,
});
const STORE = store('');
const REF = { type: 'string', value: 'REF', help: 'with --store github: the branch of the StateBoxes (default: the default branch)' };
const JSON_OUTPUT = (what) => ({ type: 'boolean', help: what });
/** What `--store github` reads. */
const githubEnv = (permission) => ({
    GITHUB_REPOSITORY: 'with --store github: the repository, as owner/repo',
    GITHUB_TOKEN: `with --store github: a token with the "${permission}" permission`,
    GITHUB_API_URL: 'with --store github: the GitHub API (default https://api.github.com)',
});
/** What `krd status` reads besides the StateBoxes: the Google Sheets test report, for a release without a StateBox. */
const SHEETS_ENV = {
    KRD_SHEETS_SPREADSHEET_ID: 'a release without a StateBox is read from this Google Sheets test report (with KRD_SHEETS_TOKEN)',
    KRD_SHEETS_TOKEN: 'an OAuth access token that can read that report',
    KRD_SHEETS_MAPPING: 'the cells of the report, as JSON (default: the usual layout)',
    KRD_SHEETS_API_URL: 'the Google Sheets API base URL (default https://sheets.googleapis.com/)',
};
/** The real systems `krd drive` uses without --world: the settings src/wiring.ts reads. */
const WIRING_SETTINGS = _settings__WEBPACK_IMPORTED_MODULE_0__/* .WIRING_ENV */ .H;
/** Where `krd drive` reads the test-result files. */
const RECORD_ENV = {
    KRD_RECORD_REF: 'with --store github: the branch of the test-result files (default: record)',
    KRD_RECORD_DIR: "with --store DIR: the directory of the test-result files (default: the store's own directory)",
};
const DRIVE_ENV = {
    KRD_OWNER: 'the default owner (take-ownership) of a release nobody owns yet; --owner without --release overrides it',
    ...RECORD_ENV,
    ...githubEnv('contents: write'),
    ...WIRING_SETTINGS,
};
// ---------------------------------------------------------------------------------------------
// The commands
const STATEBOX_FMT = {
    path: ['statebox', 'fmt'],
    usage: 'statebox fmt FILE',
    summary: 'Validate a StateBox and print it in our (upstream-compatible) YAML layout.',
    options: {},
};
const STATEBOX_CHECK = {
    path: ['statebox', 'check'],
    usage: 'statebox check FILE... [--json]',
    summary: 'Validate StateBox files; exit 1 if any is invalid.',
    options: {
        json: JSON_OUTPUT('print {"files": [{"file", "valid", "errors", "kind"}]} instead of a line per file'),
    },
};
const TEST_RESULT_EVALUATE = {
    path: ['test-result', 'evaluate'],
    usage: 'test-result evaluate FILE… [--json] [--require-accepted]',
    summary: 'Compute the BO3 verdict of test-result files from their job data (JSON Lines with --json).',
    options: {
        json: JSON_OUTPUT('print one JSON object per file (JSON Lines): file, build, aggregated, accepted, jobs'),
        'require-accepted': { type: 'boolean', help: 'exit 1 unless every file is accepted (by BO3, or promoted by hand)' },
    },
};
const ISSUE_ADD = {
    path: ['issue', 'add'],
    usage: `issue add RELEASE TEXT [--blocker] [--task NAME]... ${STORE_USAGE}`,
    summary: 'Add an issue to a release StateBox (safe with concurrent writers).',
    options: {
        blocker: { type: 'boolean', help: 'a blocker: the release is Red until the issue is resolved' },
        task: { type: 'string', multiple: true, value: 'NAME', help: 'a task the issue concerns (repeatable); a blocker holds these tasks' },
        store: STORE,
        ref: REF,
    },
    env: githubEnv('contents: write'),
};
const ISSUE_RESOLVE = {
    path: ['issue', 'resolve'],
    usage: `issue resolve RELEASE INDEX TEXT ${STORE_USAGE}`,
    summary: 'Resolve issue INDEX (1-based, as summaries show it) of a release StateBox.',
    options: { store: STORE, ref: REF },
    env: githubEnv('contents: write'),
};
const DRIVE = {
    path: ['drive'],
    usage: 'drive [--release R]… [--store DIR|github] [--ref REF] [--world FILE] [--now ISO] [--owner EMAIL] [--json]',
    summary: 'One run: advance every active release (or those named) one step; exit 1 if any is Red.',
    options: {
        release: { type: 'string', multiple: true, value: 'R', help: 'drive this release (repeatable); default: every active release' },
        store: STORE,
        ref: REF,
        world: { type: 'string', value: 'FILE', help: "simulate the outside systems: the world of this scenario as it stands at --now (needs --store DIR)" },
        now: { type: 'string', value: 'ISO', help: 'the time of the run, ISO 8601 such as 2025-11-03T00:00:00Z (default: now)' },
        owner: { type: 'string', value: 'EMAIL', help: 'who owns the releases named (take-ownership); without --release, the default owner (as KRD_OWNER)' },
        json: JSON_OUTPUT('print the run as JSON: each release as krd status --json shows it, with wrote and error; events, replies'),
    },
    env: DRIVE_ENV,
    more: ['With --world the outside systems are simulated: the settings of the real systems above are not read.'],
};
const STATUS = {
    path: ['status'],
    usage: 'status [--release R]... [--store DIR|github] [--ref REF] [--now ISO] [--json]',
    summary: 'Overall status, task table, waits and blockers of each active release (from the StateBox files); exit 1 if any is Red.',
    options: {
        release: { type: 'string', multiple: true, value: 'R', help: 'show this release, active or not (repeatable); default: every active release' },
        store: store(' (default: the current directory)'),
        ref: REF,
        now: { type: 'string', value: 'ISO', help: 'the time to judge waits and activity at, ISO 8601 (default: now)' },
        json: JSON_OUTPUT('print {"releases": [{release, overall, source, listed, tasks, waits, blockers, notes}]}'),
    },
    env: { ...githubEnv('contents: read'), ...SHEETS_ENV },
};
const SIMULATE = {
    path: ['simulate'],
    usage: 'simulate FILE [--out DIR [--force]] [--json] [--expect FILE]',
    summary: 'Run a scenario (a simulated world on a clock) to its end through the real driver and print its report.',
    options: {
        out: { type: 'string', value: 'DIR', help: 'write the files of the simulated repository under DIR (a new or empty directory)' },
        force: { type: 'boolean', help: 'with --out: write into DIR even when it holds files (same paths are overwritten)' },
        json: JSON_OUTPUT('print the simulation report as JSON'),
        expect: { type: 'string', value: 'FILE', help: 'check the ending against this expect file; exit 1 with the differences' },
    },
};
const DEMO = {
    path: ['demo'],
    usage: 'demo [--keep]',
    summary: 'What `npm start` runs: a bundled scenario told run by run, ending with the release summary.',
    options: {
        keep: { type: 'boolean', help: 'keep the StateBoxes the demo wrote (and its scenario, to step through by hand) and say where they are' },
    },
};
// The comment commands from a terminal (decision.ts): same parser, same rules, same sentences.
const DECISION_USAGE = '--store DIR|github [--ref REF] [--as NAME]';
const DECISION_OPTIONS = {
    store: STORE,
    ref: REF,
    as: { type: 'string', value: 'NAME', help: 'who decides, as recorded (default: GITHUB_ACTOR, else git config user.name)' },
};
const DECISION_ENV = {
    ...githubEnv('contents: write'),
    GITHUB_ACTOR: 'who decides when --as is not given (else git config user.name)',
};
const DECISION_MORE = [
    "With --store github the token's user (GET /user) needs write permission on the repository, as a",
    'commenter does; a refusal exits 1 with the sentence a comment reply gets and writes nothing.',
];
const ACCEPT = {
    path: ['accept'],
    usage: `accept RELEASE TASK JUSTIFICATION… ${DECISION_USAGE}`,
    summary: "Set TASK of RELEASE to Pass, as /release:accept does: only a task that is Fail or waits for a person's decision; the justification and who decided are recorded.",
    options: DECISION_OPTIONS,
    env: DECISION_ENV,
    more: DECISION_MORE,
};
const REJECT = {
    path: ['reject'],
    usage: `reject RELEASE TASK REASON… ${DECISION_USAGE}`,
    summary: "Set TASK of RELEASE to Fail, as /release:reject does: only a task that is Fail or waits for a person's decision; the reason and who decided are recorded.",
    options: DECISION_OPTIONS,
    env: DECISION_ENV,
    more: DECISION_MORE,
};
const RETRY = {
    path: ['retry'],
    usage: `retry RELEASE TASK ${DECISION_USAGE}`,
    summary: 'Reset TASK of RELEASE so the next step starts it again, as /release:retry does (change-advisory-status gets a fresh 2-day deadline; a task held for a person is released).',
    options: DECISION_OPTIONS,
    env: DECISION_ENV,
    more: DECISION_MORE,
};
const RESOLVE = {
    path: ['resolve'],
    usage: `resolve RELEASE ISSUE TEXT… ${DECISION_USAGE}`,
    summary: 'Resolve StateBox issue ISSUE (its number as the status shows it) of RELEASE, as /release:resolve does; who resolved it is recorded.',
    options: DECISION_OPTIONS,
    env: DECISION_ENV,
    more: DECISION_MORE,
};
const RECORD_JOB = {
    path: ['record-job'],
    usage: `record-job RELEASE TASK JOB ${DECISION_USAGE}`,
    summary: 'Record JOB (build number or URL, Prow job id or URL, Errata push job) as the job of async TASK of RELEASE, as /release:record-job does: the next step polls it instead of starting one.',
    options: DECISION_OPTIONS,
    env: DECISION_ENV,
    more: DECISION_MORE,
};
const MCP = {
    path: ['mcp'],
    usage: 'mcp [--store DIR|github] [--ref REF] [--as NAME]',
    summary: 'An MCP server on stdio (newline-delimited JSON-RPC) for AI agents: status, test results, one drive step and the comment commands as tools.',
    options: {
        store: store(' (default: the current directory)'),
        ref: REF,
        as: { type: 'string', value: 'NAME', help: 'who decides through the write tools; without it they are refused' },
    },
    // release_status is krd status, drive_release is krd drive, the write tools are krd accept and its twins.
    env: { ...DRIVE_ENV, ...SHEETS_ENV },
    more: [
        'Tools: list_active_releases, release_status, evaluate_test_results, drive_release (read and step);',
        '  accept_task, reject_task, retry_task, resolve_issue, record_job, add_issue (write, need --as).',
        'Resources: krd://statebox/{release}, the StateBox YAML of each active release.',
    ],
};
/** The commands of two words, by their first word: what `krd WORD --help` says of the group. */
const GROUPS = {
    statebox: 'StateBox files on disk: validate them, print them in our YAML layout.',
    'test-result': 'Test-result files on disk: their BO3 verdict.',
    issue: 'StateBox issues: add one, resolve one (safe with concurrent writers).',
};


/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIO),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
const processIO = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
});
/** A usage error: exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 77472:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gP: () => (/* binding */ either),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * The nearest of the words a command knows, for "did you mean": a misspelling (at most two
 * edits, a swap of neighbours counting as one) or a prefix of it.
 */
/** Edits between a and b: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The candidates nearest to `word`: those it begins (all of them: `--re` is `--release` or
 * `--ref`), else those within two edits (and fewer edits than either word has letters, so `-x`
 * suggests nothing), the closest first. Ties keep the candidates' order; empty when nothing is near.
 */
function nearest(word, candidates) {
    const w = word.toLowerCase();
    if (w === '')
        return [];
    const unique = [...new Set(candidates)];
    const prefixed = unique.filter((c) => c.toLowerCase().startsWith(w));
    if (prefixed.length)
        return prefixed;
    const scored = unique
        .map((candidate) => ({ candidate, distance: editDistance(w, candidate.toLowerCase()) }))
        .filter(({ candidate, distance }) => distance <= 2 && distance < Math.min(w.length, candidate.length));
    if (scored.length === 0)
        return [];
    const best = Math.min(...scored.map((s) => s.distance));
    return scored.filter((s) => s.distance === best).map((s) => s.candidate);
}
/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`, each word passed through `show`. */
function either(words, show = (w) => w) {
    const shown = words.map(show);
    return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ PermanentError),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jo: () => (/* binding */ setupErrorIn),
/* harmony export */   w3: () => (/* binding */ SetupError)
/* harmony export */ });
/* unused harmony export isTransient */
/** Errors carry a kind so the driver knows whether to retry next run, stop the release or stop the run. */
/** Network failures, 5xx, 429: leave the task as it was and retry on a later run. */
class TransientError extends Error {
    retryAfterMs;
    name = 'TransientError';
    constructor(message, retryAfterMs, options) {
        super(message, options);
        this.retryAfterMs = retryAfterMs;
    }
}
/** Invalid releases, task failures: mark the task Fail, the release Red, notify, stop. */
class PermanentError extends Error {
    name = 'PermanentError';
}
/**
 * Our own setup is broken: a program we run is missing (ENOENT), a credential of ours is
 * refused (401/403) or missing, our MCP server refuses connections. Nothing about a release is
 * wrong, so no task fails and no StateBox changes: the run stops with exit 1 and this one
 * sentence, which names what is missing and how to fix it. A PermanentError for code that does
 * not know the difference: it is never retried.
 */
class SetupError extends PermanentError {
    name = 'SetupError';
}
/** Bad input from a user, a file or a scenario; the message is one clear sentence. */
class InputError extends Error {
    name = 'InputError';
}
/** A compare-and-swap write lost: someone else wrote the file since it was read. */
class ConflictError extends Error {
    name = 'ConflictError';
}
function isTransient(err) {
    return err instanceof TransientError;
}
/** The SetupError `err` is or wraps (its `cause` chain), if any. */
function setupErrorIn(err) {
    for (let e = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++)
        if (e instanceof SetupError)
            return e;
    return undefined;
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 59239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ maskSecretsIn),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   _g: () => (/* binding */ maskEmails),
/* harmony export */   dg: () => (/* binding */ registerSecrets),
/* harmony export */   gC: () => (/* binding */ maskText)
/* harmony export */ });
/* unused harmony exports EMAIL_MASK, SECRET_MASK, MIN_SECRET_CHARS, secretParts, registerSecret, onSecretRegistered, registeredSecretCount, forgetSecretsForTests, maskEmailAddresses, maskOptional */
/**
 * The one masking function of everything we write or send: StateBoxes (task results, issues,
 * decisions, errors), commits, the PR status comment and replies, the job summary, Slack,
 * `krd status` and our log lines. Text from outside (oar's output, the analyzer's reasoning,
 * comments, error messages of other systems) may quote a secret: `maskText` replaces
 *
 *  - every secret value this process knows: registered once at startup by the wiring (the
 *    action's secret inputs in src/action/deps.ts; each secret-looking variable handed to a
 *    child process in src/adapters/exec/child-env.ts, for the action and `krd drive` alike);
 *  - well-known token shapes whoever they belong to: GitHub (`ghp_…`, `gho_…`, `ghu_…`,
 *    `ghs_…`, `ghr_…`, `github_pat_…`), GitLab `glpat-…`, Slack `xox[abprs]-…` and `xapp-…`,
 *    Google `ya29.…`, Anthropic `sk-ant-…`, JWTs, PEM private keys, `Bearer …`, the values of
 *    `Authorization:` / `PRIVATE-TOKEN:` / `X-Api-Key:` headers, `?token=`-like query
 *    parameters and the user info of URLs (`https://user:pass@host`);
 *  - email addresses (upstream's `[EMAIL_REDACTED]` convention for StateBoxes).
 *
 * `maskEmails` is the historic name every StateBox writer calls: it is `maskText`.
 */
/** What an email address becomes in anything we write to a StateBox (upstream's convention). */
const EMAIL_MASK = '[EMAIL_REDACTED]';
/** What a secret (a known value or a token shape) becomes. */
const SECRET_MASK = '[SECRET_REDACTED]';
// local@domain.tld. The domain must be dotted with a letter TLD, which keeps image digests
// (`img@sha256:…`), `@here` and `user@localhost` out. The local part is optional and stops at
// quotes, braces and `|`, so `<mailto:a@b.io|a@b.io>` keeps its Slack markup.
const EMAIL_RE = /(?:mailto:)?[A-Za-z0-9.!#$%&*+/=?^_~-]{0,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g;
/** Shorter values are not registered: they would mask ordinary words. */
const MIN_SECRET_CHARS = 8;
/**
 * Token shapes, each replaced whole (`SECRET_MASK`) or, with a prefix group, after the prefix
 * (`Bearer [SECRET_REDACTED]`). Each is linear: bounded repetitions, no nested quantifiers.
 */
const SHAPES = [
    // PEM private keys, JSON-escaped (\n) or not.
    { re: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[A-Za-z0-9+/=\s\\]{0,20000}(?:-----END [A-Z ]{0,40}PRIVATE KEY-----)?/g },
    { re: /\bgithub_pat_[A-Za-z0-9_]{20,255}/g },
    { re: /\bgh[pousr]_[A-Za-z0-9]{20,255}/g },
    { re: /\bglpat-[A-Za-z0-9_-]{20,255}/g },
    { re: /\bxox[abprs]-[A-Za-z0-9-]{8,255}/g },
    { re: /\bxapp-[A-Za-z0-9-]{8,255}/g },
    { re: /\bya29\.[A-Za-z0-9_-]{20,2048}/g },
    { re: /\bsk-ant-[A-Za-z0-9_-]{20,255}/g },
    // JWTs: header.payload.signature, the first two base64url JSON objects.
    { re: /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,4096}/g },
    // Header values, quoted or not: `Authorization: token …`, `'Authorization': 'Bearer …'`,
    // `PRIVATE-TOKEN: …`; the scheme word stays, the credential goes.
    {
        re: /(\b(?:proxy-)?authorization["']?\s{0,8}[:=]\s{0,8}["']?(?:(?:bearer|token|basic|digest|negotiate)\s{1,8})?)[^\s"',;]{8,4096}/gi,
        keep: true,
    },
    { re: /(\b(?:private-token|x-api-key|api-key|x-auth-token|x-gitlab-token)["']?\s{0,8}[:=]\s{0,8}["']?)[^\s"',;]{8,4096}/gi, keep: true },
    { re: /(\bbearer\s{1,8})[A-Za-z0-9._~+/=-]{8,4096}/gi, keep: true },
    // Query parameters that carry credentials.
    { re: /([?&](?:access_token|token|api_key|apikey|private_token|password|passwd|secret|sig|signature)=)[^&\s#"'<>]{1,4096}/gi, keep: true },
    // The user info of a URL with a password: https://user:pass@host → https://[SECRET_REDACTED]@host.
    { re: /(\b[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/)[^\s/@:"'<>]{0,256}:[^\s/@"'<>]{1,256}(?=@)/g, keep: true },
];
// ---- The registry of known secret values
const known = new Set();
let longestFirst = [];
let listener;
/**
 * What to register for one secret value: the value, each of its lines (a log line or a
 * message may quote one line of a PEM key), the `private_key` of a service-account JSON as it
 * reads once parsed, and the forms the value takes inside JSON text and URLs.
 */
function secretParts(value) {
    if (typeof value !== 'string')
        return [];
    const parts = new Set();
    const add = (text) => {
        const t = text.trim();
        if (t.length < MIN_SECRET_CHARS)
            return;
        parts.add(t);
        const json = JSON.stringify(t).slice(1, -1);
        if (json !== t)
            parts.add(json);
        let encoded = t;
        try {
            encoded = encodeURIComponent(t);
        }
        catch {
            // a lone surrogate: no URL form
        }
        if (encoded !== t)
            parts.add(encoded);
    };
    const addWithLines = (text) => {
        add(text);
        for (const line of text.split(/\r\n|[\r\n\u0085\u2028\u2029]|\\n/))
            add(line);
    };
    addWithLines(value);
    if (value.trim().startsWith('{')) {
        try {
            const key = JSON.parse(value).private_key;
            if (typeof key === 'string')
                addWithLines(key);
        }
        catch {
            // not JSON: the value and its lines are enough
        }
    }
    return [...parts];
}
/**
 * Remembers secret values so that `maskText` replaces them wherever they appear. Returns the
 * parts that were new (the action hands those to core.setSecret as well).
 */
function registerSecrets(values) {
    const added = [];
    for (const value of values) {
        for (const part of secretParts(value)) {
            if (known.has(part))
                continue;
            known.add(part);
            added.push(part);
        }
    }
    if (added.length > 0) {
        longestFirst = [...known].sort((a, b) => b.length - a.length);
        if (listener)
            for (const part of added)
                listener(part);
    }
    return added;
}
/** One value: registerSecrets([value]). */
function registerSecret(value) {
    return registerSecrets([value]);
}
/**
 * Called with each part registered from now on (the action passes core.setSecret, so the
 * runner masks them in every log line too); undefined stops it.
 */
function onSecretRegistered(fn) {
    listener = fn;
}
/** How many parts are registered (for tests and `krd` diagnostics). */
function registeredSecretCount() {
    return known.size;
}
/** Forgets every registered value (tests only: a process keeps its secrets for its life). */
function forgetSecretsForTests() {
    known.clear();
    longestFirst = [];
    listener = undefined;
}
// ---- Masking
/** Replaces known secret values and token shapes; emails stay. What our log lines get. */
function maskSecrets(text) {
    let out = text;
    for (const secret of longestFirst)
        if (out.includes(secret))
            out = out.split(secret).join(SECRET_MASK);
    for (const { re, keep } of SHAPES)
        out = keep ? out.replace(re, (_m, prefix) => `${prefix}${SECRET_MASK}`) : out.replace(re, SECRET_MASK);
    return out;
}
/** Replaces every email address with `[EMAIL_REDACTED]` (and nothing else); idempotent. */
function maskEmailAddresses(text) {
    // `https://[SECRET_REDACTED]@host` (masked user info) keeps its host.
    return text.replace(EMAIL_RE, (match, offset) => match.startsWith('@') && text.slice(Math.max(0, offset - SECRET_MASK.length), offset) === SECRET_MASK ? match : EMAIL_MASK);
}
/**
 * THE masking function: known secret values, token shapes, then email addresses. Idempotent.
 * Every writer calls it, directly or through `maskEmails`.
 */
function maskText(text) {
    return maskEmailAddresses(maskSecrets(text));
}
/**
 * The name StateBox writers have always called (src/statebox/edit.ts, src/core/decide-update.ts,
 * the executors, …): it masks secrets too now, so each of them masks in full.
 */
function maskEmails(text) {
    return maskText(text);
}
/** maskText for optional StateBox fields (null and undefined pass through). */
function maskOptional(text) {
    return (typeof text === 'string' ? maskText(text) : text);
}
/**
 * `maskSecrets` on every string inside plain data (objects, arrays), keys kept, emails kept:
 * for a writer that serializes a whole structure (a StateBox) whose fields may hold an email on
 * purpose. Returns the same value when nothing changed.
 */
function maskSecretsIn(value) {
    if (typeof value === 'string')
        return maskSecrets(value);
    if (Array.isArray(value)) {
        const items = value.map((v) => maskSecretsIn(v));
        return (items.some((v, i) => v !== value[i]) ? items : value);
    }
    if (value !== null && typeof value === 'object') {
        let changed = false;
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const m = maskSecretsIn(v);
            if (m !== v)
                changed = true;
            out[k] = m;
        }
        return (changed ? out : value);
    }
    return value;
}


/***/ }),

/***/ 58750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SYSTEM_SETTINGS),
/* harmony export */   H: () => (/* binding */ WIRING_ENV)
/* harmony export */ });
/**
 * The settings of the outside systems (executor, analyzer, probes, Slack), in one place for
 * both sources: the action reads them from its inputs (`input`), krd from its environment
 * (`env`); settings without an input are read from the environment by the action too.
 * src/settings-schema.ts validates them with one zod schema; `krd drive --help` lists them.
 * This module loads no package (help stays light).
 */
const SYSTEM_SETTINGS = {
    executor: { input: 'executor', env: 'KRD_EXECUTOR', help: 'oar (default) or mcp' },
    oarCommand: { input: 'oar-command', env: 'KRD_OAR_COMMAND', help: 'the oar program and leading arguments (default: oar)' },
    mcpUrl: { input: 'mcp-url', env: 'KRD_MCP_URL', help: 'URL of the OAR MCP server (KRD_EXECUTOR=mcp)' },
    mcpToken: { input: 'mcp-token', env: 'KRD_MCP_TOKEN', help: 'sent as Authorization: Bearer to the MCP server' },
    taskTimeoutMinutes: { env: 'KRD_TASK_TIMEOUT_MINUTES', help: 'timeout of one task command (default 30)' },
    analyzerCommand: {
        input: 'analyzer-command',
        env: 'KRD_ANALYZER_COMMAND',
        help: "analyzer command, {build} replaced (default: claude -p '/ci:analyze-build-test-results {build}'); none disables it",
    },
    analyzerTimeoutMinutes: { env: 'KRD_ANALYZER_TIMEOUT_MINUTES', help: 'analyzer timeout (default 30)' },
    slackToken: { input: 'slack-token', env: 'SLACK_BOT_TOKEN', help: 'Slack bot token; with SLACK_CHANNEL enables Slack notifications' },
    slackChannel: { input: 'slack-channel', env: 'SLACK_CHANNEL', help: 'Slack channel id for notifications' },
    slackApiUrl: { env: 'SLACK_API_URL', help: 'Slack Web API base URL (default https://slack.com/api/)' },
    releaseControllerUrl: { env: 'KRD_RELEASE_CONTROLLER_URL', help: 'Release Controller base URL' },
    errataUrl: { env: 'KRD_ERRATA_URL', help: 'Errata Tool base URL' },
    errataToken: { input: 'errata-token', env: 'ERRATA_TOKEN', help: 'Errata Tool bearer token' },
    gitlabToken: { input: 'gitlab-token', env: 'GITLAB_TOKEN', help: 'GitLab token for shipment MR labels; sent only to KRD_GITLAB_URL' },
    gitlabUrl: {
        input: 'gitlab-url',
        env: 'KRD_GITLAB_URL',
        help: 'the GitLab the token is for (default https://gitlab.cee.redhat.com); MRs elsewhere are read without it',
    },
    oarEnv: {
        input: 'oar-env',
        env: 'KRD_OAR_ENV',
        help: 'more variables the oar CLI gets (names, comma or space separated; it always gets PATH, HOME, proxies, OAR_* and its documented credentials)',
    },
    analyzerEnv: {
        input: 'analyzer-env',
        env: 'KRD_ANALYZER_ENV',
        help: 'more variables the analyzer gets (names; it always gets PATH, HOME, proxies, ANTHROPIC_* and CLAUDE_*)',
    },
    mirrorUrl: { env: 'KRD_MIRROR_URL', help: 'signature mirror base URL' },
    releaseArtifactsUrl: { env: 'KRD_RELEASE_ARTIFACTS_URL', help: 'where {release}/release.txt names the prod metadata URL' },
    prodMetadataUrlTemplate: { env: 'KRD_PROD_METADATA_URL', help: 'the prod metadata URL itself ({release} and {y} replaced)' },
};
/** The variables `krd drive` reads for the real systems, with what each does (`krd drive --help`). */
const WIRING_ENV = Object.fromEntries(Object.values(SYSTEM_SETTINGS).map((s) => [s.env, s.help]));


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 26954:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 64635:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __nccwpck_require__(59239);
// EXTERNAL MODULE: ./src/adapters/exec/child-env.ts
var child_env = __nccwpck_require__(60492);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/cli/commands/specs.ts
var specs = __nccwpck_require__(52633);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts

/**
 * A command whose module is imported only when it runs (ncc bundles each as its own chunk):
 * `krd --help` loads none, `krd test-result evaluate` never loads Octokit, Slack or Sheets.
 */
function lazy(spec, load) {
    return { ...spec, run: async (args, io) => (await load()).run(args, io) };
}
/** Every `krd` command. Each lives in its own module beside this one; what help shows is in specs.ts. */
const COMMANDS = [
    lazy(specs/* STATEBOX_FMT */.Nz, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6779))).stateboxFmtCommand),
    lazy(specs/* STATEBOX_CHECK */.kh, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6779))).stateboxCheckCommand),
    lazy(specs/* TEST_RESULT_EVALUATE */.$6, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(499)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73499))).testResultEvaluateCommand),
    lazy(specs/* ISSUE_ADD */.Uz, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88642))).issueAddCommand),
    lazy(specs/* ISSUE_RESOLVE */.VZ, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88642))).issueResolveCommand),
    lazy(specs/* DRIVE */.RN, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(812), __nccwpck_require__.e(152), __nccwpck_require__.e(785), __nccwpck_require__.e(713)]).then(__nccwpck_require__.bind(__nccwpck_require__, 18713))).driveCommand),
    lazy(specs/* STATUS */.XQ, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(812), __nccwpck_require__.e(785), __nccwpck_require__.e(454)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75454))).statusCommand),
    lazy(specs/* SIMULATE */.lt, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(812), __nccwpck_require__.e(152), __nccwpck_require__.e(243), __nccwpck_require__.e(43), __nccwpck_require__.e(123)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25123))).simulateCommand),
    lazy(specs/* DEMO */.Ms, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(812), __nccwpck_require__.e(152), __nccwpck_require__.e(243), __nccwpck_require__.e(43), __nccwpck_require__.e(331)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89331))).demoCommand),
    lazy(specs/* ACCEPT */.FA, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(81), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8081))).acceptCommand),
    lazy(specs/* REJECT */.yV, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(81), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8081))).rejectCommand),
    lazy(specs/* RETRY */.p6, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(81), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8081))).retryCommand),
    lazy(specs/* RESOLVE */.vo, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(81), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8081))).resolveCommand),
    lazy(specs/* RECORD_JOB */._A, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(81), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8081))).recordJobCommand),
    // The MCP SDK's server loads only here.
    lazy(specs/* MCP */.TQ, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(514), __nccwpck_require__.e(815), __nccwpck_require__.e(337), __nccwpck_require__.e(390), __nccwpck_require__.e(544), __nccwpck_require__.e(552), __nccwpck_require__.e(812), __nccwpck_require__.e(152), __nccwpck_require__.e(785), __nccwpck_require__.e(81), __nccwpck_require__.e(613)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66613))).mcpCommand),
];

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __nccwpck_require__(77593);
;// CONCATENATED MODULE: ./src/cli/help.ts
/**
 * What `krd --help`, `krd help COMMAND` and `krd COMMAND --help` print, from the specs alone
 * (commands/specs.ts): no command module loads for help.
 */


/** `  NAME  what` lines, the second column aligned. */
function table(rows) {
    const width = Math.max(...rows.map(([name]) => name.length));
    return rows.map(([name, what]) => `  ${name.padEnd(width)}  ${what}`);
}
/** Everything about one command: usage, what it does, every option and environment setting on its own line. */
function commandHelp(spec) {
    const options = [...Object.entries(spec.options).map(([name, o]) => [(0,args/* optionWords */.RI)(name, o), o.help]), ['--help', 'show this help']];
    const lines = [`Usage: krd ${spec.usage}`, '', spec.summary, '', 'Options:', ...table(options)];
    const env = Object.entries(spec.env ?? {});
    if (env.length)
        lines.push('', 'Environment:', ...table(env));
    if (spec.more?.length)
        lines.push('', ...spec.more);
    return `${lines.join('\n')}\n`;
}
/** The first words of the commands of two words: `statebox`, `test-result`, `issue`. */
function groupsOf(commands) {
    return [...new Set(commands.filter((c) => c.path.length > 1).map((c) => c.path[0]))];
}
/** A group of commands (`krd statebox --help`): its subcommands, each with its usage and summary. */
function groupHelp(group, commands) {
    const members = commands.filter((c) => c.path.length > 1 && c.path[0] === group);
    return [
        `Usage: krd ${group} ${members.map((c) => c.path[1]).join('|')} …`,
        '',
        ...(specs/* GROUPS */.fd[group] ? [specs/* GROUPS */.fd[group], ''] : []),
        'Commands:',
        ...members.flatMap((c) => [`  krd ${c.usage}`, `      ${c.summary.split('\n', 1)[0]}`]),
        '',
        `Run "krd help ${group} COMMAND" (or "krd ${group} COMMAND --help") for its options and environment.`,
        '',
    ].join('\n');
}
/** `krd --help`: one usage line and one summary line per command. */
function mainHelp(commands) {
    // Usage on one line, what it does indented below: usages are too long for columns.
    const lines = commands.flatMap((c) => [`  krd ${c.usage}`, `      ${c.summary.split('\n', 1)[0]}`]);
    return [
        'krd: drives OpenShift z-stream releases through the Konflux release flow.',
        '',
        'Usage: krd <command> [options]',
        '',
        ...lines,
        '',
        'Run "krd help COMMAND" (or "krd COMMAND --help") for its options and the environment settings it reads.',
        'Global options: --debug (stack traces), --help, --version',
        'Exit codes: 0 success, 1 check failed / invalid input / release Red, 2 usage error.',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(71604);
// EXTERNAL MODULE: ./src/cli/suggest.ts
var suggest = __nccwpck_require__(77472);
;// CONCATENATED MODULE: ./src/cli/main.ts








const isHelp = (arg) => arg === '--help' || arg === '-h';
function findCommand(argv) {
    let best;
    for (const command of COMMANDS) {
        const n = command.path.length;
        if (argv.length >= n && command.path.every((w, i) => argv[i] === w)) {
            if (!best || n > best.command.path.length)
                best = { command, rest: argv.slice(n) };
        }
    }
    return best;
}
/** The subcommands of a group (`fmt`, `check` of `statebox`). */
const subcommands = (group) => COMMANDS.filter((c) => c.path.length > 1 && c.path[0] === group).map((c) => c.path[1]);
/** `krd: unknown command "stauts". Did you mean "krd status"?` and the way to the list; exit 2. */
function unknownCommand(words, io) {
    const [first = '', second] = words;
    const groups = groupsOf(COMMANDS);
    let shown;
    let near;
    if (groups.includes(first)) {
        // A group with an unknown or missing subcommand.
        const subs = subcommands(first);
        if (second === undefined || second.startsWith('-')) {
            io.stderr(`krd ${first}: name one of its commands: ${(0,suggest/* either */.gP)(subs.map((s) => `krd ${first} ${s}`))}.\n\n${groupHelp(first, COMMANDS)}`);
            return 2;
        }
        shown = `${first} ${second}`;
        near = (0,suggest/* nearest */.pA)(second, subs).map((s) => `${first} ${s}`);
    }
    else {
        shown = first;
        const top = [...new Set(COMMANDS.map((c) => c.path[0])), 'help'];
        near = (0,suggest/* nearest */.pA)(first, top).map((word) => {
            // `krd statbox fmt` → `krd statebox fmt`: the subcommand given, or the nearest one.
            if (!groups.includes(word) || second === undefined || second.startsWith('-'))
                return word;
            const subs = subcommands(word);
            const sub = subs.includes(second) ? second : (0,suggest/* nearest */.pA)(second, subs)[0];
            return sub ? `${word} ${sub}` : word;
        });
    }
    const hint = near.length ? ` Did you mean ${(0,suggest/* either */.gP)(near, (n) => `"krd ${n}"`)}?` : '';
    io.stderr(`krd: unknown command "${shown}".${hint}\nRun "krd --help" for the list of commands.\n`);
    return 2;
}
/** `krd help [COMMAND]`. */
function help(words, io) {
    if (words.length === 0) {
        io.stdout(mainHelp(COMMANDS));
        return 0;
    }
    const found = findCommand(words);
    if (found && found.rest.length === 0) {
        io.stdout(commandHelp(found.command));
        return 0;
    }
    if (words.length === 1 && groupsOf(COMMANDS).includes(words[0])) {
        io.stdout(groupHelp(words[0], COMMANDS));
        return 0;
    }
    if (found) {
        io.stderr(`krd help: "${found.rest.join(' ')}" is not part of a command: krd help ${found.command.path.join(' ')} shows everything about it.\n`);
        return 2;
    }
    return unknownCommand(words, io);
}
/** Runs the CLI and returns its exit code; the only place that turns errors into exit codes. */
async function run(argv = process.argv.slice(2), given = (0,cli_io/* processIO */.W)()) {
    // The secrets of this environment are masked wherever the driver writes, and in what it says on stderr.
    (0,mask/* registerSecrets */.dg)((0,child_env/* secretEnvValues */.yp)(given.env));
    const io = { ...given, stderr: (text) => given.stderr((0,mask/* maskSecrets */.QU)(text)) };
    const debug = argv.includes('--debug');
    const args = argv.filter((a) => a !== '--debug');
    if (args.length === 0 || isHelp(args[0])) {
        io.stdout(mainHelp(COMMANDS));
        return args.length === 0 ? 2 : 0;
    }
    if (args[0] === 'help')
        return help(args.slice(1), io);
    if (args[0] === '--version' || args[0] === '-V') {
        io.stdout(`${package_namespaceObject.rE}\n`);
        return 0;
    }
    if (args[0].startsWith('-')) {
        const option = args[0];
        const near = (0,suggest/* nearest */.pA)(option.replace(/^-+/, ''), ['help', 'version', 'debug']);
        const hint = near.length ? ` Did you mean ${(0,suggest/* either */.gP)(near, (n) => `--${n}`)}?` : '';
        io.stderr(`krd: unknown option ${option}: options go after the command (krd COMMAND [options]).${hint}\nRun "krd --help" for the list of commands.\n`);
        return 2;
    }
    const found = findCommand(args);
    if (!found) {
        if (groupsOf(COMMANDS).includes(args[0]) && isHelp(args[1])) {
            io.stdout(groupHelp(args[0], COMMANDS));
            return 0;
        }
        return unknownCommand(args, io);
    }
    if (found.rest.some(isHelp)) {
        io.stdout(commandHelp(found.command));
        return 0;
    }
    try {
        return await found.command.run(found.rest, io);
    }
    catch (err) {
        if (debug && err instanceof Error && err.stack)
            io.stderr(`${err.stack}\n`);
        if (err instanceof cli_io/* UsageError */.e) {
            io.stderr(`krd ${found.command.path.join(' ')}: ${err.message}\nUsage: krd ${found.command.usage}\n`);
            return 2;
        }
        io.stderr(`krd ${found.command.path.join(' ')}: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
        return err instanceof errors/* InputError */.dz ? 1 : 1;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

// `krd simulate --json | head`: the reader went away, which is not an error of ours.
process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE')
        throw err;
    process.exit(process.exitCode ?? 0);
});
run().then((code) => {
    process.exitCode = code;
});

