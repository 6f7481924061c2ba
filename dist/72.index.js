export const id = 72;
export const ids = [72];
export const modules = {

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

/***/ 4073:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ HolderSchema),
/* harmony export */   Gq: () => (/* binding */ ClaimSchema),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   uh: () => (/* binding */ SafeUrlSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4377);
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
/* harmony export */   rH: () => (/* binding */ decodeMarker),
/* harmony export */   zG: () => (/* binding */ continuationOf)
/* harmony export */ });
/* unused harmony exports MARKER_PREFIX, ContinueMarkerSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(0);
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(0);
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(0);
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


/***/ })

};
