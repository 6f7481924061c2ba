// Tells the double which process sent each request. The action sends no client id of its own,
// so every job talks to this forwarder at `/c/<tag>` and the forwarder adds `x-tasklist-client`,
// which the double records in its timeline. Per-process round trips then come from the timeline.
import { Agent, createServer, request } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ClientTagger {
  /** The API base URL a job with this tag should use. */
  apiUrl(tag: string): string
  /** When the start gate opened (performance.timeOrigin + performance.now()), if it did. */
  gateOpenedAt(): number | undefined
  close(): Promise<void>
}

export interface TaggerOptions {
  /**
   * A start gate: hold every request until this many tags have each sent one, then let them all
   * through at once, so jobs meet GitHub together whatever their processes' start-up took.
   */
  readonly gate?: number
  /** Open the gate anyway after this long (a job that never sends a request must not hang the bench). */
  readonly gateTimeoutMs?: number
}

export async function startClientTagger(upstreamApiUrl: string, options: TaggerOptions = {}): Promise<ClientTagger> {
  const seen = new Set<string>()
  const held: Array<() => void> = []
  let openedAt: number | undefined = options.gate === undefined ? 0 : undefined
  const open = () => {
    if (openedAt !== undefined) return
    openedAt = performance.timeOrigin + performance.now()
    for (const release of held.splice(0)) release()
  }
  const fallback = options.gate === undefined ? undefined : setTimeout(open, options.gateTimeoutMs ?? 120_000).unref()
  const upstream = new URL(upstreamApiUrl)
  const upstreamPrefix = upstream.pathname.replace(/\/$/, '')
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  const server: Server = createServer((req, res) => {
    const match = /^\/c\/([\w.-]+)(\/.*)?$/.exec(req.url ?? '')
    if (match === null) {
      res.writeHead(404).end()
      return
    }
    const tag = match[1] ?? ''
    const rest = match[2] ?? '/'
    const headers = { ...req.headers, host: upstream.host, 'x-tasklist-client': tag }
    const forward = () => {
      const forwarded = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: `${upstreamPrefix}${rest}`,
          headers,
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        },
      )
      forwarded.on('error', () => {
        if (!res.headersSent) res.writeHead(502)
        res.end()
      })
      req.pipe(forwarded)
    }
    if (openedAt !== undefined) {
      forward()
      return
    }
    // The body stays buffered in the paused request until the gate opens.
    req.pause()
    held.push(forward)
    seen.add(tag)
    if (seen.size >= (options.gate ?? 0)) open()
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    apiUrl: (tag) => `http://127.0.0.1:${port}/c/${tag}`,
    gateOpenedAt: () => (options.gate === undefined ? undefined : openedAt),
    close: () =>
      new Promise<void>((resolve) => {
        if (fallback !== undefined) clearTimeout(fallback)
        agent.destroy()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
