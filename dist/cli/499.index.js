export const id = 499;
export const ids = [499];
export const modules = {

/***/ 422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   NF: () => (/* binding */ describeForCli),
/* harmony export */   Q0: () => (/* binding */ CLI_ADVICE),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   xi: () => (/* binding */ NotTrustedError)
/* harmony export */ });
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3703);
/* harmony import */ var _storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9347);



/** At a terminal, name the variables that hold the token and the access it needs. */
const CLI_ADVICE = {
    token: 'set GITHUB_TOKEN or GH_TOKEN to a valid token',
    access: 'use a token with write access to issues in this repository (Issues: Read and write for a fine-grained token; actions write to dispatch workflows)',
};
/** Describes a GitHub error in the CLI's words. */
function describeForCli(error, what) {
    return (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGitHubError */ .dZ)(error, what, CLI_ADVICE);
}
/** Exit statuses; the help text documents them. */
const EXIT = {
    ok: 0,
    failure: 1,
    usage: 2,
    /** `start` found nothing for this process to run: the task is settled, or held elsewhere with --on-busy skip. */
    nothingToRun: 3,
};
/** A bad command line or configuration, found before anything was sent to GitHub. */
class UsageError extends _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz {
}
/**
 * The one line a failed command prints, after `tasklist: `. Store and
 * operation errors carry their data and are worded here, with the CLI's
 * options and advice; raw GitHub errors are described for `what`, the thing
 * the command was reading or writing.
 */
function errorLine(error, what, repo) {
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TaskListError */ .wW) {
        const message = worded(error);
        // GitHub failures: say which repository, since it may have been inferred from the git remote.
        if (repo !== undefined && (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadError */ .F_ || error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .WriteError */ .QM) && !message.includes(repo))
            return `${repo}: ${message}`;
        return message;
    }
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const message = describeForCli(error, what);
        return repo === undefined || message.includes(repo) ? message : `${repo}: ${message}`;
    }
    const text = error instanceof Error ? error.message : String(error);
    return `unexpected error: ${text.split('\n')[0] ?? text}; re-run with TASKLIST_DEBUG=1 and report it`;
}
/** A store or operation error in the CLI's words: its options, its advice. */
function worded(error) {
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TaskHeldError */ .Vt)
        return heldLine(error);
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UntrustedTokenError */ .o$)
        return `${error.message}; use a token of one of those accounts, or name ${error.login} in the TaskList's trusted authors (tasklist create --trusted)`;
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LabelsDroppedError */ .QI)
        return `${error.message}; use a token whose account has push access (write) to the repository`;
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TooManyTasksError */ .Ug)
        return `Invalid input 'tasks': ${error.message}`;
    if (error instanceof _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LockFailedError */ .rG)
        return `${(0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFault */ .Qx)(error.fault, CLI_ADVICE)}; it works as it is: lock #${error.tasklist} by hand (a re-run without --lock opens another TaskList unless --key is given)`;
    const fault = (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .faultOf */ .Kl)(error);
    return fault === undefined ? error.message : (0,_storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFault */ .Qx)(fault, CLI_ADVICE);
}
function heldLine(error) {
    const { held, waitedSec } = error;
    if (waitedSec !== undefined) {
        return `${held.task} in TaskList #${held.tasklist} is still IN_PROGRESS, held by ${held.holder}, after waiting ${(0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(waitedSec)}; raise --wait-timeout or re-run later`;
    }
    return `${held.task} in TaskList #${held.tasklist} is IN_PROGRESS, held by ${held.holder} since ${held.since}; its lease runs until ${held.leaseEnd}. Wait for that job, or set --on-busy wait or skip`;
}
function exitCodeOf(error) {
    return error instanceof UsageError ? EXIT.usage : EXIT.failure;
}
/** The token's account cannot write records the TaskList would accept. */
class NotTrustedError extends _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TaskListError */ .wW {
}


/***/ }),

/***/ 5499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/domain/duration.js
var duration = __webpack_require__(4953);
// EXTERNAL MODULE: ./build/cli/errors.js
var errors = __webpack_require__(422);
;// CONCATENATED MODULE: ./build/cli/args.js



/**
 * Every option any command takes. The whole command line is parsed against
 * this union, so options may come before or after the command; commands then
 * refuse the options that are not theirs.
 */
const OPTIONS = {
    repo: { type: 'string', short: 'R' },
    'api-url': { type: 'string' },
    json: { type: 'boolean' },
    'holder-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
    title: { type: 'string' },
    task: { type: 'string', multiple: true },
    'tasks-file': { type: 'string' },
    'plan-file': { type: 'string' },
    'plan-change': { type: 'string' },
    key: { type: 'string' },
    label: { type: 'string', multiple: true },
    trusted: { type: 'string', multiple: true },
    lock: { type: 'boolean' },
    lease: { type: 'string' },
    'on-busy': { type: 'string' },
    'wait-timeout': { type: 'string' },
    message: { type: 'string', short: 'm' },
    'exit-code': { type: 'string' },
    output: { type: 'string', multiple: true },
    workflow: { type: 'string' },
    ref: { type: 'string' },
    resume: { type: 'string' },
    mermaid: { type: 'boolean' },
    state: { type: 'string' },
    'exit-on-failure': { type: 'boolean' },
    interval: { type: 'string' },
};
function parseUnion(argv) {
    return (0,external_node_util_.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
}
/** The option a parseArgs message is about, in its long form: `'-m, --message <value>'` gives `--message`. */
function quoted(message) {
    const inQuotes = /'([^']+)'/.exec(message)?.[1] ?? '';
    return /--[\w-]+/.exec(inQuotes)?.[0] ?? inQuotes;
}
function parseCommandLine(argv) {
    let parsed;
    try {
        parsed = parseUnion(argv);
    }
    catch (error) {
        const code = error.code;
        const message = error instanceof Error ? error.message : String(error);
        const command = argv.find((a) => !a.startsWith('-'));
        const help = command === undefined ? "'tasklist --help'" : `'tasklist ${command} --help'`;
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw new errors/* UsageError */.eb(`unknown option '${quoted(message)}'; see ${help}`);
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
            const option = quoted(message);
            if (/does not take an argument/.test(message))
                throw new errors/* UsageError */.eb(`option '${option}' takes no value; see ${help}`);
            if (/ambiguous/.test(message))
                throw new errors/* UsageError */.eb(`option '${option}' needs a value; if the value starts with '-', write it as ${option}=VALUE, such as ${option}=-1`);
            throw new errors/* UsageError */.eb(`option '${option}' needs a value; see ${help}`);
        }
        throw new errors/* UsageError */.eb(`${message.split('\n')[0] ?? message}; see ${help}`);
    }
    const given = parsed.tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : []));
    const [command, ...args] = parsed.positionals;
    return { command, args, values: parsed.values, given };
}
const ID_PATTERN = /^#?([1-9]\d{0,9})$/;
/** A TaskList ID is the number of its issue. */
function parseId(text) {
    const match = ID_PATTERN.exec((text ?? '').trim());
    if (match?.[1] === undefined || Number(match[1]) > 2_147_483_647) {
        throw new errors/* UsageError */.eb(`'${(text ?? '').slice(0, 40)}' is not a TaskList ID; give the issue number, such as 42 ('tasklist list' shows them)`);
    }
    return Number(match[1]);
}
function parseDurationOption(name, text, { defaultText, maxSec }) {
    const value = text ?? defaultText;
    const seconds = (0,duration/* parseDuration */.E)(value);
    if (seconds === undefined || seconds <= 0 || seconds > maxSec) {
        throw new errors/* UsageError */.eb(`--${name} '${value.slice(0, 40)}' is not a duration up to ${maxSec / 3600}h; write it as 90s, 15m, 6h or 1h30m`);
    }
    return seconds;
}
function parseChoice(name, text, choices, fallback) {
    if (text === undefined)
        return fallback;
    const found = choices.find((c) => c === text);
    if (found === undefined)
        throw new errors/* UsageError */.eb(`--${name} must be ${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}; got '${text.slice(0, 40)}'`);
    return found;
}
function parseExitCode(text) {
    if (text === undefined)
        return undefined;
    if (!/^-?\d{1,9}$/.test(text.trim()))
        throw new errors/* UsageError */.eb(`--exit-code must be an integer, such as 1; got '${text.slice(0, 40)}'`);
    return Number(text.trim());
}
/** Free text bound for GitHub: a message the comment shows in full (the record keeps 300 characters). */
function parseMessage(text) {
    if (text === undefined)
        return undefined;
    if (text.trim() === '')
        throw new errors/* UsageError */.eb('--message is empty; give a short note, or leave the option out');
    if (text.length > 2000)
        throw new errors/* UsageError */.eb(`--message has ${text.length} characters; keep it to 2000`);
    return text;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/domain/plan-limits.js
var plan_limits = __webpack_require__(7419);
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
var storage_errors = __webpack_require__(3703);
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
            throw new storage_errors/* PlanChangeRefusedError */.yO(number, change.refusals.map((r) => ({ ...r, fields: r.kind === 'changed' ? r.fields : [] })));
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
    throw new storage_errors/* TaskBusyError */.rz(`TaskList #${view.issue.number} kept changing while this job changed its plan; re-run the step`);
}

// EXTERNAL MODULE: ./build/domain/fold.js
var fold = __webpack_require__(7954);
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
function runnable_progressOf(tasks, exclude = new Set()) {
    const next = runnableTasks(tasks).find((name) => !exclude.has(name));
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

;// CONCATENATED MODULE: ./build/cli/output.js
const CODES = {
    bold: [1, 22],
    dim: [2, 22],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    cyan: [36, 39],
};
/**
 * Colour on stdout only when a person is likely to read it: never when
 * stdout is not a terminal or NO_COLOR is set, unless FORCE_COLOR asks
 * (FORCE_COLOR=0 turns it off), as Node itself decides.
 */
function wantsColor(env, isTTY) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.TERM === 'dumb')
        return false;
    return isTTY === true;
}
const STATUS_STYLE = {
    COMPLETE: 'green',
    FAILED: 'red',
    IN_PROGRESS: 'yellow',
    SKIPPED: 'dim',
    PENDING: 'cyan',
};
/** Everything a command prints goes through here, so colour and --json are decided once. */
class Output {
    color;
    json;
    streams;
    debugEnabled;
    constructor(streams, env, options) {
        this.streams = streams;
        this.json = options.json;
        this.color = wantsColor(env, streams.stdout.isTTY);
        this.debugEnabled = env.TASKLIST_DEBUG !== undefined && env.TASKLIST_DEBUG !== '' && env.TASKLIST_DEBUG !== '0';
    }
    paint(text, style) {
        if (!this.color || text === '')
            return text;
        const [open, close] = CODES[style];
        return `\u001b[${open}m${text}\u001b[${close}m`;
    }
    /** A status word in its colour. */
    status(status) {
        const style = STATUS_STYLE[status];
        return style === undefined ? status : this.paint(status, style);
    }
    /** Colours every status word in a line of the shared report format. */
    statuses(line) {
        return this.color ? line.replace(/\b(PENDING|IN_PROGRESS|COMPLETE|FAILED|SKIPPED)\b/g, (s) => this.status(s)) : line;
    }
    /** A line for people; nothing in --json mode, where stdout carries only the JSON document. */
    line(text = '') {
        if (!this.json)
            this.streams.stdout.write(`${text}\n`);
    }
    /** A person at a terminal reads stdout: it may be redrawn in place. */
    get interactive() {
        return this.streams.stdout.isTTY === true;
    }
    /** The terminal's width, when stdout is one that says. */
    get columns() {
        const columns = this.streams.stdout.columns;
        return this.interactive && columns !== undefined && columns > 0 ? columns : undefined;
    }
    /** Text as it is, control sequences included: for redrawing a terminal. */
    raw(text) {
        this.streams.stdout.write(text);
    }
    /** One JSON object on one line, for streams of events (--json of watch). */
    jsonLine(value) {
        this.streams.stdout.write(`${JSON.stringify(value)}\n`);
    }
    /** The --json document: one object, pretty-printed, ending with a newline. */
    document(value) {
        this.streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    }
    warn(text) {
        this.streams.stderr.write(`tasklist: warning: ${text}\n`);
    }
    error(text) {
        this.streams.stderr.write(`tasklist: ${text}\n`);
    }
    debug(text) {
        if (this.debugEnabled)
            this.streams.stderr.write(`tasklist: debug: ${text}\n`);
    }
    /** The Logger the shared core reports through. */
    logger() {
        return {
            info: (message) => this.line(this.statuses(message)),
            warning: (message) => this.warn(message),
            debug: (message) => this.debug(message),
        };
    }
    /** A Logger that keeps info lines for the caller instead of printing them. */
    capture(into) {
        return { ...this.logger(), info: (message) => into.push(message) };
    }
}
/** Pads cells of plain text, then styles them: ANSI codes must not count towards widths. */
function table(rows, style = (_r, _c, cell) => cell) {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row, r) => row
        .map((cell, c) => {
        const padded = c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0);
        return style(r, c, cell) + padded.slice(cell.length);
    })
        .join('  ')
        .trimEnd());
}

;// CONCATENATED MODULE: ./build/cli/render.js







function taskJson(task, index) {
    const claim = task.state.status === 'IN_PROGRESS' ? task.state.claim : undefined;
    const fields = (0,plan_fields/* runFieldsOf */.Oz)(task.definition);
    return {
        id: (0,task_spec/* taskId */.BS)(index),
        name: task.definition.name,
        description: task.definition.description ?? null,
        status: task.state.status,
        version: task.state.version,
        durationSec: task.state.durationSec ?? null,
        message: task.state.message ?? null,
        exitCode: task.state.exitCode ?? null,
        runUrl: task.state.runUrl ?? null,
        updatedAt: task.state.changedAt ?? null,
        holder: claim === undefined
            ? null
            : {
                label: claim.holder.label,
                url: claim.holder.url ?? null,
                since: claim.at,
                leaseUntil: new Date((0,fold/* leaseExpiry */.Me)(claim)).toISOString(),
            },
        run: fields.run ?? null,
        needs: [...fields.needs],
        timeoutSec: fields.timeoutSec ?? null,
        // runFieldsOf reads an absent retries as 0; the JSON says the plan gave none.
        retries: typeof task.definition.retries === 'number' ? fields.retries : null,
        outputs: { ...task.state.outputs },
    };
}
function countsOf(state) {
    const counts = Object.fromEntries(domain_status/* STATUSES */.f.map((s) => [s, 0]));
    for (const task of state.tasks)
        counts[task.state.status] += 1;
    return counts;
}
function tasklistJson(issue, state, repo) {
    const counts = countsOf(state);
    const next = nextTask(state);
    return {
        id: issue.number,
        url: issue.htmlUrl,
        repo,
        title: state.title,
        state: issue.state,
        author: issue.author,
        trusted: [...state.trusted],
        tasks: state.tasks.map(taskJson),
        done: counts.COMPLETE + counts.SKIPPED,
        total: state.tasks.length,
        counts,
        complete: isComplete(state),
        nextTask: next === '' ? null : next,
    };
}
function note(task) {
    if (task.state.status === 'IN_PROGRESS' && task.state.claim !== undefined) {
        const until = new Date((0,fold/* leaseExpiry */.Me)(task.state.claim)).toISOString().replace(/\.\d{3}Z$/, 'Z');
        return `held by ${task.state.claim.holder.label} since ${task.state.claim.at}, lease until ${until}`;
    }
    const facts = [];
    if (task.state.status === 'FAILED' && task.state.exitCode !== undefined)
        facts.push(`exit ${task.state.exitCode}`);
    if (task.state.message !== undefined)
        facts.push(task.state.message);
    if (facts.length === 0 && task.definition.description !== undefined)
        facts.push(task.definition.description);
    return facts.join(' — ');
}
/** A one-line progress summary, plain text: `2/3 done  (1 FAILED)`. */
function progressText(state) {
    const counts = countsOf(state);
    const extra = ['FAILED', 'IN_PROGRESS'].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
    const done = `${counts.COMPLETE + counts.SKIPPED}/${state.tasks.length} done`;
    return extra.length === 0 ? done : `${done}  (${extra.join(', ')})`;
}
/** More needs than this are counted, not named: the JSON has them all. */
const NEEDS_SHOWN = 3;
/** The NEEDS cell: the tasks a task waits for, comma-separated, or '-'. */
function needsCell(task) {
    const needs = (0,plan_fields/* runFieldsOf */.Oz)(task.definition).needs;
    if (needs.length === 0)
        return '-';
    const shown = needs.slice(0, NEEDS_SHOWN).join(',');
    return needs.length > NEEDS_SHOWN ? `${shown},+${needs.length - NEEDS_SHOWN}` : shown;
}
/** Each COMPLETE task's recorded outputs as `key=value` lines, a multi-line value indented under its key. */
function outputLines(out, state) {
    const lines = [];
    state.tasks.forEach((task, i) => {
        const outputs = Object.entries(task.state.outputs ?? {});
        if (task.state.status !== 'COMPLETE' || outputs.length === 0)
            return;
        lines.push(`  ${(0,task_spec/* taskId */.BS)(i)}  ${task.definition.name}`);
        for (const [key, value] of outputs) {
            const [first = '', ...rest] = value.split(/\r?\n/);
            lines.push(`    ${key}=${first}`, ...rest.map((more) => `    ${' '.repeat(key.length + 1)}${more}`));
        }
    });
    return lines.length === 0 ? [] : ['', out.paint('Outputs', 'bold'), ...lines];
}
/**
 * The readable view of one TaskList, as `show` and the write commands print it;
 * `show` adds the outputs COMPLETE tasks recorded.
 */
function renderTaskList(out, issue, state, options = {}) {
    const header = `${out.paint(`TaskList #${issue.number}`, 'bold')}  ${state.title}${issue.state === 'closed' ? `  ${out.paint('(closed)', 'dim')}` : ''}`;
    const rows = [
        ['ID', 'TASK', 'STATUS', 'TIME', 'NEEDS', 'NOTE'],
        ...state.tasks.map((task, i) => [
            (0,task_spec/* taskId */.BS)(i),
            task.definition.name,
            task.state.status,
            task.state.durationSec === undefined ? '' : (0,duration/* formatDuration */.a)(task.state.durationSec),
            needsCell(task),
            note(task),
        ]),
    ];
    const lines = table(rows, (r, c, cell) => r === 0 ? out.paint(cell, 'dim') : c === 2 ? out.status(cell) : c === 5 ? out.paint(cell, 'dim') : cell);
    const next = nextTask(state);
    const progress = out.statuses(progressText(state));
    const footer = isComplete(state)
        ? `${progress} · ${out.paint('complete', 'green')}`
        : `${progress}${next === '' ? '' : ` · next: ${next}`}`;
    return [
        header,
        out.paint(issue.htmlUrl, 'dim'),
        '',
        ...lines.map((l) => `  ${l}`),
        ...(options.outputs === true ? outputLines(out, state) : []),
        '',
        footer,
    ];
}

;// CONCATENATED MODULE: ./build/cli/trust.js

/**
 * Records count only from the issue's author and its trusted accounts. A write
 * by anyone else would be posted and then ignored, so refuse it before writing.
 * Installation tokens cannot say who they are; the fold still guards them.
 */
async function assertTrusted(ctx, view) {
    const login = await ctx.whoami();
    if (login === undefined || view.trusted.has(login.toLowerCase()))
        return;
    const others = [...view.trusted].filter((l) => l !== view.issue.author.toLowerCase());
    const list = others.length === 0 ? '' : ` and ${others.map((l) => `@${l}`).join(', ')}`;
    throw new errors/* NotTrustedError */.xi(`TaskList #${view.issue.number} trusts records only from @${view.issue.author}${list}, not from @${login}, the account of this token; use a token of one of those accounts (nothing was written)`);
}

;// CONCATENATED MODULE: ./build/domain/time.js
/** A time as GitHub writes it: ISO 8601 in UTC, whole seconds. */
function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./build/cli/commands/create.js











/** The account GitHub Actions workflows write as, trusted by default so a workflow can run the TaskList. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const PLAN_CHANGE = ['fail', 'accept'];
function unreadable(code) {
    if (code === 'ENOENT')
        return 'it does not exist';
    if (code === 'EISDIR')
        return 'it is a directory';
    if (code === 'EACCES')
        return 'permission denied';
    return code ?? 'unreadable';
}
function readTasksFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path === '-' ? 0 : path, 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`cannot read --tasks-file ${path}: ${unreadable(error.code)}; give a file with one task a line, as 'name' or 'name: description', or a YAML mapping of tasks`);
    }
}
function checkedTitle(text) {
    const title = text?.trim();
    if (title === undefined)
        return undefined;
    if (title === '')
        throw new errors/* UsageError */.eb("--title is empty; give the TaskList a title, such as --title 'Migrate production'");
    if (title.length > plan_limits/* MAX_TITLE */.Og)
        throw new errors/* UsageError */.eb(`--title has ${title.length} characters; GitHub allows ${plan_limits/* MAX_TITLE */.Og} in an issue title`);
    return title;
}
/**
 * Tasks from --tasks-file (first) and each --task, checked as the action checks
 * its `tasks` input: the file may be in line form or a YAML mapping with fields.
 */
async function collectTasks(file, tasks) {
    const specs = [];
    if (file !== undefined) {
        const text = readTasksFile(file);
        // The YAML parser is loaded only for a tasks file, so other commands start without it.
        const { parseTasksInput, PlanError } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 698));
        try {
            specs.push(...parseTasksInput(text));
        }
        catch (error) {
            if (error instanceof PlanError)
                throw new errors/* UsageError */.eb(`--tasks-file ${file}: ${error.message}`);
            throw error;
        }
    }
    for (const text of tasks) {
        if (/[\r\n]/.test(text))
            throw new errors/* UsageError */.eb(`--task '${text.split(/\r?\n/)[0] ?? ''}…' spans several lines; give one task per --task, or use --tasks-file`);
        let parsed;
        try {
            parsed = (0,task_spec/* parseTaskSpecs */.J9)(text);
        }
        catch (error) {
            if (error instanceof task_spec/* TaskSpecError */.nq)
                throw new errors/* UsageError */.eb(`--task '${text.slice(0, 80)}': ${error.message.replace(/^tasks line 1: /, '')}`);
            throw error;
        }
        specs.push(...parsed);
    }
    if (specs.length === 0)
        throw new errors/* UsageError */.eb("no tasks given; add --task 'name' or --task 'name: description' for each task (in order), or --tasks-file FILE, or --plan-file FILE");
    const seen = new Set();
    for (const spec of specs) {
        if (seen.has(spec.name))
            throw new errors/* UsageError */.eb(`task '${spec.name}' is listed twice; task names must be unique`);
        seen.add(spec.name);
    }
    if (specs.length > task_spec/* MAX_TASKS */.G6)
        throw new errors/* UsageError */.eb(`${specs.length} tasks given; a TaskList holds at most ${task_spec/* MAX_TASKS */.G6}, so split it into several`);
    return specs;
}
/** A plan file, relative to the current directory ('-' is stdin); its problems name the file, the task and the field. */
async function readPlan(path) {
    const shown = path === '-' ? "'-' (stdin)" : path;
    const [{ readPlanFile, PlanFileReadError }, { PlanError }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 4628)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(698)]).then(__webpack_require__.bind(__webpack_require__, 698)),
    ]);
    try {
        return await readPlanFile(path === '-' ? 0 : path, shown);
    }
    catch (error) {
        if (error instanceof PlanFileReadError)
            throw new errors/* UsageError */.eb(`cannot read --plan-file ${path}: ${unreadable(error.code)}; give a YAML file with 'title' and 'tasks', relative to the current directory`);
        if (error instanceof PlanError)
            throw new errors/* UsageError */.eb(`--plan-file ${error.message.startsWith(shown) ? error.message : `${shown}: ${error.message}`}`);
        throw error;
    }
}
/** The title and tasks: from --plan-file (--title overrides its title), or from --title with --tasks-file and --task. */
async function planOf(line) {
    const title = checkedTitle(line.values.title);
    const planFile = line.values['plan-file'];
    if (planFile === undefined) {
        if (title === undefined)
            throw new errors/* UsageError */.eb("--title is required; give the TaskList a title, such as --title 'Migrate production', or give --plan-file");
        return { title, tasks: await collectTasks(line.values['tasks-file'], line.values.task ?? []) };
    }
    if (line.values.task !== undefined || line.values['tasks-file'] !== undefined)
        throw new errors/* UsageError */.eb(`--plan-file gives every task, so --task and --tasks-file cannot add to it; put those tasks in ${planFile === '-' ? 'the plan' : planFile.slice(0, 80)} and drop --task and --tasks-file`);
    if (planFile.trim() === '')
        throw new errors/* UsageError */.eb("--plan-file is empty; give a YAML file with 'title' and 'tasks', such as --plan-file plan.yml");
    const plan = await readPlan(planFile);
    return { title: title ?? plan.title, tasks: plan.tasks };
}
function changesJson(change) {
    return {
        added: change.added.map((spec) => spec.name),
        redefined: change.redefined.map((r) => r.name),
        removed: change.removed.map((r) => r.name),
    };
}
const createCommand = {
    name: 'create',
    args: '',
    arity: [0, 0],
    summary: 'Create a TaskList: an issue labelled tasklist, with its tasks in order',
    description: [
        'Prints the TaskList ID (the issue number) that later commands, jobs and workflow runs resume it by.',
        `Records are trusted from the token's account, which opens the issue, and from the --trusted accounts.`,
        `Without --trusted, ${ACTIONS_BOT_LOGIN} is trusted so that GitHub Actions workflows (GITHUB_TOKEN) can run the TaskList;`,
        `give --trusted explicitly to trust other accounts instead (repeat it, and include ${ACTIONS_BOT_LOGIN} if workflows should still write).`,
        'A plan (--plan-file, or a YAML --tasks-file) may give each task run, needs, timeout and retries, as the action takes them;',
        'an unknown need or a cycle is refused with nothing written.',
        'When --key names a TaskList that exists, the plan is reconciled with it: new tasks are ADDED and changed tasks that',
        'have not run are REDEFINED. Changing a COMPLETE or IN_PROGRESS task, or leaving a task out, prints one line per task',
        'and exits 1 with nothing written, unless --plan-change accept.',
        '--json adds created, and changes: null when this create opened the TaskList, else the task names it',
        'added, redefined and removed ({"added": [], "redefined": [], "removed": []} when the plan matched).',
    ],
    options: ['title', 'task', 'tasks-file', 'plan-file', 'key', 'plan-change', 'label', 'trusted', 'lock'],
    optionHelp: {},
    writes: true,
    json: true,
    examples: [
        "tasklist create --title 'Migrate production' --task 'database-migration: Migrate the schema' --task application-migration --task data-validation",
        'tasklist create --title Nightly --tasks-file phases.txt --key nightly-2026-11-26',
        'tasklist create --plan-file plan.yml --key release-7',
        'tasklist create --plan-file plan.yml --key release-7 --plan-change accept --json | jq .changes',
    ],
    async prepare(line) {
        const key = line.values.key?.trim();
        if (key !== undefined && (key === '' || key.length > plan_limits/* MAX_KEY */.tu))
            throw new errors/* UsageError */.eb(`--key must be 1 to ${plan_limits/* MAX_KEY */.tu} characters, such as prod-2026-11`);
        const planChange = parseChoice('plan-change', line.values['plan-change'], PLAN_CHANGE, 'fail');
        if (line.values['plan-change'] !== undefined && key === undefined)
            throw new errors/* UsageError */.eb('--plan-change decides how a plan changes an existing TaskList, which --key names; add --key, or drop --plan-change');
        const labels = (line.values.label ?? []).map((l) => l.trim());
        for (const label of labels) {
            if (label === '' || label.length > 50)
                throw new errors/* UsageError */.eb(`--label '${label.slice(0, 60)}' must be 1 to 50 characters, as GitHub allows`);
        }
        const trusted = line.values.trusted === undefined
            ? [ACTIONS_BOT_LOGIN]
            : line.values.trusted.flatMap((t) => t.split(',')).map((t) => t.trim().replace(/^@/, ''));
        for (const login of trusted) {
            if (!LOGIN.test(login))
                throw new errors/* UsageError */.eb(`--trusted '${login.slice(0, 60)}' is not a GitHub login; give an account such as mona or ${ACTIONS_BOT_LOGIN}`);
        }
        if (trusted.length > 50)
            throw new errors/* UsageError */.eb(`--trusted names ${trusted.length} accounts; a TaskList trusts at most 50`);
        const { title, tasks } = await planOf(line);
        return async (ctx) => {
            // An installation token (ghs_: GITHUB_TOKEN or a GitHub App's) may lock an issue but never comment on a locked one.
            if (line.values.lock === true && ctx.config.token.startsWith('ghs_'))
                throw new errors/* UsageError */.eb('--lock: GitHub lets no app comment on a locked issue, GITHUB_TOKEN included, so this token could write no record after it; drop --lock, or use a personal token of someone with write access for this and every later write');
            const { store, out, log } = ctx;
            const { view, created } = await store.create({
                title,
                tasks,
                ...(key === undefined ? {} : { key }),
                labels,
                lock: line.values.lock === true,
                trusted,
                now: isoSeconds(store.now()),
            });
            let applied;
            // The change lines are held back so that a refusal prints nothing but its own lines.
            const changeLines = [];
            if (!created) {
                // The key exists: reconcile the stored TaskList with this plan before anything is written.
                try {
                    applied = await applyPlan(store, out.capture(changeLines), view, tasks, planChange, ctx.holder, {
                        check: (loaded) => assertTrusted(ctx, loaded),
                        acceptedBy: '--plan-change accept',
                    });
                }
                catch (error) {
                    if (!(error instanceof storage_errors/* PlanChangeRefusedError */.yO))
                        throw error;
                    for (const refusal of refusalLines(error, 'pass --plan-change accept'))
                        out.error(refusal);
                    return errors/* EXIT */.dc.failure;
                }
            }
            const now = applied?.view ?? view;
            if (out.json) {
                out.document({
                    ...tasklistJson(now.issue, now.state, ctx.config.fullName),
                    created,
                    changes: applied === undefined ? null : changesJson(applied.change),
                });
                return errors/* EXIT */.dc.ok;
            }
            if (created)
                reportCreated(log, view.issue.number, view.state);
            else {
                out.line(`A TaskList with key '${key ?? ''}' exists already; using it`);
                reportLoaded(log, view.issue.number, view.state);
                for (const change of changeLines)
                    log.info(change);
            }
            out.line(out.paint(now.issue.htmlUrl, 'dim'));
            const others = now.state.trusted.filter((l) => l.toLowerCase() !== now.issue.author.toLowerCase());
            out.line(out.paint(`Records are trusted from @${now.issue.author}${others.length === 0 ? '' : `, ${others.map((l) => `@${l}`).join(', ')}`}`, 'dim'));
            return errors/* EXIT */.dc.ok;
        };
    },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./build/domain/claim-limits.js
var claim_limits = __webpack_require__(7922);
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
    return new storage_errors/* UnknownTaskError */.QG(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`);
}
function findTask(state, name, issueNumber) {
    const found = lookupTask(state, name);
    if (found === undefined)
        throw unknownTask(state, name, issueNumber);
    return found;
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
            throw new storage_errors/* UnmetNeedsError */.Ll(number, task.definition.name, unmet);
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
                throw new storage_errors/* TaskHeldError */.Vt(heldTask(number, task, claimNow));
            }
            else if (request.onBusy === 'skip') {
                return { kind: 'busy', view, id, task, held: heldTask(number, task, claimNow) };
            }
            else {
                if (Date.now() >= deadline)
                    throw new storage_errors/* TaskHeldError */.Vt(heldTask(number, task, claimNow), request.waitTimeoutSec);
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
            throw new storage_errors/* TaskBusyError */.rz(`${task.definition.name} in TaskList #${number} kept changing while this job tried to claim it; re-run the step`);
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

;// CONCATENATED MODULE: ./build/cli/commands/start.js









/** The claim shared by `tasklist start` and the demo: app/start-task with workflow authority, for this process. */
async function start_startTask(ctx, request, log = ctx.log, options = {}) {
    const outcome = await startTask(ctx.store, log, {
        tasklist: request.id,
        task: request.task,
        holder: ctx.holder,
        authority: 'workflow',
        leaseSec: request.leaseSec,
        onBusy: request.onBusy,
        waitTimeoutSec: request.waitTimeoutSec,
        ...(request.message === undefined ? {} : { message: request.message }),
        check: (snapshot) => assertTrusted(ctx, snapshot),
        // Skipped when a transition follows at once: it redraws the body anyway.
        publish: options.publish !== false,
        onWaiting: (held, timeoutSec) => log.info(`${held.task}: IN_PROGRESS, held by ${held.holder}; waiting up to ${(0,duration/* formatDuration */.a)(timeoutSec)} (--on-busy wait)`),
    });
    if (outcome.kind === 'busy')
        log.info(`${outcome.task.definition.name}: IN_PROGRESS, held by ${outcome.held.holder}; not running it here (--on-busy skip)`);
    return { outcome, view: outcome.view };
}
const startCommand = {
    name: 'start',
    args: '<id> <task>',
    arity: [2, 2],
    summary: 'Claim a task before running it (exit 3: nothing to run here)',
    description: [
        'Records PENDING or FAILED -> IN_PROGRESS under a lease, for this process (tasklist CLI (user@host)).',
        'Run the phase after it, then record the outcome with tasklist complete or tasklist fail.',
        'Exit status 3 means there is nothing to run: the task is COMPLETE or SKIPPED (status preserved),',
        'or, with --on-busy skip, another job holds it. Script it as: if tasklist start 42 migrate; then ...; fi',
        '<task> is a task name or its ID (t1, t2, ...).',
    ],
    options: ['lease', 'on-busy', 'wait-timeout', 'message'],
    writes: true,
    json: true,
    examples: [
        'tasklist start 42 database-migration && ./migrate.sh && tasklist complete 42 database-migration',
        'tasklist start 42 t2 --on-busy wait --wait-timeout 10m',
    ],
    prepare(line) {
        const id = parseId(line.args[0]);
        const task = (line.args[1] ?? '').trim();
        if (task === '')
            throw new errors/* UsageError */.eb('the task name is empty; name the task, such as database-migration, or give its ID such as t1');
        const request = {
            id,
            task,
            leaseSec: parseDurationOption('lease', line.values.lease, claim_limits/* LEASE */.DL),
            onBusy: parseChoice('on-busy', line.values['on-busy'], claim_limits/* ON_BUSY */.E$, 'fail'),
            waitTimeoutSec: parseDurationOption('wait-timeout', line.values['wait-timeout'], claim_limits/* WAIT_TIMEOUT */.MN),
            ...(line.values.message === undefined ? {} : { message: parseMessage(line.values.message) ?? '' }),
        };
        return async (ctx) => {
            const { outcome, view } = await start_startTask(ctx, request);
            const { out } = ctx;
            const index = (0,task_spec/* taskIndex */.oN)(outcome.id);
            const now = view.state.tasks[index];
            const shouldRun = outcome.kind === 'claimed';
            if (out.json) {
                out.document({
                    command: 'start',
                    outcome: outcome.kind === 'claimed' ? 'started' : outcome.kind === 'finished' ? 'settled' : 'busy',
                    shouldRun,
                    from: outcome.kind === 'claimed' ? outcome.before.state.status : null,
                    to: outcome.kind === 'claimed' ? 'IN_PROGRESS' : null,
                    task: now === undefined ? null : taskJson(now, index),
                    tasklist: tasklistJson(view.issue, view.state, ctx.config.fullName),
                });
            }
            else if (outcome.kind === 'claimed') {
                out.line(out.statuses(transitionLine(outcome.id, outcome.before.definition.name, outcome.before.state.status, 'IN_PROGRESS')));
                out.line(out.paint(`Run it now, then record the outcome: tasklist complete ${id} ${outcome.before.definition.name}  (or: tasklist fail ${id} ${outcome.before.definition.name} --exit-code N)`, 'dim'));
            }
            else if (outcome.kind === 'finished') {
                out.line(out.statuses(`[${outcome.id}] ${outcome.task.definition.name}: ${outcome.task.state.status} (status preserved); nothing to run`));
            }
            return shouldRun ? errors/* EXIT */.dc.ok : errors/* EXIT */.dc.nothingToRun;
        };
    },
};

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
            throw new storage_errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`);
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
            error: new storage_errors/* IllegalTransitionError */.gZ(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: ${(0,domain_status/* illegalTransitionHint */.ZD)(request.op, task.state.status, request.authority)}`),
        };
    }
    if (actsOnClaim(request.op) && request.ownClaim !== undefined && task.state.claim?.id !== request.ownClaim) {
        return {
            kind: 'refused',
            error: new storage_errors/* TaskBusyError */.rz(`Cannot ${request.op} ${task.definition.name} in TaskList #${number}: this job's claim ended and ${task.state.claim?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`),
        };
    }
    return { kind: 'write', id, task };
}

;// CONCATENATED MODULE: ./build/app/record-transition.js



/** Recording one transition: read the snapshot, find the task, record it (app/transition reads the tail when it must). */
async function recordTransition(store, log, request) {
    const { tasklist, onLoaded, check, ownClaimOf, ...transitionRequest } = request;
    let loaded = await store.readSnapshot(tasklist);
    // A task the snapshot does not know may have been added by a plan change in the tail.
    if (lookupTask(loaded.state, request.task) === undefined)
        loaded = await store.refresh(loaded);
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

;// CONCATENATED MODULE: ./build/cli/commands/transition.js








/** complete and fail report on a phase this or another process ran; skip, retry and reset are an operator's decisions. */
const AUTHORITY = {
    complete: 'workflow',
    fail: 'workflow',
    skip: 'operator',
    retry: 'operator',
    reset: 'operator',
};
/** One recorded transition through app/record-transition: the whole TaskList is read first, so a bad request writes nothing. */
async function transition_recordTransition(ctx, input, log = ctx.log) {
    const result = await recordTransition(ctx.store, log, {
        tasklist: input.id,
        task: input.task,
        op: input.op,
        authority: AUTHORITY[input.op],
        holder: ctx.holder,
        ...(input.message === undefined ? {} : { message: input.message }),
        ...(input.exitCode === undefined ? {} : { exitCode: input.exitCode }),
        ...(input.outputs === undefined ? {} : { outputs: input.outputs }),
        check: (loaded) => assertTrusted(ctx, loaded),
    });
    return { view: result.view, index: result.index, from: result.from };
}
const TEXT = {
    complete: {
        summary: 'Record that a started task succeeded (IN_PROGRESS -> COMPLETE)',
        description: [
            'A COMPLETE task is never run again by later sessions; an operator can reset it.',
            'Each --output key=value is recorded with the task: later tasks read it in TASKLIST_OUTPUTS, and tasklist show',
            'lists it. Outputs are stored in the issue in plain sight: never put secrets in them.',
        ],
        example: 'tasklist complete 42 database-migration --message "migrated 1204 tables" --output backup-id=bk-42',
    },
    fail: {
        summary: 'Record that a started task failed (IN_PROGRESS -> FAILED)',
        description: ['A later session (tasklist start, or the action) runs a FAILED task again.'],
        example: 'tasklist fail 42 database-migration --exit-code 3 --message "lock timeout"',
    },
    skip: {
        summary: 'Operator: skip a PENDING or FAILED task (-> SKIPPED)',
        description: ['Later sessions treat a SKIPPED task as done.'],
        example: 'tasklist skip 42 data-validation --message "validated by hand"',
    },
    retry: {
        summary: 'Operator: send a FAILED task back to PENDING',
        description: ['The next session that reaches it runs it again.'],
        example: 'tasklist retry 42 application-migration',
    },
    reset: {
        summary: 'Operator: send a COMPLETE, SKIPPED or FAILED task back to PENDING',
        description: ['Use it when a finished phase must run again; later sessions will run it.'],
        example: 'tasklist reset 42 database-migration --message "schema changed"',
    },
};
/** Each --output as the action's `outputs` input is checked: the key, and the limits of one task's outputs. */
function parseOutputs(pairs) {
    if (pairs === undefined)
        return undefined;
    try {
        return parseOutputPairs(pairs);
    }
    catch (error) {
        if (error instanceof OutputsError)
            throw new errors/* UsageError */.eb(`--output: ${error.message}`);
        throw error;
    }
}
function transitionCommand(op) {
    const text = TEXT[op];
    return {
        name: op,
        args: '<id> <task>',
        arity: [2, 2],
        summary: text.summary,
        description: [...text.description, '<task> is a task name or its ID (t1, t2, ...).'],
        options: op === 'complete' ? ['message', 'exit-code', 'output'] : op === 'fail' ? ['message', 'exit-code'] : ['message'],
        writes: true,
        json: true,
        examples: [text.example],
        prepare(line) {
            const id = parseId(line.args[0]);
            const task = (line.args[1] ?? '').trim();
            if (task === '')
                throw new errors/* UsageError */.eb('the task name is empty; name the task, such as database-migration, or give its ID such as t1');
            const message = parseMessage(line.values.message);
            const exitCode = parseExitCode(line.values['exit-code']);
            const outputs = parseOutputs(line.values.output);
            return async (ctx) => {
                const { view, index, from } = await transition_recordTransition(ctx, {
                    id,
                    task,
                    op,
                    ...(message === undefined ? {} : { message }),
                    ...(exitCode === undefined ? {} : { exitCode }),
                    ...(outputs === undefined ? {} : { outputs }),
                });
                const { out } = ctx;
                const after = view.state.tasks[index];
                if (out.json) {
                    out.document({
                        command: op,
                        outcome: 'applied',
                        from,
                        to: (0,domain_status/* targetOf */.$r)(op),
                        task: after === undefined ? null : taskJson(after, index),
                        tasklist: tasklistJson(view.issue, view.state, ctx.config.fullName),
                    });
                }
                else {
                    const next = nextTask(view.state);
                    out.line(out.paint(`TaskList #${id}: ${progressText(view.state)}${next === '' ? '' : ` · next: ${next}`}`, 'dim'));
                }
                return errors/* EXIT */.dc.ok;
            };
        },
    };
}
const completeCommand = transitionCommand('complete');
const failCommand = transitionCommand('fail');
const skipCommand = transitionCommand('skip');
const retryCommand = transitionCommand('retry');
const resetCommand = transitionCommand('reset');

;// CONCATENATED MODULE: ./build/cli/commands/demo.js











const DEMO_TITLE = 'Demo: production migration';
const DEMO_TASKS = [
    { name: 'database-migration', description: 'Migrate the database schema' },
    { name: 'application-migration', description: 'Deploy the application against the new schema' },
    { name: 'data-validation', description: 'Validate the migrated data' },
];
const LEASE_SEC = 3600;
/** Claims and completes one task through the same code as `tasklist start` and `tasklist complete`. */
async function runTask(ctx, id, name, session) {
    const quiet = [];
    const log = ctx.out.capture(quiet);
    const { outcome } = await start_startTask(ctx, { id, task: name, leaseSec: LEASE_SEC, onBusy: 'fail', waitTimeoutSec: 60 }, log, { publish: false });
    if (outcome.kind !== 'claimed')
        return false;
    await transition_recordTransition(ctx, { id, task: name, op: 'complete', message: `tasklist demo, session ${session}` }, log);
    ctx.out.line(ctx.out.statuses(transitionLine(outcome.id, name, 'IN_PROGRESS', 'COMPLETE')));
    return true;
}
/** Session 2 runs in a process of its own that knows nothing but the ID, as a later workflow run would. */
function spawnSessionTwo(ctx, id) {
    const entry = process.argv[1];
    if (entry === undefined)
        throw new errors/* UsageError */.eb('cannot find the tasklist program to start session 2; run the demo as tasklist demo');
    const args = [
        ...process.execArgv,
        entry,
        'demo',
        '--resume',
        String(id),
        '--repo',
        ctx.config.fullName,
        '--api-url',
        ctx.config.apiUrl,
    ];
    if (ctx.holderUrl !== undefined)
        args.push('--holder-url', ctx.holderUrl);
    const env = { ...ctx.env, FORCE_COLOR: ctx.out.color ? '1' : '0' };
    const child = (0,external_node_child_process_.spawn)(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = [];
    (0,external_node_readline_.createInterface)({ input: child.stdout }).on('line', (line) => {
        lines.push(line.replace(/\u001b\[[0-9;]*m/g, ''));
        ctx.out.line(line);
    });
    return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code, signal) => resolve({ code: code ?? (signal === null ? 1 : 128), lines }));
    });
}
async function sessionOne(ctx) {
    const { out, store } = ctx;
    out.line('Multi-Session Orchestration: SESSION 1');
    const { view } = await store.create({
        title: DEMO_TITLE,
        tasks: DEMO_TASKS,
        labels: [],
        trusted: [ACTIONS_BOT_LOGIN],
        now: isoSeconds(store.now()),
    });
    const id = view.issue.number;
    out.line(`TaskList Created: ${id}`);
    await runTask(ctx, id, 'database-migration', 1);
    const afterOne = await store.load(id);
    afterOne.state.tasks.forEach((task, index) => {
        if (task.state.status !== 'COMPLETE')
            out.line(out.statuses(`[${(0,task_spec/* taskId */.BS)(index)}] ${task.definition.name}: ${task.state.status}`));
    });
    out.line('SESSION 1 COMPLETE');
    out.line(`TaskList ID: ${id} - Save this for Session 2`);
    out.line('');
    const two = await spawnSessionTwo(ctx, id);
    const final = await store.load(id);
    const before = afterOne.state.tasks[0];
    const first = final.state.tasks[0];
    // Session 1's record of the first task is untouched: same status, version and time.
    const persisted = before !== undefined &&
        first !== undefined &&
        first.state.status === 'COMPLETE' &&
        first.state.version === before.state.version &&
        first.state.changedAt === before.state.changedAt;
    const preserved = two.lines.includes('[t1] database-migration: COMPLETE (status preserved)');
    const ranRest = [
        '[t2] application-migration: IN_PROGRESS -> COMPLETE',
        '[t3] data-validation: IN_PROGRESS -> COMPLETE',
    ].every((l) => two.lines.includes(l));
    const resumed = two.code === 0 && persisted && preserved && ranRest && final.state.tasks.every((t) => t.state.status === 'COMPLETE');
    out.line(`Cross-Session Continuation: ${resumed ? 'SUCCESS' : 'FAILED'}`);
    out.line(`Task State Persistence: ${persisted ? 'VERIFIED' : 'FAILED'}`);
    out.line('');
    out.line(`Final TaskList: ${final.issue.htmlUrl}`);
    return resumed ? errors/* EXIT */.dc.ok : errors/* EXIT */.dc.failure;
}
async function sessionTwo(ctx, id) {
    const { out, store } = ctx;
    const view = await store.load(id);
    const names = view.state.tasks.map((t) => t.definition.name).join(',');
    if (view.state.title !== DEMO_TITLE || names !== DEMO_TASKS.map((t) => t.name).join(',')) {
        throw new errors/* UsageError */.eb(`TaskList #${id} was not created by tasklist demo; --resume continues only a demo TaskList (use tasklist start and complete for others)`);
    }
    out.line('Multi-Session Orchestration: SESSION 2');
    const loaded = [];
    reportLoaded(out.capture(loaded), id, view.state);
    loaded.filter((l) => /^TaskList Loaded: |\(status preserved\)$/.test(l)).forEach((l) => out.line(out.statuses(l)));
    for (const task of view.state.tasks) {
        if (!(0,domain_status/* isSettled */.Is)(task.state.status))
            await runTask(ctx, id, task.definition.name, 2);
    }
    out.line('SESSION 2 COMPLETE');
    return errors/* EXIT */.dc.ok;
}
const demoCommand = {
    name: 'demo',
    args: '',
    arity: [0, 0],
    summary: 'Run the two-session reference scenario against the repository',
    description: [
        `Creates a TaskList '${DEMO_TITLE}' (database-migration, application-migration, data-validation) in the repository.`,
        'Session 1 starts and completes database-migration. Session 2, a separate tasklist process given only the ID,',
        'loads the TaskList, shows database-migration preserved and runs the other two. No commands are run: the',
        'phases are recorded as they would be around real work.',
    ],
    options: ['resume'],
    optionHelp: { resume: 'Run only session 2, on a TaskList an earlier tasklist demo created' },
    writes: true,
    json: false,
    examples: ['tasklist demo --repo my-org/sandbox'],
    prepare(line) {
        const resume = line.values.resume === undefined ? undefined : parseId(line.values.resume);
        return (ctx) => (resume === undefined ? sessionOne(ctx) : sessionTwo(ctx, resume));
    },
};

// EXTERNAL MODULE: ./build/domain/body.js
var body = __webpack_require__(3369);
;// CONCATENATED MODULE: ./build/cli/commands/list.js






function entryOf(issue) {
    const parsed = (0,body/* parseBody */.OG)(issue.body);
    const base = { id: issue.number, url: issue.htmlUrl, state: issue.state };
    if (parsed.kind !== 'ok') {
        const error = parsed.kind === 'invalid' ? parsed.error : 'the issue body has no TaskList block';
        return {
            ...base,
            title: issue.title,
            done: null,
            total: null,
            counts: null,
            complete: null,
            nextTask: null,
            error,
            progress: 'not readable',
        };
    }
    const state = parsed.snapshot;
    const counts = countsOf(state);
    const next = nextTask(state);
    return {
        ...base,
        title: state.title,
        done: counts.COMPLETE + counts.SKIPPED,
        total: state.tasks.length,
        counts,
        complete: isComplete(state),
        nextTask: next === '' ? null : next,
        error: null,
        progress: progressText(state),
    };
}
const STATES = ['open', 'closed', 'all'];
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
const listCommand = {
    name: 'list',
    args: '',
    arity: [0, 0],
    summary: 'List the TaskLists of the repository, with their progress',
    description: [
        "Issues labelled 'tasklist', open ones unless --state says; progress comes from each issue's snapshot, without",
        'reading its comments. A TaskList closes itself when it finishes if its workflow sets close-on-complete.',
    ],
    options: ['state'],
    writes: false,
    json: true,
    examples: [
        'tasklist list',
        'tasklist list --state all',
        'tasklist list --json | jq ".tasklists[] | select(.counts.FAILED > 0) | .id"',
    ],
    prepare(line) {
        const state = parseChoice('state', line.values.state, STATES, 'open');
        const which = state === 'all' ? '' : `${state} `;
        return async (ctx) => {
            const issues = await ctx.store.list(`the ${which}TaskLists of ${ctx.config.fullName}`, state);
            // A closed issue whose body no longer holds a TaskList is a duplicate that create closed.
            const entries = issues
                .filter((issue) => issue.state === 'open' || (0,body/* parseBody */.OG)(issue.body).kind !== 'not-tasklist')
                .map(entryOf);
            if (ctx.out.json) {
                ctx.out.document({
                    repo: ctx.config.fullName,
                    state,
                    tasklists: entries.map(({ progress: _progress, ...entry }) => entry),
                });
                return errors/* EXIT */.dc.ok;
            }
            if (entries.length === 0) {
                ctx.out.line(`No ${which}TaskLists in ${ctx.config.fullName}`);
                return errors/* EXIT */.dc.ok;
            }
            const rows = entries.map((e) => [
                `#${e.id}`,
                clip(e.title, 60),
                state === 'open' ? e.progress : `${e.progress}${e.state === 'closed' ? '  (closed)' : ''}`,
            ]);
            const out = ctx.out;
            table(rows, (r, c, cell) => c === 0
                ? out.paint(cell, 'bold')
                : c === 2
                    ? entries[r]?.error === null
                        ? out.statuses(cell)
                        : out.paint(cell, 'red')
                    : cell).forEach((l) => out.line(l));
            return errors/* EXIT */.dc.ok;
        };
    },
};

// EXTERNAL MODULE: ./build/storage/github-errors.js
var github_errors = __webpack_require__(9347);
;// CONCATENATED MODULE: ./build/cli/commands/resume.js






const WORKFLOW = /^(?:[\w.-]+\.ya?ml|[1-9]\d{0,15})$/;
const resumeCommand = {
    name: 'resume',
    args: '<id>',
    arity: [1, 1],
    summary: 'Dispatch a workflow that resumes the TaskList where it stopped',
    description: [
        "Runs the workflow's workflow_dispatch trigger with the input tasklist-id=<id>; the workflow loads the TaskList",
        'and runs the tasks that are not COMPLETE or SKIPPED. Needs a token with actions write. Nothing is dispatched',
        'when every task is already done.',
    ],
    options: ['workflow', 'ref'],
    optionHelp: { ref: "Branch or tag to run the workflow on (default: the repository's default branch)" },
    writes: false,
    json: true,
    examples: [
        'tasklist resume 42 --workflow resume.yml',
        'tasklist resume 42 --workflow resume.yml --ref release/2026-11',
    ],
    prepare(line) {
        const id = parseId(line.args[0]);
        const workflow = line.values.workflow?.trim();
        if (workflow === undefined || workflow === '')
            throw new errors/* UsageError */.eb('--workflow is required; name the workflow file under .github/workflows that resumes TaskLists, such as --workflow resume.yml');
        if (!WORKFLOW.test(workflow))
            throw new errors/* UsageError */.eb(`--workflow '${workflow.slice(0, 80)}' is not a workflow file name such as resume.yml (or a numeric workflow id)`);
        const givenRef = line.values.ref?.trim();
        if (givenRef !== undefined && (givenRef === '' || /\s/.test(givenRef)))
            throw new errors/* UsageError */.eb(`--ref '${givenRef}' is not a branch or tag name`);
        return async (ctx) => {
            const { out, config } = ctx;
            const view = await ctx.store.load(id);
            if (isComplete(view.state)) {
                if (out.json)
                    out.document({
                        dispatched: false,
                        reason: 'complete',
                        id,
                        repo: config.fullName,
                        workflow,
                        ref: null,
                        inputs: null,
                        nextTask: null,
                        run: null,
                    });
                else
                    out.line(`TaskList #${id} is complete (${progressText(view.state)}); nothing to resume, no workflow dispatched`);
                return errors/* EXIT */.dc.ok;
            }
            let ref = givenRef;
            if (ref === undefined) {
                try {
                    ref = await ctx.repository.defaultBranch();
                }
                catch (error) {
                    throw new storage_errors/* ReadError */.F_((0,errors/* describeForCli */.NF)(error, `the repository ${config.fullName}`));
                }
            }
            const inputs = { 'tasklist-id': String(id) };
            let run;
            try {
                run = await ctx.repository.dispatchWorkflow(workflow, ref, inputs);
            }
            catch (error) {
                if ((0,github_errors/* isHttpStatus */.Bd)(error, 404) || (0,github_errors/* isHttpStatus */.Bd)(error, 422)) {
                    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 160) : '';
                    throw new storage_errors/* WriteError */.QM(`GitHub did not dispatch ${workflow} on ${ref} in ${config.fullName} (${(0,github_errors/* isHttpStatus */.Bd)(error, 404) ? 404 : 422}: ${detail}); check that .github/workflows/${workflow} exists on ${ref}, has a workflow_dispatch trigger with an input tasklist-id, and that the ref exists`);
                }
                throw new storage_errors/* WriteError */.QM((0,errors/* describeForCli */.NF)(error, `a dispatch of ${workflow} in ${config.fullName}`));
            }
            const next = nextTask(view.state);
            const runs = view.issue.htmlUrl.replace(/\/issues\/\d+$/, `/actions/workflows/${workflow}`);
            if (out.json)
                out.document({
                    dispatched: true,
                    reason: null,
                    id,
                    repo: config.fullName,
                    workflow,
                    ref,
                    inputs,
                    nextTask: next === '' ? null : next,
                    run: run === undefined ? null : { id: run.id, url: run.url },
                });
            else {
                out.line(`Dispatched ${workflow} on ${ref} with tasklist-id=${id}: TaskList #${id} ${out.statuses(progressText(view.state))}${next === '' ? '' : `, next: ${next}`}`);
                // GitHub names the run it started; a server that predates that only has the workflow's list of runs.
                out.line(out.paint(run === undefined ? runs : run.url, 'dim'));
            }
            return errors/* EXIT */.dc.ok;
        };
    },
};

// EXTERNAL MODULE: ./build/domain/gantt.js
var gantt = __webpack_require__(5131);
;// CONCATENATED MODULE: ./build/cli/commands/show.js




const showCommand = {
    name: 'show',
    args: '<id>',
    arity: [1, 1],
    summary: 'Show a TaskList and the status of each task',
    description: [
        'Reads the issue and the records newer than its snapshot; writes nothing.',
        'NEEDS lists the tasks each task waits for (- for none; past three, +N counts the rest), and an Outputs block',
        'lists what each COMPLETE task recorded.',
        'With --json, each task also has run, needs, timeoutSec, retries and outputs: null, [] or {} when its plan',
        'gives none or it recorded none.',
        'With --mermaid, prints the timeline instead: a bar per attempt of each task, as the job summary shows it.',
    ],
    options: ['mermaid'],
    writes: false,
    json: true,
    examples: [
        'tasklist show 42',
        'tasklist show 42 --json | jq -r .nextTask',
        "tasklist show 42 --json | jq '.tasks[0].outputs'",
        'tasklist show 42 --mermaid > run.mmd',
    ],
    prepare(line) {
        const id = parseId(line.args[0]);
        const mermaid = line.values.mermaid === true;
        if (mermaid && line.values.json === true)
            throw new errors/* UsageError */.eb('--mermaid and --json print different documents; give one of them');
        return async (ctx) => {
            const view = await ctx.store.load(id);
            if (mermaid) {
                ctx.out.line((0,gantt/* ganttChart */.$G)(view.state, ctx.store.now()));
                return errors/* EXIT */.dc.ok;
            }
            if (ctx.out.json)
                ctx.out.document(tasklistJson(view.issue, view.state, ctx.config.fullName));
            else
                renderTaskList(ctx.out, view.issue, view.state, { outputs: true }).forEach((l) => ctx.out.line(l));
            return errors/* EXIT */.dc.ok;
        };
    },
};

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./build/cli/watch-frame.js



const BAR_WIDTH = 30;
/** `[██████░░░░]  2/3 done`: settled tasks filled, a running one shaded. */
function progressBar(out, state) {
    const counts = countsOf(state);
    const total = state.tasks.length;
    const done = counts.COMPLETE + counts.SKIPPED;
    const filled = Math.round((done / total) * BAR_WIDTH);
    const running = Math.min(BAR_WIDTH - filled, Math.round((counts.IN_PROGRESS / total) * BAR_WIDTH));
    const bar = out.paint('█'.repeat(filled), 'green') +
        out.paint('▒'.repeat(running), 'yellow') +
        out.paint('░'.repeat(BAR_WIDTH - filled - running), 'dim');
    return `[${bar}] ${done}/${total} done`;
}
/** What a terminal shows while watching: the table, the bar, and when the next look is. */
function watchFrame(out, issue, state, footer) {
    return [...renderTaskList(out, issue, state), '', progressBar(out, state), out.paint(footer, 'dim')];
}
function changesBetween(before, after) {
    const changes = [];
    after.tasks.forEach((task, index) => {
        const was = before.tasks[index];
        if (was === undefined || was.state.version === task.state.version)
            return;
        const [from, to] = [was.state.status, task.state.status];
        const takenOver = from === to && to === 'IN_PROGRESS' && was.state.claim?.id !== task.state.claim?.id;
        if (from !== to || takenOver)
            changes.push({ index, from, to, takenOver });
    });
    return changes;
}
/** The line a change prints on a pipe: the action's own transition line, or a takeover. */
function changeLine(state, change) {
    const task = state.tasks[change.index];
    const name = task?.definition.name ?? '';
    if (change.takenOver)
        return `[${(0,task_spec/* taskId */.BS)(change.index)}] ${name}: IN_PROGRESS, taken over by ${task?.state.claim?.holder.label ?? 'another job'}`;
    return `[${(0,task_spec/* taskId */.BS)(change.index)}] ${name}: ${change.from} -> ${change.to}`;
}
/** The JSON object a change prints with --json: one a line. */
function changeJson(state, change, at) {
    const task = state.tasks[change.index];
    const counts = countsOf(state);
    return {
        event: change.takenOver ? 'takeover' : 'transition',
        at,
        from: change.from,
        to: change.to,
        task: task === undefined ? null : taskJson(task, change.index),
        done: counts.COMPLETE + counts.SKIPPED,
        total: state.tasks.length,
        complete: isComplete(state),
    };
}

;// CONCATENATED MODULE: ./build/cli/commands/watch.js








/** Looking less often while nothing changes: the pause grows by half each quiet look, up to a minute. */
const BACKOFF = 1.5;
const MAX_PAUSE_MS = 60_000;
/** How often to look at first. */
const INTERVAL = { defaultText: '5s', defaultSec: 5, maxSec: 3600 };
/** Exit status when the person stops watching with Ctrl-C, as shells report SIGINT. */
const STOPPED = 130;
const ESC = '\u001b[';
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;
const watchCommand = {
    name: 'watch',
    args: '<id>',
    arity: [1, 1],
    summary: 'Follow a TaskList live until it is complete',
    description: [
        'On a terminal, redraws the table and a progress bar in place; on a pipe, or with --json, prints one line',
        '(one JSON object) per change. Looks with conditional requests, which cost no rate limit while nothing',
        'changed, and looks less often the longer nothing changes. Exits 0 when every task is COMPLETE or SKIPPED,',
        '130 when stopped with Ctrl-C, and with --exit-on-failure 1 as soon as a task turns FAILED.',
    ],
    options: ['exit-on-failure', 'interval'],
    writes: false,
    json: true,
    examples: [
        'tasklist watch 42',
        'tasklist watch 42 --exit-on-failure && ./announce.sh',
        'tasklist watch 42 --json | jq -c .',
    ],
    prepare(line) {
        const options = {
            id: parseId(line.args[0]),
            intervalMs: parseDurationOption('interval', line.values.interval, INTERVAL) * 1000,
            exitOnFailure: line.values['exit-on-failure'] === true,
        };
        return (ctx) => watch(ctx, options);
    },
};
async function watch(ctx, options) {
    const stop = new AbortController();
    const onInterrupt = () => stop.abort();
    process.once('SIGINT', onInterrupt);
    const screen = ctx.out.json || !ctx.out.interactive ? undefined : new Screen(ctx);
    try {
        let view = await ctx.store.load(options.id);
        if (ctx.out.json)
            ctx.out.jsonLine({ event: 'snapshot', tasklist: tasklistJson(view.issue, view.state, ctx.config.fullName) });
        else if (screen === undefined) {
            ctx.out.line(`TaskList #${view.issue.number}  ${view.state.title}`);
            view.state.tasks.forEach((task, index) => ctx.out.line(ctx.out.statuses(taskLine((0,task_spec/* taskId */.BS)(index), task))));
        }
        let pauseMs = options.intervalMs;
        for (;;) {
            if (isComplete(view.state))
                return finish(ctx, screen, view, 'complete', errors/* EXIT */.dc.ok);
            screen?.draw(view, `watching · looked at ${clock(ctx)} UTC · next look in ${Math.round(pauseMs / 1000)}s · Ctrl-C to stop`);
            try {
                await (0,promises_.setTimeout)(pauseMs, undefined, { signal: stop.signal });
            }
            catch {
                return finish(ctx, screen, view, 'stopped', STOPPED);
            }
            // A conditional read: while nothing changed GitHub answers 304, which costs no rate limit.
            const next = await ctx.store.refresh(view);
            const changes = changesBetween(view.state, next.state);
            view = next;
            pauseMs = changes.length === 0 ? Math.min(MAX_PAUSE_MS, pauseMs * BACKOFF) : options.intervalMs;
            for (const change of changes) {
                if (ctx.out.json)
                    ctx.out.jsonLine(changeJson(next.state, change, isoSeconds(ctx.store.now())));
                else if (screen === undefined)
                    ctx.out.line(ctx.out.statuses(changeLine(next.state, change)));
            }
            if (options.exitOnFailure && changes.some((c) => c.to === 'FAILED' && c.from !== 'FAILED'))
                return finish(ctx, screen, view, 'a task FAILED', errors/* EXIT */.dc.failure);
        }
    }
    finally {
        process.removeListener('SIGINT', onInterrupt);
        screen?.close();
    }
}
function clock(ctx) {
    return isoSeconds(ctx.store.now()).slice(11, 19);
}
function finish(ctx, screen, view, why, code) {
    const summary = `TaskList #${view.issue.number}: ${progressText(view.state)} · ${why}`;
    if (screen !== undefined)
        screen.draw(view, summary);
    else if (!ctx.out.json)
        ctx.out.line(ctx.out.statuses(summary));
    return code;
}
/** A terminal redrawn in place: each frame replaces the one before it. */
class Screen {
    ctx;
    height = 0;
    constructor(ctx) {
        this.ctx = ctx;
        ctx.out.raw(HIDE_CURSOR);
    }
    draw(view, footer) {
        const width = this.ctx.out.columns;
        const lines = watchFrame(this.ctx.out, view.issue, view.state, footer).map((l) => fit(l, width));
        // Back to the first line of the last frame, and clear from there down.
        const up = this.height > 0 ? `${ESC}${this.height}F${ESC}J` : '';
        this.ctx.out.raw(`${up}${lines.join('\n')}\n`);
        this.height = lines.length;
    }
    close() {
        this.ctx.out.raw(SHOW_CURSOR);
    }
}
/** A line longer than the terminal would wrap and throw the redraw off by a line: cut it. */
function fit(line, width) {
    if (width === undefined || width <= 1)
        return line;
    const visible = line.replace(/\u001b\[[0-9;]*m/g, '');
    return visible.length < width ? line : `${visible.slice(0, width - 2)}…`;
}

;// CONCATENATED MODULE: ./build/cli/commands/index.js








/** Every command, in the order the help lists them. */
const COMMANDS = [
    showCommand,
    watchCommand,
    listCommand,
    createCommand,
    startCommand,
    completeCommand,
    failCommand,
    skipCommand,
    retryCommand,
    resetCommand,
    resumeCommand,
    demoCommand,
];
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}

;// CONCATENATED MODULE: ./build/cli/gh-token.js

/** The host the GitHub CLI knows an API by: github.com for api.github.com, HOST for https://HOST/api/v3. */
function ghHostOf(apiUrl) {
    const url = new URL(apiUrl);
    const host = url.host.toLowerCase();
    if (host === 'api.github.com')
        return 'github.com';
    // GitHub Enterprise Cloud with data residency serves its API at api.TENANT.ghe.com.
    if (host.startsWith('api.') && host.endsWith('.ghe.com'))
        return host.slice('api.'.length);
    return host;
}
/**
 * The token of the GitHub CLI's login for `host` (`gh auth token --hostname HOST`),
 * for people who are logged in with gh and have no token in the environment.
 */
function ghAuthToken(host, env) {
    const result = (0,external_node_child_process_.spawnSync)('gh', ['auth', 'token', '--hostname', host], {
        env,
        encoding: 'utf8',
        timeout: 10_000,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.error !== undefined) {
        if (result.error.code === 'ENOENT')
            return { kind: 'missing' };
        return { kind: 'failed', why: result.error.message };
    }
    const token = result.stdout.trim();
    if (result.status === 0 && token !== '' && !/\s/.test(token))
        return { kind: 'token', token };
    const said = result.stderr.trim().split('\n')[0]?.trim() ?? '';
    return { kind: 'failed', why: said === '' ? `exit status ${String(result.status)}` : said.slice(0, 200) };
}

;// CONCATENATED MODULE: ./build/cli/git-remote.js

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function split(host, path) {
    const parts = path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/');
    if (parts.length !== 2)
        return undefined;
    const [owner, repo] = parts;
    if (owner === undefined ||
        repo === undefined ||
        !OWNER.test(owner) ||
        !NAME.test(repo) ||
        repo === '.' ||
        repo === '..')
        return undefined;
    return { host: host.toLowerCase(), owner, repo };
}
/**
 * The repository a git remote URL points at: https (with or without
 * credentials or .git), ssh:// and scp-like `git@host:owner/name.git`, on
 * github.com or a GitHub Enterprise Server host. `undefined` for anything else.
 */
function parseRemoteUrl(url) {
    const text = url.trim();
    if (!text.includes('://')) {
        // scp-like: [user@]host:owner/name(.git)
        const scp = /^(?:[^@/\s]+@)?([^:/\s]{2,}):\/?([^\s]+)$/.exec(text);
        return scp?.[1] === undefined || scp[2] === undefined ? undefined : split(scp[1], scp[2]);
    }
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(parsed.protocol) || parsed.hostname === '')
        return undefined;
    let path;
    try {
        path = decodeURIComponent(parsed.pathname);
    }
    catch {
        return undefined;
    }
    return split(parsed.hostname, path);
}
/** Reads `git remote get-url origin` in `cwd`. */
function originRemote(cwd) {
    let url;
    try {
        url = (0,external_node_child_process_.execFileSync)('git', ['remote', 'get-url', 'origin'], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            timeout: 10_000,
        }).trim();
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'problem', problem: 'git is not installed' };
        const raw = error.stderr;
        const stderr = typeof raw === 'string' ? raw : '';
        if (/not a git repository/i.test(stderr))
            return { kind: 'problem', problem: `${cwd} is not in a git repository` };
        if (/no such remote/i.test(stderr))
            return { kind: 'problem', problem: `the git repository in ${cwd} has no remote 'origin'` };
        return {
            kind: 'problem',
            problem: `'git remote get-url origin' failed: ${stderr.trim().split('\n')[0] ?? 'no output'}`,
        };
    }
    const repo = parseRemoteUrl(url);
    if (repo === undefined)
        return { kind: 'problem', problem: `the remote 'origin' (${redact(url)}) is not a GitHub repository URL` };
    return { kind: 'found', url, repo };
}
/** Remote URLs may carry credentials; never print them. */
function redact(url) {
    return url.replace(/\/\/[^@/]*@/, '//***@').slice(0, 200);
}

;// CONCATENATED MODULE: ./build/cli/config.js



const REPO_PATTERN = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
const DEFAULT_API = 'https://api.github.com';
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
function parseRepoOption(text) {
    const match = REPO_PATTERN.exec(text.trim().replace(/\.git$/, ''));
    if (match?.[1] === undefined || match[2] === undefined || match[2] === '.' || match[2] === '..') {
        throw new errors/* UsageError */.eb(`--repo must be owner/name, such as octo-org/migrations; got '${text.slice(0, 100)}'`);
    }
    return { owner: match[1], repo: match[2] };
}
function parseApiUrl(text, source) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`${source} must be the URL of the GitHub API, such as https://github.example.com/api/v3; got '${text.slice(0, 100)}'`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* UsageError */.eb(`${source} must be an http(s) URL, such as https://github.example.com/api/v3; got '${text.slice(0, 100)}'`);
    }
    return text.replace(/\/+$/, '');
}
/** GitHub Enterprise Server serves its API under /api/v3 of the host people clone from. */
function apiForHost(host) {
    return host === 'github.com' || host === 'www.github.com' ? DEFAULT_API : `https://${host}/api/v3`;
}
/**
 * Resolves the repository (--repo, else the git remote 'origin'), the API URL
 * (--api-url, GITHUB_API_URL, the remote's host, github.com) and the token
 * (GITHUB_TOKEN, then GH_TOKEN, then the GitHub CLI's login for the API's
 * host). Every problem is a UsageError: nothing has been sent to GitHub yet.
 */
function resolveConfig(sources) {
    let target;
    let remote;
    if (sources.repo !== undefined) {
        target = parseRepoOption(sources.repo);
    }
    else {
        const lookup = originRemote(sources.cwd);
        if (lookup.kind === 'problem') {
            throw new errors/* UsageError */.eb(`no repository given and ${lookup.problem}; pass --repo owner/name, or run tasklist inside a clone of the GitHub repository`);
        }
        remote = lookup.repo;
        target = { owner: remote.owner, repo: remote.repo };
    }
    const explicitApi = nonEmpty(sources.apiUrl);
    const envApi = nonEmpty(sources.env.GITHUB_API_URL);
    const apiUrl = explicitApi !== undefined
        ? parseApiUrl(explicitApi, '--api-url')
        : envApi !== undefined
            ? parseApiUrl(envApi, 'GITHUB_API_URL')
            : remote === undefined
                ? DEFAULT_API
                : apiForHost(remote.host);
    const fullName = `${target.owner}/${target.repo}`;
    const token = nonEmpty(sources.env.GITHUB_TOKEN) ?? nonEmpty(sources.env.GH_TOKEN) ?? ghLogin(apiUrl, fullName, sources.env);
    return { owner: target.owner, repo: target.repo, fullName, apiUrl, token };
}
/** Without a token in the environment, the login people already have: the GitHub CLI's, for this host. */
function ghLogin(apiUrl, fullName, env) {
    const host = ghHostOf(apiUrl);
    const found = ghAuthToken(host, env);
    if (found.kind === 'token')
        return found.token;
    const ways = `set GITHUB_TOKEN or GH_TOKEN to a token that can write issues in ${fullName}, or log in with the GitHub CLI: gh auth login --hostname ${host}`;
    if (found.kind === 'missing')
        throw new errors/* UsageError */.eb(`no GitHub token: GITHUB_TOKEN and GH_TOKEN are not set and the GitHub CLI (gh) is not installed; ${ways}`);
    throw new errors/* UsageError */.eb(`no GitHub token: GITHUB_TOKEN and GH_TOKEN are not set and 'gh auth token --hostname ${host}' failed (${found.why}); ${ways}`);
}

;// CONCATENATED MODULE: ./build/cli/version.js
/** The CLI's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./build/cli/help.js




/** The shared wording of each option: its value placeholder and what it does. */
const OPTION_HELP = {
    repo: {
        value: 'OWNER/NAME',
        text: "Repository of the TaskList (default: the GitHub remote 'origin' of the current directory)",
    },
    'api-url': {
        value: 'URL',
        text: "GitHub API URL; for GitHub Enterprise Server https://HOST/api/v3 (default: $GITHUB_API_URL, else derived from the 'origin' host, else https://api.github.com)",
    },
    json: {
        text: 'Print one JSON object on stdout instead of text (errors stay on stderr: one line, or one per task a plan change refuses)',
    },
    'holder-url': {
        value: 'URL',
        text: 'Link recorded with the write, e.g. the build of your CI system (default: $TASKLIST_RUN_URL); http(s) only',
    },
    help: { text: 'Show this help' },
    version: { text: 'Print the version' },
    title: {
        value: 'TITLE',
        text: "Title of the TaskList and its issue (required, unless --plan-file gives one; then it replaces the file's)",
    },
    task: {
        value: "'NAME[: DESCRIPTION]'",
        text: 'A task, in order; repeat for each task. Names are lowercase slugs such as database-migration',
    },
    'tasks-file': {
        value: 'FILE',
        text: "File with one task a line, 'name' or 'name: description', or a YAML mapping of task name to fields as in --plan-file ('-' reads stdin); its tasks come before --task ones",
    },
    'plan-file': {
        value: 'FILE',
        text: "YAML plan with 'title' and 'tasks', each task a description or fields (description, run, needs, timeout, retries); relative to the current directory, '-' reads stdin. Not with --task or --tasks-file",
    },
    'plan-change': {
        value: 'fail|accept',
        text: 'When --key names a TaskList that exists and the plan changes a task that ran, or leaves a task out: fail (default; nothing is written) or accept the change',
    },
    key: {
        value: 'KEY',
        text: 'Idempotency key: a second create with the same key returns the existing TaskList, reconciled with its plan',
    },
    label: { value: 'LABEL', text: "Extra label for the issue (repeatable); 'tasklist' is always added" },
    lock: {
        text: "Lock the TaskList issue's conversation to people with write access, so others cannot spend its comments; with --key, also an existing TaskList that is not locked yet. Needs a person's token: GitHub lets no app comment on a locked issue",
    },
    trusted: {
        value: 'LOGIN',
        text: 'Account whose records the TaskList trusts besides yours (repeatable). Default: github-actions[bot], so workflows can run it; an explicit --trusted replaces that default',
    },
    lease: {
        value: 'DURATION',
        text: `How long the claim holds before another job may take the task over (default ${claim_limits/* LEASE */.DL.defaultText}; 90s, 15m, 1h30m)`,
    },
    'on-busy': {
        value: 'fail|skip|wait',
        text: 'When another job holds the task: fail (default), skip (exit 3), or wait for it',
    },
    'wait-timeout': {
        value: 'DURATION',
        text: `With --on-busy wait, how long to wait before failing (default ${claim_limits/* WAIT_TIMEOUT */.MN.defaultText})`,
    },
    message: { value: 'TEXT', text: 'A note recorded with the transition and shown in the issue' },
    'exit-code': { value: 'N', text: "The phase's exit code, recorded with the transition" },
    output: {
        value: 'KEY=VALUE',
        text: 'An output recorded with the task for later tasks (repeatable; at most 20 keys and 2000 characters). Stored in plain sight: never secrets',
    },
    workflow: { value: 'FILE', text: 'Workflow file under .github/workflows to dispatch, such as resume.yml (required)' },
    ref: { value: 'REF', text: 'Branch or tag to run on' },
    resume: { value: 'ID', text: 'Continue an earlier demo' },
    mermaid: { text: 'Print the timeline of the run as a Mermaid gantt chart, which GitHub draws in Markdown' },
    state: { value: 'open|closed|all', text: 'Which TaskLists: open (default), closed, or all' },
    'exit-on-failure': { text: 'Exit 1 as soon as a task FAILED, instead of watching on' },
    interval: {
        value: 'DURATION',
        text: 'How often to look at first (default 5s); it backs off to 1m while nothing changes',
    },
};
function optionRows(names, overrides = {}) {
    const rows = names.map((name) => {
        const spec = OPTIONS[name];
        const help = OPTION_HELP[name];
        const short = 'short' in spec ? `-${spec.short}, ` : '    ';
        return [`  ${short}--${name}${help.value === undefined ? '' : ` ${help.value}`}`, overrides[name] ?? help.text];
    });
    const width = Math.max(...rows.map(([flag]) => flag?.length ?? 0));
    return rows.map(([flag = '', text = '']) => flag.length > 34
        ? `${flag}\n${' '.repeat(Math.min(width, 36) + 2)}${text}`
        : `${flag.padEnd(Math.min(width, 34))}  ${text}`);
}
function globalOptionsOf(spec) {
    return [
        'repo',
        'api-url',
        ...(spec.json ? ['json'] : []),
        ...(spec.writes ? ['holder-url'] : []),
        'help',
    ];
}
const ENVIRONMENT = [
    '  GITHUB_TOKEN, GH_TOKEN  Token for GitHub (the first set is used): issues write; actions write for resume.',
    "                          Without either, the GitHub CLI's login: 'gh auth token --hostname HOST', HOST of --api-url",
    '  GITHUB_API_URL          Default for --api-url',
    '  TASKLIST_RUN_URL        Default for --holder-url: link CLI writes to a build of another CI system',
    '  NO_COLOR, FORCE_COLOR   Colour is used only on a terminal and without NO_COLOR; FORCE_COLOR=1 forces it',
    '  TASKLIST_DEBUG=1        Print debug details on stderr',
];
const EXIT_STATUS = [
    '  0  done',
    '  1  failed: GitHub refused or could not be reached, unknown task, illegal transition, task busy, plan change refused',
    '  2  usage error: bad arguments, options or configuration; nothing was sent to GitHub',
    '  3  start only: nothing to run here (the task is COMPLETE or SKIPPED, or held elsewhere with --on-busy skip)',
];
function commandUsage(spec) {
    return `tasklist ${spec.name}${spec.args === '' ? '' : ` ${spec.args}`} [options]`;
}
function commandHelp(spec) {
    const lines = [`Usage: ${commandUsage(spec)}`, '', spec.summary + '.', ...(spec.description ?? [])];
    if (spec.options.length > 0)
        lines.push('', 'Options:', ...optionRows(spec.options, spec.optionHelp));
    lines.push('', 'Common options:', ...optionRows(globalOptionsOf(spec)));
    if (spec.examples !== undefined && spec.examples.length > 0)
        lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
    lines.push('', 'Environment:', ...ENVIRONMENT, '', 'Exit status:', ...EXIT_STATUS);
    return `${lines.join('\n')}\n`;
}
function mainHelp() {
    const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.args}`.length));
    const lines = [
        `tasklist ${VERSION}: resumable multi-phase CI. A TaskList is a GitHub issue whose tasks later jobs,`,
        'workflow runs and people resume by its ID (the issue number).',
        '',
        'Usage: tasklist <command> [arguments] [options]',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${`${c.name} ${c.args}`.padEnd(width)}  ${c.summary}`),
        '',
        'Common options:',
        ...optionRows(['repo', 'api-url', 'json', 'holder-url', 'help', 'version']),
        '',
        'Environment:',
        ...ENVIRONMENT,
        '',
        'Exit status:',
        ...EXIT_STATUS,
        '',
        "Run 'tasklist <command> --help' for a command's options and examples.",
    ];
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/domain/claim.js
var domain_claim = __webpack_require__(4073);
;// CONCATENATED MODULE: ./build/cli/holder.js



function userName(env) {
    try {
        return (0,external_node_os_.userInfo)().username;
    }
    catch {
        // Containers may run under a uid with no passwd entry.
        return env.USER ?? env.USERNAME ?? 'unknown';
    }
}
/**
 * Who a CLI write is recorded for: `tasklist CLI (user@host)`, linked to a
 * build of another CI system when it passes --holder-url or TASKLIST_RUN_URL.
 */
function cliHolder(env, holderUrl) {
    const label = `tasklist CLI (${userName(env)}@${(0,external_node_os_.hostname)()})`.slice(0, 300);
    const url = holderUrl ??
        (env.TASKLIST_RUN_URL === undefined || env.TASKLIST_RUN_URL.trim() === '' ? undefined : env.TASKLIST_RUN_URL.trim());
    if (url === undefined)
        return { label };
    const source = holderUrl === undefined ? 'TASKLIST_RUN_URL' : '--holder-url';
    if (!domain_claim/* SafeUrlSchema */.uh.safeParse(url).success) {
        throw new errors/* UsageError */.eb(`${source} must be an http(s) URL without spaces, quotes or brackets, at most 500 characters (the build of your CI system); got '${url.slice(0, 80)}'`);
    }
    return { label, url };
}

;// CONCATENATED MODULE: ./build/cli/main.js








const defaultIo = () => ({
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
});
/** Refuses options that belong to other commands, and wrong numbers of arguments. */
function checkCommandLine(spec, line) {
    const allowed = new Set([...spec.options, ...globalOptionsOf(spec)]);
    const stray = line.given.find((name) => !allowed.has(name));
    if (stray !== undefined)
        throw new errors/* UsageError */.eb(`option '--${stray}' does not apply to 'tasklist ${spec.name}'; see 'tasklist ${spec.name} --help'`);
    const [min, max] = spec.arity;
    if (line.args.length > max) {
        throw new errors/* UsageError */.eb(`unexpected argument '${(line.args[max] ?? '').slice(0, 60)}' for 'tasklist ${spec.name}'; usage: ${commandUsage(spec)}`);
    }
    if (line.args.length < min) {
        const missing = spec.args.split(' ').slice(line.args.length).join(' ');
        throw new errors/* UsageError */.eb(`'tasklist ${spec.name}' needs ${missing}; usage: ${commandUsage(spec)}`);
    }
}
function unknownCommand(name) {
    return new errors/* UsageError */.eb(`unknown command '${name.slice(0, 40)}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')} (see 'tasklist --help')`);
}
/**
 * Runs one command line and returns the exit status. Every failure ends as one
 * line on stderr: `tasklist: <problem>; <what to do>`.
 */
async function main(argv, io = defaultIo()) {
    let out = new Output(io, io.env, { json: false });
    let repo;
    try {
        const line = parseCommandLine(argv);
        out = new Output(io, io.env, { json: line.values.json === true });
        if (line.command === undefined || line.command === 'help') {
            const topic = line.command === 'help' ? line.args[0] : undefined;
            if (line.values.version === true && topic === undefined) {
                io.stdout.write(`${VERSION}\n`);
                return errors/* EXIT */.dc.ok;
            }
            if (topic === undefined) {
                io.stdout.write(mainHelp());
                return errors/* EXIT */.dc.ok;
            }
            const spec = findCommand(topic);
            if (spec === undefined)
                throw unknownCommand(topic);
            io.stdout.write(commandHelp(spec));
            return errors/* EXIT */.dc.ok;
        }
        const spec = findCommand(line.command);
        if (spec === undefined)
            throw unknownCommand(line.command);
        if (line.values.help === true) {
            io.stdout.write(commandHelp(spec));
            return errors/* EXIT */.dc.ok;
        }
        checkCommandLine(spec, line);
        const run = await spec.prepare(line);
        const holderUrl = line.values['holder-url'];
        // Only commands that write records link a build, so a bad TASKLIST_RUN_URL cannot stop a `show`.
        const holder = spec.writes
            ? cliHolder(io.env, holderUrl)
            : cliHolder({ ...io.env, TASKLIST_RUN_URL: undefined }, undefined);
        const config = resolveConfig({ repo: line.values.repo, apiUrl: line.values['api-url'], env: io.env, cwd: io.cwd });
        repo = config.fullName;
        // Octokit is loaded only once the command line is known to be good.
        const [{ buildOctokit }, { cliContext }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(575)]).then(__webpack_require__.bind(__webpack_require__, 3575)),
            __webpack_require__.e(/* import() */ 635).then(__webpack_require__.bind(__webpack_require__, 1635)),
        ]);
        const log = out.logger();
        const octokit = buildOctokit({
            token: config.token,
            baseUrl: config.apiUrl,
            userAgent: `tasklist-cli/${VERSION}`,
            log,
        });
        return await run(cliContext({ config, octokit, out, log, holder, holderUrl, env: io.env }));
    }
    catch (error) {
        if (error instanceof Error && error.stack !== undefined)
            out.debug(error.stack);
        out.error((0,errors/* errorLine */.BP)(error, 'the TaskList', repo));
        return (0,errors/* exitCodeOf */.FO)(error);
    }
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

/***/ 3369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ BodyTooLargeError),
/* harmony export */   OG: () => (/* binding */ parseBody),
/* harmony export */   lc: () => (/* binding */ renderBody),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* unused harmony exports BEGIN_MARKER, END_MARKER, CHART_BUDGET, checklistLine, parseChecklist */
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

/***/ 3266:
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

/***/ 7922:
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

/***/ 4073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ HolderSchema),
/* harmony export */   Gq: () => (/* binding */ ClaimSchema),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   uh: () => (/* binding */ SafeUrlSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3798);

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

/***/ 6602:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3798);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7419);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4073);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);




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

/***/ 4953:
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

/***/ 7954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   Me: () => (/* binding */ leaseExpiry),
/* harmony export */   NV: () => (/* binding */ currentSegment),
/* harmony export */   QF: () => (/* binding */ trustedAuthors),
/* harmony export */   _B: () => (/* binding */ isLaterAttempt),
/* harmony export */   kq: () => (/* binding */ DEFINITIONS_MISMATCH)
/* harmony export */ });
/* harmony import */ var _attempts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2667);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8552);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4612);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4073);
/* harmony import */ var _claim_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7922);
/* harmony import */ var _continuation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6602);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5625);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9746);









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
        const decoded = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRecord */ .eT)(comment.body);
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
            const marker = (0,_continuation_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeMarker */ .rH)(comment.body);
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
        const index = (0,_task_spec_js__WEBPACK_IMPORTED_MODULE_8__/* .taskIndex */ .oN)(record.task);
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
        snapshot: (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_6__/* .withTasks */ .v1)({ ...base, cursor, defs, ...(segments.length === 0 ? {} : { segments }) }, tasks),
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
    if ((0,_snapshot_js__WEBPACK_IMPORTED_MODULE_6__/* .definitionsDigest */ .vf)(definitions) !== record.next)
        return 'names a definitions digest its changes do not give';
    if ((0,_needs_js__WEBPACK_IMPORTED_MODULE_1__/* .needsProblem */ .TD)(definitions) !== undefined)
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
    if (record.to !== (0,_status_js__WEBPACK_IMPORTED_MODULE_7__/* .targetOf */ .$r)(record.op) || !(0,_status_js__WEBPACK_IMPORTED_MODULE_7__/* .isLegal */ .cQ)(record.op, record.from, record.authority)) {
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
    const history = (0,_attempts_js__WEBPACK_IMPORTED_MODULE_0__/* .historyAfter */ .t)(before, record.op, comment.createdAt);
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
                    lease: record.lease ?? before.claim?.lease ?? _claim_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .LEASE */ .DL.defaultSec,
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

/***/ 5131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ ganttChart),
/* harmony export */   ZK: () => (/* binding */ renderGantt),
/* harmony export */   tW: () => (/* binding */ mermaidBlock)
/* harmony export */ });
/* unused harmony export chartText */
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3798);

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

/***/ 2388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;


/***/ }),

/***/ 8552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ checkNeeds),
/* harmony export */   TD: () => (/* binding */ needsProblem),
/* harmony export */   uO: () => (/* binding */ NeedsError)
/* harmony export */ });
/* unused harmony export describeNeedsProblem */
/* harmony import */ var _plan_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8266);

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
    const needsOf = new Map(specs.map((spec) => [spec.name, (0,_plan_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .runFieldsOf */ .Oz)(spec).needs]));
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


/***/ }),

/***/ 8266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oz: () => (/* binding */ runFieldsOf),
/* harmony export */   Y9: () => (/* binding */ PlanTaskSchema),
/* harmony export */   _z: () => (/* binding */ PLAN_FIELDS),
/* harmony export */   rI: () => (/* binding */ specOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3798);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8532);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7419);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9746);




/** The fields a task's definition may have besides its name, in the order errors and logs list them. */
const PLAN_FIELDS = ['description', 'run', 'needs', 'timeout', 'retries'];
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

/***/ 7419:
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

/***/ 4612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ newRecordId),
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord),
/* harmony export */   lw: () => (/* binding */ encodePlanRecord)
/* harmony export */ });
/* unused harmony exports RECORD_MARKER, RecordSchema, PlanRecordSchema */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3798);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7428);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3266);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4073);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9746);







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
    return `${RECORD_MARKER}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inertJson */ .nl)({ ...record, sum: sealOf(record) })} -->`;
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
    // Release 0.1 never continued a record, so a legacy seal cannot vouch for continuations.
    if (content.seg !== undefined)
        return false;
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3798);
/* harmony import */ var _claim_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4073);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2388);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1381);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7419);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9746);







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

/***/ 5625:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3266);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2388);
/* harmony import */ var _snapshot_legacy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6437);
/* harmony import */ var _snapshot_wire_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4371);





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

/***/ 9746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ taskId),
/* harmony export */   G6: () => (/* binding */ MAX_TASKS),
/* harmony export */   J9: () => (/* binding */ parseTaskSpecs),
/* harmony export */   nq: () => (/* binding */ TaskSpecError),
/* harmony export */   o1: () => (/* binding */ MAX_DESCRIPTION),
/* harmony export */   oN: () => (/* binding */ taskIndex),
/* harmony export */   tX: () => (/* binding */ MAX_TASK_NAME),
/* harmony export */   zA: () => (/* binding */ TASK_NAME_PATTERN)
/* harmony export */ });
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

/***/ 3703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ RecordEditedError),
/* harmony export */   Cn: () => (/* binding */ NotATaskListError),
/* harmony export */   F_: () => (/* binding */ ReadError),
/* harmony export */   Ll: () => (/* binding */ UnmetNeedsError),
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
/* harmony export */   wW: () => (/* binding */ TaskListError),
/* harmony export */   yO: () => (/* binding */ PlanChangeRefusedError)
/* harmony export */ });
/* unused harmony export ResumeStoppedError */
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);

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

/***/ 9347:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3703);

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


/***/ })

};
