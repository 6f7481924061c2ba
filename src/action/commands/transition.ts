import { recordTransition } from '../../app/record-transition.ts'
import { reportLoaded } from '../../app/report.ts'
import { heldClaim, releaseClaim } from '../claim-handoff.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder } from '../runner-context.ts'
import type { TransitionInputs } from '../inputs.ts'
import type { CommandContext } from './context.ts'

/** complete, fail and skip: one recorded transition of a task. */
export async function transitionCommand({
  inputs,
  runner,
  store,
  log,
}: CommandContext<TransitionInputs>): Promise<void> {
  const { tasklistId: id, command: op } = inputs
  const result = await recordTransition(store, log, {
    tasklist: id,
    task: inputs.task,
    op,
    authority: 'workflow',
    holder: workflowHolder(runner),
    ...(inputs.message === undefined ? {} : { message: inputs.message }),
    ...(inputs.command === 'complete' && inputs.outputs !== undefined ? { outputs: inputs.outputs } : {}),
    onLoaded: (loaded) => reportLoaded(log, id, loaded.state),
    ownClaimOf: (taskId) => heldClaim(id, taskId),
  })
  if (op !== 'skip') releaseClaim(id, result.id)
  await publishOutputs(result.view, { task: result.name, shouldRun: false }, store.now())
}
