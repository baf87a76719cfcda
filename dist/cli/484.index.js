export const id = 484;
export const ids = [484];
export const modules = {

/***/ 12138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   _U: () => (/* binding */ slackEscape),
/* harmony export */   a4: () => (/* binding */ slackText),
/* harmony export */   qP: () => (/* binding */ webUrl)
/* harmony export */ });
/* unused harmony exports ZWJ, noMentions, mdText, mdCell, mdCode, htmlText, mdUrl, mdLink */
/* harmony import */ var _core_mask__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59239);
/**
 * Text from outside inside what we render: the job summary and the PR comments (GitHub
 * Markdown, which allows HTML) and Slack (mrkdwn). Whatever a StateBox, oar, Errata, an error
 * message or a comment holds is shown as the characters it is: secrets masked (core/mask),
 * one line, no HTML, no link or image, no mention that notifies anybody.
 *
 * - `mdText`: inside our own Markdown sentences (status line, waits, notes, table cells):
 *   `<`, `>` and `&` become entities (no tag, no autolink `<https://…>`), `](` is broken
 *   (no `[text](url)` link or `![img](url)`), backticks are escaped (no code span swallowing
 *   our markup), `@name` and `@org/team` get a zero-width joiner after the `@` (no mention).
 * - `mdCode`: a quoted text as an inline code span (issue texts, resolutions): nothing inside
 *   a code span is rendered, linked or mentioned.
 * - `htmlText`: inside our HTML (`<summary>`): entities and mentions.
 * - `mdUrl`: a link target only when it is an http(s) URL, with the characters that could end
 *   the Markdown link percent-encoded.
 * - `slackText`: Slack's own rule (https://api.slack.com/reference/surfaces/formatting#escaping):
 *   `&`, `<`, `>` escaped, so `<!channel>`, `<@U…>` and `<url|text>` from outside stay text.
 *
 * Bare URLs are still autolinked by GitHub: they show their target, which is not hidden.
 */

/** A zero-width joiner: `@\u200dteam` reads as `@team` and mentions nobody. */
const ZWJ = '\u200d';
// eslint-disable-next-line no-control-regex
const BREAKS_RE = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_RE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// A GitHub mention or team mention: `@` at the start or after a character that is not part of a
// word (so `img@sha256:…` and masked emails are left alone), followed by a login character.
const MENTION_RE = /(^|[^A-Za-z0-9_.+-])@(?=[A-Za-z0-9])/g;
/** Masked, on one line, without control characters. */
function oneLine(text) {
    return (0,_core_mask__WEBPACK_IMPORTED_MODULE_0__/* .maskText */ .gC)(text).replace(BREAKS_RE, ' ').replace(CONTROLS_RE, '');
}
/** `@name` → `@‍name`: shown the same, notifies nobody. */
function noMentions(text) {
    return text.replace(MENTION_RE, `$1@${ZWJ}`);
}
function entities(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Outside text inside our Markdown: shown as it reads, nothing in it rendered as markup. */
function mdText(text) {
    return noMentions(entities(oneLine(text)).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\]\(/g, ']\\(').replace(/!\[/g, '!\\['));
}
/** mdText for a table cell: pipes escaped too. */
function mdCell(text) {
    return mdText(text).replace(/\|/g, '\\|');
}
/** A quoted text as an inline code span, the fence longer than any backtick run inside. */
function mdCode(text) {
    const line = oneLine(text);
    if (line.trim() === '')
        return '';
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** Outside text inside our HTML (`<summary>…</summary>`): entities and mentions. */
function htmlText(text) {
    return noMentions(entities(oneLine(text)).replace(/"/g, '&quot;'));
}
/** An http(s) URL from outside, secrets masked, as a parsed URL; undefined for anything else. */
function webUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL((0,_core_mask__WEBPACK_IMPORTED_MODULE_0__/* .maskText */ .gC)(url.trim()));
    }
    catch {
        return undefined;
    }
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
}
/** A Markdown link target: an http(s) URL, percent-encoded where it could end the link; else undefined. */
function mdUrl(url) {
    return webUrl(url)?.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20');
}
/** `[text](url)` when url is a safe link target, the text alone otherwise. */
function mdLink(text, url) {
    const target = mdUrl(url);
    return target ? `[${text}](${target})` : text;
}
/** `&`, `<`, `>` escaped (Slack's own rule), nothing masked: for an owner's address we show. */
function slackEscape(text) {
    return entities(text);
}
/** Text from outside in a Slack message: masked, then `&`, `<`, `>` escaped (Slack's own rule). */
function slackText(text) {
    return entities((0,_core_mask__WEBPACK_IMPORTED_MODULE_0__/* .maskText */ .gC)(text));
}


/***/ }),

/***/ 33484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildDriverDeps: () => (/* binding */ buildDriverDeps),
  settingsFromEnv: () => (/* binding */ settingsFromEnv)
});

// UNUSED EXPORTS: WIRING_ENV

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/bo3.ts
var bo3 = __webpack_require__(52191);
// EXTERNAL MODULE: ./src/core/mask.ts
var mask = __webpack_require__(59239);
// EXTERNAL MODULE: ./src/adapters/exec/child-env.ts
var child_env = __webpack_require__(60492);
// EXTERNAL MODULE: ./src/adapters/exec/oar-cli.ts
var oar_cli = __webpack_require__(56185);
// EXTERNAL MODULE: ./src/adapters/exec/program-path.ts
var program_path = __webpack_require__(20374);
// EXTERNAL MODULE: ./src/adapters/exec/status-line.ts
var status_line = __webpack_require__(59851);
;// CONCATENATED MODULE: ./src/adapters/exec/analyzer-command.ts
/**
 * Analyzer port over a configured command, by default the equivalent of the slash command
 * `/ci:analyze-build-test-results {build}` run through Claude Code. The command is an argument
 * array run without a shell; `{build}` is replaced inside arguments, so it stays one argument.
 */







const DEFAULT_ANALYZER_COMMAND = ['claude', '-p', '/ci:analyze-build-test-results {build}'];
// `RECOMMENDATION: ACCEPT`, `**Final recommendation** - REJECT`, `Verdict = ACCEPTED` …
const VERDICT_LINE_RE = /\b(?:final\s+)?(?:recommendation|verdict|decision)\b[^A-Za-z\n]{0,6}(ACCEPT|REJECT)(?:ED)?\b/i;
// …or a line holding nothing but the word.
const BARE_VERDICT_RE = /^[^A-Za-z]*(ACCEPT|REJECT)[^A-Za-z]*$/i;
const MAX_REASONING_CHARS = 20_000;
/** The recommendation of an analysis: the last explicit verdict line wins. */
function parseRecommendation(output) {
    let found;
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.replace(/[*_`#>]/g, '');
        const m = VERDICT_LINE_RE.exec(line) ?? BARE_VERDICT_RE.exec(line);
        if (m?.[1])
            found = m[1].toUpperCase();
    }
    return found;
}
/** Keeps StateBox files readable: very long analyses keep their head and their conclusion. */
function boundedReasoning(text) {
    if (text.length <= MAX_REASONING_CHARS)
        return text;
    const half = MAX_REASONING_CHARS / 2;
    return `${text.slice(0, half)}\n…(analysis shortened)…\n${text.slice(-half)}`;
}
class CommandAnalyzer {
    options;
    command;
    env;
    constructor(options) {
        this.options = options;
        this.command = options.command?.length ? options.command : DEFAULT_ANALYZER_COMMAND;
        if (!(options.timeoutMs > 0))
            throw new errors/* InputError */.dz('The analyzer timeout must be a positive number of milliseconds.');
        // It reads text from outside (test results): it gets no secret it does not need.
        this.env = options.env ?? (0,child_env/* childEnv */.gf)(process.env, 'analyzer');
    }
    /** The argv for a build: `{build}` substituted in every argument (never split into more). */
    argv(build) {
        if (!(0,bo3/* isTestBuild */.rC)(build)) {
            throw new errors/* InputError */.dz(`${JSON.stringify(build)} is not a build the analyzer can look at: expected a release such as 4.20.1 or a nightly such as 4.20.0-0.nightly-2025-10-28-123456.`);
        }
        return this.command.map((arg) => arg.replaceAll('{build}', build));
    }
    /** Before a run: the analyzer's program is there (on the PATH it gets); a SetupError naming the fix otherwise. */
    async preflight() {
        const program = this.command[0] ?? '';
        if (!(0,program_path/* findProgram */.K)(program, this.env, this.options.cwd)) {
            throw new errors/* SetupError */.w3(`The analyzer ${JSON.stringify(program)} is not installed or not on PATH: install it on the runner (Claude Code for the default command), or set analyzer-command (KRD_ANALYZER_COMMAND for krd drive, where none turns the analyzer off).`);
        }
    }
    async analyze(build) {
        const [program = '', ...args] = this.argv(build);
        const run = await (0,oar_cli/* runProgram */.mB)([program], args, {
            timeoutMs: this.options.timeoutMs,
            env: this.env,
            cwd: this.options.cwd,
            what: 'analyzer',
        });
        const name = JSON.stringify(program);
        if (run.timedOut) {
            throw new errors/* TransientError */.N_(`The analyzer ${name} did not finish analysing ${build} within ${this.options.timeoutMs / 1000}s.`);
        }
        const output = (0,mask/* maskEmails */._g)(run.output.trim()); // the reasoning goes into the StateBox
        if (run.exitCode !== 0) {
            const auth = (0,status_line/* detectAuthFailure */.Qo)(output);
            if (auth) {
                const credential = auth.credential === 'the credentials of the oar CLI' ? 'its API key or login' : auth.credential;
                throw new errors/* SetupError */.w3(`The analyzer ${name} could not authenticate: renew ${credential} (${auth.evidence}).`);
            }
            const code = run.exitCode === undefined ? 'was killed' : `exited with code ${run.exitCode}`;
            throw new errors/* TransientError */.N_(`The analyzer ${name} ${code} while analysing ${build}${output ? `: ${(0,status_line/* tail */.RT)(output)}` : ''}.`);
        }
        const recommendation = parseRecommendation(output);
        if (!recommendation) {
            throw new errors/* TransientError */.N_(`The analyzer ${name} gave no RECOMMENDATION: ACCEPT or REJECT for ${build}${output ? `; last output: ${(0,status_line/* tail */.RT)(output)}` : ' (no output)'}.`);
        }
        return { recommendation, reasoning: boundedReasoning(output) };
    }
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 1 modules
var esm_client = __webpack_require__(53018);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/sse.js + 1 modules
var sse = __webpack_require__(10053);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js + 2 modules
var streamableHttp = __webpack_require__(83491);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: ./src/core/tasks.ts
var tasks = __webpack_require__(58881);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
;// CONCATENATED MODULE: ./src/adapters/exec/upstream-status.ts
/**
 * Finding a job upstream already started, from the release status release-tests' MCP server
 * reports (`oar_get_release_status`: oar's own StateBox as JSON, or a status-only fallback read
 * from the Google Sheet). oar records each command's output as the task's `result`, so a job it
 * triggered is named there (`triggered stage pipeline job: <…/Stage-Pipeline/1674/>`) even when
 * the run that asked for it died before recording it.
 */



const upstreamTask = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    status: schemas/* string */.YjP().nullable().optional(),
    started_at: schemas/* string */.YjP().nullable().optional(),
    result: schemas/* string */.YjP().nullable().optional(),
});
const releaseStatus = schemas/* looseObject */._H3({
    source: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
    // A StateBox holds a list of tasks; the Sheet fallback a map of names to statuses (no jobs).
    tasks: schemas/* union */.KCZ([schemas/* array */.YOg(upstreamTask), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())]).optional(),
});
// A job that is running or passed counts; after a Fail oar itself would trigger a new one.
const ADOPTABLE = new Set(['in progress', 'pass']);
/**
 * The job of `task` that upstream's status names and this StateBox has not recorded, or
 * undefined. Throws TransientError when the status cannot be read: never guess, so the caller
 * starts nothing this run.
 */
function jobFromReleaseStatus(text, task, ctx, system) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* TransientError */.N_(`${system} answered the release status of ${ctx.release} with something that is not JSON: ${(0,status_line/* tail */.RT)(text)}.`);
    }
    const parsed = releaseStatus.safeParse(json);
    if (!parsed.success)
        throw new errors/* TransientError */.N_(`${system} answered the release status of ${ctx.release} in an unexpected shape.`);
    const status = parsed.data;
    if (status.source === 'error' || status.error !== undefined) {
        throw new errors/* TransientError */.N_(`${system} could not read the release status of ${ctx.release}: ${status.error ?? 'no reason given'}.`);
    }
    if (!Array.isArray(status.tasks))
        return undefined; // the Sheet fallback names no jobs
    const entry = status.tasks.find((t) => t.name === task);
    if (!entry?.result || !ADOPTABLE.has((entry.status ?? '').trim().toLowerCase()))
        return undefined;
    // After a retry, only a job started since then belongs to this attempt.
    if (ctx.notBefore) {
        const started = Date.parse(entry.started_at ?? '');
        if (Number.isNaN(started) || started < Date.parse(ctx.notBefore))
            return undefined;
    }
    // oar stores In Progress after a poll that reset the task (its callback knows no [Not Started]):
    // the job it names ended (aborted, error), and a re-trigger must not adopt it.
    if ((0,status_line/* lastStatus */.by)(entry.result, task) === 'Not Started')
        return undefined;
    const job = (0,status_line/* extractJob */.RC)(entry.result, task);
    if (!job)
        return undefined;
    const recorded = ctx.jobId ?? ctx.statebox.tasks.find((t) => t.name === task)?.job?.id;
    if (job.id === recorded)
        return undefined;
    return { jobId: job.id, ...(job.url ? { jobUrl: job.url } : {}) };
}

;// CONCATENATED MODULE: ./src/adapters/exec/mcp.ts
/**
 * Executor over the release-tests MCP server (streamable HTTP): calls its `oar_*` tools and
 * reads their text output exactly like the CLI's: the server runs the same click commands and
 * returns their logs, then their prints, through `format_result` (the same status lines,
 * `[Not Started]` re-trigger requests, "already in state" skips, missing-variable lists).
 * One short connection per call: runs are minutes apart, and nothing is left open when a run
 * ends. Upstream's server still runs the older HTTP+SSE transport, so a 4xx to the streamable POST falls back to it (as the MCP spec's
 * backwards-compatibility section describes) and the choice is remembered.
 * `findJob` asks the server for the release status (`oar_get_release_status`): the output oar
 * recorded when it triggered a job names that job (upstream-status.ts).
 */










/** The MCP tool of each task (mcp_server/server.py). */
const MCP_TOOLS = {
    'create-test-report': 'oar_create_test_report',
    'take-ownership': 'oar_take_ownership',
    'check-cve-tracker-bug': 'oar_check_cve_tracker_bug',
    'push-to-cdn-staging': 'oar_push_to_cdn_staging',
    'image-consistency-check': 'oar_image_consistency_check',
    'stage-testing': 'oar_stage_testing',
    'image-signed-check': 'oar_image_signed_check',
    'change-advisory-status': 'oar_change_advisory_status',
};
/** The read-only tool that reports oar's StateBox of a release (tasks with their recorded output). */
const RELEASE_STATUS_TOOL = 'oar_get_release_status';
const SYSTEM = 'The MCP server';
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
/** A status read answers in seconds; it must not hold a run as long as a task may. */
const STATUS_TIMEOUT_MS = 2 * 60_000;
/** The preflight's initialize and tools/list: a server that takes longer counts as not answering. */
const PREFLIGHT_TIMEOUT_MS = 30_000;
/** Nothing listens at the URL, or its host does not exist: our configuration, not an outage. */
const NOT_THERE = new Set(['ECONNREFUSED', 'ENOTFOUND']);
/** The server's `format_result`: `✓ Command succeeded\n\n…` or `✗ Command failed (exit code N)\n\n…`. */
function parseToolText(text, isError) {
    const failed = /^\s*✗\s*Command failed(?:\s*\(exit code (-?\d+)\))?/.exec(text);
    if (failed)
        return { output: text, exitCode: failed[1] !== undefined ? Number(failed[1]) : 1 };
    if (/^\s*✓\s*Command succeeded/.test(text))
        return { output: text, exitCode: 0 };
    return { output: text, exitCode: isError ? 1 : undefined };
}
/** The text parts of a tool result, joined. */
function textOf(content) {
    return (Array.isArray(content) ? content : [])
        .filter((c) => c?.type === 'text' && typeof c.text === 'string')
        .map((c) => c.text)
        .join('\n');
}
/** A streamable POST answered like this means the server only speaks HTTP+SSE. */
const SSE_ONLY_STATUSES = [400, 404, 405];
class McpExecutor {
    options;
    url;
    schemas;
    transportKind;
    constructor(options) {
        this.options = options;
        try {
            this.url = new URL(options.url);
        }
        catch {
            throw new errors/* InputError */.dz(`${JSON.stringify(options.url)} is not an MCP server URL such as http://host:8000/mcp.`);
        }
        if (!/^https?:$/.test(this.url.protocol))
            throw new errors/* InputError */.dz(`The MCP server URL must be http(s), not ${this.url.protocol}.`);
    }
    async start(task, ctx) {
        return this.call((0,oar_cli/* taskRequest */.Vy)(task, ctx, 'start'));
    }
    async poll(task, ctx) {
        return this.call((0,oar_cli/* taskRequest */.Vy)(task, ctx, 'poll'));
    }
    /**
     * A job of this task that upstream started and the StateBox does not record (a run died in
     * between). undefined when there is none, or when the server offers no status tool (older
     * servers: then oar's own guard against triggering twice is all there is). A status that
     * cannot be read throws (TransientError), so nothing is started on a guess.
     */
    async findJob(task, ctx) {
        const release = (0,version/* parseRelease */.BC)(ctx.release).text;
        if (!(0,tasks/* isAsyncTask */.QS)(task))
            return undefined;
        const timeout = Math.min(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, STATUS_TIMEOUT_MS);
        return this.withClient(RELEASE_STATUS_TOOL, timeout, async (client, schemas) => {
            if (!schemas.has(RELEASE_STATUS_TOOL))
                return undefined;
            const result = await client.callTool({ name: RELEASE_STATUS_TOOL, arguments: { release } }, undefined, { timeout });
            const text = textOf(result.content);
            const where = `${SYSTEM} (${RELEASE_STATUS_TOOL})`;
            if (result.isError === true)
                throw new errors/* TransientError */.N_(`${where} could not report the status of ${release}: ${(0,status_line/* tail */.RT)(text)}.`);
            return jobFromReleaseStatus(text, task, { ...ctx, release }, where);
        });
    }
    /**
     * Before a run: the server answers `initialize` and `tools/list` and offers the oar tools.
     * A SetupError when nothing listens at the URL, the server refuses our token (401/403) or is
     * not the release-tests server; a TransientError when it fails or does not answer right now.
     */
    async preflight() {
        const timeout = Math.min(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, PREFLIGHT_TIMEOUT_MS);
        const where = `${SYSTEM} at ${this.url.origin}`;
        const fix = 'mcp-url (KRD_MCP_URL for krd drive)';
        let client;
        let schemas;
        try {
            client = await this.connect(timeout);
            schemas = await this.toolSchemas(client, timeout);
        }
        catch (err) {
            const status = httpStatusOf(err);
            if (status === 401 || status === 403 || err?.name === 'UnauthorizedError') {
                throw new errors/* SetupError */.w3(`${where} refused our token${status ? ` (${status})` : ''}: set mcp-token (KRD_MCP_TOKEN for krd drive) to a valid bearer token of that server.`, { cause: err });
            }
            const code = errnoOf(err);
            if (code && NOT_THERE.has(code)) {
                throw new errors/* SetupError */.w3(`Nothing answers at ${this.url.href} (${code}): start the MCP server of release-tests there, or set ${fix} to where it runs.`, { cause: err });
            }
            const classified = this.classify(err, 'initialize');
            if (classified instanceof errors/* TransientError */.N_)
                throw classified;
            throw new errors/* SetupError */.w3(`${classified.message.replace(/\.$/, '')}: check ${fix}.`, { cause: err });
        }
        finally {
            await client?.close().catch(() => undefined);
        }
        if (!Object.values(MCP_TOOLS).some((tool) => schemas.has(tool))) {
            throw new errors/* SetupError */.w3(`${where} offers none of the oar_* tools: set ${fix} to the MCP server of release-tests.`);
        }
    }
    /**
     * Tool arguments; the job parameter is whichever the server's tool declares. Upstream's
     * server declares `oar_image_consistency_check(release, job_id)` (passed to oar as `-i`, any
     * id) and `oar_stage_testing(release, build_number)` (`-n`); an older server with
     * build_number for image-consistency-check gets a numeric job there.
     */
    toolArgs(req, params) {
        const args = { release: req.release };
        if (req.owner)
            args.email = req.owner;
        if (req.task === 'check-cve-tracker-bug' && params.has('notify'))
            args.notify = true; // as the CLI does by default
        if (req.jobId) {
            const numeric = /^\d+$/.test(req.jobId);
            const key = params.has('job_id') && (!numeric || !params.has('build_number')) ? 'job_id' : 'build_number';
            args[key] = req.jobId;
        }
        return args;
    }
    async call(req) {
        const tool = MCP_TOOLS[req.task];
        const timeout = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        return this.withClient(tool, timeout, async (client, schemas) => {
            const params = schemas.get(tool);
            if (!params)
                throw new errors/* PermanentError */.Dr(`${SYSTEM} at ${this.url.origin} does not offer the tool ${tool} (needed for ${req.task}).`);
            const result = await client.callTool({ name: tool, arguments: this.toolArgs(req, params) }, undefined, { timeout });
            return (0,status_line/* interpretRun */.rq)(req.task, parseToolText(textOf(result.content), result.isError === true), `${SYSTEM} (${tool})`);
        });
    }
    /** One short connection: connect, learn the tools, run `fn`, close; SDK errors classified, naming `tool`. */
    async withClient(tool, timeout, fn) {
        let client;
        try {
            client = await this.connect(timeout);
            return await fn(client, await this.toolSchemas(client, timeout));
        }
        catch (err) {
            throw this.classify(err, tool);
        }
        finally {
            await client?.close().catch(() => undefined);
        }
    }
    transport(kind) {
        const opts = {
            requestInit: this.options.headers ? { headers: this.options.headers } : undefined,
            ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
        };
        return kind === 'sse' ? new sse/* SSEClientTransport */.A(this.url, opts) : new streamableHttp/* StreamableHTTPClientTransport */.j(this.url, opts);
    }
    /** Streamable HTTP first; HTTP+SSE when the server answers the POST with a 4xx other than 401/403. */
    async connect(timeout) {
        const kind = this.transportKind ?? 'streamable';
        const client = new esm_client/* Client */.K({ name: 'konflux-release-driver', version: '1' });
        try {
            await client.connect(this.transport(kind), { timeout });
            this.transportKind = kind;
            return client;
        }
        catch (err) {
            await client.close().catch(() => undefined);
            const sseOnly = kind === 'streamable' && !this.transportKind && err instanceof streamableHttp/* StreamableHTTPError */.b && SSE_ONLY_STATUSES.includes(err.code ?? 0);
            if (!sseOnly)
                throw err;
        }
        const sse = new esm_client/* Client */.K({ name: 'konflux-release-driver', version: '1' });
        try {
            await sse.connect(this.transport('sse'), { timeout });
        }
        catch (err) {
            await sse.close().catch(() => undefined);
            throw err;
        }
        this.transportKind = 'sse';
        return sse;
    }
    async toolSchemas(client, timeout) {
        if (this.schemas)
            return this.schemas;
        const schemas = new Map();
        let cursor;
        do {
            const page = await client.listTools(cursor ? { cursor } : undefined, { timeout });
            for (const t of page.tools)
                schemas.set(t.name, new Set(Object.keys(t.inputSchema.properties ?? {})));
            cursor = page.nextCursor;
        } while (cursor);
        this.schemas = schemas;
        return schemas;
    }
    /** Our own errors pass; the SDK's become Transient or Permanent, naming the server. */
    classify(err, tool) {
        if (err instanceof errors/* TransientError */.N_ || err instanceof errors/* PermanentError */.Dr || err instanceof errors/* InputError */.dz)
            return err;
        const where = `${SYSTEM} at ${this.url.origin}`;
        if (err instanceof streamableHttp/* StreamableHTTPError */.b) {
            const code = err.code ?? 0;
            if (code === 401 || code === 403) {
                return new errors/* SetupError */.w3(`${where} refused the request with ${code}: check the MCP server headers (mcp-headers, e.g. its Authorization token).`);
            }
            if (code === 429 || code >= 500 || code <= 0)
                return new errors/* TransientError */.N_(`${where} answered ${code > 0 ? code : 'badly'} while calling ${tool}.`, undefined, { cause: err });
            return new errors/* PermanentError */.Dr(`${where} answered ${code} while calling ${tool}: ${(0,errors/* errorMessage */.gJ)(err)}.`);
        }
        if (err instanceof types/* McpError */.Nh) {
            if (err.code === types/* ErrorCode */.O4.RequestTimeout)
                return new errors/* TransientError */.N_(`${where} did not answer ${tool} in time.`, undefined, { cause: err });
            if (err.code === types/* ErrorCode */.O4.ConnectionClosed)
                return new errors/* TransientError */.N_(`${where} closed the connection during ${tool}.`, undefined, { cause: err });
            if (err.code === types/* ErrorCode */.O4.MethodNotFound || err.code === types/* ErrorCode */.O4.InvalidParams) {
                return new errors/* PermanentError */.Dr(`${where} rejected ${tool}: ${err.message}.`);
            }
            return new errors/* TransientError */.N_(`${where} failed ${tool}: ${err.message}.`, undefined, { cause: err });
        }
        if (err instanceof sse/* SseError */._ || /^Error POSTing to endpoint \(HTTP \d{3}\)/.test((0,errors/* errorMessage */.gJ)(err))) {
            const code = err instanceof sse/* SseError */._ ? (err.code ?? 0) : Number(/HTTP (\d{3})/.exec((0,errors/* errorMessage */.gJ)(err))?.[1]);
            if (code === 401 || code === 403) {
                return new errors/* SetupError */.w3(`${where} refused the request with ${code}: check the MCP server headers (mcp-headers, e.g. its Authorization token).`);
            }
            return new errors/* TransientError */.N_(`${where} failed ${tool} over HTTP+SSE${code ? ` (${code})` : ''}: ${(0,errors/* errorMessage */.gJ)(err)}.`, undefined, { cause: err });
        }
        if (err?.name === 'UnauthorizedError') {
            return new errors/* SetupError */.w3(`${where} requires authorization: check the MCP server headers (mcp-headers).`);
        }
        const cause = err?.cause?.code;
        return new errors/* TransientError */.N_(`${where} is unreachable (${cause ?? (0,errors/* errorMessage */.gJ)(err)}).`, undefined, { cause: err });
    }
}
/** The HTTP status an SDK error reports (streamable HTTP, HTTP+SSE, or its message), if any. */
function httpStatusOf(err) {
    if (err instanceof streamableHttp/* StreamableHTTPError */.b || err instanceof sse/* SseError */._)
        return err.code && err.code > 0 ? err.code : undefined;
    const m = /\(HTTP (\d{3})\)/.exec((0,errors/* errorMessage */.gJ)(err));
    return m ? Number(m[1]) : undefined;
}
/** The errno code (ECONNREFUSED, …) somewhere in an error's cause chain. */
function errnoOf(err) {
    for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
            return code;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/http.ts
/**
 * A small fetch wrapper for the outside systems the flow probes. It turns what went wrong into
 * the two error kinds the driver understands: TransientError (network, timeout, 5xx, 429 with
 * its retry-after) and PermanentError (401/403, naming the system and the credential).
 */

const DEFAULT_HTTP_TIMEOUT_MS = 30_000;
/** Milliseconds from a Retry-After header (seconds or an HTTP date), undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
function where(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`; // never echo a query string: it may carry a token
    }
    catch {
        return 'an invalid URL';
    }
}
function networkReason(err) {
    const cause = err.cause;
    return cause?.code ?? cause?.message ?? err.message ?? String(err);
}
/**
 * Fetches `url`. Returns the response for 2xx/3xx, for 404 and other 4xx the caller handles,
 * and for any status in `passStatuses`; throws TransientError/PermanentError otherwise.
 */
async function httpFetch(url, req) {
    const timeoutMs = req.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
    const doFetch = req.fetch ?? fetch;
    let response;
    try {
        response = await doFetch(url, {
            method: req.method ?? 'GET',
            headers: req.headers,
            signal: AbortSignal.timeout(timeoutMs),
            redirect: 'follow',
        });
    }
    catch (err) {
        if (err.name === 'TimeoutError' || err.name === 'AbortError') {
            throw new errors/* TransientError */.N_(`${req.system} did not answer within ${timeoutMs / 1000}s (${where(url)}).`, undefined, { cause: err });
        }
        throw new errors/* TransientError */.N_(`${req.system} is unreachable at ${where(url)} (${networkReason(err)}).`, undefined, { cause: err });
    }
    const { status } = response;
    if (req.passStatuses?.includes(status))
        return response;
    if (status === 401 || status === 403) {
        await response.body?.cancel();
        const credential = req.credential ?? 'its credentials';
        // Our credential refused: a broken setup, not a failed task.
        throw new (req.credential ? errors/* SetupError */.w3 : errors/* PermanentError */.Dr)(`${req.system} refused the request with ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'} (${where(url)}): check ${credential}.`);
    }
    if (status === 429 || status >= 500) {
        await response.body?.cancel();
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), (req.now ?? Date.now)());
        const hint = retryAfterMs !== undefined ? `; retry after ${Math.ceil(retryAfterMs / 1000)}s` : '';
        const what = status === 429 ? 'is rate limiting us (429)' : `answered ${status}`;
        throw new errors/* TransientError */.N_(`${req.system} ${what} at ${where(url)}${hint}.`, retryAfterMs);
    }
    return response;
}
/** Reads a body as JSON; a body that is not JSON is a TransientError (a proxy's error page, a cut stream). */
async function readJson(response, req, url) {
    let text;
    try {
        text = await response.text();
    }
    catch (err) {
        throw new errors/* TransientError */.N_(`${req.system} stopped answering while sending ${where(url)} (${networkReason(err)}).`, undefined, { cause: err });
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* TransientError */.N_(`${req.system} answered ${where(url)} with something that is not JSON.`);
    }
}
/**
 * GET a JSON document: undefined on 404, the parsed body on 2xx; any other status is a
 * PermanentError (our request is wrong and retrying will not fix it).
 */
async function getJson(url, req) {
    const response = await httpFetch(url, req);
    if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
    }
    if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        throw new errors/* PermanentError */.Dr(`${req.system} answered ${response.status} for ${where(url)}.`);
    }
    return readJson(response, req, url);
}

;// CONCATENATED MODULE: ./src/adapters/probes/http-probes.ts
/**
 * WorldProbes over HTTP: Release Controller, the signature mirror, Errata Tool, GitLab and the
 * prod metadata URL. Every base URL is configurable so tests point them at a local server.
 */




const DEFAULT_PROBE_URLS = {
    releaseControllerUrl: 'https://amd64.ocp.releases.ci.openshift.org',
    mirrorUrl: 'https://mirror.openshift.com',
    errataUrl: 'https://errata.devel.redhat.com',
    gitlabUrl: 'https://gitlab.cee.redhat.com',
    releaseArtifactsUrl: 'https://openshift-release-artifacts.apps.ci.l2s4.p1.openshiftapps.com',
};
const releaseInfoSchema = schemas/* looseObject */._H3({
    phase: schemas/* string */.YjP().min(1),
    changeLogJson: schemas/* looseObject */._H3({ to: schemas/* looseObject */._H3({ digest: schemas/* string */.YjP().optional() }).nullable().optional() })
        .nullable()
        .optional(),
});
const alertSchema = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    text: schemas/* string */.YjP().nullable().optional(),
    description: schemas/* string */.YjP().nullable().optional(),
    how_to_resolve: schemas/* string */.YjP().nullable().optional(),
    blocking: schemas/* boolean */.zMY(),
});
const securityAlertsSchema = schemas/* looseObject */._H3({
    alerts: schemas/* looseObject */._H3({ alerts: schemas/* array */.YOg(alertSchema).nullable().optional() }).nullable().optional(),
});
const mergeRequestSchema = schemas/* looseObject */._H3({
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* looseObject */._H3({ name: schemas/* string */.YjP() })])),
});
/** The Release Controller stream of z-stream releases, by major version: 4-stable, 5-stable. */
const DEFAULT_RELEASE_STREAM = '{major}-stable';
/** The release stream of `release`: `template` with `{major}` replaced (default `{major}-stable`). */
function releaseStreamOf(release, template = DEFAULT_RELEASE_STREAM) {
    const v = typeof release === 'string' ? (0,version/* parseRelease */.BC)(release) : release;
    return template.replaceAll('{major}', String(v.major));
}
const DIGEST_RE = /^sha256:([0-9a-f]{64})$/;
const STAGE_RELEASE_LABELS = ['stage-release-success', 'prod-release-success'];
const trimSlash = (url) => url.replace(/\/+$/, '');
/** Splits `https://host/group/project/-/merge_requests/123` into its API base, project and iid. */
function parseMergeRequestUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* InputError */.dz(`${JSON.stringify(url)} is not a merge request URL such as https://gitlab.example/group/project/-/merge_requests/12.`);
    }
    const m = /^\/(.+?)\/-\/merge_requests\/(\d+)\/?$/.exec(parsed.pathname);
    if (!/^https?:$/.test(parsed.protocol) || !m?.[1] || !m[2]) {
        throw new errors/* InputError */.dz(`${JSON.stringify(url)} is not a merge request URL such as https://gitlab.example/group/project/-/merge_requests/12.`);
    }
    return { origin: parsed.origin, project: decodeURIComponent(m[1]), iid: Number(m[2]) };
}
/** The origin (scheme, host, port) of the configured GitLab; an http(s) URL or an InputError. */
function gitlabOrigin(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new errors/* InputError */.dz(`${JSON.stringify(url)} is not a GitLab URL such as https://gitlab.cee.redhat.com.`);
    }
    if (!/^https?:$/.test(parsed.protocol))
        throw new errors/* InputError */.dz(`The GitLab URL must be http(s), not ${parsed.protocol}.`);
    return parsed.origin;
}
/** The `url:` under `Metadata:` in a release.txt (what `oc adm release info` prints). */
function metadataUrlFromReleaseTxt(text) {
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((l) => /^\s*Metadata:\s*$/.test(l));
    if (start < 0)
        return undefined;
    for (const line of lines.slice(start + 1)) {
        if (/^\S/.test(line))
            break; // the section ended
        const m = /^\s+url:\s*(https?:\/\/\S+)\s*$/.exec(line);
        if (m)
            return m[1];
    }
    return undefined;
}
class HttpProbes {
    options;
    rc;
    stream;
    mirror;
    errata;
    artifacts;
    /** Origin of the configured GitLab: the only place the GitLab token goes. */
    gitlabOrigin;
    warnedMrs = new Set();
    constructor(options = {}) {
        this.options = options;
        this.gitlabOrigin = gitlabOrigin(options.gitlabUrl ?? DEFAULT_PROBE_URLS.gitlabUrl);
        this.rc = trimSlash(options.releaseControllerUrl ?? DEFAULT_PROBE_URLS.releaseControllerUrl);
        this.stream = options.releaseStream ?? DEFAULT_RELEASE_STREAM;
        this.mirror = trimSlash(options.mirrorUrl ?? DEFAULT_PROBE_URLS.mirrorUrl);
        this.errata = trimSlash(options.errataUrl ?? DEFAULT_PROBE_URLS.errataUrl);
        this.artifacts = trimSlash(options.releaseArtifactsUrl ?? DEFAULT_PROBE_URLS.releaseArtifactsUrl);
    }
    common(system, credential) {
        return { system, credential, fetch: this.options.fetch, timeoutMs: this.options.timeoutMs };
    }
    async promotion(release) {
        const v = (0,version/* parseRelease */.BC)(release);
        const url = `${this.rc}/api/v1/releasestream/${encodeURIComponent(releaseStreamOf(v, this.stream))}/release/${v.text}`;
        const body = await getJson(url, this.common('Release Controller'));
        if (body === undefined)
            return undefined; // not on the Release Controller yet
        const parsed = releaseInfoSchema.safeParse(body);
        if (!parsed.success)
            throw new errors/* TransientError */.N_(`Release Controller answered for ${v.text} without a phase.`);
        const digest = parsed.data.changeLogJson?.to?.digest;
        return { phase: parsed.data.phase, ...(digest ? { digest } : {}) };
    }
    async signatureMatches(digest) {
        const m = DIGEST_RE.exec(digest);
        if (!m)
            throw new errors/* InputError */.dz(`${JSON.stringify(digest)} is not an image digest such as sha256:<64 hex digits>.`);
        const url = `${this.mirror}/pub/openshift-v4/signatures/openshift/release/sha256=${m[1]}/signature-1`;
        const response = await httpFetch(url, { ...this.common('the signature mirror'), passStatuses: [403, 404] });
        await response.body?.cancel();
        if (response.status >= 200 && response.status < 300)
            return true;
        if ([403, 404].includes(response.status))
            return false;
        throw new errors/* PermanentError */.Dr(`The signature mirror answered ${response.status} for ${digest}.`);
    }
    async rhcosSecurityAlerts(rhcosAdvisoryId) {
        if (!Number.isSafeInteger(rhcosAdvisoryId) || rhcosAdvisoryId <= 0) {
            throw new errors/* InputError */.dz(`${String(rhcosAdvisoryId)} is not an advisory id: expected a positive integer (metadata.advisory_ids.rhcos).`);
        }
        const url = `${this.errata}/api/v1/erratum/${rhcosAdvisoryId}/security_alerts`;
        const headers = { accept: 'application/json' };
        if (this.options.errataToken)
            headers.authorization = `Bearer ${this.options.errataToken}`;
        const body = await getJson(url, { ...this.common('Errata Tool', 'the Errata Tool token (errata-token)'), headers });
        if (body === undefined) {
            throw new errors/* PermanentError */.Dr(`Errata Tool has no advisory ${rhcosAdvisoryId} (404): check metadata.advisory_ids.rhcos.`);
        }
        const parsed = securityAlertsSchema.safeParse(body);
        if (!parsed.success)
            throw new errors/* TransientError */.N_(`Errata Tool answered security alerts of ${rhcosAdvisoryId} in an unexpected shape.`);
        return (parsed.data.alerts?.alerts ?? []).map((a) => ({
            name: a.name,
            blocking: a.blocking,
            ...(a.text ? { text: a.text } : {}),
            ...(a.description ? { description: a.description } : {}),
            ...(a.how_to_resolve ? { how_to_resolve: a.how_to_resolve } : {}),
        }));
    }
    /**
     * Upstream reads the MR labels first: `stage-release-success` (or, later, `prod-release-success`).
     * The MR is read from its own host; the token goes with it only when that is the configured GitLab.
     */
    async stageReleaseSucceeded(shipmentMr) {
        const mr = parseMergeRequestUrl(shipmentMr);
        const trusted = mr.origin === this.gitlabOrigin;
        const url = `${mr.origin}/api/v4/projects/${encodeURIComponent(mr.project)}/merge_requests/${mr.iid}`;
        const headers = { accept: 'application/json' };
        if (trusted && this.options.gitlabToken)
            headers['private-token'] = this.options.gitlabToken;
        // Printed as parsed, never as the StateBox spells it (it may hold line breaks URL parsing drops).
        if (!trusted)
            this.warnForeignMr(mr.origin, `${mr.origin}/${mr.project}/-/merge_requests/${mr.iid}`);
        const body = await getJson(url, { ...this.common('GitLab', trusted ? 'the GitLab token (gitlab-token)' : `metadata.shipment_mr: it is not on the configured GitLab (gitlab-url ${this.gitlabOrigin}), so no token was sent`), headers });
        if (body === undefined) {
            const hint = !trusted
                ? `check metadata.shipment_mr: it is not on the configured GitLab (${this.gitlabOrigin}, the gitlab-url input), so it was read without the GitLab token`
                : this.options.gitlabToken
                    ? 'check metadata.shipment_mr'
                    : 'check metadata.shipment_mr, or set the GitLab token (gitlab-token) if the project is private';
            throw new errors/* PermanentError */.Dr(`GitLab has no merge request ${mr.project}!${mr.iid} (404): ${hint}.`);
        }
        const parsed = mergeRequestSchema.safeParse(body);
        if (!parsed.success)
            throw new errors/* TransientError */.N_(`GitLab answered merge request ${mr.project}!${mr.iid} without labels.`);
        const labels = parsed.data.labels.map((l) => (typeof l === 'string' ? l : l.name));
        return labels.some((l) => STAGE_RELEASE_LABELS.includes(l));
    }
    /** Once per MR and probes instance (a run): the token stays home, and someone should know why. */
    warnForeignMr(origin, shipmentMr) {
        if (this.warnedMrs.has(shipmentMr))
            return;
        this.warnedMrs.add(shipmentMr);
        const token = this.options.gitlabToken ? '; the GitLab token is not sent there' : '';
        this.options.log?.warning(`The shipment MR ${shipmentMr} is not on the configured GitLab (${this.gitlabOrigin}, the gitlab-url input) but on ${origin}: it is read without credentials${token}.`);
    }
    async prodMetadataAccessible(release) {
        const v = (0,version/* parseRelease */.BC)(release);
        const url = this.options.prodMetadataUrlTemplate
            ? this.options.prodMetadataUrlTemplate.replaceAll('{release}', v.text).replaceAll('{y}', (0,version/* yStream */.uq)(v))
            : await this.metadataUrlOf(v.text);
        if (url === undefined)
            return false;
        const response = await httpFetch(url, { ...this.common('the prod metadata URL'), passStatuses: [401, 403, 404, 410] });
        await response.body?.cancel();
        return response.status >= 200 && response.status < 300;
    }
    /** undefined while the release has no release.txt yet. */
    async metadataUrlOf(release) {
        const url = `${this.artifacts}/${release}/release.txt`;
        const target = this.common('the release artifacts server');
        const response = await httpFetch(url, { ...target, passStatuses: [404] });
        if (response.status === 404) {
            await response.body?.cancel();
            return undefined;
        }
        if (response.status < 200 || response.status >= 300) {
            await response.body?.cancel();
            throw new errors/* PermanentError */.Dr(`The release artifacts server answered ${response.status} for ${release}/release.txt.`);
        }
        const text = await response.text().catch((err) => {
            throw new errors/* TransientError */.N_(`The release artifacts server stopped answering while sending ${release}/release.txt.`, undefined, { cause: err });
        });
        const metadataUrl = metadataUrlFromReleaseTxt(text);
        if (!metadataUrl) {
            throw new errors/* PermanentError */.Dr(`release.txt of ${release} names no metadata URL: set the prod metadata URL template (prod-metadata-url).`);
        }
        return metadataUrl;
    }
}

// EXTERNAL MODULE: ./node_modules/@slack/web-api/dist/index.js
var dist = __webpack_require__(85105);
// EXTERNAL MODULE: ./src/adapters/notify/markup.ts
var markup = __webpack_require__(12138);
;// CONCATENATED MODULE: ./src/adapters/notify/slack.ts
/**
 * Slack through the Web API (`@slack/web-api` WebClient): one thread per release, the first
 * message opens it and its `ts` is the thread the driver keeps in the StateBox; failures
 * mention the owner (looked up by email, plain text when Slack does not know the address).
 *
 * Failures: `notify` THROWS (TransientError for rate limits, 5xx and network failures;
 * PermanentError for a bad token or a bot outside the channel, naming SLACK_BOT_TOKEN or the
 * channel). The driver catches it, logs a warning and leaves the notification's key out of the
 * StateBox, so the next run tries again; a Slack failure never blocks a release.
 *
 * No double posts: the engine dedupes by key; here a key already posted by this notifier is
 * not posted again, each message carries its key in Slack message metadata, a thread's keys
 * are read once before posting into it (a run that crashed after posting and before its
 * commit is not repeated), and a post is never retried blindly: when an attempt failed in a
 * way that may have reached Slack (5xx, network), the thread or channel is checked for the
 * key before posting again.
 *
 * Each message is Block Kit: a section with the sentence (the line that says why included) and,
 * when the notification carries them, a context line of links (the workflow run, the StateBox
 * at the commit that recorded the message, the task's job); `text` carries the same sentence as
 * the plain fallback Slack shows in notifications.
 */



const SLACK_EVENT_TYPE = 'krd_notification';
/** Slack's limit on a section's text (Block Kit). */
const SECTION_TEXT_MAX = 3000;
/**
 * A link target inside `<url|label>`: an http(s) URL (secrets masked), with what would end the link or the
 * label (`|`, `>`, `<`, spaces) percent-encoded and `&` escaped as Slack asks; else undefined.
 */
function slackUrl(url) {
    return (0,markup/* webUrl */.qP)(url)?.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20').replace(/&/g, '&amp;');
}
const LINK_LABELS = [
    ['run', 'Run log'],
    ['statebox', 'StateBox'],
    ['job', 'Job'],
];
/**
 * The Block Kit of one message: `text` (already escaped, the owner's mention included) in a
 * section, then the notification's links in a context line.
 */
function slackBlocks(message, text) {
    const section = text.length > SECTION_TEXT_MAX ? `${text.slice(0, SECTION_TEXT_MAX - 1)}…` : text;
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: section, verbatim: true } }];
    const links = LINK_LABELS.flatMap(([field, label]) => {
        const url = slackUrl(message.links?.[field]);
        return url ? [`<${url}|${label}>`] : [];
    });
    if (links.length > 0)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: links.join(' · '), verbatim: true }] });
    return blocks;
}
/** Quick and bounded: a Slack outage costs a run a few seconds, not the WebClient's default 30 minutes. */
const DEFAULT_SLACK_RETRY = { retries: 2, factor: 2, minTimeout: 1000, maxTimeout: 4000, randomize: false };
const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'no_permission', 'missing_scope']);
const CHANNEL_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);
function slackCode(err) {
    return err?.code;
}
/** Slack's own error code (`not_in_channel`, …) of an error or of the error it wraps. */
function platformCode(err) {
    for (let e = err, depth = 0; e && depth < 3; e = e.cause, depth++) {
        if (e.code === dist.ErrorCode.PlatformError)
            return e.data?.error;
    }
    return undefined;
}
// Connection failures that happen before anything is sent: the request never reached Slack.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** The attempt may have reached Slack and been applied (5xx, a connection lost mid-way). */
function mayHaveLanded(err) {
    const code = slackCode(err);
    if (code === dist.ErrorCode.HTTPError)
        return true;
    if (code !== dist.ErrorCode.RequestError)
        return false;
    const cause = err.original?.cause;
    return !NOT_SENT.has(cause?.code ?? '');
}
/** Turns what the WebClient threw into our error kinds, in one sentence naming the credential or channel. */
function slackError(err, method, channel) {
    const e = err;
    switch (e?.code) {
        case dist.ErrorCode.RateLimitedError:
            return new errors/* TransientError */.N_(`Slack rate-limited ${method} (429); retry after ${e.retryAfter ?? '?'} s.`, (e.retryAfter ?? 60) * 1000, { cause: err });
        case dist.ErrorCode.HTTPError:
            return new errors/* TransientError */.N_(`Slack failed on ${method}: HTTP ${e.statusCode ?? '?'}.`, undefined, { cause: err });
        case dist.ErrorCode.RequestError:
            return new errors/* TransientError */.N_(`Slack did not answer ${method}: ${(0,errors/* errorMessage */.gJ)(e.original ?? err)}.`, undefined, { cause: err });
        case dist.ErrorCode.PlatformError: {
            const code = e.data?.error ?? 'unknown_error';
            if (AUTH_ERRORS.has(code)) {
                return new errors/* PermanentError */.Dr(`Slack rejected the bot token (SLACK_BOT_TOKEN) on ${method}: ${code}. Set a valid bot token with chat:write and users:read.email.`, { cause: err });
            }
            if (CHANNEL_ERRORS.has(code)) {
                return new errors/* PermanentError */.Dr(`Slack refused ${method} in channel ${channel} (SLACK_CHANNEL): ${code}. Invite the bot to the channel (/invite @bot) or fix the channel id.`, { cause: err });
            }
            if (TRANSIENT_ERRORS.has(code))
                return new errors/* TransientError */.N_(`Slack failed on ${method}: ${code}.`, undefined, { cause: err });
            return new errors/* PermanentError */.Dr(`Slack refused ${method}: ${code}.`, { cause: err });
        }
        default:
            return err instanceof Error ? err : new Error(String(err));
    }
}
/** WebClient log lines go to our debug log: the notifier reports its own failures. */
function quietLogger(log) {
    let level = dist.LogLevel.WARN;
    const debug = (...msg) => log?.debug(`slack: ${msg.map(String).join(' ')}`);
    return { debug, info: debug, warn: debug, error: debug, setLevel: (l) => void (level = l), getLevel: () => level, setName: () => undefined };
}
/** Notification keys found in messages → the thread each belongs to (its root ts). */
function keysIn(messages) {
    const found = new Map();
    for (const m of messages ?? []) {
        const key = m.metadata?.event_type === SLACK_EVENT_TYPE ? m.metadata.event_payload?.key : undefined;
        const root = m.thread_ts ?? m.ts;
        if (typeof key === 'string' && root)
            found.set(key, root);
    }
    return found;
}
class SlackNotifier {
    reader;
    poster;
    channel;
    postAttempts;
    log;
    /** Key → thread (root ts) of every message this notifier posted or found already posted. */
    posted = new Map();
    threadsRead = new Set();
    channelRead = false;
    users = new Map();
    constructor(options) {
        if (!options.token.trim())
            throw new errors/* PermanentError */.Dr('Slack needs a bot token: SLACK_BOT_TOKEN is empty.');
        if (!options.channel.trim())
            throw new errors/* PermanentError */.Dr('Slack needs a channel: SLACK_CHANNEL is empty.');
        this.channel = options.channel.trim();
        this.postAttempts = Math.max(1, options.postAttempts ?? 2);
        this.log = options.log;
        const common = {
            ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl.endsWith('/') ? options.slackApiUrl : `${options.slackApiUrl}/` } : {}),
            logger: quietLogger(options.log),
            timeout: options.timeoutMs ?? 15_000,
            // A 429 goes back to the driver at once (next run tries again); nobody sleeps here.
            rejectRateLimitedCalls: true,
        };
        this.reader = new dist.WebClient(options.token, { ...common, retryConfig: options.retryConfig ?? DEFAULT_SLACK_RETRY });
        // Posts are not idempotent: this client never retries, postOnce checks before trying again.
        this.poster = new dist.WebClient(options.token, { ...common, retryConfig: { retries: 0 } });
    }
    async notify(message, thread) {
        if (!this.posted.has(message.key)) {
            // Best effort: a run that posted and then crashed before its commit left the key in Slack.
            if (thread)
                await this.readThread(thread);
            else
                await this.readChannel();
        }
        const already = this.posted.get(message.key);
        if (already)
            return { thread: thread ?? already };
        const text = await this.textOf(message);
        let root;
        try {
            root = thread ?? (await this.postOnce(message, text, undefined));
            if (thread)
                await this.postOnce(message, text, thread);
        }
        catch (err) {
            // The recorded thread was deleted: start a new one rather than going silent.
            if (!thread || platformCode(err) !== 'thread_not_found')
                throw err;
            this.log?.warning(`Slack thread ${thread} of ${message.release} no longer exists; starting a new thread.`);
            root = await this.postOnce(message, text, undefined);
        }
        this.posted.set(message.key, root);
        return { thread: root };
    }
    /**
     * `<@U123> text` when Slack knows the owner's email; the address in plain text otherwise.
     * The text quotes outside systems (oar's output, Errata alert names, comments): it is masked
     * and escaped here, the one place every message passes, so `<!channel>` or `<url|text>` in it
     * stays text; the only markup is our own owner mention.
     */
    async textOf(message) {
        const text = (0,markup/* slackText */.a4)(message.text.trim());
        if (!message.mentionOwner || !message.owner)
            return text;
        const owner = message.owner.trim();
        if (!owner.includes('@'))
            return `${(0,markup/* slackEscape */._U)(owner)}: ${text}`;
        if (!this.users.has(owner)) {
            try {
                const res = await this.reader.users.lookupByEmail({ email: owner });
                this.users.set(owner, res.user?.id);
            }
            catch (err) {
                // users_not_found, a token without users:read.email, …: plain text is good enough.
                this.log?.debug(`slack: no Slack user for the owner (${(0,errors/* errorMessage */.gJ)(slackError(err, 'users.lookupByEmail', this.channel))}); mentioning by address.`);
                this.users.set(owner, undefined);
            }
        }
        const id = this.users.get(owner);
        return id && /^[A-Z0-9]{1,40}$/.test(id) ? `<@${id}> ${text}` : `${(0,markup/* slackEscape */._U)(owner)}: ${text}`;
    }
    /** Learns which notification keys a thread already holds; one read per thread, best effort. */
    async readThread(thread, force = false) {
        if (this.threadsRead.has(thread) && !force)
            return true;
        try {
            let cursor;
            for (let page = 0; page < 10; page++) {
                const res = await this.reader.conversations.replies({
                    channel: this.channel,
                    ts: thread,
                    include_all_metadata: true,
                    limit: 200,
                    ...(cursor ? { cursor } : {}),
                });
                for (const key of keysIn(res.messages).keys())
                    this.posted.set(key, thread);
                cursor = res.response_metadata?.next_cursor || undefined;
                if (!cursor)
                    break;
            }
            this.threadsRead.add(thread);
            return true;
        }
        catch (err) {
            this.log?.debug(`slack: could not read thread ${thread} (${(0,errors/* errorMessage */.gJ)(slackError(err, 'conversations.replies', this.channel))}).`);
            this.threadsRead.add(thread);
            return false;
        }
    }
    /** Learns the notification keys of the channel's latest messages (threads not known yet); once, best effort. */
    async readChannel(since) {
        if (this.channelRead && since === undefined)
            return true;
        try {
            const res = await this.reader.conversations.history({
                channel: this.channel,
                include_all_metadata: true,
                limit: 200,
                ...(since !== undefined ? { oldest: String(since) } : {}),
            });
            for (const [key, root] of keysIn(res.messages))
                this.posted.set(key, root);
            return true;
        }
        catch (err) {
            if (since !== undefined)
                throw err;
            this.log?.debug(`slack: could not read channel ${this.channel} (${(0,errors/* errorMessage */.gJ)(slackError(err, 'conversations.history', this.channel))}).`);
            return false;
        }
        finally {
            this.channelRead = true;
        }
    }
    /** Did an earlier attempt land after all? Looks in the thread, or in the channel's latest messages. */
    async landed(key, thread, sinceSeconds) {
        if (thread) {
            if (!(await this.readThread(thread, true)))
                throw new errors/* TransientError */.N_('the thread cannot be read');
        }
        else {
            await this.readChannel(sinceSeconds - 60);
        }
        return this.posted.get(key);
    }
    async postOnce(message, text, thread) {
        const since = Math.floor(Date.now() / 1000);
        let lastError;
        for (let attempt = 1; attempt <= this.postAttempts; attempt++) {
            if (attempt > 1) {
                let found;
                try {
                    found = await this.landed(message.key, thread, since);
                }
                catch (err) {
                    throw new errors/* TransientError */.N_(`Slack failed on chat.postMessage (${(0,errors/* errorMessage */.gJ)(slackError(lastError, 'chat.postMessage', this.channel))}) and whether the message arrived cannot be checked (${(0,errors/* errorMessage */.gJ)(slackError(err, 'conversations.history', this.channel))}); not posting again in this run.`, undefined, { cause: lastError });
                }
                if (found)
                    return found;
            }
            try {
                const common = {
                    channel: this.channel,
                    text,
                    blocks: slackBlocks(message, text),
                    unfurl_links: false,
                    unfurl_media: false,
                    metadata: { event_type: SLACK_EVENT_TYPE, event_payload: { key: message.key, release: message.release } },
                };
                // Whether a message is news for the whole channel is the message's (src/driver/notifications.ts).
                const args = thread
                    ? message.broadcast
                        ? { ...common, thread_ts: thread, reply_broadcast: true }
                        : { ...common, thread_ts: thread }
                    : common;
                const res = await this.poster.chat.postMessage(args);
                if (!res.ts)
                    throw new errors/* TransientError */.N_('Slack answered chat.postMessage without a message ts.');
                return res.ts;
            }
            catch (err) {
                lastError = err;
                if (!mayHaveLanded(err))
                    break;
            }
        }
        throw slackError(lastError, 'chat.postMessage', this.channel);
    }
}

// EXTERNAL MODULE: ./src/ports/clock.ts
var clock = __webpack_require__(83810);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/triggers/commands.ts
var commands = __webpack_require__(28275);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(58750);
;// CONCATENATED MODULE: ./src/settings-schema.ts
/**
 * One zod schema for the settings of the outside systems (src/settings.ts lists them), whatever
 * their source: the action's inputs or krd's environment. Each source has a raw reader (text by
 * setting, empty = unset) and a way to name a setting in a sentence (`The executor input`,
 * `KRD_EXECUTOR`); the checks, defaults and words are the same. A bad value is ONE sentence
 * naming the setting and what it accepts. The builders are shared with the action's own inputs.
 */






const shown = (value) => {
    const text = typeof value === 'string' ? value : String(value);
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
};
const accepted = (label, value, what) => `${label} is ${shown(value)}; accepted values: ${what}.`;
/** One of `values`, case and spaces ignored. */
function choice(label, values) {
    return schemas/* string */.YjP()
        .transform((v) => v.trim().toLowerCase())
        .pipe(schemas/* enum */.k5n(values, { error: (iss) => accepted(label, iss.input, values.join(', ')) }));
}
const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
/** true or false, as YAML 1.2 core writes them (what `core.getBooleanInput` accepts). */
function flag(label) {
    return z
        .string()
        .trim()
        .refine((v) => TRUE.includes(v) || FALSE.includes(v), { error: (iss) => accepted(label, iss.input, 'true, false') })
        .transform((v) => TRUE.includes(v));
}
/** An http(s) URL (kept as written, trimmed). */
function httpUrl(label, example) {
    return schemas/* string */.YjP()
        .trim()
        .refine((v) => {
        try {
            return ['http:', 'https:'].includes(new URL(v).protocol);
        }
        catch {
            return false;
        }
    }, { error: (iss) => accepted(label, iss.input, `an http(s) URL such as ${example}`) });
}
/**
 * A command line: words separated by spaces, quoted where needed (the comment parser's
 * tokenizer: never a shell), or a JSON array of strings, the exact argument list.
 */
function commandLine(label, options = {}) {
    return schemas/* string */.YjP().transform((v, ctx) => {
        const text = v.trim();
        // `none` turns the analyzer off: unaccepted results wait for a person.
        if (options.none && text === 'none')
            return false;
        const fail = (message) => {
            ctx.addIssue({ code: 'custom', message });
            return core/* NEVER */.tm;
        };
        if (text.startsWith('[')) {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                parsed = undefined;
            }
            if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => typeof p === 'string' && p !== ''))
                return parsed;
            return fail(`${label} is not a JSON array of command words; accepted values: a non-empty JSON array of strings such as ["oar"], or words separated by spaces.`);
        }
        try {
            const words = (0,commands/* tokenize */.qw)(text);
            if (words.length > 0)
                return words;
        }
        catch (err) {
            return fail(`${label} cannot be split into arguments (${(0,errors/* errorMessage */.gJ)(err)}); accepted values: words separated by spaces, quoted where needed.`);
        }
        return fail(`${label} is empty; accepted values: a command line such as "oar" or "claude -p '/ci:analyze-build-test-results {build}'".`);
    });
}
/** Names of environment variables handed to a child process on top of its allow-list. */
function envNames(label) {
    return schemas/* string */.YjP().transform((v, ctx) => {
        const split = (0,child_env/* splitEnvNames */.O1)(v);
        if ('names' in split)
            return split.names;
        ctx.addIssue({ code: 'custom', message: `${label} has ${shown(split.refused)}, which ${split.problem}; accepted values: names of environment variables separated by commas or spaces.` });
        return core/* NEVER */.tm;
    });
}
/** A positive number of minutes, as milliseconds. */
function minutes(label, fallback) {
    return schemas/* string */.YjP()
        .trim()
        .refine((v) => Number.isFinite(Number(v)) && Number(v) > 0, { error: (iss) => accepted(label, iss.input, `a positive number of minutes (default ${fallback})`) })
        .transform((v) => Number(v) * 60_000);
}
const MCP_EXAMPLE = 'https://mcp.example/mcp';
const DEFAULT_TIMEOUT_MINUTES = 30;
function systemSchema(names) {
    const { name, label } = names;
    const url = (key, example) => httpUrl(label(key), example).optional();
    return schemas/* object */.Ikc({
        executor: choice(label('executor'), ['oar', 'mcp']).default('oar'),
        oarCommand: commandLine(label('oarCommand')).optional(),
        mcpUrl: url('mcpUrl', MCP_EXAMPLE),
        mcpToken: schemas/* string */.YjP().optional(),
        taskTimeoutMinutes: minutes(label('taskTimeoutMinutes'), DEFAULT_TIMEOUT_MINUTES).default(DEFAULT_TIMEOUT_MINUTES * 60_000),
        analyzerCommand: commandLine(label('analyzerCommand'), { none: true }).optional(),
        analyzerTimeoutMinutes: minutes(label('analyzerTimeoutMinutes'), DEFAULT_TIMEOUT_MINUTES).default(DEFAULT_TIMEOUT_MINUTES * 60_000),
        slackToken: schemas/* string */.YjP().optional(),
        slackChannel: schemas/* string */.YjP().trim().optional(),
        slackApiUrl: url('slackApiUrl', 'https://slack.com/api/'),
        releaseControllerUrl: url('releaseControllerUrl', DEFAULT_PROBE_URLS.releaseControllerUrl),
        errataUrl: url('errataUrl', DEFAULT_PROBE_URLS.errataUrl),
        errataToken: schemas/* string */.YjP().optional(),
        gitlabToken: schemas/* string */.YjP().optional(),
        gitlabUrl: url('gitlabUrl', DEFAULT_PROBE_URLS.gitlabUrl).default(DEFAULT_PROBE_URLS.gitlabUrl),
        oarEnv: envNames(label('oarEnv')).optional(),
        analyzerEnv: envNames(label('analyzerEnv')).optional(),
        mirrorUrl: url('mirrorUrl', DEFAULT_PROBE_URLS.mirrorUrl),
        releaseArtifactsUrl: url('releaseArtifactsUrl', DEFAULT_PROBE_URLS.releaseArtifactsUrl),
        prodMetadataUrlTemplate: url('prodMetadataUrlTemplate', 'https://example.com/{release}/prod.yaml'),
    })
        .superRefine((v, ctx) => {
        if (v.executor === 'mcp' && !v.mcpUrl) {
            ctx.addIssue({ code: 'custom', message: `${label('mcpUrl')} is required when ${name('executor')} is mcp; accepted values: the MCP server URL such as ${MCP_EXAMPLE}.` });
        }
        // The token alone is fine (SLACK_BOT_TOKEN is also among the variables oar needs): Slack is on with a channel.
        if (v.slackChannel && !v.slackToken) {
            ctx.addIssue({ code: 'custom', message: `${label('slackChannel')} is set but ${name('slackToken')} is empty; pass the Slack bot token from a secret as ${name('slackToken')}, or leave ${name('slackChannel')} empty.` });
        }
    })
        .transform((v) => {
        const executor = v.executor === 'mcp' && v.mcpUrl
            ? { kind: 'mcp', url: v.mcpUrl, timeoutMs: v.taskTimeoutMinutes, ...(v.mcpToken ? { headers: { Authorization: `Bearer ${v.mcpToken}` } } : {}) }
            : { kind: 'oar', timeoutMs: v.taskTimeoutMinutes, ...(v.oarCommand ? { command: v.oarCommand } : {}) };
        const probes = {};
        for (const key of ['releaseControllerUrl', 'errataUrl', 'errataToken', 'gitlabToken', 'gitlabUrl', 'mirrorUrl', 'releaseArtifactsUrl', 'prodMetadataUrlTemplate']) {
            const value = v[key];
            if (value)
                probes[key] = value;
        }
        return {
            executor,
            analyzer: v.analyzerCommand === false ? false : { timeoutMs: v.analyzerTimeoutMinutes, ...(v.analyzerCommand ? { command: v.analyzerCommand } : {}) },
            probes,
            ...(v.slackChannel && v.slackToken ? { slack: { token: v.slackToken, channel: v.slackChannel, ...(v.slackApiUrl ? { apiUrl: v.slackApiUrl } : {}) } } : {}),
            passEnv: { ...(v.oarEnv ? { oar: v.oarEnv } : {}), ...(v.analyzerEnv ? { analyzer: v.analyzerEnv } : {}) },
            secrets: [v.mcpToken, v.errataToken, v.gitlabToken, v.slackToken].filter((s) => Boolean(s)),
        };
    });
}
/** Validates the raw settings of one source; throws InputError with the first problem as one sentence. */
function parseSystemSettings(raw, names) {
    const parsed = systemSchema(names).safeParse(raw);
    if (parsed.success)
        return parsed.data;
    throw new errors/* InputError */.dz(parsed.error.issues[0]?.message ?? 'The settings are invalid.');
}
/** A value as a source gives it, or undefined when it is empty (an unset setting: its default applies). */
const nonEmpty = (value) => (value !== undefined && value.trim() !== '' ? value : undefined);
/** krd's source: the environment, each setting by its variable (SYSTEM_SETTINGS `env`). */
const ENV_NAMES = { name: (key) => settings/* SYSTEM_SETTINGS */.C[key].env, label: (key) => settings/* SYSTEM_SETTINGS */.C[key].env };
/** The raw settings krd reads from its environment. */
function rawSettingsFromEnv(env) {
    const raw = {};
    for (const [key, setting] of Object.entries(settings/* SYSTEM_SETTINGS */.C)) {
        const value = nonEmpty(env[setting.env]);
        if (value !== undefined)
            raw[key] = value;
    }
    return raw;
}
/** The outside systems krd drives with, from its environment. */
function systemSettingsFromEnv(env) {
    return parseSystemSettings(rawSettingsFromEnv(env), ENV_NAMES);
}

;// CONCATENATED MODULE: ./src/wiring.ts
/**
 * Builds the real DriverDeps from configuration: which executor runs tasks (the oar CLI or
 * an MCP server), the HTTP probes, the analyzer command and Slack when configured. Entry
 * points (krd drive, the action) read their inputs, then call buildDriverDeps.
 */








function buildDriverDeps(settings) {
    const source = settings.env ?? process.env;
    const executor = settings.executor.kind === 'mcp'
        ? new McpExecutor({
            url: settings.executor.url,
            ...(settings.executor.headers ? { headers: settings.executor.headers } : {}),
            ...(settings.executor.timeoutMs ? { timeoutMs: settings.executor.timeoutMs } : {}),
        })
        : new oar_cli/* OarCliExecutor */.YT({
            ...(settings.executor.command ? { command: settings.executor.command } : {}),
            timeoutMs: settings.executor.timeoutMs,
            env: (0,child_env/* childEnv */.gf)(source, 'oar', settings.passEnv?.oar),
            // Variables the oar CLI cannot run without: a run whose oar would not get one stops before it starts.
            requiredEnv: child_env/* OAR_REQUIRED_ENV */.$u.map((v) => v.name),
        });
    const analyzer = settings.analyzer
        ? new CommandAnalyzer({
            command: settings.analyzer.command ?? DEFAULT_ANALYZER_COMMAND,
            timeoutMs: settings.analyzer.timeoutMs,
            env: (0,child_env/* childEnv */.gf)(source, 'analyzer', settings.passEnv?.analyzer),
        })
        : undefined;
    const notifier = settings.slack
        ? new SlackNotifier({
            token: settings.slack.token,
            channel: settings.slack.channel,
            log: settings.log,
            ...(settings.slack.apiUrl ? { slackApiUrl: settings.slack.apiUrl } : {}),
        })
        : undefined;
    return {
        store: settings.store,
        record: settings.record,
        executor,
        probes: new HttpProbes({ ...settings.probes, log: settings.log }),
        ...(analyzer ? { analyzer } : {}),
        ...(notifier ? { notifier } : {}),
        clock: settings.clock ?? clock/* systemClock */.m,
        log: settings.log,
        ...(settings.events ? { events: settings.events } : {}),
        ...(settings.hooks ? { hooks: settings.hooks } : {}),
    };
}
/** The variables `krd drive` reads (one list: src/settings.ts, shown by `krd drive --help`). */

/** krd's outside systems from its environment (the same schema as the action's inputs: src/settings-schema.ts). */
function settingsFromEnv(env, base) {
    const { secrets: _secrets, ...systems } = systemSettingsFromEnv(env);
    return { ...base, env, ...systems };
}


/***/ })

};
