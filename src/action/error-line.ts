import { TaskListError } from '../storage/errors.ts'
import { describeGitHubError } from '../storage/github-errors.ts'

/** The single line a failed step ends with. */
export function errorLine(error: unknown): string {
  if (error instanceof TaskListError) return error.message
  if (typeof error === 'object' && error !== null && 'status' in error) return describeGitHubError(error, 'the TaskList')
  const text = error instanceof Error ? error.message : String(error)
  return `Unexpected error: ${text.split('\n')[0] ?? text}; re-run with step debug logging (ACTIONS_STEP_DEBUG) and report it`
}
