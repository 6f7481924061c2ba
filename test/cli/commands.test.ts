// Every command of the bundled CLI against the GitHub double, each in its own process; and the demo.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { parseBody } from '../../src/domain/body.ts'
import { OUTSIDER_TOKEN, startGitHubDouble, type GitHubDouble } from '../double/index.ts'
import {
  ANSI,
  cliFor,
  createTaskList,
  expectOk,
  expectOneErrorLine,
  REPO,
  tempDir,
  useCliDouble,
  type Cli,
} from './cli-runner.ts'

// Each test waits mostly on GitHub's write pacing in its own processes, so they all run side by side.
vi.setConfig({ maxConcurrency: 20 })

let double: GitHubDouble
let cli: Cli

useCliDouble((started, bound) => {
  double = started
  cli = bound
})

interface TaskJson {
  id: string
  name: string
  status: string
  version: number
  message: string | null
  exitCode: number | null
  description: string | null
  holder: { label: string; url: string | null; since: string; leaseUntil: string } | null
}
interface TaskListJson {
  id: number
  url: string
  repo: string
  title: string
  state: string
  author: string
  trusted: string[]
  tasks: TaskJson[]
  done: number
  total: number
  complete: boolean
  nextTask: string | null
}
interface ChangeJson {
  command: string
  outcome: string
  shouldRun?: boolean
  from: string | null
  to: string | null
  task: TaskJson
  tasklist: TaskListJson
}

async function showJson(id: number): Promise<TaskListJson> {
  return JSON.parse(expectOk(await cli(['show', String(id), '--json'])).stdout) as TaskListJson
}

const statuses = (t: TaskListJson) => t.tasks.map((x) => x.status)

describe.concurrent('tasklist commands on the bundled CLI', () => {
  it('create prints the ID; show prints a table without ANSI codes when stdout is not a TTY, and valid JSON with --json', async () => {
    const created = expectOk(
      await cli([
        'create',
        '--title',
        'Migrate production',
        '--task',
        'database-migration: Migrate the schema',
        '--task',
        'application-migration',
        '--task',
        'data-validation',
      ]),
    )
    const id = Number(/^TaskList Created: (\d+)$/m.exec(created.stdout)?.[1])
    expect(id).toBeGreaterThan(0)
    expect(created.lines).toContain(`TaskList ID: ${id}`)
    expect(created.lines).toContain('[t1] database-migration: PENDING')
    expect(created.lines).toContain('Records are trusted from @mona, @github-actions[bot]')
    expect(created.stdout).not.toMatch(ANSI)
    const issue = double.getIssue(REPO, id)
    expect(issue?.labels.map((l) => (typeof l === 'string' ? l : l.name))).toContain('tasklist')

    const shown = expectOk(await cli(['show', String(id)]))
    expect(shown.stdout).not.toMatch(ANSI)
    expect(shown.lines[0]).toBe(`TaskList #${id}  Migrate production`)
    expect(shown.lines[1]).toBe(`https://github.com/${REPO}/issues/${id}`)
    expect(shown.stdout).toMatch(/t1\s+database-migration\s+PENDING\s+-\s+Migrate the schema/)
    expect(shown.lines.at(-1)).toBe('0/3 done · next: database-migration')

    const json = await showJson(id)
    expect(json).toMatchObject({
      id,
      url: `https://github.com/${REPO}/issues/${id}`,
      repo: REPO,
      title: 'Migrate production',
      state: 'open',
      author: 'mona',
      complete: false,
      nextTask: 'database-migration',
      done: 0,
      total: 3,
    })
    expect(json.trusted).toEqual(['github-actions[bot]'])
    expect(json.tasks[0]).toEqual({
      id: 't1',
      name: 'database-migration',
      description: 'Migrate the schema',
      status: 'PENDING',
      version: 0,
      durationSec: null,
      message: null,
      exitCode: null,
      runUrl: null,
      updatedAt: null,
      holder: null,
      run: null,
      needs: [],
      timeoutSec: null,
      retries: null,
      outputs: {},
    })
    expect(json.tasks.map((t) => t.id)).toEqual(['t1', 't2', 't3'])
  })

  it('colour: NO_COLOR and non-TTY give none; FORCE_COLOR forces it, but never into --json', async () => {
    const id = await createTaskList(cli, 'Colours')
    expect((await cli(['show', String(id)], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI)
    expect((await cli(['show', String(id)], { env: { NO_COLOR: '1', TERM: 'xterm-256color' } })).stdout).not.toMatch(
      ANSI,
    )
    const forced = expectOk(await cli(['show', String(id)], { env: { FORCE_COLOR: '1' } }))
    expect(forced.stdout).toMatch(ANSI)
    expect(forced.stdout).toContain('\u001b[36mPENDING\u001b[39m')
    const forcedJson = expectOk(await cli(['show', String(id), '--json'], { env: { FORCE_COLOR: '1' } }))
    expect(forcedJson.stdout).not.toMatch(ANSI)
    expect(() => JSON.parse(forcedJson.stdout) as unknown).not.toThrow()
  })

  it('start and complete; a settled task is not run again (exit 3); reset sends it back', async () => {
    const id = await createTaskList(cli, 'Lifecycle')
    const started = expectOk(await cli(['start', String(id), 'database-migration']))
    expect(started.lines[0]).toBe('[t1] database-migration: PENDING -> IN_PROGRESS')
    expect(started.stdout).toContain(`tasklist complete ${id} database-migration`)
    const state = await showJson(id)
    expect(state.tasks[0]?.holder?.label).toMatch(/^tasklist CLI \(.+@.+\)$/)

    const completed = expectOk(
      await cli(['complete', String(id), 'database-migration', '--message', 'migrated 12 tables']),
    )
    expect(completed.lines).toContain('[t1] database-migration: IN_PROGRESS -> COMPLETE')
    expect(completed.stdout).not.toContain('on its behalf')
    expect(completed.lines.at(-1)).toBe(`TaskList #${id}: 1/3 done · next: application-migration`)

    // A settled task is never run again: start says so and exits 3, writing nothing.
    const again = expectOk(await cli(['start', String(id), 't1']), 3)
    expect(again.lines).toEqual(['[t1] database-migration: COMPLETE (status preserved); nothing to run'])
    expect(double.listComments(REPO, id)).toHaveLength(2)

    const reset = JSON.parse(
      expectOk(await cli(['reset', String(id), 'database-migration', '--json'])).stdout,
    ) as ChangeJson
    expect(reset).toMatchObject({ command: 'reset', outcome: 'applied', from: 'COMPLETE', to: 'PENDING' })
    expect(reset.task).toMatchObject({ id: 't1', status: 'PENDING', version: 3 })
    expect(statuses(reset.tasklist)).toEqual(['PENDING', 'PENDING', 'PENDING'])

    // Every write is a record comment by mona, for the CLI holder; the body is a current snapshot.
    const comments = double.listComments(REPO, id)
    expect(comments).toHaveLength(3)
    expect(comments.every((c) => c.user?.login === 'mona' && c.body?.includes('tasklist CLI ('))).toBe(true)
    const parsed = parseBody(double.getIssue(REPO, id)?.body)
    expect(parsed.kind === 'ok' && parsed.snapshot.tasks.map((t) => t.state.status)).toEqual([
      'PENDING',
      'PENDING',
      'PENDING',
    ])
  })

  it('fail records the exit code and message; retry and skip are operator transitions', async () => {
    const id = await createTaskList(cli, 'Failures')
    expectOk(await cli(['start', String(id), 't2']))
    const failed = JSON.parse(
      expectOk(
        await cli(['fail', String(id), 'application-migration', '--exit-code', '3', '-m', 'lock timeout', '--json']),
      ).stdout,
    ) as ChangeJson
    expect(failed).toMatchObject({ command: 'fail', outcome: 'applied', from: 'IN_PROGRESS', to: 'FAILED' })
    expect(failed.task).toMatchObject({ id: 't2', status: 'FAILED', exitCode: 3, message: 'lock timeout' })
    expect(failed.tasklist.nextTask).toBe('database-migration')

    const retried = expectOk(await cli(['retry', String(id), 'application-migration']))
    expect(retried.lines).toContain('[t2] application-migration: FAILED -> PENDING')
    const skipped = expectOk(await cli(['skip', String(id), 'data-validation', '--message', 'validated by hand']))
    expect(skipped.lines).toContain('[t3] data-validation: PENDING -> SKIPPED')
    expect(statuses(await showJson(id))).toEqual(['PENDING', 'PENDING', 'SKIPPED'])
    expect(double.listComments(REPO, id)).toHaveLength(4)
  })

  it('start --json says whether to run; --on-busy fail names the holder, skip exits 3', async () => {
    const id = await createTaskList(cli, 'Busy')
    const first = JSON.parse(
      expectOk(await cli(['start', String(id), 'database-migration', '--lease', '2h', '--json'])).stdout,
    ) as ChangeJson
    expect(first).toMatchObject({
      command: 'start',
      outcome: 'started',
      shouldRun: true,
      from: 'PENDING',
      to: 'IN_PROGRESS',
    })
    expect(first.task.holder?.label).toMatch(/^tasklist CLI/)
    expect(Date.parse(first.task.holder?.leaseUntil ?? '') - Date.parse(first.task.holder?.since ?? '')).toBe(
      2 * 3600 * 1000,
    )

    const before = double.listComments(REPO, id).length
    const busy = await cli(['start', String(id), 'database-migration'])
    expect(busy.code).toBe(1)
    expect(busy.stderr.trim().split('\n')).toHaveLength(1)
    expect(busy.stderr).toMatch(
      /^tasklist: database-migration in TaskList #\d+ is IN_PROGRESS, held by tasklist CLI .* or set --on-busy wait or skip\n$/,
    )
    const skipped = await cli(['start', String(id), 'database-migration', '--on-busy', 'skip', '--json'])
    expect(skipped.code).toBe(3)
    expect(JSON.parse(skipped.stdout)).toMatchObject({ outcome: 'busy', shouldRun: false, from: null, to: null })
    const waited = await cli(['start', String(id), 'database-migration', '--on-busy', 'wait', '--wait-timeout', '1s'])
    expect(waited.code).toBe(1)
    expect(waited.stderr).toMatch(/still IN_PROGRESS.*after waiting 1s; raise --wait-timeout/)
    expect(double.listComments(REPO, id)).toHaveLength(before)
  })

  it('unknown task and illegal transitions fail with one line and write nothing', async () => {
    const id = await createTaskList(cli, 'Refusals')
    const bodyBefore = double.getIssue(REPO, id)?.body
    const unknown = await cli(['complete', String(id), 'nope'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toBe(
      `tasklist: TaskList #${id} has no task 'nope'; its tasks are: database-migration, application-migration, data-validation\n`,
    )
    const unknownStart = await cli(['start', String(id), 't9'])
    expect(unknownStart.code).toBe(1)
    expect(unknownStart.stderr).toMatch(/^tasklist: TaskList #\d+ has no task 't9'/)
    const illegal = await cli(['complete', String(id), 'database-migration'])
    expect(illegal.code).toBe(1)
    expect(illegal.stderr).toBe(
      `tasklist: Cannot complete database-migration in TaskList #${id}: 'complete' needs IN_PROGRESS, but it is PENDING; start it first\n`,
    )
    const retryPending = await cli(['retry', String(id), 't2'])
    expect(retryPending.code).toBe(1)
    expect(retryPending.stderr).toMatch(
      /^tasklist: Cannot retry application-migration .* 'retry' needs FAILED, but it is PENDING\n$/,
    )
    for (const r of [unknown, unknownStart, illegal, retryPending]) expect(r.stdout).toBe('')
    expect(double.listComments(REPO, id)).toHaveLength(0)
    expect(double.getIssue(REPO, id)?.body).toBe(bodyBefore)
  })

  it('list shows open TaskLists with progress from their snapshots, as text and as JSON', async () => {
    // Its own repository, so the TaskLists of concurrent tests do not show up.
    double.addRepo('octo-org/listing', { collaborators: { mona: 'admin' } })
    const listing = cliFor(double.apiUrl, 'octo-org/listing')
    const empty = expectOk(await listing(['list']))
    expect(empty.lines).toEqual(['No open TaskLists in octo-org/listing'])
    const a = await createTaskList(listing, 'Migrate production')
    const b = await createTaskList(listing, 'Nightly')
    // Writers on different tasks of one TaskList never conflict: each record is a compare-and-set on its task.
    await Promise.all([
      listing(['skip', String(a), 't1']).then((r) => expectOk(r)),
      listing(['start', String(a), 't2']).then(async (r) => {
        expectOk(r)
        expectOk(await listing(['fail', String(a), 't2']))
      }),
    ])
    double
      .actAs('mona')
      .createIssue('octo-org/listing', { title: 'Not a tasklist', body: 'just text', labels: ['tasklist'] })
    const listed = expectOk(await listing(['list']))
    expect(listed.stdout).not.toMatch(ANSI)
    expect(listed.lines[0]).toMatch(new RegExp(`^#${a}  Migrate production\\s+1/3 done  \\(1 FAILED\\)$`))
    expect(listed.lines[1]).toMatch(new RegExp(`^#${b}  Nightly\\s+0/3 done$`))
    expect(listed.lines[2]).toMatch(/^#\d+\s+Not a tasklist\s+not readable$/)
    const json = JSON.parse(expectOk(await listing(['list', '--json'])).stdout) as {
      repo: string
      tasklists: Array<Record<string, unknown>>
    }
    expect(json.repo).toBe('octo-org/listing')
    expect(json.tasklists[0]).toMatchObject({
      id: a,
      title: 'Migrate production',
      done: 1,
      total: 3,
      complete: false,
      nextTask: 'application-migration',
      error: null,
    })
    expect(json.tasklists[0]?.counts).toEqual({ PENDING: 1, IN_PROGRESS: 0, COMPLETE: 0, FAILED: 1, SKIPPED: 1 })
    expect(json.tasklists[2]).toMatchObject({
      title: 'Not a tasklist',
      done: null,
      error: 'the issue body has no TaskList block',
    })
  })

  it('create: --trusted replaces the github-actions[bot] default; --key is idempotent; --tasks-file and --label', async () => {
    const own = JSON.parse(
      expectOk(
        await cli([
          'create',
          '--title',
          'Own trust',
          '--task',
          'a',
          '--trusted',
          'hubot',
          '--trusted',
          'octocat',
          '--json',
        ]),
      ).stdout,
    ) as TaskListJson & { created: boolean }
    expect(own.trusted).toEqual(['hubot', 'octocat'])
    expect(own.created).toBe(true)

    const dir = tempDir('tasklist-cli-')
    const file = join(dir, 'phases.txt')
    writeFileSync(file, '# phases\n- build: Compile\ntest\n\n')
    const args = [
      'create',
      '--title',
      'Keyed',
      '--tasks-file',
      file,
      '--task',
      'deploy: Ship it',
      '--key',
      'release-7',
      '--label',
      'release',
      '--json',
    ]
    const first = JSON.parse(expectOk(await cli(args)).stdout) as TaskListJson & { created: boolean }
    expect(first.tasks.map((t) => [t.name, t.description])).toEqual([
      ['build', 'Compile'],
      ['test', null],
      ['deploy', 'Ship it'],
    ])
    const second = JSON.parse(expectOk(await cli(args)).stdout) as TaskListJson & { created: boolean }
    expect(second).toMatchObject({ id: first.id, created: false })
    const labels = double.getIssue(REPO, first.id)?.labels.map((l) => (typeof l === 'string' ? l : l.name))
    expect(labels).toEqual(expect.arrayContaining(['tasklist', 'release']))
    const again = expectOk(await cli(args.filter((a) => a !== '--json')))
    expect(again.lines).toContain(`TaskList Loaded: ${first.id}`)
  })

  it('create --lock locks the conversation: people without write access cannot comment, the TaskList still runs', async () => {
    const created = JSON.parse(
      expectOk(await cli(['create', '--title', 'Locked', '--task', 'a', '--lock', '--json'])).stdout,
    ) as TaskListJson
    expect(double.getIssue(REPO, created.id)?.locked).toBe(true)
    const spam = await fetch(`${double.apiUrl}/repos/${REPO}/issues/${created.id}/comments`, {
      method: 'POST',
      headers: { authorization: `token ${OUTSIDER_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'spam' }),
    })
    expect(spam.status).toBe(403)
    expectOk(await cli(['start', String(created.id), 'a']))
    expectOk(await cli(['complete', String(created.id), 'a']))
    expect((await showJson(created.id)).tasks[0]?.status).toBe('COMPLETE')
  })

  it('create --lock with GITHUB_TOKEN or an app token is refused before anything is written', async () => {
    const title = 'Locked by an app token'
    const refused = await cli(['create', '--title', title, '--task', 'a', '--lock'], {
      token: 'ghs_default_test_token',
    })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--lock: GitHub lets no app comment on a locked issue/)
    expect(double.listIssues(REPO).filter((issue) => issue.title === title)).toEqual([])
  })

  it('the holder links a build of another CI system: --holder-url or TASKLIST_RUN_URL', async () => {
    const id = await createTaskList(cli, 'Jenkins')
    expectOk(await cli(['start', String(id), 't1', '--holder-url', 'https://ci.example.com/job/migrate/7/']))
    let state = await showJson(id)
    expect(state.tasks[0]?.holder?.url).toBe('https://ci.example.com/job/migrate/7/')
    expectOk(
      await cli(['complete', String(id), 't1'], { env: { TASKLIST_RUN_URL: 'https://ci.example.com/job/migrate/8/' } }),
    )
    const last = double.listComments(REPO, id).at(-1)?.body ?? ''
    expect(last).toContain('](https://ci.example.com/job/migrate/8/)')
    state = await showJson(id)
    expect(state.tasks[0]?.status).toBe('COMPLETE')
    // Reading does not record a holder, so a bad TASKLIST_RUN_URL does not get in its way.
    expectOk(await cli(['show', String(id)], { env: { TASKLIST_RUN_URL: 'not a url' } }))
  })

  it('a TaskList created by the action (github-actions[bot]) is driven with the bot token; other accounts are refused before writing', async () => {
    const id = await createTaskList(cli, 'From a workflow', { token: 'ghs_default_test_token' }, ['--trusted', 'hubot'])
    const refused = await cli(['start', String(id), 't1'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      `tasklist: TaskList #${id} trusts records only from @github-actions[bot] and @hubot, not from @mona, the account of this token; use a token of one of those accounts (nothing was written)\n`,
    )
    expect(double.listComments(REPO, id)).toHaveLength(0)
    const started = expectOk(await cli(['start', String(id), 't1'], { token: 'ghs_default_test_token' }))
    expect(started.lines[0]).toBe('[t1] database-migration: PENDING -> IN_PROGRESS')
    expectOk(await cli(['complete', String(id), 't1'], { token: 'ghs_default_test_token' }))
    expect(double.listComments(REPO, id).map((c) => c.user?.login)).toEqual([
      'github-actions[bot]',
      'github-actions[bot]',
    ])
  })

  it('resume dispatches the workflow with tasklist-id on the default branch or --ref, and not for a complete TaskList', async () => {
    const id = await createTaskList(cli, 'Resumable')
    const mine = () => double.dispatches.filter((d) => d.inputs['tasklist-id'] === String(id))
    const [resumed, json, badRef, badWorkflow] = await Promise.all([
      cli(['resume', String(id), '--workflow', 'resume.yml']),
      cli(['resume', String(id), '--workflow', 'migration.yml', '--ref', 'main', '--json']),
      cli(['resume', String(id), '--workflow', 'resume.yml', '--ref', 'no-such-branch']),
      cli(['resume', String(id), '--workflow', 'nope.yml']),
    ])
    expect(expectOk(resumed).lines[0]).toBe(
      `Dispatched resume.yml on main with tasklist-id=${id}: TaskList #${id} 0/3 done, next: database-migration`,
    )
    expect(JSON.parse(expectOk(json).stdout)).toEqual({
      dispatched: true,
      reason: null,
      id,
      repo: REPO,
      workflow: 'migration.yml',
      ref: 'main',
      inputs: { 'tasklist-id': String(id) },
      nextTask: 'database-migration',
      run: {
        id: expect.any(Number) as number,
        url: expect.stringMatching(/^https:\/\/github\.com\/octo-org\/migrations\/actions\/runs\/\d+$/) as string,
      },
    })
    // The text names the run GitHub started, by its link.
    const runIds = double.dispatches.map((d) => d.runId)
    expect(runIds.map((r) => `https://github.com/${REPO}/actions/runs/${r}`)).toContain(expectOk(resumed).lines[1])
    expectOneErrorLine(
      badRef,
      1,
      /^tasklist: GitHub did not dispatch resume.yml on no-such-branch in octo-org\/migrations \(422: .*\); check that .*$/,
    )
    expectOneErrorLine(badWorkflow, 1, /^tasklist: GitHub did not dispatch nope.yml on main/)
    const recorded = mine().sort((x, y) => x.workflowFile.localeCompare(y.workflowFile))
    expect(recorded).toEqual([
      expect.objectContaining({
        repo: REPO,
        workflowFile: 'migration.yml',
        ref: 'main',
        inputs: { 'tasklist-id': String(id) },
        login: 'mona',
      }),
      expect.objectContaining({
        repo: REPO,
        workflowFile: 'resume.yml',
        ref: 'main',
        inputs: { 'tasklist-id': String(id) },
        login: 'mona',
      }),
    ])

    await Promise.all(['t1', 't2', 't3'].map(async (task) => expectOk(await cli(['skip', String(id), task]))))
    const done = expectOk(await cli(['resume', String(id), '--workflow', 'resume.yml']))
    expect(done.lines[0]).toBe(`TaskList #${id} is complete (3/3 done); nothing to resume, no workflow dispatched`)
    expect(mine()).toHaveLength(2)
  })

  it('works against a GitHub Enterprise Server API path (--api-url .../api/v3)', async () => {
    const ghes = await startGitHubDouble({ pathPrefix: '/api/v3', serverUrl: 'https://ghe.example.com' })
    try {
      expect(ghes.apiUrl).toMatch(/\/api\/v3$/)
      const ghesCli = cliFor(ghes.apiUrl)
      const id = await createTaskList(ghesCli, 'On GHES')
      const shown = JSON.parse(expectOk(await ghesCli(['show', String(id), '--json'])).stdout) as TaskListJson
      expect(shown.url).toBe(`https://ghe.example.com/${REPO}/issues/${id}`)
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.close()
    }
  })

  it('runs the reference scenario in two processes and prints the same shape as the action demo', async () => {
    const result = expectOk(await cliFor(double.apiUrl)(['demo']))
    expect(result.stdout).not.toMatch(ANSI)
    const id = Number(/^TaskList Created: (\d+)$/m.exec(result.stdout)?.[1])
    expect(result.lines).toEqual([
      'Multi-Session Orchestration: SESSION 1',
      `TaskList Created: ${id}`,
      '[t1] database-migration: IN_PROGRESS -> COMPLETE',
      '[t2] application-migration: PENDING',
      '[t3] data-validation: PENDING',
      'SESSION 1 COMPLETE',
      `TaskList ID: ${id} - Save this for Session 2`,
      '',
      'Multi-Session Orchestration: SESSION 2',
      `TaskList Loaded: ${id}`,
      '[t1] database-migration: COMPLETE (status preserved)',
      '[t2] application-migration: IN_PROGRESS -> COMPLETE',
      '[t3] data-validation: IN_PROGRESS -> COMPLETE',
      'SESSION 2 COMPLETE',
      'Cross-Session Continuation: SUCCESS',
      'Task State Persistence: VERIFIED',
      '',
      `Final TaskList: https://github.com/${REPO}/issues/${id}`,
    ])
    // Session 1 wrote t1's two records; session 2, a separate process, wrote the other four.
    const records = double.listComments(REPO, id).filter((c) => c.body?.includes('<!-- tasklist:record '))
    expect(records).toHaveLength(6)
    const body = double.getIssue(REPO, id)?.body ?? ''
    expect(body).toContain('3 of 3 done')
    // --resume refuses a TaskList the demo did not create.
    const other = JSON.parse(
      expectOk(await cliFor(double.apiUrl)(['create', '--title', 'Real work', '--task', 'a', '--json'])).stdout,
    ) as { id: number }
    const refused = await cliFor(double.apiUrl)(['demo', '--resume', String(other.id)])
    expectOneErrorLine(
      refused,
      2,
      /^tasklist: TaskList #\d+ was not created by tasklist demo; --resume continues only a demo TaskList/,
    )
  })
})
