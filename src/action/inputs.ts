import * as z from 'zod/mini'
import { LEASE, ON_BUSY, WAIT_TIMEOUT, type DurationLimits, type OnBusy } from '../domain/claim-limits.ts'
import { parseDuration } from '../domain/duration.ts'
import { parseTaskSpecs, TaskSpecError, type TaskSpec } from '../domain/task-spec.ts'
import { MAX_KEY, MAX_TIMEOUT_SEC, MAX_TITLE } from '../domain/plan-limits.ts'
import type { PlanChangeMode } from '../domain/reconcile.ts'
import { OutputsError, parseOutputLines } from '../domain/task-outputs.ts'
import { InputError } from '../storage/errors.ts'
import { PERMISSIONS, type Permission } from '../storage/repository.ts'

export const COMMANDS = ['create', 'load', 'start', 'complete', 'fail', 'skip', 'run', 'resume', 'bot'] as const
export type Command = (typeof COMMANDS)[number]

/** What every command needs: who it acts as, and whose records it trusts besides the issue's author. */
interface StepInputs {
  readonly token: string
  readonly trustedAuthors: readonly string[]
  /** The repository that holds the TaskList, `owner/name`; absent for the workflow's own. */
  readonly repository?: string
  /** Close the issue as completed when a write leaves every task COMPLETE or SKIPPED. */
  readonly closeOnComplete: boolean
}

export interface CreateInputs extends StepInputs {
  readonly command: 'create'
  /** Absent only with a plan file, whose title it then is. */
  readonly title?: string
  /** The `tasks` input in line form, parsed here so its errors name the line. */
  readonly tasks?: readonly TaskSpec[]
  /** The `tasks` input as a YAML mapping with fields; create parses it (the YAML parser loads only there). */
  readonly tasksYaml?: string
  /** `plan-file`: a path relative to the workspace. */
  readonly planFile?: string
  /** With a key that exists: whether changes to tasks that ran, or tasks left out, are refused or accepted. */
  readonly planChange: PlanChangeMode
  readonly key?: string
  readonly labels: readonly string[]
  /** Lock the TaskList issue's conversation to people with write access. */
  readonly lock: boolean
}

export interface LoadInputs extends StepInputs {
  readonly command: 'load'
  readonly tasklistId: number
  /** Optional: names the task whose `should-run` the step reports. */
  readonly task?: string
}

/** How a step claims its task: start and run. */
export interface ClaimInputs {
  readonly tasklistId: number
  readonly task: string
  readonly message?: string
  readonly onBusy: OnBusy
  readonly waitTimeoutSec: number
  readonly leaseSec: number
}

export interface StartInputs extends StepInputs, ClaimInputs {
  readonly command: 'start'
}

export interface RunInputs extends StepInputs, ClaimInputs {
  readonly command: 'run'
  readonly run: string
  /** Overrides the plan's timeout and retries for this step. */
  readonly timeoutSec?: number
  readonly retries?: number
}

export interface ResumeInputs extends StepInputs {
  readonly command: 'resume'
  readonly tasklistId: number
  readonly waitTimeoutSec: number
  readonly leaseSec: number
}

export interface TransitionInputs extends StepInputs {
  readonly command: 'complete' | 'fail' | 'skip'
  readonly tasklistId: number
  readonly task: string
  readonly message?: string
  /** `complete`: the outputs to record with the task. */
  readonly outputs?: Readonly<Record<string, string>>
}

export interface BotInputs extends StepInputs {
  readonly command: 'bot'
  readonly permission: Permission
  readonly resumeWorkflow?: string
  readonly ref?: string
}

/** One request type per command, with exactly the fields that command needs. */
export type ActionInputs =
  CreateInputs | LoadInputs | StartInputs | RunInputs | ResumeInputs | TransitionInputs | BotInputs

const DEFAULT_ON_BUSY: OnBusy = 'fail'
const PLAN_CHANGE = ['fail', 'accept'] as const
const DEFAULT_PLAN_CHANGE: PlanChangeMode = 'fail'
const DEFAULT_PERMISSION: Permission = 'write'

/** The defaults action.yml declares, as this parser applies them; a test keeps the two in step. */
export const INPUT_DEFAULTS = {
  'plan-change': DEFAULT_PLAN_CHANGE,
  'on-busy': DEFAULT_ON_BUSY,
  'wait-timeout': WAIT_TIMEOUT.defaultText,
  lease: LEASE.defaultText,
  permission: DEFAULT_PERMISSION,
  lock: 'false',
  'close-on-complete': 'false',
} as const

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

function duration({ defaultText, maxSec }: DurationLimits) {
  return z.pipe(
    z._default(z.string(), defaultText),
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
    z.string().check(
      z.maxLength(MAX_TITLE, {
        error: `is longer than GitHub allows for an issue title (${MAX_TITLE} characters)`,
      }),
    ),
  ),
  tasks: text,
  'plan-file': text,
  'plan-change': z._default(z.enum(PLAN_CHANGE, { error: 'must be fail or accept' }), DEFAULT_PLAN_CHANGE),
  key: z.optional(z.string().check(z.maxLength(MAX_KEY, { error: `is longer than ${MAX_KEY} characters` }))),
  labels: z.pipe(
    list,
    z.array(z.string().check(z.maxLength(50, { error: 'has a label longer than GitHub allows (50 characters)' }))),
  ),
  lock: z.pipe(
    z._default(z.enum(['true', 'false'], { error: 'must be true or false' }), INPUT_DEFAULTS.lock),
    z.transform((value) => value === 'true'),
  ),
  task: text,
  run: text,
  timeout: z.optional(
    z.pipe(
      z.string(),
      z.transform((value, ctx) => {
        const seconds = parseDuration(value)
        if (seconds === undefined || seconds <= 0 || seconds > MAX_TIMEOUT_SEC) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: `'${value}' is not a duration up to 5d; write it as 90s, 15m or 1h30m`,
          })
          return z.NEVER
        }
        return seconds
      }),
    ),
  ),
  retries: z.optional(
    z.pipe(
      z.string().check(z.regex(/^\s*(?:\d|10)\s*$/, { error: 'must be a whole number from 0 to 10' })),
      z.transform((value) => Number(value.trim())),
    ),
  ),
  message: text,
  outputs: text,
  'on-busy': z._default(
    z.enum(ON_BUSY, { error: `must be ${ON_BUSY.slice(0, -1).join(', ')} or ${ON_BUSY.at(-1) ?? ''}` }),
    DEFAULT_ON_BUSY,
  ),
  'wait-timeout': duration(WAIT_TIMEOUT),
  lease: duration(LEASE),
  'trusted-authors': list,
  permission: z._default(
    z.enum(PERMISSIONS, { error: `must be one of ${PERMISSIONS.join(', ')}` }),
    DEFAULT_PERMISSION,
  ),
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
    z._default(z.string(), INPUT_DEFAULTS['close-on-complete']),
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

const schema = z.object(fields)
type Parsed = z.infer<typeof schema>

/** Why a command needs an input, worded as the fix. */
const WHY_NEEDED = {
  'tasklist-id': 'pass the TaskList ID (the issue number) that command: create printed',
  task: 'name the task, such as database-migration',
  run: 'give the shell command to run for the task',
  title: 'give the TaskList a title',
  tasks: "list one task a line, as 'name' or 'name: description'",
} as const satisfies Partial<Record<InputName, string>>

function required<T>(value: T | undefined, field: keyof typeof WHY_NEEDED, command: Command): T {
  if (value === undefined)
    throw new InputError(`Invalid input '${field}': is required for command: ${command}; ${WHY_NEEDED[field]}`)
  return value
}

/**
 * A `tasks` input that is a YAML mapping with fields: some line is a bare `name:` with an indented line
 * below it, or a task's value is a flow mapping. Line form never looks like this.
 */
function isFieldMapping(text: string): boolean {
  return (
    (/^[^\s#-][^\n]*:[ \t]*(?:#.*)?$/m.test(text) && /^[ \t]+[^\s#-]/m.test(text)) ||
    /^[^\s#][^:\n]*:[ \t]*\{/m.test(text)
  )
}

function outputLines(text: string): Record<string, string> {
  try {
    return parseOutputLines(text)
  } catch (error) {
    if (error instanceof OutputsError) throw new InputError(`Invalid input 'outputs': ${error.message}`)
    throw error
  }
}

function taskSpecs(text: string): TaskSpec[] {
  try {
    return parseTaskSpecs(text)
  } catch (error) {
    if (error instanceof TaskSpecError) throw new InputError(`Invalid input 'tasks': ${error.message}`)
    throw error
  }
}

/** Leaves an optional field out rather than setting it to undefined. */
function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T }
}

function request(value: Parsed): ActionInputs {
  const { command } = value
  const step = {
    token: value.token,
    trustedAuthors: value['trusted-authors'],
    ...optional('repository', value.repository),
    closeOnComplete: value['close-on-complete'],
  }
  // Required inputs are checked in the order action.yml declares them, so the first missing one is named.
  switch (command) {
    case 'create': {
      const planFile = value['plan-file']?.trim()
      if (planFile !== undefined && value.tasks !== undefined)
        throw new InputError(
          "Invalid input 'plan-file': give the tasks either in 'tasks' or in 'plan-file', not both; keep the plan file so the pipeline and the resume workflow share it",
        )
      // An installation token (ghs_: GITHUB_TOKEN or a GitHub App's) may lock an issue but never comment
      // on a locked one, so every record after the lock would be refused.
      if (value.lock && value.token.startsWith('ghs_'))
        throw new InputError(
          "Invalid input 'lock': GitHub lets no app comment on a locked issue, GITHUB_TOKEN's github-actions[bot] included, so this token could write no record after it; drop lock, or pass a personal token of someone with write access here and in every step that writes to the TaskList",
        )
      const common = {
        command,
        ...step,
        ...optional('key', value.key),
        labels: value.labels,
        lock: value.lock,
        planChange: value['plan-change'],
      }
      if (planFile !== undefined) return { ...common, ...optional('title', value.title), planFile }
      const title = required(value.title, 'title', command)
      const text = required(value.tasks, 'tasks', command)
      if (isFieldMapping(text)) return { ...common, title, tasksYaml: text }
      return { ...common, title, tasks: taskSpecs(text) }
    }
    case 'load':
      return {
        command,
        ...step,
        tasklistId: required(value['tasklist-id'], 'tasklist-id', command),
        ...optional('task', value.task?.trim()),
      }
    case 'start':
    case 'run':
    case 'complete':
    case 'fail':
    case 'skip': {
      const tasklistId = required(value['tasklist-id'], 'tasklist-id', command)
      const task = required(value.task?.trim(), 'task', command)
      const message = optional('message', value.message)
      if (command === 'complete')
        return {
          command,
          ...step,
          tasklistId,
          task,
          ...message,
          ...optional('outputs', value.outputs === undefined ? undefined : outputLines(value.outputs)),
        }
      if (command === 'fail' || command === 'skip') return { command, ...step, tasklistId, task, ...message }
      const claim = {
        tasklistId,
        task,
        ...message,
        onBusy: value['on-busy'],
        waitTimeoutSec: value['wait-timeout'],
        leaseSec: value.lease,
      }
      if (command === 'start') return { command, ...step, ...claim }
      return {
        command,
        ...step,
        ...claim,
        run: required(value.run, 'run', command),
        ...optional('timeoutSec', value.timeout),
        ...optional('retries', value.retries),
      }
    }
    case 'resume':
      return {
        command,
        ...step,
        tasklistId: required(value['tasklist-id'], 'tasklist-id', command),
        waitTimeoutSec: value['wait-timeout'],
        leaseSec: value.lease,
      }
    case 'bot':
      return {
        command,
        ...step,
        permission: value.permission,
        ...optional('resumeWorkflow', value['resume-workflow']),
        ...optional('ref', value.ref),
      }
  }
}

/**
 * Reads every input once into the request of its command. Any problem becomes
 * one line that names the input and what to write instead: first the format of
 * every input given, in action.yml's order, then what the command needs.
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
  return request(parsed.data)
}
