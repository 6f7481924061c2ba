// The REST request pipeline: route → auth → rate limit → OpenAPI request check → fault → handler →
// OpenAPI response check → conditional GET → send. Everything after the body is read runs synchronously,
// so each request applies atomically, like one GitHub transaction.
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Principal } from './access.ts'
import type { Accounting, TimelineEntry } from './accounting.ts'
import type { Clock } from './clock.ts'
import { DOCS, HttpError, errorBody } from './errors.ts'
import type { AppliedFault, FaultInjector } from './faults.ts'
import type { OpenApi, OperationSpec, RequestProblem } from './openapi.ts'
import { rateLimitHeaders } from './ratelimit.ts'
import type { RateLimitState, RateLimiter } from './ratelimit.ts'
import type { Urls } from './render.ts'
import { ROUTES } from './routes.ts'
import type { RouteResult } from './routes.ts'
import type { Store } from './store.ts'

export interface ApiDeps {
  readonly openapi: OpenApi
  readonly store: Store
  readonly clock: Clock
  readonly faults: FaultInjector
  readonly limiter: RateLimiter
  readonly accounting: Accounting
  readonly violations: string[]
  readonly urls: Urls
  readonly pathPrefix: string
  /** Injected latency for the next request (fixed part plus seeded jitter). */
  nextDelay(): number
  /** A response the double will never send; closed when the double closes. */
  hold(res: ServerResponse): void
}

type Outcome =
  | { kind: 'respond'; status: number; headers: Record<string, string>; body: string | undefined; created: boolean }
  | { kind: 'destroy'; created: boolean }
  | { kind: 'hang' }

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID'
const SECONDARY_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
const PRIMARY_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
const ANONYMOUS_LIMIT = 60

let requestCounter = 0

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let ended = false
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      ended = true
      resolve(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', reject)
    // A client that disconnects mid-body may not produce 'error'; never leave the request pending.
    req.on('close', () => {
      if (!ended) reject(new Error('client disconnected before sending the whole body'))
    })
  })
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

function weakEtag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('hex')}"`
}

function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  const strip = (t: string): string => t.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag))
}

function problemsToErrors(problems: RequestProblem[]): Array<Record<string, string>> {
  return problems.map((p) => ({ field: p.field, code: p.code, message: p.message }))
}

/** One violation per request keeps counts meaningful; the first few details are enough to debug. */
function joinProblems(messages: string[]): string {
  const shown = messages.slice(0, 5).join('; ')
  return messages.length > 5 ? `${shown}; (+${messages.length - 5} more)` : shown
}

class Pipeline {
  readonly d: ApiDeps
  readonly req: IncomingMessage
  readonly url: URL
  readonly entry: TimelineEntry
  readonly method: string
  readonly requestId: string
  readonly now: number
  op: OperationSpec | undefined

  constructor(d: ApiDeps, req: IncomingMessage, url: URL, entry: TimelineEntry) {
    this.d = d
    this.req = req
    this.url = url
    this.entry = entry
    this.method = entry.method
    requestCounter++
    this.requestId = `D0B1:${process.pid.toString(16).toUpperCase()}:${requestCounter.toString(16).toUpperCase().padStart(6, '0')}`
    this.now = d.clock.now()
  }

  violation(what: string): void {
    const where = this.op === undefined ? '' : ` [${this.op.operationId}]`
    this.d.violations.push(`${this.method} ${this.url.pathname}${this.url.search}${where}: ${what}`)
  }

  baseHeaders(rate: RateLimitState | undefined): Record<string, string> {
    return {
      date: new Date(this.now).toUTCString(),
      'x-github-request-id': this.requestId,
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, ' +
        'X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type',
      ...(rate === undefined ? {} : rateLimitHeaders(rate)),
    }
  }

  json(status: number, body: unknown, rate: RateLimitState | undefined, extra: Record<string, string> = {}): Outcome {
    const text = body === undefined ? undefined : JSON.stringify(body)
    const headers = { ...this.baseHeaders(rate), ...extra }
    if (text !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
    return { kind: 'respond', status, headers, body: text, created: false }
  }

  run(bodyText: string): Outcome {
    const d = this.d
    let path = this.url.pathname
    if (d.pathPrefix !== '') {
      path = path.startsWith(`${d.pathPrefix}/`) ? path.slice(d.pathPrefix.length) : ''
    }
    const match = d.openapi.match(this.method, path)
    if (match.kind !== 'operation') {
      this.violation(
        match.kind === 'not-implemented'
          ? `GitHub's ${this.method} ${match.template} is not implemented by the double`
          : d.pathPrefix !== '' && path === ''
            ? `not under the API prefix ${d.pathPrefix}`
            : "no such operation in GitHub's REST API description",
      )
    } else {
      this.op = match.op
      this.entry.route = match.op.path
    }

    // GitHub authenticates before routing: a bad token gets 401 even on a path that does not exist.
    const auth = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header(this.req, 'authorization') ?? '')
    const tokenRec = auth?.[1] === undefined ? undefined : d.store.tokens.get(auth[1])
    if (tokenRec === undefined) {
      const rate = d.limiter.consume('(anonymous)', ANONYMOUS_LIMIT, this.now)
      return this.json(401, errorBody(401, 'Bad credentials', DOCS), rate)
    }
    const principal: Principal = { token: tokenRec, user: d.store.ensureUser(tokenRec.login) }
    this.entry.login = principal.user.login
    if (match.kind !== 'operation') {
      return this.json(
        404,
        errorBody(404, 'Not Found'),
        d.limiter.consume(tokenRec.token, tokenRec.rateLimit, this.now),
      )
    }
    const op = match.op
    const rate = d.limiter.peek(tokenRec.token, tokenRec.rateLimit, this.now)
    if (rate.remaining <= 0) {
      const who = principal.user.type === 'Bot' ? 'installation ID 1' : `user ID ${principal.user.id}`
      return this.json(403, errorBody(403, `API rate limit exceeded for ${who}.`, PRIMARY_DOCS), rate)
    }

    let body: unknown
    if (op.requestBody !== undefined && bodyText.trim() !== '') {
      try {
        body = JSON.parse(bodyText)
      } catch {
        this.violation('request body is not valid JSON')
        return this.json(
          400,
          errorBody(400, 'Problems parsing JSON', op.documentationUrl),
          d.limiter.consume(tokenRec.token, tokenRec.rateLimit, this.now),
        )
      }
    }
    const checked = d.openapi.checkRequest(op, match.pathParams, this.url.searchParams, body)
    if (checked.warnings.length > 0) {
      this.violation(`${joinProblems(checked.warnings.map((w) => w.message))} (GitHub ignores it; likely a caller bug)`)
    }
    if (checked.problems.length > 0) {
      this.violation(`request rejected: ${joinProblems(checked.problems.map((p) => p.message))}`)
      const consumed = d.limiter.consume(tokenRec.token, tokenRec.rateLimit, this.now)
      // GitHub answers malformed path segments (e.g. /issues/abc) with 404, not 422.
      if (checked.problems.some((p) => p.where === 'path'))
        return this.json(404, errorBody(404, 'Not Found', op.documentationUrl), consumed)
      return this.json(
        422,
        { ...errorBody(422, 'Validation Failed', op.documentationUrl), errors: problemsToErrors(checked.problems) },
        consumed,
      )
    }

    const fault = d.faults.pick(this.method, op.path)
    if (fault !== undefined) {
      this.entry.fault = fault.kind
      d.faults.log.push({
        seq: d.faults.log.length + 1,
        requestId: this.entry.id,
        atMs: this.now,
        method: this.method,
        route: op.path,
        path: this.url.pathname,
        kind: fault.kind,
        source: fault.source,
      })
      const early = this.faultOutcome(fault, tokenRec.token, tokenRec.rateLimit)
      if (early !== undefined) return early
    }

    const handler = ROUTES[`${op.method} ${op.path}`]
    let result: RouteResult
    if (handler === undefined) {
      this.violation('described in the subset but has no handler')
      result = { status: 404, body: errorBody(404, 'Not Found') }
    } else {
      try {
        result = handler({
          store: d.store,
          urls: d.urls,
          principal,
          op,
          path: checked.pathParams,
          query: checked.query,
          body,
          requestUrl: new URL(`${this.url.pathname}${this.url.search}`, d.urls.api),
          unfaithful: (message) => this.violation(message),
        })
      } catch (err) {
        if (err instanceof HttpError) {
          result = { status: err.status, body: err.body, headers: err.headers }
        } else {
          this.violation(`the double crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
          result = { status: 500, body: errorBody(500, 'Server Error') }
        }
      }
    }
    const responseProblems = d.openapi.checkResponse(op, result.status, result.body)
    if (responseProblems.length > 0) {
      this.violation(`response ${result.status} does not match GitHub's schema: ${joinProblems(responseProblems)}`)
    }
    const created = result.created !== undefined && result.status === 201
    if (fault?.kind === 'reset-after-apply') {
      d.limiter.consume(tokenRec.token, tokenRec.rateLimit, this.now)
      return { kind: 'destroy', created }
    }

    const text = result.body === undefined ? undefined : JSON.stringify(result.body)
    const extra: Record<string, string> = { ...(result.headers ?? {}) }
    if (this.method === 'GET' && result.status === 200 && text !== undefined) {
      const etag = weakEtag(text)
      extra.etag = etag
      extra['cache-control'] = 'private, max-age=60, s-maxage=60'
      extra.vary = 'Accept, Authorization, Cookie, X-GitHub-OTP'
      // Conditional requests answered with 304 do not count against the primary rate limit.
      if (etagMatches(header(this.req, 'if-none-match'), etag)) {
        return {
          kind: 'respond',
          status: 304,
          headers: { ...this.baseHeaders(rate), ...extra },
          body: undefined,
          created: false,
        }
      }
    }
    const consumed = d.limiter.consume(tokenRec.token, tokenRec.rateLimit, this.now)
    const headers = { ...this.baseHeaders(consumed), ...extra }
    if (text !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
    return { kind: 'respond', status: result.status, headers, body: text, created }
  }

  /** Faults that strike before the request is applied; undefined for reset-after-apply. */
  faultOutcome(fault: AppliedFault, token: string, limit: number): Outcome | undefined {
    const d = this.d
    const secondary = { ...errorBody(403, `${SECONDARY_MESSAGE} ${this.requestId}.`, SECONDARY_DOCS) }
    switch (fault.kind) {
      case '5xx':
        return this.json(fault.status, errorBody(fault.status, 'Server Error'), d.limiter.peek(token, limit, this.now))
      case 'secondary-rate-limit':
        return this.json(403, secondary, d.limiter.consume(token, limit, this.now), {
          'retry-after': String(fault.retryAfterSec),
        })
      case 'secondary-rate-limit-no-retry-after': {
        const rate = d.limiter.consume(token, limit, this.now)
        const resetAt = Math.ceil(this.now / 1000) + fault.retryAfterSec
        return this.json(403, secondary, { ...rate, remaining: 0, reset: resetAt })
      }
      case '429':
        return this.json(429, { ...secondary, status: '429' }, d.limiter.consume(token, limit, this.now), {
          'retry-after': String(fault.retryAfterSec),
        })
      case 'reset-before-apply':
        return { kind: 'destroy', created: false }
      case 'hang':
        return { kind: 'hang' }
      case 'reset-after-apply':
        return undefined
    }
  }
}

export async function serveApi(d: ApiDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase()
  // Drawn on arrival (synchronously) so jitter replays for the same request order.
  const delay = d.nextDelay()
  const entry = d.accounting.begin(method, url.pathname, header(req, 'x-tasklist-client') ?? null, delay)
  let bodyText: string
  try {
    bodyText = await readBody(req)
  } catch {
    d.accounting.finish(entry, { status: 0, created: false })
    return
  }
  // A client that gives up during the delay does not cancel the request: GitHub would still apply it.
  await sleep(delay)
  const pipeline = new Pipeline(d, req, url, entry)
  const outcome = pipeline.run(bodyText)
  if (outcome.kind === 'respond') {
    res.sendDate = false
    res.writeHead(outcome.status, outcome.headers)
    res.end(outcome.body)
    d.accounting.finish(entry, { status: outcome.status, created: outcome.created })
  } else if (outcome.kind === 'destroy') {
    req.socket.destroy()
    d.accounting.finish(entry, { status: 0, created: outcome.created })
  } else {
    d.hold(res)
    res.on('close', () => d.accounting.finish(entry, { status: 0, created: false }))
  }
}
