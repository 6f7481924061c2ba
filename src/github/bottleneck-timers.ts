import Bottleneck from 'bottleneck/light.js'

/*
 * Bottleneck (the retry and throttling plugins' limiter) waits on setTimeout(0) wherever it yields:
 * each operation of its in-memory store, and the start of every job due now. A request passes up to
 * five limiters (retry's, then throttling's retry, write, notification and global ones), so it used to
 * wait on 12 to 20 timers of at least 1 ms each: more than the request itself takes near GitHub, on
 * every request of every step. setImmediate yields to the event loop just as truly (I/O and due
 * timers still run in between) without the floor; a wait of more than 0 ms stays a timer.
 *
 * Bottleneck has had no release since 2019 and is pinned to 2.19.5. Each change below applies only
 * to the code it was written against (test/github/client.test.ts pins that); anything else is left
 * as it is: slower, never wrong.
 */

interface Job {
  doRun(): void
  doExecute(
    limiter: unknown,
    clearGlobalState: () => unknown,
    run: (wait: number) => unknown,
    free: () => unknown,
  ): unknown
  doExpire(clearGlobalState: () => unknown, run: (wait: number) => unknown, free: () => unknown): unknown
  readonly options: { readonly id: string; readonly expiration?: number | null }
}

interface Limiter {
  readonly _limiter: unknown
  readonly _scheduled: Record<string, unknown>
  _clearGlobalState(index: string): unknown
  _run(index: string, job: Job, wait: number): unknown
  _free(index: string, job: Job): unknown
  /** The job's state, or null once it is dropped. */
  jobStatus(id: string): string | null
}

/** The line of 2.19.5's store that yields; any other store is left alone. */
export const YIELD_AS_WRITTEN = 'return setTimeout(resolve, t);'

/** The lines of 2.19.5's `_run` this replacement stands for; any other `_run` is left alone. */
export const RUN_AS_WRITTEN = [
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
]

/**
 * `_run` as 2.19.5 has it, with a job due now started on setImmediate. `stop({ dropWaitingJobs })`
 * cancels a scheduled start with clearTimeout, which an immediate ignores, and drops the job: so a
 * start checks first that its job was not dropped meanwhile (nothing here stops a limiter, but an
 * immediate that ran a dropped job would throw where nothing catches it).
 */
function runJob(this: Limiter, index: string, job: Job, wait: number): unknown {
  job.doRun()
  const clearGlobalState = this._clearGlobalState.bind(this, index)
  const run = this._run.bind(this, index, job)
  const free = this._free.bind(this, index, job)
  const execute = () =>
    this.jobStatus(job.options.id) === null ? undefined : job.doExecute(this._limiter, clearGlobalState, run, free)
  const expiration = job.options.expiration
  return (this._scheduled[index] = {
    timeout: wait > 0 ? setTimeout(execute, wait) : setImmediate(execute),
    expiration:
      expiration != null ? setTimeout(() => job.doExpire(clearGlobalState, run, free), wait + expiration) : undefined,
    job,
  })
}

function yieldLoop(ms = 0): Promise<void> {
  return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)))
}

function sourceLines(fn: unknown): string[] {
  return typeof fn === 'function'
    ? Function.prototype.toString
        .call(fn)
        .split('\n')
        .map((line) => line.trim())
    : []
}

export interface TimerFloorsRemoved {
  /** The store's yields. */
  readonly store: boolean
  /** The start of a job due now. */
  readonly jobStart: boolean
}

/** Removes Bottleneck's 1 ms floors (idempotent); says which of the two it found as expected. */
export function removeTimerFloors(limiter: new () => object = Bottleneck): TimerFloorsRemoved {
  const store: unknown = Reflect.get(new limiter(), '_store')
  const storePrototype: unknown = typeof store === 'object' && store !== null ? Object.getPrototypeOf(store) : null
  const storeKnown =
    typeof storePrototype === 'object' &&
    storePrototype !== null &&
    (Reflect.get(storePrototype, 'yieldLoop') === yieldLoop ||
      sourceLines(Reflect.get(storePrototype, 'yieldLoop')).includes(YIELD_AS_WRITTEN))
  if (storeKnown) Reflect.set(storePrototype, 'yieldLoop', yieldLoop)

  const run: unknown = Reflect.get(limiter.prototype, '_run')
  const lines = sourceLines(run)
  const runKnown = run === runJob || RUN_AS_WRITTEN.every((line) => lines.includes(line))
  if (runKnown) Reflect.set(limiter.prototype, '_run', runJob)
  return { store: storeKnown, jobStart: runKnown }
}
