import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parsePlanFile, type Plan } from '../domain/plan.ts'

/** A plan file that could not be read; `code` is the system's reason (ENOENT, EACCES, ...), for the front end to word. */
export class PlanFileReadError extends Error {
  readonly code: string

  constructor(code: string) {
    super(`the plan file cannot be read (${code})`)
    this.code = code
  }
}

/**
 * Reads a plan file (`title` and `tasks`, needs checked) from a path or an
 * open file descriptor such as 0 for stdin; `shown` is how errors name it.
 * Throws PlanFileReadError when it cannot be read and PlanError when it is
 * not a valid plan. Front ends import this module dynamically: it loads the
 * YAML parser, which other commands need not pay for at start-up.
 */
export async function readPlanFile(file: string | number, shown: string): Promise<Plan> {
  let text: string
  try {
    text = typeof file === 'number' ? readFileSync(file, 'utf8') : await readFile(file, 'utf8')
  } catch (error) {
    throw new PlanFileReadError((error as NodeJS.ErrnoException).code ?? 'unreadable')
  }
  return parsePlanFile(text, shown)
}
