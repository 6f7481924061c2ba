import { z } from 'zod'
import { ClaimSchema, isoTime, SafeUrlSchema } from './claim.ts'
import { SCHEMA_VERSION, type RunState, type Snapshot, type SnapshotContent, type Task } from './model.ts'
import { HistorySchema } from './history.ts'
import { MAX_KEY, MAX_TITLE } from './plan-limits.ts'
import { STATUSES } from './status.ts'
import { MAX_DESCRIPTION, MAX_TASK_NAME, TASK_NAME_PATTERN } from './task-spec.ts'

/**
 * The stored form of a snapshot, as the issue body holds it and as its seal is
 * taken over. A task is one flat object of short keys: name and description,
 * run state, and every other key as a definition field. In memory the same task
 * is `{ definition, state }` with full names (model.ts); only this file knows
 * the short keys.
 */

/** Short stored key of each run-state field. */
const STORED_STATE_KEYS = {
  status: 's',
  version: 'v',
  claim: 'c',
  durationSec: 't',
  changedAt: 'at',
  message: 'm',
  exitCode: 'x',
  runUrl: 'u',
  changedBy: 'by',
  history: 'h',
  outputs: 'o',
} as const satisfies Record<keyof RunState, string>

const STORED_NAME_KEYS = ['n', 'desc'] as const
/** Keys a definition field may not take: the stored form, or the in-memory name and description, use them. */
export const RESERVED_DEFINITION_FIELDS: ReadonlySet<string> = new Set([
  ...STORED_NAME_KEYS,
  ...Object.values(STORED_STATE_KEYS),
  'name',
  'description',
])
/** Extra definition fields are bounded so one task cannot crowd the others out of the issue body. */
export const MAX_EXTRA_DEFINITION = 4000

export const StoredTaskSchema = z
  .looseObject({
    n: z.string().regex(TASK_NAME_PATTERN).max(MAX_TASK_NAME),
    desc: z.string().max(MAX_DESCRIPTION).optional(),
    s: z.enum(STATUSES),
    v: z.number().int().nonnegative(),
    c: ClaimSchema.optional(),
    t: z.number().nonnegative().optional(),
    at: isoTime.optional(),
    m: z.string().max(300).optional(),
    x: z.number().int().optional(),
    u: SafeUrlSchema.optional(),
    by: z.string().max(100).optional(),
    h: HistorySchema.optional(),
    o: z.record(z.string().max(64), z.string().max(2000)).optional(),
  })
  .check((ctx) => {
    const extra = extraFieldsOf(ctx.value)
    for (const field of ['name', 'description']) {
      if (field in extra) {
        ctx.issues.push({
          code: 'custom',
          message: `task ${ctx.value.n} has a definition field '${field}', which is reserved`,
          input: ctx.value,
        })
      }
    }
    if (JSON.stringify(extra).length > MAX_EXTRA_DEFINITION) {
      ctx.issues.push({
        code: 'custom',
        message: `the extra definition fields of ${ctx.value.n} exceed ${MAX_EXTRA_DEFINITION} characters`,
        input: ctx.value,
      })
    }
  })
export type StoredTask = z.infer<typeof StoredTaskSchema>

export const StoredSnapshotSchema = z.object({
  tasklist: z.literal(SCHEMA_VERSION),
  title: z.string().max(MAX_TITLE),
  key: z.string().max(MAX_KEY).optional(),
  created: isoTime,
  trusted: z.array(z.string().max(100)).max(50),
  defs: z.string().regex(/^[0-9a-f]{16}$/),
  cursor: z.object({ id: z.number().int().positive(), at: isoTime }).nullable(),
  /** Continuation issues: [issue, marker comment id, comments met]; absent until the record continues. */
  seg: z
    .array(z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().nonnegative()]))
    .min(1)
    .max(10_000)
    .optional(),
  tasks: z.array(StoredTaskSchema).min(1),
  digest: z.string().regex(/^[0-9a-f]{16}$/),
})
export type StoredSnapshot = z.infer<typeof StoredSnapshotSchema>
export type StoredContent = Omit<StoredSnapshot, 'digest'>

const BUILT_IN_STORED_KEYS: ReadonlySet<string> = new Set([...STORED_NAME_KEYS, ...Object.values(STORED_STATE_KEYS)])

function extraFieldsOf(task: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(task).filter(([key]) => !BUILT_IN_STORED_KEYS.has(key)))
}

/** Leaves out undefined members, as JSON would, so a round trip compares equal. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T
}

export function storedTask(task: Task): StoredTask {
  const { name, description, ...extra } = task.definition
  for (const field of Object.keys(extra)) {
    // Definitions come from the action's own parsers, which never make these; a clash would corrupt the block.
    if (RESERVED_DEFINITION_FIELDS.has(field)) throw new Error(`task ${name}: definition field '${field}' is reserved`)
  }
  const { state } = task
  return defined({
    ...extra,
    n: name,
    desc: description,
    s: state.status,
    v: state.version,
    c: state.claim,
    t: state.durationSec,
    at: state.changedAt,
    m: state.message,
    x: state.exitCode,
    u: state.runUrl,
    by: state.changedBy,
    h: state.history === undefined ? undefined : [...state.history],
    o: state.outputs,
  })
}

export function taskFromStored(stored: StoredTask): Task {
  const extra = extraFieldsOf(stored)
  return {
    definition: defined({ ...extra, name: stored.n, description: stored.desc }),
    state: defined({
      status: stored.s,
      version: stored.v,
      claim: stored.c,
      durationSec: stored.t,
      changedAt: stored.at,
      message: stored.m,
      exitCode: stored.x,
      runUrl: stored.u,
      changedBy: stored.by,
      history: stored.h,
      outputs: stored.o,
    }),
  }
}

export function storedContent(content: SnapshotContent): StoredContent {
  return defined({
    tasklist: content.tasklist,
    title: content.title,
    key: content.key,
    created: content.created,
    trusted: [...content.trusted],
    defs: content.defs,
    cursor: content.cursor,
    seg:
      content.segments === undefined || content.segments.length === 0
        ? undefined
        : content.segments.map((s): [number, number, number] => [s.issue, s.after, s.used]),
    tasks: content.tasks.map(storedTask),
  })
}

export function storedSnapshot(snapshot: Snapshot): StoredSnapshot {
  return { ...storedContent(snapshot), digest: snapshot.digest }
}

export function snapshotFromStored(stored: StoredSnapshot): Snapshot {
  return defined({
    tasklist: stored.tasklist,
    title: stored.title,
    key: stored.key,
    created: stored.created,
    trusted: stored.trusted,
    defs: stored.defs,
    cursor: stored.cursor,
    segments: stored.seg?.map(([issue, after, used]) => ({ issue, after, used })),
    tasks: stored.tasks.map(taskFromStored),
    digest: stored.digest,
  })
}

export type SnapshotCheck = { ok: true; snapshot: Snapshot } | { ok: false; error: z.ZodError }

/** Validates a snapshot as it would be stored: what a body parse would accept. */
export function checkSnapshot(snapshot: Snapshot): SnapshotCheck {
  const parsed = StoredSnapshotSchema.safeParse(storedSnapshot(snapshot))
  return parsed.success ? { ok: true, snapshot: snapshotFromStored(parsed.data) } : { ok: false, error: parsed.error }
}

/**
 * How the stored snapshot is written in the issue body. Each task is a short
 * array `[name, status, version]`, plus an object only when it has more to say,
 * so hundreds of tasks fit in GitHub's 65,536 characters. The object holds JSON
 * only, so definition fields this release does not know yet survive a round trip.
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
  seg: z.array(z.tuple([z.number(), z.number(), z.number()])).optional(),
  tasks: z.array(WireTaskSchema),
  digest: z.string(),
})

type WireTask = [string, string, number] | [string, string, number, Record<string, unknown>]

export function toWire(snapshot: Snapshot): unknown {
  const stored = storedSnapshot(snapshot)
  return {
    tasklist: stored.tasklist,
    title: stored.title,
    ...(stored.key === undefined ? {} : { key: stored.key }),
    created: stored.created,
    trusted: stored.trusted,
    defs: stored.defs,
    cursor: stored.cursor === null ? null : [stored.cursor.id, stored.cursor.at],
    ...(stored.seg === undefined ? {} : { seg: stored.seg }),
    tasks: stored.tasks.map((task): WireTask => {
      const { n, s, v, ...extras } = task
      return Object.keys(extras).length === 0 ? [n, s, v] : [n, s, v, extras]
    }),
    digest: stored.digest,
  }
}

/** The plain stored object that StoredSnapshotSchema validates; wire shape errors are reported by the caller. */
export function fromWire(wire: z.infer<typeof WireSnapshotSchema>): unknown {
  return {
    ...wire,
    cursor: wire.cursor === null ? null : { id: wire.cursor[0], at: wire.cursor[1] },
    tasks: wire.tasks.map(([n, s, v, extras]) => ({ ...extras, n, s, v })),
  }
}
