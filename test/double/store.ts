// The double's state: users, tokens, repositories, issues, comments, reactions, dispatches.
// Plain records and the mutations GitHub performs on them; no HTTP, no permission checks.
import { truncateToSecond } from './clock.ts'

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read'
export type AccessLevel = 'read' | 'write'
export type UserType = 'Bot' | 'User' | 'Organization'
export const REACTION_CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const
export type ReactionContent = (typeof REACTION_CONTENTS)[number]

export interface TokenOptions {
  login: string
  id?: number
  type: 'Bot' | 'User'
  /**
   * What the token may do, like a GitHub App installation token or fine-grained PAT. Omitted: bots get
   * issues and actions write; users are limited only by their role on the repository.
   */
  permissions?: { issues?: AccessLevel; actions?: AccessLevel }
  /** Repositories ('owner/name') an installation token can see; all when omitted. */
  repositories?: string[]
  /** Primary rate limit per hour; 1000 for bots (GITHUB_TOKEN), 5000 for users. */
  rateLimit?: number
}

export interface WorkflowOptions {
  file: string
  id?: number
  /** Declared workflow_dispatch inputs; any input is accepted when omitted. */
  inputs?: string[]
}

export interface RepoOptions {
  defaultBranch?: string
  /** Branches that exist besides the default branch (for dispatch refs). */
  branches?: string[]
  workflows?: Array<string | WorkflowOptions>
  collaborators?: Record<string, Role>
  private?: boolean
  id?: number
}

export const LOCK_REASONS = ['off-topic', 'too heated', 'resolved', 'spam'] as const
export type LockReason = (typeof LOCK_REASONS)[number]

/**
 * GitHub's limits that tests lower or switch. `commentCap`: comments an issue takes before GitHub refuses
 * more (2,500 on GitHub; every comment counts, people's included). `bodyOverflow`: what a PATCH of an
 * issue body over the limit does; GitHub answers 422, but has been seen to answer 200 and keep the old body.
 */
export interface Limits {
  commentCap: number
  bodyOverflow: 'reject' | 'keep-old'
}

export const GITHUB_COMMENT_CAP = 2500

export interface UserRec {
  login: string
  id: number
  type: UserType
}

export interface TokenRec {
  token: string
  login: string
  permissions: { issues?: AccessLevel; actions?: AccessLevel } | undefined
  repositories: string[] | undefined
  rateLimit: number
}

export interface LabelRec {
  id: number
  name: string
  color: string
  description: string | null
  isDefault: boolean
}

export interface ReactionRec {
  id: number
  content: ReactionContent
  login: string
  createdAt: number
}

export interface IssueRec {
  id: number
  number: number
  title: string
  body: string | null
  login: string
  state: 'open' | 'closed'
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null
  labels: string[]
  locked: boolean
  lockReason: LockReason | null
  /** Pull requests share the issue number space; `GET /issues/{n}` returns them with a `pull_request` key. */
  pullRequest: boolean
  createdAt: number
  updatedAt: number
  closedAt: number | null
  closedBy: string | null
  commentIds: number[]
  reactions: ReactionRec[]
}

export interface CommentRec {
  id: number
  repo: string
  issueNumber: number
  body: string
  login: string
  createdAt: number
  updatedAt: number
  reactions: ReactionRec[]
}

export interface WorkflowRec {
  id: number
  file: string
  inputs: string[] | undefined
}

export interface RepoRec {
  id: number
  owner: string
  name: string
  fullName: string
  defaultBranch: string
  branches: Set<string>
  private: boolean
  workflows: WorkflowRec[]
  collaborators: Map<string, Role>
  labels: Map<string, LabelRec>
  issues: Map<number, IssueRec>
  nextIssueNumber: number
  createdAt: number
  pushedAt: number
}

export interface DispatchRec {
  repo: string
  /** As the caller passed it: a file name or a numeric id. */
  workflowId: string | number
  workflowFile: string
  ref: string
  inputs: Record<string, unknown>
  login: string
  atMs: number
  /** The run GitHub started for it: every dispatch starts one, whether or not the answer names it. */
  runId: number
}

export class Store {
  readonly users = new Map<string, UserRec>()
  readonly tokens = new Map<string, TokenRec>()
  readonly repos = new Map<string, RepoRec>()
  readonly comments = new Map<number, CommentRec>()
  readonly dispatches: DispatchRec[] = []
  readonly limits: Limits = { commentCap: GITHUB_COMMENT_CAP, bodyOverflow: 'reject' }
  /**
   * Whether a dispatch answers `return_run_details: true` with the run (200), as GitHub.com does
   * since February 2026; older GitHub Enterprise Server answers 204 whatever is asked.
   */
  dispatchRunDetails = true
  private nextUserId = 100_001
  private nextRepoId = 700_000_001
  private nextIssueId = 2_600_000_001
  private nextCommentId = 3_500_000_001
  private nextReactionId = 280_000_001
  private nextLabelId = 8_000_000_001
  private nextWorkflowId = 160_000_001
  private readonly now: () => number

  constructor(now: () => number) {
    this.now = now
  }

  /** GitHub timestamps have whole-second resolution. */
  stamp(): number {
    return truncateToSecond(this.now())
  }

  ensureUser(login: string, type?: UserType, id?: number): UserRec {
    const key = login.toLowerCase()
    const existing = this.users.get(key)
    if (existing !== undefined) return existing
    const user: UserRec = {
      login,
      id: id ?? this.nextUserId++,
      type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
    }
    this.users.set(key, user)
    return user
  }

  findUser(login: string): UserRec | undefined {
    return this.users.get(login.toLowerCase())
  }

  addToken(token: string, options: TokenOptions): TokenRec {
    const user = this.ensureUser(options.login, options.type, options.id)
    const rec: TokenRec = {
      token,
      login: user.login,
      permissions: options.permissions ?? (options.type === 'Bot' ? { issues: 'write', actions: 'write' } : undefined),
      repositories: options.repositories?.map((r) => r.toLowerCase()),
      rateLimit: options.rateLimit ?? (options.type === 'Bot' ? 1000 : 5000),
    }
    this.tokens.set(token, rec)
    return rec
  }

  addRepo(fullName: string, options: RepoOptions = {}): RepoRec {
    const [owner, name, extra] = fullName.split('/')
    if (owner === undefined || name === undefined || extra !== undefined || owner === '' || name === '') {
      throw new Error(`repository must be 'owner/name', got ${fullName}`)
    }
    if (this.repos.has(fullName.toLowerCase())) throw new Error(`repository ${fullName} already exists`)
    this.ensureUser(owner, 'Organization')
    const defaultBranch = options.defaultBranch ?? 'main'
    const now = this.stamp()
    const repo: RepoRec = {
      id: options.id ?? this.nextRepoId++,
      owner,
      name,
      fullName: `${owner}/${name}`,
      defaultBranch,
      branches: new Set([defaultBranch, ...(options.branches ?? [])]),
      private: options.private ?? false,
      workflows: [],
      collaborators: new Map(),
      labels: new Map(),
      issues: new Map(),
      nextIssueNumber: 1,
      createdAt: now,
      pushedAt: now,
    }
    for (const w of options.workflows ?? []) {
      const spec = typeof w === 'string' ? { file: w } : w
      repo.workflows.push({ id: spec.id ?? this.nextWorkflowId++, file: spec.file, inputs: spec.inputs })
    }
    for (const [login, role] of Object.entries(options.collaborators ?? {})) {
      this.ensureUser(login)
      repo.collaborators.set(login.toLowerCase(), role)
    }
    this.repos.set(repo.fullName.toLowerCase(), repo)
    return repo
  }

  findRepo(owner: string, name: string): RepoRec | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  repo(fullName: string): RepoRec {
    const repo = this.repos.get(fullName.toLowerCase())
    if (repo === undefined) throw new Error(`no repository ${fullName}`)
    return repo
  }

  issue(repo: RepoRec, number: number): IssueRec {
    const issue = repo.issues.get(number)
    if (issue === undefined) throw new Error(`no issue ${repo.fullName}#${number}`)
    return issue
  }

  /** Labels by name, case-insensitively; missing ones are created when `create` (GitHub does so for pushers). */
  resolveLabels(repo: RepoRec, names: string[], create: boolean): string[] {
    const out: string[] = []
    for (const raw of names) {
      const name = raw.trim()
      if (name === '') continue
      let label = repo.labels.get(name.toLowerCase())
      if (label === undefined && create) {
        label = { id: this.nextLabelId++, name, color: 'ededed', description: null, isDefault: false }
        repo.labels.set(name.toLowerCase(), label)
      }
      if (label !== undefined && !out.includes(label.name)) out.push(label.name)
    }
    return out
  }

  label(repo: RepoRec, name: string): LabelRec | undefined {
    return repo.labels.get(name.toLowerCase())
  }

  createIssue(
    repo: RepoRec,
    login: string,
    fields: { title: string; body: string | null; labels: string[]; pullRequest?: boolean },
  ): IssueRec {
    const now = this.stamp()
    const issue: IssueRec = {
      id: this.nextIssueId++,
      number: repo.nextIssueNumber++,
      title: fields.title,
      body: fields.body,
      login: this.ensureUser(login).login,
      state: 'open',
      stateReason: null,
      labels: fields.labels,
      locked: false,
      lockReason: null,
      pullRequest: fields.pullRequest ?? false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      commentIds: [],
      reactions: [],
    }
    repo.issues.set(issue.number, issue)
    return issue
  }

  updateIssue(
    issue: IssueRec,
    login: string,
    patch: {
      title?: string
      body?: string | null
      state?: 'open' | 'closed'
      stateReason?: IssueRec['stateReason']
      labels?: string[]
    },
  ): IssueRec {
    const now = this.stamp()
    if (patch.title !== undefined) issue.title = patch.title
    if (patch.body !== undefined) issue.body = patch.body
    if (patch.labels !== undefined) issue.labels = patch.labels
    if (patch.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = now
      issue.closedBy = this.ensureUser(login).login
      issue.stateReason = patch.stateReason ?? 'completed'
    } else if (patch.state === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closedAt = null
      issue.closedBy = null
      issue.stateReason = 'reopened'
    } else if (patch.stateReason !== undefined && issue.state === 'closed') {
      issue.stateReason = patch.stateReason
    }
    issue.updatedAt = now
    return issue
  }

  /** GitHub's refusal once an issue holds `commentCap` comments, or undefined while it has room. */
  commentCapMessage(issue: IssueRec): string | undefined {
    if (issue.commentIds.length < this.limits.commentCap) return undefined
    return `Commenting is disabled on issues with more than ${this.limits.commentCap} comments`
  }

  lock(issue: IssueRec, reason: LockReason | null): void {
    issue.locked = true
    issue.lockReason = reason
    issue.updatedAt = this.stamp()
  }

  addComment(repo: RepoRec, issue: IssueRec, login: string, body: string): CommentRec {
    const now = this.stamp()
    const comment: CommentRec = {
      id: this.nextCommentId++,
      repo: repo.fullName,
      issueNumber: issue.number,
      body,
      login: this.ensureUser(login).login,
      createdAt: now,
      updatedAt: now,
      reactions: [],
    }
    this.comments.set(comment.id, comment)
    issue.commentIds.push(comment.id)
    issue.updatedAt = now
    return comment
  }

  findComment(repo: RepoRec, id: number): CommentRec | undefined {
    const comment = this.comments.get(id)
    return comment !== undefined && comment.repo === repo.fullName ? comment : undefined
  }

  updateComment(comment: CommentRec, body: string): CommentRec {
    comment.body = body
    comment.updatedAt = this.stamp()
    return comment
  }

  deleteComment(repo: RepoRec, comment: CommentRec): void {
    this.comments.delete(comment.id)
    const issue = repo.issues.get(comment.issueNumber)
    if (issue !== undefined) issue.commentIds = issue.commentIds.filter((id) => id !== comment.id)
  }

  issueComments(issue: IssueRec): CommentRec[] {
    const out: CommentRec[] = []
    for (const id of issue.commentIds) {
      const c = this.comments.get(id)
      if (c !== undefined) out.push(c)
    }
    return out.sort((a, b) => a.id - b.id)
  }

  /** Idempotent per (user, content), like GitHub: `created` is false when it already existed. */
  react(
    target: { reactions: ReactionRec[] },
    login: string,
    content: ReactionContent,
  ): { reaction: ReactionRec; created: boolean } {
    const user = this.ensureUser(login)
    const existing = target.reactions.find(
      (r) => r.content === content && r.login.toLowerCase() === user.login.toLowerCase(),
    )
    if (existing !== undefined) return { reaction: existing, created: false }
    const reaction: ReactionRec = { id: this.nextReactionId++, content, login: user.login, createdAt: this.stamp() }
    target.reactions.push(reaction)
    return { reaction, created: true }
  }
}
