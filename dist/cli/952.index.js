export const id = 952;
export const ids = [952];
export const modules = {

/***/ 3326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ isDone),
/* harmony export */   U: () => (/* binding */ viewTasks),
/* harmony export */   a4: () => (/* binding */ prerequisites),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   uu: () => (/* binding */ isKonflux)
/* harmony export */ });
/* unused harmony exports laterTasks, findTask */
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8881);

/** Konflux releases have a shipment MR: they run check-rhcos-security-alerts and wait on stage-release. */
function isKonflux(box) {
    return typeof box.metadata.shipment_mr === 'string' && box.metadata.shipment_mr.trim() !== '';
}
/** Flow tasks that must be done before a task may start (outside conditions are in decide). */
function prerequisites(task, konflux) {
    switch (task) {
        case 'create-test-report':
        case 'analyze-candidate-build':
        case 'image-consistency-check':
        case 'analyze-promoted-build':
            return [];
        case 'take-ownership':
            return ['create-test-report'];
        case 'check-cve-tracker-bug':
            return ['take-ownership'];
        case 'check-rhcos-security-alerts':
            return ['check-cve-tracker-bug'];
        case 'push-to-cdn-staging':
            return konflux ? ['check-rhcos-security-alerts'] : ['check-cve-tracker-bug'];
        case 'stage-testing':
            return ['push-to-cdn-staging'];
        case 'image-signed-check':
            return ['analyze-promoted-build', 'push-to-cdn-staging', 'image-consistency-check', 'stage-testing'];
        case 'change-advisory-status':
            return ['image-signed-check'];
    }
}
/** Every task that (transitively) needs `task` done first. */
function laterTasks(task, konflux) {
    const found = new Set();
    const visit = (t) => {
        for (const next of _tasks__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_TASKS */ .K6) {
            if (!found.has(next) && prerequisites(next, konflux).includes(t)) {
                found.add(next);
                visit(next);
            }
        }
    };
    visit(task);
    return [...found];
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
        // analyze-candidate-build starts with the flow: any other started task means it was skipped upstream.
        const candidates = task === 'analyze-candidate-build' ? _tasks__WEBPACK_IMPORTED_MODULE_0__/* .FLOW_TASKS */ .K6.filter((t) => t !== task) : laterTasks(task, konflux);
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


/***/ }),

/***/ 8019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ ADVISORY_DEADLINE_MS),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   YD: () => (/* binding */ ADVICE_MARKER),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   hI: () => (/* binding */ legacyJob),
/* harmony export */   sM: () => (/* binding */ candidateBuild)
/* harmony export */ });
/* unused harmony exports STUCK_FACTOR, DEADLINE_WARNING_MS, advisoryStartTime, advisoryDeadline, stageReleaseWaitSince */
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8881);
/* harmony import */ var _overall__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3686);
/* harmony import */ var _decide_graph__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3326);
/* harmony import */ var _waits__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5297);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2334);
/* harmony import */ var _statebox_release_date__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7324);
/* harmony import */ var _statebox_unrecorded__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1079);







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
    const date = box.metadata.release_date ? (0,_statebox_release_date__WEBPACK_IMPORTED_MODULE_6__/* .parseReleaseDate */ .V)(box.metadata.release_date) : undefined;
    return date ? date.getTime() - DAY_MS : undefined;
}
/** The change-advisory-status deadline: recorded, else (files upstream wrote) its start + 2 days. */
function advisoryDeadline(task) {
    const recorded = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(task?.deadline);
    if (recorded !== undefined)
        return recorded;
    const started = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(task?.started_at);
    return started === undefined ? undefined : started + ADVISORY_DEADLINE_MS;
}
// Upstream kept job ids only in log text; pull them out so polls can name the job.
const LEGACY_JOB_PATTERNS = [
    /Prow job(?: status for job ID)?:?\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i,
    /job ID:\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i,
];
const JENKINS_RE = /<?(https?:\/\/\S+?\/Stage-Pipeline\/(\d+)\/?)>?(?:\s|$)/;
/** The job id (and URL) upstream wrote into a result's log text, if any. */
function legacyJob(result) {
    if (!result)
        return undefined;
    const jenkins = JENKINS_RE.exec(result);
    if (jenkins?.[1] && jenkins[2])
        return { id: jenkins[2], url: jenkins[1] };
    for (const re of LEGACY_JOB_PATTERNS) {
        const m = re.exec(result);
        if (m?.[1])
            return { id: m[1] };
    }
    return undefined;
}
function jobsLine(result) {
    if (result.state !== 'aggregated')
        return '';
    const jobs = result.evaluation?.jobs ?? [];
    if (jobs.length === 0)
        return '';
    return ` Jobs: ${jobs.map((j) => `${j.name} ${j.verdict} (${j.successes}/${j.runs})`).join('; ')}.`;
}
/** Marker that the analyzer's advice is already recorded (advisory mode runs it once). */
const ADVICE_MARKER = 'Analyzer recommendation:';
/** When the driver first saw the release wait on stage-release (kept in the StateBox's driver section). */
function stageReleaseWaitSince(box) {
    const since = box.driver?.['stage_release_waiting_since'];
    return typeof since === 'string' ? since : undefined;
}
function wait(ctx, task, reason) {
    const tasks = ctx.waits.get(reason) ?? [];
    tasks.push(task);
    ctx.waits.set(reason, tasks);
}
function state(ctx, task, kind, detail) {
    ctx.states.push({ task, state: kind, ...(detail ? { detail } : {}) });
}
function observed(ctx, probe, value, what) {
    if (value === undefined) {
        ctx.needs.add(probe);
        return {};
    }
    return value.ok ? { value: value.value } : { reason: _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.checkFailed(what, value.message) };
}
function promotionAccepted(ctx) {
    // A task that only starts after promotion has started: no need to ask the Release Controller again.
    const startedAfterPromotion = ['image-consistency-check', 'stage-testing'].some((t) => {
        const s = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(ctx.views.get(t));
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
        return { met: false, reason: _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.notOnReleaseController(ctx.box.release) };
    return o.value.phase === 'Accepted' ? { met: true } : { met: false, reason: _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.notPromoted(o.value.phase) };
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
    const sinceMs = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(recorded);
    const since = sinceMs !== undefined ? recorded : (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .n)(new Date(ctx.now));
    if (sinceMs === undefined && !ctx.stageReleaseWait)
        ctx.actions.push({ type: 'stage-release-wait', since });
    const waited = ctx.now - (sinceMs ?? ctx.now);
    const overdue = waited >= ctx.config.stageReleaseWarnMinutes * 60_000;
    ctx.stageReleaseWait = { since, mr, overdue };
    return { met: false, reason: overdue ? _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.stageReleaseLong(mr, waited) : _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.stageRelease(mr) };
}
/** Prerequisite tasks not done yet; waits are only worth saying for those running. */
function pendingPrerequisites(ctx, task) {
    const pending = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .prerequisites */ .a4)(task, ctx.konflux).filter((p) => !(0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .isDone */ .$L)(ctx.views.get(p)));
    const running = pending.filter((p) => (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(ctx.views.get(p)) === 'In Progress');
    return { pending, running };
}
function checkStuck(ctx, task, record) {
    const since = record.job?.triggered_at ?? record.started_at ?? undefined;
    const start = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(since);
    if (start === undefined)
        return;
    const ran = ctx.now - start;
    const expected = _tasks__WEBPACK_IMPORTED_MODULE_0__/* .TASK_INFO */ .xA[task].expectedMinutes;
    if (ran > expected * STUCK_FACTOR * 60_000) {
        const text = _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.stuck(ran, expected, record.job?.url ?? record.job?.id);
        ctx.stuck.push({ task, since: since, text });
        wait(ctx, task, text);
    }
}
function decideAsync(ctx, task, view) {
    if (view.kind === 'recorded' && view.status === 'In Progress') {
        const record = view.record;
        // Running jobs are polled even when the release is Red: their results are still recorded.
        ctx.actions.push({ type: 'poll', task });
        if (!record.job) {
            const legacy = legacyJob(record.result);
            if (legacy) {
                ctx.actions.push({
                    type: 'update',
                    task,
                    patch: { job: { id: legacy.id, ...(legacy.url ? { url: legacy.url } : {}) } },
                    why: `job ${legacy.id} of ${task} found in its log text, kept in the job field`,
                });
            }
        }
        const startedAt = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(record.started_at);
        state(ctx, task, 'running', _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.running(startedAt ? (0,_waits__WEBPACK_IMPORTED_MODULE_3__/* .minuteTime */ .oJ)(startedAt) : undefined, record.job?.url ?? record.job?.id));
        checkStuck(ctx, task, record);
        return;
    }
    // A dead run may have started the job (its claim expired unrecorded, no findJob): never start it on a guess.
    const held = (0,_statebox_unrecorded__WEBPACK_IMPORTED_MODULE_5__/* .unrecordedStart */ .G$)(ctx.box, task);
    if (held) {
        const at = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .E)(held.at);
        const reason = _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.unrecordedStart(task, ctx.box.release, held.run, at !== undefined ? (0,_waits__WEBPACK_IMPORTED_MODULE_3__/* .minuteTime */ .oJ)(at) : held.at, JOB_SYSTEM[task]);
        ctx.unrecorded.push({ task, run: held.run, at: held.at, text: reason });
        wait(ctx, task, reason);
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
                return state(ctx, task, 'waiting', c.reason);
            }
        }
    }
    ctx.actions.push({ type: 'trigger', task });
    state(ctx, task, 'ready');
}
function decideGate(ctx, task, view) {
    const status = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(view);
    if (ctx.stopped)
        return state(ctx, task, 'stopped');
    const isPromoted = task === 'analyze-promoted-build';
    if (isPromoted && status !== 'In Progress') {
        const c = promotionAccepted(ctx);
        if (!c.met) {
            if (c.reason)
                wait(ctx, task, c.reason);
            return state(ctx, task, 'waiting', c.reason);
        }
    }
    const build = isPromoted ? ctx.box.release : candidateBuild(ctx.box);
    const startIfNew = (why) => {
        if (status !== 'In Progress')
            ctx.actions.push({ type: 'update', task, patch: { status: 'In Progress', result: why }, why });
    };
    if (build === undefined) {
        const reason = _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.noCandidateBuild();
        startIfNew(`Waiting: ${reason}.`);
        wait(ctx, task, reason);
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
        return state(ctx, task, 'waiting', o.reason);
    }
    const result = o.value;
    const label = isPromoted ? `Promoted build ${build}` : `Candidate build ${build}`;
    if (result.state !== 'aggregated') {
        const reason = result.state === 'missing'
            ? _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.testFileMissing(build)
            : result.state === 'no-aggregated-field'
                ? _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.aggregationNotStarted(build)
                : _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.aggregating(build);
        startIfNew(`Waiting for the test results of ${build}.`);
        wait(ctx, task, reason);
        return state(ctx, task, 'waiting', reason);
    }
    if (result.accepted) {
        const text = `${label}: all blocking jobs passed BO3 (aggregated: true, accepted: true).${jobsLine(result)}`;
        ctx.actions.push({ type: 'update', task, patch: { status: 'Pass', result: text }, why: text });
        return state(ctx, task, 'ready', text);
    }
    const failed = `${label}: blocking jobs failed BO3 (aggregated: true, accepted: false).${jobsLine(result)}`;
    const record = view.kind === 'recorded' ? view.record : undefined;
    if (ctx.config.aiDecisions === 'auto' && ctx.options.analyzer !== false) {
        startIfNew(`${failed} Running the analyzer.`);
        ctx.actions.push({ type: 'analyze', task, build, advisory: false });
        return state(ctx, task, 'ready', `${failed} Analyzer decides.`);
    }
    // advisory mode, or no analyzer: a person decides; the analyzer's advice is recorded once.
    const hasAdvice = typeof record?.result === 'string' && record.result.includes(ADVICE_MARKER);
    const advice = hasAdvice ? /Analyzer recommendation: (ACCEPT|REJECT)/.exec(record?.result ?? '')?.[1] : undefined;
    startIfNew(failed);
    if (ctx.options.analyzer !== false && !hasAdvice)
        ctx.actions.push({ type: 'analyze', task, build, advisory: true });
    const why = ctx.options.analyzer === false ? 'no analyzer configured' : 'ai-decisions is advisory';
    const reason = _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.humanDecision(task, ctx.box.release, why, advice);
    wait(ctx, task, reason);
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
                patch: { deadline: (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .n)(new Date(deadline)) },
                why: `deadline ${(0,_waits__WEBPACK_IMPORTED_MODULE_3__/* .minuteTime */ .oJ)(deadline)} recorded (started + 2 days)`,
            });
        }
        const o = observed(ctx, 'prodMetadata', ctx.obs.prodMetadata, `the prod advisory metadata of ${ctx.box.release}`);
        if ('value' in o && o.value) {
            const text = `Prod advisory metadata of ${ctx.box.release} is accessible: advisories move QE → REL_PREP; the release has shipped.`;
            ctx.actions.push({ type: 'update', task, patch: { status: 'Pass', result: text }, why: text });
            return state(ctx, task, 'ready', text);
        }
        if ('value' in o && ctx.now >= deadline) {
            const text = `Timeout reached after 2 days: prod advisory metadata of ${ctx.box.release} still not accessible at the deadline ${(0,_waits__WEBPACK_IMPORTED_MODULE_3__/* .minuteTime */ .oJ)(deadline)}. Check the prod-release pipeline with ART, then /release:retry ${ctx.box.release} ${task}.`;
            ctx.actions.push({ type: 'update', task, patch: { status: 'Fail', result: text }, why: text });
            return state(ctx, task, 'ready', text);
        }
        if (deadline - ctx.now <= DEADLINE_WARNING_MS)
            ctx.deadlineSoon = { deadline: (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .n)(new Date(deadline)) };
        const reason = 'reason' in o && o.reason ? o.reason : _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.prodMetadata(deadline);
        wait(ctx, task, reason);
        return state(ctx, task, 'running', reason);
    }
    if (ctx.stopped)
        return state(ctx, task, 'stopped');
    if (blockedByPrerequisites(ctx, task))
        return;
    const start = advisoryStartTime(ctx.box);
    if (start === undefined) {
        wait(ctx, task, _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.noReleaseDate());
        return state(ctx, task, 'waiting', _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.noReleaseDate());
    }
    if (ctx.now < start) {
        const reason = _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.notBeforeDate(start);
        wait(ctx, task, reason);
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
        return state(ctx, task, (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(view) === 'In Progress' ? 'running' : 'stopped');
    const { pending, running } = pendingPrerequisites(ctx, task);
    if (pending.length > 0) {
        const detail = running.length > 0 ? _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.waitsFor(running) : undefined;
        if (detail)
            wait(ctx, task, detail);
        return state(ctx, task, detail ? 'waiting' : 'pending', detail);
    }
    if (task === 'take-ownership') {
        const owner = ownerOf(ctx.box, ctx.config);
        if (!owner) {
            wait(ctx, task, _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.noOwner());
            return state(ctx, task, 'waiting', _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.noOwner());
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
    const overall = (0,_overall__WEBPACK_IMPORTED_MODULE_1__/* .overallStatus */ .gX)(box);
    const base = { overall, notes: [], needs: [], signals: { stuck: [] } };
    if ((0,_overall__WEBPACK_IMPORTED_MODULE_1__/* .hasShipped */ ._x)(box)) {
        return { ...base, shipped: true, stopped: true, tasks: [], actions: [], waits: [_waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.shipped()] };
    }
    const ctx = {
        box,
        obs,
        now: now.getTime(),
        config,
        options,
        konflux: (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .isKonflux */ .uu)(box),
        stopped: overall === 'Red',
        views: (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .viewTasks */ .U)(box),
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
        const status = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(view);
        if (status === 'Pass') {
            state(ctx, task, 'done');
            continue;
        }
        if (status === 'Fail') {
            state(ctx, task, 'failed');
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
    const waits = [...ctx.waits].map(([reason, tasks]) => `${tasks.join(', ')}: ${reason}`);
    if (ctx.stopped)
        waits.unshift(_waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.stopped((0,_overall__WEBPACK_IMPORTED_MODULE_1__/* .redReasons */ .Z0)(box)));
    return {
        overall,
        shipped: false,
        stopped: ctx.stopped,
        tasks: ctx.states,
        actions: ctx.actions,
        waits,
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
    const detail = running.length > 0 ? _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.waitsFor(running) : undefined;
    if (detail)
        wait(ctx, task, detail);
    state(ctx, task, detail ? 'waiting' : 'pending', detail);
    return true;
}


/***/ }),

/***/ 3686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ redReasons),
/* harmony export */   _x: () => (/* binding */ hasShipped),
/* harmony export */   gX: () => (/* binding */ overallStatus)
/* harmony export */ });
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8881);

/** The release has shipped: change-advisory-status passed and nothing more is to be done. */
function hasShipped(box) {
    return box.tasks.some((t) => t.name === 'change-advisory-status' && t.status === 'Pass');
}
/** Why a release is Red: failed flow tasks and unresolved blocker issues (1-based issue numbers). */
function redReasons(box) {
    const reasons = [];
    for (const t of box.tasks) {
        // Task names this flow does not run (check-greenwave-cvp-tests, …) are kept but never judged.
        if ((0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isFlowTask */ .mS)(t.name) && t.status === 'Fail')
            reasons.push(`${t.name} failed`);
    }
    box.issues.forEach((issue, i) => {
        if (issue.blocker && !issue.resolved)
            reasons.push(`blocker issue #${i + 1} unresolved: ${issue.issue}`);
    });
    return reasons;
}
/**
 * Overall status, derived and never stored: Green exactly when change-advisory-status is Pass
 * (the release shipped, whatever analyze-candidate-build said); otherwise Red on any failed
 * task or unresolved blocker issue; otherwise In Progress.
 */
function overallStatus(box) {
    if (hasShipped(box))
        return 'Green';
    return redReasons(box).length > 0 ? 'Red' : 'In Progress';
}


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ WAIT),
/* harmony export */   oJ: () => (/* binding */ minuteTime),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/**
 * The words a release engineer reads in summaries, Slack and `krd drive`: what a release
 * waits on and why. Kept in one place so every surface says the same thing.
 */
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
    running: (since, job) => `in progress${since ? ` since ${since}` : ''}${job ? ` (job ${job})` : ''}`,
    stuck: (for_, expectedMinutes, job) => `looks stuck: in progress for ${duration(for_)}, usually done within ${duration(expectedMinutes * 60_000)}` +
        `${job ? `; check job ${job}` : ''}; /release:retry restarts it`,
    unrecordedStart: (task, release, run, at, where) => `waits for a person: run ${run} may have started it at ${at} and died before recording its job; ` +
        `check ${where}, then /release:record-job ${release} ${task} JOB to record the job it started, or /release:retry ${release} ${task} to start it again`,
    noReleaseDate: () => 'no release_date in the StateBox metadata',
    notBeforeDate: (trigger) => `waits until ${minuteTime(trigger)} (release date − 1 day)`,
    prodMetadata: (deadline) => `prod advisory metadata not accessible yet (ART prod-release pipeline); deadline ${minuteTime(deadline)}`,
    noRhcosAdvisory: () => 'no RHCOS advisory in the StateBox metadata',
    executorWait: (reason) => reason,
};


/***/ }),

/***/ 1346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ stateBoxFromTracking),
/* harmony export */   H7: () => (/* binding */ validateNamedRelease),
/* harmony export */   Zs: () => (/* binding */ activeReleases)
/* harmony export */ });
/* unused harmony exports trackingEntry, isPastReleaseWindow */
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_overall__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3686);
/* harmony import */ var _core_version__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
/* harmony import */ var _statebox_release_date__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7324);
/* harmony import */ var _statebox_edit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(184);
/* harmony import */ var _statebox_yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(727);






const TRACKING_RE = /^_releases\/(\d+\.\d+)\/\1\.z\.yaml$/;
const DAY_MS = 24 * 60 * 60_000;
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
/** A release stops being active one day after its release date. */
function isPastReleaseWindow(box, now) {
    const date = box.metadata.release_date ? (0,_statebox_release_date__WEBPACK_IMPORTED_MODULE_5__/* .parseReleaseDate */ .V)(box.metadata.release_date) : undefined;
    return date !== undefined && now.getTime() >= date.getTime() + DAY_MS;
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
 * The releases a run drives: the latest release of each y-stream tracking file
 * (`_releases/{y}/{y}.z.yaml`) whose StateBox exists, that has not shipped and whose
 * release date + 1 day has not passed; plus the releases named explicitly (validated, never
 * guessed). A StateBox that does not parse stays in the list: the run reports it.
 *
 * Reads: one listing, then the tracking files, then the StateBoxes of the latest releases, each
 * group in one batch when the store can (GitHub: GraphQL), else one read per file.
 */
async function activeReleases(store, now, named = [], options = {}) {
    const paths = await store.list('_releases/');
    const ys = paths.flatMap((p) => TRACKING_RE.exec(p)?.[1] ?? []).sort((a, b) => (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .compareReleases */ .c0)(`${a}.0`, `${b}.0`));
    const trackingFiles = await readAhead(store, ys.map(_core_version__WEBPACK_IMPORTED_MODULE_2__/* .trackingFilePath */ .Xx));
    const latest = [];
    for (const y of ys) {
        let tracking;
        try {
            tracking = await readTracking(store, y, trackingFiles);
        }
        catch (err) {
            options.log?.warning(`Skipping y-stream ${y}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
            continue;
        }
        const listed = Object.keys(tracking?.releases ?? {}).filter((r) => (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .isRelease */ .MU)(r) && (0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .yStream */ .uq)(r) === y);
        const release = listed.sort(_core_version__WEBPACK_IMPORTED_MODULE_2__/* .compareReleases */ .c0).pop();
        if (release && paths.includes((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)))
            latest.push(release);
    }
    const boxes = await readAhead(store, latest.map(_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S));
    const found = [];
    for (const release of latest) {
        try {
            const file = boxes.get((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)) ?? (await store.read((0,_core_version__WEBPACK_IMPORTED_MODULE_2__/* .stateBoxPath */ ._S)(release)));
            const box = file ? (0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseStateBoxText */ .DN)(file.content, file.path) : undefined;
            if (!box || (0,_core_overall__WEBPACK_IMPORTED_MODULE_1__/* .hasShipped */ ._x)(box) || isPastReleaseWindow(box, now))
                continue;
        }
        catch (err) {
            options.log?.warning(`${release}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
        }
        found.push(release);
    }
    for (const name of named) {
        const release = await validateNamedRelease(store, name);
        if (!found.includes(release))
            found.push(release);
    }
    return found;
}


/***/ }),

/***/ 7439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ DEFAULT_DRIVER_CONFIG)
/* harmony export */ });
const DEFAULT_DRIVER_CONFIG = {
    aiDecisions: 'auto',
    retryBackoffMs: [60_000, 120_000, 240_000],
    stageReleaseWarnMinutes: 12 * 60,
    dryRun: false,
};


/***/ }),

/***/ 1079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ unrecordedStart),
/* harmony export */   oS: () => (/* binding */ withUnrecordedStart),
/* harmony export */   oU: () => (/* binding */ withoutSettledUnrecordedStarts),
/* harmony export */   x0: () => (/* binding */ withoutUnrecordedStarts)
/* harmony export */ });
/* unused harmony export unrecordedStartsOf */
/* harmony import */ var _claims__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9397);
/**
 * Async tasks a dead run may have started without recording the job
 * (`driver.unrecorded_starts.{task}`: the run and time of its claim). A run claims a task before
 * starting it (src/statebox/claims.ts); when its claim expires unrecorded, the engine asks the
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


/***/ })

};
