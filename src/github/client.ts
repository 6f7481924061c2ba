import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { removeTimerFloors } from './bottleneck-timers.ts'

export interface ClientOptions {
  readonly token: string
  readonly baseUrl: string
  readonly userAgent: string
  readonly log: { warning(message: string): void; debug(message: string): void }
  /** Per-request timeout; a timed-out request is retried like a 5xx. */
  readonly timeoutMs?: number
  /** Retries of 5xx, resets and timeouts; and of rate-limit answers. */
  readonly retries?: number
  readonly retryBaseMs?: number
}

const TasklistOctokit = Octokit.plugin(retry, throttling)
export type TasklistOctokit = InstanceType<typeof TasklistOctokit>

const MINUTE = 60

/** Writes a process may make back to back before GitHub's one-second spacing applies. */
export const WRITE_BURST = 5
const WRITE_SPACING_MS = 1000

/** A token bucket: WRITE_BURST writes at once, then one more per second. */
function burstThenPace(id: string): Bottleneck.Group {
  return new Bottleneck.Group({
    id,
    maxConcurrent: 1,
    minTime: 0,
    reservoir: WRITE_BURST,
    reservoirIncreaseAmount: 1,
    reservoirIncreaseInterval: WRITE_SPACING_MS,
    reservoirIncreaseMaximum: WRITE_BURST,
  })
}

/**
 * Builds the one GitHub client a process uses: retries transient failures
 * with backoff, and waits out primary and secondary rate limits the way
 * GitHub asks (retry-after, else x-ratelimit-reset, else a minute, doubling).
 */
export function buildOctokit(options: ClientOptions): TasklistOctokit {
  removeTimerFloors()
  const timeoutMs = options.timeoutMs ?? 30_000
  const retries = options.retries ?? 4
  /** How long GitHub's last rate-limit answer asked to wait until x-ratelimit-reset, by GitHub's own clock. */
  let untilReset: number | undefined
  const timedFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    if (response.status === 403 || response.status === 429) {
      const reset = Number(response.headers.get('x-ratelimit-reset')) * 1000
      const now = Date.parse(response.headers.get('date') ?? '')
      untilReset = reset > 0 ? reset - (Number.isNaN(now) ? Date.now() : now) : undefined
    }
    return response
  }
  /** GitHub's order: retry-after if sent, else until x-ratelimit-reset, else a minute, doubling each time. */
  const secondaryWait = (retryAfter: number, retryCount: number): number => {
    if (retryAfter > 0) return 0
    if (untilReset !== undefined && untilReset > 0) return untilReset + 1000
    return MINUTE * 1000 * 2 ** retryCount
  }
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
        options.log.warning(
          `GitHub rate limit reached for ${request.method} ${request.url}; waiting ${retryAfter}s (retry ${retryCount + 1} of ${retries})`,
        )
        return retryCount < retries
      },
      // The plugin awaits this handler; its type says void, but a promise is honoured.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onSecondaryRateLimit: async (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= retries) return false
        const extra = secondaryWait(retryAfter, retryCount)
        const seconds = retryAfter > 0 ? retryAfter : Math.ceil(extra / 1000)
        options.log.warning(
          `GitHub secondary rate limit for ${request.method} ${request.url}; waiting ${seconds}s (retry ${retryCount + 1} of ${retries})`,
        )
        if (extra > 0) await new Promise((resolve) => setTimeout(resolve, extra))
        return true
      },
    },
    // Octokit logs every non-2xx (304s included) as an error; the store reports real failures itself.
    log: {
      debug: (message: string) => options.log.debug(message),
      info: (message: string) => options.log.debug(message),
      warn: (message: string) => options.log.warning(message),
      error: (message: string) => options.log.debug(message),
    },
  })
}
