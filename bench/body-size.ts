// Section 2, body: how large the issue body grows with the task count, at which detail level
// (src/domain/body.ts sheds presentation detail to stay under GitHub's limit), and the largest
// TaskList that fits. Pure computation on the action's own renderer; no requests.
import { BodyTooLargeError, checklistLine, renderBody } from '../src/domain/body.ts'
import { fold, trustedAuthors, type LogComment } from '../src/domain/fold.ts'
import { inertJson } from '../src/domain/markdown.ts'
import { type Snapshot } from '../src/domain/model.ts'
import { genesisSnapshot, leanSnapshot } from '../src/domain/snapshot.ts'
import { toWire } from '../src/domain/snapshot-wire.ts'
import { MAX_TASKS } from '../src/domain/task-spec.ts'
import { finishTasks, namedTasks, startTasks, writeRecords, type PlannedRecord } from './records.ts'
import type { BodyLimitRow, BodySizeRow, BodyState, Detail, RunningLimitRow } from './types.ts'

const BOT = 'github-actions[bot]'
const T0 = Date.parse('2026-11-26T04:00:00Z')
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

function planFor(count: number, state: BodyState): PlannedRecord[] {
  return state === 'pending' ? [] : state === 'finished' ? finishTasks(count) : startTasks(count)
}

/** The snapshot of `count` tasks after a plan of records, folded from real records (in memory). */
export function snapshotOf(count: number, nameLength: number | undefined, plan: readonly PlannedRecord[]): Snapshot {
  const genesis = genesisSnapshot({
    title: 'Migrate production',
    trusted: [],
    tasks: namedTasks(count, nameLength),
    now: iso(T0),
  })
  let id = 3_500_000_000
  let at = T0
  const comments = writeRecords(
    genesis,
    plan,
    (body): LogComment => {
      at += 37_000
      return { id: ++id, createdAt: iso(at), login: BOT, body }
    },
    () => iso(at),
  )
  return fold(genesis, comments, trustedAuthors(BOT)).snapshot
}

/** Which detail level renderBody settled on, judged from what the body contains. */
export function detailOf(snapshot: Snapshot, body: string): Detail {
  // A state with no presentation facts is the same at every level; then the richest one was used.
  const lean = inertJson(toWire(leanSnapshot(snapshot)))
  if (lean !== inertJson(toWire(snapshot)) && body.includes(lean)) return 'lean'
  for (const detail of ['full', 'compact', 'minimal'] as const) {
    const lines = snapshot.tasks.map((t) => checklistLine(t, detail)).join('\n')
    if (body.includes(lines)) return detail
  }
  throw new Error('the body matches no detail level')
}

function measure(
  count: number,
  nameLength: number | undefined,
  state: BodyState,
): { chars: number; detail: Detail } | null {
  return measurePlan(count, nameLength, planFor(count, state))
}

function measurePlan(
  count: number,
  nameLength: number | undefined,
  plan: readonly PlannedRecord[],
): { chars: number; detail: Detail } | null {
  const snapshot = snapshotOf(count, nameLength, plan)
  try {
    const body = renderBody(snapshot)
    return { chars: body.length, detail: detailOf(snapshot, body) }
  } catch (error) {
    if (error instanceof BodyTooLargeError) return null
    throw error
  }
}

export interface BodySizeOptions {
  readonly taskCounts: readonly number[]
  /** undefined: short names (`task-0001`). */
  readonly nameLengths: ReadonlyArray<number | undefined>
  readonly states: readonly BodyState[]
  /** The TaskList size for which to find how many tasks may run at once. */
  readonly runningAmong: number
}

const SHORT = 'task-0001'.length

export function measureBodySizes(options: BodySizeOptions): {
  sizes: BodySizeRow[]
  limits: BodyLimitRow[]
  running: RunningLimitRow[]
} {
  const sizes: BodySizeRow[] = []
  const limits: BodyLimitRow[] = []
  const running: RunningLimitRow[] = []
  for (const nameLength of options.nameLengths) {
    for (const state of options.states) {
      const length = nameLength ?? SHORT
      for (const tasks of options.taskCounts) {
        const m = measure(tasks, nameLength, state)
        sizes.push({ tasks, nameLength: length, state, chars: m?.chars ?? null, detail: m?.detail ?? null })
      }
      limits.push(limitOf(nameLength, state))
    }
    running.push(runningLimitOf(options.runningAmong, nameLength))
  }
  return { sizes, limits, running }
}

/** How many of `total` tasks can be IN_PROGRESS at once (the rest finished) before the body overflows. */
function runningLimitOf(total: number, nameLength: number | undefined): RunningLimitRow {
  const fits = (k: number) => measurePlan(total, nameLength, [...startTasks(k), ...finishTasks(total - k, k)]) !== null
  let lo = 0
  let hi = total + 1
  if (!fits(0)) return { tasks: total, nameLength: nameLength ?? SHORT, maxRunning: -1 }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (fits(mid)) lo = mid
    else hi = mid
  }
  return { tasks: total, nameLength: nameLength ?? SHORT, maxRunning: lo }
}

/**
 * The largest count that fits, by bisection (fitting is monotone in the count), and where each
 * detail level starts. The action itself refuses more than MAX_TASKS tasks; the search goes on
 * past that to show how much room the body has, and reports the cap.
 */
function limitOf(nameLength: number | undefined, state: BodyState): BodyLimitRow {
  const fits = (n: number) => measure(n, nameLength, state) !== null
  let lo = 1
  let hi = MAX_TASKS
  while (fits(hi)) {
    lo = hi
    hi *= 2
    if (hi > 64 * MAX_TASKS) break
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (fits(mid)) lo = mid
    else hi = mid
  }
  const detailFrom: Partial<Record<Detail, number>> = {}
  for (const detail of ['compact', 'minimal', 'lean'] as const) {
    const first = firstCountAt(detail, lo, nameLength, state)
    if (first !== undefined) detailFrom[detail] = first
  }
  return {
    nameLength: nameLength ?? SHORT,
    state,
    maxTasks: Math.min(lo, MAX_TASKS),
    cappedByTaskLimit: lo >= MAX_TASKS,
    bodyLimitTasks: lo,
    detailFrom,
  }
}

const RANK: Record<Detail, number> = { full: 0, compact: 1, minimal: 2, lean: 3 }

/** The smallest count whose body is at `detail` or leaner (detail only drops as the count grows). */
function firstCountAt(
  detail: Detail,
  upTo: number,
  nameLength: number | undefined,
  state: BodyState,
): number | undefined {
  const atOrLeaner = (n: number) => {
    const m = measure(n, nameLength, state)
    return m === null || RANK[m.detail] >= RANK[detail]
  }
  if (!atOrLeaner(upTo)) return undefined
  let lo = 0
  let hi = upTo
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (atOrLeaner(mid)) hi = mid
    else lo = mid
  }
  return hi
}
