import { findTask } from '../../app/find-task.ts'
import { reportLoaded } from '../../app/report.ts'
import { transition } from '../../app/transition.ts'
import { heldClaim, releaseClaim } from '../claim-handoff.ts'
import { publishOutputs } from '../outputs.ts'
import { workflowHolder } from '../runner-context.ts'
import { requireId, requireTask, type CommandContext } from './context.ts'

/** complete, fail and skip: one recorded transition of a task. */
export async function transitionCommand({ inputs, runner, store, log }: CommandContext, op: 'complete' | 'fail' | 'skip'): Promise<void> {
  const id = requireId(inputs)
  const loaded = await store.load(id)
  reportLoaded(log, id, loaded.state)
  const { id: taskId, task } = findTask(loaded.state, requireTask(inputs), id)
  const ownClaim = heldClaim(id, taskId)
  const view = await transition(store, log, loaded, {
    task: task.n,
    op,
    authority: 'workflow',
    holder: workflowHolder(runner),
    ...(inputs.message === undefined ? {} : { message: inputs.message }),
    ...(ownClaim === undefined ? {} : { ownClaim }),
  })
  if (op !== 'skip') releaseClaim(id, taskId)
  await publishOutputs(view, { task: task.n, shouldRun: false })
}
