// Request accounting for tests and benchmarks: counters plus a timeline of real (wall-clock) intervals.
export interface Stats {
  requests: number
  reads: number
  writes: number
  /** Successful POSTs that created an issue or a comment (GitHub's content-creation limits count these). */
  contentCreating: number
  notModified: number
  /** Keyed `METHOD /openapi/template` (or the raw path for unknown routes). */
  byRoute: Record<string, number>
  byLogin: Record<string, number>
  faults: number
}

export interface TimelineEntry {
  id: number
  /** performance.timeOrigin + performance.now(), so entries from several processes line up. */
  startMs: number
  endMs: number
  method: string
  route: string
  path: string
  /** 0 when no response was sent (socket reset or hang). */
  status: number
  login: string | null
  clientId: string | null
  /** Injected latency for this request (latencyMs + seeded jitter). */
  delayMs: number
  fault: string | null
}

export function emptyStats(): Stats {
  return { requests: 0, reads: 0, writes: 0, contentCreating: 0, notModified: 0, byRoute: {}, byLogin: {}, faults: 0 }
}

export function realNow(): number {
  return performance.timeOrigin + performance.now()
}

export class Accounting {
  stats: Stats = emptyStats()
  readonly timeline: TimelineEntry[] = []
  private nextId = 1

  begin(method: string, path: string, clientId: string | null, delayMs: number): TimelineEntry {
    const entry: TimelineEntry = {
      id: this.nextId++,
      startMs: realNow(),
      endMs: Number.NaN,
      method,
      route: path,
      path,
      status: 0,
      login: null,
      clientId,
      delayMs,
      fault: null,
    }
    this.timeline.push(entry)
    return entry
  }

  finish(entry: TimelineEntry, outcome: { status: number; created: boolean }): void {
    entry.endMs = realNow()
    entry.status = outcome.status
    const s = this.stats
    s.requests++
    if (entry.method === 'GET') s.reads++
    else s.writes++
    if (outcome.created) s.contentCreating++
    if (outcome.status === 304) s.notModified++
    if (entry.fault !== null) s.faults++
    const routeKey = `${entry.method} ${entry.route}`
    s.byRoute[routeKey] = (s.byRoute[routeKey] ?? 0) + 1
    const who = entry.login ?? '(anonymous)'
    s.byLogin[who] = (s.byLogin[who] ?? 0) + 1
  }

  reset(): void {
    this.stats = emptyStats()
    this.timeline.length = 0
  }
}
