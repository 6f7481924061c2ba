import * as core from '@actions/core'
import { transition } from '../../app/transition.ts'
import { tailLines } from '../../domain/markdown.ts'
import { TaskBusyError } from '../../storage/errors.ts'
import { exportClaim, releaseClaim, saveClaimForPost, type PendingOutcome } from '../claim-handoff.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder } from '../runner-context.ts'
import { ClaimKeeper } from '../claim-keeper.ts'
import { runShell, type ShellResult } from '../shell.ts'
import type { RunInputs } from '../inputs.ts'
import type { CommandContext } from './context.ts'
import { claimForJob } from './start.ts'

export async function runCommand({ inputs, runner, store, log }: CommandContext<RunInputs>): Promise<void> {
  const script = inputs.run
  const outcome = await claimForJob(store, log, inputs, runner)
  if (outcome.kind !== 'claimed') {
    await publishOutputs(outcome.view, { task: inputs.task, shouldRun: false })
    return
  }
  const id = outcome.view.issue.number
  const taskId = outcome.id
  const holder = workflowHolder(runner)
  const saved = { tasklistId: id, task: outcome.before.definition.name, taskId, claimId: outcome.claimId }
  exportClaim(id, taskId, outcome.claimId)
  saveClaimForPost(saved)

  const keeper = new ClaimKeeper({
    store,
    log,
    view: outcome.view,
    taskId,
    claimId: outcome.claimId,
    leaseSec: inputs.leaseSec,
    holder,
  })
  const giveUp = (when: string): never => {
    releaseClaim(id, taskId)
    saveClaimForPost(undefined)
    throw new TaskBusyError(
      `${outcome.before.definition.name} in TaskList #${id} was taken over by ${keeper.lostTo ?? 'another writer'} ${when}`,
    )
  }
  await keeper.renewIfLeaseShort()
  if (keeper.lostTo !== undefined) giveUp('before this job could start it; it was not run here')

  const { result, interrupted } = await runKept(script, runner.workspace, keeper)
  const view = keeper.view
  if (keeper.lostTo !== undefined) giveUp("while this job ran it; nothing was recorded for this job's run")

  const succeeded = result.exitCode === 0 && interrupted === undefined
  const message =
    interrupted !== undefined ? `interrupted (${interrupted})` : succeeded ? undefined : `exit code ${result.exitCode}`
  const pending: PendingOutcome = {
    op: succeeded ? 'complete' : 'fail',
    exitCode: result.exitCode,
    ...(message === undefined ? {} : { message }),
  }
  // If this step dies before the record lands, the post step records this outcome instead of 'interrupted'.
  saveClaimForPost({ ...saved, pending })
  const final = await transition(store, log, view, {
    task: taskId,
    op: pending.op,
    authority: 'workflow',
    holder,
    ownClaim: outcome.claimId,
    exitCode: result.exitCode,
    ...(message === undefined ? {} : { message }),
    ...(succeeded ? {} : { extras: { output: tailLines(result.tail, 50, 20_000) } }),
  })
  releaseClaim(id, taskId)
  saveClaimForPost(undefined)
  await publishOutputs(final, { task: outcome.before.definition.name, shouldRun: true })
  if (!succeeded) {
    core.setFailed(
      `${outcome.before.definition.name} failed with ${message ?? `exit code ${result.exitCode}`}; it is recorded as FAILED in TaskList #${id}, and a later run retries it`,
    )
  }
}

/** Runs the command under the keeper; a signal to this step stops the command and is reported. */
async function runKept(
  script: string,
  workspace: string,
  keeper: ClaimKeeper,
): Promise<{ result: ShellResult; interrupted: NodeJS.Signals | undefined }> {
  let interrupted: NodeJS.Signals | undefined
  let stopCommand: (signal: NodeJS.Signals) => void = () => undefined
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal
    stopCommand(signal)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  // The keeper stops here whatever happens: its renewal timer would keep the step alive.
  try {
    const result = await runShell(script, workspace, (stop) => {
      stopCommand = stop
      keeper.keep(stop)
    })
    return { result, interrupted }
  } finally {
    await keeper.stop()
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
