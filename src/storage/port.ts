/**
 * The narrow slice of GitHub that TaskList storage needs. The action and the
 * CLI pass an Octokit-backed implementation; unit tests pass plain fakes.
 */
export interface IssueData {
  readonly number: number
  readonly title: string
  readonly body: string
  readonly htmlUrl: string
  readonly state: 'open' | 'closed'
  readonly author: string
  readonly labels: readonly string[]
  readonly createdAt: string
  /** How many comments the issue holds; GitHub takes at most 2,500. */
  readonly comments?: number
  /** Only people with write access may comment. */
  readonly locked?: boolean
  /** The issues API returns pull requests too; this one is a pull request. */
  readonly pullRequest?: boolean
}

export interface CommentData {
  readonly id: number
  readonly createdAt: string
  readonly login: string
  readonly body: string
  /** GitHub's time of the last edit (`since` filters on it); equal to `createdAt` when never edited. */
  readonly updatedAt?: string
}

/** A conditional read: `undefined` value means GitHub answered 304 Not Modified. */
export interface Fetched<T> {
  readonly value: T | undefined
  readonly etag: string | undefined
}

export interface GitHubPort {
  getIssue(issueNumber: number, etag?: string): Promise<Fetched<IssueData>>
  /** Every comment updated at or after `since`, oldest first, across all pages. */
  listComments(issueNumber: number, since: string | undefined, etag?: string): Promise<Fetched<CommentData[]>>
  createComment(issueNumber: number, body: string): Promise<CommentData>
  updateComment(commentId: number, body: string): Promise<void>
  deleteComment(commentId: number): Promise<void>
  /** Locks the conversation: only people with write access may comment. */
  lockIssue(issueNumber: number): Promise<void>
  updateIssue(
    issueNumber: number,
    patch: { body?: string; state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | 'reopened' },
  ): Promise<IssueData>
  createIssue(input: { title: string; body: string; labels: readonly string[] }): Promise<IssueData>
  /** Issues that carry all these labels, oldest first; in any state unless `state` says. */
  findIssuesByLabels(labels: readonly string[], state?: 'open' | 'closed' | 'all'): Promise<IssueData[]>
  /** GitHub's clock, from the Date header of the latest response; leases are judged by it. */
  serverNow(): number
}
