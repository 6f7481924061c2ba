export const id = 427;
export const ids = [427];
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

/***/ 8427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   transitionCommand: () => (/* binding */ transitionCommand)
/* harmony export */ });
/* harmony import */ var _app_record_transition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2711);
/* harmony import */ var _app_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4404);
/* harmony import */ var _claim_handoff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3925);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2309);
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1755);





/** complete, fail and skip: one recorded transition of a task. */
async function transitionCommand({ inputs, runner, store, log, }) {
    const { tasklistId: id, command: op } = inputs;
    const result = await (0,_app_record_transition_js__WEBPACK_IMPORTED_MODULE_0__/* .recordTransition */ .H)(store, log, {
        tasklist: id,
        task: inputs.task,
        op,
        authority: 'workflow',
        holder: (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_4__/* .workflowHolder */ .U)(runner),
        ...(inputs.message === undefined ? {} : { message: inputs.message }),
        ...(inputs.command === 'complete' && inputs.outputs !== undefined ? { outputs: inputs.outputs } : {}),
        onLoaded: (loaded) => (0,_app_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportLoaded */ .Yk)(log, id, loaded.state),
        ownClaimOf: (taskId) => (0,_claim_handoff_js__WEBPACK_IMPORTED_MODULE_2__/* .heldClaim */ .GX)(id, taskId),
    });
    if (op !== 'skip')
        (0,_claim_handoff_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseClaim */ .qj)(id, result.id);
    await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .publishOutputs */ .e)(result.view, { task: result.name, shouldRun: false }, store.now());
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

/***/ 2711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ recordTransition)
/* harmony export */ });
/* harmony import */ var _domain_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7299);
/* harmony import */ var _find_task_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7399);
/* harmony import */ var _transition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3001);



/** Recording one transition: read the snapshot, find the task, record it (app/transition reads the tail when it must). */
async function recordTransition(store, log, request) {
    const { tasklist, onLoaded, check, ownClaimOf, ...transitionRequest } = request;
    let loaded = await store.readSnapshot(tasklist);
    // A task the snapshot does not know may have been added by a plan change in the tail.
    if ((0,_find_task_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupTask */ ._V)(loaded.state, request.task) === undefined)
        loaded = await store.refresh(loaded);
    onLoaded?.(loaded);
    const found = (0,_find_task_js__WEBPACK_IMPORTED_MODULE_1__/* .findTask */ .VX)(loaded.state, request.task, tasklist);
    await check?.(loaded, found);
    const ownClaim = ownClaimOf?.(found.id);
    const view = await (0,_transition_js__WEBPACK_IMPORTED_MODULE_2__/* .transition */ .k)(store, log, loaded, {
        ...transitionRequest,
        task: found.task.definition.name,
        ...(ownClaim === undefined ? {} : { ownClaim }),
    });
    return {
        kind: 'recorded',
        view,
        id: found.id,
        index: found.index,
        name: found.task.definition.name,
        from: found.task.state.status,
        to: (0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(request.op),
    };
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

/***/ 3001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ transition)
/* harmony export */ });
/* harmony import */ var _domain_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7299);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3703);
/* harmony import */ var _find_task_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7399);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4404);




/** complete and fail end the claim they act under. */
const actsOnClaim = (op) => op === 'complete' || op === 'fail';
/**
 * A record written on the snapshot alone loses when the body lagged; it is decided again on the record
 * read back, which is whole, so one more round settles it. The bound only keeps a loop impossible.
 */
const MAX_STALE_ROUNDS = 3;
/**
 * Changes one task's status. When the snapshot alone shows the request as
 * legal, the record is written before the tail is read (one round trip fewer,
 * as a claim is): the body is current unless a writer stopped between its
 * record and its redraw, and then the record simply loses and the request is
 * decided again on the whole record. A request the snapshot refuses is decided
 * on the whole record before anything is written, so a refusal writes nothing.
 */
async function transition(store, log, view, request) {
    let loaded = view;
    for (let round = 0;; round++) {
        const decided = decide(loaded, request);
        if (decided.kind === 'refused') {
            if (!loaded.tailRead) {
                loaded = await store.refresh(loaded);
                continue;
            }
            throw decided.error;
        }
        const { id, task } = decided;
        const number = loaded.issue.number;
        const onClaim = actsOnClaim(request.op);
        if (onClaim &&
            request.ownClaim === undefined &&
            task.state.claim !== undefined &&
            task.state.claim.holder.label !== request.holder.label) {
            log.info(`${task.definition.name} was started by ${task.state.claim.holder.label}; recording ${request.op} on its behalf`);
        }
        const submission = await store.submit(loaded, {
            op: request.op,
            task: id,
            name: task.definition.name,
            ver: task.state.version,
            from: task.state.status,
            to: (0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(request.op),
            authority: request.authority,
            ...(onClaim && task.state.claim !== undefined ? { claim: task.state.claim.id } : {}),
            holder: request.holder,
            ...(request.requestedBy === undefined ? {} : { requestedBy: request.requestedBy }),
            ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
            ...(request.exitCode === undefined ? {} : { x: request.exitCode }),
            ...(request.op === 'complete' && request.outputs !== undefined && Object.keys(request.outputs).length > 0
                ? { out: { ...request.outputs } }
                : {}),
        }, {
            ...request.extras,
            ...(request.message === undefined ? {} : { message: request.message }),
            ...(onClaim && task.state.claim !== undefined
                ? { durationSec: (store.now() - Date.parse(task.state.claim.at)) / 1000 }
                : {}),
        });
        if (submission.kind === 'rejected') {
            await store.markNotApplied(submission);
            // Written on a lagging snapshot: the record read back is whole now, so decide again on it.
            if (!loaded.tailRead && round < MAX_STALE_ROUNDS) {
                loaded = submission.view;
                continue;
            }
            throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IllegalTransitionError */ .gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`);
        }
        log.info((0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .transitionLine */ .o7)(id, task.definition.name, task.state.status, (0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(request.op)));
        // An operator who sends a task back to PENDING reopens a TaskList that was closed as finished.
        return store.publish(submission.view, { reopen: request.op === 'reset' || request.op === 'retry' });
    }
}
/** Whether the view, as far as it was read, allows the request; an unknown task is refused too. */
function decide(view, request) {
    const number = view.issue.number;
    const found = (0,_find_task_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupTask */ ._V)(view.state, request.task);
    // A plan change in the tail may have added it.
    if (found === undefined)
        return { kind: 'refused', error: (0,_find_task_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownTask */ .MR)(view.state, request.task, number) };
    const { id, task } = found;
    if (!(0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isLegal */ .cQ)(request.op, task.state.status, request.authority)) {
        return {
            kind: 'refused',
            error: new _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IllegalTransitionError */ .gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: ${(0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .illegalTransitionHint */ .ZD)(request.op, task.state.status, request.authority)}`),
        };
    }
    if (actsOnClaim(request.op) && request.ownClaim !== undefined && task.state.claim?.id !== request.ownClaim) {
        return {
            kind: 'refused',
            error: new _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TaskBusyError */ .rz(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: this job's claim ended and ${task.state.claim?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`),
        };
    }
    return { kind: 'write', id, task };
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
