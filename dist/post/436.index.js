export const id = 436;
export const ids = [436];
export const modules = {

/***/ 8:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   gr: () => (/* binding */ ACTION_ADVICE)
/* harmony export */ });
/* unused harmony export describeForAction */
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(953);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(703);
/* harmony import */ var _storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(347);



/** A workflow step's advice on token and access problems. */
const ACTION_ADVICE = {
    token: 'pass a valid token',
    access: "give the job 'permissions: issues: write' (and 'actions: write' to dispatch workflows), or use a token with that access",
};
/** Describes a GitHub error in a workflow step's words. */
function describeForAction(error, what) {
    return (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGitHubError */ .dZ)(error, what, ACTION_ADVICE);
}
function heldLine(error) {
    const { held, waitedSec } = error;
    if (waitedSec !== undefined) {
        return `${held.task} in TaskList #${held.tasklist} is still IN_PROGRESS, held by ${held.holder}, after waiting ${(0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(waitedSec)}; raise wait-timeout or re-run later`;
    }
    return `${held.task} in TaskList #${held.tasklist} is IN_PROGRESS, held by ${held.holder} since ${held.since}; its lease runs until ${held.leaseEnd}. Wait for that job, or set on-busy: wait or skip`;
}
/**
 * The single line a failed step ends with. A TaskList kept in another repository (input `repository`)
 * is the usual reason for a 404 or 403 there: the job's own token cannot see it, so say which token can.
 */
function errorLine(error, repository) {
    const line = baseLine(error);
    const cause = (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .faultOf */ .Kl)(error)?.cause ?? error;
    if (repository !== undefined && ((0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isHttpStatus */ .Bd)(cause, 404) || (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isHttpStatus */ .Bd)(cause, 403)))
        return `${line}; the TaskList is in ${repository}, so the token must have issues access there, such as a GitHub App token from actions/create-github-app-token`;
    return line;
}
function baseLine(error) {
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TaskHeldError */ .Vt)
        return heldLine(error);
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UntrustedTokenError */ .o$)
        return `${error.message}; use a token of one of those accounts, or add ${error.login} to trusted-authors (on this step, or at create)`;
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabelsDroppedError */ .QI)
        return `${error.message}; use a token whose account has push access (write) to the repository`;
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TooManyTasksError */ .Ug)
        return `Invalid input 'tasks': ${error.message}`;
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockFailedError */ .rG)
        return `${(0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFault */ .Qx)(error.fault, ACTION_ADVICE)}; it works as it is: lock #${error.tasklist} by hand (a re-run with lock: false opens another TaskList unless key is set)`;
    const fault = (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .faultOf */ .Kl)(error);
    if (fault !== undefined)
        return (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFault */ .Qx)(fault, ACTION_ADVICE);
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TaskListError */ .wW)
        return error.message;
    if (typeof error === 'object' && error !== null && 'status' in error)
        return describeForAction(error, 'the TaskList');
    const text = error instanceof Error ? error.message : String(error);
    return `Unexpected error: ${text.split('\n')[0] ?? text}; re-run with step debug logging (ACTIONS_STEP_DEBUG) and report it`;
}


/***/ }),

/***/ 436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPost: () => (/* binding */ runPost)
});

// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(721);
// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(746);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(703);
;// CONCATENATED MODULE: ./build/app/find-task.js


/** The task by name or ID (t1, t2, ...), or undefined when the state has none such. */
function lookupTask(state, name) {
    let index = state.tasks.findIndex((t) => t.definition.name === name);
    if (index === -1)
        index = (0,task_spec/* taskIndex */.oN)(name);
    const task = state.tasks[index];
    return task === undefined ? undefined : { index, id: (0,task_spec/* taskId */.BS)(index), task };
}
/** The error for a task the state does not have, listing the ones it has. */
function unknownTask(state, name, issueNumber) {
    const names = state.tasks.map((t) => t.definition.name);
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
    return new errors/* UnknownTaskError */.QG(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`);
}
function findTask(state, name, issueNumber) {
    const found = lookupTask(state, name);
    if (found === undefined)
        throw unknownTask(state, name, issueNumber);
    return found;
}

// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(299);
// EXTERNAL MODULE: ./build/domain/fold.js + 1 modules
var fold = __webpack_require__(871);
// EXTERNAL MODULE: ./build/domain/plan-fields.js
var plan_fields = __webpack_require__(266);
;// CONCATENATED MODULE: ./build/domain/runnable.js

/** The needs of a task that are not COMPLETE or SKIPPED, in the order the task lists them. */
function runnable_unmetNeeds(tasks, name) {
    const byName = new Map(tasks.map((task) => [task.name, task]));
    const task = byName.get(name);
    if (task === undefined)
        return [];
    return task.needs
        .map((need) => ({ need, status: byName.get(need)?.status }))
        .filter((unmet) => unmet.status === undefined || !isSettled(unmet.status));
}
/**
 * Could start now: PENDING or FAILED (or IN_PROGRESS under a claim whose lease
 * ran out, which a start takes over), with every need COMPLETE or SKIPPED.
 */
function isRunnable(tasks, task) {
    const open = task.status === 'PENDING' || task.status === 'FAILED' || (task.status === 'IN_PROGRESS' && !task.liveClaim);
    return open && runnable_unmetNeeds(tasks, task.name).length === 0;
}
/** The tasks that could start now, in plan order. */
function runnable_runnableTasks(tasks) {
    return tasks.filter((task) => isRunnable(tasks, task)).map((task) => task.name);
}
function runnable_progressOf(tasks, exclude = new Set()) {
    const next = runnable_runnableTasks(tasks).find((name) => !exclude.has(name));
    if (next !== undefined)
        return { kind: 'runnable', next };
    if (tasks.every((task) => isSettled(task.status)))
        return { kind: 'done' };
    const held = tasks.filter((task) => task.status === 'IN_PROGRESS' && task.liveClaim).map((task) => task.name);
    if (held.length > 0)
        return { kind: 'waiting', held };
    return { kind: 'stuck', blocked: tasks.filter((task) => !isSettled(task.status)).map((task) => task.name) };
}

;// CONCATENATED MODULE: ./build/app/plan-state.js



/** The TaskList as the dependency rules see it, with claims judged live at `now` (GitHub's clock when known). */
function graphOf(state, now) {
    return state.tasks.map((task) => ({
        name: task.definition.name,
        status: task.state.status,
        needs: runFieldsOf(task.definition).needs,
        // IN_PROGRESS without a claim cannot be taken over, so it counts as held.
        liveClaim: task.state.claim === undefined ? task.state.status === 'IN_PROGRESS' : leaseExpiry(task.state.claim) >= now,
    }));
}
function plan_state_runnableNames(state, now) {
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

;// CONCATENATED MODULE: ./build/app/report.js



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
    state.tasks.forEach((task, index) => log.info(taskLine(taskId(index), index === asBefore?.index ? asBefore.task : task)));
}
function reportCreated(log, issueNumber, state) {
    log.info(`TaskList Created: ${issueNumber}`);
    log.info(`TaskList ID: ${issueNumber}`);
    state.tasks.forEach((task, index) => log.info(taskLine(taskId(index), task)));
}
/** The first task that could start now: open, every need COMPLETE or SKIPPED, not held by a live claim. */
function nextTask(state, now = Date.now()) {
    return runnableNames(state, now)[0] ?? '';
}
function isComplete(state) {
    return state.tasks.every((t) => isSettled(t.state.status));
}
function statusMap(state) {
    return Object.fromEntries(state.tasks.map((t) => [t.definition.name, t.state.status]));
}

;// CONCATENATED MODULE: ./build/app/transition.js




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
            to: (0,domain_status/* targetOf */.$r)(request.op),
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
            throw new errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`);
        }
        log.info(transitionLine(id, task.definition.name, task.state.status, (0,domain_status/* targetOf */.$r)(request.op)));
        // An operator who sends a task back to PENDING reopens a TaskList that was closed as finished.
        return store.publish(submission.view, { reopen: request.op === 'reset' || request.op === 'retry' });
    }
}
/** Whether the view, as far as it was read, allows the request; an unknown task is refused too. */
function decide(view, request) {
    const number = view.issue.number;
    const found = lookupTask(view.state, request.task);
    // A plan change in the tail may have added it.
    if (found === undefined)
        return { kind: 'refused', error: unknownTask(view.state, request.task, number) };
    const { id, task } = found;
    if (!(0,domain_status/* isLegal */.cQ)(request.op, task.state.status, request.authority)) {
        return {
            kind: 'refused',
            error: new errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: ${(0,domain_status/* illegalTransitionHint */.ZD)(request.op, task.state.status, request.authority)}`),
        };
    }
    if (actsOnClaim(request.op) && request.ownClaim !== undefined && task.state.claim?.id !== request.ownClaim) {
        return {
            kind: 'refused',
            error: new errors/* TaskBusyError */.rz(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: this job's claim ended and ${task.state.claim?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`),
        };
    }
    return { kind: 'write', id, task };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./build/action/claim-state.js
var claim_state = __webpack_require__(843);
;// CONCATENATED MODULE: ./build/action/claim-handoff.js



/**
 * How steps of one job hand a claim to each other: `start` exports the claim
 * id for a later `complete` or `fail`, and saves it for its own post step,
 * which fails the task as interrupted if the job ends while it is still held.
 */
function heldClaim(tasklistId, taskId) {
    const value = process.env[claimVariable(tasklistId, taskId)];
    return value === undefined || value === '' || value === RELEASED ? undefined : value;
}
function isReleased(tasklistId, taskId) {
    return process.env[(0,claim_state/* claimVariable */.r0)(tasklistId, taskId)] === claim_state/* RELEASED */.iB;
}
function exportClaim(tasklistId, taskId, claimId) {
    core.exportVariable(claimVariable(tasklistId, taskId), claimId);
}
function releaseClaim(tasklistId, taskId) {
    core.exportVariable(claimVariable(tasklistId, taskId), RELEASED);
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
    core.saveState(CLAIM_STATE_KEY, claim === undefined ? '' : JSON.stringify(claim));
}
function savedClaim() {
    const raw = workflow_commands/* getState */.Gu(claim_state/* CLAIM_STATE_KEY */.zP);
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

// EXTERNAL MODULE: ./build/action/error-line.js
var error_line = __webpack_require__(8);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var mini_schemas = __webpack_require__(343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(759);
// EXTERNAL MODULE: ./build/domain/claim-limits.js
var claim_limits = __webpack_require__(922);
// EXTERNAL MODULE: ./build/domain/duration.js
var duration = __webpack_require__(953);
// EXTERNAL MODULE: ./build/domain/plan-limits.js
var plan_limits = __webpack_require__(419);
;// CONCATENATED MODULE: ./build/domain/task-outputs.js
const OUTPUT_KEY_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_OUTPUT_KEY = 64;
const MAX_OUTPUT_KEYS = 20;
/** Keys and values of one task together: small enough that hundreds of tasks still fit in one issue. */
const MAX_OUTPUT_CHARS = 2000;
class OutputsError extends Error {
    /** The line of the outputs text the problem is on, when it is about one line. */
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** Reads output lines; a key given twice keeps its last value, as GITHUB_OUTPUT does. */
function parseOutputLines(text) {
    const outputs = new Map();
    const lines = text.split(/\r?\n/);
    let index = 0;
    while (index < lines.length) {
        const lineNo = index + 1;
        const line = lines[index] ?? '';
        index += 1;
        if (line.trim() === '')
            continue;
        const equals = line.indexOf('=');
        const heredoc = line.indexOf('<<');
        if (heredoc !== -1 && (equals === -1 || heredoc < equals)) {
            const key = checkedKey(line.slice(0, heredoc), lineNo);
            const delimiter = line.slice(heredoc + 2);
            if (delimiter.trim() === '')
                throw new OutputsError(`line ${lineNo}: '${key}<<' needs a delimiter, such as ${key}<<EOF`, lineNo);
            const end = lines.indexOf(delimiter, index);
            if (end === -1)
                throw new OutputsError(`line ${lineNo}: the value of '${key}' is never closed; end it with a line that is exactly ${delimiter.slice(0, 40)}`, lineNo);
            outputs.set(key, lines.slice(index, end).join('\n'));
            index = end + 1;
            continue;
        }
        if (equals === -1)
            throw new OutputsError(`line ${lineNo}: write key=value, or key<<EOF and the value's lines up to EOF`, lineNo);
        outputs.set(checkedKey(line.slice(0, equals), lineNo), line.slice(equals + 1));
    }
    return checkOutputs(Object.fromEntries(outputs));
}
/**
 * Outputs given one `key=value` each, as command-line options give them: the
 * value is everything after the first `=`, newlines included. Keys and limits
 * are checked as for output lines; a key given twice keeps its last value.
 */
function parseOutputPairs(pairs) {
    const outputs = new Map();
    for (const pair of pairs) {
        const equals = pair.indexOf('=');
        if (equals === -1)
            throw new OutputsError(`'${pair.slice(0, 80)}' is not key=value; give the key, '=' and the value, such as backup-id=bk-42`);
        const key = pair.slice(0, equals).trim();
        const problem = keyProblem(key);
        if (problem !== undefined)
            throw new OutputsError(problem);
        // As the action reads output lines: a CRLF inside a value is a newline.
        outputs.set(key, pair.slice(equals + 1).replace(/\r\n/g, '\n'));
    }
    return checkOutputs(Object.fromEntries(outputs));
}
/** Checks a task's outputs against the limits the README states. */
function checkOutputs(outputs) {
    const keys = Object.keys(outputs);
    if (keys.length > MAX_OUTPUT_KEYS)
        throw new OutputsError(`${keys.length} outputs given; a task records at most ${MAX_OUTPUT_KEYS}`);
    const size = keys.reduce((sum, key) => sum + key.length + (outputs[key]?.length ?? 0), 0);
    if (size > MAX_OUTPUT_CHARS)
        throw new OutputsError(`the outputs take ${size} characters; a task records at most ${MAX_OUTPUT_CHARS} (keys and values together), so record a reference such as an ID or a URL instead of the data`);
    return outputs;
}
function checkedKey(raw, lineNo) {
    const key = raw.trim();
    const problem = keyProblem(key);
    if (problem !== undefined)
        throw new OutputsError(`line ${lineNo}: ${problem}`, lineNo);
    return key;
}
function keyProblem(key) {
    if (OUTPUT_KEY_PATTERN.test(key) && key.length <= MAX_OUTPUT_KEY)
        return undefined;
    return `'${key.slice(0, 80)}' is not an output key; use a lowercase slug of letters, digits, hyphens and underscores (at most ${MAX_OUTPUT_KEY} characters), such as backup-id`;
}

// EXTERNAL MODULE: ./build/storage/repository.js + 1 modules
var repository = __webpack_require__(320);
;// CONCATENATED MODULE: ./build/action/inputs.js








const COMMANDS = ['create', 'load', 'start', 'complete', 'fail', 'skip', 'run', 'resume', 'bot'];
const DEFAULT_ON_BUSY = 'fail';
const PLAN_CHANGE = ['fail', 'accept'];
const DEFAULT_PLAN_CHANGE = 'fail';
const DEFAULT_PERMISSION = 'write';
/** The defaults action.yml declares, as this parser applies them; a test keeps the two in step. */
const INPUT_DEFAULTS = {
    'plan-change': DEFAULT_PLAN_CHANGE,
    'on-busy': DEFAULT_ON_BUSY,
    'wait-timeout': claim_limits/* WAIT_TIMEOUT */.MN.defaultText,
    lease: claim_limits/* LEASE */.DL.defaultText,
    permission: DEFAULT_PERMISSION,
    lock: 'false',
    'close-on-complete': 'false',
};
// zod/mini: the same validation with a fraction of the start-up cost, on a path every step takes.
const inputs_text = mini_schemas/* optional */.lqM(mini_schemas/* string */.YjP());
const list = mini_schemas/* pipe */.FsL(mini_schemas/* optional */.lqM(mini_schemas/* string */.YjP()), mini_schemas/* transform */.pdi((value) => (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')));
function inputs_duration({ defaultText, maxSec }) {
    return mini_schemas/* pipe */.FsL(mini_schemas/* _default */.Rvf(mini_schemas/* string */.YjP(), defaultText), mini_schemas/* transform */.pdi((value, ctx) => {
        const seconds = (0,duration/* parseDuration */.E)(value);
        if (seconds === undefined || seconds <= 0 || seconds > maxSec) {
            ctx.issues.push({
                code: 'custom',
                input: value,
                message: `'${value}' is not a duration up to ${maxSec / 3600}h; write it as 90s, 15m, 6h or 1h30m`,
            });
            return core_core/* NEVER */.tm;
        }
        return seconds;
    }));
}
const fields = {
    command: mini_schemas/* enum */.k5n(COMMANDS, {
        error: (issue) => issue.input === undefined
            ? 'is required'
            : `'${typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input)}' is not a command; use one of ${COMMANDS.join(', ')}`,
    }),
    token: mini_schemas/* string */.YjP({ error: 'is empty; pass a token, for example ${{ github.token }}' }),
    'tasklist-id': mini_schemas/* optional */.lqM(mini_schemas/* pipe */.FsL(mini_schemas/* string */.YjP().check(api/* _regex */.Fk(/^\s*#?[1-9]\d{0,9}\s*$/, {
        error: 'must be an issue number such as 42 (the TaskList ID that command: create printed)',
    })), mini_schemas/* transform */.pdi((value) => Number(value.trim().replace('#', ''))))),
    title: mini_schemas/* optional */.lqM(mini_schemas/* string */.YjP().check(api/* _maxLength */.Eb(plan_limits/* MAX_TITLE */.Og, {
        error: `is longer than GitHub allows for an issue title (${plan_limits/* MAX_TITLE */.Og} characters)`,
    }))),
    tasks: inputs_text,
    'plan-file': inputs_text,
    'plan-change': mini_schemas/* _default */.Rvf(mini_schemas/* enum */.k5n(PLAN_CHANGE, { error: 'must be fail or accept' }), DEFAULT_PLAN_CHANGE),
    key: mini_schemas/* optional */.lqM(mini_schemas/* string */.YjP().check(api/* _maxLength */.Eb(plan_limits/* MAX_KEY */.tu, { error: `is longer than ${plan_limits/* MAX_KEY */.tu} characters` }))),
    labels: mini_schemas/* pipe */.FsL(list, mini_schemas/* array */.YOg(mini_schemas/* string */.YjP().check(api/* _maxLength */.Eb(50, { error: 'has a label longer than GitHub allows (50 characters)' })))),
    lock: mini_schemas/* pipe */.FsL(mini_schemas/* _default */.Rvf(mini_schemas/* enum */.k5n(['true', 'false'], { error: 'must be true or false' }), INPUT_DEFAULTS.lock), mini_schemas/* transform */.pdi((value) => value === 'true')),
    task: inputs_text,
    run: inputs_text,
    timeout: mini_schemas/* optional */.lqM(mini_schemas/* pipe */.FsL(mini_schemas/* string */.YjP(), mini_schemas/* transform */.pdi((value, ctx) => {
        const seconds = (0,duration/* parseDuration */.E)(value);
        if (seconds === undefined || seconds <= 0 || seconds > plan_limits/* MAX_TIMEOUT_SEC */.Jh) {
            ctx.issues.push({
                code: 'custom',
                input: value,
                message: `'${value}' is not a duration up to 5d; write it as 90s, 15m or 1h30m`,
            });
            return core_core/* NEVER */.tm;
        }
        return seconds;
    }))),
    retries: mini_schemas/* optional */.lqM(mini_schemas/* pipe */.FsL(mini_schemas/* string */.YjP().check(api/* _regex */.Fk(/^\s*(?:\d|10)\s*$/, { error: 'must be a whole number from 0 to 10' })), mini_schemas/* transform */.pdi((value) => Number(value.trim())))),
    message: inputs_text,
    outputs: inputs_text,
    'on-busy': mini_schemas/* _default */.Rvf(mini_schemas/* enum */.k5n(claim_limits/* ON_BUSY */.E$, { error: `must be ${claim_limits/* ON_BUSY */.E$.slice(0, -1).join(', ')} or ${claim_limits/* ON_BUSY */.E$.at(-1) ?? ''}` }), DEFAULT_ON_BUSY),
    'wait-timeout': inputs_duration(claim_limits/* WAIT_TIMEOUT */.MN),
    lease: inputs_duration(claim_limits/* LEASE */.DL),
    'trusted-authors': list,
    permission: mini_schemas/* _default */.Rvf(mini_schemas/* enum */.k5n(repository/* PERMISSIONS */.Jj, { error: `must be one of ${repository/* PERMISSIONS */.Jj.join(', ')}` }), DEFAULT_PERMISSION),
    'resume-workflow': inputs_text,
    ref: inputs_text,
    repository: mini_schemas/* optional */.lqM(mini_schemas/* pipe */.FsL(mini_schemas/* string */.YjP(), mini_schemas/* transform */.pdi((value, ctx) => {
        const trimmed = value.trim();
        const [, name] = trimmed.split('/');
        if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(trimmed) || name === '.' || name === '..') {
            ctx.issues.push({
                code: 'custom',
                input: value,
                message: `'${trimmed.slice(0, 100)}' is not owner/name; name the repository that holds the TaskList, such as octo-org/ops`,
            });
            return core_core/* NEVER */.tm;
        }
        return trimmed;
    }))),
    'close-on-complete': mini_schemas/* pipe */.FsL(mini_schemas/* _default */.Rvf(mini_schemas/* string */.YjP(), INPUT_DEFAULTS['close-on-complete']), mini_schemas/* transform */.pdi((value, ctx) => {
        // The spellings the runner's own boolean inputs accept.
        if (['true', 'True', 'TRUE'].includes(value.trim()))
            return true;
        if (['false', 'False', 'FALSE'].includes(value.trim()))
            return false;
        ctx.issues.push({ code: 'custom', input: value, message: `'${value.slice(0, 40)}' is not true or false` });
        return core_core/* NEVER */.tm;
    })),
};
/** Every input action.yml declares, in the schema's order; the README table and a test keep these in step. */
const INPUT_NAMES = Object.keys(fields);
const schema = mini_schemas/* object */.Ikc(fields);
/** Why a command needs an input, worded as the fix. */
const WHY_NEEDED = {
    'tasklist-id': 'pass the TaskList ID (the issue number) that command: create printed',
    task: 'name the task, such as database-migration',
    run: 'give the shell command to run for the task',
    title: 'give the TaskList a title',
    tasks: "list one task a line, as 'name' or 'name: description'",
};
function required(value, field, command) {
    if (value === undefined)
        throw new errors/* InputError */.dz(`Invalid input '${field}': is required for command: ${command}; ${WHY_NEEDED[field]}`);
    return value;
}
/**
 * A `tasks` input that is a YAML mapping with fields: some line is a bare `name:` with an indented line
 * below it, or a task's value is a flow mapping. Line form never looks like this.
 */
function isFieldMapping(text) {
    return ((/^[^\s#-][^\n]*:[ \t]*(?:#.*)?$/m.test(text) && /^[ \t]+[^\s#-]/m.test(text)) ||
        /^[^\s#][^:\n]*:[ \t]*\{/m.test(text));
}
function outputLines(text) {
    try {
        return parseOutputLines(text);
    }
    catch (error) {
        if (error instanceof OutputsError)
            throw new errors/* InputError */.dz(`Invalid input 'outputs': ${error.message}`);
        throw error;
    }
}
function taskSpecs(text) {
    try {
        return (0,task_spec/* parseTaskSpecs */.J9)(text);
    }
    catch (error) {
        if (error instanceof task_spec/* TaskSpecError */.nq)
            throw new errors/* InputError */.dz(`Invalid input 'tasks': ${error.message}`);
        throw error;
    }
}
/** Leaves an optional field out rather than setting it to undefined. */
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
function request(value) {
    const { command } = value;
    const step = {
        token: value.token,
        trustedAuthors: value['trusted-authors'],
        ...optional('repository', value.repository),
        closeOnComplete: value['close-on-complete'],
    };
    // Required inputs are checked in the order action.yml declares them, so the first missing one is named.
    switch (command) {
        case 'create': {
            const planFile = value['plan-file']?.trim();
            if (planFile !== undefined && value.tasks !== undefined)
                throw new errors/* InputError */.dz("Invalid input 'plan-file': give the tasks either in 'tasks' or in 'plan-file', not both; keep the plan file so the pipeline and the resume workflow share it");
            // An installation token (ghs_: GITHUB_TOKEN or a GitHub App's) may lock an issue but never comment
            // on a locked one, so every record after the lock would be refused.
            if (value.lock && value.token.startsWith('ghs_'))
                throw new errors/* InputError */.dz("Invalid input 'lock': GitHub lets no app comment on a locked issue, GITHUB_TOKEN's github-actions[bot] included, so this token could write no record after it; drop lock, or pass a personal token of someone with write access here and in every step that writes to the TaskList");
            const common = {
                command,
                ...step,
                ...optional('key', value.key),
                labels: value.labels,
                lock: value.lock,
                planChange: value['plan-change'],
            };
            if (planFile !== undefined)
                return { ...common, ...optional('title', value.title), planFile };
            const title = required(value.title, 'title', command);
            const text = required(value.tasks, 'tasks', command);
            if (isFieldMapping(text))
                return { ...common, title, tasksYaml: text };
            return { ...common, title, tasks: taskSpecs(text) };
        }
        case 'load':
            return {
                command,
                ...step,
                tasklistId: required(value['tasklist-id'], 'tasklist-id', command),
                ...optional('task', value.task?.trim()),
            };
        case 'start':
        case 'run':
        case 'complete':
        case 'fail':
        case 'skip': {
            const tasklistId = required(value['tasklist-id'], 'tasklist-id', command);
            const task = required(value.task?.trim(), 'task', command);
            const message = optional('message', value.message);
            if (command === 'complete')
                return {
                    command,
                    ...step,
                    tasklistId,
                    task,
                    ...message,
                    ...optional('outputs', value.outputs === undefined ? undefined : outputLines(value.outputs)),
                };
            if (command === 'fail' || command === 'skip')
                return { command, ...step, tasklistId, task, ...message };
            const claim = {
                tasklistId,
                task,
                ...message,
                onBusy: value['on-busy'],
                waitTimeoutSec: value['wait-timeout'],
                leaseSec: value.lease,
            };
            if (command === 'start')
                return { command, ...step, ...claim };
            return {
                command,
                ...step,
                ...claim,
                run: required(value.run, 'run', command),
                ...optional('timeoutSec', value.timeout),
                ...optional('retries', value.retries),
            };
        }
        case 'resume':
            return {
                command,
                ...step,
                tasklistId: required(value['tasklist-id'], 'tasklist-id', command),
                waitTimeoutSec: value['wait-timeout'],
                leaseSec: value.lease,
            };
        case 'bot':
            return {
                command,
                ...step,
                permission: value.permission,
                ...optional('resumeWorkflow', value['resume-workflow']),
                ...optional('ref', value.ref),
            };
    }
}
/**
 * Reads every input once into the request of its command. Any problem becomes
 * one line that names the input and what to write instead: first the format of
 * every input given, in action.yml's order, then what the command needs.
 */
function parseInputs(read) {
    // An empty input is an absent one, as on the runner, where unset inputs arrive as ''.
    const raw = Object.fromEntries(INPUT_NAMES.map((name) => {
        const value = read(name);
        return [name, value.trim() === '' ? undefined : value];
    }));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue?.path[0] ?? 'input');
        throw new errors/* InputError */.dz(`Invalid input '${field}': ${issue?.message ?? 'is not valid'}`);
    }
    return request(parsed.data);
}

;// CONCATENATED MODULE: ./build/action/runner-context.js

function readRunnerContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, extra] = repository.split('/');
    if (owner === undefined || owner === '' || repo === undefined || repo === '' || extra !== undefined) {
        throw new errors/* InputError */.dz(`GITHUB_REPOSITORY is '${repository}', not owner/name; run the action in a GitHub Actions job, which sets it`);
    }
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    const cap = nonEmpty(env.TASKLIST_COMMENT_CAP);
    if (cap !== undefined && !/^[1-9]\d{1,5}$/.test(cap))
        throw new errors/* InputError */.dz(`TASKLIST_COMMENT_CAP is '${cap}', not a number of comments from 10 up; unset it to use GitHub's 2,500`);
    return {
        ...(cap === undefined ? {} : { commentCap: Number(cap) }),
        owner,
        repo,
        apiUrl: nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com',
        serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
        runId: nonEmpty(env.GITHUB_RUN_ID),
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : undefined,
        job: nonEmpty(env.GITHUB_JOB),
        workspace: nonEmpty(env.GITHUB_WORKSPACE) ?? process.cwd(),
        eventName: nonEmpty(env.GITHUB_EVENT_NAME),
        eventPath: nonEmpty(env.GITHUB_EVENT_PATH),
    };
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/** The run and job that hold a claim, as shown in comments and checked on takeover. */
function workflowHolder(context) {
    const attempt = context.runAttempt ?? 1;
    if (context.runId === undefined)
        return { label: `job ${context.job ?? 'unknown'}`, ...(context.job === undefined ? {} : { job: context.job }) };
    return {
        run: context.runId,
        attempt,
        ...(context.job === undefined ? {} : { job: context.job }),
        url: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`,
        label: `run ${context.runId}${attempt > 1 ? ` attempt ${attempt}` : ''}${context.job === undefined ? '' : `, job ${context.job}`}`,
    };
}

;// CONCATENATED MODULE: ./build/action/post-run.js







/**
 * Runs when the job ends. If the task this step claimed is still IN_PROGRESS
 * under its claim, the job ended mid-task (a later step failed, or the job was
 * cancelled): record it as FAILED 'interrupted', or record the outcome `run`
 * learned but could not write.
 */
async function runPost() {
    try {
        const saved = savedClaim();
        if (saved === undefined || isReleased(saved.tasklistId, saved.taskId))
            return;
        const inputs = parseInputs((name) => workflow_commands/* getInput */.V4(name));
        const runner = readRunnerContext(process.env);
        const { connect, actionLogger } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(558)]).then(__webpack_require__.bind(__webpack_require__, 558));
        const { store } = connect(inputs, runner);
        const view = await store.load(saved.tasklistId);
        const { task } = findTask(view.state, saved.taskId, saved.tasklistId);
        if (task.state.status !== 'IN_PROGRESS' || task.state.claim?.id !== saved.claimId) {
            workflow_commands/* info */.pq(`${task.definition.name}: ${task.state.status}; this job's claim has ended, nothing to clean up`);
            return;
        }
        const pending = saved.pending;
        if (pending === undefined)
            workflow_commands/* warning */.$e(`${task.definition.name} was still IN_PROGRESS when the job ended; recording it as FAILED (interrupted)`);
        else
            workflow_commands/* warning */.$e(`${task.definition.name} finished with exit code ${pending.exitCode}, but the step ended before recording it; recording it now`);
        const message = pending === undefined ? 'interrupted' : pending.message;
        await transition(store, actionLogger, view, {
            task: task.definition.name,
            op: pending?.op ?? 'fail',
            authority: 'workflow',
            holder: workflowHolder(runner),
            ownClaim: saved.claimId,
            ...(message === undefined ? {} : { message }),
            ...(pending === undefined ? {} : { exitCode: pending.exitCode }),
        });
    }
    catch (error) {
        workflow_commands/* setFailed */.C1((0,error_line/* errorLine */.BP)(error));
    }
}


/***/ }),

/***/ 721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info)
/* harmony export */ });
/* unused harmony exports setOutput, exportVariable, saveState, setSecret, error, appendSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(161);
/**
 * The runner's workflow commands this action uses, written out as @actions/core writes them.
 * @actions/core loads an HTTP client (undici, for OIDC tokens this action never asks for) when it
 * is imported, and that alone costs every step more start-up than all of the action's own code.
 */




function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value::message` on stdout, the form the runner parses. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    process.stdout.write(`::${command}${props === '' ? '' : ` ${props}`}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
/**
 * Appends `name<<delimiter … delimiter` to the runner's file for `kind` (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE). False when the runner gave no such file, so the caller falls back to a stdout command.
 */
function appendKeyValue(kind, name, value) {
    const path = process.env[`GITHUB_${kind}`] ?? '';
    if (path === '')
        return false;
    if (!existsSync(path))
        throw new Error(`Missing file at path: ${path}`);
    // A random delimiter, so no value can end the entry early and inject another.
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`);
    appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
    return true;
}
/** An input of the step: '' when not set, surrounding whitespace trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    if (appendKeyValue('OUTPUT', name, value))
        return;
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
}
/** Sets an environment variable for this process and every later step of the job. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!appendKeyValue('ENV', name, value))
        issueCommand('set-env', { name }, value);
}
/** Saves a value for this step's post step, which reads it as STATE_<name>. */
function saveState(name, value) {
    if (!appendKeyValue('STATE', name, value))
        issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Masks a value in the job's log from here on. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function warning(message) {
    issueCommand('warning', {}, message);
}
function error(message) {
    issueCommand('error', {}, message);
}
/** Logs the error and makes the step fail when the process exits. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends markdown, and a line break, to the job summary, when the runner provides one. */
async function appendSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY ?? '';
    if (path === '')
        return;
    await appendFile(path, markdown + EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ attemptsOf),
/* harmony export */   t: () => (/* binding */ historyAfter)
/* harmony export */ });
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(381);

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

/***/ 885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * JSON with object keys sorted at every depth and undefined members left out,
 * so equal values give equal text whatever order their keys were built or
 * parsed in. Digests are taken over this text, never over a list of fields.
 */
function canonicalJson(value) {
    return JSON.stringify(sorted(value));
}
function sorted(value) {
    if (Array.isArray(value))
        return value.map(sorted);
    if (typeof value !== 'object' || value === null)
        return value;
    // fromEntries defines own properties, so a key such as "__proto__" stays data.
    return Object.fromEntries(Object.entries(value)
        .filter(([, member]) => member !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, member]) => [key, sorted(member)]));
}


/***/ }),

/***/ 922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ LEASE),
/* harmony export */   E$: () => (/* binding */ ON_BUSY),
/* harmony export */   MN: () => (/* binding */ WAIT_TIMEOUT)
/* harmony export */ });
// Kept apart from claim.ts and its schemas: every step's input parsing reads these, and start-up
// should not pay for loading zod's full API to learn a default.
/** What a step does when the task it wants is held by a live claim. */
const ON_BUSY = ['wait', 'skip', 'fail'];
/** How long a claim holds before another job may take the task over. */
const LEASE = { defaultText: '6h', defaultSec: 6 * 3600, maxSec: 7 * 86400 };
/** With on-busy wait, how long a step waits for a held task before it fails. */
const WAIT_TIMEOUT = { defaultText: '30m', defaultSec: 30 * 60, maxSec: 6 * 3600 };


/***/ }),

/***/ 73:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ HolderSchema),
/* harmony export */   Gq: () => (/* binding */ ClaimSchema),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   uh: () => (/* binding */ SafeUrlSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(0);

const isoTime = zod__WEBPACK_IMPORTED_MODULE_0__/* .datetime */ .w$({ offset: true });
/** Links rendered into markdown: no spaces, quotes, brackets or angle brackets can break out. */
const SafeUrlSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .max(500)
    .regex(/^https?:\/\/[^\s<>"'`()[\]{}|\\^]+$/);
/** Who holds a claim: the workflow run and job, or a person at the CLI. */
const HolderSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    run: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(40).optional(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional(),
    job: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(200).optional(),
    url: SafeUrlSchema.optional(),
    label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(300),
});
/** A task's claim: one runner holds it until the lease runs out, unless renewed. */
const ClaimSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(40),
    at: isoTime,
    lease: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    renewed: isoTime.optional(),
    holder: HolderSchema,
});


/***/ }),

/***/ 602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JV: () => (/* binding */ CONTINUATION_LABEL),
/* harmony export */   N9: () => (/* binding */ continueThreshold),
/* harmony export */   S: () => (/* binding */ continuationTitle),
/* harmony export */   SL: () => (/* binding */ renderContinuationBody),
/* harmony export */   UL: () => (/* binding */ unusedContinuationBody),
/* harmony export */   d5: () => (/* binding */ GITHUB_COMMENT_CAP),
/* harmony export */   k9: () => (/* binding */ renderMarkerComment),
/* harmony export */   rH: () => (/* binding */ decodeMarker)
/* harmony export */ });
/* unused harmony exports MARKER_PREFIX, ContinueMarkerSchema, continuationOf */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(0);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(419);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(812);




/**
 * GitHub refuses comments on an issue that holds 2,500 of them, whoever writes. The record then
 * continues in a continuation issue. A continue marker, written in the full segment like a record,
 * names it; the first trusted marker of a segment ends that segment for every reader.
 */
const GITHUB_COMMENT_CAP = 2500;
/** Label of continuation issues: never `tasklist`, so nothing lists or loads one as a TaskList. */
const CONTINUATION_LABEL = 'tasklist-continuation';
/**
 * The comments left for people, and for writers already on their way, once a segment reaches its
 * threshold: a fifth of the cap (500 of GitHub's 2,500). See docs/storage.md.
 */
function continueThreshold(cap) {
    return cap - Math.ceil(cap / 5);
}
const MARKER_PREFIX = '<!-- tasklist:continue ';
const MARKER_PATTERN = /^<!-- tasklist:continue (\{.*\}) -->/s;
const ContinueMarkerSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    rec: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z0-9]{16,32}$/),
    /** The continuation issue the record goes on in. */
    next: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    holder: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .HolderSchema */ .Cg,
});
function decodeMarker(body) {
    const start = body.lastIndexOf(MARKER_PREFIX);
    if (start === -1)
        return { kind: 'none' };
    const match = MARKER_PATTERN.exec(body.slice(start).trimEnd());
    if (match?.[1] === undefined)
        return { kind: 'malformed', error: 'continue marker is not closed' };
    let json;
    try {
        json = JSON.parse(match[1]);
    }
    catch {
        return { kind: 'malformed', error: 'continue marker is not valid JSON' };
    }
    const parsed = ContinueMarkerSchema.safeParse(json);
    if (!parsed.success)
        return { kind: 'malformed', error: 'continue marker fails validation' };
    return { kind: 'marker', marker: parsed.data };
}
/** The marker comment: a sentence for people, then the hidden block. */
function renderMarkerComment(marker, cap) {
    return [
        `**The record of this TaskList continues in #${marker.next}.** This issue is nearing GitHub's limit of ${cap} comments, so`,
        `later records are written there; the TaskList itself, its checklist and its state, stay here.`,
        `Continued by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(marker.holder.label)}.`,
        '',
        `${MARKER_PREFIX}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inertJson */ .nl)(marker)} -->`,
    ].join('\n');
}
/** The body of a continuation issue: where it comes from, for people reading the chain backwards. */
function renderContinuationBody(input) {
    const from = input.previous === input.tasklist ? `#${input.tasklist}` : `#${input.previous} (after #${input.tasklist})`;
    return [
        `Records of TaskList #${input.tasklist} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(input.title)}) continue here, after ${from}.`,
        '',
        `The TaskList, its checklist and its state, stay in #${input.tasklist}; this issue only holds its later records.`,
    ].join('\n');
}
const CONTINUATION_BODY_PATTERN = /^Records of TaskList #([1-9]\d*) \(/;
/**
 * The TaskList a continuation issue's body names, for pointing people there; undefined once someone
 * has rewritten that line. Nothing is decided on it: records name their TaskList through the markers.
 */
function continuationOf(body) {
    const match = CONTINUATION_BODY_PATTERN.exec(body ?? '');
    return match?.[1] === undefined ? undefined : Number(match[1]);
}
function continuationTitle(title, part) {
    const suffix = ` (records, part ${part})`;
    return `${title.slice(0, _plan_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TITLE */ .Og - suffix.length)}${suffix}`;
}
/** The note an unused continuation issue is closed with: it lost the race to another. */
function unusedContinuationBody(input) {
    return `Not used: the record of TaskList #${input.tasklist} continued in #${input.winner} instead.`;
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 };
/**
 * Parses '90s', '15m', '6h', '1h30m', '2d' or a plain number of seconds.
 * Returns undefined for anything else, so callers can name the bad input.
 */
function parseDuration(text) {
    const trimmed = text.trim().toLowerCase();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    if (!/^(\d+[smhd])+$/.test(trimmed))
        return undefined;
    let seconds = 0;
    for (const match of trimmed.matchAll(/(\d+)([smhd])/g)) {
        seconds += Number(match[1]) * (UNIT_SECONDS[match[2] ?? 's'] ?? 1);
    }
    return seconds;
}
/** '2m 13s', '1h 5m', '45s': short and readable in a checklist line. */
function formatDuration(totalSeconds) {
    const s = Math.max(0, Math.round(totalSeconds));
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m ${s % 60}s`;
    if (s < 86400)
        return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
    return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`;
}


/***/ }),

/***/ 871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kq: () => (/* binding */ DEFINITIONS_MISMATCH),
  NV: () => (/* binding */ currentSegment),
  AU: () => (/* binding */ fold),
  QF: () => (/* binding */ trustedAuthors)
});

// UNUSED EXPORTS: isLaterAttempt, leaseExpiry

// EXTERNAL MODULE: ./build/domain/attempts.js
var attempts = __webpack_require__(667);
// EXTERNAL MODULE: ./build/domain/plan-fields.js
var plan_fields = __webpack_require__(266);
;// CONCATENATED MODULE: ./build/domain/needs.js

class NeedsError extends Error {
    problem;
    constructor(problem) {
        super(describeNeedsProblem(problem));
        this.problem = problem;
    }
}
function describeNeedsProblem(problem) {
    switch (problem.kind) {
        case 'unknown':
            return `task '${problem.task}' field 'needs': '${problem.need}' is not a task of this plan; name one of its tasks, or add '${problem.need}'`;
        case 'self':
            return `task '${problem.task}' field 'needs': a task cannot need itself; remove '${problem.task}' from its needs`;
        case 'cycle':
            return `field 'needs': the tasks need each other in a cycle, ${problem.cycle.join(' -> ')}; remove one of these needs`;
    }
}
/**
 * The first problem with the plan's `needs`, in plan order, or undefined when
 * every need names a task and the needs form no cycle.
 */
function needsProblem(specs) {
    const needsOf = new Map(specs.map((spec) => [spec.name, (0,plan_fields/* runFieldsOf */.Oz)(spec).needs]));
    for (const spec of specs) {
        for (const need of needsOf.get(spec.name) ?? []) {
            if (need === spec.name)
                return { kind: 'self', task: spec.name };
            if (!needsOf.has(need))
                return { kind: 'unknown', task: spec.name, need };
        }
    }
    const cycle = findCycle(specs.map((spec) => spec.name), (name) => needsOf.get(name) ?? []);
    return cycle === undefined ? undefined : { kind: 'cycle', cycle };
}
/** Throws NeedsError on the first problem with the plan's needs. */
function checkNeeds(specs) {
    const problem = needsProblem(specs);
    if (problem !== undefined)
        throw new NeedsError(problem);
}
/**
 * A cycle as the path that closes it (`a -> b -> a`), found by a depth-first
 * walk in plan order so the same plan always names the same cycle. Iterative,
 * so a chain of a thousand tasks cannot overflow the stack.
 */
function findCycle(names, edges) {
    const state = new Map();
    for (const root of names) {
        if (state.has(root))
            continue;
        const path = [];
        const stack = [{ name: root, next: 0 }];
        state.set(root, 'open');
        path.push(root);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top === undefined)
                break;
            const out = edges(top.name);
            const child = out[top.next];
            top.next += 1;
            if (child === undefined) {
                state.set(top.name, 'done');
                stack.pop();
                path.pop();
                continue;
            }
            const seen = state.get(child);
            if (seen === 'open')
                return [...path.slice(path.indexOf(child)), child];
            if (seen === undefined) {
                state.set(child, 'open');
                stack.push({ name: child, next: 0 });
                path.push(child);
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/domain/record.js
var domain_record = __webpack_require__(612);
// EXTERNAL MODULE: ./build/domain/claim.js
var claim = __webpack_require__(73);
// EXTERNAL MODULE: ./build/domain/claim-limits.js
var claim_limits = __webpack_require__(922);
// EXTERNAL MODULE: ./build/domain/continuation.js
var continuation = __webpack_require__(602);
// EXTERNAL MODULE: ./build/domain/snapshot.js
var snapshot = __webpack_require__(625);
// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(299);
// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(746);
;// CONCATENATED MODULE: ./build/domain/fold.js









/** Why a record is rejected when its task definitions differ from the snapshot's. */
const DEFINITIONS_MISMATCH = 'was written against different task definitions';
function leaseExpiry(claim) {
    return Date.parse(claim.renewed ?? claim.at) + claim.lease * 1000;
}
/**
 * A later attempt of the same workflow run can only start once the earlier
 * attempt has ended, so its claims are safe to take over at once.
 */
function isLaterAttempt(claim, holder) {
    const old = claim.holder;
    return old.run !== undefined && old.run === holder.run && (holder.attempt ?? 0) > (old.attempt ?? 0);
}
/** The issue's author (GitHub's word, not the body's) plus the accounts named as trusted. */
function trustedAuthors(issueAuthor, ...lists) {
    return new Set([issueAuthor, ...lists.flat()].map((login) => login.toLowerCase()));
}
/**
 * Replays the comments newer than the snapshot's cursor, in id order, on top of
 * it. Pure and deterministic: every reader that sees the same comments reaches
 * the same state, which is what makes concurrent writers safe without a
 * compare-and-swap on the issue body.
 */
function fold(base, comments, trusted) {
    let tasks = base.tasks.slice();
    // A plan record changes the definitions, so later records are judged against the digest as of their turn.
    let defs = base.defs;
    const events = [];
    const seenRecords = new Set();
    let cursor = base.cursor;
    const segments = base.segments?.slice() ?? [];
    let ended = false;
    const ordered = comments.filter((c) => cursor === null || c.id > cursor.id).sort((a, b) => a.id - b.id);
    for (const comment of ordered) {
        const decoded = (0,domain_record/* decodeRecord */.eT)(comment.body);
        if (ended) {
            // The segment ended at a marker: what follows it here is written again in the next segment.
            if (decoded.kind !== 'record' && decoded.kind !== 'plan')
                continue;
            if (trusted.has(comment.login.toLowerCase()))
                events.push({ kind: 'superseded', comment, record: decoded.record });
            else
                events.push({ kind: 'untrusted', comment });
            continue;
        }
        cursor = { id: comment.id, at: comment.createdAt };
        const last = segments.at(-1);
        if (last !== undefined)
            segments[segments.length - 1] = { ...last, used: last.used + 1 };
        const edited = comment.updatedAt !== undefined && comment.updatedAt !== comment.createdAt;
        if (decoded.kind === 'none') {
            const marker = (0,continuation/* decodeMarker */.rH)(comment.body);
            if (marker.kind === 'none')
                continue;
            if (!trusted.has(comment.login.toLowerCase())) {
                events.push({ kind: 'untrusted', comment });
                continue;
            }
            if (marker.kind === 'malformed') {
                events.push(edited ? { kind: 'edited', comment, record: undefined } : { ...marker, comment });
                continue;
            }
            segments.push({ issue: marker.marker.next, after: comment.id, used: 0 });
            events.push({ kind: 'continued', comment, marker: marker.marker });
            ended = true;
            continue;
        }
        if (!trusted.has(comment.login.toLowerCase())) {
            events.push({ kind: 'untrusted', comment });
            continue;
        }
        if (decoded.kind === 'malformed') {
            // The action never writes a malformed record; one that was edited was broken by someone.
            events.push(edited ? { kind: 'edited', comment, record: undefined } : { kind: 'malformed', comment, error: decoded.error });
            continue;
        }
        if (decoded.kind === 'plan') {
            const plan = decoded.record;
            if (decoded.seal === 'broken' || (decoded.seal === 'absent' && edited)) {
                events.push({ kind: 'edited', comment, record: undefined });
                continue;
            }
            const outcome = seenRecords.has(plan.rec) ? 'is a duplicate' : checkPlan(tasks, defs, plan);
            seenRecords.add(plan.rec);
            if (typeof outcome === 'string') {
                events.push({ kind: 'plan-rejected', comment, record: plan, reason: outcome });
                continue;
            }
            events.push({ kind: 'planned', comment, record: plan, before: tasks, after: outcome });
            tasks = outcome.slice();
            defs = plan.next;
            continue;
        }
        const record = decoded.record;
        if (decoded.seal === 'broken' || (decoded.seal === 'absent' && edited)) {
            events.push({ kind: 'edited', comment, record });
            continue;
        }
        if (seenRecords.has(record.rec)) {
            events.push({ kind: 'duplicate', comment, record });
            continue;
        }
        seenRecords.add(record.rec);
        const index = (0,task_spec/* taskIndex */.oN)(record.task);
        const task = tasks[index];
        const outcome = task === undefined ? 'task does not exist' : check(defs, task, record);
        if (task === undefined || typeof outcome === 'string') {
            if (task?.state.claim?.id === record.rec)
                events.push({ kind: 'duplicate', comment, record });
            else
                events.push({ kind: 'rejected', comment, record, reason: outcome });
            continue;
        }
        const after = apply(task, record, comment);
        tasks[index] = after;
        events.push({ kind: 'applied', comment, record, before: task, after });
    }
    return {
        snapshot: (0,snapshot/* withTasks */.v1)({ ...base, cursor, defs, ...(segments.length === 0 ? {} : { segments }) }, tasks),
        events,
    };
}
/** The issue that holds the snapshot's newest records: its last continuation, or the TaskList's own issue. */
function currentSegment(snapshot, tasklist) {
    return snapshot.segments?.at(-1)?.issue ?? tasklist;
}
/** A task that ran or is running: changing its definition is never silent. */
function hasRun(task) {
    return task.state.status === 'COMPLETE' || task.state.status === 'IN_PROGRESS';
}
/** The tasks after a plan record, or why it does not apply: a compare-and-set on the digest and each touched task. */
function checkPlan(tasks, defs, record) {
    if (record.defs !== defs)
        return DEFINITIONS_MISMATCH;
    const byName = new Map(tasks.map((task) => [task.definition.name, task]));
    const set = new Map(record.set.map(({ name, ...fields }) => [name, { ...fields, name }]));
    for (const [name, version] of Object.entries(record.ver)) {
        const task = byName.get(name);
        if (task === undefined)
            return `names task '${name}', which does not exist`;
        if (task.state.version !== version)
            return `is stale: ${name} is at version ${task.state.version}, the record expected ${version}`;
        if (hasRun(task) && !record.accepted.includes(name))
            return `would change ${name}, which is ${task.state.status}, without plan-change: accept`;
    }
    for (const name of [...record.drop, ...set.keys()]) {
        if (byName.has(name) && record.ver[name] === undefined)
            return `changes ${name} without naming its version`;
    }
    const dropped = new Set(record.drop);
    const next = tasks
        .filter((task) => !dropped.has(task.definition.name))
        .map((task) => {
        const definition = set.get(task.definition.name);
        return definition === undefined ? task : { definition, state: task.state };
    });
    for (const [name, definition] of set) {
        if (!byName.has(name))
            next.push({ definition, state: { status: 'PENDING', version: 0 } });
    }
    if (next.length === 0)
        return 'would leave no tasks';
    const definitions = next.map((task) => task.definition);
    if ((0,snapshot/* definitionsDigest */.vf)(definitions) !== record.next)
        return 'names a definitions digest its changes do not give';
    if (needsProblem(definitions) !== undefined)
        return 'would leave a need on a missing task, or a cycle';
    return next;
}
function check(defs, task, record) {
    const { name } = task.definition;
    const { status, version, claim } = task.state;
    if (record.name !== name)
        return `names task '${record.name}', but ${record.task} is '${name}'`;
    if (record.defs !== defs)
        return DEFINITIONS_MISMATCH;
    if (record.ver !== version)
        return `is stale: ${name} is at version ${version}, the record expected ${record.ver}`;
    if (record.from !== status)
        return `expected ${name} to be ${record.from}, but it is ${status}`;
    if (record.to !== (0,domain_status/* targetOf */.$r)(record.op) || !(0,domain_status/* isLegal */.cQ)(record.op, record.from, record.authority)) {
        return `${record.op} is not allowed from ${record.from} for ${record.authority === 'operator' ? 'an' : 'a'} ${record.authority}`;
    }
    switch (record.op) {
        case 'takeover':
            if (claim === undefined || record.claim !== claim.id)
                return 'takes over a claim that is not current';
            if (isLaterAttempt(claim, record.holder))
                return true;
            if (record.at === undefined || Date.parse(record.at) <= leaseExpiry(claim)) {
                return `the lease of ${claim.holder.label} is still valid`;
            }
            return true;
        case 'renew':
        case 'complete':
        case 'fail':
            if (claim === undefined || record.claim !== claim.id)
                return 'acts under a claim that is not current';
            return true;
        default:
            return true;
    }
}
/** The task after a record that passed `check`: its definition as it was, its run state moved on. */
function apply(task, record, comment) {
    const before = task.state;
    const history = (0,attempts/* historyAfter */.t)(before, record.op, comment.createdAt);
    const common = {
        status: record.to,
        version: before.version + 1,
        changedAt: comment.createdAt,
        changedBy: record.requestedBy === undefined ? record.holder.label : `@${record.requestedBy}`,
        ...(record.holder.url === undefined ? {} : { runUrl: record.holder.url }),
        ...(record.m === undefined ? {} : { message: record.m }),
        ...(history === undefined ? {} : { history }),
    };
    return { definition: task.definition, state: nextState(before, common, record, comment) };
}
function nextState(before, common, record, comment) {
    switch (record.op) {
        case 'start':
        case 'takeover':
            return {
                ...common,
                claim: {
                    id: record.rec,
                    at: comment.createdAt,
                    lease: record.lease ?? before.claim?.lease ?? claim_limits/* LEASE */.DL.defaultSec,
                    holder: record.holder,
                },
            };
        case 'renew':
            return {
                ...common,
                ...(before.claim === undefined
                    ? {}
                    : {
                        claim: {
                            ...before.claim,
                            renewed: comment.createdAt,
                            ...(record.lease === undefined ? {} : { lease: record.lease }),
                        },
                    }),
                ...(record.m === undefined && before.message !== undefined ? { message: before.message } : {}),
            };
        case 'complete':
        case 'fail':
            return {
                ...common,
                ...(before.claim === undefined
                    ? {}
                    : { durationSec: Math.max(0, (Date.parse(comment.createdAt) - Date.parse(before.claim.at)) / 1000) }),
                ...(record.x === undefined ? {} : { exitCode: record.x }),
                ...(record.op === 'complete' && record.out !== undefined ? { outputs: record.out } : {}),
            };
        default:
            return common;
    }
}


/***/ }),

/***/ 381:
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

/***/ 812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export tailLines */
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

/***/ 388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;


/***/ }),

/***/ 266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oz: () => (/* binding */ runFieldsOf)
/* harmony export */ });
/* unused harmony exports PLAN_FIELDS, PlanTaskSchema, specOf */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(0);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(532);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(953);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(419);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(746);




/** The fields a task's definition may have besides its name, in the order errors and logs list them. */
const PLAN_FIELDS = (/* unused pure expression or super */ null && (['description', 'run', 'needs', 'timeout', 'retries']));
const taskName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .max(_task_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_TASK_NAME */ .tX)
    .regex(_task_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .TASK_NAME_PATTERN */ .zA, 'must be a task name: a lowercase slug of letters, digits and hyphens');
/**
 * A task definition's fields as a plan gives them. `timeout` is stored in
 * seconds and `needs` as a list, so two spellings of one plan are one
 * definition and never a spurious change.
 */
const PlanTaskSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(_task_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DESCRIPTION */ .o1, `must be at most ${_task_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DESCRIPTION */ .o1} characters`).optional(),
    run: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1, 'is empty; give a shell command, or leave run out')
        .max(_plan_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUN */ .XC, `must be at most ${_plan_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUN */ .XC} characters; put a longer command in a script file`)
        .optional(),
    needs: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([taskName.transform((name) => [name]), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(taskName).max(_plan_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NEEDS */ .x7)])
        .optional()
        .check((ctx) => {
        const seen = new Set();
        for (const name of ctx.value ?? []) {
            if (seen.has(name))
                ctx.issues.push({ code: 'custom', message: `names '${name}' twice`, input: ctx.value });
            seen.add(name);
        }
    }),
    timeout: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int()])
        .transform((value, ctx) => {
        const seconds = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(String(value));
        if (seconds === undefined || seconds <= 0 || seconds > _plan_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_SEC */ .Jh) {
            ctx.issues.push({
                code: 'custom',
                message: `'${String(value)}' is not a duration up to 5d; write it as 90s, 15m or 1h30m`,
                input: value,
            });
            return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
        }
        return seconds;
    })
        .optional(),
    retries: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig('must be a whole number from 0 to 10')
        .int('must be a whole number from 0 to 10')
        .min(0, 'must be a whole number from 0 to 10')
        .max(_plan_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RETRIES */ .kd, 'must be a whole number from 0 to 10')
        .optional(),
});
/** Reads the run fields of a definition defensively: a field that does not parse counts as absent. */
function runFieldsOf(spec) {
    const run = typeof spec.run === 'string' && spec.run !== '' ? spec.run : undefined;
    const needs = Array.isArray(spec.needs) ? spec.needs.filter((need) => typeof need === 'string') : [];
    const timeoutSec = typeof spec.timeout === 'number' && Number.isInteger(spec.timeout) && spec.timeout > 0 ? spec.timeout : undefined;
    const retries = typeof spec.retries === 'number' && Number.isInteger(spec.retries)
        ? Math.min(_plan_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RETRIES */ .kd, Math.max(0, spec.retries))
        : 0;
    return { run, needs, timeoutSec, retries };
}
/** A task spec from a name and its validated plan fields, with absent fields left out. */
function specOf(name, task) {
    const spec = { name };
    for (const field of PLAN_FIELDS) {
        if (task[field] !== undefined)
            spec[field] = task[field];
    }
    return spec;
}


/***/ }),

/***/ 419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ MAX_TIMEOUT_SEC),
/* harmony export */   Og: () => (/* binding */ MAX_TITLE),
/* harmony export */   XC: () => (/* binding */ MAX_RUN),
/* harmony export */   kd: () => (/* binding */ MAX_RETRIES),
/* harmony export */   tu: () => (/* binding */ MAX_KEY),
/* harmony export */   x7: () => (/* binding */ MAX_NEEDS)
/* harmony export */ });
// Apart from plan-fields.ts and its schemas, so that input parsing at start-up does not load zod's full API.
const MAX_RETRIES = 10;
/** A command longer than this belongs in a script file; definitions live in the issue body. */
const MAX_RUN = 3000;
const MAX_NEEDS = 50;
/** Five days: the longest a self-hosted runner's job may run. */
const MAX_TIMEOUT_SEC = 5 * 86400;
/** GitHub's limit on an issue title, which is the TaskList's title. */
const MAX_TITLE = 256;
/** A TaskList key, before it is hashed into a label. */
const MAX_KEY = 256;


/***/ }),

/***/ 612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ newRecordId),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord)
/* harmony export */ });
/* unused harmony exports RECORD_MARKER, RecordSchema, PlanRecordSchema, encodePlanRecord */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(428);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(885);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(812);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(746);







const RECORD_MARKER = '<!-- tasklist:record ';
const RECORD_PATTERN = /^<!-- tasklist:record (\{.*\}) -->/s;
/**
 * One entry of a TaskList's append-only log, stored as a hidden block in an
 * issue comment. `ver` makes every record a compare-and-set on one task: it is
 * applied only if the task is still at that version, so a duplicate, a stale
 * writer or a lost race can never change a status.
 */
const RecordSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    rec: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[a-z0-9]{16,32}$/),
    op: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_status_js__WEBPACK_IMPORTED_MODULE_3__/* .OPS */ .Do),
    task: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^t[1-9]\d{0,4}$/),
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(64),
    ver: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative(),
    from: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_status_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUSES */ .f),
    to: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_status_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUSES */ .f),
    defs: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    authority: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['workflow', 'operator']),
    /** The claim this record acts under (complete, fail, renew) or replaces (takeover). */
    claim: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(40).optional(),
    lease: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive().optional(),
    holder: _claim_js__WEBPACK_IMPORTED_MODULE_2__/* .HolderSchema */ .Cg,
    /** The person an operator record was made for, when the writer is a bot. */
    requestedBy: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(100).optional(),
    m: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(300).optional(),
    x: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().optional(),
    /** What the task handed on, recorded with its complete. */
    out: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(2000)).optional(),
    /**
     * GitHub's time as the writer saw it when deciding. A takeover is judged by
     * it rather than by when its comment landed, so a re-posted duplicate is
     * judged exactly like the first copy, whichever fold reads it.
     */
    at: zod__WEBPACK_IMPORTED_MODULE_5__/* .datetime */ .w$({ offset: true }).optional(),
    /**
     * The record's seal: a digest of the rest of its block, as written. People with write access
     * may edit anyone's comments; an edit of the block breaks the seal. See docs/storage.md.
     */
    sum: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(/^[0-9a-f]{16}$/)
        .optional(),
});
/** The seal over a record block's JSON, whatever keys it has (a later release may add some). */
function sealOf(content) {
    const { sum: _sum, ...rest } = content;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalJson */ .d)(rest)).digest('hex').slice(0, 16);
}
const taskNameSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(_task_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .TASK_NAME_PATTERN */ .zA).max(_task_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_TASK_NAME */ .tX);
/**
 * A change of the plan: tasks added, redefined or removed, as `create` with a
 * known key reconciles the stored TaskList with the plan it was given. It is a
 * compare-and-set on the definitions digest and on the version of every task
 * it touches, so it applies only to exactly the state its writer checked.
 */
const PlanRecordSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1),
    rec: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[a-z0-9]{16,32}$/),
    plan: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(true),
    /** The definitions digest the change was made against, and the one it leads to. */
    defs: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    next: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    /** Whole definitions of the tasks added (new names, appended in this order) or redefined. */
    set: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: taskNameSchema, description: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(_task_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_DESCRIPTION */ .o1).optional() })),
    drop: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(taskNameSchema),
    /** The version each redefined or dropped task must still be at. */
    ver: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(taskNameSchema, zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().nonnegative()),
    /** Tasks that had run or were running, changed because `plan-change: accept` said so. */
    accepted: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(taskNameSchema),
    authority: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['workflow', 'operator']),
    holder: _claim_js__WEBPACK_IMPORTED_MODULE_2__/* .HolderSchema */ .Cg,
    /** The same seal as a task record's. */
    sum: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .regex(/^[0-9a-f]{16}$/)
        .optional(),
});
function encodePlanRecord(record) {
    return `${RECORD_MARKER}${inertJson({ ...record, sum: sealOf(record) })} -->`;
}
function newRecordId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(10).toString('hex');
}
/** The hidden block of a record, sealed. */
function encodeRecord(record) {
    return `${RECORD_MARKER}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inertJson */ .nl)({ ...record, sum: sealOf(record) })} -->`;
}
/**
 * Finds the record block in a comment body. The action writes it last, so
 * only the last marker counts: command output quoted above it cannot
 * override or break it. Comments without one are conversation.
 */
function decodeRecord(body) {
    const start = body.lastIndexOf(RECORD_MARKER);
    if (start === -1)
        return { kind: 'none' };
    const match = RECORD_PATTERN.exec(body.slice(start).trimEnd());
    if (match?.[1] === undefined)
        return { kind: 'malformed', error: 'record block is not closed' };
    let json;
    try {
        json = JSON.parse(match[1]);
    }
    catch {
        return { kind: 'malformed', error: 'record block is not valid JSON' };
    }
    if (typeof json === 'object' && json !== null && 'plan' in json) {
        const plan = PlanRecordSchema.safeParse(json);
        if (plan.success) {
            const { sum, ...record } = plan.data;
            return { kind: 'plan', record, seal: sealFrom(sum, json) };
        }
        return {
            kind: 'malformed',
            error: `plan record fails validation: ${zod__WEBPACK_IMPORTED_MODULE_8__/* .prettifyError */ .S1(plan.error).split('\n').join(' ')}`,
        };
    }
    const parsed = RecordSchema.safeParse(json);
    if (!parsed.success)
        return {
            kind: 'malformed',
            error: `record block fails validation: ${zod__WEBPACK_IMPORTED_MODULE_8__/* .prettifyError */ .S1(parsed.error).split('\n').join(' ')}`,
        };
    const { sum, ...record } = parsed.data;
    return { kind: 'record', record, seal: sealFrom(sum, json) };
}
function sealFrom(sum, json) {
    return sum === undefined ? 'absent' : sum === sealOf(json) ? 'intact' : 'broken';
}


/***/ }),

/***/ 437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ legacyDefinitionsDigest),
/* harmony export */   m: () => (/* binding */ isLegacySealed)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);

/**
 * The digests of release 0.1, which listed fields by hand. TaskLists it wrote are still on GitHub:
 * their seals and the `defs` of their records must keep verifying, or every status they hold
 * would be thrown away. Read-only: nothing new is sealed this way.
 */
function sha16(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
function legacyDefinitionsDigest(tasks) {
    return sha16(JSON.stringify(tasks.map((t) => [t.name, t.description ?? ''])));
}
function legacyTask(t) {
    const out = { n: t.n, s: t.s, v: t.v };
    if (t.desc !== undefined)
        out.desc = t.desc;
    if (t.c !== undefined) {
        const h = t.c.holder;
        out.c = {
            id: t.c.id,
            at: t.c.at,
            lease: t.c.lease,
            ...(t.c.renewed === undefined ? {} : { renewed: t.c.renewed }),
            holder: {
                ...(h.run === undefined ? {} : { run: h.run }),
                ...(h.attempt === undefined ? {} : { attempt: h.attempt }),
                ...(h.job === undefined ? {} : { job: h.job }),
                ...(h.url === undefined ? {} : { url: h.url }),
                label: h.label,
            },
        };
    }
    if (t.t !== undefined)
        out.t = t.t;
    if (t.at !== undefined)
        out.at = t.at;
    if (t.m !== undefined)
        out.m = t.m;
    if (t.x !== undefined)
        out.x = t.x;
    if (t.u !== undefined)
        out.u = t.u;
    if (t.by !== undefined)
        out.by = t.by;
    return out;
}
function legacyContent(content) {
    return {
        tasklist: content.tasklist,
        title: content.title,
        ...(content.key === undefined ? {} : { key: content.key }),
        created: content.created,
        trusted: content.trusted,
        defs: content.defs,
        cursor: content.cursor === null ? null : { id: content.cursor.id, at: content.cursor.at },
        tasks: content.tasks.map(legacyTask),
    };
}
/** True when release 0.1 sealed this stored snapshot exactly as it is. */
function isLegacySealed(content, digest) {
    // Release 0.1 never continued a record, so a legacy seal cannot vouch for continuations.
    if (content.seg !== undefined)
        return false;
    return sha16(JSON.stringify(legacyContent(content))) === digest;
}


/***/ }),

/***/ 371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ toWire),
/* harmony export */   F9: () => (/* binding */ storedContent),
/* harmony export */   d2: () => (/* binding */ StoredSnapshotSchema),
/* harmony export */   kn: () => (/* binding */ fromWire),
/* harmony export */   sM: () => (/* binding */ storedSnapshot),
/* harmony export */   wI: () => (/* binding */ snapshotFromStored),
/* harmony export */   xv: () => (/* binding */ WireSnapshotSchema)
/* harmony export */ });
/* unused harmony exports RESERVED_DEFINITION_FIELDS, MAX_EXTRA_DEFINITION, StoredTaskSchema, storedTask, taskFromStored, checkSnapshot */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(0);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(388);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(381);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(419);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(746);







/**
 * The stored form of a snapshot, as the issue body holds it and as its seal is
 * taken over. A task is one flat object of short keys: name and description,
 * run state, and every other key as a definition field. In memory the same task
 * is `{ definition, state }` with full names (model.ts); only this file knows
 * the short keys.
 */
/** Short stored key of each run-state field. */
const STORED_STATE_KEYS = {
    status: 's',
    version: 'v',
    claim: 'c',
    durationSec: 't',
    changedAt: 'at',
    message: 'm',
    exitCode: 'x',
    runUrl: 'u',
    changedBy: 'by',
    history: 'h',
    outputs: 'o',
};
const STORED_NAME_KEYS = ['n', 'desc'];
/** Keys a definition field may not take: the stored form, or the in-memory name and description, use them. */
const RESERVED_DEFINITION_FIELDS = new Set([
    ...STORED_NAME_KEYS,
    ...Object.values(STORED_STATE_KEYS),
    'name',
    'description',
]);
/** Extra definition fields are bounded so one task cannot crowd the others out of the issue body. */
const MAX_EXTRA_DEFINITION = 4000;
const StoredTaskSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({
    n: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_task_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .TASK_NAME_PATTERN */ .zA).max(_task_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TASK_NAME */ .tX),
    desc: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(_task_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DESCRIPTION */ .o1).optional(),
    s: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUSES */ .f),
    v: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    c: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .ClaimSchema */ .Gq.optional(),
    t: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative().optional(),
    at: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly.optional(),
    m: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(300).optional(),
    x: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
    u: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .SafeUrlSchema */ .uh.optional(),
    by: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100).optional(),
    h: _history_js__WEBPACK_IMPORTED_MODULE_1__/* .HistorySchema */ .Wq.optional(),
    o: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(2000)).optional(),
})
    .check((ctx) => {
    const extra = extraFieldsOf(ctx.value);
    for (const field of ['name', 'description']) {
        if (field in extra) {
            ctx.issues.push({
                code: 'custom',
                message: `task ${ctx.value.n} has a definition field '${field}', which is reserved`,
                input: ctx.value,
            });
        }
    }
    if (JSON.stringify(extra).length > MAX_EXTRA_DEFINITION) {
        ctx.issues.push({
            code: 'custom',
            message: `the extra definition fields of ${ctx.value.n} exceed ${MAX_EXTRA_DEFINITION} characters`,
            input: ctx.value,
        });
    }
});
const StoredSnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(_model_js__WEBPACK_IMPORTED_MODULE_5__/* .SCHEMA_VERSION */ .f),
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(_plan_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_TITLE */ .Og),
    key: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(_plan_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_KEY */ .tu).optional(),
    created: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly,
    trusted: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100)).max(50),
    defs: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    cursor: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(), at: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly }).nullable(),
    /** Continuation issues: [issue, marker comment id, comments met]; absent until the record continues. */
    seg: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative()]))
        .min(1)
        .max(10_000)
        .optional(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(StoredTaskSchema).min(1),
    digest: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
});
const BUILT_IN_STORED_KEYS = new Set([...STORED_NAME_KEYS, ...Object.values(STORED_STATE_KEYS)]);
function extraFieldsOf(task) {
    return Object.fromEntries(Object.entries(task).filter(([key]) => !BUILT_IN_STORED_KEYS.has(key)));
}
/** Leaves out undefined members, as JSON would, so a round trip compares equal. */
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined));
}
function storedTask(task) {
    const { name, description, ...extra } = task.definition;
    for (const field of Object.keys(extra)) {
        // Definitions come from the action's own parsers, which never make these; a clash would corrupt the block.
        if (RESERVED_DEFINITION_FIELDS.has(field))
            throw new Error(`task ${name}: definition field '${field}' is reserved`);
    }
    const { state } = task;
    return defined({
        ...extra,
        n: name,
        desc: description,
        s: state.status,
        v: state.version,
        c: state.claim,
        t: state.durationSec,
        at: state.changedAt,
        m: state.message,
        x: state.exitCode,
        u: state.runUrl,
        by: state.changedBy,
        h: state.history === undefined ? undefined : [...state.history],
        o: state.outputs,
    });
}
function taskFromStored(stored) {
    const extra = extraFieldsOf(stored);
    return {
        definition: defined({ ...extra, name: stored.n, description: stored.desc }),
        state: defined({
            status: stored.s,
            version: stored.v,
            claim: stored.c,
            durationSec: stored.t,
            changedAt: stored.at,
            message: stored.m,
            exitCode: stored.x,
            runUrl: stored.u,
            changedBy: stored.by,
            history: stored.h,
            outputs: stored.o,
        }),
    };
}
function storedContent(content) {
    return defined({
        tasklist: content.tasklist,
        title: content.title,
        key: content.key,
        created: content.created,
        trusted: [...content.trusted],
        defs: content.defs,
        cursor: content.cursor,
        seg: content.segments === undefined || content.segments.length === 0
            ? undefined
            : content.segments.map((s) => [s.issue, s.after, s.used]),
        tasks: content.tasks.map(storedTask),
    });
}
function storedSnapshot(snapshot) {
    return { ...storedContent(snapshot), digest: snapshot.digest };
}
function snapshotFromStored(stored) {
    return defined({
        tasklist: stored.tasklist,
        title: stored.title,
        key: stored.key,
        created: stored.created,
        trusted: stored.trusted,
        defs: stored.defs,
        cursor: stored.cursor,
        segments: stored.seg?.map(([issue, after, used]) => ({ issue, after, used })),
        tasks: stored.tasks.map(taskFromStored),
        digest: stored.digest,
    });
}
/** Validates a snapshot as it would be stored: what a body parse would accept. */
function checkSnapshot(snapshot) {
    const parsed = StoredSnapshotSchema.safeParse(storedSnapshot(snapshot));
    return parsed.success ? { ok: true, snapshot: snapshotFromStored(parsed.data) } : { ok: false, error: parsed.error };
}
/**
 * How the stored snapshot is written in the issue body. Each task is a short
 * array `[name, status, version]`, plus an object only when it has more to say,
 * so hundreds of tasks fit in GitHub's 65,536 characters. The object holds JSON
 * only, so definition fields this release does not know yet survive a round trip.
 */
const WireTaskSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()]),
    zod__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_3__/* .json */ .Pq9())]),
]);
const WireSnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    key: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    created: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    trusted: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    defs: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    cursor: zod__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]).nullable(),
    seg: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig()])).optional(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(WireTaskSchema),
    digest: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
});
function toWire(snapshot) {
    const stored = storedSnapshot(snapshot);
    return {
        tasklist: stored.tasklist,
        title: stored.title,
        ...(stored.key === undefined ? {} : { key: stored.key }),
        created: stored.created,
        trusted: stored.trusted,
        defs: stored.defs,
        cursor: stored.cursor === null ? null : [stored.cursor.id, stored.cursor.at],
        ...(stored.seg === undefined ? {} : { seg: stored.seg }),
        tasks: stored.tasks.map((task) => {
            const { n, s, v, ...extras } = task;
            return Object.keys(extras).length === 0 ? [n, s, v] : [n, s, v, extras];
        }),
        digest: stored.digest,
    };
}
/** The plain stored object that StoredSnapshotSchema validates; wire shape errors are reported by the caller. */
function fromWire(wire) {
    return {
        ...wire,
        cursor: wire.cursor === null ? null : { id: wire.cursor[0], at: wire.cursor[1] },
        tasks: wire.tasks.map(([n, s, v, extras]) => ({ ...extras, n, s, v })),
    };
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ sealSnapshot),
/* harmony export */   Nm: () => (/* binding */ leanSnapshot),
/* harmony export */   Qw: () => (/* binding */ specsOf),
/* harmony export */   R4: () => (/* binding */ genesisSnapshot),
/* harmony export */   dy: () => (/* binding */ isSealed),
/* harmony export */   v1: () => (/* binding */ withTasks),
/* harmony export */   vf: () => (/* binding */ definitionsDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(598);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(885);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(388);
/* harmony import */ var _snapshot_legacy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(437);
/* harmony import */ var _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(371);





function sha16(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/**
 * Fingerprint of the task definitions, whole: every record carries it, so a
 * definition edited in any field, including ones added later, is caught.
 */
function definitionsDigest(tasks) {
    return sha16((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(tasks));
}
/** Seals over the stored form, so the seal of a TaskList on GitHub does not depend on in-memory names. */
function sealSnapshot(content) {
    return { ...content, digest: sha16((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)((0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .storedContent */ .F9)(content))) };
}
/** True when the snapshot is exactly as the action wrote it, whatever order its JSON keys arrived in. */
function isSealed(snapshot) {
    const { digest, ...stored } = (0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_2__/* .storedSnapshot */ .sM)(snapshot);
    return sha16((0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(stored)) === digest || (0,_snapshot_legacy_js__WEBPACK_IMPORTED_MODULE_1__/* .isLegacySealed */ .m)(stored, digest);
}
function specsOf(snapshot) {
    return snapshot.tasks.map((task) => task.definition);
}
/** The same snapshot with other tasks, sealed anew. */
function withTasks(snapshot, tasks) {
    const { digest: _digest, ...content } = snapshot;
    return sealSnapshot({ ...content, tasks });
}
function genesisSnapshot(input) {
    return sealSnapshot({
        tasklist: _model_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f,
        title: input.title,
        ...(input.key === undefined ? {} : { key: input.key }),
        created: input.now,
        trusted: [...new Set(input.trusted)].sort(),
        defs: definitionsDigest(input.tasks),
        cursor: null,
        tasks: input.tasks.map((definition) => ({ definition, state: { status: 'PENDING', version: 0 } })),
    });
}
/**
 * The snapshot without presentation facts (durations, links, messages: the
 * comments keep them too), sealed anew. Statuses, versions and claims stay; a
 * claim only loses its holder's link, which its run id implies.
 */
function leanSnapshot(snapshot) {
    return withTasks(snapshot, snapshot.tasks.map(({ definition, state }) => {
        const { durationSec: _t, changedAt: _at, message: _m, exitCode: _x, runUrl: _u, changedBy: _by, history: _h, ...kept } = state;
        if (kept.claim === undefined)
            return { definition, state: kept };
        const { url: _url, ...holder } = kept.claim.holder;
        return { definition, state: { ...kept, claim: { ...kept.claim, holder } } };
    }));
}


/***/ }),

/***/ 299:
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

/***/ 746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ taskId),
/* harmony export */   J9: () => (/* binding */ parseTaskSpecs),
/* harmony export */   nq: () => (/* binding */ TaskSpecError),
/* harmony export */   o1: () => (/* binding */ MAX_DESCRIPTION),
/* harmony export */   oN: () => (/* binding */ taskIndex),
/* harmony export */   tX: () => (/* binding */ MAX_TASK_NAME),
/* harmony export */   zA: () => (/* binding */ TASK_NAME_PATTERN)
/* harmony export */ });
/* unused harmony export MAX_TASKS */
const TASK_NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TASK_NAME = 64;
const MAX_DESCRIPTION = 200;
const MAX_TASKS = 1000;
class TaskSpecError extends Error {
}
/**
 * Parses the `tasks` input: one task a line, `name` or `name: description`.
 * Blank lines and lines starting with '#' are ignored; a leading '- ' is allowed
 * so the list can be written as a YAML-looking block.
 */
function parseTaskSpecs(text) {
    const specs = [];
    const seen = new Map();
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, index) => {
        const lineNo = index + 1;
        const line = raw.trim().replace(/^[-*]\s+/, '');
        if (line === '' || line.startsWith('#'))
            return;
        const colon = line.indexOf(':');
        const name = (colon === -1 ? line : line.slice(0, colon)).trim();
        const description = colon === -1 ? '' : line.slice(colon + 1).trim();
        if (!TASK_NAME_PATTERN.test(name) || name.length > MAX_TASK_NAME) {
            throw new TaskSpecError(`tasks line ${lineNo}: '${name.slice(0, 80)}' is not a valid task name; use a lowercase slug of letters, digits and hyphens (at most ${MAX_TASK_NAME} characters), such as database-migration`);
        }
        const firstLine = seen.get(name);
        if (firstLine !== undefined) {
            throw new TaskSpecError(`tasks line ${lineNo}: task '${name}' is already defined on line ${firstLine}; task names must be unique`);
        }
        if (description.length > MAX_DESCRIPTION) {
            throw new TaskSpecError(`tasks line ${lineNo}: the description of '${name}' has ${description.length} characters; keep it to ${MAX_DESCRIPTION}`);
        }
        seen.set(name, lineNo);
        specs.push(description === '' ? { name } : { name, description });
    });
    if (specs.length === 0) {
        throw new TaskSpecError("tasks is empty; list one task a line, as 'name' or 'name: description'");
    }
    if (specs.length > MAX_TASKS) {
        throw new TaskSpecError(`tasks lists ${specs.length} tasks; a TaskList holds at most ${MAX_TASKS}, so split it into several`);
    }
    return specs;
}
/** Stable short id of the task at a position: t1, t2, ... */
function taskId(index) {
    return `t${index + 1}`;
}
/** The position a task id such as t3 names, or -1 when the text is not a task id. */
function taskIndex(id) {
    return /^t[1-9]\d*$/.test(id) ? Number(id.slice(1)) - 1 : -1;
}


/***/ }),

/***/ 703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ RecordEditedError),
/* harmony export */   Cn: () => (/* binding */ NotATaskListError),
/* harmony export */   F_: () => (/* binding */ ReadError),
/* harmony export */   NY: () => (/* binding */ StateValidationError),
/* harmony export */   Nx: () => (/* binding */ RecordsLostError),
/* harmony export */   QG: () => (/* binding */ UnknownTaskError),
/* harmony export */   QI: () => (/* binding */ LabelsDroppedError),
/* harmony export */   QM: () => (/* binding */ WriteError),
/* harmony export */   Ug: () => (/* binding */ TooManyTasksError),
/* harmony export */   Vt: () => (/* binding */ TaskHeldError),
/* harmony export */   cD: () => (/* binding */ CommentCapError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gZ: () => (/* binding */ IllegalTransitionError),
/* harmony export */   o$: () => (/* binding */ UntrustedTokenError),
/* harmony export */   rG: () => (/* binding */ LockFailedError),
/* harmony export */   rz: () => (/* binding */ TaskBusyError),
/* harmony export */   wW: () => (/* binding */ TaskListError)
/* harmony export */ });
/* unused harmony exports UnmetNeedsError, ResumeStoppedError, PlanChangeRefusedError */
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(953);

/** Every error the action reports is one line that names the problem and the fix. */
class TaskListError extends Error {
    name = 'TaskListError';
}
/** Bad input: nothing was written to GitHub. */
class InputError extends TaskListError {
}
/** The tasks given to create do not fit in one issue body. */
class TooManyTasksError extends InputError {
    count;
    /** What the body's limit is and how far over it the tasks are. */
    detail;
    constructor(count, detail) {
        super(`${count} tasks do not fit in one issue: ${detail}`);
        this.count = count;
        this.detail = detail;
    }
}
class NotATaskListError extends TaskListError {
    issue;
    reason;
    constructor(issue, reason) {
        super(reason === 'pull-request'
            ? `#${issue} is not a TaskList: it is a pull request; check the TaskList ID (the number of an issue that create made)`
            : reason === 'no-block'
                ? `issue #${issue} is not a TaskList: its body has no TaskList block; check the TaskList ID (the number of an issue that create made)`
                : `issue #${issue} is not a TaskList: it does not carry the label \`tasklist\`, which only people with push access can set (GitHub drops it silently for others); check the TaskList ID, or have someone with push access add the label if a trusted account made this issue a TaskList`);
        this.issue = issue;
        this.reason = reason;
    }
}
/**
 * Someone edited a record comment after it was written, and the body has not folded it yet: what it
 * said first cannot be known from GitHub, so no step may act on it.
 */
class RecordEditedError extends TaskListError {
    tasklist;
    comment;
    /** The task the record names, when its block still says. */
    task;
    /** The record this step had written before it met the edit, if any; it counts for nothing until settled. */
    written;
    constructor(tasklist, comment, task, written) {
        super(`TaskList #${tasklist}: record comment ${comment}${task === undefined ? '' : ` (a record for ${task})`} was edited after it was written, so what it recorded cannot be known; restore the comment from its edit history on GitHub (the comment's "edited" menu), then re-run${written === undefined ? '' : `. This step's record ${written} was written first, and is judged once the comment is restored`}`);
        this.tasklist = tasklist;
        this.comment = comment;
        this.task = task;
        this.written = written;
    }
}
/**
 * The state block was edited by hand, and the record lost records the block had folded (comments
 * were deleted): the truth cannot be known, so the step fails rather than guess.
 */
class RecordsLostError extends TaskListError {
    tasklist;
    lost;
    constructor(tasklist, lost) {
        const list = lost
            .map((l) => `${l.task} (version ${l.blockVersion} in the block, ${l.recordVersion} in the record)`)
            .join(', ');
        super(`TaskList #${tasklist}: the state block was edited by hand, and the comment record no longer holds what the block had folded for ${list}: record comments were deleted, so their statuses cannot be known; restore the state block from the issue's edit history (its seal then holds again), or create a new TaskList`);
        this.tasklist = tasklist;
        this.lost = lost;
    }
}
/** The issue the record is in holds GitHub's maximum of comments, and the record could not continue. */
class CommentCapError extends TaskListError {
    tasklist;
    /** The issue that is full: the TaskList's own, or one of its continuations. */
    issue;
    cap;
    constructor(tasklist, issue, cap) {
        super(`TaskList #${tasklist}: issue #${issue} holds GitHub's maximum of ${cap} comments, so its record cannot continue; delete some comments people wrote on #${issue} to make room (the record needs one), then re-run`);
        this.tasklist = tasklist;
        this.issue = issue;
        this.cap = cap;
    }
}
/** GitHub dropped create's labels: the token's account has no push access. */
class LabelsDroppedError extends TaskListError {
    /** The account the token acts as. */
    login;
    /** The issue that was opened, emptied and closed. */
    issue;
    constructor(login, issue) {
        super(`GitHub dropped the labels of the new TaskList, as it does for accounts without push access: @${login}, the account of this token, has no push access to the repository; issue #${issue} was emptied and closed`);
        this.login = login;
        this.issue = issue;
    }
}
class StateValidationError extends TaskListError {
}
class UnknownTaskError extends TaskListError {
}
class IllegalTransitionError extends TaskListError {
}
/** Another job holds the task. */
class TaskBusyError extends TaskListError {
}
/**
 * The task is held by another job and this one would not wait (or waited in
 * vain). Front ends word it, since the fix names their own options.
 */
class TaskHeldError extends TaskBusyError {
    held;
    /** How long this job waited before giving up; undefined when it was told not to wait. */
    waitedSec;
    constructor(held, waitedSec) {
        super(waitedSec === undefined
            ? `${held.task} in TaskList #${held.tasklist} is IN_PROGRESS, held by ${held.holder} since ${held.since}; its lease runs until ${held.leaseEnd}`
            : `${held.task} in TaskList #${held.tasklist} is still IN_PROGRESS, held by ${held.holder}, after waiting ${(0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(waitedSec)}`);
        this.held = held;
        this.waitedSec = waitedSec;
    }
}
/** An error that may carry a GitHub fault, for the front end to word; `message` words it neutrally. */
class FaultError extends TaskListError {
    fault;
    constructor(message, fault) {
        super(message);
        this.fault = fault;
    }
}
/** A write that GitHub refused or that could not be confirmed. */
class WriteError extends FaultError {
}
/** A read from GitHub that failed after retries. */
class ReadError extends FaultError {
}
/** The TaskList was created, but GitHub refused to lock its conversation; each front end says how to go on. */
class LockFailedError extends WriteError {
    tasklist;
    fault;
    constructor(tasklist, message, fault) {
        super(message, fault);
        this.tasklist = tasklist;
        this.fault = fault;
    }
}
/**
 * The token acts as an account the TaskList does not trust. GitHub names the account only on a
 * write; the record it wrote was deleted again, so nothing is left standing.
 */
class UntrustedTokenError extends WriteError {
    tasklist;
    /** The issue's author, whom the TaskList always trusts. */
    author;
    /** The account of this token. */
    login;
    /** Every account the TaskList trusts, the author first. */
    trusted;
    /** False when the record could not be deleted again; the fold ignores it either way. */
    removed;
    constructor(tasklist, author, login, trusted = [author], removed = true) {
        super(`the token acts as @${login}, but TaskList #${tasklist} trusts ${trusted.map((t) => `@${t}`).join(', ')}${removed ? '' : `; its comment could not be deleted, and counts for nothing`}`);
        this.tasklist = tasklist;
        this.author = author;
        this.login = login;
        this.trusted = trusted;
        this.removed = removed;
    }
}
/** A task was asked to start while some of its needs are not COMPLETE or SKIPPED. */
class UnmetNeedsError extends TaskListError {
    tasklist;
    task;
    /** Each unmet need with its status (undefined: no such task). */
    unmet;
    constructor(tasklist, task, unmet) {
        const listed = unmet.map((u) => `${u.need} (${u.status ?? 'not in this TaskList'})`).join(', ');
        super(`Cannot start ${task} in TaskList #${tasklist}: it needs ${listed}, which must be COMPLETE or SKIPPED first; run ${unmet.length === 1 ? 'that task' : 'those tasks'} first`);
        this.tasklist = tasklist;
        this.task = task;
        this.unmet = unmet;
    }
}
/** `resume` cannot go on: a runnable task has no command, a task failed elsewhere, or the wait ran out. */
class ResumeStoppedError extends TaskListError {
    tasklist;
    task;
    constructor(tasklist, message, task) {
        super(message);
        this.tasklist = tasklist;
        this.task = task;
    }
}
/** `create` with a known key was given a plan that would silently change what ran; nothing was written. */
class PlanChangeRefusedError extends InputError {
    tasklist;
    refusals;
    constructor(tasklist, refusals) {
        super(`TaskList #${tasklist}: the plan would change ${refusals.map((r) => r.name).join(', ')}, which ${refusals.length === 1 ? 'has' : 'have'} run or ${refusals.length === 1 ? 'is' : 'are'} missing from it; nothing was written`);
        this.tasklist = tasklist;
        this.refusals = refusals;
    }
}


/***/ }),

/***/ 347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ isHttpStatus),
/* harmony export */   Kl: () => (/* binding */ faultOf),
/* harmony export */   Qx: () => (/* binding */ describeFault),
/* harmony export */   Xs: () => (/* binding */ readFault),
/* harmony export */   _R: () => (/* binding */ isCommentCapRefusal),
/* harmony export */   dZ: () => (/* binding */ describeGitHubError),
/* harmony export */   ii: () => (/* binding */ writeFault),
/* harmony export */   xZ: () => (/* binding */ isDefiniteRefusal)
/* harmony export */ });
/* unused harmony export isLockedRefusal */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(703);

function statusOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
function isHttpStatus(error, status) {
    return statusOf(error) === status;
}
/** A refusal that repeating cannot change: the request certainly did not apply. */
function isDefiniteRefusal(error) {
    const status = statusOf(error);
    return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
/**
 * GitHub's refusal of a comment on an issue that holds its maximum: 403 `Commenting is disabled on
 * issues with more than 2500 comments`. It cannot be lifted, only made room for by deleting comments.
 */
function isCommentCapRefusal(error) {
    if (statusOf(error) !== 403)
        return false;
    const message = error instanceof Error ? error.message : String(error.message);
    return /Commenting is disabled on issues with more than \d+ comments/.test(message);
}
/**
 * GitHub's refusal of a comment on a locked issue: 403 `Unable to create comment because issue is
 * locked.` Only people with write access may comment there; no app may, GITHUB_TOKEN's bot included.
 */
function isLockedRefusal(error) {
    if (statusOf(error) !== 403)
        return false;
    const message = error instanceof Error ? error.message : String(error.message);
    return /Unable to create comment because issue is locked/.test(message);
}
/**
 * Turns a GitHub API error into one line that says what to do. `what` names
 * the thing being read or written, such as "issue #42 in octo/app". Without
 * advice the line names the problem only: each front end knows the fix.
 */
function describeGitHubError(error, what, advice) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TaskListError */ .wW)
        return error.message;
    const status = statusOf(error);
    const raw = error instanceof Error ? error.message : String(error);
    const detail = raw.split('\n')[0]?.slice(0, 200) ?? '';
    switch (status) {
        case 401:
            return `GitHub rejected the token while reading ${what} (401 Bad credentials): the token is missing, expired or revoked${advice === undefined ? '' : `; ${advice.token}`}`;
        case 403:
            if (/rate limit/i.test(detail))
                return `GitHub's rate limit stopped the request for ${what} (403: ${detail}); wait and re-run, or spread the jobs out`;
            if (isLockedRefusal(error))
                return `GitHub refused a comment on ${what}: its conversation is locked, and on a locked issue only people with write access may comment, not GITHUB_TOKEN or a GitHub App; unlock the issue, or write with a personal token of someone with write access`;
            return `GitHub refused access to ${what} (403: ${detail})${advice === undefined ? '' : `; ${advice.access}`}`;
        case 404:
            return `${what} was not found (404); check the repository and the TaskList ID, and that the token can see the repository`;
        case 410:
            return `${what} is gone (410); issues may be disabled for the repository`;
        case 422:
            return `GitHub rejected the request for ${what} (422: ${detail})`;
        case undefined:
            return `could not reach GitHub for ${what}: ${detail}`;
        default:
            return `GitHub answered ${status} for ${what}: ${detail}; it was retried and still failed, re-run the job`;
    }
}
/** A fault in a sentence: the text around it, with the cause described in the advice given. */
function describeFault(fault, advice) {
    return `${fault.before ?? ''}${describeGitHubError(fault.cause, fault.what, advice)}${fault.after ?? ''}`;
}
function readFault(fault) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F_(describeFault(fault), fault);
}
function writeFault(fault) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WriteError */ .QM(describeFault(fault), fault);
}
/** The fault an error carries, if it is one of ours that carries one. */
function faultOf(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReadError */ .F_ || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WriteError */ .QM ? error.fault : undefined;
}


/***/ }),

/***/ 320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jj: () => (/* reexport */ PERMISSIONS),
  Yq: () => (/* binding */ octokitRepository)
});

// UNUSED EXPORTS: Repository, hasRole

;// CONCATENATED MODULE: ./build/storage/repo-port.js
/** Repository-level GitHub calls the bot and the CLI make besides the TaskList's own issue. */
/** GitHub's repository permissions, weakest first. */
const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];
const ROLES = ['none', ...PERMISSIONS];
/** True when `role` is at least `needed`. */
function hasRole(role, needed) {
    return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
function toRole(value) {
    return ROLES.find((role) => role === value) ?? 'none';
}
function octokitRepoPort(api, repo) {
    return {
        async defaultBranch() {
            return (await api.repos.get({ ...repo })).data.default_branch;
        },
        async roleOf(login) {
            const { data } = await api.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
            // role_name knows maintain and triage; permission is the older, coarser field.
            return toRole(data.role_name || data.permission);
        },
        async react(target, content) {
            if ('comment' in target)
                await api.reactions.createForIssueComment({ ...repo, comment_id: target.comment, content });
            else
                await api.reactions.createForIssue({ ...repo, issue_number: target.issue, content });
        },
        async dispatchWorkflow(workflow, ref, inputs) {
            const response = await api.actions.createWorkflowDispatch({
                ...repo,
                workflow_id: workflow,
                ref,
                inputs,
                return_run_details: true,
            });
            // Octokit's endpoint types still know only the 204; the description answers 200 with the run.
            // A server that predates run details ignores the request and answers 204 without a body.
            const status = response.status;
            const body = response.data;
            if (status !== 200 || typeof body !== 'object' || body === null)
                return undefined;
            if (!('workflow_run_id' in body) || !('html_url' in body))
                return undefined;
            const { workflow_run_id: id, html_url: url } = body;
            return typeof id === 'number' && typeof url === 'string' ? { id, url } : undefined;
        },
    };
}

;// CONCATENATED MODULE: ./build/storage/repository.js


/** The repository-level calls the bot and the CLI make besides a TaskList's own issue. */
class Repository {
    port;
    constructor(port) {
        this.port = port;
    }
    defaultBranch() {
        return this.port.defaultBranch();
    }
    /** The person's role on the repository, from the collaborator permission API. */
    roleOf(login) {
        return this.port.roleOf(login);
    }
    /** Adds a reaction; adding one that exists already is a no-op, as on GitHub. */
    react(target, content) {
        return this.port.react(target, content);
    }
    /** Dispatches a workflow; the run it started, when GitHub says. */
    dispatchWorkflow(workflow, ref, inputs) {
        return this.port.dispatchWorkflow(workflow, ref, inputs);
    }
}
/** The repository calls on Octokit for one repository. */
function octokitRepository(api, repo) {
    return new Repository(octokitRepoPort(api, repo));
}


/***/ })

};
