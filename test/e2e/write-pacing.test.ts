// A step's own few writes are not spaced out: each goes to GitHub as soon as the answer before it
// is in. Measured on the double's request timeline (when each request arrived and was answered),
// where the one-second pacing this replaced shows as a gap of a second before every write.
import { describe, expect, it } from 'vitest'
import type { GitHubDouble, TimelineEntry } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job } from '../support/step-runner.ts'

const TASKS = 'database-migration\napplication-migration'
/** Far below the second of pacing, far above a busy runner's scheduling delay. */
const MAX_IDLE_BEFORE_WRITE_MS = 400

/** For each write, how long GitHub sat idle between the answer before it and its arrival. */
function idleBeforeWrites(timeline: readonly TimelineEntry[]): number[] {
  const ordered = [...timeline].sort((a, b) => a.startMs - b.startMs)
  const gaps: number[] = []
  ordered.forEach((entry, index) => {
    const before = ordered[index - 1]
    if (entry.method !== 'GET' && before !== undefined) gaps.push(Math.max(0, entry.startMs - before.endMs))
  })
  return gaps
}

async function stepWrites(job: Job, inputs: Record<string, string>): Promise<number[]> {
  double.resetStats()
  const result = await job.step(inputs)
  expect(result.errors).toEqual([])
  expect(result.exitCode).toBe(0)
  return idleBeforeWrites(double.timeline)
}

let double: GitHubDouble
useGitHubDouble((d) => (double = d))

describe('write pacing of the bundled action', () => {
  it('start, complete and run send their writes back to back', async () => {
    const job = new Job({ apiUrl: double.apiUrl, runId: '7' })
    const created = await job.step({ command: 'create', title: 'Pacing', tasks: TASKS })
    const id = created.outputs['tasklist-id'] ?? ''

    const start = await stepWrites(job, { command: 'start', 'tasklist-id': id, task: 'database-migration' })
    const complete = await stepWrites(job, {
      command: 'complete',
      'tasklist-id': id,
      task: 'database-migration',
    })
    const run = await stepWrites(job, {
      command: 'run',
      'tasklist-id': id,
      task: 'application-migration',
      run: 'true',
    })

    // Two writes each for start and complete (record, body), three for run (two records, body).
    expect([start.length, complete.length, run.length]).toEqual([2, 2, 3])
    for (const gap of [...start, ...complete, ...run]) expect(gap).toBeLessThan(MAX_IDLE_BEFORE_WRITE_MS)
  })
})
