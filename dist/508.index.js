export const id = 508;
export const ids = [508];
export const modules = {

/***/ 6508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionLogger: () => (/* binding */ actionLogger),
  connect: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./build/action/workflow-commands.js
var workflow_commands = __webpack_require__(1721);
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
 * Bottleneck's in-memory store yields to the event loop with setTimeout(0) on every operation, and a
 * request passes up to five limiters (retry's, then throttling's retry, write, notification and
 * global ones) of several operations each: 10 to 20 ms of timer floors per request, more than the
 * request itself takes near GitHub. setImmediate yields just as truly (I/O and timers still run in
 * between) without the floor. Bottleneck has had no release since 2019; test/github/client.test.ts
 * pins the store's shape, and if it ever changes this leaves the store as it is: slower, never wrong.
 */
function yieldWithoutTimerFloor() {
    const store = Reflect.get(new light(), '_store');
    const prototype = typeof store === 'object' && store !== null ? Object.getPrototypeOf(store) : undefined;
    if (typeof prototype !== 'object' || prototype === null)
        return false;
    if (typeof Reflect.get(prototype, 'yieldLoop') !== 'function')
        return false;
    const yieldLoop = (ms = 0) => new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
    Reflect.set(prototype, 'yieldLoop', yieldLoop);
    return true;
}
/**
 * Builds the one GitHub client a process uses: retries transient failures
 * with backoff, and waits out primary and secondary rate limits the way
 * GitHub asks (retry-after, else x-ratelimit-reset, else a minute, doubling).
 */
function buildOctokit(options) {
    yieldWithoutTimerFloor();
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
var github_errors = __webpack_require__(9347);
// EXTERNAL MODULE: ./build/storage/repository.js + 1 modules
var repository = __webpack_require__(5320);
// EXTERNAL MODULE: ./build/storage/store.js + 7 modules
var store = __webpack_require__(3136);
// EXTERNAL MODULE: ./build/action/error-line.js
var error_line = __webpack_require__(8008);
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
        store: (0,store/* octokitStore */.Te)(octokit.rest.issues, target, actionLogger, {
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
