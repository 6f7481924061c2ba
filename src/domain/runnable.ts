import { isSettled, type Status } from './status.ts'

/** What the dependency rules need to know of a task, whatever the in-memory model calls its fields. */
export interface GraphTask {
  readonly name: string
  readonly status: Status
  readonly needs: readonly string[]
  /** An unexpired claim: another job is running the task. */
  readonly liveClaim: boolean
}

/** A need that is not COMPLETE or SKIPPED yet, with its status. */
export interface UnmetNeed {
  readonly need: string
  /** The need's status, or undefined when the TaskList has no such task. */
  readonly status: Status | undefined
}

/** The needs of a task that are not COMPLETE or SKIPPED, in the order the task lists them. */
export function unmetNeeds(tasks: readonly GraphTask[], name: string): UnmetNeed[] {
  const byName = new Map(tasks.map((task) => [task.name, task]))
  const task = byName.get(name)
  if (task === undefined) return []
  return task.needs
    .map((need) => ({ need, status: byName.get(need)?.status }))
    .filter((unmet) => unmet.status === undefined || !isSettled(unmet.status))
}

/**
 * Could start now: PENDING or FAILED (or IN_PROGRESS under a claim whose lease
 * ran out, which a start takes over), with every need COMPLETE or SKIPPED.
 */
export function isRunnable(tasks: readonly GraphTask[], task: GraphTask): boolean {
  const open =
    task.status === 'PENDING' || task.status === 'FAILED' || (task.status === 'IN_PROGRESS' && !task.liveClaim)
  return open && unmetNeeds(tasks, task.name).length === 0
}

/** The tasks that could start now, in plan order. */
export function runnableTasks(tasks: readonly GraphTask[]): string[] {
  return tasks.filter((task) => isRunnable(tasks, task)).map((task) => task.name)
}

/** Where a plan stands for a worker that wants something to run. */
export type Progress =
  | { readonly kind: 'runnable'; readonly next: string }
  /** Nothing can start, but other jobs hold tasks whose end may unblock some. */
  | { readonly kind: 'waiting'; readonly held: readonly string[] }
  | { readonly kind: 'done' }
  /** Nothing can start and nobody holds anything: these tasks wait on needs that cannot finish. */
  | { readonly kind: 'stuck'; readonly blocked: readonly string[] }

export function progressOf(tasks: readonly GraphTask[], exclude: ReadonlySet<string> = new Set()): Progress {
  const next = runnableTasks(tasks).find((name) => !exclude.has(name))
  if (next !== undefined) return { kind: 'runnable', next }
  if (tasks.every((task) => isSettled(task.status))) return { kind: 'done' }
  const held = tasks.filter((task) => task.status === 'IN_PROGRESS' && task.liveClaim).map((task) => task.name)
  if (held.length > 0) return { kind: 'waiting', held }
  return { kind: 'stuck', blocked: tasks.filter((task) => !isSettled(task.status)).map((task) => task.name) }
}
