export const id = 454;
export const ids = [454];
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
