// The GitHubDouble object: state, knobs and direct (HTTP-less) access for tests.
import type { Server, ServerResponse } from 'node:http'
import { Accounting } from './accounting.ts'
import type { Stats, TimelineEntry } from './accounting.ts'
import { Clock } from './clock.ts'
import { FaultInjector } from './faults.ts'
import type { ChaosOptions, FaultLogEntry, FaultRule } from './faults.ts'
import type { OpenApi } from './openapi.ts'
import { deriveSeed, mulberry32 } from './prng.ts'
import type { Random } from './prng.ts'
import { RateLimiter } from './ratelimit.ts'
import { renderComment, renderIssue, renderReaction } from './render.ts'
import type { GhComment, GhIssue, GhReaction, Urls } from './render.ts'
import type { ApiDeps } from './server.ts'
import { REACTION_CONTENTS, Store } from './store.ts'
import type {
  DispatchRec,
  IssueRec,
  Limits,
  LockReason,
  ReactionContent,
  RepoOptions,
  RepoRec,
  TokenOptions,
} from './store.ts'

export const DEFAULT_TOKEN = 'ghs_default_test_token'
export const MAINTAINER_TOKEN = 'ghp_maintainer'
export const OUTSIDER_TOKEN = 'ghp_outsider'
/** A person with write access: may edit and delete anyone's comments, as on GitHub. */
export const WRITER_TOKEN = 'ghp_writer'
export const WRITER_LOGIN = 'wanda'
export const DEFAULT_REPO = 'octo-org/migrations'
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 } as const

export interface LatencyOptions {
  latencyMs?: number
  jitterMs?: number
  /** Restart the jitter sequence from this seed. */
  seed?: number
}

export interface GitHubDoubleOptions {
  /** 0 (default) picks an ephemeral port. */
  port?: number
  /** GitHub Enterprise Server style API prefix, e.g. '/api/v3'. */
  pathPrefix?: string
  /** Web base for html_url; default https://github.com. */
  serverUrl?: string
  /** Seeds jitter and probabilistic fault rules; default 1. */
  seed?: number
  latencyMs?: number
  jitterMs?: number
  clockStartMs?: number
  /** Clock moves only through clock.advance(). */
  clockFrozen?: boolean
  /** Preconfigure the default tokens and octo-org/migrations; default true. */
  fixtures?: boolean
  /** GitHub's limits, lowered or switched for a test (see `Limits`). */
  limits?: Partial<Limits>
  /** Answer `return_run_details` on workflow dispatch with the run (200); false acts as an older GHES (204). */
  dispatchRunDetails?: boolean
}

export type ReactionTarget = { issue: number } | { comment: number }

/** Performs changes as a given user, bypassing HTTP, auth and validation (but not GitHub's bookkeeping). */
export interface Actor {
  readonly login: string
  createIssue(repo: string, fields: { title: string; body?: string; labels?: string[] }): GhIssue
  /** A pull request: it takes the next number of the issues and shows in the issues API with `pull_request`. */
  createPullRequest(repo: string, fields: { title: string; body?: string; labels?: string[] }): GhIssue
  /** Refused, as on GitHub, once the issue holds the comment cap. */
  comment(repo: string, issueNumber: number, body: string): GhComment
  editIssueBody(repo: string, issueNumber: number, body: string | null): GhIssue
  editIssue(
    repo: string,
    issueNumber: number,
    patch: { title?: string; body?: string | null; state?: 'open' | 'closed'; labels?: string[] },
  ): GhIssue
  editComment(repo: string, commentId: number, body: string): GhComment
  deleteComment(repo: string, commentId: number): void
  lock(repo: string, issueNumber: number, reason?: LockReason): GhIssue
  react(repo: string, target: ReactionTarget, content: ReactionContent): GhReaction
}

export class GitHubDouble implements ApiDeps {
  readonly openapi: OpenApi
  readonly store: Store
  readonly clock: Clock
  readonly faults: FaultInjector
  readonly limiter = new RateLimiter()
  readonly accounting = new Accounting()
  /** Contract violations seen so far (requests GitHub would reject, responses off-schema, unknown routes). */
  readonly violations: string[] = []
  readonly pathPrefix: string
  readonly serverUrl: string
  urls: Urls
  apiUrl: string
  controlUrl: string
  server: Server | undefined
  private latencyMs: number
  private jitterMs: number
  private jitter: Random
  private readonly held = new Set<ServerResponse>()

  constructor(openapi: OpenApi, options: GitHubDoubleOptions = {}) {
    this.openapi = openapi
    this.clock = new Clock({ startMs: options.clockStartMs, frozen: options.clockFrozen })
    this.store = new Store(() => this.clock.now())
    this.store.dispatchRunDetails = options.dispatchRunDetails ?? true
    const seed = options.seed ?? 1
    this.faults = new FaultInjector(seed)
    this.jitter = mulberry32(deriveSeed(seed, 'jitter'))
    this.latencyMs = options.latencyMs ?? 0
    this.jitterMs = options.jitterMs ?? 0
    this.pathPrefix = normalizePrefix(options.pathPrefix)
    this.serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/$/, '')
    this.apiUrl = `http://127.0.0.1${this.pathPrefix}`
    this.controlUrl = 'http://127.0.0.1/_double'
    this.urls = { api: this.apiUrl, web: this.serverUrl }
    if (options.fixtures ?? true) this.installFixtures()
    if (options.limits !== undefined) this.setLimits(options.limits)
  }

  setLimits(limits: Partial<Limits>): Limits {
    if (limits.commentCap !== undefined) {
      if (!Number.isInteger(limits.commentCap) || limits.commentCap < 1)
        throw new Error(`commentCap must be a positive integer, got ${limits.commentCap}`)
      this.store.limits.commentCap = limits.commentCap
    }
    if (limits.bodyOverflow !== undefined) this.store.limits.bodyOverflow = limits.bodyOverflow
    return { ...this.store.limits }
  }

  /** Called once the server listens and the port is known. */
  bind(server: Server, origin: string): void {
    this.server = server
    this.apiUrl = `${origin}${this.pathPrefix}`
    this.controlUrl = `${origin}/_double`
    this.urls = { api: this.apiUrl, web: this.serverUrl }
  }

  private installFixtures(): void {
    this.addToken(DEFAULT_TOKEN, {
      login: ACTIONS_BOT.login,
      id: ACTIONS_BOT.id,
      type: 'Bot',
      permissions: { issues: 'write', actions: 'write' },
    })
    this.addToken(MAINTAINER_TOKEN, { login: 'mona', type: 'User' })
    this.addToken(OUTSIDER_TOKEN, { login: 'outsider', type: 'User' })
    this.addToken(WRITER_TOKEN, { login: WRITER_LOGIN, type: 'User' })
    this.addRepo(DEFAULT_REPO, {
      defaultBranch: 'main',
      workflows: ['resume.yml', 'migration.yml'],
      collaborators: { mona: 'admin', outsider: 'read', [WRITER_LOGIN]: 'write' },
    })
  }

  addToken(token: string, options: TokenOptions): void {
    this.store.addToken(token, options)
  }

  addRepo(fullName: string, options: RepoOptions = {}): void {
    this.store.addRepo(fullName, options)
  }

  get dispatches(): DispatchRec[] {
    return this.store.dispatches
  }

  get faultLog(): FaultLogEntry[] {
    return this.faults.log
  }

  get timeline(): TimelineEntry[] {
    return this.accounting.timeline
  }

  stats(): Stats {
    return structuredClone(this.accounting.stats)
  }

  /** Zeroes the counters and empties the timeline. */
  resetStats(): void {
    this.accounting.reset()
  }

  clearViolations(): void {
    this.violations.length = 0
  }

  addFault(rule: FaultRule): void {
    // A concrete path instead of the template would silently never match.
    if (rule.route !== undefined && !this.openapi.operations.some((o) => o.path === rule.route)) {
      const known = [...new Set(this.openapi.operations.map((o) => o.path))].join(', ')
      throw new Error(`fault route must be an implemented OpenAPI path template (${known}); got ${rule.route}`)
    }
    this.faults.add(rule)
  }

  /** Removes every fault rule and stops chaos. */
  clearFaults(): void {
    this.faults.clear()
  }

  /** A random mix of fault kinds on `rate` of API requests; `null` (or rate 0) stops it. */
  chaos(options: ChaosOptions | null): void {
    this.faults.setChaos(options)
  }

  setLatency(options: LatencyOptions): void {
    if (options.latencyMs !== undefined) this.latencyMs = Math.max(0, options.latencyMs)
    if (options.jitterMs !== undefined) this.jitterMs = Math.max(0, options.jitterMs)
    if (options.seed !== undefined) this.jitter = mulberry32(deriveSeed(options.seed, 'jitter'))
  }

  nextDelay(): number {
    // Always draw, so the sequence does not depend on whether jitter was on for earlier requests.
    const r = this.jitter()
    return this.latencyMs + Math.floor(r * (this.jitterMs + 1))
  }

  hold(res: ServerResponse): void {
    this.held.add(res)
    res.on('close', () => this.held.delete(res))
  }

  private repoRec(repo: string): RepoRec {
    return this.store.repo(repo)
  }

  private issueRec(repo: string, n: number): { repo: RepoRec; issue: IssueRec } {
    const r = this.repoRec(repo)
    return { repo: r, issue: this.store.issue(r, n) }
  }

  getIssue(repo: string, issueNumber: number): GhIssue | undefined {
    const r = this.repoRec(repo)
    const issue = r.issues.get(issueNumber)
    return issue === undefined ? undefined : renderIssue(this.store, this.urls, r, issue, { closedBy: true })
  }

  listIssues(repo: string): GhIssue[] {
    const r = this.repoRec(repo)
    return [...r.issues.values()].map((i) => renderIssue(this.store, this.urls, r, i))
  }

  listComments(repo: string, issueNumber: number): GhComment[] {
    const { repo: r, issue } = this.issueRec(repo, issueNumber)
    return this.store.issueComments(issue).map((c) => renderComment(this.store, this.urls, r, c))
  }

  reactions(repo: string, target: ReactionTarget): GhReaction[] {
    const r = this.repoRec(repo)
    const holder = 'issue' in target ? this.store.issue(r, target.issue) : this.store.findComment(r, target.comment)
    if (holder === undefined) throw new Error(`no such reaction target in ${repo}: ${JSON.stringify(target)}`)
    return holder.reactions.map((x) => renderReaction(this.store, this.urls, x))
  }

  actAs(login: string): Actor {
    const store = this.store
    const urls = (): Urls => this.urls
    const issueRec = (repo: string, n: number): { repo: RepoRec; issue: IssueRec } => this.issueRec(repo, n)
    const commentRec = (
      repo: string,
      id: number,
    ): { repo: RepoRec; comment: NonNullable<ReturnType<Store['findComment']>> } => {
      const r = this.repoRec(repo)
      const comment = store.findComment(r, id)
      if (comment === undefined) throw new Error(`no comment ${id} in ${repo}`)
      return { repo: r, comment }
    }
    store.ensureUser(login)
    return {
      login,
      createIssue: (repo, fields) => {
        const r = this.repoRec(repo)
        const labels = store.resolveLabels(r, fields.labels ?? [], true)
        const issue = store.createIssue(r, login, { title: fields.title, body: fields.body ?? null, labels })
        return renderIssue(store, urls(), r, issue, { closedBy: true })
      },
      createPullRequest: (repo, fields) => {
        const r = this.repoRec(repo)
        const labels = store.resolveLabels(r, fields.labels ?? [], true)
        const pr = store.createIssue(r, login, {
          title: fields.title,
          body: fields.body ?? null,
          labels,
          pullRequest: true,
        })
        return renderIssue(store, urls(), r, pr, { closedBy: true })
      },
      comment: (repo, n, body) => {
        const { repo: r, issue } = issueRec(repo, n)
        const capped = store.commentCapMessage(issue)
        if (capped !== undefined) throw new Error(capped)
        return renderComment(store, urls(), r, store.addComment(r, issue, login, body))
      },
      editIssueBody: (repo, n, body) => {
        const { repo: r, issue } = issueRec(repo, n)
        store.updateIssue(issue, login, { body })
        return renderIssue(store, urls(), r, issue, { closedBy: true })
      },
      editIssue: (repo, n, patch) => {
        const { repo: r, issue } = issueRec(repo, n)
        const labels = patch.labels === undefined ? undefined : store.resolveLabels(r, patch.labels, true)
        store.updateIssue(issue, login, { title: patch.title, body: patch.body, state: patch.state, labels })
        return renderIssue(store, urls(), r, issue, { closedBy: true })
      },
      editComment: (repo, id, body) => {
        const { repo: r, comment } = commentRec(repo, id)
        return renderComment(store, urls(), r, store.updateComment(comment, body))
      },
      deleteComment: (repo, id) => {
        const { repo: r, comment } = commentRec(repo, id)
        store.deleteComment(r, comment)
      },
      lock: (repo, n, reason) => {
        const { repo: r, issue } = issueRec(repo, n)
        store.lock(issue, reason ?? null)
        return renderIssue(store, urls(), r, issue, { closedBy: true })
      },
      react: (repo, target, content) => {
        if (!REACTION_CONTENTS.includes(content)) throw new Error(`unknown reaction ${content}`)
        const holder = 'issue' in target ? issueRec(repo, target.issue).issue : commentRec(repo, target.comment).comment
        return renderReaction(store, urls(), store.react(holder, login, content).reaction)
      },
    }
  }

  /** Stops listening, cuts keep-alive and hung connections. */
  close(): Promise<void> {
    const server = this.server
    if (server === undefined) return Promise.resolve()
    this.server = undefined
    for (const res of this.held) res.socket?.destroy()
    this.held.clear()
    return new Promise((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()))
      server.closeAllConnections()
    })
  }
}

function normalizePrefix(prefix: string | undefined): string {
  if (prefix === undefined || prefix === '' || prefix === '/') return ''
  return `/${prefix.replace(/^\/+|\/+$/g, '')}`
}
