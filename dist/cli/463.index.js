export const id = 463;
export const ids = [463];
export const modules = {

/***/ 4463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WRITE_BURST: () => (/* binding */ WRITE_BURST),
/* harmony export */   buildOctokit: () => (/* binding */ buildOctokit),
/* harmony export */   yieldWithoutTimerFloor: () => (/* binding */ yieldWithoutTimerFloor)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);




const TasklistOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
const MINUTE = 60;
/** Writes a process may make back to back before GitHub's one-second spacing applies. */
const WRITE_BURST = 5;
const WRITE_SPACING_MS = 1000;
/** A token bucket: WRITE_BURST writes at once, then one more per second. */
function burstThenPace(id) {
    return new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__.Group({
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
    const store = Reflect.get(new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__(), '_store');
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


/***/ })

};
