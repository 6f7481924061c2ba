import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGitHubDouble, type GitHubDouble } from '../double/index.ts'
import { addChaosToken, CHAOS_COMMENT_CAP, planArbitrary, runSchedule } from './inprocess-schedule.ts'

const RUNS = Number(process.env.CHAOS_RUNS ?? 200)
const SEED = process.env.CHAOS_SEED === undefined ? undefined : Number(process.env.CHAOS_SEED)
// A time limit keeps a slow machine inside the test's timeout; the long run (npm run chaos) gets room for all its schedules.
const TIME_LIMIT_MS = Math.max(8 * 60_000, RUNS * 200)
const TASKS = [{ name: 'database-migration' }, { name: 'application-migration' }, { name: 'data-validation' }]

let double: GitHubDouble
beforeAll(async () => {
  double = await startGitHubDouble({ seed: 7, limits: { commentCap: CHAOS_COMMENT_CAP } })
  addChaosToken(double)
})
afterAll(async () => {
  await double.close()
})

describe('concurrent writers under every interleaving the scheduler picks', () => {
  it(
    `never lose or invent a status (${RUNS} schedules)`,
    async () => {
      const stats = { schedules: 0, writers: 0, requests: 0, continued: 0, raced: 0 }
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.array(planArbitrary(TASKS.length), { minLength: 2, maxLength: 6 }),
          // People's comments before the writers start: often enough that the record crosses the cap.
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(0) },
            { weight: 2, arbitrary: fc.integer({ min: CHAOS_COMMENT_CAP - 14, max: CHAOS_COMMENT_CAP - 6 }) },
          ),
          async (scheduler, plans, prefill) => {
            const result = await runSchedule(double, scheduler, TASKS, plans, prefill)
            stats.continued += result.continued > 0 ? 1 : 0
            stats.raced += result.raced > 0 ? 1 : 0
            stats.schedules += 1
            stats.writers += plans.length
            stats.requests += result.requests
            if (result.anomalies.length > 0) {
              throw new Error(
                `anomalies:\n${result.anomalies.join('\n')}\nreports: ${JSON.stringify(result.reports)}\nscheduler: ${fc.stringify(scheduler)}`,
              )
            }
          },
        ),
        {
          numRuns: RUNS,
          ...(SEED === undefined ? {} : { seed: SEED }),
          endOnFailure: false,
          interruptAfterTimeLimit: TIME_LIMIT_MS,
        },
      )
      expect(stats.schedules).toBeGreaterThanOrEqual(RUNS)
      expect(double.violations).toEqual([])
      // The cap is crossed in a good share of schedules, so continuing under races is exercised every run.
      expect(stats.continued).toBeGreaterThan(RUNS / 5)
      console.log(
        `in-process chaos: ${stats.schedules} schedules (${stats.continued} crossing the comment cap, ${stats.raced} with writers racing to continue it), ${stats.writers} writers, ${stats.requests} requests, 0 anomalies`,
      )
    },
    TIME_LIMIT_MS + 120_000,
  )
})
