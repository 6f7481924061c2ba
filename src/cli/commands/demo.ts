import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { reportLoaded, transitionLine } from '../../app/report.ts'
import { isSettled } from '../../domain/status.ts'
import type { TaskSpec } from '../../domain/task-spec.ts'
import { taskId } from '../../domain/task-spec.ts'
import { parseId } from '../args.ts'
import type { CommandSpec } from '../command.ts'
import type { CliContext } from '../context.ts'
import { EXIT, UsageError } from '../errors.ts'
import { ACTIONS_BOT_LOGIN } from './create.ts'
import { startTask } from './start.ts'
import { recordTransition } from './transition.ts'
import { isoSeconds } from '../../domain/time.ts'

const DEMO_TITLE = 'Demo: production migration'
const DEMO_TASKS: readonly TaskSpec[] = [
  { name: 'database-migration', description: 'Migrate the database schema' },
  { name: 'application-migration', description: 'Deploy the application against the new schema' },
  { name: 'data-validation', description: 'Validate the migrated data' },
]
const LEASE_SEC = 3600

/** Claims and completes one task through the same code as `tasklist start` and `tasklist complete`. */
async function runTask(ctx: CliContext, id: number, name: string, session: number): Promise<boolean> {
  const quiet: string[] = []
  const log = ctx.out.capture(quiet)
  const { outcome } = await startTask(
    ctx,
    { id, task: name, leaseSec: LEASE_SEC, onBusy: 'fail', waitTimeoutSec: 60 },
    log,
    { publish: false },
  )
  if (outcome.kind !== 'claimed') return false
  await recordTransition(ctx, { id, task: name, op: 'complete', message: `tasklist demo, session ${session}` }, log)
  ctx.out.line(ctx.out.statuses(transitionLine(outcome.id, name, 'IN_PROGRESS', 'COMPLETE')))
  return true
}

/** Session 2 runs in a process of its own that knows nothing but the ID, as a later workflow run would. */
function spawnSessionTwo(ctx: CliContext, id: number): Promise<{ code: number; lines: string[] }> {
  const entry = process.argv[1]
  if (entry === undefined)
    throw new UsageError('cannot find the tasklist program to start session 2; run the demo as tasklist demo')
  const args = [
    ...process.execArgv,
    entry,
    'demo',
    '--resume',
    String(id),
    '--repo',
    ctx.config.fullName,
    '--api-url',
    ctx.config.apiUrl,
  ]
  if (ctx.holderUrl !== undefined) args.push('--holder-url', ctx.holderUrl)
  const env = { ...ctx.env, FORCE_COLOR: ctx.out.color ? '1' : '0' }
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] })
  const lines: string[] = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line.replace(/\u001b\[[0-9;]*m/g, ''))
    ctx.out.line(line)
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolve({ code: code ?? (signal === null ? 1 : 128), lines }))
  })
}

async function sessionOne(ctx: CliContext): Promise<number> {
  const { out, store } = ctx
  out.line('Multi-Session Orchestration: SESSION 1')
  const { view } = await store.create({
    title: DEMO_TITLE,
    tasks: DEMO_TASKS,
    labels: [],
    trusted: [ACTIONS_BOT_LOGIN],
    now: isoSeconds(store.now()),
  })
  const id = view.issue.number
  out.line(`TaskList Created: ${id}`)
  await runTask(ctx, id, 'database-migration', 1)
  const afterOne = await store.load(id)
  afterOne.state.tasks.forEach((task, index) => {
    if (task.state.status !== 'COMPLETE')
      out.line(out.statuses(`[${taskId(index)}] ${task.definition.name}: ${task.state.status}`))
  })
  out.line('SESSION 1 COMPLETE')
  out.line(`TaskList ID: ${id} - Save this for Session 2`)
  out.line('')

  const two = await spawnSessionTwo(ctx, id)
  const final = await store.load(id)
  const before = afterOne.state.tasks[0]
  const first = final.state.tasks[0]
  // Session 1's record of the first task is untouched: same status, version and time.
  const persisted =
    before !== undefined &&
    first !== undefined &&
    first.state.status === 'COMPLETE' &&
    first.state.version === before.state.version &&
    first.state.changedAt === before.state.changedAt
  const preserved = two.lines.includes('[t1] database-migration: COMPLETE (status preserved)')
  const ranRest = [
    '[t2] application-migration: IN_PROGRESS -> COMPLETE',
    '[t3] data-validation: IN_PROGRESS -> COMPLETE',
  ].every((l) => two.lines.includes(l))
  const resumed =
    two.code === 0 && persisted && preserved && ranRest && final.state.tasks.every((t) => t.state.status === 'COMPLETE')
  out.line(`Cross-Session Continuation: ${resumed ? 'SUCCESS' : 'FAILED'}`)
  out.line(`Task State Persistence: ${persisted ? 'VERIFIED' : 'FAILED'}`)
  out.line('')
  out.line(`Final TaskList: ${final.issue.htmlUrl}`)
  return resumed ? EXIT.ok : EXIT.failure
}

async function sessionTwo(ctx: CliContext, id: number): Promise<number> {
  const { out, store } = ctx
  const view = await store.load(id)
  const names = view.state.tasks.map((t) => t.definition.name).join(',')
  if (view.state.title !== DEMO_TITLE || names !== DEMO_TASKS.map((t) => t.name).join(',')) {
    throw new UsageError(
      `TaskList #${id} was not created by tasklist demo; --resume continues only a demo TaskList (use tasklist start and complete for others)`,
    )
  }
  out.line('Multi-Session Orchestration: SESSION 2')
  const loaded: string[] = []
  reportLoaded(out.capture(loaded), id, view.state)
  loaded.filter((l) => /^TaskList Loaded: |\(status preserved\)$/.test(l)).forEach((l) => out.line(out.statuses(l)))
  for (const task of view.state.tasks) {
    if (!isSettled(task.state.status)) await runTask(ctx, id, task.definition.name, 2)
  }
  out.line('SESSION 2 COMPLETE')
  return EXIT.ok
}

export const demoCommand: CommandSpec = {
  name: 'demo',
  args: '',
  arity: [0, 0],
  summary: 'Run the two-session reference scenario against the repository',
  description: [
    `Creates a TaskList '${DEMO_TITLE}' (database-migration, application-migration, data-validation) in the repository.`,
    'Session 1 starts and completes database-migration. Session 2, a separate tasklist process given only the ID,',
    'loads the TaskList, shows database-migration preserved and runs the other two. No commands are run: the',
    'phases are recorded as they would be around real work.',
  ],
  options: ['resume'],
  optionHelp: { resume: 'Run only session 2, on a TaskList an earlier tasklist demo created' },
  writes: true,
  json: false,
  examples: ['tasklist demo --repo my-org/sandbox'],
  prepare(line) {
    const resume = line.values.resume === undefined ? undefined : parseId(line.values.resume)
    return (ctx) => (resume === undefined ? sessionOne(ctx) : sessionTwo(ctx, resume))
  },
}
