import { createHash } from 'node:crypto'
import type { StoredContent, StoredTask } from './snapshot-wire.ts'
import type { TaskSpec } from './task-spec.ts'

/**
 * The digests of release 0.1, which listed fields by hand. TaskLists it wrote are still on GitHub:
 * their seals and the `defs` of their records must keep verifying, or every status they hold
 * would be thrown away. Read-only: nothing new is sealed this way.
 */
function sha16(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

export function legacyDefinitionsDigest(tasks: readonly TaskSpec[]): string {
  return sha16(JSON.stringify(tasks.map((t) => [t.name, t.description ?? ''])))
}

function legacyTask(t: StoredTask): StoredTask {
  const out: StoredTask = { n: t.n, s: t.s, v: t.v }
  if (t.desc !== undefined) out.desc = t.desc
  if (t.c !== undefined) {
    const h = t.c.holder
    out.c = {
      id: t.c.id,
      at: t.c.at,
      lease: t.c.lease,
      ...(t.c.renewed === undefined ? {} : { renewed: t.c.renewed }),
      holder: {
        ...(h.run === undefined ? {} : { run: h.run }),
        ...(h.attempt === undefined ? {} : { attempt: h.attempt }),
        ...(h.job === undefined ? {} : { job: h.job }),
        ...(h.url === undefined ? {} : { url: h.url }),
        label: h.label,
      },
    }
  }
  if (t.t !== undefined) out.t = t.t
  if (t.at !== undefined) out.at = t.at
  if (t.m !== undefined) out.m = t.m
  if (t.x !== undefined) out.x = t.x
  if (t.u !== undefined) out.u = t.u
  if (t.by !== undefined) out.by = t.by
  return out
}

function legacyContent(content: StoredContent): unknown {
  return {
    tasklist: content.tasklist,
    title: content.title,
    ...(content.key === undefined ? {} : { key: content.key }),
    created: content.created,
    trusted: content.trusted,
    defs: content.defs,
    cursor: content.cursor === null ? null : { id: content.cursor.id, at: content.cursor.at },
    tasks: content.tasks.map(legacyTask),
  }
}

/** True when release 0.1 sealed this stored snapshot exactly as it is. */
export function isLegacySealed(content: StoredContent, digest: string): boolean {
  return sha16(JSON.stringify(legacyContent(content))) === digest
}
