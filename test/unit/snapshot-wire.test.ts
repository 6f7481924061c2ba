import { describe, expect, it } from 'vitest'
import {
  StoredSnapshotSchema,
  WireSnapshotSchema,
  fromWire,
  snapshotFromStored,
  storedSnapshot,
  storedTask,
  toWire,
  type StoredTask,
} from '../../src/domain/snapshot-wire.ts'
import { type Snapshot } from '../../src/domain/model.ts'
import { genesisSnapshot, isSealed, leanSnapshot, sealSnapshot } from '../../src/domain/snapshot.ts'
import { RUN_URL, T0, at, holder, isValidSnapshot, stored } from './fixtures.ts'

const claim = { id: 'abcdef0123456789', at: at(10), lease: 3600, renewed: at(20), holder: holder() }

/** Every kind of task: bare, with a description, running with a claim, finished with every presentation fact. */
const storedTasks: StoredTask[] = [
  { n: 'build', s: 'PENDING', v: 0 },
  { n: 'database-migration', desc: 'Migrate the schema', s: 'PENDING', v: 2 },
  {
    n: 'smoke-test',
    desc: 'Check the site',
    s: 'IN_PROGRESS',
    v: 3,
    c: claim,
    at: at(20),
    m: 'renewed',
    u: RUN_URL,
    by: 'deploy / migrate',
  },
  { n: 'deploy', s: 'FAILED', v: 4, t: 12.5, at: at(30), m: 'exit 2', x: 2, u: RUN_URL, by: 'deploy / migrate' },
  { n: 'announce', s: 'COMPLETE', v: 2, t: 3, at: at(40), u: RUN_URL, by: '@alice' },
  { n: 'cleanup', s: 'SKIPPED', v: 1, at: at(50), by: '@alice' },
]
const tasks = storedTasks.map(stored)

function snapshot(cursor: Snapshot['cursor'] = { id: 77, at: at(50) }, key?: string): Snapshot {
  const g = genesisSnapshot({
    title: 'Release 1.2',
    ...(key === undefined ? {} : { key }),
    trusted: ['octocat', 'release-bot'],
    tasks: storedTasks.map((t) => ({ name: t.n })),
    now: T0,
  })
  const { digest: _digest, ...content } = g
  return sealSnapshot({ ...content, cursor, tasks })
}

/** JSON as it is stored in the issue body, read back. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown
}

function roundTrip(s: Snapshot): Snapshot {
  const wire = WireSnapshotSchema.parse(throughJson(toWire(s)))
  return snapshotFromStored(StoredSnapshotSchema.parse(fromWire(wire)))
}

describe('toWire', () => {
  it('writes the cursor as [id, at] and each task as [name, status, version], with extras only when there are any', () => {
    const s = snapshot()
    expect(toWire(s)).toEqual({
      tasklist: 1,
      title: 'Release 1.2',
      created: T0,
      trusted: ['octocat', 'release-bot'],
      defs: s.defs,
      cursor: [77, at(50)],
      tasks: [
        ['build', 'PENDING', 0],
        ['database-migration', 'PENDING', 2, { desc: 'Migrate the schema' }],
        [
          'smoke-test',
          'IN_PROGRESS',
          3,
          { desc: 'Check the site', c: claim, at: at(20), m: 'renewed', u: RUN_URL, by: 'deploy / migrate' },
        ],
        ['deploy', 'FAILED', 4, { t: 12.5, at: at(30), m: 'exit 2', x: 2, u: RUN_URL, by: 'deploy / migrate' }],
        ['announce', 'COMPLETE', 2, { t: 3, at: at(40), u: RUN_URL, by: '@alice' }],
        ['cleanup', 'SKIPPED', 1, { at: at(50), by: '@alice' }],
      ],
      digest: s.digest,
    })
  })

  it('writes a null cursor as null and keeps the key when there is one', () => {
    const s = snapshot(null, 'release-1.2')
    const wire = toWire(s) as Record<string, unknown>
    expect(wire['cursor']).toBeNull()
    expect(wire['key']).toBe('release-1.2')
    expect(Object.keys(wire)).toEqual([
      'tasklist',
      'title',
      'key',
      'created',
      'trusted',
      'defs',
      'cursor',
      'tasks',
      'digest',
    ])
  })

  it('leaves the key out when there is none', () => {
    expect(Object.keys(toWire(snapshot()) as object)).toEqual([
      'tasklist',
      'title',
      'created',
      'trusted',
      'defs',
      'cursor',
      'tasks',
      'digest',
    ])
  })

  it('is shorter than the plain stored snapshot', () => {
    const s = snapshot()
    expect(JSON.stringify(toWire(s)).length).toBeLessThan(JSON.stringify(storedSnapshot(s)).length)
  })
})

describe('fromWire', () => {
  it('gives back the plain shape the snapshot schema reads', () => {
    const s = snapshot()
    const wire = WireSnapshotSchema.parse(throughJson(toWire(s)))
    expect(fromWire(wire)).toEqual(throughJson(storedSnapshot(s)))
  })

  it('round-trips a snapshot exactly, sealed', () => {
    for (const s of [snapshot(), snapshot(null, 'release-1.2')]) {
      const back = roundTrip(s)
      expect(back).toEqual(s)
      expect(isSealed(back)).toBe(true)
    }
  })

  it('round-trips a genesis snapshot, whose tasks have no extras', () => {
    const g = genesisSnapshot({ title: 'New', trusted: [], tasks: [{ name: 'a' }, { name: 'b' }], now: T0 })
    expect((toWire(g) as { tasks: unknown }).tasks).toEqual([
      ['a', 'PENDING', 0],
      ['b', 'PENDING', 0],
    ])
    expect(roundTrip(g)).toEqual(g)
  })

  it('lets the array name, status and version win over the same keys among the extras', () => {
    const wire = WireSnapshotSchema.parse({
      ...(throughJson(toWire(snapshot())) as object),
      tasks: [['build', 'PENDING', 0, { n: 'other', s: 'COMPLETE', v: 9 }]],
    })
    expect((fromWire(wire) as { tasks: unknown }).tasks).toEqual([{ n: 'build', s: 'PENDING', v: 0 }])
  })
})

describe('WireSnapshotSchema', () => {
  const wire = throughJson(toWire(snapshot())) as Record<string, unknown>

  it('accepts what toWire writes', () => {
    expect(WireSnapshotSchema.safeParse(wire).success).toBe(true)
  })

  it.each([
    ['a task as an object', { ...wire, tasks: [{ n: 'build', s: 'PENDING', v: 0 }] }],
    ['a task without its version', { ...wire, tasks: [['build', 'PENDING']] }],
    ['a task with a string version', { ...wire, tasks: [['build', 'PENDING', '0']] }],
    ['a task with extras that are not an object', { ...wire, tasks: [['build', 'PENDING', 0, 'x']] }],
    ['a task with too many entries', { ...wire, tasks: [['build', 'PENDING', 0, {}, {}]] }],
    ['a cursor as an object', { ...wire, cursor: { id: 77, at: at(50) } }],
    ['a cursor without its time', { ...wire, cursor: [77] }],
    ['a missing digest', { ...wire, digest: undefined }],
  ])('rejects %s', (_what, value) => {
    expect(WireSnapshotSchema.safeParse(value).success).toBe(false)
  })
})

describe('leanSnapshot', () => {
  const full = snapshot()
  const lean = leanSnapshot(full)

  it("keeps names, descriptions, statuses, versions and claims (less the holder's link), and drops t, at, m, x, u and by", () => {
    const { url: _url, ...holderWithoutLink } = claim.holder
    expect(claim.holder.url).toBeDefined()
    expect(lean.tasks.map(storedTask)).toEqual([
      { n: 'build', s: 'PENDING', v: 0 },
      { n: 'database-migration', desc: 'Migrate the schema', s: 'PENDING', v: 2 },
      { n: 'smoke-test', desc: 'Check the site', s: 'IN_PROGRESS', v: 3, c: { ...claim, holder: holderWithoutLink } },
      { n: 'deploy', s: 'FAILED', v: 4 },
      { n: 'announce', s: 'COMPLETE', v: 2 },
      { n: 'cleanup', s: 'SKIPPED', v: 1 },
    ])
    for (const task of lean.tasks.map(storedTask)) {
      expect(Object.keys(task).filter((k) => ['t', 'at', 'm', 'x', 'u', 'by'].includes(k))).toEqual([])
    }
  })

  it('keeps everything outside the tasks', () => {
    const { tasks: _leanTasks, digest: _leanDigest, ...leanRest } = lean
    const { tasks: _fullTasks, digest: _fullDigest, ...fullRest } = full
    expect(leanRest).toEqual(fullRest)
  })

  it('is sealed anew, with a digest of its own', () => {
    expect(isSealed(lean)).toBe(true)
    expect(lean.digest).not.toBe(full.digest)
    expect(isValidSnapshot(lean)).toBe(true)
  })

  it('does not change the snapshot it is given', () => {
    const copy = throughJson(full)
    leanSnapshot(full)
    expect(full).toEqual(copy)
    expect(isSealed(full)).toBe(true)
  })

  it('is idempotent and round-trips through the wire form', () => {
    expect(leanSnapshot(lean)).toEqual(lean)
    expect(roundTrip(lean)).toEqual(lean)
  })

  it('leaves a snapshot without presentation facts unchanged, digest included', () => {
    const g = genesisSnapshot({ title: 'New', trusted: [], tasks: [{ name: 'a', description: 'd' }], now: T0 })
    expect(leanSnapshot(g)).toEqual(g)
  })
})
