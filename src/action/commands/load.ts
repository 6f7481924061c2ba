import { findTask } from '../../app/find-task.ts'
import { reportLoaded } from '../../app/report.ts'
import { isSettled } from '../../domain/status.ts'
import { publishOutputs } from '../outputs.ts'
import type { LoadInputs } from '../inputs.ts'
import type { CommandContext } from './context.ts'

export async function loadCommand({ inputs, store, log }: CommandContext<LoadInputs>): Promise<void> {
  let view = await store.load(inputs.tasklistId)
  // A body edited by hand is redrawn from the record, so people see the truth again;
  // so is one that lags a page or more behind, which every later read would pay for.
  if (view.stateBlockEdited || view.bodyFarBehind === true) view = await store.publish(view)
  reportLoaded(log, view.issue.number, view.state)
  if (inputs.task === undefined) return publishOutputs(view)
  const { task } = findTask(view.state, inputs.task, view.issue.number)
  await publishOutputs(view, { task: task.definition.name, shouldRun: !isSettled(task.state.status) })
}
