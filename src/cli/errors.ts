import { formatDuration } from '../domain/duration.ts'
import {
  InputError,
  LockFailedError,
  ReadError,
  TaskHeldError,
  TaskListError,
  TooManyTasksError,
  UntrustedTokenError,
  LabelsDroppedError,
  WriteError,
} from '../storage/errors.ts'
import { describeFault, describeGitHubError, faultOf, type GitHubAdvice } from '../storage/github-errors.ts'

/** At a terminal, name the variables that hold the token and the access it needs. */
export const CLI_ADVICE: GitHubAdvice = {
  token: 'set GITHUB_TOKEN or GH_TOKEN to a valid token',
  access:
    'use a token with write access to issues in this repository (Issues: Read and write for a fine-grained token; actions write to dispatch workflows)',
}

/** Describes a GitHub error in the CLI's words. */
export function describeForCli(error: unknown, what: string): string {
  return describeGitHubError(error, what, CLI_ADVICE)
}

/** Exit statuses; the help text documents them. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** `start` found nothing for this process to run: the task is settled, or held elsewhere with --on-busy skip. */
  nothingToRun: 3,
} as const

/** A bad command line or configuration, found before anything was sent to GitHub. */
export class UsageError extends InputError {}

/**
 * The one line a failed command prints, after `tasklist: `. Store and
 * operation errors carry their data and are worded here, with the CLI's
 * options and advice; raw GitHub errors are described for `what`, the thing
 * the command was reading or writing.
 */
export function errorLine(error: unknown, what: string, repo: string | undefined): string {
  if (error instanceof TaskListError) {
    const message = worded(error)
    // GitHub failures: say which repository, since it may have been inferred from the git remote.
    if (repo !== undefined && (error instanceof ReadError || error instanceof WriteError) && !message.includes(repo))
      return `${repo}: ${message}`
    return message
  }
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const message = describeForCli(error, what)
    return repo === undefined || message.includes(repo) ? message : `${repo}: ${message}`
  }
  const text = error instanceof Error ? error.message : String(error)
  return `unexpected error: ${text.split('\n')[0] ?? text}; re-run with TASKLIST_DEBUG=1 and report it`
}

/** A store or operation error in the CLI's words: its options, its advice. */
function worded(error: TaskListError): string {
  if (error instanceof TaskHeldError) return heldLine(error)
  if (error instanceof UntrustedTokenError)
    return `${error.message}; use a token of one of those accounts, or name ${error.login} in the TaskList's trusted authors (tasklist create --trusted)`
  if (error instanceof LabelsDroppedError)
    return `${error.message}; use a token whose account has push access (write) to the repository`
  if (error instanceof TooManyTasksError) return `Invalid input 'tasks': ${error.message}`
  if (error instanceof LockFailedError)
    return `${describeFault(error.fault, CLI_ADVICE)}; it works as it is: lock #${error.tasklist} by hand (a re-run without --lock opens another TaskList unless --key is given)`
  const fault = faultOf(error)
  return fault === undefined ? error.message : describeFault(fault, CLI_ADVICE)
}

function heldLine(error: TaskHeldError): string {
  const { held, waitedSec } = error
  if (waitedSec !== undefined) {
    return `${held.task} in TaskList #${held.tasklist} is still IN_PROGRESS, held by ${held.holder}, after waiting ${formatDuration(waitedSec)}; raise --wait-timeout or re-run later`
  }
  return `${held.task} in TaskList #${held.tasklist} is IN_PROGRESS, held by ${held.holder} since ${held.since}; its lease runs until ${held.leaseEnd}. Wait for that job, or set --on-busy wait or skip`
}

export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError ? EXIT.usage : EXIT.failure
}

/** The token's account cannot write records the TaskList would accept. */
export class NotTrustedError extends TaskListError {}
