export const id = 954;
export const ids = [954];
export const modules = {

/***/ 7954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   Me: () => (/* binding */ leaseExpiry),
/* harmony export */   QF: () => (/* binding */ trustedAuthors),
/* harmony export */   _B: () => (/* binding */ isLaterAttempt),
/* harmony export */   kq: () => (/* binding */ DEFINITIONS_MISMATCH)
/* harmony export */ });
/* unused harmony export DEFAULT_LEASE_SECONDS */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4612);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5985);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7299);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9746);




const DEFAULT_LEASE_SECONDS = 6 * 3600;
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
        const index = (0,_task_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .taskIndex */ .oN)(record.task);
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
        return DEFINITIONS_MISMATCH;
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
        ...(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .definitionOf */ .Fg)(task),
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
            next.c = {
                id: record.rec,
                at: comment.createdAt,
                lease: record.lease ?? task.c?.lease ?? DEFAULT_LEASE_SECONDS,
                holder: record.holder,
            };
            return next;
        case 'renew':
            if (task.c !== undefined)
                next.c = {
                    ...task.c,
                    renewed: comment.createdAt,
                    ...(record.lease === undefined ? {} : { lease: record.lease }),
                };
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7428);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3812);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5985);
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
        return {
            kind: 'malformed',
            error: `record block fails validation: ${zod__WEBPACK_IMPORTED_MODULE_6__/* .prettifyError */ .S1(parsed.error).split('\n').join(' ')}`,
        };
    return { kind: 'record', record: parsed.data };
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
/** True when release 0.1 sealed this snapshot exactly as it is. */
function isLegacySealed(snapshot) {
    const { digest, ...content } = snapshot;
    return sha16(JSON.stringify(legacyContent(content))) === digest;
}


/***/ }),

/***/ 5985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cg: () => (/* binding */ HolderSchema),
  f$: () => (/* binding */ SCHEMA_VERSION),
  S9: () => (/* binding */ SnapshotSchema),
  Fg: () => (/* binding */ definitionOf),
  R4: () => (/* binding */ genesisSnapshot),
  dy: () => (/* binding */ isSealed),
  C4: () => (/* binding */ sealSnapshot),
  Qw: () => (/* binding */ specsOf)
});

// UNUSED EXPORTS: ClaimSchema, CursorSchema, MAX_EXTRA_DEFINITION, RUN_STATE_KEYS, SafeUrlSchema, TaskStateSchema, definitionsDigest

// EXTERNAL MODULE: ./build/domain/snapshot-legacy.js
var snapshot_legacy = __webpack_require__(6437);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(4377);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
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
var domain_status = __webpack_require__(7299);
// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(9746);
;// CONCATENATED MODULE: ./build/domain/snapshot.js






const SCHEMA_VERSION = 1;
const isoTime = iso/* datetime */.w$({ offset: true });
/** Links rendered into markdown: no spaces, quotes, brackets or angle brackets can break out. */
const SafeUrlSchema = schemas/* string */.YjP()
    .max(500)
    .regex(/^https?:\/\/[^\s<>"'`()[\]{}|\\^]+$/);
const HolderSchema = schemas/* object */.Ikc({
    run: schemas/* string */.YjP().max(40).optional(),
    attempt: schemas/* number */.aig().int().positive().optional(),
    job: schemas/* string */.YjP().max(200).optional(),
    url: SafeUrlSchema.optional(),
    label: schemas/* string */.YjP().max(300),
});
const ClaimSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().max(40),
    at: isoTime,
    lease: schemas/* number */.aig().int().positive(),
    renewed: isoTime.optional(),
    holder: HolderSchema,
});
/** Keys of a task's run state; every other key belongs to its definition. */
const RUN_STATE_KEYS = ['s', 'v', 'c', 't', 'at', 'm', 'x', 'u', 'by'];
const BUILT_IN_KEYS = new Set(['n', 'desc', ...RUN_STATE_KEYS]);
/** Extra definition fields are bounded so one task cannot crowd the others out of the issue body. */
const MAX_EXTRA_DEFINITION = 4000;
const TaskStateSchema = schemas/* looseObject */._H3({
    n: schemas/* string */.YjP().regex(task_spec/* TASK_NAME_PATTERN */.zA).max(task_spec/* MAX_TASK_NAME */.tX),
    desc: schemas/* string */.YjP().max(task_spec/* MAX_DESCRIPTION */.o1).optional(),
    s: schemas/* enum */.k5n(domain_status/* STATUSES */.f),
    v: schemas/* number */.aig().int().nonnegative(),
    c: ClaimSchema.optional(),
    /** Seconds the last finished attempt took. */
    t: schemas/* number */.aig().nonnegative().optional(),
    /** Server time of the last change. */
    at: isoTime.optional(),
    m: schemas/* string */.YjP().max(300).optional(),
    x: schemas/* number */.aig().int().optional(),
    u: SafeUrlSchema.optional(),
    by: schemas/* string */.YjP().max(100).optional(),
})
    .check((ctx) => {
    const extra = extraDefinitionOf(ctx.value);
    if (JSON.stringify(extra).length > MAX_EXTRA_DEFINITION) {
        ctx.issues.push({
            code: 'custom',
            message: `the extra definition fields of ${ctx.value.n} exceed ${MAX_EXTRA_DEFINITION} characters`,
            input: ctx.value,
        });
    }
});
/** The definition fields other than the name and description. */
function extraDefinitionOf(task) {
    return Object.fromEntries(Object.entries(task).filter(([key]) => !BUILT_IN_KEYS.has(key)));
}
/** Everything in a task's state that is not run state, whatever fields definitions grow. */
function definitionOf(task) {
    const { s: _s, v: _v, c: _c, t: _t, at: _at, m: _m, x: _x, u: _u, by: _by, ...definition } = task;
    return definition;
}
const CursorSchema = schemas/* object */.Ikc({ id: schemas/* number */.aig().int().positive(), at: isoTime });
const SnapshotSchema = schemas/* object */.Ikc({
    tasklist: schemas/* literal */.euz(SCHEMA_VERSION),
    title: schemas/* string */.YjP().max(256),
    key: schemas/* string */.YjP().max(256).optional(),
    created: isoTime,
    trusted: schemas/* array */.YOg(schemas/* string */.YjP().max(100)).max(50),
    defs: schemas/* string */.YjP().regex(/^[0-9a-f]{16}$/),
    cursor: CursorSchema.nullable(),
    tasks: schemas/* array */.YOg(TaskStateSchema).min(1),
    digest: schemas/* string */.YjP().regex(/^[0-9a-f]{16}$/),
});
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
function sealSnapshot(content) {
    return { ...content, digest: sha16(canonicalJson(content)) };
}
/** True when the snapshot is exactly as the action wrote it, whatever order its JSON keys arrived in. */
function isSealed(snapshot) {
    const { digest, ...content } = snapshot;
    return sha16(canonicalJson(content)) === digest || (0,snapshot_legacy/* isLegacySealed */.m)(snapshot);
}
function specsOf(snapshot) {
    return snapshot.tasks.map((task) => {
        const { n, desc, ...extra } = definitionOf(task);
        return desc === undefined ? { ...extra, name: n } : { ...extra, name: n, description: desc };
    });
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
        tasks: input.tasks.map(({ name, description, ...extra }) => ({
            ...extra,
            n: name,
            ...(description === undefined ? {} : { desc: description }),
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
            return (`'${op}' needs ${needs}, but it is ${from}` +
                (from === 'PENDING' && (op === 'complete' || op === 'fail') ? '; start it first' : ''));
    }
}


/***/ })

};
