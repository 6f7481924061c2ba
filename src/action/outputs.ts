import * as core from './workflow-commands.ts'
import { outputsOf, runnableNames } from '../app/plan-state.ts'
import { isComplete, nextTask, statusMap } from '../app/report.ts'
import { renderSummary } from '../domain/summary.ts'
import type { TaskListView } from '../storage/view.ts'

/** Every output action.yml declares; the README table and a test keep these in step. */
export const OUTPUT_NAMES = [
  'tasklist-id',
  'tasklist-url',
  'task-status',
  'should-run',
  'tasks',
  'next-task',
  'runnable',
  'outputs',
  'task-outputs',
  'complete',
  'bot-command',
  'dispatched',
] as const

export interface TaskOutcome {
  readonly task?: string
  readonly shouldRun?: boolean
}

/** `now` is GitHub's time, up to which the summary's timeline draws running tasks. */
export async function publishOutputs(view: TaskListView, outcome: TaskOutcome, now: number): Promise<void> {
  const state = view.state
  core.setOutput('tasklist-id', String(view.issue.number))
  core.setOutput('tasklist-url', view.issue.htmlUrl)
  core.setOutput('tasks', JSON.stringify(statusMap(state)))
  core.setOutput('next-task', nextTask(state, now))
  core.setOutput('runnable', JSON.stringify(runnableNames(state, now)))
  const outputs = outputsOf(state)
  core.setOutput('outputs', JSON.stringify(outputs))
  core.setOutput('complete', String(isComplete(state)))
  if (outcome.task !== undefined) {
    core.setOutput('task-status', state.tasks.find((t) => t.definition.name === outcome.task)?.state.status ?? '')
    core.setOutput('task-outputs', JSON.stringify(outputs[outcome.task] ?? {}))
  }
  if (outcome.shouldRun !== undefined) core.setOutput('should-run', String(outcome.shouldRun))
  await core.appendSummary(renderSummary(state, view.issue.number, view.issue.htmlUrl, now))
}
