export const id = 670;
export const ids = [670];
export const modules = {

/***/ 34670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SheetsMirror: () => (/* binding */ SheetsMirror),
/* harmony export */   parseSheetMapping: () => (/* binding */ parseSheetMapping)
/* harmony export */ });
/* unused harmony exports defaultSheetMapping, sheetMappingSchema, mappingFor, a1, missingWorksheet */
/* harmony import */ var _googleapis_sheets__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7144);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41514);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_decide_graph__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93326);
/* harmony import */ var _core_overall__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53686);
/* harmony import */ var _core_tasks__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58881);
/**
 * The Google Sheets mirror of the legacy test report (`@googleapis/sheets` v4): task statuses
 * ("Not Started" / "In Progress" / "Pass" / "Fail") and the overall Green/Red, written into
 * each release's worksheet in ONE values.batchUpdate per run; `readStatuses` reads a release
 * back (one values.batchGet) when its StateBox is missing.
 *
 * A mirror never blocks the flow (upstream crashed releases that had no Sheet): a missing
 * worksheet, a bad token, a quota error are warnings in the result, nothing is thrown.
 * Without a worksheet the batch is refused as a whole (400 "Unable to parse range"): that
 * release is left out with a warning and the batch is sent again for the others.
 */






// Upstream's test report (oar/core/const.py): Konflux releases have one row less (no
// greenwave CVP row). create-test-report and check-rhcos-security-alerts have no cell.
const KONFLUX_CELLS = {
    'take-ownership': 'B8',
    'image-consistency-check': 'B10',
    'analyze-candidate-build': 'B11',
    'analyze-promoted-build': 'B12',
    'check-cve-tracker-bug': 'B13',
    'push-to-cdn-staging': 'B14',
    'stage-testing': 'B15',
    'image-signed-check': 'B16',
    'change-advisory-status': 'B18',
};
const ERRATA_CELLS = {
    'take-ownership': 'B8',
    'image-consistency-check': 'B10',
    'analyze-candidate-build': 'B11',
    'analyze-promoted-build': 'B12',
    'check-greenwave-cvp-tests': 'B13',
    'check-cve-tracker-bug': 'B14',
    'push-to-cdn-staging': 'B15',
    'stage-testing': 'B16',
    'image-signed-check': 'B17',
    'change-advisory-status': 'B19',
};
/** The upstream layout: a worksheet named after the release, overall in B1, a cell per task. */
function defaultSheetMapping(konflux) {
    return { worksheet: '{release}', overall: 'B1', tasks: konflux ? KONFLUX_CELLS : ERRATA_CELLS };
}
const CELL_RE = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const cell = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(CELL_RE, 'expected a cell such as B8');
/** A mapping as configured (JSON): each key overrides the default; `tasks` replaces the default cells. */
const sheetMappingSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    worksheet: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).optional(),
    overall: cell.optional(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), cell).optional(),
});
/** Parses a configured mapping (JSON text); the error names the field. */
function parseSheetMapping(text, source = 'the Sheets mapping') {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source} is not valid JSON: expected {"worksheet": "{release}", "overall": "B1", "tasks": {"take-ownership": "B8"}}.`);
    }
    const parsed = sheetMappingSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${source}: ${issue.path.join('.') || '(top)'}: ${issue.message}.`);
    }
    return parsed.data;
}
function mappingFor(box, config, konflux = true) {
    const base = defaultSheetMapping(box ? (0,_core_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .isKonflux */ .uu)(box) : konflux);
    return { worksheet: config?.worksheet ?? base.worksheet, overall: config?.overall ?? base.overall, tasks: config?.tasks ?? base.tasks };
}
/** A1 notation of a cell on a worksheet: names are quoted, inner quotes doubled (`'4.20.1'!B8`). */
function a1(worksheet, cellRef) {
    return `'${worksheet.replace(/'/g, "''")}'!${cellRef}`;
}
function googleStatus(err) {
    const e = err;
    const status = e?.response?.status ?? e?.status ?? (typeof e?.code === 'number' ? e.code : undefined);
    return typeof status === 'number' ? status : undefined;
}
function googleMessage(err) {
    const e = err;
    const data = e?.response?.data?.error;
    return (data?.message ?? (0,_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)).replace(/\.$/, '');
}
/** The worksheet a 400 "Unable to parse range: '4.20.1'!B8" names. */
function missingWorksheet(err) {
    if (googleStatus(err) !== 400)
        return undefined;
    const m = /Unable to parse range: (?:'((?:[^']|'')*)'|([^!]+))!/.exec(googleMessage(err));
    if (!m)
        return undefined;
    return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}
class SheetsMirror {
    api;
    spreadsheetId;
    mapping;
    log;
    constructor(options) {
        if (!options.spreadsheetId.trim())
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('The Sheets mirror needs a spreadsheet id (the test report): it is empty.');
        if (!options.accessToken && !options.auth)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('The Sheets mirror needs credentials: an access token or a Google auth client.');
        let authClient = options.auth;
        if (!authClient) {
            const oauth = new _googleapis_sheets__WEBPACK_IMPORTED_MODULE_0__/* .auth */ .j2.OAuth2();
            oauth.setCredentials({ access_token: options.accessToken ?? null });
            authClient = oauth;
        }
        this.spreadsheetId = options.spreadsheetId.trim();
        this.mapping = options.mapping;
        this.log = options.log;
        const delay = options.retryDelayMs ?? 1000;
        this.api = (0,_googleapis_sheets__WEBPACK_IMPORTED_MODULE_0__/* .sheets */ .HZ)({
            version: 'v4',
            auth: authClient,
            ...(options.rootUrl ? { rootUrl: options.rootUrl.endsWith('/') ? options.rootUrl : `${options.rootUrl}/` } : {}),
            timeout: options.timeoutMs ?? 20_000,
            retryConfig: {
                retry: options.retries ?? 2,
                retryDelay: delay,
                maxRetryDelay: delay * 4,
                // Setting cells to values is idempotent: POST may be retried like GET.
                httpMethodsToRetry: ['GET', 'POST'],
                statusCodesToRetry: [
                    [429, 429],
                    [500, 599],
                ],
            },
        });
    }
    warn(warnings, message) {
        warnings.push(message);
        this.log?.warning(message);
    }
    failure(err, doing) {
        const status = googleStatus(err);
        const why = `${status ? `${status} ` : ''}${googleMessage(err)}`;
        if (status === 401)
            return `Google Sheets rejected the credentials (the access token) while trying to ${doing}: ${why}.`;
        if (status === 403)
            return `Google Sheets refused to ${doing}: ${why}; share the spreadsheet with the service account (editor).`;
        if (status === 404)
            return `Google Sheets could not find spreadsheet ${this.spreadsheetId} while trying to ${doing}: ${why}.`;
        if (status === 429)
            return `Google Sheets quota exhausted while trying to ${doing}: ${why}; the next run tries again.`;
        return `Google Sheets failed while trying to ${doing}: ${why}.`;
    }
    /** The cells of one release: each recorded task's status, and the overall when Green or Red. */
    cellsOf(box) {
        const mapping = mappingFor(box, this.mapping);
        const worksheet = mapping.worksheet.replace(/\{release\}/g, box.release);
        const data = [];
        const overall = (0,_core_overall__WEBPACK_IMPORTED_MODULE_3__/* .overallStatus */ .gX)(box);
        // The legacy report knows Green and Red only; In Progress leaves the cell as it is.
        if (overall !== 'In Progress')
            data.push({ range: a1(worksheet, mapping.overall), values: [[overall]] });
        for (const task of box.tasks) {
            const target = mapping.tasks[task.name];
            // Unrecorded tasks are left alone: upstream may have written them into the Sheet.
            if (target)
                data.push({ range: a1(worksheet, target), values: [[task.status]] });
        }
        return { worksheet, data };
    }
    /** Writes every release's cells in one values.batchUpdate; never throws. */
    async mirror(boxes) {
        const warnings = [];
        let pending = boxes.map((box) => ({ release: box.release, ...this.cellsOf(box) })).filter((r) => r.data.length > 0);
        let requests = 0;
        while (pending.length > 0) {
            requests += 1;
            try {
                const res = await this.api.spreadsheets.values.batchUpdate({
                    spreadsheetId: this.spreadsheetId,
                    requestBody: { valueInputOption: 'RAW', data: pending.flatMap((r) => r.data) },
                });
                return { written: pending.map((r) => r.release), updatedCells: res.data.totalUpdatedCells ?? 0, requests, warnings };
            }
            catch (err) {
                const sheet = missingWorksheet(err);
                const missing = sheet === undefined ? [] : pending.filter((r) => r.worksheet === sheet);
                if (missing.length === 0) {
                    this.warn(warnings, `${this.failure(err, `update the test report of ${pending.map((r) => r.release).join(', ')}`)} The releases go on without it.`);
                    return { written: [], updatedCells: 0, requests, warnings };
                }
                for (const r of missing) {
                    this.warn(warnings, `The test report ${this.spreadsheetId} has no worksheet "${r.worksheet}": ${r.release} is not mirrored to Google Sheets (the release goes on).`);
                }
                pending = pending.filter((r) => !missing.includes(r));
            }
        }
        return { written: [], updatedCells: 0, requests, warnings };
    }
    /**
     * A release's statuses as the test report holds them (one values.batchGet): the fallback
     * when its StateBox is missing. Undefined, with a warning, when the Sheet cannot say.
     */
    async readStatuses(release, options = {}) {
        const warnings = [];
        const mapping = mappingFor(undefined, this.mapping, options.konflux ?? true);
        const worksheet = mapping.worksheet.replace(/\{release\}/g, release);
        const cells = [['', mapping.overall], ...Object.entries(mapping.tasks)];
        try {
            const res = await this.api.spreadsheets.values.batchGet({ spreadsheetId: this.spreadsheetId, ranges: cells.map(([, c]) => a1(worksheet, c)) });
            const ranges = res.data.valueRanges ?? [];
            const value = (i) => {
                const v = ranges[i]?.values?.[0]?.[0];
                return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
            };
            const tasks = {};
            cells.forEach(([task], i) => {
                const v = value(i);
                if (i > 0 && v && _core_tasks__WEBPACK_IMPORTED_MODULE_4__/* .TASK_STATUSES */ .Hi.includes(v))
                    tasks[task] = v;
            });
            const overall = value(0);
            return { statuses: { release, worksheet, ...(overall ? { overall } : {}), tasks }, warnings };
        }
        catch (err) {
            if (missingWorksheet(err) !== undefined) {
                this.warn(warnings, `The test report ${this.spreadsheetId} has no worksheet "${worksheet}": no statuses of ${release} in Google Sheets either.`);
            }
            else {
                this.warn(warnings, this.failure(err, `read the test report of ${release}`));
            }
            return { warnings };
        }
    }
}


/***/ })

};
