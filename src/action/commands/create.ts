import { isAbsolute, relative, resolve } from 'node:path'
import * as core from '../workflow-commands.ts'
import { applyPlan, refusalLines } from '../../app/plan-change.ts'
import { reportCreated, reportLoaded } from '../../app/report.ts'
import { workflowHolder } from '../runner-context.ts'
import type { TaskSpec } from '../../domain/task-spec.ts'
import { InputError, PlanChangeRefusedError } from '../../storage/errors.ts'
import { publishOutputs } from '../outputs.ts'
import type { CreateInputs } from '../inputs.ts'
import type { CommandContext } from './context.ts'
import { isoSeconds } from '../../domain/time.ts'

export async function createCommand({ inputs, runner, store, log }: CommandContext<CreateInputs>): Promise<void> {
  const { title, tasks } = await planOf(inputs, runner.workspace)
  const { view, created } = await store.create({
    title,
    tasks,
    ...(inputs.key === undefined ? {} : { key: inputs.key }),
    labels: inputs.labels,
    lock: inputs.lock,
    trusted: inputs.trustedAuthors,
    now: isoSeconds(store.now()),
  })
  if (created) {
    reportCreated(log, view.issue.number, view.state)
    return publishOutputs(view, {}, store.now())
  }
  reportLoaded(log, view.issue.number, view.state)
  // The key exists: reconcile the stored TaskList with this plan before anything is written.
  let reconciled
  try {
    reconciled = (await applyPlan(store, log, view, tasks, inputs.planChange, workflowHolder(runner))).view
  } catch (error) {
    if (error instanceof PlanChangeRefusedError)
      for (const line of refusalLines(error, 'set plan-change: accept')) core.error(line)
    throw error
  }
  await publishOutputs(reconciled, {}, store.now())
}

/** The title and tasks to create, read and checked (needs included) before anything is written. */
async function planOf(inputs: CreateInputs, workspace: string): Promise<{ title: string; tasks: readonly TaskSpec[] }> {
  if (inputs.tasks !== undefined && inputs.title !== undefined) return { title: inputs.title, tasks: inputs.tasks }
  // The YAML parser is loaded only here, so other commands start as fast as before.
  const { parseTasksInput, PlanError } = await import('../../domain/plan.ts')
  const invalid = (input: string, error: unknown): never => {
    if (error instanceof PlanError) throw new InputError(`Invalid input '${input}': ${error.message}`)
    throw error
  }
  if (inputs.tasksYaml !== undefined && inputs.title !== undefined) {
    try {
      return { title: inputs.title, tasks: parseTasksInput(inputs.tasksYaml) }
    } catch (error) {
      return invalid('tasks', error)
    }
  }
  const path = inputs.planFile ?? ''
  const full = resolve(workspace, path)
  const inside = relative(workspace, full)
  if (inside.startsWith('..') || isAbsolute(inside))
    throw new InputError(`Invalid input 'plan-file': '${path}' is outside the workspace; give a path relative to it`)
  const { readPlanFile, PlanFileReadError } = await import('../../app/plan-file.ts')
  try {
    const plan = await readPlanFile(full, path)
    return { title: inputs.title ?? plan.title, tasks: plan.tasks }
  } catch (error) {
    if (error instanceof PlanFileReadError)
      throw new InputError(
        `Invalid input 'plan-file': cannot read '${path}' (${error.code}); give a path relative to the workspace, after actions/checkout`,
      )
    return invalid('plan-file', error)
  }
}
