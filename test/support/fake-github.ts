// A plain in-memory GitHub behind the store's port: no HTTP, faults given by hand, for unit tests of the write path.
import { renderBody } from '../../src/domain/body.ts'
import { genesisSnapshot } from '../../src/domain/snapshot.ts'
import type { CommentData, GitHubPort, IssueData } from '../../src/storage/port.ts'

export const BOT = 'github-actions[bot]'

export class FakeGitHub implements GitHubPort {
  readonly comments: CommentData[] = []
  issue: IssueData
  /** Faults to apply to the next calls of each method, in order. */
  readonly faults: Record<string, Array<'refuse-422' | 'lose-answer' | 'fail-5xx'>> = {}
  private nextId = 100

  constructor() {
    const snapshot = genesisSnapshot({
      title: 'T',
      trusted: [],
      tasks: [{ name: 'migrate' }],
      now: '2026-11-26T00:00:00Z',
    })
    this.issue = {
      number: 1,
      title: 'T',
      body: renderBody(snapshot),
      htmlUrl: 'https://github.com/o/r/issues/1',
      state: 'open',
      author: BOT,
      labels: ['tasklist'],
      createdAt: '2026-11-26T00:00:00Z',
    }
  }

  /** A plain function as a GitHub call: its result or its throw, as a promise. */
  private answer<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work())
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  private fault(method: string): 'refuse-422' | 'lose-answer' | 'fail-5xx' | undefined {
    return this.faults[method]?.shift()
  }

  serverNow = () => Date.parse('2026-11-26T00:10:00Z')
  getIssue = () => this.answer(() => ({ value: this.issue, etag: undefined }))
  listComments = () =>
    this.answer(() => {
      if (this.fault('listComments') === 'fail-5xx') throw Object.assign(new Error('Server Error'), { status: 502 })
      return { value: [...this.comments], etag: undefined }
    })
  createComment = (_issue: number, body: string) => this.answer(() => this.comment(body))
  private comment(body: string): CommentData {
    const fault = this.fault('createComment')
    if (fault === 'refuse-422') throw Object.assign(new Error('Validation Failed'), { status: 422 })
    if (fault === 'fail-5xx') throw Object.assign(new Error('Server Error'), { status: 502 })
    const comment: CommentData = { id: this.nextId++, createdAt: '2026-11-26T00:05:00Z', login: BOT, body }
    this.comments.push(comment)
    if (fault === 'lose-answer') throw new TypeError('fetch failed: other side closed')
    return comment
  }
  updateComment = () => this.answer(() => undefined)
  deleteComment = (id: number) =>
    this.answer(() => {
      const at = this.comments.findIndex((c) => c.id === id)
      if (at !== -1) this.comments.splice(at, 1)
    })
  lockIssue = () =>
    this.answer(() => {
      if (this.fault('lockIssue') === 'refuse-422') throw Object.assign(new Error('Validation Failed'), { status: 422 })
      this.issue = { ...this.issue, locked: true }
    })
  updateIssue = (_issue: number, patch: { body?: string }) =>
    this.answer(() => {
      if (patch.body !== undefined) this.issue = { ...this.issue, body: patch.body }
      return this.issue
    })
  createIssue = () => this.answer(() => this.issue)
  findIssuesByLabels = () => this.answer(() => [this.issue])
}
