import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startGitHubDouble, type GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job } from '../support/step-runner.ts'

const REPO = 'octo-org/migrations'
const TASKS = ['database-migration: Migrate the schema', 'application-migration', 'data-validation'].join('\n')

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})

/** A migration that counts its runs in the job's workspace, so a second run is visible. */
function migration(name: string, counterDir: string): string {
  return `echo "running ${name}"; echo ran >> ${join(counterDir, `${name}.count`)}`
}
function runs(name: string, counterDir: string): number {
  try {
    return readFileSync(join(counterDir, `${name}.count`), 'utf8')
      .trim()
      .split('\n').length
  } catch {
    return 0
  }
}

describe('the reference scenario, on the bundled action in separate processes', () => {
  it('resumes in a later session by ID, preserving finished phases and never running them again', async () => {
    // Session 1: one run creates the TaskList and finishes the first phase.
    const session1 = new Job({ apiUrl: double.apiUrl, runId: '7001', job: 'schema' })
    const counters = session1.workspace
    const created = await session1.step({
      command: 'create',
      title: 'Migrate production',
      tasks: TASKS,
      key: 'prod-2026-11',
    })
    expect(created.exitCode).toBe(0)
    const id = created.outputs['tasklist-id'] ?? ''
    expect(id).toMatch(/^\d+$/)
    expect(created.lines).toContain(`TaskList Created: ${id}`)
    expect(created.lines).toContain(`TaskList ID: ${id}`)

    const started = await session1.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    expect(started.exitCode).toBe(0)
    expect(started.outputs['should-run']).toBe('true')
    expect(started.outputs['task-status']).toBe('IN_PROGRESS')
    expect(started.lines).toContain('[t1] database-migration: PENDING -> IN_PROGRESS')

    // The phase itself runs as an ordinary step between start and complete.
    const phase = await import('node:child_process').then(({ execSync }) =>
      execSync(migration('database-migration', counters), { shell: '/bin/bash' }),
    )
    expect(phase.toString()).toContain('running database-migration')

    const completed = await session1.step({ command: 'complete', 'tasklist-id': id, task: 'database-migration' })
    expect(completed.exitCode).toBe(0)
    expect(completed.lines).toContain('[t1] database-migration: IN_PROGRESS -> COMPLETE')
    expect(completed.outputs['task-status']).toBe('COMPLETE')
    expect(JSON.parse(completed.outputs.tasks ?? '{}')).toEqual({
      'database-migration': 'COMPLETE',
      'application-migration': 'PENDING',
      'data-validation': 'PENDING',
    })
    expect(completed.outputs['next-task']).toBe('application-migration')
    expect(completed.summary).toContain('| t1 | database-migration | COMPLETE |')
    expect(completed.summary).toContain(`/issues/${id}`)
    const posts = await session1.end()
    expect(posts.every((p) => p.exitCode === 0)).toBe(true)

    // Session 1's step is re-run: the finished phase is not run again.
    const rerun = new Job({ apiUrl: double.apiUrl, runId: '7001', runAttempt: 2, job: 'schema', workspace: counters })
    const again = await rerun.step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: migration('database-migration', counters),
    })
    expect(again.exitCode).toBe(0)
    expect(again.lines).toContain('database-migration: COMPLETE (status preserved)')
    expect(again.outputs['should-run']).toBe('false')
    expect(runs('database-migration', counters)).toBe(1)
    const restart = await rerun.step({ command: 'start', 'tasklist-id': id, task: 'database-migration' })
    expect(restart.outputs['should-run']).toBe('false')
    expect(restart.outputs['task-status']).toBe('COMPLETE')

    // Session 2: a later, separate run given only the ID.
    const session2 = new Job({ apiUrl: double.apiUrl, runId: '7002', job: 'resume', workspace: counters })
    const loaded = await session2.step({ command: 'load', 'tasklist-id': id })
    expect(loaded.exitCode).toBe(0)
    expect(loaded.lines).toEqual([
      `TaskList Loaded: ${id}`,
      'Task State Persistence: VERIFIED',
      '[t1] database-migration: COMPLETE (status preserved)',
      '[t2] application-migration: PENDING',
      '[t3] data-validation: PENDING',
    ])
    for (const [taskId, name] of [
      ['t2', 'application-migration'],
      ['t3', 'data-validation'],
    ] as const) {
      const step = await session2.step({
        command: 'run',
        'tasklist-id': id,
        task: name,
        run: migration(name, counters),
      })
      expect(step.exitCode).toBe(0)
      expect(step.lines).toContain(`[${taskId}] ${name}: PENDING -> IN_PROGRESS`)
      expect(step.lines).toContain(`running ${name}`)
      expect(step.lines).toContain(`[${taskId}] ${name}: IN_PROGRESS -> COMPLETE`)
      expect(step.lines).toContain('[t1] database-migration: COMPLETE (status preserved)')
    }
    const last = await session2.step({ command: 'load', 'tasklist-id': id })
    expect(last.outputs.complete).toBe('true')
    expect(last.outputs['next-task']).toBe('')

    // Created once, each phase ran once, and the issue shows all of it.
    expect(double.listIssues(REPO)).toHaveLength(1)
    expect(['database-migration', 'application-migration', 'data-validation'].map((n) => runs(n, counters))).toEqual([
      1, 1, 1,
    ])
    const body = double.getIssue(REPO, Number(id))?.body ?? ''
    expect(body).toMatch(/- \[x\] database-migration: Migrate the schema \(COMPLETE/)
    expect(body).toMatch(/- \[x\] application-migration \(COMPLETE/)
    expect(body).toMatch(/- \[x\] data-validation \(COMPLETE/)
    const transitions = double.listComments(REPO, Number(id)).map((c) => /`(\w+ -> \w+)`/.exec(c.body)?.[1])
    expect(transitions).toEqual([
      'PENDING -> IN_PROGRESS',
      'IN_PROGRESS -> COMPLETE',
      'PENDING -> IN_PROGRESS',
      'IN_PROGRESS -> COMPLETE',
      'PENDING -> IN_PROGRESS',
      'IN_PROGRESS -> COMPLETE',
    ])
  })

  it('returns the existing TaskList for a create with the same key, straight away', async () => {
    const first = await new Job({ apiUrl: double.apiUrl, runId: '1' }).step({
      command: 'create',
      title: 'Migrate',
      tasks: TASKS,
      key: 'release-42',
    })
    const second = await new Job({ apiUrl: double.apiUrl, runId: '2' }).step({
      command: 'create',
      title: 'Migrate',
      tasks: TASKS,
      key: 'release-42',
    })
    expect(second.exitCode).toBe(0)
    expect(second.outputs['tasklist-id']).toBe(first.outputs['tasklist-id'])
    expect(second.lines).toContain(`TaskList Loaded: ${first.outputs['tasklist-id']}`)
    expect(second.lines.some((l) => l.startsWith('TaskList Created'))).toBe(false)
    expect(double.listIssues(REPO)).toHaveLength(1)
    const other = await new Job({ apiUrl: double.apiUrl, runId: '3' }).step({
      command: 'create',
      title: 'Migrate',
      tasks: TASKS,
      key: 'release-43',
    })
    expect(other.outputs['tasklist-id']).not.toBe(first.outputs['tasklist-id'])
  })

  it('records a failed phase with its exit code and output, fails the step, and retries it later', async () => {
    const job = new Job({ apiUrl: double.apiUrl })
    const id = (await job.step({ command: 'create', title: 'Migrate', tasks: TASKS })).outputs['tasklist-id'] ?? ''
    const failed = await job.step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'echo "ERROR: relation users already exists" >&2; exit 7',
    })
    expect(failed.exitCode).toBe(1)
    expect(failed.errors).toHaveLength(1)
    expect(failed.errors[0]).toContain('database-migration failed with exit code 7')
    expect(failed.outputs['task-status']).toBe('FAILED')
    const comment = double.listComments(REPO, Number(id)).at(-1)?.body ?? ''
    expect(comment).toContain('exit code 7')
    expect(comment).toContain('ERROR: relation users already exists')
    const retried = await new Job({ apiUrl: double.apiUrl, runId: '1002' }).step({
      command: 'run',
      'tasklist-id': id,
      task: 'database-migration',
      run: 'true',
    })
    expect(retried.exitCode).toBe(0)
    expect(retried.lines).toContain('[t1] database-migration: FAILED -> IN_PROGRESS')
    expect(retried.outputs['task-status']).toBe('COMPLETE')
  })

  it('works against GitHub Enterprise Server, whose API lives under /api/v3', async () => {
    const ghes = await startGitHubDouble({ pathPrefix: '/api/v3' })
    try {
      expect(ghes.apiUrl).toMatch(/\/api\/v3$/)
      const job = new Job({ apiUrl: ghes.apiUrl })
      const created = await job.step({ command: 'create', title: 'GHES', tasks: TASKS })
      expect(created.exitCode).toBe(0)
      const run = await job.step({
        command: 'run',
        'tasklist-id': created.outputs['tasklist-id'] ?? '',
        task: 'database-migration',
        run: 'true',
      })
      expect(run.outputs['task-status']).toBe('COMPLETE')
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.close()
    }
  })
})
