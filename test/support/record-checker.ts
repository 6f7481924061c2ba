// Checks a TaskList's final record against what its writers reported.
// Used by the chaos tests at both levels (in-process and process level).
import { parseBody } from '../../src/domain/body.ts'
import { fold, trustedAuthors, type FoldEvent, type LogComment } from '../../src/domain/fold.ts'
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

/**
 * Replays the whole record from genesis (ignoring every snapshot) and compares:
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
  const full = fold(genesis, input.comments, trusted)
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
  const prefix = fold(
    genesis,
    input.comments.filter((c) => snapshot.cursor !== null && c.id <= snapshot.cursor.id),
    trusted,
  )
  const shown = (s: Snapshot) =>
    JSON.stringify(s.tasks.map((t) => [t.definition.name, t.state.status, t.state.version, t.state.claim?.id ?? null]))
  if (shown(prefix.snapshot) !== shown(snapshot))
    anomalies.push(`the body shows ${shown(snapshot)}, but the record up to its cursor says ${shown(prefix.snapshot)}`)
  if (input.bodyMustBeCurrent && shown(full.snapshot) !== shown(snapshot))
    anomalies.push(`the body is behind the record: shows ${shown(snapshot)}, record says ${shown(full.snapshot)}`)
  return { anomalies, state: full.snapshot, events: full.events }
}
