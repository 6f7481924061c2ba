import * as core from '@actions/core'
import { findTask } from '../app/find-task.ts'
import { transition } from '../app/transition.ts'
import { isReleased, savedClaim } from './claim-handoff.ts'
import { errorLine } from './error-line.ts'
import { parseInputs } from './inputs.ts'
import { readRunnerContext, workflowHolder } from './runner-context.ts'

/**
 * Runs when the job ends. If the task this step claimed is still IN_PROGRESS
 * under its claim, the job ended mid-task (a later step failed, or the job was
 * cancelled): record it as FAILED 'interrupted', or record the outcome `run`
 * learned but could not write.
 */
export async function runPost(): Promise<void> {
  try {
    const saved = savedClaim()
    if (saved === undefined || isReleased(saved.tasklistId, saved.taskId)) return
    const inputs = parseInputs((name) => core.getInput(name))
    const runner = readRunnerContext(process.env)
    const { connect, actionLogger } = await import('./connect.ts')
    const { store } = connect(inputs.token, runner, inputs.trustedAuthors)
    const view = await store.load(saved.tasklistId)
    const { task } = findTask(view.state, saved.taskId, saved.tasklistId)
    if (task.state.status !== 'IN_PROGRESS' || task.state.claim?.id !== saved.claimId) {
      core.info(`${task.definition.name}: ${task.state.status}; this job's claim has ended, nothing to clean up`)
      return
    }
    const pending = saved.pending
    if (pending === undefined)
      core.warning(
        `${task.definition.name} was still IN_PROGRESS when the job ended; recording it as FAILED (interrupted)`,
      )
    else
      core.warning(
        `${task.definition.name} finished with exit code ${pending.exitCode}, but the step ended before recording it; recording it now`,
      )
    const message = pending === undefined ? 'interrupted' : pending.message
    await transition(store, actionLogger, view, {
      task: task.definition.name,
      op: pending?.op ?? 'fail',
      authority: 'workflow',
      holder: workflowHolder(runner),
      ownClaim: saved.claimId,
      ...(message === undefined ? {} : { message }),
      ...(pending === undefined ? {} : { exitCode: pending.exitCode }),
    })
  } catch (error) {
    core.setFailed(errorLine(error))
  }
}
