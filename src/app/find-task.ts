import type { Snapshot, Task } from '../domain/model.ts'
import { taskId, taskIndex } from '../domain/task-spec.ts'
import { UnknownTaskError } from '../storage/errors.ts'

export interface FoundTask {
  readonly index: number
  readonly id: string
  readonly task: Task
}

export function findTask(state: Snapshot, name: string, issueNumber: number): FoundTask {
  let index = state.tasks.findIndex((t) => t.definition.name === name)
  if (index === -1) index = taskIndex(name)
  const task = state.tasks[index]
  if (task === undefined) {
    const names = state.tasks.map((t) => t.definition.name)
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ')
    throw new UnknownTaskError(`TaskList #${issueNumber} has no task '${name.slice(0, 80)}'; its tasks are: ${shown}`)
  }
  return { index, id: taskId(index), task }
}
