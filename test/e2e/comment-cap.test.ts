// GitHub stops an issue at 2,500 comments. The record continues in linked continuation issues, and
// every guarantee holds across them. The double's cap is lowered so the tests reach it in seconds; the
// action is told the same cap through TASKLIST_COMMENT_CAP, as on a GitHub Enterprise Server that sets one.
import { describe, expect, it } from 'vitest'
import { parseBody } from '../../src/domain/body.ts'
import type { GitHubDouble, GhIssue } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job, type StepResult } from '../support/step-runner.ts'

const REPO = 'octo-org/migrations'
const CAP = 40

let double: GitHubDouble
useGitHubDouble(
  (started) => {
    double = started
  },
  { limits: { commentCap: CAP } },
)

let runs = 9000
function job(): Job {
  return new Job({ apiUrl: double.apiUrl, runId: String(runs++), env: { TASKLIST_COMMENT_CAP: String(CAP) } })
}

function statuses(step: StepResult): Record<string, string> {
  return JSON.parse(step.outputs.tasks ?? '{}') as Record<string, string>
}

/** Continuations in use; one that lost a race to continue is closed as not used. */
function continuations(): GhIssue[] {
  return double
    .listIssues(REPO)
    .filter((i) => i.labels.some((l) => l.name === 'tasklist-continuation') && i.state === 'open')
    .sort((a, b) => a.number - b.number)
}

function unused(): GhIssue[] {
  return double
    .listIssues(REPO)
    .filter((i) => i.labels.some((l) => l.name === 'tasklist-continuation') && i.state === 'closed')
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `shard-${String(i + 1).padStart(2, '0')}`)

describe("the record continues past GitHub's comment cap", () => {
  it('carries a TaskList past the cap with concurrent run jobs and people, then loads and resumes it in a new process', async () => {
    const tasks = names(24)
    const created = await job().step({ command: 'create', title: 'Reshard', tasks: tasks.join('\n') })
    const id = Number(created.outputs['tasklist-id'])
    const early = double.getIssue(REPO, id)?.body ?? ''
    for (let batch = 0; batch < 4; batch++) {
      const steps = await Promise.all(
        tasks
          .slice(batch * 5, batch * 5 + 5)
          .map((task) => job().step({ command: 'run', 'tasklist-id': String(id), task, run: 'true' })),
      )
      for (const step of steps) {
        expect(step.errors).toEqual([])
        expect(step.outputs['task-status']).toBe('COMPLETE')
      }
      // People talk on the TaskList, and on its latest continuation once there is one: every comment counts.
      const people = ['mona', 'outsider', 'wanda', 'mona']
      for (const [i, login] of people.entries()) {
        const latest = continuations().at(-1)?.number
        const target = latest === undefined || i % 2 === 0 ? id : latest
        if ((double.getIssue(REPO, target)?.comments ?? 0) < CAP - 4)
          double.actAs(login).comment(REPO, target, `looks good (${batch}.${i})`)
      }
    }
    const chain = continuations()
    expect(chain.length).toBeGreaterThanOrEqual(1)
    for (const issue of [double.getIssue(REPO, id), ...chain]) expect(issue?.comments ?? 0).toBeLessThanOrEqual(CAP)
    // People can follow the chain both ways.
    const first = chain[0]
    if (first === undefined) throw new Error('no continuation')
    expect(first.body).toContain(`#${id}`)
    // Jobs that continued at the same moment as the winner closed theirs, pointing to the one in use.
    for (const loser of unused()) {
      expect(loser.body).toMatch(/^Not used: the record of TaskList #\d+ continued in #\d+ instead\.$/)
      expect(loser.comments).toBe(0)
    }
    expect(double.getIssue(REPO, id)?.body).toContain(`#${chain.at(-1)?.number ?? 0}`)

    // A new process loads the whole history in at most 3 reads, and writes nothing.
    double.resetStats()
    const loaded = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(loaded.errors).toEqual([])
    expect(loaded.lines).toContain('Task State Persistence: VERIFIED')
    const expected = Object.fromEntries(tasks.map((t, i) => [t, i < 20 ? 'COMPLETE' : 'PENDING']))
    expect(statuses(loaded)).toEqual(expected)
    expect(double.stats().reads).toBeLessThanOrEqual(3)
    expect(double.stats().writes).toBe(0)

    // A body left behind before the continuation still loads right, in 3 reads.
    double.actAs('github-actions[bot]').editIssueBody(REPO, id, early)
    double.resetStats()
    const lagging = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(statuses(lagging)).toEqual(expected)
    expect(double.stats().reads).toBeLessThanOrEqual(3 + Math.max(0, chain.length - 1))

    // ... and resumes: the finished shards are not run again, the rest are.
    for (const task of tasks) {
      const step = await job().step({ command: 'run', 'tasklist-id': String(id), task, run: 'true' })
      expect(step.errors).toEqual([])
      expect(step.outputs['should-run']).toBe(tasks.indexOf(task) < 20 ? 'false' : 'true')
    }
    const final = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(Object.values(statuses(final)).every((s) => s === 'COMPLETE')).toBe(true)
    const parsed = parseBody(double.getIssue(REPO, id)?.body)
    expect(parsed.kind).toBe('ok')
  })

  it('costs 4 requests more for the start that continues, and a load costs 2 reads before and after', async () => {
    const created = await job().step({ command: 'create', title: 'Cost', tasks: 'one\ntwo' })
    const id = Number(created.outputs['tasklist-id'])
    // Fill the issue to just below the threshold (the cap less a fifth for people: 32 of 40).
    for (let i = 0; i < 31; i++) double.actAs('mona').comment(REPO, id, `note ${i}`)
    const ordinary = await job().step({ command: 'start', 'tasklist-id': String(id), task: 'one' })
    expect(ordinary.errors).toEqual([])
    double.resetStats()
    const before = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(before.errors).toEqual([])
    const loadBefore = double.stats()
    double.resetStats()
    const continuing = await job().step({ command: 'start', 'tasklist-id': String(id), task: 'two' })
    expect(continuing.errors).toEqual([])
    const cost = double.stats()
    expect(continuations()).toHaveLength(1)
    double.resetStats()
    const after = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(statuses(after)).toEqual({ one: 'IN_PROGRESS', two: 'IN_PROGRESS' })
    const loadAfter = double.stats()
    console.log(
      `continuation cost: the continuing start made ${cost.requests} requests (${cost.writes} writes, ${cost.reads} reads); ` +
        `load before ${loadBefore.reads} reads, after ${loadAfter.reads} reads`,
    )
    expect(loadBefore.reads).toBe(2)
    expect(loadAfter.reads).toBe(2)
    // An ordinary start: 2 writes (record, body), 3 reads. Continuing adds the tail read a start otherwise
    // skips, the continuation issue, the marker and the marker's read-back.
    expect(ordinary.errors).toEqual([])
    expect(cost.writes).toBe(4)
    expect(cost.reads).toBe(5)
    expect(cost.byRoute['POST /repos/{owner}/{repo}/issues']).toBe(1)
  })

  it('fails with one clear line, writing nothing, when people filled the issue before the record could continue', async () => {
    const created = await job().step({ command: 'create', title: 'Full', tasks: 'one' })
    const id = Number(created.outputs['tasklist-id'])
    for (let i = 0; i < CAP; i++) double.actAs('outsider').comment(REPO, id, `spam ${i}`)
    const from = double.timeline.length
    const step = await job().step({ command: 'start', 'tasklist-id': String(id), task: 'one' })
    expect(step.exitCode).toBe(1)
    expect(step.errors).toHaveLength(1)
    expect(step.errors[0]).toMatch(new RegExp(`#${id} holds GitHub's maximum of ${CAP} comments.*delete`))
    const standing = double.timeline
      .slice(from)
      .filter((e) => e.method !== 'GET' && e.status >= 200 && e.status < 300)
      .map((e) => `${e.method} ${e.path}`)
    expect(standing).toEqual([])
  })
})
