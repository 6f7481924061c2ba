import { describe, expect, it } from 'vitest'
import { parseBody, renderBody } from '../../src/domain/body.ts'
import { renderRecordComment } from '../../src/domain/comment.ts'
import { fold, trustedAuthors } from '../../src/domain/fold.ts'
import type { TaskRecord } from '../../src/domain/record.ts'
import type { Snapshot } from '../../src/domain/model.ts'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job } from '../support/step-runner.ts'

const REPO = 'octo-org/migrations'
const BOT = 'github-actions[bot]'

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
  // Room in the primary rate limit for the rebuild of a long record.
  double.addToken('ghs_limits_bot', {
    login: BOT,
    id: 41898282,
    type: 'Bot',
    permissions: { issues: 'write' },
    rateLimit: 1_000_000,
  })
})

const job = (runId: string) => new Job({ apiUrl: double.apiUrl, runId, token: 'ghs_limits_bot' })

function snapshotOf(id: number): Snapshot {
  const parsed = parseBody(double.getIssue(REPO, id)?.body)
  if (parsed.kind !== 'ok') throw new Error('not a TaskList')
  return parsed.snapshot
}

describe("GitHub's limits", () => {
  it('runs a TaskList of 500 tasks, and cuts long failure output to fit a comment', async () => {
    const tasks = Array.from({ length: 500 }, (_, i) => `migrate-shard-${String(i + 1).padStart(4, '0')}`)
    const created = await job('1').step({ command: 'create', title: 'Reshard', tasks: tasks.join('\n') })
    expect(created.exitCode).toBe(0)
    const id = created.outputs['tasklist-id'] ?? ''
    expect((double.getIssue(REPO, Number(id))?.body ?? '').length).toBeLessThan(65_536 * 0.6)
    const done = await job('2').step({ command: 'run', 'tasklist-id': id, task: 'migrate-shard-0500', run: 'true' })
    expect(done.outputs['task-status']).toBe('COMPLETE')
    const failed = await job('3').step({
      command: 'run',
      'tasklist-id': id,
      task: 'migrate-shard-0250',
      run: "head -c 200000 /dev/zero | tr '\\0' 'x'; echo; exit 1",
    })
    expect(failed.exitCode).toBe(1)
    const comment = double.listComments(REPO, Number(id)).at(-1)?.body ?? ''
    expect(comment.length).toBeLessThanOrEqual(65_536)
    expect(comment).toContain("[… earlier output cut to fit GitHub's limit]")
    const loaded = await job('4').step({ command: 'load', 'tasklist-id': id })
    const statuses = JSON.parse(loaded.outputs.tasks ?? '{}') as Record<string, string>
    expect(Object.keys(statuses)).toHaveLength(500)
    expect(statuses['migrate-shard-0500']).toBe('COMPLETE')
    expect(statuses['migrate-shard-0250']).toBe('FAILED')
    expect(loaded.outputs['next-task']).toBe('migrate-shard-0001')
    expect(snapshotOf(Number(id)).tasks).toHaveLength(500)
  })

  it('loads a record of 10,000 transitions correctly, reading only what is newer than the snapshot', async () => {
    const created = await job('1').step({
      command: 'create',
      title: 'Long history',
      tasks: 'flaky-migration\nsteady-migration',
    })
    const id = Number(created.outputs['tasklist-id'])
    const genesis = snapshotOf(id)
    const holder = { run: '9', attempt: 1, job: 'history', label: 'run 9, job history' }
    // 10,000 valid compare-and-set records: the flaky task starts and fails 4,999 times, then starts and completes.
    let claim = ''
    for (let ver = 0; ver < 10_000; ver++) {
      const starting = ver % 2 === 0
      const rec = `r${String(ver).padStart(19, '0')}`
      const record: TaskRecord = {
        tasklist: 1,
        rec,
        op: starting ? 'start' : ver === 9_999 ? 'complete' : 'fail',
        task: 't1',
        name: 'flaky-migration',
        ver,
        from: starting ? (ver === 0 ? 'PENDING' : 'FAILED') : 'IN_PROGRESS',
        to: starting ? 'IN_PROGRESS' : ver === 9_999 ? 'COMPLETE' : 'FAILED',
        defs: genesis.defs,
        authority: 'workflow',
        holder,
        ...(starting ? { lease: 21_600 } : { claim }),
      }
      if (starting) claim = rec
      double.actAs(BOT).comment(REPO, id, renderRecordComment(record))
      // GitHub's timestamps have one-second resolution; real records do not land 10,000 in a second.
      if (ver % 5 === 4) double.clock.advance(1000)
    }
    const comments = double
      .listComments(REPO, id)
      .map((c) => ({ id: c.id, createdAt: c.created_at, login: c.user?.login ?? '', body: c.body ?? '' }))
    const trusted = trustedAuthors(BOT)
    // A snapshot that has folded all but the last 40 records, as writers leave it.
    const cut = comments[comments.length - 41]
    if (cut === undefined) throw new Error('no comments')
    const partial = fold(
      genesis,
      comments.filter((c) => c.id <= cut.id),
      trusted,
    ).snapshot
    double.actAs(BOT).editIssueBody(REPO, id, renderBody(partial))

    double.resetStats()
    const loaded = await job('2').step({ command: 'load', 'tasklist-id': String(id) })
    expect(loaded.exitCode).toBe(0)
    expect(loaded.lines).toContain('[t1] flaky-migration: COMPLETE (status preserved)')
    expect(JSON.parse(loaded.outputs.tasks ?? '{}')).toEqual({
      'flaky-migration': 'COMPLETE',
      'steady-migration': 'PENDING',
    })
    expect(double.stats().reads).toBe(2)
    expect(double.stats().writes).toBe(0)

    // A hand-edited block forces a rebuild from the whole record: slower, and still right.
    const edited = (double.getIssue(REPO, id)?.body ?? '').replace(
      '["flaky-migration","IN_PROGRESS"',
      '["flaky-migration","COMPLETE"',
    )
    double
      .actAs('mona')
      .editIssueBody(REPO, id, edited.replace('["steady-migration","PENDING",0]', '["steady-migration","COMPLETE",0]'))
    const rebuilt = await job('3').step({ command: 'load', 'tasklist-id': String(id) })
    expect(rebuilt.exitCode).toBe(0)
    expect(rebuilt.warnings.some((w) => w.includes('edited by hand'))).toBe(true)
    expect(JSON.parse(rebuilt.outputs.tasks ?? '{}')).toEqual({
      'flaky-migration': 'COMPLETE',
      'steady-migration': 'PENDING',
    })
    const redrawn = snapshotOf(id)
    expect(redrawn.tasks.map((t) => [t.state.status, t.state.version])).toEqual([
      ['COMPLETE', 10_000],
      ['PENDING', 0],
    ])
    expect(redrawn.cursor?.id).toBe(comments.at(-1)?.id)
  })
})
