// The fold across a continuation, and over records people edited: pure, so every reader agrees.
import { describe, expect, it } from 'vitest'
import { renderBody, parseBody } from '../../src/domain/body.ts'
import {
  continuationOf,
  continueThreshold,
  decodeMarker,
  renderContinuationBody,
  renderMarkerComment,
  type ContinueMarker,
} from '../../src/domain/continuation.ts'
import { currentSegment, fold, type LogComment } from '../../src/domain/fold.ts'
import { isSealed } from '../../src/domain/snapshot.ts'
import { at, baseSnapshot, comment, holder, record, recId, textComment } from './fixtures.ts'

const base = baseSnapshot()
const trusted = new Set(['octocat'])
const start = record(base, 'start', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' }, { lease: 3600 })
const complete = record(
  base,
  'complete',
  { op: 'complete', ver: 1, from: 'IN_PROGRESS', to: 'COMPLETE' },
  { claim: start.rec },
)

function markerComment(id: number, seconds: number, next: number, login = 'octocat', tag = `m${next}`): LogComment {
  const marker: ContinueMarker = { tasklist: 1, rec: recId(tag), next, holder: holder() }
  return { id, createdAt: at(seconds), login, body: renderMarkerComment(marker, 2500) }
}

describe('the continue marker', () => {
  it('round-trips, and reads as a sentence that names the continuation', () => {
    const c = markerComment(10, 1, 97)
    expect(c.body).toContain('continues in #97')
    expect(decodeMarker(c.body)).toMatchObject({ kind: 'marker', marker: { next: 97 } })
    expect(decodeMarker('no marker here')).toEqual({ kind: 'none' })
    expect(decodeMarker('<!-- tasklist:continue {"next": -->')).toMatchObject({ kind: 'malformed' })
  })

  it('leaves a fifth of the cap for people: 2,000 of 2,500', () => {
    expect(continueThreshold(2500)).toBe(2000)
    expect(continueThreshold(40)).toBe(32)
  })

  it('links a continuation back to the TaskList', () => {
    expect(renderContinuationBody({ tasklist: 42, previous: 42, title: 'Migrate @prod' })).toMatch(
      /^Records of TaskList #42 \(Migrate @\u200bprod\) continue here, after #42\./,
    )
    expect(renderContinuationBody({ tasklist: 42, previous: 97, title: 'T' })).toContain('after #97 (after #42)')
  })

  it('names its TaskList in its body, for pointing people there, until someone rewrites that line', () => {
    expect(
      continuationOf(renderContinuationBody({ tasklist: 42, previous: 97, title: 'Records of TaskList #7 (x)' })),
    ).toBe(42)
    expect(continuationOf('Notes. Records of TaskList #42 (T) continue here')).toBeUndefined()
    expect(continuationOf(null)).toBeUndefined()
  })
})

describe('the fold across a continuation', () => {
  it('ends the segment at the first trusted marker; records after it there are superseded', () => {
    const comments = [
      comment(1, 1, start),
      textComment(2, 2, 'a person talks'),
      markerComment(3, 3, 97),
      markerComment(4, 4, 98, 'octocat', 'second'),
      comment(5, 5, complete),
    ]
    const result = fold(base, comments, trusted)
    expect(result.snapshot.segments).toEqual([{ issue: 97, after: 3, used: 0 }])
    expect(result.snapshot.cursor).toEqual({ id: 3, at: at(3) })
    expect(result.snapshot.tasks[0]?.state.status).toBe('IN_PROGRESS')
    expect(result.events.map((e) => e.kind)).toEqual(['applied', 'continued', 'superseded'])
    expect(currentSegment(result.snapshot, 42)).toBe(97)
    // The next segment folds on top, from its start; its comments count toward its cap.
    const next = fold(
      result.snapshot,
      [textComment(6, 6, 'hello'), comment(7, 7, complete), textComment(8, 8, 'bye')],
      trusted,
    )
    expect(next.snapshot.tasks[0]?.state.status).toBe('COMPLETE')
    expect(next.snapshot.segments).toEqual([{ issue: 97, after: 3, used: 3 }])
    expect(isSealed(next.snapshot)).toBe(true)
  })

  it('ignores a marker from an untrusted account, with the other forged comments', () => {
    const result = fold(base, [markerComment(1, 1, 97, 'stranger'), comment(2, 2, start)], trusted)
    expect(result.snapshot.segments).toBeUndefined()
    expect(result.events.map((e) => e.kind)).toEqual(['untrusted', 'applied'])
  })

  it('keeps the segments in the body, and leaves bodies of TaskLists that never continued as they were', () => {
    const result = fold(base, [comment(1, 1, start), markerComment(2, 2, 97)], trusted)
    const body = renderBody(result.snapshot)
    expect(body).toContain('The record continues in #97')
    const parsed = parseBody(body)
    if (parsed.kind !== 'ok') throw new Error('does not parse')
    expect(parsed.snapshot.segments).toEqual([{ issue: 97, after: 2, used: 0 }])
    expect(isSealed(parsed.snapshot)).toBe(true)
    expect(renderBody(base)).not.toContain('"seg"')
  })
})

describe('records people edited', () => {
  it('reports an edited block instead of applying it, and keeps a note above the block harmless', () => {
    const c = comment(2, 2, complete)
    const tampered = { ...c, body: c.body.replace('"to":"COMPLETE"', '"to":"FAILED"'), updatedAt: at(9) }
    const result = fold(base, [comment(1, 1, start), tampered], trusted)
    expect(result.events.map((e) => e.kind)).toEqual(['applied', 'edited'])
    expect(result.snapshot.tasks[0]?.state.status).toBe('IN_PROGRESS')
    const noted = { ...c, body: `> [!NOTE]\n> Not applied: lost a race.\n\n${c.body}`, updatedAt: at(9) }
    expect(fold(base, [comment(1, 1, start), noted], trusted).snapshot.tasks[0]?.state.status).toBe('COMPLETE')
  })

  it('trusts an unsealed record of an earlier release only while nobody edited its comment', () => {
    const unsealed = (c: LogComment) => ({ ...c, body: c.body.replace(/,"sum":"[0-9a-f]+"/, '') })
    const plain = unsealed(comment(1, 1, start))
    expect(fold(base, [plain], trusted).events.map((e) => e.kind)).toEqual(['applied'])
    expect(fold(base, [{ ...plain, updatedAt: at(5) }], trusted).events.map((e) => e.kind)).toEqual(['edited'])
    const broken = { ...comment(1, 1, start), body: 'text <!-- tasklist:record {"op": -->', updatedAt: at(5) }
    expect(fold(base, [broken], trusted).events.map((e) => e.kind)).toEqual(['edited'])
  })
})
