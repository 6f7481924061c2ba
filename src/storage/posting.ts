import { isCommentCapRefusal, isDefiniteRefusal, writeFault } from './github-errors.ts'
import type { CommentData, GitHubPort } from './port.ts'

export interface IdempotentComment {
  readonly segment: number
  readonly body: string
  /** The record id the body carries: how a post whose answer was lost is found again. */
  readonly rec: string
  /** The view's cursor: the lost post, if it landed, is newer. */
  readonly since: string | undefined
  /** How the error names what could not be written, when three tries did not settle it. */
  readonly unsettled: { readonly before: string; readonly after: string }
}

/**
 * Posts a comment that carries a record id. A response lost after GitHub applied the write is
 * settled by looking for the id; posting again is safe because the fold counts a record id once.
 * `full`: GitHub's comment cap refused it. When three tries do not settle it, the write fault names
 * what may or may not be on GitHub.
 */
export async function postIdempotent(
  port: Pick<GitHubPort, 'createComment' | 'listComments'>,
  comment: IdempotentComment,
  onUncertain: (error: unknown) => void = () => undefined,
): Promise<CommentData | 'full'> {
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await port.createComment(comment.segment, comment.body)
    } catch (error) {
      if (isCommentCapRefusal(error)) return 'full'
      if (isDefiniteRefusal(error)) throw writeFault({ what: `a comment on issue #${comment.segment}`, cause: error })
      lastError = error
      onUncertain(error)
      try {
        const listed = await port.listComments(comment.segment, comment.since)
        const landed = listed.value?.find((c) => c.body.includes(`"rec":"${comment.rec}"`))
        if (landed !== undefined) return landed
      } catch (readError) {
        lastError = readError
      }
    }
  }
  throw writeFault({ what: `issue #${comment.segment}`, cause: lastError, ...comment.unsettled })
}
