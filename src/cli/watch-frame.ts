import { isComplete } from '../app/report.ts'
import type { Snapshot } from '../domain/model.ts'
import { taskId } from '../domain/task-spec.ts'
import type { IssueData } from '../storage/view.ts'
import type { Output } from './output.ts'
import { countsOf, renderTaskList, taskJson } from './render.ts'

const BAR_WIDTH = 30

/** `[██████░░░░]  2/3 done`: settled tasks filled, a running one shaded. */
export function progressBar(out: Output, state: Pick<Snapshot, 'tasks'>): string {
  const counts = countsOf(state)
  const total = state.tasks.length
  const done = counts.COMPLETE + counts.SKIPPED
  const filled = Math.round((done / total) * BAR_WIDTH)
  const running = Math.min(BAR_WIDTH - filled, Math.round((counts.IN_PROGRESS / total) * BAR_WIDTH))
  const bar =
    out.paint('█'.repeat(filled), 'green') +
    out.paint('▒'.repeat(running), 'yellow') +
    out.paint('░'.repeat(BAR_WIDTH - filled - running), 'dim')
  return `[${bar}] ${done}/${total} done`
}

/** What a terminal shows while watching: the table, the bar, and when the next look is. */
export function watchFrame(out: Output, issue: IssueData, state: Snapshot, footer: string): string[] {
  return [...renderTaskList(out, issue, state), '', progressBar(out, state), out.paint(footer, 'dim')]
}

/** One task whose status or holder changed between two looks. */
export interface Change {
  readonly index: number
  readonly from: string
  readonly to: string
  /** Same status, another holder: the claim was taken over. */
  readonly takenOver: boolean
}

export function changesBetween(before: Snapshot, after: Snapshot): Change[] {
  const changes: Change[] = []
  after.tasks.forEach((task, index) => {
    const was = before.tasks[index]
    if (was === undefined || was.state.version === task.state.version) return
    const [from, to] = [was.state.status, task.state.status]
    const takenOver = from === to && to === 'IN_PROGRESS' && was.state.claim?.id !== task.state.claim?.id
    if (from !== to || takenOver) changes.push({ index, from, to, takenOver })
  })
  return changes
}

/** The line a change prints on a pipe: the action's own transition line, or a takeover. */
export function changeLine(state: Snapshot, change: Change): string {
  const task = state.tasks[change.index]
  const name = task?.definition.name ?? ''
  if (change.takenOver)
    return `[${taskId(change.index)}] ${name}: IN_PROGRESS, taken over by ${task?.state.claim?.holder.label ?? 'another job'}`
  return `[${taskId(change.index)}] ${name}: ${change.from} -> ${change.to}`
}

/** The JSON object a change prints with --json: one a line. */
export function changeJson(state: Snapshot, change: Change, at: string): Record<string, unknown> {
  const task = state.tasks[change.index]
  const counts = countsOf(state)
  return {
    event: change.takenOver ? 'takeover' : 'transition',
    at,
    from: change.from,
    to: change.to,
    task: task === undefined ? null : taskJson(task, change.index),
    done: counts.COMPLETE + counts.SKIPPED,
    total: state.tasks.length,
    complete: isComplete(state),
  }
}
