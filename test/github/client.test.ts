// The one GitHub client: retries and rate limits, against the double's injected faults.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import Bottleneck from 'bottleneck/light.js'
import { createRequire } from 'node:module'
import { removeTimerFloors, RUN_AS_WRITTEN, YIELD_AS_WRITTEN } from '../../src/github/bottleneck-timers.ts'
import { buildOctokit, WRITE_BURST } from '../../src/github/client.ts'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})

const REPO = { owner: 'octo-org', repo: 'migrations' }
const ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}'

/** `fastRetries` shortens the 5xx backoff; rate-limit waits are left as GitHub asks. */
function client(warnings: string[] = [], fastRetries = false) {
  return buildOctokit({
    token: 'ghs_default_test_token',
    baseUrl: double.apiUrl,
    userAgent: 'tasklist-action-test',
    ...(fastRetries ? { retryBaseMs: 50 } : {}),
    log: { warning: (m) => warnings.push(m), debug: () => undefined },
  })
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: performance.now() - started }
}

describe('the GitHub client', () => {
  it('sends a burst of writes at once, then one a second, as GitHub asks of many writes', async () => {
    const issue = double.actAs('mona').createIssue('octo-org/migrations', { title: 'x' })
    const octokit = client()
    const extra = 3
    for (let i = 0; i < WRITE_BURST + extra; i++) {
      await octokit.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: `comment ${i}` })
    }
    const arrivals = double.timeline
      .filter((entry) => entry.method === 'POST' && entry.route.endsWith('/comments'))
      .map((entry) => entry.startMs)
    expect(arrivals).toHaveLength(WRITE_BURST + extra)
    const gaps = arrivals.slice(1).map((at, i) => at - (arrivals[i] ?? at))
    // The burst goes out back to back; past it, each write waits for the next second's token
    // (the first of them for what is left of the current second).
    for (const gap of gaps.slice(0, WRITE_BURST - 1)) expect(gap).toBeLessThan(400)
    for (const gap of gaps.slice(WRITE_BURST)) expect(gap).toBeGreaterThan(800)
  })

  it('retries a 5xx and a connection reset, and succeeds', async () => {
    const issue = double.actAs('mona').createIssue('octo-org/migrations', { title: 'x' })
    double.addFault({ kind: '5xx', route: ROUTE, method: 'GET', times: 1 })
    double.addFault({ kind: 'reset-before-apply', route: ROUTE, method: 'GET', times: 1 })
    const { data } = await client([], true).rest.issues.get({ ...REPO, issue_number: issue.number })
    expect(data.number).toBe(issue.number)
    expect(double.faultLog.map((f) => f.kind)).toEqual(['5xx', 'reset-before-apply'])
  })

  it('waits as long as retry-after says on a secondary rate limit', async () => {
    const issue = double.actAs('mona').createIssue('octo-org/migrations', { title: 'x' })
    double.addFault({ kind: 'secondary-rate-limit', route: ROUTE, method: 'GET', times: 1, retryAfterSec: 2 })
    const warnings: string[] = []
    const { ms } = await timed(() => client(warnings).rest.issues.get({ ...REPO, issue_number: issue.number }))
    expect(ms).toBeGreaterThanOrEqual(1900)
    expect(ms).toBeLessThan(10_000)
    expect(warnings.some((w) => /secondary rate limit .*; waiting 2s \(retry 1 of 4\)/.test(w))).toBe(true)
  })

  it('waits until x-ratelimit-reset when a secondary limit sends no retry-after, not a flat minute', async () => {
    const issue = double.actAs('mona').createIssue('octo-org/migrations', { title: 'x' })
    double.addFault({
      kind: 'secondary-rate-limit-no-retry-after',
      route: ROUTE,
      method: 'GET',
      times: 1,
      retryAfterSec: 2,
    })
    const warnings: string[] = []
    const { ms } = await timed(() => client(warnings).rest.issues.get({ ...REPO, issue_number: issue.number }))
    expect(ms).toBeGreaterThanOrEqual(1500)
    expect(ms).toBeLessThan(10_000)
    expect(warnings.some((w) => /secondary rate limit .*; waiting [234]s/.test(w))).toBe(true)
  })

  it('gives up on a refusal that retrying cannot change', async () => {
    await expect(client().rest.issues.get({ ...REPO, issue_number: 999_999 })).rejects.toMatchObject({ status: 404 })
    expect(double.stats().requests).toBe(1)
  })

  describe('between a response and the next request', () => {
    afterEach(() => {
      vi.restoreAllMocks()
    })

    it('the installed Bottleneck is the code its timer floors were removed from', () => {
      const installed = readFileSync(createRequire(import.meta.url).resolve('bottleneck/light.js'), 'utf8')
      const lines = installed.split('\n').map((line) => line.trim())
      for (const line of [YIELD_AS_WRITTEN, ...RUN_AS_WRITTEN]) expect(lines).toContain(line)
      // A fresh copy of the module: the one the client uses has had its floors removed already.
      const require = createRequire(import.meta.url)
      const path = require.resolve('bottleneck/light.js')
      const cached = require.cache[path]
      delete require.cache[path]
      try {
        const fresh = require(path) as new () => object
        expect(fresh).not.toBe(Bottleneck)
        expect(removeTimerFloors(fresh)).toEqual({ store: true, jobStart: true })
      } finally {
        if (cached !== undefined) require.cache[path] = cached
      }
    })

    it('leaves a limiter of any other shape as it is', () => {
      // Bottleneck's own methods, each with one line changed.
      class OtherStore {
        yieldLoop(t = 0) {
          return new Promise((resolve) => {
            return setTimeout(resolve, t + 1)
          })
        }
      }
      class OtherLimiter {
        _store = new OtherStore()
        _run(index: string, job: { doRun(): void }, wait: number) {
          job.doRun()
          return [index, wait]
        }
      }
      const methods = () => [
        Reflect.get(OtherStore.prototype, 'yieldLoop'),
        Reflect.get(OtherLimiter.prototype, '_run'),
      ]
      const before = methods()
      expect(removeTimerFloors(OtherLimiter)).toEqual({ store: false, jobStart: false })
      expect(methods()).toEqual(before)
      expect(before.every((method) => typeof method === 'function')).toBe(true)
    })

    it('drops a job whose limiter was stopped before its start, as Bottleneck does', async () => {
      removeTimerFloors()
      const limiter = new Bottleneck()
      const unhandled: unknown[] = []
      const onUnhandled = (reason: unknown) => unhandled.push(reason)
      process.on('unhandledRejection', onUnhandled)
      try {
        // Stopped once the job's start is scheduled: the start is then pending, and must not run it.
        let stopped: Promise<void> | undefined
        limiter.on('scheduled', () => {
          stopped ??= limiter.stop({ dropWaitingJobs: true })
        })
        const job = limiter.schedule(() => Promise.resolve('ran'))
        await expect(job).rejects.toThrow(/stopped/)
        await stopped
        await new Promise((resolve) => setImmediate(resolve))
        await new Promise((resolve) => setTimeout(resolve, 20))
      } finally {
        process.off('unhandledRejection', onUnhandled)
      }
      expect(unhandled).toEqual([])
    })

    // Bottleneck's own code starts each limiter's job and yields within its store on setTimeout(0),
    // 12 timers of at least 1 ms for a GET and 20 for a comment; none are left.
    it.each(['GET', 'POST'])('a %s waits on no zero-delay timer', async (method) => {
      const issue = double.actAs('mona').createIssue('octo-org/migrations', { title: 'x' })
      const octokit = client()
      await octokit.rest.issues.get({ ...REPO, issue_number: issue.number })
      const timers = vi.spyOn(globalThis, 'setTimeout')
      const immediates = vi.spyOn(globalThis, 'setImmediate')
      await (method === 'GET'
        ? octokit.rest.issues.get({ ...REPO, issue_number: issue.number })
        : octokit.rest.issues.createComment({ ...REPO, issue_number: issue.number, body: 'x' }))
      expect(timers.mock.calls.filter(([, ms]) => ms === undefined || ms === 0)).toEqual([])
      expect(immediates).toHaveBeenCalled()
    })
  })
})
