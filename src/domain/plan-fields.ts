import { z } from 'zod'
import { parseDuration } from './duration.ts'
import { MAX_NEEDS, MAX_RETRIES, MAX_RUN, MAX_TIMEOUT_SEC } from './plan-limits.ts'
import { MAX_DESCRIPTION, MAX_TASK_NAME, TASK_NAME_PATTERN, type TaskSpec } from './task-spec.ts'

/** The fields a task's definition may have besides its name, in the order errors and logs list them. */
export const PLAN_FIELDS = ['description', 'run', 'needs', 'timeout', 'retries'] as const
export type PlanField = (typeof PLAN_FIELDS)[number]

const taskName = z
  .string()
  .max(MAX_TASK_NAME)
  .regex(TASK_NAME_PATTERN, 'must be a task name: a lowercase slug of letters, digits and hyphens')

/**
 * A task definition's fields as a plan gives them. `timeout` is stored in
 * seconds and `needs` as a list, so two spellings of one plan are one
 * definition and never a spurious change.
 */
export const PlanTaskSchema = z.strictObject({
  description: z.string().max(MAX_DESCRIPTION, `must be at most ${MAX_DESCRIPTION} characters`).optional(),
  run: z
    .string()
    .min(1, 'is empty; give a shell command, or leave run out')
    .max(MAX_RUN, `must be at most ${MAX_RUN} characters; put a longer command in a script file`)
    .optional(),
  needs: z
    .union([taskName.transform((name) => [name]), z.array(taskName).max(MAX_NEEDS)])
    .optional()
    .check((ctx) => {
      const seen = new Set<string>()
      for (const name of ctx.value ?? []) {
        if (seen.has(name)) ctx.issues.push({ code: 'custom', message: `names '${name}' twice`, input: ctx.value })
        seen.add(name)
      }
    }),
  timeout: z
    .union([z.string(), z.number().int()])
    .transform((value, ctx) => {
      const seconds = parseDuration(String(value))
      if (seconds === undefined || seconds <= 0 || seconds > MAX_TIMEOUT_SEC) {
        ctx.issues.push({
          code: 'custom',
          message: `'${String(value)}' is not a duration up to 5d; write it as 90s, 15m or 1h30m`,
          input: value,
        })
        return z.NEVER
      }
      return seconds
    })
    .optional(),
  retries: z
    .number('must be a whole number from 0 to 10')
    .int('must be a whole number from 0 to 10')
    .min(0, 'must be a whole number from 0 to 10')
    .max(MAX_RETRIES, 'must be a whole number from 0 to 10')
    .optional(),
})
export type PlanTask = z.output<typeof PlanTaskSchema>

/** What a stored definition says about running the task; definitions written before these fields say nothing. */
export interface RunFields {
  readonly run: string | undefined
  readonly needs: readonly string[]
  readonly timeoutSec: number | undefined
  readonly retries: number
}

/** Reads the run fields of a definition defensively: a field that does not parse counts as absent. */
export function runFieldsOf(spec: Readonly<Record<string, unknown>>): RunFields {
  const run = typeof spec.run === 'string' && spec.run !== '' ? spec.run : undefined
  const needs = Array.isArray(spec.needs) ? spec.needs.filter((need): need is string => typeof need === 'string') : []
  const timeoutSec =
    typeof spec.timeout === 'number' && Number.isInteger(spec.timeout) && spec.timeout > 0 ? spec.timeout : undefined
  const retries =
    typeof spec.retries === 'number' && Number.isInteger(spec.retries)
      ? Math.min(MAX_RETRIES, Math.max(0, spec.retries))
      : 0
  return { run, needs, timeoutSec, retries }
}

/** A task spec from a name and its validated plan fields, with absent fields left out. */
export function specOf(name: string, task: PlanTask): TaskSpec {
  const spec: Record<string, unknown> = { name }
  for (const field of PLAN_FIELDS) {
    if (task[field] !== undefined) spec[field] = task[field]
  }
  return spec as TaskSpec
}
