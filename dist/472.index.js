export const id = 472;
export const ids = [472];
export const modules = {

/***/ 7472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCommand: () => (/* binding */ loadCommand)
/* harmony export */ });
/* harmony import */ var _app_find_task_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7399);
/* harmony import */ var _app_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4404);
/* harmony import */ var _domain_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7299);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2309);




async function loadCommand({ inputs, store, log }) {
    let view = await store.load(inputs.tasklistId);
    // A body edited by hand is redrawn from the record, so people see the truth again;
    // so is one that lags a page or more behind, which every later read would pay for.
    if (view.stateBlockEdited || view.bodyFarBehind === true)
        view = await store.publish(view);
    (0,_app_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportLoaded */ .Yk)(log, view.issue.number, view.state);
    if (inputs.task === undefined)
        return (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .publishOutputs */ .e)(view, {}, store.now());
    const { task } = (0,_app_find_task_js__WEBPACK_IMPORTED_MODULE_0__/* .findTask */ .VX)(view.state, inputs.task, view.issue.number);
    await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .publishOutputs */ .e)(view, { task: task.definition.name, shouldRun: !(0,_domain_status_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(task.state.status) }, store.now());
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
