import { describe, expect, it } from 'vitest'
import { type Snapshot, type SnapshotContent, type Task } from '../../src/domain/model.ts'
import { definitionsDigest, genesisSnapshot, isSealed, sealSnapshot, specsOf } from '../../src/domain/snapshot.ts'
import { T0, at, holder, isValidSnapshot, stored } from './fixtures.ts'
import { StoredSnapshotSchema, snapshotFromStored, storedSnapshot } from '../../src/domain/snapshot-wire.ts'

const specs = [{ name: 'database-migration', description: 'Migrate the schema' }, { name: 'application-migration' }]

function genesis(): Snapshot {
  return genesisSnapshot({
    title: 'Release 1.2',
    key: 'release-1.2',
    trusted: ['octocat', 'Bot', 'octocat'],
    tasks: specs,
    now: T0,
  })
}

/** A snapshot with a claim and every optional task field set. */
function busy(): Snapshot {
  const g = genesis()
  const running: Task = stored({
    n: 'database-migration',
    desc: 'Migrate the schema',
    s: 'IN_PROGRESS',
    v: 3,
    c: { id: 'abcdef0123456789', at: at(10), lease: 3600, renewed: at(20), holder: holder() },
    t: 12.5,
    at: at(20),
    m: 'renewed',
    x: 1,
    u: 'https://github.com/acme/app/actions/runs/100',
    by: 'deploy / migrate',
  })
  return sealSnapshot({ ...withoutDigest(g), cursor: { id: 77, at: at(20) }, tasks: [running, g.tasks[1] ?? running] })
}

function withoutDigest(s: Snapshot): SnapshotContent {
  const { digest: _digest, ...content } = s
  return content
}

/** Rebuilds every object with its keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    )
  }
  return value
}

describe('genesisSnapshot', () => {
  it('starts every task PENDING at version 0, with no cursor, sealed', () => {
    const g = genesis()
    expect(withoutDigest(g)).toEqual({
      tasklist: 1,
      title: 'Release 1.2',
      key: 'release-1.2',
      created: T0,
      trusted: ['Bot', 'octocat'],
      defs: definitionsDigest(specs),
      cursor: null,
      tasks: [
        stored({ n: 'database-migration', desc: 'Migrate the schema', s: 'PENDING', v: 0 }),
        stored({ n: 'application-migration', s: 'PENDING', v: 0 }),
      ],
    })
    expect(g.digest).toMatch(/^[0-9a-f]{16}$/)
    expect(isSealed(g)).toBe(true)
    expect(isValidSnapshot(g)).toBe(true)
  })

  it('gives the task specs back through specsOf', () => {
    expect(specsOf(genesis())).toEqual(specs)
  })
})

describe('seal', () => {
  it('holds for a snapshot with every optional field', () => {
    expect(isSealed(busy())).toBe(true)
  })

  it('is deterministic', () => {
    expect(busy().digest).toBe(busy().digest)
  })

  it('does not depend on key order', () => {
    const s = busy()
    // Zod would put the keys back in schema order, so the reversed object is used as is.
    const shuffled = reverseKeys(s) as Snapshot
    expect(Object.keys(shuffled)[0]).toBe('digest')
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(s))
    expect(isSealed(shuffled)).toBe(true)
    expect(sealSnapshot(withoutDigest(shuffled)).digest).toBe(s.digest)
  })

  it('survives a JSON round trip', () => {
    const s = busy()
    expect(
      isSealed(snapshotFromStored(StoredSnapshotSchema.parse(JSON.parse(JSON.stringify(storedSnapshot(s)))))),
    ).toBe(true)
  })

  const edits: ReadonlyArray<[string, (s: Snapshot) => Snapshot]> = [
    [
      'a status',
      (s) => ({
        ...s,
        tasks: s.tasks.map((t, i) => (i === 1 ? { ...t, state: { ...t.state, status: 'COMPLETE' as const } } : t)),
      }),
    ],
    [
      'a version',
      (s) => ({
        ...s,
        tasks: s.tasks.map((t, i) => (i === 0 ? { ...t, state: { ...t.state, version: t.state.version + 1 } } : t)),
      }),
    ],
    [
      'a name',
      (s) => ({
        ...s,
        tasks: s.tasks.map((t, i) => (i === 1 ? { ...t, definition: { ...t.definition, name: 'app-migration' } } : t)),
      }),
    ],
    [
      'a description',
      (s) => ({
        ...s,
        tasks: s.tasks.map((t, i) => (i === 0 ? { ...t, definition: { ...t.definition, description: 'other' } } : t)),
      }),
    ],
    ['the cursor id', (s) => ({ ...s, cursor: { id: 78, at: at(20) } })],
    ['the cursor time', (s) => ({ ...s, cursor: { id: 77, at: at(21) } })],
    ['the cursor removed', (s) => ({ ...s, cursor: null })],
    [
      'the claim holder',
      (s) => ({
        ...s,
        tasks: s.tasks.map((t, i) =>
          i === 0 && t.state.claim !== undefined
            ? { ...t, state: { ...t.state, claim: { ...t.state.claim, holder: holder({ label: 'x' }) } } }
            : t,
        ),
      }),
    ],
    [
      'the lease',
      (s) => ({
        ...s,
        tasks: s.tasks.map((t, i) =>
          i === 0 && t.state.claim !== undefined
            ? { ...t, state: { ...t.state, claim: { ...t.state.claim, lease: 99999 } } }
            : t,
        ),
      }),
    ],
    ['the trusted list', (s) => ({ ...s, trusted: [...s.trusted, 'mallory'] })],
    ['the title', (s) => ({ ...s, title: 'Release 1.3' })],
    ['the definitions digest', (s) => ({ ...s, defs: '0000000000000000' })],
    ['the digest itself', (s) => ({ ...s, digest: '0000000000000000' })],
    ['a task removed', (s) => ({ ...s, tasks: s.tasks.slice(0, 1) })],
    ['tasks reordered', (s) => ({ ...s, tasks: s.tasks.slice().reverse() })],
  ]
  for (const [what, edit] of edits) {
    it(`breaks when ${what} is edited`, () => {
      const edited = edit(busy())
      expect(edited).not.toEqual(busy())
      expect(isSealed(edited)).toBe(false)
    })
  }
})

describe('definitionsDigest', () => {
  const d = definitionsDigest(specs)

  it('is 16 hex characters and stable', () => {
    expect(d).toMatch(/^[0-9a-f]{16}$/)
    expect(definitionsDigest(specs.map((s) => ({ ...s })))).toBe(d)
  })

  it('changes with a name, a description, an addition or the order', () => {
    const variants = [
      [{ name: 'database-migrations', description: 'Migrate the schema' }, { name: 'application-migration' }],
      [{ name: 'database-migration', description: 'Migrate the schemas' }, { name: 'application-migration' }],
      [{ name: 'database-migration' }, { name: 'application-migration' }],
      [...specs, { name: 'smoke-test' }],
      specs.slice().reverse(),
    ]
    const digests = variants.map(definitionsDigest)
    expect(new Set([d, ...digests]).size).toBe(variants.length + 1)
  })

  it('cannot be fooled by moving text between a name and its description', () => {
    expect(definitionsDigest([{ name: 'a', description: 'b' }])).not.toBe(definitionsDigest([{ name: 'a-b' }]))
    expect(definitionsDigest([{ name: 'a', description: 'b,c' }])).not.toBe(
      definitionsDigest([{ name: 'a', description: 'b' }, { name: 'c' }]),
    )
  })
})
