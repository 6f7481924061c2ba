export const id = 509;
export const ids = [509];
export const modules = {

/***/ 509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionLogger: () => (/* binding */ actionLogger),
  connect: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
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

// EXTERNAL MODULE: ./build/storage/repository.js + 1 modules
var repository = __webpack_require__(5320);
// EXTERNAL MODULE: ./build/domain/comment.js
var comment = __webpack_require__(8028);
// EXTERNAL MODULE: ./build/domain/fold.js
var fold = __webpack_require__(7954);
// EXTERNAL MODULE: ./build/domain/record.js
var domain_record = __webpack_require__(4612);
// EXTERNAL MODULE: ./build/storage/errors.js
var errors = __webpack_require__(3703);
// EXTERNAL MODULE: ./build/storage/github-errors.js
var github_errors = __webpack_require__(9347);
// EXTERNAL MODULE: ./build/domain/body.js
var domain_body = __webpack_require__(3369);
// EXTERNAL MODULE: ./build/domain/snapshot-legacy.js
var snapshot_legacy = __webpack_require__(6437);
// EXTERNAL MODULE: ./build/domain/snapshot.js
var domain_snapshot = __webpack_require__(5625);
;// CONCATENATED MODULE: ./build/storage/reading.js







/**
 * A tail of a full page or more means the body lags far behind. Later reads in
 * this process start from our own fold instead, so they do not fetch the same
 * pages again. (Short tails keep their start, so re-reads stay conditional.)
 */
const LONG_TAIL = 100;
function logComment(comment) {
    return { id: comment.id, createdAt: comment.createdAt, login: comment.login, body: comment.body };
}
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
        const parsed = (0,domain_body/* parseBody */.OG)(issue.body);
        if (parsed.kind === 'not-tasklist') {
            throw new errors/* NotATaskListError */.Cn(`issue #${issue.number} is not a TaskList: its body has no TaskList block; check the TaskList ID (the number of an issue that create made)`);
        }
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
        const listed = await this.read(() => this.port.listComments(issue.number, undefined), `the comments of issue #${issue.number}`);
        const comments = (listed.value ?? []).map(logComment);
        let base = genesis;
        let result = (0,fold/* fold */.AU)(genesis, comments, trusted);
        const mismatched = (events) => events.find((e) => e.kind === 'rejected' && e.reason === fold/* DEFINITIONS_MISMATCH */.kq);
        if (mismatched(result.events) !== undefined) {
            // A TaskList written by release 0.1 carries its definitions digest in the old form.
            const { digest: _digest, ...content } = genesis;
            const legacy = (0,domain_snapshot/* sealSnapshot */.C4)({ ...content, defs: (0,snapshot_legacy/* legacyDefinitionsDigest */.e)((0,domain_snapshot/* specsOf */.Qw)(edited)) });
            const replayed = (0,fold/* fold */.AU)(legacy, comments, trusted);
            if (mismatched(replayed.events) === undefined) {
                base = legacy;
                result = replayed;
            }
        }
        const foreignDefs = mismatched(result.events);
        if (foreignDefs !== undefined) {
            throw new errors/* StateValidationError */.NY(`TaskList #${issue.number}: the task definitions in the state block were edited by hand and no longer match the record; restore the block from the issue's edit history`);
        }
        this.reportForeign(result.events);
        return {
            issue,
            parts,
            base,
            state: result.snapshot,
            tailRead: true,
            since: undefined,
            tailEtag: undefined,
            trusted,
            bodyBehind: true,
            stateBlockEdited: true,
        };
    }
    /** Reads the records newer than the snapshot and folds them in. */
    async refresh(view) {
        const listed = await this.read(() => this.port.listComments(view.issue.number, view.since, view.tailRead ? view.tailEtag : undefined), `the comments of issue #${view.issue.number}`);
        if (listed.value === undefined)
            return view;
        return this.foldTail(view, listed.value, listed.etag).view;
    }
    /** Folds a tail read onto the view's base, reporting foreign comments once. */
    foldTail(view, comments, etag) {
        const result = (0,fold/* fold */.AU)(view.base, comments.map(logComment), view.trusted);
        this.reportForeign(result.events);
        const bodyBehind = view.bodyBehind || result.events.some((e) => e.kind === 'applied' || e.kind === 'planned');
        return {
            view: rebaseIfLong({ ...view, state: result.snapshot, tailRead: true, tailEtag: etag, bodyBehind }, comments.length),
            events: result.events,
        };
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
function rebaseIfLong(view, tailLength) {
    if (tailLength < LONG_TAIL || view.state.cursor === null)
        return view;
    return { ...view, base: view.state, since: view.state.cursor.at, tailEtag: undefined, bodyFarBehind: true };
}

;// CONCATENATED MODULE: ./build/storage/appending.js






const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Appending one record and reading it back to learn whether it won. */
class Appender {
    port;
    log;
    reader;
    settleMs;
    advice;
    constructor(port, log, reader, settleMs, advice) {
        this.port = port;
        this.log = log;
        this.reader = reader;
        this.settleMs = settleMs;
        this.advice = advice;
    }
    /**
     * Appends one record and reads the record back to learn whether it won: the
     * fold is the only judge, so a step reports exactly what GitHub holds.
     */
    async submit(view, draft, extras = {}) {
        const { rec, ...fields } = draft;
        // The digest as of the state read: a plan change in the tail may have moved it on from the snapshot's.
        const record = { tasklist: 1, rec: rec ?? (0,domain_record/* newRecordId */.Ld)(), defs: view.state.defs, ...fields };
        const body = (0,comment/* renderRecordComment */.S)(record, extras);
        const label = `${record.name}: ${record.from} -> ${record.to}`;
        const posted = await this.post(view, record.rec, label, body);
        const found = await this.readBack(view, record.rec, label, posted);
        if (found.event.kind === 'applied')
            return { kind: 'applied', view: found.view, record, comment: found.comment };
        if (found.event.kind === 'rejected')
            return { kind: 'rejected', view: found.view, record, comment: found.comment, reason: found.event.reason };
        throw new Error(`record ${record.rec} was read back as a plan record`);
    }
    /** Appends a plan change and reads it back: like a task record, the fold alone says whether it applied. */
    async submitPlan(view, record, body) {
        const label = 'the plan change';
        const posted = await this.post(view, record.rec, label, body);
        const found = await this.readBack(view, record.rec, label, posted);
        if (found.event.kind === 'planned')
            return { kind: 'applied', view: found.view, comment: found.comment };
        if (found.event.kind === 'plan-rejected')
            return { kind: 'rejected', view: found.view, comment: found.comment, reason: found.event.reason };
        throw new Error(`record ${record.rec} was read back as a task record`);
    }
    /** Reads the tail until the record with this id is folded, and returns its fold event and the new view. */
    async readBack(view, rec, label, posted) {
        for (let attempt = 0; attempt < 4; attempt++) {
            let listed;
            try {
                listed = await this.port.listComments(view.issue.number, view.since);
            }
            catch (error) {
                throw (0,github_errors/* writeFault */.ii)({
                    what: `issue #${view.issue.number}`,
                    cause: error,
                    before: `TaskList #${view.issue.number}: record ${rec} (${label}) was written, but reading it back failed (`,
                    after: '); GitHub may or may not hold it, re-run the step to settle it',
                });
            }
            const comments = listed.value ?? [];
            const events = (0,fold/* fold */.AU)(view.base, comments.map(logComment), view.trusted).events;
            const mine = events.find((e) => (e.kind === 'applied' || e.kind === 'rejected' || e.kind === 'planned' || e.kind === 'plan-rejected') &&
                e.record.rec === rec);
            const distrusted = events.find((e) => e.kind === 'untrusted' && e.comment.id === posted.id);
            if (mine === undefined && distrusted !== undefined) {
                await this.annotate(posted, `@${posted.login} is not trusted by this TaskList`);
                throw new errors/* UntrustedTokenError */.o$(view.issue.number, view.issue.author, posted.login);
            }
            if (mine !== undefined) {
                // The body does not show this record yet, whatever the fold says of others.
                const next = { ...this.reader.foldTail(view, comments, listed.etag).view, bodyBehind: true };
                const comment = comments.find((c) => c.id === mine.comment.id) ?? posted;
                return { event: mine, view: next, comment };
            }
            await sleep(this.settleMs * (attempt + 1));
        }
        throw new errors/* WriteError */.QM(`TaskList #${view.issue.number}: record ${rec} (${label}) was posted but GitHub does not list it; re-run the step, the record is counted once`);
    }
    /**
     * Posts a record comment. A response lost after GitHub applied the write is
     * resolved by looking for the record id; posting again is safe because the
     * fold counts a record id once.
     */
    async post(view, rec, label, body) {
        let lastError;
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                return await this.port.createComment(view.issue.number, body);
            }
            catch (error) {
                if ((0,github_errors/* isDefiniteRefusal */.xZ)(error))
                    throw (0,github_errors/* writeFault */.ii)({ what: `a comment on issue #${view.issue.number}`, cause: error });
                lastError = error;
                this.log.warning(`Writing the record for ${label} failed (${(0,github_errors/* describeGitHubError */.dZ)(error, `issue #${view.issue.number}`, this.advice)}); checking whether GitHub applied it`);
                try {
                    const listed = await this.port.listComments(view.issue.number, view.since);
                    const landed = listed.value?.find((c) => c.body.includes(`"rec":"${rec}"`));
                    if (landed !== undefined)
                        return landed;
                }
                catch (readError) {
                    lastError = readError;
                }
            }
        }
        throw (0,github_errors/* writeFault */.ii)({
            what: `issue #${view.issue.number}`,
            cause: lastError,
            before: `TaskList #${view.issue.number}: could not record ${label}: `,
            after: `; GitHub may or may not hold record ${rec}, re-run the step to settle it`,
        });
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





const TASKLIST_LABEL = 'tasklist';
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
            const parsed = (0,domain_body/* parseBody */.OG)(issue.body);
            if (parsed.kind === 'ok' && parsed.snapshot.key === key)
                return this.reader.viewOf(issue);
        }
        return undefined;
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
    };
}
function toComment(raw) {
    return {
        id: raw.id,
        createdAt: raw.created_at,
        login: raw.user?.login ?? '',
        body: raw.body ?? '',
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
    constructor(port, log, reader, rounds, advice) {
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
                const body = (0,domain_body/* renderBody */.lc)(current.state, current.parts);
                await this.port.updateIssue(current.issue.number, { body });
                current = { ...current, bodyBehind: false, issue: { ...current.issue, body } };
                if (options.converge === false)
                    return current;
                const listed = await this.port.listComments(current.issue.number, current.since, current.tailEtag);
                if (listed.value === undefined)
                    return current;
                const next = this.reader.foldTail(current, listed.value, listed.etag).view;
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
}
function sameTasks(a, b) {
    return JSON.stringify(a.tasks) === JSON.stringify(b.tasks);
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
        this.appender = new Appender(port, log, this.reader, options.settleMs ?? 500, options.advice);
        this.publisher = new Publisher(port, log, this.reader, options.publishRounds ?? 6, options.advice);
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
    /** Redraws the body from the view's state; never throws, since the record already holds the truth. */
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
    /** The repository's open TaskLists, oldest first, as their issues show them; `what` names them in errors. */
    async listOpen(what) {
        try {
            return await this.port.findIssuesByLabels([TASKLIST_LABEL], 'open');
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
var error_line = __webpack_require__(8008);
;// CONCATENATED MODULE: ./build/action/connect.js





const actionLogger = {
    info: (message) => core/* info */.pq(message),
    warning: (message) => core/* warning */.$e(message),
    debug: (message) => core/* debug */.Yz(message),
};
/** The one GitHub client of this process, and the ports on top of it. */
function connect(token, context, extraTrusted) {
    const octokit = buildOctokit({ token, baseUrl: context.apiUrl, userAgent: 'tasklist-action/0.1', log: actionLogger });
    const ref = { owner: context.owner, repo: context.repo };
    return {
        store: octokitStore(octokit.rest.issues, ref, actionLogger, { extraTrusted, advice: error_line/* ACTION_ADVICE */.gr }),
        repo: (0,repository/* octokitRepository */.Yq)(octokit.rest, ref),
    };
}


/***/ })

};
