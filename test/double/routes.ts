// One handler per implemented operation. Requests reaching them are authenticated and already valid
// against the OpenAPI description; handlers add GitHub's semantic rules and mutate the store.
import {
  INTEGRATION_DENIED,
  canCommentWhenLocked,
  canCreateLabels,
  canLabel,
  isBot,
  legacyPermission,
  permissionFlags,
  requireCommentEditor,
  requireDispatcher,
  requireIssueEditor,
  requireLocker,
  requireScope,
  requireVisible,
  roleOf,
} from './access.ts'
import type { Principal } from './access.ts'
import { forbidden, notFound, unprocessable, validationFailed } from './errors.ts'
import type { OperationSpec } from './openapi.ts'
import { paginate } from './pagination.ts'
import {
  renderAuthenticatedUser,
  renderComment,
  renderIssue,
  renderReaction,
  renderRepo,
  renderUser,
} from './render.ts'
import type { Urls } from './render.ts'
import { LOCK_REASONS } from './store.ts'
import type { CommentRec, IssueRec, LockReason, ReactionContent, ReactionRec, RepoRec, Store } from './store.ts'

export const MAX_BODY_CHARS = 65536
/** Observed on GitHub besides the character limit: bodies of at most 262,144 bytes of UTF-8. */
export const MAX_BODY_BYTES = 262144
export const LOCKED_MESSAGE = 'Unable to create comment because issue is locked.'
const LOCKING_DOCS = 'https://docs.github.com/articles/locking-conversations/'

export interface RouteContext {
  store: Store
  urls: Urls
  principal: Principal
  op: OperationSpec
  path: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
  /** Absolute URL of the request as the client sent it (for Link headers). */
  requestUrl: URL
  /** Records a violation: the double cannot answer this faithfully. */
  unfaithful(message: string): void
}

export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Set when the request created an issue or comment (GitHub's content-creation limits count these). */
  created?: 'issue' | 'comment'
}

export type RouteHandler = (ctx: RouteContext) => RouteResult

function fields(ctx: RouteContext): Record<string, unknown> {
  const b = ctx.body
  return typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : {}
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value)
}

function doc(ctx: RouteContext): string {
  return ctx.op.documentationUrl
}

function repoOf(ctx: RouteContext): RepoRec {
  const repo = ctx.store.findRepo(str(ctx.path.owner), str(ctx.path.repo))
  return requireVisible(ctx.principal, repo, doc(ctx))
}

function issueOf(ctx: RouteContext, repo: RepoRec): IssueRec {
  const issue = repo.issues.get(Number(ctx.path.issue_number))
  if (issue === undefined) throw notFound(doc(ctx))
  return issue
}

function commentOf(ctx: RouteContext, repo: RepoRec): CommentRec {
  const comment = ctx.store.findComment(repo, Number(ctx.path.comment_id))
  if (comment === undefined) throw notFound(doc(ctx))
  return comment
}

/** GitHub counts characters (code points), not UTF-16 units; it also refuses more than 262,144 bytes. */
export function bodyTooLong(body: string): boolean {
  // UTF-16 length bounds the code point count from above, so only long bodies need counting.
  if (body.length > MAX_BODY_CHARS && [...body].length > MAX_BODY_CHARS) return true
  return body.length * 3 > MAX_BODY_BYTES && Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES
}

/**
 * GitHub's 422 for a blank or over-long body. The shapes differ by resource, as GitHub's do: an issue
 * names the field `body` with code `custom`; a comment names `data` with code `unprocessable`.
 */
function checkBody(ctx: RouteContext, resource: string, body: string | null, allowBlank: boolean): void {
  if (body === null) return
  if (!allowBlank && body.trim() === '') {
    throw validationFailed(
      [{ resource, code: 'missing_field', field: 'body', message: 'body cannot be blank' }],
      doc(ctx),
    )
  }
  if (!bodyTooLong(body)) return
  throw validationFailed(
    [
      resource === 'IssueComment'
        ? {
            resource,
            code: 'unprocessable',
            field: 'data',
            message: `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`,
          }
        : {
            resource,
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_BODY_CHARS} characters)`,
          },
    ],
    doc(ctx),
  )
}

function checkTitle(ctx: RouteContext, title: string): string {
  if (title.trim() === '')
    throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }], doc(ctx))
  return title
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const names: string[] = []
  for (const item of value as unknown[]) {
    if (typeof item === 'string') names.push(item)
    else if (typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string')
      names.push(item.name)
  }
  return names
}

/** Users who may not label have their labels silently dropped, as on GitHub. */
function applicableLabels(ctx: RouteContext, repo: RepoRec, value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  if (!canLabel(ctx.principal, repo)) return undefined
  return ctx.store.resolveLabels(repo, labelNames(value), canCreateLabels(ctx.principal, repo))
}

function parseSince(ctx: RouteContext): number | undefined {
  const since = ctx.query.since
  if (typeof since !== 'string') return undefined
  const ms = Date.parse(since)
  if (Number.isNaN(ms)) throw validationFailed([{ code: 'invalid', field: 'since' }], doc(ctx))
  return ms
}

function listed<T>(ctx: RouteContext, all: T[], render: (item: T) => unknown): RouteResult {
  const page = paginate(all, ctx.query, ctx.requestUrl)
  return { status: 200, body: page.items.map(render), headers: page.link === undefined ? {} : { link: page.link } }
}

function reactionsOf(ctx: RouteContext, target: { reactions: ReactionRec[] }): RouteResult {
  const content = ctx.query.content
  const all = target.reactions.filter((r) => content === undefined || r.content === content).sort((a, b) => a.id - b.id)
  return listed(ctx, all, (r) => renderReaction(ctx.store, ctx.urls, r))
}

function react(ctx: RouteContext, target: { reactions: ReactionRec[] }): RouteResult {
  requireScope(ctx.principal, 'issues', 'write', doc(ctx))
  const content = str(fields(ctx).content) as ReactionContent
  const { reaction, created } = ctx.store.react(target, ctx.principal.user.login, content)
  return { status: created ? 201 : 200, body: renderReaction(ctx.store, ctx.urls, reaction) }
}

const UNIMPLEMENTED_ISSUE_FILTERS = ['milestone', 'assignee', 'type', 'mentioned', 'issue_field_values']

export const ROUTES: Record<string, RouteHandler> = {
  'GET /repos/{owner}/{repo}': (ctx) => {
    const repo = repoOf(ctx)
    return { status: 200, body: renderRepo(ctx.store, ctx.urls, repo, ctx.principal.user.login) }
  },

  'GET /user': (ctx) => {
    // Installation tokens (GITHUB_TOKEN) cannot read /user on GitHub; an action must not rely on it.
    if (isBot(ctx.principal)) throw forbidden(INTEGRATION_DENIED, doc(ctx))
    return { status: 200, body: renderAuthenticatedUser(ctx.urls, ctx.principal.user) }
  },

  'POST /repos/{owner}/{repo}/issues': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'write', doc(ctx))
    const f = fields(ctx)
    const title = checkTitle(ctx, str(f.title))
    const body = typeof f.body === 'string' ? f.body : null
    checkBody(ctx, 'Issue', body, true)
    const labels = applicableLabels(ctx, repo, f.labels) ?? []
    const issue = ctx.store.createIssue(repo, ctx.principal.user.login, { title, body, labels })
    const rendered = renderIssue(ctx.store, ctx.urls, repo, issue, { closedBy: true })
    return { status: 201, body: rendered, headers: { location: rendered.url }, created: 'issue' }
  },

  'GET /repos/{owner}/{repo}/issues': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'read', doc(ctx))
    for (const name of UNIMPLEMENTED_ISSUE_FILTERS) {
      if (ctx.query[name] !== undefined) ctx.unfaithful(`the double ignores the ${name} filter`)
    }
    const state = str(ctx.query.state ?? 'open')
    const wanted =
      typeof ctx.query.labels === 'string'
        ? ctx.query.labels
            .split(',')
            .map((l) => l.trim().toLowerCase())
            .filter((l) => l !== '')
        : []
    const creator = typeof ctx.query.creator === 'string' ? ctx.query.creator.toLowerCase() : undefined
    const since = parseSince(ctx)
    const sort = str(ctx.query.sort ?? 'created')
    const sign = ctx.query.direction === 'asc' ? 1 : -1
    const key = (i: IssueRec): number =>
      sort === 'updated' ? i.updatedAt : sort === 'comments' ? i.commentIds.length : i.createdAt
    const all = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .filter((i) => creator === undefined || i.login.toLowerCase() === creator)
      .filter((i) => since === undefined || i.updatedAt >= since)
      .sort((a, b) => sign * (key(a) - key(b) || a.number - b.number))
    return listed(ctx, all, (i) => renderIssue(ctx.store, ctx.urls, repo, i))
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'read', doc(ctx))
    return { status: 200, body: renderIssue(ctx.store, ctx.urls, repo, issueOf(ctx, repo), { closedBy: true }) }
  },

  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    requireIssueEditor(ctx.principal, repo, issue.login, doc(ctx))
    const f = fields(ctx)
    const title = f.title === undefined || f.title === null ? undefined : checkTitle(ctx, str(f.title))
    let body = f.body === undefined ? undefined : typeof f.body === 'string' ? f.body : null
    // In `keep-old` mode an over-long body answers 200 and the issue keeps its old body, as GitHub has been seen to.
    if (typeof body === 'string' && ctx.store.limits.bodyOverflow === 'keep-old' && bodyTooLong(body)) body = undefined
    if (body !== undefined) checkBody(ctx, 'Issue', body, true)
    const state = f.state === 'open' || f.state === 'closed' ? f.state : undefined
    const reason = f.state_reason
    const stateReason =
      reason === 'completed' || reason === 'not_planned' || reason === 'duplicate' || reason === 'reopened'
        ? reason
        : undefined
    const labels = applicableLabels(ctx, repo, f.labels)
    ctx.store.updateIssue(issue, ctx.principal.user.login, { title, body, state, stateReason, labels })
    return { status: 200, body: renderIssue(ctx.store, ctx.urls, repo, issue, { closedBy: true }) }
  },

  'PUT /repos/{owner}/{repo}/issues/{issue_number}/lock': (ctx) => {
    const repo = repoOf(ctx)
    const issue = issueOf(ctx, repo)
    requireLocker(ctx.principal, repo, doc(ctx))
    const reason = fields(ctx).lock_reason
    const known = (LOCK_REASONS as readonly unknown[]).includes(reason)
    ctx.store.lock(issue, known ? (reason as LockReason) : null)
    return { status: 204 }
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'read', doc(ctx))
    const issue = issueOf(ctx, repo)
    const since = parseSince(ctx)
    const all = ctx.store.issueComments(issue).filter((c) => since === undefined || c.updatedAt >= since)
    return listed(ctx, all, (c) => renderComment(ctx.store, ctx.urls, repo, c))
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'write', doc(ctx))
    const issue = issueOf(ctx, repo)
    const body = str(fields(ctx).body)
    checkBody(ctx, 'IssueComment', body, false)
    if (issue.locked && !canCommentWhenLocked(ctx.principal, repo)) throw forbidden(LOCKED_MESSAGE, LOCKING_DOCS)
    // The cap cannot be lifted, and every comment counts toward it, people's included.
    const capped = ctx.store.commentCapMessage(issue)
    if (capped !== undefined) throw forbidden(capped, doc(ctx))
    const comment = ctx.store.addComment(repo, issue, ctx.principal.user.login, body)
    const rendered = renderComment(ctx.store, ctx.urls, repo, comment)
    return { status: 201, body: rendered, headers: { location: rendered.url }, created: 'comment' }
  },

  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'read', doc(ctx))
    return { status: 200, body: renderComment(ctx.store, ctx.urls, repo, commentOf(ctx, repo)) }
  },

  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoOf(ctx)
    const comment = commentOf(ctx, repo)
    requireCommentEditor(ctx.principal, repo, comment.login, doc(ctx))
    const body = str(fields(ctx).body)
    checkBody(ctx, 'IssueComment', body, false)
    ctx.store.updateComment(comment, body)
    return { status: 200, body: renderComment(ctx.store, ctx.urls, repo, comment) }
  },

  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoOf(ctx)
    const comment = commentOf(ctx, repo)
    requireCommentEditor(ctx.principal, repo, comment.login, doc(ctx))
    ctx.store.deleteComment(repo, comment)
    return { status: 204 }
  },

  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'read', doc(ctx))
    return reactionsOf(ctx, commentOf(ctx, repo))
  },

  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => {
    const repo = repoOf(ctx)
    return react(ctx, commentOf(ctx, repo))
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) => {
    const repo = repoOf(ctx)
    requireScope(ctx.principal, 'issues', 'read', doc(ctx))
    return reactionsOf(ctx, issueOf(ctx, repo))
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) => {
    const repo = repoOf(ctx)
    return react(ctx, issueOf(ctx, repo))
  },

  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (ctx) => {
    const repo = repoOf(ctx)
    const user = ctx.store.findUser(str(ctx.path.username))
    if (user === undefined) throw notFound(doc(ctx))
    const role = roleOf(repo, user.login)
    const permission = legacyPermission(role, repo)
    const roleName = role ?? permission
    const flags = permissionFlags(role ?? (permission === 'read' ? 'read' : undefined))
    return {
      status: 200,
      body: {
        permission,
        role_name: roleName,
        user: { ...renderUser(ctx.urls, user), permissions: flags, role_name: roleName },
      },
    }
  },

  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': (ctx) => {
    const repo = repoOf(ctx)
    requireDispatcher(ctx.principal, repo, doc(ctx))
    const id = ctx.path.workflow_id
    const workflow = repo.workflows.find((w) => (typeof id === 'number' ? w.id === id : w.file === str(id)))
    if (workflow === undefined) throw unprocessable(`Workflow does not have 'workflow_dispatch' trigger`, doc(ctx))
    const f = fields(ctx)
    const ref = str(f.ref)
    const branch = ref.replace(/^refs\/heads\//, '')
    if (!repo.branches.has(branch)) throw unprocessable(`No ref found for: ${ref}`, doc(ctx))
    const inputs = typeof f.inputs === 'object' && f.inputs !== null ? (f.inputs as Record<string, unknown>) : {}
    if (workflow.inputs !== undefined) {
      const declared = workflow.inputs
      const unexpected = Object.keys(inputs).filter((k) => !declared.includes(k))
      if (unexpected.length > 0)
        throw unprocessable(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`, doc(ctx))
    }
    const runId = 9_000_000_001 + ctx.store.dispatches.length
    const dispatch = {
      runId,
      repo: repo.fullName,
      workflowId: typeof id === 'number' ? id : str(id),
      workflowFile: workflow.file,
      ref,
      inputs,
      login: ctx.principal.user.login,
      atMs: ctx.store.stamp(),
    }
    ctx.store.dispatches.push(dispatch)
    // GitHub.com answers with the run when asked; an older GitHub Enterprise Server answers 204 regardless.
    if (f.return_run_details === true && ctx.store.dispatchRunDetails) {
      return {
        status: 200,
        body: {
          workflow_run_id: runId,
          run_url: `${ctx.urls.api}/repos/${repo.fullName}/actions/runs/${runId}`,
          html_url: `${ctx.urls.web}/${repo.fullName}/actions/runs/${runId}`,
        },
      }
    }
    return { status: 204 }
  },
}
