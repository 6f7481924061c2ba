import { formatDuration } from '../domain/duration.ts'
import {
  LabelsDroppedError,
  LockFailedError,
  TaskHeldError,
  TaskListError,
  TooManyTasksError,
  UntrustedTokenError,
} from '../storage/errors.ts'
import {
  describeFault,
  describeGitHubError,
  faultOf,
  isHttpStatus,
  type GitHubAdvice,
} from '../storage/github-errors.ts'

/** A workflow step's advice on token and access problems. */
export const ACTION_ADVICE: GitHubAdvice = {
  token: 'pass a valid token',
  access:
    "give the job 'permissions: issues: write' (and 'actions: write' to dispatch workflows), or use a token with that access",
}

/** Describes a GitHub error in a workflow step's words. */
export function describeForAction(error: unknown, what: string): string {
  return describeGitHubError(error, what, ACTION_ADVICE)
}

function heldLine(error: TaskHeldError): string {
  const { held, waitedSec } = error
  if (waitedSec !== undefined) {
    return `${held.task} in TaskList #${held.tasklist} is still IN_PROGRESS, held by ${held.holder}, after waiting ${formatDuration(waitedSec)}; raise wait-timeout or re-run later`
  }
  return `${held.task} in TaskList #${held.tasklist} is IN_PROGRESS, held by ${held.holder} since ${held.since}; its lease runs until ${held.leaseEnd}. Wait for that job, or set on-busy: wait or skip`
}

/**
 * The single line a failed step ends with. A TaskList kept in another repository (input `repository`)
 * is the usual reason for a 404 or 403 there: the job's own token cannot see it, so say which token can.
 */
export function errorLine(error: unknown, repository?: string): string {
  const line = baseLine(error)
  const cause = faultOf(error)?.cause ?? error
  if (repository !== undefined && (isHttpStatus(cause, 404) || isHttpStatus(cause, 403)))
    return `${line}; the TaskList is in ${repository}, so the token must have issues access there, such as a GitHub App token from actions/create-github-app-token`
  return line
}

function baseLine(error: unknown): string {
  if (error instanceof TaskHeldError) return heldLine(error)
  if (error instanceof UntrustedTokenError)
    return `${error.message}; use a token of one of those accounts, or add ${error.login} to trusted-authors (on this step, or at create)`
  if (error instanceof LabelsDroppedError)
    return `${error.message}; use a token whose account has push access (write) to the repository`
  if (error instanceof TooManyTasksError) return `Invalid input 'tasks': ${error.message}`
  if (error instanceof LockFailedError)
    return `${describeFault(error.fault, ACTION_ADVICE)}; it works as it is: lock #${error.tasklist} by hand (a re-run with lock: false opens another TaskList unless key is set)`
  const fault = faultOf(error)
  if (fault !== undefined) return describeFault(fault, ACTION_ADVICE)
  if (error instanceof TaskListError) return error.message
  if (typeof error === 'object' && error !== null && 'status' in error) return describeForAction(error, 'the TaskList')
  const text = error instanceof Error ? error.message : String(error)
  return `Unexpected error: ${text.split('\n')[0] ?? text}; re-run with step debug logging (ACTIONS_STEP_DEBUG) and report it`
}
