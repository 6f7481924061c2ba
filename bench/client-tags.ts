// Tells the double which process sent each request. The action sends no client id of its own,
// so every job talks to this forwarder at `/c/<tag>` and the forwarder adds `x-tasklist-client`,
// which the double records in its timeline. Per-process round trips then come from the timeline.
import { Agent, createServer, request } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ClientTagger {
  /** The API base URL a job with this tag should use. */
  apiUrl(tag: string): string
  close(): Promise<void>
}

export async function startClientTagger(upstreamApiUrl: string): Promise<ClientTagger> {
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
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    apiUrl: (tag) => `http://127.0.0.1:${port}/c/${tag}`,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
