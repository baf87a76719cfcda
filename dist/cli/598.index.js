export const id = 598;
export const ids = [598];
export const modules = {

/***/ 43598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   worldDeps: () => (/* binding */ worldDeps)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83323);
/* harmony import */ var _ports_clock__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83810);
/* harmony import */ var _statebox_yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32544);
/* harmony import */ var _core_time__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22334);
/* harmony import */ var _comments__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12693);
/* harmony import */ var _observed_store__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46315);
/* harmony import */ var _scenario__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35109);
/* harmony import */ var _seed__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20346);
/* harmony import */ var _simulate__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27043);
/* harmony import */ var _world__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4868);
/**
 * `krd drive --world FILE --now ISO --store DIR`: one real driver run against the simulated
 * world as it stands at `now`, so a person can step through a scenario by hand. Each call is a
 * fresh process: the world is rebuilt from the scenario, and async jobs are known from what
 * the StateBox recorded (job id, triggered_at).
 */











/** Builds the dependencies of one run at `now` against the world of `scenarioFile`, on `store`. */
async function worldDeps(scenarioFile, now, store, log) {
    const scenario = typeof scenarioFile === 'string' ? (0,_scenario__WEBPACK_IMPORTED_MODULE_7__/* .loadScenario */ .df)(scenarioFile) : scenarioFile;
    const at = typeof now === 'string' ? new Date(now) : now;
    if (Number.isNaN(at.getTime()))
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--now ${JSON.stringify(String(now))} is not a time such as 2025-11-01T06:00:00Z.`);
    if (at.getTime() < scenario.start) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--now ${(0,_core_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(at)} is before the start of the scenario ${scenario.name} (${(0,_core_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date(scenario.start))}).`);
    }
    const clock = new _ports_clock__WEBPACK_IMPORTED_MODULE_2__/* .FakeClock */ .O(at);
    const world = new _world__WEBPACK_IMPORTED_MODULE_10__/* .SimWorld */ .W({ scenario, clock });
    // The repository as the scenario starts it, unless an earlier step already made it.
    for (const box of await (0,_seed__WEBPACK_IMPORTED_MODULE_8__/* .seedStore */ .P)(store, scenario))
        world.observe(box);
    for (const r of scenario.releases) {
        const file = await store.read((0,_core_version__WEBPACK_IMPORTED_MODULE_1__/* .stateBoxPath */ ._S)(r.release));
        if (file)
            world.observe((0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseStateBoxText */ .DN)(file.content, `${store.describe}: ${(0,_core_version__WEBPACK_IMPORTED_MODULE_1__/* .stateBoxPath */ ._S)(r.release)}`));
    }
    const observed = new _observed_store__WEBPACK_IMPORTED_MODULE_6__/* .ObservedStore */ .S(store, {
        fault: (what) => world.faults.check('github', what),
        onStateBox: (box) => world.observe(box),
    });
    const offset = at.getTime() - scenario.start;
    const inWindow = (ms) => ms <= offset && ms > offset - scenario.every;
    const permissions = new Map();
    for (const r of scenario.releases)
        for (const c of r.comments)
            permissions.set(c.user, c.permission);
    const collaborators = (0,_comments__WEBPACK_IMPORTED_MODULE_5__/* .simulatedCollaborators */ .m)(permissions, (what) => world.faults.check('github', what));
    const commands = [];
    const notes = [];
    for (const r of scenario.releases) {
        const routed = await (0,_comments__WEBPACK_IMPORTED_MODULE_5__/* .routeComments */ .w)(r.release, r.comments.filter((c) => inWindow(c.at)), collaborators);
        commands.push(...routed.commands);
        for (const n of routed.notes) {
            notes.push({ at: (0,_core_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(at), ...n });
            log.warning(`${n.release}: ${n.detail}`);
        }
    }
    // A crash of the scenario fires in the step whose window holds its time.
    const due = { ...scenario, crashes: scenario.crashes.filter((c) => inWindow(c.at)) };
    const crashes = new _simulate__WEBPACK_IMPORTED_MODULE_9__/* .CrashPlan */ .Dw(due, () => at.getTime());
    const deps = world.driverDeps(observed, log, { hooks: crashes.hooks() });
    const releases = scenario.config.cron ? [] : scenario.releases.map((r) => r.release);
    return { deps, config: (0,_simulate__WEBPACK_IMPORTED_MODULE_9__/* .driverConfig */ .zL)(scenario), releases, commands, notes, scenario, world };
}


/***/ })

};
