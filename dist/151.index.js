export const id = 151;
export const ids = [151];
export const modules = {

/***/ 3925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tE: () => (/* binding */ exportClaim),
  GX: () => (/* binding */ heldClaim),
  qj: () => (/* binding */ releaseClaim),
  Nq: () => (/* binding */ saveClaimForPost)
});

// UNUSED EXPORTS: isReleased, savedClaim

// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(1721);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
;// CONCATENATED MODULE: ./build/action/claim-state.js
/**
 * Where a claim is kept between the steps of a job, in names only: this module imports nothing,
 * so the post step can tell that it has nothing to clean up before loading anything else.
 */
const claim_state_RELEASED = 'released';
const claim_state_CLAIM_STATE_KEY = 'claim';
function claim_state_claimVariable(tasklistId, taskId) {
    return `TASKLIST_CLAIM_${tasklistId}_${taskId.toUpperCase()}`;
}
/**
 * False when the post step certainly has nothing to do: this step saved no claim, or a later
 * step released it. A saved value that does not parse is left to the full check to report.
 */
function mayHoldClaim(env) {
    // The runner hands a step's saved state to its post step as STATE_<key>.
    const raw = env[`STATE_${claim_state_CLAIM_STATE_KEY}`] ?? '';
    if (raw === '')
        return false;
    try {
        const saved = JSON.parse(raw);
        if (typeof saved !== 'object' || saved === null)
            return true;
        const { tasklistId, taskId } = saved;
        if (typeof tasklistId !== 'number' || typeof taskId !== 'string')
            return true;
        return env[claim_state_claimVariable(tasklistId, taskId)] !== claim_state_RELEASED;
    }
    catch {
        return true;
    }
}

;// CONCATENATED MODULE: ./build/action/claim-handoff.js



/**
 * How steps of one job hand a claim to each other: `start` exports the claim
 * id for a later `complete` or `fail`, and saves it for its own post step,
 * which fails the task as interrupted if the job ends while it is still held.
 */
function heldClaim(tasklistId, taskId) {
    const value = process.env[claim_state_claimVariable(tasklistId, taskId)];
    return value === undefined || value === '' || value === claim_state_RELEASED ? undefined : value;
}
function isReleased(tasklistId, taskId) {
    return process.env[claimVariable(tasklistId, taskId)] === RELEASED;
}
function exportClaim(tasklistId, taskId, claimId) {
    workflow_commands/* exportVariable */.dN(claim_state_claimVariable(tasklistId, taskId), claimId);
}
function releaseClaim(tasklistId, taskId) {
    workflow_commands/* exportVariable */.dN(claim_state_claimVariable(tasklistId, taskId), claim_state_RELEASED);
}
const PendingSchema = schemas/* object */.Ikc({
    op: schemas/* enum */.k5n(['complete', 'fail']),
    exitCode: schemas/* number */.aig().int(),
    message: schemas/* string */.YjP().optional(),
});
const SavedClaimSchema = schemas/* object */.Ikc({
    tasklistId: schemas/* number */.aig().int().positive(),
    task: schemas/* string */.YjP(),
    taskId: schemas/* string */.YjP(),
    claimId: schemas/* string */.YjP(),
    /** What `run` learned but may not have managed to record. */
    pending: PendingSchema.optional(),
});
function saveClaimForPost(claim) {
    workflow_commands/* saveState */.LZ(claim_state_CLAIM_STATE_KEY, claim === undefined ? '' : JSON.stringify(claim));
}
function savedClaim() {
    const raw = core.getState(CLAIM_STATE_KEY);
    if (raw === '')
        return undefined;
    try {
        const parsed = SavedClaimSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  claimForJob: () => (/* binding */ claimForJob),
  startCommand: () => (/* binding */ startCommand)
});

// EXTERNAL MODULE: ./build/app/report.js
var report = __webpack_require__(4404);
// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(9746);
// EXTERNAL MODULE: ./build/app/claim.js
var claim = __webpack_require__(480);
;// CONCATENATED MODULE: ./build/app/start-task.js


/**
 * Starting a task: read the snapshot, claim the task (app/claim), and redraw
 * the body when the claim is not shown there yet. The record already holds
 * the claim; the body only shows it to people.
 */
async function startTask(store, log, request) {
    const { tasklist, check, knownClaimOf, publish, onOutcome, ...claimRequest } = request;
    const snapshot = await store.readSnapshot(tasklist);
    await check?.(snapshot);
    const index = snapshot.state.tasks.findIndex((t) => t.definition.name === request.task);
    const known = index === -1 ? undefined : knownClaimOf?.((0,task_spec/* taskId */.BS)(index));
    const outcome = await (0,claim/* claim */.B)(store, log, snapshot, {
        ...claimRequest,
        ...(known === undefined ? {} : { knownClaim: known }),
    });
    onOutcome?.(outcome);
    if (outcome.kind === 'claimed' && publish && outcome.view.bodyBehind)
        return { ...outcome, view: await store.publish(outcome.view) };
    return outcome;
}

// EXTERNAL MODULE: ./build/domain/duration.js
var duration = __webpack_require__(4953);
// EXTERNAL MODULE: ./build/action/claim-handoff.js + 1 modules
var claim_handoff = __webpack_require__(3925);
// EXTERNAL MODULE: ./build/action/outputs.js
var outputs = __webpack_require__(2309);
// EXTERNAL MODULE: ./build/action/runner-context.js
var runner_context = __webpack_require__(1755);
;// CONCATENATED MODULE: ./build/action/commands/start.js







function startRequest(log, inputs, runner) {
    const { tasklistId: id, task: name } = inputs;
    return {
        tasklist: id,
        task: name,
        holder: (0,runner_context/* workflowHolder */.U)(runner),
        authority: 'workflow',
        leaseSec: inputs.leaseSec,
        onBusy: inputs.onBusy,
        waitTimeoutSec: inputs.waitTimeoutSec,
        ...(inputs.message === undefined ? {} : { message: inputs.message }),
        knownClaimOf: (taskId) => (0,claim_handoff/* heldClaim */.GX)(id, taskId),
        // Saved before the claim is written: if this step dies not knowing whether it landed, the post step settles it.
        onAttempt: (claimId, taskId) => (0,claim_handoff/* saveClaimForPost */.Nq)({ tasklistId: id, task: name, taskId, claimId }),
        onWaiting: (held, timeoutSec) => log.info(`${held.task}: IN_PROGRESS, held by ${held.holder}; waiting up to ${(0,duration/* formatDuration */.a)(timeoutSec)} (on-busy: wait)`),
    };
}
/** Logs what the claim found, in the words workflow logs are grepped for. */
function reportOutcome(log, id, outcome) {
    if (outcome.kind === 'busy')
        log.info(`${outcome.task.definition.name}: IN_PROGRESS, held by ${outcome.held.holder}; not running it here (on-busy: skip)`);
    if (outcome.kind !== 'claimed')
        (0,claim_handoff/* saveClaimForPost */.Nq)(undefined);
    const index = (0,task_spec/* taskIndex */.oN)(outcome.id);
    if (outcome.kind === 'claimed' && outcome.fresh) {
        (0,report/* reportLoaded */.Yk)(log, id, outcome.view.state, { index, task: outcome.before });
        log.info((0,report/* transitionLine */.o7)(outcome.id, outcome.before.definition.name, outcome.before.state.status, 'IN_PROGRESS'));
    }
    else {
        (0,report/* reportLoaded */.Yk)(log, id, outcome.view.state);
    }
    if (outcome.kind === 'finished')
        log.info(`${outcome.task.definition.name}: ${outcome.task.state.status} (status preserved)`);
}
/** Claims the task for this job, shared by `start` and `run`. Logs the loaded state. */
async function claimForJob(store, log, inputs, runner) {
    const id = inputs.tasklistId;
    return startTask(store, log, {
        ...startRequest(log, inputs, runner),
        publish: false,
        onOutcome: (outcome) => reportOutcome(log, id, outcome),
    });
}
async function startCommand({ inputs, runner, store, log }) {
    const id = inputs.tasklistId;
    const outcome = await startTask(store, log, {
        ...startRequest(log, inputs, runner),
        publish: true,
        onOutcome: (found) => {
            reportOutcome(log, id, found);
            if (found.kind !== 'claimed')
                return;
            (0,claim_handoff/* exportClaim */.tE)(id, found.id, found.claimId);
            (0,claim_handoff/* saveClaimForPost */.Nq)({ tasklistId: id, task: found.before.definition.name, taskId: found.id, claimId: found.claimId });
        },
    });
    await (0,outputs/* publishOutputs */.e)(outcome.view, { task: inputs.task, shouldRun: outcome.kind === 'claimed' }, store.now());
}


/***/ }),

/***/ 2309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ publishOutputs)
/* harmony export */ });
/* unused harmony export OUTPUT_NAMES */
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1721);
/* harmony import */ var _app_plan_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2901);
/* harmony import */ var _app_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4404);
/* harmony import */ var _domain_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4721);




/** Every output action.yml declares; the README table and a test keep these in step. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'tasklist-id',
    'tasklist-url',
    'task-status',
    'should-run',
    'tasks',
    'next-task',
    'runnable',
    'outputs',
    'task-outputs',
    'complete',
    'bot-command',
    'dispatched',
]));
/** `now` is GitHub's time, up to which the summary's timeline draws running tasks. */
async function publishOutputs(view, outcome, now) {
    const state = view.state;
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tasklist-id', String(view.issue.number));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tasklist-url', view.issue.htmlUrl);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tasks', JSON.stringify((0,_app_report_js__WEBPACK_IMPORTED_MODULE_2__/* .statusMap */ .bc)(state)));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('next-task', (0,_app_report_js__WEBPACK_IMPORTED_MODULE_2__/* .nextTask */ .J2)(state, now));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('runnable', JSON.stringify((0,_app_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .runnableNames */ .uu)(state, now)));
    const outputs = (0,_app_plan_state_js__WEBPACK_IMPORTED_MODULE_1__/* .outputsOf */ .Yz)(state);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('outputs', JSON.stringify(outputs));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('complete', String((0,_app_report_js__WEBPACK_IMPORTED_MODULE_2__/* .isComplete */ .As)(state)));
    if (outcome.task !== undefined) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('task-status', state.tasks.find((t) => t.definition.name === outcome.task)?.state.status ?? '');
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('task-outputs', JSON.stringify(outputs[outcome.task] ?? {}));
    }
    if (outcome.shouldRun !== undefined)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('should-run', String(outcome.shouldRun));
    await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe((0,_domain_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummary */ .B)(state, view.issue.number, view.issue.htmlUrl, now));
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ claim)
/* harmony export */ });
/* harmony import */ var _domain_fold_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7954);
/* harmony import */ var _domain_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4612);
/* harmony import */ var _domain_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7299);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3703);
/* harmony import */ var _find_task_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7399);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2901);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4404);







const MAX_LOST_RACES = 8;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function holderText(task) {
    const claim = task.state.claim;
    if (claim === undefined)
        return 'another job';
    return claim.holder.url === undefined ? claim.holder.label : `${claim.holder.label} (${claim.holder.url})`;
}
function heldTask(tasklist, task, claim) {
    return {
        tasklist,
        task: task.definition.name,
        holder: holderText(task),
        since: claim.at,
        leaseEnd: new Date((0,_domain_fold_js__WEBPACK_IMPORTED_MODULE_0__/* .leaseExpiry */ .Me)(claim)).toISOString(),
    };
}
/**
 * Makes this job the one runner of a task. The claim is a record like any
 * other, so when several jobs claim at once the fold picks the earliest and
 * every job learns the same answer from reading the record back.
 *
 * When the snapshot alone shows the task as claimable, the claim is written
 * before the tail is read (one round trip fewer); if the snapshot was stale
 * the record simply loses, and the loop decides again on the fresh state.
 */
async function claim(store, log, start, request) {
    let view = start;
    const number = view.issue.number;
    const deadline = Date.now() + request.waitTimeoutSec * 1000;
    let lostRaces = 0;
    let announcedWait = false;
    let pollMs = request.pollMs ?? 2000;
    for (;;) {
        const { id, task } = (0,_find_task_js__WEBPACK_IMPORTED_MODULE_4__/* .findTask */ .VX)(view.state, request.task, number);
        const claimNow = task.state.claim;
        if ((0,_domain_status_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(task.state.status) || task.state.status === 'IN_PROGRESS') {
            if (!view.tailRead) {
                view = await store.refresh(view);
                continue;
            }
        }
        if ((0,_domain_status_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(task.state.status))
            return { kind: 'finished', view, id, task };
        // A need may have finished since the snapshot: read the tail before refusing.
        const unmet = (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_5__/* .unmetNeedsOf */ .kF)(view.state, task.definition.name);
        if (unmet.length > 0) {
            if (!view.tailRead) {
                view = await store.refresh(view);
                continue;
            }
            throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UnmetNeedsError */ .Ll(number, task.definition.name, unmet);
        }
        let op = 'start';
        if (task.state.status === 'IN_PROGRESS' && claimNow !== undefined) {
            if (request.knownClaim !== undefined && claimNow.id === request.knownClaim) {
                return { kind: 'claimed', view, id, claimId: claimNow.id, fresh: false, before: task };
            }
            const expired = store.now() > (0,_domain_fold_js__WEBPACK_IMPORTED_MODULE_0__/* .leaseExpiry */ .Me)(claimNow);
            if (expired || (0,_domain_fold_js__WEBPACK_IMPORTED_MODULE_0__/* .isLaterAttempt */ ._B)(claimNow, request.holder)) {
                op = 'takeover';
            }
            else if (request.onBusy === 'fail') {
                throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TaskHeldError */ .Vt(heldTask(number, task, claimNow));
            }
            else if (request.onBusy === 'skip') {
                return { kind: 'busy', view, id, task, held: heldTask(number, task, claimNow) };
            }
            else {
                if (Date.now() >= deadline)
                    throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TaskHeldError */ .Vt(heldTask(number, task, claimNow), request.waitTimeoutSec);
                if (!announcedWait) {
                    request.onWaiting?.(heldTask(number, task, claimNow), request.waitTimeoutSec);
                    announcedWait = true;
                }
                await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
                pollMs = Math.min(pollMs * 2, 15_000);
                view = await store.refresh(view);
                continue;
            }
        }
        const claimId = (0,_domain_record_js__WEBPACK_IMPORTED_MODULE_1__/* .newRecordId */ .Ld)();
        request.onAttempt?.(claimId, id);
        const submission = await store.submit(view, {
            rec: claimId,
            op,
            task: id,
            name: task.definition.name,
            ver: task.state.version,
            from: task.state.status,
            to: 'IN_PROGRESS',
            authority: request.authority,
            ...(op === 'takeover' && claimNow !== undefined ? { claim: claimNow.id } : {}),
            lease: request.leaseSec,
            holder: request.holder,
            at: new Date(store.now()).toISOString(),
            ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
        }, op === 'takeover' && claimNow !== undefined
            ? { message: `The lease of ${claimNow.holder.label} expired; taking the task over.` }
            : {});
        // Applied is not enough: by the time the record was read back, the claim may
        // already have expired and been taken over. Only a claim still held counts.
        const now = (0,_find_task_js__WEBPACK_IMPORTED_MODULE_4__/* .findTask */ .VX)(submission.view.state, request.task, number).task;
        if (submission.kind === 'applied' && now.state.status === 'IN_PROGRESS' && now.state.claim?.id === claimId) {
            if (op === 'takeover')
                log.warning(`${task.definition.name}: took over from ${holderText(task)}, whose lease had expired or whose run attempt has ended`);
            return { kind: 'claimed', view: submission.view, id, claimId, fresh: true, before: task };
        }
        if (submission.kind === 'applied') {
            log.info((0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .transitionLine */ .o7)(id, task.definition.name, task.state.status, 'IN_PROGRESS'));
            log.warning(`${task.definition.name}: this job's claim was overtaken before it could start (${now.state.status}, ${now.state.claim === undefined ? 'by another job' : `held by ${holderText(now)}`}); deciding again`);
            view = submission.view;
            continue;
        }
        await store.markNotApplied(submission);
        view = submission.view;
        lostRaces += 1;
        if (lostRaces >= MAX_LOST_RACES) {
            throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TaskBusyError */ .rz(`${task.definition.name} in TaskList #${number} kept changing while this job tried to claim it; re-run the step`);
        }
    }
}


/***/ }),

/***/ 7399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ unknownTask),
/* harmony export */   VX: () => (/* binding */ findTask),
/* harmony export */   _V: () => (/* binding */ lookupTask)
/* harmony export */ });
/* harmony import */ var _domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9746);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3703);


/** The task by name or ID (t1, t2, ...), or undefined when the state has none such. */
function lookupTask(state, name) {
    let index = state.tasks.findIndex((t) => t.definition.name === name);
    if (index === -1)
        index = (0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .taskIndex */ .oN)(name);
    const task = state.tasks[index];
    return task === undefined ? undefined : { index, id: (0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .taskId */ .BS)(index), task };
}
/** The error for a task the state does not have, listing the ones it has. */
function unknownTask(state, name, issueNumber) {
    const names = state.tasks.map((t) => t.definition.name);
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
    return new _storage_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnknownTaskError */ .QG(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`);
}
function findTask(state, name, issueNumber) {
    const found = lookupTask(state, name);
    if (found === undefined)
        throw unknownTask(state, name, issueNumber);
    return found;
}


/***/ }),

/***/ 2901:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ outputsOf),
  qB: () => (/* binding */ progress),
  uu: () => (/* binding */ runnableNames),
  kF: () => (/* binding */ unmetNeedsOf)
});

// UNUSED EXPORTS: graphOf

// EXTERNAL MODULE: ./build/domain/fold.js
var fold = __webpack_require__(7954);
// EXTERNAL MODULE: ./build/domain/plan-fields.js
var plan_fields = __webpack_require__(8266);
// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(7299);
;// CONCATENATED MODULE: ./build/domain/runnable.js

/** The needs of a task that are not COMPLETE or SKIPPED, in the order the task lists them. */
function unmetNeeds(tasks, name) {
    const byName = new Map(tasks.map((task) => [task.name, task]));
    const task = byName.get(name);
    if (task === undefined)
        return [];
    return task.needs
        .map((need) => ({ need, status: byName.get(need)?.status }))
        .filter((unmet) => unmet.status === undefined || !(0,domain_status/* isSettled */.Is)(unmet.status));
}
/**
 * Could start now: PENDING or FAILED (or IN_PROGRESS under a claim whose lease
 * ran out, which a start takes over), with every need COMPLETE or SKIPPED.
 */
function isRunnable(tasks, task) {
    const open = task.status === 'PENDING' || task.status === 'FAILED' || (task.status === 'IN_PROGRESS' && !task.liveClaim);
    return open && unmetNeeds(tasks, task.name).length === 0;
}
/** The tasks that could start now, in plan order. */
function runnableTasks(tasks) {
    return tasks.filter((task) => isRunnable(tasks, task)).map((task) => task.name);
}
function progressOf(tasks, exclude = new Set()) {
    const next = runnableTasks(tasks).find((name) => !exclude.has(name));
    if (next !== undefined)
        return { kind: 'runnable', next };
    if (tasks.every((task) => (0,domain_status/* isSettled */.Is)(task.status)))
        return { kind: 'done' };
    const held = tasks.filter((task) => task.status === 'IN_PROGRESS' && task.liveClaim).map((task) => task.name);
    if (held.length > 0)
        return { kind: 'waiting', held };
    return { kind: 'stuck', blocked: tasks.filter((task) => !(0,domain_status/* isSettled */.Is)(task.status)).map((task) => task.name) };
}

;// CONCATENATED MODULE: ./build/app/plan-state.js



/** The TaskList as the dependency rules see it, with claims judged live at `now` (GitHub's clock when known). */
function graphOf(state, now) {
    return state.tasks.map((task) => ({
        name: task.definition.name,
        status: task.state.status,
        needs: (0,plan_fields/* runFieldsOf */.Oz)(task.definition).needs,
        // IN_PROGRESS without a claim cannot be taken over, so it counts as held.
        liveClaim: task.state.claim === undefined ? task.state.status === 'IN_PROGRESS' : (0,fold/* leaseExpiry */.Me)(task.state.claim) >= now,
    }));
}
function runnableNames(state, now) {
    return runnableTasks(graphOf(state, now));
}
function unmetNeedsOf(state, name) {
    return unmetNeeds(graphOf(state, 0), name);
}
function progress(state, now, exclude = new Set()) {
    return progressOf(graphOf(state, now), exclude);
}
/** Every finished task's recorded outputs, `{task: {key: value}}`, as commands get them in TASKLIST_OUTPUTS. */
function outputsOf(state) {
    return Object.fromEntries(state.tasks
        .filter((task) => task.state.outputs !== undefined)
        .map((task) => [task.definition.name, { ...task.state.outputs }]));
}


/***/ }),

/***/ 4404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ isComplete),
/* harmony export */   J2: () => (/* binding */ nextTask),
/* harmony export */   Yk: () => (/* binding */ reportLoaded),
/* harmony export */   bc: () => (/* binding */ statusMap),
/* harmony export */   fd: () => (/* binding */ reportCreated),
/* harmony export */   o7: () => (/* binding */ transitionLine)
/* harmony export */ });
/* unused harmony export taskLine */
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2901);
/* harmony import */ var _domain_task_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9746);
/* harmony import */ var _domain_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7299);



/** The log lines users and tests grep; their words are part of the contract. */
function taskLine(id, task) {
    return `[${id}] ${task.definition.name}: ${task.state.status}${task.state.status === 'COMPLETE' ? ' (status preserved)' : ''}`;
}
function transitionLine(id, name, from, to) {
    return `[${id}] ${name}: ${from} -> ${to}`;
}
/** `asBefore` shows one task as it was before this process changed it. */
function reportLoaded(log, issueNumber, state, asBefore) {
    log.info(`TaskList Loaded: ${issueNumber}`);
    log.info('Task State Persistence: VERIFIED');
    state.tasks.forEach((task, index) => log.info(taskLine((0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .taskId */ .BS)(index), index === asBefore?.index ? asBefore.task : task)));
}
function reportCreated(log, issueNumber, state) {
    log.info(`TaskList Created: ${issueNumber}`);
    log.info(`TaskList ID: ${issueNumber}`);
    state.tasks.forEach((task, index) => log.info(taskLine((0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .taskId */ .BS)(index), task)));
}
/** The first task that could start now: open, every need COMPLETE or SKIPPED, not held by a live claim. */
function nextTask(state, now = Date.now()) {
    return (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_0__/* .runnableNames */ .uu)(state, now)[0] ?? '';
}
function isComplete(state) {
    return state.tasks.every((t) => (0,_domain_status_js__WEBPACK_IMPORTED_MODULE_1__/* .isSettled */ .Is)(t.state.status));
}
function statusMap(state) {
    return Object.fromEntries(state.tasks.map((t) => [t.definition.name, t.state.status]));
}


/***/ }),

/***/ 4721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);
/* harmony import */ var _gantt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5131);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3812);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9746);




/** The job summary: the TaskList as a table, with a link to its issue, and with `now` its timeline. */
function renderSummary(snapshot, issueNumber, issueUrl, now) {
    const rows = snapshot.tasks.map((task, index) => {
        const { durationSec, runUrl, message, status } = task.state;
        const duration = durationSec === undefined ? '' : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(durationSec);
        const run = runUrl === undefined ? '' : `[run](${runUrl})`;
        const note = message === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(message);
        return `| ${(0,_task_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .taskId */ .BS)(index)} | ${task.definition.name} | ${status} | ${duration} | ${run} | ${note} |`;
    });
    const chart = now === undefined ? undefined : (0,_gantt_js__WEBPACK_IMPORTED_MODULE_1__/* .renderGantt */ .ZK)(snapshot, now);
    return [
        `### TaskList [#${issueNumber}](${issueUrl}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(snapshot.title)}`,
        '',
        '| ID | Task | Status | Duration | Run | Note |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
        ...(chart === undefined ? [] : [(0,_gantt_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidBlock */ .tW)(chart), '']),
    ].join('\n');
}


/***/ })

};
