import { runnableNames } from './plan-state.ts'
import type { Snapshot, Task } from '../domain/model.ts'
import { taskId } from '../domain/task-spec.ts'
import { isSettled } from '../domain/status.ts'
import type { Logger } from '../storage/logger.ts'

/** The log lines users and tests grep; their words are part of the contract. */
export function taskLine(id: string, task: Task): string {
  return `[${id}] ${task.definition.name}: ${task.state.status}${task.state.status === 'COMPLETE' ? ' (status preserved)' : ''}`
}

export function transitionLine(id: string, name: string, from: string, to: string): string {
  return `[${id}] ${name}: ${from} -> ${to}`
}

/** `asBefore` shows one task as it was before this process changed it. */
export function reportLoaded(
  log: Logger,
  issueNumber: number,
  state: Snapshot,
  asBefore?: { index: number; task: Task },
): void {
  log.info(`TaskList Loaded: ${issueNumber}`)
  log.info('Task State Persistence: VERIFIED')
  state.tasks.forEach((task, index) =>
    log.info(taskLine(taskId(index), index === asBefore?.index ? asBefore.task : task)),
  )
}

export function reportCreated(log: Logger, issueNumber: number, state: Snapshot): void {
  log.info(`TaskList Created: ${issueNumber}`)
  log.info(`TaskList ID: ${issueNumber}`)
  state.tasks.forEach((task, index) => log.info(taskLine(taskId(index), task)))
}

/** The first task that could start now: open, every need COMPLETE or SKIPPED, not held by a live claim. */
export function nextTask(state: Snapshot, now: number = Date.now()): string {
  return runnableNames(state, now)[0] ?? ''
}

export function isComplete(state: Snapshot): boolean {
  return state.tasks.every((t) => isSettled(t.state.status))
}

export function statusMap(state: Snapshot): Record<string, string> {
  return Object.fromEntries(state.tasks.map((t) => [t.definition.name, t.state.status]))
}
