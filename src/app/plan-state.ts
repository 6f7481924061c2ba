import { leaseExpiry } from '../domain/fold.ts'
import type { Snapshot, Task } from '../domain/model.ts'
import { runFieldsOf } from '../domain/plan-fields.ts'
import {
  progressOf,
  runnableTasks,
  unmetNeeds,
  type GraphTask,
  type Progress,
  type UnmetNeed,
} from '../domain/runnable.ts'

/** The TaskList as the dependency rules see it, with claims judged live at `now` (GitHub's clock when known). */
export function graphOf(state: Snapshot, now: number): GraphTask[] {
  return state.tasks.map((task) => ({
    name: task.definition.name,
    status: task.state.status,
    needs: runFieldsOf(task.definition).needs,
    // IN_PROGRESS without a claim cannot be taken over, so it counts as held.
    liveClaim:
      task.state.claim === undefined ? task.state.status === 'IN_PROGRESS' : leaseExpiry(task.state.claim) >= now,
  }))
}

export function runnableNames(state: Snapshot, now: number): string[] {
  return runnableTasks(graphOf(state, now))
}

export function unmetNeedsOf(state: Snapshot, name: string): UnmetNeed[] {
  return unmetNeeds(graphOf(state, 0), name)
}

export function progress(state: Snapshot, now: number, exclude: ReadonlySet<string> = new Set()): Progress {
  return progressOf(graphOf(state, now), exclude)
}

/** Every finished task's recorded outputs, `{task: {key: value}}`, as commands get them in TASKLIST_OUTPUTS. */
export function outputsOf(state: Snapshot): Record<string, Record<string, string>> {
  return Object.fromEntries(
    state.tasks
      .filter((task): task is Task & { state: { outputs: Record<string, string> } } => task.state.outputs !== undefined)
      .map((task) => [task.definition.name, { ...task.state.outputs }]),
  )
}
