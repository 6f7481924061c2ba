import { renderPlanComment } from '../domain/comment.ts'
import type { Holder } from '../domain/claim.ts'
import { newRecordId, type PlanRecord } from '../domain/record.ts'
import { isUnchanged, reconcilePlan, type PlanChangeMode, type Reconciliation } from '../domain/reconcile.ts'
import { definitionsDigest } from '../domain/snapshot.ts'
import { taskId, type TaskSpec } from '../domain/task-spec.ts'
import { PlanChangeRefusedError, TaskBusyError } from '../storage/errors.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'

const MAX_LOST_RACES = 6

export interface AppliedPlan {
  /** The TaskList after the change; as read when the plan changed nothing. */
  readonly view: TaskListView
  /** What the plan changed, as recorded; nothing added, redefined or removed when it matched. */
  readonly change: Reconciliation
}

export interface ApplyPlanOptions {
  /** Checked once there is a change to record, before anything is written. */
  readonly check?: (view: TaskListView) => Promise<void>
  /** How the front end's users say accept, for the log lines: `plan-change: accept` (the default) or `--plan-change accept`. */
  readonly acceptedBy?: string
}

/**
 * One line per task a plan would change silently, each naming the task, the
 * fields and the way out; `accept` is how the front end's users accept it,
 * such as `set plan-change: accept`.
 */
export function refusalLines(error: PlanChangeRefusedError, accept: string): string[] {
  return error.refusals.map((r) =>
    r.kind === 'changed'
      ? `${r.name} in TaskList #${error.tasklist} is ${r.status} and the plan changes its ${r.fields.join(', ')}, so nothing was written; a task that ran is not redefined silently: restore its definition, add a new task instead, or ${accept}`
      : `${r.name} in TaskList #${error.tasklist} (${r.status}) is missing from the plan, so nothing was written; put it back, or ${accept} to remove it`,
  )
}

/**
 * Reconciles a stored TaskList with the plan `create` was given (domain/reconcile):
 * new tasks are added, changed definitions of tasks that have not run are
 * recorded, and anything that would silently change what ran is refused before
 * anything is written. The change is one record, a compare-and-set on the
 * definitions and on every task it touches; a lost race is decided again.
 */
export async function applyPlan(
  store: TaskListStore,
  log: Logger,
  start: TaskListView,
  plan: readonly TaskSpec[],
  mode: PlanChangeMode,
  holder: Holder,
  options: ApplyPlanOptions = {},
): Promise<AppliedPlan> {
  const acceptedBy = options.acceptedBy ?? 'plan-change: accept'
  let view = start
  for (let race = 0; race < MAX_LOST_RACES; race += 1) {
    if (!view.tailRead) view = await store.refresh(view)
    const number = view.issue.number
    const tasks = view.state.tasks
    const change = reconcilePlan(
      tasks.map((task) => ({ spec: task.definition, status: task.state.status })),
      plan,
      mode,
    )
    if (change.refusals.length > 0)
      throw new PlanChangeRefusedError(
        number,
        change.refusals.map((r) => ({ ...r, fields: r.kind === 'changed' ? r.fields : [] })),
      )
    if (isUnchanged(change)) return { view, change }
    await options.check?.(view)
    const versionOf = new Map(tasks.map((task) => [task.definition.name, task.state.version]))
    const idOf = (name: string) => taskId(change.tasks.findIndex((spec) => spec.name === name))
    const lines = [
      ...change.removed.map((r) => `${r.name}: REMOVED (was ${r.status}; ${acceptedBy})`),
      ...change.redefined.map((r) => `[${idOf(r.name)}] ${r.name}: REDEFINED (${r.fields.join(', ')})`),
      ...change.added.map((spec) => `[${idOf(spec.name)}] ${spec.name}: ADDED`),
    ]
    const touched = [...change.redefined.map((r) => r.name), ...change.removed.map((r) => r.name)]
    const record: PlanRecord = {
      tasklist: 1,
      rec: newRecordId(),
      plan: true,
      defs: view.state.defs,
      next: definitionsDigest(change.tasks),
      set: [...change.redefined.map((r) => r.spec), ...change.added],
      drop: change.removed.map((r) => r.name),
      ver: Object.fromEntries(touched.map((name) => [name, versionOf.get(name) ?? 0])),
      accepted: [
        ...change.redefined.filter((r) => r.accepted).map((r) => r.name),
        ...change.removed.filter((r) => r.status === 'COMPLETE' || r.status === 'IN_PROGRESS').map((r) => r.name),
      ],
      authority: 'workflow',
      holder,
    }
    const submission = await store.submitPlan(view, record, renderPlanComment(record, lines))
    if (submission.kind === 'applied') {
      for (const line of lines) log.info(line)
      for (const name of record.accepted) log.warning(`${name} had run; its change is accepted (${acceptedBy})`)
      return { view: await store.publish(submission.view), change }
    }
    view = submission.view
  }
  throw new TaskBusyError(
    `TaskList #${view.issue.number} kept changing while this job changed its plan; re-run the step`,
  )
}
