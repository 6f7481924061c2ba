import { isLegacySealed } from './snapshot-legacy.ts'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { canonicalJson } from './canonical-json.ts'
import { HistorySchema } from './history.ts'
import { STATUSES } from './status.ts'
import { MAX_DESCRIPTION, MAX_TASK_NAME, TASK_NAME_PATTERN, type TaskSpec } from './task-spec.ts'

export const SCHEMA_VERSION = 1

const isoTime = z.iso.datetime({ offset: true })
/** Links rendered into markdown: no spaces, quotes, brackets or angle brackets can break out. */
export const SafeUrlSchema = z
  .string()
  .max(500)
  .regex(/^https?:\/\/[^\s<>"'`()[\]{}|\\^]+$/)

export const HolderSchema = z.object({
  run: z.string().max(40).optional(),
  attempt: z.number().int().positive().optional(),
  job: z.string().max(200).optional(),
  url: SafeUrlSchema.optional(),
  label: z.string().max(300),
})
export type Holder = z.infer<typeof HolderSchema>

export const ClaimSchema = z.object({
  id: z.string().max(40),
  at: isoTime,
  lease: z.number().int().positive(),
  renewed: isoTime.optional(),
  holder: HolderSchema,
})
export type Claim = z.infer<typeof ClaimSchema>

/** Keys of a task's run state; every other key belongs to its definition. */
export const RUN_STATE_KEYS = ['s', 'v', 'c', 't', 'at', 'm', 'x', 'u', 'by', 'h'] as const
const BUILT_IN_KEYS: ReadonlySet<string> = new Set(['n', 'desc', ...RUN_STATE_KEYS])
/** Extra definition fields are bounded so one task cannot crowd the others out of the issue body. */
export const MAX_EXTRA_DEFINITION = 4000

export const TaskStateSchema = z
  .looseObject({
    n: z.string().regex(TASK_NAME_PATTERN).max(MAX_TASK_NAME),
    desc: z.string().max(MAX_DESCRIPTION).optional(),
    s: z.enum(STATUSES),
    v: z.number().int().nonnegative(),
    c: ClaimSchema.optional(),
    /** Seconds the last finished attempt took. */
    t: z.number().nonnegative().optional(),
    /** Server time of the last change. */
    at: isoTime.optional(),
    m: z.string().max(300).optional(),
    x: z.number().int().optional(),
    u: SafeUrlSchema.optional(),
    by: z.string().max(100).optional(),
    /** Earlier attempts, for the timeline (history.ts). */
    h: HistorySchema.optional(),
  })
  .check((ctx) => {
    const extra = extraDefinitionOf(ctx.value)
    if (JSON.stringify(extra).length > MAX_EXTRA_DEFINITION) {
      ctx.issues.push({
        code: 'custom',
        message: `the extra definition fields of ${ctx.value.n} exceed ${MAX_EXTRA_DEFINITION} characters`,
        input: ctx.value,
      })
    }
  })
export type TaskState = z.infer<typeof TaskStateSchema>

/** A task's definition as it sits inside its state: name, description and any extra fields. */
export interface TaskDefinition {
  readonly n: string
  readonly desc?: string
  readonly [field: string]: unknown
}

/** The definition fields other than the name and description. */
function extraDefinitionOf(task: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(task).filter(([key]) => !BUILT_IN_KEYS.has(key)))
}

/** Everything in a task's state that is not run state, whatever fields definitions grow. */
export function definitionOf(task: TaskState): TaskDefinition {
  const { s: _s, v: _v, c: _c, t: _t, at: _at, m: _m, x: _x, u: _u, by: _by, h: _h, ...definition } = task
  return definition
}

export const CursorSchema = z.object({ id: z.number().int().positive(), at: isoTime })
export type Cursor = z.infer<typeof CursorSchema>

export const SnapshotSchema = z.object({
  tasklist: z.literal(SCHEMA_VERSION),
  title: z.string().max(256),
  key: z.string().max(256).optional(),
  created: isoTime,
  trusted: z.array(z.string().max(100)).max(50),
  defs: z.string().regex(/^[0-9a-f]{16}$/),
  cursor: CursorSchema.nullable(),
  tasks: z.array(TaskStateSchema).min(1),
  digest: z.string().regex(/^[0-9a-f]{16}$/),
})
export type Snapshot = z.infer<typeof SnapshotSchema>
export type SnapshotContent = Omit<Snapshot, 'digest'>

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

export function sealSnapshot(content: SnapshotContent): Snapshot {
  return { ...content, digest: sha16(canonicalJson(content)) }
}

/** True when the snapshot is exactly as the action wrote it, whatever order its JSON keys arrived in. */
export function isSealed(snapshot: Snapshot): boolean {
  const { digest, ...content } = snapshot
  return sha16(canonicalJson(content)) === digest || isLegacySealed(snapshot)
}

export function specsOf(snapshot: Pick<Snapshot, 'tasks'>): TaskSpec[] {
  return snapshot.tasks.map((task) => {
    const { n, desc, ...extra } = definitionOf(task)
    return desc === undefined ? { ...extra, name: n } : { ...extra, name: n, description: desc }
  })
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
    tasks: input.tasks.map(({ name, description, ...extra }) => ({
      ...extra,
      n: name,
      ...(description === undefined ? {} : { desc: description }),
      s: 'PENDING' as const,
      v: 0,
    })),
  })
}
