import { formatDuration } from '../domain/duration.ts'

/** Every error the action reports is one line that names the problem and the fix. */
export class TaskListError extends Error {
  override readonly name: string = 'TaskListError'
}

/** Bad input: nothing was written to GitHub. */
export class InputError extends TaskListError {}

/** The tasks given to create do not fit in one issue body. */
export class TooManyTasksError extends InputError {
  readonly count: number
  /** What the body's limit is and how far over it the tasks are. */
  readonly detail: string

  constructor(count: number, detail: string) {
    super(`${count} tasks do not fit in one issue: ${detail}`)
    this.count = count
    this.detail = detail
  }
}

/** Why an issue is not taken for a TaskList; nothing is written to it. */
export type NotATaskListReason = 'pull-request' | 'no-block' | 'no-label'

export class NotATaskListError extends TaskListError {
  readonly issue: number
  readonly reason: NotATaskListReason

  constructor(issue: number, reason: NotATaskListReason) {
    super(
      reason === 'pull-request'
        ? `#${issue} is not a TaskList: it is a pull request; check the TaskList ID (the number of an issue that create made)`
        : reason === 'no-block'
          ? `issue #${issue} is not a TaskList: its body has no TaskList block; check the TaskList ID (the number of an issue that create made)`
          : `issue #${issue} is not a TaskList: it does not carry the label \`tasklist\`, which only people with push access can set (GitHub drops it silently for others); check the TaskList ID, or have someone with push access add the label if a trusted account made this issue a TaskList`,
    )
    this.issue = issue
    this.reason = reason
  }
}

/**
 * Someone edited a record comment after it was written, and the body has not folded it yet: what it
 * said first cannot be known from GitHub, so no step may act on it.
 */
export class RecordEditedError extends TaskListError {
  readonly tasklist: number
  readonly comment: number
  /** The task the record names, when its block still says. */
  readonly task: string | undefined

  /** The record this step had written before it met the edit, if any; it counts for nothing until settled. */
  readonly written: string | undefined

  constructor(tasklist: number, comment: number, task: string | undefined, written?: string) {
    super(
      `TaskList #${tasklist}: record comment ${comment}${task === undefined ? '' : ` (a record for ${task})`} was edited after it was written, so what it recorded cannot be known; restore the comment from its edit history on GitHub (the comment's "edited" menu), then re-run${written === undefined ? '' : `. This step's record ${written} was written first, and is judged once the comment is restored`}`,
    )
    this.tasklist = tasklist
    this.comment = comment
    this.task = task
    this.written = written
  }
}

/** A task whose hand-edited block had folded more records than the record still holds. */
export interface LostRecords {
  readonly task: string
  readonly blockVersion: number
  readonly recordVersion: number
}

/**
 * The state block was edited by hand, and the record lost records the block had folded (comments
 * were deleted): the truth cannot be known, so the step fails rather than guess.
 */
export class RecordsLostError extends TaskListError {
  readonly tasklist: number
  readonly lost: readonly LostRecords[]

  constructor(tasklist: number, lost: readonly LostRecords[]) {
    const list = lost
      .map((l) => `${l.task} (version ${l.blockVersion} in the block, ${l.recordVersion} in the record)`)
      .join(', ')
    super(
      `TaskList #${tasklist}: the state block was edited by hand, and the comment record no longer holds what the block had folded for ${list}: record comments were deleted, so their statuses cannot be known; restore the state block from the issue's edit history (its seal then holds again), or create a new TaskList`,
    )
    this.tasklist = tasklist
    this.lost = lost
  }
}

/** The issue the record is in holds GitHub's maximum of comments, and the record could not continue. */
export class CommentCapError extends TaskListError {
  readonly tasklist: number
  /** The issue that is full: the TaskList's own, or one of its continuations. */
  readonly issue: number
  readonly cap: number

  constructor(tasklist: number, issue: number, cap: number) {
    super(
      `TaskList #${tasklist}: issue #${issue} holds GitHub's maximum of ${cap} comments, so its record cannot continue; delete some comments people wrote on #${issue} to make room (the record needs one), then re-run`,
    )
    this.tasklist = tasklist
    this.issue = issue
    this.cap = cap
  }
}

/** GitHub dropped create's labels: the token's account has no push access. */
export class LabelsDroppedError extends TaskListError {
  /** The account the token acts as. */
  readonly login: string
  /** The issue that was opened, emptied and closed. */
  readonly issue: number

  constructor(login: string, issue: number) {
    super(
      `GitHub dropped the labels of the new TaskList, as it does for accounts without push access: @${login}, the account of this token, has no push access to the repository; issue #${issue} was emptied and closed`,
    )
    this.login = login
    this.issue = issue
  }
}

export class StateValidationError extends TaskListError {}

export class UnknownTaskError extends TaskListError {}

export class IllegalTransitionError extends TaskListError {}

/** Another job holds the task. */
export class TaskBusyError extends TaskListError {}

/** Who holds a task another job asked for, and until when. */
export interface HeldTask {
  readonly tasklist: number
  readonly task: string
  /** The holder's label, with its URL when it has one. */
  readonly holder: string
  readonly since: string
  readonly leaseEnd: string
}

/**
 * The task is held by another job and this one would not wait (or waited in
 * vain). Front ends word it, since the fix names their own options.
 */
export class TaskHeldError extends TaskBusyError {
  readonly held: HeldTask
  /** How long this job waited before giving up; undefined when it was told not to wait. */
  readonly waitedSec: number | undefined

  constructor(held: HeldTask, waitedSec?: number) {
    super(
      waitedSec === undefined
        ? `${held.task} in TaskList #${held.tasklist} is IN_PROGRESS, held by ${held.holder} since ${held.since}; its lease runs until ${held.leaseEnd}`
        : `${held.task} in TaskList #${held.tasklist} is still IN_PROGRESS, held by ${held.holder}, after waiting ${formatDuration(waitedSec)}`,
    )
    this.held = held
    this.waitedSec = waitedSec
  }
}

/**
 * A GitHub call that failed: `what` names the thing read or written, and the
 * text around it, if any, says what it meant for the TaskList. Front ends
 * describe the cause in their own words (how to fix a token, say).
 */
export interface GitHubFault {
  readonly what: string
  readonly cause: unknown
  readonly before?: string
  readonly after?: string
}

/** An error that may carry a GitHub fault, for the front end to word; `message` words it neutrally. */
abstract class FaultError extends TaskListError {
  readonly fault: GitHubFault | undefined

  constructor(message: string, fault?: GitHubFault) {
    super(message)
    this.fault = fault
  }
}

/** A write that GitHub refused or that could not be confirmed. */
export class WriteError extends FaultError {}

/** A read from GitHub that failed after retries. */
export class ReadError extends FaultError {}

/** The TaskList was created, but GitHub refused to lock its conversation; each front end says how to go on. */
export class LockFailedError extends WriteError {
  readonly tasklist: number
  override readonly fault: GitHubFault

  constructor(tasklist: number, message: string, fault: GitHubFault) {
    super(message, fault)
    this.tasklist = tasklist
    this.fault = fault
  }
}

/**
 * The token acts as an account the TaskList does not trust. GitHub names the account only on a
 * write; the record it wrote was deleted again, so nothing is left standing.
 */
export class UntrustedTokenError extends WriteError {
  readonly tasklist: number
  /** The issue's author, whom the TaskList always trusts. */
  readonly author: string
  /** The account of this token. */
  readonly login: string
  /** Every account the TaskList trusts, the author first. */
  readonly trusted: readonly string[]
  /** False when the record could not be deleted again; the fold ignores it either way. */
  readonly removed: boolean

  constructor(tasklist: number, author: string, login: string, trusted: readonly string[] = [author], removed = true) {
    super(
      `the token acts as @${login}, but TaskList #${tasklist} trusts ${trusted.map((t) => `@${t}`).join(', ')}${removed ? '' : `; its comment could not be deleted, and counts for nothing`}`,
    )
    this.tasklist = tasklist
    this.author = author
    this.login = login
    this.trusted = trusted
    this.removed = removed
  }
}

/** A task was asked to start while some of its needs are not COMPLETE or SKIPPED. */
export class UnmetNeedsError extends TaskListError {
  readonly tasklist: number
  readonly task: string
  /** Each unmet need with its status (undefined: no such task). */
  readonly unmet: ReadonlyArray<{ readonly need: string; readonly status: string | undefined }>

  constructor(tasklist: number, task: string, unmet: UnmetNeedsError['unmet']) {
    const listed = unmet.map((u) => `${u.need} (${u.status ?? 'not in this TaskList'})`).join(', ')
    super(
      `Cannot start ${task} in TaskList #${tasklist}: it needs ${listed}, which must be COMPLETE or SKIPPED first; run ${unmet.length === 1 ? 'that task' : 'those tasks'} first`,
    )
    this.tasklist = tasklist
    this.task = task
    this.unmet = unmet
  }
}

/** `resume` cannot go on: a runnable task has no command, a task failed elsewhere, or the wait ran out. */
export class ResumeStoppedError extends TaskListError {
  readonly tasklist: number
  readonly task: string | undefined

  constructor(tasklist: number, message: string, task?: string) {
    super(message)
    this.tasklist = tasklist
    this.task = task
  }
}

/** What a plan would change of tasks that ran or of tasks it leaves out; `plan-change: accept` allows it. */
export interface PlanRefusal {
  readonly kind: 'changed' | 'missing'
  readonly name: string
  readonly status: string
  /** The changed fields, for `changed`. */
  readonly fields: readonly string[]
}

/** `create` with a known key was given a plan that would silently change what ran; nothing was written. */
export class PlanChangeRefusedError extends InputError {
  readonly tasklist: number
  readonly refusals: readonly PlanRefusal[]

  constructor(tasklist: number, refusals: readonly PlanRefusal[]) {
    super(
      `TaskList #${tasklist}: the plan would change ${refusals.map((r) => r.name).join(', ')}, which ${refusals.length === 1 ? 'has' : 'have'} run or ${refusals.length === 1 ? 'is' : 'are'} missing from it; nothing was written`,
    )
    this.tasklist = tasklist
    this.refusals = refusals
  }
}
