// TaskLists written by release 0.1 are on GitHub now: their seals and the definitions digest in
// their records must keep verifying, or every status they hold would be rebuilt as PENDING.
// The fixture was written by release 0.1's own code (a body and its two record comments).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseBody } from '../../src/domain/body.ts'
import type { Task } from '../../src/domain/model.ts'
import { isSealed } from '../../src/domain/snapshot.ts'
import { TaskListStore } from '../../src/storage/store.ts'
import { FakeGitHub } from '../support/fake-github.ts'
import { quiet } from '../support/quiet-logger.ts'

interface Fixture {
  author: string
  body: string
  comments: Array<{ id: number; createdAt: string; login: string; body: string }>
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/release-0.1.json', import.meta.url), 'utf8')) as Fixture

function parsedSnapshot(body: string) {
  const parsed = parseBody(body)
  if (parsed.kind !== 'ok') throw new Error(`fixture body did not parse: ${parsed.kind}`)
  return parsed.snapshot
}

function statuses(tasks: readonly Task[]): Record<string, string> {
  return Object.fromEntries(tasks.map((t) => [t.definition.name, t.state.status]))
}

describe('TaskLists written by release 0.1', () => {
  it('are still sealed, and their records still apply', () => {
    const snapshot = parsedSnapshot(fixture.body)
    expect(isSealed(snapshot)).toBe(true)
    expect(statuses(snapshot.tasks)).toEqual({ 'database-migration': 'COMPLETE', 'application-migration': 'PENDING' })
    // Its records carry the definitions digest in the form release 0.1 wrote, as the block does.
    expect(fixture.comments.every((c) => c.body.includes(`"defs":"${snapshot.defs}"`))).toBe(true)
  })

  it('load with no warning, and rebuild a hand-edited block from their records without losing a status', async () => {
    const warnings: string[] = []
    const log = { ...quiet, warning: (m: string) => warnings.push(m) }
    const github = new FakeGitHub()
    github.issue = { ...github.issue, author: fixture.author, body: fixture.body }
    github.comments.push(...fixture.comments)
    const store = new TaskListStore(github, log, { settleMs: 1 })

    const intact = await store.load(1)
    expect(statuses(intact.state.tasks)).toEqual({
      'database-migration': 'COMPLETE',
      'application-migration': 'PENDING',
    })
    expect(warnings).toEqual([])

    // Someone sets the finished phase back to PENDING in the state block by hand.
    github.issue = {
      ...github.issue,
      body: fixture.body.replace('"database-migration","COMPLETE"', '"database-migration","PENDING"'),
    }
    expect(github.issue.body).not.toBe(fixture.body)
    const rebuilt = await store.load(1)
    expect(warnings.some((w) => w.includes('edited by hand'))).toBe(true)
    expect(statuses(rebuilt.state.tasks)).toEqual({
      'database-migration': 'COMPLETE',
      'application-migration': 'PENDING',
    })
  })
})
