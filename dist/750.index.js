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
// EXTERNAL MODULE: ./build/domain/continuation.js
var continuation = __webpack_require__(6602);
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
// EXTERNAL MODULE: ./build/storage/store.js + 7 modules
var store = __webpack_require__(3136);
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
 * bot never answers itself, so it cannot loop. A command on a continuation
 * issue is answered with where the TaskList is, and changes nothing.
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
    const labelled = (name) => event.labels.some((label) => label.toLowerCase() === name);
    if (event.kind === 'comment' && !labelled(store/* TASKLIST_LABEL */.Xx) && labelled(continuation/* CONTINUATION_LABEL */.JV))
        return onComment(options, event, { continuation: true });
    const body = event.kind === 'comment' ? event.issueBody : event.after;
    if ((0,domain_body/* parseBody */.OG)(body).kind === 'not-tasklist') {
        options.log.info(`Nothing to do: issue #${event.issue} is not a TaskList`);
        return IGNORED;
    }
    // A look-alike: only people with push access can set the label, and the bot never touches the rest.
    if (!labelled(store/* TASKLIST_LABEL */.Xx)) {
        options.log.info(`Nothing to do: issue #${event.issue} is not a TaskList, it does not carry the label tasklist`);
        return IGNORED;
    }
    return event.kind === 'comment' ? onComment(options, event, { continuation: false }) : onEdit(options, event);
}
/** `continuation`: the comment is on a continuation issue, which holds only later records. */
async function onComment(options, event, on) {
    const command = parseSlashCommand(event.text);
    if (command.kind === 'none') {
        options.log.info('Nothing to do: the comment is not a /tasklist command');
        return IGNORED;
    }
    const target = { comment: event.commentId };
    await react(options, target, 'eyes');
    if (!(await mayCommand(options, event.issue, event.author, target)))
        return { command: 'refused', dispatched: false };
    if (on.continuation)
        return pointToTaskList(options, event, target);
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
                const ref = options.ref ?? (await options.workflowRepo.defaultBranch());
                let run;
                try {
                    run = await options.workflowRepo.dispatchWorkflow(options.resumeWorkflow, ref, {
                        'tasklist-id': String(event.issue),
                    });
                }
                catch (error) {
                    const why = (0,github_errors/* describeGitHubError */.dZ)(error, `workflow ${options.resumeWorkflow} on ${ref}`, options.advice);
                    await react(options, target, 'confused');
                    await reply(`could not dispatch \`${options.resumeWorkflow}\` on \`${ref}\`: ${why}.`);
                    // A wrong resume-workflow, ref or permission is the repository's to fix: fail the bot's run too.
                    throw new errors/* WriteError */.QM(`/tasklist resume could not dispatch ${options.resumeWorkflow} on ${ref}: ${why}`);
                }
                options.log.info(`Dispatched ${options.resumeWorkflow} on ${ref} for TaskList #${event.issue}${run === undefined ? '' : `: run ${run.id}, ${run.url}`}`);
                // A server that predates run details does not say which run started: say so rather than guess.
                await reply(run === undefined
                    ? `dispatched \`${options.resumeWorkflow}\` on \`${ref}\` to resume TaskList #${event.issue}. GitHub did not say which run it started; it is the newest run of \`${options.resumeWorkflow}\`.`
                    : `dispatched \`${options.resumeWorkflow}\` on \`${ref}\` to resume TaskList #${event.issue}: [run ${run.id}](${run.url}).`);
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
/**
 * A command on a continuation issue: the TaskList, and the commands for it, are in the issue its
 * body names. Point there rather than ignore the person who asked.
 */
async function pointToTaskList(options, event, target) {
    const tasklist = (0,continuation/* continuationOf */.zG)(event.issueBody);
    const where = tasklist === undefined ? "the TaskList's own issue" : `#${tasklist}`;
    options.log.info(`Issue #${event.issue} holds later records of a TaskList; pointed @${event.author.login} to ${where}`);
    await react(options, target, 'confused');
    await replyTo(options, event.issue, event.author, `this issue holds only later records of ${tasklist === undefined ? 'a TaskList' : `TaskList #${tasklist}`}; comment the command on ${where}, where the TaskList is. Nothing was changed.`);
    return { command: 'invalid', dispatched: false };
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
    try {
        await options.store.postComment(issue, `@${person.login} ${text}`);
    }
    catch (error) {
        // A full issue takes no reply; the record, which continues elsewhere, is what counts.
        if (!(0,github_errors/* isCommentCapRefusal */._R)(error))
            throw error;
        options.log.warning(`Could not reply to @${person.login} on #${issue}: it holds GitHub's maximum of comments; the TaskList's record continues in the issue its body names`);
    }
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
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP() })]))
        .default([])
        .transform((labels) => labels.map((label) => (typeof label === 'string' ? label : label.name))),
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
            labels: event.issue.labels,
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
        if (event.issue.pull_request !== undefined)
            return { kind: 'other', why: 'a pull request is not a TaskList' };
        return {
            kind: 'edit',
            issue: event.issue.number,
            labels: event.issue.labels,
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
async function botCommand({ inputs, runner, store, repo, workflowRepo, log, }) {
    const own = `${runner.owner}/${runner.repo}`;
    // The event's issue is in the workflow's own repository, so that is where its TaskList is.
    if (inputs.repository !== undefined && inputs.repository.toLowerCase() !== own.toLowerCase())
        throw new errors/* InputError */.dz(`Invalid input 'repository': command: bot acts on the issue of its event, which is in ${own}; leave repository unset for the bot, and run it in the repository that holds the TaskLists`);
    const event = parseBotEvent(runner.eventName, readPayload(runner.eventPath));
    const holder = (0,runner_context/* workflowHolder */.U)(runner);
    const result = await handleBotEvent({
        store,
        repo,
        workflowRepo,
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
        await (0,outputs/* publishOutputs */.e)(result.view, {}, store.now());
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
