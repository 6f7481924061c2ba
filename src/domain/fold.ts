import { historyAfter } from './attempts.ts'
import { needsProblem } from './needs.ts'
import { decodeRecord, type PlanRecord, type TaskRecord } from './record.ts'
import { type Claim } from './claim.ts'
import { LEASE } from './claim-limits.ts'
import { decodeMarker, type ContinueMarker } from './continuation.ts'
import type { RunState, Segment, Snapshot, Task } from './model.ts'
import { definitionsDigest, withTasks } from './snapshot.ts'
import { isLegal, targetOf } from './status.ts'
import { taskIndex } from './task-spec.ts'

/** An issue comment as the fold needs it; `createdAt` is GitHub's time, never the runner's. */
export interface LogComment {
  readonly id: number
  readonly createdAt: string
  readonly login: string
  readonly body: string
  /** GitHub's time of the last edit; equal to `createdAt` for a comment never edited. */
  readonly updatedAt?: string
}

export type FoldEvent =
  | { kind: 'applied'; comment: LogComment; record: TaskRecord; before: Task; after: Task }
  | { kind: 'rejected'; comment: LogComment; record: TaskRecord; reason: string }
  | { kind: 'duplicate'; comment: LogComment; record: TaskRecord }
  | { kind: 'untrusted'; comment: LogComment }
  | { kind: 'malformed'; comment: LogComment; error: string }
  /** A trusted record that someone edited after it was written: what it said first cannot be known. */
  | { kind: 'edited'; comment: LogComment; record: TaskRecord | undefined }
  /** The first trusted continue marker of the segment: the record goes on in `marker.next`. */
  | { kind: 'continued'; comment: LogComment; marker: ContinueMarker }
  /** A record written in a segment after the marker that ended it: it counts for nothing there. */
  | { kind: 'superseded'; comment: LogComment; record: TaskRecord | PlanRecord }
  | { kind: 'planned'; comment: LogComment; record: PlanRecord; before: readonly Task[]; after: readonly Task[] }
  | { kind: 'plan-rejected'; comment: LogComment; record: PlanRecord; reason: string }

export interface FoldResult {
  readonly snapshot: Snapshot
  readonly events: readonly FoldEvent[]
}

/** Why a record is rejected when its task definitions differ from the snapshot's. */
export const DEFINITIONS_MISMATCH = 'was written against different task definitions'

export function leaseExpiry(claim: Claim): number {
  return Date.parse(claim.renewed ?? claim.at) + claim.lease * 1000
}

/**
 * A later attempt of the same workflow run can only start once the earlier
 * attempt has ended, so its claims are safe to take over at once.
 */
export function isLaterAttempt(claim: Claim, holder: TaskRecord['holder']): boolean {
  const old = claim.holder
  return old.run !== undefined && old.run === holder.run && (holder.attempt ?? 0) > (old.attempt ?? 0)
}

/** The issue's author (GitHub's word, not the body's) plus the accounts named as trusted. */
export function trustedAuthors(issueAuthor: string, ...lists: ReadonlyArray<readonly string[]>): Set<string> {
  return new Set([issueAuthor, ...lists.flat()].map((login) => login.toLowerCase()))
}

/**
 * Replays the comments newer than the snapshot's cursor, in id order, on top of
 * it. Pure and deterministic: every reader that sees the same comments reaches
 * the same state, which is what makes concurrent writers safe without a
 * compare-and-swap on the issue body.
 */
export function fold(base: Snapshot, comments: readonly LogComment[], trusted: ReadonlySet<string>): FoldResult {
  let tasks = base.tasks.slice()
  // A plan record changes the definitions, so later records are judged against the digest as of their turn.
  let defs = base.defs
  const events: FoldEvent[] = []
  const seenRecords = new Set<string>()
  let cursor = base.cursor
  const segments: Segment[] = base.segments?.slice() ?? []
  let ended = false
  const ordered = comments.filter((c) => cursor === null || c.id > cursor.id).sort((a, b) => a.id - b.id)

  for (const comment of ordered) {
    const decoded = decodeRecord(comment.body)
    if (ended) {
      // The segment ended at a marker: what follows it here is written again in the next segment.
      if (decoded.kind !== 'record' && decoded.kind !== 'plan') continue
      if (trusted.has(comment.login.toLowerCase())) events.push({ kind: 'superseded', comment, record: decoded.record })
      else events.push({ kind: 'untrusted', comment })
      continue
    }
    cursor = { id: comment.id, at: comment.createdAt }
    const last = segments.at(-1)
    if (last !== undefined) segments[segments.length - 1] = { ...last, used: last.used + 1 }
    const edited = comment.updatedAt !== undefined && comment.updatedAt !== comment.createdAt
    if (decoded.kind === 'none') {
      const marker = decodeMarker(comment.body)
      if (marker.kind === 'none') continue
      if (!trusted.has(comment.login.toLowerCase())) {
        events.push({ kind: 'untrusted', comment })
        continue
      }
      if (marker.kind === 'malformed') {
        events.push(edited ? { kind: 'edited', comment, record: undefined } : { ...marker, comment })
        continue
      }
      segments.push({ issue: marker.marker.next, after: comment.id, used: 0 })
      events.push({ kind: 'continued', comment, marker: marker.marker })
      ended = true
      continue
    }
    if (!trusted.has(comment.login.toLowerCase())) {
      events.push({ kind: 'untrusted', comment })
      continue
    }
    if (decoded.kind === 'malformed') {
      // The action never writes a malformed record; one that was edited was broken by someone.
      events.push(
        edited ? { kind: 'edited', comment, record: undefined } : { kind: 'malformed', comment, error: decoded.error },
      )
      continue
    }
    if (decoded.kind === 'plan') {
      const plan = decoded.record
      if (decoded.seal === 'broken' || (decoded.seal === 'absent' && edited)) {
        events.push({ kind: 'edited', comment, record: undefined })
        continue
      }
      const outcome = seenRecords.has(plan.rec) ? 'is a duplicate' : checkPlan(tasks, defs, plan)
      seenRecords.add(plan.rec)
      if (typeof outcome === 'string') {
        events.push({ kind: 'plan-rejected', comment, record: plan, reason: outcome })
        continue
      }
      events.push({ kind: 'planned', comment, record: plan, before: tasks, after: outcome })
      tasks = outcome.slice()
      defs = plan.next
      continue
    }
    const record = decoded.record
    if (decoded.seal === 'broken' || (decoded.seal === 'absent' && edited)) {
      events.push({ kind: 'edited', comment, record })
      continue
    }
    if (seenRecords.has(record.rec)) {
      events.push({ kind: 'duplicate', comment, record })
      continue
    }
    seenRecords.add(record.rec)
    const index = taskIndex(record.task)
    const task = tasks[index]
    const outcome = task === undefined ? 'task does not exist' : check(defs, task, record)
    if (task === undefined || typeof outcome === 'string') {
      if (task?.state.claim?.id === record.rec) events.push({ kind: 'duplicate', comment, record })
      else events.push({ kind: 'rejected', comment, record, reason: outcome as string })
      continue
    }
    const after = apply(task, record, comment)
    tasks[index] = after
    events.push({ kind: 'applied', comment, record, before: task, after })
  }
  return {
    snapshot: withTasks({ ...base, cursor, defs, ...(segments.length === 0 ? {} : { segments }) }, tasks),
    events,
  }
}

/** The issue that holds the snapshot's newest records: its last continuation, or the TaskList's own issue. */
export function currentSegment(snapshot: Pick<Snapshot, 'segments'>, tasklist: number): number {
  return snapshot.segments?.at(-1)?.issue ?? tasklist
}

/** A task that ran or is running: changing its definition is never silent. */
function hasRun(task: Task): boolean {
  return task.state.status === 'COMPLETE' || task.state.status === 'IN_PROGRESS'
}

/** The tasks after a plan record, or why it does not apply: a compare-and-set on the digest and each touched task. */
function checkPlan(tasks: readonly Task[], defs: string, record: PlanRecord): Task[] | string {
  if (record.defs !== defs) return DEFINITIONS_MISMATCH
  const byName = new Map(tasks.map((task) => [task.definition.name, task]))
  const set = new Map(record.set.map(({ name, ...fields }) => [name, { ...fields, name }]))
  for (const [name, version] of Object.entries(record.ver)) {
    const task = byName.get(name)
    if (task === undefined) return `names task '${name}', which does not exist`
    if (task.state.version !== version)
      return `is stale: ${name} is at version ${task.state.version}, the record expected ${version}`
    if (hasRun(task) && !record.accepted.includes(name))
      return `would change ${name}, which is ${task.state.status}, without plan-change: accept`
  }
  for (const name of [...record.drop, ...set.keys()]) {
    if (byName.has(name) && record.ver[name] === undefined) return `changes ${name} without naming its version`
  }
  const dropped = new Set(record.drop)
  const next: Task[] = tasks
    .filter((task) => !dropped.has(task.definition.name))
    .map((task) => {
      const definition = set.get(task.definition.name)
      return definition === undefined ? task : { definition, state: task.state }
    })
  for (const [name, definition] of set) {
    if (!byName.has(name)) next.push({ definition, state: { status: 'PENDING', version: 0 } })
  }
  if (next.length === 0) return 'would leave no tasks'
  const definitions = next.map((task) => task.definition)
  if (definitionsDigest(definitions) !== record.next) return 'names a definitions digest its changes do not give'
  if (needsProblem(definitions) !== undefined) return 'would leave a need on a missing task, or a cycle'
  return next
}

function check(defs: string, task: Task, record: TaskRecord): true | string {
  const { name } = task.definition
  const { status, version, claim } = task.state
  if (record.name !== name) return `names task '${record.name}', but ${record.task} is '${name}'`
  if (record.defs !== defs) return DEFINITIONS_MISMATCH
  if (record.ver !== version) return `is stale: ${name} is at version ${version}, the record expected ${record.ver}`
  if (record.from !== status) return `expected ${name} to be ${record.from}, but it is ${status}`
  if (record.to !== targetOf(record.op) || !isLegal(record.op, record.from, record.authority)) {
    return `${record.op} is not allowed from ${record.from} for ${record.authority === 'operator' ? 'an' : 'a'} ${record.authority}`
  }
  switch (record.op) {
    case 'takeover':
      if (claim === undefined || record.claim !== claim.id) return 'takes over a claim that is not current'
      if (isLaterAttempt(claim, record.holder)) return true
      if (record.at === undefined || Date.parse(record.at) <= leaseExpiry(claim)) {
        return `the lease of ${claim.holder.label} is still valid`
      }
      return true
    case 'renew':
    case 'complete':
    case 'fail':
      if (claim === undefined || record.claim !== claim.id) return 'acts under a claim that is not current'
      return true
    default:
      return true
  }
}

/** The task after a record that passed `check`: its definition as it was, its run state moved on. */
function apply(task: Task, record: TaskRecord, comment: LogComment): Task {
  const before = task.state
  const history = historyAfter(before, record.op, comment.createdAt)
  const common = {
    status: record.to,
    version: before.version + 1,
    changedAt: comment.createdAt,
    changedBy: record.requestedBy === undefined ? record.holder.label : `@${record.requestedBy}`,
    ...(record.holder.url === undefined ? {} : { runUrl: record.holder.url }),
    ...(record.m === undefined ? {} : { message: record.m }),
    ...(history === undefined ? {} : { history }),
  }
  return { definition: task.definition, state: nextState(before, common, record, comment) }
}

function nextState(before: RunState, common: RunState, record: TaskRecord, comment: LogComment): RunState {
  switch (record.op) {
    case 'start':
    case 'takeover':
      return {
        ...common,
        claim: {
          id: record.rec,
          at: comment.createdAt,
          lease: record.lease ?? before.claim?.lease ?? LEASE.defaultSec,
          holder: record.holder,
        },
      }
    case 'renew':
      return {
        ...common,
        ...(before.claim === undefined
          ? {}
          : {
              claim: {
                ...before.claim,
                renewed: comment.createdAt,
                ...(record.lease === undefined ? {} : { lease: record.lease }),
              },
            }),
        ...(record.m === undefined && before.message !== undefined ? { message: before.message } : {}),
      }
    case 'complete':
    case 'fail':
      return {
        ...common,
        ...(before.claim === undefined
          ? {}
          : { durationSec: Math.max(0, (Date.parse(comment.createdAt) - Date.parse(before.claim.at)) / 1000) }),
        ...(record.x === undefined ? {} : { exitCode: record.x }),
        ...(record.op === 'complete' && record.out !== undefined ? { outputs: record.out } : {}),
      }
    default:
      return common
  }
}
