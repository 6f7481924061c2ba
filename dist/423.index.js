export const id = 423;
export const ids = [423];
export const modules = {

/***/ 2423:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resumeCommand: () => (/* binding */ resumeCommand)
/* harmony export */ });
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1721);
/* harmony import */ var _app_claim_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(480);
/* harmony import */ var _app_plan_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2901);
/* harmony import */ var _app_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4404);
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4953);
/* harmony import */ var _domain_plan_fields_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8266);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3703);
/* harmony import */ var _claim_handoff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3925);
/* harmony import */ var _execute_task_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5855);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2309);
/* harmony import */ var _runner_context_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1755);











const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 5000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Finishes a TaskList in one step: again and again, claims the first runnable
 * task and runs its `run` command as `command: run` does. Several resume jobs
 * on one TaskList form a worker pool: each claim is a compare-and-set, so each
 * task runs once, and a task starts only once its needs are COMPLETE or SKIPPED.
 */
async function resumeCommand({ inputs, runner, store, log }) {
    const id = inputs.tasklistId;
    let view = await store.load(id);
    (0,_app_report_js__WEBPACK_IMPORTED_MODULE_3__/* .reportLoaded */ .Yk)(log, id, view.state);
    // A task that fails after this step loaded, in another job of the pool, stops this one too.
    const versionAtLoad = new Map(view.state.tasks.map((task) => [task.definition.name, task.state.version]));
    const holder = (0,_runner_context_js__WEBPACK_IMPORTED_MODULE_10__/* .workflowHolder */ .U)(runner);
    // wait-timeout bounds a wait without progress: each time the tasks held elsewhere change, or this
    // step has run one, the wait starts again, so idle workers in a pool outlast a long chain of phases.
    let deadline = Date.now() + inputs.waitTimeoutSec * 1000;
    let pollMs = FIRST_POLL_MS;
    let announced = '';
    for (;;) {
        const failedElsewhere = view.state.tasks.find((task) => task.state.status === 'FAILED' && versionAtLoad.get(task.definition.name) !== task.state.version);
        if (failedElsewhere !== undefined) {
            await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_9__/* .publishOutputs */ .e)(view, { task: failedElsewhere.definition.name }, store.now());
            throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ResumeStoppedError */ .Fj(id, `${failedElsewhere.definition.name} in TaskList #${id} failed in ${failedElsewhere.state.changedBy ?? 'another job'} while this step ran; stopping here. Fix it and resume again`, failedElsewhere.definition.name);
        }
        const now = (0,_app_plan_state_js__WEBPACK_IMPORTED_MODULE_2__/* .progress */ .qB)(view.state, store.now());
        if (now.kind === 'done') {
            log.info('Cross-Session Continuation: SUCCESS');
            await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_9__/* .publishOutputs */ .e)(view, {}, store.now());
            return;
        }
        if (now.kind === 'stuck') {
            throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ResumeStoppedError */ .Fj(id, `Nothing in TaskList #${id} can run: ${now.blocked.join(', ')} wait on needs that cannot finish; reset or skip them`);
        }
        if (now.kind === 'waiting') {
            const held = now.held.join(', ');
            if (announced !== held) {
                log.info(`Waiting for ${held}, IN_PROGRESS in other jobs (up to ${(0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a)(inputs.waitTimeoutSec)})`);
                announced = held;
                deadline = Date.now() + inputs.waitTimeoutSec * 1000;
            }
            if (Date.now() >= deadline)
                throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ResumeStoppedError */ .Fj(id, `Nothing in TaskList #${id} could run for ${(0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a)(inputs.waitTimeoutSec)}: ${held} ${now.held.length === 1 ? 'is' : 'are'} still IN_PROGRESS in other jobs; raise wait-timeout or resume again later`);
            await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
            pollMs = Math.min(pollMs * 2, MAX_POLL_MS);
            // A conditional read: while nothing changes GitHub answers 304, which costs no rate limit.
            view = await store.refresh(view);
            continue;
        }
        pollMs = FIRST_POLL_MS;
        announced = '';
        const name = now.next;
        const task = view.state.tasks.find((t) => t.definition.name === name);
        const fields = (0,_domain_plan_fields_js__WEBPACK_IMPORTED_MODULE_5__/* .runFieldsOf */ .Oz)(task?.definition ?? { name });
        if (fields.run === undefined) {
            await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_9__/* .publishOutputs */ .e)(view, { task: name }, store.now());
            throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ResumeStoppedError */ .Fj(id, `${name} in TaskList #${id} has no run command, so resume cannot run it; give it a 'run' in the plan, or a step of its own (command: run, or start and complete)`, name);
        }
        let outcome;
        try {
            outcome = await (0,_app_claim_js__WEBPACK_IMPORTED_MODULE_1__/* .claim */ .B)(store, log, view, {
                task: name,
                holder,
                authority: 'workflow',
                leaseSec: inputs.leaseSec,
                onBusy: 'skip',
                waitTimeoutSec: inputs.waitTimeoutSec,
                // Saved before the claim is written: if this step dies not knowing whether it landed, the post step settles it.
                onAttempt: (claimId, taskId) => (0,_claim_handoff_js__WEBPACK_IMPORTED_MODULE_7__/* .saveClaimForPost */ .Nq)({ tasklistId: id, task: name, taskId, claimId }),
            });
        }
        catch (error) {
            // Another job reset a need since this step read it: decide again on the fresh state.
            if (!(error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UnmetNeedsError */ .Ll))
                throw error;
            view = await store.refresh(view);
            continue;
        }
        if (outcome.kind !== 'claimed') {
            // Another worker was quicker; pick again.
            (0,_claim_handoff_js__WEBPACK_IMPORTED_MODULE_7__/* .saveClaimForPost */ .Nq)(undefined);
            view = outcome.view;
            continue;
        }
        log.info((0,_app_report_js__WEBPACK_IMPORTED_MODULE_3__/* .transitionLine */ .o7)(outcome.id, name, outcome.before.state.status, 'IN_PROGRESS'));
        const executed = await (0,_execute_task_js__WEBPACK_IMPORTED_MODULE_8__/* .executeClaimed */ .B)(store, log, runner, outcome, {
            script: fields.run,
            leaseSec: inputs.leaseSec,
            timeoutSec: fields.timeoutSec,
            retries: fields.retries,
        });
        view = executed.view;
        versionAtLoad.set(name, view.state.tasks.find((t) => t.definition.name === name)?.state.version ?? -1);
        if (!executed.succeeded) {
            await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_9__/* .publishOutputs */ .e)(view, { task: name }, store.now());
            _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${name} failed with ${executed.message ?? 'an error'}; it is recorded as FAILED in TaskList #${id}, and resume stops here. Fix it and resume again`);
            return;
        }
    }
}


/***/ })

};
