export const id = 293;
export const ids = [293];
export const modules = {

/***/ 8008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   gr: () => (/* binding */ ACTION_ADVICE)
/* harmony export */ });
/* unused harmony export describeForAction */
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4953);
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3703);
/* harmony import */ var _storage_github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9347);



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

/***/ 1755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ workflowHolder),
/* harmony export */   g: () => (/* binding */ readRunnerContext)
/* harmony export */ });
/* harmony import */ var _storage_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3703);

function readRunnerContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, extra] = repository.split('/');
    if (owner === undefined || owner === '' || repo === undefined || repo === '' || extra !== undefined) {
        throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`GITHUB_REPOSITORY is '${repository}', not owner/name; run the action in a GitHub Actions job, which sets it`);
    }
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    const cap = nonEmpty(env.TASKLIST_COMMENT_CAP);
    if (cap !== undefined && !/^[1-9]\d{1,5}$/.test(cap))
        throw new _storage_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`TASKLIST_COMMENT_CAP is '${cap}', not a number of comments from 10 up; unset it to use GitHub's 2,500`);
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


/***/ }),

/***/ 1721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export getState */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    // A random delimiter, so no value can end the entry early and inject another.
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, { encoding: 'utf8' });
    return true;
}
/** An input of the step: '' when not set, surrounding whitespace trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function setOutput(name, value) {
    if (appendKeyValue('OUTPUT', name, value))
        return;
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
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
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(path, markdown + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL, { encoding: 'utf8' });
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

/***/ 7579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k1: () => (/* binding */ parseOutputLines),
/* harmony export */   nH: () => (/* binding */ OutputsError)
/* harmony export */ });
/* unused harmony exports OUTPUT_KEY_PATTERN, MAX_OUTPUT_KEY, MAX_OUTPUT_KEYS, MAX_OUTPUT_CHARS, parseOutputPairs, checkOutputs */
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

/***/ 7293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(1721);
// EXTERNAL MODULE: ./build/action/error-line.js
var error_line = __webpack_require__(8008);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./build/domain/claim-limits.js
var claim_limits = __webpack_require__(7922);
// EXTERNAL MODULE: ./build/domain/duration.js
var duration = __webpack_require__(4953);
// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(9746);
// EXTERNAL MODULE: ./build/domain/plan-limits.js
var plan_limits = __webpack_require__(7419);
// EXTERNAL MODULE: ./build/domain/task-outputs.js
var task_outputs = __webpack_require__(7579);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
// EXTERNAL MODULE: ./build/storage/repository.js + 1 modules
var repository = __webpack_require__(5320);
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
const inputs_text = schemas/* optional */.lqM(schemas/* string */.YjP());
const list = schemas/* pipe */.FsL(schemas/* optional */.lqM(schemas/* string */.YjP()), schemas/* transform */.pdi((value) => (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')));
function inputs_duration({ defaultText, maxSec }) {
    return schemas/* pipe */.FsL(schemas/* _default */.Rvf(schemas/* string */.YjP(), defaultText), schemas/* transform */.pdi((value, ctx) => {
        const seconds = (0,duration/* parseDuration */.E)(value);
        if (seconds === undefined || seconds <= 0 || seconds > maxSec) {
            ctx.issues.push({
                code: 'custom',
                input: value,
                message: `'${value}' is not a duration up to ${maxSec / 3600}h; write it as 90s, 15m, 6h or 1h30m`,
            });
            return core/* NEVER */.tm;
        }
        return seconds;
    }));
}
const fields = {
    command: schemas/* enum */.k5n(COMMANDS, {
        error: (issue) => issue.input === undefined
            ? 'is required'
            : `'${typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input)}' is not a command; use one of ${COMMANDS.join(', ')}`,
    }),
    token: schemas/* string */.YjP({ error: 'is empty; pass a token, for example ${{ github.token }}' }),
    'tasklist-id': schemas/* optional */.lqM(schemas/* pipe */.FsL(schemas/* string */.YjP().check(api/* _regex */.Fk(/^\s*#?[1-9]\d{0,9}\s*$/, {
        error: 'must be an issue number such as 42 (the TaskList ID that command: create printed)',
    })), schemas/* transform */.pdi((value) => Number(value.trim().replace('#', ''))))),
    title: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _maxLength */.Eb(plan_limits/* MAX_TITLE */.Og, {
        error: `is longer than GitHub allows for an issue title (${plan_limits/* MAX_TITLE */.Og} characters)`,
    }))),
    tasks: inputs_text,
    'plan-file': inputs_text,
    'plan-change': schemas/* _default */.Rvf(schemas/* enum */.k5n(PLAN_CHANGE, { error: 'must be fail or accept' }), DEFAULT_PLAN_CHANGE),
    key: schemas/* optional */.lqM(schemas/* string */.YjP().check(api/* _maxLength */.Eb(plan_limits/* MAX_KEY */.tu, { error: `is longer than ${plan_limits/* MAX_KEY */.tu} characters` }))),
    labels: schemas/* pipe */.FsL(list, schemas/* array */.YOg(schemas/* string */.YjP().check(api/* _maxLength */.Eb(50, { error: 'has a label longer than GitHub allows (50 characters)' })))),
    lock: schemas/* pipe */.FsL(schemas/* _default */.Rvf(schemas/* enum */.k5n(['true', 'false'], { error: 'must be true or false' }), INPUT_DEFAULTS.lock), schemas/* transform */.pdi((value) => value === 'true')),
    task: inputs_text,
    run: inputs_text,
    timeout: schemas/* optional */.lqM(schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((value, ctx) => {
        const seconds = (0,duration/* parseDuration */.E)(value);
        if (seconds === undefined || seconds <= 0 || seconds > plan_limits/* MAX_TIMEOUT_SEC */.Jh) {
            ctx.issues.push({
                code: 'custom',
                input: value,
                message: `'${value}' is not a duration up to 5d; write it as 90s, 15m or 1h30m`,
            });
            return core/* NEVER */.tm;
        }
        return seconds;
    }))),
    retries: schemas/* optional */.lqM(schemas/* pipe */.FsL(schemas/* string */.YjP().check(api/* _regex */.Fk(/^\s*(?:\d|10)\s*$/, { error: 'must be a whole number from 0 to 10' })), schemas/* transform */.pdi((value) => Number(value.trim())))),
    message: inputs_text,
    outputs: inputs_text,
    'on-busy': schemas/* _default */.Rvf(schemas/* enum */.k5n(claim_limits/* ON_BUSY */.E$, { error: `must be ${claim_limits/* ON_BUSY */.E$.slice(0, -1).join(', ')} or ${claim_limits/* ON_BUSY */.E$.at(-1) ?? ''}` }), DEFAULT_ON_BUSY),
    'wait-timeout': inputs_duration(claim_limits/* WAIT_TIMEOUT */.MN),
    lease: inputs_duration(claim_limits/* LEASE */.DL),
    'trusted-authors': list,
    permission: schemas/* _default */.Rvf(schemas/* enum */.k5n(repository/* PERMISSIONS */.Jj, { error: `must be one of ${repository/* PERMISSIONS */.Jj.join(', ')}` }), DEFAULT_PERMISSION),
    'resume-workflow': inputs_text,
    ref: inputs_text,
    repository: schemas/* optional */.lqM(schemas/* pipe */.FsL(schemas/* string */.YjP(), schemas/* transform */.pdi((value, ctx) => {
        const trimmed = value.trim();
        const [, name] = trimmed.split('/');
        if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(trimmed) || name === '.' || name === '..') {
            ctx.issues.push({
                code: 'custom',
                input: value,
                message: `'${trimmed.slice(0, 100)}' is not owner/name; name the repository that holds the TaskList, such as octo-org/ops`,
            });
            return core/* NEVER */.tm;
        }
        return trimmed;
    }))),
    'close-on-complete': schemas/* pipe */.FsL(schemas/* _default */.Rvf(schemas/* string */.YjP(), INPUT_DEFAULTS['close-on-complete']), schemas/* transform */.pdi((value, ctx) => {
        // The spellings the runner's own boolean inputs accept.
        if (['true', 'True', 'TRUE'].includes(value.trim()))
            return true;
        if (['false', 'False', 'FALSE'].includes(value.trim()))
            return false;
        ctx.issues.push({ code: 'custom', input: value, message: `'${value.slice(0, 40)}' is not true or false` });
        return core/* NEVER */.tm;
    })),
};
/** Every input action.yml declares, in the schema's order; the README table and a test keep these in step. */
const INPUT_NAMES = Object.keys(fields);
const schema = schemas/* object */.Ikc(fields);
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
        return (0,task_outputs/* parseOutputLines */.k1)(text);
    }
    catch (error) {
        if (error instanceof task_outputs/* OutputsError */.nH)
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

// EXTERNAL MODULE: ./build/action/runner-context.js
var runner_context = __webpack_require__(1755);
;// CONCATENATED MODULE: ./build/main.js




async function run() {
    let repository;
    try {
        const inputs = parseInputs((name) => workflow_commands/* getInput */.V4(name));
        repository = inputs.repository;
        workflow_commands/* setSecret */.Pq(inputs.token);
        const runner = (0,runner_context/* readRunnerContext */.g)(process.env);
        // Octokit is loaded only once the inputs are known to be good.
        const { connect, actionLogger } = await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(167), __webpack_require__.e(72), __webpack_require__.e(136), __webpack_require__.e(875)]).then(__webpack_require__.bind(__webpack_require__, 2875));
        const { dispatch } = await __webpack_require__.e(/* import() */ 565).then(__webpack_require__.bind(__webpack_require__, 9565));
        const { store, repo, workflowRepo } = connect(inputs, runner);
        await dispatch({ inputs, runner, store, repo, workflowRepo, log: actionLogger });
    }
    catch (error) {
        if (error instanceof Error && error.stack !== undefined)
            workflow_commands/* debug */.Yz(error.stack);
        workflow_commands/* setFailed */.C1((0,error_line/* errorLine */.BP)(error, repository));
    }
}


/***/ }),

/***/ 3703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ RecordEditedError),
/* harmony export */   Cn: () => (/* binding */ NotATaskListError),
/* harmony export */   F_: () => (/* binding */ ReadError),
/* harmony export */   Fj: () => (/* binding */ ResumeStoppedError),
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


/***/ }),

/***/ 5320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jj: () => (/* reexport */ PERMISSIONS),
  hf: () => (/* reexport */ hasRole),
  Yq: () => (/* binding */ octokitRepository)
});

// UNUSED EXPORTS: Repository

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
