// The naive reference action's operations, measured exactly as this action's are (bench/measure.ts):
// the same double, the same latencies, one process per step.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubDouble } from '../../test/double/index.ts'
import type { ActOutcome, OperationSpec } from '../measure.ts'
import { wallToTimeline } from '../measure.ts'
import { REFERENCE_TASKS, tasksInput } from '../records.ts'
import { NaiveJob, type NaiveResult } from './runner.ts'

const TITLE = 'Migrate production'
const TASKS = tasksInput(REFERENCE_TASKS)
const task = 'database-migration'
const STAMP_FILE = 'bench-command-started'

interface Context {
  readonly job: NaiveJob
  readonly id: string
}

function expectOk(result: NaiveResult, what: string): NaiveResult {
  if (result.exitCode !== 0)
    throw new Error(`naive ${what} failed (exit ${result.exitCode}): ${result.stdout}${result.stderr}`)
  return result
}

async function created(double: GitHubDouble, then?: (job: NaiveJob, id: string) => Promise<unknown>): Promise<Context> {
  const job = new NaiveJob(double.apiUrl)
  const id =
    expectOk(await job.step({ command: 'create', title: TITLE, tasks: TASKS }), 'create').outputs['tasklist-id'] ?? ''
  if (then !== undefined) await then(job, id)
  return { job, id }
}

function spec(
  name: string,
  setup: (double: GitHubDouble) => Promise<Context>,
  act: (context: Context) => Promise<ActOutcome | undefined>,
): OperationSpec<Context> {
  return {
    name,
    description: `the naive action: ${name}`,
    setup,
    act: async (_double, context) => (await act(context)) ?? {},
  }
}

const transition = (command: string, status: string, after?: string): OperationSpec<Context> =>
  spec(
    command,
    (double) =>
      created(
        double,
        after === undefined ? undefined : (job, id) => job.step({ command: after, 'tasklist-id': id, task }),
      ),
    async ({ job, id }) => {
      const result = expectOk(await job.step({ command, 'tasklist-id': id, task }), command)
      if (result.outputs['task-status'] !== status)
        throw new Error(`naive ${command}: status ${result.outputs['task-status']}`)
      return undefined
    },
  )

export const NAIVE_OPERATIONS: ReadonlyArray<OperationSpec<Context>> = [
  spec(
    'create',
    (double) => Promise.resolve({ job: new NaiveJob(double.apiUrl), id: '' }),
    async ({ job }) => {
      expectOk(await job.step({ command: 'create', title: TITLE, tasks: TASKS }), 'create')
      return undefined
    },
  ),
  spec(
    'load',
    (double) => created(double),
    async ({ job, id }) => {
      expectOk(await job.step({ command: 'load', 'tasklist-id': id }), 'load')
      return undefined
    },
  ),
  transition('start', 'IN_PROGRESS'),
  transition('complete', 'COMPLETE', 'start'),
  transition('fail', 'FAILED', 'start'),
  transition('skip', 'SKIPPED'),
  spec(
    'run',
    (double) => created(double),
    async ({ job, id }) => {
      const result = expectOk(
        await job.step({ command: 'run', 'tasklist-id': id, task, run: `date +%s%3N > ${STAMP_FILE}` }),
        'run',
      )
      if (result.outputs['task-status'] !== 'COMPLETE') throw new Error('naive run did not complete')
      return { commandStartedAt: wallToTimeline(Number(readFileSync(join(job.workspace, STAMP_FILE), 'utf8').trim())) }
    },
  ),
  spec(
    'reference scenario',
    (double) => Promise.resolve({ job: new NaiveJob(double.apiUrl), id: '' }),
    async ({ job }) => {
      const id =
        expectOk(await job.step({ command: 'create', title: TITLE, tasks: TASKS }), 'create').outputs['tasklist-id'] ??
        ''
      const run = async (name: string) =>
        expectOk(await job.step({ command: 'run', 'tasklist-id': id, task: name, run: 'true' }), name)
      await run('database-migration')
      expectOk(await job.step({ command: 'load', 'tasklist-id': id }), 'load')
      await run('application-migration')
      await run('data-validation')
      return undefined
    },
  ),
]
