import type { Holder } from '../domain/claim.ts'
import type { Task } from '../domain/model.ts'
import { illegalTransitionHint, isLegal, targetOf, type Authority, type Op } from '../domain/status.ts'
import { IllegalTransitionError, TaskBusyError } from '../storage/errors.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'
import type { RecordCommentExtras } from '../domain/comment.ts'
import { lookupTask, unknownTask } from './find-task.ts'
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

/** complete and fail end the claim they act under. */
const actsOnClaim = (op: TransitionRequest['op']): boolean => op === 'complete' || op === 'fail'

/**
 * A record written on the snapshot alone loses when the body lagged; it is decided again on the record
 * read back, which is whole, so one more round settles it. The bound only keeps a loop impossible.
 */
const MAX_STALE_ROUNDS = 3

/**
 * Changes one task's status. When the snapshot alone shows the request as
 * legal, the record is written before the tail is read (one round trip fewer,
 * as a claim is): the body is current unless a writer stopped between its
 * record and its redraw, and then the record simply loses and the request is
 * decided again on the whole record. A request the snapshot refuses is decided
 * on the whole record before anything is written, so a refusal writes nothing.
 */
export async function transition(
  store: TaskListStore,
  log: Logger,
  view: TaskListView,
  request: TransitionRequest,
): Promise<TaskListView> {
  let loaded = view
  for (let round = 0; ; round++) {
    const decided = decide(loaded, request)
    if (decided.kind === 'refused') {
      if (!loaded.tailRead) {
        loaded = await store.refresh(loaded)
        continue
      }
      throw decided.error
    }
    const { id, task } = decided
    const number = loaded.issue.number
    const onClaim = actsOnClaim(request.op)
    if (
      onClaim &&
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
        ...(onClaim && task.state.claim !== undefined ? { claim: task.state.claim.id } : {}),
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
        ...(onClaim && task.state.claim !== undefined
          ? { durationSec: (store.now() - Date.parse(task.state.claim.at)) / 1000 }
          : {}),
      },
    )
    if (submission.kind === 'rejected') {
      await store.markNotApplied(submission)
      // Written on a lagging snapshot: the record read back is whole now, so decide again on it.
      if (!loaded.tailRead && round < MAX_STALE_ROUNDS) {
        loaded = submission.view
        continue
      }
      throw new IllegalTransitionError(
        `Cannot ${request.op} ${task.definition.name} in TaskList #${number}: another writer changed it first (the record ${submission.reason}); re-run to act on its current status`,
      )
    }
    log.info(transitionLine(id, task.definition.name, task.state.status, targetOf(request.op)))
    // An operator who sends a task back to PENDING reopens a TaskList that was closed as finished.
    return store.publish(submission.view, { reopen: request.op === 'reset' || request.op === 'retry' })
  }
}

type Decision = { kind: 'write'; id: string; task: Task } | { kind: 'refused'; error: Error }

/** Whether the view, as far as it was read, allows the request; an unknown task is refused too. */
function decide(view: TaskListView, request: TransitionRequest): Decision {
  const number = view.issue.number
  const found = lookupTask(view.state, request.task)
  // A plan change in the tail may have added it.
  if (found === undefined) return { kind: 'refused', error: unknownTask(view.state, request.task, number) }
  const { id, task } = found
  if (!isLegal(request.op, task.state.status, request.authority)) {
    return {
      kind: 'refused',
      error: new IllegalTransitionError(
        `Cannot ${request.op} ${task.definition.name} in TaskList #${number}: ${illegalTransitionHint(request.op, task.state.status, request.authority)}`,
      ),
    }
  }
  if (actsOnClaim(request.op) && request.ownClaim !== undefined && task.state.claim?.id !== request.ownClaim) {
    return {
      kind: 'refused',
      error: new TaskBusyError(
        `Cannot ${request.op} ${task.definition.name} in TaskList #${number}: this job's claim ended and ${task.state.claim?.holder.label ?? 'another job'} holds it now (its lease had expired); check that job before re-running`,
      ),
    }
  }
  return { kind: 'write', id, task }
}
