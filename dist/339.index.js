export const id = 339;
export const ids = [339];
export const modules = {

/***/ 4339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1721);
/* harmony import */ var _domain_plan_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8266);
/* harmony import */ var _execute_task_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5855);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2309);
/* harmony import */ var _start_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8151);





async function runCommand({ inputs, runner, store, log }) {
    const outcome = await (0,_start_js__WEBPACK_IMPORTED_MODULE_4__.claimForJob)(store, log, inputs, runner);
    if (outcome.kind !== 'claimed') {
        await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .publishOutputs */ .e)(outcome.view, { task: inputs.task, shouldRun: false }, store.now());
        return;
    }
    // The step's timeout and retries override the plan's.
    const planned = (0,_domain_plan_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .runFieldsOf */ .Oz)(outcome.before.definition);
    const executed = await (0,_execute_task_js__WEBPACK_IMPORTED_MODULE_2__/* .executeClaimed */ .B)(store, log, runner, outcome, {
        script: inputs.run,
        leaseSec: inputs.leaseSec,
        timeoutSec: inputs.timeoutSec ?? planned.timeoutSec,
        retries: inputs.retries ?? planned.retries,
    });
    await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .publishOutputs */ .e)(executed.view, { task: executed.name, shouldRun: true }, store.now());
    if (!executed.succeeded) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${executed.name} failed with ${executed.message ?? 'an error'}; it is recorded as FAILED in TaskList #${executed.view.issue.number}, and a later run retries it`);
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


/***/ })

};
