// The GitHub double: faithful enough to trust, strict enough to catch contract violations.
import { Octokit } from '@octokit/rest'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ControlClient,
  DEFAULT_REPO,
  DEFAULT_TOKEN,
  MAINTAINER_TOKEN,
  OUTSIDER_TOKEN,
  WRITER_LOGIN,
  WRITER_TOKEN,
  startGitHubDouble,
} from './double/index.ts'
import type { GitHubDouble, GitHubDoubleOptions } from './double/index.ts'
import { sharedOpenApi } from './double/openapi.ts'
import { ROUTES } from './double/routes.ts'

const [owner, repo] = DEFAULT_REPO.split('/') as [string, string]

let double: GitHubDouble

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

function octokit(token = DEFAULT_TOKEN, d: GitHubDouble = double): Octokit {
  return new Octokit({ auth: token, baseUrl: d.apiUrl, log: quiet })
}

interface CallOptions {
  token?: string | null
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
  signal?: AbortSignal
  d?: GitHubDouble
}

async function call(
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const d = options.d ?? double
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...options.headers }
  const token = options.token === undefined ? DEFAULT_TOKEN : options.token
  if (token !== null) headers.authorization = `Bearer ${token}`
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${d.apiUrl}${path}`, { method, headers, body, signal: options.signal })
  const text = await res.text()
  return { status: res.status, headers: res.headers, json: text === '' ? undefined : (JSON.parse(text) as unknown) }
}

/** Asserts the violations recorded so far match, then forgets them (so afterEach sees a clean double). */
function expectViolations(...patterns: RegExp[]): void {
  expect(double.violations).toHaveLength(patterns.length)
  patterns.forEach((p, i) => expect(double.violations[i]).toMatch(p))
  double.clearViolations()
}

async function start(options: GitHubDoubleOptions = {}): Promise<GitHubDouble> {
  double = await startGitHubDouble(options)
  return double
}

beforeEach(async () => {
  await start()
})

afterEach(async () => {
  const left = [...double.violations]
  await double.close()
  expect(left).toEqual([])
})

describe('contract', () => {
  it('answers octokit with schema-valid fixtures', async () => {
    const gh = octokit()
    const { data } = await gh.rest.repos.get({ owner, repo })
    expect(data).toMatchObject({ full_name: DEFAULT_REPO, default_branch: 'main', private: false })
    const me = await octokit(MAINTAINER_TOKEN).rest.users.getAuthenticated()
    expect(me.data).toMatchObject({ login: 'mona', type: 'User' })
    const perm = await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'mona' })
    expect(perm.data).toMatchObject({ permission: 'admin', role_name: 'admin', user: { login: 'mona' } })
    const outsider = await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'outsider' })
    expect(outsider.data.permission).toBe('read')
  })

  it('rejects a wrong-typed body field with 422 and records it', async () => {
    const res = await call('POST', `/repos/${owner}/${repo}/issues/1/comments`, { body: { body: 42 } })
    expect(res.status).toBe(422)
    expect(res.json).toMatchObject({ message: 'Validation Failed', errors: [{ field: 'body', code: 'invalid' }] })
    expect((res.json as { documentation_url: string }).documentation_url).toContain('docs.github.com')
    const viaOctokit = octokit().request('POST /repos/{owner}/{repo}/issues', {
      owner,
      repo,
      title: 'x',
      labels: 'not-an-array' as unknown as string[],
    })
    await expect(viaOctokit).rejects.toMatchObject({ status: 422 })
    expectViolations(
      /issues\/1\/comments \[issues\/create-comment\]: request rejected: body \/body must be string/,
      /\/labels must be array/,
    )
  })

  it('rejects bad query values, missing bodies, bad JSON and bad path params', async () => {
    expect((await call('GET', `/repos/${owner}/${repo}/issues?state=opened`)).status).toBe(422)
    expect((await call('GET', `/repos/${owner}/${repo}/issues?per_page=many`)).status).toBe(422)
    expect((await call('POST', `/repos/${owner}/${repo}/issues`)).status).toBe(422)
    expect((await call('POST', `/repos/${owner}/${repo}/issues`, { rawBody: '{"title":' })).status).toBe(400)
    expect((await call('GET', `/repos/${owner}/${repo}/issues/abc`)).status).toBe(404)
    expectViolations(
      /state=.*must be equal to one of the allowed values \(open, closed, all\)/,
      /per_page/,
      /request body is required/,
      /not valid JSON/,
      /issue_number/,
    )
  })

  it('records unknown fields that GitHub would silently ignore', async () => {
    const res = await call('GET', `/repos/${owner}/${repo}/issues?label=tasklist`)
    expect(res.status).toBe(200)
    await octokit().rest.issues.create({ owner, repo, title: 't', bodyy: 'typo' })
    expectViolations(/unknown query parameter label/, /unknown body field bodyy/)
  })

  it('records unknown and unimplemented routes with 404', async () => {
    expect((await call('GET', `/repos/${owner}/${repo}/pulls`)).status).toBe(404)
    expect((await call('GET', `/repos/${owner}/${repo}/issues/comments`)).status).toBe(404)
    expect((await call('GET', '/definitely/not/github')).status).toBe(404)
    expectViolations(
      /GitHub's GET \/repos\/\{owner\}\/\{repo\}\/pulls is not implemented/,
      /GET \/repos\/\{owner\}\/\{repo\}\/issues\/comments is not implemented/,
      /no such operation/,
    )
  })

  it("records responses of its own that break GitHub's schema, and still sends them", async () => {
    const key = 'GET /repos/{owner}/{repo}'
    const original = ROUTES[key]
    ROUTES[key] = () => ({ status: 200, body: { id: 'not-a-number' } })
    try {
      const res = await call('GET', `/repos/${owner}/${repo}`)
      expect(res).toMatchObject({ status: 200, json: { id: 'not-a-number' } })
    } finally {
      if (original !== undefined) ROUTES[key] = original
    }
    expectViolations(
      /\[repos\/get\]: response 200 does not match GitHub's schema: .*must have required property 'archive_url'.*\(\+\d+ more\)$/,
    )
  })

  it('converts nullable schemas so null and non-null both validate, and catches off-schema responses', () => {
    const api = sharedOpenApi()
    const op = api.operation('GET', '/repos/{owner}/{repo}/issues/{issue_number}')
    if (op === undefined) throw new Error('operation missing')
    const issue = double.actAs('mona').createIssue(DEFAULT_REPO, { title: 't' })
    expect(issue.body).toBeNull()
    expect(api.checkResponse(op, 200, issue)).toEqual([])
    const closed = double.actAs('mona').editIssue(DEFAULT_REPO, issue.number, { state: 'closed' })
    expect(closed.closed_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(api.checkResponse(op, 200, closed)).toEqual([])
    expect(api.checkResponse(op, 200, { ...issue, milestone: 'none', created_at: 'yesterday' })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/milestone/),
        expect.stringMatching(/\/created_at must match format "date-time"/),
      ]),
    )
    expect(api.checkResponse(op, 200, { ...issue, number: undefined })).toEqual([
      expect.stringMatching(/must have required property 'number'/),
    ])
  })
})

describe('issues and comments', () => {
  it('creates issues, auto-creating labels, and filters and paginates lists', async () => {
    const gh = octokit()
    for (let i = 1; i <= 5; i++) {
      const labels = i % 2 === 0 ? ['tasklist', 'Phase-A'] : ['tasklist']
      const { data, status, headers } = await gh.rest.issues.create({
        owner,
        repo,
        title: `T${i}`,
        body: `b${i}`,
        labels,
      })
      expect(status).toBe(201)
      expect(data.number).toBe(i)
      expect(headers.location).toBe(data.url)
      expect(data.labels.map((l) => (typeof l === 'string' ? l : [l.name, l.color]))).toEqual(
        labels.map((name) => [name, 'ededed']),
      )
    }
    await gh.rest.issues.update({ owner, repo, issue_number: 5, state: 'closed' })
    const phaseA = await gh.rest.issues.listForRepo({ owner, repo, labels: 'tasklist, phase-a' })
    expect(phaseA.data.map((i) => i.number)).toEqual([4, 2])
    const open = await gh.rest.issues.listForRepo({ owner, repo, per_page: 2, direction: 'asc' })
    expect(open.data.map((i) => i.number)).toEqual([1, 2])
    expect(open.headers.link).toContain('rel="next"')
    expect(open.headers.link).toContain(
      `${double.apiUrl}/repos/${owner}/${repo}/issues?per_page=2&direction=asc&page=2>; rel="next"`,
    )
    const all = await gh.paginate(gh.rest.issues.listForRepo, { owner, repo, state: 'all', per_page: 2 })
    expect(all.map((i) => i.number)).toEqual([5, 4, 3, 2, 1])
    const closed = await gh.rest.issues.listForRepo({ owner, repo, state: 'closed' })
    expect(closed.data.map((i) => [i.number, i.state_reason])).toEqual([[5, 'completed']])
    const byMona = await gh.rest.issues.listForRepo({ owner, repo, creator: 'mona' })
    expect(byMona.data).toEqual([])
    const huge = await gh.rest.issues.listForRepo({ owner, repo, state: 'all', per_page: 1000 })
    expect(huge.data).toHaveLength(5)
  })

  it('keeps comment ids global and ascending, filters by since, bumps issue updated_at', async () => {
    await start({ clockStartMs: Date.UTC(2026, 10, 26, 4, 36, 10, 700), clockFrozen: true })
    const gh = octokit()
    const a = await gh.rest.issues.create({ owner, repo, title: 'a' })
    const b = await gh.rest.issues.create({ owner, repo, title: 'b' })
    expect(a.data.created_at).toBe('2026-11-26T04:36:10Z')
    const c1 = await gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'one' })
    double.clock.advance(60_000)
    const c2 = await gh.rest.issues.createComment({ owner, repo, issue_number: 2, body: 'two' })
    const c3 = await gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'three' })
    expect(c2.data.id).toBeGreaterThan(c1.data.id)
    expect(c3.data.id).toBeGreaterThan(c2.data.id)
    expect(c3.data.html_url).toBe(`https://github.com/${owner}/${repo}/issues/1#issuecomment-${c3.data.id}`)
    expect(c3.data.user?.login).toBe('github-actions[bot]')
    expect(c3.data.user?.type).toBe('Bot')
    const issue = await gh.rest.issues.get({ owner, repo, issue_number: 1 })
    expect(issue.data.comments).toBe(2)
    expect(issue.data.updated_at).toBe('2026-11-26T04:37:10Z')
    expect(b.data.updated_at).toBe('2026-11-26T04:36:10Z')
    const since = await gh.rest.issues.listComments({ owner, repo, issue_number: 1, since: '2026-11-26T04:37:10Z' })
    expect(since.data.map((c) => c.body)).toEqual(['three'])
    double.clock.advance(5_000)
    await gh.rest.issues.updateComment({ owner, repo, comment_id: c1.data.id, body: 'one, edited' })
    const edited = await gh.rest.issues.listComments({ owner, repo, issue_number: 1, since: '2026-11-26T04:37:11Z' })
    expect(edited.data.map((c) => c.body)).toEqual(['one, edited'])
    const page2 = await gh.rest.issues.listComments({ owner, repo, issue_number: 1, per_page: 1, page: 2 })
    expect(page2.data.map((c) => c.id)).toEqual([c3.data.id])
    expect(page2.headers.link).toContain('rel="prev"')
    await gh.rest.issues.deleteComment({ owner, repo, comment_id: c1.data.id })
    expect(double.listComments(DEFAULT_REPO, 1).map((c) => c.body)).toEqual(['three'])
    expect(double.getIssue(DEFAULT_REPO, 1)?.comments).toBe(1)
    await expect(gh.rest.issues.getComment({ owner, repo, comment_id: c1.data.id })).rejects.toMatchObject({
      status: 404,
    })
  })

  it('enforces the 65536-character and 262144-byte body limits, with the error shapes GitHub gives', async () => {
    const gh = octokit()
    await gh.rest.issues.create({ owner, repo, title: 'limit', body: 'x'.repeat(65536) })
    // 65,536 four-byte characters are 262,144 bytes: both limits exactly met.
    await gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: '🚀'.repeat(65536) })
    const tooLong = await call('POST', `/repos/${owner}/${repo}/issues/1/comments`, {
      body: { body: 'x'.repeat(65537) },
    })
    expect(tooLong.status).toBe(422)
    expect(tooLong.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ],
    })
    // Counting code points, 65,536 characters are at most 262,144 bytes, so the byte limit binds exactly there.
    const overBytes = await call('POST', `/repos/${owner}/${repo}/issues`, {
      body: { title: 't', body: '🚀'.repeat(65536) + 'x' },
    })
    expect(overBytes.status).toBe(422)
    expect(overBytes.json).toMatchObject({
      errors: [
        { resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
      ],
    })
    await expect(
      gh.rest.issues.update({ owner, repo, issue_number: 1, body: 'y'.repeat(70000) }),
    ).rejects.toMatchObject({ status: 422 })
    expect(double.getIssue(DEFAULT_REPO, 1)?.body).toHaveLength(65536)
  })

  it('edits issues: title, body, state, state_reason and labels', async () => {
    const gh = octokit()
    await gh.rest.issues.create({ owner, repo, title: 'x', labels: ['a'] })
    const closed = await gh.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
      labels: ['b'],
    })
    expect(closed.data).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_by: { login: 'github-actions[bot]' },
    })
    expect(closed.data.labels).toEqual([expect.objectContaining({ name: 'b' })])
    const reopened = await gh.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'open',
      title: 'y',
      body: null,
    })
    expect(reopened.data).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      title: 'y',
      body: null,
    })
  })

  it('gives tests direct access to act as other users', async () => {
    const gh = octokit()
    await gh.rest.issues.create({ owner, repo, title: 'x', body: 'original' })
    const mona = double.actAs('mona')
    const comment = mona.comment(DEFAULT_REPO, 1, '/tasklist retry')
    expect(comment).toMatchObject({ user: { login: 'mona', type: 'User' }, author_association: 'COLLABORATOR' })
    mona.editIssueBody(DEFAULT_REPO, 1, 'tampered')
    const { data } = await gh.rest.issues.get({ owner, repo, issue_number: 1 })
    expect(data.body).toBe('tampered')
    const listed = await gh.rest.issues.listComments({ owner, repo, issue_number: 1 })
    expect(listed.data.map((c) => c.user?.login)).toEqual(['mona'])
    expect(double.actAs('stranger').comment(DEFAULT_REPO, 1, 'hi').author_association).toBe('NONE')
  })

  it('makes reactions idempotent per user and content', async () => {
    const gh = octokit()
    await gh.rest.issues.create({ owner, repo, title: 'x' })
    const c = await gh.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'hi' })
    const first = await gh.rest.reactions.createForIssueComment({ owner, repo, comment_id: c.data.id, content: 'eyes' })
    const again = await gh.rest.reactions.createForIssueComment({ owner, repo, comment_id: c.data.id, content: 'eyes' })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.data.id).toBe(first.data.id)
    await octokit(MAINTAINER_TOKEN).rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: c.data.id,
      content: 'eyes',
    })
    const onIssue = await gh.rest.reactions.createForIssue({ owner, repo, issue_number: 1, content: 'rocket' })
    expect(onIssue.status).toBe(201)
    const list = await gh.rest.reactions.listForIssueComment({ owner, repo, comment_id: c.data.id, content: 'eyes' })
    expect(list.data.map((r) => r.user?.login)).toEqual(['github-actions[bot]', 'mona'])
    expect((await gh.rest.reactions.listForIssue({ owner, repo, issue_number: 1 })).data).toHaveLength(1)
    const comment = await gh.rest.issues.getComment({ owner, repo, comment_id: c.data.id })
    expect(comment.data.reactions).toMatchObject({ total_count: 2, eyes: 2, rocket: 0 })
    expect(double.reactions(DEFAULT_REPO, { issue: 1 }).map((r) => r.content)).toEqual(['rocket'])
  })
})

describe("GitHub's hard edges", () => {
  it("refuses comments past the cap with GitHub's 403, counting people's comments, and never lifts it", async () => {
    await start({ limits: { commentCap: 4 } })
    const gh = octokit()
    const { number } = (await gh.rest.issues.create({ owner, repo, title: 'capped' })).data
    await gh.rest.issues.createComment({ owner, repo, issue_number: number, body: 'one' })
    double.actAs('someone').comment(DEFAULT_REPO, number, 'two')
    await octokit(OUTSIDER_TOKEN).rest.issues.createComment({ owner, repo, issue_number: number, body: 'three' })
    await gh.rest.issues.createComment({ owner, repo, issue_number: number, body: 'four' })
    const refused = await call('POST', `/repos/${owner}/${repo}/issues/${number}/comments`, { body: { body: 'five' } })
    expect(refused.status).toBe(403)
    expect(refused.json).toMatchObject({ message: 'Commenting is disabled on issues with more than 4 comments' })
    expect(() => double.actAs('someone').comment(DEFAULT_REPO, number, 'six')).toThrow(/Commenting is disabled/)
    // Deleting a comment makes room again, as the count is of the comments the issue holds.
    const last = double.listComments(DEFAULT_REPO, number).at(-1)
    if (last === undefined) throw new Error('no comments')
    await gh.rest.issues.deleteComment({ owner, repo, comment_id: last.id })
    await gh.rest.issues.createComment({ owner, repo, issue_number: number, body: 'again' })
    expect(double.getIssue(DEFAULT_REPO, number)?.comments).toBe(4)
  })

  it("uses GitHub's 2,500 and its exact message by default", async () => {
    const gh = octokit()
    const { number } = (await gh.rest.issues.create({ owner, repo, title: 'busy' })).data
    for (let i = 0; i < 2500; i++) double.actAs('spammer').comment(DEFAULT_REPO, number, `spam ${i}`)
    const refused = await call('POST', `/repos/${owner}/${repo}/issues/${number}/comments`, { body: { body: 'x' } })
    expect(refused.status).toBe(403)
    expect(refused.json).toMatchObject({ message: 'Commenting is disabled on issues with more than 2500 comments' })
  })

  it("lets write, maintain and admin edit and delete anyone's comments, and not read or triage", async () => {
    double.store.repo(DEFAULT_REPO).collaborators.set('trina', 'triage')
    double.addToken('ghp_triage', { login: 'trina', type: 'User' })
    const gh = octokit()
    const { number } = (await gh.rest.issues.create({ owner, repo, title: 'records' })).data
    const record = (await gh.rest.issues.createComment({ owner, repo, issue_number: number, body: 'record' })).data
    for (const token of [OUTSIDER_TOKEN, 'ghp_triage']) {
      const edit = await call('PATCH', `/repos/${owner}/${repo}/issues/comments/${record.id}`, {
        token,
        body: { body: 'forged' },
      })
      expect(edit.status).toBe(403)
      const del = await call('DELETE', `/repos/${owner}/${repo}/issues/comments/${record.id}`, { token })
      expect(del.status).toBe(403)
    }
    const writer = octokit(WRITER_TOKEN)
    const edited = await writer.rest.issues.updateComment({ owner, repo, comment_id: record.id, body: 'edited' })
    expect(edited.data.body).toBe('edited')
    expect(edited.data.user?.login).toBe('github-actions[bot]')
    await writer.rest.issues.deleteComment({ owner, repo, comment_id: record.id })
    expect(double.listComments(DEFAULT_REPO, number)).toEqual([])
  })

  it('filters the comments list on updated_at, so an edited old comment comes back', async () => {
    await start({ clockFrozen: true })
    const gh = octokit()
    const { number } = (await gh.rest.issues.create({ owner, repo, title: 'since' })).data
    const old = (await gh.rest.issues.createComment({ owner, repo, issue_number: number, body: 'old' })).data
    double.clock.advance(60_000)
    const since = new Date(Math.floor(double.clock.now() / 1000) * 1000).toISOString()
    const listed = async () =>
      (await gh.rest.issues.listComments({ owner, repo, issue_number: number, since })).data.map((c) => c.body)
    expect(await listed()).toEqual([])
    await octokit(WRITER_TOKEN).rest.issues.updateComment({ owner, repo, comment_id: old.id, body: 'rewritten' })
    expect(await listed()).toEqual(['rewritten'])
  })

  it('drops labels silently for people without push access, at create and on edit', async () => {
    double.store.repo(DEFAULT_REPO).collaborators.set('trina', 'triage')
    double.addToken('ghp_triage', { login: 'trina', type: 'User' })
    await octokit().rest.issues.create({ owner, repo, title: 'seed', labels: ['tasklist'] })
    for (const token of [OUTSIDER_TOKEN, 'ghp_triage']) {
      const made = await octokit(token).rest.issues.create({ owner, repo, title: 'look-alike', labels: ['tasklist'] })
      expect(made.status).toBe(201)
      expect(made.data.labels).toEqual([])
      const edited = await octokit(token).rest.issues.update({
        owner,
        repo,
        issue_number: made.data.number,
        labels: ['tasklist'],
      })
      expect(edited.data.labels).toEqual([])
    }
    const pushed = await octokit(WRITER_TOKEN).rest.issues.create({ owner, repo, title: 'ok', labels: ['tasklist'] })
    expect(pushed.data.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['tasklist'])
  })

  it('gives pull requests issue numbers and returns them from the issues API with a pull_request key', async () => {
    const gh = octokit()
    await gh.rest.issues.create({ owner, repo, title: 'issue one' })
    const pr = double.actAs('stranger').createPullRequest(DEFAULT_REPO, { title: 'a PR', body: 'pasted' })
    expect(pr.number).toBe(2)
    await gh.rest.issues.create({ owner, repo, title: 'issue three' })
    const got = (await gh.rest.issues.get({ owner, repo, issue_number: 2 })).data
    expect(got.pull_request?.html_url).toBe(`https://github.com/${DEFAULT_REPO}/pull/2`)
    expect(got.html_url).toBe(`https://github.com/${DEFAULT_REPO}/pull/2`)
    const issue = (await gh.rest.issues.get({ owner, repo, issue_number: 1 })).data
    expect(issue.pull_request).toBeUndefined()
    const all = (await gh.rest.issues.listForRepo({ owner, repo, state: 'all' })).data
    expect(all.map((i) => [i.number, i.pull_request !== undefined])).toEqual([
      [3, false],
      [2, true],
      [1, false],
    ])
    await gh.rest.issues.createComment({ owner, repo, issue_number: 2, body: 'comments work on PRs' })
  })

  it('locks conversations for people with push access and apps; then only people with write access may comment', async () => {
    const gh = octokit()
    const { number } = (await gh.rest.issues.create({ owner, repo, title: 'locked' })).data
    const denied = await call('PUT', `/repos/${owner}/${repo}/issues/${number}/lock`, { token: OUTSIDER_TOKEN })
    expect(denied.status).toBe(403)
    await gh.rest.issues.lock({ owner, repo, issue_number: number, lock_reason: 'resolved' })
    const got = (await gh.rest.issues.get({ owner, repo, issue_number: number })).data
    expect(got).toMatchObject({ locked: true, active_lock_reason: 'resolved' })
    const refused = await call('POST', `/repos/${owner}/${repo}/issues/${number}/comments`, {
      token: OUTSIDER_TOKEN,
      body: { body: 'spam' },
    })
    expect(refused.status).toBe(403)
    expect(refused.json).toMatchObject({ message: 'Unable to create comment because issue is locked.' })
    // An app, GITHUB_TOKEN's bot included, may lock an issue but not comment on it.
    const bot = await call('POST', `/repos/${owner}/${repo}/issues/${number}/comments`, {
      body: { body: 'the action' },
    })
    expect(bot.status).toBe(403)
    expect(bot.json).toMatchObject({ message: 'Unable to create comment because issue is locked.' })
    await octokit(WRITER_TOKEN).rest.issues.createComment({ owner, repo, issue_number: number, body: 'a writer' })
    expect(WRITER_LOGIN).toBe('wanda')
  })

  it('answers 200 and keeps the old body for an over-long body in keep-old mode', async () => {
    await start({ limits: { bodyOverflow: 'keep-old' } })
    const gh = octokit()
    const { number } = (await gh.rest.issues.create({ owner, repo, title: 'keep', body: 'old body' })).data
    const res = await gh.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      body: 'y'.repeat(70000),
      title: 'new',
    })
    expect(res.status).toBe(200)
    expect(res.data).toMatchObject({ body: 'old body', title: 'new' })
    const ctl = new ControlClient(double.controlUrl)
    expect(await ctl.setLimits({ bodyOverflow: 'reject' })).toMatchObject({ bodyOverflow: 'reject' })
    await expect(
      gh.rest.issues.update({ owner, repo, issue_number: number, body: 'y'.repeat(70000) }),
    ).rejects.toMatchObject({ status: 422 })
  })

  it('exposes the limits, comment edits and deletions, locks and pull requests over the control API', async () => {
    const ctl = new ControlClient(double.controlUrl)
    expect(await ctl.setLimits({ commentCap: 3 })).toEqual({ commentCap: 3, bodyOverflow: 'reject' })
    const issue = await ctl.createIssueAsUser('mona', DEFAULT_REPO, { title: 'ctl' })
    const c = await ctl.commentAsUser('mona', DEFAULT_REPO, issue.number, 'hello')
    expect((await ctl.editCommentAsUser(WRITER_LOGIN, DEFAULT_REPO, c.id, 'edited')).body).toBe('edited')
    await ctl.deleteCommentAsUser(WRITER_LOGIN, DEFAULT_REPO, c.id)
    expect((await ctl.issue(DEFAULT_REPO, issue.number)).comments).toEqual([])
    expect((await ctl.lockAsUser('mona', DEFAULT_REPO, issue.number)).locked).toBe(true)
    const pr = await ctl.createPullRequestAsUser('stranger', DEFAULT_REPO, { title: 'pr', labels: ['tasklist'] })
    expect(pr.pull_request).toBeDefined()
    await ctl.commentAsUser('mona', DEFAULT_REPO, pr.number, '1')
    await ctl.commentAsUser('mona', DEFAULT_REPO, pr.number, '2')
    await ctl.commentAsUser('mona', DEFAULT_REPO, pr.number, '3')
    await expect(ctl.commentAsUser('mona', DEFAULT_REPO, pr.number, '4')).rejects.toThrow(/more than 3 comments/)
    await expect(ctl.setLimits({ commentCap: 0 })).rejects.toThrow(/positive integer/)
  })
})

describe('auth and permissions', () => {
  it('answers 401, 403 and 404 like GitHub', async () => {
    const path = `/repos/${owner}/${repo}/issues`
    expect(await call('GET', path, { token: null })).toMatchObject({
      status: 401,
      json: { message: 'Bad credentials' },
    })
    expect((await call('GET', path, { token: 'ghp_nope' })).status).toBe(401)
    double.addToken('ghs_read_only', { login: 'reader[bot]', type: 'Bot', permissions: { issues: 'read' } })
    expect((await call('GET', path, { token: 'ghs_read_only' })).status).toBe(200)
    const denied = await call('POST', path, { token: 'ghs_read_only', body: { title: 'x' } })
    expect(denied).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } })
    expect(
      (
        await call('POST', `/repos/${owner}/${repo}/actions/workflows/resume.yml/dispatches`, {
          token: 'ghs_read_only',
          body: { ref: 'main' },
        })
      ).status,
    ).toBe(403)
    expect(await call('GET', '/repos/octo-org/unknown/issues')).toMatchObject({
      status: 404,
      json: { message: 'Not Found' },
    })
    double.addRepo('octo-org/secret', { private: true, collaborators: { mona: 'write' } })
    double.addToken('ghs_scoped', { login: 'scoped[bot]', type: 'Bot', repositories: [DEFAULT_REPO] })
    expect((await call('GET', '/repos/octo-org/secret', { token: 'ghs_scoped' })).status).toBe(404)
    expect((await call('GET', '/repos/octo-org/secret', { token: OUTSIDER_TOKEN })).status).toBe(404)
    expect((await call('GET', '/repos/octo-org/secret', { token: MAINTAINER_TOKEN })).status).toBe(200)
    // Installation tokens cannot read /user on GitHub.
    expect(await call('GET', '/user')).toMatchObject({
      status: 403,
      json: { message: 'Resource not accessible by integration' },
    })
  })

  it('lets outsiders comment but not label or edit what is not theirs', async () => {
    const bot = octokit()
    const outsider = octokit(OUTSIDER_TOKEN)
    const botComment = await bot.rest.issues.createComment({
      owner,
      repo,
      issue_number: (await bot.rest.issues.create({ owner, repo, title: 'x' })).data.number,
      body: 'state',
    })
    const own = await outsider.rest.issues.create({ owner, repo, title: 'mine', labels: ['tasklist'] })
    expect(own.data.labels).toEqual([])
    const c = await outsider.rest.issues.createComment({ owner, repo, issue_number: 1, body: '/approve' })
    expect(c.data.author_association).toBe('COLLABORATOR')
    await outsider.rest.issues.updateComment({ owner, repo, comment_id: c.data.id, body: '/approve!' })
    await expect(
      outsider.rest.issues.updateComment({ owner, repo, comment_id: botComment.data.id, body: 'hacked' }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(outsider.rest.issues.update({ owner, repo, issue_number: 1, body: 'hacked' })).rejects.toMatchObject({
      status: 403,
    })
    await expect(
      outsider.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'resume.yml', ref: 'main' }),
    ).rejects.toMatchObject({ status: 403 })
    await octokit(MAINTAINER_TOKEN).rest.issues.update({ owner, repo, issue_number: 1, body: 'maintainer edit' })
  })

  it('records workflow dispatches and rejects unknown workflows, refs and inputs', async () => {
    const gh = octokit()
    const res = await gh.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: 'resume.yml',
      ref: 'main',
      inputs: { tasklist: '12' },
    })
    expect(res.status).toBe(204)
    expect(double.dispatches).toEqual([
      expect.objectContaining({
        repo: DEFAULT_REPO,
        workflowId: 'resume.yml',
        workflowFile: 'resume.yml',
        ref: 'main',
        inputs: { tasklist: '12' },
        login: 'github-actions[bot]',
      }),
    ])
    await expect(
      gh.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'nope.yml', ref: 'main' }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      gh.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'resume.yml', ref: 'no-such-branch' }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      gh.rest.actions.createWorkflowDispatch({
        owner: 'octo-org',
        repo: 'ghost',
        workflow_id: 'resume.yml',
        ref: 'main',
      }),
    ).rejects.toMatchObject({ status: 404 })
    double.addRepo('octo-org/strict', { workflows: [{ file: 'run.yml', id: 77, inputs: ['id'] }] })
    await expect(
      gh.rest.actions.createWorkflowDispatch({
        owner,
        repo: 'strict',
        workflow_id: 'run.yml',
        ref: 'refs/heads/main',
        inputs: { other: 'x' },
      }),
    ).rejects.toMatchObject({ status: 422 })
    await gh.rest.actions.createWorkflowDispatch({
      owner,
      repo: 'strict',
      workflow_id: 77,
      ref: 'refs/heads/main',
      inputs: { id: 'x' },
    })
    expect(double.dispatches.map((d) => d.workflowFile)).toEqual(['resume.yml', 'run.yml'])
  })
})

describe('HTTP behaviour', () => {
  it('sends ETags and answers If-None-Match with 304 without spending rate limit', async () => {
    await octokit().rest.issues.create({ owner, repo, title: 'x' })
    const path = `/repos/${owner}/${repo}/issues/1`
    const first = await call('GET', path)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/)
    const remaining = Number(first.headers.get('x-ratelimit-remaining'))
    const cached = await call('GET', path, { headers: { 'if-none-match': etag } })
    expect(cached.status).toBe(304)
    expect(cached.json).toBeUndefined()
    expect(Number(cached.headers.get('x-ratelimit-remaining'))).toBe(remaining)
    double.actAs('mona').comment(DEFAULT_REPO, 1, 'changes the issue')
    const changed = await call('GET', path, { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(Number(changed.headers.get('x-ratelimit-remaining'))).toBe(remaining - 1)
    expect(double.stats().notModified).toBe(1)
  })

  it('reports rate limits on every response and the clock in Date', async () => {
    await start({ clockStartMs: Date.UTC(2030, 0, 2, 3, 4, 5), clockFrozen: true })
    const a = await call('GET', `/repos/${owner}/${repo}`)
    expect(a.headers.get('date')).toBe('Wed, 02 Jan 2030 03:04:05 GMT')
    expect(
      Object.fromEntries(['limit', 'remaining', 'used', 'resource'].map((k) => [k, a.headers.get(`x-ratelimit-${k}`)])),
    ).toEqual({
      limit: '1000',
      remaining: '999',
      used: '1',
      resource: 'core',
    })
    expect(Number(a.headers.get('x-ratelimit-reset'))).toBe(Date.UTC(2030, 0, 2, 4, 4, 5) / 1000)
    double.clock.advance(3_600_000)
    const b = await call('GET', `/repos/${owner}/${repo}`, { token: MAINTAINER_TOKEN })
    expect(b.headers.get('date')).toBe('Wed, 02 Jan 2030 04:04:05 GMT')
    expect(b.headers.get('x-ratelimit-limit')).toBe('5000')
    const unknown = await call('GET', '/nope', { token: null })
    expect(unknown.status).toBe(401)
    expect(unknown.headers.get('x-ratelimit-limit')).toBe('60')
    // The advance above rolled the default token into a fresh hourly window.
    expect((await call('GET', '/nope')).headers.get('x-ratelimit-remaining')).toBe('999')
    expectViolations(/no such operation/, /no such operation/)
    double.addToken('ghs_tiny', { login: 'tiny[bot]', type: 'Bot', rateLimit: 1 })
    expect((await call('GET', `/repos/${owner}/${repo}`, { token: 'ghs_tiny' })).status).toBe(200)
    const limited = await call('GET', `/repos/${owner}/${repo}`, { token: 'ghs_tiny' })
    expect(limited.status).toBe(403)
    expect((limited.json as { message: string }).message).toMatch(/^API rate limit exceeded/)
  })

  it('serves a GitHub Enterprise Server style prefix', async () => {
    await start({ pathPrefix: '/api/v3' })
    expect(double.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
    const gh = octokit()
    for (let i = 0; i < 3; i++) await gh.rest.issues.create({ owner, repo, title: `t${i}` })
    const page = await gh.rest.issues.listForRepo({ owner, repo, per_page: 1 })
    expect(page.headers.link).toContain(`${double.apiUrl}/repos/${owner}/${repo}/issues?per_page=1&page=2`)
    expect((await gh.paginate(gh.rest.issues.listForRepo, { owner, repo, per_page: 1 })).length).toBe(3)
    expect(page.data[0]?.url).toBe(`${double.apiUrl}/repos/${owner}/${repo}/issues/3`)
    const origin = new URL(double.apiUrl).origin
    expect(
      (await fetch(`${origin}/repos/${owner}/${repo}`, { headers: { authorization: `token ${DEFAULT_TOKEN}` } }))
        .status,
    ).toBe(404)
    expectViolations(/not under the API prefix \/api\/v3/)
  })
})

describe('faults and latency', () => {
  const commentsRoute = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

  beforeEach(() => {
    double.actAs('mona').createIssue(DEFAULT_REPO, { title: 'target' })
  })

  it('injects 5xx, secondary rate limits and 429 for matching requests only', async () => {
    const path = `/repos/${owner}/${repo}/issues/1/comments`
    double.addFault({ method: 'POST', route: commentsRoute, kind: '5xx', times: 1 })
    double.addFault({ method: 'POST', route: commentsRoute, kind: 'secondary-rate-limit', times: 1, retryAfterSec: 3 })
    double.addFault({
      method: 'POST',
      route: commentsRoute,
      kind: 'secondary-rate-limit-no-retry-after',
      times: 1,
      retryAfterSec: 60,
    })
    double.addFault({ method: 'POST', route: commentsRoute, kind: '429', times: 1 })
    expect((await call('GET', path)).status).toBe(200)
    const r5 = await call('POST', path, { body: { body: 'a' } })
    expect(r5.status).toBe(502)
    const secondary = await call('POST', path, { body: { body: 'b' } })
    expect(secondary.status).toBe(403)
    expect(secondary.headers.get('retry-after')).toBe('3')
    expect((secondary.json as { message: string }).message).toContain('You have exceeded a secondary rate limit')
    const noRetry = await call('POST', path, { body: { body: 'c' } })
    expect(noRetry.status).toBe(403)
    expect(noRetry.headers.get('retry-after')).toBeNull()
    expect(noRetry.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(noRetry.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(
      Math.floor(double.clock.now() / 1000) + 59,
    )
    const tooMany = await call('POST', path, { body: { body: 'd' } })
    expect(tooMany.status).toBe(429)
    expect(tooMany.headers.get('retry-after')).toBe('1')
    expect((await call('POST', path, { body: { body: 'e' } })).status).toBe(201)
    expect(() => double.addFault({ kind: '5xx', route: `/repos/${owner}/${repo}/issues` })).toThrow(/path template/)
    expect(double.listComments(DEFAULT_REPO, 1).map((c) => c.body)).toEqual(['e'])
    expect(double.faultLog.map((f) => f.kind)).toEqual([
      '5xx',
      'secondary-rate-limit',
      'secondary-rate-limit-no-retry-after',
      '429',
    ])
    expect(double.stats().faults).toBe(4)
    await expect(
      octokit().rest.issues.createComment({ owner, repo, issue_number: 1, body: 'f' }),
    ).resolves.toMatchObject({ status: 201 })
  })

  it('resets connections before or after applying the write', async () => {
    const path = `/repos/${owner}/${repo}/issues/1/comments`
    double.addFault({ route: commentsRoute, method: 'POST', kind: 'reset-before-apply', times: 1 })
    await expect(call('POST', path, { body: { body: 'lost' } })).rejects.toThrow()
    expect(double.listComments(DEFAULT_REPO, 1)).toEqual([])
    double.addFault({ route: commentsRoute, method: 'POST', kind: 'reset-after-apply', times: 1 })
    await expect(call('POST', path, { body: { body: 'applied' } })).rejects.toThrow()
    expect(double.listComments(DEFAULT_REPO, 1).map((c) => c.body)).toEqual(['applied'])
    expect(double.stats()).toMatchObject({ contentCreating: 1, faults: 2 })
    expect(double.timeline.map((t) => t.status)).toEqual([0, 0])
  })

  it('hangs until the client gives up, and still closes promptly', async () => {
    double.addFault({ kind: 'hang', method: 'GET' })
    await expect(
      call('GET', `/repos/${owner}/${repo}/issues/1`, { signal: AbortSignal.timeout(150) }),
    ).rejects.toThrow()
    const pending = call('GET', `/repos/${owner}/${repo}`).catch((err: unknown) => err)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const t0 = performance.now()
    await double.close()
    expect(await pending).toBeInstanceOf(Error)
    expect(performance.now() - t0).toBeLessThan(1000)
    await start()
  })

  it('replays probabilistic faults and chaos from the seed', async () => {
    const run = async (seed: number): Promise<string[]> => {
      const d = await startGitHubDouble({ seed })
      d.addFault({ kind: '5xx', probability: 0.5, route: '/repos/{owner}/{repo}' })
      d.chaos({ seed: seed + 1, rate: 0.3, kinds: ['5xx', '429', 'secondary-rate-limit'] })
      const statuses: string[] = []
      for (let i = 0; i < 16; i++) statuses.push(String((await call('GET', `/repos/${owner}/${repo}`, { d })).status))
      statuses.push(...d.faultLog.map((f) => `${f.source}:${f.kind}`))
      await d.close()
      return statuses
    }
    const a = await run(7)
    expect(await run(7)).toEqual(a)
    expect(await run(8)).not.toEqual(a)
    expect(a.filter((s) => s === '200').length).toBeGreaterThan(0)
    expect(a.some((s) => s.startsWith('chaos:'))).toBe(true)
  })

  it('delays requests with seeded, replayable jitter', async () => {
    const delays = async (seed: number): Promise<number[]> => {
      const d = await startGitHubDouble({ seed, latencyMs: 5, jitterMs: 10 })
      for (let i = 0; i < 6; i++) await call('GET', `/repos/${owner}/${repo}`, { d })
      const out = d.timeline.map((t) => t.delayMs)
      expect(d.timeline.every((t) => t.endMs - t.startMs >= t.delayMs - 1)).toBe(true)
      await d.close()
      return out
    }
    const a = await delays(3)
    expect(a.every((ms) => ms >= 5 && ms <= 15)).toBe(true)
    expect(await delays(3)).toEqual(a)
    expect(await delays(4)).not.toEqual(a)
    double.setLatency({ latencyMs: 40 })
    const t0 = performance.now()
    await call('GET', `/repos/${owner}/${repo}`)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(39)
  })
})

describe('accounting and control', () => {
  it('counts reads, writes, content creation, routes, logins and timeline clients', async () => {
    const gh = octokit()
    await gh.rest.issues.create({ owner, repo, title: 'x' })
    await gh.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: 'c',
      headers: { 'x-tasklist-client': 'worker-1' },
    })
    await gh.rest.reactions.createForIssue({ owner, repo, issue_number: 1, content: '+1' })
    await gh.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'resume.yml', ref: 'main' })
    await octokit(MAINTAINER_TOKEN).rest.issues.get({ owner, repo, issue_number: 1 })
    expect(double.stats()).toEqual({
      requests: 5,
      reads: 1,
      writes: 4,
      contentCreating: 2,
      notModified: 0,
      byRoute: {
        'POST /repos/{owner}/{repo}/issues': 1,
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 1,
        'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions': 1,
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': 1,
        'GET /repos/{owner}/{repo}/issues/{issue_number}': 1,
      },
      byLogin: { 'github-actions[bot]': 4, mona: 1 },
      faults: 0,
    })
    expect(double.timeline[1]).toMatchObject({
      id: 2,
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 201,
      login: 'github-actions[bot]',
      clientId: 'worker-1',
    })
    const [first, second] = double.timeline
    expect(first !== undefined && second !== undefined && first.endMs <= second.startMs).toBe(true)
    double.resetStats()
    expect(double.stats().requests).toBe(0)
    expect(double.timeline).toEqual([])
  })

  it('exposes the knobs over the control API', async () => {
    const control = new ControlClient(double.controlUrl)
    expect(await control.health()).toMatchObject({ ok: true, apiUrl: double.apiUrl })
    await control.addRepo('octo-org/other', { workflows: ['x.yml'] })
    await control.addToken('ghs_other', { login: 'other[bot]', type: 'Bot', repositories: ['octo-org/other'] })
    const created = await control.createIssueAsUser('mona', 'octo-org/other', {
      title: 'via control',
      labels: ['tasklist'],
    })
    expect(created.number).toBe(1)
    await control.commentAsUser('outsider', 'octo-org/other', 1, 'hello')
    await control.editBodyAsUser('mona', 'octo-org/other', 1, 'edited')
    const { issue, comments } = await control.issue('octo-org/other', 1)
    expect(issue.body).toBe('edited')
    expect(comments.map((c) => c.user.login)).toEqual(['outsider'])
    expect((await call('GET', '/repos/octo-org/other/issues/1', { token: 'ghs_other' })).status).toBe(200)
    const before = await control.clockNow()
    expect(await control.advanceClock(120_000)).toBeGreaterThanOrEqual(before + 120_000)
    await control.addFault({ kind: '5xx', times: 1 })
    expect((await call('GET', '/repos/octo-org/other', { token: 'ghs_other' })).status).toBe(502)
    expect((await control.faultLog()).map((f) => f.kind)).toEqual(['5xx'])
    await control.chaos({ seed: 1, rate: 1, kinds: ['429'] })
    expect((await call('GET', '/repos/octo-org/other', { token: 'ghs_other' })).status).toBe(429)
    await control.clearFaults()
    await control.setLatency({ latencyMs: 0, jitterMs: 0 })
    expect((await control.stats()).requests).toBe(3)
    expect((await control.timeline()).length).toBe(3)
    await control.resetStats()
    expect((await control.stats()).requests).toBe(0)
    await call('GET', '/nope')
    expect(await control.violations()).toHaveLength(1)
    await control.clearViolations()
    expect(await control.dispatches()).toEqual([])
    await expect(control.issue('octo-org/other', 99)).rejects.toThrow(/404/)
  })
})
