// Keeps the request counts of the main operations from growing back. Exact counts, not timings:
// if a change makes a command cheaper, lower the numbers here (and re-run `npm run bench`);
// if it makes one dearer, that is what this test is for. See bench/results.md for the why.
import { describe, expect, it } from 'vitest'
import { startGitHubDouble, type GitHubDouble, type Stats } from '../double/index.ts'
import { Job, type StepResult } from '../support/step-runner.ts'

const TASKS = ['database-migration: Migrate the schema', 'application-migration', 'data-validation'].join('\n')

const GET_ISSUE = 'GET /repos/{owner}/{repo}/issues/{issue_number}'
const PATCH_ISSUE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'
const LIST_ISSUES = 'GET /repos/{owner}/{repo}/issues'
const CREATE_ISSUE = 'POST /repos/{owner}/{repo}/issues'
const LIST_COMMENTS = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
const CREATE_COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'

interface Counts {
  readonly reads: number
  /** Of the reads, answered 304 Not Modified. */
  readonly notModified: number
  readonly writes: number
  readonly contentCreating: number
  readonly byRoute: Record<string, number>
}

function counts(stats: Stats): Counts {
  return {
    reads: stats.reads,
    notModified: stats.notModified,
    writes: stats.writes,
    contentCreating: stats.contentCreating,
    byRoute: stats.byRoute,
  }
}

/** Runs one step with the counters zeroed and returns what it asked of GitHub. */
async function measured(
  double: GitHubDouble,
  run: () => Promise<StepResult>,
): Promise<{ result: StepResult; counts: Counts }> {
  double.resetStats()
  const result = await run()
  expect(result.errors).toEqual([])
  expect(result.exitCode).toBe(0)
  return { result, counts: counts(double.stats()) }
}

async function withDouble(test: (double: GitHubDouble) => Promise<void>): Promise<void> {
  const double = await startGitHubDouble()
  try {
    await test(double)
    expect(double.violations).toEqual([])
  } finally {
    await double.close()
  }
}

/** GET issue, POST record, GET comments (read back), PATCH body, GET comments (conditional: 304). */
const START: Counts = {
  reads: 3,
  notModified: 1,
  writes: 2,
  contentCreating: 1,
  byRoute: { [GET_ISSUE]: 1, [CREATE_COMMENT]: 1, [LIST_COMMENTS]: 2, [PATCH_ISSUE]: 1 },
}
/**
 * The same five as start: the record goes out on the snapshot alone, as a claim does (a lagging
 * body makes it lose and the request is decided again on the whole record).
 */
const COMPLETE: Counts = START
/** A start and a complete record, each read back, then the body once: the claim goes out before the tail is read. */
const RUN: Counts = {
  reads: 4,
  notModified: 1,
  writes: 3,
  contentCreating: 2,
  byRoute: { [GET_ISSUE]: 1, [CREATE_COMMENT]: 2, [LIST_COMMENTS]: 3, [PATCH_ISSUE]: 1 },
}
const LOAD: Counts = {
  reads: 2,
  notModified: 0,
  writes: 0,
  contentCreating: 0,
  byRoute: { [GET_ISSUE]: 1, [LIST_COMMENTS]: 1 },
}
const CREATE: Counts = { reads: 0, notModified: 0, writes: 1, contentCreating: 1, byRoute: { [CREATE_ISSUE]: 1 } }

describe.concurrent('request counts of the bundled action against the GitHub double', () => {
  it('create: one request without a key, three with a new key, two reads for an existing key', async () => {
    await withDouble(async (double) => {
      const job = new Job({ apiUrl: double.apiUrl, runId: '1' })
      expect(
        (await measured(double, () => job.step({ command: 'create', title: 'Migrate', tasks: TASKS }))).counts,
      ).toEqual(CREATE)

      const first = await measured(double, () =>
        job.step({ command: 'create', title: 'Migrate', tasks: TASKS, key: 'release-42' }),
      )
      // Look up the key, create, look it up again (two racing creates settle on the lower number).
      expect(first.counts).toEqual({
        reads: 2,
        notModified: 0,
        writes: 1,
        contentCreating: 1,
        byRoute: { [LIST_ISSUES]: 2, [CREATE_ISSUE]: 1 },
      })

      const again = await measured(double, () =>
        new Job({ apiUrl: double.apiUrl, runId: '2' }).step({
          command: 'create',
          title: 'Migrate',
          tasks: TASKS,
          key: 'release-42',
        }),
      )
      expect(again.result.outputs['tasklist-id']).toBe(first.result.outputs['tasklist-id'])
      // Find it by its key label, read the tail of its record.
      expect(again.counts).toEqual({
        reads: 2,
        notModified: 0,
        writes: 0,
        contentCreating: 0,
        byRoute: { [LIST_ISSUES]: 1, [LIST_COMMENTS]: 1 },
      })
    })
  })

  it('load, start, complete and run of one task', async () => {
    await withDouble(async (double) => {
      const job = new Job({ apiUrl: double.apiUrl, runId: '3' })
      const id = (await job.step({ command: 'create', title: 'Migrate', tasks: TASKS })).outputs['tasklist-id'] ?? ''

      const start = await measured(double, () =>
        job.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' }),
      )
      expect(start.result.outputs['task-status']).toBe('IN_PROGRESS')
      expect(start.counts).toEqual(START)

      const complete = await measured(double, () =>
        job.step({ command: 'complete', 'tasklist-id': id, task: 'database-migration' }),
      )
      expect(complete.result.outputs['task-status']).toBe('COMPLETE')
      expect(complete.counts).toEqual(COMPLETE)

      const load = await measured(double, () => job.step({ command: 'load', 'tasklist-id': id }))
      expect(load.result.lines).toContain('[t1] database-migration: COMPLETE (status preserved)')
      expect(load.counts).toEqual(LOAD)

      const run = await measured(double, () =>
        job.step({ command: 'run', 'tasklist-id': id, task: 'application-migration', run: 'true' }),
      )
      expect(run.result.outputs['task-status']).toBe('COMPLETE')
      expect(run.counts).toEqual(RUN)
    })
  })

  it('the reference scenario (create, run, load, run, run) makes 24 requests', async () => {
    await withDouble(async (double) => {
      const session1 = new Job({ apiUrl: double.apiUrl, runId: '7001', job: 'schema' })
      const steps: Counts[] = []
      const step = async (job: Job, inputs: Record<string, string>) => {
        const { result, counts: c } = await measured(double, () => job.step(inputs))
        steps.push(c)
        return result
      }
      const id =
        (await step(session1, { command: 'create', title: 'Migrate production', tasks: TASKS })).outputs[
          'tasklist-id'
        ] ?? ''
      await step(session1, { command: 'run', 'tasklist-id': id, task: 'database-migration', run: 'true' })
      double.resetStats()
      await session1.end()
      // Post steps of finished runs have nothing to do.
      expect(double.stats().requests).toBe(0)

      const session2 = new Job({ apiUrl: double.apiUrl, runId: '7002', job: 'resume' })
      await step(session2, { command: 'load', 'tasklist-id': id })
      await step(session2, { command: 'run', 'tasklist-id': id, task: 'application-migration', run: 'true' })
      const last = await step(session2, { command: 'run', 'tasklist-id': id, task: 'data-validation', run: 'true' })
      expect(last.outputs.complete).toBe('true')

      expect(steps).toEqual([CREATE, RUN, LOAD, RUN, RUN])
      const total = steps.reduce(
        (sum, c) => ({
          requests: sum.requests + c.reads + c.writes,
          reads: sum.reads + c.reads,
          writes: sum.writes + c.writes,
          contentCreating: sum.contentCreating + c.contentCreating,
        }),
        { requests: 0, reads: 0, writes: 0, contentCreating: 0 },
      )
      expect(total).toEqual({ requests: 24, reads: 14, writes: 10, contentCreating: 7 })
    })
  })
})
