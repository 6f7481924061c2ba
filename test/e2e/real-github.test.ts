// The bundled action against a double that behaves as GitHub really does: look-alike issues and pull
// requests, tokens that may not write or are not trusted, labels GitHub drops, locked conversations,
// and records that people with write access edit or delete.
import { Octokit } from '@octokit/rest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBody, renderBody } from '../../src/domain/body.ts'
import { fold, trustedAuthors } from '../../src/domain/fold.ts'
import { genesisSnapshot, specsOf } from '../../src/domain/snapshot.ts'
import { MAINTAINER_TOKEN, OUTSIDER_TOKEN, WRITER_TOKEN, type GitHubDouble } from '../double/index.ts'
import { useGitHubDouble } from '../support/github-double.ts'
import { Job, type StepResult } from '../support/step-runner.ts'

const REPO = 'octo-org/migrations'
const [OWNER, NAME] = REPO.split('/') as [string, string]
const TASKS = 'database-migration\napplication-migration\ndata-validation'
const BOT = 'github-actions[bot]'

let double: GitHubDouble
useGitHubDouble((started) => {
  double = started
})

let runs = 7000
function job(options: { token?: string; runId?: string } = {}): Job {
  return new Job({
    apiUrl: double.apiUrl,
    runId: options.runId ?? String(runs++),
    ...(options.token === undefined ? {} : { token: options.token }),
  })
}

function octokit(token: string): Octokit {
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  return new Octokit({ auth: token, baseUrl: double.apiUrl, log: quiet })
}

async function createTaskList(extra: Record<string, string> = {}): Promise<number> {
  const created = await job().step({ command: 'create', title: 'Migrate', tasks: TASKS, ...extra })
  expect(created.errors).toEqual([])
  return Number(created.outputs['tasklist-id'])
}

function statuses(step: StepResult): Record<string, string> {
  return JSON.parse(step.outputs.tasks ?? '{}') as Record<string, string>
}

/** Writes GitHub applied (any 2xx answer to a POST, PATCH, PUT or DELETE) since `from` in the timeline. */
function appliedWritesSince(from: number): string[] {
  return double.timeline
    .slice(from)
    .filter((e) => e.method !== 'GET' && e.status >= 200 && e.status < 300)
    .map((e) => `${e.method} ${e.path}`)
}

/** The step fails with one error line matching `message`, and GitHub holds nothing it wrote. */
async function expectRefusedWithoutWrites(step: () => Promise<StepResult>, message: RegExp): Promise<StepResult> {
  const from = double.timeline.length
  const result = await step()
  expect(result.exitCode).toBe(1)
  expect(result.errors).toHaveLength(1)
  expect(result.errors[0]).toMatch(message)
  expect(appliedWritesSince(from)).toEqual([])
  return result
}

/** Puts the body back to the fold of the record up to (and including) comment `uptoId`: a lagging body. */
function lagBodyTo(id: number, uptoId: number): void {
  const parsed = parseBody(double.getIssue(REPO, id)?.body)
  if (parsed.kind !== 'ok') throw new Error('not a TaskList')
  const snapshot = parsed.snapshot
  const genesis = genesisSnapshot({
    title: snapshot.title,
    ...(snapshot.key === undefined ? {} : { key: snapshot.key }),
    trusted: snapshot.trusted,
    tasks: specsOf(snapshot),
    now: snapshot.created,
  })
  const comments = double
    .listComments(REPO, id)
    .filter((c) => c.id <= uptoId)
    .map((c) => ({ id: c.id, createdAt: c.created_at, login: c.user?.login ?? '', body: c.body ?? '' }))
  const lagging = fold(genesis, comments, trustedAuthors(BOT, snapshot.trusted)).snapshot
  double.actAs(BOT).editIssueBody(REPO, id, renderBody(lagging, parsed.parts))
}

function recordComments(id: number): Array<{ id: number; body: string }> {
  return double
    .listComments(REPO, id)
    .filter((c) => (c.body ?? '').includes('tasklist:record'))
    .map((c) => ({ id: c.id, body: c.body ?? '' }))
}

describe('a TaskList is an issue that a trusted account made a TaskList', () => {
  it("refuses a stranger's look-alike issue for load and run, and writes nothing to it", async () => {
    const id = await createTaskList()
    expect(
      (await job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: 'true' }))
        .exitCode,
    ).toBe(0)
    // A copied body and copied records; the label is dropped by GitHub, as she has no push access.
    const copy = await octokit(OUTSIDER_TOKEN).rest.issues.create({
      owner: OWNER,
      repo: NAME,
      title: 'Migrate',
      body: double.getIssue(REPO, id)?.body ?? '',
      labels: ['tasklist'],
    })
    expect(copy.data.labels).toEqual([])
    for (const c of recordComments(id)) double.actAs('outsider').comment(REPO, copy.data.number, c.body)
    const lookAlike = String(copy.data.number)
    const loaded = await expectRefusedWithoutWrites(
      () => job().step({ command: 'load', 'tasklist-id': lookAlike }),
      /is not a TaskList: it does not carry the label `tasklist`/,
    )
    expect(loaded.lines.join('\n')).not.toContain('VERIFIED')
    const marker = join(job().dir, 'ran')
    await expectRefusedWithoutWrites(
      () =>
        job().step({
          command: 'run',
          'tasklist-id': lookAlike,
          task: 'application-migration',
          run: `touch ${marker}`,
        }),
      /is not a TaskList/,
    )
    expect(existsSync(marker)).toBe(false)
  })

  it('refuses a pull request whose description pastes a TaskList, even one a maintainer labelled', async () => {
    const id = await createTaskList()
    const pr = double.actAs('outsider').createPullRequest(REPO, {
      title: 'Improve docs',
      body: double.getIssue(REPO, id)?.body ?? '',
    })
    double.actAs('mona').editIssue(REPO, pr.number, { labels: ['tasklist'] })
    await expectRefusedWithoutWrites(
      () => job().step({ command: 'load', 'tasklist-id': String(pr.number) }),
      new RegExp(`#${pr.number} is not a TaskList: it is a pull request`),
    )
    await expectRefusedWithoutWrites(
      () => job().step({ command: 'start', 'tasklist-id': String(pr.number), task: 'database-migration' }),
      /is a pull request/,
    )
  })
})

describe('the bot on look-alikes', () => {
  /** Someone with write access comments a command; the bot workflow runs on that issue_comment event. */
  async function commandOn(issue: number, pullRequest: boolean): Promise<StepResult> {
    const text = '/tasklist reset database-migration'
    const posted = double.actAs('mona').comment(REPO, issue, text)
    const got = double.getIssue(REPO, issue)
    const login = (name: string) => ({ login: name, id: 583231, type: name.endsWith('[bot]') ? 'Bot' : 'User' })
    const payload = {
      action: 'created',
      issue: {
        number: issue,
        body: got?.body ?? '',
        user: login(got?.user.login ?? 'outsider'),
        labels: got?.labels ?? [],
        ...(pullRequest ? { pull_request: got?.pull_request ?? {} } : {}),
      },
      comment: { id: posted.id, body: text, user: login('mona') },
      sender: login('mona'),
    }
    return new Job({ apiUrl: double.apiUrl, runId: '950', job: 'bot', event: { name: 'issue_comment', payload } }).step(
      { command: 'bot' },
    )
  }

  it('ignores a look-alike issue and a pull request silently: no reply, no reaction, no record', async () => {
    const id = await createTaskList()
    await job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: 'true' })
    const body = double.getIssue(REPO, id)?.body ?? ''
    const copy = await octokit(OUTSIDER_TOKEN).rest.issues.create({
      owner: OWNER,
      repo: NAME,
      title: 'Migrate',
      body,
      labels: ['tasklist'],
    })
    const pr = double.actAs('outsider').createPullRequest(REPO, { title: 'Docs', body })
    double.actAs('mona').editIssue(REPO, pr.number, { labels: ['tasklist'] })
    for (const [issue, isPr] of [
      [copy.data.number, false],
      [pr.number, true],
    ] as const) {
      const from = double.timeline.length
      const step = await commandOn(issue, isPr)
      expect(step.exitCode).toBe(0)
      expect(step.outputs['bot-command']).toBe('none')
      expect(appliedWritesSince(from)).toEqual([])
      expect(double.reactions(REPO, { issue })).toEqual([])
      expect(double.listComments(REPO, issue)).toHaveLength(1)
    }
    // The real TaskList still answers.
    const real = await commandOn(id, false)
    expect(real.outputs['bot-command']).toBe('reset database-migration')
  })
})

describe('no write before the step knows it may write', () => {
  it("fails a read-only token's run and create, with nothing left on GitHub", async () => {
    const id = await createTaskList()
    double.addToken('ghs_read_only', { login: BOT, type: 'Bot', permissions: { issues: 'read' } })
    const marker = join(job().dir, 'ran')
    await expectRefusedWithoutWrites(
      () =>
        job({ token: 'ghs_read_only' }).step({
          command: 'run',
          'tasklist-id': String(id),
          task: 'database-migration',
          run: `touch ${marker}`,
        }),
      /issues: write/,
    )
    expect(existsSync(marker)).toBe(false)
    const before = double.listIssues(REPO).length
    await expectRefusedWithoutWrites(
      () => job({ token: 'ghs_read_only' }).step({ command: 'create', title: 'Other', tasks: 'one' }),
      /issues: write/,
    )
    expect(double.listIssues(REPO)).toHaveLength(before)
  })

  it("refuses a person's token the TaskList does not trust before writing, and names both accounts", async () => {
    const id = await createTaskList()
    const marker = join(job().dir, 'ran')
    const result = await expectRefusedWithoutWrites(
      () =>
        job({ token: 'ghp_maintainer' }).step({
          command: 'run',
          'tasklist-id': String(id),
          task: 'database-migration',
          run: `touch ${marker}`,
        }),
      /the token acts as @mona, but TaskList #\d+ trusts @github-actions\[bot\]/,
    )
    expect(result.errors[0]).toMatch(/trusted-authors/)
    expect(existsSync(marker)).toBe(false)
  })

  it("removes what another app's installation token wrote, since GitHub names its account only on a write", async () => {
    const id = await createTaskList()
    double.addToken('ghs_other_app', { login: 'deploy-app[bot]', type: 'Bot' })
    const marker = join(job().dir, 'ran')
    const from = double.timeline.length
    const body = double.getIssue(REPO, id)?.body
    const result = await job({ token: 'ghs_other_app' }).step({
      command: 'run',
      'tasklist-id': String(id),
      task: 'database-migration',
      run: `touch ${marker}`,
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatch(
      /the token acts as @deploy-app\[bot\], but TaskList #\d+ trusts @github-actions\[bot\].*trusted-authors/,
    )
    expect(existsSync(marker)).toBe(false)
    // The one comment it wrote is deleted again; nothing else was written.
    expect(appliedWritesSince(from)).toEqual([
      `POST /repos/${REPO}/issues/${id}/comments`,
      expect.stringMatching(new RegExp(`^DELETE /repos/${REPO}/issues/comments/\\d+$`)),
    ])
    expect(double.listComments(REPO, id)).toEqual([])
    expect(double.getIssue(REPO, id)?.body).toBe(body)
  })

  it('fails a create whose labels GitHub dropped, naming the missing push access, and leaves no open issue', async () => {
    double.store.repo(REPO).collaborators.set('trina', 'triage')
    double.addToken('ghp_triage', { login: 'trina', type: 'User' })
    const created = await job({ token: 'ghp_triage' }).step({
      command: 'create',
      title: 'Migrate',
      tasks: TASKS,
      key: 'migration-v2',
    })
    expect(created.exitCode).toBe(1)
    expect(created.errors).toHaveLength(1)
    expect(created.errors[0]).toMatch(/GitHub dropped the labels.*push access.*@trina/)
    expect(double.listIssues(REPO).filter((i) => i.state === 'open')).toEqual([])
    for (const issue of double.listIssues(REPO)) expect(parseBody(issue.body).kind).toBe('not-tasklist')
  })
})

describe('locking the conversation at create', () => {
  const LOCKED = 'Unable to create comment because issue is locked.'
  const statusOfComment = (token: string, id: number) =>
    octokit(token)
      .rest.issues.createComment({ owner: OWNER, repo: NAME, issue_number: id, body: 'a comment' })
      .then(
        () => ({ status: 201, message: '' }),
        (error: unknown) => ({ status: (error as { status: number }).status, message: (error as Error).message }),
      )

  it("locks the TaskList issue with lock: true and a person's token: strangers cannot comment, people with write access run it", async () => {
    const maintainer = job({ token: MAINTAINER_TOKEN })
    const created = await maintainer.step({ command: 'create', title: 'Migrate', tasks: TASKS, lock: 'true' })
    expect(created.errors).toEqual([])
    const id = Number(created.outputs['tasklist-id'])
    expect(double.getIssue(REPO, id)?.locked).toBe(true)
    expect(await statusOfComment(OUTSIDER_TOKEN, id)).toMatchObject({
      status: 403,
      message: expect.stringContaining(LOCKED) as unknown,
    })
    const run = await maintainer.step({
      command: 'run',
      'tasklist-id': String(id),
      task: 'database-migration',
      run: 'true',
    })
    expect(run.outputs['task-status']).toBe('COMPLETE')
    // GITHUB_TOKEN's bot may not comment on a locked issue: its step fails, naming why, and writes nothing.
    const from = double.timeline.length
    const bot = await job().step({
      command: 'run',
      'tasklist-id': String(id),
      task: 'application-migration',
      run: 'true',
    })
    expect(bot.exitCode).toBe(1)
    expect(bot.errors.join('\n')).toMatch(/its conversation is locked.*not GITHUB_TOKEN or a GitHub App/)
    expect(appliedWritesSince(from)).toEqual([])
    const unlocked = await createTaskList({ lock: 'false' })
    expect(double.getIssue(REPO, unlocked)?.locked).toBe(false)
  })

  it('refuses lock: true with GITHUB_TOKEN or an app token, before writing: it could write no record after it', async () => {
    await expectRefusedWithoutWrites(
      () => job().step({ command: 'create', title: 'Migrate', tasks: TASKS, lock: 'true' }),
      /Invalid input 'lock': GitHub lets no app comment on a locked issue/,
    )
  })

  it('locks the TaskList a key already names when lock: true asks for it, once', async () => {
    const id = await createTaskList({ key: 'locked-later' })
    expect(double.getIssue(REPO, id)?.locked).toBe(false)
    const relock = () =>
      job({ token: MAINTAINER_TOKEN }).step({
        command: 'create',
        title: 'Migrate',
        tasks: TASKS,
        key: 'locked-later',
        lock: 'true',
      })
    expect((await relock()).outputs['tasklist-id']).toBe(String(id))
    expect(double.getIssue(REPO, id)?.locked).toBe(true)
    const from = double.timeline.length
    expect((await relock()).outputs['tasklist-id']).toBe(String(id))
    expect(appliedWritesSince(from)).toEqual([])
  })

  it('refuses a lock value that is not true or false, before writing', async () => {
    await expectRefusedWithoutWrites(
      () => job().step({ command: 'create', title: 'Migrate', tasks: TASKS, lock: 'yes' }),
      /lock.*true.*false/,
    )
  })
})

describe('edited and deleted records change no status silently', () => {
  it('fails on an edit of the newest record while the body lags, naming the comment and the task', async () => {
    const id = await createTaskList()
    await job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: 'true' })
    const [start, complete] = recordComments(id)
    if (start === undefined || complete === undefined) throw new Error('expected two records')
    lagBodyTo(id, start.id)
    // Someone with write access turns COMPLETE into FAILED in the hidden block.
    await octokit(WRITER_TOKEN).rest.issues.updateComment({
      owner: OWNER,
      repo: NAME,
      comment_id: complete.id,
      body: complete.body.replace('"op":"complete"', '"op":"fail"').replace('"to":"COMPLETE"', '"to":"FAILED"'),
    })
    const message = new RegExp(`comment ${complete.id}.*database-migration.*edit history`)
    await expectRefusedWithoutWrites(() => job().step({ command: 'load', 'tasklist-id': String(id) }), message)
    const marker = join(job().dir, 'ran')
    await expectRefusedWithoutWrites(
      () =>
        job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: `touch ${marker}` }),
      message,
    )
    expect(existsSync(marker)).toBe(false)
    // Restoring the comment settles it.
    await octokit(WRITER_TOKEN).rest.issues.updateComment({
      owner: OWNER,
      repo: NAME,
      comment_id: complete.id,
      body: complete.body,
    })
    const settled = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(statuses(settled)['database-migration']).toBe('COMPLETE')
  })

  it('ignores an edit of a record the body has folded: the state stays what the original said', async () => {
    const id = await createTaskList()
    await job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: 'true' })
    const complete = recordComments(id).at(-1)
    if (complete === undefined) throw new Error('no record')
    await octokit(WRITER_TOKEN).rest.issues.updateComment({
      owner: OWNER,
      repo: NAME,
      comment_id: complete.id,
      body: complete.body.replace('"to":"COMPLETE"', '"to":"FAILED"'),
    })
    const loaded = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(loaded.exitCode).toBe(0)
    expect(statuses(loaded)['database-migration']).toBe('COMPLETE')
    const again = await job().step({
      command: 'run',
      'tasklist-id': String(id),
      task: 'database-migration',
      run: 'exit 1',
    })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['should-run']).toBe('false')
  })

  it("does not take the action's own Not applied note for an edit", async () => {
    const id = await createTaskList()
    const start = { command: 'start', 'tasklist-id': String(id), task: 'database-migration', 'on-busy': 'skip' }
    const [a, b] = await Promise.all([job().step(start), job().step(start)])
    expect([a.outputs['should-run'], b.outputs['should-run']].sort()).toEqual(['false', 'true'])
    const first = recordComments(id)[0]
    if (first === undefined) throw new Error('no record')
    expect(recordComments(id).some((c) => c.body.startsWith('> [!NOTE]\n> Not applied'))).toBe(true)
    lagBodyTo(id, first.id - 1)
    const loaded = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(loaded.errors).toEqual([])
    expect(statuses(loaded)['database-migration']).toBe('IN_PROGRESS')
  })

  it('a deleted newest record with the body lagging takes the task back, and does not run it under a live claim', async () => {
    const id = await createTaskList()
    await job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: 'true' })
    const [start, complete] = recordComments(id)
    if (start === undefined || complete === undefined) throw new Error('expected two records')
    lagBodyTo(id, start.id - 1)
    await octokit(WRITER_TOKEN).rest.issues.deleteComment({ owner: OWNER, repo: NAME, comment_id: complete.id })
    const loaded = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(statuses(loaded)['database-migration']).toBe('IN_PROGRESS')
    const marker = join(job().dir, 'ran')
    const run = await job().step({
      command: 'run',
      'tasklist-id': String(id),
      task: 'database-migration',
      run: `touch ${marker}`,
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/held by/)
    expect(existsSync(marker)).toBe(false)
  })

  it('fails when a hand-edited block meets a record that lost records the block had folded', async () => {
    const id = await createTaskList()
    await job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: 'true' })
    for (const c of recordComments(id))
      await octokit(WRITER_TOKEN).rest.issues.deleteComment({ owner: OWNER, repo: NAME, comment_id: c.id })
    const body = double.getIssue(REPO, id)?.body ?? ''
    double.actAs('mona').editIssueBody(REPO, id, body.replace('"title":"Migrate"', '"title":"Migrate now"'))
    const marker = join(job().dir, 'ran')
    const message = /database-migration.*(edit history|reset)/
    await expectRefusedWithoutWrites(() => job().step({ command: 'load', 'tasklist-id': String(id) }), message)
    await expectRefusedWithoutWrites(
      () =>
        job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: `touch ${marker}` }),
      message,
    )
    expect(existsSync(marker)).toBe(false)
  })
})

describe('a body that lags behind its record (a writer stopped between its record and its redraw)', () => {
  const NOT_APPLIED = '> [!NOTE]\n> Not applied'

  it('a complete written on the lagging snapshot loses, and is recorded again under the claim the record shows', async () => {
    const id = await createTaskList()
    const step = { command: 'start', 'tasklist-id': String(id), task: 'database-migration' }
    expect((await job({ runId: '7500' }).step(step)).outputs['should-run']).toBe('true')
    // The run's second attempt takes the claim over from the first.
    const attempt2 = new Job({ apiUrl: double.apiUrl, runId: '7500', runAttempt: 2 })
    expect((await attempt2.step(step)).outputs['should-run']).toBe('true')
    const [start] = recordComments(id)
    if (start === undefined) throw new Error('expected the start record')
    lagBodyTo(id, start.id)
    const complete = await job().step({ command: 'complete', 'tasklist-id': String(id), task: 'database-migration' })
    expect(complete.errors).toEqual([])
    expect(complete.outputs['task-status']).toBe('COMPLETE')
    const records = recordComments(id)
    // start, takeover, the complete that lost (marked), the complete that won.
    expect(records).toHaveLength(4)
    expect(records.filter((c) => c.body.startsWith(NOT_APPLIED))).toHaveLength(1)
    expect(records[2]?.body.startsWith(NOT_APPLIED)).toBe(true)
    const loaded = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(statuses(loaded)['database-migration']).toBe('COMPLETE')
  })

  it('a request the whole record refuses fails as it would on a current body, its lost record marked', async () => {
    const id = await createTaskList()
    await job().step({ command: 'run', 'tasklist-id': String(id), task: 'database-migration', run: 'true' })
    const [start] = recordComments(id)
    if (start === undefined) throw new Error('expected the start record')
    lagBodyTo(id, start.id)
    const complete = await job().step({ command: 'complete', 'tasklist-id': String(id), task: 'database-migration' })
    expect(complete.exitCode).toBe(1)
    expect(complete.errors).toHaveLength(1)
    expect(complete.errors[0]).toMatch(/Cannot complete database-migration .*it is COMPLETE, which is final/)
    const records = recordComments(id)
    expect(records).toHaveLength(3)
    expect(records[2]?.body.startsWith(NOT_APPLIED)).toBe(true)
    const loaded = await job().step({ command: 'load', 'tasklist-id': String(id) })
    expect(statuses(loaded)['database-migration']).toBe('COMPLETE')
  })

  it('a request the lagging snapshot refuses is decided on the whole record before anything is written', async () => {
    const id = await createTaskList()
    await job().step({ command: 'start', 'tasklist-id': String(id), task: 'database-migration' })
    // The body still shows the task PENDING: complete needs IN_PROGRESS, which only the tail says.
    lagBodyTo(id, 0)
    const from = double.timeline.length
    const complete = await job().step({ command: 'complete', 'tasklist-id': String(id), task: 'database-migration' })
    expect(complete.errors).toEqual([])
    expect(complete.outputs['task-status']).toBe('COMPLETE')
    expect(appliedWritesSince(from).filter((w) => w.startsWith('POST'))).toHaveLength(1)
    expect(recordComments(id).some((c) => c.body.startsWith(NOT_APPLIED))).toBe(false)
  })
})
