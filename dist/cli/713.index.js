export const id = 713;
export const ids = [713];
export const modules = {

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


/***/ })

};
