// Round trips from the double's timeline: requests of one process that do not overlap in time
// waited on each other, so the longest chain of them is the number of round trips paid.
import type { Stats, TimelineEntry } from '../test/double/index.ts'
import type { RequestCost } from './types.ts'

/** The interval a request occupied; only the fields the chain needs. */
export type Interval = Pick<TimelineEntry, 'startMs' | 'endMs'>

/**
 * The most requests that can be put in a sequence where each starts after the
 * previous one ended (interval scheduling: earliest end first is optimal).
 * For a process that never overlaps requests this is simply their number;
 * requests sent side by side count once.
 */
export function longestChain(entries: readonly Interval[]): number {
  const sorted = entries.filter((e) => Number.isFinite(e.endMs)).toSorted((a, b) => a.endMs - b.endMs)
  let chain = 0
  let lastEnd = Number.NEGATIVE_INFINITY
  for (const entry of sorted) {
    if (entry.startMs >= lastEnd) {
      chain++
      lastEnd = entry.endMs
    }
  }
  return chain
}

/** Entries of one process, when the requests were tagged with a client id. */
export function byClient(entries: readonly TimelineEntry[]): Map<string, TimelineEntry[]> {
  const groups = new Map<string, TimelineEntry[]>()
  for (const entry of entries) {
    const key = entry.clientId ?? '(untagged)'
    const group = groups.get(key) ?? []
    group.push(entry)
    groups.set(key, group)
  }
  return groups
}

/** From the first request's arrival to the last response, in ms. */
export function networkSpan(entries: readonly Interval[]): number {
  if (entries.length === 0) return 0
  const start = Math.min(...entries.map((e) => e.startMs))
  const end = Math.max(...entries.map((e) => e.endMs))
  return end - start
}

/** Counters and the chain of one measured operation (a single process, or a sequence of them). */
export function costOf(stats: Stats, timeline: readonly TimelineEntry[]): RequestCost {
  return {
    requests: stats.requests,
    reads: stats.reads,
    notModified: stats.notModified,
    writes: stats.writes,
    contentCreating: stats.contentCreating,
    roundTrips: longestChain(timeline),
    byRoute: stats.byRoute,
  }
}

/** True when two costs asked GitHub for exactly the same things. */
export function sameCounts(a: RequestCost, b: RequestCost): boolean {
  return (
    a.requests === b.requests &&
    a.reads === b.reads &&
    a.notModified === b.notModified &&
    a.writes === b.writes &&
    a.contentCreating === b.contentCreating &&
    a.roundTrips === b.roundTrips &&
    JSON.stringify(Object.entries(a.byRoute).sort()) === JSON.stringify(Object.entries(b.byRoute).sort())
  )
}

/**
 * Time a process sat idle right before each of its writes except the first: from the end of the
 * request before it to the write's arrival. The client paces a process's writes past its first
 * few a second apart, so this is where that pacing would show. A gap that holds `run`'s command
 * (starting at `commandAt`) counts without the command's own `commandMs`.
 */
export function idleBeforeWrites(entries: readonly TimelineEntry[], commandAt?: number, commandMs = 0): number {
  const sorted = entries.toSorted((a, b) => a.startMs - b.startMs)
  let idle = 0
  let writes = 0
  let lastEnd = Number.NaN
  for (const entry of sorted) {
    if (entry.method !== 'GET') {
      // In `run`, the user's command sits in one gap; its own duration is not the step's idling.
      const spansCommand = commandAt !== undefined && lastEnd <= commandAt && commandAt <= entry.startMs
      if (writes > 0 && Number.isFinite(lastEnd))
        idle += Math.max(0, entry.startMs - lastEnd - (spansCommand ? commandMs : 0))
      writes++
    }
    lastEnd = Number.isFinite(lastEnd) ? Math.max(lastEnd, entry.endMs) : entry.endMs
  }
  return idle
}
