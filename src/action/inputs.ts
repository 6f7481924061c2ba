import * as z from 'zod/mini'
import { parseDuration } from '../domain/duration.ts'
import { parseTaskSpecs, TaskSpecError, type TaskSpec } from '../domain/task-spec.ts'
import { InputError } from '../storage/errors.ts'

export const COMMANDS = ['create', 'load', 'start', 'complete', 'fail', 'skip', 'run', 'bot'] as const
export type Command = (typeof COMMANDS)[number]
const TASK_COMMANDS: readonly Command[] = ['start', 'complete', 'fail', 'skip', 'run']
export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const
export type Permission = (typeof PERMISSIONS)[number]

export interface ActionInputs {
  readonly command: Command
  readonly token: string
  readonly tasklistId: number | undefined
  readonly title: string | undefined
  readonly tasks: readonly TaskSpec[] | undefined
  readonly key: string | undefined
  readonly labels: readonly string[]
  readonly task: string | undefined
  readonly run: string | undefined
  readonly message: string | undefined
  readonly onBusy: 'wait' | 'skip' | 'fail'
  readonly waitTimeoutSec: number
  readonly leaseSec: number
  readonly trustedAuthors: readonly string[]
  readonly permission: Permission
  readonly resumeWorkflow: string | undefined
  readonly ref: string | undefined
  /** The repository that holds the TaskList, `owner/name`; undefined for the workflow's own. */
  readonly repository: string | undefined
  readonly closeOnComplete: boolean
}

// zod/mini: the same validation with a fraction of the start-up cost, on a path every step takes.
const text = z.optional(z.string())
const list = z.pipe(
  z.optional(z.string()),
  z.transform((value) =>
    (value ?? '')
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  ),
)

function duration(fallback: string, maxSec: number) {
  return z.pipe(
    z._default(z.string(), fallback),
    z.transform((value, ctx) => {
      const seconds = parseDuration(value)
      if (seconds === undefined || seconds <= 0 || seconds > maxSec) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `'${value}' is not a duration up to ${maxSec / 3600}h; write it as 90s, 15m, 6h or 1h30m`,
        })
        return z.NEVER
      }
      return seconds
    }),
  )
}

const fields = {
  command: z.enum(COMMANDS, {
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : `'${typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input)}' is not a command; use one of ${COMMANDS.join(', ')}`,
  }),
  token: z.string({ error: 'is empty; pass a token, for example ${{ github.token }}' }),
  'tasklist-id': z.optional(
    z.pipe(
      z.string().check(
        z.regex(/^\s*#?[1-9]\d{0,9}\s*$/, {
          error: 'must be an issue number such as 42 (the TaskList ID that command: create printed)',
        }),
      ),
      z.transform((value) => Number(value.trim().replace('#', ''))),
    ),
  ),
  title: z.optional(
    z.string().check(z.maxLength(256, { error: 'is longer than GitHub allows for an issue title (256 characters)' })),
  ),
  tasks: text,
  key: z.optional(z.string().check(z.maxLength(256, { error: 'is longer than 256 characters' }))),
  labels: z.pipe(
    list,
    z.array(z.string().check(z.maxLength(50, { error: 'has a label longer than GitHub allows (50 characters)' }))),
  ),
  task: text,
  run: text,
  message: text,
  'on-busy': z._default(z.enum(['wait', 'skip', 'fail'], { error: 'must be wait, skip or fail' }), 'fail'),
  'wait-timeout': duration('30m', 6 * 3600),
  lease: duration('6h', 7 * 86400),
  'trusted-authors': list,
  permission: z._default(z.enum(PERMISSIONS, { error: `must be one of ${PERMISSIONS.join(', ')}` }), 'write'),
  'resume-workflow': text,
  ref: text,
  repository: z.optional(
    z.pipe(
      z.string(),
      z.transform((value, ctx) => {
        const trimmed = value.trim()
        const [, name] = trimmed.split('/')
        if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/.test(trimmed) || name === '.' || name === '..') {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: `'${trimmed.slice(0, 100)}' is not owner/name; name the repository that holds the TaskList, such as octo-org/ops`,
          })
          return z.NEVER
        }
        return trimmed
      }),
    ),
  ),
  'close-on-complete': z.pipe(
    z._default(z.string(), 'false'),
    z.transform((value, ctx) => {
      // The spellings the runner's own boolean inputs accept.
      if (['true', 'True', 'TRUE'].includes(value.trim())) return true
      if (['false', 'False', 'FALSE'].includes(value.trim())) return false
      ctx.issues.push({ code: 'custom', input: value, message: `'${value.slice(0, 40)}' is not true or false` })
      return z.NEVER
    }),
  ),
}

/** Every input action.yml declares, in the schema's order; the README table and a test keep these in step. */
export const INPUT_NAMES = Object.keys(fields) as readonly (keyof typeof fields)[]
export type InputName = keyof typeof fields

const schema = z.object(fields).check(
  z.superRefine((value, ctx) => {
    const need = (field: InputName, why: string) =>
      ctx.issues.push({ code: 'custom', input: value, path: [field], message: `is required ${why}` })
    if (value.command !== 'create' && value.command !== 'bot' && value['tasklist-id'] === undefined) {
      need(
        'tasklist-id',
        `for command: ${value.command}; pass the TaskList ID (the issue number) that command: create printed`,
      )
    }
    if (TASK_COMMANDS.includes(value.command) && value.task === undefined)
      need('task', `for command: ${value.command}; name the task, such as database-migration`)
    if (value.command === 'run' && value.run === undefined)
      need('run', 'for command: run; give the shell command to run for the task')
    if (value.command === 'create' && value.title === undefined)
      need('title', 'for command: create; give the TaskList a title')
    if (value.command === 'create' && value.tasks === undefined)
      need('tasks', "for command: create; list one task a line, as 'name' or 'name: description'")
  }),
)

/**
 * Reads every input once into a typed object. Any problem becomes one line
 * that names the input and what to write instead.
 */
export function parseInputs(read: (name: InputName) => string): ActionInputs {
  // An empty input is an absent one, as on the runner, where unset inputs arrive as ''.
  const raw = Object.fromEntries(
    INPUT_NAMES.map((name) => {
      const value = read(name)
      return [name, value.trim() === '' ? undefined : value]
    }),
  )
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = String(issue?.path[0] ?? 'input')
    throw new InputError(`Invalid input '${field}': ${issue?.message ?? 'is not valid'}`)
  }
  const value = parsed.data
  let tasks: TaskSpec[] | undefined
  if (value.tasks !== undefined) {
    try {
      tasks = parseTaskSpecs(value.tasks)
    } catch (error) {
      if (error instanceof TaskSpecError) throw new InputError(`Invalid input 'tasks': ${error.message}`)
      throw error
    }
  }
  return {
    command: value.command,
    token: value.token,
    tasklistId: value['tasklist-id'],
    title: value.title,
    tasks,
    key: value.key,
    labels: value.labels,
    task: value.task?.trim(),
    run: value.run,
    message: value.message,
    onBusy: value['on-busy'],
    waitTimeoutSec: value['wait-timeout'],
    leaseSec: value.lease,
    trustedAuthors: value['trusted-authors'],
    permission: value.permission,
    resumeWorkflow: value['resume-workflow'],
    ref: value.ref,
    repository: value.repository,
    closeOnComplete: value['close-on-complete'],
  }
}
