import { canonicalJson } from './canonical-json.ts'
import { PLAN_FIELDS } from './plan-fields.ts'
import type { Status } from './status.ts'
import type { TaskSpec } from './task-spec.ts'

export type PlanChangeMode = 'fail' | 'accept'

/** A stored task as reconciliation sees it: its definition and status. */
export interface StoredTask {
  readonly spec: TaskSpec
  readonly status: Status
}

export interface Redefinition {
  readonly name: string
  readonly status: Status
  /** The fields whose value changed, plan fields first in their usual order. */
  readonly fields: readonly string[]
  readonly spec: TaskSpec
  /** True when the task had run (COMPLETE or IN_PROGRESS) and `plan-change: accept` let it change. */
  readonly accepted: boolean
}

/** A change the plan asks for that would silently alter what already ran. */
export type Refusal =
  | { readonly kind: 'changed'; readonly name: string; readonly status: Status; readonly fields: readonly string[] }
  | { readonly kind: 'missing'; readonly name: string; readonly status: Status }

export interface Reconciliation {
  /** New tasks, appended after the stored ones in plan order. */
  readonly added: readonly TaskSpec[]
  readonly redefined: readonly Redefinition[]
  /** Stored tasks the plan no longer has, removed because `plan-change: accept` said so. */
  readonly removed: readonly { readonly name: string; readonly status: Status }[]
  /** What `plan-change: fail` refuses; empty in accept mode, where these are accepted instead. */
  readonly refusals: readonly Refusal[]
  /** The definitions after the change: the stored order, less removed tasks, then the added ones. */
  readonly tasks: readonly TaskSpec[]
}

/** A definition whose run state would make a change silent: it ran, or it is running. */
function hasRun(status: Status): boolean {
  return status === 'COMPLETE' || status === 'IN_PROGRESS'
}

/** The fields two definitions of one task differ in; plan fields in order, then any others by name. */
export function changedFields(before: TaskSpec, after: TaskSpec): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  keys.delete('name')
  const known: readonly string[] = PLAN_FIELDS
  const ordered = [
    ...PLAN_FIELDS.filter((field) => keys.has(field)),
    ...[...keys].filter((k) => !known.includes(k)).sort(),
  ]
  return ordered.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]))
}

/**
 * Reconciles a stored TaskList with the plan `create` was given: new tasks are
 * added; changed definitions of tasks that have not run are accepted, since
 * fixing a failed phase and resuming is the ordinary way to recover. Changing
 * or dropping a task that ran or is running is refused unless the mode is
 * `accept`, like a migration tool that refuses an applied migration whose
 * checksum changed.
 */
export function reconcilePlan(
  stored: readonly StoredTask[],
  plan: readonly TaskSpec[],
  mode: PlanChangeMode,
): Reconciliation {
  const planned = new Map(plan.map((spec) => [spec.name, spec]))
  const storedNames = new Set(stored.map((task) => task.spec.name))
  const redefined: Redefinition[] = []
  const removed: Array<{ name: string; status: Status }> = []
  const refusals: Refusal[] = []
  const kept: TaskSpec[] = []
  for (const task of stored) {
    const next = planned.get(task.spec.name)
    if (next === undefined) {
      // Dropping a task is refused whatever its status: its ID and record would go with it.
      if (mode === 'accept') removed.push({ name: task.spec.name, status: task.status })
      else refusals.push({ kind: 'missing', name: task.spec.name, status: task.status })
      continue
    }
    const fields = changedFields(task.spec, next)
    if (fields.length === 0) {
      kept.push(task.spec)
      continue
    }
    if (hasRun(task.status) && mode === 'fail') {
      refusals.push({ kind: 'changed', name: task.spec.name, status: task.status, fields })
      kept.push(task.spec)
      continue
    }
    redefined.push({ name: task.spec.name, status: task.status, fields, spec: next, accepted: hasRun(task.status) })
    kept.push(next)
  }
  const added = plan.filter((spec) => !storedNames.has(spec.name))
  return {
    added,
    redefined,
    removed,
    refusals,
    tasks: [...kept, ...added],
  }
}

/** True when the plan changes nothing: nothing to record. */
export function isUnchanged(reconciliation: Reconciliation): boolean {
  return (
    reconciliation.added.length === 0 &&
    reconciliation.redefined.length === 0 &&
    reconciliation.removed.length === 0 &&
    reconciliation.refusals.length === 0
  )
}
