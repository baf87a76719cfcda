export const id = 613;
export const ids = [613,713,454];
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

/***/ 18713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clockFrom: () => (/* binding */ clockFrom),
/* harmony export */   driveCommand: () => (/* binding */ driveCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83323);
/* harmony import */ var _driver_drive__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65948);
/* harmony import */ var _driver_types__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27439);
/* harmony import */ var _ports_clock__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83810);
/* harmony import */ var _adapters_store_cached__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80246);
/* harmony import */ var _adapters_notify_release_view__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13571);
/* harmony import */ var _args__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77593);
/* harmony import */ var _store_option__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92973);
/* harmony import */ var _release_json__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(24058);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(71604);
/* harmony import */ var _specs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52633);













/** A clock that starts at `--now` and moves with real time (real adapters still sleep for real). */
function clockFrom(now) {
    if (!now)
        return _ports_clock__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .m;
    const offset = now.getTime() - Date.now();
    return { now: () => new Date(Date.now() + offset), sleep: _ports_clock__WEBPACK_IMPORTED_MODULE_5__/* .systemClock */ .m.sleep };
}
function parseNow(text) {
    if (text === undefined)
        return undefined;
    const ms = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(ms)) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--now ${JSON.stringify(text)} is not a time: expected ISO 8601 such as 2025-11-03T00:00:00Z.`);
    }
    return new Date(ms);
}
function stderrLogger(io) {
    return {
        info: (m) => io.stderr(`${m}\n`),
        warning: (m) => io.stderr(`warning: ${m}\n`),
        error: (m) => io.stderr(`error: ${m}\n`),
        debug: () => undefined,
    };
}
async function wire(values, io, log, now) {
    const storeArg = values['store'];
    const ref = values['ref'];
    const world = values['world'];
    // One run's view of each store, as the action has: every file is fetched once per run.
    const store = storeArg ? new _adapters_store_cached__WEBPACK_IMPORTED_MODULE_10__/* .RunCachedStore */ .V(await (0,_store_option__WEBPACK_IMPORTED_MODULE_8__/* .openStore */ .Ch)({ store: storeArg, ref }, io, { log })) : undefined;
    if (world) {
        if (!store)
            throw new _io__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .e('--world FILE needs --store DIR: the directory that keeps the StateBoxes between steps.');
        // The outside systems are simulated as they stand at --now (the simulator's own module).
        const sim = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(43), __webpack_require__.e(598)]).then(__webpack_require__.bind(__webpack_require__, 43598));
        // Relative to the working directory the command was given, as --store is.
        return sim.worldDeps((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, world), now ?? new Date(), store, log);
    }
    if (!store || !storeArg)
        throw new _io__WEBPACK_IMPORTED_MODULE_11__/* .UsageError */ .e('--store DIR|github is required (or --world FILE to simulate the outside systems).');
    const record = await recordStore(storeArg, store, io, log);
    // The real adapters (Slack, the MCP SDK, the probes) load only here: --world never needs them.
    const { buildDriverDeps, settingsFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(337), __webpack_require__.e(978), __webpack_require__.e(243), __webpack_require__.e(484)]).then(__webpack_require__.bind(__webpack_require__, 33484));
    const deps = buildDriverDeps(settingsFromEnv(io.env, { store, record, log, clock: clockFrom(now) }));
    const owner = io.env['KRD_OWNER']?.trim();
    return { deps, config: { ..._driver_types__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_DRIVER_CONFIG */ .E, ...(owner ? { owner } : {}) }, releases: [], commands: [] };
}
/**
 * Test-result files: the `record` branch (KRD_RECORD_REF) of the same repository, or for a
 * local store the directory KRD_RECORD_DIR (default: the store's own directory).
 */
async function recordStore(storeArg, store, io, log) {
    if (storeArg === 'github')
        return new _adapters_store_cached__WEBPACK_IMPORTED_MODULE_10__/* .RunCachedStore */ .V(await (0,_store_option__WEBPACK_IMPORTED_MODULE_8__/* .openStore */ .Ch)({ store: 'github', ref: io.env['KRD_RECORD_REF']?.trim() || 'record' }, io, { log }));
    const dir = io.env['KRD_RECORD_DIR']?.trim();
    if (!dir)
        return store;
    return new _adapters_store_cached__WEBPACK_IMPORTED_MODULE_10__/* .RunCachedStore */ .V(await (0,_store_option__WEBPACK_IMPORTED_MODULE_8__/* .openStore */ .Ch)({ store: dir }, io, { log }));
}
function describe(result) {
    const lines = [];
    if (result.releases.length === 0)
        lines.push('No active release to drive.');
    for (const r of result.releases) {
        lines.push(`${r.release}: ${r.overall}${r.error ? ' (error)' : ''}${r.wrote ? ', StateBox written' : ', nothing to write'}`);
        if (r.error)
            lines.push(`  error: ${r.error}`);
        for (const e of result.events.filter((x) => x.release === r.release)) {
            if (e.type === 'trigger' || e.type === 'status' || e.type === 'decision' || e.type === 'notify' || e.type === 'error') {
                const what = e.type === 'status' ? `${e.task} → ${e.status}: ${e.detail}` : `${e.task ? `${e.task}: ` : ''}${e.detail}`;
                lines.push(`  ${e.type === 'error' ? 'problem' : e.type === 'notify' ? 'told' : 'did'}: ${what}`);
            }
        }
        for (const w of r.waits)
            lines.push(`  waits: ${w}`);
        for (const n of r.notes ?? [])
            lines.push(`  note: ${n}`);
    }
    for (const reply of result.replies ?? []) {
        lines.push(`${reply.command.kind} ${'release' in reply.command ? (reply.command.release ?? '') : ''}: ${reply.error ? `refused: ${reply.error}` : reply.reply}`);
    }
    if (result.skipped?.length)
        lines.push(`Left for the next run (operations budget spent): ${result.skipped.join(', ')}`);
    return `${lines.join('\n')}\n`;
}
/**
 * The run as JSON: each release in the shape of `krd status --json` (release-json.ts) with what
 * the run did to it (wrote, error) and the run's own overall, then the run's events and replies.
 */
function asJson(result, now, config) {
    return `${JSON.stringify({
        releases: result.releases.map((r) => (0,_release_json__WEBPACK_IMPORTED_MODULE_12__/* .releaseJson */ .q)((0,_adapters_notify_release_view__WEBPACK_IMPORTED_MODULE_6__/* .viewOfResult */ .qu)(r, now, config), { wrote: r.wrote }, r.overall)),
        events: result.events,
        replies: (result.replies ?? []).map((x) => ({ command: x.command.kind, ...(x.reply ? { reply: x.reply } : {}), ...(x.error ? { error: x.error } : {}) })),
        ...(result.skipped?.length ? { skipped: result.skipped } : {}),
    })}\n`;
}
const driveCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_9__/* .DRIVE */ .RN,
    async run(args, io) {
        const { values } = (0,_args__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_9__/* .DRIVE */ .RN, args, false);
        const now = parseNow(values['now']);
        const named = (values['release'] ?? []).map((r) => (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .parseRelease */ .BC)(r).text);
        const owner = values['owner']?.trim();
        const log = stderrLogger(io);
        const wired = await wire(values, io, log, now);
        let config = wired.config;
        const releases = named.length ? named : [...wired.releases];
        const commands = [...wired.commands];
        if (owner) {
            // Like a dispatch input: it names the owner of the releases named; without names, the default owner.
            if (releases.length)
                for (const release of releases)
                    commands.push({ kind: 'drive', release, owner, by: 'krd drive --owner' });
            else
                config = { ...config, owner };
        }
        const result = await (0,_driver_drive__WEBPACK_IMPORTED_MODULE_3__/* .driveOnce */ .wO)(wired.deps, { ...(releases.length ? { releases } : {}), commands, config });
        io.stdout(values.json ? asJson(result, wired.deps.clock.now(), config) : describe(result));
        return result.releases.some((r) => r.overall === 'Red' || r.error) ? 1 : 0;
    },
};


/***/ }),

/***/ 66613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVER_NAME: () => (/* binding */ SERVER_NAME),
/* harmony export */   createKrdMcpServer: () => (/* binding */ createKrdMcpServer),
/* harmony export */   mcpCommand: () => (/* binding */ mcpCommand)
/* harmony export */ });
/* harmony import */ var _modelcontextprotocol_sdk_server_mcp_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63267);
/* harmony import */ var _modelcontextprotocol_sdk_server_stdio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99424);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(41514);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58881);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83323);
/* harmony import */ var _driver_test_results__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15555);
/* harmony import */ var _driver_active__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61346);
/* harmony import */ var _statebox_repository__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(956);
/* harmony import */ var _statebox_edit__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(10184);
/* harmony import */ var _args__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(77593);
/* harmony import */ var _store_option__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92973);
/* harmony import */ var _decision__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8081);
/* harmony import */ var _drive__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(18713);
/* harmony import */ var _status__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(75454);
/* harmony import */ var _specs__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(52633);
/**
 * `krd mcp [--store DIR|github] [--ref REF] [--as NAME]`: the driver as an MCP server on stdio
 * (newline-delimited JSON-RPC), for AI agents. Every tool goes through the code the CLI runs:
 * `release_status` and `list_active_releases` are `krd status --json`, `drive_release` is `krd
 * drive --release R --json`, the write tools are the comment commands of decision.ts (the comment
 * parser, `applyCommand`, `updateStateBox`, the permission ladder with --store github).
 *
 * Write tools need `--as NAME` (who decides, as recorded); without it they are refused. A refusal
 * is a tool result with `isError: true` and the sentence a comment reply would carry; a read or a
 * refusal writes nothing. stdout carries the protocol only: what the commands print is captured,
 * their logs go to stderr.
 */
















const SERVER_NAME = 'krd';
const SERVER_VERSION = '0.1.0';
const ok = (text, structured) => ({ content: [{ type: 'text', text }], structuredContent: structured });
const refused = (text) => ({ content: [{ type: 'text', text }], isError: true });
/** Runs a tool body; any error is the tool's refusal, in its own sentence. */
function guarded(body) {
    return body().catch((err) => refused((0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)));
}
async function capture(command, args, io) {
    let stdout = '';
    const problems = [];
    const sub = {
        ...io,
        isTTY: false,
        stdout: (t) => void (stdout += t),
        stderr: (t) => {
            io.stderr(t);
            for (const line of t.split('\n'))
                if (/^(warning|error): /.test(line))
                    problems.push(line);
        },
    };
    const code = await command.run(args, sub);
    return { code, stdout, problems };
}
function statusText(r) {
    const lines = [`${r.release}: ${r.overall}${r.source === 'statebox' ? '' : ` (source: ${r.source})`}`, `  listed: ${r.listed.why}`];
    if (r.error)
        lines.push(`  error: ${r.error}`);
    const tasks = Object.entries(r.tasks);
    if (tasks.length) {
        lines.push('  tasks:');
        for (const [name, t] of tasks) {
            const times = [t.started_at ? `started ${t.started_at}` : '', t.completed_at ? `completed ${t.completed_at}` : ''].filter(Boolean).join(', ');
            lines.push(`    ${name}: ${t.status}${times ? ` (${times})` : ''}`);
        }
    }
    if (r.waits.length)
        lines.push('  waits on:', ...r.waits.map((w) => `    - ${w}`));
    if (r.blockers.length) {
        lines.push('  open blockers (resolve_issue closes one by its number):');
        for (const b of r.blockers)
            lines.push(`    #${b.index} ${b.issue}${b.related_tasks.length ? ` (holds ${b.related_tasks.join(', ')})` : ''}`);
    }
    if (r.notes.length)
        lines.push('  notes:', ...r.notes.map((n) => `    - ${n}`));
    return lines.join('\n');
}
function driveText(out, release) {
    const lines = [];
    for (const r of out.releases.filter((x) => x.release === release)) {
        lines.push(`${r.release}: ${r.overall}${r.error ? ' (error)' : ''}${r.wrote ? ', StateBox written' : ', nothing to write'}`);
        if (r.error)
            lines.push(`  error: ${r.error}`);
        for (const e of out.events.filter((x) => x.release === r.release)) {
            if (e.type === 'trigger' || e.type === 'status' || e.type === 'decision' || e.type === 'notify' || e.type === 'error') {
                const what = e.type === 'status' ? `${e.task} → ${e.status}: ${e.detail}` : `${e.task ? `${e.task}: ` : ''}${e.detail}`;
                lines.push(`  ${e.type === 'error' ? 'problem' : e.type === 'notify' ? 'told' : 'did'}: ${what}`);
            }
        }
        for (const w of r.waits)
            lines.push(`  waits: ${w}`);
        for (const n of r.notes)
            lines.push(`  note: ${n}`);
        const tasks = Object.entries(r.tasks);
        if (tasks.length)
            lines.push(`  tasks: ${tasks.map(([t, s]) => `${t} ${s.status}`).join(', ')}`);
    }
    if (out.skipped?.includes(release))
        lines.push(`${release} was left for the next run: the operations budget was spent.`);
    return lines.join('\n') || `${release} was not driven.`;
}
function testResultText(o, build, where) {
    let head;
    switch (o.state) {
        case 'missing':
            head = `No test-result file for ${build} in ${where} (${o.path}): not created yet; the test-result gate waits for it.`;
            break;
        case 'no-aggregated-field':
            head = `${o.path} in ${where} has no "aggregated" field yet: aggregation has not started; the gate waits.`;
            break;
        case 'not-aggregated':
            head = `${o.path} in ${where} is still aggregating; the gate waits.`;
            break;
        case 'aggregated':
            head = o.manuallyPromoted
                ? `${o.path} in ${where}: aggregated, Accepted (Manually Promoted): the gate passes.`
                : o.accepted
                    ? `${o.path} in ${where}: aggregated and ACCEPTED: the gate passes.`
                    : `${o.path} in ${where}: aggregated and NOT ACCEPTED: the analyzer decides, or a person with accept_task or reject_task.`;
            break;
    }
    const lines = [head];
    const e = 'evaluation' in o ? o.evaluation : undefined;
    if (e?.jobs.length) {
        const count = (v) => e.jobs.filter((j) => j.verdict === v).length;
        const total = `${e.jobs.length} job${e.jobs.length === 1 ? '' : 's'}`;
        const verdict = !e.aggregated ? `not decided (${count('pending')} of ${total} pending)` : e.accepted ? `accepted (all ${total} pass)` : `not accepted (${count('fail')} of ${total} failed)`;
        lines.push(`  BO3 from the job data: ${verdict}`);
        for (const j of e.jobs)
            lines.push(`    ${j.verdict.padEnd(7)} ${j.successes}/${j.runs} runs passed  ${j.name}`);
    }
    return lines.join('\n');
}
// ---------------------------------------------------------------------------------------------
// The server
const release = zod__WEBPACK_IMPORTED_MODULE_15__/* .string */ .YjP().describe('A z-stream release such as 4.20.1 (or 5.0.0-ec.3).');
const flowTask = zod__WEBPACK_IMPORTED_MODULE_15__/* ["enum"] */ .k5n(_core_tasks__WEBPACK_IMPORTED_MODULE_3__/* .FLOW_TASKS */ .K6).describe('A task of the release flow, as the status names it.');
const asyncTask = zod__WEBPACK_IMPORTED_MODULE_15__/* ["enum"] */ .k5n(_core_tasks__WEBPACK_IMPORTED_MODULE_3__/* .ASYNC_TASKS */ .wq).describe('A task that starts a job: push-to-cdn-staging, image-consistency-check or stage-testing.');
const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
const WRITE = { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false };
/**
 * The MCP server over the given store. `io` gives the environment (the same variables as `krd
 * drive` and `krd status`), the working directory and stderr for logs; its stdout is never used.
 */
function createKrdMcpServer(options, io) {
    const as = options.as === undefined ? undefined : (0,_decision__WEBPACK_IMPORTED_MODULE_11__.checkActor)(options.as, '--as');
    const github = options.store === 'github';
    let ref = options.ref === undefined ? undefined : Promise.resolve(options.ref);
    /** --store and --ref as the commands take them; the default branch is looked up once. */
    const storeValues = async () => {
        if (!github)
            return { store: options.store };
        if (!ref) {
            const lookup = (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .openGitHub */ .o6)(undefined, io, { log: (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .stderrLogger */ .D7)(io) }).then((t) => t.ref);
            ref = lookup;
            lookup.catch(() => {
                if (ref === lookup)
                    ref = undefined; // try again on the next call
            });
        }
        return { store: 'github', ref: await ref };
    };
    const storeArgs = async () => {
        const v = await storeValues();
        return ['--store', v.store, ...(v.ref ? ['--ref', v.ref] : [])];
    };
    const statusOf = async (named) => {
        const out = await capture(_status__WEBPACK_IMPORTED_MODULE_13__.statusCommand, [...(await storeArgs()), '--json', ...(named ? ['--release', named] : [])], io);
        return JSON.parse(out.stdout).releases;
    };
    const needActor = () => {
        if (as === undefined) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('krd mcp was started without --as NAME, so nobody can be recorded as the one who decides: write tools are refused and nothing was changed. Restart it with --as YOUR_NAME.');
        }
        return as;
    };
    const server = new _modelcontextprotocol_sdk_server_mcp_js__WEBPACK_IMPORTED_MODULE_0__/* .McpServer */ ._({ name: SERVER_NAME, version: SERVER_VERSION }, {
        instructions: 'Drives OpenShift z-stream releases (the Konflux release flow) by reading and writing their StateBox files. ' +
            'Start with list_active_releases or release_status; drive_release advances one release one step, as the cron does. ' +
            'The write tools are the /release: comment commands and follow the same rules: accept_task and reject_task apply only to a task that is Fail or waits for a person. ' +
            'A refused call (isError) changed nothing; its text says why and what to do instead.',
    });
    server.registerTool('list_active_releases', {
        title: 'List active releases',
        description: 'List the releases the driver currently works on (in their release window, with driver work in flight, or Red for less than 7 days), each with its overall status (Green, Red, In Progress), why it is listed and what it waits on. ' +
            'Use it first, to know which releases exist before asking about one. Reads only.',
        inputSchema: {},
        annotations: READ,
    }, async () => guarded(async () => {
        const releases = await statusOf(undefined);
        const text = releases.length
            ? releases.map((r) => `${r.release}: ${r.overall}${r.waits.length ? `; waits on: ${r.waits.join('; ')}` : ''} (listed: ${r.listed.why})`).join('\n')
            : 'No active release.';
        return ok(text, { releases: releases.map((r) => ({ release: r.release, overall: r.overall, listed: r.listed, waits: r.waits, open_blockers: r.blockers.length, ...(r.error ? { error: r.error } : {}) })) });
    }));
    server.registerTool('release_status', {
        title: 'Status of a release',
        description: 'The status of one release from its StateBox: overall status, every task with its status and times, what the release waits on, open blockers (with the numbers resolve_issue takes) and notes. ' +
            'Use it before deciding anything about a release, and after a change to see its effect. Reads only: probes nothing, writes nothing.',
        inputSchema: { release },
        annotations: READ,
    }, async (args) => guarded(async () => {
        const named = (0,_core_version__WEBPACK_IMPORTED_MODULE_4__/* .parseRelease */ .BC)(args.release.trim()).text;
        const [entry] = await statusOf(named);
        if (!entry)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`No status for ${named}.`);
        const result = ok(statusText(entry), { ...entry });
        return entry.error ? { ...result, isError: true } : result;
    }));
    server.registerTool('evaluate_test_results', {
        title: 'Evaluate test results of a build',
        description: 'Read the test-result file of a build (_releases/ocp-test-result-{build}-amd64.json, on the record branch or record directory the driver reads) and evaluate it: ' +
            'whether it exists, is aggregated and accepted (as the test-result gates analyze-candidate-build and analyze-promoted-build see it), and the best-of-3 verdict of every job from the job data. ' +
            'Use it to judge a gate that waits for a decision before accepting or rejecting it. Reads only.',
        inputSchema: { build: zod__WEBPACK_IMPORTED_MODULE_15__/* .string */ .YjP().describe('A release such as 4.20.1 (the promoted build) or a nightly such as 4.20.0-0.nightly-2025-10-28-123456 (the candidate build).') },
        annotations: READ,
    }, async (args) => guarded(async () => {
        const build = args.build.trim();
        const record = await (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .openRecordStore */ .TD)(await storeValues(), io, { log: (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .stderrLogger */ .D7)(io) });
        const o = await (0,_driver_test_results__WEBPACK_IMPORTED_MODULE_5__/* .readTestResult */ .A)(record, build);
        const e = 'evaluation' in o ? o.evaluation : undefined;
        return ok(testResultText(o, build, record.describe), {
            build,
            store: record.describe,
            path: o.path,
            state: o.state,
            ...(o.state === 'aggregated' ? { accepted: o.accepted, manual_promotion: o.manuallyPromoted === true } : {}),
            ...(e ? { bo3: { aggregated: e.aggregated, accepted: e.accepted, jobs: e.jobs.map((j) => ({ name: j.name, verdict: j.verdict, runs: j.runs, successes: j.successes })) } } : {}),
        });
    }));
    server.registerTool('drive_release', {
        title: 'Drive a release one step',
        description: 'Advance one release one step along its task graph, exactly as one scheduled run of the driver (krd drive --release R) does: run or poll what is due (oar, the MCP executor, the probes), commit the StateBox, and answer what happened and what the release waits on now. ' +
            'It starts real jobs when they are due and never runs a task twice. Use it when a release should move now instead of at the next scheduled run, for example right after accept_task or retry_task.',
        inputSchema: { release },
        annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    }, async (args) => guarded(async () => {
        const named = (0,_core_version__WEBPACK_IMPORTED_MODULE_4__/* .parseRelease */ .BC)(args.release.trim()).text;
        const run = await capture(_drive__WEBPACK_IMPORTED_MODULE_12__.driveCommand, [...(await storeArgs()), '--release', named, '--json'], io);
        const out = JSON.parse(run.stdout);
        const mine = out.releases.find((r) => r.release === named);
        const structured = {
            ...(mine ?? { release: named, overall: 'unknown', wrote: false, tasks: {}, waits: [], blockers: [], notes: [] }),
            events: out.events.filter((e) => e.release === named),
            ...(out.skipped?.includes(named) ? { skipped: true } : {}),
            ...(run.problems.length ? { log: run.problems } : {}),
        };
        const text = [driveText(out, named), ...run.problems].join('\n');
        return mine?.error ? { ...ok(text, structured), isError: true } : ok(text, structured);
    }));
    // The comment commands: parsed as a comment, applied by applyCommand, written SHA-checked.
    const decide = (tool, name, words) => guarded(async () => {
        const by = needActor();
        const cmd = (0,_decision__WEBPACK_IMPORTED_MODULE_11__.parseDecision)(name, words(), by);
        const { store, authorized } = await (0,_decision__WEBPACK_IMPORTED_MODULE_11__.openDecisionStore)(await storeValues(), io);
        const done = await (0,_decision__WEBPACK_IMPORTED_MODULE_11__.applyDecision)(store, cmd, `krd mcp ${tool}`);
        const task = 'task' in cmd ? done.box.tasks.find((t) => t.name === cmd.task) : undefined;
        return ok(`${done.reply} ${(0,_decision__WEBPACK_IMPORTED_MODULE_11__.afterSave)(done.save, store.describe)}`, {
            release: cmd.release,
            command: name,
            by,
            reply: done.reply,
            written: done.save.written,
            attempts: done.save.attempts,
            merge_conflicts: done.save.conflicts.length,
            store: store.describe,
            ...(task ? { task: { name: task.name, status: task.status } } : {}),
            ...(authorized ? { authorized_as: authorized.login, permission: authorized.permission } : {}),
        });
    });
    const whoNote = 'Needs krd mcp --as NAME (recorded as who decided); with --store github the token\'s user needs write permission on the repository.';
    server.registerTool('accept_task', {
        title: 'Accept a task (set it to Pass)',
        description: 'Set a task to Pass with a justification, as the PR comment /release:accept RELEASE TASK JUSTIFICATION does: for a task that failed or waits for a person, typically a test-result gate (analyze-candidate-build, analyze-promoted-build) the analyzer rejected or left to a person after evaluate_test_results. ' +
            `Refused (nothing changed) for a task that is In Progress, Not Started or already Pass: a decision never skips the graph. ${whoNote}`,
        inputSchema: { release, task: flowTask, justification: zod__WEBPACK_IMPORTED_MODULE_15__/* .string */ .YjP().describe('Why it may pass; recorded in the StateBox with your name.') },
        annotations: WRITE,
    }, async (args) => decide('accept_task', 'accept', () => [args.release, args.task, args.justification]));
    server.registerTool('reject_task', {
        title: 'Reject a task (set it to Fail)',
        description: 'Set a task to Fail with a reason, as /release:reject RELEASE TASK REASON does: for a task that waits for a person\'s decision (a test-result gate whose results are not acceptable) or already failed. The release turns Red. ' +
            `Refused (nothing changed) for a task that is In Progress, Not Started or Pass. ${whoNote}`,
        inputSchema: { release, task: flowTask, justification: zod__WEBPACK_IMPORTED_MODULE_15__/* .string */ .YjP().describe('Why it fails; recorded in the StateBox with your name.') },
        annotations: WRITE,
    }, async (args) => decide('reject_task', 'reject', () => [args.release, args.task, args.justification]));
    server.registerTool('retry_task', {
        title: 'Retry a task',
        description: 'Reset a task to Not Started so the next step (drive_release or the next scheduled run) starts it again, as /release:retry RELEASE TASK does: after a failure that was fixed outside, or to release a job task held for a person after a run died before recording its job. ' +
            `change-advisory-status gets a fresh 2-day deadline. ${whoNote}`,
        inputSchema: { release, task: flowTask },
        annotations: { ...WRITE, idempotentHint: false },
    }, async (args) => decide('retry_task', 'retry', () => [args.release, args.task]));
    server.registerTool('resolve_issue', {
        title: 'Resolve a StateBox issue',
        description: 'Resolve an open issue (a blocker or a note) of a release, by its number as release_status shows it, as /release:resolve RELEASE ISSUE TEXT does. A resolved blocker no longer holds its tasks. ' +
            whoNote,
        inputSchema: { release, issue: zod__WEBPACK_IMPORTED_MODULE_15__/* .number */ .aig().int().min(1).describe('The issue number, 1-based, as release_status lists it.'), text: zod__WEBPACK_IMPORTED_MODULE_15__/* .string */ .YjP().describe('How it was resolved.') },
        annotations: WRITE,
    }, async (args) => decide('resolve_issue', 'resolve', () => [args.release, String(args.issue), args.text]));
    server.registerTool('record_job', {
        title: 'Record the job of an async task',
        description: 'Record the job you found in Jenkins, Prow or the Errata Tool as the job of an async task, as /release:record-job RELEASE TASK JOB does, typically one a run started and died before recording (the status says the task waits for a person). ' +
            'The task becomes In Progress with that job and the next step polls it instead of starting another. Refused when the task is Pass or Fail (use retry_task) or already records another job. ' +
            whoNote,
        inputSchema: {
            release,
            task: asyncTask,
            job: zod__WEBPACK_IMPORTED_MODULE_15__/* .string */ .YjP().describe('The Jenkins build number or https URL, the Prow job id (UUID) or its prowjob.yaml URL, or the Errata push job id or URL.'),
        },
        annotations: WRITE,
    }, async (args) => decide('record_job', 'record-job', () => [args.release, args.task, args.job]));
    server.registerTool('add_issue', {
        title: 'Add an issue to a release',
        description: 'Record an issue in a release\'s StateBox (shown in the status and summaries, as krd issue add does). A blocker with tasks holds those tasks and what follows them until it is resolved with resolve_issue; a blocker without tasks turns the release Red. ' +
            `The text is recorded with "(reported by NAME)". ${whoNote}`,
        inputSchema: {
            release,
            text: zod__WEBPACK_IMPORTED_MODULE_15__/* .string */ .YjP().describe('What is wrong, in one sentence.'),
            blocker: zod__WEBPACK_IMPORTED_MODULE_15__/* .boolean */ .zMY().optional().describe('True when it must stop the release (or the tasks named) until resolved; default false.'),
            tasks: zod__WEBPACK_IMPORTED_MODULE_15__/* .array */ .YOg(flowTask).optional().describe('The tasks it holds (with blocker).'),
        },
        annotations: { ...WRITE, idempotentHint: false },
    }, async (args) => guarded(async () => {
        const by = needActor();
        const named = (0,_core_version__WEBPACK_IMPORTED_MODULE_4__/* .parseRelease */ .BC)(args.release.trim()).text;
        if (args.text.trim() === '')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('The issue text is empty: it is recorded in the StateBox.');
        const blocker = args.blocker ?? false;
        const tasks = [...new Set(args.tasks ?? [])];
        const { store, authorized } = await (0,_decision__WEBPACK_IMPORTED_MODULE_11__.openDecisionStore)(await storeValues(), io);
        let added;
        const save = await (0,_statebox_repository__WEBPACK_IMPORTED_MODULE_7__/* .updateStateBox */ .YO)(store, named, (box) => {
            const next = (0,_statebox_edit__WEBPACK_IMPORTED_MODULE_8__/* .addIssue */ .ZJ)(box, { text: `${args.text.trim()} (reported by ${by})`, blocker, tasks, now: new Date() });
            added = next.issues[next.issues.length - 1];
            return next;
        }, `StateBox ${named}: add ${blocker ? 'blocker ' : ''}issue by ${by} (krd mcp add_issue)`);
        const index = save.box.issues.findIndex((i) => i.issue === added?.issue && i.reported_at === added?.reported_at) + 1;
        const reply = `Added ${blocker ? 'blocker ' : ''}issue ${index > 0 ? `#${index} ` : ''}to ${named}.`;
        return ok(`${reply} ${(0,_decision__WEBPACK_IMPORTED_MODULE_11__.afterSave)(save, store.describe)}`, {
            release: named,
            command: 'add_issue',
            by,
            reply,
            ...(index > 0 ? { issue: index } : {}),
            written: save.written,
            attempts: save.attempts,
            store: store.describe,
            ...(authorized ? { authorized_as: authorized.login, permission: authorized.permission } : {}),
        });
    }));
    // Each active release's StateBox as it is stored, for clients that read resources.
    const readStateBox = async (uri, variables) => {
        const raw = variables['release'];
        const named = (0,_core_version__WEBPACK_IMPORTED_MODULE_4__/* .parseRelease */ .BC)(String(Array.isArray(raw) ? raw[0] : raw)).text;
        const store = await (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .openStore */ .Ch)(await storeValues(), io, { log: (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .stderrLogger */ .D7)(io) });
        const loaded = await (0,_statebox_repository__WEBPACK_IMPORTED_MODULE_7__/* .loadStateBox */ .VH)(store, named);
        if (!loaded)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${named} has no StateBox (${(0,_core_version__WEBPACK_IMPORTED_MODULE_4__/* .stateBoxPath */ ._S)(named)}) in ${store.describe}.`);
        return { contents: [{ uri: uri.href, mimeType: 'application/yaml', text: loaded.text }] };
    };
    const listStateBoxes = async () => {
        const store = await (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .openStore */ .Ch)(await storeValues(), io, { log: (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .stderrLogger */ .D7)(io) });
        const active = await (0,_driver_active__WEBPACK_IMPORTED_MODULE_6__/* .findActiveReleases */ .qJ)(store, new Date(), [], { log: (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .stderrLogger */ .D7)(io) });
        return { resources: active.map((a) => ({ uri: `krd://statebox/${a.release}`, name: `StateBox ${a.release}`, description: a.why, mimeType: 'application/yaml' })) };
    };
    server.registerResource('statebox', new _modelcontextprotocol_sdk_server_mcp_js__WEBPACK_IMPORTED_MODULE_0__/* .ResourceTemplate */ .Z('krd://statebox/{release}', { list: listStateBoxes }), { title: 'StateBox of a release', description: 'The StateBox YAML of a release, as the repository stores it.', mimeType: 'application/yaml' }, readStateBox);
    return server;
}
const mcpCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_14__/* .MCP */ .TQ,
    async run(args, io) {
        const { values } = (0,_args__WEBPACK_IMPORTED_MODULE_9__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_14__/* .MCP */ .TQ, args, false);
        // Checked before serving: a bad directory or environment is one sentence and exit 1, not a broken server.
        const store = values.store ?? '.';
        if (store === 'github') {
            if (values.ref !== undefined)
                await (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .openStore */ .Ch)({ store, ref: values.ref }, io);
            else if (!io.env.GITHUB_REPOSITORY || !io.env.GITHUB_TOKEN)
                await (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .openGitHub */ .o6)(undefined, io); // names what is missing
        }
        else {
            await (0,_store_option__WEBPACK_IMPORTED_MODULE_10__/* .openStore */ .Ch)({ store, ref: values.ref }, io);
        }
        const server = createKrdMcpServer({ store, ref: values.ref, as: values.as }, io);
        const transport = new _modelcontextprotocol_sdk_server_stdio_js__WEBPACK_IMPORTED_MODULE_1__/* .StdioServerTransport */ .S();
        const closed = new Promise((resolve) => {
            server.server.onclose = resolve;
        });
        await server.connect(transport);
        // The client closes our stdin to end the session: first answer every request received (a
        // drive step asked last is never cut off), then close.
        const unanswered = new Set();
        let drained;
        const receive = transport.onmessage;
        transport.onmessage = (message) => {
            if ('method' in message && 'id' in message)
                unanswered.add(message.id);
            receive?.(message);
        };
        const send = transport.send.bind(transport);
        transport.send = async (message) => {
            await send(message);
            const id = 'method' in message ? undefined : message.id;
            if (id !== undefined && unanswered.delete(id) && unanswered.size === 0)
                drained?.();
        };
        process.stdin.once('end', () => {
            void (async () => {
                if (unanswered.size > 0)
                    await new Promise((resolve) => (drained = resolve));
                await server.close();
            })();
        });
        await closed;
        return 0;
    },
};


/***/ }),

/***/ 75454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/core/active.ts
var active = __webpack_require__(42425);
// EXTERNAL MODULE: ./src/driver/active.ts
var driver_active = __webpack_require__(61346);
// EXTERNAL MODULE: ./src/statebox/repository.ts
var repository = __webpack_require__(956);
// EXTERNAL MODULE: ./src/adapters/notify/release-view.ts
var release_view = __webpack_require__(13571);
// EXTERNAL MODULE: ./src/adapters/store/cached.ts
var cached = __webpack_require__(80246);
// EXTERNAL MODULE: ./src/adapters/notify/markup.ts
var markup = __webpack_require__(12138);
;// CONCATENATED MODULE: ./src/adapters/notify/terminal.ts


/** Colour when writing to a terminal, unless NO_COLOR is set (to anything but empty) or TERM is dumb. */
function useColor(io) {
    const noColor = io.env['NO_COLOR'];
    return io.isTTY && (noColor === undefined || noColor === '') && io.env['TERM'] !== 'dumb';
}
const RESET = '\u001b[0m';
const TONE_SGR = {
    pass: '32',
    fail: '31',
    running: '36',
    waiting: '33',
    notstarted: '2',
    assumed: '32;2',
    skipped: '2',
};
const OVERALL_SGR = { Green: '1;32', Red: '1;31', 'In Progress': '1;33' };
function painter(color) {
    return color ? (sgr, text) => `\u001b[${sgr}m${text}${RESET}` : (_sgr, text) => text;
}
function table(view, paint) {
    const header = ['Task', 'Status', 'Started', 'Ended', 'Duration', 'Job'];
    const rows = view.rows.map((r) => ({
        tone: r.tone,
        cells: [
            r.inFlow ? r.task : `${(0,markup/* oneLine */.TN)(r.task)} (not run by this flow)`,
            r.status,
            (0,release_view/* shortTime */.Mj)(r.startedAt),
            (0,release_view/* shortTime */.Mj)(r.completedAt),
            r.duration ?? '',
            r.job ? (0,markup/* oneLine */.TN)(r.job.url ?? r.job.id) : '',
        ],
    }));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i].length)));
    // Pad first, colour after: escape codes must not count towards the column width.
    const line = (cells, tone) => `  ${cells
        .map((c, i) => {
        const padded = i === cells.length - 1 ? c : c.padEnd(widths[i]);
        return i === 1 && tone ? paint(TONE_SGR[tone], padded) : padded;
    })
        .join('  ')}`.trimEnd();
    return [paint('1', line(header)), ...rows.map((r) => line(r.cells, r.tone))];
}
/** One release, as lines of text. */
function renderReleaseTerminal(view, color) {
    const paint = painter(color);
    const lines = [`${paint('1', view.release)}  ${paint(OVERALL_SGR[view.overall], view.overall)}`, `  ${(0,markup/* oneLine */.TN)(view.statusLine)}`];
    const facts = [
        view.jira ? `Jira ${(0,markup/* oneLine */.TN)(view.jira)}` : '',
        view.shipmentMr ? `shipment MR ${(0,markup/* oneLine */.TN)(view.shipmentMr)}` : '',
        view.releaseDate ? `release date ${(0,markup/* oneLine */.TN)(view.releaseDate)}` : '',
    ].filter(Boolean);
    if (facts.length)
        lines.push(`  ${facts.join(' · ')}`);
    if (view.error)
        lines.push(`  ${paint('31', `problem: ${(0,markup/* oneLine */.TN)(view.error)}`)}`);
    lines.push('', '  Waits on:');
    lines.push(...(view.waits.length ? view.waits.map((w) => `    - ${(0,markup/* oneLine */.TN)(w)}`) : ['    - nothing; the next run takes the next step']));
    if (view.blockers.length) {
        lines.push('', `  ${paint('31', 'Open blocker issues:')}`);
        for (const b of view.blockers) {
            lines.push(`    #${b.index} ${(0,markup/* oneLine */.TN)(b.text)} (reported ${(0,release_view/* shortTime */.Mj)(b.reportedAt)}${b.tasks.length ? `; tasks: ${(0,markup/* oneLine */.TN)(b.tasks.join(', '))}` : ''})`);
            lines.push(`       resolve with: /release:resolve ${view.release} ${b.index} <text>`);
        }
    }
    const others = view.issues.filter((i) => !i.blocker && !i.resolved);
    if (others.length) {
        lines.push('', '  Other open issues:');
        for (const i of others)
            lines.push(`    #${i.index} ${(0,markup/* oneLine */.TN)(i.text)} (reported ${(0,release_view/* shortTime */.Mj)(i.reportedAt)})`);
    }
    lines.push('', ...table(view, paint));
    if (view.notes.length)
        lines.push('', '  Notes:', ...view.notes.map((n) => `    - ${(0,markup/* oneLine */.TN)(n)}`));
    return `${lines.join('\n')}\n`;
}
/** Every release, separated by a blank line. */
function renderTerminal(views, color) {
    return views.map((v) => renderReleaseTerminal(v, color)).join('\n');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/release-json.ts
var release_json = __webpack_require__(24058);
// EXTERNAL MODULE: ./src/cli/store-option.ts
var store_option = __webpack_require__(92973);
// EXTERNAL MODULE: ./src/cli/commands/specs.ts
var specs = __webpack_require__(52633);
;// CONCATENATED MODULE: ./src/cli/commands/status.ts
/**
 * `krd status`: the overall status, task table, waits and blockers of each active release (or
 * those named), from the StateBox files alone: nothing is probed, nothing is written. A
 * release without a StateBox is read from the Google Sheets test report when one is
 * configured: KRD_SHEETS_SPREADSHEET_ID (the report), KRD_SHEETS_TOKEN (an OAuth access token
 * that can read it), optionally KRD_SHEETS_MAPPING (JSON cell mapping, see sheets.ts) and
 * KRD_SHEETS_API_URL (default Google's). Each release says why it is listed: in upstream's window, work of
 * this driver in flight, Red for less than 7 days (src/core/active.ts), or named. Exit 1 when a
 * shown release is Red or cannot be read; exit 0 when no release is active.
 */













function parseNow(text) {
    if (text === undefined)
        return new Date();
    const ms = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(ms)) {
        throw new errors/* InputError */.dz(`--now ${JSON.stringify(text)} is not a time: expected ISO 8601 such as 2025-11-03T00:00:00Z.`);
    }
    return new Date(ms);
}
/** A stand-in StateBox so a release with no StateBox is still shown (and why). */
function emptyBox(release, now) {
    const at = (0,time/* isoSeconds */.nE)(now);
    return { schema_version: '1.0', release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [] };
}
async function sheetsFallback(io) {
    const spreadsheetId = io.env['KRD_SHEETS_SPREADSHEET_ID']?.trim();
    const accessToken = io.env['KRD_SHEETS_TOKEN']?.trim();
    if (!spreadsheetId || !accessToken)
        return undefined;
    // The Google client loads only when a report is configured.
    const { SheetsMirror, parseSheetMapping } = await Promise.all(/* import() */[__webpack_require__.e(144), __webpack_require__.e(670)]).then(__webpack_require__.bind(__webpack_require__, 34670));
    const rootUrl = io.env['KRD_SHEETS_API_URL']?.trim();
    const mapping = io.env['KRD_SHEETS_MAPPING']?.trim();
    return new SheetsMirror({
        spreadsheetId,
        accessToken,
        ...(rootUrl ? { rootUrl } : {}),
        ...(mapping ? { mapping: parseSheetMapping(mapping, 'KRD_SHEETS_MAPPING') } : {}),
        log: (0,store_option/* stderrLogger */.D7)(io),
    });
}
async function fromSheets(sheets, release, now, missing, listed) {
    const { statuses } = await sheets.readStatuses(release);
    if (!statuses)
        return undefined;
    const box = {
        ...emptyBox(release, now),
        tasks: Object.entries(statuses.tasks).map(([name, status]) => ({ name, status, started_at: null, completed_at: null, result: null })),
    };
    const note = `${missing}; statuses read from the Google Sheets test report (worksheet "${statuses.worksheet}"${statuses.overall ? `, overall ${statuses.overall}` : ''}), which has no times.`;
    return { view: (0,release_view/* releaseView */.HA)(box, { now, waits: ['not known without a StateBox'], notes: [note] }), source: 'sheets', listed };
}
/** A named release: named, and whether it would be listed without the name. */
function namedListing(box, now) {
    const activity = (0,active/* releaseActivity */.jG)(box, now);
    return { reason: 'named', why: `named explicitly; ${activity.active ? 'also active' : 'not active'} (${activity.kind}): ${activity.why}` };
}
async function statusOf(store, active, now, sheets) {
    const { release } = active;
    let listed = { reason: active.reason, why: active.why };
    try {
        const loaded = await (0,repository/* loadStateBox */.VH)(store, release);
        if (loaded) {
            if (active.reason === 'named')
                listed = namedListing(loaded.box, now);
            return { view: (0,release_view/* releaseView */.HA)(loaded.box, { now }), source: 'statebox', listed };
        }
        const missing = `${release} has no StateBox (${(0,version/* stateBoxPath */._S)(release)}) in ${store.describe}`;
        const fallback = sheets ? await fromSheets(sheets, release, now, missing, listed) : undefined;
        return fallback ?? { view: (0,release_view/* releaseView */.HA)(emptyBox(release, now), { now, waits: [], notes: [], error: `${missing}.` }), source: 'none', listed };
    }
    catch (err) {
        return { view: (0,release_view/* releaseView */.HA)(emptyBox(release, now), { now, waits: [], notes: [], error: (0,errors/* errorMessage */.gJ)(err) }), source: 'none', listed };
    }
}
/** One release as the terminal shows it, with why it is listed under its status line. */
function renderEntry(entry, color) {
    const lines = renderTerminal([entry.view], color).split('\n');
    lines.splice(2, 0, `  listed: ${entry.listed.why}`);
    return lines.join('\n');
}
function asJson(entries) {
    // The shape of every release in krd's JSON (release-json.ts), with where it was read and why it is listed.
    const releases = entries.map(({ view, source, listed }) => (0,release_json/* releaseJson */.q)(view, { source, listed: { reason: listed.reason, why: listed.why } }));
    return `${JSON.stringify({ releases })}\n`;
}
const statusCommand = {
    ...specs/* STATUS */.XQ,
    async run(args, io) {
        const { values } = (0,cli_args/* parseCommandArgs */.Qx)(specs/* STATUS */.XQ, args, false);
        const now = parseNow(values.now);
        const named = (values.release ?? []).map((r) => (0,version/* parseRelease */.BC)(r.trim()).text);
        const log = (0,store_option/* stderrLogger */.D7)(io);
        // Without --store: the current directory, laid out like the repository.
        // Finding the active releases and showing them read the same StateBoxes: once each.
        const store = new cached/* RunCachedStore */.V(await (0,store_option/* openStore */.Ch)({ store: values.store ?? '.', ref: values.ref }, io, { log }));
        const sheets = await sheetsFallback(io);
        const releases = named.length
            ? [...new Set(named)].map((release) => ({ release, reason: 'named', why: 'named explicitly' }))
            : await (0,driver_active/* findActiveReleases */.qJ)(store, now, [], { log });
        const entries = [];
        for (const release of releases)
            entries.push(await statusOf(store, release, now, sheets));
        if (values.json) {
            io.stdout(asJson(entries));
        }
        else if (entries.length === 0) {
            io.stdout(`No active release in ${store.describe} (a release listed in _releases/{y}/{y}.z.yaml is active when its StateBox exists, it has not shipped, ` +
                'and it is within its release date + 1 day, has work of this driver in progress, or turned Red less than 7 days ago with nobody acting since).\n');
        }
        else {
            const color = useColor(io);
            io.stdout(entries.map((e) => renderEntry(e, color)).join('\n'));
        }
        return entries.some((e) => e.view.overall === 'Red' || e.view.error !== undefined) ? 1 : 0;
    },
};


/***/ })

};
