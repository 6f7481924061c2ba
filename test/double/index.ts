// Entry point: start a GitHub double on 127.0.0.1 (ephemeral port by default).
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CONTROL_PREFIX, serveControl } from './control.ts'
import { GitHubDouble } from './double.ts'
import type { GitHubDoubleOptions } from './double.ts'
import { sharedOpenApi } from './openapi.ts'
import { serveApi } from './server.ts'

export {
  GitHubDouble,
  ACTIONS_BOT,
  DEFAULT_REPO,
  DEFAULT_TOKEN,
  MAINTAINER_TOKEN,
  OUTSIDER_TOKEN,
  WRITER_LOGIN,
  WRITER_TOKEN,
} from './double.ts'
export type { Actor, GitHubDoubleOptions, LatencyOptions, ReactionTarget } from './double.ts'
export type { Stats, TimelineEntry } from './accounting.ts'
export { FAULT_KINDS } from './faults.ts'
export { GITHUB_COMMENT_CAP } from './store.ts'
export type { ChaosOptions, FaultKind, FaultLogEntry, FaultRule } from './faults.ts'
export type { GhComment, GhIssue, GhLabel, GhReaction, GhUser } from './render.ts'
export type {
  AccessLevel,
  DispatchRec,
  Limits,
  LockReason,
  ReactionContent,
  RepoOptions,
  Role,
  TokenOptions,
  WorkflowOptions,
} from './store.ts'
export { ControlClient } from './control-client.ts'

export async function startGitHubDouble(options: GitHubDoubleOptions = {}): Promise<GitHubDouble> {
  const double = new GitHubDouble(sharedOpenApi(), options)
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const isControl = url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)
    const work = isControl ? serveControl(double, req, res, url) : serveApi(double, req, res, url)
    work.catch((err: unknown) => {
      double.violations.push(
        `${req.method ?? ''} ${url.pathname}: the double crashed: ${err instanceof Error ? err.message : String(err)}`,
      )
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  // GitHub keeps connections alive; so do we, but the double must still close promptly.
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  double.bind(server, `http://127.0.0.1:${port}`)
  return double
}
