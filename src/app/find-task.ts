import type { Snapshot, Task } from '../domain/model.ts'
import { taskId, taskIndex } from '../domain/task-spec.ts'
import { UnknownTaskError } from '../storage/errors.ts'

export interface FoundTask {
  readonly index: number
  readonly id: string
  readonly task: Task
}

/** The task by name or ID (t1, t2, ...), or undefined when the state has none such. */
export function lookupTask(state: Snapshot, name: string): FoundTask | undefined {
  let index = state.tasks.findIndex((t) => t.definition.name === name)
  if (index === -1) index = taskIndex(name)
  const task = state.tasks[index]
  return task === undefined ? undefined : { index, id: taskId(index), task }
}

/** The error for a task the state does not have, listing the ones it has. */
export function unknownTask(state: Snapshot, name: string, issueNumber: number): UnknownTaskError {
  const names = state.tasks.map((t) => t.definition.name)
  const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ')
  return new UnknownTaskError(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`)
}

export function findTask(state: Snapshot, name: string, issueNumber: number): FoundTask {
  const found = lookupTask(state, name)
  if (found === undefined) throw unknownTask(state, name, issueNumber)
  return found
}
