export const id = 19;
export const ids = [19];
export const modules = {

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
/* harmony export */   hI: () => (/* binding */ legacyJob),
/* harmony export */   sM: () => (/* binding */ candidateBuild)
/* harmony export */ });
/* unused harmony exports STUCK_FACTOR, DEADLINE_WARNING_MS, advisoryStartTime, advisoryDeadline, stageReleaseWaitSince */
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58881);
/* harmony import */ var _build_data__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31128);
/* harmony import */ var _overall__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53686);
/* harmony import */ var _decide_graph__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93326);
/* harmony import */ var _waits__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65297);
/* harmony import */ var _time__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22334);
/* harmony import */ var _statebox_release_date__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97324);
/* harmony import */ var _statebox_unrecorded__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71079);








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
    const recorded = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(task?.deadline);
    if (recorded !== undefined)
        return recorded;
    const started = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(task?.started_at);
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
/** Leads the analyzer's reasoning in a gate's result text. */
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
    const startedAfterPromotion = (0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksWaitingOn */ .Dv)('promotion').filter(_tasks__WEBPACK_IMPORTED_MODULE_0__/* .isAsyncTask */ .QS).some((t) => {
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
    const sinceMs = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(recorded);
    const since = sinceMs !== undefined ? recorded : (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date(ctx.now));
    if (sinceMs === undefined && !ctx.stageReleaseWait)
        ctx.actions.push({ type: 'stage-release-wait', since });
    const waited = ctx.now - (sinceMs ?? ctx.now);
    const overdue = waited >= ctx.config.stageReleaseWarnMinutes * 60_000;
    ctx.stageReleaseWait = { since, mr, overdue };
    return { met: false, reason: overdue ? _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.stageReleaseLong(mr, waited) : _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.stageRelease(mr) };
}
/** Prerequisite tasks not done yet; waits are only worth saying for those running. */
function pendingPrerequisites(ctx, task) {
    const pending = (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .prerequisites */ .a4)(task).filter((p) => !(0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .isDone */ .$L)(ctx.views.get(p)));
    const running = pending.filter((p) => (0,_decide_graph__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(ctx.views.get(p)) === 'In Progress');
    return { pending, running };
}
function checkStuck(ctx, task, record) {
    const since = record.job?.triggered_at ?? record.started_at ?? undefined;
    const start = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(since);
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
        const startedAt = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(record.started_at);
        state(ctx, task, 'running', _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.running(startedAt ? (0,_waits__WEBPACK_IMPORTED_MODULE_3__/* .minuteTime */ .oJ)(startedAt) : undefined, record.job?.url ?? record.job?.id));
        checkStuck(ctx, task, record);
        return;
    }
    // A dead run may have started the job (its claim expired unrecorded, no findJob): never start it on a guess.
    const held = (0,_statebox_unrecorded__WEBPACK_IMPORTED_MODULE_5__/* .unrecordedStart */ .G$)(ctx.box, task);
    if (held) {
        const at = (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(held.at);
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
                patch: { deadline: (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date(deadline)) },
                why: `deadline ${(0,_waits__WEBPACK_IMPORTED_MODULE_3__/* .minuteTime */ .oJ)(deadline)} recorded (started + 2 days)`,
            });
        }
        const o = observed(ctx, 'prodMetadata', ctx.obs.prodMetadata, `the prod advisory metadata of ${ctx.box.release}`);
        if ('value' in o && o.value) {
            // Only oar moves the advisories (QE → REL_PREP) and says so: run it again, never write Pass on our own probe.
            if (ctx.stopped)
                return state(ctx, task, 'stopped', _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.prodMetadataReady());
            wait(ctx, task, _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.prodMetadataReady());
            return offerRun(ctx, task);
        }
        if ('value' in o && ctx.now >= deadline) {
            const text = `Timeout reached after 2 days: prod advisory metadata of ${ctx.box.release} still not accessible at the deadline ${(0,_waits__WEBPACK_IMPORTED_MODULE_3__/* .minuteTime */ .oJ)(deadline)}. Check the prod-release pipeline with ART, then /release:retry ${ctx.box.release} ${task}.`;
            ctx.actions.push({ type: 'update', task, patch: { status: 'Fail', result: text }, why: text });
            return state(ctx, task, 'ready', text);
        }
        if (deadline - ctx.now <= DEADLINE_WARNING_MS)
            ctx.deadlineSoon = { deadline: (0,_time__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date(deadline)) };
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
        holds: (0,_overall__WEBPACK_IMPORTED_MODULE_1__/* .blockerHolds */ .jx)(box),
        missing: (0,_build_data__WEBPACK_IMPORTED_MODULE_7__/* .missingBuildData */ .D)(box),
        missingHolds: new Set(['check-rhcos-security-alerts', ...(0,_tasks__WEBPACK_IMPORTED_MODULE_0__/* .tasksAfter */ .Zy)('check-rhcos-security-alerts')]),
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
        if (ctx.missing.length > 0 && ctx.missingHolds.has(task) && status !== 'In Progress') {
            const reason = _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.missingBuildData(ctx.missing);
            wait(ctx, task, reason);
            state(ctx, task, 'waiting', reason);
            continue;
        }
        const hold = ctx.holds.get(task);
        if (hold && status !== 'In Progress' && !ctx.stopped) {
            const reason = _waits__WEBPACK_IMPORTED_MODULE_3__/* .WAIT */ .C_.heldByIssue(hold.issue, hold.text, box.release);
            wait(ctx, task, reason);
            state(ctx, task, 'waiting', reason);
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

/***/ 65297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ WAIT),
/* harmony export */   oJ: () => (/* binding */ minuteTime),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony export firstLine */
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
    missingBuildData: (fields) => `the StateBox lacks ${fields.join(', ')}: oar create-test-report fills them from ART's build data when it creates the StateBox; add them to its metadata (shipment_mr: '' for a release without a shipment MR)`,
    heldByIssue: (issue, text, release) => `held by blocker issue #${issue} (${firstLine(text)}): /release:resolve ${release} ${issue} <text> once it is fixed`,
    prodMetadataReady: () => 'prod advisory metadata accessible: change-advisory-status runs again to move the advisories',
};


/***/ }),

/***/ 71079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G$: () => (/* binding */ unrecordedStart),
/* harmony export */   oS: () => (/* binding */ withUnrecordedStart),
/* harmony export */   oU: () => (/* binding */ withoutSettledUnrecordedStarts),
/* harmony export */   q9: () => (/* binding */ unrecordedStartsOf),
/* harmony export */   x0: () => (/* binding */ withoutUnrecordedStarts)
/* harmony export */ });
/* harmony import */ var _claims__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79397);
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
