export const id = 965;
export const ids = [965];
export const modules = {

/***/ 965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatch: () => (/* binding */ dispatch)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(7299);
// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(9746);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
;// CONCATENATED MODULE: ./build/app/find-task.js


function findTask(state, name, issueNumber) {
    let index = state.tasks.findIndex((t) => t.definition.name === name);
    if (index === -1)
        index = (0,task_spec/* taskIndex */.oN)(name);
    const task = state.tasks[index];
    if (task === undefined) {
        const names = state.tasks.map((t) => t.definition.name);
        const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
        throw new errors/* UnknownTaskError */.QG(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`);
    }
    return { index, id: (0,task_spec/* taskId */.BS)(index), task };
}

// EXTERNAL MODULE: ./build/domain/fold.js
var fold = __webpack_require__(7954);
// EXTERNAL MODULE: ./build/domain/plan-fields.js
var plan_fields = __webpack_require__(8266);
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
    state.tasks.forEach((task, index) => log.info(taskLine((0,task_spec/* taskId */.BS)(index), index === asBefore?.index ? asBefore.task : task)));
}
function reportCreated(log, issueNumber, state) {
    log.info(`TaskList Created: ${issueNumber}`);
    log.info(`TaskList ID: ${issueNumber}`);
    state.tasks.forEach((task, index) => log.info(taskLine((0,task_spec/* taskId */.BS)(index), task)));
}
/** The first task that could start now: open, every need COMPLETE or SKIPPED, not held by a live claim. */
function nextTask(state, now = Date.now()) {
    return runnableNames(state, now)[0] ?? '';
}
function isComplete(state) {
    return state.tasks.every((t) => (0,domain_status/* isSettled */.Is)(t.state.status));
}
function statusMap(state) {
    return Object.fromEntries(state.tasks.map((t) => [t.definition.name, t.state.status]));
}

;// CONCATENATED MODULE: ./build/app/transition.js




/**
 * Changes one task's status. The whole TaskList is read before anything is
 * written, so an illegal or unknown request writes nothing.
 */
async function transition(store, log, view, request) {
    const loaded = view.tailRead ? view : await store.refresh(view);
    const number = loaded.issue.number;
    const { id, task } = findTask(loaded.state, request.task, number);
    if (!(0,domain_status/* isLegal */.cQ)(request.op, task.state.status, request.authority)) {
        throw new errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: ${(0,domain_status/* illegalTransitionHint */.ZD)(request.op, task.state.status, request.authority)}`);
    }
    const actsOnClaim = request.op === 'complete' || request.op === 'fail';
    if (actsOnClaim && request.ownClaim !== undefined && task.state.claim?.id !== request.ownClaim) {
        throw new errors/* TaskBusyError */.rz(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: this job's claim ended and ${task.state.claim?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`);
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
        to: (0,domain_status/* targetOf */.$r)(request.op),
        authority: request.authority,
        ...(actsOnClaim && task.state.claim !== undefined ? { claim: task.state.claim.id } : {}),
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
        ...(actsOnClaim && task.state.claim !== undefined
            ? { durationSec: (store.now() - Date.parse(task.state.claim.at)) / 1000 }
            : {}),
    });
    if (submission.kind === 'rejected') {
        await store.markNotApplied(submission);
        throw new errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`);
    }
    log.info(transitionLine(id, task.definition.name, task.state.status, (0,domain_status/* targetOf */.$r)(request.op)));
    return store.publish(submission.view);
}

;// CONCATENATED MODULE: ./build/app/record-transition.js



/** Recording one transition: load the whole TaskList, find the task, record it (app/transition). */
async function recordTransition(store, log, request) {
    const { tasklist, onLoaded, check, ownClaimOf, ...transitionRequest } = request;
    const loaded = await store.load(tasklist);
    onLoaded?.(loaded);
    const found = findTask(loaded.state, request.task, tasklist);
    await check?.(loaded, found);
    const ownClaim = ownClaimOf?.(found.id);
    const view = await transition(store, log, loaded, {
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
        to: (0,domain_status/* targetOf */.$r)(request.op),
    };
}

// EXTERNAL MODULE: ./build/domain/body.js
var domain_body = __webpack_require__(3369);
// EXTERNAL MODULE: ./build/domain/duration.js
var domain_duration = __webpack_require__(4953);
// EXTERNAL MODULE: ./build/domain/markdown.js
var markdown = __webpack_require__(3812);
;// CONCATENATED MODULE: ./build/domain/summary.js



/** The job summary: the TaskList as a table, with a link to its issue. */
function renderSummary(snapshot, issueNumber, issueUrl) {
    const rows = snapshot.tasks.map((task, index) => {
        const { durationSec, runUrl, message, status } = task.state;
        const duration = durationSec === undefined ? '' : (0,domain_duration/* formatDuration */.a)(durationSec);
        const run = runUrl === undefined ? '' : `[run](${runUrl})`;
        const note = message === undefined ? '' : (0,markdown/* escapeInline */.VV)(message);
        return `| ${(0,task_spec/* taskId */.BS)(index)} | ${task.definition.name} | ${status} | ${duration} | ${run} | ${note} |`;
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
                await reply(renderSummary(view.state, view.issue.number, view.issue.htmlUrl));
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
                const { view } = await recordTransition(options.store, options.log, {
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
        view = await transition(options.store, options.log, view, {
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
;// CONCATENATED MODULE: ./build/action/outputs.js




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
async function publishOutputs(view, outcome = {}) {
    const state = view.state;
    lib_core/* setOutput */.uH('tasklist-id', String(view.issue.number));
    lib_core/* setOutput */.uH('tasklist-url', view.issue.htmlUrl);
    lib_core/* setOutput */.uH('tasks', JSON.stringify(statusMap(state)));
    const now = Date.now();
    lib_core/* setOutput */.uH('next-task', nextTask(state, now));
    lib_core/* setOutput */.uH('runnable', JSON.stringify(runnableNames(state, now)));
    const outputs = outputsOf(state);
    lib_core/* setOutput */.uH('outputs', JSON.stringify(outputs));
    lib_core/* setOutput */.uH('complete', String(isComplete(state)));
    if (outcome.task !== undefined) {
        lib_core/* setOutput */.uH('task-status', state.tasks.find((t) => t.definition.name === outcome.task)?.state.status ?? '');
        lib_core/* setOutput */.uH('task-outputs', JSON.stringify(outputs[outcome.task] ?? {}));
    }
    if (outcome.shouldRun !== undefined)
        lib_core/* setOutput */.uH('should-run', String(outcome.shouldRun));
    if (process.env.GITHUB_STEP_SUMMARY !== undefined && process.env.GITHUB_STEP_SUMMARY !== '') {
        await lib_core/* summary */.z.addRaw(renderSummary(state, view.issue.number, view.issue.htmlUrl), true).write();
    }
}

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
    lib_core/* setOutput */.uH('bot-command', result.command);
    lib_core/* setOutput */.uH('dispatched', String(result.dispatched));
    if (result.view !== undefined)
        await publishOutputs(result.view);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/domain/comment.js
var comment = __webpack_require__(8028);
// EXTERNAL MODULE: ./build/domain/record.js
var domain_record = __webpack_require__(4612);
// EXTERNAL MODULE: ./build/domain/canonical-json.js
var canonical_json = __webpack_require__(3266);
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
;// CONCATENATED MODULE: ./build/app/plan-change.js






const MAX_LOST_RACES = 6;
/**
 * Reconciles a stored TaskList with the plan `create` was given (domain/reconcile):
 * new tasks are added, changed definitions of tasks that have not run are
 * recorded, and anything that would silently change what ran is refused before
 * anything is written. The change is one record, a compare-and-set on the
 * definitions and on every task it touches; a lost race is decided again.
 */
async function applyPlan(store, log, start, plan, mode, holder) {
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
            return view;
        const versionOf = new Map(tasks.map((task) => [task.definition.name, task.state.version]));
        const idOf = (name) => (0,task_spec/* taskId */.BS)(change.tasks.findIndex((spec) => spec.name === name));
        const lines = [
            ...change.removed.map((r) => `${r.name}: REMOVED (was ${r.status}; plan-change: accept)`),
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
                log.warning(`${name} had run; its change is accepted (plan-change: accept)`);
            return store.publish(submission.view);
        }
        view = submission.view;
    }
    throw new errors/* TaskBusyError */.rz(`TaskList #${view.issue.number} kept changing while this job changed its plan; re-run the step`);
}

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
        trusted: inputs.trustedAuthors,
        now: isoSeconds(store.now()),
    });
    if (created) {
        reportCreated(log, view.issue.number, view.state);
        return publishOutputs(view);
    }
    reportLoaded(log, view.issue.number, view.state);
    // The key exists: reconcile the stored TaskList with this plan before anything is written.
    let reconciled;
    try {
        reconciled = await applyPlan(store, log, view, tasks, inputs.planChange, (0,runner_context/* workflowHolder */.U)(runner));
    }
    catch (error) {
        if (error instanceof errors/* PlanChangeRefusedError */.yO)
            for (const line of (0,error_line/* refusalLines */.s6)(error))
                lib_core/* error */.z3(line);
        throw error;
    }
    await publishOutputs(reconciled);
}
/** The title and tasks to create, read and checked (needs included) before anything is written. */
async function planOf(inputs, workspace) {
    if (inputs.tasks !== undefined && inputs.title !== undefined)
        return { title: inputs.title, tasks: inputs.tasks };
    // The YAML parser is loaded only here, so other commands start as fast as before.
    const { parsePlanFile, parseTasksInput, PlanError } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 698));
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
    let text;
    try {
        text = await (0,promises_.readFile)(full, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new errors/* InputError */.dz(`Invalid input 'plan-file': cannot read '${path}' (${code}); give a path relative to the workspace, after actions/checkout`);
    }
    try {
        const plan = parsePlanFile(text, path);
        return { title: inputs.title ?? plan.title, tasks: plan.tasks };
    }
    catch (error) {
        return invalid('plan-file', error);
    }
}

;// CONCATENATED MODULE: ./build/action/commands/load.js




async function loadCommand({ inputs, store, log }) {
    let view = await store.load(inputs.tasklistId);
    // A body edited by hand is redrawn from the record, so people see the truth again;
    // so is one that lags a page or more behind, which every later read would pay for.
    if (view.stateBlockEdited || view.bodyFarBehind === true)
        view = await store.publish(view);
    reportLoaded(log, view.issue.number, view.state);
    if (inputs.task === undefined)
        return publishOutputs(view);
    const { task } = findTask(view.state, inputs.task, view.issue.number);
    await publishOutputs(view, { task: task.definition.name, shouldRun: !(0,domain_status/* isSettled */.Is)(task.state.status) });
}

;// CONCATENATED MODULE: ./build/app/claim.js







const claim_MAX_LOST_RACES = 8;
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
        leaseEnd: new Date((0,fold/* leaseExpiry */.Me)(claim)).toISOString(),
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
        const { id, task } = findTask(view.state, request.task, number);
        const claimNow = task.state.claim;
        if ((0,domain_status/* isSettled */.Is)(task.state.status) || task.state.status === 'IN_PROGRESS') {
            if (!view.tailRead) {
                view = await store.refresh(view);
                continue;
            }
        }
        if ((0,domain_status/* isSettled */.Is)(task.state.status))
            return { kind: 'finished', view, id, task };
        // A need may have finished since the snapshot: read the tail before refusing.
        const unmet = unmetNeedsOf(view.state, task.definition.name);
        if (unmet.length > 0) {
            if (!view.tailRead) {
                view = await store.refresh(view);
                continue;
            }
            throw new errors/* UnmetNeedsError */.Ll(number, task.definition.name, unmet);
        }
        let op = 'start';
        if (task.state.status === 'IN_PROGRESS' && claimNow !== undefined) {
            if (request.knownClaim !== undefined && claimNow.id === request.knownClaim) {
                return { kind: 'claimed', view, id, claimId: claimNow.id, fresh: false, before: task };
            }
            const expired = store.now() > (0,fold/* leaseExpiry */.Me)(claimNow);
            if (expired || (0,fold/* isLaterAttempt */._B)(claimNow, request.holder)) {
                op = 'takeover';
            }
            else if (request.onBusy === 'fail') {
                throw new errors/* TaskHeldError */.Vt(heldTask(number, task, claimNow));
            }
            else if (request.onBusy === 'skip') {
                return { kind: 'busy', view, id, task, held: heldTask(number, task, claimNow) };
            }
            else {
                if (Date.now() >= deadline)
                    throw new errors/* TaskHeldError */.Vt(heldTask(number, task, claimNow), request.waitTimeoutSec);
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
        const claimId = (0,domain_record/* newRecordId */.Ld)();
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
        const now = findTask(submission.view.state, request.task, number).task;
        if (submission.kind === 'applied' && now.state.status === 'IN_PROGRESS' && now.state.claim?.id === claimId) {
            if (op === 'takeover')
                log.warning(`${task.definition.name}: took over from ${holderText(task)}, whose lease had expired or whose run attempt has ended`);
            return { kind: 'claimed', view: submission.view, id, claimId, fresh: true, before: task };
        }
        if (submission.kind === 'applied') {
            log.info(transitionLine(id, task.definition.name, task.state.status, 'IN_PROGRESS'));
            log.warning(`${task.definition.name}: this job's claim was overtaken before it could start (${now.state.status}, ${now.state.claim === undefined ? 'by another job' : `held by ${holderText(now)}`}); deciding again`);
            view = submission.view;
            continue;
        }
        await store.markNotApplied(submission);
        view = submission.view;
        lostRaces += 1;
        if (lostRaces >= claim_MAX_LOST_RACES) {
            throw new errors/* TaskBusyError */.rz(`${task.definition.name} in TaskList #${number} kept changing while this job tried to claim it; re-run the step`);
        }
    }
}

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
    lib_core/* exportVariable */.dN(claim_state_claimVariable(tasklistId, taskId), claimId);
}
function releaseClaim(tasklistId, taskId) {
    lib_core/* exportVariable */.dN(claim_state_claimVariable(tasklistId, taskId), claim_state_RELEASED);
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
    lib_core/* saveState */.LZ(claim_state_CLAIM_STATE_KEY, claim === undefined ? '' : JSON.stringify(claim));
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/domain/task-outputs.js
var task_outputs = __webpack_require__(7579);
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
        return findTask(this.latest.state, this.options.taskId, this.latest.issue.number).task;
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
    exportClaim(id, taskId, claimed.claimId);
    saveClaimForPost(saved);
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
        releaseClaim(id, taskId);
        saveClaimForPost(undefined);
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
        TASKLIST_OUTPUTS: JSON.stringify(outputsOf(keeper.view.state)),
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
            ? `timed out after ${(0,domain_duration/* formatDuration */.a)(execution.timeoutSec ?? 0)}${tries}; its processes were stopped`
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
    saveClaimForPost({ ...saved, pending });
    const final = await transition(store, log, view, {
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
    releaseClaim(id, taskId);
    saveClaimForPost(undefined);
    return { view: final, name, succeeded, message, attempts };
}
/** Runs the command under the keeper until it succeeds or its retries are spent; a signal to this step stops it. */
async function runAttempts(execution, workspace, keeper, env, log, name) {
    let interrupted;
    let stopCommand = () => undefined;
    const onSignal = (signal) => {
        interrupted = signal;
        stopCommand(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    keeper.keep((signal) => stopCommand(signal));
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'tasklist-output-'));
    const outputFile = (0,external_node_path_.join)(dir, 'output');
    // The keeper stops here whatever happens: its renewal timer would keep the step alive.
    try {
        for (let attempt = 1;; attempt += 1) {
            await (0,promises_.writeFile)(outputFile, '');
            let timedOut = false;
            let timer;
            const result = await runShell(execution.script, workspace, (stop) => {
                stopCommand = stop;
                if (execution.timeoutSec !== undefined)
                    timer = setTimeout(() => {
                        timedOut = true;
                        log.warning(`${name}: still running after its timeout of ${(0,domain_duration/* formatDuration */.a)(execution.timeoutSec ?? 0)}; stopping it`);
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
                    const outputs = (0,task_outputs/* parseOutputLines */.k1)(await (0,promises_.readFile)(outputFile, 'utf8'));
                    return { result, interrupted, timedOut, attempts: attempt, outputs, outputsProblem: undefined };
                }
                catch (error) {
                    if (!(error instanceof task_outputs/* OutputsError */.nH))
                        throw error;
                    return { result, interrupted, timedOut, attempts: attempt, outputs: undefined, outputsProblem: error.message };
                }
            }
            const waitMs = Math.min(BACKOFF_CAP_MS, BACKOFF_MS * 2 ** (attempt - 1));
            log.warning(`${name}: attempt ${attempt} of ${execution.retries + 1} ${timedOut ? 'timed out' : `failed with exit code ${result.exitCode}`}; running it again in ${(0,domain_duration/* formatDuration */.a)(waitMs / 1000)}`);
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
    }
    finally {
        await keeper.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./build/action/commands/resume.js











const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 5000;
const resume_sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Finishes a TaskList in one step: again and again, claims the first runnable
 * task and runs its `run` command as `command: run` does. Several resume jobs
 * on one TaskList form a worker pool: each claim is a compare-and-set, so each
 * task runs once, and a task starts only once its needs are COMPLETE or SKIPPED.
 */
async function resumeCommand({ inputs, runner, store, log }) {
    const id = inputs.tasklistId;
    let view = await store.load(id);
    reportLoaded(log, id, view.state);
    // A task that fails after this step loaded, in another job of the pool, stops this one too.
    const versionAtLoad = new Map(view.state.tasks.map((task) => [task.definition.name, task.state.version]));
    const holder = (0,runner_context/* workflowHolder */.U)(runner);
    const deadline = Date.now() + inputs.waitTimeoutSec * 1000;
    let pollMs = FIRST_POLL_MS;
    let announced = '';
    for (;;) {
        const failedElsewhere = view.state.tasks.find((task) => task.state.status === 'FAILED' && versionAtLoad.get(task.definition.name) !== task.state.version);
        if (failedElsewhere !== undefined) {
            await publishOutputs(view, { task: failedElsewhere.definition.name });
            throw new errors/* ResumeStoppedError */.Fj(id, `${failedElsewhere.definition.name} in TaskList #${id} failed in ${failedElsewhere.state.changedBy ?? 'another job'} while this step ran; stopping here. Fix it and resume again`, failedElsewhere.definition.name);
        }
        const now = progress(view.state, store.now());
        if (now.kind === 'done') {
            log.info('Cross-Session Continuation: SUCCESS');
            await publishOutputs(view);
            return;
        }
        if (now.kind === 'stuck') {
            throw new errors/* ResumeStoppedError */.Fj(id, `Nothing in TaskList #${id} can run: ${now.blocked.join(', ')} wait on needs that cannot finish; reset or skip them`);
        }
        if (now.kind === 'waiting') {
            if (Date.now() >= deadline)
                throw new errors/* ResumeStoppedError */.Fj(id, `Nothing in TaskList #${id} could run for ${(0,domain_duration/* formatDuration */.a)(inputs.waitTimeoutSec)}: ${now.held.join(', ')} ${now.held.length === 1 ? 'is' : 'are'} still IN_PROGRESS in other jobs; raise wait-timeout or resume again later`);
            const held = now.held.join(', ');
            if (announced !== held) {
                log.info(`Waiting for ${held}, IN_PROGRESS in other jobs (up to ${(0,domain_duration/* formatDuration */.a)(inputs.waitTimeoutSec)})`);
                announced = held;
            }
            await resume_sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
            pollMs = Math.min(pollMs * 2, MAX_POLL_MS);
            // A conditional read: while nothing changes GitHub answers 304, which costs no rate limit.
            view = await store.refresh(view);
            continue;
        }
        pollMs = FIRST_POLL_MS;
        const name = now.next;
        const task = view.state.tasks.find((t) => t.definition.name === name);
        const fields = (0,plan_fields/* runFieldsOf */.Oz)(task?.definition ?? { name });
        if (fields.run === undefined) {
            await publishOutputs(view, { task: name });
            throw new errors/* ResumeStoppedError */.Fj(id, `${name} in TaskList #${id} has no run command, so resume cannot run it; give it a 'run' in the plan, or a step of its own (command: run, or start and complete)`, name);
        }
        let outcome;
        try {
            outcome = await claim(store, log, view, {
                task: name,
                holder,
                authority: 'workflow',
                leaseSec: inputs.leaseSec,
                onBusy: 'skip',
                waitTimeoutSec: inputs.waitTimeoutSec,
                // Saved before the claim is written: if this step dies not knowing whether it landed, the post step settles it.
                onAttempt: (claimId, taskId) => saveClaimForPost({ tasklistId: id, task: name, taskId, claimId }),
            });
        }
        catch (error) {
            // Another job reset a need since this step read it: decide again on the fresh state.
            if (!(error instanceof errors/* UnmetNeedsError */.Ll))
                throw error;
            view = await store.refresh(view);
            continue;
        }
        if (outcome.kind !== 'claimed') {
            // Another worker was quicker; pick again.
            saveClaimForPost(undefined);
            view = outcome.view;
            continue;
        }
        log.info(transitionLine(outcome.id, name, outcome.before.state.status, 'IN_PROGRESS'));
        const executed = await executeClaimed(store, log, runner, outcome, {
            script: fields.run,
            leaseSec: inputs.leaseSec,
            timeoutSec: fields.timeoutSec,
            retries: fields.retries,
        });
        view = executed.view;
        versionAtLoad.set(name, view.state.tasks.find((t) => t.definition.name === name)?.state.version ?? -1);
        if (!executed.succeeded) {
            await publishOutputs(view, { task: name });
            lib_core/* setFailed */.C1(`${name} failed with ${executed.message ?? 'an error'}; it is recorded as FAILED in TaskList #${id}, and resume stops here. Fix it and resume again`);
            return;
        }
    }
}

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
    const outcome = await claim(store, log, snapshot, {
        ...claimRequest,
        ...(known === undefined ? {} : { knownClaim: known }),
    });
    onOutcome?.(outcome);
    if (outcome.kind === 'claimed' && publish && outcome.view.bodyBehind)
        return { ...outcome, view: await store.publish(outcome.view) };
    return outcome;
}

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
        knownClaimOf: (taskId) => heldClaim(id, taskId),
        // Saved before the claim is written: if this step dies not knowing whether it landed, the post step settles it.
        onAttempt: (claimId, taskId) => saveClaimForPost({ tasklistId: id, task: name, taskId, claimId }),
        onWaiting: (held, timeoutSec) => log.info(`${held.task}: IN_PROGRESS, held by ${held.holder}; waiting up to ${(0,domain_duration/* formatDuration */.a)(timeoutSec)} (on-busy: wait)`),
    };
}
/** Logs what the claim found, in the words workflow logs are grepped for. */
function reportOutcome(log, id, outcome) {
    if (outcome.kind === 'busy')
        log.info(`${outcome.task.definition.name}: IN_PROGRESS, held by ${outcome.held.holder}; not running it here (on-busy: skip)`);
    if (outcome.kind !== 'claimed')
        saveClaimForPost(undefined);
    const index = (0,task_spec/* taskIndex */.oN)(outcome.id);
    if (outcome.kind === 'claimed' && outcome.fresh) {
        reportLoaded(log, id, outcome.view.state, { index, task: outcome.before });
        log.info(transitionLine(outcome.id, outcome.before.definition.name, outcome.before.state.status, 'IN_PROGRESS'));
    }
    else {
        reportLoaded(log, id, outcome.view.state);
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
            exportClaim(id, found.id, found.claimId);
            saveClaimForPost({ tasklistId: id, task: found.before.definition.name, taskId: found.id, claimId: found.claimId });
        },
    });
    await publishOutputs(outcome.view, { task: inputs.task, shouldRun: outcome.kind === 'claimed' });
}

;// CONCATENATED MODULE: ./build/action/commands/run.js





async function runCommand({ inputs, runner, store, log }) {
    const outcome = await claimForJob(store, log, inputs, runner);
    if (outcome.kind !== 'claimed') {
        await publishOutputs(outcome.view, { task: inputs.task, shouldRun: false });
        return;
    }
    // The step's timeout and retries override the plan's.
    const planned = (0,plan_fields/* runFieldsOf */.Oz)(outcome.before.definition);
    const executed = await executeClaimed(store, log, runner, outcome, {
        script: inputs.run,
        leaseSec: inputs.leaseSec,
        timeoutSec: inputs.timeoutSec ?? planned.timeoutSec,
        retries: inputs.retries ?? planned.retries,
    });
    await publishOutputs(executed.view, { task: executed.name, shouldRun: true });
    if (!executed.succeeded) {
        lib_core/* setFailed */.C1(`${executed.name} failed with ${executed.message ?? 'an error'}; it is recorded as FAILED in TaskList #${executed.view.issue.number}, and a later run retries it`);
    }
}

;// CONCATENATED MODULE: ./build/action/commands/transition.js





/** complete, fail and skip: one recorded transition of a task. */
async function transitionCommand({ inputs, runner, store, log, }) {
    const { tasklistId: id, command: op } = inputs;
    const result = await recordTransition(store, log, {
        tasklist: id,
        task: inputs.task,
        op,
        authority: 'workflow',
        holder: (0,runner_context/* workflowHolder */.U)(runner),
        ...(inputs.message === undefined ? {} : { message: inputs.message }),
        ...(inputs.command === 'complete' && inputs.outputs !== undefined ? { outputs: inputs.outputs } : {}),
        onLoaded: (loaded) => reportLoaded(log, id, loaded.state),
        ownClaimOf: (taskId) => heldClaim(id, taskId),
    });
    if (op !== 'skip')
        releaseClaim(id, result.id);
    await publishOutputs(result.view, { task: result.name, shouldRun: false });
}

;// CONCATENATED MODULE: ./build/action/dispatch.js







/** Hands each command its own request. */
async function dispatch(context) {
    const { inputs } = context;
    switch (inputs.command) {
        case 'create':
            return createCommand({ ...context, inputs });
        case 'load':
            return loadCommand({ ...context, inputs });
        case 'start':
            return startCommand({ ...context, inputs });
        case 'run':
            return runCommand({ ...context, inputs });
        case 'resume':
            return resumeCommand({ ...context, inputs });
        case 'complete':
        case 'fail':
        case 'skip':
            return transitionCommand({ ...context, inputs });
        case 'bot':
            return botCommand({ ...context, inputs });
    }
}


/***/ })

};
