export const id = 639;
export const ids = [639];
export const modules = {

/***/ 3639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCommand: () => (/* binding */ createCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(1721);
// EXTERNAL MODULE: ./build/domain/comment.js
var comment = __webpack_require__(8028);
// EXTERNAL MODULE: ./build/domain/record.js
var domain_record = __webpack_require__(4612);
// EXTERNAL MODULE: ./build/domain/canonical-json.js
var canonical_json = __webpack_require__(3266);
// EXTERNAL MODULE: ./build/domain/plan-fields.js
var plan_fields = __webpack_require__(8266);
;// CONCATENATED MODULE: ./build/domain/reconcile.js


/** A definition whose run state would make a change silent: it ran, or it is running. */
function hasRun(status) {
    return status === 'COMPLETE' || status === 'IN_PROGRESS';
}
/** The fields two definitions of one task differ in; plan fields in order, then any others by name. */
function changedFields(before, after) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    keys.delete('name');
    const known = plan_fields/* PLAN_FIELDS */._z;
    const ordered = [
        ...plan_fields/* PLAN_FIELDS */._z.filter((field) => keys.has(field)),
        ...[...keys].filter((k) => !known.includes(k)).sort(),
    ];
    return ordered.filter((field) => (0,canonical_json/* canonicalJson */.d)(before[field]) !== (0,canonical_json/* canonicalJson */.d)(after[field]));
}
/**
 * Reconciles a stored TaskList with the plan `create` was given: new tasks are
 * added; changed definitions of tasks that have not run are accepted, since
 * fixing a failed phase and resuming is the ordinary way to recover. Changing
 * or dropping a task that ran or is running is refused unless the mode is
 * `accept`, like a migration tool that refuses an applied migration whose
 * checksum changed.
 */
function reconcilePlan(stored, plan, mode) {
    const planned = new Map(plan.map((spec) => [spec.name, spec]));
    const storedNames = new Set(stored.map((task) => task.spec.name));
    const redefined = [];
    const removed = [];
    const refusals = [];
    const kept = [];
    for (const task of stored) {
        const next = planned.get(task.spec.name);
        if (next === undefined) {
            // Dropping a task is refused whatever its status: its ID and record would go with it.
            if (mode === 'accept')
                removed.push({ name: task.spec.name, status: task.status });
            else
                refusals.push({ kind: 'missing', name: task.spec.name, status: task.status });
            continue;
        }
        const fields = changedFields(task.spec, next);
        if (fields.length === 0) {
            kept.push(task.spec);
            continue;
        }
        if (hasRun(task.status) && mode === 'fail') {
            refusals.push({ kind: 'changed', name: task.spec.name, status: task.status, fields });
            kept.push(task.spec);
            continue;
        }
        redefined.push({ name: task.spec.name, status: task.status, fields, spec: next, accepted: hasRun(task.status) });
        kept.push(next);
    }
    const added = plan.filter((spec) => !storedNames.has(spec.name));
    return {
        added,
        redefined,
        removed,
        refusals,
        tasks: [...kept, ...added],
    };
}
/** True when the plan changes nothing: nothing to record. */
function isUnchanged(reconciliation) {
    return (reconciliation.added.length === 0 &&
        reconciliation.redefined.length === 0 &&
        reconciliation.removed.length === 0 &&
        reconciliation.refusals.length === 0);
}

// EXTERNAL MODULE: ./build/domain/snapshot.js
var snapshot = __webpack_require__(5625);
// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(9746);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
;// CONCATENATED MODULE: ./build/app/plan-change.js






const MAX_LOST_RACES = 6;
/**
 * One line per task a plan would change silently, each naming the task, the
 * fields and the way out; `accept` is how the front end's users accept it,
 * such as `set plan-change: accept`.
 */
function refusalLines(error, accept) {
    return error.refusals.map((r) => r.kind === 'changed'
        ? `${r.name} in TaskList #${error.tasklist} is ${r.status} and the plan changes its ${r.fields.join(', ')}, so nothing was written; a task that ran is not redefined silently: restore its definition, add a new task instead, or ${accept}`
        : `${r.name} in TaskList #${error.tasklist} (${r.status}) is missing from the plan, so nothing was written; put it back, or ${accept} to remove it`);
}
/**
 * Reconciles a stored TaskList with the plan `create` was given (domain/reconcile):
 * new tasks are added, changed definitions of tasks that have not run are
 * recorded, and anything that would silently change what ran is refused before
 * anything is written. The change is one record, a compare-and-set on the
 * definitions and on every task it touches; a lost race is decided again.
 */
async function applyPlan(store, log, start, plan, mode, holder, options = {}) {
    const acceptedBy = options.acceptedBy ?? 'plan-change: accept';
    let view = start;
    for (let race = 0; race < MAX_LOST_RACES; race += 1) {
        if (!view.tailRead)
            view = await store.refresh(view);
        const number = view.issue.number;
        const tasks = view.state.tasks;
        const change = reconcilePlan(tasks.map((task) => ({ spec: task.definition, status: task.state.status })), plan, mode);
        if (change.refusals.length > 0)
            throw new errors/* PlanChangeRefusedError */.yO(number, change.refusals.map((r) => ({ ...r, fields: r.kind === 'changed' ? r.fields : [] })));
        if (isUnchanged(change))
            return { view, change };
        await options.check?.(view);
        const versionOf = new Map(tasks.map((task) => [task.definition.name, task.state.version]));
        const idOf = (name) => (0,task_spec/* taskId */.BS)(change.tasks.findIndex((spec) => spec.name === name));
        const lines = [
            ...change.removed.map((r) => `${r.name}: REMOVED (was ${r.status}; ${acceptedBy})`),
            ...change.redefined.map((r) => `[${idOf(r.name)}] ${r.name}: REDEFINED (${r.fields.join(', ')})`),
            ...change.added.map((spec) => `[${idOf(spec.name)}] ${spec.name}: ADDED`),
        ];
        const touched = [...change.redefined.map((r) => r.name), ...change.removed.map((r) => r.name)];
        const record = {
            tasklist: 1,
            rec: (0,domain_record/* newRecordId */.Ld)(),
            plan: true,
            defs: view.state.defs,
            next: (0,snapshot/* definitionsDigest */.vf)(change.tasks),
            set: [...change.redefined.map((r) => r.spec), ...change.added],
            drop: change.removed.map((r) => r.name),
            ver: Object.fromEntries(touched.map((name) => [name, versionOf.get(name) ?? 0])),
            accepted: [
                ...change.redefined.filter((r) => r.accepted).map((r) => r.name),
                ...change.removed.filter((r) => r.status === 'COMPLETE' || r.status === 'IN_PROGRESS').map((r) => r.name),
            ],
            authority: 'workflow',
            holder,
        };
        const submission = await store.submitPlan(view, record, (0,comment/* renderPlanComment */.z)(record, lines));
        if (submission.kind === 'applied') {
            for (const line of lines)
                log.info(line);
            for (const name of record.accepted)
                log.warning(`${name} had run; its change is accepted (${acceptedBy})`);
            return { view: await store.publish(submission.view), change };
        }
        view = submission.view;
    }
    throw new errors/* TaskBusyError */.rz(`TaskList #${view.issue.number} kept changing while this job changed its plan; re-run the step`);
}

// EXTERNAL MODULE: ./build/app/report.js
var report = __webpack_require__(4404);
// EXTERNAL MODULE: ./build/action/runner-context.js
var runner_context = __webpack_require__(1755);
// EXTERNAL MODULE: ./build/action/outputs.js
var outputs = __webpack_require__(2309);
;// CONCATENATED MODULE: ./build/domain/time.js
/** A time as GitHub writes it: ISO 8601 in UTC, whole seconds. */
function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./build/action/commands/create.js








async function createCommand({ inputs, runner, store, log }) {
    const { title, tasks } = await planOf(inputs, runner.workspace);
    const { view, created } = await store.create({
        title,
        tasks,
        ...(inputs.key === undefined ? {} : { key: inputs.key }),
        labels: inputs.labels,
        lock: inputs.lock,
        trusted: inputs.trustedAuthors,
        now: isoSeconds(store.now()),
    });
    if (created) {
        (0,report/* reportCreated */.fd)(log, view.issue.number, view.state);
        return (0,outputs/* publishOutputs */.e)(view, {}, store.now());
    }
    (0,report/* reportLoaded */.Yk)(log, view.issue.number, view.state);
    // The key exists: reconcile the stored TaskList with this plan before anything is written.
    let reconciled;
    try {
        reconciled = (await applyPlan(store, log, view, tasks, inputs.planChange, (0,runner_context/* workflowHolder */.U)(runner))).view;
    }
    catch (error) {
        if (error instanceof errors/* PlanChangeRefusedError */.yO)
            for (const line of refusalLines(error, 'set plan-change: accept'))
                workflow_commands/* error */.z3(line);
        throw error;
    }
    await (0,outputs/* publishOutputs */.e)(reconciled, {}, store.now());
}
/** The title and tasks to create, read and checked (needs included) before anything is written. */
async function planOf(inputs, workspace) {
    if (inputs.tasks !== undefined && inputs.title !== undefined)
        return { title: inputs.title, tasks: inputs.tasks };
    // The YAML parser is loaded only here, so other commands start as fast as before.
    const { parseTasksInput, PlanError } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 698));
    const invalid = (input, error) => {
        if (error instanceof PlanError)
            throw new errors/* InputError */.dz(`Invalid input '${input}': ${error.message}`);
        throw error;
    };
    if (inputs.tasksYaml !== undefined && inputs.title !== undefined) {
        try {
            return { title: inputs.title, tasks: parseTasksInput(inputs.tasksYaml) };
        }
        catch (error) {
            return invalid('tasks', error);
        }
    }
    const path = inputs.planFile ?? '';
    const full = (0,external_node_path_.resolve)(workspace, path);
    const inside = (0,external_node_path_.relative)(workspace, full);
    if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        throw new errors/* InputError */.dz(`Invalid input 'plan-file': '${path}' is outside the workspace; give a path relative to it`);
    const { readPlanFile, PlanFileReadError } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 4628));
    try {
        const plan = await readPlanFile(full, path);
        return { title: inputs.title ?? plan.title, tasks: plan.tasks };
    }
    catch (error) {
        if (error instanceof PlanFileReadError)
            throw new errors/* InputError */.dz(`Invalid input 'plan-file': cannot read '${path}' (${error.code}); give a path relative to the workspace, after actions/checkout`);
        return invalid('plan-file', error);
    }
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

/***/ 3369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ END_MARKER),
/* harmony export */   Au: () => (/* binding */ BodyTooLargeError),
/* harmony export */   OG: () => (/* binding */ parseBody),
/* harmony export */   Rm: () => (/* binding */ BEGIN_MARKER),
/* harmony export */   W2: () => (/* binding */ parseChecklist),
/* harmony export */   lc: () => (/* binding */ renderBody),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* unused harmony exports CHART_BUDGET, checklistLine */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7428);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);
/* harmony import */ var _gantt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5131);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3812);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7299);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2388);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5625);
/* harmony import */ var _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4371);








const BEGIN_MARKER = '<!-- tasklist:begin -->';
const END_MARKER = '<!-- tasklist:end -->';
const STATE_OPEN = '<!-- tasklist:state';
const STATE_PATTERN = /<!-- tasklist:state\s*\n([\s\S]*?)\n-->/g;
/** GitHub rejects issue bodies and comments longer than this. */
const GITHUB_BODY_LIMIT = 65_536;
class BodyTooLargeError extends Error {
}
const DETAILS = ['full', 'compact', 'minimal', 'lean'];
/**
 * The most characters the timeline may take in the body. Past that it is
 * left out whole: a chart of hundreds of rows says little, and GitHub stops
 * drawing Mermaid text of 50,000 characters.
 */
const CHART_BUDGET = 16_000;
/**
 * The issue body. With `now` (GitHub's time), a timeline of the run comes
 * first in a collapsed block when it fits; it is the first thing shed, before
 * any detail of the checklist.
 */
function renderBody(snapshot, parts = { before: '', after: '' }, now) {
    const chart = now === undefined ? undefined : (0,_gantt_js__WEBPACK_IMPORTED_MODULE_1__/* .renderGantt */ .ZK)(snapshot, now);
    if (chart !== undefined && chart.length <= CHART_BUDGET) {
        const body = assemble(snapshot, parts, 'full', chart);
        if (body.length <= GITHUB_BODY_LIMIT)
            return body;
    }
    for (const detail of DETAILS) {
        const body = assemble(snapshot, parts, detail);
        if (body.length <= GITHUB_BODY_LIMIT)
            return body;
    }
    const size = assemble(snapshot, parts, 'lean').length;
    throw new BodyTooLargeError(`the TaskList body would be ${size} characters, over GitHub's limit of ${GITHUB_BODY_LIMIT}; use fewer or shorter task names, or move text people added to the issue into a comment`);
}
function assemble(full, parts, detail, chart) {
    const snapshot = detail === 'lean' ? (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .leanSnapshot */ .Nm)(full) : full;
    const region = [
        BEGIN_MARKER,
        `## ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(snapshot.title)}`,
        '',
        ...snapshot.tasks.map((task) => checklistLine(task, detail)),
        '',
        `<sub>${progressLine(snapshot)} · This block is kept by tasklist-action from the comment record; write your notes outside it.</sub>`,
        ...continuationLines(snapshot),
        '',
        ...(chart === undefined
            ? []
            : ['<details><summary>Timeline</summary>', '', (0,_gantt_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidBlock */ .tW)(chart), '', '</details>', '']),
        `${STATE_OPEN}\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inertJson */ .nl)((0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .toWire */ .BW)(snapshot))}\n-->`,
        END_MARKER,
    ].join('\n');
    return `${parts.before}${region}${parts.after}`;
}
/** Where the record went: people read the chain forwards from here. */
function continuationLines(snapshot) {
    const segments = snapshot.segments ?? [];
    const last = segments.at(-1);
    if (last === undefined)
        return [];
    const earlier = segments.slice(0, -1).map((s) => `#${s.issue}`);
    return [
        '',
        `<sub>The record continues in #${last.issue}${earlier.length === 0 ? '' : ` (after ${earlier.join(', ')})`}: this issue nears GitHub's limit of comments.</sub>`,
    ];
}
function progressLine(snapshot) {
    const done = snapshot.tasks.filter((t) => (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .isSettled */ .Is)(t.state.status)).length;
    return `${done} of ${snapshot.tasks.length} done`;
}
function checklistLine(task, detail) {
    const { name, description } = task.definition;
    const { status, durationSec, exitCode, runUrl, message } = task.state;
    const box = (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .isSettled */ .Is)(status) ? '[x]' : '[ ]';
    const facts = [status];
    if (detail === 'full' || detail === 'compact') {
        if (durationSec !== undefined && (status === 'COMPLETE' || status === 'FAILED'))
            facts.push((0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(durationSec));
        if (exitCode !== undefined && status === 'FAILED')
            facts.push(`exit ${exitCode}`);
        if (runUrl !== undefined)
            facts.push(`[run](${runUrl})`);
    }
    const shownDescription = detail === 'full' && description !== undefined ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(description)}` : '';
    const note = detail === 'full' && message !== undefined && status !== 'COMPLETE'
        ? ` — ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(message, 120))}`
        : '';
    return `- ${box} ${name}${shownDescription} (${facts.join(', ')})${note}`;
}
/** Which boxes are ticked, by task name, inside the managed block. */
function parseChecklist(region) {
    const boxes = new Map();
    for (const match of region.matchAll(/^- \[([ xX])\] ([a-z0-9]+(?:-[a-z0-9]+)*)\b/gm)) {
        const name = match[2];
        if (name !== undefined && !boxes.has(name))
            boxes.set(name, match[1] !== ' ');
    }
    return boxes;
}
function parseBody(body) {
    const text = (body ?? '').replace(/\r\n/g, '\n');
    const begins = countOf(text, BEGIN_MARKER);
    const ends = countOf(text, END_MARKER);
    if (begins === 0 && ends === 0 && !text.includes(STATE_OPEN))
        return { kind: 'not-tasklist' };
    if (begins !== 1 || ends !== 1) {
        return {
            kind: 'invalid',
            error: `the issue body has ${begins} TaskList begin and ${ends} end markers; exactly one of each is expected`,
        };
    }
    const start = text.indexOf(BEGIN_MARKER);
    const end = text.indexOf(END_MARKER);
    if (end < start)
        return { kind: 'invalid', error: 'the TaskList end marker comes before the begin marker' };
    const parts = { before: text.slice(0, start), after: text.slice(end + END_MARKER.length) };
    const region = text.slice(start, end);
    const blocks = Array.from(region.matchAll(STATE_PATTERN));
    if (blocks.length !== 1 || blocks[0]?.[1] === undefined) {
        return {
            kind: 'invalid',
            parts,
            error: `the TaskList block holds ${blocks.length} state blocks; exactly one is expected`,
        };
    }
    let json;
    try {
        json = JSON.parse(blocks[0][1]);
    }
    catch {
        return { kind: 'invalid', parts, error: 'the state block is not valid JSON' };
    }
    const version = typeof json === 'object' && json !== null && 'tasklist' in json ? json.tasklist : undefined;
    if (typeof version === 'number' && version > _model_js__WEBPACK_IMPORTED_MODULE_6__/* .SCHEMA_VERSION */ .f) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block has schema ${version}, newer than this tasklist-action understands (${_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SCHEMA_VERSION */ .f}); use a newer release of the action`,
        };
    }
    const wire = _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .WireSnapshotSchema */ .xv.safeParse(json);
    if (!wire.success) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block fails validation: ${zod__WEBPACK_IMPORTED_MODULE_7__/* .prettifyError */ .S1(wire.error).replace(/\s*\n\s*/g, ' ')}`,
        };
    }
    const parsed = _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .StoredSnapshotSchema */ .d2.safeParse((0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .fromWire */ .kn)(wire.data));
    if (!parsed.success) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block fails validation: ${zod__WEBPACK_IMPORTED_MODULE_7__/* .prettifyError */ .S1(parsed.error).replace(/\s*\n\s*/g, ' ')}`,
        };
    }
    return { kind: 'ok', snapshot: (0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_5__/* .snapshotFromStored */ .wI)(parsed.data), parts, checklist: parseChecklist(region) };
}
function countOf(text, needle) {
    return text.split(needle).length - 1;
}


/***/ }),

/***/ 8028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderRecordComment),
/* harmony export */   z: () => (/* binding */ renderPlanComment)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4612);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3369);




/** The outputs a complete records, shown fenced so no value can render as markdown or mention anyone. */
function outputsBlock(outputs) {
    const text = Object.entries(outputs)
        .map(([key, value]) => (value.includes('\n') ? `${key}<<EOF\n${value}\nEOF` : `${key}=${value}`))
        .join('\n');
    return ['', '<details><summary>Outputs</summary>', '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(text), '', '</details>'].join('\n');
}
const VERBS = {
    start: 'Started',
    takeover: 'Taken over after the previous holder’s lease expired',
    renew: 'Lease renewed',
    complete: 'Completed',
    fail: 'Failed',
    skip: 'Skipped',
    retry: 'Sent back for a retry',
    reset: 'Reset to run again',
};
/** The comment people read for one transition, with the record the action reads. */
function renderRecordComment(record, extras = {}) {
    const lines = [];
    const arrow = record.from === record.to ? record.to : `${record.from} -> ${record.to}`;
    lines.push(`**\`[${record.task}] ${record.name}\`**: \`${arrow}\``);
    const who = record.holder.url === undefined
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(record.holder.label)
        : `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(record.holder.label)}](${record.holder.url})`;
    const facts = [`${VERBS[record.op]} by ${who}`];
    if (record.requestedBy !== undefined)
        facts.push(`at the request of @\u200b${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(record.requestedBy)}`);
    if (extras.durationSec !== undefined)
        facts.push(`after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(extras.durationSec)}`);
    if (record.x !== undefined)
        facts.push(`exit code ${record.x}`);
    if (record.lease !== undefined && (record.op === 'start' || record.op === 'takeover' || record.op === 'renew')) {
        facts.push(`lease ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(record.lease)}`);
    }
    lines.push(facts.join(' · '));
    const message = extras.message ?? record.m;
    if (message !== undefined && message !== '')
        lines.push('', `> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(message, 2000))}`);
    const tail = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeRecord */ .Ym)(record);
    if (record.out !== undefined && Object.keys(record.out).length > 0)
        lines.push(outputsBlock(record.out));
    if (extras.output !== undefined && extras.output !== '') {
        const fixed = lines.join('\n').length + tail.length + 200;
        // Long backtick runs are broken up so the fence stays short and the cut below is exact.
        let output = extras.output.replace(/`{16,}/g, (run) => (run.match(/`{1,15}/g) ?? []).join('\u200b'));
        // Measure the whole block, fence included, and cut until it fits.
        for (;;) {
            const block = [
                '',
                '<details><summary>Last lines of output</summary>',
                '',
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(output),
                '',
                '</details>',
            ].join('\n');
            const excess = fixed + block.length - _body_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_BODY_LIMIT */ .nY;
            if (excess <= 0) {
                lines.push(block);
                break;
            }
            output = `[… cut to fit GitHub's comment limit]\n${output.slice(Math.min(output.length, excess + 64))}`;
        }
    }
    lines.push('', tail);
    return lines.join('\n');
}
/** The comment for a plan change: one line per task it adds, redefines or removes, and who made it. */
function renderPlanComment(record, lines) {
    const who = record.holder.url === undefined
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(record.holder.label)
        : `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(record.holder.label)}](${record.holder.url})`;
    const accepted = record.accepted.length === 0
        ? []
        : [
            `Accepted with plan-change: accept for ${record.accepted.map((name) => `\`${name}\``).join(', ')}, which had run`,
        ];
    return [
        '**Plan changed**',
        `By ${who}`,
        '',
        ...lines.map((line) => `- \`${line}\``),
        ...(accepted.length === 0 ? [] : ['', ...accepted]),
        '',
        (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .encodePlanRecord */ .lw)(record),
    ].join('\n');
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
