// The repository's workflow files as data, for tests that check them and tests that run their steps.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { ROOT } from './step-runner.ts'

export const WORKFLOW_DIR = join(ROOT, '.github', 'workflows')

const StepSchema = z.looseObject({
  id: z.string().optional(),
  if: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  env: z.record(z.string(), z.string()).optional(),
})
export type WorkflowStep = z.infer<typeof StepSchema>

const JobSchema = z.looseObject({
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.string().optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  strategy: z
    .looseObject({ 'fail-fast': z.boolean().optional(), matrix: z.record(z.string(), z.unknown()).optional() })
    .optional(),
  steps: z.array(StepSchema),
})
export type WorkflowJob = z.infer<typeof JobSchema>

const WorkflowSchema = z.looseObject({
  on: z.union([z.string(), z.array(z.string()), z.record(z.string(), z.unknown())]),
  jobs: z.record(z.string(), JobSchema),
})
export type Workflow = z.infer<typeof WorkflowSchema>

export const workflowNames = (): string[] => readdirSync(WORKFLOW_DIR).filter((name) => /\.ya?ml$/.test(name))

export function workflow(name: string): Workflow {
  return WorkflowSchema.parse(parse(readFileSync(join(WORKFLOW_DIR, name), 'utf8')))
}

export function jobOf(flow: Workflow, name: string): WorkflowJob {
  const found = flow.jobs[name]
  if (found === undefined) throw new Error(`the workflow has no job '${name}'`)
  return found
}

/** The steps that use this repository's own action. */
export const ownSteps = (job: WorkflowJob): WorkflowStep[] => job.steps.filter((step) => step.uses === './')

/** A step's `with`, as the runner hands inputs over: text. */
export const withOf = (step: WorkflowStep): Record<string, string> =>
  Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, String(value)]))

export const needsOf = (job: WorkflowJob): string[] => (job.needs === undefined ? [] : [job.needs].flat())

/**
 * Replaces every `${{ expression }}` in the values with the value `context` gives that expression
 * (written without the braces), as the runner would; an expression the context lacks is an error,
 * so a test cannot run a step it only half understands.
 */
export function evaluate(values: Record<string, string>, context: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
        const known = context[expression]
        if (known === undefined) throw new Error(`${key}: no value for the expression '${expression}'`)
        return known
      }),
    ]),
  )
}
