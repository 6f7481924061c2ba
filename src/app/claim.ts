import { isLaterAttempt, leaseExpiry } from '../domain/fold.ts'
import type { Claim, Holder } from '../domain/claim.ts'
import type { OnBusy } from '../domain/claim-limits.ts'
import type { Task } from '../domain/model.ts'
import { newRecordId } from '../domain/record.ts'
import { isSettled, type Authority } from '../domain/status.ts'
import { TaskBusyError, TaskHeldError, UnmetNeedsError, type HeldTask } from '../storage/errors.ts'
import type { Logger } from '../storage/logger.ts'
import type { TaskListStore } from '../storage/store.ts'
import type { TaskListView } from '../storage/view.ts'
import { findTask } from './find-task.ts'
import { unmetNeedsOf } from './plan-state.ts'
import { transitionLine } from './report.ts'

export interface ClaimRequest {
  readonly task: string
  readonly holder: Holder
  readonly authority: Authority
  readonly leaseSec: number
  readonly onBusy: OnBusy
  readonly waitTimeoutSec: number
  readonly message?: string
  /** A claim this job made in an earlier step; if it still holds, there is nothing to claim. */
  readonly knownClaim?: string
  readonly pollMs?: number
  /**
   * Called with the id of each claim just before it is written, so a post step
   * can clean up a claim whose outcome this process never learns.
   */
  readonly onAttempt?: (claimId: string, taskId: string) => void
  /** Called once when this job starts waiting for the holder (on busy: wait), so the front end can say so. */
  readonly onWaiting?: (held: HeldTask, timeoutSec: number) => void
}

/** `finished`: the task is COMPLETE or SKIPPED; `busy`: another job holds it and this one was told to skip. */
export type ClaimOutcome =
  | { kind: 'claimed'; view: TaskListView; id: string; claimId: string; fresh: boolean; before: Task }
  | { kind: 'finished'; view: TaskListView; id: string; task: Task }
  | { kind: 'busy'; view: TaskListView; id: string; task: Task; held: HeldTask }

const MAX_LOST_RACES = 8
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function holderText(task: Task): string {
  const claim = task.state.claim
  if (claim === undefined) return 'another job'
  return claim.holder.url === undefined ? claim.holder.label : `${claim.holder.label} (${claim.holder.url})`
}

function heldTask(tasklist: number, task: Task, claim: Claim): HeldTask {
  return {
    tasklist,
    task: task.definition.name,
    holder: holderText(task),
    since: claim.at,
    leaseEnd: new Date(leaseExpiry(claim)).toISOString(),
  }
}

/**
 * Makes this job the one runner of a task. The claim is a record like any
 * other, so when several jobs claim at once the fold picks the earliest and
 * every job learns the same answer from reading the record back.
 *
 * When the snapshot alone shows the task as claimable, the claim is written
 * before the tail is read (one round trip fewer); if the snapshot was stale
 * the record simply loses, and the loop decides again on the fresh state.
 */
export async function claim(
  store: TaskListStore,
  log: Logger,
  start: TaskListView,
  request: ClaimRequest,
): Promise<ClaimOutcome> {
  let view = start
  const number = view.issue.number
  const deadline = Date.now() + request.waitTimeoutSec * 1000
  let lostRaces = 0
  let announcedWait = false
  let pollMs = request.pollMs ?? 2000
  for (;;) {
    const { id, task } = findTask(view.state, request.task, number)
    const claimNow = task.state.claim
    if (isSettled(task.state.status) || task.state.status === 'IN_PROGRESS') {
      if (!view.tailRead) {
        view = await store.refresh(view)
        continue
      }
    }
    if (isSettled(task.state.status)) return { kind: 'finished', view, id, task }
    // A need may have finished since the snapshot: read the tail before refusing.
    const unmet = unmetNeedsOf(view.state, task.definition.name)
    if (unmet.length > 0) {
      if (!view.tailRead) {
        view = await store.refresh(view)
        continue
      }
      throw new UnmetNeedsError(number, task.definition.name, unmet)
    }

    let op: 'start' | 'takeover' = 'start'
    if (task.state.status === 'IN_PROGRESS' && claimNow !== undefined) {
      if (request.knownClaim !== undefined && claimNow.id === request.knownClaim) {
        return { kind: 'claimed', view, id, claimId: claimNow.id, fresh: false, before: task }
      }
      const expired = store.now() > leaseExpiry(claimNow)
      if (expired || isLaterAttempt(claimNow, request.holder)) {
        op = 'takeover'
      } else if (request.onBusy === 'fail') {
        throw new TaskHeldError(heldTask(number, task, claimNow))
      } else if (request.onBusy === 'skip') {
        return { kind: 'busy', view, id, task, held: heldTask(number, task, claimNow) }
      } else {
        if (Date.now() >= deadline) throw new TaskHeldError(heldTask(number, task, claimNow), request.waitTimeoutSec)
        if (!announcedWait) {
          request.onWaiting?.(heldTask(number, task, claimNow), request.waitTimeoutSec)
          announcedWait = true
        }
        await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())))
        pollMs = Math.min(pollMs * 2, 15_000)
        view = await store.refresh(view)
        continue
      }
    }

    const claimId = newRecordId()
    request.onAttempt?.(claimId, id)
    const submission = await store.submit(
      view,
      {
        rec: claimId,
        op,
        task: id,
        name: task.definition.name,
        ver: task.state.version,
        from: task.state.status,
        to: 'IN_PROGRESS',
        authority: request.authority,
        ...(op === 'takeover' && claimNow !== undefined ? { claim: claimNow.id } : {}),
        lease: request.leaseSec,
        holder: request.holder,
        at: new Date(store.now()).toISOString(),
        ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
      },
      op === 'takeover' && claimNow !== undefined
        ? { message: `The lease of ${claimNow.holder.label} expired; taking the task over.` }
        : {},
    )
    // Applied is not enough: by the time the record was read back, the claim may
    // already have expired and been taken over. Only a claim still held counts.
    const now = findTask(submission.view.state, request.task, number).task
    if (submission.kind === 'applied' && now.state.status === 'IN_PROGRESS' && now.state.claim?.id === claimId) {
      if (op === 'takeover')
        log.warning(
          `${task.definition.name}: took over from ${holderText(task)}, whose lease had expired or whose run attempt has ended`,
        )
      return { kind: 'claimed', view: submission.view, id, claimId, fresh: true, before: task }
    }
    if (submission.kind === 'applied') {
      log.info(transitionLine(id, task.definition.name, task.state.status, 'IN_PROGRESS'))
      log.warning(
        `${task.definition.name}: this job's claim was overtaken before it could start (${now.state.status}, ${now.state.claim === undefined ? 'by another job' : `held by ${holderText(now)}`}); deciding again`,
      )
      view = submission.view
      continue
    }
    await store.markNotApplied(submission)
    view = submission.view
    lostRaces += 1
    if (lostRaces >= MAX_LOST_RACES) {
      throw new TaskBusyError(
        `${task.definition.name} in TaskList #${number} kept changing while this job tried to claim it; re-run the step`,
      )
    }
  }
}
