export const id = 566;
export const ids = [566];
export const modules = {

/***/ 12138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   _U: () => (/* binding */ slackEscape),
/* harmony export */   a4: () => (/* binding */ slackText)
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
/** A link target: an http(s) URL, percent-encoded where it could end the link; else undefined. */
function mdUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(maskText(url.trim()));
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/ /g, '%20');
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
 * KRD_SHEETS_API_URL (tests). Each release says why it is listed: in upstream's window, work of
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


/***/ }),

/***/ 42425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jG: () => (/* binding */ releaseActivity)
/* harmony export */ });
/* unused harmony exports RED_VISIBLE_MS, releaseWindowEnd, isPastReleaseWindow, driverWork */
/* harmony import */ var _overall__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53686);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22334);
/* harmony import */ var _waits__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65297);
/* harmony import */ var _statebox_claims__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79397);
/* harmony import */ var _statebox_release_date__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97324);
/* harmony import */ var _statebox_unrecorded__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71079);
/**
 * Whether a release is active, and why, from its StateBox and the time alone (pure: no store,
 * no clock). An active release is read and shown by every run; a Red one is still stopped
 * (decide only records observations for it). Listing (which releases of a tracking file are
 * looked at) is src/driver/active.ts.
 *
 * The rule (release-flow.md, "Active releases"): a release whose StateBox exists and that has
 * not shipped is active while
 * - in-window: today ≤ release_date + 1 day, the whole day, i.e. until 00:00 UTC of
 *   release_date + 2 days (upstream's window); a StateBox without a release date counts as in
 *   its window;
 * - driver-work: past its window, a task this driver started has no outcome recorded yet: a task
 *   In Progress with a `job`, change-advisory-status In Progress with a recorded `deadline`, a
 *   run's claim on a task not finished (the next run records or adopts it), or an async task held
 *   for a person after a run died starting it (for 7 days after that claim);
 * - red-visible: past its window and Red, the Red began less than 7 days ago (the latest
 *   completed_at of a failed task, or reported_at of a blocker issue that makes it Red) and no
 *   person acted since (a `decided_by` on a task, a /release:retry's `reset_at`, an issue's
 *   resolved_at).
 * Upstream's StateBoxes carry no `job`, `deadline` or claims of ours: once their window and a
 * week of Red have passed they stay inactive however many tasks are left In Progress.
 */






const DAY_MS = 24 * 60 * 60_000;
/** How long a Red release (or a task held for a person) stays listed with nobody acting. */
const RED_VISIBLE_MS = 7 * DAY_MS;
/** 00:00 UTC of release_date + 2 days: the end of upstream's window (today ≤ release_date + 1 day). */
function releaseWindowEnd(box) {
    const date = box.metadata.release_date ? (0,_statebox_release_date__WEBPACK_IMPORTED_MODULE_5__/* .parseReleaseDate */ .V)(box.metadata.release_date) : undefined;
    return date === undefined ? undefined : date.getTime() + 2 * DAY_MS;
}
/** Whether the release is past upstream's window; a StateBox without a release date never is. */
function isPastReleaseWindow(box, now) {
    const end = releaseWindowEnd(box);
    return end !== undefined && now.getTime() >= end;
}
/** The tasks this driver started whose outcome is not recorded yet, as reasons (empty: none). */
function driverWork(box, now) {
    const work = [];
    for (const t of box.tasks) {
        if (t.status !== 'In Progress')
            continue;
        const job = t.job && typeof t.job.id === 'string' && t.job.id !== '' ? t.job.id : undefined;
        if (job !== undefined)
            work.push(`${t.name} job ${job} running`);
        else if (t.name === 'change-advisory-status' && (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(t.deadline) !== undefined) {
            work.push(`change-advisory-status waits for the prod advisory metadata until ${(0,_waits__WEBPACK_IMPORTED_MODULE_2__/* .minuteTime */ .oJ)((0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(t.deadline))}`);
        }
    }
    for (const [task, claim] of Object.entries((0,_statebox_claims__WEBPACK_IMPORTED_MODULE_3__/* .claimsOf */ .ds)(box))) {
        const status = box.tasks.find((t) => t.name === task)?.status;
        if (status === 'Pass' || status === 'Fail' || (0,_statebox_claims__WEBPACK_IMPORTED_MODULE_3__/* .retriedAfter */ .Aw)(box, task, claim.at))
            continue;
        work.push(`a run claimed ${task} at ${claim.at}; the next run records or adopts it`);
    }
    for (const task of Object.keys((0,_statebox_unrecorded__WEBPACK_IMPORTED_MODULE_4__/* .unrecordedStartsOf */ .q9)(box))) {
        const held = (0,_statebox_unrecorded__WEBPACK_IMPORTED_MODULE_4__/* .unrecordedStart */ .G$)(box, task);
        const at = (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(held?.at);
        if (!held || at === undefined || now.getTime() - at >= RED_VISIBLE_MS)
            continue;
        work.push(`${task} may have been started by a run that died (claimed at ${held.at}); waits for a person`);
    }
    return work;
}
/** When a task's human decision or retry happened, if it records one. */
function humanActionAt(t) {
    const times = [];
    const reset = (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)((0,_statebox_claims__WEBPACK_IMPORTED_MODULE_3__/* .resetAtOf */ .cz)(t));
    if (reset !== undefined)
        times.push(reset);
    if (typeof t.decided_by === 'string' && t.decided_by !== '') {
        const at = (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(t.completed_at) ?? (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(t.started_at);
        if (at !== undefined)
            times.push(at);
    }
    return times.length ? Math.max(...times) : undefined;
}
/**
 * When the Red began, as far as the file tells: the latest completed_at of a failed task and
 * reported_at of a blocker issue that makes the release Red (each judged by overall.ts alone),
 * ignoring what a person decided (a reject is a person acting). Undefined: Red only by people's
 * decisions, or no time recorded.
 */
function redSince(box) {
    const times = [];
    for (const t of box.tasks) {
        if (t.decided_by || (0,_overall__WEBPACK_IMPORTED_MODULE_0__/* .redReasons */ .Z0)({ ...box, tasks: [t], issues: [] }).length === 0)
            continue;
        const at = (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(t.completed_at) ?? (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(t.started_at) ?? (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(box.updated_at);
        if (at !== undefined)
            times.push(at);
    }
    for (const issue of box.issues) {
        if ((0,_overall__WEBPACK_IMPORTED_MODULE_0__/* .redReasons */ .Z0)({ ...box, tasks: [], issues: [issue] }).length === 0)
            continue;
        const at = (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(issue.reported_at);
        if (at !== undefined)
            times.push(at);
    }
    return times.length ? Math.max(...times) : undefined;
}
/** The latest time a person acted on the release: a decision or retry on a task, a resolved issue. */
function personActedAt(box) {
    const times = [];
    for (const t of box.tasks) {
        const at = humanActionAt(t);
        if (at !== undefined)
            times.push(at);
    }
    for (const issue of box.issues) {
        const at = issue.resolved ? (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(issue.resolved_at) : undefined;
        if (at !== undefined)
            times.push(at);
    }
    return times.length ? Math.max(...times) : undefined;
}
/** Whether `box`'s release is active at `now`, and why (or why not). */
function releaseActivity(box, now) {
    if ((0,_overall__WEBPACK_IMPORTED_MODULE_0__/* .hasShipped */ ._x)(box))
        return { active: false, kind: 'shipped', why: 'shipped: change-advisory-status passed' };
    const end = releaseWindowEnd(box);
    if (end === undefined)
        return { active: true, kind: 'in-window', why: 'no release date in the StateBox: in its window until one is set' };
    const date = box.metadata.release_date;
    if (now.getTime() < end)
        return { active: true, kind: 'in-window', why: `release date ${date}: in upstream's window until ${(0,_waits__WEBPACK_IMPORTED_MODULE_2__/* .minuteTime */ .oJ)(end)}` };
    const work = driverWork(box, now);
    if (work.length)
        return { active: true, kind: 'driver-work', why: `past its window (release date ${date}), work of this driver not finished: ${work.join('; ')}` };
    if ((0,_overall__WEBPACK_IMPORTED_MODULE_0__/* .overallStatus */ .gX)(box) !== 'Red') {
        return { active: false, kind: 'past-window', why: `past its window (release date ${date}, until ${(0,_waits__WEBPACK_IMPORTED_MODULE_2__/* .minuteTime */ .oJ)(end)}) with no work of this driver in progress` };
    }
    const since = redSince(box);
    const acted = personActedAt(box);
    if (since === undefined || (acted !== undefined && acted >= since)) {
        const when = acted !== undefined ? ` at ${(0,_time__WEBPACK_IMPORTED_MODULE_1__/* .isoSeconds */ .nE)(new Date(acted))}` : '';
        return { active: false, kind: 'red-handled', why: `Red past its window (release date ${date}); a person acted${when}` };
    }
    const until = since + RED_VISIBLE_MS;
    if (now.getTime() >= until) {
        return { active: false, kind: 'red-expired', why: `Red since ${(0,_waits__WEBPACK_IMPORTED_MODULE_2__/* .minuteTime */ .oJ)(since)}, past its window (release date ${date}); nobody acted for 7 days` };
    }
    return { active: true, kind: 'red-visible', why: `Red since ${(0,_waits__WEBPACK_IMPORTED_MODULE_2__/* .minuteTime */ .oJ)(since)}, shown until a person acts or ${(0,_waits__WEBPACK_IMPORTED_MODULE_2__/* .minuteTime */ .oJ)(until)}` };
}


/***/ }),

/***/ 84489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ DEFAULT_DRIVER_CONFIG)
/* harmony export */ });
/* harmony import */ var _retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27253);

const DEFAULT_DRIVER_CONFIG = {
    aiDecisions: 'auto',
    retryBackoffMs: _retry__WEBPACK_IMPORTED_MODULE_0__/* .RUN_RETRY_BACKOFF_MS */ .Zy,
    stageReleaseWarnMinutes: 12 * 60,
    dryRun: false,
};


/***/ }),

/***/ 27253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ alreadyRetried),
/* harmony export */   Zy: () => (/* binding */ RUN_RETRY_BACKOFF_MS),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   bF: () => (/* binding */ RetryLaterError)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_RETRY_WAIT_MS, RetriedError */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * The longest wait a run sits out. In-run retries take seconds; the next cron run (minutes
 * later) is the long retry. A longer retry-after is not waited for (RetryLaterError), a longer
 * configured backoff is shortened to this.
 */
const DEFAULT_MAX_RETRY_WAIT_MS = 10_000;
/** One call's retries within a run: three tries in seven seconds. */
const RUN_RETRY_BACKOFF_MS = [2_000, 5_000];
/**
 * A system asked for a wait longer than a run should sit out (a rate limit that resets in
 * ten minutes), or it is down for this run: still transient, but the caller should stop
 * calling that system this run.
 */
class RetryLaterError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_ {
    name = 'RetryLaterError';
}
/**
 * A transient error its own client has already retried (GitHub: Octokit's retry and throttling
 * plugins; the local store: its lock wait). No other layer retries it in this run: the next run does.
 */
class RetriedError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_ {
    name = 'RetriedError';
}
/**
 * What a store's error means to the layers above it: a transient error is final for this run
 * (RetriedError), or a RetryLaterError when it asks for a wait longer than `maxWaitMs`.
 * Anything else is returned as it is.
 */
function alreadyRetried(err, maxWaitMs = DEFAULT_MAX_RETRY_WAIT_MS) {
    if (!(err instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_) || err instanceof RetryLaterError || err instanceof RetriedError)
        return err;
    const Kind = (err.retryAfterMs ?? 0) > maxWaitMs ? RetryLaterError : RetriedError;
    return new Kind(err.message, err.retryAfterMs, { cause: err });
}
/**
 * Runs `fn`, retrying transient errors after each backoff (or after the server's
 * retry-after when that is longer). Any other error, and the last transient one once the
 * retries are spent, is thrown to the caller, which decides what it means for the task.
 * A retry-after beyond `maxWaitMs` is thrown at once as a RetryLaterError; a RetryLaterError
 * or a RetriedError is never retried. Only executor and probe calls are wrapped in this: a
 * store's client retries on its own.
 */
async function withRetry(fn, options) {
    const maxWait = options.maxWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (err instanceof RetryLaterError || err instanceof RetriedError)
                throw err;
            if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_ && (err.retryAfterMs ?? 0) > maxWait) {
                throw new RetryLaterError(err.message, err.retryAfterMs, { cause: err });
            }
            const backoff = options.backoffMs[attempt - 1];
            if (!(err instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_) || backoff === undefined)
                throw err;
            const delay = Math.max(Math.min(backoff, maxWait), err.retryAfterMs ?? 0);
            options.onRetry?.(err, attempt, delay);
            await options.clock.sleep(delay);
        }
    }
}


/***/ }),

/***/ 61346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ stateBoxFromTracking),
/* harmony export */   Aj: () => (/* binding */ trackingEntry),
/* harmony export */   H7: () => (/* binding */ validateNamedRelease),
/* harmony export */   Zs: () => (/* binding */ activeReleases),
/* harmony export */   qJ: () => (/* binding */ findActiveReleases)
/* harmony export */ });
/* unused harmony export CANDIDATES_PER_Y_STREAM */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_active__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42425);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83323);
/* harmony import */ var _statebox_edit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10184);
/* harmony import */ var _statebox_yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32544);






const TRACKING_RE = /^_releases\/(\d+\.\d+)\/\1\.z\.yaml$/;
async function readTracking(store, y, prefetched) {
    const path = (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .trackingFilePath */ .Xx)(y);
    const file = prefetched?.get(path) ?? (await store.read(path));
    if (!file)
        return undefined;
    const parsed = (0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseFileText */ .ER)(file.content, `${store.describe}: ${path}`);
    if (parsed.kind !== 'tracking')
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${store.describe}: ${path} is not a y-stream tracking file (no releases map).`);
    return parsed.data;
}
/**
 * What a store can give of these files in fewer calls than one read each (nothing when it
 * cannot batch); a run-cached store keeps them, so the step's own reads cost nothing.
 */
async function readAhead(store, paths) {
    return paths.length > 0 && store.readMany ? store.readMany(paths) : new Map();
}
/** The tracking file's entry for a release (`_releases/4.20/4.20.z.yaml` → releases → 4.20.1). */
async function trackingEntry(store, release) {
    const tracking = await readTracking(store, (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .yStream */ .uq)(release));
    return tracking?.releases[release];
}
/**
 * A new StateBox for a release that has none yet, from its tracking-file entry: advisories and
 * the ART Jira ticket. Never guesses: a release the tracking file does not list is an error.
 */
async function stateBoxFromTracking(store, release, now) {
    const entry = await trackingEntry(store, release);
    if (!entry) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${release} has no StateBox (${(0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)}) and is not listed in ${(0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .trackingFilePath */ .Xx)((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .yStream */ .uq)(release))} of ${store.describe}: check the version, or wait until ART adds it.`);
    }
    const metadata = {
        ...(entry.release_jira ? { jira_ticket: entry.release_jira } : {}),
        ...(entry.advisories ? { advisory_ids: { ...entry.advisories } } : {}),
    };
    return (0,_statebox_edit__WEBPACK_IMPORTED_MODULE_3__/* .newStateBox */ .vS)(release, metadata, now);
}
/** Checks a release named by a person: a valid version that has a StateBox or a tracking entry. */
async function validateNamedRelease(store, name) {
    const release = (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .parseRelease */ .BC)(name.trim()).text;
    if (await store.read((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)))
        return release;
    if (await trackingEntry(store, release))
        return release;
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${release} has no StateBox (${(0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)}) and is not listed in ${(0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .trackingFilePath */ .Xx)((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .yStream */ .uq)(release))} of ${store.describe}: check the version.`);
}
/**
 * How many listed releases of each y-stream, newest first among those with a StateBox, are read
 * to decide whether they are active. The tracking file holds no dates (advisories and the Jira
 * ticket only), so only a StateBox tells whether a release is in its window, has work of this
 * driver in flight or turned Red this week. A y-stream ships about once a week and ART lists
 * the next z-stream (with its StateBox) about a week ahead: the newest is the coming release,
 * the one before may still be in change-advisory-status or Red, the third covers a week more.
 * An older release is never looked at (upstream's abandoned StateBoxes stay abandoned), unless
 * named.
 */
const CANDIDATES_PER_Y_STREAM = 3;
/** The newest CANDIDATES_PER_Y_STREAM releases the tracking file lists that have a StateBox, newest first. */
function candidatesOf(tracking, y, paths) {
    const listed = Object.keys(tracking?.releases ?? {}).filter((r) => (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .isRelease */ .MU)(r) && (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .yStream */ .uq)(r) === y && paths.has((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(r)));
    return listed.sort(_core_version__WEBPACK_IMPORTED_MODULE_2__/* .compareReleases */ .c0).reverse().slice(0, CANDIDATES_PER_Y_STREAM);
}
/**
 * The releases a run drives, with why each is listed: of each y-stream tracking file
 * (`_releases/{y}/{y}.z.yaml`), the listed releases whose StateBox exists and that are active
 * by src/core/active.ts (in upstream's window, work of this driver in flight, or Red this
 * week), among the newest CANDIDATES_PER_Y_STREAM with a StateBox; plus the releases named
 * explicitly (validated, never guessed). A newest StateBox that does not parse stays in the
 * list (the run reports it); an older one is only warned about. Y-streams in version order,
 * then releases in version order.
 *
 * Reads: one listing, then the tracking files, then every candidate's StateBox, each group in
 * one batch when the store can (GitHub: GraphQL), else one read per file.
 */
async function findActiveReleases(store, now, named = [], options = {}) {
    const paths = await store.list('_releases/');
    const existing = new Set(paths);
    const ys = paths.flatMap((p) => TRACKING_RE.exec(p)?.[1] ?? []).sort((a, b) => (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .compareReleases */ .c0)(`${a}.0`, `${b}.0`));
    const trackingFiles = await readAhead(store, ys.map(_core_version__WEBPACK_IMPORTED_MODULE_2__/* .trackingFilePath */ .Xx));
    const candidates = [];
    for (const y of ys) {
        try {
            candidates.push(candidatesOf(await readTracking(store, y, trackingFiles), y, existing));
        }
        catch (err) {
            options.log?.warning(`Skipping y-stream ${y}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
    }
    const boxes = await readAhead(store, candidates.flat().map(_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S));
    const found = [];
    for (const newestFirst of candidates) {
        const ofY = [];
        for (const [i, release] of newestFirst.entries()) {
            try {
                const file = boxes.get((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)) ?? (await store.read((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)));
                if (!file)
                    continue;
                const activity = (0,_core_active__WEBPACK_IMPORTED_MODULE_1__/* .releaseActivity */ .jG)((0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseStateBoxText */ .DN)(file.content, file.path), now);
                if (activity.active)
                    ofY.push({ release, reason: activity.kind, why: activity.why });
            }
            catch (err) {
                options.log?.warning(`${release}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
                if (i === 0)
                    ofY.push({ release, reason: 'unreadable', why: `its StateBox could not be read: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}` });
            }
        }
        found.push(...ofY.reverse());
    }
    for (const name of named) {
        const release = await validateNamedRelease(store, name);
        if (!found.some((f) => f.release === release))
            found.push({ release, reason: 'named', why: 'named explicitly' });
    }
    return found;
}
/** The names of findActiveReleases, in its order. */
async function activeReleases(store, now, named = [], options = {}) {
    return (await findActiveReleases(store, now, named, options)).map((a) => a.release);
}


/***/ })

};
