import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { CONTINUATION_LABEL, renderContinuationBody } from '../../src/domain/continuation.ts'
import type { GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job, type StepResult } from '../support/step-runner.ts'

const REPO = 'octo-org/migrations'
const TASKS = 'database-migration\napplication-migration\ndata-validation'

interface Example {
  name: string
  examples: Array<Record<string, unknown> & { action?: string }>
}
const require = createRequire(import.meta.url)
const examples = JSON.parse(
  readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
) as Example[]

/** A real example payload of GitHub's, with the fields this test controls replaced. */
function examplePayload(event: string, action: string): Record<string, unknown> {
  const found = examples
    .find((e) => e.name === event)
    ?.examples.find((e) => e.action === action && (event !== 'issues' || 'changes' in e))
  if (found === undefined) throw new Error(`no ${event}.${action} example`)
  return structuredClone(found)
}

function user(login: string): Record<string, unknown> {
  const bot = login.endsWith('[bot]')
  return {
    login,
    id: bot ? 41898282 : 583231,
    node_id: 'MDQ6VXNlcjU4MzIzMQ==',
    type: bot ? 'Bot' : 'User',
    site_admin: false,
  }
}

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})

async function createTaskList(): Promise<number> {
  const created = await new Job({ apiUrl: double.apiUrl, runId: '1' }).step({
    command: 'create',
    title: 'Migrate',
    tasks: TASKS,
  })
  return Number(created.outputs['tasklist-id'])
}

async function runTask(id: number, task: string, script: string): Promise<void> {
  await new Job({ apiUrl: double.apiUrl, runId: '2' }).step({
    command: 'run',
    'tasklist-id': String(id),
    task,
    run: script,
  })
}

/** Someone comments; the bot workflow runs on that issue_comment event. */
async function comment(
  id: number,
  login: string,
  text: string,
  inputs: Record<string, string> = {},
): Promise<{ step: StepResult; commentId: number }> {
  const posted = double.actAs(login).comment(REPO, id, text)
  const issue = double.getIssue(REPO, id)
  const payload = examplePayload('issue_comment', 'created')
  payload.issue = {
    ...(payload.issue as object),
    number: id,
    body: issue?.body ?? '',
    user: user('github-actions[bot]'),
    labels: issue?.labels ?? [],
  }
  payload.comment = { ...(payload.comment as object), id: posted.id, body: text, user: user(login) }
  payload.sender = user(login)
  const job = new Job({ apiUrl: double.apiUrl, runId: '900', job: 'bot', event: { name: 'issue_comment', payload } })
  return { step: await job.step({ command: 'bot', 'resume-workflow': 'resume.yml', ...inputs }), commentId: posted.id }
}

/** Someone edits the body; the bot workflow runs on that issues.edited event. */
async function editBody(id: number, login: string, edit: (body: string) => string): Promise<StepResult> {
  const before = double.getIssue(REPO, id)?.body ?? ''
  const after = edit(before)
  double.actAs(login).editIssueBody(REPO, id, after)
  const payload = examplePayload('issues', 'edited')
  payload.issue = {
    ...(payload.issue as object),
    number: id,
    body: after,
    user: user('github-actions[bot]'),
    labels: double.getIssue(REPO, id)?.labels ?? [],
  }
  payload.changes = { body: { from: before } }
  payload.sender = user(login)
  return new Job({ apiUrl: double.apiUrl, runId: '901', job: 'bot', event: { name: 'issues', payload } }).step({
    command: 'bot',
  })
}

const reactionsOn = (target: { issue: number } | { comment: number }) =>
  double.reactions(REPO, target).map((r) => r.content)
const lastComment = (id: number) => double.listComments(REPO, id).at(-1)?.body ?? ''
const statusOf = (id: number, task: string) =>
  new RegExp(`- \\[[ x]\\] ${task} \\((\\w+)`).exec(double.getIssue(REPO, id)?.body ?? '')?.[1]

describe('slash commands', () => {
  it('/tasklist status replies with the table', async () => {
    const id = await createTaskList()
    const { step, commentId } = await comment(id, 'mona', '/tasklist status')
    expect(step.exitCode).toBe(0)
    expect(step.outputs['bot-command']).toBe('status')
    expect(lastComment(id)).toContain('| t1 | database-migration | PENDING |')
    expect(reactionsOn({ comment: commentId })).toEqual(['eyes', 'rocket'])
  })

  it('/tasklist retry sends a FAILED task back to PENDING, recorded for the person who asked', async () => {
    const id = await createTaskList()
    await runTask(id, 'database-migration', 'exit 1')
    const { step, commentId } = await comment(id, 'mona', '/tasklist retry database-migration')
    expect(step.exitCode).toBe(0)
    expect(step.outputs['bot-command']).toBe('retry database-migration')
    expect(step.lines).toContain('[t1] database-migration: FAILED -> PENDING')
    expect(statusOf(id, 'database-migration')).toBe('PENDING')
    const record = lastComment(id)
    expect(record).toContain('`FAILED -> PENDING`')
    expect(record).toContain('at the request of @\u200bmona')
    expect(JSON.parse(/<!-- tasklist:record (\{.*\}) -->/.exec(record)?.[1] ?? '{}')).toMatchObject({
      op: 'retry',
      authority: 'operator',
      requestedBy: 'mona',
    })
    expect(reactionsOn({ comment: commentId })).toEqual(['eyes', 'rocket'])
    expect(JSON.parse(step.outputs.tasks ?? '{}')).toMatchObject({ 'database-migration': 'PENDING' })
  })

  it('/tasklist reset sends a COMPLETE task back to PENDING, deliberately, so it runs again', async () => {
    const id = await createTaskList()
    await runTask(id, 'database-migration', 'true')
    const { step } = await comment(id, 'mona', '/tasklist reset database-migration')
    expect(step.outputs['bot-command']).toBe('reset database-migration')
    expect(statusOf(id, 'database-migration')).toBe('PENDING')
    expect(lastComment(id)).toContain('Reset to run again')
    const rerun = await new Job({ apiUrl: double.apiUrl, runId: '3' }).step({
      command: 'run',
      'tasklist-id': String(id),
      task: 'database-migration',
      run: 'echo AGAIN',
    })
    expect(rerun.lines).toContain('AGAIN')
  })

  it('/tasklist skip records the reason', async () => {
    const id = await createTaskList()
    const { step } = await comment(id, 'mona', '/tasklist skip data-validation validated by hand on staging')
    expect(step.outputs['bot-command']).toBe('skip data-validation')
    expect(statusOf(id, 'data-validation')).toBe('SKIPPED')
    expect(lastComment(id)).toContain('> validated by hand on staging')
  })

  it('/tasklist resume dispatches the resume workflow with the TaskList ID', async () => {
    const id = await createTaskList()
    const { step, commentId } = await comment(id, 'mona', '/tasklist resume')
    expect(step.exitCode).toBe(0)
    expect(step.outputs.dispatched).toBe('true')
    expect(double.dispatches).toHaveLength(1)
    expect(double.dispatches[0]).toMatchObject({ ref: 'main', inputs: { 'tasklist-id': String(id) } })
    expect(JSON.stringify(double.dispatches[0])).toContain('resume.yml')
    expect(reactionsOn({ comment: commentId })).toEqual(['eyes', 'rocket'])
    const badRef = await comment(id, 'mona', '/tasklist resume', { ref: 'no-such-branch' })
    expect(badRef.step.exitCode).toBe(1)
    expect(badRef.step.errors[0]).toMatch(/\/tasklist resume could not dispatch resume.yml on no-such-branch/)
    expect(lastComment(id)).toMatch(/^@mona could not dispatch `resume.yml` on `no-such-branch`/)
    expect(reactionsOn({ comment: badRef.commentId })).toEqual(['eyes', 'confused'])
    expect(double.dispatches).toHaveLength(1)
  })

  it('answers an unknown command or task with the list of commands, and changes nothing', async () => {
    const id = await createTaskList()
    const unknown = await comment(id, 'mona', '/tasklist frobnicate everything')
    expect(unknown.step.exitCode).toBe(0)
    expect(unknown.step.outputs['bot-command']).toBe('invalid')
    expect(lastComment(id)).toContain('`frobnicate` is not a command')
    expect(lastComment(id)).toContain('/tasklist retry <task>')
    expect(reactionsOn({ comment: unknown.commentId })).toEqual(['eyes', 'confused'])
    const noTask = await comment(id, 'mona', '/tasklist retry no-such-task')
    expect(lastComment(id)).toContain("has no task 'no-such-task'")
    expect(lastComment(id)).toContain('/tasklist status')
    expect(reactionsOn({ comment: noTask.commentId })).toEqual(['eyes', 'confused'])
    const illegal = await comment(id, 'mona', '/tasklist retry database-migration')
    expect(lastComment(id)).toContain("'retry' needs FAILED, but it is PENDING")
    expect(illegal.step.outputs['bot-command']).toBe('invalid')
    expect(statusOf(id, 'database-migration')).toBe('PENDING')
  })

  it('acts only on the exact command word, and ignores ordinary comments silently', async () => {
    const id = await createTaskList()
    const before = double.stats().writes
    for (const text of [
      'Looks good to me',
      '/tasklistretry database-migration',
      'please /tasklist status',
      '/TASKLIST status',
    ]) {
      const { step } = await comment(id, 'mona', text)
      expect(step.exitCode).toBe(0)
      expect(step.outputs['bot-command']).toBe('none')
    }
    expect(double.stats().writes).toBe(before)
  })
})

describe('who may command', () => {
  it('refuses someone without write access with a reaction and a reply, and changes nothing', async () => {
    const id = await createTaskList()
    await runTask(id, 'database-migration', 'exit 1')
    const { step, commentId } = await comment(id, 'outsider', '/tasklist retry database-migration')
    expect(step.exitCode).toBe(0)
    expect(step.outputs['bot-command']).toBe('refused')
    expect(reactionsOn({ comment: commentId })).toEqual(['eyes', 'confused'])
    expect(lastComment(id)).toMatch(/^@outsider only people with at least `write` access .* you have `read`/)
    expect(statusOf(id, 'database-migration')).toBe('FAILED')
  })

  it('ignores bots, itself included, so it cannot loop', async () => {
    const id = await createTaskList()
    const before = double.stats().writes
    const { step } = await comment(id, 'github-actions[bot]', '/tasklist reset database-migration')
    expect(step.outputs['bot-command']).toBe('none')
    const edited = await editBody(id, 'github-actions[bot]', (body) =>
      body.replace('- [ ] data-validation', '- [x] data-validation'),
    )
    expect(edited.outputs['bot-command']).toBe('none')
    expect(double.stats().writes).toBe(before)
  })

  it('points a command on a continuation issue to its TaskList, and changes nothing', async () => {
    const id = await createTaskList()
    await runTask(id, 'database-migration', 'exit 1')
    const continuation = double.actAs('mona').createIssue(REPO, {
      title: 'Migrate (records, part 2)',
      body: renderContinuationBody({ tasklist: id, previous: id, title: 'Migrate' }),
      labels: [CONTINUATION_LABEL],
    })
    const before = double.listComments(REPO, id).length
    const { step, commentId } = await comment(continuation.number, 'mona', '/tasklist retry database-migration')
    expect(step.exitCode).toBe(0)
    expect(step.outputs['bot-command']).toBe('invalid')
    expect(lastComment(continuation.number)).toBe(
      `@mona this issue holds only later records of TaskList #${id}; comment the command on #${id}, where the TaskList is. Nothing was changed.`,
    )
    expect(reactionsOn({ comment: commentId })).toEqual(['eyes', 'confused'])
    expect(statusOf(id, 'database-migration')).toBe('FAILED')
    expect(double.listComments(REPO, id)).toHaveLength(before)

    const { step: chat } = await comment(continuation.number, 'mona', 'all good here')
    expect(chat.outputs['bot-command']).toBe('none')
  })

  it('ignores issues that are not TaskLists', async () => {
    const plain = double.actAs('mona').createIssue(REPO, { title: 'Bug', body: 'It broke' })
    const before = double.stats().writes
    const { step } = await comment(plain.number, 'mona', '/tasklist status')
    expect(step.exitCode).toBe(0)
    expect(step.outputs['bot-command']).toBe('none')
    expect(double.stats().writes).toBe(before)
  })
})

describe('checkboxes', () => {
  it('ticking a PENDING task skips it, with the person recorded', async () => {
    const id = await createTaskList()
    const step = await editBody(id, 'mona', (body) => body.replace('- [ ] data-validation', '- [x] data-validation'))
    expect(step.exitCode).toBe(0)
    expect(step.outputs['bot-command']).toBe('skip data-validation')
    expect(statusOf(id, 'data-validation')).toBe('SKIPPED')
    expect(lastComment(id)).toContain('> ticked by @\u200bmona')
    expect(reactionsOn({ issue: id })).toEqual(['eyes', 'rocket'])
  })

  it('unticking a COMPLETE task resets it, and text people added survives', async () => {
    const id = await createTaskList()
    await runTask(id, 'database-migration', 'true')
    const step = await editBody(
      id,
      'mona',
      (body) =>
        `Rollback plan: see runbook.\n\n${body.replace('- [x] database-migration', '- [ ] database-migration')}`,
    )
    expect(step.outputs['bot-command']).toBe('reset database-migration')
    expect(statusOf(id, 'database-migration')).toBe('PENDING')
    expect(double.getIssue(REPO, id)?.body?.startsWith('Rollback plan: see runbook.\n\n')).toBe(true)
  })

  it('ticking a FAILED task skips it; boxes that ask for nothing legal are redrawn', async () => {
    const id = await createTaskList()
    await runTask(id, 'database-migration', 'exit 1')
    await new Job({ apiUrl: double.apiUrl, runId: '4' }).step({
      command: 'start',
      'tasklist-id': String(id),
      task: 'application-migration',
    })
    const step = await editBody(id, 'mona', (body) =>
      body
        .replace('- [ ] database-migration', '- [x] database-migration')
        .replace('- [ ] application-migration', '- [x] application-migration'),
    )
    expect(step.outputs['bot-command']).toBe('skip database-migration')
    expect(statusOf(id, 'database-migration')).toBe('SKIPPED')
    expect(statusOf(id, 'application-migration')).toBe('IN_PROGRESS')
    expect(double.getIssue(REPO, id)?.body).toContain('- [ ] application-migration (IN_PROGRESS')
  })

  it('puts the box back when someone without write access ticks it', async () => {
    const id = await createTaskList()
    const step = await editBody(id, 'outsider', (body) =>
      body.replace('- [ ] data-validation', '- [x] data-validation'),
    )
    expect(step.outputs['bot-command']).toBe('refused')
    expect(statusOf(id, 'data-validation')).toBe('PENDING')
    expect(double.getIssue(REPO, id)?.body).toContain('- [ ] data-validation (PENDING)')
    expect(reactionsOn({ issue: id })).toEqual(['eyes', 'confused'])
    expect(lastComment(id)).toMatch(/^@outsider only people with at least `write` access/)
  })

  it('ignores edits that change no box', async () => {
    const id = await createTaskList()
    const before = double.stats().writes
    const step = await editBody(id, 'mona', (body) => `${body}\n\nA note.`)
    expect(step.outputs['bot-command']).toBe('none')
    expect(double.stats().writes).toBe(before)
  })
})
