// Typed client for the control API of an out-of-process double (see control.ts).
import type { Stats, TimelineEntry } from './accounting.ts'
import type { ReactionTarget, LatencyOptions } from './double.ts'
import type { ChaosOptions, FaultLogEntry, FaultRule } from './faults.ts'
import type { GhComment, GhIssue, GhReaction } from './render.ts'
import type { DispatchRec, Limits, RepoOptions, TokenOptions } from './store.ts'

export class ControlClient {
  readonly controlUrl: string

  /** controlUrl as printed by main.ts, e.g. http://127.0.0.1:PORT/_double */
  constructor(controlUrl: string) {
    this.controlUrl = controlUrl.replace(/\/$/, '')
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.controlUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const payload: unknown = await res.json()
    if (!res.ok) {
      const message =
        typeof payload === 'object' && payload !== null && 'error' in payload ? String(payload.error) : res.statusText
      throw new Error(`control ${method} ${path} failed (${res.status}): ${message}`)
    }
    return payload as T
  }

  health(): Promise<{ ok: boolean; apiUrl: string; serverUrl: string }> {
    return this.call('GET', '/health')
  }
  stats(): Promise<Stats> {
    return this.call('GET', '/stats')
  }
  async resetStats(): Promise<void> {
    await this.call('POST', '/reset-stats')
  }
  violations(): Promise<string[]> {
    return this.call('GET', '/violations')
  }
  async clearViolations(): Promise<void> {
    await this.call('POST', '/clear-violations')
  }
  timeline(): Promise<TimelineEntry[]> {
    return this.call('GET', '/timeline')
  }
  faultLog(): Promise<FaultLogEntry[]> {
    return this.call('GET', '/fault-log')
  }
  dispatches(): Promise<DispatchRec[]> {
    return this.call('GET', '/dispatches')
  }
  async addFault(rule: FaultRule): Promise<void> {
    await this.call('POST', '/faults', rule)
  }
  async clearFaults(): Promise<void> {
    await this.call('POST', '/clear-faults')
  }
  /** `null` stops chaos. */
  async chaos(options: ChaosOptions | null): Promise<void> {
    await this.call('POST', '/chaos', options ?? { rate: 0 })
  }
  async setLatency(options: LatencyOptions): Promise<void> {
    await this.call('POST', '/latency', options)
  }
  async clockNow(): Promise<number> {
    return (await this.call<{ nowMs: number }>('GET', '/clock')).nowMs
  }
  async advanceClock(ms: number): Promise<number> {
    return (await this.call<{ nowMs: number }>('POST', '/clock/advance', { ms })).nowMs
  }
  async addToken(token: string, options: TokenOptions): Promise<void> {
    await this.call('POST', '/tokens', { ...options, token })
  }
  async addRepo(fullName: string, options: RepoOptions = {}): Promise<void> {
    await this.call('POST', '/repos', { ...options, fullName })
  }
  issue(repo: string, issueNumber: number): Promise<{ issue: GhIssue; comments: GhComment[] }> {
    return this.call('GET', `/issue?${new URLSearchParams({ repo, number: String(issueNumber) }).toString()}`)
  }
  issues(repo: string): Promise<GhIssue[]> {
    return this.call('GET', `/issues?${new URLSearchParams({ repo }).toString()}`)
  }
  reactions(repo: string, target: ReactionTarget): Promise<GhReaction[]> {
    const q: Record<string, string> =
      'issue' in target ? { repo, issue: String(target.issue) } : { repo, comment: String(target.comment) }
    return this.call('GET', `/reactions?${new URLSearchParams(q).toString()}`)
  }
  commentAsUser(login: string, repo: string, issueNumber: number, body: string): Promise<GhComment> {
    return this.call('POST', '/comment-as-user', { login, repo, issueNumber, body })
  }
  editBodyAsUser(login: string, repo: string, issueNumber: number, body: string): Promise<GhIssue> {
    return this.call('POST', '/edit-body-as-user', { login, repo, issueNumber, body })
  }
  limits(): Promise<Limits> {
    return this.call('GET', '/limits')
  }
  setLimits(limits: Partial<Limits>): Promise<Limits> {
    return this.call('POST', '/limits', limits)
  }
  editCommentAsUser(login: string, repo: string, commentId: number, body: string): Promise<GhComment> {
    return this.call('POST', '/edit-comment-as-user', { login, repo, commentId, body })
  }
  async deleteCommentAsUser(login: string, repo: string, commentId: number): Promise<void> {
    await this.call('POST', '/delete-comment-as-user', { login, repo, commentId })
  }
  lockAsUser(login: string, repo: string, issueNumber: number): Promise<GhIssue> {
    return this.call('POST', '/lock-as-user', { login, repo, issueNumber })
  }
  createPullRequestAsUser(
    login: string,
    repo: string,
    fields: { title: string; body?: string; labels?: string[] },
  ): Promise<GhIssue> {
    return this.call('POST', '/create-pull-request-as-user', { login, repo, ...fields })
  }
  createIssueAsUser(
    login: string,
    repo: string,
    fields: { title: string; body?: string; labels?: string[] },
  ): Promise<GhIssue> {
    return this.call('POST', '/create-issue-as-user', { login, repo, ...fields })
  }
}
