export const id = 439;
export const ids = [439];
export const modules = {

/***/ 7439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatch: () => (/* binding */ dispatch)
});

// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(9746);
;// CONCATENATED MODULE: ./build/app/report.js

/** The log lines users and tests grep; their words are part of the contract. */
function taskLine(id, task) {
    return `[${id}] ${task.n}: ${task.s}${task.s === 'COMPLETE' ? ' (status preserved)' : ''}`;
}
function transitionLine(id, name, from, to) {
    return `[${id}] ${name}: ${from} -> ${to}`;
}
/** `asBefore` shows one task as it was before this process changed it. */
function reportLoaded(log, issueNumber, state, asBefore) {
    log.info(`TaskList Loaded: ${issueNumber}`);
    log.info('Task State Persistence: VERIFIED');
    state.tasks.forEach((task, index) => log.info(taskLine((0,task_spec/* taskId */.BS)(index), index === asBefore?.index ? asBefore.task : task)));
}
function reportCreated(log, issueNumber, state) {
    log.info(`TaskList Created: ${issueNumber}`);
    log.info(`TaskList ID: ${issueNumber}`);
    state.tasks.forEach((task, index) => log.info(taskLine((0,task_spec/* taskId */.BS)(index), task)));
}
function nextTask(state) {
    return state.tasks.find((t) => t.s === 'PENDING' || t.s === 'FAILED')?.n ?? '';
}
function isComplete(state) {
    return state.tasks.every((t) => t.s === 'COMPLETE' || t.s === 'SKIPPED');
}
function statusMap(state) {
    return Object.fromEntries(state.tasks.map((t) => [t.n, t.s]));
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: ./build/domain/duration.js
var domain_duration = __webpack_require__(4953);
// EXTERNAL MODULE: ./build/domain/markdown.js
var markdown = __webpack_require__(3812);
;// CONCATENATED MODULE: ./build/domain/summary.js



/** The job summary: the TaskList as a table, with a link to its issue. */
function renderSummary(snapshot, issueNumber, issueUrl) {
    const rows = snapshot.tasks.map((task, index) => {
        const duration = task.t === undefined ? '' : (0,domain_duration/* formatDuration */.a)(task.t);
        const run = task.u === undefined ? '' : `[run](${task.u})`;
        const note = task.m === undefined ? '' : (0,markdown/* escapeInline */.VV)(task.m);
        return `| ${(0,task_spec/* taskId */.BS)(index)} | ${task.n} | ${task.s} | ${duration} | ${run} | ${note} |`;
    });
    return [
        `### TaskList [#${issueNumber}](${issueUrl}): ${(0,markdown/* escapeInline */.VV)(snapshot.title)}`,
        '',
        '| ID | Task | Status | Duration | Run | Note |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/action/outputs.js



/** Every output action.yml declares; the README table and a test keep these in step. */
const OUTPUT_NAMES = (/* unused pure expression or super */ null && (['tasklist-id', 'tasklist-url', 'task-status', 'should-run', 'tasks', 'next-task', 'complete', 'bot-command', 'dispatched']));
async function publishOutputs(view, outcome = {}) {
    const state = view.state;
    lib_core/* setOutput */.uH('tasklist-id', String(view.issue.number));
    lib_core/* setOutput */.uH('tasklist-url', view.issue.htmlUrl);
    lib_core/* setOutput */.uH('tasks', JSON.stringify(statusMap(state)));
    lib_core/* setOutput */.uH('next-task', nextTask(state));
    lib_core/* setOutput */.uH('complete', String(isComplete(state)));
    if (outcome.task !== undefined) {
        lib_core/* setOutput */.uH('task-status', state.tasks.find((t) => t.n === outcome.task)?.s ?? '');
    }
    if (outcome.shouldRun !== undefined)
        lib_core/* setOutput */.uH('should-run', String(outcome.shouldRun));
    if (process.env.GITHUB_STEP_SUMMARY !== undefined && process.env.GITHUB_STEP_SUMMARY !== '') {
        await lib_core/* summary */.z.addRaw(renderSummary(state, view.issue.number, view.issue.htmlUrl), true).write();
    }
}

;// CONCATENATED MODULE: ./build/action/commands/create.js


async function createCommand({ inputs, store, log }) {
    if (inputs.title === undefined || inputs.tasks === undefined)
        throw new Error('title and tasks were validated as present');
    const { view, created } = await store.create({
        title: inputs.title,
        tasks: inputs.tasks,
        ...(inputs.key === undefined ? {} : { key: inputs.key }),
        labels: inputs.labels,
        trusted: inputs.trustedAuthors,
        now: new Date(store.port.serverNow()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    if (created)
        reportCreated(log, view.issue.number, view.state);
    else
        reportLoaded(log, view.issue.number, view.state);
    await publishOutputs(view);
}

// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
;// CONCATENATED MODULE: ./build/app/find-task.js


function findTask(state, name, issueNumber) {
    let index = state.tasks.findIndex((t) => t.n === name);
    if (index === -1 && /^t[1-9]\d*$/.test(name))
        index = Number(name.slice(1)) - 1;
    const task = state.tasks[index];
    if (task === undefined) {
        const names = state.tasks.map((t) => t.n);
        const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
        throw new errors/* UnknownTaskError */.QG(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`);
    }
    return { index, id: (0,task_spec/* taskId */.BS)(index), task };
}

// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(7299);
;// CONCATENATED MODULE: ./build/action/commands/context.js
function requireId(inputs) {
    if (inputs.tasklistId === undefined)
        throw new Error('tasklist-id was validated as present');
    return inputs.tasklistId;
}
function requireTask(inputs) {
    if (inputs.task === undefined)
        throw new Error('task was validated as present');
    return inputs.task;
}

;// CONCATENATED MODULE: ./build/action/commands/load.js





async function loadCommand({ inputs, store, log }) {
    let view = await store.load(requireId(inputs));
    // A body edited by hand is redrawn from the record, so people see the truth again.
    if (view.rebuilt)
        view = await store.publish(view);
    reportLoaded(log, view.issue.number, view.state);
    if (inputs.task === undefined)
        return publishOutputs(view);
    const { task } = findTask(view.state, inputs.task, view.issue.number);
    await publishOutputs(view, { task: task.n, shouldRun: !(0,domain_status/* isSettled */.Is)(task.s) });
}

;// CONCATENATED MODULE: ./build/app/transition.js




/**
 * Changes one task's status. The whole TaskList is read before anything is
 * written, so an illegal or unknown request writes nothing.
 */
async function transition(store, log, view, request) {
    const loaded = view.folded ? view : await store.fold(view);
    const number = loaded.issue.number;
    const { id, task } = findTask(loaded.state, request.task, number);
    if (!(0,domain_status/* isLegal */.cQ)(request.op, task.s, request.authority)) {
        throw new errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.n} in TaskList #${number}: ${(0,domain_status/* illegalTransitionHint */.ZD)(request.op, task.s, request.authority)}`);
    }
    const actsOnClaim = request.op === 'complete' || request.op === 'fail';
    if (actsOnClaim && request.ownClaim !== undefined && task.c?.id !== request.ownClaim) {
        throw new errors/* TaskBusyError */.rz(`Cannot ${request.op} ${task.n} in TaskList #${number}: this job's claim ended and ${task.c?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`);
    }
    if (actsOnClaim && request.ownClaim === undefined && task.c !== undefined) {
        log.info(`${task.n} was started by ${task.c.holder.label}; recording ${request.op} on its behalf`);
    }
    const submission = await store.submit(loaded, {
        op: request.op,
        task: id,
        name: task.n,
        ver: task.v,
        from: task.s,
        to: (0,domain_status/* targetOf */.$r)(request.op),
        authority: request.authority,
        ...(actsOnClaim && task.c !== undefined ? { claim: task.c.id } : {}),
        holder: request.holder,
        ...(request.requestedBy === undefined ? {} : { requestedBy: request.requestedBy }),
        ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
        ...(request.exitCode === undefined ? {} : { x: request.exitCode }),
    }, {
        ...request.extras,
        ...(request.message === undefined ? {} : { message: request.message }),
        ...(actsOnClaim && task.c !== undefined ? { durationSec: (store.port.serverNow() - Date.parse(task.c.at)) / 1000 } : {}),
    });
    if (submission.kind === 'rejected') {
        await store.markNotApplied(submission);
        throw new errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.n} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`);
    }
    log.info(transitionLine(id, task.n, task.s, (0,domain_status/* targetOf */.$r)(request.op)));
    return store.publish(submission.view);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 10 modules
var schemas = __webpack_require__(3798);
;// CONCATENATED MODULE: ./build/action/claim-handoff.js


/**
 * How steps of one job hand a claim to each other: `start` exports the claim
 * id for a later `complete` or `fail`, and saves it for its own post step,
 * which fails the task as interrupted if the job ends while it is still held.
 */
const RELEASED = 'released';
function claimVariable(tasklistId, taskId) {
    return `TASKLIST_CLAIM_${tasklistId}_${taskId.toUpperCase()}`;
}
function heldClaim(tasklistId, taskId) {
    const value = process.env[claimVariable(tasklistId, taskId)];
    return value === undefined || value === '' || value === RELEASED ? undefined : value;
}
function isReleased(tasklistId, taskId) {
    return process.env[claimVariable(tasklistId, taskId)] === RELEASED;
}
function exportClaim(tasklistId, taskId, claimId) {
    lib_core/* exportVariable */.dN(claimVariable(tasklistId, taskId), claimId);
}
function releaseClaim(tasklistId, taskId) {
    lib_core/* exportVariable */.dN(claimVariable(tasklistId, taskId), RELEASED);
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
const STATE_KEY = 'claim';
function saveClaimForPost(claim) {
    lib_core/* saveState */.LZ(STATE_KEY, claim === undefined ? '' : JSON.stringify(claim));
}
function savedClaim() {
    const raw = core.getState(STATE_KEY);
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
function runShell(script, cwd, onSpawn = () => undefined) {
    return new Promise((resolve, reject) => {
        // Its own process group, so a cancellation reaches every process the command started.
        const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env, detached: true });
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
            resolve({ exitCode: code ?? 128 + signalNumber(signal), signal: signal ?? undefined, tail: lines.slice(-TAIL_LINES).join('\n') });
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

// EXTERNAL MODULE: ./build/domain/fold.js
var fold = __webpack_require__(7954);
;// CONCATENATED MODULE: ./build/app/claim.js





const MAX_LOST_RACES = 8;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function holderText(task) {
    const claim = task.c;
    if (claim === undefined)
        return 'another job';
    return claim.holder.url === undefined ? claim.holder.label : `${claim.holder.label} (${claim.holder.url})`;
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
        const { id, task } = findTask(view.state, request.task, number);
        const claimNow = task.c;
        if ((0,domain_status/* isSettled */.Is)(task.s) || task.s === 'IN_PROGRESS') {
            if (!view.folded) {
                view = await store.fold(view);
                continue;
            }
        }
        if ((0,domain_status/* isSettled */.Is)(task.s))
            return { kind: 'settled', view, id, task };
        let op = 'start';
        if (task.s === 'IN_PROGRESS' && claimNow !== undefined) {
            if (request.knownClaim !== undefined && claimNow.id === request.knownClaim) {
                return { kind: 'claimed', view, id, claimId: claimNow.id, fresh: false, before: task };
            }
            const expired = store.port.serverNow() > (0,fold/* leaseExpiry */.Me)(claimNow);
            if (expired || (0,fold/* isLaterAttempt */._B)(claimNow, request.holder)) {
                op = 'takeover';
            }
            else if (request.onBusy === 'fail') {
                throw new errors/* TaskBusyError */.rz(`${task.n} in TaskList #${number} is IN_PROGRESS, held by ${holderText(task)} since ${claimNow.at}; its lease runs until ${new Date((0,fold/* leaseExpiry */.Me)(claimNow)).toISOString()}. Wait for that job, or set on-busy: wait or skip`);
            }
            else if (request.onBusy === 'skip') {
                log.info(`${task.n}: IN_PROGRESS, held by ${holderText(task)}; not running it here (on-busy: skip)`);
                return { kind: 'busy-skipped', view, id, task };
            }
            else {
                if (Date.now() >= deadline) {
                    throw new errors/* TaskBusyError */.rz(`${task.n} in TaskList #${number} is still IN_PROGRESS, held by ${holderText(task)}, after waiting ${(0,domain_duration/* formatDuration */.a)(request.waitTimeoutSec)}; raise wait-timeout or re-run later`);
                }
                if (!announcedWait) {
                    log.info(`${task.n}: IN_PROGRESS, held by ${holderText(task)}; waiting up to ${(0,domain_duration/* formatDuration */.a)(request.waitTimeoutSec)} (on-busy: wait)`);
                    announcedWait = true;
                }
                await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
                pollMs = Math.min(pollMs * 2, 15_000);
                view = await store.fold(view);
                continue;
            }
        }
        const submission = await store.submit(view, {
            op,
            task: id,
            name: task.n,
            ver: task.v,
            from: task.s,
            to: 'IN_PROGRESS',
            authority: request.authority,
            ...(op === 'takeover' && claimNow !== undefined ? { claim: claimNow.id } : {}),
            lease: request.leaseSec,
            holder: request.holder,
            at: new Date(store.port.serverNow()).toISOString(),
            ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
        }, op === 'takeover' && claimNow !== undefined ? { message: `The lease of ${claimNow.holder.label} expired; taking the task over.` } : {});
        if (submission.kind === 'applied') {
            if (op === 'takeover')
                log.warning(`${task.n}: took over from ${holderText(task)}, whose lease had expired or whose run attempt has ended`);
            return { kind: 'claimed', view: submission.view, id, claimId: submission.record.rec, fresh: true, before: task };
        }
        await store.markNotApplied(submission);
        view = submission.view;
        lostRaces += 1;
        if (lostRaces >= MAX_LOST_RACES) {
            throw new errors/* TaskBusyError */.rz(`${task.n} in TaskList #${number} kept changing while this job tried to claim it; re-run the step`);
        }
    }
}

;// CONCATENATED MODULE: ./build/action/commands/start.js






/** Claims the task for this job, shared by `start` and `run`. Logs the loaded state. */
async function claimForJob(store, log, inputs, runner) {
    const id = requireId(inputs);
    const name = requireTask(inputs);
    const snapshot = await store.readSnapshot(id);
    const index = snapshot.state.tasks.findIndex((t) => t.n === name);
    const known = index === -1 ? undefined : heldClaim(id, `t${index + 1}`);
    const outcome = await claim(store, log, snapshot, {
        task: name,
        holder: (0,runner_context/* workflowHolder */.U)(runner),
        authority: 'workflow',
        leaseSec: inputs.leaseSec,
        onBusy: inputs.onBusy,
        waitTimeoutSec: inputs.waitTimeoutSec,
        ...(inputs.message === undefined ? {} : { message: inputs.message }),
        ...(known === undefined ? {} : { knownClaim: known }),
    });
    const taskIndex = Number(outcome.id.slice(1)) - 1;
    if (outcome.kind === 'claimed' && outcome.fresh) {
        reportLoaded(log, id, outcome.view.state, { index: taskIndex, task: outcome.before });
        log.info(transitionLine(outcome.id, outcome.before.n, outcome.before.s, 'IN_PROGRESS'));
    }
    else {
        reportLoaded(log, id, outcome.view.state);
    }
    if (outcome.kind === 'settled')
        log.info(`${outcome.task.n}: ${outcome.task.s} (status preserved)`);
    return outcome;
}
async function startCommand({ inputs, runner, store, log }) {
    const outcome = await claimForJob(store, log, inputs, runner);
    let view = outcome.view;
    if (outcome.kind === 'claimed') {
        const id = view.issue.number;
        exportClaim(id, outcome.id, outcome.claimId);
        saveClaimForPost({ tasklistId: id, task: outcome.before.n, taskId: outcome.id, claimId: outcome.claimId });
        if (view.bodyStale)
            view = await store.publish(view);
    }
    await publishOutputs(view, { task: requireTask(inputs), shouldRun: outcome.kind === 'claimed' });
}

;// CONCATENATED MODULE: ./build/action/commands/run.js











/** Long commands get the body redrawn while they run, so people see IN_PROGRESS there too. */
const BODY_REFRESH_AFTER_MS = 10_000;
async function runCommand({ inputs, runner, store, log }) {
    const script = inputs.run;
    if (script === undefined)
        throw new Error('run was validated as present');
    const outcome = await claimForJob(store, log, inputs, runner);
    if (outcome.kind !== 'claimed') {
        await publishOutputs(outcome.view, { task: requireTask(inputs), shouldRun: false });
        return;
    }
    const id = outcome.view.issue.number;
    const taskId = outcome.id;
    const holder = (0,runner_context/* workflowHolder */.U)(runner);
    const saved = { tasklistId: id, task: outcome.before.n, taskId, claimId: outcome.claimId };
    exportClaim(id, taskId, outcome.claimId);
    saveClaimForPost(saved);
    // Writes to GitHub while the command runs are chained, so a renewal never races the final record.
    let view = outcome.view;
    let chain = Promise.resolve();
    const enqueue = (work) => {
        const next = chain.then(work);
        chain = next.catch(() => undefined);
        return next;
    };
    let lostClaim;
    let stopCommand = () => undefined;
    const refreshBody = setTimeout(() => {
        void enqueue(async () => {
            view = await store.publish({ ...view }, { converge: false });
        }).catch((error) => log.warning(`Could not refresh the TaskList body: ${String(error)}`));
    }, BODY_REFRESH_AFTER_MS);
    const renewEveryMs = Math.max(1000, (inputs.leaseSec * 1000) / 3);
    const renewal = setInterval(() => {
        void enqueue(async () => {
            const { task } = findTask(view.state, taskId, id);
            const submission = await store.submit(view, {
                op: 'renew', task: taskId, name: task.n, ver: task.v, from: 'IN_PROGRESS', to: 'IN_PROGRESS',
                authority: 'workflow', claim: outcome.claimId, lease: inputs.leaseSec, holder,
            });
            view = submission.view;
            const now = findTask(view.state, taskId, id).task;
            if (submission.kind === 'rejected' && now.c?.id !== outcome.claimId) {
                lostClaim = now.c?.holder.label ?? 'another writer';
                log.error(`${task.n}: this job lost its claim to ${lostClaim}; stopping the command so the task has one runner`);
                stopCommand('SIGTERM');
            }
        }).catch((error) => log.warning(`Could not renew the lease of ${outcome.before.n}; will try again: ${String(error)}`));
    }, renewEveryMs);
    let interrupted;
    const onSignal = (signal) => {
        interrupted = signal;
        stopCommand(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let result;
    try {
        result = await runShell(script, runner.workspace, (stop) => {
            stopCommand = stop;
        });
    }
    finally {
        clearTimeout(refreshBody);
        clearInterval(renewal);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
    await chain;
    if (lostClaim !== undefined) {
        releaseClaim(id, taskId);
        saveClaimForPost(undefined);
        throw new errors/* TaskBusyError */.rz(`${outcome.before.n} in TaskList #${id} was taken over by ${lostClaim} while this job ran it; nothing was recorded for this job's run`);
    }
    const succeeded = result.exitCode === 0 && interrupted === undefined;
    const message = interrupted !== undefined ? `interrupted (${interrupted})` : succeeded ? undefined : `exit code ${result.exitCode}`;
    const pending = { op: succeeded ? 'complete' : 'fail', exitCode: result.exitCode, ...(message === undefined ? {} : { message }) };
    // If this step dies before the record lands, the post step records this outcome instead of 'interrupted'.
    saveClaimForPost({ ...saved, pending });
    const final = await transition(store, log, view, {
        task: taskId,
        op: pending.op,
        authority: 'workflow',
        holder,
        ownClaim: outcome.claimId,
        exitCode: result.exitCode,
        ...(message === undefined ? {} : { message }),
        ...(succeeded ? {} : { extras: { output: (0,markdown/* tailLines */.os)(result.tail, 50, 20_000) } }),
    });
    releaseClaim(id, taskId);
    saveClaimForPost(undefined);
    await publishOutputs(final, { task: outcome.before.n, shouldRun: true });
    if (!succeeded) {
        lib_core/* setFailed */.C1(`${outcome.before.n} failed with ${message ?? `exit code ${result.exitCode}`}; it is recorded as FAILED in TaskList #${id}, and a later run retries it`);
    }
}

;// CONCATENATED MODULE: ./build/action/commands/transition.js







/** complete, fail and skip: one recorded transition of a task. */
async function transitionCommand({ inputs, runner, store, log }, op) {
    const id = requireId(inputs);
    const loaded = await store.load(id);
    reportLoaded(log, id, loaded.state);
    const { id: taskId, task } = findTask(loaded.state, requireTask(inputs), id);
    const ownClaim = heldClaim(id, taskId);
    const view = await transition(store, log, loaded, {
        task: task.n,
        op,
        authority: 'workflow',
        holder: (0,runner_context/* workflowHolder */.U)(runner),
        ...(inputs.message === undefined ? {} : { message: inputs.message }),
        ...(ownClaim === undefined ? {} : { ownClaim }),
    });
    if (op !== 'skip')
        releaseClaim(id, taskId);
    await publishOutputs(view, { task: task.n, shouldRun: false });
}

;// CONCATENATED MODULE: ./build/action/dispatch.js





async function dispatch(context) {
    switch (context.inputs.command) {
        case 'create':
            return createCommand(context);
        case 'load':
            return loadCommand(context);
        case 'start':
            return startCommand(context);
        case 'run':
            return runCommand(context);
        case 'complete':
        case 'fail':
        case 'skip':
            return transitionCommand(context, context.inputs.command);
    }
}


/***/ }),

/***/ 7954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   Me: () => (/* binding */ leaseExpiry),
/* harmony export */   QF: () => (/* binding */ trustedAuthors),
/* harmony export */   _B: () => (/* binding */ isLaterAttempt)
/* harmony export */ });
/* unused harmony export DEFAULT_LEASE_SECONDS */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4612);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7299);



const DEFAULT_LEASE_SECONDS = 6 * 3600;
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
    const tasks = base.tasks.slice();
    const events = [];
    const seenRecords = new Set();
    let cursor = base.cursor;
    const ordered = comments.filter((c) => cursor === null || c.id > cursor.id).sort((a, b) => a.id - b.id);
    for (const comment of ordered) {
        cursor = { id: comment.id, at: comment.createdAt };
        const decoded = (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeRecord */ .eT)(comment.body);
        if (decoded.kind === 'none')
            continue;
        if (!trusted.has(comment.login.toLowerCase())) {
            events.push({ kind: 'untrusted', comment });
            continue;
        }
        if (decoded.kind === 'malformed') {
            events.push({ kind: 'malformed', comment, error: decoded.error });
            continue;
        }
        const record = decoded.record;
        if (seenRecords.has(record.rec)) {
            events.push({ kind: 'duplicate', comment, record });
            continue;
        }
        seenRecords.add(record.rec);
        const index = Number(record.task.slice(1)) - 1;
        const task = tasks[index];
        const outcome = task === undefined ? 'task does not exist' : check(base, task, record);
        if (task === undefined || typeof outcome === 'string') {
            if (task?.c?.id === record.rec)
                events.push({ kind: 'duplicate', comment, record });
            else
                events.push({ kind: 'rejected', comment, record, reason: outcome });
            continue;
        }
        const after = apply(task, record, comment);
        tasks[index] = after;
        events.push({ kind: 'applied', comment, record, before: task, after });
    }
    return { snapshot: (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .sealSnapshot */ .C4)({ ...withoutDigest(base), tasks, cursor }), events };
}
function withoutDigest(snapshot) {
    const { digest: _digest, ...content } = snapshot;
    return content;
}
function check(base, task, record) {
    if (record.name !== task.n)
        return `names task '${record.name}', but ${record.task} is '${task.n}'`;
    if (record.defs !== base.defs)
        return 'was written against different task definitions';
    if (record.ver !== task.v)
        return `is stale: ${task.n} is at version ${task.v}, the record expected ${record.ver}`;
    if (record.from !== task.s)
        return `expected ${task.n} to be ${record.from}, but it is ${task.s}`;
    if (record.to !== (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .targetOf */ .$r)(record.op) || !(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .isLegal */ .cQ)(record.op, record.from, record.authority)) {
        return `${record.op} is not allowed from ${record.from} for ${record.authority === 'operator' ? 'an' : 'a'} ${record.authority}`;
    }
    const claim = task.c;
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
function apply(task, record, comment) {
    const next = {
        n: task.n,
        ...(task.desc === undefined ? {} : { desc: task.desc }),
        s: record.to,
        v: task.v + 1,
        at: comment.createdAt,
        by: record.requestedBy === undefined ? record.holder.label : `@${record.requestedBy}`,
        ...(record.holder.url === undefined ? {} : { u: record.holder.url }),
        ...(record.m === undefined ? {} : { m: record.m }),
    };
    switch (record.op) {
        case 'start':
        case 'takeover':
            next.c = { id: record.rec, at: comment.createdAt, lease: record.lease ?? task.c?.lease ?? DEFAULT_LEASE_SECONDS, holder: record.holder };
            return next;
        case 'renew':
            if (task.c !== undefined)
                next.c = { ...task.c, renewed: comment.createdAt, ...(record.lease === undefined ? {} : { lease: record.lease }) };
            if (record.m === undefined && task.m !== undefined)
                next.m = task.m;
            return next;
        case 'complete':
        case 'fail':
            if (task.c !== undefined)
                next.t = Math.max(0, (Date.parse(comment.createdAt) - Date.parse(task.c.at)) / 1000);
            if (record.x !== undefined)
                next.x = record.x;
            return next;
        default:
            return next;
    }
}


/***/ }),

/***/ 3812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   nl: () => (/* binding */ inertJson),
/* harmony export */   os: () => (/* binding */ tailLines),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export oneLine */
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

/***/ 4612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ newRecordId),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord)
/* harmony export */ });
/* unused harmony exports RECORD_MARKER, RecordSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3798);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7428);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7299);





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
    holder: _snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .HolderSchema */ .Cg,
    /** The person an operator record was made for, when the writer is a bot. */
    requestedBy: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(100).optional(),
    m: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().max(300).optional(),
    x: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().optional(),
    /**
     * GitHub's time as the writer saw it when deciding. A takeover is judged by
     * it rather than by when its comment landed, so a re-posted duplicate is
     * judged exactly like the first copy, whichever fold reads it.
     */
    at: zod__WEBPACK_IMPORTED_MODULE_5__/* .datetime */ .w$({ offset: true }).optional(),
});
function newRecordId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(10).toString('hex');
}
function encodeRecord(record) {
    return `${RECORD_MARKER}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inertJson */ .nl)(record)} -->`;
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
    const parsed = RecordSchema.safeParse(json);
    if (!parsed.success)
        return { kind: 'malformed', error: `record block fails validation: ${zod__WEBPACK_IMPORTED_MODULE_6__/* .prettifyError */ .S1(parsed.error).split('\n').join(' ')}` };
    return { kind: 'record', record: parsed.data };
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ sealSnapshot),
/* harmony export */   Cg: () => (/* binding */ HolderSchema),
/* harmony export */   Qw: () => (/* binding */ specsOf),
/* harmony export */   R4: () => (/* binding */ genesisSnapshot),
/* harmony export */   S9: () => (/* binding */ SnapshotSchema),
/* harmony export */   dy: () => (/* binding */ isSealed),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports SafeUrlSchema, ClaimSchema, TaskStateSchema, CursorSchema, definitionsDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3798);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9746);




const SCHEMA_VERSION = 1;
const isoTime = zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true });
/** Links rendered into markdown: no spaces, quotes, brackets or angle brackets can break out. */
const SafeUrlSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(500).regex(/^https?:\/\/[^\s<>"'`()[\]{}|\\^]+$/);
const HolderSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    run: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(40).optional(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive().optional(),
    job: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(200).optional(),
    url: SafeUrlSchema.optional(),
    label: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(300),
});
const ClaimSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(40),
    at: isoTime,
    lease: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
    renewed: isoTime.optional(),
    holder: HolderSchema,
});
const TaskStateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    n: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_task_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .TASK_NAME_PATTERN */ .zA).max(_task_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TASK_NAME */ .tX),
    desc: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(_task_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_DESCRIPTION */ .o1).optional(),
    s: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUSES */ .f),
    v: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    c: ClaimSchema.optional(),
    /** Seconds the last finished attempt took. */
    t: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().nonnegative().optional(),
    /** Server time of the last change. */
    at: isoTime.optional(),
    m: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(300).optional(),
    x: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
    u: SafeUrlSchema.optional(),
    by: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100).optional(),
});
const CursorSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(), at: isoTime });
const SnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(SCHEMA_VERSION),
    title: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(256),
    key: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(256).optional(),
    created: isoTime,
    trusted: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100)).max(50),
    defs: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    cursor: CursorSchema.nullable(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(TaskStateSchema).min(1),
    digest: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
});
function sha16(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/** Fingerprint of the task definitions; every record carries it, so edited definitions are caught. */
function definitionsDigest(tasks) {
    return sha16(JSON.stringify(tasks.map((t) => [t.name, t.description ?? ''])));
}
/**
 * Key order is fixed here so the digest of a parsed snapshot matches the one
 * computed when it was written, whatever order the JSON arrived in.
 */
function canonical(content) {
    return {
        tasklist: content.tasklist,
        title: content.title,
        ...(content.key === undefined ? {} : { key: content.key }),
        created: content.created,
        trusted: content.trusted,
        defs: content.defs,
        cursor: content.cursor === null ? null : { id: content.cursor.id, at: content.cursor.at },
        tasks: content.tasks.map(canonicalTask),
    };
}
function canonicalTask(t) {
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
function sealSnapshot(content) {
    const body = canonical(content);
    return { ...body, digest: sha16(JSON.stringify(body)) };
}
/** True when the snapshot is exactly as the action wrote it. */
function isSealed(snapshot) {
    const { digest, ...content } = snapshot;
    return sha16(JSON.stringify(canonical(content))) === digest;
}
function specsOf(snapshot) {
    return snapshot.tasks.map((t) => (t.desc === undefined ? { name: t.n } : { name: t.n, description: t.desc }));
}
function genesisSnapshot(input) {
    return sealSnapshot({
        tasklist: SCHEMA_VERSION,
        title: input.title,
        ...(input.key === undefined ? {} : { key: input.key }),
        created: input.now,
        trusted: [...new Set(input.trusted)].sort(),
        defs: definitionsDigest(input.tasks),
        cursor: null,
        tasks: input.tasks.map((spec) => ({
            n: spec.name,
            ...(spec.description === undefined ? {} : { desc: spec.description }),
            s: 'PENDING',
            v: 0,
        })),
    });
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
            return `'${op}' needs ${needs}, but it is ${from}` + (from === 'PENDING' && (op === 'complete' || op === 'fail') ? '; start it first' : '');
    }
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3798);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
