import { historyAfter } from './attempts.ts'
import { decodeRecord, type TaskRecord } from './record.ts'
import { definitionOf, sealSnapshot, type Claim, type Snapshot, type TaskState } from './snapshot.ts'
import { isLegal, targetOf } from './status.ts'
import { taskIndex } from './task-spec.ts'

/** An issue comment as the fold needs it; `createdAt` is GitHub's time, never the runner's. */
export interface LogComment {
  readonly id: number
  readonly createdAt: string
  readonly login: string
  readonly body: string
}

export type FoldEvent =
  | { kind: 'applied'; comment: LogComment; record: TaskRecord; before: TaskState; after: TaskState }
  | { kind: 'rejected'; comment: LogComment; record: TaskRecord; reason: string }
  | { kind: 'duplicate'; comment: LogComment; record: TaskRecord }
  | { kind: 'untrusted'; comment: LogComment }
  | { kind: 'malformed'; comment: LogComment; error: string }

export interface FoldResult {
  readonly snapshot: Snapshot
  readonly events: readonly FoldEvent[]
}

export const DEFAULT_LEASE_SECONDS = 6 * 3600

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
  const tasks = base.tasks.slice()
  const events: FoldEvent[] = []
  const seenRecords = new Set<string>()
  let cursor = base.cursor
  const ordered = comments.filter((c) => cursor === null || c.id > cursor.id).sort((a, b) => a.id - b.id)

  for (const comment of ordered) {
    cursor = { id: comment.id, at: comment.createdAt }
    const decoded = decodeRecord(comment.body)
    if (decoded.kind === 'none') continue
    if (!trusted.has(comment.login.toLowerCase())) {
      events.push({ kind: 'untrusted', comment })
      continue
    }
    if (decoded.kind === 'malformed') {
      events.push({ kind: 'malformed', comment, error: decoded.error })
      continue
    }
    const record = decoded.record
    if (seenRecords.has(record.rec)) {
      events.push({ kind: 'duplicate', comment, record })
      continue
    }
    seenRecords.add(record.rec)
    const index = taskIndex(record.task)
    const task = tasks[index]
    const outcome = task === undefined ? 'task does not exist' : check(base, task, record)
    if (task === undefined || typeof outcome === 'string') {
      if (task?.c?.id === record.rec) events.push({ kind: 'duplicate', comment, record })
      else events.push({ kind: 'rejected', comment, record, reason: outcome as string })
      continue
    }
    const after = apply(task, record, comment)
    tasks[index] = after
    events.push({ kind: 'applied', comment, record, before: task, after })
  }
  return { snapshot: sealSnapshot({ ...withoutDigest(base), tasks, cursor }), events }
}

function withoutDigest(snapshot: Snapshot): Omit<Snapshot, 'digest'> {
  const { digest: _digest, ...content } = snapshot
  return content
}

function check(base: Snapshot, task: TaskState, record: TaskRecord): true | string {
  if (record.name !== task.n) return `names task '${record.name}', but ${record.task} is '${task.n}'`
  if (record.defs !== base.defs) return DEFINITIONS_MISMATCH
  if (record.ver !== task.v) return `is stale: ${task.n} is at version ${task.v}, the record expected ${record.ver}`
  if (record.from !== task.s) return `expected ${task.n} to be ${record.from}, but it is ${task.s}`
  if (record.to !== targetOf(record.op) || !isLegal(record.op, record.from, record.authority)) {
    return `${record.op} is not allowed from ${record.from} for ${record.authority === 'operator' ? 'an' : 'a'} ${record.authority}`
  }
  const claim = task.c
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

function apply(task: TaskState, record: TaskRecord, comment: LogComment): TaskState {
  const history = historyAfter(task, record.op, comment.createdAt)
  const next: TaskState = {
    ...definitionOf(task),
    s: record.to,
    v: task.v + 1,
    at: comment.createdAt,
    by: record.requestedBy === undefined ? record.holder.label : `@${record.requestedBy}`,
    ...(record.holder.url === undefined ? {} : { u: record.holder.url }),
    ...(record.m === undefined ? {} : { m: record.m }),
    ...(history === undefined ? {} : { h: history }),
  }
  switch (record.op) {
    case 'start':
    case 'takeover':
      next.c = {
        id: record.rec,
        at: comment.createdAt,
        lease: record.lease ?? task.c?.lease ?? DEFAULT_LEASE_SECONDS,
        holder: record.holder,
      }
      return next
    case 'renew':
      if (task.c !== undefined)
        next.c = {
          ...task.c,
          renewed: comment.createdAt,
          ...(record.lease === undefined ? {} : { lease: record.lease }),
        }
      if (record.m === undefined && task.m !== undefined) next.m = task.m
      return next
    case 'complete':
    case 'fail':
      if (task.c !== undefined) next.t = Math.max(0, (Date.parse(comment.createdAt) - Date.parse(task.c.at)) / 1000)
      if (record.x !== undefined) next.x = record.x
      return next
    default:
      return next
  }
}
