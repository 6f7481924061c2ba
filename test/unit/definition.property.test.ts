import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBody, renderBody } from '../../src/domain/body.ts'
import { DEFINITIONS_MISMATCH, fold, trustedAuthors } from '../../src/domain/fold.ts'
import { type Snapshot, type Task } from '../../src/domain/model.ts'
import { definitionsDigest, genesisSnapshot, isSealed, specsOf } from '../../src/domain/snapshot.ts'
import { MAX_EXTRA_DEFINITION, RESERVED_DEFINITION_FIELDS } from '../../src/domain/snapshot-wire.ts'
import type { TaskSpec } from '../../src/domain/task-spec.ts'
import { T0, comment, record } from './fixtures.ts'

const trusted = trustedAuthors('octocat')

/** Extra definition fields: names clear of the built-in ones, any JSON values, small enough to store. */
const extraFields = fc
  .dictionary(
    fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,11}$/).filter((key) => !RESERVED_DEFINITION_FIELDS.has(key)),
    fc.jsonValue({ maxDepth: 3 }),
    { minKeys: 1, maxKeys: 5 },
  )
  .map((extra) => JSON.parse(JSON.stringify(extra)) as Record<string, unknown>)
  .filter((extra) => JSON.stringify(extra).length <= MAX_EXTRA_DEFINITION)
  // Schema parsing does not keep an own "__proto__" key; definitions are not expected to hold one.
  .filter((extra) => !JSON.stringify(extra).includes('"__proto__"'))

function specsWith(extra: Record<string, unknown>): TaskSpec[] {
  return [
    { ...extra, name: 'database-migration', description: 'Migrate the schema' },
    { name: 'application-migration' },
  ]
}

function genesis(specs: readonly TaskSpec[]): Snapshot {
  return genesisSnapshot({ title: 'Release 1.2', trusted: ['octocat'], tasks: specs, now: T0 })
}

function firstTask(snapshot: Snapshot): Task {
  const task = snapshot.tasks[0]
  if (task === undefined) throw new Error('no t1')
  return task
}

function extraOf(task: Task): Record<string, unknown> {
  const { name: _name, description: _description, ...extra } = task.definition
  return extra
}

/** genesis, then a start and a complete of t1, folded from comments. */
function startedAndCompleted(base: Snapshot): Snapshot {
  const start = record(base, 'start', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' })
  const complete = record(
    base,
    'complete',
    { op: 'complete', ver: 1, from: 'IN_PROGRESS', to: 'COMPLETE' },
    { claim: start.rec },
  )
  const { snapshot, events } = fold(base, [comment(10, 0, start), comment(11, 30, complete)], trusted)
  expect(events.map((e) => e.kind)).toEqual(['applied', 'applied'])
  return snapshot
}

function throughBody(snapshot: Snapshot): Snapshot {
  const parsed = parseBody(renderBody(snapshot))
  if (parsed.kind !== 'ok') throw new Error(`body did not parse: ${JSON.stringify(parsed)}`)
  return parsed.snapshot
}

describe('extra definition fields', () => {
  it('survive genesis, start, complete, rendering and parsing the body', () => {
    fc.assert(
      fc.property(extraFields, (extra) => {
        const specs = specsWith(extra)
        const done = startedAndCompleted(genesis(specs))
        expect(firstTask(done).state.status).toBe('COMPLETE')
        expect(extraOf(firstTask(done))).toEqual(extra)

        const back = throughBody(done)
        expect(isSealed(back)).toBe(true)
        expect(firstTask(back).state.status).toBe('COMPLETE')
        expect(extraOf(firstTask(back))).toEqual(extra)
        expect(specsOf(back)).toEqual(specs)
        expect(definitionsDigest(specsOf(back))).toBe(back.defs)
      }),
    )
  })

  it('when any one is edited, change the definitions digest and break the seal', () => {
    const editedCase = extraFields.chain((extra) =>
      fc.record({ extra: fc.constant(extra), key: fc.constantFrom(...Object.keys(extra)) }),
    )
    fc.assert(
      fc.property(editedCase, ({ extra, key }) => {
        const base = genesis(specsWith(extra))
        const edited = { ...extra, [key]: { was: extra[key] ?? null } }
        const editedSpecs = specsWith(edited)
        expect(definitionsDigest(editedSpecs)).not.toBe(base.defs)

        // A record written against the old definitions is refused by the new ones.
        const stale = record(base, 'start', { op: 'start', ver: 0, from: 'PENDING', to: 'IN_PROGRESS' })
        const { events } = fold(genesis(editedSpecs), [comment(10, 0, stale)], trusted)
        expect(events.flatMap((e) => (e.kind === 'rejected' ? [e.reason] : []))).toEqual([DEFINITIONS_MISMATCH])

        // The same edit made by hand in a stored snapshot no longer matches its seal.
        const stored = throughBody(startedAndCompleted(base))
        const [first, ...rest] = stored.tasks
        if (first === undefined) throw new Error('no t1')
        const handEdited: Snapshot = {
          ...stored,
          tasks: [{ ...first, definition: { ...first.definition, [key]: edited[key] } }, ...rest],
        }
        expect(isSealed(handEdited)).toBe(false)
      }),
    )
  })
})
