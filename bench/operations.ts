// Section 1: what each command costs, one step of the bundled action at a time, and the
// reference scenario (create, run, load, run, run) end to end.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GitHubDouble } from '../test/double/index.ts'
import type { Job, StepResult } from '../test/support/step-runner.ts'
import { idleBeforeWrites, longestChain } from './chain.ts'
import { newJob } from './jobs.ts'
import { repeat, StepLog, wallToTimeline, type ActOutcome, type OperationSpec, type Sample } from './measure.ts'
import { median } from './stats.ts'
import { finishTasks, REFERENCE_TASKS, seedTaskList, tasksInput } from './records.ts'
import type { OperationResult } from './types.ts'

const TITLE = 'Migrate production'
const TASKS = tasksInput(REFERENCE_TASKS)
/** The user's command in a measured `run`: it notes when it started and ended, on the epoch clock. */
const STAMP_FILE = 'bench-command-started'
const STAMPING_COMMAND = `date +%s%3N > ${STAMP_FILE}; date +%s%3N >> ${STAMP_FILE}`

let keys = 0

function expect(result: StepResult, what: string, check: (r: StepResult) => boolean): StepResult {
  if (result.exitCode !== 0 || !check(result)) {
    throw new Error(
      `${what} did not do what it should (exit ${result.exitCode}): ${result.errors.join(' ') || result.stderr.trim() || result.lines.join(' | ')}`,
    )
  }
  return result
}

/** A TaskList of the reference tasks, written straight into the double (no requests). */
function freshTaskList(double: GitHubDouble, finished = 0): string {
  return String(seedTaskList(double, { title: TITLE, tasks: REFERENCE_TASKS, plan: finishTasks(finished) }).number)
}

function single(
  name: string,
  description: string,
  act: (job: Job) => Promise<StepResult>,
  check: (r: StepResult) => boolean,
): OperationSpec<Job> {
  return {
    name,
    description,
    setup: (double) => Promise.resolve(newJob(double.apiUrl)),
    act: async (_double, job) => {
      expect(await act(job), name, check)
      return {}
    },
  }
}

interface TaskContext {
  readonly job: Job
  readonly id: string
  readonly key?: string
}

function onTaskList(
  name: string,
  description: string,
  prepare: (double: GitHubDouble, job: Job) => Promise<Omit<TaskContext, 'job'>>,
  act: (context: TaskContext) => Promise<StepResult>,
  check: (r: StepResult) => boolean,
): OperationSpec<TaskContext> {
  return {
    name,
    description,
    setup: async (double) => {
      const job = newJob(double.apiUrl)
      return { job, ...(await prepare(double, job)) }
    },
    act: async (_double, context) => {
      expect(await act(context), name, check)
      return {}
    },
  }
}

const task = 'database-migration'
const status = (r: StepResult, s: string) => r.outputs['task-status'] === s

export const OPERATIONS: ReadonlyArray<OperationSpec<Job> | OperationSpec<TaskContext>> = [
  single(
    'create',
    'create, no key',
    (job) => job.step({ command: 'create', title: TITLE, tasks: TASKS }),
    (r) => /^\d+$/.test(r.outputs['tasklist-id'] ?? ''),
  ),
  single(
    'create (new key)',
    'create with a key no TaskList has yet',
    (job) => job.step({ command: 'create', title: TITLE, tasks: TASKS, key: `bench-new-${++keys}` }),
    (r) => r.lines.some((l) => l.startsWith('TaskList Created')),
  ),
  onTaskList(
    'create (existing key)',
    'create with the key of an existing TaskList: returns it',
    (double) => {
      const key = `bench-existing-${++keys}`
      return Promise.resolve({
        id: String(seedTaskList(double, { title: TITLE, tasks: REFERENCE_TASKS, key }).number),
        key,
      })
    },
    ({ job, key }) => job.step({ command: 'create', title: TITLE, tasks: TASKS, key: key ?? '' }),
    (r) => r.lines.some((l) => l.startsWith('TaskList Loaded')),
  ),
  onTaskList(
    'load',
    'load a TaskList with one finished task (body current)',
    (double) => Promise.resolve({ id: freshTaskList(double, 1) }),
    ({ job, id }) => job.step({ command: 'load', 'tasklist-id': id }),
    (r) => r.lines.includes('Task State Persistence: VERIFIED'),
  ),
  onTaskList(
    'start',
    'start a PENDING task',
    (double) => Promise.resolve({ id: freshTaskList(double) }),
    ({ job, id }) => job.step({ command: 'start', 'tasklist-id': id, task }),
    (r) => status(r, 'IN_PROGRESS') && r.outputs['should-run'] === 'true',
  ),
  onTaskList(
    'complete',
    'complete the task this job started',
    async (double, job) => {
      const id = freshTaskList(double)
      expect(await job.step({ command: 'start', 'tasklist-id': id, task }), 'start before complete', (r) =>
        status(r, 'IN_PROGRESS'),
      )
      return { id }
    },
    ({ job, id }) => job.step({ command: 'complete', 'tasklist-id': id, task }),
    (r) => status(r, 'COMPLETE'),
  ),
  onTaskList(
    'fail',
    'fail the task this job started',
    async (double, job) => {
      const id = freshTaskList(double)
      expect(await job.step({ command: 'start', 'tasklist-id': id, task }), 'start before fail', (r) =>
        status(r, 'IN_PROGRESS'),
      )
      return { id }
    },
    ({ job, id }) => job.step({ command: 'fail', 'tasklist-id': id, task, message: 'smoke test failed' }),
    (r) => status(r, 'FAILED'),
  ),
  onTaskList(
    'skip',
    'skip a PENDING task',
    (double) => Promise.resolve({ id: freshTaskList(double) }),
    ({ job, id }) => job.step({ command: 'skip', 'tasklist-id': id, task }),
    (r) => status(r, 'SKIPPED'),
  ),
]

/** `run` of one PENDING task whose command notes the moment it started. */
export const RUN_ONE: OperationSpec<TaskContext> = {
  name: 'run',
  description: 'run one PENDING task (claim, command, record the outcome)',
  setup: (double) => Promise.resolve({ job: newJob(double.apiUrl), id: freshTaskList(double) }),
  act: async (_double, { job, id }): Promise<ActOutcome> => {
    expect(await job.step({ command: 'run', 'tasklist-id': id, task, run: STAMPING_COMMAND }), 'run', (r) =>
      status(r, 'COMPLETE'),
    )
    const [startMs, endMs] = readFileSync(join(job.workspace, STAMP_FILE), 'utf8').trim().split('\n').map(Number)
    if (startMs === undefined || endMs === undefined || !Number.isFinite(startMs) || !Number.isFinite(endMs))
      throw new Error('run: the command did not note when it started and ended')
    return { commandStartedAt: wallToTimeline(startMs), commandMs: endMs - startMs }
  },
}

/** The reference tasks as a plan: each runs `true`, each needs the one before. */
const PLANNED_TASKS = REFERENCE_TASKS.map((spec, i) => ({
  ...spec,
  run: 'true',
  ...(i === 0 ? {} : { needs: [REFERENCE_TASKS[i - 1]?.name ?? ''] }),
}))

/** `resume` of a TaskList whose three tasks are PENDING: one step loads it and runs them all. */
export const RESUME_ALL: OperationSpec<TaskContext> = {
  name: 'resume',
  description: `resume ${PLANNED_TASKS.length} PENDING tasks with run commands (load, then claim, run and record each)`,
  setup: (double) =>
    Promise.resolve({
      job: newJob(double.apiUrl),
      id: String(seedTaskList(double, { title: TITLE, tasks: PLANNED_TASKS }).number),
    }),
  act: async (_double, { job, id }): Promise<ActOutcome> => {
    expect(await job.step({ command: 'resume', 'tasklist-id': id }), 'resume', (r) => r.outputs.complete === 'true')
    return {}
  },
}

/** Tasks `resume` runs in the bench, to state its cost per task. */
const RESUME_TASKS = PLANNED_TASKS.length

/**
 * The reference scenario as the demo runs it: session 1 creates the TaskList and runs the first
 * phase; session 2, given only the ID, loads it and runs the other two. Post steps run at the end
 * of each job, as on a runner.
 */
export const REFERENCE_SCENARIO: OperationSpec<undefined> = {
  name: 'reference scenario',
  description: 'create, run, load, run, run (two sessions, post steps included)',
  setup: () => Promise.resolve(undefined),
  act: async (double): Promise<ActOutcome> => {
    const log = new StepLog(double)
    const session1 = newJob(double.apiUrl, { job: 'schema' })
    const created = await log.step('create', () => session1.step({ command: 'create', title: TITLE, tasks: TASKS }))
    const id = created.outputs['tasklist-id'] ?? ''
    await log.step('run database-migration', () =>
      session1.step({ command: 'run', 'tasklist-id': id, task: 'database-migration', run: 'true' }),
    )
    await session1.end()
    const session2 = newJob(double.apiUrl, { job: 'resume' })
    await log.step('load', () => session2.step({ command: 'load', 'tasklist-id': id }))
    await log.step('run application-migration', () =>
      session2.step({ command: 'run', 'tasklist-id': id, task: 'application-migration', run: 'true' }),
    )
    const last = await log.step('run data-validation', () =>
      session2.step({ command: 'run', 'tasklist-id': id, task: 'data-validation', run: 'true' }),
    )
    await session2.end()
    if (last.outputs.complete !== 'true') throw new Error('reference scenario: the TaskList is not complete at the end')
    return { steps: log.steps }
  },
}

/** Time the step's processes waited before their second and later writes, less a `run` command's own. */
function idleOf({ timeline, outcome }: Sample): number {
  return outcome.steps === undefined
    ? idleBeforeWrites(timeline, outcome.commandStartedAt, outcome.commandMs)
    : outcome.steps.reduce((sum, s) => sum + s.idleBeforeWritesMs, 0)
}

export async function measureOperations(
  double: GitHubDouble,
  latencies: readonly number[],
  repetitions: number,
  progress: (line: string) => void,
): Promise<OperationResult[]> {
  const results: OperationResult[] = []
  const specs: ReadonlyArray<OperationSpec<unknown>> = [...OPERATIONS, RUN_ONE, RESUME_ALL, REFERENCE_SCENARIO]
  for (const spec of specs) {
    const measured = await repeat(double, spec, latencies, repetitions)
    const { first } = measured
    let beforeCommand: OperationResult['beforeCommand']
    const startedAt = first.outcome.commandStartedAt
    if (startedAt !== undefined) {
      const before = first.timeline.filter((e) => e.endMs <= startedAt)
      beforeCommand = { roundTrips: longestChain(before), requests: before.length }
    }
    results.push({
      name: spec.name,
      description: spec.description,
      cost: first.cost,
      ...(beforeCommand === undefined ? {} : { beforeCommand }),
      timing: measured.timing,
      // One sample's idle is a few ms of scheduling noise either way; the first also starts colder.
      idleBeforeWritesMs: Math.round(median(measured.firstLatency.map(idleOf))),
      stableCounts: measured.stable,
      ...(spec === RESUME_ALL ? { tasks: RESUME_TASKS } : {}),
      ...(first.outcome.steps === undefined ? {} : { steps: first.outcome.steps }),
    })
    progress(
      `${spec.name}: ${first.cost.requests} requests, ${first.cost.roundTrips} round trips, ${Object.entries(
        measured.timing,
      )
        .map(([l, t]) => `${t.wallMs} ms at ${l} ms`)
        .join(', ')}`,
    )
  }
  return results
}
