import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changedFields, isUnchanged, reconcilePlan, type StoredTask } from '../../src/domain/reconcile.ts'
import { STATUSES, type Status } from '../../src/domain/status.ts'
import type { TaskSpec } from '../../src/domain/task-spec.ts'

const stored = (spec: TaskSpec, status: Status): StoredTask => ({ spec, status })
const a = { name: 'a', run: './a.sh' }
const b = { name: 'b', run: './b.sh', needs: ['a'] }

describe('reconcilePlan', () => {
  it('changes nothing when the plan is the stored one', () => {
    const result = reconcilePlan([stored(a, 'COMPLETE'), stored(b, 'IN_PROGRESS')], [a, b], 'fail')
    expect(isUnchanged(result)).toBe(true)
    expect(result.tasks).toEqual([a, b])
  })

  it('appends a new task after the stored ones, whatever its place in the plan', () => {
    const c = { name: 'c', needs: ['a'] }
    const result = reconcilePlan([stored(a, 'COMPLETE'), stored(b, 'PENDING')], [c, a, b], 'fail')
    expect(result.added).toEqual([c])
    expect(result.tasks).toEqual([a, b, c])
    expect(result.refusals).toEqual([])
  })

  it.each(['PENDING', 'FAILED', 'SKIPPED'] as const)('accepts a changed definition of a %s task', (status) => {
    const fixed = { name: 'b', run: './b.sh --fixed', needs: ['a'], timeout: 60 }
    const result = reconcilePlan([stored(a, 'COMPLETE'), stored(b, status)], [a, fixed], 'fail')
    expect(result.redefined).toEqual([{ name: 'b', status, fields: ['run', 'timeout'], spec: fixed, accepted: false }])
    expect(result.tasks).toEqual([a, fixed])
    expect(result.refusals).toEqual([])
  })

  it.each(['COMPLETE', 'IN_PROGRESS'] as const)(
    'refuses a changed definition of a %s task, naming the fields',
    (status) => {
      const changed = { name: 'a', run: './a2.sh', description: 'now described' }
      const result = reconcilePlan([stored(a, status), stored(b, 'PENDING')], [changed, b], 'fail')
      expect(result.refusals).toEqual([{ kind: 'changed', name: 'a', status, fields: ['description', 'run'] }])
      expect(result.redefined).toEqual([])
    },
  )

  it('refuses a task missing from the plan, whatever its status', () => {
    const result = reconcilePlan([stored(a, 'PENDING'), stored(b, 'PENDING')], [a], 'fail')
    expect(result.refusals).toEqual([{ kind: 'missing', name: 'b', status: 'PENDING' }])
    expect(result.removed).toEqual([])
  })

  it('in accept mode records the changes it would refuse, and removes missing tasks', () => {
    const changed = { name: 'a', run: './a2.sh' }
    const result = reconcilePlan([stored(a, 'COMPLETE'), stored(b, 'FAILED')], [changed], 'accept')
    expect(result.refusals).toEqual([])
    expect(result.redefined).toEqual([
      { name: 'a', status: 'COMPLETE', fields: ['run'], spec: changed, accepted: true },
    ])
    expect(result.removed).toEqual([{ name: 'b', status: 'FAILED' }])
    expect(result.tasks).toEqual([changed])
  })
})

describe('changedFields', () => {
  it('lists plan fields in their order, then others by name, and ignores key order', () => {
    expect(changedFields({ name: 'x', zeta: 1, run: 'a' }, { name: 'x', alpha: 2, run: 'b', needs: ['y'] })).toEqual([
      'run',
      'needs',
      'alpha',
      'zeta',
    ])
    expect(changedFields({ name: 'x', needs: ['a'], run: 'r' }, { run: 'r', needs: ['a'], name: 'x' })).toEqual([])
  })
})

const specArb = fc.record(
  {
    description: fc.string({ maxLength: 10 }),
    run: fc.constantFrom('./a.sh', './b.sh', 'make'),
    retries: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
)
const storedArb = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,4}$/), { minLength: 1, maxLength: 8 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.tuple(specArb, fc.constantFrom(...STATUSES)).map(([fields, status]) => stored({ ...fields, name }, status)),
      ),
    ),
  )

describe('properties', () => {
  it('the stored plan given again is unchanged, in either mode', () => {
    fc.assert(
      fc.property(storedArb, fc.constantFrom('fail' as const, 'accept' as const), (tasks, mode) => {
        const result = reconcilePlan(
          tasks,
          tasks.map((t) => t.spec),
          mode,
        )
        expect(isUnchanged(result)).toBe(true)
        expect(result.tasks).toEqual(tasks.map((t) => t.spec))
      }),
    )
  })

  it('accept mode always ends with exactly the plan, in stored order then new; fail mode refuses only what ran or went missing', () => {
    fc.assert(
      fc.property(storedArb, storedArb, (before, after) => {
        const plan = after.map((t) => t.spec)
        const accepted = reconcilePlan(before, plan, 'accept')
        expect(new Set(accepted.tasks.map((t) => t.name))).toEqual(new Set(plan.map((t) => t.name)))
        for (const spec of accepted.tasks) expect(spec).toEqual(plan.find((p) => p.name === spec.name))
        const failed = reconcilePlan(before, plan, 'fail')
        for (const refusal of failed.refusals) {
          const status = before.find((t) => t.spec.name === refusal.name)?.status
          if (refusal.kind === 'changed') expect(['COMPLETE', 'IN_PROGRESS']).toContain(status)
          else expect(plan.some((p) => p.name === refusal.name)).toBe(false)
        }
        for (const r of failed.redefined) expect(['PENDING', 'FAILED', 'SKIPPED']).toContain(r.status)
      }),
    )
  })
})
