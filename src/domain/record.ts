import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { canonicalJson } from './canonical-json.ts'
import { inertJson } from './markdown.ts'
import { HolderSchema } from './claim.ts'
import { OPS, STATUSES } from './status.ts'
import { MAX_DESCRIPTION, MAX_TASK_NAME, TASK_NAME_PATTERN } from './task-spec.ts'

export const RECORD_MARKER = '<!-- tasklist:record '
const RECORD_PATTERN = /^<!-- tasklist:record (\{.*\}) -->/s

/**
 * One entry of a TaskList's append-only log, stored as a hidden block in an
 * issue comment. `ver` makes every record a compare-and-set on one task: it is
 * applied only if the task is still at that version, so a duplicate, a stale
 * writer or a lost race can never change a status.
 */
export const RecordSchema = z.object({
  tasklist: z.literal(1),
  rec: z.string().regex(/^[a-z0-9]{16,32}$/),
  op: z.enum(OPS),
  task: z.string().regex(/^t[1-9]\d{0,4}$/),
  name: z.string().max(64),
  ver: z.number().int().nonnegative(),
  from: z.enum(STATUSES),
  to: z.enum(STATUSES),
  defs: z.string().regex(/^[0-9a-f]{16}$/),
  authority: z.enum(['workflow', 'operator']),
  /** The claim this record acts under (complete, fail, renew) or replaces (takeover). */
  claim: z.string().max(40).optional(),
  lease: z.number().int().positive().optional(),
  holder: HolderSchema,
  /** The person an operator record was made for, when the writer is a bot. */
  requestedBy: z.string().max(100).optional(),
  m: z.string().max(300).optional(),
  x: z.number().int().optional(),
  /** What the task handed on, recorded with its complete. */
  out: z.record(z.string().max(64), z.string().max(2000)).optional(),
  /**
   * GitHub's time as the writer saw it when deciding. A takeover is judged by
   * it rather than by when its comment landed, so a re-posted duplicate is
   * judged exactly like the first copy, whichever fold reads it.
   */
  at: z.iso.datetime({ offset: true }).optional(),
  /**
   * The record's seal: a digest of the rest of its block, as written. People with write access
   * may edit anyone's comments; an edit of the block breaks the seal. See docs/storage.md.
   */
  sum: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
})
export type TaskRecord = z.infer<typeof RecordSchema>

/** The seal over a record block's JSON, whatever keys it has (a later release may add some). */
function sealOf(content: object): string {
  const { sum: _sum, ...rest } = content as Record<string, unknown>
  return createHash('sha256').update(canonicalJson(rest)).digest('hex').slice(0, 16)
}

const taskNameSchema = z.string().regex(TASK_NAME_PATTERN).max(MAX_TASK_NAME)

/**
 * A change of the plan: tasks added, redefined or removed, as `create` with a
 * known key reconciles the stored TaskList with the plan it was given. It is a
 * compare-and-set on the definitions digest and on the version of every task
 * it touches, so it applies only to exactly the state its writer checked.
 */
export const PlanRecordSchema = z.object({
  tasklist: z.literal(1),
  rec: z.string().regex(/^[a-z0-9]{16,32}$/),
  plan: z.literal(true),
  /** The definitions digest the change was made against, and the one it leads to. */
  defs: z.string().regex(/^[0-9a-f]{16}$/),
  next: z.string().regex(/^[0-9a-f]{16}$/),
  /** Whole definitions of the tasks added (new names, appended in this order) or redefined. */
  set: z.array(z.looseObject({ name: taskNameSchema, description: z.string().max(MAX_DESCRIPTION).optional() })),
  drop: z.array(taskNameSchema),
  /** The version each redefined or dropped task must still be at. */
  ver: z.record(taskNameSchema, z.number().int().nonnegative()),
  /** Tasks that had run or were running, changed because `plan-change: accept` said so. */
  accepted: z.array(taskNameSchema),
  authority: z.enum(['workflow', 'operator']),
  holder: HolderSchema,
  /** The same seal as a task record's. */
  sum: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
})
export type PlanRecord = z.infer<typeof PlanRecordSchema>

export function encodePlanRecord(record: PlanRecord): string {
  return `${RECORD_MARKER}${inertJson({ ...record, sum: sealOf(record) })} -->`
}

export function newRecordId(): string {
  return randomBytes(10).toString('hex')
}

/** The hidden block of a record, sealed. */
export function encodeRecord(record: TaskRecord): string {
  return `${RECORD_MARKER}${inertJson({ ...record, sum: sealOf(record) })} -->`
}

/**
 * `intact`: the block is as its writer sealed it. `broken`: someone changed it. `absent`: written by
 * a release that did not seal records, so only an unedited comment vouches for it.
 */
export type RecordSeal = 'intact' | 'broken' | 'absent'

export type DecodedRecord =
  | { kind: 'none' }
  | { kind: 'record'; record: TaskRecord; seal: RecordSeal }
  | { kind: 'plan'; record: PlanRecord; seal: RecordSeal }
  | { kind: 'malformed'; error: string }

/**
 * Finds the record block in a comment body. The action writes it last, so
 * only the last marker counts: command output quoted above it cannot
 * override or break it. Comments without one are conversation.
 */
export function decodeRecord(body: string): DecodedRecord {
  const start = body.lastIndexOf(RECORD_MARKER)
  if (start === -1) return { kind: 'none' }
  const match = RECORD_PATTERN.exec(body.slice(start).trimEnd())
  if (match?.[1] === undefined) return { kind: 'malformed', error: 'record block is not closed' }
  let json: unknown
  try {
    json = JSON.parse(match[1])
  } catch {
    return { kind: 'malformed', error: 'record block is not valid JSON' }
  }
  if (typeof json === 'object' && json !== null && 'plan' in json) {
    const plan = PlanRecordSchema.safeParse(json)
    if (plan.success) {
      const { sum, ...record } = plan.data
      return { kind: 'plan', record, seal: sealFrom(sum, json) }
    }
    return {
      kind: 'malformed',
      error: `plan record fails validation: ${z.prettifyError(plan.error).split('\n').join(' ')}`,
    }
  }
  const parsed = RecordSchema.safeParse(json)
  if (!parsed.success)
    return {
      kind: 'malformed',
      error: `record block fails validation: ${z.prettifyError(parsed.error).split('\n').join(' ')}`,
    }
  const { sum, ...record } = parsed.data
  return { kind: 'record', record, seal: sealFrom(sum, json as object) }
}

function sealFrom(sum: string | undefined, json: object): RecordSeal {
  return sum === undefined ? 'absent' : sum === sealOf(json) ? 'intact' : 'broken'
}
