// Checks a TaskList's final record against what its writers reported.
// Used by the chaos tests at both levels (in-process and process level).
import { parseBody } from '../../src/domain/body.ts'
import { currentSegment, fold, trustedAuthors, type FoldEvent, type LogComment } from '../../src/domain/fold.ts'
import { type Snapshot } from '../../src/domain/model.ts'
import { genesisSnapshot, specsOf } from '../../src/domain/snapshot.ts'

/** What one writer says happened. `unknown` is a write GitHub may or may not hold. */
export interface WriterReport {
  readonly writer: string
  readonly task: string
  readonly op: string
  readonly outcome: 'applied' | 'refused' | 'unknown'
}

export interface CheckResult {
  readonly anomalies: string[]
  readonly state: Snapshot
  readonly events: readonly FoldEvent[]
}

/** A comment as first written, for one that someone with write access edited or deleted since. */
export interface OriginalComment {
  readonly issue: number
  readonly comment: LogComment
}

/**
 * Folds the record's chain from `base`: the TaskList's issue, then each continuation a marker names,
 * with edited and deleted comments put back as first written. Only comments up to `upTo` count.
 */
export function foldChain(
  base: Snapshot,
  tasklist: number,
  segments: ReadonlyMap<number, readonly LogComment[]>,
  trusted: ReadonlySet<string>,
  originals: readonly OriginalComment[] = [],
  upTo = Number.POSITIVE_INFINITY,
): { snapshot: Snapshot; events: FoldEvent[] } {
  let snapshot = base
  const events: FoldEvent[] = []
  for (let hop = 0; hop < 10_000; hop++) {
    const segment = currentSegment(snapshot, tasklist)
    const restored = new Map((segments.get(segment) ?? []).map((c) => [c.id, c]))
    for (const o of originals) if (o.issue === segment) restored.set(o.comment.id, o.comment)
    const comments = [...restored.values()].filter((c) => c.id <= upTo)
    const result = fold(snapshot, comments, trusted)
    events.push(...result.events)
    snapshot = result.snapshot
    if (currentSegment(snapshot, tasklist) === segment) break
  }
  return { snapshot, events }
}

/**
 * Replays the whole record from genesis (ignoring every snapshot), across its continuations and with
 * edited and deleted comments as first written, and compares:
 * - every report 'applied' has its transition applied (no lost update);
 * - every applied transition was reported 'applied' or 'unknown' (no phantom);
 * - no task was claimed by two writers at once (one task, one runner);
 * - the body's snapshot equals the fold of the record up to its cursor (never invents);
 * - when `bodyMustBeCurrent`, the body shows the whole record.
 */
export function checkRecord(input: {
  body: string
  author: string
  comments: readonly LogComment[]
  reports: readonly WriterReport[]
  /** record ids per writer, from the writers' own logs or the record itself */
  writerOf: (event: Extract<FoldEvent, { kind: 'applied' }>) => string | undefined
  bodyMustBeCurrent: boolean
  /** The TaskList's issue number, and the comments of each continuation the record went on in. */
  tasklist?: number
  continuations?: ReadonlyMap<number, readonly LogComment[]>
  /** Comments people with write access edited or deleted, as first written. */
  originals?: readonly OriginalComment[]
}): CheckResult {
  const parsed = parseBody(input.body)
  if (parsed.kind !== 'ok')
    throw new Error(`the TaskList body does not parse: ${parsed.kind === 'invalid' ? parsed.error : 'not a TaskList'}`)
  const anomalies: string[] = []
  const snapshot = parsed.snapshot
  const genesis = genesisSnapshot({
    title: snapshot.title,
    ...(snapshot.key === undefined ? {} : { key: snapshot.key }),
    trusted: snapshot.trusted,
    tasks: specsOf(snapshot),
    now: snapshot.created,
  })
  const trusted = trustedAuthors(input.author, snapshot.trusted)
  const tasklist = input.tasklist ?? 0
  const segments = new Map<number, readonly LogComment[]>([[tasklist, input.comments], ...(input.continuations ?? [])])
  const originals = input.originals ?? []
  const full = foldChain(genesis, tasklist, segments, trusted, originals)
  for (const event of full.events) {
    if (event.kind === 'edited')
      anomalies.push(`comment ${event.comment.id} is still edited at the end, though every edit was undone`)
  }
  const applied = full.events.filter((e): e is Extract<FoldEvent, { kind: 'applied' }> => e.kind === 'applied')

  for (const report of input.reports) {
    const mine = applied.filter(
      (e) => input.writerOf(e) === report.writer && e.record.name === report.task && e.record.op === report.op,
    )
    if (report.outcome === 'applied' && mine.length === 0)
      anomalies.push(
        `lost update: ${report.writer} reported ${report.op} ${report.task} applied, but the record does not apply it`,
      )
    if (report.outcome === 'refused' && mine.length > 0)
      anomalies.push(
        `phantom update: ${report.writer} reported ${report.op} ${report.task} refused, but the record applies it`,
      )
  }
  for (const event of applied) {
    const writer = input.writerOf(event)
    const reported = input.reports.some(
      (r) => r.writer === writer && r.task === event.record.name && r.op === event.record.op && r.outcome !== 'refused',
    )
    const automatic = event.record.op === 'renew' || (event.record.op === 'fail' && event.record.m === 'interrupted')
    if (!reported && !automatic)
      anomalies.push(
        `phantom update: the record applies ${event.record.op} ${event.record.name} by ${writer ?? 'an unknown writer'}, which no writer reported`,
      )
  }
  // One runner: between a start/takeover and the end of that claim, no other start applies.
  const holder = new Map<string, string>()
  for (const event of applied) {
    const task = event.record.name
    if (event.record.op === 'start' && holder.has(task))
      anomalies.push(`two runners: ${task} started again while claimed by ${holder.get(task) ?? '?'}`)
    if (event.record.op === 'start' || event.record.op === 'takeover') holder.set(task, event.record.rec)
    if (event.after.state.status !== 'IN_PROGRESS') holder.delete(task)
  }
  // The snapshot must be exactly a fold of a prefix of the record.
  const prefix = foldChain(genesis, tasklist, segments, trusted, originals, snapshot.cursor?.id ?? 0)
  const shown = (s: Snapshot) =>
    JSON.stringify([
      s.tasks.map((t) => [t.definition.name, t.state.status, t.state.version, t.state.claim?.id ?? null]),
      (s.segments ?? []).map((g) => g.issue),
    ])
  if (shown(prefix.snapshot) !== shown(snapshot))
    anomalies.push(`the body shows ${shown(snapshot)}, but the record up to its cursor says ${shown(prefix.snapshot)}`)
  // Current means every status; a continuation that no applied record followed yet may still be
  // missing from the body (a load then reads one more request), but never one the record lacks.
  const statuses = (s: Snapshot) =>
    JSON.stringify(s.tasks.map((t) => [t.definition.name, t.state.status, t.state.version, t.state.claim?.id ?? null]))
  const bodySegments = (snapshot.segments ?? []).map((g) => g.issue)
  const recordSegments = (full.snapshot.segments ?? []).map((g) => g.issue)
  if (bodySegments.some((issue, i) => recordSegments[i] !== issue))
    anomalies.push(
      `the body names continuations ${JSON.stringify(bodySegments)}, the record ${JSON.stringify(recordSegments)}`,
    )
  if (input.bodyMustBeCurrent && statuses(full.snapshot) !== statuses(snapshot))
    anomalies.push(`the body is behind the record: shows ${shown(snapshot)}, record says ${shown(full.snapshot)}`)
  return { anomalies, state: full.snapshot, events: full.events }
}
