export const id = 136;
export const ids = [136];
export const modules = {

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

/***/ 3136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xx: () => (/* reexport */ TASKLIST_LABEL),
  Te: () => (/* binding */ octokitStore)
});

// UNUSED EXPORTS: TaskListStore

// EXTERNAL MODULE: ./build/domain/continuation.js
var continuation = __webpack_require__(6602);
// EXTERNAL MODULE: ./build/domain/record.js
var domain_record = __webpack_require__(4612);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
// EXTERNAL MODULE: ./build/storage/github-errors.js
var github_errors = __webpack_require__(9347);
;// CONCATENATED MODULE: ./build/storage/posting.js

/**
 * Posts a comment that carries a record id. A response lost after GitHub applied the write is
 * settled by looking for the id; posting again is safe because the fold counts a record id once.
 * `full`: GitHub's comment cap refused it. When three tries do not settle it, the write fault names
 * what may or may not be on GitHub.
 */
async function postIdempotent(port, comment, onUncertain = () => undefined) {
    let lastError;
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            return await port.createComment(comment.segment, comment.body);
        }
        catch (error) {
            if ((0,github_errors/* isCommentCapRefusal */._R)(error))
                return 'full';
            if ((0,github_errors/* isDefiniteRefusal */.xZ)(error))
                throw (0,github_errors/* writeFault */.ii)({ what: `a comment on issue #${comment.segment}`, cause: error });
            lastError = error;
            onUncertain(error);
            try {
                const listed = await port.listComments(comment.segment, comment.since);
                const landed = listed.value?.find((c) => c.body.includes(`"rec":"${comment.rec}"`));
                if (landed !== undefined)
                    return landed;
            }
            catch (readError) {
                lastError = readError;
            }
        }
    }
    throw (0,github_errors/* writeFault */.ii)({ what: `issue #${comment.segment}`, cause: lastError, ...comment.unsettled });
}

// EXTERNAL MODULE: ./build/domain/body.js
var domain_body = __webpack_require__(3369);
// EXTERNAL MODULE: ./build/domain/fold.js
var fold = __webpack_require__(7954);
// EXTERNAL MODULE: ./build/domain/snapshot-legacy.js
var snapshot_legacy = __webpack_require__(6437);
// EXTERNAL MODULE: ./build/domain/snapshot.js
var domain_snapshot = __webpack_require__(5625);
;// CONCATENATED MODULE: ./build/storage/reading.js







/** The label that makes an issue a TaskList; only people with push access can set it. */
const TASKLIST_LABEL = 'tasklist';
/**
 * A tail of a full page or more means the body lags far behind. Later reads in
 * this process start from our own fold instead, so they do not fetch the same
 * pages again. (Short tails keep their start, so re-reads stay conditional.)
 */
const LONG_TAIL = 100;
function logComment(comment) {
    return {
        id: comment.id,
        createdAt: comment.createdAt,
        login: comment.login,
        body: comment.body,
        ...(comment.updatedAt === undefined ? {} : { updatedAt: comment.updatedAt }),
    };
}
/** The issue whose comments hold the view's newest records: the TaskList's own, or its last continuation. */
function segmentOf(view) {
    return (0,fold/* currentSegment */.NV)(view.base, view.issue.number);
}
/** A record someone edited that the fold met: no step may act on what it says. See docs/storage.md. */
function assertUnedited(tasklist, events) {
    const edited = events.find((e) => e.kind === 'edited');
    if (edited?.kind === 'edited')
        throw new errors/* RecordEditedError */.$t(tasklist, edited.comment.id, edited.record?.name);
}
/** Continuations followed in one read at most: 50 segments hold 100,000 comments, far past any real TaskList. */
const MAX_HOPS = 50;
/** Reading a TaskList and folding its record; the other parts of the store fold through it too. */
class Reader {
    warned = new Set();
    port;
    log;
    extraTrusted;
    constructor(port, log, extraTrusted) {
        this.port = port;
        this.log = log;
        this.extraTrusted = extraTrusted;
    }
    /** One read: the issue and its snapshot. The tail is read by `refresh` or by a submission. */
    async readSnapshot(issueNumber) {
        const issue = (await this.read(() => this.port.getIssue(issueNumber), `issue #${issueNumber}`)).value;
        if (issue === undefined)
            throw new errors/* StateValidationError */.NY(`GitHub answered 304 for issue #${issueNumber} without a cached copy; re-run the step`);
        return this.viewOf(issue);
    }
    /** Builds a view from an issue already read, e.g. one found by its key label. */
    async viewOf(issue) {
        // A TaskList is an issue a trusted account made one: not a pull request, and labelled by someone
        // with push access (GitHub drops labels others set). A look-alike is never written to.
        if (issue.pullRequest === true)
            throw new errors/* NotATaskListError */.Cn(issue.number, 'pull-request');
        const parsed = (0,domain_body/* parseBody */.OG)(issue.body);
        if (parsed.kind === 'not-tasklist')
            throw new errors/* NotATaskListError */.Cn(issue.number, 'no-block');
        if (!issue.labels.some((label) => label.toLowerCase() === TASKLIST_LABEL))
            throw new errors/* NotATaskListError */.Cn(issue.number, 'no-label');
        if (parsed.kind === 'invalid') {
            throw new errors/* StateValidationError */.NY(`TaskList #${issue.number}: ${parsed.error}; restore the block from the issue's edit history, or create a new TaskList`);
        }
        const snapshot = parsed.snapshot;
        const trusted = this.trustedOf(issue.author, snapshot.trusted);
        if ((0,domain_snapshot/* isSealed */.dy)(snapshot)) {
            return {
                issue,
                parts: parsed.parts,
                base: snapshot,
                state: snapshot,
                tailRead: false,
                since: snapshot.cursor?.at,
                tailEtag: undefined,
                trusted,
                bodyBehind: false,
                stateBlockEdited: false,
            };
        }
        return this.rebuild(issue, parsed.parts, snapshot);
    }
    trustedOf(author, listed) {
        return (0,fold/* trustedAuthors */.QF)(author, listed, this.extraTrusted);
    }
    /**
     * The state block was edited by hand: its statuses count for nothing. Replay
     * the whole record from an all-PENDING genesis instead, trusting only the
     * issue's author and the trusted-authors input (the block's list is suspect).
     */
    async rebuild(issue, parts, edited) {
        this.log.warning(`TaskList #${issue.number}: the state block was edited by hand and does not match what the action wrote; ignoring its statuses and rebuilding them from the comment record`);
        const genesis = (0,domain_snapshot/* genesisSnapshot */.R4)({
            title: edited.title,
            ...(edited.key === undefined ? {} : { key: edited.key }),
            trusted: [],
            tasks: (0,domain_snapshot/* specsOf */.Qw)(edited),
            now: edited.created,
        });
        const trusted = (0,fold/* trustedAuthors */.QF)(issue.author, this.extraTrusted);
        const cache = new Map();
        let result = await this.replay(issue.number, genesis, trusted, cache);
        const mismatched = (events) => events.find((e) => e.kind === 'rejected' && e.reason === fold/* DEFINITIONS_MISMATCH */.kq);
        if (mismatched(result.events) !== undefined) {
            // A TaskList written by release 0.1 carries its definitions digest in the old form.
            const { digest: _digest, ...content } = genesis;
            const legacy = (0,domain_snapshot/* sealSnapshot */.C4)({ ...content, defs: (0,snapshot_legacy/* legacyDefinitionsDigest */.e)((0,domain_snapshot/* specsOf */.Qw)(edited)) });
            const replayed = await this.replay(issue.number, legacy, trusted, cache);
            if (mismatched(replayed.events) === undefined)
                result = replayed;
        }
        const foreignDefs = mismatched(result.events);
        if (foreignDefs !== undefined) {
            // The record holds the changed definitions, not the ones the TaskList was created with, so
            // there is no genesis to replay from: only the sealed block the plan change left can be trusted.
            if (result.events.some((e) => e.kind === 'plan-rejected' && e.reason === fold/* DEFINITIONS_MISMATCH */.kq))
                throw new errors/* StateValidationError */.NY(`TaskList #${issue.number}: the state block was edited by hand after its plan changed, and the record cannot be replayed without the block the change left; restore the block from the issue's edit history`);
            throw new errors/* StateValidationError */.NY(`TaskList #${issue.number}: the task definitions in the state block were edited by hand and no longer match the record; restore the block from the issue's edit history`);
        }
        assertUnedited(issue.number, result.events);
        // The block's statuses count for nothing, but its versions are evidence: a version the record no
        // longer reaches means records the block had folded were deleted, and the truth cannot be known.
        const lost = [];
        for (const [i, task] of edited.tasks.entries()) {
            const rebuilt = result.snapshot.tasks[i];
            if (rebuilt === undefined || task.state.version <= rebuilt.state.version)
                continue;
            if (task.state.status === rebuilt.state.status)
                continue;
            lost.push({
                task: task.definition.name,
                blockVersion: task.state.version,
                recordVersion: rebuilt.state.version,
            });
        }
        if (lost.length > 0)
            throw new errors/* RecordsLostError */.Nx(issue.number, lost);
        this.reportForeign(result.events);
        // Later folds start from the rebuilt state, in the segment it reached.
        return {
            issue,
            parts,
            base: result.snapshot,
            state: result.snapshot,
            tailRead: true,
            since: result.snapshot.cursor?.at,
            tailEtag: undefined,
            trusted,
            bodyBehind: true,
            stateBlockEdited: true,
        };
    }
    /**
     * Replays the whole chain from a genesis: each segment's comments, then the next segment's once a
     * marker ended it. Continuations are read as the fold finds them, one read each, and kept in `cache`.
     */
    async replay(tasklist, genesis, trusted, cache) {
        let snapshot = genesis;
        const events = [];
        for (let hop = 0; hop <= MAX_HOPS; hop++) {
            const segment = (0,fold/* currentSegment */.NV)(snapshot, tasklist);
            let comments = cache.get(segment);
            if (comments === undefined) {
                const listed = await this.read(() => this.port.listComments(segment, undefined), `the comments of issue #${segment}`);
                comments = (listed.value ?? []).map(logComment);
                cache.set(segment, comments);
            }
            const result = (0,fold/* fold */.AU)(snapshot, comments, trusted);
            events.push(...result.events);
            snapshot = result.snapshot;
            if ((0,fold/* currentSegment */.NV)(snapshot, tasklist) === segment)
                break;
        }
        return { snapshot, events };
    }
    /** Reads the records newer than the snapshot and folds them in. */
    async refresh(view) {
        let current = view;
        for (let hop = 0; hop <= MAX_HOPS; hop++) {
            const segment = segmentOf(current);
            const listed = await this.read(() => this.port.listComments(segment, current.since, current.tailRead ? current.tailEtag : undefined), `the comments of issue #${segment}`);
            if (listed.value === undefined)
                return current;
            current = this.foldTail(current, listed.value, listed.etag).view;
            // The tail ended at a marker: read on in the continuation it names.
            if (segmentOf(current) === segment)
                return current;
        }
        return current;
    }
    /** Folds a tail read onto the view's base, reporting foreign comments once. */
    foldTail(view, comments, etag) {
        const result = (0,fold/* fold */.AU)(view.base, comments.map(logComment), view.trusted);
        assertUnedited(view.issue.number, result.events);
        this.reportForeign(result.events);
        const bodyBehind = view.bodyBehind || result.events.some((e) => e.kind === 'applied' || e.kind === 'planned');
        const folded = { ...view, state: result.snapshot, tailRead: true, tailEtag: etag, bodyBehind };
        // A marker ended the segment: every later read and fold of this view is in the continuation.
        if (hasMoved(folded))
            return { view: nextSegment(folded), events: result.events };
        return { view: rebaseIfLong(folded, comments.length), events: result.events };
    }
    reportForeign(events) {
        for (const event of events) {
            if (event.kind !== 'untrusted' && event.kind !== 'malformed')
                continue;
            if (this.warned.has(event.comment.id))
                continue;
            this.warned.add(event.comment.id);
            if (event.kind === 'untrusted') {
                this.log.warning(`Ignored comment ${event.comment.id} by @${event.comment.login}: it looks like a TaskList record, but records are trusted only from the issue's author and the accounts this TaskList trusts`);
            }
            else {
                this.log.warning(`Ignored comment ${event.comment.id} by @${event.comment.login}: ${event.error}`);
            }
        }
    }
    /** A read whose failure is a ReadError naming `what`. */
    async read(call, what) {
        try {
            return await call();
        }
        catch (error) {
            throw (0,github_errors/* readFault */.Xs)({ what, cause: error });
        }
    }
}
/** The state has folded a marker the base has not: the view's tail is in a later segment now. */
function hasMoved(view) {
    return (0,fold/* currentSegment */.NV)(view.state, view.issue.number) !== segmentOf(view);
}
/**
 * Moves the view on to the segment its state reached: later folds start from the marker that ended
 * the previous one, and read the next segment from its start.
 */
function nextSegment(view) {
    return { ...view, base: view.state, since: undefined, tailEtag: undefined, tailRead: false, bodyBehind: true };
}
function rebaseIfLong(view, tailLength) {
    if (tailLength < LONG_TAIL || view.state.cursor === null)
        return view;
    return { ...view, base: view.state, since: view.state.cursor.at, tailEtag: undefined, bodyFarBehind: true };
}

;// CONCATENATED MODULE: ./build/storage/continuing.js






const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Continuing the record in a new issue before GitHub's comment cap stops it. The first trusted
 * continue marker in a segment ends it for every reader; see docs/storage.md for why every
 * guarantee holds across the continuation, and two writers may continue at once.
 */
class Continuer {
    port;
    log;
    reader;
    settleMs;
    cap;
    advice;
    constructor(port, log, reader, options) {
        this.port = port;
        this.log = log;
        this.reader = reader;
        this.settleMs = options.settleMs;
        this.cap = options.cap;
        this.advice = options.advice;
    }
    /** The view to write in: the same one while its segment has room, else one in a new continuation. */
    async makeRoom(view, holder) {
        if (this.countOf(view) < (0,continuation/* continueThreshold */.N9)(this.cap))
            return view;
        // A writer that wrote straight from the snapshot reads the tail first: the record may have continued.
        const fresh = view.tailRead ? view : await this.reader.refresh(view);
        if (this.countOf(fresh) < (0,continuation/* continueThreshold */.N9)(this.cap))
            return fresh;
        return this.continueRecord(fresh, holder);
    }
    /**
     * Comments in the view's segment as far as it knows: GitHub's count for the TaskList's issue,
     * the fold's for a continuation. Deleted comments make it high, never low.
     */
    countOf(view) {
        const segment = segmentOf(view);
        if (segment === view.issue.number)
            return view.issue.comments ?? 0;
        return view.state.segments?.at(-1)?.used ?? 0;
    }
    /**
     * Opens a continuation issue, posts the marker that names it in the current segment, and reads
     * the segment back: the first trusted marker wins, and a writer that lost closes its own issue.
     * Returns a view whose next write goes to the winning continuation.
     */
    async continueRecord(view, holder) {
        const tasklist = view.issue.number;
        const from = segmentOf(view);
        const exact = from === tasklist ? (view.issue.comments ?? 0) : await this.exactCount(from);
        // A marker needs room too: a segment that is full already stops here, before anything is written.
        if (exact >= this.cap)
            throw new errors/* CommentCapError */.cD(tasklist, from, this.cap);
        const part = (view.state.segments?.length ?? 0) + 2;
        let created;
        try {
            created = await this.port.createIssue({
                title: (0,continuation/* continuationTitle */.S)(view.state.title, part),
                body: (0,continuation/* renderContinuationBody */.SL)({ tasklist, previous: from, title: view.state.title }),
                labels: [continuation/* CONTINUATION_LABEL */.JV],
            });
        }
        catch (error) {
            throw (0,github_errors/* writeFault */.ii)({ what: `the repository, opening a continuation of TaskList #${tasklist}`, cause: error });
        }
        if (view.issue.locked === true) {
            try {
                await this.port.lockIssue(created.number);
            }
            catch (error) {
                this.log.warning(`TaskList #${tasklist}: could not lock its continuation #${created.number} (${(0,github_errors/* describeGitHubError */.dZ)(error, `issue #${created.number}`, this.advice)}); people without write access can comment there`);
            }
        }
        const marker = { tasklist: 1, rec: (0,domain_record/* newRecordId */.Ld)(), next: created.number, holder };
        const posted = await this.postMarker(view, from, marker);
        if (posted === 'full') {
            // People filled the segment between our read and the marker: follow another writer's marker, if any.
            const reread = await this.reader.refresh(view);
            const moved = segmentOf(reread) !== from;
            await this.closeUnused(tasklist, created.number, moved ? segmentOf(reread) : undefined);
            if (moved)
                return reread;
            throw new errors/* CommentCapError */.cD(tasklist, from, this.cap);
        }
        for (let attempt = 0; attempt < 4; attempt++) {
            let listed;
            try {
                listed = await this.port.listComments(from, view.since);
            }
            catch (error) {
                throw (0,github_errors/* writeFault */.ii)({
                    what: `issue #${from}`,
                    cause: error,
                    before: `TaskList #${tasklist}: the marker that continues its record in #${created.number} was written, but reading it back failed (`,
                    after: '); re-run the step, the record continues where the first marker says',
                });
            }
            const folded = this.reader.foldTail(view, listed.value ?? [], listed.etag);
            const won = folded.events.find((e) => e.kind === 'continued');
            if (won?.kind === 'continued') {
                if (won.marker.rec !== marker.rec)
                    await this.closeUnused(tasklist, created.number, won.marker.next);
                else
                    this.log.info(`TaskList #${tasklist}: the record continues in #${created.number}`);
                return folded.view;
            }
            await sleep(this.settleMs * (attempt + 1));
        }
        throw new errors/* WriteError */.QM(`TaskList #${tasklist}: the marker that continues its record in #${created.number} was posted but GitHub does not list it; re-run the step`);
    }
    async exactCount(issue) {
        const fetched = await this.reader.read(() => this.port.getIssue(issue), `issue #${issue}`);
        return fetched.value?.comments ?? 0;
    }
    /** Posts the marker; a lost answer is settled by its id (storage/posting). `full`: GitHub's cap refused it. */
    async postMarker(view, segment, marker) {
        return postIdempotent(this.port, {
            segment,
            body: (0,continuation/* renderMarkerComment */.k9)(marker, this.cap),
            rec: marker.rec,
            since: view.since,
            unsettled: {
                before: `TaskList #${view.issue.number}: could not continue its record in #${marker.next}: `,
                after: '; re-run the step',
            },
        });
    }
    /** Closes a continuation that lost the race (or was never named), pointing to the one in use. */
    async closeUnused(tasklist, issue, winner) {
        try {
            await this.port.updateIssue(issue, {
                body: winner === undefined
                    ? `Not used: the record of TaskList #${tasklist} could not continue here.`
                    : (0,continuation/* unusedContinuationBody */.UL)({ tasklist, winner }),
                state: 'closed',
                stateReason: 'not_planned',
            });
        }
        catch (error) {
            this.log.warning(`TaskList #${tasklist}: could not close #${issue}, an unused continuation (${(0,github_errors/* describeGitHubError */.dZ)(error, `issue #${issue}`, this.advice)}); nothing reads it, close it by hand`);
        }
    }
}

// EXTERNAL MODULE: ./build/domain/comment.js
var domain_comment = __webpack_require__(8028);
;// CONCATENATED MODULE: ./build/storage/appending.js







/** The accounts a TaskList trusts, its author first, for an error that names them. */
function trustedList(view) {
    const author = view.issue.author;
    return [author, ...[...view.trusted].filter((t) => t !== author.toLowerCase()).sort()];
}
const appending_sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Appending one record and reading it back to learn whether it won. */
class Appender {
    port;
    log;
    reader;
    settleMs;
    advice;
    continuer;
    whoami;
    constructor(port, log, reader, settleMs, advice, continuer, whoami) {
        this.port = port;
        this.log = log;
        this.reader = reader;
        this.settleMs = settleMs;
        this.advice = advice;
        this.continuer = continuer;
        this.whoami = whoami;
    }
    /**
     * Appends one record and reads the record back to learn whether it won: the
     * fold is the only judge, so a step reports exactly what GitHub holds.
     */
    async submit(view, draft, extras = {}) {
        const { rec, ...fields } = draft;
        const record = { tasklist: 1, rec: rec ?? (0,domain_record/* newRecordId */.Ld)(), defs: view.base.defs, ...fields };
        const outgoing = {
            rec: record.rec,
            label: `${record.name}: ${record.from} -> ${record.to}`,
            holder: record.holder,
            body: (0,domain_comment/* renderRecordComment */.S)(record, extras),
        };
        const { event, view: next, comment } = await this.append(view, outgoing);
        if (event.kind === 'applied')
            return { kind: 'applied', view: next, record, comment };
        if (event.kind === 'rejected')
            return { kind: 'rejected', view: next, record, comment, reason: event.reason };
        throw new Error(`record ${record.rec} was read back as a plan record`);
    }
    /** Appends a plan change and reads it back: like a task record, the fold alone says whether it applied. */
    async submitPlan(view, record, body) {
        const outgoing = { rec: record.rec, label: 'the plan change', holder: record.holder, body };
        const { event, view: next, comment } = await this.append(view, outgoing);
        if (event.kind === 'planned')
            return { kind: 'applied', view: next, comment };
        if (event.kind === 'plan-rejected')
            return { kind: 'rejected', view: next, comment, reason: event.reason };
        throw new Error(`record ${record.rec} was read back as a task record`);
    }
    async append(view, record) {
        // When GitHub can say whom the token acts as before a write, an untrusted account writes nothing.
        const login = await this.whoami?.();
        if (login !== undefined && !view.trusted.has(login.toLowerCase()))
            throw new errors/* UntrustedTokenError */.o$(view.issue.number, view.issue.author, login, trustedList(view), true);
        let current = view;
        for (let round = 0; round < 4; round++) {
            // Near GitHub's comment cap the record continues in a new issue first (docs/storage.md).
            current = await this.continuer.makeRoom(current, record.holder);
            const attempt = await this.attempt(current, record);
            if (attempt.kind === 'folded')
                return attempt;
            // A marker ended the segment before our record landed: write it again where the record went.
            current = attempt.view;
        }
        throw new errors/* WriteError */.QM(`TaskList #${view.issue.number}: record ${record.rec} (${record.label}) kept landing after the record had continued in another issue; re-run the step, the record is counted once`);
    }
    /** One post of the record in the view's segment, and its read-back. */
    async attempt(view, record) {
        const segment = segmentOf(view);
        const posted = await this.post(view, segment, record);
        if (posted === 'full') {
            // The segment filled between our read and our write: follow a marker, or continue it ourselves.
            const reread = await this.reader.refresh(view);
            if (segmentOf(reread) !== segment)
                return { kind: 'superseded', view: reread };
            return { kind: 'superseded', view: await this.continuer.continueRecord(reread, record.holder) };
        }
        for (let attempt = 0; attempt < 4; attempt++) {
            let listed;
            try {
                listed = await this.port.listComments(segment, view.since);
            }
            catch (error) {
                throw (0,github_errors/* writeFault */.ii)({
                    what: `issue #${segment}`,
                    cause: error,
                    before: `TaskList #${view.issue.number}: record ${record.rec} (${record.label}) was written, but reading it back failed (`,
                    after: '); GitHub may or may not hold it, re-run the step to settle it',
                });
            }
            const comments = listed.value ?? [];
            const events = (0,fold/* fold */.AU)(view.base, comments.map(logComment), view.trusted).events;
            const mine = events.find((e) => (e.kind === 'applied' || e.kind === 'rejected' || e.kind === 'planned' || e.kind === 'plan-rejected') &&
                e.record.rec === record.rec);
            const distrusted = events.find((e) => e.kind === 'untrusted' && e.comment.id === posted.id);
            if (mine === undefined && distrusted !== undefined) {
                // GitHub named the token's account only now. Remove what it wrote, then refuse.
                const removed = await this.remove(posted);
                throw new errors/* UntrustedTokenError */.o$(view.issue.number, view.issue.author, posted.login, trustedList(view), removed);
            }
            const edited = events.find((e) => e.kind === 'edited');
            if (edited?.kind === 'edited')
                throw new errors/* RecordEditedError */.$t(view.issue.number, edited.comment.id, edited.record?.name, record.rec);
            if (mine !== undefined) {
                let folded = this.reader.foldTail(view, comments, listed.etag).view;
                // A marker after our record moved the record on: what was written there since (a takeover of
                // our claim, say) decides too, so read it before saying what our record achieved.
                if (segmentOf(folded) !== segment)
                    folded = await this.reader.refresh(folded);
                // The body does not show this record yet, whatever the fold says of others.
                const next = { ...folded, bodyBehind: true };
                const comment = comments.find((c) => c.id === mine.comment.id) ?? posted;
                return { kind: 'folded', event: mine, view: next, comment };
            }
            if (events.some((e) => e.kind === 'superseded' && e.record.rec === record.rec))
                return { kind: 'superseded', view: this.reader.foldTail(view, comments, listed.etag).view };
            await appending_sleep(this.settleMs * (attempt + 1));
        }
        throw new errors/* WriteError */.QM(`TaskList #${view.issue.number}: record ${record.rec} (${record.label}) was posted but GitHub does not list it; re-run the step, the record is counted once`);
    }
    /** Posts a record comment; a lost answer is settled by its record id (storage/posting). */
    async post(view, segment, record) {
        return postIdempotent(this.port, {
            segment,
            body: record.body,
            rec: record.rec,
            since: view.since,
            unsettled: {
                before: `TaskList #${view.issue.number}: could not record ${record.label}: `,
                after: `; GitHub may or may not hold record ${record.rec}, re-run the step to settle it`,
            },
        }, (error) => this.log.warning(`Writing the record for ${record.label} failed (${(0,github_errors/* describeGitHubError */.dZ)(error, `issue #${segment}`, this.advice)}); checking whether GitHub applied it`));
    }
    /** Deletes a comment this token wrote; its author may always. False when GitHub would not. */
    async remove(comment) {
        try {
            await this.port.deleteComment(comment.id);
            return true;
        }
        catch (error) {
            this.log.warning(`could not delete comment ${comment.id}: ${(0,github_errors/* describeGitHubError */.dZ)(error, 'the comment', this.advice)}`);
            return false;
        }
    }
    /** Marks a comment whose record lost its race, so reviewers are not misled. */
    async markNotApplied(submission) {
        await this.annotate(submission.comment, submission.reason);
    }
    async annotate(comment, reason) {
        const note = `> [!NOTE]\n> Not applied: ${reason.replace(/[<>&@`]/g, ' ')}.\n\n`;
        try {
            await this.port.updateComment(comment.id, note + comment.body);
        }
        catch (error) {
            this.log.debug(`could not annotate comment ${comment.id}: ${(0,github_errors/* describeGitHubError */.dZ)(error, 'the comment', this.advice)}`);
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/storage/creating.js







function keyLabel(key) {
    return `tasklist-key:${(0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16)}`;
}
/** Creating a TaskList, once per key: creates that race on one key agree on the lowest issue number. */
class Creator {
    port;
    log;
    reader;
    constructor(port, log, reader) {
        this.port = port;
        this.log = log;
        this.reader = reader;
    }
    async create(input) {
        const labelsForKey = input.key === undefined ? [] : [keyLabel(input.key)];
        if (input.key !== undefined) {
            const existing = await this.findByKey(input.key);
            if (existing !== undefined)
                return { view: await this.existing(existing, input), created: false };
        }
        const genesis = (0,domain_snapshot/* genesisSnapshot */.R4)({
            title: input.title,
            ...(input.key === undefined ? {} : { key: input.key }),
            trusted: input.trusted,
            tasks: input.tasks,
            now: input.now,
        });
        let body;
        try {
            body = (0,domain_body/* renderBody */.lc)(genesis);
        }
        catch (error) {
            if (error instanceof domain_body/* BodyTooLargeError */.Au)
                throw new errors/* TooManyTasksError */.Ug(input.tasks.length, error.message);
            throw error;
        }
        let issue;
        try {
            issue = await this.port.createIssue({
                title: input.title,
                body,
                labels: [...new Set([TASKLIST_LABEL, ...labelsForKey, ...input.labels])],
            });
        }
        catch (error) {
            throw (0,github_errors/* writeFault */.ii)({ what: 'the repository, opening the TaskList issue', cause: error });
        }
        if (!issue.labels.some((label) => label.toLowerCase() === TASKLIST_LABEL))
            await this.undo(issue);
        if (input.lock === true)
            issue = await this.lock(issue, 'was created');
        if (input.key !== undefined) {
            // Two creates with one key may race past the lookup; the lowest issue number wins everywhere.
            const winner = await this.findByKey(input.key);
            if (winner !== undefined && winner.issue.number !== issue.number) {
                await this.closeDuplicate(issue, winner.issue.number);
                return { view: await this.existing(winner, input), created: false };
            }
        }
        const trusted = this.reader.trustedOf(issue.author, genesis.trusted);
        return {
            view: {
                issue,
                parts: { before: '', after: '' },
                base: genesis,
                state: genesis,
                tailRead: true,
                since: undefined,
                tailEtag: undefined,
                trusted,
                bodyBehind: false,
                stateBlockEdited: false,
            },
            created: true,
        };
    }
    /** The TaskList a key already names, read on; locked now if this create asks for a lock it lacks. */
    async existing(found, input) {
        const view = await this.reader.refresh(found);
        if (input.lock !== true || view.issue.locked === true)
            return view;
        return { ...view, issue: await this.lock(view.issue, 'is there') };
    }
    async lock(issue, state) {
        try {
            await this.port.lockIssue(issue.number);
            return { ...issue, locked: true };
        }
        catch (error) {
            const fault = {
                what: `issue #${issue.number}`,
                cause: error,
                before: `TaskList #${issue.number} ${state}, but locking its conversation failed: `,
            };
            throw new errors/* LockFailedError */.rG(issue.number, (0,github_errors/* describeFault */.Qx)(fault), fault);
        }
    }
    async findByKey(key) {
        const found = await this.reader.read(() => this.port.findIssuesByLabels([TASKLIST_LABEL, keyLabel(key)]).then((value) => ({ value, etag: undefined })), 'TaskLists by key');
        for (const issue of [...(found.value ?? [])].sort((a, b) => a.number - b.number)) {
            const parsed = (0,domain_body/* parseBody */.OG)(issue.body);
            if (parsed.kind === 'ok' && parsed.snapshot.key === key)
                return this.reader.viewOf(issue);
        }
        return undefined;
    }
    /**
     * GitHub dropped the labels, as it does for accounts without push access: without `tasklist` the
     * issue is no TaskList and a key would never find it. Empty and close it (the issues API cannot
     * delete an issue), then refuse.
     */
    async undo(issue) {
        try {
            await this.port.updateIssue(issue.number, {
                body: 'Not a TaskList: GitHub dropped its labels, as it does for accounts without push access.',
                state: 'closed',
                stateReason: 'not_planned',
            });
        }
        catch (error) {
            this.log.warning(`could not close #${issue.number}, opened without its labels: ${error instanceof Error ? error.message : String(error)}`);
        }
        throw new errors/* LabelsDroppedError */.QI(issue.author, issue.number);
    }
    async closeDuplicate(issue, winner) {
        this.log.info(`TaskList #${winner} was created concurrently with the same key; closing #${issue.number} as its duplicate`);
        try {
            await this.port.updateIssue(issue.number, {
                body: `Duplicate of #${winner}: another job created a TaskList with the same key at the same moment.`,
                state: 'closed',
                stateReason: 'not_planned',
            });
        }
        catch (error) {
            throw (0,github_errors/* writeFault */.ii)({
                what: `issue #${issue.number}`,
                cause: error,
                before: `created #${issue.number} while #${winner} has the same key, and could not close it: `,
                after: `; close #${issue.number} by hand`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./build/storage/octokit-port.js

const PAGE = 100;
function toIssue(raw) {
    return {
        number: raw.number,
        title: raw.title,
        body: raw.body ?? '',
        htmlUrl: raw.html_url,
        state: raw.state === 'closed' ? 'closed' : 'open',
        author: raw.user?.login ?? '',
        labels: raw.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
        createdAt: raw.created_at,
        comments: raw.comments,
        locked: raw.locked,
        pullRequest: raw.pull_request !== undefined && raw.pull_request !== null,
    };
}
function toComment(raw) {
    return {
        id: raw.id,
        createdAt: raw.created_at,
        login: raw.user?.login ?? '',
        body: raw.body ?? '',
        updatedAt: raw.updated_at,
    };
}
function octokitPort(issues, repo) {
    let clockOffset = 0;
    const seen = (response) => {
        const date = response.headers.date === undefined ? Number.NaN : Date.parse(response.headers.date);
        if (!Number.isNaN(date))
            clockOffset = date - Date.now();
        return response;
    };
    const conditional = (etag) => (etag === undefined ? {} : { headers: { 'if-none-match': etag } });
    return {
        serverNow: () => Date.now() + clockOffset,
        async getIssue(issueNumber, etag) {
            try {
                const response = seen(await issues.get({ ...repo, issue_number: issueNumber, ...conditional(etag) }));
                return { value: toIssue(response.data), etag: response.headers.etag };
            }
            catch (error) {
                if ((0,github_errors/* isHttpStatus */.Bd)(error, 304))
                    return { value: undefined, etag };
                throw error;
            }
        },
        async listComments(issueNumber, since, etag) {
            const comments = [];
            let firstEtag;
            for (let page = 1;; page++) {
                let response;
                try {
                    response = seen(await issues.listComments({
                        ...repo,
                        issue_number: issueNumber,
                        per_page: PAGE,
                        page,
                        ...(since === undefined ? {} : { since }),
                        ...conditional(page === 1 ? etag : undefined),
                    }));
                }
                catch (error) {
                    if (page === 1 && (0,github_errors/* isHttpStatus */.Bd)(error, 304))
                        return { value: undefined, etag };
                    throw error;
                }
                if (page === 1)
                    firstEtag = response.headers.etag;
                comments.push(...response.data.map(toComment));
                if (response.data.length < PAGE)
                    return { value: comments, etag: firstEtag };
            }
        },
        async createComment(issueNumber, body) {
            return toComment(seen(await issues.createComment({ ...repo, issue_number: issueNumber, body })).data);
        },
        async updateComment(commentId, body) {
            seen(await issues.updateComment({ ...repo, comment_id: commentId, body }));
        },
        async deleteComment(commentId) {
            seen(await issues.deleteComment({ ...repo, comment_id: commentId }));
        },
        async lockIssue(issueNumber) {
            seen(await issues.lock({ ...repo, issue_number: issueNumber }));
        },
        async updateIssue(issueNumber, patch) {
            const response = await issues.update({
                ...repo,
                issue_number: issueNumber,
                ...(patch.body === undefined ? {} : { body: patch.body }),
                ...(patch.state === undefined ? {} : { state: patch.state }),
                ...(patch.stateReason === undefined ? {} : { state_reason: patch.stateReason }),
            });
            return toIssue(seen(response).data);
        },
        async createIssue(input) {
            const response = await issues.create({ ...repo, title: input.title, body: input.body, labels: [...input.labels] });
            return toIssue(seen(response).data);
        },
        async findIssuesByLabels(labels, state = 'all') {
            const found = [];
            for (let page = 1;; page++) {
                const response = seen(await issues.listForRepo({
                    ...repo,
                    labels: labels.join(','),
                    state,
                    sort: 'created',
                    direction: 'asc',
                    per_page: PAGE,
                    page,
                }));
                found.push(...response.data.filter((issue) => issue.pull_request === undefined).map(toIssue));
                if (response.data.length < PAGE)
                    return found;
            }
        },
    };
}

// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(7299);
;// CONCATENATED MODULE: ./build/storage/publishing.js






/** Redrawing the body from the state until no writer's body shows less than we know. */
class Publisher {
    port;
    log;
    reader;
    rounds;
    advice;
    closeOnComplete;
    constructor(port, log, reader, rounds, advice, options) {
        this.closeOnComplete = options.closeOnComplete;
        this.port = port;
        this.log = log;
        this.reader = reader;
        this.rounds = rounds;
        this.advice = advice;
    }
    /**
     * Writes the snapshot into the body, then reads the record once more: a
     * concurrent writer may have patched in an older fold after ours, so the
     * last writer to look repairs it. A 304 on that read ends it cheaply.
     * A failure here only warns: the record already holds the truth.
     */
    async publish(view, options = {}) {
        let current = view;
        try {
            for (let round = 0; round < this.rounds; round++) {
                const body = (0,domain_body/* renderBody */.lc)(current.state, current.parts, this.port.serverNow());
                // Opening or closing rides on the body's write: it costs no request of its own.
                const change = this.stateChange(current, options.reopen === true);
                const answered = await this.port.updateIssue(current.issue.number, { body, ...change });
                if (answered.body.replace(/\r\n/g, '\n') !== body) {
                    // GitHub has been seen to answer 200 to an over-long body and keep the old one.
                    this.log.warning(`TaskList #${current.issue.number}: the record is saved, but GitHub kept the old issue body (it answered the edit without applying it); the next write will try again`);
                    return current;
                }
                if (change?.state === 'closed')
                    this.log.info(`TaskList #${current.issue.number} is complete; closed its issue as completed`);
                if (change?.state === 'open')
                    this.log.info(`TaskList #${current.issue.number} was closed; reopened it`);
                current = {
                    ...current,
                    bodyBehind: false,
                    issue: { ...current.issue, body, ...(change === undefined ? {} : { state: change.state }) },
                };
                if (options.converge === false)
                    return current;
                const listed = await this.port.listComments(segmentOf(current), current.since, current.tailEtag);
                if (listed.value === undefined)
                    return current;
                let next = this.reader.foldTail(current, listed.value, listed.etag).view;
                // Another writer continued the record meanwhile: read on in the new segment, so the body we
                // compare against shows what was written there too.
                if (segmentOf(next) !== segmentOf(current))
                    next = await this.reader.refresh(next);
                if (sameTasks(next.state, current.state))
                    return { ...next, bodyBehind: false };
                // Others wrote meanwhile. Patch again only if no writer's body shows all we know yet:
                // each of them checks the same way after its own patch, so the last to look repairs it.
                const fetched = await this.port.getIssue(current.issue.number);
                const shown = fetched.value === undefined ? undefined : (0,domain_body/* parseBody */.OG)(fetched.value.body);
                const known = next.state.cursor?.id ?? 0;
                if (shown?.kind === 'ok' && (0,domain_snapshot/* isSealed */.dy)(shown.snapshot) && (shown.snapshot.cursor?.id ?? 0) >= known)
                    return { ...next, bodyBehind: false };
                current = {
                    ...next,
                    ...(shown?.kind === 'ok' && fetched.value !== undefined ? { parts: shown.parts, issue: fetched.value } : {}),
                };
            }
            this.log.debug(`TaskList #${current.issue.number}: the body was still changing after ${this.rounds} rounds; later writers will refresh it`);
        }
        catch (error) {
            // The record, which decides every status, is saved; only the view in the body lags.
            this.log.warning(`TaskList #${current.issue.number}: the record is saved, but the issue body could not be refreshed (${error instanceof domain_body/* BodyTooLargeError */.Au ? error.message : (0,github_errors/* describeGitHubError */.dZ)(error, `issue #${current.issue.number}`, this.advice)}); the next write will try again`);
        }
        return current;
    }
    /** Closes a finished TaskList when asked to, and reopens one that an operator sent back. */
    stateChange(view, reopen) {
        const complete = view.state.tasks.every((task) => (0,domain_status/* isSettled */.Is)(task.state.status));
        if (view.issue.state === 'open' && complete && this.closeOnComplete)
            return { state: 'closed', stateReason: 'completed' };
        if (view.issue.state === 'closed' && reopen && !complete)
            return { state: 'open', stateReason: 'reopened' };
        return undefined;
    }
}
function sameTasks(a, b) {
    return JSON.stringify([a.tasks, a.segments]) === JSON.stringify([b.tasks, b.segments]);
}

;// CONCATENATED MODULE: ./build/storage/store.js









/**
 * TaskList storage on GitHub issues. Comments are the append-only record;
 * the body is a snapshot that says how far it has folded. See docs/storage.md.
 * This is the one way in: reading (reading.ts), appending (appending.ts),
 * redrawing the body (publishing.ts) and creating (creating.ts).
 */
class TaskListStore {
    port;
    reader;
    appender;
    publisher;
    creator;
    constructor(port, log, options = {}) {
        this.port = port;
        this.reader = new Reader(port, log, options.extraTrusted ?? []);
        const continuer = new Continuer(port, log, this.reader, {
            settleMs: options.settleMs ?? 500,
            cap: options.commentCap ?? continuation/* GITHUB_COMMENT_CAP */.d5,
            advice: options.advice,
        });
        this.appender = new Appender(port, log, this.reader, options.settleMs ?? 500, options.advice, continuer, options.whoami);
        this.publisher = new Publisher(port, log, this.reader, options.publishRounds ?? 6, options.advice, {
            closeOnComplete: options.closeOnComplete ?? false,
        });
        this.creator = new Creator(port, log, this.reader);
    }
    /** One read: the issue and its snapshot. The tail is read by `refresh` or by a submission. */
    readSnapshot(issueNumber) {
        return this.reader.readSnapshot(issueNumber);
    }
    /** Reads the records newer than the snapshot and folds them in. */
    refresh(view) {
        return this.reader.refresh(view);
    }
    async load(issueNumber) {
        return this.refresh(await this.readSnapshot(issueNumber));
    }
    /** Appends one record and reads it back: the fold says whether it applied. */
    submit(view, draft, extras = {}) {
        return this.appender.submit(view, draft, extras);
    }
    /** Appends a plan change (the comment is rendered by the caller) and reads it back. */
    submitPlan(view, record, body) {
        return this.appender.submitPlan(view, record, body);
    }
    /** Marks a comment whose record lost its race, so reviewers are not misled. */
    markNotApplied(submission) {
        return this.appender.markNotApplied(submission);
    }
    /**
     * Redraws the body from the view's state; never throws, since the record already holds the truth.
     * `reopen` opens a closed issue again in the same write, for an operator who sends a task back.
     */
    publish(view, options = {}) {
        return this.publisher.publish(view, options);
    }
    create(input) {
        return this.creator.create(input);
    }
    /** GitHub's clock in milliseconds, from the latest response; leases are judged by it. */
    now() {
        return this.port.serverNow();
    }
    /** The repository's TaskLists in that state, oldest first, as their issues show them; `what` names them in errors. */
    async list(what, state = 'open') {
        try {
            return await this.port.findIssuesByLabels([TASKLIST_LABEL], state);
        }
        catch (error) {
            throw (0,github_errors/* readFault */.Xs)({ what, cause: error });
        }
    }
    /** A plain comment, not a record: a reply to a person. */
    async postComment(issueNumber, body) {
        await this.port.createComment(issueNumber, body);
    }
}
/** A store on Octokit's issues API for one repository. */
function octokitStore(issues, repo, log, options = {}) {
    return new TaskListStore(octokitPort(issues, repo), log, options);
}


/***/ })

};
