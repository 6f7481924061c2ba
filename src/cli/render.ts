import { isComplete, nextTask } from '../app/report.ts'
import { formatDuration } from '../domain/duration.ts'
import { leaseExpiry } from '../domain/fold.ts'
import type { Snapshot, Task } from '../domain/model.ts'
import { runFieldsOf } from '../domain/plan-fields.ts'
import { STATUSES, type Status } from '../domain/status.ts'
import { taskId } from '../domain/task-spec.ts'
import type { IssueData } from '../storage/view.ts'
import { table, type Output } from './output.ts'

/** One task in --json output. Every key is always present (null when unknown), so scripts can rely on the shape. */
export interface TaskJson {
  readonly id: string
  readonly name: string
  readonly description: string | null
  readonly status: Status
  readonly version: number
  readonly durationSec: number | null
  readonly message: string | null
  readonly exitCode: number | null
  readonly runUrl: string | null
  readonly updatedAt: string | null
  readonly holder: {
    readonly label: string
    readonly url: string | null
    readonly since: string
    readonly leaseUntil: string
  } | null
  /** The definition's run fields: null or [] when the plan does not give them. */
  readonly run: string | null
  readonly needs: readonly string[]
  readonly timeoutSec: number | null
  readonly retries: number | null
  /** What the task recorded when it completed: {} when nothing. */
  readonly outputs: Readonly<Record<string, string>>
}

export interface TaskListJson {
  readonly id: number
  readonly url: string
  readonly repo: string
  readonly title: string
  readonly state: 'open' | 'closed'
  /** The issue's author, whose records are always trusted. */
  readonly author: string
  /** Further accounts whose records this TaskList trusts. */
  readonly trusted: readonly string[]
  readonly tasks: readonly TaskJson[]
  readonly done: number
  readonly total: number
  readonly counts: Readonly<Record<Status, number>>
  readonly complete: boolean
  readonly nextTask: string | null
}

export function taskJson(task: Task, index: number): TaskJson {
  const claim = task.state.status === 'IN_PROGRESS' ? task.state.claim : undefined
  const fields = runFieldsOf(task.definition)
  return {
    id: taskId(index),
    name: task.definition.name,
    description: task.definition.description ?? null,
    status: task.state.status,
    version: task.state.version,
    durationSec: task.state.durationSec ?? null,
    message: task.state.message ?? null,
    exitCode: task.state.exitCode ?? null,
    runUrl: task.state.runUrl ?? null,
    updatedAt: task.state.changedAt ?? null,
    holder:
      claim === undefined
        ? null
        : {
            label: claim.holder.label,
            url: claim.holder.url ?? null,
            since: claim.at,
            leaseUntil: new Date(leaseExpiry(claim)).toISOString(),
          },
    run: fields.run ?? null,
    needs: [...fields.needs],
    timeoutSec: fields.timeoutSec ?? null,
    // runFieldsOf reads an absent retries as 0; the JSON says the plan gave none.
    retries: typeof task.definition.retries === 'number' ? fields.retries : null,
    outputs: { ...task.state.outputs },
  }
}

export function countsOf(state: Pick<Snapshot, 'tasks'>): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  for (const task of state.tasks) counts[task.state.status] += 1
  return counts
}

export function tasklistJson(issue: IssueData, state: Snapshot, repo: string): TaskListJson {
  const counts = countsOf(state)
  const next = nextTask(state)
  return {
    id: issue.number,
    url: issue.htmlUrl,
    repo,
    title: state.title,
    state: issue.state,
    author: issue.author,
    trusted: [...state.trusted],
    tasks: state.tasks.map(taskJson),
    done: counts.COMPLETE + counts.SKIPPED,
    total: state.tasks.length,
    counts,
    complete: isComplete(state),
    nextTask: next === '' ? null : next,
  }
}

function note(task: Task): string {
  if (task.state.status === 'IN_PROGRESS' && task.state.claim !== undefined) {
    const until = new Date(leaseExpiry(task.state.claim)).toISOString().replace(/\.\d{3}Z$/, 'Z')
    return `held by ${task.state.claim.holder.label} since ${task.state.claim.at}, lease until ${until}`
  }
  const facts: string[] = []
  if (task.state.status === 'FAILED' && task.state.exitCode !== undefined) facts.push(`exit ${task.state.exitCode}`)
  if (task.state.message !== undefined) facts.push(task.state.message)
  if (facts.length === 0 && task.definition.description !== undefined) facts.push(task.definition.description)
  return facts.join(' — ')
}

/** A one-line progress summary, plain text: `2/3 done  (1 FAILED)`. */
export function progressText(state: Pick<Snapshot, 'tasks'>): string {
  const counts = countsOf(state)
  const extra = (['FAILED', 'IN_PROGRESS'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`)
  const done = `${counts.COMPLETE + counts.SKIPPED}/${state.tasks.length} done`
  return extra.length === 0 ? done : `${done}  (${extra.join(', ')})`
}

/** More needs than this are counted, not named: the JSON has them all. */
const NEEDS_SHOWN = 3

/** The NEEDS cell: the tasks a task waits for, comma-separated, or '-'. */
function needsCell(task: Task): string {
  const needs = runFieldsOf(task.definition).needs
  if (needs.length === 0) return '-'
  const shown = needs.slice(0, NEEDS_SHOWN).join(',')
  return needs.length > NEEDS_SHOWN ? `${shown},+${needs.length - NEEDS_SHOWN}` : shown
}

/** Each COMPLETE task's recorded outputs as `key=value` lines, a multi-line value indented under its key. */
function outputLines(out: Output, state: Snapshot): string[] {
  const lines: string[] = []
  state.tasks.forEach((task, i) => {
    const outputs = Object.entries(task.state.outputs ?? {})
    if (task.state.status !== 'COMPLETE' || outputs.length === 0) return
    lines.push(`  ${taskId(i)}  ${task.definition.name}`)
    for (const [key, value] of outputs) {
      const [first = '', ...rest] = value.split(/\r?\n/)
      lines.push(`    ${key}=${first}`, ...rest.map((more) => `    ${' '.repeat(key.length + 1)}${more}`))
    }
  })
  return lines.length === 0 ? [] : ['', out.paint('Outputs', 'bold'), ...lines]
}

/**
 * The readable view of one TaskList, as `show` and the write commands print it;
 * `show` adds the outputs COMPLETE tasks recorded.
 */
export function renderTaskList(
  out: Output,
  issue: IssueData,
  state: Snapshot,
  options: { readonly outputs?: boolean } = {},
): string[] {
  const header = `${out.paint(`TaskList #${issue.number}`, 'bold')}  ${state.title}${issue.state === 'closed' ? `  ${out.paint('(closed)', 'dim')}` : ''}`
  const rows = [
    ['ID', 'TASK', 'STATUS', 'TIME', 'NEEDS', 'NOTE'],
    ...state.tasks.map((task, i) => [
      taskId(i),
      task.definition.name,
      task.state.status,
      task.state.durationSec === undefined ? '' : formatDuration(task.state.durationSec),
      needsCell(task),
      note(task),
    ]),
  ]
  const lines = table(rows, (r, c, cell) =>
    r === 0 ? out.paint(cell, 'dim') : c === 2 ? out.status(cell) : c === 5 ? out.paint(cell, 'dim') : cell,
  )
  const next = nextTask(state)
  const progress = out.statuses(progressText(state))
  const footer = isComplete(state)
    ? `${progress} · ${out.paint('complete', 'green')}`
    : `${progress}${next === '' ? '' : ` · next: ${next}`}`
  return [
    header,
    out.paint(issue.htmlUrl, 'dim'),
    '',
    ...lines.map((l) => `  ${l}`),
    ...(options.outputs === true ? outputLines(out, state) : []),
    '',
    footer,
  ]
}
