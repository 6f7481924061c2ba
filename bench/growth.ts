// Section 2: how load and transitions cost as the TaskList grows (more tasks) and as its record
// grows (more transitions), and what a snapshot that lags behind the record costs.
import type { GitHubDouble } from '../test/double/index.ts'
import type { Job, StepResult } from '../test/support/step-runner.ts'
import { newJob } from './jobs.ts'
import { repeat, type OperationSpec } from './measure.ts'
import {
  finishTasks,
  namedTasks,
  REFERENCE_TASKS,
  seedTaskList,
  startFailCycles,
  type Seeded,
  type SeedOptions,
} from './records.ts'
import type { GrowthRow } from './types.ts'

interface Context {
  readonly job: Job
  readonly seeded: Seeded
}

type Command = 'load' | 'start' | 'complete'

function check(result: StepResult, what: string, ok: boolean): void {
  if (result.exitCode !== 0 || !ok)
    throw new Error(`${what}: exit ${result.exitCode}: ${result.errors.join(' ') || result.stderr.trim()}`)
}

/**
 * One command on a seeded TaskList. `load` leaves the TaskList as it was, so it is seeded once;
 * `start` and `complete` change it, so each sample gets a fresh one.
 */
function spec(
  name: string,
  command: Command,
  seed: SeedOptions,
  task: string,
): { spec: OperationSpec<Context>; seeded: () => Seeded | undefined } {
  let shared: Seeded | undefined
  let last: Seeded | undefined
  const operation: OperationSpec<Context> = {
    name,
    description: name,
    setup: async (double) => {
      const job = newJob(double.apiUrl)
      const seeded = command === 'load' ? (shared ??= seedTaskList(double, seed)) : seedTaskList(double, seed)
      last = seeded
      if (command === 'complete') {
        const started = await job.step({ command: 'start', 'tasklist-id': String(seeded.number), task })
        check(started, `${name}: start first`, started.outputs['task-status'] === 'IN_PROGRESS')
      }
      return { job, seeded }
    },
    act: async (_double, { job, seeded }) => {
      const id = String(seeded.number)
      const result =
        command === 'load'
          ? await job.step({ command, 'tasklist-id': id })
          : await job.step({ command, 'tasklist-id': id, task })
      const expected = command === 'load' ? undefined : command === 'start' ? 'IN_PROGRESS' : 'COMPLETE'
      check(result, name, expected === undefined || result.outputs['task-status'] === expected)
      return {}
    },
  }
  return { spec: operation, seeded: () => last }
}

async function row(
  double: GitHubDouble,
  operation: Command,
  size: number,
  seed: SeedOptions,
  task: string,
  latencies: readonly number[],
  repetitions: number,
): Promise<GrowthRow> {
  const measuredSpec = spec(`${operation} @ ${size}`, operation, seed, task)
  const measured = await repeat(double, measuredSpec.spec, latencies, repetitions)
  const bodyChars = measuredSpec.seeded()?.bodyChars ?? 0
  return {
    operation,
    size,
    ...(seed.lag === undefined ? {} : { lag: seed.lag }),
    cost: measured.first.cost,
    timing: measured.timing,
    bodyChars,
  }
}

export interface GrowthOptions {
  readonly taskCounts: readonly number[]
  readonly recordCounts: readonly number[]
  readonly lags: readonly number[]
  readonly latencies: readonly number[]
  readonly repetitions: number
}

export async function measureGrowth(double: GitHubDouble, options: GrowthOptions, progress: (line: string) => void) {
  const { latencies, repetitions } = options
  const report = (r: GrowthRow) =>
    progress(
      `${r.operation} @ ${r.size}${r.lag === undefined ? '' : ` lag ${r.lag}`}: ${r.cost.requests} requests (${r.cost.reads} reads), ${r.cost.roundTrips} round trips, ${Object.entries(
        r.timing,
      )
        .map(([l, t]) => `${t.wallMs} ms at ${l} ms`)
        .join(', ')}`,
    )

  const byTasks: GrowthRow[] = []
  for (const count of options.taskCounts) {
    // Half the tasks are finished, so the body carries durations and links as a real one would.
    const finished = Math.floor(count / 2)
    const seed: SeedOptions = { tasks: namedTasks(count), plan: finishTasks(finished) }
    const task = namedTasks(count)[finished]?.name ?? ''
    for (const command of ['load', 'start', 'complete'] as const) {
      const r = await row(double, command, count, seed, task, latencies, repetitions)
      byTasks.push(r)
      report(r)
    }
  }

  const byRecords: GrowthRow[] = []
  for (const records of options.recordCounts) {
    const r = await row(
      double,
      'load',
      records,
      { tasks: REFERENCE_TASKS, plan: startFailCycles(records, REFERENCE_TASKS.length) },
      '',
      latencies,
      repetitions,
    )
    byRecords.push(r)
    report(r)
  }

  const byLag: GrowthRow[] = []
  const longest = Math.max(...options.recordCounts)
  const history = startFailCycles(longest, REFERENCE_TASKS.length)
  for (const lag of options.lags) {
    const r = await row(
      double,
      'load',
      longest,
      { tasks: REFERENCE_TASKS, plan: history, lag },
      '',
      latencies,
      repetitions,
    )
    byLag.push(r)
    report(r)
  }
  const worstLag = Math.max(...options.lags)
  const startLagging = await row(
    double,
    'start',
    longest,
    { tasks: REFERENCE_TASKS, plan: history, lag: worstLag },
    REFERENCE_TASKS[0]?.name ?? '',
    latencies,
    repetitions,
  )
  byLag.push(startLagging)
  report(startLagging)
  return { byTasks, byRecords, byLag }
}
