// The physical limit of each operation: the processes it needs, each costing a bare `node` start-up,
// plus the round trips that a transition safe against concurrent writers cannot avoid, each costing
// the latency. A request is a round trip here; nothing is charged for GitHub's own work or for ours.
//
// Why these round trips: the record is the order of comments, so a transition must know the state
// (read the body's snapshot), append its record (one POST), and read the records up to its own to learn
// whether it won against a concurrent writer; no request can stand in for another, because each needs
// the answer before it. Publishing the body is left out: a reader could fold the records itself, so the
// limit does not charge for keeping the body current (this action does, after the record is confirmed).
import type { ComparisonRow } from './types.ts'

interface Limit {
  readonly steps: number
  readonly roundTrips: number
  readonly why: string
}

const TRANSITION: Limit = { steps: 1, roundTrips: 3, why: 'read the snapshot, append the record, read up to it' }

export const LIMITS: Readonly<Record<string, Limit>> = {
  create: { steps: 1, roundTrips: 1, why: 'create the issue' },
  'create (new key)': { steps: 1, roundTrips: 2, why: 'look the key up, create the issue' },
  'create (existing key)': {
    steps: 1,
    roundTrips: 2,
    why: 'find the issue by its key, read the records newer than its snapshot',
  },
  load: { steps: 1, roundTrips: 2, why: 'read the snapshot, then the records newer than it' },
  start: TRANSITION,
  complete: TRANSITION,
  fail: TRANSITION,
  skip: TRANSITION,
  run: {
    steps: 1,
    roundTrips: 5,
    why: 'claim before the command (read, append, read up to it), then append the outcome and read up to it',
  },
  resume: {
    steps: 1,
    roundTrips: 14,
    why: 'load (2), then for each of 3 tasks: append the claim, read up to it, append the outcome, read up to it (4)',
  },
  'reference scenario': {
    steps: 5,
    roundTrips: 18,
    why: 'create (1), run (5), load (2), run (5), run (5); the post steps have nothing to do',
  },
}

export function limitOf(operation: string, bareNodeMs: number, latencies: readonly number[]): ComparisonRow['limit'] {
  const limit = LIMITS[operation]
  if (limit === undefined) throw new Error(`no limit defined for ${operation}`)
  return {
    ...limit,
    requests: limit.roundTrips,
    wallMs: Object.fromEntries(
      latencies.map((latency) => [String(latency), Math.round(limit.steps * bareNodeMs + limit.roundTrips * latency)]),
    ),
  }
}
