import type { ClaimOutcome } from '../../app/claim.ts'
import { reportLoaded, transitionLine } from '../../app/report.ts'
import { startTask, type StartRequest } from '../../app/start-task.ts'
import { formatDuration } from '../../domain/duration.ts'
import { taskIndex } from '../../domain/task-spec.ts'
import type { Logger } from '../../storage/logger.ts'
import type { TaskListStore } from '../../storage/store.ts'
import { exportClaim, heldClaim, saveClaimForPost } from '../claim-handoff.ts'
import type { ClaimInputs, StartInputs } from '../inputs.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder, type RunnerContext } from '../runner-context.ts'
import type { CommandContext } from './context.ts'

function startRequest(log: Logger, inputs: ClaimInputs, runner: RunnerContext): Omit<StartRequest, 'publish'> {
  const { tasklistId: id, task: name } = inputs
  return {
    tasklist: id,
    task: name,
    holder: workflowHolder(runner),
    authority: 'workflow',
    leaseSec: inputs.leaseSec,
    onBusy: inputs.onBusy,
    waitTimeoutSec: inputs.waitTimeoutSec,
    ...(inputs.message === undefined ? {} : { message: inputs.message }),
    knownClaimOf: (taskId) => heldClaim(id, taskId),
    // Saved before the claim is written: if this step dies not knowing whether it landed, the post step settles it.
    onAttempt: (claimId, taskId) => saveClaimForPost({ tasklistId: id, task: name, taskId, claimId }),
    onWaiting: (held, timeoutSec) =>
      log.info(
        `${held.task}: IN_PROGRESS, held by ${held.holder}; waiting up to ${formatDuration(timeoutSec)} (on-busy: wait)`,
      ),
  }
}

/** Logs what the claim found, in the words workflow logs are grepped for. */
function reportOutcome(log: Logger, id: number, outcome: ClaimOutcome): void {
  if (outcome.kind === 'busy')
    log.info(
      `${outcome.task.definition.name}: IN_PROGRESS, held by ${outcome.held.holder}; not running it here (on-busy: skip)`,
    )
  if (outcome.kind !== 'claimed') saveClaimForPost(undefined)
  const index = taskIndex(outcome.id)
  if (outcome.kind === 'claimed' && outcome.fresh) {
    reportLoaded(log, id, outcome.view.state, { index, task: outcome.before })
    log.info(transitionLine(outcome.id, outcome.before.definition.name, outcome.before.state.status, 'IN_PROGRESS'))
  } else {
    reportLoaded(log, id, outcome.view.state)
  }
  if (outcome.kind === 'finished')
    log.info(`${outcome.task.definition.name}: ${outcome.task.state.status} (status preserved)`)
}

/** Claims the task for this job, shared by `start` and `run`. Logs the loaded state. */
export async function claimForJob(
  store: TaskListStore,
  log: Logger,
  inputs: ClaimInputs,
  runner: RunnerContext,
): Promise<ClaimOutcome> {
  const id = inputs.tasklistId
  return startTask(store, log, {
    ...startRequest(log, inputs, runner),
    publish: false,
    onOutcome: (outcome) => reportOutcome(log, id, outcome),
  })
}

export async function startCommand({ inputs, runner, store, log }: CommandContext<StartInputs>): Promise<void> {
  const id = inputs.tasklistId
  const outcome = await startTask(store, log, {
    ...startRequest(log, inputs, runner),
    publish: true,
    onOutcome: (found) => {
      reportOutcome(log, id, found)
      if (found.kind !== 'claimed') return
      exportClaim(id, found.id, found.claimId)
      saveClaimForPost({ tasklistId: id, task: found.before.definition.name, taskId: found.id, claimId: found.claimId })
    },
  })
  await publishOutputs(outcome.view, { task: inputs.task, shouldRun: outcome.kind === 'claimed' })
}
