// The store's write path against a plain in-memory GitHub: no HTTP, faults by hand.
import { describe, expect, it } from 'vitest'
import { WriteError } from '../../src/storage/errors.ts'
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
