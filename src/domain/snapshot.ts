import { createHash } from 'node:crypto'
import { canonicalJson } from './canonical-json.ts'
import { SCHEMA_VERSION, type Snapshot, type SnapshotContent, type Task } from './model.ts'
import { isLegacySealed } from './snapshot-legacy.ts'
import { storedContent, storedSnapshot } from './snapshot-wire.ts'
import type { TaskSpec } from './task-spec.ts'

function sha16(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * Fingerprint of the task definitions, whole: every record carries it, so a
 * definition edited in any field, including ones added later, is caught.
 */
export function definitionsDigest(tasks: readonly TaskSpec[]): string {
  return sha16(canonicalJson(tasks))
}

/** Seals over the stored form, so the seal of a TaskList on GitHub does not depend on in-memory names. */
export function sealSnapshot(content: SnapshotContent): Snapshot {
  return { ...content, digest: sha16(canonicalJson(storedContent(content))) }
}

/** True when the snapshot is exactly as the action wrote it, whatever order its JSON keys arrived in. */
export function isSealed(snapshot: Snapshot): boolean {
  const { digest, ...stored } = storedSnapshot(snapshot)
  return sha16(canonicalJson(stored)) === digest || isLegacySealed(stored, digest)
}

export function specsOf(snapshot: Pick<Snapshot, 'tasks'>): TaskSpec[] {
  return snapshot.tasks.map((task) => task.definition)
}

/** The same snapshot with other tasks, sealed anew. */
export function withTasks(snapshot: Snapshot, tasks: readonly Task[]): Snapshot {
  const { digest: _digest, ...content } = snapshot
  return sealSnapshot({ ...content, tasks })
}

export interface NewTaskListInput {
  readonly title: string
  readonly key?: string
  readonly trusted: readonly string[]
  readonly tasks: readonly TaskSpec[]
  readonly now: string
}

export function genesisSnapshot(input: NewTaskListInput): Snapshot {
  return sealSnapshot({
    tasklist: SCHEMA_VERSION,
    title: input.title,
    ...(input.key === undefined ? {} : { key: input.key }),
    created: input.now,
    trusted: [...new Set(input.trusted)].sort(),
    defs: definitionsDigest(input.tasks),
    cursor: null,
    tasks: input.tasks.map((definition) => ({ definition, state: { status: 'PENDING', version: 0 } })),
  })
}

/**
 * The snapshot without presentation facts (durations, links, messages: the
 * comments keep them too), sealed anew. Statuses, versions and claims stay; a
 * claim only loses its holder's link, which its run id implies.
 */
export function leanSnapshot(snapshot: Snapshot): Snapshot {
  return withTasks(
    snapshot,
    snapshot.tasks.map(({ definition, state }) => {
      const { durationSec: _t, changedAt: _at, message: _m, exitCode: _x, runUrl: _u, changedBy: _by, ...kept } = state
      if (kept.claim === undefined) return { definition, state: kept }
      const { url: _url, ...holder } = kept.claim.holder
      return { definition, state: { ...kept, claim: { ...kept.claim, holder } } }
    }),
  )
}
