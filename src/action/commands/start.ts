import { claim, type ClaimOutcome } from '../../app/claim.ts'
import { reportLoaded, transitionLine } from '../../app/report.ts'
import type { TaskListStore, TaskListView, Logger } from '../../storage/store.ts'
import { exportClaim, heldClaim, saveClaimForPost } from '../claim-handoff.ts'
import type { ActionInputs } from '../inputs.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder, type RunnerContext } from '../runner-context.ts'
import { requireId, requireTask, type CommandContext } from './context.ts'

/** Claims the task for this job, shared by `start` and `run`. Logs the loaded state. */
export async function claimForJob(store: TaskListStore, log: Logger, inputs: ActionInputs, runner: RunnerContext): Promise<ClaimOutcome> {
  const id = requireId(inputs)
  const name = requireTask(inputs)
  const snapshot = await store.readSnapshot(id)
  const index = snapshot.state.tasks.findIndex((t) => t.n === name)
  const known = index === -1 ? undefined : heldClaim(id, `t${index + 1}`)
  const outcome = await claim(store, log, snapshot, {
    task: name,
    holder: workflowHolder(runner),
    authority: 'workflow',
    leaseSec: inputs.leaseSec,
    onBusy: inputs.onBusy,
    waitTimeoutSec: inputs.waitTimeoutSec,
    ...(inputs.message === undefined ? {} : { message: inputs.message }),
    ...(known === undefined ? {} : { knownClaim: known }),
    // Saved before the claim is written: if this step dies not knowing whether it landed, the post step settles it.
    onAttempt: (claimId) => saveClaimForPost({ tasklistId: id, task: name, taskId: `t${index + 1}`, claimId }),
  })
  if (outcome.kind !== 'claimed') saveClaimForPost(undefined)
  const taskIndex = Number(outcome.id.slice(1)) - 1
  if (outcome.kind === 'claimed' && outcome.fresh) {
    reportLoaded(log, id, outcome.view.state, { index: taskIndex, task: outcome.before })
    log.info(transitionLine(outcome.id, outcome.before.n, outcome.before.s, 'IN_PROGRESS'))
  } else {
    reportLoaded(log, id, outcome.view.state)
  }
  if (outcome.kind === 'settled') log.info(`${outcome.task.n}: ${outcome.task.s} (status preserved)`)
  return outcome
}

export async function startCommand({ inputs, runner, store, log }: CommandContext): Promise<void> {
  const outcome = await claimForJob(store, log, inputs, runner)
  let view: TaskListView = outcome.view
  if (outcome.kind === 'claimed') {
    const id = view.issue.number
    exportClaim(id, outcome.id, outcome.claimId)
    saveClaimForPost({ tasklistId: id, task: outcome.before.n, taskId: outcome.id, claimId: outcome.claimId })
    if (view.bodyStale) view = await store.publish(view)
  }
  await publishOutputs(view, { task: requireTask(inputs), shouldRun: outcome.kind === 'claimed' })
}
