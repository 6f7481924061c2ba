import type { Status } from '../domain/status.ts'
import { targetOf } from '../domain/status.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'
import { findTask, lookupTask, type FoundTask } from './find-task.ts'
import { transition, type TransitionRequest } from './transition.ts'

export interface RecordRequest extends Omit<TransitionRequest, 'ownClaim'> {
  readonly tasklist: number
  /** Called with the TaskList as soon as it is read: its snapshot, and the tail when the task needed it. */
  readonly onLoaded?: (view: TaskListView) => void
  /** Checked once the task is found, before anything is written. */
  readonly check?: (view: TaskListView, found: FoundTask) => Promise<void>
  /** The claim this process made for the task with this ID, if it made one. */
  readonly ownClaimOf?: (taskId: string) => string | undefined
}

export interface RecordResult {
  readonly kind: 'recorded'
  /** The TaskList after the record, with the body redrawn. */
  readonly view: TaskListView
  readonly id: string
  readonly index: number
  readonly name: string
  readonly from: Status
  readonly to: Status
}

/** Recording one transition: read the snapshot, find the task, record it (app/transition reads the tail when it must). */
export async function recordTransition(
  store: TaskListStore,
  log: Logger,
  request: RecordRequest,
): Promise<RecordResult> {
  const { tasklist, onLoaded, check, ownClaimOf, ...transitionRequest } = request
  let loaded = await store.readSnapshot(tasklist)
  // A task the snapshot does not know may have been added by a plan change in the tail.
  if (lookupTask(loaded.state, request.task) === undefined) loaded = await store.refresh(loaded)
  onLoaded?.(loaded)
  const found = findTask(loaded.state, request.task, tasklist)
  await check?.(loaded, found)
  const ownClaim = ownClaimOf?.(found.id)
  const view = await transition(store, log, loaded, {
    ...transitionRequest,
    task: found.task.definition.name,
    ...(ownClaim === undefined ? {} : { ownClaim }),
  })
  return {
    kind: 'recorded',
    view,
    id: found.id,
    index: found.index,
    name: found.task.definition.name,
    from: found.task.state.status,
    to: targetOf(request.op),
  }
}
