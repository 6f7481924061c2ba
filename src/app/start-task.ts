import { taskId } from '../domain/task-spec.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'
import { claim, type ClaimOutcome, type ClaimRequest } from './claim.ts'

export interface StartRequest extends Omit<ClaimRequest, 'knownClaim'> {
  readonly tasklist: number
  /** Checked on the snapshot before anything is written, e.g. that this token's records would count. */
  readonly check?: (view: TaskListView) => Promise<void>
  /** The claim this job remembers making for the task with this ID in an earlier step, if any. */
  readonly knownClaimOf?: (taskId: string) => string | undefined
  /** Redraw the body after a fresh claim; off when a transition follows at once and redraws it anyway. */
  readonly publish: boolean
  /** Called with the outcome before the body is redrawn, so a front end can hand the claim on first. */
  readonly onOutcome?: (outcome: ClaimOutcome) => void
}

export type StartResult = ClaimOutcome

/**
 * Starting a task: read the snapshot, claim the task (app/claim), and redraw
 * the body when the claim is not shown there yet. The record already holds
 * the claim; the body only shows it to people.
 */
export async function startTask(store: TaskListStore, log: Logger, request: StartRequest): Promise<StartResult> {
  const { tasklist, check, knownClaimOf, publish, onOutcome, ...claimRequest } = request
  const snapshot = await store.readSnapshot(tasklist)
  await check?.(snapshot)
  const index = snapshot.state.tasks.findIndex((t) => t.definition.name === request.task)
  const known = index === -1 ? undefined : knownClaimOf?.(taskId(index))
  const outcome = await claim(store, log, snapshot, {
    ...claimRequest,
    ...(known === undefined ? {} : { knownClaim: known }),
  })
  onOutcome?.(outcome)
  if (outcome.kind === 'claimed' && publish && outcome.view.bodyBehind)
    return { ...outcome, view: await store.publish(outcome.view) }
  return outcome
}
