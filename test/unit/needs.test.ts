import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { needsProblem } from '../../src/domain/needs.ts'
import type { TaskSpec } from '../../src/domain/task-spec.ts'

const spec = (name: string, needs: string[] = []): TaskSpec => (needs.length === 0 ? { name } : { name, needs })

/** A random DAG: each task needs some of the tasks before it. */
const dag = fc
  .array(fc.array(fc.nat(), { maxLength: 4 }), { minLength: 1, maxLength: 30 })
  .map((rows) =>
    rows.map((picks, index) => spec(`t-${index}`, index === 0 ? [] : [...new Set(picks.map((p) => `t-${p % index}`))])),
  )

describe('needsProblem', () => {
  it('finds none in a plan without needs, or with needs on earlier or later tasks', () => {
    expect(needsProblem([spec('a'), spec('b')])).toBeUndefined()
    expect(needsProblem([spec('d', ['b', 'c']), spec('b', ['a']), spec('c', ['a']), spec('a')])).toBeUndefined()
  })

  it('names an unknown need and a task that needs itself', () => {
    expect(needsProblem([spec('a', ['x'])])).toEqual({ kind: 'unknown', task: 'a', need: 'x' })
    expect(needsProblem([spec('a', ['a'])])).toEqual({ kind: 'self', task: 'a' })
  })

  it('names the cycle as the path that closes it', () => {
    expect(needsProblem([spec('a'), spec('b', ['c']), spec('c', ['d']), spec('d', ['b'])])).toEqual({
      kind: 'cycle',
      cycle: ['b', 'c', 'd', 'b'],
    })
  })

  it('walks a chain of a thousand tasks without overflowing', () => {
    const chain = Array.from({ length: 1000 }, (_, i) => spec(`t-${i}`, i === 0 ? [] : [`t-${i - 1}`]))
    expect(needsProblem(chain)).toBeUndefined()
    chain[0] = spec('t-0', ['t-999'])
    const problem = needsProblem(chain)
    expect(problem?.kind).toBe('cycle')
    expect(problem?.kind === 'cycle' ? problem.cycle.length : 0).toBe(1001)
  })

  it('property: a DAG has no problem, in any order; one edge back from its first task to its last closes a cycle', () => {
    fc.assert(
      fc.property(dag, fc.integer(), (specs, seed) => {
        const shuffled = [...specs].sort(
          (a, b) => ((a.name.length * 31 + seed) % 7) - ((b.name.length * 31 + seed) % 7),
        )
        expect(needsProblem(shuffled)).toBeUndefined()
        if (specs.length < 2) return
        const last = specs[specs.length - 1]
        if (last === undefined || (last.needs as string[] | undefined)?.length === 0) return
        // The last task reaches t-0 through its needs, so t-0 needing it is a cycle through both.
        const closed = specs.map((s) => (s.name === 't-0' ? spec('t-0', [last.name]) : s))
        const problem = needsProblem(closed)
        if (reaches(specs, last.name, 't-0')) {
          expect(problem?.kind).toBe('cycle')
          if (problem?.kind === 'cycle') {
            expect(problem.cycle[0]).toBe(problem.cycle[problem.cycle.length - 1])
            expect(problem.cycle).toContain('t-0')
          }
        }
      }),
    )
  })
})

function reaches(specs: readonly TaskSpec[], from: string, to: string): boolean {
  const needs = new Map(specs.map((s) => [s.name, (s.needs as string[] | undefined) ?? []]))
  const seen = new Set<string>()
  const stack = [from]
  while (stack.length > 0) {
    const name = stack.pop() ?? ''
    if (name === to) return true
    if (seen.has(name)) continue
    seen.add(name)
    stack.push(...(needs.get(name) ?? []))
  }
  return false
}
