export const id = 382;
export const ids = [382];
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

/***/ 5855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ executeClaimed)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/app/plan-state.js + 1 modules
var plan_state = __webpack_require__(2901);
// EXTERNAL MODULE: ./build/app/transition.js
var transition = __webpack_require__(3001);
// EXTERNAL MODULE: ./build/domain/duration.js
var duration = __webpack_require__(4953);
// EXTERNAL MODULE: ./build/domain/markdown.js
var markdown = __webpack_require__(3812);
// EXTERNAL MODULE: ./build/domain/task-outputs.js
var task_outputs = __webpack_require__(7579);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
// EXTERNAL MODULE: ./build/action/claim-handoff.js + 1 modules
var claim_handoff = __webpack_require__(3925);
// EXTERNAL MODULE: ./build/app/find-task.js
var find_task = __webpack_require__(7399);
// EXTERNAL MODULE: ./build/domain/fold.js
var fold = __webpack_require__(7954);
;// CONCATENATED MODULE: ./build/action/claim-keeper.js


/** Long commands get the body redrawn while they run, so people see IN_PROGRESS there too. */
const BODY_REFRESH_AFTER_MS = 10_000;
/**
 * Keeps a claim alive while its command runs: renews the lease a third of the way through it,
 * redraws the body once, and notices a lost claim. Its writes go out one after another, so a
 * renewal never races the final record; the command is stopped when the claim is lost, so the
 * task has one runner.
 */
class ClaimKeeper {
    latest;
    writes = Promise.resolve();
    timers = [];
    stopCommand = () => undefined;
    /** Who took the claim, once it is lost. */
    lostTo;
    options;
    constructor(options) {
        this.options = options;
        this.latest = options.view;
    }
    /** The newest view of the TaskList this keeper has written or read. */
    get view() {
        return this.latest;
    }
    /** A claim whose read-back took long may be near the end of its lease: renew before the command starts. */
    async renewIfLeaseShort() {
        const claim = this.task().state.claim;
        const third = (this.options.leaseSec * 1000) / 3;
        if (claim !== undefined && (0,fold/* leaseExpiry */.Me)(claim) - this.options.store.now() < third)
            await this.enqueue(() => this.renew());
    }
    /** Starts renewing and refreshing; `stop` stops the running command when the claim is lost. */
    keep(stop) {
        this.stopCommand = stop;
        const { log, leaseSec, store } = this.options;
        this.timers.push(setTimeout(() => {
            this.enqueue(async () => {
                this.latest = await store.publish({ ...this.latest }, { converge: false });
            }).catch((error) => log.warning(`Could not refresh the TaskList body: ${String(error)}`));
        }, BODY_REFRESH_AFTER_MS), setInterval(() => {
            this.enqueue(() => this.renew()).catch((error) => log.warning(`Could not renew the lease of ${this.name()}; will try again: ${String(error)}`));
        }, Math.max(1000, (leaseSec * 1000) / 3)));
    }
    /** Stops the timers and waits for any write under way, so the final record comes after it. */
    async stop() {
        for (const timer of this.timers)
            clearTimeout(timer);
        this.timers = [];
        await this.writes;
        return this.latest;
    }
    enqueue(work) {
        const next = this.writes.then(work);
        this.writes = next.catch(() => undefined);
        return next;
    }
    task() {
        return (0,find_task/* findTask */.VX)(this.latest.state, this.options.taskId, this.latest.issue.number).task;
    }
    name() {
        return this.task().definition.name;
    }
    async renew() {
        const { store, log, taskId, claimId, leaseSec, holder } = this.options;
        const task = this.task();
        const submission = await store.submit(this.latest, {
            op: 'renew',
            task: taskId,
            name: task.definition.name,
            ver: task.state.version,
            from: 'IN_PROGRESS',
            to: 'IN_PROGRESS',
            authority: 'workflow',
            claim: claimId,
            lease: leaseSec,
            holder,
        });
        this.latest = submission.view;
        const now = this.task();
        if (now.state.status !== 'IN_PROGRESS' || now.state.claim?.id !== claimId) {
            this.lostTo = now.state.claim?.holder.label ?? 'another writer';
            log.warning(`${task.definition.name}: this job lost its claim to ${this.lostTo}; stopping the command so the task has one runner`);
            this.stopCommand('SIGTERM');
        }
    }
}

// EXTERNAL MODULE: ./build/action/runner-context.js
var runner_context = __webpack_require__(1755);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/action/shell.js

const TAIL_LINES = 50;
/** How long a stopped command may take to exit before it is killed. */
const KILL_AFTER_MS = 5000;
/**
 * Runs a command under bash as a `run:` step would (errexit, pipefail), in the
 * workspace, streaming its output to the log while keeping the last lines.
 */
function runShell(script, cwd, onSpawn = () => undefined, env = process.env) {
    return new Promise((resolve, reject) => {
        // Its own process group, so a cancellation reaches every process the command started.
        const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
            cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
            env,
            detached: true,
        });
        const lines = [];
        let partial = '';
        const keep = (chunk) => {
            const text = partial + chunk.toString('utf8');
            const parts = text.split('\n');
            partial = parts.pop() ?? '';
            lines.push(...parts);
            if (lines.length > TAIL_LINES * 4)
                lines.splice(0, lines.length - TAIL_LINES);
        };
        child.stdout.on('data', (chunk) => {
            process.stdout.write(chunk);
            keep(chunk);
        });
        child.stderr.on('data', (chunk) => {
            process.stderr.write(chunk);
            keep(chunk);
        });
        child.on('error', (error) => reject(new Error(`could not start bash: ${error.message}`)));
        child.on('close', (code, signal) => {
            if (partial !== '')
                lines.push(partial);
            resolve({
                exitCode: code ?? 128 + signalNumber(signal),
                tail: lines.slice(-TAIL_LINES).join('\n'),
            });
        });
        let exited = false;
        child.on('exit', () => {
            exited = true;
        });
        const signalGroup = (signal) => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, signal);
            }
            catch {
                // Already gone.
            }
        };
        onSpawn((signal) => {
            signalGroup(signal);
            setTimeout(() => {
                if (!exited)
                    signalGroup('SIGKILL');
            }, KILL_AFTER_MS).unref();
        });
    });
}
function signalNumber(signal) {
    switch (signal) {
        case 'SIGINT':
            return 2;
        case 'SIGKILL':
            return 9;
        case 'SIGTERM':
            return 15;
        default:
            return 1;
    }
}

;// CONCATENATED MODULE: ./build/action/execute-task.js













/** The first retry waits this long, each later one twice as long, up to the cap: short, as the contract says. */
const BACKOFF_MS = 1000;
const BACKOFF_CAP_MS = 10_000;
/**
 * Runs a task this job has just claimed, as `command: run` always has: the claim
 * handed to the post step before anything can go wrong, the lease kept alive,
 * the command under bash in the workspace, stopped (its whole process tree) at
 * its timeout, run again up to `retries` times, and the outcome recorded under
 * the claim, with the outputs it wrote to TASKLIST_OUTPUT on COMPLETE.
 */
async function executeClaimed(store, log, runner, claimed, execution) {
    const id = claimed.view.issue.number;
    const taskId = claimed.id;
    const name = claimed.before.definition.name;
    const holder = (0,runner_context/* workflowHolder */.U)(runner);
    const saved = { tasklistId: id, task: name, taskId, claimId: claimed.claimId };
    (0,claim_handoff/* exportClaim */.tE)(id, taskId, claimed.claimId);
    (0,claim_handoff/* saveClaimForPost */.Nq)(saved);
    const keeper = new ClaimKeeper({
        store,
        log,
        view: claimed.view,
        taskId,
        claimId: claimed.claimId,
        leaseSec: execution.leaseSec,
        holder,
    });
    const giveUp = (when) => {
        (0,claim_handoff/* releaseClaim */.qj)(id, taskId);
        (0,claim_handoff/* saveClaimForPost */.Nq)(undefined);
        throw new errors/* TaskBusyError */.rz(`${name} in TaskList #${id} was taken over by ${keeper.lostTo ?? 'another writer'} ${when}`);
    };
    await keeper.renewIfLeaseShort();
    if (keeper.lostTo !== undefined) {
        await keeper.stop();
        giveUp('before this job could start it; it was not run here');
    }
    const env = {
        ...process.env,
        TASKLIST_ID: String(id),
        TASKLIST_TASK: name,
        TASKLIST_OUTPUTS: JSON.stringify((0,plan_state/* outputsOf */.Yz)(keeper.view.state)),
    };
    const run = await runAttempts(execution, runner.workspace, keeper, env, log, name);
    const view = keeper.view;
    if (keeper.lostTo !== undefined)
        giveUp("while this job ran it; nothing was recorded for this job's run");
    const { result, interrupted, timedOut, attempts, outputs, outputsProblem } = run;
    const succeeded = result.exitCode === 0 && interrupted === undefined && !timedOut && outputsProblem === undefined;
    const tries = attempts > 1 ? ` (attempt ${attempts} of ${execution.retries + 1})` : '';
    const message = interrupted !== undefined
        ? `interrupted (${interrupted})`
        : timedOut
            ? `timed out after ${(0,duration/* formatDuration */.a)(execution.timeoutSec ?? 0)}${tries}; its processes were stopped`
            : outputsProblem !== undefined
                ? `TASKLIST_OUTPUT ${outputsProblem}`
                : succeeded
                    ? attempts > 1
                        ? `succeeded on attempt ${attempts} of ${execution.retries + 1}`
                        : undefined
                    : `exit code ${result.exitCode}${tries}`;
    const pending = {
        op: succeeded ? 'complete' : 'fail',
        exitCode: result.exitCode,
        ...(message === undefined ? {} : { message }),
    };
    // If this step dies before the record lands, the post step records this outcome instead of 'interrupted'.
    (0,claim_handoff/* saveClaimForPost */.Nq)({ ...saved, pending });
    const final = await (0,transition/* transition */.k)(store, log, view, {
        task: taskId,
        op: pending.op,
        authority: 'workflow',
        holder,
        ownClaim: claimed.claimId,
        exitCode: result.exitCode,
        ...(message === undefined ? {} : { message }),
        ...(succeeded && outputs !== undefined ? { outputs } : {}),
        ...(succeeded ? {} : { extras: { output: (0,markdown/* tailLines */.os)(result.tail, 50, 20_000) } }),
    });
    (0,claim_handoff/* releaseClaim */.qj)(id, taskId);
    (0,claim_handoff/* saveClaimForPost */.Nq)(undefined);
    return { view: final, name, succeeded, message, attempts };
}
/** Runs the command under the keeper until it succeeds or its retries are spent; a signal to this step stops it. */
async function runAttempts(execution, workspace, keeper, env, log, name) {
    // One small local file: synchronous calls keep the thread pool's hops out of the gap between the
    // claim and the command, and between the command and its outcome. Made before the keeper starts,
    // so a temp dir that cannot be made leaves no renewal timer behind.
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tasklist-output-'));
    const outputFile = (0,external_node_path_.join)(dir, 'output');
    let interrupted;
    let stopCommand = () => undefined;
    const onSignal = (signal) => {
        interrupted = signal;
        stopCommand(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    keeper.keep((signal) => stopCommand(signal));
    // The keeper stops here whatever happens: its renewal timer would keep the step alive.
    try {
        for (let attempt = 1;; attempt += 1) {
            (0,external_node_fs_.writeFileSync)(outputFile, '');
            let timedOut = false;
            let timer;
            const result = await runShell(execution.script, workspace, (stop) => {
                stopCommand = stop;
                if (execution.timeoutSec !== undefined)
                    timer = setTimeout(() => {
                        timedOut = true;
                        log.warning(`${name}: still running after its timeout of ${(0,duration/* formatDuration */.a)(execution.timeoutSec ?? 0)}; stopping it`);
                        stop('SIGTERM');
                    }, execution.timeoutSec * 1000);
            }, { ...env, TASKLIST_OUTPUT: outputFile });
            if (timer !== undefined)
                clearTimeout(timer);
            const failed = result.exitCode !== 0 || timedOut;
            if (!failed || interrupted !== undefined || keeper.lostTo !== undefined || attempt > execution.retries) {
                if (failed)
                    return { result, interrupted, timedOut, attempts: attempt, outputs: undefined, outputsProblem: undefined };
                try {
                    const outputs = (0,task_outputs/* parseOutputLines */.k1)((0,external_node_fs_.readFileSync)(outputFile, 'utf8'));
                    return { result, interrupted, timedOut, attempts: attempt, outputs, outputsProblem: undefined };
                }
                catch (error) {
                    if (!(error instanceof task_outputs/* OutputsError */.nH))
                        throw error;
                    return { result, interrupted, timedOut, attempts: attempt, outputs: undefined, outputsProblem: error.message };
                }
            }
            const waitMs = Math.min(BACKOFF_CAP_MS, BACKOFF_MS * 2 ** (attempt - 1));
            log.warning(`${name}: attempt ${attempt} of ${execution.retries + 1} ${timedOut ? 'timed out' : `failed with exit code ${result.exitCode}`}; running it again in ${(0,duration/* formatDuration */.a)(waitMs / 1000)}`);
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
    }
    finally {
        await keeper.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
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
