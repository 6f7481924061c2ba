import { formatDuration } from '../domain/duration.ts'
import { isLaterAttempt, leaseExpiry } from '../domain/fold.ts'
import type { Holder, TaskState } from '../domain/snapshot.ts'
import { newRecordId } from '../domain/record.ts'
import { isSettled, type Authority } from '../domain/status.ts'
import { TaskBusyError } from '../storage/errors.ts'
import type { Logger, TaskListStore, TaskListView } from '../storage/store.ts'
import { findTask } from './find-task.ts'
import { transitionLine } from './report.ts'

export type OnBusy = 'wait' | 'skip' | 'fail'

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
  readonly onAttempt?: (claimId: string) => void
  /** How busy messages name the options that change the outcome (`on-busy:` and `wait-timeout` for the action). */
  readonly optionNames?: { readonly onBusy: string; readonly waitTimeout: string }
}

const ACTION_OPTION_NAMES = { onBusy: 'on-busy:', waitTimeout: 'wait-timeout' }

/**
 * `superseded` lists claims this process wrote that applied but were overtaken
 * (taken over, or finished by another job) before it could start: they are in
 * the record, but this process does not run the task under them.
 */
export type ClaimOutcome = { readonly superseded: readonly string[] } & (
  | { kind: 'claimed'; view: TaskListView; id: string; claimId: string; fresh: boolean; before: TaskState }
  | { kind: 'settled'; view: TaskListView; id: string; task: TaskState }
  | { kind: 'busy-skipped'; view: TaskListView; id: string; task: TaskState }
)

const MAX_LOST_RACES = 8
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function holderText(task: TaskState): string {
  const claim = task.c
  if (claim === undefined) return 'another job'
  return claim.holder.url === undefined ? claim.holder.label : `${claim.holder.label} (${claim.holder.url})`
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
export async function claim(store: TaskListStore, log: Logger, start: TaskListView, request: ClaimRequest): Promise<ClaimOutcome> {
  let view = start
  const number = view.issue.number
  const deadline = Date.now() + request.waitTimeoutSec * 1000
  let lostRaces = 0
  let announcedWait = false
  let pollMs = request.pollMs ?? 2000
  const superseded: string[] = []
  const names = request.optionNames ?? ACTION_OPTION_NAMES
  for (;;) {
    const { id, task } = findTask(view.state, request.task, number)
    const claimNow = task.c
    if (isSettled(task.s) || task.s === 'IN_PROGRESS') {
      if (!view.folded) {
        view = await store.fold(view)
        continue
      }
    }
    if (isSettled(task.s)) return { kind: 'settled', view, id, task, superseded }

    let op: 'start' | 'takeover' = 'start'
    if (task.s === 'IN_PROGRESS' && claimNow !== undefined) {
      if (request.knownClaim !== undefined && claimNow.id === request.knownClaim) {
        return { kind: 'claimed', view, id, claimId: claimNow.id, fresh: false, before: task, superseded }
      }
      const expired = store.port.serverNow() > leaseExpiry(claimNow)
      if (expired || isLaterAttempt(claimNow, request.holder)) {
        op = 'takeover'
      } else if (request.onBusy === 'fail') {
        throw new TaskBusyError(
          `${task.n} in TaskList #${number} is IN_PROGRESS, held by ${holderText(task)} since ${claimNow.at}; its lease runs until ${new Date(leaseExpiry(claimNow)).toISOString()}. Wait for that job, or set ${names.onBusy} wait or skip`,
        )
      } else if (request.onBusy === 'skip') {
        log.info(`${task.n}: IN_PROGRESS, held by ${holderText(task)}; not running it here (${names.onBusy} skip)`)
        return { kind: 'busy-skipped', view, id, task, superseded }
      } else {
        if (Date.now() >= deadline) {
          throw new TaskBusyError(
            `${task.n} in TaskList #${number} is still IN_PROGRESS, held by ${holderText(task)}, after waiting ${formatDuration(request.waitTimeoutSec)}; raise ${names.waitTimeout} or re-run later`,
          )
        }
        if (!announcedWait) {
          log.info(`${task.n}: IN_PROGRESS, held by ${holderText(task)}; waiting up to ${formatDuration(request.waitTimeoutSec)} (${names.onBusy} wait)`)
          announcedWait = true
        }
        await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())))
        pollMs = Math.min(pollMs * 2, 15_000)
        view = await store.fold(view)
        continue
      }
    }

    const claimId = newRecordId()
    request.onAttempt?.(claimId)
    const submission = await store.submit(
      view,
      {
        rec: claimId,
        op,
        task: id,
        name: task.n,
        ver: task.v,
        from: task.s,
        to: 'IN_PROGRESS',
        authority: request.authority,
        ...(op === 'takeover' && claimNow !== undefined ? { claim: claimNow.id } : {}),
        lease: request.leaseSec,
        holder: request.holder,
        at: new Date(store.port.serverNow()).toISOString(),
        ...(request.message === undefined ? {} : { m: request.message.slice(0, 300) }),
      },
      op === 'takeover' && claimNow !== undefined ? { message: `The lease of ${claimNow.holder.label} expired; taking the task over.` } : {},
    )
    // Applied is not enough: by the time the record was read back, the claim may
    // already have expired and been taken over. Only a claim still held counts.
    const now = findTask(submission.view.state, request.task, number).task
    if (submission.kind === 'applied' && now.s === 'IN_PROGRESS' && now.c?.id === claimId) {
      if (op === 'takeover') log.warning(`${task.n}: took over from ${holderText(task)}, whose lease had expired or whose run attempt has ended`)
      return { kind: 'claimed', view: submission.view, id, claimId, fresh: true, before: task, superseded }
    }
    if (submission.kind === 'applied') {
      superseded.push(claimId)
      log.info(transitionLine(id, task.n, task.s, 'IN_PROGRESS'))
      log.warning(`${task.n}: this job's claim was overtaken before it could start (${now.s}, ${now.c === undefined ? 'by another job' : `held by ${holderText(now)}`}); deciding again`)
      view = submission.view
      continue
    }
    await store.markNotApplied(submission)
    view = submission.view
    lostRaces += 1
    if (lostRaces >= MAX_LOST_RACES) {
      throw new TaskBusyError(`${task.n} in TaskList #${number} kept changing while this job tried to claim it; re-run the step`)
    }
  }
}
