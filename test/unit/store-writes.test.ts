// The store's write path against a plain in-memory GitHub: no HTTP, faults by hand.
import { describe, expect, it } from 'vitest'
import { renderBody } from '../../src/domain/body.ts'
import { genesisSnapshot } from '../../src/domain/snapshot.ts'
import { WriteError } from '../../src/storage/errors.ts'
import type { Logger } from '../../src/storage/logger.ts'
import type { CommentData, GitHubPort, IssueData } from '../../src/storage/port.ts'
import { TaskListStore, type RecordDraft } from '../../src/storage/store.ts'

const BOT = 'github-actions[bot]'
const quiet: Logger = { info: () => undefined, warning: () => undefined, debug: () => undefined }

class FakeGitHub implements GitHubPort {
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
  updateIssue = (_issue: number, patch: { body?: string }) =>
    this.answer(() => {
      if (patch.body !== undefined) this.issue = { ...this.issue, body: patch.body }
      return this.issue
    })
  createIssue = () => this.answer(() => this.issue)
  findIssuesByLabels = () => this.answer(() => [this.issue])
}

const start: RecordDraft = {
  op: 'start',
  task: 't1',
  name: 'migrate',
  ver: 0,
  from: 'PENDING',
  to: 'IN_PROGRESS',
  authority: 'workflow',
  lease: 600,
  holder: { run: '1', label: 'run 1' },
}

async function setup() {
  const github = new FakeGitHub()
  const store = new TaskListStore(github, quiet, { settleMs: 1 })
  return { github, store, view: await store.load(1) }
}

describe('writing a record', () => {
  it('finds its record by id when the answer to the write was lost, and does not write it twice', async () => {
    const { github, store, view } = await setup()
    github.faults.createComment = ['lose-answer']
    const submission = await store.submit(view, start)
    expect(submission.kind).toBe('applied')
    expect(github.comments).toHaveLength(1)
  })

  it('writes again when the first write failed before GitHub applied it, and counts it once', async () => {
    const { github, store, view } = await setup()
    github.faults.createComment = ['fail-5xx']
    const submission = await store.submit(view, start)
    expect(submission.kind).toBe('applied')
    expect(github.comments).toHaveLength(1)
    expect(submission.view.state.tasks[0]?.s).toBe('IN_PROGRESS')
  })

  it('fails at once, writing nothing, when GitHub refuses the write', async () => {
    const { github, store, view } = await setup()
    github.faults.createComment = ['refuse-422']
    await expect(store.submit(view, start)).rejects.toThrow(WriteError)
    expect(github.comments).toHaveLength(0)
  })

  it('says the record may or may not be held when it was written but cannot be read back', async () => {
    const { github, store, view } = await setup()
    github.faults.listComments = ['fail-5xx']
    const error = await store.submit(view, { ...start, rec: 'feedfacefeedfacefeed' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WriteError)
    expect((error as Error).message).toMatch(
      /record feedfacefeedfacefeed \(migrate: PENDING -> IN_PROGRESS\) was written, but reading it back failed .*GitHub may or may not hold it, re-run the step to settle it$/,
    )
    expect(github.comments).toHaveLength(1)
  })

  it('reports a stale record as rejected, without changing the status', async () => {
    const { store, view } = await setup()
    await store.submit(view, start)
    const stale = await store.submit(view, { ...start, holder: { run: '2', label: 'run 2' } })
    expect(stale.kind).toBe('rejected')
    if (stale.kind === 'rejected') expect(stale.reason).toBe('is stale: migrate is at version 1, the record expected 0')
    expect(stale.view.state.tasks[0]?.c?.holder.run).toBe('1')
  })
})
