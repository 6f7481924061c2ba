export const TASK_NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_TASK_NAME = 64
export const MAX_DESCRIPTION = 200
export const MAX_TASKS = 1000

/**
 * A task's definition. Fields beyond the name and description are carried
 * through the snapshot, the fold and the definitions digest untouched.
 */
export interface TaskSpec {
  readonly name: string
  readonly description?: string
  readonly [field: string]: unknown
}

export class TaskSpecError extends Error {}

/**
 * Parses the `tasks` input: one task a line, `name` or `name: description`.
 * Blank lines and lines starting with '#' are ignored; a leading '- ' is allowed
 * so the list can be written as a YAML-looking block.
 */
export function parseTaskSpecs(text: string): TaskSpec[] {
  const specs: TaskSpec[] = []
  const seen = new Map<string, number>()
  const lines = text.split(/\r?\n/)
  lines.forEach((raw, index) => {
    const lineNo = index + 1
    const line = raw.trim().replace(/^[-*]\s+/, '')
    if (line === '' || line.startsWith('#')) return
    const colon = line.indexOf(':')
    const name = (colon === -1 ? line : line.slice(0, colon)).trim()
    const description = colon === -1 ? '' : line.slice(colon + 1).trim()
    if (!TASK_NAME_PATTERN.test(name) || name.length > MAX_TASK_NAME) {
      throw new TaskSpecError(
        `tasks line ${lineNo}: '${name.slice(0, 80)}' is not a valid task name; use a lowercase slug of letters, digits and hyphens (at most ${MAX_TASK_NAME} characters), such as database-migration`,
      )
    }
    const firstLine = seen.get(name)
    if (firstLine !== undefined) {
      throw new TaskSpecError(
        `tasks line ${lineNo}: task '${name}' is already defined on line ${firstLine}; task names must be unique`,
      )
    }
    if (description.length > MAX_DESCRIPTION) {
      throw new TaskSpecError(
        `tasks line ${lineNo}: the description of '${name}' has ${description.length} characters; keep it to ${MAX_DESCRIPTION}`,
      )
    }
    seen.set(name, lineNo)
    specs.push(description === '' ? { name } : { name, description })
  })
  if (specs.length === 0) {
    throw new TaskSpecError("tasks is empty; list one task a line, as 'name' or 'name: description'")
  }
  if (specs.length > MAX_TASKS) {
    throw new TaskSpecError(
      `tasks lists ${specs.length} tasks; a TaskList holds at most ${MAX_TASKS}, so split it into several`,
    )
  }
  return specs
}

/** Stable short id of the task at a position: t1, t2, ... */
export function taskId(index: number): string {
  return `t${index + 1}`
}

/** The position a task id such as t3 names, or -1 when the text is not a task id. */
export function taskIndex(id: string): number {
  return /^t[1-9]\d*$/.test(id) ? Number(id.slice(1)) - 1 : -1
}
