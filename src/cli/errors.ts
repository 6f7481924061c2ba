import { InputError, ReadError, TaskListError, WriteError } from '../storage/errors.ts'
import { describeGitHubError } from '../storage/github-errors.ts'
import { CLI_ADVICE } from './connect.ts'

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
 * The one line a failed command prints, after `tasklist: `. Store errors are
 * TaskListErrors whose messages already say what to do; raw GitHub errors are
 * described for `what`, the thing the command was reading or writing.
 */
export function errorLine(error: unknown, what: string, repo: string | undefined): string {
  if (error instanceof TaskListError) {
    const message = error.message
    // GitHub failures: say which repository, since it may have been inferred from the git remote.
    if (repo !== undefined && (error instanceof ReadError || error instanceof WriteError) && !message.includes(repo)) return `${repo}: ${message}`
    return message
  }
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const message = describeGitHubError(error, what, CLI_ADVICE)
    return repo === undefined || message.includes(repo) ? message : `${repo}: ${message}`
  }
  const text = error instanceof Error ? error.message : String(error)
  return `unexpected error: ${text.split('\n')[0] ?? text}; re-run with TASKLIST_DEBUG=1 and report it`
}

export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError ? EXIT.usage : EXIT.failure
}

/** The token's account cannot write records the TaskList would accept. */
export class NotTrustedError extends TaskListError {}
