export const id = 713;
export const ids = [713];
export const modules = {

/***/ 713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionLogger: () => (/* binding */ actionLogger),
  connect: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(721);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(251);
;// CONCATENATED MODULE: ./build/github/client.js




const TasklistOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const MINUTE = 60;
/** Writes a process may make back to back before GitHub's one-second spacing applies. */
const WRITE_BURST = 5;
const WRITE_SPACING_MS = 1000;
/** A token bucket: WRITE_BURST writes at once, then one more per second. */
function burstThenPace(id) {
    return new light.Group({
        id,
        maxConcurrent: 1,
        minTime: 0,
        reservoir: WRITE_BURST,
        reservoirIncreaseAmount: 1,
        reservoirIncreaseInterval: WRITE_SPACING_MS,
        reservoirIncreaseMaximum: WRITE_BURST,
    });
}
/**
 * Builds the one GitHub client a process uses: retries transient failures
 * with backoff, and waits out primary and secondary rate limits the way
 * GitHub asks (retry-after, else x-ratelimit-reset, else a minute, doubling).
 */
function buildOctokit(options) {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const retries = options.retries ?? 4;
    /** How long GitHub's last rate-limit answer asked to wait until x-ratelimit-reset, by GitHub's own clock. */
    let untilReset;
    const timedFetch = async (input, init) => {
        const response = await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        if (response.status === 403 || response.status === 429) {
            const reset = Number(response.headers.get('x-ratelimit-reset')) * 1000;
            const now = Date.parse(response.headers.get('date') ?? '');
            untilReset = reset > 0 ? reset - (Number.isNaN(now) ? Date.now() : now) : undefined;
        }
        return response;
    };
    /** GitHub's order: retry-after if sent, else until x-ratelimit-reset, else a minute, doubling each time. */
    const secondaryWait = (retryAfter, retryCount) => {
        if (retryAfter > 0)
            return 0;
        if (untilReset !== undefined && untilReset > 0)
            return untilReset + 1000;
        return MINUTE * 1000 * 2 ** retryCount;
    };
    return new TasklistOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent,
        // Retries go only in `retry`: a global request.retries makes the plugin retry 304s and 404s too.
        request: { fetch: timedFetch },
        retry: { retries, ...(options.retryBaseMs === undefined ? {} : { retryAfterBaseValue: options.retryBaseMs }) },
        throttle: {
            // A step's own few writes go out as soon as the answer before them is in; a process
            // that keeps writing (the bot, the CLI's bulk operations, a long resume) is paced at
            // GitHub's recommended second per write once its burst is spent.
            write: burstThenPace('tasklist-write'),
            notifications: burstThenPace('tasklist-notifications'),
            // A missing retry-after reaches the handler as 0, which then waits as GitHub asks.
            fallbackSecondaryRateRetryAfter: 0,
            ...(options.retryBaseMs === undefined ? {} : { retryAfterBaseValue: options.retryBaseMs }),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                options.log.warning(`GitHub rate limit reached for ${request.method} ${request.url}; waiting ${retryAfter}s (retry ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
            // The plugin awaits this handler; its type says void, but a promise is honoured.
            // eslint-disable-next-line @typescript-eslint/no-misused-promises
            onSecondaryRateLimit: async (retryAfter, request, _octokit, retryCount) => {
                if (retryCount >= retries)
                    return false;
                const extra = secondaryWait(retryAfter, retryCount);
                const seconds = retryAfter > 0 ? retryAfter : Math.ceil(extra / 1000);
                options.log.warning(`GitHub secondary rate limit for ${request.method} ${request.url}; waiting ${seconds}s (retry ${retryCount + 1} of ${retries})`);
                if (extra > 0)
                    await new Promise((resolve) => setTimeout(resolve, extra));
                return true;
            },
        },
        // Octokit logs every non-2xx (304s included) as an error; the store reports real failures itself.
        log: {
            debug: (message) => options.log.debug(message),
            info: (message) => options.log.debug(message),
            warn: (message) => options.log.warning(message),
            error: (message) => options.log.debug(message),
        },
    });
}

// EXTERNAL MODULE: ./build/storage/github-errors.js
var github_errors = __webpack_require__(347);
// EXTERNAL MODULE: ./build/storage/repository.js + 1 modules
var repository = __webpack_require__(320);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./build/domain/claim.js
var claim = __webpack_require__(73);
;// CONCATENATED MODULE: ./build/domain/markdown.js
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

;// CONCATENATED MODULE: ./build/domain/continuation.js



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
const ContinueMarkerSchema = schemas/* object */.Ikc({
    tasklist: schemas/* literal */.euz(1),
    rec: schemas/* string */.YjP().regex(/^[a-z0-9]{16,32}$/),
    /** The continuation issue the record goes on in. */
    next: schemas/* number */.aig().int().positive(),
    holder: claim/* HolderSchema */.Cg,
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
        `Continued by ${escapeInline(marker.holder.label)}.`,
        '',
        `${MARKER_PREFIX}${inertJson(marker)} -->`,
    ].join('\n');
}
/** The body of a continuation issue: where it comes from, for people reading the chain backwards. */
function renderContinuationBody(input) {
    const from = input.previous === input.tasklist ? `#${input.tasklist}` : `#${input.previous} (after #${input.tasklist})`;
    return [
        `Records of TaskList #${input.tasklist} (${escapeInline(input.title)}) continue here, after ${from}.`,
        '',
        `The TaskList, its checklist and its state, stay in #${input.tasklist}; this issue only holds its later records.`,
    ].join('\n');
}
function continuationTitle(title, part) {
    const suffix = ` (records, part ${part})`;
    return `${title.slice(0, 256 - suffix.length)}${suffix}`;
}
/** The note an unused continuation issue is closed with: it lost the race to another. */
function unusedContinuationBody(input) {
    return `Not used: the record of TaskList #${input.tasklist} continued in #${input.winner} instead.`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(377);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var errors = __webpack_require__(428);
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

// EXTERNAL MODULE: ./build/domain/status.js
var domain_status = __webpack_require__(299);
;// CONCATENATED MODULE: ./build/domain/record.js






const RECORD_MARKER = '<!-- tasklist:record ';
const RECORD_PATTERN = /^<!-- tasklist:record (\{.*\}) -->/s;
/**
 * One entry of a TaskList's append-only log, stored as a hidden block in an
 * issue comment. `ver` makes every record a compare-and-set on one task: it is
 * applied only if the task is still at that version, so a duplicate, a stale
 * writer or a lost race can never change a status.
 */
const RecordSchema = schemas/* object */.Ikc({
    tasklist: schemas/* literal */.euz(1),
    rec: schemas/* string */.YjP().regex(/^[a-z0-9]{16,32}$/),
    op: schemas/* enum */.k5n(domain_status/* OPS */.Do),
    task: schemas/* string */.YjP().regex(/^t[1-9]\d{0,4}$/),
    name: schemas/* string */.YjP().max(64),
    ver: schemas/* number */.aig().int().nonnegative(),
    from: schemas/* enum */.k5n(domain_status/* STATUSES */.f),
    to: schemas/* enum */.k5n(domain_status/* STATUSES */.f),
    defs: schemas/* string */.YjP().regex(/^[0-9a-f]{16}$/),
    authority: schemas/* enum */.k5n(['workflow', 'operator']),
    /** The claim this record acts under (complete, fail, renew) or replaces (takeover). */
    claim: schemas/* string */.YjP().max(40).optional(),
    lease: schemas/* number */.aig().int().positive().optional(),
    holder: claim/* HolderSchema */.Cg,
    /** The person an operator record was made for, when the writer is a bot. */
    requestedBy: schemas/* string */.YjP().max(100).optional(),
    m: schemas/* string */.YjP().max(300).optional(),
    x: schemas/* number */.aig().int().optional(),
    /**
     * GitHub's time as the writer saw it when deciding. A takeover is judged by
     * it rather than by when its comment landed, so a re-posted duplicate is
     * judged exactly like the first copy, whichever fold reads it.
     */
    at: iso/* datetime */.w$({ offset: true }).optional(),
    /**
     * The record's seal: a digest of the rest of its block, as written. People with write access
     * may edit anyone's comments; an edit of the block breaks the seal. See docs/storage.md.
     */
    sum: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{16}$/)
        .optional(),
});
/** The seal over a record block's JSON, whatever keys it has (a later release may add some). */
function sealOf(content) {
    const { sum: _sum, ...rest } = content;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(rest)).digest('hex').slice(0, 16);
}
function newRecordId() {
    return (0,external_node_crypto_.randomBytes)(10).toString('hex');
}
/** The hidden block of a record, sealed. */
function encodeRecord(record) {
    return `${RECORD_MARKER}${inertJson({ ...record, sum: sealOf(record) })} -->`;
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
        return {
            kind: 'malformed',
            error: `record block fails validation: ${errors/* prettifyError */.S1(parsed.error).split('\n').join(' ')}`,
        };
    const { sum, ...record } = parsed.data;
    const seal = sum === undefined ? 'absent' : sum === sealOf(json) ? 'intact' : 'broken';
    return { kind: 'record', record, seal };
}

// EXTERNAL MODULE: ./build/storage/errors.js
var storage_errors = __webpack_require__(703);
// EXTERNAL MODULE: ./build/domain/duration.js
var duration = __webpack_require__(953);
;// CONCATENATED MODULE: ./build/domain/history.js

/**
 * Earlier attempts of a task, kept in its state so a picture of the run can
 * show retries and takeovers without reading the whole record. An entry is
 * `[start, seconds, outcome]`, the start in epoch seconds of GitHub's clock.
 * The current attempt is not here: the task's own fields describe it.
 */
const HISTORY_OUTCOMES = ['C', 'F', 'T', 'S'];
/** Only the latest attempts are kept, so a task retried many times cannot crowd the body. */
const MAX_HISTORY = 5;
const HistoryEntrySchema = schemas/* tuple */.PVZ([
    schemas/* number */.aig().int().nonnegative(),
    schemas/* number */.aig().nonnegative(),
    schemas/* enum */.k5n(HISTORY_OUTCOMES),
]);
const HistorySchema = schemas/* array */.YOg(HistoryEntrySchema).max(MAX_HISTORY);

;// CONCATENATED MODULE: ./build/domain/attempts.js

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
    return [...(task.history ?? []), ended].slice(-MAX_HISTORY);
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

// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(746);
;// CONCATENATED MODULE: ./build/domain/gantt.js




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
        const attempts = attemptsOf(task.state, now);
        if (attempts.length === 0)
            return;
        sections.push(`    section ${task.definition.name}`);
        attempts.forEach((attempt, n) => {
            first = Math.min(first, attempt.start);
            last = Math.max(last, attempt.end);
            sections.push(`    ${barLabel(attempt, n, attempts.length)} :${tagsOf(attempt)}${(0,task_spec/* taskId */.BS)(index)}a${n + 1}, ${stamp(attempt.start)}, ${stamp(attempt.end)}`);
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
    const took = attempt.outcome === 'SKIPPED' ? '' : ` ${(0,duration/* formatDuration */.a)((attempt.end - attempt.start) / 1000)}`;
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
    const plain = oneLine(text)
        .replace(/[#;:%`<>&"{}\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        // As everywhere the action writes people's text: no mention, even where GitHub would not ping.
        .replace(/@/g, '@\u200b');
    return plain.length > 100 ? `${plain.slice(0, 99)}…` : plain === '' ? 'TaskList' : plain;
}

;// CONCATENATED MODULE: ./build/domain/model.js
const SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./build/domain/snapshot-legacy.js

/**
 * The digests of release 0.1, which listed fields by hand. TaskLists it wrote are still on GitHub:
 * their seals and the `defs` of their records must keep verifying, or every status they hold
 * would be thrown away. Read-only: nothing new is sealed this way.
 */
function sha16(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
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

;// CONCATENATED MODULE: ./build/domain/snapshot-wire.js






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
const StoredTaskSchema = schemas/* looseObject */._H3({
    n: schemas/* string */.YjP().regex(task_spec/* TASK_NAME_PATTERN */.zA).max(task_spec/* MAX_TASK_NAME */.tX),
    desc: schemas/* string */.YjP().max(task_spec/* MAX_DESCRIPTION */.o1).optional(),
    s: schemas/* enum */.k5n(domain_status/* STATUSES */.f),
    v: schemas/* number */.aig().int().nonnegative(),
    c: claim/* ClaimSchema */.Gq.optional(),
    t: schemas/* number */.aig().nonnegative().optional(),
    at: claim/* isoTime */.Ly.optional(),
    m: schemas/* string */.YjP().max(300).optional(),
    x: schemas/* number */.aig().int().optional(),
    u: claim/* SafeUrlSchema */.uh.optional(),
    by: schemas/* string */.YjP().max(100).optional(),
    h: HistorySchema.optional(),
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
const StoredSnapshotSchema = schemas/* object */.Ikc({
    tasklist: schemas/* literal */.euz(SCHEMA_VERSION),
    title: schemas/* string */.YjP().max(256),
    key: schemas/* string */.YjP().max(256).optional(),
    created: claim/* isoTime */.Ly,
    trusted: schemas/* array */.YOg(schemas/* string */.YjP().max(100)).max(50),
    defs: schemas/* string */.YjP().regex(/^[0-9a-f]{16}$/),
    cursor: schemas/* object */.Ikc({ id: schemas/* number */.aig().int().positive(), at: claim/* isoTime */.Ly }).nullable(),
    /** Continuation issues: [issue, marker comment id, comments met]; absent until the record continues. */
    seg: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig().int().positive(), schemas/* number */.aig().int().positive(), schemas/* number */.aig().int().nonnegative()]))
        .min(1)
        .max(10_000)
        .optional(),
    tasks: schemas/* array */.YOg(StoredTaskSchema).min(1),
    digest: schemas/* string */.YjP().regex(/^[0-9a-f]{16}$/),
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
const WireTaskSchema = schemas/* union */.KCZ([
    schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* string */.YjP(), schemas/* number */.aig()]),
    schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* record */.g1P(schemas/* string */.YjP().max(64), schemas/* json */.Pq9())]),
]);
const WireSnapshotSchema = schemas/* object */.Ikc({
    tasklist: schemas/* number */.aig(),
    title: schemas/* string */.YjP(),
    key: schemas/* string */.YjP().optional(),
    created: schemas/* string */.YjP(),
    trusted: schemas/* array */.YOg(schemas/* string */.YjP()),
    defs: schemas/* string */.YjP(),
    cursor: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable(),
    seg: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig(), schemas/* number */.aig()])).optional(),
    tasks: schemas/* array */.YOg(WireTaskSchema),
    digest: schemas/* string */.YjP(),
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

;// CONCATENATED MODULE: ./build/domain/snapshot.js





function snapshot_sha16(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
}
/**
 * Fingerprint of the task definitions, whole: every record carries it, so a
 * definition edited in any field, including ones added later, is caught.
 */
function definitionsDigest(tasks) {
    return snapshot_sha16(canonicalJson(tasks));
}
/** Seals over the stored form, so the seal of a TaskList on GitHub does not depend on in-memory names. */
function sealSnapshot(content) {
    return { ...content, digest: snapshot_sha16(canonicalJson(storedContent(content))) };
}
/** True when the snapshot is exactly as the action wrote it, whatever order its JSON keys arrived in. */
function isSealed(snapshot) {
    const { digest, ...stored } = storedSnapshot(snapshot);
    return snapshot_sha16(canonicalJson(stored)) === digest || isLegacySealed(stored, digest);
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
        tasklist: SCHEMA_VERSION,
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

;// CONCATENATED MODULE: ./build/domain/body.js








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
    const chart = now === undefined ? undefined : renderGantt(snapshot, now);
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
    const snapshot = detail === 'lean' ? leanSnapshot(full) : full;
    const region = [
        BEGIN_MARKER,
        `## ${escapeInline(snapshot.title)}`,
        '',
        ...snapshot.tasks.map((task) => checklistLine(task, detail)),
        '',
        `<sub>${progressLine(snapshot)} · This block is kept by tasklist-action from the comment record; write your notes outside it.</sub>`,
        ...continuationLines(snapshot),
        '',
        ...(chart === undefined
            ? []
            : ['<details><summary>Timeline</summary>', '', mermaidBlock(chart), '', '</details>', '']),
        `${STATE_OPEN}\n${inertJson(toWire(snapshot))}\n-->`,
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
    const done = snapshot.tasks.filter((t) => (0,domain_status/* isSettled */.Is)(t.state.status)).length;
    return `${done} of ${snapshot.tasks.length} done`;
}
function checklistLine(task, detail) {
    const { name, description } = task.definition;
    const { status, durationSec, exitCode, runUrl, message } = task.state;
    const box = (0,domain_status/* isSettled */.Is)(status) ? '[x]' : '[ ]';
    const facts = [status];
    if (detail === 'full' || detail === 'compact') {
        if (durationSec !== undefined && (status === 'COMPLETE' || status === 'FAILED'))
            facts.push((0,duration/* formatDuration */.a)(durationSec));
        if (exitCode !== undefined && status === 'FAILED')
            facts.push(`exit ${exitCode}`);
        if (runUrl !== undefined)
            facts.push(`[run](${runUrl})`);
    }
    const shownDescription = detail === 'full' && description !== undefined ? `: ${escapeInline(description)}` : '';
    const note = detail === 'full' && message !== undefined && status !== 'COMPLETE'
        ? ` — ${escapeInline(truncate(message, 120))}`
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
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block has schema ${version}, newer than this tasklist-action understands (${SCHEMA_VERSION}); use a newer release of the action`,
        };
    }
    const wire = WireSnapshotSchema.safeParse(json);
    if (!wire.success) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block fails validation: ${errors/* prettifyError */.S1(wire.error).replace(/\s*\n\s*/g, ' ')}`,
        };
    }
    const parsed = StoredSnapshotSchema.safeParse(fromWire(wire.data));
    if (!parsed.success) {
        return {
            kind: 'invalid',
            parts,
            error: `the state block fails validation: ${errors/* prettifyError */.S1(parsed.error).replace(/\s*\n\s*/g, ' ')}`,
        };
    }
    return { kind: 'ok', snapshot: snapshotFromStored(parsed.data), parts, checklist: parseChecklist(region) };
}
function countOf(text, needle) {
    return text.split(needle).length - 1;
}

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
    const tasks = base.tasks.slice();
    const events = [];
    const seenRecords = new Set();
    let cursor = base.cursor;
    const segments = base.segments?.slice() ?? [];
    let ended = false;
    const ordered = comments.filter((c) => cursor === null || c.id > cursor.id).sort((a, b) => a.id - b.id);
    for (const comment of ordered) {
        const decoded = decodeRecord(comment.body);
        if (ended) {
            // The segment ended at a marker: what follows it here is written again in the next segment.
            if (decoded.kind !== 'record')
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
            const marker = decodeMarker(comment.body);
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
        const outcome = task === undefined ? 'task does not exist' : check(base, task, record);
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
        snapshot: withTasks({ ...base, cursor, ...(segments.length === 0 ? {} : { segments }) }, tasks),
        events,
    };
}
/** The issue that holds the snapshot's newest records: its last continuation, or the TaskList's own issue. */
function currentSegment(snapshot, tasklist) {
    return snapshot.segments?.at(-1)?.issue ?? tasklist;
}
function check(base, task, record) {
    const { name } = task.definition;
    const { status, version, claim } = task.state;
    if (record.name !== name)
        return `names task '${record.name}', but ${record.task} is '${name}'`;
    if (record.defs !== base.defs)
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
    const history = historyAfter(before, record.op, comment.createdAt);
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
                    lease: record.lease ?? before.claim?.lease ?? claim/* LEASE */.DL.defaultSec,
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
            };
        default:
            return common;
    }
}

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
    return currentSegment(view.base, view.issue.number);
}
/** A record someone edited that the fold met: no step may act on what it says. See docs/storage.md. */
function assertUnedited(tasklist, events) {
    const edited = events.find((e) => e.kind === 'edited');
    if (edited?.kind === 'edited')
        throw new storage_errors/* RecordEditedError */.$t(tasklist, edited.comment.id, edited.record?.name);
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
            throw new storage_errors/* StateValidationError */.NY(`GitHub answered 304 for issue #${issueNumber} without a cached copy; re-run the step`);
        return this.viewOf(issue);
    }
    /** Builds a view from an issue already read, e.g. one found by its key label. */
    async viewOf(issue) {
        // A TaskList is an issue a trusted account made one: not a pull request, and labelled by someone
        // with push access (GitHub drops labels others set). A look-alike is never written to.
        if (issue.pullRequest === true)
            throw new storage_errors/* NotATaskListError */.Cn(issue.number, 'pull-request');
        const parsed = parseBody(issue.body);
        if (parsed.kind === 'not-tasklist')
            throw new storage_errors/* NotATaskListError */.Cn(issue.number, 'no-block');
        if (!issue.labels.some((label) => label.toLowerCase() === TASKLIST_LABEL))
            throw new storage_errors/* NotATaskListError */.Cn(issue.number, 'no-label');
        if (parsed.kind === 'invalid') {
            throw new storage_errors/* StateValidationError */.NY(`TaskList #${issue.number}: ${parsed.error}; restore the block from the issue's edit history, or create a new TaskList`);
        }
        const snapshot = parsed.snapshot;
        const trusted = this.trustedOf(issue.author, snapshot.trusted);
        if (isSealed(snapshot)) {
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
        return trustedAuthors(author, listed, this.extraTrusted);
    }
    /**
     * The state block was edited by hand: its statuses count for nothing. Replay
     * the whole record from an all-PENDING genesis instead, trusting only the
     * issue's author and the trusted-authors input (the block's list is suspect).
     */
    async rebuild(issue, parts, edited) {
        this.log.warning(`TaskList #${issue.number}: the state block was edited by hand and does not match what the action wrote; ignoring its statuses and rebuilding them from the comment record`);
        const genesis = genesisSnapshot({
            title: edited.title,
            ...(edited.key === undefined ? {} : { key: edited.key }),
            trusted: [],
            tasks: specsOf(edited),
            now: edited.created,
        });
        const trusted = trustedAuthors(issue.author, this.extraTrusted);
        const cache = new Map();
        let result = await this.replay(issue.number, genesis, trusted, cache);
        const mismatched = (events) => events.find((e) => e.kind === 'rejected' && e.reason === DEFINITIONS_MISMATCH);
        if (mismatched(result.events) !== undefined) {
            // A TaskList written by release 0.1 carries its definitions digest in the old form.
            const { digest: _digest, ...content } = genesis;
            const legacy = sealSnapshot({ ...content, defs: legacyDefinitionsDigest(specsOf(edited)) });
            const replayed = await this.replay(issue.number, legacy, trusted, cache);
            if (mismatched(replayed.events) === undefined)
                result = replayed;
        }
        const foreignDefs = mismatched(result.events);
        if (foreignDefs !== undefined) {
            throw new storage_errors/* StateValidationError */.NY(`TaskList #${issue.number}: the task definitions in the state block were edited by hand and no longer match the record; restore the block from the issue's edit history`);
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
            throw new storage_errors/* RecordsLostError */.Nx(issue.number, lost);
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
            const segment = currentSegment(snapshot, tasklist);
            let comments = cache.get(segment);
            if (comments === undefined) {
                const listed = await this.read(() => this.port.listComments(segment, undefined), `the comments of issue #${segment}`);
                comments = (listed.value ?? []).map(logComment);
                cache.set(segment, comments);
            }
            const result = fold(snapshot, comments, trusted);
            events.push(...result.events);
            snapshot = result.snapshot;
            if (currentSegment(snapshot, tasklist) === segment)
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
        const result = fold(view.base, comments.map(logComment), view.trusted);
        assertUnedited(view.issue.number, result.events);
        this.reportForeign(result.events);
        const bodyBehind = view.bodyBehind || result.events.some((e) => e.kind === 'applied');
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
    return currentSegment(view.state, view.issue.number) !== segmentOf(view);
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
        if (this.countOf(view) < continueThreshold(this.cap))
            return view;
        // A writer that wrote straight from the snapshot reads the tail first: the record may have continued.
        const fresh = view.tailRead ? view : await this.reader.refresh(view);
        if (this.countOf(fresh) < continueThreshold(this.cap))
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
            throw new storage_errors/* CommentCapError */.cD(tasklist, from, this.cap);
        const part = (view.state.segments?.length ?? 0) + 2;
        let created;
        try {
            created = await this.port.createIssue({
                title: continuationTitle(view.state.title, part),
                body: renderContinuationBody({ tasklist, previous: from, title: view.state.title }),
                labels: [CONTINUATION_LABEL],
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
        const marker = { tasklist: 1, rec: newRecordId(), next: created.number, holder };
        const posted = await this.postMarker(view, from, marker);
        if (posted === 'full') {
            // People filled the segment between our read and the marker: follow another writer's marker, if any.
            const reread = await this.reader.refresh(view);
            const moved = segmentOf(reread) !== from;
            await this.closeUnused(tasklist, created.number, moved ? segmentOf(reread) : undefined);
            if (moved)
                return reread;
            throw new storage_errors/* CommentCapError */.cD(tasklist, from, this.cap);
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
        throw new storage_errors/* WriteError */.QM(`TaskList #${tasklist}: the marker that continues its record in #${created.number} was posted but GitHub does not list it; re-run the step`);
    }
    async exactCount(issue) {
        const fetched = await this.reader.read(() => this.port.getIssue(issue), `issue #${issue}`);
        return fetched.value?.comments ?? 0;
    }
    /** Posts the marker; a lost answer is settled by looking for its id. `full`: GitHub's cap refused it. */
    async postMarker(view, segment, marker) {
        const body = renderMarkerComment(marker, this.cap);
        let lastError;
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                return await this.port.createComment(segment, body);
            }
            catch (error) {
                if ((0,github_errors/* isCommentCapRefusal */._R)(error))
                    return 'full';
                if ((0,github_errors/* isDefiniteRefusal */.xZ)(error))
                    throw (0,github_errors/* writeFault */.ii)({ what: `a comment on issue #${segment}`, cause: error });
                lastError = error;
                try {
                    const listed = await this.port.listComments(segment, view.since);
                    const landed = listed.value?.find((c) => c.body.includes(`"rec":"${marker.rec}"`));
                    if (landed !== undefined)
                        return landed;
                }
                catch (readError) {
                    lastError = readError;
                }
            }
        }
        throw (0,github_errors/* writeFault */.ii)({
            what: `issue #${segment}`,
            cause: lastError,
            before: `TaskList #${view.issue.number}: could not continue its record in #${marker.next}: `,
            after: '; re-run the step',
        });
    }
    /** Closes a continuation that lost the race (or was never named), pointing to the one in use. */
    async closeUnused(tasklist, issue, winner) {
        try {
            await this.port.updateIssue(issue, {
                body: winner === undefined
                    ? `Not used: the record of TaskList #${tasklist} could not continue here.`
                    : unusedContinuationBody({ tasklist, winner }),
                state: 'closed',
                stateReason: 'not_planned',
            });
        }
        catch (error) {
            this.log.warning(`TaskList #${tasklist}: could not close #${issue}, an unused continuation (${(0,github_errors/* describeGitHubError */.dZ)(error, `issue #${issue}`, this.advice)}); nothing reads it, close it by hand`);
        }
    }
}

;// CONCATENATED MODULE: ./build/domain/comment.js




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
        ? escapeInline(record.holder.label)
        : `[${escapeInline(record.holder.label)}](${record.holder.url})`;
    const facts = [`${VERBS[record.op]} by ${who}`];
    if (record.requestedBy !== undefined)
        facts.push(`at the request of @\u200b${escapeInline(record.requestedBy)}`);
    if (extras.durationSec !== undefined)
        facts.push(`after ${(0,duration/* formatDuration */.a)(extras.durationSec)}`);
    if (record.x !== undefined)
        facts.push(`exit code ${record.x}`);
    if (record.lease !== undefined && (record.op === 'start' || record.op === 'takeover' || record.op === 'renew')) {
        facts.push(`lease ${(0,duration/* formatDuration */.a)(record.lease)}`);
    }
    lines.push(facts.join(' · '));
    const message = extras.message ?? record.m;
    if (message !== undefined && message !== '')
        lines.push('', `> ${escapeInline(truncate(message, 2000))}`);
    const tail = encodeRecord(record);
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
                codeBlock(output),
                '',
                '</details>',
            ].join('\n');
            const excess = fixed + block.length - GITHUB_BODY_LIMIT;
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
        const record = { tasklist: 1, rec: rec ?? newRecordId(), defs: view.base.defs, ...fields };
        const body = renderRecordComment(record, extras);
        // When GitHub can say whom the token acts as before a write, an untrusted account writes nothing.
        const login = await this.whoami?.();
        if (login !== undefined && !view.trusted.has(login.toLowerCase()))
            throw new storage_errors/* UntrustedTokenError */.o$(view.issue.number, view.issue.author, login, trustedList(view), true);
        let current = view;
        for (let round = 0; round < 4; round++) {
            // Near GitHub's comment cap the record continues in a new issue first (docs/storage.md).
            current = await this.continuer.makeRoom(current, record.holder);
            const attempt = await this.attempt(current, record, body);
            if (attempt.kind !== 'superseded')
                return attempt;
            // A marker ended the segment before our record landed: write it again where the record went.
            current = attempt.view;
        }
        throw new storage_errors/* WriteError */.QM(`TaskList #${view.issue.number}: record ${record.rec} (${record.name}: ${record.from} -> ${record.to}) kept landing after the record had continued in another issue; re-run the step, the record is counted once`);
    }
    /** One post of the record in the view's segment, and its read-back. */
    async attempt(view, record, body) {
        const segment = segmentOf(view);
        const posted = await this.post(view, segment, record, body);
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
                    before: `TaskList #${view.issue.number}: record ${record.rec} (${record.name}: ${record.from} -> ${record.to}) was written, but reading it back failed (`,
                    after: '); GitHub may or may not hold it, re-run the step to settle it',
                });
            }
            const comments = listed.value ?? [];
            const events = fold(view.base, comments.map(logComment), view.trusted).events;
            const mine = events.find((e) => (e.kind === 'applied' || e.kind === 'rejected') && e.record.rec === record.rec);
            const distrusted = events.find((e) => e.kind === 'untrusted' && e.comment.id === posted.id);
            if (mine === undefined && distrusted !== undefined) {
                // GitHub named the token's account only now. Remove what it wrote, then refuse.
                const removed = await this.remove(posted);
                throw new storage_errors/* UntrustedTokenError */.o$(view.issue.number, view.issue.author, posted.login, trustedList(view), removed);
            }
            const edited = events.find((e) => e.kind === 'edited');
            if (edited?.kind === 'edited')
                throw new storage_errors/* RecordEditedError */.$t(view.issue.number, edited.comment.id, edited.record?.name, record.rec);
            if (mine !== undefined) {
                let folded = this.reader.foldTail(view, comments, listed.etag).view;
                // A marker after our record moved the record on: what was written there since (a takeover of
                // our claim, say) decides too, so read it before saying what our record achieved.
                if (segmentOf(folded) !== segment)
                    folded = await this.reader.refresh(folded);
                // The body does not show this record yet, whatever the fold says of others.
                const next = { ...folded, bodyBehind: true };
                const comment = comments.find((c) => c.id === mine.comment.id) ?? posted;
                if (mine.kind === 'applied')
                    return { kind: 'applied', view: next, record, comment };
                return { kind: 'rejected', view: next, record, comment, reason: mine.reason };
            }
            if (events.some((e) => e.kind === 'superseded' && e.record.rec === record.rec))
                return { kind: 'superseded', view: this.reader.foldTail(view, comments, listed.etag).view };
            await appending_sleep(this.settleMs * (attempt + 1));
        }
        throw new storage_errors/* WriteError */.QM(`TaskList #${view.issue.number}: record ${record.rec} (${record.name}: ${record.from} -> ${record.to}) was posted but GitHub does not list it; re-run the step, the record is counted once`);
    }
    /**
     * Posts a record comment. A response lost after GitHub applied the write is
     * resolved by looking for the record id; posting again is safe because the
     * fold counts a record id once. `full`: GitHub's comment cap refused it.
     */
    async post(view, segment, record, body) {
        let lastError;
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                return await this.port.createComment(segment, body);
            }
            catch (error) {
                if ((0,github_errors/* isCommentCapRefusal */._R)(error))
                    return 'full';
                if ((0,github_errors/* isDefiniteRefusal */.xZ)(error))
                    throw (0,github_errors/* writeFault */.ii)({ what: `a comment on issue #${segment}`, cause: error });
                lastError = error;
                this.log.warning(`Writing the record for ${record.name} failed (${(0,github_errors/* describeGitHubError */.dZ)(error, `issue #${segment}`, this.advice)}); checking whether GitHub applied it`);
                try {
                    const listed = await this.port.listComments(segment, view.since);
                    const landed = listed.value?.find((c) => c.body.includes(`"rec":"${record.rec}"`));
                    if (landed !== undefined)
                        return landed;
                }
                catch (readError) {
                    lastError = readError;
                }
            }
        }
        throw (0,github_errors/* writeFault */.ii)({
            what: `issue #${segment}`,
            cause: lastError,
            before: `TaskList #${view.issue.number}: could not record ${record.name}: ${record.from} -> ${record.to}: `,
            after: `; GitHub may or may not hold record ${record.rec}, re-run the step to settle it`,
        });
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
                return { view: await this.reader.refresh(existing), created: false };
        }
        const genesis = genesisSnapshot({
            title: input.title,
            ...(input.key === undefined ? {} : { key: input.key }),
            trusted: input.trusted,
            tasks: input.tasks,
            now: input.now,
        });
        let body;
        try {
            body = renderBody(genesis);
        }
        catch (error) {
            if (error instanceof BodyTooLargeError)
                throw new storage_errors/* TooManyTasksError */.Ug(input.tasks.length, error.message);
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
        if (input.lock === true) {
            try {
                await this.port.lockIssue(issue.number);
                issue = { ...issue, locked: true };
            }
            catch (error) {
                throw (0,github_errors/* writeFault */.ii)({
                    what: `issue #${issue.number}`,
                    cause: error,
                    before: `TaskList #${issue.number} was created, but locking its conversation failed: `,
                    after: `; lock #${issue.number} by hand, or re-run with lock: false`,
                });
            }
        }
        if (input.key !== undefined) {
            // Two creates with one key may race past the lookup; the lowest issue number wins everywhere.
            const winner = await this.findByKey(input.key);
            if (winner !== undefined && winner.issue.number !== issue.number) {
                await this.closeDuplicate(issue, winner.issue.number);
                return { view: await this.reader.refresh(winner), created: false };
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
    async findByKey(key) {
        const found = await this.reader.read(() => this.port.findIssuesByLabels([TASKLIST_LABEL, keyLabel(key)]).then((value) => ({ value, etag: undefined })), 'TaskLists by key');
        for (const issue of [...(found.value ?? [])].sort((a, b) => a.number - b.number)) {
            const parsed = parseBody(issue.body);
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
        throw new storage_errors/* LabelsDroppedError */.QI(issue.author, issue.number);
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
                const body = renderBody(current.state, current.parts, this.port.serverNow());
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
                const shown = fetched.value === undefined ? undefined : parseBody(fetched.value.body);
                const known = next.state.cursor?.id ?? 0;
                if (shown?.kind === 'ok' && isSealed(shown.snapshot) && (shown.snapshot.cursor?.id ?? 0) >= known)
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
            this.log.warning(`TaskList #${current.issue.number}: the record is saved, but the issue body could not be refreshed (${error instanceof BodyTooLargeError ? error.message : (0,github_errors/* describeGitHubError */.dZ)(error, `issue #${current.issue.number}`, this.advice)}); the next write will try again`);
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
            cap: options.commentCap ?? GITHUB_COMMENT_CAP,
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

// EXTERNAL MODULE: ./build/action/error-line.js
var error_line = __webpack_require__(8);
;// CONCATENATED MODULE: ./build/action/connect.js






const actionLogger = {
    info: (message) => workflow_commands/* info */.pq(message),
    warning: (message) => workflow_commands/* warning */.$e(message),
    debug: (message) => workflow_commands/* debug */.Yz(message),
};
/** The one GitHub client of this process, and the ports on top of it. */
function connect(inputs, context) {
    const octokit = buildOctokit({
        token: inputs.token,
        baseUrl: context.apiUrl,
        userAgent: 'tasklist-action/0.1',
        log: actionLogger,
    });
    const own = { owner: context.owner, repo: context.repo };
    const [owner = context.owner, repo = context.repo] = inputs.repository?.split('/') ?? [];
    const target = { owner, repo };
    // A person's token can say whom it acts as (GET /user); an installation token (ghs_) cannot, so
    // GitHub names its account only on a write, which the store then removes if it is not trusted.
    let login;
    const whoami = inputs.token.startsWith('ghs_')
        ? undefined
        : () => (login ??= octokit.rest.users.getAuthenticated().then((response) => response.data.login, (error) => {
            if ((0,github_errors/* isHttpStatus */.Bd)(error, 401) || (0,github_errors/* isHttpStatus */.Bd)(error, 403) || (0,github_errors/* isHttpStatus */.Bd)(error, 404))
                return undefined;
            throw error;
        }));
    return {
        store: octokitStore(octokit.rest.issues, target, actionLogger, {
            extraTrusted: inputs.trustedAuthors,
            advice: error_line/* ACTION_ADVICE */.gr,
            closeOnComplete: inputs.closeOnComplete,
            ...(context.commentCap === undefined ? {} : { commentCap: context.commentCap }),
            ...(whoami === undefined ? {} : { whoami }),
        }),
        repo: (0,repository/* octokitRepository */.Yq)(octokit.rest, target),
        workflowRepo: (0,repository/* octokitRepository */.Yq)(octokit.rest, own),
    };
}


/***/ })

};
