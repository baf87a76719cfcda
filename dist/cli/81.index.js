export const id = 81;
export const ids = [81];
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

/***/ 8081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ACTOR_CHARS: () => (/* binding */ MAX_ACTOR_CHARS),
  RefusedError: () => (/* binding */ RefusedError),
  acceptCommand: () => (/* binding */ acceptCommand),
  afterSave: () => (/* binding */ afterSave),
  applyDecision: () => (/* binding */ applyDecision),
  checkActor: () => (/* binding */ checkActor),
  gitUserName: () => (/* binding */ gitUserName),
  openDecisionStore: () => (/* binding */ openDecisionStore),
  parseDecision: () => (/* binding */ parseDecision),
  recordJobCommand: () => (/* binding */ recordJobCommand),
  rejectCommand: () => (/* binding */ rejectCommand),
  resolveCommand: () => (/* binding */ resolveCommand),
  retryCommand: () => (/* binding */ retryCommand),
  whoDecides: () => (/* binding */ whoDecides)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __webpack_require__(59239);
// EXTERNAL MODULE: ./src/driver/commands.ts
var commands = __webpack_require__(94966);
// EXTERNAL MODULE: ./src/statebox/repository.ts
var repository = __webpack_require__(956);
// EXTERNAL MODULE: ./src/triggers/commands.ts
var triggers_commands = __webpack_require__(28275);
// EXTERNAL MODULE: ./src/triggers/permission.ts
var triggers_permission = __webpack_require__(15058);
;// CONCATENATED MODULE: ./src/triggers/replies.ts

const BADGE = { Green: '🟢 Green', Red: '🔴 Red', 'In Progress': '🟡 In Progress' };
function refusedReply(user, permission, repo) {
    return `@${user} you need write permission on ${repo} to run release commands (you have ${permission}); nothing was changed.`;
}
function notUnderstoodReply(user, error) {
    const usage = COMMAND_NAMES.map((n) => `- \`${COMMAND_USAGE[n]}\``).join('\n');
    return `@${user} ${error} Nothing was changed.\n\nCommands:\n${usage}`;
}
/** One release's state as a few lines: overall, what it waits on, the task table. */
function releaseStatus(r) {
    const lines = [`**${r.release}** is ${BADGE[r.overall]}.`];
    if (r.error)
        lines.push(`Error: ${r.error}`);
    if (r.waits.length)
        lines.push(`Waiting on: ${r.waits.join('; ')}.`);
    const tasks = r.statebox.tasks;
    if (tasks.length) {
        lines.push('', '| task | status |', '|---|---|', ...tasks.map((t) => `| ${t.name} | ${t.status} |`));
    }
    return lines.join('\n');
}
function target(cmd) {
    return cmd.release;
}
/**
 * The reply after a run that carried the command: the driver's sentence (or why it refused)
 * and the state of the releases concerned (all driven releases for a bare /release:status).
 */
function outcomeReply(user, cmd, result, opts) {
    const answer = result.replies?.find((r) => r.command === cmd);
    const release = target(cmd);
    const concerned = release === undefined ? result.releases : result.releases.filter((r) => r.release === release);
    const failed = answer?.error ?? (answer === undefined ? concerned.find((r) => r.error)?.error : undefined);
    const lines = [];
    if (failed)
        lines.push(`@${user} /release:${cmd.kind} was not applied: ${failed}`);
    else if (answer?.reply)
        lines.push(`@${user} ${answer.reply}`);
    else if (cmd.kind === 'status' && concerned.length === 0)
        lines.push(`@${user} No active release right now.`);
    else
        lines.push(`@${user} /release:${cmd.kind} done.`);
    if (release !== undefined && concerned.length === 0 && !failed && result.skipped?.includes(release)) {
        lines.push(`${release} was not reached in this run (operations budget spent, see max-operations); the next run drives it.`);
    }
    // A release that could not be driven has no status to claim: the refusal says it all.
    for (const r of concerned)
        if (!r.error || !failed)
            lines.push('', releaseStatus(r));
    if (opts.dryRun)
        lines.push('', '_Dry run: nothing was written._');
    if (opts.runUrl)
        lines.push('', `[Run log](${opts.runUrl})`);
    return { body: lines.join('\n'), ok: !failed };
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/store-option.ts
var store_option = __webpack_require__(92973);
// EXTERNAL MODULE: ./src/cli/commands/specs.ts
var specs = __webpack_require__(52633);
;// CONCATENATED MODULE: ./src/cli/commands/decision.ts
/**
 * The comment commands from a terminal: `krd accept|reject RELEASE TASK JUSTIFICATION`, `krd retry
 * RELEASE TASK`, `krd resolve RELEASE ISSUE TEXT`, `krd record-job RELEASE TASK JOB`. Each is
 * parsed by the comment parser itself (the words become the `/release:` line a comment would
 * carry), applied by the driver's `applyCommand` (same rules, same sentences) and written with
 * `updateStateBox` (SHA-checked, merged on conflict: safe with any number of concurrent writers).
 *
 * Who decided: `--as NAME`, else GITHUB_ACTOR, else `git config user.name`. With `--store github`
 * the token's user (GET /user) must have write permission on the repository, as a commenter must
 * (the permission ladder of src/triggers/permission.ts); any error there refuses, nothing written.
 * `krd mcp` uses the same functions for its write tools.
 */












/** A refusal: the sentence the comment reply would carry. Exit 1, nothing written. */
class RefusedError extends errors/* InputError */.dz {
}
// ---------------------------------------------------------------------------------------------
// Parsing: exactly as a comment
/**
 * The command a comment `/release:NAME WORDS…` by `by` would give, validated by the comment
 * parser's own checks; a RefusedError with the parser's sentence otherwise.
 */
function parseDecision(name, words, by) {
    // A comment command is its first line: a line break would cut the command, so it becomes a space.
    const parsed = (0,triggers_commands/* parseCommandWords */.ij)(name, words.map((w) => w.replace(/\s*[\r\n]+\s*/g, ' ')));
    if ((0,triggers_commands/* isCommandError */.ch)(parsed))
        throw new RefusedError(parsed.error);
    return (0,triggers_commands/* withActor */.o2)(parsed, by);
}
// ---------------------------------------------------------------------------------------------
// Who decides
// Control characters other than tab could fake lines in results and commit messages.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const MAX_ACTOR_CHARS = 100;
/** A name as it will be recorded (decided_by, result text); an InputError naming `what` if unusable. */
function checkActor(name, what) {
    const trimmed = name.trim();
    if (trimmed === '')
        throw new errors/* InputError */.dz(`${what} is empty: name who decides.`);
    if (CONTROL_RE.test(trimmed))
        throw new errors/* InputError */.dz(`${what} contains control characters.`);
    if (trimmed.length > MAX_ACTOR_CHARS)
        throw new errors/* InputError */.dz(`${what} is longer than ${MAX_ACTOR_CHARS} characters.`);
    return trimmed;
}
/** `git config user.name` in the working directory, run without a shell; undefined when unset or git is missing. */
function gitUserName(io) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['config', '--get', 'user.name'], { cwd: io.cwd, env: { ...io.env, PATH: io.env.PATH ?? process.env.PATH ?? '' }, timeout: 10_000, windowsHide: true, shell: false }, (err, stdout) => resolve(err ? undefined : String(stdout).trim() || undefined));
    });
}
/** Who decides: `--as NAME`, else GITHUB_ACTOR, else the git user; an InputError when none is known. */
async function whoDecides(as, io) {
    if (as !== undefined)
        return { name: checkActor(as, '--as'), from: '--as' };
    const actor = io.env.GITHUB_ACTOR?.trim();
    if (actor)
        return { name: checkActor(actor, 'GITHUB_ACTOR'), from: 'GITHUB_ACTOR' };
    const git = await gitUserName(io);
    if (git)
        return { name: checkActor(git, 'git config user.name'), from: 'git config user.name' };
    throw new errors/* InputError */.dz('Nobody to record as the one who decides: give --as NAME (or set GITHUB_ACTOR, or git config user.name).');
}
/**
 * The store to write the decision to. With `--store github`, first the token's user (GET /user)
 * and their permission on the repository (the collaborator permission API): write or more, or a
 * RefusedError with the sentence a commenter would get. Fails closed: any error refuses.
 */
async function openDecisionStore(values, io) {
    if (values.store !== 'github')
        return { store: await (0,store_option/* openStore */.Ch)(values, io) };
    const log = (0,store_option/* stderrLogger */.D7)(io);
    const target = await (0,store_option/* openGitHub */.o6)(values.ref, io, { log });
    const repo = `${target.owner}/${target.repo}`;
    let login;
    try {
        login = (await target.octokit.rest.users.getAuthenticated()).data.login;
    }
    catch (err) {
        const { githubMessage } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4807));
        throw new RefusedError(`Could not tell whose token GITHUB_TOKEN is (GET /user: ${githubMessage(err)}), so its write permission on ${repo} is unknown; nothing was changed. ` +
            'Use a personal or fine-grained token of someone with write permission.');
    }
    const permission = await (0,triggers_permission/* getActorPermission */.tn)(target.octokit, { owner: target.owner, repo: target.repo }, login, log);
    if (!(0,triggers_permission/* hasPermission */._m)(permission))
        throw new RefusedError(refusedReply(login, permission, repo));
    // The branch is known now: no second default-branch lookup.
    return { store: await (0,store_option/* openStore */.Ch)({ store: 'github', ref: target.ref }, io, { log }), authorized: { login, permission } };
}
function decision_target(cmd) {
    switch (cmd.kind) {
        case 'accept':
        case 'reject':
        case 'retry':
        case 'record-job':
            return ` ${cmd.task}`;
        case 'resolve':
            return ` issue ${cmd.issue}`;
        default:
            return '';
    }
}
/**
 * Applies the command with `applyCommand` on the StateBox as read and writes it SHA-checked,
 * merging on conflict. A refusal of applyCommand (an accept of a task that neither failed nor
 * waits for a person, …) writes nothing and throws its sentence.
 */
async function applyDecision(store, cmd, via, now = new Date()) {
    if (cmd.release === undefined)
        throw new errors/* InputError */.dz(`/release:${cmd.kind} needs a release.`);
    let outcome;
    const message = `StateBox ${cmd.release}: ${cmd.kind}${decision_target(cmd)} by ${(0,mask/* maskEmails */._g)(cmd.by)} (${via})`;
    const save = await (0,repository/* updateStateBox */.YO)(store, cmd.release, (box) => {
        try {
            outcome = (0,commands/* applyCommand */.s)(box, cmd, now);
        }
        catch (err) {
            throw new RefusedError((0,errors/* errorMessage */.gJ)(err), { cause: err });
        }
        return outcome.box;
    }, message);
    return { reply: outcome.reply, save, transitions: outcome.transitions, box: save.box };
}
/** What the write did, in words. */
function afterSave(result, where) {
    if (!result.written)
        return `Nothing written to ${where}: it already held this.`;
    const parts = [`${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`];
    if (result.conflicts.length > 0)
        parts.push(`${result.conflicts.length} merge conflict${result.conflicts.length === 1 ? '' : 's'} resolved`);
    return `Written to ${where} (${parts.join(', ')}).`;
}
function decisionCommand(spec, name, arity) {
    return {
        ...spec,
        async run(args, io) {
            const { positionals, values } = (0,cli_args/* parseCommandArgs */.Qx)(spec, args, true);
            const n = arity.names.length;
            if (positionals.length < n || (!arity.text && positionals.length > n)) {
                const expected = `${arity.names.slice(0, -1).join(', ')} and ${arity.names[n - 1]}`;
                throw new cli_io/* UsageError */.e(`expected ${expected}, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}.`);
            }
            if (values.store === undefined || values.store === '')
                throw new cli_io/* UsageError */.e('--store DIR|github is required.');
            const actor = await whoDecides(values.as, io);
            // Parsed before any request: a bad release or task never reaches a path or the network.
            const cmd = parseDecision(name, positionals, actor.name);
            const { store } = await openDecisionStore(values, io);
            const done = await applyDecision(store, cmd, `krd ${name}`);
            io.stdout(`${done.reply} ${afterSave(done.save, store.describe)}\n`);
            return 0;
        },
    };
}
const acceptCommand = decisionCommand(specs/* ACCEPT */.FA, 'accept', { names: ['RELEASE', 'TASK', 'JUSTIFICATION'], text: true });
const rejectCommand = decisionCommand(specs/* REJECT */.yV, 'reject', { names: ['RELEASE', 'TASK', 'JUSTIFICATION'], text: true });
const retryCommand = decisionCommand(specs/* RETRY */.p6, 'retry', { names: ['RELEASE', 'TASK'], text: false });
const resolveCommand = decisionCommand(specs/* RESOLVE */.vo, 'resolve', { names: ['RELEASE', 'ISSUE', 'TEXT'], text: true });
const recordJobCommand = decisionCommand(specs/* RECORD_JOB */._A, 'record-job', { names: ['RELEASE', 'TASK', 'JOB'], text: false });


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
