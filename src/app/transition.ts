import type { Holder } from '../domain/claim.ts'
import { illegalTransitionHint, isLegal, targetOf, type Authority, type Op } from '../domain/status.ts'
import { IllegalTransitionError, TaskBusyError } from '../storage/errors.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'
import type { RecordCommentExtras } from '../domain/comment.ts'
import { findTask } from './find-task.ts'
import { transitionLine } from './report.ts'

export interface TransitionRequest {
  readonly task: string
  readonly op: Exclude<Op, 'start' | 'takeover' | 'renew'>
  readonly authority: Authority
  readonly holder: Holder
  readonly requestedBy?: string
  readonly message?: string
  readonly exitCode?: number
  /** `complete`: what the task hands on to later tasks, recorded with it. */
  readonly outputs?: Readonly<Record<string, string>>
  /** The claim this process made, if it made one; complete and fail must act under it. */
  readonly ownClaim?: string
  readonly extras?: RecordCommentExtras
}

/**
 * Changes one task's status. The whole TaskList is read before anything is
 * written, so an illegal or unknown request writes nothing.
 */
export async function transition(
  store: TaskListStore,
  log: Logger,
  view: TaskListView,
  request: TransitionRequest,
): Promise<TaskListView> {
  const loaded = view.tailRead ? view : await store.refresh(view)
  const number = loaded.issue.number
  const { id, task } = findTask(loaded.state, request.task, number)
  if (!isLegal(request.op, task.state.status, request.authority)) {
    throw new IllegalTransitionError(
      `Cannot ${request.op} ${task.definition.name} in TaskList #${number}: ${illegalTransitionHint(request.op, task.state.status, request.authority)}`,
    )
  }
  const actsOnClaim = request.op === 'complete' || request.op === 'fail'
  if (actsOnClaim && request.ownClaim !== undefined && task.state.claim?.id !== request.ownClaim) {
    throw new TaskBusyError(
      `Cannot ${request.op} ${task.definition.name} in TaskList #${number}: this job's claim ended and ${task.state.claim?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`,
    )
  }
  if (
    actsOnClaim &&
    request.ownClaim === undefined &&
    task.state.claim !== undefined &&
    task.state.claim.holder.label !== request.holder.label
  ) {
    log.info(
      `${task.definition.name} was started by ${task.state.claim.holder.label}; recording ${request.op} on its behalf`,
    )
  }
  const submission = await store.submit(
    loaded,
    {
      op: request.op,
      task: id,
      name: task.definition.name,
      ver: task.state.version,
      from: task.state.status,
      to: targetOf(request.op),
      authority: request.authority,
      ...(actsOnClaim && task.state.claim !== undefined ? { claim: task.state.claim.id } : {}),
      holder: request.holder,
      ...(request.requestedBy === undefined ? {} : { requestedBy: request.requestedBy }),
      ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
      ...(request.exitCode === undefined ? {} : { x: request.exitCode }),
      ...(request.op === 'complete' && request.outputs !== undefined && Object.keys(request.outputs).length > 0
        ? { out: { ...request.outputs } }
        : {}),
    },
    {
      ...request.extras,
      ...(request.message === undefined ? {} : { message: request.message }),
      ...(actsOnClaim && task.state.claim !== undefined
        ? { durationSec: (store.now() - Date.parse(task.state.claim.at)) / 1000 }
        : {}),
    },
  )
  if (submission.kind === 'rejected') {
    await store.markNotApplied(submission)
    throw new IllegalTransitionError(
      `Cannot ${request.op} ${task.definition.name} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`,
    )
  }
  log.info(transitionLine(id, task.definition.name, task.state.status, targetOf(request.op)))
  // An operator who sends a task back to PENDING reopens a TaskList that was closed as finished.
  return store.publish(submission.view, { reopen: request.op === 'reset' || request.op === 'retry' })
}
