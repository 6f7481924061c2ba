// The bundled action as people use it around a TaskList: the timeline it draws, a TaskList kept in a
// central repository, the issue closing itself when finished, and the bot's link to the run it dispatched.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { parseGantt } from '../support/mermaid.ts'
import { Job, type JobOptions, type StepResult } from '../support/step-runner.ts'
import { cliFor } from '../cli/cli-runner.ts'

const REPO = 'octo-org/migrations'
const TASKS = 'database-migration\napplication-migration\ndata-validation'
const PATCH_ISSUE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'

let double: GitHubDouble

function job(options: Partial<JobOptions> = {}): Job {
  return new Job({ apiUrl: double.apiUrl, runId: '1001', ...options })
}

async function create(inputs: Record<string, string> = {}, options: Partial<JobOptions> = {}): Promise<number> {
  const created = await job(options).step({ command: 'create', title: 'Migrate', tasks: TASKS, ...inputs })
  expect(created.errors).toEqual([])
  return Number(created.outputs['tasklist-id'])
}

function mermaidIn(text: string): string[] {
  return [...text.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1] ?? '')
}

describe('the timeline', () => {
  useGitHubDouble((started) => {
    double = started
  })

  it('is in every step summary and in the issue body, one bar per attempt, and Mermaid parses both', async () => {
    const id = await create()
    const run = (task: string, script: string, runId: string) =>
      job({ runId }).step({ command: 'run', 'tasklist-id': String(id), task, run: script })
    const failed = await run('database-migration', 'exit 3', '2001')
    expect(failed.exitCode).toBe(1)
    const retried = await run('database-migration', 'true', '2002')
    expect(retried.exitCode).toBe(0)
    const loaded = await job().step({ command: 'load', 'tasklist-id': String(id) })
    for (const step of [failed, retried, loaded]) {
      const [chart] = mermaidIn(step.summary)
      expect(chart, step.summary).toBeDefined()
      const bars = await parseGantt(chart ?? '')
      expect(bars.map((b) => [b.section, b.label.replace(/ \d+s$/, ''), b.tags])).toEqual(
        step === failed
          ? [['database-migration', 'FAILED', ['crit']]]
          : [
              ['database-migration', 'attempt 1 FAILED', ['crit']],
              ['database-migration', 'attempt 2 COMPLETE', ['done']],
            ],
      )
    }
    const body = double.getIssue(REPO, id)?.body ?? ''
    expect(body).toMatch(/<details><summary>Timeline<\/summary>\n\n```mermaid\ngantt\n/)
    const [inBody] = mermaidIn(body)
    expect(await parseGantt(inBody ?? '')).toHaveLength(2)
  })
})

describe('a TaskList in a central repository', () => {
  const OPS = 'octo-org/ops'
  const SERVICE = 'octo-org/service-a'
  const APP_TOKEN = 'ghs_ops_app_installation'
  const OWN_TOKEN = 'ghs_service_a_workflow'
  useGitHubDouble((started) => {
    double = started
    double.addRepo(OPS, { defaultBranch: 'main', workflows: ['resume.yml'], collaborators: { mona: 'admin' } })
    double.addRepo(SERVICE, { defaultBranch: 'main', workflows: ['resume.yml'] })
    // A GitHub App installed on both, as actions/create-github-app-token would mint it; the job's own token sees only its repository.
    double.addToken(APP_TOKEN, {
      login: 'ops-app[bot]',
      type: 'Bot',
      permissions: { issues: 'write', actions: 'write' },
      repositories: [OPS, SERVICE],
    })
    double.addToken(OWN_TOKEN, {
      login: 'github-actions[bot]',
      type: 'Bot',
      permissions: { issues: 'write', actions: 'write' },
      repositories: [SERVICE],
    })
  })
  const serviceJob = (token: string) => job({ repository: SERVICE, token, runId: '3100' })

  it('creates and runs it there with an App token; links go to the issue there and to the run here', async () => {
    const created = await serviceJob(APP_TOKEN).step({
      command: 'create',
      title: 'Migrate service A',
      tasks: TASKS,
      repository: OPS,
    })
    expect(created.errors).toEqual([])
    const id = Number(created.outputs['tasklist-id'])
    expect(created.outputs['tasklist-url']).toBe(`https://github.com/${OPS}/issues/${id}`)
    expect(double.listIssues(SERVICE)).toEqual([])
    const ran = await serviceJob(APP_TOKEN).step({
      command: 'run',
      'tasklist-id': String(id),
      task: 'database-migration',
      run: 'true',
      repository: OPS,
    })
    expect(ran.errors).toEqual([])
    expect(ran.summary).toContain(`[#${id}](https://github.com/${OPS}/issues/${id})`)
    const record = double.listComments(OPS, id).at(-1)?.body ?? ''
    expect(record).toContain(`https://github.com/${SERVICE}/actions/runs/3100`)
    expect(double.getIssue(OPS, id)?.body).toContain(`[run](https://github.com/${SERVICE}/actions/runs/3100)`)
    // The CLI reaches the same TaskList with --repo.
    const shown = await cliFor(double.apiUrl, OPS)(['show', String(id), '--json'])
    expect(shown.stderr).toBe('')
    expect(JSON.parse(shown.stdout)).toMatchObject({ repo: OPS, author: 'ops-app[bot]', counts: { COMPLETE: 1 } })
  })

  it('says plainly when the token cannot reach the repository, and rejects a malformed name before any request', async () => {
    const denied = await serviceJob(OWN_TOKEN).step({ command: 'create', title: 'x', tasks: TASKS, repository: OPS })
    expect(denied.exitCode).toBe(1)
    expect(denied.errors[0]).toMatch(
      /was not found \(404\).*; the TaskList is in octo-org\/ops, so the token must have issues access there, such as a GitHub App token/,
    )
    expect(double.listIssues(OPS)).toEqual([])
    const before = double.stats().requests
    const bad = await serviceJob(APP_TOKEN).step({ command: 'create', title: 'x', tasks: TASKS, repository: 'ops' })
    expect(bad.exitCode).toBe(1)
    expect(bad.errors).toEqual([
      "Invalid input 'repository': 'ops' is not owner/name; name the repository that holds the TaskList, such as octo-org/ops",
    ])
    expect(double.stats().requests).toBe(before)
  })

  it('the bot refuses a repository other than its event’s, naming where its TaskLists are', async () => {
    const step = await job({ repository: OPS, event: { name: 'issue_comment', payload: {} } }).step({
      command: 'bot',
      repository: SERVICE,
    })
    expect(step.exitCode).toBe(1)
    expect(step.errors[0]).toMatch(
      /^Invalid input 'repository': command: bot acts on the issue of its event, which is in octo-org\/ops/,
    )
  })
})

describe('close-on-complete', () => {
  useGitHubDouble((started) => {
    double = started
  })

  it('closes the issue as completed in the write that finishes it, and an operator reset reopens it', async () => {
    // mona resets it from the CLI later, so her records must count.
    const id = await create({ 'trusted-authors': 'mona' })
    const inputs = { 'tasklist-id': String(id), 'close-on-complete': 'true' }
    await job().step({ ...inputs, command: 'run', task: 'database-migration', run: 'true' })
    await job().step({ ...inputs, command: 'skip', task: 'application-migration' })
    expect(double.getIssue(REPO, id)?.state).toBe('open')
    double.resetStats()
    const last = await job().step({ ...inputs, command: 'run', task: 'data-validation', run: 'true' })
    expect(last.lines).toContain(`TaskList #${id} is complete; closed its issue as completed`)
    expect(last.outputs.complete).toBe('true')
    const closed = double.getIssue(REPO, id)
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed' })
    // Closing rides on the body's write: as many PATCHes as a run always makes.
    expect(double.stats().byRoute[PATCH_ISSUE]).toBe(1)

    const cli = cliFor(double.apiUrl)
    const closedList = await cli(['list', '--state', 'closed', '--json'])
    expect(JSON.parse(closedList.stdout)).toMatchObject({
      state: 'closed',
      tasklists: [{ id, state: 'closed', complete: true }],
    })
    expect((await cli(['list'])).stdout).toBe(`No open TaskLists in ${REPO}\n`)
    expect((await cli(['list', '--state', 'all'])).stdout).toMatch(
      new RegExp(`^#${id}\\s+Migrate\\s+3/3 done  \\(closed\\)$`, 'm'),
    )
    const bad = await cli(['list', '--state', 'finished'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe("tasklist: --state must be open, closed or all; got 'finished'\n")

    const reset = await cli(['reset', String(id), 'data-validation'])
    expect(reset.stderr).toBe('')
    expect(reset.stdout).toContain(`TaskList #${id} was closed; reopened it`)
    expect(double.getIssue(REPO, id)).toMatchObject({ state: 'open', state_reason: 'reopened' })
    expect(JSON.parse((await cli(['list', '--json'])).stdout)).toMatchObject({ tasklists: [{ id, state: 'open' }] })
  })

  it('leaves a finished TaskList open by default, and a bot retry reopens a closed one', async () => {
    const id = await create()
    for (const task of TASKS.split('\n'))
      await job().step({
        command: 'run',
        'tasklist-id': String(id),
        task,
        run: task === 'data-validation' ? 'exit 1' : 'true',
      })
    expect(double.getIssue(REPO, id)?.state).toBe('open')
    double.actAs('mona').editIssue(REPO, id, { state: 'closed' })
    const posted = double.actAs('mona').comment(REPO, id, '/tasklist retry data-validation')
    const payload = {
      action: 'created',
      issue: {
        number: id,
        body: double.getIssue(REPO, id)?.body ?? '',
        user: { login: 'github-actions[bot]', type: 'Bot' },
        labels: double.getIssue(REPO, id)?.labels ?? [],
      },
      comment: { id: posted.id, body: '/tasklist retry data-validation', user: { login: 'mona', type: 'User' } },
      sender: { login: 'mona', type: 'User' },
    }
    const bot = await job({ event: { name: 'issue_comment', payload } }).step({ command: 'bot' })
    expect(bot.errors).toEqual([])
    expect(bot.outputs['bot-command']).toBe('retry data-validation')
    expect(double.getIssue(REPO, id)).toMatchObject({ state: 'open', state_reason: 'reopened' })
  })

  it('rejects a value that is not a boolean, before any request', async () => {
    const before = double.stats().requests
    const bad = await job().step({ command: 'load', 'tasklist-id': '1', 'close-on-complete': 'yes' })
    expect(bad.errors).toEqual(["Invalid input 'close-on-complete': 'yes' is not true or false"])
    expect(double.stats().requests).toBe(before)
  })
})

describe('the bot links the run it dispatched', () => {
  const require = createRequire(import.meta.url)
  const examples = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as Array<{ name: string; examples: Array<Record<string, unknown> & { action?: string }> }>

  async function resume(id: number): Promise<StepResult> {
    const posted = double.actAs('mona').comment(REPO, id, '/tasklist resume')
    const payload = structuredClone(
      examples.find((e) => e.name === 'issue_comment')?.examples.find((e) => e.action === 'created') ?? {},
    )
    payload.issue = {
      ...(payload.issue as object),
      number: id,
      body: double.getIssue(REPO, id)?.body ?? '',
      labels: double.getIssue(REPO, id)?.labels ?? [],
    }
    payload.comment = {
      ...(payload.comment as object),
      id: posted.id,
      body: '/tasklist resume',
      user: { login: 'mona', type: 'User' },
    }
    payload.sender = { login: 'mona', type: 'User' }
    return job({ runId: '900', event: { name: 'issue_comment', payload } }).step({
      command: 'bot',
      'resume-workflow': 'resume.yml',
    })
  }

  describe('on GitHub.com, which answers with the run', () => {
    useGitHubDouble((started) => {
      double = started
    })
    it('replies with a link to the run', async () => {
      const id = await create()
      const step = await resume(id)
      expect(step.errors).toEqual([])
      expect(step.outputs.dispatched).toBe('true')
      const runId = double.dispatches[0]?.runId
      expect(runId).toBeGreaterThan(0)
      expect(double.listComments(REPO, id).at(-1)?.body).toBe(
        `@mona dispatched \`resume.yml\` on \`main\` to resume TaskList #${id}: [run ${runId}](https://github.com/${REPO}/actions/runs/${runId}).`,
      )
      expect(step.lines).toContain(
        `Dispatched resume.yml on main for TaskList #${id}: run ${runId}, https://github.com/${REPO}/actions/runs/${runId}`,
      )
    })
  })

  describe('on an older GitHub Enterprise Server, which answers 204', () => {
    useGitHubDouble(
      (started) => {
        double = started
      },
      { dispatchRunDetails: false },
    )
    it('says it dispatched, without a link it cannot know', async () => {
      const id = await create()
      const step = await resume(id)
      expect(step.errors).toEqual([])
      expect(step.outputs.dispatched).toBe('true')
      expect(double.dispatches).toHaveLength(1)
      expect(double.listComments(REPO, id).at(-1)?.body).toBe(
        `@mona dispatched \`resume.yml\` on \`main\` to resume TaskList #${id}. GitHub did not say which run it started; it is the newest run of \`resume.yml\`.`,
      )
    })
  })
})
