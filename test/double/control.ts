// The control API (/_double/...): the double's test knobs over HTTP, for benchmarks, demos and
// process-level tests that run the double out of process. Not GitHub's API, so not OpenAPI-validated,
// not counted in stats, and never delayed or faulted.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { GitHubDouble, ReactionTarget } from './double.ts'
import type { ChaosOptions, FaultRule } from './faults.ts'
import type { Limits, TokenOptions } from './store.ts'

export const CONTROL_PREFIX = '/_double'

type Body = Record<string, unknown>
type ControlHandler = (double: GitHubDouble, body: Body, query: URLSearchParams) => unknown

class ControlError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

function get(source: Body | URLSearchParams, key: string): unknown {
  return source instanceof URLSearchParams ? (source.get(key) ?? undefined) : source[key]
}

function needString(source: Body | URLSearchParams, key: string): string {
  const value = get(source, key)
  if (typeof value !== 'string') throw new ControlError(400, `${key} must be a string`)
  return value
}

function needNumber(source: Body | URLSearchParams, key: string): number {
  const raw = get(source, key)
  const value = typeof raw === 'string' && raw !== '' ? Number(raw) : raw
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ControlError(400, `${key} must be a number`)
  return value
}

function target(source: Body | URLSearchParams): ReactionTarget {
  if (get(source, 'issue') !== undefined) return { issue: needNumber(source, 'issue') }
  if (get(source, 'comment') !== undefined) return { comment: needNumber(source, 'comment') }
  throw new ControlError(400, 'issue or comment is required')
}

const GET: Record<string, ControlHandler> = {
  '/health': (d) => ({ ok: true, apiUrl: d.apiUrl, serverUrl: d.serverUrl }),
  '/stats': (d) => d.stats(),
  '/violations': (d) => d.violations,
  '/timeline': (d) => d.timeline,
  '/fault-log': (d) => d.faultLog,
  '/dispatches': (d) => d.dispatches,
  '/clock': (d) => ({ nowMs: d.clock.now() }),
  '/limits': (d) => ({ ...d.store.limits }),
  '/issues': (d, _b, q) => d.listIssues(needString(q, 'repo')),
  '/issue': (d, _b, q) => {
    const repo = needString(q, 'repo')
    const number = needNumber(q, 'number')
    const issue = d.getIssue(repo, number)
    if (issue === undefined) throw new ControlError(404, `no issue ${repo}#${number}`)
    return { issue, comments: d.listComments(repo, number) }
  },
  '/reactions': (d, _b, q) => d.reactions(needString(q, 'repo'), target(q)),
}

const POST: Record<string, ControlHandler> = {
  '/reset-stats': (d) => d.resetStats(),
  '/clear-violations': (d) => d.clearViolations(),
  '/faults': (d, b) => d.addFault(b as unknown as FaultRule),
  '/clear-faults': (d) => d.clearFaults(),
  '/chaos': (d, b) => d.chaos(b.rate === undefined || b.rate === 0 ? null : (b as unknown as ChaosOptions)),
  '/latency': (d, b) =>
    d.setLatency({
      latencyMs: b.latencyMs === undefined ? undefined : needNumber(b, 'latencyMs'),
      jitterMs: b.jitterMs === undefined ? undefined : needNumber(b, 'jitterMs'),
      seed: b.seed === undefined ? undefined : needNumber(b, 'seed'),
    }),
  '/clock/advance': (d, b) => ({ nowMs: d.clock.advance(needNumber(b, 'ms')) }),
  '/tokens': (d, b) => d.addToken(needString(b, 'token'), b as unknown as TokenOptions),
  '/repos': (d, b) => d.addRepo(needString(b, 'fullName'), b),
  '/comment-as-user': (d, b) =>
    d.actAs(needString(b, 'login')).comment(needString(b, 'repo'), needNumber(b, 'issueNumber'), needString(b, 'body')),
  '/edit-body-as-user': (d, b) =>
    d
      .actAs(needString(b, 'login'))
      .editIssueBody(needString(b, 'repo'), needNumber(b, 'issueNumber'), needString(b, 'body')),
  '/limits': (d, b) => {
    const limits: Partial<Limits> = {}
    if (b.commentCap !== undefined) limits.commentCap = needNumber(b, 'commentCap')
    if (b.bodyOverflow !== undefined) {
      const mode = needString(b, 'bodyOverflow')
      if (mode !== 'reject' && mode !== 'keep-old')
        throw new ControlError(400, `bodyOverflow must be reject or keep-old`)
      limits.bodyOverflow = mode
    }
    return d.setLimits(limits)
  },
  '/edit-comment-as-user': (d, b) =>
    d
      .actAs(needString(b, 'login'))
      .editComment(needString(b, 'repo'), needNumber(b, 'commentId'), needString(b, 'body')),
  '/delete-comment-as-user': (d, b) => {
    d.actAs(needString(b, 'login')).deleteComment(needString(b, 'repo'), needNumber(b, 'commentId'))
  },
  '/lock-as-user': (d, b) => d.actAs(needString(b, 'login')).lock(needString(b, 'repo'), needNumber(b, 'issueNumber')),
  '/create-pull-request-as-user': (d, b) =>
    d.actAs(needString(b, 'login')).createPullRequest(needString(b, 'repo'), {
      title: needString(b, 'title'),
      body: typeof b.body === 'string' ? b.body : undefined,
      labels: Array.isArray(b.labels) ? b.labels.filter((l): l is string => typeof l === 'string') : undefined,
    }),
  '/create-issue-as-user': (d, b) =>
    d.actAs(needString(b, 'login')).createIssue(needString(b, 'repo'), {
      title: needString(b, 'title'),
      body: typeof b.body === 'string' ? b.body : undefined,
      labels: Array.isArray(b.labels) ? b.labels.filter((l): l is string => typeof l === 'string') : undefined,
    }),
}

function readJson(req: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('error', reject)
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim()
      if (text === '') return resolve({})
      try {
        const parsed: unknown = JSON.parse(text)
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object')
        resolve(parsed as Body)
      } catch {
        reject(new ControlError(400, 'body must be a JSON object'))
      }
    })
  })
}

export async function serveControl(
  double: GitHubDouble,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const sub = url.pathname.slice(CONTROL_PREFIX.length) || '/'
  const table = req.method === 'GET' ? GET : req.method === 'POST' ? POST : undefined
  let status = 200
  let payload: unknown
  try {
    const handler = table?.[sub]
    if (handler === undefined) throw new ControlError(404, `no control endpoint ${req.method ?? ''} ${url.pathname}`)
    const body = req.method === 'POST' ? await readJson(req) : {}
    payload = handler(double, body, url.searchParams) ?? { ok: true }
  } catch (err) {
    status = err instanceof ControlError ? err.status : 400
    payload = { error: err instanceof Error ? err.message : String(err) }
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(payload))
}
