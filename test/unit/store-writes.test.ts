// The store's write path against a plain in-memory GitHub: no HTTP, faults by hand.
import { describe, expect, it } from 'vitest'
import { LockFailedError, WriteError } from '../../src/storage/errors.ts'
import { FakeGitHub } from '../support/fake-github.ts'
import { quiet } from '../support/quiet-logger.ts'
import { TaskListStore, type RecordDraft } from '../../src/storage/store.ts'

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
    expect(submission.view.state.tasks[0]?.state.status).toBe('IN_PROGRESS')
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
    expect(stale.view.state.tasks[0]?.state.claim?.holder.run).toBe('1')
  })
})

describe('redrawing the body', () => {
  it('treats an edit GitHub answered with 200 but did not apply as a body not yet redrawn, and warns', async () => {
    const { github, store, view } = await setup()
    const submission = await store.submit(view, start)
    const before = github.issue.body
    // GitHub has been seen to answer an over-long body edit with 200 and keep the old body.
    github.updateIssue = () => Promise.resolve(github.issue)
    const warnings: string[] = []
    const watching = new TaskListStore(github, { ...quiet, warning: (m: string) => warnings.push(m) }, { settleMs: 1 })
    const published = await watching.publish(submission.view)
    expect(github.issue.body).toBe(before)
    expect(published.bodyBehind).toBe(true)
    expect(warnings.some((w) => /GitHub kept the old issue body/.test(w))).toBe(true)
  })
})

describe('creating a TaskList', () => {
  it('says the TaskList was created when locking its conversation fails, and carries the fault for the front end', async () => {
    const github = new FakeGitHub()
    const store = new TaskListStore(github, quiet, { settleMs: 1 })
    github.faults.lockIssue = ['refuse-422']
    const created = store.create({
      title: 'T',
      tasks: [{ name: 'migrate' }],
      labels: [],
      trusted: [],
      now: '2026-11-26T00:00:00Z',
      lock: true,
    })
    await expect(created).rejects.toBeInstanceOf(LockFailedError)
    await expect(created).rejects.toMatchObject({
      tasklist: 1,
      message: expect.stringMatching(/^TaskList #1 was created, but locking its conversation failed: /) as unknown,
      fault: { what: 'issue #1', cause: { status: 422 } },
    })
  })
})
