// Long records without running the action thousands of times: valid compare-and-set chains of
// records in the action's own format, written straight into the double's state as the bot, and a
// body snapshot folded from them (optionally lagging behind the head of the record).
import { renderBody } from '../src/domain/body.ts'
import { renderRecordComment } from '../src/domain/comment.ts'
import { fold, trustedAuthors, type LogComment } from '../src/domain/fold.ts'
import { newRecordId, type TaskRecord } from '../src/domain/record.ts'
import { type Holder } from '../src/domain/claim.ts'
import { type Snapshot } from '../src/domain/model.ts'
import { genesisSnapshot } from '../src/domain/snapshot.ts'
import type { Status } from '../src/domain/status.ts'
import type { TaskSpec } from '../src/domain/task-spec.ts'
import { keyLabel, TASKLIST_LABEL } from '../src/storage/creating.ts'
import { ACTIONS_BOT, DEFAULT_REPO, type GitHubDouble } from '../test/double/index.ts'

export const REPO = DEFAULT_REPO
export const LEASE_SEC = 6 * 3600

export interface PlannedRecord {
  /** Index of the task, 0-based. */
  readonly task: number
  readonly op: 'start' | 'complete' | 'fail'
}

/** `records` records as start/fail cycles spread round-robin over the tasks: a long, valid history. */
export function startFailCycles(records: number, taskCount: number): PlannedRecord[] {
  if (records % 2 !== 0) throw new Error('start/fail cycles come in pairs; ask for an even number of records')
  const plan: PlannedRecord[] = []
  for (let pair = 0; pair < records / 2; pair++) {
    const task = pair % taskCount
    plan.push({ task, op: 'start' }, { task, op: 'fail' })
  }
  return plan
}

/** `count` tasks from index `from` on, started and completed once each. */
export function finishTasks(count: number, from = 0): PlannedRecord[] {
  return Array.from({ length: count }, (_, i) => [
    { task: from + i, op: 'start' as const },
    { task: from + i, op: 'complete' as const },
  ]).flat()
}

/** `count` tasks from index `from` on, started and still running. */
export function startTasks(count: number, from = 0): PlannedRecord[] {
  return Array.from({ length: count }, (_, i) => ({ task: from + i, op: 'start' as const }))
}

export function holderFor(run: number): Holder {
  return {
    run: String(run),
    attempt: 1,
    job: 'migrate',
    url: `https://github.com/${REPO}/actions/runs/${run}`,
    label: `run ${run}, job migrate`,
  }
}

interface Progress {
  s: Status
  v: number
  claim: string | undefined
}

/**
 * Writes a plan as record comments through `write`, which returns the comment as GitHub stored it.
 * Each record is a compare-and-set that the fold applies; an illegal plan throws.
 */
export function writeRecords(
  genesis: Snapshot,
  plan: readonly PlannedRecord[],
  write: (body: string) => LogComment,
  now: () => string,
): LogComment[] {
  const progress: Progress[] = genesis.tasks.map((t) => ({
    s: t.state.status,
    v: t.state.version,
    claim: t.state.claim?.id,
  }))
  const comments: LogComment[] = []
  plan.forEach((step, i) => {
    const task = genesis.tasks[step.task]
    const state = progress[step.task]
    if (task === undefined || state === undefined) throw new Error(`plan step ${i}: no task ${step.task}`)
    const holder = holderFor(9_000_000 + i)
    const base = {
      tasklist: 1 as const,
      rec: newRecordId(),
      task: `t${step.task + 1}`,
      name: task.definition.name,
      ver: state.v,
      from: state.s,
      defs: genesis.defs,
      authority: 'workflow' as const,
      holder,
    }
    let record: TaskRecord
    if (step.op === 'start') {
      if (state.s !== 'PENDING' && state.s !== 'FAILED')
        throw new Error(`plan step ${i}: cannot start ${task.definition.name} from ${state.s}`)
      record = { ...base, op: 'start', to: 'IN_PROGRESS', lease: LEASE_SEC, at: now() }
    } else {
      if (state.s !== 'IN_PROGRESS' || state.claim === undefined)
        throw new Error(`plan step ${i}: cannot ${step.op} ${task.definition.name} from ${state.s}`)
      record =
        step.op === 'complete'
          ? { ...base, op: 'complete', to: 'COMPLETE', claim: state.claim }
          : { ...base, op: 'fail', to: 'FAILED', claim: state.claim, m: 'exit code 1', x: 1 }
    }
    comments.push(write(renderRecordComment(record, step.op === 'start' ? {} : { durationSec: 42 })))
    state.s = record.to
    state.v += 1
    state.claim = step.op === 'start' ? record.rec : undefined
  })
  return comments
}

export interface SeedOptions {
  readonly title?: string
  readonly tasks: readonly TaskSpec[]
  readonly plan?: readonly PlannedRecord[]
  /** Records left out of the body's snapshot: a load must read them from the tail. */
  readonly lag?: number
  readonly key?: string
  /** GitHub time between records; `since` has whole-second resolution, so keep it ≥ 1 s. */
  readonly spacingMs?: number
}

export interface Seeded {
  readonly number: number
  /** The state of the whole record. */
  readonly head: Snapshot
  /** The state the body shows. */
  readonly snapshot: Snapshot
  readonly records: number
  readonly bodyChars: number
}

/** A TaskList as the action leaves it, written directly into the double's state as the bot. */
export function seedTaskList(double: GitHubDouble, options: SeedOptions): Seeded {
  const bot = double.actAs(ACTIONS_BOT.login)
  const iso = (): string => new Date(double.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const title = options.title ?? 'Benchmark TaskList'
  const genesis = genesisSnapshot({
    title,
    ...(options.key === undefined ? {} : { key: options.key }),
    trusted: [],
    tasks: options.tasks,
    now: iso(),
  })
  const labels = [TASKLIST_LABEL, ...(options.key === undefined ? [] : [keyLabel(options.key)])]
  const issue = bot.createIssue(REPO, { title, body: renderBody(genesis), labels })
  const spacingMs = options.spacingMs ?? 3_000
  const comments = writeRecords(
    genesis,
    options.plan ?? [],
    (body) => {
      double.clock.advance(spacingMs)
      const c = bot.comment(REPO, issue.number, body)
      return { id: c.id, createdAt: c.created_at, login: c.user?.login ?? '', body: c.body ?? '' }
    },
    iso,
  )
  const trusted = trustedAuthors(issue.user?.login ?? '', genesis.trusted)
  const whole = fold(genesis, comments, trusted)
  const refused = whole.events.find((e) => e.kind !== 'applied')
  if (refused !== undefined) throw new Error(`seeded record ${refused.comment.id} was not applied: ${refused.kind}`)
  const lag = options.lag ?? 0
  const snapshot =
    lag === 0 ? whole.snapshot : fold(genesis, comments.slice(0, comments.length - lag), trusted).snapshot
  const body = renderBody(snapshot)
  bot.editIssueBody(REPO, issue.number, body)
  return { number: issue.number, head: whole.snapshot, snapshot, records: comments.length, bodyChars: body.length }
}

/** The reference TaskList's three tasks. */
export const REFERENCE_TASKS: readonly TaskSpec[] = [
  { name: 'database-migration', description: 'Migrate the schema' },
  { name: 'application-migration' },
  { name: 'data-validation' },
]

export function tasksInput(tasks: readonly TaskSpec[]): string {
  return tasks.map((t) => (t.description === undefined ? t.name : `${t.name}: ${t.description}`)).join('\n')
}

/** `count` tasks named `prefix-0001`…, padded to `length` characters when given. */
export function namedTasks(count: number, length?: number): TaskSpec[] {
  const digits = String(count).length
  return Array.from({ length: count }, (_, i) => {
    const suffix = String(i + 1).padStart(Math.max(4, digits), '0')
    if (length === undefined) return { name: `task-${suffix}` }
    const stem = 'migrate-customer-shard-in-region-eu-west-central'
      .slice(0, Math.max(1, length - suffix.length - 1))
      .replace(/-+$/, '')
    const name = `${stem}-${suffix}`
    return { name: name.length === length ? name : `${stem}${'x'.repeat(length - name.length)}-${suffix}` }
  })
}
