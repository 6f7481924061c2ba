export const id = 750;
export const ids = [750];
export const modules = {

/***/ 9750:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  botCommand: () => (/* binding */ botCommand)
});

// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(1721);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/app/record-transition.js
var record_transition = __webpack_require__(2711);
// EXTERNAL MODULE: ./build/app/transition.js
var transition = __webpack_require__(3001);
// EXTERNAL MODULE: ./build/domain/body.js
var domain_body = __webpack_require__(3369);
// EXTERNAL MODULE: ./build/domain/summary.js
var summary = __webpack_require__(4721);
// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(7299);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
// EXTERNAL MODULE: ./build/storage/github-errors.js
var github_errors = __webpack_require__(9347);
// EXTERNAL MODULE: ./build/storage/repository.js + 1 modules
var repository = __webpack_require__(5320);
;// CONCATENATED MODULE: ./build/bot/checkbox-diff.js

function boxes(body) {
    const start = body.indexOf(domain_body/* BEGIN_MARKER */.Rm);
    const end = body.indexOf(domain_body/* END_MARKER */.$7);
    return start === -1 || end < start ? new Map() : (0,domain_body/* parseChecklist */.W2)(body.slice(start, end));
}
/** The boxes whose state changed between two versions of the body, in checklist order. */
function changedBoxes(before, after) {
    const old = boxes(before);
    const changes = [];
    for (const [task, ticked] of boxes(after)) {
        const was = old.get(task);
        if (was !== undefined && was !== ticked)
            changes.push({ task, ticked });
    }
    return changes;
}

;// CONCATENATED MODULE: ./build/bot/slash-command.js
const SLASH_HELP = [
    '`/tasklist status`: reply with the current table',
    '`/tasklist retry <task>`: send a FAILED task back to PENDING',
    '`/tasklist reset <task>`: send a COMPLETE, SKIPPED or FAILED task back to PENDING, to run it again',
    '`/tasklist skip <task> [reason]`: mark a PENDING or FAILED task SKIPPED',
    '`/tasklist resume`: dispatch the resume workflow',
].join('\n');
/**
 * A command is the first line of a comment, starting with the exact word
 * `/tasklist`. Anything else is conversation and is left alone.
 */
function parseSlashCommand(comment) {
    const firstLine = comment
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/, 1)[0]
        ?.trim() ?? '';
    const words = firstLine.split(/\s+/);
    if (words[0] !== '/tasklist')
        return { kind: 'none' };
    const verb = words[1];
    const task = words[2];
    switch (verb) {
        case undefined:
            return { kind: 'invalid', problem: 'the command is missing' };
        case 'status':
        case 'resume':
            return words.length > 2 ? { kind: 'invalid', problem: `\`${verb}\` takes no arguments` } : { kind: verb };
        case 'retry':
        case 'reset':
            if (task === undefined)
                return { kind: 'invalid', problem: `\`${verb}\` needs a task name` };
            return words.length > 3
                ? { kind: 'invalid', problem: `\`${verb}\` takes only a task name` }
                : { kind: 'task', verb, task };
        case 'skip': {
            if (task === undefined)
                return { kind: 'invalid', problem: '`skip` needs a task name' };
            const reason = words.slice(3).join(' ');
            return reason === '' ? { kind: 'task', verb, task } : { kind: 'task', verb, task, reason };
        }
        default:
            return { kind: 'invalid', problem: `\`${verb.slice(0, 40)}\` is not a command` };
    }
}

;// CONCATENATED MODULE: ./build/bot/bot.js










const IGNORED = { command: 'none', dispatched: false };
/**
 * Acts on a comment or a body edit of a TaskList issue. Anything that is not
 * a TaskList, not a command, or comes from a bot is ignored silently; the
 * bot never answers itself, so it cannot loop.
 */
async function handleBotEvent(options, event) {
    if (event.kind === 'other') {
        options.log.info(`Nothing to do: ${event.why}`);
        return IGNORED;
    }
    if (event.author.isBot) {
        options.log.info(`Nothing to do: @${event.author.login} is a bot, and the bot does not take commands from bots`);
        return IGNORED;
    }
    const body = event.kind === 'comment' ? event.issueBody : event.after;
    if ((0,domain_body/* parseBody */.OG)(body).kind === 'not-tasklist') {
        options.log.info(`Nothing to do: issue #${event.issue} is not a TaskList`);
        return IGNORED;
    }
    return event.kind === 'comment' ? onComment(options, event) : onEdit(options, event);
}
async function onComment(options, event) {
    const command = parseSlashCommand(event.text);
    if (command.kind === 'none') {
        options.log.info('Nothing to do: the comment is not a /tasklist command');
        return IGNORED;
    }
    const target = { comment: event.commentId };
    await react(options, target, 'eyes');
    if (!(await mayCommand(options, event.issue, event.author, target)))
        return { command: 'refused', dispatched: false };
    const reply = (text) => replyTo(options, event.issue, event.author, text);
    try {
        switch (command.kind) {
            case 'invalid':
                await react(options, target, 'confused');
                await reply(`${command.problem}. The commands are:\n\n${SLASH_HELP}`);
                return { command: 'invalid', dispatched: false };
            case 'status': {
                const view = await options.store.load(event.issue);
                await reply((0,summary/* renderSummary */.B)(view.state, view.issue.number, view.issue.htmlUrl));
                await react(options, target, 'rocket');
                return { command: 'status', dispatched: false, view };
            }
            case 'resume': {
                if (options.resumeWorkflow === undefined) {
                    await react(options, target, 'confused');
                    await reply('this repository has not set up a resume workflow; set the `resume-workflow` input of the bot step.');
                    return { command: 'resume', dispatched: false };
                }
                const ref = options.ref ?? (await options.repo.defaultBranch());
                try {
                    await options.repo.dispatchWorkflow(options.resumeWorkflow, ref, { 'tasklist-id': String(event.issue) });
                }
                catch (error) {
                    const why = (0,github_errors/* describeGitHubError */.dZ)(error, `workflow ${options.resumeWorkflow} on ${ref}`, options.advice);
                    await react(options, target, 'confused');
                    await reply(`could not dispatch \`${options.resumeWorkflow}\` on \`${ref}\`: ${why}.`);
                    // A wrong resume-workflow, ref or permission is the repository's to fix: fail the bot's run too.
                    throw new errors/* WriteError */.QM(`/tasklist resume could not dispatch ${options.resumeWorkflow} on ${ref}: ${why}`);
                }
                options.log.info(`Dispatched ${options.resumeWorkflow} on ${ref} for TaskList #${event.issue}`);
                await reply(`dispatched \`${options.resumeWorkflow}\` on \`${ref}\` to resume TaskList #${event.issue}.`);
                await react(options, target, 'rocket');
                return { command: 'resume', dispatched: true };
            }
            case 'task': {
                const { view } = await (0,record_transition/* recordTransition */.H)(options.store, options.log, {
                    tasklist: event.issue,
                    task: command.task,
                    op: command.verb,
                    authority: 'operator',
                    holder: options.holder,
                    requestedBy: event.author.login,
                    message: command.reason ?? `${command.verb} requested by @${event.author.login}`,
                });
                await react(options, target, 'rocket');
                return { command: `${command.verb} ${command.task}`, dispatched: false, view };
            }
        }
    }
    catch (error) {
        // GitHub faults fail the step loudly; only refusals are answered in the issue.
        if (!(error instanceof errors/* TaskListError */.wW) || error instanceof errors/* WriteError */.QM || error instanceof errors/* ReadError */.F_)
            throw error;
        await react(options, target, 'confused');
        await reply(`${error.message}.\n\nThe commands are:\n\n${SLASH_HELP}`);
        return { command: 'invalid', dispatched: false };
    }
}
/** Ticking a box skips a task, unticking it resets one, as in a dependency dashboard. */
async function onEdit(options, event) {
    const changes = changedBoxes(event.before, event.after);
    if (changes.length === 0) {
        options.log.info('Nothing to do: no box in the checklist changed');
        return IGNORED;
    }
    const target = { issue: event.issue };
    await react(options, target, 'eyes');
    let view = await options.store.load(event.issue);
    if (!(await mayCommand(options, event.issue, event.author, target))) {
        // Put the boxes back: the checklist is always drawn from the state.
        await options.store.publish(view, { converge: false });
        return { command: 'refused', dispatched: false, view };
    }
    const done = [];
    for (const change of changes) {
        const op = requestedOp(view, change);
        if (op === undefined)
            continue;
        view = await (0,transition/* transition */.k)(options.store, options.log, view, {
            task: change.task,
            op,
            authority: 'operator',
            holder: options.holder,
            requestedBy: event.author.login,
            message: `${change.ticked ? 'ticked' : 'unticked'} by @${event.author.login}`,
        });
        done.push(`${op} ${change.task}`);
    }
    // Boxes that asked for nothing legal are redrawn from the state as well.
    if (done.length < changes.length)
        view = await options.store.publish(view, { converge: done.length === 0 ? false : true });
    await react(options, target, 'rocket');
    return { command: done.length === 0 ? 'none' : done.join(', '), dispatched: false, view };
}
function requestedOp(view, change) {
    const status = view.state.tasks.find((t) => t.definition.name === change.task)?.state.status;
    if (change.ticked && (status === 'PENDING' || status === 'FAILED'))
        return 'skip';
    if (!change.ticked && status !== undefined && (0,domain_status/* isSettled */.Is)(status))
        return 'reset';
    return undefined;
}
async function mayCommand(options, issue, person, target) {
    const role = await options.repo.roleOf(person.login);
    if ((0,repository/* hasRole */.hf)(role, options.permission))
        return true;
    options.log.warning(`@${person.login} has ${role} access; commanding TaskList #${issue} needs ${options.permission}`);
    await react(options, target, 'confused');
    await replyTo(options, issue, person, `only people with at least \`${options.permission}\` access to this repository can change this TaskList, and you have \`${role}\`. Nothing was changed.`);
    return false;
}
async function react(options, target, content) {
    try {
        await options.repo.react(target, content);
    }
    catch (error) {
        options.log.warning(`Could not add the ${content} reaction: ${(0,github_errors/* describeGitHubError */.dZ)(error, 'the reaction', options.advice)}`);
    }
}
async function replyTo(options, issue, person, text) {
    await options.store.postComment(issue, `@${person.login} ${text}`);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
;// CONCATENATED MODULE: ./build/bot/event.js

/** The parts of GitHub's webhook payloads the bot reads; anything else is ignored. */
const UserSchema = schemas/* object */.Ikc({ login: schemas/* string */.YjP(), type: schemas/* string */.YjP().default('User') });
const IssueSchema = schemas/* object */.Ikc({
    number: schemas/* number */.aig().int().positive(),
    body: schemas/* string */.YjP().nullable().default(null),
    user: UserSchema.nullable().default(null),
    pull_request: schemas/* unknown */.L5J().optional(),
});
const CommentEventSchema = schemas/* object */.Ikc({
    action: schemas/* string */.YjP(),
    issue: IssueSchema,
    comment: schemas/* object */.Ikc({
        id: schemas/* number */.aig().int().positive(),
        body: schemas/* string */.YjP().nullable().default(null),
        user: UserSchema.nullable().default(null),
    }),
    sender: UserSchema,
});
const EditEventSchema = schemas/* object */.Ikc({
    action: schemas/* string */.YjP(),
    issue: IssueSchema,
    changes: schemas/* object */.Ikc({ body: schemas/* object */.Ikc({ from: schemas/* string */.YjP().nullable().default(null) }).optional() }).default({}),
    sender: UserSchema,
});
function person(user) {
    return { login: user?.login ?? '', isBot: user === null || user.type === 'Bot' || user.login.endsWith('[bot]') };
}
/** Reads the event the workflow was triggered by. */
function parseBotEvent(eventName, payload) {
    if (eventName === 'issue_comment') {
        const parsed = CommentEventSchema.safeParse(payload);
        if (!parsed.success)
            return { kind: 'other', why: 'the issue_comment payload is not one the bot understands' };
        const event = parsed.data;
        if (event.action !== 'created')
            return { kind: 'other', why: `issue_comment ${event.action} is not a command` };
        if (event.issue.pull_request !== undefined)
            return { kind: 'other', why: 'a pull request is not a TaskList' };
        return {
            kind: 'comment',
            issue: event.issue.number,
            issueBody: event.issue.body ?? '',
            commentId: event.comment.id,
            text: event.comment.body ?? '',
            author: person(event.comment.user ?? event.sender),
        };
    }
    if (eventName === 'issues') {
        const parsed = EditEventSchema.safeParse(payload);
        if (!parsed.success)
            return { kind: 'other', why: 'the issues payload is not one the bot understands' };
        const event = parsed.data;
        if (event.action !== 'edited' || event.changes.body === undefined)
            return { kind: 'other', why: `issues ${event.action} without a body change is not a command` };
        return {
            kind: 'edit',
            issue: event.issue.number,
            before: event.changes.body.from ?? '',
            after: event.issue.body ?? '',
            author: person(event.sender),
        };
    }
    return {
        kind: 'other',
        why: `the bot handles issue_comment and issues events, not ${eventName ?? 'an unnamed event'}`,
    };
}

// EXTERNAL MODULE: ./build/action/error-line.js
var error_line = __webpack_require__(8008);
// EXTERNAL MODULE: ./build/action/outputs.js
var outputs = __webpack_require__(2309);
// EXTERNAL MODULE: ./build/action/runner-context.js
var runner_context = __webpack_require__(1755);
;// CONCATENATED MODULE: ./build/action/commands/bot.js








function readPayload(path) {
    if (path === undefined)
        throw new errors/* InputError */.dz('GITHUB_EVENT_PATH is not set; run command: bot in a workflow triggered by issue_comment or issues events');
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        throw new errors/* InputError */.dz(`could not read the event payload at ${path}; run command: bot in a workflow triggered by issue_comment or issues events`);
    }
}
/** command: bot — slash commands and checkbox edits on TaskList issues. */
async function botCommand({ inputs, runner, store, repo, log }) {
    const event = parseBotEvent(runner.eventName, readPayload(runner.eventPath));
    const holder = (0,runner_context/* workflowHolder */.U)(runner);
    const result = await handleBotEvent({
        store,
        repo,
        log,
        advice: error_line/* ACTION_ADVICE */.gr,
        holder: { ...holder, label: `tasklist bot (${holder.label})` },
        permission: inputs.permission,
        resumeWorkflow: inputs.resumeWorkflow,
        ref: inputs.ref,
    }, event);
    workflow_commands/* setOutput */.uH('bot-command', result.command);
    workflow_commands/* setOutput */.uH('dispatched', String(result.dispatched));
    if (result.view !== undefined)
        await (0,outputs/* publishOutputs */.e)(result.view);
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
async function publishOutputs(view, outcome = {}) {
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
    await _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe((0,_domain_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSummary */ .B)(state, view.issue.number, view.issue.htmlUrl));
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
    return store.publish(submission.view);
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
/* unused harmony export checklistLine */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7428);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7299);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2388);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5985);
/* harmony import */ var _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4371);







const BEGIN_MARKER = '<!-- tasklist:begin -->';
const END_MARKER = '<!-- tasklist:end -->';
const STATE_OPEN = '<!-- tasklist:state';
const STATE_PATTERN = /<!-- tasklist:state\s*\n([\s\S]*?)\n-->/g;
/** GitHub rejects issue bodies and comments longer than this. */
const GITHUB_BODY_LIMIT = 65_536;
class BodyTooLargeError extends Error {
}
const DETAILS = ['full', 'compact', 'minimal', 'lean'];
function renderBody(snapshot, parts = { before: '', after: '' }) {
    for (const detail of DETAILS) {
        const body = assemble(snapshot, parts, detail);
        if (body.length <= GITHUB_BODY_LIMIT)
            return body;
    }
    const size = assemble(snapshot, parts, 'lean').length;
    throw new BodyTooLargeError(`the TaskList body would be ${size} characters, over GitHub's limit of ${GITHUB_BODY_LIMIT}; use fewer or shorter task names, or move text people added to the issue into a comment`);
}
function assemble(full, parts, detail) {
    const snapshot = detail === 'lean' ? (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_3__/* .leanSnapshot */ .Nm)(full) : full;
    const region = [
        BEGIN_MARKER,
        `## ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(snapshot.title)}`,
        '',
        ...snapshot.tasks.map((task) => checklistLine(task, detail)),
        '',
        `<sub>${progressLine(snapshot)} · This block is kept by tasklist-action from the comment record; write your notes outside it.</sub>`,
        '',
        `${STATE_OPEN}\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inertJson */ .nl)((0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .toWire */ .BW)(snapshot))}\n-->`,
        END_MARKER,
    ].join('\n');
    return `${parts.before}${region}${parts.after}`;
}
function progressLine(snapshot) {
    const done = snapshot.tasks.filter((t) => (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(t.state.status)).length;
    return `${done} of ${snapshot.tasks.length} done`;
}
function checklistLine(task, detail) {
    const { name, description } = task.definition;
    const { status, durationSec, exitCode, runUrl, message } = task.state;
    const box = (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(status) ? '[x]' : '[ ]';
    const facts = [status];
    if (detail === 'full' || detail === 'compact') {
        if (durationSec !== undefined && (status === 'COMPLETE' || status === 'FAILED'))
            facts.push((0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(durationSec));
        if (exitCode !== undefined && status === 'FAILED')
            facts.push(`exit ${exitCode}`);
        if (runUrl !== undefined)
            facts.push(`[run](${runUrl})`);
    }
    const shownDescription = detail === 'full' && description !== undefined ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(description)}` : '';
    const note = detail === 'full' && message !== undefined && status !== 'COMPLETE'
        ? ` — ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(message, 120))}`
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
    if (typeof version === 'number' && version > _model_js__WEBPACK_IMPORTED_MODULE_5__/* .SCHEMA_VERSION */ .f) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block has schema ${version}, newer than this tasklist-action understands (${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .SCHEMA_VERSION */ .f}); use a newer release of the action`,
        };
    }
    const wire = _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .WireSnapshotSchema */ .xv.safeParse(json);
    if (!wire.success) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block fails validation: ${zod__WEBPACK_IMPORTED_MODULE_6__/* .prettifyError */ .S1(wire.error).replace(/\s*\n\s*/g, ' ')}`,
        };
    }
    const parsed = _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .StoredSnapshotSchema */ .d2.safeParse((0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .fromWire */ .kn)(wire.data));
    if (!parsed.success) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block fails validation: ${zod__WEBPACK_IMPORTED_MODULE_6__/* .prettifyError */ .S1(parsed.error).replace(/\s*\n\s*/g, ' ')}`,
        };
    }
    return { kind: 'ok', snapshot: (0,_snapshot_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .snapshotFromStored */ .wI)(parsed.data), parts, checklist: parseChecklist(region) };
}
function countOf(text, needle) {
    return text.split(needle).length - 1;
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

/***/ 2388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;


/***/ }),

/***/ 6437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ legacyDefinitionsDigest),
/* harmony export */   m: () => (/* binding */ isLegacySealed)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

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
    return sha16(JSON.stringify(legacyContent(content))) === digest;
}


/***/ }),

/***/ 4371:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(0);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4073);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2388);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9746);





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
const StoredTaskSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    n: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(_task_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .TASK_NAME_PATTERN */ .zA).max(_task_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TASK_NAME */ .tX),
    desc: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(_task_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DESCRIPTION */ .o1).optional(),
    s: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUSES */ .f),
    v: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    c: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .ClaimSchema */ .Gq.optional(),
    t: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    at: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly.optional(),
    m: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(300).optional(),
    x: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
    u: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .SafeUrlSchema */ .uh.optional(),
    by: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(100).optional(),
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
const StoredSnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(256),
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(256).optional(),
    created: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly,
    trusted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(100)).max(50),
    defs: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
    cursor: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), at: _claim_js__WEBPACK_IMPORTED_MODULE_0__/* .isoTime */ .Ly }).nullable(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(StoredTaskSchema).min(1),
    digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{16}$/),
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
const WireTaskSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_2__/* .json */ .Pq9())]),
]);
const WireSnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    tasklist: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    created: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    trusted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    defs: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    cursor: zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
    tasks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(WireTaskSchema),
    digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
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

/***/ 5985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R4: () => (/* binding */ genesisSnapshot),
  dy: () => (/* binding */ isSealed),
  Nm: () => (/* binding */ leanSnapshot),
  C4: () => (/* binding */ sealSnapshot),
  Qw: () => (/* binding */ specsOf),
  v1: () => (/* binding */ withTasks)
});

// UNUSED EXPORTS: definitionsDigest

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/domain/canonical-json.js
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

// EXTERNAL MODULE: ./build/domain/model.js
var model = __webpack_require__(2388);
// EXTERNAL MODULE: ./build/domain/snapshot-legacy.js
var snapshot_legacy = __webpack_require__(6437);
// EXTERNAL MODULE: ./build/domain/snapshot-wire.js
var snapshot_wire = __webpack_require__(4371);
;// CONCATENATED MODULE: ./build/domain/snapshot.js





function sha16(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/**
 * Fingerprint of the task definitions, whole: every record carries it, so a
 * definition edited in any field, including ones added later, is caught.
 */
function definitionsDigest(tasks) {
    return sha16(canonicalJson(tasks));
}
/** Seals over the stored form, so the seal of a TaskList on GitHub does not depend on in-memory names. */
function sealSnapshot(content) {
    return { ...content, digest: sha16(canonicalJson((0,snapshot_wire/* storedContent */.F9)(content))) };
}
/** True when the snapshot is exactly as the action wrote it, whatever order its JSON keys arrived in. */
function isSealed(snapshot) {
    const { digest, ...stored } = (0,snapshot_wire/* storedSnapshot */.sM)(snapshot);
    return sha16(canonicalJson(stored)) === digest || (0,snapshot_legacy/* isLegacySealed */.m)(stored, digest);
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
        tasklist: model/* SCHEMA_VERSION */.f,
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
        const { durationSec: _t, changedAt: _at, message: _m, exitCode: _x, runUrl: _u, changedBy: _by, ...kept } = state;
        if (kept.claim === undefined)
            return { definition, state: kept };
        const { url: _url, ...holder } = kept.claim.holder;
        return { definition, state: { ...kept, claim: { ...kept.claim, holder } } };
    }));
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
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9746);



/** The job summary: the TaskList as a table, with a link to its issue. */
function renderSummary(snapshot, issueNumber, issueUrl) {
    const rows = snapshot.tasks.map((task, index) => {
        const { durationSec, runUrl, message, status } = task.state;
        const duration = durationSec === undefined ? '' : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(durationSec);
        const run = runUrl === undefined ? '' : `[run](${runUrl})`;
        const note = message === undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(message);
        return `| ${(0,_task_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .taskId */ .BS)(index)} | ${task.definition.name} | ${status} | ${duration} | ${run} | ${note} |`;
    });
    return [
        `### TaskList [#${issueNumber}](${issueUrl}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeInline */ .VV)(snapshot.title)}`,
        '',
        '| ID | Task | Status | Duration | Run | Note |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}


/***/ })

};
