export const id = 812;
export const ids = [812];
export const modules = {

/***/ 42425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jG: () => (/* binding */ releaseActivity)
/* harmony export */ });
/* unused harmony exports RED_VISIBLE_MS, releaseWindowEnd, isPastReleaseWindow, driverWork */
/* harmony import */ var _overall__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53686);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22334);
/* harmony import */ var _waits__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65297);
/* harmony import */ var _claims__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91674);
/* harmony import */ var _release_date__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90387);
/* harmony import */ var _unrecorded__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1468);
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
    const date = box.metadata.release_date ? (0,_release_date__WEBPACK_IMPORTED_MODULE_5__/* .parseReleaseDate */ .V)(box.metadata.release_date) : undefined;
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
    for (const [task, claim] of Object.entries((0,_claims__WEBPACK_IMPORTED_MODULE_3__/* .claimsOf */ .ds)(box))) {
        const status = box.tasks.find((t) => t.name === task)?.status;
        if (status === 'Pass' || status === 'Fail' || (0,_claims__WEBPACK_IMPORTED_MODULE_3__/* .retriedAfter */ .Aw)(box, task, claim.at))
            continue;
        work.push(`a run claimed ${task} at ${claim.at}; the next run records or adopts it`);
    }
    for (const task of Object.keys((0,_unrecorded__WEBPACK_IMPORTED_MODULE_4__/* .unrecordedStartsOf */ .q9)(box))) {
        const held = (0,_unrecorded__WEBPACK_IMPORTED_MODULE_4__/* .unrecordedStart */ .G$)(box, task);
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
    const reset = (0,_time__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)((0,_claims__WEBPACK_IMPORTED_MODULE_3__/* .resetAtOf */ .cz)(t));
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

/***/ 31128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ missingBuildData),
/* harmony export */   I: () => (/* binding */ CREATED_BY_DRIVER)
/* harmony export */ });
/**
 * Marks a StateBox the driver built itself from the tracking file, because the executor's
 * create-test-report created none: upstream's ConfigStore (ART's build data) did not fill it.
 */
const CREATED_BY_DRIVER = 'created_from_tracking_file';
/**
 * The metadata fields upstream's ConfigStore gives a new StateBox that a StateBox of the
 * driver's own still lacks. Without shipment_mr a release would silently run as non-Konflux,
 * so the tasks that depend on them wait until a person adds them (shipment_mr: '' for a release
 * without one).
 */
function missingBuildData(box) {
    if (box.driver?.[CREATED_BY_DRIVER] !== true)
        return [];
    const m = box.metadata;
    return [
        ...(m.release_date ? [] : ['release_date']),
        ...(Object.keys(m.candidate_builds ?? {}).length ? [] : ['candidate_builds']),
        ...(typeof m.shipment_mr === 'string' ? [] : ['shipment_mr']),
    ];
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

/***/ 93326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ isDone),
/* harmony export */   U: () => (/* binding */ viewTasks),
/* harmony export */   a4: () => (/* binding */ prerequisites),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   uu: () => (/* binding */ isKonflux),
/* harmony export */   vh: () => (/* binding */ decisionRefusal)
/* harmony export */ });
/* unused harmony exports laterTasks, findTask */
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);

/** Konflux releases have a shipment MR: they run check-rhcos-security-alerts and wait on stage-release. */
function isKonflux(box) {
    return typeof box.metadata.shipment_mr === 'string' && box.metadata.shipment_mr.trim() !== '';
}
/**
 * Flow tasks that must be done before a task may start: every task before it in the graph
 * (src/core/tasks.ts TASK_INFO), at that moment. Outside conditions are in decide.
 */
function prerequisites(task) {
    return (0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksBefore */ .m5)(task);
}
/** Every task that (transitively) needs `task` done first. */
function laterTasks(task) {
    return (0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksAfter */ .Zy)(task);
}
function started(record) {
    return record !== undefined && record.status !== 'Not Started';
}
function findTask(box, name) {
    return box.tasks.find((t) => t.name === name);
}
/**
 * How the flow sees each task. Real StateBoxes never record create-test-report or
 * check-rhcos-security-alerts and some lack analyze-candidate-build or analyze-promoted-build:
 * when a later task has started, those count as done and are never run retroactively.
 */
function viewTasks(box) {
    const konflux = isKonflux(box);
    const views = new Map();
    for (const task of _tasks__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_TASKS */ .K6) {
        const record = findTask(box, task);
        if (record) {
            views.set(task, { kind: 'recorded', record, status: record.status });
            continue;
        }
        if (task === 'check-rhcos-security-alerts' && !konflux) {
            views.set(task, { kind: 'skipped' });
            continue;
        }
        // analyze-candidate-build starts with the flow: a task past the sequential chain started means upstream skipped it.
        const candidates = task === 'analyze-candidate-build' ? laterTasks('check-rhcos-security-alerts') : laterTasks(task);
        const because = candidates.find((t) => started(findTask(box, t)));
        views.set(task, because ? { kind: 'assumed', because } : { kind: 'absent' });
    }
    return views;
}
/** Done for the purpose of starting later tasks: Pass, assumed done, or skipped. */
function isDone(view) {
    if (!view)
        return false;
    return view.kind === 'assumed' || view.kind === 'skipped' || (view.kind === 'recorded' && view.status === 'Pass');
}
function statusOf(view) {
    return view?.kind === 'recorded' ? view.status : undefined;
}
/**
 * Whether a person's accept or reject may apply to a task: only a task that is Fail or waits for
 * a person (a gate awaiting a decision, a task held for a person). Otherwise the words that say
 * what the task waits on instead, so a decision never lets a task skip the graph.
 */
function decisionRefusal(box, task, heldForPerson) {
    const record = findTask(box, task);
    if (record?.status === 'Fail' || record?.awaits_decision === true || heldForPerson)
        return undefined;
    const views = viewTasks(box);
    const view = views.get(task);
    if (record?.status === 'Pass')
        return 'is already Pass';
    if (view?.kind === 'assumed' || view?.kind === 'skipped')
        return `is ${view.kind === 'skipped' ? 'skipped for this release' : 'counted as done'}`;
    if (record?.status === 'In Progress') {
        const job = record.job?.url ?? record.job?.id;
        return `is In Progress${job ? ` (job ${job})` : ''} and waits for its own result`;
    }
    const pending = prerequisites(task).filter((p) => !isDone(views.get(p)));
    if (pending.length > 0)
        return `has not started: it waits for ${pending.join(', ')} to pass`;
    return 'has not started: it starts on the next step once what it waits on outside is ready';
}


/***/ }),

/***/ 48019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ ADVISORY_DEADLINE_MS),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   YD: () => (/* binding */ ADVICE_MARKER),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   sM: () => (/* binding */ candidateBuild)
/* harmony export */ });
/* unused harmony exports STUCK_FACTOR, DEADLINE_WARNING_MS, advisoryStartTime, advisoryDeadline, stageReleaseWaitSince */
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);
/* harmony import */ var _build_data__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31128);
/* harmony import */ var _job_ref__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35600);
/* harmony import */ var _overall__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53686);
/* harmony import */ var _decide_graph__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93326);
/* harmony import */ var _waits__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65297);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22334);
/* harmony import */ var _release_date__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90387);
/* harmony import */ var _unrecorded__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1468);









/** A task running this many times longer than usual is reported as stuck. */
const STUCK_FACTOR = 3;
/** Warn this long before the change-advisory-status deadline expires. */
const DEADLINE_WARNING_MS = 6 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** change-advisory-status gives ART's prod-release pipeline this long (upstream's 2-day checker). */
const ADVISORY_DEADLINE_MS = 2 * DAY_MS;
/** Where a person looks for an async task's job. */
const JOB_SYSTEM = {
    'push-to-cdn-staging': "the stage push jobs of the release's advisories in the Errata Tool",
    'image-consistency-check': 'Prow for the image consistency check job',
    'stage-testing': 'Jenkins for the Stage-Pipeline build',
};
/** The candidate build analysed by analyze-candidate-build (x86_64, upstream's default arch). */
function candidateBuild(box) {
    const build = box.metadata.candidate_builds?.['x86_64'];
    return typeof build === 'string' && build.trim() !== '' ? build : undefined;
}
/** take-ownership's owner: the drive command or dispatch, else metadata qe_owner, else the configured default. */
function ownerOf(box, config) {
    const fromCommand = typeof box.driver?.owner === 'string' ? box.driver.owner : undefined;
    return [fromCommand, box.metadata.qe_owner, config.owner].find((o) => typeof o === 'string' && o.trim() !== '');
}
/** The moment change-advisory-status may start: 00:00 UTC of (release date − 1 day). */
function advisoryStartTime(box) {
    const date = box.metadata.release_date ? (0,_release_date__WEBPACK_IMPORTED_MODULE_7__/* .parseReleaseDate */ .V)(box.metadata.release_date) : undefined;
    return date ? date.getTime() - DAY_MS : undefined;
}
/** The change-advisory-status deadline: recorded, else (files upstream wrote) its start + 2 days. */
function advisoryDeadline(task) {
    const recorded = (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .EH)(task?.deadline);
    if (recorded !== undefined)
        return recorded;
    const started = (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .EH)(task?.started_at);
    return started === undefined ? undefined : started + ADVISORY_DEADLINE_MS;
}
function jobsLine(result) {
    if (result.state !== 'aggregated')
        return '';
    const jobs = result.evaluation?.jobs ?? [];
    if (jobs.length === 0)
        return '';
    return ` Jobs: ${jobs.map((j) => `${j.name} ${j.verdict} (${j.successes}/${j.runs})`).join('; ')}.`;
}
/** Leads the analyzer's reasoning in a gate's result text. */
const ADVICE_MARKER = 'Analyzer recommendation:';
/** When the driver first saw the release wait on stage-release (kept in the StateBox's driver section). */
function stageReleaseWaitSince(box) {
    const since = box.driver?.['stage_release_waiting_since'];
    return typeof since === 'string' ? since : undefined;
}
function wait(ctx, task, reason) {
    const known = ctx.waits.get(reason.detail);
    if (known)
        known.tasks.push(task);
    else
        ctx.waits.set(reason.detail, { on: reason.on, tasks: [task], ...(reason.checks ? { checks: reason.checks } : {}) });
}
const on = (kind, detail) => ({ on: kind, detail });
/** What depends on the build data (Konflux or not): check-rhcos-security-alerts and every task after it. */
const NEEDS_BUILD_DATA = new Set(['check-rhcos-security-alerts', ...(0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksAfter */ .Zy)('check-rhcos-security-alerts')]);
/** Why a task that has not started may not start though its prerequisites allow it: build data missing, a blocker tied to it. */
function holdOf(ctx, task) {
    if (ctx.missing.length > 0 && NEEDS_BUILD_DATA.has(task))
        return on('build-data', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.missingBuildData(ctx.missing));
    const hold = ctx.holds.get(task);
    return hold && !ctx.stopped ? on('blocker', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.heldByIssue(hold.issue, hold.text, ctx.box.release)) : undefined;
}
function state(ctx, task, kind, detail) {
    ctx.states.push({ task, state: kind, ...(detail ? { detail } : {}) });
}
function observed(ctx, probe, value, what) {
    if (value === undefined) {
        ctx.needs.add(probe);
        return {};
    }
    return value.ok ? { value: value.value } : { reason: { on: 'check-failed', detail: _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.checkFailed(what, value.message), checks: [probe] } };
}
function promotionAccepted(ctx) {
    // A task that only starts after promotion has started: no need to ask the Release Controller again.
    const startedAfterPromotion = (0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksWaitingOn */ .Dv)('promotion').filter(_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isAsyncTask */ .QS).some((t) => {
        const s = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(ctx.views.get(t));
        return s === 'In Progress' || s === 'Pass' || s === 'Fail';
    });
    const gate = ctx.views.get('analyze-promoted-build');
    const gateStarted = gate?.kind === 'recorded' && gate.status !== 'Not Started' && !gate.record.decided_by;
    if (startedAfterPromotion || gateStarted)
        return { met: true };
    const o = observed(ctx, 'promotion', ctx.obs.promotion, `the promotion of ${ctx.box.release} on the Release Controller`);
    if (!('value' in o))
        return { met: false, ...o };
    if (o.value === undefined)
        return { met: false, reason: on('promotion', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.notOnReleaseController(ctx.box.release)) };
    return o.value.phase === 'Accepted' ? { met: true } : { met: false, reason: on('promotion', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.notPromoted(o.value.phase)) };
}
function stageReleaseSucceeded(ctx) {
    if (!ctx.konflux)
        return { met: true };
    const mr = ctx.box.metadata.shipment_mr;
    const o = observed(ctx, 'stageRelease', ctx.obs.stageRelease, `the stage-release pipeline of ${mr}`);
    if (!('value' in o))
        return { met: false, ...o };
    if (o.value) {
        if (stageReleaseWaitSince(ctx.box) !== undefined && !ctx.stageReleaseDone) {
            ctx.stageReleaseDone = true;
            ctx.actions.push({ type: 'stage-release-wait', since: undefined });
        }
        return { met: true };
    }
    // Remember when the wait began so a long wait is reported once, with the MR to look at.
    const recorded = stageReleaseWaitSince(ctx.box);
    const sinceMs = (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .EH)(recorded);
    const since = sinceMs !== undefined ? recorded : (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(new Date(ctx.now));
    if (sinceMs === undefined && !ctx.stageReleaseWait)
        ctx.actions.push({ type: 'stage-release-wait', since });
    const waited = ctx.now - (sinceMs ?? ctx.now);
    const overdue = waited >= ctx.config.stageReleaseWarnMinutes * 60_000;
    ctx.stageReleaseWait = { since, mr, overdue };
    return { met: false, reason: on('stage-release', overdue ? _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.stageReleaseLong(mr, waited) : _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.stageRelease(mr)) };
}
/** Prerequisite tasks not done yet; waits are only worth saying for those running. */
function pendingPrerequisites(ctx, task) {
    const pending = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .prerequisites */ .a4)(task).filter((p) => !(0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .isDone */ .$L)(ctx.views.get(p)));
    const running = pending.filter((p) => (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(ctx.views.get(p)) === 'In Progress');
    return { pending, running };
}
function checkStuck(ctx, task, record) {
    const since = record.job?.triggered_at ?? record.started_at ?? undefined;
    const start = (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .EH)(since);
    if (start === undefined)
        return;
    const ran = ctx.now - start;
    const expected = _tasks__WEBPACK_IMPORTED_MODULE_0__/* .TASK_INFO */ .xA[task].expectedMinutes;
    if (ran > expected * STUCK_FACTOR * 60_000) {
        const text = _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.stuck(ran, expected, record.job?.url ?? record.job?.id);
        ctx.stuck.push({ task, since: since, text });
        wait(ctx, task, on('stuck', text));
    }
}
function decideAsync(ctx, task, view) {
    if (view.kind === 'recorded' && view.status === 'In Progress') {
        const record = view.record;
        // Running jobs are polled even when the release is Red: their results are still recorded.
        ctx.actions.push({ type: 'poll', task });
        if (!record.job) {
            const legacy = (0,_job_ref__WEBPACK_IMPORTED_MODULE_1__/* .legacyJob */ .hI)(record.result);
            if (legacy) {
                ctx.actions.push({
                    type: 'update',
                    task,
                    patch: { job: { id: legacy.id, ...(legacy.url ? { url: legacy.url } : {}) } },
                    why: `job ${legacy.id} of ${task} found in its log text, kept in the job field`,
                });
            }
        }
        const startedAt = (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .EH)(record.started_at);
        state(ctx, task, 'running', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.running(startedAt ? (0,_waits__WEBPACK_IMPORTED_MODULE_4__/* .minuteTime */ .oJ)(startedAt) : undefined, record.job?.url ?? record.job?.id));
        checkStuck(ctx, task, record);
        return;
    }
    // A dead run may have started the job (its claim expired unrecorded, no findJob): never start it on a guess.
    const held = (0,_unrecorded__WEBPACK_IMPORTED_MODULE_6__/* .unrecordedStart */ .G$)(ctx.box, task);
    if (held) {
        const at = (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .parseTimestamp */ .EH)(held.at);
        const reason = _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.unrecordedStart(task, ctx.box.release, held.run, at !== undefined ? (0,_waits__WEBPACK_IMPORTED_MODULE_4__/* .minuteTime */ .oJ)(at) : held.at, JOB_SYSTEM[task]);
        ctx.unrecorded.push({ task, run: held.run, at: held.at, text: reason });
        wait(ctx, task, on('person', reason));
        return state(ctx, task, 'waiting', reason);
    }
    if (ctx.stopped)
        return state(ctx, task, 'stopped');
    if (blockedByPrerequisites(ctx, task))
        return;
    if (task !== 'push-to-cdn-staging') {
        for (const condition of [promotionAccepted, stageReleaseSucceeded]) {
            const c = condition(ctx);
            if (!c.met) {
                if (c.reason)
                    wait(ctx, task, c.reason);
                return state(ctx, task, 'waiting', c.reason?.detail);
            }
        }
    }
    ctx.actions.push({ type: 'trigger', task });
    state(ctx, task, 'ready');
}
function decideGate(ctx, task, view) {
    const status = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(view);
    // Red stops starting things; a gate already under way still records what the test results say.
    if (ctx.stopped && status !== 'In Progress')
        return state(ctx, task, 'stopped');
    const isPromoted = task === 'analyze-promoted-build';
    if (isPromoted && status !== 'In Progress') {
        if (blockedByPrerequisites(ctx, task))
            return;
        const c = promotionAccepted(ctx);
        if (!c.met) {
            if (c.reason)
                wait(ctx, task, c.reason);
            return state(ctx, task, 'waiting', c.reason?.detail);
        }
    }
    const build = isPromoted ? ctx.box.release : candidateBuild(ctx.box);
    const startIfNew = (why) => {
        if (status !== 'In Progress')
            ctx.actions.push({ type: 'update', task, patch: { status: 'In Progress', result: why }, why });
    };
    if (build === undefined) {
        const reason = _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.noCandidateBuild();
        startIfNew(`Waiting: ${reason}.`);
        wait(ctx, task, on('build-data', reason));
        return state(ctx, task, 'waiting', reason);
    }
    const o = isPromoted
        ? observed(ctx, 'promotedTestResult', ctx.obs.promotedTestResult, `the test results of ${build}`)
        : observed(ctx, 'candidateTestResult', ctx.obs.candidateTestResult, `the test results of ${build}`);
    if (!('value' in o)) {
        if (o.reason) {
            startIfNew(`Waiting for the test results of ${build}.`);
            wait(ctx, task, o.reason);
        }
        return state(ctx, task, 'waiting', o.reason?.detail);
    }
    const result = o.value;
    const label = isPromoted ? `Promoted build ${build}` : `Candidate build ${build}`;
    if (result.state !== 'aggregated') {
        const reason = result.state === 'missing'
            ? _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.testFileMissing(build)
            : result.state === 'no-aggregated-field'
                ? _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.aggregationNotStarted(build)
                : _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.aggregating(build);
        startIfNew(`Waiting for the test results of ${build}.`);
        wait(ctx, task, on('test-results', reason));
        return state(ctx, task, 'waiting', reason);
    }
    if (result.accepted) {
        const text = result.manuallyPromoted
            ? `${label}: Accepted (Manually Promoted): manual_promotion is true in the test result file (aggregated: true, accepted: false).${jobsLine(result)}`
            : `${label}: all blocking jobs passed BO3 (aggregated: true, accepted: true).${jobsLine(result)}`;
        ctx.actions.push({ type: 'update', task, patch: { status: 'Pass', result: text }, why: text });
        return state(ctx, task, 'ready', text);
    }
    const evidence = `${label}: blocking jobs failed BO3 (aggregated: true, accepted: false).${jobsLine(result)}`;
    const record = view.kind === 'recorded' ? view.record : undefined;
    if (ctx.config.aiDecisions === 'auto' && ctx.options.analyzer !== false) {
        startIfNew(`${evidence} Running the analyzer.`);
        ctx.actions.push({ type: 'analyze', task, build, advisory: false, evidence });
        return state(ctx, task, 'ready', `${evidence} Analyzer decides.`);
    }
    // advisory mode, or no analyzer: a person decides; the analyzer's advice is recorded once.
    const advice = record?.analyzer_advice;
    if (status !== 'In Progress')
        startIfNew(evidence);
    else if (!advice && record?.result !== evidence)
        ctx.actions.push({ type: 'update', task, patch: { result: evidence }, why: evidence });
    if (record?.awaits_decision !== true) {
        ctx.actions.push({ type: 'update', task, patch: { awaits_decision: true }, why: `${task} waits for a person's accept or reject` });
    }
    if (ctx.options.analyzer !== false && !advice)
        ctx.actions.push({ type: 'analyze', task, build, advisory: true, evidence });
    const why = ctx.options.analyzer === false ? 'no analyzer configured' : 'ai-decisions is advisory';
    const reason = _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.humanDecision(task, ctx.box.release, why, advice);
    wait(ctx, task, on('person', reason));
    return state(ctx, task, 'waiting', reason);
}
function decideAdvisory(ctx, view) {
    const task = 'change-advisory-status';
    if (view.kind === 'recorded' && view.status === 'In Progress') {
        const deadline = advisoryDeadline(view.record) ?? ctx.now + ADVISORY_DEADLINE_MS;
        if (view.record.deadline === undefined) {
            ctx.actions.push({
                type: 'update',
                task,
                patch: { deadline: (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(new Date(deadline)) },
                why: `deadline ${(0,_waits__WEBPACK_IMPORTED_MODULE_4__/* .minuteTime */ .oJ)(deadline)} recorded (started + 2 days)`,
            });
        }
        const o = observed(ctx, 'prodMetadata', ctx.obs.prodMetadata, `the prod advisory metadata of ${ctx.box.release}`);
        if ('value' in o && o.value) {
            // Only oar moves the advisories (QE → REL_PREP) and says so: run it again, never write Pass on our own probe.
            if (ctx.stopped)
                return state(ctx, task, 'stopped', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.prodMetadataReady());
            wait(ctx, task, on('prod-metadata', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.prodMetadataReady()));
            return offerRun(ctx, task);
        }
        if ('value' in o && ctx.now >= deadline) {
            const text = `Timeout reached after 2 days: prod advisory metadata of ${ctx.box.release} still not accessible at the deadline ${(0,_waits__WEBPACK_IMPORTED_MODULE_4__/* .minuteTime */ .oJ)(deadline)}. Check the prod-release pipeline with ART, then /release:retry ${ctx.box.release} ${task}.`;
            ctx.actions.push({ type: 'update', task, patch: { status: 'Fail', result: text }, why: text });
            return state(ctx, task, 'ready', text);
        }
        if (deadline - ctx.now <= DEADLINE_WARNING_MS)
            ctx.deadlineSoon = { deadline: (0,_time__WEBPACK_IMPORTED_MODULE_5__/* .isoSeconds */ .nE)(new Date(deadline)) };
        const reason = 'reason' in o && o.reason ? o.reason : on('prod-metadata', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.prodMetadata(deadline));
        wait(ctx, task, reason);
        return state(ctx, task, 'running', reason.detail);
    }
    if (ctx.stopped)
        return state(ctx, task, 'stopped');
    if (blockedByPrerequisites(ctx, task))
        return;
    const start = advisoryStartTime(ctx.box);
    if (start === undefined) {
        wait(ctx, task, on('build-data', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.noReleaseDate()));
        return state(ctx, task, 'waiting', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.noReleaseDate());
    }
    if (ctx.now < start) {
        const reason = _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.notBeforeDate(start);
        wait(ctx, task, on('release-date', reason));
        return state(ctx, task, 'waiting', reason);
    }
    offerRun(ctx, task);
}
function offerRun(ctx, task, owner) {
    // One synchronous task per run: the first ready one in flow order; the others wait their turn.
    if (!ctx.runCandidate) {
        ctx.runCandidate = { task, ...(owner ? { owner } : {}) };
        state(ctx, task, 'ready');
    }
    else {
        state(ctx, task, 'pending', `runs after ${ctx.runCandidate.task}`);
    }
}
function decideSync(ctx, task, view) {
    if (ctx.stopped)
        return state(ctx, task, (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(view) === 'In Progress' ? 'running' : 'stopped');
    const { pending, running } = pendingPrerequisites(ctx, task);
    if (pending.length > 0) {
        const detail = running.length > 0 ? _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.waitsFor(running) : undefined;
        if (detail)
            wait(ctx, task, on('tasks', detail));
        return state(ctx, task, detail ? 'waiting' : 'pending', detail);
    }
    if (task === 'take-ownership') {
        const owner = ownerOf(ctx.box, ctx.config);
        if (!owner) {
            wait(ctx, task, on('person', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.noOwner()));
            return state(ctx, task, 'waiting', _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.noOwner());
        }
        return offerRun(ctx, task, owner);
    }
    offerRun(ctx, task);
}
/**
 * The flow rules in one pure function: given a StateBox, what the run observed and the
 * time, which tasks are done, which wait (and on what), and what this run does. It never
 * does I/O; the driver probes what `needs` lists, executes `actions` and decides again.
 */
function decide(box, obs, now, config, options = {}) {
    const overall = (0,_overall__WEBPACK_IMPORTED_MODULE_2__/* .overallStatus */ .gX)(box);
    const base = { overall, notes: [], needs: [], signals: { stuck: [] } };
    if ((0,_overall__WEBPACK_IMPORTED_MODULE_2__/* .hasShipped */ ._x)(box)) {
        const shipped = { tasks: [], on: 'shipped', detail: _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.shipped() };
        return { ...base, shipped: true, stopped: true, tasks: [], actions: [], waits: [(0,_waits__WEBPACK_IMPORTED_MODULE_4__/* .waitLine */ .Aw)(shipped)], waitsOn: [shipped] };
    }
    const ctx = {
        box,
        obs,
        now: now.getTime(),
        config,
        options,
        konflux: (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .isKonflux */ .uu)(box),
        stopped: overall === 'Red',
        views: (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .viewTasks */ .U)(box),
        holds: (0,_overall__WEBPACK_IMPORTED_MODULE_2__/* .blockerHolds */ .jx)(box),
        missing: (0,_build_data__WEBPACK_IMPORTED_MODULE_8__/* .missingBuildData */ .D)(box),
        actions: [],
        needs: new Set(),
        notes: [],
        waits: new Map(),
        states: [],
        stuck: [],
        unrecorded: [],
    };
    for (const task of _tasks__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_TASKS */ .K6) {
        const view = ctx.views.get(task);
        if (view.kind === 'skipped') {
            ctx.notes.push(`${task} skipped: not a Konflux release (no shipment_mr in the metadata)`);
            state(ctx, task, 'skipped', 'not a Konflux release');
            continue;
        }
        if (view.kind === 'assumed') {
            ctx.notes.push(`${task} not recorded; counted as done because ${view.because} has started`);
            state(ctx, task, 'assumed-done', `not recorded; counted as done because ${view.because} has started`);
            continue;
        }
        const status = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(view);
        if (status === 'Pass') {
            state(ctx, task, 'done');
            continue;
        }
        if (status === 'Fail') {
            state(ctx, task, 'failed');
            continue;
        }
        const held = status === 'In Progress' ? undefined : holdOf(ctx, task);
        if (held) {
            wait(ctx, task, held);
            state(ctx, task, 'waiting', held.detail);
            continue;
        }
        if ((0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isAsyncTask */ .QS)(task))
            decideAsync(ctx, task, view);
        else if (task === 'analyze-candidate-build' || task === 'analyze-promoted-build')
            decideGate(ctx, task, view);
        else if (task === 'change-advisory-status')
            decideAdvisory(ctx, view);
        else
            decideSync(ctx, task, view);
    }
    if (ctx.runCandidate)
        ctx.actions.push({ type: 'run', ...ctx.runCandidate });
    const waitsOn = [...ctx.waits].map(([detail, w]) => ({ tasks: w.tasks, on: w.on, detail, ...(w.checks ? { checks: w.checks } : {}) }));
    if (ctx.stopped)
        waitsOn.unshift({ tasks: [], on: 'stopped', detail: _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.stopped((0,_overall__WEBPACK_IMPORTED_MODULE_2__/* .redReasons */ .Z0)(box)) });
    return {
        overall,
        shipped: false,
        stopped: ctx.stopped,
        tasks: ctx.states,
        actions: ctx.actions,
        waits: waitsOn.map(_waits__WEBPACK_IMPORTED_MODULE_4__/* .waitLine */ .Aw),
        waitsOn,
        notes: ctx.notes,
        needs: [...ctx.needs],
        signals: {
            stuck: ctx.stuck,
            ...(ctx.unrecorded.length ? { unrecordedStarts: ctx.unrecorded } : {}),
            ...(ctx.stageReleaseWait ? { stageReleaseWait: ctx.stageReleaseWait } : {}),
            ...(ctx.deadlineSoon ? { deadlineSoon: ctx.deadlineSoon } : {}),
        },
    };
}
/** Records why a task cannot start yet (its prerequisites); true when it must wait. */
function blockedByPrerequisites(ctx, task) {
    const { pending, running } = pendingPrerequisites(ctx, task);
    if (pending.length === 0)
        return false;
    const detail = running.length > 0 ? _waits__WEBPACK_IMPORTED_MODULE_4__/* .WAIT */ .C_.waitsFor(running) : undefined;
    if (detail)
        wait(ctx, task, on('tasks', detail));
    state(ctx, task, detail ? 'waiting' : 'pending', detail);
    return true;
}


/***/ }),

/***/ 35600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ PROW_JOB_ID),
/* harmony export */   XB: () => (/* binding */ jobRef),
/* harmony export */   Yf: () => (/* binding */ parseJobRef),
/* harmony export */   hI: () => (/* binding */ legacyJob),
/* harmony export */   nV: () => (/* binding */ JENKINS_JOB)
/* harmony export */ });
/* unused harmony export MAX_JOB_CHARS */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58881);
/**
 * Reading the job an async task started (a Jenkins build, a Prow job, an Errata push job), in
 * one place and one type, wherever it is written:
 * - a person's input (`/release:record-job`): `parseJobRef`, checked against what each async
 *   task's job looks like before it reaches the StateBox and, from there, oar's argument list
 *   (`-n N`, `--job-id ID`); only a plain id or an https URL of the expected shape passes;
 * - upstream's log text in a StateBox result, from before jobs had their own field: `legacyJob`;
 * - an executor's output: src/adapters/exec/status-line.ts `extractJob`, which knows oar's own
 *   lines and builds on the patterns here (`PROW_JOB_ID`, `JENKINS_JOB`).
 */


/** A JobRef, without a `url` key when there is no URL. */
function jobRef(id, url) {
    return { id, ...(url ? { url } : {}) };
}
/** Longer than any real job URL; a longer argument is refused before any pattern runs. */
const MAX_JOB_CHARS = 300;
// A DNS host name (no user info, no IP address, no IDN tricks) and an optional port.
const HOST = String.raw `(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}(?::\d{1,5})?`;
// A Jenkins folder such as `job/zstreams/`: a name never starting with a dot (so never `..`).
const FOLDERS = String.raw `(?:job/[a-z0-9_-][a-z0-9._-]{0,99}/)*`;
// Pages of a build a person may have copied instead of the build itself.
const BUILD_PAGE = String.raw `(?:/(?:console|consoleFull|consoleText|display/redirect)?)?`;
const BUILD_NUMBER = String.raw `[1-9]\d{0,11}`;
const UUID = String.raw `[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}`;
/** A Prow job id (Gangway's execution id, a UUID), as a regular expression source; match it case-insensitively. */
const PROW_JOB_ID = UUID;
/** The Jenkins job whose builds (`…/job/{name}/{N}/`) belong to each task run on Jenkins. */
const JENKINS_JOB = {
    'image-consistency-check': 'image-consistency-check',
    'stage-testing': 'Stage-Pipeline',
};
function jenkinsBuild(job) {
    return new RegExp(`^(https://${HOST}/${FOLDERS}job/${job}/(${BUILD_NUMBER}))${BUILD_PAGE}$`, 'i');
}
const DIGITS_RE = new RegExp(`^${BUILD_NUMBER}$`);
const UUID_RE = new RegExp(`^${UUID}$`, 'i');
// Deck's prowjob.yaml link and gangway's execution URL both name the Prow job id.
const PROW_JOB_RE = new RegExp(`^https://${HOST}/(?:prowjob\\?prowjob=|v1/executions/)(${UUID})$`, 'i');
// Deck's build page names the build, not the Prow job: oar cannot poll that number.
const PROW_BUILD_PAGE_RE = new RegExp(`^https://${HOST}/view/`, 'i');
const ERRATA_PUSH_RE = new RegExp(`^https://${HOST}/(?:push/)?push_(?:results|jobs)/(${BUILD_NUMBER})/?$`, 'i');
const digits = { read: (text) => (DIGITS_RE.test(text) ? { id: text } : undefined) };
const prowId = { read: (text) => (UUID_RE.test(text) ? { id: text.toLowerCase() } : undefined) };
const prowUrl = {
    read: (text) => {
        const m = PROW_JOB_RE.exec(text);
        return m?.[1] ? { id: m[1].toLowerCase(), url: text } : undefined;
    },
};
const errataUrl = {
    read: (text) => {
        const m = ERRATA_PUSH_RE.exec(text);
        return m?.[1] ? { id: m[1], url: text } : undefined;
    },
};
function jenkinsUrl(job) {
    const re = jenkinsBuild(job);
    return {
        read: (text) => {
            const m = re.exec(text);
            // Kept as the build's own URL, as the executors record it (`…/Stage-Pipeline/1674/`).
            return m?.[1] && m[2] ? { id: m[2], url: `${m[1]}/` } : undefined;
        },
    };
}
const ACCEPTED = {
    'push-to-cdn-staging': {
        forms: [digits, errataUrl],
        expected: 'the Errata Tool push job id (123456) or its https URL (https://errata.example.com/push_results/123456)',
    },
    'image-consistency-check': {
        forms: [prowId, prowUrl, digits, jenkinsUrl(JENKINS_JOB['image-consistency-check'])],
        expected: 'the Prow job id (a UUID such as 227f5f68-ae68-4038-b601-12b15816be62, or the https URL of its prowjob.yaml page), ' +
            'or the Jenkins image-consistency-check build number (3529) or its https URL (https://jenkins.example.com/job/image-consistency-check/3529/)',
    },
    'stage-testing': {
        forms: [digits, jenkinsUrl(JENKINS_JOB['stage-testing'])],
        expected: 'the Jenkins Stage-Pipeline build number (1674) or its https URL (https://jenkins.example.com/job/zstreams/job/Stage-Pipeline/1674/)',
    },
};
/** The argument quoted for a refusal, short and with anything odd escaped. */
function shown(text) {
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
/** Why `text` is not a job, in one sentence a person can act on. */
function refusal(task, text) {
    const expected = `give ${ACCEPTED[task].expected}`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https:\/\//i.test(text)) {
        return `${shown(text)} is not a job of ${task}: only https URLs are accepted; ${expected}.`;
    }
    if (task === 'image-consistency-check' && PROW_BUILD_PAGE_RE.test(text)) {
        return `${shown(text)} is a Prow build page, which names the build and not the Prow job that oar polls; ${expected}.`;
    }
    return `${shown(text)} is not a job of ${task}: ${expected}.`;
}
/**
 * The job `text` names for `task`, or an InputError saying what is expected. Nothing but an
 * id of digits, a UUID (Prow) or an https URL of the task's job system passes.
 */
function parseJobRef(task, text) {
    if (!(0,_tasks__WEBPACK_IMPORTED_MODULE_1__/* .isAsyncTask */ .QS)(task)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${task} starts no job: only ${_tasks__WEBPACK_IMPORTED_MODULE_1__/* .ASYNC_TASKS */ .wq.join(', ')} do.`);
    }
    const trimmed = text.trim();
    if (trimmed === '')
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The job of ${task} is empty; give ${ACCEPTED[task].expected}.`);
    if (trimmed.length > MAX_JOB_CHARS) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`The job of ${task} is longer than ${MAX_JOB_CHARS} characters; give ${ACCEPTED[task].expected}.`);
    }
    for (const form of ACCEPTED[task].forms) {
        const ref = form.read(trimmed);
        if (ref)
            return ref;
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(refusal(task, trimmed));
}
// Upstream kept job ids only in log text: its Prow job lines and the Stage-Pipeline build URL.
const LEGACY_PROW_RES = [
    new RegExp(String.raw `Prow job(?: status for job ID)?:?\s+(${PROW_JOB_ID})`, 'i'),
    new RegExp(String.raw `job ID:\s*(${PROW_JOB_ID})`, 'i'),
];
const LEGACY_JENKINS_RE = new RegExp(String.raw `<?(https?://\S+?/${JENKINS_JOB['stage-testing']}/(\d+)/?)>?(?:\s|$)`);
/** The job (and URL) upstream wrote into a task's result text, if any: polls then name the job. */
function legacyJob(result) {
    if (!result)
        return undefined;
    const jenkins = LEGACY_JENKINS_RE.exec(result);
    if (jenkins?.[1] && jenkins[2])
        return jobRef(jenkins[2], jenkins[1]);
    for (const re of LEGACY_PROW_RES) {
        const m = re.exec(result);
        if (m?.[1])
            return jobRef(m[1]);
    }
    return undefined;
}


/***/ }),

/***/ 53686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ redReasons),
/* harmony export */   _x: () => (/* binding */ hasShipped),
/* harmony export */   gX: () => (/* binding */ overallStatus),
/* harmony export */   jx: () => (/* binding */ blockerHolds)
/* harmony export */ });
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);

/** The release has shipped: change-advisory-status passed and nothing more is to be done. */
function hasShipped(box) {
    return box.tasks.some((t) => t.name === 'change-advisory-status' && t.status === 'Pass');
}
/** The flow tasks an issue names in `related_tasks`. */
function relatedFlowTasks(issue) {
    return (issue.related_tasks ?? []).filter(_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS);
}
/** An unresolved blocker that names no flow task stops the whole release. */
function stopsRelease(issue) {
    return issue.blocker && !issue.resolved && relatedFlowTasks(issue).length === 0;
}
/** Why a release is Red: failed flow tasks and unresolved blocker issues tied to no task (1-based issue numbers). */
function redReasons(box) {
    const reasons = [];
    for (const t of box.tasks) {
        // Task names this flow does not run (check-greenwave-cvp-tests, …) are kept but never judged.
        if ((0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS)(t.name) && t.status === 'Fail')
            reasons.push(`${t.name} failed`);
    }
    box.issues.forEach((issue, i) => {
        if (stopsRelease(issue))
            reasons.push(`blocker issue #${i + 1} unresolved: ${issue.issue}`);
    });
    return reasons;
}
/**
 * Tasks held by unresolved blocker issues with `related_tasks` (upstream's take-ownership adds
 * one tied to push-to-cdn-staging while advisories are in NEW_FILES): those tasks and every
 * task after them wait; the rest of the release goes on. The first holding issue is named.
 */
function blockerHolds(box) {
    const holds = new Map();
    box.issues.forEach((issue, i) => {
        if (!issue.blocker || issue.resolved)
            return;
        for (const task of relatedFlowTasks(issue)) {
            for (const held of [task, ...(0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksAfter */ .Zy)(task)]) {
                if (!holds.has(held))
                    holds.set(held, { issue: i + 1, text: issue.issue });
            }
        }
    });
    return holds;
}
/**
 * Overall status, derived and never stored: Green exactly when change-advisory-status is Pass
 * (the release shipped, whatever analyze-candidate-build said); otherwise Red on any failed
 * task or unresolved blocker issue tied to no task; otherwise In Progress.
 */
function overallStatus(box) {
    if (hasShipped(box))
        return 'Green';
    return redReasons(box).length > 0 ? 'Red' : 'In Progress';
}


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

/***/ 1468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ unrecordedStart),
/* harmony export */   oS: () => (/* binding */ withUnrecordedStart),
/* harmony export */   oU: () => (/* binding */ withoutSettledUnrecordedStarts),
/* harmony export */   q9: () => (/* binding */ unrecordedStartsOf),
/* harmony export */   x0: () => (/* binding */ withoutUnrecordedStarts)
/* harmony export */ });
/* harmony import */ var _claims__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91674);
/**
 * Async tasks a dead run may have started without recording the job
 * (`driver.unrecorded_starts.{task}`: the run and time of its claim). A run claims a task before
 * starting it (src/core/claims.ts); when its claim expires unrecorded, the engine asks the
 * executor for the job (`findJob`). An executor that cannot tell (the oar CLI) leaves no safe
 * choice: starting the task again may run the job twice, never starting it may stall the
 * release. So the engine records the expired claim here and the task waits for a person, who
 * checks the job system, then records the job (`/release:record-job`, which sets the task In
 * Progress with that job) or retries the task. Both commands remove the record (a retry after it
 * voids it as well, as it voids claims).
 */

const KEY = 'unrecorded_starts';
/** The well-formed records, by task (anything else under the key is ignored). */
function unrecordedStartsOf(box) {
    return (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .taskClaimsOf */ .qM)(box, KEY);
}
/**
 * The record that holds `task` for a person, if it still does: not when the task was retried
 * after it, nor once the task has a status past Not Started (a person recorded the job, accepted
 * or rejected the task).
 */
function unrecordedStart(box, task) {
    const entry = unrecordedStartsOf(box)[task];
    if (!entry || (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .retriedAfter */ .Aw)(box, task, entry.at))
        return undefined;
    const status = box.tasks.find((t) => t.name === task)?.status;
    return status === undefined || status === 'Not Started' ? entry : undefined;
}
/** The box with `claim` recorded as an unrecorded start of `task`. */
function withUnrecordedStart(box, task, claim) {
    return (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .withTaskClaims */ .DZ)(box, KEY, [task], { run: claim.run, at: claim.at });
}
/** The box without the records of `tasks`; an emptied map (and an emptied `driver`) goes too. */
function withoutUnrecordedStarts(box, tasks) {
    return (0,_claims__WEBPACK_IMPORTED_MODULE_0__/* .withoutTaskClaims */ .rM)(box, KEY, tasks);
}
/** The box without records that no longer hold their task (retried, recorded, decided). */
function withoutSettledUnrecordedStarts(box) {
    const settled = Object.keys(unrecordedStartsOf(box)).filter((task) => unrecordedStart(box, task) === undefined);
    return withoutUnrecordedStarts(box, settled);
}


/***/ }),

/***/ 65297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ waitLine),
/* harmony export */   C_: () => (/* binding */ WAIT),
/* harmony export */   oJ: () => (/* binding */ minuteTime),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony exports PROBE_CONDITION, firstLine */
/**
 * The line people read: `task, task: detail`, the detail alone for the release as a whole, and
 * a running job as a sentence about its task (`stage-testing running for 2h (job 1674)`).
 */
function waitLine(wait) {
    if (wait.tasks.length === 0)
        return wait.detail;
    return `${wait.tasks.join(', ')}${wait.on === 'running' ? ' ' : ': '}${wait.detail}`;
}
/** The outside condition each probe checks (candidate and promoted test results are both test results). */
const PROBE_CONDITION = {
    promotion: 'promotion',
    stageRelease: 'stage-release',
    promotedTestResult: 'test-results',
    candidateTestResult: 'test-results',
    prodMetadata: 'prod-metadata',
};
/** `2025-11-03T00:00Z`: minute precision is enough for people. */
function minuteTime(ms) {
    return new Date(ms).toISOString().slice(0, 16) + 'Z';
}
/** `2d 3h`, `5h 20m`, `45m`. */
function duration(ms) {
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    const d = Math.floor(minutes / 1440);
    const h = Math.floor((minutes % 1440) / 60);
    const m = minutes % 60;
    if (d > 0)
        return h > 0 ? `${d}d ${h}h` : `${d}d`;
    if (h > 0)
        return m > 0 ? `${h}h ${m}m` : `${h}h`;
    return `${m}m`;
}
/** The first line of a text, cut to a length that fits a wait line. */
function firstLine(text, max = 120) {
    const line = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
const WAIT = {
    shipped: () => 'shipped: change-advisory-status passed, nothing more to do',
    stopped: (reasons) => `stopped (Red): ${reasons.join('; ')}; a human accept, retry or resolve clears it`,
    notOnReleaseController: (release) => `build ${release} is not on the Release Controller yet`,
    notPromoted: (phase) => `build not promoted yet (phase ${phase})`,
    stageRelease: (mr) => `stage-release pipeline of ${mr} not succeeded yet`,
    stageReleaseLong: (mr, waited) => `stage-release pipeline of ${mr} not succeeded yet, waiting for ${duration(waited)}: check the MR pipeline with ART`,
    checkFailed: (what, message) => `could not check ${what}, will retry next run: ${message}`,
    noCandidateBuild: () => 'no x86_64 candidate build in the StateBox metadata',
    testFileMissing: (build) => `test result file for ${build} not created yet`,
    aggregationNotStarted: (build) => `tests of ${build} still running, aggregation not started`,
    aggregating: (build) => `tests of ${build} still aggregating`,
    humanDecision: (task, release, why, advice) => `tests not accepted; waits for a human decision (${why})${advice ? `; the analyzer recommends ${advice}` : ''}: ` +
        `/release:accept ${release} ${task} <justification> or /release:reject ${release} ${task} <reason>`,
    noOwner: () => 'no owner: name one with /release:drive RELEASE EMAIL (or --owner), metadata qe_owner or the owner input',
    waitsFor: (tasks) => `waits for ${tasks.join(', ')} to pass`,
    /** A running task as `krd status` sees it, without a run's probes (after the task's name). */
    runningFor: (for_, job) => `running${for_ !== undefined ? ` for ${duration(for_)}` : ''}${job ? ` (job ${job})` : ''}`,
    running: (since, job) => `in progress${since ? ` since ${since}` : ''}${job ? ` (job ${job})` : ''}`,
    stuck: (for_, expectedMinutes, job) => `looks stuck: in progress for ${duration(for_)}, usually done within ${duration(expectedMinutes * 60_000)}` +
        `${job ? `; check job ${job}` : ''}; /release:retry restarts it`,
    unrecordedStart: (task, release, run, at, where) => `waits for a person: run ${run} may have started it at ${at} and died before recording its job; ` +
        `check ${where}, then /release:record-job ${release} ${task} JOB to record the job it started, or /release:retry ${release} ${task} to start it again`,
    noReleaseDate: () => 'no release_date in the StateBox metadata',
    notBeforeDate: (trigger) => `waits until ${minuteTime(trigger)} (release date − 1 day)`,
    prodMetadata: (deadline) => `prod advisory metadata not accessible yet (ART prod-release pipeline); deadline ${minuteTime(deadline)}`,
    noRhcosAdvisory: () => 'no RHCOS advisory in the StateBox metadata',
    missingBuildData: (fields) => `the StateBox lacks ${fields.join(', ')}: oar create-test-report fills them from ART's build data when it creates the StateBox; add them to its metadata (shipment_mr: '' for a release without a shipment MR)`,
    heldByIssue: (issue, text, release) => `held by blocker issue #${issue} (${firstLine(text)}): /release:resolve ${release} ${issue} <text> once it is fixed`,
    prodMetadataReady: () => 'prod advisory metadata accessible: change-advisory-status runs again to move the advisories',
};


/***/ }),

/***/ 61346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ stateBoxFromTracking),
/* harmony export */   H7: () => (/* binding */ validateNamedRelease),
/* harmony export */   Zs: () => (/* binding */ activeReleases),
/* harmony export */   qJ: () => (/* binding */ findActiveReleases)
/* harmony export */ });
/* unused harmony exports trackingEntry, CANDIDATES_PER_Y_STREAM */
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
