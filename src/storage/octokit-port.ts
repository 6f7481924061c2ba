import type { Octokit } from '@octokit/rest'
import { isHttpStatus } from './github-errors.ts'
import type { CommentData, Fetched, GitHubPort, IssueData } from './port.ts'

/** The part of Octokit the port calls; a fake needs only these methods. */
export type IssuesApi = Pick<
  Octokit['rest']['issues'],
  | 'get'
  | 'update'
  | 'create'
  | 'listForRepo'
  | 'listComments'
  | 'createComment'
  | 'updateComment'
  | 'deleteComment'
  | 'lock'
>

export interface RepoRef {
  readonly owner: string
  readonly repo: string
}

type RawIssue = Awaited<ReturnType<IssuesApi['get']>>['data']
type RawComment = Awaited<ReturnType<IssuesApi['createComment']>>['data']
interface WithHeaders {
  headers: { etag?: string; date?: string }
}

const PAGE = 100

function toIssue(raw: RawIssue): IssueData {
  return {
    number: raw.number,
    title: raw.title,
    body: raw.body ?? '',
    htmlUrl: raw.html_url,
    state: raw.state === 'closed' ? 'closed' : 'open',
    author: raw.user?.login ?? '',
    labels: raw.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
    createdAt: raw.created_at,
    comments: raw.comments,
    locked: raw.locked,
    pullRequest: raw.pull_request !== undefined && raw.pull_request !== null,
  }
}

function toComment(raw: RawComment): CommentData {
  return {
    id: raw.id,
    createdAt: raw.created_at,
    login: raw.user?.login ?? '',
    body: raw.body ?? '',
    updatedAt: raw.updated_at,
  }
}

export function octokitPort(issues: IssuesApi, repo: RepoRef): GitHubPort {
  let clockOffset = 0
  const seen = <T extends WithHeaders>(response: T): T => {
    const date = response.headers.date === undefined ? Number.NaN : Date.parse(response.headers.date)
    if (!Number.isNaN(date)) clockOffset = date - Date.now()
    return response
  }
  const conditional = (etag: string | undefined) => (etag === undefined ? {} : { headers: { 'if-none-match': etag } })

  return {
    serverNow: () => Date.now() + clockOffset,

    async getIssue(issueNumber, etag) {
      try {
        const response = seen(await issues.get({ ...repo, issue_number: issueNumber, ...conditional(etag) }))
        return { value: toIssue(response.data), etag: response.headers.etag }
      } catch (error) {
        if (isHttpStatus(error, 304)) return { value: undefined, etag }
        throw error
      }
    },

    async listComments(issueNumber, since, etag): Promise<Fetched<CommentData[]>> {
      const comments: CommentData[] = []
      let firstEtag: string | undefined
      for (let page = 1; ; page++) {
        let response
        try {
          response = seen(
            await issues.listComments({
              ...repo,
              issue_number: issueNumber,
              per_page: PAGE,
              page,
              ...(since === undefined ? {} : { since }),
              ...conditional(page === 1 ? etag : undefined),
            }),
          )
        } catch (error) {
          if (page === 1 && isHttpStatus(error, 304)) return { value: undefined, etag }
          throw error
        }
        if (page === 1) firstEtag = response.headers.etag
        comments.push(...response.data.map(toComment))
        if (response.data.length < PAGE) return { value: comments, etag: firstEtag }
      }
    },

    async createComment(issueNumber, body) {
      return toComment(seen(await issues.createComment({ ...repo, issue_number: issueNumber, body })).data)
    },

    async updateComment(commentId, body) {
      seen(await issues.updateComment({ ...repo, comment_id: commentId, body }))
    },

    async deleteComment(commentId) {
      seen(await issues.deleteComment({ ...repo, comment_id: commentId }))
    },

    async lockIssue(issueNumber) {
      seen(await issues.lock({ ...repo, issue_number: issueNumber }))
    },

    async updateIssue(issueNumber, patch) {
      const response = await issues.update({
        ...repo,
        issue_number: issueNumber,
        ...(patch.body === undefined ? {} : { body: patch.body }),
        ...(patch.state === undefined ? {} : { state: patch.state }),
        ...(patch.stateReason === undefined ? {} : { state_reason: patch.stateReason }),
      })
      return toIssue(seen(response).data)
    },

    async createIssue(input) {
      const response = await issues.create({ ...repo, title: input.title, body: input.body, labels: [...input.labels] })
      return toIssue(seen(response).data)
    },

    async findIssuesByLabels(labels, state = 'all') {
      const found: IssueData[] = []
      for (let page = 1; ; page++) {
        const response = seen(
          await issues.listForRepo({
            ...repo,
            labels: labels.join(','),
            state,
            sort: 'created',
            direction: 'asc',
            per_page: PAGE,
            page,
          }),
        )
        found.push(...response.data.filter((issue) => issue.pull_request === undefined).map(toIssue))
        if (response.data.length < PAGE) return found
      }
    },
  }
}
