import * as core from '../workflow-commands.ts'
import { runFieldsOf } from '../../domain/plan-fields.ts'
import { executeClaimed } from '../execute-task.ts'
import type { RunInputs } from '../inputs.ts'
import { publishOutputs } from '../outputs.ts'
import type { CommandContext } from './context.ts'
import { claimForJob } from './start.ts'

export async function runCommand({ inputs, runner, store, log }: CommandContext<RunInputs>): Promise<void> {
  const outcome = await claimForJob(store, log, inputs, runner)
  if (outcome.kind !== 'claimed') {
    await publishOutputs(outcome.view, { task: inputs.task, shouldRun: false }, store.now())
    return
  }
  // The step's timeout and retries override the plan's.
  const planned = runFieldsOf(outcome.before.definition)
  const executed = await executeClaimed(store, log, runner, outcome, {
    script: inputs.run,
    leaseSec: inputs.leaseSec,
    timeoutSec: inputs.timeoutSec ?? planned.timeoutSec,
    retries: inputs.retries ?? planned.retries,
  })
  await publishOutputs(executed.view, { task: executed.name, shouldRun: true }, store.now())
  if (!executed.succeeded) {
    core.setFailed(
      `${executed.name} failed with ${executed.message ?? 'an error'}; it is recorded as FAILED in TaskList #${executed.view.issue.number}, and a later run retries it`,
    )
  }
}
