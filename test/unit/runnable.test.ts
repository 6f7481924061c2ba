import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { progressOf, runnableTasks, unmetNeeds, type GraphTask } from '../../src/domain/runnable.ts'
import { isSettled, STATUSES, type Status } from '../../src/domain/status.ts'

const task = (name: string, status: Status, needs: string[] = [], liveClaim = false): GraphTask => ({
  name,
  status,
  needs,
  liveClaim,
})

const diamond = (a: Status, b: Status, c: Status, d: Status): GraphTask[] => [
  task('a', a),
  task('b', b, ['a']),
  task('c', c, ['a']),
  task('d', d, ['b', 'c']),
]

describe('runnableTasks', () => {
  it('follows a diamond: a; then b and c; then d', () => {
    expect(runnableTasks(diamond('PENDING', 'PENDING', 'PENDING', 'PENDING'))).toEqual(['a'])
    expect(runnableTasks(diamond('COMPLETE', 'PENDING', 'PENDING', 'PENDING'))).toEqual(['b', 'c'])
    expect(runnableTasks(diamond('COMPLETE', 'COMPLETE', 'FAILED', 'PENDING'))).toEqual(['c'])
    expect(runnableTasks(diamond('COMPLETE', 'SKIPPED', 'COMPLETE', 'PENDING'))).toEqual(['d'])
    expect(runnableTasks(diamond('COMPLETE', 'COMPLETE', 'COMPLETE', 'COMPLETE'))).toEqual([])
  })

  it('leaves out a task held under a live claim, and offers one whose lease ran out', () => {
    const held = [task('a', 'IN_PROGRESS', [], true), task('b', 'PENDING')]
    expect(runnableTasks(held)).toEqual(['b'])
    expect(runnableTasks([task('a', 'IN_PROGRESS', [], false), task('b', 'PENDING')])).toEqual(['a', 'b'])
  })

  it('keeps plan order, not need order', () => {
    expect(runnableTasks([task('z', 'PENDING'), task('y', 'PENDING', ['x']), task('x', 'COMPLETE')])).toEqual([
      'z',
      'y',
    ])
  })
})

describe('unmetNeeds', () => {
  it('names each need that is not COMPLETE or SKIPPED, with its status', () => {
    expect(unmetNeeds(diamond('COMPLETE', 'IN_PROGRESS', 'FAILED', 'PENDING'), 'd')).toEqual([
      { need: 'b', status: 'IN_PROGRESS' },
      { need: 'c', status: 'FAILED' },
    ])
    expect(unmetNeeds(diamond('COMPLETE', 'PENDING', 'PENDING', 'PENDING'), 'b')).toEqual([])
  })
})

describe('progressOf', () => {
  it('says runnable, waiting, done or stuck', () => {
    expect(progressOf(diamond('PENDING', 'PENDING', 'PENDING', 'PENDING'))).toEqual({ kind: 'runnable', next: 'a' })
    expect(progressOf([task('a', 'IN_PROGRESS', [], true), task('b', 'PENDING', ['a'])])).toEqual({
      kind: 'waiting',
      held: ['a'],
    })
    expect(progressOf(diamond('COMPLETE', 'SKIPPED', 'COMPLETE', 'COMPLETE'))).toEqual({ kind: 'done' })
    expect(progressOf(diamond('FAILED', 'PENDING', 'PENDING', 'PENDING'), new Set(['a']))).toEqual({
      kind: 'stuck',
      blocked: ['a', 'b', 'c', 'd'],
    })
  })
})

/** A random DAG with random statuses: each task needs some earlier ones. */
const graph = fc
  .array(
    fc.record({
      picks: fc.array(fc.nat(), { maxLength: 3 }),
      status: fc.constantFrom(...STATUSES),
      live: fc.boolean(),
    }),
    {
      minLength: 1,
      maxLength: 25,
    },
  )
  .map((rows) =>
    rows.map(({ picks, status, live }, index) =>
      task(
        `t${index}`,
        status,
        index === 0 ? [] : [...new Set(picks.map((p) => `t${p % index}`))],
        status === 'IN_PROGRESS' && live,
      ),
    ),
  )

describe('properties', () => {
  it('every runnable task is open, unheld and has every need settled', () => {
    fc.assert(
      fc.property(graph, (tasks) => {
        const byName = new Map(tasks.map((t) => [t.name, t]))
        for (const name of runnableTasks(tasks)) {
          const t = byName.get(name)
          expect(t).toBeDefined()
          if (t === undefined) return
          expect(isSettled(t.status)).toBe(false)
          expect(t.liveClaim).toBe(false)
          for (const need of t.needs) expect(isSettled(byName.get(need)?.status ?? 'PENDING')).toBe(true)
        }
      }),
    )
  })

  it('running the first runnable task until done finishes every task, each once, after its needs', () => {
    fc.assert(
      fc.property(graph, (start) => {
        let tasks = start.map((t) => (t.status === 'IN_PROGRESS' ? { ...t, liveClaim: false } : t))
        const order: string[] = []
        for (let step = 0; step <= tasks.length; step += 1) {
          const progress = progressOf(tasks)
          if (progress.kind === 'done') break
          expect(progress.kind).toBe('runnable')
          if (progress.kind !== 'runnable') return
          order.push(progress.next)
          tasks = tasks.map((t) => (t.name === progress.next ? { ...t, status: 'COMPLETE' } : t))
        }
        expect(progressOf(tasks)).toEqual({ kind: 'done' })
        expect(new Set(order).size).toBe(order.length)
        for (const name of order) {
          const t = start.find((s) => s.name === name)
          for (const need of t?.needs ?? []) {
            const needAt = order.indexOf(need)
            if (needAt !== -1) expect(needAt).toBeLessThan(order.indexOf(name))
          }
        }
      }),
    )
  })
})
