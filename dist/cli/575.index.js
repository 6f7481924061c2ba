export const id = 575;
export const ids = [575];
export const modules = {

/***/ 3575:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WRITE_BURST: () => (/* binding */ WRITE_BURST),
  buildOctokit: () => (/* binding */ buildOctokit)
});

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
;// CONCATENATED MODULE: ./build/github/bottleneck-timers.js

/** The line of 2.19.5's store that yields; any other store is left alone. */
const YIELD_AS_WRITTEN = 'return setTimeout(resolve, t);';
/** The lines of 2.19.5's `_run` this replacement stands for; any other `_run` is left alone. */
const RUN_AS_WRITTEN = [
    'job.doRun();',
    'clearGlobalState = this._clearGlobalState.bind(this, index);',
    'run = this._run.bind(this, index, job);',
    'free = this._free.bind(this, index, job);',
    'timeout: setTimeout(() => {',
    'return job.doExecute(this._limiter, clearGlobalState, run, free);',
    '}, wait),',
    'expiration: job.options.expiration != null ? setTimeout(function() {',
    'return job.doExpire(clearGlobalState, run, free);',
    '}, wait + job.options.expiration) : void 0,',
];
/**
 * `_run` as 2.19.5 has it, with a job due now started on setImmediate. `stop({ dropWaitingJobs })`
 * cancels a scheduled start with clearTimeout, which an immediate ignores, and drops the job: so a
 * start checks first that its job was not dropped meanwhile (nothing here stops a limiter, but an
 * immediate that ran a dropped job would throw where nothing catches it).
 */
function runJob(index, job, wait) {
    job.doRun();
    const clearGlobalState = this._clearGlobalState.bind(this, index);
    const run = this._run.bind(this, index, job);
    const free = this._free.bind(this, index, job);
    const execute = () => this.jobStatus(job.options.id) === null ? undefined : job.doExecute(this._limiter, clearGlobalState, run, free);
    const expiration = job.options.expiration;
    return (this._scheduled[index] = {
        timeout: wait > 0 ? setTimeout(execute, wait) : setImmediate(execute),
        expiration: expiration != null ? setTimeout(() => job.doExpire(clearGlobalState, run, free), wait + expiration) : undefined,
        job,
    });
}
function yieldLoop(ms = 0) {
    return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
}
function sourceLines(fn) {
    return typeof fn === 'function'
        ? Function.prototype.toString
            .call(fn)
            .split('\n')
            .map((line) => line.trim())
        : [];
}
/** Removes Bottleneck's 1 ms floors (idempotent); says which of the two it found as expected. */
function removeTimerFloors(limiter = light) {
    const store = Reflect.get(new limiter(), '_store');
    const storePrototype = typeof store === 'object' && store !== null ? Object.getPrototypeOf(store) : null;
    const storeKnown = typeof storePrototype === 'object' &&
        storePrototype !== null &&
        (Reflect.get(storePrototype, 'yieldLoop') === yieldLoop ||
            sourceLines(Reflect.get(storePrototype, 'yieldLoop')).includes(YIELD_AS_WRITTEN));
    if (storeKnown)
        Reflect.set(storePrototype, 'yieldLoop', yieldLoop);
    const run = Reflect.get(limiter.prototype, '_run');
    const lines = sourceLines(run);
    const runKnown = run === runJob || RUN_AS_WRITTEN.every((line) => lines.includes(line));
    if (runKnown)
        Reflect.set(limiter.prototype, '_run', runJob);
    return { store: storeKnown, jobStart: runKnown };
}

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
    removeTimerFloors();
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


/***/ })

};
