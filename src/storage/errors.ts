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

export class NotATaskListError extends TaskListError {}

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

/** The record was written with a token whose account the TaskList does not trust, so it counts for nothing. */
export class UntrustedTokenError extends WriteError {
  readonly tasklist: number
  /** The author, whom the TaskList always trusts. */
  readonly author: string
  /** The account of this token. */
  readonly login: string

  constructor(tasklist: number, author: string, login: string) {
    super(
      `TaskList #${tasklist} trusts records only from @${author} and its trusted authors, not from @${login}, the account of this token`,
    )
    this.tasklist = tasklist
    this.author = author
    this.login = login
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
