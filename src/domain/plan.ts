import { isMap, isNode, isScalar, parseDocument, type Document } from 'yaml'
import { z } from 'zod'
import { checkNeeds, NeedsError } from './needs.ts'
import { PLAN_FIELDS, PlanTaskSchema, specOf } from './plan-fields.ts'
import { MAX_TITLE } from './plan-limits.ts'
import {
  MAX_TASK_NAME,
  MAX_TASKS,
  parseTaskSpecs,
  TASK_NAME_PATTERN,
  TaskSpecError,
  type TaskSpec,
} from './task-spec.ts'

/** A plan problem, with the task and field it is about when there is one. */
export class PlanError extends Error {
  readonly task: string | undefined
  readonly field: string | undefined

  constructor(message: string, where: { task?: string; field?: string } = {}) {
    super(message)
    this.task = where.task
    this.field = where.field
  }
}

export interface Plan {
  readonly title: string
  readonly tasks: readonly TaskSpec[]
}

// Duplicate names are found by tasksOf, which can name the task.
const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const

const TitleSchema = z
  .string('must be text, the TaskList title')
  .min(1, 'is empty; give the TaskList a title')
  .max(MAX_TITLE, `is longer than GitHub allows for an issue title (${MAX_TITLE} characters)`)

/**
 * The `tasks` input. Today's line form (`name` or `name: description`) reads
 * exactly as before; text that is a YAML mapping with at least one task given
 * as a mapping of fields (`run`, `needs`, ...) is read as YAML. Needs are
 * checked either way.
 */
export function parseTasksInput(text: string): TaskSpec[] {
  const document = yamlMapping(text)
  const specs =
    document !== undefined && hasFieldMapping(document) ? tasksOf(document.contents, 'tasks') : lineForm(text)
  checkPlanNeeds(specs)
  return specs
}

/** A plan file: YAML with `title` and `tasks`, the same mapping the `tasks` input takes. */
export function parsePlanFile(text: string, path: string): Plan {
  let document: Document
  try {
    document = parseDocument(text, YAML_OPTIONS)
  } catch (error) {
    throw new PlanError(`${path} is not valid YAML: ${firstLine(error)}`)
  }
  const problem = document.errors[0]
  if (problem !== undefined) throw new PlanError(`${path} is not valid YAML: ${firstLine(problem.message)}`)
  const root = document.contents
  if (!isMap(root)) throw new PlanError(`${path} must be a mapping with 'title' and 'tasks'`)
  for (const pair of root.items) {
    const key = scalarKey(pair.key)
    if (key !== 'title' && key !== 'tasks')
      throw new PlanError(
        `${path}: '${String(key).slice(0, 80)}' is not a plan field; a plan has 'title' and 'tasks'`,
        {
          field: String(key),
        },
      )
  }
  const title = TitleSchema.safeParse(document.get('title'))
  if (!title.success)
    throw new PlanError(`${path} field 'title' ${title.error.issues[0]?.message ?? 'is not valid'}`, { field: 'title' })
  const tasks = tasksOf(document.get('tasks', true), `${path} field 'tasks'`)
  checkPlanNeeds(tasks)
  return { title: title.data.trim(), tasks }
}

function lineForm(text: string): TaskSpec[] {
  try {
    return parseTaskSpecs(text)
  } catch (error) {
    if (error instanceof TaskSpecError) throw new PlanError(error.message)
    throw error
  }
}

function checkPlanNeeds(specs: readonly TaskSpec[]): void {
  try {
    checkNeeds(specs)
  } catch (error) {
    if (error instanceof NeedsError) {
      const problem = error.problem
      throw new PlanError(error.message, {
        ...(problem.kind === 'cycle' ? {} : { task: problem.task }),
        field: 'needs',
      })
    }
    throw error
  }
}

/** The text as a YAML mapping document, or undefined when it is not one (then it is line form). */
function yamlMapping(text: string): Document | undefined {
  try {
    const document = parseDocument(text, YAML_OPTIONS)
    if (document.errors.length > 0 || !isMap(document.contents)) return undefined
    return document
  } catch {
    return undefined
  }
}

function hasFieldMapping(document: Document): boolean {
  const root = document.contents
  return isMap(root) && root.items.some((pair) => isMap(pair.value))
}

/** The tasks of a YAML mapping, in the order written (YAML maps keep order; JS objects would sort numeric names). */
function tasksOf(node: unknown, where: string): TaskSpec[] {
  if (!isMap(node))
    throw new PlanError(
      `${where} must be a mapping of task name to a description or to fields (${PLAN_FIELDS.join(', ')})`,
      {
        field: 'tasks',
      },
    )
  if (node.items.length === 0) throw new PlanError(`${where} is empty; give at least one task`, { field: 'tasks' })
  if (node.items.length > MAX_TASKS)
    throw new PlanError(
      `${where} lists ${node.items.length} tasks; a TaskList holds at most ${MAX_TASKS}, so split it into several`,
      { field: 'tasks' },
    )
  const seen = new Set<string>()
  return node.items.map((pair) => {
    const name = String(scalarKey(pair.key))
    if (seen.has(name))
      throw new PlanError(`task '${name.slice(0, 80)}' is given twice; task names must be unique`, { task: name })
    seen.add(name)
    if (!TASK_NAME_PATTERN.test(name) || name.length > MAX_TASK_NAME)
      throw new PlanError(
        `'${name.slice(0, 80)}' is not a valid task name; use a lowercase slug of letters, digits and hyphens (at most ${MAX_TASK_NAME} characters), such as database-migration`,
        { task: name },
      )
    const value = toJs(pair.value)
    const fields =
      value === null || value === undefined ? {} : typeof value === 'string' ? { description: value } : value
    const parsed = PlanTaskSchema.safeParse(fields)
    if (!parsed.success)
      throw new PlanError(taskIssue(name, parsed.error), { task: name, field: fieldOf(parsed.error) })
    return specOf(name, {
      ...parsed.data,
      ...(parsed.data.description === undefined ? {} : { description: parsed.data.description.trim() }),
    })
  })
}

/** A YAML node as plain JSON-like data (maps become objects; field names are never numeric). */
function toJs(node: unknown): unknown {
  if (isScalar(node)) return node.value
  if (isNode(node)) return node.toJSON()
  return node
}

function scalarKey(key: unknown): unknown {
  return isScalar(key) ? key.value : key
}

function fieldOf(error: z.ZodError): string | undefined {
  const issue = error.issues[0]
  if (issue === undefined) return undefined
  if (issue.code === 'unrecognized_keys') return issue.keys[0]
  const first = issue.path[0]
  return first === undefined ? undefined : String(first)
}

function taskIssue(name: string, error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return `task '${name}' is not valid`
  if (issue.code === 'unrecognized_keys')
    return `task '${name}' field '${issue.keys[0] ?? ''}' is not a task field; use ${PLAN_FIELDS.join(', ')}`
  if (issue.path.length === 0)
    return `task '${name}' must be a description or a mapping of fields (${PLAN_FIELDS.join(', ')})`
  const field = String(issue.path[0])
  const message = issue.code === 'invalid_type' || issue.code === 'invalid_union' ? expectedOf(field) : issue.message
  return `task '${name}' field '${field}' ${message}`
}

function expectedOf(field: string): string {
  switch (field) {
    case 'needs':
      return 'must be a task name or a list of task names'
    case 'timeout':
      return 'must be a duration such as 90s, 15m or 1h30m'
    case 'retries':
      return 'must be a whole number from 0 to 10'
    default:
      return 'must be text'
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return (text.split('\n')[0] ?? text).slice(0, 200)
}
