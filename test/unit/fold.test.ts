import { LEASE } from '../../src/domain/claim-limits.ts'
import { describe, expect, it } from 'vitest'
import {
  fold,
  isLaterAttempt,
  leaseExpiry,
  trustedAuthors,
  type FoldEvent,
  type LogComment,
} from '../../src/domain/fold.ts'
import type { TaskRecord } from '../../src/domain/record.ts'
import { type Claim } from '../../src/domain/claim.ts'
import { type Snapshot, type Task } from '../../src/domain/model.ts'
import { isSealed } from '../../src/domain/snapshot.ts'
import { storedTask } from '../../src/domain/snapshot-wire.ts'
import { RUN_URL, T0, at, baseSnapshot, comment, holder, recId, record, textComment } from './fixtures.ts'

const base = baseSnapshot()
const trusted = trustedAuthors('octocat')

const task1 = (s: Snapshot): Task => {
  const t = s.tasks[0]
  if (t === undefined) throw new Error('no t1')
  return t
}
const task2 = (s: Snapshot): Task => {
  const t = s.tasks[1]
  if (t === undefined) throw new Error('no t2')
  return t
}
const kinds = (events: readonly FoldEvent[]) => events.map((e) => e.kind)
const reasons = (events: readonly FoldEvent[]) => events.flatMap((e) => (e.kind === 'rejected' ? [e.reason] : []))

// A run of database-migration: started at 0s with a one-hour lease.
const start = record(base, 'start', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' }, { lease: 3600 })
const startComment = comment(10, 0, start)
const completeRec = record(
  base,
  'complete',
  { op: 'complete', ver: 1, from: 'IN_PROGRESS', to: 'COMPLETE' },
  { claim: start.rec },
)
const failRec = record(
  base,
  'fail',
  { op: 'fail', ver: 1, from: 'IN_PROGRESS', to: 'FAILED' },
  { claim: start.rec, x: 2, m: 'exit 2' },
)

function runningAfterStart(): Snapshot {
  return fold(base, [startComment], trusted).snapshot
}

/** Where the attempts in a task's history start: the fixtures' first claim, at T0. */
const T0_SECONDS = Date.parse(T0) / 1000

describe('applying records', () => {
  it('applies a start: IN_PROGRESS, version 1, claim at GitHub time', () => {
    const { snapshot, events } = fold(base, [startComment], trusted)
    expect(kinds(events)).toEqual(['applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'IN_PROGRESS',
      v: 1,
      at: at(0),
      by: 'deploy / migrate',
      u: RUN_URL,
      c: { id: start.rec, at: at(0), lease: 3600, holder: holder() },
    })
    expect(storedTask(task2(snapshot))).toEqual({ n: 'application-migration', s: 'PENDING', v: 0 })
    expect(isSealed(snapshot)).toBe(true)
  })

  it('uses the default lease of 6h when a start names none', () => {
    const { lease: _lease, ...noLease } = start
    const { snapshot } = fold(base, [comment(10, 0, noLease)], trusted)
    expect(task1(snapshot).state.claim?.lease).toBe(LEASE.defaultSec)
    expect(LEASE.defaultSec).toBe(21600)
  })

  it('reports before and after for an applied record', () => {
    const { events } = fold(base, [startComment], trusted)
    const event = events[0]
    expect(event?.kind).toBe('applied')
    if (event?.kind !== 'applied') return
    expect(storedTask(event.before)).toEqual({ n: 'database-migration', s: 'PENDING', v: 0 })
    expect(event.after.state.status).toBe('IN_PROGRESS')
    expect(event.comment).toBe(startComment)
  })

  it('applies comments in id order whatever order they arrive in', () => {
    const comments = [comment(11, 754, completeRec), startComment]
    const { snapshot, events } = fold(base, comments, trusted)
    expect(kinds(events)).toEqual(['applied', 'applied'])
    expect(task1(snapshot).state.status).toBe('COMPLETE')
    expect(task1(snapshot).state.version).toBe(2)
  })

  it('does not mutate the comments it is given', () => {
    const comments = [comment(11, 754, completeRec), startComment]
    const copy = comments.slice()
    fold(base, comments, trusted)
    expect(comments).toEqual(copy)
  })

  it('applies transitions of different tasks that race each other', () => {
    const t2 = record(
      base,
      'start2',
      { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
      { task: 't2', name: 'application-migration' },
    )
    const { snapshot, events } = fold(base, [startComment, comment(11, 0, t2)], trusted)
    expect(kinds(events)).toEqual(['applied', 'applied'])
    expect(snapshot.tasks.map((t) => t.state.status)).toEqual(['IN_PROGRESS', 'IN_PROGRESS'])
  })

  it('lets exactly one of two concurrent starts of a task win: the lower comment id', () => {
    const rival = record(
      base,
      'rival',
      { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
      { holder: holder({ run: '200', label: 'other / job' }) },
    )
    for (const comments of [
      [startComment, comment(11, 0, rival)],
      [comment(11, 0, rival), startComment],
    ]) {
      const { snapshot, events } = fold(base, comments, trusted)
      expect(kinds(events)).toEqual(['applied', 'rejected'])
      expect(reasons(events)).toEqual(['is stale: database-migration is at version 1, the record expected 0'])
      expect(task1(snapshot).state.claim?.id).toBe(start.rec)
      expect(task1(snapshot).state.version).toBe(1)
    }
  })
})

describe('cursor', () => {
  it('advances to the last comment, even one without a record', () => {
    const { snapshot } = fold(base, [startComment, textComment(12, 30, 'Looks good to me')], trusted)
    expect(snapshot.cursor).toEqual({ id: 12, at: at(30) })
  })

  it('stays put when there is nothing newer', () => {
    const once = runningAfterStart()
    const { snapshot, events } = fold(once, [startComment], trusted)
    expect(events).toEqual([])
    expect(snapshot).toEqual(once)
  })

  it('skips comments at or below the cursor', () => {
    const once = runningAfterStart()
    expect(once.cursor).toEqual({ id: 10, at: at(0) })
    const older = record(base, 'older', { op: 'fail', ver: 1, from: 'IN_PROGRESS', to: 'FAILED' }, { claim: start.rec })
    const { snapshot, events } = fold(once, [comment(9, 0, older), startComment, comment(11, 60, completeRec)], trusted)
    expect(kinds(events)).toEqual(['applied'])
    expect(task1(snapshot).state.status).toBe('COMPLETE')
    expect(snapshot.cursor).toEqual({ id: 11, at: at(60) })
  })

  it('keeps a null cursor when there are no comments', () => {
    const { snapshot, events } = fold(base, [], trusted)
    expect(events).toEqual([])
    expect(snapshot).toEqual(base)
  })
})

describe('compare-and-set on ver', () => {
  it('rejects a stale version', () => {
    const stale = record(
      base,
      'stale',
      { op: 'complete', ver: 0, from: 'IN_PROGRESS', to: 'COMPLETE' },
      { claim: start.rec },
    )
    const { snapshot, events } = fold(base, [startComment, comment(11, 5, stale)], trusted)
    expect(kinds(events)).toEqual(['applied', 'rejected'])
    expect(reasons(events)).toEqual(['is stale: database-migration is at version 1, the record expected 0'])
    expect(task1(snapshot).state.status).toBe('IN_PROGRESS')
  })

  it('rejects a record whose from status does not match', () => {
    const wrongFrom = record(base, 'wrongfrom', { op: 'start', ver: 0, from: 'FAILED', to: 'IN_PROGRESS' })
    const { events } = fold(base, [comment(10, 0, wrongFrom)], trusted)
    expect(reasons(events)).toEqual(['expected database-migration to be FAILED, but it is PENDING'])
  })

  it('rejects an op that is illegal from the status', () => {
    const early = record(base, 'early', { op: 'complete', ver: 0, from: 'PENDING', to: 'COMPLETE' })
    const { events } = fold(base, [comment(10, 0, early)], trusted)
    expect(reasons(events)).toEqual(['complete is not allowed from PENDING for a workflow'])
  })

  it('rejects a record whose target does not belong to its op', () => {
    const forged = record(base, 'forged', { op: 'start', ver: 0, from: 'PENDING', to: 'COMPLETE' })
    const { snapshot, events } = fold(base, [comment(10, 0, forged)], trusted)
    expect(reasons(events)).toEqual(['start is not allowed from PENDING for a workflow'])
    expect(task1(snapshot)).toEqual(task1(base))
  })

  it('rejects a record naming the wrong task', () => {
    const wrong = record(
      base,
      'wrongname',
      { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
      { name: 'application-migration' },
    )
    const { events } = fold(base, [comment(10, 0, wrong)], trusted)
    expect(reasons(events)).toEqual(["names task 'application-migration', but t1 is 'database-migration'"])
  })

  it('rejects a record written against other definitions', () => {
    const other = record(
      base,
      'otherdefs',
      { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
      { defs: '0123456789abcdef' },
    )
    const { events } = fold(base, [comment(10, 0, other)], trusted)
    expect(reasons(events)).toEqual(['was written against different task definitions'])
  })

  it('rejects a record for a task that does not exist', () => {
    const ghost = record(base, 'ghost', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' }, { task: 't9' })
    const { snapshot, events } = fold(base, [comment(10, 0, ghost)], trusted)
    expect(reasons(events)).toEqual(['task does not exist'])
    expect(snapshot.tasks).toEqual(base.tasks)
  })
})

describe('duplicates', () => {
  it('counts a record posted twice once', () => {
    const { snapshot, events } = fold(base, [startComment, comment(11, 3, start)], trusted)
    expect(kinds(events)).toEqual(['applied', 'duplicate'])
    expect(task1(snapshot).state.version).toBe(1)
    expect(task1(snapshot).state.claim?.at).toBe(at(0))
  })

  it('recognises a duplicate start in a later fold by its claim id', () => {
    const { events } = fold(runningAfterStart(), [comment(11, 3, start)], trusted)
    expect(kinds(events)).toEqual(['duplicate'])
  })

  it('does not apply a re-posted start after the task moved on (ABA)', () => {
    const comments = [startComment, comment(11, 60, failRec), comment(12, 61, start)]
    const { snapshot, events } = fold(base, comments, trusted)
    expect(kinds(events)).toEqual(['applied', 'applied', 'duplicate'])
    expect(storedTask(task1(snapshot))).toMatchObject({ s: 'FAILED', v: 2, x: 2, m: 'exit 2' })
    expect(task1(snapshot).state.claim).toBeUndefined()
    // Split across folds the re-post is stale; the state is the same.
    const first = fold(base, comments.slice(0, 2), trusted).snapshot
    const second = fold(first, comments.slice(2), trusted)
    expect(kinds(second.events)).toEqual(['rejected'])
    expect(second.snapshot).toEqual(snapshot)
  })
})

describe('trust', () => {
  it('ignores a record by an untrusted author, but moves the cursor past it', () => {
    const { snapshot, events } = fold(base, [comment(10, 0, start, 'mallory')], trusted)
    expect(events).toEqual([{ kind: 'untrusted', comment: comment(10, 0, start, 'mallory') }])
    expect(snapshot.tasks).toEqual(base.tasks)
    expect(snapshot.cursor).toEqual({ id: 10, at: at(0) })
  })

  it('does not flag an untrusted comment without a record', () => {
    const { events } = fold(base, [textComment(10, 0, 'hi', 'mallory')], trusted)
    expect(events).toEqual([])
  })

  it('matches logins case-insensitively', () => {
    const set = trustedAuthors('OctoCat', ['Release-Bot'])
    expect([...set].sort()).toEqual(['octocat', 'release-bot'])
    const t2 = record(
      base,
      'start2',
      { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
      { task: 't2', name: 'application-migration' },
    )
    const { events } = fold(base, [comment(10, 0, start, 'OCTOCAT'), comment(11, 0, t2, 'release-BOT')], set)
    expect(kinds(events)).toEqual(['applied', 'applied'])
  })

  it('lets a later trusted record win over an earlier untrusted one', () => {
    const evil = record(
      base,
      'evil',
      { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
      { holder: holder({ label: 'evil' }) },
    )
    const { snapshot, events } = fold(base, [comment(9, 0, evil, 'mallory'), startComment], trusted)
    expect(kinds(events)).toEqual(['untrusted', 'applied'])
    expect(task1(snapshot).state.claim?.holder.label).toBe('deploy / migrate')
  })
})

describe('malformed records', () => {
  const malformed = (body: string, login = 'octocat'): FoldEvent[] => [
    ...fold(base, [textComment(10, 0, body, login)], trusted).events,
  ]

  it('reports invalid JSON', () => {
    expect(malformed('<!-- tasklist:record {not json} -->')).toEqual([
      {
        kind: 'malformed',
        comment: textComment(10, 0, '<!-- tasklist:record {not json} -->'),
        error: 'record block is not valid JSON',
      },
    ])
  })

  it('reports an unclosed block', () => {
    const events = malformed('<!-- tasklist:record {"tasklist":1}')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ kind: 'malformed', error: 'record block is not closed' })
  })

  it('reports a record that fails the schema', () => {
    const body = `<!-- tasklist:record ${JSON.stringify({ ...start, op: 'explode' })} -->`
    const events = malformed(body)
    expect(events).toHaveLength(1)
    const event = events[0]
    expect(event?.kind).toBe('malformed')
    if (event?.kind !== 'malformed') return
    expect(event.error).toMatch(/^record block fails validation: /)
    expect(event.error).toContain('op')
    expect(event.error).not.toContain('\n')
  })

  it('calls a malformed record by an untrusted author untrusted', () => {
    expect(kinds(malformed('<!-- tasklist:record {not json} -->', 'mallory'))).toEqual(['untrusted'])
  })

  it('changes no task', () => {
    const { snapshot } = fold(base, [textComment(10, 0, '<!-- tasklist:record {not json} -->')], trusted)
    expect(snapshot.tasks).toEqual(base.tasks)
  })
})

describe('leases and takeover', () => {
  const newHolder = holder({
    run: '300',
    attempt: 1,
    label: 'rescue / migrate',
    url: 'https://github.com/acme/app/actions/runs/300',
  })
  /** A takeover of the first claim, decided at `decided` seconds by the writer's view of GitHub's clock. */
  const takeoverAt = (decided: number, overrides: Partial<TaskRecord> = {}): TaskRecord =>
    record(
      base,
      'takeover',
      { op: 'takeover', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec, holder: newHolder, lease: 1800, at: at(decided), ...overrides },
    )
  const takeover = takeoverAt(3601)
  const STILL_VALID = 'the lease of deploy / migrate is still valid'

  it('computes the expiry from the claim time and lease', () => {
    const claim: Claim = { id: 'x', at: at(0), lease: 3600, holder: holder() }
    expect(leaseExpiry(claim)).toBe(Date.parse(at(3600)))
    expect(leaseExpiry({ ...claim, renewed: at(1000) })).toBe(Date.parse(at(4600)))
  })

  it('rejects a takeover decided before the lease expires, including at the exact expiry', () => {
    for (const seconds of [1, 3599, 3600]) {
      const { snapshot, events } = fold(runningAfterStart(), [comment(11, seconds, takeoverAt(seconds))], trusted)
      expect(reasons(events)).toEqual([STILL_VALID])
      expect(task1(snapshot).state.claim?.id).toBe(start.rec)
      expect(task1(snapshot).state.version).toBe(1)
    }
  })

  it('applies a takeover decided after the lease expired; the new claim starts at the comment time', () => {
    const { snapshot, events } = fold(runningAfterStart(), [comment(11, 3605, takeover)], trusted)
    expect(kinds(events)).toEqual(['applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'IN_PROGRESS',
      v: 2,
      at: at(3605),
      by: 'rescue / migrate',
      u: 'https://github.com/acme/app/actions/runs/300',
      // The attempt it took over stays in the history, for the timeline.
      h: [[T0_SECONDS, 3605, 'T']],
      c: { id: takeover.rec, at: at(3605), lease: 1800, holder: newHolder },
    })
  })

  it('judges a takeover by the record’s own time, not by when its comment landed', () => {
    // Decided just before expiry, posted long after: still rejected.
    const early = fold(runningAfterStart(), [comment(11, 9999, takeoverAt(3600))], trusted)
    expect(reasons(early.events)).toEqual([STILL_VALID])
    expect(task1(early.snapshot).state.claim?.id).toBe(start.rec)
    // Decided just after expiry, whatever the comment time says: applied.
    const late = fold(runningAfterStart(), [comment(11, 3000, takeoverAt(3601))], trusted)
    expect(kinds(late.events)).toEqual(['applied'])
    expect(task1(late.snapshot).state.claim).toEqual({ id: takeover.rec, at: at(3000), lease: 1800, holder: newHolder })
  })

  it('compares instants, whatever offset the record’s time is written with', () => {
    // 01:00:01+01:00 is 00:00:01Z: one second after T0, long before the expiry.
    const offset = fold(
      runningAfterStart(),
      [comment(11, 9999, takeoverAt(0, { at: '2025-01-01T01:00:01+01:00' }))],
      trusted,
    )
    expect(reasons(offset.events)).toEqual([STILL_VALID])
    // 02:00:01+01:00 is 01:00:01Z: one second after the expiry.
    const after = fold(
      runningAfterStart(),
      [comment(11, 3601, takeoverAt(0, { at: '2025-01-01T02:00:01+01:00' }))],
      trusted,
    )
    expect(kinds(after.events)).toEqual(['applied'])
  })

  it('rejects a takeover that carries no time of its own, however late it lands', () => {
    const { at: _at, ...untimed } = takeover
    for (const seconds of [3601, 99_999]) {
      const { snapshot, events } = fold(runningAfterStart(), [comment(11, seconds, untimed)], trusted)
      expect(reasons(events)).toEqual([STILL_VALID])
      expect(task1(snapshot).state.claim?.id).toBe(start.rec)
    }
  })

  it('keeps the previous lease length when a takeover names none', () => {
    const { lease: _lease, ...noLease } = takeover
    const { snapshot } = fold(runningAfterStart(), [comment(11, 3601, noLease)], trusted)
    expect(task1(snapshot).state.claim?.lease).toBe(3600)
  })

  it('rejects a takeover of a claim that is not current', () => {
    const wrong = takeoverAt(9999, { claim: recId('someoneelse') })
    const { events } = fold(runningAfterStart(), [comment(11, 9999, wrong)], trusted)
    expect(reasons(events)).toEqual(['takes over a claim that is not current'])
  })

  it('applies a takeover by a later attempt of the same run at once, with or without a time', () => {
    const laterAttempt = holder({ attempt: 2, label: 'deploy / migrate (attempt 2)' })
    const timed = takeoverAt(5, { holder: laterAttempt })
    const { at: _at, ...untimed } = timed
    for (const retry of [timed, untimed]) {
      const { snapshot, events } = fold(runningAfterStart(), [comment(11, 5, retry)], trusted)
      expect(kinds(events)).toEqual(['applied'])
      expect(task1(snapshot).state.claim).toEqual({ id: retry.rec, at: at(5), lease: 1800, holder: laterAttempt })
    }
  })

  it('does not treat the same attempt or another run as a later attempt', () => {
    const claim: Claim = { id: 'x', at: at(0), lease: 60, holder: holder({ run: '100', attempt: 2 }) }
    expect(isLaterAttempt(claim, holder({ run: '100', attempt: 3 }))).toBe(true)
    expect(isLaterAttempt(claim, holder({ run: '100', attempt: 2 }))).toBe(false)
    expect(isLaterAttempt(claim, holder({ run: '100', attempt: 1 }))).toBe(false)
    expect(isLaterAttempt(claim, holder({ run: '101', attempt: 9 }))).toBe(false)
    expect(isLaterAttempt({ ...claim, holder: { label: 'cli' } }, { label: 'cli', attempt: 2 })).toBe(false)
    for (const h of [holder({ attempt: 1 }), holder({ run: '200', attempt: 5 })]) {
      const { events } = fold(runningAfterStart(), [comment(11, 5, takeoverAt(5, { holder: h }))], trusted)
      expect(reasons(events)).toEqual([STILL_VALID])
    }
  })

  it('extends the lease on renew, keeping the claim and its message', () => {
    const withMessage = { ...start, m: 'migrating' }
    const started = fold(base, [comment(10, 0, withMessage)], trusted).snapshot
    const renew = record(
      base,
      'renew',
      { op: 'renew', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec, lease: 7200 },
    )
    const { snapshot, events } = fold(started, [comment(11, 3000, renew)], trusted)
    expect(kinds(events)).toEqual(['applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'IN_PROGRESS',
      v: 2,
      at: at(3000),
      by: 'deploy / migrate',
      u: RUN_URL,
      m: 'migrating',
      c: { id: start.rec, at: at(0), lease: 7200, renewed: at(3000), holder: holder() },
    })
    // The lease now runs to 3000s + 7200s.
    const late = (seconds: number) => [comment(12, seconds, takeoverAt(seconds, { ver: 2 }))]
    expect(reasons(fold(snapshot, late(3601), trusted).events)).toEqual([STILL_VALID])
    expect(reasons(fold(snapshot, late(10200), trusted).events)).toEqual([STILL_VALID])
    expect(kinds(fold(snapshot, late(10201), trusted).events)).toEqual(['applied'])
  })

  it('keeps the lease length on a renew that names none', () => {
    const renew = record(
      base,
      'renew',
      { op: 'renew', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec },
    )
    const { snapshot } = fold(runningAfterStart(), [comment(11, 100, renew)], trusted)
    expect(task1(snapshot).state.claim).toEqual({
      id: start.rec,
      at: at(0),
      lease: 3600,
      renewed: at(100),
      holder: holder(),
    })
  })

  it('rejects renew, complete and fail under a claim that is not current', () => {
    for (const op of ['renew', 'complete', 'fail'] as const) {
      const to = op === 'renew' ? 'IN_PROGRESS' : op === 'complete' ? 'COMPLETE' : 'FAILED'
      const r = record(base, `x${op}`, { op, ver: 1, from: 'IN_PROGRESS', to }, { claim: recId('notmine') })
      const { snapshot, events } = fold(runningAfterStart(), [comment(11, 100, r)], trusted)
      expect(reasons(events)).toEqual(['acts under a claim that is not current'])
      expect(task1(snapshot).state.status).toBe('IN_PROGRESS')
    }
  })

  it('rejects the old holder completing after its claim was taken over', () => {
    const comments = [startComment, comment(11, 3601, takeover), comment(12, 3700, { ...completeRec, ver: 2 })]
    const { snapshot, events } = fold(base, comments, trusted)
    expect(kinds(events)).toEqual(['applied', 'applied', 'rejected'])
    expect(reasons(events)).toEqual(['acts under a claim that is not current'])
    expect(task1(snapshot).state.claim?.id).toBe(takeover.rec)
  })

  it('lets the new holder complete under the claim it took over', () => {
    const done = record(
      base,
      'rescued',
      { op: 'complete', ver: 2, from: 'IN_PROGRESS', to: 'COMPLETE' },
      { claim: takeover.rec, holder: newHolder },
    )
    const { snapshot, events } = fold(
      base,
      [startComment, comment(11, 3601, takeover), comment(12, 3700, done)],
      trusted,
    )
    expect(kinds(events)).toEqual(['applied', 'applied', 'applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'COMPLETE',
      v: 3,
      t: 99,
      at: at(3700),
      by: 'rescue / migrate',
      u: 'https://github.com/acme/app/actions/runs/300',
      h: [[T0_SECONDS, 3601, 'T']],
    })
  })
})

describe('completion', () => {
  it('completes: drops the claim and records the duration from the claim time', () => {
    const renew = record(
      base,
      'renew',
      { op: 'renew', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec },
    )
    const done = { ...completeRec, ver: 2, m: 'migrated' }
    const { snapshot, events } = fold(base, [startComment, comment(11, 100, renew), comment(12, 754, done)], trusted)
    expect(kinds(events)).toEqual(['applied', 'applied', 'applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'COMPLETE',
      v: 3,
      t: 754,
      at: at(754),
      by: 'deploy / migrate',
      u: RUN_URL,
      m: 'migrated',
    })
  })

  it('fails with the exit code and duration', () => {
    const { snapshot } = fold(base, [startComment, comment(11, 45.5, failRec)], trusted)
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'FAILED',
      v: 2,
      t: 45.5,
      x: 2,
      m: 'exit 2',
      at: at(45.5),
      by: 'deploy / migrate',
      u: RUN_URL,
    })
  })

  it('lets a workflow start a FAILED task again', () => {
    const again = record(base, 'again', { op: 'start', ver: 2, from: 'FAILED', to: 'IN_PROGRESS' })
    const { snapshot, events } = fold(base, [startComment, comment(11, 45, failRec), comment(12, 50, again)], trusted)
    expect(kinds(events)).toEqual(['applied', 'applied', 'applied'])
    expect(storedTask(task1(snapshot))).toMatchObject({ s: 'IN_PROGRESS', v: 3, c: { id: again.rec, at: at(50) } })
    expect(task1(snapshot).state.exitCode).toBeUndefined()
  })

  it('rejects a second completion of a COMPLETE task', () => {
    const again = record(
      base,
      'again',
      { op: 'complete', ver: 2, from: 'COMPLETE', to: 'COMPLETE' },
      { claim: start.rec },
    )
    const { events } = fold(base, [startComment, comment(11, 45, completeRec), comment(12, 50, again)], trusted)
    expect(reasons(events)).toEqual(['complete is not allowed from COMPLETE for a workflow'])
  })
})

describe('skip and operator ops', () => {
  const alice = holder({ run: undefined, attempt: undefined, job: undefined, url: undefined, label: 'tasklist-bot' })
  const failedComments: LogComment[] = [startComment, comment(11, 45, failRec)]

  it('lets a workflow skip a PENDING task', () => {
    const skip = record(base, 'skip', { op: 'skip', ver: 0, from: 'PENDING', to: 'SKIPPED' })
    const { snapshot, events } = fold(base, [comment(10, 0, skip)], trusted)
    expect(kinds(events)).toEqual(['applied'])
    expect(storedTask(task1(snapshot))).toMatchObject({ s: 'SKIPPED', v: 1 })
  })

  it('lets an operator retry a FAILED task: back to PENDING, credited to the requester', () => {
    const retry = record(
      base,
      'retry',
      { op: 'retry', ver: 2, from: 'FAILED', to: 'PENDING' },
      { authority: 'operator', holder: alice, requestedBy: 'alice' },
    )
    const { snapshot, events } = fold(base, [...failedComments, comment(12, 100, retry)], trusted)
    expect(kinds(events)).toEqual(['applied', 'applied', 'applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'PENDING',
      v: 3,
      at: at(100),
      by: '@alice',
      h: [[T0_SECONDS, 45, 'F']],
    })
  })

  it('refuses retry from a workflow', () => {
    const retry = record(base, 'retry', { op: 'retry', ver: 2, from: 'FAILED', to: 'PENDING' })
    const { snapshot, events } = fold(base, [...failedComments, comment(12, 100, retry)], trusted)
    expect(reasons(events)).toEqual(['retry is not allowed from FAILED for a workflow'])
    expect(task1(snapshot).state.status).toBe('FAILED')
  })

  it('lets an operator reset a COMPLETE task', () => {
    const reset = record(
      base,
      'reset',
      { op: 'reset', ver: 2, from: 'COMPLETE', to: 'PENDING' },
      { authority: 'operator', holder: alice },
    )
    const { snapshot, events } = fold(
      base,
      [startComment, comment(11, 45, completeRec), comment(12, 100, reset)],
      trusted,
    )
    expect(kinds(events)).toEqual(['applied', 'applied', 'applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'PENDING',
      v: 3,
      at: at(100),
      by: 'tasklist-bot',
      h: [[T0_SECONDS, 45, 'C']],
    })
  })

  it('lets an operator skip a FAILED task, credited to the requester', () => {
    const skip = record(
      base,
      'opskip',
      { op: 'skip', ver: 2, from: 'FAILED', to: 'SKIPPED' },
      { authority: 'operator', holder: alice, requestedBy: 'alice' },
    )
    const { snapshot, events } = fold(base, [...failedComments, comment(12, 100, skip)], trusted)
    expect(kinds(events)).toEqual(['applied', 'applied', 'applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'SKIPPED',
      v: 3,
      at: at(100),
      by: '@alice',
      h: [[T0_SECONDS, 45, 'F']],
    })
  })

  it('lets an operator skip a PENDING task', () => {
    const skip = record(
      base,
      'opskip',
      { op: 'skip', ver: 0, from: 'PENDING', to: 'SKIPPED' },
      { authority: 'operator', holder: alice },
    )
    const { snapshot, events } = fold(base, [comment(10, 0, skip)], trusted)
    expect(kinds(events)).toEqual(['applied'])
    expect(storedTask(task1(snapshot))).toEqual({
      n: 'database-migration',
      s: 'SKIPPED',
      v: 1,
      at: at(0),
      by: 'tasklist-bot',
    })
  })

  it('refuses a workflow skip of a FAILED task', () => {
    const skip = record(base, 'wfskip', { op: 'skip', ver: 2, from: 'FAILED', to: 'SKIPPED' })
    const { snapshot, events } = fold(base, [...failedComments, comment(12, 100, skip)], trusted)
    expect(reasons(events)).toEqual(['skip is not allowed from FAILED for a workflow'])
    expect(task1(snapshot).state.status).toBe('FAILED')
  })

  it('refuses an operator skip of a running task', () => {
    const skip = record(
      base,
      'opskip',
      { op: 'skip', ver: 1, from: 'IN_PROGRESS', to: 'SKIPPED' },
      { authority: 'operator', holder: alice },
    )
    const { snapshot, events } = fold(base, [startComment, comment(11, 100, skip)], trusted)
    expect(reasons(events)).toEqual(['skip is not allowed from IN_PROGRESS for an operator'])
    expect(task1(snapshot).state.status).toBe('IN_PROGRESS')
  })
})

describe('determinism', () => {
  const t2start = record(
    base,
    't2start',
    { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
    { task: 't2', name: 'application-migration' },
  )
  const t2rival = record(
    base,
    't2rival',
    { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' },
    { task: 't2', name: 'application-migration', holder: holder({ run: '555' }) },
  )
  const t2done = record(
    base,
    't2done',
    { op: 'complete', ver: 1, from: 'IN_PROGRESS', to: 'COMPLETE' },
    { task: 't2', name: 'application-migration', claim: t2start.rec },
  )
  const scenario: LogComment[] = [
    startComment,
    comment(11, 1, t2start),
    comment(12, 1, t2rival),
    textComment(13, 2, 'status?'),
    comment(14, 3, start),
    comment(
      15,
      5,
      record(base, 'evil', { op: 'fail', ver: 1, from: 'IN_PROGRESS', to: 'FAILED' }, { claim: start.rec }),
      'mallory',
    ),
    comment(16, 60, failRec),
    textComment(17, 61, '<!-- tasklist:record {broken -->'),
    comment(18, 90, t2done),
    comment(19, 95, start),
  ]
  const expected = fold(base, scenario, trusted).snapshot

  it('reaches the expected state', () => {
    expect(expected.tasks.map((t) => [t.state.status, t.state.version])).toEqual([
      ['FAILED', 2],
      ['COMPLETE', 2],
    ])
    expect(expected.cursor).toEqual({ id: 19, at: at(95) })
  })

  it('gives the same state for any input order', () => {
    let seed = 12345
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let round = 0; round < 50; round++) {
      const shuffled = scenario.slice()
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        const a = shuffled[i]
        const b = shuffled[j]
        if (a === undefined || b === undefined) throw new Error('index')
        shuffled[i] = b
        shuffled[j] = a
      }
      expect(fold(base, shuffled, trusted).snapshot).toEqual(expected)
    }
  })

  it('gives the same state when split across two folds at any point', () => {
    for (let k = 0; k <= scenario.length; k++) {
      const first = fold(base, scenario.slice(0, k), trusted).snapshot
      expect(fold(first, scenario.slice(k), trusted).snapshot).toEqual(expected)
    }
  })

  it('is idempotent: folding the same comments again changes nothing', () => {
    expect(fold(expected, scenario, trusted).snapshot).toEqual(expected)
  })

  /**
   * A takeover is judged by its own `at`, so a copy re-posted later (the
   * writer's retry after a lost response) is judged like the first: the fold
   * that sees both and the fold that starts between them agree.
   */
  it('gives the same state for a rejected takeover re-posted after the lease expired', () => {
    const takeover = record(
      base,
      'takeover',
      { op: 'takeover', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec, holder: holder({ run: '300', label: 'rescue' }), at: at(100) },
    )
    const log = [startComment, comment(11, 100, takeover), comment(12, 4000, takeover)]
    const whole = fold(base, log, trusted)
    const first = fold(base, log.slice(0, 2), trusted)
    const second = fold(first.snapshot, log.slice(2), trusted)
    expect(kinds(whole.events)).toEqual(['applied', 'rejected', 'duplicate'])
    expect(kinds(second.events)).toEqual(['rejected'])
    expect(reasons(second.events)).toEqual(['the lease of deploy / migrate is still valid'])
    expect(second.snapshot).toEqual(whole.snapshot)
    expect(task1(whole.snapshot).state.claim?.id).toBe(start.rec)
  })

  it('gives the same state for an applied takeover re-posted later', () => {
    const takeover = record(
      base,
      'takeover',
      { op: 'takeover', ver: 1, from: 'IN_PROGRESS', to: 'IN_PROGRESS' },
      { claim: start.rec, holder: holder({ run: '300', label: 'rescue' }), at: at(3700) },
    )
    const log = [startComment, comment(11, 3700, takeover), comment(12, 4000, takeover)]
    const whole = fold(base, log, trusted)
    const second = fold(fold(base, log.slice(0, 2), trusted).snapshot, log.slice(2), trusted)
    expect(kinds(whole.events)).toEqual(['applied', 'applied', 'duplicate'])
    expect(kinds(second.events)).toEqual(['duplicate'])
    expect(second.snapshot).toEqual(whole.snapshot)
    expect(task1(whole.snapshot).state.claim).toEqual({
      id: takeover.rec,
      at: at(3700),
      lease: 3600,
      holder: holder({ run: '300', label: 'rescue' }),
    })
  })
})
