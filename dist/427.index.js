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
/* harmony import */ var _app_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4404);
/* harmony import */ var _domain_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4721);



/** Every output action.yml declares; the README table and a test keep these in step. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'tasklist-id',
    'tasklist-url',
    'task-status',
    'should-run',
    'tasks',
    'next-task',
    'complete',
    'bot-command',
    'dispatched',
]));
/** `now` is GitHub's time, up to which the summary's timeline draws running tasks. */
async function publishOutputs(view, outcome, now) {
    const state = view.state;
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tasklist-id', String(view.issue.number));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tasklist-url', view.issue.htmlUrl);
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tasks', JSON.stringify((0,_app_report_js__WEBPACK_IMPORTED_MODULE_1__/* .statusMap */ .bc)(state)));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('next-task', (0,_app_report_js__WEBPACK_IMPORTED_MODULE_1__/* .nextTask */ .J2)(state));
    _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('complete', String((0,_app_report_js__WEBPACK_IMPORTED_MODULE_1__/* .isComplete */ .As)(state)));
    if (outcome.task !== undefined) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('task-status', state.tasks.find((t) => t.definition.name === outcome.task)?.state.status ?? '');
    }
    if (outcome.shouldRun !== undefined)
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('should-run', String(outcome.shouldRun));
    await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe((0,_domain_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummary */ .B)(state, view.issue.number, view.issue.htmlUrl, now));
}


/***/ }),

/***/ 7399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ findTask)
/* harmony export */ });
/* harmony import */ var _domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9746);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3703);


function findTask(state, name, issueNumber) {
    let index = state.tasks.findIndex((t) => t.definition.name === name);
    if (index === -1)
        index = (0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .taskIndex */ .oN)(name);
    const task = state.tasks[index];
    if (task === undefined) {
        const names = state.tasks.map((t) => t.definition.name);
        const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
        throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UnknownTaskError */ .QG(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`);
    }
    return { index, id: (0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .taskId */ .BS)(index), task };
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



/** Recording one transition: load the whole TaskList, find the task, record it (app/transition). */
async function recordTransition(store, log, request) {
    const { tasklist, onLoaded, check, ownClaimOf, ...transitionRequest } = request;
    const loaded = await store.load(tasklist);
    onLoaded?.(loaded);
    const found = (0,_find_task_js__WEBPACK_IMPORTED_MODULE_1__/* .findTask */ .V)(loaded.state, request.task, tasklist);
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
/* harmony import */ var _domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9746);
/* harmony import */ var _domain_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7299);


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
    state.tasks.forEach((task, index) => log.info(taskLine((0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .taskId */ .BS)(index), index === asBefore?.index ? asBefore.task : task)));
}
function reportCreated(log, issueNumber, state) {
    log.info(`TaskList Created: ${issueNumber}`);
    log.info(`TaskList ID: ${issueNumber}`);
    state.tasks.forEach((task, index) => log.info(taskLine((0,_domain_task_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .taskId */ .BS)(index), task)));
}
function nextTask(state) {
    return state.tasks.find((t) => t.state.status === 'PENDING' || t.state.status === 'FAILED')?.definition.name ?? '';
}
function isComplete(state) {
    return state.tasks.every((t) => (0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isSettled */ .Is)(t.state.status));
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




/**
 * Changes one task's status. The whole TaskList is read before anything is
 * written, so an illegal or unknown request writes nothing.
 */
async function transition(store, log, view, request) {
    const loaded = view.tailRead ? view : await store.refresh(view);
    const number = loaded.issue.number;
    const { id, task } = (0,_find_task_js__WEBPACK_IMPORTED_MODULE_2__/* .findTask */ .V)(loaded.state, request.task, number);
    if (!(0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .isLegal */ .cQ)(request.op, task.state.status, request.authority)) {
        throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IllegalTransitionError */ .gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: ${(0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .illegalTransitionHint */ .ZD)(request.op, task.state.status, request.authority)}`);
    }
    const actsOnClaim = request.op === 'complete' || request.op === 'fail';
    if (actsOnClaim && request.ownClaim !== undefined && task.state.claim?.id !== request.ownClaim) {
        throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TaskBusyError */ .rz(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: this job's claim ended and ${task.state.claim?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`);
    }
    if (actsOnClaim &&
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
        ...(actsOnClaim && task.state.claim !== undefined ? { claim: task.state.claim.id } : {}),
        holder: request.holder,
        ...(request.requestedBy === undefined ? {} : { requestedBy: request.requestedBy }),
        ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
        ...(request.exitCode === undefined ? {} : { x: request.exitCode }),
    }, {
        ...request.extras,
        ...(request.message === undefined ? {} : { message: request.message }),
        ...(actsOnClaim && task.state.claim !== undefined
            ? { durationSec: (store.now() - Date.parse(task.state.claim.at)) / 1000 }
            : {}),
    });
    if (submission.kind === 'rejected') {
        await store.markNotApplied(submission);
        throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IllegalTransitionError */ .gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`);
    }
    log.info((0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .transitionLine */ .o7)(id, task.definition.name, task.state.status, (0,_domain_status_js__WEBPACK_IMPORTED_MODULE_0__/* .targetOf */ .$r)(request.op)));
    // An operator who sends a task back to PENDING reopens a TaskList that was closed as finished.
    return store.publish(submission.view, { reopen: request.op === 'reset' || request.op === 'retry' });
}


/***/ }),

/***/ 2667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ attemptsOf),
/* harmony export */   t: () => (/* binding */ historyAfter)
/* harmony export */ });
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1381);

const OUTCOME_OF = {
    C: 'COMPLETE',
    F: 'FAILED',
    T: 'TAKEN_OVER',
    S: 'SKIPPED',
};
/** The attempt the task's own fields describe, which a record applied now would erase. */
function endingAttempt(task, op, at) {
    if (op === 'renew' || op === 'complete' || op === 'fail')
        return undefined;
    if (op === 'takeover') {
        if (task.claim === undefined)
            return undefined;
        const start = Date.parse(task.claim.at);
        return [Math.floor(start / 1000), Math.max(0, (Date.parse(at) - start) / 1000), 'T'];
    }
    if (task.changedAt === undefined)
        return undefined;
    const end = Date.parse(task.changedAt) / 1000;
    if ((task.status === 'COMPLETE' || task.status === 'FAILED') && task.durationSec !== undefined)
        return [Math.max(0, Math.floor(end - task.durationSec)), task.durationSec, task.status === 'COMPLETE' ? 'C' : 'F'];
    if (task.status === 'SKIPPED')
        return [Math.floor(end), 0, 'S'];
    return undefined;
}
/**
 * The history a task carries after `op` is applied at GitHub time `at`: the
 * attempt that is about to be overwritten joins it, the oldest falling off.
 * Part of the fold, so every reader keeps the same history.
 */
function historyAfter(task, op, at) {
    const ended = endingAttempt(task, op, at);
    if (ended === undefined)
        return task.history === undefined ? undefined : [...task.history];
    return [...(task.history ?? []), ended].slice(-_history_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HISTORY */ .oe);
}
/**
 * Every attempt of a task that the state knows, oldest first: earlier ones
 * from its history, then the current one (a running task runs up to `now`).
 */
function attemptsOf(task, now) {
    const attempts = (task.history ?? []).map(([start, seconds, outcome]) => ({
        start: start * 1000,
        end: start * 1000 + seconds * 1000,
        outcome: OUTCOME_OF[outcome],
    }));
    const at = task.changedAt === undefined ? undefined : Date.parse(task.changedAt);
    if (task.status === 'IN_PROGRESS' && task.claim !== undefined) {
        const start = Date.parse(task.claim.at);
        attempts.push({ start, end: Math.max(start, now), outcome: 'RUNNING' });
    }
    else if ((task.status === 'COMPLETE' || task.status === 'FAILED') &&
        task.durationSec !== undefined &&
        at !== undefined) {
        attempts.push({ start: at - task.durationSec * 1000, end: at, outcome: task.status });
    }
    else if (task.status === 'SKIPPED' && at !== undefined) {
        attempts.push({ start: at, end: at, outcome: 'SKIPPED' });
    }
    return attempts;
}


/***/ }),

/***/ 5131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZK: () => (/* binding */ renderGantt),
/* harmony export */   tW: () => (/* binding */ mermaidBlock)
/* harmony export */ });
/* unused harmony exports ganttChart, chartText */
/* harmony import */ var _attempts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2667);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4953);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3812);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9746);




/**
 * A Mermaid gantt chart of a TaskList, which GitHub draws in issue bodies,
 * comments and job summaries: one section per task that has run, one bar per
 * attempt from its start to its end in GitHub's time (UTC), so retries and
 * takeovers show as bars of their own. Finished bars are `done`, failed and
 * taken-over ones `crit`, a running one `active` up to `now`; a skip is a
 * milestone. Pure: the caller passes the time.
 */
function renderGantt(snapshot, now) {
    const chart = ganttChart(snapshot, now);
    return chart.includes('\n    section ') ? chart : undefined;
}
/** The chart even when no task has run yet: a title and an empty axis. */
function ganttChart(snapshot, now) {
    const sections = [];
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    snapshot.tasks.forEach((task, index) => {
        const attempts = (0,_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .attemptsOf */ .O)(task.state, now);
        if (attempts.length === 0)
            return;
        sections.push(`    section ${task.definition.name}`);
        attempts.forEach((attempt, n) => {
            first = Math.min(first, attempt.start);
            last = Math.max(last, attempt.end);
            sections.push(`    ${barLabel(attempt, n, attempts.length)} :${tagsOf(attempt)}${(0,_task_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .taskId */ .BS)(index)}a${n + 1}, ${stamp(attempt.start)}, ${stamp(attempt.end)}`);
        });
    });
    const span = sections.length === 0 ? 0 : last - first;
    return [
        'gantt',
        `    title ${chartText(snapshot.title)} (UTC)`,
        '    dateFormat YYYY-MM-DDTHH:mm:ss',
        `    axisFormat ${span > 86_400_000 ? '%d %b %H:%M' : '%H:%M'}`,
        // The viewer's clock is not GitHub's, and the times are UTC: a marker for "today" would mislead.
        '    todayMarker off',
        ...sections,
    ].join('\n');
}
/** The chart as a fenced block that Markdown on GitHub renders as a diagram. */
function mermaidBlock(chart) {
    return `\`\`\`mermaid\n${chart}\n\`\`\``;
}
const WORDS = {
    COMPLETE: 'COMPLETE',
    FAILED: 'FAILED',
    TAKEN_OVER: 'taken over',
    SKIPPED: 'SKIPPED',
    RUNNING: 'IN_PROGRESS',
};
function barLabel(attempt, index, count) {
    const which = count > 1 ? `attempt ${index + 1} ` : '';
    const took = attempt.outcome === 'SKIPPED' ? '' : ` ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)((attempt.end - attempt.start) / 1000)}`;
    return `${which}${WORDS[attempt.outcome]}${took}`;
}
function tagsOf(attempt) {
    switch (attempt.outcome) {
        case 'COMPLETE':
            return 'done, ';
        case 'FAILED':
        case 'TAKEN_OVER':
            return 'crit, ';
        case 'RUNNING':
            return 'active, ';
        case 'SKIPPED':
            return 'milestone, ';
    }
}
/** A time as the chart's dateFormat reads it: UTC, whole seconds, no zone. */
function stamp(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}
/**
 * Free text (the title) inside the chart: nothing that ends a line, starts a
 * comment, separates task data, closes the Markdown fence or an HTML comment,
 * or mentions anyone.
 */
function chartText(text) {
    const plain = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(text)
        .replace(/[#;:%`<>&"{}\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        // As everywhere the action writes people's text: no mention, even where GitHub would not ping.
        .replace(/@/g, '@\u200b');
    return plain.length > 100 ? `${plain.slice(0, 99)}…` : plain === '' ? 'TaskList' : plain;
}


/***/ }),

/***/ 1381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ HistorySchema),
/* harmony export */   oe: () => (/* binding */ MAX_HISTORY)
/* harmony export */ });
/* unused harmony exports HISTORY_OUTCOMES, HistoryEntrySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(0);

/**
 * Earlier attempts of a task, kept in its state so a picture of the run can
 * show retries and takeovers without reading the whole record. An entry is
 * `[start, seconds, outcome]`, the start in epoch seconds of GitHub's clock.
 * The current attempt is not here: the task's own fields describe it.
 */
const HISTORY_OUTCOMES = ['C', 'F', 'T', 'S'];
/** Only the latest attempts are kept, so a task retried many times cannot crowd the body. */
const MAX_HISTORY = 5;
const HistoryEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(HISTORY_OUTCOMES),
]);
const HistorySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(HistoryEntrySchema).max(MAX_HISTORY);


/***/ }),

/***/ 3812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   os: () => (/* binding */ tailLines),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/**
 * Escaping for text that people or commands supply and the action renders into
 * issue bodies and comments. Everything it returns is inert: it cannot close an
 * HTML comment or a <details> block, open a code span, or @mention anyone.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
};
/** Inline text (titles, messages): no markup survives, no mention pings. */
function escapeInline(text) {
    return oneLine(text)
        .replace(/[&<>"]/g, (ch) => HTML_ENTITIES[ch] ?? ch)
        .replace(/[\\`*_[\]#|~]/g, (ch) => `\\${ch}`)
        .replace(/@/g, '@\u200b');
}
/** Collapses newlines so a value cannot start a new markdown block. */
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/**
 * A fenced code block that the content cannot break out of: the fence is one
 * backtick longer than the longest backtick run inside. Mentions in code do not ping.
 */
function codeBlock(content) {
    let longest = 2;
    for (const match of content.matchAll(/`+/g))
        longest = Math.max(longest, match[0].length);
    const fence = '`'.repeat(longest + 1);
    // HTML comments are defused too, so quoted output never looks like a TaskList marker.
    const inert = content.replace(/\r\n?/g, '\n').replace(/<!--/g, '<!\u200b--');
    return `${fence}text\n${inert}\n${fence}`;
}
/** Cuts to at most `max` characters, never inside a surrogate pair, with a note. */
function truncate(text, max, note = '… (truncated)') {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - note.length);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end -= 1;
    return text.slice(0, end) + note;
}
/** Keeps the last lines of output that fit in `max` characters, with a note of what was cut. */
function tailLines(text, maxLines, max) {
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    const kept = lines.slice(-maxLines);
    let out = kept.join('\n');
    const cutLines = lines.length - kept.length;
    if (out.length > max) {
        out = out.slice(out.length - max);
        const first = out.charCodeAt(0);
        if (first >= 0xdc00 && first <= 0xdfff)
            out = out.slice(1);
        return `[… earlier output cut to fit GitHub's limit]\n${out}`;
    }
    return cutLines > 0 ? `[… ${cutLines} earlier lines cut]\n${out}` : out;
}
/**
 * JSON that is safe inside an HTML comment and a markdown document: no '<', '>',
 * '&', backtick or '@' appears literally, so '-->' or '</details>' cannot occur
 * and no mention can be read into it.
 */
function inertJson(value) {
    return JSON.stringify(value).replace(/[<>&`@\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 7299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   Do: () => (/* binding */ OPS),
/* harmony export */   Is: () => (/* binding */ isSettled),
/* harmony export */   ZD: () => (/* binding */ illegalTransitionHint),
/* harmony export */   cQ: () => (/* binding */ isLegal),
/* harmony export */   f: () => (/* binding */ STATUSES)
/* harmony export */ });
/* unused harmony export allowedFrom */
const STATUSES = ['PENDING', 'IN_PROGRESS', 'COMPLETE', 'FAILED', 'SKIPPED'];
const OPS = ['start', 'takeover', 'renew', 'complete', 'fail', 'skip', 'retry', 'reset'];
const RULES = {
    start: { from: ['PENDING', 'FAILED'], to: 'IN_PROGRESS', authority: ['workflow', 'operator'] },
    // Same status on both sides: the claim changes hands or its lease is extended.
    takeover: { from: ['IN_PROGRESS'], to: 'IN_PROGRESS', authority: ['workflow', 'operator'] },
    renew: { from: ['IN_PROGRESS'], to: 'IN_PROGRESS', authority: ['workflow', 'operator'] },
    complete: { from: ['IN_PROGRESS'], to: 'COMPLETE', authority: ['workflow', 'operator'] },
    fail: { from: ['IN_PROGRESS'], to: 'FAILED', authority: ['workflow', 'operator'] },
    skip: { from: ['PENDING'], to: 'SKIPPED', authority: ['workflow', 'operator'] },
    retry: { from: ['FAILED'], to: 'PENDING', authority: ['operator'] },
    reset: { from: ['COMPLETE', 'SKIPPED', 'FAILED'], to: 'PENDING', authority: ['operator'] },
};
// An operator may also skip a FAILED task (ticking its box in the issue).
const OPERATOR_SKIP_FROM = ['PENDING', 'FAILED'];
function targetOf(op) {
    return RULES[op].to;
}
function allowedFrom(op, authority) {
    const rule = RULES[op];
    if (!rule.authority.includes(authority))
        return [];
    if (op === 'skip' && authority === 'operator')
        return OPERATOR_SKIP_FROM;
    return rule.from;
}
function isLegal(op, from, authority) {
    return allowedFrom(op, authority).includes(from);
}
/** Done for the pipeline: never run again unless an operator resets it. */
function isSettled(status) {
    return status === 'COMPLETE' || status === 'SKIPPED';
}
/** Explains an illegal transition and what to do instead, in one line. */
function illegalTransitionHint(op, from, authority) {
    const allowed = allowedFrom(op, authority);
    if (allowed.length === 0) {
        return `'${op}' is an operator action (use the bot's /tasklist ${op} or the CLI)`;
    }
    const needs = allowed.join(' or ');
    switch (from) {
        case 'COMPLETE':
        case 'SKIPPED':
            return `it is ${from}, which is final; an operator can reset it with '/tasklist reset' or 'tasklist reset'`;
        case 'IN_PROGRESS':
            return `it is already IN_PROGRESS; '${op}' needs ${needs}`;
        default:
            return (`'${op}' needs ${needs}, but it is ${from}` +
                (from === 'PENDING' && (op === 'complete' || op === 'fail') ? '; start it first' : ''));
    }
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
