import { z } from 'zod'
import { sealSnapshot, type Snapshot, type TaskState } from './snapshot.ts'

/**
 * How a snapshot is written in the issue body. Each task is a short array
 * `[name, status, version]`, plus an object only when it has more to say, so
 * hundreds of tasks fit in GitHub's 65,536 characters. The in-memory model,
 * and so the digest, is the plain `Snapshot`. The object holds JSON only, so
 * definition fields this release does not know yet survive a round trip.
 */
const WireTaskSchema = z.union([
  z.tuple([z.string(), z.string(), z.number()]),
  z.tuple([z.string(), z.string(), z.number(), z.record(z.string().max(64), z.json())]),
])

export const WireSnapshotSchema = z.object({
  tasklist: z.number(),
  title: z.string(),
  key: z.string().optional(),
  created: z.string(),
  trusted: z.array(z.string()),
  defs: z.string(),
  cursor: z.tuple([z.number(), z.string()]).nullable(),
  tasks: z.array(WireTaskSchema),
  digest: z.string(),
})

type WireTask = [string, string, number] | [string, string, number, Record<string, unknown>]

export function toWire(snapshot: Snapshot): unknown {
  return {
    tasklist: snapshot.tasklist,
    title: snapshot.title,
    ...(snapshot.key === undefined ? {} : { key: snapshot.key }),
    created: snapshot.created,
    trusted: snapshot.trusted,
    defs: snapshot.defs,
    cursor: snapshot.cursor === null ? null : [snapshot.cursor.id, snapshot.cursor.at],
    tasks: snapshot.tasks.map((task): WireTask => {
      const { n, s, v, ...extras } = task
      return Object.keys(extras).length === 0 ? [n, s, v] : [n, s, v, extras]
    }),
    digest: snapshot.digest,
  }
}

/** The plain object the snapshot schema validates; wire shape errors are reported by the caller. */
export function fromWire(wire: z.infer<typeof WireSnapshotSchema>): unknown {
  return {
    ...wire,
    cursor: wire.cursor === null ? null : { id: wire.cursor[0], at: wire.cursor[1] },
    tasks: wire.tasks.map(([n, s, v, extras]) => ({ ...extras, n, s, v })),
  }
}

/** Presentation-only facts (durations, links, messages): the comments keep them too. */
const PRESENTATION: ReadonlyArray<keyof TaskState> = ['t', 'at', 'm', 'x', 'u', 'by', 'h']

/**
 * The snapshot without presentation facts, sealed anew. Statuses, versions and
 * claims stay; a claim only loses its holder's link, which its run id implies.
 */
export function leanSnapshot(snapshot: Snapshot): Snapshot {
  const { digest: _digest, ...content } = snapshot
  return sealSnapshot({
    ...content,
    tasks: snapshot.tasks.map((task) => {
      const kept: Record<string, unknown> = { ...task }
      for (const key of PRESENTATION) delete kept[key]
      if (task.c !== undefined) {
        const { url: _url, ...holder } = task.c.holder
        kept.c = { ...task.c, holder }
      }
      return kept as TaskState
    }),
  })
}
