import { findTask } from '../../app/find-task.ts'
import { reportLoaded } from '../../app/report.ts'
import { isSettled } from '../../domain/status.ts'
import { publishOutputs } from '../outputs.ts'
import { requireId, type CommandContext } from './context.ts'

export async function loadCommand({ inputs, store, log }: CommandContext): Promise<void> {
  let view = await store.load(requireId(inputs))
  // A body edited by hand is redrawn from the record, so people see the truth again;
  // so is one that lags a page or more behind, which every later read would pay for.
  if (view.stateBlockEdited || view.bodyFarBehind === true) view = await store.publish(view)
  reportLoaded(log, view.issue.number, view.state)
  if (inputs.task === undefined) return publishOutputs(view, {}, store.now())
  const { task } = findTask(view.state, inputs.task, view.issue.number)
  await publishOutputs(view, { task: task.n, shouldRun: !isSettled(task.s) }, store.now())
}
