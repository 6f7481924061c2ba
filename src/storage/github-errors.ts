import { ReadError, TaskListError, WriteError, type GitHubFault } from './errors.ts'

interface HttpishError {
  status?: unknown
  message?: unknown
  response?: { data?: unknown }
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const status = (error as HttpishError).status
  return typeof status === 'number' ? status : undefined
}

export function isHttpStatus(error: unknown, status: number): boolean {
  return statusOf(error) === status
}

/** A refusal that repeating cannot change: the request certainly did not apply. */
export function isDefiniteRefusal(error: unknown): boolean {
  const status = statusOf(error)
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429
}

/**
 * GitHub's refusal of a comment on an issue that holds its maximum: 403 `Commenting is disabled on
 * issues with more than 2500 comments`. It cannot be lifted, only made room for by deleting comments.
 */
export function isCommentCapRefusal(error: unknown): boolean {
  if (statusOf(error) !== 403) return false
  const message = error instanceof Error ? error.message : String((error as HttpishError).message)
  return /Commenting is disabled on issues with more than \d+ comments/.test(message)
}

/**
 * GitHub's refusal of a comment on a locked issue: 403 `Unable to create comment because issue is
 * locked.` Only people with write access may comment there; no app may, GITHUB_TOKEN's bot included.
 */
export function isLockedRefusal(error: unknown): boolean {
  if (statusOf(error) !== 403) return false
  const message = error instanceof Error ? error.message : String((error as HttpishError).message)
  return /Unable to create comment because issue is locked/.test(message)
}

/** How to fix token and access problems, in the words of the front end that reports them. */
export interface GitHubAdvice {
  readonly token: string
  readonly access: string
}

/**
 * Turns a GitHub API error into one line that says what to do. `what` names
 * the thing being read or written, such as "issue #42 in octo/app". Without
 * advice the line names the problem only: each front end knows the fix.
 */
export function describeGitHubError(error: unknown, what: string, advice?: GitHubAdvice): string {
  if (error instanceof TaskListError) return error.message
  const status = statusOf(error)
  const raw = error instanceof Error ? error.message : String(error)
  const detail = raw.split('\n')[0]?.slice(0, 200) ?? ''
  switch (status) {
    case 401:
      return `GitHub rejected the token while reading ${what} (401 Bad credentials): the token is missing, expired or revoked${advice === undefined ? '' : `; ${advice.token}`}`
    case 403:
      if (/rate limit/i.test(detail))
        return `GitHub's rate limit stopped the request for ${what} (403: ${detail}); wait and re-run, or spread the jobs out`
      if (isLockedRefusal(error))
        return `GitHub refused a comment on ${what}: its conversation is locked, and on a locked issue only people with write access may comment, not GITHUB_TOKEN or a GitHub App; unlock the issue, or write with a personal token of someone with write access`
      return `GitHub refused access to ${what} (403: ${detail})${advice === undefined ? '' : `; ${advice.access}`}`
    case 404:
      return `${what} was not found (404); check the repository and the TaskList ID, and that the token can see the repository`
    case 410:
      return `${what} is gone (410); issues may be disabled for the repository`
    case 422:
      return `GitHub rejected the request for ${what} (422: ${detail})`
    case undefined:
      return `could not reach GitHub for ${what}: ${detail}`
    default:
      return `GitHub answered ${status} for ${what}: ${detail}; it was retried and still failed, re-run the job`
  }
}

/** A fault in a sentence: the text around it, with the cause described in the advice given. */
export function describeFault(fault: GitHubFault, advice?: GitHubAdvice): string {
  return `${fault.before ?? ''}${describeGitHubError(fault.cause, fault.what, advice)}${fault.after ?? ''}`
}

export function readFault(fault: GitHubFault): ReadError {
  return new ReadError(describeFault(fault), fault)
}

export function writeFault(fault: GitHubFault): WriteError {
  return new WriteError(describeFault(fault), fault)
}

/** The fault an error carries, if it is one of ours that carries one. */
export function faultOf(error: unknown): GitHubFault | undefined {
  return error instanceof ReadError || error instanceof WriteError ? error.fault : undefined
}
